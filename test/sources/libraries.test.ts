/**
 * The fixture macro libraries, one per format: every finding's line and column point at the
 * words it quotes, in the file as written (escapes, YAML quoting and folding, HTML entities).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Linter } from '../../src/api.js';
import type { LintResult } from '../../src/engine/results.js';
import { LineIndex } from '../../src/engine/positions.js';
import { ROOT } from '../helpers/cli.js';

const LIBRARIES = join(ROOT, 'fixtures/libraries');

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    })
    .filter((path) => extname(path) !== '' && true)
    .sort();
}

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”',
  mdash: '—', ndash: '–', hellip: '…', copy: '©', pound: '£', euro: '€', reg: '®', trade: '™', middot: '·', bull: '•',
};

/** An independent, simple reading of raw HTML: tags out, entities in. */
function htmlWords(raw: string): string {
  return raw
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      const decoded = ENTITIES[name.toLowerCase()];
      if (decoded === undefined) throw new Error(`test decoder lacks &${name};`);
      return decoded;
    });
}

/** The raw slice a finding points at, read back the way the format would decode it. */
function readBack(file: string, raw: string, html: boolean): string {
  let text = raw;
  if (file.endsWith('.json')) text = JSON.parse(`"${raw}"`) as string;
  if (/\.ya?ml$/.test(file)) text = raw.replace(/''/g, "'").replace(/\\"/g, '"').replace(/\\n/g, '\n');
  if (html || file.endsWith('.html')) text = htmlWords(text);
  return text;
}

const flat = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

describe('fixture macro libraries', () => {
  const files = filesUnder(LIBRARIES);
  const results = new Map<string, LintResult>();

  beforeAll(async () => {
    const linter = await Linter.create({ cwd: ROOT, useConfigFile: false, rules: { 'missing-thanks': 'warn' }, includeDraftText: true });
    for (const file of files) {
      const [result] = await linter.lintFiles([file]);
      results.set(file, result!);
    }
  });

  it('has a library in every format', () => {
    const formats = new Set(files.map((file) => relative(LIBRARIES, file).split('/')[0]));
    expect([...formats].sort()).toEqual(['html', 'intercom', 'json-map', 'markdown', 'text', 'yaml', 'zendesk']);
  });

  it('every file parses, and every finding points at exactly the words it quotes', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const file of files) {
      const result = results.get(file)!;
      expect(result.fatalErrorCount, `${relative(ROOT, file)}: ${result.messages[0]?.message}`).toBe(0);
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      const lines = new LineIndex(text);
      const offsetOf = (line: number, column: number) => {
        const start = line === 1 ? 0 : lines.text.split('\n').slice(0, line - 1).join('\n').length + 1;
        return start + column - 1;
      };
      for (const message of result.messages) {
        if (!message.words) continue;
        const raw = text.slice(offsetOf(message.line, message.column), offsetOf(message.endLine, message.endColumn));
        // Macro bodies in HTML (comment_value_html, Intercom blocks) carry tags or entities in the raw text.
        const html = /<\/?[a-z][^>]*>|&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(raw);
        checked++;
        if (flat(readBack(file, raw, html)) !== flat(message.words)) {
          wrong.push(`${relative(ROOT, file)}:${message.line}:${message.column} ${message.ruleId}: ${JSON.stringify(message.words)} ← ${JSON.stringify(raw)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(40);
  });

  it('each macro is its own reply, named by its title with Zendesk groups kept', () => {
    const names = (path: string) => results.get(join(LIBRARIES, path))!.drafts.map((draft) => draft.name);
    expect(names('zendesk/macros.json').length).toBeGreaterThanOrEqual(7);
    expect(names('zendesk/macros.json')).toContain('Shipping::Late parcel');
    expect(names('zendesk/macros.json').every((name) => name.includes('::'))).toBe(true);
    expect(names('zendesk/single-macro.json')).toHaveLength(1);
    expect(names('yaml/library.yaml')).toHaveLength(5);
    expect(names('json-map/saved-replies.json')).toHaveLength(8);
    // Every draft starts on the line of its reply text, not the top of the file.
    for (const [file, result] of results) {
      if (result.drafts.length > 1) expect(new Set(result.drafts.map((d) => d.line)).size, relative(ROOT, file)).toBe(result.drafts.length);
    }
  });

  it('the Spanish macro is skipped with a note, not judged', () => {
    const drafts = results.get(join(LIBRARIES, 'zendesk/macros.json'))!.drafts;
    const skipped = drafts.filter((draft) => draft.skipped);
    expect(skipped.map((draft) => draft.skipped!.language)).toEqual(['Spanish']);
  });

  /**
   * What a reviewer expects of each macro (fixtures/LIBRARIES.md says why): whether it owes an
   * apology, and which rules flag its words. The absence rules are covered by the corpus.
   */
  const EXPECTED: Array<[string, string, 'owes' | 'how-to' | 'not English', string[]]> = [
  ['html/late-delivery-partner.html', 'late-delivery-partner.html', 'owes', ['blame-shifting', 'non-apology']],
  ['html/order-shipped.html', 'order-shipped.html', 'how-to', []],
  ['html/outage-credit-apology.html', 'outage-credit-apology.html', 'owes', []],
  ['intercom/export-array.json', 'Account - locked after failed logins', 'owes', ['blame-shifting', 'defensive-tone']],
  ['intercom/export-array.json', 'Incident - email notifications delayed', 'owes', []],
  ['intercom/export-array.json', 'How to - export your data', 'how-to', []],
  ['intercom/saved-replies.json', 'Billing - double charge', 'owes', []],
  ['intercom/saved-replies.json', 'Outage - dashboard not loading', 'owes', ['non-apology']],
  ['intercom/saved-replies.json', 'Integrations - Slack notifications missing', 'owes', ['cant-language']],
  ['intercom/saved-replies.json', 'How to - invite teammates', 'how-to', []],
  ['intercom/saved-replies.json', 'Bug - CSV exports missing rows', 'owes', []],
  ['intercom/saved-replies.json', 'Billing - price increase complaint', 'owes', ['defensive-tone', 'non-apology']],
  ['intercom/saved-replies.json', 'How to - dark mode', 'how-to', []],
  ['intercom/saved-replies.json', 'Downtime - maintenance overran', 'owes', ['evasive-passive', 'minimizing']],
  ['json-map/saved-replies.json', 'Late delivery - courier', 'owes', ['blame-shifting', 'excuses']],
  ['json-map/saved-replies.json', 'Refund - still not received', 'owes', ['defensive-tone']],
  ['json-map/saved-replies.json', 'App crash after update (iOS)', 'owes', []],
  ['json-map/saved-replies.json', 'Change delivery address', 'how-to', []],
  ['json-map/saved-replies.json', 'Router replacement', 'owes', ['cant-language', 'defensive-tone']],
  ['json-map/saved-replies.json', 'Cancelled flight - complaint', 'owes', ['evasive-passive', 'non-apology']],
  ['json-map/saved-replies.json', 'Overdraft fee charged in error', 'owes', []],
  ['json-map/saved-replies.json', 'Opening hours and contact', 'how-to', []],
  ['markdown/calendar-sync-duplicates.md', 'calendar-sync-duplicates.md', 'owes', []],
  ['markdown/returns-outside-window.md', 'returns-outside-window.md', 'owes', ['blame-shifting', 'cant-language']],
  ['text/refund-delay-excuse.txt', 'refund-delay-excuse.txt', 'owes', ['excuses', 'non-apology']],
  ['text/shipping-times.txt', 'shipping-times.txt', 'how-to', []],
  ['yaml/library.yaml', 'Broadband::Area outage', 'owes', ['evasive-passive', 'overpromise']],
  ['yaml/library.yaml', 'Retail::Damaged item', 'owes', []],
  ['yaml/library.yaml', 'SaaS::Download invoices', 'how-to', []],
  ['yaml/library.yaml', 'Flights::Seat downgrade after aircraft change', 'owes', ['cant-language', 'non-apology']],
  ['yaml/library.yaml', 'Bank::Transfer delayed', 'owes', ['blame-shifting', 'non-apology']],
  ['yaml/macros/double-charge.yaml', 'Cards::Charged twice by merchant', 'owes', ['blame-shifting', 'evasive-passive', 'non-apology']],
  ['yaml/macros/flight-delay.yaml', 'Flights::Long delay (weather)', 'owes', ['excuses', 'non-apology']],
  ['yaml/macros/online-banking-passcode.yaml', 'Online banking::Reset passcode', 'how-to', []],
  ['yaml/macros/outage-login.yaml', 'Outages::Login failures (SSO)', 'owes', []],
  ['yaml/macros/refunds-partial.yaml', 'Refunds::Partial refund - wrong amount', 'owes', ['evasive-passive', 'minimizing']],
  ['zendesk/bare-array.json', 'Subscriptions::Cancel plan', 'how-to', []],
  ['zendesk/bare-array.json', 'Broadband::Slow speeds', 'owes', ['defensive-tone', 'non-apology']],
  ['zendesk/bare-array.json', 'Cards::Declined abroad', 'owes', ['blame-shifting', 'cant-language', 'evasive-passive']],
  ['zendesk/bare-array.json', 'Orders::Wrong item sent', 'owes', []],
  ['zendesk/macros.json', 'Shipping::Late parcel', 'owes', ['blame-shifting', 'non-apology']],
  ['zendesk/macros.json', 'Refunds::Partial refund', 'owes', ['blame-shifting', 'cant-language']],
  ['zendesk/macros.json', 'Outages::Checkout down', 'owes', []],
  ['zendesk/macros.json', 'General::Password reset', 'how-to', []],
  ['zendesk/macros.json', 'Billing::Duplicate card payment', 'owes', ['evasive-passive', 'minimizing']],
  ['zendesk/macros.json', 'Broadband::Missed engineer visit', 'owes', ['excuses', 'overpromise']],
  ['zendesk/macros.json', 'Flights::Cancelled flight rebooking', 'owes', []],
  ['zendesk/macros.json', 'Envíos::Pedido retrasado', 'not English', []],
  ['zendesk/macros.json', 'Account::Update billing address', 'how-to', []],
  ['zendesk/single-macro.json', 'Baggage::Delayed bag', 'owes', ['blame-shifting', 'non-apology']],
  ];

  it('finds what a reviewer expects in every macro, in every format', () => {
    const presence = new Set(['non-apology', 'blame-shifting', 'excuses', 'defensive-tone', 'evasive-passive', 'cant-language', 'minimizing', 'overpromise', 'late-apology']);
    const actual = [...results.values()].flatMap((result) =>
      result.drafts.map((draft) => [
        relative(LIBRARIES, result.filePath),
        draft.name,
        draft.skipped ? 'not English' : draft.expectApology ? 'owes' : 'how-to',
        [...new Set(result.messages.filter((m) => m.draft === draft.name && presence.has(m.ruleId!)).map((m) => m.ruleId!))].sort(),
      ]),
    );
    expect(actual).toEqual(EXPECTED);
  });
});
