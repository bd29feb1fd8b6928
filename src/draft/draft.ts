/**
 * A Draft is one reply as the rules see it: the text the writer wrote, a same-length
 * "prose" view with everything that is not the writer's prose masked out, sentences,
 * and lazily computed grammar. Every offset a rule sees indexes `draft.text`.
 */
import { findNonProse, splitLines } from './context.js';
import { foldCase, matchLexiconIn, wordsOf, type Lexicon, type LexiconMatch } from './lexicon.js';
import { isNegated, isQuotedMention } from './negation.js';
import { getNlp, tagTerms, type NlpView, type Term } from './nlp.js';
import { findPlaceholders, maskPlaceholders, type Placeholder } from './placeholders.js';
import { splitSentences, type Sentence } from './sentences.js';

export type { Sentence, Term, Placeholder, LexiconMatch };

export interface DraftInput {
  /** Macro title, or the file name for a one-draft file. */
  name: string;
  /** The draft's text, decoded (JSON escapes and HTML entities already resolved). */
  text: string;
  /**
   * Optional same-length view in which the source format already blanked what is not
   * prose (Markdown code, front matter, link targets). Newlines must stay in place.
   */
  prose?: string;
  /**
   * Whether single line breaks inside a paragraph are hard wraps to join. Formats that
   * already know their paragraphs (Markdown) join them themselves and pass false.
   */
  joinSoftWraps?: boolean;
  /** Headings (Markdown `#`, HTML `<h1>`…), as [start, end) ranges: a sentence to add never goes there. */
  headings?: ReadonlyArray<readonly [number, number]>;
}

/** Where an absence rule proposes to add a sentence. */
export interface InsertionPoint {
  offset: number;
  /** For messages: "after the greeting", "before the sign-off", … */
  where: string;
  /** Text to put before/after the inserted sentence so it sits well. */
  before: string;
  after: string;
}

export class Draft {
  readonly name: string;
  readonly text: string;
  /** Same length as `text`; non-prose is spaces, value placeholders read `X`. */
  readonly prose: string;
  readonly sentences: readonly Sentence[];
  readonly placeholders: readonly Placeholder[];
  /** End of the greeting line, if the draft opens with one. */
  readonly greetingEnd: number | null;
  /** Start of the sign-off line, if the draft closes with one. */
  readonly signOffStart: number | null;
  private readonly headings: ReadonlyArray<readonly [number, number]>;
  private readonly memo = new Map<string, unknown>();
  private readonly lexiconHits = new WeakMap<Lexicon, LexiconMatch[]>();
  private words: Set<string> | undefined;
  /** The prose in lower case, letter for letter (`foldCase`), which lexicon regexes run on. */
  private folded: string | undefined;
  private readonly views = new Map<number, NlpView>();
  private readonly termCache = new Map<number, Term[]>();

  constructor(input: DraftInput) {
    this.name = input.name;
    this.text = input.text;
    const source = input.prose ?? input.text;
    if (source.length !== input.text.length) {
      throw new Error(`draft "${input.name}": the prose view must be as long as the text`);
    }
    // One slot per UTF-16 unit, so every offset into the prose is an offset into the text.
    const chars: string[] = new Array<string>(source.length);
    for (let i = 0; i < source.length; i++) chars[i] = source[i]!;
    this.placeholders = findPlaceholders(input.text);
    maskPlaceholders(chars, this.placeholders);

    const lines = splitLines(input.text);
    const proseLines = lines.map((line) => chars.slice(line.start, line.end).join(''));
    const context = findNonProse(lines, proseLines);
    for (const [start, end] of context.ranges) blank(chars, start, end);
    this.greetingEnd = context.greetingEnd;
    this.signOffStart = context.signOffStart;
    for (let i = 0; i < chars.length; i++) if (chars[i] === '\r') chars[i] = ' ';
    if (input.joinSoftWraps !== false) joinSoftWraps(chars);

    this.prose = chars.join('');
    this.sentences = splitSentences(this.prose);
    this.headings = input.headings ?? [];
  }

  /** Compute something once per draft and share it between rules. */
  shared<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  /** Matches of a lexicon in the prose (never in quoted, greeting, sign-off or template text). */
  find(lex: Lexicon): readonly LexiconMatch[] {
    let hits = this.lexiconHits.get(lex);
    if (!hits) {
      // Most lexicons never occur in a given reply, and of those that do, only a few phrases
      // can: the regex holds only the phrases whose words the reply has.
      this.folded ??= foldCase(this.prose);
      this.words ??= wordsOf(this.folded);
      hits = matchLexiconIn(lex, this.prose, this.words, this.folded);
      this.lexiconHits.set(lex, hits);
    }
    return hits;
  }

  /** Matches of a lexicon within one sentence. */
  findIn(lex: Lexicon, sentence: Sentence): LexiconMatch[] {
    return this.find(lex).filter((hit) => hit.start >= sentence.start && hit.end <= sentence.end);
  }

  sentenceAt(offset: number): Sentence | undefined {
    let low = 0;
    let high = this.sentences.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const sentence = this.sentences[mid]!;
      if (offset < sentence.start) high = mid - 1;
      else if (offset >= sentence.end) low = mid + 1;
      else return sentence;
    }
    return undefined;
  }

  /** compromise's view of one sentence, tagged on first use and cached. */
  nlp(sentence: Sentence): NlpView {
    let view = this.views.get(sentence.index);
    if (!view) {
      view = getNlp()(sentence.text);
      this.views.set(sentence.index, view);
    }
    return view;
  }

  /** The sentence's words with tags and exact offsets into `text`. */
  terms(sentence: Sentence): readonly Term[] {
    let terms = this.termCache.get(sentence.index);
    if (!terms) {
      terms = tagTerms(this.nlp(sentence), sentence.start);
      this.termCache.set(sentence.index, terms);
    }
    return terms;
  }

  /** Is the cue at `offset` negated in its clause ("this is not your fault")? */
  isNegated(offset: number, maxWords?: number): boolean {
    const sentence = this.sentenceAt(offset);
    return isNegated(this.prose, sentence?.start ?? 0, offset, maxWords);
  }

  /** Is `[start, end)` quoted inside its sentence, i.e. mentioned rather than said? */
  isQuoted(start: number, end: number): boolean {
    const sentence = this.sentenceAt(start);
    if (!sentence) return false;
    return isQuotedMention(this.text, sentence.start, sentence.end, start, end);
  }

  /** The writer's voice: "I" if they speak for themselves more than for the company. */
  get voice(): 'I' | 'we' {
    return this.shared('voice', () => {
      const singular = this.prose.match(/\b(?:I|I['’](?:m|ve|ll|d)|me|my|mine)\b/g)?.length ?? 0;
      const plural = this.prose.match(/\b(?:we|we['’](?:re|ve|ll|d)|us|our|ours)\b/gi)?.length ?? 0;
      return plural > singular ? 'we' : 'I';
    });
  }

  /** Where a sentence belongs at the start of the body (right after the greeting). */
  get startInsertion(): InsertionPoint {
    // The first sentence of the body: a title above it ("# About your invoice") is not the body.
    const first = this.sentences.find((sentence) => !this.headings.some(([start, end]) => sentence.start >= start && sentence.start < end)) ?? this.sentences[0];
    if (!first) return { offset: this.greetingEnd ?? 0, where: 'at the start', before: this.greetingEnd === null ? '' : '\n\n', after: '' };
    return {
      offset: first.start,
      where: this.greetingEnd === null ? 'at the start' : 'after the greeting',
      before: '',
      after: ' ',
    };
  }

  /** Where a sentence belongs at the end of the body (just before the sign-off). */
  get endInsertion(): InsertionPoint {
    const last = this.sentences[this.sentences.length - 1];
    if (!last) return this.startInsertion;
    return {
      offset: last.end,
      where: this.signOffStart === null ? 'at the end' : 'before the sign-off',
      before: ' ',
      after: '',
    };
  }
}

function blank(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i++) if (chars[i] !== '\n') chars[i] = ' ';
}

const LIST_ITEM = /^\s*(?:[-*•+]|\d{1,3}[.)])\s/;

/**
 * Turn single line breaks inside a paragraph into spaces (same length), so a hard-wrapped
 * sentence is one sentence. Blank lines, list items and lines emptied by masking stay
 * breaks; so does a short line that ends without punctuation before a capitalised line
 * (a heading or a label).
 */
function joinSoftWraps(chars: string[]): void {
  // Lines are read from the text as it was: joining a break never changes another line.
  const text = chars.join('');
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    const current = text.slice(lineStart, i);
    let nextEnd = text.indexOf('\n', i + 1);
    if (nextEnd === -1) nextEnd = text.length;
    const next = text.slice(i + 1, nextEnd);
    lineStart = i + 1;
    if (current.trim() === '' || next.trim() === '' || LIST_ITEM.test(next)) continue;
    const trimmed = current.trimEnd();
    if (/[:]$/.test(trimmed)) continue;
    if (trimmed.length < 40 && !/[,.;!?]$/.test(trimmed) && /^\s*[A-Z]/.test(next) && !/\b(?:the|a|an|to|of|and|or|we|I|your|our)$/i.test(trimmed)) {
      continue;
    }
    chars[i] = ' ';
  }
}
