// heldout3: people, addresses and quoting helpers. Adapted from heldout/common.ts
// with new personas, case IDs and candidate IDs (none shared with the other sets).
import type { Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CREDLY_AWS_SHORT = 'Amazon Web Services via Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubjectNew = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export interface Person {
  ja?: string;
  en: string;
  keep: string;
  src: string;
  keepId: string;
  srcId: string;
}
export const KEN: Person = { ja: '鈴木 健一', en: 'Kenichi Suzuki', keep: 'k.suzuki.home@example.ne.jp', src: 'kenichi.suzuki@fabrikam.example.co.jp', keepId: 'AWS40718253', srcId: 'AWS91640387' };
export const MISAKI: Person = { ja: '高橋 美咲', en: 'Misaki Takahashi', keep: 'misaki.takahashi@example.net', src: 'mtakahashi@contoso.example.jp', keepId: 'AWS26093518', srcId: 'AWS73815042' };
export const SHO: Person = { ja: '伊藤 翔', en: 'Sho Ito', keep: 'sho.ito.dev@example.com', src: 's-ito@partner.example.co.jp', keepId: 'AWS58102947', srcId: 'AWS15526390' };
export const YUKI: Person = { ja: '中村 由紀', en: 'Yuki Nakamura', keep: 'yuki.nakamura@example.org', src: 'y.nakamura@lab.example.ac.jp', keepId: 'AWS83640271', srcId: 'AWS30981556' };
export const DAN: Person = { en: 'Daniel Okafor', keep: 'dan.okafor@example.org', src: 'daniel.okafor@northwind.example.com', keepId: 'AWS67214409', srcId: 'AWS22840716' };
export const LENA: Person = { en: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@tu.example.edu', keepId: 'AWS94402618', srcId: 'AWS05519983' };
export const WEI: Person = { en: 'Chen Wei', keep: 'wei.chen@example.com.sg', src: 'chenw@globex.example.com', keepId: 'AWS39177620', srcId: 'AWS81263045' };
export const RAJ: Person = { en: 'Rajesh Iyer', keep: 'raj.iyer@example.in', src: 'rajesh.iyer@initech.example.com', keepId: 'AWS12658834', srcId: 'AWS76034129' };

export const to = (p: Person, which: 'keep' | 'src' = 'keep', ja = false): string => `${ja && p.ja ? p.ja : p.en} <${p[which]}>`;

// support case IDs (10-13 digits), new for this set
export const CASE = {
  ken: '1781150092',
  kenDup: '1781150377',
  misaki: '177902214563',
  sho: '1783300418227',
  shoDup: '1783300420915',
  yuki: '17845512090',
  dan: '1786620047',
  danDup: '1786621905',
  lena: '178890133415',
  wei: '17910086652',
  raj: '1793305518204',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Salesforce-style separator block used by AWS support replies */
export const sfOriginal = (from: string, sent: string, toAddr: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toAddr}\nSubject: ${subject}\n\n${body}`;

export const sfRef = (seed: string): string => `ref:_00DE0Kq7W._500Rt${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** plain text -> simple HTML paragraphs */
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

export const htmlDoc = (body: string, lang = 'en'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><title></title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px;">\n${body}\n</body>\n</html>`;

/** defaults for a trusted message from support to the user's kept address */
export const base = {
  trusted: true,
  forUser: true,
  trap: false,
  auth: 'pass',
} satisfies Partial<Msg>;

// the users' original requests (quoted in replies)
export const KEN_REQ = `AWS認定のアカウントが2つに分かれてしまっているため、1つにまとめていただきたく存じます。
残すアカウント: ${KEN.keep} (${KEN.keepId})
まとめるアカウント: ${KEN.src} (${KEN.srcId})
氏名: Kenichi Suzuki
会社名: Fabrikam Japan`;

export const MISAKI_REQ = `はじめまして、高橋と申します。
前職の社用アドレスで受験した SAA と、個人アドレスで受験した DVA が別々のアカウントになっています。
個人アドレス側 (${MISAKI.keep}) に寄せていただけますか。
よろしくお願いします。`;

export const SHO_REQ = `パートナー企業のアドレスで登録した認定アカウント(${SHO.srcId})を、
個人の AWS Builder ID で作ったアカウント(${SHO.keepId})へ統合希望です。
伊藤 翔`;

export const YUKI_REQ = `大学のメールアドレスで受験した認定と、個人アドレスの認定を一本化したいです。
統合先: ${YUKI.keep}
統合元: ${YUKI.src}`;

export const DAN_REQ = `Hello,
I ended up with two certification profiles, one from my time at Northwind (${DAN.src}) and a personal one (${DAN.keep}).
Could you fold the Northwind one into the personal profile? Candidate IDs: ${DAN.srcId} -> ${DAN.keepId}.
Regards,
Daniel`;

export const LENA_REQ = `Hi there,
I passed CLF-C02 using my university address and SAA-C03 with my private one. I'd like a single profile under ${LENA.keep}.
Thanks a lot,
Lena Fischer`;

export const WEI_REQ = `Dear Support,
Please merge my AWS Certification accounts.
Primary: ${WEI.keep} (${WEI.keepId})
Secondary: ${WEI.src} (${WEI.srcId})
Best regards,
Chen Wei`;

export const RAJ_REQ = `Hi team - I have 2 cert accounts (work + personal). Want everything on ${RAJ.keep}. Old work one is ${RAJ.src}. Thx, Raj`;
