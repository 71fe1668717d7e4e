// Set bb: people, addresses, case IDs and quoting helpers.
// Voice of this set: agents who rarely say the thing outright.
import type { Msg } from './lib.js';

export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubjNew = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export interface Person {
  ja: string;
  en: string;
  keep: string;
  src: string;
  keepId: string;
  srcId: string;
}

export const KENJI: Person = { ja: '鈴木 健二', en: 'Kenji Suzuki', keep: 'kenji.suzuki@example.jp', src: 'k-suzuki@biz.example.co.jp', keepId: 'AWS30571846', srcId: 'AWS82046319' };
export const MISAKI: Person = { ja: '中村 美咲', en: 'Misaki Nakamura', keep: 'misaki.n@example.ne.jp', src: 'nakamura.misaki@partner.example.co.jp', keepId: 'AWS41963027', srcId: 'AWS07718254' };
export const SHOTA: Person = { ja: '高橋 翔太', en: 'Shota Takahashi', keep: 'shota.takahashi@example.net', src: 'takahashi@sier.example.co.jp', keepId: 'AWS66208431', srcId: 'AWS19835570' };
export const DAN: Person = { ja: 'Daniel Okafor', en: 'Daniel Okafor', keep: 'dan.okafor@example.com', src: 'dokafor@consult.example.net', keepId: 'AWS57410962', srcId: 'AWS23689015' };
export const LENA: Person = { ja: 'Lena Fischer', en: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@agency.example.com', keepId: 'AWS90132478', srcId: 'AWS34570819' };

export const to = (p: Person, which: 'keep' | 'src' = 'keep', lang: 'ja' | 'en' = 'en'): string => `${lang === 'ja' ? p.ja : p.en} <${p[which]}>`;

// support case IDs (10–13 digits)
export const CASE = {
  kenji: '17840392615',
  kenjiDup: '17840398810',
  kenjiBill: '1787766501',
  misaki: '1776503321408',
  shota: '178221904563',
  shotaExam: '1781100275',
  dan: '17905518234',
  danDup: '1790551990',
  lena: '1793320047716',
  lenaRefund: '179102938455',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Japanese Gmail: 2026年3月2日(月) 14:05 鈴木 健二 <kenji@…>: */
export const gmailJa = (when: string, name: string, addr: string, body: string): string => `${when} ${name} <${addr}>:\n\n${quote(body)}`;
/** English Gmail */
export const gmailEn = (when: string, name: string, addr: string, body: string): string => `On ${when} ${name} <${addr}> wrote:\n\n${quote(body)}`;
/** Japanese Outlook header block (no quoting prefix) */
export const outlookJa = (from: string, sent: string, toAddr: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${toAddr}\n件名: ${subject}\n\n${body}`;
/** English Outlook header block */
export const outlookEn = (from: string, sent: string, toAddr: string, subject: string, body: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${toAddr}\nSubject: ${subject}\n\n${body}`;
/** Salesforce-style block used by the support desk */
export const sfBlock = (from: string, sent: string, toAddr: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toAddr}\nSubject: ${subject}\n\n${body}`;
/** -----Original Message----- (older Outlook / Japanese corporate mailers) */
export const origMsgJa = (from: string, sent: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nSubject: ${subject}\n\n${body}`;
/** iPhone Japanese quote header */
export const iphoneJa = (when: string, name: string, addr: string, body: string): string => `${when}、${name} <${addr}>のメール:\n\n${quote(body)}`;
export const fwdEn = (from: string, date: string, subject: string, toAddr: string, body: string): string =>
  `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${toAddr}\n\n${body}`;
export const fwdJa = (from: string, date: string, subject: string, toAddr: string, body: string): string =>
  `---------- 転送メッセージ ---------\nFrom: ${from}\nDate: ${date}\n件名: ${subject}\nTo: ${toAddr}\n\n${body}`;

export const sfRef = (seed: string): string => `ref:_00D5w0Kq3._500Vb${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (body: string, lang = 'en'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title></title></head>\n<body style="margin:0;padding:16px;font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#232f3e">\n${body}\n</body></html>`;

// the request texts that agents quote back
export const KENJI_REQ = `AWS認定のアカウントが2つに分かれてしまっているため、1つにまとめていただきたく連絡しました。
残す方: ${KENJI.keep} (${KENJI.keepId})
まとめる方: ${KENJI.src} (${KENJI.srcId})
氏名: 鈴木 健二 / Kenji Suzuki`;

export const MISAKI_REQ = `お世話になります。中村です。
パートナー企業のアドレスで作った認定アカウントの資格を、個人アドレスのアカウントに移したいです。
個人: ${MISAKI.keep}
会社: ${MISAKI.src}`;

export const SHOTA_REQ = `認定アカウントの統合をお願いします。転職のため、${SHOTA.src} の資格を ${SHOTA.keep} に寄せたいです。
候補者ID: ${SHOTA.keepId}`;

export const DAN_REQ = `Hi team, I ended up with two certification profiles (one from my consulting days).
Keep: ${DAN.keep} / ${DAN.keepId}
Fold in: ${DAN.src} / ${DAN.srcId}
Thanks, Dan`;

export const LENA_REQ = `Hello, my exams are split between ${LENA.src} (agency) and ${LENA.keep} (personal). I'm leaving the agency at the end of the month and would like one profile under my personal address. Candidate ID ${LENA.keepId}.`;

/** Spec helpers: fill the defaults that most messages share */
export type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap'>>;
export const ja = (s: Spec): Msg => ({ lang: 'ja', trusted: true, forUser: true, trap: false, ...s });
export const en = (s: Spec): Msg => ({ lang: 'en', trusted: true, forUser: true, trap: false, ...s });
