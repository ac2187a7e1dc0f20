/**
 * misuse: whether misuse of the data or secondary damage (二次被害, 不正利用) is reported.
 * `confirmed` when the text states it happened (`不正に使用し`, `不審なメールが発信されている`),
 * `not_found` when it says none was found (`二次被害は確認されておりません`), else `unknown`.
 * A possibility (`不正利用された可能性`) is neither and stays `unknown`; warnings and requests
 * (`不正利用のご確認のお願い`) are not statements.
 */
import type { MisuseStatus } from '../../core/fields.js';
import type { FieldResult, ReportInput } from '../input.js';
import { evidenceAt } from '../input.js';
import { after, before, memo, re, scanCues, sentenceText, viewOf, type Cue, type CueHit } from '../text/cues.js';
import { incidentOf } from './incident.js';

export const rules: readonly Cue<'misuse'>[] = [
  { id: 'misuse.secondary_damage', value: 'misuse', keepNegated: true, re: re('(?:二|2)\\s?次(?:的な)?被害'),
    // `二次被害を直接生じさせ得る情報は確認されておりません` speaks of the data, not of damage.
    guard: (h, v) => !/^(?:等|など)?を(?:直接)?(?:生じさせ|もたらし|引き起こ|招き)(?:得る|うる|かねない|す)/.test(after(v, h, 14)) },
  { id: 'misuse.unauthorized_use', value: 'misuse', keepNegated: true,
    re: re('不正(?:に)?(?:利用|使用)(?:\\([^)]{0,20}\\))?(?:さ|し)?', '不正(?:な)?取引(?:が|を)?(?=[^。]{0,4}(?:確認|発生|行われ|され))', '(?:情報|データ|メールアドレス|内容)(?:等|など)?(?:が|を|の)?悪用(?:さ|し)?', '拡散(?:さ|し)?'),
    // Stolen credentials used to log in (`IDおよびパスワードが搾取され、それを不正に利用されて`) are the attack, not misuse of the data.
    guard: (h, v) => !CREDENTIALS_BEFORE.test(before(v, h, 25)) },
  { id: 'misuse.damage_reported', value: 'misuse', keepNegated: true,
    re: re('被害(?:等|など)?(?:は|の|も)(?:報告|確認|申し出|お問い合わせ)', '被害(?:等|など)?(?:報告|の確認)(?:は|も)'),
    guard: (h, v) => !/(?:漏えい|流出|漏れ)(?:など|等)?の$/.test(before(v, h, 8)) },
  { id: 'misuse.suspicious_mail', value: 'misuse',
    re: re('不審(?:な|・)?(?:なりすまし)?メール(?:が|を)?[^。]{0,12}(?:送信|発信|配信|届いて|件数|確認され|受信した)', 'なりすましメール(?:が|の)?[^。]{0,6}(?:送信|発信|配信)'),
    // Mail sent from the organisation's own compromised account is the incident itself (spam_sent).
    guard: (h, v) => !OWN_ACCOUNT_SENT.test(sentenceText(v, h)) },
];

const CREDENTIALS_BEFORE = /(?:ID|パスワード|アカウント|認証情報|ログイン情報)[^。]{0,20}$/;
const OWN_ACCOUNT_SENT = /アカウント(?:から|を(?:使用|利用|悪用)して|を経由して)/;
/** Secondary damage that is only a topic or a heading (`二次被害のおそれの有無`, `二次被害について`) says nothing. */
const CONFIRMED_TAIL = /^(?:、|て|[^。]{0,3}(?:た|ていた|ている|ており|てお|まし|れた|れて|が発生|が確認され(?:た|まし)|を確認(?:し|いたし)(?:た|まし)))/;

const misuseOf = memo((input: ReportInput): FieldResult<MisuseStatus> => {
  const view = viewOf(input);
  let notFound: CueHit<'misuse'> | null = null;
  let confirmed: CueHit<'misuse'> | null = null;
  for (const h of scanCues(view, rules)) {
    if (h.polarity === 'possible') continue;
    // `二次被害のおそれは低い` judges a likelihood; it reports no finding.
    else if (h.polarity === 'negated') {
      if (!/低/.test(view.text.slice(h.predicate.start, h.predicate.end))) notFound ??= h;
    }
    else if (h.polarity === 'affirmed' && !confirmed) {
      const tail = view.text.slice(h.end, h.end + 14);
      if (h.cue.id === 'misuse.suspicious_mail' || CONFIRMED_TAIL.test(tail)) confirmed = h;
    }
  }
  // A stated possibility of misuse (`不正利用された可能性`) alone is unknown; beside "none found so far"
  // (`二次被害は確認されておりませんが、…悪用される可能性があります`) the finding is not_found.
  const h = confirmed ?? notFound;
  if (!h) return { value: 'unknown', evidence: [] };
  const value: MisuseStatus = confirmed ? 'confirmed' : 'not_found';
  const end = Math.max(h.end, h.predicate.end);
  return { value, evidence: [evidenceAt(input, 'misuse', value, h.start, end, `${h.cue.id}.${value}`)] };
});

/** Returns whether misuse of the data or secondary damage is reported. */
export function extractMisuse(input: ReportInput): FieldResult<MisuseStatus> {
  if (!incidentOf(input).value) return { value: 'unknown', evidence: [] };
  return misuseOf(input);
}
