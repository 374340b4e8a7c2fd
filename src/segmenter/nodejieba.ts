// nodejieba (cppjieba, built from source at install): the default engine
// where its install script has run. It reads dictionaries from files, so the
// shared dictionary is written once to a cache file named by its hash.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeAtomicSync } from '../io.js';
import { dictionary, rulesFile } from './dictionary.js';
import { cutHanRuns } from './han.js';
import type { WordSegmenter } from './index.js';

interface Nodejieba {
  load(options: { dict: string; userDict: string; idfDict: string; stopWordDict: string }): void;
  cut(text: string, hmm?: boolean): string[];
}

/** A cached copy of one of the dictionary's texts, named by the dictionary's hash. */
function cached(name: string, text: string): string {
  const dir = join(tmpdir(), 'policy-extract');
  const path = join(dir, `jieba-${dictionary().sha256.slice(0, 16)}.${name}.utf8`);
  if (!existsSync(path)) {
    mkdirSync(dir, { recursive: true });
    writeAtomicSync(path, text);
  }
  return path;
}

/** Throws when nodejieba is not installed or its native binding was never built. */
export function loadNodejieba(): WordSegmenter {
  const engine = createRequire(import.meta.url)('nodejieba') as Nodejieba;
  const { text, userText } = dictionary();
  engine.load({
    dict: cached('dict', text),
    // The organ names again, as user words (weighed alike): cppjieba keeps their single characters (及 和 与) out of the HMM.
    userDict: cached('user', userText),
    // Keyword extraction is unused: its dictionaries are stubs.
    idfDict: rulesFile('jieba-unused-idf.utf8'),
    stopWordDict: rulesFile('jieba-unused-stopwords.utf8'),
  });
  return { cut: (text) => cutHanRuns(text, (run) => engine.cut(run, true)) };
}
