// Accuracy on real text the rules were not fitted to must not drop: the wild
// coverage audit, the phrase gold (snapshot in test/fixtures/audit) and the
// gold annotated for six extra documents (test/fixtures/extra-gold), scored by
// the shared scorers, stay at or above the figures reached. `npm run audit`
// prints the same figures.
import { beforeAll, describe, expect, it } from 'vitest';
import { audit, snapshot, type AuditFigures } from '../scripts/audit.js';

/**
 * The figures reached (issue 9); raise them when accuracy improves. Deadlines
 * stay below 100: of the 292 phrases the audit's pattern takes for deadlines,
 * one is "5月3日内蒙古" (a date, then a place), which the output leaves out.
 * Of the quantities, "60个" in "60个自然日内" is a time limit: a `within`
 * deadline (ANNOTATION.md §4), which the output gives instead.
 */
const floor = {
  coverage: { markers: 99.9, notes: 100, quantities: 99.1, deadlines: 99.6, docNumber: 100, issuedOn: 100 },
  htmlTextRetained: 99.1,
  notes: { f1: 100, roles: 100 },
  quantities: { f1: 100, comparators: 99.7 },
  annotated: { sections: 100, headings: 100, quantities: 100, deadlines: 100, units: 100, roles: 100, meta: 100, tables: 100 },
};

describe('audit on real text', () => {
  let figures: AuditFigures;
  beforeAll(() => {
    figures = audit(snapshot);
  });

  it('should give every wild document an output', () => {
    expect(figures.documents).toBe(147);
    expect(figures.withoutOutput).toBe(0);
  });

  it.each(Object.entries(floor.coverage))('should cover %s in the wild at or above %d %', (kind, value) => {
    expect(figures.coverage[kind]).toBeGreaterThanOrEqual(value);
  });

  it('should keep the text of the HTML pages', () => expect(figures.htmlTextRetained).toBeGreaterThanOrEqual(floor.htmlTextRetained));

  it.each(Object.entries(floor.annotated))('should score %s on the annotated extra documents at or above %d', (field, value) => {
    expect(figures.annotated[field]).toBeGreaterThanOrEqual(value);
  });

  it('should read the phrase gold at or above the floor', () => {
    expect(figures.notes.f1).toBeGreaterThanOrEqual(floor.notes.f1);
    expect(figures.notes.roles).toBeGreaterThanOrEqual(floor.notes.roles);
    expect(figures.quantities.f1).toBeGreaterThanOrEqual(floor.quantities.f1);
    expect(figures.quantities.comparators).toBeGreaterThanOrEqual(floor.quantities.comparators);
  });
});
