// Set w: people, cases, senders and quote helpers. Voice: several support cases at once.
import { rfcDate, type Msg } from './lib.js';

export type Draft = Omit<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'>>;
/** defaults: trusted, delivered to the user, not a trap, authenticated by mx.test.example */
export const mk = (d: Draft): Msg => ({ trusted: true, forUser: true, trap: false, auth: 'pass', ...d });

export const jst = (s: string): string => rfcDate(s, '+0900');
export const utc = (s: string): string => rfcDate(s, '+0000');
export const pst = (s: string): string => rfcDate(s, '-0800');
export const cet = (s: string): string => rfcDate(s, '+0100');

// senders
export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_JA = 'アマゾン ウェブ サービス <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CREDLY_SUPPORT = 'Credly Support <support@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const PEARSON = 'Pearson VUE <pearsonvueconfirmation@pearson.com>';

export const formSubj = (id: string, topic = 'account-assistance'): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - ${topic}`;
export const formSubjNew = (id: string, topic = 'account-assistance'): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - ${topic}`;

// personas: only these addresses (and the ones kept from blind1) are the user's
export const RYO = { ja: '森本 遼', en: 'Ryo Morimoto', keep: 'ryo.morimoto@example.net', src: 'r-morimoto@kitaura-sys.example.co.jp', keepId: 'AWS70318254', srcId: 'AWS26650913', co: '北浦システムズ株式会社' };
export const MISAKI = { ja: '川端 美咲', en: 'Misaki Kawabata', keep: 'misaki.kawabata@example.jp', src: 'kawabata.m@harunire-tech.example.co.jp', keepId: 'AWS44190672', srcId: 'AWS83027715', co: 'はるにれテクノロジー株式会社' };
export const KEN = { ja: '小野寺 健', en: 'Ken Onodera', keep: 'onodera.ken@example.ne.jp', src: 'k.onodera@minato-logi.example.co.jp', keepId: 'AWS51872093', srcId: 'AWS90466318', co: 'みなとロジスティクス株式会社' };
export const DAN = { name: 'Daniel Okafor', keep: 'dan.okafor@example.org', src: 'dokafor@brightlane.example.com', keepId: 'AWS38820457', srcId: 'AWS67104229', co: 'Brightlane Analytics' };
export const SOFIA = { name: 'Sofia Lindqvist', keep: 'sofia.lindqvist@example.se', src: 's.lindqvist@nordhavn-data.example.com', keepId: 'AWS12093587', srcId: 'AWS59731140', co: 'Nordhavn Data AB' };

// other people (not the user)
export const TAJIMA = '田島 和也 <tajima.k@kitaura-sys.example.co.jp>';
export const KEIRI = '北浦システムズ 経理部 <keiri@kitaura-sys.example.co.jp>';
export const ISHIGURO = '石黒 拓真 <ishiguro.t@harunire-tech.example.co.jp>';
export const HARUNIRE_ML = 'はるにれ 資格推進 <shikaku-ml@harunire-tech.example.co.jp>';
export const HIRAI = '平井 沙織 <hirai.s@minato-logi.example.co.jp>';
export const TOM = 'Tom Brandt <tom.brandt@nordhavn-data.example.com>';
export const NORD_LIST = 'Cloud Guild <cloud-guild@nordhavn-data.example.com>';

// support case IDs (10–13 digits), one per case the user has open
export const C = {
  ryoMerge: '1784402917',
  ryoDup: '1784403388',
  ryoBill: '1784399052',
  ryoExam: '1784511736',
  misMerge: '17902253461',
  misBill: '17902187730',
  misTeam: '17903391024', // Ishiguro's team-voucher case, Misaki on Cc
  kenMerge: '1776030048152',
  kenDup: '1776030052236',
  kenExam: '1776031177409',
  kenHirai: '1776208840311', // Hirai's merge case, Ken on Cc
  danMerge: '1798821550',
  danDup: '1798830961',
  danBill: '1798774302',
  danExam: '1798910487',
  sofMerge: '187340029915',
  sofDup: '187340031402',
  sofTom: '187355602218', // Tom's merge case, Sofia on Cc
  sofBill: '187301447286',
} as const;
// Credly help-desk ticket numbers (not AWS support cases)
export const CREDLY_TICKET = { misaki: '5528140', dan: '6120394' };

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const parts = (s: string): { y: number; mo: number; d: number; hh: string; mm: string; wd: number } => {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(s);
  if (!m) throw new Error('bad quote date ' + s);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return { y, mo, d, hh: m[4] ?? '', mm: m[5] ?? '', wd: new Date(Date.UTC(y, mo - 1, d)).getUTCDay() };
};

/** Gmail (Japanese UI) quote header + quoted body */
export const gmailJa = (when: string, who: string, body: string): string => {
  const p = parts(when);
  return `${p.y}年${p.mo}月${p.d}日(${WD_JA[p.wd]}) ${Number(p.hh)}:${p.mm} ${who}:\n\n${quote(body)}`;
};
/** Gmail (English UI) */
export const gmailEn = (when: string, who: string, body: string): string => {
  const p = parts(when);
  const h = Number(p.hh);
  return `On ${WD_EN[p.wd]}, ${MON_EN[p.mo - 1]} ${p.d}, ${p.y} at ${((h + 11) % 12) + 1}:${p.mm} ${h < 12 ? 'AM' : 'PM'} ${who} wrote:\n${quote(body)}`;
};
/** Outlook (Japanese) header block, unquoted history below */
export const outlookJa = (from: string, when: string, to: string, subject: string, body: string): string => {
  const p = parts(when);
  return `________________________________\n差出人: ${from}\n送信日時: ${p.y}年${p.mo}月${p.d}日 ${Number(p.hh)}:${p.mm}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
};
/** Outlook (English) header block */
export const outlookEn = (from: string, when: string, to: string, subject: string, body: string): string => {
  const p = parts(when);
  const h = Number(p.hh);
  const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `________________________________\nFrom: ${from}\nSent: ${days[p.wd]}, ${months[p.mo - 1]} ${p.d}, ${p.y} ${((h + 11) % 12) + 1}:${p.mm} ${h < 12 ? 'AM' : 'PM'}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
};
/** classic "-----Original Message-----" */
export const origMsg = (from: string, when: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${when}\nSubject: ${subject}\n\n${body}`;
/** Salesforce case-mail history block used on AWS T&C replies */
export const sfHistory = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
/** iPhone Japanese reply header */
export const iphoneJa = (when: string, who: string, body: string): string => {
  const p = parts(when);
  return `${p.y}/${String(p.mo).padStart(2, '0')}/${String(p.d).padStart(2, '0')} ${p.hh}:${p.mm}、${who}のメール:\n\n${quote(body)}`;
};
export const thread = (seed: string): string => `thread::${seed}::`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const toHtml = (text: string): string =>
  `<html><body style="font-family:sans-serif">\n${text
    .split(/\n{2,}/)
    .map((p) => `<div>${esc(p).replace(/\n/g, '<br>\n')}</div>`)
    .join('\n<br>\n')}\n</body></html>`;

// the users' original requests, quoted under replies
export const RYO_REQ = `AWS認定アカウントの統合について相談させてください。
会社のアドレス(${RYO.src} / ${RYO.srcId})で取得した資格を、
個人アドレス(${RYO.keep} / ${RYO.keepId})の方へ寄せたいです。
${RYO.co} 森本`;
export const MISAKI_REQ = `はじめまして、川端と申します。
認定アカウントが二つあり、一本化をお願いしたく連絡しました。
残す方: ${MISAKI.keep}
もう一方: ${MISAKI.src}
どうぞよろしくお願いします。`;
export const KEN_REQ = `お世話になります。${KEN.co}の小野寺です。
退職予定のため、会社アドレスの認定アカウント(${KEN.srcId})を
個人アドレスのアカウント(${KEN.keepId})にまとめていただけますか。`;
export const DAN_REQ = `Hi team,
I ended up with two certification profiles: ${DAN.src} (old job) and ${DAN.keep} (personal).
Please fold the Brightlane one into the personal profile. Candidate IDs ${DAN.srcId} / ${DAN.keepId}.
Dan`;
export const SOFIA_REQ = `Hello,
I would like my two AWS Certification accounts combined. Keep ${SOFIA.keep}; the other one is ${SOFIA.src}.
Best regards, Sofia Lindqvist`;
