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
  load(options: { dict: string; userDict: string; idfDict: string; stopWordDict: string }): void;
  cut(text: string, hmm?: boolean): string[];
}

const dictionary = (name: string): string => join(packageRoot(import.meta.url), 'src', 'rules', 'zh', name);

let jieba: WordSegmenter | undefined;

/**
 * nodejieba with two dictionaries of the project's: the words that contain a
 * conjunction character (generated from jieba's own, see scripts/build-dict.ts)
 * and the organ names. Keyword extraction is unused, so its dictionaries are
 * stubs. Loaded on first use, once per process (about 50 ms).
 */
export function jiebaSegmenter(): WordSegmenter {
  if (!jieba) {
    const engine = createRequire(import.meta.url)('nodejieba') as Jieba;
    engine.load({
      dict: dictionary('conjunction-words.generated.dict.utf8'),
      userDict: dictionary('organs.dict.utf8'),
      idfDict: dictionary('jieba-unused-idf.utf8'),
      stopWordDict: dictionary('jieba-unused-stopwords.utf8'),
    });
    jieba = { cut: (text) => engine.cut(text, true) };
  }
  return jieba;
}
