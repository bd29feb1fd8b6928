/**
 * The labelled corpus is the rules' acceptance test: `npm run eval` prints the table, and
 * this test fails when any rule drops below the target, so a rule change that trades one
 * rule's accuracy for another's cannot land unnoticed.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lintText } from '../../src/api.js';
import { lintCorpus, loadCorpus, score, TARGET, type DraftOutcome } from '../../scripts/corpus.js';

const drafts = loadCorpus();
let outcomes: DraftOutcome[];

beforeAll(async () => {
  outcomes = await lintCorpus(drafts);
}, 60_000);

describe('the labelled corpus', () => {
  it('has at least 200 drafts across the six industries', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(200);
    const industries = new Set(drafts.map((d) => d.id.split('/')[0]));
    expect([...industries].sort()).toEqual(['airline', 'bank', 'games', 'retail', 'saas', 'utilities']);
  });

  it('has positives for every rule', () => {
    for (const rule of builtinRules) {
      expect(drafts.filter((d) => d.expected.has(rule.id)).length, rule.id).toBeGreaterThanOrEqual(15);
    }
  });

  for (const rule of builtinRules) {
    it(`${rule.id} meets precision >= ${TARGET.precision} and recall >= ${TARGET.recall}`, () => {
      const row = score(outcomes, [rule.id])[0]!;
      expect(row.precision, `${rule.id} precision (tp ${row.tp}, fp ${row.fp})`).toBeGreaterThanOrEqual(TARGET.precision);
      expect(row.recall, `${rule.id} recall (tp ${row.tp}, fn ${row.fn})`).toBeGreaterThanOrEqual(TARGET.recall);
    });
  }

  it('skips every draft that is not in English, with a note and no findings', async () => {
    const foreign = ['airline', 'bank', 'games', 'retail', 'saas', 'utilities'].flatMap((i) => [`${i}/006`, `${i}/007`]);
    for (const prefix of foreign) {
      const draft = drafts.find((d) => d.id.startsWith(prefix))!;
      const [result] = await lintText(readFileSync(draft.path, 'utf8'), { useConfigFile: false, expectApology: true });
      expect(result!.messages, draft.id).toEqual([]);
      expect(result!.drafts[0]!.skipped, draft.id).toMatchObject({ reason: 'not-english' });
    }
  });
});
