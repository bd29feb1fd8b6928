import { describe, expect, it } from 'vitest';
import { DirectiveIndex, parseDirectives } from '../../src/engine/directives.js';

describe('inline directives', () => {
  it('parses HTML and Liquid comment forms, with ids and a reason', () => {
    const text = [
      '<!-- apology-lint-disable blame-shifting, non-apology -- legal wording -->',
      '{% comment %} apology-lint-enable {% endcomment %}',
      '{% # apology-lint-disable-next-line missing-apology %}',
    ].join('\n');
    expect(parseDirectives(text).map((d) => [d.kind, d.ruleIds])).toEqual([
      ['disable', ['blame-shifting', 'non-apology']],
      ['enable', []],
      ['disable-next-line', ['missing-apology']],
    ]);
  });

  it('disables between disable and enable, for the named rules only', () => {
    const text = 'a\n<!-- apology-lint-disable blame-shifting -->\nb\n<!-- apology-lint-enable blame-shifting -->\nc';
    const index = new DirectiveIndex(text);
    expect(index.isDisabled('blame-shifting', text.indexOf('a'), true)).toBe(false);
    expect(index.isDisabled('blame-shifting', text.indexOf('b'), true)).toBe(true);
    expect(index.isDisabled('non-apology', text.indexOf('b'), true)).toBe(false);
    expect(index.isDisabled('blame-shifting', text.indexOf('c'), true)).toBe(false);
  });

  it('disable-next-line covers exactly the next line', () => {
    const text = '<!-- apology-lint-disable-next-line -->\nline two\nline three';
    const index = new DirectiveIndex(text);
    expect(index.isDisabled('non-apology', text.indexOf('two'), true)).toBe(true);
    expect(index.isDisabled('non-apology', text.indexOf('three'), true)).toBe(false);
  });

  it('a disable anywhere in the draft switches off an absence finding', () => {
    const text = 'We lost it.\n<!-- apology-lint-disable missing-apology -->';
    expect(new DirectiveIndex(text).isDisabled('missing-apology', 0, false)).toBe(true);
    expect(new DirectiveIndex(text).isDisabled('missing-remedy', 0, false)).toBe(false);
  });
});
