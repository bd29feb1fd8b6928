import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { wantsProgress } from '../../src/progress.js';
import { BIN, runCli } from '../helpers/cli.js';
import { makeProject } from '../helpers/tmp.js';
import { describeWithTool } from '../helpers/tools.js';

const reply = 'Hi Sam,\n\nOur courier lost your parcel. Sorry for any inconvenience.\n\nThanks,\nDana\n';
const BAR = 'Checking replies';

describe('when a progress bar is wanted', () => {
  const terminal = { stderrIsTTY: true, stdoutIsTTY: true, toFile: false, forPeople: true, disabled: false, ci: false };
  it('only on a terminal, outside CI, and never over a machine format on the same terminal', () => {
    expect(wantsProgress(terminal)).toBe(true);
    expect(wantsProgress({ ...terminal, ci: true })).toBe(false);
    expect(wantsProgress({ ...terminal, stderrIsTTY: false })).toBe(false);
    expect(wantsProgress({ ...terminal, disabled: true })).toBe(false);
    expect(wantsProgress({ ...terminal, forPeople: false })).toBe(false);
    expect(wantsProgress({ ...terminal, forPeople: false, toFile: true })).toBe(true);
    expect(wantsProgress({ ...terminal, forPeople: false, stdoutIsTTY: false })).toBe(true);
  });
});

describeWithTool(['script'], 'the progress bar in a real terminal', () => {
  const files = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`replies/r${String(i).padStart(2, '0')}.txt`, reply]));
  const dir = makeProject(files);

  /** Run the CLI with a pseudo-terminal for stdin, stdout and stderr (util-linux `script`). */
  function inTerminal(args: string, env: Record<string, string | undefined>, cwd: string): string {
    const merged: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...env };
    for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
    const run = spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" ${args}`, '/dev/null'], { cwd, env: merged, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    return run.stdout;
  }

  it('shows on a terminal for a run of many files, then clears before the report', () => {
    const screen = inTerminal('replies', { CI: undefined, GITHUB_ACTIONS: undefined }, dir);
    expect(screen).toContain(BAR);
    expect(screen).toMatch(/\d+\/60 files, \d+ replies/);
    // The report comes after the last frame of the bar, whole.
    const report = screen.slice(screen.lastIndexOf(BAR));
    expect(report).toContain('replies/r00.txt');
    expect(report).toContain('replies/r59.txt');
    expect(report).toMatch(/✖ 420 problems \(240 errors, 180 warnings\)/);
  });

  it('never under CI, with --no-progress, or over JSON printed on the terminal', () => {
    expect(inTerminal('replies', { CI: 'true' }, dir)).not.toContain(BAR);
    expect(inTerminal('replies --no-progress', { CI: undefined, GITHUB_ACTIONS: undefined }, dir)).not.toContain(BAR);
    const json = inTerminal('replies -f json', { CI: undefined, GITHUB_ACTIONS: undefined }, dir);
    expect(json).not.toContain(BAR);
    expect(JSON.parse(json.trim())).toHaveLength(60);
  });

  it('never when stderr is not a terminal', () => {
    const run = runCli(['replies'], { cwd: dir, env: { CI: undefined, GITHUB_ACTIONS: undefined } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
  });
});
