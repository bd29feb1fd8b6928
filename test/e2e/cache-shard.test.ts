/** --cache reuses results of unchanged files; --shard splits a run so the shards add up to it. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it, onTestFinished } from 'vitest';
import { editCachedResult, readCache } from '../helpers/cache.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { makeProject } from '../helpers/tmp.js';

const BAD = 'Hi Sam,\n\nOur courier lost your parcel. Sorry for any inconvenience.\n\nThanks,\nDana\n';
const GOOD = 'Thanks for asking! To change your address, open Settings and choose Addresses.\n';

interface Result {
  filePath: string;
  messages: Array<{ ruleId: string; message: string; line: number; column: number }>;
}
const lint = (args: string[], cwd: string, bin?: string) => {
  const run = runCli([...args, '-f', 'json'], { cwd, bin });
  return { run, results: JSON.parse(run.stdout || '[]') as Result[] };
};

describe('--cache', () => {
  it('reuses the result of an unchanged file, and re-lints a changed one', () => {
    const dir = makeProject({ 'a.txt': BAD, 'b.txt': BAD });
    const first = lint(['.', '--cache'], dir);
    const cacheFile = join(dir, '.apologylintcache');
    expect(existsSync(cacheFile)).toBe(true);
    // Mark the cached result for a.txt: a second run that shows the mark did not re-lint it.
    editCachedResult(cacheFile, join(dir, 'a.txt'), (result) => (result.messages[0]!.message = 'FROM THE CACHE'));
    const second = lint(['.', '--cache'], dir);
    const a = second.results.find((r) => r.filePath.endsWith('a.txt'))!;
    expect(a.messages[0]!.message).toBe('FROM THE CACHE');
    expect(second.results.map((r) => r.messages.length)).toEqual(first.results.map((r) => r.messages.length));

    // A changed file is linted afresh.
    writeFileSync(join(dir, 'a.txt'), GOOD);
    const third = lint(['.', '--cache'], dir);
    expect(third.results.find((r) => r.filePath.endsWith('a.txt'))!.messages).toEqual([]);
    // Without --cache the cache is neither read nor written.
    writeFileSync(join(dir, 'a.txt'), BAD);
    expect(lint(['.'], dir).results.find((r) => r.filePath.endsWith('a.txt'))!.messages[0]!.message).not.toBe('FROM THE CACHE');
  });

  it('does not trust a file whose change was hidden: same size, modification time set back', () => {
    const dir = makeProject({ 'a.txt': BAD });
    // Whole seconds, so setting the time back below restores it exactly.
    const then = new Date('2026-01-05T10:00:00Z');
    utimesSync(join(dir, 'a.txt'), then, then);
    lint(['a.txt', '--cache'], dir);
    const cacheFile = join(dir, '.apologylintcache');
    editCachedResult(cacheFile, join(dir, 'a.txt'), (result) => (result.messages[0]!.message = 'FROM THE CACHE'));
    // Unchanged: served from the cache without reading the file.
    expect(lint(['a.txt', '--cache'], dir).results[0]!.messages[0]!.message).toBe('FROM THE CACHE');
    // The same number of bytes, and the old modification time put back (as tar or rsync do):
    // the change time still differs, so the file is read and its new words are linted.
    const same = BAD.replace('Our courier lost', 'We lost, sadly, ');
    expect(same.length).toBe(BAD.length);
    writeFileSync(join(dir, 'a.txt'), same);
    utimesSync(join(dir, 'a.txt'), then, then);
    expect(statSync(join(dir, 'a.txt')).mtimeMs).toBe(then.getTime());
    const after = lint(['a.txt', '--cache'], dir).results[0]!;
    expect(after.messages.map((m) => m.message)).not.toContain('FROM THE CACHE');
    expect(after.messages.map((m) => m.ruleId)).not.toContain('blame-shifting');
  });

  it('gives exactly the report a fresh run gives, in every format, for a reply in curly quotes, accents and emoji', () => {
    const text = 'Hi Zoë,\n\nOur courier lost your parcel 🙏 — we’re sorry for any inconvenience. “Mistakes were made.”\n\nThanks,\nDana\n';
    const dir = makeProject({ 'a.txt': text, 'b.txt': GOOD, 'c.md': `# Zoë\n\n${text}` });
    const fresh = lint(['.', '--cache'], dir);
    expect(fresh.results.map((r) => r.messages.length)).toEqual([expect.any(Number), 0, expect.any(Number)]);
    expect(fresh.run.stdout).toContain('"words":"Our courier lost your parcel 🙏 — we’re sorry for any inconvenience"');
    // The cache holds each result as the JSON a fresh report has for it.
    const cache = readCache(join(dir, '.apologylintcache'));
    expect(cache.results).toEqual(fresh.results);
    const cached = lint(['.', '--cache'], dir);
    expect(cached.run.stdout).toBe(fresh.run.stdout);
    for (const format of ['stylish', 'compact', 'sarif', 'junit', 'checkstyle', 'github']) {
      const args = ['.', '--format', format, '--no-color'];
      expect(runCli([...args, '--cache'], { cwd: dir }).stdout, format).toBe(runCli(args, { cwd: dir }).stdout);
    }
  });

  it('serves a skipped file from the cache with its reason, as a fresh run reports it', () => {
    // A JSON file that is not a macro library is skipped: named on its own, with a note in the
    // report; found in a folder, left out of it.
    const settings = '{"name": "x", "settings": {"a": 1}}';
    const dir = makeProject({ 'a.txt': BAD, 'settings.json': settings, 'tools.json': settings });
    const fresh = lint(['.', 'settings.json', '--cache'], dir);
    expect(fresh.results.map((r) => [r.filePath, (r as { skipped?: { reason: string } }).skipped?.reason])).toEqual([
      [join(dir, 'a.txt'), undefined],
      [join(dir, 'settings.json'), 'not-macros'],
    ]);
    const cache = readCache(join(dir, '.apologylintcache'));
    const why = (fresh.results[1] as { skipped?: object }).skipped;
    expect(cache.index.skipped).toEqual([[1, why], [2, why]]);
    const cached = lint(['.', 'settings.json', '--cache'], dir);
    expect(cached.run.stdout).toBe(fresh.run.stdout);
    expect(cached.run.status).toBe(fresh.run.status);
    expect(runCli(['.', 'settings.json', '--cache', '--no-color'], { cwd: dir }).stdout).toBe(runCli(['.', 'settings.json', '--no-color'], { cwd: dir }).stdout);
  });

  it('--quiet gives the errors only, from the cache too', () => {
    const dir = makeProject({ 'a.txt': BAD, 'b.txt': GOOD });
    const quiet = (args: string[]) => runCli(['.', '-f', 'json', '--quiet', ...args], { cwd: dir }).stdout;
    const fresh = quiet([]);
    const results = JSON.parse(fresh) as Array<{ filePath: string; warningCount: number; messages: Array<{ severity: number }> }>;
    expect(results.map((r) => r.filePath)).toEqual([join(dir, 'a.txt')]);
    expect(results[0]!.messages.length).toBeGreaterThan(0);
    expect(results[0]!.messages.every((m) => m.severity === 2)).toBe(true);
    expect(results[0]!.warningCount).toBe(0);
    quiet(['--cache']);
    expect(quiet(['--cache'])).toBe(fresh);
  });

  it('passes over a damaged cache, or one written by another version, and lints afresh', () => {
    const dir = makeProject({ 'a.txt': BAD, 'b.txt': BAD });
    const cacheFile = join(dir, '.apologylintcache');
    const fresh = lint(['.', '--cache'], dir);
    editCachedResult(cacheFile, join(dir, 'a.txt'), (result) => (result.messages[0]!.message = 'FROM THE CACHE'));
    const marked = readFileSync(cacheFile);
    // One byte changed in the marked result, its length kept: the CRC no longer matches.
    const damaged = Buffer.from(marked);
    damaged[damaged.indexOf('FROM THE CACHE')] = 'G'.charCodeAt(0);
    writeFileSync(cacheFile, damaged);
    expect(lint(['.', '--cache'], dir).run.stdout).toBe(fresh.run.stdout);
    // Cut short.
    writeFileSync(cacheFile, marked.subarray(0, marked.length - 10));
    expect(lint(['.', '--cache'], dir).run.stdout).toBe(fresh.run.stdout);
    // The whole cache in the JSON layout of earlier versions.
    writeFileSync(cacheFile, JSON.stringify({ stamp: 'x', entries: { [join(dir, 'a.txt')]: { key: 'k', result: {} } } }));
    expect(lint(['.', '--cache'], dir).run.stdout).toBe(fresh.run.stdout);
    // Each of those runs wrote a good cache again, which the next run uses.
    editCachedResult(cacheFile, join(dir, 'b.txt'), (result) => (result.messages[0]!.message = 'FROM THE CACHE'));
    expect(lint(['.', '--cache'], dir).results[1]!.messages[0]!.message).toBe('FROM THE CACHE');
  });

  it('passes over results saved by another build of the linter', () => {
    // A copy of the package with another build id (tsup.config.ts writes one into the bundle).
    const copy = mkdtempSync(join(tmpdir(), 'apology-lint-rebuilt-'));
    onTestFinished(() => rmSync(copy, { recursive: true, force: true }));
    cpSync(join(ROOT, 'bin'), join(copy, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    const buildId = /^\/\*build (\w+)\*\//.exec(readFileSync(join(ROOT, 'dist', 'cli.cjs'), 'latin1'))![1]!;
    mkdirSync(join(copy, 'dist'));
    let stamped = 0;
    for (const name of readdirSync(join(ROOT, 'dist')).filter((name) => /\.c?js$/.test(name))) {
      const code = readFileSync(join(ROOT, 'dist', name), 'latin1');
      if (code.includes(`"${buildId}"`)) stamped++;
      writeFileSync(join(copy, 'dist', name), code.replaceAll(buildId, 'f'.repeat(buildId.length)), 'latin1');
    }
    // The id is in the CommonJS bundle and in the ES build's chunk that holds the cache.
    expect(stamped).toBe(2);

    const dir = makeProject({ 'a.txt': BAD });
    const fresh = lint(['.', '--cache'], dir);
    editCachedResult(join(dir, '.apologylintcache'), join(dir, 'a.txt'), (result) => (result.messages[0]!.message = 'FROM THE CACHE'));
    expect(lint(['.', '--cache'], dir).results[0]!.messages[0]!.message).toBe('FROM THE CACHE');
    const rebuilt = lint(['.', '--cache'], dir, join(copy, 'bin', 'apology-lint.js'));
    expect(rebuilt.run.stderr).toBe('');
    expect(rebuilt.run.stdout).toBe(fresh.run.stdout);
  });

  it('keeps the saved results of unchanged files byte for byte when another file changes', () => {
    const dir = makeProject({ 'a.txt': BAD, 'b.txt': BAD, 'c.txt': GOOD });
    const cacheFile = join(dir, '.apologylintcache');
    lint(['.', '--cache'], dir);
    editCachedResult(cacheFile, join(dir, 'a.txt'), (result) => (result.messages[0]!.message = 'FROM THE CACHE'));
    writeFileSync(join(dir, 'b.txt'), GOOD);
    const second = lint(['.', '--cache'], dir);
    expect(second.results.map((r) => r.messages.length)).toEqual([second.results[0]!.messages.length, 0, 0]);
    expect(second.results[0]!.messages[0]!.message).toBe('FROM THE CACHE');
    const cache = readCache(cacheFile);
    expect(cache.paths).toEqual(['a.txt', 'b.txt', 'c.txt'].map((name) => join(dir, name)));
    expect(cache.results.map((r) => r.messages.length)).toEqual([second.results[0]!.messages.length, 0, 0]);
    expect(crc32(cache.body)).toBe(cache.crc);
    // A new file takes its place in path order, the order of a report.
    writeFileSync(join(dir, 'ab.txt'), BAD);
    lint(['.', '--cache'], dir);
    expect(readCache(cacheFile).paths).toEqual(['a.txt', 'ab.txt', 'b.txt', 'c.txt'].map((name) => join(dir, name)));
  });

  it("re-lints when a plugin rule's code changes", () => {
    const plugin = (word: string) =>
      `export default { rules: [{ id: 'team/word', kind: 'presence', severity: 'warn', description: 'd', rationale: 'r', examples: { bad: ['Our courier lost it.'], good: ['We lost it.'] },\n` +
      `  check(draft, report) { const at = draft.text.indexOf('courier'); if (at >= 0) report({ start: at, end: at + 7, message: '${word}' }); } }] };\n`;
    const dir = makeProject({ 'a.txt': BAD, '.apologylintrc.json': '{"plugins": ["./plugin.js"]}', 'plugin.js': plugin('first') });
    const messages = () => lint(['a.txt', '--cache'], dir).results[0]!.messages.filter((m) => m.ruleId === 'team/word').map((m) => m.message);
    expect(messages()).toEqual(['first']);
    writeFileSync(join(dir, 'plugin.js'), plugin('second'));
    expect(messages()).toEqual(['second']);
  });

  it('re-lints when the settings change', () => {
    const dir = makeProject({ 'a.txt': BAD });
    expect(lint(['a.txt', '--cache'], dir).results[0]!.messages.some((m) => m.ruleId === 'blame-shifting')).toBe(true);
    const off = lint(['a.txt', '--cache', '--rule', 'blame-shifting:off'], dir);
    expect(off.results[0]!.messages.some((m) => m.ruleId === 'blame-shifting')).toBe(false);
  });

  it('--cache-location takes a file or a folder; a cache it cannot use or write never breaks the run', () => {
    const dir = makeProject({ 'a.txt': BAD, 'caches/.keep': '' });
    lint(['a.txt', '--cache', '--cache-location', 'caches'], dir);
    expect(existsSync(join(dir, 'caches/.apologylintcache'))).toBe(true);
    lint(['a.txt', '--cache', '--cache-location', 'my-cache.json'], dir);
    expect(existsSync(join(dir, 'my-cache.json'))).toBe(true);

    writeFileSync(join(dir, 'my-cache.json'), '{ not json');
    const corrupt = lint(['a.txt', '--cache', '--cache-location', 'my-cache.json'], dir);
    expect(corrupt.run.status).toBe(1);
    expect(corrupt.results[0]!.messages.length).toBeGreaterThan(0);

    mkdirSync(join(dir, 'blocked'));
    writeFileSync(join(dir, 'blocked/file'), 'x');
    const unwritable = lint(['a.txt', '--cache', '--cache-location', 'blocked/file/cache.json'], dir);
    expect(unwritable.run.status).toBe(1);
    expect(unwritable.run.stderr).toMatch(/^apology-lint: the cache could not be written to .*blocked\/file\/cache\.json: /m);
  });
});

describe('--cache entries of files that are gone', () => {
  it('are dropped when the cache is next written; entries of files this run did not visit are kept', () => {
    const dir = makeProject({ 'a.txt': BAD, 'b.txt': BAD, 'c.txt': BAD, 'd.txt': GOOD });
    const cacheFile = join(dir, '.apologylintcache');
    lint(['.', '--cache'], dir);
    expect(readCache(cacheFile).paths).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt'].map((name) => join(dir, name)));
    rmSync(join(dir, 'b.txt'));
    // Shard 1 of 2 now sees a.txt and d.txt; it changes a.txt, so the cache is written again.
    writeFileSync(join(dir, 'a.txt'), GOOD);
    expect(lint(['.', '--cache', '--shard', '1/2'], dir).results.map((r) => r.filePath)).toEqual([join(dir, 'a.txt'), join(dir, 'd.txt')]);
    // b.txt is gone from the cache; c.txt, shard 2's, is still served from it.
    expect(readCache(cacheFile).paths).toEqual(['a.txt', 'c.txt', 'd.txt'].map((name) => join(dir, name)));
    editCachedResult(cacheFile, join(dir, 'c.txt'), (result) => (result.messages[0]!.message = 'FROM THE CACHE'));
    const shard2 = lint(['.', '--cache', '--shard', '2/2'], dir).results;
    expect(shard2.map((r) => [r.filePath, r.messages[0]!.message])).toEqual([[join(dir, 'c.txt'), 'FROM THE CACHE']]);
  });
});

describe('--shard', () => {
  const files = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`replies/r${String(i).padStart(2, '0')}.txt`, i % 3 ? BAD : GOOD]));

  it('splits the files so that the shards together are exactly the whole run', () => {
    const dir = makeProject(files);
    const whole = lint(['replies'], dir).results;
    const shards = [1, 2, 3].map((i) => lint(['replies', '--shard', `${i}/3`], dir).results);
    const paths = shards.map((shard) => shard.map((r) => r.filePath));
    // Disjoint, balanced, and the union is the whole run, results and all.
    expect(new Set(paths.flat()).size).toBe(paths.flat().length);
    expect(paths.map((p) => p.length)).toEqual([4, 4, 3]);
    const union = shards.flat().sort((a, b) => a.filePath.localeCompare(b.filePath));
    expect(union).toEqual(whole);
  });

  it('rejects a shard that does not exist', () => {
    const run = runCli(['.', '--shard', '4/3']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('apology-lint: --shard "4/3": write it as i/n with 1 <= i <= n, e.g. --shard 2/4\n');
  });
});
