// Deadline rules as data: the words around dates and the recurring periods.

/** Words before a date that make it a deadline (到2025年, 意见反馈截止时间为2023年6月13日). */
export const byPrefixes = ['截止时间为', '截止日期为', '截止时间', '截止日期', '截止到', '截至', '截止', '到', '至', '于'] as const;

/** Words after a date that make it a deadline (2022年底前). */
export const bySuffixes = ['之前', '以前', '前'] as const;

/** Year-end words: 2022年底, 2022年末. */
export const yearEnd = ['年底', '年末', '底', '末'] as const;

export const recurringPeriods = {
  年: 'year', 年度: 'year', 半年: 'half-year', 季度: 'quarter', 季: 'quarter', 月: 'month', 周: 'week', 星期: 'week', 日: 'day', 天: 'day',
} as const;

/** Units of a `within` span and their ISO-8601 designators. */
export const withinUnits = {
  工作日: 'D', 自然日: 'D', 日: 'D', 天: 'D', 周: 'W', 星期: 'W', 月: 'M', 年: 'Y', 小时: 'TH', 分钟: 'TM',
} as const;

export const withinClosers = ['以内', '之内', '内'] as const;

/** Place names that open with 内, so that it closes no span before them: 5月3日内蒙古. */
export const placeAfter内 = /^内(?:蒙古|江)/;

/** Parts of a month and the day they end on, 0 for the month's last: 2011年10月上旬 ends on the 10th. */
export const monthParts = { 上旬: 10, 中旬: 20, 下旬: 0, 底: 0, 末: 0 } as const;

/** A weekday printed after a date, which the date's deadline ignores: 4月20日(星期五)前. */
export const weekday = '[(（]?(?:星期|周)[一二三四五六日天][)）]?';

/** What introduces a span of days as a time (阶段(1月—2月), 时间为7月—10月, 于…至…), so that it needs no year of its own. */
export const periodIntro = /(?:[(（自于在从为:：]|时间|期间)$/;

/** Words that introduce a plan's term, a span of years: 规划期限为2021-2025年, 实施期为2023—2025年. */
export const termWords = /(?:期限|规划期|实施期|执行期|有效期|时限)(?:为|是|:|：)?/;

/** Words before 至 that start a span on the document's own day, so that its end is no history: 自即日起至2023年6月30日. */
export const fromToday = /(?:即日|发布之日|印发之日)起$/;

/** Parts of a year and the month they end in: 2023年上半年 → June. */
export const yearParts = {
  上半年: 6, 下半年: 12, 一季度: 3, 第一季度: 3, 二季度: 6, 第二季度: 6, 三季度: 9, 第三季度: 9, 四季度: 12, 第四季度: 12,
} as const;

/** What follows a year that sets a target for it, in the middle of a sentence: 1998年达到2000人, 2020年初步建成. */
export const goalAfterYear = /^(?:力争|要|将|基本|初步|全面|实现|完成|建成|达到|突破|形成|确保)/;

/** Words for the year the document governs: 今年底前. */
export const thisYear = ['今年', '本年度', '本年', '当年'] as const;

/** Recurring periods written with 按: 按季度报送. */
export const recurringBy = { 季度: 'quarter', 季: 'quarter', 月: 'month', 年度: 'year', 周: 'week' } as const;

/** What makes a word of 按季, 按周 instead: 按季节, 按周边, 按周期. */
export const wordAfterRecurringBy = '节边期';
