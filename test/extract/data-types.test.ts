import { describe, expect, it } from 'vitest';
import { ex } from './common.js';

const sorted = (a: readonly string[]) => [...a].sort();
const T = '不正アクセスによる個人情報漏えいに関するお詫び';

describe('data_types', () => {
  it('reads the listed kinds of exposed data', () => {
    const r = ex(T, '不正アクセスを受けました。漏えいした可能性のある情報は以下のとおりです。\n・カード名義人名\n・クレジットカード番号\n・有効期限\n・セキュリティコード\n・メールアドレス\n・電話番号');
    expect(sorted(r.data_types)).toEqual(['card_cvv', 'card_expiry', 'card_number', 'cardholder_name', 'email', 'phone']);
  });
  it('leaves out data the text says was safe', () => {
    const r = ex(T, '不正アクセスを受けました。①氏名 ②住所 ③電話番号\nクレジットカード情報など決済に関する情報は含まれておりません。');
    expect(sorted(r.data_types)).toEqual(['address', 'name', 'phone']);
    const r2 = ex(T, '不正ログインがありました。メールアドレス、登録ID、秘密の質問・答え及び利用履歴について閲覧された可能性があります。ETCクレジットカード番号、車載器管理番号の漏洩の可能性はございません。');
    expect(sorted(r2.data_types)).toEqual(['email', 'id_number', 'purchase_history', 'security_qa']);
  });
  it('maps workplace, id and hashed password words', () => {
    const r = ex(T, '不正アクセスを受けました。\n・氏名 ・ユーザーID ・社員番号 ・会社名 ・部署、役職名 ・メールアドレス ・ランダムな文字列の(ハッシュ化された)パスワード');
    expect(sorted(r.data_types)).toEqual(['email', 'id_number', 'login_id', 'name', 'password', 'workplace']);
  });
  it('does not read a password reset or a contact line as exposed data', () => {
    const r = ex('なりすましログインへの対応に関して', 'なりすましログインが発生しました。対象のお客さまには、パスワードのリセットを実施いたしました。\nお問い合わせ先 電話番号: 0120-000-000');
    expect(r.data_types).toEqual([]);
  });
  it('reads health, bank and financial words', () => {
    const r = ex('USBメモリー紛失について', 'USBメモリーを紛失しました。漏えいのおそれのある個人情報: 住所、氏名、生年月日、性別、接種履歴、口座番号、未納金額');
    expect(sorted(r.data_types)).toEqual(['address', 'bank_account', 'birthdate', 'financial', 'gender', 'health', 'name']);
  });
});
