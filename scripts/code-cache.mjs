/**
 * `npm run build` (and `npm install`, through `prepare`) ends here: make V8's code cache for
 * dist/cli.cjs with this Node.js, by running the CLI once on a few sample replies, so the
 * cache holds the code a typical run compiles. bin/apology-lint.js uses it when the same build
 * runs on the same Node.js, and imports the ES build otherwise. A cache that cannot be made
 * only costs speed: this never fails the build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

// Caches of earlier builds or other Node.js versions can never be used with this build.
for (const name of readdirSync(dist)) if (name.endsWith('.v8cache')) rmSync(join(dist, name));

const samples = mkdtempSync(join(tmpdir(), 'apology-lint-code-cache-'));
try {
  writeFileSync(
    join(samples, 'reply.txt'),
    'Hi Sam,\n\nOur courier lost your parcel, so it is running a bit late. Sorry for any inconvenience this may have caused.\n' +
      'Mistakes were made, but the delay was out of our control. I have asked the warehouse to resend it today.\n\nThanks,\nDana\n',
  );
  writeFileSync(
    join(samples, 'macro.md'),
    '# Refund delayed\n\nHi {{ticket.requester.first_name}},\n\nI am sorry we charged you twice. I have refunded the second charge; it will reach your card within 5 working days.\n',
  );
  const run = spawnSync(process.execPath, [join(root, 'bin', 'apology-lint.js'), samples, '--no-config', '--no-progress'], {
    cwd: samples,
    env: { ...process.env, APOLOGY_LINT_CODE_CACHE: 'write' },
    encoding: 'utf8',
    input: '',
    timeout: 120_000,
  });
  const made = readdirSync(dist).filter((name) => name.endsWith('.v8cache'));
  if (made.length === 0) {
    process.stderr.write(`apology-lint: no code cache was made (the CLI exited ${run.status}${run.stderr ? `: ${run.stderr.trim().split('\n')[0]}` : ''}); it will start a little slower\n`);
  }
} finally {
  rmSync(samples, { recursive: true, force: true });
}
