/**
 * Built-in presets, named in `extends`. Each is a function of the builtin rule list, so a
 * preset never names a rule that does not exist yet and new rules need no preset edit.
 */
import type { RuleInfo, RuleSetting, Severity, UserConfig } from '../types.js';

export const RECOMMENDED_PRESET = 'apology-lint:recommended';
export const STRICT_PRESET = 'apology-lint:strict';
export const PRESET_NAMES: readonly string[] = [RECOMMENDED_PRESET, STRICT_PRESET];

/**
 * What `apology-lint:recommended` turns on (README, "Which preset", explains the choice).
 * Rules absent here are off; strict turns every builtin rule on at error.
 */
export const RECOMMENDED: Readonly<Record<string, Severity>> = {
  // Must-haves: a reply with these problems should not be sent. Each is precise on the
  // corpus (precision >= 0.95), so a team adopting it on day one is not buried in noise.
  'non-apology': 'error',
  'blame-shifting': 'error',
  excuses: 'error',
  'missing-apology': 'error',
  'missing-remedy': 'error',
  // Worth a second look: right most of the time, but context can make the words fine
  // (a short tweet, a genuine "we can't", a passive that names no one for a reason).
  'defensive-tone': 'warn',
  'evasive-passive': 'warn',
  'cant-language': 'warn',
  minimizing: 'warn',
  overpromise: 'warn',
  'late-apology': 'warn',
  'missing-empathy': 'warn',
  'missing-timeline': 'warn',
  'missing-follow-up': 'warn',
  // The rest of a complete apology. Good practice, but most canned replies lack them and a
  // short reply may rightly skip them; strict turns them on.
  'missing-prevention': 'off',
  'missing-invitation': 'off',
  'missing-thanks': 'off',
};

/** The severities a preset gives, for builtin rules only. */
export function presetRules(name: string, builtinRules: readonly RuleInfo[]): Record<string, Severity> {
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
export function applyExtends(config: UserConfig, builtinRules: readonly RuleInfo[]): UserConfig {
  const { extends: extended, ...rest } = config;
  const presets = extended === undefined ? [RECOMMENDED_PRESET] : typeof extended === 'string' ? [extended] : extended;
  const rules: Record<string, RuleSetting> = {};
  for (const preset of presets) Object.assign(rules, presetRules(preset, builtinRules));
  Object.assign(rules, config.rules);
  return { ...rest, rules };
}
