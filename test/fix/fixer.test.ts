/**
 * --fix semantics: edits never overlap, bytes outside them never change, every format still
 * parses into the same macros after fixing, and fixing twice changes nothing the second time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { configForFile, loadConfig, type LoadedConfig } from '../../src/config/index.js';
import { applyEdits, chooseEdits, lineEnding, type TextEdit } from '../../src/fix/apply.js';
import { DEFAULT_FIX_KINDS, FIX_KINDS, lintAndFix } from '../../src/fix/fixer.js';
import { formatFor } from '../../src/sources/index.js';
import { loadCorpus } from '../../scripts/corpus.js';
import type { RuleKind } from '../../src/types.js';
import { ROOT } from '../helpers/cli.js';
import { random } from '../../scripts/random.js';


let loaded: LoadedConfig;
beforeAll(async () => {
  loaded = await loadConfig({ cwd: ROOT, useConfigFile: false, builtinRules });
});

/** Fix a text as `apology-lint --fix` would (every rule on at its preset severity). */
async function fix(text: string, filePath: string, kinds: readonly RuleKind[] = FIX_KINDS, onPass?: Parameters<typeof lintAndFix>[1]['onPass'], maxPasses?: number) {
  const config = configForFile(loaded, join(ROOT, filePath), builtinRules, { rules: { 'missing-thanks': 'warn', 'missing-prevention': 'warn', 'missing-invitation': 'warn' } });
  return lintAndFix({ filePath, text, config, rules: builtinRules }, { kinds: new Set(kinds), onPass, maxPasses });
}

describe('applying edits', () => {
  it('keeps every character outside the edited ranges (random cases)', () => {
    const next = random(5);
    for (let round = 0; round < 500; round++) {
      const text = Array.from({ length: Math.floor(next() * 60) }, () => 'ab \n\r’😀"\\'[Math.floor(next() * 9)]).join('');
      const candidates = Array.from({ length: Math.floor(next() * 6) }, () => {
        const start = Math.floor(next() * (text.length + 1));
        const end = Math.min(text.length, start + Math.floor(next() * 5));
        return { fix: { range: [start, end] as [number, number], text: 'XY'.slice(0, Math.floor(next() * 3)) } };
      });
      const { chosen, deferred } = chooseEdits(candidates);
      expect(chosen.length + deferred.length).toBe(candidates.length);
      const edits = chosen.map((c) => c.fix);
      // Chosen edits neither overlap nor touch.
      for (let i = 1; i < edits.length; i++) expect(edits[i]!.range[0]).toBeGreaterThan(edits[i - 1]!.range[1]);
      const out = applyEdits(text, edits);
      let at = 0;
      let outAt = 0;
      for (const edit of edits) {
        const kept = text.slice(at, edit.range[0]);
        expect(out.slice(outAt, outAt + kept.length)).toBe(kept);
        outAt += kept.length;
        expect(out.slice(outAt, outAt + edit.text.length)).toBe(edit.text);
        outAt += edit.text.length;
        at = edit.range[1];
      }
      expect(out.slice(outAt)).toBe(text.slice(at));
    }
  });

  it('refuses overlapping edits instead of guessing', () => {
    expect(() => applyEdits('abcdef', [{ range: [1, 4], text: 'x' }, { range: [3, 5], text: 'y' }])).toThrow(RangeError);
  });

  it('reads a file’s line ending', () => {
    expect(lineEnding('a\r\nb\r\nc\n')).toBe('\r\n');
    expect(lineEnding('a\nb\r\nc\n')).toBe('\n');
  });
});

describe('fixing a reply', () => {
  it('applies only safe rewrites by default, and insertions when asked', async () => {
    const text = 'Hi Sam,\n\nSorry for the wait, but our courier lost your parcel. We apologise for any inconvenience.\n\nThanks,\nDana\n';
    const safe = await fix(text, 'reply.txt', DEFAULT_FIX_KINDS);
    expect(safe.output).toBe('Hi Sam,\n\nSorry for the wait. We lost your parcel. We apologise for any inconvenience.\n\nThanks,\nDana\n');
    // What is left is reported: the stock apology has a [slot], so it stays for the writer.
    expect(safe.messages.map((m) => m.ruleId)).toContain('non-apology');
    expect(safe.messages.some((m) => m.ruleId === 'blame-shifting')).toBe(false);

    const all = await fix(text, 'reply.txt', FIX_KINDS);
    expect(all.output).toContain("We'll check in with you by [date]");
    expect(all.messages.some((m) => m.ruleId === 'missing-follow-up')).toBe(false);
  });

  it('keeps CRLF line endings when it inserts a line', async () => {
    const text = 'Hi Sam,\r\n\r\nOur courier lost your parcel.\r\n\r\nThanks,\r\nDana\r\n';
    const fixed = await fix(text, 'reply.txt', FIX_KINDS);
    expect(fixed.output).toBeDefined();
    expect(fixed.output!.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('leaves a file it cannot parse untouched', async () => {
    const broken = '{"Late": "Our courier lost your parcel.",}';
    const result = await fix(broken, 'macros.json');
    expect(result.output).toBeUndefined();
    expect(result.fatalErrorCount).toBe(1);
  });
});

describe('fixing every fixture library', () => {
  const dir = join(ROOT, 'fixtures/libraries');
  const files = (function walk(d: string): string[] {
    return readdirSync(d).flatMap((name) => (statSync(join(d, name)).isDirectory() ? walk(join(d, name)) : [join(d, name)]));
  })(dir).filter((file) => extname(file) !== '');

  it.each(files.map((file) => [relative(dir, file), file]))('%s: still parses into the same macros, only reply text changes, and a second fix changes nothing', async (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const path = relative(ROOT, file);
    const passes: Array<{ before: string; edits: readonly TextEdit[]; after: string }> = [];
    const result = await fix(text, path, FIX_KINDS, (pass) => passes.push(pass));
    const output = result.output ?? text;
    // Each pass applied exactly the edits it chose; nothing else moved.
    for (const pass of passes) expect(pass.after).toBe(applyEdits(pass.before, pass.edits));
    const format = formatFor(path, text);
    const before = format.parse(text, path);
    const after = format.parse(output, path);
    expect(after.map((d) => d.name)).toEqual(before.map((d) => d.name));
    // Everything but the reply text is byte-for-byte what it was.
    if (/\.json$/.test(file)) expect(withoutReplies(JSON.parse(output))).toEqual(withoutReplies(JSON.parse(text)));
    if (/\.ya?ml$/.test(file)) expect(withoutReplies(parseYaml(output))).toEqual(withoutReplies(parseYaml(text)));
    const again = await fix(output, path);
    expect(again.output, 'a second --fix changed the file').toBeUndefined();
  });

  it('fixes something in most of them', async () => {
    let changed = 0;
    for (const file of files) if ((await fix(readFileSync(file, 'utf8'), relative(ROOT, file))).output !== undefined) changed++;
    expect(changed).toBeGreaterThanOrEqual(files.length / 2);
  });
});

/** A macro file's data with every reply text (and title → reply value) blanked. */
function withoutReplies(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' && key === 'items' ? '…' : withoutReplies(item, key === 'value' ? 'value' : '')));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    const titleMap = entries.length > 0 && entries.every(([, v]) => typeof v === 'string');
    return Object.fromEntries(entries.map(([k, v]) => [k, titleMap || (typeof v === 'string' && (k === 'text' || k === 'body' || (k === 'value' && v.length > 40))) ? '…' : withoutReplies(v, k)]));
  }
  if (typeof value === 'string' && key === 'value' && value.length > 40) return '…';
  return value;
}

describe('fixing twice changes nothing the second time', () => {
  it('over the whole corpus, with every kind of fix', async () => {
    let changed = 0;
    for (const draft of loadCorpus()) {
      const text = readFileSync(draft.path, 'utf8');
      const first = await fix(text, draft.id);
      if (first.output === undefined) continue;
      changed++;
      const second = await fix(first.output, draft.id);
      expect(second.output, draft.id).toBeUndefined();
    }
    expect(changed).toBeGreaterThan(100);
  });

  it('over random replies stitched from corpus sentences, with bytes outside each pass’s edits kept', async () => {
    const sentences = loadCorpus()
      .filter((draft) => !/\.md$/.test(draft.id))
      .flatMap((draft) => readFileSync(draft.path, 'utf8').split(/(?<=[.!?])\s+|\n+/))
      .filter((s) => s.trim().length > 20 && /^[\x20-\x7e’]+$/.test(s));
    const next = random(42);
    let changed = 0;
    for (let round = 0; round < 60; round++) {
      const body = Array.from({ length: 2 + Math.floor(next() * 5) }, () => sentences[Math.floor(next() * sentences.length)]).join(next() < 0.5 ? ' ' : '\n\n');
      const text = `Hi Sam,\n\n${body}\n\nThanks,\nDana\n`;
      const passes: Array<{ before: string; edits: readonly TextEdit[]; after: string }> = [];
      const first = await fix(text, 'random.txt', FIX_KINDS, (pass) => passes.push(pass));
      for (const pass of passes) expect(pass.after).toBe(applyEdits(pass.before, pass.edits));
      expect(passes.length).toBeLessThanOrEqual(10);
      if (first.output === undefined) continue;
      changed++;
      const second = await fix(first.output, 'random.txt');
      expect(second.output, text).toBeUndefined();
    }
    expect(changed).toBeGreaterThan(30);
  });
});
