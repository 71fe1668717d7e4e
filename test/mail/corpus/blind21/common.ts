// Set t: people, case IDs, senders and quoting helpers (terse/hurried voice).
import type { Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubjectNoRe = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KENJI = { ja: '小林 健司', en: 'Kenji Kobayashi', keep: 'kenji.kob@example.net', src: 'k-kobayashi@tsubame-sys.example.co.jp', keepId: 'AWS40718263', srcId: 'AWS92650314', co: 'つばめシステム株式会社' };
export const MISAKI = { ja: '中村 美咲', en: 'Misaki Nakamura', keep: 'misaki.nkmr@example.ne.jp', src: 'm.nakamura@hoshizora-lab.example.jp', keepId: 'AWS17390552', srcId: 'AWS65028841', co: '星空ラボ' };
export const SHO = { ja: '渡辺 翔', en: 'Sho Watanabe', keep: 'sho.watanabe@example.co.jp', src: 'watanabe@kumo-design.example.com', keepId: 'AWS58816027', srcId: 'AWS23094476', co: 'くもデザイン' };
export const KEVIN = { ja: 'ケビン 田中', en: 'Kevin Tanaka', keep: 'kevin.t@example.com', src: 'kevin.tanaka@nagare-works.example.co.jp', keepId: 'AWS77402915', srcId: 'AWS30561728', co: 'Nagare Works' };
export const DAN = { en: 'Dan Okafor', keep: 'dan.okafor@example.com', src: 'dokafor@brightlane.example.org', keepId: 'AWS84139607', srcId: 'AWS12875340', co: 'Brightlane' };
export const LENA = { en: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@kiefer-it.example.net', keepId: 'AWS69520184', srcId: 'AWS45307719', co: 'Kiefer IT' };

export const CASE = {
  kenji: '1784420937115',
  kenjiDup: '17844216602',
  kenjiBill: '1826014499',
  misaki: '1779903184',
  sho: '186402773519',
  kevin: '1758830264',
  dan: '1812075596430',
  danOther: '18120802271',
  lena: '17930488212',
} as const;

export type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap' | 'auth'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'>>;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfRef = (seed: string): string => `ref:_00Dq1Ht7W._500Tz${seed}:ref`;

export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const gmailJa = (date: string, who: string, body: string): string => `${date} ${who}:\n\n${quote(body)}`;
export const gmailEn = (date: string, who: string, body: string): string => `On ${date} ${who} wrote:\n${quote(body)}`;
export const iphoneJa = (date: string, who: string, body: string): string => `${date}、${who}のメール:\n\n${quote(body)}`;
export const iphoneEn = (date: string, who: string, body: string): string => `On ${date}, ${who} wrote:\n\n${quote(body)}`;
export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const origMsg = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string, lang = 'en'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title></title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body></html>`;

// the customers' opening requests (quoted again and again)
export const KENJI_REQ = `AWS認定のアカウント統合お願いします。
残す: ${KENJI.keepId} / ${KENJI.keep}
消す: ${KENJI.srcId} / ${KENJI.src}
転職するので会社アドレスの方を個人の方に寄せたいです。
小林 健司 (${KENJI.co})`;

export const MISAKI_REQ = `認定アカウントが二つあるので一つにしてほしいです
${MISAKI.keep} に ${MISAKI.src} の資格を移してください。
中村`;

export const SHO_REQ = `お世話になります。渡辺です。
前職(${SHO.co})のアドレスで取ったSAAと、個人アドレスで取ったDVAを同じアカウントにまとめたいです。
候補者ID ${SHO.keepId} (個人) / ${SHO.srcId} (前職)`;

export const KEVIN_REQ = `Hi, I have 2 certification accounts. 個人の ${KEVIN.keep} に merge したいです。
old one: ${KEVIN.src}
Kevin`;

export const DAN_REQ = `need my two cert accounts merged.
keep ${DAN.keep} (${DAN.keepId}), fold in ${DAN.src} (${DAN.srcId}).
thanks - Dan`;

export const LENA_REQ = `Hello,
I changed jobs and now have two AWS Certification profiles. Please merge ${LENA.src} into ${LENA.keep}.
Lena Fischer`;
