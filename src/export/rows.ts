// Flat records for spreadsheets and data pipelines, one table at a time.
// Every record carries the document id and the span, so it joins back to the
// JSON and the source text. Lists stay lists (JSONL); CSV joins them.
import type { Deadline, PolicyDocument, Section } from '../../schemas/policy-document.js';

export const tables = ['tasks', 'quantities', 'deadlines', 'sections'] as const;
export type TableName = (typeof tables)[number];

export type Cell = string | number | null | string[];
export type Row = Record<string, Cell>;

/** The column order of each table. */
export const columns: Record<TableName, readonly string[]> = {
  tasks: ['documentId', 'documentTitle', 'sectionId', 'heading', 'lead', 'cooperating', 'units', 'deadlines', 'quantities', 'spanStart', 'spanEnd'],
  quantities: ['documentId', 'documentTitle', 'sectionId', 'heading', 'text', 'value', 'valueMax', 'unit', 'comparator', 'spanStart', 'spanEnd'],
  deadlines: ['documentId', 'documentTitle', 'sectionId', 'heading', 'text', 'kind', 'date', 'start', 'every', 'within', 'spanStart', 'spanEnd'],
  sections: ['documentId', 'documentTitle', 'sectionId', 'marker', 'number', 'level', 'heading', 'quantities', 'deadlines', 'lead', 'cooperating', 'spanStart', 'spanEnd'],
};

/** A deadline as one ISO value: a date, a period, a recurrence or a duration. */
export function isoOf(d: Deadline): string {
  switch (d.kind) {
    case 'by':
      return d.date;
    case 'period':
      return `${d.start}/${d.date}`;
    case 'recurring':
      return `every ${d.every}`;
    case 'within':
      return d.within;
  }
}

interface Place {
  doc: PolicyDocument;
  sectionId: string;
  heading: string | null;
  quantities: Section['quantities'];
  deadlines: Section['deadlines'];
  section: Section | null;
}

/** Every place that holds entities: each part's own text, then its sections in document order. */
function* places(doc: PolicyDocument): Generator<Place> {
  const counts = new Map<string, number>();
  for (const part of doc.parts) {
    const n = (counts.get(part.kind) ?? 0) + 1;
    counts.set(part.kind, n);
    yield { doc, sectionId: n > 1 ? `${part.kind}-${n}` : part.kind, heading: part.title, quantities: part.quantities, deadlines: part.deadlines, section: null };
    const walk = function* (sections: Section[]): Generator<Place> {
      for (const s of sections) {
        yield { doc, sectionId: s.id, heading: s.heading, quantities: s.quantities, deadlines: s.deadlines, section: s };
        yield* walk(s.sections);
      }
    };
    yield* walk(part.sections);
  }
}

const base = (p: Place) => ({ documentId: p.doc.id, documentTitle: p.doc.meta.title, sectionId: p.sectionId, heading: p.heading });

export function* rowsOf(doc: PolicyDocument, table: TableName): Generator<Row> {
  for (const p of places(doc)) {
    const s = p.section;
    if (table === 'quantities') {
      for (const q of p.quantities)
        yield { ...base(p), text: q.text, value: q.value, valueMax: q.valueMax ?? null, unit: q.unit, comparator: q.comparator, spanStart: q.span[0], spanEnd: q.span[1] };
    } else if (table === 'deadlines') {
      for (const d of p.deadlines)
        yield {
          ...base(p), text: d.text, kind: d.kind, date: 'date' in d ? d.date : null, start: d.kind === 'period' ? d.start : null,
          every: d.kind === 'recurring' ? d.every : null, within: d.kind === 'within' ? d.within : null, spanStart: d.span[0], spanEnd: d.span[1],
        };
    } else if (table === 'tasks') {
      if (!s || (!s.responsibility && s.deadlines.length === 0)) continue;
      yield {
        ...base(p), lead: s.responsibility?.lead ?? [], cooperating: s.responsibility?.cooperating ?? [], units: s.responsibility?.units ?? [],
        deadlines: s.deadlines.map(isoOf), quantities: s.quantities.map((q) => q.text), spanStart: s.span[0], spanEnd: s.span[1],
      };
    } else if (s) {
      yield {
        ...base(p), marker: s.marker, number: s.number, level: s.level, quantities: s.quantities.length, deadlines: s.deadlines.length,
        lead: s.responsibility?.lead ?? [], cooperating: s.responsibility?.cooperating ?? [], spanStart: s.span[0], spanEnd: s.span[1],
      };
    }
  }
}
