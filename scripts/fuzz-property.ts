// The fuzzing property shared by the test suite and `npm run fuzz`: for
// arbitrary bytes, arbitrary text and mutated policy text, the pipeline either
// returns a document that validates and whose every span slices its text, or
// refuses the input with a known rule id. Anything else is a failure.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { extract, ExtractError, policyDocument } from '../src/index.js';
import { brokenSpans } from '../src/spans.js';
import { packageRoot } from '../src/package-root.js';

/** Refusals that are answers, not failures. */
export const expectedRefusals = new Set([
  'input-empty', 'input-blank', 'input-binary', 'decode-invalid-bytes', 'decode-unsupported-encoding', 'input-too-large',
]);

const root = packageRoot(import.meta.url);
const samples = readdirSync(join(root, 'samples')).sort().map((f) => readFileSync(join(root, 'samples', f), 'utf8'));

/** Pieces policy text is made of, in both punctuation widths and both scripts. */
const fragments = [
  '一、', '（一）', '(二)', '〔三〕', '1.', '2、', '３．', '(1)', '（２）', '①', '②', '第一章', '第十二条', '第一部分', '　　', '\n', '\r\n',
  '8000座以上', '2.47万座', '5500亿元', '近千万台', '20%', '３－５年', '百分之七十', '不少于', '分别最高', '、', '，', ',', '。', '；',
  '到2025年底', '2022年底前', '每季度', '7日内', '自2019年1月1日至2021年12月31日', '(2022-2024年)', '5月底前', '年底前',
  '（责任单位：', '〔责任单位:', '）', ')', '〕', '牵头', '按职责分工负责', '市工业和信息化局', '區發展和改革局', '各县（市、区）人民政府',
  '及', '和', '列第一位为牵头单位', '牵头单位与配合单位以“;”隔开', '“', '”', '《', '》', '|', ' | ', '附件', '附件：1.', '关于印发《某某办法》的通知',
  '某某市人民政府', '2023年3月10日', '发文字号： | 某政发〔2023〕1号', '5G', 'IPv6', '一批', '二十大', '聊政办字〔2020〕20号', '關(guan) 於(yu)',
  '当前位置：首页 > 政策', '扫一扫', '\u0000', '\ufffd', '𠀀',
];

const fragment = fc.constantFrom(...fragments);
const cjk = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
const policyText = fc.array(fc.oneof({ weight: 4, arbitrary: fragment }, { weight: 1, arbitrary: cjk }), { maxLength: 120 }).map((a) => a.join(''));

/** A sample cut to a window and mutated: pieces inserted, deleted and repeated. */
const mutatedSample = fc
  .record({
    sample: fc.nat(samples.length - 1),
    from: fc.nat(20000),
    length: fc.integer({ min: 0, max: 1500 }),
    edits: fc.array(fc.record({ at: fc.nat(1500), cut: fc.nat(20), insert: fc.oneof(fragment, policyText) }), { maxLength: 12 }),
  })
  .map(({ sample, from, length, edits }) => {
    const text = samples[sample]!;
    const start = from % Math.max(1, text.length);
    let out = text.slice(start, start + length);
    for (const e of edits) {
      const at = e.at % (out.length + 1);
      out = out.slice(0, at) + e.insert + out.slice(at + e.cut);
    }
    return out;
  });

const names = fc.constantFrom('doc.txt', 'doc.md', 'page.html');

/** One fuzz case: what is fed to extract(). */
export const fuzzInput = fc.oneof(
  { weight: 3, arbitrary: fc.record({ value: mutatedSample, path: names }) },
  { weight: 3, arbitrary: fc.record({ value: policyText, path: names }) },
  { weight: 1, arbitrary: fc.record({ value: fc.string({ unit: 'binary', maxLength: 300 }), path: names }) },
  { weight: 1, arbitrary: fc.record({ value: fc.uint8Array({ maxLength: 300 }), path: names }) },
);

export type FuzzInput = { value: string | Uint8Array; path: string };

/** Throws (with the reason) when the pipeline misbehaves on `input`. */
export async function checkInput(input: FuzzInput): Promise<void> {
  let result;
  try {
    result = await extract(input);
  } catch (error) {
    if (error instanceof ExtractError && expectedRefusals.has(error.ruleId ?? '')) return;
    throw error;
  }
  const parsed = policyDocument.safeParse(result.document);
  if (!parsed.success) throw new Error(`invalid output: ${parsed.error.issues[0]!.message} at ${parsed.error.issues[0]!.path.join('.')}`);
  const source = result.document.source.text ?? decodeForSpans(input.value);
  const broken = brokenSpans(result.document, source);
  if (broken.length) throw new Error(`span ${JSON.stringify(broken[0]!.span)} does not slice “${broken[0]!.text}”`);
}

/** The text spans index for a text or Markdown input. */
function decodeForSpans(value: string | Uint8Array): string {
  const text = typeof value === 'string' ? value : new TextDecoder().decode(value);
  return text.replace(/^\uFEFF/, '');
}

export const fuzzProperty = fc.asyncProperty(fuzzInput, checkInput);
