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
  it('data leaked elsewhere, a checklist item and a pretext are no confirmed leak', () => {
    const r = ex('不正ログインに関するお知らせ', '不審なログインにより、お客様の情報が第三者に閲覧された可能性がございます。今回の不正ログインは、他のサービスから流出したID・パスワード情報を用いたリスト型攻撃によるものと推測されます。');
    expect(r.leak).toBe('possible');
    const c = ex(T, '当社サーバーがランサムウェア攻撃を受けました。以下の事実は確認されておりません。\n- 当該情報が外部に流出したことを示す事実\n現時点において情報が外部に流出した可能性は低いと判断しております。');
    expect(c.leak).not.toBe('confirmed');
  });
  it('exfiltration traces found are a confirmed leak', () => {
    const r = ex(T, '攻撃者が当社サーバから一部の情報を外部へ持ち出した痕跡を確認致しました。持ち出された情報の内容については判明しておらず、現在調査中です。');
    expect(r.leak).toBe('confirmed');
  });
  it('an update whose investigation found no leak answers its title', () => {
    const r = ex('メール情報漏えいの可能性に関する調査結果のご報告', '4月18日にお知らせしました「メール情報漏えいの可能性に関するお知らせ」につきまして、調査の結果、当社のメール情報が外部に漏えいした痕跡は認められませんでした。');
    expect(r.leak).toBe('not_found');
    expect(r.is_incident).toBe(true);
  });
  it('the modal of a later misuse predicate does not make a leak possible', () => {
    const r = ex('情報流出に関するお知らせ(第13報)', 'ランサムウェア攻撃を受けました。\n- 情報流出に該当するお客様には個別にご連絡を差し上げております。流出情報が悪用される可能性を踏まえ、監視体制を継続してまいります。');
    expect(r.leak).toBe('confirmed');
  });
});

describe('leak (release archive phrasings)', () => {
  it('does not read a question of an FAQ as a finding', () => {
    const r = ex(T, A + 'お客様の氏名、住所が流出した可能性があります。\n\nQ. どのような情報が流出しましたか?\nA. 「氏名」「住所」の2つです。');
    expect(r.leak).toBe('possible');
  });
  it('does not read a leak named as what to prevent as a leak', () => {
    const r = ex(T, A + '「感染拡大の防止」ならびに「情報流出の抑止」を最優先にする観点から、外部からのアクセスを遮断しました。');
    expect(r.leak).toBe('unknown');
  });
  it('leaves it unknown when only a cited release title speaks of a leak and the text says whether is unknown', () => {
    const body = '当社が利用しているメールセキュリティサービスに不正アクセスがありました。\n\n「IIJセキュアMXサービスにおけるお客様情報の漏えいについて」\n\n現時点では同社から当社に対してメールアドレス、メール本文等の漏えいの有無等に関する具体的な説明はありません。';
    expect(ex(T, body).leak).toBe('unknown');
    expect(ex(T, body.replace(/現時点では[^\n]*$/, '')).leak).toBe('confirmed');
  });
});

describe('leak: a release title set under a label', () => {
  it('reads `<IIJ社からのリリース>` + title as a cited title, which the text\'s own statement overrides', () => {
    const body = '弊社が利用するIIJ社のメールシステムにおいて、第三者による不正アクセスが発生しました。\n\n現在、漏えいの有無を確認しております。\n\n<IIJ社からのリリース>\n\nIIJセキュアMXサービスにおけるお客様情報の漏えいについて\n';
    expect(ex(T, body).leak).toBe('unknown');
  });
  it('not_found when an investigation finds no leak after the possibility it answers', () => {
    const body = '弊社が利用していたIIJ社のメールセキュリティサービスが第三者による不正アクセスを受け、弊社のメール情報が外部に漏えいした可能性について、2025年4月22日にその後のIIJ社の調査において、弊社お客様、関係者様に関する情報漏えいの事実は確認されなかったとの最終報告を受けましたので、お知らせいたします。';
    expect(ex('メール情報漏えいの可能性に関するお知らせ(続報)', body).leak).toBe('not_found');
    const later = '情報流出等のおそれがあったお客さまには、通知文書の発送等によりご連絡させていただいておりましたが、外部専門業者による調査の結果、お客さま情報が外部に流出したことを示す事実は確認されませんでした。';
    expect(ex(T, A + later).leak).toBe('not_found');
  });
  it('a possibility stated after the finding still stands', () => {
    const body = '調査の結果、外部への情報流出の痕跡は確認されませんでしたが、個人情報が流出した可能性を完全に否定することはできません。';
    expect(ex(T, A + body).leak).toBe('possible');
  });
  it('a possibility told in an earlier release yields to the finding that there was none', () => {
    const body = '第三者によるサイバー攻撃を受け、当センターのメールデータの一部が外部に漏洩した可能性があるとお知らせしておりました。その後の詳細調査により、当センターのメールデータ漏洩の恐れがないことが判明いたしました。';
    expect(ex(T, A + body).leak).toBe('not_found');
  });
  it('reads a cited title with its report number (`…について(第 2 報)」`) as cited', () => {
    const body = '2025年4月30日付ニュースリリース「委託先におけるランサムウェア被害による個人情報漏えい等のおそれについて(第 2 報)」にてお知らせしました件につき、調査の結果、情報漏えいの痕跡や外部流出の事実は、現時点で確認されていません。';
    expect(ex(T, A + body).leak).toBe('not_found');
  });
  it('a password that leaked and let the intruder in is not leaked data', () => {
    const body = '2025年10月3日、当社グループ社員の個人アカウントにおいてパスワードが外部に漏洩していることが判明しました。現時点で、当社システム内の機密情報やお客様情報が漏洩した事実は確認されておりません。';
    expect(ex(T, body).leak).toBe('not_found');
  });
  it('reads a possibility denied by what was (not) found as not_found', () => {
    expect(ex(T, A + 'これらの調査結果により、外部への情報流出の可能性は認められず、個人情報の漏えいはありませんでした。').leak).toBe('not_found');
  });
  it('a possibility named as a subject (a report to read, a press report) yields to the finding', () => {
    const press = '一部報道で、当社の通販サイトが侵害されて、個人情報を流出した可能性があると報道がなされました。調査の結果、当社から個人情報が流出した事実はありませんでした。';
    expect(ex(T, press).leak).toBe('not_found');
    const refer = '調査の結果、個人情報や機密情報の外部流出を示す明確な痕跡は確認されておりません。また、情報漏えいの可能性に関する詳細につきましては、2025年8月5日付で公表している「当社におけるランサムウェア被害に伴うシステム障害と情報漏えいに関するお知らせ」をご参照ください。';
    expect(ex(T, A + refer).leak).toBe('not_found');
  });
  it('an investigation that found no trace (`痕跡はありませんでした`) answers a heading of possibly leaked data', () => {
    const body = '### (3) 漏洩した可能性がある情報\n2025年9月9日現在、当社サーバーから漏洩した可能性がある情報の公開は確認されておりません。\nまた解析対象となったサーバーやコンピュータからは外部への明確な情報漏洩の痕跡はありませんでした。';
    expect(ex(T, A + body).leak).toBe('not_found');
  });
  it('a possibility reported before (`…旨をご報告いたしましたが`) or held at first (`当初…とされていましたが`) yields to the finding', () => {
    const told = '4月18日にお知らせいたしました第2報におきまして、一部のお客さまとのメールの内容が流出した可能性がある旨をご報告いたしましたが、調査の結果、これらの内容は漏えいしていない旨の報告を受けました。';
    expect(ex(T, A + told).leak).toBe('not_found');
    const held = '## ＜情報漏えい等のおそれがあるとされていた当社のお客様＞\n当初、以下の情報漏えいのおそれがあるとされていましたが、調査の結果、情報の外部流出や不正利用の事実は確認されませんでした。';
    expect(ex(T, A + held).leak).toBe('not_found');
  });
  it('no access to, or impact on, personal data found is not_found; an open question about it is not', () => {
    expect(ex(T, A + 'なお、お知らせ機能以外のシステムおよび個人情報等への不正アクセスは現時点で確認されておりません。').leak).toBe('not_found');
    expect(ex(T, A + '現時点では、お客さまの口座情報や取引情報への直接的な影響は確認されておりませんが、念のためご注意ください。').leak).toBe('not_found');
    expect(ex(T, A + '個人情報への影響を調査しております。').leak).toBe('unknown');
  });
  it('a possibility another party announced, or named as the topic (`…につきまして、`), yields to the finding', () => {
    const other = '当社が利用するメールサービスにおいて、不正アクセスに起因する情報漏えいが発生した可能性がある旨、提供会社より発表がありました。調査の結果、当社のお客様の情報は漏えいしていないことを確認しました。';
    expect(ex(T, A + other).leak).toBe('not_found');
    const topic = 'ランサムウェアによる不正アクセスに伴う個人情報の漏洩可能性につきまして、調査の結果、情報漏洩の痕跡は確認されませんでした。';
    expect(ex(T, A + topic).leak).toBe('not_found');
  });
  it('reads the heading of an empty list of possibly viewed data as not_found', () => {
    expect(ex(T, A + '対象となったIDの件数:2万1752件\n\n閲覧された可能性がある個人情報:確認されません').leak).toBe('not_found');
    expect(ex(T, A + '閲覧された可能性がある個人情報:氏名、メールアドレス').leak).toBe('possible');
  });
  it('a possibility posted before (`…旨を掲載させていただきましたが`) or named as a topic (`…可能性について、`) yields to the finding', () => {
    const posted = '4月18日付お知らせにて、情報漏えいが発生した可能性がある旨を掲載させていただきましたが、今般、お客様の個人情報の漏えいは確認されておりません。';
    expect(ex(T, A + posted).leak).toBe('not_found');
    const topic = '送受信したメールデータの一部が外部に流出した可能性について、提供元である同社より、当社のメールデータの流出は確認されていないとの報告を受けております。';
    expect(ex(T, A + topic).leak).toBe('not_found');
  });
});
