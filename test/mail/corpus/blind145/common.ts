// People, case IDs, quote headers and a message helper for the unmeasured 'en' set
// (voice: idioms, metaphors and euphemisms). Written fresh for this set.
import { rfcDate, type Msg } from './lib.js';

export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const subjNew = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KENJI = { ja: '森 健二', en: 'Kenji Mori', keep: 'kenji.mori@example.jp', src: 'mori.kenji@shinsei-sys.example.co.jp', keepId: 'AWS30571846', srcId: 'AWS71029384' };
export const YUI = { ja: '田中 結衣', en: 'Yui Tanaka', keep: 'yui.tanaka@example.net', src: 'y.tanaka@oldbank.example.jp', keepId: 'AWS44190273', srcId: 'AWS08836512' };
export const SAM = { en: "Sam O'Connor", keep: 'sam.oconnor@example.com', src: 'soconnor@harbor-legacy.example', keepId: 'AWS52938104', srcId: 'AWS19047726' };
export const TARO = { ja: '山田 太郎', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS60318852', srcId: 'AWS27745109' };
export const PRIYA = { en: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@formerco.example', keepId: 'AWS83610427', srcId: 'AWS35502918' };

export const CASE = {
  kenji: '1781940273615',
  kenjiDup: '1781940288042',
  yui: '178220561934',
  yuiExam: '178229900471',
  sam: '17830427719',
  samRefund: '1783119045',
  taro: '1779315502',
  priya: '178406613320',
} as const;

export const dt = (local: string, tz = '+0900'): string => rfcDate(local, tz);

type Req = Omit<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'>;
type Opt = Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'>>;
/** defaults: trusted, for the user, not a trap, authenticated by mx.test.example */
export const mk = (m: Req & Opt): Msg => ({ trusted: true, forUser: true, trap: false, auth: 'pass', ...m });

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Japanese Gmail quote header */
export const gmailJa = (when: string, name: string, addr: string): string => `${when} ${name} <${addr}>:`;
/** English Gmail quote header */
export const gmailEn = (when: string, name: string, addr: string): string => `On ${when} ${name} <${addr}> wrote:`;
/** Outlook (Japanese UI) header block */
export const outlookJa = (from: string, sent: string, to: string, subject: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}`;
/** Outlook (English UI) header block */
export const outlookEn = (from: string, sent: string, to: string, subject: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}`;
/** Salesforce-style separator used by the support mailer */
export const sf = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const ref = (seed: string): string => `ref:_00D30Kq7X._5006${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title></title></head>\n<body style="font-family:sans-serif">\n${inner}\n</body></html>`;

// the customers' original requests, quoted under replies
export const KENJI_REQ = `AWS認定アカウントが2つに分かれてしまっているので、1つにまとめていただけますでしょうか。
残す方: ${KENJI.keepId} / ${KENJI.keep}
寄せる方: ${KENJI.srcId} / ${KENJI.src}
転職で会社のアドレスが使えなくなるため、個人アドレス側に寄せたいです。
森 健二`;

export const YUI_REQ = `お世話になります。田中と申します。
前職の銀行で受験したときのアカウント(${YUI.src})と、今の個人アカウント(${YUI.keep})を統合したいです。
個人のほうを残していただければ幸いです。`;

export const SAM_REQ = `Hi there,
I ended up with two certification profiles - one from my Harbor days (${SAM.src}, ${SAM.srcId}) and my personal one (${SAM.keep}, ${SAM.keepId}).
Could you fold the old one into the personal one? Self-service tool says no dice because both have certs.
Cheers, Sam`;

export const TARO_REQ = `認定アカウントの統合を希望します。
統合先 ${TARO.keepId} ${TARO.keep}
統合元 ${TARO.srcId} ${TARO.src}
山田`;

export const PRIYA_REQ = `Hello - I changed jobs and now have two AWS Certification accounts.
Keep: ${PRIYA.keep} (${PRIYA.keepId}). Old: ${PRIYA.src} (${PRIYA.srcId}).
Could they be combined? Thank you.`;
