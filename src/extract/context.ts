// What every extractor is given: the source, its matching view and a span to read.
export interface TextRange {
  source: string;
  view: string;
  start: number;
  end: number;
}

const quotePairs: Record<string, string> = { '“': '”', '《': '》', '〈': '〉', '「': '」', '『': '』', '‘': '’' };
/** A quotation longer than this is a stray mark, not a quoted name. */
const quoteLengthMax = 200;

/** Positions of view[start, end) inside quotation marks or title brackets: slogans and names, not statements. */
export class Quoted {
  private readonly mask: Uint8Array;
  constructor(
    view: string,
    private readonly start: number,
    end: number,
  ) {
    this.mask = new Uint8Array(end - start);
    for (let i = start; i < end; i++) {
      const close = quotePairs[view[i]!];
      if (!close) continue;
      const j = view.indexOf(close, i + 1);
      if (j < 0 || j >= end || j - i > quoteLengthMax) continue;
      this.mask.fill(1, i + 1 - start, j - start);
      if (view[i] !== '《') i = j;
    }
  }
  /** Whether the character at `at` lies strictly inside a quotation. */
  has(at: number): boolean {
    return this.mask[at - this.start] === 1;
  }
}
