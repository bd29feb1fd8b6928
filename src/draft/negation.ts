/**
 * Meaning flips: "this is not your fault", "we won't blame the courier", and cue words
 * that are mentioned in quotes rather than used ("I won't just say “sorry for the
 * inconvenience”").
 */
const CLAUSE_BREAK = /[,;:()\u2013\u2014]|\s-\s|\b(?:but|however|although|though|yet|whereas|so|because|and)\b/gi;
const NEGATOR = /\b(?:not|never|no|nothing|nobody|none|neither|nor|without|cannot)\b|n['’]t\b/i;

/**
 * How far back a clause is looked for, and how far around a cue quotation marks are counted.
 * Real clauses and quotations are far shorter; the bound keeps each look-up constant-time, so
 * a reply that is one endless sentence of cue words ("sorry sorry sorry…") lints in linear time.
 */
const CLAUSE_WINDOW = 400;
const QUOTE_WINDOW = 1000;

/** Start offset of the clause containing `offset`, searching back no further than `from`. */
export function clauseStart(text: string, from: number, offset: number): number {
  let start = Math.max(from, offset - CLAUSE_WINDOW);
  // Searched in a slice with a character of context either side, so \b reads as in the whole
  // text and the search never runs on past the cue.
  const sliceStart = Math.max(0, start - 1);
  const segment = text.slice(sliceStart, Math.min(text.length, offset + 3));
  CLAUSE_BREAK.lastIndex = start - sliceStart;
  for (let match = CLAUSE_BREAK.exec(segment); match && sliceStart + match.index < offset; match = CLAUSE_BREAK.exec(segment)) {
    start = sliceStart + match.index + match[0].length;
  }
  return start;
}

/**
 * Is the cue at `offset` negated within its own clause, by a negator at most `maxWords`
 * words before it? `from` bounds the search (usually the sentence start).
 */
export function isNegated(text: string, from: number, offset: number, maxWords = 6): boolean {
  const clause = text.slice(clauseStart(text, from, offset), offset);
  const words = clause.trim().split(/\s+/).filter(Boolean);
  return NEGATOR.test(words.slice(-maxWords).join(' '));
}

const QUOTE_PAIRS: ReadonlyArray<[string, string]> = [
  ['"', '"'],
  ['“', '”'],
  ['‘', '’'],
  ["'", "'"],
];

/** Is `[start, end)` inside quotation marks within `[from, to)` (a mention, not a use)? */
export function isQuotedMention(text: string, sentenceStart: number, sentenceEnd: number, start: number, end: number): boolean {
  const from = Math.max(sentenceStart, start - QUOTE_WINDOW);
  const to = Math.min(sentenceEnd, end + QUOTE_WINDOW);
  for (const [open, close] of QUOTE_PAIRS) {
    const before = text.slice(from, start);
    const openAt = before.lastIndexOf(open);
    if (openAt === -1) continue;
    if (open === close) {
      // Straight quotes pair up: an odd count before the cue means we are inside.
      // A lone apostrophe ("we're") must not count, so require a non-letter before it.
      const count = countQuoteMarks(before, open);
      if (count % 2 === 0) continue;
    } else if (before.lastIndexOf(close) > openAt) {
      continue;
    }
    const closeAt = text.indexOf(close, end);
    if (closeAt !== -1 && closeAt < to + 1) return true;
  }
  return false;
}

function countQuoteMarks(text: string, mark: string): number {
  let count = 0;
  for (let i = text.indexOf(mark); i !== -1; i = text.indexOf(mark, i + 1)) {
    const prev = text[i - 1] ?? ' ';
    const next = text[i + 1] ?? ' ';
    // An apostrophe inside a word ("we're", "customer's") is not a quote mark.
    if (mark === "'" && /\w/.test(prev) && /\w/.test(next)) continue;
    if (mark === "'" && /\w/.test(prev) && !/\w/.test(next) && /s/i.test(prev)) continue;
    count++;
  }
  return count;
}
