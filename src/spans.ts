// Every entity's span must slice its text out of the source (OUTPUT.md).
import type { PolicyDocument, Section } from '../schemas/policy-document.js';

export interface SpannedEntity {
  path: string;
  text: string;
  span: [number, number];
}

type Spanned = Omit<SpannedEntity, 'path'>;

/**
 * Calls `visit` with every entity that has a text and a span, in document
 * order, and a function that spells its JSON path (built only when asked).
 * Stops at the first entity for which `visit` returns true.
 */
function eachSpanned(doc: PolicyDocument, visit: (entity: Spanned, path: () => string) => boolean): void {
  const entities = (at: () => string, name: string, list: readonly Spanned[]) => list.some((e, i) => visit(e, () => `${at()}.${name}[${i}]`));
  const sections = (at: () => string, list: readonly Section[]): boolean =>
    list.some((s, i) => {
      const here = () => `${at()}.sections[${i}]`;
      return (
        entities(here, 'quantities', s.quantities) ||
        entities(here, 'deadlines', s.deadlines) ||
        entities(here, 'responsibility.notes', s.responsibility?.notes ?? []) ||
        sections(here, s.sections)
      );
    });
  doc.parts.some((p, i) => {
    const here = () => `parts[${i}]`;
    return entities(here, 'quantities', p.quantities) || entities(here, 'deadlines', p.deadlines) || sections(here, p.sections);
  });
}

/** Every entity with a `text` and a `span`, with its JSON path. */
export function spannedEntities(doc: PolicyDocument): SpannedEntity[] {
  const out: SpannedEntity[] = [];
  eachSpanned(doc, (e, path) => {
    out.push({ path: path(), text: e.text, span: e.span });
    return false;
  });
  return out;
}

/** source.slice(start, end) === text, without cutting a copy. */
const slices = ({ text, span: [start, end] }: Spanned, source: string) =>
  start <= end && end - start === text.length && source.startsWith(text, start);

/** Entities whose span does not slice their text out of `source` (at most `limit`), in one pass. */
export function brokenSpans(doc: PolicyDocument, source: string, limit = Infinity): SpannedEntity[] {
  const out: SpannedEntity[] = [];
  eachSpanned(doc, (e, path) => {
    if (!slices(e, source)) out.push({ path: path(), text: e.text, span: e.span });
    return out.length >= limit;
  });
  return out;
}
