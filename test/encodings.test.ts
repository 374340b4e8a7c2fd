// The same policy in every supported encoding reads to the same document.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../src/index.js';

const strip = (doc: { source: unknown; id: unknown }) => ({ ...doc, source: undefined, id: undefined });

describe('encodings', () => {
  const simplified = extractFile('samples/002_1b224cf20ee24884.txt');
  it.each([
    ['gb18030.txt', 'gb18030'],
    ['gbk.txt', 'gb18030'],
    ['utf16le-bom.txt', 'utf-16le'],
    ['utf16be-bom.txt', 'utf-16be'],
    ['utf16le-nobom.txt', 'utf-16le'],
    ['utf8-bom.txt', 'utf-8'],
  ])('%s is read as %s, giving the same document as the UTF-8 sample', async (name, encoding) => {
    const { document } = await extractFile(`test/fixtures/encodings/${name}`);
    expect(document.source.encoding).toBe(encoding);
    expect(strip(document)).toEqual(strip((await simplified).document));
  });

  it('Big5 is read as big5, giving the same document as the UTF-8 traditional sample', async () => {
    const { document } = await extractFile('test/fixtures/encodings/big5.txt');
    const original = await extractFile('samples/003_c9708ef1d69653b1.txt');
    expect(document.source.encoding).toBe('big5');
    expect(strip(document)).toEqual(strip(original.document));
  });

  it('a GBK page that declares charset=gb2312 renders like its UTF-8 copy', async () => {
    const gbk = await extractFile('test/fixtures/encodings/gov-page-gbk.html');
    const utf8 = await extractFile('test/fixtures/html/gov-page.html');
    expect(gbk.document.source.encoding).toBe('gb18030');
    expect(gbk.document.source.text).toBe(utf8.document.source.text);
    expect(readFileSync('test/fixtures/encodings/gov-page-gbk.html').includes(Buffer.from('charset=gb2312'))).toBe(true);
  });
});
