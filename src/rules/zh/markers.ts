// Section marker styles, one row each. Patterns run on the matching view at the
// start of a line (after indentation); group 1 is the numeral. The scorer and
// the output compare markers by style and number, so `1.` and `1、` share a row.
import { circled, cnDigitClass } from './numerals.js';

const cn = `[${cnDigitClass}十百]+`;

export interface MarkerStyle {
  /** Stable name, used in section ids' style comparisons. */
  name: string;
  /** Matches the marker at a line start; group 1 is the numeral. */
  pattern: RegExp;
  /** Example, as written in real documents. */
  example: string;
}

export const markerStyles = [
  { name: 'part', pattern: new RegExp(`^第(${cn}|\\d+)部分`), example: '第一部分' },
  { name: 'chapter', pattern: new RegExp(`^第(${cn}|\\d+)章`), example: '第一章' },
  { name: 'division', pattern: new RegExp(`^第(${cn}|\\d+)节`), example: '第一节' },
  { name: 'article', pattern: new RegExp(`^第(${cn}|\\d+)条(?![例件])`), example: '第十二条' },
  { name: 'cn-comma', pattern: new RegExp(`^(${cn})、`), example: '十一、' },
  { name: 'cn-paren', pattern: new RegExp(`^[(〔【](${cn})[)〕】]`), example: '(十二)' },
  { name: 'ar-dot', pattern: /^(\d{1,3})[.、](?!\d)/, example: '12、' },
  { name: 'ar-paren', pattern: /^[(〔](\d{1,3})[)〕]/, example: '(3)' },
  { name: 'circled', pattern: new RegExp(`^([${circled}])`), example: '②' },
] as const satisfies readonly MarkerStyle[];

/** Styles whose marker is a whole word: a heading may follow after a space. */
export const wordMarkers: ReadonlySet<string> = new Set(['part', 'chapter', 'division', 'article']);
