// Shared people, addresses and quoting helpers for held-out set c.
import type { Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// personas of set c (every address listed here is in lib.ts's USER_ADDRS)
export const KENJI = { ja: '中村 健司', en: 'Kenji Nakamura', keep: 'kenji.nakamura@example.net', src: 'k-nakamura@corp-a.example.co.jp', keepId: 'AWS04418275', srcId: 'AWS71920346' };
export const MIKI = { ja: '高橋 美紀', en: 'Miki Takahashi', keep: 'miki.takahashi@example.jp', src: 'takahashi.m@oldfirm.example.com', keepId: 'AWS38807152', srcId: 'AWS26650913' };
export const YUTO = { ja: '小林 悠斗', en: 'Yuto Kobayashi', keep: 'yuto.k@example.org', src: 'kobayashi@startup.example.io', keepId: 'AWS90233418', srcId: 'AWS15573068' };
export const DANIEL = { name: 'Daniel Okafor', keep: 'daniel.okafor@example.com', src: 'dokafor@consult.example.net', keepId: 'AWS67105529', srcId: 'AWS82240671' };
export const SOFIA = { name: 'Sofia Rossi', keep: 'sofia.rossi@example.it', src: 's.rossi@agency.example.com', keepId: 'AWS53391804', srcId: 'AWS44016287' };
export const WEI = { name: 'Wei Chen', keep: 'wei.chen@example.com', src: 'wchen@bigco.example.org', keepId: 'AWS19062274', srcId: 'AWS73318805' };

// people who are not the user
export const SUZUKI = { ja: '鈴木 一郎', addr: 'suzuki.ichiro@corp-a.example.co.jp' };
export const TEAM_LIST = 'cloud-team@corp-a.example.co.jp';
export const JDOE = { name: 'Jordan Doe', addr: 'jordan.doe@example.com' };
export const ARCHIVE = 'retired-mailbox@corp-a.example.co.jp';

// support case IDs (10–13 digits)
export const CASE = {
  kenji: '178204419306',
  kenjiDup: '1782044988',
  kenji2: '17820511437',
  miki: '17699031257',
  mikiDup: '1769904420',
  yuto: '1803318842016',
  yuto2: '180331900271',
  daniel: '17751122093',
  danielDup: '1775118830',
  sofia: '1798830015',
  sofia2: '179883412096',
  wei: '179940027731',
  suzuki: '17820987710',
  jdoe: '1811452290',
} as const;

type Core = Pick<Msg, 'slug' | 'kind' | 'lang' | 'caseId' | 'note' | 'to' | 'date'> & Partial<Msg>;

/** a message from the support form address, authenticated, delivered to the user */
export const sup = (m: Core): Msg => ({
  from: SUPPORT,
  subject: formSubject(m.caseId ?? ''),
  auth: 'pass',
  trusted: true,
  forUser: true,
  trap: false,
  enc: m.lang === 'ja' ? 'jis7' : 'ascii7',
  ...m,
});

/** any other message; from/subject/auth must be given */
export const other = (m: Core & Pick<Msg, 'from' | 'subject' | 'auth' | 'trusted'>): Msg => ({
  forUser: true,
  trap: false,
  enc: m.lang === 'ja' ? 'jis7' : 'ascii7',
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

/** Outlook (Japanese UI) quote block */
export const olJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;

/** Outlook (English UI) quote block */
export const olEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const threadRef = (seed: string): string => `[ thread::${seed}::]`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** plain text → simple HTML paragraphs */
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

export const htmlDoc = (body: string, lang = 'en'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><title></title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${body}\n</body>\n</html>`;

// the users' original requests (quoted in later mail)
export const KENJI_REQ = `AWS認定アカウントを1つにまとめたく、ご連絡いたしました。
残す方: ${KENJI.keep} (${KENJI.keepId})
統合元: ${KENJI.src} (${KENJI.srcId})
会社のアドレスは来月で使えなくなる予定です。
中村 健司`;

export const MIKI_REQ = `ご担当者様
認定アカウントが2つに分かれてしまっているため、マージをお願いしたいです。
前職の ${MIKI.src} の資格を、${MIKI.keep} に寄せてください。
高橋`;

export const YUTO_REQ = `I would like to merge two AWS Certification accounts.
Keep: ${YUTO.keep}
Merge from: ${YUTO.src}
小林 悠斗 / Yuto Kobayashi`;

export const DANIEL_REQ = `Hello,
I ended up with two AWS Certification accounts (one from my consulting job). Please merge
${DANIEL.src} (${DANIEL.srcId}) into ${DANIEL.keep} (${DANIEL.keepId}).
Thanks,
Daniel Okafor`;

export const SOFIA_REQ = `Hi there - I have two certification profiles, ${SOFIA.src} from my agency and ${SOFIA.keep} which is personal. Could they be combined into the personal one please? Candidate IDs ${SOFIA.srcId} and ${SOFIA.keepId}.
Sofia`;

export const WEI_REQ = `Dear Support,
Request: account merge. Primary account ${WEI.keep}. Secondary account ${WEI.src}.
Regards, Wei Chen`;
