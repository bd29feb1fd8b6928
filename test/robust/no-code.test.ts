/**
 * Nothing in a linted file ever runs: only the config file found from the working folder up,
 * and the plugins it names, are loaded as code (as with ESLint). A linted folder may hold
 * config files, scripts, YAML tags and JSON keys that would run or pollute something if
 * treated as code; none of them does.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/api.js';
import { runCli } from '../helpers/cli.js';
import { makeProject } from '../helpers/tmp.js';

const TRAP = (marker: string) => `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); module.exports = { rules: { 'blame-shifting': 'off' } };\n`;
const BLAME = 'Hi Sam,\n\nOur courier lost your parcel, so it is out of our hands.\n\nThanks,\nDana\n';

describe('linted files never run', () => {
  it('ignores config files, scripts and package.json inside the linted folder; only the config above it applies', () => {
    const root = makeProject({});
    const marker = join(root, 'ran.txt');
    const project = makeProject({
      'macros/apology-lint.config.cjs': TRAP(marker),
      'macros/.apologylintrc.js': TRAP(marker),
      'macros/package.json': JSON.stringify({ name: 'x', apologyLint: { plugins: ['./evil.cjs'] }, scripts: { prepare: 'touch ran' } }),
      'macros/evil.cjs': TRAP(marker),
      'macros/helper.js': TRAP(marker),
      'macros/late.txt': BLAME,
      'macros/page.html': `<!DOCTYPE html><html><body><script>${TRAP(marker)}</script><img src=x onerror="require('fs')"><p>${BLAME}</p></body></html>`,
      'macros/macros.yaml': `- title: Late\n  actions:\n    - field: comment_value\n      value: !!js/function "function () { require('fs').writeFileSync('${marker}', 'ran') }"\n- title: Courier\n  actions:\n    - field: comment_value\n      value: "${BLAME.replace(/\n/g, '\\n')}"\n`,
    });
    const run = runCli(['macros', '--format', 'json'], { cwd: project });
    expect(existsSync(marker)).toBe(false);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string | null }> }>;
    const linted = results.map((r) => r.filePath.slice(project.length + 1)).sort();
    // Scripts are not replies: never read, let alone run. (package.json is never linted.)
    expect(linted).toEqual(['macros/late.txt', 'macros/macros.yaml', 'macros/page.html']);
    // The traps would have switched blame-shifting off; it still runs everywhere.
    for (const result of results) expect(result.messages.map((m) => m.ruleId), result.filePath).toContain('blame-shifting');
  });

  it('reads JSON keys such as __proto__ and constructor as plain data, polluting nothing', async () => {
    const linter = await Linter.create({ useConfigFile: false });
    const zendesk = `{"macros": [{"title": "Late", "__proto__": {"polluted": "yes"}, "actions": [{"field": "comment_value", "value": ${JSON.stringify(BLAME)}, "constructor": {"prototype": {"polluted": "yes"}}}]}]}`;
    const byTitle = await linter.lintText(`{"__proto__": ${JSON.stringify(BLAME)}, "constructor": ${JSON.stringify(BLAME)}}`, 'titles.json');
    const macros = await linter.lintText(zendesk, 'macros.json');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    // The odd keys are just titles: both replies are read and checked.
    expect(byTitle.drafts.map((d) => d.name)).toEqual(['__proto__', 'constructor']);
    expect(byTitle.messages.filter((m) => m.ruleId === 'blame-shifting').map((m) => m.draft)).toEqual(['__proto__', 'constructor']);
    expect(macros.messages.some((m) => m.ruleId === 'blame-shifting' && m.draft === 'Late')).toBe(true);
  });

  it('never expands a YAML alias bomb', async () => {
    const linter = await Linter.create({ useConfigFile: false });
    // Nine levels of nine aliases each: 387 million strings if expanded.
    const levels = ['x:', '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) levels.push(`  ${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const started = performance.now();
    const result = await linter.lintText(`${levels.join('\n')}\nmacros:\n  - title: Late\n    actions: *i\n`, 'bomb.yaml');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.messages.map((m) => m.message)).toEqual(['could not read this YAML file: macro "Late": actions should be a list of {field, value} (line 13, column 14)']);
  });
});
