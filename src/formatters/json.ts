import type { Formatter } from './types.js';

/** ESLint-compatible JSON: an array of results, one per file. */
export const json: Formatter = (results) => `${JSON.stringify(results)}\n`;
