/** Config discovery, errors and plugins, through the built binary. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { makeProject } from '../helpers/tmp.js';

const BLAME = 'Our courier lost your parcel.';
const ruleIds = (stdout: string) => JSON.parse(stdout).flatMap((r: { messages: Array<{ ruleId: string }> }) => r.messages.map((m) => m.ruleId));

describe('config discovery', () => {
  it('finds .apologylintrc.json in the project and applies it', () => {
    const dir = makeProject({ '.apologylintrc.json': '{"rules":{"blame-shifting":"off"}}', 'r.txt': BLAME });
    expect(ruleIds(runCli(['r.txt', '-f', 'json'], { cwd: dir }).stdout)).not.toContain('blame-shifting');
  });

  it('finds a YAML .apologylintrc and package.json#apologyLint', () => {
    const yaml = makeProject({ '.apologylintrc': 'rules:\n  blame-shifting: warn\n', 'r.txt': BLAME });
    const run = runCli(['r.txt', '-f', 'json'], { cwd: yaml });
    expect(JSON.parse(run.stdout)[0].messages.find((m: { ruleId: string }) => m.ruleId === 'blame-shifting').severity).toBe(1);

    const pkg = makeProject({ 'r.txt': BLAME });
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'x', apologyLint: { rules: { 'blame-shifting': 'off' } } }));
    expect(ruleIds(runCli(['r.txt', '-f', 'json'], { cwd: pkg }).stdout)).not.toContain('blame-shifting');
  });

  it('loads a TypeScript config file', () => {
    const dir = makeProject({
      'apology-lint.config.ts': "const config: { rules: Record<string, string> } = { rules: { 'blame-shifting': 'off' } };\nexport default config;\n",
      'r.txt': BLAME,
    });
    const run = runCli(['r.txt', '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(ruleIds(run.stdout)).not.toContain('blame-shifting');
  });

  it('--no-config ignores the config file; -c uses another', () => {
    const dir = makeProject({
      '.apologylintrc.json': '{"rules":{"blame-shifting":"off"}}',
      'strict.json': '{"extends":"apology-lint:strict"}',
      'r.txt': BLAME,
    });
    expect(ruleIds(runCli(['r.txt', '-f', 'json', '--no-config'], { cwd: dir }).stdout)).toContain('blame-shifting');
    expect(ruleIds(runCli(['r.txt', '-f', 'json', '-c', 'strict.json'], { cwd: dir }).stdout)).toContain('blame-shifting');
  });

  it('applies overrides by file pattern, including expectApology', () => {
    const dir = makeProject({
      '.apologylintrc.json': JSON.stringify({
        overrides: [
          { files: ['legal/**'], rules: { 'blame-shifting': 'off' } },
          { files: ['*.howto.txt'], expectApology: false },
        ],
      }),
      'legal/r.txt': BLAME,
      'other/r.txt': BLAME,
      'faq/lost.howto.txt': 'Your parcel was lost in transit.',
    });
    const run = JSON.parse(runCli(['.', '-f', 'json'], { cwd: dir }).stdout);
    const byFile = Object.fromEntries(run.map((r: { filePath: string; messages: Array<{ ruleId: string }> }) => [r.filePath.slice(dir.length + 1), r.messages.map((m) => m.ruleId)]));
    expect(byFile['legal/r.txt']).not.toContain('blame-shifting');
    expect(byFile['other/r.txt']).toContain('blame-shifting');
    expect(byFile['faq/lost.howto.txt']).not.toContain('missing-apology');
  });

  it('--print-config shows what applies to a file', () => {
    const dir = makeProject({ '.apologylintrc.json': '{"rules":{"blame-shifting":["warn",{}]}}' });
    const run = runCli(['--print-config', 'r.txt'], { cwd: dir });
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed.configFile).toBe(join(dir, '.apologylintrc.json'));
    expect(printed.rules['blame-shifting']).toEqual({ severity: 'warn', options: {} });
    expect(printed.expectApology).toBe('auto');
  });

  it('--rule on the command line wins over the config', () => {
    const dir = makeProject({ '.apologylintrc.json': '{"rules":{"blame-shifting":"off"}}', 'r.txt': BLAME });
    expect(ruleIds(runCli(['r.txt', '-f', 'json', '--rule', 'blame-shifting:error'], { cwd: dir }).stdout)).toContain('blame-shifting');
  });
});

describe('config errors', () => {
  it('names the file and suggests the rule id for a typo, exit 2, no stack', () => {
    const dir = makeProject({ '.apologylintrc.json': '{"rules":{"blame-shiftng":"error"}}', 'r.txt': BLAME });
    const run = runCli(['r.txt'], { cwd: dir });
    expect(run.stderr).toBe('apology-lint: .apologylintrc.json: unknown rule "blame-shiftng" — did you mean "blame-shifting"?\n');
    expect(run.stdout).toBe('');
    expect(run.status).toBe(2);
  });

  it('explains a bad severity and an unknown key', () => {
    const severity = makeProject({ '.apologylintrc.json': '{"rules":{"non-apology":"warning"}}' });
    expect(runCli(['-'], { cwd: severity, input: 'x' }).stderr).toMatch(/^apology-lint: \.apologylintrc\.json: rule "non-apology" has severity "warning"; use "off", "warn" or "error"/);
    const key = makeProject({ '.apologylintrc.json': '{"rulez":{}}' });
    expect(runCli(['-'], { cwd: key, input: 'x' }).stderr).toBe('apology-lint: .apologylintrc.json: unknown setting "rulez" — did you mean "rules"?\n');
  });

  it('reports a config with a syntax error in one line, with the stack only under --debug', () => {
    const dir = makeProject({ '.apologylintrc.json': '{"rules": {', 'r.txt': BLAME });
    const run = runCli(['r.txt'], { cwd: dir });
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^apology-lint: \.apologylintrc\.json: could not read the config: /);
    expect(run.status).toBe(2);
    const debug = runCli(['r.txt', '--debug'], { cwd: dir });
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});

describe('plugins', () => {
  it('loads a plugin rule from a relative path and runs it, namespaced', () => {
    const dir = makeProject({
      '.apologylintrc.json': JSON.stringify({ plugins: ['./lint/acme-plugin.mjs'] }),
      'lint/acme-plugin.mjs': readFileSync(join(ROOT, 'fixtures/plugins/acme-plugin.js'), 'utf8'),
      'r.txt': "I'm sorry we lost it. Your ticket has been actioned and I will escalate your ticket.",
    });
    const run = runCli(['r.txt', '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    const messages = JSON.parse(run.stdout)[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'acme/no-jargon');
    expect(messages.map((m: { words: string; severity: number }) => [m.words, m.severity])).toEqual([
      ['Your ticket has been actioned', 1],
      ['escalate your ticket', 1],
    ]);
    expect(runCli(['rules'], { cwd: dir }).stdout).toMatch(/^acme\/no-jargon +presence/m);
  });
});
