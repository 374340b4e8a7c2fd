// A Markdown policy yields the same contract as the same text in .txt.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';
import type { PolicyDocument } from '../schemas/policy-document.js';

const txt = `某某市促进养老服务发展条例
第一章　总则
第一条　为加快发展养老服务业，制定本条例。
第二条　到2025年，全市养老床位不少于40张。（市民政局牵头，市财政局配合）
第二章　附则
第三条　本条例自2023年5月1日起施行。`;

const md = `# 某某市促进养老服务发展条例

<!-- INFO END -->

## 第一章　总则

第一条　为加快发展养老服务业，制定本条例。

第二条　到2025年，全市养老床位不少于40张。（市民政局牵头，市财政局配合）

## 第二章　附则

第三条　本条例自2023年5月1日起施行。
`;

/** The document without what depends on the file's bytes: offsets, hashes, paths. */
function shape(doc: PolicyDocument): unknown {
  return JSON.parse(
    JSON.stringify({ meta: doc.meta, parts: doc.parts }, (key, value) => (key === 'span' ? undefined : value)),
  );
}

describe('Markdown input', () => {
  it('should give the same parts, sections, entities and metadata as plain text', async () => {
    const fromMd = await run(md, 'rule.md');
    const fromTxt = await run(txt, 'rule.txt');
    expect(shape(fromMd)).toEqual(shape(fromTxt));
    expect(fromMd.parts[0]!.sections.map((s) => s.heading)).toEqual(['总则', '附则']);
  });

  it('should index spans into the Markdown source', async () => {
    const doc = await run(md, 'rule.md');
    const q = doc.parts[0]!.sections[0]!.sections[1]!.quantities[0]!;
    expect(md.slice(q.span[0], q.span[1])).toBe('40张');
  });
});
