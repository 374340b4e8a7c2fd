// Generates src/rules/zh/conjunction-words.generated.dict.utf8: the words of
// jieba's own dictionary that contain 和, 及 or 与 (和平, 及时, 参与 …). With
// them and the organ dictionary, the segmenter keeps a conjunction character
// inside the words it belongs to and cuts it out where it joins two names. A
// dictionary this small loads in milliseconds instead of seconds.
// Then writes the dictionary both jieba engines load (src/segmenter/dictionary.ts).
// Run with `npm run dict` after upgrading nodejieba or editing a word file.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageRoot } from '../src/package-root.js';
import { conjunctions } from '../src/rules/zh/roles.js';
import { buildDictionary, dictionaryFiles, rulesFile } from '../src/segmenter/dictionary.js';

const jiebaDir = join(dirname(createRequire(import.meta.url).resolve('nodejieba/package.json')), 'submodules', 'cppjieba', 'dict');
const words = readFileSync(join(jiebaDir, 'jieba.dict.utf8'), 'utf8')
  .split('\n')
  .filter((line) => {
    const word = line.split(' ')[0] ?? '';
    return word.length > 1 && conjunctions.some((c) => word.includes(c)) && !(conjunctions as readonly string[]).includes(word);
  });
const target = join(packageRoot(import.meta.url), 'src', 'rules', 'zh', 'conjunction-words.generated.dict.utf8');
writeFileSync(target, `${words.join('\n')}\n`);
process.stdout.write(`wrote ${words.length} words to ${target}\n`);

const built = buildDictionary();
for (const key of ['main', 'user'] as const) {
  writeFileSync(rulesFile(dictionaryFiles[key]), built[key]);
  process.stdout.write(`wrote ${built[key].split('\n').length - 1} lines to ${rulesFile(dictionaryFiles[key])}\n`);
}
