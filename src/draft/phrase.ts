/**
 * The phrase syntax of a lexicon (see lexicon.ts): compiling a phrase to a regex source, and
 * telling which words every match of a phrase must contain (its anchors).
 */
import type { Anchors } from './lexicon.js';

export type AnchorSet = Anchors & { words: Set<string>; prefixes: string[] };

/** Words so common that anchoring on them skips almost nothing. */
const COMMON = new Set(
  "a an the our your their my its this that these those i we you it they he she me us to of for in on at by with and or but so is are was were be been being am has have had do does did will would can could should may might not no just very really all any some there here what how".split(' '),
);

/** Any of several alternatives: their anchors together (null when one of them has none). */
export function union(sets: ReadonlyArray<AnchorSet | null>): AnchorSet | null {
  const all: AnchorSet = { words: new Set(), prefixes: [], number: false };
  for (const set of sets) {
    if (!set) return null;
    for (const word of set.words) all.words.add(word);
    all.prefixes.push(...set.prefixes);
    all.number ||= set.number;
  }
  return all;
}

/** A set of words one of which any match of `phrase` contains; null when none can be told. */
export function phraseAnchors(phrase: string): AnchorSet | null {
  let best: AnchorSet | null = null;
  for (const token of requiredTokens(phrase)) {
    const set = tokenAnchors(token);
    if (set && (!best || cost(set) < cost(best))) best = set;
  }
  return best;
}

/** How little a set narrows the search: common words and many choices cost more. */
function cost(set: AnchorSet): number {
  const common = [...set.words].filter((word) => COMMON.has(word)).length;
  return common * 100 + set.words.size + set.prefixes.length * 2 + (set.number ? 50 : 0);
}

/**
 * The top-level tokens of a phrase that every match must contain (optional groups left out),
 * each a whole word of the text. A token written against another that can hold letters is
 * part of a longer word ("you('d| would)" matches "you'd": neither "you" nor "'d" is a word of
 * it), so it is left out; punctuation does not count ("sorry(,)? but" keeps "sorry").
 */
function requiredTokens(phrase: string): string[] {
  const parts: Array<{ text: string; start: number; end: number; optional: boolean }> = [];
  let i = 0;
  while (i < phrase.length) {
    if (phrase[i] === ' ') {
      i++;
      continue;
    }
    if (phrase[i] === '(') {
      const close = matchingParen(phrase, i);
      const optional = phrase[close + 1] === '?';
      parts.push({ text: phrase.slice(i, close + 1), start: i, end: close + (optional ? 2 : 1), optional });
      i = close + (optional ? 2 : 1);
      continue;
    }
    const word = /^[^\s(]+/.exec(phrase.slice(i))![0];
    parts.push({ text: word, start: i, end: i + word.length, optional: false });
    i += word.length;
  }
  const wordy = (text: string) => /[\w'’*#]/.test(text);
  return parts
    .filter((part, k) => {
      if (part.optional) return false;
      const before = parts[k - 1];
      const after = parts[k + 1];
      const gluedBefore = before !== undefined && before.end === part.start && wordy(before.text);
      const gluedAfter = after !== undefined && after.start === part.end && wordy(after.text);
      return !gluedBefore && !gluedAfter;
    })
    .map((part) => part.text);
}

function tokenAnchors(token: string): AnchorSet | null {
  if (token.startsWith('(')) {
    return union(splitTopLevel(token.slice(1, -1)).map((choice) => phraseAnchors(choice.trim())));
  }
  const literal = token.toLowerCase().replace(/’/g, "'");
  if (literal.startsWith('#')) return { words: new Set(), prefixes: [], number: true };
  const star = literal.indexOf('*');
  if (star > 0 && /^[\w'-]+$/.test(literal.slice(0, star))) return { words: new Set(), prefixes: [literal.slice(0, star)], number: false };
  if (/^[\w'-]+$/.test(literal)) return { words: new Set([literal]), prefixes: [], number: false };
  return null;
}

/** A phrase's tokens for compilePhrase: a blank, an apostrophe, a group, `*`, `#`, or a run of other characters. */
const PHRASE_TOKEN = /[ '’(*#]|[^ '’(*#]+/g;

export function compilePhrase(phrase: string): string {
  let out = '';
  PHRASE_TOKEN.lastIndex = 0;
  for (let token = PHRASE_TOKEN.exec(phrase); token; token = PHRASE_TOKEN.exec(phrase)) {
    const i = token.index;
    const ch = token[0];
    if (ch === ' ') {
      // An optional group followed by a space must not demand the space when absent.
      out += '\\s+';
    } else if (ch === "'" || ch === '’') {
      out += "['’]";
    } else if (ch === '(') {
      const close = matchingParen(phrase, i);
      const choices = splitTopLevel(phrase.slice(i + 1, close)).map(compilePhrase).join('|');
      const optional = phrase[close + 1] === '?';
      let next = close + 1;
      if (optional) {
        // "(the|a)? delay": the group and its following space are optional together. A group
        // glued to the word before it ("sorry(,)? but") keeps the space: "sorry but" matches.
        const spaced = phrase[close + 2] === ' ' && (i === 0 || phrase[i - 1] === ' ');
        out += `(?:(?:${choices})${spaced ? '\\s+' : ''})?`;
        next = close + (spaced ? 3 : 2);
      } else {
        out += `(?:${choices})`;
      }
      // compilePhrase runs on the group's inside; carry on after it. (The regex is shared, so
      // the recursive calls moved it.)
      PHRASE_TOKEN.lastIndex = next;
    } else if (ch === '*') {
      // A `*` word ("the (* )?fee") is at least one character: an empty one would let
      // "(* )?(* )?" match runs of blanks in every way there is to split them, which on a long
      // run (blanked Markdown or HTML) backtracks for minutes. A suffix ("apologi*") may be empty.
      out += i === 0 || /[\s(|]/.test(phrase[i - 1]!) ? "[\\w'’-]+" : "[\\w'’-]*";
    } else if (ch === '#') {
      out += '\\d+(?:[.,:]\\d+)?';
    } else {
      // A ")" here has no "(" open (checkParens allows it): it is literal too.
      out += ch.replace(/[.?+^$[\]\\{}|/)]/g, '\\$&');
    }
  }
  return out;
}

/** Throws on an unclosed group, as compiling the phrase would. */
export function checkParens(phrase: string): void {
  // One pass (every lexicon phrase is checked at start-up): a ")" with no "(" open is literal.
  let depth = 0;
  for (let i = 0; i < phrase.length; i++) {
    const ch = phrase.charCodeAt(i);
    if (ch === 40) depth++;
    else if (ch === 41 && depth > 0) depth--;
  }
  if (depth > 0) throw new Error(`unclosed "(" in lexicon phrase "${phrase}"`);
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
