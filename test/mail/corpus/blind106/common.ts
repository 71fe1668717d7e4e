// Set da: people, intermediaries, case IDs and quoting helpers.
import type { Msg } from './lib.js';

// ---- AWS and Credly senders (genuine when authenticated)
export const AWS_FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const AWS_FORM_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const AWS_CERT = 'AWS Certification <certification-noreply@aws.amazon.com>';
export const AWS_TRAINING = 'AWS Skill Builder <no-reply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const caseSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// ---- the users (their addresses are in lib.ts USER_ADDRS)
export const SUZUKI = { ja: '鈴木 健一', en: 'Kenichi Suzuki', keep: 'k.suzuki@example.jp', src: 'kenichi.suzuki@client-corp.example.co.jp', keepId: 'AWS40028817', srcId: 'AWS77310452' };
export const MISAKI = { ja: '高橋 美咲', en: 'Misaki Takahashi', keep: 'misaki.t@example.com', src: 'm.takahashi@old-si.example.co.jp', keepId: 'AWS51194630', srcId: 'AWS28846071' };
export const DAN = { name: 'Daniel Okafor', keep: 'dan.okafor@example.net', src: 'd.okafor@legacyco.example.com', keepId: 'AWS66020913', srcId: 'AWS13579024' };
export const SOFIA = { name: 'Sofia Rossi', keep: 'sofia.rossi@example.it', src: 'srossi@formerbank.example', keepId: 'AWS90412276', srcId: 'AWS35521840' };
export const WEI = { name: 'Wei Chen', keep: 'wei.chen@example.org', src: 'wchen@contractor.example', keepId: 'AWS74103388', srcId: 'AWS62290517' };

export const SUZUKI_TO = `${SUZUKI.ja} <${SUZUKI.keep}>`;
export const SUZUKI_WORK = `${SUZUKI.ja} <${SUZUKI.src}>`;
export const MISAKI_TO = `${MISAKI.ja} <${MISAKI.keep}>`;
export const DAN_TO = `${DAN.name} <${DAN.keep}>`;
export const DAN_WORK = `${DAN.name} <${DAN.src}>`;
export const SOFIA_TO = `${SOFIA.name} <${SOFIA.keep}>`;
export const WEI_TO = `${WEI.name} <${WEI.keep}>`;

// ---- intermediaries (none of these domains is trusted)
export const CB = { from: 'クラウドブリッジ株式会社 AWSサポートデスク <aws-desk@cloudbridge.example.co.jp>', addr: 'aws-desk@cloudbridge.example.co.jp', agent: '中村' };
export const LG = { from: '株式会社ラーニングゲート 認定サポート窓口 <cert-support@learninggate.example.jp>', addr: 'cert-support@learninggate.example.jp' };
export const HS = { from: 'ヒューマンスキル研修事務局 <kenshu@humanskill.example.co.jp>', addr: 'kenshu@humanskill.example.co.jp' };
export const KOBA = { from: '小林 直樹 <kobayashi@naoki-consulting.example.jp>', addr: 'kobayashi@naoki-consulting.example.jp' };
export const COORD = { from: '人事部 研修担当 <jinji-kenshu@client-corp.example.co.jp>', addr: 'jinji-kenshu@client-corp.example.co.jp' };
export const NIMBUS = { from: 'Nimbus Partners Support <support@nimbuspartners.example.com>', addr: 'support@nimbuspartners.example.com' };
export const SKY = { from: 'SkyLearn Academy - Certification Desk <certdesk@skylearn.example.com>', addr: 'certdesk@skylearn.example.com' };
export const TW = { from: 'TalentWorks Learning Ops <l-and-d@talentworks.example.net>', addr: 'l-and-d@talentworks.example.net' };
export const RUTH = { from: 'Ruth Adeyemi <ruth@adeyemi-advisory.example.org>', addr: 'ruth@adeyemi-advisory.example.org' };

// ---- support case IDs (10-13 digits)
export const CASE = {
  suzuki: '17830045129',
  suzukiOther: '178311002457',
  misaki: '1775092316',
  misakiDup: '1775098820',
  dan: '1791203346',
  danOther: '17912088813',
  sofia: '176540119027',
  wei: '1788004411',
  weiOther: '1788119902',
} as const;

export const sfRef = (seed: string): string => `ref:_00D8a0Kp3._500${seed}:ref`;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

/** forwarded block in Gmail's Japanese style */
export const fwdJa = (from: string, date: string, subject: string, to: string, body: string): string =>
  `---------- 転送されたメッセージ ---------\n送信者: ${from}\nDate: ${date}\n件名: ${subject}\nTo: ${to}\n\n${body}`;
/** forwarded block in Outlook's Japanese style */
export const fwdOutlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const fwdEn = (from: string, date: string, subject: string, to: string, body: string): string =>
  `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${to}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfOrig = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

/** partner ticket footer */
export const ticketJa = (no: string): string => `━━━━━━━━━━━━━━━━━━━━\nお問い合わせ番号: ${no}\n本メールへの返信で担当者へ届きます。件名の[#${no}]は変更しないでください。\n━━━━━━━━━━━━━━━━━━━━`;

/** defaults: delivered to the user, not a trap */
export function m(x: Omit<Msg, 'forUser' | 'trap'> & { forUser?: boolean; trap?: boolean }): Msg {
  return { forUser: true, trap: false, ...x };
}
