// Real documents in traditional characters (test/fixtures/traditional, converted
// from the audit snapshot) read as their simplified originals do.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reading, run } from './helpers.js';
import type { PolicyDocument } from '../schemas/policy-document.js';

const traditional = 'test/fixtures/traditional';
const names = readdirSync(traditional).filter((f) => f !== 'README.md').sort();

/** What metadata must agree on: which fields were found, the dates, and how many issuers and attachments. */
const metaReading = ({ meta, parts }: PolicyDocument) => ({
  title: meta.title !== null,
  docNumber: meta.docNumber !== null,
  issuers: meta.issuers.length,
  issuedOn: meta.issuedOn,
  publishedOn: meta.publishedOn,
  attachments: meta.attachments.length,
  partTitles: parts.map((p) => p.title !== null),
});

describe.each(names)('%s in traditional characters', (name) => {
  it('should read as the simplified original', async () => {
    const original = await run(readFileSync(`test/fixtures/audit/wild/${name}`, 'utf8'), name);
    const converted = await run(readFileSync(`${traditional}/${name}`, 'utf8'), name);
    expect(reading(converted)).toEqual(reading(original));
    expect(metaReading(converted)).toEqual(metaReading(original));
  });
});
