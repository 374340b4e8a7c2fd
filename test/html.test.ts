// A saved government page runs through the same stages as plain text.
import { describe, expect, it } from 'vitest';
import { extract, extractFile } from '../src/index.js';
import { brokenSpans } from '../src/spans.js';
import { flatSections } from './helpers.js';

describe('HTML input', async () => {
  const { document } = await extractFile('test/fixtures/html/gov-page.html');
  const text = document.source.text!;

  it('should carry the plain-text rendering that spans index', () => {
    expect(document.source.format).toBe('html');
    expect(document.source.chars).toBe(text.length);
    expect(brokenSpans(document, text)).toEqual([]);
  });

  it('should leave out navigation, breadcrumbs, share, print and font-size widgets and the footer', () => {
    for (const noise of ['互动交流', '当前位置', '分享到', '打印本页', '字体', '相关文件', '网站标识码', '扫一扫', 'var share']) {
      expect(text).not.toContain(noise);
    }
  });

  it('should turn <p> and <br> boundaries into lines', () => {
    expect(text).toContain('某某市人民政府办公室\n2023年3月10日');
    expect(text).toContain('三、保障措施\n　　（一）加强组织领导');
  });

  it('should read the labelled metadata fields of the page', () => {
    expect(document.meta).toEqual({
      title: '某某市数字乡村建设实施方案',
      docNumber: '某政办字〔2023〕8号',
      issuers: ['某某市人民政府办公室'],
      issuedOn: '2023-03-10',
      publishedOn: '2023-03-15',
      draft: false,
      attachments: ['重点任务分工表'],
    });
  });

  it('should find the parts, sections and entities as in a text file', () => {
    expect(document.parts.map((p) => p.kind)).toEqual(['notice', 'main', 'attachment']);
    expect(flatSections(document).map((s) => s.id)).toEqual([
      'main/一', 'main/二', 'main/二/（一）', 'main/二/（二）', 'main/三', 'main/三/（一）',
    ]);
    const farming = flatSections(document)[3]!;
    expect(farming.responsibility).toMatchObject({ lead: ['市农业农村局'], cooperating: ['市科技局', '市财政局'] });
  });

  it('should turn a real <table> into a contract table, repeating a rowspan cell', () => {
    const [table] = document.parts[2]!.tables;
    expect(table).toMatchObject({
      title: '重点任务分工表',
      header: ['序号', '任务', '牵头单位', '完成时限'],
      rows: [
        ['1', '新建5G基站', '市工业和信息化局', '2024年底'],
        ['2', '千兆光网改造', '市工业和信息化局', '2025年底'],
        ['3', '农业物联网基地', '市农业农村局', '2025年底'],
      ],
    });
  });

  it('should render a layout table (the article in a <td>) as text, not as one flattened row', async () => {
    const page = `<html><body><table><tr><td><table><tr><td id="content">
      <p>某某市人民政府关于同意迁址新建的批复</p><p>某政函〔2023〕5号</p><p>市发展改革委：</p>
      <p>你委的请示收悉，现批复如下：同意迁址新建。</p><p>某某市人民政府</p><p>2023年5月6日</p>
      </td></tr></table></td></tr></table></body></html>`;
    const { document: reply } = await extract({ value: page, path: 'reply.html' });
    expect(reply.source.text).toContain('市发展改革委：\n');
    expect(reply.meta).toMatchObject({ title: '某某市人民政府关于同意迁址新建的批复', docNumber: '某政函〔2023〕5号', issuedOn: '2023-05-06' });
  });

  // gov.cn (国办发〔2019〕4号, attachment 三级公立医院绩效考核指标): a data table whose 指标说明 cells hold paragraphs.
  it('should keep a table of three or more columns as data although its cells hold paragraphs', async () => {
    const cell = (text: string) => `<td>${text}</td>`;
    const explained = '<p>计算方法：</p><p>门诊患者人次数/同期出院患者人次数。</p><p>指标来源：</p><p>医院填报。</p>';
    const notice = '<p>国务院办公厅关于加强三级公立医院绩效考核工作的意见</p><p>国办发〔2019〕4号</p><p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p>'
      + '<p>为进一步深化公立医院改革，推进现代医院管理制度建设，经国务院同意，现就加强三级公立医院绩效考核工作提出以下意见。</p>'
      + '<p>一、总体要求</p><p>（一）指导思想。以习近平新时代中国特色社会主义思想为指导，加强和完善公立医院管理，坚持公益性，调动积极性，引导三级公立医院进一步落实功能定位，提高医疗服务质量和效率。</p>'
      + '<p>附件：三级公立医院绩效考核指标</p><p>国务院办公厅</p><p>2019年1月16日</p>';
    const page = `<html><body><div>${notice}<p>附件</p><p>三级公立医院绩效考核指标</p><table>
      <tr>${['一级指标', '二级指标', '三级指标', '指标性质', '指标说明'].map(cell).join('')}</tr>
      <tr><td rowspan="2">一、医疗质量</td><td rowspan="2">（一）功能定位</td>${cell('1.门诊人次数与出院人次数比')}${cell('定量')}${cell(explained)}</tr>
      <tr>${cell('2.下转患者人次数')}${cell('定量')}${cell(explained)}</tr>
      </table></div></body></html>`;
    const { document: indicators } = await extract({ value: page, path: 'indicators.html' });
    const tables = indicators.parts.flatMap((p) => p.tables);
    expect(tables.map((t) => [t.header, t.rows.map((r) => r.slice(0, 4))])).toEqual([
      [
        ['一级指标', '二级指标', '三级指标', '指标性质', '指标说明'],
        [
          ['一、医疗质量', '（一）功能定位', '1.门诊人次数与出院人次数比', '定量'],
          ['一、医疗质量', '（一）功能定位', '2.下转患者人次数', '定量'],
        ],
      ],
    ]);
    expect(flatSections(indicators).map((s) => s.marker)).toEqual(['一、', '（一）']);
  });
});
