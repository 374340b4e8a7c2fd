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
    // Searched within the range only: a line without quotes must not cost a scan to the end of the document.
    const text = view.slice(start, end);
    openers.lastIndex = 0;
    for (let m = openers.exec(text); m; m = openers.exec(text)) {
      const i = m.index;
      const j = text.indexOf(quotePairs[m[0]]!, i + 1);
      if (j < 0 || j - i > quoteLengthMax) continue;
      this.mask ??= new Uint8Array(end - start);
      this.mask.fill(1, i + 1, j);
      if (m[0] !== '《') openers.lastIndex = j + 1;
    }
  }
  /** Whether the character at `at` lies strictly inside a quotation. */
  has(at: number): boolean {
    return this.mask !== null && this.mask[at - this.start] === 1;
  }
}

/** The quotations of a range, found once and shared by the extractors that read it. */
const quotedOf = new WeakMap<TextRange, Quoted>();
export function quotations(range: TextRange): Quoted {
  let quoted = quotedOf.get(range);
  if (!quoted) quotedOf.set(range, (quoted = new Quoted(range.view, range.start, range.end)));
  return quoted;
}
