// The parse5 tree as the HTML reader sees it: element tests, plain text, and
// per-page facts about nodes (dropped or not, weight of article text, size
// of text) that are asked of the same node many times, so each is computed
// once per node.
import type { DefaultTreeAdapterTypes } from 'parse5';
import { blockElements, droppedElements, furniture } from '../rules/html.js';

export type Node = DefaultTreeAdapterTypes.Node;
export type Element = DefaultTreeAdapterTypes.Element;
type Text = DefaultTreeAdapterTypes.TextNode;

export const isElement = (n: Node): n is Element => 'tagName' in n;
export const isText = (n: Node): n is Text => n.nodeName === '#text';
export const childrenOf = (n: Node): Node[] => ('childNodes' in n ? n.childNodes : []);
export const elementsOf = (n: Node): Element[] => childrenOf(n).filter(isElement);

const cjk = /[\u3400-\u9fff]/g;
const space = /\s/g;

export class PageFacts {
  private readonly droppedMemo = new Map<Element, boolean>();
  private readonly weightMemo = new Map<Node, number>();
  private readonly sizeMemo = new Map<Node, number>();

  /** Class tokens and id, space-separated: what site furniture is recognised by. */
  classAndId(e: Element): string {
    const names = e.attrs.find((a) => a.name === 'class')?.value.trim().split(/[ \t\n\r\f]+/) ?? [];
    return [...names, e.attrs.find((a) => a.name === 'id')?.value].filter(Boolean).join(' ');
  }

  /** Never the policy's text: scripts, navigation, footers, widgets. */
  dropped(e: Element): boolean {
    let known = this.droppedMemo.get(e);
    if (known === undefined) this.droppedMemo.set(e, (known = droppedElements.has(e.tagName) || furniture.test(this.classAndId(e))));
    return known;
  }

  /** CJK characters of the node's text outside links: article text, not link lists. */
  weight(node: Node): number {
    if (isText(node)) return node.value.match(cjk)?.length ?? 0;
    if (!isElement(node) && node.nodeName !== '#document') return 0;
    if (isElement(node) && (this.dropped(node) || node.tagName === 'a')) return 0;
    let known = this.weightMemo.get(node);
    if (known === undefined) this.weightMemo.set(node, (known = childrenOf(node).reduce((sum, c) => sum + this.weight(c), 0)));
    return known;
  }

  /** Non-space characters of plainText(node). */
  textSize(node: Node): number {
    if (isText(node)) return node.value.length - (node.value.match(space)?.length ?? 0);
    if (isElement(node) && this.dropped(node)) return 0;
    let known = this.sizeMemo.get(node);
    if (known === undefined) this.sizeMemo.set(node, (known = childrenOf(node).reduce((sum, c) => sum + this.textSize(c), 0)));
    return known;
  }
}

/** The node's text, dropped elements left out, block elements' children spaced apart. */
export function plainText(page: PageFacts, node: Node): string {
  if (isText(node)) return node.value;
  if (isElement(node) && page.dropped(node)) return '';
  const separator = isElement(node) && blockElements.has(node.tagName) ? ' ' : '';
  return childrenOf(node).map((c) => plainText(page, c)).join(separator);
}
