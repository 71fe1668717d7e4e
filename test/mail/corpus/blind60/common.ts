// Set bg: people, cases and quoting helpers. Voice: long-lived threads, a merge finished a year ago
// that comes back (recertification, a voucher, a third account from an old employer, a reopened case).
import { rfcDate, type Msg } from './lib.js';

export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_SYS = 'AWS Support <no-reply@support.aws.com>';
export const PORTAL = 'AWS Certification <donotreply@certification.aws.training>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const caseSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const caseSubjBare = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export interface Person {
  ja: string;
  en: string;
  keep: string;
  keepId: string;
  old: string; // the account merged in the earlier case
  oldId: string;
  third?: string; // an old employer's account found later
  thirdId?: string;
  oldCase: string;
  newCase: string;
}

// Japanese users
export const KEN: Person = { ja: '中村 健一', en: 'Kenichi Nakamura', keep: 'k.nakamura@example.ne.jp', keepId: 'AWS40218377', old: 'nakamura.k@alpha-sys.example.co.jp', oldId: 'AWS71520964', third: 'knakamura@beta-soft.example.jp', thirdId: 'AWS33096158', oldCase: '1748823105', newCase: '177940265318' };
export const KEN_OTHER = 'kenichi.nakamura@example.com';
export const MISAKI: Person = { ja: '高橋 美咲', en: 'Misaki Takahashi', keep: 'misaki.takahashi@example.jp', keepId: 'AWS52873410', old: 'takahashi@gamma-corp.example.com', oldId: 'AWS18840263', third: 'misaki.tk@example.jp', thirdId: 'AWS90364127', oldCase: '17403389214', newCase: '1781559037' };
export const RYO: Person = { ja: '小林 亮', en: 'Ryo Kobayashi', keep: 'ryo.kobayashi@example.com', keepId: 'AWS60415529', old: 'r-kobayashi@delta-net.example.co.jp', oldId: 'AWS27748105', oldCase: '1745520183', newCase: '1745520183' };
export const AYA: Person = { ja: '伊藤 彩', en: 'Aya Ito', keep: 'aya.ito@example.co.jp', keepId: 'AWS13380492', old: 'ito-aya@epsilon.example.co.jp', oldId: 'AWS58812376', third: 'aito@zeta-works.example.jp', thirdId: 'AWS24409861', oldCase: '1752209981', newCase: '1790118463' };
export const SHO: Person = { ja: '渡辺 翔', en: 'Sho Watanabe', keep: 'sho.watanabe@example.jp', keepId: 'AWS77031258', old: 'watanabe.sho@eta-tech.example.com', oldId: 'AWS41126690', third: 'swatanabe@theta-lab.example.jp', thirdId: 'AWS66290413', oldCase: '1746612089', newCase: '1787702316' };
export const RIE: Person = { ja: '山本 理恵', en: 'Rie Yamamoto', keep: 'rie.yamamoto@example.ne.jp', keepId: 'AWS35521907', old: 'yamamoto.r@iota-soft.example.co.jp', oldId: 'AWS80043715', third: 'r.yamamoto@kappa.example.jp', thirdId: 'AWS19927036', oldCase: '1741108835', newCase: '17930044721' };
export const NAOKI: Person = { ja: '加藤 直樹', en: 'Naoki Kato', keep: 'naoki.kato@example.com', keepId: 'AWS62207741', old: 'kato.n@lambda-it.example.co.jp', oldId: 'AWS30915528', third: 'nkato@mu-systems.example.jp', thirdId: 'AWS85564017', oldCase: '1739021547', newCase: '1784420961' };

// English-speaking users
export const JORDAN: Person = { ja: '', en: 'Jordan Ellis', keep: 'jordan.ellis@example.net', keepId: 'AWS29930471', old: 'jellis@northwind.example.com', oldId: 'AWS80215536', third: 'j.ellis@tailspin.example', thirdId: 'AWS64471902', oldCase: '1751203348', newCase: '178240019763' };
export const SOFIA: Person = { ja: '', en: 'Sofia Rossi', keep: 'sofia.rossi@example.it', keepId: 'AWS91027734', old: 's.rossi@fabrikam.example', oldId: 'AWS35518820', third: 'sofia.r@example.it', thirdId: 'AWS72290518', oldCase: '17498821350', newCase: '1789043215' };
export const DEV: Person = { ja: '', en: 'Dev Patel', keep: 'dev.patel@example.co.uk', keepId: 'AWS47730218', old: 'dpatel@adventure-works.example', oldId: 'AWS12094437', third: 'dev.p@wingtip.example.co.uk', thirdId: 'AWS53318862', oldCase: '1739900214', newCase: '1785530917' };
export const WEI: Person = { ja: '', en: 'Wei Chen', keep: 'wei.chen@example.com', keepId: 'AWS84416630', old: 'wchen@litware.example', oldId: 'AWS20578841', third: 'chen.wei@proseware.example', thirdId: 'AWS39902175', oldCase: '1743301776', newCase: '1788830452' };
export const LUCAS: Person = { ja: '', en: 'Lucas Martin', keep: 'lucas.martin@example.fr', keepId: 'AWS56613389', old: 'lmartin@coho.example.fr', oldId: 'AWS97120045', oldCase: '1750049318', newCase: '1750049318' };

export const addr = (p: Person, lang: 'ja' | 'en' = 'ja'): string => `${lang === 'ja' && p.ja ? p.ja : p.en} <${p.keep}>`;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WD_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MON_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(local: string): { y: number; mo: number; d: number; hh: number; mi: string; wd: number } {
  const mm = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(local);
  if (!mm) throw new Error(`bad local date ${local}`);
  const y = Number(mm[1]);
  const mo = Number(mm[2]);
  const d = Number(mm[3]);
  return { y, mo, d, hh: Number(mm[4]), mi: mm[5] ?? '00', wd: new Date(Date.UTC(y, mo - 1, d)).getUTCDay() };
}

/** Gmail (Japanese UI) quote header */
export const gmailJa = (local: string, who: string): string => {
  const p = parts(local);
  return `${p.y}年${p.mo}月${p.d}日(${WD_JA[p.wd]}) ${p.hh}:${p.mi} ${who}:`;
};
/** Gmail (English UI) quote header */
export const gmailEn = (local: string, who: string): string => {
  const p = parts(local);
  const h12 = p.hh % 12 === 0 ? 12 : p.hh % 12;
  return `On ${WD_EN[p.wd]}, ${MON_EN[p.mo - 1]} ${p.d}, ${p.y} at ${h12}:${p.mi} ${p.hh < 12 ? 'AM' : 'PM'} ${who} wrote:`;
};
/** Outlook (Japanese) header block */
export const outlookJa = (local: string, from: string, to: string, subject: string): string => {
  const p = parts(local);
  return `差出人: ${from}\n送信日時: ${p.y}年${p.mo}月${p.d}日 ${p.hh}:${p.mi}\n宛先: ${to}\n件名: ${subject}`;
};
/** Outlook (English) header block */
export const outlookEn = (local: string, from: string, to: string, subject: string): string => {
  const p = parts(local);
  const h12 = p.hh % 12 === 0 ? 12 : p.hh % 12;
  return `From: ${from}\nSent: ${WD_LONG[p.wd]}, ${MON_LONG[p.mo - 1]} ${p.d}, ${p.y} ${h12}:${p.mi} ${p.hh < 12 ? 'AM' : 'PM'}\nTo: ${to}\nSubject: ${subject}`;
};
/** iPhone Mail (Japanese) quote header */
export const iphoneJa = (local: string, who: string): string => {
  const p = parts(local);
  return `${p.y}/${String(p.mo).padStart(2, '0')}/${String(p.d).padStart(2, '0')} ${p.hh}:${p.mi}、${who}のメール:`;
};
/** Gmail forward block */
export const fwdBlock = (lang: 'ja' | 'en', local: string, from: string, to: string, subject: string): string => {
  const p = parts(local);
  if (lang === 'ja') return `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${p.y}年${p.mo}月${p.d}日(${WD_JA[p.wd]}) ${p.hh}:${p.mi}\nSubject: ${subject}\nTo: ${to}`;
  const h12 = p.hh % 12 === 0 ? 12 : p.hh % 12;
  return `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${WD_EN[p.wd]}, ${MON_EN[p.mo - 1]} ${p.d}, ${p.y} at ${h12}:${p.mi} ${p.hh < 12 ? 'AM' : 'PM'}\nSubject: ${subject}\nTo: ${to}`;
};
/** the separator AWS's case tool puts above the earlier correspondence */
export const caseHistory = (local: string, from: string, subject: string, body: string): string => {
  const p = parts(local);
  return `-------- Original Message --------\nFrom: ${from}\nSent: ${p.y}-${String(p.mo).padStart(2, '0')}-${String(p.d).padStart(2, '0')} ${String(p.hh).padStart(2, '0')}:${p.mi} UTC\nSubject: ${subject}\n\n${body}`;
};
/** the same separator as the Japanese case tool writes it */
export const caseHistoryJa = (local: string, from: string, subject: string, body: string): string => {
  const p = parts(local);
  return `--------------- 元のメッセージ ---------------\n差出人: ${from}\n送信日時: ${p.y}/${String(p.mo).padStart(2, '0')}/${String(p.d).padStart(2, '0')} ${String(p.hh).padStart(2, '0')}:${p.mi}\n件名: ${subject}\n\n${body}`;
};
export const ref = (seed: string): string => `[ref:!00D5f0KqR2.!500Vn0${seed}:ref]`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const html = (text: string, lang: 'ja' | 'en' = 'ja'): string =>
  `<html lang="${lang}"><head><meta charset="utf-8"></head><body style="font-family:sans-serif">\n` +
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n') +
  '\n</body></html>';

/** date helper: local 'YYYY-MM-DD hh:mm:ss' in the given zone */
export const d = (local: string, tz = '+0000'): string => rfcDate(local, tz);

/** defaults for a trusted message from AWS; fields given override */
export type Draft = Omit<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'>>;
export const mk = (x: Draft): Msg => ({ trusted: true, forUser: true, trap: false, auth: 'pass', ...x });

// ---- earlier-case texts that come back quoted, restated or forwarded ----
export const OLD_DONE_JA = (p: Person): string => `${p.ja} 様

お待たせいたしました。
ご依頼いただいておりました認定アカウントの統合作業が完了しましたのでお知らせいたします。
統合元 ${p.oldId} の認定履歴と特典は、${p.keepId} (${p.keep}) に移行済みです。
認定アカウントにサインインのうえ、内容をご確認ください。

AWS トレーニングと認定 カスタマーサービス`;

export const OLD_DONE_EN = (p: Person): string => `Hello ${p.en.split(' ')[0]},

Good news: the two AWS Certification accounts have now been merged. Everything that was on ${p.oldId} (${p.old}) is under ${p.keepId} from today, including your certification history and benefits.

Kind regards,
AWS Training and Certification Customer Support`;

export const OLD_BADGES_JA = `Credly のデジタルバッジにつきましても、統合先アカウントへの移行が完了しております。
Credly にサインインしていただき、バッジが表示されていることをご確認ください。`;

export const OLD_BADGES_EN = `Your Credly badges have also been moved over to the account you kept; you should see them in your Credly wallet now.`;

export const OLD_CLOSE_JA = `本件は解決済みとして、ケースをクローズさせていただきます。`;
export const OLD_CLOSE_EN = `As the merge is finished, I'll go ahead and resolve this case.`;
