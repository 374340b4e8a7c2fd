// Stage 2, normalise: computes the matching view (full-width → ASCII,
// traditional → simplified) of the same length as the source, so rules can
// match one spelling while every offset still indexes the source.
import type { PolicyRoot } from '../src/tree.js';
import { matchingView } from '../src/text/view.js';

export default function normalise() {
  return (tree: PolicyRoot) => {
    tree.view = matchingView(tree.source);
    if (tree.view.length !== tree.source.length) throw new Error('normalise: the view must keep the source length');
  };
}
