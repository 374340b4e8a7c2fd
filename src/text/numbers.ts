// Reads a number written with Arabic digits, Chinese numerals and magnitude
// words into its value: "2.47万" → 24700, "千万" → 10000000, "二十" → 20,
// "二百零一点零六" → 201.06.
import { bigMagnitudes, cnDigits, smallMagnitudes } from '../rules/zh/numerals.js';

/** The decimal point of numbers written in characters: 一点五 is 1.5. */
const decimalPoint = '点';

const lookup = <T extends Record<string, number>>(table: T, ch: string): number | undefined =>
  (table as Record<string, number>)[ch];

/**
 * The value of `text` (matching view), or undefined when it is not a number.
 * A big magnitude after a smaller one scales everything before it: 2万亿 is
 * 2 × 10^4 × 10^8, whereas in 1亿2千万 the 万 closes only its own group.
 */
export function readNumber(text: string): number | undefined {
  let total = 0;
  let group = 0;
  let pending: number | undefined;
  let lastBig = Infinity;
  let seen = false;
  /** After 点 (一点五, 零点七五): the place of the next decimal digit. */
  let place = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const arabic = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?|^\d+(?:\.\d+)?/.exec(text.slice(i));
    if (arabic) {
      pending = Number(arabic[0].replaceAll(',', ''));
      i += arabic[0].length - 1;
      seen = true;
      continue;
    }
    const digit = lookup(cnDigits, ch);
    if (digit !== undefined) {
      if (place) {
        pending = (pending ?? 0) + digit * place;
        place /= 10;
      } else pending = digit;
      seen = true;
      continue;
    }
    if (ch === decimalPoint && seen && !place) {
      pending = group + (pending ?? 0);
      group = 0;
      place = 0.1;
      continue;
    }
    const small = lookup(smallMagnitudes, ch);
    if (small !== undefined && !place) {
      group += (pending ?? 1) * small;
      pending = undefined;
      seen = true;
      continue;
    }
    const big = lookup(bigMagnitudes, ch);
    if (big !== undefined) {
      const section = group + (pending ?? 0);
      if (big > lastBig) total = (total + section) * big;
      else total += (section || 1) * big;
      lastBig = big;
      group = 0;
      pending = undefined;
      place = 0;
      seen = true;
      continue;
    }
    return undefined;
  }
  if (!seen) return undefined;
  return round(total + group + (pending ?? 0));
}

/** Drops binary floating-point noise: 2.47 × 10000 is 24700, not 24700.000000000004. */
export const round = (x: number): number => (Number.isInteger(x) ? x : Number(x.toPrecision(12)));
