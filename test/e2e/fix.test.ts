/** --fix through the CLI: what is written, how, and what is left. */
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFixedFile } from '../../src/fix/write.js';
import { readSourceFile } from '../../src/sources/read.js';
import { runCli } from '../helpers/cli.js';
import { makeProject } from '../helpers/tmp.js';

const BAD = 'Hi Sam,\n\nSorry for the wait, but our courier lost your parcel.\n\nThanks,\nDana\n';
const FIXED = 'Hi Sam,\n\nSorry for the wait. We lost your parcel.\n\nThanks,\nDana\n';

describe('--fix', () => {
  it('writes the safe rewrites, keeps BOM, CRLF and file mode, leaves no temporary file, and exits on what is left', () => {
    const dir = makeProject({ 'replies/late.txt': '' });
    const file = join(dir, 'replies/late.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BAD.replace(/\n/g, '\r\n'))]));
    chmodSync(file, 0o640);
    const run = runCli(['replies', '--fix', '--no-expect-apology'], { cwd: dir });
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(FIXED.replace(/\n/g, '\r\n'));
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(join(dir, 'replies'))).toEqual(['late.txt']);
    // Everything fixable was fixed, and nothing else was wrong: a clean exit.
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('✔ No problems in 1 reply');
  });

  it('reports what it could not fix, and exits 1 for remaining errors', () => {
    const dir = makeProject({ 'late.txt': 'Our courier lost your parcel. We apologise for any inconvenience.\n' });
    const run = runCli(['late.txt', '--fix', '--no-expect-apology', '-f', 'compact'], { cwd: dir });
    expect(readFileSync(join(dir, 'late.txt'), 'utf8')).toBe('We lost your parcel. We apologise for any inconvenience.\n');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('late.txt: line 1, col 25, Error - A stock apology for "the inconvenience" names nothing; say what went wrong. (non-apology)\n\n1 problem\n');
  });

  it('adds missing sentences only with --fix-type absence', () => {
    const dir = makeProject({ 'late.txt': BAD });
    runCli(['late.txt', '--fix'], { cwd: dir });
    expect(readFileSync(join(dir, 'late.txt'), 'utf8')).toBe(FIXED);
    runCli(['late.txt', '--fix', '--fix-type', 'absence'], { cwd: dir });
    const added = readFileSync(join(dir, 'late.txt'), 'utf8');
    expect(added).toContain("We'll check in with you by [date]");
    expect(added.startsWith('Hi Sam,\n\n')).toBe(true);
    expect(added.endsWith('\n\nThanks,\nDana\n')).toBe(true);
  });

  it('rejects an unknown --fix-type in one line', () => {
    const run = runCli(['x.txt', '--fix', '--fix-type', 'presence,layout']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('apology-lint: --fix-type "layout": use presence, order or absence (comma-separated), e.g. --fix-type presence,absence\n');
  });

  it('fixes inside a Zendesk export: escaped for JSON, every other byte kept', () => {
    const macros = readFileSync(new URL('../../fixtures/libraries/zendesk/macros.json', import.meta.url), 'utf8');
    const dir = makeProject({ 'macros.json': macros });
    runCli(['macros.json', '--fix'], { cwd: dir });
    const fixed = readFileSync(join(dir, 'macros.json'), 'utf8');
    expect(fixed).not.toBe(macros);
    const before = macros.split('\n');
    const after = fixed.split('\n');
    expect(after).toHaveLength(before.length);
    // Only lines holding a reply changed, and the file is still the same JSON apart from them.
    const changed = before.map((line, i) => (line === after[i] ? null : i)).filter((i): i is number => i !== null);
    for (const i of changed) expect(before[i]).toMatch(/^\s*"value": "|^\s*"Hi \{\{/);
    expect(() => JSON.parse(fixed)).not.toThrow();
    expect(fixed).toContain('we are currently experiencing delays');
  });
});

describe('--fix-dry-run', () => {
  it('prints a unified diff, then the report, and writes nothing', () => {
    const dir = makeProject({ 'late.txt': BAD });
    const run = runCli(['late.txt', '--fix-dry-run', '--no-expect-apology'], { cwd: dir });
    expect(readFileSync(join(dir, 'late.txt'), 'utf8')).toBe(BAD);
    expect(run.stdout.startsWith(
      '--- a/late.txt\n+++ b/late.txt\n@@ -1,6 +1,6 @@\n Hi Sam,\n \n-Sorry for the wait, but our courier lost your parcel.\n+Sorry for the wait. We lost your parcel.\n \n Thanks,\n Dana\n',
    )).toBe(true);
    expect(run.stdout).toContain('✔ No problems in 1 reply');
    expect(run.status).toBe(0);
  });

  it('in JSON, gives the fixed text as each result’s output instead', () => {
    const dir = makeProject({ 'late.txt': BAD });
    const run = runCli(['late.txt', '--fix-dry-run', '-f', 'json', '--no-expect-apology'], { cwd: dir });
    const [result] = JSON.parse(run.stdout);
    expect(result.output).toBe(FIXED);
    expect(readFileSync(join(dir, 'late.txt'), 'utf8')).toBe(BAD);
  });
});

describe('standard input', () => {
  it('--fix prints the fixed text on stdout and the report on stderr', () => {
    const run = runCli(['--stdin', '--fix', '--no-expect-apology'], { input: BAD });
    expect(run.stdout).toBe(FIXED);
    expect(run.stderr).toContain('✔ No problems in 1 reply');
    expect(run.status).toBe(0);
  });

  it('--fix-dry-run prints the diff', () => {
    const run = runCli(['--stdin', '--fix-dry-run', '--no-expect-apology', '--stdin-filename', 'late.txt'], { input: BAD });
    expect(run.stdout).toContain('-Sorry for the wait, but our courier lost your parcel.\n+Sorry for the wait. We lost your parcel.\n');
  });
});

describe('writing a fixed file', () => {
  it('refuses a file that changed on disk since it was read, and leaves the change alone', async () => {
    const dir = makeProject({ 'late.txt': BAD });
    const file = join(dir, 'late.txt');
    const original = await readSourceFile(file);
    writeFileSync(file, 'Edited by someone else meanwhile.\n');
    await expect(writeFixedFile(file, original, FIXED)).rejects.toThrow(
      'fixes not written: the file changed on disk while apology-lint was fixing it; run again',
    );
    expect(readFileSync(file, 'utf8')).toBe('Edited by someone else meanwhile.\n');
  });

  it('writes UTF-16 files back as UTF-16 with their byte-order mark', async () => {
    const dir = makeProject({ 'late.txt': '' });
    const file = join(dir, 'late.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BAD, 'utf16le')]));
    runCli(['late.txt', '--fix', '--no-expect-apology'], { cwd: dir });
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(bytes.subarray(2).toString('utf16le')).toBe(FIXED);
  });
});
