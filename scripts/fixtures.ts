// Builds the binary and generated test fixtures: inputs in every supported
// encoding (test/fixtures/encodings/) and the bad inputs (test/fixtures/bad/).
// Run with `npm run fixtures`; the very large cases (a 10 MB line, a 50 MB
// file) are built by the tests themselves in a temporary directory.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { packageRoot } from '../src/package-root.js';

const root = packageRoot(import.meta.url);
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const utf8 = (text: string) => Buffer.from(text, 'utf8');

/** Inputs in each supported encoding, from the samples. */
export function encodingFixtures(): Record<string, Uint8Array> {
  const simplified = read('samples/002_1b224cf20ee24884.txt');
  const traditional = read('samples/003_c9708ef1d69653b1.txt');
  const page = read('test/fixtures/html/gov-page.html').replace('charset=utf-8', 'charset=gb2312');
  return {
    'gb18030.txt': iconv.encode(simplified, 'gb18030'),
    'gbk.txt': iconv.encode(simplified, 'gbk'),
    'big5.txt': iconv.encode(traditional, 'big5'),
    'utf16le-bom.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(simplified, 'utf-16le')]),
    'utf16be-bom.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(simplified, 'utf-16be')]),
    'utf16le-nobom.txt': iconv.encode(simplified, 'utf-16le'),
    'utf8-bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(simplified)]),
    'gov-page-gbk.html': iconv.encode(page, 'gbk'),
  };
}

/** One bad input per case of the robustness issue (the large ones excepted). */
export function badFixtures(): Record<string, Uint8Array> {
  const policy = read('samples/002_1b224cf20ee24884.txt');
  const lines = policy.split('\n');
  const markers = Array.from({ length: 10_000 }, (_, i) => `${'（一）'.repeat(1 + (i % 5))}${i + 1}.(${i + 1})①第${i + 1}条`).join('\n');
  return {
    'empty.txt': new Uint8Array(0),
    'whitespace.txt': utf8(' \n\t\u3000\u3000\n\r\n  '),
    'png-renamed.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    'zip-renamed.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]),
    'pdf-renamed.txt': utf8('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
    'truncated-utf8.txt': utf8(policy).subarray(0, utf8(policy).length - 2),
    'mixed-encodings.txt': Buffer.concat([utf8(lines.slice(0, 30).join('\n')), iconv.encode(lines.slice(30).join('\n'), 'gbk')]),
    'nul-bytes.txt': Buffer.concat([utf8(lines.slice(0, 20).join('\n')), Buffer.from([0, 0, 0, 1, 2, 0]), utf8(lines.slice(20).join('\n'))]),
    'no-structure.txt': utf8('关于做好春节期间安全生产工作的通知\n各单位要高度重视节日期间安全生产工作，切实加强值班值守，确保不发生重大事故。\n特此通知。\n'),
    'numbering-skips.txt': utf8('某某实施方案\n一、总体要求\n（一）指导思想。坚持。\n（三）目标。到2025年建成10个园区。\n（三）重复的编号。\n（一）重新开始的编号。\n三、保障措施\n1.加强领导。\n1.再次从一开始。\n'),
    'unbalanced-note.txt': utf8('某某实施方案\n一、重点任务\n（一）建设园区。建成10个园区。（责任单位：市发展改革委、市财政局\n（二）培育企业。）责任单位：市科技局）\n'),
    'nested-markers.txt': utf8(`某某实施方案\n${markers}\n`),
  };
}

/** A single line of about `bytes` bytes of policy text (10 MB case). */
export function longLine(bytes: number): Uint8Array {
  const text = read('samples/004_089e7161dbc65c0d.txt').split('\n').slice(8).join(' ');
  const unit = Buffer.from(text, 'utf8');
  const out = Buffer.alloc(bytes, 0x20);
  for (let at = 0; at + unit.length <= bytes; at += unit.length) unit.copy(out, at);
  return Buffer.concat([utf8('某某实施方案\n'), out]);
}

function write(dir: string, files: Record<string, Uint8Array>): void {
  const target = join(root, dir);
  mkdirSync(target, { recursive: true });
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(target, name), bytes);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  write('test/fixtures/encodings/', encodingFixtures());
  write('test/fixtures/bad/', badFixtures());
  process.stdout.write('wrote test/fixtures/encodings/ and test/fixtures/bad/\n');
}
