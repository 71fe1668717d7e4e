// Shared people, addresses, case IDs and quoting helpers for the cc set.
import type { Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const form = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// personas: only these and blind1's addresses are the user's (lib.ts USER_ADDRS)
export const KEN = { ja: '髙橋 健一', kana: 'ﾀｶﾊｼ ｹﾝｲﾁ', en: 'Kenichi Takahashi', keep: 'k.takahashi@example.ne.jp', src: 'takahashi-k@kaisha.example.co.jp', keepId: 'AWS00417725', srcId: 'AWS31904468' };
export const YUMI = { ja: '山﨑 由美', kana: 'ﾔﾏｻｷ ﾕﾐ', en: 'Yumi Yamasaki', keep: 'yumi.yamasaki@example.jp', src: 'y_yamasaki@oldfirm.example.co.jp', keepId: 'AWS52088130', srcId: 'AWS60371259' };
export const ROB = { en: 'Robert Miller', keep: 'rmiller@example.com', src: 'robert.miller@legacycorp.example.com', keepId: 'AWS71130622', srcId: 'AWS88045317' };
export const TARO = { ja: '山田 太郎', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp' };

export const CASE = {
  ken: '17803356120',
  ken2: '1781120044',
  yumi: '176205583317',
  yumiDup: '1762055899',
  rob: '1779901234',
  rob2: '1790067543',
  robAck: '1779911870',
  robBill: '1771207733',
  ken3: '17955500218',
  maria: '17661200457',
  taro: '1798801127',
  other: '1774430098',
} as const;

/** full-width digits and letters, as older Japanese systems print IDs */
export const zen = (s: string): string =>
  s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Outlook (Japanese UI) reply header block */
export const olJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;

export const olEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

/** Salesforce-style block used by AWS support replies */
export const sf = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const sfRef = (seed: string): string => `ref:_00D0Ac7R2._500Vx${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

type Req = 'slug' | 'kind' | 'lang' | 'note' | 'from' | 'to' | 'subject' | 'date' | 'enc' | 'caseId';
/** defaults: trusted, forUser, no trap, auth pass (every label is re-checked against the bytes) */
export const mk = (p: Pick<Msg, Req> & Partial<Omit<Msg, Req>>): Msg => ({ trusted: true, forUser: true, trap: false, auth: 'pass', ...p });

export const KEN_REQ = `AWS認定アカウントの統合をお願い致します。
①統合先（残す方）：${KEN.keepId}　${KEN.keep}
②統合元（消す方）：${KEN.srcId}　${KEN.src}
氏名：髙橋 健一（${KEN.kana}）
会社名：㈱サンプル商事　情報システム部`;

export const YUMI_REQ = `お世話になります。山﨑と申します。
前職のアドレス（${YUMI.src}）で受験した認定を、個人アドレス（${YUMI.keep}）の方へまとめて頂きたく、ご連絡致しました。
宜しくお願い致します。`;

export const ROB_REQ = `PLEASE MERGE MY TWO CERTIFICATION ACCOUNTS.
KEEP:   ${ROB.keepId}  ${ROB.keep}
RETIRE: ${ROB.srcId}  ${ROB.src}
REGARDS, ROBERT MILLER`;
