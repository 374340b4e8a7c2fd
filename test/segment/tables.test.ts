import { describe, expect, it } from 'vitest';
import { groupTables } from '../../src/segment/tables.js';
import { textLines } from '../../src/text/lines.js';
import { matchingView } from '../../src/text/view.js';
import type { TableNode } from '../../src/tree.js';

const tables = (text: string) =>
  groupTables(text, matchingView(text), textLines(text)).filter((b): b is TableNode => b.type === 'table');

describe('groupTables', () => {
  it('should rebuild a one-cell-per-line table and repeat merged cells', () => {
    const text = ['|', '類別 |', '序號 |', '指標 |', '|', '產業 數字化 |', '2 |', '上云企業 |', '|', '3 |', '示范車間 |', '|', '|', '4 |', '接入企業 |'].join('\n');
    const [table] = tables(text);
    expect(table!.header).toEqual(['類別', '序號', '指標']);
    expect(table!.rows).toEqual([
      ['產業 數字化', '2', '上云企業'],
      ['產業 數字化', '3', '示范車間'],
      ['產業 數字化', '4', '接入企業'],
    ]);
  });

  it('should rebuild a one-row-per-line table and keep group captions inside it', () => {
    const text = '序号 | 改革举措 | 指导部门\n一、知识产权保护方面（共2项）\n1 | 审判“三合一” | 最高人民法院\n2 | 专利保险 | 国家知识产权局\n二、管理体制方面\n三、其他方面\n3 | 容错机制 | 科技部';
    const found = tables(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.rows).toEqual([
      ['1', '审判“三合一”', '最高人民法院'],
      ['2', '专利保险', '国家知识产权局'],
      ['3', '容错机制', '科技部'],
    ]);
  });

  // gov.cn (国函〔2006〕132号, 附件1 查验区界址点坐标): a row whose last cell is empty ends with its `|`.
  // Indicator and score tables (review round pages7) whose scraper left a category's merged cells empty.
  it('should repeat a merged category cell left empty, but not into a total row', () => {
    const text = [
      '| 类别 | 指标 | 2020年 | 属性 |', '| 经济发展 | 1.地区生产总值增长(%) | 3.9 | 预期性 |', '|  | 2.全员劳动生产率增长(%) | 4.1 | 预期性 |',
      '| 创新驱动 | 3.研发经费投入增长(%) | 2.2 | 预期性 |', '|  | 合计 | 10.2 |  |',
    ].join('\n');
    expect(tables(text)[0]!.rows).toEqual([
      ['经济发展', '1.地区生产总值增长(%)', '3.9', '预期性'],
      ['经济发展', '2.全员劳动生产率增长(%)', '4.1', '预期性'],
      ['创新驱动', '3.研发经费投入增长(%)', '2.2', '预期性'],
      ['', '合计', '10.2', ''],
    ]);
  });

  it('should start another table after a heading when the rows change shape', () => {
    const text = ['| 场景 | 牵头单位可能为 |', '| 政府项目 | 市/区政府部门 |', '四、牵头单位与参与单位的区别', '| 项目阶段 | 牵头单位 | 参与单位 |', '| 策划阶段 | 制定方案 | 提出建议 |'].join('\n');
    expect(tables(text).map((t) => t.header)).toEqual([['场景', '牵头单位可能为'], ['项目阶段', '牵头单位', '参与单位']]);
  });

  it('should make no table of bare | lines that a page layout left', () => {
    expect(tables('四、上述行政区划调整所需的经费由你省自行解决。\n国 务 院\n二0一三年八月六日\n|\n|')).toEqual([]);
  });

  it('should keep the empty last cell of a row written without borders', () => {
    const text = ['坐标 编号 | X坐标 | Y坐标 | 说 明', '1 | 15172. 500 | 103655. 000 |', '2 | 14829. 000 | 103655. 000 |', '9 | 14235. 569 | 103427. 917 | 圆曲线起点'].join('\n');
    expect(tables(text)[0]!.rows).toEqual([
      ['1', '15172. 500', '103655. 000', ''],
      ['2', '14829. 000', '103655. 000', ''],
      ['9', '14235. 569', '103427. 917', '圆曲线起点'],
    ]);
  });

  it('should drop the closing | of a bordered row', () => {
    expect(tables('| 序号 | 名称 |\n| 1 | 甲 |')[0]).toMatchObject({ header: ['序号', '名称'], rows: [['1', '甲']] });
  });

  it('should leave a metadata box ("发文字号： | 国发〔2018〕42号") and a single | line alone', () => {
    const text = '发文机关： | 国务院 | 成文日期： | 2018年12月21日\n发文字号： | 国发〔2018〕42号\n正文 | 一行';
    expect(tables(text)).toEqual([]);
  });
});
