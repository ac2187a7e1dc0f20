/** The page frame: header with search box and navigation, language switch, footer. */
import { html, type SafeHtml } from '../html.js';
import { t, type Lang } from '../i18n.js';

export interface PageFrame {
  readonly lang: Lang;
  readonly title: string;
  /** Current path + query, to build the language switch link. */
  readonly url: URL;
  readonly q?: string;
  readonly body: SafeHtml;
  readonly feed?: string;
}

/** Returns the current URL with `lang` set, as a relative link. */
export function langSwitchHref(url: URL, lang: Lang): string {
  const u = new URL(url.href);
  u.searchParams.set('lang', lang);
  return `${u.pathname}${u.search}`;
}

/** Returns a full HTML document. */
export function page(p: PageFrame): string {
  const other: Lang = p.lang === 'ja' ? 'en' : 'ja';
  return `<!doctype html>\n${html`<html lang="${p.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${p.title} — ${t(p.lang, 'site')}</title>
<link rel="stylesheet" href="/static/app.css">
<link rel="alternate" type="application/atom+xml" title="${t(p.lang, 'feed')}" href="${p.feed ?? '/feed.atom'}">
<script src="/static/app.js" defer></script>
</head>
<body>
<header class="site">
  <a class="brand" href="/">${t(p.lang, 'site')}</a>
  <form class="search" action="/search" method="get" role="search">
    <input type="search" name="q" value="${p.q ?? ''}" placeholder="${t(p.lang, 'searchPlaceholder')}" aria-label="${t(p.lang, 'search')}">
    <button type="submit">${t(p.lang, 'search')}</button>
  </form>
  <nav>
    <a href="/search">${t(p.lang, 'search')}</a>
    <a href="/stats">${t(p.lang, 'stats')}</a>
    <a href="${p.feed ?? '/feed.atom'}">${t(p.lang, 'feed')}</a>
    <a href="${langSwitchHref(p.url, other)}" hreflang="${other}" lang="${other}" id="lang-switch">${t(p.lang, 'language')}</a>
  </nav>
</header>
<main>
${p.body}
</main>
<footer>${t(p.lang, 'site')} — ${t(p.lang, 'tagline')} · <a href="/api/openapi.json">API</a></footer>
</body>
</html>`.value}\n`;
}
