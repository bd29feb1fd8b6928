import { checkstyle } from './checkstyle.js';
import { compact } from './compact.js';
import { github } from './github.js';
import { html } from './html.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { json } from './json.js';
import { stylish } from './stylish.js';
import type { RuleInfo } from '../types.js';
import type { Formatter, RuleMeta } from './types.js';

export type { FormatContext, Formatter, RuleMeta } from './types.js';

/** The parts of a rule a report may describe. */
export function ruleMeta(rule: RuleInfo): RuleMeta {
  return { id: rule.id, kind: rule.kind, severity: rule.severity, description: rule.description, rationale: rule.rationale };
}

export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, json, compact, github, checkstyle, junit, sarif, html };

export function formatterNames(): string[] {
  return Object.keys(FORMATTERS);
}
