// Helpers for the HTTP service tests: a service on an ephemeral port, and
// documents too large or too slow for it.
import { readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
// The built service: its worker threads load dist/src/corpus/worker.js.
import { createService, type Service, type ServiceOptions } from '../dist/src/serve/app.js';

export const samples = readdirSync('samples').sort().map((name) => ({ name, bytes: readFileSync(`samples/${name}`) }));

/** About `bytes` of real policy text: the samples, repeated. */
export function largeDocument(bytes: number): Buffer {
  const text = samples.map((s) => s.bytes.toString('utf8')).join('\n');
  return Buffer.from(text.repeat(Math.ceil(bytes / Buffer.byteLength(text))));
}

export interface Running extends Service {
  url: string;
}

/** A started service on 127.0.0.1 and a free port; `ready` false leaves the workers unstarted. */
export async function startService(options: Partial<ServiceOptions> = {}, ready = true): Promise<Running> {
  const service = await createService({ concurrency: 2, queueLimit: 64, timeoutMs: 30_000, maxBytes: 20 * 1024 * 1024, logger: false, ...options });
  await service.app.listen({ port: 0, host: '127.0.0.1' });
  if (ready) await service.extractor.start();
  const { port } = service.app.server.address() as AddressInfo;
  return { ...service, url: `http://127.0.0.1:${port}` };
}
