/** `npm run lexicons`: write rules/lexicons/anchors.generated.ts from the built-in lexicons. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ANCHORS_FILE, anchorsModule } from './lexicon-anchors.js';

const root = fileURLToPath(new URL('..', import.meta.url));
writeFileSync(join(root, ANCHORS_FILE), anchorsModule());
console.log(`wrote ${ANCHORS_FILE}`);
