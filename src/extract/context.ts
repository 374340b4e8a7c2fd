// What every extractor is given: the source, its matching view and a span to read.
export interface TextRange {
  source: string;
  view: string;
  start: number;
  end: number;
}

/** Ranges inside quotation marks or title brackets: slogans and names, not statements. */
export function quotedRanges(view: string, start: number, end: number): Array<[number, number]> {
  const pairs: Record<string, string> = { '“': '”', '《': '》', '〈': '〉', '「': '」', '『': '』', '‘': '’' };
  const ranges: Array<[number, number]> = [];
  for (let i = start; i < end; i++) {
    const close = pairs[view[i]!];
    if (!close) continue;
    const j = view.indexOf(close, i + 1);
    if (j < 0 || j >= end) continue;
    ranges.push([i, j + 1]);
    if (view[i] !== '《') i = j;
  }
  return ranges;
}

export const inside = (ranges: Array<[number, number]>, at: number): boolean =>
  ranges.some(([a, b]) => a < at && at < b);
