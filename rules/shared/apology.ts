/**
 * Every apology-like phrase in a draft, and whether it is a genuine first-person apology
 * that owns something. Shared by missing-apology, the engine's expectApology "auto", and
 * later by late-apology and completeness.
 */
import type { Draft } from '../../src/draft/draft.js';
import { APOLOGY_WORDS, NON_APOLOGY, OWNER_BEFORE, type NonApologyKind } from '../lexicons/apology.js';
import { clauseStart } from '../../src/draft/negation.js';

export interface ApologyHit {
  start: number;
  end: number;
  genuine: boolean;
  reason?: 'negated' | 'quoted' | 'no-owner' | NonApologyKind;
}

export interface NonApologyHit {
  kind: NonApologyKind;
  start: number;
  end: number;
}

/** Hedged apologies ("sorry if…", "sorry for the inconvenience"), not negated, not quoted. */
export function findNonApologies(draft: Draft): NonApologyHit[] {
  return draft.shared('non-apologies', () => {
    const hits: NonApologyHit[] = [];
    for (const [kind, lex] of Object.entries(NON_APOLOGY) as Array<[NonApologyKind, (typeof NON_APOLOGY)[NonApologyKind]]>) {
      for (const hit of draft.find(lex)) {
        if (draft.isQuoted(hit.start, hit.end)) continue;
        if (kind !== 'intention' && draft.isNegated(hit.start, 3)) continue;
        if (kind === 'inconvenience' && namesTheCause(draft.prose, hit.end)) continue;
        if (kind === 'regret' && !regretLacksOwner(draft, hit.start, hit.end)) continue;
        hits.push({ kind, start: hit.start, end: hit.end });
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  });
}

/** "sorry for the inconvenience of waiting three weeks" says what it is sorry for. */
function namesTheCause(prose: string, end: number): boolean {
  return /^\s+(?:of|caused by|from|with)\s+(?:the|your|our|this|waiting|having|being|a|an)\b/i.test(prose.slice(end, end + 40));
}

/** "We regret that we sent…" owns it; "we regret the offense it caused" does not. */
function regretLacksOwner(draft: Draft, start: number, end: number): boolean {
  const sentence = draft.sentenceAt(start);
  if (!sentence) return false;
  const text = draft.prose.slice(sentence.start, sentence.end);
  if (/\b(?:sorry|apologi[sz]e|apologies)\b/i.test(text)) return false;
  const object = draft.prose.slice(start, end + 30).replace(/^[\s\S]*?regret\s+/i, '');
  return !/^(?:that\s+)?(?:our|my|we|I)\b/i.test(object);
}

export function findApologies(draft: Draft): ApologyHit[] {
  return draft.shared('apologies', () => {
    const hedges = findNonApologies(draft);
    return draft.find(APOLOGY_WORDS).map((hit): ApologyHit => {
      const base = { start: hit.start, end: hit.end };
      const hedge = hedges.find((h) => h.start <= hit.start && hit.start < h.end + 4);
      if (hedge) return { ...base, genuine: false, reason: hedge.kind };
      if (draft.isQuoted(hit.start, hit.end)) return { ...base, genuine: false, reason: 'quoted' };
      if (draft.isNegated(hit.start, 4)) return { ...base, genuine: false, reason: 'negated' };
      if (/^regret/i.test(hit.text)) return { ...base, genuine: false, reason: 'no-owner' };
      const sentence = draft.sentenceAt(hit.start);
      const from = sentence ? clauseStart(draft.prose, sentence.start, hit.start) : hit.start;
      const before = draft.prose.slice(from, hit.start);
      const opensClause = /^[\s"“(-]*(?:(?:so|very|truly|really|deeply|terribly|sincerely|again|and)\s+)*$/i.test(before);
      const owned = opensClause || OWNER_BEFORE.test(before);
      return { ...base, genuine: owned, reason: owned ? undefined : 'no-owner' };
    });
  });
}

export function hasGenuineApology(draft: Draft): boolean {
  if (findApologies(draft).some((hit) => hit.genuine)) return true;
  // A template slot such as [apology for the delay] stands for one.
  return draft.placeholders.some((slot) => slot.kind === 'value' && /\b(?:apolog|sorry)/i.test(slot.inner));
}

/** Does the writer say sorry at all, genuinely or not? Quoted customer words don't count. */
export function apologises(draft: Draft): boolean {
  return findApologies(draft).some((hit) => hit.reason !== 'quoted');
}
