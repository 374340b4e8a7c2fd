// The HTTP service: fastify routes over the worker pool. Documents are posted
// raw (text/plain, text/markdown, text/html) or as a multipart `file` field;
// answers are the contract-v1 JSON, or `{error: {rule, message}}`.
import Fastify, { type FastifyInstance, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import multipart from '@fastify/multipart';
import { PassThrough } from 'node:stream';
import { SCHEMA_VERSION } from '../../schemas/policy-document.js';
import { pipelineIdentity } from '../corpus/fingerprint.js';
import { policyDocumentJsonSchema } from '../json-schema.js';
import { batchEntries, runBatch } from './batch.js';
import { documentPath, postedMediaTypes } from './document-path.js';
import { errorBodyOf, HttpError, ruleOfStatus, statusOf } from './errors.js';
import { Extractor, type ExtractorOptions } from './extractor.js';
import { openApiDocument } from './openapi.js';

export interface ServiceOptions extends ExtractorOptions {
  /** fastify's pino logger options; false for none. */
  logger: FastifyServerOptions['logger'];
}

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
const mediaTypeOf = (request: FastifyRequest) => (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();

export interface Service {
  app: FastifyInstance;
  extractor: Extractor;
}

/** Builds the service; call `extractor.start()` to become ready and `app.listen()` to serve. */
export async function createService(options: ServiceOptions): Promise<Service> {
  const extractor = new Extractor(options);
  const app = Fastify({ logger: options.logger, bodyLimit: options.maxBytes, requestIdHeader: 'x-request-id' });
  await app.register(multipart, { limits: { fileSize: options.maxBytes, files: 1 } });
  // Documents stay bytes: their encoding is detected as for files (GB18030, Big5, UTF-16 …).
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(postedMediaTypes, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  app.addContentTypeParser('application/x-ndjson', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  // Once stopping, a response in flight closes its connection: a keep-alive client would hold the stop up.
  let stopping = false;
  app.addHook('preClose', async () => void (stopping = true));
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    if (stopping) void reply.header('connection', 'close');
  });
  app.addHook('onClose', () => extractor.close());

  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    const rule = error instanceof HttpError ? error.rule : ruleOfStatus(error.statusCode ?? 500);
    const status = statusOf(rule);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    if (rule === 'queue-full') void reply.header('retry-after', '1');
    // The details of an internal error (a stack, a dead worker) go to the log, not to the client.
    const message =
      status === 500 ? 'internal error'
      : rule === 'input-too-large' && !(error instanceof HttpError) ? `body is over the size limit of ${megabytes(options.maxBytes)} (--max-bytes)`
      : error.message;
    return reply.status(status).send(errorBodyOf(rule, message));
  });
  app.setNotFoundHandler((request, reply) => reply.status(404).send(errorBodyOf('not-found', `no route ${request.method} ${request.url}`)));

  const admit = () => {
    if (extractor.full) throw new HttpError('queue-full', `${options.queueLimit} documents are already queued; retry later`);
  };

  app.post('/v1/extract', async (request, reply) => {
    admit();
    const query = request.query as { id?: string; filename?: string };
    let bytes: Uint8Array;
    let path: string;
    if (request.isMultipart()) {
      const part = await request.file();
      if (!part || part.fieldname !== 'file') throw new HttpError('bad-request', 'a multipart body needs a file field named "file"');
      bytes = await part.toBuffer();
      path = documentPath({ id: query.id, filename: query.filename ?? part.filename, mediaType: part.mimetype });
    } else if (postedMediaTypes.includes(mediaTypeOf(request))) {
      bytes = (request.body as Buffer | undefined) ?? new Uint8Array(0);
      path = documentPath({ id: query.id, filename: query.filename, mediaType: mediaTypeOf(request) });
    } else {
      throw new HttpError('unsupported-media-type', `post the document as ${postedMediaTypes.join(', ')} or multipart/form-data (a "file" field)`);
    }
    const result = await extractor.extract(bytes, path);
    if (!result.ok) throw new HttpError(result.ruleId, result.reason);
    if (result.warnings.length) request.log.warn({ warnings: result.warnings }, 'document warnings');
    return reply.type('application/json; charset=utf-8').send(result.json);
  });

  app.post('/v1/extract/batch', async (request, reply) => {
    admit();
    if (!['application/json', 'application/x-ndjson'].includes(mediaTypeOf(request)))
      throw new HttpError('unsupported-media-type', 'post a batch as application/x-ndjson or application/json');
    const entries = batchEntries(request.body);
    const out = new PassThrough();
    void reply.type('application/x-ndjson; charset=utf-8').send(out);
    void runBatch(entries, extractor, out, options.concurrency);
    return reply;
  });

  const identity = pipelineIdentity();
  app.get('/v1/version', async () => ({
    version: identity.version, pipeline: identity.fingerprint, schemaVersion: SCHEMA_VERSION, segmenter: extractor.engine ?? 'not loaded yet',
  }));
  const schema = policyDocumentJsonSchema();
  app.get('/v1/schema', async (_request, reply) => reply.type('application/schema+json; charset=utf-8').send(schema));
  const openapi = openApiDocument(identity.version);
  app.get('/v1/openapi.json', async () => openapi);
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    const status = extractor.engine === undefined ? 'starting' : 'ready';
    return reply.status(status === 'ready' ? 200 : 503).send({ status, workers: extractor.pool.workers, recycled: extractor.pool.recycled });
  });
  return { app, extractor };
}
