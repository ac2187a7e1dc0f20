/**
 * The prepared view of one report that every rule reads: the original text, its normalised
 * form with the offset map, the title line, and the context the document supplies.
 */
import type { Evidence, ExtractionContext } from '../core/model.js';
import type { FieldName } from '../core/fields.js';
import { normalizeJa, toOriginalSpan, type Normalized } from '../core/normalize.js';
import { parseJaDate } from '../core/dates.js';

export interface ReportInput {
  /** The report text exactly as stored; evidence offsets point into it. */
  readonly raw: string;
  /** NFKC-normalised text with spelling variants folded; rules match on `norm.text`. */
  readonly norm: Normalized;
  /** Span of the title in `norm.text`: the first line, or the title item of an archive header. */
  readonly titleStart: number;
  readonly titleEnd: number;
  /** Where the body starts in `norm.text` (after an archive header's `# 本文`; 0 otherwise). */
  readonly bodyStart: number;
  /** The document's own facts, merged with what an archive header states. */
  readonly context: ExtractionContext;
}

const ARCHIVE_HEADER = /^\s*#\s*公表概要[ \t]*\n/;
const HEADER_ITEM = /^[ \t]*-[ \t]*(.*?)[ \t]*$/;
/** The header's date item: a year first (`2024年12月10日`, `2025/4/18`, `令和7年4月1日`). */
const HEADER_DATE = /^(?:\d{4}\s?[年/.-]|令和|平成|R\d)/;

/** Returns the prepared input of a report text; an archive-layout header feeds the context. */
export function prepareInput(raw: string, context: ExtractionContext = {}): ReportInput {
  const norm = normalizeJa(raw);
  const text = norm.text;
  const head = ARCHIVE_HEADER.exec(text);
  if (head) {
    const body = /^[ \t]*#[ \t]*本文[ \t]*$/m.exec(text);
    const bodyStart = body ? body.index + body[0].length + 1 : text.length;
    const header = parseArchiveHeader(text.slice(0, body ? body.index : text.length));
    const titleItem = header.items[0];
    return {
      raw,
      norm,
      titleStart: titleItem ? titleItem.start : 0,
      titleEnd: titleItem ? titleItem.end : 0,
      bodyStart: Math.min(bodyStart, text.length),
      context: {
        title: titleItem?.value,
        published_on: header.date,
        organization: header.items[2]?.value,
        publication_kind: header.kind,
        ...context,
      },
    };
  }
  const nl = text.indexOf('\n');
  return { raw, norm, titleStart: 0, titleEnd: nl < 0 ? text.length : nl, bodyStart: 0, context };
}

interface HeaderItem {
  value: string;
  start: number;
  end: number;
}

/** Reads the `# 公表概要` items (title, date, organisation, URL…) and `# 公表種別` of an archive header. */
function parseArchiveHeader(head: string): { items: HeaderItem[]; date?: string; kind?: string } {
  const items: HeaderItem[] = [];
  let section = '';
  let kind: string | undefined;
  let offset = 0;
  for (const line of head.split('\n')) {
    const h = /^[ \t]*#+[ \t]*(\S+)/.exec(line);
    if (h) section = h[1];
    else {
      const m = HEADER_ITEM.exec(line);
      if (m && m[1]) {
        const start = offset + line.indexOf(m[1]);
        if (section === '公表概要') items.push({ value: m[1], start, end: start + m[1].length });
        else if (section === '公表種別') kind ??= m[1];
      }
    }
    offset += line.length + 1;
  }
  // A full date only (`2025年3月XX日` has none); written as the archive writes it, typos included (`2025年4月18日日`).
  const date = items[1] && HEADER_DATE.test(items[1].value) ? (parseJaDate(items[1].value) ?? undefined) : undefined;
  return { items, date, kind };
}

/** Builds an evidence record from a span of the normalised text. */
export function evidenceAt(input: ReportInput, field: FieldName, value: unknown, start: number, end: number, rule: string): Evidence {
  const span = toOriginalSpan(input.norm, start, end);
  return { field, value, start: span.start, end: span.end, quote: input.raw.slice(span.start, span.end), rule };
}

/** A field value with the evidence that supports it. */
export interface FieldResult<T> {
  readonly value: T;
  readonly evidence: readonly Evidence[];
}
