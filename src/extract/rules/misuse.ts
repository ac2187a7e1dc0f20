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
import { before, memo, re, scanCues, viewOf, type Cue, type CueHit } from '../text/cues.js';
import { incidentOf } from './incident.js';

export const rules: readonly Cue<'misuse'>[] = [
  { id: 'misuse.secondary_damage', value: 'misuse', keepNegated: true, re: re('二次(?:的な)?被害') },
  { id: 'misuse.unauthorized_use', value: 'misuse', keepNegated: true,
    re: re('不正(?:に)?(?:利用|使用)(?:\\([^)]{0,20}\\))?(?:さ|し)?', '(?:情報|データ|メールアドレス|内容)(?:等|など)?(?:が|を|の)?悪用(?:さ|し)?', '拡散(?:さ|し)?') },
  { id: 'misuse.damage_reported', value: 'misuse', keepNegated: true,
    re: re('被害(?:等|など)?(?:は|の|も)(?:報告|確認|申し出|お問い合わせ)', '被害(?:等|など)?(?:報告|の確認)(?:は|も)'),
    guard: (h, v) => !/(?:漏えい|流出|漏れ)(?:など|等)?の$/.test(before(v, h, 8)) },
  { id: 'misuse.suspicious_mail', value: 'misuse',
    re: re('不審(?:な|・)?(?:なりすまし)?メール(?:が|を)?[^。]{0,12}(?:送信|発信|配信|届いて|件数|確認され|受信した)', 'なりすましメール(?:が|の)?[^。]{0,6}(?:送信|発信|配信)') },
];

/** Secondary damage that is only a topic or a heading (`二次被害のおそれの有無`, `二次被害について`) says nothing. */
const CONFIRMED_TAIL = /^(?:、|て|[^。]{0,3}(?:た|ていた|ている|ており|てお|まし|れた|れて|が発生|が確認され(?:た|まし)|を確認(?:し|いたし)(?:た|まし)))/;

const misuseOf = memo((input: ReportInput): FieldResult<MisuseStatus> => {
  const view = viewOf(input);
  let notFound: CueHit<'misuse'> | null = null;
  let confirmed: CueHit<'misuse'> | null = null;
  let possible = false;
  for (const h of scanCues(view, rules)) {
    if (h.polarity === 'possible') possible = true;
    else if (h.polarity === 'negated') notFound ??= h;
    else if (h.polarity === 'affirmed' && !confirmed) {
      const tail = view.text.slice(h.end, h.end + 14);
      if (h.cue.id === 'misuse.suspicious_mail' || CONFIRMED_TAIL.test(tail)) confirmed = h;
    }
  }
  // A stated possibility of misuse (`不正利用された可能性`) outweighs "none found so far": unknown.
  const h = confirmed ?? (possible ? null : notFound);
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
