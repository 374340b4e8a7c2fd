// Corpus builds through the real CLI: incremental, deterministic, checkable,
// shardable. Each test builds in its own temporary directory.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inShard, parseShard } from '../src/corpus/shard.js';

const cli = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(process.cwd(), 'dist/bin/policy-extract.js'), ...args], { encoding: 'utf8', cwd, env: { ...process.env, CI: 'true' } });

/** A work directory with a corpus of the samples and the extra texts. */
function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-corpus-'));
  cpSync('samples', join(dir, 'in', 'samples'), { recursive: true });
  cpSync('test/fixtures/extra', join(dir, 'in', 'extra'), { recursive: true });
  return dir;
}

const snapshot = (dir: string) =>
  Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

/** Each file's inode and modification time: a rewrite (even with the same bytes) changes them. */
const writes = (dir: string) =>
  Object.fromEntries(readdirSync(dir).sort().map((name) => {
    const info = statSync(join(dir, name), { bigint: true });
    return [name, `${info.ino}:${info.mtimeNs}`];
  }));

/** Starts a build and kills it (SIGKILL) once `outputs` documents are written; resolves with what was on disk then. */
function killedBuild(cwd: string, outputs: number, ...args: string[]): Promise<string[]> {
  const child = spawn(process.execPath, [join(process.cwd(), 'dist/bin/policy-extract.js'), ...args], { cwd, stdio: 'ignore' });
  const out = join(cwd, args[args.indexOf('--out') + 1]!);
  return new Promise((resolve) => {
    const poll = setInterval(() => {
      const names = existsSync(out) ? readdirSync(out) : [];
      if (names.filter((n) => n.endsWith('.json')).length < outputs) return;
      clearInterval(poll);
      child.kill('SIGKILL');
      child.on('exit', () => resolve(names));
    }, 5);
  });
}

describe('corpus builds', () => {
  it('should skip unchanged inputs, rebuild changed ones and remove outputs of removed inputs', () => {
    const dir = corpus();
    expect(cli(dir, 'in', '--out', 'out').stderr).toMatch(/15 inputs: 15 ok, 0 failed, 0 skipped/);
    expect(cli(dir, 'in', '--out', 'out').stderr).toMatch(/15 inputs: 0 ok, 0 failed, 15 skipped/);
    appendFileSync(join(dir, 'in', 'extra', 'x01.txt'), '\n（此件公开发布）\n');
    rmSync(join(dir, 'in', 'extra', 'x02.txt'));
    const third = cli(dir, 'in', '--out', 'out');
    expect(third.stderr).toMatch(/14 inputs: 1 ok, 0 failed, 13 skipped \(unchanged\), 1 removed/);
    expect(readdirSync(join(dir, 'out'))).not.toContain('x02.json');
    expect(cli(dir, 'in', '--out', 'out', '--force').stderr).toMatch(/14 inputs: 14 ok, 0 failed, 0 skipped/);
  });

  it('should write the same bytes for any concurrency and any input order, for text, Markdown and HTML', () => {
    const dir = corpus();
    // Real pages and regulations (from the audit snapshot) and every encoding, besides the samples.
    for (const page of ['gov-41.html', 'gov-45.html', 'law-031.md', 'law-116.md']) cpSync(join('test/fixtures/audit/wild', page), join(dir, 'in', 'wild', page));
    for (const more of ['html', 'encodings']) cpSync(join('test/fixtures', more), join(dir, 'in', more), { recursive: true });
    const inputs = ['in/samples', 'in/extra', 'in/wild', 'in/html', 'in/encodings'];
    expect(cli(dir, ...inputs, '--out', 'one', '--concurrency', '1').status).toBe(0);
    const one = snapshot(join(dir, 'one'));
    expect(Object.keys(one).filter((n) => /^(gov|law)-\d/.test(n))).toHaveLength(4);
    for (const concurrency of ['2', '3']) {
      expect(cli(dir, ...[...inputs].reverse(), '--out', concurrency, '--concurrency', concurrency).status).toBe(0);
      expect(snapshot(join(dir, concurrency))).toEqual(one);
    }
  });

  it('should write a sorted corpus index with counts', () => {
    const dir = corpus();
    cli(dir, 'in', '--out', 'out');
    const index = JSON.parse(readFileSync(join(dir, 'out', 'index.policy-extract.json'), 'utf8'));
    const ids = index.documents.map((d: { id: string }) => d.id);
    expect(ids).toEqual([...ids].sort());
    expect(index.documents.find((d: { id: string }) => d.id === '004_089e7161dbc65c0d')).toEqual({
      id: '004_089e7161dbc65c0d',
      path: 'in/samples/004_089e7161dbc65c0d.txt',
      output: '004_089e7161dbc65c0d.json',
      title: '珠海市人民政府关于支持数字经济高质量发展的实施意见',
      docNumber: '珠府〔2022〕54号',
      issuers: ['珠海市人民政府'],
      issuedOn: '2022-08-05',
      publishedOn: '2022-08-22',
      counts: { sections: 42, quantities: 8, deadlines: 2, responsibilityNotes: 27 },
    });
  });

  it('should --check without writing: stale, missing and extra, exit 1; up to date, exit 0', () => {
    const dir = corpus();
    cli(dir, 'in', '--out', 'out');
    expect(cli(dir, 'in', '--out', 'out', '--check').status).toBe(0);
    appendFileSync(join(dir, 'in', 'samples', '000_1ecaa1df086dae5f.txt'), '\n');
    writeFileSync(join(dir, 'in', 'extra', 'x11.txt'), '某某方案\n一、任务\n');
    rmSync(join(dir, 'in', 'extra', 'x10.md'));
    writeFileSync(join(dir, 'out', '003_c9708ef1d69653b1.json'), '{}');
    const before = snapshot(join(dir, 'out'));
    const check = cli(dir, 'in', '--out', 'out', '--check');
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('stale: in/samples/000_1ecaa1df086dae5f.txt');
    expect(check.stderr).toContain('stale: in/samples/003_c9708ef1d69653b1.txt');
    expect(check.stderr).toContain('missing: in/extra/x11.txt');
    expect(check.stderr).toContain('extra: x10.json');
    expect(snapshot(join(dir, 'out'))).toEqual(before);
  });

  it('should split inputs into stable shards and merge shard outputs into the full build', () => {
    const dir = corpus();
    cli(dir, 'in', '--out', 'full');
    for (const k of [1, 2, 3]) expect(cli(dir, 'in', '--out', `shard${k}`, '--shard', `${k}/3`).status).toBe(0);
    const sizes = [1, 2, 3].map((k) => readdirSync(join(dir, `shard${k}`)).length - 2);
    expect(sizes.reduce((a, b) => a + b)).toBe(15);
    const merged = cli(dir, 'merge', 'merged', 'shard1', 'shard2', 'shard3');
    expect(merged.status).toBe(0);
    expect(snapshot(join(dir, 'merged'))).toEqual(snapshot(join(dir, 'full')));
    expect(cli(dir, 'merge', 'merged', 'in').status).toBe(1);
  });

  it('should give each path the same shard on every run', () => {
    const shard = parseShard('2/4')!;
    const keys = Array.from({ length: 200 }, (_, i) => `corpus/doc-${i}.txt`);
    const picked = keys.filter((k) => inShard(k, shard));
    expect(keys.filter((k) => inShard(k, shard))).toEqual(picked);
    expect(picked.length).toBeGreaterThan(20);
    expect(picked.length).toBeLessThan(80);
    expect([1, 2, 3, 4].map((i) => keys.filter((k) => inShard(k, { index: i, count: 4 })).length).reduce((a, b) => a + b)).toBe(200);
    expect(parseShard('0/3')).toBeUndefined();
    expect(parseShard('4/3')).toBeUndefined();
  });
});

describe('rebuilds', () => {
  it('should touch no file when nothing changed', () => {
    const dir = corpus();
    expect(cli(dir, 'in', '--out', 'out').status).toBe(0);
    const before = writes(join(dir, 'out'));
    expect(cli(dir, 'in', '--out', 'out').stderr).toMatch(/15 inputs: 0 ok, 0 failed, 15 skipped/);
    expect(writes(join(dir, 'out'))).toEqual(before);
  });

  it('should keep the outputs a killed build finished, skip them on the rerun and end as a clean build does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-corpus-'));
    mkdirSync(join(dir, 'in'));
    const samples = readdirSync('samples');
    for (let i = 0; i < 60; i++) cpSync(join('samples', samples[i % samples.length]!), join(dir, 'in', `${String(i).padStart(2, '0')}-${samples[i % samples.length]}`));
    const onDisk = await killedBuild(dir, 4, 'in', '--out', 'out', '--concurrency', '1', '--quiet');
    expect(onDisk).not.toContain('manifest.policy-extract.json'); // killed before the end
    const journaled = readFileSync(join(dir, 'out', 'manifest.policy-extract.journal'), 'utf8').split('\n').filter(Boolean).length;
    expect(journaled).toBeGreaterThanOrEqual(3);
    const rerun = cli(dir, 'in', '--out', 'out');
    expect(rerun.stderr).toMatch(new RegExp(`60 inputs: ${60 - journaled} ok, 0 failed, ${journaled} skipped`));
    expect(readdirSync(join(dir, 'out'))).not.toContain('manifest.policy-extract.journal');
    expect(cli(dir, 'in', '--out', 'clean').status).toBe(0);
    expect(snapshot(join(dir, 'out'))).toEqual(snapshot(join(dir, 'clean')));
  });
});

describe('progress', () => {
  it('should print plain progress lines and a summary when not on a terminal, nothing with --quiet', () => {
    const dir = corpus();
    const loud = cli(dir, 'in/samples', '--out', 'a');
    expect(loud.stderr).toMatch(/^progress: 5\/5 documents \(100%\), [\d.]+ docs\/s, ETA 0 s$/m);
    expect(loud.stderr).toMatch(/^policy-extract: 5 inputs: 5 ok, 0 failed, 0 skipped \(unchanged\); [\d.]+ MB in [\d.]+ s \([\d.]+ MB\/s\)$/m);
    expect(cli(dir, 'in/samples', '--out', 'b', '--quiet').stderr).toBe('');
  });
});
