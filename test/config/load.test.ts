/** Finding and reading config files: every supported place and format, and read errors. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, configForFile, loadConfig, type LoadedConfig } from '../../src/config/index.js';
import { makeProject } from '../helpers/tmp.js';
import { BUILTIN_RULES, FIXTURES, severities } from './fake-rules.js';

const load = (scenario: string, extra: { configFile?: string; useConfigFile?: boolean } = {}) =>
  loadConfig({ cwd: join(FIXTURES, scenario), builtinRules: BUILTIN_RULES, ...extra });

const severitiesFor = (loaded: LoadedConfig, file = 'reply.txt') =>
  severities(configForFile(loaded, join(loaded.baseDir, file), BUILTIN_RULES));

/** The ConfigError a promise rejects with. */
async function configError(promise: Promise<unknown>): Promise<ConfigError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe('discovery', () => {
  it('reads .apologylintrc.json and folds the recommended preset under its rules', async () => {
    const loaded = await load('json-rc');
    expect(loaded.filepath).toBe(join(FIXTURES, 'json-rc/.apologylintrc.json'));
    expect(loaded.baseDir).toBe(join(FIXTURES, 'json-rc'));
    expect(loaded.ignorePatterns).toEqual(['drafts/old/**']);
    expect(loaded.pluginRules).toEqual([]);
    expect(loaded.config).toEqual({
      ignorePatterns: ['drafts/old/**'],
      rules: { 'missing-apology': 'error', 'non-apology': ['error', { allowSympathy: false }], 'blame-shifting': 'warn' },
    });
    expect(severitiesFor(loaded)).toEqual({ 'missing-apology': 'error', 'non-apology': 'error', 'blame-shifting': 'warn' });
  });

  it('reads a YAML .apologylintrc with extends, numeric severities and expectApology', async () => {
    const loaded = await load('yaml-rc');
    expect(loaded.filepath).toBe(join(FIXTURES, 'yaml-rc/.apologylintrc'));
    expect(loaded.config.extends).toBeUndefined();
    const effective = configForFile(loaded, join(loaded.baseDir, 'a.txt'), BUILTIN_RULES);
    expect(severities(effective)).toEqual({ 'missing-apology': 'warn', 'non-apology': 'error', 'blame-shifting': 'error' });
    expect(effective.expectApology).toBe(true);
  });

  it('reads the apologyLint key of package.json', async () => {
    const loaded = await load('package-json');
    expect(loaded.filepath).toBe(join(FIXTURES, 'package-json/package.json'));
    expect(severitiesFor(loaded)).toEqual({ 'missing-apology': 'off', 'non-apology': 'error', 'blame-shifting': 'error' });
    expect(configForFile(loaded, join(loaded.baseDir, 'a.txt'), BUILTIN_RULES).expectApology).toBe(false);
  });

  it('loads apology-lint.config.ts through jiti', async () => {
    const loaded = await load('ts-config');
    expect(loaded.filepath).toBe(join(FIXTURES, 'ts-config/apology-lint.config.ts'));
    expect(severitiesFor(loaded)).toEqual({ 'missing-apology': 'error', 'non-apology': 'warn', 'blame-shifting': 'off' });
  });

  it('loads the default export of an .mjs config', async () => {
    const loaded = await load('mjs-config');
    expect(loaded.filepath).toBe(join(FIXTURES, 'mjs-config/.apologylintrc.mjs'));
    expect(loaded.ignorePatterns).toEqual(['archive/**', '*.draft.md']);
    expect(severitiesFor(loaded)).toEqual({ 'missing-apology': 'error', 'non-apology': 'warn', 'blame-shifting': 'error' });
  });

  it('takes the first file in search order (.apologylintrc.yaml before apology-lint.config.mjs)', async () => {
    const loaded = await load('precedence');
    expect(loaded.filepath).toBe(join(FIXTURES, 'precedence/.apologylintrc.yaml'));
    expect(severitiesFor(loaded)['blame-shifting']).toBe('warn');
  });

  it('searches up from a subfolder; overrides stay relative to the config file', async () => {
    const loaded = await load('overrides/macros/legal');
    expect(loaded.filepath).toBe(join(FIXTURES, 'overrides/.apologylintrc.json'));
    expect(loaded.baseDir).toBe(join(FIXTURES, 'overrides'));
  });

  it('treats an empty rc file as "defaults" and stops there', async () => {
    const loaded = await load('empty-rc');
    expect(loaded.filepath).toBe(join(FIXTURES, 'empty-rc/.apologylintrc'));
    expect(severitiesFor(loaded)).toEqual({ 'missing-apology': 'error', 'non-apology': 'error', 'blame-shifting': 'error' });
  });

  it('uses the recommended preset when no config file exists (search stops at package.json)', async () => {
    const loaded = await load('no-config');
    expect(loaded).toMatchObject({ filepath: null, baseDir: join(FIXTURES, 'no-config'), pluginRules: [], ignorePatterns: [] });
    expect(severitiesFor(loaded)).toEqual({ 'missing-apology': 'error', 'non-apology': 'error', 'blame-shifting': 'error' });
  });

  it('finds a config beside a package.json without our key, and never looks past that folder', async () => {
    const root = makeProject({
      '.apologylintrc.json': '{"rules": {"blame-shifting": "off"}}',
      'app/package.json': '{"name": "app"}',
      'app/.apologylintrc.yaml': 'rules:\n  non-apology: warn\n',
      'other/package.json': '{"name": "other"}',
      'other/replies/reply.txt': 'Sorry.',
    });
    const beside = await loadConfig({ cwd: join(root, 'app'), builtinRules: BUILTIN_RULES });
    expect(beside.filepath).toBe(join(root, 'app/.apologylintrc.yaml'));
    // other/ is its own project: the config above it does not apply.
    const past = await loadConfig({ cwd: join(root, 'other/replies'), builtinRules: BUILTIN_RULES });
    expect(past.filepath).toBeNull();
    expect(severitiesFor(past)['blame-shifting']).toBe('error');
  });

  it('--no-config ignores the config file', async () => {
    const loaded = await load('json-rc', { useConfigFile: false });
    expect(loaded.filepath).toBeNull();
    expect(loaded.baseDir).toBe(join(FIXTURES, 'json-rc'));
    expect(loaded.ignorePatterns).toEqual([]);
    expect(severitiesFor(loaded)['blame-shifting']).toBe('error');
  });

  it('-c loads exactly the given file, relative to cwd, whatever its name', async () => {
    const loaded = await load('json-rc', { configFile: '../custom/team-config.yml' });
    expect(loaded.filepath).toBe(join(FIXTURES, 'custom/team-config.yml'));
    expect(loaded.baseDir).toBe(join(FIXTURES, 'custom'));
    expect(severitiesFor(loaded)).toEqual({ 'missing-apology': 'error', 'non-apology': 'off', 'blame-shifting': 'error' });
  });
});

describe('read errors name the file and say what is wrong, in one line', () => {
  it('-c with a missing file', async () => {
    const error = await configError(load('json-rc', { configFile: 'nope.json' }));
    expect(error.message).toBe('nope.json: no such config file');
    expect(error.filepath).toBe(join(FIXTURES, 'json-rc/nope.json'));
  });

  it('-c with an unsupported file type', async () => {
    const error = await configError(load('overrides', { configFile: 'macros/refund.txt' }));
    expect(error.message).toBe('macros/refund.txt: config files must be one of .json, .yaml, .yml, .js, .cjs, .mjs, .ts, .cts, .mts');
  });

  it('a JSON syntax error, keeping the cause', async () => {
    const error = await configError(load('bad-syntax'));
    expect(error.message).toBe(
      '.apologylintrc.json: could not read the config: a closing } is missing (line 2, column 1)',
    );
    expect(error.message).not.toContain('\n');
    expect(error.filepath).toBe(join(FIXTURES, 'bad-syntax/.apologylintrc.json'));
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('a YAML syntax error, with its line and column', async () => {
    const error = await configError(load('bad-yaml'));
    expect(error.message).toBe('.apologylintrc.yml: could not read the config: unexpected end of the stream within a flow collection (3:1)');
  });

  it('a config module that throws while loading', async () => {
    const error = await configError(load('bad-throws'));
    expect(error.message).toBe('.apologylintrc.mjs: could not read the config: APOLOGY_LINT_FIXTURE_TEAM is not set');
    expect((error.cause as Error).message).toContain('set it to your team name');
  });

  it('an unknown rule with a typo', async () => {
    const error = await configError(load('bad-rule-typo'));
    expect(error.message).toBe('.apologylintrc.json: unknown rule "blame-shiftng" — did you mean "blame-shifting"?');
    expect(error.filepath).toBe(join(FIXTURES, 'bad-rule-typo/.apologylintrc.json'));
  });

  it('a bad severity', async () => {
    const error = await configError(load('bad-severity'));
    expect(error.message).toBe('.apologylintrc.json: rule "non-apology" has severity "warning"; use "off", "warn" or "error" — did you mean "warn"?');
  });

  it('an unknown setting', async () => {
    const error = await configError(load('bad-key'));
    expect(error.message).toBe('.apologylintrc.json: unknown setting "rulez" — did you mean "rules"?');
  });

  it('names the file relative to cwd when it was found further up', async () => {
    const dir = makeProject({ '.apologylintrc.json': '{"rulez":{}}', 'macros/refund.txt': 'Sorry.' });
    const fromBelow = await configError(loadConfig({ cwd: join(dir, 'macros'), builtinRules: BUILTIN_RULES }));
    expect(fromBelow.message).toBe('../.apologylintrc.json: unknown setting "rulez" — did you mean "rules"?');
    expect(fromBelow.filepath).toBe(join(dir, '.apologylintrc.json'));
  });
});
