/** Validation messages, exactly as a support lead will read them. */
import { describe, expect, it } from 'vitest';
import { ConfigError, normalizeSeverity, PRESET_NAMES } from '../../src/config/index.js';
import { checkConfigRuleIds, validateConfig } from '../../src/config/validate.js';
import { BUILTIN_RULES } from './fake-rules.js';

const SOURCE = { label: '.apologylintrc.json', filepath: '/project/.apologylintrc.json' };
const KNOWN_IDS = [...BUILTIN_RULES.map((rule) => rule.id), 'acme/no-jargon'];

/** The message validating `raw` fails with (shape first, then rule ids). */
function problem(raw: unknown): string {
  try {
    checkConfigRuleIds(SOURCE, validateConfig(raw, SOURCE), KNOWN_IDS);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).filepath).toBe('/project/.apologylintrc.json');
    return (error as Error).message.replace(/^\.apologylintrc\.json: /, '');
  }
  throw new Error('expected a ConfigError');
}

describe('normalizeSeverity', () => {
  it('accepts names and 0/1/2, nothing else', () => {
    expect([0, 1, 2, 'off', 'warn', 'error'].map(normalizeSeverity)).toEqual(['off', 'warn', 'error', 'off', 'warn', 'error']);
    expect([3, -1, 1.5, 'warning', 'Warn', '1', true, null, undefined, ['warn']].map(normalizeSeverity)).toEqual(Array(10).fill(undefined));
  });
});

describe('a valid config', () => {
  it('comes back clean, with single strings kept where the type allows them', () => {
    const raw = {
      extends: 'apology-lint:strict',
      rules: { 'non-apology': 1, 'blame-shifting': ['warn'], 'missing-apology': ['error', { min: 1 }], 'acme/no-jargon': 'off' },
      expectApology: 'auto',
      overrides: [{ files: 'faq/**', excludedFiles: ['*.keep.md'], expectApology: false, format: 'zendesk' }],
      ignorePatterns: 'archive/**',
      plugins: ['./rules/acme.js'],
    };
    const config = validateConfig(raw, SOURCE);
    expect(config).toEqual({ ...raw, extends: ['apology-lint:strict'], ignorePatterns: ['archive/**'] });
    expect(() => checkConfigRuleIds(SOURCE, config, KNOWN_IDS)).not.toThrow();
  });

  it('treats an empty file (undefined or null) as no settings', () => {
    expect(validateConfig(undefined, SOURCE)).toEqual({});
    expect(validateConfig(null, SOURCE)).toEqual({});
  });

  it('exports the preset names', () => {
    expect(PRESET_NAMES).toEqual(['apology-lint:recommended', 'apology-lint:strict']);
  });
});

describe('unknown settings', () => {
  it('suggests the closest setting', () => {
    expect(problem({ rulez: {} })).toBe('unknown setting "rulez" — did you mean "rules"?');
    expect(problem({ expectapology: true })).toBe('unknown setting "expectapology" — did you mean "expectApology"?');
    expect(problem({ ignorePattern: [] })).toBe('unknown setting "ignorePattern" — did you mean "ignorePatterns"?');
  });

  it('lists the settings when nothing is close', () => {
    expect(problem({ colour: 'red' })).toBe(
      'unknown setting "colour"; the settings are "extends", "rules", "expectApology", "overrides", "ignorePatterns", "plugins"',
    );
  });

  it('checks override keys too', () => {
    expect(problem({ overrides: [{ files: ['faq/**'], rule: {} }] })).toBe('override for "faq/**": unknown setting "rule" — did you mean "rules"?');
  });

  it('rejects a config that is not a set of settings', () => {
    expect(problem(['rules'])).toBe('the config must be a set of named settings such as "rules" and "extends", not ["rules"]');
    expect(problem('rules: x')).toBe('the config must be a set of named settings such as "rules" and "extends", not "rules: x"');
  });
});

describe('rules', () => {
  it('names an unknown rule and the closest one', () => {
    expect(problem({ rules: { 'blame-shiftng': 'error' } })).toBe('unknown rule "blame-shiftng" — did you mean "blame-shifting"?');
    expect(problem({ rules: { 'acme/no-jargn': 'error' } })).toBe('unknown rule "acme/no-jargn" — did you mean "acme/no-jargon"?');
  });

  it('points at "apology-lint rules" when nothing is close', () => {
    expect(problem({ rules: { 'be-nice': 'error' } })).toBe('unknown rule "be-nice"; run "apology-lint rules" to list them');
  });

  it('asks for the plugin when a namespaced rule has no plugin', () => {
    expect(problem({ rules: { 'globex/tone': 'warn' } })).toBe(
      'unknown rule "globex/tone"; add the plugin that defines it to "plugins", or run "apology-lint rules" to list them',
    );
  });

  it('checks rule ids in overrides', () => {
    expect(problem({ overrides: [{ files: ['a/**', 'b/**'], rules: { 'non-apolgy': 'off' } }] })).toBe(
      'override for "a/**", "b/**": unknown rule "non-apolgy" — did you mean "non-apology"?',
    );
  });

  it('explains a bad severity, suggesting one when it is close', () => {
    expect(problem({ rules: { 'non-apology': 'warning' } })).toBe(
      'rule "non-apology" has severity "warning"; use "off", "warn" or "error" — did you mean "warn"?',
    );
    expect(problem({ rules: { 'non-apology': 'eror' } })).toBe(
      'rule "non-apology" has severity "eror"; use "off", "warn" or "error" — did you mean "error"?',
    );
    expect(problem({ rules: { 'non-apology': ['errors', {}] } })).toBe(
      'rule "non-apology" has severity "errors"; use "off", "warn" or "error" — did you mean "error"?',
    );
    expect(problem({ rules: { 'non-apology': 3 } })).toBe('rule "non-apology" has severity 3; use "off", "warn" or "error"');
    expect(problem({ rules: { 'non-apology': true } })).toBe('rule "non-apology" has severity true; use "off", "warn" or "error"');
    expect(problem({ overrides: [{ files: 'x/**', rules: { 'non-apology': 'high' } }] })).toBe(
      'override for "x/**": rule "non-apology" has severity "high"; use "off", "warn" or "error"',
    );
  });

  it('explains bad options and bad setting shapes', () => {
    expect(problem({ rules: { 'non-apology': ['warn', 'strict'] } })).toBe(
      'rule "non-apology" has options "strict"; options must be an object, e.g. ["warn", {}]',
    );
    expect(problem({ rules: { 'non-apology': [] } })).toBe('rule "non-apology" must be a severity or [severity, {options}], e.g. ["warn", {}]');
    expect(problem({ rules: ['non-apology'] })).toBe(
      '"rules" must map rule ids to severities, e.g. {"blame-shifting": "error"}, not ["non-apology"]',
    );
  });
});

describe('other settings', () => {
  it('expectApology is true, false or "auto"', () => {
    expect(problem({ expectApology: 'yes' })).toBe('"expectApology" must be true, false or "auto", not "yes"');
    expect(problem({ overrides: [{ files: 'faq/**', expectApology: 0 }] })).toBe(
      'override for "faq/**": "expectApology" must be true, false or "auto", not 0',
    );
  });

  it('extends names a known preset', () => {
    expect(problem({ extends: 'apology-lint:recomended' })).toBe(
      'unknown preset "apology-lint:recomended" — did you mean "apology-lint:recommended"?',
    );
    expect(problem({ extends: ['strict'] })).toBe('unknown preset "strict" — did you mean "apology-lint:strict"?');
    expect(problem({ extends: 'eslint:recommended' })).toBe(
      'unknown preset "eslint:recommended"; use "apology-lint:recommended" or "apology-lint:strict"',
    );
    expect(problem({ extends: 42 })).toBe('"extends" must be a preset name or a list of them, e.g. "apology-lint:recommended", not 42');
  });

  it('overrides is a list of entries with files', () => {
    expect(problem({ overrides: { files: 'x' } })).toBe(
      '"overrides" must be a list like [{"files": ["legal/**"], "rules": {…}}], not {"files":"x"}',
    );
    expect(problem({ overrides: [{ files: 'a/**' }, { rules: {} }] })).toBe(
      'override #2 has no "files"; say which files it applies to, e.g. "files": ["legal/**"]',
    );
    expect(problem({ overrides: ['a/**'] })).toBe('override #1 must be an object like {"files": ["legal/**"], "rules": {…}}, not "a/**"');
    expect(problem({ overrides: [{ files: [] }] })).toBe(
      'override #1: "files" must be a file pattern or a list of them, e.g. ["macros/**/*.json"], not []',
    );
    expect(problem({ overrides: [{ files: 'a/**', excludedFiles: [1] }] })).toBe(
      'override for "a/**": "excludedFiles" must be a file pattern or a list of them, e.g. ["macros/**/*.json"], not [1]',
    );
    expect(problem({ overrides: [{ files: 'a/**', format: 1 }] })).toBe(
      'override for "a/**": "format" must be one of text, markdown, html, json, yaml, zendesk, intercom, title-map, not 1',
    );
    expect(problem({ overrides: [{ files: 'a/**', format: 'zendsk' }] })).toBe(
      'override for "a/**": "format" must be one of text, markdown, html, json, yaml, zendesk, intercom, title-map, not "zendsk" — did you mean "zendesk"?',
    );
  });

  it('plugins is a list of strings; ignorePatterns a string or a list of them', () => {
    expect(problem({ plugins: './acme.js' })).toBe(
      '"plugins" must be a list of module names or paths, e.g. ["./rules/acme.js"], not "./acme.js"',
    );
    expect(problem({ plugins: [{ name: 'acme' }] })).toBe(
      '"plugins" must be a list of module names or paths, e.g. ["./rules/acme.js"], not [{"name":"acme"}]',
    );
    expect(problem({ ignorePatterns: { 'old/**': true } })).toBe(
      '"ignorePatterns" must be a file pattern or a list of them, e.g. ["drafts/old/**"], not {"old/**":true}',
    );
  });

  it('shortens long values in messages', () => {
    expect(problem({ expectApology: 'a'.repeat(60) })).toBe(`"expectApology" must be true, false or "auto", not "${'a'.repeat(36)}...`);
  });
});
