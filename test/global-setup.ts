/**
 * End-to-end tests run the built CLI exactly as a user would, so build it once before
 * the run (tsup takes a few seconds). Set APOLOGY_LINT_SKIP_BUILD=1 to reuse dist/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  if (process.env.APOLOGY_LINT_SKIP_BUILD === '1' && existsSync(`${root}/dist/cli.js`) && existsSync(`${root}/dist/cli.cjs`)) return;
  execFileSync(process.execPath, [`${root}/node_modules/tsup/dist/cli-default.js`], { cwd: root, stdio: 'pipe' });
  // As `npm run build` does: V8's code cache for the CLI, which the e2e tests then run through.
  execFileSync(process.execPath, [`${root}/scripts/code-cache.mjs`], { cwd: root, stdio: 'pipe' });
}
