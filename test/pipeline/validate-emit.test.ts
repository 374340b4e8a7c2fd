import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import { VFile } from 'vfile';
import decode from '../../pipeline/decode.js';
import normalise from '../../pipeline/normalise.js';
import segment from '../../pipeline/segment.js';
import extract from '../../pipeline/extract.js';
import validate from '../../pipeline/validate.js';
import emit from '../../pipeline/emit.js';
import type { PolicyRoot } from '../../src/tree.js';

const text = '某某方案\n一、任务\n（一）甲。到2025年建成5G基站8000座以上。';

/** The processor with one corrupting plugin slipped in before validate. */
function corruptedBy(corrupt: (tree: PolicyRoot) => void) {
  return unified().use(decode).use(normalise).use(segment).use(extract).use(() => corrupt).use(validate).use(emit);
}

describe('validate', () => {
  it('should fail the file, naming the entity path, when a span does not slice its text', async () => {
    const processor = corruptedBy((tree) => {
      tree.children[0]!.children[0]!.children[0]!.quantities[0]!.span[0] += 1;
    });
    await expect(processor.process(new VFile({ value: text, path: 'a.txt' }))).rejects.toMatchObject({
      ruleId: 'span-mismatch',
      reason: expect.stringContaining('parts[0].sections[0].sections[0].quantities[0]'),
    });
  });

  it('should fail the file, naming the field, when the output breaks the schema', async () => {
    const processor = corruptedBy((tree) => {
      tree.meta!.issuedOn = '2022年1月1日';
    });
    await expect(processor.process(new VFile({ value: text, path: 'a.txt' }))).rejects.toMatchObject({
      ruleId: 'schema-invalid',
      reason: expect.stringContaining('meta.issuedOn'),
    });
  });
});

describe('emit', () => {
  it('should write the same bytes for the same input, ending with a newline', async () => {
    const processor = corruptedBy(() => undefined);
    const a = String((await processor.process(new VFile({ value: text, path: 'a.txt' }))).value);
    const b = String((await processor.process(new VFile({ value: text, path: 'a.txt' }))).value);
    expect(a).toBe(b);
    expect(a.endsWith('}\n')).toBe(true);
    expect(JSON.parse(a)).toMatchObject({ schemaVersion: '1', id: 'a' });
  });
});
