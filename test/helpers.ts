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

/** What must read the same in variants of one text: section markers by number, headings' presence, entity values, parts. */
export function reading(doc: PolicyDocument) {
  const out: unknown[] = [];
  const walk = (sections: PolicyDocument['parts'][number]['sections']) =>
    sections.forEach((s) => {
      out.push([s.number, s.level, s.heading === null, s.quantities.map((q) => [q.value, q.comparator]), s.deadlines.map((d) => d.kind), s.responsibility?.units.length ?? 0]);
      walk(s.sections);
    });
  doc.parts.forEach((p) => (out.push([p.kind, p.quantities.length, p.deadlines.length]), walk(p.sections)));
  return out;
}
