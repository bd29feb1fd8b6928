/**
 * What linting a text takes: the built-in rules and the code that runs them (drafts, lexicons,
 * the language model's front door, fixes). The linter imports this on its first lint
 * (src/linter.ts), so starting up, and a run served entirely by --cache, never load it.
 */
export { builtinRules } from '../../rules/index.js';
export { lintSource } from './lint.js';
export { lintAndFix } from '../fix/fixer.js';
export { expectTexts } from '../draft/lexicon.js';
