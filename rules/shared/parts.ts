/**
 * Detectors for the parts of an apology that the absence rules and the completeness
 * summary look for. One detector per part, shared, so "missing-remedy" and the
 * completeness line can never disagree about whether a draft says how it is fixed.
 *
 * A cue counts only when it is the writer's own statement: not negated ("we can't
 * refund"), not quoted, not hypothetical ("if we refund…"). A template slot that names
 * the part (`[date the replacement ships]`) counts as covering it.
 */
import type { Draft, LexiconMatch } from '../../src/draft/draft.js';
import type { Lexicon } from '../../src/draft/lexicon.js';
import {
  CAUSE,
  COMPENSATION,
  CONTACT_ADDRESS,
  EMPATHY,
  FIX,
  FOLLOW_UP,
  FUTURE,
  INVITATION,
  NOT_A_FIX_OBJECT,
  NOT_FUTURE,
  PREVENTION,
  THANKS,
  THANKS_NOT_FOR_RAISING,
  TIMELINE,
  WHAT_HAPPENED,
} from '../lexicons/parts.js';
import { findNonApologies } from './apology.js';

export type Part =
  | 'what-happened'
  | 'cause'
  | 'fix'
  | 'timeline'
  | 'prevention'
  | 'compensation'
  | 'follow-up'
  | 'empathy'
  | 'invitation'
  | 'thanks';

interface PartDetector {
  cues: Lexicon;
  /** Words that, inside a template slot, say the slot fills this part. */
  slot: RegExp;
  /** Extra judgement on one cue in context; true keeps it. */
  accept?: (draft: Draft, hit: LexiconMatch) => boolean;
  /** Cues that do not need a lexicon: a phone number or a link is a follow-up channel. */
  extra?: (draft: Draft) => boolean;
  /** Negation check window in words; 0 skips it. */
  negation?: number;
}

const IF_CLAUSE = /^\s*(?:if|unless|in case|whether)\b[^,.;!?]*$/i;

const DETECTORS: Record<Part, PartDetector> = {
  'what-happened': { cues: WHAT_HAPPENED, slot: /what (?:went wrong|happened)|issue|problem|mistake|error/i, negation: 0 },
  cause: { cues: CAUSE, slot: /cause|reason|why/i, negation: 0 },
  fix: {
    cues: FIX,
    slot: /refund|replace|fix|credit|remedy|resolution|solution|what (?:we|I)(?:['’]ve| have| will|['’]ll)? (?:done|do)|action/i,
    // "I've sent your complaint to the team" passes it on; "I've resubmitted the request" fixes it.
    accept: (draft, hit) =>
      !(/\b(?:sent|send|sending|passed|pass|forwarded|forward|raised|raise|added|add|processed|process|logged|log|updated|update)$/i.test(hit.text) &&
        NOT_A_FIX_OBJECT.test(draft.prose.slice(hit.end, hit.end + 40))) && !hypothetical(draft, hit),
  },
  timeline: {
    cues: TIMELINE,
    // "[date the refund lands]" dates the fix; "[date of next update]" dates a follow-up.
    slot: /^(?!.*\b(?:update|follow|contact|reply|call|check in)).*\b(?:date|time|when|day|deadline|hours?|timeline|timeframe|eta|days)\b/i,
    accept: (draft, hit) => {
      const sentence = draft.sentenceAt(hit.start);
      if (!sentence || hypothetical(draft, hit)) return false;
      const text = draft.prose.slice(sentence.start, sentence.end);
      if (/^\s*(?:once|when|after|as soon as)\b/i.test(text)) return false;
      // "Your parcel is three days late" dates the problem, not the fix.
      const fixHere = partCues(draft, 'fix').some((fix) => fix.start >= sentence.start && fix.start < sentence.end);
      return fixHere || (FUTURE.test(text) && !NOT_FUTURE.test(text));
    },
    negation: 0,
  },
  prevention: {
    cues: PREVENTION,
    slot: /prevent|again|chang|going forward|recur|stop (?:this|it)|won['’]t happen|in future/i,
    // "In future, please double-check your address" asks the customer to change, not us.
    // "We'll do better in future" names nothing: a time phrase must lead into the change.
    accept: (draft, hit) => {
      if (hypothetical(draft, hit)) return false;
      if (!/^(?:going|from|in|since)/i.test(hit.text)) return true;
      const sentence = draft.sentenceAt(hit.start);
      const rest = draft.prose.slice(hit.end, sentence?.end ?? hit.end);
      return /^[\s,]*\w+\s+\w+/.test(rest) && !/^[\s,]*(?:please|you|make sure you|remember|try|just|kindly|it['’]s best)\b/i.test(rest);
    },
  },
  compensation: { cues: COMPENSATION, slot: /voucher|discount|credit|compensation|gift|gesture/i },
  'follow-up': {
    cues: FOLLOW_UP,
    slot: /follow|contact|reach|phone|email|call|number|channel|agent|name|link|url|chat/i,
    extra: (draft) => CONTACT_ADDRESS.test(draft.prose),
    accept: (draft, hit) => !hypothetical(draft, hit),
  },
  empathy: {
    cues: EMPATHY,
    slot: /impact|feel|frustrat|empath|how (?:this|it) (?:affected|left)/i,
    // "Sorry if you were upset" is a hedge, not empathy.
    accept: (draft, hit) => !findNonApologies(draft).some((h) => h.start <= hit.start && hit.start <= h.end + 12),
    negation: 3,
  },
  invitation: { cues: INVITATION, slot: /prefer|option|choice|make (?:this|it) right|what would/i, negation: 0 },
  thanks: {
    cues: THANKS,
    slot: /thank/i,
    accept: (draft, hit) => {
      const text = draft.prose.slice(hit.start, hit.end + 40);
      const forAt = /\bfor\b/i.exec(text);
      return !forAt || !THANKS_NOT_FOR_RAISING.test(text.slice(forAt.index));
    },
    negation: 0,
  },
};

/** "If we refund you…", "once you send the photo, we'll replace it" is conditional on the customer. */
function hypothetical(draft: Draft, hit: LexiconMatch): boolean {
  const sentence = draft.sentenceAt(hit.start);
  if (!sentence) return false;
  // Still inside the opening if-clause: "If we refund you…" (but not "If you'd like, I'll refund you").
  return IF_CLAUSE.test(draft.prose.slice(sentence.start, hit.start));
}

/** The cues for a part that count in this draft (for tests and the completeness report). */
export function partCues(draft: Draft, part: Part): LexiconMatch[] {
  return draft.shared(`part-cues:${part}`, () => {
    const detector = DETECTORS[part];
    const window = detector.negation ?? 4;
    return draft.find(detector.cues).filter(
      (hit) =>
        !draft.isQuoted(hit.start, hit.end) &&
        (window === 0 || !draft.isNegated(hit.start, window)) &&
        (detector.accept?.(draft, hit) ?? true),
    );
  });
}

export function hasPart(draft: Draft, part: Part): boolean {
  return draft.shared(`part:${part}`, () => {
    const detector = DETECTORS[part];
    if (partCues(draft, part).length > 0) return true;
    if (detector.extra?.(draft)) return true;
    return draft.placeholders.some((slot) => slot.kind === 'value' && /\s/.test(slot.inner.trim()) && detector.slot.test(slot.inner));
  });
}
