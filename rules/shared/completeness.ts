/**
 * Seed 002's complete apology: what happened · the cause, without blame · how it is fixed ·
 * when · how recurrence is prevented · compensation (optional) · where and when follow-up
 * happens. Each part is found by the same detectors the absence rules use.
 */
import type { Draft } from '../../src/draft/draft.js';
import { COMPLETENESS_PARTS, type CompletenessPart } from './completeness-parts.js';
import { hasPart } from './parts.js';

export { COMPLETENESS_PARTS, type CompletenessPart };

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
