/**
 * The `--cache` file's layout (what is cached, and when, is cache.ts's business):
 *
 *     apology-lint cache <layout> <linter stamp> <CRC-32 of the rest>
 *     {"settings": [...], "paths": [...], "keys": [...], "numbers": [...], "skipped": [...]}
 *     <each result's JSON, in path order, with a comma between each two>
 *
 * Only the first two lines are parsed. The index (the second line) is in columns, each entry's
 * numbers `ENTRY_NUMBERS` long in one array: JSON.parse reads that for 2,000 files in about a
 * third of the time an array per entry took. Each result stays the UTF-8 JSON it was saved as
 * (see saved-result.ts), and results saved one after another already read as the inside of a
 * JSON array: the JSON report writes them out as they lie in the file.
 * The CRC covers the index and every result, so a damaged or hand-edited cache is not used.
 */
import type { LintResult } from './results.js';
import { draftCount, SavedResult } from './saved-result.js';

/**
 * A file's size, modification time, change time and inode, and the settings that applied to it.
 * Numbers, not one string: spelling two times out for each of 2,000 files was ~3 ms of a cached
 * run, and JSON keeps a number exactly.
 */
export type StatKey = [size: number, mtimeMs: number, ctimeMs: number, ino: number, settings: string];

/** One entry, as cache.ts keeps it and as it is saved. */
export interface CacheEntry {
  /** Hash of the file's bytes and the settings that applied. */
  key: string;
  /** The file's size, times and inode, and the settings, when it was last seen. */
  stat: StatKey | null;
  result: SavedResult | LintResult;
}

/** The layout of the cache file: a file in another layout is never read. */
const LAYOUT = 'columns-5';
const MAGIC = 'apology-lint cache';
const NEWLINE = 0x0a;
const COMMA = 0x2c;

/** The index line, in columns: one item per entry in `paths` and `keys`, `ENTRY_NUMBERS` in `numbers`. */
interface Index {
  /** The settings part of metadata keys, each spelled once. */
  settings: string[];
  paths: string[];
  keys: string[];
  numbers: number[];
  /** Entries whose result was skipped: [entry, why]. */
  skipped: Array<[entry: number, skipped: NonNullable<LintResult['skipped']>]>;
}

/**
 * Each entry's numbers, in this order: the metadata key (size, times, inode, and its settings as
 * a place in `settings`, or -1 when the entry has none), the result's counts, its number of
 * drafts and the length of its JSON.
 */
const SIZE = 0, MTIME = 1, CTIME = 2, INO = 3, SETTINGS = 4;
const ERRORS = 5, WARNINGS = 6, FATAL = 7, FIXABLE_ERRORS = 8, FIXABLE_WARNINGS = 9, DRAFTS = 10, LENGTH = 11;
const ENTRY_NUMBERS = 12;

/** The first line's start, for a linter `stamp`: a file that does not start so is not this linter's. */
function firstLinePrefix(stamp: string): string {
  return `${MAGIC} ${LAYOUT} ${stamp} `;
}

/** The entries of a cache file as read: each entry's result and numbers stay where they are until asked for. */
export class SavedEntries {
  private constructor(
    private readonly index: Index,
    /** The entry of each path. */
    private readonly byPath: Map<string, number>,
    /** Where each entry's result starts in `body`. */
    private readonly starts: Uint32Array,
    private readonly body: Buffer,
    /** `index.skipped`, by entry. */
    private readonly skipped: Map<number, NonNullable<LintResult['skipped']>>,
  ) {}

  /** The entries of a cache file written by the linter with this `stamp`; null if it was not, or if anything is amiss. */
  static read(data: Buffer, stamp: string): SavedEntries | null {
    const prefix = firstLinePrefix(stamp);
    const firstEnd = data.indexOf(NEWLINE);
    // Compare the bytes before decoding anything: an old or foreign file costs nothing.
    if (firstEnd < 0 || !data.subarray(0, prefix.length).equals(Buffer.from(prefix))) return null;
    const body = data.subarray(firstEnd + 1);
    if (String(process.getBuiltinModule('node:zlib').crc32(body)) !== data.toString('latin1', prefix.length, firstEnd)) return null;
    const indexEnd = body.indexOf(NEWLINE);
    const index = JSON.parse(body.toString('utf8', 0, indexEnd)) as Index;
    const count = index.paths.length;
    if (index.keys.length !== count || index.numbers.length !== count * ENTRY_NUMBERS) return null;
    const byPath = new Map<string, number>();
    const starts = new Uint32Array(count);
    let at = indexEnd + 1;
    for (let i = 0; i < count; i++) {
      byPath.set(index.paths[i]!, i);
      starts[i] = at;
      at += index.numbers[i * ENTRY_NUMBERS + LENGTH]!;
      // A comma after each result but the last, then the final newline.
      if (body[at] !== (i === count - 1 ? NEWLINE : COMMA)) return null;
      at++;
    }
    if (count === 0 && body[at++] !== NEWLINE) return null;
    return at === body.length ? new SavedEntries(index, byPath, starts, body, new Map(index.skipped)) : null;
  }

  get paths(): readonly string[] {
    return this.index.paths;
  }

  /** The entry saved for a path, if any. */
  find(filePath: string): number | undefined {
    return this.byPath.get(filePath);
  }

  key(i: number): string {
    return this.index.keys[i]!;
  }

  /** Whether entry `i` was saved with this metadata key (compared where it lies, without making one). */
  sameStat(i: number, statKey: StatKey): boolean {
    const numbers = this.index.numbers;
    const at = i * ENTRY_NUMBERS;
    const settings = numbers[at + SETTINGS]!;
    return (
      settings >= 0 &&
      numbers[at + SIZE] === statKey[0] &&
      numbers[at + MTIME] === statKey[1] &&
      numbers[at + CTIME] === statKey[2] &&
      numbers[at + INO] === statKey[3] &&
      this.index.settings[settings] === statKey[4]
    );
  }

  entry(i: number): CacheEntry {
    const numbers = this.index.numbers;
    const at = i * ENTRY_NUMBERS;
    const settings = numbers[at + SETTINGS]!;
    const stat: StatKey | null = settings < 0 ? null : [numbers[at + SIZE]!, numbers[at + MTIME]!, numbers[at + CTIME]!, numbers[at + INO]!, this.index.settings[settings]!];
    return { key: this.key(i), stat, result: this.result(i) };
  }

  result(i: number): SavedResult {
    const numbers = this.index.numbers;
    const at = i * ENTRY_NUMBERS;
    const skipped = this.skipped.get(i);
    const summary = {
      errorCount: numbers[at + ERRORS]!,
      warningCount: numbers[at + WARNINGS]!,
      fatalErrorCount: numbers[at + FATAL]!,
      fixableErrorCount: numbers[at + FIXABLE_ERRORS]!,
      fixableWarningCount: numbers[at + FIXABLE_WARNINGS]!,
      ...(skipped ? { skipped } : {}),
    };
    const start = this.starts[i]!;
    return new SavedResult(this.index.paths[i]!, summary, numbers[at + DRAFTS]!, this.body, start, start + numbers[at + LENGTH]!);
  }
}

/** The whole cache file for these entries, given in path order (the order of a report), written by the linter with this `stamp`. */
export function cacheFile(stamp: string, entries: ReadonlyArray<[path: string, entry: CacheEntry]>): Buffer {
  const index: Index = { settings: [], paths: [], keys: [], numbers: [], skipped: [] };
  const settingsAt = new Map<string, number>();
  const results: Buffer[] = [];
  for (const [path, { key, stat, result }] of entries) {
    let settings = -1;
    if (stat) {
      const at = settingsAt.get(stat[4]);
      settings = at ?? index.settings.push(stat[4]) - 1;
      if (at === undefined) settingsAt.set(stat[4], settings);
    }
    const json = result instanceof SavedResult ? result.json() : Buffer.from(JSON.stringify(result));
    if (result.skipped) index.skipped.push([index.paths.length, result.skipped]);
    index.paths.push(path);
    index.keys.push(key);
    index.numbers.push(...(stat ? stat.slice(0, 4) as number[] : [0, 0, 0, 0]), settings);
    index.numbers.push(result.errorCount, result.warningCount, result.fatalErrorCount, result.fixableErrorCount, result.fixableWarningCount, draftCount(result), json.length);
    results.push(json);
  }
  const indexLine = Buffer.from(`${JSON.stringify(index)}\n`);
  let size = indexLine.length + Math.max(1, results.length);
  for (const result of results) size += result.length;
  const body = Buffer.allocUnsafe(size);
  let at = indexLine.copy(body, 0);
  for (let i = 0; i < results.length; i++) {
    if (i > 0) body[at++] = COMMA;
    at += results[i]!.copy(body, at);
  }
  body[at++] = NEWLINE;
  const crc = process.getBuiltinModule('node:zlib').crc32(body);
  return Buffer.concat([Buffer.from(`${firstLinePrefix(stamp)}${crc}\n`), body]);
}
