// Shared test helpers: run the pipeline on a string, and slice ranges.
import { extract } from '../src/index.js';
import type { PolicyDocument, Section } from '../schemas/policy-document.js';
import { matchingView } from '../src/text/view.js';
import type { TextRange } from '../src/extract/context.js';

export async function run(text: string, path = 'test.txt'): Promise<PolicyDocument> {
  return (await extract({ value: text, path })).document;
}

/** A whole string as an extractor range. */
export function range(source: string): TextRange {
  return { source, view: matchingView(source), start: 0, end: source.length };
}

export function flatSections(doc: PolicyDocument): Section[] {
  const out: Section[] = [];
  const walk = (list: Section[]) => list.forEach((s) => (out.push(s), walk(s.sections)));
  doc.parts.forEach((p) => walk(p.sections));
  return out;
}

/** Section paths as marker keys: "二/(一)/1". */
export const paths = (doc: PolicyDocument): string[] => flatSections(doc).map((s) => s.id.split('/').slice(1).join('/'));
