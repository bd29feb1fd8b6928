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
 *     [[path, content key, metadata key, counts, drafts, bytes], ...]   (one line, the index)
 *     <the first entry's result, as JSON>
 *     <the second's>  ...
 *
 * Only the first two lines are parsed: each result stays the UTF-8 JSON it was saved as (see
 * saved-result.ts), which the JSON report copies out unchanged.
 * The CRC covers the index and every result, so a damaged or hand-edited cache is not used.
 */
import { importExternal } from '../external.js';
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFsError, statOrNull } from '../sources/read.js';
import type { LintResult } from './results.js';
import { draftCount, SavedResult, type ResultSummary } from './saved-result.js';

interface Entry {
  /** Hash of the file's bytes and the settings that applied. */
  key: string;
  /** The file's size, times and inode, and the settings, when it was last seen (see statKey). */
  stat: StatKey | null;
  /** The result as saved, or as linted in this run (saved when the cache is). */
  result: SavedResult | LintResult;
}

/** One entry of the index line. */
type IndexEntry = [path: string, key: string, stat: StatKey | null, summary: ResultSummary, drafts: number, bytes: number];

/**
 * A file's size, modification time, change time and inode, and the settings that applied to it.
 * Numbers, not one string: spelling two times out for each of 2,000 files was ~3 ms of a cached
 * run, and JSON keeps a number exactly.
 */
export type StatKey = [size: number, mtimeMs: number, ctimeMs: number, ino: number, settings: string];

export const DEFAULT_CACHE_FILE = '.apologylintcache';

/** The layout of the cache file: a file in another layout is never read. */
const LAYOUT = 'lines-4';
const MAGIC = 'apology-lint cache';
const NEWLINE = 0x0a;

/** Settings objects are shared between files (see Linter.configFor): spell each out once. */
const settingsKeys = new WeakMap<object, string>();
const settingsDigests = new WeakMap<object, string>();

function spell(settings: object): string {
  let spelled = settingsKeys.get(settings);
  if (spelled === undefined) settingsKeys.set(settings, (spelled = JSON.stringify(settings)));
  return spelled;
}

export class LintCache {
  private dirty = false;

  private constructor(
    readonly location: string,
    private readonly stamp: string,
    private readonly entries: Map<string, Entry>,
  ) {}

  /**
   * Open the cache at `location` (a file, or a folder to hold `.apologylintcache`). A missing,
   * unreadable, damaged or outdated cache starts empty: a cache can always be thrown away.
   */
  static open(location: string, salt: string): LintCache {
    const file = statOrNull(location)?.isDirectory() ? join(location, DEFAULT_CACHE_FILE) : location;
    const stamp = hash(`${salt}\0${codeStamp()}`);
    let entries = new Map<string, Entry>();
    try {
      entries = readEntries(readFileSync(file), `${MAGIC} ${LAYOUT} ${stamp} `) ?? entries;
    } catch {
      // No cache yet, or one we cannot use: start afresh.
    }
    return new LintCache(file, stamp, entries);
  }

  /** The key for one file: its bytes and the settings that applied to it. */
  static keyFor(bytes: Uint8Array, settings: object, includeDraftText: boolean): string {
    return createHash('sha1').update(bytes).update(`\0${includeDraftText}\0${spell(settings)}`).digest('base64');
  }

  /** What a file's metadata and settings say without reading it: equal keys mean it is unchanged. */
  static statKey(stats: Stats, settings: object, includeDraftText: boolean): StatKey {
    let digest = settingsDigests.get(settings);
    if (digest === undefined) settingsDigests.set(settings, (digest = hash(spell(settings))));
    return [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino, `${includeDraftText}:${digest}`];
  }

  /** The cached result for a file whose metadata and settings are as they were (see statKey). */
  getByStat(filePath: string, statKey: StatKey): SavedResult | LintResult | undefined {
    const entry = this.entries.get(filePath);
    const seen = entry?.stat;
    const same = seen && seen[0] === statKey[0] && seen[1] === statKey[1] && seen[2] === statKey[2] && seen[3] === statKey[3] && seen[4] === statKey[4];
    return same ? entry.result : undefined;
  }

  /** The cached result for a file whose bytes and settings are as they were (see keyFor). */
  get(filePath: string, key: string): SavedResult | LintResult | undefined {
    const entry = this.entries.get(filePath);
    return entry && entry.key === key ? entry.result : undefined;
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
      const index: IndexEntry[] = [];
      const results: Buffer[] = [];
      // In path order, the order of a report: the JSON report copies results that lie one after
      // another in the file in one piece (see formatters/json.ts).
      for (const path of [...this.entries.keys()].sort()) {
        const { key, stat, result } = this.entries.get(path)!;
        const json = result instanceof SavedResult ? result.json() : Buffer.from(JSON.stringify(result));
        index.push([path, key, stat, SavedResult.summaryOf(result), draftCount(result), json.length]);
        results.push(json);
      }
      const body = joinLines([Buffer.from(JSON.stringify(index)), ...results]);
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

/** The entries of a cache file whose first line starts with `prefix`; null if it does not, or if anything is amiss. */
function readEntries(data: Buffer, prefix: string): Map<string, Entry> | null {
  const firstEnd = data.indexOf(NEWLINE);
  // Compare the bytes before decoding anything: an old or foreign file costs nothing.
  if (firstEnd < 0 || !data.subarray(0, prefix.length).equals(Buffer.from(prefix))) return null;
  const body = data.subarray(firstEnd + 1);
  if (String(process.getBuiltinModule('node:zlib').crc32(body)) !== data.toString('latin1', prefix.length, firstEnd)) return null;
  const indexEnd = body.indexOf(NEWLINE);
  const index = JSON.parse(body.toString('utf8', 0, indexEnd)) as IndexEntry[];
  const entries = new Map<string, Entry>();
  let at = indexEnd + 1;
  for (let i = 0; i < index.length; i++) {
    // (By position, not destructured: this runs before V8 has optimised anything.)
    const entry = index[i]!;
    const path = entry[0];
    const end = at + entry[5];
    if (body[end] !== NEWLINE) return null;
    entries.set(path, { key: entry[1], stat: entry[2], result: new SavedResult(path, entry[3], entry[4], body, at, end) });
    at = end + 1;
  }
  return at === body.length ? entries : null;
}

/** Buffers, each followed by a newline, as one buffer. */
function joinLines(lines: readonly Buffer[]): Buffer {
  let size = 0;
  for (const line of lines) size += line.length + 1;
  const joined = Buffer.allocUnsafe(size);
  let at = 0;
  for (const line of lines) {
    at += line.copy(joined, at);
    joined[at++] = NEWLINE;
  }
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
