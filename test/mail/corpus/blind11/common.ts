// Shared people, addresses and helpers for held-out corpus j (adapted from blind1's common.ts).
import type { Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CERT_PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const newSubject = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// personas: `keep` is the address the merged account keeps; `src` the one that goes away
export const KEN = { ja: '鈴木 健一', en: 'Kenichi Suzuki', keep: 'kenichi.suzuki@example.net', src: 'k.suzuki@formerco.example.co.jp', keepId: 'AWS30718842', srcId: 'AWS77402915' };
export const MISAKI = { ja: '高橋 美咲', en: 'Misaki Takahashi', keep: 'misaki.takahashi@example.jp', src: 'takahashi-m@sier.example.co.jp', keepId: 'AWS41193706', srcId: 'AWS08826431' };
export const SHO = { ja: '中村 翔', en: 'Sho Nakamura', keep: 'sho.nakamura@example.org', src: 'nakamura.sho@univ.example.ac.jp', keepId: 'AWS52680014', srcId: 'AWS91157322' };
export const YUI = { ja: '小林 結衣', en: 'Yui Kobayashi', keep: 'yui.kobayashi@example.com', src: 'y-kobayashi@partner.example.co.jp', keepId: 'AWS66025819', srcId: 'AWS13370586' };
export const DANIEL = { en: 'Daniel Okafor', keep: 'daniel.okafor@example.net', src: 'dokafor@consultco.example.com', keepId: 'AWS84402267', srcId: 'AWS29951408' };
export const LENA = { en: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@techfirm.example.de', keepId: 'AWS37719053', srcId: 'AWS60284471' };
export const RAVI = { en: 'Ravi Menon', keep: 'ravi.menon@example.in', src: 'rmenon@bigbank.example.com', keepId: 'AWS95510238', srcId: 'AWS22063917' };

// support case IDs (10–13 digits)
export const CASE = {
  ken: '17830045521',
  kenDup: '17830051277',
  misaki: '1792206613048',
  sho: '178804412395',
  sho2: '1811640029',
  yui: '1801152207',
  daniel: '17915530862',
  danielDup: '17915547019',
  lena: '1779930021774',
  ravi: '17688210937',
  ravi2: '176882455106',
  phishJa: '1820019933',
  phishEn: '18277340051',
} as const;
export const ALL_CASES: string[] = Object.values(CASE);

export const to = (p: { ja?: string; en: string; keep: string }, ja = true): string => `${ja && p.ja ? p.ja : p.en} <${p.keep}>`;
export const toSrc = (p: { ja?: string; en: string; src: string }, ja = true): string => `${ja && p.ja ? p.ja : p.en} <${p.src}>`;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Salesforce-style separator block used by AWS support replies */
export const sfOriginal = (from: string, sent: string, toAddr: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toAddr}\nSubject: ${subject}\n\n${body}`;

export const sfRef = (seed: string): string => `ref:_00Dj0Kq7X._500${seed}:ref`;

/** Japanese Gmail quote header */
export const gmailJa = (date: string, who: string, body: string): string => `${date} ${who}:\n\n${quote(body)}`;
/** English Gmail quote header */
export const gmailEn = (date: string, who: string, body: string): string => `On ${date}, ${who} wrote:\n${quote(body)}`;
/** Japanese Outlook header block */
export const outlookJa = (from: string, sent: string, toAddr: string, subject: string, body: string): string =>
  `差出人: ${from}\n送信日時: ${sent}\n宛先: ${toAddr}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, toAddr: string, subject: string, body: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${toAddr}\nSubject: ${subject}\n\n${body}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** plain text → simple HTML paragraphs */
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

export const htmlDoc = (inner: string, lang = 'en'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title></title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body></html>`;

/** defaults: trusted and delivered to the user unless the entry says otherwise */
type Need = Pick<Msg, 'slug' | 'kind' | 'lang' | 'caseId' | 'note' | 'from' | 'to' | 'subject' | 'date' | 'enc'>;
export const mk = (m: Need & Partial<Msg>): Msg => ({ trusted: true, forUser: true, trap: false, auth: 'pass', ...m });

// the customers' original requests, reused in quotes
export const KEN_REQ = `AWS認定アカウントの統合をお願いします。
残すアカウント: ${KEN.keepId} / ${KEN.keep}
統合元アカウント: ${KEN.srcId} / ${KEN.src}
前職で取得した SAA と DVA を個人アカウントへ移したいです。
鈴木 健一`;

export const MISAKI_REQ = `お世話になります。高橋と申します。
会社のアドレス(${MISAKI.src})で受験した認定と、個人アドレス(${MISAKI.keep})で受験した認定があり、
個人の方へ一本化していただけますでしょうか。
候補者ID: ${MISAKI.keepId}(個人)、${MISAKI.srcId}(会社)`;

export const SHO_REQ = `大学のメールで作ったAWS認定のアカウントと、今のアカウントをまとめたいです。
大学: ${SHO.src}
現在: ${SHO.keep}
どうぞよろしくお願いします。中村`;

export const YUI_REQ = `AWS トレーニングと認定 ご担当者様
パートナー企業在籍時のアカウント(${YUI.src}, ${YUI.srcId})を、
私用アカウント(${YUI.keep}, ${YUI.keepId})へマージしていただきたく存じます。
小林 結衣`;

export const DANIEL_REQ = `Hello,
I have two AWS Certification accounts: ${DANIEL.src} (${DANIEL.srcId}) from my consulting days and ${DANIEL.keep} (${DANIEL.keepId}).
Please fold the consulting one into the personal one.
Daniel`;

export const LENA_REQ = `Hi there, my employer account (${LENA.src}) holds my Solutions Architect cert and my private account (${LENA.keep}) holds the Cloud Practitioner. I would like a single account under ${LENA.keep}. Candidate IDs ${LENA.srcId} and ${LENA.keepId}. Kind regards, Lena Fischer`;

export const RAVI_REQ = `Team, requesting a merge of certification accounts.
Keep: ${RAVI.keep} (${RAVI.keepId})
Retire: ${RAVI.src} (${RAVI.srcId})
- Ravi`;
