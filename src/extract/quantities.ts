// Finds quantities (ANNOTATION.md §3) in a range of text: a number, its
// magnitude, an optional range end and a unit from the unit table, with the
// comparator words that bind to it. Rules live in rules/zh/quantities.ts; lists
// and ranges that span two quantities are joined in quantity-lists.ts.
import type { Comparator, Quantity } from '../../schemas/policy-document.js';
import {
  ambiguousTerms, amendingDecision, chineseYearDigits, codeLike, comparatorsInfix, countingComparators, countWords, dayOfMonthBefore, daysDuration,
  designations, fractionWords, magnitudeWords, nameFollowers, notCountBefore一, perUnits, pollutantCode, populationAfterAge, rangeDashes,
  targetVerbs, unitLikeWords, units, yearsName,
} from '../rules/zh/quantities.js';
import { cnDigitClass } from '../rules/zh/numerals.js';
import { readNumber } from '../text/numbers.js';
import { alternation } from '../text/alternation.js';
import { stickyMatches } from '../text/sticky-matches.js';
import { CharSet } from '../text/char-set.js';
import { afterComparator, comparatorAfter, comparatorBefore, lookup, type Before } from './comparators.js';
import { quotations, type Quoted, type TextRange } from './context.js';
import { joinRanges, SharedUnitList } from './quantity-lists.js';

const noMagnitudeWord = magnitudeWords.map((w) => w.slice(1)).join('|');
const magnitude = `(?:[十百千](?!${noMagnitudeWord})|[万亿])`;
/** Scraped text may put a space inside a number: "1 万元", "5000 元". */
const arabic = `\\d+(?:,\\d{3})*(?:\\.\\d+)?(?: ?${magnitude})*`;
const numeralChars = `${cnDigitClass}十百千万亿`;
/** 千 before 米, 克, 瓦 is the unit's (二十千克); a decimal is written with 点 (一点五, 二百零一点零六), not before 十 (九点三十分). */
const chinese = `(?:[${cnDigitClass}十百万亿]|千(?!${noMagnitudeWord}))+(?:点[${cnDigitClass}]+(?![十百千])[万亿]*)?`;
const number = `(?:${arabic}|${chinese})`;
/** Scraped text may space a dash out: 1 — 5分. */
const rangeDash = `(?: ?(?:${alternation(rangeDashes)}) ?)`;
const infix = alternation(comparatorsInfix.map(([w]) => w));
const fraction = alternation(Object.keys(fractionWords));
const unit = alternation(units);
/** What a compound unit is counted per, after a slash or a dot: 吨/年, 元/人/月, 元/亩·年. */
const perUnit = `(?:${alternation([...units, ...perUnits])})`;
const compoundUnit = `(?:${unit})(?:[/／]${perUnit}(?:[·•・]${perUnit})*)*`;
/**
 * optional 百分之, number, optional range end, optional 余/多 (with the magnitude
 * it may stand before: 1000余亿元, 20 多万元), optional unit (and a compound unit: 吨/年).
 */
const quantityPattern = new RegExp(
  `(${fraction})?(${number})(?:${rangeDash}(?:${fraction})?(${number}))?(?: ?(${infix})([万亿]*))?(?: ?(${compoundUnit}))?`,
  'y',
);
/** The characters a quantity can start with: a digit, a numeral, the first of 百分之 / 千分之. */
const quantityStarts = new CharSet(`0123456789${numeralChars}${Object.keys(fractionWords).map((w) => w[0]).join('')}`);
const unitLikeWord = new RegExp(alternation(unitLikeWords), 'y');
const ambiguousTerm = new RegExp(alternation(ambiguousTerms), 'y');
/** The length of the longest word of a sticky alternation written at `at`, 0 if none is. */
const wordAt = (words: RegExp, text: string, at: number): number => {
  words.lastIndex = at;
  return words.test(text) ? words.lastIndex - at : 0;
};
const isAsciiUnit = (u: string) => /^[A-Za-z]/.test(u);
/** 百, 千, 万 and 亿 alone are words (百城, 千兆, 万企), unless a comparator makes them numbers (过亿). 十万 is a number. */
const isMagnitudeOnly = (numeral: string) => /^[百千万亿]+$/.test(numeral);
const hasBigMagnitude = (numeral: string) => /\d ?[万亿]/.test(numeral);
const isYear = (numeral: string, u: string | undefined) => /^\d{4}$/.test(numeral) && u === '年';
/** 一九九四年, 二○○四年 (whose ○ is no numeral: the candidate is 四年). */
const isChineseYear = (c: Candidate, view: string) =>
  c.unit === '年' && chineseYearDigits.test(view.slice(Math.max(0, c.stop - c.unit.length - 4), c.stop - c.unit.length));
const isChinese = (numeral: string) => !/\d/.test(numeral);
const timeUnits = /^(?:年|个月|月|天|日|周|小时|个工作日|工作日|个自然日|自然日)$/;
const counts: ReadonlySet<string> = new Set(countWords);

interface Candidate {
  at: number;
  stop: number;
  fraction: string | undefined;
  first: string;
  second: string | undefined;
  infix: string | undefined;
  /** The unit as matched in the view, if any. */
  unit: string | undefined;
}

function candidate(m: RegExpMatchArray, start: number, view: string): Candidate {
  const at = start + m.index!;
  const [whole, fraction, numeral, second, infixWord, lateMagnitude, writtenUnit] = m;
  const first = `${numeral}${lateMagnitude ?? ''}`;
  let stop = at + whole.length;
  let u = writtenUnit;
  // After 百分之 the unit group would swallow the next word: the percent is the unit.
  // A unit's character that opens a word of its own (项目, 分别, 年度) is no unit.
  if (u && (fraction || wordAt(unitLikeWord, view, stop - u.length) > u.length)) {
    stop -= u.length;
    u = undefined;
  }
  if (!u && view[stop - 1] === ' ') stop--;
  return { at, stop, fraction, first, second, infix: infixWord, unit: u };
}

/** Words without which a text holds no designation (most texts have none, and are not searched). */
const designationWord = /届|全会|全体会议|人大|政协|党代会|代表大会|常委会/;

/** Positions of view[start, end) inside designations such as 七届44次 (会议). */
function designated(view: string, start: number, end: number): (at: number) => boolean {
  const spans: Array<[number, number]> = [];
  const text = view.slice(start, end);
  if (designationWord.test(text)) for (const re of designations) for (const m of text.matchAll(re)) spans.push([start + m.index!, start + m.index! + m[0].length]);
  return (at) => spans.some(([a, b]) => at >= a && at < b);
}

/**
 * The lower end of a range written with the magnitude once, at its upper end:
 * 3-5万元 is 3万 to 5万; but 5000-10万元 is 5000 to 10万, as the shared
 * magnitude would put the lower end above the upper.
 */
function sharedMagnitude(first: string, second: string | undefined): string {
  // Only 万 and 亿 close a number (十 in 五至十 is the number ten).
  const magnitudeAtEnd = second && !/[十百千万亿]/.test(first) ? /[万亿]+$/.exec(second.replace(/ /g, ''))?.[0] : undefined;
  if (!magnitudeAtEnd) return first;
  const scaled = readNumber(`${first}${magnitudeAtEnd}`.replace(/ /g, ''));
  const upper = readNumber(second!.replace(/ /g, ''));
  return scaled !== undefined && upper !== undefined && scaled > upper ? first : `${first}${magnitudeAtEnd}`;
}

/** A term of a ratio: 1:1.2. An amount with its unit before a colon introduces a list (最高奖励300万元:1.…). */
const isRatioTerm = (view: string, c: Candidate) =>
  (/[:：]/.test(view[c.at - 1] ?? '') && /\d/.test(view[c.at - 2] ?? '')) || (!c.unit && /[:：]/.test(view[c.stop] ?? '') && /\d/.test(view[c.stop + 1] ?? ''));

/** Why a candidate is not a quantity, as far as its surroundings alone tell (cheapest tests first). */
function excluded(c: Candidate, view: string, quoted: Quoted, inDesignation: (at: number) => boolean): boolean {
  const bare = !c.unit && !c.infix && !c.fraction;
  // Most Chinese numerals in running text are words (统一, 进一步, 一批): no unit, no quantity.
  if (bare && isChinese(c.first) && !isMagnitudeOnly(c.first)) return true;
  if (quoted.has(c.at) || inDesignation(c.at)) return true;
  const previous = view.slice(Math.max(0, c.at - 2), c.at).trimEnd().slice(-1);
  const next = view[c.stop] ?? '';
  if (previous === '第' || /[+\d.]/.test(view[c.at - 1] ?? '') || next === '+' || next === '/') return true;
  // 第十四个五年规划: the 五年 of an ordinal five-year plan.
  if (/第[\d一二三四五六七八九十]+个$/.test(view.slice(Math.max(0, c.at - 5), c.at))) return true;
  if (next === '级') return true; // a scale descriptor: 20亿级项目, 10万吨级码头
  if (c.unit === '组' && /[村屯坪湾寨庄社]$/.test(previous)) return true; // a village group: 水坪5组
  if (isRatioTerm(view, c)) return true;
  if (c.unit === '年' && next === '代') return true; // a decade: 80年代
  if (/[A-Z]/.test(view[c.at - 1] ?? '') && pollutantCode.test(view.slice(Math.max(0, c.at - 3), c.at))) return true;
  if (wordAt(ambiguousTerm, view, c.at) > 0) return true;
  if (isYear(c.first, c.unit) || (c.second !== undefined && isYear(c.second, c.unit)) || isChineseYear(c, view)) return true;
  // A year whose month follows (一一年十一月, a signature that lost its 〇), or a list number run into a year (附件:1.2025年…).
  if (c.unit === '年' && (/^[\d一二三四五六七八九十]{1,2}月/.test(view.slice(c.stop, c.stop + 3)) || /^\d+\.\d{4}$/.test(c.first))) return true;
  if (previous === '等' && amendingDecision.before.test(view.slice(Math.max(0, c.at - 2), c.at)) && amendingDecision.after.test(view.slice(c.stop, c.stop + 40))) return true;
  const after = view.slice(c.stop, c.stop + 12);
  if (nameFollowers.test(after) || (c.unit === '年' && isChinese(c.first) && yearsName.test(after))) return true;
  if (c.unit && isAsciiUnit(c.unit) && (/[A-Za-z]/.test(next) || codeLike.some((re) => re.test(`${c.first}${c.unit}`)))) return true;
  // Times and dates: 8时40分, 5月8日, 10日起.
  if (c.unit === '分' && /[时点]$/.test(previous)) return true;
  if (c.unit === '日' && (dayOfMonthBefore.test(view.slice(Math.max(0, c.at - 16), c.at)) || /^[起止]/.test(next))) return true;
  if ((c.unit === '岁' || c.unit === '周岁') && populationAfterAge.test(after)) return true;
  // 7日内, 三个月内: a `within` deadline, not a quantity, unless it is a target (压缩至90个工作日以内).
  const within = Boolean(c.unit && timeUnits.test(c.unit) && /^(?:以内|之内|内)/.test(view.slice(c.stop, c.stop + 2)));
  return within && !targetVerbs.test(view.slice(Math.max(0, c.at - 6), c.at));
}

/** The number of a list item opening the line (1、30家企业): its marker, not a quantity nor the head of a list. */
const isItemNumber = (c: Candidate, view: string, start: number) =>
  !c.unit && !c.second && /^[、.]/.test(view[c.stop] ?? '') && view.slice(start, c.at).trim() === '';

/** Whether a number of days that is no day of a month states a duration (see daysDuration). */
function isDuration(c: Candidate, view: string, start: number): boolean {
  const before = view.slice(Math.max(start, c.at - 2), c.at);
  if (daysDuration.before.test(before)) return true;
  if (daysDuration.lead.test(view.slice(c.stop, c.stop + 2))) return !daysDuration.datePreposition.test(before);
  // In Chinese numerals (六十日, 五日) a regulation counts days; 一日 is mostly a word (一日作息).
  return isChinese(c.first) && c.first !== '一';
}

/** 一 before a counting word is the article (一批, 一个, 上一年度), unless a comparator counts it (不少于一次, 一位及以上). */
function isArticle(c: Candidate, view: string, explicit: Before | null, after: string | null): boolean {
  if (c.first !== '一' || c.second || c.fraction) return false;
  if ((explicit && countingComparators.has(explicit.word)) || (after && after !== '左右')) return false;
  return !c.unit || counts.has(c.unit) || notCountBefore一.test(view.slice(Math.max(0, c.at - 1), c.at));
}

/** Whether a number without a unit states a quantity: a target value, a big magnitude (640万), a comparison (过亿). */
function bareCounts(c: Candidate, view: string, start: number, explicit: Before | null, after: string | null): boolean {
  if (/^\d{4}$/.test(c.first)) return false;
  if (hasBigMagnitude(c.first)) return true;
  if (explicit && isMagnitudeOnly(c.first)) return true;
  const before = view.slice(Math.max(start, c.at - 16), c.at);
  return targetVerbs.test(before) && (after !== null || /^[,，。;；、\s]?$/.test(view.slice(c.stop, c.stop + 1)));
}

export function findQuantities(range: TextRange): Quantity[] {
  const { source, view, start, end } = range;
  const quoted = quotations(range);
  const inDesignation = designated(view, start, end);
  const found: Quantity[] = [];
  const shared = new SharedUnitList(view);
  let listComparator: { comparator: Comparator; end: number } | null = null;
  for (const m of stickyMatches(view.slice(start, end), quantityStarts, quantityPattern)) {
    const c = candidate(m, start, view);
    if (excluded(c, view, quoted, inDesignation) || isItemNumber(c, view, start)) continue;
    const explicit = comparatorBefore(view, start, c.at, c.unit === '%' || c.fraction === '百分之');
    const after = comparatorAfter(view, c.stop, end, c.unit !== undefined && counts.has(c.unit));
    if (isArticle(c, view, explicit, after)) continue;
    if (c.unit === '日' && !explicit && !after && !isDuration(c, view, start)) continue;
    if (!c.unit && !c.infix && !c.fraction) {
      if (!bareCounts(c, view, start, explicit, after)) {
        shared.offer(c.at, c.stop, c.first);
        continue;
      }
    } else if (isMagnitudeOnly(c.first) && !explicit && !(after && /^[万亿]$/.test(c.first))) continue; // 千兆, 万企, 百城千屏: words
    const value = readNumber(sharedMagnitude(c.first, c.second).replace(/ /g, ''));
    const valueMax = c.second ? readNumber(c.second.replace(/ /g, '')) : undefined;
    if (value === undefined || (c.second && valueMax === undefined)) continue;
    let comparator: Comparator = '=';
    if (c.infix) comparator = lookup(comparatorsInfix, c.infix);
    else if (after) comparator = afterComparator(after);
    else if (explicit) comparator = explicit.comparator;
    else if (listComparator && /^[、和及与,，]\s*$/.test(view.slice(listComparator.end, c.at))) comparator = listComparator.comparator;
    const continuesList: boolean = listComparator !== null && comparator === listComparator.comparator && !explicit && !after;
    listComparator = explicit?.distributive || continuesList ? { comparator, end: c.stop } : null;
    const unitText = c.fraction ? fractionWords[c.fraction as keyof typeof fractionWords] : c.unit ? unitOf(source.slice(c.stop - c.unit.length, c.stop)) : null;
    const quantity: Quantity = { text: source.slice(c.at, c.stop), span: [c.at, c.stop], value, unit: unitText, comparator };
    if (valueMax !== undefined) quantity.valueMax = valueMax;
    found.push(...shared.close(c.at, quantity, source), quantity);
  }
  return joinRanges(found, source, view, end);
}

/** Unit as written (compatibility forms folded), without magnitude words and without the 个 of 个百分点 / 个月. */
function unitOf(written: string): string {
  const u = written.normalize('NFKC').replace(/\s+/g, '');
  return u.length > 1 && /^[个個]/.test(u) ? u.slice(1) : u;
}
