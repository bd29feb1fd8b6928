/**
 * Seed 002's complete apology: what happened · the cause, without blame · how it is fixed ·
 * when · how recurrence is prevented · compensation (optional) · where and when follow-up
 * happens. Each part is recognised by cue phrases in the prose or by a template slot that
 * names it (`[what we changed so it won't happen again]`).
 */
import type { Draft } from '../../src/draft/draft.js';
import { lexicon, type Lexicon } from '../../src/draft/lexicon.js';

export type CompletenessPart =
  | 'what-happened'
  | 'cause'
  | 'fix'
  | 'timeline'
  | 'prevention'
  | 'compensation'
  | 'follow-up';

export const REQUIRED_PARTS: readonly CompletenessPart[] = [
  'what-happened',
  'cause',
  'fix',
  'timeline',
  'prevention',
  'follow-up',
];

interface PartCues {
  prose: Lexicon;
  /** Words that, inside a template slot, say the slot fills this part. */
  slot: RegExp;
}

const PART_CUES: Record<CompletenessPart, PartCues> = {
  'what-happened': {
    prose: lexicon('what-happened', [
      '(we|I) (sent|shipped|charged|billed|cancelled|canceled|mislabel*|missed|lost|forgot|deleted|broke|overcharged|double-charged|mixed up|packed)',
      '(arrived|was|were|is) (late|damaged|broken|missing|delayed|wrong|incorrect)',
      '(the|your) (delay|outage|error|mistake|mix-up|double charge|wrong (item|size|colour|color|order))',
      'charged (you )?twice',
      'never arrived',
      'went down',
    ]),
    slot: /what (went wrong|happened)|issue|problem|mistake|error/i,
  },
  cause: {
    prose: lexicon('cause', [
      'because (we|I|our|of our)',
      'the cause',
      'root cause',
      'this happened (because|when|after)',
      'it turned out',
      'caused (this|the)',
      'the reason',
      'was a bug',
      'a bug in',
    ]),
    slot: /cause|reason|why/i,
  },
  fix: {
    prose: lexicon('fix', [
      '(I|we|I\'ve|we\'ve|I have|we have) (refunded|issued|sent|shipped|re-sent|resent|reshipped|credited|applied|fixed|corrected|restored|reversed|cancelled|canceled|rebooked|replaced|reinstated|unlocked|resolved)',
      '(I will|we will|I\'ll|we\'ll) (refund|send|ship|credit|fix|correct|restore|reverse|rebook|replace|reinstate|unlock)',
      '(refund|replacement|credit) (has|have) been (issued|sent|applied|processed)',
      'is on its way',
      'full refund',
    ]),
    slot: /refund|replace|fix|credit|remedy|resolution|solution/i,
  },
  timeline: {
    prose: lexicon('timeline', [
      '(by|before|on|until) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|tonight|end of (day|week)|noon|midnight)',
      'within (the )?(hour|day|week|24 hours|48 hours|72 hours|# (hours|days|business days|working days|minutes))',
      '(today|tomorrow|tonight|this afternoon|this evening|this week|next week)',
      'in (the next )?(few|two|three|#) (hours|days|business days|working days)',
      'by #(am|pm|:#)',
    ]),
    slot: /date|time|when|day|hours?|deadline/i,
  },
  prevention: {
    prose: lexicon('prevention', [
      "(so|to make sure) (this|it) (doesn't|does not|won't|will not) happen again",
      'to prevent (this|it)',
      '(going forward|from now on|in future|in the future)',
      "(we've|we have|I've|I have) (added|changed|updated|introduced|put in place|set up|retrained|fixed the)",
    ]),
    slot: /prevent|again|chang|going forward|recur/i,
  },
  compensation: {
    prose: lexicon('compensation', [
      '(voucher|discount|gift card|coupon|credit|free month|goodwill)',
      '(on us|free of charge|complimentary|waived)',
    ]),
    slot: /voucher|discount|credit|compensation|gift/i,
  },
  'follow-up': {
    prose: lexicon('follow-up', [
      "(I will|we will|I'll|we'll) (follow up|email|call|message|update|check in|contact|be in touch|let you know|write)",
      '(reply|respond) to this (email|message)',
      '(call|ring|text|DM|message|email) (us|me)',
      '(reach|contact) (me|us) (at|on|directly)',
      'my direct line',
    ]),
    slot: /follow|contact|reach|phone|email|call/i,
  },
};

export interface Completeness {
  /** Covered required parts over all required parts, 0…1 rounded to 2 places. */
  score: number;
  covered: CompletenessPart[];
  missing: CompletenessPart[];
}

const URL_OR_PHONE = /https?:\/\/\S+|\b\+?\d[\d ()-]{7,}\d\b/;

export function hasPart(draft: Draft, part: CompletenessPart): boolean {
  return draft.shared(`completeness:${part}`, () => {
    const cues = PART_CUES[part];
    if (draft.find(cues.prose).length > 0) return true;
    if (part === 'follow-up' && URL_OR_PHONE.test(draft.prose)) return true;
    return draft.placeholders.some((slot) => slot.kind === 'value' && slot.inner.includes(' ') && cues.slot.test(slot.inner));
  });
}

export function completeness(draft: Draft): Completeness {
  const covered = (Object.keys(PART_CUES) as CompletenessPart[]).filter((part) => hasPart(draft, part));
  const missing = REQUIRED_PARTS.filter((part) => !covered.includes(part));
  const requiredCovered = REQUIRED_PARTS.length - missing.length;
  return {
    score: Math.round((requiredCovered / REQUIRED_PARTS.length) * 100) / 100,
    covered,
    missing,
  };
}
