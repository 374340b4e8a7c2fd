// What government organ names look like: the endings of organ names and the
// words that open a collective unit ("各园区", "有关市"). Used to tell unit
// lists and signature lines from prose.

export const organEndings = [
  '人民政府', '政府', '办公厅', '办公室', '委员会', '领导小组', '工作小组', '管委会', '管委', '工委',
  '局', '厅', '委', '办', '部', '院', '署', '会', '中心', '小组', '公司', '集团', '银行', '支行', '分行',
  '海关', '法院', '检察院', '党校', '联', '社', '所', '站', '队', '处', '科', '馆', '校', '园', '园区',
  '单位', '部门', '机构', '运营商', '企业', '街道', '镇', '乡', '市', '区', '县', '省', '功能区', '总社',
  '协会', '商会', '联合会', '研究院', '产研院', '网信办', '分局', '监管局', '监督管理局',
] as const;

/** Collective units: "各区(功能区)", "有关市", "相关成员单位". */
export const collectiveOpeners = ['各', '有关', '相关', '其他', '其它'] as const;

const endings = new RegExp(`(?:${[...organEndings].sort((a, b) => b.length - a.length).join('|')})(?:\\([^()]*\\))?$`);
const openers = new RegExp(`^(?:${collectiveOpeners.join('|')})`);

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
  if (/^[由经向对]/.test(bare)) return false; // prose: 由省卫生健康部门牵头
  // A collective word may be short and end anywhere: 各地, 有关市.
  return endings.test(bare) || (openers.test(bare) && bare.length <= 4);
}
