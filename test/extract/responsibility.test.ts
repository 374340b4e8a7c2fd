import { describe, expect, it } from 'vitest';
import { documentRoles, findNotes, mergeNotes } from '../../src/extract/responsibility.js';
import { jiebaSegmenter } from '../../src/segmenter/index.js';
import { range, run } from '../helpers.js';
import { matchingView } from '../../src/text/view.js';

const plain = { firstListedLeads: false, semicolonSeparatesRoles: false };
const roles = (input: string, rules = plain) =>
  findNotes(range(input), rules, jiebaSegmenter).map(({ units, lead, cooperating }) => ({ units, lead, cooperating }));

describe('findNotes', () => {
  it('should read a labelled note and keep a bracketed sub-list inside one unit', () => {
    expect(roles('加大项目支持。(责任单位:市发展改革委、市大数据局、各县(市、区)人民政府、市属开发区管委会)')).toEqual([
      { units: ['市发展改革委', '市大数据局', '各县(市、区)人民政府', '市属开发区管委会'], lead: [], cooperating: [] },
    ]);
  });

  it('should give the lead to the only unit of a note', () => {
    expect(roles('(省工业和信息化厅负责)')).toEqual([{ units: ['省工业和信息化厅'], lead: ['省工业和信息化厅'], cooperating: [] }]);
  });

  it('should split lead and cooperating units around 牵头 (traditional characters kept)', () => {
    expect(roles('(區工業和信息化局牽頭,區商務局、區發展和改革局,各園區,各街道等按職責分工負責)')).toEqual([
      {
        units: ['區工業和信息化局', '區商務局', '區發展和改革局', '各園區', '各街道'],
        lead: ['區工業和信息化局'],
        cooperating: ['區商務局', '區發展和改革局', '各園區', '各街道'],
      },
    ]);
  });

  it('should split on 及 between names but keep 和 inside 工业和信息化', () => {
    expect(roles('(责任单位:市工业和信息化局、市大数据中心及联席会议相关成员单位)')[0]!.units).toEqual([
      '市工业和信息化局', '市大数据中心', '联席会议相关成员单位',
    ]);
    expect(roles('(省农业农村厅、省工业和信息化厅及有关市按分工负责)')[0]!.units).toEqual(['省农业农村厅', '省工业和信息化厅', '有关市']);
  });

  it('should drop the collective that follows 等 with it, but keep a unit joined by 等和', () => {
    expect(roles('(人力资源社会保障部等有关部门和单位负责)')[0]!.units).toEqual(['人力资源社会保障部']);
    expect(roles('（农业农村部、文化和旅游部等和各有关省级人民政府负责）')[0]!.units).toEqual(['农业农村部', '文化和旅游部', '各有关省级人民政府']);
    expect(roles('(省教育厅、各高等学校负责)')[0]!.units).toEqual(['省教育厅', '各高等学校']);
  });

  it('should recognise organs beyond the usual endings: task forces, member units, enterprises, the dictionary', () => {
    expect(roles('（责任单位：市招商工作专班、青岛海关、市外办、市重污染天气应急指挥部各成员单位、华数数字电视公司、共青团中央、全国妇联）')[0]!.units).toEqual([
      '市招商工作专班', '青岛海关', '市外办', '市重污染天气应急指挥部各成员单位', '华数数字电视公司', '共青团中央', '全国妇联',
    ]);
  });

  it('should keep the units it can read and report the piece it cannot', () => {
    const warnings: string[] = [];
    const notes = findNotes(range('（责任单位：市财政局、做好衔接工作、市商务局）'), plain, jiebaSegmenter, (_s, reason, rule) => warnings.push(`${rule}: ${reason}`));
    expect(notes.map((n) => n.units)).toEqual([['市财政局', '市商务局']]);
    expect(warnings).toEqual(['note-unit-unread: responsibility note: "做好衔接工作" reads as no unit and is left out']);
  });

  it('should skip a deadline or progress clause and other fields of a note', () => {
    expect(roles('（6月底前完成，牵头单位：市交通运输局）')).toEqual([{ units: ['市交通运输局'], lead: ['市交通运输局'], cooperating: [] }]);
    expect(roles('（年内持续推进，市住房城乡建设局负责）')[0]!.units).toEqual(['市住房城乡建设局']);
    expect(roles('（负责部门：发展改革委、粮食和储备局，适用范围：浙江自贸试验区）')[0]!.units).toEqual(['发展改革委', '粮食和储备局']);
    expect(roles('（责任单位：市财政局 完成时限：2023年底前）')[0]!.units).toEqual(['市财政局']);
  });

  it.each([
    ['（市民政局牵头，市卫生健康委、市财政局按职责分工配合）', ['市民政局'], ['市卫生健康委', '市财政局']],
    ['（市教育局负责，市财政局配合）', [], ['市财政局']],
    ['（商务部指导，供销合作总社参与）', [], ['供销合作总社']],
    ['（生态环境部指导）', ['生态环境部'], []],
    ['（生态环境部、工业和信息化部指导）', [], []],
    ['（协助单位：市公安局；总牵头：市应急管理局）', ['市应急管理局'], ['市公安局']],
    ['（责任单位：市发展改革委（牵头）、市财政局、市商务局）', ['市发展改革委'], ['市财政局', '市商务局']],
  ])('should read the roles of %s', (note, lead, cooperating) => {
    const [found] = roles(note);
    expect({ lead: found!.lead, cooperating: found!.cooperating }).toEqual({ lead, cooperating });
  });

  it.each(['列第一位者为牵头单位', '排在第一位的部门为牵头部门', '排名第一的为牵头单位', '第一个单位为牵头单位', '牵头单位列首位'])(
    'should read the document rule that the first unit leads from "%s"',
    (rule) => expect(documentRoles(`（各项任务${rule}，下同）`).firstListedLeads).toBe(true),
  );

  // Web pages of local plans (丽水, 广东 in traditional characters, 四川): other wordings of the rule, and remarks in a note.
  it('should read the rule worded 列为首位的为牵头单位 or 列第一位为牵头或汇总单位, with the remark after the last unit left out', () => {
    const lishui = '责任单位:市发改委、市经信局、市卫生健康委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)';
    expect(roles(lishui, documentRoles(lishui))).toEqual([
      { units: ['市发改委', '市经信局', '市卫生健康委'], lead: ['市发改委'], cooperating: ['市经信局', '市卫生健康委'] },
    ]);
    const guangdong = '(省外經貿廳、科技廳,海關廣東分署。列為首位的為牽頭單位,其余為參與單位,下同)';
    expect(roles(guangdong, documentRoles(matchingView(guangdong)))).toEqual([
      { units: ['省外經貿廳', '科技廳', '海關廣東分署'], lead: ['省外經貿廳'], cooperating: ['科技廳', '海關廣東分署'] },
    ]);
  });

  // Local plans from web pages: names that open with 经 or end with 国企, pinyin glosses inside names.
  it('should keep 经济和信息化委, 经信委 and 区属各重点国企 as units', () => {
    expect(roles('(省发展改革委、经济和信息化委、科技厅负责)')[0]!.units).toEqual(['省发展改革委', '经济和信息化委', '科技厅']);
    expect(roles('(区住建委、经信委、区属各重点国企等负责)')[0]!.units).toEqual(['区住建委', '经信委', '区属各重点国企']);
  });

  it('should not split a unit at a pinyin gloss that a reposting site put inside it', async () => {
    const doc = await run('某某實施方案\n一、加快發展。(責任單位:市發(fā)改委、市經(jīng)信委、市統(tǒng)計局)');
    expect(doc.parts[0]!.sections[0]!.responsibility!.units).toEqual(['市發(fā)改委', '市經(jīng)信委', '市統(tǒng)計局']);
  });

  it('should leave a remark on the scope of the tasks out of the units', () => {
    expect(roles('〔责任单位:省发展改革委、省市场监管局、商务厅按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕')[0]!.units).toEqual([
      '省发展改革委', '省市场监管局', '商务厅',
    ]);
  });

  it.each(['牵头单位与配合单位以“;”隔开', '牵头单位和责任单位之间用“；”隔开'])('should read the semicolon rule from "%s"', (rule) => {
    expect(documentRoles(rule).semicolonSeparatesRoles).toBe(true);
  });

  it('should read roles named as kinds of unit: 为牵头单位, 为配合单位', () => {
    expect(roles('（市商务局为牵头单位，市财政局、市税务局为配合单位）')).toEqual([
      { units: ['市商务局', '市财政局', '市税务局'], lead: ['市商务局'], cooperating: ['市财政局', '市税务局'] },
    ]);
  });

  it('should apply 排在第一位的部门为牵头部门 like 列第一位者为牵头单位', () => {
    const text = '（税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）';
    expect(roles(text, documentRoles(text))).toEqual([{ units: ['税务总局', '财政部', '海关总署'], lead: ['税务总局'], cooperating: ['财政部', '海关总署'] }]);
  });

  it('should read a bare bracket of unit names closing a task, but not a name qualified in brackets', () => {
    expect(roles('有线电视基础服务费全免。(区发改局、区文广旅游局、华数数字电视公司)')[0]!.units).toEqual(['区发改局', '区文广旅游局', '华数数字电视公司']);
    expect(roles('奖励最高不超过100万元。(区经科局)')).toEqual([{ units: ['区经科局'], lead: ['区经科局'], cooperating: [] }]);
    expect(roles('落实属地责任。(市委组织部、市人社局，各县市区)')[0]!.units).toEqual(['市委组织部', '市人社局', '各县市区']);
    expect(roles('并将批准文件抄送地方证管办(证监会)；')).toEqual([]);
    expect(roles('覆盖全市。(各县市区)')).toEqual([]);
    expect(roles('请与我们联系(电话号码)。')).toEqual([]);
  });

  it('should apply the document rule that the first listed unit leads, dropping the remark', () => {
    const text = '(责任单位:市工业和信息化局、市委网信办、市通信发展办,各区市政府、开发区管委,列第一位为牵头单位,以下任务均需各区市政府、开发区管委落实,不再一一列出)';
    const rules = documentRoles(text);
    expect(rules.firstListedLeads).toBe(true);
    expect(roles(text, rules)).toEqual([
      {
        units: ['市工业和信息化局', '市委网信办', '市通信发展办', '各区市政府', '开发区管委'],
        lead: ['市工业和信息化局'],
        cooperating: ['市委网信办', '市通信发展办', '各区市政府', '开发区管委'],
      },
    ]);
  });

  it('should apply the rule that a semicolon separates lead from cooperating units', () => {
    const text = '〔责任单位:市工业和信息化局;市委网信办、各区(功能区),牵头单位与配合单位以“;”隔开,下同〕〔责任单位:市自然资源局、市农业农村局,各区(功能区)按职责分工负责〕';
    const rules = documentRoles(text);
    expect(rules.semicolonSeparatesRoles).toBe(true);
    expect(roles(text, rules)).toEqual([
      { units: ['市工业和信息化局', '市委网信办', '各区(功能区)'], lead: ['市工业和信息化局'], cooperating: ['市委网信办', '各区(功能区)'] },
      { units: ['市自然资源局', '市农业农村局', '各区(功能区)'], lead: [], cooperating: [] },
    ]);
  });

  it('should read role labels: 牵头单位 and 配合单位', () => {
    expect(roles('（牵头单位：市民政局；配合单位：市财政局、各区县人民政府）')).toEqual([
      { units: ['市民政局', '市财政局', '各区县人民政府'], lead: ['市民政局'], cooperating: ['市财政局', '各区县人民政府'] },
    ]);
  });

  // gov.cn (../shared/wild gov-03): a scope, then the unit that 由 names.
  it('should leave the scope written before 由 out of the unit', () => {
    expect(roles('负责管理监督考核院校外、院校内职业技能等级证书的实施（技工院校内由人力资源社会保障行政部门负责），')).toEqual([
      { units: ['人力资源社会保障行政部门'], lead: ['人力资源社会保障行政部门'], cooperating: [] },
    ]);
  });

  it('should read units named before 配合 as cooperating', () => {
    expect(roles('（市民政局牵头，市卫生健康委、市财政局配合）')).toEqual([
      { units: ['市民政局', '市卫生健康委', '市财政局'], lead: ['市民政局'], cooperating: ['市卫生健康委', '市财政局'] },
    ]);
  });

  it.each([
    '(此件公开发布)', '(征求意见稿)', '(由省卫生健康部门牵头,有关部门为成员)', '各区(功能区)', '(2022-2024年)',
  ])(
    'should not take "%s" for a note',
    (input) => expect(roles(input)).toEqual([]),
  );

  // 立山区 and 滁州 plans: the assignment as label lines under a task, as within one note (牵头单位:A;责任单位:B).
  it('should read units under 责任单位 or 协同责任单位 on the line after a lead label as cooperating', () => {
    const lines = (...text: string[]) => mergeNotes(text.flatMap((t) => findNotes(range(t), plain, jiebaSegmenter)))!;
    expect(lines('牵头单位:区工信局', '责任单位:立山经济开发区')).toMatchObject({ lead: ['区工信局'], cooperating: ['立山经济开发区'] });
    expect(lines('牵头责任单位:市发展改革委。', '协同责任单位:市经信局、市商务局')).toMatchObject({
      units: ['市发展改革委', '市经信局', '市商务局'], lead: ['市发展改革委'], cooperating: ['市经信局', '市商务局'],
    });
    expect(lines('责任单位:立山经济开发区')).toMatchObject({ lead: ['立山经济开发区'], cooperating: [] });
  });

  it('should merge several notes of a section in order', () => {
    const notes = findNotes(range('甲任务(省商务厅牵头负责);乙任务(合肥海关负责)'), plain, jiebaSegmenter);
    const merged = mergeNotes(notes)!;
    expect(merged.units).toEqual(['省商务厅', '合肥海关']);
    expect(merged.lead).toEqual(['省商务厅', '合肥海关']);
    expect(merged.notes).toHaveLength(2);
  });
});

describe('findNotes on a line that is a note', () => {
  it('should read "责任单位：…" written on its own line, without brackets', () => {
    expect(roles('牵头单位：市发展改革委；配合单位：市财政局、各县（市、区）人民政府。')).toEqual([
      { units: ['市发展改革委', '市财政局', '各县（市、区）人民政府'], lead: ['市发展改革委'], cooperating: ['市财政局', '各县（市、区）人民政府'] },
    ]);
  });
});
