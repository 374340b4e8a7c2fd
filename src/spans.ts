// Every entity's span must slice its text out of the source (OUTPUT.md).
import type { PolicyDocument, Section } from '../schemas/policy-document.js';

export interface SpannedEntity {
  path: string;
  text: string;
  span: [number, number];
}

/** Every entity with a `text` and a `span`, with its JSON path. */
export function spannedEntities(doc: PolicyDocument): SpannedEntity[] {
  const out: SpannedEntity[] = [];
  const add = (path: string, list: ReadonlyArray<{ text: string; span: [number, number] }>) =>
    list.forEach((e, i) => out.push({ path: `${path}[${i}]`, text: e.text, span: e.span }));
  const walk = (path: string, sections: Section[]) =>
    sections.forEach((s, i) => {
      const at = `${path}.sections[${i}]`;
      add(`${at}.quantities`, s.quantities);
      add(`${at}.deadlines`, s.deadlines);
      add(`${at}.responsibility.notes`, s.responsibility?.notes ?? []);
      walk(at, s.sections);
    });
  doc.parts.forEach((p, i) => {
    add(`parts[${i}].quantities`, p.quantities);
    add(`parts[${i}].deadlines`, p.deadlines);
    walk(`parts[${i}]`, p.sections);
  });
  return out;
}

export const brokenSpans = (doc: PolicyDocument, source: string): SpannedEntity[] =>
  spannedEntities(doc).filter((e) => e.span[0] > e.span[1] || source.slice(e.span[0], e.span[1]) !== e.text);
