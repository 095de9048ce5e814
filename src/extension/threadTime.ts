// How long the calling thread ran on a core and how long it waited for one, from Linux's per-thread scheduler
// statistics. A worker's wall time alone cannot tell a slow scan from a scan that waited while the workbench,
// the TypeScript server and the browser took both cores (the first edits after a window opens).
import { readFileSync } from 'node:fs';

export interface ThreadTime {
  /** Nanoseconds on a CPU. */
  runNs: number;
  /** Nanoseconds runnable but waiting for a CPU. */
  waitNs: number;
}

let available = process.platform === 'linux';

/** This thread's totals so far, or undefined where the kernel does not say (not Linux, schedstats off). */
export function threadTime(): ThreadTime | undefined {
  if (!available) return undefined;
  try {
    const [run, wait] = readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ').map(Number);
    if (Number.isFinite(run) && Number.isFinite(wait)) return { runNs: run, waitNs: wait };
  } catch {
    // Kernels before 3.17 have no /proc/thread-self.
  }
  available = false;
  return undefined;
}

/** Milliseconds on a CPU and waiting for one between two readings. */
export function threadTimeSince(start: ThreadTime | undefined): { cpuMs: number; waitMs: number } | undefined {
  const end = start && threadTime();
  return end && { cpuMs: (end.runNs - start.runNs) / 1e6, waitMs: (end.waitNs - start.waitNs) / 1e6 };
}
