// Finds deadlines (ANNOTATION.md §4): by, period, recurring and within.
import type { Deadline } from '../../schemas/policy-document.js';
import {
  byPrefixes, bySuffixes, fromToday, termWords, goalAfterYear, monthParts, periodIntro, placeAfter内, recurringBy, recurringPeriods, thisYear, weekday, withinClosers, withinUnits,
  wordAfterRecurringBy, yearEnd, yearParts,
} from '../rules/zh/deadlines.js';
import { cnDigitClass } from '../rules/zh/numerals.js';
import { markerStyles } from '../rules/zh/markers.js';
import { rangeDashes, targetVerbs } from '../rules/zh/quantities.js';
import { readNumber } from '../text/numbers.js';
import { alternation } from '../text/alternation.js';
import { isoDate, lastDayOfMonth, validIso } from '../text/dates.js';
import { quotations, type TextRange } from './context.js';
import { CharSet } from '../text/char-set.js';

export interface DeadlineContext {
  /** The year a month without a year refers to: the year the document governs. */
  documentYear: number | null;
  /** The document's date (ISO): its signature, else its publication. A period or a year that ended before it is history. */
  dated?: string | null;
  /** Whether documentYear is the year in the title ("2023年度…方案"), which a schedule's days without a year are in. */
  yearInTitle?: boolean;
  /** Where the document's year is unknown, the year of the last deadline in the same text: 2017年6月底前…、9月底前. */
  lineYear?: number | null;
}

const prefix = `(${alternation(byPrefixes)})? ?`;
const suffix = `(${alternation(bySuffixes)})?`;
/** A time of day after a date, which the date's deadline ignores: 2023年6月1日8:00, 7月4日16:00前, 3月10日24时前. */
const timeOfDay = '(?: ?(?:\\d{1,2}(?:[:：]\\d{2}|时(?:\\d{1,2}分)?)|零时))?';
/** What may follow a day and is no part of its deadline: a weekday, a time of day. */
const dayTail = `(?: ?${weekday})?${timeOfDay}`;

/** Scraped PDFs space numbers out (2022 年 12 月底前): a space may stand on either side of 年, 月 and 日. */
const day = `(\\d{4}) ?年 ?(\\d{1,2}) ?月 ?(\\d{1,2}) ?日${dayTail}`;
/** A day that ends a span, its month left out when it is the start's (9月3日至5日). */
const endDay = `(?:(\\d{1,2}) ?月 ?)?(\\d{1,2}) ?日${dayTail}(?:止)?`;
const dashes = `(?:${alternation(rangeDashes)})+`;
/** What joins two days of a span (narrower than rangeDashes: 2023年5月1日—5月31日, 9月3日至5日). */
const dayDash = '(?:至|到|—|-|~)';
/** A part of a month that ends it earlier or at its end: 10月上旬, 5月底. */
const monthPart = `(${alternation(Object.keys(monthParts))})?`;

/** Rules in the order they are tried at each position; the first that matches wins. */
const rules: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'period-days', pattern: new RegExp(`(自)?${day}(?:起)?${dayDash}(?:(\\d{4}) ?年)?${endDay}`, 'y') },
  // 1997年4月―1998年2月, 1997年4―6月, 2023年1月至6月: from the first day of one month to the last of another.
  { name: 'period-months', pattern: new RegExp(`(自)?(\\d{4}) ?年 ?(\\d{1,2}) ?月?(?:起)?${dashes}(?:(\\d{4}) ?年)?(\\d{1,2}) ?月${monthPart}(?:止)?(?![\\d份]*日)`, 'y') },
  // A stage of a plan without its year (宣传发动阶段(1月—2月), 7月3日至7月15日): in the year the document governs.
  { name: 'period-bare-days', pattern: new RegExp(`(自)?(\\d{1,2}) ?月 ?(\\d{1,2}) ?日${dayTail}(?:起)?${dayDash}${endDay}`, 'y') },
  { name: 'period-bare-months', pattern: new RegExp(`(自)?(\\d{1,2}) ?月?(?:份)?${dashes}(\\d{1,2}) ?月(?:份)?${monthPart}(?:止)?(?![\\d份]*日)`, 'y') },
  { name: 'period-years', pattern: /[(（](\d{4})\s*(?:-|—|–|~|至)\s*(\d{4}) ?年?[)）]/y },
  // 规划期限为2021-2025年: a plan's term.
  { name: 'period-years-term', pattern: new RegExp(`(?<=${termWords.source})(\\d{4})\\s*(?:${alternation(rangeDashes)})\\s*(\\d{4}) ?年`, 'y') },
  // 2013-2015年，全省…力争达到: a span of years opening a goal paragraph.
  { name: 'period-years-goal', pattern: new RegExp(`(\\d{4})\\s*(?:${alternation(rangeDashes)})\\s*(\\d{4}) ?年(?=[,，:：])`, 'y') },
  { name: 'by-day', pattern: new RegExp(`${prefix}${day}${suffix}`, 'y') },
  { name: 'by-month', pattern: new RegExp(`${prefix}(\\d{4}) ?年 ?(\\d{1,2}) ?月${monthPart}${suffix}(?![\\d份]*日)`, 'y') },
  { name: 'by-year-part', pattern: new RegExp(`${prefix}(\\d{4}) ?年(${alternation(Object.keys(yearParts))})(底|末)?${suffix}`, 'y') },
  { name: 'by-year', pattern: new RegExp(`${prefix}(\\d{4}) ?年(${alternation(yearEnd)})?${suffix}(?!度|\\d|-)`, 'y') },
  { name: 'by-bare-day', pattern: new RegExp(`(到|于|至)?(\\d{1,2}) ?月 ?(\\d{1,2}) ?日${dayTail}(${alternation(bySuffixes)})?`, 'y') },
  { name: 'by-bare-month', pattern: new RegExp(`(到|于)?(\\d{1,2}) ?月(份)?${monthPart}(${alternation(bySuffixes)})?`, 'y') },
  { name: 'by-this-year', pattern: new RegExp(`(到|于)?(${alternation(thisYear)})?(年底|年末|底|末)(${alternation(bySuffixes)})?`, 'y') },
  { name: 'recurring-by', pattern: new RegExp(`按(${alternation(Object.keys(recurringBy))})(?![${wordAfterRecurringBy}])`, 'y') },
  { name: 'recurring', pattern: new RegExp(`每个?(${alternation(Object.keys(recurringPeriods))})`, 'y') },
  {
    name: 'within',
    // 3—5年内: a span given as a range limits by its upper end.
    pattern: new RegExp(
      `(?:(?:\\d+|[${cnDigitClass}十百]+)(?:${alternation(rangeDashes)}))?(\\d+(?:\\.\\d+)?|[${cnDigitClass}十百]+) ?(个)?(${alternation(Object.keys(withinUnits))})(${alternation(withinClosers)})`,
      'y',
    ),
  },
];

/**
 * All rules as one sticky alternation: most openers (a digit of 5000个, a 到)
 * start no rule at all, and one test tells so instead of a test per rule. Each
 * rule is a group of its own, so the first rule that matches is known and the
 * rules before it need not be tried again.
 */
const anyRule = new RegExp(rules.map((rule) => `(${rule.pattern.source})`).join('|'), 'y');
/** The group of anyRule that holds each rule: 1, then 1 + the first rule's groups + 1, … */
const groupsOf = (pattern: RegExp) => new RegExp(`${pattern.source}|`).exec('')!.length - 1;
const ruleGroups = rules.map((_, k) => k + 1 + rules.slice(0, k).reduce((n, rule) => n + groupsOf(rule.pattern), 0));

/** 每年年底前, 每年12月31日前: a date that recurs every year belongs to no single year. */
const everyYear = /每年度?[于在的]?$/;

/**
 * A year that opens a goal paragraph ("2024年，…") or a sentence of a plan
 * ("…。2019年上半年，试点城市政府印发实施方案") ties what follows to it. Inside
 * a paragraph only a year the document has not yet passed does: "2018年，全市…"
 * tells history.
 */
function opensGoal(m: RegExpExecArray, year: number, before: string, lineStart: () => boolean, context: DeadlineContext): boolean {
  if (!/^[,，:：]/.test(m.input.slice(m.index + m[0].length))) return false;
  const notPast = context.documentYear === null || year >= context.documentYear;
  // A paragraph may open on a past year too ("2003年，全国安全生产形势总体稳定"): history, unless the year is unknown.
  if (lineStart()) return notPast;
  return /[。;；]\s*$/.test(before) && context.documentYear !== null && notPast;
}

/** A year that ended before the document was signed: what it says of that year is history ("2021年，全区完成投资100亿元"). */
const endedBefore = (year: number, context: DeadlineContext) => !!context.dated && isoDate(year, 12, 31) < context.dated;

/** A target year before a conjunction, which makes the year after it a target too: 到2022年和2030年. */
const secondTarget = /(?:到|至|截至)\d{4}年(?:底|末)?[和、及与]$/;

/** A plan's name, which years in brackets right after it belong to. */
const planName = /(?:方案|计划|规划|纲要|意见|行动)$/;

/** A year the document has not passed, followed by what it is to achieve: "1998年达到2000人的规模". */
function setsGoal(m: RegExpExecArray, year: number, context: DeadlineContext): boolean {
  return context.documentYear !== null && year >= context.documentYear && goalAfterYear.test(m.input.slice(m.index + m[0].length));
}

/** The last day a month (and a part of it: 上旬, 底) means, as ISO. */
function monthEnd(year: number, month: number, part: string | undefined): string {
  const day = part ? monthParts[part as keyof typeof monthParts] : 0;
  return isoDate(year, month, day || lastDayOfMonth(year, month));
}

/** A period from one day to another; without a year of its own it is in `year`, its end in the next when it turns the year. */
function periodOfDays(year: number, from: [number, number], to: [number | undefined, number], endYear?: number) {
  const toMonth = to[0] ?? from[0];
  const start = validIso(year, ...from);
  const date = validIso(endYear ?? (toMonth < from[0] ? year + 1 : year), toMonth, to[1]);
  return start && date && start <= date ? { kind: 'period' as const, start, date } : undefined;
}

/** A period from the first day of one month to the last of another (or of its 上旬 …). */
function periodOfMonths(year: number, from: number, to: number, endYear: number, part: string | undefined) {
  if (from < 1 || from > 12 || to < 1 || to > 12 || endYear * 12 + to < year * 12 + from) return undefined;
  return { kind: 'period' as const, start: isoDate(year, from, 1), date: monthEnd(endYear, to, part) };
}

/** A date without a year may take the document's, unless a year or 每年 stands before it. */
const bareYear = (before: string, context: DeadlineContext) =>
  /\d年$|[\d.]$/.test(before) || everyYear.test(before) ? null : (context.documentYear ?? context.lineYear ?? null);

/**
 * A span of days without a year is a stage of the plan when the title gives
 * the year, or when it is introduced as a time (阶段(7月3日至7月15日), 于…至…);
 * "。8月11日至18日，山西省连续发生…" in a report of the next year tells history.
 */
const bareSpanYear = (before: string, context: DeadlineContext) =>
  context.yearInTitle || periodIntro.test(before) ? bareYear(before, context) : null;

/** `lineStart` tells whether the match opens its line; it is asked only by the rules that need it. */
function resolve(name: string, m: RegExpExecArray, before: string, lineStart: () => boolean, context: DeadlineContext) {
  const n = (i: number) => Number(m[i]);
  const optional = (i: number) => (m[i] ? n(i) : undefined);
  switch (name) {
    case 'period-days':
      return periodOfDays(n(2), [n(3), n(4)], [optional(6), n(7)], optional(5) ?? n(2));
    case 'period-months': {
      const endYear = optional(4) ?? n(2);
      if (context.documentYear !== null && endYear < context.documentYear) return undefined; // 2022年1-6月 in a report of 2023: history
      return periodOfMonths(n(2), n(3), n(5), endYear, m[6]);
    }
    case 'period-bare-days': {
      const year = bareSpanYear(before, context);
      return year === null ? undefined : periodOfDays(year, [n(2), n(3)], [optional(4), n(5)]);
    }
    case 'period-bare-months': {
      const year = bareSpanYear(before, context);
      return year === null ? undefined : periodOfMonths(year, n(2), n(3), n(3) < n(2) ? year + 1 : year, m[4]);
    }
    case 'period-years':
      // 制定…三年行动方案（2024—2026年）: in running text, the years are part of the plan's name.
      if (planName.test(before) && !lineStart()) return undefined;
      return n(1) <= n(2) ? { kind: 'period' as const, start: isoDate(n(1), 1, 1), date: isoDate(n(2), 12, 31) } : undefined;
    case 'period-years-term':
      return n(1) <= n(2) ? { kind: 'period' as const, start: isoDate(n(1), 1, 1), date: isoDate(n(2), 12, 31) } : undefined;
    case 'period-years-goal':
      // At the head of a line, for years the document has not passed; "2002-2020年,我国…" tells history.
      if (n(1) > n(2) || context.documentYear === null || n(2) < context.documentYear || !lineStart()) return undefined;
      return { kind: 'period' as const, start: isoDate(n(1), 1, 1), date: isoDate(n(2), 12, 31) };
    case 'by-day': {
      if (!m[5] && (!m[1] || m[1] === '于')) return undefined;
      // 自…起至1994年12月31日止 bounds a history span, it sets no deadline; a term that ends after the document's year does (至2047年6月30日止).
      const spanEnd = m[1] === '至' && !fromToday.test(before) && (/[年月日起]$/.test(before) || m.input[m.index + m[0].length] === '止');
      if (spanEnd && (context.documentYear === null || n(2) < context.documentYear)) return undefined;
      const date = validIso(n(2), n(3), n(4));
      return date ? { kind: 'by' as const, date } : undefined;
    }
    case 'by-month': {
      const unmarked = !m[5] && (!m[1] || m[1] === '于');
      const month = n(3);
      if ((unmarked && !m[4]) || month < 1 || month > 12) return undefined;
      const date = monthEnd(n(2), month, m[4]);
      // 进入2003年12月下旬，又相继发生… in a report of 2004: a part of a month alone marks no deadline once it has passed.
      return unmarked && context.dated && date < context.dated ? undefined : { kind: 'by' as const, date };
    }
    case 'by-year': {
      // 到2025年, 2022年底, 2024年前; or a target year opening a goal paragraph: "2024年，…".
      // 到2022年和2030年: the second year is as much a target as the first.
      const unmarked = !m[3] && !m[4] && (!m[1] || m[1] === '于') && !secondTarget.test(before);
      if (unmarked && ((!opensGoal(m, n(2), before, lineStart, context) && !setsGoal(m, n(2), context)) || endedBefore(n(2), context))) return undefined;
      // 2002年至2020年, 2002年到2005年 (before the document's year): history.
      const past = context.documentYear !== null && n(2) < context.documentYear;
      if ((m[1] === '至' || (m[1] === '到' && past)) && /[年月日起]$/.test(before)) return undefined;
      // 2018年末常住人口2127万人: the end of a year gone by dates a figure, it sets no deadline (but 最迟不超过1995年底 does).
      const deadlineWord = /(?:最迟|最晚|不超过|不晚于)$/.test(before);
      if (m[3] && !m[4] && (!m[1] || m[1] === '于') && !deadlineWord && (past || endedBefore(n(2), context))) return undefined;
      return { kind: 'by' as const, date: isoDate(n(2), 12, 31) };
    }
    case 'by-year-part': {
      const unmarked = !m[4] && !m[5] && (!m[1] || m[1] === '于');
      if (unmarked && (!opensGoal(m, n(2), before, lineStart, context) || endedBefore(n(2), context))) return undefined;
      const month = yearParts[m[3] as keyof typeof yearParts];
      return { kind: 'by' as const, date: isoDate(n(2), month, lastDayOfMonth(n(2), month)) };
    }
    case 'by-bare-day': {
      // 于9月30日前, or 到 / 至 a day (延长至4月8日), but not the 至 of a span (起至) or of a status date (截至6月30日).
      const unmarked = !m[1] || m[1] === '于' || /截止?$/.test(before) || (/[年月日起时]$/.test(before) && !fromToday.test(before));
      const year = bareYear(before, context);
      const date = year === null || (unmarked && !m[4]) ? undefined : validIso(year, n(2), n(3));
      return date ? { kind: 'by' as const, date } : undefined;
    }
    case 'by-bare-month': {
      // 5月底, 6月份, 3月前: a month without a year takes the year the document governs.
      const month = n(2);
      const year = bareYear(before, context);
      if (year === null || month < 1 || month > 12 || (!m[3] && !m[4] && !m[5])) return undefined;
      return { kind: 'by' as const, date: monthEnd(year, month, m[4]) };
    }
    case 'by-this-year': {
      // 今年底, 年底前: the end of the year the document governs.
      // A bare 底 or 末 ends a year only after 今年 and the like: 每季度末前 is a quarter's end.
      if (!m[2] && !m[3]!.startsWith('年')) return undefined;
      if (context.documentYear === null || (!m[2] && !m[4]) || /[\d月年]$|[上下]半$/.test(before) || everyYear.test(before)) return undefined;
      if (m[2] === '当年' && /应$/.test(before)) return undefined; // 应当年底前: the 年底前 that follows is the deadline
      return { kind: 'by' as const, date: isoDate(context.documentYear, 12, 31) };
    }
    case 'recurring-by':
      return { kind: 'recurring' as const, every: recurringBy[m[1] as keyof typeof recurringBy] };
    case 'recurring':
      return { kind: 'recurring' as const, every: recurringPeriods[m[1] as keyof typeof recurringPeriods] };
    case 'within': {
      const count = readNumber(m[1]!);
      // "2022年内" is a year, not a span of 2022 years.
      if (count === undefined || count <= 0 || /^\d{4}$/.test(m[1]!) || /第$/.test(before)) return undefined;
      // 压缩至90个工作日以内 sets a target duration (a quantity), not a time limit.
      if (targetVerbs.test(before)) return undefined;
      // 5月3日内蒙古: the 内 opens a place's name.
      if (placeAfter内.test(m.input.slice(m.index + m[0].length - 1, m.index + m[0].length + 2))) return undefined;
      const within = isoDuration(count, withinUnits[m[3] as keyof typeof withinUnits]);
      return within ? { kind: 'within' as const, within } : undefined;
    }
  }
  return undefined;
}

type DurationUnit = (typeof withinUnits)[keyof typeof withinUnits];

/** The next smaller unit and how many of it make one: a fraction of a span is written in it (1.5年 is P1Y6M). */
const smaller: Partial<Record<DurationUnit, [number, DurationUnit]>> = { Y: [12, 'M'], M: [30, 'D'], W: [7, 'D'], D: [24, 'TH'], TH: [60, 'TM'] };

/** A span as an ISO-8601 duration in whole numbers (0.5个工作日 is PT12H), or undefined where none fits. */
function isoDuration(count: number, unit: DurationUnit): string | undefined {
  const whole = Math.floor(count);
  const parts: Array<[number, DurationUnit]> = whole > 0 ? [[whole, unit]] : [];
  if (count > whole) {
    const [per, finer] = smaller[unit] ?? [0, unit];
    const rest = Math.round((count - whole) * per * 1e6) / 1e6;
    if (!Number.isInteger(rest) || rest === 0) return undefined;
    parts.push([rest, finer]);
  }
  const date = parts.filter(([, u]) => !u.startsWith('T')).map(([n, u]) => `${n}${u}`).join('');
  const time = parts.filter(([, u]) => u.startsWith('T')).map(([n, u]) => `${n}${u.slice(1)}`).join('');
  return `P${date}${time ? `T${time}` : ''}`;
}

/** A section's marker and nothing else: 四、 before "2024年，全区力争…". */
const isMarker = (text: string) => markerStyles.some((style) => style.pattern.exec(text)?.[0].length === text.length);

/** How many characters besides indentation may stand before a line-opening year: a marker (第一百二十条) is short. */
const lineHeadMax = 16;

/** Whether only indentation (and a section's marker) stands between `at` and the start of its line (or of the range). */
function opensLine(view: string, start: number, at: number): boolean {
  let [from, written] = [at, 0];
  while (from > start && view[from - 1] !== '\n') if (!/\s/.test(view[--from]!) && ++written > lineHeadMax) return false;
  const before = view.slice(from, at).trim();
  return before === '' || isMarker(before);
}

/** Whether `at` continues a number: 2022, or the 3 of 0.3天 (but not a year after a list number: 1.2025年). */
const insideNumber = (view: string, at: number) =>
  /\d/.test(view[at - 1] ?? '') || (view[at - 1] === '.' && /\d/.test(view[at - 2] ?? '') && /\d/.test(view[at]!) && !/^\d{4}年/.test(view.slice(at, at + 5)));

/** How far back the rules look from a date (上半, 年至). */
const lookBehind = 8;

export function findDeadlines(range: TextRange, context: DeadlineContext): Deadline[] {
  const { source, view, start, end } = range;
  const quoted = quotations(range);
  const found: Deadline[] = [];
  const segment = view.slice(0, end);
  // One shape whatever the caller passes, so that the rules read it fast.
  const local: Required<DeadlineContext> = { documentYear: context.documentYear, dated: context.dated ?? null, yearInTitle: context.yearInTitle ?? false, lineYear: null };
  for (let at = nextOpener(segment, start); at < end; ) {
    let hit: { deadline: Deadline; length: number } | null = null;
    let next = at + 1;
    anyRule.lastIndex = at;
    const any = quoted.has(at) || insideNumber(view, at) ? null : anyRule.exec(segment);
    if (any) {
      for (const rule of rules.slice(ruleGroups.findIndex((g) => any[g] !== undefined))) {
        rule.pattern.lastIndex = at;
        const m = rule.pattern.exec(segment);
        if (!m || m[0].length === 0) continue;
        // 自2003年7月下旬以来: what a time opens is history.
        const since = segment.startsWith('以来', at + m[0].length);
        const value = since ? undefined : resolve(rule.name, m, view.slice(Math.max(start, at - lookBehind), at), () => opensLine(view, start, at), local);
        // A period over before the document was signed (2022年9月16日至10月18日，巡察组…进行了巡察) is history.
        const history = value?.kind === 'period' && !!context.dated && value.date < context.dated;
        if (value && !history) {
          if ('date' in value && value.date) local.lineYear = Number(value.date.slice(0, 4));
          hit = { deadline: { text: source.slice(at, at + m[0].length), span: [at, at + m[0].length], ...value }, length: m[0].length };
          break;
        }
        // A period left out takes its ends with it: 2011年10月上旬 closing a past 2011年2月-2011年10月上旬 is no deadline.
        if (rule.name.startsWith('period')) {
          next = at + m[0].length;
          break;
        }
      }
    }
    at = nextOpener(segment, hit ? (found.push(hit.deadline), at + hit.length) : next);
  }
  return found;
}

/**
 * Every rule starts with a digit or one of a few words; a Chinese numeral only
 * opens a `within` span (三个月内), and a bare 年/底/末 only a year end (年底前).
 * Jumping between such openers keeps the scan linear and cheap.
 */
const openWords = '0123456789自(到至截于今本当每按';
/**
 * How far the 内 of a `within` span can stand after its first numeral:
 * 三十至四十五个工作日以内 puts 11 characters between them.
 */
const withinReach = 14;
/** Characters that open only before what follows them here. */
const opensOnlyBefore = new RegExp(`[〇零一二两三四五六七八九十百](?=[^内]{0,${withinReach}}内)|年(?=底|末)|[底末](?=之?前|以前)`, 'y');
const openers = new CharSet(openWords);
/** Every character that may open: the words above and the first characters of opensOnlyBefore. */
const mayOpen = new CharSet(`${openWords}〇零一二两三四五六七八九十百年底末`);

/** The next opener in `segment` (the view up to the range's end: no search runs past it), else its end. */
function nextOpener(segment: string, from: number): number {
  for (let at = mayOpen.next(segment, from); at < segment.length; at = mayOpen.next(segment, at + 1)) {
    opensOnlyBefore.lastIndex = at;
    if (openers.has(segment.charCodeAt(at)) || opensOnlyBefore.test(segment)) return at;
  }
  return segment.length;
}
