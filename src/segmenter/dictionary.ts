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
  /** sha256 of the text, to name a cached copy. */
  sha256: string;
  /** Single-character user words (及, 和, 与): cut out as words of their own, never joined by the HMM. */
  protectedCharacters: ReadonlySet<string>;
}

let built: Dictionary | undefined;

export function dictionary(): Dictionary {
  if (built) return built;
  const lines = wordFiles.flatMap((f) => readFileSync(rulesFile(f), 'utf8').split('\n')).filter((l) => l.trim());
  const words = new Set(lines.map((l) => l.split(' ')[0]!));
  for (let code = hanFirst; code <= hanLast; code++) {
    const character = String.fromCharCode(code);
    if (!words.has(character)) lines.push(`${character} 1 x`);
  }
  const text = `${lines.join('\n')}\n`;
  const protectedCharacters = new Set(
    readFileSync(rulesFile(userWordsFile), 'utf8')
      .split('\n')
      .map((l) => l.split(' ')[0]!)
      .filter((w) => w.length === 1),
  );
  built = { text, sha256: createHash('sha256').update(text).digest('hex'), protectedCharacters };
  return built;
}
