// What every extractor is given: the source, its matching view and a span to read.
export interface TextRange {
  source: string;
  view: string;
  start: number;
  end: number;
}

const quotePairs: Record<string, string> = { '“': '”', '《': '》', '〈': '〉', '「': '」', '『': '』', '‘': '’' };
const openers = /[“《〈「『‘]/g;
/** A quotation longer than this is a stray mark, not a quoted name. */
const quoteLengthMax = 200;

/** Positions of view[start, end) inside quotation marks or title brackets: slogans and names, not statements. */
export class Quoted {
  private readonly mask: Uint8Array | null = null;
  constructor(
    view: string,
    private readonly start: number,
    end: number,
  ) {
    openers.lastIndex = start;
    for (let m = openers.exec(view); m && m.index < end; m = openers.exec(view)) {
      const i = m.index;
      const j = view.indexOf(quotePairs[m[0]]!, i + 1);
      if (j < 0 || j >= end || j - i > quoteLengthMax) continue;
      this.mask ??= new Uint8Array(end - start);
      this.mask.fill(1, i + 1 - start, j - start);
      if (m[0] !== '《') openers.lastIndex = j + 1;
    }
  }
  /** Whether the character at `at` lies strictly inside a quotation. */
  has(at: number): boolean {
    return this.mask !== null && this.mask[at - this.start] === 1;
  }
}
