/** expectApology "auto": does this reply address a problem, or apologise already? */
import type { Draft } from '../../src/draft/draft.js';
import { HYPOTHETICAL, PROBLEM_CUES } from '../lexicons/problem.js';
import { findApologies } from './apology.js';

export function addressesProblem(draft: Draft): boolean {
  return draft.shared('addresses-problem', () => {
    if (findApologies(draft).some((hit) => hit.reason !== 'quoted')) return true;
    return draft.find(PROBLEM_CUES).some((hit) => {
      const sentence = draft.sentenceAt(hit.start);
      // "If you run into an error…" in a how-to is hypothetical, not a problem to own.
      return sentence !== undefined && !HYPOTHETICAL.test(draft.prose.slice(sentence.start, hit.start));
    });
  });
}
