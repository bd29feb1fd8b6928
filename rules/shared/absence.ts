/**
 * The shape every "missing-…" rule shares: look for one part with the shared detector,
 * and when it is absent, report at the place the sentence belongs with a sentence to add,
 * written in the draft's own voice.
 */
import type { Draft, InsertionPoint } from '../../src/draft/draft.js';
import { defineRule } from '../../src/rule.js';
import type { Rule, RuleExamples, Severity } from '../../src/types.js';
import { findApologies } from './apology.js';
import { hasPart, type Part } from './parts.js';

export type Placement = 'start' | 'end' | 'after-apology';

export interface AbsenceRuleSpec {
  id: string;
  part: Part;
  severity: Exclude<Severity, 'off'>;
  description: string;
  rationale: string;
  examples: RuleExamples;
  /** The finding's message: what is missing, in a support lead's words. */
  message: string;
  placement: Placement;
  /** The sentence to add, in the draft's voice; facts the writer must supply are `[slots]`. */
  sentence: (voice: Voice) => string;
}

/** Pronouns for "I" and "we" drafts, so suggestions read as the writer would say them. */
export interface Voice {
  /** "I" / "We" */
  I: string;
  /** "I'll" / "We'll" */
  Ill: string;
  /** "I've" / "We've" */
  Ive: string;
  /** "me" / "us" */
  me: string;
  /** "I" / "we" in mid-sentence */
  i: string;
}

export function voiceOf(draft: Draft): Voice {
  return draft.voice === 'I'
    ? { I: 'I', Ill: "I'll", Ive: "I've", me: 'me', i: 'I' }
    : { I: 'We', Ill: "We'll", Ive: "We've", me: 'us', i: 'we' };
}

/** Right after the first genuine apology's sentence; the start of the body without one. */
export function afterApology(draft: Draft): InsertionPoint {
  const apology = findApologies(draft).find((hit) => hit.genuine);
  const sentence = apology && draft.sentenceAt(apology.start);
  if (!sentence) return draft.startInsertion;
  return { offset: sentence.end, where: 'after the apology', before: ' ', after: '' };
}

export function insertionFor(draft: Draft, placement: Placement): InsertionPoint {
  if (placement === 'start') return draft.startInsertion;
  if (placement === 'after-apology') return afterApology(draft);
  return draft.endInsertion;
}

export function defineAbsenceRule(spec: AbsenceRuleSpec): Rule {
  return defineRule({
    id: spec.id,
    kind: 'absence',
    severity: spec.severity,
    description: spec.description,
    rationale: spec.rationale,
    examples: spec.examples,
    check(draft, report) {
      if (hasPart(draft, spec.part)) return;
      const at = insertionFor(draft, spec.placement);
      const sentence = spec.sentence(voiceOf(draft));
      report({
        start: at.offset,
        end: at.offset,
        message: spec.message,
        suggestions: [{ desc: `Add a sentence ${at.where}`, text: `${at.before}${sentence}${at.after}` }],
      });
    },
  }) as unknown as Rule;
}
