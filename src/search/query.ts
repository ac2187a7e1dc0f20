/**
 * Search query strings → terms. Terms are separated by spaces (ASCII or 全角), all must match;
 * `"…"` keeps a phrase with spaces together; a leading `-` excludes a term.
 * Terms are normalised the way the index is (NFKC, spelling variants, lower case).
 */
import type { QueryTerm } from '../store/index.js';
import { searchNormalize } from '../core/normalize.js';

const TOKEN = /(-?)"([^"]*)"|(-?)(\S+)/g;

/**
 * Returns the terms of a query string.
 * @example parseQuery('不正アクセス -訓練') // [{text:'不正アクセス',negated:false},{text:'訓練',negated:true}]
 */
export function parseQuery(q: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const s = q.replace(/\u3000/g, ' ');
  for (const m of s.matchAll(TOKEN)) {
    const negated = (m[1] ?? m[3]) === '-';
    const raw = m[2] ?? m[4] ?? '';
    const text = searchNormalize(raw).trim();
    if (!text || (negated && m[4] === '-')) continue;
    terms.push({ text, negated });
  }
  return terms;
}
