// A global regex search tries its pattern at every position of the text. Where
// a pattern can only start at a few characters (a quantity at a digit or a
// numeral), finding those characters first and trying the pattern there alone
// gives the same matches several times faster.
import type { CharSet } from './char-set.js';

/**
 * The matches of `pattern` (sticky: flag y) in `text`, left to right and not
 * overlapping, as a global search would find them, tried only where a member
 * of `starts` can open a match. The pattern must not match the empty string.
 */
export function* stickyMatches(text: string, starts: CharSet, pattern: RegExp): Generator<RegExpExecArray> {
  for (let at = starts.next(text, 0); at < text.length; ) {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (m) yield m;
    at = starts.next(text, m ? at + m[0].length : at + 1);
  }
}
