// What every extractor is given: the source, its matching view and a span to read.
export interface TextRange {
  source: string;
  view: string;
  start: number;
  end: number;
  /** The range's quotations, found by the first extractor that asks (quotations()). */
  quoted?: Quoted;
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
    // Searched within the range only: a line without quotes must not cost a scan to the end of the document.
    const text = view.slice(start, end);
    openers.lastIndex = 0;
    while (openers.test(text)) {
      const i = openers.lastIndex - 1;
      const j = text.indexOf(quotePairs[text[i]!]!, i + 1);
      if (j < 0 || j - i > quoteLengthMax) continue;
      this.mask ??= new Uint8Array(end - start);
      this.mask.fill(1, i + 1, j);
      if (text[i] !== '《') openers.lastIndex = j + 1;
    }
  }
  /** Whether the character at `at` lies strictly inside a quotation. */
  has(at: number): boolean {
    return this.mask !== null && this.mask[at - this.start] === 1;
  }
}

/** The quotations of a range, found once and shared by the extractors that read it. */
export const quotations = (range: TextRange): Quoted => (range.quoted ??= new Quoted(range.view, range.start, range.end));
