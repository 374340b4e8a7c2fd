import { Writable } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportTable } from '../src/export/index.js';
import { columns } from '../src/export/rows.js';

async function collect(table: 'tasks' | 'quantities' | 'deadlines' | 'sections', format: 'csv' | 'jsonl', inputs = ['output']): Promise<string> {
  const chunks: Buffer[] = [];
  const sink = new Writable({ write: (chunk, _enc, done) => (chunks.push(Buffer.from(chunk)), done()) });
  await exportTable(inputs, table, format, sink);
  return Buffer.concat(chunks).toString('utf8');
}

const index = JSON.parse(readFileSync('output/index.policy-extract.json', 'utf8')) as { documents: Array<{ counts: Record<string, number> }> };
const total = (key: string) => index.documents.reduce((n, d) => n + d.counts[key]!, 0);

describe('export', () => {
  it('should write CSV that Excel and WPS open: UTF-8 BOM, CRLF rows, quoted commas, quotes and newlines', async () => {
    const csv = await collect('quantities', 'csv');
    expect(csv.startsWith('\ufeffdocumentId,documentTitle,sectionId,heading,text,value')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = parse(csv.slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(total('quantities'));
    expect(rows.find((r) => r.text === '2.47万座')).toMatchObject({ documentId: '004_089e7161dbc65c0d', value: '24700', unit: '座', comparator: '=' });
    const sections = parse((await collect('sections', 'csv')).slice(1), { columns: true }) as Array<Record<string, string>>;
    const withComma = sections.find((r) => r.heading!.includes(','))!;
    expect(withComma.heading).toBe('实施数字产业化引领行动,着力在新一代信息技术产业高质量发展上重点突破');
  });

  it('should quote commas, double quotes and line breaks so they survive a round trip', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-'));
    const doc = JSON.parse(readFileSync('output/002_1b224cf20ee24884.json', 'utf8'));
    doc.meta.title = '关于"数字经济",第二版\n(修订)';
    writeFileSync(join(dir, 'tricky.json'), JSON.stringify(doc));
    const csv = await collect('tasks', 'csv', [dir]);
    const rows = parse(csv.slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(rows[0]!.documentTitle).toBe('关于"数字经济",第二版\n(修订)');
    expect(csv).toContain('"关于""数字经济"",第二版\n(修订)"');
  });

  it('should write one JSONL record per line, lists kept as lists, every record joinable by id and span', async () => {
    const lines = (await collect('tasks', 'jsonl')).trimEnd().split('\n');
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const r of records) {
      expect(Object.keys(r)).toEqual(columns.tasks);
      expect(typeof r.spanStart).toBe('number');
    }
    const zhuhai = records.find((r) => r.sectionId === 'main/二/(一)/1' && r.documentId === '004_089e7161dbc65c0d')!;
    expect(zhuhai).toMatchObject({ lead: ['市工业和信息化局'], deadlines: ['2025-12-31'], quantities: ['2.47万座'] });
  });

  it('should read the documents named by a corpus index', async () => {
    expect(await collect('deadlines', 'jsonl', ['output/index.policy-extract.json'])).toBe(await collect('deadlines', 'jsonl'));
  });

  it('should count one sections row per section', async () => {
    expect((await collect('sections', 'jsonl')).trimEnd().split('\n')).toHaveLength(total('sections'));
  });

  it('should run from the CLI into a file, and refuse an unknown table', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'export-')), 'tasks.csv');
    const ok = spawnSync(process.execPath, ['dist/bin/policy-extract.js', 'export', 'output', '--table', 'tasks', '--out', out], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('\ufeffdocumentId')).toBe(true);
    const bad = spawnSync(process.execPath, ['dist/bin/policy-extract.js', 'export', 'output', '--table', 'nope'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
  });
});
