// The two jieba engines must be interchangeable: the same words for every
// line of the samples and of the wild documents (the audit snapshot), and so the same output bytes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { loadEngine, type WordSegmenter } from '../src/segmenter/index.js';
import { buildDictionary, dictionaryFiles, protectedCharacters, rulesFile } from '../src/segmenter/dictionary.js';

const dirs = ['samples', 'test/fixtures/audit/wild'];
const files = dirs.flatMap((dir) => readdirSync(dir).sort().map((name) => join(dir, name)));
const nodejieba = loadEngine('nodejieba').segmenter;
const nodeRs = loadEngine('@node-rs/jieba').segmenter;

describe('word segmenter engines', () => {
  it('should load the dictionary as the word files give it now (run npm run dict after editing one)', () => {
    const built = buildDictionary();
    expect(readFileSync(rulesFile(dictionaryFiles.main), 'utf8')).toBe(built.main);
    expect(readFileSync(rulesFile(dictionaryFiles.user), 'utf8')).toBe(built.user);
    expect([...protectedCharacters()].sort()).toEqual(['与', '及', '和']);
  });

  it('should read documents from samples/ and the wild corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it('should cut every line of every document into the same words with nodejieba and @node-rs/jieba', () => {
    const lines = new Set(files.flatMap((f) => readFileSync(f, 'utf8').split('\n')));
    const differing = [...lines].filter((line) => nodejieba.cut(line).join('|') !== nodeRs.cut(line).join('|'));
    expect(differing.slice(0, 3).map((line) => ({ line, nodejieba: nodejieba.cut(line), nodeRs: nodeRs.cut(line) }))).toEqual([]);
    expect(lines.size).toBeGreaterThan(1000);
  });

  it.each([
    ['市发展改革委及市工业和信息化局', ['市', '发展改革委', '及', '市', '工业和信息化局']],
    ['研发及产业化', ['研发', '及', '产业化']],
    ['各县(市、区)人民政府和5G专网', ['各县', '(', '市', '、', '区', ')', '人民政府', '和', '5G', '专网']],
  ])('should cut %s alike in both engines, with the text intact', (text, words) => {
    for (const segmenter of [nodejieba, nodeRs]) expect(segmenter.cut(text)).toEqual(words);
  });

  it('should give byte-identical outputs with either engine', async () => {
    const run = (path: string, segmenter: WordSegmenter) =>
      extract({ value: readFileSync(path), path }, { segmenter: () => segmenter }).then((r) => r.json, (e: Error) => e.message);
    for (const path of files) expect(await run(path, nodeRs), path).toBe(await run(path, nodejieba));
  });
});
