// A fixed pool of worker threads. Tasks go to idle workers; a worker that
// dies fails only its own task and is replaced.
import { Worker } from 'node:worker_threads';
import type { IndexEntry } from './manifest.js';

export interface WorkerTask {
  path: string;
  output: string;
  outputPath: string;
  maxBytes: number;
}

export type TaskResult =
  | { ok: true; sha256: string; outputSha256: string; summary: IndexEntry; warnings: string[]; timings: Record<string, number> }
  | { ok: false; reason: string; ruleId: string };

interface Slot {
  worker: Worker;
  /** Tasks sent to this worker and not yet answered. */
  inflight: Map<number, (r: TaskResult) => void>;
}

/**
 * A fixed pool of worker threads. Each worker holds up to `depth` tasks, so
 * it never waits for the main thread between two documents. A worker that
 * dies fails only its own tasks and is replaced on demand.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Array<() => void> = [];
  private next = 0;

  constructor(
    private readonly size: number,
    private readonly depth = 2,
  ) {}

  /** Tasks the pool can hold at once: size × depth. */
  get capacity(): number {
    return this.size * this.depth;
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(new URL('./worker.js', import.meta.url)), inflight: new Map() };
    slot.worker.on('message', ({ id, result }: { id: number; result: TaskResult }) => {
      const resolve = slot.inflight.get(id);
      if (!resolve) return;
      slot.inflight.delete(id);
      resolve(result);
      this.waiting.shift()?.();
    });
    const fail = (reason: string) => {
      if (!this.slots.includes(slot)) return;
      this.slots.splice(this.slots.indexOf(slot), 1);
      for (const resolve of slot.inflight.values()) resolve({ ok: false, reason: `worker failed: ${reason}`, ruleId: 'internal-error' });
      slot.inflight.clear();
      this.waiting.splice(0).forEach((wake) => wake());
    };
    slot.worker.on('error', (error) => fail(error.message));
    slot.worker.on('exit', (code) => code !== 0 && fail(`exited with code ${code}`));
    this.slots.push(slot);
    return slot;
  }

  /** The least loaded worker with room (spawning one while the pool is not full), claimed synchronously. */
  private async claim(): Promise<Slot> {
    for (;;) {
      const open = this.slots.filter((s) => s.inflight.size < this.depth).sort((a, b) => a.inflight.size - b.inflight.size)[0];
      const slot = open && (open.inflight.size === 0 || this.slots.length >= this.size) ? open : this.slots.length < this.size ? this.spawn() : open;
      if (slot) return slot;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  async run(task: WorkerTask): Promise<TaskResult> {
    const slot = await this.claim();
    const id = this.next++;
    return new Promise((resolve) => {
      slot.inflight.set(id, resolve);
      slot.worker.postMessage({ id, task });
    });
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
