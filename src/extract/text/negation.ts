/**
 * Polarity of a cue inside its clause. Japanese puts negation and modality at the end of the
 * clause (`漏えいは確認されていません`, `流出した可能性があります`), so the predicate that follows a
 * cue decides it: we read forward from the cue to the end of its clause and take the first
 * negating or modal predicate. `否定できない` is "possible", not a negation, and `可能性はござい
 * ません` negates the possibility. A second topic (`…を受けたサーバには取材情報は含まれていません`)
 * starts another statement whose negation does not reach the cue.
 */

export type Polarity = 'affirmed' | 'negated' | 'possible' | 'undetermined';

export interface PolarityResult {
  readonly polarity: Polarity;
  /** Span of the predicate that decided it (normalised offsets); the cue end when affirmed. */
  readonly start: number;
  readonly end: number;
}

/** How far after the cue a predicate may still belong to it. */
const MAX_SCOPE = 90;

/** Clause ends: sentence ends and adversative conjunctions (…ですが、 …ものの). */
const CLAUSE_END = /[。\n!?]|[すたるいんだ]が、|ものの|けれど|一方[、で]|しかし|ただし/;

/** A parenthetical statement with a topic of its own, after the cue. */
const PAREN_TOPIC = /\([^()]{1,30}?(?:は|も)[^()]{0,20}\)/;

/** The cue's own topic marker right after it, not counted as a second topic. */
const OWN_TOPIC =
  /^(?:、[^、。がをでしはもにへ]{1,20}?){0,8}?(?:等|など|の一部|の)?(?:については|につきましては|に関しては|に関しましては|は|も)|^(?:事案|事件|事象|被害|の件|件)?(?:につきまして|について|に関しまして|に関して)、/;

/** The cue stated as the cause of what follows (`…により、`, `…によって`). */
const CAUSE_AFTER = /^(?:等|など)?(?:を受けたこと)?(?:により|によって)/;

/** A te-form or past predicate ending a clause (`…を受けており、`, `…いたしました、`). */
const DONE_CLAUSE = /(?:ており|ております|(?<=^|[てで])おり(?:ます)?|ました|しており|いたし|実施し)、/;

/**
 * Predicates and modal markers, leftmost wins. Order within the alternation only matters for
 * matches at the same position (否定でき… before 否定).
 */
const PREDICATE = new RegExp(
  [
    '(?<possibleNeg>否定(?:でき(?:ない|ません|ず|かね)|することが(?:でき(?:ない|ません|ず)|困難|難し)|は困難|が困難|し(?:きれ|切れ)(?:ない|ません|ず)))',
    '(?<modal>可能性|おそれ|懸念|疑い|危険性|考えられ|見込まれ|とみられ|かもしれ)',
    '(?<undet>有無|調査中|確認中|調べて|精査|ないか|かどうか|防止|を防|の防|対策|状況を)',
    '(?<neg>ではなく|ではありません|ではございません|ありません|ございません|ません|ないこと|ない(?!よう)|無い|なかった|無かった|無し|なし|(?<![間もれほど])なく|おらず|せず|しておらず|(?<!かかわら|関わら|拘わら|拘ら|問わ|よら|思わ|知ら|必ら)ず(?=[、。,]|に)|否定)',
  ].join('|'),
  'g',
);

/** After a modal noun: is the possibility itself denied (`可能性はございません`, `おそれはない`)? */
const MODAL_DENIED = /^(?:は|も|が)(?:一切)?(?:ありません|ございません|ない|無い|なく|なし|無し|低い|極めて低い|ほぼない|認められ(?:ず|ない|ません)|確認され(?:ず|ない|ません|ておりません|ていません)|見当たら(?:ず|ない))/;

/** Topic particles after a noun; a second one opens another statement (`…ものではございません` is a predicate, not a topic). */
const TOPIC = /(?<!(?:時点|現在|現状|ところ|これまで|今回|今後|本日|当初|ここ)(?:で|に)?)(?<!当社|弊社|当行|本学|当院|本校|当店|本市|本町|当法人|当機構|当協会)(?:には|では|とは|からは|への?は|は)(?![じずらいなっかる])(?!(?<=では)(?:あり|ござ))/g;

/**
 * Returns the polarity of the cue ending at `cueEnd`, reading its clause up to `limit`
 * (normally the sentence end).
 * @example polarityAfter('クレジットカード情報は含まれておりません', 10, 22).polarity // 'negated'
 */
export function polarityAfter(text: string, cueEnd: number, limit: number): PolarityResult {
  const hardEnd = Math.min(limit, cueEnd + MAX_SCOPE, text.length);
  let scope = text.slice(cueEnd, hardEnd);
  const stop = CLAUSE_END.exec(scope);
  if (stop) scope = scope.slice(0, stop.index + (stop[0].length > 1 && stop[0].endsWith('が、') ? 1 : 0));
  // A parenthesis with its own topic (`スナップ写真(人名データは含まれません)`) is another statement.
  const paren = scope.includes('(') ? PAREN_TOPIC.exec(scope) : null;
  if (paren) scope = scope.slice(0, paren.index);
  // `不正アクセスにより、ホームページが閲覧できない状態となりました`: what follows a cause is its effect,
  // and denies or doubts the effect, not the cause.
  if (CAUSE_AFTER.test(scope)) return { polarity: 'affirmed', start: cueEnd, end: cueEnd };
  // The cue's own topic, then cut at a second topic.
  const own = OWN_TOPIC.exec(scope);
  const from = own ? own[0].length : 0;
  TOPIC.lastIndex = from;
  const second = TOPIC.exec(scope);
  // `…事案につきまして、調査の結果…漏えいはなかった`: the cue is the subject matter of what follows,
  // which says things about it; it is not itself denied.
  if (own !== null && own[0].endsWith('、')) return { polarity: 'affirmed', start: cueEnd, end: cueEnd };
  const ownHasTopic = own !== null && /[はも]$/.test(own[0]);
  if (second && ownHasTopic) scope = scope.slice(0, second.index + second[0].length);
  else if (second) {
    // A finished predicate before the topic (`経路を特定・遮断したとの報告を受けており、現時点で…は`) closes the cue's statement.
    const done = DONE_CLAUSE.exec(scope.slice(0, second.index));
    if (done) scope = scope.slice(0, done.index + done[0].length);
    else {
      // No topic of its own: the first topic is the cue's phrase (`流出した事実は`), a later one is not.
      TOPIC.lastIndex = second.index + second[0].length;
      const third = TOPIC.exec(scope);
      if (third) scope = scope.slice(0, third.index + third[0].length);
    }
  }
  PREDICATE.lastIndex = 0;
  for (let m = PREDICATE.exec(scope); m; m = PREDICATE.exec(scope)) {
    const g = m.groups!;
    const start = cueEnd + m.index;
    const end = start + m[0].length;
    if (g.possibleNeg) return { polarity: 'possible', start, end };
    if (g.modal) {
      const tail = scope.slice(m.index + m[0].length, m.index + m[0].length + 12);
      const denied = MODAL_DENIED.exec(tail);
      if (denied) return { polarity: 'negated', start, end: end + denied[0].length };
      // 可能性を完全に否定することが困難 → still possible.
      return { polarity: 'possible', start, end };
    }
    if (g.undet) return { polarity: 'undetermined', start, end };
    if (g.neg && (attributiveInList(scope, m.index, m[0]) || attributiveBeforeNoun(scope, m.index, m[0]))) continue;
    if (g.neg) return { polarity: 'negated', start, end };
  }
  return { polarity: 'affirmed', start: cueEnd, end: cueEnd };
}

/**
 * A negation that qualifies the next item of a list (`氏名、住所、解読されない暗号化されたパスワード等`):
 * `ない` followed by a noun, in an item with no particle of its own since the last 、.
 */
function attributiveInList(scope: string, at: number, word: string): boolean {
  if (word !== 'ない' || !/^[\u4E00-\u9FFF\u30A1-\u30FA]/.test(scope.slice(at + 2, at + 3))) return false;
  const comma = scope.lastIndexOf('、', at);
  if (comma < 0) return false;
  const item = scope.slice(comma + 1, at);
  return item.length <= 10 && !/[はがもをにで]/.test(item.replace(/され$|でき$/, ''));
}

/**
 * A negation that qualifies a noun after a clause of its own (`…不正アクセスされ、…当方も知り得ないメールアドレスへ送信`):
 * `ない` followed by a noun that is not the head of a statement about the cue (`…していない状況です`, `ない旨`),
 * after a clause break (`、`) since the cue.
 */
function attributiveBeforeNoun(scope: string, at: number, word: string): boolean {
  if (word !== 'ない' || !/^[\u4E00-\u9FFF\u30A1-\u30FA]/.test(scope.slice(at + 2, at + 3))) return false;
  if (/^(?:旨|状況|状態|模様|見込|様子|事実|事|点|予定|ため|為|程度|範囲|形跡|痕跡|可能性|恐れ|おそれ|結果|場合|限り)/.test(scope.slice(at + 2, at + 6))) return false;
  return scope.lastIndexOf('、', at) >= 0;
}

/** Returns true when the cue ending at `cueEnd` is denied within its clause. */
export function isNegated(text: string, cueEnd: number, limit: number): boolean {
  return polarityAfter(text, cueEnd, limit).polarity === 'negated';
}

/** Requests, warnings and conditions addressed to readers: not statements of what happened. */
const REQUEST = /お願い|ください|下さい|いただきますよう|いただけますよう|いただくよう|いただきたく|頂きますよう|ご注意|ご確認を|ご留意|推奨|場合は|場合には|場合に|場合、|際は|際には|ないよう(?:に)?(?:ご|お|注意|気を|して(?:ください|下さい|いただ))|ように(?:注意|して)|べきだ|べきで(?:す|ある)|なければならない|かもしれ|しましょう|てほしい|たら[、]?[^。]{0,10}(?:破棄|削除|連絡|相談)/;

const REASSURANCE = /(?:ので|から)?、?ご安心(?:ください|下さい|いただけ(?:れば|ますよう)[^。]{0,10})/g;

/** Returns true when the sentence is a request, a warning or a condition (`…受信された場合は…削除してください`). */
export function isRequestOrCondition(sentence: string): boolean {
  // `…安全性を確認済みですのでご安心ください` reassures; the statement before it stands.
  if (sentence.includes('安心')) sentence = sentence.replace(REASSURANCE, '');
  return REQUEST.test(sentence);
}

const ADVERSATIVE = /[すたるいんだ]が、|ものの|けれど|一方[、で]|しかし/g;

/** Returns the clause of `text` around [start, end) within the sentence [sentStart, sentEnd): adversatives split clauses. */
export function clauseAround(text: string, sentStart: number, sentEnd: number, start: number): string {
  const s = text.slice(sentStart, sentEnd);
  let from = 0;
  let to = s.length;
  for (const m of s.matchAll(ADVERSATIVE)) {
    const cut = m.index + m[0].length;
    if (cut <= start - sentStart) from = cut;
    else if (m.index >= start - sentStart) {
      to = m.index + 1;
      break;
    }
  }
  return s.slice(from, to);
}

/** Prevention and countermeasure words right after a cue (`不正アクセス対策`, `漏えいを防止`). */
const PREVENTIVE = /^(?![^。]{0,6}?(?:など|等)(?:必要な|の)?(?:対策|措置))(?!(?:を|の)?(?:し|いたし|実施し)(?:、|て|まし))[^。]{0,6}?(?:対策|防止|を防|の防|に備え|への備え|に関する注意|に注意|にご注意|の未然|を未然|訓練|(?<!健康)診断(?!名|書|結果|日|内容|情報)|を想定|の危険(?!性(?:は|も)(?:一切)?(?:ありません|ございません|ない|無い))|リスク|等の被害に遭わ|に遭わない|被害に遭わ|を受けない|されない(?!(?![為様])[\u4E00-\u9FFF\u30A1-\u30FA])|しない(?!(?![為様])[\u4E00-\u9FFF\u30A1-\u30FA])|れないため|れないよう)/;

/** Hypothetical openers right before a cue (`万が一`, `仮に`; not `もしくは`, "or"). */
const HYPOTHETICAL_BEFORE = /(?:万が一|万一|仮に|もし(?!くは))[^。]{0,24}$/;

/** Returns true when the cue is about prevention or a hypothesis rather than an event. */
export function isPreventiveOrHypothetical(text: string, cueStart: number, cueEnd: number): boolean {
  if (PREVENTIVE.test(text.slice(cueEnd, cueEnd + 16))) return true;
  return HYPOTHETICAL_BEFORE.test(text.slice(Math.max(0, cueStart - 24), cueStart));
}
