// Shared people, addresses and quoting helpers for held-out corpus f.
// Adapted from blind1's common.ts: new personas, case IDs and candidate IDs.
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const newSubject = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// people: every keep/src address below is in lib.ts USER_ADDRS
export const KEN = { ja: '中村 健一', en: 'Kenichi Nakamura', keep: 'ken.nakamura@example.net', src: 'k-nakamura@corp-b.example.co.jp', keepId: 'AWS40719283', srcId: 'AWS81530642' };
export const MISAKI = { ja: '高橋 美咲', en: 'Misaki Takahashi', keep: 'misaki.takahashi@example.ne.jp', src: 'takahashi.m@oldcorp2.example.com', keepId: 'AWS52086614', srcId: 'AWS19374025' };
export const SHO = { ja: '小林 翔', en: 'Sho Kobayashi', keep: 'sho.kobayashi@example.org', src: 'kobayashi@partner.example.jp', keepId: 'AWS66201458', srcId: 'AWS30918872' };
export const DANIEL = { name: 'Daniel Okafor', keep: 'd.okafor@example.com', src: 'daniel.okafor@contractor.example.net', keepId: 'AWS74410395', srcId: 'AWS28853016' };
export const SOFIA = { name: 'Sofia Lindqvist', keep: 'sofia.lindqvist@example.se', src: 's.lindqvist@uni.example.ac.uk', keepId: 'AWS91042237', srcId: 'AWS45627701' };
export const RAVI = { name: 'Ravi Menon', keep: 'ravi.menon@example.in', src: 'ravi.m@bigco.example.com', keepId: 'AWS13579246', srcId: 'AWS86420975' };

// not the user's
export const COLLEAGUE = '田中 誠 <makoto.tanaka@corp-b.example.co.jp>';
export const TEAM_LIST_JA = 'AWS資格取得推進 <aws-certs@corp-b.example.co.jp>';
export const TEAM_LIST_EN = 'Cloud Guild <cloud-guild@bigco.example.com>';

// support case IDs (10–13 digits)
export const CASE = {
  ken: '1779301845',
  kenDup: '1779302276',
  misaki: '1781455203927',
  sho: '178620093311',
  sho2: '17936655021',
  daniel: '17832290574',
  danielDup: '1783301126',
  sofia: '1788412066',
  ravi: '1790125538764',
} as const;

export const d = (local: string, tz = '+0000'): string => rfcDate(local, tz);

/** defaults: a trusted support reply delivered to the user, CRLF */
export const S = (m: Partial<Msg> & Pick<Msg, 'slug' | 'kind' | 'lang' | 'caseId' | 'note' | 'to' | 'subject' | 'date' | 'enc'>): Msg => ({
  trusted: true,
  forUser: true,
  trap: false,
  from: SUPPORT,
  auth: 'pass',
  ...m,
});

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Salesforce-style separator block used by AWS support replies */
export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const sfRef = (seed: string): string => `ref:_00D3k0Bz7._5008R${seed}:ref`;

/** Outlook (Japanese UI) quote block */
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;

/** Outlook (English UI) quote block */
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `From: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

/** Gmail JP quote header + > quote */
export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
/** Gmail EN quote header + > quote */
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n${quote(body)}`;

/** AWS Support Center notification wrapping an agent's text (ja) */
export const notifyJa = (id: string, body: string): string => `お客様

AWS サポートケース ${id} が更新されました。担当者からのメッセージは以下のとおりです。

----------------------------------------------------
${body}
----------------------------------------------------

ケースの表示や返信は AWS サポートセンターから行えます:
https://support.console.aws.amazon.com/support/home#/case/?displayId=${id}&language=ja

このメッセージは送信専用アドレスから送られています。このメールに直接ご返信いただいても、ケースには追加されません。

Amazon Web Services, Inc.`;

/** AWS Support Center notification wrapping an agent's text (en) */
export const notifyEn = (id: string, body: string): string => `Hello,

There is a new reply on your AWS Support case ${id}.

Message from AWS Support:
----------------------------------------------------
${body}
----------------------------------------------------

To see the whole correspondence or to reply, open the AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=${id}&language=en

This address does not accept replies.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** plain text → simple HTML paragraphs */
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

export const htmlDoc = (inner: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}">\n<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body>\n</html>`;

export const KEN_REQUEST_JA = `AWS認定のアカウントが2つあるので1つにまとめたいです。
残すほう: ${KEN.keepId} / ${KEN.keep}
まとめるほう: ${KEN.srcId} / ${KEN.src}
会社のアドレスは3月末で使えなくなります。
中村 健一`;

export const MISAKI_REQUEST_JA = `ご担当者様

お世話になります。高橋と申します。
前職のメールアドレスで受験した分（SAA、DVA）と、個人で受験した分（CLF）が別々のアカウントになっております。
個人のほう（${MISAKI.keep}）に集約していただけますでしょうか。
どうぞよろしくお願いいたします。`;

export const SHO_REQUEST_JA = `認定アカウント統合の依頼です。
統合先 ${SHO.keep}（${SHO.keepId}）
統合元 ${SHO.src}（${SHO.srcId}）
小林`;

export const DANIEL_REQUEST = `Hi team,
I ended up with two certification accounts - one from my contracting days (${DANIEL.src}) and my own (${DANIEL.keep}).
Can they be combined into the personal one? Candidate IDs ${DANIEL.srcId} and ${DANIEL.keepId}.
Cheers, Daniel`;

export const SOFIA_REQUEST = `Hello,
I passed Cloud Practitioner while at university under ${SOFIA.src}, and later SAA under ${SOFIA.keep}.
Please consolidate both into ${SOFIA.keep}.
Best regards,
Sofia Lindqvist`;

export const RAVI_REQUEST = `Dear Support,
Kindly merge my old employer account (${RAVI.src}, ${RAVI.srcId}) into my personal account (${RAVI.keep}, ${RAVI.keepId}).
Regards,
Ravi Menon`;
