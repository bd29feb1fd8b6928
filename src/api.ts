/**
 * The public surface. The CLI is a thin shell over this; nothing here prints or exits.
 *
 *   import { lintText, lintFiles, defineRule } from 'apology-lint';
 */
import { builtinRules } from '../rules/index.js';
import type { LintResult } from './engine/results.js';
import { Linter, type LintOptions, type LintTextOptions } from './linter.js';

export { defineRule } from './rule.js';
export { builtinRules };
export type * from './types.js';
export type { LintResult, LintMessage, LintSuggestion, DraftSummary } from './engine/results.js';
export type { Sentence, Term, Placeholder, InsertionPoint } from './draft/draft.js';
export { lexicon, type Lexicon } from './draft/lexicon.js';
export { ConfigError } from './config/index.js';
export { Linter, type LintOptions, type LintTextOptions, type LintProgress, type LintFilesOptions } from './linter.js';

/** Lint one text. Returns one result, in an array like ESLint's `lintText`. */
export async function lintText(text: string, options: LintTextOptions = {}): Promise<LintResult[]> {
  const linter = await Linter.create(options);
  return [await linter.lintText(text, options.filePath)];
}

/** Lint files, directories and globs. Unreadable paths come back as fatal results. */
export async function lintFiles(patterns: string | readonly string[], options: LintOptions = {}): Promise<LintResult[]> {
  const linter = await Linter.create(options);
  return linter.lintFiles(typeof patterns === 'string' ? [patterns] : patterns);
}

