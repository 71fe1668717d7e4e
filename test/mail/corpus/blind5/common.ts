// Shared people, addresses and quoting helpers for heldout/d.
// Personas, case IDs and candidate IDs are new to this set.
import type { Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubjectBare = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// people: every address below except the "not the user's" ones is in lib.ts USER_ADDRS
export const KEN = { ja: '中村 健一', en: 'Kenichi Nakamura', keep: 'k.nakamura@example.net', src: 'nakamura@corp-b.example.co.jp', keepId: 'AWS04417829', srcId: 'AWS73390154' };
export const MISAKI = { ja: '伊藤 美咲', en: 'Misaki Ito', keep: 'misaki.ito@example.jp', src: 'm-ito@partner.example.co.jp', keepId: 'AWS28810457', srcId: 'AWS61594230' };
// SHO's source mailbox belongs to his former employer: not the user's
export const SHO = { ja: '高橋 翔', en: 'Sho Takahashi', keep: 'sho.t@example.com', src: 'takahashi.sho@si-old.example.jp', keepId: 'AWS39027716', srcId: 'AWS80452261' };
export const AYA = { ja: '木村 彩', en: 'Aya Kimura', keep: 'aya.kimura@example.ne.jp', src: 'aya@startup.example.io', keepId: 'AWS57731069', srcId: 'AWS12098846' };
export const DAN = { name: 'Daniel Okafor', keep: 'dan.okafor@example.com', src: 'dokafor@consult.example.net', keepId: 'AWS52019384', srcId: 'AWS17740326' };
// LENA's and TOMASZ's and CHLOE's source mailboxes are not the user's
export const LENA = { name: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@hs.example.de', keepId: 'AWS66302918', srcId: 'AWS24478015' };
export const TOMASZ = { name: 'Tomasz Nowak', keep: 'tomasz.nowak@example.pl', src: 't.nowak@bank.example.com', keepId: 'AWS90315527', srcId: 'AWS38862104' };
export const CHLOE = { name: 'Chloe Martin', keep: 'chloe.martin@example.fr', src: 'cmartin@agency.example.com', keepId: 'AWS71148290', srcId: 'AWS45509163' };

// support case IDs (10–13 digits)
export const CASE = {
  ken: '1783305512',
  kenDup: '1783309907',
  misaki: '17840066132',
  sho: '178712340581',
  sho2: '178712355902',
  aya: '1779950213',
  ayaDup: '1779951187',
  dan: '17912003457',
  danDup: '1791200870',
  lena: '1788040129933',
  tomasz: '17862244019',
  chloe: '1793877702',
  chloe2: '17938811064',
  fake: '1785520093',
} as const;

type Need = Omit<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'>>;
/** defaults: authenticated, delivered to the user, not a trap (the generator re-checks trust/forUser from the bytes) */
export const mk = (o: Need): Msg => ({ trusted: true, forUser: true, trap: false, auth: 'pass', ...o });

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Outlook desktop (English) */
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
/** Outlook desktop (Japanese UI) */
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
/** the support tool's own history separator (Japanese queue) */
export const toolJa = (from: string, sent: string, subject: string, body: string): string =>
  `---------- 元のメッセージ ----------\n送信者: ${from}\n送信日時: ${sent}\n件名: ${subject}\n\n${body}`;
/** the support tool's history separator (English queue) */
export const toolEn = (from: string, sent: string, subject: string, body: string): string =>
  `=========== Previous correspondence ===========\n[${sent}] ${from} wrote:\nSubject: ${subject}\n\n${body}`;
export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n${quote(body)}`;
export const origMsg = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

/** thread token the support tool appends */
export const thread = (seed: string): string => `[THREAD:00Dk0QxT.500Vy${seed}]`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

// sign-offs
export const SIG_KOBAYASHI = `今後ともAWSトレーニングと認定をよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
小林`;
export const SIG_MORI = `引き続きどうぞよろしくお願い申し上げます。

―――――――――――――――――
AWS Training and Certification
カスタマーサポート 森
―――――――――――――――――`;
export const SIG_OKADA = `よろしくお願いします。
AWS T&C サポート 岡田`;
export const SIG_RAVI = `Kind regards,

Ravi S.
AWS Training and Certification Customer Support`;
export const SIG_JOANNE = `Best,
Joanne
Customer Support Associate | AWS Training & Certification`;
export const SIG_BOGDAN = `Regards,
Bogdan Petrescu
Senior Support Specialist
AWS Training and Certification - EMEA`;
export const SIG_KEISHA = `Thanks so much,
Keisha B.
AWS T&C Support`;

// the customers' first messages (quoted in replies)
export const KEN_REQ = `AWS認定のアカウントが2つあるため、1つにまとめていただきたくご連絡しました。
今後使うのは ${KEN.keep} のほうです。
もう一方は前の会社のアドレス ${KEN.src} で登録しています。
中村 健一`;
export const MISAKI_REQ = `お世話になります。伊藤と申します。
パートナー企業に在籍していた頃に作成した認定アカウントと、個人で作成したアカウントを統合していただきたいです。
個人: ${MISAKI.keep}
旧: ${MISAKI.src}
どうぞよろしくお願いいたします。`;
export const SHO_REQ = `Please merge my two AWS Certification accounts into one.
Primary: ${SHO.keep} (${SHO.keepId})
Secondary: ${SHO.src}
Sho Takahashi`;
export const AYA_REQ = `スタートアップ在籍時に作ったアカウント(${AYA.src})で取った資格を、個人のアカウント(${AYA.keep})に移したいです。
候補ID: ${AYA.keepId} / ${AYA.srcId}
木村`;
export const DAN_REQ = `Hi team,
I ended up with two certification profiles: one from my consulting days (${DAN.src}) and my personal one (${DAN.keep}).
Could they be combined under the personal address? I hold SAA and DVA across the two.
Cheers, Dan`;
export const LENA_REQ = `Hello,
I passed Cloud Practitioner with my university address ${LENA.src}, which will be deactivated in March, and SAA with ${LENA.keep} (${LENA.keepId}).
Please move everything to ${LENA.keep}.
Best regards, Lena Fischer`;
export const TOMASZ_REQ = `Good morning,
Request: merge certification account ${TOMASZ.srcId} (${TOMASZ.src}) into ${TOMASZ.keepId} (${TOMASZ.keep}).
Reason: leaving my employer at the end of the month.
Tomasz Nowak`;
export const CHLOE_REQ = `Hi! I have 2 AWS Certification logins (work ${CHLOE.src} + personal ${CHLOE.keep}). Can you put all my certs on the personal one? Merci, Chloe`;
