/**
 * `--fix`: lint, apply the safe edits that do not overlap, lint again, up to ten passes
 * (ESLint's loop). Every pass is checked before it is kept: the fixed file must still parse
 * into the same macros, each reading exactly as the edits say. An edit the file's format
 * cannot carry is left for the writer, never forced.
 */
import { lintSource, resolveFormat, type LintSourceInput } from '../engine/lint.js';
import type { LintMessage, LintResult, LintSuggestion } from '../engine/results.js';
import type { SourceDraft, SourceFormat } from '../sources/index.js';
import type { RuleKind } from '../types.js';
import { applyEdits, chooseEdits, lineEnding, type TextEdit } from './apply.js';

// In their own module, so the command line can check --fix-type without loading the linter.
export { DEFAULT_FIX_KINDS, FIX_KINDS } from './kinds.js';
const MAX_PASSES = 10;

export interface FixOptions {
  kinds: ReadonlySet<RuleKind>;
  /** At most this many lint-and-fix passes (default 10, as ESLint). */
  maxPasses?: number;
  /** Called after each pass with the text before, the edits applied, and the text after. */
  onPass?: (pass: { before: string; edits: readonly TextEdit[]; after: string }) => void;
}

/** A draft as read: enough to check that a fix kept every macro and changed only what it said. */
type DraftText = Pick<SourceDraft, 'name' | 'text'>;

interface Candidate {
  message: LintMessage;
  fix: TextEdit;
  /** The same edit in the draft's own text, to check the fixed file against. */
  draftEdit: TextEdit;
}

/** Lint a file's text and fix it; `output` is set on the result when the text changed. */
export async function lintAndFix(input: LintSourceInput, options: FixOptions): Promise<LintResult> {
  const format = resolveFormat(input);
  const kindOf = new Map(input.rules.map((rule) => [rule.id, rule.kind]));
  const lint = (text: string) => lintSource({ ...input, text, format, includeDraftText: true });
  const eol = lineEnding(input.text);

  let text = input.text;
  let result = await lint(text);
  // Never touch a file that could not be read, or holds no replies.
  const maxPasses = options.maxPasses ?? MAX_PASSES;
  for (let pass = 0; pass < maxPasses && result.fatalErrorCount === 0 && !result.skipped; pass++) {
    const candidates = result.messages.flatMap((message): Candidate[] => {
      const kind = message.ruleId ? kindOf.get(message.ruleId) : undefined;
      if (!kind || !options.kinds.has(kind)) return [];
      // An absence finding's insertion is its suggestion (asked for with --fix-type absence).
      const suggestion = message.fix ? suggestionOf(message, message.fix) : kind === 'absence' ? message.suggestions?.[0] : undefined;
      if (!suggestion?.draftRange) return [];
      const fix = { range: suggestion.fix.range, text: suggestion.fix.text.replace(/\r?\n/g, eol) };
      return [{ message, fix, draftEdit: { range: suggestion.draftRange, text: suggestion.rewrite ?? suggestion.fix.text } }];
    });
    const { chosen } = chooseEdits(candidates);
    // The lint just read this text into drafts; their names and texts are what a fix must keep.
    const drafts = result.drafts.map((draft) => ({ name: draft.name, text: draft.text ?? '' }));
    const accepted = keepVerified(text, chosen, drafts, format, input.filePath);
    if (accepted.length === 0) break;
    const edits = accepted.map((candidate) => candidate.fix);
    const before = text;
    text = applyEdits(text, edits);
    options.onPass?.({ before, edits, after: text });
    result = await lint(text);
  }
  if (!input.includeDraftText) stripDraftText(result);
  return text === input.text ? result : { ...result, output: text };
}

/** The suggestion a message's fix came from: it knows the edit in the draft's text too. */
function suggestionOf(message: LintMessage, fix: TextEdit): LintSuggestion | undefined {
  return message.suggestions?.find((s) => s.fix.range[0] === fix.range[0] && s.fix.range[1] === fix.range[1] && s.fix.text === fix.text);
}

/**
 * The edits whose result checks out: all of them when together they do, else each one that
 * does on its own (in order, on top of those already kept).
 */
function keepVerified(text: string, chosen: readonly Candidate[], before: readonly DraftText[], format: SourceFormat, filePath: string): Candidate[] {
  if (chosen.length === 0) return [];
  if (verified(text, chosen, before, format, filePath)) return [...chosen];
  const kept: Candidate[] = [];
  for (const candidate of chosen) {
    if (verified(text, [...kept, candidate], before, format, filePath)) kept.push(candidate);
  }
  return kept;
}

/** Whether the fixed file parses into the same drafts, each reading as its edits say it should. */
function verified(text: string, edits: readonly Candidate[], before: readonly DraftText[], format: SourceFormat, filePath: string): boolean {
  const after = parseOrNull(format, applyEdits(text, edits.map((edit) => edit.fix)), filePath);
  if (!after || after.length !== before.length) return false;
  return before.every((draft, index) => {
    const fixed = after[index]!;
    if (fixed.name !== draft.name) return false;
    const own = edits.filter((edit) => edit.message.draft === draft.name).map((edit) => edit.draftEdit);
    return sameText(fixed.text, applyEdits(draft.text, own));
  });
}

function sameText(a: string, b: string): boolean {
  return a === b || a.replace(/\r\n/g, '\n') === b.replace(/\r\n/g, '\n');
}

function parseOrNull(format: SourceFormat, text: string, filePath: string): SourceDraft[] | null {
  try {
    return format.parse(text, filePath);
  } catch {
    return null;
  }
}

function stripDraftText(result: LintResult): void {
  for (const draft of result.drafts) delete draft.text;
  for (const message of result.messages) {
    delete message.draftRange;
    for (const suggestion of message.suggestions ?? []) delete suggestion.draftRange;
  }
}
