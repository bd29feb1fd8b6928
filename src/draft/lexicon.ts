/**
 * Cue phrases, compiled into case-insensitive regexes (one per lexicon, or one per phrase for the
 * first few texts).
 *
 * Phrase syntax (deliberately tiny, so every lexicon stays linear to scan):
 *   - a space matches any run of whitespace;
 *   - `'` matches a straight or curly apostrophe;
 *   - `(a|b|c)` is a choice of literal words; `(a|b)?` makes it optional;
 *   - `*` at the end of a word matches any word ending (`apologi*` → apologise, apologizes);
 *   - `#` matches a number (`3`, `24`, `4.5`, `5:30`).
 * Everything else is literal. Phrases match whole words.
 */
import { checkParens, compilePhrase, phraseAnchors, union, type AnchorSet } from './phrase.js';

export interface Lexicon {
  readonly name: string;
  readonly phrases: readonly string[];
  readonly pattern: RegExp;
  /**
   * Words one of which every match contains (lower case, straight apostrophes), so a draft
   * holding none of them skips the regex: most lexicons never occur in most replies. Null when
   * some phrase has no such word (the regex then always runs).
   */
  readonly anchors: Anchors | null;
}

export interface Anchors {
  words: ReadonlySet<string>;
  /** Word beginnings, from `word*`. */
  prefixes: readonly string[];
  /** A phrase may start with a number. */
  number: boolean;
}

export function lexicon(name: string, phrases: readonly string[]): Lexicon {
  if (phrases.length === 0) throw new Error(`lexicon "${name}" is empty`);
  let pattern: RegExp | undefined;
  let anchors: Anchors | null | undefined;
  // Phrases are checked now, so a broken one fails where it is written, not mid-run.
  for (const phrase of phrases) checkParens(phrase);
  const lex: Lexicon = Object.freeze({
    name,
    phrases: Object.freeze([...phrases]),
    // Built on first use: a lexicon whose anchor words a run never meets costs nothing at start-up.
    get pattern(): RegExp {
      if (!pattern) {
        const index = indexOf(lex);
        pattern = wholeWords(index.phrases.map((_, i) => sourceOf(index, i)));
      }
      return pattern;
    },
    get anchors(): Anchors | null {
      if (anchors === undefined) anchors = union(indexOf(lex).anchors);
      return anchors;
    },
  });
  return lex;
}

/** The phrases of a lexicon as regex sources, longest first, and the words each needs. */
interface PhraseIndex {
  phrases: string[];
  /** Each phrase's regex source, compiled when a text first needs it. */
  sources: Array<string | undefined>;
  /** Each phrase on its own, compiled when a text first needs it. */
  alone: Array<RegExp | undefined>;
  anchors: Array<AnchorSet | null>;
  /** Phrase numbers by anchor word, by word beginning, for a number, and with no anchor at all. */
  byWord: Map<string, number[]>;
  byPrefix: Array<[prefix: string, phrase: number]>;
  byNumber: number[];
  always: number[];
  /** Texts searched so far. */
  uses: number;
}

const indexes = new WeakMap<Lexicon, PhraseIndex>();

/**
 * A lexicon's phrase anchors worked out ahead of time (`npm run lexicons`): reading them is
 * cheaper than parsing every phrase, which was ~30 ms of a one-reply run. `phrases` is the
 * lexicon's phrases in index order, joined by newlines; anchors are used only while it matches.
 */
export interface PrebuiltLexicon {
  phrases: string;
  anchors: Array<[words: string[], prefixes: string[], number: boolean] | null>;
}

const prebuilt = new Map<string, PrebuiltLexicon>();

/** Register prebuilt anchors, by lexicon name (the built-in rules do, for their lexicons). */
export function usePrebuiltAnchors(lexicons: Readonly<Record<string, PrebuiltLexicon>>): void {
  for (const [name, data] of Object.entries(lexicons)) prebuilt.set(name, data);
}

/** What `usePrebuiltAnchors` takes for `lex`, worked out from its phrases. */
export function prebuildAnchors(lex: Lexicon): PrebuiltLexicon {
  const phrases = byLength(lex.phrases);
  return {
    phrases: phrases.join('\n'),
    anchors: phrases.map((phrase) => {
      const set = phraseAnchors(phrase.trim());
      return set && [[...set.words], set.prefixes, set.number];
    }),
  };
}

/** Longest first, so "sorry for the inconvenience caused" wins over "sorry for the inconvenience". */
function byLength(phrases: readonly string[]): string[] {
  return [...phrases].sort((a, b) => b.length - a.length);
}

function anchorsOf(lex: Lexicon, phrases: readonly string[]): Array<AnchorSet | null> {
  const ready = prebuilt.get(lex.name);
  if (ready && ready.phrases === phrases.join('\n')) {
    return ready.anchors.map((set) => set && { words: new Set(set[0]), prefixes: set[1], number: set[2] });
  }
  return phrases.map((phrase) => phraseAnchors(phrase.trim()));
}

function indexOf(lex: Lexicon): PhraseIndex {
  let index = indexes.get(lex);
  if (index) return index;
  const phrases = byLength(lex.phrases);
  const built: PhraseIndex = { phrases, sources: [], alone: [], anchors: anchorsOf(lex, phrases), byWord: new Map(), byPrefix: [], byNumber: [], always: [], uses: 0 };
  built.anchors.forEach((set, i) => {
    if (!set) return void built.always.push(i);
    for (const word of set.words) {
      const phrases = built.byWord.get(word);
      if (phrases) phrases.push(i);
      else built.byWord.set(word, [i]);
    }
    for (const prefix of set.prefixes) built.byPrefix.push([prefix, i]);
    if (set.number) built.byNumber.push(i);
  });
  indexes.set(lex, built);
  return built;
}

function sourceOf(index: PhraseIndex, phrase: number): string {
  return (index.sources[phrase] ??= compilePhrase(index.phrases[phrase]!));
}

// No `u` flag: phrases are plain words, and Unicode case folding made each regex slower to
// compile and ~10 MB heavier across a library run (measured in issue 6).
function wholeWords(sources: readonly string[]): RegExp {
  return new RegExp(`(?<![\\w'’])(?:${sources.join('|')})(?![\\w'’])`, 'gi');
}

function alone(index: PhraseIndex, phrase: number): RegExp {
  return (index.alone[phrase] ??= wholeWords([sourceOf(index, phrase)]));
}

/** The phrases (by number, in the lexicon's order) that a text with these words can hold. */
function possiblePhrases(index: PhraseIndex, words: ReadonlySet<string>): number[] {
  const chosen = new Set(index.always);
  for (const word of words) {
    const phrases = index.byWord.get(word);
    if (phrases) for (const i of phrases) chosen.add(i);
    if (index.byNumber.length && /^\d/.test(word)) for (const i of index.byNumber) chosen.add(i);
    if (index.byPrefix.length) for (const [prefix, i] of index.byPrefix) if (word.startsWith(prefix)) chosen.add(i);
  }
  return [...chosen].sort((a, b) => a - b);
}

/** The words of a text, as `Anchors` spell them: with and without their hyphens. */
export function wordsOf(text: string): Set<string> {
  const lower = text.toLowerCase().replace(/’/g, "'");
  return new Set([...(lower.match(/[\w']+/g) ?? []), ...(lower.match(/[\w'-]+/g) ?? [])]);
}

/** Whether a text with these words can hold a match of the lexicon. */
export function mayMatch(lex: Lexicon, words: ReadonlySet<string>): boolean {
  const anchors = lex.anchors;
  if (!anchors) return true;
  for (const word of anchors.words) if (words.has(word)) return true;
  if (anchors.number || anchors.prefixes.length) {
    for (const word of words) {
      if (anchors.number && /^\d/.test(word)) return true;
      for (const prefix of anchors.prefixes) if (word.startsWith(prefix)) return true;
    }
  }
  return false;
}

export interface LexiconMatch {
  start: number;
  end: number;
  text: string;
}

/** All non-overlapping matches of `lex` in `text[from, to)`. */
export function matchLexicon(lex: Lexicon, text: string, from = 0, to = text.length): LexiconMatch[] {
  return matchPattern(lex.pattern, text, from, to);
}

/**
 * The same matches as `matchLexicon(lex, text)`, given the text's words (`wordsOf(text)`).
 * Compiling a lexicon's whole regex costs more than most single replies take to lint, so the
 * first few texts are searched phrase by phrase (`matchPhrases`); after that the whole regex,
 * compiled once, is the faster way through a library.
 */
export function matchLexiconIn(lex: Lexicon, text: string, words: ReadonlySet<string>): LexiconMatch[] {
  if (!mayMatch(lex, words)) return [];
  const index = indexOf(lex);
  return ++index.uses > phraseByPhraseUses ? matchLexicon(lex, text) : matchPhrases(lex, text, words);
}

const PHRASE_BY_PHRASE_USES = 8;
let phraseByPhraseUses = PHRASE_BY_PHRASE_USES;

/**
 * Tell the lexicons how many texts a run will search. Many: compile each whole lexicon from
 * the first text, since every lexicon will be compiled anyway and the per-phrase regexes of
 * the first texts would be wasted work (100 replies: 0.9 s → 0.6 s). Only speed changes.
 */
export function expectTexts(count: number): void {
  phraseByPhraseUses = count > PHRASE_BY_PHRASE_USES ? 0 : PHRASE_BY_PHRASE_USES;
}

/**
 * `matchLexicon(lex, text)` with only the phrases the text's words allow, each searched on its
 * own, scanning as the whole alternation does: the next match starts where the nearest phrase
 * match starts, and there the first phrase in the lexicon's order that matches wins. A phrase
 * left out cannot match, so the result is the same.
 */
export function matchPhrases(lex: Lexicon, text: string, words: ReadonlySet<string>): LexiconMatch[] {
  const index = indexOf(lex);
  const phrases = possiblePhrases(index, words).map((i) => alone(index, i));
  if (phrases.length <= 1) return phrases.length ? matchPattern(phrases[0]!, text, 0, text.length) : [];
  const matches: LexiconMatch[] = [];
  // Each phrase's first match at or after the cursor (null: none), found lazily. It is also
  // what the phrase matches at that place: a phrase that matched earlier there would have
  // been found instead. So at the nearest place, the first phrase found there is the one the
  // whole alternation would take, with the same text.
  const next: Array<RegExpExecArray | null | undefined> = phrases.map(() => undefined);
  let cursor = 0;
  for (;;) {
    let best: RegExpExecArray | null = null;
    phrases.forEach((search, k) => {
      let found = next[k];
      if (found === undefined || (found !== null && found.index < cursor)) {
        search.lastIndex = cursor;
        next[k] = found = search.exec(text);
      }
      if (found && (!best || found.index < best.index)) best = found;
    });
    if (!best) return matches;
    const { index: start, 0: words } = best as RegExpExecArray;
    matches.push({ start, end: start + words.length, text: words });
    cursor = start + Math.max(1, words.length);
  }
}

function matchPattern(pattern: RegExp, text: string, from: number, to: number): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    if (end > to) break;
    matches.push({ start: match.index, end, text: match[0] });
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return matches;
}
