// A short fuzzing run in the normal suite (npm run fuzz runs 100,000 cases).
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { checkInput, fuzzProperty } from '../scripts/fuzz-property.js';

describe('fuzzing', () => {
  it('should never throw an unexpected error, and always emit valid documents whose spans slice the source', async () => {
    await fc.assert(fuzzProperty, { numRuns: 400, seed: 42 });
  });

  it.each([
    ['a lone closing bracket', '）责任单位：市科技局）'],
    ['a table row without a header', '| a |'],
    ['markers and nothing else', '一、\n（一）\n1.\n①'],
    ['an unclosed quotation before a number', '“十大创新 8000座以上'],
  ])('should handle %s', async (_label, value) => {
    await checkInput({ value, path: 'doc.txt' });
  });
});
