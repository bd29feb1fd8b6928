import { describe, expect, it } from 'vitest';
import { formatFor, FORMATS, formatByName } from '../../src/sources/index.js';
import { htmlText } from '../../src/sources/html.js';
import { decodeJsonString, parseJsonTree } from '../../src/sources/json-tree.js';
import { detectShape, macroDrafts, NotMacrosError } from '../../src/sources/macros.js';
import { compose, TextBuilder } from '../../src/sources/text-map.js';
import type { TreeNode } from '../../src/sources/tree.js';
import { SourceError } from '../../src/sources/types.js';
import { loadLibraries } from '../../src/sources/libraries.js';
import { parseYamlTree } from '../../src/sources/yaml-tree.js';
import { random } from '../../scripts/random.js';

// The engine loads a format's parser before it reads a file; these tests call the formats directly.
await loadLibraries();


/** Every string in a tree, with its path. */
function strings(node: TreeNode, path = ''): Array<{ path: string; node: Extract<TreeNode, { type: 'string' }> }> {
  if (node.type === 'string') return [{ path, node }];
  if (node.type === 'object') return node.entries.flatMap((entry) => strings(entry.value, `${path}.${entry.key}`));
  if (node.type === 'array') return node.items.flatMap((item, index) => strings(item, `${path}[${index}]`));
  return [];
}

/** Each word of each string maps back to the same word in the file. */
function wordsMapBack(source: string, node: TreeNode): string[] {
  const wrong: string[] = [];
  for (const { path, node: string } of strings(node)) {
    for (const word of string.value.matchAll(/[A-Za-z{}._]+/g)) {
      const raw = source.slice(string.toSource(word.index), string.toSource(word.index + word[0].length, 'end'));
      if (raw !== word[0]) wrong.push(`${path}: ${JSON.stringify(word[0])} → ${JSON.stringify(raw)}`);
    }
  }
  return wrong;
}

describe('TextBuilder maps decoded text back to the source', () => {
  it('copies map one to one; decoded pieces are covered whole; inserted text maps to a point', () => {
    // source: "a&amp;b<br>c"
    const builder = new TextBuilder();
    builder.copy(0, 'a');
    builder.replace(1, 6, '&');
    builder.copy(6, 'b');
    builder.insert(11, '\n');
    builder.copy(11, 'c');
    const { text, toSource } = builder.build(0);
    expect(text).toBe('a&b\nc');
    expect([0, 1, 2, 3, 4].map((offset) => toSource(offset))).toEqual([0, 1, 6, 11, 11]);
    expect([1, 2, 3, 5].map((offset) => toSource(offset, 'end'))).toEqual([1, 6, 7, 12]);
  });

  it('composes two layers (HTML inside a JSON string)', () => {
    const file = '{"body": "<p>We\\u2019re sorry &amp; we lost it</p>"}';
    const string = strings(parseJsonTree(file))[0]!.node;
    const html = htmlText(string.value);
    const toSource = compose(html.toSource, string.toSource);
    expect(html.text).toBe('We’re sorry & we lost it');
    const at = html.text.indexOf('We’re');
    expect(file.slice(toSource(at), toSource(at + 5, 'end'))).toBe('We\\u2019re');
    const amp = html.text.indexOf('&');
    expect(file.slice(toSource(amp), toSource(amp + 1, 'end'))).toBe('&amp;');
  });
});

describe('JSON strings', () => {
  it('decode exactly as JSON.parse does, and any slice maps back to the raw text that decodes to it (random cases)', () => {
    const next = random(20261123);
    const pieces = ['we', 'lost', ' ', '\n', '"', '\\', '’', '\t', '😀', 'é', '/', '{{ticket.id}}', 'sorry', '\u0001'];
    for (let round = 0; round < 300; round++) {
      let value = '';
      const length = 1 + Math.floor(next() * 20);
      for (let i = 0; i < length; i++) value += pieces[Math.floor(next() * pieces.length)];
      // JSON.stringify, then write some characters as \uXXXX escapes the way exports do.
      const raw = JSON.stringify(value).replace(/[’é😀\u0001]/gu, (ch) =>
        [...ch].map((c) => Array.from({ length: c.length }, (_, k) => `\\u${c.charCodeAt(k).toString(16).padStart(4, '0')}`).join('')).join(''),
      );
      const file = `{"k": ${raw}}`;
      const start = file.indexOf(raw);
      const decoded = decodeJsonString(file, start, start + raw.length);
      expect(decoded.text).toBe(value);
      for (let probe = 0; probe < 10; probe++) {
        const a = Math.floor(next() * (value.length + 1));
        const b = a + Math.floor(next() * (value.length - a + 1));
        const slice = file.slice(decoded.toSource(a), b === a ? decoded.toSource(a) : decoded.toSource(b, 'end'));
        expect(JSON.parse(`"${slice}"`), `${JSON.stringify(value)} [${a}, ${b})`).toBe(value.slice(a, b));
      }
    }
  });

  it('says what is wrong with a broken file, and where', () => {
    const problem = (text: string) => {
      try {
        parseJsonTree(text);
        return null;
      } catch (error) {
        return [(error as SourceError).message, (error as SourceError).offset];
      }
    };
    expect(problem('{"a": 1,}')).toEqual(['expected a key in double quotes (is there a comma too many?)', 8]);
    expect(problem('[1,]')).toEqual(['expected a value (is there a comma too many?)', 3]);
    expect(problem('{"a": 1 "b": 2}')).toEqual(['a comma is missing', 8]);
    expect(problem('{"a": "x}')).toEqual(['a string is not closed (a " is missing)', 6]);
    expect(problem('// note\n{}')).toEqual(['JSON does not allow comments', 0]);
    expect(problem('  \n')).toEqual(['the file is empty', 0]);
  });
});

describe('YAML scalars map back through every style', () => {
  const source = [
    'plain: plain words folded',
    '  onto two lines',
    'double: "We\\u2019re \\"sorry\\" about',
    '  it, really \\',
    '  joined"',
    "single: 'it''s our'",
    'literal: |',
    '  Hi {{ticket.requester.first_name}},',
    '',
    '  We lost your parcel.',
    'literal_strip: |-',
    '    deeper indent',
    '    kept',
    'folded: >',
    '  folded line one',
    '  line two',
    '',
    '  new paragraph',
    '    more indented stays',
    '  back again',
    'keep: |+',
    '  trailing',
    '',
    'explicit: >2',
    '   leading space',
    '  normal',
    '',
  ].join('\n');

  it('decodes as the yaml package does, and every word points at itself', () => {
    const tree = parseYamlTree(source);
    expect(strings(tree).map(({ node }) => node.value)).toEqual([
      'plain words folded onto two lines',
      'We’re "sorry" about it, really joined',
      "it's our",
      'Hi {{ticket.requester.first_name}},\n\nWe lost your parcel.\n',
      'deeper indent\nkept',
      'folded line one line two\nnew paragraph\n  more indented stays\nback again\n',
      'trailing\n\n',
      ' leading space\nnormal\n',
    ]);
    expect(wordsMapBack(source, tree)).toEqual([]);
  });

  // Found by test/robust/properties.test.ts (a fixture YAML macro cut off mid-reply): the parser
  // ends a clipped or kept block scalar with a line break the file does not have, and the end of
  // the reply mapped one past the end of the file, where absence rules put their sentences.
  it('a block scalar at the end of a file with no final line break maps its end inside the file', () => {
    for (const header of ['|', '>', '|+', '>+', '|-', '>-']) {
      for (const body of ['Sorry.', 'Sorry.\n  more', 'Sorry.\n\n  more']) {
        const text = `Late: ${header}\n  ${body}`;
        const node = strings(parseYamlTree(text))[0]!.node;
        const end = node.value.length;
        expect([node.toSource(end), node.toSource(end, 'end'), node.toSource(end - 1, 'end')].every((at) => at <= text.length), JSON.stringify(text)).toBe(true);
      }
    }
  });

  it('…so a sentence added at the end of a cut-off HTML reply is an edit inside the file (shrunk counterexample)', async () => {
    const { Linter } = await import('../../src/api.js');
    const linter = await Linter.create({ useConfigFile: false });
    const text = "Locked out: |\n  <p>I'm sorry we locked you out for three hours on Tuesday.</p>\n  <p>We've credited three days (<strong>&euro;41.00</r";
    const result = await linter.lintText(text, 'macros.yaml');
    const ends = result.messages.flatMap((m) => (m.suggestions ?? []).map((s) => s.fix.range[1]));
    expect(ends.length).toBeGreaterThan(0);
    expect(Math.max(...ends)).toBeLessThanOrEqual(text.length);
  });

  it('reports a broken file with the parser’s reason and position', () => {
    expect(() => parseYamlTree('title: x\nactions:\n  - field: a\n - field: b\n')).toThrow(SourceError);
    try {
      parseYamlTree('a: b: c');
    } catch (error) {
      expect((error as SourceError).message).toBe('nested mappings are not allowed in compact mappings');
      expect((error as SourceError).offset).toBe(3);
    }
    expect(() => parseYamlTree('a: 1\na: 2')).toThrow('map keys must be unique');
  });
});

describe('HTML text', () => {
  it('keeps only what a reader sees in the message (no head, script, comments or hidden preheader), entities decoded, whitespace collapsed, blocks as breaks', () => {
    const html = [
      '<!DOCTYPE html><html><head><title>Sorry</title><style>p { color: red }</style></head><body>',
      '<div style="display: none; max-height: 0; overflow: hidden">Preheader: sorry about Saturday</div>',
      '<table><tr><td>',
      '    <p>Hi {{customer.first_name}},</p>',
      '    <p>We&rsquo;re   sorry: <b>we</b>',
      '      lost it &amp; we&#8217;ll refund&nbsp;you.<br>Today.</p>',
      '    <ul><li>One</li><li>Two <a href="https://x">link</a></li></ul>',
      '</td></tr></table><script>var sorry = "not prose";</script><!--[if mso]><p>Outlook</p><![endif]-->',
      '<p>Thanks,<br>Dana</p></body></html>',
    ].join('\n');
    const { text, toSource } = htmlText(html);
    expect(text).toBe('Hi {{customer.first_name}},\n\nWe’re sorry: we lost it & we’ll refund\u00a0you.\nToday.\n\nOne\nTwo link\n\nThanks,\nDana');
    const span = (words: string) => {
      const at = text.indexOf(words);
      return html.slice(toSource(at), toSource(at + words.length, 'end'));
    };
    expect(span('We’re sorry')).toBe('We&rsquo;re   sorry');
    expect(span('we lost it & we’ll')).toBe('we</b>\n      lost it &amp; we&#8217;ll');
    expect(span('Two link')).toBe('Two <a href="https://x">link');
  });

  it('marks headings, so a sentence to add goes below them', () => {
    const { text, headings } = htmlText('<h1>Your order</h1><p>Our courier lost it.</p>');
    expect(text).toBe('Your order\n\nOur courier lost it.');
    expect(headings.map(([start, end]) => text.slice(start, end))).toEqual(['Your order']);
  });
});

describe('macro shapes', () => {
  const zendesk = JSON.stringify(
    {
      macros: [
        { id: 1, title: 'Shipping::Late parcel', actions: [{ field: 'status', value: 'pending' }, { field: 'comment_value', value: 'Hi,\n\nOur courier lost it.' }] },
        { id: 2, title: 'Billing::Refund', actions: [{ field: 'comment_value_html', value: '<p>We&rsquo;re sorry.</p><p>Refund today.</p>' }] },
        { id: 3, title: 'Tags only', actions: [{ field: 'set_tags', value: 'x' }] },
        { id: 4, title: 'Shipping::Late parcel', actions: [{ field: 'comment_value', value: ['channel:all', 'Legacy form.'] }] },
      ],
      count: 4,
    },
    null,
    2,
  );

  it('reads a Zendesk envelope: one draft per reply action, titles kept with their groups, repeats numbered', () => {
    const drafts = macroDrafts(parseJsonTree(zendesk));
    expect(drafts.map((d) => [d.name, d.text])).toEqual([
      ['Shipping::Late parcel', 'Hi,\n\nOur courier lost it.'],
      ['Billing::Refund', 'We’re sorry.\n\nRefund today.'],
      ['Shipping::Late parcel (2)', 'Legacy form.'],
    ]);
    const refund = drafts[1]!;
    expect(zendesk.slice(refund.toSource(0), refund.toSource(5, 'end'))).toBe('We&rsquo;re');
  });

  it('reads a single macro, a bare array, YAML macros and a YAML list the same way', () => {
    const macro = { title: 'A::B', actions: [{ field: 'comment_value', value: 'Sorry.' }] };
    const cases: Array<[TreeNode, string]> = [
      [parseJsonTree(JSON.stringify({ macro })), 'zendesk'],
      [parseJsonTree(JSON.stringify([macro, macro])), 'zendesk'],
      [parseYamlTree('title: A::B\nactions:\n  - field: comment_value\n    value: |\n      Sorry.\n'), 'zendesk'],
      [parseYamlTree('- title: A::B\n  actions:\n    - field: comment_value\n      value: Sorry.\n'), 'zendesk'],
      [parseJsonTree('{"type": "list", "saved_replies": [{"name": "Refund", "blocks": [{"type": "paragraph", "text": "Sorry."}]}]}'), 'intercom'],
      [parseJsonTree('[{"name": "Refund", "blocks": [{"type": "paragraph", "text": "Sorry."}]}]'), 'intercom'],
      [parseJsonTree('{"Refund": "Sorry.", "Late": "Sorry too."}'), 'title-map'],
      [parseYamlTree('Refund: Sorry.\nLate: |\n  Sorry too.\n'), 'title-map'],
    ];
    for (const [tree, shape] of cases) {
      expect(detectShape(tree)).toBe(shape);
      expect(macroDrafts(tree)[0]!.text.trim()).toBe('Sorry.');
    }
  });

  it('joins Intercom blocks and list items into one reply, each mapping back into its own string', () => {
    const file = '{"saved_replies": [{"name": "Double charge", "blocks": [\n  {"type": "paragraph", "text": "Hi {{first_name}},"},\n  {"type": "paragraph", "text": "We&#39;re sorry, <b>we charged you twice</b>."},\n  {"type": "unorderedList", "items": ["<b>Refund:</b> today", "Credit: &pound;5"]}\n]}]}';
    const [draft] = macroDrafts(parseJsonTree(file));
    expect(draft!.name).toBe('Double charge');
    expect(draft!.text).toBe('Hi {{first_name}},\n\nWe’re sorry, we charged you twice.\n\nRefund: today\n\nCredit: £5'.replace('’', "'"));
    const span = (words: string) => {
      const at = draft!.text.indexOf(words);
      return file.slice(draft!.toSource(at), draft!.toSource(at + words.length, 'end'));
    };
    expect(span("We're sorry, we charged")).toBe('We&#39;re sorry, <b>we charged');
    expect(span('Credit: £5')).toBe('Credit: &pound;5');
    expect(span('today')).toBe('today');
  });

  // Found by test/robust/properties.test.ts (a JSON map with a line duplicated): two replies
  // with one name, so a finding's `draft` could not say which reply it was in.
  it('names the replies of a title → reply map apart when a JSON key repeats', () => {
    const text = '{"Late parcel": "Sorry we lost it.", "Late parcel": "Sorry it is late."}';
    expect(macroDrafts(parseJsonTree(text)).map((draft) => draft.name)).toEqual(['Late parcel', 'Late parcel (2)']);
  });

  it('a file with no macros is skipped with a note; a macro file with a broken macro is an error at that spot', () => {
    expect(() => macroDrafts(parseJsonTree('{"theme": "dark", "pageSize": 25}'))).toThrow(NotMacrosError);
    const yaml = 'title: Refund\nactions: send a refund\n';
    try {
      macroDrafts(parseYamlTree(yaml));
      expect.unreachable();
    } catch (error) {
      expect((error as SourceError).message).toBe('macro "Refund": actions should be a list of {field, value}');
      expect((error as SourceError).offset).toBe(yaml.indexOf('send'));
    }
  });
});

describe('choosing a format', () => {
  it('by extension, then by content; named formats exist for overrides', () => {
    expect(formatFor('macros/a.json').name).toBe('json');
    expect(formatFor('macros/a.YML').name).toBe('yaml');
    expect(formatFor('mail/a.htm').name).toBe('html');
    expect(formatFor('<stdin>', '  {"macros": []}').name).toBe('json');
    expect(formatFor('<stdin>', '[{"title": "x"}]').name).toBe('json');
    expect(formatFor('<stdin>', '<!DOCTYPE html><p>Hi</p>').name).toBe('html');
    expect(formatFor('<stdin>', '{{ticket.requester.first_name}}, sorry!').name).toBe('text');
    expect(FORMATS.map((format) => format.name)).toEqual(['text', 'markdown', 'html', 'json', 'yaml', 'zendesk', 'intercom', 'title-map']);
    expect(() => formatByName('zendesk')!.parse('{"Refund": "Sorry."}', 'a.json')).toThrow(
      'this is not Zendesk macros (it looks like a title → reply map)',
    );
  });
});
