/** Generated docs must match the rules: run `npm run docs` after changing a rule's meta. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { CATALOG_FILE, catalogModule, ruleDoc, withRulesTable } from '../scripts/rule-docs.js';
import { ROOT } from './helpers/cli.js';

const stale = 'stale: run `npm run docs` and commit the result';

describe('generated docs', () => {
  for (const rule of builtinRules) {
    it(`docs/rules/${rule.id}.md is current`, () => {
      const path = join(ROOT, 'docs/rules', `${rule.id}.md`);
      expect(existsSync(path), stale).toBe(true);
      expect(readFileSync(path, 'utf8'), stale).toBe(ruleDoc(rule));
    });
  }

  it('has no docs for rules that do not exist', () => {
    expect(readdirSync(join(ROOT, 'docs/rules')).sort()).toEqual(builtinRules.map((r) => `${r.id}.md`).sort());
  });

  it(`${CATALOG_FILE} is current`, () => {
    expect(readFileSync(join(ROOT, CATALOG_FILE), 'utf8'), stale).toBe(catalogModule());
  });

  it('README rules table is current', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme, stale).toBe(withRulesTable(readme));
  });
});
