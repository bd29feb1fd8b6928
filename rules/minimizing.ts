import type { Draft, LexiconMatch } from '../src/draft/draft.js';
import { defineRule } from '../src/rule.js';
import type { ReportDescriptor } from '../src/types.js';
import { HELPFUL_SIZE, MINIMIZING } from './lexicons/tone.js';
import { apologises } from './shared/apology.js';
import { article, dropPhrase, matchCase } from './shared/rewrite.js';

const SHRINKERS = /^(?:just|only|merely|simply)\s+/i;
const SIZE_WORDS = /\b(?:minor|slight|small|little|tiny|brief|short|teeny|trivial|negligible|temporary|minimal|insignificant|isolated|one-off|momentary)\s+/i;

export default defineRule({
  id: 'minimizing',
  kind: 'presence',
  severity: 'warn',
  description: "Don't shrink the customer's problem.",
  rationale:
    '"Just a small delay", "a minor issue" or "only a few people were affected" tells the customer their problem is smaller than they think, which is the one judgement that is theirs to make (seed 000). Describe it plainly; sizes that help them, such as "it only takes a minute to reset", are fine.',
  examples: {
    bad: [
      'There was just a small delay with your order.',
      'This was a minor issue on our side.',
      'Your parcel is only a few days late.',
      "It's not a big deal, and it's fixed now.",
      'Only a few customers were affected.',
      'Sorry the app crashed. Simply restart it and it should work.',
    ],
    good: [
      'It only takes a minute to reset your password.',
      'This was not a minor issue, and I am sorry.',
      'To reset your password, simply open Settings and choose Security.',
      'The delay was three days, and that is on us.',
      'You only need to reply with your order number.',
    ],
  },
  check(draft, report) {
    for (const hit of draft.find(MINIMIZING)) {
      if (draft.isQuoted(hit.start, hit.end)) continue;
      if (!/^(?:not|no|hardly|barely|scarcely)\b/i.test(hit.text) && draft.isNegated(hit.start, 4)) continue;
      const before = draft.prose.slice(Math.max(0, hit.start - 30), hit.start);
      if (HELPFUL_SIZE.test(before)) continue;
      // "Simply restart it" is a how-to instruction; it shrinks a problem only in a reply that apologises.
      if (/^(?:simply|just) \w/i.test(hit.text) && !/^(?:just|simply) (?:a|an|one)\b/i.test(hit.text) && !apologises(draft)) continue;
      if (/^(?:only|just) /i.test(hit.text) && /^\s+(?:takes?|need|have to|costs?)\b/i.test(draft.prose.slice(hit.end, hit.end + 12))) continue;
      report(rewrite(draft, hit));
    }
  },
});

function rewrite(draft: Draft, hit: LexiconMatch): ReportDescriptor {
  const text = hit.text;
  const message = `"${text}" makes the problem sound smaller than it was for the customer.`;
  // "not a big deal" → "a real problem"
  if (/big (?:deal|issue|problem)|nothing (?:serious|major|to worry|much)/i.test(text)) {
    return { start: hit.start, end: hit.end, message, suggestions: [{ desc: 'Take it seriously', text: matchCase(text, /^(?:it|this|that)/i.test(text) ? `${text.split(/\s/)[0]} a real problem` : 'a real problem') }] };
  }
  if (/^(?:simply|just) \w/i.test(text) && !SIZE_WORDS.test(text) && !/^(?:just|simply) (?:a|an|one)\b/i.test(text)) {
    const word = /^(?:simply|just)/i.exec(text)![0];
    return { start: hit.start, end: hit.start + word.length, message, suggestions: [dropPhrase(draft, hit.start, hit.start + word.length, `Drop "${word}"`, true)] };
  }
  // "Only a few customers were affected" → "Customers were affected"
  const fewOf = /^(?:only|just)\s+(?:a few|a handful of|a small number of|a fraction of|a tiny number of|a very small number of|a tiny fraction of|a small percentage of|a couple of)\s+(?:of\s+)?(?:our\s+|the\s+|your\s+)?/i.exec(text);
  if (fewOf && !/^(?:days?|hours?|minutes?|weeks?)\b/i.test(text.slice(fewOf[0].length))) {
    const rest = text.slice(fewOf[0].length);
    return { start: hit.start, end: hit.end, message, suggestions: [{ desc: 'Describe it plainly', text: matchCase(text, rest) }] };
  }
  let plain = text.replace(SHRINKERS, '');
  const sized = SIZE_WORDS.exec(plain);
  if (sized) {
    const rest = plain.slice(sized.index + sized[0].length);
    const head = plain.slice(0, sized.index).replace(/\b(?:a|an)\s+$/i, (a) => `${article(rest)}${a.slice(a.trimEnd().length)} `);
    plain = `${head}${rest}`.replace(/\s+/g, ' ');
  }
  plain = plain.replace(/^(?:a bit|a little|slightly|somewhat|a tad|a touch)\s+/i, '').replace(/^(?:a|an) (?:little|bit of a|slight|small) /i, (m) => `${article(m)} `);
  if (plain === text || plain.trim() === '') {
    return { start: hit.start, end: hit.end, message, suggestions: [{ desc: 'Describe it plainly', text: matchCase(text, '[what happened, plainly]') }] };
  }
  // "a minor issue" → "an issue": the size word goes, the fact stays.
  return { start: hit.start, end: hit.end, message, suggestions: [{ desc: 'Describe it plainly', text: matchCase(text, plain), safe: true }] };
}
