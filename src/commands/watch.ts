// policy-extract watch DIR --out OUT: extracts what lands in DIR into OUT
// (src/corpus/watch.ts) until SIGINT or SIGTERM, printing a line per build.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { defaultMaxBytes } from '../index.js';
import { summaryLine } from '../corpus/report-line.js';
import { watchCorpus } from '../corpus/watch.js';
import { parseInteger, parseSize } from './options.js';
import { err, UsageError } from './usage.js';

export async function watchCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      concurrency: { type: 'string', short: 'c' },
      'max-bytes': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
    },
  });
  if (positionals.length !== 1 || !values.out) throw new UsageError('watch needs one DIR and --out OUT');
  const watcher = watchCorpus({
    dir: positionals[0]!,
    out: values.out,
    concurrency: values.concurrency === undefined ? availableParallelism() : parseInteger('--concurrency', values.concurrency),
    adaptive: values.concurrency === undefined,
    maxBytes: values['max-bytes'] === undefined ? defaultMaxBytes : parseSize('--max-bytes', values['max-bytes']),
    onWarning: values.quiet ? undefined : err,
    onBuild: (report) => {
      for (const f of report.failures) err(`${f.path}: ${f.reason}`);
      if (!values.quiet && report.ok + report.failed + report.removed.length > 0) err(summaryLine(report));
    },
    onError: (error) => err(`policy-extract watch: ${error.message}`),
  });
  await watcher.ready;
  if (!values.quiet) err(`policy-extract watch: watching ${positionals[0]} (stop with Ctrl-C)`);
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => resolve());
  });
  await watcher.close();
  return 0;
}
