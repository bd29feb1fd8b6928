/**
 * Loads plugin rules named in `plugins`: local files (relative to the config file) or npm
 * packages (resolved from the config file's folder, as the user installed them there).
 */
import { importExternal } from '../external.js';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Jiti } from 'jiti';
import { describeRuleProblems } from '../rule.js';
import type { Rule } from '../types.js';
import { ConfigError, type ConfigSource } from './validate.js';

const TYPESCRIPT_FILE = /\.[cm]?ts$/;
/** Tried after the exact path, so `./rules/acme` finds `./rules/acme.js`. */
const LOCAL_EXTENSIONS = ['', '.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'];

let jitiPromise: Promise<Jiti> | undefined;

/**
 * One jiti per process, imported only when a TypeScript file is loaded: it costs ~45 ms to
 * import and more to warm up, which JSON/JS users should not pay.
 */
function getJiti(): Promise<Jiti> {
  jitiPromise ??= importExternal<typeof import('jiti')>('jiti').then(({ createJiti }) => createJiti(import.meta.url));
  return jitiPromise;
}

/** The module's namespace; TypeScript through jiti (Node 20 cannot strip types itself). */
export async function importModuleFile(file: string): Promise<Record<string, unknown>> {
  if (TYPESCRIPT_FILE.test(file)) return (await getJiti()).import<Record<string, unknown>>(file);
  return importExternal(pathToFileURL(file).href);
}

/** A config module's settings: its default export, or its named exports. */
export async function importConfigModule(file: string): Promise<unknown> {
  const namespace = await importModuleFile(file);
  return 'default' in namespace ? namespace.default : { ...namespace };
}

/** First line of an error's message: the rest is usually a code frame or a stack. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').find((line) => line.trim() !== '')?.trim() ?? 'unknown error';
}

export interface PluginContext extends ConfigSource {
  /** Folder of the config file: relative plugin paths and packages resolve from here. */
  configDir: string;
  cwd: string;
}

function isPathSpecifier(specifier: string): boolean {
  return isAbsolute(specifier) || /^\.\.?(?:[/\\]|$)/.test(specifier);
}

function resolveLocalPlugin(specifier: string, context: PluginContext): string {
  const base = resolve(context.configDir, specifier);
  for (const extension of LOCAL_EXTENSIONS) {
    const candidate = base + extension;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`Cannot find module "${relative(context.cwd, base) || base}"`);
}

async function resolvePackagePlugin(specifier: string, context: PluginContext): Promise<string> {
  // createRequire needs a file inside the folder; it need not exist.
  const requireFromConfig = createRequire(join(context.configDir, '__apology-lint__.js'));
  try {
    return requireFromConfig.resolve(specifier);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'MODULE_NOT_FOUND') {
      throw new Error(`Cannot find module "${specifier}"; is it installed? (npm install --save-dev ${specifier})`);
    }
    // ESM-only packages export no "require" condition; resolve them as `import` would.
    if (code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') throw error;
    const jiti = await getJiti();
    const resolved = jiti.esmResolve(specifier, {
      parentURL: pathToFileURL(join(context.configDir, '/')),
      conditions: ['node', 'import', 'default'],
    });
    return resolved.startsWith('file:') ? fileURLToPath(resolved) : resolved;
  }
}

function resolvePlugin(specifier: string, context: PluginContext): Promise<string> | string {
  return isPathSpecifier(specifier) ? resolveLocalPlugin(specifier, context) : resolvePackagePlugin(specifier, context);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null;
}

/** A plugin exports one rule (default or the module itself) or `{ rules: [...] }`. */
function rulesFromModule(namespace: Record<string, unknown>): unknown[] | undefined {
  for (const candidate of [namespace.default, namespace]) {
    if (!isObject(candidate)) continue;
    const rules = candidate.rules;
    if (Array.isArray(rules)) return rules;
    if (isObject(rules)) return Object.values(rules); // ESLint-style { id: rule } map
    if ('check' in candidate || 'id' in candidate) return [candidate];
  }
  return undefined;
}

/** "apology-lint-plugin-acme" → "acme": an example namespace for the error message. */
function exampleNamespace(specifier: string): string {
  const match = /^(?:@[^/]+\/)?apology-lint-plugin-([a-z0-9-]+)$/.exec(specifier);
  return match?.[1] ?? 'acme';
}

function describeRuleId(rule: unknown, index: number): string {
  const id = isObject(rule) ? rule.id : undefined;
  return typeof id === 'string' ? `rule "${id}"` : `rule #${index + 1}`;
}

export async function loadPlugins(specifiers: readonly string[], context: PluginContext): Promise<Rule[]> {
  const fail = (specifier: string, problem: string, cause?: unknown): never => {
    throw new ConfigError(`${context.label}: plugin "${specifier}"${problem}`, context.filepath, { cause });
  };
  const loaded: Rule[] = [];
  // Namespaced ids cannot clash with builtin ones, only with each other.
  const definedBy = new Map<string, string>();
  const seenFiles = new Set<string>();

  for (const specifier of specifiers) {
    let namespace: Record<string, unknown>;
    try {
      const file = await resolvePlugin(specifier, context);
      if (seenFiles.has(file)) continue; // listed twice: load once
      seenFiles.add(file);
      namespace = await importModuleFile(file);
    } catch (error) {
      return fail(specifier, ` could not be loaded: ${firstLine(error)}`, error);
    }

    const rules = rulesFromModule(namespace);
    if (rules === undefined || rules.length === 0) {
      return fail(specifier, ' exports no rules; export a rule made with defineRule, or { rules: [...] }');
    }
    rules.forEach((rule, index) => {
      const problems = describeRuleProblems(rule);
      if (problems.length > 0) fail(specifier, `: ${describeRuleId(rule, index)} is not valid: ${problems.join('; ')}`);
      const { id } = rule as Rule;
      if (!id.includes('/')) {
        fail(specifier, `: rule "${id}" needs a namespace, e.g. "${exampleNamespace(specifier)}/${id}"`);
      }
      const owner = definedBy.get(id);
      if (owner !== undefined) fail(specifier, `: rule "${id}" is already defined by plugin "${owner}"`);
      definedBy.set(id, specifier);
      loaded.push(rule as Rule);
    });
  }
  return loaded;
}
