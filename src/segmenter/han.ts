// Only runs of Han characters reach an engine; everything else (digits, Latin
// letters, brackets, punctuation) is one word per run. cppjieba passes
// punctuation such as 、 “ 《 to its HMM, which has no emission probability
// for them and then cuts the rest of the run into single characters; jieba-rs
// splits them off first. Cutting them off here makes both engines see the same text.
import { hanFirst, hanLast } from './dictionary.js';

const runs = new RegExp(`[\\u${hanFirst.toString(16)}-\\u${hanLast.toString(16)}]+|[^\\u${hanFirst.toString(16)}-\\u${hanLast.toString(16)}]+`, 'g');

/** Cuts `text` with `cutHan` applied to each run of Han characters; the words concatenate to the text. */
export function cutHanRuns(text: string, cutHan: (run: string) => string[]): string[] {
  const words: string[] = [];
  for (const [run] of text.matchAll(runs)) {
    const code = run.charCodeAt(0);
    if (code >= hanFirst && code <= hanLast) words.push(...cutHan(run));
    else words.push(run);
  }
  return words;
}
