// Shared people, senders, quote headers and a message factory for the ci set.
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// people: keep = address kept, src = address merged away
export const SUZUKI = { ja: '鈴木 健一', en: 'Kenichi Suzuki', keep: 'kenichi.suzuki@example.jp', src: 'k-suzuki@corp-a.example.co.jp', keepId: 'AWS40219385', srcId: 'AWS77102648' };
export const TAKAHASHI = { ja: '高橋 美咲', en: 'Misaki Takahashi', keep: 'misaki.t@example.com', src: 'takahashi.m@oldco.example.jp', keepId: 'AWS51930027', srcId: 'AWS28846103' };
export const NAKAMURA = { ja: '中村 翔', en: 'Sho Nakamura', keep: 'sho.nakamura@example.net', src: 'nakamura@fintech.example.co.jp', keepId: 'AWS66402871', srcId: 'AWS13579024' };
export const ORTIZ = { name: 'Daniel Ortiz', keep: 'daniel.ortiz@example.com', src: 'dortiz@acme-logistics.example', keepId: 'AWS90311452', srcId: 'AWS35524790' };
export const LIN = { name: 'Mei Lin', keep: 'mei.lin@example.org', src: 'mlin@contoso-apac.example', keepId: 'AWS82004613', srcId: 'AWS47716038' };

export const to = (p: { ja?: string; en?: string; name?: string; keep: string }, lang: 'ja' | 'en' = 'ja'): string =>
  `${lang === 'ja' ? (p.ja ?? p.name) : (p.en ?? p.name)} <${p.keep}>`;

export const CASE = {
  suzuki: '1781204497',
  suzukiDup: '1781209921',
  takahashi: '17822036518',
  nakamura: '178455012093',
  ortiz: '1786623401755',
  lin: '17870044219',
  refund: '17790128834',
  exam: '1779345521',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Gmail (Japanese UI) quote header */
export const gmailJa = (when: string, who: string, body: string): string => `${when}${who ? ' ' + who : ''}:\n\n${quote(body)}`;
/** Gmail (English UI) quote header */
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n${quote(body)}`;
/** Outlook (Japanese UI) header block, no > marks */
export const outlookJa = (from: string, sent: string, toA: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${toA}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, toA: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${toA}\nSubject: ${subject}\n\n${body}`;
/** Salesforce-style separator used by the support form replies */
export const sfOriginal = (from: string, sent: string, toA: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toA}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00DE0Kc7R._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"></head>\n<body style="font-family:sans-serif;font-size:14px">\n${inner}\n</body></html>`;

type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'to' | 'subject' | 'enc' | 'caseId'>;
/** defaults: from support form, dmarc pass, trusted, delivered to the user, not a trap */
export function mk(o: Req & Partial<Msg> & { at?: string }): Msg {
  const { at, ...rest } = o;
  const tz = o.lang === 'ja' ? '+0900' : '+0000';
  return {
    from: SUPPORT,
    auth: 'pass',
    trusted: true,
    forUser: true,
    trap: false,
    date: o.date ?? rfcDate(at ?? '2026-01-15 10:00:00', tz),
    ...rest,
  } as Msg;
}

export const REQ_SUZUKI = `AWS認定アカウントの統合をお願い申し上げます。
統合先(残すアカウント): ${SUZUKI.keepId} / ${SUZUKI.keep}
統合元: ${SUZUKI.srcId} / ${SUZUKI.src}
転職のため、個人アドレスのアカウントに認定資格を集約したく存じます。
鈴木 健一`;

export const REQ_TAKAHASHI = `はじめてご連絡いたします。高橋と申します。
以前勤務しておりました会社のアドレスで取得した認定と、個人アドレスで取得した認定がございまして、
可能でしたら個人アドレス (${TAKAHASHI.keep}) のほうへまとめていただけないかと存じ、ご相談申し上げました。
何卒よろしくお願い申し上げます。`;

export const REQ_NAKAMURA = `お世話になります。中村です。
認定アカウントが2つに分かれてしまっており、統合をお願いできればと思っております。
残したい方: ${NAKAMURA.keep} (${NAKAMURA.keepId})
もう一方: ${NAKAMURA.src} (${NAKAMURA.srcId})`;

export const REQ_ORTIZ = `Hi, I have two AWS Certification accounts (${ORTIZ.keepId} and ${ORTIZ.srcId}).
Could you merge them into the one registered with ${ORTIZ.keep}? The other uses my old work email ${ORTIZ.src}.
Thanks, Daniel`;

export const REQ_LIN = `Hello, I'd like my two certification profiles combined. Keep: ${LIN.keep}. Old: ${LIN.src}. Thank you! Mei`;
