// fe: shared people, senders, case IDs and quoting helpers (written for this set).
import type { Enc, Kind, Msg } from './lib.js';
import { rfcDate } from './lib.js';

// ---- senders
export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const ASSIST = 'AWS Support Assistant <assistant@support.aws.com>';
export const PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// ---- people (every address here is in lib.ts USER_ADDRS)
export const MISAKI = { ja: '高橋 美咲', en: 'Misaki Takahashi', keep: 'misaki.t@example.jp', src: 'takahashi.misaki@alpha-corp.example.co.jp', keepId: 'AWS30571942', srcId: 'AWS84420317' };
export const ICHIRO = { ja: '鈴木 一郎', en: 'Ichiro Suzuki', keep: 'ichiro.suzuki@example.ne.jp', src: 'i-suzuki@beta-sys.example.co.jp', keepId: 'AWS12093385', srcId: 'AWS67730148' };
export const KEN = { ja: '中村 健', en: 'Ken Nakamura', keep: 'ken.nakamura@example.org', src: 'nakamura@gamma-soft.example.jp', keepId: 'AWS45190276', srcId: 'AWS90318854' };
export const YUMI = { ja: '渡辺 由美', en: 'Yumi Watanabe', keep: 'yumi.watanabe@example.net', src: 'y.watanabe@univ.example.ac.jp', keepId: 'AWS57732091', srcId: 'AWS21408863' };
export const DANA = { name: 'Dana Lee', keep: 'dana.lee@example.net', src: 'dlee@contractor.example.com', keepId: 'AWS66201874', srcId: 'AWS38850912' };
export const OLIVER = { name: 'Oliver Brandt', keep: 'o.brandt@example.de', src: 'oliver.brandt@consult.example.com', keepId: 'AWS74419025', srcId: 'AWS13097736' };
export const SAM = { name: 'Sam Patel', keep: 'sam.patel@example.co.uk', src: 'spatel@agency.example.com', keepId: 'AWS80027561', srcId: 'AWS29961048' };

export const to = (name: string, addr: string): string => `${name} <${addr}>`;

// ---- support case IDs (10 to 13 digits)
export const CASE = {
  misaki: '1781204456',
  misakiDup: '1781209983',
  ichiro: '17830046125',
  ichiroExam: '17839912004',
  ken: '178511209347',
  kenVoucher: '178566120034',
  yumi: '1786030021857',
  dana: '1779902341',
  danaRefund: '1780077312',
  oliver: '17868823014',
  oliverDup: '17868830577',
  sam: '178700451236',
} as const;

// ---- message factory: trusted/forUser default true, overridden where the bytes say otherwise
type Need = { slug: string; kind: Kind; lang: 'ja' | 'en'; note: string; subject: string; enc: Enc; date: string; to: string };
export function M(p: Need & Partial<Msg>): Msg {
  return { trusted: true, forUser: true, trap: false, caseId: null, auth: 'pass', from: FORM, ...p };
}

export const d = (local: string, tz = '+0000'): string => rfcDate(local, tz);

// ---- quoting
const JA_WD = ['日', '月', '火', '水', '木', '金', '土'];
const EN_WD = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EN_MO = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const parts = (local: string): { y: number; mo: number; dd: number; hh: number; mi: string; wd: number } => {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(local);
  if (!m) throw new Error(`bad quote date ${local}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const dd = Number(m[3]);
  return { y, mo, dd, hh: Number(m[4]), mi: m[5] ?? '00', wd: new Date(Date.UTC(y, mo - 1, dd)).getUTCDay() };
};

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Gmail (Japanese UI) quote header + quoted body */
export const gmailJa = (local: string, who: string, body: string): string => {
  const t = parts(local);
  return `${t.y}年${t.mo}月${t.dd}日(${JA_WD[t.wd]}) ${t.hh}:${t.mi} ${who}:\n\n${q(body)}`;
};
/** Gmail (English UI) quote header + quoted body */
export const gmailEn = (local: string, who: string, body: string): string => {
  const t = parts(local);
  const h12 = t.hh % 12 === 0 ? 12 : t.hh % 12;
  return `On ${EN_WD[t.wd]}, ${EN_MO[t.mo - 1]} ${t.dd}, ${t.y} at ${h12}:${t.mi} ${t.hh < 12 ? 'AM' : 'PM'} ${who} wrote:\n${q(body)}`;
};
/** Outlook (Japanese) header block, unquoted body below */
export const outlookJa = (local: string, from: string, toAddr: string, subject: string, body: string): string => {
  const t = parts(local);
  return `________________________________\n差出人: ${from}\n送信日時: ${t.y}年${t.mo}月${t.dd}日 ${t.hh}:${t.mi}\n宛先: ${toAddr}\n件名: ${subject}\n\n${body}`;
};
/** Outlook (English) -----Original Message----- block */
export const outlookEn = (local: string, from: string, toAddr: string, subject: string, body: string): string => {
  const t = parts(local);
  const h12 = t.hh % 12 === 0 ? 12 : t.hh % 12;
  return `-----Original Message-----\nFrom: ${from}\nSent: ${['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][t.wd]}, ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][t.mo - 1]} ${t.dd}, ${t.y} ${h12}:${t.mi} ${t.hh < 12 ? 'AM' : 'PM'}\nTo: ${toAddr}\nSubject: ${subject}\n\n${body}`;
};
/** Salesforce-style separator used by the support form's replies */
export const sf = (local: string, from: string, toAddr: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${local.replace(' ', ' ')} GMT\nTo: ${toAddr}\nSubject: ${subject}\n\n${body}`;
export const sfJa = (local: string, from: string, toAddr: string, subject: string, body: string): string =>
  `--------------- 元のメッセージ ---------------\n差出人: ${from}\n送信日時: ${local}\n宛先: ${toAddr}\n件名: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00DE0Kq3R._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><title></title></head>\n<body style="font-family:sans-serif">\n${inner}\n</body>\n</html>`;

// ---- the customers' original requests, quoted in replies
export const REQ_MISAKI = `AWS認定アカウントの統合を希望します。
統合先: ${MISAKI.keepId} / ${MISAKI.keep}
統合元: ${MISAKI.srcId} / ${MISAKI.src}
会社を辞めるので個人のほうに寄せたいです。`;
export const REQ_ICHIRO = `いつもお世話になっております。鈴木と申します。
認定アカウントが2つに分かれてしまったため、1つにまとめていただけないでしょうか。
残す方: ${ICHIRO.keep}
消す方: ${ICHIRO.src}`;
export const REQ_KEN = `認定のアカウントが二重になっています。統合お願いします。中村`;
export const REQ_YUMI = `大学のアドレス(${YUMI.src})で受けた試験の記録を、個人アドレス(${YUMI.keep})のアカウントへ移していただきたく、ご連絡いたしました。`;
export const REQ_DANA = `Hi - I have two certification accounts (${DANA.keep} and ${DANA.src}). Please merge them into the first one. Thanks, Dana`;
export const REQ_OLIVER = `Hello, I'm leaving my consulting firm and need my AWS certifications moved from ${OLIVER.src} to my private account ${OLIVER.keep}. Candidate IDs: ${OLIVER.srcId} (old), ${OLIVER.keepId} (keep). Regards, Oliver Brandt`;
export const REQ_SAM = `two accounts, want one. keep ${SAM.keep}. other is ${SAM.src}. sam`;
