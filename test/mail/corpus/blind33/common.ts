// Set af: people, addresses, case IDs and quoting helpers (all invented for this set).
import type { Msg } from './lib.js';

export const CS_FORM = 'aws-cs-trainingcertification-form@amazon.com';
export const SUPPORT = `AWS Training and Certification <${CS_FORM}>`;
export const SUPPORT_JA = `AWS トレーニングと認定 <${CS_FORM}>`;
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubj = (id: string, re = 'RE:'): string => `${re}[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// personas: keep = the account they keep, src = the one merged away, mob = carrier mail
export const SEI = {
  ja: '高橋 誠一', en: 'Seiichi Takahashi', kana: 'タカハシ セイイチ',
  keep: 's.takahashi.home@example.ne.jp', src: 'takahashi.seiichi@minato-sys.example.co.jp', mob: 'seiichi-t.0412@docomo.ne.jp',
  keepId: 'AWS41920385', srcId: 'AWS07736214',
};
export const MISA = {
  ja: '中村 美咲', en: 'Misaki Nakamura', kana: 'ナカムラ ミサキ',
  keep: 'misaki.nkmr@example.jp', src: 'm-nakamura@kitahama-trading.example.co.jp', mob: 'misaki_n-77@ezweb.ne.jp',
  keepId: 'AWS63018827', srcId: 'AWS29475530',
};
export const KEN = {
  ja: '小林 健太', en: 'Kenta Kobayashi', kana: 'コバヤシ ケンタ',
  keep: 'kenta.kobayashi@example.net', src: 'kobayashi-k@tohoku-denki.example.co.jp', mob: 'kobakenta.88@softbank.ne.jp',
  keepId: 'AWS88104562', srcId: 'AWS50392218',
};
export const YUKI = {
  ja: '伊藤 由紀子', en: 'Yukiko Ito', kana: 'イトウ ユキコ',
  keep: 'yukiko.ito@hikari-hoken.example.co.jp', src: 'ito.yukiko@oldhoken.example.jp', priv: 'yuki.ito.1985@example.org',
  keepId: 'AWS17264093', srcId: 'AWS95530481',
};

export const CASE = {
  sei: '1774092851',
  seiDup: '1774093317',
  misa: '177520364118',
  misa2: '1778215590',
  ken: '17761849302',
  ken2: '17790533128',
  yuki: '1777402156983',
  yuki2: '176640028815',
} as const;

// third parties
export const RESELLER = '株式会社クラウドブリッジ パートナーサポートデスク <partner-desk@cloudbridge.example.co.jp>';
export const RESELLER2 = 'ソラテック認定資格サポート窓口 <aws-cert@soratec.example.jp>';
export const HR_DESK = '人材開発部 研修事務局 <kenshu@minato-sys.example.co.jp>';

/** '2026-03-04' → '令和8年3月4日' */
export const reiwa = (iso: string): string => {
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
  return `令和${y - 2018}年${mo}月${d}日`;
};
/** ASCII digits/letters → full-width */
export const zen = (s: string): string => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

const WD = ['日', '月', '火', '水', '木', '金', '土'];
const wdOf = (iso: string): string => {
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
  return WD[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()] as string;
};
/** Gmail (ja): 2026年3月4日(水) 10:12 高橋 誠一 <addr>: */
export const gmailJa = (iso: string, hm: string, who: string, addr: string): string => {
  const [y, mo, d] = iso.split('-').map(Number);
  return `${y}年${mo}月${d}日(${wdOf(iso)}) ${hm} ${who} <${addr}>:`;
};
/** iPhone Mail (ja): 2026/03/04 10:12、高橋 誠一 <addr>のメール: */
export const iphoneJa = (iso: string, hm: string, who: string, addr: string): string => `${iso.replace(/-/g, '/')} ${hm}、${who} <${addr}>のメール:`;
/** Outlook (ja) header block */
export const outlookJa = (from: string, sent: string, to: string, subject: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}`;
/** Outlook (en) header block */
export const outlookEn = (from: string, sent: string, to: string, subject: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}`;
/** Salesforce-style separator used by AWS support replies */
export const sfQuote = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00D6hE3kQ._5008Y${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (body: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title></title></head>\n<body style="font-family:'Meiryo','Hiragino Sans',sans-serif;font-size:14px">\n${body}\n</body></html>`;

// the users' own first requests, quoted in threads
export const SEI_REQ = `AWS認定アカウントの統合をお願いしたく、ご連絡いたしました。
現在、下記2つのアカウントに資格が分かれております。
(1) ${SEI.keepId} / ${SEI.keep}（こちらを残したい）
(2) ${SEI.srcId} / ${SEI.src}（前職の社用アドレス）
氏名：高橋 誠一　会社名：株式会社みなとシステム（退職予定）`;

export const MISA_REQ = `お世話になります。中村美咲と申します。
北浜商事在籍時に作ったアカウント（${MISA.srcId}）と、個人で受験したアカウント（${MISA.keepId}）を
ひとつにまとめて頂けないでしょうか。残すのは ${MISA.keep} の方です。`;

export const KEN_REQ = `認定アカウントが２つあるので統合希望です。
残す方: ${KEN.keep} (${KEN.keepId})
消す方: ${KEN.src} (${KEN.srcId})
よろしくお願いします。小林`;

export const YUKI_REQ = `ご担当者様
転職に伴い、AWS認定のアカウントを現在の勤務先アドレスへ集約したく存じます。
統合先：${YUKI.keep}（${YUKI.keepId}）
統合元：${YUKI.src}（${YUKI.srcId}）
何卒よろしくお願い申し上げます。
伊藤 由紀子`;

export type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap'>>;
export const ja = (s: Spec): Msg => ({ lang: 'ja', trusted: true, forUser: true, trap: false, ...s });
export const en = (s: Spec): Msg => ({ lang: 'en', trusted: true, forUser: true, trap: false, ...s });
