/**
 * Writing the report: to a file named by --output-file, or to a stream. A report is text, or
 * (the JSON report of a run served by --cache, see formatters/json.ts) pieces of it, written
 * one after another without first being copied into one buffer.
 */
import { dirname } from 'node:path';

export type Report = string | readonly Uint8Array[];

/** Write the report to `target`, making its folder if needed. In one go, synchronously: it is the last thing a run does. */
export function writeReportFile(target: string, report: Report): void {
  // (A promise-based write of a large report goes out in 512 KB pieces: ~10 ms more for 4 MB.)
  const { closeSync, mkdirSync, openSync, writeFileSync, writevSync } = process.getBuiltinModule('node:fs');
  mkdirSync(dirname(target), { recursive: true });
  if (typeof report === 'string') return writeFileSync(target, report);
  const fd = openSync(target, 'w');
  try {
    const pieces = report.filter((piece) => piece.length > 0);
    // writev takes up to 1,024 pieces at a time, and may write fewer bytes than asked.
    for (let next = 0; next < pieces.length; ) {
      let written = writevSync(fd, pieces.slice(next, next + 1024));
      while (written > 0) {
        const piece = pieces[next]!;
        if (written >= piece.length) {
          written -= piece.length;
          next++;
        } else {
          pieces[next] = piece.subarray(written);
          written = 0;
        }
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** Write the report to a stream (standard output or error). */
export function writeReport(stream: NodeJS.WritableStream, report: Report): void {
  if (typeof report === 'string') {
    if (report) stream.write(report);
  } else {
    for (const piece of report) stream.write(piece);
  }
}
