// A fixed pool of worker threads, shared by corpus builds (files in, files
// out) and the HTTP service (bytes in, JSON back). Tasks go to idle workers;
// a worker that dies fails only its own tasks and is replaced; a task over
// its time limit ends its worker, which is replaced on demand.
import { Worker } from 'node:worker_threads';
import type { IndexEntry } from './manifest.js';

/** A corpus build task: the worker reads `path` and writes `outputPath`. */
export interface WorkerTask {
  path: string;
  output: string;
  outputPath: string;
  maxBytes: number;
}

export type Failed = { ok: false; reason: string; ruleId: string };

export type TaskResult =
  | { ok: true; sha256: string; outputSha256: string; summary: IndexEntry; warnings: string[]; timings: Record<string, number> }
  | Failed;

/** A document held in memory (the HTTP service): the worker sends its JSON back. */
export interface MemoryTask {
  kind: 'memory';
  bytes: Uint8Array;
  /** Name of the document: its stem is the id, its extension the format. */
  path: string;
  maxBytes: number;
  /** One line of JSON (for NDJSON) instead of the pretty-printed file bytes. */
  compact: boolean;
}

export type MemoryResult = { ok: true; json: string; warnings: string[] } | Failed;

/** Loads the pipeline and the word segmenter, so that the first document pays no start-up. */
export interface WarmTask {
  kind: 'warm';
}

export type WarmResult = { ok: true; engine: string } | Failed;

/**
 * A document allocates many short-lived objects; a young generation larger
 * than V8's default (16–32 MB) collects them in fewer pauses. 96 MB was faster
 * still on small documents but took a corpus build of Markdown regulations past
 * 400 MB of peak RSS (two workers); 48 MB keeps it near 340 MB.
 */
const youngGenerationMb = 48;

interface Slot {
  worker: Worker;
  /** Tasks sent to this worker and not yet answered. */
  inflight: Map<number, (r: TaskResult | MemoryResult | WarmResult) => void>;
}

/**
 * A fixed pool of worker threads. Each worker holds up to `depth` tasks, so
 * it never waits for the main thread between two documents (a service that
 * times tasks out uses depth 1, so that ending a worker fails no other task).
 * Workers are spawned on demand, beyond the first only while `wantsAnother`
 * says the work justifies one.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Array<() => void> = [];
  private next = 0;
  /** Workers ended because a task ran over its time limit. */
  recycled = 0;

  /**
   * `wantsAnother(running)`: whether the work justifies a worker beyond the
   * `running` ones (always, without it); the first is always started.
   */
  constructor(
    private readonly size: number,
    private readonly depth = 2,
    private readonly wantsAnother: (running: number) => boolean = () => true,
  ) {}

  /** Workers started so far (a retired one included). */
  started = 0;

  /** Tasks the pool can hold at once: size × depth. */
  get capacity(): number {
    return this.size * this.depth;
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(new URL('./worker.js', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } }), inflight: new Map() };
    slot.worker.on('message', ({ id, result }: { id: number; result: TaskResult }) => {
      const resolve = slot.inflight.get(id);
      if (!resolve) return;
      slot.inflight.delete(id);
      resolve(result);
      this.waiting.shift()?.();
    });
    slot.worker.on('error', (error) => this.retire(slot, `worker failed: ${error.message}`));
    slot.worker.on('exit', (code) => code !== 0 && this.retire(slot, `worker failed: exited with code ${code}`));
    this.slots.push(slot);
    this.started++;
    return slot;
  }

  /** Wakes the tasks waiting for a worker, to look again: the work may now justify another. */
  reconsider(): void {
    this.waiting.splice(0).forEach((wake) => wake());
  }

  /** Takes a worker out of the pool, failing what it still holds; claim() spawns a replacement. */
  private retire(slot: Slot, reason: string): void {
    if (!this.slots.includes(slot)) return;
    this.slots.splice(this.slots.indexOf(slot), 1);
    for (const resolve of slot.inflight.values()) resolve({ ok: false, reason, ruleId: 'internal-error' });
    slot.inflight.clear();
    this.reconsider();
  }

  /** The least loaded worker with room (spawning one while the pool is not full), claimed synchronously. */
  private async claim(): Promise<Slot> {
    for (;;) {
      const open = this.slots.filter((s) => s.inflight.size < this.depth).sort((a, b) => a.inflight.size - b.inflight.size)[0];
      const mayGrow = this.slots.length < this.size && (this.slots.length === 0 || this.wantsAnother(this.slots.length));
      const slot = open && (open.inflight.size === 0 || !mayGrow) ? open : mayGrow ? this.spawn() : open;
      if (slot) return slot;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  /**
   * Sends a task to a worker. Past `timeoutMs` (0: none) the task fails with
   * rule `timeout` and the worker is ended: a synchronous extraction cannot be
   * interrupted any other way.
   */
  private post<R>(slot: Slot, task: WorkerTask | MemoryTask | WarmTask, timeoutMs = 0): Promise<R | Failed> {
    const id = this.next++;
    return new Promise((resolve) => {
      const timer = timeoutMs > 0 ? setTimeout(() => {
        if (!slot.inflight.delete(id)) return;
        resolve({ ok: false, reason: `took longer than ${timeoutMs} ms`, ruleId: 'timeout' });
        this.recycled++;
        this.retire(slot, 'worker ended after another task timed out');
        void slot.worker.terminate();
      }, timeoutMs) : undefined;
      slot.inflight.set(id, (result) => (clearTimeout(timer), resolve(result as R | Failed)));
      slot.worker.postMessage({ id, task });
    });
  }

  async run(task: WorkerTask): Promise<TaskResult> {
    return this.post<TaskResult>(await this.claim(), task);
  }

  /** Extracts a document held in memory; the time limit counts from when a worker takes it. */
  async extract(task: Omit<MemoryTask, 'kind'>, timeoutMs = 0): Promise<MemoryResult> {
    return this.post<MemoryResult>(await this.claim(), { kind: 'memory', ...task }, timeoutMs);
  }

  /** Starts every worker and loads the pipeline and the word segmenter in each; resolves with the engine's name. */
  async warm(): Promise<string> {
    while (this.slots.length < this.size) this.spawn();
    const results = await Promise.all(this.slots.map((slot) => this.post<WarmResult>(slot, { kind: 'warm' })));
    const failed = results.find((r) => !r.ok);
    if (failed) throw new Error(failed.reason);
    return (results[0] as { engine: string }).engine;
  }

  /** Workers running now. */
  get workers(): number {
    return this.slots.length;
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
