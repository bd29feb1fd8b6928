import { Draft } from '../../src/draft/draft.js';
import { loadNlp } from '../../src/draft/nlp.js';
import type { ReportDescriptor, Rule } from '../../src/types.js';

/** Findings of one rule on one text, with the flagged words for readable assertions. */
export interface RuleHit extends ReportDescriptor {
  words: string;
}

/**
 * Run one rule directly on a text (no config, no expectApology gating).
 * Use `lintText` from src/api.ts when the gating or severities matter.
 */
export async function runRule(rule: Rule, text: string, options: Record<string, unknown> = {}): Promise<RuleHit[]> {
  await loadNlp();
  const draft = new Draft({ name: 'test', text });
  const hits: RuleHit[] = [];
  rule.check(draft, (finding) => hits.push({ ...finding, words: text.slice(finding.start, finding.end) }), {
    ...(rule.defaultOptions ?? {}),
    ...options,
  });
  return hits;
}
