// Set ay: people, senders, case IDs and quote-header helpers.
import { rfcDate, type Msg } from './lib.js';

export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const caseSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const caseSubjNew = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export interface Person {
  ja: string;
  en: string;
  keep: string;
  src: string;
  keepId: string;
  srcId: string;
}
export const KENJI: Person = { ja: '渡辺 健二', en: 'Kenji Watanabe', keep: 'kenji.w@example.jp', src: 'k-watanabe@oldco.example.co.jp', keepId: 'AWS04418827', srcId: 'AWS73920154' };
export const YUMI: Person = { ja: '高橋 由美', en: 'Yumi Takahashi', keep: 'yumi.t@example.com', src: 'takahashi.yumi@corp-b.example.co.jp', keepId: 'AWS51730962', srcId: 'AWS28841035' };
export const DAISUKE: Person = { ja: '伊藤 大輔', en: 'Daisuke Ito', keep: 'd.ito@example.net', src: 'ito@startup.example.jp', keepId: 'AWS66012873', srcId: 'AWS39017724' };
export const AIKO: Person = { ja: '中村 愛子', en: 'Aiko Nakamura', keep: 'aiko.nakamura@example.org', src: 'a-nakamura@univ.example.ac.jp', keepId: 'AWS80251146', srcId: 'AWS17664390' };
export const RYO: Person = { ja: '小林 亮', en: 'Ryo Kobayashi', keep: 'ryo.kobayashi@example.com', src: 'r.kobayashi@sier.example.co.jp', keepId: 'AWS92208713', srcId: 'AWS45530892' };
export const MEI: Person = { ja: '鈴木 芽衣', en: 'Mei Suzuki', keep: 'mei.suzuki@example.jp', src: 'suzuki.mei@oldwork.example.com', keepId: 'AWS30675519', srcId: 'AWS58812406' };

export const addr = (name: string, a: string): string => `${name} <${a}>`;

// support case IDs (10-13 digits)
export const CASE = {
  kenji: '1782034561',
  kenjiDup: '1782055320',
  kenjiRefund: '1782099013',
  yumi: '178455102937',
  yumiExam: '178460223118',
  daisuke: '17861200458',
  daisuke2: '1786233001',
  aiko: '1788304417652',
  ryo: '17893051266',
  ryoDup: '17893077410',
  mei: '1790415538',
  meiVoucher: '1790488127',
} as const;

/** local time → RFC 5322 date */
export const jst = (s: string): string => rfcDate(s, '+0900');
export const utc = (s: string): string => rfcDate(s, '+0000');
export const pdt = (s: string): string => rfcDate(s, '-0700');

const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function parts(s: string): { y: number; mo: number; d: number; h: number; mi: number; wd: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(s);
  if (!m) throw new Error(`bad date ${s}`);
  const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
  return { y, mo, d, h, mi, wd: new Date(Date.UTC(y, mo - 1, d)).getUTCDay() };
}
const p2 = (n: number): string => String(n).padStart(2, '0');

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Japanese Gmail: 2026年10月3日(土) 14:22 名前 <addr>: */
export function gmailJa(when: string, who: string, body: string): string {
  const t = parts(when);
  return `${t.y}年${t.mo}月${t.d}日(${WD_JA[t.wd] ?? ''}) ${t.h}:${p2(t.mi)} ${who}:\n\n${quote(body)}`;
}
/** English Gmail: On Sat, Oct 3, 2026 at 2:22 PM Name <addr> wrote: */
export function gmailEn(when: string, who: string, body: string): string {
  const t = parts(when);
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  return `On ${WD_EN[t.wd] ?? ''}, ${MON_EN[t.mo - 1] ?? ''} ${t.d}, ${t.y} at ${h12}:${p2(t.mi)} ${t.h < 12 ? 'AM' : 'PM'} ${who} wrote:\n${quote(body)}`;
}
/** Japanese Outlook block */
export function outlookJa(when: string, from: string, to: string, subject: string, body: string): string {
  const t = parts(when);
  return `________________________________\n差出人: ${from}\n送信日時: ${t.y}年${t.mo}月${t.d}日 ${t.h}:${p2(t.mi)}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
}
/** English Outlook block */
export function outlookEn(when: string, from: string, to: string, subject: string, body: string): string {
  const t = parts(when);
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `From: ${from}\nSent: ${days[t.wd] ?? ''}, ${months[t.mo - 1] ?? ''} ${t.d}, ${t.y} ${h12}:${p2(t.mi)} ${t.h < 12 ? 'AM' : 'PM'}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
}
/** -----Original Message----- (old Outlook / Lotus style) */
export function origMsg(when: string, from: string, subject: string, body: string): string {
  const t = parts(when);
  return `-----Original Message-----\nFrom: ${from}\nDate: ${t.y}/${p2(t.mo)}/${p2(t.d)} ${p2(t.h)}:${p2(t.mi)}\nSubject: ${subject}\n\n${body}`;
}
/** Salesforce-style block the support form mail carries */
export function sfQuote(when: string, from: string, to: string, subject: string, body: string): string {
  const t = parts(when);
  return `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${t.mo}/${t.d}/${t.y} ${p2(t.h)}:${p2(t.mi)} AM\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
}
export function fwdJa(when: string, from: string, to: string, subject: string, body: string): string {
  const t = parts(when);
  return `---------- 転送されたメッセージ ---------\nFrom: ${from}\nDate: ${t.y}年${t.mo}月${t.d}日(${WD_JA[t.wd] ?? ''}) ${t.h}:${p2(t.mi)}\nSubject: ${subject}\nTo: ${to}\n\n\n${body}`;
}
export function fwdEn(when: string, from: string, to: string, subject: string, body: string): string {
  const t = parts(when);
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  return `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${WD_EN[t.wd] ?? ''}, ${MON_EN[t.mo - 1] ?? ''} ${t.d}, ${t.y} at ${h12}:${p2(t.mi)} ${t.h < 12 ? 'AM' : 'PM'}\nSubject: ${subject}\nTo: ${to}\n\n\n${body}`;
}

export const ref = (seed: string): string => `ref:_00Dj0EXq1._5007V${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const html = (text: string, head = ''): string =>
  `<html><head><meta http-equiv="Content-Type" content="text/html">${head}</head><body>\n` +
  text
    .split(/\n{2,}/)
    .map((p) => `<div>${esc(p).replace(/\n/g, '<br>\n')}</div>`)
    .join('\n<div><br></div>\n') +
  '\n</body></html>';

/** fill the fields most messages share; everything explicit wins */
type Base = Pick<Msg, 'slug' | 'kind' | 'note' | 'subject' | 'date' | 'enc'> & Partial<Msg>;
export const mkJa = (o: Base): Msg => ({ lang: 'ja', trusted: true, forUser: true, caseId: null, trap: false, from: FORM, to: KENJI.keep, auth: 'pass', ...o });
export const mkEn = (o: Base): Msg => ({ lang: 'en', trusted: true, forUser: true, caseId: null, trap: false, from: FORM, to: RYO.keep, auth: 'pass', ...o });

// the users' original requests, quoted under replies
export const KENJI_REQ = `AWS認定のアカウントが2つありますので、1つに統合をお願いします。
残す方: ${KENJI.keepId} / ${KENJI.keep}
統合元: ${KENJI.srcId} / ${KENJI.src}
前の会社を退職したので、個人アドレスの方にまとめたいです。
渡辺 健二`;

export const YUMI_REQ = `いつもお世話になっております。高橋です。
会社用と個人用でAWS認定アカウントが分かれてしまっています。
個人用(${YUMI.keep})に寄せていただくことは可能でしょうか。
会社用のCandidate IDは ${YUMI.srcId} です。`;

export const RYO_REQ = `Dear AWS support,
I am Ryo Kobayashi. I have 2 certification account, one is company mail and one is private.
Please merge to private account ${RYO.keep} (${RYO.keepId}).
Company account is ${RYO.src} (${RYO.srcId}).
Best regards,
Ryo Kobayashi`;

export const MEI_REQ = `Hello,
I want to make one account from my two AWS Certification account.
Old: ${MEI.src} / ${MEI.srcId}
New (keep this): ${MEI.keep} / ${MEI.keepId}
I am sorry for my poor English.
Mei Suzuki`;
