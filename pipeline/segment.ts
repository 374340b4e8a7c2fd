// Stage 3, segment: tables from `|` lines, parts, each part's title, preamble,
// section tree and signature. Blocks outside every part, and noise lines
// inside them, are page noise: they stay in `tree.blocks` for metadata only.
import type { BlockNode, LineNode, PartNode, PolicyRoot, SectionNode, TableNode } from '../src/tree.js';
import { groupTables } from '../src/segment/tables.js';
import { PageLines, planParts, titleEnd, unquoted, withoutDocNumber, type PartPlan } from '../src/segment/parts.js';
import { matchingView, writtenPositions } from '../src/text/view.js';
import { signatureStart } from '../src/segment/signature.js';
import { buildSections, matchMarker } from '../src/segment/sections.js';
import { attachmentOpener, tableUnitNote } from '../src/rules/zh/page.js';

const tableTitleMax = 60;

function titleText(tree: PolicyRoot, page: PageLines, plan: PartPlan): string | null {
  if (!plan.title) return null;
  // What the view blanks is left out: spaces, and pinyin glosses (關(guān)于 is 關于).
  let written = '';
  for (let i = plan.title.first; i <= plan.title.last; i++) {
    const b = page.blocks[i];
    if (b?.type === 'line') for (const k of writtenPositions(tree.view, b.span[0], b.span[1])) written += tree.source[k];
  }
  const title = unquoted(written.replace(/\|+$/, ''));
  return withoutDocNumber(title, matchingView(title)) || null;
}

/** A caption that names a table: …任务分工表, …清单, …主要指标. */
const namesTable = /(?:表|清单|指标|指标体系)$/;

/**
 * The line above a table is its title when it names it: not a sentence, not a
 * lead-in (…如下：), not a section's heading unless the heading names a table.
 */
function tableTitle(tree: PolicyRoot, previous: BlockNode | undefined): string | null {
  if (previous?.type !== 'line') return null;
  const text = tree.source.slice(previous.span[0], previous.span[1]).trim();
  const view = tree.view.slice(previous.span[0], previous.span[1]).trim();
  if (text.length > tableTitleMax || /[。;；:：]/.test(view.slice(-1)) || /[。;；]/.test(view)) return null;
  return matchMarker(view) && !namesTable.test(view) ? null : text;
}

/**
 * A table under a section is part of it: the section that opens last before
 * the table (and every section above that one) spans it too.
 */
function coverTables(sections: SectionNode[], tables: TableNode[]): void {
  for (const table of tables) {
    const path: SectionNode[] = [];
    for (let level = sections; ; ) {
      const holder = level.filter((s) => s.span[0] < table.span[0]).at(-1);
      if (!holder) break;
      path.push(holder);
      level = holder.children;
    }
    for (const section of path) section.span = [section.span[0], Math.max(section.span[1], table.span[1])];
  }
}

function buildPart(tree: PolicyRoot, page: PageLines, plan: PartPlan): PartNode {
  const { from, to } = plan;
  const headEnd = plan.title ? titleEnd(page, plan.title) : from - 1;
  const tailFrom = signatureStart(page, headEnd + 1, to);
  const own = (a: number, b: number): LineNode[] => {
    const lines: LineNode[] = [];
    for (let i = a; i < b; i++) {
      const block = page.blocks[i];
      if (block?.type === 'line' && !page.noise(i)) lines.push(block);
    }
    return lines;
  };
  const tables: TableNode[] = [];
  /** Tables after a line that opens an attachment (附：, 附件2) belong to no section. */
  const attached: TableNode[] = [];
  // The line above a table is its title, unless it only gives the unit of its figures (单位：人): then the line above that.
  let titleLine: BlockNode | undefined;
  let attachment = false;
  for (let i = from; i < to; i++) {
    const block = page.blocks[i]!;
    const view = tree.view.slice(block.span[0], block.span[1]).trim();
    if (block.type === 'table') {
      tables.push({ ...block, title: block.title ?? tableTitle(tree, titleLine) });
      if (attachment) attached.push(tables.at(-1)!);
    } else if (!page.noise(i) && !tableUnitNote.test(view)) titleLine = block;
    if (block.type === 'line' && attachmentOpener.test(view)) attachment = true;
  }
  const qualifiers = own(plan.title ? plan.title.last + 1 : from, headEnd + 1);
  const { preamble, sections } = buildSections(tree.source, tree.view, own(headEnd + 1, tailFrom));
  const tail = page.blocks[tailFrom]?.span[0] ?? Infinity;
  coverTables(sections, tables.filter((t) => t.span[0] < tail && !attached.includes(t)));
  const lines = [...own(from, headEnd + 1), ...preamble, ...own(tailFrom, to)];
  const spans = [...lines, ...tables].map((b) => b.span);
  const sectionEnd = sections.length ? sections[sections.length - 1]!.span[1] : 0;
  return {
    type: 'part',
    kind: plan.kind,
    title: titleText(tree, page, plan),
    span: [Math.min(...spans.map((s) => s[0]), sections[0]?.span[0] ?? Infinity), Math.max(sectionEnd, ...spans.map((s) => s[1]))],
    lines,
    body: [...qualifiers, ...preamble],
    tables,
    children: sections,
    quantities: [],
    deadlines: [],
  };
}

export default function segment() {
  return (tree: PolicyRoot) => {
    const blocks = groupTables(tree.source, tree.view, tree.blocks);
    const page = new PageLines(tree.view, blocks);
    const plans = planParts(page);
    tree.children = plans.map((plan) => buildPart(tree, page, plan));
    tree.blocks = blocks;
  };
}
