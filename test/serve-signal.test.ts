// The built CLI's service, stopped by SIGTERM while it answers a request:
// the response completes, new connections are refused, the process exits 0.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { largeDocument } from './serve-helpers.js';

describe('policy-extract serve and SIGTERM', () => {
  it('should finish the request in flight, then exit 0', async () => {
    const child = spawn(process.execPath, ['dist/bin/policy-extract.js', 'serve', '--port', '0', '--concurrency', '1'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      const logs = createInterface({ input: child.stdout });
      const seen = (message: string) =>
        new Promise<Record<string, unknown>>((resolve) => logs.on('line', (line) => (JSON.parse(line) as { msg: string }).msg.startsWith(message) && resolve(JSON.parse(line))));
      const listening = seen('Server listening at');
      const ready = seen('ready');
      const url = String((await listening).msg).replace('Server listening at ', '');
      await ready;
      const incoming = seen('incoming request');
      const request = fetch(`${url}/v1/extract`, { method: 'POST', body: largeDocument(3_000_000), headers: { 'content-type': 'text/plain' } });
      await incoming;
      child.kill('SIGTERM');
      const response = await request;
      expect(response.status).toBe(200);
      expect((await response.json()).schemaVersion).toBe('1');
      expect(await exited).toBe(0);
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    } finally {
      child.kill('SIGKILL');
    }
  });
});
