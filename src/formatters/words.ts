/** Small text helpers every report shares. */

/** Whitespace runs (hard wraps included) to one space. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A suggestion's replacement as the reader sees it (its `fix.text` is spelled for the file). */
export function rewriteOf(suggestion: { rewrite?: string; fix: { text: string } }): string {
  return suggestion.rewrite ?? suggestion.fix.text;
}

/** A note as a sentence: engine notes may start in lower case ("not a macro library, …"). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
