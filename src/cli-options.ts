/** Reading the command line's values: each problem is one line a person can act on. */
import { FIX_KINDS } from './fix/kinds.js';
import type { RuleKind, RuleSetting } from './types.js';

/** A problem the user must fix before we can run: one line, exit 2. */
export class UsageError extends Error {}

/**
 * `--rule id:severity`, or ESLint's JSON form, which can also give options:
 * `--rule '{"missing-timeline": ["warn", {…}]}'`. The settings are checked with the config's.
 */
export function parseRuleFlags(flags: readonly string[]): Record<string, RuleSetting> | undefined {
  if (flags.length === 0) return undefined;
  const rules: Record<string, RuleSetting> = {};
  for (const flag of flags) {
    if (flag.trimStart().startsWith('{')) {
      Object.assign(rules, parseRuleJson(flag));
      continue;
    }
    const match = /^\s*([^:\s]+(?:\/[^:\s]+)?)\s*:\s*(\S+)\s*$/.exec(flag);
    if (!match) throw new UsageError(`--rule "${flag}": write it as id:severity, e.g. --rule blame-shifting:warn`);
    const severity = match[2]!;
    const numeric = /^[012]$/.test(severity) ? (Number(severity) as 0 | 1 | 2) : severity;
    rules[match[1]!] = numeric as RuleSetting;
  }
  return rules;
}

function parseRuleJson(flag: string): Record<string, RuleSetting> {
  let value: unknown;
  try {
    value = JSON.parse(flag);
  } catch {
    throw new UsageError(`--rule '${flag}': not valid JSON; write it as id:severity, or as JSON like '{"blame-shifting": "warn"}'`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(`--rule '${flag}': write it as id:severity, or as JSON like '{"blame-shifting": "warn"}'`);
  }
  return value as Record<string, RuleSetting>;
}

export function parseShard(value: string): { index: number; count: number } {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard "${value}": write it as i/n with 1 <= i <= n, e.g. --shard 2/4`);
  }
  return { index, count };
}

export function parseFixTypes(value: string | undefined): RuleKind[] | undefined {
  if (value === undefined) return undefined;
  const kinds = value.split(',').map((kind) => kind.trim()).filter(Boolean);
  for (const kind of kinds) {
    if (!(FIX_KINDS as readonly string[]).includes(kind)) {
      throw new UsageError(`--fix-type "${kind}": use presence, order or absence (comma-separated), e.g. --fix-type presence,absence`);
    }
  }
  if (kinds.length === 0) throw new UsageError('--fix-type: name at least one of presence, order, absence');
  return kinds as RuleKind[];
}

/** A unified diff of one file's fixes (empty when nothing changed). */
export async function fixDiff(label: string, before: string, after: string | undefined): Promise<string> {
  if (after === undefined || after === before) return '';
  // Loaded only for --fix-dry-run.
  const { createTwoFilesPatch } = await import('diff');
  return createTwoFilesPatch(`a/${label}`, `b/${label}`, before, after, undefined, undefined, { context: 3 }).replace(/^=+\n/m, '');
}

export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function parseCount(value: string): number {
  if (!/^-?\d+$/.test(value)) throw new UsageError(`--max-warnings "${value}": give a whole number`);
  return Number(value);
}

/** `--max-file-size`: bytes, or a number with kb, mb or gb (1 kb = 1,024 bytes), e.g. 10mb, 512kb, 1.5mb. */
export function parseSize(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|bytes?|kb?|kib|mb?|mib|gb?|gib)?\s*$/i.exec(value);
  const unit = (match?.[2] ?? 'b').toLowerCase()[0]!;
  const bytes = Math.round(Number(match?.[1]) * ({ b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 } as Record<string, number>)[unit]!);
  if (!match || !(bytes > 0)) throw new UsageError(`--max-file-size "${value}": give a size such as 10mb, 512kb or 1048576 (bytes)`);
  return bytes;
}
