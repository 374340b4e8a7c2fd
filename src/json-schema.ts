// The published JSON Schema, generated from the zod schema (its single source).
// Generated for input, so objects stay open: OUTPUT.md lets later versions add fields.
import { z } from 'zod';
import { policyDocument, SCHEMA_VERSION } from '../schemas/policy-document.js';

/** The schema as an object (the HTTP service's OpenAPI document embeds it; its $id keeps its $refs local). */
export function policyDocumentSchema(): Record<string, unknown> {
  return {
    $id: `https://policy-extract.dev/schemas/policy-document.v${SCHEMA_VERSION}.json`,
    title: 'Policy document (policy-extract output contract)',
    ...z.toJSONSchema(policyDocument, { target: 'draft-2020-12', io: 'input' }),
  };
}

export function policyDocumentJsonSchema(): string {
  return `${JSON.stringify(policyDocumentSchema(), null, 2)}\n`;
}
