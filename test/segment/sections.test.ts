import { describe, expect, it } from 'vitest';
import { buildSections, matchMarker } from '../../src/segment/sections.js';
import { textLines } from '../../src/text/lines.js';
import { matchingView } from '../../src/text/view.js';
import type { SectionNode } from '../../src/tree.js';

function tree(text: string): string[] {
  const { sections } = buildSections(text, matchingView(text), textLines(text));
  const out: string[] = [];
  const walk = (list: SectionNode[], prefix: string) =>
    list.forEach((s) => {
      const path = `${prefix}${s.style}:${s.number}`;
      out.push(`${path}@${s.level}`);
      walk(s.children, `${path}/`);
    });
  walk(sections, '');
  return out;
}

describe('matchMarker', () => {
  it.each([
    ['一、总体要求', 'cn-comma', 1],
    ['(十二)加快推广5G融合应用', 'cn-paren', 12],
    ['（一）指导思想', 'cn-paren', 1],
    ['〔三〕强化监测', 'cn-paren', 3],
    ['12.加强监测考评', 'ar-dot', 12],
    ['3、推进建设', 'ar-dot', 3],
    ['4．做优集群', 'ar-dot', 4],
    ['(2)专家组', 'ar-paren', 2],
    ['②完善机制', 'circled', 2],
    ['第一章　总则', 'chapter', 1],
    ['第十二条 为了', 'article', 12],
    ['第一部分,提出了总体要求', 'part', 1],
    ['⑶强化保障', 'ar-paren', 3],
    ['1﹒加强组织领导', 'ar-dot', 1],
    ['二﹑主要任务', 'cn-comma', 2],
    // 、 is never a decimal point: 1、30家企业 opens item 1 (1.30家 reads as a decimal).
    ['1、30家企业完成技术改造', 'ar-dot', 1],
    // A scraped regulation prints its chapter's number and title on two lines (review round pages5).
    ['第一章', 'chapter', 1],
  ])('should read "%s" as %s %d', (line, style, number) => {
    expect(matchMarker(matchingView(line))).toMatchObject({ style, number });
  });
  it.each(['2.47万座', '2022年底', '一是加强领导', '1.', '第一条例', '5G基站'])('should not read "%s" as a marker', (line) => {
    expect(matchMarker(matchingView(line))).toBeNull();
  });
});

describe('buildSections', () => {
  it('should nest (一) under 一、 when 一、 comes first', () => {
    expect(tree('一、甲\n（一）乙\n1.丙\n2.丁\n（二）戊\n3.己\n二、庚')).toEqual([
      'cn-comma:1@1', 'cn-comma:1/cn-paren:1@2', 'cn-comma:1/cn-paren:1/ar-dot:1@3', 'cn-comma:1/cn-paren:1/ar-dot:2@3',
      'cn-comma:1/cn-paren:2@2', 'cn-comma:1/cn-paren:2/ar-dot:3@3', 'cn-comma:2@1',
    ]);
  });

  it('should make (一) the outer level when it appears first', () => {
    expect(tree('（一）甲\n1.乙\n（二）丙')).toEqual(['cn-paren:1@1', 'cn-paren:1/ar-dot:1@2', 'cn-paren:2@1']);
  });

  it('should nest articles under chapters and items under articles', () => {
    expect(tree('第一章 总则\n第一条 目的。\n第二条 范围如下：\n（一）甲；\n（二）乙。\n第二章 附则\n第三条 施行。')).toEqual([
      'chapter:1@1', 'chapter:1/article:1@2', 'chapter:1/article:2@2', 'chapter:1/article:2/cn-paren:1@3',
      'chapter:1/article:2/cn-paren:2@3', 'chapter:2@1', 'chapter:2/article:3@2',
    ]);
  });

  // Scraped regulations (review round pages5): a table of contents, a chapter's number alone on its line.
  it('should read a table of contents as text, not as chapters', () => {
    expect(tree('目 录\n第一章 总 则\n第二章 议案的提出\n第一章 总 则\n第一条 为了规范，制定本规定。\n第二章 议案的提出\n第二条 议案应当书面提出。')).toEqual([
      'chapter:1@1', 'chapter:1/article:1@2', 'chapter:2@1', 'chapter:2/article:2@2',
    ]);
    expect(tree('第一章 总则\n第二章 地震监测预报\n第三章 附则\n一、第三条第二款修改为：\n二、第四条第一款修改为：')).toEqual(['cn-comma:1@1', 'cn-comma:2@1']);
  });

  it('should keep chapters, divisions and articles that follow each other once', () => {
    expect(tree('第一章 总则\n第一节 一般规定\n第一条 为了规范，制定本规定。')).toEqual(['chapter:1@1', 'chapter:1/division:1@2', 'chapter:1/division:1/article:1@3']);
  });

  it('should read a chapter whose title is on the next line', () => {
    expect(tree('第一章\n总  则\n第一条 为了规范，制定本规定。')).toEqual(['chapter:1@1', 'chapter:1/article:1@2']);
  });

  it('should let numbering continue across branches (4. under (二) after 1.–3. under (一))', () => {
    expect(tree('（一）甲\n1.a\n3.c\n（二）乙\n4.d')).toEqual([
      'cn-paren:1@1', 'cn-paren:1/ar-dot:1@2', 'cn-paren:1/ar-dot:3@2', 'cn-paren:2@1', 'cn-paren:2/ar-dot:4@2',
    ]);
  });

  it('should not open a level for a stray number that does not start at 1', () => {
    expect(tree('一、甲\n3、这一行不是新的层级\n二、乙')).toEqual(['cn-comma:1@1', 'cn-comma:2@1']);
  });

  it('should give a section the span of its children and its own lines only as text', () => {
    const text = '一、甲\n说明。\n（一）乙\n内容';
    const { sections } = buildSections(text, matchingView(text), textLines(text));
    const first = sections[0]!;
    expect(text.slice(first.span[0], first.span[1])).toBe(text);
    expect(first.lines.map((l) => text.slice(l.span[0], l.span[1]))).toEqual(['一、甲', '说明。']);
  });

  // gov.cn (../shared/wild gov-33): the 款 after an article's 项 are the article's, not its last item's.
  it('should give the paragraphs after a colon-introduced list of one-paragraph items back to the parent of the list', () => {
    const text = [
      '第十六条　个人所得税法第六条第一款第五项规定的财产原值，按照下列方法计算：',
      '（一）有价证券，为买入价以及买入时按照规定交纳的有关费用；',
      '（二）建筑物，为建造费或者购进价格以及其他有关费用；',
      '（三）机器设备、车船，为购进价格、运输费、安装费以及其他有关费用。',
      '其他财产，参照前款规定的方法确定财产原值。',
      '第十七条　财产转让所得，按照一次转让财产的收入额减除财产原值和合理费用后的余额计算纳税。',
    ].join('\n');
    const { sections } = buildSections(text, matchingView(text), textLines(text));
    const own = (s: SectionNode) => s.lines.map((l) => text.slice(l.span[0], l.span[1]));
    expect(own(sections[0]!.children[2]!)).toEqual(['（三）机器设备、车船，为购进价格、运输费、安装费以及其他有关费用。']);
    expect(own(sections[0]!).at(-1)).toBe('其他财产，参照前款规定的方法确定财产原值。');
  });

  // Sample 000: items that run over paragraphs keep those after the last one.
  it('should leave the paragraphs after the last item to it when items run over several paragraphs', () => {
    const text = ['一、起草背景', '为加快发展数字经济。', '二、主要内容', '共分为三部分:', '第一部分,提出了总体要求。', '第二部分,明确了重点任务。', '数字产业方面,重点推进。', '第三部分,制定了保障措施。', '监测考评方面,提出了举措。'].join('\n');
    const { sections } = buildSections(text, matchingView(text), textLines(text));
    const last = sections[1]!.children.at(-1)!;
    expect(last.lines.map((l) => text.slice(l.span[0], l.span[1]))).toEqual(['第三部分,制定了保障措施。', '监测考评方面,提出了举措。']);
  });

  it('should split an article from its chapter line: 第一章　总则　　第一条　为了…', () => {
    const text = '第一章　总则　　第一条　为了规范管理，制定本条例。\n第二条　本条例适用于本省。\n第二章　附则\n第三条　施行。';
    const { sections } = buildSections(text, matchingView(text), textLines(text));
    expect(tree(text)).toEqual(['chapter:1@1', 'chapter:1/article:1@2', 'chapter:1/article:2@2', 'chapter:2@1', 'chapter:2/article:3@2']);
    expect(sections[0]!.heading).toBe('总则');
    const article = sections[0]!.children[0]!;
    expect(text.slice(article.span[0], article.span[1])).toBe('第一条　为了规范管理，制定本条例。');
  });

  it('should find articles of a text that lost its opening (numbering from 第三条)', () => {
    expect(tree('第一章  总则\n为了加强管理，制定本条例。\n第三条 县级以上人民政府应当加强领导。\n第四条 主管部门负责监督。')).toEqual([
      'chapter:1@1', 'chapter:1/article:3@2', 'chapter:1/article:4@2',
    ]);
  });

  it('should put a chapter that appears after articles above them, not under the last article', () => {
    expect(tree('第一条 目的。\n第二条 范围。\n第二章 体系\n第三条 建设。\n第三章 附则\n第四条 施行。')).toEqual([
      'article:1@1', 'article:2@1', 'chapter:2@1', 'chapter:2/article:3@2', 'chapter:3@1', 'chapter:3/article:4@2',
    ]);
  });

  it('should open a level whose first item was lost when its successor follows: （二）（三） without （一）', () => {
    expect(tree('第十六条 下列区域应当设置照明设施：\n山体、堤岸的立面；\n（二）大型广场周边；\n（三）主要道路两侧。\n第十七条 施行。')).toEqual([
      'article:16@1', 'article:16/cn-paren:2@2', 'article:16/cn-paren:3@2', 'article:17@1',
    ]);
  });

  it('should not nest 一、 in a list of 1. items that comes before it, but keep 第一部分 where it appears inside 二、', () => {
    expect(tree('1.规模突破1000亿元。\n2.建成5G基站5000座。\n一、总体要求\n（一）指导思想\n1.加快建设')).toEqual([
      'ar-dot:1@1', 'ar-dot:2@1', 'cn-comma:1@1', 'cn-comma:1/cn-paren:1@2', 'cn-comma:1/cn-paren:1/ar-dot:1@3',
    ]);
    expect(tree('一、起草背景\n二、主要内容\n第一部分,提出了总体要求。\n第二部分,明确了重点任务。')).toEqual([
      'cn-comma:1@1', 'cn-comma:2@1', 'cn-comma:2/part:1@2', 'cn-comma:2/part:2@2',
    ]);
  });
});
