/** Atom 1.0 (RFC 4287) documents: every text escaped, characters XML 1.0 forbids removed. */

// XML 1.0 allows only #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Returns text fit for XML character data and quoted attributes. */
export function xmlEscape(s: string): string {
  return s.replace(INVALID_XML, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export interface AtomEntry {
  readonly id: string;
  readonly title: string;
  readonly link: string;
  /** RFC 3339 timestamp. */
  readonly updated: string;
  readonly summary: string;
  readonly author?: string;
  readonly categories?: readonly string[];
}

export interface AtomFeed {
  readonly id: string;
  readonly title: string;
  readonly selfUrl: string;
  readonly siteUrl: string;
  /** RFC 3339; the newest entry's when there are entries. */
  readonly updated: string;
  readonly entries: readonly AtomEntry[];
}

/** Returns an Atom 1.0 feed document. */
export function atomXml(feed: AtomFeed): string {
  const e = xmlEscape;
  const entries = feed.entries.map(
    (x) => `  <entry>
    <id>${e(x.id)}</id>
    <title>${e(x.title)}</title>
    <link rel="alternate" type="text/html" href="${e(x.link)}"/>
    <updated>${e(x.updated)}</updated>
${x.author ? `    <author><name>${e(x.author)}</name></author>\n` : ''}${(x.categories ?? []).map((c) => `    <category term="${e(c)}"/>\n`).join('')}    <summary type="text">${e(x.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">
  <id>${e(feed.id)}</id>
  <title>${e(feed.title)}</title>
  <link rel="self" type="application/atom+xml" href="${e(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${e(feed.siteUrl)}"/>
  <updated>${e(feed.updated)}</updated>
  <author><name>jikenbo</name></author>
  <generator>jikenbo</generator>
${entries.join('\n')}
</feed>
`;
}
