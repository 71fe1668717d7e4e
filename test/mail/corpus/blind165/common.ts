// fh: people, senders, quoting helpers and a message factory.
// Voice of this set: support (and the systems around it) answering the customer's own questions.
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_CENTER = 'AWS Support <no-reply@support.aws.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CREDLY = 'Credly <admin@credly.com>';
export const ASSIST = 'AWS Support Assistant <assistant-noreply@support.aws.com>';
export const AWS_EVENTS = 'AWS Japan イベント事務局 <aws-jp-events@amazon.com>';

export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// personas (the user's addresses are listed in lib.ts USER_ADDRS)
export const KENJI = { ja: '伊藤 健司', en: 'Kenji Ito', keep: 'kenji.ito@example.jp', src: 'k.ito@oldcorp.example.co.jp', keepId: 'AWS40117825', srcId: 'AWS92830416' };
export const YUKI = { ja: '森 由紀', en: 'Yuki Mori', keep: 'yuki.mori@example.ne.jp', src: 'mori@factory.example.co.jp', keepId: 'AWS51893307', srcId: 'AWS20664158' };
export const HARUTO = { ja: '中村 陽翔', en: 'Haruto Nakamura', keep: 'haruto.n@example.com', src: 'nakamura.h@si-partner.example.co.jp', keepId: 'AWS77310942', srcId: 'AWS36018275' };
export const SAKURA = { ja: '木村 さくら', en: 'Sakura Kimura', keep: 'sakura.kimura@example.jp', src: 'kimura.s@univ.example.ac.jp', keepId: 'AWS60425517', srcId: 'AWS14739980' };
export const MAKOTO = { ja: '高橋 誠', en: 'Makoto Takahashi', keep: 'makoto.t@example.com', src: 'm-takahashi@sier.example.co.jp', keepId: 'AWS88152063', srcId: 'AWS29907714' };
export const EMMA = { name: 'Emma Wilson', keep: 'emma.wilson@example.net', src: 'ewilson@agency.example.com', keepId: 'AWS53370918', srcId: 'AWS81246605' };
export const DANIEL = { name: 'Daniel Ortiz', keep: 'daniel.ortiz@example.com', src: 'dortiz@contractor.example.org', keepId: 'AWS19485532', srcId: 'AWS64021187' };
export const LENA = { name: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@consult.example.com', keepId: 'AWS70933841', srcId: 'AWS45518290' };
export const OMAR = { name: 'Omar Haddad', keep: 'omar.haddad@example.com', src: 'ohaddad@telco.example.net', keepId: 'AWS38862179', srcId: 'AWS97120453' };

export const to = (name: string, addr: string): string => `${name} <${addr}>`;

// support case IDs (10-13 digits)
export const CASE = {
  kenji: '1781204457',
  kenjiDup: '1781209930',
  yuki: '17799023461',
  haruto: '178355501208',
  sakura: '1782260471',
  makoto: '17845120096',
  emma: '1784410093327',
  daniel: '17866120934',
  lena: '178902233415',
  omar: '1790415528',
  refund: '1787001122',
  exam: '17870456123',
} as const;

// ---- quoting helpers -------------------------------------------------------
export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Gmail (Japanese UI) quote header */
export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
/** Gmail (English UI) quote header */
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n${quote(body)}`;
/** Outlook (Japanese UI) header block, unquoted body */
export const outlookJa = (from: string, sent: string, toAddr: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${toAddr}\n件名: ${subject}\n\n${body}`;
/** Outlook (English UI) header block */
export const outlookEn = (from: string, sent: string, toAddr: string, subject: string, body: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${toAddr}\nSubject: ${subject}\n\n${body}`;
/** classic Outlook/Lotus separator */
export const origMsg = (from: string, sent: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nSubject: ${subject}\n\n${body}`;
/** Salesforce-style separator used by the support form mailbox */
export const sfOriginal = (from: string, sent: string, toAddr: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toAddr}\nSubject: ${subject}\n\n${body}`;
/** Salesforce-style separator, Japanese labels */
export const sfOriginalJa = (from: string, sent: string, subject: string, body: string): string =>
  `--------------- 元のメッセージ ---------------\n送信者: ${from}\n送信日時: ${sent}\n件名: ${subject}\n\n${body}`;
/** iPhone Mail (Japanese) */
export const iphoneJa = (when: string, who: string, body: string): string => `${when}、${who}のメール:\n\n${quote(body)}`;
/** Gmail forward block */
export const fwdGmail = (from: string, date: string, subject: string, toAddr: string, body: string): string =>
  `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${toAddr}\n\n${body}`;
export const fwdGmailJa = (from: string, date: string, subject: string, toAddr: string, body: string): string =>
  `---------- 転送されたメッセージ ---------\n差出人: ${from}\nDate: ${date}\n件名: ${subject}\nTo: ${toAddr}\n\n${body}`;

export const sfRef = (seed: string): string => `ref:_00D8W0Lq2._5007${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

// ---- message factory -------------------------------------------------------
type Spec = Omit<Msg, 'trusted' | 'forUser' | 'trap' | 'auth' | 'from' | 'date'> &
  Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'auth' | 'from'>> & { at: string; tz?: string };

/** defaults: from the support form mailbox, authenticated, delivered to the user, not a trap */
export function mk(s: Spec): Msg {
  const { at, tz, ...rest } = s;
  return { trusted: true, forUser: true, trap: false, auth: 'pass', from: SUPPORT, ...rest, date: rfcDate(at, tz ?? '+0000') };
}

// ---- the customers' requests, quoted in replies ---------------------------
export const KENJI_REQ = `AWS認定アカウントの統合について質問です。
1. 旧アカウント(${KENJI.src} / ${KENJI.srcId})の認定は新しい方に移りますか?
2. 50%割引バウチャーも一緒に移りますか?
3. Credlyのバッジはどうなりますか?
残したいのは ${KENJI.keep} (${KENJI.keepId}) です。`;

export const YUKI_REQ = `お世話になります。森と申します。
前職のアドレス(${YUKI.src})で取った資格を、個人のアカウント(${YUKI.keep})にまとめることは可能でしょうか。
また、まとめた場合に有効期限は変わりますか。`;

export const HARUTO_REQ = `統合ツールを試したところ「両方のアカウントに認定履歴があるためサポートへ」と表示されました。
統合先: ${HARUTO.keepId} / ${HARUTO.keep}
統合元: ${HARUTO.srcId} / ${HARUTO.src}
どのくらい日数がかかりますか?`;

export const SAKURA_REQ = `大学のメールで作ったアカウントと個人のアカウントを一つにしたいです。
大学のアドレスは卒業後に使えなくなりますが、問題ありませんか?`;

export const MAKOTO_REQ = `SIer時代のアカウント(${MAKOTO.src})から個人(${MAKOTO.keep})への統合をお願いしたく連絡しました。
Q1 試験予約中のものがあっても統合できますか
Q2 パートナー(APN)の紐付けはどうなりますか`;

export const EMMA_REQ = `Hi,
I have two certification accounts (${EMMA.keep} and ${EMMA.src}). A few questions before I go ahead:
1) Can they be merged into ${EMMA.keep}?
2) Will my exam voucher move too?
3) What happens to my Credly badges?
Thanks,
Emma`;

export const DANIEL_REQ = `Hello - the Merge Accounts tool says both accounts have certification history and tells me to contact you.
Keep: ${DANIEL.keepId} (${DANIEL.keep})
Retire: ${DANIEL.srcId} (${DANIEL.src})
How long does this usually take?`;

export const LENA_REQ = `Good morning, could you combine my two AWS Certification profiles? The consulting one (${LENA.src}) should go into my personal one (${LENA.keep}). Does my recertification date change?`;

export const OMAR_REQ = `Hi team, quick questions:
- can my old telco account (${OMAR.src}) be folded into ${OMAR.keep}?
- do I lose my SAA badge on Credly?
Omar`;
