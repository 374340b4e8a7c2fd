// What the names of government organs and other responsible bodies look like:
// an optional administrative prefix (省, 市, 各, 有关 …), a body, and an organ
// word that closes the name (局, 委员会, 专班 …). Used to tell unit lists and
// signature lines from prose. The organ dictionary (organs.dict.utf8, also the
// segmenter's user dictionary) adds names whose last word is no organ word
// (共青团中央, 全国妇联).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../package-root.js';
import { alternation } from '../../text/alternation.js';

/** Words that close an organ's name, by kind of body. */
export const organWords = {
  government: [
    '人民政府', '政府', '办公厅', '办公室', '委员会', '管委会', '管委', '工委', '局', '厅', '委', '办', '部', '院', '署',
    '分局', '监管局', '监督管理局', '网信办', '海关', '总署', '总局', '办事处', '街道办', '公署', '机关', '派出所', '边检站',
  ],
  party: ['党委', '党组', '纪委', '监委', '中央', '工委', '组织部', '宣传部', '统战部', '政法委'],
  bodies: [
    '领导小组', '工作小组', '小组', '工作组', '专班', '工作专班', '指挥部', '联席会议', '成员单位', '会', '联', '总会', '联合会',
    '协会', '学会', '商会', '基金会', '理事会', '工商联', '总工会', '团委', '妇联', '残联', '科协', '侨联', '文联', '联盟',
  ],
  institutions: [
    '中心', '研究院', '产研院', '研究所', '法院', '检察院', '党校', '医院', '大学', '学院', '学校', '校', '馆', '站', '所', '台',
  ],
  forces: ['队', '支队', '大队', '总队', '中队'],
  enterprises: ['公司', '集团', '银行', '支行', '分行', '运营商', '总社', '合作社', '社', '电网', '企业', '国企'],
  units: ['处', '科', '室', '股'],
  places: ['园', '园区', '功能区', '街道', '镇', '乡', '乡镇', '村', '社区', '市', '区', '县', '省', '州', '盟', '旗', '自治区'],
  collectives: ['单位', '部门', '机构', '组织'],
} as const;

/** Words that open a collective unit: 各园区, 有关市, 相关成员单位. */
export const collectiveOpeners = ['各', '有关', '相关', '其他', '其它'] as const;

/** Organ words strong enough that a bare bracket of such names is a note: (区发改局、华数数字电视公司). */
export const strongOrganWords = [
  '人民政府', '政府', '办公厅', '办公室', '委员会', '管委会', '局', '厅', '委', '办', '部', '署', '海关', '中心', '公司', '集团',
  '银行', '专班', '指挥部', '领导小组', '工作组', '党委', '总社', '院', '常委会',
] as const;

const allWords = Object.values(organWords).flat();
/** A bracketed qualifier may follow the organ word: 各区(功能区), 各县(市、区). */
const closing = (words: readonly string[]) => new RegExp(`(?:${alternation(words)})(?:[(〔][^()〔〕]*[)〕])?$`);
const endings = closing(allWords);
const strongEndings = closing(strongOrganWords);
/** A name that opens with a collective word: 各县市区, 有关部门. */
export const collectiveOpener = new RegExp(`^(?:${collectiveOpeners.join('|')})`);

let dictionaryNames: RegExp | undefined;
/** Names in the organ dictionary, read once: a name may end with one (全国妇联, 共青团中央). */
function dictionaryEnding(): RegExp {
  if (!dictionaryNames) {
    const file = join(packageRoot(import.meta.url), 'src', 'rules', 'zh', 'organs.dict.utf8');
    const names = readFileSync(file, 'utf8').split('\n').filter((l) => / nt$/.test(l)).map((l) => l.split(' ')[0]!);
    dictionaryNames = closing(names);
  }
  return dictionaryNames;
}

const verdicts = new Map<string, boolean>();

/** Whether a short string (matching view) reads as an organ or unit name (remembered: names recur). */
export function looksLikeOrgan(name: string): boolean {
  let verdict = verdicts.get(name);
  if (verdict === undefined) {
    verdict = judgeOrgan(name);
    if (verdicts.size >= 50_000) verdicts.clear();
    verdicts.set(name, verdict);
  }
  return verdict;
}

function judgeOrgan(name: string): boolean {
  const bare = name.replace(/\s+/g, '');
  if (bare.length < 2 || bare.length > 30) return false;
  // Punctuation inside brackets belongs to the name: 各县(市、区)人民政府.
  if (/[。;:,，、]/.test(bare.replace(/[(〔][^()〔〕]*[)〕]/g, ''))) return false;
  // prose: 由省卫生健康部门牵头, 经…批准 (but 经济和信息化委, 经信委 are names); a title
  if (/^(?:[由向对在从按据]|经(?!济|信|开|贸))/.test(bare) || /关于|转发|印发/.test(bare)) return false;
  // A collective word may be short and end anywhere: 各地, 有关市.
  return endings.test(bare) || dictionaryEnding().test(bare) || (collectiveOpener.test(bare) && bare.length <= 4);
}

/** Whether a text ends with a strong organ word: a bracket right after it qualifies that name (证管办(证监会)). */
const strongWordAtEnd = new RegExp(`(?:${alternation(strongOrganWords)})$`);
export const endsWithOrganWord = (text: string): boolean => strongWordAtEnd.test(text);

/** Whether a name closes with a strong organ word, or is in the organ dictionary. */
export function isStrongOrgan(name: string): boolean {
  const bare = name.replace(/\s+/g, '');
  return looksLikeOrgan(bare) && (strongEndings.test(bare) || dictionaryEnding().test(bare));
}
