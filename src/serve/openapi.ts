// The OpenAPI 3.1 document of the service, generated from the zod schemas:
// the output contract (schemas/policy-document.ts) and the service's own
// messages (contract.ts). Served at GET /v1/openapi.json.
import { z } from 'zod';
import { policyDocumentSchema } from '../json-schema.js';
import { batchItem, batchLine, errorBody, readyBody, versionBody } from './contract.js';
import { postedMediaTypes } from './document-path.js';

const schema = (s: z.ZodType) => z.toJSONSchema(s, { target: 'draft-2020-12', io: 'input' });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [String(status), { description: errorMeanings[status], content: json('Error') }]));

const errorMeanings: Record<number, string> = {
  400: 'bad request (no file field, a batch that is not an array or NDJSON)',
  413: 'body over the size limit (--max-bytes)',
  415: 'unsupported Content-Type',
  422: 'the document cannot be read: empty, blank, binary or undecodable (the CLI\'s rule ids)',
  503: 'queue limit reached: retry after the Retry-After seconds',
  504: 'the document ran over the time limit (its worker is recycled)',
};

const idParameters = [
  { name: 'id', in: 'query', required: false, schema: { type: 'string' }, description: 'document id (default: the file name\'s stem, else "document")' },
  { name: 'filename', in: 'query', required: false, schema: { type: 'string' }, description: 'file name; a .txt, .md or .html extension decides the format' },
];

export function openApiDocument(version: string): Record<string, unknown> {
  const raw = Object.fromEntries(postedMediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]));
  return {
    openapi: '3.1.0',
    info: { title: 'policy-extract', version, description: 'Document-structure extraction for Chinese government policy texts.' },
    paths: {
      '/v1/extract': {
        post: {
          summary: 'Extract one document',
          parameters: idParameters,
          requestBody: {
            required: true,
            content: {
              ...raw,
              'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } },
            },
          },
          responses: { 200: { description: 'the document (contract v1)', content: json('PolicyDocument') }, ...errors(400, 413, 415, 422, 503, 504) },
        },
      },
      '/v1/extract/batch': {
        post: {
          summary: 'Extract many documents; one NDJSON line per document, in the order they finish',
          requestBody: {
            required: true,
            content: {
              'application/x-ndjson': { schema: ref('BatchItem') },
              'application/json': { schema: { type: 'array', items: ref('BatchItem') } },
            },
          },
          responses: { 200: { description: 'one BatchLine per document', content: { 'application/x-ndjson': { schema: ref('BatchLine') } } }, ...errors(400, 413, 415, 503) },
        },
      },
      '/v1/schema': { get: { summary: 'The JSON Schema of the output contract', responses: { 200: { description: 'JSON Schema', content: { 'application/schema+json': { schema: { type: 'object' } } } } } } },
      '/v1/version': { get: { summary: 'Package version and pipeline fingerprint', responses: { 200: { description: 'versions', content: json('Version') } } } },
      '/v1/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
      '/healthz': { get: { summary: 'The process is up', responses: { 200: { description: 'up' } } } },
      '/readyz': {
        get: {
          summary: 'Ready once the workers have started and loaded their dictionaries',
          responses: { 200: { description: 'ready', content: json('Ready') }, 503: { description: 'starting (or stopping)', content: json('Ready') } },
        },
      },
    },
    components: {
      schemas: {
        PolicyDocument: policyDocumentSchema(),
        BatchItem: schema(batchItem),
        BatchLine: schema(batchLine),
        Error: schema(errorBody),
        Version: schema(versionBody),
        Ready: schema(readyBody),
      },
    },
  };
}
