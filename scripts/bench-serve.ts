// npm run bench:serve: autocannon posts the five samples (in turn, raw
// text/plain) to a real `policy-extract serve` for 20 s over 32 connections,
// then a corpus build extracts the same five documents (copied 100 times
// each) for the docs/s to compare with. Ends with one line of JSON: requests/s,
// p50/p99 latency, errors, non-2xx, the server's peak RSS and the ratio.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { packageRoot } from '../src/package-root.js';

const root = packageRoot(import.meta.url);
const cli = join(root, 'dist', 'bin', 'policy-extract.js');
const samples = readdirSync(join(root, 'samples')).sort().map((name) => join(root, 'samples', name));
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const concurrency = availableParallelism();

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The kernel's record of a process's peak resident set (Linux), in MB. */
const peakRssMb = (pid: number): number | null => {
  const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : null;
};

async function serveFigures() {
  const port = await freePort();
  const server = spawn(process.execPath, [cli, 'serve', '--port', String(port), '--concurrency', String(concurrency)], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  try {
    for (let ready = false; !ready; await sleep(100)) ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    const result = await autocannon({
      url,
      connections,
      duration: seconds,
      requests: samples.map((path) => ({ method: 'POST', path: '/v1/extract', headers: { 'content-type': 'text/plain' }, body: readFileSync(path) })),
    });
    return {
      requestsPerSecond: Math.round(result.requests.average * 10) / 10,
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
      requests: result.requests.total,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      peakRssMb: peakRssMb(server.pid!),
    };
  } finally {
    server.kill('SIGTERM');
  }
}

/** docs/s of a cold corpus build (process start excluded) over the samples, each copied 100 times. */
function corpusDocsPerSecond(): number {
  const input = mkdtempSync(join(tmpdir(), 'bench-serve-'));
  try {
    for (let k = 0; k < 100; k++) samples.forEach((path, i) => copyFileSync(path, join(input, `${k}-${i}.txt`)));
    const summary = join(input, 'summary.json');
    spawnSync(process.execPath, [cli, input, '--out', join(input, 'out'), '--concurrency', String(concurrency), '--quiet', '--summary', summary], { stdio: 'inherit' });
    const { ok, seconds: took } = JSON.parse(readFileSync(summary, 'utf8')) as { ok: number; seconds: number };
    return Math.round((ok / took) * 10) / 10;
  } finally {
    rmSync(input, { recursive: true, force: true });
  }
}

const serve = await serveFigures();
const corpus = corpusDocsPerSecond();
process.stdout.write(
  `${JSON.stringify({ seconds, connections, workers: concurrency, ...serve, corpusDocsPerSecond: corpus, ratio: Math.round((serve.requestsPerSecond / corpus) * 100) / 100 })}\n`,
);
