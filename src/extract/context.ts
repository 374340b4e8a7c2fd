// What every extractor is given: the source, its matching view and a span to read.
import { CharSet } from '../text/char-set.js';
export interface TextRange {
  source: string;
  view: string;
  start: number;
  end: number;
  /** The range's quotations, found by the first extractor that asks (quotations()). */
  quoted?: Quoted;
}

const quotePairs: Record<string, string> = { '“': '”', '《': '》', '〈': '〉', '「': '」', '『': '』', '‘': '’' };
const openers = new CharSet(Object.keys(quotePairs).join(''));
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
    for (let i = openers.next(view, start, end); i < end; ) {
      // The first closing mark, looked for no further than a quotation can run.
      const close = view.slice(i + 1, Math.min(end, i + 1 + quoteLengthMax)).indexOf(quotePairs[view[i]!]!);
      const j = i + 1 + close;
      if (close < 0) {
        i = openers.next(view, i + 1, end);
        continue;
      }
      this.mask ??= new Uint8Array(end - start);
      this.mask.fill(1, i + 1 - start, j - start);
      // 《》 may nest inside a quotation: look inside it; other quotations are skipped whole.
      i = openers.next(view, view[i] === '《' ? i + 1 : j + 1, end);
    }
  }
  /** Whether the character at `at` lies strictly inside a quotation. */
  has(at: number): boolean {
    return this.mask !== null && this.mask[at - this.start] === 1;
  }
}

/** The quotations of a range, found once and shared by the extractors that read it. */
export const quotations = (range: TextRange): Quoted => (range.quoted ??= new Quoted(range.view, range.start, range.end));
