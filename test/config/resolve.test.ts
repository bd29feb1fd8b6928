/** configForFile: presets → rules → matching overrides in order → command line. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, configForFile, loadConfig, type LoadedConfig } from '../../src/config/index.js';
import { applyExtends, presetRules, RECOMMENDED } from '../../src/config/presets.js';
import type { UserConfig } from '../../src/types.js';
import { BUILTIN_RULES, FIXTURES, severities } from './fake-rules.js';

const BASE = '/project';

/** A loaded config as loadConfig would return it, without a file. */
function loaded(config: UserConfig): LoadedConfig {
  return { filepath: null, baseDir: BASE, config: applyExtends(config, BUILTIN_RULES), pluginRules: [], ignorePatterns: [] };
}

const forFile = (config: LoadedConfig, file: string, cli?: Parameters<typeof configForFile>[3]) =>
  configForFile(config, join(BASE, file), BUILTIN_RULES, cli);

describe('presets', () => {
  it('recommended: errors for the three rules that exist today; unknown ids in the table are skipped', () => {
    expect(presetRules('apology-lint:recommended', BUILTIN_RULES)).toEqual({
      'missing-apology': 'error',
      'non-apology': 'error',
      'blame-shifting': 'error',
    });
    expect(Object.keys(RECOMMENDED)).toHaveLength(17);
  });

  it('recommended leaves builtin rules missing from its table off; strict turns every one on', () => {
    const extra = [...BUILTIN_RULES, { ...BUILTIN_RULES[0]!, id: 'missing-thanks' }, { ...BUILTIN_RULES[0]!, id: 'brand-new-rule' }];
    expect(presetRules('apology-lint:recommended', extra)).toMatchObject({ 'missing-thanks': 'off', 'brand-new-rule': 'off' });
    expect(Object.values(presetRules('apology-lint:strict', extra))).toEqual(Array(5).fill('error'));
  });

  it('no extends means recommended; extends: [] means no preset; presets apply in order', () => {
    expect(severities(forFile(loaded({}), 'a.txt'))).toEqual({ 'missing-apology': 'error', 'non-apology': 'error', 'blame-shifting': 'error' });
    expect(severities(forFile(loaded({ extends: [] }), 'a.txt'))).toEqual({ 'missing-apology': 'off', 'non-apology': 'off', 'blame-shifting': 'off' });
    const both = loaded({ extends: ['apology-lint:strict', 'apology-lint:recommended'], rules: { 'non-apology': 'warn' } });
    expect(both.config).toEqual({ rules: { 'missing-apology': 'error', 'non-apology': 'warn', 'blame-shifting': 'error' } });
  });
});

describe('rule settings', () => {
  it('lists every known rule with options merged over defaultOptions', () => {
    const config = forFile(loaded({ extends: [], rules: { 'non-apology': ['warn', { maxHedges: 2 }] } }), 'a.txt');
    expect(config).toEqual({
      rules: {
        'missing-apology': { severity: 'off', options: {} },
        'non-apology': { severity: 'warn', options: { allowSympathy: true, maxHedges: 2 } },
        'blame-shifting': { severity: 'off', options: {} },
      },
      expectApology: 'auto',
    });
  });

  it('a bare severity later keeps the options set earlier', () => {
    const config = loaded({
      rules: { 'non-apology': ['warn', { maxHedges: 2 }] },
      overrides: [{ files: 'legal/**', rules: { 'non-apology': 2 } }],
    });
    expect(forFile(config, 'legal/terms.txt').rules['non-apology']).toEqual({ severity: 'error', options: { allowSympathy: true, maxHedges: 2 } });
  });
});

describe('overrides', () => {
  const config = loaded({
    rules: { 'blame-shifting': 'warn' },
    expectApology: true,
    overrides: [
      { files: ['macros/**'], rules: { 'blame-shifting': 'error', 'non-apology': 'off' } },
      { files: 'macros/legal/', excludedFiles: '*.keep.txt', rules: { 'blame-shifting': 'off' } },
      { files: ['*.howto.txt', '.faq/**'], expectApology: false },
    ],
  });

  it('applies matching overrides in order, later winning', () => {
    expect(severities(forFile(config, 'other/r.txt'))).toMatchObject({ 'blame-shifting': 'warn', 'non-apology': 'error' });
    expect(severities(forFile(config, 'macros/refund.txt'))).toMatchObject({ 'blame-shifting': 'error', 'non-apology': 'off' });
    expect(severities(forFile(config, 'macros/legal/terms.txt'))).toMatchObject({ 'blame-shifting': 'off', 'non-apology': 'off' });
  });

  it('matches from baseDir: "macros/**" is not "x/macros/**"', () => {
    expect(severities(forFile(config, 'x/macros/refund.txt'))['blame-shifting']).toBe('warn');
  });

  it('excludedFiles takes files back out; a pattern without a slash matches the basename anywhere', () => {
    expect(severities(forFile(config, 'macros/legal/old/terms.keep.txt'))['blame-shifting']).toBe('error');
  });

  it('sets expectApology per file, dot folders included', () => {
    expect(forFile(config, 'deep/down/reset.howto.txt').expectApology).toBe(false);
    expect(forFile(config, '.faq/reset.txt').expectApology).toBe(false);
    expect(forFile(config, 'reset.txt').expectApology).toBe(true);
  });

  it('never matches a file outside baseDir', () => {
    expect(configForFile(config, '/elsewhere/a.howto.txt', BUILTIN_RULES).expectApology).toBe(true);
  });

  it('takes relative paths as relative to baseDir', () => {
    expect(configForFile(config, 'macros/refund.txt', BUILTIN_RULES).rules['non-apology']?.severity).toBe('off');
  });

  it('works end to end from the fixture, found from a subfolder', async () => {
    const fromFile = await loadConfig({ cwd: join(FIXTURES, 'overrides/macros'), builtinRules: BUILTIN_RULES });
    const at = (file: string) => configForFile(fromFile, join(FIXTURES, 'overrides', file), BUILTIN_RULES);
    expect(severities(at('macros/refund.txt'))).toEqual({ 'missing-apology': 'error', 'non-apology': 'off', 'blame-shifting': 'error' });
    expect(severities(at('macros/legal/terms.txt'))['blame-shifting']).toBe('off');
    expect(at('faq/reset.txt').expectApology).toBe(false);
    expect((fromFile.config.overrides?.[1] as { format?: string }).format).toBe('text');
  });
});

describe('command line', () => {
  const config = loaded({ rules: { 'blame-shifting': 'off' }, expectApology: false, overrides: [{ files: '**', rules: { 'non-apology': 'warn' } }] });

  it('wins over config and overrides', () => {
    const effective = forFile(config, 'a.txt', { rules: { 'blame-shifting': 'error', 'non-apology': 1 }, expectApology: 'auto' });
    expect(severities(effective)).toEqual({ 'missing-apology': 'error', 'non-apology': 'warn', 'blame-shifting': 'error' });
    expect(effective.expectApology).toBe('auto');
  });

  it('reports an unknown rule or a bad severity as a ConfigError naming --rule', () => {
    expect(() => forFile(config, 'a.txt', { rules: { 'blame-shiftng': 'error' } })).toThrow(
      new ConfigError('--rule: unknown rule "blame-shiftng" — did you mean "blame-shifting"?'),
    );
    expect(() => forFile(config, 'a.txt', { rules: { 'non-apology': 'loud' as 'warn' } })).toThrow(
      '--rule: rule "non-apology" has severity "loud"; use "off", "warn" or "error"',
    );
  });
});
