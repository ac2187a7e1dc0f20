/**
 * Line features that tell a post's headline from the other lines of a page: page chrome, trailers
 * of the post above, section headings and list items inside a release, body sentences. Each is a
 * rule of the Japanese press-release / news-blog layout, not of one page. They read the line
 * after NFKC (full-width digits and punctuation folded) and trimmed.
 */
import { LEGAL_PREFIX, ORG_SUFFIX } from '../core/org-names.js';

/** Returns the line NFKC-folded and trimmed of whitespace (NBSP and ideographic space included). */
export function fold(line: string): string {
  return line.normalize('NFKC').replace(/^[\s\u00A0\u200B\uFEFF]+|[\s\u00A0\u200B\uFEFF]+$/g, '');
}

/** Length in code points, the unit the length limits are written in. */
export function charLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

// ---------------------------------------------------------------------------------------------
// Page chrome: blog furniture that is no report and belongs to none.

const CHROME: readonly RegExp[] = [
  /の投稿を表示しています/, // Blogger label / search page header
  /^すべての投稿を表示$/,
  /^(?:ホーム|HOME|Home|トップ|TOP)$/,
  /^(?:前|次|新しい|古い|以前)の(?:投稿|記事|ページ)/,
  /^(?:もっと見る|続きを読む|コメントを投稿|リンクを取得|このブログを検索|メイン コンテンツにスキップ|共有)$/,
  /^(?:ラベル|投稿者|Labels?)\s*[::]/,
  /^\S+(?:\s*[>›»]\s*[^>›»]+){2,}$/, // breadcrumbs: ホーム > スクラップ > …
];

/** Whether the line is page chrome (Blogger label header, "すべての投稿を表示", navigation, crumbs). */
export function isPageChrome(f: string): boolean {
  return CHROME.some((re) => re.test(f));
}

// ---------------------------------------------------------------------------------------------
// Trailers: the lines a blog post ends with, pointing at its source. They belong to the post above.

const TRAILER = /^(?:出典|参考|引用元?|ソース|元記事|情報源|via)\s*[::]|^(?:リリース文)?アーカイブ$/i;

/** Whether the line is a post trailer: `出典:…`, `参考:…`, `リリース文アーカイブ`. */
export function isTrailer(f: string): boolean {
  return TRAILER.test(f);
}

// ---------------------------------------------------------------------------------------------
// Section marks: headings and list items inside a release.

const OPEN_LABEL = '【≪《<〈\\[「『';
const CLOSE_LABEL = '】≫》>〉\\]」』';
/** A line that is nothing but one bracketed label: 【速報】, ≪概要≫, <注文時入力必須項目>. */
const LABEL_ONLY = new RegExp(`^[${OPEN_LABEL}][^${CLOSE_LABEL}]*[${CLOSE_LABEL}]\\s*(?:\\(.*\\))?$`);

const SECTION_MARKS: readonly RegExp[] = [
  /^[※・•●○〇◎◆◇■□▼▽▲△▶▷►→⇒*\-–—≪《〈<#>]/, // note, bullet and box marks; Markdown heading and quote
  /^[①-⑳㈠-㈩]/, // circled numbers
  /^\(\s*(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3}|[a-zA-Z]|[ア-ン])\s*\)|^\(\s*[※*]/, // (1) (一) (a) (※)… (*1)
  /^[0-9]{1,2}\s*[.、)](?![0-9])/, // 1.経緯  2. 被害の状況  4 . 今後  1)被処分者
  /^[0-9]{1,2}[ \u3000]+\S/, // 1 概要  3 判明後の対応
  /^[一二三四五六七八九十]{1,3}\s*[、.]/, // 一、概要
  /^第\s*[0-9一二三四五六七八九十]+\s*[条章項節報回]/, // 第1報 第2章
  /^[a-zA-Z][.)]\s/, // a) b.
  /^(?:Q|A)\s*[.:]/, // Q. / A.
];

/** A bracketed tag with text after it on the same line (【重要】, 【お詫び】). */
const TAG_PREFIX = /^【[^】]{1,20}】\s*(?=\S)/;

/** Whether the line opens like a section heading or list item (※, ・, (1), 1., ≪, 【, ■ …). */
export function hasSectionMark(f: string): boolean {
  return SECTION_MARKS.some((re) => re.test(f));
}

/** Whether the line is one bracketed label or parenthetical aside and nothing else (【続報】, ≪概要≫, (以下省略)). */
export function isLabelOnly(f: string): boolean {
  return LABEL_ONLY.test(f) || /^\(.*\)$/.test(f);
}

/** A field of a form or table, `項目:値` (a short label, then a colon). */
const FIELD = /^[^:]{1,12}:(?!\/\/)/;

/** Whether the line is a `label: value` field (`対象のお客様契約数: 132契約`). */
export function isField(f: string): boolean {
  return FIELD.test(f);
}

/** A URL, a mail address, a Markdown image or link standing alone. */
const ADDRESS_ONLY = /^(?:<?(?:https?:\/\/|www\.)\S*>?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|!?\[[^\]]*\]\([^)]*\))$/i;

/** Whether the line is only an address (URL, e-mail, Markdown link or image). */
export function isAddressOnly(f: string): boolean {
  return ADDRESS_ONLY.test(f);
}

/** The title of a web page as browsers show it, `記事名 | サイト名`: a pasted link, not a headline. */
export function isPageTitle(f: string): boolean {
  return /\S\s+[|｜]\s+\S/.test(f);
}

/**
 * The name of an organisation and nothing else: a signature under a release. A headline says what
 * happened; an organisation alone names no event.
 */
const ORG_ONLY = new RegExp(`^(?:${LEGAL_PREFIX}\\s*[^\\s、。]{1,30}|[^\\s、。をにがはでへとのもや]{1,30}${ORG_SUFFIX})$`);

/** Whether the line is only an organisation's name (`株式会社丸菱ホールディングス`). */
export function isOrganizationOnly(f: string): boolean {
  return ORG_ONLY.test(f);
}

// ---------------------------------------------------------------------------------------------
// Dates and figures.

const DATE = String.raw`(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}[/.]\d{1,2}[/.]\d{1,2}|(?:令和|平成)\s*(?:元|\d{1,2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)`;
const WEEKDAY = String.raw`(?:\s*[((]?[月火水木金土日](?:曜日?)?[))]?)?`;
/**
 * A headline ending in its release date, optionally followed by the announcing organisation
 * (`… 2022年6月24日 株式会社日経BP`): the head, whitespace, the date, then at most two short tokens.
 */
const DATED_HEADLINE = new RegExp(String.raw`^(.*?\S)\s+${DATE}${WEEKDAY}(?:\s+\S{1,40}(?:\s\S{1,20})?)?$`);
/** A line led by a full date (or month and day): a date header, a signature date, a timeline entry. */
const DATE_LED = new RegExp(String.raw`^(?:${DATE}|\d{1,2}\s*月\s*\d{1,2}\s*日)`);
const FIGURE_ONLY = /^(?:約|計|合計)?\s*[0-9][0-9,.]*\s*(?:件|名|人|円|万|億|千|百|%|社|台|回)+.{0,4}$/;

/** Returns the headline part of a line that ends in a date (`… 2024/11/26`), or null. */
export function datedHead(f: string): string | null {
  const m = DATED_HEADLINE.exec(f);
  return m ? m[1] : null;
}

/** Whether the line opens with a date (`令和6年11月22日`, `2025/08/29 調査報告を受領`): a date line or timeline entry, no headline. */
export function isDateLed(f: string): boolean {
  return DATE_LED.test(f);
}

/** Whether the line is a bare figure (`約7,600件`), a table cell rather than a headline. */
export function isFigureOnly(f: string): boolean {
  return FIGURE_ONLY.test(f);
}

// ---------------------------------------------------------------------------------------------
// Sentence endings. A headline is a noun phrase or ends in a plain verb without 。; a body line
// ends with an inflected verb or auxiliary and 。(…ます。 …ている。 …た。 …と述べていた。).
// A headline may still end with 。 after a noun or a case particle (…可能に。 …方針。).

/** Hiragana a predicate ends with before 。 (verb endings, auxiliaries, adjectives, sentence particles). */
const PREDICATE_END = /[たるいすうくぬずんだつむぶぐよねわ][)」』]*。$/;
const CLOSED_SENTENCE = /[)」』]。$|こと。$/;

/** Whether the line ends like a sentence: an inflected verb or auxiliary followed by 。 (an enclosing bracket aside). */
export function endsLikeSentence(f: string): boolean {
  const s = f.replace(/[)」』]+$/, '').replace(/[.]$/, '。');
  return PREDICATE_END.test(s) || CLOSED_SENTENCE.test(s);
}

/** Whether the line breaks off mid-sentence (ends with a comma), so the paragraph goes on. */
export function endsMidSentence(f: string): boolean {
  return /[、,]$/.test(f);
}

// ---------------------------------------------------------------------------------------------
// Headline shape.

/** Length limits of a headline without a casebook prefix, in code points. */
export const MIN_HEADLINE = 8;
export const MAX_HEADLINE = 130;
/** A headline that ends in a date carries the date and an organisation too. */
export const MAX_DATED_HEADLINE = 170;

/**
 * Why a line cannot be a headline, or null when its shape allows one. Applies to every candidate
 * except casebook headings.
 */
export function notHeadlineReason(line: string): string | null {
  // Far too long for any headline: decided before the patterns run.
  if (line.length > 4 * MAX_DATED_HEADLINE) return 'too-long';
  let f = line;
  if (isPageChrome(f)) return 'chrome';
  if (isTrailer(f)) return 'trailer';
  if (isLabelOnly(f)) return 'label';
  // 【重要】…のお知らせ: a tag before the headline proper; judge what follows it.
  const tag = TAG_PREFIX.exec(f);
  if (tag) f = f.slice(tag[0].length);
  if (hasSectionMark(f)) return 'section-mark';
  if (isAddressOnly(f)) return 'address';
  if (isField(f)) return 'field';
  if (isPageTitle(f)) return 'page-title';
  if (isDateLed(f)) return 'date-led';
  if (isFigureOnly(f)) return 'figure-only';
  if (isOrganizationOnly(f)) return 'organization-only';
  if (endsMidSentence(f)) return 'mid-sentence';
  const len = charLength(f);
  if (len < MIN_HEADLINE) return 'too-short';
  const head = datedHead(f);
  if (head !== null) {
    if (charLength(head) < MIN_HEADLINE) return 'too-short';
    if (len > MAX_DATED_HEADLINE) return 'too-long';
    if (endsLikeSentence(head)) return 'sentence';
    return null;
  }
  if (len > MAX_HEADLINE) return 'too-long';
  if (endsLikeSentence(f)) return 'sentence';
  return null;
}
