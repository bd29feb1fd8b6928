/**
 * `--cache`: results of unchanged files are reused. An entry is keyed on the file's bytes, the
 * settings that apply to it, and the linter itself (its version and the code it runs, so a new
 * build or a changed plugin starts afresh). The cache is one JSON file, written atomically.
 *
 * Reading and hashing every file was most of a cached run, so an entry also keeps the file's
 * size, modification and change times and inode: when all four still match, the file is not
 * read at all. The change time cannot be set back by tools that restore modification times
 * (tar, rsync, `touch -d`), and a fresh checkout changes all of them, so such files are read
 * and compared by content as before.
 */
import { importExternal } from '../external.js';
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFsError } from '../sources/read.js';
import type { LintResult } from './results.js';

interface Entry {
  /** Hash of the file's bytes and the settings that applied. */
  key: string;
  /** The file's size, times and inode, and the settings, when it was last seen (see statKey). */
  stat?: string;
  result: LintResult;
}

interface CacheFile {
  /** The linter the entries were made with. */
  stamp: string;
  entries: Record<string, Entry>;
}

export const DEFAULT_CACHE_FILE = '.apologylintcache';

/** The layout of the cache file; part of the stamp, so a file in another layout is never read. */
const FORMAT = 'ascii-json-2';

/** JSON with every character past ASCII escaped (\u2019), so the file is plain ASCII. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

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
    private readonly entries: Record<string, Entry>,
  ) {}

  /**
   * Open the cache at `location` (a file, or a folder to hold `.apologylintcache`). A missing,
   * unreadable or outdated cache starts empty: a cache can always be thrown away.
   */
  static open(location: string, salt: string): LintCache {
    const file = isDirectory(location) ? join(location, DEFAULT_CACHE_FILE) : location;
    const stamp = hash(`${FORMAT}\0${salt}\0${codeStamp()}`);
    try {
      // Written in ASCII (see save), so read as Latin-1: a one-byte string, which V8 decodes and
      // parses faster than the two-byte string a single ’ makes of UTF-8 text.
      const data = JSON.parse(readFileSync(file, 'latin1')) as CacheFile;
      if (data.stamp === stamp && data.entries && typeof data.entries === 'object') return new LintCache(file, stamp, data.entries);
    } catch {
      // No cache yet, or one we cannot use: start afresh.
    }
    return new LintCache(file, stamp, {});
  }

  /** The key for one file: its bytes and the settings that applied to it. */
  static keyFor(bytes: Uint8Array, settings: object, includeDraftText: boolean): string {
    return createHash('sha1').update(bytes).update(`\0${includeDraftText}\0${spell(settings)}`).digest('base64');
  }

  /** What a file's metadata and settings say without reading it: equal keys mean it is unchanged. */
  static statKey(stats: Stats, settings: object, includeDraftText: boolean): string {
    let digest = settingsDigests.get(settings);
    if (digest === undefined) settingsDigests.set(settings, (digest = hash(spell(settings))));
    return `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}:${stats.ino}:${includeDraftText}:${digest}`;
  }

  /** The cached result for a file whose metadata and settings are as they were (see statKey). */
  getByStat(filePath: string, statKey: string): LintResult | undefined {
    const entry = this.entries[filePath];
    return entry && entry.stat === statKey ? entry.result : undefined;
  }

  /** The cached result (shared with the cache until it is saved: do not change it). */
  get(filePath: string, key: string): LintResult | undefined {
    const entry = this.entries[filePath];
    return entry && entry.key === key ? entry.result : undefined;
  }

  /** Store a result; with `statKey`, the next run may skip reading the file. */
  set(filePath: string, key: string, result: LintResult, statKey?: string): void {
    this.entries[filePath] = { key, stat: statKey, result };
    this.dirty = true;
  }

  /**
   * Write the cache if anything changed (atomically: a reader never sees half a file). Returns
   * why it could not be written, if it could not: the run itself is not affected.
   */
  async save(): Promise<string | null> {
    if (!this.dirty) return null;
    try {
      const { default: writeFileAtomic } = await importExternal<{ default: typeof import('write-file-atomic') }>('write-file-atomic');
      await writeFileAtomic(this.location, asciiJson({ stamp: this.stamp, entries: this.entries } satisfies CacheFile));
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

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
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

/**
 * The code this linter runs: names, sizes and times of the files beside this module (in the
 * package, the built bundle's chunks), so a rebuilt or upgraded linter never reuses old results.
 */
function codeStamp(): string {
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
