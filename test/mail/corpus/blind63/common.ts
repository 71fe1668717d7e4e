// Set bj: people, senders, case IDs and quoting helpers shared by msgs-ja.ts and msgs-en.ts.
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@email.aws.training>';
export const form = (id: string, re = 'RE:'): string => `${re}[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// people: every address below that is the user's own is in lib.ts USER_ADDRS
export const KENJI = { ja: '中村 健二', en: 'Kenji Nakamura', keep: 'kenji.nakamura@example.jp', src: 'k-nakamura@hq.example.co.jp', keepId: 'AWS30571846', srcId: 'AWS81920374' };
export const MISAKI = { ja: '小林 美咲', en: 'Misaki Kobayashi', keep: 'misaki.k@example.ne.jp', src: 'kobayashi.m@partner.example.co.jp', keepId: 'AWS44082915', srcId: 'AWS67135028' };
export const RYO = { ja: '田中 亮', en: 'Ryo Tanaka', keep: 'ryo.tanaka@example.jp', src: 'r.tanaka@oldco.example.co.jp', keepId: 'AWS90217733', srcId: 'AWS35560148' };
export const LENA = { name: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@agency.example.net', keepId: 'AWS59023714', srcId: 'AWS12874409' };
export const OMAR = { name: 'Omar Haddad', keep: 'omar.h@example.com', src: 'ohaddad@contractor.example.org', keepId: 'AWS70316628', srcId: 'AWS26649081' };

export const CASE = {
  kenji: '1781204417',
  kenjiDup: '1781206652',
  kenjiRefund: '17812099305',
  kenji3: '1781207718',
  misaki: '177305928841',
  ryo: '1769912003477',
  ryoExam: '1770034418',
  lena: '17920455310',
  lenaBadge: '17921180046',
  omar: '1784401920',
  omarDup: '1784409377',
  omarBilling: '178452260117',
} as const;

export const who = (name: string, addr: string): string => `${name} <${addr}>`;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MON_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const parts = (ymd: string): { y: number; m: number; d: number; wd: number } => {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  return { y, m, d, wd: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
};

/** Gmail (Japanese UI): 2026年10月6日(火) 9:14 中村 健二 <kenji@...>: */
export const gmailJa = (ymd: string, hm: string, from: string): string => {
  const p = parts(ymd);
  return `${p.y}年${p.m}月${p.d}日(${WD_JA[p.wd]}) ${hm} ${from}:`;
};
/** Gmail (English UI) */
export const gmailEn = (ymd: string, hm: string, from: string): string => {
  const p = parts(ymd);
  const [h, mi] = hm.split(':').map(Number) as [number, number];
  const ap = h >= 12 ? 'PM' : 'AM';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `On ${WD_EN[p.wd]}, ${MON_EN[p.m - 1]} ${p.d}, ${p.y} at ${h12}:${String(mi).padStart(2, '0')} ${ap} ${from} wrote:`;
};
/** Outlook (Japanese UI) reply header block */
export const outlookJa = (ymd: string, hm: string, from: string, to: string, subject: string): string => {
  const p = parts(ymd);
  return `________________________________\n差出人: ${from}\n送信日時: ${p.y}年${p.m}月${p.d}日 ${hm}\n宛先: ${to}\n件名: ${subject}`;
};
/** Outlook (English UI) reply header block */
export const outlookEn = (ymd: string, hm: string, from: string, to: string, subject: string): string => {
  const p = parts(ymd);
  return `________________________________\nFrom: ${from}\nSent: ${DAY_LONG[p.wd]}, ${MON_LONG[p.m - 1]} ${p.d}, ${p.y} ${hm}\nTo: ${to}\nSubject: ${subject}`;
};
/** Salesforce-style separator used in support's own replies */
export const sfEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- 元のメッセージ ---------------\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
/** Gmail forward blocks */
export const fwdJa = (from: string, date: string, subject: string, to: string, body: string): string =>
  `---------- Forwarded message ---------\n送信者: ${from}\nDate: ${date}\n件名: ${subject}\nTo: ${to}\n\n${body}`;
export const fwdEn = (from: string, date: string, subject: string, to: string, body: string): string =>
  `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${to}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00D6g0Km3._500Vx${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const html = (text: string, lang: 'ja' | 'en' = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"></head>\n<body style="font-family:sans-serif">\n` +
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n') +
  '\n</body></html>';

/** defaults: a trusted support-form mail to the user */
export type Draft = Partial<Msg> & Pick<Msg, 'slug' | 'kind' | 'lang' | 'subject' | 'note' | 'to'> & { at: string; tz?: string };
export const mk = (d: Draft): Msg => {
  const { at, tz, ...rest } = d;
  return {
    trusted: true,
    forUser: true,
    trap: false,
    caseId: null,
    from: SUPPORT,
    auth: 'pass',
    enc: d.lang === 'ja' ? 'jis7' : 'ascii7',
    date: rfcDate(at, tz ?? '+0000'),
    ...rest,
  };
};

// the users' own opening requests, quoted in later mail
export const KENJI_REQ = `AWS認定のアカウントが2つあるため、1つにまとめていただけますでしょうか。
残す方: ${KENJI.keepId} / ${KENJI.keep}
統合元: ${KENJI.srcId} / ${KENJI.src}
会社のアドレスで受験したSAAと、個人で受けたDVAがそれぞれ別のアカウントに入っています。
中村`;
export const MISAKI_REQ = `いつもお世話になっております。小林です。
パートナー企業在籍時のアカウント(${MISAKI.src})の認定を、
個人アカウント ${MISAKI.keep} に移していただきたく、ご連絡しました。
候補者IDは ${MISAKI.srcId} と ${MISAKI.keepId} です。`;
export const RYO_REQ = `前職のメールアドレス(${RYO.src})はもう受信できません。
そちらの認定を ${RYO.keep} (${RYO.keepId}) の方へ寄せてください。旧ID: ${RYO.srcId}`;
export const LENA_REQ = `Hi there,
I ended up with two certification profiles (${LENA.keepId} on ${LENA.keep}, and ${LENA.srcId} on my agency address ${LENA.src}).
The self-service merge page says both have exam history and sent me here. Could you fold the agency one into my personal one?
Lena`;
export const OMAR_REQ = `Hello,
Requesting a merge of two AWS Certification accounts.
Keep: ${OMAR.keep} (${OMAR.keepId})
Retire: ${OMAR.src} (${OMAR.srcId})
Thanks in advance,
Omar Haddad`;
