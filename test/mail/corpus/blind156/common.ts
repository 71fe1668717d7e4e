// People, case IDs, senders and quoting helpers for the ey set
// ("subject lines and notification headers that carry the news").
import { rfcDate, type Msg } from './lib.js';

// ---- senders -------------------------------------------------------------
export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_NOTIFY = 'AWS Support <no-reply@support.aws.com>';
export const SUPPORT_NOTIFY_JA = 'AWS サポート <no-reply@support.aws.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const TRAINING = 'AWS Training & Certification <no-reply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CREDLY = 'Credly <no-reply@credly.com>';

// ---- the user's personas (keep = address kept after the merge) ------------
export const KEN = { ja: '中村 健', en: 'Ken Nakamura', keep: 'ken.nakamura@example.jp', src: 'k-nakamura@corp-old.example.co.jp', keepId: 'AWS40318827', srcId: 'AWS77260914' };
export const MISAKI = { ja: '小林 美咲', en: 'Misaki Kobayashi', keep: 'misaki.k@example.ne.jp', src: 'kobayashi.m@partner.example.co.jp', keepId: 'AWS51902276', srcId: 'AWS08843165' };
export const SHO = { ja: '伊藤 翔', en: 'Sho Ito', keep: 'sho.ito@example.com', src: 'ito@startup.example.jp', keepId: 'AWS66017342', srcId: 'AWS29455018' };
export const DANA = { name: 'Dana Whitfield', keep: 'dana.w@example.net', src: 'dwhitfield@contractor.example.com', keepId: 'AWS93120584', srcId: 'AWS14470236' };
export const LUCAS = { name: 'Lucas Moreau', keep: 'lucas.moreau@example.fr', src: 'l.moreau@agency.example.org', keepId: 'AWS30577821', srcId: 'AWS62018849' };
export const GRACE = { name: 'Grace Okafor', keep: 'grace.okafor@example.co.uk', src: 'g.okafor@consult.example.com', keepId: 'AWS70215539', srcId: 'AWS36608124' };
export const RAHUL = { name: 'Rahul Mehta', keep: 'rahul.mehta@example.in', src: 'rmehta@bigco.example.com', keepId: 'AWS84406135', srcId: 'AWS57712093' };

export const to = (p: { keep: string; ja?: string; en?: string; name?: string }, lang: 'ja' | 'en' = 'en'): string =>
  `${lang === 'ja' && p.ja ? p.ja : (p.name ?? p.en ?? '')} <${p.keep}>`;

// ---- support case IDs ------------------------------------------------------
export const C = {
  ken: '17840019275',
  kenDup: '1784002231',
  misaki: '178911342086',
  misakiVoucher: '1789220457',
  sho: '1791003388',
  shoB: '179100445612',
  dana: '17850677201',
  danaVoucher: '1785099001234',
  danaX: '1785011122',
  lucas: '1792230981',
  lucasDup: '1792230999',
  rahul: '178733410566',
  rahulOther: '17873399012',
  grace: '1786540127',
} as const;

export const formSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const caseLink = (id: string, lang: 'ja' | 'en' = 'en'): string =>
  `https://support.console.aws.amazon.com/support/home?region=us-east-1#/case/?displayId=${id}&language=${lang}`;
export const thread = (seed: string): string => `thread::${seed}::`;

// ---- dates -----------------------------------------------------------------
export const jst = (local: string): string => rfcDate(local, '+0900');
export const utc = (local: string): string => rfcDate(local, '+0000');
export const pst = (local: string): string => rfcDate(local, '-0800');

const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WD_EN_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MON_EN_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function parts(local: string): { y: number; mo: number; d: number; h: number; mi: string; wd: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(local);
  if (!m) throw new Error(`bad local time ${local}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return { y, mo, d, h: Number(m[4]), mi: m[5] ?? '00', wd: new Date(Date.UTC(y, mo - 1, d)).getUTCDay() };
}
const h12 = (h: number): string => `${h % 12 === 0 ? 12 : h % 12}`;
const ampm = (h: number): string => (h < 12 ? 'AM' : 'PM');

// ---- quote headers in several mailers' styles -------------------------------
/** Gmail (Japanese UI): 2026年11月3日(火) 9:14 中村 健 <ken@example.jp>: */
export const gmailJa = (local: string, who: string): string => {
  const p = parts(local);
  return `${p.y}年${p.mo}月${p.d}日(${WD_JA[p.wd]}) ${p.h}:${p.mi} ${who}:`;
};
/** Gmail (English UI) */
export const gmailEn = (local: string, who: string): string => {
  const p = parts(local);
  return `On ${WD_EN[p.wd]}, ${MON_EN[p.mo - 1]} ${p.d}, ${p.y} at ${h12(p.h)}:${p.mi} ${ampm(p.h)} ${who} wrote:`;
};
/** iPhone Mail (Japanese) */
export const iphoneJa = (local: string, who: string): string => {
  const p = parts(local);
  return `${p.y}/${String(p.mo).padStart(2, '0')}/${String(p.d).padStart(2, '0')} ${p.h}:${p.mi}、${who}のメール:`;
};
/** Outlook header block (Japanese UI) */
export const outlookJa = (from: string, local: string, toLine: string, subject: string): string => {
  const p = parts(local);
  return `差出人: ${from}\n送信日時: ${p.y}年${p.mo}月${p.d}日 ${p.h}:${p.mi}\n宛先: ${toLine}\n件名: ${subject}`;
};
/** Outlook header block (English UI) */
export const outlookEn = (from: string, local: string, toLine: string, subject: string): string => {
  const p = parts(local);
  return `From: ${from}\nSent: ${WD_EN_LONG[p.wd]}, ${MON_EN_LONG[p.mo - 1]} ${p.d}, ${p.y} ${h12(p.h)}:${p.mi} ${ampm(p.h)}\nTo: ${toLine}\nSubject: ${subject}`;
};
/** the case tool's own history separator, as AWS support replies carry it */
export const caseHistory = (from: string, local: string, toLine: string, subject: string, body: string): string => {
  const p = parts(local);
  return `---------- Original Message ----------\nFrom: ${from}\nSent: ${p.y}-${String(p.mo).padStart(2, '0')}-${String(p.d).padStart(2, '0')} ${String(p.h).padStart(2, '0')}:${p.mi} UTC\nTo: ${toLine}\nSubject: ${subject}\n\n${body}`;
};

export const q = (text: string, mark = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : mark + l).replace(/\s+$/, ''))
    .join('\n');

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const html = (text: string, head = ''): string =>
  `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">${head}</head><body>\n` +
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n') +
  '\n</body></html>';

/** Message with this set's defaults filled in */
export type Draft = Omit<Msg, 'trusted' | 'forUser' | 'auth' | 'trap'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'auth' | 'trap'>>;
export const mk = (d: Draft): Msg => ({ trusted: true, forUser: true, auth: 'pass', trap: false, ...d });

// ---- the user's original requests (quoted history) --------------------------
export const KEN_REQ = `AWS認定アカウントが2つあるので、1つにまとめていただけないでしょうか。
残したい方: ${KEN.keepId} / ${KEN.keep}
統合したい方: ${KEN.srcId} / ${KEN.src}
前職の会社アドレスで作ったアカウントに SAA と DVA の履歴があります。
中村 健`;

export const MISAKI_REQ = `いつもお世話になっております。小林と申します。
パートナー企業時代のメールで登録した認定アカウント (${MISAKI.srcId}) を、個人アドレスのアカウント (${MISAKI.keepId}) へ寄せたく、ご対応をお願いできますでしょうか。
よろしくお願いいたします。`;

export const SHO_REQ = `認定アカウントの統合希望です。
統合先 ${SHO.keep} (${SHO.keepId})
統合元 ${SHO.src} (${SHO.srcId})
伊藤`;

export const DANA_REQ = `Hello,
I ended up with two certification profiles: ${DANA.src} from a contract role and ${DANA.keep}, which is mine for good. Could you fold the first into the second? IDs: ${DANA.srcId} -> ${DANA.keepId}.
Thanks,
Dana`;

export const LUCAS_REQ = `Hi team, my Cloud Practitioner and my Solutions Architect exams are on two different profiles (${LUCAS.src} and ${LUCAS.keep}). I left the agency, so please keep ${LUCAS.keep}. Lucas`;

export const RAHUL_REQ = `Dear Support,
Request: merge certification account ${RAHUL.srcId} (${RAHUL.src}) into ${RAHUL.keepId} (${RAHUL.keep}).
Reason: employer change.
Regards,
Rahul Mehta`;
