import { describe, expect, it } from 'vitest';
import { ex } from './common.js';

const sorted = (a: readonly string[]) => [...a].sort();
const T = '不正アクセスによる個人情報漏えいに関するお詫び';

describe('actions', () => {
  it('reads the usual response of a card-data breach', () => {
    const r = ex(T, [
      '不正アクセスを受けました。',
      '2024年6月3日、本件サイトでのクレジットカード決済を停止し、第三者機関(外部のセキュリティ企業)のフォレンジック調査を実施いたしました。',
      '電子メールにてお詫びとお知らせを個別に順次ご連絡申し上げております。',
      '既に弊社では、クレジットカード会社と連携し、漏えいした可能性のあるクレジットカードによる取引のモニタリングを継続して実施し、不正利用の防止に努めております。',
      '2024年6月3日の時点で個人情報保護委員会に報告済みであり、また所轄警察署にも被害申告しており、今後捜査にも全面的に協力してまいります。',
    ].join('\n'));
    expect(sorted(r.actions)).toEqual(['card_monitoring', 'forensic', 'notify_individuals', 'police', 'ppc_report', 'service_suspended']);
  });
  it('does not take advice to readers as an action', () => {
    const r = ex('USBメモリー紛失について', 'USBメモリーを紛失しました。不審な連絡があった場合は、最寄りの警察署にご相談ください。他のサイトで同一のパスワードを使用されている場合には、パスワード変更のお手続をお願いします。');
    expect(r.actions).toEqual([]);
  });
  it('reads isolation, deletion, MFA and discipline', () => {
    expect(ex(T, '不正アクセスを受けたため、直ちにネットワークを遮断いたしました。').actions).toEqual(['network_isolated']);
    expect(ex('個人情報の誤掲載について', '閲覧できる状態になっていました。当該ファイルをサイトから削除し、取得したファイルについても削除を確認致しました。').actions).toEqual(['data_deleted']);
    expect(sorted(ex(T, 'メールアカウントへの不正ログインがあり、迷惑メールが送信されました。パスワードを変更し、多要素認証を設定しました。').actions)).toEqual(['mfa', 'password_reset']);
    expect(ex('職員の懲戒処分について', '他の職員のアカウントで不正にログインした職員を減給の懲戒処分としました。').actions).toEqual(['disciplinary']);
  });
  it('does not count a police contact that came from the police', () => {
    expect(ex(T, '不正アクセスを受けた。県警から「パスワードなどが流出している」と連絡があり、IDとパスワードを新たに設定した。').actions).toEqual(['password_reset']);
  });
  it('reads actions phrased in 2025 releases', () => {
    const r = ex(T, [
      '当社サーバーに対する不正アクセスを検知し、直ちにサーバーからネットワークを切り離すなど必要な対策を実施しました。',
      'なお現在外部専門家や警察と連携のうえ、迅速な調査及びシステム保護と復旧作業を進めております。',
      '速やかに関係機関への報告を行うとともに、影響を受けた機器を隔離するなどの対策は実施済みです。',
      '原因は従業員がフィッシングメールへアクセスしたことであると判明しており、パスワードの変更とセキュリティの追加をしております。',
    ].join('\n'));
    expect(sorted(r.actions)).toEqual(['forensic', 'network_isolated', 'password_reset', 'police', 'regulator_report']);
  });
  it('reads investigations by outside bodies, also beside a finding of no leak', () => {
    expect(ex(T, '不正アクセスを受けました。外部機関の調査においても漏えいの事実は確認できない。').actions).toContain('forensic');
    expect(ex(T, '当社アカウントから標的型攻撃メールが送信された件に関して、セキュリティベンダー等と連携して調査を行いました。').actions).toContain('forensic');
  });
  it('a dedicated desk is a helpdesk, the usual contact heading is not', () => {
    expect(ex(T, '不正アクセスを受けました。\n## 6. お問い合わせ窓口\n株式会社例 TEL 03-0000-0000').actions).not.toContain('helpdesk');
    expect(ex(T, '不正アクセスを受けました。本件に関する相談窓口を設置いたします。').actions).toContain('helpdesk');
    expect(ex(T, '不正アクセスを受けました。ご不明点がございましたら、弊社専用コールセンターまでご連絡をお願い申し上げます。').actions).toContain('helpdesk');
  });
  it('reads isolation, password and shipment phrasings', () => {
    const r = ex(T, '社内サーバへの不正アクセスを確認後、直ちに対象サーバのネットワーク分離や社内アカウントのパスワード変更、デジタルフォレンジックの実施など被害拡大を防止するための措置を講じてまいりました。');
    expect(sorted(r.actions)).toEqual(['forensic', 'network_isolated', 'password_reset']);
    expect(ex(T, '不正アクセスを受けました。被害が確認されたシステム環境はネットワークを遮断し、被害拡大を防ぐための措置を講じました。').actions).toContain('network_isolated');
    expect(ex(T, 'ランサムウェア攻撃を受けました。\n- 各端末 / ユーザー / サービスパスワードの更新').actions).toContain('password_reset');
    expect(ex(T, 'ランサムウェア攻撃を受けました。「アスクル株式会社」は出荷を停止しております。').actions).toContain('service_suspended');
    expect(ex(T, '不正なアクセスが確認され、発覚後すぐに本サイトの登録機能を停止するという一次対応を実施し、同様の事象が起きないよう対応しております。').actions).toContain('service_suspended');
    expect(ex(T, 'ランサムウェア被害を受けました。\n## ■サーバー停止期間').actions).not.toContain('network_isolated');
  });
  it('reads reports to the police and to authorities', () => {
    expect(ex(T, 'ランサムウェア攻撃を受けました。\n- 警察および個人情報保護委員会へ最終報告を予定').actions).toContain('police');
    expect(sorted(ex(T, '不正アクセスを受けました。当社は、警察や個人情報保護委員会等の関係機関への報告を即時行っております。').actions)).toEqual(['police', 'ppc_report']);
    expect(ex(T, '不正アクセスを受けました。本件につきましては、関係する行政機関へ報告をするとともに、調査を開始しております。').actions).toContain('regulator_report');
    expect(ex(T, '不正アクセスを受けました。また、関係当局に対しては本件の報告を行っております。').actions).toContain('regulator_report');
    expect(ex(T, '不正アクセスを受けました。\n(2) 行政機関への報告\n個人情報保護委員会に報告いたしました。').actions).not.toContain('regulator_report');
  });
  it('advice for future prevention is no forensic investigation; account deletion deletes no data', () => {
    const r = ex(T, 'ランサムウェア被害を受けました。外部専門家のアドバイスを受けながらシステムのセキュリティ対策、監視態勢の強化を行い、再発防止に努めてまいります。');
    expect(r.actions).not.toContain('forensic');
    expect(ex(T, '不正アクセスを受けました。搾取されたと推測されるアカウントの特定と削除を行いました。').actions).not.toContain('data_deleted');
  });
  it('a generic contact line is no helpdesk; an incident desk is', () => {
    expect(ex(T, '不正アクセスを受けました。なお、本件に関するお問い合わせは、下記の窓口までご連絡くださいますようお願い申し上げます。').actions).not.toContain('helpdesk');
    expect(ex(T, '不正アクセスを受けました。\n学校法人例学園 不正アクセス問い合わせ窓口').actions).toContain('helpdesk');
    expect(ex(T, '不正アクセスを受けました。本件に関するお客様のお問い合わせ窓口を以下の通り設置いたしました。').actions).toContain('helpdesk');
    expect(ex(T, '不正アクセスを受けました。現在、コールセンターを準備中です。').actions).toContain('helpdesk');
  });
  it('a password heading over advice is no reset; a numbered measure is', () => {
    expect(ex(T, '不正アクセスを受けました。\n### (2)パスワードの変更\n同じパスワードを他サービスで使用している場合は、速やかに変更いただくようお願いします。').actions).not.toContain('password_reset');
    expect(ex(T, '不正アクセスを受けました。\n(1) 全従業員のパスワードを変更しました。').actions).toContain('password_reset');
  });
  it('reads a password changed at the end of a timeline line or before a reassurance', () => {
    expect(ex(T, '不正アクセスを受けました。\n同日、当該教員アカウントのパスワードを変更\n').actions).toContain('password_reset');
    expect(ex(T, '不正アクセスを受けました。上記メールアドレスのパスワードは既に変更しており、現在では情報漏えいの危険性はありません。').actions).toContain('password_reset');
  });
  it('reads reports to a foreign authority or JIPDEC, not a bureau calling itself 当局', () => {
    expect(ex(T, '不正アクセスを受けました。本件については、シンガポール当局へ報告いたしました。').actions).toContain('regulator_report');
    expect(ex(T, '不正アクセスを受けました。個人情報保護委員会とJIPDECへ速報を報告しました。').actions).toContain('regulator_report');
    expect(ex(T, '不正アクセスを受けました。上記内容について、受託者から当局に報告があった。').actions).not.toContain('regulator_report');
  });
  it('drops advice about two-step login and a stopped feature named as the cause', () => {
    expect(ex(T, '不正アクセスを受けました。パスワードに加えて二段階認証も対策として有効です。').actions).not.toContain('mfa');
    expect(ex(T, '不正アクセスを受けました。ファイアウォールの一部の機能が停止した状態のまま機器が設置されました。').actions).not.toContain('service_suspended');
  });
  it('reads isolation done "等の対策" and notices to the persons or staff', () => {
    expect(ex(T, '不正アクセスを受けました。ただちに開発環境へのネットワークアクセスを遮断する等の対策を行いました。').actions).toContain('network_isolated');
    expect(ex(T, '不正アクセスを受けました。この度、本人通知を行い、お詫びとともに改めてご注意をお願いすることにいたしました。').actions).toContain('notify_individuals');
    expect(ex(T, '不正アクセスを受けました。調査結果を踏まえ、従業員への連絡を行い、必要な措置を講じてまいります。').actions).toContain('notify_individuals');
  });
});

describe('actions: notices to the people concerned (release archive phrasings)', () => {
  const acts = (body: string) => ex('卒業アルバムに掲載された情報の漏えいのおそれについて', body).actions;
  it('reads a report mailed to the people concerned and a notice announced for them', () => {
    expect(acts('印刷事業者のシステムがランサムウェアの攻撃を受けました。令和5年度の卒業生に対し、本事案の詳細な経緯等についてまとめた報告書を郵送等により送付します。')).toContain('notify_individuals');
    expect(acts('印刷事業者のシステムがランサムウェアの攻撃を受けました。情報漏えいのおそれがある卒業生については、事業者が報告書を作成し、学校からお知らせします。')).toContain('notify_individuals');
    expect(ex('不正アクセス検知によるパスワード強制リセット実施のお知らせ', 'リスト型アカウントハッキングによる不正ログインを確認しました。対象アカウントのご登録 E メールアドレスに対しては、パスワード強制リセットの件名で、弊社からメールをお送りしております。').actions).toContain('notify_individuals');
  });
  it('does not read a contact address for readers as a notice', () => {
    expect(acts('印刷事業者のシステムがランサムウェアの攻撃を受けました。卒業生の方で詳細の確認を希望する方は、次の窓口までご連絡ください。')).not.toContain('notify_individuals');
  });
});

describe('actions: closing a network to outside access', () => {
  it('reads 外部からアクセスが出来ないよう対策を講じ as network isolation', () => {
    expect(ex('不正アクセスに関するお知らせ', '不正アクセスを受けたネットワークにつきましては、不正アクセス判明ののちすみやかに外部からアクセスが出来ないよう対策を講じました。').actions).toContain('network_isolated');
  });
});

describe('actions: services restricted, notices to the people concerned', () => {
  it('reads new use restricted and an exchange suspended as service_suspended', () => {
    expect(ex(T, '安全性が確認されるまで、以下のオンラインサービスの新規利用を制限させていただきます。').actions).toContain('service_suspended');
    expect(ex(T, '緊急措置として、換金性の高い一部のデジタルギフトへの交換申請を一時的に停止させていただきます。').actions).toContain('service_suspended');
  });
  it('does not read a wrongly published page taken down, or accounts restricted, as a service suspended', () => {
    expect(ex(T, '午後6時27分 他の申込者の情報が掲載されたページを非公開に設定しました。').actions).not.toContain('service_suspended');
    expect(ex(T, '不正使用されたアカウントの無効化、アカウント全保持者のパスワード初期化と利用制限を行いました。').actions).not.toContain('service_suspended');
  });
  it('reads notices to applicants, individual notices and letters posted to the people concerned', () => {
    expect(ex(T, '委託事業者に対して、電子メールアカウントが漏えいした可能性がある当該申請者に連絡、謝罪の上、注意するよう伝えることを指示しました。').actions).toContain('notify_individuals');
    expect(ex(T, '詳細が判明次第、速やかに弊社ウェブサイトおよび個別通知等でお知らせいたします。').actions).toContain('notify_individuals');
    expect(ex(T, 'なお、漏えいの可能性のある宣言者の方には、当ページと同様の文書を郵送させていただきます。').actions).toContain('notify_individuals');
  });
});

describe('actions: access from outside restricted', () => {
  it('reads access from outside restricted or controlled as network_isolated', () => {
    expect(ex('不正アクセスについて', '海外子会社のサーバーが不正アクセスを受けました。確認後、速やかに外部からのアクセスを制限するなど必要な措置を講じました。').actions).toContain('network_isolated');
    expect(ex('不正アクセスについて', '当社ネットワークが不正アクセスを受けました。認識後、速やかに外部からのアクセスを制御し、調査を開始しました。').actions).toContain('network_isolated');
    expect(ex('不正アクセスについて', '当社ネットワークが不正アクセスを受けました。調査を開始しました。').actions).not.toContain('network_isolated');
  });
});
