// cw: people, case IDs, calendar helpers and quoting shapes shared by the message files.
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const SUZUKI = { ja: '鈴木 健一', en: 'Kenichi Suzuki', keep: 'k.suzuki.home@example.jp', src: 'suzuki.kenichi@sakura-sys.example.co.jp', keepId: 'AWS02284719', srcId: 'AWS77351026' };
export const NAKAMURA = { ja: '中村 美咲', en: 'Misaki Nakamura', keep: 'misaki.n@example.ne.jp', src: 'm-nakamura@oldfirm.example.jp', keepId: 'AWS41950338', srcId: 'AWS13077562' };
export const TAKAHASHI = { ja: '高橋 亮', en: 'Ryo Takahashi', keep: 'ryo.takahashi@example.com', src: 'r.takahashi@partner.example.co.jp', keepId: 'AWS66023194', srcId: 'AWS30418857' };
export const ITO = { ja: '伊藤 由紀', en: 'Yuki Ito', keep: 'yuki.ito@example.jp', src: 'ito-y@minato-tech.example.co.jp', keepId: 'AWS58810427', srcId: 'AWS92245013' };
export const EMMA = { name: 'Emma Clarke', keep: 'emma.clarke@example.co.uk', src: 'eclarke@contoso-old.example.com', keepId: 'AWS73390215', srcId: 'AWS28816640' };
export const DAN = { name: 'Daniel Ortiz', keep: 'dan.ortiz@example.net', src: 'dortiz@acme-west.example.com', keepId: 'AWS40057781', srcId: 'AWS89120364' };

export const to = (p: { keep: string; ja?: string; name?: string }): string => `${p.ja ?? p.name ?? ''} <${p.keep}>`;
export const toSrc = (p: { src: string; ja?: string; name?: string }): string => `${p.ja ?? p.name ?? ''} <${p.src}>`;

// support case IDs (10–13 digits)
export const CASE = {
  suzuki: '17803319264',
  suzukiExam: '17802290017',
  nakamura: '1779402215',
  nakamuraDup: '1779405580',
  takahashi: '178110462038',
  ito: '1788820475',
  emma: '1781927730451',
  emmaVoucher: '1781930044',
  dan: '17840066192',
  danDup: '17840071150',
} as const;

const WD_JA = '日月火水木金土';
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WD_EN_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MON_EN_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const wd = (y: number, m: number, d: number): number => new Date(Date.UTC(y, m - 1, d)).getUTCDay();

/** 12月28日(月) */
export const jd = (y: number, m: number, d: number): string => `${m}月${d}日(${WD_JA[wd(y, m, d)]})`;
/** 2026年12月28日(月) */
export const jdy = (y: number, m: number, d: number): string => `${y}年${jd(y, m, d)}`;
/** Mon, Dec 28 */
export const ed = (y: number, m: number, d: number): string => `${WD_EN[wd(y, m, d)]}, ${MON_EN[m - 1]} ${d}`;
/** Monday, December 28, 2026 */
export const edl = (y: number, m: number, d: number): string => `${WD_EN_LONG[wd(y, m, d)]}, ${MON_EN_LONG[m - 1]} ${d}, ${y}`;

/** Japanese Gmail quote header */
export const gmailJa = (y: number, m: number, d: number, hm: string, who: string): string => `${y}年${m}月${d}日(${WD_JA[wd(y, m, d)]}) ${hm} ${who}:`;
/** English Gmail quote header */
export const gmailEn = (y: number, m: number, d: number, hm: string, who: string): string => `On ${WD_EN[wd(y, m, d)]}, ${MON_EN[m - 1]} ${d}, ${y} at ${hm} ${who} wrote:`;
/** Japanese Outlook header block */
export const outlookJa = (from: string, y: number, m: number, d: number, hm: string, toLine: string, subj: string): string =>
  `差出人: ${from}\n送信日時: ${y}年${m}月${d}日 ${WD_JA[wd(y, m, d)]}曜日 ${hm}\n宛先: ${toLine}\n件名: ${subj}`;
/** English Outlook header block */
export const outlookEn = (from: string, y: number, m: number, d: number, hm: string, toLine: string, subj: string): string =>
  `From: ${from}\nSent: ${edl(y, m, d)} ${hm}\nTo: ${toLine}\nSubject: ${subj}`;
/** Salesforce-style separator used by support replies */
export const sfQuote = (from: string, sent: string, toLine: string, subj: string, body: string, sep = '---------- 元のメッセージ / Original Message ----------'): string =>
  `${sep}\nFrom: ${from}\nSent: ${sent}\nTo: ${toLine}\nSubject: ${subj}\n\n${body}`;
export const sfRef = (seed: string): string => `[ref:!00D1a0Hx7Q.!500${seed}:ref]`;

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
export const htmlDoc = (inner: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title></title></head>\n<body style="font-family:sans-serif;font-size:14px">\n${inner}\n</body></html>`;

export const d = rfcDate;

type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'enc' | 'date'>;
type Opt = Partial<Msg>;

/** a reply on the merge case from the support form address */
export const sup = (o: Req & Opt & { caseId: string | null }): Msg => ({
  from: SUPPORT,
  to: '',
  subject: o.caseId ? formSubject(o.caseId) : '(no subject)',
  auth: 'pass',
  trusted: true,
  forUser: true,
  trap: false,
  ...o,
});

/** any other sender: every field stated */
export const mail = (o: Req & Opt & Pick<Msg, 'from' | 'to' | 'subject' | 'auth' | 'trusted' | 'forUser' | 'caseId' | 'trap'>): Msg => ({ ...o });

/** Credly mail about an AWS badge */
export const credly = (o: Req & Opt & Pick<Msg, 'to' | 'subject'>): Msg => ({
  from: CREDLY_AWS,
  auth: 'pass',
  trusted: true,
  forUser: true,
  caseId: null,
  trap: false,
  ...o,
});

export const AUTO = ['Auto-Submitted: auto-replied', 'X-Autoreply: yes', 'Precedence: auto_reply'];
export const BULK = ['Precedence: bulk', 'List-Unsubscribe: <https://pages.awscloud.example/unsubscribe?u=cw>'];
