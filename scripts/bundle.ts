// Bundles the built CLI and its worker into dist/bin: one module graph read
// from a few files instead of some 150, and the parts of dependencies the
// pipeline never calls left out (zod's 50 message locales). Starting a process
// or a worker is what a single document and a serve worker pay for, so this
// is their start-up time. Native engines (nodejieba, @node-rs/jieba) and
// chardet stay packages, loaded by createRequire where they are needed.
import { build } from 'rolldown';
import { join } from 'node:path';
import { packageRoot } from '../src/package-root.js';

const root = packageRoot(import.meta.url);
await build({
  input: { 'policy-extract': join(root, 'dist/src/cli.js'), worker: join(root, 'dist/src/corpus/worker.js') },
  platform: 'node',
  logLevel: 'warn',
  output: { dir: join(root, 'dist/bin'), format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
});
