/** Small text helpers every report shares. */

/** Whitespace runs (hard wraps included) to one space. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A note as a sentence: engine notes may start in lower case ("not a macro library, …"). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
