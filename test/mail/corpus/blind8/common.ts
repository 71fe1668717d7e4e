// Shared people, addresses and quoting helpers for heldout/g (adapted from blind1/common.ts).
import { type Msg, rfcDate } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubjectNew = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// people: every keep/src address below is in lib.ts USER_ADDRS
export const KIMURA = { ja: '木村 健一', en: 'Kenichi Kimura', keep: 'kenichi.kimura@example.net', src: 'k-kimura@shinsha.example.co.jp', keepId: 'AWS40917268', srcId: 'AWS73350814' };
export const NAKANO = { ja: '中野 美咲', en: 'Misaki Nakano', keep: 'misaki.n@example.jp', src: 'nakano.misaki@partner.example.com', keepId: 'AWS28840391', srcId: 'AWS61029475' };
export const TAKA = { ja: '高橋 翔', en: 'Sho Takahashi', keep: 'sho.t@example.org', src: 'takahashi@sier.example.co.jp', keepId: 'AWS55018237', srcId: 'AWS90462118' };
export const ISHII = { ja: '石井 陽菜', en: 'Haruna Ishii', keep: 'haruna.ishii@example.com', src: 'ishii.h@gakko.example.ac.jp', keepId: 'AWS19284470', srcId: 'AWS84401236' };
export const OKAFOR = { en: 'Daniel Okafor', keep: 'dan.okafor@example.com', src: 'dokafor@consult.example.net', keepId: 'AWS36671902', srcId: 'AWS14598830' };
export const FISCHER = { en: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@uni.example.edu', keepId: 'AWS80235561', srcId: 'AWS27719046' };
export const MENON = { en: 'Ravi Menon', keep: 'ravi.menon@example.in', src: 'rmenon@corp.example.com', keepId: 'AWS67120983', srcId: 'AWS03386157' };
export const NOWAK = { en: 'Tomasz Nowak', keep: 'tomasz.nowak@example.pl', src: 't.nowak@agency.example.com', keepId: 'AWS52280714', srcId: 'AWS70016629' };

// support case IDs (10–13 digits)
export const CASE = {
  kimura: '17862203345',
  kimuraDup: '17862209981',
  nakano: '1771908842',
  nakano2: '17719200375',
  taka: '176553014482',
  ishii: '1775066120934',
  okafor: '1783320067451',
  okaforDup: '1783320091007',
  fischer: '17940028816',
  menon: '1788104423',
  nowak: '17811937702',
  other: '17760555102',
  other2: '1791230476',
  phish: '1779001234',
} as const;

const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function parts(local: string): { y: number; mo: number; d: number; h: number; mi: number; wd: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})/.exec(local);
  if (!m) throw new Error(`bad date ${local}`);
  const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
  return { y, mo, d, h, mi, wd: new Date(Date.UTC(y, mo - 1, d)).getUTCDay() };
}
const p2 = (n: number): string => String(n).padStart(2, '0');

/** Gmail (ja): 2026年1月13日(火) 22:41 木村 健一 <addr>: */
export const gmailJa = (local: string, who: string): string => {
  const t = parts(local);
  return `${t.y}年${t.mo}月${t.d}日(${WD_JA[t.wd]}) ${t.h}:${p2(t.mi)} ${who}:`;
};
/** Gmail (en): On Tue, Jan 13, 2026 at 10:41 PM Name <addr> wrote: */
export const gmailEn = (local: string, who: string): string => {
  const t = parts(local);
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  return `On ${WD_EN[t.wd]}, ${MON_EN[t.mo - 1]} ${t.d}, ${t.y} at ${h12}:${p2(t.mi)} ${t.h < 12 ? 'AM' : 'PM'} ${who} wrote:`;
};
/** iPhone (ja): 2026/01/13 22:41、木村 健一 <addr>のメール: */
export const iphoneJa = (local: string, who: string): string => {
  const t = parts(local);
  return `${t.y}/${p2(t.mo)}/${p2(t.d)} ${t.h}:${p2(t.mi)}、${who}のメール:`;
};
/** Outlook (ja) header block */
export const outlookJa = (from: string, local: string, to: string, subject: string): string => {
  const t = parts(local);
  return `差出人: ${from}\n送信日時: ${t.y}年${t.mo}月${t.d}日 ${t.h}:${p2(t.mi)}\n宛先: ${to}\n件名: ${subject}`;
};
/** Outlook (en) header block */
export const outlookEn = (from: string, local: string, to: string, subject: string): string => {
  const t = parts(local);
  const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  return `From: ${from}\nSent: ${days[t.wd]}, ${months[t.mo - 1]} ${t.d}, ${t.y} ${h12}:${p2(t.mi)} ${t.h < 12 ? 'AM' : 'PM'}\nTo: ${to}\nSubject: ${subject}`;
};

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Salesforce-style separator block used by AWS support replies */
export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const sfRef = (seed: string): string => `ref:_00DE0Kq7W._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** plain text → simple HTML paragraphs */
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

export const htmlDoc = (inner: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}">\n<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">\n${inner}\n</body>\n</html>`;

type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'from' | 'to' | 'subject' | 'enc'> & { at: string; tz?: string };
/** a message with the usual defaults: trusted, for the user, no trap, dmarc pass */
export function M(p: Req & Partial<Omit<Msg, 'date'>>): Msg {
  const { at, tz, ...rest } = p;
  return { trusted: true, forUser: true, caseId: null, trap: false, auth: 'pass', date: rfcDate(at, tz ?? '+0000'), ...rest };
}

export const KIMURA_REQ = `AWS認定アカウントの統合をお願いします。
転職に伴い、旧所属のアカウント(${KIMURA.src})で取得した資格を、個人のアカウント(${KIMURA.keep})へまとめたいです。
候補者ID: ${KIMURA.srcId} / ${KIMURA.keepId}
木村 健一`;

export const NAKANO_REQ = `お世話になります。中野と申します。
パートナー企業在籍時に作った認定アカウントと、個人で作ったアカウントがあり、1つにしたいと考えております。
どうぞよろしくお願いいたします。`;

export const OKAFOR_REQ = `Hi,
I ended up with two certification accounts (one from my consulting job, ${OKAFOR.src}, one personal, ${OKAFOR.keep}).
Could you combine them under the personal one?
Thanks,
Dan`;

export const FISCHER_REQ = `Hello,
I passed the Cloud Practitioner exam with my university address and the SAA exam with my private one.
I would like to have both certifications in one account (${FISCHER.keep}).
Best regards, Lena Fischer`;
