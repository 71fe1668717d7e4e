// fd: shared people, senders, case IDs, footers and quote helpers.
import { rfcDate, type Msg } from './lib.js';

export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@certmetrics.aws.training>';
export const caseSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KEN = { ja: '伊藤 健', en: 'Ken Ito', keep: 'ken.ito@example.net', src: 'k-ito@biz.example.co.jp', keepId: 'AWS40718263', srcId: 'AWS92051374' };
export const MIKI = { ja: '中村 美紀', en: 'Miki Nakamura', keep: 'miki.nakamura@example.jp', src: 'nakamura.m@sier.example.co.jp', keepId: 'AWS27364019', srcId: 'AWS83920415' };
export const YUTO = { ja: '小林 悠斗', en: 'Yuto Kobayashi', keep: 'yuto.kobayashi@example.com', src: 'kobayashi@startup.example.jp', keepId: 'AWS61039288', srcId: 'AWS15502647' };
export const SAM = { name: 'Sam Okafor', keep: 'sam.okafor@example.com', src: 's.okafor@agency.example.org', keepId: 'AWS73318402', srcId: 'AWS29047716' };
export const LENA = { name: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'lfischer@consult.example.com', keepId: 'AWS58812093', srcId: 'AWS04479321' };

export const CID = {
  ken: '17802264931',
  kenDup: '1780229015',
  miki: '176553018244',
  miki2: '1781190327',
  yuto: '1779904412',
  sam: '1781357720046',
  samDup: '17813580012',
  lena: '17740019263',
  other: '17790188532', // a voucher/exam case, not a merge
  otherEn: '1782004417',
  fake: '1769001234',
} as const;

type Base = Omit<Msg, 'trusted' | 'forUser' | 'trap' | 'auth' | 'date'>;
export type Spec = Base & { d: string; tz?: string; trusted?: boolean; forUser?: boolean; trap?: boolean; auth?: Msg['auth'] };

/** defaults: trusted, for the user, not a trap, authenticated */
export const mk = (p: Spec): Msg => {
  const { d, tz, ...rest } = p;
  return { trusted: true, forUser: true, trap: false, auth: 'pass', ...rest, date: rfcDate(d, tz ?? '+0000') };
};

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const html = (text: string, extraHead = ''): string =>
  `<html><head><meta charset="utf-8">${extraHead}</head><body>\n` +
  text
    .split(/\n{2,}/)
    .map((b) => `<div>${esc(b).replace(/\n/g, '<br>\n')}</div>`)
    .join('\n<div><br></div>\n') +
  '\n</body></html>';

/** Salesforce-ish thread reference line, fd's own format */
export const thread = (seed: string): string => `[ thread::00D1x7Qm.500Ka${seed}::thread ]`;

export const sfEn = (from: string, sent: string, subject: string, body: string): string =>
  `---------- Original Message ----------\nFrom: ${from}\nSent: ${sent}\nSubject: ${subject}\n\n${body}`;
export const sfJa = (from: string, sent: string, subject: string, body: string): string =>
  `---------- 元のメッセージ ----------\n差出人: ${from}\n送信日時: ${sent}\n件名: ${subject}\n\n${body}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `From: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const FOOT_EN = `--
This message was sent by Amazon Web Services, Inc. or one of its affiliates,
410 Terry Avenue North, Seattle, WA 98109-5210, USA. It is intended only for
the person or entity named in the header. If you are not that person, delete
it and notify the sender; copying, forwarding or acting on it is not allowed.
AWS, Amazon Web Services and related marks are trademarks of Amazon.com, Inc.
or its affiliates. Replies go back to the case in the subject; keep the thread
line below as it is so that your answer reaches the right case.`;

export const FOOT_JA = `--
本メールはアマゾン ウェブ サービス ジャパン合同会社
(東京都品川区上大崎3-1-1 目黒セントラルスクエア)よりお送りしています。
本メールは宛先の方のみを対象としています。誤って受信された場合は、
破棄のうえ送信者へお知らせください。無断での転送・複製はご遠慮ください。
ご返信の際は件名を変えず、下部の参照行も消さずにお送りください。`;

export const SIG = {
  takahashi: 'AWS トレーニングと認定 サポート\n高橋',
  mori: '森 / AWS T&C CS',
  priyanka: 'Priyanka\nAWS Training & Certification Support',
  sasaki: '-- \n佐々木 (AWS トレーニングと認定 カスタマーサービス)',
  dan: '-dan\nAWS T&C Customer Service',
  rosa: 'Rosa M.\nAWS Training and Certification | Customer Support\nhttps://aws.amazon.com/training/',
  kenta: 'Kenta / AWS Support (T&C)',
};

export const REQ_KEN = `AWS認定アカウント統合希望
統合先 ${KEN.keepId} ${KEN.keep}
統合元 ${KEN.srcId} ${KEN.src}
転職のため。伊藤`;
export const REQ_MIKI = `認定アカウントが2つあります、1つにしたいです。
残す:${MIKI.keep}
消す:${MIKI.src}
中村`;
export const REQ_SAM = `Two cert accounts (job change). Keep ${SAM.keep}, fold in ${SAM.src}. IDs ${SAM.keepId} / ${SAM.srcId}.
Sam`;
export const REQ_LENA = `Hi - pls merge my AWS certification profiles into ${LENA.keep}. Old one: ${LENA.src}. Thx, Lena`;
