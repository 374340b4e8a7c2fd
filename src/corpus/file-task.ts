// A corpus build task: extract one input file and write its output atomically.
// Run by the worker threads (worker.ts), and in the main thread when a build
// has a single input; only a small summary goes back to the build.
import { extractFile } from '../index.js';
import { writeAtomicSync } from '../io.js';
import { summarise } from './summary.js';
import { failure } from './memory-task.js';
import { sha256 } from '../sha256.js';
import type { TaskResult, WorkerTask } from './pool.js';

const encoder = new TextEncoder();
/** Outputs up to this many bytes are encoded into one buffer kept for the next task. */
const scratchMax = 16 * 1024 * 1024;
let scratch = new Uint8Array(0);

/**
 * The UTF-8 bytes of an output, valid until the next call. Encoding into a
 * kept buffer is about twice as fast as Buffer.from, which allocates anew.
 */
function utf8(text: string): Uint8Array {
  const most = text.length * 3;
  if (most > scratchMax) return Buffer.from(text, 'utf8');
  if (scratch.length < most) scratch = new Uint8Array(Math.min(scratchMax, Math.max(most, scratch.length * 2)));
  return scratch.subarray(0, encoder.encodeInto(text, scratch).written);
}

export async function runFileTask(task: WorkerTask): Promise<TaskResult> {
  try {
    const { document, json, warnings, timings } = await extractFile(task.path, { maxBytes: task.maxBytes });
    // Encode once: the same bytes are written and hashed, before the next task reuses them.
    const bytes = utf8(json);
    writeAtomicSync(task.outputPath, bytes);
    return {
      ok: true,
      sha256: document.source.sha256,
      outputSha256: sha256(bytes),
      summary: summarise(document, task.output),
      warnings,
      timings,
    };
  } catch (error) {
    return failure(error);
  }
}
