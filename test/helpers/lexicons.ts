import type { Lexicon } from '../../src/draft/lexicon.js';
import * as apology from '../../rules/lexicons/apology.js';
import * as blame from '../../rules/lexicons/blame.js';
import * as parts from '../../rules/lexicons/parts.js';
import * as passive from '../../rules/lexicons/passive.js';
import * as problem from '../../rules/lexicons/problem.js';
import * as tone from '../../rules/lexicons/tone.js';

const isLexicon = (value: unknown): value is Lexicon => Boolean(value && typeof value === 'object' && 'pattern' in value && 'phrases' in value);

/** Every built-in lexicon: those exported, and those grouped in an exported record (the non-apology kinds). */
export function allLexicons(): Lexicon[] {
  return [apology, blame, parts, passive, problem, tone]
    .flatMap((module) => Object.values(module as Record<string, unknown>))
    .flatMap((value) => (value && typeof value === 'object' && !isLexicon(value) ? Object.values(value) : [value]))
    .filter(isLexicon);
}
