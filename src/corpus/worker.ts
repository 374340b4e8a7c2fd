// A worker thread of the corpus build: extracts documents one message at a
// time (the pipeline and its dictionary load once per worker) and writes each
// output atomically. Only a small summary goes back to the main thread.
import { parentPort } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { extractFile, ExtractError } from '../index.js';
import { writeAtomicSync } from '../io.js';
import { summarise } from './summary.js';
import { runInMemory } from './memory-task.js';
import type { MemoryTask, TaskResult, WarmTask, WorkerTask } from './pool.js';

async function run(task: WorkerTask): Promise<TaskResult> {
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
    if (error instanceof ExtractError) return { ok: false, reason: error.reason, ruleId: error.ruleId ?? 'failed' };
    return { ok: false, reason: (error as Error).stack ?? String(error), ruleId: 'internal-error' };
  }
}

parentPort!.on('message', (message: { id: number; task: WorkerTask | MemoryTask | WarmTask }) => {
  const result = 'kind' in message.task ? runInMemory(message.task) : run(message.task);
  void result.then((r) => parentPort!.postMessage({ id: message.id, result: r }));
});
