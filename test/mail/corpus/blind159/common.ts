// Set fb: shared personas, senders, case IDs, dates and quoting helpers.
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const TRAINING = 'AWS Training and Certification <no-reply@aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export interface Persona {
  name: string; // display name as the person writes it
  keep: string;
  src: string;
  keepId: string;
  srcId: string;
}
export const KEN: Persona = { name: '鈴木 健一', keep: 'kenichi.suzuki@example.jp', src: 'k.suzuki@oldcorp.example.co.jp', keepId: 'AWS40718265', srcId: 'AWS83920417' };
export const MISAKI: Persona = { name: '中村 美咲', keep: 'misaki.n@example.ne.jp', src: 'nakamura.m@corp-b.example.com', keepId: 'AWS22869014', srcId: 'AWS67015328' };
export const SHO: Persona = { name: '高橋 翔', keep: 'sho.takahashi@example.com', src: 'takahashi.sho@univ.example.ac.jp', keepId: 'AWS59013376', srcId: 'AWS30186642' };
export const DAN: Persona = { name: 'Daniel Okafor', keep: 'dan.okafor@example.com', src: 'd.okafor@formerco.example', keepId: 'AWS74401829', srcId: 'AWS15503976' };
export const SOFIA: Persona = { name: 'Sofia Rossi', keep: 'sofia.rossi@example.it', src: 's.rossi@agency.example.net', keepId: 'AWS68220415', srcId: 'AWS90371158' };
export const LIAM: Persona = { name: 'Liam Chen', keep: 'liam.chen@example.org', src: 'lchen@contractor.example', keepId: 'AWS41127783', srcId: 'AWS52096614' };

export const who = (p: Persona, addr = p.keep): string => `${p.name} <${addr}>`;

// support case IDs (10-13 digits)
export const CASE = {
  ken: '1781204563',
  kenRefund: '1786600123',
  misaki: '17822390418',
  misakiDup: '1782240077',
  sho: '178509913302',
  dan: '1790112834',
  danVoucher: '17944012290',
  sofia: '17912045566',
  liam: '1793300178245',
  liamDup: '1793300190017',
} as const;

export const jst = (local: string): string => rfcDate(local, '+0900');
export const utc = (local: string): string => rfcDate(local, '+0000');
export const pst = (local: string): string => rfcDate(local, '-0800');

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Gmail (Japanese UI) quote header + quoted body */
export const gmailJa = (when: string, from: string, body: string): string => `${when} ${from}:\n\n${quote(body)}`;
/** Gmail (English UI) */
export const gmailEn = (when: string, from: string, body: string): string => `On ${when} ${from} wrote:\n\n${quote(body)}`;
/** Outlook (Japanese UI) header block, unquoted body */
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
/** Outlook (English UI) */
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const origMsg = (from: string, sent: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nSubject: ${subject}\n\n${body}`;
/** Salesforce-style block used under support replies */
export const sf = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00DF1Kq7R._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"></head>\n<body style="font-family:sans-serif">\n${inner}\n</body></html>`;

/** a message spec with the usual defaults: trusted, for the user, no trap, auth pass */
export type Spec = Omit<Msg, 'trusted' | 'forUser' | 'trap' | 'auth' | 'caseId'> &
  Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'auth' | 'caseId'>>;
export const M = (s: Spec): Msg => ({ trusted: true, forUser: true, trap: false, auth: 'pass', caseId: null, ...s });

// the customers' original requests, quoted under replies
export const KEN_REQ = `AWS認定アカウントの統合をお願いします。
転職により旧勤務先のメールアドレスが使えなくなるため、個人のアカウントにまとめたいです。
統合先: ${KEN.keepId} / ${KEN.keep}
統合元: ${KEN.srcId} / ${KEN.src}
鈴木 健一`;
export const MISAKI_REQ = `お世話になります。中村と申します。
前の会社で受験したときのアカウントと、個人で作ったアカウントが分かれてしまったので、1つにしていただけますか。
残す方: ${MISAKI.keep}
まとめる方: ${MISAKI.src}`;
export const SHO_REQ = `大学のアドレスで取った認定と、個人アドレスで取った認定を1つのアカウントにまとめたいです。
卒業で大学のメールが来年3月に使えなくなるので、早めにお願いしたいです。
個人: ${SHO.keep} (${SHO.keepId})
大学: ${SHO.src} (${SHO.srcId})`;
export const DAN_REQ = `Hi, I ended up with two certification accounts because my old employer registered me under their email.
Please move everything to ${DAN.keep} (${DAN.keepId}). The old one is ${DAN.src} (${DAN.srcId}).
Thanks, Dan`;
export const SOFIA_REQ = `Hello,
I hold certifications on two accounts, so my transcript is split. Could you merge ${SOFIA.src} into ${SOFIA.keep}?
Kind regards,
Sofia Rossi`;
export const LIAM_REQ = `Requesting an account merge. Keep: ${LIAM.keep} / ${LIAM.keepId}. Retire: ${LIAM.src} / ${LIAM.srcId}.
The self-service tool refused because both accounts have certifications on them.`;
