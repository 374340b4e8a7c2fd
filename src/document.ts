// Builds the output document (OUTPUT.md) from the extracted tree.
import { sha256 } from './sha256.js';
import type { VFile } from 'vfile';
import { SCHEMA_VERSION, type Part, type PolicyDocument, type Section } from '../schemas/policy-document.js';
import type { LineNode, PartNode, PolicyRoot, SectionNode } from './tree.js';

const textOf = (tree: PolicyRoot, lines: LineNode[]) => lines.map((l) => tree.source.slice(l.span[0], l.span[1])).join('\n');
const markerKey = (marker: string) => marker.replace(/\s+/g, '').replace(/[、.,．:：]+$/u, '');

function section(tree: PolicyRoot, node: SectionNode, prefix: string, ids: Map<string, number>): Section {
  let id = `${prefix}/${markerKey(node.marker)}`;
  const seen = ids.get(id) ?? 0;
  ids.set(id, seen + 1);
  if (seen > 0) id = `${id}~${seen + 1}`;
  return {
    id,
    marker: node.marker,
    number: node.number,
    level: node.level,
    heading: node.heading,
    span: node.span,
    text: textOf(tree, node.lines),
    quantities: node.quantities,
    deadlines: node.deadlines,
    responsibility: node.responsibility,
    sections: node.children.map((c) => section(tree, c, id, ids)),
  };
}

function part(tree: PolicyRoot, node: PartNode, key: string): Part {
  const ids = new Map<string, number>();
  return {
    kind: node.kind,
    title: node.title,
    span: node.span,
    text: textOf(tree, node.lines),
    quantities: node.quantities,
    deadlines: node.deadlines,
    sections: node.children.map((s) => section(tree, s, key, ids)),
    tables: node.tables.map((t) => ({ title: t.title, span: t.span, header: t.header, rows: t.rows })),
  };
}

/** The document id: the file name without its extension. */
export const documentId = (file: VFile): string => file.stem ?? 'document';

export function buildDocument(tree: PolicyRoot, file: VFile): PolicyDocument {
  const bytes = typeof file.value === 'string' ? new TextEncoder().encode(file.value) : file.value;
  const counts = new Map<string, number>();
  const parts = tree.children.map((p) => {
    const n = (counts.get(p.kind) ?? 0) + 1;
    counts.set(p.kind, n);
    return part(tree, p, n > 1 ? `${p.kind}-${n}` : p.kind);
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    id: documentId(file),
    source: {
      path: file.path ?? '',
      sha256: sha256(bytes),
      encoding: tree.encoding,
      chars: tree.source.length,
      format: tree.format,
      ...(tree.format === 'html' ? { text: tree.source } : {}),
    },
    meta: tree.meta!,
    parts,
  };
}
