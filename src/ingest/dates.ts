/**
 * Publication dates as documents state them about themselves (meta tags, Blogger date headers,
 * archive headers), read into YYYY-MM-DD.
 */

import { formatDate, isValidDate, parseJaDate } from '../core/dates.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function ymd(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2200 || !isValidDate(y, m, d)) return undefined;
  return formatDate(y, m, d);
}

/**
 * Returns the first date in `s` as YYYY-MM-DD, or undefined. Understands ISO dates and timestamps
 * (a timestamp with an offset is read as a date in Japan time), "November 27, 2024", and the
 * Japanese forms core/dates.ts reads (2024年12月10日, 2024/12/10, 令和6年12月10日, R6.12.10).
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
  // Only full dates: a month-day without a year has no context here.
  const ja = parseJaDate(t, {});
  if (ja) return ja;
  const en = /\b([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/i.exec(t);
  if (en) {
    const m = MONTHS.findIndex((name) => name.startsWith(en[1].toLowerCase()) && en[1].length >= 3);
    if (m >= 0) return ymd(+en[3], m + 1, +en[2]);
  }
  return undefined;
}
