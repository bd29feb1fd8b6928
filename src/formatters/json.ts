import type { LintResult } from '../engine/results.js';
import { parsed, SavedResult } from '../engine/saved-result.js';
import type { Formatter } from './types.js';

const asText = (results: readonly LintResult[]): string => `${JSON.stringify(results)}\n`;

/**
 * What --quiet leaves of results in JSON, as ESLint's does: the files with errors, each with its
 * errors only. (A saved result is read from its JSON only when it has errors.)
 */
function errorResults(results: ReadonlyArray<LintResult | SavedResult>): LintResult[] {
  return results
    .filter((result) => result.errorCount > 0)
    .map((result) => {
      const full = parsed(result);
      const messages = full.messages.filter((message) => message.severity === 2);
      const suppressedMessages = full.suppressedMessages.filter((message) => message.severity === 2);
      return { ...full, messages, suppressedMessages, errorCount: messages.length, warningCount: 0, fixableWarningCount: 0 };
    });
}

/** ESLint-compatible JSON: an array of results, one per file; with --quiet, the files with errors, errors only. */
export const json: Formatter = (results, context) => asText(context.quiet ? errorResults(results) : results);

/** Bytes to copy into the report: `bytes` from `start` to `end`, with a comma at each of `breaks`. */
interface Stretch {
  bytes: Buffer;
  start: number;
  end: number;
  breaks: number[];
}

const COMMA = 0x2c;

/**
 * The same report, for the CLI to write, where results served by --cache may still be the JSON
 * they were saved as (see engine/saved-result.ts): those bytes are copied out as they are. They
 * are what `JSON.stringify` gives the result, so the report is byte for byte a fresh run's.
 *
 * The cache file keeps results one per line, in path order, which is the report's order: a run
 * of results that lie one after another there is copied in one piece, and the newline between
 * each two becomes the comma the report has there (one byte each). Copying 2,000 results one by
 * one took ~6 ms; in one piece it takes well under one.
 */
export function jsonReport(results: ReadonlyArray<LintResult | SavedResult>, quiet: boolean): string | Buffer {
  if (quiet) return asText(errorResults(results));
  if (!results.some((result) => result instanceof SavedResult)) return asText(results as LintResult[]);
  const stretches: Stretch[] = [];
  // "[", a comma between each two results, "]\n".
  let size = 3 + Math.max(0, results.length - 1);
  for (let i = 0; i < results.length; i++) {
    const result = results[i]!;
    const last = stretches.at(-1);
    if (!(result instanceof SavedResult)) {
      const bytes = Buffer.from(JSON.stringify(result));
      stretches.push({ bytes, start: 0, end: bytes.length, breaks: [] });
      size += bytes.length;
    } else if (last && last.bytes === result.bytes && last.end + 1 === result.start) {
      last.breaks.push(last.end);
      last.end = result.end;
      size += result.end - result.start;
    } else {
      stretches.push({ bytes: result.bytes, start: result.start, end: result.end, breaks: [] });
      size += result.end - result.start;
    }
  }
  const report = Buffer.allocUnsafe(size);
  let at = report.write('[');
  for (let i = 0; i < stretches.length; i++) {
    if (i > 0) report[at++] = COMMA;
    const { bytes, start, end, breaks } = stretches[i]!;
    const shift = at - start;
    at += bytes.copy(report, at, start, end);
    for (const newline of breaks) report[shift + newline] = COMMA;
  }
  report.write(']\n', at);
  return report;
}
