// The report's pages: an index of the documents, and one page per document
// with its highlighted text, an outline of its sections and its task table.
import type { PolicyDocument, Section } from '../../schemas/policy-document.js';
import { isoOf } from '../export/rows.js';
import { summarise } from '../corpus/summary.js';
import { script, style } from './assets.js';
import { highlights, sectionAnchor } from './entities.js';
import { escapeHtml as e, renderText } from './text.js';

export interface ReportDocument {
  json: PolicyDocument;
  source: string;
}

const page = (title: string, body: string) =>
  `<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${e(title)}</title>\n<style>${style}</style>\n</head>\n<body>\n${body}\n<script>${script}</script>\n</body>\n</html>\n`;

export const pageName = (doc: PolicyDocument): string => `${encodeURIComponent(doc.id)}.html`;

export function renderIndexPage(docs: ReportDocument[]): string {
  const rows = docs
    .map(({ json }) => {
      const s = summarise(json, '');
      const c = s.counts;
      return `<tr><td><a href="${pageName(json)}">${e(json.id)}</a></td><td>${e(s.title ?? '')}</td><td>${e(s.docNumber ?? '')}</td><td>${e(s.issuers.join('、'))}</td><td>${e(s.issuedOn ?? '')}</td><td>${e(s.publishedOn ?? '')}</td><td>${c.sections}</td><td>${c.quantities}</td><td>${c.deadlines}</td><td>${c.responsibilityNotes}</td></tr>`;
    })
    .join('\n');
  return page(
    'policy-extract review',
    `<header><h1>policy-extract review: ${docs.length} documents</h1></header>\n<main><table class="sortable"><thead><tr><th>id</th><th>title</th><th>文号</th><th>issuers</th><th>issued</th><th>published</th><th>sections</th><th>quantities</th><th>deadlines</th><th>notes</th></tr></thead>\n<tbody>\n${rows}\n</tbody></table></main>`,
  );
}

function allSections(doc: PolicyDocument): Section[] {
  const out: Section[] = [];
  const walk = (list: Section[]) => list.forEach((s) => (out.push(s), walk(s.sections)));
  doc.parts.forEach((p) => walk(p.sections));
  return out;
}

function outline(doc: PolicyDocument): string {
  const list = (sections: Section[]): string =>
    sections.length
      ? `<ul>${sections.map((s) => `<li><a href="#${sectionAnchor(s.id)}">${e(s.marker)} ${e(s.heading ?? '')}</a>${list(s.sections)}</li>`).join('')}</ul>`
      : '';
  return doc.parts.map((p) => `<p><b>${e(p.kind)}</b> ${e(p.title ?? '')}</p>${list(p.sections)}`).join('\n');
}

function tasks(doc: PolicyDocument): string {
  const rows = allSections(doc)
    .filter((s) => s.responsibility || s.deadlines.length)
    .map((s) => {
      const r = s.responsibility;
      const units = [...(r?.units ?? []), ...(r?.lead ?? []), ...(r?.cooperating ?? [])].join('、');
      return `<tr class="task" data-units="${e(units)}"><td><a href="#${sectionAnchor(s.id)}">${e(s.id)}</a></td><td>${e(s.heading ?? '')}</td><td>${e(r?.lead.join('、') ?? '')}</td><td>${e(r?.cooperating.join('、') ?? '')}</td><td>${e(r?.units.join('、') ?? '')}</td><td>${e(s.deadlines.map(isoOf).join('; '))}</td><td>${e(s.quantities.map((q) => q.text).join('、'))}</td><td data-sort="${s.span[0]}">${s.span[0]}–${s.span[1]}</td></tr>`;
    })
    .join('\n');
  return `<h2>Tasks</h2>\n<label>Filter by unit: <input id="unit-filter" type="search" placeholder="市商务局"></label>\n<table id="tasks" class="sortable"><thead><tr><th>section</th><th>heading</th><th>lead</th><th>cooperating</th><th>units</th><th>deadlines</th><th>quantities</th><th>span</th></tr></thead>\n<tbody>\n${rows}\n</tbody></table>`;
}

export function renderDocumentPage({ json, source }: ReportDocument): string {
  const anchors = new Map<number, string[]>();
  for (const s of allSections(json)) anchors.set(s.span[0], [...(anchors.get(s.span[0]) ?? []), sectionAnchor(s.id)]);
  const legend = `<p class="legend"><span class="entity-quantity">quantity</span><span class="entity-deadline">deadline</span><span class="entity-note">responsibility note</span><span class="entity-heading">section heading</span> — hover or focus a highlight for its value. <a href="index.html">All documents</a></p>`;
  const meta = json.meta;
  return page(
    meta.title ?? json.id,
    `<header><h1>${e(meta.title ?? json.id)}</h1><div>${e([meta.docNumber, meta.issuers.join('、'), meta.issuedOn, json.source.path].filter(Boolean).join(' · '))}</div>${legend}</header>
<div class="layout"><nav class="outline" aria-label="outline">${outline(json)}</nav>
<main><pre class="source">${renderText(source, highlights(json, source), anchors)}</pre>
${tasks(json)}</main></div>`,
  );
}
