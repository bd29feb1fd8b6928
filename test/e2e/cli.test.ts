/** The built binary, run as a user runs it: exit codes, stdin, formats, files. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, ROOT } from '../helpers/cli.js';
import { makeProject } from '../helpers/tmp.js';

const fixture = (name: string) => `fixtures/drafts/${name}`;
const ruleIds = (stdout: string) => JSON.parse(stdout).flatMap((r: { messages: Array<{ ruleId: string }> }) => r.messages.map((m) => m.ruleId));

describe('apology-lint <file>', () => {
  it('exits 1 with findings and rewrites for a reply that blames the courier', () => {
    const run = runCli([fixture('late-parcel.txt')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('fixtures/drafts/late-parcel.txt');
    expect(run.stdout).toMatch(/3:49 +error +Blames the courier; the customer wants to hear what you will do\. +blame-shifting/);
    expect(run.stdout).toContain("“Our courier lost your parcel somewhere between the depot and your door”");
    expect(run.stdout).toContain("→ We lost your parcel somewhere between the depot and your door");
    expect(run.stdout).toMatch(/non-apology/);
    expect(run.stdout).toMatch(/✖ \d+ problems \(\d+ errors?, \d+ warnings?\)/);
    expect(run.stderr).toBe('');
  });

  it('exits 0 for a complete, owned apology', () => {
    const run = runCli([fixture('good-apology.txt')]);
    expect(run.stdout).toContain('✔ No problems in 1 reply');
    expect(run.status).toBe(0);
  });

  it('does not ask a how-to reply for an apology', () => {
    const run = runCli([fixture('how-to.txt'), '--format', 'json']);
    expect(run.status).toBe(0);
    const [result] = JSON.parse(run.stdout);
    expect(result.messages).toEqual([]);
    expect(result.drafts).toEqual([{ name: 'how-to.txt', line: 1, expectApology: false, completeness: null }]);
  });

  it('never flags quoted customer text', () => {
    const run = runCli([fixture('quoted-thread.txt'), '--format', 'json']);
    const [result] = JSON.parse(run.stdout);
    expect(result.messages.filter((m: { line: number }) => m.line >= 9)).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('lints around template placeholders and points into the original file', () => {
    const run = runCli([fixture('templated.txt'), '--format', 'json']);
    const [result] = JSON.parse(run.stdout);
    const text = readFileSync(join(ROOT, fixture('templated.txt')), 'utf8');
    const lines = text.split('\n');
    for (const message of result.messages) {
      if (!message.words) continue;
      const line = lines[message.line - 1]!;
      expect(line.slice(message.column - 1, message.column - 1 + message.words.length)).toBe(message.words);
    }
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(expect.arrayContaining(['blame-shifting', 'non-apology']));
    expect(result.messages.some((m: { words?: string }) => m.words?.includes('{{'))).toBe(false);
  });

  it('skips Markdown front matter and code', () => {
    const run = runCli([fixture('reply.md'), '--format', 'json']);
    const [result] = JSON.parse(run.stdout);
    // Findings that flag words; absence findings are insertion points, not words.
    const flagged = result.messages.filter((m: { words: string }) => m.words !== '');
    expect(flagged.map((m: { line: number; words: string }) => [m.line, m.words])).toEqual([
      [7, 'Sorry for the inconvenience'],
      [7, 'As stated in our terms'],
    ]);
    const lines = result.messages.map((m: { line: number }) => m.line);
    for (const skipped of [2, 11]) expect(lines).not.toContain(skipped);
    // A sentence to add goes under the heading, at the start of the body, not into "# About your invoice".
    const missing = result.messages.find((m: { ruleId: string }) => m.ruleId === 'missing-apology');
    expect(missing).toMatchObject({ line: 7, column: 1 });
  });
});

describe('input and output', () => {
  it('reads standard input with "-" and names it with --stdin-filename', () => {
    const input = 'Our courier lost your parcel. Sorry for the inconvenience.';
    const anonymous = runCli(['-', '--format', 'json'], { input });
    expect(JSON.parse(anonymous.stdout)[0].filePath).toBe('<stdin>');
    expect(anonymous.status).toBe(1);
    const named = runCli(['--stdin-filename', 'reply.txt', '--format', 'json'], { input });
    expect(JSON.parse(named.stdout)[0].filePath).toBe(join(ROOT, 'reply.txt'));
    expect(ruleIds(named.stdout)).toEqual(expect.arrayContaining(['blame-shifting', 'non-apology']));
  });

  it('gives exact 1-based ranges and suggestion offsets in json', () => {
    const input = 'Hi Sam,\n\nThe warehouse sent the wrong item.\n';
    const run = runCli(['-', '--format', 'json', '--rule', 'missing-apology:off'], { input });
    const [message] = JSON.parse(run.stdout)[0].messages;
    expect(message).toMatchObject({ ruleId: 'blame-shifting', severity: 2, line: 3, column: 1 });
    const [start, end] = message.suggestions[0].fix.range;
    expect(input.slice(start, end)).toBe(message.words);
    expect(message.endLine).toBe(3);
    expect(message.endColumn).toBe(1 + message.words.length);
  });

  it('--output-file writes the report and leaves stdout empty', () => {
    const dir = makeProject({});
    const target = join(dir, 'out', 'report.json');
    const run = runCli([fixture('late-parcel.txt'), '-f', 'json', '-o', target]);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(1);
    expect(JSON.parse(readFileSync(target, 'utf8'))[0].errorCount).toBeGreaterThan(0);
  });

  it('writes a large report to a pipe without truncating it', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 150; i++) files[`replies/r${i}.txt`] = 'Our courier lost your parcel. Sorry for the inconvenience.\n'.repeat(8);
    const dir = makeProject(files);
    const run = runCli(['replies', '-f', 'json'], { cwd: dir });
    expect(run.stdout.length).toBeGreaterThan(200_000);
    expect(JSON.parse(run.stdout)).toHaveLength(150);
  });

  it('colours only when asked or on a terminal', () => {
    const piped = runCli([fixture('late-parcel.txt')]);
    expect(piped.stdout).not.toMatch(/\u001b\[/);
    expect(runCli([fixture('late-parcel.txt'), '--color']).stdout).toMatch(/\u001b\[/);
    expect(runCli([fixture('late-parcel.txt')], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
    expect(runCli([fixture('late-parcel.txt'), '--color'], { env: { NO_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
    expect(runCli([fixture('late-parcel.txt')], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });
});

describe('exit codes and errors', () => {
  it('reports a missing path in one line, still lints the rest, and exits 2', () => {
    const run = runCli(['nope.txt', fixture('late-parcel.txt')]);
    expect(run.stderr).toBe('apology-lint: nope.txt: no such file or directory\n');
    expect(run.stdout).toContain('late-parcel.txt');
    expect(run.status).toBe(2);
  });

  it('--quiet hides warnings and --max-warnings fails on too many', () => {
    const input = 'Our courier lost your parcel.';
    const only = ['--no-expect-apology', '--rule', 'evasive-passive:off'];
    expect(runCli(['-', ...only, '--rule', 'blame-shifting:warn'], { input }).status).toBe(0);
    const strict = runCli(['-', ...only, '--rule', 'blame-shifting:warn', '--max-warnings', '0'], { input });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toBe('apology-lint: 1 warnings, more than --max-warnings 0 allows\n');
    const quiet = runCli(['-', ...only, '--rule', 'blame-shifting:warn', '--quiet'], { input });
    expect(quiet.stdout).not.toContain('blame-shifting');
  });

  it('rejects a malformed --rule in one line', () => {
    const run = runCli(['-', '--rule', 'blame-shifting'], { input: 'x' });
    expect(run.stderr).toBe('apology-lint: --rule "blame-shifting": write it as id:severity, e.g. --rule blame-shifting:warn\n');
    expect(run.status).toBe(2);
  });

  it("takes ESLint's JSON form of --rule too, options included, and says plainly when it is not JSON", () => {
    const input = 'Mistakes were made. Our courier lost your parcel.';
    const rules = (args: string[]) =>
      [...new Set((JSON.parse(runCli(['-', '-f', 'json', '--no-expect-apology', ...args], { input }).stdout) as Array<{ messages: Array<{ ruleId: string; severity: number }> }>)[0]!.messages.map((m) => `${m.ruleId}:${m.severity}`))];
    expect(rules([])).toEqual(['evasive-passive:1', 'blame-shifting:2']);
    expect(rules(['--rule', '{"blame-shifting": "off", "evasive-passive": ["error", {}]}'])).toEqual(['evasive-passive:2']);
    // Repeatable, and mixable with the id:severity form.
    expect(rules(['--rule', '{"blame-shifting": "warn"}', '--rule', 'evasive-passive:off'])).toEqual(['blame-shifting:1']);

    const notJson = runCli(['-', '--rule', '{"blame-shifting": off}'], { input });
    expect(notJson.stderr).toBe(`apology-lint: --rule '{"blame-shifting": off}': not valid JSON; write it as id:severity, or as JSON like '{"blame-shifting": "warn"}'\n`);
    expect(notJson.status).toBe(2);
    // Checked as a config's settings are: an unknown rule or severity is named.
    expect(runCli(['-', '--rule', '{"nope": "warn"}'], { input }).stderr).toBe('apology-lint: --rule: unknown rule "nope"; run "apology-lint rules" to list them\n');
    expect(runCli(['-', '--rule', '{"blame-shifting": 3}'], { input }).stderr).toBe('apology-lint: --rule: rule "blame-shifting" has severity 3; use "off", "warn" or "error"\n');
  });

  it('rejects an unknown option with a suggestion and exit 2', () => {
    const run = runCli(['--formt', 'json']);
    expect(run.stderr).toContain("unknown option '--formt'");
    expect(run.stderr).toContain('--format');
    expect(run.status).toBe(2);
  });

  it('--version and --help succeed', () => {
    const version = runCli(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    expect(version.status).toBe(0);
    const help = runCli(['--help']);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('--stdin-filename');
    expect(help.status).toBe(0);
  });
});

describe('ignoring files', () => {
  const dir = makeProject({
    'replies/a.txt': 'Our courier lost your parcel.',
    'replies/archive/old.txt': 'Our courier lost your parcel.',
    'replies/legal.md': 'Our courier lost your parcel.',
    'replies/notes.csv': 'Our courier lost your parcel.',
    'node_modules/pkg/readme.txt': 'Our courier lost your parcel.',
    '.apologylintignore': 'archive/\n',
  });
  const files = (stdout: string) => JSON.parse(stdout).map((r: { filePath: string }) => r.filePath.slice(dir.length + 1)).sort();

  it('recurses into folders for supported files, honouring .apologylintignore and never node_modules', () => {
    const run = runCli(['.', '-f', 'json'], { cwd: dir });
    expect(files(run.stdout)).toEqual(['replies/a.txt', 'replies/legal.md']);
  });

  it('--ignore-pattern and --no-ignore', () => {
    expect(files(runCli(['.', '-f', 'json', '--ignore-pattern', '*.md'], { cwd: dir }).stdout)).toEqual(['replies/a.txt']);
    expect(files(runCli(['replies', '-f', 'json', '--no-ignore'], { cwd: dir }).stdout)).toEqual(['replies/a.txt', 'replies/archive/old.txt', 'replies/legal.md']);
  });

  it('expands globs', () => {
    expect(files(runCli(['replies/**/*.txt', '-f', 'json'], { cwd: dir }).stdout)).toEqual(['replies/a.txt']);
  });

  it('--ignore-path reads another ignore file', () => {
    const other = makeProject({ 'a.txt': 'x', 'b.txt': 'x', 'lint.ignore': 'b.txt\n' });
    expect(JSON.parse(runCli(['.', '-f', 'json', '--ignore-path', 'lint.ignore'], { cwd: other }).stdout)).toHaveLength(1);
  });
});

describe('rules and explain', () => {
  it('lists every rule with kind, default severity and description', () => {
    const run = runCli(['rules']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^RULE +KIND +DEFAULT +DESCRIPTION$/m);
    expect(run.stdout).toMatch(/^blame-shifting +presence +error +\S/m);
    expect(run.stdout).toMatch(/^missing-apology +absence +error +\S/m);
    expect(run.stdout).toMatch(/^non-apology +presence +error +\S/m);
  });

  it('explains a rule with its examples', () => {
    const run = runCli(['explain', 'blame-shifting']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Why');
    expect(run.stdout).toMatch(/✗ .+\n/);
    expect(run.stdout).toMatch(/✓ .+\n/);
  });

  it('suggests the nearest id for a typo', () => {
    const run = runCli(['explain', 'blame-shiftng']);
    expect(run.stderr).toBe('apology-lint: unknown rule "blame-shiftng" — did you mean "blame-shifting"?\n');
    expect(run.status).toBe(2);
  });
});

describe('expectApology from the command line', () => {
  it('--expect-apology asks even a how-to reply for an apology', () => {
    const run = runCli([fixture('how-to.txt'), '--expect-apology', '-f', 'json']);
    expect(ruleIds(run.stdout)).toContain('missing-apology');
    expect(ruleIds(run.stdout).every((id: string) => id.startsWith('missing-'))).toBe(true);
    expect(run.status).toBe(1);
  });

  it('--no-expect-apology never reports a missing apology', () => {
    const input = 'Your parcel was lost in transit.';
    expect(ruleIds(runCli(['-', '-f', 'json'], { input }).stdout)).toContain('missing-apology');
    expect(ruleIds(runCli(['-', '-f', 'json', '--no-expect-apology'], { input }).stdout)).not.toContain('missing-apology');
  });
});

describe('inline directives', () => {
  it('switches rules off where the reply says so', () => {
    const input = [
      "I'm sorry we lost your parcel.",
      '<!-- apology-lint-disable-next-line blame-shifting -->',
      'Our courier lost your parcel.',
      'Our courier lost it again.',
    ].join('\n');
    const run = runCli(['-', '-f', 'json'], { input });
    const [result] = JSON.parse(run.stdout);
    const blame = result.messages.filter((m: { ruleId: string }) => m.ruleId === 'blame-shifting');
    expect(blame.map((m: { ruleId: string; line: number }) => [m.ruleId, m.line])).toEqual([['blame-shifting', 4]]);
    expect(result.suppressedMessages).toHaveLength(1);
  });
});

describe('build', () => {
  it('ships a bundled CLI and type declarations', () => {
    expect(existsSync(join(ROOT, 'dist/cli.js'))).toBe(true);
    expect(existsSync(join(ROOT, 'dist/api.d.ts'))).toBe(true);
  });
});
