/**
 * Cue phrases, compiled into case-insensitive regexes (one per lexicon, or, for the first few
 * texts, one of just the phrases each text's words allow).
 *
 * Phrase syntax (deliberately tiny, so every lexicon stays linear to scan):
 *   - a space matches any run of whitespace;
 *   - `'` matches a straight or curly apostrophe;
 *   - `(a|b|c)` is a choice of literal words; `(a|b)?` makes it optional;
 *   - `*` at the end of a word matches any word ending (`apologi*` → apologise, apologizes);
 *   - `#` matches a number (`3`, `24`, `4.5`, `5:30`).
 * Everything else is literal. Phrases match whole words, in any case.
 */
import { checkParens, compilePhrase, phraseAnchors, union, type AnchorSet } from './phrase.js';

export interface Lexicon {
  readonly name: string;
  readonly phrases: readonly string[];
  /** The whole lexicon as one case-insensitive regex, for any text (the rules match through `Draft.find`). */
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
      pattern ??= wholeWords(allSources(indexOf(lex)), 'gi');
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
  /** The whole lexicon, for case-folded text (`foldCase`); compiled when first needed. */
  whole: RegExp | undefined;
  /** Regexes of some of the phrases, by their numbers joined with commas (see `matchPhrases`). */
  subsets: Map<string, RegExp>;
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
 * A lexicon's phrase anchors and regex sources worked out ahead of time (`npm run lexicons`):
 * reading them is cheaper than parsing every phrase, which was ~30 ms of a one-reply run (and
 * compiling the phrases a reply needs, ~6 ms more). `phrases` is the lexicon's phrases in index
 * order, joined by newlines; the rest is used only while it matches.
 */
export interface PrebuiltLexicon {
  phrases: string;
  anchors: Array<[words: string[], prefixes: string[], number: boolean] | null>;
  /** Each phrase's regex source, for case-folded text (`compilePhrase(foldCase(phrase))`). */
  sources: string[];
}

const prebuilt = new Map<string, PrebuiltLexicon>();
/** Prebuilt anchors registered as a function, not yet called. */
const pending: Array<() => Readonly<Record<string, PrebuiltLexicon>>> = [];

/**
 * Register prebuilt anchors, by lexicon name (the built-in rules do, for their lexicons). Given
 * a function, it is called when a lexicon is first looked up, not now.
 */
export function usePrebuiltAnchors(lexicons: Readonly<Record<string, PrebuiltLexicon>> | (() => Readonly<Record<string, PrebuiltLexicon>>)): void {
  if (typeof lexicons === 'function') pending.push(lexicons);
  else for (const [name, data] of Object.entries(lexicons)) prebuilt.set(name, data);
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
    sources: phrases.map((phrase) => compilePhrase(foldCase(phrase))),
  };
}

/** Longest first, so "sorry for the inconvenience caused" wins over "sorry for the inconvenience". */
function byLength(phrases: readonly string[]): string[] {
  return [...phrases].sort((a, b) => b.length - a.length);
}

/** The prebuilt data for a lexicon, if it was built from these very phrases. */
function prebuiltFor(lex: Lexicon, phrases: readonly string[]): PrebuiltLexicon | undefined {
  for (const lexicons of pending.splice(0)) usePrebuiltAnchors(lexicons());
  const ready = prebuilt.get(lex.name);
  return ready && ready.phrases === phrases.join('\n') ? ready : undefined;
}

function indexOf(lex: Lexicon): PhraseIndex {
  let index = indexes.get(lex);
  if (index) return index;
  const phrases = byLength(lex.phrases);
  const ready = prebuiltFor(lex, phrases);
  const anchors = ready
    ? ready.anchors.map((set) => set && { words: new Set(set[0]), prefixes: set[1], number: set[2] })
    : phrases.map((phrase) => phraseAnchors(phrase.trim()));
  const sources = ready ? [...ready.sources] : [];
  const built: PhraseIndex = { phrases, sources, whole: undefined, subsets: new Map(), anchors, byWord: new Map(), byPrefix: [], byNumber: [], always: [], uses: 0 };
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
  return (index.sources[phrase] ??= compilePhrase(foldCase(index.phrases[phrase]!)));
}

/**
 * Regexes for case-folded text have no `i` flag: V8 compiles a large alternation without it in
 * less than half the time (23 → 10 ms for the regexes of a one-reply run, issue 6). No `u`
 * flag either: phrases are plain words, and Unicode case folding made each regex slower to
 * compile and ~10 MB heavier across a library run.
 */
function wholeWords(sources: readonly string[], flags: 'g' | 'gi' = 'g'): RegExp {
  return new RegExp(`(?<![\\w'’])(?:${sources.join('|')})(?![\\w'’])`, flags);
}

function allSources(index: PhraseIndex): string[] {
  return index.phrases.map((_, i) => sourceOf(index, i));
}

function wholeLexicon(index: PhraseIndex): RegExp {
  return (index.whole ??= wholeWords(allSources(index)));
}

/**
 * `text` in lower case, letter for letter, so every offset into it is an offset into `text`.
 * Lexicon regexes are compiled from folded phrases and run on folded text. The few letters whose
 * lower case is longer (Turkish İ) are kept as they are, which the `i` flag would not match to
 * `i` either, and final sigma folds to σ, as the `i` flag matches the two.
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length && !lower.includes('ς')) return lower;
  let folded = '';
  for (const ch of text) {
    const low = ch.toLowerCase();
    folded += low === 'ς' ? 'σ' : low.length === ch.length ? low : ch;
  }
  return folded;
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
  const words = new Set<string>();
  // One pass: each hyphenated word also gives its parts ("e-mail": e-mail, e, mail).
  for (const word of text.toLowerCase().replace(/’/g, "'").match(/[\w'-]+/g) ?? []) {
    words.add(word);
    if (word.includes('-')) for (const part of word.split('-')) if (part) words.add(part);
  }
  return words;
}

/** Whether a text with these words can hold a match of the lexicon. */
export function mayMatch(lex: Lexicon, words: ReadonlySet<string>): boolean {
  const anchors = lex.anchors;
  if (!anchors) return true;
  // Look the smaller set up in the larger: a big lexicon has hundreds of anchor words.
  const [few, many] = anchors.words.size <= words.size ? [anchors.words, words] : [words, anchors.words];
  for (const word of few) if (many.has(word)) return true;
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

/** All non-overlapping matches of `lex` in `text` (`folded` is `foldCase(text)`). */
export function matchLexicon(lex: Lexicon, text: string, folded = foldCase(text)): LexiconMatch[] {
  return matchPattern(wholeLexicon(indexOf(lex)), text, folded);
}

/**
 * The same matches as `matchLexicon(lex, text)`, given the text's words (`wordsOf(text)`).
 * Compiling a lexicon's whole regex costs more than most single replies take to lint, so the
 * first few texts are searched with only the phrases they can hold (`matchPhrases`); after that the whole regex,
 * compiled once, is the faster way through a library.
 */
export function matchLexiconIn(lex: Lexicon, text: string, words: ReadonlySet<string>, folded = foldCase(text)): LexiconMatch[] {
  if (!mayMatch(lex, words)) return [];
  const index = indexOf(lex);
  return ++index.uses > subsetTexts ? matchLexicon(lex, text, folded) : matchPhrases(lex, text, words, folded);
}

const SUBSET_TEXTS = 8;
let subsetTexts = SUBSET_TEXTS;

/**
 * Tell the lexicons how many texts a run will search. Many: compile each whole lexicon from
 * the first text, since every lexicon will be compiled anyway and the smaller regexes of
 * the first texts would be wasted work (100 replies: 0.9 s → 0.6 s). Only speed changes.
 */
export function expectTexts(count: number): void {
  subsetTexts = count > SUBSET_TEXTS ? 0 : SUBSET_TEXTS;
}

/**
 * `matchLexicon(lex, text)` with only the phrases the text's words allow, in the lexicon's order.
 * A phrase left out cannot match, so the alternation finds the same matches; being a few phrases
 * long, it compiles in a fraction of the whole regex's time. One alternation per text beat one
 * regex per phrase merged by position (a one-reply run: 56 → 47 ms of linting, issue 6).
 */
export function matchPhrases(lex: Lexicon, text: string, words: ReadonlySet<string>, folded = foldCase(text)): LexiconMatch[] {
  const index = indexOf(lex);
  const chosen = possiblePhrases(index, words);
  if (chosen.length === 0) return [];
  const key = chosen.join(',');
  let pattern = index.subsets.get(key);
  if (!pattern) index.subsets.set(key, (pattern = wholeWords(chosen.map((i) => sourceOf(index, i)))));
  return matchPattern(pattern, text, folded);
}

/** Matches of a folded-text regex in `folded`, with the words as `text` spells them. */
function matchPattern(pattern: RegExp, text: string, folded: string): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) {
    const end = match.index + match[0].length;
    matches.push({ start: match.index, end, text: text.slice(match.index, end) });
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return matches;
}
