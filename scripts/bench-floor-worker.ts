// One of the floor runs that npm run bench -- --real starts side by side, one
// per worker: the same parser over the same texts on every core at once.
import { parentPort, workerData } from 'node:worker_threads';
import { floorMBps } from './bench-measure.js';
import { floorWork, type FloorKind } from './bench-floors.js';

const { kind, texts, bytes } = workerData as { kind: FloorKind; texts: string[]; bytes: number };
parentPort!.postMessage(floorMBps(texts, bytes, floorWork[kind]));
