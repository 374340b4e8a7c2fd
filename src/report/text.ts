// Renders the source text with its highlights as nested <mark>s. The text is
// cut at every highlight boundary; each piece is wrapped in the marks that
// cover it. A highlight split over several pieces is one `entity` (its first
// piece) and `entity-cont` pieces, so the page holds exactly one mark.entity
// per highlight, and crossing spans still render as valid HTML.
import type { Highlight } from './entities.js';

export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderText(source: string, marks: Highlight[], anchors: Map<number, string[]>): string {
  const cuts = new Set<number>([0, source.length, ...anchors.keys()]);
  for (const m of marks) cuts.add(m.start).add(m.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= source.length).sort((a, b) => a - b);
  const opened = new Set<Highlight>();
  let html = '';
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    for (const id of anchors.get(from) ?? []) html += `<span class="anchor" id="${id}"></span>`;
    let piece = escapeHtml(source.slice(from, to));
    const covering = marks.filter((m) => m.start <= from && to <= m.end);
    for (const m of [...covering].reverse()) {
      const first = !opened.has(m);
      opened.add(m);
      const tip = escapeHtml(m.tip);
      piece = first
        ? `<mark class="entity entity-${m.kind}" tabindex="0" title="${tip}" data-tip="${tip}">${piece}</mark>`
        : `<mark class="entity-cont entity-${m.kind}">${piece}</mark>`;
    }
    html += piece;
  }
  return html;
}
