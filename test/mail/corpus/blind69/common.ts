// bp: people, addresses and quoting helpers. Voice: mail that reaches the user
// second-hand (assistants, managers, auto-forward rules, shared inboxes,
// delegated replies, support writing with a colleague in copy, self-forwards).
import { rfcDate } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const caseSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// ---- personas (only USER_ADDRS in lib.ts are the user's) ----
// Kimura left Oldworks; Oldworks' server still auto-forwards his old mailbox to his personal one.
export const KIMURA = {
  ja: '木村 健一',
  en: 'Kenichi Kimura',
  keep: 'kenichi.kimura@example.net',
  old: 'k.kimura@oldworks.example.co.jp',
  keepId: 'AWS30571846',
  oldId: 'AWS81235007',
  via: 'mail.oldworks.example.co.jp',
};
// Nakamura keeps her work account; her assistant Kobayashi and manager Takahashi handle mail for her,
// and the team's shared inbox aws-cert@ receives copies.
export const YUMI = {
  ja: '中村 由美',
  en: 'Yumi Nakamura',
  keep: 'nakamura.yumi@corp.example.co.jp',
  old: 'yumi.n@example.jp',
  keepId: 'AWS47702315',
  oldId: 'AWS19038846',
};
export const KOBAYASHI = { ja: '小林 陽子', addr: 'kobayashi.yoko@corp.example.co.jp' };
export const TAKAHASHI = { ja: '高橋 誠', addr: 'takahashi.makoto@corp.example.co.jp' };
export const TEAM_JA = { ja: 'クラウド資格推進チーム', addr: 'aws-cert@corp.example.co.jp' };
// Okafor changed jobs; formerco forwards his old mailbox for a while. Manager Rachel, team inbox cloud-certs@.
export const DAN = {
  en: 'Daniel Okafor',
  keep: 'dan.okafor@example.com',
  old: 'dokafor@formerco.example.com',
  keepId: 'AWS62209418',
  oldId: 'AWS35570192',
  via: 'smtp-fwd.formerco.example.com',
};
export const RACHEL = { en: 'Rachel Chen', addr: 'r.chen@newco.example.com' };
export const TEAM_EN = { en: 'Cloud Certs Team', addr: 'cloud-certs@newco.example.com' };
// Laurent has an executive assistant, Marc, who writes to support for her.
export const SOPHIE = {
  en: 'Sophie Laurent',
  keep: 'sophie.laurent@example.fr',
  old: 'slaurent@agency.example.com',
  keepId: 'AWS90314467',
  oldId: 'AWS27781350',
};
export const MARC = { en: 'Marc Dubois', addr: 'm.dubois@agency.example.com' };

export const CASE = {
  kimura: '1774203958',
  kimuraExam: '1779912034',
  yumi: '176530418892',
  yumiDup: '176530422017',
  dan: '1781029374',
  danDup: '178103366245',
  danRefund: '17810552903',
  sophie: '17690772518',
} as const;

export const d = (local: string, tz = '+0900'): string => rfcDate(local, tz);

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export interface Hdr {
  from: string;
  date: string;
  to: string;
  cc?: string;
  subject: string;
}

/** Gmail (Japanese UI) forward block */
export const gmailFwdJa = (h: Hdr, body: string): string =>
  `---------- Forwarded message ---------\n差出人: ${h.from}\nDate: ${h.date}\nSubject: ${h.subject}\nTo: ${h.to}\n${h.cc ? `Cc: ${h.cc}\n` : ''}\n\n${body}`;
/** Gmail (English UI) forward block */
export const gmailFwdEn = (h: Hdr, body: string): string =>
  `---------- Forwarded message ---------\nFrom: ${h.from}\nDate: ${h.date}\nSubject: ${h.subject}\nTo: ${h.to}\n${h.cc ? `Cc: ${h.cc}\n` : ''}\n\n${body}`;
/** Outlook desktop (Japanese) forward/reply header */
export const outlookJa = (h: Hdr, body: string): string =>
  `________________________________\n差出人: ${h.from}\n送信日時: ${h.date}\n宛先: ${h.to}\n${h.cc ? `CC: ${h.cc}\n` : ''}件名: ${h.subject}\n\n${body}`;
/** Outlook desktop (English) forward/reply header */
export const outlookEn = (h: Hdr, body: string): string =>
  `________________________________\nFrom: ${h.from}\nSent: ${h.date}\nTo: ${h.to}\n${h.cc ? `Cc: ${h.cc}\n` : ''}Subject: ${h.subject}\n\n${body}`;
/** old Outlook / Becky style */
export const origMsg = (h: Hdr, body: string): string =>
  `-----Original Message-----\nFrom: ${h.from}\nSent: ${h.date}\nTo: ${h.to}\nSubject: ${h.subject}\n\n${body}`;
/** Salesforce-style history block used by AWS support replies */
export const sfOrig = (h: Hdr, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${h.from}\nSent: ${h.date}\nTo: ${h.to}\nSubject: ${h.subject}\n\n${body}`;
/** iPhone Mail forward (Japanese) */
export const iphoneFwdJa = (h: Hdr, body: string): string =>
  `転送されたメッセージ:\n\n差出人: ${h.from}\n日付: ${h.date}\n宛先: ${h.to}\n件名: ${h.subject}\n\n${body}`;
/** iPhone Mail forward (English) */
export const iphoneFwdEn = (h: Hdr, body: string): string =>
  `Begin forwarded message:\n\nFrom: ${h.from}\nDate: ${h.date}\nTo: ${h.to}\nSubject: ${h.subject}\n\n${body}`;
/** Thunderbird forward */
export const tbFwd = (h: Hdr, body: string): string =>
  `-------- Forwarded Message --------\nSubject: \t${h.subject}\nDate: \t${h.date}\nFrom: \t${h.from}\nTo: \t${h.to}\n\n${body}`;
/** Gmail quote line, Japanese UI */
export const gmailQJa = (when: string, who: string, body: string): string => `${when} ${who}:\n\n${quote(body)}`;
/** Gmail quote line, English UI */
export const gmailQEn = (when: string, who: string, body: string): string => `On ${when} ${who} wrote:\n\n${quote(body)}`;

export const sfRef = (seed: string): string => `ref:_00D30Kq7X._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}">\n<head><meta charset="utf-8"></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body>\n</html>`;

// ---- what the user / helpers originally sent (quoted history) ----
export const YUMI_REQ_BY_KOBAYASHI = `お世話になります。株式会社コーポ 総務部の小林と申します。
弊社社員 中村 由美 の AWS 認定アカウントが2つに分かれているため、1つにまとめていただきたくご連絡しました。
残すアカウント: ${YUMI.keep} (${YUMI.keepId})
統合するアカウント: ${YUMI.old} (${YUMI.oldId})
本人は出張中のため、私が代理で申請しております。`;

export const KIMURA_REQ = `AWS認定のアカウント統合をお願いします。
前職のアドレス(${KIMURA.old}, ${KIMURA.oldId})で取得した認定を、
個人アドレス ${KIMURA.keep} (${KIMURA.keepId}) のほうへ寄せたいです。
木村`;

export const DAN_REQ_BY_RACHEL = `Hello,
I manage Daniel Okafor's team. Daniel has two AWS Certification accounts (${DAN.old} from his previous employer and ${DAN.keep}).
Could you combine them under ${DAN.keep}? Happy to provide anything you need.
Rachel Chen, Engineering Manager`;

export const DAN_REQ = `Hi, I'd like my two certification profiles combined. Old: ${DAN.old} / ${DAN.oldId}. Keep: ${DAN.keep} / ${DAN.keepId}. Thanks, Dan`;

export const SOPHIE_REQ_BY_MARC = `Dear Support team,
Writing on behalf of Ms Sophie Laurent. She holds two AWS Certification accounts: ${SOPHIE.old} (candidate ${SOPHIE.oldId}) and ${SOPHIE.keep} (candidate ${SOPHIE.keepId}).
She would like a single account, the personal one.
Kind regards,
Marc Dubois
Executive Assistant to the Managing Director`;
