/** Cue phrases for apologies and for the hedges that only look like one. */
import { lexicon } from '../../src/draft/lexicon.js';

/** Any word that may carry an apology; classified in rules/shared/apology.ts. */
export const APOLOGY_WORDS = lexicon('apology-words', ['sorry', 'apologi*', 'apology', 'regret*']);

/** Who owns an apology when these open its clause: "I'm so sorry", "please accept our apologies". */
export const OWNER_BEFORE = /\b(?:I|we|I['’]m|we['’]re|I am|we are|my|our|us|me)\b|\bplease accept\b|\bso\b/i;

export type NonApologyKind = 'conditional' | 'inconvenience' | 'but' | 'intention' | 'missed-mark' | 'regret';

/** Hedges, in the categories the messages and rewrites distinguish. */
export const NON_APOLOGY = {
  conditional: lexicon('non-apology:conditional', [
    '(sorry|apologi*|apologies) if',
    "sorry (that )?you (feel|felt|think|thought|see it|perceive*|were upset|were offended|were disappointed|are upset|are disappointed|are unhappy|were unhappy|took it|found)",
    "sorry to hear (that )?you (feel|felt|think|thought|are upset|were upset|are unhappy|see it)",
    '(sorry|apologi*|apologies) for (any|the) misunderstanding',
  ]),
  inconvenience: lexicon('non-apology:inconvenience', [
    '(sorry|apologi*|apologies|regret) for (the|any|all the) (inconvenience|trouble|confusion|issues|frustration)( (this|it) (may|might|could|has)( have)? caused| caused)?',
    'regret (the|any|all the) (inconvenience|trouble|confusion)( (this|it) (may|might|could|has)( have)? caused| caused)?',
  ]),
  but: lexicon('non-apology:but', [
    '(sorry|apologi*|apologies)(,)? but',
    '(sorry|apologi*|apologies)(,)? however',
    // "Sorry for the wait, but we've been swamped"
    '(sorry|apologi*|apologies) (for|about) (the|any|your|this|that) (* )?*(,)? (but|however)',
  ]),
  intention: lexicon('non-apology:intention', [
    '(never|not) (our|my) intention',
    "(wasn't|was not|isn't|is not) (our|my) (intention|intent)",
    "(we|I) (never|didn't|did not) (mean|meant|intend|intended) to",
    'not what (we|I) intended',
  ]),
  'missed-mark': lexicon('non-apology:missed-mark', ['missed the mark']),
  regret: lexicon('non-apology:regret', ['(we|I) (deeply |sincerely )?regret (the|that|any|this)']),
} as const;
