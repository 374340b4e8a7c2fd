// A worker thread of the corpus build: extracts documents one message at a
// time (the pipeline and its dictionary load once per worker) and writes each
// output atomically. Only a small summary goes back to the main thread.
import { parentPort } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { extractFile, ExtractError } from '../index.js';
import { writeAtomic } from '../io.js';
import { summarise } from './summary.js';
import type { TaskResult, WorkerTask } from './pool.js';

async function run(task: WorkerTask): Promise<TaskResult> {
  try {
    const { document, json, warnings, timings } = await extractFile(task.path, { maxBytes: task.maxBytes });
    await writeAtomic(task.outputPath, json);
    return {
      ok: true,
      sha256: document.source.sha256,
      outputSha256: createHash('sha256').update(json).digest('hex'),
      summary: summarise(document, task.output),
      warnings,
      timings,
    };
  } catch (error) {
    if (error instanceof ExtractError) return { ok: false, reason: error.reason, ruleId: error.ruleId ?? 'failed' };
    return { ok: false, reason: (error as Error).stack ?? String(error), ruleId: 'internal-error' };
  }
}

parentPort!.on('message', (message: { id: number; task: WorkerTask }) => {
  void run(message.task).then((result) => parentPort!.postMessage({ id: message.id, result }));
});
