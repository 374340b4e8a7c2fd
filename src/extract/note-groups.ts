// Reads the inside of a responsibility note into groups of units, each with the
// role its label or role phrase gives (ANNOTATION.md §5). Clauses that explain
// (下同, 列第一位者为牵头单位), set a time (6月底前完成) or fill another field
// (适用范围：…) name no unit and are skipped.
import {
  bracketedRemark, bracketedRole, fieldAfterSpace, noteLabels, otherField, progressClause, remarks, roleAsUnit, roleManners, roleTails, roleVerbs, type Role,
} from '../rules/zh/roles.js';
import { alternation } from '../text/alternation.js';
import { splitAtSeparators, type Piece } from './units.js';
import { flatMap } from '../flat.js';

export interface Group {
  pieces: Piece[];
  /** The role a label or role phrase gives; null when nothing states one. */
  role: Role | null;
  afterSemicolon: boolean;
}

interface Clause {
  start: number;
  end: number;
  afterSemicolon: boolean;
}

/** A label opening a clause (or a line that is itself a note): "责任单位：". */
export const labelAt = new RegExp(`^(${alternation(noteLabels.map(([w]) => w))})\\s*[:：]`);

/** The role that the label opening a text gives (责任单位：… gives `shared`), or null where no label opens it. */
export function openingRole(text: string): Role | null {
  const label = labelAt.exec(text);
  return label ? noteLabels.find(([w]) => w === label[1])![1] : null;
}
const verbWords = alternation(roleVerbs.map(([w]) => w));
/** A role phrase ends its clause or its list item: 牵头负责, 按职责分工配合, 指导. */
const rolePhrase = new RegExp(
  `(?:(?:${alternation(roleAsUnit)})(${verbWords})(?:单位|部门)|(?:${alternation(roleManners)})?(${verbWords})(?:${alternation(roleTails)})?)(?=$|[、\\s])`,
  'g',
);
const roleOf = (verb: string): Role => roleVerbs.find(([w]) => w === verb)![1];

/** Whether a text holds a label or a role verb: only those make a bracket a note (besides bare unit lists). */
export const noteWord = new RegExp([...noteLabels.map(([w]) => w), ...roleVerbs.map(([w]) => w)].join('|'));

/** What clauses() reacts to: brackets, clause punctuation and spaces. */
const clauseMarks = /[([〔【)\]〕】,。;；\s]/g;

/**
 * Clauses of view[start, end) between commas, full stops and semicolons at
 * bracket depth 0, and before a field that follows a space ("… 完成时限：…").
 */
function clauses(view: string, start: number, end: number): Clause[] {
  const out: Clause[] = [];
  let depth = 0;
  let from = start;
  let afterSemicolon = false;
  // Jumps between the characters that matter; the search stops at the range's end.
  const segment = view.slice(0, end);
  clauseMarks.lastIndex = start;
  while (clauseMarks.test(segment)) {
    const i = clauseMarks.lastIndex - 1;
    const ch = segment[i]!;
    if ('([〔【'.includes(ch)) depth++;
    else if (')]〕】'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (/[,。;；]/.test(ch) || fieldAfterSpace.test(view.slice(i, i + 12)))) {
      if (i > from) out.push({ start: from, end: i, afterSemicolon });
      if (/[;；]/.test(ch)) afterSemicolon = true;
      from = i + 1;
    }
  }
  if (end > from) out.push({ start: from, end, afterSemicolon });
  return out;
}

/**
 * The groups of units of a note's inside view[start, end), and whether it
 * states anything (a label or a role phrase) rather than only listing names.
 */
export function readGroups(view: string, start: number, end: number): { groups: Group[]; stated: boolean } {
  const groups: Group[] = [];
  let labelRole: Role | null = null;
  let stated = false;
  let inOtherField = false;
  for (const clause of clauses(view, start, end)) {
    let at = clause.start;
    const text = view.slice(at, clause.end).trim();
    const label = labelAt.exec(text);
    if (label) {
      labelRole = openingRole(text);
      stated = true;
      inOtherField = false;
      at = clause.start + view.slice(clause.start, clause.end).indexOf(label[0]) + label[0].length;
    } else if (otherField.test(text)) inOtherField = true;
    if (inOtherField || remarks.test(text)) continue;
    const rest = view.slice(at, clause.end);
    const phrases: RegExpExecArray[] = [];
    rolePhrase.lastIndex = 0;
    for (let m = rolePhrase.exec(rest); m; m = rolePhrase.exec(rest)) phrases.push(m);
    if (phrases.length === 0 && !label && progressClause.test(text)) continue;
    let from = at;
    for (const phrase of phrases) {
      const phraseAt = at + phrase.index;
      groups.push({ pieces: splitAtSeparators(view, from, phraseAt), role: roleOf((phrase[1] ?? phrase[2])!), afterSemicolon: clause.afterSemicolon });
      stated = true;
      from = phraseAt + phrase[0].length;
    }
    if (from < clause.end) groups.push({ pieces: splitAtSeparators(view, from, clause.end), role: labelRole, afterSemicolon: clause.afterSemicolon });
  }
  return { groups: flatMap(groups, (g) => withBracketedRoles(view, g)).filter((g) => g.pieces.length > 0), stated };
}

/**
 * A unit followed by its role in brackets (市发展改革委（牵头）) forms a group of its own with that role; a
 * remark in brackets after a unit (…,下同) is left out of it.
 */
function withBracketedRoles(view: string, group: Group): Group[] {
  const out: Group[] = [];
  let current: Group = { ...group, pieces: [] };
  for (const [a, remarked] of group.pieces) {
    const b = a + (bracketedRemark.exec(view.slice(a, remarked))?.index ?? remarked - a);
    const role = bracketedRole.exec(view.slice(a, b));
    if (!role) {
      current.pieces.push([a, b]);
      continue;
    }
    out.push(current, { ...group, pieces: [[a, a + role.index]], role: roleOf(role[1]!) });
    current = { ...group, pieces: [] };
  }
  out.push(current);
  return out;
}
