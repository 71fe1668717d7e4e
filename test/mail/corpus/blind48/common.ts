// Set au: people, senders, case numbers and quoting helpers.
// Voice of this set: a case handed between teams (first line -> specialists -> back again).
import { rfcDate, type Msg } from './lib.js';

export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CERTOPS = 'AWS Certification Operations <certification-operations@aws.training>';
export const CERTOPS_JA = 'AWS 認定オペレーション <certification-operations@aws.training>';
export const TC_SUPPORT = 'AWS T&C Support <tc-support@support.aws.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CREDLY_SUPPORT = 'Credly Support <support@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@certmetrics.aws.training>';

export const caseSubj = (id: string, re = 'RE:'): string => `${re}[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KENJI = { ja: '渡辺 健二', en: 'Kenji Watanabe', keep: 'kenji.watanabe@example.jp', src: 'k-watanabe@oldco.example.co.jp', keepId: 'AWS20558813', srcId: 'AWS71094426' };
export const YUI = { ja: '森 由衣', en: 'Yui Mori', keep: 'yui.mori@example.net', src: 'mori.yui@univ.example.ac.jp', keepId: 'AWS33019275', srcId: 'AWS48862190' };
export const DAI = { ja: '木村 大輔', en: 'Daisuke Kimura', keep: 'daisuke.kimura@example.co.jp', src: 'dkimura.home@example.ne.jp', keepId: 'AWS59120486', srcId: 'AWS06634172' };
export const SAM = { name: 'Sam Okafor', keep: 'sam.okafor@example.com', src: 'sokafor@contractor.example.net', keepId: 'AWS60217734', srcId: 'AWS19385502' };
export const ELLEN = { name: 'Ellen Brandt', keep: 'ellen.brandt@example.org', src: 'e.brandt@agency.example.co.uk', keepId: 'AWS84430019', srcId: 'AWS27761038' };

export const C = {
  k1: '1781120456',
  kDup: '1781124803',
  k2: '17811305522',
  y1: '17702254813',
  y2: '1770290117',
  d1: '1759903341',
  d2: '175990887210',
  s1: '1793301128',
  sDup: '1793307745',
  s2: '179330990116',
  e1: '17660412209',
  e2: '1766049983',
  other: '1788812034',
} as const;

export const to = (name: string, addr: string): string => `${name} <${addr}>`;

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${q(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n${q(body)}`;
export const outlookJa = (from: string, sent: string, toAddr: string, subj: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${toAddr}\n件名: ${subj}\n\n${body}`;
export const outlookEn = (from: string, sent: string, toAddr: string, subj: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${toAddr}\nSubject: ${subj}\n\n${body}`;
export const sf = (from: string, sent: string, toAddr: string, subj: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toAddr}\nSubject: ${subj}\n\n${body}`;
export const sfJa = (from: string, sent: string, toAddr: string, subj: string, body: string): string =>
  `--------------- 元のメッセージ ---------------\n送信者: ${from}\n送信日時: ${sent}\n宛先: ${toAddr}\n件名: ${subj}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00D8a0Kq2._5007x${seed}:ref`;

export const escH = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const html = (text: string, style = 'font-family:Arial,sans-serif;font-size:14px'): string =>
  `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="${style}">\n` +
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${escH(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n') +
  '\n</div></body></html>';

type Partial2 = Omit<Msg, 'trusted' | 'forUser' | 'auth' | 'date'> & { trusted?: boolean; forUser?: boolean; auth?: Msg['auth']; at: string; tz?: string };
/** defaults: auth pass, trusted true, forUser true (each checked against the bytes) */
export const mk = (m: Partial2): Msg => {
  const { at, tz, ...rest } = m;
  return { auth: 'pass', trusted: true, forUser: true, ...rest, date: rfcDate(at, tz ?? '+0000') };
};
