// Word tables become regex alternations: escaped, without repeats, longest
// first, so that 按职责分工负责 wins over 负责 at the same place.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const alternation = (words: readonly string[]): string =>
  [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
