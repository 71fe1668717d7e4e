// fu: shared people, senders and quoting helpers (bilingual Japanese/English voice).
import type { Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CERT_PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const TARO = { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS10482736', srcId: 'AWS55219047' };
export const HANAKO = { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS20917354', srcId: 'AWS63307182' };
export const KENJI = { ja: '渡辺 健二', en: 'Kenji Watanabe', keep: 'kenji.watanabe@example.jp', src: 'watanabe.k@fintech.example.co.jp', keepId: 'AWS30571186', srcId: 'AWS71920354' };
export const YUKI = { ja: '森 由紀', en: 'Yuki Mori', keep: 'yuki.mori@example.net', src: 'mori@lab.example.ac.jp', keepId: 'AWS44810277', srcId: 'AWS19037745' };
export const RYO = { ja: '石川 亮', en: 'Ryo Ishikawa', keep: 'ryo.ishikawa@example.co.jp', src: 'r-ishikawa@sier.example.jp', keepId: 'AWS58302619', srcId: 'AWS26640918' };
export const EMILY = { ja: 'エミリー・チェン', en: 'Emily Chen', keep: 'emily.chen@example.com', src: 'echen@globex.example', keepId: 'AWS67129403', srcId: 'AWS80455216' };
export const ALEX = { en: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS31846620', srcId: 'AWS48820193' };
export const PRIYA = { en: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS72615508', srcId: 'AWS09933471' };
export const MARIA = { en: 'Maria Garcia', keep: 'maria.garcia@example.es', src: 'mgarcia@uni.example.edu', keepId: 'AWS86120045', srcId: 'AWS11457730' };

export const addr = (name: string, a: string): string => `${name} <${a}>`;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Salesforce-style separator used by support replies */
export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

/** Gmail quote headers */
export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n\n${quote(body)}`;
/** Outlook blocks */
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
/** two columns (Japanese | English) of a table flattened to HTML rows */
export const twoCol = (rows: Array<[string, string]>): string =>
  `<table border="0" cellpadding="6" width="100%">\n${rows.map(([a, b]) => `<tr><td width="50%" valign="top">${esc(a).replace(/\n/g, '<br>')}</td><td width="50%" valign="top">${esc(b).replace(/\n/g, '<br>')}</td></tr>`).join('\n')}\n</table>`;
/** two columns flattened into plain text, as a converter or a copy-paste leaves them */
export const twoColText = (rows: Array<[string, string]>): string => rows.map(([a, b]) => `${a}\n${b}`).join('\n\n');

type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'subject' | 'date' | 'enc'>;
/** fill the defaults: from support, to the user, trusted and delivered, no trap */
export function M(p: Req & Partial<Msg>): Msg {
  return {
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    from: SUPPORT,
    to: TARO.keep,
    auth: 'pass',
    ...p,
  };
}
