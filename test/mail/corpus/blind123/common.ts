// dr: apologies and service recovery. Shared people, senders, quoting helpers and a compact message maker.
import { rfcDate, type Enc, type Kind, type Msg } from './lib.js';

export const SUP = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUP_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const SUP_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// the user's personas (all addresses are in lib.ts USER_ADDRS)
export const KEN = { ja: '森 健二', en: 'Kenji Mori', keep: 'kenji.mori@example.jp', src: 'mori.k@shinsei-corp.example.co.jp', keepId: 'AWS40718265', srcId: 'AWS92046113' };
export const YUKI = { ja: '伊藤 由紀', en: 'Yuki Ito', keep: 'yuki.ito@example.net', src: 'y-ito@hokuto-sys.example.jp', keepId: 'AWS61129034', srcId: 'AWS27750981' };
export const AYA = { ja: '中村 彩', en: 'Aya Nakamura', keep: 'aya.n@example.ne.jp', src: 'nakamura@minato-lab.example.jp', keepId: 'AWS35582047', srcId: 'AWS80413396' };
export const DANA = { name: 'Dana Whitfield', keep: 'dana.whitfield@example.com', src: 'dwhitfield@contoso-old.example', keepId: 'AWS57290318', srcId: 'AWS14068852' };
export const OLU = { name: 'Olu Adeyemi', keep: 'olu.adeyemi@example.org', src: 'o.adeyemi@formerco.example.net', keepId: 'AWS66031547', srcId: 'AWS30987215' };

export const toJa = (p: { ja: string; keep: string }): string => `${p.ja} <${p.keep}>`;
export const toEn = (p: { name: string; keep: string }): string => `${p.name} <${p.keep}>`;

export const C = {
  ken: '1773519820',
  kenDup: '1773524467',
  kenRefund: '1775002318',
  yuki: '178204461392',
  yukiExam: '178230019476',
  aya: '1759030286147',
  aya2: '1759038804412',
  dana: '17706288413',
  danaSub: '17710045529',
  olu: '1781190034',
  oluDup: '1781197752',
} as const;

/** 2026-MM-DD hh:mm:ss in Japan or UTC */
export const jd = (md: string, hm: string): string => rfcDate(`2026-${md} ${hm}:00`, '+0900');
export const ed = (md: string, hm: string, tz = '+0000'): string => rfcDate(`2026-${md} ${hm}:00`, tz);

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n${quote(body)}`;
export const outlookJa = (from: string, sent: string, to: string, s: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${s}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, s: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${s}\n\n${body}`;
export const sfEn = (from: string, sent: string, to: string, s: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${s}\n\n${body}`;
export const sfJa = (from: string, sent: string, to: string, s: string, body: string): string =>
  `--------------- 元のメッセージ ---------------\n送信者: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${s}\n\n${body}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const page = (inner: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title></title></head>\n<body style="font-family:sans-serif;font-size:14px">\n${inner}\n</body></html>`;

export const sfRef = (seed: string): string => `ref:_00DE0Jq7X._500${seed}:ref`;

export interface Extra extends Partial<Omit<Msg, 'kind' | 'lang' | 'enc' | 'from' | 'to' | 'subject' | 'date' | 'note'>> {
  /** html alongside the text (multipart/alternative) */
  alt?: string;
}

let seq = 0;
/**
 * Compact maker. body starting with "<!DOCTYPE" is an HTML-only message.
 * Defaults: trusted, forUser, not a trap, auth pass, no case ID.
 */
export function M(kind: Kind, lang: 'ja' | 'en', enc: Enc, from: string, to: string, subject: string, date: string, body: string, note: string, x: Extra = {}): Msg {
  seq += 1;
  const { alt, ...rest } = x;
  const m: Msg = {
    slug: `dr${lang}${String(seq).padStart(3, '0')}`,
    kind,
    lang,
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    note,
    from,
    to,
    subject,
    date,
    auth: 'pass',
    enc,
    ...rest,
  };
  if (body.startsWith('<!DOCTYPE')) m.html = body;
  else {
    m.text = body;
    if (alt !== undefined) m.html = alt;
  }
  return m;
}
