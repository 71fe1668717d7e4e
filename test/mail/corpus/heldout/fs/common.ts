// fs set: people, senders, signatures and quoting helpers. Terse voice.
import { rfcDate, type Auth, type Msg } from './lib.js';

export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const subj0 = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KEN = { ja: '伊藤 健', keep: 'ken.ito@example.jp', src: 'k.ito@oldco.example.co.jp', keepId: 'AWS30558120', srcId: 'AWS71920466' };
export const MISAKI = { ja: '中村 美咲', keep: 'misaki.n@example.ne.jp', src: 'misaki.nakamura@corp-b.example.jp', keepId: 'AWS44017932', srcId: 'AWS12983507' };
export const SHO = { ja: '小林 翔', keep: 'sho.kobayashi@example.com', src: 'kobayashi@dev.example.co.jp', keepId: 'AWS58862013', srcId: 'AWS20044719' };
export const YUMI = { ja: '高橋 由美', keep: 'yumi.takahashi@example.jp', src: 'y-takahashi@partner.example.co.jp', keepId: 'AWS67190345', srcId: 'AWS39950218' };
export const DAI = { ja: '渡辺 大輔', keep: 'daisuke.w@example.org', src: 'watanabe.d@si.example.co.jp', keepId: 'AWS81236650', srcId: 'AWS05517893' };
export const RIO = { ja: '木村 里緒', keep: 'rio.kimura@example.jp', src: 'kimura@uni.example.ac.jp', keepId: 'AWS90127764', srcId: 'AWS33806152' };
export const SAM = { name: 'Sam Okafor', keep: 'sam.okafor@example.com', src: 'sokafor@firm.example.net', keepId: 'AWS26670418', srcId: 'AWS93301127' };
export const LENA = { name: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@agentur.example.de', keepId: 'AWS15598842', srcId: 'AWS77405126' };
export const MEI = { name: 'Mei Chen', keep: 'mei.chen@example.com', src: 'mchen@bank.example.sg', keepId: 'AWS40028871', srcId: 'AWS62219954' };
export const RAJ = { name: 'Raj Patel', keep: 'raj.patel@example.in', src: 'rpatel@consult.example.com', keepId: 'AWS52290731', srcId: 'AWS08816645' };
export const NOAH = { name: 'Noah Brooks', keep: 'noah.brooks@example.com', src: 'nbrooks@startup.example.io', keepId: 'AWS61174208', srcId: 'AWS27735590' };

export const C = {
  ken: '17790412385',
  kenRefund: '1779100442',
  misaki: '1781203345661',
  misakiDup: '1781203399012',
  sho: '176559902341',
  yumi: '1770338145',
  dai: '17833310924',
  rio: '1786640027',
  sam: '1774409925318',
  samDup: '1774409977102',
  lena: '177661024459',
  mei: '1768854301',
  raj: '17845520137',
  noah: '1787002345',
  noahVoucher: '1790338216',
} as const;

export const to = (name: string, addr: string): string => `${name} <${addr}>`;

export type Spec = Omit<Msg, 'date' | 'trusted' | 'forUser' | 'trap' | 'auth'> & {
  when: string;
  tz?: string;
  trusted?: boolean;
  forUser?: boolean;
  trap?: boolean;
  auth?: Auth;
};
/** defaults: authenticated, delivered to the user, no trap; anything else is stated per message */
export const mk = (s: Spec): Msg => {
  const { when, tz, ...rest } = s;
  return { trusted: true, forUser: true, trap: false, auth: 'pass', ...rest, date: rfcDate(when, tz ?? (s.lang === 'ja' ? '+0900' : '+0000')) };
};

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

// quote headers, several mailers
export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${q(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when}, ${who} wrote:\n${q(body)}`;
export const outlookJa = (from: string, sent: string, toLine: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${toLine}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, toLine: string, subject: string, body: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${toLine}\nSubject: ${subject}\n\n${body}`;
export const origMsg = (from: string, sent: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nSubject: ${subject}\n\n${body}`;
export const sf = (from: string, sent: string, toLine: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toLine}\nSubject: ${subject}\n\n${body}`;
export const sfJa = (from: string, sent: string, toLine: string, subject: string, body: string): string =>
  `--------------- 元のメッセージ ---------------\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${toLine}\n件名: ${subject}\n\n${body}`;
export const fwdJa = (from: string, date: string, subject: string, toLine: string, body: string): string =>
  `---------- 転送されたメッセージ ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${toLine}\n\n${body}`;
export const fwdEn = (from: string, date: string, subject: string, toLine: string, body: string): string =>
  `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${toLine}\n\n${body}`;
export const ref = (seed: string): string => `ref:_00D5f0Gx1._500${seed}:ref`;

// Signatures: longer than the messages above them. Only JIS-safe characters in the Japanese ones.
export const sigJa = (name: string, v: 1 | 2 | 3 | 4): string => {
  if (v === 1)
    return `--
${name}
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
※本メールへの返信 = 本ケースへの追記。
※同一内容での新規ケース起票はご遠慮ください(回答遅延の原因)。
※件名の [CASE ...] は変更しないでください。
受付時間: 平日 9:00-18:00 (日本時間)
https://aws.amazon.com/jp/training/
このメッセージは Amazon Web Services, Inc. またはその関連会社が作成・配信しています。`;
  if (v === 2)
    return `-------------------------------------------
${name} / AWS T&C サポート
返信期限: なし(ただし長期間未返信の場合は別途案内)
※個人情報(パスワード等)はメールに記載しないでください。
※弊社からパスワードを伺うことはありません。
Amazon Web Services Japan
〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア
-------------------------------------------`;
  if (v === 3)
    return `${name}
----
AWS Training and Certification Customer Service
平日 9:00-18:00 / 土日祝休
FAQ: https://aws.amazon.com/jp/certification/faqs/
アカウント関連FAQ: https://aws.amazon.com/jp/training/faq/
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
410 Terry Ave. North, Seattle, WA 98109`;
  return `以上。
${name}
━━━━━━━━━━━━━━━━━━━━
AWS トレーニングと認定
お問い合わせ窓口
※本メールは送信専用ではありません。返信可。
※別件は別ケースにて。
━━━━━━━━━━━━━━━━━━━━`;
};

export const sigEn = (name: string, v: 1 | 2 | 3 | 4): string => {
  if (v === 1)
    return `--
${name}
AWS Training & Certification | Customer Support
Amazon Web Services
Reply to this email to update your case. Please do not open a new case for the same request; duplicates slow things down.
Keep [CASE ...] in the subject line.
Hours: Mon-Fri, 9am-6pm local
https://aws.amazon.com/training/
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.`;
  if (v === 2)
    return `Best,
${name}
Customer Service Associate, AWS T&C
---
We will never ask for your password.
Certification FAQs: https://aws.amazon.com/certification/faqs/
Policies: https://aws.amazon.com/certification/policies/
Privacy: https://aws.amazon.com/privacy/
This email was sent from a monitored mailbox.`;
  if (v === 3)
    return `${name} | AWS T&C Support
==================================
Amazon Web Services, Inc.
410 Terry Avenue North
Seattle, WA 98109-5210
Please keep all correspondence on this case thread.
Confidentiality: this message may contain confidential information intended only for the addressee.
==================================`;
  return `-${name}
(AWS Training and Certification Support)
_____
How are we doing? Feedback link will follow once the case is resolved.
Find answers fast: https://aws.amazon.com/training/support/
Manage your certification: https://www.aws.training/Certification
_____`;
};
