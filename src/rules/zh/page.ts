// Page layout words: what scraped web pages add around a policy, what a title,
// a wrapper notice, a signature and an attachment heading look like. All
// patterns run on one line of the matching view.
import { yearDigitClass } from './numerals.js';

/** Labels of a 信息公开 page's metadata box that stand in a cell of their own (the HTML reader has its own: rules/html.ts). */
const metadataCellLabels = [
  '索引号', '主题分类', '主题词', '发文机关', '发布机构', '成文日期', '发文字号', '文号', '发布日期', '发布时间', '公开日期', '生效日期', '有效性',
  '公开目录', '公开责任部门', '公开形式', '体裁分类',
];

/** Fields of that box that a page prints as lines of their own, one or two to a line, and that never open the text. */
const metadataLineLabels = ['索引号', '组配分类', '主题分类', '生成日期', '统一编号', '有效性', '公开方式', '公开范围', '信息分类', '文\\s*号'];

/**
 * A row of a page's metadata box flattened into `|` cells: a label with a colon
 * ("发文字号： | 国发〔2018〕42号"), or a known label without one ("文号 | 汉政办发〔2021〕88号 |").
 * It is no table row.
 */
export const metadataRow = new RegExp(`^(?:[^|]{1,10}[:：]|(?:${metadataCellLabels.join('|')}))\\s*\\|`);

/** Page noise: navigation, counters, share and print widgets, download links. */
export const noiseLines: readonly RegExp[] = [
  /^当前位置/,
  /^>\s*\S/, // a breadcrumb's continuation line: "> 政民互动 > 调查征集"
  /首页\s*[>»›]|^您(?:现在)?的位置/,
  /下载地址\s*[:：]|点击此处下载|语音阅读|读取语音/,
  /^[—－-]\s*\d+\s*[—－-]$/, // a page number of a printed document: —1—
  /^\|+$/, // what a page's layout table leaves behind
  // The fields of a 信息公开 box, one or two to a line: "统一编号 CLCD00-2022-0003 下载阅读版本", "文号 温鹿政发〔2022〕11号 有效性 废止".
  new RegExp(`^(?:${metadataLineLabels.join('|')})\\s*[:：]?\\s*\\S`),
  // A page's footer: 上一篇/下一篇, 相关链接, 责任编辑, 免责声明, 本文链接, END.
  /^(?:上一篇|下一篇|相关(?:链接|文章|阅读|新闻|文件)|(?:责任)?编辑|审核|校对|免责声明|声明|本文(?:链接|关键词|地址|网址))\s*[:：]|^(?:上一篇|下一篇|免责声明|END)$/i,
  /点击(次数|数|量)|浏览(次数|量)|阅读(次数|量)|访问量/,
  /扫一扫|分享到|打印本页|关闭窗口|收藏本页|返回顶部|【?\s*字体\s*[:：]?\s*[大中小\s]+】?$|^【?(打印|关闭|收藏|分享)】?(\s*【?(打印|关闭|收藏|分享)】?)*$/,
  /^(无障碍阅读|关怀版|目录导读|返回首页|政府信息公开|信息公开|\[\s*\])/,
  /^(文章|信息)?来源\s*[:：]|\s来源\s*[:：]/,
  /^(发布|更新|成文)?(时间|日期)\s*[:：]/,
  /\.(pdf|wps|docx?|xlsx?|ofd|zip|rar|txt)$/i,
  metadataRow, // "发文字号： | 国发〔2018〕42号", "文号 | 汉政办发〔2021〕88号 |": a metadata box, read by the metadata extractor
];

/**
 * Words naming a document's genre: a title that ends with one is complete (…的通知, …复函).
 * 覆 is a simplified character too, so the matching view keeps the traditional 批覆, 答覆, 覆函.
 */
const genreEndings = '意见|方案|预案|通知|决定|公告|通告|纲要|报告|批复|批覆|复函|覆函|函|答复|答覆|通报|决议|的建议|修正案|实施方案|若干规定';

/** Words a title may end with, that also stand inside longer titles (…记录制度 + 重大执法…的指导意见). */
const nounEndings = '办法|规定|条例|计划|规划|措施|细则|指引|指南|清单|说明|要点|政策|标准|制度|章程|规则|规程|守则|须知|法典|(?<![方做看说想合违依立执])法|工作总结|》的?(?:政策)?解读';

/** Qualifiers after a title, one or two: (试行), (草案)(二次审议稿). */
const qualifiers = '(?:[(〔][^()〔〕]{1,14}[)〕]){0,2}';

/** A title that ends with its genre word is complete: the next line is no continuation of it. */
export const completeTitle = new RegExp(`(?:${genreEndings})${qualifiers}$`);

/** A qualifier printed after or under a title: (征求意见稿), (2022-2024年), (试行). */
export const titleQualifier = /^[(〔][^()〔〕]{1,14}[)〕]$/;

/** A title names its document type at its end, maybe followed by a qualifier. */
export const titleLine = new RegExp(`^[^。;:：，,]{2,80}?(?:${genreEndings}|${nounEndings})${qualifiers}$`);

/** A wrapper notice names the policies it carries: group 1 holds their titles (in 《》 when quoted). */
export const wrapperNotice: readonly RegExp[] = [
  // 关于印发《A》和《B》的通知, 关于修订印发《…》的通知, 关于《…》公开征求意见的公告.
  /关于(?:修订)?(?:印发|转发|发布|公开征求)?(《.+》)(?:[(（][^()（）]{1,20}[)）])?(?:的通知|(?:公开征求)?意见的(?:公告|通知)|的公告|的函)/,
  /关于(?:修订)?(?:印发|转发|发布)(.+?)的(?:通知|函)$/,
  // 转发国务院关于…批复的通知, 广东省人民政府办公厅转发省发展改革委关于…的通知.
  /^[^关]{0,30}?(?:印发|转发)(.+?)的(?:通知|函)$/,
];

/** The sentence with which a notice issues the policies it carries: 现将《…》印发给你们. */
export const issuingSentence = /印发给你们|转发给你们|现予印发|予以印发|现印发|现转发|现予发布|现将.{0,60}[印转]发|现将.{0,80}全文公[开布]/;

/** Draft texts. */
export const draftWords = /征求意见稿|草案|送审稿|讨论稿|公开征求/;

/** An explanation that follows the policy. */
export const explanationTitle = /起草说明|编制说明|政策解读|的说明$|答记者问|》的?解读$|^一图读懂/;

/** A line that only opens an attachment: 附：, 附件, 附件2：. Group 1 is its number. */
export const attachmentOpener = /^附(?:件\s*(\d*))?\s*[:：.．、]?\s*$/;

/** A line that opens an attachment: 附件 / 附件2 / 附件1. / 附件1：title. Group 1 is the title when inline. */
export const attachmentHeading = /^附件\s*\d*\s*[:：.．、]?\s*(.*)$/;

/** The unit a table's figures are in, printed between its title and the table: 单位：人, 计量单位：万元. */
export const tableUnitNote = /^(?:计量)?单位\s*[:：]/;

/** The attachment list in a signature block: "附件：1.全区…" or "附件1.深圳湾…", continued by "2.…" lines. */
export const attachmentList = /^附(?:件)?\s*(?:[:：]\s*(?:\d+\s*[.、．]\s*)?|(?<=件)\d+\s*[.、．:：]\s*)(.+)$/;

/** A signature or publication date alone on a line, in Arabic or Chinese numerals (二〇〇四年六月二十六日). */
export const dateLine =
  new RegExp(`^(?:\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}-\\d{1,2}-\\d{1,2}|[${yearDigitClass}]{4}年(?:[一二三四五六七八九十]{1,2}|\\d{1,2})月(?:[一二三四五六七八九十]{1,3}|\\d{1,2})日)$`);

/**
 * A regulation's promulgation line under its title: the date, the body that
 * adopts or issues it, the act. "2013年11月22日浙江省第十二届人民代表大会常务委员会
 * 第六次会议通过", "2009年8月30日 中华人民共和国国务院令第560号公布", "1986年9月15日
 * 中共中央、国务院发布". Groups: 1 date, 2 body. 批准 (a higher body's approval)
 * and 施行 (taking effect) issue nothing.
 */
export const promulgationLine = /^[(（]?(\d{4}年\d{1,2}月\d{1,2}日)\s*([^\s,，。;；《》()（）]+?)(?:审议)?(?:通过|公布|发布|颁布|修订|修正)/d;

/** The meeting at the end of the body: 第六次会议, 第141次常务会议, 2021年第20次室务会议. */
export const adoptingMeeting = /(?:\d{4}年)?第[\d一二三四五六七八九十百]+次(?:全体|常务|室务|部务|委务|主任)?会议$/;

/** A decree and its number, the regulation's 文号: 中华人民共和国国务院令第560号, 交通部令第6号. Group 1: its issuers. */
export const decree = /^(.+?)令第[\d一二三四五六七八九十百]+号$/;

/** What an issuer's name sheds: the state before a national organ (中华人民共和国国务院), a committee's term (第十二届). */
export const issuerQualifiers = /^中华人民共和国(?=.)|第[一二三四五六七八九十]+届/g;

/** A line that opens with a full date, which no title does (a signature date run into what follows: 2021年11月22日…, 一一年十一月二十九日). */
export const datedStart = new RegExp(`^(?:\\d{4}|[${yearDigitClass}]{2,4})年(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日`);

/** The printing slip under a signature: 抄送：…, 弋阳县人民政府办公室秘书科 2015年3月5日印发. */
export const printingSlip = /^(?:抄送|抄报|主送|分送)[:：]|\d{1,2}日印发$/;

/** A signer named by office over a decree's date (市长 孙日强, 总理李鹏): the date is the signature's, the organ is not named. */
export const signerLine = /^(?:自治区|自治州)?(?:副?总理|省长|市长|县长|区长|州长|旗长|盟长|主席|部长|主任|局长|署长|行长)[\u4e00-\u9fa5·]{2,4}$/;

/** Publication remarks under a signature: (此件公开发布), (本文有删减). */
export const publicationRemark = /^[(〔](此件|本文|本件)[^()]*[)〕]$/;

/** 文号: issuer abbreviation, year in brackets, serial number; or an announcement's number (国家税务总局公告2011年第3号). */
export const docNumber = /[\u4e00-\u9fa5]{1,14}\s*(?:[〔\[【(（]\s*\d{4}\s*[〕\]】)）]\s*\d+|公告\s*\d{4}\s*年\s*第\s*\d+)\s*号/;

/** A 文号 at the start of a text (tried there only: the pattern is costly where it may start anywhere). */
export const leadingDocNumber = new RegExp(`^(?:${docNumber.source})`);

/** Pinyin glosses some reposting sites insert after characters: 關(guan) 於(yu). */
export const pinyinGloss = /(?<=[\u3400-\u9fff])\s?\([a-zA-Zāáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜü]{1,7}\d?\)\s?/g;
