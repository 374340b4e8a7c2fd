// npm run bench: builds a synthetic corpus (≥ 5,000 documents, ≥ 100 MB) from
// recombined sections of the samples — numbers, units and markers varied, in
// both punctuation widths and both scripts — then times whole CLI runs: a cold
// full build, a no-op rebuild, a rebuild after touching 1% of the inputs and a
// cold single-document run, against a floor (read every input and run one
// regex over it, one core). Ends with one line of JSON.
import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js/cn2t';
import { packageRoot } from '../src/package-root.js';

const root = packageRoot(import.meta.url);
const cli = join(root, 'dist', 'src', 'cli.js');
const documents = Number(process.env.BENCH_DOCS ?? 5000);
const targetBytes = Number(process.env.BENCH_MB ?? 105) * 1e6;

/** A small seeded generator (mulberry32): the same corpus on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = random(20261124);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });
const toFullWidth = (s: string) => s.replace(/[0-9(),:;%.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const units = ['个', '家', '座', '项', '万元', '亿元', '公里', '台', '人', '%'];
const parenStyles = [(n: string) => `(${n})`, (n: string) => `（${n}）`, (n: string) => `〔${n}〕`];

/** Sections of the samples: a top-level marker line and everything up to the next one. */
function sectionsOf(text: string): string[][] {
  const blocks: string[][] = [];
  for (const line of text.split('\n')) {
    if (/^\s*[一二三四五六七八九十]+、/.test(line) || !blocks.length) blocks.push([]);
    blocks[blocks.length - 1]!.push(line);
  }
  return blocks.slice(1);
}

const samples = readdirSync(join(root, 'samples')).sort().map((f) => readFileSync(join(root, 'samples', f), 'utf8'));
const pool = samples.flatMap(sectionsOf);
const cn = '一二三四五六七八九十';

function synthesise(i: number, bytes: number): string {
  const lines = [`某某市第${i + 1}号数字经济发展实施方案`, '为推进数字经济发展，制定本方案。'];
  let k = 0;
  while (Buffer.byteLength(lines.join('\n')) < bytes) {
    const block = pick(pool).join('\n');
    const varied = block
      .replace(/^\s*[一二三四五六七八九十]+、/, `${cn[k % 10]}、`)
      .replace(/\d+(\.\d+)?(?=[个家座项万亿公台人%])/g, () => String(1 + Math.floor(rand() * 5000)))
      .replace(/(?<=\d)(个|家|座)/g, () => pick(units))
      .replace(/[(（〔]([一二三四五六七八九十]+)[)）〕]/g, (_m, n: string) => pick(parenStyles)(n));
    lines.push(varied);
    k++;
  }
  let text = `${lines.join('\n')}\n`;
  if (rand() < 0.3) text = toFullWidth(text);
  if (rand() < 0.3) text = toTraditional(text);
  return text;
}

function makeCorpus(dir: string): { files: string[]; bytes: number } {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let total = 0;
  for (let i = 0; i < documents; i++) {
    const text = synthesise(i, targetBytes / documents);
    const path = join(dir, `${String(Math.floor(i / 500)).padStart(2, '0')}`, `doc-${String(i).padStart(5, '0')}.txt`);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    files.push(path);
    total += Buffer.byteLength(text);
  }
  return { files, bytes: total };
}

/** Runs a command, polling its peak resident set (VmHWM) until it exits. */
function timed(args: string[], cwd: string): Promise<{ seconds: number; peakRssMB: number; code: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CI: 'true' } });
    let peak = 0;
    const poll = setInterval(() => {
      try {
        const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
        peak = Math.max(peak, kb / 1024);
      } catch {
        // the process has exited
      }
    }, 25);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ seconds: (performance.now() - started) / 1000, peakRssMB: Math.round(peak), code: code ?? 1 });
    });
  });
}

function scanFloor(files: string[]): number {
  const started = performance.now();
  let bytes = 0;
  let hits = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(text);
    hits += text.match(/\d+/g)?.length ?? 0;
  }
  if (hits < 0) throw new Error('unreachable');
  return bytes / 1e6 / ((performance.now() - started) / 1000);
}

// BENCH_DIR keeps the corpus (for profiling); by default it lives in a temporary directory.
const keep = process.env.BENCH_DIR;
const work = keep ?? mkdtempSync(join(tmpdir(), 'policy-bench-'));
if (keep) rmSync(keep, { recursive: true, force: true });
try {
  process.stderr.write(`bench: building a synthetic corpus of ${documents} documents in ${work}\n`);
  const { files, bytes } = makeCorpus(join(work, 'corpus'));
  const mb = bytes / 1e6;
  const scanMBps = scanFloor(files);
  const summary = join(work, 'summary.json');
  const buildArgs = [cli, 'corpus', '--out', 'out', '--quiet', '--summary', summary];
  const cold = await timed(buildArgs, work);
  const timings = (JSON.parse(readFileSync(summary, 'utf8')) as { timings: Record<string, number> }).timings;
  const noop = await timed(buildArgs, work);
  const touched = files.filter((_, i) => i % 100 === 0);
  for (const f of touched) appendFileSync(f, '\n（此件公开发布）\n');
  const touch = await timed(buildArgs, work);
  const single = await timed([cli, files[1]!], work);
  const stageTotal = Object.values(timings).reduce((a, b) => a + b, 0);
  const stageShare = Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Number((v / stageTotal).toFixed(3))]));
  const result = {
    documents: files.length,
    corpusMB: Number(mb.toFixed(1)),
    coldMBps: Number((mb / cold.seconds).toFixed(2)),
    coldDocsPerSec: Number((files.length / cold.seconds).toFixed(1)),
    scanMBps: Number(scanMBps.toFixed(1)),
    noopSeconds: Number(noop.seconds.toFixed(2)),
    touchedSeconds: Number(touch.seconds.toFixed(2)),
    touchedDocuments: touched.length,
    singleDocSeconds: Number(single.seconds.toFixed(2)),
    peakRssMB: Math.max(cold.peakRssMB, noop.peakRssMB, touch.peakRssMB, single.peakRssMB),
    stageShare,
    exitCodes: [cold.code, noop.code, touch.code, single.code],
  };
  process.stdout.write(
    [
      `corpus            ${result.documents} documents, ${result.corpusMB} MB`,
      `cold full build   ${cold.seconds.toFixed(2)} s  ${result.coldMBps} MB/s  ${result.coldDocsPerSec} docs/s  (floor: one-core regex scan ${result.scanMBps} MB/s)`,
      `no-op rebuild     ${result.noopSeconds} s`,
      `1% touched        ${result.touchedSeconds} s (${touched.length} documents)`,
      `single document   ${result.singleDocSeconds} s (cold CLI run)`,
      `peak RSS          ${result.peakRssMB} MB`,
      `time per stage    ${Object.entries(stageShare).map(([k, v]) => `${k} ${(100 * v).toFixed(1)}%`).join(', ')}`,
      JSON.stringify(result),
    ].join('\n') + '\n',
  );
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}
