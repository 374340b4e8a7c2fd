import { describe, expect, it } from 'vitest';
import { matchingView } from '../../src/text/view.js';

describe('matchingView', () => {
  it.each([
    ['（一）１２３，：；％', '(一)123,:;%'],
    ['　　区工业', '  区工业'],
    ['區工業和信息化局牽頭', '区工业和信息化局牵头'],
    ['億元 萬戶 個 條 臺 號 兩', '亿元 万户 个 条 台 号 两'],
  ])('should map "%s" one for one', (source, view) => {
    const out = matchingView(source);
    expect(out).toBe(view);
    expect(out.length).toBe(source.length);
  });

  it('should keep the length of text with surrogate pairs and rare characters', () => {
    const source = '𠀀𪚥（２０２２－２０２４年）堃';
    expect(matchingView(source).length).toBe(source.length);
  });
});
