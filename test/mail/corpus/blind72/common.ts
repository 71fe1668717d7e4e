// Set bs: people, addresses, case IDs and small helpers shared by msgs-ja.ts / msgs-en.ts.
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CERT_PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// the user's personas (all their addresses are in lib.ts USER_ADDRS)
export const SUZUKI = {
  ja: '鈴木 一郎',
  en: 'Ichiro Suzuki',
  keep: 'ichiro.suzuki@example.ne.jp',
  src: 'i-suzuki@sales.example-kk.co.jp',
  keepId: 'AWS70318824',
  srcId: 'AWS41290557',
};
export const TAKAHASHI = {
  ja: '高橋 美咲',
  en: 'Misaki Takahashi',
  keep: 'misaki.takahashi@example.jp',
  src: 'm-takahashi@hd.example-group.co.jp',
  now: 'takahashi.misaki@sys.example-group.co.jp',
  keepId: 'AWS66102938',
  srcId: 'AWS28847310',
};
export const EMILY = { name: 'Emily Carter', keep: 'emily.carter@example.org', src: 'e.carter@jp.example-kk.co.jp', keepId: 'AWS90012847', srcId: 'AWS35561209' };
export const RAJ = { name: 'Raj Patel', keep: 'raj.patel@example.net', src: 'rpatel@tokyo.example-partner.co.jp', keepId: 'AWS52277016', srcId: 'AWS13390482' };

// people who are not the user
export const IT_DESK = '情報システム部 ヘルプデスク <it-helpdesk@example-kk.co.jp>';
export const BOSS = '山本 浩二 <k.yamamoto@example-kk.co.jp>';
export const SOUMU = '総務部 人事課 <jinji@example-kk.co.jp>';
export const WORKFLOW = '社内ワークフロー <workflow-noreply@example-kk.co.jp>';
export const GROUP_IT = 'グループIT推進室 <it-admin@example-group.co.jp>';

export const CASE = {
  suzuki: '1783302914',
  suzukiDup: '1783309927',
  suzukiExam: '178441203386',
  takahashi: '17790561238',
  takahashi2: '1779990012044',
  emily: '1791105523',
  emilyVoucher: '179200318877',
  raj: '17868820031',
} as const;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Salesforce-style block used under AWS support replies */
export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00Dx0Bs7K._500${seed}:ref`;

/** Outlook (Japanese UI) header block */
export const olJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'caseId' | 'trap' | 'note' | 'subject' | 'enc'>;
/**
 * A message with the defaults of a genuine support mail (From support, delivered to
 * Suzuki's kept address, authenticated). `when` is local time, `tz` its offset.
 */
export function M(p: Req & Partial<Msg> & { when: string; tz?: string }): Msg {
  const { when, tz, ...rest } = p;
  return {
    from: SUPPORT,
    to: SUZUKI.keep,
    auth: 'pass',
    trusted: true,
    forUser: true,
    date: rfcDate(when, tz ?? '+0000'),
    ...rest,
  };
}
