// fj: shared senders, personas, case IDs and quoting helpers.
// Voice: mail from the systems around a merge (Credly, the certification portal,
// test vendors, Skill Builder, AWS Support, identity providers, company IT).
import { rfcDate, type Msg } from './lib.js';

// ---- senders
export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_CENTER = 'AWS Support <no-reply-aws@amazon.com>';
export const SURVEY = 'AWS Support Feedback <aws-support-survey@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CREDLY = 'Credly <admin@credly.com>';
export const CERT = 'AWS Certification <no-reply@certification.aws.training>';
export const CERT_JA = 'AWS 認定 <no-reply@certification.aws.training>';
export const TNC = 'AWS Training & Certification <no-reply@aws.training>';
export const SKILL = 'AWS Skill Builder <skillbuilder-noreply@aws.training>';
export const CERTMETRICS = 'AWS Certification <noreply@certmetrics.com>';
export const VUE = 'Pearson VUE <noreply@pearsonvue.com>';
export const PSI = 'PSI Exams <no-reply@psiexams.com>';
export const BUILDER_ID = 'AWS Builder ID <no-reply@signin.aws>';
export const AMZ_ACCOUNT = 'Amazon.com <account-update@amazon.com>';
export const OKTA = 'Okta <noreply@okta.com>';
export const CORP_IT = '情報システム部 ヘルプデスク <it-helpdesk@corp.example.co.jp>';
export const AGENCY_IT = 'Agency IT Service Desk <servicedesk@agency.example.de>';

export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubjectNew = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// ---- personas (their addresses are in lib.ts USER_ADDRS)
export const SUZUKI = { ja: '鈴木 健一', en: 'Kenichi Suzuki', keep: 'kenichi.suzuki@example.jp', src: 'k-suzuki@corp.example.co.jp', keepId: 'AWS04417382', srcId: 'AWS88120457' };
export const TANAKA = { ja: '田中 美咲', en: 'Misaki Tanaka', keep: 'misaki.tanaka@example.com', src: 'm.tanaka@oldco.example.jp', keepId: 'AWS31570964', srcId: 'AWS70283315' };
export const NAKAMURA = { ja: '中村 翔', en: 'Sho Nakamura', keep: 'sho.nakamura@example.net', src: 'nakamura.sho@partner.example.co.jp', keepId: 'AWS55902718', srcId: 'AWS12049936' };
export const OKAFOR = { en: 'Daniel Okafor', keep: 'dan.okafor@example.net', src: 'daniel.okafor@formerco.example.com', keepId: 'AWS66218473', srcId: 'AWS27730591' };
export const FISCHER = { en: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@agency.example.de', keepId: 'AWS80314452', srcId: 'AWS43398106' };

// people who are not the user
export const COLLEAGUE = '山本 拓也 <takuya.yamamoto@corp.example.co.jp>';
export const TEAM_LIST = 'cloud-team@corp.example.co.jp';

// ---- support case IDs (10-13 digits)
export const CASE = {
  suzuki: '17703518842',
  suzukiDup: '1770352290',
  tanaka: '1768840071',
  tanakaRefund: '1769913357',
  nakamura: '1775502381946',
  okafor: '177310486652',
  okaforExam: '17734420019',
  fischer: '17760044129',
  fischerDup: '1776011873',
} as const;

export const d = (local: string, tz = '+0900'): string => rfcDate(local, tz);

/** defaults: trusted/forUser true, auth pass, CRLF. Every label field other than those is written out. */
export type Spec = Omit<Msg, 'trusted' | 'forUser' | 'auth'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'auth'>>;
export const mk = (s: Spec): Msg => ({ trusted: true, forUser: true, auth: 'pass', ...s });

// ---- quoting
export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Japanese Gmail quote header */
export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
/** English Gmail quote header */
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n${quote(body)}`;
/** Japanese Outlook header block (no quote marks, as Outlook does) */
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
/** Salesforce-style history block of the support form */
export const sfBlock = (from: string, sent: string, subject: string, body: string): string =>
  `---------- 元のメッセージ / Original Message ----------\nFrom: ${from}\nSent: ${sent}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00D1x2Kq7._5006${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
/** a plain HTML shell of the sort notification systems send */
export const shell = (title: string, inner: string, footer: string): string =>
  `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${esc(title)}</title></head>\n<body style="font-family:Arial,sans-serif;color:#232f3e">\n<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td>\n${inner}\n<hr>\n<p style="font-size:11px;color:#687078">${esc(footer).replace(/\n/g, '<br>\n')}</p>\n</td></tr></table>\n</body></html>`;

// ---- the users' own requests (quoted in history)
export const SUZUKI_REQ = `AWS認定アカウントが2つあるため、1つにまとめていただきたくご連絡しました。
残す方: ${SUZUKI.keepId} / ${SUZUKI.keep}
統合する方: ${SUZUKI.srcId} / ${SUZUKI.src}
会社のアドレスは来月で使えなくなります。
鈴木 健一`;

export const TANAKA_REQ = `前職で取得した資格(SAA, DVA)と、個人で取得した資格(SOA)が別アカウントに分かれています。
個人の方 (${TANAKA.keep}) に寄せたいです。よろしくお願いします。`;

export const NAKAMURA_REQ = `パートナー企業のアドレスで登録した認定アカウントを、個人アカウント ${NAKAMURA.keepId} に統合希望です。
旧: ${NAKAMURA.srcId}`;

export const OKAFOR_REQ = `Hi team, I ended up with two certification profiles (${OKAFOR.keepId} personal, ${OKAFOR.srcId} from my old job).
Could the old one be folded into the personal one? The old mailbox closes at the end of the month.
Daniel`;

export const FISCHER_REQ = `Hello, I need to combine my two AWS Certification accounts. Keep: ${FISCHER.keep} (${FISCHER.keepId}). Old: ${FISCHER.src} (${FISCHER.srcId}).
Kind regards, Lena Fischer`;
