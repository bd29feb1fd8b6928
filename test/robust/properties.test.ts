/**
 * Property tests over the public API (`Linter`): whatever text, Markdown, macro library or
 * damaged fixture file it is given, linting never throws, every position it reports lies inside
 * the file and agrees with the project's line index (src/engine/positions.ts: lines end at `\n`
 * only, so a lone `\r` is an ordinary character; columns count UTF-16 units, 1-based), and the
 * same input always gives the same result, whatever order the files were written or named in.
 *
 * Runs are reproducible: a fixed seed, which `FC_SEED=<n>` overrides (a failure prints its seed
 * and the shrunk counterexample). `FC_SCALE=10` runs every property ten times as often, for a
 * longer hunt than CI's ~20 s. Bugs these found have regression tests next to their modules:
 * a lexicon regex that backtracked for minutes on a word before a long run of blanks
 * (test/draft/draft.test.ts), and YAML block scalars at the end of a file without a final line
 * break that mapped one past the end of the file (test/sources/formats.test.ts).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, relative } from 'node:path';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { Document, parseDocument, visit, type Scalar } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules, Linter, type LintMessage, type LintResult } from '../../src/api.js';
import { LineIndex } from '../../src/engine/positions.js';
import { looksLikeHtml } from '../../src/sources/html.js';
import { decode, UnreadableFileError } from '../../src/sources/read.js';
import { ROOT } from '../helpers/cli.js';

const SEED = process.env.FC_SEED !== undefined && process.env.FC_SEED !== '' ? Number(process.env.FC_SEED) : 20_250_611;

/** `FC_SCALE=10`: ten times the runs (a longer hunt; not for CI). */
const SCALE = Number(process.env.FC_SCALE ?? 1) || 1;

/** Each property's time limit: a few seconds is normal, so this is only for a stuck run. */
const TIMEOUT = 60_000 * Math.max(1, SCALE);

/** Per-property settings: a fixed seed, and a cap so a failure's shrinking cannot run for minutes. */
function runs(numRuns: number): fc.Parameters<unknown> {
  return { numRuns: Math.max(1, Math.round(numRuns * SCALE)), seed: SEED, skipAllAfterTimeLimit: 40_000 };
}

// ---------------------------------------------------------------------------------------------
// Material: the labelled corpus (so rules fire) and the fixture files (to mutate).

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    })
    .sort();
}

const CORPUS_TEXTS = filesUnder(join(ROOT, 'fixtures/corpus'))
  .filter((file) => /\.(txt|md)$/.test(file) && basename(file) !== 'README.md')
  .map((file) => readFileSync(file, 'utf8'));

const SENTENCES = [
  ...new Set(
    CORPUS_TEXTS.flatMap((text) => text.split(/\n+/))
      .flatMap((line) => line.split(/(?<=[.!?])\s+/))
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence.length >= 2 && sentence.length <= 300),
  ),
].sort();

/** Fixture files by their path under fixtures/ (counterexamples name the file, not its bytes). */
const FIXTURE_BYTES = new Map(
  [...filesUnder(join(ROOT, 'fixtures/libraries')), ...filesUnder(join(ROOT, 'fixtures/drafts'))].map((path) => [relative(join(ROOT, 'fixtures'), path), new Uint8Array(readFileSync(path))]),
);

// ---------------------------------------------------------------------------------------------
// A reference reading of positions, written independently of src/engine/positions.ts.

/** 1-based line and column of `offset`: lines end at `\n` only; columns count UTF-16 units. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

class Lines {
  readonly lines: string[];
  private readonly starts: number[] = [];

  constructor(readonly text: string) {
    this.lines = text.split('\n');
    let at = 0;
    for (const line of this.lines) {
      this.starts.push(at);
      at += line.length + 1;
    }
  }

  /** The offset of a line and column, or null when they are not a position in the text. */
  offset(line: number, column: number): number | null {
    if (!Number.isInteger(line) || !Number.isInteger(column)) return null;
    if (line < 1 || line > this.lines.length) return null;
    if (column < 1 || column > this.lines[line - 1]!.length + 1) return null;
    return this.starts[line - 1]! + column - 1;
  }
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** Whether an offset falls between the two halves of one astral character. */
const splitsPair = (text: string, offset: number) => offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));

interface Expectations {
  /** The file's text as linted (BOM removed). */
  text: string;
  /** The draft is the file itself (plain text, Markdown): offsets in it are offsets in the file. */
  slice?: boolean;
  /** Drafts that are a plain (not HTML) JSON string: their raw source decodes to the flagged words. */
  plainJsonDrafts?: ReadonlySet<string>;
}

/** Everything wrong with a result, as readable lines (empty when the result is sound). */
function problemsIn(result: LintResult, { text, slice = false, plainJsonDrafts }: Expectations): string[] {
  const problems: string[] = [];
  const lines = new Lines(text);
  const at = (m: LintMessage) => `${m.ruleId ?? 'fatal'} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`;
  const all = [...result.messages, ...result.suppressedMessages];

  for (const m of all) {
    const start = lines.offset(m.line, m.column);
    const end = lines.offset(m.endLine, m.endColumn);
    if (start === null) problems.push(`${at(m)}: start is not a position in the file (${lines.lines.length} lines)`);
    if (end === null) problems.push(`${at(m)}: end is not a position in the file`);
    if (start !== null && end !== null) {
      if (start > end) problems.push(`${at(m)}: starts after it ends`);
      if (splitsPair(text, start) || splitsPair(text, end)) problems.push(`${at(m)}: splits a surrogate pair`);
      if (m.words !== undefined && slice && text.slice(start, end) !== m.words) {
        problems.push(`${at(m)}: words ${JSON.stringify(m.words)} but the file there reads ${JSON.stringify(text.slice(start, end))}`);
      }
      if (m.words && m.draft && plainJsonDrafts?.has(m.draft)) {
        const raw = text.slice(start, end);
        let decoded: string;
        try {
          decoded = JSON.parse(`"${raw}"`) as string;
        } catch {
          decoded = `<not a JSON string body: ${raw}>`;
        }
        if (decoded !== m.words) problems.push(`${at(m)}: words ${JSON.stringify(m.words)} but the JSON there reads ${JSON.stringify(decoded)}`);
      }
    }
    if (m.ruleId === null && !m.fatal) problems.push(`${at(m)}: a message with no rule must be fatal`);
    if (m.fatal && result.messages.length !== 1) problems.push(`${at(m)}: a fatal result holds exactly one message`);
    if (/failed on this draft and was skipped/.test(m.message)) problems.push(`${at(m)}: ${m.message}`);

    const edits = [...(m.fix ? [{ what: 'fix', fix: m.fix }] : []), ...(m.suggestions ?? []).map((s, i) => ({ what: `suggestion ${i}`, fix: s.fix }))];
    for (const { what, fix } of edits) {
      const [from, to] = fix.range;
      if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || from > to || to > text.length) {
        problems.push(`${at(m)}: ${what} range [${from}, ${to}] is not inside the file (length ${text.length})`);
      } else if (splitsPair(text, from) || splitsPair(text, to)) {
        problems.push(`${at(m)}: ${what} range [${from}, ${to}] splits a surrogate pair`);
      }
    }
    if (m.fix && !(m.suggestions ?? []).some((s) => s.fix.range[0] === m.fix!.range[0] && s.fix.range[1] === m.fix!.range[1] && s.fix.text === m.fix!.text)) {
      problems.push(`${at(m)}: fix is none of its suggestions`);
    }

    // With the drafts' text kept, the draft ranges say exactly where a finding and its edits are.
    const draft = result.drafts.find((d) => d.name === m.draft);
    if (m.draftRange && draft?.text !== undefined) {
      const [from, to] = m.draftRange;
      if (draft.text.slice(from, to) !== m.words) problems.push(`${at(m)}: draftRange reads ${JSON.stringify(draft.text.slice(from, to))}, words ${JSON.stringify(m.words)}`);
      if (slice) {
        // The draft is the file: each end's line and column is what a line index of the text computes.
        const want = { from: positionOf(text, from), to: positionOf(text, to) };
        if (want.from.line !== m.line || want.from.column !== m.column || want.to.line !== m.endLine || want.to.column !== m.endColumn) {
          problems.push(`${at(m)}: draftRange [${from}, ${to}] is at ${want.from.line}:${want.from.column}-${want.to.line}:${want.to.column} in the file`);
        }
        for (const [i, s] of (m.suggestions ?? []).entries()) {
          if (s.draftRange && (s.draftRange[0] !== s.fix.range[0] || s.draftRange[1] !== s.fix.range[1])) {
            problems.push(`${at(m)}: suggestion ${i} draftRange [${s.draftRange.join(', ')}] is not its file range [${s.fix.range.join(', ')}]`);
          }
        }
      }
    }
  }

  for (const draft of result.drafts) {
    if (!Number.isInteger(draft.line) || draft.line < 1 || draft.line > lines.lines.length) problems.push(`draft ${draft.name}: line ${draft.line} is not in the file`);
    if (slice && draft.text !== undefined && draft.text !== text) problems.push(`draft ${draft.name}: the text is not the file's`);
  }

  // ESLint's shape: sorted messages and counts that add up.
  for (let i = 1; i < result.messages.length; i++) {
    const a = result.messages[i - 1]!;
    const b = result.messages[i]!;
    if (a.line > b.line || (a.line === b.line && a.column > b.column)) problems.push(`messages out of order: ${at(a)} before ${at(b)}`);
  }
  const count = (test: (m: LintMessage) => boolean) => result.messages.filter(test).length;
  if (result.errorCount !== count((m) => m.severity === 2)) problems.push('errorCount is wrong');
  if (result.warningCount !== count((m) => m.severity === 1)) problems.push('warningCount is wrong');
  if (result.fatalErrorCount !== count((m) => m.fatal === true)) problems.push('fatalErrorCount is wrong');
  if (result.fixableErrorCount !== count((m) => m.severity === 2 && m.fix !== undefined)) problems.push('fixableErrorCount is wrong');
  if (result.fixableWarningCount !== count((m) => m.severity === 1 && m.fix !== undefined)) problems.push('fixableWarningCount is wrong');
  return problems;
}

function expectSound(result: LintResult, expectations: Expectations): void {
  const problems = problemsIn(result, expectations);
  if (problems.length) throw new Error(`${result.filePath}:\n  ${problems.join('\n  ')}`);
}

// ---------------------------------------------------------------------------------------------
// Arbitraries.

const SPECIAL = [
  '\r', '\n', '\r\n', '\ufeff', '\0', '\t', '\v', '\f', '\u00a0', '\u2028', '\u2029', '\u200b', '\u0301', '\u0085',
  '\ud800', '\udbff', '\udc00', '\udfff', '😀', '👍🏽', '🇬🇧', '👨‍👩‍👧', '\u2019', '“', '”', '"', "'", '\\', '&', '<', '>',
  '#', ':', '-', '*', '`', '{', '}', '[', ']', '%', '|', '…', '—', 'é', 'e\u0301', 'ß', 'İ', '\u0130',
];

/** One "character" of hostile text: any code point, a lone surrogate half, control and markup characters. */
const anyChar = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)) },
);

const unicodeText = fc
  .tuple(fc.boolean(), fc.string({ unit: anyChar, maxLength: 160 }))
  .map(([bom, text]) => (bom ? `\ufeff${text}` : text));

const sentence = fc.constantFrom(...SENTENCES);
const junk = fc.string({ unit: anyChar, minLength: 1, maxLength: 6 });

const TEMPLATE = [
  '{{ticket.requester.first_name}}', '{{first_name | fallback: "there"}}', '{{current_user.first_name}}', '{% if customer.vip %}', '{% endif %}',
  '{{#if vip}}', '{{/if}}', '[Customer Name]', '[AMOUNT]', '[what we changed so it won\'t happen again]', '%{name}', '{customer_name}', '{{', '}}',
];
const TRICKY = [
  '\u2019', '’', '‘', '“', '”', '"', "'", '\\', '\\n', '\\"', '\n', '\n\n', '\r\n', '\t', '\u00a0', '&amp;', '&rsquo;', '&#39;', '&#x2019;',
  '&nbsp;', '&lt;b&gt;', '&bogus;', '&', '<b>', '</b>', '<br>', '<br/>', '<p>', '</p>', '😀', '👍🏽', '🇬🇧', ': ', ' #', '- ', '---', '...',
  '| ', '> ', '*', '`', 'é', 'e\u0301', '…', '—', '\ud83d', '\udc00', '\0', '\ufeff',
];

/** Reply text: corpus sentences with template syntax, escapes, entities, quotes and line breaks between. */
const replyText = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: sentence },
      { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
      { weight: 2, arbitrary: fc.constantFrom(...TEMPLATE) },
      { weight: 2, arbitrary: fc.constantFrom('\n', '\n\n', '\r\n', ' ', 'Hi Sam,\n\n', '\n\nBest,\nAlex') },
      { weight: 1, arbitrary: junk },
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(' '));

/** Text for the words property: mostly a whole corpus draft, damaged in small ways. */
const perturbedDraft = fc
  .record({
    base: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...CORPUS_TEXTS) }, { weight: 1, arbitrary: replyText }),
    eol: fc.constantFrom('\n', '\n', '\r\n', '\r'),
    bom: fc.boolean(),
    inserts: fc.array(fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...SPECIAL, '😀 ', ' \ud83d ', '  ', '\n\n'), junk)), { maxLength: 5 }),
  })
  .map(({ base, eol, bom, inserts }) => {
    let text = base.replace(/\r?\n/g, eol);
    for (const [at, piece] of inserts) {
      const offset = at % (text.length + 1);
      text = text.slice(0, offset) + piece + text.slice(offset);
    }
    return (bom ? '\ufeff' : '') + text;
  });

// Markdown, block by block.
const inline = fc.oneof(
  { weight: 8, arbitrary: sentence },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('*', '**', '_', '__', '~~', '***'), sentence).map(([mark, s]) => `${mark}${s}${mark}`) },
  { weight: 1, arbitrary: sentence.map((s) => `\`${s.slice(0, 24)}\``) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(sentence, fc.constantFrom('https://example.com/a?b=c', '#anchor', 'mailto:help@example.com', '<https://example.com/x y>', 'x "title"'))
      .map(([s, url]) => `[${s}](${url})`),
  },
  { weight: 1, arbitrary: sentence.map((s) => `![${s.slice(0, 12)}](img.png)`) },
  { weight: 1, arbitrary: fc.constantFrom('<https://example.com>', '[ref][1]', '[^note]', '\\*', '\\', '  ') },
  { weight: 2, arbitrary: fc.constantFrom(...TEMPLATE) },
  { weight: 2, arbitrary: fc.constantFrom('<b>', '</b>', '<span style="color:red">', '</span>', '<br>', '&amp;', '&rsquo;', '&#39;', '<!-- note -->', '<em>sorry</em>') },
  { weight: 1, arbitrary: junk },
);
const textLine = fc.array(inline, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '));
const paragraph = fc
  .array(fc.tuple(textLine, fc.constantFrom(' ', ' ', '\n', '  \n', '\\\n', '\r\n')), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.map(([text, wrap], i) => (i === parts.length - 1 ? text : text + wrap)).join(''));
const markdownBlock = fc.oneof(
  { weight: 6, arbitrary: paragraph },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), textLine).map(([level, text]) => `${'#'.repeat(level)} ${text}`) },
  { weight: 1, arbitrary: fc.tuple(textLine, fc.constantFrom('===', '---')).map(([text, under]) => `${text}\n${under}`) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '  - ', '    - ', '- [ ] ', '- [x] '), textLine), { minLength: 1, maxLength: 5 })
      .map((items) => items.map(([marker, text]) => marker + text).join('\n')),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'text', 'json'), fc.array(fc.oneof(sentence, junk), { maxLength: 3 }), fc.boolean())
      .map(([fence, lang, body, closed]) => `${fence}${lang}\n${body.join('\n')}${closed ? `\n${fence}` : ''}`),
  },
  { weight: 1, arbitrary: sentence.map((s) => `    ${s}`) },
  { weight: 2, arbitrary: fc.array(textLine, { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l) => `> ${l}`).join('\n')) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom('div', 'p', 'table', 'details', 'pre', 'script'), textLine).map(([tag, text]) => `<${tag}>\n${text}\n</${tag}>`),
  },
  { weight: 1, arbitrary: fc.constantFrom('---', '***', '___', '<!-- internal: do not send -->', '[1]: https://example.com "Help"') },
  { weight: 1, arbitrary: textLine.map((text) => `| Item | Note |\n|---|:---:|\n| ${text} | x |`) },
  { weight: 1, arbitrary: fc.constantFrom('Hi {{first_name}},', 'Hi Sam,', 'Best,\nAlex', 'Kind regards,\n[Agent name]', 'On Mon, Sam wrote:\n> Where is it?') },
  { weight: 1, arbitrary: fc.string({ unit: anyChar, maxLength: 20 }) },
);
const frontMatter = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('---', '+++'), fc.array(fc.oneof(fc.constantFrom('title: Sorry', 'tags: [billing]', 'x = 1', 'note: "a: b"'), sentence), { maxLength: 3 }), fc.boolean())
      .map(([fence, body, closed]) => `${fence}\n${body.join('\n')}\n${closed ? `${fence}\n` : ''}`),
  },
);
const markdownDoc = fc
  .tuple(frontMatter, fc.array(markdownBlock, { maxLength: 8 }), fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\n\n\n'), fc.boolean())
  .map(([front, blocks, separator, finalNewline]) => front + blocks.join(separator) + (finalNewline ? '\n' : ''));

// Macro libraries in their real shapes.
interface Macro {
  title: string;
  body: string;
  html: boolean;
  pair: boolean;
  extra: Array<{ field: string; value: string }>;
}
const macroArb = fc.record({
  title: fc.oneof(sentence.map((s) => s.slice(0, 40)), fc.constantFrom('Shipping::Late parcel', 'Billing::Refund: "partial"', 'Bug – CSV', 'Café \u2019s')),
  body: replyText,
  html: fc.boolean(),
  pair: fc.boolean(),
  extra: fc.subarray([
    { field: 'status', value: 'pending' },
    { field: 'set_tags', value: 'late_delivery shipping' },
    { field: 'priority', value: 'high' },
  ]),
});

const asHtml = (body: string) =>
  body
    .split(/\n\n+/)
    .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`)
    .join('');

type Shape = 'zendesk' | 'zendesk-single' | 'zendesk-array' | 'zendesk-one' | 'intercom' | 'intercom-array' | 'intercom-body' | 'title-map';

interface Library {
  value: unknown;
  /** Drafts that are plain JSON strings: the words can be read back from the raw file. */
  plain: Set<string>;
}

function buildLibrary(shape: Shape, macros: readonly Macro[]): Library {
  // Titles made unique, so draft names are the titles as written.
  const titled = macros.map((macro, i) => ({ ...macro, title: `${macro.title} #${i + 1}` }));
  const plain = new Set<string>();
  const zendesk = (macro: Macro, i: number) => {
    const body = macro.html ? asHtml(macro.body) : macro.body;
    if (!macro.html && !looksLikeHtml(macro.body)) plain.add(macro.title);
    const reply = { field: macro.html ? 'comment_value_html' : 'comment_value', value: macro.pair ? ['channel:all', body] : body };
    const actions: Array<{ field: string; value: string | string[] }> = [...macro.extra];
    actions.splice(i % (actions.length + 1), 0, reply);
    return { url: `https://acme.zendesk.com/api/v2/macros/${1000 + i}.json`, id: 1000 + i, title: macro.title, active: true, actions, restriction: null };
  };
  const intercom = (macro: Macro, i: number) => ({
    type: 'saved_reply',
    id: String(8000 + i),
    name: macro.title,
    blocks: macro.body.split(/\n\n+/).map((p, j) =>
      j % 3 === 2 ? { type: 'unorderedList', items: p.split('\n').map((item) => `<b>${item.slice(0, 8)}</b>${item.slice(8)}`) } : { type: 'paragraph', text: p },
    ),
  });
  switch (shape) {
    case 'zendesk':
      return { value: { macros: titled.map(zendesk), next_page: null, count: titled.length }, plain };
    case 'zendesk-single':
      return { value: { macro: zendesk(titled[0]!, 0) }, plain };
    case 'zendesk-array':
      return { value: titled.map(zendesk), plain };
    case 'zendesk-one':
      return { value: zendesk(titled[0]!, 0), plain };
    case 'intercom':
      return { value: { type: 'list', saved_replies: titled.map(intercom) }, plain };
    case 'intercom-array':
      return { value: titled.map(intercom), plain };
    case 'intercom-body':
      return { value: { saved_replies: titled.map((m) => ({ name: m.title, body: m.html ? asHtml(m.body) : m.body })) }, plain };
    case 'title-map':
      for (const macro of titled) if (!macro.html && !looksLikeHtml(macro.body)) plain.add(macro.title);
      return { value: Object.fromEntries(titled.map((m) => [m.title, m.html ? asHtml(m.body) : m.body])), plain };
  }
}

const STYLES = ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const;

/** YAML with each string value in a random scalar style (the `yaml` package falls back where a style cannot hold the value). */
function toYaml(value: unknown, styles: ReadonlyArray<(typeof STYLES)[number]>, options: { indent: number; lineWidth: number; indentSeq: boolean }): string {
  const doc = new Document(value);
  let i = 0;
  visit(doc, {
    Scalar(key, node: Scalar) {
      if (key === 'key' || typeof node.value !== 'string') return;
      node.type = styles[i++ % styles.length];
    },
  });
  const text = doc.toString({ indent: options.indent, lineWidth: options.lineWidth, indentSeq: options.indentSeq, minContentWidth: 0 });
  // The yaml package cannot always read back what it writes in a forced style (a folded scalar
  // whose lines start with a space, folded narrow); such a file is broken, so write it plainly.
  const back = parseDocument(text);
  return back.errors.length === 0 && isDeepStrictEqual(back.toJS(), value) ? text : new Document(value).toString();
}

interface MacroFile {
  name: string;
  text: string;
  plain: ReadonlySet<string>;
}

const macroFile: fc.Arbitrary<MacroFile> = fc
  .record({
    syntax: fc.constantFrom('json', 'yaml'),
    shape: fc.constantFrom<Shape>('zendesk', 'zendesk-single', 'zendesk-array', 'zendesk-one', 'intercom', 'intercom-array', 'intercom-body', 'title-map'),
    macros: fc.array(macroArb, { minLength: 1, maxLength: 4 }),
    jsonIndent: fc.constantFrom<string | number | undefined>(undefined, 0, 1, 2, 4, '\t'),
    styles: fc.array(fc.constantFrom(...STYLES), { minLength: 1, maxLength: 6 }),
    indent: fc.integer({ min: 1, max: 6 }),
    lineWidth: fc.constantFrom(0, 20, 40, 80),
    indentSeq: fc.boolean(),
    crlf: fc.boolean(),
  })
  .map(({ syntax, shape, macros, jsonIndent, styles, indent, lineWidth, indentSeq, crlf }) => {
    // One YAML file per macro is a Zendesk shape only YAML has; in JSON it is a bare object too.
    const { value, plain } = buildLibrary(shape, macros);
    let text = syntax === 'json' ? JSON.stringify(value, null, jsonIndent) : toYaml(value, styles, { indent, lineWidth, indentSeq });
    if (crlf) text = text.replace(/\n/g, '\r\n');
    return { name: `${shape}.${syntax}`, text, plain: syntax === 'json' ? plain : new Set<string>() };
  });

// Byte-level damage to a real fixture.
type Edit =
  | { op: 'delete'; at: number; length: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'replace'; at: number; length: number; bytes: Uint8Array }
  | { op: 'duplicate'; at: number; length: number }
  | { op: 'truncate'; at: number };
const randomBytes = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 8 }),
  fc.constantFrom(...['"', '\\', '{', '}', '[', ']', ',', ':', '\n', '\r\n', '\t', '  ', '- ', '|', '>', '<', '&', '\\u20', '\u2019', '😀'].map((s) => new TextEncoder().encode(s))),
  fc.constantFrom(new Uint8Array([0xef, 0xbb, 0xbf]), new Uint8Array([0xff, 0xfe]), new Uint8Array([0xc3]), new Uint8Array([0xed, 0xa0, 0x80]), new Uint8Array([0])),
);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: randomBytes }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }), bytes: randomBytes }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(original: Uint8Array, edits: readonly Edit[]): Uint8Array {
  let bytes = original;
  for (const e of edits) {
    const at = e.at % (bytes.length + 1);
    const concat = (...parts: Uint8Array[]) => {
      const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let o = 0;
      for (const p of parts) {
        out.set(p, o);
        o += p.length;
      }
      return out;
    };
    switch (e.op) {
      case 'delete':
        bytes = concat(bytes.subarray(0, at), bytes.subarray(at + e.length));
        break;
      case 'insert':
        bytes = concat(bytes.subarray(0, at), e.bytes, bytes.subarray(at));
        break;
      case 'replace':
        bytes = concat(bytes.subarray(0, at), e.bytes, bytes.subarray(at + e.length));
        break;
      case 'duplicate':
        bytes = concat(bytes.subarray(0, at + e.length), bytes.subarray(at, at + e.length), bytes.subarray(at + e.length));
        break;
      case 'truncate':
        bytes = bytes.subarray(0, at);
        break;
    }
  }
  return bytes;
}

const mutatedFixture = fc
  .record({ fixture: fc.constantFrom(...FIXTURE_BYTES.keys()), edits: fc.array(edit, { minLength: 1, maxLength: 4 }) })
  .map(({ fixture, edits }) => ({ fixture, edits, name: basename(fixture), bytes: () => mutate(FIXTURE_BYTES.get(fixture)!, edits) }));

// ---------------------------------------------------------------------------------------------

let work: string;
/** The recommended preset, as the CLI runs without a config file. */
let plainLinter: Linter;
/** Every rule on, absence rules on every reply, and the drafts' text kept for exact range checks. */
let strictLinter: Linter;

const EVERY_RULE = Object.fromEntries(builtinRules.map((rule) => [rule.id, 'warn' as const]));

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'apology-lint-robust-'));
  writeFileSync(join(work, 'package.json'), '{"name":"fixture","private":true}\n');
  plainLinter = await Linter.create({ cwd: work, useConfigFile: false });
  strictLinter = await Linter.create({ cwd: work, useConfigFile: false, rules: EVERY_RULE, expectApology: true, includeDraftText: true });
  // Load the language model once, outside any property's time.
  await plainLinter.lintText('Sorry for the wait.', 'warm-up.txt');
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/**
 * Lint, and fail when it takes seconds: the inputs are a few KB and lint in milliseconds, so a
 * slow one is backtracking gone wild (a hang shows up as a counterexample, not a stuck run).
 */
async function timed<T>(what: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  if (ms > SLOW_MS) throw new Error(`${what} took ${Math.round(ms)} ms`);
  return result;
}
const SLOW_MS = 5_000;
const lint = (linter: Linter, text: string, filePath: string) => timed(`linting ${filePath} (${text.length} characters)`, () => linter.lintText(text, filePath));

const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
const pickLinter = (strict: boolean) => (strict ? strictLinter : plainLinter);

describe('property 1: no exception escapes the linter', () => {
  it('random Unicode (lone surrogates, NUL, CR, CRLF, BOM) as plain text, and as every other format', { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(unicodeText, fc.constantFrom('.md', '.html', '.json', '.yaml'), fc.boolean(), async (text, other, strict) => {
        const linter = pickLinter(strict);
        const result = await lint(linter, text, 'reply.txt');
        expectSound(result, { text: withoutBom(text), slice: true });
        const again = await lint(linter, text, `reply${other}`);
        expectSound(again, { text: withoutBom(text), slice: other === '.md' });
      }),
      runs(400),
    );
  });

  it('random Markdown built from corpus sentences, markup, front matter, HTML and placeholders', { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(markdownDoc, fc.boolean(), async (text, strict) => {
        const result = await lint(pickLinter(strict), text, 'reply.md');
        expectSound(result, { text: withoutBom(text), slice: true });
      }),
      runs(120),
    );
  });

  it('random Zendesk, Intercom and title → reply libraries in JSON and YAML, with tricky reply text', { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(macroFile, fc.boolean(), async (file, strict) => {
        const result = await lint(pickLinter(strict), file.text, file.name);
        expectSound(result, { text: file.text, plainJsonDrafts: file.plain });
        // A library that JSON.stringify or the yaml package wrote is well formed: it parses.
        expect(result.fatalErrorCount, `${file.text}\n${result.messages[0]?.message}`).toBe(0);
        expect(result.skipped).toBeUndefined();
      }),
      runs(150),
    );
  });

  it('real fixture files with random byte-level damage (read from disk; a fatal message is fine)', { timeout: TIMEOUT }, async () => {
    const dir = join(work, 'mutated');
    mkdirSync(dir, { recursive: true });
    await fc.assert(
      fc.asyncProperty(mutatedFixture, fc.boolean(), async (file, strict) => {
        const bytes = file.bytes();
        const path = join(dir, file.name);
        writeFileSync(path, bytes);
        const results = await timed(`linting ${file.name} from disk`, () => pickLinter(strict).lintFiles([path]));
        expect(results).toHaveLength(1);
        const [result] = results;
        let text = '';
        try {
          text = decode(bytes).text;
        } catch (error) {
          if (!(error instanceof UnreadableFileError)) throw error;
          // Not UTF-8 text: a fatal message, or (NUL bytes) skipped as binary with a note.
          expect(result!.fatalErrorCount === 1 || result!.skipped !== undefined, JSON.stringify(result)).toBe(true);
        }
        expectSound(result!, { text, slice: /\.(txt|md)$/.test(file.name) });
        // …and the same damage in memory, where lone surrogates can survive.
        const lossy = new TextDecoder('utf-8').decode(bytes);
        const inMemory = await lint(pickLinter(strict), lossy, file.name);
        expectSound(inMemory, { text: withoutBom(lossy), slice: /\.(txt|md)$/.test(file.name) });
      }),
      runs(200),
    );
  });
});

describe('property 2: every range lies inside its file and agrees with its line and column', () => {
  it('the line index is the project\'s definition: `\\n` ends a line, CR does not, columns are UTF-16 units', { timeout: TIMEOUT }, () => {
    const eolHeavy = fc.string({ unit: fc.oneof(anyChar, fc.constantFrom('\n', '\r', '\r\n', '😀')), maxLength: 80 });
    fc.assert(
      fc.property(eolHeavy, fc.nat(), (text, n) => {
        const index = new LineIndex(text);
        for (let offset = 0; offset <= text.length; offset++) {
          const want = positionOf(text, offset);
          const got = index.position(offset);
          if (got.line !== want.line || got.column !== want.column) expect({ offset, ...got }).toEqual({ offset, ...want });
        }
        // Positions past either end clamp to the ends.
        expect(index.position(-1 - n)).toEqual({ line: 1, column: 1 });
        expect(index.position(text.length + 1 + n)).toEqual(positionOf(text, text.length));
      }),
      runs(300),
    );
    // The definition, spelled out.
    expect(new LineIndex('a\r\nb\rc😀d').position(7)).toEqual({ line: 2, column: 5 });
  });

  it('plain text: the file between a finding\'s start and end is exactly its words; edits index the file', { timeout: TIMEOUT }, async () => {
    let findings = 0;
    await fc.assert(
      fc.asyncProperty(perturbedDraft, fc.boolean(), async (text, strict) => {
        const result = await lint(pickLinter(strict), text, 'draft.txt');
        expectSound(result, { text: withoutBom(text), slice: true });
        findings += result.messages.filter((m) => m.words).length;
      }),
      runs(200),
    );
    // The property means something only if rules actually fired.
    expect(findings).toBeGreaterThan(50);
  });

  it('JSON libraries: the raw characters between a finding\'s start and end decode to its words', { timeout: TIMEOUT }, async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(
        macroFile.filter((file) => file.plain.size > 0),
        async (file) => {
          const result = await lint(strictLinter, file.text, file.name);
          expectSound(result, { text: file.text, plainJsonDrafts: file.plain });
          checked += result.messages.filter((m) => m.words && file.plain.has(m.draft!)).length;
        },
      ),
      runs(80),
    );
    expect(checked).toBeGreaterThan(20);
  });
});

describe('property 3: the same input gives the same result', () => {
  const anyInput = fc.oneof(
    unicodeText.map((text) => ({ name: 'reply.txt', text })),
    perturbedDraft.map((text) => ({ name: 'draft.txt', text })),
    markdownDoc.map((text) => ({ name: 'reply.md', text })),
    macroFile.map(({ name, text }) => ({ name, text })),
    mutatedFixture.map((file) => ({ name: file.name, text: new TextDecoder().decode(file.bytes()) })),
  );

  it('twice in one linter, and in a fresh linter', { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(anyInput, fc.boolean(), async ({ name, text }, strict) => {
        const linter = pickLinter(strict);
        const first = await lint(linter, text, name);
        const second = await lint(linter, text, name);
        expect(second).toStrictEqual(first);
        const fresh = await Linter.create(linter.options);
        expect(await lint(fresh, text, name)).toStrictEqual(first);
      }),
      runs(80),
    );
  });

  interface GeneratedFile {
    path: string;
    /** The text to write as UTF-8, or a damaged fixture (its bytes as they are). */
    content: string | { bytes: () => Uint8Array };
  }
  const STEMS = ['reply', 'Reply', 'macros', 'a', 'z', 'ärger', 'late parcel', '10', '9', '_x'];
  const FOLDERS = ['', 'sub/', 'Sub/', 'a b/', 'sub/deeper/'];
  const fileContent = fc.oneof(
    perturbedDraft.map((text) => ({ ext: '.txt', content: text as GeneratedFile['content'] })),
    markdownDoc.map((text) => ({ ext: '.md', content: text })),
    macroFile.map(({ name, text }) => ({ ext: extname(name), content: text })),
    replyText.map((text) => ({ ext: '.html', content: `<html><body>${asHtml(text)}</body></html>` })),
    mutatedFixture.map((file) => ({ ext: extname(file.name), content: file })),
  );
  const folder = fc
    .uniqueArray(fc.tuple(fc.constantFrom(...FOLDERS), fc.constantFrom(...STEMS), fileContent), {
      minLength: 2,
      maxLength: 5,
      selector: ([dir, stem, { ext }]) => `${dir}${stem}${ext}`,
    })
    .map((entries): GeneratedFile[] => entries.map(([dir, stem, { ext, content }]) => ({ path: `${dir}${stem}${ext}`, content })));

  function writeFolder(root: string, files: readonly GeneratedFile[]): void {
    for (const file of files) {
      mkdirSync(dirname(join(root, file.path)), { recursive: true });
      writeFileSync(join(root, file.path), typeof file.content === 'string' ? file.content : file.content.bytes());
    }
  }

  /** Results with paths relative to their folder, in the order they came back. */
  const relativeTo = (root: string, results: readonly LintResult[]) => results.map((r) => ({ ...r, filePath: relative(root, r.filePath) }));
  const byPath = (results: ReadonlyArray<{ filePath: string }>) => JSON.stringify([...results].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0)));

  it('a folder of files: whatever order they were written in or named in', { timeout: TIMEOUT }, async () => {
    let round = 0;
    await fc.assert(
      fc.asyncProperty(
        folder.chain((files) =>
          fc.tuple(fc.constant(files), fc.shuffledSubarray(files, { minLength: files.length }), fc.shuffledSubarray(files, { minLength: files.length }), fc.shuffledSubarray(files, { minLength: files.length })),
        ),
        async ([files, writeOrder, nameOrder, otherNameOrder]) => {
          round++;
          const first = join(work, `folder-${round}-a`);
          const second = join(work, `folder-${round}-b`);
          writeFolder(first, files);
          writeFolder(second, writeOrder);
          const linter = await Linter.create({ cwd: first, useConfigFile: false });
          const other = await Linter.create({ cwd: second, useConfigFile: false });

          const outcomes = [
            relativeTo(first, await linter.lintFiles([first])),
            relativeTo(second, await other.lintFiles([second])),
            relativeTo(first, await linter.lintFiles(nameOrder.map((f) => join(first, f.path)))),
            relativeTo(first, await linter.lintFiles(otherNameOrder.map((f) => f.path))),
          ];
          const expected = files.map((f) => f.path).sort();
          // A folder skips JSON/YAML that holds no macros silently; a file named on its own gets a note.
          const listed = (results: readonly LintResult[]) => results.filter((r) => r.skipped?.reason !== 'not-macros');
          for (const results of outcomes) {
            const order = results.map((r) => r.filePath);
            expect(order).toEqual([...order].sort());
            expect(order.every((path) => expected.includes(path))).toBe(true);
          }
          expect(outcomes[1]).toStrictEqual(outcomes[0]);
          expect(byPath(outcomes[1]!)).toBe(byPath(outcomes[0]!));
          expect(outcomes[3]).toStrictEqual(outcomes[2]);
          expect(outcomes[2]!.map((r) => r.filePath)).toEqual(expected);
          expect(byPath(listed(outcomes[2]!))).toBe(byPath(outcomes[0]!));
          rmSync(first, { recursive: true, force: true });
          rmSync(second, { recursive: true, force: true });
        },
      ),
      runs(15),
    );
  });
});
