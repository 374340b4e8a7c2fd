// Finds quantities (ANNOTATION.md §3) in a range of text: a number, its
// magnitude, an optional range end and a unit from the unit table, with the
// comparator words that bind to it. Rules live in rules/zh/quantities.ts.
import type { Comparator, Quantity } from '../../schemas/policy-document.js';
import {
  ambiguousTerms, articleNumerals, codeLike, countingComparators, fractionWords, comparatorFillers, comparatorsAfter, comparatorsBefore, comparatorsInfix,
  magnitudeWords, nameFollowers, notComparatorBefore过, targetVerbs, units,
} from '../rules/zh/quantities.js';
import { cnDigitClass } from '../rules/zh/numerals.js';
import { readNumber } from '../text/numbers.js';
import { Quoted, type TextRange } from './context.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

const noMagnitudeWord = magnitudeWords.map((w) => w.slice(1)).map(escape).join('|');
const magnitude = `(?:[十百千](?!${noMagnitudeWord})|[万亿])`;
const arabic = `\\d+(?:,\\d{3})*(?:\\.\\d+)?${magnitude}*`;
const chinese = `[${cnDigitClass}十百千万亿]+`;
const number = `(?:${arabic}|${chinese})`;
const rangeDash = '(?:-|—|–|~|～|至|到)';
const infix = alternation(comparatorsInfix.map(([w]) => w));
const fraction = alternation(Object.keys(fractionWords));
/** optional 百分之, number, optional range end, optional 余/多, optional unit. */
const quantityPattern = new RegExp(
  `(${fraction})?(${number})(?:${rangeDash}(?:${fraction})?(${number}))?(${infix})?(${alternation(units)})?`,
  'gu',
);
const afterPattern = new RegExp(`^(?:${alternation(comparatorsAfter.map(([w]) => w))})`);
const beforePattern = new RegExp(`(?:${alternation(comparatorsBefore.map(([w]) => w))})$`);
const fillerPattern = new RegExp(`(?:${alternation(comparatorFillers)})$`);
const isAsciiUnit = (unit: string) => /^[A-Za-z]/.test(unit);
/** 百, 千, 万 and 亿 alone are words (百城, 千兆, 万企), unless a comparator makes them numbers (过亿). 十 alone is ten. */
const isMagnitudeOnly = (numeral: string) => /^[十百千万亿]+$/.test(numeral) && numeral !== '十';
const isYear = (numeral: string, unit: string | undefined) => /^\d{4}$/.test(numeral) && unit === '年';

const lookup = (table: ReadonlyArray<readonly [string, Comparator]>, word: string): Comparator =>
  table.find(([w]) => w === word)?.[1] ?? '=';

/** How far back the rules look from a number (comparator words, target verbs, 第). */
const lookBehind = 16;

interface Before {
  word: string;
  comparator: Comparator;
  /** 分别最高给予20万元、30万元: the word covers the whole list. */
  distributive: boolean;
}

function comparatorBefore(view: string, lineStart: number, at: number): Before | null {
  let text = view.slice(Math.max(lineStart, at - 12), at);
  const filler = fillerPattern.exec(text);
  const m = beforePattern.exec(text) ?? (filler ? beforePattern.exec(text.slice(0, filler.index)) : null);
  if (!m) return null;
  text = text.slice(0, m.index);
  if (m[0] === '过' && notComparatorBefore过.test(text)) return null;
  return { word: m[0], comparator: lookup(comparatorsBefore, m[0]), distributive: /分别[^,，。;；]{0,6}$/.test(text) };
}

/** Unit as written (full-width forms made ASCII), without magnitude words and without the 个 of 个百分点 / 个月. */
function unitOf(written: string): string {
  const unit = written.normalize('NFKC').replace(/\s+/g, '');
  return unit.length > 1 && /^[个個]/.test(unit) ? unit.slice(1) : unit;
}

interface Candidate {
  at: number;
  stop: number;
  fraction: string | undefined;
  first: string;
  second: string | undefined;
  infix: string | undefined;
  unit: string | undefined;
}

function candidate(m: RegExpMatchArray, start: number): Candidate {
  const at = start + m.index!;
  const [whole, fraction, first, second, infix, writtenUnit] = m;
  // After 百分之 the unit group would swallow the next word: the percent is the unit.
  const unit = fraction ? undefined : writtenUnit;
  const stop = fraction ? at + whole.length - (writtenUnit?.length ?? 0) : at + whole.length;
  return { at, stop, fraction, first: first!, second, infix, unit };
}

const isChinese = (numeral: string) => !/\d/.test(numeral);
const timeUnits = /^(?:年|个月|月|天|日|周|小时|个工作日|工作日)$/;

/** Why a candidate is not a quantity, as far as its surroundings alone tell (cheapest tests first). */
function excluded(c: Candidate, view: string, quoted: Quoted): boolean {
  const bare = !c.unit && !c.infix && !c.fraction;
  // Most Chinese numerals in running text are words (统一, 进一步, 一批): no unit, no quantity.
  if (bare && isChinese(c.first) && !/^[百千万亿]+$/.test(c.first)) return true;
  if (quoted.has(c.at)) return true;
  const previous = view[c.at - 1] ?? '';
  const next = view[c.stop] ?? '';
  if (previous === '第' || /[+\d.]/.test(previous) || next === '+' || next === '/') return true;
  if (ambiguousTerms.some((term) => view.startsWith(term, c.at))) return true;
  if (isYear(c.first, c.unit) || (c.second !== undefined && isYear(c.second, c.unit))) return true;
  if (nameFollowers.test(view.slice(c.stop, c.stop + 4))) return true;
  if (c.unit && isAsciiUnit(c.unit) && (/[A-Za-z]/.test(next) || codeLike.some((re) => re.test(`${c.first}${c.unit}`)))) return true;
  // 7日内, 三个月内: a `within` deadline, not a quantity.
  return Boolean(c.unit && timeUnits.test(c.unit) && /^(?:以内|之内|内)/.test(view.slice(c.stop, c.stop + 2)));
}

export function findQuantities(range: TextRange): Quantity[] {
  const { source, view, start, end } = range;
  const quoted = new Quoted(view, start, end);
  const found: Quantity[] = [];
  let listComparator: { comparator: Comparator; end: number } | null = null;
  for (const m of view.slice(start, end).matchAll(quantityPattern)) {
    const c = candidate(m, start);
    if (excluded(c, view, quoted)) continue;
    const explicit = comparatorBefore(view, start, c.at);
    // 一批, 一个, 一体化, 突破一批: an article; 不少于一次: a number.
    if (!c.second && articleNumerals.has(c.first) && !c.fraction && !(explicit && countingComparators.has(explicit.word))) continue;
    const after = afterPattern.exec(view.slice(c.stop, Math.min(end, c.stop + 3)));
    if (!c.unit && !c.infix && !c.fraction) {
      // A bare number counts only as a stated target (提高到117左右) or after a comparator (过亿).
      const before = view.slice(Math.max(start, c.at - lookBehind), c.at);
      const target = targetVerbs.test(before) && (after || /^[,，。;；、\s]?$/.test(view.slice(c.stop, c.stop + 1)));
      if (!(explicit && isMagnitudeOnly(c.first)) && !target) continue;
      if (/^\d{4}$/.test(c.first)) continue;
    } else if (isMagnitudeOnly(c.first) && !explicit) continue; // 千兆, 万企, 百城千屏: words, not numbers
    const value = readNumber(c.first);
    const valueMax = c.second ? readNumber(c.second) : undefined;
    if (value === undefined || (c.second && valueMax === undefined)) continue;
    let comparator: Comparator = '=';
    if (c.infix) comparator = lookup(comparatorsInfix, c.infix);
    else if (after) comparator = lookup(comparatorsAfter, after[0]);
    else if (explicit) comparator = explicit.comparator;
    else if (listComparator && /^[、和及与,，]\s*$/.test(view.slice(listComparator.end, c.at))) comparator = listComparator.comparator;
    const continuesList: boolean = listComparator !== null && comparator === listComparator.comparator && !explicit && !after;
    listComparator = explicit?.distributive || continuesList ? { comparator, end: c.stop } : null;
    const quantity: Quantity = {
      text: source.slice(c.at, c.stop),
      span: [c.at, c.stop],
      value,
      unit: c.fraction ? fractionWords[c.fraction as keyof typeof fractionWords] : c.unit ? unitOf(source.slice(c.stop - c.unit.length, c.stop)) : null,
      comparator,
    };
    if (valueMax !== undefined) quantity.valueMax = valueMax;
    found.push(quantity);
  }
  return found;
}
