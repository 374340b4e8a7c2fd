// npm run bench: builds a synthetic corpus (≥ 5,000 documents, ≥ 100 MB) from
// recombined sections of the samples — numbers, units and markers varied, in
// both punctuation widths and both scripts — then times whole CLI runs: cold
// full builds, a no-op rebuild, a rebuild after touching 1% of the inputs and
// cold single-document runs, against a floor (one regex over every input's
// text, one core). `--runs N` repeats the timed runs (medians); `--vs PATH`
// runs another build of the CLI (a checkout, or its CLI script) in turn
// with this one, for a before/after side by side. One line of JSON per CLI.
// `npm run bench -- --real DIR...` benchmarks a real corpus instead
// (scripts/bench-real.ts).
import { parseArgs } from 'node:util';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as OpenCC from 'opencc-js/cn2t';
import { packageRoot } from '../src/package-root.js';
import { floorMBps, median, regexScan, round, stageShare, timedCli, type Run } from './bench-measure.js';
import { realBench } from './bench-real.js';

const root = packageRoot(import.meta.url);
const cli = join(root, 'dist', 'bin', 'policy-extract.js');
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

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { real: { type: 'boolean' }, runs: { type: 'string' }, repeat: { type: 'string' }, vs: { type: 'string' } },
});
const runs = Number(values.runs ?? 1);
/** The CLI under test, and with --vs another build's (a checkout's root, bundled or not, or its CLI script) to run alongside. */
const vsCli = (path: string) =>
  [join(path, 'dist', 'bin', 'policy-extract.js'), join(path, 'dist', 'src', 'cli.js')].find((cli) => existsSync(cli)) ?? resolve(path);
const clis: Record<string, string> = { this: cli, ...(values.vs ? { vs: vsCli(values.vs) } : {}) };

/** Cold build, no-op rebuild and single document, per CLI, `runs` times in turn; then 1% of the inputs touched (the first CLI). */
async function syntheticBench(): Promise<void> {
  // BENCH_DIR keeps the corpus (for profiling); by default it lives in a temporary directory.
  const keep = process.env.BENCH_DIR;
  const work = keep ?? mkdtempSync(join(tmpdir(), 'policy-bench-'));
  if (keep) rmSync(keep, { recursive: true, force: true });
  try {
    process.stderr.write(`bench: building a synthetic corpus of ${documents} documents in ${work}\n`);
    const { files, bytes } = makeCorpus(join(work, 'corpus'));
    const mb = bytes / 1e6;
    const scanMBps = floorMBps(files.map((f) => readFileSync(f, 'utf8')), bytes, regexScan, 1);
    const runsOf: Record<string, { cold: Run[]; noop: Run[]; single: Run[]; timings: Record<string, number> }> = {};
    const buildArgs = (name: string) => ['corpus', '--out', `out-${name}`, '--quiet', '--summary', `summary-${name}.json`];
    for (let r = 0; r < runs; r++) {
      for (const [name, path] of Object.entries(clis)) {
        const of = (runsOf[name] ??= { cold: [], noop: [], single: [], timings: {} });
        rmSync(join(work, `out-${name}`), { recursive: true, force: true });
        of.cold.push(await timedCli(path, buildArgs(name), work));
        of.timings = (JSON.parse(readFileSync(join(work, `summary-${name}.json`), 'utf8')) as { timings: Record<string, number> }).timings;
        of.noop.push(await timedCli(path, buildArgs(name), work));
        of.single.push(await timedCli(path, [files[1]!], work));
      }
    }
    const touched = files.filter((_, i) => i % 100 === 0);
    for (const f of touched) appendFileSync(f, '\n（此件公开发布）\n');
    const touch = await timedCli(cli, buildArgs('this'), work);
    for (const [name, of] of Object.entries(runsOf)) {
      const cold = median(of.cold.map((c) => c.seconds));
      const all = [...of.cold, ...of.noop, ...of.single, ...(name === 'this' ? [touch] : [])];
      const result = {
        cli: name,
        documents: files.length,
        corpusMB: round(mb, 1),
        runs,
        coldMBps: round(mb / cold),
        coldDocsPerSec: round(files.length / cold, 1),
        scanMBps: round(scanMBps, 1),
        noopSeconds: round(median(of.noop.map((n) => n.seconds))),
        ...(name === 'this' ? { touchedSeconds: round(touch.seconds), touchedDocuments: touched.length } : {}),
        singleDocSeconds: round(median(of.single.map((s) => s.seconds))),
        peakRssMB: Math.max(...all.map((r) => r.peakRssMB)),
        stageShare: stageShare(of.timings),
        exitCodes: all.map((r) => r.code),
      };
      process.stdout.write(
        [
          `${name}: ${result.documents} documents, ${result.corpusMB} MB; medians of ${runs}`,
          `cold full build   ${cold.toFixed(2)} s  ${result.coldMBps} MB/s  ${result.coldDocsPerSec} docs/s  (floor: one-core regex scan ${result.scanMBps} MB/s)`,
          `no-op rebuild     ${result.noopSeconds} s`,
          ...(name === 'this' ? [`1% touched        ${result.touchedSeconds} s (${touched.length} documents)`] : []),
          `single document   ${result.singleDocSeconds} s (cold CLI run)`,
          `peak RSS          ${result.peakRssMB} MB`,
          `time per stage    ${Object.entries(result.stageShare).map(([k, v]) => `${k} ${(100 * v).toFixed(1)}%`).join(', ')}`,
          JSON.stringify(result),
        ].join('\n') + '\n',
      );
    }
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
}

if (values.real) await realBench(positionals, Number(values.runs ?? 3), Number(values.repeat ?? 1), clis);
else await syntheticBench();
