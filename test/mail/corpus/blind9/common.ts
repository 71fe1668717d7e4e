// Shared people, addresses, case IDs and quoting helpers for held-out set h.
// New personas; only their addresses were added to lib.ts's USER_ADDRS.
import type { Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const ISSUER_AWS = 'Amazon Web Services Training and Certification';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubjectNew = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KEN = { ja: '中村 健一', en: 'Kenichi Nakamura', keep: 'ken.nakamura@example.net', src: 'k-nakamura@corp-b.example.co.jp', keepId: 'AWS30571948', srcId: 'AWS74402615' };
export const MISAKI = { ja: '小林 美咲', en: 'Misaki Kobayashi', keep: 'misaki.k@example.ne.jp', src: 'kobayashi.m@former.example.jp', keepId: 'AWS52290837', srcId: 'AWS18836054' };
export const SHO = { ja: '高橋 翔', en: 'Sho Takahashi', keep: 'sho.takahashi@example.org', src: 'takahashi@sier.example.co.jp', keepId: 'AWS66013472', srcId: 'AWS90127735' };
export const DAN = { name: 'Daniel Okafor', keep: 'dan.okafor@example.com', src: 'd.okafor@agency.example.net', keepId: 'AWS41178093', srcId: 'AWS27759164' };
export const LENA = { name: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'lfischer@hochschule.example.de', keepId: 'AWS83350216', srcId: 'AWS05562981' };
export const WEI = { name: 'Wei Chen', keep: 'wei.chen@example.sg', src: 'wchen@bank.example.com', keepId: 'AWS39904427', srcId: 'AWS61285509' };

export const CASE = {
  ken: '1783390217',
  kenDup: '1783391156',
  ken2: '17845509921',
  misaki: '176552030481',
  sho: '1795501182736',
  dan: '17701946252',
  danOld: '1761120034',
  lena: '1788820347',
  wei: '179911560038',
  weiDup: '179911873302',
} as const;

const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WD_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MON_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function parts(local: string): { y: number; mo: number; d: number; h: number; mi: string; wd: number } {
  const mm = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(local);
  if (!mm) throw new Error(`bad local date ${local}`);
  const y = Number(mm[1]);
  const mo = Number(mm[2]);
  const d = Number(mm[3]);
  return { y, mo, d, h: Number(mm[4]), mi: mm[5] ?? '00', wd: new Date(Date.UTC(y, mo - 1, d)).getUTCDay() };
}

/** Gmail (ja): 2026年1月14日(水) 9:03 中村 健一 <ken@…>: */
export const gmailJa = (local: string, name: string, addr: string): string => {
  const p = parts(local);
  return `${p.y}年${p.mo}月${p.d}日(${WD_JA[p.wd]}) ${p.h}:${p.mi} ${name} <${addr}>:`;
};
/** Gmail (en): On Wed, Jan 14, 2026 at 9:03 AM Name <addr> wrote: */
export const gmailEn = (local: string, name: string, addr: string): string => {
  const p = parts(local);
  const h12 = p.h % 12 === 0 ? 12 : p.h % 12;
  return `On ${(WD_EN[p.wd] ?? '').slice(0, 3)}, ${(MON_EN[p.mo - 1] ?? '').slice(0, 3)} ${p.d}, ${p.y} at ${h12}:${p.mi} ${p.h < 12 ? 'AM' : 'PM'} ${name} <${addr}> wrote:`;
};
/** iPhone Mail (ja): 2026/01/14 9:03、Name <addr>のメール: */
export const iphoneJa = (local: string, name: string, addr: string): string => {
  const p = parts(local);
  return `${p.y}/${String(p.mo).padStart(2, '0')}/${String(p.d).padStart(2, '0')} ${p.h}:${p.mi}、${name} <${addr}>のメール:`;
};
/** Outlook (ja) header block */
export const outlookJa = (local: string, from: string, to: string, subject: string): string => {
  const p = parts(local);
  return `差出人: ${from}\n送信日時: ${p.y}年${p.mo}月${p.d}日 ${p.h}:${p.mi}\n宛先: ${to}\n件名: ${subject}`;
};
/** Outlook (en) header block */
export const outlookEn = (local: string, from: string, to: string, subject: string): string => {
  const p = parts(local);
  const h12 = p.h % 12 === 0 ? 12 : p.h % 12;
  return `From: ${from}\nSent: ${WD_EN[p.wd]}, ${MON_EN[p.mo - 1]} ${p.d}, ${p.y} ${h12}:${p.mi} ${p.h < 12 ? 'AM' : 'PM'}\nTo: ${to}\nSubject: ${subject}`;
};
/** Thunderbird: On 2026/01/14 9:03, Name wrote: */
export const tbird = (local: string, name: string): string => {
  const p = parts(local);
  return `On ${p.y}/${String(p.mo).padStart(2, '0')}/${String(p.d).padStart(2, '0')} ${p.h}:${p.mi}, ${name} wrote:`;
};

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Salesforce-style separator block used by AWS support replies */
export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00DE0Kq7H._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
/** HTML with a Gmail-style quote block */
export const htmlWithQuote = (top: string, attribution: string, quoted: string): string =>
  `<div dir="ltr">${paras(top)}</div>\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">${esc(attribution)}<br></div>\n<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n${paras(quoted)}\n</blockquote></div>`;

export const SIG_JA = `AWS トレーニングと認定 カスタマーサポート`;
export const SIG_EN = `AWS Training and Certification Customer Support`;
export const SIG_EN_SHORT = `AWS T&C Support`;

export const KEN_REQUEST = `AWS認定アカウントの統合をお願いしたく、ご連絡いたしました。
転職により旧勤務先のアドレスが使えなくなるため、個人アドレスの方へまとめたいです。
・残すアカウント: ${KEN.keep}
・統合元アカウント: ${KEN.src}
氏名: 中村 健一 (Kenichi Nakamura)`;

export const MISAKI_REQUEST = `お世話になります。小林と申します。
前職のメールで登録した認定アカウント（${MISAKI.src}）の資格を、
現在使っているアカウント（${MISAKI.keep}）に移していただけないでしょうか。
どうぞよろしくお願いします。`;

export const SHO_REQUEST = `認定アカウントが2つあるので1つにしたいです。
統合先 ${SHO.keepId} / ${SHO.keep}
統合元 ${SHO.srcId} / ${SHO.src}
よろしくお願いします。高橋`;

export const DAN_REQUEST = `Hi team,
I ended up with two AWS Certification profiles after switching agencies. Can you fold the old one (${DAN.src}) into my personal one (${DAN.keep})?
Thanks,
Dan Okafor`;

export const LENA_REQUEST = `Hello,
I passed the Cloud Practitioner exam with my university address ${LENA.src} and later the Solutions Architect Associate with ${LENA.keep}.
I would like to have both certifications in the account for ${LENA.keep}.
Kind regards,
Lena Fischer`;

export const WEI_REQUEST = `Dear Support,
Please combine my AWS Certification accounts. Keep: ${WEI.keep} (${WEI.keepId}). Old: ${WEI.src} (${WEI.srcId}).
Regards, Wei Chen`;

/** defaults for a support reply; the caller overrides what differs */
export type Draft = Omit<Msg, 'auth' | 'from' | 'trusted' | 'forUser' | 'trap'> & Partial<Pick<Msg, 'auth' | 'from' | 'trusted' | 'forUser' | 'trap'>>;
export const mk = (d: Draft): Msg => ({ auth: 'pass', from: SUPPORT, trusted: true, forUser: true, trap: false, ...d });
