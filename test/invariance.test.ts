// Property-style checks: the same policy written with full-width digits and
// punctuation, or indented with ideographic spaces, reads the same; every
// span of every variant slices its text from that variant's source.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reading, run } from './helpers.js';
import { brokenSpans } from '../src/spans.js';

const toFullWidth = (text: string) => text.replace(/[0-9(),:;%.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const indentIdeographic = (text: string) => text.replace(/^[ \t]*/gm, '\u3000\u3000');

const samples = readdirSync('samples').filter((f) => f.endsWith('.txt')).sort();

describe.each(samples)('%s', (name) => {
  const text = readFileSync(`samples/${name}`, 'utf8');
  it.each([
    ['full-width digits and punctuation', toFullWidth],
    ['ideographic-space indentation', indentIdeographic],
  ])('should read the same with %s', async (_label, mutate) => {
    const original = await run(text, name);
    const variant = mutate(text);
    const mutated = await run(variant, name);
    expect(reading(mutated)).toEqual(reading(original));
    expect(brokenSpans(mutated, variant)).toEqual([]);
  });
});
