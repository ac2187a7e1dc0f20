import { describe, expect, it } from 'vitest';
import { prepareInput } from '../../src/extract/input.js';
import { extractCounts } from '../../src/extract/rules/counts.js';

const run = (t: string) => extractCounts(prepareInput('タイトル\n' + t));

describe('extractCounts', () => {
  it('reads e-mails sent without making them affected (seed-000-01)', () => {
    const r = run('不特定多数にメール約5万件が送信されたと発表した。');
    expect(r.counts.value).toEqual([{ value: 50000, kind: 'emails' }]);
    expect(r.affected.value).toBeNull();
  });
  it('takes the largest people/records count as affected and skips うち subsets', () => {
    const r = run('最大で147,545名の個人情報が漏洩した可能性があります。うち1,200名はカード情報も含まれます。');
    expect(r.affected.value).toBe(147545);
    expect(r.counts.value).toEqual([{ value: 147545, kind: 'people' }]);
  });
  it('reads 約25万人分 (seed-004-02)', () => {
    expect(run('約25万人分の個人情報にアクセスできる状態だった').affected.value).toBe(250000);
  });
});

describe('extractCounts: scope rules', () => {
  const kinds = (t: string) => run(t).counts.value.map((c) => `${c.kind}:${c.value}`).sort();
  it('reads the noun a 件 counts, the nearest one winning', () => {
    expect(kinds('クレジットカード情報5471件及び個人情報最大5521件が漏えいした可能性')).toEqual(['cards:5471', 'records:5521']);
    expect(kinds('機構アカウントや氏名等を含めた個人情報が約40,000件漏えいした可能性があります。')).toEqual(['records:40000']);
    expect(kinds('約300件の不審なメールの送信記録が確認されました。')).toEqual(['emails:300']);
  });
  it('reads person counts tied to IDs or accounts as accounts, one account included', () => {
    expect(kinds('他の職員18人のIDとパスワードを使い、不正にログイン。12人の職員の住所を閲覧した。')).toEqual(['accounts:18', 'people:12']);
    expect(kinds('office365のアカウント1名分が第三者に不正に利用され、約2,700件の迷惑メールが送信された')).toEqual(['accounts:1', 'emails:2700']);
    // Spam accounts are the means, not the exposed data.
    expect(run('アカウント1名分が不正に利用され、約2,700件の迷惑メールが送信された').affected.value).toBeNull();
  });
  it('skips counts of accesses, logins and the people who viewed', () => {
    expect(kinds('約3万件のログインが行われた')).toEqual([]);
    expect(kinds('約25万人分の個人情報にアクセスできる状態だった。Google経由で18件のアクセスが行われていた')).toEqual(['people:250000']);
    expect(kinds('全校生徒447人分の成績です。委員会の生徒25人が見ることができる状態でした。生徒25人のうち7人が情報を見ていました。')).toEqual(['people:447']);
  });
  it('skips populations, unaffected parts, households and later valuations', () => {
    expect(kinds('4千件を超える会員登録情報が盗まれた可能性。88万人の全会員のパスワードを初期化')).toEqual(['records:4000']);
    expect(kinds('ネットワークは民間の23団体が使用。県の11機関は別のネットワークを利用しており、影響はなかった。')).toEqual([]);
    expect(kinds('裏面に計28世帯69名の個人情報が記載されていた')).toEqual(['people:69']);
    expect(kinds('約168億円を不正送金した。約168億円から約221億円にふくらんでいた。')).toEqual(['money_jpy:16800000000']);
  });
  it('leaves out subsets of the same kind and keeps a new kind stated as a subset', () => {
    expect(kinds('795件の迷惑メールが発信されましたが、その内11件が受信者に到達し、残りの784件はブロックされた')).toEqual(['emails:795']);
    expect(kinds('件数:2,312件(うち、沖縄県電子申請サービス関係52件)')).toEqual(['records:2312']);
    expect(kinds('お客様の個人情報(8,257件)、内クレジットカード情報(7,455件)が漏洩した可能性')).toEqual(['cards:7455', 'records:8257']);
    expect(kinds('登録済みの利用者のうち399名\n\nこのうち、過去に申請実績のある利用者は111名')).toEqual(['people:399']);
  });
  it('leaves out breakdowns: 内訳 blocks and counts that add up to a stated total', () => {
    const t = '学内教職員 485件\n      内訳・・・氏名 89件\n          氏名のみ 278件\n          メールアドレスのみ 118件\n    学内学生 849件\n';
    expect(kinds(t)).toEqual(['records:485', 'records:849']);
    expect(kinds('兵庫県 860 件、京都府 154 件、大阪府 5 件、福井県 4 件、宮城県 3 件、滋賀県 1 件、岡山県 1 件、埼玉県 1 件 計 1,029 件')).toEqual(['records:1029']);
    const r = run('849名分の氏名が漏えいした可能性。\n卒業生と教職員の計138名\n卒業生と教職員の計396名\n卒業生と教職員の計315名');
    expect(r.counts.value).toEqual([{ value: 849, kind: 'people' }]);
    expect(r.affected.value).toBe(849);
  });
  it('names a bare number line from its heading and skips numbered headings', () => {
    expect(kinds('2. 現時点で判明している不審メール件数\n7団体9件')).toEqual(['emails:9', 'organizations:7']);
    expect(kinds('## 6 台東区のコメント\n- ② 名簿、住所録')).toEqual([]);
    expect(kinds('### 2.アカウント情報等を管理するサーバ')).toEqual([]);
  });
  it('reads のべ378名分 and takes the largest when a stated total covers only part', () => {
    expect(run('本学学生、学外者、本学職員のべ378名分の個人情報が閲覧可能な状態であった').affected.value).toBe(378);
    expect(run('外部漏洩を確認した個人情報 合計: 9名\n外部漏洩の恐れがある個人情報 約30,000名').affected.value).toBe(30000);
  });
});

describe('extractCounts: groups, tables and units (archive-dev3)', () => {
  const kinds = (t: string) => run(t).counts.value.map((c) => `${c.kind}:${c.value}`).sort();
  it('keeps separate groups listed with no stated total, the largest as affected', () => {
    const t = '## 個人データ\n- 個人データの件数：25 件\n- 個人データの件数：約 1,080 件\n- 個人データの件数：約 100 件\n';
    expect(kinds(t)).toEqual(['records:100', 'records:1080', 'records:25']);
    expect(run(t).affected.value).toBe(1080);
    expect(kinds('- （４）個人情報は実人数で382人分、職員に関する個人情報は実人数で903人分であること')).toEqual(['people:382', 'people:903']);
    // A `。` inside the list line does not make it running text.
    expect(kinds('- 取引先に関する情報 143,718 人分\n- 役職員（退職者を含む。）に関する情報 13,485 人分\n- 役職員に関する情報 38 人分 氏名\n'))
      .toEqual(['people:13485', 'people:143718', 'people:38']);
  });
  it('still drops list items under a count stated outside the list', () => {
    expect(kinds('個人情報1,000件が漏えいしました。\n- 氏名 1,000件\n- 住所 600件\n')).toEqual(['records:1000']);
  });
  it('reads a note in brackets after a count as its part, a restatement as a count', () => {
    expect(kinds('登録済みの利用者399名（過去に申請実績のある利用者は11名）の利用者アカウント登録情報')).toEqual(['people:399']);
    expect(kinds('予約を承ったもので1,210件（重複を除く978件）となります。')).toEqual(['records:1210', 'records:978']);
  });
  it('drops table rows under a count stated above them', () => {
    expect(kinds('計：中学校６校、963 名\n\n水元中学校 156 名 128 名 28 名\n\n葛美中学校 236 名 195 名 41 名\n')).toEqual(['organizations:6', 'people:963']);
  });
  it('reads アドレス, メール, 校 and カ所 units and drops the old value of a change', () => {
    expect(kinds('利用者のメールアドレス数 78,382 アドレス\n\n隔離メール数 3,569,937 メール\n\n利用者のログイン ID 数 18ID→69ID に変更'))
      .toEqual(['accounts:69', 'emails:3569937', 'records:78382']);
    expect(kinds('区立小学校計 14 校において、卒業アルバムに掲載された個人情報')).toEqual(['organizations:14']);
    expect(kinds('小中学校、高校など約２千カ所分、最大約１７万３千件が漏えいしたおそれ')).toEqual(['organizations:2000', 'records:173000']);
    expect(kinds('誘導リンクの記載（7か所）')).toEqual([]);
    expect(kinds('区立小・中学校（72 校）に卒業アルバムの発注状況を確認した。')).toEqual([]);
  });
  it('reads copies of data as files and phishing mail as e-mails', () => {
    const r = run('人事に関するデータであったこと（５課、データコピー延べ11,310件）。職員に関する個人情報は実人数で903人分');
    expect(r.counts.value.map((c) => `${c.kind}:${c.value}`).sort()).toEqual(['files:11310', 'people:903']);
    expect(r.affected.value).toBe(903);
    const p = run('教職員2名、学生1名のメールアカウントがフィッシングによる不正アクセスを受け、426件のフィッシングメールが送信された。');
    expect(p.affected.value).toBeNull();
    expect(p.counts.value.map((c) => `${c.kind}:${c.value}`).sort()).toEqual(['accounts:1', 'accounts:2', 'emails:426']);
  });
  it('skips a legal threshold (100人を超える人数の漏えい)', () => {
    expect(kinds('100人を超える人数の漏えいが確認されたことから報告した')).toEqual([]);
  });
});

describe('extractCounts: per-item rows and partitions (dev4)', () => {
  const kinds = (t: string) => run(t).counts.value.map((c) => `${c.kind}:${c.value}`).sort();
  it('drops many sibling rows of one shape even without a grand total', () => {
    const rows = ['練馬第二', '春日', '関町北', '中村', '南町', '田柄'].map((n, i) => `${n}小学校(令和5年度(2023)年度卒業生 計 ${40 + i} 名)\n`).join('\n');
    const r = run('区立小学校計 14 校において個人情報が漏えいしたおそれがあります。\n' + rows + ' (令和4年度(2022)年度卒業生 計 141 名)\n');
    expect(r.counts.value).toEqual([{ value: 14, kind: 'organizations' }]);
    expect(r.affected.value).toBeNull();
  });
  it('keeps two to four groups on their own lines', () => {
    expect(kinds('漏えいした個人情報\n- 市民(住所等 382人分)\n- 職員(氏名等 903人分)\n')).toEqual(['people:382', 'people:903']);
  });
  it('reads `電子メールにて…方(2,892件)` as people parts of a stated total', () => {
    expect(kinds('対象者 計16,542名。電子メールにて通達が可能な方(2,892件)には電子メールで送信いたします。連絡が取れない方等(13,650件)につきましては本ページをもってお詫びとします。')).toEqual(['people:16542']);
  });
  it('leaves out response staff, officers taking a pay cut, people not reached, and item numbers', () => {
    expect(kinds('住民約15万人の個人情報が閲覧可能な状態でした。\n本市に個人情報流出対策室を設置(兼務職員19人)')).toEqual(['people:150000']);
    expect(kinds('経営責任を明確にするために、取締役 3 名より役員報酬を自主返上する旨申し出がありました。')).toEqual([]);
    expect(kinds('対象者345名に通知した。なお、転居などにより連絡の取れない方は12名となっている。')).toEqual(['people:345']);
    expect(kinds('#### ④ メールで届いた認証コードの入力\n受信した認証コードを入力します。')).toEqual([]);
  });
});

describe('extractCounts: counts place by place (release archive)', () => {
  const kinds = (t: string) => run(t).counts.value.map((c) => `${c.kind}:${c.value}`).sort();
  it('reads counts on the lines of two or more named schools as a breakdown with no stated total', () => {
    const r = run(
      '## ３ 本事案の対象となる学校\n 【小学校（２校）】\n  ・日詰小学校（児童83名、教職員38名）\n  ・西の杜小学校（児童36名、教職員23名）\n' +
        ' 【中学校（２校）】\n  ・紫波第一中学校（生徒200名、教職員46名）\n',
    );
    expect(r.counts.value).toEqual([]);
    expect(r.affected.value).toBeNull();
    expect(kinds('## 対象となる区立学校及び対象児童生徒数\n赤土小学校　令和5年度(2023年度)卒業生　計91人\n\n第四中学校　令和5年度(2023年度)卒業生　計105人\n')).toEqual([]);
  });
  it('keeps a stated count beside such lines, and one school alone', () => {
    expect(kinds('卒業アルバムのデータ 約18,000人分\n小学校10校：415人\n中学校3校：340人')).toContain('people:18000');
    expect(kinds('赤土小学校　令和5年度卒業生　計91人の氏名及び写真')).toEqual(['people:91']);
  });
  it('reads 校園 as schools and kindergartens, and a counter glued to a word as no count', () => {
    expect(kinds('福島県内の公立学校及び幼稚園 181校園')).toEqual(['organizations:181']);
    expect(kinds('③ 海外とのアクセス制限\n\n④社内アクセス制御の厳密化')).toEqual([]);
    expect(kinds('(3)総選除）４０２１社資交付金（改築）工事')).toEqual([]);
  });
});

describe('extractCounts: labelled counts (件数:ファイル数488個、実人数889名)', () => {
  it('reads the files and the people of a count line', () => {
    const r = run('## 2.漏えいの可能性のある個人情報\n件数:ファイル数488個、実人数889名\n\n内容:学籍番号、氏名');
    expect(r.counts.value).toEqual([{ value: 488, kind: 'files' }, { value: 889, kind: 'people' }]);
    expect(r.affected.value).toBe(889);
  });
});

describe('counts: a rounded figure beside the exact one', () => {
  it('keeps the exact count and drops the rounded restatement', () => {
    const r = run('ランサムウェア被害により、市民約15万人分の個人情報が流出した可能性があります。\n\n## 対象となる個人情報\n住民基本台帳に記録された148,620人分の氏名、住所');
    expect(r.counts.value).toEqual([{ value: 148620, kind: 'people' }]);
    expect(r.affected.value).toBe(148620);
  });
  it('keeps two rounded figures that are not the same count', () => {
    const r = run('約3,000人分の会員情報と、取引先約120社の担当者情報が流出した可能性があります。');
    expect(r.counts.value).toEqual([{ value: 3000, kind: 'people' }, { value: 120, kind: 'organizations' }]);
  });
});

describe('counts: the figure of an earlier report', () => {
  it('gives way to the larger figure this report states', () => {
    const r = run('県が管理している個人情報の一部が漏えいした可能性があり、その漏えい件数は4,624件と報告しました。しかし、その後の詳細な調査の結果、漏えいした可能性のある件数が拡大することが判明しました。\n\n漏えいした可能性のある件数は29,451件です。');
    expect(r.counts.value).toEqual([{ value: 29451, kind: 'records' }]);
    expect(r.affected.value).toBe(29451);
  });
});

describe('counts: parts of a stated count with other figures between them', () => {
  it('drops the parts that add up to the count stated before them', () => {
    const body = '### 当社の従業員に関する情報\n6,456人\n国内の従業員に関する氏名、社員番号、メールアドレス、所属、人事情報（5,509人）\n一部の従業員については上記に加えて、性別、生年月日（10名）\n国内グループ会社の従業員に関する氏名、メールアドレス、システムアカウント情報（881人）\n海外グループ会社現地従業員に関する氏名、人事情報（66人）\n\n### お客様に関する個人情報\n91人';
    const r = run('当社サーバーが不正アクセスを受け、以下の個人情報が漏えいしたことを確認しました。\n' + body);
    const people = r.counts.value.filter((c) => c.kind === 'people').map((c) => c.value);
    expect(people).toEqual(expect.arrayContaining([6456, 91]));
    expect(people).not.toContain(5509);
    expect(people).not.toContain(881);
    expect(people).not.toContain(66);
  });
  it('keeps figures that add up to a round count only by chance', () => {
    // 1,000 and 2,000 are not next to each other here, and 3,000 is a round number.
    const r = run('当社サーバーが不正アクセスを受けました。漏えいしたおそれのある情報は3,000件です。顧客1,000名、職員500名、取引先2,000名の情報です。');
    expect(r.counts.value.map((c) => c.value)).toEqual(expect.arrayContaining([3000, 1000, 2000]));
  });
});
