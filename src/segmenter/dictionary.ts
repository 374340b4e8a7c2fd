// The one dictionary both jieba engines load, built from the project's files
// in src/rules/zh. Two engines agree word for word only if they weigh words
// alike, and cppjieba (nodejieba) and jieba-rs (@node-rs/jieba) weigh them
// differently by default:
// - cppjieba divides by the frequency total of its main dictionary only, and
//   jieba-rs by the total of everything loaded, user words included;
// - cppjieba always offers a single character as a path through the word
//   graph (at its lowest weight), jieba-rs only where no word starts there.
// So every word goes into one main dictionary, and so does every Han
// character (frequency 1): both engines then score every path the same.
// It is generated (npm run dict) rather than built in every process: a
// worker loads it straight from the package.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';

export const rulesFile = (name: string): string => join(packageRoot(import.meta.url), 'src', 'rules', 'zh', name);

/** The characters segmented as Han text; anything else is cut apart from them (see han.ts). */
export const hanFirst = 0x4e00;
export const hanLast = 0x9fff;

const wordFiles = ['conjunction-words.generated.dict.utf8', 'organs.dict.utf8'];
/** Its words are "user words" to cppjieba: a single character among them is never merged by the HMM. */
const userWordsFile = 'organs.dict.utf8';

/** The generated files both engines load: the main dictionary and the user words weighed as in it. */
export const dictionaryFiles = { main: 'jieba-shared.generated.dict.utf8', user: 'jieba-user.generated.dict.utf8' } as const;

/**
 * Frequencies are scaled by this and the words' own ranks added: no two words
 * weigh the same, so no two paths through a sentence tie (科学|普及教育 against
 * 科学普及|教育, both 3), where the engines would break the tie each its own way.
 */
const tieBreak = 100_000;

/** The dictionary's texts ("word frequency tag" lines), built from the word files: what `npm run dict` writes. */
export function buildDictionary(): Record<keyof typeof dictionaryFiles, string> {
  let rank = 0;
  const weighed = (file: string) =>
    readFileSync(rulesFile(file), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => {
        const [word, frequency, tag] = l.split(' ');
        return `${word} ${Number(frequency) * tieBreak + rank++} ${tag}`;
      });
  const files = new Map(wordFiles.map((f) => [f, weighed(f)]));
  const lines = [...files.values()].flat();
  const words = new Set(lines.map((l) => l.split(' ')[0]!));
  for (let code = hanFirst; code <= hanLast; code++) {
    const character = String.fromCharCode(code);
    if (!words.has(character)) lines.push(`${character} ${tieBreak} x`);
  }
  return { main: `${lines.join('\n')}\n`, user: `${files.get(userWordsFile)!.join('\n')}\n` };
}

/** Single-character user words (及, 和, 与): cut out as words of their own, never joined by the HMM. */
export function protectedCharacters(): ReadonlySet<string> {
  const words = readFileSync(rulesFile(dictionaryFiles.user), 'utf8').split('\n').map((l) => l.split(' ')[0]!);
  return new Set(words.filter((w) => w.length === 1));
}
