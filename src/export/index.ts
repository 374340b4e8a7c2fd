// policy-extract export: streams the records of one table over the documents
// of an output directory (or of a corpus index, or single JSON files) as CSV
// that Excel and WPS open correctly (UTF-8 with BOM, quoted by csv-stringify)
// or as JSONL, one record per line. One document is in memory at a time.
import { readFile, readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { policyDocument } from '../../schemas/policy-document.js';
import { indexName } from '../corpus/manifest.js';
import { columns, rowsOf, type Cell, type TableName } from './rows.js';

export type ExportFormat = 'csv' | 'jsonl';

/** Document files named by the inputs: JSON files, directories of them, or a corpus index. */
export async function documentFiles(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    if ((await stat(input)).isDirectory()) {
      const names = (await readdir(input)).filter((n) => n.endsWith('.json') && !n.includes('.policy-extract.')).sort();
      files.push(...names.map((n) => join(input, n)));
    } else if (input.endsWith(indexName)) {
      const index = JSON.parse(await readFile(input, 'utf8')) as { documents: Array<{ output: string }> };
      files.push(...index.documents.map((d) => join(dirname(input), d.output)));
    } else files.push(input);
  }
  return files;
}

const csvCell = (value: Cell): string | number => (Array.isArray(value) ? value.join('、') : (value ?? ''));

async function write(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/** Writes the table to `out`; returns the number of records. */
export async function exportTable(inputs: string[], table: TableName, format: ExportFormat, out: Writable): Promise<number> {
  const files = await documentFiles(inputs);
  let count = 0;
  const csv = format === 'csv' ? stringify({ bom: true, header: true, columns: [...columns[table]], record_delimiter: 'windows' }) : null;
  // The caller owns `out` (it may be stdout): pipe without ending it.
  const done = csv ? once(csv.pipe(out, { end: false }) && csv, 'end') : null;
  for (const file of files) {
    const parsed = policyDocument.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file}: not a policy-extract document (${parsed.error.issues[0]!.path.join('.')})`);
    for (const row of rowsOf(parsed.data, table)) {
      count++;
      if (csv) {
        if (!csv.write(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, csvCell(v)])))) await once(csv, 'drain');
      } else await write(out, `${JSON.stringify(row)}\n`);
    }
  }
  if (csv) {
    csv.end();
    await done;
  }
  return count;
}
