import { describe, expect, it } from 'vitest';
import { ex } from './common.js';

const T = '不正アクセスについて';
const A = '当社サーバーが不正アクセスを受け、個人情報が流出した可能性があります。';

describe('misuse', () => {
  it('not_found for 二次被害は確認されておりません even before a warning', () => {
    expect(ex(T, A + '現在、二次被害は確認されておりませんが、万が一不審なメールが届いた場合は開封せず、削除していただくようお願いいたします。').misuse).toBe('not_found');
    expect(ex(T, A + '現時点で不正使用などの二次被害は確認されていません。').misuse).toBe('not_found');
    expect(ex(T, A + '現時点ではお客さまから被害の報告は受けておりません。').misuse).toBe('not_found');
  });
  it('confirmed when misuse is stated', () => {
    expect(ex('懲戒処分について', '職員が患者のクレジットカードを不正に使用(45万円相当)し、購入品を転売していた。').misuse).toBe('confirmed');
    expect(ex('メール情報流出について', 'パソコンがEmotetに感染し、第三者からの不審なメールが発信されている事実が判明しました。').misuse).toBe('confirmed');
  });
  it('a stated possibility of misuse leaves it unknown', () => {
    expect(ex(T, A + '一部のお客様のクレジットカード情報が不正利用された可能性があることを確認いたしました。').misuse).toBe('unknown');
  });
  it('requests and prevention are not statements', () => {
    expect(ex(T, A + 'カード会社と連携し、不正利用の防止に努めております。クレジットカード不正利用のご確認のお願い。').misuse).toBe('unknown');
  });
  it('damage that is the leak itself is not misuse', () => {
    expect(ex(T, '不正アクセスを受けた。情報漏えいなどの被害は確認されていないとしている。').misuse).toBe('unknown');
  });
  it('a measure so that the system is not misused states no misuse', () => {
    const r = ex('メールセキュリティサービスへの不正アクセスについて', '利用しているメールサービスが不正アクセスを受けました。本件を受け、当社側でも本メールシステムが不正利用されないために必要な対応を実施いたしております。');
    expect(r.misuse).toBe('unknown');
  });
  it('none found so far outweighs a warning that data may be misused', () => {
    const r = ex(T, A + '個人情報を悪用し、迷惑メール等が送付される可能性があります。なお、現時点で本件に起因する個人情報を用いた不正利用等の二次被害については、確認されて おりません。');
    expect(r.misuse).toBe('not_found');
  });
  it('credentials used to break in are no misuse of the data', () => {
    const r = ex(T, A + 'アカウントのIDおよびパスワードが搾取され、それを不正に利用されて、システムに侵入されました。流出したデータの不正利用などの二次被害についても、確認されておりません。');
    expect(r.misuse).toBe('not_found');
  });
  it('a low likelihood or data able to cause damage is no finding', () => {
    expect(ex(T, A + '漏えいによる二次被害のおそれは低いものと判断しております。').misuse).toBe('unknown');
    expect(ex(T, A + '決済は別の代行会社に委託しているため、経済的な二次被害を直接生じさせ得る情報は現時点では確認されておりません。').misuse).toBe('unknown');
  });
});

describe('misuse (release archive phrasings)', () => {
  it('reads 2次被害 written with a digit', () => {
    expect(ex('ランサムウェア被害に関するお知らせ', '再々委託先がランサムウェアによる不正アクセスを受けました。調査の結果、個人情報漏洩の事実、2 次被害の発生等は確認されておりません。').misuse).toBe('not_found');
  });
  it('reads unauthorized trades in customers\' accounts as misuse, a transfer of stolen money as none', () => {
    expect(ex('不正アクセスおよび取引に対する当社の対応について', 'お客さまの口座への不正アクセスおよび不正取引を確認しております。').misuse).toBe('confirmed');
    expect(ex('元社員による横領について', '元社員が会社の資金を着服した事件で、不正送金された資金は回収されました。').misuse).toBe('unknown');
  });
});
