// nodejieba (cppjieba, built from source at install): the default engine
// where its install script has run. It reads the generated dictionary files.
import { createRequire } from 'node:module';
import { dictionaryFiles, rulesFile } from './dictionary.js';
import { cutHanRuns } from './han.js';
import type { WordSegmenter } from './index.js';

interface Nodejieba {
  load(options: { dict: string; userDict: string; idfDict: string; stopWordDict: string }): void;
  cut(text: string, hmm?: boolean): string[];
}

/** Throws when nodejieba is not installed or its native binding was never built. */
export function loadNodejieba(): WordSegmenter {
  const engine = createRequire(import.meta.url)('nodejieba') as Nodejieba;
  engine.load({
    dict: rulesFile(dictionaryFiles.main),
    // The organ names again, as user words (weighed alike): cppjieba keeps their single characters (及 和 与) out of the HMM.
    userDict: rulesFile(dictionaryFiles.user),
    // Keyword extraction is unused: its dictionaries are stubs.
    idfDict: rulesFile('jieba-unused-idf.utf8'),
    stopWordDict: rulesFile('jieba-unused-stopwords.utf8'),
  });
  return { cut: (text) => cutHanRuns(text, (run) => engine.cut(run, true)) };
}
