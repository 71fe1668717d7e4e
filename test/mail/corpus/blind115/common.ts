// dj: people, senders, case IDs and quoting helpers. Voice: accounts in unusual states.
import { rfcDate, type Msg } from './lib.js';

export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_CENTER = 'AWS Support <no-reply@support.aws.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const subj0 = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KEN = { ja: '小林 健一', en: 'Kenichi Kobayashi', keep: 'ken.kobayashi@example.jp', src: 'k-kobayashi@former-corp.example.co.jp', third: 'kenichi.k@mail.example.net', keepId: 'AWS40918273', srcId: 'AWS17736420', thirdId: 'AWS90021547' };
export const MISAKI = { ja: '中村 美咲', en: 'Misaki Nakamura', keep: 'misaki.n@example.com', src: 'nakamura.m@bank.example.co.jp', keepId: 'AWS66203918', srcId: 'AWS38810452' };
export const YUKI = { ja: '森 由紀', en: 'Yuki Mori', keep: 'yuki.mori@example.co.jp', src: 'mori@partner.example.jp', keepId: 'AWS52290317', srcId: 'AWS81137746' };
export const DANA = { name: 'Dana Okafor', keep: 'dana.okafor@example.com', src: 'dokafor@retired-co.example', keepId: 'AWS23017789', srcId: 'AWS70644102' };
export const LUIS = { name: 'Luis Ferreira', keep: 'luis.f@example.pt', src: 'lferreira@contractor.example', keepId: 'AWS14450968', srcId: 'AWS69903127' };
export const WEN = { name: 'Wen Li', keep: 'wen.li@example.org', src: 'wli@startup.example', third: 'wen.li.cert@example.net', keepId: 'AWS31172004', srcId: 'AWS58866019', thirdId: 'AWS07729361' };

export const CASE = {
  ken: '17839204415',
  kenDup: '1783920977',
  kenExam: '1779912304',
  misaki: '1790442318205',
  misakiOther: '17904471126',
  yuki: '17875506621',
  dana: '178551209933',
  danaRefund: '1786123400871',
  luis: '17920034418',
  wen: '1786600142',
} as const;

export const jst = (s: string): string => rfcDate(s, '+0900');
export const pdt = (s: string): string => rfcDate(s, '-0700');
export const utc = (s: string): string => rfcDate(s, '+0000');

type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'from' | 'to' | 'subject' | 'date'>;
export function M(o: Req & Partial<Msg>): Msg {
  return {
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    auth: 'pass',
    enc: o.lang === 'ja' ? 'jis7' : 'ascii7',
    ...o,
  };
}

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Salesforce-style block used under AWS support replies */
export const sf = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const ref = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

/** Japanese Outlook quote header block */
export const olJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
/** English Outlook "Original Message" block */
export const olEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const html = (text: string): string =>
  `<html><body style="font-family:Arial,sans-serif;font-size:14px">\n${text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n')}\n</body></html>`;
