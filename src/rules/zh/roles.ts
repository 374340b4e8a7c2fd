// Responsibility notes as data: labels, role verbs, remarks and document rules.

export type Role = 'lead' | 'cooperating' | 'shared';

/** Labels that open a note; the role they give every unit after them. */
export const noteLabels: ReadonlyArray<readonly [string, Role]> = [
  ['牵头单位', 'lead'], ['牵头部门', 'lead'], ['牵头考核单位', 'lead'], ['主责单位', 'lead'], ['主责部门', 'lead'],
  ['主办单位', 'lead'], ['主办部门', 'lead'],
  ['配合单位', 'cooperating'], ['配合部门', 'cooperating'], ['参与单位', 'cooperating'], ['协办单位', 'cooperating'],
  ['责任单位', 'shared'], ['责任部门', 'shared'], ['负责单位', 'shared'], ['实施单位', 'shared'], ['承办单位', 'shared'],
  ['责任主体', 'shared'],
];

/** Verbs that close a group of units, longest first; the role they give that group. */
export const roleVerbs: ReadonlyArray<readonly [string, Role]> = [
  ['牵头负责', 'lead'], ['牵头', 'lead'],
  ['按职责分工负责', 'shared'], ['按职责分工落实', 'shared'], ['按分工负责', 'shared'], ['分工负责', 'shared'],
  ['按职责负责', 'shared'], ['共同负责', 'shared'], ['负责落实', 'shared'], ['负责', 'shared'],
  ['配合', 'cooperating'], ['协助', 'cooperating'], ['参与', 'cooperating'],
];

/** Clauses of a note that explain rather than name units. */
export const remarks =
  /^(?:列第一位|列第一|排第一位|具体分工见|具体分工|下同|以下|不再|牵头单位与配合单位|牵头单位和配合单位|其中|分别)/;

/** Document-wide rule: the first unit listed leads. */
export const firstListedLeads = /列(?:在)?第一位(?:者|的)?为牵头(?:单位|部门)/;

/** Document-wide rule: lead and cooperating units are separated by a semicolon. */
export const semicolonSeparatesRoles = /牵头单位(?:与|和)配合单位以.{0,2}[;；]/;

/** Separators between units (never inside brackets). Conjunctions are decided by the segmenter. */
export const unitSeparators = /[、,，;；\s]+/;
export const conjunctions = ['及', '和', '与', '以及'] as const;
