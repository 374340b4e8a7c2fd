// @node-rs/jieba (jieba-rs, prebuilt per platform, no install script): the
// engine wherever nodejieba did not build. Its own mixed cut follows Python
// jieba, which lets the HMM join 及/和/与 to a neighbour (研发及); cppjieba
// never does for a single-character user word. So the mixed cut is made here
// as cppjieba makes it: the dictionary's best path (no HMM), then the HMM,
// alone (an instance without words), over each run of other single characters.
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';
import { readFileSync } from 'node:fs';
import { dictionaryFiles, protectedCharacters, rulesFile } from './dictionary.js';
import { cutHanRuns } from './han.js';
import type { WordSegmenter } from './index.js';

/** Throws when no prebuilt binding fits this platform. */
export function loadNodeRsJieba(): WordSegmenter {
  const { Jieba: JiebaClass } = createRequire(import.meta.url)('@node-rs/jieba') as { Jieba: typeof Jieba };
  const words = JiebaClass.withDict(readFileSync(rulesFile(dictionaryFiles.main)));
  const kept = protectedCharacters();
  const hmm = new JiebaClass();
  const cutRun = (run: string): string[] => {
    const out: string[] = [];
    let singles = '';
    const flush = () => {
      if (singles.length > 1) out.push(...hmm.cut(singles, true));
      else if (singles) out.push(singles);
      singles = '';
    };
    for (const word of words.cut(run, false)) {
      if (word.length === 1 && !kept.has(word)) singles += word;
      else flush(), out.push(word);
    }
    flush();
    return out;
  };
  return { cut: (text) => cutHanRuns(text, cutRun) };
}
