/**
 * The app's own static assets, served from /static/ (same origin, so CSP `'self'` covers them).
 * The pages work without the script; it only adds a flash on the evidence a click scrolled to.
 */

export const APP_CSS = `
:root { --ink:#1d2330; --muted:#5b6475; --line:#d9dde5; --accent:#1f5fbf; --mark:#ffe27a; --bg:#fafbfc; }
* { box-sizing: border-box; }
body { margin:0; font-family: "Noto Sans CJK JP", "Noto Sans JP", system-ui, sans-serif; color:var(--ink); background:var(--bg); line-height:1.6; }
a { color: var(--accent); }
header.site { display:flex; gap:1rem; align-items:center; flex-wrap:wrap; padding:.6rem 1.2rem; background:#fff; border-bottom:1px solid var(--line); }
header.site .brand { font-weight:700; font-size:1.2rem; text-decoration:none; color:var(--ink); }
header.site nav { display:flex; gap:1rem; margin-left:auto; }
form.search { display:flex; gap:.4rem; flex:1; min-width:16rem; max-width:40rem; }
form.search input[type=search] { flex:1; padding:.4rem .6rem; border:1px solid var(--line); border-radius:4px; font:inherit; }
form.search button { padding:.4rem .9rem; font:inherit; }
main { padding:1rem 1.2rem; max-width:1400px; margin:0 auto; }
.layout { display:grid; grid-template-columns: 16rem 1fr; gap:1.5rem; }
@media (max-width: 800px) { .layout, .report { grid-template-columns: 1fr !important; } }
aside.facets h3 { font-size:.9rem; margin:1rem 0 .3rem; color:var(--muted); }
aside.facets ul { list-style:none; padding:0; margin:0; }
aside.facets li a { display:flex; justify-content:space-between; text-decoration:none; padding:.1rem .3rem; border-radius:3px; }
aside.facets li a.on { background:var(--accent); color:#fff; }
aside.facets li a:hover { background:#e8eefb; }
aside.facets li a.on:hover { background:#174a96; }
.count { color:var(--muted); font-size:.85em; }
a.on .count { color:#fff; }
ol.hits { list-style:none; padding:0; }
ol.hits li { background:#fff; border:1px solid var(--line); border-radius:6px; padding:.7rem .9rem; margin-bottom:.6rem; }
ol.hits h2 { font-size:1.05rem; margin:0 0 .2rem; }
.meta { color:var(--muted); font-size:.85rem; display:flex; gap:.8rem; flex-wrap:wrap; }
.chip { display:inline-block; background:#eef1f6; border-radius:10px; padding:0 .5rem; font-size:.8rem; margin-right:.2rem; }
.snippet { margin:.3rem 0 0; font-size:.9rem; }
mark { background:var(--mark); color:inherit; padding:0 1px; }
.toolbar { display:flex; gap:1rem; align-items:center; flex-wrap:wrap; margin-bottom:.6rem; }
.toolbar a.on { font-weight:700; color:var(--ink); text-decoration:none; }
nav.pages { display:flex; gap:.6rem; margin:1rem 0; }
.report { display:grid; grid-template-columns: minmax(18rem, 26rem) 1fr; gap:1.5rem; align-items:start; }
dl.fields { background:#fff; border:1px solid var(--line); border-radius:6px; padding:.8rem 1rem; margin:0; position:sticky; top:.5rem; max-height:96vh; overflow:auto; }
dl.fields dt { font-weight:700; font-size:.85rem; color:var(--muted); margin-top:.5rem; }
dl.fields dd { margin:0 0 0 .2rem; }
dl.fields dd a { margin-right:.4rem; }
pre.text { white-space:pre-wrap; word-break:break-word; background:#fff; border:1px solid var(--line); border-radius:6px; padding:1rem; font-family:inherit; font-size:.95rem; margin:0; }
pre.text mark { scroll-margin-top: 40vh; }
pre.text mark:target, pre.text mark.flash { outline:3px solid #e0a100; background:#ffd23f; }
ol.timeline { list-style:none; padding:0 0 0 1rem; border-left:3px solid var(--line); }
ol.timeline li { position:relative; margin:0 0 .8rem; padding-left:.8rem; }
ol.timeline li::before { content:""; position:absolute; left:-1.45rem; top:.45rem; width:.7rem; height:.7rem; border-radius:50%; background:var(--accent); }
ol.timeline time { font-weight:700; margin-right:.6rem; }
section.chart { background:#fff; border:1px solid var(--line); border-radius:6px; padding:.8rem 1rem; margin-bottom:1.2rem; overflow-x:auto; }
section.chart h2 { font-size:1.05rem; margin:0 0 .4rem; }
section.chart svg { max-width:100%; height:auto; }
table.data { border-collapse:collapse; font-size:.85rem; margin-top:.4rem; }
table.data th, table.data td { border:1px solid var(--line); padding:.15rem .5rem; text-align:left; }
table.data td.n { text-align:right; font-variant-numeric: tabular-nums; }
.error { background:#fff3f3; border:1px solid #e7b4b4; padding:1rem; border-radius:6px; }
footer { color:var(--muted); font-size:.8rem; padding:1rem 1.2rem; }
`;

export const APP_JS = `
// Progressive enhancement only: flash the evidence a field link points at.
document.addEventListener('click', function (e) {
  var a = e.target instanceof Element ? e.target.closest('a[href^="#ev-"]') : null;
  if (!a) return;
  var m = document.getElementById(a.getAttribute('href').slice(1));
  if (!m) return;
  document.querySelectorAll('mark.flash').forEach(function (x) { x.classList.remove('flash'); });
  m.classList.add('flash');
});
`;
