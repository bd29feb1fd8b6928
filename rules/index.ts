/** The built-in rules. Each uses only the public rule API (`defineRule`, `Draft`). */
import type { Rule } from '../src/types.js';
import blameShifting from './blame-shifting.js';
import missingApology from './missing-apology.js';
import nonApology from './non-apology.js';

export { blameShifting, missingApology, nonApology };

export const builtinRules: readonly Rule[] = [blameShifting, missingApology, nonApology] as unknown as readonly Rule[];
