import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { makeResult, fatalResult } from '../../src/engine/results.js';
import { json } from '../../src/formatters/json.js';
import { stylish } from '../../src/formatters/stylish.js';
import { ruleMeta } from '../../src/formatters/index.js';
import { builtinRules } from '../../rules/index.js';

const plain = { cwd: '/repo', chalk: new Chalk({ level: 0 }), quiet: false, rules: [], version: '0.0.0-test' };

const result = makeResult(
  '/repo/replies/late.txt',
  [
    {
      ruleId: 'non-apology',
      severity: 1,
      message: 'A stock apology names nothing you did.',
      line: 6,
      column: 7,
      endLine: 6,
      endColumn: 45,
      draft: 'late.txt',
      words: 'apologize for any inconvenience caused',
      suggestions: [{ desc: 'Name what went wrong', fix: { range: [120, 158], text: 'apologize for [what went wrong]' } }],
    },
    {
      ruleId: 'blame-shifting',
      severity: 2,
      message: 'Blames the courier.',
      line: 4,
      column: 1,
      endLine: 4,
      endColumn: 28,
      draft: 'late.txt',
      words: 'Our courier lost your parcel',
      suggestions: [{ desc: 'Own it', fix: { range: [40, 67], text: 'We lost your parcel' } }],
    },
    {
      ruleId: 'missing-apology',
      severity: 2,
      message: 'No apology.',
      line: 3,
      column: 1,
      endLine: 3,
      endColumn: 1,
      draft: 'late.txt',
      words: '',
      suggestions: [{ desc: 'Add an apology after the greeting', fix: { range: [9, 9], text: "I'm sorry we [what went wrong]. " } }],
    },
  ],
  [{ name: 'late.txt', line: 1, expectApology: true, completeness: { score: 0.33, covered: ['what-happened', 'fix'], missing: ['cause', 'timeline', 'prevention', 'follow-up'] } }],
);

describe('stylish', () => {
  const output = stylish([result], plain);

  it('prints findings sorted by position, with the words and the rewrite beneath', () => {
    expect(output).toBe(
      [
        'replies/late.txt',
        '  3:1  error  No apology.  missing-apology',
        "              → Add an apology after the greeting: I'm sorry we [what went wrong].",
        '  4:1  error  Blames the courier.  blame-shifting',
        '              “Our courier lost your parcel”',
        '              → We lost your parcel',
        '  6:7  warn   A stock apology names nothing you did.  non-apology',
        '              “apologize for any inconvenience caused”',
        '              → apologize for [what went wrong]',
        '  completeness 2/6 (33%) · missing the cause, when, prevention, follow-up',
        '',
        '✖ 3 problems (2 errors, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  it('--quiet shows errors only and no completeness line', () => {
    const quiet = stylish([result], { ...plain, quiet: true });
    expect(quiet).not.toContain('non-apology');
    expect(quiet).not.toContain('completeness');
    expect(quiet).toContain('✖ 2 problems (2 errors, 0 warnings)');
  });

  it('says what --fix would do: safe rewrites, and missing parts with --fix-type absence', () => {
    const withRules = { ...plain, rules: builtinRules.map(ruleMeta) };
    const fixable = makeResult('/repo/late.txt', [
      { ...result.messages.find((m) => m.ruleId === 'blame-shifting')!, fix: { range: [40, 67], text: 'We lost your parcel' } },
      result.messages.find((m) => m.ruleId === 'missing-apology')!,
      result.messages.find((m) => m.ruleId === 'non-apology')!,
    ], result.drafts);
    expect(stylish([fixable], withRules)).toContain(
      '✖ 3 problems (2 errors, 1 warning)\n  1 can be rewritten with --fix; 1 missing part can be added as sentences to fill in with --fix --fix-type absence\n',
    );
    expect(stylish([result], withRules)).not.toContain('can be rewritten');
  });

  it('says so when there is nothing to fix', () => {
    const clean = makeResult('/repo/ok.txt', [], [{ name: 'ok.txt', line: 1, expectApology: false, completeness: null }]);
    expect(stylish([clean], plain)).toBe('✔ No problems in 1 reply\n');
  });

  it('leaves fatal read errors to stderr, but never calls a run with unreadable files clean', () => {
    const unreadable = fatalResult('/repo/bad.txt', 'no such file or directory');
    const clean = makeResult('/repo/ok.txt', [], [{ name: 'ok.txt', line: 1, expectApology: false, completeness: null }]);
    expect(stylish([unreadable, clean], plain)).toBe('✖ 1 file could not be checked (see above)\n');
    expect(stylish([unreadable, result], plain)).toContain('✖ 3 problems (2 errors, 1 warning); 1 file could not be checked (see above)\n');
  });

  it('names each macro of a multi-draft file with its line', () => {
    const multi = makeResult(
      '/repo/macros.json',
      [{ ruleId: 'non-apology', severity: 2, message: 'Stock.', line: 9, column: 3, endLine: 9, endColumn: 9, draft: 'Refunds' }],
      [
        { name: 'Shipping', line: 2, expectApology: false, completeness: null },
        { name: 'Refunds', line: 8, expectApology: false, completeness: null },
      ],
    );
    expect(stylish([multi], plain)).toContain('  Refunds (line 8)\n  9:3  error  Stock.  non-apology');
    expect(stylish([multi], plain)).not.toContain('Shipping');
  });
});

describe('json', () => {
  it('is an ESLint-compatible array', () => {
    const parsed = JSON.parse(json([result], plain));
    expect(parsed).toHaveLength(1);
    const [file] = parsed;
    expect(Object.keys(file)).toEqual(
      expect.arrayContaining(['filePath', 'messages', 'errorCount', 'warningCount', 'fatalErrorCount', 'fixableErrorCount', 'fixableWarningCount', 'suppressedMessages', 'usedDeprecatedRules', 'drafts']),
    );
    expect(file.errorCount).toBe(2);
    expect(file.warningCount).toBe(1);
    expect(file.messages[0]).toMatchObject({ ruleId: 'missing-apology', severity: 2, line: 3, column: 1, endLine: 3, endColumn: 1 });
    expect(file.messages[2].suggestions[0]).toEqual({ desc: 'Name what went wrong', fix: { range: [120, 158], text: 'apologize for [what went wrong]' } });
    expect(file.drafts[0].completeness).toEqual({ score: 0.33, covered: ['what-happened', 'fix'], missing: ['cause', 'timeline', 'prevention', 'follow-up'] });
  });

  it('--quiet keeps, as ESLint does, only the files with errors, and only their errors', () => {
    const warningsOnly = makeResult('/repo/b.txt', result.messages.filter((m) => m.severity === 1), result.drafts);
    expect(warningsOnly.warningCount).toBe(1);
    const parsed = JSON.parse(json([result, warningsOnly], { ...plain, quiet: true }));
    expect(parsed.map((file: { filePath: string }) => file.filePath)).toEqual([result.filePath]);
    expect(parsed[0].messages.map((m: { severity: number }) => m.severity)).toEqual([2, 2]);
    expect(parsed[0]).toMatchObject({ errorCount: 2, warningCount: 0, fixableWarningCount: 0, fatalErrorCount: 0, drafts: JSON.parse(JSON.stringify(result.drafts)) });
  });
});
