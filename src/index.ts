// The library API: extract a policy document from bytes, a string or a file.
// The CLI is a thin shell over these functions.
import { readFile } from 'node:fs/promises';
import { VFile } from 'vfile';
import { createProcessor } from './processor.js';
import type { ExtractOptions } from '../pipeline/extract.js';
import type { PolicyDocument } from '../schemas/policy-document.js';

export * from '../schemas/policy-document.js';
export type { ExtractOptions } from '../pipeline/extract.js';
export type { WordSegmenter } from './segmenter/index.js';

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

export async function extract(input: ExtractInput, options: ExtractOptions = {}): Promise<ExtractResult> {
  const processor = processors.get(options.segmenter) ?? createProcessor(options);
  processors.set(options.segmenter, processor);
  const file = new VFile({ path: input.path, value: input.value });
  try {
    const result = await processor.process(file);
    return {
      document: result.data.document!,
      json: String(result.value),
      warnings: result.messages.map((m) => String(m)),
    };
  } catch (error) {
    const ruleId = (error as { ruleId?: string }).ruleId ?? undefined;
    const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message : String(error));
    throw new ExtractError(input.path, reason, ruleId);
  }
}

export async function extractFile(path: string, options: ExtractOptions = {}): Promise<ExtractResult> {
  let value: Uint8Array;
  try {
    value = await readFile(path);
  } catch (error) {
    throw new ExtractError(path, (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a directory' : (error as Error).message, 'read-failed');
  }
  return extract({ value, path }, options);
}
