/**
 * Seed 002's complete apology: what happened · the cause, without blame · how it is fixed ·
 * when · how recurrence is prevented · compensation (optional) · where and when follow-up
 * happens. Each part is found by the same detectors the absence rules use.
 */
import type { Draft } from '../../src/draft/draft.js';
import { hasPart, type Part } from './parts.js';

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

/** Compensation is optional: it counts when present but is never missing. */
export const REQUIRED_PARTS: readonly CompletenessPart[] = COMPLETENESS_PARTS.filter((part) => part !== 'compensation');

export interface Completeness {
  /** Covered required parts over all required parts, 0…1 rounded to 2 places. */
  score: number;
  covered: CompletenessPart[];
  missing: CompletenessPart[];
}

export function completeness(draft: Draft): Completeness {
  const covered = COMPLETENESS_PARTS.filter((part) => hasPart(draft, part));
  const missing = REQUIRED_PARTS.filter((part) => !covered.includes(part));
  const requiredCovered = REQUIRED_PARTS.length - missing.length;
  return {
    score: Math.round((requiredCovered / REQUIRED_PARTS.length) * 100) / 100,
    covered,
    missing,
  };
}
