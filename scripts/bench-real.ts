// npm run bench -- --real DIR... [--runs N] [--repeat K] [--vs OTHER_CLI]:
// cold builds of a real corpus, one format at a time (txt, md, html) and all
// together, against one-core floors measured in the same run: the parsers the
// pipeline depends on, called as it calls them (remark-parse with
// GFM tables and footnotes; parse5), and a regex scan. --repeat copies every
// document K times under other names, so that start-up costs are spread
// thin. Rounds alternate the formats (and, with --vs, another build of
// the CLI, for a before/after side by side); figures are medians. One JSON
// line per CLI. Each floor is also measured on every core at once (one
// worker thread per core): the most the machine gives that parser when all
// cores are busy, which is less than one core's rate times the cores where
// they share caches, memory and the JIT's and GC's helper threads.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, extname, join, relative } from 'node:path';
import { listInputs } from '../src/io.js';
import { Worker } from 'node:worker_threads';
import { floorMBps, median, round, stageShare, timedCli, type Run } from './bench-measure.js';
import { floorWork, type FloorKind } from './bench-floors.js';

type Format = 'txt' | 'md' | 'html';

const formatOf = (path: string): Format => {
  const ext = extname(path).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'md' : ext === '.html' || ext === '.htm' ? 'html' : 'txt';
};

interface Group {
  /** Every copy. */
  files: string[];
  bytes: number;
  /** Each document once, for the floors. */
  texts: string[];
  textBytes: number;
}

const group = (): Group => ({ files: [], bytes: 0, texts: [], textBytes: 0 });

/**
 * The inputs under `dirs`, copied into `work/<format>/` (one cold build per
 * format), each `repeat` times under another name: a larger corpus of the
 * same documents, so start-up costs are spread thin.
 */
async function groups(dirs: string[], work: string, repeat: number): Promise<Record<Format, Group>> {
  const out: Record<Format, Group> = { txt: group(), md: group(), html: group() };
  for (const [i, dir] of dirs.entries()) {
    for (const file of (await listInputs([dir])).files) {
      const into = out[formatOf(file)];
      const bytes = readFileSync(file);
      into.texts.push(new TextDecoder().decode(bytes));
      into.textBytes += bytes.length;
      for (let k = 0; k < repeat; k++) {
        const name = relative(dir, file);
        const copy = join(work, formatOf(file), String(i), k ? name.replace(/(\.[^.]*)$/, `-${k}$1`) : name);
        mkdirSync(dirname(copy), { recursive: true });
        copyFileSync(file, copy);
        into.files.push(copy);
        into.bytes += bytes.length;
      }
    }
  }
  return out;
}

interface Build {
  run: Run;
  timings: Record<string, number>;
  failed: number;
}

async function coldBuild(cli: string, inputs: string[], work: string, name: string): Promise<Build> {
  const out = join(work, 'out', name);
  const summary = join(work, 'out', `${name}.summary.json`);
  rmSync(out, { recursive: true, force: true });
  const run = await timedCli(cli, [...inputs, '--out', out, '--quiet', '--summary', summary], work);
  const report = JSON.parse(readFileSync(summary, 'utf8')) as { timings: Record<string, number>; failed: number };
  return { run, timings: report.timings, failed: report.failed };
}

/** A floor measured in `workers` threads at once: their rates summed. */
async function floorTogether(kind: FloorKind, texts: string[], bytes: number, workers: number): Promise<number> {
  if (texts.length === 0) return 0;
  const rates = Array.from({ length: workers }, () => new Promise<number>((resolve, reject) => {
    const worker = new Worker(new URL('./bench-floor-worker.js', import.meta.url), { workerData: { kind, texts, bytes } });
    worker.once('message', resolve);
    worker.once('error', reject);
  }));
  return (await Promise.all(rates)).reduce((sum, rate) => sum + rate, 0);
}

export async function realBench(dirs: string[], runs: number, repeat: number, clis: Record<string, string>): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'policy-bench-real-'));
  try {
    const byFormat = await groups(dirs, work, repeat);
    const formats = (Object.keys(byFormat) as Format[]).filter((f) => byFormat[f].files.length > 0);
    const workers = availableParallelism();
    const all = formats.flatMap((f) => byFormat[f].texts);
    const allBytes = formats.reduce((sum, f) => sum + byFormat[f].bytes, 0);
    const allTextBytes = formats.reduce((sum, f) => sum + byFormat[f].textBytes, 0);
    const builds: Record<string, Record<string, Build[]>> = Object.fromEntries(Object.keys(clis).map((c) => [c, {}]));
    const floorRuns: Record<FloorKind, number[]> = { regexScan: [], markdownParse: [], htmlParse: [] };
    const togetherRuns: Record<FloorKind, number[]> = { regexScan: [], markdownParse: [], htmlParse: [] };
    const floorTexts: Record<FloorKind, [string[], number]> = {
      regexScan: [all, allTextBytes], markdownParse: [byFormat.md.texts, byFormat.md.textBytes], htmlParse: [byFormat.html.texts, byFormat.html.textBytes],
    };
    for (let r = 0; r < runs; r++) {
      process.stderr.write(`bench: round ${r + 1} of ${runs}\n`);
      for (const [kind, [texts, bytes]] of Object.entries(floorTexts) as Array<[FloorKind, [string[], number]]>) {
        floorRuns[kind].push(floorMBps(texts, bytes, floorWork[kind]));
        togetherRuns[kind].push(await floorTogether(kind, texts, bytes, workers));
      }
      for (const [name, cli] of Object.entries(clis)) {
        for (const format of [...formats, 'all'] as const) {
          const inputs = format === 'all' ? formats.map((f) => join(work, f)) : [join(work, format)];
          ((builds[name]![format] ??= [])).push(await coldBuild(cli, inputs, work, `${name}-${format}`));
        }
      }
    }
    const medians = (runs: Record<FloorKind, number[]>) =>
      Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, round(median(v))])) as Record<FloorKind, number>;
    const floors = medians(floorRuns);
    const floorsAllCores = medians(togetherRuns);
    const kindOf: Record<Format, FloorKind> = { txt: 'regexScan', md: 'markdownParse', html: 'htmlParse' };
    const figures = (list: Build[], docs: number, bytes: number) => {
      const seconds = median(list.map((b) => b.run.seconds));
      const timings: Record<string, number> = {};
      for (const b of list) for (const [k, v] of Object.entries(b.timings)) timings[k] = (timings[k] ?? 0) + v;
      return {
        docs, MB: round(bytes / 1e6), seconds: round(seconds), MBps: round(bytes / 1e6 / seconds), docsPerSec: round(docs / seconds, 1),
        stageShare: stageShare(timings), peakRssMB: Math.max(...list.map((b) => b.run.peakRssMB)), failed: list[0]!.failed,
      };
    };
    for (const name of Object.keys(clis)) {
      const perFormat = Object.fromEntries(
        formats.map((f) => {
          const fig = figures(builds[name]![f]!, byFormat[f].files.length, byFormat[f].bytes);
          const floor = kindOf[f];
          return [f, { ...fig, ofFloorTimesWorkers: round(fig.MBps / (floors[floor] * workers), 3), ofFloorAllCores: round(fig.MBps / floorsAllCores[floor], 3) }];
        }),
      );
      const total = figures(builds[name]!.all!, formats.reduce((n, f) => n + byFormat[f].files.length, 0), allBytes);
      process.stdout.write(`${JSON.stringify({ cli: name, dirs, repeat, workers, runs, formats: perFormat, all: total, floors, floorsAllCores })}\n`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
