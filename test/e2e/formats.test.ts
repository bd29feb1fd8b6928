/** Macro formats through the CLI: broken files, files that hold no macros, and overrides[].format. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeProject } from '../helpers/tmp.js';

const zendeskMacro = JSON.stringify({
  macro: {
    id: 1,
    title: 'Shipping::Late parcel',
    actions: [{ field: 'comment_value', value: 'Hi {{ticket.requester.first_name}},\n\nOur courier lost your parcel.\n\nThanks,\nDana' }],
  },
}, null, 2);

describe('malformed macro files', () => {
  it('each is one clear line naming the file, the problem and where; the other files are still linted', () => {
    const run = runCli(['fixtures/malformed', 'fixtures/drafts/late-parcel.txt', '-f', 'json']);
    expect(run.status).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual([
      'apology-lint: fixtures/malformed/broken-indent.yaml: could not read this YAML file: ' + lines[0]!.split('could not read this YAML file: ')[1],
      expect.stringMatching(/^apology-lint: fixtures\/malformed\/broken-trailing-comma\.json: could not read this JSON file: expected a (key in double quotes|value) \(is there a comma too many\?\) \(line \d+, column \d+\)$/),
      expect.stringMatching(/^apology-lint: fixtures\/malformed\/broken-unclosed-string\.json: could not read this JSON file: a string is not closed \(a " is missing\) \(line [3-9]\d*, column \d+\)$/),
      expect.stringMatching(/^apology-lint: fixtures\/malformed\/wrong-shape\.yaml: could not read this YAML file: macro ".+": actions should be a list of \{field, value\} \(line \d+, column \d+\)$/),
    ]);
    expect(lines[0]).toMatch(/\(line \d+, column \d+\)$/);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; fatalErrorCount: number; errorCount: number; skipped?: unknown }>;
    const late = results.find((r) => r.filePath.endsWith('late-parcel.txt'))!;
    expect(late.errorCount).toBeGreaterThan(0);
    // A folder walk skips the settings file that holds no macros, without a word.
    expect(results.some((r) => r.filePath.endsWith('not-macros.json'))).toBe(false);
  });

  it('a JSON file named on its own that holds no macros gets a note, not an error', () => {
    const run = runCli(['fixtures/malformed/not-macros.json']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      'fixtures/malformed/not-macros.json\n' +
        '  ℹ Not a macro library, so it was skipped (apology-lint reads Zendesk macros ({"macros": […]}, {"macro": {…}}, a list of macros, or one macro with title and actions), Intercom saved replies (name and blocks), and a map of title → reply)\n\n' +
        '✔ No problems\n',
    );
  });
});

describe('choosing the format', () => {
  it('overrides[].format reads files the extension does not describe', () => {
    const dir = makeProject({
      'exports/late.txt': zendeskMacro,
      '.apologylintrc.json': JSON.stringify({ overrides: [{ files: ['exports/*.txt'], format: 'zendesk' }] }),
    });
    const run = runCli(['exports', '-f', 'json'], { cwd: dir });
    const [result] = JSON.parse(run.stdout);
    expect(result.drafts.map((d: { name: string }) => d.name)).toEqual(['Shipping::Late parcel']);
    const blame = result.messages.find((m: { ruleId: string }) => m.ruleId === 'blame-shifting');
    // The line of the comment_value string; the column counts the raw characters, \n escapes included.
    const lines = zendeskMacro.split('\n');
    const index = lines.findIndex((line) => line.includes('Our courier'));
    expect(index).toBe(7);
    expect(blame).toMatchObject({ line: index + 1, column: lines[index]!.indexOf('Our courier') + 1, words: 'Our courier lost your parcel' });
  });

  it('a wrong format in config is a config error that names the choices', () => {
    const dir = makeProject({ 'a.txt': 'x', '.apologylintrc.json': JSON.stringify({ overrides: [{ files: ['*.txt'], format: 'zendsk' }] }) });
    const run = runCli(['a.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('"format" must be one of text, markdown, html, json, yaml, zendesk, intercom, title-map, not "zendsk" — did you mean "zendesk"?');
  });

  it('standard input: JSON is recognised by its content, or by --stdin-filename', () => {
    const run = runCli(['--stdin', '-f', 'json'], { input: zendeskMacro });
    expect(JSON.parse(run.stdout)[0].drafts[0].name).toBe('Shipping::Late parcel');
    const yaml = 'title: Refunds::Late\nactions:\n  - field: comment_value\n    value: |\n      Our courier lost your parcel.\n';
    const named = JSON.parse(runCli(['--stdin', '--stdin-filename', 'macro.yaml', '-f', 'json'], { input: yaml }).stdout)[0];
    expect(named.messages.find((m: { ruleId: string }) => m.ruleId === 'blame-shifting')).toMatchObject({ line: 5, column: 7 });
  });
});
