// The pipeline as one unified processor: decode → normalise → segment →
// extract → validate → emit, each a plugin over the typed tree in src/tree.ts.
import { unified } from 'unified';
import decode from '../pipeline/decode.js';
import normalise from '../pipeline/normalise.js';
import segment from '../pipeline/segment.js';
import extract, { type ExtractOptions } from '../pipeline/extract.js';
import validate from '../pipeline/validate.js';
import emit from '../pipeline/emit.js';
import type { PolicyDocument } from '../schemas/policy-document.js';

declare module 'vfile' {
  interface DataMap {
    encoding: string;
    document: PolicyDocument;
  }
}

export function createProcessor(options: ExtractOptions = {}) {
  return unified().use(decode).use(normalise).use(segment).use(extract, options).use(validate).use(emit).freeze();
}
