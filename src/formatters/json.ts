import type { LintResult } from '../engine/results.js';
import { SavedResult } from '../engine/saved-result.js';
import type { Formatter } from './types.js';

const asText = (results: readonly LintResult[]): string => `${JSON.stringify(results)}\n`;

/** ESLint-compatible JSON: an array of results, one per file. */
export const json: Formatter = asText;

/**
 * The same report, for the CLI to write, where results served by --cache may still be the JSON
 * they were saved as (see engine/saved-result.ts): those bytes are copied out as they are. They
 * are what `JSON.stringify` gives the result, so the report is byte for byte a fresh run's.
 */
export function jsonReport(results: ReadonlyArray<LintResult | SavedResult>): string | Buffer {
  if (!results.some((result) => result instanceof SavedResult)) return asText(results as LintResult[]);
  const parts = results.map((result) => (result instanceof SavedResult ? result : Buffer.from(JSON.stringify(result))));
  let size = 2 + Math.max(0, parts.length - 1) + 1;
  for (const part of parts) size += part instanceof SavedResult ? part.jsonLength : part.length;
  const report = Buffer.allocUnsafe(size);
  let at = report.write('[');
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) at += report.write(',', at);
    const part = parts[i]!;
    at += part instanceof SavedResult ? part.copyJson(report, at) : part.copy(report, at);
  }
  report.write(']\n', at);
  return report;
}
