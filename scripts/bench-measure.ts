// What both benchmarks (synthetic and real corpora) measure with: whole CLI
// runs timed from outside with their peak resident set, medians over repeated
// runs, and the one-core regex-scan floor.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Run {
  seconds: number;
  peakRssMB: number;
  code: number;
}

/** Runs the CLI, polling its peak resident set (VmHWM) until it exits. */
export function timedCli(cli: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, ...args], { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CI: 'true' } });
    let peak = 0;
    const poll = setInterval(() => {
      try {
        const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
        peak = Math.max(peak, kb / 1024);
      } catch {
        // the process has exited
      }
    }, 25);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ seconds: (performance.now() - started) / 1000, peakRssMB: Math.round(peak), code: code ?? 1 });
    });
  });
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

/** MB/s of `work` over texts totalling `bytes`, on this thread: the median of `passes` timed passes after one warm-up. */
export function floorMBps(texts: string[], bytes: number, work: (text: string) => unknown, passes = 3): number {
  if (texts.length === 0) return 0;
  const rates: number[] = [];
  for (let pass = 0; pass <= passes; pass++) {
    const started = performance.now();
    for (const text of texts) work(text);
    if (pass > 0) rates.push(bytes / 1e6 / ((performance.now() - started) / 1000));
  }
  return median(rates);
}

/** The cheapest pass over text that still reads every character: one regex. */
export const regexScan = (text: string): number => text.match(/\d+/g)?.length ?? 0;

/** Stage shares from the summed stage milliseconds of a build's --summary. */
export function stageShare(timings: Record<string, number>): Record<string, number> {
  const total = Object.values(timings).reduce((a, b) => a + b, 0) || 1;
  return Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, round(v / total, 3)]));
}
