// ct: people, their many look-alike support cases, senders and quoting helpers.
import { rfcDate, type Msg } from './lib.js';

// ---- senders -------------------------------------------------------------
export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_NOTIFY = 'AWS Support <no-reply@support.aws.com>';
export const TNC = 'AWS Training & Certification <no-reply@aws.training>';
export const CERT_PORTAL = 'AWS Certification <certification@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CREDLY = 'Credly <no-reply@credly.com>';
export const VUE = 'Pearson VUE <pearsonvuereminders@pearson.com>';

// ---- people (only their addresses are the user's; see lib.ts USER_ADDRS) ---
export const HARUKA = { ja: '木村 遥', en: 'Haruka Kimura', old: '中川 遥', keep: 'haruka.kimura@example.jp', src: 'h.nakagawa@oldfirm.example.co.jp', keepId: 'AWS40218837', srcId: 'AWS40281173' };
export const KEN = { ja: '鈴木 健一', en: 'Kenichi Suzuki', keep: 'kenichi.suzuki@example.com', src: 'k-suzuki@corp-a.example.co.jp', keepId: 'AWS51730962', srcId: 'AWS51703926' };
export const MAKOTO = { ja: '高橋 誠', en: 'Makoto Takahashi', keep: 'makoto.t@example.ne.jp', src: 'takahashi.m@partner.example.co.jp', keepId: 'AWS68820415', srcId: 'AWS68802451' };
export const DAN = { en: 'Daniel Okafor', short: 'Dan', keep: 'dan.okafor@example.net', src: 'daniel.okafor@contoso-consult.example', keepId: 'AWS62048815', srcId: 'AWS62084151' };
export const MEI = { en: 'Mei Lin Tan', short: 'Mei Lin', keep: 'meilin.tan@example.sg', src: 'mltan@uni.example.edu', keepId: 'AWS73315520', srcId: 'AWS73351502' };

export const to = (name: string, addr: string): string => `${name} <${addr}>`;

// ---- support case IDs: each person's cases look alike on purpose -----------
export const C = {
  hMerge: '17703318452', // Haruka: account merge
  hName: '17703318425', // Haruka: legal-name change (Nakagawa -> Kimura)
  hDup: '17703381452', // Haruka: second merge submission (duplicate)
  kMerge: '1771904463', // Kenichi: account merge
  kRefund: '1771904436', // Kenichi: exam reschedule / refund
  kVoucher: '1771940463', // Kenichi: voucher did not apply
  kDelete: '1771904634', // Kenichi: personal-data deletion of the old account
  mMerge: '17749022107', // Makoto: account merge
  mSb: '17749202107', // Makoto: Skill Builder subscription
  mVoucher: '17749022170', // Makoto: voucher
  dMerge: '177255019384', // Dan: account merge
  dDup: '177255019348', // Dan: duplicate merge submission
  dSb: '177255091384', // Dan: Skill Builder subscription
  dDelete: '177525019384', // Dan: account deletion / personal data
  tMerge: '1773881200457', // Mei Lin: account merge
  tVue: '1773881200475', // Mei Lin: Pearson VUE testing issue
  tName: '1773818200457', // Mei Lin: legal-name change
} as const;

// subjects of the T&C contact form, one per issue type
export const formSubj = (id: string, topic = 'account-assistance'): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - ${topic}`;

// ---- dates ---------------------------------------------------------------
const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WD_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WD_EN3 = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const parse = (local: string): { y: number; mo: number; d: number; h: number; mi: number; wd: number } => {
  const mm = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})/.exec(local);
  if (!mm) throw new Error(`bad date ${local}`);
  const [y, mo, d, h, mi] = [Number(mm[1]), Number(mm[2]), Number(mm[3]), Number(mm[4]), Number(mm[5])];
  return { y, mo, d, h, mi, wd: new Date(Date.UTC(y, mo - 1, d)).getUTCDay() };
};
export const jst = (local: string): string => rfcDate(local, '+0900');
export const utc = (local: string): string => rfcDate(local, '+0000');
export const pst = (local: string): string => rfcDate(local, '-0800');
const p2 = (n: number): string => String(n).padStart(2, '0');

// ---- quote headers in many mailers' styles --------------------------------
export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Gmail (ja UI): 2026年1月19日(月) 10:12 木村 遥 <x@y>: */
export const gmailJa = (local: string, who: string, body: string): string => {
  const t = parse(local);
  return `${t.y}年${t.mo}月${t.d}日(${WD_JA[t.wd]}) ${t.h}:${p2(t.mi)} ${who}:\n\n${quote(body)}`;
};
/** Gmail (en UI): On Mon, Jan 19, 2026 at 10:12 AM Dan <x@y> wrote: */
export const gmailEn = (local: string, who: string, body: string): string => {
  const t = parse(local);
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  return `On ${WD_EN3[t.wd]}, ${MON_EN[t.mo - 1]?.slice(0, 3)} ${t.d}, ${t.y} at ${h12}:${p2(t.mi)} ${t.h < 12 ? 'AM' : 'PM'} ${who} wrote:\n${quote(body)}`;
};
/** Outlook (ja UI) header block */
export const outlookJa = (local: string, from: string, toS: string, subject: string, body: string): string => {
  const t = parse(local);
  return `________________________________\n差出人: ${from}\n送信日時: ${t.y}年${t.mo}月${t.d}日 ${t.h}:${p2(t.mi)}\n宛先: ${toS}\n件名: ${subject}\n\n${body}`;
};
/** Outlook (en UI) header block */
export const outlookEn = (local: string, from: string, toS: string, subject: string, body: string): string => {
  const t = parse(local);
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  return `-----Original Message-----\nFrom: ${from}\nSent: ${WD_EN[t.wd]}, ${MON_EN[t.mo - 1]} ${t.d}, ${t.y} ${h12}:${p2(t.mi)} ${t.h < 12 ? 'AM' : 'PM'}\nTo: ${toS}\nSubject: ${subject}\n\n${body}`;
};
/** Salesforce case-mail history block (what AWS support replies carry) */
export const sfQuote = (local: string, from: string, toS: string, subject: string, body: string): string => {
  const t = parse(local);
  return `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${t.mo}/${t.d}/${t.y} ${p2(t.h)}:${p2(t.mi)} AM\nTo: ${toS}\nSubject: ${subject}\n\n${body}`;
};
/** Salesforce case-mail history block, Japanese labels */
export const sfQuoteJa = (local: string, from: string, toS: string, subject: string, body: string): string => {
  const t = parse(local);
  return `--------------- 元のメッセージ ---------------\n差出人: ${from}\n送信日時: ${t.y}/${p2(t.mo)}/${p2(t.d)} ${p2(t.h)}:${p2(t.mi)}\n宛先: ${toS}\n件名: ${subject}\n\n${body}`;
};
/** Gmail forward, ja UI */
export const fwdJa = (local: string, from: string, toS: string, subject: string, body: string): string => {
  const t = parse(local);
  return `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${t.y}年${t.mo}月${t.d}日(${WD_JA[t.wd]}) ${t.h}:${p2(t.mi)}\nSubject: ${subject}\nTo: ${toS}\n\n${body}`;
};
/** Apple Mail forward, en */
export const fwdEn = (local: string, from: string, toS: string, subject: string, body: string): string => {
  const t = parse(local);
  return `Begin forwarded message:\n\nFrom: ${from}\nSubject: ${subject}\nDate: ${MON_EN[t.mo - 1]} ${t.d}, ${t.y} at ${t.h}:${p2(t.mi)}\nTo: ${toS}\n\n${body}`;
};

export const thread = (seed: string): string => `[${'ref:!00D' + seed.slice(0, 4) + 'Qz8.!500' + seed.slice(-6) + 'Kw' + ':ref'}]`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** plain text → HTML paragraphs */
export const html = (text: string, lang: 'ja' | 'en' = 'en'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n` +
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n') +
  '\n</body></html>';

// ---- message defaults ----------------------------------------------------
type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'trusted' | 'caseId' | 'trap' | 'note' | 'from' | 'to' | 'subject' | 'date' | 'enc'>;
export const mk = (p: Req & Partial<Msg>): Msg => ({ auth: 'pass', forUser: true, ...p });

// ---- the user's own requests, quoted later --------------------------------
export const H_REQ = `AWS認定アカウントの統合をお願いします。
結婚により姓が変わり(旧姓: 中川)、旧勤務先のアドレスで作ったアカウントも残っています。
残す方: ${HARUKA.keepId} / ${HARUKA.keep}
統合元: ${HARUKA.srcId} / ${HARUKA.src}
木村 遥`;

export const K_REQ = `認定アカウントが2つに分かれてしまったので1つにしたいです。
個人: ${KEN.keep}(${KEN.keepId})をメインにして、
前職: ${KEN.src}(${KEN.srcId})の資格を移してください。
鈴木`;

export const M_REQ = `お世話になります。高橋と申します。
パートナー企業在籍時のアカウント(${MAKOTO.src})で取得したSAAとDVAを、
個人アカウント ${MAKOTO.keep} の方にまとめていただけますでしょうか。
候補ID: ${MAKOTO.srcId} → ${MAKOTO.keepId}`;

export const D_REQ = `Hi team,
I ended up with two certification profiles: one from my consulting days (${DAN.src}, ${DAN.srcId}) and my personal one (${DAN.keep}, ${DAN.keepId}).
Could you fold the old one into the personal one? The Merge Accounts page says it can't do it because both have exam history.
Dan`;

export const T_REQ = `Hello,
I have an AWS Certification account from university (${MEI.src}) and one I use now (${MEI.keep}).
Please combine them and keep ${MEI.keep}. Candidate IDs: ${MEI.srcId} (old), ${MEI.keepId} (keep).
Regards, Mei Lin Tan`;
