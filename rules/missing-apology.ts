import { defineRule } from '../src/rule.js';
import { hasGenuineApology } from './shared/apology.js';

export default defineRule({
  id: 'missing-apology',
  kind: 'absence',
  severity: 'error',
  description: 'Say sorry, plainly and in the first person, when something went wrong.',
  rationale:
    'A reply about a mistake that never says "I\'m sorry" or "we apologise" reads as cold and defensive, and a hedge ("sorry for the inconvenience") does not count (seeds 000, 001, 003, 004). Apologise first, then explain and fix.',
  examples: {
    bad: [
      'Your parcel was lost in transit. A new one ships tomorrow.',
      'We have refunded the duplicate charge to your card.',
      'Sorry for the inconvenience. Your refund is on its way.',
      'Unfortunately the item you ordered arrived damaged. Please send us a photo.',
      "We're not sorry about the price change; it was announced in May.",
    ],
    good: [
      "I'm sorry we sent the wrong size. A replacement ships today.",
      'We apologize for the delay in your refund; it went out this morning.',
      'Sorry to hear your parcel arrived damaged. I have sent a new one.',
      'My apologies: I charged you twice, and I have refunded the second charge.',
      'To reset your password, open Settings and choose Security.',
    ],
  },
  check(draft, report) {
    if (hasGenuineApology(draft)) return;
    const at = draft.startInsertion;
    const opener = draft.voice === 'I' ? "I'm sorry we [what went wrong]." : "We're sorry we [what went wrong].";
    report({
      start: at.offset,
      end: at.offset,
      message: 'No apology: say sorry for what went wrong, near the start.',
      suggestions: [{ desc: `Add an apology ${at.where}`, text: `${at.before}${opener}${at.after}` }],
    });
  },
});
