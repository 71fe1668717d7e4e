// Set am: people, addresses, case IDs and quoting helpers.
// Voice: a training administrator (小野寺 誠) at Kitasora Systems who handles AWS Certification
// account merges for several employees from one mailbox, while his own merge runs too.
import { rfcDate, type Msg } from './lib.js';

export const SUP = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUP_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const formSubj = (id: string, pre = 'RE:'): string => `${pre}[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// the mailbox owner's addresses (all in USER_ADDRS)
export const ADMIN_BOX = 'training-admin@kitasora.example.co.jp';
export const ADMIN_WORK = 'm.onodera@kitasora.example.co.jp';
export const ADMIN_HOME = 'makoto.onodera@example.net';
export const KONDO_OLD = 't.kondo@kitasora.example.co.jp';
export const BOX_JA = `研修管理窓口 <${ADMIN_BOX}>`;
export const BOX_EN = `Kitasora Training Admin <${ADMIN_BOX}>`;
export const ONO_JA = `小野寺 誠 <${ADMIN_WORK}>`;
export const ONO_EN = `Makoto Onodera <${ADMIN_WORK}>`;
export const ONO_HOME = `Makoto Onodera <${ADMIN_HOME}>`;

// addresses that are NOT the user's
export const DL_ALL = 'cloud-cert-all@kitasora.example.co.jp';
export const DL_GLOBAL = 'aws-champions@kitasora-global.example.com';
export const HR = '人事部 労務グループ <hr-roumu@kitasora.example.co.jp>';

export const ONODERA = { ja: '小野寺 誠', en: 'Makoto Onodera', keep: ADMIN_HOME, src: 'onodera.m@hokuto-sys.example.jp', keepId: 'AWS40917726', srcId: 'AWS18854302' };
export const FUJII = { ja: '藤井 彩花', en: 'Ayaka Fujii', work: 'ayaka.fujii@kitasora.example.co.jp', keep: 'ayaka.f.cloud@example.jp', keepId: 'AWS52081947', srcId: 'AWS33170628' };
export const ISHIHARA = { ja: '石原 健吾', en: 'Kengo Ishihara', work: 'k.ishihara@kitasora.example.co.jp', keep: 'kengo.ishihara@example.ne.jp', keepId: 'AWS61730295', srcId: 'AWS27746810' };
export const MURAKAMI = { ja: '村上 奈緒', en: 'Nao Murakami', work: 'nao.murakami@kitasora.example.co.jp', keep: 'naomurakami.dev@example.com', keepId: 'AWS70266413', srcId: 'AWS44019577' };
export const YOSHIKAWA = { ja: '吉川 翔', en: 'Sho Yoshikawa', work: 's.yoshikawa@kitasora.example.co.jp', keep: 'sho.y@example.org', keepId: 'AWS83305126', srcId: 'AWS29981064' };
export const KONDO = { ja: '近藤 拓海', en: 'Takumi Kondo', work: KONDO_OLD, keep: 'takumi.kondo.aws@example.jp', keepId: 'AWS15528840', srcId: 'AWS90072316' };
export const HIRANO = { ja: '平野 美咲', en: 'Misaki Hirano', work: 'misaki.hirano@kitasora.example.co.jp', keep: 'misaki.h@example.jp', keepId: 'AWS74410832', srcId: 'AWS06628195' };
export const OKAFOR = { en: 'Daniel Okafor', work: 'd.okafor@kitasora-global.example.com', keep: 'danokafor@example.com', keepId: 'AWS36640185', srcId: 'AWS58213077' };
export const BRANDT = { en: 'Lena Brandt', work: 'lena.brandt@kitasora-global.example.com', keep: 'lena.brandt.cloud@example.de', keepId: 'AWS47751209', srcId: 'AWS12093388' };
export const RIVERA = { en: 'Tomas Rivera', work: 't.rivera@kitasora-global.example.com', keep: 'tomrivera.aws@example.com', keepId: 'AWS69027431', srcId: 'AWS80316654' };

export const CASE = {
  onodera: '17836620154',
  onoderaDup: '1783662877',
  fujii: '178291044302',
  fujiiDup: '1782914471',
  ishihara: '1785503317',
  murakami: '17869012458',
  yoshikawa: '17870033219',
  kondo: '1787719024',
  hirano: '17877240561',
  okafor: '1781127730695',
  brandt: '178440921836',
  rivera: '17833460218',
  voucher: '17850012963', // admin's voucher question (not a merge)
  billing: '1786220417', // Skill Builder team subscription billing (not a merge)
  exam: '178602931145', // exam reschedule case (not a merge)
} as const;

export const d = (local: string, tz = '+0000'): string => rfcDate(local, tz);

type Base = Omit<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'>>;
/** defaults: trusted, delivered to the user, not a trap, auth pass */
export const m = (x: Base): Msg => ({ trusted: true, forUser: true, trap: false, auth: 'pass', ...x });

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfOrig = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00D3x0Kp7._500Tq${seed}:ref`;

export const olJa = (from: string, sent: string, to: string, subject: string, body: string, cc?: string): string =>
  `差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n${cc ? `CC: ${cc}\n` : ''}件名: ${subject}\n\n${body}`;
export const olEn = (from: string, sent: string, to: string, subject: string, body: string, cc?: string): string =>
  `From: ${from}\nSent: ${sent}\nTo: ${to}\n${cc ? `Cc: ${cc}\n` : ''}Subject: ${subject}\n\n${body}`;
export const fwdJa = (from: string, date: string, subject: string, to: string, body: string): string =>
  `---------- 転送メッセージ ---------\n送信者: ${from}\n日付: ${date}\n件名: ${subject}\nTo: ${to}\n\n\n${body}`;
export const fwdEn = (from: string, date: string, subject: string, to: string, body: string): string =>
  `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${to}\n\n\n${body}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (body: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title></title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${body}\n</body></html>`;

// request texts that appear in quoted history
export const REQ_FUJII = `AWS 認定アカウントの統合を、社員に代わって申請いたします(研修管理担当 小野寺)。
対象者: 藤井 彩花
残すアカウント: ${FUJII.keepId} / ${FUJII.keep}
統合元: ${FUJII.srcId} / ${FUJII.work}
ご本人の同意は得ております。連絡は本アドレスと本人宛の両方にお願いできますと幸いです。`;

export const REQ_ONODERA = `Hello,
I have two AWS Certification accounts, one from my previous employer.
Please merge ${ONODERA.srcId} (${ONODERA.src}) into ${ONODERA.keepId} (${ONODERA.keep}).
Regards,
Makoto Onodera`;

export const REQ_OKAFOR = `Hi team,
I'm the training administrator at Kitasora Systems and I am writing on behalf of our engineer Daniel Okafor (in Cc).
He has two certification profiles: ${OKAFOR.srcId} (${OKAFOR.work}) and ${OKAFOR.keepId} (${OKAFOR.keep}). He would like to keep the personal one.
Thanks,
Makoto Onodera, Training Admin`;
