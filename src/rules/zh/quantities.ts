// Quantity rules as data: units, comparator words, and the known false hits.
import type { Comparator } from '../../../schemas/policy-document.js';

/** Units and measure words, as matched in the view. Longest first is applied by the engine. */
export const units = [
  // fixed measures that take their noun (ANNOTATION.md §3)
  '个百分点', '个方面', '个工作日', '个小时', '个月',
  // percent and points
  '%', '‰', '百分点', '方面',
  // measure words
  '个', '家', '座', '项', '名', '人次', '人', '户', '台', '套', '件', '颗', '次', '条', '盏', '所', '张', '辆',
  '架次', '架', '艘', '篇', '册', '场', '处', '块', '根', '支', '只', '头', '栋', '幢', '间', '床', '批次', '批', '宗', '例',
  '株', '棵', '种', '类', '成',
  // money
  '元', '美元', '港元', '欧元',
  // measures
  '标箱', '吨', '公斤', '千克', '克', '公里', '千米', '米', '厘米', '毫米', '平方公里', '平方千米', '平方米', '立方米', '亩',
  '公顷', '升',
  '千瓦时', '千瓦', '兆瓦', '吉瓦', '倍', '岁', '周岁', '年', '天', '小时', '分钟', '周', '学时', '课时',
  // ASCII units as written in tech targets
  'P FLOPS', 'PFLOPS', 'EFLOPS', 'TFLOPS', 'PB', 'TB', 'GB', 'EB', 'Gbps', 'Mbps', 'MW', 'GW', 'kW', 'T', 'G', 'M',
] as const;

/** Units that are words of their own although they open with a magnitude character. */
export const magnitudeWords = ['千米', '千瓦时', '千瓦', '千克', '百分点'] as const;

/** Comparator words written before the number. */
export const comparatorsBefore: ReadonlyArray<readonly [string, Comparator]> = [
  ['不少于', '>='], ['不低于', '>='], ['至少', '>='], ['不小于', '>='], ['最少', '>='], ['最低', '>='],
  ['不超过', '<='], ['不高于', '<='], ['不多于', '<='], ['最高', '<='], ['最多', '<='], ['不大于', '<='],
  ['超过', '>'], ['突破', '>'], ['多于', '>'], ['高于', '>'], ['大于', '>'], ['逾', '>'], ['超', '>'], ['过', '>'],
  ['低于', '<'], ['不足', '<'], ['少于', '<'], ['小于', '<'], ['不到', '<'],
  ['约', '~'], ['近', '~'], ['大约', '~'], ['接近', '~'],
];

/** Comparator words written after the number (and its unit). */
export const comparatorsAfter: ReadonlyArray<readonly [string, Comparator]> = [
  ['及以上', '>='], ['以上', '>='], ['及以下', '<='], ['以下', '<='], ['以内', '<='], ['左右', '~'], ['上下', '~'],
];

/** Written between the number and its unit: 100余家, 300多家. */
export const comparatorsInfix: ReadonlyArray<readonly [string, Comparator]> = [['余', '>'], ['多', '>']];

/** Words that may stand between a comparator and its number: 最高给予10万元. */
export const comparatorFillers = ['给予', '奖励', '补助', '补贴', '资助', '达到', '提高到', '提升到', '增长到', '达', '为'];

/** Characters before 过 that make it part of another word (通过, 经过, 不过). */
export const notComparatorBefore过 = /[通经不度越跨透穿错]$/;

/** Verbs before a bare number that make it a target value: 提高到117左右. */
export const targetVerbs = /(?:提高到|提升到|达到|增长到|增加到|降低到|下降到|降至|增至|控制在)$/;

/** Numbers that are parts of names and codes, not quantities (text of number + unit). */
export const codeLike: readonly RegExp[] = [/^[2-6]G$/i, /^[48]K$/i];

/** What may follow a quantity and turns it into a name: 三年行动计划, 10G-PON. */
export const nameFollowers = /^(?:行动|计划|规划|工程|战略|[-+/][A-Za-z0-9]|\s?PON)/;

/** Comparators that make a following 一 a count (不少于一次), unlike verbs (突破一批). */
export const countingComparators = new Set(['不少于', '至少', '不低于', '不超过', '最多', '最少', '不足', '少于', '多于', '不小于', '不大于']);

/** Chinese numerals that are articles, not quantities: 一批, 一个, 一体化. */
export const articleNumerals = new Set(['一']);

/** Percentages written in words: 百分之七十 → 70 %. */
export const fractionWords = { 百分之: '%', 千分之: '‰' } as const;

/** Terms that start with a number but state no quantity (Recognizers-Text's ambiguity filters). */
export const ambiguousTerms = [
  '二次污染', '二次开发', '二次利用', '二次供水', '二次创业', '二次加工', '二次元', '三次产业', '一二三产业',
  '三大攻坚战', '五位一体', '四个全面', '三位一体',
];
