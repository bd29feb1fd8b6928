import type { Draft, LexiconMatch } from '../src/draft/draft.js';
import { defineRule } from '../src/rule.js';
import type { ReportDescriptor } from '../src/types.js';
import { CHECKABLE, OVERPROMISE } from './lexicons/tone.js';
import { clauseStart } from '../src/draft/negation.js';
import { clauseEnd, dropPhrase, matchCase } from './shared/rewrite.js';

/** "money-back guarantee", "guarantee period": a product term, not a promise. */
const PRODUCT_TERM = /^\s*(?:period|terms?|policy|scheme|cover|claim|card)\b/i;
const PRODUCT_BEFORE = /\b(?:money-back|price|satisfaction|lifetime|\d+-(?:day|year|month)|year|manufacturer['’]?s?|under|our|the|your)\s+$/i;

export default defineRule({
  id: 'overpromise',
  kind: 'presence',
  severity: 'warn',
  description: "Promise only what you can check and keep.",
  rationale:
    '"This will never happen again", "guaranteed" and "100%" are promises nobody can keep; when the next mistake comes, the apology is remembered as a lie (seed 000). Commit to something concrete and checkable instead: what you changed, and when you will confirm.',
  examples: {
    bad: [
      'This will never happen again.',
      "We'll make sure it can't ever happen again.",
      'Your replacement is guaranteed to arrive tomorrow.',
      'I am 100% sure the fix works.',
      'I promise it will arrive tomorrow.',
      'Rest assured, your account is completely safe.',
    ],
    good: [
      "I'll email you by 5pm Friday with the tracking number.",
      "I can't promise it will never happen again, but we've added a check before dispatch.",
      'Your order comes with our 30-day money-back guarantee.',
      "I promise I'll call you tomorrow at 10am to confirm.",
      'The replacement is due to arrive tomorrow, and I will check the tracking at noon.',
    ],
  },
  check(draft, report) {
    for (const hit of draft.find(OVERPROMISE)) {
      if (draft.isQuoted(hit.start, hit.end) || draft.isNegated(hit.start, 5)) continue;
      const after = draft.prose.slice(hit.end, hit.end + 80);
      const before = draft.prose.slice(Math.max(0, hit.start - 30), hit.start);
      if (/^guarantee/i.test(hit.text) && (PRODUCT_TERM.test(after) || PRODUCT_BEFORE.test(before) || /^G/.test(hit.text) && /[A-Z]\w*\s+$/.test(before))) continue;
      if (/^(?:I|we) (?:promise|swear|pledge|vow)$/i.test(hit.text) && CHECKABLE.test(after)) continue;
      // "100% wool", "100% renewable electricity": a product fact, not a promise.
      if (/^100/i.test(hit.text) && /^\s*(?:[A-Z]\w+|of|refund|back|recycled|cotton|natural|wool|organic|leather|silk|linen|pure|renewable|green|vegan|biodegradable|compostable|plastic-free|cashmere|merino)\b/.test(after)) continue;
      report(rewrite(draft, hit));
    }
  },
});

function rewrite(draft: Draft, hit: LexiconMatch): ReportDescriptor {
  const text = hit.text;
  const message = `"${text}" promises more than anyone can keep; commit to something you can check.`;
  const we = draft.voice === 'I' ? 'I' : 'we';
  if (/happen|occur|recur|repeat|never again|not again/i.test(text)) {
    // The whole promise goes: "We'll make sure it can't ever happen again" → a named change.
    const sentence = draft.sentenceAt(hit.start);
    const start = sentence ? clauseStart(draft.prose, sentence.start, hit.start) + /^\s*/.exec(draft.prose.slice(clauseStart(draft.prose, sentence.start, hit.start)))![0].length : hit.start;
    const end = clauseEnd(draft, hit.end);
    const lead = draft.text.slice(start, end);
    return { start, end, message, suggestions: [{ desc: 'Say what you changed instead', text: matchCase(lead, `we've [what we changed] to stop this happening again`) }] };
  }
  if (/guarantee/i.test(text)) {
    return { start: hit.start, end: hit.end, message, suggestions: [{ desc: 'Say what you expect', text: matchCase(text, /guaranteed$/i.test(text) ? 'expected' : 'expect') }] };
  }
  if (/100|hundred percent/i.test(text)) {
    return { start: hit.start, end: hit.end, message, suggestions: [dropPhrase(draft, hit.start, hit.end, `Drop "${text}"`, true)] };
  }
  if (/promise|swear|pledge|vow/i.test(text)) {
    // "I promise it will arrive tomorrow" → "I expect it will arrive tomorrow"
    return { start: hit.start, end: hit.end, message, suggestions: [{ desc: 'Say what you expect', text: matchCase(text, `${we} expect`) }] };
  }
  if (/rest assured|without fail/i.test(text)) {
    return { start: hit.start, end: hit.end, message, suggestions: [dropPhrase(draft, hit.start, hit.end, `Drop "${text}"`, true)] };
  }
  if (/word/i.test(text)) {
    return { start: hit.start, end: hit.end, message, suggestions: [{ desc: 'Commit to a check you will make', text: matchCase(text, `${we === 'I' ? "I'll" : "we'll"} check on this by [date] and let you know`) }] };
  }
  return { start: hit.start, end: hit.end, message, suggestions: [{ desc: 'Say what you expect, and how you will check', text: matchCase(text, '[what we expect, and when we will check]') }] };
}
