// Quantity rules as data: units, comparator words, and the known false hits.
import type { Comparator } from '../../../schemas/policy-document.js';
import { cnDigitClass } from './numerals.js';

/** Fixed measures that take their noun (ANNOTATION.md §3: 6个方面, 3个月). */
const fixedMeasures = ['个百分点', '个方面', '个工作日', '个自然日', '个小时', '个月'];

/**
 * Measure words that count things. After them 一 is usually the article
 * (一批, 一个, 一项), not the number one (ANNOTATION.md §3).
 */
export const countWords = [
  '个', '家', '座', '项', '名', '人次', '人', '户', '台', '套', '件', '颗', '次', '条', '盏', '所', '张', '辆',
  '架次', '架', '艘', '篇', '册', '场', '处', '块', '根', '支', '只', '头', '栋', '幢', '间', '床', '批次', '批', '宗', '例',
  '株', '棵', '种', '类', '届', '班', '起', '层', '枚', '道', '部', '份', '组', '场次', '户次', '件次', '家次', '羽', '尾', '担',
] as const;

/** Units of measure, money, time and ratio: after them 一 is the number one (一年, 一倍). */
const measures = [
  '%', '‰', '百分点', '方面', '成',
  '元', '美元', '港元', '欧元',
  '标箱', '吨标准煤', '吨', '公斤', '千克', '克', '斤', '公里', '千米', '米', '厘米', '毫米', '平方公里', '平方千米', '平方米', '平米', '延米',
  '立方米', '亩', '公顷', '升', '毫升', '海里', '毫克', '微克', '分贝', '标准机架',
  '千瓦时', '千瓦', '兆瓦', '吉瓦', '兆', '倍', '岁', '周岁', '年', '天', '自然日', '日', '小时', '分钟', '周', '学时', '课时',
  // Score points in assessment schemes (25分, 满分100分), and 分 of money.
  '分',
  // ASCII units as written in tech targets and areas
  'P FLOPS', 'PFLOPS', 'EFLOPS', 'TFLOPS', 'PB', 'TB', 'GB', 'EB', 'Gbps', 'Mbps', 'MW', 'GW', 'kW', 'T', 'G', 'M',
  'm2', 'm²', '㎡', 'm3', 'm³', 'km', 'kg', 'cm', 'mm', 'm',
];

/** Units and measure words, as matched in the view. Longest first is applied by the engine. */
export const units = [...fixedMeasures, ...countWords, ...measures] as const;

/** Units that are words of their own although they open with a magnitude character. */
export const magnitudeWords = ['千米', '千瓦时', '千瓦', '千克', '百分点'] as const;

/**
 * Words that open with a unit's character but are nouns or verbs of their own:
 * after 过亿 in 过亿项目 the 项 belongs to 项目, after 5 in 5分钟 … 分别 is no unit.
 */
export const unitLikeWords = [
  '项目', '人员', '人民', '人才', '人群', '人士', '家庭', '家长', '家居', '户籍', '户外', '户口', '名单', '名称', '名额', '名录',
  '次数', '次要', '件事', '条件', '条例', '条款', '台账', '台阶', '处理', '处置', '处罚', '所有', '所在', '所属', '类型', '类别',
  '种类', '批准', '批复', '场所', '场景', '场地', '间隔', '支持', '支出', '支付', '头部', '只有', '块状', '成本', '成效', '成果',
  '成为', '成立', '成员', '成熟', '届满', '届时', '班子', '班级', '年度', '年级', '年龄', '年限', '年检', '年报', '年底', '年末',
  '起草', '起步', '起点', '起诉', '起来', '起算', '起止', '层次', '层级', '层面', '道路', '道德',
  '部门', '部署', '部分', '部委', '部长', '部位', '部件', '部队', '部际', '部省', '份额', '股份', '省份', '身份', '年份', '月份',
  '日常', '日益', '日期', '日本', '天然', '天气', '周边', '周期', '周年', '周转', '米粮', '元素', '倍增',
  '分之', '分别', '分类', '分级', '分期', '分工', '分布', '分批', '分析', '分配', '分享', '分担', '分散', '分摊', '分子',
  '分管', '分段', '分组', '分局', '分行', '分公司', '分会', '分院', '分为', '分成', '分解', '分离', '分开', '分流', '分区',
  '分项', '分支', '分部', '分队', '分中心', '分所', '分校', '组织', '组成', '组建', '组团', '尾款', '尾气', '担保', '担任', '担当',
] as const;

/** Comparator words written before the number, as stated; a negation (see below) flips them. */
export const comparatorsBefore: ReadonlyArray<readonly [string, Comparator]> = [
  ['至少', '>='], ['最少', '>='], ['最低', '>='],
  ['最高', '<='], ['最多', '<='], ['最长', '<='],
  ['超过', '>'], ['突破', '>'], ['多于', '>'], ['高于', '>'], ['大于', '>'], ['逾', '>'], ['超', '>'], ['过', '>'],
  ['低于', '<'], ['少于', '<'], ['小于', '<'], ['不足', '<'], ['不到', '<'], ['不满', '<'], ['未满', '<'], ['未达到', '<'],
  ['达不到', '<'],
  ['约', '~'], ['近', '~'], ['大约', '~'], ['接近', '~'],
  ['≥', '>='], ['≤', '<='], ['>', '>'], ['<', '<'],
];

/** Negations before a comparator word: 不超过, 不得低于, 未超过. */
export const negations = ['不得', '不能', '不应', '不宜', '不可', '不会', '不', '未'] as const;

/** What a negation makes of a comparator: not more than is at most. */
export const negated: Readonly<Partial<Record<Comparator, Comparator>>> = { '>': '<=', '<': '>=', '>=': '<', '<=': '>' };

/** Comparator words written after the number (and its unit). */
export const comparatorsAfter: ReadonlyArray<readonly [string, Comparator]> = [
  ['(含)以上', '>='], ['及以上', '>='], ['以上', '>='], ['(含)以下', '<='], ['及以下', '<='], ['以下', '<='], ['以内', '<='],
  // 内 after an amount that is no time limit (13公斤内, 三米内); a time span with 内 is a `within` deadline.
  ['内', '<='],
  ['左右', '~'], ['上下', '~'],
];

/** Words that 内 opens, so that it does not close the amount before it: 3户内部, 5人内容. */
export const notComparator内 = /^内(?:部|容|涵|地|外|蒙|陆|河|核|需|资|销|控|审|设|置|在)/;

/** Written between the number and its unit: 100余家, 300多家. */
export const comparatorsInfix: ReadonlyArray<readonly [string, Comparator]> = [['余', '>'], ['多', '>']];

/** Words that may stand between a comparator and its number: 最高给予10万元, 不能超过每月1000元. */
export const comparatorFillers = ['给予', '奖励', '补助', '补贴', '资助', '达到', '提高到', '提升到', '增长到', '达', '为', '每月', '每年', '每人', '每户', '每次', '每天', '每日'];

/** A share's base named between a comparator and its percentage, without 的: 最高不超过地方综合贡献90%, 不超过投资额30%. */
export const shareBases = ['额', '贡献', '收入', '成本', '费用', '价格', '价款', '产值', '支出', '总值', '总量'] as const;

/** The currency named beside an amount of money: 不低于人民币8000万元, 100万元人民币以上. */
export const currencyWords = ['人民币'] as const;

/** Characters before 过 that make it part of another word (通过, 经过, 不过). */
export const notComparatorBefore过 = /[通经不度越跨透穿错]$/;

/** Verbs before a number that make it a target value (提高到117左右), and a time span a target (压缩至90个工作日以内). */
export const targetVerbs =
  /(?:提高到|提升到|达到|增长到|增加到|降低到|下降到|降至|增至|控制在|压缩至|压缩到|缩短至|缩短到|减少至|减少到|压减至|压减到)$/;

/** Pollutants whose names end in a number (PM2.5年均浓度, CO2排放): the number is part of the name. */
export const pollutantCode = /(?:^|[^A-Za-z])(?:PM|CO|SO|NO|NH|CH)$/;

/** Numbers that are parts of names and codes, not quantities (text of number + unit). */
export const codeLike: readonly RegExp[] = [/^[2-6]G$/i, /^[48]K$/i];

/** What may follow a quantity and turns it into a name: 三年行动计划, 10G-PON (a dash before a digit is a range: 3万元-5万元). */
export const nameFollowers = /^(?:行动|计划|规划|工程|战略|[-+/][A-Za-z]|\s?PON)/;

/** A name that a Chinese numeral of years opens, a few words on: 三年百万青年见习计划, 三年投资新政, 防震减灾十年目标. */
export const yearsName = /^(?:目标|(?:实施|工作|行动)方案|[\u4e00-\u9fff]{0,6}?(?:行动|计划|规划|工程|战略|新政|攻坚))/;

/** A year written in Chinese digits (二○○四, 一九九四): a date, not a number of years. */
export const chineseYearDigits = /^[〇○零一二三四五六七八九]{4}$/;

/** The count of laws an amending decision's title names: 关于修改《…》等十一件地方性法规…的决定. */
export const amendingDecision = { before: /》等$/, after: /^[^,，。;；]{0,30}?的决定/ } as const;

/** Designations whose numbers count nothing: 市政府七届44次常务会议, 十九届二中、三中全会, 十届全国人大, 人大二次会议, 九届区政府. */
export const designations: readonly RegExp[] = [
  /[\d一二三四五六七八九十]+届 ?(?:[\d一二三四五六七八九十]+[次中]|历次|全会|(?:全国)?人大|(?:全国)?政协|中央|全国|[省市区县州]?(?:人民)?(?:政府|委员会|常委会|党委|[省市区县]委))/g,
  // 区五届人大二次会议, 市政协三次会议; 九届十一次、十二次全会.
  /(?:人大|政协|党代会|代表大会|常委会) ?[\d一二三四五六七八九十]+次(?:[、和][\d一二三四五六七八九十]+次)*/g,
  /[\d一二三四五六七八九十]+次(?=全会|全体会议)/g,
];

/**
 * An age bound that names a population group is no quantity (ANNOTATION.md §3):
 * before a word for people (3岁以下婴幼儿, 16—24岁失业青年), or as an attribute
 * with 的, alone or as a range (十八周岁以下的弟妹, 十二周岁以上十六周岁以下的未成年人).
 */
const ageBound = '(?:及?以[上下]|以内)?';
export const populationAfterAge = new RegExp(
  `^${ageBound}(?:(?:[至到~～—-])?[\\d${cnDigitClass}十百]+周?岁${ageBound})?的|` +
    `^${ageBound}的?[\\u4e00-\\u9fff]{0,4}?(?:婴幼儿|幼儿|儿童|少年|青年|老年人|老人|人员|人口|学生|未成年人|妇女|职工|劳动者|残疾人|人群|群体|居民|子女|孩子|公民|的人)`,
);

/** Superlatives bind to a number a short verb phrase away: 每年至少召开一次, 最多到现场2次, 最高可获得100万元. */
export const superlatives = ['至少', '最少', '最多', '最高', '最低', '最长'] as const;

/** Comparators that make a following 一 a count (不少于一次), unlike verbs (突破一批). */
export const countingComparators = new Set(['至少', '最少', '最多', '不足', '少于', '多于', '小于', '大于', '低于', '超过']);

/** Characters before 一 that make it "the one" (上一年度, 前一日, 最好的一年), not a count. */
export const notCountBefore一 = /[上下前后同当每这那某此该哪最的]$/;

/**
 * What stands before the number of a day of the month (5月8日, 8月11日至18日,
 * 每月1日和15日, 最后一个月的30日前): a month, then perhaps other days. Other numbers of days are
 * durations (增加产假六十日, 提前三十日, 届满十五日前).
 */
export const dayOfMonthBefore = /(?:[^个]月份?的?|个月的)(?:[\d〇零一二两三四五六七八九十]+日?[至到~～—、和及或-]?)*$/;

/**
 * A number of days with neither a month nor a comparator is still a day of
 * the month in news style (记者13日获悉, 请于15日前报送). It is a duration after
 * what measures time (期限为90日, 满30日, 提前三十日, 增加产假六十日, 自…之日起15日)
 * or as the lead time before or after an event (会议举行的20日前, 届满十五日前,
 * 60日后) unless a date's preposition stands before it.
 */
export const daysDuration = { before: /(?:为|期|满|经过|延长|延迟|推迟|提前|假|后|起)$/, lead: /^(?:以|之)?[前后]/, datePreposition: /(?:于|至|到|截至)$/ } as const;

/** What joins the two ends of a range of numbers: 3-5年, 10～20家, 三至五个工作日. */
export const rangeDashes = ['-', '—', '–', '―', '~', '～', '至', '到'] as const;

/** Units that may follow a unit's slash or dot as what it is counted per: 元/月, 元/人/月, 元/亩·年. */
export const perUnits = ['月', '季度', '季', '半年'] as const;

/** Percentages written in words: 百分之七十 → 70 %. */
export const fractionWords = { 百分之: '%', 千分之: '‰' } as const;

/** Terms that start with a number but state no quantity (Recognizers-Text's ambiguity filters). */
export const ambiguousTerms = [
  '二次污染', '二次开发', '二次利用', '二次供水', '二次创业', '二次加工', '二次元', '三次产业', '一二三产业',
  '三大攻坚战', '五位一体', '四个全面', '三位一体', '一年一度', '一年四季', '十分', '四套班子',
];
