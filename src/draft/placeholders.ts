/**
 * Template syntax in macros: placeholders stand for values ("value"), logic and comments
 * are not prose at all ("control"). Both are masked before rules look at the text; the
 * inner words of a value slot are kept so absence rules can see that a slot such as
 * `[what we changed so it won't happen again]` covers a part of the apology.
 */
export interface Placeholder {
  start: number;
  end: number;
  kind: 'value' | 'control';
  /** The words inside the delimiters, e.g. `ticket.requester.first_name` or `AMOUNT`. */
  inner: string;
}

// Order matters: longer delimiters first so `{{ x }}` is not read as `{ x }`.
// Every branch is a delimited run without nested quantifiers, so scanning is linear.
const PLACEHOLDER_PATTERNS: ReadonlyArray<{ kind: Placeholder['kind']; pattern: RegExp }> = [
  { kind: 'control', pattern: /<!--[\s\S]*?-->/g }, // HTML comments (and our directives)
  { kind: 'control', pattern: /\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}/g },
  { kind: 'control', pattern: /\{%-?[\s\S]*?-?%\}/g }, // Liquid tags: {% if %}, {% # note %}
  { kind: 'control', pattern: /\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g }, // Handlebars comments
  { kind: 'control', pattern: /\{\{[#/^~][^{}]*\}\}|\{\{else\}\}/g }, // Handlebars blocks
  { kind: 'value', pattern: /\{\{\{[^{}]*\}\}\}|\{\{[^{}]*\}\}/g }, // {{first_name | fallback: "there"}}
  { kind: 'value', pattern: /%\{[A-Za-z_][\w.-]*\}/g }, // %{name}
  { kind: 'value', pattern: /\$\{[A-Za-z_][\w.-]*\}/g }, // ${name}
  { kind: 'value', pattern: /\{[A-Za-z_][\w.-]*\}/g }, // {customer_name}
  // [Customer Name], [AMOUNT], [what we changed so it won't happen again] — but not a
  // Markdown link's text `[help centre](…)` and not `[x]` checkboxes.
  { kind: 'value', pattern: /\[(?=[^\]\n]*[A-Za-z])[^\[\]\n]{1,120}\](?![(\[:])/g },
];

export function findPlaceholders(text: string): Placeholder[] {
  const taken = new Uint8Array(text.length);
  const found: Placeholder[] = [];
  for (const { kind, pattern } of PLACEHOLDER_PATTERNS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken[start] || taken[end - 1]) continue;
      taken.fill(1, start, end);
      found.push({ start, end, kind, inner: innerWords(match[0]) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function innerWords(raw: string): string {
  return raw
    .replace(/^(?:<!--|\{%-?|\{\{\{?|%\{|\$\{|\{|\[)/, '')
    .replace(/(?:-->|-?%\}|\}\}\}?|\}|\])$/, '')
    .trim();
}

/** Replace each placeholder in `chars` (same length as the text): values become `X`. */
export function maskPlaceholders(chars: string[], placeholders: readonly Placeholder[]): void {
  for (const slot of placeholders) {
    for (let i = slot.start; i < slot.end; i++) {
      if (chars[i] !== '\n') chars[i] = ' ';
    }
    // A value reads as one word so grammar around it survives ("we refunded X to you").
    if (slot.kind === 'value') chars[slot.start] = 'X';
  }
}
