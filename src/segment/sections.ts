// Builds the section tree of one part from its body lines. Nesting is not a
// fixed table: a style's depth is where it first appears in the part (in one
// document (一) sits under 一、, in another it is the outer level). Structural
// words (第X章, 第X条) keep their own order even in damaged texts.
import { markerStyles } from '../rules/zh/markers.js';
import { cnDigitClass } from '../rules/zh/numerals.js';
import type { LineNode, SectionNode } from '../tree.js';
import { headingOf } from './headings.js';
import { flatMap } from '../flat.js';

export interface MarkerMatch {
  style: string;
  number: number;
  /** Length of the marker in the line. */
  length: number;
  /** The style's usual depth (part 0 … circled 8), see rules/zh/markers.ts. */
  rank: number;
}

/** The section marker opening a line of the matching view, if any. */
/** Structural words, which may stand alone on their line or carry their first article on it. */
const structural: ReadonlySet<string> = new Set(['part', 'chapter', 'division']);

export function matchMarker(line: string): MarkerMatch | null {
  for (const style of markerStyles) {
    const m = style.pattern.exec(line);
    if (!m) continue;
    const number = style.read(m[1]!);
    if (number === undefined || number < 1) continue;
    // A marker must be followed by text: "1." alone, or "一、" with nothing after, is not a section; "第一章" alone is a chapter.
    if (line.length <= m[0].length && !structural.has(style.name)) continue;
    return { style: style.name, number, length: m[0].length, rank: style.rank };
  }
  return null;
}


/** An article on its chapter's line: "第一章　总则　　第一条　为了…" (heading at most this long). */
const inlineArticle = new RegExp(`^(\\S{1,20}?)\\s+(?=第[${cnDigitClass}十百\\d]+条)`);

/**
 * Splits a chapter (part, division) line that also opens its first article into
 * two lines, so the article is a section of its own.
 */
function splitInlineArticles(view: string, lines: LineNode[]): LineNode[] {
  return flatMap(lines, (line) => {
    const text = view.slice(line.span[0], line.span[1]);
    const match = matchMarker(text);
    if (!match || !structural.has(match.style)) return [line];
    const rest = text.slice(match.length).replace(/^\s+/, '');
    const inline = inlineArticle.exec(rest);
    if (!inline) return [line];
    const at = line.span[1] - rest.length + inline[0].length;
    const head = line.span[1] - rest.length + inline[1]!.length;
    if (matchMarker(view.slice(at, line.span[1]))?.style !== 'article') return [line];
    return [{ ...line, span: [line.span[0], head] }, { ...line, span: [at, line.span[1]] }];
  });
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

/** How far ahead a marker that does not start at 1 looks for its successor. */
const sequenceLookahead = 200;

/**
 * Whether a new style's first marker, numbered n > 1, is confirmed by the next
 * marker of its style being n + 1: the text lost its opening (（一） missing,
 * articles from 第三条), whereas a stray "3、" in prose has no successor.
 */
function continues(matches: Array<MarkerMatch | null>, at: number): boolean {
  const first = matches[at]!;
  for (let k = at + 1; k < Math.min(matches.length, at + sequenceLookahead); k++) {
    const next = matches[k];
    if (next?.style === first.style) return next.number === first.number + 1;
  }
  return false;
}

const rankOfStyle = new Map<string, number>(markerStyles.map((s) => [s.name, s.rank]));

/** Ranks of the structural words (第X部分 … 第X条) and of list numbering (1. (1) ①), see rules/zh/markers.ts. */
const structuralRankMax = 3;
const listRankMin = 6;

/**
 * Depth at which a new style opens. It nests under what is open, except under a
 * level that usually stands inside it: a structural word does not nest in a
 * lower structural word (第二章 after articles), nor anything in list
 * numbering (一、 after a preamble's 1. 2.). Elsewhere the order of appearance
 * decides: 第一部分 inside 二、 stays there.
 */
function rankedDepth(stack: SectionNode[], match: MarkerMatch): number {
  const outranked = (rank: number) =>
    rank > match.rank && (rank >= listRankMin || (rank <= structuralRankMax && match.rank <= structuralRankMax));
  const below = stack.findIndex((s) => outranked(rankOfStyle.get(s.style)!));
  return below >= 0 ? below : stack.length;
}

const lineText = (view: string, line: LineNode) => view.slice(line.span[0], line.span[1]).trimEnd();

/**
 * Paragraphs after a list of one-paragraph items that its parent introduced
 * with a colon are the parent's again, as an article's 款 after its 项:
 * "第十六条 …：（一）…；（四）…。其他财产，参照前款规定…". Where items run
 * over several paragraphs, those after the last item are still its own.
 */
function returnParagraphsAfterList(view: string, parent: SectionNode): void {
  const items = parent.children;
  const last = items[items.length - 1]!;
  const oneParagraphEach = items.length >= 2 && items.every((c) => c.children.length === 0 && (c === last || c.lines.length === 1));
  if (oneParagraphEach && last.lines.length > 1 && /。$/.test(lineText(view, last.lines[0]!))) parent.lines.push(...last.lines.splice(1));
}

/**
 * Splits body lines into the lines before the first section and the section tree.
 * A marker of a style already open closes that level; a style not yet seen in the
 * part opens a deeper level, but only when it starts at 1 (or its numbering
 * continues from an earlier branch: 4. under (二) after 1.–3. under (一), or its
 * successor follows), so a stray "3、" in prose does not open a level.
 */
/** The longest line of a table of contents: a chapter's number and title. */
const contentsLineMax = 40;

/**
 * Drops the markers of a table of contents: two or more title lines of
 * chapters (parts, divisions) in a row whose first comes again after them,
 * where the chapters themselves begin, or that hold three chapters with
 * nothing in them. Its lines are text of what holds them.
 */
function dropContents(view: string, lines: LineNode[], matches: Array<MarkerMatch | null>): void {
  const isStructural = (k: number) => {
    const m = matches[k];
    const text = k < lines.length ? lineText(view, lines[k]!) : '';
    return !!m && structural.has(m.style) && text.length <= contentsLineMax && !text.includes('。');
  };
  for (let k = 0; k < matches.length; k++) {
    if (!isStructural(k)) continue;
    const first = matches[k]!;
    const repeats = (m: MarkerMatch | null | undefined) => m?.style === first.style && m.number === first.number;
    let j = k;
    while (isStructural(j + 1) && !repeats(matches[j + 1])) j++;
    const again = matches.slice(j + 1).some(repeats) || matches.slice(k, j + 1).filter((m) => m!.style === first.style).length >= 3;
    if (j > k && again) matches.fill(null, k, j + 1);
    k = j;
  }
}

export function buildSections(source: string, view: string, bodyLines: LineNode[]) {
  const lines = splitInlineArticles(view, bodyLines);
  const matches = lines.map((line) => matchMarker(view.slice(line.span[0], line.span[1])));
  dropContents(view, lines, matches);
  const preamble: LineNode[] = [];
  const roots: SectionNode[] = [];
  const stack: SectionNode[] = [];
  const seen = new Set<string>();
  const introducesList = new Set<SectionNode>();
  lines.forEach((line, k) => {
    const match = matches[k];
    const openAt = match ? stack.findIndex((s) => s.style === match.style) : -1;
    const known = match ? seen.has(match.style) : false;
    const opens = match && (openAt >= 0 || known || match.number === 1 || continues(matches, k));
    if (!match || !opens) {
      const owner = stack[stack.length - 1];
      if (owner) owner.lines.push(line);
      else preamble.push(line);
      return;
    }
    stack.length = openAt >= 0 ? openAt : rankedDepth(stack, match);
    const section = newSection(source, view, line, match, stack.length + 1);
    seen.add(match.style);
    const parent = stack[stack.length - 1];
    if (parent && parent.children.length === 0 && /[:：]$/.test(lineText(view, parent.lines[parent.lines.length - 1]!))) introducesList.add(parent);
    (parent ? parent.children : roots).push(section);
    stack.push(section);
  });
  introducesList.forEach((parent) => returnParagraphsAfterList(view, parent));
  const close = (s: SectionNode): number => {
    const last = s.lines[s.lines.length - 1]!.span[1];
    const childEnd = s.children.reduce((end, c) => Math.max(end, close(c)), 0);
    s.span = [s.span[0], Math.max(last, childEnd)];
    return s.span[1];
  };
  roots.forEach(close);
  return { preamble, sections: roots };
}
