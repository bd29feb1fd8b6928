import { defineRule } from '../src/rule.js';
import type { Draft } from '../src/draft/draft.js';
import type { ReportDescriptor } from '../src/types.js';
import { findNonApologies, type NonApologyHit } from './shared/apology.js';
import { matchCase, pastTense, sorryPhrase } from './shared/rewrite.js';

const MESSAGES: Record<NonApologyHit['kind'], string> = {
  conditional: 'Apologises for how the customer feels, not for what you did.',
  inconvenience: 'A stock apology for "the inconvenience" names nothing; say what went wrong.',
  but: 'The "but" takes the apology back; apologise, then explain separately.',
  intention: 'Talks about your intentions instead of owning what happened.',
  'missed-mark': '"Missed the mark" hides what went wrong; name it.',
  regret: 'Regret with no apology and no owner; say sorry for what you did.',
};

export default defineRule({
  id: 'non-apology',
  kind: 'presence',
  severity: 'error',
  description: 'Apologise for what you did, not for how the customer feels.',
  rationale:
    'A hedged apology ("sorry if you were upset", "sorry for the inconvenience", "sorry, but…") puts the problem back on the customer or names nothing at all, so it reads as no apology (seeds 000, 002, 004). Say what you are sorry for, in the first person.',
  examples: {
    bad: [
      "We're sorry if you were upset by the delay.",
      'We apologize for any inconvenience caused.',
      "I'm sorry, but our policy only allows returns within 14 days.",
      'It was never our intention to confuse you.',
      'We regret the offense it caused.',
      'Sorry you feel that way about the new pricing.',
    ],
    good: [
      "I'm sorry we sent the wrong size.",
      'We apologize for the delay in your refund.',
      "I'm sorry to hear your parcel arrived damaged.",
      'I won\'t just say "sorry for the inconvenience": we let you down.',
      "We're sorry for the inconvenience of waiting three weeks for your refund.",
      'We regret that we charged you twice, and I am sorry.',
    ],
  },
  check(draft, report) {
    for (const hit of findNonApologies(draft)) report(describe(draft, hit));
  },
});

function describe(draft: Draft, hit: NonApologyHit): ReportDescriptor {
  const words = draft.text.slice(hit.start, hit.end);
  const base = { start: hit.start, end: hit.end, message: MESSAGES[hit.kind] };
  switch (hit.kind) {
    case 'conditional': {
      // "sorry if you were upset by the delay" → "sorry for the delay"
      const lead = /^(sorry|apologi[sz]e|apologies)/i.exec(words)?.[0] ?? 'sorry';
      const clauseEnd = conditionalEnd(draft, hit);
      const clause = draft.prose.slice(hit.end, clauseEnd);
      const object = /\b(?:by|about|with|over|at)\s+((?:the|your|our|this|that|how)\b.*)$/i.exec(clause);
      const text = object ? `${lead} for ${object[1]!.trim()}` : `${lead} we [what went wrong]`;
      // "upset by the delay" names what went wrong; "feel that way about the pricing" may not.
      const safe = Boolean(object) && /\b(?:upset|annoyed|frustrated|disappointed|inconvenienced|affected|bothered|troubled|worried)\b/i.test(clause);
      return { ...base, end: clauseEnd, suggestions: [{ desc: object ? 'Apologise for the thing itself' : 'Say what you are sorry for', text, safe }] };
    }
    case 'inconvenience': {
      if (/^regret/i.test(words)) {
        return { ...base, suggestions: [{ desc: 'Apologise for what went wrong', text: `${draft.voice === 'I' ? 'am' : 'are'} sorry for [what went wrong]` }] };
      }
      const lead = /^(sorry|apologi[sz]e|apologies)/i.exec(words)?.[0] ?? 'sorry';
      return { ...base, suggestions: [{ desc: 'Name what went wrong', text: `${lead} for [what went wrong]` }] };
    }
    case 'but': {
      // "sorry, but our policy" → "sorry. Our policy"
      // "Sorry for the wait, but we…" → "Sorry for the wait. We…"
      // The next character whole (`u`): half an emoji would split a surrogate pair.
      const after = /^\s*(\S)/u.exec(draft.text.slice(hit.end));
      const apology = words.replace(/,?\s*(?:but|however)$/i, '');
      const end = after ? hit.end + after[0].length : hit.end;
      return {
        ...base,
        suggestions: [{ desc: 'End the apology before the explanation', text: `${apology}. ${after ? after[1]!.toUpperCase() : ''}`, end, safe: true }],
      };
    }
    case 'intention': {
      const sentence = draft.sentenceAt(hit.start)!;
      const rest = /^\s+to\s+([A-Za-z]+)([^.!?]*)/.exec(draft.prose.slice(hit.end, sentence.end));
      const owned = rest ? `we ${pastTense(rest[1]!)}${rest[2]!.trimEnd()}` : 'we [what went wrong]';
      return {
        ...base,
        suggestions: [{ desc: 'Own what happened', text: `${sorryPhrase(draft)} ${owned}.`, start: sentence.start, end: sentence.end, safe: true }],
      };
    }
    case 'missed-mark':
      return { ...base, suggestions: [{ desc: 'Name what went wrong', text: 'got [what] wrong' }] };
    case 'regret': {
      const sentence = draft.sentenceAt(hit.start)!;
      const end = sentence.end - (/[.!?]$/.test(draft.prose.slice(0, sentence.end)) ? 1 : 0);
      const subject = /^(we|I)/i.exec(words)?.[0] ?? 'We';
      const text = matchCase(words, `${subject} ${subject.toLowerCase() === 'i' ? 'am' : 'are'} sorry we [what we did]`);
      return { ...base, suggestions: [{ desc: 'Apologise and own it', text, end }] };
    }
  }
}

/** "sorry if you were upset" → the span up to the end of its clause. */
function conditionalEnd(draft: Draft, hit: NonApologyHit): number {
  const tail = /^[^,.;!?\n]*/.exec(draft.prose.slice(hit.end))![0];
  return hit.end + tail.trimEnd().length;
}
