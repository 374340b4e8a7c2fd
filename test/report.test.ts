// The review page: exact highlights, and a real browser (Debian's Chromium
// driven by playwright-core) following the outline, filtering and sorting.
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { renderDocumentPage, writeReport } from '../src/report/index.js';
import type { PolicyDocument, Section } from '../schemas/policy-document.js';

const id = '004_089e7161dbc65c0d';
const json = JSON.parse(readFileSync(`output/${id}.json`, 'utf8')) as PolicyDocument;
const source = readFileSync(`samples/${id}.txt`, 'utf8');

function entityCount(doc: PolicyDocument): number {
  let n = 0;
  const walk = (list: Section[]) =>
    list.forEach((s) => {
      n += s.quantities.length + s.deadlines.length + (s.responsibility?.notes.length ?? 0) + (s.heading ? 1 : 0);
      walk(s.sections);
    });
  doc.parts.forEach((p) => ((n += p.quantities.length + p.deadlines.length), walk(p.sections)));
  return n;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('review page', () => {
  const html = renderDocumentPage({ json, source });

  it('should highlight every quantity, deadline, note and heading exactly once', () => {
    expect(html.match(/<mark class="entity /g)).toHaveLength(entityCount(json));
  });

  it('should show the source text unchanged between the tags', () => {
    const pre = /<pre class="source">([\s\S]*?)<\/pre>/.exec(html)![1]!;
    expect(unescape(pre.replace(/<[^>]+>/g, ''))).toBe(source);
  });

  it('should write an index and a page per document, reporting a missing source instead of failing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    const lost = mkdtempSync(join(tmpdir(), 'report-lost-'));
    writeFileSync(join(lost, 'lost.json'), JSON.stringify({ ...json, id: 'lost', source: { ...json.source, path: 'nowhere/lost.txt' } }));
    const { written, failures } = await writeReport(['output', join(lost, 'lost.json')], dir);
    expect(readdirSync(dir).sort()).toEqual([...readdirSync('samples').map((f) => f.replace('.txt', '.html')), 'index.html'].sort());
    expect(written).toHaveLength(6);
    expect(failures).toEqual([{ path: join(lost, 'lost.json'), reason: 'source nowhere/lost.txt not found' }]);
  });

  it.skipIf(!existsSync('/usr/bin/chromium'))('should work in a real browser: counts, hover, outline, filter, sort, screenshot', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-browser-'));
    await writeReport(['output'], dir);
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`file://${resolve(dir, `${id}.html`)}`);
      expect(await page.locator('mark.entity').count()).toBe(entityCount(json));
      const quantity = page.locator('mark.entity-quantity.entity').first();
      await quantity.focus();
      expect(await quantity.getAttribute('title')).toBe('> 120000000000 元');
      expect(await quantity.evaluate((m) => getComputedStyle(m, '::after').content)).toContain('120000000000');
      await page.locator('nav.outline a', { hasText: '加快发展电子商务' }).click();
      expect(await page.evaluate(() => location.hash)).toMatch(/^#sec-main_2F/);
      const target = await page.evaluate(() => document.getElementById(decodeURIComponent(location.hash.slice(1)))!.getBoundingClientRect().top);
      expect(target).toBeGreaterThanOrEqual(0);
      expect(target).toBeLessThan(900);
      await page.fill('#unit-filter', '市商务局');
      const visible = await page.locator('tr.task:visible').allTextContents();
      expect(visible.length).toBeGreaterThan(0);
      expect(visible.length).toBeLessThan(await page.locator('tr.task').count());
      for (const row of visible) expect(row).toContain('市商务局');
      await page.fill('#unit-filter', '');
      const firstBefore = await page.locator('tr.task').first().textContent();
      await page.locator('#tasks th', { hasText: 'span' }).click();
      await page.locator('#tasks th', { hasText: 'span' }).click();
      expect(await page.locator('tr.task').first().textContent()).not.toBe(firstBefore);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.locator('mark.entity-note.entity').first().hover();
      // REVIEW_SCREENSHOT=docs/review-page.png refreshes the picture the README shows.
      const shot = process.env.REVIEW_SCREENSHOT ?? join(dir, 'review-page.png');
      await page.screenshot({ path: shot });
      expect(existsSync(shot)).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
