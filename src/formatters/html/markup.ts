/**
 * HTML building blocks for the HTML report: escaping, and the reply text with the flagged
 * words wrapped in <mark>.
 *
 * Everything in a report is user-provided (paths, macro titles, the replies themselves,
 * messages that quote them), so every string goes through `escapeHtml` before it is placed in
 * the page, in element content and in attribute values alike.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // A NUL is a parse error in HTML; say so visibly rather than leave it to the parser.
  '\0': '\uFFFD',
};

/** Escape for element content and for double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'\0]/g, (char) => ENTITIES[char]!);
}

/** A flagged span of the reply's text, end exclusive. */
export interface Highlight {
  /** The finding's id in the page (its list item's id), used to tie marks to findings. */
  id: string;
  start: number;
  end: number;
  severity: 1 | 2;
  /** Tooltip line for this finding ("error · rule: message"). */
  title: string;
}

/**
 * The text, escaped, with each highlight's words inside <mark> elements.
 *
 * Findings may nest or overlap ("our courier was swamped due to high volume" is blame-shifting
 * and holds an excuse), which nested <mark>s cannot express for partial overlaps. So the text is
 * cut at every highlight's start and end, and each piece covered by at least one highlight is one
 * <mark> listing every finding that covers it (`data-f`, space-separated ids, for `[data-f~=id]`).
 * The marks of one finding, in order, spell exactly its words. A piece covered by an error is
 * marked as an error; one covered by several findings also gets the class `multi`.
 *
 * Empty or out-of-range highlights (absence findings) are ignored: nothing to mark.
 */
export function highlightText(text: string, highlights: readonly Highlight[]): string {
  const spans = highlights
    .filter((h) => Number.isInteger(h.start) && Number.isInteger(h.end))
    .map((h) => ({ ...h, start: safeCut(text, Math.max(0, h.start)), end: safeCut(text, Math.min(text.length, h.end)) }))
    .filter((h) => h.start < h.end);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((h) => [h.start, h.end])])].sort((a, b) => a - b);

  let out = '';
  for (let i = 0; i < cuts.length - 1; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const piece = escapeHtml(text.slice(from, to));
    const covering = spans.filter((h) => h.start <= from && h.end >= to);
    if (covering.length === 0) {
      out += piece;
      continue;
    }
    const severity = covering.some((h) => h.severity === 2) ? 'error' : 'warning';
    const classes = `sev-${severity}${covering.length > 1 ? ' multi' : ''}`;
    const ids = covering.map((h) => h.id).join(' ');
    const title = covering.map((h) => h.title).join('\n');
    out += `<mark class="${classes}" data-f="${escapeHtml(ids)}" title="${escapeHtml(title)}">${piece}</mark>`;
  }
  return out;
}

/** Never cut between the two halves of a surrogate pair (an emoji): move the cut before it. */
function safeCut(text: string, index: number): number {
  const code = text.charCodeAt(index);
  const before = text.charCodeAt(index - 1);
  const lowSurrogate = code >= 0xdc00 && code <= 0xdfff;
  const highBefore = before >= 0xd800 && before <= 0xdbff;
  return lowSurrogate && highBefore ? index - 1 : index;
}

/** Escaped text with template-style slots (`[what went wrong]`) wrapped so they stand out. */
export function withSlots(text: string): string {
  return escapeHtml(text).replace(/\[[^\][\n]{1,120}\]/g, (slot) => `<span class="slot">${slot}</span>`);
}
