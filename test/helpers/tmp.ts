import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

// Folders made by this test file. Removed once its tests are done: one afterAll, registered when
// the test file imports this helper, because an afterAll registered from inside a test is never
// run (and left a folder in the temp dir per such call).
const made: string[] = [];
afterAll(() => {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A throwaway project folder with the given files; removed after the test file. */
export function makeProject(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'apology-lint-'));
  made.push(root);
  // A package.json marks the project root, so config search stops here.
  writeFileSync(join(root, 'package.json'), '{"name":"fixture","private":true}\n');
  for (const [path, content] of Object.entries(files)) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return root;
}
