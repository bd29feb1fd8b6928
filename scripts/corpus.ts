/**
 * The labelled corpus (fixtures/corpus) and its scoring: every draft is linted with every
 * rule on and compared, per rule, with the rules its label says should fire.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtinRules } from '../rules/index.js';
import { Linter } from '../src/api.js';
import type { LintMessage } from '../src/engine/results.js';

export const CORPUS_DIR = new URL('../fixtures/corpus/', import.meta.url).pathname;
export const TARGET = { precision: 0.9, recall: 0.85 } as const;

export interface CorpusDraft {
  /** Path relative to the corpus folder: "retail/001-late-parcel.txt". */
  id: string;
  path: string;
  expected: ReadonlySet<string>;
  why?: string;
}

export interface DraftOutcome {
  draft: CorpusDraft;
  fired: Map<string, LintMessage[]>;
}

export interface RuleScore {
  ruleId: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

interface LabelEntry {
  fires: string[];
  why?: string;
}

export function loadCorpus(dir = CORPUS_DIR, folders?: readonly string[]): CorpusDraft[] {
  const known = new Set(builtinRules.map((rule) => rule.id));
  const drafts: CorpusDraft[] = [];
  for (const folder of readdirSync(dir, { withFileTypes: true })) {
    if (!folder.isDirectory() || (folders && !folders.includes(folder.name))) continue;
    const base = join(dir, folder.name);
    if (!existsSync(join(base, 'labels.json'))) throw new Error(`fixtures/corpus/${folder.name} has no labels.json`);
    const labels = JSON.parse(readFileSync(join(base, 'labels.json'), 'utf8')) as Record<string, LabelEntry>;
    const files = readdirSync(base).filter((name) => name !== 'labels.json').sort();
    for (const name of files) {
      const label = labels[name];
      if (!label) throw new Error(`${folder.name}/${name} has no entry in labels.json`);
      for (const id of label.fires) {
        if (!known.has(id)) throw new Error(`${folder.name}/${name}: unknown rule id "${id}" in labels.json`);
      }
      drafts.push({ id: `${folder.name}/${name}`, path: join(base, name), expected: new Set(label.fires), why: label.why });
    }
    for (const name of Object.keys(labels)) {
      if (!files.includes(name)) throw new Error(`${folder.name}/labels.json names a missing file "${name}"`);
    }
  }
  return drafts;
}

export async function lintCorpus(drafts: readonly CorpusDraft[]): Promise<DraftOutcome[]> {
  const all = Object.fromEntries(builtinRules.map((rule) => [rule.id, 'error' as const]));
  const linter = await Linter.create({ cwd: CORPUS_DIR, useConfigFile: false, rules: all, expectApology: 'auto' });
  const outcomes: DraftOutcome[] = [];
  for (const draft of drafts) {
    const result = await linter.lintText(readFileSync(draft.path, 'utf8'), relative(CORPUS_DIR, draft.path));
    const fired = new Map<string, LintMessage[]>();
    for (const message of result.messages) {
      if (!message.ruleId) throw new Error(`${draft.id}: ${message.message}`);
      fired.set(message.ruleId, [...(fired.get(message.ruleId) ?? []), message]);
    }
    outcomes.push({ draft, fired });
  }
  return outcomes;
}

export function score(outcomes: readonly DraftOutcome[], ruleIds = builtinRules.map((rule) => rule.id)): RuleScore[] {
  const rows = ruleIds.map((ruleId) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { draft, fired } of outcomes) {
      const expected = draft.expected.has(ruleId);
      const actual = fired.has(ruleId);
      if (expected && actual) tp++;
      else if (actual) fp++;
      else if (expected) fn++;
    }
    return row(ruleId, tp, fp, fn);
  });
  const total = rows.reduce((sum, r) => ({ tp: sum.tp + r.tp, fp: sum.fp + r.fp, fn: sum.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });
  return [...rows, row('overall', total.tp, total.fp, total.fn)];
}

function row(ruleId: string, tp: number, fp: number, fn: number): RuleScore {
  // No findings and nothing expected is a perfect score, not a division by zero.
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ruleId, tp, fp, fn, precision, recall, f1 };
}

export function meetsTarget(r: RuleScore): boolean {
  return r.precision >= TARGET.precision && r.recall >= TARGET.recall;
}
