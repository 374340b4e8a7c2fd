// Progress of a corpus build: a bar on a terminal (cli-progress), plain lines
// when the output is a log (not a TTY, or CI), nothing with --quiet.
import cliProgress from 'cli-progress';

export interface Progress {
  start(total: number): void;
  tick(): void;
  stop(): void;
}

export type ProgressMode = 'bar' | 'lines' | 'quiet';

export function progressMode(stream: NodeJS.WriteStream, quiet: boolean, env = process.env): ProgressMode {
  if (quiet) return 'quiet';
  return stream.isTTY && !env.CI ? 'bar' : 'lines';
}

const quietProgress: Progress = { start() {}, tick() {}, stop() {} };

function barProgress(stream: NodeJS.WriteStream): Progress {
  const bar = new cliProgress.SingleBar(
    { stream, format: '{bar} {value}/{total} documents | {rate} docs/s | ETA {eta_formatted}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  const rate = (done: number) => (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
  let done = 0;
  return {
    start: (total) => bar.start(total, 0, { rate: '0.0' }),
    tick: () => bar.update(++done, { rate: rate(done) }),
    stop: () => bar.stop(),
  };
}

/** A line at most every `everyMs` and at the end: "progress: 120/5000 documents (2%), 85.3 docs/s, ETA 57 s". */
function lineProgress(stream: NodeJS.WriteStream, everyMs = 2000): Progress {
  let total = 0;
  let done = 0;
  let started = 0;
  let last = 0;
  const line = () => {
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    const rate = done / seconds;
    const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    stream.write(`progress: ${done}/${total} documents (${Math.floor((100 * done) / Math.max(1, total))}%), ${rate.toFixed(1)} docs/s, ETA ${eta} s\n`);
  };
  return {
    start(n) {
      total = n;
      started = last = Date.now();
    },
    tick() {
      done++;
      if (Date.now() - last >= everyMs) {
        last = Date.now();
        line();
      }
    },
    stop() {
      if (total > 0) line();
    },
  };
}

export function createProgress(mode: ProgressMode, stream: NodeJS.WriteStream): Progress {
  return mode === 'quiet' ? quietProgress : mode === 'bar' ? barProgress(stream) : lineProgress(stream);
}
