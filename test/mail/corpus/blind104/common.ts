// Shared people, addresses, policy boilerplate and quoting helpers for the cy set
// (voice: policy and formal notice).
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubjectNew = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// people: the user's addresses are listed in lib.ts USER_ADDRS
export const TARO = { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS03318842', srcId: 'AWS77104529' };
export const HANAKO = { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS41260937', srcId: 'AWS58830214' };
export const KENJI = { ja: '伊藤 健二', en: 'Kenji Ito', keep: 'kenji.ito@example.net', src: 'k.ito@mfg.example.co.jp', keepId: 'AWS60129475', srcId: 'AWS24901386' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS19053362', srcId: 'AWS80476615' };
export const PRIYA = { name: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS33905174', srcId: 'AWS67214480' };
export const MARIA = { name: 'Maria Garcia', keep: 'maria.garcia@example.es', src: 'mgarcia@uni.example.edu', keepId: 'AWS52208817', srcId: 'AWS14671093' };
export const SAM = { name: 'Sam Okafor', keep: 'sam.okafor@example.com', src: 'sokafor@contractor.example.io', keepId: 'AWS90317726', srcId: 'AWS45520961' };

// support case IDs (10-13 digits)
export const CASE = {
  taro: '17790314452',
  taroOther: '17792200318',
  hanako: '1782290517',
  kenji: '178801446213',
  kenjiDup: '1788014499',
  alex: '1779902211',
  alexOther: '1780112394',
  priya: '17831204659',
  maria: '1785540092187',
  sam: '17860033021',
} as const;

export const d = rfcDate;

type Need = Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'subject' | 'enc' | 'date'>;
/** defaults: from support, delivered to Taro's kept address, DMARC pass, not a trap */
export const M = (x: Need & Partial<Msg>): Msg => ({
  trusted: true,
  forUser: true,
  caseId: null,
  trap: false,
  from: SUPPORT,
  to: TARO.keep,
  auth: 'pass',
  ...x,
});

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const gmailJa = (when: string, name: string, addr: string, body: string): string => `${when} ${name} <${addr}>:\n\n${quote(body)}`;
export const gmailEn = (when: string, name: string, addr: string, body: string): string => `On ${when} ${name} <${addr}> wrote:\n\n${quote(body)}`;
export const outlookJa = (from: string, sent: string, to: string, subj: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subj}\n\n${body}`;
export const outlookEn = (from: string, sent: string, to: string, subj: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subj}\n\n${body}`;
export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00D80Kq7W._5003x${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body></html>`;

// ---- policy boilerplate: the words of every event in general, hypothetical terms
export const JA_CPA = `【AWS認定プログラム契約（以下「本契約」）抜粋】
第2条 受験者（以下「受験者」）は、一人につき一つの認定アカウントのみを保有するものとします。
第3条 複数の認定アカウントが存在することが判明した場合、AWSはこれらを統合し、又は重複するアカウントをクローズすることができます。`;

export const JA_IRREV = `・統合の処理は、一度実行されると元に戻すことができません。
・統合元アカウントの認定履歴、試験履歴及び特典は統合先アカウントに移管され、統合元アカウントは閉鎖されます。
・統合後は、統合元アカウントのメールアドレスではサインインできなくなります。`;

export const JA_BENEFIT = `【特典に関する規定】
次回試験50%割引等の特典（以下「特典」）は、発行時に定められた有効期限まで有効です。アカウントの統合、移管又はメールアドレスの変更によって有効期限が延長、再発行又は復元されることはありません。`;

export const JA_RETENTION = `本件に係る記録は、監査及び法令遵守の目的で、ケースのクローズ後も当社の保持ポリシーに従い保管されます。`;

export const JA_IDENTITY = `本人確認ポリシーに基づき、アカウントの統合、移管、メールアドレス変更その他の登録情報の変更は、ご登録の氏名と一致するご本人様からのご依頼に限りお受けしております。`;

export const EN_CPA = `Excerpt from the AWS Certification Program Agreement (the "CPA"):
2.1 Each CANDIDATE may hold one (1) AWS Certification Account.
2.2 Where AWS identifies more than one account held by the same CANDIDATE, AWS may merge the accounts or close the duplicate account at its discretion.`;

export const EN_IRREV = `- A MERGE is permanent and cannot be reversed.
- On a merge, the certification history, exam history and BENEFITS of the SOURCE ACCOUNT are transferred to the TARGET ACCOUNT, and the SOURCE ACCOUNT is closed.
- After a merge you will no longer be able to sign in with the SOURCE ACCOUNT's email address.`;

export const EN_BENEFIT = `BENEFITS (including the 50% discount voucher earned on passing an exam) keep the expiry date assigned when they were issued. A merge, transfer or change of email address does not extend, reissue or restore a BENEFIT.`;

export const EN_RETENTION = `Records relating to this request are retained for audit and compliance purposes in accordance with our retention policy, including after the case is closed.`;

export const EN_CREDLY = `Digital badges are issued through Credly, our third-party badging provider. A badge is held on the Credly account registered to the email address it was issued to; moving badges between Credly accounts is a separate step from merging AWS Certification accounts.`;
