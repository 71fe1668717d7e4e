// Shared people, senders and quoting helpers for heldout/e (adapted from blind1/common.ts).
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubjectNew = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// personas of this set (every address here is in lib.ts USER_ADDRS)
export const ITO = { ja: '伊藤 健一', en: 'Kenichi Ito', keep: 'kenichi.ito@example.net', src: 'k-ito@formerco.example.co.jp', keepId: 'AWS03318852', srcId: 'AWS77120469' };
export const NAKAMURA = { ja: '中村 美咲', en: 'Misaki Nakamura', keep: 'misaki.n@example.jp', src: 'nakamura.misaki@sier.example.co.jp', keepId: 'AWS41190237', srcId: 'AWS58834016' };
export const KOBA = { ja: '小林 翔', en: 'Sho Kobayashi', keep: 'sho.kobayashi@example.com', src: 's.kobayashi@partner.example.jp', keepId: 'AWS26650981', srcId: 'AWS90412377' };
export const DAN = { name: 'Daniel Okafor', keep: 'dan.okafor@example.com', src: 'dokafor@consult.example.net', keepId: 'AWS61408835', srcId: 'AWS14097762' };
export const SOFIA = { name: 'Sofia Lindqvist', keep: 'sofia.lindqvist@example.se', src: 'sofia.l@uni.example.edu', keepId: 'AWS38821540', srcId: 'AWS80356619' };
export const WEI = { name: 'Wei Chen', keep: 'wei.chen@example.org', src: 'wchen@oldwork.example.com', keepId: 'AWS52077314', srcId: 'AWS07719058' };

export const addr = (name: string, a: string): string => `${name} <${a}>`;

// support case IDs (10-13 digits), new for this set
export const CASE = {
  ito: '17805523190',
  itoDup: '1780552877',
  naka: '1781449026031',
  naka2: '178993120455',
  koba: '1779002318',
  dan: '17833016624',
  danDup: '1783301998',
  sofia: '1784420097315',
  wei: '178611204583',
  wei2: '1790766021',
} as const;

type Draft = Partial<Msg> & Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'to' | 'subject' | 'enc'> & { when: string; tz?: string };

/** fill the usual defaults: support sender, aligned pass, delivered to the user, no trap */
export function mk(d: Draft): Msg {
  const { when, tz, ...rest } = d;
  return {
    from: SUPPORT,
    auth: 'pass',
    trusted: true,
    forUser: true,
    trap: false,
    caseId: null,
    date: rfcDate(when, tz ?? '+0000'),
    ...rest,
  } as Msg;
}

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Salesforce-style separator used by the support desk */
export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const sfRef = (seed: string): string => `ref:_00D7x0Hk2._5008Y${seed}:ref`;

/** Outlook (Japanese UI) header block */
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;

/** Outlook (English UI) header block */
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n\n${quote(body)}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** plain text → simple HTML paragraphs */
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

export const htmlDoc = (inner: string, lang = 'en'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><title></title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body>\n</html>`;

// the customers' opening requests (quoted in replies)
export const ITO_REQ = `AWS認定アカウントの統合をお願いしたく、ご連絡いたしました。
前職の会社アドレス(${ITO.src})で登録した認定アカウントがあり、
個人アドレス(${ITO.keep})のアカウントへまとめたいと考えております。
候補者ID: ${ITO.keepId} / ${ITO.srcId}
伊藤 健一`;

export const NAKA_REQ = `お世話になります。中村と申します。
認定アカウントが2つに分かれてしまったため、1つにしていただけますか。
残す方: ${NAKAMURA.keep}
もう一方: ${NAKAMURA.src}
会社名: 株式会社サンプルシステムズ`;

export const KOBA_REQ = `AWS認定のアカウント統合を希望します。
統合先 ${KOBA.keep} (${KOBA.keepId})
統合元 ${KOBA.src} (${KOBA.srcId})
よろしくお願いします。小林`;

export const DAN_REQ = `Hi team,
I ended up with two certification profiles (one from my consulting job, ${DAN.src}, and my personal one, ${DAN.keep}).
Could you fold the old one into ${DAN.keep}? Candidate IDs ${DAN.keepId} and ${DAN.srcId}.
Thanks,
Dan`;

export const SOFIA_REQ = `Hello,
I passed Cloud Practitioner while at university (${SOFIA.src}) and SAA later with ${SOFIA.keep}.
Please combine the two accounts, keeping ${SOFIA.keep}.
Best regards,
Sofia Lindqvist`;

export const WEI_REQ = `Hello AWS T&C support, I need my two certification accounts merged into one.
Keep: ${WEI.keep}. Old: ${WEI.src} (I'm leaving that company end of month).
Wei Chen`;
