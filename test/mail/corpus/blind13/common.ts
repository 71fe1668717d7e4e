// Shared people, addresses and quoting helpers for held-out corpus l.
// Adapted from blind1/common.ts; every persona, case ID and candidate ID here is new.
import type { Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubjectNew = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// people: both addresses of each persona are the user's (see lib.ts USER_ADDRS)
export const KEN = { ja: '中村 健一', en: 'Kenichi Nakamura', keep: 'ken.nakamura@example.net', src: 'k-nakamura@formerco.example.co.jp', keepId: 'AWS73310582', srcId: 'AWS20584419' };
export const MISAKI = { ja: '小林 美咲', en: 'Misaki Kobayashi', keep: 'misaki.k@example.ne.jp', src: 'kobayashi.m@sier.example.jp', keepId: 'AWS61820937', srcId: 'AWS39025716' };
export const SHO = { ja: '高橋 翔', en: 'Sho Takahashi', keep: 'sho.takahashi@example.org', src: 'takahashi@partner.example.co.jp', keepId: 'AWS88016243', srcId: 'AWS47719350' };
export const YUKI = { ja: '伊藤 由紀', en: 'Yuki Ito', keep: 'yito@example.info', src: 'yuki.ito@bank.example.jp', keepId: 'AWS05561298', srcId: 'AWS77403126' };
export const DAN = { name: 'Daniel Okafor', keep: 'dan.okafor@example.com', src: 'd.okafor@contoso.example', keepId: 'AWS50271864', srcId: 'AWS92730415' };
export const DAN_THIRD_ID = 'AWS24016687'; // a third, older account Dan found later
export const LENA = { name: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'lfischer@hs-example.edu', keepId: 'AWS14492807', srcId: 'AWS66085312' };
export const TOMAS = { name: 'Tomás Reyes', ascii: 'Tomas Reyes', keep: 'tomas.reyes@example.mx', src: 'treyes@agency.example.com', keepId: 'AWS30958821', srcId: 'AWS81147296' };

// people who are not the user
export const SUZUKI = { ja: '鈴木 大輔', addr: 'd.suzuki@formerco.example.co.jp' };
export const OTHER_EN = { name: 'Jordan Blake', addr: 'jordan.blake@contoso.example' };

// support case IDs (10–13 digits)
export const CASE = {
  ken: '1775520341',
  kenDup: '1775521987',
  ken2: '1801120574',
  misaki: '17790264153',
  misaki2: '1783310072',
  sho: '176882004217',
  yuki: '1806641937',
  dan: '1779015520648',
  dan2: '1785503349',
  lena: '17721199038',
  lenaDup: '17721305516',
  tomas: '1791408823',
  suzuki: '1788823019',
  jordan: '1794470236',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const parts = (d: string): [number, number, number, number, number] => {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(d);
  if (!m) throw new Error(`bad quote date ${d}`);
  return [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
};
const wd = (y: number, mo: number, d: number): number => new Date(Date.UTC(y, mo - 1, d)).getUTCDay();

/** Japanese Gmail: 2026年3月4日(水) 9:15 中村 健一 <ken@…>: */
export const gmailJa = (d: string, who: string, addr: string): string => {
  const [y, mo, dd, h, mi] = parts(d);
  return `${y}年${mo}月${dd}日(${WD_JA[wd(y, mo, dd)]}) ${h}:${String(mi).padStart(2, '0')} ${who} <${addr}>:`;
};
/** English Gmail: On Wed, Mar 4, 2026 at 9:15 AM Name <addr> wrote: */
export const gmailEn = (d: string, who: string, addr: string): string => {
  const [y, mo, dd, h, mi] = parts(d);
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `On ${WD_EN[wd(y, mo, dd)]}, ${MON_EN[mo - 1]} ${dd}, ${y} at ${h12}:${String(mi).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'} ${who} <${addr}> wrote:`;
};
/** Japanese Outlook header block */
export const outlookJa = (from: string, d: string, to: string, subject: string, body: string): string => {
  const [y, mo, dd, h, mi] = parts(d);
  return `差出人: ${from}\n送信日時: ${y}年${mo}月${dd}日 ${h}:${String(mi).padStart(2, '0')}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
};
/** English Outlook header block */
export const outlookEn = (from: string, d: string, to: string, subject: string, body: string): string => {
  const [y, mo, dd, h, mi] = parts(d);
  const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `From: ${from}\nSent: ${days[wd(y, mo, dd)]}, ${months[mo - 1]} ${dd}, ${y} ${h12}:${String(mi).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
};

/** Salesforce-style separator block used by AWS support replies */
export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00D5f0Hk2._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** plain text → simple HTML paragraphs */
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (body: string, lang = 'en'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}">\n<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title></title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${body}\n</body>\n</html>`;

// --- declaration helpers: intent (trusted/forUser) is written by hand and later checked against the bytes
export type Spec = Omit<Msg, 'trusted' | 'forUser' | 'trap' | 'caseId'> & {
  trusted?: boolean;
  forUser?: boolean;
  trap?: boolean;
  caseId?: string | null;
};
export const mk = (s: Spec): Msg => ({
  ...s,
  trusted: s.trusted ?? true,
  forUser: s.forUser ?? true,
  trap: s.trap ?? false,
  caseId: s.caseId ?? null,
});

// the customers' own first requests, quoted in replies
export const KEN_REQ = `AWS認定アカウントの統合をお願いします。
残すアカウント: ${KEN.keep} (受験者ID ${KEN.keepId})
統合したいアカウント: ${KEN.src} (受験者ID ${KEN.srcId})
前職の会社アドレスで受験した分を個人側にまとめたいです。
中村 健一 / 会社名なし(個人)`;

export const MISAKI_REQ = `お世話になります。小林と申します。
SIer在籍時に作成した認定アカウントと、個人で作ったアカウントが2つあります。
個人のほう(${MISAKI.keep})に一本化していただけますでしょうか。
旧: ${MISAKI.src}
よろしくお願いいたします。`;

export const SHO_REQ = `認定アカウントが2つあり、Credlyのバッジも分かれてしまっています。
統合先 ${SHO.keepId} / ${SHO.keep}
統合元 ${SHO.srcId} / ${SHO.src}
手続きをお願いできますか。高橋`;

export const YUKI_REQ = `アカウントマージの依頼です。
メイン: ${YUKI.keep}
サブ(旧勤務先): ${YUKI.src}
セルフサービスの統合ツールではエラーになりました。伊藤`;

export const DAN_REQ = `Hi team, I ended up with two AWS Certification accounts (one from my old job at Contoso).
Keep: ${DAN.keep} (${DAN.keepId})
Merge in: ${DAN.src} (${DAN.srcId})
The Merge Accounts tool told me to contact support. Thanks, Dan`;

export const LENA_REQ = `Hello, I passed SAA with my university address ${LENA.src} and the Developer exam with ${LENA.keep}. Could both records live under ${LENA.keep}? Kind regards, Lena Fischer`;

export const TOMAS_REQ = `Hello, please combine my certification accounts. Primary: ${TOMAS.keep}. Secondary: ${TOMAS.src} (agency email, leaving next month). Candidate IDs ${TOMAS.keepId} and ${TOMAS.srcId}.`;
