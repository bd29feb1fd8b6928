/**
 * JSON and YAML macro files parsed into one small tree with source positions, so the macro
 * shapes (Zendesk, Intercom, title → body) are read the same way from either syntax.
 */
import type { Encode, ToSource } from './text-map.js';

export type TreeNode = ObjectNode | ArrayNode | StringNode | OtherNode;

export interface ObjectNode {
  type: 'object';
  offset: number;
  entries: Array<{ key: string; value: TreeNode }>;
}

export interface ArrayNode {
  type: 'array';
  offset: number;
  items: TreeNode[];
}

export interface StringNode {
  type: 'string';
  offset: number;
  /** The decoded string. */
  value: string;
  /** Offsets in `value` → offsets in the file. */
  toSource: ToSource;
  /** Text as the file must spell it inside this string (escapes, indentation). */
  encode: Encode;
}

export interface OtherNode {
  type: 'other';
  offset: number;
  value: unknown;
}

export function get(node: TreeNode | undefined, key: string): TreeNode | undefined {
  return node?.type === 'object' ? node.entries.find((entry) => entry.key === key)?.value : undefined;
}

export function getString(node: TreeNode | undefined, key: string): string | undefined {
  const value = get(node, key);
  if (value?.type === 'string') return value.value;
  if (value?.type === 'other' && (typeof value.value === 'number' || typeof value.value === 'bigint')) return String(value.value);
  return undefined;
}
