import { describe, expect, it } from 'vitest';
import { ex } from './common.js';

const sorted = (a: readonly string[]) => [...a].sort();

describe('categories', () => {
  it('credential logins alone are account_compromise, even when called 不正アクセス', () => {
    const r = ex('【セキュリティ事件簿#2024-519】株式会社ナイスユニ 当社インスタグラムアカウントへの不正アクセスの報告とお詫び',
      '公式インスタグラムアカウントが第三者による不正アクセスを受け、乗っ取られていることが判明しました。');
    expect(r.categories).toEqual(['account_compromise']);
  });
  it('keeps unauthorized_access when a vulnerability was exploited before logging in', () => {
    const r = ex('オンラインストレージサービスへの不正アクセスについて',
      '不正アクセスがありました。これは、Proselfの脆弱性(ゼロデイ脆弱性)を突いたサイバー攻撃によるものとなります。脆弱性を悪用してパスワードハッシュを窃取し、その情報をもとに不正ログインが行われました。');
    expect(sorted(r.categories)).toEqual(['account_compromise', 'unauthorized_access', 'vulnerability']);
  });
  it('does not count a blocked or denied attack', () => {
    const r = ex('メールサーバの不正中継について', '外部用の電子メールのサーバーが不正に中継され、メール約5万件が送信された。サーバーのウイルス感染や情報流出は確認されていない。');
    expect(r.categories).toEqual(['spam_sent']);
  });
  it('ignores general risks, scans and scam mail named as 詐欺', () => {
    const r = ex('不正ログインに関するお知らせ', '当社のお客さまの口座への不正ログインを確認いたしました。昨今のフィッシング詐欺等のサイバーリスクの高まりを考慮し、評価基準を強化します。全サーバおよびPCのウイルス検査を実施いたしました。');
    expect(r.categories).toEqual(['account_compromise']);
    const r2 = ex('不正アクセスに関するお知らせ', 'サーバーが不正アクセスを受けました。これらの行為は、ウイルス感染、フィッシングサイトへの誘導などの危険を伴います。当社を装ったフィッシングメール(詐欺メール)が確認されております。');
    expect(sorted(r2.categories)).toEqual(['phishing', 'unauthorized_access']);
  });
  it('reads payment-application tampering as card skimming', () => {
    const r = ex('通販サイトへの不正アクセスによる個人情報漏えいに関するお詫び',
      'システムの一部の脆弱性をついたことによる第三者の不正アクセスにより、ペイメントアプリケーションの改ざんが行われたため。');
    expect(sorted(r.categories)).toEqual(['card_skimming', 'unauthorized_access', 'vulnerability']);
  });
  it('ignores phishing that is only a warning or a definition', () => {
    const r = ex('迷惑メール送信に関して', '従業員のメールアカウントへの不正アクセスが発生し、迷惑メールが送信される事態となりました。当社を装ったメールを受信された場合は、削除していただきますようお願い致します。');
    expect(sorted(r.categories)).toEqual(['account_compromise', 'spam_sent']);
  });
  it('sees ransomware without adding malware for the same mention', () => {
    const r = ex('不正アクセスによる個人情報流出について', 'サーバーが、第三者による不正アクセスを受け身代金要求型マルウェア(ランサムウェア)に感染しました。');
    expect(sorted(r.categories)).toEqual(['ransomware', 'unauthorized_access']);
  });
  it('distinguishes misdelivery and misconfiguration', () => {
    expect(ex('メールアドレスの流出について', 'メールアドレスをBcc欄に入力すべきところ、誤って Cc 欄に入力して一斉送信したことにより、相互にメールアドレスを閲覧できる状況となってしまいました。').categories).toEqual(['misdelivery']);
    expect(ex('個人情報の誤掲載について', '申込フォームで既に申込済みであった方の個人情報が閲覧できる状態になっていたことが判明しました。').categories).toEqual(['misconfiguration']);
  });
  it('returns no categories for news that is no incident', () => {
    expect(ex('ハワイアン航空とアラスカ航空が合併', 'ハワイアン航空とアラスカ航空は、19億ドルの合併契約を締結しました。').categories).toEqual([]);
    expect(ex('クラウドセキュリティを軽視しない', 'アカウントが適切に保護されていなければ、攻撃者に簡単に侵入されてしまうおそれがある。').is_incident).toBe(false);
  });
  it('falls back to other for an incident of no listed kind', () => {
    const r = ex('録音データが生徒間で共有される', '生徒の個人情報などが入った音声データが複数の生徒に漏れたことが分かりました。');
    expect(r.categories).toEqual(['other']);
    expect(r.is_incident).toBe(true);
  });
  it('records a rule id on every category evidence', () => {
    const r = ex('不正アクセスについて', '当社サーバーが不正アクセスを受けました。');
    expect(r.evidence.find((e) => e.field === 'categories')?.rule).toBe('categories.unauthorized_access.fusei_access');
  });
  // Phrasings quoted from 2025 releases in the archive layout.
  it('targeted-attack mail sent from a hijacked account is phishing and spam, not an intrusion', () => {
    const r = ex('標的型攻撃メール送信に関するお詫びとご報告(最終報)',
      '2024年10月4日にお知らせしました当社アカウントから多数の標的型攻撃メールが送信された件に関して、調査を行いました。その結果、当社従業員の電子メールアカウントが乗っ取られ、メール情報を窃取されたことで、一部個人情報が漏洩したことを確認いたしました。');
    expect(sorted(r.categories)).toEqual(['account_compromise', 'phishing', 'spam_sent']);
  });
  it('the "virus" beside ransomware is the ransomware itself', () => {
    const r = ex('ランサムウェア被害の発生について',
      '当社グループで利用しているサーバーに外部からの不正アクセスを受け、コンピューターウイルス感染被害を受けました。調査の結果、ランサムウェアによるものと判明しました。');
    expect(sorted(r.categories)).toEqual(['ransomware', 'unauthorized_access']);
  });
  it('a malicious program run on a mail service (IIJ セキュアMX notices) is malware', () => {
    const r = ex('「IIJセキュアMXサービス」におけるお客様情報漏えいの可能性について',
      '「IIJセキュアMXサービス」のサービス設備が不正なアクセスを受け、当該サービスを提供する設備上で不正なプログラムが実行されていたことの報告を受けました。これにより、当該サービス上で送受信された電子メールの情報が漏えいした可能性があります。');
    expect(sorted(r.categories)).toEqual(['malware', 'unauthorized_access']);
  });
  it('a leaked security code means the payment form was skimmed', () => {
    const r = ex('第三者不正アクセスによる個人情報漏えいに関するお詫びとお知らせ',
      '弊社が運営するオンラインショップにおきまして、第三者による不正アクセスを受け、一部のお客様の個人情報(クレジットカード情報を含む)が漏洩した可能性があることが判明いたしました。\n## 2. 漏洩した可能性のある情報\n### 【クレジットカード情報】\n- カード番号\n- 有効期限\n- セキュリティコード\n');
    expect(r.categories).toContain('card_skimming');
    const safe = ex('不正アクセスに関するお知らせ', '当社サーバーが不正アクセスを受けました。※クレジットカード番号、セキュリティコードの流出はございません。');
    expect(safe.categories).not.toContain('card_skimming');
  });
  it('access after staff were phished is a credential login', () => {
    const r = ex('当社にて発生したセキュリティインシデントについて',
      '当社が使用するレンタルサーバーに対して、外部からの不正なアクセスが行われ、当社が作成していない電子メールアドレスが複数作成されていたことが発覚しました。原因は従業員がフィッシングメールへアクセスしたことであると判明しており、パスワードの変更とセキュリティの追加をしております。');
    expect(sorted(r.categories)).toEqual(['account_compromise', 'phishing']);
  });
  it('a coronavirus is no malware', () => {
    const r = ex('不正アクセスに関するお知らせ', '当社サーバーが不正アクセスを受けました。流出した可能性のある情報は、新型コロナウイルス抗原検査キットの注文情報です。');
    expect(r.categories).not.toContain('malware');
  });
  it('a former employee listed as a data subject is no insider', () => {
    const r = ex('ランサムウェア攻撃に関する調査結果のご報告', 'ファイルサーバー内のファイルが暗号化されるランサムウェア攻撃を受けました。\n- 当社従業員、元従業員に関する「氏名、住所、生年月日、電話番号」等の情報');
    expect(r.categories).not.toContain('insider');
    expect(ex('元社員、実刑9年', 'ソニー生命保険の子会社の口座から約168億円を不正送金したとして、詐欺罪などに問われた元社員の石井伶被告(33)に対し判決を言い渡した。').categories).toContain('insider');
  });
  it('a scam example in a warning is no fraud; a support scam is phishing', () => {
    const r = ex('不正アクセスによる個人情報流出可能性についてのお知らせとお詫び', '社内サーバへの不正アクセスがあったことが判明いたしました。\n例)行政機関を名乗り、個人番号が漏えいしているなどとして金銭の振り込みに誘導するような詐欺を行うこと');
    expect(r.categories).toEqual(['unauthorized_access']);
    expect(r.leak).not.toBe('confirmed');
    const s = ex('サポート詐欺の不正アクセスに伴う情報漏えいのおそれについて', '従業員が、業務に使用するパソコン端末においてサポート詐欺による不正アクセスを受け、個人情報が漏えいしたおそれがあることが判明しました。');
    expect(sorted(s.categories)).toEqual(['phishing', 'unauthorized_access']);
  });
  it('a countermeasure named after the attack states no intrusion', () => {
    const r = ex('ランサムウェア被害に関するお知らせ', 'ランサムウェアによる被害を受けました。再発防止策として、不正アクセスの制限の強化等を実行してまいります。');
    expect(r.categories).toEqual(['ransomware']);
  });
  it('reads stolen credentials and security holes', () => {
    const r = ex('情報処理教育システムへの不正アクセスについて', '何らかの手段によりアカウントのIDおよびパスワードが搾取され、それを不正に利用されて、システムに侵入されたことが、主な原因と考えております。');
    expect(sorted(r.categories)).toEqual(['account_compromise', 'unauthorized_access']);
    const v = ex('ランサムウェア被害の発生について', '当社のコンピュータに存在したセキュリティホールより外部からの侵入があり、ランサムウェアによりデータが暗号化されました。');
    expect(v.categories).toContain('vulnerability');
  });
  it('phishing mail sent from a compromised account is spam_sent', () => {
    const r = ex('メールアカウントへの不正アクセスについて', '従業員のメールアカウントが第三者により不正にアクセスされ、当該アカウントからフィッシングを目的とすると思われる不審なメールが送信される事象が発生しました。');
    expect(r.categories).toContain('spam_sent');
    expect(r.misuse).not.toBe('confirmed');
    expect(ex('スパムメール隔離サービスへの不正アクセスについて', 'スパムメール隔離サービスのサーバ機器において、不正アクセスを検知いたしました。').categories).not.toContain('spam_sent');
  });
  it('data made viewable by the attack is no misconfiguration', () => {
    const r = ex('損害保険会社への不正アクセスについて', '社内システムに第三者による不正アクセスが確認され、一時的にお客さま情報が外部から閲覧可能な状態となる事象が発生いたしました。');
    expect(r.categories).toEqual(['unauthorized_access']);
    const m = ex('不正アクセスの発生について', '新サーバの中の会員情報データベースが、予定していない形で一時的にインターネット上からアクセスができる状況となり、そのタイミングで第三者による不正アクセスを受けました。');
    expect(sorted(m.categories)).toEqual(['misconfiguration', 'unauthorized_access']);
  });
  it('handing data to another company without consent is improper handling', () => {
    const r = ex('個人情報の不適切な取り扱いに関するお詫び', '業務を委託された際に貸与された個人情報について、許諾を得ることなく、他社に譲渡しておりました。');
    expect(r.categories).toContain('improper_handling');
  });
  it('reads credential logins phrased as an account used or compromised, keeping the intrusion into a VPN', () => {
    const r = ex('本学VPNへの不正アクセスについて', '海外のIPアドレスから本学VPNに対する、本学の教員アカウントを利用した不正アクセスが発生しました。個人情報が漏洩した可能性があります。');
    expect(sorted(r.categories)).toEqual(['account_compromise', 'unauthorized_access']);
    const r2 = ex('ランサムウェア被害について', '外部からの不正アクセスにより一部アカウントが侵害され、ランサムウェアによりデータの暗号化が発生しました。');
    expect(sorted(r2.categories)).toEqual(['account_compromise', 'ransomware', 'unauthorized_access']);
  });
  it('reads a ransomware attack on the system as an intrusion, and encryption of part of a server as ransomware', () => {
    expect(sorted(ex('ランサムウェア攻撃に関するご報告', '当社は、社内システムへランサムウェア攻撃を受けたことをご報告します。').categories)).toEqual(['ransomware', 'unauthorized_access']);
    expect(sorted(ex('不正アクセスについて', '当社のサーバに対する第三者による不正アクセスがあり、当社サーバの一部が暗号化され閲覧不能な状態となりました。').categories)).toEqual(['ransomware', 'unauthorized_access']);
  });
  it('does not read a virus-scanning service or a removed web-site program as malware', () => {
    expect(ex('メールアドレスの流出について', '当法人のメールアドレスが不正アクセスにより流出した可能性があります。※当法人が利用しているのは、電子メールを送受信する際にウイルスなどを検知するセキュリティーサービスとなります。').categories).toEqual(['unauthorized_access']);
    expect(ex('不正アクセスに関するお詫び', '弊社WEBサイトが第三者による不正アクセスを受けました。外部専門機関と連携のうえ、不正なプログラムはシステムより排除しました。').categories).toEqual(['unauthorized_access']);
  });
  it('reads a loss of funds as fraud and a staff member lured to a scam site as phishing', () => {
    expect(ex('当社子会社における資金流出事案について', '当社子会社での不正な資金流出事案が発生しました。損失見込み額は約2億5千万円です。').categories).toEqual(['fraud']);
    expect(sorted(ex('委託事業における不正アクセス被害について', '従業員のパソコンが外部から不正なアクセスを受け、個人情報が漏えいした可能性がある。従業員がパソコンを利用中に詐欺サイトに接続され、リモートアクセスが開始された。').categories)).toEqual(['phishing', 'unauthorized_access']);
  });
});

describe('categories (release archive phrasings)', () => {
  it('reads customers\' trading accounts taken over as account_compromise, and unauthorized trades as fraud', () => {
    const r = ex('不正アクセスおよび取引に対する当社の対応について',
      '当社を騙るフィッシング詐欺等によるものとみられる、当社のお客さまの口座への不正アクセスおよび不正取引を確認しております。');
    expect(sorted(r.categories)).toEqual(['account_compromise', 'fraud']);
    expect(ex('お知らせ', '不正取引の防止に向けて二要素認証を強化します。').categories).not.toContain('fraud');
  });
  it('keeps an access named as the subject of a follow-up that found no leak', () => {
    const r = ex('IIJ社メールセキュリティシステムへの不正アクセスに関する調査結果のご報告',
      '当社が利用しております IIJ 社メールセキュリティシステムへの不正アクセス事案につきまして、調査の結果、お客様に関する情報漏えいはなかったことが確認されましたので、お知らせいたします。');
    expect(r.categories).toEqual(['unauthorized_access']);
  });
  it('does not read a reference to scam advice as fraud', () => {
    const r = ex('メールセキュリティサービスへの不正アクセスについて',
      '不正アクセスがあったとの報告を同社より受けました。\n(参考)\nビジネスメール詐欺対策(独立行政法人情報処理推進機構)\nビジネスメール詐欺の攻撃に気づくためのポイントは?');
    expect(r.categories).toEqual(['unauthorized_access']);
  });
});

describe('categories: a leak out of an IT service, the way unstated', () => {
  it('reads data leaking from a mail security service as unauthorized access', () => {
    const r = ex('IIJセキュアMXサービスにおける情報漏洩の可能性について',
      'この度、弊社が契約しているIIJ様のメールセキュリティサービス(IIJセキュアMXサービス)において、既に報道されております通り、情報漏洩の可能性があるとの報告を受けました。');
    expect(r.categories).toEqual(['unauthorized_access']);
  });
  it('keeps other for a leak that involved no system', () => {
    const r = ex('中学校で生徒の情報が漏えい',
      '教諭どうしの会話がタブレットに録音され、生徒の個人情報などが入った音声データが複数の生徒に漏れたことが分かりました。');
    expect(r.categories).toEqual(['other']);
  });
});

describe('categories: a server taken over', () => {
  it('reads a web server taken over as an intrusion, an SNS account taken over as account compromise', () => {
    expect(ex('当協会ホームページへの不正アクセスについて', 'サイバー攻撃により当協会のウェブサーバーが乗っ取り被害に遭いました。').categories).not.toContain('account_compromise');
    expect(ex('公式アカウントについて', '公式インスタグラムアカウントが乗っ取られました。').categories).toEqual(['account_compromise']);
  });
});

describe('categories: what a taken-over account let the intruder see', () => {
  it('is no misconfiguration', () => {
    const r = ex('インスタグラム公式アカウントの乗っ取りについて',
      'インスタグラム公式アカウントが乗っ取られました。対象アカウントに送られたフィッシングメッセージを経由して第三者がログインしました。\n‐第三者から閲覧可能となった個人情報及びその対象人数');
    expect(r.categories).not.toContain('misconfiguration');
    expect(r.categories).toContain('account_compromise');
  });
});

describe('categories: glosses, fake warnings, injection attacks, encrypted systems', () => {
  it('does not read the terms of a glossary note as events', () => {
    const r = ex('不正アクセスの発生について', '当社のVPN装置に残っていた脆弱性が利用され、不正アクセスを受けました。フォレンジック調査※を開始いたしました。\n\n※フォレンジック調査:不正アクセスやランサムウェア等のサイバー攻撃被害を受けた際に、原因や犯人の特定などを目的として、データを収集し分析する専門的な調査手法。');
    expect(sorted(r.categories)).toEqual(['unauthorized_access', 'vulnerability']);
  });
  it('does not read the text of a fake virus warning as an infection', () => {
    const r = ex('ホームページへの不正アクセスと改ざんについて', 'ホームページが不正アクセスを受け改ざんされました。改ざんされたページには、ウィルス感染を装う偽の警告メッセージが表示され、閲覧者をフィッシング詐欺サイトへ誘導する悪意あるコードが埋め込まれていました。');
    expect(r.categories).not.toContain('malware');
    expect(r.categories).toContain('unauthorized_access');
  });
  it('reads an SQL injection as the exploitation of a vulnerability', () => {
    const r = ex('不正アクセスによる個人情報漏えいについて', '当社ウェブサイトがSQLインジェクション攻撃を受け、会員情報が外部に流出した可能性があります。');
    expect(r.categories).toEqual(expect.arrayContaining(['unauthorized_access', 'vulnerability']));
  });
  it('reads software encrypted on a server as ransomware', () => {
    const r = ex('サーバの不正アクセスに関するお知らせ', 'サーバに不正なアクセス攻撃がありコンピューターウィルス感染被害を確認いたしました。対象のサーバに保存していた各種業務データ、業務用ソフトウェアが暗号化されアクセス不能な状況になっています。');
    expect(r.categories).toContain('ransomware');
    expect(r.categories).not.toContain('malware');
  });
});

describe('categories: part of the mail accounts accessed', () => {
  it('reads some mail accounts accessed by a third party as account_compromise', () => {
    const r = ex('不正アクセスに関するお詫び', '当会が使用しているメールアカウントの一部が第三者に不正アクセスされ、当該アカウントを送信元とする不審なメールが外部に送信されたことが判明いたしました。');
    expect(r.categories).toContain('account_compromise');
    expect(r.categories).not.toContain('unauthorized_access');
  });
});
