// Builds the section tree of one part from its body lines. Nesting is not a
// fixed table: a style's depth is where it first appears in the part (in one
// document (一) sits under 一、, in another it is the outer level).
import { markerStyles } from '../rules/zh/markers.js';
import { readNumber } from '../text/numbers.js';
import type { LineNode, SectionNode } from '../tree.js';
import { headingOf } from './headings.js';
import { circled } from '../rules/zh/numerals.js';

export interface MarkerMatch {
  style: string;
  number: number;
  /** Length of the marker in the line. */
  length: number;
}

/** The section marker opening a line of the matching view, if any. */
export function matchMarker(line: string): MarkerMatch | null {
  for (const style of markerStyles) {
    const m = style.pattern.exec(line);
    if (!m) continue;
    const numeral = m[1]!;
    const number = style.name === 'circled' ? circled.indexOf(numeral) + 1 : readNumber(numeral);
    if (number === undefined || number < 1) continue;
    // A marker must be followed by text: "1." alone, or "一、" with nothing after, is not a section.
    if (line.length <= m[0].length) continue;
    return { style: style.name, number, length: m[0].length };
  }
  return null;
}

function newSection(source: string, view: string, line: LineNode, match: MarkerMatch, level: number): SectionNode {
  const [start, end] = line.span;
  const markerEnd = start + match.length;
  return {
    type: 'section',
    marker: source.slice(start, markerEnd),
    style: match.style,
    number: match.number,
    level,
    heading: headingOf(source.slice(markerEnd, end), view.slice(markerEnd, end)),
    span: [start, end],
    lines: [line],
    children: [],
    quantities: [],
    deadlines: [],
    responsibility: null,
  };
}

/**
 * Splits body lines into the lines before the first section and the section tree.
 * A marker of a style already open closes that level; a style not yet seen in the
 * part opens a deeper level, but only when it starts at 1 (or its numbering
 * continues from an earlier branch: 4. under (二) after 1.–3. under (一)), so a
 * stray "3、" in prose does not open a level.
 */
export function buildSections(source: string, view: string, lines: LineNode[]) {
  const preamble: LineNode[] = [];
  const roots: SectionNode[] = [];
  const stack: SectionNode[] = [];
  const depthOfStyle = new Map<string, number>();
  for (const line of lines) {
    const text = view.slice(line.span[0], line.span[1]);
    const match = matchMarker(text);
    const openAt = match ? stack.findIndex((s) => s.style === match.style) : -1;
    const known = match ? depthOfStyle.get(match.style) : undefined;
    const opens = match && (openAt >= 0 || match.number === 1 || known !== undefined);
    if (!match || !opens) {
      const owner = stack[stack.length - 1];
      if (owner) owner.lines.push(line);
      else preamble.push(line);
      continue;
    }
    if (openAt >= 0) stack.length = openAt;
    const section = newSection(source, view, line, match, stack.length + 1);
    depthOfStyle.set(match.style, stack.length);
    const parent = stack[stack.length - 1];
    (parent ? parent.children : roots).push(section);
    stack.push(section);
  }
  const close = (s: SectionNode): number => {
    const last = s.lines[s.lines.length - 1]!.span[1];
    const childEnd = s.children.reduce((end, c) => Math.max(end, close(c)), 0);
    s.span = [s.span[0], Math.max(last, childEnd)];
    return s.span[1];
  };
  roots.forEach(close);
  return { preamble, sections: roots };
}
