#!/usr/bin/env node
// policy-extract: a thin shell over extract()/extractFile() (one document, a
// file or standard input), build() (a corpus) and merge() (shard outputs);
// serve, watch, export, view and diff live in src/commands/. Exit 0 when every
// document succeeded (and, with --check, nothing is stale), 1 otherwise, 2 for bad usage.
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { packageRoot } from './package-root.js';
import { defaultMaxBytes, writeAtomic } from './io.js';
import { summaryLine } from './corpus/report-line.js';
import { merge, MergeError } from './corpus/merge.js';
import { parseShard } from './corpus/shard.js';
import { err, UsageError } from './commands/usage.js';
import { parseInteger, parseSize } from './commands/options.js';
import { readStdin, stdinFormats, type StdinFormat } from './commands/stdin.js';
import { segmenterEngine } from './segmenter/index.js';

// The pipeline, the corpus build and each subcommand load only for the runs that use them.
const subcommands: Record<string, () => Promise<(argv: string[]) => Promise<number>>> = {
  export: async () => (await import('./commands/export.js')).exportCommand,
  diff: async () => (await import('./commands/diff.js')).diffCommand,
  view: async () => (await import('./commands/view.js')).viewCommand,
  serve: async () => (await import('./commands/serve.js')).serveCommand,
  watch: async () => (await import('./commands/watch.js')).watchCommand,
};

const usage = `Usage: policy-extract INPUT... [--out DIR] [options]
       policy-extract - [--format ${stdinFormats.join('|')}]
       policy-extract serve [--port 8080] [--host 127.0.0.1] [--concurrency N] [--queue-limit 64] [--timeout 30000]
       policy-extract watch DIR --out OUT [--concurrency N]
       policy-extract merge OUT SHARD_DIR...
       policy-extract export DIR|INDEX|FILE.json... [--format csv|jsonl] [--table tasks|quantities|deadlines|sections] [--out FILE]
       policy-extract view DIR|FILE.json... --out REPORT_DIR
       policy-extract diff OLD NEW [--json]

Extracts the structure of Chinese policy texts (.txt, .md, .html) into JSON
(contract version 1). INPUT may be files or directories; - reads one document
from standard input (--format when it is Markdown).

Options:
  -o, --out DIR          write DIR/<file stem>.json per document, with a manifest
                         (unchanged inputs are skipped next time) and a corpus index;
                         without it, a single input is printed to stdout
  -c, --concurrency N    worker threads (default: up to the number of cores, a
                         second one only for more than 6 MiB of inputs per worker)
      --force            rebuild every document, changed or not
      --check            write nothing; exit 1 listing what is stale, missing or extra
      --shard K/N        build only the K-th of N stable shares of the inputs
      --max-bytes N      refuse inputs larger than N bytes (default 20 MiB; K, M suffixes)
      --summary FILE     write a JSON summary of the run
  -q, --quiet            no progress and no summary line
  -h, --help             show this help
  -v, --version          show the version

serve runs an HTTP service (POST /v1/extract, /v1/extract/batch; GET /v1/schema,
/v1/version, /v1/openapi.json, /healthz, /readyz) until SIGTERM; --timeout is
milliseconds per document, --queue-limit the documents admitted before 503.
watch extracts every file that lands in DIR into OUT, as a corpus build would.
merge joins the output directories of --shard builds into OUT.
export streams one table of records as CSV (UTF-8 with BOM, for Excel and WPS)
or JSONL. view writes a static HTML review report. diff compares two versions
of a policy (texts or JSON): sections added, removed and moved; quantities,
deadlines, responsible and lead units changed.`;

/** "0.1.0 (word segmenter: nodejieba 3.5.8)": the engine is whichever loads here. */
function version(): string {
  const own = (JSON.parse(readFileSync(join(packageRoot(import.meta.url), 'package.json'), 'utf8')) as { version: string }).version;
  try {
    const engine = segmenterEngine();
    return `${own} (word segmenter: ${engine.name} ${engine.version})`;
  } catch (error) {
    return `${own} (${(error as Error).message})`;
  }
}


function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        concurrency: { type: 'string', short: 'c' },
        force: { type: 'boolean' },
        check: { type: 'boolean' },
        shard: { type: 'string' },
        'max-bytes': { type: 'string' },
        format: { type: 'string' },
        summary: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}


/** One document to stdout: a file, or standard input (`-`). */
async function single(path: string, maxBytes: number, format: StdinFormat | undefined): Promise<number> {
  try {
    const { extract, extractFile } = await import('./index.js');
    const { json, warnings } = path === '-' ? await extract(await readStdin(format), { maxBytes }) : await extractFile(path, { maxBytes });
    warnings.forEach(err);
    process.stdout.write(json);
    return 0;
  } catch (error) {
    err((error as Error).message);
    return 1;
  }
}

async function main(argv: string[]): Promise<number> {
  const subcommand = subcommands[argv[0] ?? ''];
  if (subcommand && !argv.includes('--help') && !argv.includes('-h')) {
    try {
      return await (await subcommand())(argv.slice(1));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) throw new UsageError((error as Error).message);
      throw error;
    }
  }
  const { values, positionals } = parse(argv);
  if (values.help) return process.stdout.write(`${usage}\n`), 0;
  if (values.version) return process.stdout.write(`${version()}\n`), 0;
  if (positionals[0] === 'merge') {
    const [, out, ...shards] = positionals;
    if (!out || shards.length === 0) throw new UsageError('merge needs OUT and at least one SHARD_DIR');
    const report = await merge(out, shards);
    if (!values.quiet) err(`policy-extract: merged ${shards.length} shards: ${report.copied} copied, ${report.unchanged} unchanged, ${report.removed.length} removed`);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('no input given');
  if (positionals.includes('-') && (positionals.length > 1 || values.out !== undefined)) throw new UsageError('- reads one document from standard input and prints it: no other input, no --out');
  if (values.format !== undefined && positionals[0] !== '-') throw new UsageError('--format is for standard input (-) only');
  if (values.format !== undefined && !(stdinFormats as readonly string[]).includes(values.format))
    throw new UsageError(`--format must be one of ${stdinFormats.join(', ')}, not ${values.format}`);
  const concurrency = values.concurrency === undefined ? availableParallelism() : parseInteger('--concurrency', values.concurrency);
  const maxBytes = values['max-bytes'] === undefined ? defaultMaxBytes : parseSize('--max-bytes', values['max-bytes']);
  const shard = values.shard === undefined ? null : parseShard(values.shard);
  if (shard === undefined) throw new UsageError(`--shard must be K/N with 1 ≤ K ≤ N, not ${values.shard}`);

  if (values.out === undefined) {
    if (values.check || values.shard || values.force) throw new UsageError('--check, --force and --shard need --out DIR');
    if (positionals.length !== 1 || (await stat(positionals[0]!).then((s) => s.isDirectory(), () => false)))
      throw new UsageError('several inputs (or a directory) need --out DIR');
    return single(positionals[0]!, maxBytes, values.format as StdinFormat | undefined);
  }
  const [{ build }, { createProgress, progressMode }] = await Promise.all([import('./corpus/build.js'), import('./corpus/progress.js')]);
  const progress = createProgress(progressMode(process.stderr, Boolean(values.quiet)), process.stderr);
  const report = await build({
    inputs: positionals, out: values.out, concurrency, adaptive: values.concurrency === undefined, force: Boolean(values.force), check: Boolean(values.check),
    shard, maxBytes, progress, onWarning: values.quiet ? undefined : err,
  });
  for (const f of report.failures) err(`${f.path}: ${f.reason}`);
  if (values.summary) {
    const { ok, failed, skipped, removed, bytes, seconds, workers, failures, timings, stale, missing, extra } = report;
    const checked = values.check ? { stale, missing, extra } : {};
    await writeAtomic(values.summary, `${JSON.stringify({ ok, failed, skipped, removed, bytes, seconds, workers, failures, timings, ...checked }, null, 2)}\n`);
  }
  if (values.check) {
    for (const k of report.stale) err(`stale: ${k}`);
    for (const k of report.missing) err(`missing: ${k}`);
    for (const k of report.extra) err(`extra: ${k}`);
    const dirty = report.stale.length + report.missing.length + report.extra.length;
    if (!values.quiet) err(`policy-extract: ${values.out} ${dirty ? `is out of date: ${report.stale.length} stale, ${report.missing.length} missing, ${report.extra.length} extra` : 'is up to date'}`);
    return dirty || report.failed ? 1 : 0;
  }
  if (!values.quiet) err(summaryLine(report));
  return report.failed > 0 ? 1 : 0;
}

// A reader that stops early (policy-extract doc.txt | head) closes the pipe: that ends the output, quietly, not with a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      err(`policy-extract: ${error.message}\n\n${usage}`);
      process.exitCode = 2;
    } else if (error instanceof MergeError) {
      err(`policy-extract merge: ${error.message}`);
      process.exitCode = 1;
    } else {
      err(`policy-extract: ${(error as Error).stack ?? String(error)}`);
      process.exitCode = 1;
    }
  },
);
