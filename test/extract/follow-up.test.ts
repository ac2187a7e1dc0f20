import { describe, expect, it } from 'vitest';
import { ex } from './common.js';
import { extractReport } from '../../src/extract/index.js';

const B = '当社サーバーが不正アクセスを受けました。';

describe('follow_up', () => {
  it('reads update markers in the title', () => {
    expect(ex('【セキュリティ事件簿#2023-389】富士ソフト 当社の社内システムに対する不正アクセスについて(10/6追記)', B).follow_up).toBe(true);
    expect(ex('不正アクセスインシデントに関する対応の進捗状況について 2022年11月29日 株式会社メタップスペイメント', B).follow_up).toBe(true);
    expect(ex('ランサムウェア被害に関するお知らせ(第2報)', B).follow_up).toBe(true);
    expect(ex('不正アクセスに関する調査結果のご報告', B).follow_up).toBe(true);
  });
  it('reads body references to an earlier release', () => {
    expect(ex('サーバーへのサイバー攻撃について', '【速報】\n攻撃を受けました。\n【続報】\n会計システムの復旧を進めております。').follow_up).toBe(true);
    expect(ex('日経メディカル Online への不正アクセスについて', '2022年6月24日にお知らせした不正アクセスに関連して、会員登録情報の一部が盗まれた可能性があることが判明しました。').follow_up).toBe(true);
  });
  it('does not take promises of later reports as follow-ups', () => {
    expect(ex('不正アクセスによる個人情報漏えいの可能性について', B + '後日、調査結果が判明した際は改めて皆様にお知らせさせていただきます。').follow_up).toBe(false);
  });
  it('uses the archive header 公表種別 and the context', () => {
    const md = '# 公表概要\n- 不正アクセスについて\n- 2026年1月8日\n- 株式会社例\n- https://example.jp/\n\n# 公表種別\n- 続報\n\n# 本文\n' + B;
    expect(extractReport(md).follow_up).toBe(true);
    expect(extractReport(md.replace('- 続報', '- 初報')).follow_up).toBe(false);
    expect(extractReport('不正アクセスについて\n\n' + B, { publication_kind: '第3報' }).follow_up).toBe(true);
  });
  it('reads the archive header link to the first report and other earlier-release phrasings', () => {
    const md = (head: string, body: string) => `# 公表概要\n- 「おでCafe」サイトへの不正アクセスについて\n- 2025年4月9日\n- 株式会社例\n- https://example.jp/\n${head}\n# 本文\n${body}`;
    expect(extractReport(md('- 第1報:https://github.com/piyokango/SecurityIncidentArchive/blob/main/2025/02/27_x.md\n', B)).follow_up).toBe(true);
    expect(extractReport(md('- 初報:https://example.jp/1\n', B)).follow_up).toBe(true);
    expect(extractReport(md('- 関連:https://example.jp/1\n', B)).follow_up).toBe(false);
    expect(extractReport(md('', '外部から不正アクセスを受けたことから、当該サイトを一時的に閉鎖し、改修作業を実施しておりました。(2025年2月27日お知らせ済み)')).follow_up).toBe(true);
    expect(extractReport(md('', '2024年9月26日以降順次ご報告いたしましたとおり、この度、当社内システムにランサムウェア攻撃を受けました。')).follow_up).toBe(true);
    expect(extractReport(md('', '注:本ページの更新に関する詳細は下部をご確認ください。\n' + B)).follow_up).toBe(true);
    expect(ex('不正アクセスに関するご報告 その2', B).follow_up).toBe(true);
    expect(ex('当社サーバーへの不正アクセスに関するお知らせ(第二版)', B).follow_up).toBe(true);
  });
  it('a report to an authority on a date is no earlier release', () => {
    expect(ex('不正アクセスについて', B + '4月1日に個人情報保護委員会へ報告いたしました。').follow_up).toBe(false);
  });
  it('does not read a report to a ministry or a link to another party\'s release as an update', () => {
    expect(ex('不正アクセスによる個人情報漏洩の可能性について', '不正アクセスがありました。\n8月1日 文部科学省に報告(第3報)\n').follow_up).toBe(false);
    expect(ex('委託先におけるランサムウェア被害について', '委託先がランサムウェア被害を受けました。\n(第2報) https://example.co.jp/news/20250430.pdf\n').follow_up).toBe(false);
  });
});

describe('follow_up: a final report, and what an earlier release said', () => {
  it('reads （最終ご報告） in a title and `…とお知らせしましたが、今般…` in the body', () => {
    expect(ex('当グループサーバへの不正アクセスについて(最終ご報告)', '調査が完了しましたので最終のご報告をいたします。').follow_up).toBe(true);
    expect(ex('当行が利用するメールシステムへの不正アクセスに関するご報告', '当行は、4月16日(水)にIIJ社の提供するメールシステムが不正アクセスを受けたとお知らせしましたが、今般IIJ社より、流出はなかったとの報告を受けました。').follow_up).toBe(true);
  });
  it('does not read a first report as a follow-up', () => {
    expect(ex('当社サーバーへの不正アクセスについて', '当社サーバーが不正アクセスを受けたことをお知らせいたします。').follow_up).toBe(false);
  });
});

describe('follow_up: resumptions, the first report cited, investigation findings', () => {
  it('reads a resumption in the title as an update', () => {
    expect(ex('サイトの閲覧再開についてのお知らせとお詫び', '不正アクセスの可能性が確認されたため、11月11日より閲覧を停止しておりましたが、安全性が確認できましたので再開しております。').follow_up).toBe(true);
  });
  it('reads the first report cited in the body as an update', () => {
    expect(ex('不正アクセスによる個人情報漏えいに関するお詫び', '本件につきましては、7 月 30 日の第一報にてお知らせしたところですが、この度調査が完了しました。').follow_up).toBe(true);
  });
  it('reads a report of an incident\'s investigation findings as an update', () => {
    expect(ex('不正アクセスによる個人情報漏えいに関するお知らせ', '9月18日に発生しました不正アクセス事案の調査結果について、ご報告いたします。').follow_up).toBe(true);
  });
  it('a first report stays a first report', () => {
    expect(ex('不正アクセスによる個人情報漏えいに関するお知らせ（第1報）', '当社サーバーが不正アクセスを受けました。調査結果がまとまり次第、ご報告いたします。').follow_up).toBe(false);
  });
});

describe('follow_up: earlier releases cited by date and title', () => {
  it('reads 第ニ報 written with a katakana ニ', () => {
    expect(ex('弊社にて発生したセキュリティインシデントについて（第ニ報）', B).follow_up).toBe(true);
  });
  it('reads an earlier release cited by its date and quoted title', () => {
    expect(ex('弊社業務状況に関しまして', '弊社は 2025 年 8 月 29 日付で、「当社へのランサムウェア攻撃に関するご報告と対応措置について」を弊社ホームページに掲載いたしました。').follow_up).toBe(true);
    expect(ex('新管理者画面への移行完了について', '当社は、2025 年 5 月 7 日発表の「不正アクセスによる情報漏えいの可能性に関するお詫びとご報告」について、対応を進めてまいりました。').follow_up).toBe(true);
    expect(ex('メールシステムへの不正アクセスに関するお知らせ（安全が確認されました）', '当社HPにて4月18日にお知らせいたしました、「メールサービスへの不正アクセスについて」につきまして、調査が完了しました。').follow_up).toBe(true);
  });
});

describe('follow_up: findings headings and incidents announced before', () => {
  it('reads a body heading that reports investigation findings as an update', () => {
    expect(ex('当社への不正アクセスによるネットワークトラブルについて', '## 当社への不正アクセスならびに情報漏洩の可能性に関する調査結果のご報告\n2025年1月21日に発生いたしました不正アクセスについて、調査が完了しました。').follow_up).toBe(true);
  });
  it('reads an incident the organisation announced on an earlier day as an update', () => {
    expect(ex('情報セキュリティインシデントによる個人情報漏洩の可能性について', '令和7年7月8日に本研究所HPにてお知らせした情報セキュリティインシデント（不正アクセス）に関して調査を行いました。').follow_up).toBe(true);
  });
});
