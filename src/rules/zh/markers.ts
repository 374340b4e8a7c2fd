// Section marker styles, one row each. Patterns run on the matching view at the
// start of a line (after indentation); group 1 is the numeral, read by the row's
// reader. The scorer and the output compare markers by style and number, so `1.`
// and `1、` share a row.
import { circled, cnDigitClass, parenthesised } from './numerals.js';
import { readNumber } from '../../text/numbers.js';

const cn = `[${cnDigitClass}十百]+`;
const inOrder = (table: string) => (numeral: string) => table.indexOf(numeral) + 1;

export interface MarkerStyle {
  /** Stable name, used in section ids' style comparisons. */
  name: string;
  /** Matches the marker at a line start; group 1 is the numeral. */
  pattern: RegExp;
  /** The numeral's value; undefined or < 1 when it is none. */
  read: (numeral: string) => number | undefined;
  /**
   * Usual depth, outermost first. Nesting follows the order in which styles
   * appear, but a style that usually stands outside another is not nested in
   * it: 一、 after a list of 1. items in a preamble opens a level of its own,
   * and a chapter after articles (a text that lost its opening) stands above them.
   */
  rank: number;
  /** Example, as written in real documents. */
  example: string;
}

export const markerStyles = [
  { name: 'part', pattern: new RegExp(`^第(${cn}|\\d+)部分`), read: readNumber, rank: 0, example: '第一部分' },
  { name: 'chapter', pattern: new RegExp(`^第(${cn}|\\d+)章`), read: readNumber, rank: 1, example: '第一章' },
  { name: 'division', pattern: new RegExp(`^第(${cn}|\\d+)节`), read: readNumber, rank: 2, example: '第一节' },
  { name: 'article', pattern: new RegExp(`^第(${cn}|\\d+)条(?![例件])`), read: readNumber, rank: 3, example: '第十二条' },
  { name: 'cn-comma', pattern: new RegExp(`^(${cn})、`), read: readNumber, rank: 4, example: '十一、' },
  { name: 'cn-paren', pattern: new RegExp(`^[(〔【](${cn})[)〕】]`), read: readNumber, rank: 5, example: '(十二)' },
  // 1、30家企业 opens item 1; 1.30 is a decimal.
  { name: 'ar-dot', pattern: /^(\d{1,3})(?:、|\.(?!\d))/, read: readNumber, rank: 6, example: '12、' },
  { name: 'ar-paren', pattern: /^[(〔](\d{1,3})[)〕]/, read: readNumber, rank: 7, example: '(3)' },
  { name: 'ar-paren', pattern: new RegExp(`^([${parenthesised}])`), read: inOrder(parenthesised), rank: 7, example: '⑶' },
  { name: 'circled', pattern: new RegExp(`^([${circled}])`), read: inOrder(circled), rank: 8, example: '②' },
] as const satisfies readonly MarkerStyle[];
