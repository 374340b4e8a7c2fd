import { describe, expect, it } from 'vitest';
import { findDeadlines } from '../../src/extract/deadlines.js';
import { range } from '../helpers.js';

const context = { documentYear: 2022 };
const strip = (d: Record<string, unknown>) => {
  const { span: _span, ...rest } = d;
  return rest;
};

const corpus: Array<{ input: string; results: Array<Record<string, string>> }> = [
  { input: '到2025年,全市建成5G基站8000座以上', results: [{ text: '到2025年', kind: 'by', date: '2025-12-31' }] },
  { input: '到2025年底,全市新型数据中心', results: [{ text: '到2025年底', kind: 'by', date: '2025-12-31' }] },
  { input: '2022年底,力争软件业务收入突破8500亿元', results: [{ text: '2022年底', kind: 'by', date: '2022-12-31' }] },
  { input: '到2022年底前,實現區、鎮(街道)兩級綜合指揮調度中心100%實體化運作', results: [{ text: '到2022年底前', kind: 'by', date: '2022-12-31' }] },
  { input: '公众所提意见请于2022年12月13日前反馈', results: [{ text: '于2022年12月13日前', kind: 'by', date: '2022-12-13' }] },
  { input: '2024年,全区数字经济产业体系不断完善', results: [{ text: '2024年', kind: 'by', date: '2024-12-31' }] },
  { input: '2019年6月底前,完成试点城市遴选', results: [{ text: '2019年6月底前', kind: 'by', date: '2019-06-30' }] },
  { input: '各地于5月底前报送方案', results: [{ text: '于5月底前', kind: 'by', date: '2022-05-31' }] },
  {
    input: '自2019年1月1日至2021年12月31日,对符合条件的企业给予贴息',
    results: [{ text: '自2019年1月1日至2021年12月31日', kind: 'period', start: '2019-01-01', date: '2021-12-31' }],
  },
  { input: '2019年1月1日至12月31日,对参保企业返还', results: [{ text: '2019年1月1日至12月31日', kind: 'period', start: '2019-01-01', date: '2019-12-31' }] },
  { input: '(2022-2024年)', results: [{ text: '(2022-2024年)', kind: 'period', start: '2022-01-01', date: '2024-12-31' }] },
  { input: '（２０２３－２０２５年）', results: [{ text: '（２０２３－２０２５年）', kind: 'period', start: '2023-01-01', date: '2025-12-31' }] },
  { input: '每季度调度通报工作进展,每年新培育主体,每半年通报一次,每月发放', results: [
    { text: '每季度', kind: 'recurring', every: 'quarter' },
    { text: '每年', kind: 'recurring', every: 'year' },
    { text: '每半年', kind: 'recurring', every: 'half-year' },
    { text: '每月', kind: 'recurring', every: 'month' },
  ] },
  { input: '公众可在7日内提出意见,三个月内完成,5个工作日内答复,48小时内处置,十五日内备案', results: [
    { text: '7日内', kind: 'within', within: 'P7D' },
    { text: '三个月内', kind: 'within', within: 'P3M' },
    { text: '5个工作日内', kind: 'within', within: 'P5D' },
    { text: '48小时内', kind: 'within', within: 'PT48H' },
    { text: '十五日内', kind: 'within', within: 'P15D' },
  ] },
  // A long numeral opens where it starts, however far its 内 is: 四十五, not 十五.
  { input: '自受理之日起四十五个工作日以内作出决定,一百二十个工作日之内公示,三至五个工作日以内答复', results: [
    { text: '四十五个工作日以内', kind: 'within', within: 'P45D' },
    { text: '一百二十个工作日之内', kind: 'within', within: 'P120D' },
    { text: '三至五个工作日以内', kind: 'within', within: 'P5D' },
  ] },
  // A year opening a sentence of the plan ties the task to it; a past year opening one tells history.
  { input: '组织专家评审通过后实施。2023年上半年，试点城市政府印发实施方案。2018年，全市生产总值增长。', results: [
    { text: '2023年上半年', kind: 'by', date: '2023-06-30' },
  ] },
  // So does a past year opening a paragraph (a report looking back: "2003年，全国安全生产形势总体稳定").
  { input: '2018年，全市安全生产形势总体稳定。', results: [] },
  // A date that recurs every year belongs to no single year; it is the 每年 that recurs.
  { input: '应当于每年1月31日前公开，在每年年底前缴纳', results: [
    { text: '每年', kind: 'recurring', every: 'year' },
    { text: '每年', kind: 'recurring', every: 'year' },
  ] },
  // gov.cn (国函〔2006〕132号, 深圳湾口岸): a term that ends after the document's year is tied to that date.
  { input: '土地使用期限自口岸启用之日起至2047年6月30日止', results: [{ text: '至2047年6月30日', kind: 'by', date: '2047-06-30' }] },
  // A span given as a range limits by its upper end.
  { input: '在2—3年内调整到位', results: [{ text: '2—3年内', kind: 'within', within: 'P3Y' }] },
  // 压缩至90个工作日以内 is a target duration (a quantity), not a time limit.
  { input: '审批时间压缩至90个工作日以内', results: [] },
];

const negatives = [
  '2002年至2020年,我国数字经济规模持续扩大',
  '山东省2022年数字经济“重点突破”行动方案,建立2022年度全省数字经济重点项目库',
  '国务院办公厅已于2017年印发通知予以推广',
  '威海市工业和信息化局于2022年12月6日起公布,聊政办字〔2020〕20号',
  '经过3-5年努力,定期开展季度、年度通报',
  '中华人民共和国成立之日起至1994年12月31日止用侨汇购建的房屋',
  // A day of a month before a place whose name opens with 内 is no span of days.
  '3月19日新疆阿图什6.9级、5月3日内蒙古包头西6.4级',
];

describe('findDeadlines', () => {
  it.each(corpus)('should find the deadlines in "$input"', ({ input, results }) => {
    const found = findDeadlines(range(input), context);
    expect(found.map(strip)).toEqual(results);
    for (const d of found) expect(input.slice(d.span[0], d.span[1])).toBe(d.text);
  });
  it.each(negatives)('should find no deadline in "%s"', (input) => {
    expect(findDeadlines(range(input), context).map((d) => d.text)).toEqual([]);
  });
  it('should leave a month without a known year alone', () => {
    expect(findDeadlines(range('各地于5月底前报送方案'), { documentYear: null })).toEqual([]);
  });
});

// gov.cn pages of 1996–2006 (a second crawl of State Council documents), read in the year they govern.
describe('findDeadlines in the year of the document', () => {
  const found = (input: string, documentYear: number) => findDeadlines(range(input), { documentYear }).map(strip);
  it('should read month ranges as periods, whatever the dash', () => {
    expect(found('清理整顿时限是1997年4月―1998年2月。1997年4―6月，由社会团体自查；1997年10月――1998年2月，由登记管理机关复查', 1997)).toEqual([
      { text: '1997年4月―1998年2月', kind: 'period', start: '1997-04-01', date: '1998-02-28' },
      { text: '1997年4―6月', kind: 'period', start: '1997-04-01', date: '1997-06-30' },
      { text: '1997年10月――1998年2月', kind: 'period', start: '1997-10-01', date: '1998-02-28' },
    ]);
  });
  it('should read a year followed by what it is to achieve as a target, unless it has passed', () => {
    expect(found('招生规模逐步扩大，1998年达到2000人的规模', 1996)).toEqual([{ text: '1998年', kind: 'by', date: '1998-12-31' }]);
    expect(found('招生规模逐步扩大，1998年达到2000人的规模', 2004)).toEqual([]);
  });
  it('should read a span of years opening a goal paragraph as a period', () => {
    expect(found('2013-2015年，全省加工贸易深加工结转总额力争达到1800亿美元', 2013)).toEqual([
      { text: '2013-2015年', kind: 'period', start: '2013-01-01', date: '2015-12-31' },
    ]);
  });
  it('should read a deadline named as such and dates spaced out as in PDFs', () => {
    expect(found('意见反馈截止时间为2023年6月13日', 2023)).toEqual([{ text: '截止时间为2023年6月13日', kind: 'by', date: '2023-06-13' }]);
    expect(found('12 月底前全市无违建街(镇)达到60%', 2021)).toEqual([{ text: '12 月底前', kind: 'by', date: '2021-12-31' }]);
  });
  it('should read 到 with a space before the year, and 每个季度', () => {
    expect(found('到 2020 年,全市政务公开工作总体水平迈上新台阶', 2017)).toEqual([{ text: '到 2020 年', kind: 'by', date: '2020-12-31' }]);
    expect(found('各牽頭單位要在每個季度第1個月的20日前報送', 2023).map((d) => [d.text, d.every])).toEqual([['每個季度', 'quarter']]);
  });
  it('should leave the years after a plan named in running text to its name', () => {
    expect(found('制定广元市安全生产治本攻坚三年行动方案(2024—2026年)。', 2024)).toEqual([]);
    expect(found('(2024—2026年)', 2024)).toEqual([{ text: '(2024—2026年)', kind: 'period', start: '2024-01-01', date: '2026-12-31' }]);
  });
  it('should read dates that carry a time of day, and a year opening an indented line', () => {
    expect(found('受理時間為:2023年6月1日8:00至7月3日16:00', 2023)).toEqual([
      { text: '2023年6月1日8:00至7月3日16:00', kind: 'period', start: '2023-06-01', date: '2023-07-03' },
    ]);
    expect(found('并于7月4日16:00前提交推薦函', 2023)).toEqual([{ text: '于7月4日16:00前', kind: 'by', date: '2023-07-04' }]);
    expect(found('一、主要目标\n　　2022年,全市新建5G基站2600个以上', 2022)).toEqual([{ text: '2022年', kind: 'by', date: '2022-12-31' }]);
  });
  it('should read the second year of a pair of targets, and times written with 时', () => {
    expect(found('到2022年和2030年,全国居民健康素养水平分别不低于22%和30%', 2019).map((d) => d.text)).toEqual(['到2022年', '2030年']);
    expect(found('活动时间为2025年3月1日11时至2025年3月31日24时，3月10日24时前使用', 2025)).toEqual([
      { text: '2025年3月1日11时至2025年3月31日24时', kind: 'period', start: '2025-03-01', date: '2025-03-31' },
      { text: '3月10日24时前', kind: 'by', date: '2025-03-10' },
    ]);
  });
  it('should read a span of years that has passed as history', () => {
    expect(found('2002年到2005年，国务院信息办连续四年组织对政府网站进行评估', 2006)).toEqual([]);
    expect(found('2022年1-6月，全市规模以上工业增加值增长', 2023)).toEqual([]);
  });
});

describe('findDeadlines without a year', () => {
  it.each([
    ['6月底前完成摸底调查', '6月底前', '2022-06-30'],
    ['于9月30日前报送', '于9月30日前', '2022-09-30'],
    ['今年底前全面完成', '今年底前', '2022-12-31'],
    ['年底前出台方案', '年底前', '2022-12-31'],
    // The 当 of 应当 is no 当年.
    ['市和区人民政府应当年底前向本级人民代表大会常务委员会提出报告', '年底前', '2022-12-31'],
    ['2023年上半年前完成', '2023年上半年前', '2023-06-30'],
    ['到2023年第三季度末', '到2023年第三季度末', '2023-09-30'],
  ])('should read "%s" in a document governing 2022', (input, text, date) => {
    expect(findDeadlines(range(input), context).map((d) => [d.text, d.kind, (d as { date: string }).date])).toEqual([[text, 'by', date]]);
  });
  it('should read 按季度 as recurring', () => {
    expect(findDeadlines(range('按季度报送进展'), context).map((d) => d.text)).toEqual(['按季度']);
  });
  // gov.cn (../shared/wild gov-33): 按季 is a quarter too; 按季节, 按周边, 按周期 are words.
  it('should read 按月 and 按季 as recurring, but not 按季节, 按周边 or 按周期', () => {
    expect(findDeadlines(range('可以按月、按季或者按次预缴，按季节调整，按周边地区标准，按周期评估'), context).map((d) => [d.text, (d as { every: string }).every])).toEqual([
      ['按月', 'month'],
      ['按季', 'quarter'],
    ]);
  });
  it.each(['彻底解决', '每年底盘点'])('should find no year-end in "%s"', (input) => {
    expect(findDeadlines(range(input), context).filter((d) => d.kind === 'by')).toEqual([]);
  });
});

// Web excerpts of local work plans and reports (review round pages4), and gov.cn pages of 2004.
describe('findDeadlines in schedules, parts of a month and reports', () => {
  const found = (input: string, context: Parameters<typeof findDeadlines>[1]) => findDeadlines(range(input), context).map(strip);
  const titled = { documentYear: 2023, yearInTitle: true };
  it('should read the stages of a plan whose title gives the year, and stages introduced as a time', () => {
    expect(found('(一)宣传发动阶段(1月—2月)。制定XX镇创建工作实施方案', titled)).toEqual([
      { text: '1月—2月', kind: 'period', start: '2023-01-01', date: '2023-02-28' },
    ]);
    expect(found('(二)自查摸底阶段(7月3日至7月15日)。各行署、市、县政府对辖区内重点污染问题', { documentYear: 2007 })).toEqual([
      { text: '7月3日至7月15日', kind: 'period', start: '2007-07-03', date: '2007-07-15' },
    ]);
    expect(found('国务院:9月3日至5日调休放假,共3天', { documentYear: 2015, yearInTitle: true }).map((d) => [d.start, d.date])).toEqual([['2015-09-03', '2015-09-05']]);
  });
  it('should leave days without a year that a report of the next year tells', () => {
    expect(found('造成86名矿工遇难。8月11日至18日，山西省连续发生3起特大煤矿瓦斯爆炸事故', { documentYear: 2004, dated: '2004-01-16' })).toEqual([]);
    expect(found('河湖长每年的3月至12月每月巡查不少于1次', titled).map((d) => d.text)).toEqual(['每年', '每月']);
  });
  it('should read 上旬, 中旬 and 下旬 as the last day they mean', () => {
    expect(found('(2007年3月中旬):召开市联席会议', { documentYear: 2007 })).toEqual([{ text: '2007年3月中旬', kind: 'by', date: '2007-03-20' }]);
    expect(found('(五)总结巩固阶段(2011年2月-2011年10月上旬)', { documentYear: 2010 })).toEqual([
      { text: '2011年2月-2011年10月上旬', kind: 'period', start: '2011-02-01', date: '2011-10-10' },
    ]);
    expect(found('各区、县的评议时间为10月上旬', { documentYear: 2008 })).toEqual([{ text: '10月上旬', kind: 'by', date: '2008-10-10' }]);
  });
  it('should read a day with its weekday, a day extended to, and a term that starts today', () => {
    expect(found('请于4月20日(星期五)前报送', { documentYear: 2007 })).toEqual([{ text: '于4月20日(星期五)前', kind: 'by', date: '2007-04-20' }]);
    expect(found('中心城區靜態管理時間延長至4月8日零時', { documentYear: 2022 })).toEqual([{ text: '至4月8日零時', kind: 'by', date: '2022-04-08' }]);
    expect(found('自即日起至2023年6月30日', { documentYear: null })).toEqual([{ text: '至2023年6月30日', kind: 'by', date: '2023-06-30' }]);
    expect(found('截至6月30日,全市已完成', { documentYear: 2022 })).toEqual([]);
  });
  it('should read what ended before the document was dated as history', () => {
    expect(found('根据区委统一部署,2022年9月16日至10月18日,区委第二巡察组对区文旅体局党组进行了巡察', { documentYear: 2023, dated: '2023-05-04' })).toEqual([]);
    expect(found('2021年,全区完成固定资产投资100亿元', { documentYear: 2021, dated: '2022-01-20' })).toEqual([]);
    expect(found('最近一段时间,特别是进入2003年12月下旬,又相继发生', { documentYear: 2004, dated: '2004-01-16' })).toEqual([]);
    expect(found('自2003年7月下旬以来,村民断续感觉地下振动', { documentYear: 2004 })).toEqual([]);
    // A past span takes its ends with it.
    expect(found('(五)总结巩固阶段(2011年2月-2011年10月上旬)', { documentYear: 2012 })).toEqual([]);
  });
  it('should read a target year right after a section marker as opening its paragraph', () => {
    expect(found('四、2024年,全区力争实现地区生产总值增长6%', { documentYear: 2023 }).map((d) => [d.text, d.date])).toEqual([['2024年', '2024-12-31']]);
    expect(found('全区2024年,完成', { documentYear: 2023 })).toEqual([]);
  });
  it('should read a span of months that opens with 起至, and no year end in 每季度末前 (review round pages7)', () => {
    expect(found('专项整治自2024年4月起至2024年12月底', { documentYear: 2024 })).toEqual([
      { text: '自2024年4月起至2024年12月底', kind: 'period', start: '2024-04-01', date: '2024-12-31' },
    ]);
    expect(found('各单位每季度末前报送进展', { documentYear: 2024 }).map((d) => d.text)).toEqual(['每季度']);
  });
  // Review round pages9 (规划纲要 and 实施方案 of the western provinces).
  it('should read a plan\'s term, and no deadline in the figures at the end of a past year', () => {
    expect(found('规划期限为2021-2025年,展望到2035年', { documentYear: 2021 }).map((d) => [d.text, d.kind])).toEqual([['2021-2025年', 'period'], ['到2035年', 'by']]);
    expect(found('2018年末常住人口2127万人', { documentYear: 2021 })).toEqual([]);
    expect(found('2022年末,全市新建5G基站', { documentYear: 2021 }).map((d) => d.date)).toEqual(['2022-12-31']);
  });
  it('should give months without a year the year of the deadline before them when the document\'s year is unknown', () => {
    expect(found('2017年6月底前完成摸底,9月底前完成整改', { documentYear: null }).map((d) => d.date)).toEqual(['2017-06-30', '2017-09-30']);
  });
  it('should read a fraction of a span in whole smaller units', () => {
    expect(found('在0.5个工作日内办结,1.5年内完成', { documentYear: null }).map((d) => d.within)).toEqual(['PT12H', 'P1Y6M']);
    expect(found('0.3天内', { documentYear: null })).toEqual([]);
  });
  it('should keep a year end set as the latest day, and a recurring year after a list number (judged diffs)', () => {
    expect(found('现有的票证可继续使用,但最迟不超过1995年底', { documentYear: 2006 }).map((d) => d.date)).toEqual(['1995-12-31']);
    expect(found('41.每年安排10万元额度用于支持开展各类电商培训', { documentYear: 2022 }).map((d) => d.text)).toEqual(['每年']);
  });
  it('should read a span counted in 自然日 as days', () => {
    expect(found('应在7个自然日内办结', { documentYear: null })).toEqual([{ text: '7个自然日内', kind: 'within', within: 'P7D' }]);
  });
});
