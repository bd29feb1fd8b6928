/**
 * `--cache`: results of unchanged files are reused. An entry is keyed on the file's bytes, the
 * settings that apply to it, and the linter itself (its version and the code it runs, so a new
 * build or a changed plugin starts afresh). The cache is one file, written atomically.
 *
 * Reading and hashing every file was most of a cached run, so an entry also keeps the file's
 * size, modification and change times and inode: when all four still match, the file is not
 * read at all. The change time cannot be set back by tools that restore modification times
 * (tar, rsync, `touch -d`), and a fresh checkout changes all of them, so such files are read
 * and compared by content as before.
 *
 * The file is laid out so that a run over an unchanged library hardly looks at it:
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
import { importExternal } from '../external.js';
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFsError, statOrNull } from '../sources/read.js';
import type { LintResult } from './results.js';
import { draftCount, SavedResult, type ResultSummary } from './saved-result.js';

/** An entry made or confirmed in this run (saved when the cache is). */
interface Entry {
  /** Hash of the file's bytes and the settings that applied. */
  key: string;
  /** The file's size, times and inode, and the settings, when it was last seen (see statKey). */
  stat: StatKey | null;
  result: SavedResult | LintResult;
}

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

/** The entries of a cache file as read: an entry's results and numbers stay where they are until asked for. */
interface SavedEntries {
  index: Index;
  /** The entry of each path. */
  byPath: Map<string, number>;
  /** Where each entry's result starts in `body`. */
  starts: Uint32Array;
  body: Buffer;
  /** `index.skipped`, by entry. */
  skipped: Map<number, NonNullable<LintResult['skipped']>>;
}

/**
 * A file's size, modification time, change time and inode, and the settings that applied to it.
 * Numbers, not one string: spelling two times out for each of 2,000 files was ~3 ms of a cached
 * run, and JSON keeps a number exactly.
 */
export type StatKey = [size: number, mtimeMs: number, ctimeMs: number, ino: number, settings: string];

export const DEFAULT_CACHE_FILE = '.apologylintcache';

/** The layout of the cache file: a file in another layout is never read. */
const LAYOUT = 'columns-5';
const MAGIC = 'apology-lint cache';
const NEWLINE = 0x0a;
const COMMA = 0x2c;

/** Settings objects are shared between files (see Linter.configFor): spell each out once. */
const settingsKeys = new WeakMap<object, string>();
/** The settings part of a metadata key, without and with the draft text (see statKey). */
const settingsTags = new WeakMap<object, [string, string]>();

function spell(settings: object): string {
  let spelled = settingsKeys.get(settings);
  if (spelled === undefined) settingsKeys.set(settings, (spelled = JSON.stringify(settings)));
  return spelled;
}

export class LintCache {
  private dirty = false;
  /** Entries made or confirmed in this run; they take the place of saved ones. */
  private readonly entries = new Map<string, Entry>();

  private constructor(
    readonly location: string,
    private readonly stamp: string,
    private readonly saved: SavedEntries | null,
  ) {}

  /**
   * Open the cache at `location` (a file, or a folder to hold `.apologylintcache`). A missing,
   * unreadable, damaged or outdated cache starts empty: a cache can always be thrown away.
   */
  static open(location: string, salt: string): LintCache {
    const file = statOrNull(location)?.isDirectory() ? join(location, DEFAULT_CACHE_FILE) : location;
    const stamp = hash(`${salt}\0${codeStamp()}`);
    let saved: SavedEntries | null = null;
    try {
      saved = readEntries(readFileSync(file), `${MAGIC} ${LAYOUT} ${stamp} `);
    } catch {
      // No cache yet, or one we cannot use: start afresh.
    }
    return new LintCache(file, stamp, saved);
  }

  /** The key for one file: its bytes and the settings that applied to it. */
  static keyFor(bytes: Uint8Array, settings: object, includeDraftText: boolean): string {
    return createHash('sha1').update(bytes).update(`\0${includeDraftText}\0${spell(settings)}`).digest('base64');
  }

  /** What a file's metadata and settings say without reading it: equal keys mean it is unchanged. */
  static statKey(stats: Stats, settings: object, includeDraftText: boolean): StatKey {
    const tags = settingsTags.get(settings) ?? settingsTags.set(settings, ['', '']).get(settings)!;
    const at = includeDraftText ? 1 : 0;
    // The same string each time: comparing it with the saved one is then one check, not a scan.
    if (tags[at] === '') tags[at] = `${includeDraftText}:${hash(spell(settings))}`;
    return [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino, tags[at]];
  }

  /** The cached result for a file whose metadata and settings are as they were (see statKey). */
  getByStat(filePath: string, statKey: StatKey): SavedResult | LintResult | undefined {
    const entry = this.entries.get(filePath);
    if (entry) {
      const seen = entry.stat;
      return seen && seen[0] === statKey[0] && seen[1] === statKey[1] && seen[2] === statKey[2] && seen[3] === statKey[3] && seen[4] === statKey[4] ? entry.result : undefined;
    }
    const saved = this.saved;
    const i = saved?.byPath.get(filePath);
    if (i === undefined) return undefined;
    const numbers = saved!.index.numbers;
    const at = i * ENTRY_NUMBERS;
    const settings = numbers[at + SETTINGS]!;
    const same =
      settings >= 0 &&
      numbers[at + SIZE] === statKey[0] &&
      numbers[at + MTIME] === statKey[1] &&
      numbers[at + CTIME] === statKey[2] &&
      numbers[at + INO] === statKey[3] &&
      saved!.index.settings[settings] === statKey[4];
    return same ? savedResult(saved!, i) : undefined;
  }

  /** The cached result for a file whose bytes and settings are as they were (see keyFor). */
  get(filePath: string, key: string): SavedResult | LintResult | undefined {
    const entry = this.entries.get(filePath);
    if (entry) return entry.key === key ? entry.result : undefined;
    const saved = this.saved;
    const i = saved?.byPath.get(filePath);
    return i !== undefined && saved!.index.keys[i] === key ? savedResult(saved!, i) : undefined;
  }

  /** Store a result; with `statKey`, the next run may skip reading the file. Do not change it afterwards. */
  set(filePath: string, key: string, result: SavedResult | LintResult, statKey?: StatKey): void {
    this.entries.set(filePath, { key, stat: statKey ?? null, result });
    this.dirty = true;
  }

  /**
   * Write the cache if anything changed (atomically: a reader never sees half a file). Returns
   * why it could not be written, if it could not: the run itself is not affected.
   */
  async save(): Promise<string | null> {
    if (!this.dirty) return null;
    try {
      const { saved } = this;
      const index: Index = { settings: [], paths: [], keys: [], numbers: [], skipped: [] };
      const settingsAt = new Map<string, number>();
      const settingsOf = (tag: string | undefined): number => {
        if (tag === undefined) return -1;
        let at = settingsAt.get(tag);
        if (at === undefined) settingsAt.set(tag, (at = index.settings.push(tag) - 1));
        return at;
      };
      const results: Buffer[] = [];
      const paths = new Set(this.entries.keys());
      if (saved) for (const path of saved.index.paths) paths.add(path);
      // In path order, the order of a report: the JSON report writes out results that lie one
      // after another in the file in one piece (see formatters/json.ts).
      for (const path of [...paths].sort()) {
        const entry = this.entries.get(path);
        let key: string;
        let stat: number[];
        let result: SavedResult | LintResult;
        if (entry) {
          ({ key, result } = entry);
          stat = entry.stat ? [entry.stat[0], entry.stat[1], entry.stat[2], entry.stat[3], settingsOf(entry.stat[4])] : [0, 0, 0, 0, -1];
        } else {
          const i = saved!.byPath.get(path)!;
          const numbers = saved!.index.numbers.slice(i * ENTRY_NUMBERS, i * ENTRY_NUMBERS + INO + 1);
          key = saved!.index.keys[i]!;
          stat = [...numbers, settingsOf(saved!.index.settings[saved!.index.numbers[i * ENTRY_NUMBERS + SETTINGS]!])];
          result = savedResult(saved!, i);
        }
        const json = result instanceof SavedResult ? result.json() : Buffer.from(JSON.stringify(result));
        if (result.skipped) index.skipped.push([index.paths.length, result.skipped]);
        index.paths.push(path);
        index.keys.push(key);
        index.numbers.push(...stat, result.errorCount, result.warningCount, result.fatalErrorCount, result.fixableErrorCount, result.fixableWarningCount, draftCount(result), json.length);
        results.push(json);
      }
      const body = joinResults(Buffer.from(`${JSON.stringify(index)}\n`), results);
      const crc = process.getBuiltinModule('node:zlib').crc32(body);
      const { default: writeFileAtomic } = await importExternal<{ default: typeof import('write-file-atomic') }>('write-file-atomic');
      await writeFileAtomic(this.location, Buffer.concat([Buffer.from(`${MAGIC} ${LAYOUT} ${this.stamp} ${crc}\n`), body]));
      this.dirty = false;
      return null;
    } catch (error) {
      return `the cache could not be written to ${this.location}: ${describeFsError(error)}`;
    }
  }
}

/** The `i`th saved entry's result. */
function savedResult(saved: SavedEntries, i: number): SavedResult {
  const { index, starts, body, skipped } = saved;
  const at = i * ENTRY_NUMBERS;
  const numbers = index.numbers;
  const summary: ResultSummary = {
    errorCount: numbers[at + ERRORS]!,
    warningCount: numbers[at + WARNINGS]!,
    fatalErrorCount: numbers[at + FATAL]!,
    fixableErrorCount: numbers[at + FIXABLE_ERRORS]!,
    fixableWarningCount: numbers[at + FIXABLE_WARNINGS]!,
  };
  const why = skipped.get(i);
  if (why) summary.skipped = why;
  return new SavedResult(index.paths[i]!, summary, numbers[at + DRAFTS]!, body, starts[i]!, starts[i]! + numbers[at + LENGTH]!);
}

/** The entries of a cache file whose first line starts with `prefix`; null if it does not, or if anything is amiss. */
function readEntries(data: Buffer, prefix: string): SavedEntries | null {
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
  return at === body.length ? { index, byPath, starts, body, skipped: new Map(index.skipped) } : null;
}

/** The index line, then the results with a comma between each two, then a newline. */
function joinResults(indexLine: Buffer, results: readonly Buffer[]): Buffer {
  let size = indexLine.length + Math.max(1, results.length);
  for (const result of results) size += result.length;
  const joined = Buffer.allocUnsafe(size);
  let at = indexLine.copy(joined, 0);
  for (let i = 0; i < results.length; i++) {
    if (i > 0) joined[at++] = COMMA;
    at += results[i]!.copy(joined, at);
  }
  joined[at++] = NEWLINE;
  return joined;
}

/** node:crypto, loaded on first use: only --cache runs need it. */
function createHash(algorithm: string): import('node:crypto').Hash {
  return process.getBuiltinModule('node:crypto').createHash(algorithm);
}

/**
 * A 106-bit digest of a text, for the linter's stamp and the settings: they come from us and the
 * user's config, not from an adversary, so a fast non-cryptographic hash (two seeds of cyrb53)
 * is enough, and a run whose files are all unchanged never loads node:crypto (~12 ms). cyrb53 is
 * bryc's public-domain string hash.
 */
function hash(text: string): string {
  return `${cyrb53(text, 0x9e3779b9).toString(36)}.${cyrb53(text, 0x85ebca6b).toString(36)}`;
}

function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

declare const __BUILD_ID__: string | undefined;

/**
 * The code this linter runs, so a rebuilt or upgraded linter never reuses old results: in the
 * package, the build's own id, new with every build (tsup.config.ts); from source, the names,
 * sizes and times of the files beside this module.
 */
function codeStamp(): string {
  if (typeof __BUILD_ID__ === 'string') return __BUILD_ID__;
  try {
    const dir = dirname(fileURLToPath(import.meta.url));
    return readdirSync(dir)
      .filter((name) => /\.[cm]?[jt]s$/.test(name))
      .sort()
      .map((name) => {
        const stats = statSync(join(dir, name));
        return `${name}:${stats.size}:${stats.mtimeMs}`;
      })
      .join('|');
  } catch {
    return '';
  }
}
