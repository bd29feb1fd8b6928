/**
 * Every rule's own examples are its first tests: each bad example must fire the rule,
 * each good one must not. A rule without examples cannot pass `defineRule`, so it cannot
 * slip past this file either.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lintText } from '../../src/api.js';

for (const rule of builtinRules) {
  describe(`${rule.id} examples`, () => {
    // Run through the public API with only this rule on, so expectApology gating applies
    // exactly as it does for users.
    const only = Object.fromEntries(builtinRules.map((r) => [r.id, r.id === rule.id ? 'error' : 'off'] as const));
    const hitsFor = async (text: string) => {
      const [result] = await lintText(text, { useConfigFile: false, rules: only });
      return result!.messages.filter((m) => m.ruleId === rule.id);
    };

    it('has at least 4 bad and 4 good examples', () => {
      expect(rule.examples.bad.length).toBeGreaterThanOrEqual(4);
      expect(rule.examples.good.length).toBeGreaterThanOrEqual(4);
    });

    for (const example of rule.examples.bad) {
      it(`flags: ${example}`, async () => {
        expect(await hitsFor(example)).not.toHaveLength(0);
      });
    }
    for (const example of rule.examples.good) {
      it(`accepts: ${example}`, async () => {
        expect(await hitsFor(example)).toEqual([]);
      });
    }
  });
}

describe('rule metadata', () => {
  it('every built-in rule suggests a rewrite for each bad example', async () => {
    for (const rule of builtinRules) {
      const only = Object.fromEntries(builtinRules.map((r) => [r.id, r.id === rule.id ? 'error' : 'off'] as const));
      for (const example of rule.examples.bad) {
        const [result] = await lintText(example, { useConfigFile: false, rules: only });
        for (const message of result!.messages) {
          expect(message.suggestions?.length ?? 0, `${rule.id}: ${example}`).toBeGreaterThan(0);
        }
      }
    }
  });
});
