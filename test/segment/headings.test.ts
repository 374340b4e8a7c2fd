import { describe, expect, it } from 'vitest';
import { headingOf } from '../../src/segment/headings.js';
import { matchingView } from '../../src/text/view.js';

const heading = (rest: string) => headingOf(rest, matchingView(rest));

describe('headingOf (ANNOTATION.md §2)', () => {
  it.each([
    ['总体要求', '总体要求'],
    ['实施数字产业化引领行动,着力在新一代信息技术产业高质量发展上重点突破', '实施数字产业化引领行动,着力在新一代信息技术产业高质量发展上重点突破'],
    ['指导思想。', '指导思想'],
    ['打造电子信息制造业增长极。实施集成电路“强芯”工程,支持企业研制高端存储芯片。', '打造电子信息制造业增长极'],
    ['　（目的和依据）为了规范民间融资，制定本条例。', '目的和依据'],
    ['本市行政区域内的养老服务活动适用本办法。', '本市行政区域内的养老服务活动适用本办法'],
    ['市级河长履行下列主要职责：', '市级河长履行下列主要职责'],
    ['為深入貫徹落實中央、省、市關于深入推進數字經濟發展的決策部署,搶抓發展新機遇。', null],
    ['', null],
  ])('should read the heading of "%s"', (rest, expected) => expect(heading(rest)).toBe(expected));
});
