import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface CommandRun {
  seconds: number;
  peakMb: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command under GNU time to get wall time and peak resident memory. */
export function timeCommand(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CommandRun {
  const started = process.hrtime.bigint();
  const run = spawnSync('/usr/bin/time', ['-f', '__PEAK_KB=%M', command, ...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peak = /__PEAK_KB=(\d+)/.exec(run.stderr ?? '');
  return { seconds, peakMb: peak ? Number(peak[1]) / 1024 : NaN, status: run.status, stdout: run.stdout ?? '', stderr: run.stderr ?? '' };
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function corpusStats(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        files++;
        bytes += statSync(full).size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}

export const fmt = (n: number, digits = 2) => n.toFixed(digits);
