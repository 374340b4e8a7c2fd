// Keeps an output directory in step with a folder: every supported file that
// lands in it (new or changed) is extracted, and outputs of removed files go,
// by the corpus build itself (same manifest, index and atomic writes). The
// folder is built as it is at the start; after that chokidar reports a file
// only once its size has stopped changing, so a file written in pieces is
// read whole: a build sees only the files present at the start or reported so.
import { extname, normalize } from 'node:path';
import { watch } from 'chokidar';
import { inputExtensions, listInputs } from '../io.js';
import { build, type BuildOptions, type BuildReport } from './build.js';

export interface WatchOptions extends Pick<BuildOptions, 'out' | 'concurrency' | 'adaptive' | 'maxBytes' | 'onWarning'> {
  dir: string;
  /** Milliseconds a file's size must hold still before it is read. */
  settleMs?: number;
  onBuild: (report: BuildReport) => void;
  onError: (error: Error) => void;
}

export interface CorpusWatcher {
  /** Resolves once the files present at the start are built. */
  ready: Promise<void>;
  /** Stops watching and waits for a build under way. */
  close(): Promise<void>;
}

const quietProgress = { start() {}, tick() {}, stop() {} };

export function watchCorpus(options: WatchOptions): CorpusWatcher {
  const settled = new Set<string>();
  let building = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const silent = { force: false, check: false, shard: null, progress: quietProgress };

  const rebuild = () =>
    (building = building.then(async () => {
      const inputs = [...settled].sort();
      options.onBuild(await build({ ...silent, inputs, out: options.out, concurrency: options.concurrency, adaptive: options.adaptive, maxBytes: options.maxBytes, onWarning: options.onWarning }));
    }).catch(options.onError));
  // Files that settle together (a copy of several) make one build.
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), 50);
  };

  const settle = options.settleMs ?? 300;
  const watcher = watch(options.dir, {
    ignoreInitial: true,
    awaitWriteFinish: { stabilityThreshold: settle, pollInterval: Math.max(10, Math.round(settle / 5)) },
    ignored: (path, stats) => Boolean(stats?.isFile()) && !inputExtensions.has(extname(path).toLowerCase()),
  });
  const changed = (path: string, present: boolean) => {
    if (present) settled.add(normalize(path));
    else settled.delete(normalize(path));
    schedule();
  };
  watcher.on('add', (path) => changed(path, true));
  watcher.on('change', (path) => changed(path, true));
  watcher.on('unlink', (path) => changed(path, false));
  watcher.on('error', (error) => options.onError(error as Error));
  // Watching first, then listing: a file that lands in between is reported, not missed.
  const ready = new Promise<void>((resolve) => watcher.once('ready', resolve))
    .then(() => listInputs([options.dir]))
    .then(({ files }) => {
      files.forEach((f) => settled.add(normalize(f)));
      return rebuild();
    });
  return {
    ready,
    async close() {
      clearTimeout(timer);
      await watcher.close();
      await building;
    },
  };
}
