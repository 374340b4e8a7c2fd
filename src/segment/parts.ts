// Splits a page into parts (ANNOTATION.md §1): the wrapper notice, the policy,
// its attachments and an explanation, in reading order. Page noise before,
// between and after them belongs to no part.
import {
  attachmentHeading, completeTitle, dateLine, datedStart, explanationTitle, issuingSentence, leadingDocNumber, noiseLines, publicationRemark, signerLine, titleLine,
  titleQualifier, wrapperNotice,
} from '../rules/zh/page.js';
import { isStrongOrgan, looksLikeOrgan } from '../rules/zh/organs.js';
import type { BlockNode, LineNode, PartKind } from '../tree.js';
import { matchMarker } from './sections.js';

export interface TitleCandidate {
  /** Index of the first and last block of the title. */
  first: number;
  last: number;
  /** Title in the matching view, without whitespace. */
  key: string;
}

export interface PartPlan {
  kind: PartKind;
  /** First and one-past-last block index. */
  from: number;
  to: number;
  title: TitleCandidate | null;
}

const compact = (s: string) => s.replace(/\s+/g, '');
/** A title without its qualifier and quotes, for comparing a notice's wrapped title with a heading. */
const titleKey = (s: string) => compact(s).replace(/[(〔][^()〔〕]*[)〕]$/, '').replace(/[“”"《》〈〉]/g, '');

/** Page widgets are short lines; a paragraph that mentions 点击量 is text. */
const noiseLengthMax = 100;

function isNoise(view: string): boolean {
  return view.length <= noiseLengthMax && noiseLines.some((re) => re.test(view));
}

/** The page's blocks as the segmenter reads them; each line's text, noise verdict and title are worked out once. */
export class PageLines {
  private readonly texts: Array<string | undefined> = [];
  /** Per block: 0 not yet judged, 1 text, 2 noise. */
  private readonly noiseVerdicts: Uint8Array;
  /** The title starting at a block, once looked for (see titleAt). */
  readonly titles = new Map<number, TitleCandidate | null>();

  constructor(
    readonly view: string,
    readonly blocks: BlockNode[],
  ) {
    this.noiseVerdicts = new Uint8Array(blocks.length);
  }
  text(i: number): string {
    let text = this.texts[i];
    if (text === undefined) {
      const b = this.blocks[i];
      this.texts[i] = text = b && b.type === 'line' ? this.view.slice(b.span[0], b.span[1]) : '';
    }
    return text;
  }
  isLine(i: number): boolean {
    return this.blocks[i]?.type === 'line';
  }
  /** Whether block i is a line of page noise. */
  noise(i: number): boolean {
    if (i < 0 || i >= this.blocks.length) return false;
    if (this.noiseVerdicts[i] === 0) this.noiseVerdicts[i] = this.isLine(i) && isNoise(this.text(i)) ? 2 : 1;
    return this.noiseVerdicts[i] === 2;
  }
  /** Next line index after i that is not noise. */
  next(i: number): number {
    let j = i + 1;
    while (j < this.blocks.length && this.noise(j)) j++;
    return j;
  }
}

/** Whether a line can be part of a title: not a sentence, salutation, date, 文号, remark or qualifier. */
function isTitlePiece(text: string): boolean {
  if (/[。,，;；:：]$/.test(text)) return false;
  if (dateLine.test(text) || datedStart.test(text) || publicationRemark.test(text) || titleQualifier.test(text)) return false;
  return !isDocNumberLine(text);
}

/** A line that is nothing but a 文号. */
const isDocNumberLine = (text: string): boolean => leadingDocNumber.exec(text)?.[0] === text;

/** The titles a text quotes in 《》. */
const quotedTitles = (text: string): string[] => [...text.matchAll(/《([^《》]+)》/g)].map((m) => m[1]!);

/** Whether a line can open a title that continues on the next line (a title piece, and no organ alone: 国务院办公厅, not …事业单位). */
const isTitleHead = (text: string): boolean => text.length >= 6 && isTitlePiece(text) && !isStrongOrgan(text);

/** Longer lines are paragraphs, not titles (or their first line). */
const titleLengthMax = 120;

/** A long title may be broken over this many lines: "国务院办公厅关于全面推行" + "…记录制度" + "…的指导意见". */
const titleLinesMax = 4;

/** A title that a page prints in 《》 (its own quotes inside in 〈〉), without them. */
export const unquoted = (title: string): string => (/^《[^《》]+》$/.test(title) ? title.slice(1, -1) : title);

/** A title without a 文号 run into its start: "筑府办函〔2020〕78号市人民政府办公厅关于印发…". */
export function withoutDocNumber(title: string, view: string): string {
  const lead = leadingDocNumber.exec(view);
  return lead && titleLine.test(view.slice(lead[0].length)) ? title.slice(lead[0].length) : title;
}

/** An organ's announcement or decree, by which it promulgates a regulation: …常务委员会公告, 国务院令. */
const isPromulgation = (key: string) => /(?:公告|令)$/.test(key) && looksLikeOrgan(key.replace(/(?:公告|令)$/, ''));

/** Whether line `at` may continue a title begun above (an issuer alone on the line above is no part of it). */
function continuesTitle(page: PageLines, at: number, key: string): boolean {
  const next = compact(page.text(at));
  if (!page.isLine(at) || !next || next.length > titleLengthMax || matchMarker(next) || !isTitlePiece(next)) return false;
  // A title printed twice, or an issuer printed under it, is no continuation: "县政工作细则" / "县政工作细则",
  // "大连市循环经济促进条例" / "辽宁省大连市人大常委会".
  if (next === key || looksLikeOrgan(next)) return false;
  // Nor is the note of its adoption in brackets, or the announcement that promulgates it
  // ("(2009年7月22日…通过)", "深圳市人民代表大会常务委员会公告").
  if (/^[(（].*[)）]$/.test(next) || isPromulgation(next) || datedStart.test(next)) return false;
  // A title complete as it stands does not run on into a notice's title: "…工作办法" / "关于印发《…》的通知".
  if (next.startsWith('关于') && titleLine.test(key)) return false;
  return isTitleHead(compact(page.text(at - 1)));
}

/**
 * The title starting at line i: the line itself, or two or three lines joined
 * where the first does not end with a genre word (…的通知 is complete; …制度
 * may go on: "…记录制度" + "重大执法决定法制审核制度的指导意见").
 */
function titleAt(page: PageLines, i: number): TitleCandidate | null {
  let found = page.titles.get(i);
  if (found === undefined) page.titles.set(i, (found = findTitleAt(page, i)));
  return found;
}

/** A title that cannot go on: it ends with its genre word, or is a title already closed by a qualifier ("…十四五规划(2022年更新)"). */
const closedTitle = (key: string) => completeTitle.test(key) || (/[)〕]$/.test(key) && titleLine.test(key));

function findTitleAt(page: PageLines, i: number): TitleCandidate | null {
  if (!page.isLine(i) || page.text(i).length > titleLengthMax) return null;
  // A scraper may leave a cell's | after a title line ("…工作要点的通知 |"), a page may quote its title ("《…关于印发〈…〉的通知》").
  const line = unquoted(compact(page.text(i)).replace(/\|+$/, ''));
  let key = withoutDocNumber(line, line);
  // A signer (自治区主席陈武) or a date is no title's first line.
  if (matchMarker(key) || /^附件/.test(key) || signerLine.test(key) || datedStart.test(key)) return null;
  let found: TitleCandidate | null = titleLine.test(key) ? { first: i, last: i, key } : null;
  for (let last = i + 1; last < i + titleLinesMax && !closedTitle(key) && continuesTitle(page, last, key); last++) {
    key += compact(page.text(last));
    if (titleLine.test(key)) found = { first: i, last, key };
  }
  return found;
}

function titles(page: PageLines, from: number, to: number): TitleCandidate[] {
  const found: TitleCandidate[] = [];
  for (let i = from; i < to; i++) {
    if (page.noise(i)) continue;
    const t = titleAt(page, i);
    if (t) {
      found.push(t);
      i = t.last;
    }
  }
  return found;
}

function firstMarkerLine(page: PageLines, from: number): number {
  for (let i = from; i < page.blocks.length; i++) {
    if (page.isLine(i) && !page.noise(i) && matchMarker(page.text(i))) return i;
  }
  return page.blocks.length;
}

/** The titles of the policies a wrapper notice carries: 关于印发《A》和《B》的通知 → [A, B]. */
function wrappedTitles(key: string): string[] {
  for (const re of wrapperNotice) {
    const m = re.exec(key);
    if (m) return /《/.test(m[1]!) ? quotedTitles(m[1]!) : [m[1]!];
  }
  return [];
}

/**
 * Where a wrapper notice whose title line the page lost begins: the lines
 * above the policy's title issue what they quote ("《2023年新余市政务公开工作要点》
 * 已经市政府同意，现印发给你们"), so they are a notice, not page noise.
 */
function untitledNotice(page: PageLines, main: TitleCandidate): number | null {
  for (let i = page.next(-1); i < main.first; i++) {
    const text = page.isLine(i) ? page.text(i) : '';
    if (!issuingSentence.test(text) || quotedTitles(text).length === 0) continue;
    // It opens at its addressees ("各县(区)人民政府…：") and the 文号 above them, not at the page's header.
    let from = i;
    if (from > 0 && page.isLine(from - 1) && /[:：]\s*$/.test(page.text(from - 1))) from--;
    if (from > 0 && page.isLine(from - 1) && isDocNumberLine(compact(page.text(from - 1)))) from--;
    return from;
  }
  return null;
}

/** Lines after a notice's title in which it says what it issues. */
const issuingReach = 12;

/** The titles quoted in the sentence with which a notice issues them, in the lines after `from`. */
function issuedTitles(page: PageLines, from: number): string[] {
  for (let i = from; i < Math.min(page.blocks.length, from + issuingReach); i++) {
    const text = page.isLine(i) ? page.text(i) : '';
    if (issuingSentence.test(text)) return quotedTitles(text);
  }
  return [];
}

/**
 * A forwarded document's own title may drop the issuer and a 的 that the
 * notice's title has: "国家地震局关于…工作意见报告" forwards "关于…工作意见的报告".
 */
const subject = (key: string) => key.replace(/^.*?(?=关于)/, '').replace(/的/g, '');
const sameSubject = (a: string, b: string) => a.includes('关于') && subject(a) === subject(b);

/** The title lines, after `from`, of each wrapped policy, in order: after the sentence that issues them, where there is one. */
function wrappedPolicies(page: PageLines, from: number, wrapped: string[]): TitleCandidate[] {
  let issued = from;
  while (issued < Math.min(page.blocks.length, from + issuingReach) && !(page.isLine(issued) && issuingSentence.test(page.text(issued)))) issued++;
  const later = titles(page, issued < from + issuingReach && issued < page.blocks.length ? issued + 1 : from, page.blocks.length);
  const found: TitleCandidate[] = [];
  for (const title of wrapped) {
    const key = titleKey(title);
    const policy = later.find((t) => {
      const k = titleKey(t.key);
      const same = k === key || key.startsWith(k) || sameSubject(k, key);
      return k.length >= 4 && same && (found.length === 0 || t.first > found[found.length - 1]!.first);
    });
    if (policy) found.push(policy);
  }
  return found;
}

/** A title of no known genre, on line t and the next ones while it breaks off after 的 ("…口岸区的" + "查验区界址点坐标"). */
function openTitle(page: PageLines, t: number): TitleCandidate {
  let [last, key] = [t, compact(page.text(t))];
  while (key.endsWith('的') && last - t + 1 < titleLinesMax && page.isLine(last + 1) && isTitlePiece(compact(page.text(last + 1)))) {
    last++;
    key += compact(page.text(last));
  }
  return { first: t, last, key };
}

/** Attachment openings: "附件" or "附件2" alone on a line, followed by its title. */
function attachmentStarts(page: PageLines, from: number): number[] {
  const starts: number[] = [];
  for (let i = from; i < page.blocks.length; i++) {
    // A heading line is short and opens with 附件: most lines are neither (and need no compacting).
    const text = page.text(i);
    const m = text.startsWith('附') && text.length <= 16 ? attachmentHeading.exec(compact(text)) : null;
    if (!m || m[1]) continue;
    const next = page.next(i);
    if (next < page.blocks.length && (page.isLine(next) || page.blocks[next]?.type === 'table')) starts.push(i);
  }
  return starts;
}

export function planParts(page: PageLines): PartPlan[] {
  // The policy's title stands before its first numbered line and before any attachment.
  const firstSection = Math.min(firstMarkerLine(page, 0), attachmentStarts(page, 0)[0] ?? page.blocks.length);
  const before = titles(page, 0, firstSection);
  let policies: TitleCandidate[] = [];
  let notice: TitleCandidate | null = null;
  for (const candidate of before) {
    const wrapped = wrappedTitles(candidate.key);
    let found = wrappedPolicies(page, candidate.last + 1, wrapped);
    // "关于印发A和B两个规定的通知" names no title: the sentence that issues them quotes them (现将《A》和《B》印发给你们).
    if (!found.length && wrapped.length) found = wrappedPolicies(page, candidate.last + 1, issuedTitles(page, candidate.last + 1));
    if (found.length) {
      // A page prints its title in its header, then the notice prints it again: the notice starts at its own.
      notice = before.filter((t) => t.key === candidate.key).at(-1)!;
      policies = found;
      break;
    }
  }
  // A regulation printed over the announcement that promulgates it keeps its own title (四川省村务公开条例, then 四川省…常务委员会公告).
  const own = before.filter((t) => !isPromulgation(t.key));
  const main = policies[0] ?? own.at(-1) ?? before.at(-1) ?? titles(page, 0, page.blocks.length)[0] ?? null;
  if (!policies.length && main) policies = [main];
  const mainFrom = main ? main.first : page.next(-1);
  const plans: PartPlan[] = [];
  if (notice) plans.push({ kind: 'notice', from: notice.first, to: mainFrom, title: notice });
  else if (main) {
    const from = untitledNotice(page, main);
    if (from !== null) plans.push({ kind: 'notice', from, to: mainFrom, title: null });
  }
  const lastPolicy = policies[policies.length - 1]?.first ?? mainFrom;
  const later: PartPlan[] = attachmentStarts(page, lastPolicy + 1).map((i) => {
    const t = page.next(i);
    // The line under 附件N, or the title broken over the lines there ("关于…马鬃山村" + "地质险情调研情况的报告").
    return { kind: 'attachment', from: i, to: 0, title: titleAt(page, t) ?? openTitle(page, t) };
  });
  const explanation = titles(page, lastPolicy + 1, page.blocks.length).find(
    (t) => explanationTitle.test(t.key) && !later.some((a) => a.title?.first === t.first),
  );
  if (explanation) later.push({ kind: 'explanation', from: explanation.first, to: 0, title: explanation });
  later.sort((a, b) => a.from - b.from);
  const starts: PartPlan[] = [
    ...(policies.length ? policies : [null]).map((title) => ({ kind: 'main' as const, from: title ? title.first : mainFrom, to: 0, title })),
    ...later,
  ];
  starts.forEach((p, k) => plans.push({ ...p, to: starts[k + 1]?.from ?? page.blocks.length }));
  return plans.filter((p) => p.from < p.to);
}

/** Qualifier lines right under a title, "(征求意见稿)" or "(2022-2024年)", belong to it. */
export function titleEnd(page: PageLines, title: TitleCandidate): number {
  let end = title.last;
  while (page.isLine(end + 1) && titleQualifier.test(compact(page.text(end + 1)))) end++;
  return end;
}

export type { LineNode };
