/**
 * The parts of a reply that are not the writer's prose: quoted customer text, the
 * greeting and the sign-off. Found line by line on the draft text.
 */
export interface Line {
  start: number;
  /** End of the line's content, before `\r\n` / `\n`. */
  end: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const stop = newline === -1 ? text.length : newline;
    const end = stop > start && text[stop - 1] === '\r' ? stop - 1 : stop;
    lines.push({ start, end, text: text.slice(start, end) });
    if (newline === -1) return lines;
    start = newline + 1;
  }
}

const QUOTE_LINE = /^\s*>/;
/** "On Mon, 3 Jun 2024, Sam <sam@x.com> wrote:" and the Outlook-style header. */
const REPLY_HEADER = /^\s*(?:On\b.{0,200}\bwrote:\s*$|-{2,}\s*(?:Original Message|Forwarded message)\s*-{2,}\s*$|From:\s.+$)/i;
const GREETING =
  /^\s*(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening)|hi there|hello there)\b[^.!?\n]{0,60}[,!:]?\s*$/i;
const SIGN_OFF =
  /^\s*(?:best|best wishes|warm wishes|warmest wishes|kind wishes|with best wishes|all the best|thanks|thank you|many thanks|thanks again|cheers|regards|kind regards|best regards|warm regards|warmest regards|with kind regards|warmly|sincerely|yours sincerely|yours truly|take care|talk soon|speak soon|with thanks|respectfully)\s*[,.!]?\s*$/i;

export interface NonProse {
  /** Ranges (start, end) of the draft that rules must never judge. */
  ranges: Array<[number, number]>;
  /** Where the writer's body starts and ends (greeting and sign-off excluded). */
  greetingEnd: number | null;
  signOffStart: number | null;
}

/**
 * `proseLines` are the lines as seen after masking placeholders, so that
 * "Hi {{first_name}}," reads as "Hi X," and is recognised as a greeting.
 */
export function findNonProse(lines: readonly Line[], proseLines: readonly string[]): NonProse {
  const ranges: Array<[number, number]> = [];
  let signOffStart: number | null = null;
  let greetingEnd: number | null = null;
  let quotedFrom = lines.length;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (REPLY_HEADER.test(proseLines[i]!)) {
      // A header followed by "> " lines quotes just those lines (the reply is written below
      // them); otherwise the header and everything below it is the customer's thread.
      let next = i + 1;
      while (next < lines.length && lines[next]!.text.trim() === '') next++;
      if (next < lines.length && QUOTE_LINE.test(lines[next]!.text)) {
        ranges.push([line.start, line.end]);
        continue;
      }
      quotedFrom = i;
      break;
    }
    if (QUOTE_LINE.test(line.text)) ranges.push([line.start, line.end]);
  }

  // The first line of the writer's own text: a quoted block above the reply is skipped.
  const firstContent = proseLines.findIndex(
    (text, i) => text.trim() !== '' && !QUOTE_LINE.test(lines[i]!.text) && !REPLY_HEADER.test(text),
  );
  if (firstContent !== -1 && firstContent < quotedFrom && GREETING.test(proseLines[firstContent]!)) {
    const line = lines[firstContent]!;
    ranges.push([line.start, line.end]);
    greetingEnd = line.end;
  }

  // The sign-off is the last short closing line; it and the signature below it are not prose.
  for (let i = quotedFrom - 1; i > (greetingEnd === null ? -1 : firstContent); i--) {
    if (SIGN_OFF.test(proseLines[i]!)) {
      signOffStart = lines[i]!.start;
      break;
    }
    // Only look through the last few lines: a signature is short.
    if (quotedFrom - i > 6) break;
  }

  const tailStart = signOffStart ?? (quotedFrom < lines.length ? lines[quotedFrom]!.start : null);
  if (tailStart !== null) {
    const last = lines[lines.length - 1]!;
    ranges.push([tailStart, last.end]);
  }
  return { ranges, greetingEnd, signOffStart };
}
