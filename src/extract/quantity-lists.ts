// Quantities that two or more numbers make together (ANNOTATION.md §3): a list
// that shares one unit (6.59、1.67、1个百分点) and a range written with a unit on
// both ends (一万元以上十万元以下, 20吨以上不满30吨, 60%—70%).
import type { Quantity } from '../../schemas/policy-document.js';
import { readNumber } from '../text/numbers.js';
import { flatMap } from '../flat.js';
import { alternation } from '../text/alternation.js';
import { rangeDashes } from '../rules/zh/quantities.js';

/** Between two numbers of a shared-unit list. */
const listSeparator = /^[、,，和及与]$/;

/**
 * Bare numbers waiting for the unit of the list they open: "6.59、1.67、" wait
 * for "1个百分点" and take its unit and comparator.
 */
export class SharedUnitList {
  private items: Array<{ at: number; stop: number; numeral: string }> = [];

  constructor(private readonly view: string) {}

  /** A bare Arabic number followed by a list separator and another number. */
  offer(at: number, stop: number, numeral: string): void {
    const last = this.items[this.items.length - 1];
    if (last && last.stop + 1 !== at) this.items = [];
    if (/^\d/.test(numeral) && listSeparator.test(this.view[stop] ?? '') && /\d/.test(this.view[stop + 1] ?? '')) {
      this.items.push({ at, stop, numeral });
    } else this.items = [];
  }

  /** The waiting numbers as quantities of `closing`'s unit, when `closing` ends their list. */
  close(at: number, closing: Quantity, source: string): Quantity[] {
    const items = this.items;
    this.items = [];
    const last = items[items.length - 1];
    if (!last || last.stop + 1 !== at || closing.unit === null) return [];
    return flatMap(items, ({ at: a, stop, numeral }) => {
      const value = readNumber(numeral);
      return value === undefined ? [] : [{ text: source.slice(a, stop), span: [a, stop] as [number, number], value, unit: closing.unit, comparator: closing.comparator }];
    });
  }
}

/** What joins two quantities into a range: A以上不满B, A至B, A—B; or A以上B when 以下 closes it. */
const rangeJoiners: ReadonlyArray<{ between: RegExp; closedBy?: RegExp }> = [
  { between: /^(?:\(含\)|及)?以上[、,，]?(?:不满|不足|未满)$/ },
  { between: /^(?:\(含\)|及)?以上[、,，]?(?:\(不含\))?$/, closedBy: /^(?:\(含\)|\(不含\))?以下/ },
  // 5000万元(含)—1亿元, 80%(含)-90%: the lower end included, as a range usually is.
  { between: new RegExp(`^ ?(?:\\(含\\))? ?(?:${alternation(rangeDashes)}) ?$`) },
];

/** Both ends in one unit; an upper end written with its magnitude alone takes the lower end's (5万元以上10万以下). */
const sameUnit = (a: Quantity, b: Quantity, view: string) =>
  a.unit !== null &&
  (a.unit === b.unit || (b.unit === null && /[万亿]$/.test(view.slice(b.span[0], b.span[1])))) &&
  a.valueMax === undefined &&
  b.valueMax === undefined;

/** Joins neighbouring quantities that form one range: value the lower end, valueMax the upper. */
export function joinRanges(found: Quantity[], source: string, view: string, end: number): Quantity[] {
  const out: Quantity[] = [];
  for (let k = 0; k < found.length; k++) {
    const a = found[k]!;
    const b = found[k + 1];
    const between = b ? view.slice(a.span[1], b.span[0]) : '';
    const after = b ? view.slice(b.span[1], Math.min(end, b.span[1] + 6)) : '';
    const joined = b && sameUnit(a, b, view) && rangeJoiners.some((j) => j.between.test(between) && (!j.closedBy || j.closedBy.test(after)));
    if (!joined) {
      out.push(a);
      continue;
    }
    out.push({
      text: source.slice(a.span[0], b!.span[1]),
      span: [a.span[0], b!.span[1]],
      value: Math.min(a.value, b!.value),
      valueMax: Math.max(a.value, b!.value),
      unit: a.unit,
      comparator: '=',
    });
    k++;
  }
  return out;
}
