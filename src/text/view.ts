// The matching view: a string of exactly the source's length in which
// full-width forms are ASCII, ideographic spaces are spaces and traditional
// characters are simplified, one code unit for one code unit. Rules match on
// the view; every span they return indexes the source unchanged.
import * as OpenCC from 'opencc-js/t2cn';

let toSimplified: ((text: string) => string) | undefined;
const simplifiedCache = new Map<string, string>();

function simplify(ch: string): string {
  const cached = simplifiedCache.get(ch);
  if (cached !== undefined) return cached;
  const convert = (toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' }));
  const converted = convert(ch);
  // Only one-for-one replacements keep offsets aligned.
  const result = converted.length === ch.length ? converted : ch;
  simplifiedCache.set(ch, result);
  return result;
}

const isCjk = (code: number): boolean =>
  (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);

export function viewChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000 || code === 0x00a0 || code === 0xfeff) return ' ';
  if (isCjk(code)) return simplify(ch);
  return ch;
}

/** Characters that may map to something else: full-width forms, spaces, CJK. */
const mapped = /[\uff01-\uff5e\u3000\u00a0\ufeff\u3400-\u9fff\uf900-\ufaff]/;

export function matchingView(source: string): string {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (!mapped.test(ch)) continue;
    const to = viewChar(ch);
    if (to === ch) continue;
    parts.push(source.slice(from, i), to);
    from = i + 1;
  }
  parts.push(source.slice(from));
  return parts.join('');
}
