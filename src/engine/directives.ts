/**
 * Inline directives, written in a comment so they never show to the customer:
 *   <!-- apology-lint-disable [ids] -->            {% comment %} apology-lint-disable [ids] {% endcomment %}
 *   <!-- apology-lint-enable [ids] -->             {% # apology-lint-enable [ids] %}
 *   <!-- apology-lint-disable-next-line [ids] -->
 * Ids are separated by commas or spaces; text after " -- " is a reason and is ignored.
 * No ids means every rule.
 */
import { LineIndex } from './positions.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Empty means all rules. */
  ruleIds: string[];
  start: number;
  end: number;
}

const DIRECTIVE =
  /(?:<!--|\{%-?\s*comment\s*-?%\}|\{%-?\s*#)\s*apology-lint-(disable-next-line|disable|enable)\b([\s\S]*?)(?:-->|\{%-?\s*endcomment\s*-?%\}|-?%\})/g;

export function parseDirectives(text: string): Directive[] {
  const directives: Directive[] = [];
  DIRECTIVE.lastIndex = 0;
  for (let match = DIRECTIVE.exec(text); match; match = DIRECTIVE.exec(text)) {
    const body = match[2]!.split(/\s--\s/)[0]!;
    const ruleIds = body.split(/[\s,]+/).filter(Boolean);
    directives.push({ kind: match[1] as DirectiveKind, ruleIds, start: match.index, end: match.index + match[0].length });
  }
  return directives;
}

/** Answers "is rule R switched off at offset O of this draft?". */
export class DirectiveIndex {
  private readonly directives: Directive[];
  private readonly lines: LineIndex;

  constructor(text: string) {
    this.directives = parseDirectives(text);
    this.lines = new LineIndex(text);
  }

  get all(): readonly Directive[] {
    return this.directives;
  }

  /**
   * Presence findings follow ESLint's positional semantics. Absence and order findings
   * sit at a conventional spot (where a sentence would go), so a `disable` for the rule
   * anywhere in the draft switches them off.
   */
  isDisabled(ruleId: string, offset: number, positional: boolean): boolean {
    const names = (directive: Directive): boolean =>
      directive.ruleIds.length === 0 || directive.ruleIds.includes(ruleId);
    if (!positional) return this.directives.some((d) => d.kind === 'disable' && names(d));
    let disabled = false;
    for (const directive of this.directives) {
      if (directive.start > offset) break;
      if (!names(directive)) continue;
      if (directive.kind === 'disable') disabled = true;
      else if (directive.kind === 'enable') disabled = false;
    }
    if (disabled) return true;
    const line = this.lineOf(offset);
    return this.directives.some(
      (d) => d.kind === 'disable-next-line' && names(d) && this.lineOf(d.end) + 1 === line,
    );
  }

  private lineOf(offset: number): number {
    return this.lines.position(offset).line;
  }
}
