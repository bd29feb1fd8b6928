/** The CI formats: compact, github, checkstyle, junit and sarif. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Chalk } from 'chalk';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { fatalResult, makeResult, type LintResult } from '../../src/engine/results.js';
import { checkstyle } from '../../src/formatters/checkstyle.js';
import { compact } from '../../src/formatters/compact.js';
import { escapeData, escapeProperty, github } from '../../src/formatters/github.js';
import { FORMATTERS, ruleMeta, type FormatContext } from '../../src/formatters/index.js';
import { junit } from '../../src/formatters/junit.js';
import { sarif } from '../../src/formatters/sarif.js';
import { xmlAttr, xmlText } from '../../src/formatters/xml.js';
import { ROOT, runCli } from '../helpers/cli.js';

// ---------------------------------------------------------------------------------------
// Results as the engine makes them.

const rules = builtinRules.map(ruleMeta);
const context: FormatContext = { cwd: '/repo', chalk: new Chalk({ level: 0 }), quiet: false, rules, version: '1.2.3' };
const quiet: FormatContext = { ...context, quiet: true };

const late = makeResult(
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
      endLine: 5,
      endColumn: 10,
      draft: 'late.txt',
      words: 'Our courier lost your\nparcel',
      suggestions: [{ desc: 'Own it', fix: { range: [40, 68], text: 'We lost your\nparcel' } }],
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

/** A macro library: three macros, one of them in Spanish and not checked. */
const library = makeResult(
  '/repo/macros/shipping.json',
  [
    {
      ruleId: 'excuses',
      severity: 2,
      message: '"out of our hands" sounds like an excuse.',
      line: 4,
      column: 20,
      endLine: 4,
      endColumn: 36,
      draft: 'Shipping::Late parcel',
      words: 'out of our hands',
      suggestions: [{ desc: 'Drop the excuse', fix: { range: [80, 96], text: '' } }],
    },
    {
      ruleId: 'non-apology',
      severity: 2,
      message: 'Stock apology.',
      line: 9,
      column: 3,
      endLine: 9,
      endColumn: 30,
      draft: 'Refunds',
      words: 'sorry for the inconvenience',
      suggestions: [{ desc: 'Name what went wrong', fix: { range: [150, 177], text: 'sorry we [what went wrong]' } }],
    },
    {
      ruleId: 'missing-timeline',
      severity: 1,
      message: 'Says nothing about when.',
      line: 10,
      column: 5,
      endLine: 10,
      endColumn: 5,
      draft: 'Refunds',
      words: '',
      suggestions: [{ desc: 'Add a sentence before the sign-off', fix: { range: [200, 200], text: ' We will fix it by [date].' } }],
    },
  ],
  [
    { name: 'Shipping::Late parcel', line: 2, expectApology: true, completeness: null },
    { name: 'Refunds', line: 8, expectApology: true, completeness: null },
    {
      name: 'Devoluciones',
      line: 14,
      expectApology: false,
      completeness: null,
      skipped: { reason: 'not-english', language: 'Spanish', message: 'Not checked: this draft is not in English (it looks like Spanish).' },
    },
  ],
);

const clean = makeResult('/repo/replies/ok.txt', [], [{ name: 'ok.txt', line: 1, expectApology: false, completeness: null }]);
const broken = fatalResult('/repo/replies/gone.txt', 'no such file or directory');

/** Everything a format has to escape: %, CR LF, commas, colons, quotes, markup, a control character. */
const TRICKY_MESSAGE = `100% wrong: <b>A & B</b>,\r\nit's "fine"\u0001`;
const tricky = makeResult(
  '/repo/replies/odd, "name".txt',
  [
    {
      ruleId: 'defensive-tone',
      severity: 2,
      message: TRICKY_MESSAGE,
      line: 2,
      column: 5,
      endLine: 2,
      endColumn: 12,
      draft: 'Macro: a, b',
      words: '<b>A & B</b>',
      suggestions: [{ desc: 'Say it plainly', fix: { range: [10, 22], text: 'a\nb & <c> 50%' } }],
    },
  ],
  [
    { name: 'Macro: a, b', line: 1, expectApology: true, completeness: null },
    { name: 'Other', line: 5, expectApology: true, completeness: null },
  ],
);

/** A JSON file that is not a macro library: linted, nothing to check. */
const notMacros: LintResult = { ...makeResult('/repo/config.json', [], []), skipped: { reason: 'not-macros', message: 'not a macro library, so it was skipped.' } };

const everything = [late, library, clean, broken, tricky];

// ---------------------------------------------------------------------------------------
// Parsing helpers.

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  // Decode numeric character references (`&#10;`), as every conforming XML parser does.
  htmlEntities: true,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['file', 'error', 'testsuite', 'testcase', 'failure', 'skipped'].includes(name),
});

/** Parse XML, failing with the validator's message when it is not well-formed. */
function parseXml(xml: string): any {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) expect.fail(`invalid XML: ${JSON.stringify(valid.err)}`);
  return xmlParser.parse(xml);
}

const require = createRequire(import.meta.url);
const SARIF_SCHEMA = JSON.parse(
  readFileSync(require.resolve('@microsoft/sarif-matcher-utils/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
) as Record<string, unknown>;
// ajv-draft-04 and ajv-formats are CommonJS; load them the way Node does.
const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
// The SARIF schema (rtm.5, and the OASIS 2.1.0 schema alike) has a malformed `language` pattern,
// `^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$` (a stray `]`), which is a syntax error as a
// Unicode regular expression; without the `u` flag it compiles, the `]` matching itself.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(SARIF_SCHEMA);

/** Parse SARIF and check it against the SARIF 2.1.0 schema, printing every error. */
function parseSarif(text: string): any {
  const log = JSON.parse(text);
  if (!validateSarif(log)) expect.fail(`SARIF does not match the 2.1.0 schema:\n${ajv.errorsText(validateSarif.errors, { separator: '\n' })}`);
  return log;
}

// ---------------------------------------------------------------------------------------

describe('the CI formats', () => {
  it('are all registered for --format', () => {
    expect(Object.keys(FORMATTERS)).toEqual(expect.arrayContaining(['stylish', 'json', 'compact', 'github', 'checkstyle', 'junit', 'sarif']));
  });

  it('never colour, and end with a newline', () => {
    const coloured = { ...context, chalk: new Chalk({ level: 3 }) };
    for (const format of [compact, github, checkstyle, junit, sarif]) {
      const output = format(everything, coloured);
      expect(output).not.toMatch(/\u001b\[/);
      expect(output.endsWith('\n')).toBe(true);
    }
  });
});

describe('compact', () => {
  it('prints one line per finding, sorted, with the macro name in a library, and a count', () => {
    expect(compact([late, library, clean], context)).toBe(
      [
        'replies/late.txt: line 3, col 1, Error - No apology. (missing-apology)',
        'replies/late.txt: line 4, col 1, Error - Blames the courier. (blame-shifting)',
        'replies/late.txt: line 6, col 7, Warning - A stock apology names nothing you did. (non-apology)',
        'macros/shipping.json: line 4, col 20, Error - [Shipping::Late parcel] "out of our hands" sounds like an excuse. (excuses)',
        'macros/shipping.json: line 9, col 3, Error - [Refunds] Stock apology. (non-apology)',
        'macros/shipping.json: line 10, col 5, Warning - [Refunds] Says nothing about when. (missing-timeline)',
        '',
        '6 problems',
        '',
      ].join('\n'),
    );
  });

  it('prints a file that could not be read as an Error without a rule', () => {
    expect(compact([broken], context)).toBe('replies/gone.txt: line 1, col 1, Error - no such file or directory\n\n1 problem\n');
  });

  it('keeps each finding on one line', () => {
    expect(compact([tricky], context)).toBe(
      `replies/odd, "name".txt: line 2, col 5, Error - [Macro: a, b] 100% wrong: <b>A & B</b>, it's "fine"\u0001 (defensive-tone)\n\n1 problem\n`,
    );
  });

  it('--quiet shows errors only', () => {
    const output = compact([late, library], quiet);
    expect(output).not.toContain('Warning');
    expect(output).toMatch(/\n\n4 problems\n$/);
  });

  it('prints nothing for a clean run', () => {
    expect(compact([clean], context)).toBe('');
    expect(compact([], context)).toBe('');
  });
});

describe('github', () => {
  it('escapes exactly as @actions/toolkit does', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext%3A a%2C b');
    // % first, so an escape is never escaped twice.
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('writes one annotation per finding, with the rewrite on a new line, and a plain summary', () => {
    expect(github([late, clean], context).split('\n')).toEqual([
      "::error file=replies/late.txt,line=3,col=1,endLine=3,endColumn=1,title=apology-lint (missing-apology)::No apology.%0ASuggested rewrite: Add an apology after the greeting: I'm sorry we [what went wrong].",
      '::error file=replies/late.txt,line=4,col=1,endLine=5,endColumn=10,title=apology-lint (blame-shifting)::Blames the courier.%0ASuggested rewrite: We lost your parcel',
      '::warning file=replies/late.txt,line=6,col=7,endLine=6,endColumn=45,title=apology-lint (non-apology)::A stock apology names nothing you did.%0ASuggested rewrite: apologize for [what went wrong]',
      'apology-lint: 3 problems (2 errors, 1 warning)',
      '',
    ]);
  });

  it('names the macro in the title of findings in a library', () => {
    const lines = github([library], context).split('\n');
    expect(lines[0]).toBe(
      '::error file=macros/shipping.json,line=4,col=20,endLine=4,endColumn=36,title=apology-lint (excuses) · Shipping%3A%3ALate parcel::"out of our hands" sounds like an excuse.%0ASuggested rewrite: Drop the excuse (delete it)',
    );
    expect(lines[2]).toBe(
      '::warning file=macros/shipping.json,line=10,col=5,endLine=10,endColumn=5,title=apology-lint (missing-timeline) · Refunds::Says nothing about when.%0ASuggested rewrite: Add a sentence before the sign-off: We will fix it by [date].',
    );
  });

  it('escapes %, CR, LF in the message and also : and , in the file name and title', () => {
    expect(github([tricky], context).split('\n')[0]).toBe(
      `::error file=replies/odd%2C "name".txt,line=2,col=5,endLine=2,endColumn=12,title=apology-lint (defensive-tone) · Macro%3A a%2C b::100%25 wrong: <b>A & B</b>,%0D%0Ait's "fine"\u0001%0ASuggested rewrite: a b & <c> 50%25`,
    );
  });

  it('annotates a file that could not be linted', () => {
    expect(github([broken], context)).toBe(
      '::error file=replies/gone.txt,line=1,col=1,title=apology-lint::no such file or directory\napology-lint: 1 problem (1 error, 0 warnings)\n',
    );
  });

  it('leaves out the file for standard input without a name', () => {
    const stdin = makeResult('<stdin>', [{ ruleId: 'non-apology', severity: 2, message: 'Stock.', line: 1, column: 1, endLine: 1, endColumn: 6 }], []);
    expect(github([stdin], context).split('\n')[0]).toBe('::error title=apology-lint (non-apology)::Stock.');
  });

  it('--quiet leaves out warnings; a clean run prints nothing; only annotations start with ::', () => {
    const output = github([late, library], quiet);
    expect(output).not.toContain('::warning');
    expect(output).toContain('apology-lint: 4 problems (4 errors, 0 warnings)\n');
    expect(github([clean], context)).toBe('');
    for (const line of github(everything, context).trimEnd().split('\n')) {
      expect(line.startsWith('::error ') || line.startsWith('::warning ') || !line.startsWith('::')).toBe(true);
    }
  });
});

describe('XML escaping', () => {
  it('escapes markup characters and replaces characters XML 1.0 cannot hold', () => {
    expect(xmlText(`<a href="x">Tom & 'Jerry'</a>`)).toBe(`&lt;a href="x"&gt;Tom &amp; 'Jerry'&lt;/a&gt;`);
    expect(xmlAttr(`<"Tom" & 'Jerry'>`)).toBe('&lt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&gt;');
    expect(xmlAttr('a\tb\r\nc')).toBe('a&#9;b&#13;&#10;c');
    expect(xmlText('bell\u0007 nul\u0000 esc\u001b ffff\uFFFF lone\uD800 emoji😀')).toBe('bell\uFFFD nul\uFFFD esc\uFFFD ffff\uFFFD lone\uFFFD emoji😀');
  });
});

describe('checkstyle', () => {
  const output = checkstyle(everything, context);
  const parsed = parseXml(output);
  const files = parsed.checkstyle.file as Array<{ name: string; error?: Array<Record<string, string>> }>;

  it('is valid Checkstyle XML listing every file, clean ones too', () => {
    expect(output.startsWith('<?xml version="1.0" encoding="utf-8"?><checkstyle version="4.3">')).toBe(true);
    expect(parsed.checkstyle.version).toBe('4.3');
    expect(files.map((f) => f.name)).toEqual([
      'replies/late.txt',
      'macros/shipping.json',
      'replies/ok.txt',
      'replies/gone.txt',
      'replies/odd, "name".txt',
    ]);
    expect(files[2]!.error).toBeUndefined();
  });

  it('gives line, column, severity, message and source for each finding', () => {
    expect(files[0]!.error).toEqual([
      { line: '3', column: '1', severity: 'error', message: 'No apology. (missing-apology)', source: 'apology-lint.missing-apology' },
      { line: '4', column: '1', severity: 'error', message: 'Blames the courier. (blame-shifting)', source: 'apology-lint.blame-shifting' },
      { line: '6', column: '7', severity: 'warning', message: 'A stock apology names nothing you did. (non-apology)', source: 'apology-lint.non-apology' },
    ]);
    expect(files[1]!.error![1]).toEqual({ line: '9', column: '3', severity: 'error', message: '[Refunds] Stock apology. (non-apology)', source: 'apology-lint.non-apology' });
    expect(files[3]!.error).toEqual([{ line: '1', column: '1', severity: 'error', message: 'no such file or directory', source: 'apology-lint' }]);
  });

  it('escapes quotes, markup and ampersands, and replaces control characters', () => {
    expect(output).toContain('<file name="replies/odd, &quot;name&quot;.txt">');
    expect(output).toContain('message="[Macro: a, b] 100% wrong: &lt;b&gt;A &amp; B&lt;/b&gt;, it&apos;s &quot;fine&quot;\uFFFD (defensive-tone)"');
    expect(files[4]!.error![0]!.message).toBe(`[Macro: a, b] 100% wrong: <b>A & B</b>, it's "fine"\uFFFD (defensive-tone)`);
  });

  it('--quiet leaves out warnings', () => {
    const quietFiles = parseXml(checkstyle([late], quiet)).checkstyle.file;
    expect(quietFiles[0].error.map((e: Record<string, string>) => e.severity)).toEqual(['error', 'error']);
  });

  it('is an empty report for no files', () => {
    expect(checkstyle([], context)).toBe('<?xml version="1.0" encoding="utf-8"?><checkstyle version="4.3"></checkstyle>\n');
  });
});

describe('junit', () => {
  const output = junit(everything, context);
  const parsed = parseXml(output);
  const root = parsed.testsuites;
  const suites = root.testsuite as any[];
  const suite = (name: string) => suites.find((s) => s.name === name)!;

  it('is valid XML with one suite per file and one test case per reply or macro', () => {
    expect(output.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="apology-lint" ')).toBe(true);
    expect(suites.map((s) => s.name)).toEqual(['replies/late.txt', 'macros/shipping.json', 'replies/ok.txt', 'replies/gone.txt', 'replies/odd, "name".txt']);
    expect(suite('macros/shipping.json').testcase.map((c: any) => c.name)).toEqual(['Shipping::Late parcel', 'Refunds', 'Devoluciones']);
    expect(suite('macros/shipping.json').testcase.every((c: any) => c.classname === 'macros/shipping.json')).toBe(true);
  });

  it('counts add up: tests = passed + failures + errors + skipped, per suite and in total', () => {
    expect(root).toMatchObject({ name: 'apology-lint', tests: '8', failures: '4', errors: '1', skipped: '1' });
    expect(suite('macros/shipping.json')).toMatchObject({ tests: '3', failures: '2', errors: '0', skipped: '1' });
    expect(suite('replies/ok.txt')).toMatchObject({ tests: '1', failures: '0', errors: '0', skipped: '0' });
    expect(suite('replies/gone.txt')).toMatchObject({ tests: '1', failures: '0', errors: '1', skipped: '0' });
    let tests = 0;
    for (const s of suites) {
      const cases = s.testcase as any[];
      const failed = cases.filter((c) => c.failure).length;
      const errored = cases.filter((c) => c.error).length;
      const skipped = cases.filter((c) => c.skipped).length;
      expect([Number(s.tests), Number(s.failures), Number(s.errors), Number(s.skipped)]).toEqual([cases.length, failed, errored, skipped]);
      tests += cases.length;
    }
    expect(Number(root.tests)).toBe(tests);
  });

  it('fails a macro with one <failure> per finding: position, rule, message, words and rewrite', () => {
    const refunds = suite('macros/shipping.json').testcase[1];
    expect(refunds.failure).toHaveLength(2);
    expect(refunds.failure[0]).toEqual({
      message: 'Stock apology.',
      type: 'non-apology',
      '#text': [
        'macros/shipping.json:9:3  error  non-apology',
        'Stock apology.',
        'Flagged words: “sorry for the inconvenience”',
        'Suggested rewrite: sorry we [what went wrong]',
      ].join('\n'),
    });
    expect(refunds.failure[1]['#text']).toBe(
      'macros/shipping.json:10:5  warning  missing-timeline\nSays nothing about when.\nSuggested rewrite: Add a sentence before the sign-off: We will fix it by [date].',
    );
    expect(suite('replies/late.txt').testcase[0].failure.map((f: any) => f.type)).toEqual(['missing-apology', 'blame-shifting', 'non-apology']);
  });

  it('passes a clean reply, skips one not in English, and errors a file that could not be read', () => {
    expect(output).toContain('<testcase name="ok.txt" classname="replies/ok.txt" />');
    expect(suite('macros/shipping.json').testcase[2].skipped).toEqual([{ message: 'Not checked: this draft is not in English (it looks like Spanish).' }]);
    const gone = suite('replies/gone.txt').testcase[0];
    expect(gone).toMatchObject({ name: 'gone.txt', classname: 'replies/gone.txt' });
    expect(gone.error).toEqual([{ message: 'no such file or directory', type: 'fatal', '#text': 'replies/gone.txt:1:1\nno such file or directory' }]);
  });

  it('keeps tricky messages intact in attributes and text', () => {
    const failure = suite('replies/odd, "name".txt').testcase[0].failure[0];
    const expected = TRICKY_MESSAGE.replace('\u0001', '\uFFFD');
    expect(failure.message).toBe(expected);
    expect(failure['#text']).toContain(`\n${expected}\nFlagged words: “<b>A & B</b>”\nSuggested rewrite: a b & <c> 50%`);
    expect(output).toContain('message="100% wrong: &lt;b&gt;A &amp; B&lt;/b&gt;,&#13;&#10;it&apos;s &quot;fine&quot;\uFFFD"');
  });

  it('--quiet passes a macro that has only warnings', () => {
    const warnOnly = makeResult('/repo/w.txt', [{ ...late.messages[2]!, draft: 'w.txt' }], [{ name: 'w.txt', line: 1, expectApology: true, completeness: null }]);
    const parsedQuiet = parseXml(junit([warnOnly], quiet)).testsuites;
    expect(parsedQuiet).toMatchObject({ tests: '1', failures: '0' });
    expect(parseXml(junit([warnOnly], context)).testsuites).toMatchObject({ tests: '1', failures: '1' });
  });

  it('skips a file that holds no replies', () => {
    const s = parseXml(junit([notMacros], context)).testsuites.testsuite[0];
    expect(s).toMatchObject({ tests: '1', skipped: '1' });
    expect(s.testcase[0]).toMatchObject({ name: 'config.json', skipped: [{ message: 'Not a macro library, so it was skipped.' }] });
  });
});

describe('sarif', () => {
  const log = parseSarif(sarif(everything, context));
  const run = log.runs[0];
  const results = run.results as any[];
  const resultFor = (ruleId: string, line: number) => results.find((r) => r.ruleId === ruleId && r.locations[0].physicalLocation.region.startLine === line)!;

  it('is a valid SARIF 2.1.0 log from apology-lint', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'apology-lint', version: '1.2.3', semanticVersion: '1.2.3' });
    expect(run.tool.driver.informationUri).toBeUndefined();
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } });
  });

  it('describes every rule, with help, default level and tags, even rules with no findings', () => {
    const descriptors = run.tool.driver.rules as any[];
    expect(descriptors.map((d) => d.id)).toEqual(builtinRules.map((r) => r.id));
    const timeline = descriptors.find((d) => d.id === 'missing-timeline')!;
    const rule = builtinRules.find((r) => r.id === 'missing-timeline')!;
    expect(timeline).toMatchObject({
      name: 'MissingTimeline',
      shortDescription: { text: rule.description },
      fullDescription: { text: rule.rationale },
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['apology', 'absence'] },
    });
    expect(timeline.help.text).toContain(rule.description);
    expect(timeline.help.text).toContain(rule.rationale);
    expect(timeline.help.text).toContain('absence rule');
    expect(timeline.help.markdown).toContain(`**${rule.description}**`);
    expect(descriptors.find((d) => d.id === 'blame-shifting')).toMatchObject({ name: 'BlameShifting', defaultConfiguration: { level: 'error' } });
    expect(descriptors.find((d) => d.id === 'missing-follow-up').name).toBe('MissingFollowUp');
    for (const descriptor of descriptors) expect(descriptor.help.markdown.length).toBeGreaterThan(descriptor.shortDescription.text.length);
  });

  it('points every result at its rule by ruleIndex', () => {
    expect(results).toHaveLength(7);
    for (const result of results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
  });

  it('gives level, message with the rewrite, and a region relative to %SRCROOT%', () => {
    expect(resultFor('blame-shifting', 4)).toMatchObject({
      level: 'error',
      message: { text: 'Blames the courier.\nSuggested rewrite: We lost your parcel' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'replies/late.txt', uriBaseId: '%SRCROOT%', index: 0 },
            region: { startLine: 4, startColumn: 1, endLine: 5, endColumn: 10 },
          },
        },
      ],
    });
    expect(resultFor('non-apology', 6).level).toBe('warning');
  });

  it('turns suggestions into fixes: replacement, insertion and deletion', () => {
    const location = { uri: 'replies/late.txt', uriBaseId: '%SRCROOT%', index: 0 };
    expect(resultFor('blame-shifting', 4).fixes).toEqual([
      {
        description: { text: 'Own it' },
        artifactChanges: [{ artifactLocation: location, replacements: [{ deletedRegion: { charOffset: 40, charLength: 28 }, insertedContent: { text: 'We lost your\nparcel' } }] }],
      },
    ]);
    expect(resultFor('missing-apology', 3).fixes[0].artifactChanges[0].replacements).toEqual([
      { deletedRegion: { charOffset: 9, charLength: 0 }, insertedContent: { text: "I'm sorry we [what went wrong]. " } },
    ]);
    expect(resultFor('excuses', 4).fixes[0].artifactChanges[0].replacements).toEqual([{ deletedRegion: { charOffset: 80, charLength: 16 } }]);
  });

  it('names the macro of a finding in a library, and only there', () => {
    const refunds = resultFor('non-apology', 9);
    expect(refunds.locations[0].logicalLocations).toEqual([{ name: 'Refunds' }]);
    expect(refunds.properties.draft).toBe('Refunds');
    expect(resultFor('non-apology', 6).locations[0].logicalLocations).toBeUndefined();
    expect(resultFor('non-apology', 6).properties.draft).toBeUndefined();
  });

  it('lists every linted file as an artifact, encoding the URI', () => {
    expect(run.artifacts.map((a: any) => a.location.uri)).toEqual([
      'replies/late.txt',
      'macros/shipping.json',
      'replies/ok.txt',
      'replies/gone.txt',
      'replies/odd%2C%20%22name%22.txt',
    ]);
    expect(run.artifacts.every((a: any) => a.location.uriBaseId === '%SRCROOT%' && a.roles[0] === 'analysisTarget')).toBe(true);
    for (const result of results) {
      const { index, uri } = result.locations[0].physicalLocation.artifactLocation;
      expect(run.artifacts[index].location.uri).toBe(uri);
    }
  });

  it('reports a file it could not lint as a failed-execution error notification, and unchecked drafts as notes', () => {
    const invocation = run.invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toEqual([
      { level: 'note', message: { text: 'Not checked: this draft is not in English (it looks like Spanish).' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'macros/shipping.json', uriBaseId: '%SRCROOT%', index: 1 }, region: { startLine: 14 } }, logicalLocations: [{ name: 'Devoluciones' }] }] },
      { level: 'error', message: { text: 'no such file or directory' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'replies/gone.txt', uriBaseId: '%SRCROOT%', index: 3 }, region: { startLine: 1, startColumn: 1 } } }] },
    ]);
    expect(parseSarif(sarif([notMacros], context)).runs[0].invocations[0]).toEqual({
      executionSuccessful: true,
      toolExecutionNotifications: [{ level: 'note', message: { text: 'Not a macro library, so it was skipped.' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'config.json', uriBaseId: '%SRCROOT%', index: 0 } } }] }],
    });
    const ok = parseSarif(sarif([late], context)).runs[0].invocations[0];
    expect(ok).toEqual({ executionSuccessful: true });
  });

  it('keeps tricky text as JSON strings', () => {
    const result = resultFor('defensive-tone', 2);
    expect(result.message.text).toBe(`${TRICKY_MESSAGE}\nSuggested rewrite: a b & <c> 50%`);
    expect(result.locations[0].logicalLocations).toEqual([{ name: 'Macro: a, b' }]);
  });

  it('--quiet keeps errors only, and no notes', () => {
    const quietRun = parseSarif(sarif(everything, quiet)).runs[0];
    expect(quietRun.results.every((r: any) => r.level === 'error')).toBe(true);
    expect(quietRun.results).toHaveLength(5);
    expect(quietRun.invocations[0].toolExecutionNotifications.map((n: any) => n.level)).toEqual(['error']);
    expect(quietRun.tool.driver.rules).toHaveLength(builtinRules.length);
  });

  it('is valid for a clean run, standard input, a file outside the working folder and a plugin rule', () => {
    expect(parseSarif(sarif([clean], context)).runs[0].results).toEqual([]);
    expect(parseSarif(sarif([], context)).runs[0].artifacts).toEqual([]);
    const stdin = makeResult('<stdin>', [{ ruleId: 'non-apology', severity: 2, message: 'Stock.', line: 1, column: 1, endLine: 1, endColumn: 6 }], []);
    const outside = makeResult('/elsewhere/a b.txt', [{ ruleId: 'acme/no-jargon', severity: 1, message: 'Jargon.', line: 1, column: 1, endLine: 1, endColumn: 9 }], []);
    const plugin = { id: 'acme/no-jargon', kind: 'presence' as const, severity: 'warn' as const, description: 'No jargon.', rationale: 'Customers do not say "actioned".' };
    const mixed = parseSarif(sarif([stdin, outside], { ...context, version: '0.0.0-dev', rules: [...rules, plugin] })).runs[0];
    expect(mixed.artifacts.map((a: any) => a.location)).toEqual([
      { uri: '%3Cstdin%3E', description: { text: 'standard input' } },
      { uri: 'file:///elsewhere/a%20b.txt' },
    ]);
    expect(mixed.results[1]).toMatchObject({ ruleId: 'acme/no-jargon', ruleIndex: rules.length });
    expect(mixed.tool.driver.rules[rules.length].name).toBe('AcmeNoJargon');
    // A finding from a rule the context does not describe keeps its id but no index.
    const unknown = parseSarif(sarif([outside], context)).runs[0].results[0];
    expect(unknown.ruleId).toBe('acme/no-jargon');
    expect(unknown.ruleIndex).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------

describe('apology-lint --format <ci format> (end to end)', () => {
  const draft = 'fixtures/drafts/late-parcel.txt';

  it('compact', () => {
    const run = runCli([draft, '--format', 'compact']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^fixtures\/drafts\/late-parcel\.txt: line 3, col 49, Error - Blames the courier.* \(blame-shifting\)$/m);
    expect(run.stdout).toMatch(/\n\n\d+ problems\n$/);
  });

  it('github', () => {
    const run = runCli([draft, '--format', 'github']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /^::error file=fixtures\/drafts\/late-parcel\.txt,line=3,col=49,endLine=\d+,endColumn=\d+,title=apology-lint \(blame-shifting\)::Blames the courier[^\n]*%0ASuggested rewrite: We lost your parcel[^\n]*$/m,
    );
    expect(run.stdout).toMatch(/\napology-lint: \d+ problems \(\d+ errors?, \d+ warnings?\)\n$/);
  });

  it('checkstyle', () => {
    const run = runCli([draft, '--format', 'checkstyle']);
    expect(run.status).toBe(1);
    const file = parseXml(run.stdout).checkstyle.file[0];
    expect(file.name).toBe(draft);
    expect(file.error).toContainEqual(expect.objectContaining({ line: '3', column: '49', severity: 'error', source: 'apology-lint.blame-shifting' }));
  });

  it('junit', () => {
    const run = runCli([draft, '--format', 'junit']);
    expect(run.status).toBe(1);
    const root = parseXml(run.stdout).testsuites;
    expect(root).toMatchObject({ tests: '1', failures: '1', errors: '0' });
    const testcase = root.testsuite[0].testcase[0];
    expect(testcase).toMatchObject({ name: 'late-parcel.txt', classname: draft });
    expect(testcase.failure.map((f: any) => f.type)).toContain('blame-shifting');
  });

  it('sarif', () => {
    const run = runCli([draft, '--format', 'sarif']);
    expect(run.status).toBe(1);
    const sarifRun = parseSarif(run.stdout).runs[0];
    expect(sarifRun.tool.driver.rules).toHaveLength(builtinRules.length);
    expect(sarifRun.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    const blame = sarifRun.results.find((r: any) => r.ruleId === 'blame-shifting');
    expect(blame.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: draft, uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 49 } });
    expect(sarifRun.tool.driver.rules[blame.ruleIndex].id).toBe('blame-shifting');
    // The fix's character range really is the flagged text in the file.
    const text = readFileSync(`${ROOT}${draft}`, 'utf8');
    const { charOffset, charLength } = blame.fixes[0].artifactChanges[0].replacements[0].deletedRegion;
    expect(text.slice(charOffset, charOffset + charLength).replace(/\s+/g, ' ')).toMatch(/^Our courier lost your parcel/);
  });
});
