// fg: people, senders, case IDs and quoting helpers. Written fresh for this set.
import { rfcDate, type Msg } from './lib.js';

export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const caseSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const caseUrl = (id: string): string => `https://support.aws.amazon.com/#/case/?displayId=${id}&language=ja`;
export const caseUrlEn = (id: string): string => `https://support.aws.amazon.com/#/case/?displayId=${id}&language=en`;

// the user's personas (their addresses are in lib.ts USER_ADDRS)
export const KENTA = { ja: '木村 健太', en: 'Kenta Kimura', keep: 'kenta.kimura@example.jp', src: 'k.kimura@oldwork.example.co.jp', keepId: 'AWS40817263', srcId: 'AWS77120584' };
export const YUMI = { ja: '中村 由美', en: 'Yumi Nakamura', keep: 'yumi.n@example.com', src: 'nakamura.yumi@partner.example.jp', keepId: 'AWS52290417', srcId: 'AWS60148822' };
export const SHO = { ja: '林 翔', en: 'Sho Hayashi', keep: 'sho.hayashi@example.net', src: 'hayashi@si-corp.example.jp', keepId: 'AWS38861950', srcId: 'AWS91403376' };
export const MISAKI = { ja: '高橋 美咲', en: 'Misaki Takahashi', keep: 'misaki.t@example.ne.jp', src: 'takahashi.m@edu.example.ac.jp', keepId: 'AWS24759031', srcId: 'AWS83306147' };
export const DAN = { name: 'Daniel Okafor', keep: 'dan.okafor@example.com', src: 'dokafor@consult.example.org', keepId: 'AWS19028374', srcId: 'AWS65501238' };
export const LENA = { name: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@agency.example.com', keepId: 'AWS47730915', srcId: 'AWS80264413' };
export const SAM = { name: 'Sam Patel', keep: 'sam.patel@example.org', src: 'spatel@startup.example.io', keepId: 'AWS33917460', srcId: 'AWS70052981' };

// support case IDs (10 to 13 digits)
export const C = {
  kenta: '17840261953',
  kentaDup: '1784027719',
  kentaRefund: '17840559012',
  yumi: '178512093364',
  yumiExam: '1785120977',
  sho: '1786634410025',
  misaki: '17871255083',
  dan: '1791102836',
  danExam: '17911077425',
  lena: '179244360118',
  sam: '17938820561',
  samDup: '1793882999',
} as const;

export const jst = (local: string): string => rfcDate(local, '+0900');
export const utc = (local: string): string => rfcDate(local, '+0000');
export const pst = (local: string): string => rfcDate(local, '-0800');

/** quote every line with "> " (nested quotes get one more ">") */
export const q = (text: string): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : l ? '> ' + l : '>'))
    .join('\n');

// quote headers as mailers write them
export const gmailJa = (when: string, name: string, addr: string): string => `${when} ${name} <${addr}>:`;
export const gmailEn = (when: string, name: string, addr: string): string => `On ${when}, ${name} <${addr}> wrote:`;
export const outlookJa = (from: string, sent: string, to: string, subject: string): string =>
  `差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string): string =>
  `From: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}`;
export const sfEn = (from: string, sent: string, to: string, subject: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}`;
export const sfJa = (from: string, sent: string, to: string, subject: string): string =>
  `--------------- 元のメッセージ ---------------\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}`;
export const fwdEn = (from: string, date: string, subject: string, to: string): string =>
  `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${to}`;
export const fwdJa = (from: string, date: string, subject: string, to: string): string =>
  `---------- 転送されたメッセージ ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${to}`;

export const sfRef = (seed: string): string => `ref:_00D1a2B3c._500Kx${seed}:ref`;

const escHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** plain text → simple HTML paragraphs */
export const html = (text: string, style = 'font-family:Arial,sans-serif;font-size:14px'): string =>
  `<html><body><div style="${style}">\n` +
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${escHtml(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n') +
  '\n</div></body></html>';

/** what a message is in this set: the label is written by hand; auth and delivery default to a genuine delivery */
export type Draft = Omit<Msg, 'auth' | 'trusted' | 'forUser'> & Partial<Pick<Msg, 'auth' | 'trusted' | 'forUser'>>;
export const mk = (d: Draft): Msg => ({ auth: 'pass', trusted: true, forUser: true, ...d });

// recurring original requests (quoted history)
export const KENTA_REQ = `AWS 認定アカウントが 2 つあるため、1 つにまとめていただきたくご連絡しました。
残したいアカウント: ${KENTA.keep} (${KENTA.keepId})
統合したいアカウント: ${KENTA.src} (${KENTA.srcId})
転職のため、旧勤務先のアドレスはまもなく使えなくなります。`;

export const YUMI_REQ = `お世話になります。中村です。
パートナー企業のアドレスで受験した分と、個人で受験した分の認定を、個人側(${YUMI.keep})に寄せたいです。
候補者ID は ${YUMI.keepId} と ${YUMI.srcId} です。`;

export const SHO_REQ = `認定アカウントの統合希望です。
旧: ${SHO.src} / ${SHO.srcId}
新: ${SHO.keep} / ${SHO.keepId}
よろしくおねがいします`;

export const MISAKI_REQ = `大学のメールアドレスで作った AWS 認定アカウントと、個人アドレスのアカウントがあります。
卒業前に個人のほう (${MISAKI.keep}) に統合をお願いできますでしょうか。`;

export const DAN_REQ = `Hi - I ended up with two certification profiles (one from my consulting days, ${DAN.src}).
Could you fold it into ${DAN.keep}? Candidate IDs ${DAN.srcId} and ${DAN.keepId}.
Thanks, Dan`;

export const LENA_REQ = `Hello,
my agency registered me for two exams under ${LENA.src}; my own profile is ${LENA.keep}.
I'd like one profile only, the personal one please.
Lena Fischer`;

export const SAM_REQ = `I have 2 AWS cert accounts (${SAM.src} and ${SAM.keep}). Want to combine them, keep the .org one.
- Sam`;
