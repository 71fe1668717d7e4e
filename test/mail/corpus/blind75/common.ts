// bv: people, senders, quoting helpers and a message constructor.
import { rfcDate, type Kind, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const VA_EN = 'AWS Training and Certification Virtual Assistant <va-noreply@support.aws.com>';
export const VA_JA = 'AWS トレーニングと認定 バーチャルアシスタント <va-noreply@support.aws.com>';
export const KB_BOT = 'AWS Training and Certification Help <help-answers@aws.training>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const newFormSubject = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KEN = { ja: '鈴木 健一', en: 'Kenichi Suzuki', keep: 'ken.suzuki@example.jp', src: 'suzuki.k@oldco.example.co.jp', keepId: 'AWS00731945', srcId: 'AWS04418260' };
export const MISAKI = { ja: '高橋 美咲', en: 'Misaki Takahashi', keep: 'misaki.takahashi@example.ne.jp', src: 'm.takahashi@biz.example.co.jp', keepId: 'AWS02269813', srcId: 'AWS07750134' };
export const YUTA = { ja: '伊藤 雄太', en: 'Yuta Ito', keep: 'yuta.ito@example.com', src: 'ito-yuta@univ.example.ac.jp', keepId: 'AWS05583021', srcId: 'AWS09912476' };
export const SAM = { name: 'Sam Okafor', keep: 'sam.okafor@example.com', src: 'sokafor@corp.example.net', keepId: 'AWS03376541', srcId: 'AWS08842107' };
export const LENA = { name: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@agency.example.eu', keepId: 'AWS06614288', srcId: 'AWS01190357' };

export const CASE = {
  ken: '1781203347',
  kenDup: '1781203399',
  kenExam: '17812099801',
  misaki: '178330912245',
  misakiRefund: '178331004419',
  yuta: '1779004417382',
  sam: '17840022917',
  samVoucher: '17840101188',
  lena: '1785519320',
  lenaDup: '1785519388',
} as const;

export const to = (name: string, addr: string): string => `${name} <${addr}>`;

/** Gmail/Outlook-style "> " quoting */
export const q = (text: string): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : '> ' + l).replace(/\s+$/, ''))
    .join('\n');

export const gmailJa = (when: string, who: string, addr: string, body: string): string => `${when} ${who} <${addr}>:\n\n${q(body)}`;
export const gmailEn = (when: string, who: string, addr: string, body: string): string => `On ${when} ${who} <${addr}> wrote:\n\n${q(body)}`;
export const outlookJa = (from: string, sent: string, toLine: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${toLine}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, toLine: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${toLine}\nSubject: ${subject}\n\n${body}`;
/** Salesforce-style history block under an agent's reply */
export const sf = (from: string, sent: string, toLine: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toLine}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00D3k0bvQ._5007V${seed}:ref`;

/** a chat transcript, one line per turn */
export const chat = (turns: Array<[string, string, string]>): string => turns.map(([t, who, say]) => `[${t}] ${who}: ${say}`).join('\n');

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string, lang: 'ja' | 'en'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title></title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body></html>`;

export const d = (local: string, tz = '+0900'): string => rfcDate(local, tz);

type Extra = Omit<Partial<Msg>, 'slug' | 'kind' | 'lang' | 'caseId' | 'note'> & Pick<Msg, 'to' | 'subject' | 'date'>;

/** message with the usual defaults: trusted support mail for the user */
export function mk(slug: string, kind: Kind, lang: 'ja' | 'en', caseId: string | null, note: string, o: Extra): Msg {
  return {
    slug,
    kind,
    lang,
    caseId,
    note,
    trusted: true,
    forUser: true,
    trap: false,
    from: SUPPORT,
    auth: 'pass',
    enc: lang === 'ja' ? 'jis7' : 'ascii7',
    ...o,
  };
}
