import { defineAbsenceRule } from './shared/absence.js';

export default defineAbsenceRule({
  id: 'missing-empathy',
  part: 'empathy',
  severity: 'warn',
  description: 'Acknowledge what this cost the customer: the feeling or the concrete harm.',
  rationale:
    'Customers need to know you understand what the mistake did to them (seeds 000, 002, 004). Name the feeling ("I know how frustrating…") or the harm ("this left you without…"). A bare "I understand" or "sorry for the trouble" does not show that you do.',
  examples: {
    bad: [
      "I'm sorry we sent the wrong size. A replacement ships today.",
      'I understand. We have refunded the double charge.',
      "We're sorry if you were upset by the delay.",
      "Sorry for the trouble with your booking. I've rebooked you for Friday.",
    ],
    good: [
      "I'm sorry we sent the wrong size; I know how frustrating it is to wait for the right one.",
      "I'm so sorry: the outage left you without internet for two days.",
      'I can only imagine how stressful it was to find your card blocked abroad.',
      "We're sorry you had to chase us three times for this refund.",
      "I'm sorry for the delay. [How this affected you]",
    ],
  },
  message: "Doesn't acknowledge what this cost the customer.",
  placement: 'after-apology',
  sentence: (v) => `${v.I} know how frustrating this has been, especially [the impact on you].`,
});
