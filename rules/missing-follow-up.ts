import { defineAbsenceRule } from './shared/absence.js';

export default defineAbsenceRule({
  id: 'missing-follow-up',
  part: 'follow-up',
  severity: 'warn',
  description: 'Say how and when you will follow up, or where the customer can reach you.',
  rationale:
    'A customer who has been let down once wants to know someone is still on it. Say when you will check back, or give a way to reach a person: a reply to this email, a direct line, a DM (seed 002). A bare "let me know" or a question back is not enough.',
  examples: {
    bad: [
      "I'm sorry your parcel is late. A replacement ships tomorrow.",
      "We're sorry about the double charge. Let me know if you have questions.",
      "I'm sorry the app keeps crashing. Can you tell me which phone you use?",
      "We're so sorry about the outage. Service is back up now.",
    ],
    good: [
      "I'm sorry your parcel is late. I'll email you tomorrow with the new tracking number.",
      "We're sorry about the double charge. Just reply to this email if it isn't back by Friday.",
      "I'm sorry the app keeps crashing. You can reach me directly at 0800 123 4567.",
      "We're so sorry about the outage. DM us and we'll check your account.",
      "I'm sorry for the delay. [How and when we'll follow up]",
    ],
  },
  message: "Doesn't say how or when you'll follow up, or how to reach you.",
  placement: 'end',
  sentence: (v) => `${v.Ill} check in with you by [date], and you can reach ${v.me} any time at [how to reach ${v.me}].`,
});
