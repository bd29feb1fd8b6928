/** Three tiny builtin rules for config tests: only ids, kinds and defaults matter here. */
import { fileURLToPath } from 'node:url';
import { defineRule } from '../../src/rule.js';
import type { Rule } from '../../src/types.js';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/config/', import.meta.url));
export const PLUGINS = fileURLToPath(new URL('../../fixtures/plugins/', import.meta.url));

const missingApology = defineRule({
  id: 'missing-apology',
  kind: 'absence',
  severity: 'error',
  description: 'Say sorry in the first person.',
  rationale: 'An apology needs an owner.',
  examples: { bad: ['Your refund is on its way.'], good: ["I'm sorry, your refund is on its way."] },
  check() {},
});

const nonApology = defineRule({
  id: 'non-apology',
  kind: 'presence',
  severity: 'error',
  description: 'Apologise without hedging.',
  rationale: 'A hedged apology shifts the problem back to the customer.',
  examples: { bad: ['Sorry if you were upset.'], good: ['Sorry we sent the wrong size.'] },
  defaultOptions: { allowSympathy: true, maxHedges: 0 },
  check() {},
});

const blameShifting = defineRule({
  id: 'blame-shifting',
  kind: 'presence',
  severity: 'error',
  description: 'Point at the fix, not at someone else.',
  rationale: 'Customers want ownership, not a culprit.',
  examples: { bad: ['The courier lost your parcel.'], good: ['We lost your parcel.'] },
  check() {},
});

export const BUILTIN_RULES: readonly Rule[] = [missingApology, nonApology, blameShifting] as Rule[];

/** Just the severities, for compact assertions. */
export function severities(config: { rules: Record<string, { severity: string }> }): Record<string, string> {
  return Object.fromEntries(Object.entries(config.rules).map(([id, rule]) => [id, rule.severity]));
}
