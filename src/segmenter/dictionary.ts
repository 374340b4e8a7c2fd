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
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';

export const rulesFile = (name: string): string => join(packageRoot(import.meta.url), 'src', 'rules', 'zh', name);

/** The characters segmented as Han text; anything else is cut apart from them (see han.ts). */
export const hanFirst = 0x4e00;
export const hanLast = 0x9fff;

const wordFiles = ['conjunction-words.generated.dict.utf8', 'organs.dict.utf8'];
/** Its words are "user words" to cppjieba: a single character among them is never merged by the HMM. */
export const userWordsFile = 'organs.dict.utf8';

export interface Dictionary {
  /** jieba dictionary lines: "word frequency tag". */
  text: string;
  /** The user words' lines, weighed as in `text` (cppjieba loads them a second time, see nodejieba.ts). */
  userText: string;
  /** sha256 of the text, to name a cached copy. */
  sha256: string;
  /** Single-character user words (及, 和, 与): cut out as words of their own, never joined by the HMM. */
  protectedCharacters: ReadonlySet<string>;
}

let built: Dictionary | undefined;

/**
 * Frequencies are scaled by this and the words' own ranks added: no two words
 * weigh the same, so no two paths through a sentence tie (科学|普及教育 against
 * 科学普及|教育, both 3), where the engines would break the tie each its own way.
 */
const tieBreak = 100_000;

export function dictionary(): Dictionary {
  if (built) return built;
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
  const text = `${lines.join('\n')}\n`;
  const userLines = files.get(userWordsFile)!;
  const protectedCharacters = new Set(userLines.map((l) => l.split(' ')[0]!).filter((w) => w.length === 1));
  built = { text, userText: `${userLines.join('\n')}\n`, sha256: createHash('sha256').update(text).digest('hex'), protectedCharacters };
  return built;
}
