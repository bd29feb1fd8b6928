/**
 * ESLint's compact format: one line per finding, easy to grep and to read with an editor's
 * error format (`%f: line %l, col %c, %m`):
 *
 *   replies/late.txt: line 3, col 49, Error - Blames the courier. (blame-shifting)
 *   macros.json: line 9, col 3, Error - [Refunds] A stock apology. (non-apology)
 *
 *   2 problems
 *
 * Also home to the small helpers the CI formats share.
 */
import { sep } from 'node:path';
import type { LintMessage, LintResult } from '../engine/results.js';
import { displayPath } from './stylish.js';
import type { Formatter } from './types.js';
import { flat, rewriteOf } from './words.js';

export const compact: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    const path = displayPath(result.filePath, context.cwd);
    for (const message of visibleMessages(result, context.quiet)) {
      const severity = message.severity === 2 ? 'Error' : 'Warning';
      const draft = draftLabel(result, message);
      const text = `${draft ? `[${draft}] ` : ''}${flat(message.message)}`;
      const rule = message.ruleId ? ` (${message.ruleId})` : '';
      lines.push(`${path}: line ${message.line}, col ${message.column}, ${severity} - ${text}${rule}`);
    }
  }
  if (lines.length === 0) return '';
  return `${lines.join('\n')}\n\n${plural(lines.length, 'problem')}\n`;
};

// ---------------------------------------------------------------------------------------
// Shared by the CI formats (compact, github, checkstyle, junit, sarif).

/** The messages a report shows: everything, or errors only with --quiet (as stylish does). */
export function visibleMessages(result: LintResult, quiet: boolean): LintMessage[] {
  return quiet ? result.messages.filter((m) => m.severity === 2) : result.messages;
}

/** The path relative to cwd, always with forward slashes (GitHub and SARIF want them). */
export function reportPath(filePath: string, cwd: string): string {
  const path = displayPath(filePath, cwd);
  return sep === '\\' ? path.replace(/\\/g, '/') : path;
}

/** The macro a finding is in, when the file holds several (a macro library). */
export function draftLabel(result: LintResult, message: LintMessage): string | undefined {
  return result.drafts.length > 1 && message.draft ? message.draft : undefined;
}

/**
 * The first suggestion, as stylish shows it: the replacement text, or for an insertion
 * where it goes and what to add, or for a deletion what to delete.
 */
export function suggestedRewrite(message: LintMessage): string | undefined {
  const suggestion = message.suggestions?.[0];
  if (!suggestion) return undefined;
  const [start, end] = suggestion.fix.range;
  const text = flat(rewriteOf(suggestion));
  if (start === end) return `${suggestion.desc}: ${text}`;
  return text === '' ? `${suggestion.desc} (delete it)` : text;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
