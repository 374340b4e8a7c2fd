// Stage 2, normalise: computes the matching view (full-width → ASCII,
// traditional → simplified) of the same length as the source, so rules can
// match one spelling while every offset still indexes the source. Inline page
// noise (pinyin glosses) is blanked in the view, never removed from the source.
import type { PolicyRoot } from '../src/tree.js';
import { matchingView } from '../src/text/view.js';
import { pinyinGloss } from '../src/rules/zh/page.js';

/** Where a gloss can be: an opening bracket before a Latin letter. */
const glossOpen = /\([a-zA-Zāáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜü]/g;
const glossAt = new RegExp(pinyinGloss.source, 'y');

/**
 * Page noise inside lines (pinyin glosses) becomes blank in the view: rules
 * never see it. The gloss rule is tried only at its brackets, and at the
 * space before one (a search of its own would test its look-behind at every
 * position of the document); the blanks are what a global replace gives.
 */
export function blankInlineNoise(view: string): string {
  let out = '';
  let done = 0;
  glossOpen.lastIndex = 0;
  for (let m = glossOpen.exec(view); m; m = glossOpen.exec(view)) {
    for (const at of [m.index - 1, m.index]) {
      if (at < done) continue;
      glossAt.lastIndex = at;
      const gloss = glossAt.exec(view);
      if (!gloss) continue;
      out += view.slice(done, at) + ' '.repeat(gloss[0].length);
      done = glossOpen.lastIndex = at + gloss[0].length;
      break;
    }
  }
  return done === 0 ? view : out + view.slice(done);
}

export default function normalise() {
  return (tree: PolicyRoot) => {
    tree.view = blankInlineNoise(matchingView(tree.source));
    if (tree.view.length !== tree.source.length) throw new Error('normalise: the view must keep the source length');
  };
}
