import { extname } from 'node:path';
import { htmlFormat } from './html.js';
import { intercomFormat, jsonFormat, titleMapFormat, yamlFormat, zendeskFormat } from './macros.js';
import { markdownFormat } from './markdown.js';
import { textFormat } from './text.js';
import type { SourceFormat } from './types.js';

export { SourceError, type SourceDraft, type SourceFormat } from './types.js';
export { NotMacrosError } from './macros.js';

/** Every format, by the name `overrides[].format` uses. */
export const FORMATS: readonly SourceFormat[] = [
  textFormat,
  markdownFormat,
  htmlFormat,
  jsonFormat,
  yamlFormat,
  zendeskFormat,
  intercomFormat,
  titleMapFormat,
];

export const FORMAT_NAMES: readonly string[] = FORMATS.map((format) => format.name);

/** Extensions that directory and glob expansion pick up. */
export const LINTABLE_EXTENSIONS: readonly string[] = FORMATS.flatMap((format) => format.extensions);

export function formatByName(name: string): SourceFormat | undefined {
  return FORMATS.find((format) => format.name === name);
}

/**
 * The format for a file: by extension, else by content (JSON, an HTML document), else plain
 * text (an explicitly named file is always linted).
 */
export function formatFor(filePath: string, text = ''): SourceFormat {
  const extension = extname(filePath).toLowerCase();
  const byExtension = FORMATS.find((format) => format.extensions.includes(extension));
  if (byExtension) return byExtension;
  const head = text.trimStart().slice(0, 200);
  if (/^(\{\s*"|\[\s*[{"\]])/.test(head)) return jsonFormat;
  if (/^(<!doctype html|<html[\s>])/i.test(head)) return htmlFormat;
  return textFormat;
}
