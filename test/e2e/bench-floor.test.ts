/**
 * scripts/bench-floor.cjs, the floor `npm run bench` measures a cached re-run against: it must
 * write the very report the CLI writes, or its figure means nothing. It reads a cache the CLI
 * wrote, so a change to the cache's layout breaks this test, not the bench's figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { makeProject } from '../helpers/tmp.js';

const FLOOR = join(ROOT, 'scripts/bench-floor.cjs');
const floor = (...args: string[]) => spawnSync(process.execPath, [FLOOR, ...args], { encoding: 'utf8' });

describe('the cached re-run floor', () => {
  /** A library folder of macros (as the bench's: nothing in it but replies), in a project. */
  const library = () => ({
    dir: makeProject({
      'library/billing/refund.txt': 'Hi Sam,\n\nOur courier lost your parcel. Sorry for any inconvenience.\n\nThanks,\nDana\n',
      'library/billing/charge.md': '# Charged twice\n\nI am sorry we charged you twice, José. I have refunded it 💳.\n',
      'library/shipping/late.txt': 'Mistakes were made, but the delay was out of our control.\n',
    }),
    folder: 'library',
  });

  it("writes, from the CLI's cache, the report the CLI's cached re-run writes, byte for byte", () => {
    const { dir, folder } = library();
    const out = makeProject({});
    const cache = join(out, 'cache');
    const args = [folder, '--cache', '--cache-location', cache, '--format', 'json', '--output-file', join(out, 'cli.json')];
    expect(runCli(args, { cwd: dir }).status).toBe(1);
    expect(runCli(args, { cwd: dir }).status).toBe(1);
    const run = floor(join(dir, folder), cache, join(out, 'floor.json'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = readFileSync(join(out, 'cli.json'));
    expect(JSON.parse(report.toString('utf8'))).toHaveLength(3);
    expect(readFileSync(join(out, 'floor.json')).equals(report)).toBe(true);
  });

  it('refuses a damaged cache, and a cache of another folder, writing no report', () => {
    const { dir, folder } = library();
    const out = makeProject({});
    const cache = join(out, 'cache');
    runCli([folder, '--cache', '--cache-location', cache], { cwd: dir });
    const elsewhere = floor(join(dir, 'library/billing'), cache, join(out, 'other.json'));
    expect(elsewhere.stderr).toBe(`bench-floor: ${cache}: holds 3 files, the folder 2\n`);
    expect(elsewhere.status).toBe(2);

    const bytes = readFileSync(cache);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 5) ^ 1, bytes.length - 5);
    writeFileSync(cache, bytes);
    const damaged = floor(join(dir, folder), cache, join(out, 'damaged.json'));
    expect(damaged.stderr).toBe(`bench-floor: ${cache}: not a cache file, or damaged\n`);
    expect(damaged.status).toBe(2);
    expect(existsSync(join(out, 'damaged.json'))).toBe(false);
    expect(existsSync(join(out, 'other.json'))).toBe(false);
  });
});
