// Renders a saved government web page to the plain text the pipeline reads.
// The page's labelled metadata box comes first as "label： | value" lines,
// then its title, then the article body, whose <p>/<br>/<div> boundaries
// become line breaks and whose <table>s become `|` rows (merged cells
// repeated). Navigation, breadcrumbs, share, print and font-size widgets and
// footers are left out. Spans index this rendering, so the page is parsed
// with parse5 alone: no source positions, no conversion to another tree.
import { parse } from 'parse5';
import { blockElements, metadataLabel } from '../rules/html.js';
import { matchingView } from './view.js';
import { childrenOf, elementsOf, isElement, isText, PageFacts, plainText, type Element, type Node } from './html-tree.js';

/** The article body: descend while one child holds most of the text. */
function articleBody(page: PageFacts, root: Node): Node {
  let node = root;
  for (;;) {
    const total = page.weight(node);
    let heaviest: Element | undefined;
    let heaviestWeight = -1;
    for (const child of elementsOf(node)) {
      const w = page.weight(child);
      if (w > heaviestWeight) [heaviest, heaviestWeight] = [child, w];
    }
    if (!heaviest || total === 0 || heaviestWeight < 0.7 * total) return node;
    node = heaviest;
  }
}

const cell = (page: PageFacts, e: Element) => plainText(page, e).replace(/\s+/g, ' ').replace(/\|/g, '｜').trim();

/** The elements with one of `tags` under `node`, without looking inside them or into a nested table. */
const tableParts = (node: Element, tags: ReadonlySet<string>): Element[] =>
  elementsOf(node).flatMap((c) => (tags.has(c.tagName) ? [c] : c.tagName === 'table' ? [] : tableParts(c, tags)));
const rowTags: ReadonlySet<string> = new Set(['tr']);
const cellTags: ReadonlySet<string> = new Set(['td', 'th']);

const attribute = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;
const span = (e: Element, name: string) => Math.max(1, Number(attribute(e, name) ?? 1) || 1);

/** Rows of a table with rowspan/colspan cells repeated into every row and column they cover. */
function tableRows(page: PageFacts, table: Element): string[][] {
  const rows: string[][] = [];
  const pending: Array<{ text: string; left: number } | undefined> = [];
  for (const tr of tableParts(table, rowTags)) {
    const row: string[] = [];
    const cells = elementsOf(tr).filter((c) => cellTags.has(c.tagName));
    let col = 0;
    const fillPending = () => {
      while (pending[col] && pending[col]!.left > 0) {
        row.push(pending[col]!.text);
        pending[col]!.left--;
        col++;
      }
    };
    for (const td of cells) {
      fillPending();
      const text = cell(page, td);
      const across = span(td, 'colspan');
      const down = span(td, 'rowspan');
      for (let k = 0; k < across; k++) {
        row.push(text);
        pending[col] = down > 1 ? { text, left: down - 1 } : undefined;
        col++;
      }
    }
    fillPending();
    if (row.some((c) => c)) rows.push(row);
  }
  return rows;
}

/** Paragraphs in one cell from which a table is the page's layout, not data. */
const layoutParagraphs = 3;

/** Columns from which a table whose cells hold paragraphs is data all the same (一级指标 | 二级指标 | … | 指标说明). */
const dataColumnsMin = 3;

/**
 * A table that lays the page out rather than holding data: a cell holds another
 * table, or paragraphs of text in a table of one or two columns (gov.cn pages
 * put the article in a <td>). Its cells are rendered as text, not flattened
 * into `|` rows.
 */
function isLayoutTable(table: Element): boolean {
  const holds = (node: Element, tags: ReadonlySet<string>): number =>
    elementsOf(node).reduce((n, c) => n + (tags.has(c.tagName) ? 1 : 0) + (c.tagName === 'table' ? 0 : holds(c, tags)), 0);
  const cells = tableParts(table, cellTags);
  if (cells.some((cell) => holds(cell, nestedTable) > 0)) return true;
  const columns = Math.max(0, ...tableParts(table, rowTags).map((tr) => elementsOf(tr).filter((c) => cellTags.has(c.tagName)).length));
  return columns < dataColumnsMin && cells.some((cell) => holds(cell, paragraphTags) >= layoutParagraphs);
}
const nestedTable: ReadonlySet<string> = new Set(['table']);
const paragraphTags: ReadonlySet<string> = new Set(['p', 'div']);

function render(page: PageFacts, node: Node, out: string[]): void {
  if (isText(node)) {
    out.push(node.value.replace(/[\r\n\t ]+/g, ' '));
    return;
  }
  if (!isElement(node) && node.nodeName !== '#document') return;
  if (isElement(node)) {
    if (page.dropped(node)) return;
    if (node.tagName === 'table' && !isLayoutTable(node)) {
      out.push('\n', ...tableRows(page, node).map((r) => `${r.join(' | ')}\n`));
      return;
    }
    if (node.tagName === 'br') {
      out.push('\n');
      return;
    }
  }
  const block = isElement(node) && blockElements.has(node.tagName);
  if (block) out.push('\n');
  for (const child of childrenOf(node)) render(page, child, out);
  if (block) out.push('\n');
}

/** A label of the metadata box, in simplified or traditional characters (發文機關). */
const isMetadataLabel = (text: string): boolean => metadataLabel.test(matchingView(text));

/** "label： | value" lines of the page's metadata box, wherever it sits. */
function metadataLines(page: PageFacts, root: Node): string[] {
  const lines: string[] = [];
  const visit = (node: Node) => {
    if (!isElement(node) && node.nodeName !== '#document') return;
    const children = childrenOf(node).filter((c) => isElement(c) || (isText(c) && c.value.trim()));
    children.forEach((child, i) => {
      // Long text is no label; of it, only an element without element children can hold an inline "label：value".
      const leaf = isElement(child) && !child.childNodes.some(isElement);
      if (!leaf && page.long(child)) return visit(child);
      const label = plainText(page, child).replace(/\s+/g, ' ').trim();
      const inline = /^(.{1,8}?)\s*[:：]\s*(.+)$/.exec(label);
      if (isMetadataLabel(label)) {
        const next = children[i + 1];
        const value = next ? plainText(page, next).replace(/\s+/g, ' ').trim() : '';
        if (value && !isMetadataLabel(value)) lines.push(`${label.replace(/[:：]?$/, '：')} | ${value}`);
      } else if (inline && isMetadataLabel(inline[1]!) && leaf) {
        lines.push(`${inline[1]}： | ${inline[2]}`);
      } else visit(child);
    });
  };
  visit(root);
  return [...new Set(lines)];
}

function pageTitle(page: PageFacts, root: Node, body: Node): string | null {
  let title: string | null = null;
  const visit = (node: Node) => {
    if (title !== null || (!isElement(node) && node.nodeName !== '#document') || node === body) return;
    if (isElement(node) && (/^h[1-3]$/.test(node.tagName) || /(^|\s)title/i.test(page.classAndId(node))) && !page.dropped(node)) {
      const text = plainText(page, node).replace(/\s+/g, '').trim();
      if (text.length >= 4) title = text;
      return;
    }
    childrenOf(node).forEach(visit);
  };
  visit(root);
  return title;
}

/** The page's tree, parsed as a browser without scripting would (the parser floor of npm run bench). */
export const parseHtml = (html: string): Node => parse(html, { scriptingEnabled: false });

/** The plain-text rendering of an HTML page that the rest of the pipeline reads. */
export function renderHtml(html: string): string {
  const root = parseHtml(html);
  const page = new PageFacts();
  const body = articleBody(page, root);
  const out: string[] = [];
  render(page, body, out);
  const bodyText = out
    .join('')
    .split('\n')
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const title = pageTitle(page, root, body);
  const head = [...metadataLines(page, root), ...(title && !bodyText.includes(title) ? [title] : [])];
  return `${head.length ? `${head.join('\n')}\n\n` : ''}${bodyText}\n`;
}
