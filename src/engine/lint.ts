/**
 * Lint one file's text: split it into drafts, run the enabled rules on each, honour
 * directives and expectApology, and map every range back to the file.
 */
import { addressesProblem } from '../../rules/shared/problem.js';
import { completeness } from '../../rules/shared/completeness.js';
import { Draft } from '../draft/draft.js';
import { guessLanguage } from '../draft/language.js';
import { librariesLoaded, loadLibraries } from '../sources/libraries.js';
import { formatByName, formatFor, NotMacrosError, SourceError, type SourceDraft, type SourceFormat } from '../sources/index.js';
import type { EffectiveConfig, ReportDescriptor, Rule, SuggestionDescriptor } from '../types.js';
import { DirectiveIndex } from './directives.js';
import { LineIndex } from './positions.js';
import { fatalResult, makeResult, skippedResult, type DraftSummary, type LintMessage, type LintResult, type LintSuggestion } from './results.js';

export interface LintSourceInput {
  filePath: string;
  /** The file's text, BOM removed. */
  text: string;
  config: EffectiveConfig;
  rules: readonly Rule[];
  format?: SourceFormat;
  /** Keep each draft's text and the findings' draft ranges in the result (the HTML report needs them). */
  includeDraftText?: boolean;
  /** Called after each draft, for progress bars on files that hold many macros. */
  onDraft?: (done: number, total: number) => void;
}

/** The format to read a file with: as given, else as config's `overrides[].format` names it, else by extension and content. */
export function resolveFormat(input: Pick<LintSourceInput, 'format' | 'config' | 'filePath' | 'text'>): SourceFormat {
  return input.format ?? (input.config.format ? formatByName(input.config.format) : undefined) ?? formatFor(input.filePath, input.text);
}

export async function lintSource(input: LintSourceInput): Promise<LintResult> {
  const format = resolveFormat(input);
  if (format.needs && !librariesLoaded(format.needs)) await loadLibraries(format.needs);
  let sourceDrafts: SourceDraft[];
  try {
    sourceDrafts = format.parse(input.text, input.filePath);
  } catch (error) {
    if (error instanceof NotMacrosError) return skippedResult(input.filePath, { reason: 'not-macros', message: error.message });
    // 100,000 `[` in a row overflow the parser's stack: a file problem, not a crash of the run.
    const tooDeep = isStackOverflow(error);
    if (!(error instanceof SourceError) && !tooDeep) throw error;
    const offset = error instanceof SourceError ? error.offset : undefined;
    const at = offset !== undefined ? new LineIndex(input.text).position(offset) : undefined;
    const where = at ? ` (line ${at.line}, column ${at.column})` : '';
    const problem = tooDeep ? TOO_DEEP : (error as SourceError).message;
    return fatalResult(input.filePath, `could not read this ${format.label} file: ${problem}${where}`, at?.line, at?.column);
  }

  const lines = new LineIndex(input.text);
  const active = input.rules.filter((rule) => (input.config.rules[rule.id]?.severity ?? 'off') !== 'off');
  const messages: LintMessage[] = [];
  const suppressed: LintMessage[] = [];
  const summaries: DraftSummary[] = [];

  for (const [index, source] of sourceDrafts.entries()) {
    if (index > 0) input.onDraft?.(index, sourceDrafts.length);
    const draft = new Draft(source);
    const where: Pick<DraftSummary, 'name' | 'line' | 'text'> = { name: source.name, line: lines.position(source.toSource(0)).line };
    if (input.includeDraftText) where.text = source.text;
    const language = guessLanguage(draft.prose);
    if (!language.english) {
      const looks = language.language ? ` (it looks like ${language.language})` : '';
      const message = `Not checked: this draft is not in English${looks}, and the rules read English.`;
      summaries.push({ ...where, expectApology: false, completeness: null, skipped: { reason: 'not-english', language: language.language, message } });
      continue;
    }
    const directives = new DirectiveIndex(source.text);
    const expectApology =
      input.config.expectApology === 'auto' ? addressesProblem(draft) : input.config.expectApology;
    summaries.push({ ...where, expectApology, completeness: expectApology ? completeness(draft) : null });

    for (const rule of active) {
      if (rule.kind === 'absence' && !expectApology) continue;
      const setting = input.config.rules[rule.id]!;
      const found: ReportDescriptor[] = [];
      try {
        rule.check(draft, (finding) => found.push(finding), { ...(rule.defaultOptions ?? {}), ...setting.options });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const at = lines.position(source.toSource(0));
        messages.push({
          ruleId: rule.id,
          severity: 2,
          message: `The rule "${rule.id}" failed on this draft and was skipped: ${reason}`,
          ...at,
          endLine: at.line,
          endColumn: at.column,
          draft: source.name,
        });
        continue;
      }
      for (const finding of found) {
        const message = toMessage(finding, rule, setting.severity === 'error' ? 2 : 1, source, lines, Boolean(input.includeDraftText));
        const isOff = directives.isDisabled(rule.id, finding.start, rule.kind === 'presence');
        (isOff ? suppressed : messages).push(message);
      }
    }
  }
  return makeResult(input.filePath, messages, summaries, suppressed);
}

const TOO_DEEP = 'it is nested too deeply (too many lists or objects inside each other)';

/** The engine's own stack overflow, or a parser's report of one (the YAML parser catches its own). */
function isStackOverflow(error: unknown): boolean {
  return (error instanceof RangeError || error instanceof SourceError) && /maximum call stack size exceeded/i.test(error.message);
}

function toMessage(
  finding: ReportDescriptor,
  rule: Rule,
  severity: 1 | 2,
  source: SourceDraft,
  lines: LineIndex,
  withDraftRanges: boolean,
): LintMessage {
  const start = clamp(finding.start, source.text.length);
  const end = clamp(Math.max(finding.end, start), source.text.length);
  const from = lines.position(source.toSource(start));
  const to = end === start ? from : lines.position(source.toSource(end, 'end'));
  const message: LintMessage = {
    ruleId: rule.id,
    severity,
    message: finding.message,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    draft: source.name,
    words: source.text.slice(start, end),
  };
  if (withDraftRanges) message.draftRange = [start, end];
  if (finding.suggestions?.length) {
    message.suggestions = finding.suggestions.map((suggestion) => {
      const editStart = clamp(suggestion.start ?? start, source.text.length);
      const editEnd = clamp(suggestion.end ?? end, source.text.length);
      const spelled = source.encode ? source.encode(suggestion.text, editStart) : suggestion.text;
      const result: LintSuggestion = {
        desc: suggestion.desc,
        // An insertion maps both ends to the same point; a replacement covers decoded characters whole.
        fix: {
          range: [source.toSource(editStart), editEnd === editStart ? source.toSource(editStart) : source.toSource(editEnd, 'end')],
          text: spelled ?? suggestion.text,
        },
      };
      if (spelled !== suggestion.text) result.rewrite = suggestion.text;
      if (withDraftRanges) result.draftRange = [editStart, editEnd];
      if (!message.fix && spelled !== null && isSafe(suggestion, rule)) message.fix = { ...result.fix };
      return result;
    });
  }
  return message;
}

/**
 * The rewrite plain `--fix` applies: one its rule marks safe (the meaning is kept), with no
 * `[slot]` left for the writer to fill. Absence insertions are all slots: they are never a
 * message's `fix`, and apply only with `--fix-type absence` (the fixer takes the suggestion).
 */
function isSafe(suggestion: SuggestionDescriptor, rule: Rule): boolean {
  return rule.kind !== 'absence' && suggestion.safe === true && !/\[[^\]\n]+\]/.test(suggestion.text);
}

function clamp(offset: number, length: number): number {
  return Math.max(0, Math.min(Number.isFinite(offset) ? Math.trunc(offset) : 0, length));
}
