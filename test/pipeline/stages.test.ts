// Each stage alone, run through unified exactly as the processor runs it.
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import { VFile } from 'vfile';
import decode from '../../pipeline/decode.js';
import normalise from '../../pipeline/normalise.js';
import segment from '../../pipeline/segment.js';
import extract from '../../pipeline/extract.js';
import type { PolicyRoot } from '../../src/tree.js';
import type { WordSegmenter } from '../../src/segmenter/index.js';
import { run } from '../helpers.js';

/** The decode stage alone: its parser (bytes → text) and its transformer (text → blocks). */
async function decoded(value: Uint8Array | string, path = 'doc.txt'): Promise<PolicyRoot> {
  const processor = unified().use(decode);
  const file = new VFile({ value, path });
  return (await processor.run(processor.parse(file), file)) as PolicyRoot;
}
const bytes = (...parts: Array<number[] | string>) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

async function through(stages: 'normalise' | 'segment' | 'extract', text: string, path = 'doc.txt', segmenter?: () => WordSegmenter) {
  let processor = unified().use(decode).use(normalise);
  if (stages !== 'normalise') processor = processor.use(segment);
  if (stages === 'extract') processor = processor.use(extract, segmenter ? { segmenter } : {});
  const file = new VFile({ value: text, path });
  return (await processor.run(processor.parse(file), file)) as PolicyRoot;
}

describe('decode', async () => {
  it('should drop a UTF-8 byte-order mark so spans index the text after it', async () => {
    const tree = await decoded(bytes([0xef, 0xbb, 0xbf], '一、总体要求\n'));
    expect(tree.source).toBe('一、总体要求\n');
    expect(tree.encoding).toBe('utf-8');
    expect(tree.blocks).toEqual([{ type: 'line', span: [0, 6] }]);
  });

  it('should decode UTF-16LE with its byte-order mark', async () => {
    const utf16 = [0xff, 0xfe, ...[...'一、甲'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])];
    const tree = await decoded(Uint8Array.from(utf16));
    expect(tree.source).toBe('一、甲');
    expect(tree.encoding).toBe('utf-16le');
  });

  it('should refuse damaged UTF-8 (a truncated character) with a rule id and the byte, not replace it', async () => {
    const damaged = bytes('一、总体要求\n', [0xe6, 0x94]);
    await expect(decoded(damaged)).rejects.toMatchObject({ ruleId: 'decode-invalid-bytes', fatal: true, reason: expect.stringContaining('at byte 19') });
  });

  it('should refuse bytes that fit no supported encoding', async () => {
    await expect(decoded(bytes([0xc3, 0x28, 0xff]))).rejects.toMatchObject({ ruleId: 'decode-unsupported-encoding' });
  });

  it('should keep indentation (ideographic spaces) outside line spans', async () => {
    const tree = await decoded('　　第一条　为了规范管理。\r\n\r\n  二、任务');
    expect(tree.blocks.map((b) => tree.source.slice(b.span[0], b.span[1]))).toEqual(['第一条　为了规范管理。', '二、任务']);
  });

  it('should read Markdown blocks: heading marks and HTML comments are not text, GFM tables are tables', async () => {
    const md = '# 某某条例\n\n2020年1月1日 通过\n\n<!-- INFO END -->\n\n## 第一章　总则\n\n第一条 为了规范管理。\n\n| 序号 | 名称 |\n| --- | --- |\n| 1 | 甲 |\n';
    const tree = await decoded(md, 'doc.md');
    expect(tree.format).toBe('markdown');
    const lines = tree.blocks.filter((b) => b.type === 'line').map((b) => md.slice(b.span[0], b.span[1]));
    expect(lines).toEqual(['某某条例', '2020年1月1日 通过', '第一章　总则', '第一条 为了规范管理。']);
    const table = tree.blocks.find((b) => b.type === 'table');
    expect(table).toMatchObject({ header: ['序号', '名称'], rows: [['1', '甲']] });
  });
});

describe('normalise', () => {
  it('should build a view of the same length with full-width and traditional forms mapped', async () => {
    const tree = await through('normalise', '（一）區工業和信息化局牽頭，２．４７萬座');
    expect(tree.view).toBe('(一)区工业和信息化局牵头,2.47万座');
    expect(tree.view.length).toBe(tree.source.length);
  });
});

describe('segment', () => {
  it('should put page noise outside every part and find the notice, the policy and the explanation', async () => {
    const text = '当前位置 : 首页\n> 政民互动\n关于公开征求《关于推进某某工作的实施意见(征求意见稿)》意见的公告\n点击次数:\n现公开征求意见。\n某某局\n2022年12月6日\n关于推进某某工作的实施意见\n(征求意见稿)\n一、总体要求\n(一)指导思想。坚持。\n《关于推进某某工作的实施意见(草案)》起草说明\n一、起草背景\n扫一扫';
    const tree = await through('segment', text);
    expect(tree.children.map((p) => [p.kind, p.title])).toEqual([
      ['notice', '关于公开征求《关于推进某某工作的实施意见(征求意见稿)》意见的公告'],
      ['main', '关于推进某某工作的实施意见'],
      ['explanation', '《关于推进某某工作的实施意见(草案)》起草说明'],
    ]);
    const first = tree.children[0]!;
    expect(text.slice(0, first.span[0])).toBe('当前位置 : 首页\n> 政民互动\n');
    const ownText = first.lines.map((l) => text.slice(l.span[0], l.span[1]));
    expect(ownText).not.toContain('点击次数:');
    expect(tree.children[1]!.children.map((s) => s.marker)).toEqual(['一、']);
    expect(tree.children.at(-1)!.span[1]).toBe(text.indexOf('\n扫一扫'));
  });

  it('should keep the signature block and attachment list out of the last section', async () => {
    const text = '某某实施方案\n一、任务\n1.甲。\n2.乙。\n附件:1.指标表\n2.平台清单\n某某市人民政府\n2022年10月20日\n附件1\n指标表\n|\n序号 |\n名称 |\n|\n1 |\n甲 |';
    const tree = await through('segment', text);
    const [main, attachment] = tree.children;
    const last = main!.children[0]!.children.at(-1)!;
    expect(text.slice(last.span[0], last.span[1])).toBe('2.乙。');
    expect(main!.lines.map((l) => text.slice(l.span[0], l.span[1]))).toContain('某某市人民政府');
    expect(attachment).toMatchObject({ kind: 'attachment', title: '指标表' });
    expect(attachment!.tables[0]).toMatchObject({ title: '指标表', header: ['序号', '名称'], rows: [['1', '甲']] });
  });

  // gov.cn (国办发〔2018〕124号): a notice that names what it issues without quoting it ("两个规定"); the sentence that
  // issues them quotes them. A title's first line may end in a collective word (…事业单位) and still open it.
  it('should find the policies a notice issues from its issuing sentence when its title does not quote them', async () => {
    const text = [
      '国务院办公厅关于印发文化体制改革中', '经营性文化事业单位转制为企业和进一步', '支持文化企业发展两个规定的通知', '国办发〔2018〕124号',
      '各省、自治区、直辖市人民政府：', '《文化体制改革中经营性文化事业单位转制为企业的规定》和《进一步支持文化企业发展的规定》已经国务院同意，现印发给你们，请认真贯彻执行。',
      '国务院办公厅', '2018年12月18日', '文化体制改革中经营性文化事业单位', '转制为企业的规定', '为进一步深化文化体制改革，特制定以下规定：',
      '一、关于公司制股份制改革', '（一）经营性文化事业单位转制为企业。', '进一步支持文化企业发展的规定', '为促进文化企业发展，特制定以下规定：', '一、关于财政税收', '（一）创新资金投入方式。',
    ].join('\n');
    const tree = await through('segment', text);
    expect(tree.children.map((p) => [p.kind, p.title])).toEqual([
      ['notice', '国务院办公厅关于印发文化体制改革中经营性文化事业单位转制为企业和进一步支持文化企业发展两个规定的通知'],
      ['main', '文化体制改革中经营性文化事业单位转制为企业的规定'],
      ['main', '进一步支持文化企业发展的规定'],
    ]);
  });

  // A local plan's page that lost the notice's title line to the page header (新余, 2023): the lines above the
  // policy issue it by name, so they are a notice, and its signature dates and signs the document.
  it('should make a notice of the lines that issue the policy by name when the notice has no title', async () => {
    const text = [
      '- 信息来源:市政府', '各县(区)人民政府、管委会,市政府各部门、市直相关单位:', '《2023年新余市政务公开工作要点》已经市政府同意,现印发给你们,请结合实际认真贯彻落实。',
      '新余市人民政府办公室', '2023年8月7日', '(此件主动公开)', '2023年新余市政务公开工作要点', '为进一步深化政务公开工作,制定本要点。', '一、总体要求', '(一)指导思想',
    ].join('\n');
    const tree = await through('segment', text);
    expect(tree.children.map((p) => [p.kind, p.title])).toEqual([['notice', null], ['main', '2023年新余市政务公开工作要点']]);
    expect(text.slice(tree.children[0]!.span[0])).toMatch(/^各县\(区\)人民政府/);
    expect((await run(text)).meta).toMatchObject({ issuers: ['新余市人民政府办公室'], issuedOn: '2023-08-07' });
  });

  // 沁县 and 广东 plans: a notice without its title line that issues differently named lists, and a signature date
  // run into the policy's title line above it.
  it('should make a notice of lines that issue what they quote, and keep a date line out of the title', async () => {
    const text = [
      '县示范区管委会,各乡、镇人民政府,县直各有关单位:', '经县政府同意,现将《2025年县<政府工作报告>任务分解》印发给你们。', '一、责任到人,闭环管理。', '二、节点管控,动态调度。',
      '沁县人民政府办公室', '一一年十一月二十九日', '2025年县政府工作报告任务清单', '1.扩大有效投资。(县发改局牵头)',
    ].join('\n');
    expect((await through('segment', text)).children.map((p) => [p.kind, p.title])).toEqual([['notice', null], ['main', '2025年县政府工作报告任务清单']]);
  });

  // A plan titled with its span governs from its first year: its goals for that year are targets, not history.
  it('should take the first year of a span in the title as the year the document governs', async () => {
    const doc = await run('六盘水市新型基础设施建设三年行动方案(2022—2024年)\n一、主要目标\n2022年,全市新建5G基站2600个以上。\n到2024年,全面建成。');
    expect(doc.parts[0]!.sections[0]!.deadlines.map((d) => [d.text, (d as { date: string }).date])).toEqual([['2022年', '2022-12-31'], ['到2024年', '2024-12-31']]);
  });

  // gov.cn (国函〔2006〕132号): 附件1. alone on its line, a title that breaks off after 的, a units line above the table.
  it('should open an attachment at "附件1.", join a title broken after 的, and skip a units line for the table title', async () => {
    const text = [
      '国务院关于深圳湾口岸港方口岸区范围的批复', '一、口岸区范围', '具体以界址点坐标控制。', '附件1.深圳湾口岸港方口岸区的查验区界址点坐标', '2.深圳湾公路大桥部分桥面界址点坐标',
      '国务院', '二〇〇六年十二月三十日', '附件1.', '深圳湾口岸港方口岸区的', '查验区界址点坐标', '单位：米', '编号 | X坐标 | Y坐标', '1 | 15172.5 | 103655.0',
    ].join('\n');
    const tree = await through('segment', text);
    const attachment = tree.children[1]!;
    expect(attachment).toMatchObject({ kind: 'attachment', title: '深圳湾口岸港方口岸区的查验区界址点坐标' });
    expect(attachment.tables[0]).toMatchObject({ title: '查验区界址点坐标', header: ['编号', 'X坐标', 'Y坐标'] });
    expect((await run(text)).meta.attachments).toEqual(['深圳湾口岸港方口岸区的查验区界址点坐标', '深圳湾公路大桥部分桥面界址点坐标']);
  });

  // gov.cn (../shared/wild gov-23): an attachment's title broken over two lines under 附件1.
  // OUTPUT.md: a section's span is the whole section; a table under it is part of it (review round pages7).
  it('should let a section and the sections above it span the table under it', async () => {
    const text = ['关于推进养老服务的实施方案', '一、主要指标', '1.补助标准如下:', '| 项目 | 标准 |', '| 新建 | 3000元 |', '二、保障措施', '加强领导。'].join('\n');
    const tree = await through('segment', text);
    const [one, two] = tree.children[0]!.children;
    const tableEnd = tree.children[0]!.tables[0]!.span[1];
    expect([one!.span[1], one!.children[0]!.span[1]]).toEqual([tableEnd, tableEnd]);
    expect(two!.span[0]).toBeGreaterThan(tableEnd);
    // A table after a line that opens an attachment (附：) is the attachment's, not the last section's.
    const attached = await through('segment', ['关于扩大招生的通知', '一、扩大招生', '招生计划见附表。', '附：', '招生计划表', '| 省 | 人数 |', '| 北京 | 30 |'].join('\n'));
    expect(attached.children[0]!.children[0]!.span[1]).toBeLessThan(attached.children[0]!.tables[0]!.span[0]);
  });

  it('should title a table by a caption that names it, not by a lead-in or a section heading', async () => {
    const titles = async (above: string) => (await through('segment', ['关于推进养老服务的实施方案', above, '| 项目 | 标准 |', '| 新建 | 3000元 |'].join('\n'))).children[0]!.tables[0]!.title;
    expect(await titles('表2 部分机具补贴标准')).toBe('表2 部分机具补贴标准');
    expect(await titles('一、2024年重点任务分解表')).toBe('一、2024年重点任务分解表');
    expect(await titles('第二条 创新券支持范围及额度如下:')).toBeNull();
    expect(await titles('一、任务分工')).toBeNull();
  });

  it('should join an attachment title broken over two lines', async () => {
    const text = '某某复函\n一、意见\n同意。\n附件1\n关于湖北省巴东县官渡口镇马鬃山村\n地质险情调研情况的报告\n今年4月，我部组织专家赴现场调研。';
    const [, attachment] = (await through('segment', text)).children;
    expect(attachment).toMatchObject({ kind: 'attachment', title: '关于湖北省巴东县官渡口镇马鬃山村地质险情调研情况的报告' });
  });
});

describe('extract', () => {
  it('should use the segmenter it is given (the engine can be swapped)', async () => {
    const calls: string[] = [];
    const noSplit: WordSegmenter = { cut: (text) => (calls.push(text), [text]) };
    const tree = await through('extract', '某某方案\n一、任务。(责任单位:市大数据中心及联席会议相关成员单位)', 'doc.txt', () => noSplit);
    const note = tree.children[0]!.children[0]!.responsibility!;
    expect(calls).toContain('市大数据中心及联席会议相关成员单位');
    expect(note.units).toEqual(['市大数据中心及联席会议相关成员单位']);
  });

  it('should attach entities to the innermost section and leave preamble entities on the part', async () => {
    const tree = await through('extract', '某某方案\n到2025年，建成10个园区。\n一、任务\n（一）甲。建成5G基站8000座以上。');
    const [part] = tree.children;
    expect(part!.deadlines.map((d) => d.text)).toEqual(['到2025年']);
    expect(part!.quantities.map((q) => q.text)).toEqual(['10个']);
    expect(part!.children[0]!.quantities).toEqual([]);
    expect(part!.children[0]!.children[0]!.quantities.map((q) => q.text)).toEqual(['8000座']);
  });
});
