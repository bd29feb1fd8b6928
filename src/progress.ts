/**
 * A progress bar on stderr for long runs in a terminal. Never in CI, never when stderr is not a
 * terminal, and never when a machine format is being written to the same terminal.
 */
import type { SingleBar } from 'cli-progress';
import { isCI } from 'ci-info';
import type { LintProgress } from './linter.js';
import { commonJs } from './sources/libraries.js';

/** Runs this many files or more show the bar at once; shorter runs only once they take a while. */
const MANY_FILES = 50;
const SLOW_MS = 800;

export interface ProgressWhere {
  stderrIsTTY: boolean;
  stdoutIsTTY: boolean;
  /** The report goes to a file (`-o`), not the terminal. */
  toFile: boolean;
  /** The report is meant for people (stylish), not programs. */
  forPeople: boolean;
  /** `--no-progress`. */
  disabled: boolean;
  ci?: boolean;
}

export function wantsProgress(where: ProgressWhere): boolean {
  if (where.disabled || (where.ci ?? isCI) || !where.stderrIsTTY) return false;
  // A machine format printed on this terminal must come out clean.
  return where.forPeople || where.toFile || !where.stdoutIsTTY;
}

export class ProgressBar {
  private bar: SingleBar | null = null;
  private readonly started = Date.now();

  private constructor(
    private readonly Bar: typeof SingleBar,
    private readonly stream: NodeJS.WriteStream,
  ) {}

  /** The bar's library is loaded only for runs that may show it. */
  static async create(stream: NodeJS.WriteStream = process.stderr): Promise<ProgressBar> {
    const { SingleBar: Bar } = commonJs(await import('cli-progress'));
    return new ProgressBar(Bar, stream);
  }

  update(progress: LintProgress): void {
    const payload = { drafts: progress.drafts, files: Math.floor(progress.files), totalFiles: progress.totalFiles };
    if (!this.bar) {
      const worthIt = progress.totalFiles >= MANY_FILES || Date.now() - this.started >= SLOW_MS;
      if (!worthIt || progress.files >= progress.totalFiles) return;
      this.bar = new this.Bar({
        stream: this.stream,
        format: 'Checking replies {bar} {percentage}% | {files}/{totalFiles} files, {drafts} replies | {eta_formatted} left',
        barCompleteChar: '█',
        barIncompleteChar: '░',
        barsize: 24,
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 50,
        fps: 10,
      });
      this.bar.start(progress.totalFiles, progress.files, payload);
      return;
    }
    this.bar.update(progress.files, payload);
  }

  /** Erase the bar before the report is printed. */
  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }
}
