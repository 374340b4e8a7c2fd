import { describe, expect, it } from 'vitest';
import { readDate } from '../../src/text/dates.js';
import { run } from '../helpers.js';

const notice = [
  '临县人民政府办公室关于印发临县数字乡村建设',
  '实施方案的通知',
  '临政办发〔2023〕12号',
  '各乡镇人民政府，县直各部门：',
  '《临县数字乡村建设实施方案》已经县政府同意，现印发给你们，请认真贯彻执行。',
  '临县人民政府办公室',
  '二〇二三年五月八日',
  '临县数字乡村建设实施方案',
  '为加快推进数字乡村建设，制定本方案。',
  '一、重点任务',
  '（一）建设数字基础设施。12月底前完成光纤改造。（责任单位：县工信局）',
].join('\n');

describe('readMeta', () => {
  it('should read a notice broken over two lines, its 文号 line, its signature in Chinese numerals as 成文日期', async () => {
    const { meta, parts } = await run(notice);
    expect(parts.map((p) => [p.kind, p.title])).toEqual([
      ['notice', '临县人民政府办公室关于印发临县数字乡村建设实施方案的通知'],
      ['main', '临县数字乡村建设实施方案'],
    ]);
    expect(meta).toMatchObject({ title: '临县数字乡村建设实施方案', docNumber: '临政办发〔2023〕12号', issuers: ['临县人民政府办公室'], issuedOn: '2023-05-08' });
  });

  it('should never take a lone signature date for the publication date', async () => {
    expect((await run(notice)).meta.publishedOn).toBeNull();
  });

  it('should give a month without a year the year the document governs', async () => {
    const { parts } = await run(notice);
    expect(parts[1]!.sections[0]!.sections[0]!.deadlines.map((d) => [d.text, d.date])).toEqual([['12月底前', '2023-12-31']]);
  });

  it('should join a title broken over three lines, and keep the issuer printed alone above it out', async () => {
    const text = ['国务院办公厅', '关于全面推行行政执法公示制度', '执法全过程记录制度', '重大执法决定法制审核制度的指导意见', '国办发〔2018〕118号', '各省、自治区、直辖市人民政府：', '行政执法是重要方式。'].join('\n');
    expect((await run(text)).meta.title).toBe('关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见');
  });

  it('should read a regulation adopted by a standing committee: the committee without its term, the adoption date', async () => {
    const text = ['温州市民间融资管理条例', '（2013年11月22日浙江省第十二届人民代表大会常务委员会第六次会议通过）', '第一条 为了规范民间融资，制定本条例。'].join('\n');
    expect((await run(text)).meta).toMatchObject({ issuers: ['浙江省人民代表大会常务委员会'], issuedOn: '2013-11-22' });
  });

  // Promulgation lines under a regulation's title (LawRefBook's national and local regulations, ../shared/wild).
  it.each([
    {
      lines: ['2009年8月30日 中华人民共和国国务院令第560号公布', '2013年7月18日 《国务院关于废止和修改部分行政法规的决定》第一次修订'],
      meta: { issuers: ['国务院'], issuedOn: '2009-08-30', docNumber: '中华人民共和国国务院令第560号' },
    },
    {
      lines: ['2011年1月19日 国务院第141次常务会议通过', '2011年1月21日 中华人民共和国国务院令第590号公布'],
      meta: { issuers: ['国务院'], issuedOn: '2011-01-21', docNumber: '中华人民共和国国务院令第590号' },
    },
    {
      lines: ['1990年12月24日 中华人民共和国国务院、中华人民共和国中央军事委员会令第71号发布'],
      meta: { issuers: ['国务院', '中央军事委员会'], issuedOn: '1990-12-24', docNumber: '中华人民共和国国务院、中华人民共和国中央军事委员会令第71号' },
    },
    {
      lines: ['1993年11月20日 国务院批准', '1993年12月17日 交通部令第6号发布', '1994年1月1日 施行'],
      meta: { issuers: ['交通部'], issuedOn: '1993-12-17', docNumber: '交通部令第6号' },
    },
    { lines: ['1986年9月15日 中共中央、国务院发布'], meta: { issuers: ['中共中央', '国务院'], issuedOn: '1986-09-15', docNumber: null } },
    {
      lines: ['1997年11月30日 国务院批准', '1997年12月25日 国务院证券委员会发布', '1998年4月1日 施行'],
      meta: { issuers: ['国务院证券委员会'], issuedOn: '1997-12-25', docNumber: null },
    },
    {
      lines: ['2019年11月1日 滨州市第十一届人民代表大会常务委员会第25次会议通过', '2019年11月29日 经山东省第十三届人民代表大会常务委员会第十五次会议批准'],
      meta: { issuers: ['滨州市人民代表大会常务委员会'], issuedOn: '2019-11-01', docNumber: null },
    },
    {
      lines: ['2019年9月20日 青岛市第十六届人民代表大会常务委员会第十八次会议修订'],
      meta: { issuers: ['青岛市人民代表大会常务委员会'], issuedOn: '2019-09-20', docNumber: null },
    },
    {
      lines: ['2021年11月16日 国家互联网信息办公室2021年第20次室务会议审议通过', '2022年3月1日 施行'],
      meta: { issuers: ['国家互联网信息办公室'], issuedOn: '2021-11-16', docNumber: null },
    },
  ])('should read the issuers, date and 文号 of "$lines.0"', async ({ lines, meta }) => {
    const text = ['某某条例', ...lines, '第一条 为了规范管理，制定本条例。'].join('\n');
    expect((await run(text)).meta).toMatchObject(meta);
  });

  it('should list an attachment once when its heading repeats the listed title without the issuer', async () => {
    const text = [
      '国务院办公厅关于某某问题的复函', '湖北省人民政府：', '同意。', '附件：1.国土资源部关于马鬃山村地质险情调研情况的报告', '国务院办公厅', '二〇〇四年十月二十一日',
      '附件1', '关于马鬃山村地质险情调研情况的报告', '今年4月，我部组织专家赴现场调研。',
    ].join('\n');
    expect((await run(text)).meta.attachments).toEqual(['国土资源部关于马鬃山村地质险情调研情况的报告']);
  });

  // Sample 003: 附件2's heading words its title otherwise than the list (重点平臺清單 / 重点產業平臺清單).
  it('should take an attachment heading for the listed attachment of its number', async () => {
    const text = [
      '某某区数字经济发展实施方案', '一、总体要求', '推进发展。', '附件:1.全区数字经济发展主要发展指标', '2.某某区数字经济重点产业平台清单',
      '某某区人民政府', '2022年5月6日', '附件1', '全区数字经济发展主要发展指标', '指标甲。', '附件2', '某某区数字经济重点平台清单', '平台甲。',
    ].join('\n');
    expect((await run(text)).meta.attachments).toEqual(['全区数字经济发展主要发展指标', '某某区数字经济重点产业平台清单']);
  });

  // Web pages of local plans and State Council pages: 文号 labelled without a colon or with its label glued on,
  // with a pinyin gloss inside, an empty labelled field, a decree printed over two lines.
  it.each([
    ['区人民政府办公室 文    号 蔡政办〔2023〕1号', '蔡政办〔2023〕1号'],
    ['文件编号 北区政办发〔2020〕11号', '北区政办发〔2020〕11号'],
    ['文件编号北区政办发〔2020〕11号', '北区政办发〔2020〕11号'],
    ['文 号: | 嘉府办发〔2024〕23号 | 公开类型: | 主动', '嘉府办发〔2024〕23号'],
    ['州政發(fā)〔2020〕5號', '州政發〔2020〕5號'],
    ['发文字号: | 发布日期: | 2016-06-24 | |', null],
    ['中华人民共和国国务院令\n第707号\n（1994年1月28日中华人民共和国国务院令第142号发布）', '中华人民共和国国务院令第707号'],
  ])('should read the 文号 of "%s" as %s', async (head, number) => {
    expect((await run(`${head}\n某某市人民政府关于某某工作的通知\n一、总体要求\n推进发展。`)).meta.docNumber).toBe(number);
  });

  // Labelled fields of web pages: other labels, two fields on one line, a signature date typed with ASCII zeros.
  it('should read labelled fields named 发文部门 and 发文时间, and stop a value where the next label begins', async () => {
    const page = (head: string) => run(`${head}\n某某市人民政府关于某某工作的通知\n一、总体要求\n推进发展。`);
    expect((await page('发文部门: 国家税务总局陕西省税务局\n发文时间: 2021-1-5')).meta).toMatchObject({ issuers: ['国家税务总局陕西省税务局'], issuedOn: '2021-01-05' });
    expect((await page('发文机关: 市政府办公室 成文日期: 2023-02-13')).meta).toMatchObject({ issuers: ['市政府办公室'], issuedOn: '2023-02-13' });
    // 发文日期 is the day the page says it went out: the signature's date, where there is one, is the 成文日期.
    const signed = await run('发文日期: 2019-01-23\n太湖县人民政府工作规则\n一、总则\n推进工作。\n太湖县人民政府\n2019年1月17日');
    expect(signed.meta.issuedOn).toBe('2019-01-17');
  });

  // Regulations reposted on law sites: the title printed twice, an issuer line between.
  it.each([
    [['大连市循环经济促进条例', '辽宁省大连市人大常委会', '大连市循环经济促进条例'], '大连市循环经济促进条例'],
    [['县政工作细则', '县政工作细则'], '县政工作细则'],
  ])('should not join a repeated title or an issuer line into the title: %s', async (head, title) => {
    expect((await run([...head, '第一章　总则', '第一条　为了规范管理，制定本条例。'].join('\n'))).meta.title).toBe(title);
  });

  // Law sites print the issuing organs on a line of their own by the title, and no signature.
  it.each([
    [['厦门市新型墙体材料管理规定', '福建省厦门市人民政府', '第一条　为了推广新型墙体材料，制定本规定。'], ['福建省厦门市人民政府']],
    [['关于开展1.6升及以下节能环保汽车推广工作的通知', '财政部 国家发展和改革委员会 工业和信息化部', '各省、自治区、直辖市财政厅（局）：', '一、推广范围'], ['财政部', '国家发展和改革委员会', '工业和信息化部']],
  ])('should take the organs on the line by the title for issuers when nothing else names them: %s', async (text, issuers) => {
    expect((await run(text.join('\n'))).meta.issuers).toEqual(issuers);
  });

  it('should read no issuer from a line that only approves or dates the regulation', async () => {
    expect((await run('某某规定\n1995年6月6日 国务院批准\n第一条 为了规范管理，制定本规定。')).meta).toMatchObject({ issuers: [], issuedOn: null });
  });

  it('should take an issuer from the title only when it is an organ in full, never a bare region', async () => {
    expect((await run('临沂市关于加快数字经济发展的实施意见\n一、总体要求\n推进发展。')).meta.issuers).toEqual([]);
    expect((await run('临沂市人民政府关于加快数字经济发展的实施意见\n一、总体要求\n推进发展。')).meta.issuers).toEqual(['临沂市人民政府']);
    expect((await run('国务院、中央军委关于保护通信线路的规定\n1982年9月20日 发布\n第一条 为了保护通信线路，制定本规定。')).meta.issuers).toEqual(['国务院', '中央军委']);
  });
});

// Web excerpts of scraped regulations and notices (review round pages5).
describe('readMeta on signatures without an organ line', () => {
  const reply = ['弋阳县人民政府关于清湖乡总体规划的批复', '清湖乡人民政府:', '你乡《关于…的请示》收悉,现批复如下:', '一、同意批准实施《弋阳县清湖乡总体规划(2013-2030)》。', '二、县规划、国土等部门要认真把关,彰显规划严肃性。'];
  it('should read a signature above a printing slip', async () => {
    const { meta } = await run([...reply, '弋阳县人民政府', '2015年3月3日', '弋阳县人民政府办公室秘书科 2015年3月5日印发'].join('\n'));
    expect(meta).toMatchObject({ issuers: ['弋阳县人民政府'], issuedOn: '2015-03-03' });
  });
  it('should read a date alone on a line after the text as the signature date, naming no issuer', async () => {
    const text = ['关于加强道路客运安全管理的通知', '各县(区)人民政府:', '现就有关事项通知如下:', '一、客运企业必须落实安全生产主体责任。', '二、请认真遵照执行。', '', '', '二OO六年二月二十日     '];
    expect((await run(text.join('\n'))).meta).toMatchObject({ issuers: [], issuedOn: '2006-02-20' });
  });
  it('should read the date under a signer named by office as the signature date', async () => {
    const text = ['国务院行政机构设置和编制管理条例', '第一条 为了规范国务院行政机构的设置,制定本条例。', '第二条 本条例自发布之日起施行。', '', '  总理李鹏', '', '  1997年8月3日'];
    expect((await run(text.join('\n'))).meta.issuedOn).toBe('1997-08-03');
  });
  it('should not take a date above the text for the signature', async () => {
    const text = ['关于加强道路客运安全管理的通知', '2006年2月20日', '各县(区)人民政府:', '一、客运企业必须落实安全生产主体责任。'];
    expect((await run(text.join('\n'))).meta.issuedOn).toBeNull();
  });
});

describe('readMeta on 文号 lines of other shapes', () => {
  // Web excerpts (review round pages5): a 文号 in brackets under its title, a decree on one line, an announcement's number.
  it.each([
    ['(劳社厅函[2007]120号)', '劳社厅函[2007]120号'],
    ['贵阳市人民政府令第79号', '贵阳市人民政府令第79号'],
    ['国家税务总局公告2011年第3号', '国家税务总局公告2011年第3号'],
  ])('should read "%s" as the 文号', async (line, number) => {
    const text = ['关于个体工商户定期定额征收管理的规定', line, '第一条 为了规范个体工商户定期定额征收管理，制定本办法。'];
    expect((await run(text.join('\n'))).meta.docNumber).toBe(number);
  });
});

describe('readMeta on joint issuers', () => {
  // Probes of review round pages5 (山东省农业厅、山东省财政厅 通知).
  const body = ['关于深入推进农村产业融合发展做好项目申报工作的通知', '各市农业局:', '现将有关事项通知如下。', '一、总体要求', '按照要求认真组织申报。'];
  it('should read organs parted by one space in a signature as two issuers', async () => {
    expect((await run([...body, '山东省农业厅 山东省财政厅', '2018年6月20日'].join('\n'))).meta).toMatchObject({ issuers: ['山东省农业厅', '山东省财政厅'], issuedOn: '2018-06-20' });
  });
  it('should read organs printed on two lines above the title as its issuers', async () => {
    expect((await run(['山东省农业厅', '山东省财政厅', ...body].join('\n'))).meta.issuers).toEqual(['山东省农业厅', '山东省财政厅']);
  });
});

describe('parts of a page that prints its title in its header', () => {
  // Web excerpt (review round pages5, 法律资料网): the header's title, its noise, then the notice's own title.
  it('should start the notice at its own title and leave the header to no part', async () => {
    const text = [
      '您的位置: 首页 » 法律资料网 » 法律法规 »', '关于印发社会保险基金安全宣传教育活动工作方案的通知',
      '时间:2024-07-22 07:04:51 来源: 法律资料网 作者:法律资料网 阅读:8304', '下载地址: 点击此处下载',
      '关于印发社会保险基金安全宣传教育活动工作方案的通知', '各省、自治区、直辖市劳动和社会保障厅(局):',
      '现将《社会保险基金安全宣传教育活动工作方案》印发给你们，请认真贯彻执行。', '社会保险基金安全宣传教育活动工作方案', '一、指导思想', '以宣传为主。',
    ].join('\n');
    const { parts } = await run(text);
    expect(parts.map((p) => [p.kind, text.slice(p.span[0], p.span[0] + 6)])).toEqual([['notice', '关于印发社会'], ['main', '社会保险基金']]);
    expect(parts[0]!.span[0]).toBe(text.lastIndexOf('关于印发'));
  });
});

describe('readMeta on titles over promulgating announcements', () => {
  // Web excerpts (review round pages5): the regulation's title, its adoption note, then the announcement that promulgates it.
  it.each([
    [['四川省村务公开条例', '(2009年7月22日四川省第十一届人民代表大会常务委员会第十次会议通过)', '四川省第十一届人民代表大会常务委员会公告'], '四川省村务公开条例'],
    [['深圳市人民代表大会常务委员会听证条例', '深圳市人民代表大会常务委员会公告'], '深圳市人民代表大会常务委员会听证条例'],
    [['不能读取语音阅读器', '国家税务总局关于检发税收票证统一式样的通知'], '国家税务总局关于检发税收票证统一式样的通知'],
  ])('should read the title of %j', async (head, title) => {
    const text = [...head, '第一章 总 则', '第一条 为了规范村务公开，制定本条例。'].join('\n');
    expect((await run(text)).meta.title).toBe(title);
  });
});

describe('readMeta on 信息公开 headers and wrappers (review round pages8)', () => {
  const policy = ['关于印发城口县突发公共卫生事件应急预案的通知', '各乡镇人民政府:', '现将《城口县突发公共卫生事件应急预案》印发给你们,请认真贯彻执行。', '城口县突发公共卫生事件应急预案', '一、总则', '为有效预防突发事件,制定本预案。'];
  it('should read labels in brackets', async () => {
    const header = '[ 索引号 ]11500229MB1970703J/2021-00004 [ 发文字号 ]城府办发〔2020〕243 号 [ 发布机构 ]城口县卫生健康委员会 [ 成文日期 ]2021-02-21 [ 发布日期 ]2021-02-22';
    expect((await run([header, ...policy].join('\n'))).meta).toMatchObject({ docNumber: '城府办发〔2020〕243号', issuedOn: '2021-02-21', publishedOn: '2021-02-22' });
  });
  it('should read a metadata box whose labels stand in cells without a colon, and keep it out of the tables', async () => {
    const header = ['文号 | 汉政办发〔2021〕88号 | 成文日期: | 2021年09月28日 |', '有效性 | 有效 | 公开日期: | 2021-09-30 01:40 |'];
    const { meta, parts } = await run([...header, ...policy].join('\n'));
    expect(meta).toMatchObject({ docNumber: '汉政办发〔2021〕88号', issuedOn: '2021-09-28', publishedOn: '2021-09-30' });
    expect(parts.flatMap((p) => p.tables)).toEqual([]);
  });
  it('should read a 文号 after its label with other fields after it', async () => {
    expect((await run(['文号 永财农〔2021〕471号 其他信息 下载阅读版', ...policy].join('\n'))).meta.docNumber).toBe('永财农〔2021〕471号');
  });
  it('should take the issuer from the wrapper title, and a signature year in Chinese digits with its month in Arabic', async () => {
    const text = ['兖州市人民政府办公室关于印发兖州市扩大内需投资项目管理办法的通知', '各镇人民政府:', '现将《兖州市扩大内需投资项目管理办法》印发给你们,请认真贯彻执行。', '二O一一年5月16日', '兖州市扩大内需投资项目管理办法', '第一条 为加强管理,制定本办法。'];
    expect((await run(text.join('\n'))).meta).toMatchObject({ issuers: ['兖州市人民政府办公室'], issuedOn: '2011-05-16' });
  });
});

describe('parts of wrappers, calls for comments and explanations (review round pages8)', () => {
  const kinds = async (lines: string[]) => (await run(lines.join('\n'))).parts.map((p) => [p.kind, p.title]);
  const reply = ['国务院关于同意设立“广东扶贫济困日”的批复', '国函〔2010〕50号', '广东省人民政府:', '你省关于设立“广东扶贫济困日”的请示收悉。现批复如下:', '一、同意设立。'];
  it('should read a 转发 notice whose title names no issuer, or that lost its title', async () => {
    const notice = ['各地级以上市人民政府,省政府各部门:', '现将《国务院关于同意设立“广东扶贫济困日”的批复》转发给你们,请认真贯彻执行。', '广东省人民政府', '二○一○年六月十三日'];
    expect(await kinds(['转发国务院关于同意设立“广东扶贫济困日”批复的通知', ...notice, ...reply])).toEqual([
      ['notice', '转发国务院关于同意设立“广东扶贫济困日”批复的通知'], ['main', '国务院关于同意设立“广东扶贫济困日”的批复'],
    ]);
    expect(await kinds([...notice, ...reply])).toEqual([['notice', null], ['main', '国务院关于同意设立“广东扶贫济困日”的批复']]);
  });
  it('should read a call for comments on a quoted draft, and a notice that issues a revised policy', async () => {
    const call = ['关于《厦门经济特区社会信用条例(草案修改二稿 征求意见稿)》公开征求意见的公告', '《厦门经济特区社会信用条例(草案)》已经市人大常委会审议,现公开征求意见。', '厦门市人大常委会办公厅', '2018年11月12日', '厦门经济特区社会信用条例', '第一章 总则', '第一条 为了规范社会信用,制定本条例。'];
    expect((await kinds(call)).map(([kind]) => kind)).toEqual(['notice', 'main']);
    const revised = ['安徽省统计局公文处理工作办法', '关于修订印发《安徽省统计局公文处理工作办法》的通知', '局机关各处室:', '现将修订后的《安徽省统计局公文处理工作办法》印发给你们。', '安徽省统计局', '2012年11月14日', '安徽省统计局公文处理工作办法', '第一条 为规范公文处理,制定本办法。'];
    expect(await kinds(revised)).toEqual([['notice', '关于修订印发《安徽省统计局公文处理工作办法》的通知'], ['main', '安徽省统计局公文处理工作办法']]);
  });
  it('should read a notice title that a scraper left a cell\'s | after', async () => {
    const text = ['绍兴市卫生计生委关于印发2016年绍兴市卫生计生工作总结和2017年绍兴市卫生计生工作要点的通知 |', '各区、县(市)卫生计生局:', '《2016年绍兴市卫生计生工作总结》和《2017年绍兴市卫生计生工作要点》已经委主任办公会议讨论通过,现印发给你们。', '绍兴市卫生计生委', '2017年2月22日', '2016年绍兴市卫生计生工作总结', '2016年全市卫生计生工作整体有序推进。'];
    expect(await kinds(text)).toEqual([
      ['notice', '绍兴市卫生计生委关于印发2016年绍兴市卫生计生工作总结和2017年绍兴市卫生计生工作要点的通知'], ['main', '2016年绍兴市卫生计生工作总结'],
    ]);
  });
  it('should read a title the page prints in 《》', async () => {
    const text = ['《关于进一步帮助市场主体纾困解难着力稳定经济增长的具体实施细则》', '为深入贯彻落实省政府文件精神,制定本细则。', '一、落实财税支持政策', '1.积极争取省级专项资金。'];
    expect((await run(text.join('\n'))).meta.title).toBe('关于进一步帮助市场主体纾困解难着力稳定经济增长的具体实施细则');
  });
  it('should read the title of an amendment with two qualifiers as a draft', async () => {
    const { meta } = await run(['中华人民共和国立法法修正案(草案)(二次审议稿)', '一、将第一条修改为:“为了规范立法活动,制定本法。”'].join('\n'));
    expect(meta).toMatchObject({ title: '中华人民共和国立法法修正案(草案)(二次审议稿)', draft: true });
  });
  it('should read a 解读 of the policy after it as its explanation', async () => {
    const text = ['某市促进消费若干措施', '一、发放消费券。', '二、举办促销活动。', '某市人民政府办公室', '2023年3月15日', '《某市促进消费若干措施》政策解读', '一、出台背景', '为提振消费,制定本措施。'];
    expect((await kinds(text)).map(([kind]) => kind)).toEqual(['main', 'explanation']);
  });
});

describe('readMeta on attachment lists printed as downloads (review round pages8)', () => {
  it('should read a list opened by 附 whose items are file names, and titles with pinyin glosses', async () => {
    const text = ['各鎮人民政府,縣政府各有關部門:', '為做好我縣創建國家衛生城市工作,現對創衛工作任務進行分解。', '附:1、創(chuàng)建國家衛生城市目標任務分解和分值責任細則.docx', '2、縣各單位創城主要工作任務.docx', '盤山縣人民政府辦公室', '2016年9月8日'];
    expect((await run(text.join('\n'))).meta.attachments).toEqual(['創建國家衛生城市目標任務分解和分值責任細則', '縣各單位創城主要工作任務']);
  });
});

describe('readMeta on red headers and glued titles (review round pages9)', () => {
  it('should take the issuer from a red header above the notice, past its 文件 and 文号, and sign at a date over a page mark', async () => {
    const text = ['新疆维吾尔自治区人民政府', '文件', '新政发〔2020〕16号', '关于印发《新疆维吾尔自治区关于进一步做好稳就业工作的实施意见》的通知', '各州、市人民政府:', '现将《新疆维吾尔自治区关于进一步做好稳就业工作的实施意见》印发给你们,请认真贯彻执行。', '2020年3月19日', '(此件公开发布)', '—1—', '新疆维吾尔自治区关于进一步做好稳就业工作的实施意见', '一、稳定就业', '做好稳就业工作。'];
    expect((await run(text.join('\n'))).meta).toMatchObject({ issuers: ['新疆维吾尔自治区人民政府'], docNumber: '新政发〔2020〕16号', issuedOn: '2020-03-19' });
  });
  it('should read a 成文日期 label with only a space before its date', async () => {
    expect((await run(['成文日期 2019-10-25', '呼和浩特市落实城市群发展规划实施方案', '一、总体要求', '加快发展。'].join('\n'))).meta.issuedOn).toBe('2019-10-25');
  });
  it('should drop a 文号 run into the start of a title, and end a title at its qualifier', async () => {
    const led = (await run(['筑府办函〔2020〕78号市人民政府办公厅关于印发贵阳市气象灾害应急预案的通知', '各区人民政府:', '一、总则', '为做好应急工作。'].join('\n'))).meta;
    expect(led).toMatchObject({ title: '市人民政府办公厅关于印发贵阳市气象灾害应急预案的通知', issuers: ['市人民政府办公厅'] });
    const text = ['(内蒙古自治区)锡林郭勒盟苏尼特右旗国民经济和社会发展十四五规划(2022年更新)', '苏尼特右旗国民经济和社会发展第十四个五年', '规划和2035年远景目标纲要', '苏尼特右旗人民政府', '一、发展基础', '经济持续增长。'];
    expect((await run(text.join('\n'))).meta.title).toBe('苏尼特右旗国民经济和社会发展第十四个五年规划和2035年远景目标纲要');
  });
  it('should read a call for comments on a quoted draft with its qualifier as a notice', async () => {
    const text = ['关于《湘西土家族苗族自治州自治条例》(修正草案·二审稿)', '公开征求意见的通知', '现将《湘西土家族苗族自治州自治条例》(修正草案·二审稿)全文公布,征求意见。', '州人大常委会法工委', '2023年11月20日', '《湘西土家族苗族自治州自治条例》', '(修正草案·二审稿)', '第一章 总则', '第一条 根据宪法,制定本条例。'];
    const { parts, meta } = await run(text.join('\n'));
    expect(parts.map((p) => p.kind)).toEqual(['notice', 'main']);
    expect(meta).toMatchObject({ title: '湘西土家族苗族自治州自治条例', issuers: ['州人大常委会法工委'], issuedOn: '2023-11-20', draft: true });
  });
});

describe('readMeta on titles as pages print them (review round pages9)', () => {
  it('should leave pinyin glosses out of a title', async () => {
    expect((await run(['關(guān)于延長(zhǎng)中心城區(qū)靜態(tài)管理時(shí)間的通告', '一、延長管理時間', '延長至4月8日。'].join('\n'))).meta.title).toBe('關于延長中心城區靜態管理時間的通告');
  });
  it('should take joint issuers parted by a space from the title line', async () => {
    const { meta } = await run(['中共云南省委 云南省人民政府关于全面推进美丽云南建设的实施意见', '一、总体要求', '全面推进美丽云南建设。'].join('\n'));
    expect(meta).toMatchObject({ title: '中共云南省委云南省人民政府关于全面推进美丽云南建设的实施意见', issuers: ['中共云南省委', '云南省人民政府'] });
  });
  it('should join a notice title broken over four lines', async () => {
    const text = ['广西壮族自治区人民政府办公厅关于', '印发乡村振兴产业发展基础设施', '公共服务能力提升三年行动计划', '(2018—2020年)的通知', '(桂政办发〔2018〕46号)', '各市、县人民政府:', '现将《乡村振兴产业发展基础设施公共服务能力提升三年行动计划(2018—2020年)》印发给你们。', '2018年5月10日', '乡村振兴产业发展基础设施公共服务', '能力提升三年行动计划(2018—2020年)', '一、总体要求', '加快发展。'];
    const { parts } = await run(text.join('\n'));
    expect(parts.map((p) => [p.kind, p.title])).toEqual([
      ['notice', '广西壮族自治区人民政府办公厅关于印发乡村振兴产业发展基础设施公共服务能力提升三年行动计划(2018—2020年)的通知'],
      ['main', '乡村振兴产业发展基础设施公共服务能力提升三年行动计划(2018—2020年)'],
    ]);
  });
});

describe('parts and metadata of the diffs judged worse at first', () => {
  it('should sign a reply at a date that bare | lines of the page follow', async () => {
    const text = ['国务院关于同意湖北省监利县撤县设市的批复', '湖北省人民政府:', '一、同意撤销监利县,设立县级监利市。', '二、上述行政区划调整所需的经费由你省自行解决。', '国 务 院', '二0一三年八月六日', '|', '|'];
    const { meta, parts } = await run(text.join('\n'));
    expect(meta).toMatchObject({ issuers: ['国务院'], issuedOn: '2013-08-06' });
    expect(parts[0]!.sections.at(-1)!.text).toBe('二、上述行政区划调整所需的经费由你省自行解决。');
  });
  it('should make a notice of a call for comments that lost its title', async () => {
    const text = ['为了提高行政立法工作质量,现将市司法局起草的《行政立法听证规则(草案)》(征求意见稿)全文公开,征求社会各界的意见和建议。有关事项告知如下:', '一、公开征求意见的时间', '2022年11月23日至12月9日。', '特此公告。', '常州市司法局', '2022年11月23日', '行政立法听证规则(草案)(征求意见稿)', '第一条 为了规范行政立法听证,制定本规则。'];
    expect((await run(text.join('\n'))).parts.map((p) => p.kind)).toEqual(['notice', 'main']);
  });
  it('should look for the issued policy after the sentence that issues it', async () => {
    const text = ['关于印发《新疆维吾尔自治区关于进一步做好稳就业工作的实施意见》的通知', '各州、市人民政府:', '《新疆维吾尔自治区关于进一步做好稳就业工作的实施意见》', '已经自治区人民政府常务会议审议通过,现印发给你们,请认真贯彻执行。', '2020年3月19日', '新疆维吾尔自治区关于进一步做好稳就业工作的实施意见', '一、稳定就业', '做好稳就业工作。'];
    const { parts } = await run(text.join('\n'));
    expect(parts.map((p) => [p.kind, text.join('\n').slice(p.span[0], p.span[0] + 8)])).toEqual([['notice', '关于印发《新疆维'], ['main', '新疆维吾尔自治区']]);
    expect(parts[1]!.span[0]).toBe(text.join('\n').lastIndexOf('新疆维吾尔自治区关于'));
  });
  it('should keep the fields of a 信息公开 box out of the title, and read a decree number after the title it promulgates', async () => {
    const header = ['文号 温鹿政发〔2022〕11号 有效性 废止', '统一编号 CLCD00-2022-0003 下载阅读版本', '温州市鹿城区人民政府关于印发若干政策意见的通知', '各街道办事处:', '一、总体要求', '加快发展。'];
    expect((await run(header.join('\n'))).meta).toMatchObject({ title: '温州市鹿城区人民政府关于印发若干政策意见的通知', docNumber: '温鹿政发〔2022〕11号' });
    const decree = ['广西壮族自治区土地整治办法 广西壮族自治区人民政府令 第116号', '第一条 为了规范土地整治,制定本办法。'];
    expect((await run(decree.join('\n'))).meta.docNumber).toBe('广西壮族自治区人民政府令第116号');
  });
});

describe('readMeta on page headers', () => {
  // Web excerpts (review round pages5): the time after a page's view count, a bare 日期 label.
  it.each([
    ['浏览量:          时间:2016-01-17 23:45:19', '2016-01-17'],
    ['日期:2021-12-03 字号: 分享到:', '2021-12-03'],
  ])('should read the publication date in "%s"', async (header, date) => {
    const text = ['通城县经济和社会发展第十一个五年规划纲要', header, '一、发展基础', '全县经济持续增长。'];
    expect((await run(text.join('\n'))).meta.publishedOn).toBe(date);
  });
});

describe('readMeta on titles of laws and proposals', () => {
  it.each([
    // Web excerpts (review rounds pages4 and pages5).
    ['中华人民共和国国家通用语言文字法', '第一条 为推动国家通用语言文字的规范化、标准化及其健康发展，制定本法。'],
    ['中共温州市鹿城区委关于制定鹿城区国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议', '一、全面开启现代化建设新征程'],
  ])('should read "%s" as the title', async (title, body) => {
    expect((await run(['您的位置: 首页 » 法律法规', title, body].join('\n'))).meta.title).toBe(title);
  });
  it('should not read a line that ends in a word for a method as a title', async () => {
    expect((await run(['要创新工作方法', '一、总体要求', '坚持问题导向。'].join('\n'))).meta.title).toBeNull();
  });
});

describe('readDate', () => {
  it.each([
    ['2022年12月6日', '2022-12-06'],
    ['2022-12-06', '2022-12-06'],
    ['二〇〇四年六月二十六日', '2004-06-26'],
    ['二○一八年十二月三十一日', '2018-12-31'],
    ['２０１８年１１月２７日', '2018-11-27'],
    ['二00五年六月十七日', '2005-06-17'],
  ])('should read %s', (text, iso) => expect(readDate(text)).toBe(iso));

  it('should read a labelled publication date written in full-width digits', async () => {
    const text = '发文机关： | 国务院\n成文日期： | ２０１８年１１月２０日\n发布日期： | ２０１８年１１月２７日\n\n国务院关于同意建立某某制度的批复\n教育部：\n同意。';
    expect((await run(text)).meta).toMatchObject({ issuedOn: '2018-11-20', publishedOn: '2018-11-27' });
  });
  it('should refuse a date that does not exist', () => expect(readDate('二〇二三年二月三十日')).toBeUndefined());
});
