// Calendar helpers: ISO dates, last day of a month.
const pad = (n: number) => String(n).padStart(2, '0');

export const isoDate = (year: number, month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}`;

export const lastDayOfMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A valid calendar date as ISO, or undefined. */
export function validIso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) return undefined;
  return isoDate(year, month, day);
}

/** "2022年12月6日", "2022-12-06", "2022.12.6", "2022/12/06" → ISO, or undefined. */
export function readDate(text: string): string | undefined {
  const m = /(\d{4})\s*(?:年|-|\.|\/)\s*(\d{1,2})\s*(?:月|-|\.|\/)\s*(\d{1,2})/.exec(text);
  return m ? validIso(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}
