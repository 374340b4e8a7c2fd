// The service's side of the worker pool: admission (a queue limit, so that
// overload answers 503 at once instead of piling up), a time limit per
// document, and readiness (workers started, dictionaries loaded).
import { WorkerPool, type MemoryResult } from '../corpus/pool.js';

export interface ExtractorOptions {
  /** Worker threads. */
  concurrency: number;
  /** Documents admitted at once (running or waiting for a worker); more are refused. */
  queueLimit: number;
  /** Milliseconds a worker may spend on one document before it is ended (0: no limit). */
  timeoutMs: number;
  maxBytes: number;
}

export class Extractor {
  readonly pool: WorkerPool;
  private pending = 0;
  /** The word segmenter loaded in the workers, once they are ready. */
  engine: string | undefined;

  constructor(readonly options: ExtractorOptions) {
    // Depth 1: a worker ended for a timeout takes no other document with it.
    this.pool = new WorkerPool(options.concurrency, 1);
  }

  /** Starts the workers and loads the pipeline in each. */
  async start(): Promise<void> {
    this.engine = await this.pool.warm();
  }

  /** Whether the queue limit is reached (new requests get 503). */
  get full(): boolean {
    return this.pending >= this.options.queueLimit;
  }

  async extract(bytes: Uint8Array, path: string, compact = false): Promise<MemoryResult> {
    this.pending++;
    try {
      return await this.pool.extract({ bytes, path, maxBytes: this.options.maxBytes, compact }, this.options.timeoutMs);
    } finally {
      this.pending--;
    }
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
