// Set az ("second attempts"): people, senders, case IDs and quoting helpers.
import { rfcDate, type Msg } from './lib.js';

// ---- senders
export const SUP = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUP_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_AWS = 'AWS Support <no-reply@support.aws.com>';
export const PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';

export const formSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// ---- people (all kept and source addresses are listed in lib.ts USER_ADDRS)
export const SUZUKI = { ja: '鈴木 健一', en: 'Kenichi Suzuki', keep: 'k.suzuki@mail.example.jp', src: 'suzuki.kenichi@oldcorp.example.co.jp', keepId: 'AWS30518842', srcId: 'AWS71094420' };
export const TAKAHASHI = { ja: '高橋 美咲', en: 'Misaki Takahashi', keep: 'misaki.t@example.ne.jp', src: 'm-takahashi@dev.example.co.jp', keepId: 'AWS44129903', srcId: 'AWS52870016' };
export const ITO = { ja: '伊藤 翔', en: 'Sho Ito', keep: 'sho.ito@example.com', src: 'ito.sho@partner.example.jp', keepId: 'AWS60077215', srcId: 'AWS18830549' };
export const NAKAMURA = { ja: '中村 由紀', en: 'Yuki Nakamura', keep: 'yuki.nakamura@example.jp', src: 'nakamura.y@sier.example.co.jp', keepId: 'AWS27764401', srcId: 'AWS90312277' };
export const KOBAYASHI = { ja: '小林 大輔', en: 'Daisuke Kobayashi', keep: 'd.kobayashi@example.net', src: 'kobayashi@cloud.example.co.jp', keepId: 'AWS35902218', srcId: 'AWS66401937' };
export const WATANABE = { ja: '渡辺 彩', en: 'Aya Watanabe', keep: 'aya.w@example.org', src: 'watanabe.aya@jp.example.com', keepId: 'AWS58210734', srcId: 'AWS12093385' };
export const OKAFOR = { name: 'Daniel Okafor', keep: 'dan.okafor@example.net', src: 'dokafor@oldco.example.com', keepId: 'AWS80442917', srcId: 'AWS23170558' };
export const FISCHER = { name: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@uni.example.edu', keepId: 'AWS91508263', srcId: 'AWS40627719' };
export const MEHTA = { name: 'Rahul Mehta', keep: 'rahul.mehta@example.in', src: 'rmehta@consult.example.com', keepId: 'AWS77301845', srcId: 'AWS34098162' };
export const MARTIN = { name: 'Chloe Martin', keep: 'chloe.martin@example.fr', src: 'c.martin@agency.example.com', keepId: 'AWS15663092', srcId: 'AWS69214470' };

export const who = (p: { ja: string; keep: string }): string => `${p.ja} <${p.keep}>`;
export const whoEn = (p: { name: string; keep: string }): string => `${p.name} <${p.keep}>`;

// ---- support case IDs (10 to 13 digits)
export const CASE = {
  suzuki: '1781200345',
  suzukiRefund: '17890021118',
  takahashi: '17820045512',
  ito: '1779034418220',
  itoDup: '1779034420017',
  nakamura: '17833310476',
  kobayashi: '1784422190',
  kobayashiNew: '1784430071',
  watanabe: '178559012345',
  okafor: '17850036671',
  fischer: '1786612094',
  mehta: '17871158803',
  mehtaDup: '17871169920',
  martin: '1788004213',
  martinNew: '1788014477',
  examBooking: '1789112004',
} as const;

// ---- message factory with this set's defaults
type Base = Pick<Msg, 'slug' | 'kind' | 'lang' | 'caseId' | 'note' | 'from' | 'to' | 'subject'>;
type Opt = Partial<Omit<Msg, keyof Base | 'date'>>;
export function mk(b: Base & Opt & { at: string; tz?: string }): Msg {
  const { at, tz, ...rest } = b;
  return {
    trusted: true,
    forUser: true,
    trap: false,
    auth: 'pass',
    enc: b.lang === 'ja' ? 'jis7' : 'ascii7',
    ...rest,
    date: rfcDate(at, tz ?? '+0000'),
  };
}

// ---- quoting
const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WD_EN_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MON_EN_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(at: string): { y: number; mo: number; d: number; h: number; mi: string; wd: number } {
  const mm = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(at);
  if (!mm) throw new Error(`bad quote date ${at}`);
  const y = Number(mm[1]);
  const mo = Number(mm[2]);
  const d = Number(mm[3]);
  return { y, mo, d, h: Number(mm[4]), mi: mm[5] ?? '00', wd: new Date(Date.UTC(y, mo - 1, d)).getUTCDay() };
}

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Japanese Gmail: 2026年11月4日(水) 9:15 名前 <addr>: */
export const gmailJa = (at: string, who: string, body: string): string => {
  const t = parts(at);
  return `${t.y}年${t.mo}月${t.d}日(${WD_JA[t.wd]}) ${t.h}:${t.mi} ${who}:\n\n${q(body)}`;
};
/** English Gmail: On Wed, Nov 4, 2026 at 9:15 AM Name <addr> wrote: */
export const gmailEn = (at: string, who: string, body: string): string => {
  const t = parts(at);
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  return `On ${WD_EN[t.wd]}, ${MON_EN[t.mo - 1]} ${t.d}, ${t.y} at ${h12}:${t.mi} ${t.h < 12 ? 'AM' : 'PM'} ${who} wrote:\n\n${q(body)}`;
};
/** Japanese Outlook header block */
export const outlookJa = (at: string, from: string, to: string, subject: string, body: string): string => {
  const t = parts(at);
  return `________________________________\n差出人: ${from}\n送信日時: ${t.y}年${t.mo}月${t.d}日 ${t.h}:${t.mi}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
};
/** English Outlook header block */
export const outlookEn = (at: string, from: string, to: string, subject: string, body: string): string => {
  const t = parts(at);
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  return `________________________________\nFrom: ${from}\nSent: ${WD_EN_LONG[t.wd]}, ${MON_EN_LONG[t.mo - 1]} ${t.d}, ${t.y} ${h12}:${t.mi} ${t.h < 12 ? 'AM' : 'PM'}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
};
/** Salesforce-style block as AWS case replies carry it (English or Japanese labels) */
export const sfBlock = (lang: 'ja' | 'en', from: string, sent: string, to: string, subject: string, body: string): string =>
  lang === 'en'
    ? `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`
    : `--------------- 元のメッセージ ---------------\n送信者: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;

/** the case tool's own history block */
export const caseHistory = (at: string, from: string, body: string): string =>
  `---------- Previous correspondence ----------\nDate: ${at} UTC\nFrom: ${from}\n\n${body}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const toHtml = (text: string): string =>
  `<html><body>\n` +
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n') +
  `\n</body></html>`;
