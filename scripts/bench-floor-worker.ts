// One of the floor runs that npm run bench -- --real starts side by side, one
// per worker: the same parser over the same texts on every core at once.
import { parentPort, workerData } from 'node:worker_threads';
import { parseHtml } from '../src/text/html.js';
import { parseMarkdown } from '../src/text/markdown.js';
import { floorMBps, regexScan } from './bench-measure.js';

export type FloorKind = 'regexScan' | 'markdownParse' | 'htmlParse';

const work: Record<FloorKind, (text: string) => unknown> = { regexScan, markdownParse: parseMarkdown, htmlParse: parseHtml };
const { kind, texts, bytes } = workerData as { kind: FloorKind; texts: string[]; bytes: number };
parentPort!.postMessage(floorMBps(texts, bytes, work[kind]));
