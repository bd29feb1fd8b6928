/**
 * Checks a config as written and says what is wrong in one line a support lead can act
 * on: which file, which setting, and the closest valid spelling when there is one.
 */
import { closest, distance } from 'fastest-levenshtein';
import { FORMAT_NAMES } from '../sources/index.js';
import type { ExpectApology, OverrideConfig, RuleSetting, Severity, UserConfig } from '../types.js';
import { PRESET_NAMES } from './presets.js';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(
    message: string,
    readonly filepath?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export type LoadedOverride = OverrideConfig;

/** Where messages point: `label` starts every message (the config path relative to cwd). */
export interface ConfigSource {
  label: string;
  filepath?: string;
}

const TOP_LEVEL_KEYS = ['extends', 'rules', 'expectApology', 'overrides', 'ignorePatterns', 'plugins'];
const OVERRIDE_KEYS = ['files', 'excludedFiles', 'rules', 'expectApology', 'format'];
const SEVERITY_NAMES: readonly Severity[] = ['off', 'warn', 'error'];
const SEVERITY_BY_NUMBER: readonly Severity[] = ['off', 'warn', 'error'];

/** 'off' | 'warn' | 'error' | 0 | 1 | 2 → the severity; anything else → undefined. */
export function normalizeSeverity(value: unknown): Severity | undefined {
  if (typeof value === 'string') return SEVERITY_NAMES.find((name) => name === value);
  if (typeof value === 'number' && Number.isInteger(value)) return SEVERITY_BY_NUMBER[value];
  return undefined;
}

/** The candidate a typo most likely meant, if it is close enough to be worth saying. */
export function closestMatch(value: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(value, candidates);
  return distance(value, best) <= Math.max(2, value.length / 3) ? best : undefined;
}

function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : ` — did you mean "${suggestion}"?`;
}

/** Short, quoted rendering of a value the user wrote. */
export function showValue(value: unknown): string {
  const shown = JSON.stringify(value) ?? String(value);
  return shown.length > 40 ? `${shown.slice(0, 37)}...` : shown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function fail(source: ConfigSource, message: string): never {
  throw new ConfigError(`${source.label}: ${message}`, source.filepath);
}

function unknownSetting(key: string, allowed: readonly string[]): string {
  const hint = didYouMean(closestMatch(key, allowed));
  return `unknown setting "${key}"${hint || `; the settings are ${allowed.map((name) => `"${name}"`).join(', ')}`}`;
}

/** "warning" → "warn", "errors" → "error": prefixes first, then edit distance. */
function suggestSeverity(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const lower = value.toLowerCase();
  const byPrefix = SEVERITY_NAMES.find((name) => lower.startsWith(name) || (lower.length > 1 && name.startsWith(lower)));
  return byPrefix ?? closestMatch(lower, SEVERITY_NAMES);
}

function checkRuleSetting(source: ConfigSource, where: string, id: string, setting: unknown): RuleSetting {
  const isArray = Array.isArray(setting);
  if (isArray && (setting.length < 1 || setting.length > 2)) {
    fail(source, `${where}rule "${id}" must be a severity or [severity, {options}], e.g. ["warn", {}]`);
  }
  const severity: unknown = isArray ? setting[0] : setting;
  if (normalizeSeverity(severity) === undefined) {
    const hint = didYouMean(suggestSeverity(severity));
    fail(source, `${where}rule "${id}" has severity ${showValue(severity)}; use "off", "warn" or "error"${hint}`);
  }
  if (isArray && setting.length === 2 && !isPlainObject(setting[1])) {
    fail(source, `${where}rule "${id}" has options ${showValue(setting[1])}; options must be an object, e.g. ["warn", {}]`);
  }
  return setting as RuleSetting;
}

/** Checks severities and options; rule ids are checked later, once plugins are known. */
export function checkRuleSettings(source: ConfigSource, where: string, rules: unknown): Record<string, RuleSetting> {
  if (!isPlainObject(rules)) {
    fail(source, `${where}"rules" must map rule ids to severities, e.g. {"blame-shifting": "error"}, not ${showValue(rules)}`);
  }
  const checked: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(rules)) checked[id] = checkRuleSetting(source, where, id, setting);
  return checked;
}

function checkExpectApology(source: ConfigSource, where: string, value: unknown): ExpectApology {
  if (value === true || value === false || value === 'auto') return value;
  return fail(source, `${where}"expectApology" must be true, false or "auto", not ${showValue(value)}`);
}

function checkPatterns(source: ConfigSource, where: string, key: string, value: unknown): string | string[] {
  if (typeof value === 'string' || (isStringList(value) && value.length > 0)) return value;
  return fail(source, `${where}"${key}" must be a file pattern or a list of them, e.g. ["macros/**/*.json"], not ${showValue(value)}`);
}

function describeOverride(raw: Record<string, unknown>, index: number): string {
  const files = raw.files;
  if (typeof files === 'string') return `override for "${files}": `;
  if (isStringList(files) && files.length > 0) return `override for "${files.join('", "')}": `;
  return `override #${index + 1}: `;
}

function checkOverride(source: ConfigSource, raw: unknown, index: number): LoadedOverride {
  if (!isPlainObject(raw)) {
    fail(source, `override #${index + 1} must be an object like {"files": ["legal/**"], "rules": {…}}, not ${showValue(raw)}`);
  }
  const where = describeOverride(raw, index);
  for (const key of Object.keys(raw)) {
    if (!OVERRIDE_KEYS.includes(key)) fail(source, `${where}${unknownSetting(key, OVERRIDE_KEYS)}`);
  }
  if (raw.files === undefined) {
    fail(source, `override #${index + 1} has no "files"; say which files it applies to, e.g. "files": ["legal/**"]`);
  }
  const override: LoadedOverride = { files: checkPatterns(source, where, 'files', raw.files) };
  if (raw.excludedFiles !== undefined) override.excludedFiles = checkPatterns(source, where, 'excludedFiles', raw.excludedFiles);
  if (raw.rules !== undefined) override.rules = checkRuleSettings(source, where, raw.rules);
  if (raw.expectApology !== undefined) override.expectApology = checkExpectApology(source, where, raw.expectApology);
  if (raw.format !== undefined) {
    if (typeof raw.format !== 'string' || !FORMAT_NAMES.includes(raw.format)) {
      const hint = typeof raw.format === 'string' ? didYouMean(closestMatch(raw.format, FORMAT_NAMES)) : '';
      fail(source, `${where}"format" must be one of ${FORMAT_NAMES.join(', ')}, not ${showValue(raw.format)}${hint}`);
    }
    override.format = raw.format;
  }
  return override;
}

function checkExtends(source: ConfigSource, value: unknown): string[] {
  const names = typeof value === 'string' ? [value] : value;
  if (!isStringList(names)) {
    fail(source, `"extends" must be a preset name or a list of them, e.g. "apology-lint:recommended", not ${showValue(value)}`);
  }
  for (const name of names) {
    if (PRESET_NAMES.includes(name)) continue;
    // "strict" on its own means "apology-lint:strict".
    const prefixed = `apology-lint:${name}`;
    const hint = didYouMean(PRESET_NAMES.includes(prefixed) ? prefixed : closestMatch(name, PRESET_NAMES));
    fail(source, `unknown preset "${name}"${hint || `; use ${PRESET_NAMES.map((preset) => `"${preset}"`).join(' or ')}`}`);
  }
  return names;
}

/**
 * Checks the whole config except whether rule ids exist (plugins must load first; see
 * `checkRuleIds`). Returns a clean copy: lists where the user may write one string.
 */
export function validateConfig(raw: unknown, source: ConfigSource): UserConfig {
  if (raw === undefined || raw === null) return {};
  if (!isPlainObject(raw)) {
    fail(source, `the config must be a set of named settings such as "rules" and "extends", not ${showValue(raw)}`);
  }
  for (const key of Object.keys(raw)) {
    if (!TOP_LEVEL_KEYS.includes(key)) fail(source, unknownSetting(key, TOP_LEVEL_KEYS));
  }
  const config: UserConfig = {};
  if (raw.extends !== undefined) config.extends = checkExtends(source, raw.extends);
  if (raw.rules !== undefined) config.rules = checkRuleSettings(source, '', raw.rules);
  if (raw.expectApology !== undefined) config.expectApology = checkExpectApology(source, '', raw.expectApology);
  if (raw.overrides !== undefined) {
    if (!Array.isArray(raw.overrides)) {
      fail(source, `"overrides" must be a list like [{"files": ["legal/**"], "rules": {…}}], not ${showValue(raw.overrides)}`);
    }
    config.overrides = raw.overrides.map((override, index) => checkOverride(source, override, index));
  }
  if (raw.ignorePatterns !== undefined) {
    const patterns = raw.ignorePatterns;
    if (typeof patterns !== 'string' && !isStringList(patterns)) {
      fail(source, `"ignorePatterns" must be a file pattern or a list of them, e.g. ["drafts/old/**"], not ${showValue(patterns)}`);
    }
    config.ignorePatterns = typeof patterns === 'string' ? [patterns] : patterns;
  }
  if (raw.plugins !== undefined) {
    if (!isStringList(raw.plugins)) {
      fail(source, `"plugins" must be a list of module names or paths, e.g. ["./rules/acme.js"], not ${showValue(raw.plugins)}`);
    }
    config.plugins = raw.plugins;
  }
  return config;
}

function unknownRuleMessage(id: string, knownIds: readonly string[]): string {
  const hint = didYouMean(closestMatch(id, knownIds));
  if (hint) return `unknown rule "${id}"${hint}`;
  const namespace = id.includes('/') ? id.slice(0, id.indexOf('/') + 1) : undefined;
  if (namespace !== undefined && !knownIds.some((known) => known.startsWith(namespace))) {
    return `unknown rule "${id}"; add the plugin that defines it to "plugins", or run "apology-lint rules" to list them`;
  }
  return `unknown rule "${id}"; run "apology-lint rules" to list them`;
}

/** Every rule id named in `rules` must exist among builtin and plugin rules. */
export function checkRuleIds(
  source: ConfigSource,
  where: string,
  rules: Record<string, RuleSetting> | undefined,
  knownIds: readonly string[],
): void {
  for (const id of Object.keys(rules ?? {})) {
    if (!knownIds.includes(id)) fail(source, `${where}${unknownRuleMessage(id, knownIds)}`);
  }
}

/** Rule ids in `rules` and in every override. */
export function checkConfigRuleIds(source: ConfigSource, config: UserConfig, knownIds: readonly string[]): void {
  checkRuleIds(source, '', config.rules, knownIds);
  (config.overrides ?? []).forEach((override, index) => {
    checkRuleIds(source, describeOverride(override as unknown as Record<string, unknown>, index), override.rules, knownIds);
  });
}
