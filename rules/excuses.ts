import type { Draft, LexiconMatch } from '../src/draft/draft.js';
import { defineRule } from '../src/rule.js';
import type { ReportDescriptor } from '../src/types.js';
import { EXCUSE_BUSY, EXCUSE_CAUSE } from './lexicons/tone.js';
import { clauseEnd, dropPhrase, matchCase, startsSentence } from './shared/rewrite.js';

/** Connectors that make a cause phrase a reason given for the failure. */
const CONNECTOR = /^(?:due to|because of|owing to|as a result of|given|with|following|thanks to|amid|during|caused by)\b/i;

export default defineRule({
  id: 'excuses',
  kind: 'presence',
  severity: 'error',
  description: 'Leave out reasons that make the mistake sound less like yours.',
  rationale:
    'Busy periods, storms, staffing and "everyone has this problem" are reasons the customer did not ask for; offered in an apology they read as "it was not really our fault" (seeds 000, 003, 004). Give the cause plainly when it helps, and own it.',
  examples: {
    bad: [
      'Due to high volume, your reply took longer than usual.',
      'We were completely swamped over the weekend.',
      'The delay was out of our control.',
      "It's the holiday season, so deliveries are slower.",
      'Every product has the odd fault like this.',
      'We followed our process, so the refund took 10 days.',
    ],
    good: [
      "We mislabelled the box, and that's on us.",
      "No excuses: we should have answered you on Monday.",
      "I won't blame the volume of orders; we should have kept you updated.",
      'Our warehouse team packed the wrong size, and I have sent the right one.',
      'Your order volume discount has been applied.',
    ],
  },
  check(draft, report) {
    for (const hit of [...draft.find(EXCUSE_CAUSE), ...draft.find(EXCUSE_BUSY)]) {
      if (draft.isQuoted(hit.start, hit.end) || draft.isNegated(hit.start, 6)) continue;
      if (owned(draft, hit)) continue;
      report(rewrite(draft, hit));
    }
  },
});

/** "due to a mistake we made" owns it; "I won't use the holiday season as an excuse" rejects it. */
function owned(draft: Draft, hit: LexiconMatch): boolean {
  const sentence = draft.sentenceAt(hit.start);
  if (!sentence) return false;
  const text = draft.prose.slice(sentence.start, sentence.end);
  return /\b(?:no excuse|not an excuse|isn['’]t an excuse|is no excuse|as an excuse|excuses?\b.*\b(?:won['’]t|not|never))|(?:won['’]t|not|never)\b.*\bexcuse/i.test(text);
}

function rewrite(draft: Draft, hit: LexiconMatch): ReportDescriptor {
  const message = `"${hit.text}" sounds like an excuse; own the mistake instead.`;
  const text = hit.text;
  if (CONNECTOR.test(text)) {
    return { start: hit.start, end: hit.end, message, suggestions: [dropPhrase(draft, hit.start, hit.end, 'Drop the excuse')] };
  }
  let owned: string | null = null;
  if (/swamped|overwhelmed|inundated|snowed|slammed|stretched|busy|staff|flat out|run off|drowning|plate/i.test(text)) owned = 'we fell behind';
  else if (/control|hands/i.test(text)) owned = 'ours to put right';
  else if (/followed|process|procedure|protocol|guidelines/i.test(text)) owned = 'our process let you down';
  else if (/best|everything|nothing we could|only human/i.test(text)) owned = 'we got this wrong';
  else if (/happen/i.test(text)) owned = "this shouldn't have happened";
  if (owned) return { start: hit.start, end: hit.end, message, suggestions: [{ desc: 'Own it', text: matchCase(text, owned) }] };
  // "It's the holiday season, so deliveries are slower." → "Deliveries are slower."
  const lead = /^,\s*(?:so|which means|and so|and)\s+/i.exec(draft.text.slice(hit.end));
  if (lead && startsSentence(draft, hit.start)) {
    return { start: hit.start, end: hit.end, message, suggestions: [dropPhrase(draft, hit.start, hit.end + lead[0].length, 'Drop the excuse')] };
  }
  // "Every product has the odd fault like this." → the whole claim goes.
  const end = clauseEnd(draft, hit.end);
  return { start: hit.start, end, message, suggestions: [{ desc: 'Replace the excuse with what you are doing', text: matchCase(text, "[what we're doing to put this right]") }] };
}
