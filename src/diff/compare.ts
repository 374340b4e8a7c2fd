// What changed inside an aligned pair of sections: quantities (value, unit,
// comparator), deadlines, responsible units and lead units.
import type { Deadline, Quantity, Section } from '../../schemas/policy-document.js';
import { isoOf } from '../export/rows.js';

export interface EntityChange<T> {
  old: T | null;
  new: T | null;
}

export interface SectionChanges {
  quantities: Array<EntityChange<Quantity>>;
  deadlines: Array<EntityChange<Deadline>>;
  unitsAdded: string[];
  unitsDropped: string[];
  lead: { old: string[]; new: string[] } | null;
}

const quantityKey = (q: Quantity) => `${q.value}|${q.valueMax ?? ''}|${q.unit ?? ''}|${q.comparator}`;
const deadlineKey = (d: Deadline) => `${d.kind}|${isoOf(d)}`;

/**
 * Pairs two lists: equal items cancel out; the rest pair up in order (a
 * changed value), and what is left over was added or removed.
 */
function changes<T>(old: T[], neu: T[], key: (x: T) => string, related: (a: T, b: T) => boolean): Array<EntityChange<T>> {
  const left = [...old];
  const right = [...neu];
  for (let i = left.length - 1; i >= 0; i--) {
    const j = right.findIndex((r) => key(r) === key(left[i]!));
    if (j >= 0) {
      left.splice(i, 1);
      right.splice(j, 1);
    }
  }
  const out: Array<EntityChange<T>> = [];
  for (const a of left) {
    const j = right.findIndex((b) => related(a, b));
    const k = j >= 0 ? j : right.length ? 0 : -1;
    out.push({ old: a, new: k >= 0 ? right.splice(k, 1)[0]! : null });
  }
  for (const b of right) out.push({ old: null, new: b });
  return out;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

export function compareSections(old: Section, neu: Section): SectionChanges {
  const oldUnits = old.responsibility?.units ?? [];
  const newUnits = neu.responsibility?.units ?? [];
  const oldLead = old.responsibility?.lead ?? [];
  const newLead = neu.responsibility?.lead ?? [];
  return {
    quantities: changes(old.quantities, neu.quantities, quantityKey, (a, b) => a.unit === b.unit),
    deadlines: changes(old.deadlines, neu.deadlines, deadlineKey, (a, b) => a.kind === b.kind),
    unitsAdded: newUnits.filter((u) => !oldUnits.includes(u)),
    unitsDropped: oldUnits.filter((u) => !newUnits.includes(u)),
    lead: sameSet(oldLead, newLead) ? null : { old: oldLead, new: newLead },
  };
}

export const isEmpty = (c: SectionChanges): boolean =>
  c.quantities.length === 0 && c.deadlines.length === 0 && c.unitsAdded.length === 0 && c.unitsDropped.length === 0 && c.lead === null;
