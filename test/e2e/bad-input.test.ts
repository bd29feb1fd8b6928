/**
 * Bad input, through the built binary. Every problem with a file is one plain line on stderr,
 * `apology-lint: <path>: <problem>`, with no stack trace; the other files in the run are still
 * linted and reported; the exit code is 2 when a file could not be linted, else what the other
 * files give. Config and plugin failures stop the run (exit 2) with one line naming the file.
 * Each test name is a promise (the README links here).
 */
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, type CliRun } from '../helpers/cli.js';
import { makeProject } from '../helpers/tmp.js';

const LATE_PARCEL = readFileSync(join(ROOT, 'fixtures/drafts/late-parcel.txt'), 'utf8');
const LOOKED_FOR = '.txt, .text, .md, .markdown, .mdown, .mkd, .html, .htm, .json, .yaml, .yml';
const BINARY_NOTE = 'looks like a binary file (it contains NUL bytes), so it was skipped; if it is text, save it as UTF-8';
const TOO_DEEP = 'it is nested too deeply (too many lists or objects inside each other)';

interface Message { ruleId: string | null; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number; words?: string; fatal?: true }
interface Result { filePath: string; messages: Message[]; drafts: unknown[]; skipped?: { reason: string; message: string } }

/** The JSON report by path relative to `dir`. */
function byFile(run: CliRun, dir: string): Record<string, Result> {
  const results = JSON.parse(run.stdout) as Result[];
  return Object.fromEntries(results.map((result) => [isAbsolute(result.filePath) ? relative(dir, result.filePath) : result.filePath, result]));
}

/** The good file of the run was linted: its courier-blaming sentence is reported. */
function expectGoodFileLinted(results: Record<string, Result>, name = 'good.txt'): void {
  const words = 'Our courier lost your parcel\nsomewhere between the depot and your door';
  expect(results[name]!.messages).toContainEqual(expect.objectContaining({ ruleId: 'blame-shifting', severity: 2, line: 3, column: 49, words }));
}

/** Lint `paths` and good.txt (a reply that blames the courier) in `dir`, as JSON. */
function lintWithGoodFile(dir: string, paths: readonly string[], extra: readonly string[] = []): { run: CliRun; results: Record<string, Result> } {
  const run = runCli([...paths, 'good.txt', '--format', 'json', ...extra], { cwd: dir });
  const results = byFile(run, dir);
  expectGoodFileLinted(results);
  return { run, results };
}

describe('a path that cannot be linted gets one line on stderr, the other files are still linted, exit 2', () => {
  const dir = makeProject({
    'good.txt': LATE_PARCEL,
    'empty-folder/.keep': '',
    'notes/readme.csv': 'a,b\n',
    'deep.json': '['.repeat(100_000),
    'deep-objects.json': `${'{"a":'.repeat(50_000)}"Our courier lost your parcel."${'}'.repeat(50_000)}`,
    'deep.yaml': '['.repeat(100_000),
    'deep-list.md': Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i * 2)}- Our courier lost it`).join('\n'),
    'deep-quote.md': `${'>'.repeat(100_000)} Our courier lost it\n`,
  });
  mkdirSync(join(dir, 'reply.txt'));
  symlinkSync('loop-b.txt', join(dir, 'loop-a.txt'));
  symlinkSync('loop-a.txt', join(dir, 'loop-b.txt'));
  symlinkSync('gone.txt', join(dir, 'dangling.txt'));
  // "café" saved as Latin-1 on line 2: é is the lone byte 0xE9.
  writeFileSync(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('Hi Sam,\nThe caf'), Buffer.from([0xe9]), Buffer.from(' order was late.\n')]));
  writeFileSync(join(dir, 'huge-export.txt'), Buffer.alloc(20 * 1024 * 1024, 'Our courier lost your parcel. '));

  it.each([
    ['a missing path: "no such file or directory"', ['nope.txt'], ['nope.txt: no such file or directory']],
    ['a folder with nothing to lint in it says what it looked for', ['empty-folder', 'notes'], ['empty-folder', 'notes'].map((name) => `${name}: no files to lint in this folder (looked for ${LOOKED_FOR})`)],
    ['a folder named like a reply (reply.txt/) is read as a folder, and an empty one says so', ['reply.txt'], [`reply.txt: no files to lint in this folder (looked for ${LOOKED_FOR})`]],
    ['a symbolic link that loops back to itself is named as a loop, not as missing', ['loop-a.txt'], ['loop-a.txt: is a symbolic link that leads back to itself (a loop), so it could not be read']],
    ['a broken symbolic link is named as one', ['dangling.txt'], ['dangling.txt: is a symbolic link to a file that does not exist, so it could not be read']],
    ['a file that is not valid UTF-8 names the line and column of the first bad byte', ['latin1.txt'], ['latin1.txt: is not valid UTF-8 text (line 2, column 8); save it as UTF-8 and try again']],
    ['a 20 MB file is not linted (default limit 10 MB): its size, the limit and how to raise it', ['huge-export.txt'], ['huge-export.txt: is 20 MB, more than the 10 MB limit, so it was not linted; to lint it, raise the limit with --max-file-size 20mb']],
    ['100,000 levels of [ in JSON: "nested too deeply", no stack overflow', ['deep.json', 'deep-objects.json'], ['deep-objects.json', 'deep.json'].map((name) => `${name}: could not read this JSON file: ${TOO_DEEP}`)],
    // The column is where the YAML parser's stack ran out: it moves with the build (788 before the bundle was minified, 799 after).
    ['100,000 levels of [ in a YAML flow sequence: the same, with where the parser gave up', ['deep.yaml'], [`deep.yaml: could not read this YAML file: ${TOO_DEEP} (line 1, column #)`]],
    ['a Markdown list 3,000 levels deep and 100,000 quote marks: refused at once, where it gets too deep', ['deep-list.md', 'deep-quote.md'], [
      'deep-list.md: could not read this Markdown file: it is nested too deeply (too many lists or quotes inside each other) (line 129, column 1)',
      'deep-quote.md: could not read this Markdown file: it is nested too deeply (too many lists or quotes inside each other) (line 1, column 1)',
    ]],
  ])('%s', (_name, paths, lines) => {
    const { run, results } = lintWithGoodFile(dir, paths);
    // `column #` in an expected line stands for any column past the first.
    const anyColumn = (text: string) => text.replace(/(\(line \d+, column )(?:[2-9]|\d\d+)\)/g, '$1#)');
    const expected = (line: string) => (line.includes('column #') ? anyColumn : (text: string) => text);
    expect(expected(lines.join(''))(run.stderr)).toBe(lines.map((line) => `apology-lint: ${line}\n`).join(''));
    for (const line of lines) {
      const [path, problem] = [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)];
      const messages = results[path]!.messages.map((message) => ({ ...message, message: expected(line)(message.message) }));
      expect(messages).toEqual([expect.objectContaining({ ruleId: null, severity: 2, fatal: true, message: problem })]);
    }
    expect(run.status).toBe(2);
  });

  // root reads a chmod 000 file anyway (CI containers run as root): the link and folder cases cover root.
  it.skipIf(process.getuid?.() === 0)('a file without read permission: "permission denied"', () => {
    writeFileSync(join(dir, 'locked.txt'), 'Our courier lost your parcel.');
    chmodSync(join(dir, 'locked.txt'), 0o000);
    try {
      const { run } = lintWithGoodFile(dir, ['locked.txt']);
      expect(run.stderr).toBe('apology-lint: locked.txt: permission denied: the file could not be read\n');
      expect(run.status).toBe(2);
    } finally {
      chmodSync(join(dir, 'locked.txt'), 0o644);
    }
  });

  it('malformed JSON and YAML (fixtures/malformed/): one line each with the problem, line and column', () => {
    const run = runCli(['fixtures/malformed', 'fixtures/drafts/late-parcel.txt', '--format', 'json']);
    expect(run.stderr).toBe(
      [
        'fixtures/malformed/broken-indent.yaml: could not read this YAML file: nested mappings are not allowed in compact mappings (line 6, column 12)',
        'fixtures/malformed/broken-trailing-comma.json: could not read this JSON file: expected a value (is there a comma too many?) (line 20, column 7)',
        'fixtures/malformed/broken-unclosed-string.json: could not read this JSON file: a string is not closed (a " is missing) (line 3, column 22)',
        'fixtures/malformed/wrong-shape.yaml: could not read this YAML file: macro "Broadband::Router not connecting": actions should be a list of {field, value} (line 3, column 10)',
      ].map((line) => `apology-lint: ${line}\n`).join(''),
    );
    // not-macros.json, found by the folder, is a settings file: passed over in silence.
    expectGoodFileLinted(byFile(run, ROOT), 'fixtures/drafts/late-parcel.txt');
    expect(run.status).toBe(2);
  });
});

describe('a binary file is skipped with a note, and does not decide the exit code', () => {
  const dir = makeProject({ 'good.txt': LATE_PARCEL, 'clean/good-apology.txt': readFileSync(join(ROOT, 'fixtures/drafts/good-apology.txt'), 'utf8') });
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  writeFileSync(join(dir, 'logo.txt'), png);
  writeFileSync(join(dir, 'clean/logo.md'), png);

  it('named on its own: one note on stderr, `skipped: {reason: "binary"}` in JSON, the other file sets the exit code (1)', () => {
    const { run, results } = lintWithGoodFile(dir, ['logo.txt']);
    expect(run.stderr).toBe(`apology-lint: logo.txt: ${BINARY_NOTE}\n`);
    expect(results['logo.txt']).toMatchObject({ messages: [], errorCount: 0, fatalErrorCount: 0, skipped: { reason: 'binary', message: BINARY_NOTE } });
    expect(run.status).toBe(1);
  });

  it('alone, or beside clean replies in a folder, it exits 0; the terminal report shows the note', () => {
    const alone = runCli(['logo.txt'], { cwd: dir });
    expect(alone.stderr).toBe(`apology-lint: logo.txt: ${BINARY_NOTE}\n`);
    expect(alone.stdout).toContain('logo.txt\n  ℹ Looks like a binary file (it contains NUL bytes), so it was skipped; if it is text, save it as UTF-8\n');
    expect(alone.status).toBe(0);
    const folder = runCli(['clean', '--format', 'json'], { cwd: dir });
    expect(folder.stderr).toBe(`apology-lint: clean/logo.md: ${BINARY_NOTE}\n`);
    expect(byFile(folder, dir)['clean/good-apology.txt']!.messages).toEqual([]);
    expect(folder.status).toBe(0);
  });

  it('on standard input too', () => {
    const run = runCli(['-', '--format', 'json'], { input: 'Sorry\u0000\u0001' });
    expect(run.stderr).toBe(`apology-lint: <stdin>: ${BINARY_NOTE}\n`);
    expect(JSON.parse(run.stdout)[0].skipped).toEqual({ reason: 'binary', message: BINARY_NOTE });
    expect(run.status).toBe(0);
  });
});

describe('what is read and linted, however odd', () => {
  const dir = makeProject({ 'good.txt': LATE_PARCEL, 'empty.txt': '', 'blank.txt': '  \n\n\t \r\n   ', 'blank.md': '\n\n', 'empty.json': '', 'blank.yaml': ' \n\n' });
  writeFileSync(join(dir, 'utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LATE_PARCEL, 'utf16le')]));
  writeFileSync(join(dir, 'utf16be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(LATE_PARCEL, 'utf16le').swap16()]));

  it('UTF-16 LE and BE with a byte-order mark are decoded and linted, with the same lines and columns as UTF-8', () => {
    const { run, results } = lintWithGoodFile(dir, ['utf16le.txt', 'utf16be.txt']);
    expect(run.stderr).toBe('');
    const positions = (name: string) => results[name]!.messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn, m.words]);
    expect(positions('good.txt').length).toBeGreaterThan(3);
    expect(positions('utf16le.txt')).toEqual(positions('good.txt'));
    expect(positions('utf16be.txt')).toEqual(positions('good.txt'));
    expect(run.status).toBe(1);
  });

  it('an empty file and a whitespace-only file (text, Markdown, an empty JSON or YAML export) have no findings and exit 0', () => {
    const alone = runCli(['empty.txt', 'blank.txt', 'blank.md', 'empty.json', 'blank.yaml', '--format', 'json'], { cwd: dir });
    expect(alone.stderr).toBe('');
    expect(Object.values(byFile(alone, dir)).map((result) => result.messages)).toEqual([[], [], [], [], []]);
    expect(alone.status).toBe(0);
    const { run } = lintWithGoodFile(dir, ['empty.txt', 'blank.txt']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
  });

  it('malformed HTML (unclosed and stray tags, an unclosed attribute quote) is read leniently and linted', () => {
    const html = [
      '<html><head><title>Late parcel</title></head>',
      '<body>',
      '<table><tr><td><p>Hi {{ticket.requester.first_name}},',
      '<p>Our courier lost your parcel somewhere between the depot and your door.',
      '<div><b>We apologize for any inconvenience caused.</p></span></i>',
      '<td>Best,<br>Marcus',
      '<p class="footer>Unsubscribe',
    ];
    writeFileSync(join(dir, 'broken.html'), `${html.join('\n')}\n`);
    const { run, results } = lintWithGoodFile(dir, ['broken.html']);
    expect(run.stderr).toBe('');
    expect(results['broken.html']!.messages.filter((m) => m.words).map((m) => [m.ruleId, m.line, m.column, m.words])).toEqual([
      ['blame-shifting', 4, 4, 'Our courier lost your parcel somewhere between the depot and your door'],
      ['non-apology', 5, 12, 'apologize for any inconvenience caused'],
    ]);
    expect(run.status).toBe(1);
  });

  it('a 1 MB reply on one line (no line breaks) is linted, with every finding on that line where its words are', () => {
    const sentences = [
      'I am so sorry we sent the wrong size.',
      'Our courier lost your parcel somewhere between the depot and your door.',
      'We have refunded the delivery charge today.',
      'We apologize for any inconvenience caused.',
    ];
    let text = '';
    for (let i = 0; text.length < 1024 * 1024; i++) text += `${sentences[i % sentences.length]} `;
    text = text.trimEnd();
    writeFileSync(join(dir, 'one-line.txt'), text);
    const { run, results } = lintWithGoodFile(dir, ['one-line.txt']);
    expect(run.stderr).toBe('');
    const messages = results['one-line.txt']!.messages;
    expect(messages.filter((m) => m.ruleId === 'blame-shifting').length).toBeGreaterThan(5000);
    for (const message of messages) {
      expect([message.line, message.endLine]).toEqual([1, 1]);
      expect(message.column).toBeGreaterThanOrEqual(1);
      expect(message.endColumn).toBeLessThanOrEqual(text.length + 1);
      if (message.words) expect(text.slice(message.column - 1, message.endColumn - 1)).toBe(message.words);
    }
    expect(run.status).toBe(1);
  }, 60_000);

  // Just under the default 10 MB this takes 20-35 s on a 2-core machine: the same promise is
  // kept here under a 3 MB limit set with the flag (about 5,800 replies).
  it('a file just under the limit (2.9 MB of real replies, --max-file-size 3mb) is linted in bounded time and a 256 MB heap', () => {
    const corpus = join(ROOT, 'fixtures/corpus');
    const replies = readdirSync(corpus, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => readdirSync(join(corpus, entry.name)).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join(corpus, entry.name, name), 'utf8')));
    const library: Record<string, string> = {};
    for (let i = 0, bytes = 2; bytes < 2.9 * 1024 * 1024; i++) {
      library[`Macro ${i + 1}`] = replies[i % replies.length]!;
      bytes += Buffer.byteLength(`"Macro ${i + 1}":${JSON.stringify(replies[i % replies.length])},`);
    }
    writeFileSync(join(dir, 'macros.json'), JSON.stringify(library));
    expect(statSync(join(dir, 'macros.json')).size).toBeLessThan(3 * 1024 * 1024);

    const started = performance.now();
    const run = runCli(['macros.json', 'good.txt', '--max-file-size', '3mb', '--format', 'json', '--quiet'], { cwd: dir, env: { NODE_OPTIONS: '--max-old-space-size=256' } });
    expect((performance.now() - started) / 1000).toBeLessThan(45);
    expect(run.stderr).toBe('');
    const results = byFile(run, dir);
    expect(results['macros.json']!.drafts).toHaveLength(Object.keys(library).length);
    expect(results['macros.json']!.messages.some((m) => m.ruleId === 'blame-shifting')).toBe(true);
    expectGoodFileLinted(results);
    expect(run.status).toBe(1);
  }, 60_000);

  it('--max-file-size takes bytes, kb, mb (also in --help); a bad size is one line, exit 2', () => {
    const size = statSync(join(dir, 'good.txt')).size;
    expect(lintWithGoodFile(dir, [], ['--max-file-size', '1kb']).run.stderr).toBe('');
    expect(runCli(['good.txt', '--max-file-size', '512KB'], { cwd: dir }).status).toBe(1);
    const tiny = runCli(['good.txt', '--max-file-size', '100'], { cwd: dir });
    expect(tiny.stderr).toBe(`apology-lint: good.txt: is ${size} bytes, more than the 100 bytes limit, so it was not linted; to lint it, raise the limit with --max-file-size 1mb\n`);
    expect(tiny.status).toBe(2);
    const bad = runCli(['good.txt', '--max-file-size', 'ten megs'], { cwd: dir });
    expect(bad.stderr).toBe('apology-lint: --max-file-size "ten megs": give a size such as 10mb, 512kb or 1048576 (bytes)\n');
    expect(bad.status).toBe(2);
    const help = runCli(['--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('--max-file-size <size> do not lint files bigger than this (e.g. 512kb, 20mb; default 10mb); each one fails the run with exit 2');
    expect(help).toContain('A binary file is skipped with a note and does not change the code.');
  });

  it('standard input over the limit is refused the same way, without reading it all; files beside it are still linted', () => {
    const run = runCli(['-', 'good.txt', '--max-file-size', '1kb', '--format', 'json'], { cwd: dir, input: 'Our courier lost your parcel. '.repeat(200) });
    expect(run.stderr).toBe('apology-lint: <stdin>: is more than the 1 KB limit, so it was not linted; to lint it, raise the limit, for example --max-file-size 2kb\n');
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; fatalErrorCount: number }>;
    expect(results.map((r) => [r.filePath.replace(dir, '.'), r.fatalErrorCount])).toEqual([['<stdin>', 1], ['./good.txt', 0]]);
    expect(run.status).toBe(2);
    // Under the limit, standard input is linted as before.
    expect(runCli(['-', '--max-file-size', '1kb', '--format', 'json'], { input: 'Our courier lost your parcel.' }).status).toBe(1);
  });
});

describe('config and plugin failures stop the run: one line naming the file, no stack, exit 2', () => {
  const failing = (files: Record<string, string>, args: readonly string[] = []) => {
    const run = runCli(['good.txt', ...args], { cwd: makeProject({ 'good.txt': LATE_PARCEL, ...files }) });
    expect(run.stdout).toBe('');
    expect(run.status).toBe(2);
    return run.stderr;
  };
  const THROWS = "throw new Error('boom');\n";

  it.each([
    ['a JSON config with a syntax error: the problem in words, with its line and column', { '.apologylintrc.json': '{\n  "rules": {\n    "blame-shifting": "warn",\n  }\n}\n' },
      '.apologylintrc.json: could not read the config: expected a key in double quotes (is there a comma too many?) (line 4, column 3)'],
    ['a package.json with a syntax error, holding our settings', { 'package.json': '{"name": "x", "apologyLint": {"rules": {}},\n}' },
      'package.json: could not read the config: expected a key in double quotes (is there a comma too many?) (line 2, column 1)'],
    ['a YAML config with a syntax error', { '.apologylintrc.yml': 'rules: [blame-shifting\n' }, '.apologylintrc.yml: could not read the config: unexpected end of the stream within a flow collection (2:1)'],
    ['a JavaScript config with a syntax error', { 'apology-lint.config.mjs': 'export default { rules: {\n' }, 'apology-lint.config.mjs: could not read the config: Unexpected end of input'],
    ['an apology-lint.config.js that throws while loading', { 'apology-lint.config.js': THROWS }, 'apology-lint.config.js: could not read the config: boom'],
    ['an apology-lint.config.mjs that throws while loading', { 'apology-lint.config.mjs': THROWS }, 'apology-lint.config.mjs: could not read the config: boom'],
    ['a plugin that throws while loading', { '.apologylintrc.json': '{"plugins":["./lint/acme.mjs"]}', 'lint/acme.mjs': THROWS }, '.apologylintrc.json: plugin "./lint/acme.mjs" could not be loaded: boom'],
  ])('%s', (_name, files, line) => {
    expect(failing(files)).toBe(`apology-lint: ${line}\n`);
  });

  it('a broken package.json that holds no settings of ours does not stop the run', () => {
    const run = runCli(['good.txt'], { cwd: makeProject({ 'good.txt': LATE_PARCEL, 'package.json': '{"name": "x",,\n}' }) });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
  });

  it('the stack trace appears only with --debug', () => {
    expect(failing({ 'apology-lint.config.mjs': THROWS }, ['--debug'])).toMatch(/^apology-lint: apology-lint\.config\.mjs: could not read the config: boom\n[\s\S]*\n\s+at /);
  });
});

describe('a rule that throws while linting', () => {
  it('is reported on each draft as an error naming the rule; the other rules and files still run (exit 1)', () => {
    const dir = makeProject({
      'good.txt': LATE_PARCEL,
      'other.txt': 'Hi Sam,\n\nOur courier lost your parcel.\n',
      '.apologylintrc.json': '{"plugins":["./lint/explodes.mjs"]}',
      'lint/explodes.mjs': `export default {
        id: 'acme/explodes', kind: 'presence', severity: 'error',
        description: 'Breaks on purpose.', rationale: 'A rule with a bug in it.', examples: { bad: ['x'], good: ['y'] },
        check() { throw new Error('boom'); },
      };\n`,
    });
    const { run, results } = lintWithGoodFile(dir, ['other.txt']);
    expect(run.stderr).toBe('');
    const failure = { ruleId: 'acme/explodes', severity: 2, line: 1, column: 1, endLine: 1, endColumn: 1, message: 'The rule "acme/explodes" failed on this draft and was skipped: boom' };
    for (const name of ['good.txt', 'other.txt']) {
      expect(results[name]!.messages.filter((m) => m.ruleId === 'acme/explodes')).toEqual([expect.objectContaining(failure)]);
    }
    expect(results['other.txt']!.messages).toContainEqual(expect.objectContaining({ ruleId: 'blame-shifting', line: 3, column: 1, words: 'Our courier lost your parcel' }));
    expect(run.status).toBe(1);
  });
});
