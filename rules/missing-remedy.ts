import { defineAbsenceRule } from './shared/absence.js';

export default defineAbsenceRule({
  id: 'missing-remedy',
  part: 'fix',
  severity: 'error',
  description: 'Say what you have done, or will do, to fix it.',
  rationale:
    'An apology without a fix is words. The customer wrote in to get something put right, so say what you did or will do: the refund issued, the replacement shipped, the bug fixed (seeds 002, 003, 004). "We\'ll look into it", steps the customer has to take, and a help link are not a fix.',
  examples: {
    bad: [
      "I'm sorry your parcel arrived damaged. We'll look into it.",
      "We're sorry about the double charge. Please contact your bank to dispute it.",
      "I'm so sorry the app crashed. Try reinstalling it from the App Store.",
      "Sorry to hear your flight was cancelled. Our team is investigating what happened.",
      "I'm sorry we can't refund the fee.",
    ],
    good: [
      "I'm sorry your parcel arrived damaged. I've sent a replacement by express post.",
      "We're sorry about the double charge; we've refunded the second payment.",
      "I'm sorry the app crashed. We fixed the bug in version 4.2, out today.",
      "Sorry your flight was cancelled. I've rebooked you on the 9:40 tomorrow.",
      "I'm sorry for the wrong size. [What we've done to fix it]",
    ],
  },
  message: "Doesn't say how it is being fixed: add what you've done or will do.",
  placement: 'after-apology',
  sentence: (v) => `${v.Ive} [what ${v.i}'ve done to put this right, e.g. refunded the charge].`,
});
