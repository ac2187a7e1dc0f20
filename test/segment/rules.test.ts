import { describe, expect, it } from 'vitest';
import type { Segment } from '../../src/core/model.js';
import { isCasebookHeading, segmentDocument } from '../../src/segment/index.js';
import { endsLikeSentence, fold, notHeadlineReason } from '../../src/segment/headline.js';
import { textDocument } from './shared.js';

/** Segments a page written as lines (joined with LF). */
function segment(...lines: string[]): Segment[] {
  return segmentDocument(textDocument('inline.txt', lines.join('\n')));
}
const titles = (segs: readonly Segment[]): string[] => segs.map((s) => s.title);

describe('casebook headings', () => {
  it('recognises #YYYY-NNN and #YYYY alone', () => {
    expect(isCasebookHeading('【セキュリティ事件簿#2024-522】福島県警、…')).toBe(true);
    expect(isCasebookHeading('【セキュリティ事件簿#2022】A社 …')).toBe(true);
    expect(isCasebookHeading('【速報】')).toBe(false);
  });

  it('start a post even with a single blank line below', () => {
    const segs = segment('【セキュリティ事件簿#2024-1】A社 お知らせ', '', '本文です。', '', '【セキュリティ事件簿#2024-2】B社 お詫び 2024/11/25', '', '銀時', '', '', '本文です。');
    expect(titles(segs)).toEqual(['【セキュリティ事件簿#2024-1】A社 お知らせ', '【セキュリティ事件簿#2024-2】B社 お詫び 2024/11/25']);
  });
});

describe('trailers', () => {
  it('stay in the post above and never start one', () => {
    const text = ['【セキュリティ事件簿#2024-1】A社 不正アクセスについて', '', '', '本文です。', '', 'リリース文アーカイブ', '', '', '出典:A社で不正アクセス', '', '', '参考:B社の発表'].join('\n');
    const segs = segmentDocument(textDocument('t.txt', text));
    expect(segs).toHaveLength(1);
    expect(text.slice(segs[0].start, segs[0].end).endsWith('参考:B社の発表')).toBe(true);
  });

  it('make the line above them the end of a post, not a headline', () => {
    const segs = segment('「読売新聞オンライン」に不正アクセス', '', '', '同社は調査を進める方針。', '', '', '出典:「読売新聞オンライン」に不正アクセス');
    expect(segs).toHaveLength(1);
  });
});

describe('section headings inside a release', () => {
  it('are not posts: 【続報】, ≪概要≫, ■, 1.経緯, (1)原因, ※1, (※) lists', () => {
    const segs = segment(
      '菱機工業株式会社 弊社管理サーバーへのサイバー攻撃について 2022年11月21日',
      '', '',
      '取引先各位',
      '',
      '【速報】',
      '',
      '【続報】',
      '', '',
      '≪概要≫',
      '', '',
      '■今後の対応について',
      '', '',
      '1.経緯',
      '', '',
      '2. 被害の状況',
      '', '',
      '(1)原因',
      '', '',
      '※1 SOCとは専門組織です',
      '', '',
      '(※)前橋市、高崎市、太田市',
      '', '',
      '詳細が判明次第、本ページにて追ってご報告させていただきます。',
    );
    expect(segs).toHaveLength(1);
  });

  it('a signature directly under a paragraph and a short logo text are not posts', () => {
    const segs = segment('株式会社銀時 個人情報漏えいに関するお詫び 2024/11/25', '', '銀時', '', '', 'このたび、不正アクセスを受けました。', '右崎 大輔 片岡総合法律事務所 弁護士', '', '', '以上でございます。');
    expect(segs).toHaveLength(1);
  });
});

describe('headlines', () => {
  it('a date-ended headline starts a post, with or without an organisation after the date', () => {
    const segs = segment(
      'ラベル スクラップ の投稿を表示しています。 すべての投稿を表示',
      '',
      '日経メディカル Online への不正アクセスについて 2022年6月24日 株式会社日経BP',
      '',
      '本文です。',
      '',
      '琉球大学 個人情報の不適切な取り扱いについて (お詫び) 2022年11月25日',
      '', '',
      '本文です。',
    );
    expect(segs.map((s) => s.line)).toEqual([3, 7]);
  });

  it('a plain headline set off by two blank lines starts a post, a sentence does not', () => {
    const segs = segment(
      'ノートン360、銀行アプリを「危険」と詐称するトラブル相次ぐ',
      '', '',
      '山陰合同銀行は11月7日にアプリの誤検知を公表した。',
      '', '',
      '同社は「再インストールすれば解決する」と述べていた。',
      '', '',
      'リスクモンスターでリスク顕在化。研修支援サービスで外部より個人情報へアクセス可能に。',
      '', '',
      '同社はサービスを停止した。',
    );
    expect(segs.map((s) => s.line)).toEqual([1, 10]);
  });

  it('a plain candidate followed directly by another title is the last line of a post', () => {
    const segs = segment('A社で不正アクセス被害が発生', '', '', '本文です。', '', '', '調査中の事案に関する補足情報', '', '', '【セキュリティ事件簿#2024-3】B社 お詫び');
    expect(segs.map((s) => s.line)).toEqual([1, 10]);
  });

  it('tells headline shapes from body shapes', () => {
    const reason = (s: string) => notHeadlineReason(fold(s));
    expect(reason('富山市八尾中学校で全生徒の成績が教師と生徒に共有される')).toBeNull();
    expect(reason('ハワイアン航空とアラスカ航空が合併。ハワイアン航空、ワンワールド加盟か!')).toBeNull();
    expect(reason('【重要】不正アクセスによる個人情報流出に関するお詫び 2024年1月5日')).toBeNull();
    expect(reason('すべての投稿を表示')).toBe('chrome');
    expect(reason('ホーム > スクラップ > 記事')).toBe('chrome');
    expect(reason('出典:防災局メルアカ乗っ取り被害')).toBe('trailer');
    expect(reason('【本件の詳細な経緯、被害状況等】')).toBe('label');
    expect(reason('・氏名')).toBe('section-mark');
    expect(reason('令和6年11月22日')).toBe('date-led');
    expect(reason('https://www.example.jp/news/1.html')).toBe('address');
    expect(reason('対象のお客様契約数: 132契約')).toBe('field');
    expect(reason('株式会社丸菱ホールディングス')).toBe('organization-only');
    expect(reason('約17,600件')).toBe('figure-only');
    expect(reason('銀時')).toBe('too-short');
    expect(reason('あ'.repeat(140))).toBe('too-long');
    expect(reason('今回の発表までお時間をいただきましたこと、重ねてお詫び申し上げます。')).toBe('sentence');
  });

  it('reads a predicate before 。 as a sentence end, a noun or case particle as a headline end', () => {
    expect(endsLikeSentence('…してまいります。')).toBe(true);
    expect(endsLikeSentence('…として否定している。')).toBe(true);
    expect(endsLikeSentence('…と述べていた」。')).toBe(true);
    expect(endsLikeSentence('…外部より個人情報へアクセス可能に。')).toBe(false);
    expect(endsLikeSentence('…再発防止策を講じる方針。')).toBe(false);
    expect(endsLikeSentence('…が書き換えられる')).toBe(false);
  });
});

describe('documents without post structure', () => {
  it('are one report from the first non-blank line', () => {
    const text = '\n\n  \nお知らせ本文です。\n\n次の段落です。\n\n';
    const segs = segmentDocument(textDocument('one.txt', text));
    expect(segs).toEqual([{ start: 5, end: text.lastIndexOf('です。') + 3, line: 4, title: 'お知らせ本文です。' }]);
  });

  it('a blank document has no report', () => {
    expect(segmentDocument(textDocument('blank.txt', ' \n\u00a0\n'))).toEqual([]);
  });

  it('a release-archive document is one report titled by its header', () => {
    const text = '# 公表概要\n- 不正アクセスに関するお知らせ\n- 2024年12月10日\n- A社\n\n# 本文\nこのたび…\n\n## 1.概要\n\n\n不正アクセスについて\n\n\n本文。\n';
    const segs = segmentDocument(textDocument('a.md', text, 'markdown'));
    expect(segs).toEqual([{ start: 0, end: text.length - 1, line: 2, title: '不正アクセスに関するお知らせ' }]);
  });
});

describe('format-given segments', () => {
  it('are returned unchanged', () => {
    const given: Segment[] = [
      { start: 0, end: 3, line: 1, title: 'abc', metadata: { published_on: '2024-01-02' } },
      { start: 5, end: 8, line: 3, title: 'def' },
    ];
    const doc = { ...textDocument('b.html', 'abc\n\ndef', 'html'), segments: given };
    expect(segmentDocument(doc)).toEqual(given);
  });
});
