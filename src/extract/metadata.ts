// Document metadata (ANNOTATION.md §6): title, 文号, issuers, dates, draft
// flag and attachments, from labelled fields where the page has them, else
// from the header, the signature block and attachment headings.
import type { Meta } from '../../schemas/policy-document.js';
import { isStrongOrgan, looksLikeOrgan } from '../rules/zh/organs.js';
import {
  adoptingMeeting, attachmentList, attachmentOpener, dateLine, decree, docNumber, draftWords, leadingDocNumber, issuerQualifiers, promulgationLine, signerLine, titleQualifier,
} from '../rules/zh/page.js';
import { organsOnLine } from '../segment/signature.js';
import { readDate } from '../text/dates.js';
import { writtenPositions } from '../text/view.js';
import type { LineNode, PartNode, PolicyRoot } from '../tree.js';

const compact = (s: string) => s.replace(/\s+/g, '');
const fileName = /\.(pdf|wps|docx?|ofd)$/i;

/** Labelled metadata fields, as in gov.cn pages: "发文机关： | 国务院 | 成文日期： | 2018年12月21日". */
/** A value ends at a `|`, at the line's end, or where the next label of the same line begins ("发文机关: 市政府办公室 成文日期: …"). */
const valueEnd = '\\s*(?:\\||$|\\s+[\\u4e00-\\u9fff]{2,6}\\s*[:：]|\\s*[\\[【]\\s*[\\u4e00-\\u9fff]{2,6}\\s*[\\]】])';
/**
 * A label ends with a colon, a closing bracket ("[ 发文字号 ]城府办发〔2020〕243 号"), its cell
 * ("文号 | 汉政办发〔2021〕88号 |") or a space before a year ("成文日期 2019-10-25").
 */
const label = (names: string, end = valueEnd) => new RegExp(`(?:${names})\\s*(?:[:：]|[\\]】]|(?=\\|)|\\s(?=\\s*\\d{4}))\\s*\\|?\\s*([^|]+?)${end}`);
const labels = {
  docNumber: label('发文字号|文件编号|文\\s*号'),
  issuers: label('发文机关|发文部门|发文单位'),
  issuedOn: label('成文日期'),
  /** The date a page says it was issued: not the signature date, so only where there is no signature. */
  sentOn: label('发文日期|发文时间'),
  // A page's header: "浏览量:  时间:2016-01-17 23:45", "日期:2021-12-03 字号:".
  publishedOn: label('发布日期|发布时间|公开日期|(?:^|\\s)时间|^日期', `(?:${valueEnd}|\\s{2})`),
} as const;

/** Each labelled field's value as written, and where it stands. */
type Labelled = Partial<Record<keyof typeof labels, { text: string; span: [number, number] }>>;

function lines(tree: PolicyRoot): LineNode[] {
  return tree.blocks.filter((b): b is LineNode => b.type === 'line');
}

/** Labelled fields sit on short lines of a page's metadata box. */
const labelLineMax = 200;
const anyLabel = /(?:字号|编号|文\s*号|机关|部门|单位|日期|时间)\s*(?:[:：]|[\]】]|\||\d{4})/;

function readLabels(tree: PolicyRoot): Labelled {
  const found: Labelled = {};
  for (const line of lines(tree)) {
    if (line.span[1] - line.span[0] > labelLineMax) continue;
    const view = tree.view.slice(line.span[0], line.span[1]);
    if (!anyLabel.test(view)) continue;
    for (const key of Object.keys(labels) as Array<keyof typeof labels>) {
      const m = labels[key].exec(view);
      if (m && found[key] === undefined) {
        const at = line.span[0] + m.index + m[0].indexOf(m[1]!);
        found[key] = { text: tree.source.slice(at, at + m[1]!.length), span: [at, at + m[1]!.length] };
      }
    }
  }
  return found;
}

/** A 文号 without a bracketed year, as a labelled field gives it: 国令第707号. */
const decreeNumber = /^[\u4e00-\u9fa5]{0,14}第?\d+号$/;

/** A 文号's label before it, with or without a colon: "文件编号 北区政办发〔2020〕11号", "文    号 蔡政办〔2023〕1号". */
const docNumberLabel = '(?:发文字号|文件编号|发文编号|文号|编号)[:：]?';
const labelAtEnd = new RegExp(`${docNumberLabel}$`);
const docNumberLabels = new RegExp(docNumberLabel, 'g');

/**
 * The 文号 in view[start, end) as the source writes it, without what the view
 * blanks (spaces, pinyin glosses: 州政發(fā)〔2020〕5號 is 州政發〔2020〕5號).
 * `whole`: the 文号 must end the text and nothing but a label may precede it;
 * otherwise (a labelled field) it may also be a decree's number without a year.
 */
function docNumberIn(tree: PolicyRoot, [start, end]: [number, number], whole: boolean): string | null {
  const at = writtenPositions(tree.view, start, end);
  const text = at.map((i) => tree.view[i]).join('');
  const m = docNumber.exec(text) ?? (whole ? null : decreeNumber.exec(text));
  if (!m) return null;
  // The issuer abbreviation's characters may take in what stands before it: 文件编号北区政办发〔2020〕11号.
  const issuer = m[0].slice(0, m[0].search(/[〔[【(（]|公告\d/));
  const lastLabel = [...issuer.matchAll(docNumberLabels)].at(-1);
  const from = m.index + (lastLabel ? lastLabel.index + lastLabel[0].length : 0);
  const to = m.index + m[0].length;
  // A line may hold the 文号 in brackets: (劳社厅函[2007]120号); after its label, other fields may follow (文号 永财农〔2021〕471号 其他信息).
  const bracketed = whole && /^[(（]/.test(text) && /[)）]$/.test(text) ? 1 : 0;
  const labelled = from > 0 && labelAtEnd.test(text.slice(0, from));
  if (whole && !labelled && (to !== text.length - bracketed || from > bracketed)) return null;
  return at.slice(from, to).map((i) => tree.source[i]).join('');
}

function findDocNumber(tree: PolicyRoot, labelled: Labelled): string | null {
  const fromLabel = labelled.docNumber && docNumberIn(tree, labelled.docNumber.span, false);
  if (fromLabel) return fromLabel;
  let named: string | null = null;
  for (const line of lines(tree)) {
    // Only a line with a bracketed year can hold a 文号 (spaces inside it are allowed: "〔 2020 〕").
    if (!/[〔[【(]\s*\d{4}|公告\s*\d{4}/.test(tree.view.slice(line.span[0], line.span[1]))) continue;
    const found = docNumberIn(tree, line.span, true);
    if (found) return found;
    // A file name that carries it: "…〔2020〕20号.pdf".
    if (named === null && fileName.test(tree.view.slice(line.span[0], line.span[1]).trim())) named = docNumberIn(tree, line.span, false);
  }
  return named ?? decreeHeader(tree);
}

/** A decree printed over its regulation, on one line or two: "贵阳市人民政府令第79号"; "中华人民共和国国务院令" / "第707号". */
function decreeHeader(tree: PolicyRoot): string | null {
  const all = lines(tree);
  const text = (l: LineNode) => compact(tree.view.slice(l.span[0], l.span[1]));
  const source = (l: LineNode) => compact(tree.source.slice(l.span[0], l.span[1]));
  for (let i = 0; i < all.length; i++) {
    // On one line, perhaps after the regulation's title: "广西壮族自治区土地整治办法 广西壮族自治区人民政府令 第116号".
    const [start, end] = all[i]!.span;
    const oneLine = /(?:^|\s)([\u4e00-\u9fa5]{2,30})令\s*第\d+号\s*$/.exec(tree.view.slice(start, end));
    if (oneLine && isStrongOrgan(oneLine[1]!)) return compact(tree.source.slice(start + oneLine.index + oneLine[0].indexOf(oneLine[1]!), end));
    if (i + 1 < all.length && /^[\u4e00-\u9fa5]{2,30}令$/.test(text(all[i]!)) && /^第\d+号$/.test(text(all[i + 1]!))) return source(all[i]!) + source(all[i + 1]!);
  }
  return null;
}

/**
 * The first signature block: organ lines (or a signer: 市长 孙日强) right above
 * a date line among a part's own lines. Else a date alone on a line after the
 * part's text ("…请认真遵照执行。" then 二〇〇六年二月二十日), which signs it
 * without naming the organ.
 */
function signature(tree: PolicyRoot): { issuers: string[]; date: string } | null {
  let unsigned: { issuers: string[]; date: string } | null = null;
  for (const part of tree.children.filter((p) => p.kind === 'notice' || p.kind === 'main')) {
    const own = part.lines;
    const textEnd = Math.max(part.children.at(-1)?.span[1] ?? 0, part.body.at(-1)?.span[1] ?? 0);
    for (let i = 0; i < own.length; i++) {
      const text = tree.view.slice(own[i]!.span[0], own[i]!.span[1]);
      if (!dateLine.test(compact(text))) continue;
      const issuers: string[] = [];
      let signer = false;
      for (let j = i - 1; j >= 0; j--) {
        const span = own[j]!.span;
        const line = tree.view.slice(span[0], span[1]);
        const names = organsOnLine(line);
        if (!names) {
          signer = issuers.length === 0 && signerLine.test(compact(line));
          break;
        }
        issuers.unshift(...names.map(([a, b]) => compact(tree.source.slice(span[0] + a, span[0] + b))));
      }
      const date = readDate(text);
      if (!date) continue;
      if (issuers.length || signer) return { issuers, date };
      if (textEnd > 0 && own[i]!.span[0] >= textEnd) unsigned ??= { issuers, date };
    }
  }
  return unsigned;
}

/**
 * The publication date where the page states one: a label, a 来源 line with a
 * date, or a metadata box whose labels were lost (its 成文日期 and 发布日期 on
 * lines of their own before the policy: the later is the publication). A lone
 * date is a signature's, never a publication date.
 */
function publishedOn(tree: PolicyRoot, labelled: Labelled): string | null {
  const fromLabel = labelled.publishedOn && readDate(labelled.publishedOn.text);
  if (fromLabel) return fromLabel;
  for (const line of lines(tree)) {
    const view = tree.view.slice(line.span[0], line.span[1]);
    if (/来源\s*[:：]/.test(view) && readDate(view)) return readDate(view)!;
  }
  const first = tree.children[0];
  const dates = lines(tree)
    .filter((l) => first && l.span[1] <= first.span[0])
    .map((l) => compact(tree.view.slice(l.span[0], l.span[1])))
    .filter((v) => dateLine.test(v))
    .map((v) => readDate(v))
    .filter((d): d is string => Boolean(d))
    .sort();
  return dates.length >= 2 ? dates[dates.length - 1]! : null;
}

interface Promulgation {
  issuers: string[];
  date: string;
  /** The decree's number, when a decree promulgates it (中华人民共和国国务院令第560号). */
  docNumber: string | null;
}

/**
 * A regulation's promulgation line under its title (rules/zh/page.ts): its
 * issuers as written, without the state's name or a committee's term
 * (浙江省人民代表大会常务委员会, 国务院), its date, and a decree's number.
 */
function promulgationAt(tree: PolicyRoot, line: LineNode): Promulgation | null {
  const view = tree.view.slice(line.span[0], line.span[1]);
  const m = promulgationLine.exec(view);
  const date = m && readDate(m[1]!);
  if (!m || !date) return null;
  const bodyAt = line.span[0] + m.indices![2]![0];
  const body = m[2]!.replace(adoptingMeeting, '');
  const order = decree.exec(body);
  const issuers: string[] = [];
  let from = 0;
  for (const name of (order ? order[1]! : body).split('、')) {
    if (!looksLikeOrgan(name.replace(issuerQualifiers, ''))) return null;
    issuers.push(withoutQualifiers(tree.source, bodyAt + from, name));
    from += name.length + 1;
  }
  return { issuers, date, docNumber: order ? compact(tree.source.slice(bodyAt, bodyAt + body.length)) : null };
}

/** `name` (matching view, at `at`) as the source writes it, without the qualifiers an issuer sheds. */
function withoutQualifiers(source: string, at: number, name: string): string {
  let kept = '';
  let last = 0;
  for (const q of name.matchAll(issuerQualifiers)) {
    kept += source.slice(at + last, at + q.index);
    last = q.index + q[0].length;
  }
  return kept + source.slice(at + last, at + name.length);
}

/** The regulation's promulgation: a decree's line where there is one (it dates and numbers the text), else the first. */
function promulgation(tree: PolicyRoot, main: PartNode | undefined): Promulgation | null {
  const found = (main?.lines ?? []).map((line) => promulgationAt(tree, line)).filter((p): p is Promulgation => p !== null);
  return found.find((p) => p.docNumber) ?? found[0] ?? null;
}

function attachments(tree: PolicyRoot): string[] {
  const listed: string[] = [];
  const headed: Array<{ title: string; number: number | null }> = [];
  for (const part of tree.children) {
    if (part.kind === 'attachment' && part.title) {
      const first = part.lines[0];
      // 附件2 alone on an attachment's heading line: its number in the 附件说明 list.
      const m = first && attachmentOpener.exec(compact(tree.view.slice(first.span[0], first.span[1])));
      headed.push({ title: part.title, number: m && m[1] ? Number(m[1]) : null });
    }
    if (part.kind !== 'main') continue;
    let listing = false;
    // The list may be printed as download links (附:1、….docx), which are page noise, not the part's own lines.
    for (const line of lines(tree).filter((l) => l.span[0] >= part.span[0] && l.span[1] <= part.span[1])) {
      // Only a line that opens with 附, or with a number inside a list, can name an attachment.
      const first = tree.view.slice(line.span[0], line.span[1]).trimStart()[0] ?? '';
      if (first !== '附' && !(listing && /\d/.test(first))) {
        listing = false;
        continue;
      }
      const view = compact(tree.view.slice(line.span[0], line.span[1]));
      const opened = attachmentList.exec(view);
      const item: RegExpExecArray | null = listing ? /^\d+[.、](.+)$/.exec(view) : null;
      const title = opened?.[1] ?? item?.[1];
      listing = Boolean(opened || item);
      if (!title) continue;
      // The title's source characters, without what the view blanks (創(chuàng)建 is 創建).
      const kept = writtenPositions(tree.view, line.span[0], line.span[1]);
      const named = kept.slice(kept.length - title.length).map((i) => tree.source[i]).join('').replace(fileName, '');
      if (named) listed.push(named);
    }
  }
  // A heading names the attachment that the list names under its number (附件2: the second), or repeats a listed
  // title or part of it (the list may name the issuer: 国土资源部关于…); a lone 附件 is the list's only item.
  const kept: string[] = [];
  const isListed = (title: string) => kept.some((k) => compact(k).includes(compact(title)));
  for (const title of listed) if (!isListed(title)) kept.push(title);
  for (const { title, number } of headed) {
    const numbered = number !== null ? number <= listed.length : headed.length === 1 && listed.length === 1;
    if (!numbered && !isListed(title)) kept.push(title);
  }
  return kept;
}

/**
 * Organs printed alone on the lines right above or the line under the
 * policy's title: 福建省厦门市人民政府; 财政部 国家发展和改革委员会; 山东省农业厅 / 山东省财政厅.
 */
function issuersBesideTitle(tree: PolicyRoot, part: PartNode): string[] {
  if (!part.title) return [];
  const organs = (line: LineNode | undefined) => {
    // A red header names the organ with 文件 after it: 新疆维吾尔自治区人民政府文件.
    const words = line ? [...tree.view.slice(line.span[0], line.span[1]).replace(/文件\s*$/, '').matchAll(/\S+/g)] : [];
    return words.length > 0 && words.every((w) => isStrongOrgan(w[0]))
      ? words.map((w) => tree.source.slice(line!.span[0] + w.index!, line!.span[0] + w.index! + w[0].length))
      : null;
  };
  const above = lines(tree).filter((l) => l.span[1] <= part.span[0]);
  // Between a red header and the title stand its 文件 and the 文号.
  const headerLine = (l: LineNode | undefined) => {
    const text = l ? compact(tree.view.slice(l.span[0], l.span[1])) : '';
    return text === '文件' || (text !== '' && leadingDocNumber.exec(text)?.[0] === text);
  };
  while (headerLine(above.at(-1))) above.pop();
  const found: string[] = [];
  for (let names = organs(above.pop()); names; names = organs(above.pop())) found.unshift(...names);
  return found.length > 0 ? found : (organs(part.body[0]) ?? []);
}

export function readMeta(tree: PolicyRoot): Meta {
  const labelled = readLabels(tree);
  const main = tree.children.find((p: PartNode) => p.kind === 'main');
  const notice = tree.children.find((p: PartNode) => p.kind === 'notice');
  const promulgated = promulgation(tree, main);
  const signed = signature(tree) ?? promulgated;
  let issuers = labelled.issuers ? labelled.issuers.text.split(/[、,，\s]+/).filter(Boolean) : (signed?.issuers ?? []);
  for (const part of [main, notice]) if (issuers.length === 0 && part) issuers = issuersBesideTitle(tree, part);
  // "XX市人民政府关于…", "国务院、中央军委关于…": organs in full, never a bare region name ("XX市关于…");
  // the policy's title first, then its wrapper's (菏泽市人民政府办公室关于印发…的通知).
  for (const part of [main, notice]) {
    // The title's first line as printed keeps the spaces between organs: 中共云南省委 云南省人民政府关于….
    const line = part?.title ? part.lines[0] : undefined;
    if (issuers.length > 0 || !line) continue;
    const [lineStart, end] = line.span;
    // Past a 文号 run into the title's start (筑府办函〔2020〕78号市人民政府办公厅关于…).
    const lead = leadingDocNumber.exec(tree.view.slice(lineStart, end));
    const start = lineStart + (lead ? lead[0].length : 0);
    const head = /^\s*(.+?)关于/.exec(tree.view.slice(start, end));
    const organs = head ? [...head[1]!.matchAll(/[^、\s]+/g)] : [];
    const at = start + (head?.index ?? 0) + (head?.[0].indexOf(head[1]!) ?? 0);
    if (organs.length > 0 && organs.every((o) => isStrongOrgan(o[0]))) issuers = organs.map((o) => tree.source.slice(at + o.index!, at + o.index! + o[0].length));
  }
  const qualifiers = (main?.body ?? []).map((l) => compact(tree.view.slice(l.span[0], l.span[1]))).filter((t) => titleQualifier.test(t));
  const heads = [notice?.title, main?.title, ...qualifiers];
  return {
    title: main?.title ?? null,
    docNumber: findDocNumber(tree, labelled) ?? promulgated?.docNumber ?? null,
    issuers,
    issuedOn: (labelled.issuedOn && readDate(labelled.issuedOn.text)) || signed?.date || (labelled.sentOn && readDate(labelled.sentOn.text)) || null,
    publishedOn: publishedOn(tree, labelled),
    draft: heads.some((h) => h && draftWords.test(h)),
    attachments: attachments(tree),
  };
}
