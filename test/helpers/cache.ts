import { readFileSync, writeFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { expect } from 'vitest';

interface CachedResult {
  filePath: string;
  messages: Array<{ message: string }>;
}

interface Index {
  paths: string[];
  numbers: number[];
  skipped: Array<[number, object]>;
}

/** How many numbers each entry has in the index, and where the length of its result is among them (src/engine/cache-file.ts). */
const ENTRY_NUMBERS = 12;
const LENGTH = 11;

/**
 * The cache file's parts (see src/engine/cache-file.ts): a first line naming the layout, the linter
 * and a CRC-32 of the rest; an index line, in columns; then the results' JSON, with a comma
 * between each two, on one line.
 */
export function readCache(file: string) {
  const data = readFileSync(file);
  const lines = data.toString('utf8').split('\n');
  expect(lines).toHaveLength(4);
  expect(lines[3]).toBe('');
  const first = lines[0]!.split(' ');
  const index = JSON.parse(lines[1]!) as Index;
  const results = JSON.parse(`[${lines[2]}]`) as CachedResult[];
  expect(results).toHaveLength(index.paths.length);
  return { stamp: first.slice(0, -1).join(' '), crc: Number(first.at(-1)), body: data.subarray(data.indexOf(10) + 1), index, paths: index.paths, results };
}

/** Change a cached result as if the cache had been written that way (lengths and CRC follow). */
export function editCachedResult(file: string, filePath: string, edit: (result: CachedResult) => void): void {
  const cache = readCache(file);
  const at = cache.paths.indexOf(filePath);
  expect(at).toBeGreaterThanOrEqual(0);
  edit(cache.results[at]!);
  const jsons = cache.results.map((result) => JSON.stringify(result));
  jsons.forEach((json, i) => (cache.index.numbers[i * ENTRY_NUMBERS + LENGTH] = Buffer.byteLength(json)));
  const body = Buffer.from(`${JSON.stringify(cache.index)}\n${jsons.join(',')}\n`);
  writeFileSync(file, Buffer.concat([Buffer.from(`${cache.stamp} ${crc32(body)}\n`), body]));
}
