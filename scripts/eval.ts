/**
 * npm run eval [-- --verbose] [-- --rule <id>] [-- --folder <industry>]
 * Prints precision, recall and F1 per rule on the labelled corpus, and with --verbose every
 * draft where a rule and its label disagree. Exits 1 when a rule misses the target.
 */
import { parseArgs } from 'node:util';
import { lintCorpus, loadCorpus, meetsTarget, score, TARGET } from './corpus.js';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', short: 'v' }, rule: { type: 'string', multiple: true }, folder: { type: 'string', multiple: true } } });
const drafts = loadCorpus(undefined, values.folder);
const started = performance.now();
const outcomes = await lintCorpus(drafts);
const elapsed = performance.now() - started;
const rows = score(outcomes).filter((r) => !values.rule || values.rule.includes(r.ruleId) || r.ruleId === 'overall');

const pct = (n: number) => n.toFixed(2);
console.log(`${drafts.length} drafts, linted in ${Math.round(elapsed)} ms. Target: precision >= ${TARGET.precision}, recall >= ${TARGET.recall}.\n`);
console.log(`${'rule'.padEnd(20)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}  precision  recall    F1`);
for (const r of rows) {
  const mark = r.ruleId === 'overall' ? '' : meetsTarget(r) ? '' : '  <- below target';
  console.log(
    `${r.ruleId.padEnd(20)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}  ${pct(r.precision).padStart(9)}  ${pct(r.recall).padStart(6)}  ${pct(r.f1).padStart(4)}${mark}`,
  );
}

if (values.verbose) {
  for (const r of rows) {
    if (r.ruleId === 'overall') continue;
    for (const { draft, fired } of outcomes) {
      const expected = draft.expected.has(r.ruleId);
      const messages = fired.get(r.ruleId);
      if (expected === Boolean(messages)) continue;
      const kind = expected ? 'missed' : 'false alarm';
      const detail = messages?.map((m) => `${m.line}:${m.column} "${m.words ?? ''}"`).join('; ') ?? draft.why ?? '';
      console.log(`\n${r.ruleId} ${kind}: ${draft.id}\n  ${detail}`);
    }
  }
}

process.exitCode = rows.filter((r) => r.ruleId !== 'overall').every(meetsTarget) ? 0 : 1;
