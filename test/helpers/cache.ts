import { readFileSync, writeFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { expect } from 'vitest';

interface CachedResult {
  filePath: string;
  messages: Array<{ message: string }>;
}

/**
 * The cache file's parts (see src/engine/cache.ts): a first line naming the layout, the linter
 * and a CRC-32 of the rest; an index line; then each result's JSON on a line of its own.
 */
export function readCache(file: string) {
  const data = readFileSync(file);
  const lines = data.toString('utf8').split('\n');
  const first = lines[0]!.split(' ');
  const index = JSON.parse(lines[1]!) as Array<[string, string, unknown, object, number, number]>;
  return { stamp: first.slice(0, -1).join(' '), crc: Number(first.at(-1)), body: data.subarray(data.indexOf(10) + 1), index, results: lines.slice(2, -1).map((line) => JSON.parse(line) as CachedResult) };
}

/** Change a cached result as if the cache had been written that way (lengths and CRC follow). */
export function editCachedResult(file: string, filePath: string, edit: (result: CachedResult) => void): void {
  const cache = readCache(file);
  const at = cache.index.findIndex(([path]) => path === filePath);
  expect(at).toBeGreaterThanOrEqual(0);
  edit(cache.results[at]!);
  const jsons = cache.results.map((result) => JSON.stringify(result));
  jsons.forEach((json, i) => (cache.index[i]![5] = Buffer.byteLength(json)));
  const body = Buffer.from(`${JSON.stringify(cache.index)}\n${jsons.map((json) => `${json}\n`).join('')}`);
  writeFileSync(file, Buffer.concat([Buffer.from(`${cache.stamp} ${crc32(body)}\n`), body]));
}

