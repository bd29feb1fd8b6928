/**
 * The linter: config loaded once, then texts and files linted with it. The public API (api.ts)
 * and the CLI are both built on this class.
 *
 * The rules themselves, and everything that reads a draft, are loaded on the first lint
 * (engine/linting.ts): the config is checked and --cache keyed with the rules' meta from
 * rules/catalog.generated.ts, so a run whose files all come from the cache never loads them.
 */
import { resolve } from 'node:path';
import { builtinRuleInfo } from '../rules/catalog.generated.js';
import { configForFile, loadConfig, type LoadedConfig } from './config/index.js';
import { fatalResult, skippedResult, type LintResult } from './engine/results.js';
import type { LintSourceInput } from './engine/lint.js';
import { discoverFiles, IgnoreFilter, type IgnoreSource } from './sources/discover.js';
import { LINTABLE_EXTENSIONS } from './sources/index.js';
import { BinaryFileError, DEFAULT_MAX_FILE_SIZE, describeMissingPath, readSourceFile, statOrNull, UnreadableFileError, type ReadFile } from './sources/read.js';
import { DEFAULT_CACHE_FILE, LintCache } from './engine/cache.js';
import { draftCount, parsed, SavedResult } from './engine/saved-result.js';
import { DEFAULT_FIX_KINDS } from './fix/kinds.js';
import { FixNotWrittenError, writeFixedFile } from './fix/write.js';
import type { EffectiveConfig, ExpectApology, Rule, RuleInfo, RuleKind, RuleSetting } from './types.js';

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

type Engine = typeof import('./engine/linting.js');
let engine: Promise<Engine> | undefined;

/** The rules and the code that runs them, loaded once, on the first lint. */
function loadEngine(): Promise<Engine> {
  return (engine ??= import('./engine/linting.js'));
}

export interface LintOptions {
  /** Where config search and relative paths start. Default: process.cwd(). */
  cwd?: string;
  /** Use exactly this config file. */
  configFile?: string;
  /** false: ignore config files and use the recommended preset (`--no-config`). */
  useConfigFile?: boolean;
  /** Rule settings that win over the config (`--rule id:severity`). */
  rules?: Record<string, RuleSetting>;
  /** Wins over the config's expectApology. */
  expectApology?: ExpectApology;
  /** false: lint ignored files too. Default true. */
  ignore?: boolean;
  /** Ignore file to read instead of `.apologylintignore`. */
  ignorePath?: string;
  /** Extra ignore patterns, relative to cwd (`--ignore-pattern`). */
  ignorePatterns?: string[];
  /** Keep each draft's decoded text and the findings' ranges in it (for reports that show the reply). */
  includeDraftText?: boolean;
  /** Apply safe fixes (results get `output`); nothing is written until `outputFixes`. */
  fix?: boolean;
  /** Which kinds of fixes to apply. Default: presence and order (absence insertions only when asked). */
  fixTypes?: readonly RuleKind[];
  /** Reuse results of unchanged files from the cache file (`--cache`); not while fixing. */
  cache?: boolean;
  /** The cache file, or a folder for `.apologylintcache` (default: the working folder). */
  cacheLocation?: string;
  /**
   * Files bigger than this many bytes are not linted: each comes back as a fatal result saying
   * so (`--max-file-size`). Default 10 MB (10,485,760 bytes).
   */
  maxFileSize?: number;
}

export interface LintTextOptions extends LintOptions {
  /** Name for the text in results; config overrides match it. Default `<text>`. */
  filePath?: string;
}

/** Where a run of many files has got to: `files` counts finished files (fractions within a big macro file). */
export interface LintProgress {
  files: number;
  totalFiles: number;
  /** Drafts (replies) checked so far. */
  drafts: number;
}

export interface LintFilesOptions {
  onProgress?: (progress: LintProgress) => void;
  /**
   * Lint only shard `index` (1-based) of `count`: the files, sorted by path, dealt out in turn.
   * The shards of a run together lint every file exactly once (`--shard 2/4`).
   */
  shard?: { index: number; count: number };
}

/** A linter with its config loaded once, for linting many texts or files. */
export class Linter {
  /** Things that went wrong without touching any result (a cache that could not be written). */
  readonly warnings: string[] = [];

  /** Files as read by a fixing run, so `outputFixes` can tell whether they changed since. */
  private readonly originals = new Map<string, ReadFile>();

  /** The rules that run, with their checks: built-in and plugin rules, once the engine is loaded. */
  private runnable: readonly Rule[] | undefined;

  private constructor(
    readonly options: Required<Pick<LintOptions, 'cwd'>> & LintOptions,
    readonly loaded: LoadedConfig,
    /** Every rule the linter knows, built-in and from plugins, as each describes itself. */
    readonly rules: readonly RuleInfo[],
  ) {}

  static async create(options: LintOptions = {}): Promise<Linter> {
    const cwd = resolve(options.cwd ?? process.cwd());
    const loaded = await loadConfig({
      cwd,
      configFile: options.configFile,
      useConfigFile: options.useConfigFile ?? true,
      builtinRules: builtinRuleInfo,
    });
    return new Linter({ ...options, cwd }, loaded, [...builtinRuleInfo, ...loaded.pluginRules]);
  }

  /** The config that applies to a file (what `--print-config` shows). */
  configFor(filePath: string): EffectiveConfig {
    // Without overrides every file gets the same settings: work them out once.
    if (!this.loaded.config.overrides?.length && this.sharedConfig) return this.sharedConfig;
    const config = configForFile(this.loaded, resolve(this.options.cwd, filePath), builtinRuleInfo, {
      rules: this.options.rules,
      expectApology: this.options.expectApology,
    });
    if (!this.loaded.config.overrides?.length) this.sharedConfig = config;
    return config;
  }

  private sharedConfig: EffectiveConfig | undefined;

  async lintText(text: string, filePath = '<text>'): Promise<LintResult> {
    const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    return this.lintSource({ filePath, text: withoutBom, config: this.configFor(filePath), includeDraftText: this.options.includeDraftText });
  }

  private async lintSource(input: Omit<LintSourceInput, 'rules'>): Promise<LintResult> {
    const { builtinRules, lintAndFix, lintSource } = await loadEngine();
    const rules = (this.runnable ??= [...builtinRules, ...this.loaded.pluginRules]);
    if (!this.options.fix) return lintSource({ ...input, rules });
    return lintAndFix({ ...input, rules }, { kinds: new Set(this.options.fixTypes ?? DEFAULT_FIX_KINDS) });
  }

  /** A fixed file's text as it was read (BOM excluded), to show what the fixes change. */
  originalText(filePath: string): string | undefined {
    return this.originals.get(filePath)?.text;
  }

  /**
   * Write the fixed files (results with `output`) from the last `lintFiles` with `fix`: atomically,
   * in the file's encoding, and never over a file that changed since it was read. Returns the
   * files that were not written, with why. Files are written one at a time; once `signal` is
   * aborted no further file is started, so every file is either fully fixed or as it was.
   */
  async outputFixes(results: readonly LintResult[], options: { signal?: AbortSignal } = {}): Promise<Array<{ filePath: string; message: string }>> {
    const problems: Array<{ filePath: string; message: string }> = [];
    for (const result of results) {
      if (options.signal?.aborted) break;
      const original = this.originals.get(result.filePath);
      if (result.output === undefined || !original) continue;
      try {
        await writeFixedFile(result.filePath, original, result.output);
      } catch (error) {
        if (!(error instanceof FixNotWrittenError)) throw error;
        problems.push({ filePath: result.filePath, message: error.message });
      }
    }
    return problems;
  }

  async lintFiles(patterns: readonly string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
    return (await this.lintFilesAsSaved(patterns, options)).map(parsed);
  }

  /**
   * @internal The CLI's `lintFiles`: results served by `--cache` stay as they were saved (see
   * engine/saved-result.ts), so that a JSON report copies them out without parsing them.
   */
  async lintFilesAsSaved(patterns: readonly string[], options: LintFilesOptions = {}): Promise<Array<LintResult | SavedResult>> {
    const { cwd } = this.options;
    const discovery = await discoverFiles(patterns, { cwd, extensions: LINTABLE_EXTENSIONS, filter: this.ignoreFilter() });
    const { shard } = options;
    // Problems with the patterns themselves are reported once, by the first shard.
    // A path that names nothing may be a broken or looping link, or out of reach: say which.
    const describe = (pattern: string, message: string) => (message === 'no such file or directory' ? describeMissingPath(resolve(cwd, pattern)) : message);
    const results: Array<LintResult | SavedResult> = !shard || shard.index === 1 ? discovery.problems.map(({ pattern, message }) => fatalResult(pattern, describe(pattern, message))) : [];
    const files = shard ? discovery.files.filter((_, i) => i % shard.count === shard.index - 1) : discovery.files;
    const cache = this.options.cache && !this.options.fix ? LintCache.open(resolve(cwd, this.options.cacheLocation ?? DEFAULT_CACHE_FILE), this.cacheSalt()) : null;
    const totalFiles = files.length;
    // How many texts this run may lint, for the lexicons' regex caches: told once the engine loads.
    let expected = false;
    let drafts = 0;
    const report = (files: number, inFile = 0) => options.onProgress?.({ files, totalFiles, drafts: drafts + inFile });
    report(0);
    const includeDraftText = Boolean(this.options.includeDraftText);
    const maxFileSize = this.options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    for (let index = 0; index < files.length; index++) {
      const filePath = files[index]!;
      try {
        const config = this.configFor(filePath);
        // With --cache, a file whose size, times and inode are unchanged is not even read.
        const stats = cache ? statOrNull(filePath) : null;
        const statKey = stats && stats.size <= maxFileSize ? LintCache.statKey(stats, config, includeDraftText) : undefined;
        let result = statKey ? cache!.getByStat(filePath, statKey) : undefined;
        if (!result) {
          const file = await readSourceFile(filePath, { maxFileSize, stats });
          const key = cache ? LintCache.keyFor(file.bytes, config, includeDraftText) : '';
          const cached = cache?.get(filePath, key);
          if (cached) {
            result = cached;
          } else {
            if (!expected) {
              expected = true;
              (await loadEngine()).expectTexts(totalFiles);
            }
            const fresh = await this.lintSource({
              filePath,
              text: file.text,
              config,
              includeDraftText: this.options.includeDraftText,
              onDraft: (done, total) => report(index + done / total, done),
            });
            if (fresh.output !== undefined) this.originals.set(filePath, file);
            result = fresh;
          }
          // Found by content (after a fresh checkout, say) or new: remember the metadata too.
          if (cache && (!cached || statKey)) cache.set(filePath, key, result, statKey);
        }
        drafts += draftCount(result);
        report(index + 1);
        // A folder of macros may hold other JSON/YAML (settings, fixtures): only a file named on its own gets the note.
        if (result.skipped && !discovery.explicit.has(filePath)) continue;
        results.push(result);
      } catch (error) {
        if (!(error instanceof UnreadableFileError)) throw error;
        // A binary file is not a reply: noted (always, found by a folder or not) and passed over.
        results.push(error instanceof BinaryFileError ? skippedResult(filePath, { reason: 'binary', message: error.message }) : fatalResult(filePath, error.message));
      }
    }
    const unsaved = await cache?.save();
    if (unsaved) this.warnings.push(unsaved);
    return results;
  }

  /**
   * What makes cached results stale besides a file's bytes and settings: the rules that ran, and
   * a plugin rule's code. (The built-in rules' code is in the bundle, which the cache stamps.)
   */
  private cacheSalt(): string {
    return [VERSION, ...this.rules.map((rule) => `${rule.id}:${rule.kind}:${'check' in rule ? (rule as Rule).check.toString() : ''}`)].join('\0');
  }

  private ignoreFilter(): IgnoreFilter {
    if (this.options.ignore === false) return new IgnoreFilter([]);
    const { cwd } = this.options;
    const sources: IgnoreSource[] = [{ patterns: this.loaded.ignorePatterns, baseDir: this.loaded.baseDir }];
    const ignoreFile = IgnoreFilter.readIgnoreFile(resolve(cwd, this.options.ignorePath ?? '.apologylintignore'));
    if (ignoreFile) sources.push(ignoreFile);
    else if (this.options.ignorePath) throw new UnreadableFileError(`${this.options.ignorePath}: no such ignore file`);
    if (this.options.ignorePatterns?.length) sources.push({ patterns: this.options.ignorePatterns, baseDir: cwd });
    return new IgnoreFilter(sources);
  }
}

