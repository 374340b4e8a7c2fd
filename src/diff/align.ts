// Aligns the sections of two versions of a policy. Headings identify a section
// better than its number (a section inserted before it renumbers it): pairs
// are made first by equal headings, then by similar headings, then — for
// sections without a usable heading — by position path with similar text.
import type { PolicyDocument, Section } from '../../schemas/policy-document.js';

export interface FlatSection {
  section: Section;
  /** Marker path by style and number: "二/(一)/1". */
  path: string;
  /** Index of the parent section in the same list, or null at the top. */
  parent: number | null;
  order: number;
}

const compact = (s: string | null) => (s ?? '').normalize('NFKC').replace(/[\s。.;；:：]/g, '');
const markerKey = (m: string) => m.normalize('NFKC').replace(/\s+/g, '').replace(/[、.．,:：]+$/, '');

export function flatten(doc: PolicyDocument): FlatSection[] {
  const out: FlatSection[] = [];
  const walk = (sections: Section[], prefix: string, parent: number | null) =>
    sections.forEach((s) => {
      const path = `${prefix}${markerKey(s.marker)}`;
      const order = out.length;
      out.push({ section: s, path, parent, order });
      walk(s.sections, `${path}/`, order);
    });
  doc.parts.forEach((p) => walk(p.sections, p.kind === 'main' ? '' : `${p.kind}:`, null));
  return out;
}

/** Dice coefficient of character bigrams: 1 for equal strings. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const grams = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const ga = grams(a);
  const gb = grams(b);
  let shared = 0;
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
  const total = Math.max(0, a.length - 1) + Math.max(0, b.length - 1);
  return total ? (2 * shared) / total : 0;
}

const headingMatch = 0.6;
const textMatch = 0.5;

/** Pairs old → new section indexes. */
export function align(old: FlatSection[], neu: FlatSection[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  const pass = (score: (a: FlatSection, b: FlatSection) => number, threshold: number) => {
    for (const a of old) {
      if (pairs.has(a.order)) continue;
      let best = -1;
      let bestScore = threshold;
      for (const b of neu) {
        if (taken.has(b.order)) continue;
        const s = score(a, b);
        // Ties go to the closest position, so repeated headings pair in order.
        if (s > bestScore || (s === bestScore && s > threshold && best >= 0 && Math.abs(b.order - a.order) < Math.abs(best - a.order))) {
          best = b.order;
          bestScore = s;
        }
      }
      if (best >= 0) {
        pairs.set(a.order, best);
        taken.add(best);
      }
    }
  };
  const heading = (f: FlatSection) => compact(f.section.heading);
  pass((a, b) => (heading(a) && heading(a) === heading(b) ? 1 : 0), 0.99);
  pass((a, b) => (heading(a) && heading(b) ? similarity(heading(a), heading(b)) : 0), headingMatch);
  pass((a, b) => (a.path === b.path ? 0.5 + similarity(compact(a.section.text).slice(0, 200), compact(b.section.text).slice(0, 200)) / 2 : 0), 0.5 + textMatch / 2);
  pass((a, b) => similarity(compact(a.section.text).slice(0, 200), compact(b.section.text).slice(0, 200)), 0.8);
  return pairs;
}
