/**
 * organization and org_type.
 *
 * Sources, best first: the archive header's organisation (context.organization); the title
 * (`【…】ORG 件名`, `件名 DATE ORG`, `件名 - ORG`, `ORGが/は/の…`); the body (`弊社(株式会社〇〇)`,
 * `株式会社〇〇(以下「当社」)`, `〇〇は、…発表した`, legal-form names). A short name is completed
 * with its legal form when the text gives it (共同通信社 → 一般社団法人共同通信社), and org_type
 * is read from the fullest form.
 */
import type { Evidence } from '../../core/model.js';
import type { OrgType } from '../../core/fields.js';
import { LEGAL_PREFIX, ORG_SUFFIX, PREFIXED_NAME, findSuffixedCompanies, looksLikeOrgName, orgTypeOf } from '../../core/org-names.js';
import type { FieldResult, ReportInput } from '../input.js';
import { evidenceAt } from '../input.js';

interface Cand {
  name: string;
  start: number;
  end: number;
  rule: string;
}

const PREFIX = /^\s*【[^】]*】\s*/;
const DATE_TOKEN = /^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}\/\d{1,2}\/\d{1,2}|令和\d{1,2}年\d{1,2}月\d{1,2}日)$/;
/** Words that make a title token a phrase, not a name. */
const NOT_NAME = /[、。「」『』!?!?]|について|に関する|による|における|のお知らせ|お詫び|被害|不正|漏えい|流出|事件|事案|発生|報告|公表|お知らせ|ご報告|懲戒|処分/;
const PARTICLE_AFTER = '(?:は|が|の|、|,|「|『|で|に|と|や|への|から|にて|において|[ \\t])';
/** Characters of a name written without kana particles (kanji, katakana, Latin). */
const NAME_CH = '[A-Za-z0-9ァ-ヶー々・.&\\u4E00-\\u9FFF]';
const TITLE_LEAD_ORG = new RegExp(`^(${NAME_CH}{1,30}?${ORG_SUFFIX})${PARTICLE_AFTER}`);
const ANY_ORG = new RegExp(`(${NAME_CH}{1,24}?${ORG_SUFFIX})(?=${PARTICLE_AFTER}|$)`, 'g');
const NEWS_SUBJECT = new RegExp(`(?:^|\\n|。)\\s?(${NAME_CH}{2,30}?${ORG_SUFFIX})(?:は|が)(?:\\d{1,2}日|\\d{4}年|令和|、)`);
/** 岩国市の中学校, 富山市立八尾中学校: a school named by its municipality. */
const MUNICIPAL_SCHOOL = new RegExp(`(${NAME_CH}{1,10}[市町村区](?:の|立)(?:公立|市立|町立|村立|区立|県立)?${NAME_CH}{0,8}?(?:小中学校|小学校|中学校|高等学校|高校|特別支援学校|義務教育学校|幼稚園|保育園))`);
/** A title that starts with a company name of several words (J.フロント リテイリング株式会社 件名). */
const TITLE_SPACED_COMPANY = /^(\S+(?:\s\S+){0,3}?\s?(?:株式会社|有限会社|合同会社|ホールディングス))[\s、,]/;
/** A legal form written apart from the name (`株式会社 芝寿し`, `一般財団法人 日本気象協会`). */
const BARE_PREFIX = new RegExp(`^${LEGAL_PREFIX}$`);
/** A word in Latin letters that continues a name (`株式会社PR TIMES`, `吉田フットサルクラブ Green Field`). */
const LATIN = "[A-Za-z0-9&.'-]+";
const LATIN_WORD = new RegExp(`^${LATIN}$`);
/** The same word after a space, inside a title line (another word follows it). */
const LATIN_AFTER = new RegExp(`^[ \\t]${LATIN}(?=[ \\t])`);
const SELF_PAREN = /(?:弊社|当社|本学|本会|当法人|本法人|当機構|本機構|当院|本院|当協会|本協会|当組合|本校|当校)\s?\(([^()\n]{2,40})\)/;
const HEREAFTER_TAIL = /^\(以下[、,]?\s?[「『]?(?:当社|弊社|本学|本会|当法人|本法人|当機構|本機構|当院|本院|当協会|本協会|当組合|本校|当校|同社|同法人|本市|本町|本村|当市)/;
const NAME_BEFORE = /([^\s、。「」()]{2,40})\s?$/;

/** The name before the first `(以下「当社」)`; found from the marker backwards, which keeps it linear. */
function hereafterName(body: string): { name: string; index: number } | null {
  for (let i = body.indexOf('(以下'); i >= 0; i = body.indexOf('(以下', i + 3)) {
    if (!HEREAFTER_TAIL.test(body.slice(i, i + 24))) continue;
    const from = Math.max(0, i - 41);
    const m = NAME_BEFORE.exec(body.slice(from, i));
    if (m) return { name: m[1], index: from + m.index };
  }
  return null;
}

function clean(name: string): string {
  return name.replace(/^[\s・:]+|[\s・:]+$/g, '');
}

function squash(s: string): string {
  return s.replace(/\s+/g, '');
}

/** Returns the announcing/suffering organisations (main one first) and the main one's type. */
export function extractOrganization(input: ReportInput, title: string): { organization: FieldResult<string[]>; org_type: FieldResult<OrgType | null> } {
  void title;
  const text = input.norm.text;
  const bodyStart = input.bodyStart > 0 ? input.bodyStart : input.titleEnd;
  const body = text.slice(bodyStart, bodyStart + 6000);
  const cands: Cand[] = [];

  // 1. The archive header names the organisation, or several (`A株式会社、株式会社B`, `市(市立高校)`).
  const ctxOrg = headerOrganization(input);
  const header = ctxOrg ? splitOrganizations(ctxOrg) : null;
  if (header) {
    for (const name of header.names) {
      const at = text.indexOf(name);
      cands.push({ name, start: at, end: at < 0 ? -1 : at + name.length, rule: 'organization.header' });
    }
  }
  // 2. The title.
  const bodyCands = bodyCandidates(body, bodyStart);
  const t = titleCandidate(input, bodyCands);
  if (t) cands.push(t);
  // 3. The body.
  cands.push(...bodyCands);

  if (!cands.length) return { organization: { value: [], evidence: [] }, org_type: { value: null, evidence: [] } };

  const main = cands[0];
  // Complete a short name with the legal form the text gives it.
  const full = fullForm(text, main.name);
  const names: string[] = [];
  const evidence: Evidence[] = [];
  const add = (c: Cand) => {
    const key = squash(c.name);
    if (!key || names.some((n) => squash(n) === key)) return;
    names.push(c.name);
    if (c.start >= 0) evidence.push(evidenceAt(input, 'organization', c.name, c.start, c.end, c.rule));
  };
  if (full) add(full);
  add(main);
  for (const c of cands.slice(1)) if (names.length < 6) add(c);
  const typeName = full?.name ?? (header && main.rule === 'organization.header' ? header.first : main.name);
  const type = orgTypeOf(typeName);
  const typeEv = evidence.length ? [{ ...evidence[0], field: 'org_type' as const, value: type, rule: `org_type.form` }] : [];
  return { organization: { value: names, evidence }, org_type: { value: type === 'other' && looksCompanyish(typeName) ? 'company' : type, evidence: typeEv } };
}

const HEADER_DATE_ITEM = /^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|(?:令和|平成)\S{1,3}年\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月(?:XX|xx)?日?)$/;

/** The archive header's organisation item; when the header swaps it with the date, the item that is neither. */
function headerOrganization(input: ReportInput): string | undefined {
  const org = input.context.organization?.normalize('NFKC').trim();
  if (!org || !HEADER_DATE_ITEM.test(org) || input.bodyStart <= 0) return org;
  const head = input.norm.text.slice(input.titleEnd, input.bodyStart);
  for (const line of head.split('\n')) {
    const m = /^[ \t]*-[ \t]*(.+?)[ \t]*$/.exec(line);
    if (!m || HEADER_DATE_ITEM.test(m[1]) || /https?:|^第\d報/.test(m[1])) continue;
    return m[1];
  }
  return undefined;
}

const LEGAL_PREFIX_START = new RegExp(`^${LEGAL_PREFIX}`);
/** Words that stand for the rest of a group, not for one organisation (`…および グループ会社`). */
const GROUP_REST = /^(?:グループ会社|グループ各社|関係会社|関連会社|子会社|各社|その他)(?:各社)?$/;

const SEPARATOR = /[、,]|および|及び|並びに/y;

/** Splits at `、`, `,`, `および`, `及び`, `並びに` outside brackets. */
function topLevelParts(item: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < item.length; i++) {
    const c = item[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    SEPARATOR.lastIndex = i;
    const sep = SEPARATOR.exec(item)?.[0].length ?? 0;
    if (sep === 0) continue;
    parts.push(item.slice(from, i).trim());
    from = i + sep;
    i += sep - 1;
  }
  parts.push(item.slice(from).trim());
  return parts.filter(Boolean);
}

/**
 * Returns the organisations a header item names, main one first, and the item's first organisation
 * with its bracketed units (what its kind is read from: `学校法人中村学園(中村学園大学…)` is a
 * university). The item is split at `、` and `および` outside brackets, at a space that starts another
 * legally named organisation (`一般社団法人A 一般社団法人B`), and a bracketed list after a name
 * (`千葉県柏市(柏市立柏高等学校)`) gives more names after it.
 */
export function splitOrganizations(item: string): { names: string[]; first: string } {
  const names: string[] = [];
  let first = '';
  for (const part of topLevelParts(item)) {
    // Spaces inside one name (`株式会社 JR 西日本ヴィアイン`) stay; a legal form after a whole name starts another.
    const groups: string[] = [];
    for (const token of part.split(/\s+(?![^()]*\))/).filter(Boolean)) {
      const last = groups.length - 1;
      const complete = last >= 0 && LEGAL_PREFIX_START.test(groups[last]) && groups[last].replace(LEGAL_PREFIX_START, '').trim() !== '';
      if (last >= 0 && !(complete && LEGAL_PREFIX_START.test(token) && token.replace(LEGAL_PREFIX_START, '') !== '')) groups[last] += ` ${token}`;
      else groups.push(token);
    }
    for (const g of groups) {
      if (!first) first = g;
      const m = /^(.+?)\s?\(([^()]+)\)$/.exec(g);
      for (const n of m ? [m[1].trim(), ...topLevelParts(m[2])] : [g]) if (n && !GROUP_REST.test(n) && !names.includes(n)) names.push(n);
    }
  }
  return names.length > 0 ? { names, first: first || item } : { names: [item], first: item };
}

/** Katakana or Latin brand names without a kind word are companies far more often than not. */
function looksCompanyish(name: string): boolean {
  return /^[A-Za-z0-9ァ-ヶー・.&\s]+$/.test(name) || /[ァ-ヶ]{2,}/.test(name);
}

/**
 * The name a title starts with, up to the subject that follows: its first word, joined with the
 * next when that word is a legal form alone (`株式会社 芝寿し`), and with a Latin word after a Latin
 * one (`株式会社PR TIMES`); a unit in brackets after it is left out (`千葉県柏市(柏市立柏高等学校)`).
 */
function firstTokenName(t: string): string | null {
  const words = t.split(/\s+/).filter((w) => w !== '');
  if (words.length < 2) return null;
  let k = 1;
  let name = words[0];
  if (BARE_PREFIX.test(name) && words.length > 2) name += ` ${words[k++]}`;
  // One more Latin word after a name that ends in Latin letters (`株式会社PR TIMES`); not the
  // Latin word a title starts with (`…事業団 Pep Up…`).
  if (k < words.length - 1 && /[A-Za-z0-9]$/.test(name) && LATIN_WORD.test(words[k])) name += ` ${words[k++]}`;
  name = name.replace(/[、,]$/, '');
  const bare = name.replace(/\([^()]{1,30}\)$/, '');
  return bare.length >= 2 ? bare : name;
}

function titleCandidate(input: ReportInput, bodyCands: readonly Cand[]): Cand | null {
  const text = input.norm.text;
  let start = input.titleStart;
  const end = input.titleEnd;
  const line = text.slice(start, end);
  const p = PREFIX.exec(line);
  if (p) start += p[0].length;
  const t = text.slice(start, end);
  if (!t.trim()) return null;

  // A body name written at the start of the title (株式会社 JR 西日本ヴィアイン …).
  const sq = squash(t);
  for (const c of bodyCands) {
    const k = squash(c.name);
    if (k.length >= 3 && sq.startsWith(k)) {
      // Map the squashed length back onto the title as written.
      let i = start, n = 0;
      while (i < end && n < k.length) { if (!/\s/.test(text[i])) n++; i++; }
      // The body's form stopped at a middle dot the title's name goes on after (`株式会社キッズ・コーポレーション`).
      if (text[i] === '・') while (i < end && !/[\s、,]/.test(text[i])) i++;
      // …or at a space inside a Latin name (`株式会社PR TIMES`): one more Latin word.
      const latin = /[A-Za-z0-9]$/.test(text.slice(start, i)) ? LATIN_AFTER.exec(text.slice(i, end)) : null;
      if (latin) i += latin[0].length;
      return { name: text.slice(start, i), start, end: i, rule: 'organization.title_lead' };
    }
  }
  const spaced = TITLE_SPACED_COMPANY.exec(t);
  if (spaced && !NOT_NAME.test(spaced[1])) return { name: spaced[1], start, end: start + spaced[1].length, rule: 'organization.title_lead' };
  // 件名 2022年7月1日 沖縄県 / 件名 - 新潟県
  const tail = /\s(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}\/\d{1,2}\/\d{1,2})\s+([^\s]{2,40})\s*$/.exec(t) ?? /\s[-–]\s([^\s]{2,30})\s*$/.exec(t);
  if (tail && !NOT_NAME.test(tail[1])) {
    const s = start + tail.index + tail[0].lastIndexOf(tail[1]);
    return { name: tail[1], start: s, end: s + tail[1].length, rule: 'organization.title_trailing' };
  }
  // 【…】ORG 件名: the first token when it reads as a name.
  const tok = /^([^\s]{2,40})\s+(\S)/.exec(t);
  if (tok && !NOT_NAME.test(tok[1]) && !DATE_TOKEN.test(tok[1]) && !/[はがをにでへ]$/.test(tok[1])) {
    const name = firstTokenName(t);
    if (name && (looksLikeOrgName(name) || p || !/[ぁ-ん]/.test(name))) return { name, start, end: start + name.length, rule: 'organization.title_first_token' };
  }
  const school = MUNICIPAL_SCHOOL.exec(t);
  if (school) {
    const s = start + school.index;
    return { name: school[1], start: s, end: s + school[1].length, rule: 'organization.title_school' };
  }
  // ORGが/は/の…
  const lead = TITLE_LEAD_ORG.exec(t);
  if (lead) return { name: lead[1], start, end: start + lead[1].length, rule: 'organization.title_subject' };
  // …郡山市の職員…: a suffixed name anywhere in the title.
  ANY_ORG.lastIndex = 0;
  for (let m = ANY_ORG.exec(t); m; m = ANY_ORG.exec(t)) {
    const name = m[1];
    if (name.length < 2 || /^[都道府県市町村区省庁]$/.test(name)) continue;
    if (!plausibleSuffixed(name)) continue;
    const s = start + m.index + m[0].lastIndexOf(name);
    return { name, start: s, end: s + name.length, rule: 'organization.title_named' };
  }
  return null;
}

/** Rejects suffix matches that are ordinary words (区 in 地区, 市 in 都市, 道 in 報道). */
function plausibleSuffixed(name: string): boolean {
  if (/(?:地区|都市|報道|歩道|水道|市町|各県|全県|同市|同町|同県|本市|当市|本県|国道|県道|坂道|街道|柔道|剣道|書道|茶道|北海道)$/.test(name) && !/北海道$/.test(name)) return /北海道$/.test(name);
  if (/[ぁ-ん]/.test(name.slice(-3))) return false;
  return true;
}

function bodyCandidates(body: string, offset: number): Cand[] {
  const out: Cand[] = [];
  const self = SELF_PAREN.exec(body);
  if (self && looksLikeOrgName(self[1])) out.push(at(self[1], offset + self.index + self[0].indexOf(self[1]), 'organization.body_self'));
  const here = hereafterName(body);
  if (here && looksLikeOrgName(here.name)) out.push(at(here.name, offset + here.index, 'organization.body_hereafter'));
  const news = NEWS_SUBJECT.exec(body);
  if (news && plausibleSuffixed(news[1])) out.push(at(news[1], offset + news.index + news[0].indexOf(news[1]), 'organization.body_subject'));
  const legal: Cand[] = [];
  PREFIXED_NAME.lastIndex = 0;
  let k = 0;
  for (let m = PREFIXED_NAME.exec(body); m && k < 8; m = PREFIXED_NAME.exec(body), k++) {
    // 〇〇株式会社及び…: that 株式会社 ends the name before it.
    if (m.index > 0 && /[A-Za-z0-9ァ-ヶー々\u4E00-\u9FFF]/.test(body[m.index - 1])) continue;
    const name = m[0].split(/及び|および|並びに|ならびに/)[0];
    if (squash(name).length > 5) legal.push(at(name, offset + m.index, 'organization.body_legal_form'));
  }
  for (const m of findSuffixedCompanies(body, 8)) {
    const name = m.text.replace(/^.*(?:弊社|当社|同社|子会社|親会社|であり|である|および|及び|並びに|株式会社|有限会社|合同会社)(?=.)/, '');
    if (name.length > 4 && !/^(?:株式会社|有限会社|合同会社|ホールディングス)$/.test(name)) legal.push(at(name, offset + m.index + (m.text.length - name.length), 'organization.body_legal_form'));
  }
  legal.sort((a, b) => a.start - b.start);
  return out.concat(legal);
}

function at(name: string, start: number, rule: string): Cand {
  const n = clean(name);
  return { name: n, start, end: start + n.length, rule };
}

const FULL_PREFIX_RE = new RegExp(`${LEGAL_PREFIX}[ \\t]?$`);

/** The legal form of `name` as the text writes it (一般社団法人共同通信社, 株式会社ナイスユニ), if any. */
function fullForm(text: string, name: string): Cand | null {
  if (looksLegal(name)) return null;
  const limit = Math.min(text.length, 20000);
  for (let i = text.indexOf(name); i >= 0 && i < limit; i = text.indexOf(name, i + 1)) {
    const before = text.slice(Math.max(0, i - 16), i);
    const pm = FULL_PREFIX_RE.exec(before);
    if (pm) {
      const s = i - pm[0].length;
      return { name: text.slice(s, i + name.length), start: s, end: i + name.length, rule: 'organization.legal_form' };
    }
    const after = text.slice(i + name.length, i + name.length + 6);
    const am = /^[ \t]?(株式会社|有限会社|合同会社)/.exec(after);
    if (am) return { name: text.slice(i, i + name.length + am[0].length), start: i, end: i + name.length + am[0].length, rule: 'organization.legal_form' };
  }
  return null;
}

function looksLegal(name: string): boolean {
  return new RegExp(`^${LEGAL_PREFIX}|(?:株式会社|有限会社|合同会社)$`).test(squash(name));
}
