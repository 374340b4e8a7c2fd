// policy-extract view: writes the review report of extracted documents. The
// source text each page shows is `source.text` (HTML inputs) or the source
// file, checked against the document's sha256 so highlights never drift.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { policyDocument, type PolicyDocument } from '../../schemas/policy-document.js';
import { documentFiles } from '../export/index.js';
import { ensureDir, writeAtomic } from '../io.js';
import { decodeBytes } from '../text/decode-bytes.js';
import { pageName, renderDocumentPage, renderIndexPage, type ReportDocument } from './pages.js';

export { renderDocumentPage, renderIndexPage, type ReportDocument } from './pages.js';

async function sourceOf(doc: PolicyDocument, jsonPath: string): Promise<string> {
  if (doc.source.text !== undefined) return doc.source.text;
  const candidates = [resolve(doc.source.path), join(dirname(jsonPath), doc.source.path), join(dirname(jsonPath), '..', doc.source.path)];
  for (const path of candidates) {
    const bytes = await readFile(path).catch(() => null);
    if (!bytes) continue;
    if (createHash('sha256').update(bytes).digest('hex') !== doc.source.sha256) throw new Error(`source ${path} has changed since it was extracted`);
    return decodeBytes(bytes).text;
  }
  throw new Error(`source ${doc.source.path} not found`);
}

export async function writeReport(inputs: string[], outDir: string): Promise<{ written: string[]; failures: Array<{ path: string; reason: string }> }> {
  const failures: Array<{ path: string; reason: string }> = [];
  const docs: ReportDocument[] = [];
  const written: string[] = [];
  await ensureDir(outDir);
  for (const file of await documentFiles(inputs)) {
    try {
      const parsed = policyDocument.safeParse(JSON.parse(await readFile(file, 'utf8')));
      if (!parsed.success) throw new Error('not a policy-extract document');
      const doc = { json: parsed.data, source: await sourceOf(parsed.data, file) };
      await writeAtomic(join(outDir, pageName(doc.json)), renderDocumentPage(doc));
      written.push(join(outDir, pageName(doc.json)));
      docs.push({ json: doc.json, source: '' });
    } catch (error) {
      failures.push({ path: file, reason: (error as Error).message });
    }
  }
  await writeAtomic(join(outDir, 'index.html'), renderIndexPage(docs));
  return { written: [join(outDir, 'index.html'), ...written], failures };
}
