/** Small helpers for suggestions that read as a person would write them. */
import type { Draft } from '../../src/draft/draft.js';
import { pastTense as pastTenseOf } from './verbs.js';
import type { SuggestionDescriptor } from '../../src/types.js';

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

/** "confuse" → "confused", after "we" (so "be" → "were"); falls back to the word as given. */
export function pastTense(verb: string): string {
  // Our suggestions always say "we": "we were", not "we was".
  if (/^be(?:\s|$)/i.test(verb)) return `${verb[0] === 'B' ? 'W' : 'w'}ere${verb.slice(2)}`;
  return pastTenseOf(verb);
}

/** "backed" → "back"; falls back to the word as given. */
export { infinitive } from './verbs.js';

/**
 * Delete `[start, end)` and the comma and spaces after it; when it opened its sentence,
 * capitalise the word that now opens it ("As I said, the refund…" → "The refund…").
 */
/**
 * Drop a phrase, mending the sentence around it. With `keepsMeaning` (filler, a rebuttal, a
 * pivot; not an excuse, which carries facts), `--fix` may apply it when the drop is clean: one
 * word, a phrase set off by a comma or dash, or one ending in "that" ("Please note that …").
 * "As I mentioned in my previous email, …" leaves "in my previous email" behind: not clean.
 */
export function dropPhrase(
  draft: Draft,
  start: number,
  end: number,
  desc: string,
  keepsMeaning = false,
): SuggestionDescriptor & { start: number; end: number } {
  const tail = /^[\s,;:—–-]*/.exec(draft.text.slice(end))![0];
  const words = draft.text.slice(start, end).trim();
  const safe = keepsMeaning && (!/\s/.test(words) || /[,;:—–-]/.test(tail) || /\bthat$/i.test(words));
  const nextWord = /^[\w'’]*/.exec(draft.text.slice(end + tail.length))![0];
  if (startsSentence(draft, start) && nextWord) {
    const capital = nextWord === 'i' || /^i['’]/.test(nextWord) ? 'I' + nextWord.slice(1) : nextWord[0]!.toUpperCase() + nextWord.slice(1);
    return { desc, text: capital, start, end: end + tail.length + nextWord.length, safe };
  }
  // Mid-sentence: also drop the space before, so no double space is left.
  const lead = /[ \t]*,?[ \t]*$/.exec(draft.text.slice(0, start))![0];
  const nextChar = draft.text[end + tail.length] ?? '';
  const text = lead && nextChar && !/[.!?;:)\n]/.test(nextChar) ? ' ' : '';
  return { desc, text, start: start - lead.length, end: end + tail.length, safe };
}

/** "a" or "an" for the word that follows. */
export function article(word: string): string {
  return /^[aeiou]/i.test(word) && !/^(?:uni|use|one|eu)/i.test(word) ? 'an' : 'a';
}

/** End of the clause that runs on from `offset`: the next comma, semicolon or sentence end. */
export function clauseEnd(draft: Draft, offset: number): number {
  const sentence = draft.sentenceAt(offset);
  const limit = sentence ? sentence.end : draft.text.length;
  const rest = draft.prose.slice(offset, limit);
  const stop = /[,;:]|[.!?…]+["'”’)]*\s*$/.exec(rest);
  return offset + (stop ? stop.index : rest.length);
}
