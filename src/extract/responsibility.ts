// Responsibility notes (ANNOTATION.md §5): bracketed notes that assign a task,
// their units and the lead / cooperating roles, including the document-wide
// rules that change roles (列第一位为牵头单位; lead and cooperating units
// separated by ";").
import type { Responsibility, ResponsibilityNote } from '../../schemas/policy-document.js';
import { looksLikeOrgan } from '../rules/zh/organs.js';
import { firstListedLeads, noteLabels, remarks, roleVerbs, semicolonSeparatesRoles, type Role } from '../rules/zh/roles.js';
import type { WordSegmenter } from '../segmenter/index.js';
import type { TextRange } from './context.js';
import { splitAtSeparators, splitNames, type Piece } from './units.js';

export interface DocumentRoles {
  firstListedLeads: boolean;
  semicolonSeparatesRoles: boolean;
}

export const documentRoles = (view: string): DocumentRoles => ({
  firstListedLeads: firstListedLeads.test(view),
  semicolonSeparatesRoles: semicolonSeparatesRoles.test(view),
});

const pairs: Record<string, string> = { '(': ')', '〔': '〕', '[': ']', '【': '】' };
const bracketChars = /[()〔〕[\]【】]/g;

/**
 * Top-level bracket pairs [open, close] in view[start, end). A bracket still
 * open at the end of the line is closed there (close = end, `unclosed`).
 */
function brackets(view: string, start: number, end: number): Array<{ open: number; close: number; unclosed: boolean }> {
  const found: Array<{ open: number; close: number; unclosed: boolean }> = [];
  const stack: number[] = [];
  bracketChars.lastIndex = start;
  for (let m = bracketChars.exec(view); m && m.index < end; m = bracketChars.exec(view)) {
    const i = m.index;
    const ch = m[0];
    if (pairs[ch]) stack.push(i);
    else if (stack.length) {
      const open = stack.pop()!;
      if (pairs[view[open]!] === ch && stack.length === 0) found.push({ open, close: i, unclosed: false });
    }
  }
  if (stack.length) found.push({ open: stack[0]!, close: end, unclosed: true });
  return found;
}

interface Group {
  pieces: Piece[];
  role: Role | null;
  afterSemicolon: boolean;
}

const byLength = <T extends readonly [string, Role]>(table: readonly T[]) => [...table].sort((a, b) => b[0].length - a[0].length);
const labels = byLength(noteLabels);
const verbs = byLength(roleVerbs);
const labelAt = new RegExp(`^(${labels.map(([w]) => w).join('|')})\\s*[:：]`);
const noteWord = new RegExp([...labels, ...verbs].map(([w]) => w).join('|'));

/** Clauses of the note's inside, without explanatory remarks. */
function keptClauses(view: string, start: number, end: number): Piece[] {
  const clauses: Piece[] = [];
  let depth = 0;
  let from = start;
  for (let i = start; i <= end; i++) {
    const ch = view[i] ?? '';
    if ('([〔【'.includes(ch)) depth++;
    else if (')]〕】'.includes(ch)) depth = Math.max(0, depth - 1);
    if (i === end || (depth === 0 && /[,。]/.test(ch))) {
      if (i > from && !remarks.test(view.slice(from, i).trim())) clauses.push([from, i]);
      from = i + 1;
    }
  }
  return clauses;
}

/** Reads the groups of units, each closed by a role verb or a label change. */
function readGroups(view: string, clauses: Piece[]): { groups: Group[]; labelled: boolean } {
  const groups: Group[] = [];
  let labelled = false;
  let labelRole: Role | null = null;
  let current: Group = { pieces: [], role: null, afterSemicolon: false };
  let semicolon = false;
  const flush = (role: Role | null) => {
    if (current.pieces.length) groups.push({ ...current, role: role ?? labelRole });
    current = { pieces: [], role: null, afterSemicolon: semicolon };
  };
  for (const [cStart, cEnd] of clauses) {
    let at = cStart;
    while (at < cEnd) {
      const rest = view.slice(at, cEnd);
      const label = labelAt.exec(rest);
      if (label) {
        flush(null);
        labelRole = labels.find(([w]) => w === label[1])![1];
        labelled = true;
        at += label[0].length;
        continue;
      }
      const semi = rest.search(/[;；]/);
      const verbAt = verbs
        .map(([w, role]) => ({ index: rest.indexOf(w), w, role }))
        .filter((v) => v.index >= 0 && (semi < 0 || v.index < semi))
        .sort((a, b) => a.index - b.index || b.w.length - a.w.length)[0];
      const stop = verbAt ? verbAt.index : semi >= 0 ? semi : rest.length;
      current.pieces.push(...splitAtSeparators(view, at, at + stop));
      if (verbAt) {
        flush(verbAt.role);
        at += verbAt.index + verbAt.w.length;
      } else if (semi >= 0) {
        flush(null);
        semicolon = true;
        current.afterSemicolon = true;
        at += semi + 1;
      } else at = cEnd;
    }
  }
  flush(null);
  return { groups, labelled };
}

function assignRoles(groups: Group[], rules: DocumentRoles, units: number) {
  const lead = new Set<Group>();
  const cooperating = new Set<Group>();
  let led = false;
  for (const g of groups) {
    if (g.role === 'lead') {
      lead.add(g);
      led = true;
    } else if (g.role === 'cooperating' || led) cooperating.add(g);
  }
  const explicit = lead.size > 0 || cooperating.size > 0;
  if (!explicit && rules.semicolonSeparatesRoles && groups.some((g) => g.afterSemicolon)) {
    for (const g of groups) (g.afterSemicolon ? cooperating : lead).add(g);
    return { lead, cooperating, first: false };
  }
  const first = !explicit && (rules.firstListedLeads || units === 1);
  return { lead, cooperating, first };
}

/** Reads the note whose units lie in view[from, to) and whose text is source[noteStart, noteEnd). */
export function readNote(
  range: TextRange,
  [from, to]: Piece,
  [noteStart, noteEnd]: Piece,
  rules: DocumentRoles,
  segmenter: () => WordSegmenter,
): ResponsibilityNote | null {
  const { source, view } = range;
  // Most brackets hold no note at all: "(SDN)", "(2019-2021)". Only labels and role verbs make one.
  if (!noteWord.test(view.slice(from, to))) return null;
  const { groups, labelled } = readGroups(view, keptClauses(view, from, to));
  const hasVerb = groups.some((g) => g.role !== null);
  if (!labelled && !hasVerb) return null;
  const name = ([a, b]: Piece) => source.slice(a, b).trim().replace(/等$/, '').trim();
  const viewName = ([a, b]: Piece) => view.slice(a, b).trim().replace(/等$/, '').trim();
  const split = groups.map((g) => ({ ...g, pieces: g.pieces.flatMap((p) => splitNames(view, p, segmenter)).filter((p) => viewName(p)) }));
  const all = split.flatMap((g) => g.pieces);
  if (all.length === 0 || !all.every((p) => looksLikeOrgan(viewName(p)))) return null;
  const { lead, cooperating, first } = assignRoles(split, rules, all.length);
  const units = all.map(name);
  const pick = (set: Set<Group>) => split.filter((g) => set.has(g)).flatMap((g) => g.pieces.map(name));
  return {
    text: source.slice(noteStart, noteEnd),
    span: [noteStart, noteEnd],
    units,
    lead: first ? units.slice(0, 1) : pick(lead),
    cooperating: first ? units.slice(1) : pick(cooperating),
  };
}

const labelLine = new RegExp(`^(?:${labels.map(([w]) => w).join('|')})\\s*[:：]`);

/**
 * Notes in brackets anywhere in the range — "(责任单位:…)", "〔…牵头〕" — and a
 * line that is itself a note: "责任单位：市发展改革委、市财政局".
 */
export function findNotes(
  range: TextRange,
  rules: DocumentRoles,
  segmenter: () => WordSegmenter,
  warn: (span: Piece, reason: string, ruleId: string) => void = () => undefined,
): ResponsibilityNote[] {
  const { view, start, end } = range;
  const notes = brackets(view, start, end).map(({ open, close, unclosed }) => {
    const note = readNote(range, [open + 1, close], [open, unclosed ? close : close + 1], rules, segmenter);
    if (note && unclosed) warn(note.span, 'responsibility note has no closing bracket: read to the end of the line', 'note-unclosed');
    return note;
  });
  if (labelLine.test(view.slice(start, end))) {
    const stop = start + view.slice(start, end).replace(/[。;；.\s]+$/, '').length;
    if (!notes.some((n) => n !== null)) notes.push(readNote(range, [start, stop], [start, stop], rules, segmenter));
  }
  return notes.filter((n): n is ResponsibilityNote => n !== null);
}

const union = (lists: string[][]): string[] => [...new Set(lists.flat())];

export function mergeNotes(notes: ResponsibilityNote[]): Responsibility | null {
  if (notes.length === 0) return null;
  return {
    units: union(notes.map((n) => n.units)),
    lead: union(notes.map((n) => n.lead)),
    cooperating: union(notes.map((n) => n.cooperating)),
    notes,
  };
}
