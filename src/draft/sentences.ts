/**
 * Sentence splitting on the masked prose. compromise's own splitter breaks at every
 * newline and after "vs.", so we split here and give compromise one sentence at a time.
 */
export interface Sentence {
  /** 0-based position among the draft's sentences. */
  index: number;
  /** Offsets into the draft text (end exclusive), trimmed of surrounding space. */
  start: number;
  end: number;
  /** The masked prose of the sentence (placeholders read as `X`). */
  text: string;
}

const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'vs', 'etc', 'e.g', 'i.e', 'eg', 'ie', 'approx',
    'no', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'a.m', 'p.m', 'u.s', 'u.k', 'dept', 'est',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'ref', 'tel', 'ext',
  ],
);

const TERMINATOR = /[.!?…]+["'”’)\]]*(?=\s)|\n/g;

/**
 * No real sentence is this long. A longer run (a pasted log, a reply with no full stops) is cut
 * at the last space before each limit, so the rules' work per cue stays bounded: a draft of
 * one endless sentence lints in linear time, not quadratic.
 */
export const MAX_SENTENCE = 1000;

export function splitSentences(prose: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    while (end - start > MAX_SENTENCE) {
      let cut = start + MAX_SENTENCE;
      while (cut > start + MAX_SENTENCE / 2 && !/\s/.test(prose[cut - 1]!)) cut--;
      if (cut === start + MAX_SENTENCE / 2) cut = start + MAX_SENTENCE;
      // Never between the two halves of a surrogate pair.
      if (/[\uD800-\uDBFF]/.test(prose[cut - 1]!)) cut--;
      pushPart(start, cut);
      start = cut;
    }
    pushPart(start, end);
  };
  const pushPart = (partStart: number, end: number): void => {
    let from = partStart;
    let to = end;
    while (from < to && /\s/.test(prose[from]!)) from++;
    while (to > from && /\s/.test(prose[to - 1]!)) to--;
    const text = prose.slice(from, to);
    // A "sentence" of masked placeholders or punctuation only is not prose.
    if (/[A-Za-z\u00C0-\uFFFF]{2,}|\b[aI]\b/.test(text.replace(/\bX\b/g, ''))) {
      sentences.push({ index: sentences.length, start: from, end: to, text });
    }
  };
  TERMINATOR.lastIndex = 0;
  for (let match = TERMINATOR.exec(prose); match; match = TERMINATOR.exec(prose)) {
    const end = match.index + match[0].length;
    if (match[0] !== '\n' && !endsSentence(prose, match.index, end)) continue;
    push(end);
    start = end;
  }
  push(prose.length);
  return sentences;
}

function endsSentence(prose: string, terminatorAt: number, end: number): boolean {
  if (prose[terminatorAt] === '.') {
    const word = /([A-Za-z][A-Za-z.]*)$/.exec(prose.slice(Math.max(0, terminatorAt - 12), terminatorAt));
    if (word && ABBREVIATIONS.has(word[1]!.toLowerCase())) return false;
    // Initials such as "J. Smith".
    if (word && word[1]!.length === 1 && /[A-Z]/.test(word[1]!)) return false;
  }
  // "…and then… we" continues; a capital, digit, quote, bracket or line end starts anew.
  const next = /\S/.exec(prose.slice(end, end + 40));
  if (!next) return true;
  return !/[a-z,;:]/.test(next[0]);
}
