/**
 * `npm run bench`: speed and memory figures, printed, never asserted. Generates (deterministically,
 * from the labelled corpus) one 1 KB draft and libraries of 2,000 and 20,000 drafts as separate
 * files under .bench/, then times the built CLI on them:
 *
 *   cold start   `apology-lint draft.txt` against `node -e 0`, run alternately (and the README's
 *                example reply, a shorter one, and `--version`: starting the CLI, linting nothing)
 *   library      2,000 files: wall time, KB/s, peak RSS
 *   scaling      20,000 files: the same (time should grow linearly)
 *   cached       the 2,000 files again with --cache, unchanged (run alternately with the library),
 *                and the floor under it (scripts/bench-floor.cjs): bare Node doing only the file
 *                work a cached re-run cannot skip
 *
 * Every figure is the median of several runs (BENCH_RUNS, default 5; 3 for 20,000 files).
 * Set BENCH_SKIP_SCALING=1 to leave out the 20,000-file run.
 *
 * Where NODE_EXTRA_CA_CERTS is set (as on the machines this project is built on), Node 20 reads
 * and parses that file of certificates before any script runs, in every process: ~80 ms of
 * `node -e 0` here (nodejs/node#40524). It weighs on every figure alike but not on the ratios
 * alike (it flatters the cold start's, and burdens the cached re-run's), so the runs except the
 * 20,000 files are measured again without it, and both tables are printed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from './corpus.js';
import { random } from './random.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// BENCH_ROOT: measure another checkout's build with the same generated files (before/after).
const BIN = join(process.env.BENCH_ROOT ?? ROOT, 'bin/apology-lint.js');
const OUT = join(ROOT, '.bench');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const FLOOR = join(ROOT, 'scripts/bench-floor.cjs');

/** Sentences from the English corpus replies: the raw material for every generated draft. */
function sentences(): string[] {
  const all = loadCorpus()
    .filter((draft) => !/\/00[67]-/.test(draft.id) && draft.path.endsWith('.txt'))
    .flatMap((draft) => readFileSync(draft.path, 'utf8').split(/(?<=[.!?])\s+|\n+/))
    .map((s) => s.trim())
    .filter((s) => s.length > 25 && !/^(hi|hello|dear|thanks|best|kind regards)\b/i.test(s));
  return [...new Set(all)].sort();
}

/** A reply (greeting, 2–4 sentences, sign-off) or, one time in ten, long prose (8–14 sentences): about 460 bytes on average. */
function draft(next: () => number, pool: readonly string[], long = next() < 0.1): string {
  const pick = () => pool[Math.floor(next() * pool.length)]!;
  if (long) {
    const paragraphs = Array.from({ length: 2 + Math.floor(next() * 2) }, () => Array.from({ length: 4 + Math.floor(next() * 3) }, pick).join(' '));
    return `${paragraphs.join('\n\n')}\n`;
  }
  const body = Array.from({ length: 2 + Math.floor(next() * 4) }, pick);
  const paragraphs: string[] = [];
  while (body.length) paragraphs.push(body.splice(0, 1 + Math.floor(next() * 3)).join(' '));
  return `Hi {{ticket.requester.first_name}},\n\n${paragraphs.join('\n\n')}\n\nBest,\n{{current_user.first_name}}\n`;
}

function generate(dir: string, count: number, seed: number, pool: readonly string[]): number {
  if (existsSync(join(dir, '.done')) && readFileSync(join(dir, '.done'), 'utf8') === String(count)) return folderSize(dir);
  rmSync(dir, { recursive: true, force: true });
  const next = random(seed);
  for (let i = 0; i < count; i++) {
    const sub = join(dir, String(Math.floor(i / 500)).padStart(3, '0'));
    if (i % 500 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `reply-${String(i).padStart(5, '0')}.txt`), draft(next, pool));
  }
  writeFileSync(join(dir, '.done'), String(count));
  return folderSize(dir);
}

function folderSize(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.txt')) bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return bytes;
}

interface Run {
  seconds: number;
  /** Peak resident set in MB (from GNU time), or NaN where it cannot be read. */
  rssMb: number;
  stderr: string;
}

/** The environment the runs get: this process's, or without NODE_EXTRA_CA_CERTS (see above). */
type Environment = 'as is' | 'without NODE_EXTRA_CA_CERTS';
let environment: Environment = 'as is';

function run(args: readonly string[], cwd = ROOT): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true', NO_COLOR: '1' };
  if (environment !== 'as is') delete env.NODE_EXTRA_CA_CERTS;
  const command = TIME ? [TIME, '-f', '__bench %e %M', process.execPath, ...args] : [process.execPath, ...args];
  const started = process.hrtime.bigint();
  const result = spawnSync(command[0]!, command.slice(1), { cwd, env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr.slice(-500)}`);
  const stats = /__bench ([\d.]+) (\d+)/.exec(result.stderr);
  return { seconds, rssMb: stats ? Number(stats[2]) / 1024 : Number.NaN, stderr: result.stderr };
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** One run of the CLI over a library, writing a JSON report. */
const lintLibrary = (dir: string, extra: readonly string[] = []): Run => run([BIN, dir, '--format', 'json', '--output-file', join(OUT, 'report.json'), ...extra]);

/** Median time, rate and peak RSS of runs over `bytes` of files. */
function summary(results: readonly Run[], bytes: number): { seconds: number; kbPerSecond: number; rssMb: number } {
  const seconds = median(results.map((r) => r.seconds));
  return { seconds, kbPerSecond: bytes / 1024 / seconds, rssMb: median(results.map((r) => r.rssMb)) };
}

function library(dir: string, bytes: number, runs: number): { seconds: number; kbPerSecond: number; rssMb: number } {
  return summary(Array.from({ length: runs }, () => lintLibrary(dir)), bytes);
}

function main(): void {
  if (!existsSync(join(BIN, '../../dist/cli.js'))) throw new Error('dist/ is missing: run npm run build first');
  mkdirSync(OUT, { recursive: true });
  const pool = sentences();
  // One reply of about 1 KB: a greeting, long prose, a sign-off.
  const next = random(7);
  let body = '';
  while (body.length < 960) body = draft(next, pool, true);
  const sentencesOfBody = body.trim().split(/(?<=[.!?])\s+/);
  let cut = '';
  for (const sentence of sentencesOfBody) if (cut.length + sentence.length < 960) cut = cut ? `${cut} ${sentence}` : sentence;
  const single = join(OUT, 'draft.txt');
  writeFileSync(single, `Hi {{ticket.requester.first_name}},\n\n${cut}\n\nBest,\n{{current_user.first_name}}\n`);
  const small = generate(join(OUT, 'library-2000'), 2000, 2000, pool);
  const big = process.env.BENCH_SKIP_SCALING ? 0 : generate(join(OUT, 'library-20000'), 20000, 20000, pool);

  const tables: Array<[Environment, string[][]]> = [];
  for (const env of process.env.NODE_EXTRA_CA_CERTS ? (['as is', 'without NODE_EXTRA_CA_CERTS'] as const) : (['as is'] as const)) {
    environment = env;
    tables.push([env, measure(single, small, env === 'as is' ? big : 0)]);
  }

  const header = ['measure', 'median', 'rate', 'peak RSS', 'input'];
  // How the CLI started (see bin/apology-lint.js): from V8's code cache or not. --debug ends with it.
  environment = 'as is';
  const example = join(ROOT, 'fixtures/drafts/late-parcel.txt');
  const started = /since Node started \(([^)]*)\)/.exec(run([BIN, example, '--no-progress', '--debug']).stderr)?.[1] ?? 'unknown';
  console.log(`apology-lint bench: ${RUNS} runs each (median), node ${process.version}, start-up: ${started}, ${TIME ? 'peak RSS from GNU time' : 'no GNU time: RSS not measured'}`);
  for (const [env, rows] of tables) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
    console.log(`\n${env === 'as is' ? (tables.length > 1 ? 'This machine as it is (NODE_EXTRA_CA_CERTS set):' : '') : 'The same runs without NODE_EXTRA_CA_CERTS, as on a machine without a custom certificate authority:'}\n`);
    console.log(line(header));
    console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
    for (const row of rows) console.log(line(row));
  }
  console.log('\nTargets: cold start <= 2x node; library >= 400 KB/s; peak RSS <= 150 MB; cached re-run <= 10% of the library time.');
}

/** The table's rows, measured in the current `environment`; `big` (bytes) is 0 to leave the 20,000 files out. */
function measure(single: string, small: number, big: number): string[][] {
  const rows: string[][] = [];
  const node: number[] = [];
  const cli: number[] = [];
  const plain: number[] = [];
  const startOnly: number[] = [];
  // The generated draft is long prose with many cues; the README's example is a short reply.
  const example = join(ROOT, 'fixtures/drafts/late-parcel.txt');
  for (let i = 0; i < Math.max(RUNS, 7); i++) {
    node.push(run(['-e', '0']).seconds);
    cli.push(run([BIN, single, '--no-progress']).seconds);
    plain.push(run([BIN, example, '--no-progress']).seconds);
    startOnly.push(run([BIN, '--version']).seconds);
  }
  const bare = median(node);
  for (const [label, times, file, note] of [
    ['cold start', cli, single, 'generated draft'],
    ['cold start, example', plain, example, 'fixtures/drafts/late-parcel.txt'],
    ['start-up only', startOnly, null, 'apology-lint --version: no linting'],
  ] as const) {
    const cold = median(times);
    rows.push([label, `${(cold * 1000).toFixed(0)} ms`, `${(cold / bare).toFixed(1)}× node -e 0 (${(bare * 1000).toFixed(0)} ms)`, '', file ? `${statSync(file).size} B ${note}` : note]);
  }

  // The 2,000 files, and their cached re-run, alternately: the re-run's share of the library time
  // is then measured under the same load on the machine, as the cold start against node is.
  const libraryDir = join(OUT, 'library-2000');
  const cacheFile = join(OUT, 'cache.json');
  rmSync(cacheFile, { force: true });
  const cacheArgs = ['--cache', '--cache-location', cacheFile];
  let canCache = true;
  try {
    lintLibrary(libraryDir, cacheArgs);
  } catch {
    canCache = false; // an older build without --cache (comparing before and after)
  }
  const fresh: Run[] = [];
  const cachedRuns: Run[] = [];
  const floorRuns: Run[] = [];
  const floorReport = join(OUT, 'floor-report.json');
  let floorWorks = true;
  for (let i = 0; i < RUNS; i++) {
    fresh.push(lintLibrary(libraryDir));
    if (!canCache) continue;
    cachedRuns.push(lintLibrary(libraryDir, cacheArgs));
    try {
      if (floorWorks) floorRuns.push(run([FLOOR, libraryDir, cacheFile, floorReport]));
    } catch {
      floorWorks = false; // a cache it cannot read: another build's layout (BENCH_ROOT)
    }
  }
  // Only a floor that wrote the very report the CLI did (the last run above was a cached one) did
  // the same work. Compared now: the 20,000-file runs below write their own report.
  const floorSame = canCache && floorWorks && readFileSync(floorReport).equals(readFileSync(join(OUT, 'report.json')));
  const lib = summary(fresh, small);
  rows.push(['library 2,000', `${lib.seconds.toFixed(2)} s`, `${lib.kbPerSecond.toFixed(0)} KB/s`, `${lib.rssMb.toFixed(0)} MB`, `${(small / 1024).toFixed(0)} KB`]);

  if (big) {
    const scaled = library(join(OUT, 'library-20000'), big, Number(process.env.BENCH_RUNS ?? 3));
    rows.push(['library 20,000', `${scaled.seconds.toFixed(2)} s`, `${scaled.kbPerSecond.toFixed(0)} KB/s`, `${scaled.rssMb.toFixed(0)} MB`, `${(big / 1024).toFixed(0)} KB; ${(scaled.seconds / lib.seconds).toFixed(1)}× the 2,000-file time`]);
  }

  if (canCache) {
    const cached = summary(cachedRuns, small);
    rows.push(['cached re-run', `${cached.seconds.toFixed(2)} s`, `${((cached.seconds / lib.seconds) * 100).toFixed(0)}% of the library time`, `${cached.rssMb.toFixed(0)} MB`, '2,000 files, unchanged']);
    const floor = summary(floorRuns, small);
    const what = 'bare Node, only the file work: scripts/bench-floor.cjs';
    if (floorSame) rows.push(['cached re-run floor', `${floor.seconds.toFixed(2)} s`, `${((floor.seconds / lib.seconds) * 100).toFixed(1)}% of the library time`, `${floor.rssMb.toFixed(0)} MB`, what]);
    else rows.push(['cached re-run floor', 'n/a', floorWorks ? "its report differs from the CLI's" : "it cannot read this build's cache", '', what]);
  } else {
    rows.push(['cached re-run', 'n/a', 'this build has no --cache', '', '']);
  }
  return rows;
}

main();
