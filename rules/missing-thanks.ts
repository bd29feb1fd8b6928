import { defineAbsenceRule } from './shared/absence.js';

export default defineAbsenceRule({
  id: 'missing-thanks',
  part: 'thanks',
  severity: 'warn',
  description: 'Thank the customer for raising it, or for their patience.',
  rationale:
    'A customer who tells you something went wrong is doing you a favour; most just leave (seeds 000, 002). Thank them for raising it or for waiting. A "Thanks," sign-off does not count.',
  examples: {
    bad: [
      "I'm sorry we sent the wrong size. A replacement ships today.",
      "We're sorry about the double charge. The refund is on its way.",
      "I'm sorry for the delay.\n\nThanks,\nSam",
      "Sorry the app crashed. Thanks for your order!",
    ],
    good: [
      "Thank you for letting us know. I'm sorry we sent the wrong size.",
      "We're sorry about the double charge, and thanks for your patience while we sorted it.",
      "I'm sorry for the delay. I really appreciate you flagging it.",
      'Sorry the app crashed, and thanks for the detailed report.',
    ],
  },
  message: "Doesn't thank the customer for raising this or for their patience.",
  placement: 'end',
  sentence: (v) => `Thank you for letting ${v.me} know, and for your patience.`,
});
