// Regenerates schemas/policy-document.schema.json from the zod schema.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { policyDocumentJsonSchema } from '../src/json-schema.js';
import { packageRoot } from '../src/package-root.js';

const target = join(packageRoot(import.meta.url), 'schemas', 'policy-document.schema.json');
writeFileSync(target, policyDocumentJsonSchema());
process.stdout.write(`wrote ${target}\n`);
