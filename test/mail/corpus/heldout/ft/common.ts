// Shared senders, personas, case IDs and quoting helpers for the ft set
// (surveys, feedback requests and satisfaction mail around merge cases).
import { rfcDate, type Msg } from './lib.js';

export { rfcDate };

// ---- senders (trusted domains) ----
export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const FEEDBACK_AWS = 'AWS Support Feedback <support-feedback@support.aws.com>';
export const TC_SURVEY = 'AWS Training & Certification <tc-survey@aws.training>';
export const CERT_PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CREDLY = 'Credly <no-reply@credly.com>';

export const formSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// ---- personas (user addresses are listed in lib.ts USER_ADDRS) ----
export const NAKAMURA = { ja: '中村 健一', en: 'Kenichi Nakamura', keep: 'kenichi.nakamura@example.jp', src: 'k-nakamura@oldco.example.co.jp', keepId: 'AWS20488173', srcId: 'AWS71920364' };
export const MISAKI = { ja: '小林 美咲', en: 'Misaki Kobayashi', keep: 'misaki.k@example.com', src: 'kobayashi.misaki@corp-b.example.co.jp', keepId: 'AWS33017829', srcId: 'AWS90461172' };
export const SHO = { ja: '高橋 翔', en: 'Sho Takahashi', keep: 'sho.takahashi@example.ne.jp', src: 'takahashi@startup.example.jp', keepId: 'AWS45518806', srcId: 'AWS12093347' };
export const YUMI = { ja: '伊藤 由美', en: 'Yumi Ito', keep: 'yumi.ito@example.org', src: 'ito.yumi@uni.example.ac.jp', keepId: 'AWS67302915', srcId: 'AWS28840651' };
export const DAISUKE = { ja: '渡辺 大輔', en: 'Daisuke Watanabe', keep: 'daisuke.w@example.com', src: 'watanabe-d@sier.example.co.jp', keepId: 'AWS58126604', srcId: 'AWS03377218' };
export const EMILY = { name: 'Emily Chen', keep: 'emily.chen@example.com', src: 'echen@contoso-old.example', keepId: 'AWS81204476', srcId: 'AWS26659013' };
export const OMAR = { name: 'Omar Haddad', keep: 'omar.haddad@example.net', src: 'ohaddad@firm.example', keepId: 'AWS14470392', srcId: 'AWS77031585' };
export const LUKAS = { name: 'Lukas Becker', keep: 'lukas.becker@example.de', src: 'l.becker@agency.example', keepId: 'AWS39925147', srcId: 'AWS60218834' };
export const SOFIA = { name: 'Sofia Rossi', keep: 'sofia.rossi@example.it', src: 'srossi@uni.example.edu', keepId: 'AWS92053318', srcId: 'AWS48117726' };

// support case IDs (10–13 digits), one or two per persona plus unrelated cases
export const C = {
  nakamura: '17790314526',
  nakamuraDup: '17790319984',
  misaki: '1781559023417',
  sho: '178020466319',
  yumi: '1779883104',
  daisuke: '17834420917',
  daisukeRefund: '17822210093',
  emily: '1782290055613',
  omar: '17806631842',
  omarExam: '1780990012345',
  lukas: '178144092271',
  sofia: '1779027716',
  sofiaDup: '1779031150',
} as const;

// ---- quoting helpers ----
export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Salesforce-style history block, English labels */
export const sfEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
/** Salesforce-style history block, Japanese labels */
export const sfJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- 元のメッセージ ---------------\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
/** Outlook (desktop, Japanese) header block */
export const olJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
/** Outlook (English) header block */
export const olEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
/** Gmail quote header, Japanese UI */
export const gmJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
/** Gmail quote header, English UI */
export const gmEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n\n${quote(body)}`;

export const sfRef = (seed: string): string => `ref:_00D1a2Kx7._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (body: string, lang = 'en'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title></title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">\n${body}\n</body></html>`;

/** Required fields for a message; trust/forUser/auth default to a delivered, authenticated mail
 * (generate.ts re-derives both from the bytes and stops when a label disagrees). */
type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'caseId' | 'trap' | 'note' | 'from' | 'to' | 'subject' | 'date' | 'enc'>;
export function mk(p: Req & Partial<Msg>): Msg {
  return { trusted: true, forUser: true, auth: 'pass', ...p };
}
export const d = rfcDate;
