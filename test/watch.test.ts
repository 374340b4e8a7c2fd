// policy-extract watch: files that land in a folder (one written slowly, in
// pieces) are each extracted once, into the same bytes a corpus build makes.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
// The built watcher: its builds run worker threads from dist/.
import { watchCorpus } from '../dist/src/corpus/watch.js';
import type { BuildReport } from '../dist/src/corpus/build.js';

const temp = () => mkdtempSync(join(tmpdir(), 'policy-watch-'));
const files = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
const sample = (name: string) => readFileSync(join('samples', name));

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 50) {
    if (waited > 30_000) throw new Error(`gave up waiting for ${what}`);
    await sleep(50);
  }
}

describe('watchCorpus', () => {
  it('should extract each file that lands once, a slowly written one whole, into the bytes of a corpus build', async () => {
    const dir = temp();
    const out = join(temp(), 'out');
    const reports: BuildReport[] = [];
    const errors: Error[] = [];
    const watcher = watchCorpus({ dir, out, concurrency: 1, maxBytes: 20 * 1024 * 1024, settleMs: 1000, onBuild: (r) => reports.push(r), onError: (e) => errors.push(e) });
    try {
      await watcher.ready;
      writeFileSync(join(dir, 'a.txt'), sample('000_1ecaa1df086dae5f.txt'));
      writeFileSync(join(dir, 'b.md'), '# 某某条例\n\n第一条 为了规范管理，制定本条例。\n');
      // Written in four pieces, 100 ms apart (the watcher waits for 1 s of quiet): only the whole file may be extracted.
      const slow = sample('004_089e7161dbc65c0d.txt');
      const quarter = Math.ceil(slow.length / 4);
      for (let k = 0; k < 4; k++) {
        appendFileSync(join(dir, 'c.txt'), slow.subarray(k * quarter, (k + 1) * quarter));
        await sleep(100);
      }
      await until(() => reports.reduce((n, r) => n + r.ok, 0) >= 3, 'three documents');
      await sleep(800); // time for a wrong, second extraction to show
    } finally {
      await watcher.close();
    }
    expect(errors).toEqual([]);
    expect(reports.reduce((n, r) => n + r.ok, 0)).toBe(3);
    expect(reports.flatMap((r) => r.failures)).toEqual([]);
    const corpus = join(temp(), 'corpus');
    expect(spawnSync(process.execPath, ['dist/bin/policy-extract.js', dir, '--out', corpus, '--quiet']).status).toBe(0);
    expect(Object.keys(files(out))).toEqual(['a.json', 'b.json', 'c.json', 'index.policy-extract.json', 'manifest.policy-extract.json']);
    expect(files(out)).toEqual(files(corpus));
  });

  it('should build what is already in the folder and stop cleanly on SIGTERM (the CLI)', async () => {
    const dir = temp();
    const out = join(temp(), 'out');
    writeFileSync(join(dir, 'a.txt'), sample('001_e0397da1a9814db7.txt'));
    const child = spawn(process.execPath, ['dist/bin/policy-extract.js', 'watch', dir, '--out', out, '--concurrency', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      await until(() => stderr.includes('watching'), 'the watcher');
      expect(stderr).toMatch(/1 inputs: 1 ok, 0 failed/);
      expect(JSON.parse(readFileSync(join(out, 'a.json'), 'utf8')).id).toBe('a');
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
