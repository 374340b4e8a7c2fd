// The one typed tree every pipeline stage works on. It is a unist tree: nodes
// have a `type`, and positions are half-open [start, end) offsets into the
// decoded source (UTF-16 code units, BOM removed), never into a normalised copy.
import type { Node, Parent } from 'unist';
import type { Deadline, Quantity, Responsibility, Meta, PartKind, Table } from '../schemas/policy-document.js';

export type Span = [number, number];

/** One line of text: the span excludes indentation and trailing whitespace. */
export interface LineNode extends Node {
  type: 'line';
  span: Span;
}

/** A table read from `|` lines or a Markdown table; cells are source text. */
export interface TableNode extends Node {
  type: 'table';
  span: Span;
  title: string | null;
  header: string[];
  rows: string[][];
}

export type BlockNode = LineNode | TableNode;

export interface SectionNode extends Parent {
  type: 'section';
  marker: string;
  style: string;
  number: number;
  level: number;
  heading: string | null;
  span: Span;
  /** Lines of the section that are not inside a child section. */
  lines: LineNode[];
  children: SectionNode[];
  quantities: Quantity[];
  deadlines: Deadline[];
  responsibility: Responsibility | null;
}

export interface PartNode extends Parent {
  type: 'part';
  kind: PartKind;
  title: string | null;
  span: Span;
  /** Lines of the part outside every section (title, preamble, signature). */
  lines: LineNode[];
  /** The part's own lines that carry entities: its preamble, not its title or signature. */
  body: LineNode[];
  tables: TableNode[];
  children: SectionNode[];
  quantities: Quantity[];
  deadlines: Deadline[];
}

export interface PolicyRoot extends Parent {
  type: 'root';
  /** Decoded source text: every span indexes it. */
  source: string;
  /** Same length as `source`; the matching view (see pipeline/normalise.ts). */
  view: string;
  /** How the input was read; for `html`, `source` is the page's plain-text rendering. */
  format: 'text' | 'markdown' | 'html';
  encoding: string;
  /** Every block in reading order (after segment, `|` lines are grouped into tables). */
  blocks: BlockNode[];
  children: PartNode[];
  meta: Meta | null;
}

export type { Deadline, Quantity, Responsibility, Meta, PartKind, Table };
