// Errors as the HTTP service answers them: `{error: {rule, message}}`, with
// the status a rule maps to. A document's own rules (input-binary,
// decode-invalid-bytes …) are the CLI's and answer 422.
import type { z } from 'zod';
import type { errorBody } from './contract.js';

const statusOfRule: Record<string, number> = {
  'bad-request': 400,
  'not-found': 404,
  'input-too-large': 413,
  'unsupported-media-type': 415,
  'internal-error': 500,
  'queue-full': 503,
  timeout: 504,
};

export const statusOf = (rule: string): number => statusOfRule[rule] ?? 422;

/** The rule for an error fastify or a plugin raised, from its status. */
export function ruleOfStatus(status: number): string {
  const rule = Object.entries(statusOfRule).find(([, s]) => s === status)?.[0];
  return rule ?? (status >= 500 ? 'internal-error' : 'bad-request');
}

export type ErrorBody = z.infer<typeof errorBody>;

export const errorBodyOf = (rule: string, message: string): ErrorBody => ({ error: { rule, message } });

/** Thrown by a route; the error handler answers it with its rule's status. */
export class HttpError extends Error {
  constructor(
    readonly rule: string,
    message: string,
  ) {
    super(message);
  }
}
