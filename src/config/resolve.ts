/**
 * The config that applies to one file. Later wins: presets and `rules` (already folded
 * together at load) → each matching override in order → command-line settings.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { EffectiveConfig, ExpectApology, OverrideConfig, RuleConfig, RuleInfo, RuleSetting } from '../types.js';
import type { LoadedConfig } from './load.js';
import { checkRuleIds, checkRuleSettings, normalizeSeverity, type ConfigSource } from './validate.js';

export interface CliConfigOverrides {
  rules?: Record<string, RuleSetting>;
  expectApology?: ExpectApology;
}

type PathMatcher = (relativePath: string) => boolean;

/** Compiled once per override object: configForFile runs for every linted file. */
const matcherCache = new WeakMap<OverrideConfig, PathMatcher>();

/**
 * ESLint/gitignore semantics: a pattern without a slash matches the basename anywhere
 * ("*.md" → "**\/*.md"); a trailing slash means everything under that folder.
 */
function toGlob(pattern: string): string {
  const trimmed = pattern.replace(/^\.\//, '');
  if (trimmed.endsWith('/')) return `${trimmed}**`;
  return trimmed.includes('/') ? trimmed : `**/${trimmed}`;
}

function compilePatterns(patterns: string | string[] | undefined): PathMatcher | undefined {
  if (patterns === undefined) return undefined;
  const list = (typeof patterns === 'string' ? [patterns] : patterns).map(toGlob);
  return list.length === 0 ? undefined : picomatch(list, { dot: true });
}

function overrideMatcher(override: OverrideConfig): PathMatcher {
  let matcher = matcherCache.get(override);
  if (matcher === undefined) {
    const included = compilePatterns(override.files) ?? (() => false);
    const excluded = compilePatterns(override.excludedFiles);
    matcher = (path) => included(path) && !excluded?.(path);
    matcherCache.set(override, matcher);
  }
  return matcher;
}

/** Path relative to baseDir with forward slashes; undefined when the file lies outside it. */
function pathFromBase(baseDir: string, filePath: string): string | undefined {
  const path = relative(baseDir, resolve(baseDir, filePath));
  if (path === '' || path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path)) return undefined;
  return sep === '/' ? path : path.split(sep).join('/');
}

function settingParts(setting: RuleSetting): { severity: unknown; options?: Record<string, unknown> } {
  if (Array.isArray(setting)) return { severity: setting[0], options: setting[1] };
  return { severity: setting };
}

/**
 * A bare severity keeps the options set so far (as in ESLint); `[severity, options]`
 * replaces them, merged shallowly over the rule's defaultOptions.
 */
function applyRuleSettings(
  target: Record<string, RuleConfig>,
  rulesById: ReadonlyMap<string, RuleInfo>,
  settings: Record<string, RuleSetting> | undefined,
): void {
  for (const [id, setting] of Object.entries(settings ?? {})) {
    const rule = rulesById.get(id);
    const current = target[id];
    const { severity, options } = settingParts(setting);
    const normalized = normalizeSeverity(severity);
    if (rule === undefined || current === undefined || normalized === undefined) continue; // validated at load
    target[id] = {
      severity: normalized,
      options: options === undefined ? current.options : { ...rule.defaultOptions, ...options },
    };
  }
}

const CLI_SOURCE: ConfigSource = { label: '--rule' };

export function configForFile(
  loaded: LoadedConfig,
  filePath: string,
  builtinRules: readonly RuleInfo[],
  cli: CliConfigOverrides = {},
): EffectiveConfig {
  const rulesById = new Map<string, RuleInfo>();
  const rules: Record<string, RuleConfig> = {};
  // Builtin rules run only when a preset or the config turns them on; a plugin the user
  // lists is meant to run, so its rules start at their own severity.
  for (const rule of builtinRules) {
    rulesById.set(rule.id, rule);
    rules[rule.id] = { severity: 'off', options: { ...rule.defaultOptions } };
  }
  for (const rule of loaded.pluginRules) {
    rulesById.set(rule.id, rule);
    rules[rule.id] = { severity: rule.severity, options: { ...rule.defaultOptions } };
  }

  const { config } = loaded;
  applyRuleSettings(rules, rulesById, config.rules);
  let expectApology: ExpectApology = config.expectApology ?? 'auto';
  let format: string | undefined;

  const relativePath = pathFromBase(loaded.baseDir, filePath);
  if (relativePath !== undefined) {
    for (const override of config.overrides ?? []) {
      if (!overrideMatcher(override)(relativePath)) continue;
      applyRuleSettings(rules, rulesById, override.rules);
      if (override.expectApology !== undefined) expectApology = override.expectApology;
      if (override.format !== undefined) format = override.format;
    }
  }

  if (cli.rules !== undefined) {
    // Command-line settings never went through a config file's validation.
    checkRuleIds(CLI_SOURCE, '', checkRuleSettings(CLI_SOURCE, '', cli.rules), [...rulesById.keys()]);
    applyRuleSettings(rules, rulesById, cli.rules);
  }
  if (cli.expectApology !== undefined) expectApology = cli.expectApology;
  return format === undefined ? { rules, expectApology } : { rules, expectApology, format };
}
