// eq: shared people, senders, case IDs and quoting helpers.
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CERT_PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubjectJa = (id: string): string => `RE:[CASE ${id}] [AWS トレーニングと認定 フォーム送信] - アカウントに関するお問い合わせ`;

// personas (their addresses are in lib.ts USER_ADDRS)
export const KENJI = { ja: '渡辺 健二', keep: 'kenji.w@example.net', src: 'watanabe.k@sangyo.example.co.jp', keepId: 'AWS40718263', srcId: 'AWS92031876' };
export const YUI = { ja: '森 結衣', keep: 'yui.mori@example.jp', src: 'y.mori@formerco.example.co.jp', keepId: 'AWS66120984', srcId: 'AWS30588127' };
export const TARO = { ja: '山田 太郎', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS10482736', srcId: 'AWS55219047' };
export const HANAKO = { ja: '佐藤 花子', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS20917354', srcId: 'AWS63307182' };
export const SAM = { name: 'Sam Ortiz', keep: 'sam.ortiz@example.com', src: 'sortiz@contractor.example.io', keepId: 'AWS58830142', srcId: 'AWS71264093' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS31846620', srcId: 'AWS48820193' };
export const PRIYA = { name: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS72615508', srcId: 'AWS09933471' };

// support case IDs (10-13 digits), written for this set
export const CASE = {
  kenji: '178204417390',
  kenjiOther: '17820991203',
  yui: '1791337820',
  yuiDup: '1791338846',
  taro: '177301958264',
  hanako: '1768830051742',
  sam: '17955023118',
  samOther: '1795511094',
  alex: '180044719263',
  priya: '1776620938',
} as const;

export const d = (local: string, tz = '+0000'): string => rfcDate(local, tz);

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Japanese Gmail quote header */
export const gmailJa = (when: string, name: string, addr: string, body: string): string => `${when} ${name} <${addr}>:\n\n${quote(body)}`;
/** English Gmail quote header */
export const gmailEn = (when: string, name: string, addr: string, body: string): string => `On ${when} ${name} <${addr}> wrote:\n${quote(body)}`;
/** Japanese Outlook block */
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
/** English Outlook block */
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
/** Salesforce-style block used by support replies */
export const sf = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const ref = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

/** defaults: support sender, dmarc pass, trusted, delivered to the user */
export type Spec = Omit<Msg, 'from' | 'auth' | 'trusted' | 'forUser' | 'trap' | 'date'> & Partial<Pick<Msg, 'from' | 'auth' | 'trusted' | 'forUser' | 'trap' | 'date'>>;
export function mk(s: Spec, i: number, baseDay: string): Msg {
  const day = Number(baseDay.slice(8, 10));
  const dd = String(((day + i) % 27) + 1).padStart(2, '0');
  const hh = String(8 + ((i * 7) % 11)).padStart(2, '0');
  const mi = String((i * 13) % 60).padStart(2, '0');
  return {
    from: SUPPORT,
    auth: 'pass',
    trusted: true,
    forUser: true,
    trap: false,
    date: d(`${baseDay.slice(0, 8)}${dd} ${hh}:${mi}:${String((i * 29) % 60).padStart(2, '0')}`, '+0000'),
    ...s,
  };
}

export const JA_REQ_KENJI = `AWS認定アカウントの統合をお願いします。
残すアカウント: ${KENJI.keepId} / ${KENJI.keep}
統合元: ${KENJI.srcId} / ${KENJI.src}
前職の会社アドレスで受験した分を個人アカウントに寄せたいです。
渡辺 健二`;

export const JA_REQ_YUI = `お世話になります。森と申します。
認定アカウントが2つあり、1つにまとめていただけないでしょうか。
個人: ${YUI.keep} (${YUI.keepId})
旧勤務先: ${YUI.src} (${YUI.srcId})`;

export const EN_REQ_SAM = `Hi team, I ended up with two certification profiles (${SAM.keep} and ${SAM.src}). Could you fold the contractor one into my personal account? Candidate IDs ${SAM.keepId} and ${SAM.srcId}.
Sam`;

export const EN_REQ_ALEX = `Please merge my AWS Certification accounts. Keep ${ALEX.keep} (${ALEX.keepId}); the other is ${ALEX.src} (${ALEX.srcId}).`;
