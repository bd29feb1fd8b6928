/** Every built-in lexicon: those exported, and those grouped in an exported record (the non-apology kinds). */
import type { Lexicon } from '../../src/draft/lexicon.js';
import * as apology from './apology.js';
import * as blame from './blame.js';
import * as parts from './parts.js';
import * as passive from './passive.js';
import * as problem from './problem.js';
import * as tone from './tone.js';

const isLexicon = (value: unknown): value is Lexicon => Boolean(value && typeof value === 'object' && 'pattern' in value && 'phrases' in value);

export function allLexicons(): Lexicon[] {
  return [apology, blame, parts, passive, problem, tone]
    .flatMap((module) => Object.values(module as Record<string, unknown>))
    .flatMap((value) => (value && typeof value === 'object' && !isLexicon(value) ? Object.values(value) : [value]))
    .filter(isLexicon);
}
