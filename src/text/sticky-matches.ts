// A global regex search tries its pattern at every position of the text. Where
// a pattern can only start at a few characters (a quantity at a digit or a
// numeral), finding those characters first and trying the pattern there alone
// gives the same matches several times faster.

/**
 * The matches of `pattern` (sticky: flag y) in `text`, left to right and not
 * overlapping, as a global search would find them, tried only where `starts`
 * (global: flag g; one code unit, no surrogate pair) finds a character that
 * can open a match. The pattern must not match the empty string.
 */
export function* stickyMatches(text: string, starts: RegExp, pattern: RegExp): Generator<RegExpExecArray> {
  starts.lastIndex = 0;
  // test() allocates no match: the start is the one code unit before lastIndex.
  while (starts.test(text)) {
    pattern.lastIndex = starts.lastIndex - 1;
    const m = pattern.exec(text);
    if (m) {
      starts.lastIndex = m.index + m[0].length;
      yield m;
    }
  }
}
