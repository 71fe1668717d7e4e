// Set fi: people, case IDs, quote headers and a small message constructor.
// Voice of this set: waiting, delays and silence.
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const newSubject = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KENJI = { ja: '伊藤 健二', en: 'Kenji Ito', keep: 'kenji.ito@example.net', src: 'k.ito@legacy-sys.example.co.jp', keepId: 'AWS40715286', srcId: 'AWS83920461' };
export const MISAKI = { ja: '中村 美咲', en: 'Misaki Nakamura', keep: 'misaki.n@example.jp', src: 'nakamura.m@univ.example.ac.jp', keepId: 'AWS52288014', srcId: 'AWS19046637' };
export const SHO = { ja: '小林 翔', en: 'Sho Kobayashi', keep: 'sho.kobayashi@example.com', src: 'kobayashi@fabrik.example.co.jp', keepId: 'AWS66104829', srcId: 'AWS70583312' };
export const DANIEL = { name: 'Daniel Ortiz', keep: 'dortiz@example.org', src: 'daniel.ortiz@contractor.example.com', keepId: 'AWS28840517', srcId: 'AWS91175206', third: 'dan.ortiz.exams@example.org', thirdId: 'AWS77402913' };
export const SOFIA = { name: 'Sofia Lind', keep: 'sofia.lind@example.se', src: 's.lind@agency.example.net', keepId: 'AWS33671940', srcId: 'AWS05528813' };

export const addr = (name: string, a: string): string => `${name} <${a}>`;

// support case IDs (10–13 digits)
export const CASE = {
  kenji: '17924408815',
  kenjiDup: '17924913302',
  misaki: '1788031542267',
  misaki2: '1788039910024',
  misakiExam: '1788120093',
  sho: '1796620084',
  shoDup: '1796634410',
  daniel: '180244719036',
  danielDup: '180245011229',
  danielRefund: '180250066314',
  sofia: '17993015527',
  phish: '1700922310',
} as const;

const JDOW = ['日', '月', '火', '水', '木', '金', '土'];
const EDOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EDOWL = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EMON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EMONL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const parts = (d: string): [number, number, number, string] => {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}:\d{2})$/.exec(d);
  if (!m) throw new Error(`bad date ${d}`);
  return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] ?? ''];
};
const dow = (y: number, mo: number, d: number): number => new Date(Date.UTC(y, mo - 1, d)).getUTCDay();

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Gmail (ja): 2026年11月18日(水) 9:42 伊藤 健二 <kenji.ito@example.net>: */
export const gmailJa = (d: string, who: string, body: string): string => {
  const [y, mo, dd, hm] = parts(d);
  return `${y}年${mo}月${dd}日(${JDOW[dow(y, mo, dd)]}) ${hm.replace(/^0/, '')} ${who}:\n\n${quote(body)}`;
};
/** Gmail (en): On Wed, Nov 18, 2026 at 9:42 AM Kenji Ito <...> wrote: */
export const gmailEn = (d: string, who: string, body: string): string => {
  const [y, mo, dd, hm] = parts(d);
  const [h, mi] = hm.split(':').map(Number) as [number, number];
  const t = `${((h + 11) % 12) + 1}:${String(mi).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
  return `On ${EDOW[dow(y, mo, dd)]}, ${EMON[mo - 1]} ${dd}, ${y} at ${t} ${who} wrote:\n\n${quote(body)}`;
};
/** Outlook (ja) header block, not indented */
export const outlookJa = (d: string, from: string, to: string, subject: string, body: string): string => {
  const [y, mo, dd, hm] = parts(d);
  return `________________________________\n差出人: ${from}\n送信日時: ${y}年${mo}月${dd}日 ${hm}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
};
/** Outlook (en) header block */
export const outlookEn = (d: string, from: string, to: string, subject: string, body: string): string => {
  const [y, mo, dd, hm] = parts(d);
  const [h, mi] = hm.split(':').map(Number) as [number, number];
  const t = `${((h + 11) % 12) + 1}:${String(mi).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
  return `-----Original Message-----\nFrom: ${from}\nSent: ${EDOWL[dow(y, mo, dd)]}, ${EMONL[mo - 1]} ${dd}, ${y} ${t}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
};
/** Salesforce-style separator used in support replies */
export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00DE0Kq4W._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title></title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body></html>`;

type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'subject' | 'from' | 'to' | 'date' | 'enc'>;
/** defaults: trusted, for the user, no case, no trap, auth pass */
export function msg(o: Req & Partial<Msg>): Msg {
  return { trusted: true, forUser: true, caseId: null, trap: false, auth: 'pass', ...o };
}
export const jst = (local: string): string => rfcDate(local, '+0900');
export const utc = (local: string): string => rfcDate(local, '+0000');
export const pst = (local: string): string => rfcDate(local, '-0800');

// the customers' original requests (quoted in replies)
export const KENJI_REQ = `AWS認定アカウントの統合を希望します。
残すアカウント: ${KENJI.keepId} / ${KENJI.keep}
統合元: ${KENJI.srcId} / ${KENJI.src}
前職の会社アドレスがまもなく使えなくなるため、早めに対応いただけると助かります。
伊藤 健二`;

export const MISAKI_REQ = `お世話になります。中村です。
大学のアドレスで受験した分の資格を、個人のアドレスのアカウントへまとめたいです。
個人: ${MISAKI.keep}
大学: ${MISAKI.src}
よろしくお願いします。`;

export const SHO_REQ = `認定アカウントが2つあるので1つにしてください。
統合先 ${SHO.keep} (${SHO.keepId})
統合元 ${SHO.src} (${SHO.srcId})
小林`;

export const DANIEL_REQ = `Hi, I ended up with two AWS Certification accounts (one from a contract role).
Keep: ${DANIEL.keep} (${DANIEL.keepId})
Retire: ${DANIEL.src} (${DANIEL.srcId})
Could you merge them? Thanks, Daniel`;

export const SOFIA_REQ = `Hello,
I passed SAA with my agency email and later DVA with my own. I'd like a single account under ${SOFIA.keep}.
Old login: ${SOFIA.src}
Best regards,
Sofia Lind`;
