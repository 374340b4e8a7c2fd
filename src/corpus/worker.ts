// A worker thread of the corpus build and of the HTTP service: runs tasks one
// message at a time (the pipeline and its dictionary load once per worker).
import { parentPort } from 'node:worker_threads';
import { runFileTask } from './file-task.js';
import { runInMemory } from './memory-task.js';
import type { MemoryTask, WarmTask, WorkerTask } from './pool.js';

parentPort!.on('message', (message: { id: number; task: WorkerTask | MemoryTask | WarmTask }) => {
  const result = 'kind' in message.task ? runInMemory(message.task) : runFileTask(message.task);
  void result.then((r) => parentPort!.postMessage({ id: message.id, result: r }));
});
