import type { Draft, Sentence } from '../src/draft/draft.js';
import { defineRule } from '../src/rule.js';
import type { SuggestionDescriptor } from '../src/types.js';
import { findApologies } from './shared/apology.js';

/**
 * Sentences that may come before the apology without making it late: thanks, a hello,
 * an introduction, acknowledging the message or the feeling.
 */
const PREAMBLE = new RegExp(
  [
    String.raw`^(?:thanks|thank you|many thanks|I (?:really |truly )?appreciate|we (?:really )?appreciate)\b`,
    String.raw`^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b`,
    String.raw`^(?:I|we) hope\b|^hope\b`,
    String.raw`^(?:I['’]m|I am|my name is|this is)\s+\w+(?:\s+\w+)?\s+(?:from|with|on|at|here)\b|^[\w-]+ here\b`,
    String.raw`^(?:I['’]m|I am|we['’]re|we are) (?:writing|getting back|replying|following up|reaching out|responding)\b`,
    String.raw`^(?:I|we) (?:completely |totally |fully |really )?(?:understand|hear|see|can see|know|get|can imagine|can only imagine|can['’]t imagine|cannot imagine)\b`,
    String.raw`^(?:I|we)(?:['’]ve| have) (?:read|received|seen|got|gotten) your\b`,
    String.raw`^(?:(?:that|this|it) (?:sounds|must (?:have been|be)|is|was)|what an?) (?:(?:so|really|incredibly|truly|very|an?|such an?)\s+)*(?:frustrat|upsetting|stressful|awful|terrible|horrible|disappointing|annoying|worrying|maddening|infuriating|exhausting|rough|nightmare|hassle|miserable)`,
    String.raw`^(?:you['’]re|you are) (?:absolutely |completely |totally |quite )?right\b`,
    String.raw`^(?:following up|re:|regarding|about your|further to)\b`,
    String.raw`^(?:X|first of all|first,?)$`,
  ].join('|'),
  'i',
);

export default defineRule({
  id: 'late-apology',
  kind: 'order',
  severity: 'warn',
  description: 'Apologise first, then explain and fix.',
  rationale:
    'An apology that arrives after the explanation, the bad news or the fix reads as an afterthought, and the customer has read the excuses first (seed 004). Open with the apology; a thank-you or a hello before it is fine.',
  examples: {
    bad: [
      'Your parcel was sent to the wrong depot. A new one ships today. Sorry about that.',
      'We had a system upgrade on Monday, which slowed refunds. I apologize for the delay.',
      "I've refunded the second charge. I'm sorry we billed you twice.",
      "Unfortunately your flight was cancelled due to crew shortages. We're sorry for the disruption.",
    ],
    good: [
      "I'm sorry we sent your parcel to the wrong depot. A new one ships today.",
      "Thank you for letting us know. I'm sorry we billed you twice; I've refunded the second charge.",
      "Hi Sam,\n\nThat sounds so frustrating. I'm sorry your flight was cancelled.",
      'Your refund has been processed.',
      "I understand how upsetting this is. We apologise for the delay, and your refund is on its way.",
    ],
  },
  check(draft, report) {
    const apology = findApologies(draft).find((hit) => hit.genuine);
    if (!apology) return;
    const apologySentence = draft.sentenceAt(apology.start);
    if (!apologySentence) return;
    const before = draft.sentences
      .slice(0, apologySentence.index)
      .filter((s) => !PREAMBLE.test(s.text.trim()) && !isTitle(s) && /[A-Za-z]{2}/.test(s.text));
    const first = before[0];
    if (!first) return;
    report({
      start: apologySentence.start,
      end: apologySentence.end,
      message: 'The apology comes only after the explanation; apologise first.',
      suggestions: [moveFirst(draft, first, apologySentence)],
    });
  },
});

/** "Update from the dev team on patch 5.2": a title line, not an explanation. */
function isTitle(sentence: Sentence): boolean {
  const text = sentence.text.trim();
  return text.length < 80 && !/[.!?…:]["'”’)]*$/.test(text);
}

/** One edit from the first late sentence to the end of the apology: the apology, then the rest. */
function moveFirst(draft: Draft, first: Sentence, apology: Sentence): SuggestionDescriptor & { start: number; end: number } {
  let sentence = draft.text.slice(apology.start, apology.end);
  // "And again, sorry for…" loses its connective when it opens the reply.
  sentence = sentence
    .replace(/^(?:(?:and|so|but|again|once again|once more|also)\b[\s,]*)+/i, '')
    .replace(/\s+again(?=[\s,.!])/i, '');
  sentence = sentence[0]!.toUpperCase() + sentence.slice(1);
  const between = draft.text.slice(first.start, apology.start);
  const gap = /\s*$/.exec(between)![0];
  const separator = gap.includes('\n') ? gap : ' ';
  return { safe: true, desc: 'Move the apology to the start', text: `${sentence}${separator}${between.slice(0, between.length - gap.length)}`, start: first.start, end: apology.end };
}
