// Comparator words around a number (ANNOTATION.md §3), read from the tables in
// rules/zh/quantities.ts: a word before the number (possibly negated: 不得超过),
// a word after it (以上, 左右), and the list rule of 分别.
import type { Comparator } from '../../schemas/policy-document.js';
import {
  comparatorFillers, comparatorsAfter, comparatorsBefore, currencyWords, negated, negations, notComparatorBefore过, notComparator内,
  shareBases, superlatives,
} from '../rules/zh/quantities.js';
import { alternation } from '../text/alternation.js';

export const lookup = (table: ReadonlyArray<readonly [string, Comparator]>, word: string): Comparator =>
  table.find(([w]) => w === word)?.[1] ?? '=';

const currency = alternation(currencyWords);

/**
 * What may stand between a comparator word and its number: nothing, a filler
 * verb and the currency (最高给予10万元, 不低于人民币8000万元), or an "of"
 * phrase (不得低于民间资金管理企业注册资本的百分之二十).
 */
const bridge = `(?:(?:${alternation(comparatorFillers)})?(?:${currency})?|[^,，。;；、:：()\\d]{1,16}的)`;
const comparatorWords = `(${alternation(negations)})?(${alternation(comparatorsBefore.map(([w]) => w))})`;
const beforePattern = new RegExp(`${comparatorWords}(${bridge})$`);
/** Before a percentage, the bridge may also name the share's base without 的 (不超过投资额30%). */
const shareBase = `[\\u4e00-\\u9fff]{0,8}?(?:${alternation(shareBases)})`;
const beforeSharePattern = new RegExp(`${comparatorWords}(${bridge}|${shareBase})$`);
const superlativePattern = new RegExp(`(${alternation(superlatives)})[\\u4e00-\\u9fff]{1,4}$`);
const fillers = new Set(comparatorFillers);
/** A comparator word after the amount, perhaps after its currency: 100万元人民币以上. */
const afterPattern = new RegExp(`^(?:${currency})?(${alternation(comparatorsAfter.map(([w]) => w))})`);

/** How far back a comparator word may stand from its number. */
const lookBehind = 24;

export interface Before {
  /** The comparator word without its negation: 超过 in 不得超过. */
  word: string;
  comparator: Comparator;
  /** 分别最高给予20万元、30万元: the word covers the whole list. */
  distributive: boolean;
}

export function comparatorBefore(view: string, lineStart: number, at: number, share = false): Before | null {
  // Scraped PDFs space numbers out: 最高不超过 100 万元.
  const text = view.slice(Math.max(lineStart, at - lookBehind), at).trimEnd();
  const m = (share ? beforeSharePattern : beforePattern).exec(text);
  if (m) {
    const [, negation, word, gap] = m as unknown as [string, string | undefined, string, string];
    const head = text.slice(0, m.index);
    if (word === '过' && !negation && notComparatorBefore过.test(head)) return null;
    // One-character words (过, 超, 近) bind only nearby: 过去三年的100家 is no comparison.
    if (word.length === 1 && gap && !fillers.has(gap) && !(share && gap.length >= 2 && gap.length <= 3)) return null;
    const stated = lookup(comparatorsBefore, word);
    const comparator = negation ? (negated[stated] ?? stated) : stated;
    // 分别新增并网新能源规模不低于400万千瓦和600万千瓦: the list's noun may stand between.
    return { word, comparator, distributive: /分别[^,，。;；]{0,12}$/.test(head) };
  }
  const superlative = superlativePattern.exec(text);
  return superlative ? { word: superlative[1]!, comparator: lookup(comparatorsBefore, superlative[1]!), distributive: false } : null;
}

/** After a counting word, the comparator may follow its noun: 六个班以上的幼儿园, 3个项目以上. */
const afterNoun = /^[\u4e00-\u9fff]{1,2}(?=(?:及)?以[上下](?:$|[的,，。;；、]))/;

/** The comparator word right after a quantity (or after the noun a counting word measures), if any. */
export function comparatorAfter(view: string, stop: number, end: number, counting = false): string | null {
  const text = view.slice(stop, Math.min(end, stop + 8));
  const noun = counting ? (afterNoun.exec(text)?.[0].length ?? 0) : 0;
  const m = afterPattern.exec(text.slice(noun));
  return m && !(m[1] === '内' && notComparator内.test(text.slice(noun + m[0].length - 1))) ? m[1]! : null;
}

export const afterComparator = (word: string): Comparator => lookup(comparatorsAfter, word);
