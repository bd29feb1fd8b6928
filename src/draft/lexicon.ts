/**
 * Cue phrases, compiled once into one case-insensitive regex per lexicon.
 *
 * Phrase syntax (deliberately tiny, so every lexicon stays linear to scan):
 *   - a space matches any run of whitespace;
 *   - `'` matches a straight or curly apostrophe;
 *   - `(a|b|c)` is a choice of literal words; `(a|b)?` makes it optional;
 *   - `*` at the end of a word matches any word ending (`apologi*` → apologise, apologizes);
 *   - `#` matches a number (`3`, `24`, `4.5`, `5:30`).
 * Everything else is literal. Phrases match whole words.
 */
export interface Lexicon {
  readonly name: string;
  readonly phrases: readonly string[];
  readonly pattern: RegExp;
}

export function lexicon(name: string, phrases: readonly string[]): Lexicon {
  if (phrases.length === 0) throw new Error(`lexicon "${name}" is empty`);
  // Longest first, so "sorry for the inconvenience caused" wins over "sorry for the inconvenience".
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const source = sorted.map(compilePhrase).join('|');
  return Object.freeze({
    name,
    phrases: Object.freeze([...phrases]),
    pattern: new RegExp(`(?<![\\w'’])(?:${source})(?![\\w'’])`, 'giu'),
  });
}

function compilePhrase(phrase: string): string {
  let out = '';
  for (let i = 0; i < phrase.length; i++) {
    const ch = phrase[i]!;
    if (ch === ' ') {
      // An optional group followed by a space must not demand the space when absent.
      out += '\\s+';
    } else if (ch === "'" || ch === '’') {
      out += "['’]";
    } else if (ch === '(') {
      const close = matchingParen(phrase, i);
      const choices = splitTopLevel(phrase.slice(i + 1, close)).map(compilePhrase).join('|');
      const optional = phrase[close + 1] === '?';
      if (optional) {
        // "(the|a)? delay": the group and its following space are optional together. A group
        // glued to the word before it ("sorry(,)? but") keeps the space: "sorry but" matches.
        const spaced = phrase[close + 2] === ' ' && (i === 0 || phrase[i - 1] === ' ');
        out += `(?:(?:${choices})${spaced ? '\\s+' : ''})?`;
        i = close + (spaced ? 2 : 1);
      } else {
        out += `(?:${choices})`;
        i = close;
      }
    } else if (ch === '*') {
      out += "[\\w'’-]*";
    } else if (ch === '#') {
      out += '\\d+(?:[.,:]\\d+)?';
    } else {
      out += ch.replace(/[.?+^$[\]\\{}|/]/g, '\\$&');
    }
  }
  return out;
}

function matchingParen(phrase: string, open: number): number {
  let depth = 0;
  for (let i = open; i < phrase.length; i++) {
    if (phrase[i] === '(') depth++;
    else if (phrase[i] === ')' && --depth === 0) return i;
  }
  throw new Error(`unclosed "(" in lexicon phrase "${phrase}"`);
}

/** Split `a|b (c|d)|e` on the bars that are not inside a nested group. */
function splitTopLevel(choices: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < choices.length; i++) {
    const ch = choices[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(choices.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(choices.slice(start));
  return parts;
}

export interface LexiconMatch {
  start: number;
  end: number;
  text: string;
}

/** All non-overlapping matches of `lex` in `text[from, to)`. */
export function matchLexicon(lex: Lexicon, text: string, from = 0, to = text.length): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  const pattern = lex.pattern;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    if (end > to) break;
    matches.push({ start: match.index, end, text: match[0] });
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return matches;
}
