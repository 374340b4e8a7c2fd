import { describe, expect, it } from 'vitest';
import { matchingView } from '../../src/text/view.js';

describe('matchingView', () => {
  it.each([
    ['（一）１２３，：；％', '(一)123,:;%'],
    ['　　区工业', '  区工业'],
    ['區工業和信息化局牽頭', '区工业和信息化局牵头'],
    ['億元 萬戶 個 條 臺 號 兩', '亿元 万户 个 条 台 号 两'],
    // Compatibility forms: small-form and vertical punctuation, half-width ideographic marks.
    ['1﹒加强 2︒ 一﹑ ﹙二﹚ ﹝三﹞ 3､ ｡', '1.加强 2。 一、 (二) 〔三〕 3、 。'],
    // Compatibility ideographs and Kangxi radicals read as the unified ideograph.
    ['⼀、⼆', '一、二'],
  ])('should map "%s" one for one', (source, view) => {
    const out = matchingView(source);
    expect(out).toBe(view);
    expect(out.length).toBe(source.length);
  });

  it('should keep enclosed numerals as written: they are markers of their own', () => {
    expect(matchingView('①加强 ⑴ ㈠ ㊀')).toBe('①加强 ⑴ ㈠ ㊀');
  });

  it('should keep the length of text with surrogate pairs and rare characters', () => {
    const source = '𠀀𪚥（２０２２－２０２４年）堃';
    expect(matchingView(source).length).toBe(source.length);
    expect(matchingView(source)).toBe('𠀀𪚥(2022-2024年)堃');
  });

  it('should pass surrogate pairs and a lone surrogate through unchanged while it folds the rest', () => {
    expect(matchingView('𠀀，\ud800：發展')).toBe('𠀀,\ud800:发展');
  });
});
