/** expectApology "auto": does this reply address a problem, or apologise already? */
import type { Draft } from '../../src/draft/draft.js';
import { CUSTOMER_CONDUCT, NOT_US, TERMS } from '../lexicons/blame.js';
import { AGENTLESS } from '../lexicons/passive.js';
import { DEFINITION, HYPOTHETICAL, PROBLEM_CUES, WEAK_CUES } from '../lexicons/problem.js';
import { DEFENSIVE_PHRASE, EXCUSE_BUSY, EXCUSE_CAUSE } from '../lexicons/tone.js';
import { apologises } from './apology.js';

/** Phrases that only appear when answering a complaint: rebuttals, excuses, blame. */
const COMPLAINT_ANSWERS = [DEFENSIVE_PHRASE, CUSTOMER_CONDUCT, TERMS, NOT_US, EXCUSE_BUSY, EXCUSE_CAUSE, AGENTLESS];

export function addressesProblem(draft: Draft): boolean {
  return draft.shared('addresses-problem', () => {
    if (apologises(draft)) return true;
    const real = (hit: { start: number }): boolean => {
      const sentence = draft.sentenceAt(hit.start);
      // "If you run into an error…" in a how-to is hypothetical, not a problem to own.
      return (
        sentence !== undefined &&
        !HYPOTHETICAL.test(draft.prose.slice(sentence.start, hit.start)) &&
        !DEFINITION.test(sentence.text) &&
        !draft.isNegated(hit.start, 6) // "you won't be charged twice"
      );
    };
    if (draft.find(PROBLEM_CUES).some(real)) return true;
    // "Your refund" alone can be routine (even said five times in a refund how-to); with a
    // cancelled order as well, something went wrong.
    const weak = new Set(draft.find(WEAK_CUES).filter(real).map((hit) => hit.text.slice(0, 5).toLowerCase()));
    if (weak.size >= 2) return true;
    // A reply that argues, excuses or blames is answering a complaint, whatever its words.
    return COMPLAINT_ANSWERS.some((lex) => draft.find(lex).some((hit) => !draft.isNegated(hit.start, 3) && !draft.isQuoted(hit.start, hit.end)));
  });
}
