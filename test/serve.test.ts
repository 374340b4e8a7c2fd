// The HTTP service, over real HTTP on an ephemeral port: every route and
// every error status, raw and multipart bodies, encodings, batches.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract, ExtractError } from '../src/index.js';
import { pipelineIdentity } from '../dist/src/corpus/fingerprint.js'; // the service runs from dist/, which it fingerprints
import { largeDocument, samples, startService, type Running } from './serve-helpers.js';

const expected = async (bytes: Uint8Array, path: string) => (await extract({ value: bytes, path })).json;
const ruleOf = (bytes: Uint8Array) => extract({ value: bytes, path: 'x.txt' }).then(() => 'none', (e: ExtractError) => e.ruleId);
const post = (url: string, body: BodyInit, type: string) => fetch(url, { method: 'POST', body, headers: { 'content-type': type } });

describe('policy-extract serve', () => {
  let service: Running;
  beforeAll(async () => {
    service = await startService();
  });
  afterAll(() => service.app.close());

  it('should answer /healthz, /readyz, /v1/version, /v1/schema and /v1/openapi.json', async () => {
    expect(await (await fetch(`${service.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${service.url}/readyz`)).json()).toEqual({ status: 'ready', workers: 2, recycled: 0 });
    const version = await (await fetch(`${service.url}/v1/version`)).json();
    expect(version).toMatchObject({ version: JSON.parse(readFileSync('package.json', 'utf8')).version, pipeline: pipelineIdentity().fingerprint, schemaVersion: '1' });
    expect(version.segmenter).toMatch(/^(nodejieba|@node-rs\/jieba) \d/);
    const schema = await fetch(`${service.url}/v1/schema`);
    expect(schema.headers.get('content-type')).toMatch(/^application\/schema\+json/);
    expect(await schema.text()).toBe(readFileSync('schemas/policy-document.schema.json', 'utf8'));
    const openapi = await (await fetch(`${service.url}/v1/openapi.json`)).json();
    expect(openapi.openapi).toBe('3.1.0');
    expect(Object.keys(openapi.paths).sort()).toEqual(['/healthz', '/readyz', '/v1/extract', '/v1/extract/batch', '/v1/openapi.json', '/v1/schema', '/v1/version']);
    expect(openapi.components.schemas.PolicyDocument.$id).toMatch(/policy-document\.v1\.json$/);
    expect(openapi.components.schemas.BatchItem.properties.format.enum).toEqual(['txt', 'md', 'html']);
  });

  it('should extract a raw text/plain body into the same bytes as the library, named by ?id=', async () => {
    const sample = samples[2]!;
    const response = await post(`${service.url}/v1/extract?id=plan-2`, sample.bytes, 'text/plain');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBeTruthy();
    expect(await response.text()).toBe(await expected(sample.bytes, 'plan-2.txt'));
  });

  it('should read GB18030 bytes as files are read', async () => {
    const text = samples[0]!.bytes.toString('utf8');
    const bytes = iconv.encode(text, 'gb18030');
    const document = await (await post(`${service.url}/v1/extract?filename=gbk.txt`, bytes, 'text/plain; charset=gb18030')).json();
    expect(document.source.encoding).toBe('gb18030');
    expect(document).toEqual(JSON.parse(await expected(bytes, 'gbk.txt')));
    expect(document.source.sha256).not.toBe(JSON.parse(await expected(samples[0]!.bytes, 'gbk.txt')).source.sha256);
  });

  it('should take a multipart file field, its format from the file name', async () => {
    const markdown = '# 某某条例\n\n第一条 为了规范管理，制定本条例。\n';
    const form = new FormData();
    form.append('file', new Blob([markdown]), 'rule.md');
    const response = await fetch(`${service.url}/v1/extract`, { method: 'POST', body: form });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(await expected(Buffer.from(markdown), 'rule.md'));
  });

  it('should take an HTML page as text/html', async () => {
    const html = '<html><body><div class="article"><h1>某某方案</h1><p>一、任务</p><p>（一）建成10个园区。</p></div></body></html>';
    const document = await (await post(`${service.url}/v1/extract?id=page`, html, 'text/html')).json();
    expect(document.source.format).toBe('html');
    expect(document).toEqual(JSON.parse(await expected(Buffer.from(html), 'page.html')));
  });

  it.each([
    ['a PNG', readFileSync('test/fixtures/bad/png-renamed.txt')],
    ['undecodable bytes', readFileSync('test/fixtures/bad/truncated-utf8.txt')],
    ['an empty body', new Uint8Array(0)],
  ])('should refuse %s with 422 and the CLI\'s rule id', async (_name, bytes) => {
    const response = await post(`${service.url}/v1/extract`, bytes, 'text/plain');
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.error.rule).toBe(await ruleOf(bytes));
    expect(body.error.message).toBeTruthy();
  });

  it('should refuse a 25 MB body with 413, raw or multipart', async () => {
    const big = Buffer.alloc(25 * 1024 * 1024, 0x41);
    const raw = await post(`${service.url}/v1/extract`, big, 'text/plain').catch((error: Error) => error);
    expect(raw instanceof Response && raw.status).toBe(413);
    expect(await (raw as Response).json()).toEqual({ error: { rule: 'input-too-large', message: 'body is over the size limit of 20.0 MiB (--max-bytes)' } });
    const form = new FormData();
    form.append('file', new Blob([big]), 'big.txt');
    const multipart = await fetch(`${service.url}/v1/extract`, { method: 'POST', body: form });
    expect(multipart.status).toBe(413);
    expect((await multipart.json()).error.rule).toBe('input-too-large');
  });

  it.each([
    ['an unsupported Content-Type', () => post(`${service.url}/v1/extract`, 'x', 'application/pdf'), 415, 'unsupported-media-type'],
    ['a multipart body without a file field', () => {
      const form = new FormData();
      form.append('document', new Blob(['x']), 'x.txt');
      return fetch(`${service.url}/v1/extract`, { method: 'POST', body: form });
    }, 400, 'bad-request'],
    ['a batch that is not an array', () => post(`${service.url}/v1/extract/batch`, '{"id":"a"}', 'application/json'), 400, 'bad-request'],
    ['an unknown route', () => fetch(`${service.url}/v2/extract`), 404, 'not-found'],
  ])('should answer %s with its status and an error body', async (_name, send, status, rule) => {
    const response = await send();
    expect(response.status).toBe(status);
    expect((await response.json()).error.rule).toBe(rule);
  });

  it('should stream one NDJSON line per document of a batch, errors included, and go on past a bad one', async () => {
    const items = [
      { id: 'a', text: samples[0]!.bytes.toString('utf8') },
      { id: 'b', text: '   \n  ' },
      { id: 'c', text: '# 某某条例\n\n第一条 为了规范管理，制定本条例。\n', format: 'md' },
      { id: 'd', text: samples[3]!.bytes.toString('utf8'), format: 'txt' },
    ];
    const ndjson = `${items.map((i) => JSON.stringify(i)).join('\n')}\n{"id":"e","format":"pdf","text":"x"}\n`;
    const response = await post(`${service.url}/v1/extract/batch`, ndjson, 'application/x-ndjson');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = (await response.text()).trimEnd().split('\n').map((l) => JSON.parse(l));
    const byIndex = lines.sort((x, y) => x.index - y.index);
    expect(byIndex.map((l) => l.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    for (const k of [0, 2, 3]) {
      const item = items[k]!;
      expect(byIndex[k].document).toEqual(JSON.parse(await expected(Buffer.from(item.text), `${item.id}.${item.format ?? 'txt'}`)));
    }
    expect(byIndex[1].error.rule).toBe(await ruleOf(Buffer.from(items[1]!.text)));
    expect(byIndex[4].error.rule).toBe('bad-request');
    const array = await post(`${service.url}/v1/extract/batch`, JSON.stringify(items.slice(0, 2)), 'application/json');
    expect((await array.text()).trimEnd().split('\n').map((l) => JSON.parse(l).id).sort()).toEqual(['a', 'b']);
  });
});

describe('policy-extract serve under load and limits', () => {
  it('should not be ready before its workers have loaded', async () => {
    const service = await startService({}, false);
    try {
      const response = await fetch(`${service.url}/readyz`);
      expect(response.status).toBe(503);
      expect((await response.json()).status).toBe('starting');
      await service.extractor.start();
      expect((await fetch(`${service.url}/readyz`)).status).toBe(200);
    } finally {
      await service.app.close();
    }
  });

  it('should answer 503 with Retry-After past the queue limit', async () => {
    const service = await startService({ concurrency: 1, queueLimit: 1 });
    try {
      const slow = post(`${service.url}/v1/extract`, largeDocument(1_000_000), 'text/plain');
      while (!service.extractor.full) await new Promise((resolve) => setTimeout(resolve, 5));
      const refused = await post(`${service.url}/v1/extract`, samples[0]!.bytes, 'text/plain');
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect((await refused.json()).error.rule).toBe('queue-full');
      expect((await slow).status).toBe(200);
    } finally {
      await service.app.close();
    }
  });

  it('should answer 504 for a document over the time limit and recycle its worker', async () => {
    const service = await startService({ concurrency: 1, timeoutMs: 100 });
    try {
      const response = await post(`${service.url}/v1/extract`, largeDocument(3_000_000), 'text/plain');
      expect(response.status).toBe(504);
      expect((await response.json()).error.rule).toBe('timeout');
      expect(await (await fetch(`${service.url}/readyz`)).json()).toMatchObject({ recycled: 1, workers: 0 });
    } finally {
      await service.app.close();
    }
  });
});
