// Reads Markdown (CommonMark with GFM tables and footnote definitions) into the
// same blocks as a plain-text file: one line node per source line, with
// heading marks, list bullets and quote marks left outside the span, HTML
// comments dropped and GFM tables turned into table nodes. Spans index the
// Markdown source itself. remark-parse reads it; of GFM, only the constructs
// that shape blocks are added (as remark-gfm adds them, through the
// processor's data): autolink literals, strikethrough and task lists are
// inline, and the autolink pass alone walked every text node again.
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Root, RootContent, Table as MdTable } from 'mdast';
import type { BlockNode, TableNode } from '../tree.js';
import { lineNode, textLines, trimSpan } from './lines.js';

/** A remark plugin: GFM tables and footnote definitions, the GFM constructs that shape blocks. */
function gfmBlocks(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmTableFromMarkdown());
}

const markdown = unified().use(remarkParse).use(gfmBlocks).freeze();

/** The Markdown's tree (the parser floor of npm run bench). */
export const parseMarkdown = (source: string): Root => markdown.parse(source);

/** Markdown syntax that opens a line without being part of its text. */
const lineSyntax = /^(?:\s{0,3}(?:>\s?)*(?:#{1,6}(?=\s)|[-*+](?=\s))?\s*)/;

const offsets = (node: { position?: { start: { offset?: number }; end: { offset?: number } } }) => [
  node.position?.start.offset ?? 0,
  node.position?.end.offset ?? 0,
] as const;

function tableNode(source: string, table: MdTable): TableNode {
  const [start, end] = offsets(table);
  const rows = table.children.map((row) =>
    row.children.map((cell) => {
      const [from, to] = offsets(cell);
      const span = trimSpan(source, from, to);
      return span ? source.slice(span[0], span[1]).replace(/^\|\s*|\s*\|$/g, '').trim() : '';
    }),
  );
  return { type: 'table', span: [start, end], title: null, header: rows[0] ?? [], rows: rows.slice(1) };
}

function stripSyntax(source: string, blocks: BlockNode[]): BlockNode[] {
  return blocks.map((block) => {
    if (block.type !== 'line') return block;
    const [start, end] = block.span;
    const skip = lineSyntax.exec(source.slice(start, end))?.[0].length ?? 0;
    const closing = /\s+#+$/.exec(source.slice(start + skip, end));
    const span = trimSpan(source, start + skip, closing ? end - closing[0].length : end);
    return span ? lineNode(span) : block;
  });
}

export function markdownBlocks(source: string): BlockNode[] {
  const tree = parseMarkdown(source);
  const blocks: BlockNode[] = [];
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      const [start, end] = offsets(node);
      if (node.type === 'table') blocks.push(tableNode(source, node));
      else if (node.type === 'html' || node.type === 'code' || node.type === 'thematicBreak') continue;
      else if ((node.type === 'list' || node.type === 'blockquote') && 'children' in node) visit(node.children as RootContent[]);
      else if (node.type === 'listItem') {
        const first = node.children[0];
        const split = first ? offsets(first)[1] : end;
        blocks.push(...textLines(source, start, split));
        visit(node.children.slice(1) as RootContent[]);
      } else blocks.push(...textLines(source, start, end));
    }
  };
  visit(tree.children);
  return stripSyntax(source, blocks).filter((b) => b.type === 'table' || b.span[0] < b.span[1]);
}
