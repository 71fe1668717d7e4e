// Set dc: shared people, case IDs, boilerplate pools and a message factory.
// Voice: human agents who write like machines, machines that write like humans.
import { rfcDate, type Auth, type Enc, type Kind, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const ASSIST = 'AWS Support Assistant <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const subj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const TARO = { ja: '山田 太郎', en: 'Taro Yamada', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS10482736', srcId: 'AWS55219047' };
export const HANAKO = { ja: '佐藤 花子', en: 'Hanako Sato', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS20917354', srcId: 'AWS63307182' };
export const KENJI = { ja: '伊藤 健二', en: 'Kenji Ito', keep: 'kenji.ito@example.ne.jp', src: 'ito.kenji@corp2.example.co.jp', keepId: 'AWS40771925', srcId: 'AWS93012284' };
export const ALEX = { name: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS31846620', srcId: 'AWS48820193' };
export const PRIYA = { name: 'Priya Nair', keep: 'priya.n@example.org', src: 'priya.nair@oldjob.example', keepId: 'AWS72615508', srcId: 'AWS09933471' };
export const SAM = { name: 'Sam Lee', keep: 'sam.lee@example.com', src: 'slee@agency.example.net', keepId: 'AWS58120736', srcId: 'AWS26604419' };

export const CASE = {
  taro: '17790412385',
  hanako: '1781122094',
  kenji: '178330019472',
  alex: '1779902213',
  priya: '17861230098',
  sam: '1788004417250',
  taroExam: '17791100342',
  alexRefund: '1787711029',
  kenjiDup: '178330019901',
} as const;

export const to = (p: { ja?: string; en?: string; name?: string; keep: string }): string => `${p.ja ?? p.name ?? p.en} <${p.keep}>`;

// templated politeness, the way an AI-assisted agent pads a one-line event
const JA_OPEN = [
  'この度はAWSトレーニングと認定カスタマーサービスへお問い合わせいただき、誠にありがとうございます。お客様がご不便を感じていらっしゃることを十分に理解しており、できる限り迅速かつ丁寧に対応させていただけるよう努めております。',
  '平素よりAWSトレーニングと認定をご利用いただき、心より御礼申し上げます。お客様にご満足いただけるサポートを提供することは、私どもにとって最も大切な使命の一つでございます。',
  'お問い合わせの件、私が担当させていただきます。お客様の貴重なお時間を頂戴しておりますこと、改めて感謝申し上げますとともに、ご心配をおかけしている点について深くお詫び申し上げます。',
  'ご連絡をいただき、ありがとうございます。お客様の学習と認定の歩みをお手伝いできることを、大変光栄に存じます。',
  'お待たせしており申し訳ございません。お客様のケースにつきまして、関連する記録を一つひとつ丁寧に確認いたしました。',
];
const JA_CLOSE = [
  'その他ご不明な点やご懸念がございましたら、どうぞお気軽にお知らせください。お客様の今後のご活躍を心よりお祈り申し上げます。',
  '引き続き、お客様にとって最良の体験をお届けできるよう、チーム一同尽力してまいります。今後ともどうぞよろしくお願い申し上げます。',
  '本件に関してご質問等ございましたら、本メールにそのままご返信いただければ対応を継続いたします。素晴らしい一日をお過ごしください。',
  'お客様のご理解とご協力に、重ねて深く感謝申し上げます。',
  '今後ともAWSトレーニングと認定をよろしくお願いいたします。お客様の学習の旅が実り多きものとなりますように。',
];
const EN_OPEN = [
  'Thank you for reaching out to AWS Training and Certification Customer Service. I completely understand how important your certification records are to you, and I want to assure you that I am here to help every step of the way.',
  'I hope this message finds you well. First and foremost, thank you for your patience while we reviewed your request; we truly value you as a member of the AWS Certification community.',
  'Thank you for contacting us. I appreciate you taking the time to provide such a detailed description of your situation, and I apologize for any inconvenience this may have caused.',
  'Greetings, and thank you for choosing AWS Training and Certification. Your satisfaction is our top priority and I am happy to assist you today.',
  'I sincerely appreciate your understanding and cooperation as we work through your request together.',
];
const EN_CLOSE = [
  'Should you have any further questions or concerns, please do not hesitate to reply to this email. We are always happy to help and wish you continued success on your cloud journey!',
  'Once again, thank you for your patience and understanding. Have a wonderful day ahead!',
  'We value your feedback and are committed to providing you with an exceptional support experience. Please feel free to reach out if there is anything else I can do for you.',
  'Thank you for being a valued member of the AWS Certification community. Take care and stay safe!',
  'I hope this information is helpful. Wishing you all the best in your certification journey.',
];
export const jo = (i: number): string => JA_OPEN[i % JA_OPEN.length] as string;
export const jc = (i: number): string => JA_CLOSE[i % JA_CLOSE.length] as string;
export const eo = (i: number): string => EN_OPEN[i % EN_OPEN.length] as string;
export const ec = (i: number): string => EN_CLOSE[i % EN_CLOSE.length] as string;

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');
export const sfOrig = (from: string, sent: string, toA: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toA}\nSubject: ${subject}\n\n${body}`;
export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

export interface Spec {
  slug: string;
  kind: Kind;
  caseId: string | null;
  note: string;
  day: string; // 'YYYY-MM-DD HH:MM:SS'
  subject: string;
  text?: string;
  html?: string;
  from?: string;
  to?: string;
  cc?: string;
  trap?: boolean;
  trusted?: boolean;
  forUser?: boolean;
  auth?: Auth;
  enc?: Enc;
  tz?: string;
  extra?: Partial<Msg>;
}

export function mk(lang: 'ja' | 'en', s: Spec): Msg {
  const m: Msg = {
    slug: s.slug,
    kind: s.kind,
    lang,
    trusted: s.trusted ?? true,
    forUser: s.forUser ?? true,
    caseId: s.caseId,
    trap: s.trap ?? false,
    note: s.note,
    from: s.from ?? SUPPORT,
    to: s.to ?? (lang === 'ja' ? to(TARO) : to(ALEX)),
    subject: s.subject,
    date: rfcDate(s.day, s.tz ?? (lang === 'ja' ? '+0900' : '+0000')),
    auth: s.auth ?? 'pass',
    enc: s.enc ?? (lang === 'ja' ? 'jis7' : 'ascii7'),
    ...(s.text !== undefined ? { text: s.text } : {}),
    ...(s.html !== undefined ? { html: s.html } : {}),
    ...(s.cc ? { cc: s.cc } : {}),
    ...(s.extra ?? {}),
  };
  return m;
}
