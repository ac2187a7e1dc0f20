import { describe, expect, it } from 'vitest';
import { prepareInput } from '../../src/extract/input.js';
import { extractOrganization, splitOrganizations } from '../../src/extract/rules/organization.js';
import { ex } from './common.js';
import { SUFFIXED_COMPANY, findSuffixedCompanies, orgTypeOf } from '../../src/core/org-names.js';

const org = (t: string) => {
  const r = extractOrganization(prepareInput(t), '');
  return { names: r.organization.value, type: r.org_type.value };
};

describe('extractOrganization', () => {
  it('reads the org of a casebook title', () => {
    expect(org('【セキュリティ事件簿#2024-522】福島県警、ずさんなメールサーバの運用管理により\n\n本文').names[0]).toBe('福島県警');
    expect(org('【セキュリティ事件簿#2024-516】秋田大学 本学における懲戒案件について 2024/10/23\n\n本文')).toMatchObject({ type: 'university' });
    expect(org('【セキュリティ事件簿#2023-436】国立環境研究所が運用するオンラインストレージサービスへの不正アクセスについて\n\n本文')).toEqual({ names: ['国立環境研究所'], type: 'research' });
  });
  it('completes a short name with its legal form (seed-001-03)', () => {
    const r = org('【セキュリティ事件簿#2023-441】共同通信社 不正アクセスによる職員等の個人情報漏えいの恐れのお知らせとおわび\n\n一般社団法人共同通信社のサーバー機器が外部からの不正アクセスを受け');
    expect(r.names[0]).toBe('一般社団法人共同通信社');
    expect(r.type).toBe('association');
  });
  it('reads the trailing org after the date (seed-002-01)', () => {
    expect(org('不正アクセスインシデントに関する対応の進捗状況について 2022年11月29日 株式会社メタップスペイメント\n本文').names[0]).toBe('株式会社メタップスペイメント');
  });
  it('uses the archive header', () => {
    expect(org('# 公表概要\n- お知らせ\n- 2024年12月20日\n- 兵庫県赤穂市\n\n# 本文\n本文').names[0]).toBe('兵庫県赤穂市');
  });
});

describe('orgTypeOf', () => {
  it('classifies by form', () => {
    expect(orgTypeOf('児玉郡市広域市町村圏組合')).toBe('local_gov');
    expect(orgTypeOf('公益財団法人みやぎ産業振興機構')).toBe('association');
    expect(orgTypeOf('東海国立大学機構')).toBe('university');
    expect(orgTypeOf('富山市立八尾中学校')).toBe('school');
    expect(orgTypeOf('医療法人 DIC 宇都宮セントラルクリニック')).toBe('hospital');
    expect(orgTypeOf('株式会社銀時')).toBe('company');
    expect(orgTypeOf('総務省')).toBe('national_gov');
  });
  it('types names by their form, the legal form first', () => {
    expect(orgTypeOf('株式会社ナード研究所')).toBe('company');
    expect(orgTypeOf('長野市立長野図書館')).toBe('local_gov');
    expect(orgTypeOf('国立国会図書館')).toBe('national_gov');
    expect(orgTypeOf('寺崎脳神経外科')).toBe('hospital');
    expect(orgTypeOf('日本時計学会')).toBe('association');
    expect(orgTypeOf('大分県弁護士会')).toBe('association');
    // 信用金庫 take deposits like banks; labelled releases type them as companies.
    expect(orgTypeOf('城南信用金庫')).toBe('company');
    expect(orgTypeOf('独立行政法人日本貿易振興機構')).toBe('national_gov');
    expect(orgTypeOf('年金積立金管理運用独立行政法人')).toBe('national_gov');
    expect(orgTypeOf('地方独立行政法人広島市立病院機構')).toBe('hospital');
    expect(orgTypeOf('学校法人 中村学園(中村学園大学・中村学園大学短期大学部)')).toBe('university');
    expect(orgTypeOf('学校法人南光学園東北高等学校')).toBe('school');
  });
  it('takes the organisation item of a header whose date and organisation are swapped', () => {
    const r = org('# 公表概要\n- ランサムウェア感染に関するお詫び\n- オオサキメディカル株式会社\n- 2025年8月27日\n- https://x\n\n# 本文\n当社は、お詫び申し上げます。\n');
    expect(r.names[0]).toBe('オオサキメディカル株式会社');
    expect(r.type).toBe('company');
  });
});

describe('findSuffixedCompanies', () => {
  it('finds what SUFFIXED_COMPANY finds, walking back from the legal form', () => {
    for (const t of [
      'アスクル株式会社(本社:東京都江東区)は、ASKUL LOGIST 株式会社の3PL事業における株式会社良品計画様ほかの出荷業務について',
      '古野電気株式会社及びラボテック・インターナショナル株式会社、、株式会社ABC株式会社',
      'ユニデンホールディングス株式会社 当社におけるランサムウェア被害',
      'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789株式会社X株式会社',
    ]) {
      const re = new RegExp(SUFFIXED_COMPANY.source, 'g');
      const want = [...t.matchAll(re)].map((m) => ({ index: m.index, text: m[0] }));
      expect(findSuffixedCompanies(t)).toEqual(want);
    }
    expect(findSuffixedCompanies('A株式会社 B合同会社 C有限会社', 2).map((m) => m.text)).toEqual(['A株式会社', 'B合同会社']);
  });
});

describe('splitOrganizations: archive header items naming several organisations', () => {
  it('splits at 、 and および outside brackets, and at a space before another legal name', () => {
    expect(splitOrganizations('トモニホールディングス株式会社、株式会社徳島大正銀行、株式会社香川銀行').names).toEqual(['トモニホールディングス株式会社', '株式会社徳島大正銀行', '株式会社香川銀行']);
    expect(splitOrganizations('一般社団法人SVリーグ 一般社団法人ジャパンバレーボールリーグ').names).toEqual(['一般社団法人SVリーグ', '一般社団法人ジャパンバレーボールリーグ']);
    expect(splitOrganizations('株式会社パン・パシフィック・インターナショナルホールディングス および グループ会社').names).toEqual(['株式会社パン・パシフィック・インターナショナルホールディングス']);
  });
  it('keeps spaces inside one name and reads a bracketed unit as further names', () => {
    expect(splitOrganizations('株式会社 JR 西日本ヴィアイン').names).toEqual(['株式会社 JR 西日本ヴィアイン']);
    expect(splitOrganizations('群馬県中之条町(中之条町立中之条小学校及び中之条中学校)')).toEqual({
      names: ['群馬県中之条町', '中之条町立中之条小学校', '中之条中学校'],
      first: '群馬県中之条町(中之条町立中之条小学校及び中之条中学校)',
    });
  });
  it('takes the main organisation and its kind from the header', () => {
    const r = ex('会員情報流出の可能性に関するお知らせ', '当法人のサーバーが不正アクセスを受けました。', { organization: '学校法人 中村学園(中村学園大学・中村学園大学短期大学部)' });
    expect(r.organization[0]).toBe('学校法人 中村学園');
    expect(r.org_type).toBe('university');
    expect(ex('お知らせ', '不正アクセスがありました。', { organization: '税理士法人FLAGS、株式会社FLAGSホールディングス' }).org_type).toBe('company');
  });
});

describe('orgTypeOf: foundations that study something', () => {
  it('reads a 一般財団法人 〇〇研究センター as an association, a national institute as research', () => {
    expect(orgTypeOf('一般財団法人消防試験研究センター')).toBe('association');
    expect(orgTypeOf('国立環境研究所')).toBe('research');
  });
});

describe('organization: names a casebook title starts with', () => {
  const first = (title: string, body = '当社サーバーが不正アクセスを受けました。') => ex(title, body).organization[0];
  it('joins a legal form written apart from the name', () => {
    expect(first('【セキュリティ事件簿#2025-010】株式会社 芝寿し 不正アクセスによる個人情報漏えいに関するお詫び')).toBe('株式会社 芝寿し');
    expect(first('【セキュリティ事件簿#2025-011】一般財団法人 日本気象協会 サイバー攻撃によるサービス障害について')).toBe('一般財団法人 日本気象協会');
  });
  it('keeps the Latin words of a Latin name, not the Latin word a title starts with', () => {
    expect(first('【セキュリティ事件簿#2025-012】株式会社PR TIMES 当社サーバーへの不正アクセスについて')).toBe('株式会社PR TIMES');
    expect(first('【セキュリティ事件簿#2025-013】日本私立学校振興・共済事業団 Pep Up(ペップアップ)の不正アクセスについて')).toBe('日本私立学校振興・共済事業団');
  });
  it('leaves out a unit in brackets after the name', () => {
    expect(first('【セキュリティ事件簿#2025-014】千葉県柏市(柏市立柏高等学校) 卒業アルバムに掲載された情報の漏えいのおそれについて')).toBe('千葉県柏市');
  });
  it('takes the whole name with its middle dot when the body writes it', () => {
    const body = '株式会社キッズ・コーポレーション(以下「当社」)のサーバーが不正アクセスを受けました。';
    expect(first('【セキュリティ事件簿#2025-015】株式会社キッズ・コーポレーション 不正アクセスによる個人情報漏えいのお知らせ', body)).toBe('株式会社キッズ・コーポレーション');
  });
});

describe('orgTypeOf: schools run by a university\'s corporation', () => {
  it('reads a high school or junior high school under a university corporation as a school', () => {
    expect(orgTypeOf('学校法人東北工業大学 仙台城南高等学校')).toBe('school');
    expect(orgTypeOf('国立大学法人〇〇大学附属中学校')).toBe('university');
    expect(orgTypeOf('東北工業大学')).toBe('university');
  });
});
