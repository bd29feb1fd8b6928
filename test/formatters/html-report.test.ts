/**
 * The HTML report (`--format html`): the markup it writes (escaping, overlapping highlights),
 * what a browser actually shows (real Chromium, opened from disk), and the CLI writing it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Chalk } from 'chalk';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { Linter } from '../../src/api.js';
import { fatalResult, makeResult, type DraftSummary, type LintMessage, type LintResult } from '../../src/engine/results.js';
import { escapeHtml, highlightText, html } from '../../src/formatters/html.js';
import { FORMATTERS, ruleMeta, type FormatContext } from '../../src/formatters/index.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { describeWithTool } from '../helpers/tools.js';

const rules = builtinRules.map(ruleMeta);
const context: FormatContext = { cwd: '/repo', chalk: new Chalk({ level: 0 }), quiet: false, rules, version: '1.2.3' };

const tmp = mkdtempSync(join(tmpdir(), 'apology-lint-html-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// ---------------------------------------------------------------------------------------
// Hand-made results, as the engine makes them with includeDraftText.

function finding(partial: Partial<LintMessage> & Pick<LintMessage, 'ruleId' | 'message'>): LintMessage {
  return { severity: 2, line: 1, column: 1, endLine: 1, endColumn: 1, ...partial };
}

function draft(name: string, text: string | undefined, extra: Partial<DraftSummary> = {}): DraftSummary {
  return { name, line: 1, expectApology: true, completeness: null, ...(text === undefined ? {} : { text }), ...extra };
}

const EVIL_TEXT = 'Hi <script>alert(1)</script>,\n\nYour order was delayed </textarea> "><img src=x onerror=alert(2)> & more.';
const evil = makeResult(
  '/repo/macros/<b>evil</b> & "co".txt',
  [
    finding({
      ruleId: 'evasive-passive',
      severity: 1,
      message: '"Your order was delayed" hides who did it; say <we>.',
      line: 3,
      column: 1,
      draft: '"><img src=x onerror=alert(3)>',
      words: 'Your order was delayed',
      draftRange: [31, 53],
      suggestions: [{ desc: 'Say who', fix: { range: [31, 53], text: 'We delayed <script>alert(4)</script>' } }],
    }),
  ],
  [draft('"><img src=x onerror=alert(3)>', EVIL_TEXT, { completeness: { score: 0.17, covered: ['what-happened'], missing: ['cause', 'fix', 'timeline', 'prevention', 'follow-up'] } })],
);

/**
 * Overlaps as the rules really make them: "We regret any" (non-apology) overlaps "regret any
 * inconvenience this may have caused" (non-apology again); blame-shifting holds an excuse.
 */
const OVERLAP_TEXT = 'We regret any inconvenience this may have caused. The warehouse was short-staffed.';
const overlap = makeResult(
  '/repo/macros/overlap.txt',
  [
    finding({ ruleId: 'non-apology', message: 'Regret, no apology.', draft: 'overlap.txt', words: 'We regret any', draftRange: [0, 13] }),
    finding({
      ruleId: 'minimizing',
      severity: 1,
      message: 'Hedges.',
      column: 4,
      draft: 'overlap.txt',
      words: 'regret any inconvenience this may have caused',
      draftRange: [3, 48],
    }),
    finding({ ruleId: 'blame-shifting', message: 'Blames the warehouse.', column: 51, draft: 'overlap.txt', words: 'The warehouse was short-staffed', draftRange: [50, 81] }),
    finding({ ruleId: 'excuses', message: 'An excuse.', column: 69, draft: 'overlap.txt', words: 'short-staffed', draftRange: [68, 81] }),
    finding({
      ruleId: 'missing-apology',
      message: 'No apology.',
      column: 82,
      draft: 'overlap.txt',
      words: '',
      draftRange: [0, 0],
      suggestions: [{ desc: 'Add an apology after the greeting', fix: { range: [0, 0], text: "We're sorry we [what went wrong]. " } }],
    }),
  ],
  [draft('overlap.txt', OVERLAP_TEXT)],
);

/** Text fragments of the document under `root` whose element matches `test`, in order. */
function textsOf(doc: ReturnType<typeof parseDocument>, test: (el: { name: string; attribs: Record<string, string> }) => boolean): string[] {
  return DomUtils.findAll((el) => test(el), doc.children).map((el) => DomUtils.textContent(el));
}

describe('html report markup', () => {
  it('is registered as --format html', () => {
    expect(FORMATTERS.html).toBe(html);
  });

  it('escapes every user-provided string: paths, macro names, text, messages and rewrites', () => {
    const page = html([evil], context);
    // Only the report's own script element, and no element or handler from the reply.
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).not.toContain('<img');
    expect(page).not.toContain('</textarea>');
    expect(page).not.toMatch(/<b>evil/);
    expect(page).toContain('Hi &lt;script&gt;alert(1)&lt;/script&gt;,');
    expect(page).toContain('&lt;/textarea&gt; &quot;&gt;&lt;img src=x onerror=alert(2)&gt; &amp; more.');
    expect(page).toContain('<h3>macros/&lt;b&gt;evil&lt;/b&gt; &amp; &quot;co&quot;.txt</h3>');
    expect(page).toContain('data-file="macros/&lt;b&gt;evil&lt;/b&gt; &amp; &quot;co&quot;.txt"');
    expect(page).toContain('<h4 class="reply-name">&quot;&gt;&lt;img src=x onerror=alert(3)&gt;</h4>');
    expect(page).toContain('data-reply="&quot;&gt;&lt;img src=x onerror=alert(3)&gt;"');
    expect(page).toContain('<span class="msg">&quot;Your order was delayed&quot; hides who did it; say &lt;we&gt;.</span>');
    expect(page).toContain('<ins>We delayed &lt;script&gt;alert(4)&lt;/script&gt;</ins>');
    // The tooltip is an attribute: quotes and brackets escaped there too.
    expect(page).toContain('title="warning · evasive-passive: &quot;Your order was delayed&quot; hides who did it; say &lt;we&gt;."');

    // Parsed back, the reply reads exactly as written.
    const doc = parseDocument(page);
    expect(textsOf(doc, (el) => el.attribs.class === 'reply-text')).toEqual([EVIL_TEXT]);
    expect(textsOf(doc, (el) => el.name === 'h4')).toEqual(['"><img src=x onerror=alert(3)>']);
  });

  it('escapeHtml covers element content and both attribute quotes', () => {
    expect(escapeHtml(`<a href='x' title="y">&amp;</a>`)).toBe('&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('splits overlapping and nested findings into marks that never nest', () => {
    const page = html([overlap], context);
    const text = /<div class="reply-text">([\s\S]*?)<\/div>/.exec(page)![1];
    expect(text).toBe(
      '<mark class="sev-error" data-f="f1" title="error · non-apology: Regret, no apology.">We </mark>' +
        '<mark class="sev-error multi" data-f="f1 f2" title="error · non-apology: Regret, no apology.\nwarning · minimizing: Hedges.">regret any</mark>' +
        '<mark class="sev-warning" data-f="f2" title="warning · minimizing: Hedges."> inconvenience this may have caused</mark>. ' +
        '<mark class="sev-error" data-f="f3" title="error · blame-shifting: Blames the warehouse.">The warehouse was </mark>' +
        '<mark class="sev-error multi" data-f="f3 f4" title="error · blame-shifting: Blames the warehouse.\nerror · excuses: An excuse.">short-staffed</mark>.',
    );
    // Each finding's marks, in order, spell its words; the absence finding (f5) has none.
    const doc = parseDocument(page);
    const marksOf = (id: string) => textsOf(doc, (el) => el.name === 'mark' && el.attribs['data-f']!.split(' ').includes(id)).join('');
    expect(['f1', 'f2', 'f3', 'f4', 'f5'].map(marksOf)).toEqual(['We regret any', 'regret any inconvenience this may have caused', 'The warehouse was short-staffed', 'short-staffed', '']);
    expect(DomUtils.findAll((el) => el.name === 'mark' && DomUtils.findAll((inner) => inner.name === 'mark', el.children).length > 0, doc.children)).toEqual([]);
    // The absence finding is listed, with where to add what.
    expect(page).toContain('<li class="finding sev-error" id="f5" data-rule="missing-apology">');
    expect(page).toContain(
      '<div class="rewrite add"><span class="desc">Add an apology after the greeting:</span> <ins>We&#39;re sorry we <span class="slot">[what went wrong]</span>.</ins></div>',
    );
  });

  it('highlightText ignores empty and out-of-range spans and never splits a surrogate pair', () => {
    const span = (id: string, start: number, end: number) => ({ id, start, end, severity: 1 as const, title: id });
    expect(highlightText('a<b', [span('x', 2, 2), span('y', 5, 9), span('z', -3, 1)])).toBe('<mark class="sev-warning" data-f="z" title="z">a</mark>&lt;b');
    // 😀 is two UTF-16 units (1 and 2); a cut at 2 would split it.
    expect(highlightText('a😀b', [span('x', 0, 2)])).toBe('<mark class="sev-warning" data-f="x" title="x">a</mark>😀b');
    expect(highlightText('same', [span('x', 0, 4), span('y', 0, 4)])).toBe('<mark class="sev-warning multi" data-f="x y" title="x\ny">same</mark>');
  });

  it('shows replacements as the words → the rewrite, and deletions by their description', () => {
    const result = makeResult(
      '/repo/a.txt',
      [
        finding({
          ruleId: 'blame-shifting',
          message: 'Blames the courier.',
          draft: 'a.txt',
          words: 'Our courier lost your\nparcel',
          draftRange: [0, 28],
          suggestions: [{ desc: 'Own it', fix: { range: [0, 28], text: 'We lost your\nparcel' } }],
        }),
        finding({
          ruleId: 'excuses',
          message: 'An excuse.',
          draft: 'a.txt',
          column: 31,
          words: 'due to high volume',
          draftRange: [30, 48],
          // The deletion takes the space before the words too.
          suggestions: [{ desc: 'Drop the excuse', fix: { range: [29, 48], text: '' } }],
        }),
      ],
      [draft('a.txt', 'Our courier lost your\nparcel, due to high volume.')],
    );
    const page = html([result], context);
    expect(page).toContain('<div class="rewrite"><q class="words">Our courier lost your parcel</q><span class="arrow" aria-label="rewrite as">→</span><ins>We lost your parcel</ins></div>');
    expect(page).toContain('<div class="rewrite del"><q class="words">due to high volume</q><span class="arrow" aria-label="rewrite as">→</span><span class="del">Drop the excuse (delete it)</span></div>');
  });

  it('lists findings without the text when the results have none (API users without includeDraftText)', () => {
    const withoutText = makeResult(
      '/repo/a.txt',
      [finding({ ruleId: 'non-apology', message: 'Stock apology.', draft: 'a.txt', words: 'sorry for the inconvenience', line: 3, column: 5 })],
      [draft('a.txt', undefined)],
    );
    const page = html([withoutText], context);
    expect(page).not.toContain('class="reply-text"');
    expect(page).not.toContain('<mark');
    expect(page).toContain('<span class="pos">3:5</span><code class="rule" title="Apologise for what you did');
    expect(page).toContain('<q class="words">sorry for the inconvenience</q>');
  });

  it('reports unreadable files, skipped replies and clean replies; --quiet keeps errors only', () => {
    const broken = fatalResult('/repo/macros/<broken>.json', 'could not read this JSON file: a string is not closed (line 3, column 22)', 3, 22);
    const mixed = makeResult(
      '/repo/macros/library.json',
      [finding({ ruleId: 'minimizing', severity: 1, message: 'Minimises.', draft: 'Late', words: 'just', draftRange: [3, 7] })],
      [
        draft('Late', 'It just broke.', { line: 2 }),
        draft('Clean', 'All good.', { line: 3, completeness: { score: 1, covered: ['what-happened', 'cause', 'fix', 'timeline', 'prevention', 'follow-up'], missing: [] } }),
        draft('Retard', 'Bonjour, désolé.', { line: 4, skipped: { reason: 'not-english', language: 'French', message: 'Not checked: this draft is not in English.' } }),
      ],
    );
    const page = html([broken, mixed], context);
    expect(page).toContain('<div class="total unreadable bad" data-total="unreadable"><dt>Files that could not be checked</dt><dd>1</dd></div>');
    expect(page).toContain('<li><code>macros/&lt;broken&gt;.json</code>: could not read this JSON file: a string is not closed (line 3, column 22)</li>');
    expect(page).toContain('<div class="total skipped" data-total="skipped"><dt>Replies skipped (not English)</dt><dd>1</dd></div>');
    expect(page).toContain('<div class="total replies" data-total="replies"><dt>Replies checked</dt><dd>2</dd></div>');
    expect(page).toContain('<p class="note">Not checked: this draft is not in English.</p>');
    expect(page).toMatch(/<details class="reply clean" data-reply="Clean" data-rules="">\n<summary class="reply-head"><h4 class="reply-name">Clean<\/h4><span class="muted reply-line">line 3<\/span><span class="badge ok">no problems<\/span>/);
    expect(page).toContain('<p class="score" data-average="100">Average completeness: <strong>100%</strong>');

    const quiet = html([broken, mixed], { ...context, quiet: true });
    expect(quiet).toContain('<div class="total warnings" data-total="warnings"><dt>Warnings</dt><dd>0</dd></div>');
    expect(quiet).not.toContain('data-rule="minimizing"');
  });

  it('loads nothing: a CSP allows only its own script, and no URL is referenced', () => {
    const page = html([evil, overlap], context);
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; script-src &#39;sha256-[A-Za-z0-9+/=]+&#39;;/);
    const linking = DomUtils.findAll((el) => Object.keys(el.attribs).some((name) => /^(?:src|srcset|href|action|formaction|poster|background|ping)$|^on/.test(name)), parseDocument(page).children);
    expect(linking.map((el) => el.name)).toEqual([]);
    expect(page).not.toMatch(/url\(|@import|https?:\/\//i);
  });
});

// ---------------------------------------------------------------------------------------
// In a browser: what the support lead actually sees.

const CHROMIUM = '/usr/bin/chromium';

const BAD = `Hi Dana,

Thanks for getting in touch about order #48213. Our courier lost your parcel
somewhere between the depot and your door, so unfortunately it is out of our
hands. We apologize for any inconvenience caused.

Best,
Marcus
`;
const GOOD = `Hi Dana,

I'm sorry we sent your parcel to the wrong address. I know you needed it for the weekend. We mislabelled the box when we packed it. I've sent a replacement by express today, and it will arrive by Friday 5pm. We've added a second address check before dispatch so this doesn't happen again. I'll email you on Friday to confirm it arrived, or reply to this email any time.

Best,
Marcus
`;
const INJECTION = `Hi <script>window.__pwned = true</script>,

Your order was delayed because our courier "><img src=x onerror="window.__pwned=1"> lost it </textarea><script>window.__pwned=2</script>. Sorry for the inconvenience.

Best,
Al
`;
const OVERLAPPING = `Hi Sam,

Sorry, but our courier was swamped due to high volume, so your parcel was delayed.

Best,
Al
`;
const LIBRARY = JSON.stringify({
  '<img src=x onerror="window.__pwned=3">': 'Hi {{name}},\n\nWe regret any inconvenience this may have caused. Unfortunately the warehouse was short-staffed so the wrong item was sent.\n\nBest,\nAl',
  'Password reset': 'Hi {{name}},\n\nTo reset your password, open Settings and choose Reset password.\n\nBest,\nAl',
  Retraso: 'Hola, sentimos mucho el retraso de su pedido. Le enviaremos un reembolso mañana.',
});

describeWithTool(CHROMIUM, 'html report in Chromium', () => {
  let results: LintResult[];
  let file: string;
  beforeAll(async () => {
    const linter = await Linter.create({ cwd: ROOT, includeDraftText: true, useConfigFile: false });
    results = [
      await linter.lintText(BAD, 'macros/late.txt'),
      await linter.lintText(GOOD, 'macros/good.txt'),
      await linter.lintText(INJECTION, 'macros/injection.txt'),
      await linter.lintText(OVERLAPPING, 'macros/overlapping.txt'),
      await linter.lintText(LIBRARY, 'macros/library.json'),
      fatalResult(join(ROOT, 'macros/broken.json'), 'could not read this JSON file: a string is not closed (a " is missing) (line 3, column 22)', 3, 22),
    ];
    const page = html(results, { ...context, cwd: ROOT, rules: linter.rules.map(ruleMeta) });
    file = join(tmp, 'report.html');
    writeFileSync(file, page);
  });

  it('shows the totals, the chart, completeness and every reply with its highlighted words', { timeout: 60_000 }, async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const requests: string[] = [];
      const problems: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      const url = pathToFileURL(file).href;
      await page.goto(url);

      // What we expect, from the results themselves.
      const findings = results.flatMap((r) => r.messages.filter((m) => !m.fatal));
      const drafts = results.flatMap((r) => r.drafts);
      const owed = drafts.filter((d) => d.completeness && !d.skipped);
      const expected = {
        files: results.length,
        replies: drafts.filter((d) => !d.skipped).length,
        'with-problems': drafts.filter((d) => findings.some((m) => m.draft === d.name)).length,
        errors: findings.filter((m) => m.severity === 2).length,
        warnings: findings.filter((m) => m.severity === 1).length,
        skipped: drafts.filter((d) => d.skipped).length,
        unreadable: 1,
      };
      expect(expected.skipped).toBe(1);
      expect(expected['with-problems']).toBe(4);

      // 1. Totals, as visible text.
      for (const [key, value] of Object.entries(expected)) {
        const tile = page.locator(`[data-total="${key}"] dd`);
        expect(await tile.isVisible(), key).toBe(true);
        expect(await tile.innerText(), key).toBe(String(value));
      }
      const unreadable = page.locator('#unreadable');
      expect(await unreadable.isVisible()).toBe(true);
      expect(await unreadable.innerText()).toContain('macros/broken.json: could not read this JSON file: a string is not closed (a " is missing) (line 3, column 22)');

      // 2. One bar per rule with findings, with its count, sorted by count.
      const counts = new Map<string, number>();
      for (const m of findings) counts.set(m.ruleId!, (counts.get(m.ruleId!) ?? 0) + 1);
      const bars = await page.locator('.chart .bar').evaluateAll((els) =>
        els.map((el) => ({
          rule: el.getAttribute('data-rule'),
          count: (el.querySelector('.bar-count') as HTMLElement).innerText,
          label: (el.querySelector('.bar-label') as HTMLElement).innerText,
          width: el.querySelector('.bar-track')!.getBoundingClientRect().width,
          fill: [...el.querySelectorAll('.bar-fill')].reduce((sum, fill) => sum + fill.getBoundingClientRect().width, 0),
        })),
      );
      expect(bars.map((b) => b.rule).sort()).toEqual([...counts.keys()].sort());
      for (const bar of bars) {
        expect(bar.count, bar.rule!).toBe(String(counts.get(bar.rule!)));
        expect(bar.label).toContain(rules.find((r) => r.id === bar.rule)!.description);
      }
      const shown = bars.map((b) => Number(b.count));
      expect(shown).toEqual([...shown].sort((a, b) => b - a));
      // Bar lengths follow the counts: the longest is full, the others in proportion.
      const max = Math.max(...shown);
      for (const bar of bars) expect(bar.fill / bar.width).toBeCloseTo(Number(bar.count) / max, 1);

      // 3. Completeness across the replies that owe an apology.
      const completeness = page.locator('#completeness');
      expect(await completeness.isVisible()).toBe(true);
      const average = Math.round((owed.reduce((sum, d) => sum + d.completeness!.score, 0) / owed.length) * 100);
      expect(await completeness.locator('.score').innerText()).toContain(`Average completeness: ${average}%`);
      const rows = await completeness.locator('tbody tr').evaluateAll((els) =>
        els.map((el) => [el.getAttribute('data-part'), (el.querySelector('.part-count') as HTMLElement).innerText, (el.querySelector('th') as HTMLElement).innerText]),
      );
      expect(rows.map((r) => r[0])).toEqual(['what-happened', 'cause', 'fix', 'timeline', 'prevention', 'compensation', 'follow-up']);
      for (const [part, count] of rows) {
        const covered = owed.filter((d) => d.completeness!.covered.includes(part as never)).length;
        expect(count, part!).toBe(`${covered} of ${owed.length}`);
      }
      expect(rows.find((r) => r[0] === 'compensation')![2]).toContain('(optional)');

      // 4. Every finding, in order: its marks spell its words, and absence findings have none.
      const expectedFindings = results.flatMap((r) =>
        r.drafts.flatMap((d) =>
          r.messages
            .filter((m) => m.draft === d.name)
            .map((m) => ({ rule: m.ruleId, marked: m.draftRange && m.draftRange[0] < m.draftRange[1] ? d.text!.slice(...m.draftRange) : '' })),
        ),
      );
      const shownFindings = await page.locator('li.finding').evaluateAll((items) =>
        items.map((item) => ({
          rule: item.getAttribute('data-rule'),
          marked: [...document.querySelectorAll(`mark[data-f~="${item.id}"]`)].map((mark) => mark.textContent).join(''),
        })),
      );
      expect(shownFindings).toEqual(expectedFindings);
      expect(expectedFindings.filter((f) => f.marked === '').length).toBeGreaterThan(0);
      // The blame inside the late-parcel reply, visible and highlighted as an error.
      const blame = page.locator('mark.sev-error', { hasText: 'Our courier lost your parcel' });
      expect(await blame.isVisible()).toBe(true);
      expect(await blame.getAttribute('title')).toContain('blame-shifting: Blames the courier');
      // Overlaps: the excuse sits inside the blame, so one mark carries both.
      const both = page.locator('[data-file="macros/overlapping.txt"] mark.multi', { hasText: 'due to high volume' });
      expect(await both.getAttribute('title')).toMatch(/blame-shifting[\s\S]*excuses/);

      // 5. Rewrites are visible: a replacement and an insertion.
      const late = page.locator('[data-file="macros/late.txt"]');
      expect(await late.getByText('We lost your parcel somewhere between the depot and your door', { exact: true }).isVisible()).toBe(true);
      expect(await late.locator('.rewrite.add', { hasText: 'Add an apology after the greeting:' }).first().isVisible()).toBe(true);

      // 6. The injection attempts are text, and nothing of them ran.
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await page.locator('script').count()).toBe(1);
      expect(await page.locator('main img, main textarea').count()).toBe(0);
      const injected = page.locator('[data-file="macros/injection.txt"] .reply-text');
      expect(await injected.innerText()).toBe(results[2]!.drafts[0]!.text);
      expect(await injected.innerText()).toContain('<script>window.__pwned = true</script>');
      expect(await page.locator('h4.reply-name', { hasText: '<img src=x onerror="window.__pwned=3">' }).isVisible()).toBe(true);

      // 7. Clean replies are collapsed; the skipped reply shows its note.
      const good = page.locator('[data-file="macros/good.txt"] details.reply.clean');
      expect(await good.isVisible()).toBe(true);
      expect(await good.locator('.reply-text').isVisible()).toBe(false);
      await good.locator('summary').click();
      expect(await good.locator('.reply-text').isVisible()).toBe(true);
      expect(await page.locator('.reply.skipped .note').innerText()).toMatch(/^Not checked: this draft is not in English/);

      mkdirSync(join(ROOT, '.scratch'), { recursive: true });
      await page.screenshot({ path: join(ROOT, '.scratch/html-report.png'), fullPage: true });

      // 8. Filtering: a rule's bar shows only the replies with it; "Show all" undoes it.
      const withBlame = results.flatMap((r) => r.drafts.filter((d) => r.messages.some((m) => m.draft === d.name && m.ruleId === 'blame-shifting')).map((d) => d.name));
      expect(withBlame.length).toBeGreaterThan(1);
      await page.locator('.bar[data-rule="blame-shifting"]').click();
      expect(await page.locator('.bar[data-rule="blame-shifting"]').getAttribute('aria-pressed')).toBe('true');
      const visibleReplies = async () =>
        page.locator('.reply').evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.getAttribute('data-reply')));
      expect((await visibleReplies()).sort()).toEqual([...withBlame].sort());
      expect(await page.locator('[data-file="macros/good.txt"]').isVisible()).toBe(false);
      const status = page.locator('#filter-status');
      expect(await status.innerText()).toContain(`Showing ${withBlame.length} replies with blame-shifting`);
      await status.getByRole('button', { name: 'Show all' }).click();
      expect(await status.isVisible()).toBe(false);
      expect((await visibleReplies()).length).toBe(drafts.length);

      // 9. Nothing was fetched but the page itself, and nothing complained (a CSP violation would).
      expect(requests).toEqual([url]);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

// ---------------------------------------------------------------------------------------
// The CLI writes it.

describe('apology-lint --format html', () => {
  it('writes the report to a file with the flagged words highlighted, exit 1 for errors', () => {
    const out = join(tmp, 'cli', 'report.html');
    const run = runCli(['--format', 'html', '-o', out, 'fixtures/drafts/late-parcel.txt']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const page = readFileSync(out, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('<h3>fixtures/drafts/late-parcel.txt</h3>');
    expect(page).toMatch(/<mark class="sev-error" data-f="f\d+" title="error · blame-shifting: [^"]*">Our courier lost your parcel\nsomewhere between the depot and your door<\/mark>/);
    expect(page).toMatch(/<mark class="sev-error" data-f="f\d+" title="error · non-apology: [^"]*">apologize for any inconvenience caused<\/mark>/);
    expect(page).toContain('<ins>We lost your parcel somewhere between the depot and your door</ins>');
  });
});
