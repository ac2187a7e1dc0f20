/**
 * Charts as server-side SVG with ECharts (no browser, no client script). The SVG is rewritten
 * to satisfy a strict Content-Security-Policy: ECharts' `<style>` element (hover effects only)
 * is dropped and its inline `style="…"` attributes become SVG presentation attributes.
 */
import * as echarts from 'echarts';
import { valueLabel, t, type Lang } from '../i18n.js';
import type { Stats, ChartName } from '../stats.js';

const FONT = 'Noto Sans CJK JP, Noto Sans JP, sans-serif';
const PRESENTATION = new Set(['font-size', 'font-family', 'font-weight', 'font-style', 'fill', 'stroke', 'opacity', 'fill-opacity', 'stroke-opacity', 'stroke-width']);

/** Returns SVG markup without `<style>` elements and inline style attributes (CSP `style-src 'self'`). */
export function cspSafeSvg(svg: string): string {
  return svg
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/\s(?:ecmeta_[a-z_]+|class)="[^"]*"/g, '')
    .replace(/\sstyle="([^"]*)"/g, (_m, decls: string) =>
      decls
        .split(';')
        .map((d) => {
          const i = d.indexOf(':');
          if (i < 0) return '';
          const prop = d.slice(0, i).trim().toLowerCase();
          const value = d.slice(i + 1).trim();
          return PRESENTATION.has(prop) && value ? ` ${prop}="${value.replace(/"/g, '&quot;')}"` : '';
        })
        .join(''),
    );
}

function render(option: echarts.EChartsOption, width: number, height: number, label: string): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, ...option });
    const svg = cspSafeSvg(chart.renderToSVGString());
    // role/aria-label make the chart an image with a name; the table below carries the numbers.
    return svg.replace('<svg ', `<svg role="img" aria-label="${label.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)}" `);
  } finally {
    chart.dispose();
  }
}

const truncate = (s: string, n = 18) => (Array.from(s).length > n ? `${Array.from(s).slice(0, n).join('')}…` : s);

// Rendering costs tens of milliseconds a chart, so SVGs are memoised. The key is the chart's
// data itself, never a time or a version: after an ingest changes the numbers, the key changes
// too, so a cached SVG can never be stale. Least recently used entries are dropped.
const CACHE_SIZE = 256;
const cache = new Map<string, string>();

function chartData(stats: Stats, chart: ChartName): unknown {
  return chart === 'monthly' ? stats.monthly : stats[chart];
}

/** Returns the SVG of one statistic (memoised on its data, language and title). */
export function chartSvg(stats: Stats, chart: ChartName, lang: Lang, title: string): string {
  const key = JSON.stringify([chart, lang, title, chartData(stats, chart)]);
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const svg = renderChart(stats, chart, lang, title);
  cache.set(key, svg);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return svg;
}

function renderChart(stats: Stats, chart: ChartName, lang: Lang, title: string): string {
  const W = 760;
  switch (chart) {
    case 'monthly':
      return render(
        {
          legend: { type: 'plain', bottom: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 11 } },
          grid: { left: 40, right: 16, top: 16, bottom: 80 },
          xAxis: { type: 'category', data: stats.monthly.months, axisLabel: { fontSize: 11 } },
          yAxis: { type: 'value', minInterval: 1 },
          series: stats.monthly.series.map((s) => ({ type: 'bar', stack: 'all', name: valueLabel(lang, 'category', s.category), data: s.counts })),
        },
        W,
        380,
        title,
      );
    case 'org_type':
      return render(
        {
          series: [
            {
              type: 'pie',
              radius: ['35%', '65%'],
              label: { formatter: '{b}: {c} ({d}%)' },
              data: stats.org_type.map((r) => ({ name: r.value ? valueLabel(lang, 'org_type', r.value) : t(lang, 'unknown'), value: r.count })),
            },
          ],
        },
        W,
        320,
        title,
      );
    case 'data_type':
    case 'organization': {
      const rows = chart === 'data_type' ? stats.data_type.map((r) => ({ name: valueLabel(lang, 'data_type', r.value), count: r.count })) : stats.organization.map((r) => ({ name: truncate(r.value), count: r.count }));
      const ordered = [...rows].reverse();
      return render(
        {
          grid: { left: 180, right: 40, top: 10, bottom: 30 },
          xAxis: { type: 'value', minInterval: 1 },
          yAxis: { type: 'category', data: ordered.map((r) => r.name), axisLabel: { fontSize: 11 } },
          series: [{ type: 'bar', data: ordered.map((r) => r.count), label: { show: true, position: 'right' } }],
        },
        W,
        Math.max(160, 40 + rows.length * 24),
        title,
      );
    }
    case 'affected':
      return render(
        {
          grid: { left: 40, right: 16, top: 20, bottom: 40 },
          xAxis: { type: 'category', data: stats.affected.map((r) => (r.digits === null ? t(lang, 'unknown') : r.label)), axisLabel: { interval: 0, fontSize: 11 } },
          yAxis: { type: 'value', minInterval: 1 },
          series: [{ type: 'bar', data: stats.affected.map((r) => r.count), label: { show: true, position: 'top' } }],
        },
        W,
        300,
        title,
      );
  }
}
