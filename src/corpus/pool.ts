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
  /** Claimed by a task (set in the same tick the slot is found free, so no two tasks share it). */
  busy: { id: number; resolve: (r: TaskResult) => void } | 'claimed' | null;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Array<() => void> = [];
  private next = 0;

  constructor(private readonly size: number) {}

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(new URL('./worker.js', import.meta.url)), busy: null };
    slot.worker.on('message', ({ id, result }: { id: number; result: TaskResult }) => {
      if (slot.busy === null || slot.busy === 'claimed' || slot.busy.id !== id) return;
      const { resolve } = slot.busy;
      slot.busy = null;
      resolve(result);
      this.waiting.shift()?.();
    });
    const fail = (reason: string) => {
      const busy = slot.busy;
      this.slots.splice(this.slots.indexOf(slot), 1);
      if (busy && busy !== 'claimed') busy.resolve({ ok: false, reason: `worker failed: ${reason}`, ruleId: 'internal-error' });
      this.waiting.shift()?.();
    };
    slot.worker.on('error', (error) => fail(error.message));
    slot.worker.on('exit', (code) => code !== 0 && fail(`exited with code ${code}`));
    this.slots.push(slot);
    return slot;
  }

  private async claim(): Promise<Slot> {
    for (;;) {
      const slot = this.slots.find((s) => !s.busy) ?? (this.slots.length < this.size ? this.spawn() : undefined);
      if (slot) {
        slot.busy = 'claimed';
        return slot;
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  async run(task: WorkerTask): Promise<TaskResult> {
    const slot = await this.claim();
    const id = this.next++;
    return new Promise((resolve) => {
      slot.busy = { id, resolve };
      slot.worker.postMessage({ id, task });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }
}
