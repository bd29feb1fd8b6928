/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request's
 * diff and in the run summary.
 *
 *   ::error file=replies/late.txt,line=3,col=49,endLine=3,endColumn=77,title=apology-lint (blame-shifting)::Blames the courier.%0ASuggested rewrite: We lost your parcel
 *
 * Escaping follows @actions/toolkit (packages/core/src/command.ts): the message escapes
 * `%`, CR and LF; property values also escape `:` and `,`. Paths are relative to the
 * repository root (GITHUB_WORKSPACE, passed as context.workspace), else the working folder.
 */
import type { LintMessage } from '../engine/results.js';
import { draftLabel, plural, reportPath, suggestedRewrite, visibleMessages } from './compact.js';
import type { Formatter } from './types.js';

export const github: Formatter = (results, context) => {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    const path = result.filePath.startsWith('<') ? undefined : reportPath(result.filePath, context.workspace ?? context.cwd);
    for (const message of visibleMessages(result, context.quiet)) {
      if (message.severity === 2) errors += 1;
      else warnings += 1;
      const draft = draftLabel(result, message);
      const title = message.ruleId ? `apology-lint (${message.ruleId})${draft ? ` · ${draft}` : ''}` : 'apology-lint';
      const properties: Record<string, string | number | undefined> = {
        file: path,
        line: path ? message.line : undefined,
        col: path ? message.column : undefined,
        endLine: path && !message.fatal ? message.endLine : undefined,
        endColumn: path && !message.fatal ? message.endColumn : undefined,
        title,
      };
      lines.push(workflowCommand(message.severity === 2 ? 'error' : 'warning', properties, annotationText(message)));
    }
  }
  if (lines.length === 0) return '';
  const total = errors + warnings;
  lines.push(`apology-lint: ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`);
  return `${lines.join('\n')}\n`;
};

function annotationText(message: LintMessage): string {
  const rewrite = suggestedRewrite(message);
  return rewrite ? `${message.message}\nSuggested rewrite: ${rewrite}` : message.message;
}

/** `::command key=value,key=value::message`, as the toolkit's issueCommand writes it. */
export function workflowCommand(command: string, properties: Record<string, string | number | undefined>, message: string): string {
  const pairs = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${command}${pairs.length ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`;
}

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
