/** Words that say a reply is about something that went wrong (so an apology is owed). */
import { lexicon } from '../../src/draft/lexicon.js';

export const PROBLEM_CUES = lexicon('problem', [
  'mistake*', 'error', 'errors', 'delay*', 'late', 'wrong', 'damaged', 'broken', 'refund*', 'complain*', 'complaint*',
  'charged (you )?twice', 'double(-| )?charge*', 'overcharg*', 'outage*', 'lost', 'missing', 'never arrived',
  "(hasn't|has not|didn't|did not|haven't) (arrived|been delivered|turned up)", 'cancel*ed', 'inconvenience',
  'frustrat*', 'disappoint*', 'upset', 'unacceptable', 'fault', 'blame', 'unfortunately', 'mix-up', 'mixed up',
  'faulty', 'defective', 'crash*', 'bug', 'bugs', "(doesn't|does not|won't|isn't|stopped) work*", 'glitch*', 'slow', 'slower', 'slowness', 'incorrect*', 'not working', 'went down', 'mislabel*', 'misplaced', 'poorly',
]);

/** A cue after these in its clause is hypothetical: "if you see an error", "in case it's late". */
export const HYPOTHETICAL = /\b(?:if|in case|should you|whenever|unless|when you)\b/i;
