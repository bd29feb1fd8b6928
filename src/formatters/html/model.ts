/** The HTML report's model: files and their replies, and the small helpers every part shares. */
import type { CompletenessPart } from '../../../rules/shared/completeness.js';
import type { DraftSummary, LintMessage, LintResult } from '../../engine/results.js';
import { displayPath } from '../stylish.js';
import type { FormatContext, RuleMeta } from '../types.js';

export const PART_LABELS: Record<CompletenessPart, string> = {
  'what-happened': 'what happened',
  cause: 'the cause',
  fix: 'the fix',
  timeline: 'when (timeline)',
  prevention: 'prevention',
  compensation: 'compensation',
  'follow-up': 'follow-up',
};

// Made on first use: creating an Intl formatter loads ICU data, 15–60 ms of every start otherwise.
let numberFormat: Intl.NumberFormat | undefined;
export const num = (n: number): string => (numberFormat ??= new Intl.NumberFormat('en')).format(n);
export const percent = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 100));
export const plural = (n: number, one: string, many = `${one}s`): string => `${num(n)} ${n === 1 ? one : many}`;
export const severityWord = (severity: 1 | 2): 'error' | 'warning' => (severity === 2 ? 'error' : 'warning');

/** One reply (or the findings of a file that could not be tied to a reply) and its findings. */
export interface ReplyModel {
  draft: DraftSummary | undefined;
  messages: LintMessage[];
}

export interface FileModel {
  result: LintResult;
  path: string;
  fatal: LintMessage[];
  replies: ReplyModel[];
}

export type RuleIndex = ReadonlyMap<string, { rule: RuleMeta; index: number }>;

// ---------------------------------------------------------------------------------------
// Model

export function fileModel(result: LintResult, context: FormatContext): FileModel {
  const visible = result.messages.filter((m) => !context.quiet || m.severity === 2);
  const fatal = visible.filter((m) => m.fatal || m.ruleId === null);
  const findings = visible.filter((m) => !(m.fatal || m.ruleId === null));
  const replies: ReplyModel[] = result.drafts.map((draft) => ({ draft, messages: [] }));
  const orphans: LintMessage[] = [];
  for (const message of findings) {
    const reply = replyFor(message, replies);
    if (reply) reply.messages.push(message);
    else orphans.push(message);
  }
  if (orphans.length) replies.push({ draft: undefined, messages: orphans });
  return { result, path: displayPath(result.filePath, context.cwd), fatal, replies };
}

/** The reply a finding belongs to, by name (the engine makes the names in a file unique). */
function replyFor(message: LintMessage, replies: readonly ReplyModel[]): ReplyModel | undefined {
  if (message.draft === undefined) return replies.length === 1 ? replies[0] : undefined;
  return replies.find((reply) => reply.draft!.name === message.draft);
}

export { capitalise, flat } from '../words.js';
