// The in-memory side of a worker thread (the HTTP service): extract a
// document from bytes and send its JSON back, or load the pipeline ahead of
// the first document. Corpus builds go through worker.ts's file tasks.
import { extract, ExtractError } from '../index.js';
import { segmenterEngine } from '../segmenter/index.js';
import type { MemoryResult, MemoryTask, WarmResult, WarmTask } from './pool.js';

/** A task's error as a result: the reason, and the rule that refused the document (internal-error for a bug). */
export const failure = (error: unknown) =>
  error instanceof ExtractError
    ? { ok: false as const, reason: error.reason, ruleId: error.ruleId ?? 'failed' }
    : { ok: false as const, reason: (error as Error).stack ?? String(error), ruleId: 'internal-error' };

export async function runInMemory(task: MemoryTask | WarmTask): Promise<MemoryResult | WarmResult> {
  try {
    if (task.kind === 'warm') {
      const engine = segmenterEngine();
      // One small document runs every stage once, so their code is loaded and compiled.
      await extract({ value: '某某方案\n一、任务\n(一)建成10个园区。(责任单位:市发展改革委及市大数据局)', path: 'warm.txt' });
      return { ok: true, engine: `${engine.name} ${engine.version}` };
    }
    const { json, document, warnings } = await extract({ value: task.bytes, path: task.path }, { maxBytes: task.maxBytes });
    return { ok: true, json: task.compact ? JSON.stringify(document) : json, warnings };
  } catch (error) {
    return failure(error);
  }
}
