import { describe, expect, it } from 'vitest';
import { ex } from './common.js';

const T = '不正アクセスによる個人情報に関するお知らせ';
const A = '当社サーバーが不正アクセスを受けました。';

describe('leak', () => {
  it('confirmed when data is stated to have leaked', () => {
    expect(ex(T, A + '当社内の端末に社外から侵入されたことで、20ファイルが持ち出されました。').leak).toBe('confirmed');
  });
  it('possible for 可能性, おそれ, 否定できない', () => {
    expect(ex(T, A + '個人情報が外部へ流出した恐れがあることが判明しました。').leak).toBe('possible');
    expect(ex(T, A + 'お客様の個人情報の一部が流出した可能性を否定できない事象が発生いたしました。').leak).toBe('possible');
  });
  it('possible wins over a denial of other data', () => {
    expect(ex(T, A + '氏名、住所が閲覧される可能性がございます。※クレジットカード情報の漏えいはございません。').leak).toBe('possible');
  });
  it('possible wins over a weaker confirmed heading', () => {
    expect(ex(T, A + '個人情報を含むデータの一部が外部に漏えいした可能性があります。現在漏えいが判明している個人情報は、名簿です。').leak).toBe('possible');
  });
  it('not_found when no leak was found', () => {
    expect(ex(T, A + 'なお、本件による個人情報などの流出は無かったことを確認しており、被害は報告されておりません。').leak).toBe('not_found');
    expect(ex(T, A + 'なお、企業情報等の流出は現時点では確認されておりません。').leak).toBe('not_found');
  });
  it('unknown when the text does not say', () => {
    expect(ex(T, A + '漏えいの有無については現在調査中です。').leak).toBe('unknown');
  });
  it('unknown for reports that are no incident', () => {
    expect(ex('ハワイアン航空が合併', '合併により情報が流出したわけではない。').leak).toBe('unknown');
  });
  it('misdelivery is a confirmed leak even without a leak verb', () => {
    expect(ex('個人情報を含む文書の配付について', '個人情報が記載された用紙を裏紙として再利用して印刷し、生徒に配付していた。').leak).toBe('confirmed');
  });
  it('data published on a leak site is a confirmed leak', () => {
    const r = ex('ランサムウェア攻撃に関するお知らせ', 'ランサムウェア攻撃を受けました。保存された情報が第三者に閲覧された可能性があることが判明しました。一部情報につきまして、いわゆるリークサイトにアップロードされていることが確認されております。');
    expect(r.leak).toBe('confirmed');
  });
  it('a leak named in a condition is no finding', () => {
    const r = ex('業務委託先における情報漏えいの可能性について', '委託先のサーバーが不正アクセスを受け、当社のお客さま情報が外部に流出した可能性があることが判明いたしました。今後情報の流出が判明したお客さまが確認された場合は、速やかにご連絡させていただきます。');
    expect(r.leak).toBe('possible');
  });
  it('"no danger of a leak" is not_found', () => {
    const r = ex('セキュリティインシデントについて', '当社のレンタルサーバーに不正なアクセスが行われました。当該レンタルサーバーには個人情報や会社情報等は保管されておらず、情報漏洩の危険性はありません。');
    expect(r.leak).toBe('not_found');
  });
});
