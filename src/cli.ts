#!/usr/bin/env node
// policy-extract: a thin shell over extractFile(). Exit 0 when every document
// succeeded, 1 when any failed (each failure on stderr), 2 for bad usage.
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import PQueue from 'p-queue';
import { extractFile, ExtractError } from './index.js';
import { ensureDir, listInputs, outputPath, writeAtomic } from './io.js';

const usage = `Usage: policy-extract INPUT... [--out DIR]

Extracts the structure of Chinese policy texts (.txt, .md) into JSON
(contract version 1). INPUT may be files or directories.

Options:
  -o, --out DIR          write DIR/<file stem>.json per document
                         (without it, a single input is printed to stdout)
  -c, --concurrency N    documents processed at once (default: number of cores)
  -h, --help             show this help
  -v, --version          show the version`;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
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

  const { files, errors } = await listInputs(positionals);
  for (const e of errors) process.stderr.write(`${e.path}: ${e.reason}\n`);
  if (values.out === undefined) {
    if (files.length !== 1 || errors.length) fail('several inputs need --out DIR');
    const result = await extractFile(files[0]!).catch((error: unknown) => error);
    if (result instanceof Error) {
      process.stderr.write(`${result.message}\n`);
      return 1;
    }
    process.stdout.write((result as { json: string }).json);
    return 0;
  }
  const out = values.out;
  await ensureDir(out);
  const queue = new PQueue({ concurrency });
  let failed = errors.length;
  await Promise.all(
    files.map((file) =>
      queue.add(async () => {
        try {
          const { json } = await extractFile(file);
          await writeAtomic(outputPath(out, file), json);
        } catch (error) {
          failed++;
          process.stderr.write(`${error instanceof ExtractError ? error.message : `${file}: ${(error as Error).message}`}\n`);
        }
      }),
    ),
  );
  return failed > 0 ? 1 : 0;
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
