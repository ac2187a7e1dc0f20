import { describe, expect, it } from 'vitest';
import { polarityAfter, clauseAround } from '../../src/extract/text/negation.js';
import { sentences } from '../../src/extract/text/sentences.js';

/** Polarity of the first occurrence of `cue` in `s`, read to the end of `s`. */
function pol(s: string, cue: string) {
  const i = s.indexOf(cue);
  return polarityAfter(s, i + cue.length, s.length).polarity;
}

describe('negation', () => {
  it('reads sentence-final negation within the clause (seed phrasings)', () => {
    expect(pol('クレジットカード情報は含まれておりません', 'クレジットカード情報')).toBe('negated');
    expect(pol('サーバーのウイルス感染や情報流出は確認されていない', '流出')).toBe('negated');
    expect(pol('現在、二次被害は確認されておりません', '二次被害')).toBe('negated');
    expect(pol('個人情報が外部に流出した明確な証拠は見つかっていません', '流出')).toBe('negated');
    expect(pol('企業情報等の流出は現時点では確認されておりません', '流出')).toBe('negated');
  });
  it('treats 否定できない and 可能性 as possible, 可能性はございません as negated', () => {
    expect(pol('お客様の個人情報の一部が流出した可能性を否定できない事象', '流出')).toBe('possible');
    expect(pol('漏えいの可能性を完全に否定することが困難な状況', '漏えい')).toBe('possible');
    expect(pol('第三者に閲覧されている可能性はございません', '閲覧')).toBe('negated');
    expect(pol('ETCクレジットカード番号、車載器管理番号の漏洩の可能性はございません', 'クレジットカード番号')).toBe('negated');
  });
  it('does not let a second topic carry the negation back to the cue', () => {
    expect(pol('不正アクセスを受けたサーバには取材に関する情報は一切含まれていません', '不正アクセス')).toBe('affirmed');
  });
  it('reads a cue introduced as the subject matter (…事案につきまして、) as affirmed', () => {
    const t = 'メールセキュリティシステムへの不正アクセス事案につきまして、調査の結果、お客様に関する情報漏えいはなかったことが確認されました。';
    expect(polarityAfter(t, t.indexOf('不正アクセス') + 6, t.length).polarity).toBe('affirmed');
    const u = '不正アクセスにより情報漏えいはなかったことが確認されました。';
    expect(polarityAfter(u, u.indexOf('情報漏えい') + 5, u.length).polarity).toBe('negated');
  });
  it('reads a cue stated as the cause (…により、…できない) as affirmed: the negation is its effect\'s', () => {
    expect(pol('第三者による不正アクセスにより、当社ホームページが一時的に閲覧できない状態となりました。', '不正アクセス')).toBe('affirmed');
    expect(pol('不正アクセスは確認されておりません。', '不正アクセス')).toBe('negated');
  });
  it('stops at adversative conjunctions', () => {
    expect(pol('個人情報が漏えいしましたが、クレジットカード情報は含まれておりません', '漏えい')).toBe('affirmed');
  });
  it('handles ではなく and にもかかわらず', () => {
    expect(pol('当社によるものではなく', 'もの')).toBe('negated');
    expect(pol('他の情報が見られるような設定のチェックを外していたにもかかわらず、公開した', '見られる')).toBe('affirmed');
  });
  it('marks 有無 and 調査中 as undetermined', () => {
    expect(pol('漏えいの有無については現在調査中であり', '漏えい')).toBe('undetermined');
  });
  it('finds the clause around a cue', () => {
    const s = '二次被害は確認されておりませんが、万が一不審なメールが届いた場合は削除してください';
    expect(clauseAround(s, 0, s.length, 0)).not.toMatch(/場合/);
  });
  it('splits sentences on 。 and newlines', () => {
    const t = '不正アクセスを受けました。\n詳細は調査中です';
    expect(sentences(t).map((s) => t.slice(s.start, s.end))).toEqual(['不正アクセスを受けました', '詳細は調査中です']);
  });
  it('does not end a sentence at a 。 inside a short bracket, nor carry a bracket across lines', () => {
    const t = '2025年1月3日に松山大学(以下、「本学」という。)におきまして、事案が発生いたしました。次の文です';
    expect(sentences(t).map((s) => t.slice(s.start, s.end))).toEqual(['2025年1月3日に松山大学(以下、「本学」という。)におきまして、事案が発生いたしました', '次の文です']);
    const u = '(1 経緯\n不正アクセスを受けました。詳細は調査中です';
    expect(sentences(u).map((s) => u.slice(s.start, s.end))).toEqual(['(1 経緯', '不正アクセスを受けました', '詳細は調査中です']);
  });
  it('a purpose clause (…ないよう) negates nothing before it', () => {
    const t = '登録機能を停止するという一次対応を実施し、同様の事象が起きないよう対応しております';
    expect(polarityAfter(t, t.indexOf('停止') + 2, t.length).polarity).toBe('affirmed');
  });
  it('a finished clause ends the cue statement before another topic', () => {
    const t = '経路を特定・遮断したとの報告を受けており、現時点で情報の不正利用等は確認されておりません';
    expect(polarityAfter(t, t.indexOf('遮断') + 2, t.length).polarity).toBe('affirmed');
    const u = '流出した事実は確認されておりません';
    expect(polarityAfter(u, 2, u.length).polarity).toBe('negated');
  });
  it('keeps a parenthetical statement with its own topic from negating the cue', () => {
    expect(pol('スナップ写真・部活写真(人名データは含まれません)', '部活写真')).toBe('affirmed');
    expect(pol('個人情報(氏名、住所)は含まれておりません', '個人情報')).toBe('negated');
  });
  it('reads …ものではございません as a denial, not as a second topic', () => {
    expect(pol('また弊社サーバーから情報が漏洩したものではございません。', '漏洩した')).toBe('negated');
  });
  it('a possibility denied with が (`恐れがないことが判明`) is a denial', () => {
    expect(pol('当センターのメールデータ漏洩の恐れがないことが判明いたしました。', '漏洩')).toBe('negated');
  });
  it('a negation qualifying the next item of a list negates nothing before it', () => {
    expect(pol('- 項目:氏名、生年月日、住所、電話番号、メールアドレス、解読されない暗号化されたパスワード等', '氏名')).toBe('affirmed');
    expect(pol('氏名、住所は閲覧されない状態でした', '氏名')).toBe('negated');
  });
});

describe('polarityAfter: a negation qualifying a noun in a later clause', () => {
  it('is not the cue\'s own denial (`…不正アクセスされ、…知り得ないメールアドレスへ送信`)', () => {
    const t = '当会のメールアカウントが第三者に不正アクセスされ、当会を装ったメールが、当方も知り得ないメールアドレスへ送信されている事実を確認いたしました。';
    const end = t.indexOf('不正アクセス') + 6;
    expect(polarityAfter(t, end, t.length).polarity).toBe('affirmed');
  });
  it('a statement about the cue headed by 状況 or 旨 still denies it', () => {
    const t = '現時点で、情報の漏えいは発生していない状況です。';
    expect(polarityAfter(t, t.indexOf('漏えい') + 3, t.length).polarity).toBe('negated');
  });
});
