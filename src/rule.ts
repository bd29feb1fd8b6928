import type { Rule, RuleDefinition, RuleKind, Severity } from './types.js';

const KINDS: readonly RuleKind[] = ['presence', 'absence', 'order'];
const DEFAULT_SEVERITIES: readonly Severity[] = ['warn', 'error'];
/** Built-in ids are kebab-case; plugin ids add one namespace: `acme/no-jargon`. */
const RULE_ID = /^(?:[a-z0-9][a-z0-9-]*\/)?[a-z0-9][a-z0-9-]*$/;

/** Thrown when a rule module does not have the shape `defineRule` documents. */
export class RuleDefinitionError extends Error {}

/**
 * Declare a rule. Built-in rules and plugin rules use exactly this; it checks the shape
 * once, at load, so a broken plugin fails with a clear message instead of mid-lint.
 */
export function defineRule<Options = Record<string, unknown>>(
  definition: RuleDefinition<Options>,
): Rule<Options> {
  const problems = describeRuleProblems(definition);
  if (problems.length > 0) {
    const name = typeof definition?.id === 'string' ? `rule "${definition.id}"` : 'a rule';
    throw new RuleDefinitionError(`${name} is not valid: ${problems.join('; ')}`);
  }
  return Object.freeze({ ...definition });
}

/** Every reason `value` is not a usable rule; empty when it is one. */
export function describeRuleProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return ['it is not an object'];
  const rule = value as Partial<RuleDefinition>;
  const problems: string[] = [];
  if (typeof rule.id !== 'string' || !RULE_ID.test(rule.id)) {
    problems.push('"id" must be kebab-case, optionally with one namespace ("acme/no-jargon")');
  }
  if (!KINDS.includes(rule.kind as RuleKind)) {
    problems.push(`"kind" must be one of ${KINDS.join(', ')}`);
  }
  if (!DEFAULT_SEVERITIES.includes(rule.severity as Severity)) {
    problems.push('"severity" must be "warn" or "error"');
  }
  for (const key of ['description', 'rationale'] as const) {
    if (typeof rule[key] !== 'string' || rule[key].trim() === '') {
      problems.push(`"${key}" must be a non-empty string`);
    }
  }
  const examples = rule.examples;
  const isStringList = (list: unknown): boolean =>
    Array.isArray(list) && list.length > 0 && list.every((item) => typeof item === 'string');
  if (!examples || !isStringList(examples.bad) || !isStringList(examples.good)) {
    problems.push('"examples" must have non-empty "bad" and "good" lists of strings');
  }
  if (typeof rule.check !== 'function') problems.push('"check" must be a function');
  return problems;
}

export function isRule(value: unknown): value is Rule {
  return describeRuleProblems(value).length === 0;
}
