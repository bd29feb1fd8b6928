/** Small helpers for suggestions that read as a person would write them. */
import type { Draft } from '../../src/draft/draft.js';
import { getNlp } from '../../src/draft/nlp.js';

/** Match the case of the original's first letter ("Sorry…" stays capitalised). */
export function matchCase(original: string, replacement: string): string {
  if (!replacement) return replacement;
  const first = original.trimStart()[0] ?? '';
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement[0]!.toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

/** "I'm sorry" or "We're sorry", in the draft's own voice. */
export function sorryPhrase(draft: Draft): string {
  return draft.voice === 'I' ? "I'm sorry" : "We're sorry";
}

/** Does `offset` start its sentence (ignoring spaces and opening quotes)? */
export function startsSentence(draft: Draft, offset: number): boolean {
  const sentence = draft.sentenceAt(offset);
  return !sentence || /^[\s"“(]*$/.test(draft.prose.slice(sentence.start, offset));
}

/** "confuse" → "confused", via compromise; falls back to the word as given. */
export function pastTense(verb: string): string {
  const past = getNlp()(verb).verbs().toPastTense().text();
  return past || verb;
}

/** "backed" → "back"; falls back to the word as given. */
export function infinitive(verb: string): string {
  const base = getNlp()(verb).verbs().toInfinitive().text();
  return base || verb;
}
