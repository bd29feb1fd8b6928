import type { Part } from './parts.js';

// In a module of their own, without the detectors, so a report can list the parts without
// loading the rules.

/** The parts of seed 002's checklist; the other detected parts feed only the absence rules. */
export type CompletenessPart = Exclude<Part, 'empathy' | 'invitation' | 'thanks'>;

export const COMPLETENESS_PARTS: readonly CompletenessPart[] = [
  'what-happened',
  'cause',
  'fix',
  'timeline',
  'prevention',
  'compensation',
  'follow-up',
];
