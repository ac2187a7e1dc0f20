/**
 * Publication dates as documents state them about themselves (meta tags, Blogger date headers,
 * archive headers), read into YYYY-MM-DD.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function ymd(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return undefined;
  // Reject 2月30日 and the like without going through a local-time Date.
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > dim) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Returns the first date in `s` as YYYY-MM-DD, or undefined. Understands ISO dates and timestamps
 * (a timestamp with an offset is read as a date in Japan time), 2024/12/10, 2024.12.10,
 * 2024年12月10日 and "November 27, 2024".
 */
export function parseDate(s: string | null | undefined): string | undefined {
  if (!s) return undefined;
  const t = s.normalize('NFKC');
  const iso = /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}))?/.exec(t);
  if (iso) {
    if (iso[7]) {
      const offset = iso[7] === 'Z' ? 'Z' : iso[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
      const ms = Date.parse(`${iso[1]}-${iso[2]}-${iso[3]}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${offset}`);
      if (!Number.isNaN(ms)) return new Date(ms + 9 * 3600_000).toISOString().slice(0, 10);
    }
    return ymd(+iso[1], +iso[2], +iso[3]);
  }
  const ja = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(t);
  if (ja) return ymd(+ja[1], +ja[2], +ja[3]);
  const slash = /(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/.exec(t);
  if (slash) return ymd(+slash[1], +slash[2], +slash[3]);
  const en = /\b([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/i.exec(t);
  if (en) {
    const m = MONTHS.findIndex((name) => name.startsWith(en[1].toLowerCase()) && en[1].length >= 3);
    if (m >= 0) return ymd(+en[3], m + 1, +en[2]);
  }
  return undefined;
}
