/**
 * Tests that drive an external program (chromium, pre-commit, git, …).
 *
 *   import { describeWithTool, findTool } from '../helpers/tools.js';
 *
 *   describeWithTool(['git', 'pre-commit'], 'the pre-commit hook', () => {
 *     it('…', () => { … });
 *   });
 *
 * - On a machine with the programs, the suite runs as written.
 * - Without them, the suite is skipped, and its title says which program is missing.
 * - Without them under CI (`CI=true`), the suite is replaced by one failing test that names
 *   the missing program: CI must install it (`.ci/run` does), so a missing install step
 *   cannot hide behind a green run.
 *
 * A skipped suite's callback still runs to collect its tests, so do setup (temp folders,
 * spawning the program) in `beforeAll` or inside `it`, not in the describe body.
 *
 * `hasTool(name)` and `findTool(name)` look the program up on PATH (no process is spawned),
 * e.g. to pass chromium's path to playwright: `findTool('chromium') ?? findTool('chromium-browser')`.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import { describe, it } from 'vitest';

const found = new Map<string, string | undefined>();

/** Absolute path of the executable `name` on PATH (or `name` itself when it is a path), else undefined. */
export function findTool(name: string): string | undefined {
  if (found.has(name)) return found.get(name);
  const candidates = isAbsolute(name) || name.includes('/') ? [name] : (process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, name));
  const path = candidates.find(isExecutableFile);
  found.set(name, path);
  return path;
}

/** Whether the program `name` is on PATH. */
export function hasTool(name: string): boolean {
  return findTool(name) !== undefined;
}

/** True under CI (`CI=true`), where a missing tool is a failure, not a skip. */
export function isCi(): boolean {
  return process.env.CI === 'true' || process.env.CI === '1';
}

/**
 * `describe(title, fn)` when every program in `tools` is on PATH. Otherwise: under CI a
 * single failing test naming the missing programs; elsewhere a skipped suite whose title
 * names them.
 */
export function describeWithTool(tools: string | readonly string[], title: string, fn: () => void): void {
  const missing = (typeof tools === 'string' ? [tools] : tools).filter((tool) => !hasTool(tool));
  if (missing.length === 0) {
    describe(title, fn);
    return;
  }
  const names = missing.join(', ');
  if (isCi()) {
    describe(title, () => {
      it(`needs ${names}`, () => {
        throw new Error(`${names} not found on PATH; CI=true requires ${missing.length > 1 ? 'them' : 'it'} (install in .ci/run)`);
      });
    });
    return;
  }
  describe.skip(`${title} (skipped: ${names} not found on PATH)`, fn);
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
