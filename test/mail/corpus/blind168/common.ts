// Shared people, senders, case IDs and quoting helpers for the fk set ("the ordinary case").
import { rfcDate, type Msg } from './lib.js';

// ---- senders --------------------------------------------------------------
export const FORM = 'aws-cs-trainingcertification-form@amazon.com';
export const SUP_EN = `AWS Training and Certification <${FORM}>`;
export const SUP_JA = `AWS トレーニングと認定 <${FORM}>`;
export const SUP_BARE = FORM;
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CREDLY = 'Credly <admin@credly.com>';
export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const subjNew = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// ---- the users (both addresses of each are in lib.ts USER_ADDRS) ---------
export const KENJI = { ja: '渡辺 健二', en: 'Kenji Watanabe', keep: 'kenji.watanabe@example.jp', src: 'k-watanabe@corp-old.example.co.jp', keepId: 'AWS90314528', srcId: 'AWS41207739' };
export const YUI = { ja: '小林 結衣', en: 'Yui Kobayashi', keep: 'yui.kobayashi@example.com', src: 'yui.kobayashi@dev.example.co.jp', keepId: 'AWS02278816', srcId: 'AWS77130462' };
export const MISAKI = { ja: '伊藤 美咲', en: 'Misaki Ito', keep: 'misaki.ito@example.ne.jp', src: 'm.ito@partner.example.co.jp', keepId: 'AWS55803127', srcId: 'AWS19046650' };
export const SHO = { ja: '中村 翔', en: 'Sho Nakamura', keep: 'sho.nakamura@example.jp', src: 'nakamura.sho@sier.example.co.jp', keepId: 'AWS68219904', srcId: 'AWS30571286' };
export const YUKI = { ja: '高橋 由紀', en: 'Yuki Takahashi', keep: 'yuki.takahashi@example.com', src: 'takahashi-y@univ.example.ac.jp', keepId: 'AWS84410273', srcId: 'AWS26658091' };
export const DAISUKE = { ja: '松本 大輔', en: 'Daisuke Matsumoto', keep: 'd.matsumoto@example.jp', src: 'matsumoto@oldcorp.example.co.jp', keepId: 'AWS47725530', srcId: 'AWS12093368' };
export const DANIEL = { name: 'Daniel Okafor', keep: 'daniel.okafor@example.com', src: 'dokafor@consult.example.net', keepId: 'AWS36092751', srcId: 'AWS80417625' };
export const SOFIA = { name: 'Sofia Rossi', keep: 'sofia.rossi@example.it', src: 's.rossi@corp.example.eu', keepId: 'AWS51937208', srcId: 'AWS63380417' };
export const TOM = { name: 'Tom Becker', keep: 'tom.becker@example.de', src: 'tbecker@agency.example.com', keepId: 'AWS29764013', srcId: 'AWS71150389' };
export const EMILY = { name: 'Emily Chen', keep: 'emily.chen@example.org', src: 'echen@startup.example.io', keepId: 'AWS93305162', srcId: 'AWS08846237' };

// ---- case IDs (10-13 digits) -----------------------------------------------
export const C = {
  kenji: '17702281935',
  kenjiDup: '17702290417',
  yui: '1768845021',
  misaki: '177590342218',
  sho: '17694410026',
  yuki: '1773301184',
  daisuke: '176512093847',
  daniel: '17741825530',
  sofia: '1771029384',
  tom: '177366019254',
  emily: '17659930481',
  // other, non-merge cases
  kenjiRefund: '17710455862',
  yuiExam: '1769902337',
  danielBilling: '17747001239',
  sofiaVoucher: '1772208846',
} as const;

// ---- dates -----------------------------------------------------------------
export const jst = (s: string): string => rfcDate(s, '+0900');
export const utc = (s: string): string => rfcDate(s, '+0000');
export const pst = (s: string): string => rfcDate(s, '-0800');

// ---- quoting -----------------------------------------------------------------
export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const wdOf = (ymd: string): number => {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};
/** Gmail (ja): 2026年12月15日(火) 10:12 山田 太郎 <taro@example.com>: */
export const gmailJa = (ymd: string, hm: string, who: string): string => {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日(${WD_JA[wdOf(ymd)]}) ${hm} ${who}:`;
};
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Gmail (en): On Tue, Dec 15, 2026 at 10:12 AM Name <addr> wrote: */
export const gmailEn = (ymd: string, hm: string, who: string): string => {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  return `On ${WD_EN[wdOf(ymd)]}, ${MON_EN[m - 1]} ${d}, ${y} at ${hm} ${who} wrote:`;
};
/** Outlook (ja) header block */
export const outlookJa = (from: string, sent: string, to: string, subject: string): string =>
  `差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}`;
/** Outlook (en) header block */
export const outlookEn = (from: string, sent: string, to: string, subject: string): string =>
  `From: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}`;
/** the separator AWS's case tool puts above the customer's earlier text */
export const sfSep = '--------------- Original Message ---------------';

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

// ---- message factory: defaults for the ordinary trusted, delivered mail ----
type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'from' | 'to' | 'subject' | 'date' | 'enc'>;
export function mk(p: Req & Partial<Msg>): Msg {
  return { trusted: true, forUser: true, caseId: null, trap: false, auth: 'pass', ...p };
}
