/** expectApology "auto": does this reply address a problem, or apologise already? */
import type { Draft } from '../../src/draft/draft.js';
import { clauseStart } from '../../src/draft/negation.js';
import { HYPOTHETICAL, PROBLEM_CUES } from '../lexicons/problem.js';
import { findApologies } from './apology.js';

export function addressesProblem(draft: Draft): boolean {
  return draft.shared('addresses-problem', () => {
    if (findApologies(draft).some((hit) => hit.reason !== 'quoted')) return true;
    return draft.find(PROBLEM_CUES).some((hit) => {
      const sentence = draft.sentenceAt(hit.start);
      if (!sentence) return false;
      const clause = draft.prose.slice(clauseStart(draft.prose, sentence.start, hit.start), hit.start);
      // "If you run into an error…" in a how-to is hypothetical; check the whole lead-in.
      return !HYPOTHETICAL.test(draft.prose.slice(sentence.start, hit.start)) && !HYPOTHETICAL.test(clause);
    });
  });
}
