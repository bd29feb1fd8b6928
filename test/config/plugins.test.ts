/** Plugins: local files and npm packages, JS and TS, and what goes wrong with them. */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { ConfigError, configForFile, loadConfig } from '../../src/config/index.js';
import type { Draft, ReportDescriptor } from '../../src/types.js';
import { makeProject } from '../helpers/tmp.js';
import { BUILTIN_RULES, FIXTURES, PLUGINS, severities } from './fake-rules.js';

const load = (cwd: string) => loadConfig({ cwd, builtinRules: BUILTIN_RULES });

async function loadError(cwd: string): Promise<string> {
  const error = await load(cwd).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return (error as ConfigError).message;
}

/** Findings a rule reports on a text; plugins may only use draft.text. */
function findings(check: (draft: Draft, report: (finding: ReportDescriptor) => void, options: Record<string, unknown>) => void, text: string) {
  const reported: ReportDescriptor[] = [];
  check({ text } as Draft, (finding) => reported.push(finding), {});
  return reported;
}

describe('loading plugins', () => {
  it('loads a local plugin relative to the config file, and the config sets its severity', async () => {
    const loaded = await load(join(FIXTURES, 'plugin'));
    expect(loaded.pluginRules.map((rule) => rule.id)).toEqual(['acme/no-jargon']);
    const effective = configForFile(loaded, join(loaded.baseDir, 'r.txt'), BUILTIN_RULES);
    expect(severities(effective)).toEqual({
      'missing-apology': 'error',
      'non-apology': 'error',
      'blame-shifting': 'error',
      'acme/no-jargon': 'error',
    });
  });

  it('the acme plugin flags support jargon with a plain-words suggestion', async () => {
    const [rule] = (await load(join(FIXTURES, 'plugin'))).pluginRules;
    const text = 'Your ticket has been actioned. I will escalate your ticket and reply per our SLA.';
    expect(findings(rule!.check, text)).toEqual([
      {
        start: text.indexOf('escalate'),
        end: text.indexOf(' and reply'),
        message: '"escalate your ticket" is support jargon; say what you will do, in plain words.',
        suggestions: [{ desc: 'Say it in plain words', text: 'pass your case to [team name] myself' }],
      },
      {
        start: text.indexOf('per our SLA'),
        end: text.length - 1,
        message: '"per our SLA" is support jargon; say what you will do, in plain words.',
        suggestions: [{ desc: 'Say it in plain words', text: 'within [time we promised]' }],
      },
      {
        start: 0,
        end: text.indexOf('.'),
        message: '"Your ticket has been actioned" is support jargon; say what you will do, in plain words.',
        suggestions: [{ desc: 'Say it in plain words', text: 'I have [what I did to fix it]' }],
      },
    ]);
    for (const bad of rule!.examples.bad) expect(findings(rule!.check, bad).length).toBeGreaterThan(0);
    for (const good of rule!.examples.good) expect(findings(rule!.check, good)).toEqual([]);
  });

  it('loads a TypeScript plugin (default export, path without extension) through jiti; plugin rules default to their own severity', async () => {
    const loaded = await load(join(FIXTURES, 'ts-plugin'));
    expect(loaded.pluginRules.map((rule) => rule.id)).toEqual(['acme/no-ticket-numbers', 'acme/no-jargon']);
    const effective = configForFile(loaded, join(loaded.baseDir, 'r.txt'), BUILTIN_RULES);
    expect(severities(effective)).toMatchObject({ 'acme/no-ticket-numbers': 'warn', 'acme/no-jargon': 'warn' });
    expect(findings(loaded.pluginRules[0]!.check, 'See INC-42.')).toEqual([{ start: 4, end: 10, message: 'internal ticket number' }]);
  });

  it('resolves a bare name as an npm package from the config folder (CommonJS and ESM-only)', async () => {
    const rule = (id: string) =>
      `{ id: '${id}', kind: 'presence', severity: 'error', description: 'd', rationale: 'r', examples: { bad: ['b'], good: ['g'] }, check() {} }`;
    const dir = makeProject({
      '.apologylintrc.json': JSON.stringify({ plugins: ['apology-lint-plugin-acme', '@globex/apology-lint-plugin'] }),
      'node_modules/apology-lint-plugin-acme/package.json': '{"name":"apology-lint-plugin-acme","main":"lib/index.js"}',
      'node_modules/apology-lint-plugin-acme/lib/index.js': `module.exports = { rules: [${rule('acme/cjs-rule')}] };`,
      'node_modules/@globex/apology-lint-plugin/package.json':
        '{"name":"@globex/apology-lint-plugin","type":"module","exports":{".":{"import":"./index.js"}}}',
      'node_modules/@globex/apology-lint-plugin/index.js': `export const rules = [${rule('globex/esm-rule')}];`,
    });
    const loaded = await load(dir);
    expect(loaded.pluginRules.map((r) => r.id)).toEqual(['acme/cjs-rule', 'globex/esm-rule']);
  });

  it('loads a plugin listed twice only once', async () => {
    const dir = makeProject({ '.apologylintrc.json': JSON.stringify({ plugins: [join(PLUGINS, 'acme-plugin.js'), join(PLUGINS, 'acme-plugin')] }) });
    expect((await load(dir)).pluginRules.map((rule) => rule.id)).toEqual(['acme/no-jargon']);
  });
});

describe('plugin errors name the plugin and say what is wrong', () => {
  it('a missing local file', async () => {
    expect(await loadError(join(FIXTURES, 'bad-plugin-missing'))).toBe(
      '.apologylintrc.json: plugin "./missing-plugin.js" could not be loaded: Cannot find module "missing-plugin.js"',
    );
  });

  it('a package that is not installed', async () => {
    const dir = makeProject({ '.apologylintrc.yml': 'plugins: [apology-lint-plugin-nope]\n' });
    expect(await loadError(dir)).toBe(
      '.apologylintrc.yml: plugin "apology-lint-plugin-nope" could not be loaded: ' +
        'Cannot find module "apology-lint-plugin-nope"; is it installed? (npm install --save-dev apology-lint-plugin-nope)',
    );
  });

  it('a rule id without a namespace', async () => {
    expect(await loadError(join(FIXTURES, 'bad-plugin-namespace'))).toBe(
      '.apologylintrc.json: plugin "../../plugins/unnamespaced-plugin.js": rule "no-jargon" needs a namespace, e.g. "acme/no-jargon"',
    );
  });

  it('a rule that is not valid', async () => {
    expect(await loadError(join(FIXTURES, 'bad-plugin-invalid'))).toBe(
      '.apologylintrc.json: plugin "../../plugins/invalid-rule-plugin.js": rule "acme/half-done" is not valid: ' +
        '"kind" must be one of presence, absence, order; "examples" must have non-empty "bad" and "good" lists of strings',
    );
  });

  it('two plugins defining the same rule', async () => {
    expect(await loadError(join(FIXTURES, 'bad-plugin-duplicate'))).toBe(
      '.apologylintrc.json: plugin "../../plugins/acme-duplicate-plugin.cjs": rule "acme/no-jargon" is already defined by plugin "../../plugins/acme-plugin.js"',
    );
  });

  it('a plugin that throws while loading, keeping the cause', async () => {
    const error = await load(join(FIXTURES, 'bad-plugin-throws')).catch((reason: unknown) => reason as ConfigError);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(
      '.apologylintrc.json: plugin "../../plugins/throwing-plugin.js" could not be loaded: ACME_API_KEY is not set',
    );
    expect(((error as ConfigError).cause as Error).message).toContain('details on a second line');
  });

  it('a module that exports no rules', async () => {
    const dir = makeProject({ '.apologylintrc.json': '{"plugins":["./empty.js"]}', 'empty.js': 'export const version = 1;\n' });
    expect(await loadError(dir)).toBe(
      '.apologylintrc.json: plugin "./empty.js" exports no rules; export a rule made with defineRule, or { rules: [...] }',
    );
  });
});

describe('TypeScript through jiti', () => {
  it('loads a new .ts config quickly once jiti is warm', async () => {
    // Fresh content each time, so jiti's transform cache cannot answer for it.
    const freshTsConfig = (stamp: number) =>
      makeProject({
        'apology-lint.config.ts': `const stamp: number = ${stamp};\nexport default { rules: { 'non-apology': stamp > 0 ? 'warn' : 'off' } as Record<string, string> };\n`,
      });
    const [first, second] = [freshTsConfig(Date.now()), freshTsConfig(Date.now() + 1)];
    await load(first); // the first transform loads jiti's babel (~150-250 ms, once per process)
    const started = performance.now();
    const loaded = await load(second);
    const elapsed = performance.now() - started;
    expect(severities(configForFile(loaded, join(second, 'a.txt'), BUILTIN_RULES))['non-apology']).toBe('warn');
    console.info(`warm .ts config load: ${elapsed.toFixed(1)} ms`);
    expect(elapsed).toBeLessThan(300);
  });
});
