// Page layout words: what scraped web pages add around a policy, what a title,
// a wrapper notice, a signature and an attachment heading look like. All
// patterns run on one line of the matching view.

/** Page noise: navigation, counters, share and print widgets, download links. */
export const noiseLines: readonly RegExp[] = [
  /^当前位置/,
  /^>\s*\S/, // a breadcrumb's continuation line: "> 政民互动 > 调查征集"
  /首页\s*>/,
  /点击(次数|数|量)|浏览(次数|量)|阅读(次数|量)|访问量/,
  /扫一扫|分享到|打印本页|关闭窗口|收藏本页|返回顶部|【?\s*字体\s*[:：]?\s*[大中小\s]+】?$|^【?(打印|关闭|收藏|分享)】?(\s*【?(打印|关闭|收藏|分享)】?)*$/,
  /^(无障碍阅读|关怀版|目录导读|返回首页|政府信息公开|信息公开|\[\s*\])/,
  /^(文章|信息)?来源\s*[:：]|\s来源\s*[:：]/,
  /^(发布|更新|成文)?(时间|日期)\s*[:：]/,
  /\.(pdf|wps|docx?|xlsx?|ofd|zip|rar|txt)$/i,
  /^[^|]{1,10}[:：]\s*\|/, // "发文字号： | 国发〔2018〕42号": a metadata box, read by the metadata extractor
];

/** Words a policy title ends with. */
export const titleEndings =
  '意见|方案|办法|规定|条例|通知|计划|规划|措施|细则|决定|公告|通告|纲要|指引|指南|清单|说明|报告|批复|要点|政策|标准|制度|章程|规则|若干规定|实施方案';

/** A qualifier printed after or under a title: (征求意见稿), (2022-2024年), (试行). */
export const titleQualifier = /^[(〔][^()〔〕]{1,14}[)〕]$/;

/** A title names its document type at its end, maybe followed by a qualifier. */
export const titleLine = new RegExp(`^[^。;:：，,]{2,80}?(?:${titleEndings})(?:[(〔][^()〔〕]{1,14}[)〕])?$`);

/** A wrapper notice names the policies it carries: group 1 holds their titles (in 《》 when quoted). */
export const wrapperNotice: readonly RegExp[] = [
  /关于(?:印发|转发|发布|公开征求)?(《.+》)(?:的通知|意见的(?:公告|通知)|的公告)/,
  /关于(?:印发|转发|发布)(.+?)的通知$/,
];

/** Draft texts. */
export const draftWords = /征求意见稿|草案|送审稿|讨论稿|公开征求/;

/** An explanation that follows the policy. */
export const explanationTitle = /起草说明|编制说明|政策解读|的说明$|答记者问/;

/** A line that opens an attachment: 附件 / 附件2 / 附件1：title. Group 1 is the title when inline. */
export const attachmentHeading = /^附件\s*\d*\s*[:：]?\s*(.*)$/;

/** The attachment list in a signature block: "附件：1.全区…", continued by "2.…" lines. */
export const attachmentList = /^附件\s*[:：]\s*(?:\d+\s*[.、．]\s*)?(.+)$/;

/** A signature or publication date alone on a line. */
export const dateLine = /^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})$/;

/** Publication remarks under a signature: (此件公开发布), (本文有删减). */
export const publicationRemark = /^[(〔](此件|本文|本件)[^()]*[)〕]$/;

/** 文号: issuer abbreviation, year in brackets, serial number. */
export const docNumber = /[\u4e00-\u9fa5]{1,14}\s*[〔\[【(（]\s*\d{4}\s*[〕\]】)）]\s*\d+\s*号/;

/** Pinyin glosses some reposting sites insert after characters: 關(guan) 於(yu). */
export const pinyinGloss = /(?<=[\u3400-\u9fff])\s?\([a-zA-Zāáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜü]{1,7}\d?\)\s?/g;
