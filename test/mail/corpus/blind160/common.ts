// fc: people, earlier thread messages (the long part that gets quoted) and quote-header helpers.
// Everything here was written for this set.
import { rfcDate, type Msg } from './lib.js';

export const SUP = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUP_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const SUP_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const subj0 = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export interface Person {
  name: string;
  kana?: string;
  keep: string;
  src: string;
  keepId: string;
  srcId: string;
  case: string;
}

export const SUZUKI: Person = { name: '鈴木 健一', kana: 'Kenichi Suzuki', keep: 'ken.suzuki@example.jp', src: 'k-suzuki@sier.example.co.jp', keepId: 'AWS40918327', srcId: 'AWS72260914', case: '17920044381' };
export const NAKAMURA: Person = { name: '中村 美咲', kana: 'Misaki Nakamura', keep: 'misaki.n@example.ne.jp', src: 'nakamura.misaki@oldco.example.com', keepId: 'AWS11830452', srcId: 'AWS90417736', case: '1793300518' };
export const TAKAHASHI: Person = { name: '高橋 翔', kana: 'Sho Takahashi', keep: 'sho.takahashi@example.com', src: 'takahashi@partner.example.co.jp', keepId: 'AWS58302217', srcId: 'AWS30075549', case: '179412200563' };
export const ITO: Person = { name: '伊藤 由美', kana: 'Yumi Ito', keep: 'yumi.ito@example.org', src: 'y.ito@univ.example.ac.jp', keepId: 'AWS26649810', srcId: 'AWS84102375', case: '1795007731942' };
export const DANIEL: Person = { name: 'Daniel Okafor', keep: 'dan.okafor@example.com', src: 'dokafor@consult.example.net', keepId: 'AWS61127093', srcId: 'AWS07789412', case: '17960318842' };
export const LENA: Person = { name: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@agency.example.eu', keepId: 'AWS39950186', srcId: 'AWS52201638', case: '179711045530' };
export const RAVI: Person = { name: 'Ravi Menon', keep: 'ravi.menon@example.in', src: 'ravi@startup.example.io', keepId: 'AWS83316027', srcId: 'AWS15548821', case: '1798220964' };

// other cases of the same people (not merges, or duplicates)
export const OTHER = {
  suzukiExam: '17921855032',
  nakamuraDup: '1793300777',
  itoRefund: '1795019920417',
  danielVoucher: '17960877105',
  raviDup: '1798229915',
  lenaOld: '179544210086',
} as const;

export const addr = (p: Person, which: 'keep' | 'src' = 'keep'): string => `${p.kana ?? p.name} <${p[which]}>`;
export const addrJa = (p: Person, which: 'keep' | 'src' = 'keep'): string => `${p.name} <${p[which]}>`;

// colleagues and outsiders (never the user's addresses)
export const COLLEAGUE_JA = '木村 大輔 <d.kimura@sier.example.co.jp>';
export const COLLEAGUE_JA2 = '小林 さやか <s-kobayashi@partner.example.co.jp>';
export const COLLEAGUE_EN = 'Marcus Lee <marcus.lee@consult.example.net>';
export const TEAM_LIST = 'aws-cert-team@sier.example.co.jp';

// ---- dates ---------------------------------------------------------------

const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WD_EN_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MON_EN_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface D {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  wd: number;
}
function parse(s: string): D {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(s);
  if (!m) throw new Error(`bad date ${s}`);
  const [y, mo, d, h, mi] = [1, 2, 3, 4, 5].map((i) => Number(m[i]));
  const yy = y ?? 0;
  const mm = mo ?? 1;
  const dd = d ?? 1;
  return { y: yy, mo: mm, d: dd, h: h ?? 0, mi: mi ?? 0, wd: new Date(Date.UTC(yy, mm - 1, dd)).getUTCDay() };
}
const p2 = (n: number): string => String(n).padStart(2, '0');
const h12 = (t: D): string => `${t.h % 12 === 0 ? 12 : t.h % 12}:${p2(t.mi)} ${t.h < 12 ? 'AM' : 'PM'}`;

/** message Date header from 'YYYY-MM-DD HH:MM' */
export const dt = (s: string, tz = '+0900', sec = '17'): string => rfcDate(`${s}:${sec}`, tz);

// ---- quote headers -------------------------------------------------------

export const gmailJa = (when: string, who: string): string => {
  const t = parse(when);
  return `${t.y}年${t.mo}月${t.d}日(${WD_JA[t.wd]}) ${t.h}:${p2(t.mi)} ${who}:`;
};
export const gmailEn = (when: string, who: string): string => {
  const t = parse(when);
  return `On ${WD_EN[t.wd]}, ${MON_EN[t.mo - 1]} ${t.d}, ${t.y} at ${h12(t)} ${who} wrote:`;
};
/** Thunderbird's Japanese attribution line */
export const tbJa = (when: string, who: string): string => {
  const t = parse(when);
  return `${t.y}/${p2(t.mo)}/${p2(t.d)} ${p2(t.h)}:${p2(t.mi)} に ${who} さんは書きました:`;
};
export const outlookJa = (o: { from: string; when: string; to: string; cc?: string; subject: string }): string => {
  const t = parse(o.when);
  return [
    '________________________________',
    `差出人: ${o.from}`,
    `送信日時: ${t.y}年${t.mo}月${t.d}日 ${t.h}:${p2(t.mi)}`,
    `宛先: ${o.to}`,
    ...(o.cc ? [`CC: ${o.cc}`] : []),
    `件名: ${o.subject}`,
  ].join('\n');
};
export const outlookEn = (o: { from: string; when: string; to: string; cc?: string; subject: string }): string => {
  const t = parse(o.when);
  return [
    'From: ' + o.from,
    `Sent: ${WD_EN_LONG[t.wd]}, ${MON_EN_LONG[t.mo - 1]} ${t.d}, ${t.y} ${h12(t)}`,
    'To: ' + o.to,
    ...(o.cc ? ['Cc: ' + o.cc] : []),
    'Subject: ' + o.subject,
  ].join('\n');
};
export const origMsg = (o: { from: string; when: string; to: string; subject: string }): string => {
  const t = parse(o.when);
  return ['-----Original Message-----', `From: ${o.from}`, `Sent: ${WD_EN[t.wd]}, ${MON_EN[t.mo - 1]} ${t.d}, ${t.y} ${h12(t)}`, `To: ${o.to}`, `Subject: ${o.subject}`].join('\n');
};
export const origMsgJa = (o: { from: string; when: string; to: string; subject: string }): string => {
  const t = parse(o.when);
  return ['-----Original Message-----', `From: ${o.from}`, `Sent: ${t.y}/${p2(t.mo)}/${p2(t.d)} ${t.h}:${p2(t.mi)}`, `To: ${o.to}`, `Subject: ${o.subject}`].join('\n');
};
/** Salesforce case mail separator, English */
export const sfEn = (o: { from: string; when: string; to: string; subject: string }): string => {
  const t = parse(o.when);
  return ['--------------- Original Message ---------------', `From: ${o.from}`, `Sent: ${t.mo}/${t.d}/${t.y} ${h12(t)}`, `To: ${o.to}`, `Subject: ${o.subject}`].join('\n');
};
/** Salesforce case mail separator, Japanese locale */
export const sfJa = (o: { from: string; when: string; to: string; subject: string }): string => {
  const t = parse(o.when);
  return ['--------------- 元のメッセージ ---------------', `差出人: ${o.from}`, `送信日時: ${t.y}/${p2(t.mo)}/${p2(t.d)} ${t.h}:${p2(t.mi)}`, `宛先: ${o.to}`, `件名: ${o.subject}`].join('\n');
};
export const fwdEn = (o: { from: string; when: string; to: string; subject: string }): string => {
  const t = parse(o.when);
  return ['---------- Forwarded message ---------', `From: ${o.from}`, `Date: ${WD_EN[t.wd]}, ${MON_EN[t.mo - 1]} ${t.d}, ${t.y} at ${h12(t)}`, `Subject: ${o.subject}`, `To: ${o.to}`].join('\n');
};
export const fwdJa = (o: { from: string; when: string; to: string; subject: string }): string => {
  const t = parse(o.when);
  return ['---------- 転送されたメッセージ ---------', `From: ${o.from}`, `Date: ${t.y}年${t.mo}月${t.d}日(${WD_JA[t.wd]}) ${t.h}:${p2(t.mi)}`, `Subject: ${o.subject}`, `To: ${o.to}`].join('\n');
};
/** Outlook forward block in Japanese (same fields as outlookJa, different rule line) */
export const fwdOutlookJa = (o: { from: string; when: string; to: string; subject: string }): string => outlookJa(o).replace('________________________________', '-----Original Message-----');

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const br = (s: string): string => esc(s).replace(/\n/g, '<br>\n');

/** Gmail-style HTML reply: new text, then gmail_quote with blockquote */
export const htmlGmail = (top: string, hdr: string, quoted: string): string =>
  `<div dir="ltr">${br(top)}</div><br>\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">${br(hdr)}<br></div>\n<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n${br(quoted)}\n</blockquote></div>`;
/** Outlook-style HTML reply: new text, divRplyFwdMsg header block, then the old message */
export const htmlOutlook = (top: string, hdr: string, quoted: string): string =>
  `<html><body><div style="font-family:Meiryo UI,sans-serif;font-size:11pt">${br(top)}</div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">${br(hdr)}</font>\n<div>&nbsp;</div></div>\n<div>${br(quoted)}</div>\n</body></html>`;
/** Salesforce-style HTML (agent text, then the thread under a rule) */
export const htmlSf = (top: string, hdr: string, quoted: string): string =>
  `<html><body><p style="font-family:Arial">${br(top)}</p>\n<p>${br(hdr)}</p>\n<div style="padding-left:8px;border-left:2px solid #ccc">${br(quoted)}</div>\n</body></html>`;

export type Base = Omit<Msg, 'text' | 'html'> & { text?: string; html?: string };
export type { Msg };
