// Shared people, senders and quoting helpers for set "al" (Credly / certification-portal voice).
import type { Msg } from './lib.js';

export type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap'>>;

// senders
export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CASES = 'AWS Support <support-case-notify@support.aws.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const PORTAL2 = 'AWS Training & Certification <certification-noreply@notifications.aws.training>';
export const CERTMETRICS = 'AWS Certification Program <awscertification@certmetrics.com>';
export const CR_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CR_AWS_JA = 'Amazon Web Services Training and Certification（Credly経由） <admin@credly.com>';
export const CREDLY = 'Credly <admin@credly.com>';
export const CREDLY_NOTIF = 'Credly Notifications <notifications@email.credly.com>';
export const CREDLY_HELP = 'Credly Support <support@credly.com>';
export const viaCredly = (issuer: string): string => `${issuer} via Credly <admin@credly.com>`;

export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubjectBare = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// personas (their addresses are in USER_ADDRS in lib.ts)
export const MISAKI = { ja: '中村 美咲', en: 'Misaki Nakamura', keep: 'misaki.nakamura@example.ne.jp', src: 'm-nakamura@kaisha-a.example.co.jp', keepId: 'AWS04471829', srcId: 'AWS91736052' };
export const KENJI = { ja: '小林 健二', en: 'Kenji Kobayashi', keep: 'kobayashi.kenji@mail.example.jp', src: 'k.kobayashi@si-partner.example.co.jp', keepId: 'AWS22873190', srcId: 'AWS60514437' };
export const AYA = { ja: '渡辺 彩', en: 'Aya Watanabe', keep: 'aya.w@example.net', src: 'watanabe.aya@univ.example.ac.jp', keepId: 'AWS38102265', srcId: 'AWS77049318' };
export const SHO = { ja: '伊藤 翔', en: 'Sho Ito', keep: 'ito.sho.private@example.jp', src: 'sho_ito@bank.example.co.jp', keepId: 'AWS51690024', srcId: 'AWS13358806' };
export const DAN = { name: 'Daniel Okafor', keep: 'dan.okafor@example.com', src: 'd.okafor@logistics.example.org', keepId: 'AWS69204471', srcId: 'AWS27785163' };
export const SOFIA = { name: 'Sofia Lindqvist', keep: 'sofia.lindqvist@example.se', src: 'sofia.l@consultancy.example.eu', keepId: 'AWS83316740', srcId: 'AWS40928815' };

export const ja = (p: { ja: string; keep: string }): string => `${p.ja} <${p.keep}>`;
export const jaSrc = (p: { ja: string; src: string }): string => `${p.ja} <${p.src}>`;
export const en = (p: { name: string; keep: string }): string => `${p.name} <${p.keep}>`;

// support case IDs (10–13 digits), invented for this set
export const C = {
  misaki: '1782094433',
  misaki2: '17820977125',
  kenji: '17903318256',
  kenjiDup: '17903320981',
  aya: '1776520381',
  aya2: '1776529904417',
  sho: '1769032115',
  shoBadge: '176911804362',
  dan: '1785539210',
  dan2: '17855470388',
  sofia: '178711045623',
  sofiaRefund: '1787204519',
  shoExam: '1771408829',
  danVoucher: '17877031542',
} as const;

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfBlock = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfBlockJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- 元のメッセージ ---------------\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const olJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const olEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const gmJa = (date: string, who: string, body: string): string => `${date} ${who}:\n\n${q(body)}`;
export const gmEn = (date: string, who: string, body: string): string => `On ${date} ${who} wrote:\n\n${q(body)}`;
export const thunderJa = (date: string, who: string, body: string): string => `On ${date}, ${who} wrote:\n${q(body)}`;

export const ref = (seed: string): string => `ref:_00DE0Kx7L._500${seed}:ref`;
export const escH = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const html = (text: string, head = ''): string =>
  `<!DOCTYPE html>\n<html><head><meta charset="utf-8">${head}</head><body style="font-family:Arial,sans-serif">\n` +
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${escH(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n') +
  '\n</body></html>';

/** Credly-style HTML card around a text */
export const credlyHtml = (title: string, lines: string[], button: string, foot: string): string =>
  `<html><body style="background:#f4f4f4;margin:0"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif"><tr><td style="padding:24px">
<img src="https://images.credly.com/assets/credly_logo.png" alt="Credly" width="90">
<h1 style="font-size:22px">${escH(title)}</h1>
${lines.map((l) => `<p style="font-size:15px">${escH(l)}</p>`).join('\n')}
<p><a href="https://www.credly.com/earner/earned" style="background:#ff6b00;color:#fff;padding:12px 20px;text-decoration:none">${escH(button)}</a></p>
<p style="font-size:11px;color:#777">${escH(foot)}</p>
</td></tr></table></td></tr></table></body></html>`;
