// Shared people, senders and helpers for the bc set (phone, chat and mail mixed).
import { rfcDate, type Msg } from './lib.js';

export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_CENTER = 'AWS Support <no-reply@support.aws.com>';
export const TC_NOREPLY = 'AWS Training & Certification <no-reply@aws.training>';
export const CHATLOG = 'AWS Training and Certification Chat <chat-transcripts@aws.amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// personas: keep = address kept, src = address merged away
export const KENTA = { ja: '伊藤 健太', en: 'Kenta Ito', keep: 'kenta.ito@example.jp', src: 'kito@hq.example.co.jp', keepId: 'AWS40338127', srcId: 'AWS77120465' };
export const YUI = { ja: '森 結衣', en: 'Yui Mori', keep: 'yui.mori@example.ne.jp', src: 'y-mori@dev.example.co.jp', keepId: 'AWS21985530', srcId: 'AWS60417792' };
export const SHO = { ja: '中村 翔', en: 'Sho Nakamura', keep: 'nakamura.sho@example.jp', src: 's.nakamura@old.example.co.jp', keepId: 'AWS88301456', srcId: 'AWS13092284' };
export const AYA = { ja: '高橋 彩', en: 'Aya Takahashi', keep: 'aya.takahashi@example.jp', src: 'a-takahashi@biz.example.co.jp', keepId: 'AWS52716609', srcId: 'AWS34490018' };
export const SAM = { name: "Sam O'Connor", keep: 'sam.oc@example.com', src: 'soconnor@agency.example.net', keepId: 'AWS90114372', srcId: 'AWS27708853' };
export const LENA = { name: 'Lena Fischer', keep: 'lena.f@example.de', src: 'lfischer@lab.example.org', keepId: 'AWS63350981', srcId: 'AWS05128834' };
export const DIEGO = { name: 'Diego Ruiz', keep: 'diego.ruiz@example.mx', src: 'druiz@consult.example.com', keepId: 'AWS71846203', srcId: 'AWS39027716' };

export const to = (name: string, addr: string): string => `${name} <${addr}>`;

// support case IDs (10–13 digits)
export const C = {
  kenta: '17912035588',
  yui: '1793308214',
  sho: '177460193320',
  aya: '1788123400567',
  ayaDup: '1788123407712',
  sam: '17930045121',
  lena: '1781190027',
  lenaDup: '1781190544',
  diego: '178844512093',
  kentaExam: '17940012345',
  yuiRefund: '1790233308',
  samSub: '17955120046',
  colleague: '17733018842',
} as const;

export type Spec = Partial<Msg> & Pick<Msg, 'slug' | 'kind' | 'lang' | 'subject' | 'enc' | 'note' | 'to'> & { at: string; tz?: string };

/** fill the defaults: support form sender, authenticated, delivered to the user, not a trap */
export function mk(s: Spec): Msg {
  const { at, tz, ...rest } = s;
  const base: Msg = {
    slug: s.slug,
    kind: s.kind,
    lang: s.lang,
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    note: s.note,
    from: FORM,
    to: s.to,
    subject: s.subject,
    date: rfcDate(at, tz ?? (s.lang === 'ja' ? '+0900' : '+0000')),
    auth: 'pass',
    enc: s.enc,
  };
  return { ...base, ...rest };
}

/** a chat transcript in one of several real-looking layouts */
export type Line = [string, string, string]; // time, speaker, text
export function chat(style: 'bracket' | 'dash' | 'block' | 'ja-bracket' | 'ja-block' | 'paren', lines: Line[]): string {
  switch (style) {
    case 'bracket':
      return lines.map(([t, w, x]) => `[${t}] ${w}: ${x}`).join('\n');
    case 'dash':
      return lines.map(([t, w, x]) => `${t} - ${w}: ${x}`).join('\n');
    case 'block':
      return lines.map(([t, w, x]) => `${w}    ${t}\n${x}\n`).join('\n');
    case 'paren':
      return lines.map(([t, w, x]) => `${w} (${t}): ${x}`).join('\n');
    case 'ja-bracket':
      return lines.map(([t, w, x]) => `[${t}] ${w}:${x}`).join('\n');
    case 'ja-block':
      return lines.map(([t, w, x]) => `■${w} ${t}\n${x}`).join('\n\n');
  }
}

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
export const htmlDoc = (body: string, lang = 'en'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title></title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${body}\n</body></html>`;

export const sfSep = (from: string, sent: string, toAddr: string, subject: string, body: string): string =>
  `---------------- Original Message ----------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toAddr}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00D8b0Kx2._5007V${seed}:ref`;

export const outlookJa = (from: string, sent: string, toAddr: string, subject: string, body: string): string =>
  `差出人: ${from}\n送信日時: ${sent}\n宛先: ${toAddr}\n件名: ${subject}\n\n${body}`;
