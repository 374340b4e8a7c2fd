// The library API: extract a policy document from bytes, a string or a file.
// The CLI is a thin shell over these functions.
import { readFileSync, statSync } from 'node:fs';
import { VFile } from 'vfile';
import { createProcessor } from './processor.js';
import { defaultMaxBytes } from './io.js';
import type { ExtractOptions } from '../pipeline/extract.js';
import type { PolicyDocument } from '../schemas/policy-document.js';

export * from '../schemas/policy-document.js';
export type { ExtractOptions } from '../pipeline/extract.js';
export type { WordSegmenter } from './segmenter/index.js';

export interface Options extends ExtractOptions {
  /** Inputs larger than this many bytes are refused (default 20 MiB). */
  maxBytes?: number;
}

export { defaultMaxBytes };

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

export interface ExtractInput {
  /** The document's bytes (any supported encoding) or its decoded text. */
  value: Uint8Array | string;
  /** File name or path: gives the id (its stem), the format (.md = Markdown) and `source.path`. */
  path: string;
}

export interface ExtractResult {
  document: PolicyDocument;
  /** The document as written by the CLI: stable, pretty-printed JSON. */
  json: string;
  /** Warnings recorded while processing (never fatal). */
  warnings: string[];
  /** Milliseconds spent in each pipeline stage. */
  timings: Record<string, number>;
}

/** A document that could not be extracted; `reason` says why, `ruleId` which rule refused it. */
export class ExtractError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
    readonly ruleId: string | undefined,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'ExtractError';
  }
}

const processors = new Map<ExtractOptions['segmenter'], ReturnType<typeof createProcessor>>();


function checkSize(path: string, size: number, options: Options): void {
  const limit = options.maxBytes ?? defaultMaxBytes;
  if (size > limit)
    throw new ExtractError(path, `is ${megabytes(size)}, above the size limit of ${megabytes(limit)} (maxBytes / --max-bytes)`, 'input-too-large');
}

export async function extract(input: ExtractInput, options: Options = {}): Promise<ExtractResult> {
  checkSize(input.path, typeof input.value === 'string' ? input.value.length * 3 : input.value.length, options);
  const processor = processors.get(options.segmenter) ?? createProcessor(options);
  processors.set(options.segmenter, processor);
  const file = new VFile({ path: input.path, value: input.value });
  try {
    const result = await processor.process(file);
    return {
      document: result.data.document!,
      json: String(result.value),
      warnings: result.messages.map((m) => String(m)),
      timings: result.data.timings ?? {},
    };
  } catch (error) {
    const ruleId = (error as { ruleId?: string }).ruleId ?? undefined;
    const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message : String(error));
    throw new ExtractError(input.path, reason, ruleId);
  }
}

const readErrors: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ELOOP: 'symbolic link loop',
};

/** The bytes of an input file, or an ExtractError saying why not. Synchronous: documents are small. */
export function readInput(path: string, options: Options = {}): Uint8Array {
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (!info.isFile()) throw new ExtractError(path, 'is not a regular file', 'read-failed');
    checkSize(path, info.size, options);
    return readFileSync(path);
  } catch (error) {
    if (error instanceof ExtractError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new ExtractError(path, readErrors[code] ?? (error as Error).message, 'read-failed');
  }
}

export async function extractFile(path: string, options: Options = {}): Promise<ExtractResult> {
  return extract({ value: readInput(path, options), path }, options);
}
