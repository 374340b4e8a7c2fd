// Builds (or checks) an output directory from a set of inputs: hashes every
// input, skips what the manifest shows unchanged, extracts the rest on a pool
// of worker threads (bounded by p-queue; a lone input in this thread), removes outputs whose input is gone,
// and writes the manifest and the corpus index. Output bytes never depend on
// concurrency or input order. Each finished output is journaled at once
// (src/corpus/manifest.ts), and files are only written when their bytes change.
import { closeSync, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join, sep } from 'node:path';
import PQueue from 'p-queue';
import { ensureDir, listInputs, outputPath } from '../io.js';
import { pipelineIdentity } from './fingerprint.js';
import { emptyManifest, indexName, journalName, ManifestJournal, manifestName, readManifest, writeManifest, type Manifest } from './manifest.js';
import { sha256 } from '../sha256.js';
import { WorkerPool, type TaskResult, type WorkerTask } from './pool.js';
import type { Progress } from './progress.js';
import { inShard, type Shard } from './shard.js';

export interface BuildOptions {
  inputs: string[];
  out: string;
  /** Worker threads at most. */
  concurrency: number;
  /**
   * Start a worker beyond the first only while the work waiting justifies it
   * (the default when the user names no --concurrency); otherwise start up to
   * `concurrency` as soon as there is work for them.
   */
  adaptive?: boolean;
  force: boolean;
  check: boolean;
  shard: Shard | null;
  maxBytes: number;
  progress: Progress;
  onWarning?: (warning: string) => void;
}

export interface Failure {
  path: string;
  reason: string;
  ruleId: string;
}

export interface BuildReport {
  ok: number;
  failed: number;
  skipped: number;
  removed: string[];
  /** Bytes of the inputs extracted in this run. */
  bytes: number;
  seconds: number;
  failures: Failure[];
  /** Milliseconds per pipeline stage, summed over the documents built. */
  timings: Record<string, number>;
  /** --check: inputs whose output is out of date, has none, and outputs with no input. */
  stale: string[];
  missing: string[];
  extra: string[];
  /** Worker threads started (0: none, a lone input runs in this thread). */
  workers: number;
}

/**
 * In an adaptive build, a worker beyond the first is started only while more
 * than this many input bytes per running worker wait to be built. A worker's
 * start-up and JIT warm-up cost about half a second of both cores: on this
 * project's two-core machines, 2.8 MB of real pages built 16 % faster on one
 * worker than on two, 5.5 MB equally, 11 MB 15 % faster on two.
 */
const bytesPerWorker = 6 * 1024 * 1024;

/** The manifest key of an input: its path as given, with POSIX separators. */
export const inputKey = (path: string): string => path.split(sep).join('/');

interface Input {
  key: string;
  path: string;
  output: string;
}

/** Inputs with their output names; a second input that would overwrite an output fails. */
function outputsOf(files: string[], out: string, failures: Failure[]): Input[] {
  const owners = new Map<string, string>();
  const inputs: Input[] = [];
  for (const path of files) {
    const output = outputPath(out, path).slice(out.length).replace(/^[\\/]/, '');
    const taken = owners.get(output);
    if (taken || output === manifestName || output === indexName) {
      failures.push({ path, reason: `output ${output} is already written for ${taken ?? 'the corpus'}`, ruleId: 'output-collision' });
      continue;
    }
    owners.set(output, path);
    inputs.push({ key: inputKey(path), path, output });
  }
  return inputs;
}

/**
 * sha256 and size of an input, or the reason it cannot be read. Without a
 * previous build to compare with (`compare` false) only the size is read: the
 * worker hashes what it extracts. Synchronous: for the small files of a corpus,
 * a promise per system call costs more than the call.
 */
function hashInput(path: string, maxBytes: number, compare: boolean): { sha256: string; bytes: number } | { error: string } {
  try {
    if (!compare) return { sha256: '', bytes: statSync(path).size };
    const fd = openSync(path, 'r');
    try {
      const { size } = fstatSync(fd);
      // Too large to read: the worker refuses it with the limit named.
      return { sha256: size > maxBytes ? '' : sha256(readFileSync(fd)), bytes: size };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Names of the files in a directory (none when it does not exist). */
async function filesIn(dir: string): Promise<Set<string>> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return new Set(entries.filter((e) => e.isFile()).map((e) => e.name));
}

/** JSON files in the directory that no manifest entry accounts for. */
async function strayOutputs(out: string, manifest: Manifest): Promise<string[]> {
  const known = new Set([manifestName, indexName, ...Object.values(manifest.entries).map((e) => e.output)]);
  return [...(await filesIn(out))].filter((n) => n.endsWith('.json') && !known.has(n)).sort();
}

/** Inputs hashed between two turns of the event loop (see the hashing loop in build). */
const yieldEvery = 32;

interface TaskRunner {
  readonly capacity: number;
  readonly started: number;
  /** Called as more work is queued: a runner may start another worker for it. */
  reconsider(): void;
  run(task: WorkerTask): Promise<TaskResult>;
  close(): Promise<void>;
}

/** A single input is extracted in this thread: starting a worker would cost more than the document. */
const inThisThread: TaskRunner = {
  capacity: 1,
  started: 0,
  reconsider: () => {},
  run: async (task) => (await import('./file-task.js')).runFileTask(task),
  close: async () => {},
};

export async function build(options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const { out } = options;
  const report: BuildReport = {
    ok: 0, failed: 0, skipped: 0, removed: [], bytes: 0, seconds: 0, failures: [], timings: {}, stale: [], missing: [], extra: [], workers: 0,
  };
  const listed = await listInputs(options.inputs);
  report.failures.push(...listed.errors.map((e) => ({ ...e, ruleId: 'read-failed' })));
  const files = options.shard ? listed.files.filter((f) => inShard(inputKey(f), options.shard!)) : listed.files;
  const inputs = outputsOf(files, out, report.failures);
  const identity = pipelineIdentity();
  const previous = await readManifest(out);
  const present = await filesIn(out);
  // Manifest and index on disk hold the whole previous build (no journal pending):
  // unless this run changes an entry, it writes neither.
  const settled =
    previous?.pipeline.fingerprint === identity.fingerprint && previous.pipeline.version === identity.version &&
    present.has(manifestName) && present.has(indexName) && !present.has(journalName);
  const manifest: Manifest = previous ?? emptyManifest(identity.version, identity.fingerprint);
  manifest.pipeline = identity;

  const current = new Set(inputs.map((i) => i.key));
  const gone = Object.keys(manifest.entries).filter((k) => !current.has(k)).sort();
  const journal = new ManifestJournal(out);
  /** Removes an input's output, then its entry (journaled): an entry left by a kill in between names a missing output, which is rebuilt. */
  const forget = async (key: string) => {
    const output = manifest.entries[key]!.output;
    await rm(join(out, output), { force: true });
    delete manifest.entries[key];
    journal.record(key, null);
    return output;
  };
  if (options.check) {
    report.extra = [...gone.map((k) => manifest.entries[k]!.output), ...(await strayOutputs(out, manifest))].sort();
  } else {
    await ensureDir(out);
    for (const key of gone) report.removed.push(await forget(key));
  }

  const isCurrent = (input: Input, sha: string): boolean => {
    const entry = manifest.entries[input.key];
    if (options.force || !entry || entry.sha256 !== sha || entry.pipeline !== identity.fingerprint || entry.output !== input.output) return false;
    if (!options.check) return present.has(entry.output);
    try {
      return sha256(readFileSync(join(out, entry.output))) === entry.outputSha256;
    } catch {
      return false;
    }
  };

  // Hashing streams into building: a worker starts on the first changed input
  // while the rest are still being read, and the hashing loop yields every
  // `yieldEvery` inputs, so that finished documents come back and workers are
  // given their next. Workers are spawned only when needed.
  /** Bytes of the inputs queued or being built. */
  let waitingBytes = 0;
  const wantsAnother = options.adaptive ? (running: number) => waitingBytes > running * bytesPerWorker : undefined;
  const runner = inputs.length === 1 ? inThisThread : new WorkerPool(options.concurrency, undefined, wantsAnother);
  const building = new PQueue({ concurrency: runner.capacity });
  const builds: Array<Promise<void>> = [];
  options.progress.start(options.check ? 0 : inputs.length);
  const extractOne = async (input: Input, bytes: number) => {
    const result = await runner.run({ path: input.path, output: input.output, outputPath: join(out, input.output), maxBytes: options.maxBytes });
    waitingBytes -= bytes;
    if (result.ok) {
      report.ok++;
      report.bytes += bytes;
      result.warnings.forEach((w) => options.onWarning?.(w));
      for (const [stage, ms] of Object.entries(result.timings)) report.timings[stage] = (report.timings[stage] ?? 0) + ms;
      const entry = {
        sha256: result.sha256, pipeline: identity.fingerprint, output: input.output, outputSha256: result.outputSha256,
        bytes, summary: result.summary,
      };
      manifest.entries[input.key] = entry;
      journal.record(input.key, entry);
    } else {
      report.failures.push({ path: input.path, reason: result.reason, ruleId: result.ruleId });
      if (manifest.entries[input.key]) await forget(input.key);
    }
    options.progress.tick();
  };
  for (const [i, input] of inputs.entries()) {
    if (i % yieldEvery === yieldEvery - 1) {
      runner.reconsider();
      await new Promise((resolve) => setImmediate(resolve));
    }
    const compare = !options.force && manifest.entries[input.key] !== undefined;
    const hashed = hashInput(input.path, options.maxBytes, compare);
    if ('error' in hashed) {
      report.failures.push({ path: input.path, reason: hashed.error, ruleId: 'read-failed' });
      options.progress.tick();
    } else if (isCurrent(input, hashed.sha256)) {
      report.skipped++;
      options.progress.tick();
    } else {
      (manifest.entries[input.key] ? report.stale : report.missing).push(input.key);
      if (!options.check) {
        waitingBytes += hashed.bytes;
        builds.push(building.add(() => extractOne(input, hashed.bytes)));
      }
    }
  }
  runner.reconsider();
  await Promise.all(builds);
  await runner.close();
  report.workers = runner.started;
  options.progress.stop();
  journal.close();
  if (!options.check && !(settled && journal.empty)) await writeManifest(out, manifest);
  for (const list of [report.stale, report.missing]) list.sort();
  report.failed = report.failures.length;
  report.failures.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  report.seconds = (performance.now() - started) / 1000;
  return report;
}
