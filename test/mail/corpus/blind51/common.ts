// Set ax: people, senders and quoting helpers. Voice: third parties who sound like support.
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// the user's personas (all four have both addresses in lib.ts USER_ADDRS)
export const SUZUKI = { ja: '鈴木 健一', en: 'Kenichi Suzuki', keep: 'k.suzuki.home@example.jp', src: 'suzuki.kenichi@hanamura-sys.example.co.jp', keepId: 'AWS40218876', srcId: 'AWS71930452' };
export const NAKAMURA = { ja: '中村 美咲', en: 'Misaki Nakamura', keep: 'misaki.n@example.ne.jp', src: 'm.nakamura@oldfirm.example.com', keepId: 'AWS58831047', srcId: 'AWS20476619' };
export const OKAFOR = { en: 'Daniel Okafor', keep: 'dan.okafor@example.net', src: 'daniel.okafor@northwind-labs.example.com', keepId: 'AWS93302718', srcId: 'AWS14470283' };
export const VOGEL = { en: 'Lena Vogel', keep: 'lena.vogel@example.de', src: 'l.vogel@cloudforge-alumni.example.org', keepId: 'AWS66019342', srcId: 'AWS30857716' };

export const C = {
  suzuki: '17702219384',
  suzukiDup: '17702230115',
  suzukiRefund: '176551023887',
  nakamura: '1774408815',
  okafor: '1781123309452',
  okaforExam: '1779920044',
  okaforDup: '1781130077',
  vogel: '17690055213',
} as const;

// third parties around the merge
export const HS_HELPDESK = '花村システム 情報システム部ヘルプデスク <helpdesk@hanamura-sys.example.co.jp>';
export const HS_KENSHU = '人材開発課 研修担当 <kenshu@hanamura-sys.example.co.jp>';
export const HS_BUCHO = '小林 達也 <kobayashi.t@hanamura-sys.example.co.jp>';
export const HS_SKILL = 'スキル管理システム <noreply@skill.hanamura-sys.example.co.jp>';
export const HS_COLLEAGUE = '高橋 誠 <takahashi.m@hanamura-sys.example.co.jp>';
export const ACADEMIA = 'クラウドアカデミア サポートデスク <support@cloud-academia.example.jp>';
export const PVUE_JA = 'ピアソンVUE <noreply@pearsonvue.com>';
export const NW_IT = 'Northwind IT Service Desk <itservicedesk@northwind-labs.example.com>';
export const NW_MGR = 'Greg Holloway <greg.holloway@northwind-labs.example.com>';
export const NW_LND = 'Northwind Learning & Development <learning@northwind-labs.example.com>';
export const PEOPLEHUB = 'PeopleHub Notifications <no-reply@peoplehub.example.com>';
export const SKYLINE = 'Skyline Learning Partners <orders@skyline-learning.example.com>';
export const SKYLINE_SUP = 'Skyline Learning Support <help@skyline-learning.example.com>';
export const PVUE = 'Pearson VUE <noreply@pearsonvue.com>';
export const FORGE = 'CloudForge Bootcamp Student Success <success@cloudforge.example.io>';

export const d = rfcDate;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n${quote(body)}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const origMsg = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const salesforce = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const fwdGmail = (from: string, date: string, subject: string, to: string, body: string): string =>
  `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${to}\n\n${body}`;
export const thread = (n: string): string => `[ref:_00Dx0ax${n}._500Rx${n}:ref]`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const html = (text: string, title = ''): string =>
  `<html><head><meta charset="utf-8">${title ? `<title>${esc(title)}</title>` : ''}</head><body>\n` +
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n') +
  '\n</body></html>';

/** fill defaults shared by every message of the set */
export function mk(m: Omit<Msg, 'auth'> & { auth?: Msg['auth'] }): Msg {
  return { auth: 'pass', ...m } as Msg;
}
