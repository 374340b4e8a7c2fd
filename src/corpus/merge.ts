// Joins the output directories of shard builds (--shard K/N) into one: copies
// their outputs, unites their manifests (which must come from the same
// pipeline) and writes the corpus index. Outputs in the target that no shard
// accounts for are removed, as a full build would.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ensureDir, writeAtomic } from '../io.js';
import { readManifest, writeManifest, type Manifest } from './manifest.js';
import { sha256 } from '../sha256.js';

export class MergeError extends Error {}

export interface MergeReport {
  copied: number;
  unchanged: number;
  removed: string[];
}

export async function merge(out: string, shardDirs: string[]): Promise<MergeReport> {
  const shards: Array<{ dir: string; manifest: Manifest }> = [];
  for (const dir of shardDirs) {
    const manifest = await readManifest(dir);
    if (!manifest) throw new MergeError(`${dir}: no manifest: not the output of a policy-extract build`);
    shards.push({ dir, manifest });
  }
  const pipeline = shards[0]?.manifest.pipeline;
  const other = shards.find((s) => s.manifest.pipeline.fingerprint !== pipeline?.fingerprint);
  if (other) throw new MergeError(`${other.dir}: built by another pipeline (${other.manifest.pipeline.fingerprint}, not ${pipeline!.fingerprint})`);
  const merged: Manifest = { manifestVersion: '1', pipeline: pipeline!, entries: {} };
  const from = new Map<string, string>();
  for (const { dir, manifest } of shards) {
    for (const [key, entry] of Object.entries(manifest.entries)) {
      const seen = merged.entries[key];
      if (seen && seen.sha256 !== entry.sha256) throw new MergeError(`${key}: built from different contents in ${from.get(key)} and ${dir}`);
      merged.entries[key] = entry;
      from.set(key, dir);
    }
  }
  await ensureDir(out);
  const target = await readManifest(out);
  const report: MergeReport = { copied: 0, unchanged: 0, removed: [] };
  const outputs = new Set(Object.values(merged.entries).map((e) => e.output));
  for (const entry of Object.values(target?.entries ?? {})) {
    if (!outputs.has(entry.output)) {
      await rm(join(out, entry.output), { force: true });
      report.removed.push(entry.output);
    }
  }
  for (const [key, entry] of Object.entries(merged.entries).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const existing = await readFile(join(out, entry.output)).catch(() => null);
    if (existing && sha256(existing) === entry.outputSha256) {
      report.unchanged++;
      continue;
    }
    const content = await readFile(join(from.get(key)!, entry.output));
    if (sha256(content) !== entry.outputSha256)
      throw new MergeError(`${join(from.get(key)!, entry.output)}: does not match its manifest (edited or damaged)`);
    await writeAtomic(join(out, entry.output), content.toString('utf8'));
    report.copied++;
  }
  await writeManifest(out, merged);
  return report;
}
