// Shared people, senders and quoting helpers for the unmeasured set `cl`
// (voice: machine translation and localisation templates).
import type { Msg } from './lib.js';

export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const NOTIFY_JA = 'アマゾン ウェブ サービス <no-reply-aws@amazon.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const subjNoRe = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KEN = { ja: '鈴木 健一', en: 'Kenichi Suzuki', keep: 'ken.suzuki@example.jp', src: 'k-suzuki@alpha-sys.example.co.jp', keepId: 'AWS40918273', srcId: 'AWS77120394' };
export const MISAKI = { ja: '高橋 美咲', en: 'Misaki Takahashi', keep: 'misaki.takahashi@example.com', src: 'takahashi.m@beta-net.example.jp', keepId: 'AWS15583920', srcId: 'AWS92038416' };
export const SHO = { ja: '伊藤 翔', en: 'Sho Ito', keep: 'sho.ito@example.net', src: 'ito-s@gamma.example.co.jp', keepId: 'AWS60271845', srcId: 'AWS38849102' };
export const DAN = { name: 'Daniel Okafor', keep: 'dan.okafor@example.com', src: 'dokafor@delta-consult.example', keepId: 'AWS27730518', srcId: 'AWS81046627' };
export const LENA = { name: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@hs-rhein.example.de', keepId: 'AWS55012874', srcId: 'AWS13398205' };
export const WEI = { name: 'Wei Chen', keep: 'wei.chen@example.org', src: 'wchen@epsilon-labs.example', keepId: 'AWS69314407', srcId: 'AWS30875561' };

export const C = {
  ken: '17790341265',
  kenDup: '1779034880',
  misaki: '1781122093847',
  misakiExam: '1783300412',
  sho: '178455012036',
  dan: '17860029341',
  danRefund: '1786114070',
  lena: '1788830154',
  wei: '179012345678',
} as const;

export type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap'>>;
export const ja = (s: Spec): Msg => ({ lang: 'ja', trusted: true, forUser: true, trap: false, ...s });
export const en = (s: Spec): Msg => ({ lang: 'en', trusted: true, forUser: true, trap: false, ...s });

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfQuote = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const olJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const olEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const ref = (seed: string): string => `ref:_00D1NwMz2._500Hs${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const page = (body: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title></title></head>\n<body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#232f3e">\n${body}\n</body></html>`;

export const MT_BANNER_JA = '[このメッセージは自動的に翻訳されました。原文(英語)は下部をご参照ください。]';
export const MT_BANNER_EN = '*** This message was translated automatically from Japanese. The original text follows below. ***';

export const KEN_REQ = `AWS認定のアカウントを統合したいです。
統合先(残す): ${KEN.keepId} / ${KEN.keep}
統合元: ${KEN.srcId} / ${KEN.src}
会社を変わるため、個人アドレスの方にまとめてください。`;
export const MISAKI_REQ = `お世話になります。高橋と申します。
AWS認定アカウントが2つあるので1つにしたいと思っています。
残すほう: ${MISAKI.keep}
もう一方: ${MISAKI.src}`;
export const SHO_REQ = `I would like to merge my two certification account.
keep: ${SHO.keep} (${SHO.keepId})
old: ${SHO.src} (${SHO.srcId})
Thank you in advance.`;
export const DAN_REQ = `Hi, I have two AWS Certification accounts (${DAN.keep} and ${DAN.src}). Please merge them and keep ${DAN.keep}. Thanks, Dan`;
export const LENA_REQ = `Hello, my first certification is on my university address ${LENA.src}, the newer ones on ${LENA.keep}. I would like all of them on ${LENA.keep}. Best, Lena`;

/** give the named plain-text messages an HTML twin (multipart/alternative, as webmail sends them) */
export const alsoHtml = (slugs: string[], msgs: Msg[]): Msg[] =>
  msgs.map((m) => (slugs.includes(m.slug) && m.text !== undefined && m.html === undefined ? { ...m, html: page(paras(m.text)) } : m));
