// Shared people, addresses, case IDs and quoting helpers for the ds set (voice: rare synonyms).
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CERT_PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const form = (id: string, re = 'RE:'): string => `${re}[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const TARO = { ja: '山田 太郎', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS10482736', srcId: 'AWS55219047' };
export const HANAKO = { ja: '佐藤 花子', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS20917354', srcId: 'AWS63307182' };
export const KENJI = { ja: '森 健二', keep: 'kenji.mori@example.jp', src: 'k.mori@oldsys.example.co.jp', keepId: 'AWS40277315', srcId: 'AWS91830264' };
export const YUKI = { ja: '伊藤 由紀', keep: 'yuki.ito@example.net', src: 'yito@corp-b.example.jp', keepId: 'AWS58102947', srcId: 'AWS33716580' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS31846620', srcId: 'AWS48820193' };
export const PRIYA = { name: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS72615508', srcId: 'AWS09933471' };
export const MARIA = { name: 'Maria Garcia', keep: 'maria.garcia@example.es', src: 'mgarcia@uni.example.edu', keepId: 'AWS86120045', srcId: 'AWS11457730' };
export const SAM = { name: 'Sam Okafor', keep: 'sam.okafor@example.com', src: 'sokafor@firm.example.org', keepId: 'AWS64400218', srcId: 'AWS27719903' };

export const CASE = {
  taro: '17790266431',
  hanako: '178455102938',
  kenji: '17832045519',
  yuki: '1779901362',
  yukiDup: '1779901399',
  alex: '1786620017',
  priya: '17733358202',
  maria: '1791204486',
  sam: '1781133450267',
  refund: '1785500321',
  exam: '17860041273',
} as const;

export type Spec = Omit<Msg, 'trusted' | 'forUser' | 'auth' | 'from' | 'to' | 'date' | 'trap' | 'caseId'> &
  Partial<Pick<Msg, 'trusted' | 'forUser' | 'auth' | 'from' | 'to' | 'trap' | 'caseId'>> & { at: string; tz?: string };

/** defaults: from support, trusted pass, delivered to the user, not a trap */
export function mk(s: Spec): Msg {
  const { at, tz, ...rest } = s;
  return {
    from: SUPPORT,
    auth: 'pass',
    trusted: true,
    forUser: true,
    trap: false,
    caseId: null,
    to: 'nobody@example.invalid',
    ...rest,
    date: rfcDate(at, tz ?? '+0000'),
  };
}

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n${quote(body)}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sf = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const ref = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const page = (title: string, inner: string): string =>
  `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${esc(title)}</title></head>\n<body style="font-family:Arial,sans-serif">\n${inner}\n</body></html>`;

export const REQ_TARO = `AWS認定アカウントを一本化したく、ご相談です。
存続させたい方: ${TARO.keepId} / ${TARO.keep}
吸収させたい方: ${TARO.srcId} / ${TARO.src}
山田 太郎`;
export const REQ_KENJI = `前職で作った認定アカウントと、私用のアカウントを集約していただけますか。
残す: ${KENJI.keep} (${KENJI.keepId})
畳む: ${KENJI.src} (${KENJI.srcId})`;
export const REQ_SAM = `Hi, I ended up with two certification profiles (${SAM.keepId} and ${SAM.srcId}).
Could you fold the firm one into my personal profile? Thanks, Sam`;
