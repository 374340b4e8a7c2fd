// Word segmentation behind a small interface, so the engine can be swapped.
// Two jieba engines load the same dictionary (dictionary.ts) and cut alike:
// nodejieba where its native build is installed, else the prebuilt
// @node-rs/jieba (so `npm install policy-extract` needs no install script).
// POLICY_EXTRACT_SEGMENTER=nodejieba|@node-rs/jieba picks one.
import { createRequire } from 'node:module';
import { loadNodejieba } from './nodejieba.js';
import { loadNodeRsJieba } from './node-rs.js';

export interface WordSegmenter {
  /** Splits text into words whose concatenation is the text. */
  cut(text: string): string[];
}

const engines = {
  nodejieba: loadNodejieba,
  '@node-rs/jieba': loadNodeRsJieba,
} as const;

export type EngineName = keyof typeof engines;

export interface Engine {
  name: EngineName;
  version: string;
  segmenter: WordSegmenter;
}

const packageVersion = (name: string): string =>
  (createRequire(import.meta.url)(`${name}/package.json`) as { version: string }).version;

/** Loads one engine by name; throws when it cannot load here. */
export function loadEngine(name: EngineName): Engine {
  return { name, segmenter: engines[name](), version: packageVersion(name) };
}

let chosen: Engine | undefined;

/** The engine in use: the one named by POLICY_EXTRACT_SEGMENTER, else the first that loads. Loaded once per process. */
export function segmenterEngine(): Engine {
  if (chosen) return chosen;
  const wanted = process.env.POLICY_EXTRACT_SEGMENTER;
  if (wanted) {
    if (!(wanted in engines)) throw new Error(`POLICY_EXTRACT_SEGMENTER must be one of ${Object.keys(engines).join(', ')}, not ${wanted}`);
    return (chosen = loadEngine(wanted as EngineName));
  }
  const failures: string[] = [];
  for (const name of Object.keys(engines) as EngineName[]) {
    try {
      return (chosen = loadEngine(name));
    } catch (error) {
      failures.push(`${name}: ${(error as Error).message}`);
    }
  }
  throw new Error(`no word segmenter could be loaded (${failures.join('; ')})`);
}

/** The default segmenter: the chosen engine's, loaded on first use. */
export function jiebaSegmenter(): WordSegmenter {
  return segmenterEngine().segmenter;
}
