/**
 * Decoded text with a way back to the file. Formats that decode (JSON escapes, YAML folding,
 * HTML entities and tags) build a draft's text piece by piece, saying for each piece which
 * characters of the file it came from; positions then point into the original file.
 */

/**
 * Map an offset in decoded text to an offset in the source. `side` matters at the edges of a
 * decoded piece: a range's start maps to where its first character begins in the source, a
 * range's end to where its last character ends (`&amp;` is one character in the text, five in
 * the file).
 */
export type ToSource = (offset: number, side?: 'start' | 'end') => number;

interface Piece {
  /** Offset of the piece in the decoded text. */
  at: number;
  length: number;
  /** Source span the piece came from. */
  from: number;
  to: number;
  /** Each character maps to one source character (a plain copy). */
  exact: boolean;
}

export class TextBuilder {
  private chunks: string[] = [];
  private readonly pieces: Piece[] = [];
  private length = 0;

  /** Characters that appear in the source as they are, starting at `from`. */
  copy(from: number, text: string): void {
    this.push(from, from + text.length, text, true);
  }

  /** Characters decoded from the source span `from…to` (an escape, an entity, folded whitespace). */
  replace(from: number, to: number, text: string): void {
    this.push(from, to, text, false);
  }

  /** Characters with no source of their own (a paragraph break between blocks), placed at `at`. */
  insert(at: number, text: string): void {
    this.push(at, at, text, false);
  }

  get text(): string {
    if (this.chunks.length > 1) this.chunks = [this.chunks.join('')];
    return this.chunks[0] ?? '';
  }

  get size(): number {
    return this.length;
  }

  /** Drop decoded text after `length` (YAML chomping). */
  truncate(length: number): void {
    const text = this.text.slice(0, length);
    this.chunks = [text];
    while (this.pieces.length && this.pieces[this.pieces.length - 1]!.at >= length) this.pieces.pop();
    const last = this.pieces[this.pieces.length - 1];
    if (last && last.at + last.length > length) {
      const keep = length - last.at;
      if (last.exact) last.to = last.from + keep;
      last.length = keep;
    }
    this.length = Math.min(this.length, length);
  }

  /** The finished text and its map. `end` is where the text's end maps when it is empty. */
  build(end: number): { text: string; toSource: ToSource } {
    const pieces = this.pieces.filter((piece) => piece.length > 0);
    return { text: this.text, toSource: mapFromPieces(pieces, end) };
  }

  private push(from: number, to: number, text: string, exact: boolean): void {
    if (text.length === 0) return;
    this.pieces.push({ at: this.length, length: text.length, from, to, exact });
    this.chunks.push(text);
    this.length += text.length;
  }
}

function mapFromPieces(pieces: readonly Piece[], emptyEnd: number): ToSource {
  return (offset, side = 'start') => {
    if (pieces.length === 0) return emptyEnd;
    const first = pieces[0]!;
    const last = pieces[pieces.length - 1]!;
    if (offset <= 0) return first.from;
    if (offset >= last.at + last.length) return last.to;
    // The piece holding the character at `offset` (start) or at `offset - 1` (end).
    const probe = side === 'end' ? offset - 1 : offset;
    let low = 0;
    let high = pieces.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (pieces[mid]!.at <= probe) low = mid;
      else high = mid - 1;
    }
    const piece = pieces[low]!;
    if (piece.exact) return piece.from + (offset - piece.at);
    // Inside a decoded piece: a start covers it from its beginning, an end to its end.
    return side === 'end' ? piece.to : piece.from;
  };
}

/**
 * Write decoded text back in the source's own syntax, for an edit at decoded `offset` (a fix):
 * escaped for a JSON string, indented for a YAML block scalar, entity-encoded for HTML. Null
 * when the text cannot be written there safely; the fix is then left for the writer.
 */
export type Encode = (text: string, offset: number) => string | null;

/** Text that is the source itself (plain text, Markdown). */
export const verbatim: Encode = (text) => text;

/** Encode through two layers: HTML inside a JSON string. */
export function composeEncode(inner: Encode, innerToSource: ToSource, outer: Encode): Encode {
  return (text, offset) => {
    const encoded = inner(text, offset);
    return encoded === null ? null : outer(encoded, innerToSource(offset));
  };
}

/** Map through two layers: text decoded from a string that was itself decoded from the file. */
export function compose(inner: ToSource, outer: ToSource): ToSource {
  return (offset, side = 'start') => outer(inner(offset, side), side);
}

/** The identity map shifted by `base`: a draft that is a plain slice of the file. */
export function sliceMap(base: number): ToSource {
  return (offset) => base + offset;
}
