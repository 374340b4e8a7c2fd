// The matching view: a string of exactly the source's length in which
// full-width forms are ASCII, ideographic spaces are spaces and traditional
// characters are simplified, one code unit for one code unit. Rules match on
// the view; every span they return indexes the source unchanged.
import * as OpenCC from 'opencc-js/t2cn';

let toSimplified: ((text: string) => string) | undefined;
/** Code unit → its simplified code unit, filled on first sight (0: not yet known). */
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

function viewCode(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x3000 || code === 0x00a0 || code === 0xfeff) return 0x20;
  if (isCjk(code)) return simplify(code);
  return code;
}

export const viewChar = (ch: string): string => String.fromCharCode(viewCode(ch.charCodeAt(0)));

export function matchingView(source: string): string {
  const codes = new Uint16Array(source.length);
  let changed = false;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    const to = code < 0xa0 ? code : viewCode(code);
    codes[i] = to;
    if (to !== code) changed = true;
  }
  if (!changed) return source;
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.subarray(i, i + 8192));
  return out;
}
