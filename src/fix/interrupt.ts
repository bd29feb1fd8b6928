/**
 * Ctrl-C or a cancelled CI job while fixed files are being written. Without this, the signal
 * can be lost: the atomic writer listens for it only while a file is being written, and a signal
 * that arrives just as one write ends is caught and then dropped. Holding the signal for the
 * whole writing phase lets the file being written finish (or not start), then ends the process
 * by the same signal, so the shell and CI see the usual exit status (130 for Ctrl-C, 143 for
 * SIGTERM).
 */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export interface HeldSignals {
  /** Aborted when a signal arrives; pass to `outputFixes` so no further file is started. */
  readonly signal: AbortSignal;
  /** The signal that arrived, if any. */
  readonly received: NodeJS.Signals | undefined;
  /** Stop holding; if a signal arrived, end the process by it now. */
  release(): void;
}

export function holdSignals(): HeldSignals {
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  const onSignal = (sig: NodeJS.Signals): void => {
    received ??= sig;
    controller.abort();
  };
  for (const sig of SIGNALS) process.on(sig, onSignal);
  return {
    signal: controller.signal,
    get received() {
      return received;
    },
    release() {
      for (const sig of SIGNALS) process.off(sig, onSignal);
      // With no listener left the signal takes its default action and ends the process.
      if (received) process.kill(process.pid, received);
    },
  };
}
