import type { ChalkInstance } from 'chalk';
import type { LintResult } from '../engine/results.js';

export interface FormatContext {
  cwd: string;
  /** Colours to use; a no-colour instance when output is not a terminal. */
  chalk: ChalkInstance;
  /** --quiet: errors only, no extras. */
  quiet: boolean;
}

export type Formatter = (results: readonly LintResult[], context: FormatContext) => string;
