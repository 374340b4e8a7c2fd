// The real CLI binary (built into dist/ by `npm test`), as a user runs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const cli = (...args: string[]) => spawnSync(process.execPath, ['dist/bin/policy-extract.js', ...args], { encoding: 'utf8' });
const temp = () => mkdtempSync(join(tmpdir(), 'policy-extract-'));

describe('policy-extract', () => {
  it('should print its usage with --help and its version with --version', () => {
    const help = cli('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: policy-extract INPUT\.\.\. \[--out DIR\]/);
    const version = cli('--version');
    const own = JSON.parse(readFileSync('package.json', 'utf8')).version;
    expect(version.stdout.trim()).toMatch(new RegExp(`^${own} \\(word segmenter: nodejieba \\d+\\.\\d+\\.\\d+\\)$`));
    const fallback = spawnSync(process.execPath, ['dist/bin/policy-extract.js', '--version'], { encoding: 'utf8', env: { ...process.env, POLICY_EXTRACT_SEGMENTER: '@node-rs/jieba' } });
    expect(fallback.stdout.trim()).toMatch(/\(word segmenter: @node-rs\/jieba \d+\.\d+\.\d+\)$/);
  });

  it.each([[[]], [['--nope', 'samples']], [['samples']], [['--concurrency', '0', '--out', 'x', 'samples']]])(
    'should exit 2 for bad usage: %j',
    (args) => {
      const result = cli(...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^policy-extract: /);
    },
  );

  it('should print the JSON of a single input to stdout', () => {
    const result = cli('samples/002_1b224cf20ee24884.txt');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(readFileSync('output/002_1b224cf20ee24884.json', 'utf8'));
  });

  it('should stop quietly, without a crash, when the reader closes the pipe early (| head)', () => {
    // head -c 100 closes its end after 100 bytes, long before the JSON (over 64 KiB, a pipe's buffer) is written.
    const result = spawnSync('sh', ['-c', `"${process.execPath}" dist/bin/policy-extract.js samples/003_c9708ef1d69653b1.txt | head -c 100 >/dev/null`], { encoding: 'utf8' });
    expect(readFileSync('output/003_c9708ef1d69653b1.json').length).toBeGreaterThan(65536);
    expect(result.stderr).not.toMatch(/EPIPE|Error/);
  });

  it('should read one document from standard input with -, its format from --format or an HTML opening tag', async () => {
    const text = readFileSync('samples/002_1b224cf20ee24884.txt');
    const stdin = (args: string[], input: Uint8Array | string) => spawnSync(process.execPath, ['dist/bin/policy-extract.js', '-', ...args], { input, encoding: 'utf8' });
    const plain = stdin([], text);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toBe((await extract({ value: text, path: 'stdin.txt' })).json);
    const markdown = '# 某某条例\n\n第一条 为了规范管理，制定本条例。\n';
    expect(JSON.parse(stdin(['--format', 'md'], markdown).stdout).source.format).toBe('markdown');
    expect(JSON.parse(stdin([], '<!DOCTYPE html><html><body><p>某某方案</p><p>一、任务</p></body></html>').stdout).source.format).toBe('html');
    const binary = stdin([], readFileSync('test/fixtures/bad/png-renamed.txt'));
    expect(binary.status).toBe(1);
    expect(binary.stderr).toMatch(/^stdin\.txt: /);
    expect(stdin(['--format', 'pdf'], 'x').status).toBe(2);
    expect(cli('-', 'samples').status).toBe(2);
  });

  it('should write every good document of a batch, report every bad one and exit 1', () => {
    const input = temp();
    const out = join(temp(), 'nested', 'out');
    writeFileSync(join(input, 'good.txt'), '某某方案\n一、任务\n（一）甲。建成10个园区。');
    writeFileSync(join(input, 'bad.txt'), Uint8Array.from([0xc3, 0x28, 0xff]));
    mkdirSync(join(input, 'sub'));
    writeFileSync(join(input, 'sub', 'rule.md'), '# 某某条例\n\n第一条 为了规范管理，制定本条例。\n');
    writeFileSync(join(input, 'notes.csv'), 'ignored');
    const result = cli(input, join(input, 'missing.txt'), '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(input, 'bad.txt')}: bytes fit no supported encoding`);
    expect(result.stderr).toContain(`${join(input, 'missing.txt')}: no such file or directory`);
    expect(result.stderr).toMatch(/policy-extract: 4 inputs: 2 ok, 2 failed, 0 skipped/);
    expect(readdirSync(out).sort()).toEqual(['good.json', 'index.policy-extract.json', 'manifest.policy-extract.json', 'rule.json']);
    expect(JSON.parse(readFileSync(join(out, 'good.json'), 'utf8')).id).toBe('good');
  });

  it('should start a second worker only for enough input, unless --concurrency names the number', () => {
    const workers = (dir: string, ...args: string[]) => {
      const summary = join(temp(), 'summary.json');
      expect(cli(dir, '--out', temp(), '--quiet', '--summary', summary, ...args).status).toBe(0);
      return JSON.parse(readFileSync(summary, 'utf8')).workers;
    };
    expect(workers('samples')).toBe(1);
    expect(workers('samples', '--concurrency', '2')).toBe(2);
    // Over 8 MB waiting: more than one worker's share.
    const big = temp();
    const text = readdirSync('samples').map((f) => readFileSync(join('samples', f), 'utf8')).join('\n').repeat(10);
    for (let i = 0; i < 7; i++) writeFileSync(join(big, `big-${i}.txt`), text);
    expect(workers(big)).toBe(Math.min(2, availableParallelism()));
  });

  it('should exit 0 and write one file per sample', () => {
    const out = temp();
    const result = cli('samples', '--out', out, '--concurrency', '2');
    expect(result.status).toBe(0);
    expect(readdirSync(out).filter((f) => !f.includes('.policy-extract.')).sort()).toEqual(
      readdirSync('samples').map((f) => f.replace(/\.txt$/, '.json')).sort(),
    );
  });
});
