// People, case IDs, defaults and quoting helpers for set ca (a busy professional's inbox).
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const AWS_EVENTS = 'AWS Events <aws-events@marketing.aws.amazon.com>';
export const AWS_JP = 'アマゾン ウェブ サービス ジャパン <aws-jp-marketing@aws.amazon.com>';
export const SKILLB = 'AWS Skill Builder <no-reply@skillbuilder.aws.training>';
export const CERT_PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const BILLING = 'AWS Billing <aws-billing@amazon.com>';
export const PEARSON = 'Pearson VUE <pearsonvuecustomerservice@pearson.com>';
export const LINKEDIN = 'LinkedIn <messages-noreply@linkedin.com>';

/** the user: one person, two addresses (the kept personal one and the former employer's) */
export const ME = {
  ja: '中村 健一',
  en: 'Kenichi Nakamura',
  keep: 'ken.nakamura@example.com',
  src: 'nakamura.k@oldwork.example.co.jp',
  keepId: 'AWS40718263',
  srcId: 'AWS91530472',
};
export const BOSS = { name: 'Sarah Whitfield', addr: 'sarah.whitfield@newco.example.com' };
export const TAKA = { ja: '高橋 美咲', addr: 'm.takahashi@newco.example.co.jp' };
export const ITO = { ja: '伊藤 翔', addr: 'sho.ito@newco.example.co.jp' };

export const CASE = {
  main: '177390246518',
  dup: '177390311204',
  billing: '1770051288',
  limits: '176988450213',
  exam: '177255019873',
  refund: '177514660392',
} as const;

export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const jst = (s: string): string => rfcDate(s, '+0900');
export const utc = (s: string): string => rfcDate(s, '+0000');
export const pdt = (s: string): string => rfcDate(s, '-0700');

type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'subject' | 'date'> & Partial<Msg>;
export const mk = (p: Req): Msg => ({
  trusted: true,
  forUser: true,
  caseId: null,
  trap: false,
  from: SUPPORT,
  to: ME.keep,
  auth: 'pass',
  enc: p.lang === 'ja' ? 'jis7' : 'ascii7',
  ...p,
});

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const gmailJa = (when: string, who: string, body: string): string => `${when}${who ? ' ' + who : ''}:\n\n${quote(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n${quote(body)}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00DE0Jz9Q._500Hn${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const page = (body: string): string => `<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">\n${body}\n</body></html>`;

export const REQ_JA = `AWS 認定アカウントの統合を希望します。
残すアカウント: ${ME.keepId} / ${ME.keep}
統合元: ${ME.srcId} / ${ME.src}
前職のメールアドレスが年内で使えなくなるため、個人アドレス側へ寄せたいです。
中村 健一`;

export const REQ_EN = `Hi team,
I have two certification profiles, one from my previous employer (${ME.src}, ${ME.srcId}) and my personal one (${ME.keep}, ${ME.keepId}).
Could you fold the old one into the personal profile? I'd like to keep ${ME.keepId}.
Thanks,
Ken Nakamura`;
