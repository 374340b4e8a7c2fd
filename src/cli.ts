#!/usr/bin/env node
// policy-extract: a thin shell over extractFile(). Exit 0 when every document
// succeeded, 1 when any failed (each failure on stderr), 2 for bad usage.
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-root.js';
import PQueue from 'p-queue';
import { defaultMaxBytes, extractFile, ExtractError } from './index.js';
import { ensureDir, listInputs, outputPath, writeAtomic } from './io.js';

const usage = `Usage: policy-extract INPUT... [--out DIR]

Extracts the structure of Chinese policy texts (.txt, .md) into JSON
(contract version 1). INPUT may be files or directories.

Options:
  -o, --out DIR          write DIR/<file stem>.json per document
                         (without it, a single input is printed to stdout)
  -c, --concurrency N    documents processed at once (default: number of cores)
      --max-bytes N      refuse inputs larger than N bytes (default 20 MiB; K, M suffixes)
      --summary FILE     write a JSON summary of what succeeded and failed
  -h, --help             show this help
  -v, --version          show the version`;

function version(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(import.meta.url), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function fail(message: string): never {
  process.stderr.write(`policy-extract: ${message}\n\n${usage}\n`);
  process.exit(2);
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        concurrency: { type: 'string', short: 'c' },
        'max-bytes': { type: 'string' },
        summary: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (positionals.length === 0) fail('no input given');
  const concurrency = values.concurrency === undefined ? availableParallelism() : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1) fail(`--concurrency must be a positive integer, not ${values.concurrency}`);

  const maxBytes = values['max-bytes'] === undefined ? defaultMaxBytes : parseSize(values['max-bytes']);
  if (maxBytes === undefined) fail(`--max-bytes must be a size such as 20000000, 500K or 20M, not ${values['max-bytes']}`);
  const options = { maxBytes };

  const { files, errors } = await listInputs(positionals);
  const failures: Failure[] = errors.map((e) => ({ path: e.path, reason: e.reason, ruleId: 'read-failed' }));
  for (const e of errors) process.stderr.write(`${e.path}: ${e.reason}\n`);
  if (values.out === undefined) {
    if (files.length !== 1 || errors.length) fail('several inputs need --out DIR');
    const result = await extractFile(files[0]!, options).catch((error: unknown) => error);
    if (result instanceof Error) {
      process.stderr.write(`${result.message}\n`);
      return 1;
    }
    const { json, warnings } = result as { json: string; warnings: string[] };
    for (const w of warnings) process.stderr.write(`${w}\n`);
    process.stdout.write(json);
    return 0;
  }
  const out = values.out;
  await ensureDir(out);
  const queue = new PQueue({ concurrency });
  const written: Array<{ path: string; output: string }> = [];
  await Promise.all(
    files.map((file) =>
      queue.add(async () => {
        try {
          const { json, warnings } = await extractFile(file, options);
          for (const w of warnings) process.stderr.write(`${w}\n`);
          await writeAtomic(outputPath(out, file), json);
          written.push({ path: file, output: outputPath(out, file) });
        } catch (error) {
          const failure = error instanceof ExtractError
            ? { path: file, reason: error.reason, ruleId: error.ruleId ?? 'failed' }
            : { path: file, reason: (error as Error).message, ruleId: 'internal-error' };
          failures.push(failure);
          process.stderr.write(`${failure.path}: ${failure.reason}\n`);
        }
      }),
    ),
  );
  if (values.summary) await writeAtomic(values.summary, summaryJson(written, failures));
  return failures.length > 0 ? 1 : 0;
}

interface Failure {
  path: string;
  reason: string;
  ruleId: string;
}

const byPath = <T extends { path: string }>(list: T[]) => [...list].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

/** The machine-readable summary of a batch, in path order. */
function summaryJson(written: Array<{ path: string; output: string }>, failures: Failure[]): string {
  return `${JSON.stringify({ ok: written.length, failed: failures.length, documents: byPath(written), failures: byPath(failures) }, null, 2)}\n`;
}

/** "20000000", "500K", "20M" → bytes. */
function parseSize(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([KMG]i?B?)?$/i.exec(text.trim());
  if (!m) return undefined;
  const scale = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[(m[2] ?? '').charAt(0).toUpperCase() as 'K' | 'M' | 'G'] ?? 1;
  return Math.round(Number(m[1]) * scale);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`policy-extract: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
