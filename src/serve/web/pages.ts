/** Page bodies: pure functions from data to markup. Every document text goes through `html`. */
import type { Evidence, Report } from '../../core/model.js';
import { FIELDS } from '../../core/fields.js';
import type { SearchHit, Snippet } from '../../search/index.js';
import { html, raw, type SafeHtml } from '../html.js';
import { fieldLabel, t, valueLabel, type Lang } from '../i18n.js';
import { FACETS, queryString, stateOf, toggled, type Facet, type SearchQuery } from '../params.js';
import { CHARTS, chartTitle, statsTable, type Stats } from '../stats.js';

/** Returns text with [start, end) spans wrapped in <mark>, everything escaped. */
export function highlighted(text: string, spans: ReadonlyArray<readonly [number, number]>): SafeHtml {
  const parts: unknown[] = [];
  let at = 0;
  for (const [s, e] of spans) {
    if (s < at || e <= s) continue;
    parts.push(text.slice(at, s), html`<mark>${text.slice(s, e)}</mark>`);
    at = e;
  }
  parts.push(text.slice(at));
  return html`${parts}`;
}

function snippetHtml(sn: Snippet): SafeHtml {
  return html`${sn.cutStart ? '…' : ''}${highlighted(sn.text, sn.highlights)}${sn.cutEnd ? '…' : ''}`;
}

export const orgHref = (name: string) => `/orgs/${encodeURIComponent(name)}`;
export const reportHref = (id: string) => `/reports/${id}`;

/** Returns the date a report is filed under: announced, else published. */
export function reportDate(r: Report): string | null {
  return r.extraction?.announced_on ?? r.metadata.published_on ?? null;
}
export function reportOrg(r: Report): string | null {
  return r.extraction?.organization[0] ?? r.metadata.organization ?? null;
}
export function reportTitle(r: Report): string {
  return r.extraction?.title || r.title;
}

function reportCard(lang: Lang, r: Report, snippet?: Snippet): SafeHtml {
  const x = r.extraction;
  const org = reportOrg(r);
  return html`<li>
  <h2><a href="${reportHref(r.id)}">${reportTitle(r)}</a></h2>
  <div class="meta">
    <span>${reportDate(r) ?? '—'}</span>
    ${org ? html`<a href="${orgHref(org)}">${org}</a>` : ''}
    ${x?.casebook_id ? html`<span>#${x.casebook_id}</span>` : ''}
    ${x?.affected != null ? html`<span>${fieldLabel(lang, 'affected')}: ${x.affected.toLocaleString('en-US')}</span>` : ''}
    <span>${(x?.categories ?? []).map((c) => html`<span class="chip">${valueLabel(lang, 'category', c)}</span>`)}</span>
  </div>
  ${snippet ? html`<p class="snippet">${snippetHtml(snippet)}</p>` : ''}
</li>`;
}

export type FacetCounts = Record<Facet, Array<{ value: string; count: number }>>;

/** Returns the facet sidebar: each value a link toggling it in the URL of `base`. */
export function facetSidebar(lang: Lang, base: string, q: SearchQuery, counts: FacetCounts): SafeHtml {
  const active = FACETS.some((f) => q[f]?.length);
  return html`<aside class="facets" aria-label="${t(lang, 'filters')}">
${active ? html`<p><a href="${base}${queryString({ ...stateOf({ q: q.q, sort: q.sort }) })}">${t(lang, 'clear')}</a></p>` : ''}
${FACETS.map((f) => {
  const selected = (q[f] ?? []) as string[];
  let values = counts[f];
  for (const v of selected) if (!values.some((x) => x.value === v)) values = [...values, { value: v, count: 0 }];
  if (f === 'year' || f === 'month') values = [...values].sort((a, b) => b.value.localeCompare(a.value));
  if (values.length === 0) return '';
  return html`<h3>${fieldLabel(lang, f)}</h3>
<ul data-facet="${f}">${values.map((v) => {
    const on = selected.includes(v.value);
    return html`<li><a class="${on ? 'on' : ''}" href="${base}${queryString(stateOf(toggled(q, f, v.value)))}" data-value="${v.value}"${raw(on ? ' aria-current="true"' : '')}><span>${valueLabel(lang, f, v.value)}</span> <span class="count">${v.count}</span></a></li>`;
  })}</ul>`;
})}
</aside>`;
}

/** Home: latest reports and the search box. */
export function homeBody(lang: Lang, latest: readonly Report[], total: number): SafeHtml {
  return html`<h1>${t(lang, 'latest')}</h1>
<p class="meta">${total} ${t(lang, 'results')} · <a href="/search">${t(lang, 'search')}</a> · <a href="/stats">${t(lang, 'stats')}</a></p>
<ol class="hits">${latest.map((r) => reportCard(lang, r))}</ol>`;
}

/** Search results with facets, sort and pagination. */
export function searchBody(lang: Lang, q: SearchQuery, hits: readonly SearchHit[], total: number, perPage: number, counts: FacetCounts): SafeHtml {
  const pageNo = q.page ?? 1;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const sort = q.sort ?? 'date';
  const sortLink = (s: 'date' | 'affected', label: string) =>
    html`<a class="${sort === s ? 'on' : ''}" href="/search${queryString(stateOf({ ...q, sort: s === 'date' ? undefined : s, page: undefined }))}">${label}</a>`;
  const pageLink = (n: number) => `/search${queryString(stateOf({ ...q, page: n }))}`;
  return html`<div class="layout">
${facetSidebar(lang, '/search', q, counts)}
<section>
  <div class="toolbar">
    <strong id="total">${total} ${t(lang, 'results')}</strong>
    <span>${t(lang, 'sort')}: ${sortLink('date', t(lang, 'sortDate'))} · ${sortLink('affected', t(lang, 'sortAffected'))}</span>
    <a href="/stats${queryString(stateOf({ ...q, sort: undefined, page: undefined }))}">${t(lang, 'stats')}</a>
    <a href="/feed.atom${queryString({ q: q.q })}">${t(lang, 'feed')}</a>
  </div>
  ${hits.length ? html`<ol class="hits">${hits.map((h) => reportCard(lang, h.report, h.snippet))}</ol>` : html`<p>${t(lang, 'noResults')}</p>`}
  ${pages > 1
    ? html`<nav class="pages" aria-label="${t(lang, 'page')}">
    ${pageNo > 1 ? html`<a rel="prev" href="${pageLink(pageNo - 1)}">${t(lang, 'prev')}</a>` : ''}
    <span>${t(lang, 'page')} ${pageNo} / ${pages}</span>
    ${pageNo < pages ? html`<a rel="next" href="${pageLink(pageNo + 1)}">${t(lang, 'next')}</a>` : ''}
  </nav>`
    : ''}
</section>
</div>`;
}

/** Evidence spans laid out as non-overlapping marks: each mark gets an id where an evidence starts. */
export interface EvidenceLayout {
  readonly text: SafeHtml;
  /** Index into the evidence list → the id of the mark where it starts. */
  readonly anchorOf: Map<number, string>;
}

/** Returns the report text with every valid evidence span wrapped in <mark id="ev-N" data-field="…">. */
export function evidenceText(text: string, evidence: readonly Evidence[]): EvidenceLayout {
  const valid = evidence.map((e, i) => ({ e, i })).filter(({ e }) => Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.end <= text.length && e.start < e.end);
  const cuts = new Set<number>([0, text.length]);
  for (const { e } of valid) cuts.add(e.start).add(e.end);
  const points = [...cuts].sort((a, b) => a - b);
  const anchorOf = new Map<number, string>();
  const parts: unknown[] = [];
  let n = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    const [s, e] = [points[k], points[k + 1]];
    const covering = valid.filter((v) => v.e.start <= s && v.e.end >= e);
    const piece = text.slice(s, e);
    if (covering.length === 0) {
      parts.push(piece);
      continue;
    }
    const starting = covering.filter((v) => v.e.start === s);
    const fields = [...new Set(covering.map((v) => v.e.field))].join(' ');
    if (starting.length) {
      const id = `ev-${++n}`;
      for (const v of starting) anchorOf.set(v.i, id);
      const title = starting.map((v) => `${v.e.field} (${v.e.rule})`).join(', ');
      parts.push(html`<mark id="${id}" data-field="${fields}" title="${title}">${piece}</mark>`);
    } else {
      parts.push(html`<mark data-field="${fields}">${piece}</mark>`);
    }
  }
  return { text: html`${parts}`, anchorOf };
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function displayValue(lang: Lang, field: string, v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'boolean') return valueLabel(lang, 'follow_up', String(v));
  if (typeof v === 'number') return v.toLocaleString('en-US');
  if (typeof v === 'object' && v && 'kind' in v && 'value' in v) {
    const c = v as { kind: string; value: number };
    return `${c.value.toLocaleString('en-US')} ${valueLabel(lang, 'count_kind', c.kind)}`;
  }
  return valueLabel(lang, field, String(v));
}

/** Report: every extracted field beside the text, each value linked to its evidence. */
export function reportBody(lang: Lang, r: Report, sourceInfo: { media_type: string; ingested_at: string } | null): SafeHtml {
  const x = r.extraction;
  const evidence = x?.evidence ?? [];
  const layout = evidenceText(r.text, evidence);
  const org = reportOrg(r);
  const url = r.metadata.url && /^https?:\/\//i.test(r.metadata.url) ? r.metadata.url : null;
  const rows = x
    ? FIELDS.map((f) => {
        const value = (x as unknown as Record<string, unknown>)[f.name];
        const evs = evidence.map((e, i) => ({ e, i })).filter(({ e }) => e.field === f.name);
        const items = Array.isArray(value) ? value : value === null || value === undefined || value === '' ? [] : [value];
        const linkFor = (v: unknown) => {
          const hit = evs.find(({ e }) => sameValue(e.value, v)) ?? evs[0];
          return hit ? layout.anchorOf.get(hit.i) : undefined;
        };
        const shown = items.map((v) => {
          const label = f.name === 'organization' && typeof v === 'string' ? v : displayValue(lang, f.name, v);
          const anchor = linkFor(v);
          return anchor ? html`<a href="#${anchor}" data-field="${f.name}">${label}</a>` : html`<span>${label}</span>`;
        });
        return html`<dt>${f.label[lang]}</dt><dd data-field="${f.name}">${shown.length ? shown : '—'}${
          f.name === 'organization' && org ? html` <a href="${orgHref(org)}" class="org-link">→ ${t(lang, 'orgReports')}</a>` : ''
        }</dd>`;
      })
    : [];
  return html`<h1>${reportTitle(r)}</h1>
<div class="meta">
  ${x?.casebook_id ? html`<span>${fieldLabel(lang, 'casebook_id')}: #${x.casebook_id}</span>` : ''}
  <span>${fieldLabel(lang, 'announced_on')}: ${reportDate(r) ?? '—'}</span>
  ${org ? html`<span>${t(lang, 'organization')}: <a href="${orgHref(org)}">${org}</a></span>` : ''}
  <a href="/reports/${r.id}/original" download>${t(lang, 'original')}</a>
  ${url ? html`<a href="${url}" rel="noopener noreferrer nofollow">${t(lang, 'sourceUrl')}</a>` : ''}
  ${sourceInfo ? html`<span>${t(lang, 'ingestedAt')}: ${sourceInfo.ingested_at}</span>` : ''}
  <span>${t(lang, 'line')} ${r.line}</span>
  ${x ? html`<span>${t(lang, 'extractor')} ${x.extractor_version}</span>` : ''}
</div>
<div class="report">
  <dl class="fields" aria-label="${t(lang, 'fields')}">${rows}</dl>
  <pre class="text" aria-label="${t(lang, 'text')}">${layout.text}</pre>
</div>`;
}

/** Organisation: its reports on a timeline, oldest first. */
export function orgBody(lang: Lang, name: string, reports: readonly Report[]): SafeHtml {
  const sorted = [...reports].sort((a, b) => (reportDate(a) ?? '9999').localeCompare(reportDate(b) ?? '9999'));
  return html`<h1>${name}</h1>
<p class="meta">${reports.length} ${t(lang, 'results')} · <a href="/search${queryString({ q: name })}">${t(lang, 'search')}</a></p>
<ol class="timeline">${sorted.map(
    (r) => html`<li><time datetime="${reportDate(r) ?? ''}">${reportDate(r) ?? '—'}</time><a href="${reportHref(r.id)}">${reportTitle(r)}</a>
  <div class="meta">${(r.extraction?.categories ?? []).map((c) => html`<span class="chip">${valueLabel(lang, 'category', c)}</span>`)}${
    r.extraction?.affected != null ? html`<span>${fieldLabel(lang, 'affected')}: ${r.extraction.affected.toLocaleString('en-US')}</span>` : ''
  }</div></li>`,
  )}</ol>`;
}

/** Statistics: each chart as SVG, its numbers as a table, and a CSV link. */
export function statsBody(lang: Lang, q: SearchQuery, stats: Stats, svgs: Record<string, string>, counts: FacetCounts): SafeHtml {
  const state = stateOf({ ...q, sort: undefined, page: undefined });
  return html`<div class="layout">
${facetSidebar(lang, '/stats', q, counts)}
<section>
  <h1>${t(lang, 'stats')}</h1>
  <p class="meta"><span id="total">${stats.total} ${t(lang, 'results')}</span>${q.q ? html`<span>「${q.q}」</span>` : ''}<a href="/search${queryString(state)}">${t(lang, 'search')}</a></p>
  ${CHARTS.map((c) => {
    const table = statsTable(stats, c, lang);
    return html`<section class="chart" id="chart-${c}" data-chart="${c}">
  <h2>${chartTitle(c, lang)}</h2>
  <figure>${raw(svgs[c])}</figure>
  <p><a href="/stats.csv${queryString({ ...state, chart: c })}" download>${t(lang, 'csv')}</a></p>
  <details open><summary>${t(lang, 'count')}</summary>
  <table class="data"><thead><tr>${table.header.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
  <tbody>${table.rows.map((row) => html`<tr>${row.map((v) => (typeof v === 'number' ? html`<td class="n">${v}</td>` : html`<td>${v}</td>`))}</tr>`)}</tbody></table>
  </details>
</section>`;
  })}
</section>
</div>`;
}

/** An error page body. */
export function errorBody(lang: Lang, heading: string, message: string): SafeHtml {
  return html`<div class="error"><h1>${heading}</h1><p>${message}</p><p><a href="/">${t(lang, 'site')}</a></p></div>`;
}
