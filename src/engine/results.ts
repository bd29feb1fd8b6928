/**
 * The result shape: ESLint's JSON format (so tools that read ESLint output read ours),
 * plus `drafts` for per-reply summaries. `lintText`/`lintFiles` return exactly this.
 */
import type { CompletenessPart } from '../../rules/shared/completeness.js';

export interface LintSuggestion {
  desc: string;
  /**
   * `range` indexes the file's text (BOM excluded), end exclusive; `text` is what to write there,
   * in the file's own syntax (escaped inside a JSON string, entities in HTML).
   */
  fix: { range: [number, number]; text: string };
  /** The replacement as the reader sees it, when the file spells it differently from `fix.text`. */
  rewrite?: string;
  /** The edit's range in the draft's own text; only with `includeDraftText`. */
  draftRange?: [number, number];
}

export interface LintMessage {
  /** null for problems that are not a rule's (a file that could not be read). */
  ruleId: string | null;
  /** 1 = warning, 2 = error. */
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The macro/draft the finding is in (its title, or the file name). */
  draft?: string;
  /** The words flagged, as written (empty for absence findings). */
  words?: string;
  suggestions?: LintSuggestion[];
  /** Set for problems that stopped the file from being linted. */
  fatal?: true;
  /** The edit `--fix` applies (ESLint's `fix`): the first safe suggestion the file's format can spell. */
  fix?: { range: [number, number]; text: string };
  /** The finding's range in the draft's own text (`DraftSummary.text`); only with `includeDraftText`. */
  draftRange?: [number, number];
}

export interface DraftSummary {
  name: string;
  /** 1-based line where the draft starts in the file. */
  line: number;
  /** Whether absence rules applied (the reply addresses a problem, or config said so). */
  expectApology: boolean;
  completeness: { score: number; covered: CompletenessPart[]; missing: CompletenessPart[] } | null;
  /** Set when the draft was not linted, with a note saying why (an info, not a finding). */
  skipped?: { reason: 'not-english'; language?: string; message: string };
  /** The reply as linted (escapes and entities decoded, markup dropped); only with `includeDraftText`. */
  text?: string;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  suppressedMessages: LintMessage[];
  usedDeprecatedRules: [];
  drafts: DraftSummary[];
  /**
   * Set when the file was not linted and that is not a failure: it holds no replies (a JSON or
   * YAML file that is not a macro library), or it is a binary file (it contains NUL bytes).
   */
  skipped?: { reason: 'not-macros' | 'binary'; message: string };
  /** The fixed text (BOM excluded), when fixing changed it (ESLint's `output`). */
  output?: string;
}

/** Plain string order. `localeCompare` would load ICU's collator, about 7 ms of a one-file run. */
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function makeResult(filePath: string, messages: LintMessage[], drafts: DraftSummary[], suppressed: LintMessage[] = []): LintResult {
  const sorted = [...messages].sort(
    (a, b) => a.line - b.line || a.column - b.column || byCodePoint(a.ruleId ?? '', b.ruleId ?? ''),
  );
  return {
    filePath,
    messages: sorted,
    errorCount: sorted.filter((m) => m.severity === 2).length,
    warningCount: sorted.filter((m) => m.severity === 1).length,
    fatalErrorCount: sorted.filter((m) => m.fatal).length,
    fixableErrorCount: sorted.filter((m) => m.severity === 2 && m.fix).length,
    fixableWarningCount: sorted.filter((m) => m.severity === 1 && m.fix).length,
    suppressedMessages: suppressed,
    usedDeprecatedRules: [],
    drafts,
  };
}

/** A file with nothing to lint in it: no findings, and a note saying why. */
export function skippedResult(filePath: string, skipped: NonNullable<LintResult['skipped']>): LintResult {
  return { ...makeResult(filePath, [], []), skipped };
}

/** A file that could not be linted at all: one fatal message, as ESLint reports parse errors. */
export function fatalResult(filePath: string, message: string, line = 1, column = 1): LintResult {
  return makeResult(filePath, [
    { ruleId: null, severity: 2, fatal: true, message, line, column, endLine: line, endColumn: column },
  ], []);
}
