// Set ce: shared personas, addresses, quoting helpers and a message factory.
import { rfcDate, type Kind, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// personas: the user's addresses are listed in lib.ts USER_ADDRS
export const KENJI = { ja: '森 健二', en: 'Kenji Mori', keep: 'kenji.mori@example.net', src: 'k.mori@oldco.example.co.jp', keepId: 'AWS40718825', srcId: 'AWS77302914' };
export const YUKI = { ja: '田中 由紀', en: 'Yuki Tanaka', keep: 'yuki.tanaka@example.jp', src: 'yuki.t@formerco.example', keepId: 'AWS25590163', srcId: 'AWS61048830' };
export const TARO = { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS10482736', srcId: 'AWS55219047' };
export const SAM = { name: 'Sam Lee', keep: 'sam.lee@example.com', src: 'sam.lee@contractor.example.io', keepId: 'AWS39920418', srcId: 'AWS80316657' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS31846620', srcId: 'AWS48820193' };

export const CASE = {
  kenji: '1781204467',
  kenji2: '17812991035',
  yuki: '17790331852',
  yukiDup: '17790340017',
  taro: '1779902145',
  sam: '1786650023417',
  sam2: '178665119204',
  alex: '178340096612',
  other: '1775512300',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const gmailJa = (when: string, name: string, addr: string, body: string): string => `${when} ${name} <${addr}>:\n\n${quote(body)}`;
export const gmailEn = (when: string, name: string, addr: string, body: string): string => `On ${when} ${name} <${addr}> wrote:\n${quote(body)}`;
export const outlookJa = (from: string, when: string, to: string, subj: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${when}\n宛先: ${to}\n件名: ${subj}\n\n${body}`;
export const outlookEn = (from: string, when: string, to: string, subj: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${when}\nTo: ${to}\nSubject: ${subj}\n\n${body}`;
export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00D50Kq7L._500Rt${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string): string =>
  `<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body></html>`;

// the users' original requests, quoted by support's replies
export const KENJI_REQ = `AWS認定アカウントが2つあるので1つにしたいです。
残す方: ${KENJI.keep} (${KENJI.keepId})
消してよい方: ${KENJI.src} (${KENJI.srcId})
前の会社を辞めたので、個人のほうに寄せたいです。森`;
export const YUKI_REQ = `お世話になります。田中と申します。
認定のアカウントが重複しております。旧勤務先のアドレス ${YUKI.src} で受験した分を、${YUKI.keep} の方へ移していただけますでしょうか。
候補者ID: ${YUKI.keepId} / ${YUKI.srcId}`;
export const TARO_REQ = `統合希望です。統合先 ${TARO.keepId} / 統合元 ${TARO.srcId}。山田`;
export const SAM_REQ = `Hi team, I ended up with two certification profiles (one from a contractor gig: ${SAM.src}). Could you fold them into ${SAM.keep}? IDs ${SAM.keepId} and ${SAM.srcId}. Cheers, Sam`;
export const ALEX_REQ = `Please merge my AWS Certification accounts: keep ${ALEX.keep} (${ALEX.keepId}), retire ${ALEX.src} (${ALEX.srcId}).`;

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}
export const fnvHex = (s: string): string => hash(s).toString(16).padStart(8, '0');

/** deterministic date from the slug, 2026-01..2026-11 */
export function dateFor(slug: string, tz = '+0000'): string {
  const h = hash(slug);
  const mo = 1 + (h % 11);
  const d = 1 + ((h >>> 4) % 28);
  const hh = (h >>> 9) % 24;
  const mi = (h >>> 14) % 60;
  const ss = (h >>> 20) % 60;
  const p = (n: number): string => String(n).padStart(2, '0');
  return rfcDate(`2026-${p(mo)}-${p(d)} ${p(hh)}:${p(mi)}:${p(ss)}`, tz);
}

export interface Spec extends Partial<Msg> {
  slug: string;
  kind: Kind;
  lang: 'ja' | 'en';
  caseId: string | null;
  note: string;
  subject: string;
}

/** support mail by default: trusted sender, pass, to the persona's kept address */
export function mk(s: Spec): Msg {
  return {
    trusted: true,
    forUser: true,
    trap: false,
    from: SUPPORT,
    to: s.lang === 'ja' ? KENJI.keep : SAM.keep,
    date: dateFor(s.slug),
    auth: 'pass',
    enc: s.lang === 'ja' ? 'jis7' : 'ascii7',
    ...s,
  };
}
