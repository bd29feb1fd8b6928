import { defineAbsenceRule } from './shared/absence.js';

export default defineAbsenceRule({
  id: 'missing-invitation',
  part: 'invitation',
  severity: 'warn',
  description: 'Invite the customer to say what would make it right.',
  rationale:
    'Letting the customer shape the fix gives back some of the control the mistake took away (seeds 002, 004). Offer a choice, or ask what would make it right.',
  examples: {
    bad: [
      "I'm sorry we sent the wrong size. A replacement ships today.",
      "We're sorry for the double charge. The refund is on its way.",
      "I'm sorry about the delay. Let me know if you have any questions.",
      'Sorry your flight was cancelled. You have been rebooked on the next flight.',
    ],
    good: [
      "I'm sorry we sent the wrong size. Would you prefer a replacement or a refund?",
      "We're sorry for the double charge. Tell me what would make this right for you.",
      "I'm sorry about the delay. If you'd rather cancel, I can refund you today.",
      'Sorry your flight was cancelled. Which option suits you best: rebooking or a voucher?',
    ],
  },
  message: 'Never asks what would make it right for the customer.',
  placement: 'end',
  sentence: (v) => `Tell ${v.me} what would make this right for you, and ${v.i}'ll do what ${v.i} can.`,
});
