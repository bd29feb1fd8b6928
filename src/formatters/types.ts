import type { ChalkInstance } from 'chalk';
import type { LintResult } from '../engine/results.js';
import type { RuleKind, Severity } from '../types.js';

/** What a report format may say about a rule (SARIF's rule table, the HTML report's legend). */
export interface RuleMeta {
  id: string;
  kind: RuleKind;
  /** The rule's default severity. */
  severity: Exclude<Severity, 'off'>;
  /** One imperative line. */
  description: string;
  /** Why the playbook asks for it. */
  rationale: string;
}

export interface FormatContext {
  cwd: string;
  /** Colours to use; a no-colour instance when output is not a terminal. */
  chalk: ChalkInstance;
  /** --quiet: errors only, no extras. */
  quiet: boolean;
  /** Every rule the linter knows (built-in and plugin), in playbook order. */
  rules: readonly RuleMeta[];
  /** apology-lint's version, for formats that name the tool. */
  version: string;
  /**
   * The repository root, when it is not `cwd` (GITHUB_WORKSPACE in GitHub Actions): formats read
   * by a code host (github, sarif) give paths relative to it, so annotations land on the right file.
   */
  workspace?: string;
}

export type Formatter = (results: readonly LintResult[], context: FormatContext) => string;
