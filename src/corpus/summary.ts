// The corpus-index summary of one document.
import type { PolicyDocument, Section } from '../../schemas/policy-document.js';
import type { IndexEntry } from './manifest.js';

export function summarise(doc: PolicyDocument, output: string): IndexEntry {
  const counts = { sections: 0, quantities: 0, deadlines: 0, responsibilityNotes: 0 };
  const walk = (sections: Section[]) =>
    sections.forEach((s) => {
      counts.sections++;
      counts.quantities += s.quantities.length;
      counts.deadlines += s.deadlines.length;
      counts.responsibilityNotes += s.responsibility?.notes.length ?? 0;
      walk(s.sections);
    });
  for (const part of doc.parts) {
    counts.quantities += part.quantities.length;
    counts.deadlines += part.deadlines.length;
    walk(part.sections);
  }
  const { title, docNumber, issuers, issuedOn, publishedOn } = doc.meta;
  return { id: doc.id, path: doc.source.path, output, title, docNumber, issuers, issuedOn, publishedOn, counts };
}
