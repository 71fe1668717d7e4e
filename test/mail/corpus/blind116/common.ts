// dk: people, senders, case IDs and small helpers shared by msgs-ja.ts / msgs-en.ts.
import { rfcDate, type Auth, type Enc, type Kind, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const form = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KENJI = { ja: '森 健二', en: 'Kenji Mori', keep: 'kenji.mori@example.jp', src: 'k.mori@fintech.example.co.jp', keepId: 'AWS40771925', srcId: 'AWS83016644' };
export const YUI = { ja: '田中 結衣', en: 'Yui Tanaka', keep: 'yui.tanaka@example.com', src: 'yui@agency.example.jp', keepId: 'AWS22590318', srcId: 'AWS67143002' };
export const SAM = { name: 'Sam Okafor', keep: 'sam.okafor@example.net', src: 's.okafor@legacyco.example.com', keepId: 'AWS51208873', srcId: 'AWS30975561' };
export const LENA = { name: 'Lena Fischer', keep: 'lena.fischer@example.de', keepId: 'AWS91450027', srcId: 'AWS14862390' };

export const CASE = {
  kenji: '17791304528',
  kenjiDup: '17791322016',
  yui: '1781460923',
  yuiBill: '178146999031',
  sam: '1776208845310',
  samDup: '17762110942',
  lena: '179001573384',
} as const;

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

/** Salesforce-style history block under AWS support replies */
export const sfBlock = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00D8dk3Q._500${seed}:ref`;

export const KENJI_ASK = `AWS認定のアカウントが2つに分かれてしまっているので、1つにしていただきたいです。
残す方: ${KENJI.keepId} / ${KENJI.keep}
まとめる方: ${KENJI.srcId} / ${KENJI.src}
転職で前職のアドレスが使えなくなるためです。
森 健二`;

export const YUI_ASK = `はじめまして、田中と申します。
前の勤務先(代理店)のメールで受けた試験の記録を、個人のアカウントに寄せたいです。
個人: ${YUI.keep}
前職: ${YUI.src}
お手数ですがよろしくお願いします。`;

export const SAM_ASK = `Hi team, I ended up with two certification profiles (${SAM.keep} and ${SAM.src}).
I'd like to end up with a single one under ${SAM.keep}. Candidate IDs: ${SAM.keepId}, ${SAM.srcId}.
Thanks, Sam Okafor`;

export const LENA_ASK = `Hello, my SAA is on candidate ID ${LENA.srcId} and my DVA on ${LENA.keepId}. Please put both under ${LENA.keep}. Lena`;

interface Draft {
  slug: string;
  kind: Kind;
  lang: 'ja' | 'en';
  caseId: string | null;
  trap?: boolean;
  note: string;
  from: string;
  to: string;
  subject: string;
  when: string; // 'YYYY-MM-DD hh:mm:ss'
  tz?: string;
  auth?: Auth;
  enc: Enc;
  forUser?: boolean;
  trusted?: boolean;
}

const TRUSTED = ['amazon.com', 'aws.amazon.com', 'support.aws.com', 'aws.training', 'credly.com'];

/** fills defaults; the label's trusted value comes from auth + From domain and is re-checked against the bytes */
export function mk(d: Draft & Partial<Omit<Msg, keyof Draft | 'date' | 'trusted' | 'forUser' | 'trap'>>): Msg {
  const { when, tz, trusted, forUser, trap, auth, ...rest } = d;
  const a = auth ?? 'pass';
  const dom = (/@([^>\s]+)>?\s*$/.exec(d.from)?.[1] ?? '').toLowerCase();
  const okDom = TRUSTED.some((t) => dom === t || dom.endsWith('.' + t));
  return {
    ...rest,
    auth: a,
    date: rfcDate(when, tz ?? (d.lang === 'ja' ? '+0900' : '+0000')),
    trusted: trusted ?? ((a === 'pass' || a === 'dkimonly') && okDom),
    forUser: forUser ?? true,
    trap: trap ?? false,
  };
}
