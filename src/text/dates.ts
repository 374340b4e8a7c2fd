// Calendar helpers: ISO dates, last day of a month, dates read from text.
import { readNumber } from './numbers.js';
import { yearDigitClass } from '../rules/zh/numerals.js';

const pad = (n: number) => String(n).padStart(2, '0');

export const isoDate = (year: number, month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}`;

export const lastDayOfMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A valid calendar date as ISO, or undefined. */
export function validIso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) return undefined;
  return isoDate(year, month, day);
}

/** A year digit's value: the six zeros of yearDigitClass (〇○零0OＯ), then 一 … 九. */
const yearDigit = (d: string) => Math.max(0, yearDigitClass.indexOf(d) - 5);
/** A year in Chinese digits, its month and day in Chinese or Arabic numerals (二O一一年5月16日). */
const chineseDate = new RegExp(`([${yearDigitClass}]{4})年([一二三四五六七八九十]{1,2}|\\d{1,2})月([一二三四五六七八九十]{1,3}|\\d{1,2})日`);

/**
 * "2022年12月6日", "2022-12-06", "2022.12.6", "2022/12/06" and dates in Chinese
 * numerals as signatures print them ("二〇〇四年六月二十六日") → ISO, or undefined.
 */
export function readDate(written: string): string | undefined {
  // Full-width digits (２０１８年１１月２７日) read as ASCII ones.
  const text = written.normalize('NFKC');
  const m = /(\d{4})\s*(?:年|-|\.|\/)\s*(\d{1,2})\s*(?:月|-|\.|\/)\s*(\d{1,2})/.exec(text);
  if (m) return validIso(Number(m[1]), Number(m[2]), Number(m[3]));
  const cn = chineseDate.exec(text);
  if (!cn) return undefined;
  const month = readNumber(cn[2]!);
  const day = readNumber(cn[3]!);
  const year = Number([...cn[1]!].map(yearDigit).join(''));
  return month && day ? validIso(year, month, day) : undefined;
}
