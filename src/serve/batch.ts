// POST /v1/extract/batch: documents in as NDJSON or a JSON array of
// {id, text, format}, one NDJSON line out per document as each finishes.
// A document that cannot be read or extracted is an error line; the batch goes on.
import type { Writable } from 'node:stream';
import PQueue from 'p-queue';
import { batchItem, type BatchItem } from './contract.js';
import { errorBodyOf, HttpError, type ErrorBody } from './errors.js';
import type { Extractor } from './extractor.js';

export type BatchEntry = { index: number; id: string | null } & ({ item: BatchItem } | ErrorBody);

const idOf = (value: unknown): string | null =>
  value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : null;

function entry(index: number, value: unknown): BatchEntry {
  const parsed = batchItem.safeParse(value);
  if (parsed.success) return { index, id: parsed.data.id, item: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { index, id: idOf(value), ...errorBodyOf('bad-request', `${issue.path.join('.') || 'item'}: ${issue.message}`) };
}

/** The documents of a batch body: a parsed JSON array, or NDJSON text (one document per non-blank line). */
export function batchEntries(body: unknown): BatchEntry[] {
  if (Array.isArray(body)) return body.map((value, index) => entry(index, value));
  if (typeof body !== 'string') throw new HttpError('bad-request', 'a batch is a JSON array or NDJSON of {id, text, format}');
  return body
    .split('\n')
    .filter((line) => line.trim())
    .map((line, index) => {
      try {
        return entry(index, JSON.parse(line));
      } catch (error) {
        return { index, id: null, ...errorBodyOf('bad-request', `line ${index + 1}: ${(error as Error).message}`) };
      }
    });
}

const line = (index: number, id: string | null, rest: string) => `{"index":${index},"id":${JSON.stringify(id)},${rest}}\n`;

/** Extracts the entries, at most `concurrency` at once, writing each line as its document finishes; ends `out`. */
export async function runBatch(entries: BatchEntry[], extractor: Extractor, out: Writable, concurrency: number): Promise<void> {
  const queue = new PQueue({ concurrency });
  out.on('close', () => queue.clear()); // the client went away: extract no more
  await Promise.all(
    entries.map((e) =>
      queue.add(async () => {
        if (!('item' in e)) return out.write(line(e.index, e.id, `"error":${JSON.stringify(e.error)}`));
        const result = await extractor.extract(Buffer.from(e.item.text, 'utf8'), `${e.item.id}.${e.item.format}`, true);
        const rest = result.ok ? `"document":${result.json}` : `"error":${JSON.stringify(errorBodyOf(result.ruleId, result.reason).error)}`;
        return out.write(line(e.index, e.id, rest));
      }),
    ),
  );
  out.end();
}
