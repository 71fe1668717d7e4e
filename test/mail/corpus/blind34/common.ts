// Set ag: people, senders, case IDs and quoting helpers. Voice: support centres around the
// world (Dublin, Cape Town, Hyderabad, Manila, Sydney, Seattle, Tokyo) and the users who write to them.
import type { Msg } from './lib.js';

export type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap' | 'auth'> &
  Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'>>;
export const ja = (s: Spec): Msg => ({ lang: 'ja', trusted: true, forUser: true, trap: false, auth: 'pass', ...s });
export const en = (s: Spec): Msg => ({ lang: 'en', trusted: true, forUser: true, trap: false, auth: 'pass', ...s });

// ---- senders
export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const FORM_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_SUB = 'AWS Support <no-reply@support.aws.com>';
export const PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';

/** the form's reply subject; `re` varies the prefix the way real threads do */
export const formSubj = (id: string, re = 'RE:'): string => `${re}[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// ---- personas (addresses listed in lib.ts USER_ADDRS)
export const NAKA = { ja: '中村 健一', en: 'Kenichi Nakamura', keep: 'k.nakamura.home@example.net', src: 'kenichi.nakamura@fabrik.example.co.jp', keepId: 'AWS30571846', srcId: 'AWS82203915' };
export const KOBA = { ja: '小林 美咲', en: 'Misaki Kobayashi', keep: 'misaki.kb@example.jp', src: 'm-kobayashi@oldfirm.example.com', keepId: 'AWS47120963', srcId: 'AWS19938054' };
export const FUJI = { ja: '藤井 翔', en: 'Sho Fujii', keep: 'sho.fujii@mail.example.jp', src: 'fujii@partner-si.example.co.jp', keepId: 'AWS60418827', srcId: 'AWS25579310' };
export const TAKA = { ja: '高橋 由美', en: 'Yumi Takahashi', keep: 'yumi.t@example.com', src: 'ytakahashi@global.example.co.jp', keepId: 'AWS73390412', srcId: 'AWS04461278' };
export const RAVI = { name: 'Ravi Menon', keep: 'ravi.menon@example.in', src: 'ravi.m@infra.example.com', keepId: 'AWS51826607', srcId: 'AWS90127734' };
export const SIOB = { name: 'Siobhan Byrne', keep: 'siobhan.byrne@example.ie', src: 'sbyrne@contoso-eu.example.com', keepId: 'AWS66240181', srcId: 'AWS38810526' };
export const LIAM = { name: 'Liam Walker', keep: 'liam.w@example.com.au', src: 'lwalker@uni.example.edu.au', keepId: 'AWS12093358', srcId: 'AWS87745190' };
export const THANDI = { name: 'Thandi Dlamini', keep: 'thandi.d@example.co.za', src: 'tdlamini@bank.example.co.za', keepId: 'AWS29985143', srcId: 'AWS71302269' };
export const GRACE = { name: 'Grace Mendoza', keep: 'grace.mendoza@example.ph', src: 'gmendoza@bpo.example.com.ph', keepId: 'AWS58867021', srcId: 'AWS16640395' };

export const CASE = {
  naka: '1779203348516',
  nakaDup: '1779209944',
  koba: '17811402267',
  kobaRefund: '17815598802',
  fuji: '1783350091',
  taka: '178640022318',
  matsu: '1786817730',
  ravi: '17802256613',
  raviExam: '1780311457',
  siob: '1784471023905',
  liam: '178900341172',
  thandi: '1791028834',
  grace: '17934400581',
  graceDup: '1793449902',
} as const;

// ---- quoting
export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Salesforce-ish block as the AWS form quotes the customer */
export const sfBlock = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const outlookEn = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

export const outlookJa = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;

export const gmailEn = (when: string, who: string, addr: string): string => `On ${when}, ${who} <${addr}> wrote:`;
export const gmailJa = (when: string, who: string, addr: string): string => `${when} ${who} <${addr}>:`;

export const thread = (seed: string): string => `thread::${seed}::`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

// the customers' own first messages, quoted in replies
export const NAKA_REQ = `お世話になります。中村と申します。
前職の会社アドレス(${NAKA.src})で取得した認定を、個人用アドレス(${NAKA.keep})のアカウントへ寄せたいと考えています。
残す方: ${NAKA.keepId}
寄せる方: ${NAKA.srcId}
お手数をおかけしますが、よろしくお願いします。`;

export const KOBA_REQ = `認定アカウントが2つあるので、1つにしていただけますか。
旧: ${KOBA.src}(${KOBA.srcId})
新: ${KOBA.keep}(${KOBA.keepId})
新しい方を使い続けたいです。小林`;

export const FUJI_REQ = `AWS認定のアカウント統合の依頼です。
パートナー企業在籍時のアカウントと個人アカウントがあり、個人側(${FUJI.keepId})に寄せたいです。
藤井 翔`;

export const TAKA_REQ = `Dear AWS support team,
I have two certification account. One is made by my company mail (${TAKA.src}), one is my private mail (${TAKA.keep}).
I want to make them one, and keep private one. My candidate ID is ${TAKA.keepId}.
Sorry for my poor English.
Yumi Takahashi`;

export const RAVI_REQ = `Hi Team,
I am having two AWS certification accounts. Kindly merge ${RAVI.src} (${RAVI.srcId}) into ${RAVI.keep} (${RAVI.keepId}) as I am moving out of my current organisation.
Thanks and regards,
Ravi`;

export const SIOB_REQ = `Hello,
I've ended up with two Certification accounts - one from my old job at Contoso and my own. Could they be joined up, keeping ${SIOB.keep}?
Many thanks,
Siobhan`;

export const LIAM_REQ = `G'day, I sat my Cloud Practitioner on my uni email years back and the SAA on my personal one. Any chance you can smoosh them into the personal account (${LIAM.keep})? Cheers, Liam`;

export const THANDI_REQ = `Good day,
Please assist. I have two AWS Certification profiles (work and personal). I would like to consolidate them under my personal email ${THANDI.keep}.
Regards
Thandi Dlamini`;

export const GRACE_REQ = `Hi po, good day! I would like to request for the merging of my two AWS certification accounts. Old: ${GRACE.src} New: ${GRACE.keep}. Thank you so much in advance!
Grace`;
