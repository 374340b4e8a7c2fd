// Rebuilds tables flattened into `|` lines. Two layouts occur in scraped pages:
// one row per line (`序号 | 改革举措 | 主要内容`), and one cell per line
// (`類別 |`) with a lone `|` opening each row. Cells merged across rows arrive
// as short rows; their missing leading cells are repeated from the row above.
import type { BlockNode, LineNode, TableNode } from '../tree.js';
import { trimSpan } from '../text/lines.js';

type Cell = { text: string };

/** A `label： | value` line of a page's metadata box is not a table row. */
const labelLine = /^[^|]{1,10}[:：]\s*\|/;

function isPipeLine(view: string): boolean {
  return view.includes('|') && !labelLine.test(view);
}

function cellsOf(source: string, view: string, line: LineNode): Cell[] | 'row-break' {
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
  if (text.startsWith('|')) cells.shift();
  if (text.endsWith('|')) cells.pop();
  return cells;
}

function buildRows(source: string, view: string, lines: LineNode[]): string[][] {
  const rows: string[][] = [];
  let current: string[] | null = null;
  const oneCellPerLine = lines.some((l) => /^\|$/.test(view.slice(l.span[0], l.span[1])));
  for (const line of lines) {
    const cells = cellsOf(source, view, line);
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

/** A row shorter than the header lost its leading cells to a merge: repeat them from above. */
function fillMergedCells(rows: string[][]): string[][] {
  const width = rows[0]?.length ?? 0;
  return rows.reduce<string[][]>((out, row) => {
    const above = out[out.length - 1];
    const missing = width - row.length;
    out.push(above && missing > 0 && out.length > 1 ? [...above.slice(0, missing), ...row] : row);
    return out;
  }, []);
}

/**
 * Replaces runs of `|` lines with table nodes. A single plain line between two
 * `|` lines (a group caption such as `一、知识产权保护方面`) stays inside the table.
 */
export function groupTables(source: string, view: string, blocks: BlockNode[]): BlockNode[] {
  const out: BlockNode[] = [];
  const isPipe = (b: BlockNode | undefined): b is LineNode =>
    b?.type === 'line' && isPipeLine(view.slice(b.span[0], b.span[1]));
  for (let i = 0; i < blocks.length; ) {
    if (!isPipe(blocks[i])) {
      out.push(blocks[i]!);
      i++;
      continue;
    }
    const run: LineNode[] = [];
    let j = i;
    while (j < blocks.length && (isPipe(blocks[j]) || (isPipe(blocks[j + 1]) && blocks[j]?.type === 'line' && run.length > 0))) {
      if (isPipe(blocks[j])) run.push(blocks[j] as LineNode);
      j++;
    }
    if (run.length < 2) {
      out.push(...blocks.slice(i, j));
    } else {
      const rows = buildRows(source, view, run);
      const table: TableNode = {
        type: 'table',
        span: [run[0]!.span[0], run[run.length - 1]!.span[1]],
        title: null,
        header: rows[0] ?? [],
        rows: rows.slice(1),
      };
      out.push(table);
    }
    i = j;
  }
  return out;
}
