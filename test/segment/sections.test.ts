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
});
