/**
 * HTML → plain text. Blogger archive/label pages become one report per post (title line, two blank
 * lines, paragraphs separated by single blank lines) with the post boundaries as segments; any other
 * page is read as one press release from its main content block.
 */
import * as cheerio from 'cheerio';
import type { DocumentMetadata, Segment } from '../core/model.js';
import { parseDate } from './dates.js';

/** The text of an HTML page and what the page states about itself. */
export interface HtmlConversion {
  readonly text: string;
  readonly metadata: DocumentMetadata;
  /** One segment per post on a Blogger page; absent for other pages. */
  readonly segments?: readonly Segment[];
}

/** The parts of a parsed node this module reads (cheerio's domhandler nodes, structurally). */
interface DomNode {
  readonly type: string;
  readonly name?: string;
  readonly data?: string;
  readonly attribs?: Record<string, string>;
  readonly children?: DomNode[];
}

type $ = cheerio.CheerioAPI;
/** domhandler's node type, reached through cheerio (domhandler is not a direct dependency). */
type AnyNode = Parameters<typeof cheerio.contains>[0];
type Sel = cheerio.Cheerio<AnyNode>;

/** Never text: removed before anything is rendered, wherever they are. */
const DROP = 'script, style, noscript, template, iframe, object, embed, svg, canvas, nav, aside, button, select, textarea, input, link, meta';
/** Blogger chrome that sits inside posts or between them. */
const BLOGGER_DROP = '.post-footer, .post-share-buttons, .comments, #comments, .blog-pager, .post-feeds, .sidebar, .jump-link';

const BLOCK = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'li', 'main', 'ol', 'p', 'section', 'summary', 'table', 'ul',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303F\\uFF01-\\uFF60\\u30FC';
/** A source line break between two CJK characters renders as nothing, not as a space. */
const CJK_BREAK = new RegExp(`(?<=[${CJK}])[ \\t\\r\\n\\f]*\\n[ \\t\\r\\n\\f]*(?=[${CJK}])`, 'gu');
const HARD_BREAK = '\u0000';
const CELL_GAP = '\u0001';

/** Returns one paragraph from the raw inline text of a block ('' when it holds nothing visible). */
function finishParagraph(raw: string): string {
  const text = raw
    // Non-breaking is layout, not content: &nbsp; reads as a plain space.
    .replace(/\u00A0/g, ' ')
    .replace(CJK_BREAK, '')
    .replace(/[ \t\r\n\f]+/g, ' ')
    .replaceAll(CELL_GAP, ' ')
    .split(HARD_BREAK)
    .map((l) => l.replace(/^[ \t]+|[ \t]+$/g, ''))
    .join('\n')
    // `<br><br>` is how Blogger posts separate paragraphs: keep it as one blank line.
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
  return /\S/.test(text) ? text : '';
}

/** Collects paragraphs from a DOM subtree: block elements end paragraphs, inline text joins. */
class TextBuilder {
  readonly paragraphs: string[] = [];
  private inline = '';

  render(node: DomNode): void {
    if (node.type === 'text') {
      this.inline += node.data ?? '';
      return;
    }
    if (node.type === 'cdata') {
      for (const c of node.children ?? []) this.render(c);
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const name = node.name ?? '';
    if (SKIP.has(name)) return;
    if (name === 'br') {
      this.inline += HARD_BREAK;
      return;
    }
    if (name === 'pre') {
      this.flush();
      const pre = textOf(node).replace(/\r\n?/g, '\n').replace(/^\n+|\s+$/g, '');
      if (pre.trim()) this.paragraphs.push(pre);
      return;
    }
    if (name === 'tr') {
      // One table row per line; the table as a whole is one paragraph.
      if (this.inline.trim() && !this.inline.endsWith(HARD_BREAK)) this.inline += HARD_BREAK;
      for (const c of node.children ?? []) this.render(c);
      this.inline += HARD_BREAK;
      return;
    }
    if (name === 'td' || name === 'th') {
      if (this.inline.trim() && !this.inline.endsWith(HARD_BREAK)) this.inline += CELL_GAP;
      for (const c of node.children ?? []) this.render(c);
      return;
    }
    if (name === 'img') {
      const alt = node.attribs?.alt?.trim();
      if (alt) this.inline += alt;
      return;
    }
    const block = BLOCK.has(name);
    if (block) this.flush();
    for (const c of node.children ?? []) this.render(c);
    if (block) this.flush();
  }

  flush(): void {
    const p = finishParagraph(this.inline);
    if (p) this.paragraphs.push(p);
    this.inline = '';
  }

  text(): string {
    this.flush();
    return this.paragraphs.join('\n\n');
  }
}

function textOf(node: DomNode): string {
  if (node.type === 'text') return node.data ?? '';
  if (node.type === 'tag' && node.name === 'br') return '\n';
  if (node.type === 'tag' && SKIP.has(node.name ?? '')) return '';
  return (node.children ?? []).map(textOf).join('');
}

function renderNodes(nodes: readonly DomNode[]): string {
  const b = new TextBuilder();
  for (const n of nodes) b.render(n);
  return b.text();
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function nodesOf(sel: Sel): DomNode[] {
  return sel.toArray() as unknown as DomNode[];
}

function metaContent($: $, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const v = $(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`).first().attr('content');
    if (v && v.trim()) return v.trim();
  }
  return undefined;
}

/** Page-level facts: <title>, canonical URL and a publication date from meta tags. */
function pageMetadata($: $): { title?: string; url?: string; published_on?: string } {
  const title = oneLine($('head > title').first().text() || $('title').first().text()) || undefined;
  const url = $('link[rel="canonical"]').attr('href')?.trim() || metaContent($, 'og:url');
  const published_on = parseDate(
    metaContent($, 'article:published_time', 'og:published_time', 'datePublished', 'date', 'pubdate', 'dc.date', 'DC.date.issued'),
  );
  return {
    ...(title ? { title } : {}),
    ...(url && /^https?:\/\//.test(url) ? { url } : {}),
    ...(published_on ? { published_on } : {}),
  };
}

function isBlogger($: $): boolean {
  return $('.post-outer').length > 0 || ($('.post-title').length > 0 && $('.post-body').length > 0);
}

/** Returns the posts of a Blogger page in document order, each with the date header in force before it. */
function bloggerPosts($: $): Array<{ el: Sel; dateHeader?: string }> {
  const selector = $('.post-outer').length > 0 ? '.post-outer' : '.post';
  const out: Array<{ el: Sel; dateHeader?: string }> = [];
  let dateHeader: string | undefined;
  // One walk in document order, because a date header covers every post after it until the next one.
  $(`.date-header, ${selector}`).each((_, el) => {
    const $el = $(el);
    if ($el.is('.date-header')) dateHeader = oneLine($el.text());
    else if ($el.parents(selector).length === 0) out.push({ el: $el, dateHeader });
  });
  return out;
}

function convertBlogger($: $): HtmlConversion {
  const page = pageMetadata($);
  const posts = bloggerPosts($);
  const parts: string[] = [];
  const segments: Segment[] = [];
  let offset = 0;
  let line = 1;
  for (const { el, dateHeader } of posts) {
    const titleEl = el.find('.post-title').first();
    const title = oneLine(titleEl.text());
    const href = titleEl.find('a[href]').first().attr('href') ?? el.find('a.timestamp-link[href]').first().attr('href');
    // The post's own timestamp (footer) is more precise than the shared date header.
    const own =
      el.find('[itemprop="datePublished"]').first().attr('title') ??
      el.find('[itemprop="datePublished"]').first().attr('content') ??
      el.find('abbr.published').first().attr('title') ??
      el.find('time[datetime]').first().attr('datetime');
    const published_on = parseDate(own) ?? parseDate(dateHeader);
    el.find(DROP).remove();
    el.find(BLOGGER_DROP).remove();
    el.find('form').remove();
    const bodyEl = el.find('.post-body').first();
    const body = renderNodes(nodesOf(bodyEl.length > 0 ? bodyEl : el.children().not('.post-title, .post-header')));
    const segTitle = title || body.split('\n', 1)[0].slice(0, 120);
    if (!segTitle) continue;
    const text = title ? (body ? `${title}\n\n\n${body}` : title) : body;
    if (parts.length > 0) {
      offset += 2;
      line += 2;
    }
    const metadata: DocumentMetadata = {
      title: segTitle,
      ...(published_on ? { published_on } : {}),
      ...(href && /^https?:\/\//.test(href) ? { url: href } : {}),
    };
    segments.push({ start: offset, end: offset + text.length, line, title: segTitle, metadata });
    parts.push(text);
    offset += text.length;
    line += (text.match(/\n/g)?.length ?? 0);
  }
  const metadata: DocumentMetadata = { ...(page.title ? { title: page.title } : {}), ...(page.url ? { url: page.url } : {}) };
  return { text: parts.join('\n\n'), metadata, segments };
}

/** Returns the element holding the page's main text: main, the largest article, or the block with the most paragraph text. */
function contentRoot($: $): Sel {
  const textLen = (el: Sel) => el.text().replace(/\s+/g, '').length;
  const main = $('main, [role="main"]').filter((_, e) => textLen($(e)) > 0).first();
  if (main.length > 0) return main;
  let best: Sel | null = null;
  let bestLen = 0;
  $('article').each((_, e) => {
    const n = textLen($(e));
    if (n > bestLen) [best, bestLen] = [$(e), n];
  });
  if (best) return best;
  // Readability-style fallback: the parent whose own paragraphs hold the most text.
  const score = new Map<AnyNode, number>();
  $('p, pre, li').each((_, p) => {
    const parent = $(p).parent().get(0);
    if (parent) score.set(parent, (score.get(parent) ?? 0) + textLen($(p)));
  });
  let bestNode: AnyNode | null = null;
  for (const [node, n] of score) if (n > bestLen) [bestNode, bestLen] = [node, n];
  const body = $('body');
  if (bestNode && bestLen >= textLen(body) * 0.3) return $(bestNode);
  return body.length > 0 ? body : $.root();
}

/**
 * Removes forms (search boxes, contact forms), except one that wraps most of the page: ASP.NET
 * sites, common among Japanese public bodies, put the whole body inside one `<form>`.
 */
function dropForms($: $): void {
  const total = $('body').text().replace(/\s+/g, '').length;
  $('form').each((_, e) => {
    const n = $(e).text().replace(/\s+/g, '').length;
    if (n < total * 0.5) $(e).remove();
  });
}

function convertPage($: $): HtmlConversion {
  const page = pageMetadata($);
  $(DROP).remove();
  dropForms($);
  const root = contentRoot($);
  const h1 = oneLine(root.find('h1').first().text()) || oneLine($('h1').first().text());
  const timeEl = root.find('time').first().length > 0 ? root.find('time').first() : $('time').first();
  const published_on = page.published_on ?? parseDate(timeEl.attr('datetime')) ?? parseDate(timeEl.text());
  // Site chrome; a header inside the content root is kept when it carries the headline.
  const rootNode = root.get(0);
  $('header, footer').each((_, e) => {
    const $e = $(e);
    const inside = rootNode !== undefined && cheerio.contains(rootNode, e);
    if (!inside || e.name === 'footer' || $e.find('h1, h2').length === 0) $e.remove();
  });
  let text = renderNodes(nodesOf(root));
  const title = h1 || titleFromTitleTag(page.title);
  // Segmentation looks for the headline on the first line; put it there when the layout kept it outside.
  if (title && !text.slice(0, title.length + 200).includes(title)) text = text ? `${title}\n\n\n${text}` : title;
  const metadata: DocumentMetadata = {
    ...(title ? { title } : {}),
    ...(published_on ? { published_on } : {}),
    ...(page.url ? { url: page.url } : {}),
  };
  return { text, metadata };
}

/** `<title>` usually ends with the site name ("お知らせ | 株式会社…"); keep the part before the first bar. */
function titleFromTitleTag(t: string | undefined): string | undefined {
  if (!t) return undefined;
  const first = t.split(/\s[|｜]\s|｜/)[0].trim();
  return first || t;
}

/** Returns the visible text of an HTML page, its self-stated metadata, and one segment per post on Blogger pages. */
export function htmlToText(html: string): HtmlConversion {
  const $ = cheerio.load(html);
  if (isBlogger($)) {
    const blogger = convertBlogger($);
    if (blogger.segments && blogger.segments.length > 0) return blogger;
    // Blogger-like class names but no posts: read the page afresh (convertBlogger removed parts of it) as one release.
    return convertPage(cheerio.load(html));
  }
  return convertPage($);
}
