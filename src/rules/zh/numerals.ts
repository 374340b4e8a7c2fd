// Chinese and Arabic numerals, as data. Tables are keyed by the matching view
// (simplified characters, ASCII digits), see pipeline/normalise.ts.

/** Digits written as characters; 两 and 〇 included. */
export const cnDigits = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
} as const satisfies Record<string, number>;

/** Multipliers inside a number: 三百, 2千. */
export const smallMagnitudes = { 十: 10, 百: 100, 千: 1000 } as const satisfies Record<string, number>;

/** Multipliers that close a group: 2.47万, 5500亿, 千万. */
export const bigMagnitudes = { 万: 1e4, 亿: 1e8 } as const satisfies Record<string, number>;

export const cnDigitClass = Object.keys(cnDigits).join('');

/** Digits of a year as signatures print it (二〇〇四): its zero may be 〇, ○, 零, or a Latin O or ASCII 0 typed in its place (二00五). */
export const yearDigitClass = '〇○零0OＯ一二三四五六七八九';

/** Circled numerals ① … ⑳ in order. */
export const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** Parenthesised numerals ⑴ … ⒇ in order: one character for (1) … (20). */
export const parenthesised = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
