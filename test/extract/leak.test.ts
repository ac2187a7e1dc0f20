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
});
