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
  it('leaves out data that is the topic of a denial', () => {
    const r = ex(T, '不正アクセスを受け、氏名、住所が漏えいした可能性があります。クレジットカード情報は別システムで管理しており、今回の不正アクセスによる影響は一切ございません。\n※マイナンバーについては、弊社では保有しておりませんので漏えいはございません。');
    expect(sorted(r.data_types)).toEqual(['address', 'name']);
    // An adversative clause keeps what was viewed.
    const r2 = ex(T, '不正アクセスを受けました。カード番号全桁は閲覧されておりませんが、有効期限は閲覧された可能性がございます。');
    expect(r2.data_types).toContain('card_expiry');
  });
  it('does not read systems, services or words inside other words as data', () => {
    const r = ex(T, '健康情報ポータルサイトにおいて不正アクセスが確認され、氏名が漏えいした可能性があります。ネット上で不審なアクセスを受けた場合の対処方法について周知徹底を図ります。「医療情報システムの安全管理に関するガイドライン」に沿って対応を進めております。');
    expect(r.data_types).toEqual(['name']);
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
  it('reads mail data exposed through a mail service (IIJ セキュアMX notices)', () => {
    const r = ex('当社が利用するメールシステムへの不正アクセスに関するお知らせ', '「IIJセキュアMXサービス」を利用して送受信したメール情報が外部に流出した可能性があることが、IIJ社からの報告により判明いたしました。');
    expect(sorted(r.data_types)).toEqual(['email', 'other']);
  });
  it('only counts data in exposure context', () => {
    const r = ex('当社にて発生したセキュリティインシデントについて', '当社が使用するレンタルサーバーに対して、外部からの不正なアクセスが行われ、当社が作成していない電子メールアドレスが複数作成されていたことが発覚しました。');
    expect(r.data_types).toEqual([]);
    const enc = ex('ランサムウェア被害の発生について', 'ランサムウェアによる被害を受けました。\n## 2. 被害を受けた情報\nサーバーに保存していた各種業務データ、業務用ソフトウエアが暗号化されアクセス不能な状況となっております。なお、情報流出につきましては現在調査中です。');
    expect(enc.data_types).toEqual([]);
  });
  it('reads a list under a heading and its sub-headings', () => {
    const r = ex(T, '不正アクセスを受けました。\n## 2. 漏洩した可能性のある情報\n### 【個人情報】\n- 氏名\n- 住所\n- ご注文内容\n\n### 【クレジットカード情報】\n- カード番号\n- カード名義\n\n## 3. 本件に関する弊社の対応\n- 電話番号の変更はありません');
    expect(sorted(r.data_types)).toEqual(['address', 'card_number', 'cardholder_name', 'name', 'purchase_history']);
    const intro = ex(T, '不正アクセスを受けました。\n現在、漏洩の可能性がある個人情報は以下の通りです。\n・2024年10月8日以降のご購入者様の住所、氏名、電話番号\n');
    expect(sorted(intro.data_types)).toEqual(['address', 'name', 'phone']);
  });
  it('reads a phone/FAX number listed as leaked', () => {
    const r = ex(T, '不正アクセスを受けました。ダウンロードされたメールに含まれた取引先の個人情報(会社名、氏名、電話/FAX番号、電子メールアドレス)が漏洩しました。');
    expect(sorted(r.data_types)).toEqual(['email', 'name', 'phone', 'workplace']);
  });
  it('skips data words in office names, scam pretexts and the fraudster\'s account', () => {
    expect(ex(T, '東京都保健医療情報センターのメールサーバが不正に利用され、スパムメールが送られた事案が発生しました。').data_types).toEqual([]);
    const r = ex(T, '不正アクセスを受けました。流出した可能性のある情報は、氏名、社員番号となります。\n例)行政機関を名乗り、個人番号が漏えいしているなどとして金銭の振り込みに誘導するような詐欺');
    expect(sorted(r.data_types)).toEqual(['id_number', 'name']);
    expect(ex(T, '不正アクセスを受け、取引先の名を騙った人物からの請求に応じて虚偽の犯人銀行口座に代金を支払う被害が発生しました。').data_types).not.toContain('bank_account');
  });
  it('a list of data negated under a shared topic adds nothing', () => {
    const r = ex(T, '漏洩した可能性のある個人情報は、氏名、住所です。なお、金融機関の口座情報、クレジットカード情報、パスワードにつきましては、当社は直接保有しておらず、漏洩がないことを確認しております。');
    expect(sorted(r.data_types)).toEqual(['address', 'name']);
  });
  it('reads business data, staff card codes, and not a photo studio', () => {
    const r = ex(T, '不正アクセスを受け、お取引先様の個人情報および業務用の情報が漏えいしたおそれがございます。\n### 漏洩のおそれがある個人情報\n- 弊社社員証コード');
    expect(sorted(r.data_types)).toEqual(['id_number', 'other']);
    expect(ex(T, '卒業アルバムの制作を受注していた江陽写真室の下請け先がランサムウェアの攻撃を受け、情報が漏えいしたおそれがあります。').data_types).not.toContain('photo_video');
  });
  it('reads policy numbers, call records, nationality and points; a parenthesis with its own topic does not negate the item', () => {
    const r = ex(T, 'ランサムウェア被害により以下の個人情報の漏えいのおそれがあります。\n契約者の氏名、被保険者の住所・証券番号、通話記録等');
    expect(sorted(r.data_types)).toEqual(['address', 'id_number', 'name', 'other']);
    const r2 = ex(T, '不正アクセスにより、銀行口座番号(暗証番号は含みません)等も一部含まれておりました。');
    expect(r2.data_types).toEqual(['bank_account']);
    const r3 = ex(T, '不正アクセスを受けました。流出が確認された個人情報\n氏名、住所、電話番号、および健康診断結果');
    expect(sorted(r3.data_types)).toEqual(['address', 'health', 'name', 'phone']);
  });
  it('does not read 役職員 as a position nor business data being restored as exposed', () => {
    expect(ex(T, '不正アクセスにより、当法人の全役職員のメールアドレスが流出した可能性があります。').data_types).toEqual(['email']);
    expect(ex('ランサムウェア被害について', 'ランサムウェア被害を受けました。ネットワークとの接続安全性を確認の上で、各種業務データを復旧し、サービスを再開いたします。').data_types).toEqual([]);
  });
});

describe('data_types: business records of no personal kind are other', () => {
  it('reads 秘密情報, ソースコード and application records as other', () => {
    expect(ex('ランサムウェア被害の発生に関するお知らせ', '取引先様等の個人情報及び秘密情報が一部外部へ漏えいした可能性があります。').data_types).toContain('other');
    expect(ex('不正アクセスについて', 'ソースコード管理サービスに含まれる一部の情報が不正に取得されたことが判明いたしました。').data_types).toEqual(['other']);
  });
  it('does not read the name of a form as data', () => {
    expect(ex('不正アクセスについて', '不正アクセスを受けた可能性がある機能は以下です。\n- 各種お申し込み、お問い合わせフォーム(口座開設、資料請求、お問い合わせ等)').data_types).toEqual([]);
  });
});

describe('data_types: numbers and keys that are nobody\'s data', () => {
  it('skips the reference of a report to the authorities and the ransom key', () => {
    const r = ex('弊社工場システムへの不正侵入被害に関するお詫びとお知らせ',
      '卒業アルバムのデータが流出した可能性があります。\n- テキスト(個人名・委員会クラブなど)のデータ\n- 個別の写真(顔写真・スナップ)\n\n個人情報保護委員会(受付番号8572226076)に報告しました。ランサムウェアはデータを暗号化することで複合鍵(パスワード)の開示と引き換えに現金を要求するものです。');
    expect(r.data_types).toContain('name');
    expect(r.data_types).not.toContain('id_number');
    expect(r.data_types).not.toContain('password');
  });
});

describe('data_types: hotel bookings', () => {
  it('reads the stay date, rate and hotel of a booking as purchase history', () => {
    const r = ex('宿泊予約サービスシステム運営委託先における個人情報漏洩の可能性に関するお知らせ',
      '同社予約システムに対する外部からの不正アクセスにより、お客様の氏名、メールアドレス、宿泊ホテル名、当該の宿泊料金、チェックイン日などが含まれている可能性がございます。');
    expect(r.data_types).toContain('purchase_history');
  });
  it('does not read a stay date used to select bookings as data', () => {
    const r = ex('不正アクセスによる個人情報漏えいについて', 'Booking.com社経由の宿泊予約情報(宿泊日を2023年11月26日以降とする予約)の氏名、住所、電話番号が閲覧された可能性があります。');
    expect(r.data_types).not.toContain('purchase_history');
  });
  it('reads every item of a list whose last item carries a qualifying negation', () => {
    const r = ex('不正アクセスによる個人情報漏えいについて', '## 【漏えいしたデータ】\n- 項目:氏名、生年月日、住所、電話番号、メールアドレス、解読されない暗号化されたパスワード等\n- 件数:最大のべ15,535名');
    expect(r.data_types).toEqual(expect.arrayContaining(['name', 'birthdate', 'address', 'phone', 'email', 'password']));
  });
  it('does not read `もしくは` as a hypothesis', () => {
    const r = ex('ランサムウェア感染被害に伴う個人情報に関するお知らせ', '## ■ 対象となる可能性のある情報項目:\n- 担当もしくは代表者氏名、会社住所、会社電話番号、社用携帯番号、社用メールアドレス');
    expect(r.data_types).toEqual(expect.arrayContaining(['name', 'address', 'phone', 'email']));
  });
  it('does not read a password being changed as exposed data', () => {
    const r = ex('ランサムウェア被害の発生について', '当社サーバーがランサムウェアに感染しました。\n- サーバーおよびパソコン端末に保存されている認証情報(パスワード等)を変更する。');
    expect(r.data_types).not.toContain('password');
  });
  it('reads business data, internal documents and mail contents as other', () => {
    expect(ex('不正アクセスについて', 'サイバー攻撃を受けたシステムより、業務上のデータが外部に漏えいした可能性があることが判明いたしました。').data_types).toContain('other');
    expect(ex('ランサムウェア攻撃について', 'ダークウェブ上で、攻撃を受けたサーバ内の一部社内文書およびファイル名と思われる情報が公開されていることが確認されました。').data_types).toContain('other');
    expect(ex('不正アクセスについて', '## ■漏洩した可能性のある情報\n- 不正アクセスを受けたサーバーで隔離されたメールに記載されている情報').data_types).toContain('other');
  });
});

describe('data_types: medical lists, disability, IDs written with a space', () => {
  it('does not read 診断名 in a list as a security diagnosis (prevention)', () => {
    const r = ex('パソコンへの不正アクセスについて', '当院のパソコンが不正アクセスを受けました。\n\n## 2 個人情報について\n当該パソコンには、患者様情報の一部 約5000件が保管されていました。\n\n(患者番号、氏名、生年月日、性別、診断名、診察日の全部又は一部)');
    expect(r.data_types).toEqual(expect.arrayContaining(['id_number', 'name', 'birthdate', 'gender', 'health']));
  });
  it('reads 障害の有無 as health data and 会員 ID as an id number', () => {
    expect(ex('個人情報漏えいのおそれについて', '## 漏えいのおそれのある情報\n・氏名\n・障害の有無').data_types).toContain('health');
    expect(ex('不正アクセスによる個人情報漏えいについて', '1,347,445 件の会員 ID、登録日、会員氏名、性別が漏えいした可能性があります。').data_types).toContain('id_number');
  });
});

describe('data_types: business records as other', () => {
  it('reads contracts, invoices, management data and student records as other', () => {
    expect(ex('不正アクセスについて', 'サーバーが外部からの不正アクセスを受け、一部の管理データがサイバー攻撃者によって窃取された可能性があります。').data_types).toContain('other');
    expect(ex('個人情報漏えいのおそれについて', '## 漏えい等のおそれがある個人データの項目\n氏名、メールアドレス、学籍情報等').data_types).toEqual(expect.arrayContaining(['name', 'email', 'other']));
    expect(ex('不正アクセスに関するお知らせ', '## 閲覧された可能性を否定できない情報\n口座名義、振込口座番号、契約書、請求書、売上等に関する情報').data_types).toEqual(expect.arrayContaining(['bank_account', 'other']));
  });
});

describe('data_types: list items written with a space or a short name', () => {
  it('reads representative names, locations, trade names and IDs written with a space', () => {
    const r = ex(T, '不正アクセスを受けました。漏えいの可能性のある情報:法人名、代表者名、所在地、屋号、ログイン ID');
    expect(sorted(r.data_types)).toEqual(['address', 'login_id', 'name', 'workplace']);
    const r2 = ex(T, 'このシステムに、従業員の氏名、従業員 ID、生年月日などが保管されており、外部に流出した可能性があります。');
    expect(sorted(r2.data_types)).toEqual(['birthdate', 'id_number', 'name']);
  });
  it('reads insurer numbers as national ids and medical-care information as health data', () => {
    const r = ex(T, '不正アクセスにより、氏名、生年月日、基礎年金番号、保険者番号、診療に関する情報が漏えいしたおそれがあります。');
    expect(sorted(r.data_types)).toEqual(['birthdate', 'health', 'name', 'national_id']);
  });
});

describe('data_types: the organisation\'s own mail address', () => {
  it('does not read the address the organisation sends from, or had misused, as exposed data', () => {
    expect(ex('当公社メールアドレスの不正利用による迷惑メール送信', '当公社が管理するメールアドレスが第三者により不正利用され、不審なメールが送信されました。').data_types).not.toContain('email');
    expect(ex(T, '当会のメールアカウントが第三者に不正アクセスされ、当会を装ったメールが、当方も知り得ないメールアドレスへ送信されている事実を確認いたしました。').data_types).not.toContain('email');
    expect(ex(T, '不正アクセスが発生し、「セイムスオンライン」からお客様宛にお送りする送信メールアドレスの管理者パスワード情報が外部に流出した可能性があります。').data_types).toEqual(['password']);
  });
  it('still reads the customers\' addresses as exposed', () => {
    expect(ex(T, '当社サーバーが不正アクセスを受け、お客様のメールアドレスが流出した可能性があります。').data_types).toEqual(['email']);
  });
});
