// Set o: people, senders, case IDs and quoting helpers. Voice: an offshore multilingual
// support centre (non-native English, machine-translation-flavoured Japanese) plus Credly
// and certification-portal notifications in unusual templates.
import type { Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const formSubject = (id: string, tail = 'account-assistance'): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - ${tail}`;

// the user's personas (every address here is in lib.ts USER_ADDRS)
export const KEIGO = { ja: '松本 圭吾', en: 'Keigo Matsumoto', keep: 'keigo.m.home@example.ne.jp', src: 'k-matsumoto@fujisaki-sys.example.co.jp', keepId: 'AWS04471289', srcId: 'AWS90318826', co: '富咲システムズ株式会社' };
export const AYA = { ja: '井上 彩', en: 'Aya Inoue', keep: 'aya.inoue@mailbox.example.jp', src: 'ainoue@hoshizora-tech.example.com', keepId: 'AWS37720514', srcId: 'AWS58102263', co: 'ほしぞらテック' };
export const DAISUKE = { ja: '森 大輔', en: 'Daisuke Mori', keep: 'daisuke.mori77@example.net', src: 'mori.d@kansai-denko.example.co.jp', keepId: 'AWS61193058', srcId: 'AWS27745901', co: '関西電工' };
export const CHIHIRO = { ja: '大野 千尋', en: 'Chihiro Ono', keep: 'c.ohno@freemail.example.jp', src: 'chihiro.ono@minato-ds.example.co.jp', keepId: 'AWS11820967', srcId: 'AWS66539012', co: 'みなとデータサービス' };
export const RAVI = { name: 'Ravi Subramaniam', keep: 'ravi.subra@example.in', src: 'rsubramaniam@oldvendor.example.com', keepId: 'AWS83360417', srcId: 'AWS15590628' };
export const TOMASZ = { name: 'Tomasz Nowak', keep: 'tomek.nowak@example.pl', src: 'tnowak@work.example.eu', keepId: 'AWS49920375', srcId: 'AWS72004186' };
export const LINDIWE = { name: 'Lindiwe Dlamini', keep: 'lindiwe.d@example.co.za', src: 'ldlamini@consult.example.org', keepId: 'AWS50238871', srcId: 'AWS34417026' };

// other people (not the user)
export const MISAKI = { ja: '林 美咲', addr: 'misaki.hayashi@fujisaki-sys.example.co.jp' };
export const TEAMLIST = 'cloud-team@hoshizora-tech.example.com';
export const SIDDHARTH = { name: 'Siddharth Rao', addr: 'sid.rao@example.in' };
export const JAKUB = { name: 'Jakub Wrona', addr: 'jakub.wrona@work.example.eu' };

// support case IDs (10–13 digits), invented for this set
export const CASE = {
  keigo: '17903318245',
  keigoDup: '1790331990',
  aya: '1783055902',
  aya2: '178641200937',
  daisuke: '1801127734526',
  daisukeDup: '1801127799001',
  chihiro: '17699900412',
  ravi: '17962044813',
  ravi2: '1797310058',
  tomasz: '1795520718',
  lindiwe: '180044512378',
  lindiwe2: '1800449026617',
  fake1: '1788812345',
  fake2: '17777020261',
  fake3: '1812000457',
  misaki: '1791406628',
  sid: '17962219904',
} as const;
export const ALL_CASE_IDS: string[] = Object.values(CASE);

const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WD_EN_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MON_EN_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const wd = (y: number, m: number, d: number): number => new Date(Date.UTC(y, m - 1, d)).getUTCDay();
const p2 = (n: number): string => String(n).padStart(2, '0');

/** Gmail (Japanese UI) quote header */
export const gmailJa = (y: number, m: number, d: number, hh: number, mm: number, who: string): string =>
  `${y}年${m}月${d}日(${WD_JA[wd(y, m, d)]}) ${hh}:${p2(mm)} ${who}:`;
/** Gmail (English UI) quote header */
export const gmailEn = (y: number, m: number, d: number, hh: number, mm: number, who: string): string => {
  const h12 = hh % 12 === 0 ? 12 : hh % 12;
  return `On ${WD_EN[wd(y, m, d)]}, ${MON_EN[m - 1]} ${d}, ${y} at ${h12}:${p2(mm)} ${hh < 12 ? 'AM' : 'PM'} ${who} wrote:`;
};
/** Outlook (Japanese UI) header block */
export const outlookJa = (y: number, m: number, d: number, hh: number, mm: number, from: string, to: string, subject: string): string =>
  `差出人: ${from}\n送信日時: ${y}年${m}月${d}日 ${hh}:${p2(mm)}\n宛先: ${to}\n件名: ${subject}`;
/** Outlook (English UI) header block */
export const outlookEn = (y: number, m: number, d: number, hh: number, mm: number, from: string, to: string, subject: string): string => {
  const h12 = hh % 12 === 0 ? 12 : hh % 12;
  return `From: ${from}\nSent: ${WD_EN_LONG[wd(y, m, d)]}, ${MON_EN_LONG[m - 1]} ${d}, ${y} ${h12}:${p2(mm)} ${hh < 12 ? 'AM' : 'PM'}\nTo: ${to}\nSubject: ${subject}`;
};
/** Salesforce-style separator used by the form mailbox */
export const sfBlock = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `---------- Original Message ----------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00D61Hq7X._5009${seed}:ref`;

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
export const htmlDoc = (body: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title></title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${body}\n</body></html>`;

// the users' original requests (quoted in later replies)
export const KEIGO_REQ = `AWS認定アカウントのマージを希望します。
残すほう: ${KEIGO.keepId} / ${KEIGO.keep}
消すほう: ${KEIGO.srcId} / ${KEIGO.src}
3月末で退職のため、個人アドレスへ寄せたいです。
松本 圭吾 (${KEIGO.co})`;

export const AYA_REQ = `いつもお世話になっております。井上と申します。
旧所属(ほしぞらテック)のアドレス ${AYA.src} で取った SAA と、
私用アドレスで取った CLF が別々の認定アカウントになっています。
私用のほう(${AYA.keep})に一本化していただけますか。`;

export const DAISUKE_REQ = `認定アカウント統合の依頼です。
統合先 候補ID ${DAISUKE.keepId}
統合元 候補ID ${DAISUKE.srcId}
セルフサービスのMerge Accountsを試しましたが、両方に認定履歴があるためサポートへ、と表示されました。`;

export const CHIHIRO_REQ = `ご担当者様
認定アカウントが2つあり、まとめたいです。
会社: ${CHIHIRO.co} / 氏名: 大野 千尋 (Chihiro Ono)
会社アドレスのアカウントに DVA と SOA があります。`;

export const RAVI_REQ = `Hello team,
I have 2 certification accounts. Old employer account ${RAVI.srcId} (${RAVI.src}) has SAP and DOP.
Please move everything to ${RAVI.keepId} (${RAVI.keep}).
Regards, Ravi`;

export const TOMASZ_REQ = `Hi,
my certs are split between two AWS Certification accounts (work + private).
Keep: ${TOMASZ.keep}
Merge from: ${TOMASZ.src}
Thanks
Tomasz`;

export const LINDIWE_REQ = `Good day,
Please combine my AWS Certification profiles. I wrote the Security Specialty on the consulting email and the Cloud Practitioner on my personal one.
Personal (keep): ${LINDIWE.keep}, candidate ID ${LINDIWE.keepId}
Consulting: ${LINDIWE.src}, candidate ID ${LINDIWE.srcId}
Kind regards
Lindiwe Dlamini`;

/** shorthand: a message with the usual defaults */
export function mk(m: Omit<Msg, 'forUser' | 'trap' | 'auth'> & Partial<Pick<Msg, 'forUser' | 'trap' | 'auth'>>): Msg {
  return { forUser: true, trap: false, auth: 'pass', ...m };
}
