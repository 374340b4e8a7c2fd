// The pipeline's fingerprint: a hash of the code and rule files that produce
// outputs, so any change to them makes every output stale. Computed once per
// process from the files themselves (the built dist/ when running from it).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packageRoot } from '../package-root.js';

const codeDirs = ['src', 'pipeline', 'schemas'];

function files(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files(path, out);
    else if (/\.(js|ts|utf8)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

let cached: { version: string; fingerprint: string } | undefined;

export function pipelineIdentity(): { version: string; fingerprint: string } {
  if (cached) return cached;
  const root = packageRoot(import.meta.url);
  const built = join(root, 'dist');
  const running = import.meta.url.includes('/dist/') && existsSync(built);
  const hash = createHash('sha256');
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  hash.update(version);
  const dirs = [...codeDirs.map((d) => join(running ? built : root, d)), join(root, 'src', 'rules', 'zh')];
  for (const dir of dirs.filter(existsSync)) {
    for (const file of files(dir)) hash.update(relative(root, file)).update(readFileSync(file));
  }
  cached = { version, fingerprint: hash.digest('hex').slice(0, 16) };
  return cached;
}
