/**
 * affected and counts.
 *
 * Every number with a unit in the body is scanned once (core/numbers.ts); its kind comes from the
 * unit and, for 件, from the words just before it (メール…件 = emails, カード…件 = cards). Subsets
 * (`うち…`, `内数`, `内訳`) and plans/examples are left out. `affected` is the stated total of
 * people/records/cards/accounts, else the largest of them.
 */
import type { Count, Evidence } from '../../core/model.js';
import type { CountKind } from '../../core/fields.js';
import { scanQuantities, type Quantity } from '../../core/numbers.js';
import type { FieldResult, ReportInput } from '../input.js';
import { evidenceAt } from '../input.js';

const SUBSET_BEFORE = /(?:うち|内訳|内数|このうち|その中で)[、,]?\s?(?:[^。、\n]{0,12})$/;
const SUBSET_AFTER = /^\s?(?:\)?(?:を含む|が含まれ)|の内数)/;
const TOTAL_BEFORE = /(?:合計|計|総数|総計|延べ|のべ|全)\s?$/;
const TOTAL_AFTER = /^\s?(?:\)?\s?(?:全体|合計))/;
/** Quantities that are not the incident's scope: times, ranks, ages, durations, prices per item. */
const NOT_SCOPE_AFTER = /^(?:目|程度の間|分の|ごと|あたり|当たり|以内|の?うち|中[、,\d])/;
/** A line of a per-item breakdown (・氏名 120件, ① 会員 3,000名, (1) …). */
const LIST_LINE = /^\s?(?:[・•\-*※]|[①-⑳]|\(?\d{1,2}\)|\d{1,2}[.．])/;
const NOT_SCOPE_BEFORE = /(?:第|約束|毎|1人|1件|1日)\s?$/;

function kindOf(q: Quantity, before: string, after: string): CountKind | null {
  if ((q.unit === '人分' || q.unit === '名' || q.unit === '件') && /アカウント[^、。]{0,3}$/.test(before)) return 'accounts';
  if (/^(?:分)?の?(?:アカウント)/.test(after)) return 'accounts';
  if (q.unit === '件' && /^の?(?:迷惑|不審|スパム|なりすまし)?メール/.test(after)) return 'emails';
  switch (q.unit) {
    case '円': return 'money_jpy';
    case '通': return 'emails';
    case '台': return 'devices';
    case 'ファイル': return 'files';
    case 'アカウント': case 'ID': return 'accounts';
    case '社': case '団体': case '機関': return 'organizations';
    case '人': case '名': case '人分': case '世帯': return 'people';
    case '枚': return /カード/.test(before) ? 'cards' : null;
    case '件': {
      const near = before.slice(Math.max(0, before.lastIndexOf('、') + 1, before.length - 16));
      if (/メール|送信|受信/.test(near) && !/アドレス[^、]{0,4}$/.test(near)) return 'emails';
      if (/カード/.test(near)) return 'cards';
      if (/アカウント|ID/.test(near)) return 'accounts';
      if (/ファイル/.test(near)) return 'files';
      return 'records';
    }
    default: return null;
  }
}

/** Returns the headline number of people/records affected and every stated quantity of the scope. */
export function extractCounts(input: ReportInput): { affected: FieldResult<number | null>; counts: FieldResult<Count[]> } {
  const text = input.norm.text;
  const bodyStart = input.bodyStart > 0 ? input.bodyStart : input.titleEnd;
  const qs = scanQuantities(text.slice(bodyStart, bodyStart + 30000));
  const counts: Count[] = [];
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  const listed = new Set<string>();
  let total: { value: number; ev: Evidence } | null = null;
  let largest: { value: number; ev: Evidence } | null = null;
  for (const q0 of qs) {
    const start = q0.start + bodyStart, end = q0.end + bodyStart;
    const lineStart = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('。', start - 1)) + 1;
    const before = text.slice(Math.max(lineStart, start - 40), start);
    const after = text.slice(end, end + 12);
    if (SUBSET_BEFORE.test(before) || SUBSET_AFTER.test(after)) continue;
    if (NOT_SCOPE_AFTER.test(after) || NOT_SCOPE_BEFORE.test(before)) continue;
    // 20代, 3年生, 70部 have no scope unit; 1名の職員/従業員1名 is who did it, not who was affected.
    if ((q0.unit === '名' || q0.unit === '人') && /(?:職員|従業員|社員|教員|教諭|担当者|委託先|元|男性|女性|容疑者|学生)\s?$/.test(before) && q0.value < 10) continue;
    if ((q0.unit === '名' || q0.unit === '人') && /^\s?(?:の|が)?(?:職員|従業員|社員|教員|教諭|担当者|男性|女性|容疑者)/.test(after) && q0.value < 10) continue;
    if (q0.value === 0 || (q0.value === 1 && (q0.unit === '件' || q0.unit === '人' || q0.unit === '名'))) continue;
    const kind = kindOf(q0, before, after);
    if (!kind) continue;
    if (LIST_LINE.test(text.slice(lineStart, start)) && text[lineStart - 1] !== '。') listed.add(`${kind}:${q0.value}`);
    const key = `${kind}:${q0.value}`;
    const ev = evidenceAt(input, 'counts', { value: q0.value, kind }, start, end, `counts.${kind}`);
    if (!seen.has(key)) {
      seen.add(key);
      counts.push({ value: q0.value, kind });
      evidence.push(ev);
    }
    if (kind === 'people' || kind === 'records' || kind === 'cards' || kind === 'accounts') {
      if (!total && (TOTAL_BEFORE.test(before) || TOTAL_AFTER.test(after))) total = { value: q0.value, ev };
      if (!largest || q0.value > largest.value) largest = { value: q0.value, ev };
    }
  }
  // Per-item breakdowns: a listed quantity smaller than another of its kind is part of that one.
  const maxOf = new Map<CountKind, number>();
  for (const c of counts) maxOf.set(c.kind, Math.max(maxOf.get(c.kind) ?? 0, c.value));
  for (let i = counts.length - 1; i >= 0; i--) {
    const c = counts[i];
    if (listed.has(`${c.kind}:${c.value}`) && c.value < maxOf.get(c.kind)! && !(c.kind === 'emails')) {
      counts.splice(i, 1);
      evidence.splice(i, 1);
    }
  }
  // The same number read as records and as a more specific kind is one count.
  for (let i = counts.length - 1; i >= 0; i--) {
    const c = counts[i];
    if (c.kind === 'records' && counts.some((o) => o !== c && o.value === c.value)) {
      counts.splice(i, 1);
      evidence.splice(i, 1);
    }
  }
  const pick = total ?? largest;
  const affected: FieldResult<number | null> = pick
    ? { value: pick.value, evidence: [{ ...pick.ev, field: 'affected', value: pick.value, rule: total ? 'affected.stated_total' : 'affected.largest' }] }
    : { value: null, evidence: [] };
  return { affected, counts: { value: counts, evidence } };
}
