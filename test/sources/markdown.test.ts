import { describe, expect, it } from 'vitest';
import { markdownFormat } from '../../src/sources/markdown.js';

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
});
