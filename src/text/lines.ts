// Splits text into line nodes whose spans exclude indentation and trailing
// whitespace (ASCII, ideographic and no-break spaces alike).
import type { LineNode, Span } from '../tree.js';

const blank = /[\s\u3000\u00a0\ufeff]/;

/** The span of the text inside [start, end) without surrounding whitespace, or null when blank. */
export function trimSpan(source: string, start: number, end: number): Span | null {
  while (start < end && blank.test(source[start]!)) start++;
  while (end > start && blank.test(source[end - 1]!)) end--;
  return start < end ? [start, end] : null;
}

export function lineNode(span: Span): LineNode {
  return { type: 'line', span };
}

/** Non-blank lines of source[start, end). */
export function textLines(source: string, start = 0, end = source.length): LineNode[] {
  const lines: LineNode[] = [];
  const breaks = /\r\n|\r|\n|\u2028|\u2029/g;
  breaks.lastIndex = start;
  let from = start;
  for (;;) {
    const m = breaks.exec(source);
    const to = m && m.index < end ? m.index : end;
    const span = trimSpan(source, from, to);
    if (span) lines.push(lineNode(span));
    if (!m || m.index >= end) break;
    from = m.index + m[0].length;
  }
  return lines;
}
