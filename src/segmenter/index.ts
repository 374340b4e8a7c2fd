// Word segmentation behind a small interface, so the engine can be swapped.
// The default engine is nodejieba with the project's dictionary of organ
// names; it is loaded once per process, and only when a caller needs it.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';

export interface WordSegmenter {
  /** Splits text into words whose concatenation is the text. */
  cut(text: string): string[];
}

interface Jieba {
  load(options: { userDict: string }): void;
  cut(text: string, hmm?: boolean): string[];
}

export const organDictionary = (): string => join(packageRoot(), 'src', 'rules', 'zh', 'organs.dict.utf8');

let jieba: WordSegmenter | undefined;

/** nodejieba with the organ-name dictionary, loaded on first use. */
export function jiebaSegmenter(): WordSegmenter {
  if (!jieba) {
    const engine = createRequire(import.meta.url)('nodejieba') as Jieba;
    engine.load({ userDict: organDictionary() });
    jieba = { cut: (text) => engine.cut(text, true) };
  }
  return jieba;
}
