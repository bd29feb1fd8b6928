/**
 * `--cache`: results of unchanged files are reused. An entry is keyed on the file's bytes, the
 * settings that apply to it, and the linter itself (its version and the code it runs, so a new
 * build or a changed plugin starts afresh). The cache is one file, written atomically, laid out
 * so that a run over an unchanged library hardly looks at it (cache-file.ts).
 *
 * Reading and hashing every file was most of a cached run, so an entry also keeps the file's
 * size, modification and change times and inode: when all four still match, the file is not
 * read at all. The change time cannot be set back by tools that restore modification times
 * (tar, rsync, `touch -d`), and a fresh checkout changes all of them, so such files are read
 * and compared by content as before.
 */
import { importExternal } from '../external.js';
import { existsSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFsError, statOrNull } from '../sources/read.js';
import { cacheFile, SavedEntries, type CacheEntry, type StatKey } from './cache-file.js';
import type { LintResult } from './results.js';
import type { SavedResult } from './saved-result.js';

export const DEFAULT_CACHE_FILE = '.apologylintcache';

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
  private readonly entries = new Map<string, CacheEntry>();

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
      saved = SavedEntries.read(readFileSync(file), stamp);
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
    const i = this.saved?.find(filePath);
    return i !== undefined && this.saved!.sameStat(i, statKey) ? this.saved!.result(i) : undefined;
  }

  /** The cached result for a file whose bytes and settings are as they were (see keyFor). */
  get(filePath: string, key: string): SavedResult | LintResult | undefined {
    const entry = this.entries.get(filePath);
    if (entry) return entry.key === key ? entry.result : undefined;
    const i = this.saved?.find(filePath);
    return i !== undefined && this.saved!.key(i) === key ? this.saved!.result(i) : undefined;
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
      const paths = new Set(this.entries.keys());
      // Saved entries this run did not visit are kept (another shard's files, say), except those
      // of files that are gone: a library whose macros are renamed or deleted over the months
      // would otherwise carry them in its cache for ever.
      if (saved) for (const path of saved.paths) if (!paths.has(path) && existsSync(path)) paths.add(path);
      // In path order, the order of a report: the JSON report writes out results that lie one
      // after another in the file in one piece (see formatters/json.ts).
      const entries = [...paths].sort().map((path): [string, CacheEntry] => [path, this.entries.get(path) ?? saved!.entry(saved!.find(path)!)]);
      const { default: writeFileAtomic } = await importExternal<{ default: typeof import('write-file-atomic') }>('write-file-atomic');
      await writeFileAtomic(this.location, cacheFile(this.stamp, entries));
      this.dirty = false;
      return null;
    } catch (error) {
      return `the cache could not be written to ${this.location}: ${describeFsError(error)}`;
    }
  }
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
