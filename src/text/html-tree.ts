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

/** Text sizes are counted up to this many non-space characters: longer text is no metadata label (the longest label has five). */
const labelMax = 40;

/** CJK code units (U+3400–U+9FFF) of a string, counted without collecting them. */
function cjkCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) n++;
  }
  return n;
}

/** More than labelMax non-space characters, tested from the start in one linear pass. */
const longText = new RegExp(`^(?:\\s*\\S){${labelMax + 1}}`);

/** Non-space characters of a string, counted up to labelMax + 1. */
const cappedSize = (text: string): number => (longText.test(text) ? labelMax + 1 : text.replace(/\s+/g, '').length);

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
    if (isText(node)) return cjkCount(node.value);
    if (!isElement(node) && node.nodeName !== '#document') return 0;
    if (isElement(node) && (this.dropped(node) || node.tagName === 'a')) return 0;
    let known = this.weightMemo.get(node);
    if (known === undefined) this.weightMemo.set(node, (known = childrenOf(node).reduce((sum, c) => sum + this.weight(c), 0)));
    return known;
  }

  /** Whether plainText(node) has more than labelMax non-space characters. */
  long(node: Node): boolean {
    return this.size(node) > labelMax;
  }

  private size(node: Node): number {
    if (isText(node)) return cappedSize(node.value);
    if (isElement(node) && this.dropped(node)) return 0;
    let known = this.sizeMemo.get(node);
    if (known === undefined) {
      known = 0;
      for (const child of childrenOf(node)) if ((known += this.size(child)) > labelMax) break;
      this.sizeMemo.set(node, known);
    }
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
