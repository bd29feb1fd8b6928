import { extname } from 'node:path';
import { markdownFormat } from './markdown.js';
import { textFormat } from './text.js';
import type { SourceFormat } from './types.js';

export { SourceError, type SourceDraft, type SourceFormat } from './types.js';

export const FORMATS: readonly SourceFormat[] = [textFormat, markdownFormat];

/** Extensions that directory and glob expansion pick up. */
export const LINTABLE_EXTENSIONS: readonly string[] = FORMATS.flatMap((format) => format.extensions);

/** The format for a file: by extension, else plain text (an explicitly named file is always linted). */
export function formatFor(filePath: string): SourceFormat {
  const extension = extname(filePath).toLowerCase();
  return FORMATS.find((format) => format.extensions.includes(extension)) ?? textFormat;
}
