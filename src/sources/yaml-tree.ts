/**
 * YAML → TreeNode with exact positions through quoting, escapes, line folding and block
 * scalars. The `yaml` package parses; we rebuild each string's map from its source token and
 * keep it only when it decodes to exactly the value the parser produced.
 */
import type { Node as YamlNode, Scalar } from 'yaml';
import { yamlLibrary } from './libraries.js';
import { TextBuilder, type Encode, type ToSource } from './text-map.js';
import { encodeJsonString } from './json-tree.js';
import type { TreeNode } from './tree.js';
import { SourceError } from './types.js';

export function parseYamlTree(text: string): TreeNode {
  if (text.trim() === '') throw new SourceError('the file is empty', 0);
  const { LineCounter, parseDocument } = yamlLibrary();
  const doc = parseDocument(text, { keepSourceTokens: true, prettyErrors: false, lineCounter: new LineCounter(), uniqueKeys: true });
  const error = doc.errors[0];
  if (error) throw new SourceError(describeYamlError(error.message), error.pos[0]);
  if (!doc.contents) throw new SourceError('the file holds no data', 0);
  return convert(doc.contents as YamlNode, text);
}

/** The parser's first sentence, without its own "at line…" (we add the position). */
function describeYamlError(message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
  return first.charAt(0).toLowerCase() + first.slice(1);
}

function convert(node: YamlNode, text: string): TreeNode {
  const { isAlias, isMap, isScalar, isSeq } = yamlLibrary();
  const offset = node.range?.[0] ?? 0;
  if (isMap(node)) {
    return {
      type: 'object',
      offset,
      entries: node.items.map((pair) => ({
        key: String(isScalar(pair.key) ? pair.key.value : pair.key),
        value: pair.value ? convert(pair.value as YamlNode, text) : { type: 'other', offset, value: null },
      })),
    };
  }
  if (isSeq(node)) return { type: 'array', offset, items: node.items.map((item) => convert(item as YamlNode, text)) };
  if (isScalar(node) && typeof node.value === 'string') {
    return { type: 'string', offset, value: node.value, ...scalarMap(node) };
  }
  if (isAlias(node)) return { type: 'other', offset, value: undefined };
  return { type: 'other', offset, value: isScalar(node) ? node.value : undefined };
}

interface SourceToken {
  type: string;
  offset: number;
  source: string;
  props?: Array<{ source: string }>;
}

function scalarMap(node: Scalar): { toSource: ToSource; encode: Encode } {
  const value = node.value as string;
  const token = node.srcToken as SourceToken | undefined;
  if (token?.type === 'block-scalar') {
    const block = blockScalar(token, value);
    if (block) {
      // A line break in a block scalar is a new line at the content's indentation; folded
      // (`>`) scalars need a blank line for it.
      const lineBreak = `${block.folded ? '\n\n' : '\n'}${' '.repeat(block.indent)}`;
      return { toSource: block.built.toSource, encode: (text) => text.replace(/\n/g, lineBreak) };
    }
  } else if (token) {
    const quote = token.type === 'double-quoted-scalar' ? '"' : token.type === 'single-quoted-scalar' ? "'" : token.type === 'scalar' ? '' : null;
    const built = quote === null ? null : flowScalar(token.source, token.offset, quote);
    if (built && built.text === value) {
      const encode: Encode =
        quote === '"'
          ? encodeJsonString
          : quote === "'"
            ? (text) => (text.includes('\n') ? null : text.replace(/'/g, "''"))
            : (text) => (/\n|:\s|\s#|^\s|\s$/.test(text) ? null : text);
      return { toSource: built.toSource, encode };
    }
  }
  // A shape we do not decode exactly (tabs in odd places, explicit indents): point at the
  // scalar, and write nothing into it.
  const start = node.range?.[0] ?? 0;
  const end = node.range?.[1] ?? start;
  return { toSource: (_offset, side) => (side === 'end' ? end : start), encode: () => null };
}

const YAML_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** Plain, single- and double-quoted scalars: escapes, `''`, and line folding. */
function flowScalar(source: string, base: number, quote: '' | '"' | "'"): ReturnType<TextBuilder['build']> {
  const builder = new TextBuilder();
  const start = quote ? 1 : 0;
  const end = quote ? source.length - 1 : source.length;
  let i = start;
  while (i < end) {
    const ch = source[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      let j = i;
      while (j < end && /[ \t\r\n]/.test(source[j]!)) j++;
      const run = source.slice(i, j);
      const breaks = run.split('\n').length - 1;
      if (breaks === 0) builder.copy(base + i, run);
      else builder.replace(base + i, base + j, breaks === 1 ? ' ' : '\n'.repeat(breaks - 1));
      i = j;
    } else if (quote === "'" && ch === "'" && source[i + 1] === "'") {
      builder.replace(base + i, base + i + 2, "'");
      i += 2;
    } else if (quote === '"' && ch === '\\') {
      const kind = source[i + 1]!;
      if (kind === '\n' || kind === '\r') {
        // An escaped line break joins the lines with nothing between them.
        let j = i + 1;
        while (j < end && /[ \t\r\n]/.test(source[j]!)) j++;
        const breaks = source.slice(i + 1, j).split('\n').length - 1;
        builder.replace(base + i, base + j, '\n'.repeat(Math.max(0, breaks - 1)));
        i = j;
      } else if (HEX_LENGTH[kind]) {
        const digits = HEX_LENGTH[kind]!;
        builder.replace(base + i, base + i + 2 + digits, String.fromCodePoint(Number.parseInt(source.slice(i + 2, i + 2 + digits), 16)));
        i += 2 + digits;
      } else {
        builder.replace(base + i, base + i + 2, YAML_ESCAPES[kind] ?? kind);
        i += 2;
      }
    } else {
      let j = i + 1;
      while (j < end && !/[ \t\r\n'\\]/.test(source[j]!)) j++;
      builder.copy(base + i, source.slice(i, j));
      i = j;
    }
  }
  return builder.build(base + start);
}

/** `|` and `>` block scalars: indentation stripped, folding and chomping applied. */
function blockScalar(token: SourceToken, value: string): { built: ReturnType<TextBuilder['build']>; indent: number; folded: boolean } | null {
  const header = token.props?.[0]?.source ?? '';
  const folded = header.startsWith('>');
  const contentStart = token.offset + (token.props ?? []).reduce((sum, prop) => sum + prop.source.length, 0);
  const lines: Array<{ start: number; text: string }> = [];
  let at = 0;
  for (const line of token.source.split('\n')) {
    lines.push({ start: contentStart + at, text: line.replace(/\r$/, '') });
    at += line.length + 1;
  }
  if (lines.length && lines[lines.length - 1]!.text === '') lines.pop();
  const firstContent = lines.find((line) => line.text.trim() !== '');
  const autoIndent = firstContent ? firstContent.text.length - firstContent.text.trimStart().length : 0;
  const explicit = /\d/.exec(header)?.[0];
  const candidates = explicit ? [...new Set([Number(explicit), autoIndent])] : [autoIndent];
  for (const indent of candidates) {
    const built = (folded ? foldBlock : literalBlock)(lines, indent, contentStart + token.source.length);
    if (built.text.startsWith(value)) {
      built.truncate(value.length);
      if (built.text === value) return { built: built.build(contentStart), indent, folded };
    }
  }
  return null;
}

type Line = { start: number; text: string };

/**
 * `end` is where the scalar's source ends: the parser adds a final line break (clip, keep) even
 * when the file ends without one, and that break then has no character of its own to map to.
 */
function literalBlock(lines: readonly Line[], indent: number, end: number): TextBuilder {
  const builder = new TextBuilder();
  for (const line of lines) {
    if (line.text.length > indent) builder.copy(line.start + indent, line.text.slice(indent));
    const at = line.start + line.text.length;
    if (at < end) builder.copy(at, '\n');
    else builder.insert(at, '\n');
  }
  return builder;
}

function foldBlock(lines: readonly Line[], indent: number, end: number): TextBuilder {
  const builder = new TextBuilder();
  let previous: { line: Line; more: boolean } | null = null;
  let empties = 0;
  let gapStart = lines[0]?.start ?? 0;
  for (const line of lines) {
    const content = line.text.length > indent ? line.text.slice(indent) : '';
    if (content.trim() === '' && !/^[ \t]/.test(content)) {
      empties++;
      continue;
    }
    const more = /^[ \t]/.test(content);
    const gapEnd = line.start + indent;
    if (previous === null) {
      if (empties) builder.replace(gapStart, gapEnd, '\n'.repeat(empties));
    } else if (!previous.more && !more) {
      builder.replace(gapStart, gapEnd, empties === 0 ? ' ' : '\n'.repeat(empties));
    } else {
      builder.replace(gapStart, gapEnd, '\n'.repeat(empties + 1));
    }
    builder.copy(line.start + indent, content);
    previous = { line, more };
    empties = 0;
    gapStart = line.start + line.text.length;
  }
  if (previous) builder.replace(gapStart, Math.min(gapStart + 1, end), '\n'.repeat(empties + 1));
  return builder;
}
