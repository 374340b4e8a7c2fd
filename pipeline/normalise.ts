// Stage 2, normalise: computes the matching view (full-width → ASCII,
// traditional → simplified) of the same length as the source, so rules can
// match one spelling while every offset still indexes the source. Inline page
// noise (pinyin glosses) is blanked in the view, never removed from the source.
import type { PolicyRoot } from '../src/tree.js';
import { matchingView } from '../src/text/view.js';
import { pinyinGloss } from '../src/rules/zh/page.js';

/** Page noise inside lines (pinyin glosses) becomes blank in the view: rules never see it. */
export const blankInlineNoise = (view: string): string =>
  /\([a-zA-Zāáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜü]/.test(view) ? view.replace(pinyinGloss, (m) => ' '.repeat(m.length)) : view;

export default function normalise() {
  return (tree: PolicyRoot) => {
    tree.view = blankInlineNoise(matchingView(tree.source));
    if (tree.view.length !== tree.source.length) throw new Error('normalise: the view must keep the source length');
  };
}
