// Every bad input of test/fixtures/bad/ (built by `npm run fixtures`) gets
// its behaviour: a clear error with a rule id, or a valid document.
import { mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile, ExtractError } from '../src/index.js';
import { brokenSpans } from '../src/spans.js';
import { longLine } from '../scripts/fixtures.js';
import { flatSections } from './helpers.js';

const bad = (name: string) => join('test/fixtures/bad', name);
const temp = () => mkdtempSync(join(tmpdir(), 'policy-extract-bad-'));

const refused: Array<[string, string, RegExp]> = [
  ['empty.txt', 'input-empty', /is empty/],
  ['whitespace.txt', 'input-blank', /no text/],
  ['png-renamed.txt', 'input-binary', /PNG image/],
  ['zip-renamed.txt', 'input-binary', /ZIP archive/],
  ['pdf-renamed.txt', 'input-binary', /PDF document/],
  ['truncated-utf8.txt', 'decode-invalid-bytes', /invalid bytes at byte \d+ \(truncated characters or mixed encodings\)/],
  ['mixed-encodings.txt', 'decode-invalid-bytes', /invalid bytes at byte 2537/],
  ['nul-bytes.txt', 'input-binary', /NUL bytes \(first at byte 435\)/],
];

describe('bad inputs that are refused', () => {
  it.each(refused)('%s → %s', async (name, ruleId, reason) => {
    const error = await extractFile(bad(name)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractError);
    expect(error).toMatchObject({ ruleId, path: bad(name), reason: expect.stringMatching(reason) });
  });

  it('a directory passed as a file → read-failed', async () => {
    await expect(extractFile('test/fixtures/bad')).rejects.toMatchObject({ ruleId: 'read-failed', reason: 'is a directory, not a file' });
  });

  it('a missing or dangling file → read-failed', async () => {
    const dir = temp();
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
    await expect(extractFile(join(dir, 'dangling.txt'))).rejects.toMatchObject({ ruleId: 'read-failed', reason: 'no such file' });
  });

  it('a file above the size limit → input-too-large, naming the limit', async () => {
    const dir = temp();
    const path = join(dir, 'big.txt');
    writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 0x41));
    await expect(extractFile(path)).rejects.toMatchObject({
      ruleId: 'input-too-large',
      reason: 'is 50.0 MiB, above the size limit of 20.0 MiB (maxBytes / --max-bytes)',
    });
    await expect(extractFile(path, { maxBytes: 1024 })).rejects.toMatchObject({ reason: expect.stringContaining('limit of 0.0 MiB') });
  });
});

describe('odd inputs that still give a valid document', () => {
  it('text with no numbered structure → zero sections', async () => {
    const { document } = await extractFile(bad('no-structure.txt'));
    expect(document.parts.map((p) => p.kind)).toEqual(['main']);
    expect(flatSections(document)).toEqual([]);
  });

  it('numbering that skips, restarts or repeats → every section, with unique ids', async () => {
    const { document } = await extractFile(bad('numbering-skips.txt'));
    const ids = flatSections(document).map((s) => s.id);
    expect(ids).toEqual(['main/一', 'main/一/（一）', 'main/一/（三）', 'main/一/（三）~2', 'main/一/（一）~2', 'main/三', 'main/三/1', 'main/三/1~2']);
  });

  it('unbalanced brackets in a note → the note read to the line end, with a warning', async () => {
    const { document, warnings } = await extractFile(bad('unbalanced-note.txt'));
    const [first, second] = flatSections(document).slice(1);
    expect(first!.responsibility!.units).toEqual(['市发展改革委', '市财政局']);
    expect(second!.responsibility).toBeNull();
    expect(warnings).toEqual([expect.stringMatching(/:3:17-3:34: responsibility note has no closing bracket/)]);
  });

  it('10,000 nested-looking markers → a valid document, nesting bounded by the marker styles', async () => {
    const { document } = await extractFile(bad('nested-markers.txt'));
    const sections = flatSections(document);
    expect(sections.length).toBeGreaterThanOrEqual(10_000);
    expect(Math.max(...sections.map((s) => s.level))).toBeLessThanOrEqual(9);
  });

  it('one 10 MB line → a valid document whose spans slice the source', async () => {
    const dir = temp();
    const path = join(dir, 'long-line.txt');
    writeFileSync(path, longLine(10 * 1024 * 1024));
    const { document } = await extractFile(path);
    expect(document.parts[0]!.quantities.length).toBeGreaterThan(1000);
    expect(brokenSpans(document, readFileSync(path, 'utf8'))).toEqual([]);
  });
});

describe('a batch with bad files among good ones', () => {
  it('writes every good one, reports every bad one (stderr and summary) and exits 1', () => {
    const input = temp();
    const out = join(temp(), 'out');
    for (const name of ['empty.txt', 'png-renamed.txt', 'mixed-encodings.txt', 'no-structure.txt']) {
      writeFileSync(join(input, name), readFileSync(bad(name)));
    }
    writeFileSync(join(input, 'good.txt'), readFileSync('samples/002_1b224cf20ee24884.txt'));
    mkdirSync(join(input, 'loop'));
    symlinkSync('..', join(input, 'loop', 'up'));
    const summary = join(out, '..', 'summary.json');
    const result = spawnSync(process.execPath, ['dist/bin/policy-extract.js', input, '--out', out, '--summary', summary], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    for (const name of ['empty.txt', 'png-renamed.txt', 'mixed-encodings.txt']) expect(result.stderr).toContain(join(input, name));
    expect(result.stderr).toContain(`${join(input, 'loop', 'up')}: symbolic link loop`);
    const report = JSON.parse(readFileSync(summary, 'utf8'));
    expect(report).toMatchObject({ ok: 2, failed: 4 });
    expect(report.failures.map((f: { ruleId: string }) => f.ruleId).sort()).toEqual(['decode-invalid-bytes', 'input-binary', 'input-empty', 'read-failed']);
    const index = JSON.parse(readFileSync(join(out, 'index.policy-extract.json'), 'utf8'));
    expect(index.documents.map((d: { output: string }) => d.output)).toEqual(['good.json', 'no-structure.json']);
  });
});
