// Splits a list of responsible units into names. Separators (、，；) split
// outside brackets only, so 各县(市、区)人民政府 stays one unit. Conjunctions
// (及 和 与) are ambiguous: 市工业和信息化局 keeps its 和. The word segmenter
// decides: a conjunction splits only where it is a word of its own and both
// sides read as organ names. The same test splits names run together.
import { endsWithOrganWord, looksLikeOrgan } from '../rules/zh/organs.js';
import { conjunctions } from '../rules/zh/roles.js';
import type { WordSegmenter } from '../segmenter/index.js';

export type Piece = [number, number];

const opens = '([〔【';
const closes = ')]〕】';
const separator = /[、,;\s]/;
/** What splitAtSeparators() reacts to: brackets, separators and 等. */
const listMarks = /[([〔【)\]〕】、,;\s等]/g;
/** Where a new organ name may start inside names run together (各/有关 open a possessive: 领导小组各成员单位). */
const regionStart = /^(?:省|市|区|县|州|国家|中央)/;

/** Bare nouns that complete a phrase rather than name a unit: 有关部门和单位. */
const genericNouns = new Set(['单位', '部门', '机构', '企业', '组织', '个人']);

/** After 等, a conjunction goes on with one more unit: 商务部等和各有关省级人民政府. */
const conjunctionAfterEtc = /^(?:以及|和|及|与)/;
/** After 等, a collective closes the list and is dropped with it: 等有关部门和单位 (ANNOTATION.md §5). */
const collectiveAfterEtc = /^(?:有关|相关|其他|其它|部门|单位)/;

/**
 * Pieces of view[start, end) between separators at bracket depth 0. 等 ends a
 * list where a conjunction or a collective follows it (never inside a name:
 * 高等学校); the collective after it is dropped.
 */
export function splitAtSeparators(view: string, start: number, end: number): Piece[] {
  const pieces: Piece[] = [];
  let depth = 0;
  let from = start;
  // Jumps between the characters that matter; the search stops at the range's end.
  const segment = view.slice(0, end);
  listMarks.lastIndex = start;
  while (listMarks.test(segment)) {
    const i = listMarks.lastIndex - 1;
    const ch = segment[i]!;
    if (opens.includes(ch)) depth++;
    else if (closes.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separator.test(ch)) {
      if (i > from) pieces.push([from, i]);
      from = i + 1;
    } else if (depth === 0 && ch === '等') {
      const rest = view.slice(i + 1, end);
      const conjunction = conjunctionAfterEtc.exec(rest);
      if (!conjunction && !collectiveAfterEtc.test(rest)) continue;
      if (i > from) pieces.push([from, i]);
      // Go on after the conjunction, or after the dropped collective's next separator.
      from = (conjunction ? i + conjunction[0].length : nextSeparator(view, i + 1, end)) + 1;
      listMarks.lastIndex = from;
    }
  }
  if (end > from) pieces.push([from, end]);
  return pieces;
}

/** Index of the next separator at bracket depth 0 in view[from, end), or `end`. */
function nextSeparator(view: string, from: number, end: number): number {
  let depth = 0;
  for (let i = from; i < end; i++) {
    const ch = view[i]!;
    if (opens.includes(ch)) depth++;
    else if (closes.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separator.test(ch)) return i;
  }
  return end;
}

/** Cuts of unit lists already seen, per segmenter: the same names recur across a corpus. */
const cutCache = new WeakMap<() => WordSegmenter, Map<string, string[]>>();
const cutCacheMax = 20_000;

function cut(text: string, segmenter: () => WordSegmenter): string[] {
  let cache = cutCache.get(segmenter);
  if (!cache) cutCache.set(segmenter, (cache = new Map()));
  let words = cache.get(text);
  if (!words) {
    words = segmenter().cut(text);
    if (cache.size >= cutCacheMax) cache.clear();
    cache.set(text, words);
  }
  return words;
}

/** Splits one piece where the segmenter finds a conjunction or a boundary between two organ names. */
export function splitNames(view: string, piece: Piece, segmenter: () => WordSegmenter): Piece[] {
  const [start, end] = piece;
  const text = view.slice(start, end);
  const hasConjunction = conjunctions.some((c) => text.includes(c));
  if (!hasConjunction && text.length < 12) return [piece];
  const words = cut(text, segmenter);
  const out: Piece[] = [];
  let from = 0;
  let at = 0;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    const left = text.slice(from, at);
    const rest = text.slice(at + word.length);
    const right = rest.split(/[及和与]/)[0] ?? '';
    if ((conjunctions as readonly string[]).includes(word) && looksLikeOrgan(left) && looksLikeOrgan(right) && !genericNouns.has(right)) {
      out.push([start + from, start + at]);
      from = at + word.length;
    } else if (at > from && endsWithOrganWord(left) && regionStart.test(text.slice(at)) && looksLikeOrgan(left)) {
      out.push([start + from, start + at]);
      from = at;
    }
    at += word.length;
  }
  out.push([start + from, end]);
  return out.filter(([a, b]) => b > a);
}
