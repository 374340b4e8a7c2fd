// The published JSON Schema, generated from the zod schema (its single source).
// Generated for input, so objects stay open: OUTPUT.md lets later versions add fields.
import { z } from 'zod';
import { policyDocument, SCHEMA_VERSION } from '../schemas/policy-document.js';

export function policyDocumentJsonSchema(): string {
  const schema = z.toJSONSchema(policyDocument, { target: 'draft-2020-12', io: 'input' });
  const published = {
    $id: `https://policy-extract.dev/schemas/policy-document.v${SCHEMA_VERSION}.json`,
    title: 'Policy document (policy-extract output contract)',
    ...schema,
  };
  return `${JSON.stringify(published, null, 2)}\n`;
}
