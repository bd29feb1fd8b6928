/**
 * The rules and the code that runs them load on the first lint (src/linter.ts): a run whose files
 * all come from --cache never loads them, and the config is checked from the rules' catalog.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { makeProject } from '../helpers/tmp.js';

const engine = { loads: 0 };

/** The linter from a fresh module graph, as a new process would load it; `engine.loads` counts its imports of the engine. */
async function freshLinter() {
  vi.resetModules();
  engine.loads = 0;
  vi.doMock('../../src/engine/linting.js', async (importOriginal) => {
    engine.loads++;
    return importOriginal();
  });
  return (await import('../../src/linter.js')).Linter;
}

const BAD = 'Hi Sam,\n\nOur courier lost your parcel. Sorry for any inconvenience.\n';

describe('the lint engine, loaded on first use', () => {
  it('is not loaded to check a config or by a run served entirely from --cache; a changed file loads it', async () => {
    const dir = makeProject({ 'a.txt': BAD, 'b.txt': 'Thanks for writing in!\n', '.apologylintrc.json': '{"rules": {"blame-shifting": "warn"}}' });
    const options = { cwd: dir, cache: true };

    const Linter = await freshLinter();
    const first = await (await Linter.create(options)).lintFiles(['.']);
    expect(engine.loads).toBe(1);
    expect(first[0]!.messages.find((m) => m.ruleId === 'blame-shifting')?.severity).toBe(1);

    const Again = await freshLinter();
    const linter = await Again.create(options);
    // What the config and the reports need comes from the catalog: no rule is loaded for it.
    expect(linter.configFor(join(dir, 'a.txt')).rules['blame-shifting']).toEqual({ severity: 'warn', options: {} });
    expect(linter.rules.map((rule) => rule.id)).toContain('missing-timeline');
    const cached = await linter.lintFiles(['.']);
    expect(engine.loads).toBe(0);
    expect(cached).toEqual(first);

    writeFileSync(join(dir, 'b.txt'), BAD);
    const Third = await freshLinter();
    const changed = await (await Third.create(options)).lintFiles(['.']);
    expect(engine.loads).toBe(1);
    expect(changed[1]!.messages.map((m) => m.ruleId)).toEqual(first[0]!.messages.map((m) => m.ruleId));
  });

  it('--cache results depend on the rules that ran: a plugin rule with other code is a new key', async () => {
    const plugin = (body: string) => `export default { id: 'acme/always', kind: 'presence', severity: 'warn', description: 'd', rationale: 'r', examples: { bad: ['x'], good: ['y'] }, check(draft, report) { ${body} } };\n`;
    const dir = makeProject({ 'a.txt': BAD, 'plugin.mjs': plugin(''), '.apologylintrc.json': '{"plugins": ["./plugin.mjs"]}' });
    const Linter = await freshLinter();
    await (await Linter.create({ cwd: dir, cache: true })).lintFiles(['.']);
    // (A new file: this process keeps the first one's module, as Node does.)
    writeFileSync(join(dir, 'plugin-2.mjs'), plugin('/* changed */'));
    writeFileSync(join(dir, '.apologylintrc.json'), '{"plugins": ["./plugin-2.mjs"]}');
    const Again = await freshLinter();
    await (await Again.create({ cwd: dir, cache: true })).lintFiles(['.']);
    expect(engine.loads).toBe(1);
  });
});
