/**
 * XML 1.0 escaping for the XML report formats (checkstyle, junit).
 *
 * Messages and rewrites quote the customer's and the agent's words, so anything can turn up
 * in them: markup (`<b>`), ampersands, quotes, and control characters pasted from other tools.
 * XML 1.0 has no way to write most control characters at all (not even as `&#1;`), so those
 * become U+FFFD (the replacement character) rather than silently vanishing.
 */

/** Every character XML 1.0 allows: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#13;',
};

/**
 * Escape text for an element's content: `&`, `<` and `>` (quotes need no escaping there).
 * Carriage returns are kept as `&#13;`, since a parser turns a raw CR LF into LF.
 */
export function xmlText(value: string): string {
  return value.replace(NOT_XML_CHAR, '\uFFFD').replace(/[&<>\r]/g, (char) => ENTITIES[char]!);
}

/**
 * Escape text for an attribute value: the five predefined entities, and tabs and line breaks
 * as character references, since a parser turns raw ones into spaces (attribute-value
 * normalisation).
 */
export function xmlAttr(value: string): string {
  return value
    .replace(NOT_XML_CHAR, '\uFFFD')
    .replace(/[&<>"'\r]/g, (char) => ENTITIES[char]!)
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}

/** `name="value"` pairs; undefined values are left out. */
export function xmlAttrs(attributes: Record<string, string | number | undefined>): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${xmlAttr(String(value))}"`)
    .join('');
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';
