/** JSON → TreeNode with exact positions through string escapes (`\n`, `\"`, `\u2019`). */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { TextBuilder } from './text-map.js';
import type { TreeNode } from './tree.js';
import { SourceError } from './types.js';

/** jsonc-parser's error codes, by name, in words a support lead can act on. */
const ERRORS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'a number is written wrongly',
  PropertyNameExpected: 'expected a key in double quotes (is there a comma too many?)',
  ValueExpected: 'expected a value (is there a comma too many?)',
  ColonExpected: 'expected a colon after the key',
  CommaExpected: 'a comma is missing',
  CloseBraceExpected: 'a closing } is missing',
  CloseBracketExpected: 'a closing ] is missing',
  EndOfFileExpected: 'unexpected text after the end of the JSON',
  InvalidCommentToken: 'JSON does not allow comments',
  UnexpectedEndOfComment: 'JSON does not allow comments',
  UnexpectedEndOfString: 'a string is not closed (a " is missing)',
  UnexpectedEndOfNumber: 'a number is cut off',
  InvalidUnicode: 'a \\u escape needs four hex digits',
  InvalidEscapeCharacter: 'a backslash escape is not valid JSON (write \\\\ for a backslash)',
  InvalidCharacter: 'a string holds a raw line break or tab (write \\n or \\t)',
};

export function parseJsonTree(text: string): TreeNode {
  if (text.trim() === '') throw new SourceError('the file is empty', 0);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first) throw new SourceError(ERRORS[printParseErrorCode(first.error)] ?? 'not valid JSON', first.offset);
  return convert(root!, text);
}

function convert(node: Node, text: string): TreeNode {
  switch (node.type) {
    case 'object':
      return {
        type: 'object',
        offset: node.offset,
        entries: (node.children ?? []).map((property) => ({
          key: String(property.children![0]!.value),
          value: convert(property.children![1]!, text),
        })),
      };
    case 'array':
      return { type: 'array', offset: node.offset, items: (node.children ?? []).map((child) => convert(child, text)) };
    case 'string': {
      const { text: value, toSource } = decodeJsonString(text, node.offset, node.offset + node.length);
      return { type: 'string', offset: node.offset, value, toSource, encode: encodeJsonString };
    }
    default:
      return { type: 'other', offset: node.offset, value: node.value };
  }
}

/** Text as it must appear between a JSON string's quotes. */
export function encodeJsonString(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Decode the string token `text[start…end)` (quotes included), keeping a map back. */
export function decodeJsonString(text: string, start: number, end: number): ReturnType<TextBuilder['build']> {
  const builder = new TextBuilder();
  let run = start + 1;
  let i = start + 1;
  const close = end - 1;
  while (i < close) {
    if (text[i] !== '\\') {
      i++;
      continue;
    }
    if (i > run) builder.copy(run, text.slice(run, i));
    const kind = text[i + 1]!;
    if (kind === 'u') {
      builder.replace(i, i + 6, String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16)));
      i += 6;
    } else {
      builder.replace(i, i + 2, SIMPLE_ESCAPES[kind] ?? kind);
      i += 2;
    }
    run = i;
  }
  if (close > run) builder.copy(run, text.slice(run, close));
  return builder.build(start + 1);
}
