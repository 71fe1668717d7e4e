// Shared senders, personas, case IDs and quoting helpers for the bk corpus
// (translated and bilingual support mail of a Tokyo support desk).
import type { Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_JA = 'AWS トレーニングと認定 サポート <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const AWS_SUPPORT_SYS = 'AWS Support <no-reply@support.aws.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const PORTAL_JA = 'AWS 認定 <no-reply@certification.aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const SURVEY = 'AWS Support Feedback <aws-support-survey@amazon.com>';

export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// personas: the first address is the account kept, the second the one merged away
export const KENTA = { ja: '中村 健太', en: 'Kenta Nakamura', keep: 'kenta.nakamura@example.jp', src: 'k-nakamura@tokyo-sier.example.co.jp', keepId: 'AWS30715822', srcId: 'AWS81264409' };
export const MISAKI = { ja: '小林 美咲', en: 'Misaki Kobayashi', keep: 'misaki.k@example.net', src: 'kobayashi.misaki@oldfirm.example.co.jp', keepId: 'AWS44190263', srcId: 'AWS70358814' };
export const SHO = { ja: '伊藤 翔', en: 'Sho Ito', keep: 'sho.ito@example.com', src: 'ito.sho@partner.example.jp', keepId: 'AWS15528370', srcId: 'AWS92006147' };
export const DAVID = { ja: 'デイビッド・チェン', en: 'David Chen', keep: 'd.chen@example.org', src: 'david.chen@jp-branch.example.com', keepId: 'AWS60871234', srcId: 'AWS27745096' };
export const YUMI = { ja: '渡辺 由美', en: 'Yumi Watanabe', keep: 'yumi.w@example.ne.jp', src: 'watanabe.yumi@univ.example.ac.jp', keepId: 'AWS38862015', srcId: 'AWS04417729' };

export const CASE = {
  kenta: '17845520913',
  kentaDup: '17845529001',
  misaki: '1781203347',
  misakiRefund: '17813370022',
  sho: '178990214563',
  shoExam: '17902218840',
  david: '1779034412',
  davidDup: '1779034988',
  davidVoucher: '1779100023',
  yumi: '1788412605537',
  fake: '1790551203',
} as const;

const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(local: string): { y: number; mo: number; d: number; h: number; mi: number; wd: number } {
  const mm = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(local);
  if (!mm) throw new Error(`bad quote date ${local}`);
  const [y, mo, d, h, mi] = [Number(mm[1]), Number(mm[2]), Number(mm[3]), Number(mm[4]), Number(mm[5])];
  return { y, mo, d, h, mi, wd: new Date(Date.UTC(y, mo - 1, d)).getUTCDay() };
}
const p2 = (n: number): string => String(n).padStart(2, '0');

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Japanese Gmail: 2026年3月4日(水) 10:12 名前 <addr>: */
export const gmailJa = (local: string, who: string): string => {
  const t = parts(local);
  return `${t.y}年${t.mo}月${t.d}日(${WD_JA[t.wd]}) ${t.h}:${p2(t.mi)} ${who}:`;
};
/** English Gmail: On Wed, Mar 4, 2026 at 10:12 AM Name <addr> wrote: */
export const gmailEn = (local: string, who: string): string => {
  const t = parts(local);
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  return `On ${WD_EN[t.wd]}, ${MON_EN[t.mo - 1]} ${t.d}, ${t.y} at ${h12}:${p2(t.mi)} ${t.h < 12 ? 'AM' : 'PM'} ${who} wrote:`;
};
/** iPhone Mail in Japanese: 2026/03/04 10:12、名前 <addr>のメール: */
export const iphoneJa = (local: string, who: string): string => {
  const t = parts(local);
  return `${t.y}/${p2(t.mo)}/${p2(t.d)} ${p2(t.h)}:${p2(t.mi)}、${who}のメール:`;
};
/** Japanese Outlook header block */
export const outlookJa = (from: string, local: string, to: string, subject: string): string => {
  const t = parts(local);
  return `差出人: ${from}\n送信日時: ${t.y}年${t.mo}月${t.d}日 ${WD_JA[t.wd]}曜日 ${t.h}:${p2(t.mi)}\n宛先: ${to}\n件名: ${subject}`;
};
/** English Outlook header block */
export const outlookEn = (from: string, local: string, to: string, subject: string): string => {
  const t = parts(local);
  const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  return `________________________________\nFrom: ${from}\nSent: ${days[t.wd]}, ${months[t.mo - 1]} ${t.d}, ${t.y} ${h12}:${p2(t.mi)} ${t.h < 12 ? 'AM' : 'PM'}\nTo: ${to}\nSubject: ${subject}`;
};
/** Salesforce-style block used under AWS support replies */
export const sfOriginal = (from: string, local: string, to: string, subject: string, body: string): string => {
  const t = parts(local);
  return `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${t.mo}/${t.d}/${t.y} ${p2(t.h)}:${p2(t.mi)} AM\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
};
export const sfRef = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><title></title></head>\n<body style="font-family:sans-serif;font-size:14px">\n${inner}\n</body>\n</html>`;

/** A draft defaults to a trusted, delivered message with a passing Authentication-Results. */
export type Draft = Omit<Msg, 'trusted' | 'forUser' | 'auth' | 'trap'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'auth' | 'trap'>>;
export const M = (d: Draft): Msg => ({ trusted: true, forUser: true, auth: 'pass', trap: false, ...d });

// The customers' own first messages, quoted under replies (written in their voice)
export const KENTA_REQ = `お世話になっております。中村と申します。
転職のため、会社アドレスで作った認定アカウントを個人のほうへ統合したいです。
残す: ${KENTA.keepId} / ${KENTA.keep}
統合元: ${KENTA.srcId} / ${KENTA.src}
よろしくお願いします。`;

export const MISAKI_REQ = `Hello, I want to merge my two certification accounts.
(日本語で失礼します) 前の会社のアドレス ${MISAKI.src} の方に SAA と DVA があり、
個人の ${MISAKI.keep} に CLF があります。個人の方にまとめたいです。
Candidate ID: ${MISAKI.keepId} / ${MISAKI.srcId}
Thanks, 小林`;

export const SHO_REQ = `AWS認定アカウントの統合を希望します。
統合先 ${SHO.keep} (${SHO.keepId})
統合元 ${SHO.src} (${SHO.srcId})
パートナー企業の退職に伴う申請です。伊藤`;

export const DAVID_REQ = `Hi team,
I have two certification profiles, one from my Tokyo office (${DAVID.src}) and my personal one (${DAVID.keep}).
Please merge into the personal one. IDs ${DAVID.keepId} (keep) and ${DAVID.srcId}.
Thanks / よろしくお願いします
David`;

export const YUMI_REQ = `大学在籍時のメールアドレス(${YUMI.src})で取得した認定を、
現在の個人アドレス ${YUMI.keep} のアカウントへ移したいです。
候補者ID ${YUMI.srcId} → ${YUMI.keepId}
渡辺由美`;
