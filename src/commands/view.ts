// policy-extract view DIR|FILE.json... --out REPORT_DIR: a static HTML review report.
import { parseArgs } from 'node:util';
import { writeReport } from '../report/index.js';
import { err, UsageError } from './usage.js';

export async function viewCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string', short: 'o' } } });
  if (!positionals.length || !values.out) throw new UsageError('view needs output JSON files or directories and --out REPORT_DIR');
  const { written, failures } = await writeReport(positionals, values.out);
  for (const f of failures) err(`${f.path}: ${f.reason}`);
  err(`policy-extract: report of ${written.length - 1} documents in ${values.out}/index.html`);
  return failures.length ? 1 : 0;
}
