// Responsibility notes as data: labels, role phrases, remarks, progress clauses
// and document rules (ANNOTATION.md §5).

/** `none` is a stated role that is neither lead nor cooperating (指导 gives no role). */
export type Role = 'lead' | 'cooperating' | 'shared' | 'none';

/** Labels that open a note; the role they give every unit after them. */
export const noteLabels: ReadonlyArray<readonly [string, Role]> = [
  ['总牵头单位', 'lead'], ['总牵头', 'lead'], ['牵头', 'lead'], ['牵头单位', 'lead'], ['牵头部门', 'lead'], ['牵头考核单位', 'lead'], ['主责单位', 'lead'], ['主责部门', 'lead'],
  ['主办单位', 'lead'], ['主办部门', 'lead'], ['牵头责任单位', 'lead'], ['牵头处室', 'lead'], ['牵头科室', 'lead'],
  ['配合', 'cooperating'], ['协助', 'cooperating'], ['参与', 'cooperating'], ['配合单位', 'cooperating'], ['配合部门', 'cooperating'], ['参与单位', 'cooperating'], ['参与部门', 'cooperating'],
  ['协办单位', 'cooperating'], ['协助单位', 'cooperating'], ['协助部门', 'cooperating'], ['参加单位', 'cooperating'],
  ['协同单位', 'cooperating'], ['协同部门', 'cooperating'], ['配合处室', 'cooperating'], ['支持单位', 'cooperating'],
  ['协同责任单位', 'cooperating'], ['配合责任单位', 'cooperating'],
  ['责任单位', 'shared'], ['责任部门', 'shared'], ['负责单位', 'shared'], ['负责部门', 'shared'], ['实施单位', 'shared'],
  ['承办单位', 'shared'], ['责任主体', 'shared'], ['落实单位', 'shared'], ['工作责任单位', 'shared'], ['主要责任单位', 'shared'],
  ['责任处室', 'shared'], ['责任科室', 'shared'], ['实施主体', 'shared'],
];

/**
 * A role phrase closes a group of units: an optional manner (按职责分工), a verb
 * that gives the role, an optional second verb (负责, 落实). 牵头负责 leads,
 * 按职责分工配合 cooperates, 负责落实 shares, 指导 gives no role.
 */
export const roleManners = ['按照职责分工', '按职责分工', '按照职责', '按职责', '按照分工', '按分工', '分工', '共同', '分别', '具体'] as const;
export const roleVerbs: ReadonlyArray<readonly [string, Role]> = [
  ['总牵头', 'lead'], ['牵头', 'lead'], ['主责', 'lead'],
  ['配合', 'cooperating'], ['协助', 'cooperating'], ['参与', 'cooperating'], ['参加', 'cooperating'], ['协办', 'cooperating'],
  ['协同', 'cooperating'],
  ['负责', 'shared'], ['落实', 'shared'], ['指导', 'none'],
];
export const roleTails = ['负责', '落实', '实施', '推进', '抓好落实'] as const;
/** A role may also be named as a kind of unit: 市商务局为牵头单位, 市财政局为配合部门. */
export const roleAsUnit = ['为', '是'] as const;

/** Clauses of a note that explain rather than name units. */
export const remarks =
  /^(?:列第一位|列第一|列为首位|排第一位|排在第一位|列在第一位|列首位|排名第一|具体分工见|具体分工|具体任务|下同|以下|不再|牵头单位与配合单位|牵头单位和配合单位|其中|分别|各项任务|本项|此项|除标注)/;

/** A remark in brackets right after the last unit of a list: 市卫生健康委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同). */
export const bracketedRemark = /[(〔][^()〔〕]*(?:下同|第一位|首位|牵头单位与|不再)[^()〔〕]*[)〕]$/;

/**
 * A deadline or progress clause inside a note (6月底前完成, 年内持续推进): no unit.
 * It opens with a time or closes with a progress verb.
 */
export const progressClause =
  /^(?:\d{4}年|\d{1,2}月|今年|明年|年内|年底|年末|长期|持续|逐步|按期|同步|常态化|[一二三四]季度|上半年|下半年|\d{4}-\d{4})|(?:前完成|底前|底完成|完成|推进|启动|实施|取得成效|见效|持续开展|长期坚持)$/;

/** A field of a note that is not about units: "适用范围：…", "完成时限：…" (its clauses hold no unit). */
export const otherField = /^[\u4e00-\u9fff]{2,6}[:：]/;

/** A field may follow the units after a space instead of a comma: "责任单位：市财政局 完成时限：2023年底". */
export const fieldAfterSpace = new RegExp(`^\\s+${otherField.source.slice(1)}`);

/** A scope written before the unit that 由 names: (技工院校内由人力资源社会保障行政部门负责). 自由, 理由, 经由 are words. */
export const scopeBeforeAgent = /^[^,，;；]+?(?<![自理经缘])由(?=[\u4e00-\u9fff])/;

/** A role written in brackets after one unit: 市发展改革委（牵头）、市财政局. */
export const bracketedRole = /[(〔]\s*(牵头|总牵头|配合|协助|参与)(?:单位|部门)?\s*[)〕]$/;

/**
 * Document-wide rule: the first unit listed leads ("列第一位者为牵头单位",
 * "排在第一位的部门为牵头部门", "第一个单位为牵头单位", "牵头单位列首位",
 * "列为首位的为牵头单位", "列第一位为牵头或汇总单位").
 */
const leadUnit = '牵头(?:或[\\u4e00-\\u9fff]{1,3})?(?:单位|部门)';
export const firstListedLeads = new RegExp(
  [
    `(?:排名|列|排|位)(?:在|于|居|为)?(?:第一|首)(?:位|个)?(?:者|的)?(?:责任)?(?:部门|单位)?(?:为|是)${leadUnit}`,
    `(?:第一|首)(?:个|位)(?:责任)?(?:单位|部门)(?:为|是)${leadUnit}`,
    '牵头(?:单位|部门)(?:列|排)(?:在|于)?(?:第一|首)位',
  ].join('|'),
);

/** Document-wide rule: lead and cooperating units are separated by a semicolon ("牵头单位与配合单位以“;”隔开"). */
export const semicolonSeparatesRoles =
  /(?:牵头|主责)(?:单位|部门)(?:与|和)(?:配合|责任|参与|协办)(?:单位|部门)(?:之间)?(?:以|用).{0,3}[;；]|[;；].{0,2}前(?:为|是)牵头/;

export const conjunctions = ['及', '和', '与', '以及'] as const;
