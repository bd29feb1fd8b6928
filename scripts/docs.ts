/** `npm run docs`: write docs/rules/*.md, the README rules table and the rule catalog from rule meta. */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../rules/index.js';
import { CATALOG_FILE, catalogModule, ruleDoc, withRulesTable } from './rule-docs.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const docsDir = join(root, 'docs/rules');
mkdirSync(docsDir, { recursive: true });
const wanted = new Set(builtinRules.map((rule) => `${rule.id}.md`));
for (const file of readdirSync(docsDir)) if (!wanted.has(file)) rmSync(join(docsDir, file));
for (const rule of builtinRules) writeFileSync(join(docsDir, `${rule.id}.md`), ruleDoc(rule));
const readmePath = join(root, 'README.md');
writeFileSync(readmePath, withRulesTable(readFileSync(readmePath, 'utf8')));
writeFileSync(join(root, CATALOG_FILE), catalogModule());
console.log(`wrote ${builtinRules.length} rule docs, the README rules table and ${CATALOG_FILE}`);
