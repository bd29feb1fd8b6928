/**
 * JUnit XML for CI test tabs (GitLab, Jenkins, Azure DevOps, CircleCI): each file is a test
 * suite and each reply or macro in it a test case, so a macro library reads as a list of
 * passing and failing macros.
 *
 * - a draft with findings fails, with one <failure> per finding;
 * - a clean draft passes;
 * - a draft that was not checked (not English), or a file with no replies in it, is skipped;
 * - a file that could not be linted is one test case with an <error>.
 *
 * `tests` counts test cases, and `failures`, `errors` and `skipped` count test cases too (as
 * JUnit does), so failures + errors + skipped + passing = tests.
 */
import { basename } from 'node:path';
import type { DraftSummary, LintMessage, LintResult } from '../engine/results.js';
import { suggestedRewrite, visibleMessages } from './compact.js';
import { capitalise } from './words.js';
import { displayPath } from './stylish.js';
import type { FormatContext, Formatter } from './types.js';
import { XML_DECLARATION, xmlAttrs, xmlText } from './xml.js';

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

export const junit: Formatter = (results, context) => {
  const total: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const suites: string[] = [];
  for (const result of results) {
    const { xml, counts } = suite(result, context);
    suites.push(xml);
    total.tests += counts.tests;
    total.failures += counts.failures;
    total.errors += counts.errors;
    total.skipped += counts.skipped;
  }
  return [
    XML_DECLARATION,
    `<testsuites${xmlAttrs({ name: 'apology-lint', ...total })}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};

function suite(result: LintResult, context: FormatContext): { xml: string; counts: Counts } {
  const path = displayPath(result.filePath, context.cwd);
  const fileName = result.filePath.startsWith('<') ? result.filePath : basename(result.filePath);
  const counts: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const cases: string[] = [];
  const testcase = (name: string, body: string[]): void => {
    counts.tests += 1;
    const open = `    <testcase${xmlAttrs({ name, classname: path })}`;
    cases.push(body.length === 0 ? `${open} />` : [`${open}>`, ...body, '    </testcase>'].join('\n'));
  };

  const messages = visibleMessages(result, context.quiet);
  const fatal = messages.filter((m) => m.fatal);
  if (fatal.length > 0) {
    counts.errors += 1;
    testcase(fileName, fatal.map((m) => `      <error${xmlAttrs({ message: m.message, type: 'fatal' })}>${xmlText(`${path}:${m.line}:${m.column}\n${m.message}`)}</error>`));
  }

  const findings = messages.filter((m) => !m.fatal);
  const byDraft = new Map<string, LintMessage[]>();
  for (const message of findings) {
    const key = message.draft ?? fileName;
    byDraft.set(key, [...(byDraft.get(key) ?? []), message]);
  }

  const caseFor = (name: string, items: readonly LintMessage[], draft?: DraftSummary): void => {
    if (items.length > 0) {
      counts.failures += 1;
      testcase(name, items.map((m) => failure(m, path)));
    } else if (draft?.skipped) {
      counts.skipped += 1;
      testcase(name, [`      <skipped${xmlAttrs({ message: draft.skipped.message })} />`]);
    } else {
      testcase(name, []);
    }
  };

  const named = new Set<string>();
  for (const draft of result.drafts) {
    // Two macros with the same title share their findings' `draft` name; report them once.
    const items = named.has(draft.name) ? [] : (byDraft.get(draft.name) ?? []);
    named.add(draft.name);
    caseFor(draft.name, items, draft);
  }
  for (const [name, items] of byDraft) if (!named.has(name)) caseFor(name, items);

  if (result.skipped && counts.tests === 0) {
    counts.skipped += 1;
    testcase(fileName, [`      <skipped${xmlAttrs({ message: capitalise(result.skipped.message) })} />`]);
  }

  const open = `  <testsuite${xmlAttrs({ name: path, ...counts })}`;
  const xml = cases.length === 0 ? `${open} />` : [`${open}>`, ...cases, '  </testsuite>'].join('\n');
  return { xml, counts };
}

function failure(message: LintMessage, path: string): string {
  const severity = message.severity === 2 ? 'error' : 'warning';
  const body = [`${path}:${message.line}:${message.column}  ${severity}  ${message.ruleId ?? ''}`.trimEnd(), message.message];
  if (message.words && message.words.trim()) body.push(`Flagged words: “${message.words.replace(/\s+/g, ' ').trim()}”`);
  const rewrite = suggestedRewrite(message);
  if (rewrite) body.push(`Suggested rewrite: ${rewrite}`);
  return `      <failure${xmlAttrs({ message: message.message, type: message.ruleId ?? severity })}>${xmlText(body.join('\n'))}</failure>`;
}
