// Shared people, senders, case IDs and quoting helpers for held-out corpus i.
// Adapted from blind1/common.ts; every persona, address, case ID and candidate ID is new.
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubjectNew = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// personas: only the addresses listed in lib.ts USER_ADDRS are the user's
export const KEN = { ja: '鈴木 健一', en: 'Kenichi Suzuki', keep: 'k.suzuki@example.net', src: 'suzuki.kenichi@work.example.co.jp', keepId: 'AWS40318857', srcId: 'AWS77120934' };
export const MISAKI = { ja: '中村 美咲', en: 'Misaki Nakamura', keep: 'misaki.n@example.jp', src: 'nakamura@former.example.co.jp', keepId: 'AWS25590417', srcId: 'AWS91023368' };
export const SHO = { ja: '高橋 翔', en: 'Sho Takahashi', keep: 'sho.t@example.com', src: 'takahashi.sho@sier.example.jp', keepId: 'AWS60842271', srcId: 'AWS38417702' };
export const YUI = { ja: '小林 結衣', en: 'Yui Kobayashi', keep: 'yui.kobayashi@example.jp', src: 'y-kobayashi@univ.example.ac.jp', keepId: 'AWS13370584', srcId: 'AWS66019243' };
export const DAN = { en: 'Daniel Okafor', keep: 'dan.okafor@example.com', src: 'dokafor@agency.example.net', keepId: 'AWS51192048', srcId: 'AWS84467013' };
export const LENA = { en: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@consult.example.org', keepId: 'AWS14093362', srcId: 'AWS70055819' };
export const WEI = { en: 'Wei Chen', keep: 'wei.chen@example.org', src: 'wchen@startup.example.io', keepId: 'AWS88301576', srcId: 'AWS29764410' };

// not the user
export const ITO = '伊藤 誠 <m.ito@work.example.co.jp>';
export const TANAKA = '田中 亮 <r.tanaka@partner.example.co.jp>';
export const MORRIS = 'James Morris <j.morris@example.co.uk>';
export const PRIYA_OTHER = 'Priya Raman <priya.raman@example.in>';

// support case IDs (10-13 digits)
export const CASE = {
  ken: '1784420193',
  misaki: '17859034411',
  misakiDup: '17859035002',
  sho: '178811029345',
  yui: '1790122874',
  dan: '1786230471',
  danDup: '1786231190',
  lena: '17924410583',
  wei: '179300218846',
  other: '1795567120',
  phish: '1790555012',
} as const;

export const d = (local: string, tz = '+0000'): string => rfcDate(local, tz);

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Salesforce-style separator block used by AWS support replies */
export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00D41Kq7X._500Tb${seed}:ref`;

export const gmailJa = (when: string, name: string, addr: string): string => `${when} ${name} <${addr}>:`;
export const gmailEn = (when: string, name: string, addr: string): string => `On ${when} ${name} <${addr}> wrote:`;
export const outlookJa = (from: string, sent: string, to: string, subject: string): string =>
  `差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string): string =>
  `From: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

/** the customers' original requests (quoted in replies) */
export const KEN_REQ = `AWS認定アカウントの統合をお願いします。
統合先: ${KEN.keepId} / ${KEN.keep}
統合元: ${KEN.srcId} / ${KEN.src}
会社のアドレスが使えなくなるため、個人側にまとめたいです。
鈴木 健一`;
export const MISAKI_REQ = `お世話になります。中村と申します。
前職のアドレス(${MISAKI.src})で受験した認定と、個人アドレス(${MISAKI.keep})の認定を一つにしたいです。
セルフサービスの統合ツールでは「サポートへ連絡してください」と表示されました。
よろしくお願いします。`;
export const SHO_REQ = `認定アカウントが2つあるので統合希望です。
残す方: ${SHO.keep}
消す方: ${SHO.src}
高橋`;
export const YUI_REQ = `大学のメールアドレスで作った AWS 認定アカウントと、個人のアカウントを統合したいです。
個人: ${YUI.keep}
大学: ${YUI.src}
小林 結衣`;
export const DAN_REQ = `Hi team, I ended up with two AWS Certification profiles (${DAN.keep} and ${DAN.src}). Can they be combined into the first one? Candidate IDs ${DAN.keepId} / ${DAN.srcId}. Cheers, Dan`;
export const LENA_REQ = `Hello,
I would like my two certification accounts merged. Keep: ${LENA.keep} (${LENA.keepId}). Remove: ${LENA.src} (${LENA.srcId}).
The Merge Accounts tool says both accounts have certification history.
Best regards,
Lena Fischer`;
export const WEI_REQ = `Hello, my old startup email ${WEI.src} has my SAA cert and my personal ${WEI.keep} has the CCP. Please merge them, keeping the personal one. Thanks - Wei`;

export type Def = Omit<Msg, 'forUser'> & { forUser?: boolean };
export const fin = (m: Def): Msg => ({ forUser: true, ...m });
