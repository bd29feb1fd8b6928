/**
 * Public types shared by every stage. Rule authors (built-in and plugin) only need
 * `Rule`, `RuleDefinition`, `Draft`, `Sentence` and `ReportDescriptor`.
 */
import type { Draft } from './draft/draft.js';

export type { Draft };

/** How loudly a finding is reported. `off` disables the rule. */
export type Severity = 'off' | 'warn' | 'error';

/** presence: flags a span; absence: judges the whole draft; order: judges sequence. */
export type RuleKind = 'presence' | 'absence' | 'order';

/** A proposed edit, in draft offsets (`start === end` inserts). */
export interface SuggestionDescriptor {
  /** One line saying what the edit does, in plain words. */
  desc: string;
  /** Replacement text. */
  text: string;
  /** Defaults to the finding's range. */
  start?: number;
  end?: number;
  /**
   * The rewrite keeps the meaning, so `--fix` may apply it (presence and order rules; a rewrite
   * with a `[slot]` never applies). Absence insertions apply with `--fix-type absence` unless
   * this is false.
   */
  safe?: boolean;
}

/** What a rule passes to `report()`. Offsets index `draft.text` (end exclusive). */
export interface ReportDescriptor {
  start: number;
  end: number;
  message: string;
  suggestions?: SuggestionDescriptor[];
}

export type ReportFn = (finding: ReportDescriptor) => void;

export interface RuleExamples {
  /** Each must produce at least one finding from this rule. */
  bad: string[];
  /** Each must produce no finding from this rule. */
  good: string[];
}

/** What a rule file passes to `defineRule`. */
export interface RuleDefinition<Options = Record<string, unknown>> {
  /** Built-in ids are fixed by the playbook; plugin ids are namespaced: `acme/no-jargon`. */
  id: string;
  kind: RuleKind;
  /** Default severity when a preset or config enables the rule without saying. */
  severity: Exclude<Severity, 'off'>;
  /** One line, imperative, for `apology-lint rules`. */
  description: string;
  /** Why the playbook asks for this (cite the idea, not a source's words). */
  rationale: string;
  examples: RuleExamples;
  /** Default options, merged under whatever the config gives. */
  defaultOptions?: Options;
  check(draft: Draft, report: ReportFn, options: Options): void;
}

export type Rule<Options = Record<string, unknown>> = Readonly<RuleDefinition<Options>>;

/**
 * What a rule says about itself, without its check: all that config, `--cache` and reports
 * need. The built-in rules' are in rules/catalog.generated.ts, so a run can start, and a run
 * served entirely by `--cache` can finish, without loading the rules themselves.
 */
export type RuleInfo = Readonly<Omit<RuleDefinition, 'check'>>;

/** A rule setting as written in config: `"warn"`, `2`, `["error", {…}]`. */
export type RuleSetting =
  | Severity
  | 0
  | 1
  | 2
  | [Severity | 0 | 1 | 2]
  | [Severity | 0 | 1 | 2, Record<string, unknown>];

export type ExpectApology = boolean | 'auto';

export interface OverrideConfig {
  files: string | string[];
  excludedFiles?: string | string[];
  rules?: Record<string, RuleSetting>;
  expectApology?: ExpectApology;
  /**
   * How to read the matching files, when the extension does not say: `text`, `markdown`, `html`,
   * `json`, `yaml`, or a macro shape: `zendesk`, `intercom`, `title-map`.
   */
  format?: string;
}

/** The config file's shape (`.apologylintrc`, `apology-lint.config.ts`, package.json#apologyLint). */
export interface UserConfig {
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
  expectApology?: ExpectApology;
  overrides?: OverrideConfig[];
  ignorePatterns?: string | string[];
  plugins?: string[];
}

export interface RuleConfig {
  severity: Severity;
  options: Record<string, unknown>;
}

/** The config that applies to one file, after extends, overrides and CLI flags. */
export interface EffectiveConfig {
  rules: Record<string, RuleConfig>;
  expectApology: ExpectApology;
  /** Set when an override names the file's format. */
  format?: string;
}
