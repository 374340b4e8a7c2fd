import { describe, expect, it } from 'vitest';
import { readNumber } from '../../src/text/numbers.js';

// A corpus grouped by value, as in Duckling: every spelling must read to the value.
const corpus: Array<[number, string[]]> = [
  [10, ['10', '十', '一十']],
  [2, ['2', '两', '二']],
  [12, ['十二', '12']],
  [20, ['二十', '20']],
  [300, ['三百', '300']],
  [24700, ['2.47万']],
  [550000000000, ['5500亿']],
  [10000000, ['千万', '1000万', '一千万']],
  [100000000, ['亿', '1亿']],
  [150000000, ['1.5亿']],
  [3000000000, ['30亿']],
  [50000000, ['五千万']],
  [1000, ['1,000', '一千']],
  [11.25, ['11.25']],
  [120, ['一百二十']],
  // Compound magnitudes scale everything before them.
  [2e12, ['2万亿', '两万亿']],
  [1.13e12, ['1.13万亿']],
  [1e11, ['千亿', '1000亿']],
  [1e6, ['百万', '一百万']],
  [1e5, ['十万', '10万']],
  [120000000, ['1亿2千万', '1.2亿']],
];

describe('readNumber', () => {
  describe.each(corpus)('should read %d', (value, spellings) => {
    it.each(spellings)('from "%s"', (text) => expect(readNumber(text)).toBe(value));
  });
  it.each(['', '元', '一批x', '5G'])('should refuse "%s"', (text) => expect(readNumber(text)).toBeUndefined());
});
