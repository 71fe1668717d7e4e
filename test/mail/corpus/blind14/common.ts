// Set m: shared personas, senders, case IDs, footers and quote helpers.
// Voice: a large enterprise support centre (very formal keigo, templated mail
// with legal footers, ticket-system HTML; US corporate templates in English).
import { rfcDate, type Msg } from './lib.js';

export const SUP = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUP_JA = 'AWS トレーニングと認定 カスタマーサポート <aws-cs-trainingcertification-form@amazon.com>';
export const SUP_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const NOTIFY_JA = 'アマゾン ウェブ サービス <no-reply-aws@amazon.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubj0 = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// personas of set m (their addresses are added to USER_ADDRS in lib.ts)
export const MISAKI = { ja: '渡辺 美咲', en: 'Misaki Watanabe', keep: 'm.watanabe@example.ne.jp', src: 'watanabe.misaki@corp-alpha.example.co.jp', keepId: 'AWS04718263', srcId: 'AWS39152807' };
export const KENTA = { ja: '伊藤 健太', en: 'Kenta Ito', keep: 'ito.kenta@example.org', src: 'k-ito@oldfirm.example.co.jp', keepId: 'AWS72930415', srcId: 'AWS18605529' };
export const YUMI = { ja: '加藤 由美', en: 'Yumi Kato', keep: 'yumi.kato@example.jp', src: 'y.kato@sample-univ.example.ac.jp', keepId: 'AWS55081736', srcId: 'AWS90273341' };
export const SHO = { ja: '松本 翔', en: 'Sho Matsumoto', keep: 'sho.matsumoto@example.net', src: 'matsumoto@partner-x.example.co.jp', keepId: 'AWS61940077', srcId: 'AWS27718850' };
export const REBECCA = { name: 'Rebecca Thornton', keep: 'rthornton@example.com', src: 'rebecca.thornton@legacyco.example', keepId: 'AWS83314692', srcId: 'AWS46620917' };
export const MARCUS = { name: 'Marcus Delgado', keep: 'marcus.delgado@example.org', src: 'mdelgado@contractor.example.net', keepId: 'AWS30857241', srcId: 'AWS74419086' };
export const AISHA = { name: 'Aisha Rahman', keep: 'aisha.rahman@example.co.uk', src: 'a.rahman@oldbank.example.com', keepId: 'AWS19047728', srcId: 'AWS66503184' };

export const to = (p: { ja?: string; en?: string; name?: string }, addr: string, lang: 'ja' | 'en' = 'ja'): string =>
  `${lang === 'ja' ? (p.ja ?? p.name ?? '') : (p.en ?? p.name ?? '')} <${addr}>`;

// support case IDs of set m (10–13 digits)
export const CASE = {
  misaki: '178204519366',
  misakiDup: '1782046637',
  kenta: '17795501823',
  yumi: '1801337620945',
  sho: '1776029184',
  sho2: '17761148805',
  rebecca: '179311408852',
  rebecca2: '17934470219',
  marcus: '17850023917',
  aisha: '1808874412530',
  aisha2: '1808912076',
  other1: '1797730461258', // a colleague's case
  other2: '17913368027',
  fake1: '1779900112',
  fake2: '180100456723',
} as const;

export const d = (local: string, tz = '+0900'): string => rfcDate(local, tz);

export const sfRef = (seed: string): string => `ref:_00D8W0Kqa._5008W${seed}:ref`;
export const portal = (id: string, lang = 'ja'): string => `https://support.aws.amazon.com/#/case/?displayId=${id}&language=${lang}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

// ---- quote headers in several mailer styles ----
export const gmailJa = (when: string, who: string, addr: string, body: string): string => `${when} ${who} <${addr}>:\n\n${quote(body)}`;
export const gmailEn = (when: string, who: string, addr: string, body: string): string => `On ${when} ${who} <${addr}> wrote:\n\n${quote(body)}`;
export const outlookJa = (from: string, sent: string, toL: string, subj: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${toL}\n件名: ${subj}\n\n${body}`;
export const outlookEn = (from: string, sent: string, toL: string, subj: string, body: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${toL}\nSubject: ${subj}\n\n${body}`;
export const origMsg = (from: string, sent: string, toL: string, subj: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${toL}\nSubject: ${subj}\n\n${body}`;
export const sfOrig = (from: string, sent: string, toL: string, subj: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toL}\nSubject: ${subj}\n\n${body}`;
export const sfOrigJa = (from: string, sent: string, subj: string, body: string): string =>
  `--------------- 元のメッセージ ---------------\n送信者: ${from}\n送信日時: ${sent}\n件名: ${subj}\n\n${body}`;
export const iphoneJa = (when: string, who: string, body: string): string => `${when}、${who} のメール:\n\n${quote(body)}`;
export const fwdJa = (from: string, date: string, subj: string, toL: string, body: string): string =>
  `---------- 転送されたメッセージ ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subj}\nTo: ${toL}\n\n${body}`;
export const fwdEn = (from: string, date: string, subj: string, toL: string, body: string): string =>
  `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subj}\nTo: ${toL}\n\n${body}`;

// ---- legal / template footers (the centre reuses these, as real templates do) ----
export const FOOT_JA_1 = `──────────────────────────────
本メールは、お問い合わせいただいたお客様へお送りしております。
本メールの内容には機密情報が含まれている場合がございます。
万一、本メールがお心当たりのない方に届いた場合は、誠に恐れ入りますが
本メールを破棄していただきますようお願い申し上げます。
Amazon Web Services, Inc. および関連会社
410 Terry Avenue North, Seattle, WA 98109-5210, USA
──────────────────────────────`;

export const FOOT_JA_2 = `※本メールへのご返信は、そのままケースの履歴に記録されます。
※件名の [CASE] 番号は変更なさらないようお願い申し上げます。
※新たなケースを起票されますと、ご回答までにお時間を頂戴する場合がございます。
Copyright (c) Amazon Web Services, Inc. or its affiliates. All rights reserved.`;

export const FOOT_JA_3 = `=================================================
AWS トレーニングと認定 カスタマーサポート
受付時間: 24時間 (ご回答は順次となります)
プライバシー規約: https://aws.amazon.com/jp/privacy/
=================================================`;

export const FOOT_EN_1 = `Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee and may contain confidential information. If you have received this message in error, please notify the sender and delete it.`;

export const FOOT_EN_2 = `Please do not change the subject line when replying; the [CASE] reference keeps your correspondence attached to the right case. Opening an additional case for the same request may delay our response.

(c) Amazon Web Services, Inc. or its affiliates. All rights reserved. Privacy: https://aws.amazon.com/privacy/`;

export const FOOT_EN_3 = `--
AWS Training and Certification | Customer Support
Manage your case: https://support.aws.amazon.com/#/case/history
This mailbox is monitored; replies are added to your case automatically.`;

/** compact constructor: defaults for the common case (trusted, delivered, CRLF) */
export function mk(m: Partial<Msg> & Pick<Msg, 'slug' | 'kind' | 'lang' | 'caseId' | 'trap' | 'note' | 'from' | 'to' | 'subject' | 'date' | 'enc'>): Msg {
  return { trusted: true, forUser: true, auth: 'pass', ...m };
}
