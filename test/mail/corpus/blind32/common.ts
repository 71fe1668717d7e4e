// Set ae: people, case IDs, senders and quoting helpers.
// Voice: a user with several AWS matters open at once while the merge case runs.
import type { Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const AWS_SUPPORT = 'AWS Support <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const form = (id: string, topic = 'account-assistance'): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - ${topic}`;
export const formNew = (id: string, topic = 'account-assistance'): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - ${topic}`;

// personas (all addresses are the user's and are in lib.ts USER_ADDRS)
export const KEN = { ja: '中村 健一', en: 'Kenichi Nakamura', keep: 'kenichi.nakamura@example.net', src: 'k.nakamura@oldworks.example.co.jp', keepId: 'AWS30571942', srcId: 'AWS81204467' };
export const MISAKI = { ja: '小林 美咲', en: 'Misaki Kobayashi', keep: 'misaki.k@example.ne.jp', src: 'kobayashi.m@formerco.example.com', keepId: 'AWS44920316', srcId: 'AWS17763058' };
export const RYO = { ja: '高橋 諒', en: 'Ryo Takahashi', keep: 'ryo.takahashi@example.org', src: 'r-takahashi@prevcorp.example.jp', keepId: 'AWS62018835', srcId: 'AWS09475521' };
export const DAN = { name: 'Daniel Okafor', keep: 'd.okafor@example.com', src: 'daniel.okafor@legacyco.example', keepId: 'AWS57730184', srcId: 'AWS23316940' };
export const SOFIA = { name: 'Sofia Lindqvist', keep: 'sofia.lind@example.se', src: 's.lindqvist@nordbank.example', keepId: 'AWS90114372', srcId: 'AWS38860215' };

// support case IDs (10-13 digits). m = merge case; the rest are the user's other cases.
export const C = {
  kenMerge: '17820045613',
  kenRefund: '17821193370',
  kenAccom: '1783002241',
  kenBilling: '178241159063',
  kenMfa: '17840012277',
  misakiMerge: '1779301248',
  misakiDup: '1779302016',
  misakiSkill: '17793577120',
  misakiName: '17835567104',
  misakiVoucher: '1782660993145',
  misakiResched: '17797004518',
  ryoMerge: '17766120954',
  ryoBilling: '1776790338',
  ryoVoucher: '17770451226',
  ryoResched: '177691024480',
  danMerge: '17795520381',
  danRefund: '17796610247',
  danVoucher: '17801123596',
  danAccess: '17802245118',
  danBilling: '178034470012',
  sofiaMerge: '1781880442',
  sofiaDup: '1781880977',
  sofiaName: '17819020033',
  sofiaSkill: '17818765002',
  sofiaMfa: '1782009914',
} as const;

export type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap'>>;
export const ja = (s: Spec): Msg => ({ lang: 'ja', trusted: true, forUser: true, trap: false, ...s });
export const en = (s: Spec): Msg => ({ lang: 'en', trusted: true, forUser: true, trap: false, ...s });

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WD_EN_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MON_EN_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function parts(local: string): { y: number; mo: number; d: number; h: number; mi: string; wd: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(local);
  if (!m) throw new Error(`bad local ${local}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return { y, mo, d, h: Number(m[4]), mi: m[5] ?? '00', wd: new Date(Date.UTC(y, mo - 1, d)).getUTCDay() };
}
/** Gmail (ja): 2026年11月12日(木) 9:05 名前 <addr>: */
export const gmJa = (local: string, who: string): string => {
  const p = parts(local);
  return `${p.y}年${p.mo}月${p.d}日(${WD_JA[p.wd]}) ${p.h}:${p.mi} ${who}:`;
};
/** Gmail (en): On Thu, Nov 12, 2026 at 9:05 AM Name <addr> wrote: */
export const gmEn = (local: string, who: string): string => {
  const p = parts(local);
  const h12 = p.h % 12 === 0 ? 12 : p.h % 12;
  return `On ${WD_EN[p.wd]}, ${MON_EN[p.mo - 1]} ${p.d}, ${p.y} at ${h12}:${p.mi} ${p.h < 12 ? 'AM' : 'PM'} ${who} wrote:`;
};
/** Outlook (ja) header block */
export const olJa = (local: string, from: string, to: string, subject: string): string => {
  const p = parts(local);
  return `差出人: ${from}\n送信日時: ${p.y}年${p.mo}月${p.d}日 ${p.h}:${p.mi}\n宛先: ${to}\n件名: ${subject}`;
};
/** Outlook (en) header block */
export const olEn = (local: string, from: string, to: string, subject: string): string => {
  const p = parts(local);
  const h12 = p.h % 12 === 0 ? 12 : p.h % 12;
  return `From: ${from}\nSent: ${WD_EN_LONG[p.wd]}, ${MON_EN_LONG[p.mo - 1]} ${p.d}, ${p.y} ${h12}:${p.mi} ${p.h < 12 ? 'AM' : 'PM'}\nTo: ${to}\nSubject: ${subject}`;
};
/** Salesforce-style separator used by the T&C form replies */
export const sf = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-------- 元のメッセージ --------\n送信者: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const ref = (seed: string): string => `ref:_00Dd0Kq7X._500Rf${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (body: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title></title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${body}\n</body></html>`;

// the users' own first messages (quoted later)
export const KEN_REQ = `AWS認定アカウントが2つあり、1つにまとめていただきたくご連絡しました。
残す方: ${KEN.keepId} / ${KEN.keep}
まとめる方: ${KEN.srcId} / ${KEN.src}
前職の会社アドレスで取った資格を個人側に寄せたいです。
中村 健一`;

export const MISAKI_REQ = `こんにちは。小林と申します。
転職前に会社のアドレスで登録した認定アカウント(${MISAKI.src})と、今使っている個人のアカウント(${MISAKI.keep})があります。
個人の方に統合していただけますか。会社名: フォーマー株式会社(旧)`;

export const RYO_REQ = `お世話になります。高橋です。
認定アカウントの統合をお願いしたく連絡しました。
統合先 ${RYO.keep}（${RYO.keepId}）
統合元 ${RYO.src}（${RYO.srcId}）`;

export const DAN_REQ = `Hi team,
I ended up with two certification accounts after switching jobs. Please merge ${DAN.src} (${DAN.srcId}) into ${DAN.keep} (${DAN.keepId}), which is the one I want to keep.
Separately I also have a refund question open, but that's a different case.
Daniel`;

export const SOFIA_REQ = `Hello,
My certifications are split between ${SOFIA.src} (old employer) and ${SOFIA.keep}. I'd like them combined under the personal one.
Kind regards, Sofia Lindqvist`;
