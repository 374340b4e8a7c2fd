import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantities.js';
import { range } from '../helpers.js';

type Expected = { text: string; value: number; unit: string | null; comparator: string; valueMax?: number };

// Real sentences from the samples and the extra corpus, with every quantity they hold.
const corpus: Array<{ input: string; results: Expected[] }> = [
  {
    input: '到2025年,全市建成5G基站8000座以上,实现城市和乡镇全面覆盖;网络出口带宽超过4000G。建成“双千兆”示范应用场景50个以上。',
    results: [
      { text: '8000座', value: 8000, unit: '座', comparator: '>=' },
      { text: '4000G', value: 4000, unit: 'G', comparator: '>' },
      { text: '50个', value: 50, unit: '个', comparator: '>=' },
    ],
  },
  {
    input: '全市新型数据中心整体在用标准机柜达5000个,总算力超过10P FLOPS。威海云计算中心计算能力达到可用vCPU72000颗、可用内存300T、存储总量25PB',
    results: [
      { text: '5000个', value: 5000, unit: '个', comparator: '=' },
      { text: '10P FLOPS', value: 10, unit: 'PFLOPS', comparator: '>' },
      { text: '72000颗', value: 72000, unit: '颗', comparator: '=' },
      { text: '300T', value: 300, unit: 'T', comparator: '=' },
      { text: '25PB', value: 25, unit: 'PB', comparator: '=' },
    ],
  },
  {
    input: '推动全市5G网络深度覆盖,到2025年,建成5G基站2.47万座。',
    results: [{ text: '2.47万座', value: 24700, unit: '座', comparator: '=' }],
  },
  {
    input: '2022年底,力争电子信息制造业收入规模突破5500亿元。',
    results: [{ text: '5500亿元', value: 550000000000, unit: '元', comparator: '>' }],
  },
  {
    input: '形成年产近千万台消费电子智能整机的规模。',
    results: [{ text: '千万台', value: 10000000, unit: '台', comparator: '~' }],
  },
  {
    input: '对首次通过CMMI3级、4级、5级评估认证的企业,分别给予最高20万元、30万元、40万元的一次性补助。',
    results: [
      { text: '20万元', value: 200000, unit: '元', comparator: '<=' },
      { text: '30万元', value: 300000, unit: '元', comparator: '<=' },
      { text: '40万元', value: 400000, unit: '元', comparator: '<=' },
    ],
  },
  {
    input: '且上年度标识注册量、解析量首次分别达到10万条和2万条以上工业企业,最高给予10万元奖励。',
    results: [
      { text: '10万条', value: 100000, unit: '条', comparator: '=' },
      { text: '2万条', value: 20000, unit: '条', comparator: '>=' },
      { text: '10万元', value: 100000, unit: '元', comparator: '<=' },
    ],
  },
  {
    input: '对上一年度投入分别超过200万元、100万元的行业级、企业级工业互联网平台,按照实际投资额的15%给予补助。',
    results: [
      { text: '200万元', value: 2000000, unit: '元', comparator: '>' },
      { text: '100万元', value: 1000000, unit: '元', comparator: '>' },
      { text: '15%', value: 15, unit: '%', comparator: '=' },
    ],
  },
  {
    input: '力争经过3-5年努力,基地集聚3-5个国内外打印机知名品牌,5-10个打印机核心配套项目,加速形成千亿级打印机产业集群',
    results: [
      { text: '3-5年', value: 3, valueMax: 5, unit: '年', comparator: '=' },
      { text: '3-5个', value: 3, valueMax: 5, unit: '个', comparator: '=' },
      { text: '5-10个', value: 5, valueMax: 10, unit: '个', comparator: '=' },
    ],
  },
  {
    input: '2022年底,信息化与工业化融合指数提高到117左右。',
    results: [{ text: '117', value: 117, unit: null, comparator: '~' }],
  },
  {
    input: '工业互联网标识解析二级节点接入企业超60家,标识注册量过亿。',
    results: [
      { text: '60家', value: 60, unit: '家', comparator: '>' },
      { text: '亿', value: 100000000, unit: null, comparator: '>' },
    ],
  },
  {
    input: '數字化轉型對服務業企業增加值的貢獻份額年提升3個百分點以上。',
    results: [{ text: '3個百分點', value: 3, unit: '百分點', comparator: '>=' }],
  },
  {
    input: '完成“智慧燃氣”監管平臺二期建設及近8萬戶用戶端智能表安裝;加快運河宿遷港區30萬標箱吞量',
    results: [
      { text: '8萬戶', value: 80000, unit: '戶', comparator: '~' },
      { text: '30萬標箱', value: 300000, unit: '標箱', comparator: '=' },
    ],
  },
  {
    input: '培育发展十个数字经济园区,充分发挥济南、青岛两个软件名城优势,依托十条优势产业链',
    results: [
      { text: '十个', value: 10, unit: '个', comparator: '=' },
      { text: '两个', value: 2, unit: '个', comparator: '=' },
      { text: '十条', value: 10, unit: '条', comparator: '=' },
    ],
  },
  {
    input: '围绕完善数字经济发展生态等6个方面深入开展工作,共18项重点任务,经常参加体育锻炼人数比例达到３８．５％',
    results: [
      { text: '6个方面', value: 6, unit: '方面', comparator: '=' },
      { text: '18项', value: 18, unit: '项', comparator: '=' },
      { text: '３８．５％', value: 38.5, unit: '%', comparator: '=' },
    ],
  },
  {
    input: '融资后资产负债率不得高于百分之七十，处所募集资金百分之一以上百分之五以下罚款',
    results: [
      { text: '百分之七十', value: 70, unit: '%', comparator: '>' },
      { text: '百分之一', value: 1, unit: '%', comparator: '>=' },
      { text: '百分之五', value: 5, unit: '%', comparator: '<=' },
    ],
  },
  {
    input: '巡查责任河流，每季度不少于一次，有效期3个月。',
    results: [
      { text: '一次', value: 1, unit: '次', comparator: '>=' },
      { text: '3个月', value: 3, unit: '月', comparator: '=' },
    ],
  },
];

// Numbers that are names, codes, dates, ordinals, slogans or words: no quantity.
const negatives = [
  '加快5G通信网络全面覆盖,推进IPv6(互联网协议第6版)规模部署',
  '融入“2+5+N”全省一体化大数据中心体系,依托“1+4+N”创新体系',
  '改造提升4K/8K电视机生产能力,完成县级以上城区10G PON设备大规模部署,全区10G-PON端口',
  '积极融入数字经济新时代,全面落实党的二十大精神,以及省第十二次党代会精神和“十大创新”工作部署',
  '培育一批特色领航企业,建设一体化平台,打造一站式服务,形成一个体系',
  '实施“智改数转”三年行动计划,滚动实施万项技改、推动万企转型,打造千兆城市和万兆接入',
  '加速形成千亿级打印机产业集群,打造一批NB-IoT百万级连接规模应用场景',
  '联系电话:0631-5225829,通讯地址:新威路11号北洋大厦9楼(邮编:264200)',
  '聊政办字〔2020〕20号,2022年12月13日,2022年度全省数字经济重点项目库',
  '公众可在7日内提出意见,三个月内完成,防止二次污染',
];

describe('findQuantities', () => {
  it.each(corpus)('should find every quantity in "$input"', ({ input, results }) => {
    const found = findQuantities(range(input));
    expect(found.map(({ text, value, unit, comparator, valueMax }) => ({ text, value, unit, comparator, ...(valueMax !== undefined ? { valueMax } : {}) }))).toEqual(results);
    for (const q of found) expect(input.slice(q.span[0], q.span[1])).toBe(q.text);
  });

  it.each(negatives)('should find no quantity in "%s"', (input) => {
    expect(findQuantities(range(input)).map((q) => q.text)).toEqual([]);
  });
});
