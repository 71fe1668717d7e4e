// fp set: people, addresses, case IDs and quoting helpers.
// Voice: the two accounts named every way, and which way the merge goes.
import { rfcDate, type Msg } from './lib.js';

export const FORM = 'aws-cs-trainingcertification-form@amazon.com';
export const SUPPORT = `AWS Training and Certification <${FORM}>`;
export const SUPPORT_JA = `AWS トレーニングと認定 <${FORM}>`;
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

/** k-nakamura@formerco.example.co.jp -> k***@formerco.example.co.jp */
export const mask = (addr: string): string => addr.slice(0, 1) + '***@' + addr.slice(addr.indexOf('@') + 1);

// Each person: `keep` is the account that survives, `src` the one that goes away.
export const KEN = {
  ja: '中村 健一', en: 'Kenichi Nakamura',
  keep: 'ken.nakamura@example.jp', keepId: 'AWS40718236', keepMade: '2019年4月', keepMadeEn: 'April 2019', keepCerts: 'Cloud Practitioner',
  src: 'k-nakamura@formerco.example.co.jp', srcId: 'AWS27731904', srcMade: '2021年9月', srcMadeEn: 'September 2021', srcCerts: 'Solutions Architect - Associate / Developer - Associate',
};
export const MISAKI = {
  ja: '渡辺 美咲', en: 'Misaki Watanabe',
  keep: 'misaki.w@example.com', keepId: 'AWS51290374', keepMade: '2023年2月', keepCerts: 'Solutions Architect - Professional, Security - Specialty',
  src: 'watanabe.m@univ.example.ac.jp', srcId: 'AWS18840265', srcMade: '2020年11月', srcCerts: 'Cloud Practitioner',
};
// Sho keeps his *work* account and retires his personal one (the unusual direction).
export const SHO = {
  ja: '小林 翔', en: 'Sho Kobayashi',
  keep: 'sho.kobayashi@work.example.co.jp', keepId: 'AWS66012847', keepMade: '2024年6月', keepCerts: 'SysOps Administrator - Associate',
  src: 'shokoba@example.ne.jp', srcId: 'AWS30475118', srcMade: '2018年8月', srcCerts: 'Solutions Architect - Associate, Cloud Practitioner, Data Engineer - Associate',
};
export const YUKI = {
  ja: '伊藤 由紀', en: 'Yuki Ito',
  keep: 'yuki.ito@example.org', keepId: 'AWS72058813', keepMade: '2022年7月', keepCerts: 'Developer - Associate',
  src: 'y.ito@partner.example.co.jp', srcId: 'AWS09317562', srcMade: '2020年3月', srcCerts: 'DevOps Engineer - Professional, SysOps Administrator - Associate',
};
export const DAI = {
  ja: '加藤 大輔', en: 'Daisuke Kato',
  keep: 'd.kato@example.jp', keepId: 'AWS84402671', keepMade: '2025年1月', keepCerts: 'AI Practitioner',
  src: 'daisuke.kato@old.example.com', srcId: 'AWS25590138', srcMade: '2021年5月', srcCerts: 'Advanced Networking - Specialty, Solutions Architect - Associate',
};
export const JORDAN = {
  name: 'Jordan Lee',
  keep: 'jordan.lee@example.net', keepId: 'AWS39104572', keepMade: 'March 2022', keepCerts: 'Cloud Practitioner',
  src: 'jlee@acme-old.example.com', srcId: 'AWS61827409', srcMade: 'October 2020', srcCerts: 'Solutions Architect - Professional and DevOps Engineer - Professional',
};
export const SOFIA = {
  name: 'Sofia Rossi',
  keep: 'sofia.rossi@example.it', keepId: 'AWS47718290', keepMade: 'June 2023', keepCerts: 'Machine Learning Engineer - Associate',
  src: 's.rossi@consult.example.com', srcId: 'AWS83015546', srcMade: 'January 2021', srcCerts: 'Data Analytics - Specialty and Solutions Architect - Associate',
};
export const BEN = {
  name: 'Ben Okafor',
  keep: 'ben.okafor@example.co.uk', keepId: 'AWS12096638', keepMade: 'August 2024', keepCerts: 'Security - Specialty',
  src: 'b.okafor@uni.example.ac.uk', srcId: 'AWS70253381', srcMade: 'February 2019', srcCerts: 'Cloud Practitioner',
};
export const NADIA = {
  name: 'Nadia Haddad',
  keep: 'nadia.haddad@example.org', keepId: 'AWS58820417', keepMade: 'May 2025', keepCerts: 'Developer - Associate',
  src: 'nhaddad@retailco.example.com', srcId: 'AWS36641902', srcMade: 'July 2021', srcCerts: 'SysOps Administrator - Associate and Database - Specialty',
};

// support case IDs (10-13 digits)
export const CASE = {
  ken: '17790423185',
  kenDup: '1779051177',
  misaki: '1781266043',
  sho: '178034519902',
  yuki: '17765520341',
  yukiDup: '17765589920',
  yukiRefund: '1785512093',
  dai: '1783300172658',
  kenName: '17860044127',
  jordan: '17821093346',
  jordanDup: '17821188804',
  sofia: '1784452006',
  sofiaRefund: '17877310025',
  ben: '178210557713',
  nadia: '17799318260',
} as const;

export const jst = (s: string): string => rfcDate(s, '+0900');
export const utc = (s: string): string => rfcDate(s, '+0000');
export const pst = (s: string): string => rfcDate(s, '-0800');

type Need = 'slug' | 'kind' | 'lang' | 'note' | 'from' | 'to' | 'subject' | 'date' | 'enc';
/** defaults: trusted, for the user, no case, not a trap, auth pass. Labels stay explicit where they differ. */
export const mk = (p: Partial<Msg> & Pick<Msg, Need>): Msg => ({ trusted: true, forUser: true, caseId: null, trap: false, auth: 'pass', ...p });

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Gmail (Japanese UI) quote header */
export const gmailJa = (y: number, mo: number, d: number, wd: string, hm: string, who: string): string => `${y}年${mo}月${d}日(${wd}) ${hm} ${who}:`;
/** Gmail (English UI) quote header */
export const gmailEn = (when: string, who: string): string => `On ${when} ${who} wrote:`;
/** Outlook (Japanese) header block */
export const outlookJa = (from: string, sent: string, to: string, subject: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}`;
/** Outlook (English) header block */
export const outlookEn = (from: string, sent: string, to: string, subject: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}`;
/** Salesforce-style history block in support replies */
export const sfBlock = (from: string, sent: string, subject: string, body: string): string =>
  `---------- Original Message ----------\nFrom: ${from}\nSent: ${sent}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00D8c2kQ1._5008X${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

// two extra people whose cases end without a merge
export const RIE = {
  ja: '山本 理恵', en: 'Rie Yamamoto',
  keep: 'rie.yamamoto@example.jp', keepId: 'AWS63309125', keepMade: '2022年10月',
  src: 'yamamoto.r@holdings.example.co.jp', srcId: 'AWS15528803', srcMade: '2019年12月',
};
export const OMAR = {
  name: 'Omar Farouk',
  keep: 'omar.farouk@example.net', keepId: 'AWS90412237', keepMade: 'November 2023',
  src: 'ofarouk@bank-old.example.com', srcId: 'AWS44170358', srcMade: 'April 2020',
};
export const CASE2 = { rie: '1782660391', omar: '17833021479' } as const;
