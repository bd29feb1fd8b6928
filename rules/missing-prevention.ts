import { defineAbsenceRule } from './shared/absence.js';

export default defineAbsenceRule({
  id: 'missing-prevention',
  part: 'prevention',
  severity: 'warn',
  description: 'Say what you changed so it does not happen again.',
  rationale:
    'Customers forgive a mistake more readily when they can see it will not repeat. Name the change: a new check, a fixed bug, a retrained team (seeds 001, 002, 004). "We\'ll take steps to prevent this" names nothing and does not count.',
  examples: {
    bad: [
      "I'm sorry we sent the wrong size. A replacement ships today.",
      "We're sorry for the double charge. We will take steps to prevent this in future.",
      "I'm sorry about the outage; service is back now.",
      "Sorry we missed your appointment. We'll make sure it doesn't happen again.",
    ],
    good: [
      "I'm sorry we sent the wrong size. We've added a second check before dispatch.",
      "We're sorry for the double charge. We fixed the bug that caused it this morning.",
      "I'm sorry about the outage. We've set up automatic failover so one server can't take the site down.",
      'Sorry we missed your appointment. Going forward, engineers call you the day before.',
      "I'm sorry for the mix-up. [What we changed so it won't happen again]",
    ],
  },
  message: "Doesn't say what changes so this won't happen again.",
  placement: 'end',
  sentence: (v) => `To stop this happening again, ${v.i}'ve [the change ${v.i} made, e.g. added a check before dispatch].`,
});
