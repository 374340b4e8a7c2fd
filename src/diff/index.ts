// policy-extract diff: what changed between two versions of a policy (a draft
// and its final text, or two years' editions): sections added, removed and
// moved, and per aligned section the quantities, deadlines, responsible units
// and lead units that changed. Renumbering alone is not a change.
import { readFile } from 'node:fs/promises';
import { policyDocument, type PolicyDocument } from '../../schemas/policy-document.js';
import { extractFile } from '../index.js';
import { align, flatten, type FlatSection } from './align.js';
import { compareSections, isEmpty, type SectionChanges } from './compare.js';

export interface SectionRef {
  id: string;
  path: string;
  heading: string | null;
}

export interface PolicyDiff {
  old: { id: string; title: string | null };
  new: { id: string; title: string | null };
  added: SectionRef[];
  removed: SectionRef[];
  moved: Array<{ old: SectionRef; new: SectionRef }>;
  changed: Array<{ old: SectionRef; new: SectionRef; changes: SectionChanges }>;
}

const ref = (f: FlatSection): SectionRef => ({ id: f.section.id, path: f.path, heading: f.section.heading });

export function diffDocuments(old: PolicyDocument, neu: PolicyDocument): PolicyDiff {
  const a = flatten(old);
  const b = flatten(neu);
  const pairs = align(a, b);
  const paired = new Set(pairs.values());
  const diff: PolicyDiff = {
    old: { id: old.id, title: old.meta.title },
    new: { id: neu.id, title: neu.meta.title },
    added: b.filter((f) => !paired.has(f.order)).map(ref),
    removed: a.filter((f) => !pairs.has(f.order)).map(ref),
    moved: [],
    changed: [],
  };
  for (const [i, j] of [...pairs].sort(([x], [y]) => x - y)) {
    const from = a[i]!;
    const to = b[j]!;
    // Under another parent it moved; a new number under the same parent is renumbering.
    const parentThen = from.parent === null ? null : (pairs.get(from.parent) ?? -1);
    if (parentThen !== to.parent) diff.moved.push({ old: ref(from), new: ref(to) });
    const changes = compareSections(from.section, to.section);
    if (!isEmpty(changes)) diff.changed.push({ old: ref(from), new: ref(to), changes });
  }
  return diff;
}

/** A version given as extracted JSON or as a text (extracted on the fly). */
export async function loadVersion(path: string): Promise<PolicyDocument> {
  if (!path.endsWith('.json')) return (await extractFile(path)).document;
  const parsed = policyDocument.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: not a policy-extract document (${parsed.error.issues[0]!.path.join('.')})`);
  return parsed.data;
}

export const changeCount = (d: PolicyDiff): number =>
  d.added.length +
  d.removed.length +
  d.moved.length +
  d.changed.reduce(
    (n, c) => n + c.changes.quantities.length + c.changes.deadlines.length + c.changes.unitsAdded.length + c.changes.unitsDropped.length + (c.changes.lead ? 1 : 0),
    0,
  );

export { formatDiff } from './format.js';
