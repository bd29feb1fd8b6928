/**
 * HTML replies and email templates: only the words a customer reads in the message. Text nodes
 * are kept with entities decoded and whitespace collapsed as a browser would; style, script,
 * the head and hidden elements (an email's `display:none` preheader, which only shows in the
 * inbox list) are dropped; block elements become paragraph breaks. Every character maps back
 * to the file.
 */
import { basename } from 'node:path';
import { htmlLibrary } from './libraries.js';
import { TextBuilder, type ToSource } from './text-map.js';
import type { SourceFormat } from './types.js';

export const htmlFormat: SourceFormat = {
  name: 'html',
  label: 'HTML',
  extensions: ['.html', '.htm'],
  needs: ['html'],
  parse(text, filePath) {
    const { text: draftText, toSource, headings } = htmlText(text);
    return [{ name: basename(filePath), text: draftText, toSource, headings, encode: encodeHtml }];
  },
};

/** Elements whose content is never read by the customer as prose. */
const SKIPPED = new Set(['head', 'title', 'style', 'script', 'noscript', 'template', 'svg', 'math', 'object', 'iframe', 'select', 'textarea']);
/** Elements that start a new line of their own. */
const LINE = new Set(['li', 'dt', 'dd', 'tr', 'option']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dialog', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'ul',
]);

const HEADING = /^h[1-6]$/;

/** Collapsible HTML whitespace (not U+00A0, which `&nbsp;` writes on purpose). */
const SPACE = /[ \t\n\r\f]+/g;

/** The prose of an HTML fragment or document, with a map to offsets in `html`. */
export function htmlText(html: string): { text: string; toSource: ToSource; headings: Array<[number, number]> } {
  const out = new TextBuilder();
  // One entry per open element (htmlparser2 closes every element it opens, void ones at once).
  const skips: boolean[] = [];
  let skipDepth = 0;
  const headings: Array<[number, number]> = [];
  let headingStart: number | null = null;
  let pendingBreaks = 0;
  let pendingSpace: [number, number] | null = null;

  const flush = (at: number): void => {
    if (out.size > 0) {
      if (pendingBreaks > 0) out.insert(at, '\n'.repeat(pendingBreaks));
      else if (pendingSpace) out.replace(pendingSpace[0], pendingSpace[1], ' ');
    }
    pendingBreaks = 0;
    pendingSpace = null;
  };
  const lineBreak = (count: number): void => {
    pendingBreaks = Math.min(2, Math.max(pendingBreaks, count));
    pendingSpace = null;
  };

  const parser = new (htmlLibrary().Parser)(
    {
      onopentag(name, attributes) {
        const skip = SKIPPED.has(name) || isHidden(attributes);
        skips.push(skip);
        if (skip) {
          skipDepth++;
          return;
        }
        if (HEADING.test(name) && skipDepth === 0) headingStart = out.size;
        if (name === 'br') pendingBreaks = Math.min(2, pendingBreaks + 1);
        else if (BLOCK.has(name)) lineBreak(2);
        else if (LINE.has(name)) lineBreak(1);
      },
      onclosetag(name) {
        if (skips.pop()) {
          skipDepth--;
          return;
        }
        if (HEADING.test(name) && headingStart !== null) {
          headings.push([headingStart, out.size]);
          headingStart = null;
        }
        if (BLOCK.has(name)) lineBreak(2);
        else if (LINE.has(name)) lineBreak(1);
      },
      ontext(data) {
        if (skipDepth > 0) return;
        const from = parser.startIndex;
        const to = parser.endIndex + 1;
        if (data.length !== to - from || html.slice(from, to) !== data) {
          // An entity: one decoded character for the whole `&…;`.
          flush(from);
          out.replace(from, to, data);
          return;
        }
        let last = 0;
        for (const match of data.matchAll(SPACE)) {
          if (match.index > last) {
            flush(from + last);
            out.copy(from + last, data.slice(last, match.index));
          }
          if (pendingBreaks === 0 && !pendingSpace) pendingSpace = [from + match.index, from + match.index + match[0].length];
          last = match.index + match[0].length;
        }
        if (last < data.length) {
          flush(from + last);
          out.copy(from + last, data.slice(last));
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.end(html);
  return { ...out.build(0), headings };
}

/** Hidden from the reader: the `hidden` attribute, inline `display:none`, or Outlook's `mso-hide:all`. */
function isHidden(attributes: Record<string, string>): boolean {
  if ('hidden' in attributes) return true;
  const style = attributes.style?.toLowerCase().replace(/\s+/g, '') ?? '';
  return /(^|;)display:none/.test(style) || /(^|;)mso-hide:all/.test(style);
}

/** Text as HTML: the characters markup would eat escaped, line breaks as `<br>`. */
export function encodeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');
}

/** Whether a string (a macro body) is HTML rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<(p|br|div|span|b|strong|i|em|u|a|ul|ol|li|h[1-6]|table|tr|td|blockquote|img|hr)\b[^>]*\/?>/i.test(text);
}
