/** `apology-lint rules` and `apology-lint explain <id>`: the rules describe themselves. */
import type { ChalkInstance } from 'chalk';
import { closest, distance } from 'fastest-levenshtein';
import { Linter } from './linter.js';
import { ConfigError } from './config/index.js';
import type { RuleInfo, Severity } from './types.js';

interface RuleRow {
  rule: RuleInfo;
  /** What the rule runs at with no config file (recommended preset), or a plugin's own default. */
  severity: Severity;
}

async function ruleRows(): Promise<RuleRow[]> {
  // Plugin rules come from the project's config; severities from the bare preset.
  const preset = await Linter.create({ useConfigFile: false });
  let rules = preset.rules;
  try {
    rules = (await Linter.create()).rules;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error; // a broken config still lets you list built-ins
  }
  const defaults = preset.configFor('reply.txt').rules;
  return [...rules]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((rule) => ({ rule, severity: defaults[rule.id]?.severity ?? rule.severity }));
}

export async function listRules(chalk: ChalkInstance): Promise<string> {
  const rows = await ruleRows();
  const idWidth = Math.max(4, ...rows.map((row) => row.rule.id.length));
  const header = `${'RULE'.padEnd(idWidth)}  ${'KIND'.padEnd(8)}  ${'DEFAULT'.padEnd(7)}  DESCRIPTION`;
  const lines = rows.map(({ rule, severity }) => {
    const shown = severity === 'error' ? chalk.red('error') : severity === 'warn' ? chalk.yellow('warn') : chalk.dim('off');
    return `${rule.id.padEnd(idWidth)}  ${rule.kind.padEnd(8)}  ${shown}${' '.repeat(7 - severity.length)}  ${rule.description}`;
  });
  return `${chalk.bold(header)}\n${lines.join('\n')}\n\nDEFAULT is the severity in apology-lint:recommended. "apology-lint explain <rule>" shows examples.\n`;
}

export async function explainRule(ruleId: string, chalk: ChalkInstance): Promise<string> {
  const rows = await ruleRows();
  const row = rows.find((r) => r.rule.id === ruleId);
  if (!row) {
    const ids = rows.map((r) => r.rule.id);
    const guess = closest(ruleId, ids);
    const hint = distance(ruleId, guess) <= Math.max(2, ruleId.length / 3) ? ` — did you mean "${guess}"?` : '; run "apology-lint rules" to list them';
    throw new ConfigError(`unknown rule "${ruleId}"${hint}`);
  }
  const { rule, severity } = row;
  const list = (items: readonly string[], mark: string): string => items.map((item) => `  ${mark} ${item}`).join('\n');
  return [
    `${chalk.bold(rule.id)}  ${chalk.dim(`${rule.kind} rule · default ${severity}`)}`,
    '',
    rule.description,
    '',
    chalk.bold('Why'),
    `  ${rule.rationale}`,
    '',
    chalk.bold('Flagged'),
    list(rule.examples.bad, chalk.red('✗')),
    '',
    chalk.bold('Fine'),
    list(rule.examples.good, chalk.green('✓')),
    '',
  ].join('\n');
}
