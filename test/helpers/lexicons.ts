export { allLexicons } from '../../rules/lexicons/all.js';
