/**
 * Organisation names by the forms of the language: legal-form prefixes (株式会社〇〇, 一般社団法人〇〇),
 * suffixes (〇〇株式会社, 〇〇大学, 〇〇市, 〇〇県警, 〇〇病院…), and the kind of organisation a name's
 * form says (org_type). No lists of names: only the words organisations are named with.
 */
import type { OrgType } from './fields.js';

/** Legal forms written before the name. */
export const LEGAL_PREFIX =
  '(?:株式会社|有限会社|合同会社|合資会社|合名会社|\\(株\\)|\\(有\\)|一般社団法人|公益社団法人|一般財団法人|公益財団法人|' +
  '国立大学法人|公立大学法人|学校法人|医療法人(?:社団|財団)?|社会医療法人|社会福祉法人|独立行政法人|地方独立行政法人|' +
  '国立研究開発法人|特定非営利活動法人|NPO法人|宗教法人|社団法人|財団法人|農業協同組合|生活協同組合)';

/** Legal forms and kind words written after the name. */
export const ORG_SUFFIX =
  '(?:株式会社|有限会社|合同会社|\\(株\\)|ホールディングス|グループ本社|' +
  '大学院大学|大学|短期大学|高等専門学校|高専|大学校|大学機構|大学病院|' +
  '小学校|中学校|高等学校|高校|義務教育学校|特別支援学校|幼稚園|保育園|こども園|学園|学院|教育委員会|' +
  '病院|医院|クリニック|診療所|医療センター|' +
  '県警察本部|県警察|県警|府警|道警|警視庁|警察署|警察本部|' +
  '広域連合|事務組合|市町村圏組合|組合|' +
  '研究所|研究機構|研究センター|' +
  '機構|協会|協議会|連合会|財団|事業団|公社|基金|共済会|センター|' +
  '省|庁|' +
  '銀行|信用金庫|信用組合|証券|生命保険|損害保険|生命|保険|新聞社|新聞|通信社|放送|航空|鉄道|電力|' +
  '都|道|府|県|市|町|村|区)';

const POLICE = /(?:警察|県警|府警|道警|警視庁)/;
const UNIVERSITY = /(?:大学|高専|高等専門学校|大学校)/;
const SCHOOL = /(?:小学校|中学校|高等学校|高校|義務教育学校|特別支援学校|幼稚園|保育園|こども園|学園|学院|教育委員会|学校法人|学校)$|^学校法人|(?:小学校|中学校|高等学校|高校)/;
/** The name ends with a school below university level. */
const SCHOOL_UNIT = /(?:小学校|中学校|高等学校|高校|中等教育学校|義務教育学校|特別支援学校|幼稚園|こども園|保育園|保育所)$/;
const HOSPITAL = /(?:病院|医院|クリニック|診療所|医療センター|メディカルセンター|歯科(?!医師会)|^医療法人|^社会医療法人|(?:内科|外科|眼科|皮膚科|耳鼻咽喉科|耳鼻科|小児科|婦人科|泌尿器科|精神科|整形外科)$)/;
// Professional corporations (税理士法人, 弁護士法人, 監査法人…) are firms: companies.
const COMPANY_FORM =
  /^(?:株式会社|有限会社|合同会社|合資会社|合名会社|\(株\)|\(有\)|(?:税理士|弁護士|司法書士|行政書士|社会保険労務士|弁理士|土地家屋調査士|特許業務)法人|監査法人)|(?:株式会社|有限会社|合同会社|合資会社|合名会社|\(株\)|\(有\)|相互会社)$/;
const MUNICIPAL_FACILITY = /^[^\s]{1,8}?[都道府県市町村区]立[^\s]{1,20}$/;
const LOCAL_GOV = /(?:[都道府県市町村区]|広域連合|事務組合|市町村圏組合|役場|市役所|区役所|県庁|都庁|企業団|局|事務所|課)$/;
const LOCAL_GOV_ANY = /(?:[^\s]{1,6}[都道府県](?:[^\s]{1,8}[市町村区])?(?:役所|役場|庁|教育委員会)?$)/;
const NATIONAL_GOV = /(?:省|^内閣|^国立(?!大学|研究開発|病院|高等専門)|[^県都府道]庁$|国税局|労働局|法務局|裁判所|検察庁|税関|運輸局|整備局|^防衛)/;
const RESEARCH = /(?:研究所|研究機構|研究センター|^国立研究開発法人|研究開発機構|技術総合研究)/;
const ASSOCIATION =
  /(?:^一般社団法人|^公益社団法人|^一般財団法人|^公益財団法人|^社団法人|^財団法人|^社会福祉法人|^特定非営利活動法人|^NPO法人|^地方独立行政法人|協会|協議会|連合会|連盟|財団|事業団|機構|センター|組合|共済|生協|基金|会議所|商工会|社会福祉協議会|振興会|互助会|学会|弁護士会|医師会|薬剤師会|士会|^宗教法人)/;
const COMPANY =
  /(?:株式会社|有限会社|合同会社|合資会社|\(株\)|\(有\)|ホールディングス|Inc\.?|Corp\.?|Co\.,?\s?Ltd|Ltd\.?|LLC|銀行|信用金庫|金庫|証券|生命|保険|航空|鉄道|電力|ガス|新聞|放送|通信|商事|物産|工業|製作所|電機|ストア|書院|書店|出版|ホテル|社)$|^(?:株式会社|有限会社|合同会社|\(株\))/;

/**
 * Returns the kind of organisation a name's form says, or 'other'. The fullest form known should
 * be passed (一般社団法人共同通信社 rather than 共同通信社).
 */
export function orgTypeOf(name: string): OrgType {
  // 東京都(東京都立多摩図書館): the form of the name outside the brackets decides.
  const full = name.normalize('NFKC').replace(/\s+/g, '');
  const n = full.replace(/\([^()]*\)/g, '') || full;
  if (POLICE.test(n)) return 'police';
  // 学校法人中村学園(中村学園大学・…短期大学部): the school corporation of a university.
  if (/^学校法人/.test(n) && !UNIVERSITY.test(n) && /\([^()]*(?:大学|短期大学)[^()]*\)/.test(full)) return 'university';
  // 株式会社〇〇研究所, 〇〇病院株式会社: the legal form decides.
  if (COMPANY_FORM.test(n)) return 'company';
  // 学校法人東北工業大学 仙台城南高等学校, 〇〇大学附属中学校: a school run by a university's corporation is a school.
  if (/^(?:国立|公立)大学法人/.test(n) || UNIVERSITY.test(n) && !SCHOOL_UNIT.test(n)) return 'university';
  if (HOSPITAL.test(n) && !/株式会社/.test(n)) return 'hospital';
  if (SCHOOL.test(n)) return 'school';
  // 一般財団法人〇〇研究センター: a foundation, whatever it studies; public research institutes have other forms.
  if (RESEARCH.test(n) && !/^(?:一般|公益)(?:財団|社団)法人/.test(n)) return 'research';
  // 独立行政法人〇〇 (not 地方独立行政法人): a national agency.
  if (/^独立行政法人|^(?!地方).{0,20}独立行政法人$/.test(n)) return 'national_gov';
  if (ASSOCIATION.test(n) && !/(?:市町村圏組合|事務組合|広域連合)$/.test(n)) return 'association';
  if (NATIONAL_GOV.test(n)) return 'national_gov';
  // 長野市立長野図書館, 岡山県立図書館: a facility of a prefecture or municipality.
  if (MUNICIPAL_FACILITY.test(n)) return 'local_gov';
  if (LOCAL_GOV.test(n) || LOCAL_GOV_ANY.test(n)) return 'local_gov';
  if (COMPANY.test(n)) return 'company';
  return 'other';
}

/** A name with a legal-form prefix: 株式会社〇〇, 一般社団法人〇〇 (name up to a particle, bracket or space). */
export const PREFIXED_NAME = new RegExp(
  `${LEGAL_PREFIX}[ \\t]?[^\\s、。,()「」『』【】・:;の は が を に で と へ も や]{1,30}`,
  'g',
);
/** A name with a legal-form suffix: 〇〇株式会社, 〇〇ホールディングス. */
export const SUFFIXED_COMPANY = /[A-Za-z0-9ァ-ヶー々\u4E00-\u9FFF.・&]{1,30}(?:株式会社|有限会社|合同会社|ホールディングス)/g;

/** The legal-form words of SUFFIXED_COMPANY, found by a literal alternation (no per-position lookahead). */
const COMPANY_WORD = /株式会社|有限会社|合同会社|ホールディングス/g;

/** A character of SUFFIXED_COMPANY's name class: [A-Za-z0-9ァ-ヶー々\u4E00-\u9FFF.・&]. */
function isNameChar(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30a1 && c <= 0x30f6) || c === 0x30fc || c === 0x3005 || c === 0x30fb ||
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x26;
}

/**
 * The matches SUFFIXED_COMPANY would find, in order (at most `max`), without its 30-character
 * lookahead at every position: each legal-form word is found with a literal search and the name is
 * walked backwards from it. The greedy match takes the last legal-form word within 30 name
 * characters of its start (〇〇株式会社△△株式会社 is one match).
 */
export function findSuffixedCompanies(text: string, max = Infinity): Array<{ index: number; text: string }> {
  const out: Array<{ index: number; text: string }> = [];
  const words: Array<[number, number]> = [];
  COMPANY_WORD.lastIndex = 0;
  for (let m = COMPANY_WORD.exec(text); m !== null; m = COMPANY_WORD.exec(text)) words.push([m.index, m[0].length]);
  let from = 0;
  for (let w = 0; w < words.length && out.length < max; w++) {
    const q = words[w][0];
    if (q - 1 < from || !isNameChar(text.charCodeAt(q - 1))) continue;
    let s = q - 1;
    while (s - 1 >= from && s - 1 >= q - 30 && isNameChar(text.charCodeAt(s - 1))) s--;
    // Greedy: the last legal-form word whose name run from s stays within 30 name characters.
    let endW = w;
    for (let v = w + 1; v < words.length && words[v][0] - s <= 30; v++) {
      let ok = true;
      for (let i = words[endW][0]; i < words[v][0]; i++) if (!isNameChar(text.charCodeAt(i))) { ok = false; break; }
      if (!ok) break;
      endW = v;
    }
    const end = words[endW][0] + words[endW][1];
    out.push({ index: s, text: text.slice(s, end) });
    from = end;
    w = endW;
    while (w + 1 < words.length && words[w + 1][0] < from) w++;
  }
  return out;
}

/** True if the string has the form of an organisation name (a legal form or a kind word at its end). */
export function looksLikeOrgName(s: string): boolean {
  const n = s.normalize('NFKC');
  return new RegExp(`^${LEGAL_PREFIX}|${ORG_SUFFIX}$`).test(n.replace(/\s+/g, ''));
}
