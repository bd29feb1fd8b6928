import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

/** A throwaway project folder with the given files; removed after the test file. */
export function makeProject(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'apology-lint-'));
  // A package.json marks the project root, so config search stops here.
  writeFileSync(join(root, 'package.json'), '{"name":"fixture","private":true}\n');
  for (const [path, content] of Object.entries(files)) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  return root;
}
