// Regenerates schemas/policy-document.schema.json from the zod schema.
import { writeFileSync } from 'node:fs';
import { policyDocumentJsonSchema } from '../src/json-schema.js';

const target = new URL('../../schemas/policy-document.schema.json', import.meta.url);
writeFileSync(target, policyDocumentJsonSchema());
process.stdout.write(`wrote ${target.pathname}\n`);
