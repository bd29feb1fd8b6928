import { defineAbsenceRule } from './shared/absence.js';

export default defineAbsenceRule({
  id: 'missing-timeline',
  part: 'timeline',
  severity: 'warn',
  description: 'Say when the fix will happen: a date, a day or a window.',
  rationale:
    'A fix with no date leaves the customer waiting and wondering, and "soon" promises nothing (seed 002). Give a day, a date or a window such as "within 24 hours", and keep it.',
  examples: {
    bad: [
      "I'm sorry your refund is late. It will be processed soon.",
      "We're sorry the replacement hasn't shipped. We'll send it as soon as possible.",
      "I'm sorry about the outage. Engineers are working on a fix.",
      "Sorry your parcel is three days late. I've asked the courier to prioritise it.",
    ],
    good: [
      "I'm sorry your refund is late. It will reach your card by Friday.",
      "We're sorry the replacement hasn't shipped; it leaves our warehouse tomorrow.",
      "I'm sorry about the outage. We expect service back within 2 hours.",
      "Sorry your parcel is late. It is due on [delivery date].",
      "I'm sorry for the wrong charge. You'll see the refund in 3-5 business days.",
    ],
  },
  message: 'Says nothing about when: give a date, a day or a window for the fix.',
  placement: 'end',
  sentence: (v) => `${v.Ill} have this put right by [the date it will be fixed].`,
});
