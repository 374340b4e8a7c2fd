// A corpus build task: extract one input file and write its output atomically.
// Run by the worker threads (worker.ts), and in the main thread when a build
// has a single input; only a small summary goes back to the build.
import { createHash } from 'node:crypto';
import { extractFile } from '../index.js';
import { writeAtomicSync } from '../io.js';
import { summarise } from './summary.js';
import { failure } from './memory-task.js';
import type { TaskResult, WorkerTask } from './pool.js';

export async function runFileTask(task: WorkerTask): Promise<TaskResult> {
  try {
    const { document, json, warnings, timings } = await extractFile(task.path, { maxBytes: task.maxBytes });
    // Encode once: the same bytes are hashed and written.
    const bytes = Buffer.from(json, 'utf8');
    writeAtomicSync(task.outputPath, bytes);
    return {
      ok: true,
      sha256: document.source.sha256,
      outputSha256: createHash('sha256').update(bytes).digest('hex'),
      summary: summarise(document, task.output),
      warnings,
      timings,
    };
  } catch (error) {
    return failure(error);
  }
}
