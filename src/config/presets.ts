/**
 * Built-in presets, named in `extends`. Each is a function of the builtin rule list, so a
 * preset never names a rule that does not exist yet and new rules need no preset edit.
 */
import type { Rule, RuleSetting, Severity, UserConfig } from '../types.js';

export const RECOMMENDED_PRESET = 'apology-lint:recommended';
export const STRICT_PRESET = 'apology-lint:strict';
export const PRESET_NAMES: readonly string[] = [RECOMMENDED_PRESET, STRICT_PRESET];

/**
 * What `apology-lint:recommended` turns on. Ids that are not builtin rules yet are skipped,
 * so the table can list the whole playbook ahead of the rules. Rules absent here are off.
 */
export const RECOMMENDED: Readonly<Record<string, Severity>> = {
  // Phrases that hurt the customer: never ship them.
  'non-apology': 'error',
  'blame-shifting': 'error',
  excuses: 'error',
  'evasive-passive': 'error',
  'cant-language': 'error',
  // Worth a second look, but context often makes them fine.
  'defensive-tone': 'warn',
  minimizing: 'warn',
  overpromise: 'warn',
  // The two things every apology needs.
  'missing-apology': 'error',
  'missing-remedy': 'error',
  // Good practice that a short reply may rightly skip.
  'missing-follow-up': 'warn',
  'missing-empathy': 'warn',
  'missing-timeline': 'warn',
  'late-apology': 'warn',
  // Nice to have; strict turns them on.
  'missing-prevention': 'off',
  'missing-invitation': 'off',
  'missing-thanks': 'off',
};

/** The severities a preset gives, for builtin rules only. */
export function presetRules(name: string, builtinRules: readonly Rule[]): Record<string, Severity> {
  const rules: Record<string, Severity> = {};
  for (const rule of builtinRules) {
    if (name === STRICT_PRESET) rules[rule.id] = 'error';
    else if (name === RECOMMENDED_PRESET) rules[rule.id] = RECOMMENDED[rule.id] ?? 'off';
  }
  return rules;
}

/**
 * Folds `extends` into `rules`: presets in order, then the config's own rules. No
 * `extends` means the recommended preset; `extends: []` means no preset at all.
 */
export function applyExtends(config: UserConfig, builtinRules: readonly Rule[]): UserConfig {
  const { extends: extended, ...rest } = config;
  const presets = extended === undefined ? [RECOMMENDED_PRESET] : typeof extended === 'string' ? [extended] : extended;
  const rules: Record<string, RuleSetting> = {};
  for (const preset of presets) Object.assign(rules, presetRules(preset, builtinRules));
  Object.assign(rules, config.rules);
  return { ...rest, rules };
}
