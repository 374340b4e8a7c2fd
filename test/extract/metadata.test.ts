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

  it('should take an issuer from the title only when it is an organ in full, never a bare region', async () => {
    expect((await run('临沂市关于加快数字经济发展的实施意见\n一、总体要求\n推进发展。')).meta.issuers).toEqual([]);
    expect((await run('临沂市人民政府关于加快数字经济发展的实施意见\n一、总体要求\n推进发展。')).meta.issuers).toEqual(['临沂市人民政府']);
  });
});

describe('readDate', () => {
  it.each([
    ['2022年12月6日', '2022-12-06'],
    ['2022-12-06', '2022-12-06'],
    ['二〇〇四年六月二十六日', '2004-06-26'],
    ['二○一八年十二月三十一日', '2018-12-31'],
  ])('should read %s', (text, iso) => expect(readDate(text)).toBe(iso));
  it('should refuse a date that does not exist', () => expect(readDate('二〇二三年二月三十日')).toBeUndefined());
});
