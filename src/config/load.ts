/**
 * Finds and reads the config file (cosmiconfig), validates it, loads its plugins and folds
 * its presets in, so the rest of the program sees one checked, resolved config.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, extname, relative, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { cosmiconfig, defaultLoaders, type Loader } from 'cosmiconfig';
import { LineIndex } from '../engine/positions.js';
import { parseJsonTree } from '../sources/json-tree.js';
import { SourceError } from '../sources/types.js';
import type { Rule, UserConfig } from '../types.js';
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
  builtinRules: readonly Rule[];
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

const loadModule: Loader = (filepath) => importConfigModule(filepath);

/**
 * JSON as cosmiconfig reads it, but a syntax error in words with its line and column (the same
 * words as a broken macro library), not "at position 75 while parsing '{  "rules": {…'".
 */
const loadJson: Loader = (filepath, content) => {
  try {
    return defaultLoaders['.json'](filepath, content);
  } catch (error) {
    try {
      parseJsonTree(content);
    } catch (syntax) {
      if (!(syntax instanceof SourceError)) throw error;
      const at = new LineIndex(content).position(syntax.offset ?? 0);
      throw new Error(`${syntax.message} (line ${at.line}, column ${at.column})`, { cause: error });
    }
    throw error;
  }
};

/**
 * Our own module loaders: cosmiconfig's JS loader keeps only the default export and retries
 * through require(), and its TS loader needs `typescript` and a temp file (slow, and broken
 * on Node 20); jiti handles TS instead.
 */
const LOADERS: Record<string, Loader> = {
  '.json': loadJson,
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

function createExplorer() {
  return cosmiconfig(MODULE_NAME, {
    searchStrategy: 'project',
    searchPlaces: [...SEARCH_PLACES],
    packageProp: 'apologyLint',
    loaders: LOADERS,
    // An empty .apologylintrc is a deliberate "defaults, please": use it, don't look further up.
    ignoreEmptySearchPlaces: false,
    cache: false,
  });
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
    if (extension !== '' && !(extension in LOADERS)) {
      const supported = Object.keys(LOADERS).filter((key) => key.startsWith('.')).join(', ');
      throw new ConfigError(`${displayPath(cwd, filepath)}: config files must be one of ${supported}`, filepath);
    }
  }
  try {
    const explorer = createExplorer();
    const result = filepath === undefined ? await explorer.search(cwd) : await explorer.load(filepath);
    // load() of a package.json without our key gives null: treat it as an empty config.
    return { filepath: result?.filepath ?? filepath ?? null, raw: result?.config };
  } catch (error) {
    filepath = (error as { filepath?: string }).filepath ?? filepath;
    const where = filepath === undefined ? 'config' : displayPath(cwd, filepath);
    throw new ConfigError(`${where}: could not read the config: ${describeReadError(error)}`, filepath, { cause: error });
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
