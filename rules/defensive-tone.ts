import type { Draft, LexiconMatch } from '../src/draft/draft.js';
import { defineRule } from '../src/rule.js';
import type { ReportDescriptor } from '../src/types.js';
import { DEFENSIVE_ADVERB, DEFENSIVE_PHRASE, YOU_NEED_TO } from './lexicons/tone.js';
import { addressesProblem } from './shared/problem.js';
import { clauseEnd, dropPhrase, matchCase } from './shared/rewrite.js';

/** "explain it more clearly", "clearly labelled": the adverb describes how, not an argument. */
const MANNER_BEFORE = /\b(?:more|so|very|too|not|explain(?:ed|s)?|communicat\w*|state[ds]?|show(?:n|ed|s)?|label(?:led|ed)?|mark(?:ed)?|write|written|spoke|speak|see|hear|set out|said|tell|told|make|made)\s+$/i;
/** "I actually checked with the warehouse myself" reports effort, it doesn't argue. */
const ACTUALLY_EFFORT = /^\s+(?:checked|called|spoke|went|looked|tested|rang|asked|tried|managed|found|got|have|had|did|do|want|need|think|agree|love|prefer)\b/i;

export default defineRule({
  id: 'defensive-tone',
  kind: 'presence',
  severity: 'warn',
  description: 'Hear the complaint instead of arguing, correcting or defending the product.',
  rationale:
    'A customer who complains wants to be heard. "As I already said", "actually", "please note that", a product fact sent back at them, or "the good news is…" tells them they are wrong to be upset, and turns an apology into an argument (seed 000). Answer the complaint, then inform.',
  examples: {
    bad: [
      'As I already said, refunds take 10 days.',
      'Per my last email, the parcel was delivered.',
      'Our packaging is perfectly sufficient for fragile items.',
      'Passwords are case sensitive, so please check your caps lock.',
      'The good news is that you still have the other three plates.',
      'Please understand that we are a small team.',
      'Actually, the item was clearly marked as final sale.',
    ],
    good: [
      'Please note your order number is 10442 for any future questions.',
      'I should have explained the refund times more clearly.',
      "I actually checked with the warehouse myself, and it's on the van.",
      'To reset your password, you need to open Settings and choose Security.',
      "You're right, and I'm sorry we didn't listen the first time.",
    ],
  },
  check(draft, report) {
    for (const hit of draft.find(DEFENSIVE_PHRASE)) {
      if (draft.isQuoted(hit.start, hit.end)) continue;
      // "Please note that" informs ("…your order number is 10442") unless it rebuts.
      if (/^please note that$/i.test(hit.text) && !REBUTTAL.test(restOfSentence(draft, hit.end))) continue;
      if (!/^(?:not|no|nope|non)/i.test(hit.text) && !/obliged|obligated|required|bound/i.test(hit.text) && draft.isNegated(hit.start, 3)) continue;
      report(phrase(draft, hit));
    }
    const phrases = draft.find(DEFENSIVE_PHRASE);
    for (const hit of draft.find(DEFENSIVE_ADVERB)) {
      if (draft.isQuoted(hit.start, hit.end)) continue;
      if (phrases.some((p) => p.start <= hit.start && hit.end <= p.end)) continue; // "clearly marked" is reported whole
      const before = draft.prose.slice(Math.max(0, hit.start - 40), hit.start);
      const after = draft.prose.slice(hit.end, hit.end + 40);
      if (MANNER_BEFORE.test(before)) continue;
      if (/^actually$/i.test(hit.text) && ACTUALLY_EFFORT.test(after)) continue;
      if (/^(?:clearly|obviously|evidently)$/i.test(hit.text) && /^\s+(?:upset|frustrated|distressing|frustrating|our|we|I|a mistake|an? (?:error|mistake)|wrong)\b/i.test(after)) continue;
      report({
        start: hit.start,
        end: hit.end,
        message: `"${hit.text}" sounds like you are correcting the customer.`,
        suggestions: [dropPhrase(draft, hit.start, hit.end, `Drop "${hit.text}"`, true)],
      });
    }
    // "You need to…" is an instruction in a how-to, but talks down to someone who complained.
    if (addressesProblem(draft)) {
      for (const hit of draft.find(YOU_NEED_TO)) {
        if (draft.isQuoted(hit.start, hit.end) || draft.isNegated(hit.start, 3)) continue;
        const after = draft.prose.slice(hit.end, hit.end + 30);
        if (/^\s+(?:not|never|have|be|feel|worry|do anything|pay|wait)\b/i.test(after)) continue; // "you should have received", "you shouldn't need to"
        if (/^you should$/i.test(hit.text)) continue;
        report({
          start: hit.start,
          end: hit.end,
          message: `"${hit.text}" tells a customer who complained what to do; ask, and say why.`,
          suggestions: [{ desc: 'Ask instead of telling', text: matchCase(hit.text, 'could you please'), safe: true }],
        });
      }
    }
  },
});

const REBUTTAL = /\b(?:policy|terms|conditions|only|not|cannot|can['’]t|won['’]t|excludes?|non-refundable|must|required|liability|as (?:set out|stated)|correct|all (?:sales|orders|items)|final|no (?:refunds?|exchanges?|returns?))\b/i;

function restOfSentence(draft: Draft, offset: number): string {
  const sentence = draft.sentenceAt(offset);
  return draft.prose.slice(offset, sentence?.end ?? offset);
}

function phrase(draft: Draft, hit: LexiconMatch): ReportDescriptor {
  const text = hit.text;
  const message = `"${text}" argues with the customer instead of hearing them.`;
  if (/^(?:as|like|per|see|to be|in fairness|let me be|with (?:all )?due|for future|in future|next time|please (?:be aware|understand|note)|you (?:should know|must understand)|frankly|honestly)/i.test(text)) {
    return { start: hit.start, end: hit.end, message, suggestions: [dropPhrase(draft, hit.start, hit.end, 'Drop the rebuttal', true)] };
  }
  if (/calm down/i.test(text)) {
    return { start: hit.start, end: hit.end, message, suggestions: [{ desc: 'Acknowledge the feeling', text: matchCase(text, 'I understand why you are upset') }] };
  }
  if (/good news|bright side|silver lining|upside|at least/i.test(text)) {
    const that = /^\s+that\b/i.exec(draft.text.slice(hit.end))?.[0].length ?? 0;
    return {
      start: hit.start,
      end: hit.end,
      message: `"${text}" pivots away from the problem before it is fixed.`,
      suggestions: [dropPhrase(draft, hit.start, hit.end + that, 'Drop the pivot', true)],
    };
  }
  // A defence of the product or the rule: replace the claim with what you'll do about the complaint.
  return {
    start: hit.start,
    end: clauseEnd(draft, hit.end),
    message: `"${text}" defends us instead of answering the complaint.`,
    suggestions: [{ desc: 'Answer the complaint instead', text: matchCase(text, "[what we'll do about what happened to you]") }],
  };
}
