// The matching view: a string of exactly the source's length in which
// full-width forms are ASCII, ideographic spaces are spaces and traditional
// characters are simplified, one code unit for one code unit. Rules match on
// the view; every span they return indexes the source unchanged.
import * as OpenCC from 'opencc-js/t2cn';

let toSimplified: ((text: string) => string) | undefined;
/** Code unit → its view code unit, filled on first sight (0: not yet known). */
const simplified = new Uint16Array(0x10000);

function simplify(code: number): number {
  const known = simplified[code]!;
  if (known) return known;
  const convert = (toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' }));
  const converted = convert(String.fromCharCode(code));
  // Only one-for-one replacements keep offsets aligned.
  const result = converted.length === 1 ? converted.charCodeAt(0) : code;
  simplified[code] = result;
  return result;
}

const isCjk = (code: number): boolean =>
  (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);

/** The view's code unit for a code unit, remembered in `simplified` for every code seen. */
function viewCode(code: number): number {
  let to = code;
  if (code >= 0xff01 && code <= 0xff5e) to = code - 0xfee0;
  else if (code === 0x3000 || code === 0x00a0 || code === 0xfeff) to = 0x20;
  else if (isCjk(code)) to = simplify(code);
  simplified[code] = to;
  return to;
}

export const viewChar = (ch: string): string => String.fromCharCode(viewCode(ch.charCodeAt(0)));

const utf16 = new TextDecoder('utf-16le');

export function matchingView(source: string): string {
  const codes = new Uint16Array(source.length);
  let changed = false;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    const known = code < 0xa0 ? code : simplified[code]! || viewCode(code);
    codes[i] = known;
    if (known !== code) changed = true;
  }
  // The code units go back into a string natively (surrogates pass through unchanged).
  return changed ? utf16.decode(codes) : source;
}
