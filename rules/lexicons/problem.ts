/** Words that say a reply is about something that went wrong (so an apology is owed). */
import { lexicon } from '../../src/draft/lexicon.js';

export const PROBLEM_CUES = lexicon('problem', [
  'mistake*', 'error', 'errors', 'delay*', 'late', 'wrong', 'damaged', 'broken', 'complain*', 'complaint*',
  'charged (you )?twice', 'double(-| )?charge*', 'overcharg*', 'outage*', 'lost', 'never arrived',
  "(hasn't|has not|didn't|did not|haven't) (arrived|been delivered|turned up)", 
  'frustrat*', 'disappoint*', 'upset', 'unacceptable', 'fault', 'blame', 'unfortunately', 'mix-up', 'mixed up',
  'faulty', 'defective', 'crash*', 'bug', 'bugs', "(doesn't|does not|won't|isn't|stopped) work*", 'glitch*', 'slow', 'slower', 'slowness', 'incorrect*', 'not working', 'went down', 'mislabel*', 'misplaced', 'poorly',
  'problem', 'problems', '(a|an|the|this|that|these) (* )?(issue|issues)', 'disconnect*', 'wiped', 'duplicate (charge|charges|payment|payments|order|transaction|transactions|debit)', 'locked out', 'overbook*',
]);

/**
 * A cue after these in its clause is hypothetical or generic: "if you see an error", "in case
 * it's late", "to fix the error", "during an outage"; or a category, not an event: "For lost or
 * stolen cards, call…".
 */
export const HYPOTHETICAL = /\b(?:if|report an?|in case|should you|whenever|unless|when you|to (?:fix|resolve|avoid|prevent|clear|get rid of|troubleshoot|stop|handle)|(?:during|in the event of|in case of|for|after|before) an?)\b|^\W*for\s+(?:[\w-]+\s+or\s+)?$/i;

/** Weak cues say a problem only together with another cue: a refund can be routine. */
export const WEAK_CUES = lexicon('problem:weak', ['refund*', 'cancel*ed', 'missing', 'inconvenience']);

/** "Red: the hub has hit an error." defines a state; it does not report one. */
export const DEFINITION = /^\W*[\w-]+(?:\s[\w-]+)?\s*[:–—]\s/;
