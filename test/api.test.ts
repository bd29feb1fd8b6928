import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineRule, lintFiles, lintText, Linter } from '../src/api.js';
import { ROOT } from './helpers/cli.js';
import { editCachedResult } from './helpers/cache.js';
import { makeProject } from './helpers/tmp.js';

describe('lintText', () => {
  it('returns one ESLint-shaped result with drafts and completeness', async () => {
    const results = await lintText('Hi Sam,\n\nOur courier lost your parcel.\n', { filePath: 'reply.txt', useConfigFile: false });
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(result).toMatchObject({ filePath: 'reply.txt', fatalErrorCount: 0, usedDeprecatedRules: [] });
    expect(result!.errorCount).toBe(result!.messages.filter((m) => m.severity === 2).length);
    expect(result!.drafts).toHaveLength(1);
    expect(result!.drafts[0]).toMatchObject({ name: 'reply.txt', line: 1, expectApology: true });
    expect(result!.drafts[0]!.completeness!.missing).toContain('prevention');
  });

  it('leaves absence rules out for a reply that owes no apology (expectApology auto)', async () => {
    const howTo = 'To change your plan, open Billing and pick the plan you want. It takes effect at once.';
    const [quiet] = await lintText(howTo, { useConfigFile: false });
    expect(quiet!.messages).toEqual([]);
    expect(quiet!.drafts[0]).toMatchObject({ expectApology: false, completeness: null });

    const [forced] = await lintText(howTo, { useConfigFile: false, expectApology: true });
    const forcedIds = forced!.messages.map((m) => m.ruleId);
    expect(forcedIds).toContain('missing-apology');
    expect(forcedIds.every((id) => id!.startsWith('missing-'))).toBe(true);
  });

  it('includeDraftText keeps each reply as linted, with draft ranges for findings and edits', async () => {
    const file = JSON.stringify({ 'Late parcel': 'Hi Sam,\n\nWe\u2019re sorry, but our courier lost it.' });
    const [plain] = await lintText(file, { filePath: 'macros.json', useConfigFile: false });
    expect(plain!.drafts[0]!.text).toBeUndefined();
    expect(plain!.messages[0]!.draftRange).toBeUndefined();

    const [result] = await lintText(file, { filePath: 'macros.json', useConfigFile: false, includeDraftText: true });
    const text = result!.drafts[0]!.text!;
    expect(text).toBe('Hi Sam,\n\nWe’re sorry, but our courier lost it.');
    const but = result!.messages.find((m) => m.ruleId === 'non-apology')!;
    expect(text.slice(...but.draftRange!)).toBe(but.words);
    // The rewrite also capitalises the next word, so its range reaches one character further.
    const [start, end] = but.suggestions![0]!.draftRange!;
    expect(text.slice(start, end)).toBe('sorry, but o');
    // …and in the file, the same edit covers the raw characters.
    expect(file.slice(...but.suggestions![0]!.fix.range)).toBe('sorry, but o');
  });

  it('strips a byte-order mark so ranges index the text after it', async () => {
    const [result] = await lintText('\uFEFFOur courier lost your parcel.', { useConfigFile: false, rules: { 'missing-apology': 'off' } });
    const [message] = result!.messages;
    expect(message).toMatchObject({ line: 1, column: 1 });
    expect(message!.suggestions![0]!.fix.range[0]).toBe(0);
  });

  it('reports a rule that throws as an error for that draft and keeps the other rules', async () => {
    const linter = await Linter.create({ useConfigFile: false });
    const broken = defineRule({
      id: 'test/broken',
      kind: 'presence',
      severity: 'error',
      description: 'Always throws.',
      rationale: 'To test isolation.',
      examples: { bad: ['x'], good: ['y'] },
      check() {
        throw new Error('boom');
      },
    });
    (linter.rules as unknown as object[]).push(broken);
    (linter.loaded.pluginRules as unknown as object[]).push(broken);
    const result = await linter.lintText('Our courier lost your parcel.', 'r.txt');
    const ids = result.messages.map((m) => m.ruleId);
    expect(ids).toContain('blame-shifting');
    expect(result.messages.find((m) => m.ruleId === 'test/broken')?.message).toBe(
      'The rule "test/broken" failed on this draft and was skipped: boom',
    );
  });
});

describe('lintFiles', () => {
  it('lints fixture files and returns results sorted by path', async () => {
    const results = await lintFiles(['fixtures/drafts/*.txt'], { cwd: ROOT, useConfigFile: false });
    expect(results.map((r) => r.filePath)).toEqual(
      ['good-apology.txt', 'how-to.txt', 'late-parcel.txt', 'quoted-thread.txt', 'templated.txt'].map((f) => join(ROOT, 'fixtures/drafts', f)),
    );
    expect(results.find((r) => r.filePath.endsWith('good-apology.txt'))!.messages).toEqual([]);
  });

  it('with cache: true, returns plain results from the cache, equal to a fresh run\'s', async () => {
    const dir = makeProject({ 'a.txt': 'Hi Sam,\n\nOur courier lost your parcel. Sorry for any inconvenience.\n', 'b.txt': 'Thanks!\n' });
    const options = { cwd: dir, cache: true };
    const fresh = await lintFiles(['.'], options);
    // Served from the cache: a mark put in the cache file shows in the result.
    editCachedResult(join(dir, '.apologylintcache'), join(dir, 'b.txt'), (result) => (result.filePath = 'MARKED'));
    const cached = await lintFiles(['.'], options);
    expect(cached[1]!.filePath).toBe('MARKED');
    cached[1]!.filePath = fresh[1]!.filePath;
    expect(cached).toEqual(fresh);
    expect(JSON.stringify(cached)).toBe(JSON.stringify(fresh));
    expect(cached[0]!.messages.length).toBeGreaterThan(0);
    for (const result of cached) expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    // Each call gets its own objects: changing one changes nothing the next call returns.
    cached[0]!.messages.length = 0;
    expect((await lintFiles(['.'], options))[0]!.messages).toEqual(fresh[0]!.messages);
    expect((await lintFiles(['.'], options))[1]!.filePath).toBe('MARKED');
  });

  it('turns a missing path into a fatal result instead of throwing', async () => {
    const [missing] = await lintFiles(['does-not-exist.txt'], { cwd: ROOT, useConfigFile: false });
    expect(missing).toMatchObject({ filePath: 'does-not-exist.txt', fatalErrorCount: 1, errorCount: 1 });
    expect(missing!.messages[0]).toMatchObject({ fatal: true, ruleId: null, message: 'no such file or directory' });
  });

  it('outputFixes writes no further file once its signal is aborted', async () => {
    const bad = 'Sorry for the wait, but our courier lost your parcel.\n';
    const root = makeProject({ 'a.txt': bad, 'b.txt': bad, 'c.txt': bad });
    const linter = await Linter.create({ cwd: root, useConfigFile: false, fix: true, expectApology: false });
    const results = await linter.lintFiles(['.']);
    const controller = new AbortController();
    // Abort as the first file is written: that file finishes, the other two are left as they were.
    const first = results[0]!;
    const output = first.output;
    expect(output).toBe('Sorry for the wait. We lost your parcel.\n');
    Object.defineProperty(first, 'output', { get: () => (controller.abort(), output) });
    expect(await linter.outputFixes(results, { signal: controller.signal })).toEqual([]);
    expect(['a.txt', 'b.txt', 'c.txt'].map((name) => readFileSync(join(root, name), 'utf8'))).toEqual([output, bad, bad]);
  });
});
