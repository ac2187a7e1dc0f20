import { describe, expect, it } from 'vitest';
import { prepareInput } from '../../src/extract/input.js';
import { extractDates } from '../../src/extract/rules/dates.js';

const run = (t: string, ctx = {}) => {
  const d = extractDates(prepareInput(t, ctx));
  return { a: d.announced_on.value, d: d.discovered_on.value, f: d.period_from.value, t: d.period_to.value };
};

describe('extractDates', () => {
  it('takes the trailing title date and supplies its year to the body', () => {
    const r = run('【セキュリティ事件簿#2024-521】オイシックス・ラ・大地株式会社 当社WEBサイトへの「なりすましログイン」への対応に関して 2024/11/26\n\n11月24日(日)弊社システムの検知により、なりすましログインの発生を確認いたしました。');
    expect(r.a).toBe('2024-11-26');
    expect(r.d).toBe('2024-11-24');
  });
  it('gives no announcement date for a day without month (seed-000-01)', () => {
    expect(run('【セキュリティ事件簿#2024-522】福島県警、…\n\n福島県警は26日、外部用の電子メールのサーバーが不正に中継されたと発表した。').a).toBeNull();
  });
  it('reads 昨日(2023/9/27) as announced the day after (seed-003-07)', () => {
    expect(run('【セキュリティ事件簿#2023-394】兼松株式会社 元従業員の逮捕について\n\n昨日(2023/9/27)、元従業員が逮捕されました。').a).toBe('2023-09-28');
  });
  it('reads the stated window (seed-000-07)', () => {
    const r = run('株式会社銀時 お詫び 2024/11/25\n2024年7月29日、調査の結果、2021年6月28日~2024年5月30日の期間に本件サイトにてご注文時に入力されたお客様のクレジットカード情報が漏えいした可能性があることを確認いたしました。');
    expect([r.f, r.t]).toEqual(['2021-06-28', '2024-05-30']);
  });
  it('uses the archive header date', () => {
    const r = run('# 公表概要\n- お知らせ\n- 2024年12月20日\n- 兵庫県赤穂市\n- https://x\n\n# 本文\n令和6年12月18日(水)8時30分に業者からの連絡により、異常が発生していることが判明しました。\n');
    expect(r.a).toBe('2024-12-20');
    expect(r.d).toBe('2024-12-18');
  });
  const arc = (body: string, date = '2025年7月23日') => run(`# 公表概要\n- お知らせ\n- ${date}\n- 株式会社テスト\n- https://x\n\n# 本文\n${body}\n`);
  it('gives a single-day period to an attack dated apart from its discovery', () => {
    const r = arc('2025年7月14日(月)に、当社が使用するサーバーに対して、外部からの不正なアクセスが行われ、メールアドレスが作成されていたことが2025年7月18日(金)発覚しました。');
    expect([r.d, r.f, r.t]).toEqual(['2025-07-18', '2025-07-14', '2025-07-14']);
  });
  it('gives a period, not a discovery, to an attack day with no discovery stated', () => {
    const r = arc('移行作業中の9月22日12時過ぎに、データベースが予定していない形でアクセスができる状況となり、第三者による不正アクセスを受けました。', '2025年10月24日');
    expect([r.d, r.f, r.t]).toEqual([null, '2025-09-22', '2025-09-22']);
  });
  it('reads the day an incident occurred as its discovery (no period)', () => {
    const r = arc('11 月10 日(月)に弊社サーバーに対して、外部から攻撃を受けたセキュリティインシデントが発生致しました。', '2025年11月13日');
    expect([r.d, r.f, r.t]).toEqual(['2025-11-10', null, null]);
  });
  it('reads an attack day followed by 確認後 as the discovery', () => {
    const r = arc('2024年9月26日以降順次ご報告いたしましたとおり、攻撃を受けました。\n2024年9月19日、当社内システムにランサムウェア攻撃を受けました。当社は、ランサムウェア攻撃を確認後、速やかに対策チームを立ち上げました。', '2025年3月17日');
    expect([r.d, r.f, r.t]).toEqual(['2024-09-19', null, null]);
  });
  it('reads a timeline date with the discovery on a line below it', () => {
    const r = run('三重県 誤掲載について\n\n(1)経緯\n10月27日(金)\n午後3時04分\n申込先のリンクを公開\n午後5時44分\n他の申込者の個人情報が閲覧できる旨の連絡があり、誤掲載を認識\n', { year: 2023 });
    expect(r.d).toBe('2023-10-27');
  });
  it('skips dates of earlier notices and the ends of windows', () => {
    const r = arc('2025年4月16日(水)に当社のメール情報漏えいの可能性についてご報告いたしましたが、外部漏えいはなかったことが確認されました。\n2025年7月11日付 審調社ニュースリリース\n2022年2月19日から2022年4月19日の期間に入力された情報が漏洩した可能性があることが判明しました。');
    expect(r.d).toBeNull();
    expect([r.f, r.t]).toEqual(['2022-02-19', '2022-04-19']);
  });
  it('reads an archive header date with a remark after it', () => {
    expect(run('# 公表概要\n- ウェブサイトに対するハッキングに関するご報告とお詫び\n- 2025年7月4日?\n- 株式会社アピア\n\n# 本文\n当ホームページが第三者からの不正アクセスにより別サイトに飛ばされてしまうというよう状況が続きました。\n').a).toBe('2025-07-04');
    expect(run('# 公表概要\n- 不正アクセスによるシステム侵害発生のお詫びとお知らせ\n- 2025年9月12日(文中記載なし、ファイル作成日より)\n- 株式会社山元紙包装社\n\n# 本文\nこのたび、システム侵害が判明いたしました。\n').a).toBe('2025-09-12');
  });
  it('takes a window alone on its line from the heading above it', () => {
    const r = arc('当ホームページが第三者からの不正アクセスにより別サイトに飛ばされてしまうというよう状況が続きました。\n\n### <期間>\n2025年7月1日(火)午後5時頃~7月4日(金)午後3時頃\n\n## ■改ざん検知後の対応\n改ざんがあったことの検知後直ちに当該ファイルの削除及び修正を行いました。');
    expect([r.f, r.t]).toEqual(['2025-07-01', '2025-07-04']);
  });
  it('joins a window written with clock times (2:00am〜…8:00pm)', () => {
    const r = arc('事象の発生時期:2025年11月8日(土)2:00am~11月9日(日)8:00pm(日本時間)\n', '2025年11月10日');
    expect([r.f, r.t]).toEqual(['2025-11-08', '2025-11-09']);
  });
  it('does not read a status date (7月14日現在, 時点) as the discovery', () => {
    expect(arc('調査は現在も継続しておりますが、7月14日現在までの調査で判明した事実および、弊社の対応状況について第2報をお知らせいたします。').d).toBeNull();
    expect(arc('2025年2月5日時点で判明している影響範囲は以下の通りです。').d).toBeNull();
  });
  it('takes the first day of a watched window as the discovery (…にかけて…を検知いたしました)', () => {
    const r = arc('2025年7月11日(金)から2025年7月14日(月)にかけて、弊社サイトのぐるなび会員ログイン画面において、第三者が不正に入手したIDとパスワードを使ったリスト型攻撃によると推測される不審なログインを検知いたしました。');
    expect(r.d).toBe('2025-07-11');
  });
  it('takes a failure seen before the attack was confirmed as the discovery', () => {
    expect(arc('このたび、弊社は、2025年3月30日に弊社が利用している一部のサーバーにおいてシステム障害が発生し、同年3月31日にサイバー攻撃による被害を受けた可能性があることを確認いたしました。', '2025年4月4日').d).toBe('2025-03-30');
  });
  it('keeps the attack day told inside a clause about an earlier notice', () => {
    const r = arc('当社は、2025年8月26日、当社の管理する情報システムが同月25日にランサムウェア攻撃を受けたことを当社ホームページで公表いたしましたが、その後に行いました外部調査機関による調査の結果、個人情報の一部が外部に漏洩した可能性があることが判明いたしましたので通知させていただきます。', '2025年12月1日');
    expect([r.f, r.t]).toEqual(['2025-08-25', '2025-08-25']);
    // Alone, the date of such a clause is the notice's.
    const n = arc('めぶきフィナンシャルグループは、4月16日(水)に株式会社インターネットイニシアティブの提供するメールシステムが不正アクセスを受けたとお知らせしましたが、今般調査が完了しました。', '2025年4月24日');
    expect([n.f, n.t]).toEqual([null, null]);
  });
});

describe('extractDates: discovery and windows (archive-dev3)', () => {
  const H = '# 公表概要\n- お知らせ\n- 2025年4月1日\n- 某市\n- https://x\n\n# 本文\n';
  it('reads a date under a 発覚日時 heading, not a police report', () => {
    const r = run(H + '## 発覚日時\n令和６年10月23日（水）午後４時21分頃\n\n## 対応\n- （１）令和６年10月24日（木）に、警察署に通報した。（同日から捜査が行われており、該当職員は、不正アクセスを行ったことを話している。）\n');
    expect(r.d).toBe('2024-10-23');
    expect(r.f).toBeNull();
  });
  it('skips edit marks and earlier announcements', () => {
    expect(run(H + '###（３月５日更新）Q5. 今後どうしたらいいですか\n不正アクセスが確認された場合は連絡してください。\n').d).toBeNull();
    expect(run(H + '3月28日の公表の通り、情報の漏えいはないと確認しています。\n').d).toBeNull();
  });
  it('takes an attack seen as it happened as the discovery, with no window', () => {
    const r = run(H + '2025 年3 月25 日に、当社のサーバーに対して不正アクセスが発生し、一部のサービスがご利用いただけない状況となりました。\n');
    expect([r.d, r.f, r.t]).toEqual(['2025-03-25', null, null]);
  });
  it('reads a same-day window without making it the discovery', () => {
    const r = run(H + 'このたび、2025年3月18日(火)午前7時~午後9時頃までの間、不正アクセスによりサイトが改ざんされていたことが判明いたしました。\n');
    expect([r.d, r.f, r.t]).toEqual([null, '2025-03-18', '2025-03-18']);
  });
  it('reads an open window and the day the attack stopped; not a response that starts then', () => {
    const r = run(H + '2025年3月9日 13:55頃から発生しましたメールリーダに対する悪意のあるアクセスの続報です。\n- 3月13日15時44分から再び不正アクセスの試みが観測されました。\n- 3月14日9時5分頃から不正アクセスの試みは完全に止まりました。\n');
    expect([r.f, r.t]).toEqual(['2025-03-09', '2025-03-14']);
    expect(run(H + '当社は3月29日付で公表しました。\n\n同日から緊急事態対策本部を立ち上げ調査を進めた結果、ランサムウェアによる攻撃を受けたことを確認しました。\n').f).toBeNull();
  });
});

describe('extractDates: discovery, dev4 patterns', () => {
  const H = '# 公表概要\n- お知らせ\n- 2025年5月7日\n- 株式会社X\n- https://x\n\n# 本文\n';
  it('reads `…より…が行われたことを確認` as the event start, not the discovery', () => {
    const r = run(H + '2025年4月24日(木)より第三者による不正アクセスが行われたことを確認し、検知した4月25日(金)から対応を行ってまいりました。\n4月25日:当社で不審なファイルを検知し停止\n');
    expect(r.d).toBe('2025-04-25');
  });
  it('keeps `…より…を検知` as the discovery', () => {
    expect(run(H + '2025年3月31日より、当社サイトに大量の不正アクセスが発生していることを検知いたしました。\n').d).toBe('2025-03-31');
  });
  it('skips the dates of notices (`…日付で、…を検知したことについて公表`)', () => {
    expect(run(H + '当社は4月11日付・4月14日付で、サイバー攻撃を検知したことについて公表しています。\n').d).toBeNull();
  });
  it('skips the receipt of a final investigation report and negated findings', () => {
    const r = run(H + '2025年3月25日に当社のサーバに不正アクセスがあり、一部が暗号化され閲覧不能な状態となりました。\n2025年4月29日にセキュリティ専門会社より最終報告を受領した結果、データ流出の痕跡は確認されませんでした。\n');
    expect(r.d).toBe('2025-03-25');
  });
  it('skips a supposed cause (`…が発生したものと考えられます`)', () => {
    const r = run(H + '2025年3月25日に当社のサーバに不正アクセスがあり、閲覧不能な状態となりました。\n2025年3月24日の作業で機能が停止した状態のまま設置された結果、不正アクセスが発生したものと考えられます。\n');
    expect(r.d).toBe('2025-03-25');
  });
});

describe('extractDates: a notice received on a date written inside the verb', () => {
  it('reads 報告を同社より<date>に受けました as the discovery', () => {
    const r = run('メールセキュリティサービスへの不正アクセスについて\n\n当機構が利用しているサービスにおいて、不正アクセスがあったとの報告を同社より2025年4月14日に受けました。');
    expect(r.d).toBe('2025-04-14');
    expect(run('お知らせ\n\n連絡を取引先から2025年3月2日(日)に受け、調査を開始しました。').d).toBe('2025-03-02');
  });
  it('does not read a date that only starts a report written later as its discovery', () => {
    expect(run('お知らせ\n\n2025年4月14日から報告書を作成し、提出いたしました。').d).toBeNull();
  });
});

describe('extractDates: the archive header date as written', () => {
  it('reads a header date with a doubled 日 and one in the Japanese era', () => {
    const head = (d: string) => `# 公表概要\n- 当社が利用するメールシステムへの不正アクセスに関するお知らせ\n- ${d}\n- 株式会社例\n- https://example.jp/\n\n# 本文\n不正アクセスを受けたとの報告を受けました。`;
    expect(run(head('2025年4月18日日')).a).toBe('2025-04-18');
    expect(run(head('令和7年4月1日')).a).toBe('2025-04-01');
    expect(run(head('2025年3月XX日')).a).toBeNull();
  });
});

describe('extractDates: the section telling how it came to light', () => {
  it('reads the date opening the first line under 発覚の経緯 as the discovery', () => {
    const r = run('ふるさと納税サイトへの不正アクセスについて\n\n1 発覚の経緯及び現在までの対応状況\n 2024年8月20日、管理システムの操作に時間がかかる事象が発生していたため、直ちに状況の確認を開始しました。\n 調査の結果、外部から不正アクセスを受けていました。', { published_on: '2025-02-12', year: 2025 });
    expect(r.d).toBe('2024-08-20');
  });
});

describe('extractDates: 〈date〉に発生しました〈system failure〉', () => {
  it('reads the day the organisation\'s own failure occurred as the discovery when no other is stated', () => {
    const r = run('社内サーバ・システムの障害に関するお知らせとお詫び\n\n2025年3月9日に発生しました社内サーバ・システムの障害により、ご不便ご迷惑をおかけしております。この度の障害は、ランサムウェア攻撃が原因であることが特定されております。', { published_on: '2025-03-20', year: 2025 });
    expect(r.d).toBe('2025-03-09');
  });
});

describe('extractDates: the day an attack became visible to the organisation', () => {
  const ctx = { published_on: '2025-06-13', year: 2025 };
  it('reads the day its own data was encrypted by ransomware', () => {
    const r = run('ネットワークへの不正アクセスに関する調査結果のご報告\n\n2025年5月15日、外部からの不正アクセスによりランサムウェアによる社内システムサーバーのデータが暗号化される被害を受け、速やかにネットワーク遮断等の初期対応を行いました。', ctx);
    expect(r.d).toBe('2025-05-15');
  });
  it('reads the day a site went down because of an attack', () => {
    const r = run('ホームページへの不正アクセスについて\n\nこの度、2025年1月26日夜に外部からの不正アクセスによりホームページの閲覧ができなくなるという事案が発生いたしましたが、現在は復旧しております。', ctx);
    expect(r.d).toBe('2025-01-26');
  });
  it('reads the day a warning appeared on a member of staff\'s screen', () => {
    const r = run('サポート詐欺による個人情報漏えいのおそれについて\n\n5月8日(木)午後0時20分頃、職員が職場でパソコンを操作中、画面に「ウイルス感染」のメッセージが表示され、画面が操作できなくなりました。', ctx);
    expect(r.d).toBe('2025-05-08');
  });
  it('reads the day an account was abused to send mail', () => {
    const r = run('不正アクセスによるフィッシングメール送信について\n\n本日2025年1月29日、職員のメールアカウントが第三者による不正アクセスを受け、当該アカウントからフィッシングメールが送信されました。', { published_on: '2025-01-29', year: 2025 });
    expect(r.d).toBe('2025-01-29');
  });
  it('does not read the day another company\'s systems were attacked as the discovery', () => {
    const r = run('委託先における不正アクセスについて\n\n2025年3月20日、当該業者となるオリオンシステム株式会社のサーバとパソコンが第三者による不正アクセスにより、内部データが暗号化され、情報流出事案が発生しました。', ctx);
    expect(r.d).toBeNull();
  });
  it('reads a failure named after the attack that caused it (`3月30日に発生しました…攻撃被害に伴うシステム障害`)', () => {
    const r = run('システム障害に関するお知らせ\n\n2025年3月30日に発生しましたグループへのサイバー攻撃被害に伴うシステム障害の発生により、一部お支払方法がご利用いただけません。', ctx);
    expect(r.d).toBe('2025-03-30');
  });
  it('does not read a forensic finding dated in a timeline (`10月29日に…侵入した形跡を確認`) as the discovery', () => {
    const r = run('ランサムウェア被害に関する調査結果について\n\n2024年11月5日に判明したランサムウェア攻撃に関しまして、調査が完了しました。\n\n(1) 経緯\n- 2024年10月29日にサーバー内に不明なユーザーが侵入した形跡を確認\n- 2024年11月4日に、サーバー内で不明なユーザーによるアプリケーションの実行 を確認\n', { published_on: '2024-12-24', year: 2024 });
    expect(r.d).toBe('2024-11-05');
  });
});

describe('extractDates: attacks written in kana or named as the cause of a failure', () => {
  const ctx = { published_on: '2025-10-22', year: 2025 };
  it('reads 〈date〉、…ランサムウェアによるサイバー攻撃をうけました', () => {
    expect(run('ランサムウェア被害について\n\n10月20日(月)、本校がランサムウェアによるサイバー攻撃をうけました。', ctx).d).toBe('2025-10-20');
  });
  it('reads the day an intrusion caused a failure that stopped services', () => {
    expect(run('不正アクセスによるネットワークトラブルについて\n\n1月21日(火)、当社サーバーに対する不正アクセスによるネットワークトラブルが発生し、一部のサービスがご利用いただけない状況となりました。', { published_on: '2025-02-07', year: 2025 }).d).toBe('2025-01-21');
  });
  it('reads 〈date〉に発生した不正アクセス as the day the organisation saw it', () => {
    expect(run('不正アクセスによる情報漏洩の可能性について\n\nさて、令和6年10月18日(金)に発生した第三者からの不正アクセスによる情報漏洩の可能性については、緊急対策部門の主導のもと調査を進めております。', { published_on: '2024-12-20', year: 2024 }).d).toBe('2024-10-18');
  });
});

describe('extractDates: 〈date〉に…される事案が生じました', () => {
  const ctx = { published_on: '2025-05-12', year: 2025 };
  it('reads the day an incident of the organisation\'s own arose as its discovery', () => {
    expect(run('不正アクセスに関するお知らせ\n\n本学では、4月21日に、本学教員が業務で使用するノートパソコンにおいて、遠隔操作ソフトをインストールさせられ、不正アクセスされる事案が生じました。', ctx).d).toBe('2025-04-21');
  });
  it('does not read an attack day alone as the discovery', () => {
    expect(run('不正アクセスに関するお知らせ\n\n4月21日に、本学のサーバーが外部から不正アクセスを受けました。', ctx).d).toBeNull();
  });
});

describe('extractDates: an attack or a failure seen on a day', () => {
  const ctx = { published_on: '2025-10-17', year: 2025 };
  it('reads the day an attack on the organisation took place as an event it saw (…を受ける事象が発生しました)', () => {
    expect(run('不正アクセスに関するお知らせ\n\n2025年10月13日(月)に、事業所で使用している業務用パソコン1台に対し、外部からの不正アクセスを受ける事象が発生しました。', ctx).d).toBe('2025-10-13');
  });
  it('reads servers that stopped working because of an attack as the day it became visible', () => {
    expect(run('不正アクセスに関するお知らせ\n\n5月26日に当社のグループ会社で一部サーバーが機能しない状況が発生しました。調査の結果、ランサムウェアによる攻撃と判断しました。', { published_on: '2025-06-03', year: 2025 }).d).toBe('2025-05-26');
  });
});
