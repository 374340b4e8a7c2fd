// Finds where a part's closing block begins: attachment list, signing organs,
// date and publication remark, in whatever order the page prints them. That
// block is the part's own text, never the last section's.
import { looksLikeOrgan } from '../rules/zh/organs.js';
import { attachmentList, dateLine, printingSlip, publicationRemark, signerLine } from '../rules/zh/page.js';
import type { PageLines } from './parts.js';

const compact = (s: string) => s.replace(/\s+/g, '');
const listItem = /^\d+\s*[.、]/;

/**
 * Organs printed side by side, separated by runs of spaces ("省科技厅   省农业农村厅"):
 * their spans within `view`, or null when the line is not only organ names.
 */
export function organsOnLine(view: string): Array<[number, number]> | null {
  const words = (re: RegExp) => [...view.matchAll(re)].map((m): [number, number] => [m.index!, m.index! + m[0].length]);
  const allOrgans = (spans: Array<[number, number]>) => spans.length > 0 && spans.every(([a, b]) => looksLikeOrgan(view.slice(a, b)));
  // One space may part two organs too ("山东省农业厅 山东省财政厅"), when each side is one.
  const single = words(/\S+/g);
  if (single.length > 1 && allOrgans(single)) return single;
  const spans = words(/\S+(?:\s\S+)*/g);
  return allOrgans(spans) ? spans : null;
}

/** Index of the first block of the closing block in [from, to), or `to` when there is none. */
export function signatureStart(page: PageLines, from: number, to: number): number {
  let start = to;
  let signed = false;
  for (let i = to - 1; i >= from; i--) {
    const text = page.text(i);
    if (!page.isLine(i)) break;
    if (page.noise(i) || publicationRemark.test(compact(text)) || printingSlip.test(compact(text))) {
      start = i;
      continue;
    }
    if (dateLine.test(compact(text)) || organsOnLine(text) || signerLine.test(compact(text))) {
      signed = true;
      start = i;
      continue;
    }
    if (attachmentList.test(compact(text)) || /^附件\s*[:：]?$/.test(compact(text))) {
      start = i;
      continue;
    }
    if (listItem.test(text)) {
      let j = i;
      while (j > from && listItem.test(page.text(j - 1))) j--;
      if (j > from && attachmentList.test(compact(page.text(j - 1)))) {
        start = j - 1;
        i = j - 1;
        continue;
      }
    }
    break;
  }
  return signed ? start : to;
}
