/**
 * Whether a file descriptor (1 for standard output, 2 for standard error) is a terminal, without
 * creating `process.stdout`/`process.stderr` or loading node:tty unless it may be one. A terminal
 * is a character device, which one fstat tells; only then is node:tty asked. Creating
 * process.stderr for a pipe and loading node:tty cost ~5 ms of a run that writes its report to
 * a file.
 */
export function isTerminal(fd: number): boolean {
  try {
    if (!process.getBuiltinModule('node:fs').fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return process.getBuiltinModule('node:tty').isatty(fd);
}
