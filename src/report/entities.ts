// The highlights of a document: every quantity, deadline, responsibility note
// and section heading, with its span and the normalised value shown on hover.
import type { PolicyDocument, Section } from '../../schemas/policy-document.js';
import { isoOf } from '../export/rows.js';

export type EntityKind = 'quantity' | 'deadline' | 'note' | 'heading';

export interface Highlight {
  kind: EntityKind;
  start: number;
  end: number;
  tip: string;
}

export const sectionAnchor = (id: string): string => `sec-${encodeURIComponent(id).replace(/%/g, '_')}`;

/** Where a heading sits: inside its section's first line. */
function headingSpan(source: string, s: Section): [number, number] | null {
  if (!s.heading) return null;
  const at = source.indexOf(s.heading, s.span[0]);
  const lineEnd = source.indexOf('\n', s.span[0]);
  return at >= 0 && (lineEnd < 0 || at < lineEnd) ? [at, at + s.heading.length] : null;
}

export function highlights(doc: PolicyDocument, source: string): Highlight[] {
  const out: Highlight[] = [];
  const add = (list: Section['quantities'] | Section['deadlines']) => {
    for (const e of list) {
      const tip = 'value' in e
        ? `${e.comparator} ${e.value}${e.valueMax !== undefined ? `–${e.valueMax}` : ''}${e.unit ? ` ${e.unit}` : ''}`
        : `${e.kind}: ${isoOf(e)}`;
      out.push({ kind: 'value' in e ? 'quantity' : 'deadline', start: e.span[0], end: e.span[1], tip });
    }
  };
  const walk = (sections: Section[]) =>
    sections.forEach((s) => {
      const heading = headingSpan(source, s);
      if (heading) out.push({ kind: 'heading', start: heading[0], end: heading[1], tip: `section ${s.id}` });
      add(s.quantities);
      add(s.deadlines);
      for (const n of s.responsibility?.notes ?? [])
        out.push({ kind: 'note', start: n.span[0], end: n.span[1], tip: `lead: ${n.lead.join('、') || '—'}; cooperating: ${n.cooperating.join('、') || '—'}; units: ${n.units.join('、')}` });
      walk(s.sections);
    });
  for (const part of doc.parts) {
    add(part.quantities);
    add(part.deadlines);
    walk(part.sections);
  }
  return out.filter((h) => h.end > h.start).sort((a, b) => a.start - b.start || b.end - a.end);
}
