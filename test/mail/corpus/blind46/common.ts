// Set "as": people, addresses, quote headers and a message constructor.
// Voice: the customer's side of the thread (the user's own words, colleagues, managers).
import { rfcDate, type Msg } from './lib.js';

export const SUP = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUP_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const subj0 = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// users (addresses listed in lib.ts USER_ADDRS)
export const SUZUKI = { ja: '鈴木 健一', en: 'Kenichi Suzuki', keep: 'k.suzuki.home@example.net', src: 'kenichi.suzuki@corp-a.example.co.jp', keepId: 'AWS02839174', srcId: 'AWS71620458' };
export const TAKAHASHI = { ja: '高橋 美咲', en: 'Misaki Takahashi', keep: 'misaki.t@example.ne.jp', src: 'takahashi.m@old-sier.example.jp', keepId: 'AWS44019382', srcId: 'AWS90871236' };
export const ITO = { ja: '伊藤 翔', en: 'Sho Ito', keep: 'sho.ito.dev@example.com', src: 's-ito@partner.example.co.jp', keepId: 'AWS18273645', srcId: 'AWS55501827' };
export const NAKAMURA = { ja: '中村 由美', en: 'Yumi Nakamura', keep: 'yumi.nakamura@example.jp', src: 'y.nakamura@univ.example.ac.jp', keepId: 'AWS66210934', srcId: 'AWS30458817' };
export const DANIEL = { name: 'Daniel Okafor', keep: 'dan.okafor@example.com', src: 'daniel.okafor@contoso-old.example', keepId: 'AWS81172640', srcId: 'AWS23908815' };
export const SOFIA = { name: 'Sofia Lindqvist', keep: 'sofia.lindqvist@example.se', src: 's.lindqvist@bigcorp.example.com', keepId: 'AWS57730291', srcId: 'AWS09182734' };
export const RAVI = { name: 'Ravi Menon', keep: 'ravi.menon@example.in', src: 'rmenon@oldco.example.net', keepId: 'AWS36649021', srcId: 'AWS77015563' };

// colleagues and managers (not the user)
export const TANAKA = { ja: '田中 宏', addr: 'tanaka.h@corp-a.example.co.jp' }; // Suzuki's manager
export const KOBAYASHI = { ja: '小林 涼', addr: 'kobayashi.r@corp-a.example.co.jp' }; // Suzuki's colleague
export const MORI = { ja: '森 直樹', addr: 'mori.n@old-sier.example.jp' }; // Takahashi's ex-colleague
export const YOSHIDA = { ja: '吉田 彩', addr: 'yoshida.aya@partner.example.co.jp' }; // Ito's team lead
export const GREG = { name: 'Greg Hall', addr: 'greg.hall@bigcorp.example.com' }; // Sofia's manager
export const TOMASZ = { name: 'Tomasz Wrobel', addr: 't.wrobel@bigcorp.example.com' }; // Sofia's colleague
export const LENA = { name: 'Lena Fischer', addr: 'lena.fischer@example.com' }; // Daniel's colleague

export const CASE = {
  suzuki: '17853320471',
  suzukiRefund: '177312004589',
  takahashi: '1771940286',
  takahashiDup: '1771952203',
  ito: '176650391128',
  nakamura: '1780046613',
  daniel: '1784419023',
  danielDup: '1784420871',
  sofia: '17901288354',
  ravi: '176933010245',
  raviExam: '1769410057',
} as const;

const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WD_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MON_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(local: string): { y: number; m: number; d: number; h: number; mi: string; wd: number } {
  const mm = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(local);
  if (!mm) throw new Error(`bad local time ${local}`);
  const y = Number(mm[1]);
  const m = Number(mm[2]);
  const d = Number(mm[3]);
  return { y, m, d, h: Number(mm[4]), mi: mm[5] ?? '00', wd: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
}

/** Japanese Gmail: 2026年3月4日(水) 9:15 鈴木 健一 <k@example.net>: */
export const gmailJa = (local: string, who: string): string => {
  const p = parts(local);
  return `${p.y}年${p.m}月${p.d}日(${WD_JA[p.wd]}) ${p.h}:${p.mi} ${who}:`;
};
/** English Gmail: On Wed, Mar 4, 2026 at 9:15 AM Name <a@b> wrote: */
export const gmailEn = (local: string, who: string): string => {
  const p = parts(local);
  const h12 = p.h % 12 === 0 ? 12 : p.h % 12;
  return `On ${WD_EN[p.wd]?.slice(0, 3)}, ${MON_EN[p.m - 1]?.slice(0, 3)} ${p.d}, ${p.y} at ${h12}:${p.mi} ${p.h < 12 ? 'AM' : 'PM'} ${who} wrote:`;
};
/** iPhone Mail (Japanese UI): 2026/03/04 9:15、Name <addr>のメール: */
export const iosJa = (local: string, who: string): string => {
  const p = parts(local);
  return `${p.y}/${String(p.m).padStart(2, '0')}/${String(p.d).padStart(2, '0')} ${p.h}:${p.mi}、${who}のメール:`;
};
export const iosEn = (local: string, who: string): string => {
  const p = parts(local);
  const h12 = p.h % 12 === 0 ? 12 : p.h % 12;
  return `On ${MON_EN[p.m - 1]?.slice(0, 3)} ${p.d}, ${p.y}, at ${h12}:${p.mi} ${p.h < 12 ? 'AM' : 'PM'}, ${who} wrote:`;
};
/** Outlook (Japanese UI) header block */
export const outlookJa = (from: string, local: string, to: string, subject: string, cc?: string): string => {
  const p = parts(local);
  return `差出人: ${from}\n送信日時: ${p.y}年${p.m}月${p.d}日 ${p.h}:${p.mi}\n宛先: ${to}\n${cc ? `CC: ${cc}\n` : ''}件名: ${subject}`;
};
/** Outlook (English UI) header block */
export const outlookEn = (from: string, local: string, to: string, subject: string, cc?: string): string => {
  const p = parts(local);
  const h12 = p.h % 12 === 0 ? 12 : p.h % 12;
  return `From: ${from}\nSent: ${WD_EN[p.wd]}, ${MON_EN[p.m - 1]} ${p.d}, ${p.y} ${h12}:${p.mi} ${p.h < 12 ? 'AM' : 'PM'}\nTo: ${to}\n${cc ? `Cc: ${cc}\n` : ''}Subject: ${subject}`;
};
/** the case tool's own separator (Salesforce-like) */
export const caseQuote = (from: string, local: string, to: string, subject: string, body: string): string => {
  const p = parts(local);
  return `---------- Original Message ----------\nFrom: ${from}\nSent: ${p.y}-${String(p.m).padStart(2, '0')}-${String(p.d).padStart(2, '0')} ${String(p.h).padStart(2, '0')}:${p.mi} (GMT)\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
};
/** Gmail forward header, Japanese UI */
export const fwdJa = (from: string, local: string, subject: string, to: string, cc?: string): string => {
  const p = parts(local);
  return `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${p.y}年${p.m}月${p.d}日(${WD_JA[p.wd]}) ${p.h}:${p.mi}\nSubject: ${subject}\nTo: ${to}${cc ? `\nCc: ${cc}` : ''}`;
};
/** Gmail forward header, English UI */
export const fwdEn = (from: string, local: string, subject: string, to: string, cc?: string): string => {
  const p = parts(local);
  const h12 = p.h % 12 === 0 ? 12 : p.h % 12;
  return `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${WD_EN[p.wd]?.slice(0, 3)}, ${MON_EN[p.m - 1]?.slice(0, 3)} ${p.d}, ${p.y} at ${h12}:${p.mi} ${p.h < 12 ? 'AM' : 'PM'}\nSubject: ${subject}\nTo: ${to}${cc ? `\nCc: ${cc}` : ''}`;
};

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
/** HTML with a Gmail-style quote block */
export const htmlWithQuote = (top: string, hdr: string, quoted: string): string =>
  `<div dir="ltr">${paras(top)}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">${esc(hdr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${paras(quoted)}</blockquote></div>`;

/** JST / UTC / Pacific dates */
export const jst = (t: string): string => rfcDate(t, '+0900');
export const utc = (t: string): string => rfcDate(t, '+0000');
export const pst = (t: string): string => rfcDate(t, '-0800');

type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'from' | 'to' | 'subject' | 'date' | 'enc'>;
/** message with defaults: trusted, for the user, not a trap, authenticated, no case ID */
export const M = (m: Req & Partial<Msg>): Msg => ({ trusted: true, forUser: true, trap: false, auth: 'pass', caseId: null, ...m });
/** the user's own or a colleague's mail: never trusted, the guide's `unrelated` */
export const P = (m: Omit<Req, 'kind'> & Partial<Msg>): Msg => ({ kind: 'unrelated', trusted: false, forUser: true, trap: true, auth: 'none', caseId: null, ...m });
