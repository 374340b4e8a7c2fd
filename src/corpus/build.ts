// Builds (or checks) an output directory from a set of inputs: hashes every
// input, skips what the manifest shows unchanged, extracts the rest on a pool
// of worker threads (bounded by p-queue), removes outputs whose input is gone,
// and writes the manifest and the corpus index. Output bytes never depend on
// concurrency or input order.
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import PQueue from 'p-queue';
import { ensureDir, listInputs, outputPath } from '../io.js';
import { pipelineIdentity } from './fingerprint.js';
import { emptyManifest, indexName, manifestName, readManifest, writeManifest, type Manifest } from './manifest.js';
import { WorkerPool } from './pool.js';
import type { Progress } from './progress.js';
import { inShard, type Shard } from './shard.js';

export interface BuildOptions {
  inputs: string[];
  out: string;
  concurrency: number;
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
}

/** The manifest key of an input: its path as given, with POSIX separators. */
export const inputKey = (path: string): string => path.split(sep).join('/');

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

interface Input {
  key: string;
  path: string;
  output: string;
  sha256: string;
  bytes: number;
}

async function hashInputs(files: string[], out: string, maxBytes: number, failures: Failure[]): Promise<Input[]> {
  const inputs: Input[] = [];
  const owners = new Map<string, string>();
  const queue = new PQueue({ concurrency: 16 });
  const read = async (path: string) => {
    const output = outputPath(out, path).slice(out.length).replace(/^[\\/]/, '');
    const info = await stat(path);
    if (info.size > maxBytes) return { path, output, sha256: '', bytes: info.size };
    return { path, output, sha256: sha256(await readFile(path)), bytes: info.size };
  };
  const results = await Promise.all(files.map((path) => queue.add(() => read(path).catch((e: Error) => ({ path, error: e.message })))));
  for (const r of results) {
    if (!r) continue;
    if ('error' in r) {
      failures.push({ path: r.path, reason: r.error, ruleId: 'read-failed' });
      continue;
    }
    const taken = owners.get(r.output);
    if (taken || r.output === manifestName || r.output === indexName) {
      failures.push({ path: r.path, reason: `output ${r.output} is already written for ${taken ?? 'the corpus'}`, ruleId: 'output-collision' });
      continue;
    }
    owners.set(r.output, r.path);
    inputs.push({ key: inputKey(r.path), ...r });
  }
  return inputs;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** JSON files in the directory that no manifest entry accounts for. */
async function strayOutputs(out: string, manifest: Manifest): Promise<string[]> {
  const known = new Set([manifestName, indexName, ...Object.values(manifest.entries).map((e) => e.output)]);
  const names = await readdir(out).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith('.json') && !known.has(n)).sort();
}

export async function build(options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const { out } = options;
  const report: BuildReport = {
    ok: 0, failed: 0, skipped: 0, removed: [], bytes: 0, seconds: 0, failures: [], timings: {}, stale: [], missing: [], extra: [],
  };
  const listed = await listInputs(options.inputs);
  report.failures.push(...listed.errors.map((e) => ({ ...e, ruleId: 'read-failed' })));
  const files = options.shard ? listed.files.filter((f) => inShard(inputKey(f), options.shard!)) : listed.files;
  const inputs = await hashInputs(files, out, options.maxBytes, report.failures);
  const identity = pipelineIdentity();
  const previous = await readManifest(out);
  const manifest: Manifest = previous && !options.force ? previous : emptyManifest(identity.version, identity.fingerprint);
  if (previous && options.force) manifest.entries = previous.entries;
  manifest.pipeline = identity;

  const current = new Set(inputs.map((i) => i.key));
  const gone = Object.keys(manifest.entries).filter((k) => !current.has(k)).sort();
  const todo: Input[] = [];
  for (const input of inputs) {
    const entry = manifest.entries[input.key];
    const upToDate =
      !options.force &&
      entry !== undefined &&
      entry.sha256 === input.sha256 &&
      entry.pipeline === identity.fingerprint &&
      entry.output === input.output &&
      (options.check
        ? await readFile(join(out, entry.output)).then((b) => sha256(b) === entry.outputSha256, () => false)
        : await exists(join(out, entry.output)));
    if (upToDate) report.skipped++;
    else {
      todo.push(input);
      (entry ? report.stale : report.missing).push(input.key);
    }
  }

  if (options.check) {
    report.extra = [...gone.map((k) => manifest.entries[k]!.output), ...(await strayOutputs(out, manifest))].sort();
    report.failed = report.failures.length;
    report.seconds = (performance.now() - started) / 1000;
    return report;
  }

  await ensureDir(out);
  for (const key of gone) {
    const output = manifest.entries[key]!.output;
    await rm(join(out, output), { force: true });
    delete manifest.entries[key];
    report.removed.push(output);
  }
  options.progress.start(todo.length);
  if (todo.length) {
    const pool = new WorkerPool(options.concurrency);
    const queue = new PQueue({ concurrency: options.concurrency });
    await Promise.all(
      todo.map((input) =>
        queue.add(async () => {
          const result = await pool.run({ path: input.path, output: input.output, outputPath: join(out, input.output), maxBytes: options.maxBytes });
          if (result.ok) {
            report.ok++;
            report.bytes += input.bytes;
            result.warnings.forEach((w) => options.onWarning?.(w));
            for (const [stage, ms] of Object.entries(result.timings)) report.timings[stage] = (report.timings[stage] ?? 0) + ms;
            manifest.entries[input.key] = {
              sha256: result.sha256, pipeline: identity.fingerprint, output: input.output, outputSha256: result.outputSha256,
              bytes: input.bytes, summary: result.summary,
            };
          } else {
            const failure = { path: input.path, reason: result.reason, ruleId: result.ruleId };
            report.failures.push(failure);
            if (manifest.entries[input.key]) await rm(join(out, manifest.entries[input.key]!.output), { force: true });
            delete manifest.entries[input.key];
          }
          options.progress.tick();
        }),
      ),
    );
    await pool.close();
  }
  options.progress.stop();
  await writeManifest(out, manifest);
  report.failed = report.failures.length;
  report.failures.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  report.seconds = (performance.now() - started) / 1000;
  return report;
}
