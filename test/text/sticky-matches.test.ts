import { describe, expect, it } from 'vitest';
import { stickyMatches } from '../../src/text/sticky-matches.js';
import { CharSet } from '../../src/text/char-set.js';

// A small quantity-like pattern: tried only at its possible starts, it must find
// exactly what a global search finds, match for match.
const source = String.raw`(百分之)?(\d+(?:\.\d+)?[万亿]?|[一二三四五六七八九十]+)(个|元|座|%)?`;
const sticky = new RegExp(source, 'y');
const global = new RegExp(source, 'g');
const starts = new CharSet('0123456789一二三四五六七八九十百');

const sentences = [
  '到2025年，全市建成5G基站8000座以上，累计投资2.47万亿元。',
  '新增就业岗位3000个,其中高校毕业生占比达到百分之六十。',
  '统一部署，进一步完善一批重点项目。',
  '百家企业上云，百分之二十的补助',
  '没有数字的一行。',
  '',
];

describe('stickyMatches', () => {
  it.each(sentences)('finds what a global search finds: %s', (text) => {
    const found = [...stickyMatches(text, starts, sticky)].map((m) => [m.index, m[0]]);
    const expected = [...text.matchAll(global)].filter((m) => m[0] !== '').map((m) => [m.index, m[0]]);
    expect(found).toEqual(expected);
  });

  it('resumes after each match, so matches never overlap', () => {
    const found = [...stickyMatches('3000个和12座', starts, sticky)].map((m) => m[0]);
    expect(found).toEqual(['3000个', '12座']);
  });
});

describe('CharSet', () => {
  const numerals = new CharSet('0123456789一二三');

  it('finds the next member from a position, within an end', () => {
    const text = '进一步完成3000个';
    expect(numerals.next(text, 0)).toBe(1);
    expect(numerals.next(text, 2)).toBe(5);
    expect(numerals.next(text, 2, 4)).toBe(4);
  });

  it('returns the end when no member follows', () => {
    expect(numerals.next('没有数字', 0)).toBe(4);
    expect(numerals.next('', 0)).toBe(0);
  });
});
