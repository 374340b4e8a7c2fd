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
      { text: '百分之七十', value: 70, unit: '%', comparator: '<=' },
      { text: '百分之一以上百分之五', value: 1, valueMax: 5, unit: '%', comparator: '=' },
    ],
  },
  // Ranges with a unit on both ends are one quantity; ends with different units are two.
  {
    input: '销售金额五万元以上不满二十万元的,处二年以上七年以下有期徒刑,并处销售金额百分之五十以上二倍以下罚金;',
    results: [
      { text: '五万元以上不满二十万元', value: 50000, valueMax: 200000, unit: '元', comparator: '=' },
      { text: '二年以上七年', value: 2, valueMax: 7, unit: '年', comparator: '=' },
      { text: '百分之五十', value: 50, unit: '%', comparator: '>=' },
      { text: '二倍', value: 2, unit: '倍', comparator: '<=' },
    ],
  },
  {
    input: '第三条 未经批准擅自开凿机井的, 处以1 万元以上2 万元以下罚款。并处违法所得一倍以上三倍以下罚款，降价幅度60%—70%',
    results: [
      { text: '1 万元以上2 万元', value: 10000, valueMax: 20000, unit: '元', comparator: '=' },
      { text: '一倍以上三倍', value: 1, valueMax: 3, unit: '倍', comparator: '=' },
      { text: '60%—70%', value: 60, valueMax: 70, unit: '%', comparator: '=' },
    ],
  },
  // Compound magnitudes, bare numbers with a big magnitude, traditional characters.
  {
    input: '國務院辦公廳印發指導意見，三年內的網絡建設投資將達1.13萬億元。活跃用户数超7亿,用户数要从2020年的640万增至2025年的6000万',
    results: [
      { text: '1.13萬億元', value: 1.13e12, unit: '元', comparator: '=' },
      { text: '7亿', value: 7e8, unit: null, comparator: '>' },
      { text: '640万', value: 6.4e6, unit: null, comparator: '=' },
      { text: '6000万', value: 6e7, unit: null, comparator: '=' },
    ],
  },
  // A list that shares one unit; a comparator across an "of" phrase; negated comparators.
  {
    input: '其中北京、湖北、天津分别超出目标6.59、1.67、1个百分点，不得低于注册资本的百分之二十，不得超过其净资产的八倍',
    results: [
      { text: '6.59', value: 6.59, unit: '百分点', comparator: '=' },
      { text: '1.67', value: 1.67, unit: '百分点', comparator: '=' },
      { text: '1个百分点', value: 1, unit: '百分点', comparator: '=' },
      { text: '百分之二十', value: 20, unit: '%', comparator: '>=' },
      { text: '八倍', value: 8, unit: '倍', comparator: '<=' },
    ],
  },
  // Scraped spaces before a unit; 一 of a measure is one (一年), of a count an article; a target duration.
  {
    input: '不超过5000 元、改造1230 户，处有期徒刑一年，建设一批项目，审批时间压缩至90个工作日以内，最长为90日，炼油规模800万吨/年',
    results: [
      { text: '5000 元', value: 5000, unit: '元', comparator: '<=' },
      { text: '1230 户', value: 1230, unit: '户', comparator: '=' },
      { text: '一年', value: 1, unit: '年', comparator: '=' },
      { text: '90个工作日', value: 90, unit: '工作日', comparator: '<=' },
      { text: '90日', value: 90, unit: '日', comparator: '<=' },
      { text: '800万吨/年', value: 8e6, unit: '吨/年', comparator: '=' },
    ],
  },
  {
    input: '招引20个以上过亿项目，对所有亿元以上的项目实行服务，拆除违章建筑16000多平米，考核得分满分100分，每项25分',
    results: [
      { text: '20个', value: 20, unit: '个', comparator: '>=' },
      { text: '亿', value: 1e8, unit: null, comparator: '>' },
      { text: '亿元', value: 1e8, unit: '元', comparator: '>=' },
      { text: '16000多平米', value: 16000, unit: '平米', comparator: '>' },
      { text: '100分', value: 100, unit: '分', comparator: '=' },
      { text: '25分', value: 25, unit: '分', comparator: '=' },
    ],
  },
  {
    input: '累计完成投资1000余亿元，带动50余万人就业',
    results: [
      { text: '1000余亿元', value: 1e11, unit: '元', comparator: '>' },
      { text: '50余万人', value: 5e5, unit: '人', comparator: '>' },
    ],
  },
  {
    input: '设置一所规模为六个班以上的幼儿园，开展3个项目以上',
    results: [
      { text: '六个', value: 6, unit: '个', comparator: '>=' },
      { text: '3个', value: 3, unit: '个', comparator: '>=' },
    ],
  },
  {
    input: '巡查责任河流，每季度不少于一次，有效期3个月。',
    results: [
      { text: '一次', value: 1, unit: '次', comparator: '>=' },
      { text: '3个月', value: 3, unit: '月', comparator: '=' },
    ],
  },
  // Real sentences from regulations and gov.cn pages (../shared/wild), one per class of error once made.
  // Days counted without 内: a lead time or a length, not a day of the month (8月11日至18日 is one).
  {
    input: '除国家规定的产假外，增加产假六十日，并给予男方护理假七日。决定停止经营的，应当提前三十日向社会公告。',
    results: [
      { text: '六十日', value: 60, unit: '日', comparator: '=' },
      { text: '七日', value: 7, unit: '日', comparator: '=' },
      { text: '三十日', value: 30, unit: '日', comparator: '=' },
    ],
  },
  {
    input: '被征收人应当在期限届满十五日前，向房屋征收部门提出延期申请，并可以将申请举行的时间推迟五日。',
    results: [
      { text: '十五日', value: 15, unit: '日', comparator: '=' },
      { text: '五日', value: 5, unit: '日', comparator: '=' },
    ],
  },
  // Measure words and units beyond the first table.
  {
    input: '8月11日至18日，山西省连续发生3起特大煤矿瓦斯爆炸事故。物业服务用房所在楼层不得高于三层。高级指挥长衔标志缀钉四枚六角星花',
    results: [
      { text: '3起', value: 3, unit: '起', comparator: '=' },
      { text: '三层', value: 3, unit: '层', comparator: '<=' },
      { text: '四枚', value: 4, unit: '枚', comparator: '=' },
    ],
  },
  {
    input: '献血量累计满一千毫升的，不准在海底电缆位置两侧各二海里水域内抛锚。PM2.5年均浓度降至35微克/立方米以下',
    results: [
      { text: '一千毫升', value: 1000, unit: '毫升', comparator: '=' },
      { text: '二海里', value: 2, unit: '海里', comparator: '=' },
      { text: '35微克/立方米', value: 35, unit: '微克/立方米', comparator: '<=' },
    ],
  },
  // A comparator word reaches its number across 人民币 and across a longer "of" phrase.
  {
    input: '(二)实缴注册资本不低于人民币8000万元；但最高不超过人民币1亿元，最低不少于人民币2000万元。(二)有100万元人民币以上的注册资本；',
    results: [
      { text: '8000万元', value: 80000000, unit: '元', comparator: '>=' },
      { text: '1亿元', value: 100000000, unit: '元', comparator: '<=' },
      { text: '2000万元', value: 20000000, unit: '元', comparator: '>=' },
      { text: '100万元', value: 1000000, unit: '元', comparator: '>=' },
    ],
  },
  {
    input: '出资额不得低于民间资金管理企业注册资本的百分之二十；分包部分金额不得超过测绘地理信息项目合同金额的百分之四十。',
    results: [
      { text: '百分之二十', value: 20, unit: '%', comparator: '>=' },
      { text: '百分之四十', value: 40, unit: '%', comparator: '<=' },
    ],
  },
  // Chinese decimals written with 点.
  {
    input: '其外壁两侧一点五米范围内的区域为安全保护范围；在市区内电缆两侧各零点七五米的范围内，不准植树。总面积为二百零一点零六平方公里。',
    results: [
      { text: '一点五米', value: 1.5, unit: '米', comparator: '=' },
      { text: '零点七五米', value: 0.75, unit: '米', comparator: '=' },
      { text: '二百零一点零六平方公里', value: 201.06, unit: '平方公里', comparator: '=' },
    ],
  },
  {
    input: '按照职工工资总额的百分之一点五至百分之二点五足额提取职工教育经费。生均公用经费标准不得低于当地普通高中生均公用经费标准的一点五倍。',
    results: [
      { text: '百分之一点五至百分之二点五', value: 1.5, valueMax: 2.5, unit: '%', comparator: '=' },
      { text: '一点五倍', value: 1.5, unit: '倍', comparator: '>=' },
    ],
  },
  // 千克 and 千米 are units of their own after Chinese numerals too; a range's upper end may leave its unit out.
  {
    input: '残疾人机动轮椅车附载货物时，质量不得超过二十千克。确需在管道专用隧道中心线两侧各一千米地域范围内实施爆破作业的，并处5万元以上10万以下的罚款。',
    results: [
      { text: '二十千克', value: 20, unit: '千克', comparator: '<=' },
      { text: '一千米', value: 1, unit: '千米', comparator: '=' },
      { text: '5万元以上10万', value: 50000, valueMax: 100000, unit: '元', comparator: '=' },
    ],
  },
  // Web pages of local plans (search results of stored pages): numbers spaced out as in PDFs, a range with its
  // unit on both ends or its magnitude once, 部 as a measure word.
  {
    input: '给予不超过 300 万元的奖励，年度补助金额最高不超过 100 万元。改造老旧小区约 605 万平方米，开工建设200部电梯，12部门联合印发',
    results: [
      { text: '300 万元', value: 3000000, unit: '元', comparator: '<=' },
      { text: '100 万元', value: 1000000, unit: '元', comparator: '<=' },
      { text: '605 万平方米', value: 6050000, unit: '平方米', comparator: '~' },
      { text: '200部', value: 200, unit: '部', comparator: '=' },
    ],
  },
  {
    input: '給予3萬元-5萬元的資金支持，给予3-5万元支持，按百分之五至百分之十的比例',
    results: [
      { text: '3萬元-5萬元', value: 30000, valueMax: 50000, unit: '元', comparator: '=' },
      { text: '3-5万元', value: 30000, valueMax: 50000, unit: '元', comparator: '=' },
      { text: '百分之五至百分之十', value: 5, valueMax: 10, unit: '%', comparator: '=' },
    ],
  },
  // State Council pages and regulations: m as a unit, a comparator across 每月, 一 counted by 以上 after it.
  {
    input: '三峡水库135m水位蓄水，抬高水位（156m及175m）。每人分摊的额度不能超过每月1000元。劳动者与一个或者一个以上用人单位确立劳动关系',
    results: [
      { text: '135m', value: 135, unit: 'm', comparator: '=' },
      { text: '156m', value: 156, unit: 'm', comparator: '=' },
      { text: '175m', value: 175, unit: 'm', comparator: '=' },
      { text: '1000元', value: 1000, unit: '元', comparator: '<=' },
      { text: '一个', value: 1, unit: '个', comparator: '>=' },
    ],
  },
  // Web pages of work reports and plans: 份 counts, 多 after a spaced number.
  {
    input: '累计發放宣傳材料2.5萬份，政策“大禮包”3萬余份。投入 20 多万元',
    results: [
      { text: '2.5萬份', value: 25000, unit: '份', comparator: '=' },
      { text: '3萬余份', value: 30000, unit: '份', comparator: '>' },
      { text: '20 多万元', value: 200000, unit: '元', comparator: '>' },
    ],
  },
  // A ratio's terms are no quantities, nor do they take the unit of a list: 医护比不低于1:1.2,50%以上.
  { input: '公立医院床人比不低于1:1.6,医护比不低于1:1.2,50%以上旗区级综合医院', results: [{ text: '50%', value: 50, unit: '%', comparator: '>=' }] },
  // 内 right after an amount that is no time limit is at most (13公斤内).
  { input: '在树冠外缘三米内挖坑取土', results: [{ text: '三米', value: 3, unit: '米', comparator: '<=' }] },
  // 自然日 is a time unit like 工作日 (review round pages4, 惠购湖北 消费券).
  { input: '按领取后的7个自然日计算', results: [{ text: '7个自然日', value: 7, unit: '自然日', comparator: '=' }] },
  // Subsidy and assessment texts (review round pages6): ranges whose lower end is 含, compound units per month
  // or per 亩·年, units of produce and samples, a comparator before 分别 and a long noun, a list after a colon.
  {
    input: '年度营业收入在5000万元(含)—1亿元之间,优秀得票率在80%(含)-90%的,补助5000-10万元',
    results: [
      { text: '5000万元(含)—1亿元', value: 5e7, valueMax: 1e8, unit: '元', comparator: '=' },
      { text: '80%(含)-90%', value: 80, valueMax: 90, unit: '%', comparator: '=' },
      { text: '5000-10万元', value: 5000, valueMax: 1e5, unit: '元', comparator: '=' },
    ],
  },
  {
    input: '国家统一发放1850元/月,按照200元/亩•年的标准,每人2000元/人/月,产量30万担以上,水稻抽样25组,节能10万吨标准煤,接待3000户次',
    results: [
      { text: '1850元/月', value: 1850, unit: '元/月', comparator: '=' },
      { text: '200元/亩•年', value: 200, unit: '元/亩•年', comparator: '=' },
      { text: '2000元/人/月', value: 2000, unit: '元/人/月', comparator: '=' },
      { text: '30万担', value: 3e5, unit: '担', comparator: '>=' },
      { text: '25组', value: 25, unit: '组', comparator: '=' },
      { text: '10万吨标准煤', value: 1e5, unit: '吨标准煤', comparator: '=' },
      { text: '3000户次', value: 3000, unit: '户次', comparator: '=' },
    ],
  },
  {
    input: '分别新增并网新能源规模不低于400万千瓦和600万千瓦,每家企业最高奖励300万元:1.上年度产值,考核得1 — 5 分',
    results: [
      { text: '400万千瓦', value: 4e6, unit: '千瓦', comparator: '>=' },
      { text: '600万千瓦', value: 6e6, unit: '千瓦', comparator: '>=' },
      { text: '300万元', value: 3e6, unit: '元', comparator: '<=' },
      { text: '1 — 5 分', value: 1, valueMax: 5, unit: '分', comparator: '=' },
    ],
  },
  // The number of an item that opens the line is its marker.
  { input: '1、30家企业完成技术改造', results: [{ text: '30家', value: 30, unit: '家', comparator: '=' }] },
  // ≥ and ≤ (ANNOTATION.md §3); a percentage's base named without 的 (review round pages6; gov.cn 土地增值税暂行条例).
  {
    input: '年龄≤35岁,人数≥1000人,最高不超过地方综合贡献90%,增值额超过扣除项目金额50%、未超过扣除项目金额100%的部分,超额30%',
    results: [
      { text: '35岁', value: 35, unit: '岁', comparator: '<=' },
      { text: '1000人', value: 1000, unit: '人', comparator: '>=' },
      { text: '90%', value: 90, unit: '%', comparator: '<=' },
      { text: '50%', value: 50, unit: '%', comparator: '>' },
      { text: '100%', value: 100, unit: '%', comparator: '<=' },
      { text: '30%', value: 30, unit: '%', comparator: '=' },
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
  // Times, session designations, plan names, age bounds of a population, "the one" before a count.
  '2003年12月18日晚8时40分,经市政府七届44次常务会议讨论通过,三年投资新政初战告捷',
  '实施三年百万青年见习计划,保障不满三周岁婴幼儿、3岁以下婴幼儿和60周岁以上老年人,16—24岁失业青年',
  '按照上一年度职工平均工资,于前一日送主管机关,推进分类分级管理,加强项目管理',
  // Regulations: population ages written with 的, years in Chinese numerals, the count in an amending decision's
  // title, a plan's name, a time of day with 点.
  '以及依靠见义勇为人员生活的十八周岁以下的弟妹，提倡十八周岁至五十五周岁的健康公民自愿献血',
  '十二周岁以上十六周岁以下的未成年人驾驶自行车不得载人',
  '（二○○四年六月十六日国务院第54次常务会议修订通过）本规定自一九九四年一月一日起施行。',
  '根据关于修改《青岛市城市私有房屋管理办法》等十一件地方性法规行政处罚条款的决定修正',
  '为在下世纪初全面实现防震减灾十年目标打下扎实的基础',
  '会议于上午九点三十分开始，下午两点半结束',
  // A scale descriptor ending in 级, and a day of the month after 月的.
  '力争引进20亿级项目，建设10万吨级码头',
  '各责任单位要在每季度最后一个月的30日前将进展报送',
  '自80年代后期以来，特别是70年代以来',
  // A list number run into a year, and a year that lost its 〇 before its month.
  '附件:1.2025年县政府工作报告任务分解 2.2025年民盼实事任务分解', '一一年十一月二十九日',
  // Sessions are designations: 区五届人大二次会议, 省委九届十一次、十二次全会.
  '在区五届人大二次会议上，贯彻省委九届十一次、十二次全会精神',
  // A term of a government and the four leading bodies (review round pages6).
  '已经九届区政府第59次常务会议研究同意', '市四套班子领导带头',
  // Review round pages9: a government's term, a congress's sessions, an ordinal five-year plan, a plan's name.
  '经市十三届人民政府第110次常务会议审议通过', '在马鬃山村水坪5组设立了现场监测组', '全國人大一次、二次會議', '第十四个五年(2021-2025年)规划', '城乡环境大行动三年实施方案',
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
