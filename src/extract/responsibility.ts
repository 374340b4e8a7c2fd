// Responsibility notes (ANNOTATION.md §5): bracketed notes that assign a task,
// their units and the lead / cooperating roles, including the document-wide
// rules that change roles (列第一位为牵头单位; lead and cooperating units
// separated by ";").
import type { Responsibility, ResponsibilityNote } from '../../schemas/policy-document.js';
import { collectiveOpener, endsWithOrganWord, isStrongOrgan, looksLikeOrgan } from '../rules/zh/organs.js';
import { firstListedLeads, scopeBeforeAgent, semicolonSeparatesRoles } from '../rules/zh/roles.js';
import { matchingView } from '../text/view.js';
import type { WordSegmenter } from '../segmenter/index.js';
import type { TextRange } from './context.js';
import { labelAt, noteWord, openingRole, readGroups, type Group } from './note-groups.js';
import { splitNames, type Piece } from './units.js';
import { CharSet } from '../text/char-set.js';
import { flat, flatMap } from '../flat.js';

type Warn = (span: Piece, reason: string, ruleId: string) => void;

export interface DocumentRoles {
  firstListedLeads: boolean;
  semicolonSeparatesRoles: boolean;
}

export const documentRoles = (view: string): DocumentRoles => ({
  firstListedLeads: firstListedLeads.test(view),
  semicolonSeparatesRoles: semicolonSeparatesRoles.test(view),
});

const pairs: Record<string, string> = { '(': ')', '〔': '〕', '[': ']', '【': '】' };
const bracketChars = new CharSet('()〔〕[]【】');

/**
 * Top-level bracket pairs [open, close] in view[start, end). A bracket still
 * open at the end of the line is closed there (close = end, `unclosed`).
 */
function brackets(view: string, start: number, end: number): Array<{ open: number; close: number; unclosed: boolean }> {
  const found: Array<{ open: number; close: number; unclosed: boolean }> = [];
  const stack: number[] = [];
  for (let i = bracketChars.next(view, start, end); i < end; i = bracketChars.next(view, i + 1, end)) {
    const ch = view[i]!;
    if (pairs[ch]) stack.push(i);
    else if (stack.length) {
      const open = stack.pop()!;
      if (pairs[view[open]!] === ch && stack.length === 0) found.push({ open, close: i, unclosed: false });
    }
  }
  if (stack.length) found.push({ open: stack[0]!, close: end, unclosed: true });
  return found;
}

/** A bracket of names alone is a note when each is an organ in full or a collective (各县市区), one at least an organ. */
const isBareList = (names: string[]) =>
  names.some(isStrongOrgan) && names.every((n) => isStrongOrgan(n) || collectiveOpener.test(n));

/**
 * Lead and cooperating groups: named before 牵头 (or under a lead label) lead;
 * named before 配合 / 协助 / 参与, or after a lead, cooperate; 指导 gives no role
 * (not even after a lead).
 * Without a stated role, the document's rules decide, then a lone unit leads.
 */
function assignRoles(groups: Group[], rules: DocumentRoles, units: number) {
  const lead = new Set<Group>();
  const cooperating = new Set<Group>();
  let led = false;
  for (const g of groups) {
    if (g.role === 'lead') {
      lead.add(g);
      led = true;
    } else if (g.role === 'cooperating' || (led && g.role !== 'none')) cooperating.add(g);
  }
  const explicit = lead.size > 0 || cooperating.size > 0;
  if (!explicit && rules.semicolonSeparatesRoles && groups.some((g) => g.afterSemicolon)) {
    for (const g of groups) (g.afterSemicolon ? cooperating : lead).add(g);
    return { lead, cooperating, first: false };
  }
  // 指导, like 负责, names no role itself: a note's only unit still leads.
  const first = !explicit && (rules.firstListedLeads || units === 1);
  return { lead, cooperating, first };
}

/** What stands in the view for a pinyin gloss inside a name when a unit list is split: no separator. */
const glossMark = '\uE000';

/**
 * The view with the pinyin glosses of view[from, to) (blanked in the view:
 * 市經(jīng)貿(mào)委) marked as part of the name, so that the list does not
 * split there. Most notes have none and get the view itself.
 */
function withNoiseJoined({ source, view }: TextRange, from: number, to: number): string {
  let patched: string[] | null = null;
  for (let i = from; i < to; i++) {
    if (view[i] !== ' ' || /\s/.test(source[i]!)) continue;
    patched ??= [...view.slice(from, to)];
    patched[i - from] = glossMark;
  }
  return patched ? view.slice(0, from) + patched.join('') + view.slice(to) : view;
}

/** A piece without the scope written before the unit that 由 names. */
function withoutScope(view: string, [a, b]: Piece): Piece {
  const scope = scopeBeforeAgent.exec(view.slice(a, b));
  return scope ? [a + scope[0].length, b] : [a, b];
}

/**
 * Reads the note whose units lie in view[from, to) and whose text is
 * source[noteStart, noteEnd). A note states roles with a label or a role
 * phrase; where `bare` allows it, a list of nothing but strong organ names is
 * a note too. A piece of a stated note that reads as no unit is left out and
 * reported; a note without any unit is none.
 */
export function readNote(
  range: TextRange,
  [from, to]: Piece,
  [noteStart, noteEnd]: Piece,
  rules: DocumentRoles,
  segmenter: () => WordSegmenter,
  warn: Warn = () => undefined,
  bare = false,
): ResponsibilityNote | null {
  const { source, view } = range;
  const listView = withNoiseJoined(range, from, to);
  const read = readGroups(listView, from, to);
  const viewName = ([a, b]: Piece) => view.slice(a, b).trim().replace(/等$/, '').trim();
  // A bracket that states nothing is a note only if it lists names: most are "(2022-2024年)", "(以下简称…)".
  if (!read.stated && (!bare || !read.groups.every((g) => g.pieces.every((p) => looksLikeOrgan(viewName(p)))))) return null;
  const split = read.groups.map((g) => ({
    ...g,
    pieces: flatMap(g.pieces, (p) => splitNames(listView, withoutScope(view, p), segmenter)).filter((p) => viewName(p)),
  }));
  const pieces = flat(split.map((g) => g.pieces));
  const unread = pieces.filter((p) => !looksLikeOrgan(viewName(p)));
  if (!read.stated && (unread.length > 0 || !isBareList(pieces.map(viewName)))) return null;
  const kept = split.map((g) => ({ ...g, pieces: g.pieces.filter((p) => !unread.includes(p)) })).filter((g) => g.pieces.length > 0);
  const all = flat(kept.map((g) => g.pieces));
  if (all.length === 0) return null;
  for (const p of unread) warn(p, `responsibility note: "${source.slice(p[0], p[1]).trim()}" reads as no unit and is left out`, 'note-unit-unread');
  const { lead, cooperating, first } = assignRoles(kept, rules, all.length);
  const name = ([a, b]: Piece) => source.slice(a, b).trim().replace(/等$/, '').trim();
  const units = all.map(name);
  const pick = (set: Set<Group>) => flatMap(kept.filter((g) => set.has(g)), (g) => g.pieces.map(name));
  return {
    text: source.slice(noteStart, noteEnd),
    span: [noteStart, noteEnd],
    units,
    lead: first ? units.slice(0, 1) : pick(lead),
    cooperating: first ? units.slice(1) : pick(cooperating),
  };
}

/**
 * A bare list of names is a note only at the end of a task: after a sentence,
 * or closing the line, and not right after a name it would qualify (证管办(证监会)).
 */
const endsTask = (view: string, open: number, close: number, end: number) =>
  /[。;；]\s*$/.test(view.slice(Math.max(0, open - 2), open)) ||
  (/^[。;；,，]?\s*$/.test(view.slice(close + 1, end)) && !endsWithOrganWord(view.slice(Math.max(0, open - 4), open)));

/**
 * Notes in brackets anywhere in the range — "(责任单位:…)", "〔…牵头〕", a bare
 * "(区发改局、区文广旅游局)" closing a task — and a line that is itself a note:
 * "责任单位：市发展改革委、市财政局".
 */
export function findNotes(range: TextRange, rules: DocumentRoles, segmenter: () => WordSegmenter, warn: Warn = () => undefined): ResponsibilityNote[] {
  const { view, start, end } = range;
  const notes = brackets(view, start, end).map(({ open, close, unclosed }) => {
    const bare = !unclosed && endsTask(view, open, close, end);
    // Most brackets hold no note at all: "(SDN)", "(2019-2021)".
    if (!bare && !noteWord.test(view.slice(open + 1, close))) return null;
    const note = readNote(range, [open + 1, close], [open, unclosed ? close : close + 1], rules, segmenter, warn, bare);
    if (note && unclosed) warn(note.span, 'responsibility note has no closing bracket: read to the end of the line', 'note-unclosed');
    return note;
  });
  if (labelAt.test(view.slice(start, end))) {
    const stop = start + view.slice(start, end).replace(/[。;；.\s]+$/, '').length;
    if (!notes.some((n) => n !== null)) notes.push(readNote(range, [start, stop], [start, stop], rules, segmenter, warn));
  }
  return notes.filter((n): n is ResponsibilityNote => n !== null);
}

const union = (lists: string[][]): string[] => [...new Set(flat(lists))];

/**
 * A task may give its assignment as label lines: "牵头单位：区工信局" then
 * "责任单位：立山经济开发区". As within one note (牵头单位:A;责任单位:B),
 * the units under 责任单位 after a lead label cooperate.
 */
function afterLeadLine(notes: ResponsibilityNote[]): ResponsibilityNote[] {
  let led = false;
  return notes.map((note) => {
    // Only a label line holds a colon; most notes are brackets and need no view.
    const role = /[:：]/.test(note.text) ? openingRole(matchingView(note.text).trim()) : null;
    if (led && role === 'shared') return { ...note, lead: [], cooperating: note.units };
    led ||= role === 'lead';
    return note;
  });
}

export function mergeNotes(found: ResponsibilityNote[]): Responsibility | null {
  if (found.length === 0) return null;
  const notes = afterLeadLine(found);
  return {
    units: union(notes.map((n) => n.units)),
    lead: union(notes.map((n) => n.lead)),
    cooperating: union(notes.map((n) => n.cooperating)),
    notes,
  };
}
