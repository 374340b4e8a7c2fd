// The pipeline as one unified processor: decode → normalise → segment →
// extract → validate → emit, each a plugin over the typed tree in src/tree.ts.
// Each stage's time is recorded on file.data.timings (milliseconds).
import { unified, type Processor } from 'unified';
import type { VFile } from 'vfile';
import decode from '../pipeline/decode.js';
import normalise from '../pipeline/normalise.js';
import segment from '../pipeline/segment.js';
import extract, { type ExtractOptions } from '../pipeline/extract.js';
import validate from '../pipeline/validate.js';
import emit from '../pipeline/emit.js';
import type { PolicyDocument } from '../schemas/policy-document.js';

declare module 'vfile' {
  interface DataMap {
    document: PolicyDocument;
    timings: Record<string, number>;
  }
}

function record(file: VFile, stage: string, started: number): void {
  const timings = (file.data.timings ??= {});
  timings[stage] = (timings[stage] ?? 0) + performance.now() - started;
}

type Fn = (...args: never[]) => unknown;

/** Wraps a plugin so that its transformer, parser or compiler records its time. */
function timed<P extends Fn>(stage: string, plugin: P): P {
  return function (this: Processor, ...args: Parameters<P>) {
    const transformer = (plugin as unknown as (this: Processor, ...a: unknown[]) => unknown).apply(this, args);
    const measure = <F extends (...a: never[]) => unknown>(fn: F, fileAt: number) =>
      ((...a: Parameters<F>) => {
        const started = performance.now();
        const result = fn(...a);
        const done = () => record(a[fileAt] as unknown as VFile, stage, started);
        if (result instanceof Promise) return result.finally(done);
        done();
        return result;
      }) as unknown as F;
    if (stage === 'decode' && this.parser) this.parser = measure(this.parser, 1);
    if (stage === 'emit' && this.compiler) this.compiler = measure(this.compiler, 1);
    return typeof transformer === 'function' ? measure(transformer as Fn, 1) : transformer;
  } as unknown as P;
}

export function createProcessor(options: ExtractOptions = {}) {
  return unified()
    .use(timed('decode', decode))
    .use(timed('normalise', normalise))
    .use(timed('segment', segment))
    .use(timed('extract', extract), options)
    .use(timed('validate', validate))
    .use(timed('emit', emit))
    .freeze();
}
