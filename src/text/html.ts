// Renders a saved government web page (parsed with rehype-parse) to the plain
// text the pipeline reads. The page's labelled metadata box comes first as
// "label： | value" lines, then its title, then the article body, whose
// <p>/<br>/<div> boundaries become line breaks and whose <table>s become
// `|` rows (merged cells repeated). Navigation, breadcrumbs, share, print and
// font-size widgets and footers are left out. Spans index this rendering.
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { blockElements, droppedElements, furniture, metadataLabel } from '../rules/html.js';

const parser = unified().use(rehypeParse);

type Node = Root | RootContent | ElementContent;

const isElement = (n: Node): n is Element => n.type === 'element';
const classAndId = (e: Element) => [e.properties?.className, e.properties?.id].flat().filter(Boolean).join(' ');
const isDropped = (e: Element) => droppedElements.has(e.tagName) || furniture.test(classAndId(e));
const cjk = /[\u3400-\u9fff]/g;

function plainText(node: Node): string {
  if (node.type === 'text') return node.value;
  if (isElement(node) && isDropped(node)) return '';
  if ('children' in node) return (node.children as Node[]).map(plainText).join(node.type === 'element' && blockElements.has(node.tagName) ? ' ' : '');
  return '';
}

/** CJK characters of the element's text outside links: article text, not link lists. */
function weight(node: Node): number {
  if (node.type === 'text') return (node.value.match(cjk) ?? []).length;
  if (!isElement(node) && node.type !== 'root') return 0;
  if (isElement(node) && (isDropped(node) || node.tagName === 'a')) return 0;
  return (node.children as Node[]).reduce((sum, c) => sum + weight(c), 0);
}

/** The article body: descend while one child holds most of the text. */
function articleBody(root: Root): Node {
  let node: Node = root;
  for (;;) {
    const children: Node[] = ('children' in node ? (node.children as Node[]) : []).filter(isElement);
    const total = weight(node);
    const heaviest: { c: Node; w: number } | undefined = children
      .map((c) => ({ c, w: weight(c) }))
      .sort((a, b) => b.w - a.w)[0];
    if (!heaviest || total === 0 || heaviest.w < 0.7 * total) return node;
    node = heaviest.c;
  }
}

const cell = (e: Element) => plainText(e).replace(/\s+/g, ' ').replace(/\|/g, '｜').trim();

/** Rows of a table with rowspan/colspan cells repeated into every row and column they cover. */
function tableRows(table: Element): string[][] {
  const rows: string[][] = [];
  const pending: Array<{ text: string; left: number } | undefined> = [];
  const walkRows = (node: Element): Element[] =>
    node.children.filter(isElement).flatMap((c) => (c.tagName === 'tr' ? [c] : c.tagName === 'table' ? [] : walkRows(c)));
  for (const tr of walkRows(table)) {
    const row: string[] = [];
    const cells = tr.children.filter(isElement).filter((c) => c.tagName === 'td' || c.tagName === 'th');
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
      const text = cell(td);
      const span = Math.max(1, Number(td.properties?.colSpan ?? 1) || 1);
      const down = Math.max(1, Number(td.properties?.rowSpan ?? 1) || 1);
      for (let k = 0; k < span; k++) {
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

function render(node: Node, out: string[]): void {
  if (node.type === 'text') {
    out.push(node.value.replace(/[\r\n\t ]+/g, ' '));
    return;
  }
  if (!isElement(node) && node.type !== 'root') return;
  if (isElement(node)) {
    if (isDropped(node)) return;
    if (node.tagName === 'table') {
      out.push('\n', ...tableRows(node).map((r) => `${r.join(' | ')}\n`));
      return;
    }
    if (node.tagName === 'br') {
      out.push('\n');
      return;
    }
  }
  const block = isElement(node) && blockElements.has(node.tagName);
  if (block) out.push('\n');
  for (const child of node.children as Node[]) render(child, out);
  if (block) out.push('\n');
}

/** "label： | value" lines of the page's metadata box, wherever it sits. */
function metadataLines(root: Root): string[] {
  const lines: string[] = [];
  const visit = (node: Node) => {
    if (!isElement(node) && node.type !== 'root') return;
    const children = (node.children as Node[]).filter((c) => isElement(c) || (c.type === 'text' && c.value.trim()));
    children.forEach((child, i) => {
      const label = plainText(child).replace(/\s+/g, ' ').trim();
      const inline = /^(.{1,8}?)\s*[:：]\s*(.+)$/.exec(label);
      if (metadataLabel.test(label)) {
        const next = children[i + 1];
        const value = next ? plainText(next).replace(/\s+/g, ' ').trim() : '';
        if (value && !metadataLabel.test(value)) lines.push(`${label.replace(/[:：]?$/, '：')} | ${value}`);
      } else if (inline && metadataLabel.test(inline[1]!) && isElement(child) && !child.children.some(isElement)) {
        lines.push(`${inline[1]}： | ${inline[2]}`);
      } else visit(child);
    });
  };
  visit(root);
  return [...new Set(lines)];
}

function pageTitle(root: Root, body: Node): string | null {
  let title: string | null = null;
  const visit = (node: Node) => {
    if (title !== null || (!isElement(node) && node.type !== 'root') || node === body) return;
    if (isElement(node) && (/^h[1-3]$/.test(node.tagName) || /(^|\s)title/i.test(classAndId(node))) && !isDropped(node)) {
      const text = plainText(node).replace(/\s+/g, '').trim();
      if (text.length >= 4) title = text;
      return;
    }
    (node.children as Node[]).forEach(visit);
  };
  visit(root);
  return title;
}

/** The plain-text rendering of an HTML page that the rest of the pipeline reads. */
export function renderHtml(html: string): string {
  const root = parser.parse(html) as Root;
  const body = articleBody(root);
  const out: string[] = [];
  render(body, out);
  const bodyText = out
    .join('')
    .split('\n')
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const title = pageTitle(root, body);
  const head = [...metadataLines(root), ...(title && !bodyText.includes(title) ? [title] : [])];
  return `${head.length ? `${head.join('\n')}\n\n` : ''}${bodyText}\n`;
}

/** The charset a page declares in a <meta> tag, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
}
