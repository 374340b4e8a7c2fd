// policy-extract export DIR... --format csv|jsonl --table tasks|quantities|deadlines|sections [--out FILE]
import { parseArgs } from 'node:util';
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { once } from 'node:events';
import { exportTable, type ExportFormat } from '../export/index.js';
import { tables, type TableName } from '../export/rows.js';
import { err, quietOnClosedPipe, UsageError } from './usage.js';

export async function exportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'csv' }, table: { type: 'string', default: 'tasks' }, out: { type: 'string', short: 'o' } },
  });
  if (!positionals.length) throw new UsageError('export needs an output directory, a corpus index or JSON files');
  if (values.format !== 'csv' && values.format !== 'jsonl') throw new UsageError(`--format must be csv or jsonl, not ${values.format}`);
  if (!(tables as readonly string[]).includes(values.table!)) throw new UsageError(`--table must be one of ${tables.join(', ')}, not ${values.table}`);
  const format = values.format as ExportFormat;
  const table = values.table as TableName;
  if (!values.out) {
    quietOnClosedPipe(process.stdout);
    await exportTable(positionals, table, format, process.stdout);
    return 0;
  }
  const temporary = `${values.out}.tmp-${process.pid}`;
  const file = createWriteStream(temporary);
  const count = await exportTable(positionals, table, format, file);
  file.end();
  await once(file, 'finish');
  await rename(temporary, values.out);
  err(`policy-extract: ${count} ${table} records written to ${values.out}`);
  return 0;
}
