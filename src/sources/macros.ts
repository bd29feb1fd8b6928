/**
 * Macro libraries in JSON or YAML: Zendesk macros (API envelope, single macro, bare array,
 * one YAML file per macro or a YAML list), Intercom saved replies, and a flat title → body map.
 * Each reply is its own draft, named by the macro's title.
 */
import { encodeHtml, htmlText, looksLikeHtml } from './html.js';
import { parseJsonTree } from './json-tree.js';
import { compose, composeEncode, type Encode, type ToSource } from './text-map.js';
import { get, getString, type StringNode, type TreeNode } from './tree.js';
import { SourceError, type SourceDraft, type SourceFormat } from './types.js';
import { parseYamlTree } from './yaml-tree.js';

/** A well-formed JSON/YAML file that holds no macros: skipped with a note, not an error. */
export class NotMacrosError extends Error {}

export type MacroShape = 'zendesk' | 'intercom' | 'title-map';

export const SHAPE_HELP =
  'apology-lint reads Zendesk macros ({"macros": […]}, {"macro": {…}}, a list of macros, or one macro with title and actions), ' +
  'Intercom saved replies (name and blocks), and a map of title → reply';

export function parseTree(text: string, syntax: 'json' | 'yaml'): TreeNode {
  return syntax === 'json' ? parseJsonTree(text) : parseYamlTree(text);
}

/** Which macro shape a parsed file has, or null when it is none of them. */
export function detectShape(root: TreeNode): MacroShape | null {
  const list = macroList(root);
  if (list) {
    if (list.items.some(isZendeskMacro)) return 'zendesk';
    if (list.items.some(isIntercomReply)) return 'intercom';
  }
  if (isZendeskMacro(root) || get(root, 'macro')?.type === 'object') return 'zendesk';
  if (isIntercomReply(root)) return 'intercom';
  if (root.type === 'object' && root.entries.length > 0 && root.entries.every((entry) => entry.value.type === 'string')) return 'title-map';
  return null;
}

/** The drafts in a macro file of the given shape (or whichever shape it has). */
export function macroDrafts(root: TreeNode, shape: MacroShape | null = detectShape(root)): SourceDraft[] {
  switch (shape) {
    case 'zendesk':
      return zendeskDrafts(root);
    case 'intercom':
      return intercomDrafts(root);
    case 'title-map':
      return titleMapDrafts(root);
    default:
      throw new NotMacrosError(`not a macro library, so it was skipped (${SHAPE_HELP})`);
  }
}

function macroList(root: TreeNode): { items: TreeNode[] } | null {
  if (root.type === 'array') return root;
  for (const key of ['macros', 'saved_replies', 'data', 'items']) {
    const value = get(root, key);
    if (value?.type === 'array') return value;
  }
  return null;
}

function isZendeskMacro(node: TreeNode): boolean {
  return node.type === 'object' && get(node, 'actions') !== undefined && (get(node, 'title') !== undefined || get(node, 'raw_title') !== undefined);
}

function isIntercomReply(node: TreeNode): boolean {
  return node.type === 'object' && (get(node, 'blocks')?.type === 'array' || (get(node, 'name') !== undefined && get(node, 'body')?.type === 'string'));
}

const REPLY_FIELDS = new Set(['comment_value', 'comment_value_html']);

function zendeskDrafts(root: TreeNode): SourceDraft[] {
  const single = get(root, 'macro');
  const macros = single ? [single] : (macroList(root)?.items ?? [root]);
  const names = new Names();
  const drafts: SourceDraft[] = [];
  macros.forEach((macro, index) => {
    if (macro.type !== 'object') throw new SourceError(`macro ${index + 1} should be an object with title and actions`, macro.offset);
    const title = getString(macro, 'title') ?? getString(macro, 'raw_title') ?? `macro ${getString(macro, 'id') ?? index + 1}`;
    const actions = get(macro, 'actions');
    if (actions === undefined) return;
    if (actions.type !== 'array') throw new SourceError(`macro "${title}": actions should be a list of {field, value}`, actions.offset);
    for (const action of actions.items) {
      const field = getString(action, 'field');
      if (!field || !REPLY_FIELDS.has(field)) continue;
      const value = replyValue(get(action, 'value'));
      if (!value) {
        throw new SourceError(`macro "${title}": the ${field} action's value should be the reply text`, (get(action, 'value') ?? action).offset);
      }
      drafts.push(stringDraft(names.unique(title), value, field === 'comment_value_html' || looksLikeHtml(value.value)));
    }
  });
  return drafts;
}

/** A reply action's value: the text, or Zendesk's older `["channel:all", "text"]` pair. */
function replyValue(value: TreeNode | undefined): StringNode | null {
  if (value?.type === 'string') return value;
  if (value?.type === 'array') {
    const strings = value.items.filter((item): item is StringNode => item.type === 'string');
    return strings[strings.length - 1] ?? null;
  }
  return null;
}

function intercomDrafts(root: TreeNode): SourceDraft[] {
  const replies = macroList(root)?.items ?? [root];
  const names = new Names();
  const drafts: SourceDraft[] = [];
  replies.forEach((reply, index) => {
    const name = names.unique(getString(reply, 'name') ?? getString(reply, 'title') ?? `saved reply ${index + 1}`);
    const body = get(reply, 'body');
    const blocks = get(reply, 'blocks');
    if (blocks?.type === 'array') {
      const pieces: StringNode[] = [];
      for (const block of blocks.items) {
        const text = get(block, 'text');
        if (text?.type === 'string') pieces.push(text);
        const items = get(block, 'items');
        if (items?.type === 'array') pieces.push(...items.items.filter((item): item is StringNode => item.type === 'string'));
      }
      if (pieces.length) drafts.push(joinedHtmlDraft(name, pieces));
    } else if (body?.type === 'string') {
      drafts.push(stringDraft(name, body, true));
    }
  });
  return drafts;
}

function titleMapDrafts(root: TreeNode): SourceDraft[] {
  if (root.type !== 'object') throw new SourceError('expected an object mapping each title to its reply', root.offset);
  // JSON lets a key repeat: each reply still gets a name of its own.
  const names = new Names();
  return root.entries.map(({ key, value }) => {
    if (value.type !== 'string') throw new SourceError(`"${key}" should map to the reply text`, value.offset);
    return stringDraft(names.unique(key), value, looksLikeHtml(value.value));
  });
}

function stringDraft(name: string, node: StringNode, html: boolean): SourceDraft {
  if (!html) return { name, text: node.value, toSource: node.toSource, encode: node.encode };
  const inner = htmlText(node.value);
  return {
    name,
    text: inner.text,
    toSource: compose(inner.toSource, node.toSource),
    encode: composeEncode(encodeHtml, inner.toSource, node.encode),
    headings: inner.headings,
  };
}

/** Intercom blocks: each an HTML string somewhere in the file, read as paragraphs of one reply. */
function joinedHtmlDraft(name: string, pieces: readonly StringNode[]): SourceDraft {
  let text = '';
  const parts: Array<{ at: number; length: number; toSource: ToSource; encode: Encode }> = [];
  for (const piece of pieces) {
    const inner = htmlText(piece.value);
    if (inner.text.trim() === '') continue;
    if (text) text += '\n\n';
    parts.push({
      at: text.length,
      length: inner.text.length,
      toSource: compose(inner.toSource, piece.toSource),
      encode: composeEncode(encodeHtml, inner.toSource, piece.encode),
    });
    text += inner.text;
  }
  const fallback = pieces[0]!.toSource(0);
  // The block holding an offset (a start in a gap belongs to the next block, an end to the previous).
  const partAt = (offset: number, side: 'start' | 'end') => {
    let chosen = parts[0];
    for (const part of parts) if (side === 'start' ? offset >= part.at : offset > part.at) chosen = part;
    return chosen;
  };
  const within = (part: { at: number; length: number }, offset: number) => Math.max(0, Math.min(offset - part.at, part.length));
  return {
    name,
    text,
    toSource(offset: number, side: 'start' | 'end' = 'start') {
      const part = partAt(offset, side);
      return part ? part.toSource(within(part, offset), side) : fallback;
    },
    encode(edit: string, offset: number) {
      const part = partAt(offset, 'start');
      // A paragraph break would have to become a new block; leave that to the writer.
      return part && !edit.includes('\n') ? part.encode(edit, within(part, offset)) : null;
    },
  };
}

/** Macro titles can repeat; make each draft name unique so findings say which one. */
class Names {
  private readonly seen = new Map<string, number>();

  unique(name: string): string {
    const count = (this.seen.get(name) ?? 0) + 1;
    this.seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  }
}

function macroFormat(name: string, label: string, extensions: string[], syntax: 'json' | 'yaml' | null, shape: MacroShape | null): SourceFormat {
  return {
    name,
    label,
    extensions,
    // Macro bodies may be HTML (Zendesk's are); YAML is read by a library loaded on demand.
    needs: ['yaml', 'html'],
    parse(text, filePath) {
      // An empty export holds no macros: nothing to lint, and nothing wrong.
      if (text.trim() === '') return [];
      const root = parseTree(text, syntax ?? syntaxOf(text, filePath));
      if (shape === null) return macroDrafts(root);
      const found = detectShape(root);
      if (found !== shape) {
        throw new SourceError(`this is not ${label} (${found ? `it looks like ${found === 'title-map' ? 'a title → reply map' : found}` : SHAPE_HELP})`, root.offset);
      }
      return macroDrafts(root, shape);
    },
  };
}

/** JSON or YAML, for a shape named in config: by extension, else by the first character. */
function syntaxOf(text: string, filePath: string): 'json' | 'yaml' {
  if (/\.ya?ml$/i.test(filePath)) return 'yaml';
  if (/\.json$/i.test(filePath)) return 'json';
  return /^\s*[[{]/.test(text) ? 'json' : 'yaml';
}

export const jsonFormat = macroFormat('json', 'JSON', ['.json'], 'json', null);
export const yamlFormat = macroFormat('yaml', 'YAML', ['.yaml', '.yml'], 'yaml', null);
export const zendeskFormat = macroFormat('zendesk', 'Zendesk macros', [], null, 'zendesk');
export const intercomFormat = macroFormat('intercom', 'Intercom saved replies', [], null, 'intercom');
export const titleMapFormat = macroFormat('title-map', 'a title → reply map', [], null, 'title-map');
