// policy-extract serve [--port 8080] [--host 127.0.0.1] [--concurrency N] …:
// the HTTP service (src/serve/app.ts) until SIGTERM or SIGINT, then a
// graceful stop: no new connections, requests in flight answered, exit 0.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { defaultMaxBytes } from '../index.js';
import { createService } from '../serve/app.js';
import { parseInteger, parseSize } from './options.js';
import { err } from './usage.js';

export async function serveCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', short: 'p', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      concurrency: { type: 'string', short: 'c' },
      'queue-limit': { type: 'string', default: '64' },
      timeout: { type: 'string', default: '30000' },
      'max-bytes': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
    },
  });
  const { app, extractor } = await createService({
    concurrency: values.concurrency === undefined ? availableParallelism() : parseInteger('--concurrency', values.concurrency),
    queueLimit: parseInteger('--queue-limit', values['queue-limit']),
    timeoutMs: parseInteger('--timeout', values.timeout, 0),
    maxBytes: values['max-bytes'] === undefined ? defaultMaxBytes : parseSize('--max-bytes', values['max-bytes']),
    logger: values.quiet ? false : { level: 'info' },
  });
  const stop = new Promise<string>((resolve) => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => resolve(signal));
  });
  try {
    await app.listen({ port: parseInteger('--port', values.port, 0), host: values.host });
    await extractor.start();
  } catch (error) {
    await app.close();
    err(`policy-extract serve: ${(error as Error).message}`);
    return 1;
  }
  app.log.info({ segmenter: extractor.engine, workers: extractor.pool.workers }, 'ready');
  app.log.info({ signal: await stop }, 'stopping: answering the requests in flight');
  await app.close();
  return 0;
}
