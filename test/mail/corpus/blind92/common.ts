// Shared people, addresses, cases and quoting helpers for the cm set
// ("casual and dictated mail"). Every message text lives in msgs-*.ts.
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const AWS_SUPPORT_NOTIFY = 'AWS Support <no-reply@support.aws.com>';
export const CERT_PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CREDLY = 'Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubjectNew = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// personas (only the addresses in lib.ts USER_ADDRS are the user's)
/** young user, LINE-like Japanese, emoji/kaomoji */
export const YUKI = { ja: '高橋 ゆうき', en: 'Yuki Takahashi', keep: 'yuki.t.0923@example.ne.jp', src: 'y-takahashi@gakusei.example.ac.jp', keepId: 'AWS04418275', srcId: 'AWS77310958' };
/** dictates mail by voice on the phone (音声入力), wrong kanji, no punctuation */
export const REN = { ja: '中村 蓮', en: 'Ren Nakamura', keep: 'ren.nakamura@example.jp', src: 'nakamura.ren@oldco.example.co.jp', keepId: 'AWS61927403', srcId: 'AWS30558126' };
/** polite-but-chatty user; her agent mirrors with emoji */
export const MIO = { ja: '小林 澪', en: 'Mio Kobayashi', keep: 'mio.k@example.jp', src: 'mio.kobayashi@hakken.example.co.jp', keepId: 'AWS52860137', srcId: 'AWS28104965' };
/** all-lowercase, abbreviations */
export const JORDAN = { name: 'Jordan Lee', keep: 'jordanlee99@example.com', src: 'jlee@startup.example.io', keepId: 'AWS83312047', srcId: 'AWS19045562' };
/** dictates in English (speech-to-text errors) */
export const SAM = { name: 'Sam Okafor', keep: 'sam.okafor@example.net', src: 'sokafor@bigcorp.example.com', keepId: 'AWS45590218', srcId: 'AWS67021839' };
/** writes in ALL CAPS */
export const DEREK = { name: 'Derek Mills', keep: 'derek.m@example.org', src: 'dmills@plant.example.us', keepId: 'AWS90817734', srcId: 'AWS35261148' };

// support case IDs (10–13 digits)
export const CASE = {
  yuki: '1781204467',
  yukiDup: '1781209932',
  yukiExam: '178455610231',
  ren: '17920038415',
  mio: '1788821450',
  mioRefund: '17888301927',
  jordan: '1776503318240',
  jordanSub: '17765044102',
  sam: '179330021876',
  derek: '1795512046',
} as const;

export const sfRef = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;
export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const parts = (local: string): { y: number; mo: number; d: number; hh: number; mm: string; wd: number } => {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})/.exec(local);
  if (!m) throw new Error(`bad date ${local}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return { y, mo, d, hh: Number(m[4]), mm: m[5] ?? '00', wd: new Date(Date.UTC(y, mo - 1, d)).getUTCDay() };
};

/** Gmail (ja): 2026年3月2日(月) 10:12 高橋 ゆうき <x@y>: */
export const gmailJa = (local: string, who: string, addr: string, body: string): string => {
  const p = parts(local);
  return `${p.y}年${p.mo}月${p.d}日(${WD_JA[p.wd]}) ${p.hh}:${p.mm} ${who} <${addr}>:\n\n${quote(body)}`;
};
/** Gmail (en): On Mon, Mar 2, 2026 at 10:12 AM Jordan Lee <x@y> wrote: */
export const gmailEn = (local: string, who: string, addr: string, body: string): string => {
  const p = parts(local);
  const h12 = p.hh % 12 === 0 ? 12 : p.hh % 12;
  return `On ${WD_EN[p.wd]}, ${MON_EN[p.mo - 1]} ${p.d}, ${p.y} at ${h12}:${p.mm} ${p.hh < 12 ? 'AM' : 'PM'} ${who} <${addr}> wrote:\n${quote(body)}`;
};
/** Outlook (ja) header block, not quoted with > */
export const outlookJa = (local: string, from: string, to: string, subject: string, body: string): string => {
  const p = parts(local);
  return `________________________________\n差出人: ${from}\n送信日時: ${p.y}年${p.mo}月${p.d}日 ${p.hh}:${p.mm}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
};
/** Outlook (en) header block */
export const outlookEn = (local: string, from: string, to: string, subject: string, body: string): string => {
  const p = parts(local);
  const h12 = p.hh % 12 === 0 ? 12 : p.hh % 12;
  return `________________________________\nFrom: ${from}\nSent: ${['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][p.wd]}, ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][p.mo - 1]} ${p.d}, ${p.y} ${h12}:${p.mm} ${p.hh < 12 ? 'AM' : 'PM'}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
};
/** Salesforce separator used by the support form replies */
export const sfOrig = (local: string, from: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${local.replace(' ', ' ')} UTC\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfOrigJa = (local: string, from: string, to: string, subject: string, body: string): string =>
  `--------------- 元のメッセージ ---------------\n差出人: ${from}\n送信日時: ${local}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const origMsg = (local: string, from: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${local}\nSubject: ${subject}\n\n${body}`;
export const fwdEn = (local: string, from: string, to: string, subject: string, body: string): string => {
  const p = parts(local);
  const h12 = p.hh % 12 === 0 ? 12 : p.hh % 12;
  return `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${WD_EN[p.wd]}, ${MON_EN[p.mo - 1]} ${p.d}, ${p.y} at ${h12}:${p.mm} ${p.hh < 12 ? 'AM' : 'PM'}\nSubject: ${subject}\nTo: ${to}\n\n${body}`;
};
export const fwdJa = (local: string, from: string, to: string, subject: string, body: string): string => {
  const p = parts(local);
  return `---------- 転送されたメッセージ ---------\nFrom: ${from}\nDate: ${p.y}年${p.mo}月${p.d}日(${WD_JA[p.wd]}) ${p.hh}:${p.mm}\nSubject: ${subject}\nTo: ${to}\n\n${body}`;
};

/** Message with the usual defaults: trusted support mail for the user. Labels are still checked against the bytes. */
type Base = Omit<Msg, 'trusted' | 'forUser' | 'trap' | 'auth' | 'date'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'>> & { at: string; tz?: string };
export const mk = (m: Base): Msg => {
  const { at, tz, ...rest } = m;
  return { trusted: true, forUser: true, trap: false, auth: 'pass', date: rfcDate(at, tz ?? '+0000'), ...rest };
};

// the original requests, quoted under replies
export const YUKI_REQ = `アカウント統合おねがいします！
大学のメアドで作ったやつ(${YUKI.src} / ${YUKI.srcId})と
今の個人のやつ(${YUKI.keep} / ${YUKI.keepId})を1個にしたいです
残すのは個人のほうで！
高橋ゆうき`;

export const REN_REQ = `お世話になっております中村です 以前の会社のアドレスで作った認定アカウントと個人のアカウントを統合していただきたくご連絡しました 残したいのは ${REN.keep} のほうです 旧アドレスは ${REN.src} です よろしくお願いします
iPhoneから送信`;

export const MIO_REQ = `はじめまして、小林と申します。
転職にともない、前職のメールで登録した認定アカウント(${MIO.srcId})を、個人用(${MIO.keepId} / ${MIO.keep})にまとめていただけますでしょうか。
よろしくお願いいたします！`;

export const JORDAN_REQ = `hi! i have 2 cert accounts, one from my old startup email (${JORDAN.src}) and my personal one (${JORDAN.keep}). can u merge them into the personal one pls? ids are ${JORDAN.keepId} (keep) + ${JORDAN.srcId}. thx!!
jordan`;

export const SAM_REQ = `Hello AWS team I would like to merch my two certification accounts comma the one at ${SAM.src} into the one at ${SAM.keep} period my candidate ids are ${SAM.srcId} and ${SAM.keepId} thank you Sam
Sent from my iPhone`;

export const DEREK_REQ = `HELLO, I NEED MY TWO AWS CERTIFICATION ACCOUNTS MERGED. OLD ONE IS ${DEREK.src} (${DEREK.srcId}). KEEP ${DEREK.keep} (${DEREK.keepId}). THANK YOU. DEREK MILLS`;
