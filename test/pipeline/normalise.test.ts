import { describe, expect, it } from 'vitest';
import { blankInlineNoise } from '../../pipeline/normalise.js';
import { pinyinGloss } from '../../src/rules/zh/page.js';

// What the gloss rule gives as one global replace: the reference the stage must equal.
const replaced = (view: string) => view.replace(pinyinGloss, (m) => ' '.repeat(m.length));

describe('normalise: inline page noise', () => {
  it('blanks a pinyin gloss after a Chinese character, with the space before and after it', () => {
    expect(blankInlineNoise('重庆(chóng)市')).toBe(`重庆${' '.repeat(7)}市`);
    expect(blankInlineNoise('乡 (xiāng) 村')).toBe(`乡${' '.repeat(9)}村`);
  });

  it('keeps brackets that are no gloss: not after a Chinese character, too long, not Latin', () => {
    for (const view of ['(a)开头', 'X(ab) (cd)', '项目(abcdefgh)', '第(一)条', '建成10个(含)以上', '']) expect(blankInlineNoise(view)).toBe(view);
  });

  it.each([
    '中(ab)(cd)', '中(ab) (cd)', '中 (ab)文 (cd)', '中((ab)', '中(ab1)中(ab12)', '软件定义网络(SDN) 建设', '中\u3000(ab)',
    '(a)(b)中(c)', '中(a)\n(b)', '到2025年(dào)底前完成',
  ])('blanks exactly what a global replace of the rule blanks: %j', (view) => {
    expect(blankInlineNoise(view)).toBe(replaced(view));
    expect(blankInlineNoise(view).length).toBe(view.length);
  });
});
