import { describe, expect, it } from 'vitest';
import { loadLibraries } from '../../src/sources/libraries.js';
import { markdownFormat } from '../../src/sources/markdown.js';

// The engine loads a format's parser before it reads a file; these tests call the format directly.
await loadLibraries();

describe('markdown source', () => {
  const text = [
    '---',
    'title: Sorry for the inconvenience',
    '---',
    '# About your order',
    'We lost your parcel and',
    'I have sent a new one. Run `sorry --now` or see [our help centre](https://example.com/sorry).',
    '',
    '```',
    'sorry for the inconvenience',
    '```',
  ].join('\n');
  const [draft] = markdownFormat.parse(text, '/tmp/reply.md');

  it('is one draft named after the file, sliced from the file as is', () => {
    expect(draft?.name).toBe('reply.md');
    expect(draft?.text).toBe(text);
    expect(draft?.toSource(10)).toBe(10);
  });

  it('blanks front matter, code, inline code and link targets but keeps their length', () => {
    const prose = draft!.prose!;
    expect(prose).toHaveLength(text.length);
    expect(prose).not.toMatch(/inconvenience|--now|example\.com|title/);
    expect(prose).toContain('our help centre');
  });

  it('joins a wrapped paragraph and keeps the heading a separate block', () => {
    const prose = draft!.prose!;
    expect(prose).toContain('About your order\nWe lost your parcel and I have sent a new one.');
  });

  // Found by test/robust/properties.test.ts: the Markdown parser skips a leading U+FEFF and
  // counts its offsets from after it, so every word and heading of such a file (one with a second
  // byte-order mark after the one lintText strips) was one character off.
  it('keeps words and headings in place after a leading U+FEFF', async () => {
    const bom = '\uFEFF# About your order\nWe lost your parcel.';
    const [withBom] = markdownFormat.parse(bom, 'reply.md');
    expect(withBom!.prose!.indexOf('We lost your parcel.')).toBe(bom.indexOf('We lost your parcel.'));
    expect(withBom!.headings).toEqual([[1, bom.indexOf('\n')]]);

    const { Linter } = await import('../../src/api.js');
    const linter = await Linter.create({ useConfigFile: false, expectApology: true });
    const shrunk = '\uFEFF\uFEFF\uD800\u{10000}';
    const result = await linter.lintText(shrunk, 'reply.md');
    const edits = result.messages.flatMap((m) => (m.suggestions ?? []).map((s) => s.fix.range[0]));
    // Linted as '\uFEFF\uD800\u{10000}' (lintText strips one mark): offset 3 is between the two
    // halves of U+10000, where the sentences to add went.
    expect(edits).not.toContain(3);
    expect(edits).toContain(4);
  });
});
