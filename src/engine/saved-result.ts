/**
 * A result served by `--cache`, still the JSON it was saved as.
 *
 * A re-run of an unchanged library used to spend most of its time turning the cache file into
 * objects and the JSON report back into text. The CLI now keeps a cached result as its saved
 * bytes plus the few values it needs on its own (counts for the exit code, whether the file was
 * skipped): the JSON report copies the bytes out as they are (they are what `JSON.stringify`
 * gives the result, so the report is byte for byte a fresh run's), and any other format parses
 * them. The API's `lintFiles` always returns parsed results.
 */
import type { LintResult } from './results.js';

/** What a result says besides its messages and drafts: the cache keeps it beside the JSON. */
export type ResultSummary = Pick<LintResult, 'errorCount' | 'warningCount' | 'fatalErrorCount' | 'fixableErrorCount' | 'fixableWarningCount' | 'skipped'>;

export class SavedResult {
  readonly errorCount: number;
  readonly warningCount: number;
  readonly fatalErrorCount: number;
  readonly fixableErrorCount: number;
  readonly fixableWarningCount: number;
  readonly skipped: LintResult['skipped'];

  constructor(
    readonly filePath: string,
    summary: ResultSummary,
    /** How many drafts the file held. */
    readonly draftCount: number,
    /** `JSON.stringify(result)` as UTF-8 is `bytes` from `start` to `end` (the cache file, read whole). */
    readonly bytes: Buffer,
    readonly start: number,
    readonly end: number,
  ) {
    this.errorCount = summary.errorCount;
    this.warningCount = summary.warningCount;
    this.fatalErrorCount = summary.fatalErrorCount;
    this.fixableErrorCount = summary.fixableErrorCount;
    this.fixableWarningCount = summary.fixableWarningCount;
    this.skipped = summary.skipped;
  }

  /** `JSON.stringify(result)`, as UTF-8. */
  json(): Buffer {
    return this.bytes.subarray(this.start, this.end);
  }

  /** The result itself (a fresh object on every call). */
  parse(): LintResult {
    return JSON.parse(this.bytes.toString('utf8', this.start, this.end)) as LintResult;
  }
}

/** A result, parsed if it is still saved JSON. */
export function parsed(result: LintResult | SavedResult): LintResult {
  return result instanceof SavedResult ? result.parse() : result;
}

/** How many drafts a result covers. */
export function draftCount(result: LintResult | SavedResult): number {
  return result instanceof SavedResult ? result.draftCount : result.drafts.length;
}
