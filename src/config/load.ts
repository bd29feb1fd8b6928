/**
 * Finds and reads the config file (cosmiconfig), validates it, loads its plugins and folds
 * its presets in, so the rest of the program sees one checked, resolved config.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, relative, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { Loader } from 'cosmiconfig';
import { LineIndex } from '../engine/positions.js';
import { parseJsonTree } from '../sources/json-tree.js';
import { commonJs } from '../sources/libraries.js';
import { SourceError } from '../sources/types.js';
import type { Rule, RuleInfo, UserConfig } from '../types.js';
import { firstLine, importConfigModule, loadPlugins } from './plugins.js';
import { applyExtends } from './presets.js';
import { checkConfigRuleIds, ConfigError, validateConfig, type ConfigSource } from './validate.js';

export interface LoadedConfig {
  /** Config file used, absolute; null with --no-config or when none was found. */
  filepath: string | null;
  /** Folder of the config file (or cwd): overrides[].files and ignorePatterns are relative to it. */
  baseDir: string;
  /** Validated, with `extends` folded into `rules` (and removed). */
  config: UserConfig;
  /** Rules loaded from `plugins`. */
  pluginRules: Rule[];
  ignorePatterns: string[];
}

export interface LoadConfigOptions {
  cwd: string;
  /** -c/--config FILE: load exactly this file. Wins over `useConfigFile: false`. */
  configFile?: string;
  /** false for --no-config: use only the default preset. */
  useConfigFile?: boolean;
  builtinRules: readonly RuleInfo[];
}

const MODULE_NAME = 'apologylint';

export const SEARCH_PLACES: readonly string[] = [
  'package.json',
  '.apologylintrc',
  '.apologylintrc.json',
  '.apologylintrc.yaml',
  '.apologylintrc.yml',
  '.apologylintrc.js',
  '.apologylintrc.cjs',
  '.apologylintrc.mjs',
  '.apologylintrc.ts',
  'apology-lint.config.js',
  'apology-lint.config.cjs',
  'apology-lint.config.mjs',
  'apology-lint.config.ts',
];

const PACKAGE_PROP = 'apologyLint';

const loadModule: Loader = (filepath) => importConfigModule(filepath);

/** The extensions a config file may have (`-c FILE`); `.apologylintrc` has none. */
const CONFIG_EXTENSIONS = ['.json', '.yaml', '.yml', '.js', '.cjs', '.mjs', '.ts', '.cts', '.mts'];

type Cosmiconfig = typeof import('cosmiconfig');

/**
 * JSON as cosmiconfig reads it, but a syntax error in words with its line and column (the same
 * words as a broken macro library), not "at position 75 while parsing '{  "rules": {…'".
 */
const jsonLoader = (defaultLoaders: Cosmiconfig['defaultLoaders']): Loader => (filepath, content) => {
  try {
    return defaultLoaders['.json'](filepath, content);
  } catch (error) {
    const problem = jsonSyntaxProblem(content);
    throw problem ? new Error(problem, { cause: error }) : error;
  }
};

/** A JSON syntax error in words, with its line and column; undefined when `content` parses. */
function jsonSyntaxProblem(content: string): string | undefined {
  try {
    parseJsonTree(content);
  } catch (syntax) {
    if (!(syntax instanceof SourceError)) return undefined;
    const at = new LineIndex(content).position(syntax.offset ?? 0);
    return `${syntax.message} (line ${at.line}, column ${at.column})`;
  }
  return undefined;
}

/**
 * Our own module loaders: cosmiconfig's JS loader keeps only the default export and retries
 * through require(), and its TS loader needs `typescript` and a temp file (slow, and broken
 * on Node 20); jiti handles TS instead.
 */
async function createExplorer() {
  // cosmiconfig and its YAML parser are loaded only when there is a config file to read.
  const { cosmiconfig, defaultLoaders } = commonJs(await import('cosmiconfig'));
  const loaders: Record<string, Loader> = {
    '.json': jsonLoader(defaultLoaders),
    '.yaml': defaultLoaders['.yaml'],
    '.yml': defaultLoaders['.yml'],
    noExt: defaultLoaders.noExt, // .apologylintrc: YAML, which also reads JSON
    '.js': loadModule,
    '.cjs': loadModule,
    '.mjs': loadModule,
    '.ts': loadModule,
    '.cts': loadModule,
    '.mts': loadModule,
  };
  return cosmiconfig(MODULE_NAME, {
    searchStrategy: 'project',
    searchPlaces: [...SEARCH_PLACES],
    packageProp: PACKAGE_PROP,
    loaders,
    // An empty .apologylintrc is a deliberate "defaults, please": use it, don't look further up.
    ignoreEmptySearchPlaces: false,
    cache: false,
  });
}

function jsonSyntaxProblemIn(filepath: string): string | undefined {
  try {
    return jsonSyntaxProblem(readFileSync(filepath, 'utf8'));
  } catch {
    return undefined;
  }
}

/** How messages name a file: relative to cwd, as the user would type it. */
function displayPath(cwd: string, filepath: string): string {
  return relative(cwd, filepath) || filepath;
}

/**
 * cosmiconfig wraps parse errors as "JSON Error in /abs/path:" plus a code frame around the
 * reason; the reason is the one line that is neither.
 */
function describeReadError(error: unknown): string {
  // The code frame is coloured when CI=true or FORCE_COLOR is set; judge the plain text.
  const message = stripVTControlCharacters(error instanceof Error ? error.message : String(error));
  const isNoise = (line: string) => /^(?:JSON|YAML|TypeScript) Error in /.test(line) || /^\s*>?\s*\d*\s*\|/.test(line);
  return firstLine(message.split('\n').filter((line) => !isNoise(line)).join('\n'));
}

interface ReadResult {
  filepath: string | null;
  raw: unknown;
}

async function readConfigFile(options: LoadConfigOptions): Promise<ReadResult> {
  const { cwd, configFile } = options;
  let filepath = configFile === undefined ? undefined : resolve(cwd, configFile);
  if (filepath !== undefined) {
    if (!existsSync(filepath) || !statSync(filepath).isFile()) {
      throw new ConfigError(`${displayPath(cwd, filepath)}: no such config file`, filepath);
    }
    const extension = extname(filepath);
    if (extension !== '' && !CONFIG_EXTENSIONS.includes(extension)) {
      const supported = CONFIG_EXTENSIONS.join(', ');
      throw new ConfigError(`${displayPath(cwd, filepath)}: config files must be one of ${supported}`, filepath);
    }
  }
  // Most runs have no config file: say so without loading cosmiconfig.
  if (filepath === undefined && !mayHaveConfig(cwd)) return { filepath: null, raw: undefined };
  try {
    const explorer = await createExplorer();
    const result = filepath === undefined ? await explorer.search(cwd) : await explorer.load(filepath);
    // load() of a package.json without our key gives null: treat it as an empty config.
    return { filepath: result?.filepath ?? filepath ?? null, raw: result?.config };
  } catch (error) {
    filepath = (error as { filepath?: string }).filepath ?? filepath;
    const where = filepath === undefined ? 'config' : displayPath(cwd, filepath);
    // cosmiconfig also reads the package.json in the working folder for its own settings, with
    // its own JSON loader, so a broken one is described here in our words.
    const reason = (filepath?.endsWith('.json') && jsonSyntaxProblemIn(filepath)) || describeReadError(error);
    throw new ConfigError(`${where}: could not read the config: ${reason}`, filepath, { cause: error });
  }
}

/**
 * Whether cosmiconfig's search from `cwd` could find anything: a search place exists in some
 * folder from `cwd` up to the project root (the first folder with a package.json or
 * package.yaml, as cosmiconfig's "project" search stops there), other than a package.json
 * that never mentions our key. Only a "no" is final; a "yes" runs the real search.
 */
function mayHaveConfig(cwd: string): boolean {
  for (let dir = cwd; ; dir = dirname(dir)) {
    for (const place of SEARCH_PLACES) {
      const path = resolve(dir, place);
      if (!existsSync(path)) continue;
      if (place !== 'package.json') return true;
      try {
        if (readFileSync(path, 'utf8').includes(`"${PACKAGE_PROP}"`)) return true;
      } catch {
        return true;
      }
    }
    if (existsSync(resolve(dir, 'package.json')) || existsSync(resolve(dir, 'package.yaml'))) return false;
    if (dirname(dir) === dir) return false;
  }
}

export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  const cwd = resolve(options.cwd);
  if (options.useConfigFile === false && options.configFile === undefined) {
    return { filepath: null, baseDir: cwd, config: applyExtends({}, options.builtinRules), pluginRules: [], ignorePatterns: [] };
  }

  const { filepath, raw } = await readConfigFile(options);
  const baseDir = filepath === null ? cwd : dirname(filepath);
  const source: ConfigSource = filepath === null ? { label: 'config' } : { label: displayPath(cwd, filepath), filepath };
  const validated = validateConfig(raw, source);
  const pluginRules = await loadPlugins(validated.plugins ?? [], { ...source, configDir: baseDir, cwd });
  const knownIds = [...options.builtinRules, ...pluginRules].map((rule) => rule.id);
  checkConfigRuleIds(source, validated, knownIds);

  const ignorePatterns = (validated.ignorePatterns ?? []) as string[];
  return { filepath, baseDir, config: applyExtends(validated, options.builtinRules), pluginRules, ignorePatterns };
}
