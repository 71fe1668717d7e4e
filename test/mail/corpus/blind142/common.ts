// Set ek: people, case IDs, quoting helpers and a message factory with defaults.
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CERT_PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const SUZUKI = { ja: '鈴木 健一', en: 'Kenichi Suzuki', keep: 'k.suzuki@example.jp', src: 'kenichi.suzuki@oldcorp.example.com', keepId: 'AWS04417729', srcId: 'AWS88130256' };
export const MISAKI = { ja: '高橋 美咲', en: 'Misaki Takahashi', keep: 'misaki.t@example.com', src: 'takahashi.misaki@corp.example.co.jp', keepId: 'AWS27719904', srcId: 'AWS61024487' };
export const SHO = { ja: '中村 翔', en: 'Sho Nakamura', keep: 'sho.nakamura@example.net', src: 'nakamura@partner.example.co.jp', keepId: 'AWS39302117', srcId: 'AWS70845521' };
export const DANA = { name: 'Dana Okafor', keep: 'dana.okafor@example.com', src: 'd.okafor@corp-old.example.net', keepId: 'AWS52208841', srcId: 'AWS13370962' };
export const LUKAS = { name: 'Lukas Becker', keep: 'lukas.becker@example.de', src: 'l.becker@student.example.edu', keepId: 'AWS66091835', srcId: 'AWS40517263' };

export const CASE = {
  suzuki: '1784402219035',
  suzukiDup: '17844030118',
  misaki: '178550921146',
  sho: '1786129043',
  shoOther: '17861388204',
  dana: '1788230415567',
  danaOther: '1788299104',
  lukas: '178901826633',
} as const;

export const d = (local: string, tz = '+0900'): string => rfcDate(local, tz);

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;

export const gmailJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
export const gmailEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n\n${quote(body)}`;

export const sfRef = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'caseId' | 'trap' | 'note' | 'from' | 'to' | 'subject' | 'date' | 'enc'>;
/** defaults: authenticated (pass), trusted, delivered to the user */
export const mk = (p: Req & Partial<Msg>): Msg => ({ auth: 'pass', trusted: true, forUser: true, ...p });

export const SUZUKI_REQ = `AWS認定のアカウントが2つあるため、1つにまとめていただけますでしょうか。
残す方: ${SUZUKI.keepId} / ${SUZUKI.keep}
統合する方: ${SUZUKI.srcId} / ${SUZUKI.src}
両方のアカウントに認定履歴があり、セルフサービスのツールでは統合できませんでした。
鈴木 健一`;

export const MISAKI_REQ = `お世話になります。高橋と申します。
前職の会社アドレスで受験した認定(SAA, DVA)と、個人アドレスで受験した認定(SOA)を、どちらか一方のアカウントにまとめたいです。
できれば個人の方 (${MISAKI.keep}) を残したいです。`;

export const SHO_REQ = `認定アカウントの統合依頼です。
${SHO.keepId}(${SHO.keep})に、${SHO.srcId}(${SHO.src})のすべての認定を移してください。`;

export const DANA_REQ = `Hi team, I ended up with two certification accounts (${DANA.keepId} and ${DANA.srcId}). I would like both of them combined into the one registered to ${DANA.keep}. The other account uses ${DANA.src}, which I will lose access to at the end of the month.`;

export const LUKAS_REQ = `Hello, I passed Cloud Practitioner with my student address and two associate exams with my private address. Please merge either account into the other, whichever is easier, but I would prefer to keep ${LUKAS.keep}.`;
