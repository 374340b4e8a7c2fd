import { describe, expect, it } from 'vitest';
import { Quoted } from '../../src/extract/context.js';

const inside = (text: string, start = 0, end = text.length) => {
  const quoted = new Quoted(text, start, end);
  return [...text.slice(start, end)].map((_, k) => (quoted.has(start + k) ? '1' : '0')).join('');
};

describe('Quoted', () => {
  it('marks what lies strictly inside quotation marks and title brackets', () => {
    expect(inside('实施“十四五”规划')).toBe('000111000');
    expect(inside('按《条例》执行')).toBe('0011000');
  });

  it('looks inside 《》 for nested marks, and skips other quotations whole', () => {
    expect(inside('《关于“三农”工作》')).toBe('0111111110');
    expect(inside('“一是《规划》”')).toBe('01111110');
  });

  it('reads only its range: a closing mark past the end does not close', () => {
    const text = '第一行“未闭合\n第二行”';
    expect(inside(text, 0, 7)).toBe('0000000');
  });

  it('takes a mark whose closing mark is more than 200 characters on for a stray mark', () => {
    const long = `“${'长'.repeat(200)}”`;
    expect(new Quoted(long, 0, long.length).has(1)).toBe(false);
    const short = `“${'短'.repeat(199)}”`;
    expect(new Quoted(short, 0, short.length).has(1)).toBe(true);
  });
});
