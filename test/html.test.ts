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
});
