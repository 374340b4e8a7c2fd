// Golden tests over samples/: output/ must be what the code produces now
// (regenerate with `npm run corpus`), and every document must keep its spans.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../src/index.js';
import { policyDocument } from '../schemas/policy-document.js';
import { brokenSpans, spannedEntities } from '../src/spans.js';

const samples = readdirSync('samples').filter((f) => /\.(txt|md)$/.test(f)).sort();
const fixtures = ['test/fixtures/extra', 'test/fixtures/layouts'].flatMap((dir) =>
  readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).map((f) => join(dir, f)),
);

describe('samples', () => {
  it('should have all five samples', () => expect(samples).toHaveLength(5));

  it.each(samples)('output/%s is current', async (name) => {
    const { json } = await extractFile(join('samples', name));
    const stem = name.replace(/\.(txt|md)$/, '');
    expect(json, `output/${stem}.json is stale: run npm run corpus`).toBe(readFileSync(join('output', `${stem}.json`), 'utf8'));
  });
});

describe.each([...samples.map((n) => join('samples', n)), ...fixtures])('%s', (path) => {
  it('should validate and slice every span from the source', async () => {
    const { document } = await extractFile(path);
    expect(policyDocument.safeParse(document).success).toBe(true);
    const source = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    expect(spannedEntities(document).length).toBeGreaterThan(0);
    expect(brokenSpans(document, source)).toEqual([]);
    expect(document.parts.length).toBeGreaterThan(0);
  });
});
