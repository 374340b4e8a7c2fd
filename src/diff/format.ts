// The human-readable rendering of a policy diff.
import type { Deadline, Quantity } from '../../schemas/policy-document.js';
import { isoOf } from '../export/rows.js';
import type { PolicyDiff, SectionRef } from './index.js';

const where = (s: SectionRef) => `${s.path}${s.heading ? ` ${s.heading}` : ''}`;
const quantity = (q: Quantity | null) =>
  q ? `${q.text} (${q.comparator === '=' ? '' : `${q.comparator} `}${q.value}${q.valueMax !== undefined ? `–${q.valueMax}` : ''}${q.unit ? ` ${q.unit}` : ''})` : '∅';
const deadline = (d: Deadline | null) => (d ? `${d.text} (${isoOf(d)})` : '∅');
const units = (list: string[]) => (list.length ? list.join('、') : '∅');

export function formatDiff(d: PolicyDiff): string {
  const lines = [`policy diff: ${d.old.title ?? d.old.id} → ${d.new.title ?? d.new.id}`];
  for (const s of d.added) lines.push(`+ added    ${where(s)}`);
  for (const s of d.removed) lines.push(`- removed  ${where(s)}`);
  for (const m of d.moved) lines.push(`~ moved    ${m.old.path} → ${where(m.new)}`);
  for (const { new: s, changes: c } of d.changed) {
    lines.push(`* ${where(s)}`);
    for (const q of c.quantities) lines.push(`    quantity  ${quantity(q.old)} → ${quantity(q.new)}`);
    for (const x of c.deadlines) lines.push(`    deadline  ${deadline(x.old)} → ${deadline(x.new)}`);
    if (c.unitsAdded.length) lines.push(`    units     + ${c.unitsAdded.join('、')}`);
    if (c.unitsDropped.length) lines.push(`    units     - ${c.unitsDropped.join('、')}`);
    if (c.lead) lines.push(`    lead      ${units(c.lead.old)} → ${units(c.lead.new)}`);
  }
  if (lines.length === 1) lines.push('no changes');
  return `${lines.join('\n')}\n`;
}
