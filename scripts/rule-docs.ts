/**
 * Rule docs are generated from each rule's meta, never hand-copied:
 * docs/rules/<id>.md and the rules table in README.md (between the rules-table markers).
 * `npm run docs` writes them; test/docs.test.ts fails when they are stale.
 */
import { builtinRules } from '../rules/index.js';
import { RECOMMENDED } from '../src/config/presets.js';
import type { Rule } from '../src/types.js';

export const TABLE_START = '<!-- rules-table -->';
export const TABLE_END = '<!-- /rules-table -->';

function defaultSeverity(rule: Rule): string {
  return RECOMMENDED[rule.id] ?? 'off';
}

export function ruleDoc(rule: Rule): string {
  const list = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');
  return [
    `# ${rule.id}`,
    '',
    `> Generated from the rule's meta by \`npm run docs\`. Edit \`rules/${rule.id}.ts\`, not this file.`,
    '',
    rule.description,
    '',
    `- **Kind:** ${rule.kind}`,
    `- **In \`apology-lint:recommended\`:** ${defaultSeverity(rule)}`,
    `- **In \`apology-lint:strict\`:** error`,
    '',
    '## Why',
    '',
    rule.rationale,
    '',
    '## Flagged',
    '',
    list(rule.examples.bad),
    '',
    '## Fine',
    '',
    list(rule.examples.good),
    '',
    '## Turning it off',
    '',
    '```json',
    `{ "rules": { "${rule.id}": "off" } }`,
    '```',
    '',
    `or, for one reply: \`<!-- apology-lint-disable ${rule.id} -->\`.`,
    '',
  ].join('\n');
}

export function rulesTable(): string {
  const rows = [...builtinRules]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((rule) => `| [\`${rule.id}\`](docs/rules/${rule.id}.md) | ${rule.kind} | ${defaultSeverity(rule)} | ${rule.description} |`);
  return [TABLE_START, '| rule | kind | default | what it checks |', '|---|---|---|---|', ...rows, TABLE_END].join('\n');
}

/** README with its rules table replaced by the generated one. */
export function withRulesTable(readme: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start === -1 || end === -1) throw new Error(`README.md needs the ${TABLE_START} … ${TABLE_END} markers`);
  return readme.slice(0, start) + rulesTable() + readme.slice(end + TABLE_END.length);
}
