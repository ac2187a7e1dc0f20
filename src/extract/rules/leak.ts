/**
 * leak: whether data leaked (`confirmed`), may have leaked (`possible`: 可能性, おそれ, 否定できない),
 * was found not to have leaked (`not_found`), or the text does not say (`unknown`).
 *
 * Every leak cue is read with the polarity of its clause and given a strength; the strongest
 * statement wins, in this order (learned from the gold): a leak stated as done
 * (`流出しました`, `持ち出されました`) > a possible leak > a stated absence of leak > weaker signs of
 * exposure (viewing, `…の漏えいについて` headings) > an absence limited to "outside"
 * (`外部への流出は確認されていない`) > the title of another release cited in the text
 * (`「…の漏えいについて」`). An update whose body reports the investigation's finding answers the
 * possibility its title repeats. Reports that are no incident say nothing.
 */
import type { LeakStatus } from '../../core/fields.js';
import type { Evidence } from '../../core/model.js';
import type { FieldResult, ReportInput } from '../input.js';
import { evidenceAt } from '../input.js';
import { after, memo, re, scanCues, viewOf as viewOfInput, type Cue, type CueHit } from '../text/cues.js';
import { lineBefore } from '../text/sentences.js';
import { incidentOf } from './incident.js';
import { extractCategories } from './categories.js';
import { extractFollowUp } from './follow-up.js';

type Kind = 'strong' | 'noun' | 'view';

export const rules: readonly Cue<Kind>[] = [
  { id: 'leak.confirmed.verb', value: 'strong', keepNegated: true, keepRequests: true,
    re: re('(?:漏えい|流出|流失)(?:等|など)?(?:し(?:た|ました|ていた|ていました|ている|ており|ております|てしまい|てしまった)|が(?:発生|確認|判明)(?:し|いたし)(?:た|ました)|を確認(?:し|いたし)(?:た|ました))',
      '漏れ(?:た|ていた|ている|ており|まし)', '漏らし(?:た|ていた|ました)', '(?:外部|第三者)(?:へ|に)送信され(?:て|た)', '持ち出(?:され|し)(?:た|まし|てい)', '(?:漏えい|流出)(?:等|など)?に該当する(?:お客様|お客さま|方|顧客|取引先|個人|皆様)', '盗(?:まれ|み出され)(?:た|まし|てい)',
      '窃取され(?:た|まし|てい)', '不正(?:に)?取得され(?:た|まし|てい|てお)', '抜き取られ(?:た|まし|てい)', '詐取され(?:た|まし|てい)',
      // Data published by the attackers on their leak site.
      '(?:リークサイト|ダークウェブ|ダークウエブ)(?:上)?(?:に|へ|で|にて)[^。]{0,20}(?:公開|掲載|アップロード|投稿)され(?:た|て|まし)'),
    // Credentials that leaked are how the intruder got in (`パスワードが外部に漏洩していることが判明`), not data exposed.
    guard: (h, v) => !/(?:認証情報|ログイン情報|パスワード|ID)(?:等|など)?(?:を|が)(?:外部|第三者)?(?:に|へ)?$/.test(v.text.slice(Math.max(0, h.start - 14), h.start))
      // `今後…流出が判明したお客さまが確認された場合は` is a condition, not a finding.
      && !CONDITIONAL.test(after(v, h, 30))
      // `個人番号が漏えいしているなどとして…誘導する詐欺` is a scammer's pretext; `流出したことを示す事実` alone is a checklist item.
      && !PRETEXT.test(after(v, h, 12)) && !EVIDENCE_ITEM.test(after(v, h, 16)) && !ELSEWHERE.test(v.text.slice(Math.max(h.sentence.start, h.start - 16), h.start))
      // `どのような情報が流出しましたか?` asks (an FAQ), it does not state.
      && !QUESTION.test(after(v, h, 4)) },
  { id: 'leak.noun', value: 'noun', keepNegated: true, keepRequests: true,
    re: re('漏えい', '流出', '流失', '漏れ', '漏らし', '外部送信'),
    guard: (h, v) => !/^(?:等|など)?(?:による|に伴う|による二次)(?:二次)?被害/.test(after(v, h, 10)) && !EVIDENCE_ITEM.test(after(v, h, 18)) && !ELSEWHERE.test(v.text.slice(Math.max(h.sentence.start, h.start - 16), h.start))
      && !PREVENTION_AFTER.test(after(v, h, 8)) },
  // `個人情報等への不正アクセスは確認されておりません`, `お客さまの口座情報への影響は確認されておりません`: read negated, no leak found.
  { id: 'leak.data_reached', value: 'noun', keepNegated: true,
    re: re('(?:個人情報|お客様情報|お客さま情報|顧客情報|会員情報|口座情報|取引情報|個人データ)(?:等|など)?(?:へ|に対して|に対する)(?:の)?(?:直接的な)?(?:不正(?:な)?アクセス|影響|被害)(?=は|が|も)'),
    guard: (h) => h.polarity === 'negated' },
  { id: 'leak.viewed', value: 'view', keepNegated: true, keepRequests: true,
    re: re('(?:閲覧|参照|取得|ダウンロード|アクセス|見ること)(?:が)?(?:可能|でき(?:る|た))(?:な)?状[態況]', '閲覧(?:が)?可能(?:と|に)なって', '見てい(?:た|まし)', '閲覧(?:してい(?:た|まし)|した|され(?:た|まし|てい|る))', '参照され(?:た|まし|てい|る)', '見られ(?:た|まし|てい|る)') },
];

/** A question (`…流出しましたか?`), as in a page of questions and answers. */
const QUESTION = /^(?:の)?(?:か|ですか|でしょうか)[??]?/;
/** A leak named as what is to be prevented (`「情報流出の抑止」を最優先に`, `漏えい防止`). */
const PREVENTION_AFTER = /^(?:等|など)?(?:の)?(?:抑止|防止|阻止|未然防止|拡大防止|リスク|対策)|^(?:等|など)?を(?:防|抑|阻止)/;
/** A pretext in a scam example (`…が漏えいしているなどとして`, `…と称して`). */
const PRETEXT = /^[^。、]{0,4}(?:などとして|等として|として金銭|と(?:称|偽|騙|かた)って)/;
/** A bare item of a checklist of evidence (`- 当該情報が外部に流出したことを示す事実`). */
const EVIDENCE_ITEM = /^(?:(?:し|され)た)?(?:ことを示す|ことの)?(?:事実|形跡|痕跡|証跡|兆候|証拠)\s*$/;
/** Data that leaked from someone else's service (`他のサービスから流出したID・パスワード`). */
const ELSEWHERE = /(?:他(?:の)?|他社(?:の)?|外部(?:の)?|以外の)(?:サービス|サイト|ウェブサイト|Webサイト)(?:等|など)?(?:から|で|より)$/;
/** A modal that belongs to a later predicate about misuse (`流出情報が悪用される可能性`). */
const MISUSE_BETWEEN = /悪用|不正(?:に)?(?:利用|使用)|二次被害|詐欺/;
/** A condition right after the cue (`…が判明した場合`, `…したお客様がいらっしゃった際は`). */
const CONDITIONAL = /^[^。、]{0,24}(?:場合|際(?:は|には|に))/;

/** Ranks of the statements; higher wins. */
const RANK = { strongConfirmed: 5, definiteNotFound: 4.5, possible: 4, attributivePossible: 3.9, notFound: 3, weakConfirmed: 2, outsideNotFound: 1, citedPossible: 0.7, citedConfirmed: 0.6 } as const;
type Rank = (typeof RANK)[keyof typeof RANK];
const STATUS: Record<Rank, LeakStatus> = { 5: 'confirmed', 4.5: 'not_found', 4: 'possible', 3.9: 'possible', 3: 'not_found', 2: 'confirmed', 1: 'not_found', 0.7: 'possible', 0.6: 'confirmed' };
const RULE: Record<Rank, string> = {
  5: 'leak.confirmed.verb', 4.5: 'leak.not_found.investigation', 4: 'leak.possible.kanousei', 3.9: 'leak.possible.attributive', 3: 'leak.not_found.negated', 2: 'leak.confirmed.weak',
  1: 'leak.not_found.outside', 0.7: 'leak.possible.cited_title', 0.6: 'leak.confirmed.cited_title',
};

/** A noun mention that names the event itself (`…の漏えいについて`, `情報流出に関する`). */
const EVENT_NOUN = /^(?:等|など)?(?:に関する|について|に関して|に関し|事案|事故|の件|が発生|が判明|がありました|があった|の事実が判明|した|された)/;
/** Text inside 「…」 reports someone's words, not the organisation's finding. */
function quoted(text: string, start: number, sentStart: number): boolean {
  const seg = text.slice(sentStart, start);
  return seg.lastIndexOf('「') > seg.lastIndexOf('」');
}

/** A line that labels what follows as another organisation's release (`<IIJ社からのリリース>`, `(参考)`). */
const RELEASE_LABEL = /(?:リリース|発表|プレスリリース|お知らせ|参考|関連(?:情報|リンク))[>)】]?\s*$/;

/** The hit sits in a title line set under a release label (`<IIJ社からのリリース>` / `…の漏えいについて`). */
function labelledTitleLine(text: string, h: CueHit<Kind>): boolean {
  const lineStart = text.lastIndexOf('\n', h.start - 1) + 1;
  let lineEnd = text.indexOf('\n', h.end);
  if (lineEnd < 0) lineEnd = text.length;
  if (!/(?:について|に関するお知らせ|のお知らせ|に関するご報告|のご報告|お詫び)\s*$/.test(text.slice(lineStart, lineEnd))) return false;
  return RELEASE_LABEL.test(lineBefore(text, lineStart, 80));
}

/** The hit sits in the quoted title of another release (`「メール情報漏えいの可能性に関するお知らせ」につきまして`). */
function citedTitle(text: string, h: CueHit<Kind>): boolean {
  if (labelledTitleLine(text, h)) return true;
  if (!quoted(text, h.start, h.sentence.start)) return false;
  const close = text.indexOf('」', h.end);
  if (close < 0 || close > h.sentence.end) return false;
  return CITED_TITLE_END.test(text.slice(Math.max(h.end, close - 20), close));
}

/** How a cited release title ends, with its number (`…のおそれについて(第 2 報)」`). */
const CITED_TITLE_END = /(?:お知らせ|について|ご報告|お詫び|おわび|ご案内)(?:\s*\((?:第\s*\d+\s*報|続報|最終報)\))?$/;

/**
 * A possibility told in an earlier release (`…漏洩した可能性があるとお知らせしておりました`, `…旨をご報告いたしましたが`),
 * held at first (`当初、…漏えいのおそれがあるとされていましたが、調査の結果…`),
 * or announced by another party (`…発生した可能性がある旨、IIJ より発表`).
 */
const TOLD_BEFORE = /^(?:が|の)?(?:ある|あった)?(?:(?:と|旨)(?:の|を)?(?:お知らせ|公表|発表|ご報告|報告|ご案内|掲載)(?:を)?(?:し|いたし|させていただき|させて頂き)(?:て(?:おりました|いました)|ました)|とされて(?:おりました|いました|いた)|旨、?[^。]{0,24}?(?:より|から)(?:発表|公表|報告|連絡|通知))/;

/**
 * A possibility named as a subject, not stated: of a release to read (`情報漏えいの可能性に関する詳細につきましては…
 * をご参照ください`), of a report (`…情報漏洩の可能性に関する調査結果のご報告`), as the topic of what follows
 * (`流出した可能性につきましては、…`), or as what the press said (`…流出した可能性があると報道がなされました`).
 */
const REFERENCE_AFTER = /^に関する[^。]{0,10}?(?:につきましては|については)[^。]*(?:参照|ご覧)|^に関する(?:調査結果|調査報告|ご報告|お知らせ)|^(?:につきましては|につきまして|については|について|に関しましては|に関しては)、|^(?:が|の)?(?:ある)?(?:と|との)(?:報道|一部報道)/;

/** What follows the name of a list that has nothing in it (`…個人情報:確認されません`, `…: なし`). */
const EMPTY_LIST_AFTER = /^(?:が|の)?(?:ある|あった)[^:\n]{0,12}[:]\s*(?:確認されません|確認されておりません|確認されていません|ありません|ございません|なし|無し|該当なし)/;
/** A possibility used as the name of what is listed (`漏洩等が発生した恐れがある個人情報`), not a statement. */
const ATTRIBUTIVE_AFTER = /^(?:が|の)?(?:ある|あった)(?:個人情報|個人データ|情報|データ|項目|お客様|お客さま|方)/;

/**
 * A finding that no leak happened, reported as the result of an investigation
 * (`調査の結果、…情報漏洩はなかったことが確認されました`, `…の痕跡は確認されませんでした`,
 * `漏洩の恐れがないことが判明`): it answers every possibility raised before it.
 */
function definiteAbsence(text: string, h: CueHit<Kind>): boolean {
  const pred = text.slice(h.predicate.start, h.predicate.end + 16);
  if (!/^(?:(?:あり|ござい)?ません(?:でした)|(?:な|無)かった|(?:可能性|おそれ|恐れ)(?:は|も|が)(?:な|無)い(?:こと|旨)(?:が|を)(?:判明|確認)|ない(?:こと|旨)(?:が|を)(?:判明|確認))/.test(pred)) return false;
  return /調査|解析|フォレンジック|精査|検証|最終報告|詳細報告|結果/.test(text.slice(h.sentence.start, h.predicate.end + 16));
}

function rankOf(h: CueHit<Kind>, text: string): Rank | null {
  // The title of a release cited in the text (`「…の漏えいについて」につき`) counts only when nothing else is said.
  if (citedTitle(text, h)) return h.polarity === 'possible' ? RANK.citedPossible : h.polarity === 'affirmed' ? RANK.citedConfirmed : null;
  switch (h.polarity) {
    case 'possible': {
      if (h.cue.value === 'noun' && MISUSE_BETWEEN.test(text.slice(h.end, h.predicate.start))) return EVENT_NOUN.test(text.slice(h.end, h.end + 10)) ? RANK.weakConfirmed : null;
      const next = text.slice(h.predicate.end, h.predicate.end + 160);
      if (TOLD_BEFORE.test(next) || REFERENCE_AFTER.test(next)) return RANK.citedPossible;
      if (!ATTRIBUTIVE_AFTER.test(next)) return RANK.possible;
      // `閲覧された可能性がある個人情報:確認されません`: the heading of a list the text says is empty.
      return EMPTY_LIST_AFTER.test(next) ? RANK.notFound : RANK.attributivePossible;
    }
    case 'undetermined':
      return null;
    case 'negated': {
      const pre = text.slice(Math.max(h.sentence.start, h.start - 10), h.start);
      return /外部(?:への|に|へ)(?:の)?(?:情報)?$|外部(?:への|に|へ)[^。、]{0,4}$/.test(pre) ? RANK.outsideNotFound : RANK.notFound;
    }
    default: {
      if (quoted(text, h.start, h.sentence.start)) return RANK.weakConfirmed;
      if (h.cue.value === 'strong') return RANK.strongConfirmed;
      if (h.cue.value === 'view') return RANK.weakConfirmed;
      return EVENT_NOUN.test(text.slice(h.end, h.end + 10)) ? RANK.weakConfirmed : null;
    }
  }
}

/** The leak status read from the text alone, before incident gating (memoised). */
export const rawLeak = memo((input: ReportInput): FieldResult<LeakStatus> => {
  const view = viewOfInput(input);
  const hits = scanCues(view, rules);
  let best: { rank: Rank; hit: CueHit<Kind> } | null = null;
  const ranks = hits.map((h) => rankOf(h, view.text));
  // An update that reports the investigation's finding (`漏えいした痕跡は認められませんでした`) answers the
  // possibility its title repeats from the first report (`メール情報漏えいの可能性に関する調査結果のご報告`).
  const answered = extractFollowUp(input).value && hits.some((h, k) => !h.inTitle && (ranks[k] === RANK.notFound || ranks[k] === RANK.outsideNotFound))
    && !hits.some((h, k) => !h.inTitle && ranks[k] === RANK.possible);
  // The last possibility stated as such; an investigation's finding of no leak after it is the answer.
  let lastPossible = -1;
  hits.forEach((h, k) => {
    if (!h.inTitle && ranks[k] === RANK.possible) lastPossible = Math.max(lastPossible, h.start);
  });
  hits.forEach((h, k) => {
    if ((ranks[k] === RANK.notFound || ranks[k] === RANK.outsideNotFound) && h.start > lastPossible && definiteAbsence(view.text, h)) ranks[k] = RANK.definiteNotFound;
  });
  for (let k = 0; k < hits.length; k++) {
    const r = ranks[k];
    if (r === null || (answered && hits[k].inTitle && r === RANK.possible)) continue;
    if (!best || r > best.rank) best = { rank: r, hit: hits[k] };
  }
  if (!best) return { value: 'unknown', evidence: [] };
  // A cited release title (`「…お客様情報の漏えいについて」`) speaks for the other organisation; when
  // the text says for itself that whether its data leaked is not known, that is the answer.
  if ((best.rank === RANK.citedConfirmed || best.rank === RANK.citedPossible) && hits.some((x) => !x.inTitle && x.polarity === 'undetermined' && !citedTitle(view.text, x))) {
    return { value: 'unknown', evidence: [] };
  }
  const h = best.hit;
  const end = Math.max(h.end, h.predicate.end);
  const evidence: Evidence[] = [evidenceAt(input, 'leak', STATUS[best.rank], h.start, end, RULE[best.rank])];
  return { value: STATUS[best.rank], evidence };
});

/** Returns whether the report says data leaked, may have leaked, did not leak, or says nothing. */
export function extractLeak(input: ReportInput): FieldResult<LeakStatus> {
  if (!incidentOf(input).value) return { value: 'unknown', evidence: [] };
  const raw = rawLeak(input);
  if (raw.value !== 'unknown') return raw;
  // Data sent to the wrong recipient has reached them, even when the text names no leak verb.
  const cats = extractCategories(input);
  const mis = cats.evidence.find((e) => e.value === 'misdelivery');
  if (mis) return { value: 'confirmed', evidence: [{ ...mis, field: 'leak', value: 'confirmed', rule: 'leak.confirmed.misdelivery' }] };
  return raw;
}
