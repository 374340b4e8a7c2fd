import { describe, expect, it } from 'vitest';
import { flat, flatMap } from '../src/flat.js';

describe('flat and flatMap', () => {
  const groups = [{ pieces: [[0, 2], [3, 5]] }, { pieces: [] }, { pieces: [[6, 9]] }];

  it('flatten one level, in order, as the built-ins do', () => {
    expect(flatMap(groups, (g) => g.pieces)).toEqual(groups.flatMap((g) => g.pieces));
    expect(flat([['市发展改革委', '市财政局'], [], ['各区']])).toEqual(['市发展改革委', '市财政局', '各区']);
  });

  it('keep nested arrays one level down as they are', () => {
    expect(flat([[[1, 2]], [[3]]])).toEqual([[1, 2], [3]]);
    expect(flatMap(['a', 'b'], (x) => [x, x])).toEqual(['a', 'a', 'b', 'b']);
  });
});
