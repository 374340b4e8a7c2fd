// Stage 4, extract: metadata for the document, then quantities, deadlines and
// responsibility notes for every part's own text and every section's own text.
import type { Deadline, PolicyRoot, Quantity, SectionNode, LineNode } from '../src/tree.js';
import { readMeta } from '../src/extract/metadata.js';
import { findQuantities } from '../src/extract/quantities.js';
import { findDeadlines, type DeadlineContext } from '../src/extract/deadlines.js';
import { documentRoles, findNotes, mergeNotes, type DocumentRoles } from '../src/extract/responsibility.js';
import { jiebaSegmenter, type WordSegmenter } from '../src/segmenter/index.js';
import { location } from 'vfile-location';
import { rangeDashes } from '../src/rules/zh/quantities.js';
import { alternation } from '../src/text/alternation.js';
import type { VFile } from 'vfile';

export interface ExtractOptions {
  /** The word segmenter used to split unit names; nodejieba by default, loaded on first use. */
  segmenter?: () => WordSegmenter;
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

interface Found {
  quantities: Quantity[];
  deadlines: Deadline[];
  notes: ReturnType<typeof findNotes>;
}

type Warn = (span: [number, number], reason: string, ruleId: string) => void;

function scan(tree: PolicyRoot, lines: LineNode[], context: DeadlineContext, roles: DocumentRoles, segmenter: () => WordSegmenter, warn: Warn): Found {
  const found: Found = { quantities: [], deadlines: [], notes: [] };
  for (const line of lines) {
    const range = { source: tree.source, view: tree.view, start: line.span[0], end: line.span[1] };
    const deadlines = findDeadlines(range, context);
    const notes = findNotes(range, roles, segmenter, warn);
    const taken = [...deadlines.map((d) => d.span), ...notes.map((n) => n.span)];
    found.deadlines.push(...deadlines);
    found.notes.push(...notes);
    found.quantities.push(...findQuantities(range).filter((q) => !taken.some((s) => overlaps(s, q.span))));
  }
  return found;
}

/** A year in a title, or the first of a span of years (…三年行动方案(2022—2024年)). */
const titleYear = new RegExp(`(\\d{4})\\s*(?:(?:${alternation(rangeDashes)})\\s*\\d{4}\\s*)?年`);

/** The year the document governs, whether its title gives it, and its signature date: what deadlines are read against. */
function deadlineContext(tree: PolicyRoot): DeadlineContext {
  const meta = tree.meta;
  // A plan's title may give its span (…三年行动方案(2022—2024年)): it governs from the first year on.
  const fromTitle = meta?.title ? titleYear.exec(meta.title)?.[1] : undefined;
  // The year it was issued: its 成文日期, else the year of its 文号 (聊政办字〔2020〕20号), else its publication.
  const fromDate = meta?.issuedOn?.slice(0, 4) ?? (meta?.docNumber ? /(\d{4})/.exec(meta.docNumber)?.[1] : undefined) ?? meta?.publishedOn?.slice(0, 4);
  const year = fromTitle ?? fromDate;
  return { documentYear: year ? Number(year) : null, yearInTitle: fromTitle !== undefined, dated: meta?.issuedOn ?? meta?.publishedOn ?? null };
}

export default function extract(options: ExtractOptions = {}) {
  const segmenter = options.segmenter ?? jiebaSegmenter;
  return (tree: PolicyRoot, file: VFile) => {
    const place = location(tree.source);
    const warn: Warn = ([start, end], reason, ruleId) => {
      const from = place.toPoint(start);
      const to = place.toPoint(end);
      file.message(reason, { place: from && to ? { start: from, end: to } : undefined, ruleId, source: 'policy-extract' });
    };
    tree.meta = readMeta(tree);
    const context = deadlineContext(tree);
    const roles = documentRoles(tree.view);
    const visit = (section: SectionNode) => {
      const found = scan(tree, section.lines, context, roles, segmenter, warn);
      section.quantities = found.quantities;
      section.deadlines = found.deadlines;
      section.responsibility = mergeNotes(found.notes);
      section.children.forEach(visit);
    };
    for (const part of tree.children) {
      const found = scan(tree, part.body, context, roles, segmenter, warn);
      part.quantities = found.quantities;
      part.deadlines = found.deadlines;
      part.children.forEach(visit);
    }
  };
}
