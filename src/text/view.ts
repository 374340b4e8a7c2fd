// The matching view: a string of exactly the source's length in which every
// compatibility form is its canonical character (full-width and small-form
// punctuation, ideographic and no-break spaces, compatibility ideographs) and
// traditional characters are simplified, one code unit for one code unit.
// Rules match on the view; every span they return indexes the source unchanged.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';

/** Traditional → simplified, one character for one (generated from OpenCC: scripts/build-simplified.ts), read on first use. */
let toSimplified: Map<number, number> | undefined;
function simplifiedTable(): Map<number, number> {
  if (!toSimplified) {
    const file = join(packageRoot(import.meta.url), 'src', 'rules', 'zh', 'simplified.generated.utf8');
    const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.length === 2);
    toSimplified = new Map(lines.map((l) => [l.charCodeAt(0), l.charCodeAt(1)]));
  }
  return toSimplified;
}

/** Code unit → its view code unit, filled on first sight (0: not yet known). */
const known = new Uint16Array(0x10000);

/** Code units the view keeps as written although NFKC would fold them. */
const keptAsWritten = (code: number): boolean =>
  // Enclosed numerals (①, ㈠, ㊀) are section markers of their own, not digits.
  (code >= 0x2460 && code <= 0x24ff) || (code >= 0x3200 && code <= 0x32ff) ||
  // Surrogate halves are only meaningful in pairs: astral characters pass through.
  (code >= 0xd800 && code <= 0xdfff);

const isCjk = (code: number): boolean => code >= 0x3400 && code <= 0x9fff;

/**
 * Unicode compatibility decomposition (NFKC) of one code unit, kept only where
 * it yields one code unit: every variant of a punctuation mark or digit is
 * covered at once (﹒ ︒ ． → . and 。), and nothing can shift an offset.
 */
function compatibility(code: number): number {
  if (code === 0xfeff) return 0x20; // a stray byte-order mark inside the text reads as a space
  if (keptAsWritten(code)) return code;
  const folded = String.fromCharCode(code).normalize('NFKC');
  return folded.length === 1 ? folded.charCodeAt(0) : code;
}

const simplify = (code: number): number => simplifiedTable().get(code) ?? code;

/** The view's code unit for a code unit, remembered in `known` for every code seen. */
function viewCode(code: number): number {
  const folded = compatibility(code);
  const to = isCjk(folded) ? simplify(folded) : folded;
  known[code] = to;
  return to;
}


export function matchingView(source: string): string {
  const codes = new Uint16Array(source.length);
  let changed = false;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    const to = code < 0xa0 ? code : known[code]! || viewCode(code);
    codes[i] = to;
    if (to !== code) changed = true;
  }
  // The code units go back into a string natively, as they are (a lone surrogate too),
  // about three times faster through a Buffer than through a UTF-16 TextDecoder.
  return changed ? Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength).toString('ucs2') : source;
}

/**
 * Positions in [start, end) that the view does not blank: what is written,
 * without spaces and pinyin glosses (發(fā)布 is 發布). A value read from the
 * compacted view is copied from the source at these positions.
 */
export function writtenPositions(view: string, start: number, end: number): number[] {
  const kept: number[] = [];
  for (let i = start; i < end; i++) if (!/\s/.test(view[i]!)) kept.push(i);
  return kept;
}
