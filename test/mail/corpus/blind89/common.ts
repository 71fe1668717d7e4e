// Shared people, senders and quoting helpers for set cj (support agents from many regions).
import { rfcDate, type Auth, type Enc, type Kind, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const AWS_SUPPORT = 'AWS Support <no-reply@support.aws.com>';
export const PORTAL = 'AWS Certification <certification@aws.training>';
export const SKILL = 'AWS Skill Builder <no-reply@skillbuilder.aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KENJI = { ja: '渡辺 健二', en: 'Kenji Watanabe', keep: 'kenji.watanabe@example.ne.jp', src: 'k.watanabe@oldco.example.co.jp', keepId: 'AWS40718826', srcId: 'AWS93150274' };
export const TARO = { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS27730518', srcId: 'AWS81904462' };
export const HANAKO = { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS35018847', srcId: 'AWS66240915' };
export const SEAN = { name: "Sean O'Brien", keep: 'sean.obrien@example.ie', src: 'sobrien@formerco.example', keepId: 'AWS58836120', srcId: 'AWS14470396' };
export const RAHUL = { name: 'Rahul Mehta', keep: 'rahul.mehta@example.in', src: 'rahul.m@infra-old.example', keepId: 'AWS70052981', srcId: 'AWS22901647' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS39984105', srcId: 'AWS50127763' };

export const CASE = {
  kenji: '177204815533',
  taro: '17793306418',
  hanako: '1781449025',
  hanakoOther: '1781502277',
  sean: '1776630091245',
  rahul: '17840012396',
  rahulDup: '1784007731',
  alex: '178855290417',
  refund: '17790441826',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const gmailJa = (when: string, name: string, addr: string, body: string): string => `${when} ${name} <${addr}>:\n\n${quote(body)}`;
export const gmailEn = (when: string, name: string, addr: string, body: string): string => `On ${when} ${name} <${addr}> wrote:\n${quote(body)}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfBlock = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const fwdJa = (from: string, date: string, subject: string, to: string, body: string): string =>
  `---------- 転送メッセージ ---------\n差出人: ${from}\nDate: ${date}\n件名: ${subject}\nTo: ${to}\n\n${body}`;
export const fwdEn = (from: string, date: string, subject: string, to: string, body: string): string =>
  `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${to}\n\n${body}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string, extra = ''): string =>
  `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,sans-serif">\n${inner}\n${extra}</body></html>`;

export const REQ_KENJI = `AWS認定アカウントの統合を希望します。
残すアカウント: ${KENJI.keepId} / ${KENJI.keep}
統合元: ${KENJI.srcId} / ${KENJI.src}
前職のアドレスで受験した分を個人アカウントにまとめたいです。`;
export const REQ_TARO = `お世話になります。山田です。
会社アドレスのアカウント(${TARO.srcId})と個人アドレスのアカウント(${TARO.keepId})を一本化したく、ご対応をお願いします。`;
export const REQ_HANAKO = `認定アカウントが2つあり、個人の方(${HANAKO.keep})に寄せたいです。
もう一方は ${HANAKO.src} です。`;
export const REQ_SEAN = `Hi there, I've ended up with two certification profiles, one from my old job (${SEAN.src}) and my own (${SEAN.keep}). Could ye fold them into the personal one? Cheers, Sean`;
export const REQ_RAHUL = `Dear Team, I am having two AWS certification accounts. Kindly merge ${RAHUL.src} (${RAHUL.srcId}) into ${RAHUL.keep} (${RAHUL.keepId}). Regards, Rahul Mehta`;
export const REQ_ALEX = `Hey, I need my two cert accounts combined. Keep ${ALEX.keep} (${ALEX.keepId}), fold in ${ALEX.src} (${ALEX.srcId}). Thanks!`;

/** Spec: kind, language, note, then any Msg field. Defaults: support sender, pass, trusted, forUser. */
export type Spec = Partial<Msg> & { note: string };

const counters: Record<string, number> = { ja: 0, en: 0 };

export function mk(kind: Kind, lang: 'ja' | 'en', o: Spec): Msg {
  const n = (counters[lang] = (counters[lang] ?? 0) + 1);
  const slug = `${lang}${String(n).padStart(3, '0')}`;
  const caseId = o.caseId === undefined ? null : o.caseId;
  const day = ((n * 7 + (lang === 'ja' ? 3 : 11)) % 28) + 1;
  const month = n % 3 === 0 ? '2026-11' : '2026-12';
  const hh = String((n * 5 + 7) % 24).padStart(2, '0');
  const mi = String((n * 13) % 60).padStart(2, '0');
  const ss = String((n * 29) % 60).padStart(2, '0');
  const date = o.date ?? rfcDate(`${month}-${String(day).padStart(2, '0')} ${hh}:${mi}:${ss}`, '+0000');
  const enc: Enc = o.enc ?? (lang === 'ja' ? 'jis7' : 'ascii7');
  const auth: Auth = o.auth ?? 'pass';
  const subject = o.subject ?? (caseId ? formSubject(caseId) : '(no subject)');
  return {
    slug,
    kind,
    lang,
    trusted: true,
    forUser: true,
    trap: false,
    from: SUPPORT,
    to: lang === 'ja' ? KENJI.keep : RAHUL.keep,
    ...o,
    caseId,
    subject,
    date,
    enc,
    auth,
  };
}
