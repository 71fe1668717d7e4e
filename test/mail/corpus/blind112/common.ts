// Shared personas, case IDs, senders and quoting helpers for the dg set
// ("explanations and hypotheticals").
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KENJI = { ja: '伊藤 健二', en: 'Kenji Ito', keep: 'kenji.ito@example.jp', src: 'k.ito@formerco.example.co.jp', keepId: 'AWS40718825', srcId: 'AWS93120476' };
export const YUI = { ja: '森 結衣', en: 'Yui Mori', keep: 'yui.mori@example.ne.jp', src: 'mori.yui@lab.example.ac.jp', keepId: 'AWS52207719', srcId: 'AWS18839054' };
export const SHUN = { ja: '加藤 駿', en: 'Shun Kato', keep: 'shun.kato@example.net', src: 'kato.s@sier.example.co.jp', keepId: 'AWS77410396', srcId: 'AWS30582241' };
export const DAN = { name: 'Daniel Owusu', keep: 'daniel.owusu@example.com', src: 'dowusu@oldfirm.example.net', keepId: 'AWS67301288', srcId: 'AWS24550913' };
export const LENA = { name: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@agency.example.com', keepId: 'AWS81146027', srcId: 'AWS35092760' };

export const CASE = {
  kenji: '1784402291',
  kenjiOther: '178440557301',
  yui: '17915520038',
  yuiDup: '17915529911',
  shun: '1795503318',
  dan: '1786130047712',
  danOther: '1786139920',
  lena: '179002288416',
} as const;

type Defaults = 'trusted' | 'forUser' | 'caseId' | 'trap' | 'auth' | 'date';
export type P = Omit<Msg, Defaults> & Partial<Pick<Msg, Defaults>> & { d: string; tz?: string };

/** fill the common defaults: trusted support mail, delivered to the user, no case, no trap */
export function mk(p: P): Msg {
  const { d, tz, ...r } = p;
  return { trusted: true, forUser: true, caseId: null, trap: false, auth: 'pass', ...r, date: rfcDate(d, tz ?? '+0000') };
}

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Salesforce-style separator used by AWS support replies */
export const sf = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const sfRef = (seed: string): string => `ref:_00DE0Kq7W._500${seed}:ref`;

/** Japanese Gmail quote header */
export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
/** English Gmail quote header */
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n${quote(body)}`;
/** Japanese Outlook block */
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
/** English Outlook block */
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string): string =>
  `<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body></html>`;

export const KENJI_REQ = `AWS認定アカウントを1つにまとめたく、ご相談です。
残すアカウント: ${KENJI.keepId} / ${KENJI.keep}
統合元アカウント: ${KENJI.srcId} / ${KENJI.src}
前職のアドレスはまもなく使えなくなります。`;

export const YUI_REQ = `研究室のアドレスで受験した認定と、個人アドレスで受験した認定があり、個人の方へ寄せたいです。
個人: ${YUI.keep} (${YUI.keepId})
研究室: ${YUI.src} (${YUI.srcId})`;

export const SHUN_REQ = `認定アカウントが二つあるので統合してほしいです。残したいのは ${SHUN.keep} の方です。もう一方は ${SHUN.src} (${SHUN.srcId}) です。`;

export const DAN_REQ = `Hi, I ended up with two certification profiles after switching jobs. Could you fold ${DAN.src} (${DAN.srcId}) into ${DAN.keep} (${DAN.keepId})? Thanks, Daniel`;

export const LENA_REQ = `Hello, my Solutions Architect cert lives on ${LENA.src} and my Developer cert on ${LENA.keep}. I'd like a single profile under the second address. Regards, Lena Fischer`;
