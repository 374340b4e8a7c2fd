// Rebuilds tables flattened into `|` lines. Two layouts occur in scraped pages:
// one row per line (`序号 | 改革举措 | 主要内容`), and one cell per line
// (`類別 |`) with a lone `|` opening each row. Cells merged across rows arrive
// as short rows or as empty leading cells; they are repeated from the row above.
import type { BlockNode, LineNode } from '../tree.js';
import { trimSpan } from '../text/lines.js';
import { matchMarker } from './sections.js';
import { metadataRow } from '../rules/zh/page.js';

type Cell = { text: string };

function isPipeLine(view: string): boolean {
  return view.includes('|') && !metadataRow.test(view);
}

/**
 * The cells of a `|` line. A trailing `|` closes the last cell where lines are
 * bordered (`| a | b |`) or hold one cell each (`類別 |`); elsewhere it opens an
 * empty last cell (`9 | 14235. 569 | 103427. 917 |` under a header of four).
 */
function cellsOf(source: string, view: string, line: LineNode, oneCellPerLine: boolean): Cell[] | 'row-break' {
  const [start, end] = line.span;
  const text = view.slice(start, end);
  if (/^\|+$/.test(text)) return 'row-break';
  const cells: Cell[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || view[i] === '|') {
      const span = trimSpan(source, from, i);
      cells.push({ text: span ? source.slice(span[0], span[1]) : '' });
      from = i + 1;
    }
  }
  const bordered = text.startsWith('|');
  if (bordered) cells.shift();
  if (text.endsWith('|') && (bordered || oneCellPerLine)) cells.pop();
  return cells;
}

function buildRows(source: string, view: string, lines: LineNode[]): string[][] {
  const rows: string[][] = [];
  let current: string[] | null = null;
  const oneCellPerLine = lines.some((l) => /^\|$/.test(view.slice(l.span[0], l.span[1])));
  for (const line of lines) {
    const cells = cellsOf(source, view, line, oneCellPerLine);
    if (cells === 'row-break') {
      if (current && current.length) rows.push(current);
      current = [];
    } else if (oneCellPerLine) {
      (current ??= []).push(...cells.map((c) => c.text));
    } else {
      if (current && current.length) rows.push(current);
      current = null;
      rows.push(cells.map((c) => c.text));
    }
  }
  if (current && current.length) rows.push(current);
  return fillMergedCells(rows);
}

/** A row that opens with one of these words totals the rows above; its empty leading cells are its own. */
const totalRow = /^(?:合计|小计|总计|共计)/;

/**
 * A row shorter than the header lost its leading cells to a merge: repeat them
 * from above. So does a row whose leading cells a scraper left empty
 * (`|  | 2.全员劳动生产率增长(%) | 4.1 |` under `| 经济发展 | 1.… |`).
 */
function fillMergedCells(rows: string[][]): string[][] {
  const width = rows[0]?.length ?? 0;
  return rows.reduce<string[][]>((out, row) => {
    const above = out[out.length - 1];
    const missing = width - row.length;
    if (!above || out.length < 2) out.push(row);
    else if (missing > 0) out.push([...above.slice(0, missing), ...row]);
    else {
      const firstFilled = row.findIndex((cell) => cell !== '');
      const leading = firstFilled > 0 && !totalRow.test(row[firstFilled]!) ? firstFilled : 0;
      out.push(leading && above.slice(0, leading).every((cell) => cell !== '') ? [...above.slice(0, leading), ...row.slice(leading)] : row);
    }
    return out;
  }, []);
}

/** Group captions kept inside a table: at most this many numbered lines between two `|` lines. */
const captionLinesMax = 3;
const captionLengthMax = 40;

/**
 * Replaces runs of `|` lines with table nodes. Short numbered lines between two
 * `|` lines (group captions such as `一、知识产权保护方面`) stay inside the table.
 */
export function groupTables(source: string, view: string, blocks: BlockNode[]): BlockNode[] {
  const out: BlockNode[] = [];
  const isPipe = (b: BlockNode | undefined): b is LineNode =>
    b?.type === 'line' && isPipeLine(view.slice(b.span[0], b.span[1]));
  const isCaption = (b: BlockNode | undefined) =>
    b?.type === 'line' && b.span[1] - b.span[0] <= captionLengthMax && matchMarker(view.slice(b.span[0], b.span[1])) !== null;
  const width = (b: LineNode) => view.slice(b.span[0], b.span[1]).replace(/^\||\|$/g, '').split('|').length;
  /**
   * Index of the next `|` line if only captions stand between and it has the
   * table's columns, else -1: a heading before rows of another shape opens another table.
   */
  const resumes = (j: number, first: LineNode) => {
    let k = j;
    while (k < blocks.length && k - j < captionLinesMax && isCaption(blocks[k]) && !isPipe(blocks[k])) k++;
    return isPipe(blocks[k]) && width(blocks[k] as LineNode) === width(first) ? k : -1;
  };
  for (let i = 0; i < blocks.length; ) {
    if (!isPipe(blocks[i])) {
      out.push(blocks[i]!);
      i++;
      continue;
    }
    const run: LineNode[] = [];
    let j = i;
    while (j < blocks.length) {
      if (isPipe(blocks[j])) run.push(blocks[j++] as LineNode);
      else if (resumes(j, run[0]!) > j) j = resumes(j, run[0]!);
      else break;
    }
    const rows = run.length < 2 ? [] : buildRows(source, view, run);
    // A run of bare | lines (a page's layout) holds no table.
    if (rows.length === 0) {
      out.push(...blocks.slice(i, j));
    } else {
      out.push({
        type: 'table',
        span: [run[0]!.span[0], run[run.length - 1]!.span[1]],
        title: null,
        header: rows[0] ?? [],
        rows: rows.slice(1),
      });
    }
    i = j;
  }
  return out;
}
