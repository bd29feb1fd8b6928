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
    .filter((path) => extname(path) !== '' && !path.endsWith('README.md'))
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
});
