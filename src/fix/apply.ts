/** Applying edits to text: the one place `--fix` changes what the user wrote. */

export interface TextEdit {
  /** Offsets in the text, end exclusive; `start === end` inserts. */
  range: [number, number];
  text: string;
}

/**
 * The edits one pass may apply, as ESLint chooses them: sorted by position, and an edit that
 * overlaps or touches one already taken waits for the next pass (after a re-lint it may be
 * gone, or in a new place).
 */
export function chooseEdits<T extends { fix: TextEdit }>(candidates: readonly T[]): { chosen: T[]; deferred: T[] } {
  const sorted = [...candidates].sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1]);
  const chosen: T[] = [];
  const deferred: T[] = [];
  let lastEnd = -1;
  for (const candidate of sorted) {
    const [start, end] = candidate.fix.range;
    if (start <= lastEnd) {
      deferred.push(candidate);
      continue;
    }
    chosen.push(candidate);
    lastEnd = end;
  }
  return { chosen, deferred };
}

/** Apply non-overlapping edits; every character outside their ranges is kept as it was. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0]);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    const [start, end] = edit.range;
    if (start < at || end < start || end > text.length) throw new RangeError(`edit [${start}, ${end}) overlaps another or lies outside the text`);
    out += text.slice(at, start) + edit.text;
    at = end;
  }
  return out + text.slice(at);
}

/** The line ending a file mostly uses, so inserted line breaks match it. */
export function lineEnding(text: string): '\n' | '\r\n' {
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1 - crlf;
  return crlf > lf ? '\r\n' : '\n';
}
