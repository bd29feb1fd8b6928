import type { LibraryName } from './libraries.js';
import type { Encode } from './text-map.js';

/** What a source format hands to the engine: the drafts in one file, with a way back. */
export interface SourceDraft {
  /** Macro title, or the file name when the file is one draft. */
  name: string;
  /** The draft's text as the writer meant it (escapes decoded). */
  text: string;
  /** Optional same-length view with format syntax blanked (see DraftInput.prose). */
  prose?: string;
  joinSoftWraps?: boolean;
  /** Heading ranges in `text` (see DraftInput.headings). */
  headings?: Array<[number, number]>;
  /**
   * Map an offset in `text` (0…text.length) to an offset in the file's text. A range's end
   * passes `'end'`, so a decoded character (`&amp;`, `\u2019`) is covered whole.
   */
  toSource(offset: number, side?: 'start' | 'end'): number;
  /** The source text to write for an edit at `offset` (see Encode); text as is when absent. */
  encode?: Encode;
}

export interface SourceFormat {
  /** What `overrides[].format` calls it. */
  name: string;
  /** What error messages call it: "could not read this <label> file". */
  label: string;
  /** Lower-case extensions with the dot, used when linting directories. */
  extensions: readonly string[];
  /** Parsers to load (`loadLibraries`) before `parse` runs. */
  needs?: readonly LibraryName[];
  parse(text: string, filePath: string): SourceDraft[];
}

/** A file that could not be split into drafts: reported for that file, others go on. */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly offset?: number,
  ) {
    super(message);
  }
}

/** The common case: the draft is a slice of the file, character for character. */
export function sliceDraft(name: string, text: string, base = 0, extra: Partial<SourceDraft> = {}): SourceDraft {
  return { name, text, toSource: (offset) => base + offset, ...extra };
}
