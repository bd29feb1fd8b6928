import { basename } from 'node:path';
import { sliceDraft, type SourceFormat } from './types.js';

/** A plain-text reply: the whole file is one draft. */
export const textFormat: SourceFormat = {
  name: 'text',
  label: 'text',
  extensions: ['.txt', '.text'],
  parse: (text, filePath) => [sliceDraft(basename(filePath), text)],
};
