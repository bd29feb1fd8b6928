/** The built-in rules. Each uses only the public rule API (`defineRule`, `Draft`). */
import { usePrebuiltAnchors } from '../src/draft/lexicon.js';
import type { Rule } from '../src/types.js';
import { prebuiltAnchors } from './lexicons/anchors.generated.js';
import blameShifting from './blame-shifting.js';
import cantLanguage from './cant-language.js';
import defensiveTone from './defensive-tone.js';
import evasivePassive from './evasive-passive.js';
import excuses from './excuses.js';
import lateApology from './late-apology.js';
import minimizing from './minimizing.js';
import missingApology from './missing-apology.js';
import missingEmpathy from './missing-empathy.js';
import missingFollowUp from './missing-follow-up.js';
import missingInvitation from './missing-invitation.js';
import missingPrevention from './missing-prevention.js';
import missingRemedy from './missing-remedy.js';
import missingThanks from './missing-thanks.js';
import missingTimeline from './missing-timeline.js';
import nonApology from './non-apology.js';
import overpromise from './overpromise.js';

export {
  blameShifting,
  cantLanguage,
  defensiveTone,
  evasivePassive,
  excuses,
  lateApology,
  minimizing,
  missingApology,
  missingEmpathy,
  missingFollowUp,
  missingInvitation,
  missingPrevention,
  missingRemedy,
  missingThanks,
  missingTimeline,
  nonApology,
  overpromise,
};

/** In playbook order: presence rules, then absence rules, then order. */
// The lexicons' anchors, worked out at build time (npm run lexicons), not at every start.
usePrebuiltAnchors(prebuiltAnchors);

export const builtinRules: readonly Rule[] = [
  nonApology,
  blameShifting,
  excuses,
  defensiveTone,
  evasivePassive,
  cantLanguage,
  minimizing,
  overpromise,
  missingApology,
  missingRemedy,
  missingFollowUp,
  missingEmpathy,
  missingTimeline,
  missingPrevention,
  missingInvitation,
  missingThanks,
  lateApology,
] as unknown as readonly Rule[];
