// The floors `npm run bench -- --real` measures: the parsers the pipeline
// depends on, called as it calls them, and a regex scan. One table for the
// one-core runs (bench-real.ts) and the all-cores runs (bench-floor-worker.ts).
import { parseHtml } from '../src/text/html.js';
import { parseMarkdown } from '../src/text/markdown.js';
import { regexScan } from './bench-measure.js';

export const floorWork = { regexScan, markdownParse: parseMarkdown, htmlParse: parseHtml } satisfies Record<string, (text: string) => unknown>;

export type FloorKind = keyof typeof floorWork;
