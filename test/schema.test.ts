import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policyDocumentJsonSchema } from '../src/json-schema.js';
import { policyDocument } from '../schemas/policy-document.js';

describe('schemas/policy-document.schema.json', () => {
  it('should be generated from the current zod schema (npm run schema)', () => {
    expect(readFileSync('schemas/policy-document.schema.json', 'utf8')).toBe(policyDocumentJsonSchema());
  });

  it.each(readdirSync('output').filter((f) => f.endsWith('.json') && !f.includes('.policy-extract.')))('should accept output/%s', (name) => {
    const result = policyDocument.safeParse(JSON.parse(readFileSync(`output/${name}`, 'utf8')));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('should reject a quantity without a value, naming the path', () => {
    const doc = JSON.parse(readFileSync('output/002_1b224cf20ee24884.json', 'utf8'));
    delete doc.parts[0].sections[0].quantities[0].value;
    const result = policyDocument.safeParse(doc);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['parts', 0, 'sections', 0, 'quantities', 0, 'value']);
  });
});
