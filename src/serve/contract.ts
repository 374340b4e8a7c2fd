// The HTTP service's own messages as zod schemas: what the batch route reads,
// the lines it writes, and the error body. The OpenAPI document is generated
// from them (openapi.ts), and the batch route parses its input with them.
import { z } from 'zod';

export const errorBody = z.object({
  error: z.object({
    rule: z.string().describe('the rule that refused the request: the CLI\'s rule ids (input-binary, decode-invalid-bytes, input-too-large …) or queue-full, timeout, bad-request, unsupported-media-type, not-found, internal-error'),
    message: z.string(),
  }),
});

export const inputFormats = ['txt', 'md', 'html'] as const;

export const batchItem = z.object({
  id: z.string().min(1).max(200).regex(/^[^/\\]+$/, 'an id names a document, not a path').describe('the document id (output `id`)'),
  text: z.string().describe('the document text'),
  format: z.enum(inputFormats).default('txt'),
});

const batchLineBase = z.object({
  index: z.number().int().nonnegative().describe('position of the document in the batch'),
  id: z.string().nullable().describe('the id given, when one could be read'),
});

export const batchLine = z.union([
  batchLineBase.extend({ document: z.record(z.string(), z.unknown()).describe('a PolicyDocument (contract v1)') }),
  batchLineBase.extend(errorBody.shape),
]);

export const versionBody = z.object({
  version: z.string().describe('policy-extract package version'),
  pipeline: z.string().describe('pipeline fingerprint: outputs built by another fingerprint may differ'),
  schemaVersion: z.string(),
  segmenter: z.string().describe('word segmentation engine and its version'),
});

export const readyBody = z.object({
  status: z.enum(['ready', 'starting']),
  workers: z.number().int(),
  recycled: z.number().int().describe('workers ended after a document ran over the time limit'),
});

export type BatchItem = z.infer<typeof batchItem>;
