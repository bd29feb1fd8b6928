/**
 * Interrupting --fix (Ctrl-C, or a CI job cancelled) while it writes: every file is either as
 * it was or fully fixed, never half-written, and no temporary file is left behind.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { makeProject } from '../helpers/tmp.js';

const BAD = 'Hi Sam,\n\nSorry for the wait, but our courier lost your parcel.\n\nThanks,\nDana\n';
const FIXED = 'Hi Sam,\n\nSorry for the wait. We lost your parcel.\n\nThanks,\nDana\n';
const FILES = 1500;

interface Interrupted {
  signal: NodeJS.Signals | null;
  code: number | null;
  old: number;
  fixed: number;
  other: string[];
  names: string[];
  stderr: string;
}

/** Run --fix on FILES copies of BAD and send `signal` as soon as the first file is replaced. */
async function fixAndInterrupt(signal: NodeJS.Signals): Promise<Interrupted> {
  const root = makeProject({});
  const dir = join(root, 'replies');
  mkdirSync(dir);
  const names = Array.from({ length: FILES }, (_, i) => `reply-${String(i).padStart(4, '0')}.txt`);
  for (const name of names) writeFileSync(join(dir, name), BAD);
  const child = spawn(process.execPath, [BIN, 'replies', '--fix', '--no-expect-apology', '--format', 'json'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CI: 'true' } });
  // The first fixed file in place means writing is under way. Files are written in path order,
  // so watch the folder and also poll the first file: on a busy machine either can lag.
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const wanted = new Set(names);
  const first = join(dir, names[0]!);
  let sent = false;
  const send = (): void => {
    if (sent) return;
    sent = true;
    watcher.close();
    clearInterval(poll);
    child.kill(signal);
  };
  const watcher = watch(dir, (_event, name) => {
    if (name && wanted.has(name)) send();
  });
  const poll = setInterval(() => {
    if (readFileSync(first, 'utf8') !== BAD) send();
  }, 1);
  const [code, gotSignal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => child.on('exit', (c, s) => done([c, s])));
  watcher.close();
  clearInterval(poll);
  const contents = names.map((name) => readFileSync(join(dir, name), 'utf8'));
  return {
    signal: gotSignal,
    code,
    old: contents.filter((text) => text === BAD).length,
    fixed: contents.filter((text) => text === FIXED).length,
    other: contents.filter((text) => text !== BAD && text !== FIXED),
    names: readdirSync(dir).sort(),
    stderr,
  };
}

describe('interrupting --fix', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('%s mid-write leaves every file old or new, and no temporary file', { timeout: 120_000 }, async (signal) => {
    const names = Array.from({ length: FILES }, (_, i) => `reply-${String(i).padStart(4, '0')}.txt`);
    let midway: Interrupted | undefined;
    // The signal must land while files are being written; on a fast machine it may land after
    // the last one, or the folder event may arrive late on a busy machine: try again.
    for (let attempt = 0; attempt < 3 && !midway; attempt++) {
      const run = await fixAndInterrupt(signal);
      expect(run.other).toEqual([]);
      expect(run.names).toEqual(names);
      expect(run.old + run.fixed).toBe(FILES);
      if (run.old > 0 && run.fixed > 0) midway = run;
    }
    expect(midway, 'the signal never landed while files were being written').toBeDefined();
    // The process ends by the signal itself (exit status 130 or 143 in a shell), after saying so.
    expect(midway!.signal).toBe(signal);
    expect(midway!.code).toBeNull();
    expect(midway!.stderr).toBe(`apology-lint: stopped (${signal}) while writing fixes; each file is either fixed or as it was\n`);
  });
});
