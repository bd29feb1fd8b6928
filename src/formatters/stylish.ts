/**
 * The terminal format: per file, each finding with the words it is about and the
 * suggested rewrite beneath, one completeness line per reply, and a summary.
 */
import { relative } from 'node:path';
import type { DraftSummary, LintMessage } from '../engine/results.js';
import type { FormatContext, Formatter } from './types.js';
import { capitalise, flat, rewriteOf } from './words.js';

const PART_LABELS: Record<string, string> = {
  'what-happened': 'what happened',
  cause: 'the cause',
  fix: 'the fix',
  timeline: 'when',
  prevention: 'prevention',
  compensation: 'compensation',
  'follow-up': 'follow-up',
};

export const stylish: Formatter = (results, context) => {
  const { chalk } = context;
  const out: string[] = [];
  let errors = 0;
  const absence = new Set(context.rules.filter((rule) => rule.kind === 'absence').map((rule) => rule.id));
  let fixable = 0;
  let addable = 0;
  let warnings = 0;
  let drafts = 0;

  for (const result of results) {
    const messages = result.messages.filter((m) => !m.fatal && (!context.quiet || m.severity === 2));
    drafts += result.drafts.length;
    errors += messages.filter((m) => m.severity === 2).length;
    fixable += messages.filter((m) => m.fix).length;
    addable += messages.filter((m) => m.ruleId && absence.has(m.ruleId) && m.suggestions?.length).length;
    warnings += messages.filter((m) => m.severity === 1).length;
    const incomplete = context.quiet ? [] : result.drafts.filter((d) => d.completeness || d.skipped);
    if (result.skipped && !context.quiet) {
      out.push(chalk.underline(displayPath(result.filePath, context.cwd)), chalk.blue(`  ℹ ${capitalise(result.skipped.message)}`), '');
      continue;
    }
    if (messages.length === 0 && incomplete.length === 0) continue;

    out.push(chalk.underline(displayPath(result.filePath, context.cwd)));
    const multiDraft = result.drafts.length > 1;
    const byDraft = groupByDraft(messages, result.drafts);
    for (const { draft, items } of byDraft) {
      if (multiDraft && (items.length > 0 || draft?.completeness || draft?.skipped)) {
        out.push(`  ${chalk.bold(draft?.name ?? '')} ${chalk.dim(`(line ${draft?.line ?? 1})`)}`);
      }
      const width = Math.max(0, ...items.map((m) => `${m.line}:${m.column}`.length));
      for (const message of items) out.push(...renderMessage(message, width, context));
      if (draft?.completeness && !context.quiet) out.push(renderCompleteness(draft, chalk));
      if (draft?.skipped && !context.quiet) out.push(chalk.blue(`  ℹ ${draft.skipped.message}`));
    }
    out.push('');
  }

  const total = errors + warnings;
  const unread = results.filter((result) => result.fatalErrorCount > 0).length;
  const unreadNote = unread > 0 ? `${unread} file${unread === 1 ? '' : 's'} could not be checked (see above)` : '';
  if (total > 0) {
    const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
    out.push((errors > 0 || unread > 0 ? chalk.red.bold : chalk.yellow.bold)(unreadNote ? `${summary}; ${unreadNote}` : summary));
    const fixes = [
      fixable ? `${fixable} can be rewritten with --fix` : '',
      addable ? `${addable} missing part${addable === 1 ? '' : 's'} can be added as sentences to fill in with --fix --fix-type absence` : '',
    ].filter(Boolean);
    if (fixes.length) out.push(chalk.dim(`  ${fixes.join('; ')}`));
  } else if (unread > 0) {
    out.push(chalk.red.bold(`✖ ${unreadNote}`));
  } else if (results.length > 0) {
    out.push(chalk.green(drafts > 0 ? `✔ No problems in ${drafts} repl${drafts === 1 ? 'y' : 'ies'}` : '✔ No problems'));
  }
  return out.length ? `${out.join('\n')}\n` : '';
};

function renderMessage(message: LintMessage, width: number, { chalk }: FormatContext): string[] {
  const position = `${message.line}:${message.column}`.padEnd(width);
  const severity = message.severity === 2 ? chalk.red('error') : chalk.yellow('warn ');
  const lines = [`  ${chalk.dim(position)}  ${severity}  ${message.message}  ${chalk.dim(message.ruleId ?? '')}`];
  const indent = ' '.repeat(width + 11);
  if (message.words && message.words.trim()) {
    lines.push(`${indent}${chalk.dim(`“${oneLine(message.words)}”`)}`);
  }
  const suggestion = message.suggestions?.[0];
  if (suggestion) {
    const [start, end] = suggestion.fix.range;
    const text = oneLine(rewriteOf(suggestion));
    const shown =
      start === end ? `${suggestion.desc}: ${text}` : text === '' ? `${suggestion.desc} (delete it)` : text;
    lines.push(`${indent}${chalk.green(`→ ${shown}`)}`);
  }
  return lines;
}

function renderCompleteness(draft: DraftSummary, chalk: FormatContext['chalk']): string {
  const c = draft.completeness!;
  const required = c.covered.filter((part) => part !== 'compensation').length + c.missing.length;
  const covered = required - c.missing.length;
  const percent = `${Math.round(c.score * 100)}%`;
  const missing = c.missing.length ? ` · missing ${c.missing.map((p) => PART_LABELS[p] ?? p).join(', ')}` : '';
  return chalk.dim(`  completeness ${covered}/${required} (${percent})${missing}`);
}

function groupByDraft(
  messages: readonly LintMessage[],
  drafts: readonly DraftSummary[],
): Array<{ draft: DraftSummary | undefined; items: LintMessage[] }> {
  if (drafts.length === 0) return [{ draft: undefined, items: [...messages] }];
  return drafts.map((draft) => ({ draft, items: messages.filter((m) => m.draft === draft.name) }));
}

function oneLine(text: string, max = 100): string {
  const line = flat(text);
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export function displayPath(filePath: string, cwd: string): string {
  if (filePath.startsWith('<')) return filePath;
  const rel = relative(cwd, filePath);
  return rel === '' || rel.startsWith('..') ? filePath : rel;
}
