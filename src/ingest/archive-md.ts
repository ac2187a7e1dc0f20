/**
 * The release-archive Markdown layout (security-incident-archive/YYYY/MM/DD_組織名.md):
 *
 *   # 公表概要            list: title, date (2024年12月10日), organisation, URL, extra "第1報：URL" items
 *   # 事案ID              optional list: incident key
 *   # 公表種別            optional list: 初報 / 続報 / …
 *   # 本文                the release text
 *
 * Real files vary: `#   本文`, ` # 本文`, an empty `#` or `# 公表以外用` instead of `# 公表概要`, and some
 * files hold several releases (`# 続報` + `# 公表概要`, `# 公表概要（復旧報）`); each becomes a segment.
 */
import type { DocumentMetadata, Segment } from '../core/model.js';
import { parseDate } from './dates.js';

/** Metadata of the file (its first release) and one segment per release. */
export interface ArchiveMarkdown {
  readonly metadata: DocumentMetadata;
  readonly segments: readonly Segment[];
}

interface Line {
  readonly text: string;
  readonly start: number;
  /** 1-based. */
  readonly no: number;
}

interface Release {
  start: number;
  line: number;
  /** Kind stated by the heading itself: `# 続報` before the summary, `# 公表概要（復旧報）`. */
  headingKind?: string;
  title?: string;
  published_on?: string;
  sawDate: boolean;
  organization?: string;
  url?: string;
  incident_key?: string;
  publication_kind?: string;
  related_urls: string[];
}

const H1 = /^[ \t]*#(?!#)[ \t\u3000]*(.*?)[ \t\u3000]*$/;
/** A list item; real headers also have `-2025年12月25日` with no space after the dash. */
const ITEM = /^[ \t\u3000]*[-*+](?![-*+])[ \t\u3000]*(.*?)[ \t\u3000]*$/;
/** Header items carry one URL each and it ends the item, so take everything up to whitespace. */
const URL = /https?:\/\/\S+/;
const BODY = /^本文$/;

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  let no = 1;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const raw = text.slice(start, nl === -1 ? text.length : nl);
    out.push({ text: raw.replace(/\r$/, ''), start, no });
    if (nl === -1) return out;
    start = nl + 1;
    no++;
  }
}

function heading(line: Line | undefined): string | null {
  if (!line) return null;
  const m = H1.exec(line.text);
  return m ? m[1] : null;
}

function isSummaryName(name: string): boolean {
  return name === '' || /^公表(?:概要|以外用)/.test(name);
}

/** Returns the index of the next non-blank line at or after i. */
function nextNonBlank(lines: readonly Line[], i: number): number {
  while (i < lines.length && lines[i].text.trim() === '') i++;
  return i;
}

/** A summary heading: `# 公表概要…`, `# 公表以外用` or an empty `#`, followed by list items. */
function isSummaryAt(lines: readonly Line[], i: number): boolean {
  const name = heading(lines[i]);
  if (name === null || !isSummaryName(name)) return false;
  const j = nextNonBlank(lines, i + 1);
  return j < lines.length && ITEM.test(lines[j].text);
}

function kindFromSummaryName(name: string): string | undefined {
  const m = /^公表概要[（(]\s*(.+?)\s*[）)]$/.exec(name);
  return m ? m[1] : undefined;
}

/** Drops closing brackets and punctuation that end the sentence, not the URL. */
function trimUrl(u: string): string {
  let out = u.replace(/[、。，．,.;；]+$/, '');
  while (/[)）\]」』]$/.test(out)) {
    const close = out.slice(-1);
    const open = { ')': '(', '）': '（', ']': '[', '」': '「', '』': '『' }[close]!;
    if (out.split(open).length >= out.split(close).length) break;
    out = out.slice(0, -1);
  }
  return out;
}

function addSummaryItem(r: Release, item: string): void {
  const m = URL.exec(item);
  if (m) {
    const url = trimUrl(m[0]);
    if (m.index === 0 && r.url === undefined) r.url = url;
    else r.related_urls.push(url);
    return;
  }
  if (r.title === undefined) {
    r.title = item;
    return;
  }
  if (!r.sawDate && /^\d{4}\s*(?:年|[/-]\d)/.test(item.normalize('NFKC'))) {
    r.sawDate = true;
    // "2025年3月XX日?" stays without a date rather than getting a wrong one.
    const d = parseDate(item);
    if (d) r.published_on = d;
    return;
  }
  if (r.organization === undefined) r.organization = item;
}

function metadataOf(r: Release): DocumentMetadata {
  const kind = r.publication_kind ?? r.headingKind;
  return {
    ...(r.title !== undefined ? { title: r.title } : {}),
    ...(r.published_on !== undefined ? { published_on: r.published_on } : {}),
    ...(r.organization !== undefined ? { organization: r.organization } : {}),
    ...(r.url !== undefined ? { url: r.url } : {}),
    ...(r.incident_key !== undefined ? { incident_key: r.incident_key } : {}),
    ...(kind !== undefined ? { publication_kind: kind } : {}),
    ...(r.related_urls.length > 0 ? { related_urls: [...r.related_urls] } : {}),
  };
}

/**
 * Returns the header metadata of an archive-Markdown text (from its first release) and one segment
 * per release, tiling the whole text; a one-release file gives one segment from 0 to text.length.
 */
export function parseArchiveMarkdown(text: string): ArchiveMarkdown {
  const lines = splitLines(text);
  const releases: Release[] = [];
  let cur: Release | null = null;
  let section: 'summary' | 'key' | 'kind' | 'other' | 'body' = 'other';

  const open = (lineIndex: number, headingKind?: string): Release => {
    // The first release always starts at offset 0, so a BOM or leading blank lines belong to it.
    const first = releases.length === 0;
    const r: Release = {
      start: first ? 0 : lines[lineIndex].start,
      line: first ? 1 : lines[lineIndex].no,
      ...(headingKind ? { headingKind } : {}),
      sawDate: false,
      related_urls: [],
    };
    releases.push(r);
    return r;
  };

  for (let i = 0; i < lines.length; i++) {
    const name = heading(lines[i]);
    if (name !== null) {
      const inHeader = cur !== null && section !== 'body';
      if (isSummaryAt(lines, i)) {
        // A second summary inside the header region (before 本文) is not a new release.
        if (cur === null || section === 'body') cur = open(i, kindFromSummaryName(name));
        section = 'summary';
        continue;
      }
      if (section === 'body' || cur === null) {
        // `# 続報` on its own line, directly followed by a summary heading, starts the next release.
        const j = nextNonBlank(lines, i + 1);
        if (!BODY.test(name) && name !== '' && isSummaryAt(lines, j)) {
          cur = open(i, name);
          section = 'other';
          i = j - 1;
          continue;
        }
        continue; // a level-1 heading inside a release text
      }
      if (inHeader) {
        section = BODY.test(name) ? 'body' : name === '事案ID' ? 'key' : name === '公表種別' ? 'kind' : 'other';
      }
      continue;
    }
    if (cur === null || section === 'body' || section === 'other') continue;
    const item = ITEM.exec(lines[i].text);
    if (!item || item[1] === '') continue;
    if (section === 'summary') addSummaryItem(cur, item[1]);
    else if (section === 'key' && cur.incident_key === undefined) cur.incident_key = item[1];
    else if (section === 'kind' && cur.publication_kind === undefined) cur.publication_kind = item[1];
  }

  if (releases.length === 0) {
    const title = lines.map((l) => l.text.replace(/^[\s#\-*]+/, '').trim()).find((t) => t !== '') ?? '';
    return { metadata: title ? { title } : {}, segments: [{ start: 0, end: text.length, line: 1, title }] };
  }

  // Later releases in the same file are the same organisation's follow-ups unless they say otherwise.
  const first = releases[0];
  for (const r of releases.slice(1)) {
    r.organization ??= first.organization;
    r.incident_key ??= first.incident_key;
    if (r.published_on === undefined && !r.sawDate) r.published_on = first.published_on;
  }
  // One file is one report: the archive files an update appended to its release together with it.
  const metadata = metadataOf(first);
  const segments: Segment[] = [{ start: 0, end: text.length, line: first.line, title: first.title ?? '', metadata }];
  return { metadata, segments };
}
