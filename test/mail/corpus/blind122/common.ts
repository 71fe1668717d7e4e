// dq: shared personas, senders and quoting helpers (katakana IT Japanese voice).
import { rfcDate, type Auth, type Enc, type Kind, type Msg } from './lib.js';

export const SUP = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUP_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CERT = 'AWS Certification <no-reply@certification.aws.training>';
export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const subj0 = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// the user's personas (addresses are in lib.ts USER_ADDRS)
export const KENJI = { ja: '渡辺 健二', en: 'Kenji Watanabe', keep: 'kenji.watanabe@example.jp', src: 'k-watanabe@sier.example.co.jp', keepId: 'AWS40711852', srcId: 'AWS93025716' };
export const MIKA = { ja: '伊藤 美香', en: 'Mika Ito', keep: 'mika.ito@example.net', src: 'ito.mika@devops.example.co.jp', keepId: 'AWS27790341', srcId: 'AWS68152097' };
export const RYO = { ja: '田中 亮', en: 'Ryo Tanaka', keep: 'ryo.tanaka@example.com', src: 'r.tanaka@cloudteam.example.jp', keepId: 'AWS51430968', srcId: 'AWS80264415' };
export const YUKI = { ja: '小林 由紀', en: 'Yuki Kobayashi', keep: 'yuki.k@example.org', src: 'kobayashi@startup.example.io', keepId: 'AWS36608127', srcId: 'AWS71190354' };

export const to = (p: { ja: string; keep: string }): string => `${p.ja} <${p.keep}>`;
export const toEn = (p: { en: string; keep: string }): string => `${p.en} <${p.keep}>`;

export const C = {
  kenji: '1781204457',
  kenjiDup: '1781207730',
  kenjiBill: '1779004516',
  mika: '17820039981',
  mikaExam: '17815520347',
  ryo: '178355120046',
  ryoOrg: '178301774520',
  yuki: '1784090213377',
  yukiVoucher: '1783377401289',
} as const;

export const d = (local: string, tz = '+0000'): string => rfcDate(local, tz);

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Japanese Gmail quote header */
export const gmailJa = (when: string, who: string): string => `${when} ${who}:`;
/** Outlook (Japanese UI) header block */
export const outlookJa = (from: string, sent: string, toA: string, subject: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${toA}\n件名: ${subject}`;
export const outlookEn = (from: string, sent: string, toA: string, subject: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${toA}\nSubject: ${subject}`;
/** Salesforce-style block used by the support form tool */
export const sf = (from: string, sent: string, toA: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toA}\nSubject: ${subject}\n\n${body}`;
export const sfJa = (from: string, sent: string, subject: string, body: string): string =>
  `--------------- 元のメッセージ ---------------\n差出人: ${from}\n送信日時: ${sent}\n件名: ${subject}\n\n${body}`;
export const ref = (seed: string): string => `ref:_00DE0Jz9Q._500Hs${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const html = (text: string, title = ''): string =>
  `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${esc(title)}</title></head><body>\n` +
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n') +
  '\n</body></html>';

// the users' original requests, quoted in later replies
export const KENJI_REQ = `AWS認定アカウントのマージをリクエストします。
キープするアカウント: ${KENJI.keepId} / ${KENJI.keep}
マージ元(旧SIerのアカウント): ${KENJI.srcId} / ${KENJI.src}
転職でメアドが変わったので、サーティフィケーションをパーソナルの方にコンソリデーションしたいです。
渡辺`;
export const MIKA_REQ = `お疲れさまです、伊藤です。
認定アカウントが2つにスプリットしてしまったのでインテグレーションをお願いします。
残す方: ${MIKA.keep} (${MIKA.keepId})
統合元: ${MIKA.src} (${MIKA.srcId})
SAAとDVAは会社アカ、SCSは個人アカでパスしています。`;
export const RYO_REQ = `Hello support team,
I am Ryo Tanaka. Two certification accounts I have, so one account I want to merge them into.
Keep: ${RYO.keep} (${RYO.keepId})
Merge from: ${RYO.src} (${RYO.srcId})
Please kindly do the merge. Thank you.`;
export const YUKI_REQ = `はじめまして、小林と申します。
スタートアップ時代のメールアドレス(${YUKI.src})で作った認定アカウントを、
個人の ${YUKI.keep} 側へトランスファーしていただけますでしょうか。
候補者ID: ${YUKI.srcId} → ${YUKI.keepId}`;

export interface Spec {
  slug: string;
  kind: Kind;
  lang: 'ja' | 'en';
  note: string;
  from: string;
  to: string;
  subject: string;
  date: string;
  enc: Enc;
  text?: string;
  html?: string;
  caseId?: string | null;
  trusted?: boolean;
  forUser?: boolean;
  trap?: boolean;
  auth?: Auth;
  cc?: string;
  hdr?: Msg['hdr'];
  wholeSubject?: boolean;
  crlf?: boolean;
  relay?: string;
  rcpt?: string;
  deliveredTo?: string | null;
  inReplyTo?: string;
  references?: string;
  extra?: string[];
  resent?: Msg['resent'];
  ctExtra?: string;
}

/** defaults: trusted, for the user, no trap, dmarc pass, no case ID */
export function mk(s: Spec): Msg {
  const m: Msg = {
    ...s,
    caseId: s.caseId ?? null,
    trusted: s.trusted ?? true,
    forUser: s.forUser ?? true,
    trap: s.trap ?? false,
    auth: s.auth ?? 'pass',
  };
  return m;
}
