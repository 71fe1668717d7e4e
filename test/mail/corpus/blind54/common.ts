// Set ba: people, case IDs and the "corporate gateway" noise (banners, rewritten
// links, disclaimers, scanner stamps, flattened tables, [cid:] signatures).
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CERT_PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const formSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const MISAKI = { ja: '高橋 美咲', en: 'Misaki Takahashi', work: 'misaki.takahashi@hq.example.co.jp', home: 'misaki.t@example.ne.jp', keepId: 'AWS30184472', srcId: 'AWS77120958' };
export const DAI = { ja: '中村 大輔', en: 'Daisuke Nakamura', work: 'd-nakamura@mfg.example.co.jp', keepId: 'AWS41952007', srcId: 'AWS18830264' };
export const YUMI = { ja: '伊藤 由美', en: 'Yumi Ito', work: 'yumi.ito@bank.example.jp', keepId: 'AWS62210385', srcId: 'AWS29047716' };
export const TARO = { ja: '山田 太郎', en: 'Taro Yamada', work: 'taro@corp.example.co.jp', home: 'taro.personal@example.com', keepId: 'AWS10482736', srcId: 'AWS55219047' };
export const HANAKO = { ja: '佐藤 花子', en: 'Hanako Sato', work: 'hanako@oldcorp.example.com', keep: 'hanako.sato@example.jp', keepId: 'AWS20917354', srcId: 'AWS63307182' };
export const GRACE = { name: 'Grace Liu', work: 'grace.liu@finco.example.com', keepId: 'AWS55107319', srcId: 'AWS90012846' };
export const TOM = { name: 'Tom Becker', work: 'tom.becker@agency.example.gov', keepId: 'AWS34470912', srcId: 'AWS81125503' };
export const SANJAY = { name: 'Sanjay Rao', work: 'sanjay.rao@consult.example.in', keepId: 'AWS47718820', srcId: 'AWS02259634' };
export const ALEX = { name: 'Alex Kim', work: 'a.kim@work.example.net', keepId: 'AWS31846620', srcId: 'AWS48820193' };

export const CASE = {
  misaki: '17829104463',
  misakiDup: '17829104501',
  dai: '1779035518',
  yumi: '178311920045',
  yumiRefund: '17835550012',
  taro: '17840627719',
  hanako: '1776650348',
  grace: '1785520391',
  tom: '17867701224',
  sanjay: '178903345512',
  alex: '1791127736',
  daiExam: '1779112230',
} as const;

export function fnv(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}
export function tok(seed: string, len: number, abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'): string {
  let h = fnv(seed);
  let out = '';
  for (let i = 0; i < len; i++) {
    h = Math.imul(h ^ (h >>> 13), 2654435761) >>> 0;
    h = (h + i * 40503) >>> 0;
    out += abc[h % abc.length];
  }
  return out;
}

// ---- rewritten links
const pct = (u: string): string => encodeURIComponent(u);
export const safelink = (url: string, seed: string, region = 'apc01'): string =>
  `https://${region}.safelinks.protection.outlook.com/?url=${pct(url)}&data=05%7C02%7C%7C${tok(seed + 'd', 20, 'abcdef0123456789')}%7C${tok(seed + 't', 32, 'abcdef0123456789')}%7C0%7C0%7C63869${fnv(seed) % 1000000}%7CUnknown%7CTWFpbGZsb3d8eyJFbXB0eU1hcGkiOnRydWV9%7C0%7C%7C%7C&sdata=${tok(seed + 's', 43)}%3D&reserved=0`;
export const urldefense = (url: string, seed: string): string =>
  `https://urldefense.com/v3/__${url}__;!!${tok(seed + 'k', 10)}!${tok(seed + 'm', 60, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_')}$`;
export const mimecast = (url: string, seed: string): string =>
  `https://protect-au.mimecast.com/s/${tok(seed, 14)}?domain=${url.replace(/^https?:\/\//, '').replace(/\/.*$/, '')}`;
export const trend = (url: string, seed: string): string =>
  `https://imsva91-ctp.trendmicro.com:443/wis/clicktime/v1/query?url=${pct(url)}&umid=${tok(seed + 'u', 8, 'abcdef0123456789')}-${tok(seed + 'v', 4, 'abcdef0123456789')}-${tok(seed + 'w', 4, 'abcdef0123456789')}-${tok(seed + 'x', 12, 'abcdef0123456789')}&auth=${tok(seed + 'a', 40, 'abcdef0123456789')}-${tok(seed + 'b', 40, 'abcdef0123456789')}`;
export const barracuda = (url: string, seed: string): string =>
  `https://linkprotect.cudasvc.com/url?a=${pct(url)}&c=E,1,${tok(seed, 70, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_')}&typo=1`;

export const U = {
  center: 'https://support.console.aws.amazon.com/support/home#/case/?displayId=',
  certMerge: 'https://www.aws.training/certification/merge-accounts',
  faq: 'https://aws.amazon.com/certification/faqs/',
  credly: 'https://www.credly.com/users/sign_in',
  contact: 'https://support.aws.amazon.com/#/contacts/aws-training',
  survey: 'https://amazonsurveys.example-survey.aws/s/csat',
  certmetrics: 'https://cp.certmetrics.com/amazon/en/home',
};

// ---- gateway header stamps (placed under the trace block)
export const exoHops = (seed: string, date: string, extra: string[] = []): string[] => [
  `X-MS-Exchange-Organization-SCL: 1`,
  `X-MS-Exchange-Organization-AuthSource: TY3PR01MB${fnv(seed) % 10000}.jpnprd01.prod.outlook.com`,
  `X-MS-Exchange-Organization-Network-Message-Id: ${tok(seed + 'n', 8, 'abcdef0123456789')}-${tok(seed + 'o', 4, 'abcdef0123456789')}-${tok(seed + 'p', 4, 'abcdef0123456789')}-${tok(seed + 'q', 12, 'abcdef0123456789')}`,
  `X-MS-Exchange-Transport-CrossTenantHeadersStamped: TY3PR01MB${fnv(seed) % 10000}`,
  `X-Originating-Date: ${date}`,
  ...extra,
];
export const ppHops = (seed: string): string[] => [
  `X-Proofpoint-Virus-Version: vendor=baseguard engine=ICAP:2.0.293,Aquarius:18.0.1039,Hydra:6.0.680,FMLib:17.12.28.16 definitions=2026-0${(fnv(seed) % 9) + 1}-1${fnv(seed + 'x') % 9}_05,2026-01-10_01,2025-12-31_01 signatures=0`,
  `X-Proofpoint-Spam-Details: rule=outbound_notspam policy=outbound score=0 mlxscore=0 suspectscore=0 spamscore=0 adultscore=0 bulkscore=${fnv(seed) % 40} clxscore=1015 classifier=spam adjust=0 reason=mlx scancount=1`,
  `X-Proofpoint-GUID: ${tok(seed + 'g', 32)}`,
];
export const mcHops = (seed: string): string[] => [
  `X-Mimecast-Spam-Score: ${fnv(seed) % 4}`,
  `X-Mimecast-MFC-PROC-ID: ${fnv(seed + 'p') % 100000}`,
  `X-Mimecast-Originator: amazon.com`,
  `X-Mimecast-Impersonation-Protect: Policy=CLT - Impersonation Protection Definition;Similar Internal Domain=false;Similar Monitored External Domain=false;Custom External Domain=false;Mimecast External Domain=false;Newly Observed Domain=false;Internal User Name=false;Custom Display Name List=false;Reply-to Address Mismatch=false;Targeted Threat Dictionary=false;Mimecast Threat Dictionary=false;Custom Threat Dictionary=false`,
];
export const jpGwHops = (seed: string, gw = 'gw1.corp.example.co.jp'): string[] => [
  `X-IronPort-AV: E=Sophos;i="6.12,${fnv(seed) % 900 + 100}";a="${fnv(seed + 'a') % 90000000 + 10000000}"`,
  `X-TM-AS-GCONF: 00`,
  `X-TMASE-Result: 10--${(fnv(seed) % 90) / 10}-5-10`,
  `X-Scanned-By: ${gw} (MailGates virus-checked)`,
];

// ---- small helpers
export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');
export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p class="MsoNormal">${esc(p).replace(/\n/g, '<br>\n')}<o:p></o:p></p>`)
    .join('\n');
/** HTML→text conversion that doubled every line break */
export const doubled = (text: string): string => text.split('\n').join('\n\n');
/** HTML→text conversion that lost line breaks inside paragraphs */
export const runOn = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => p.replace(/\n/g, ' '))
    .join('\n');

export const d = (local: string, tz = '+0900'): string => rfcDate(local, tz);
export const sfRef = (seed: string): string => `ref:_00D${tok(seed, 8)}._500${tok(seed + 'r', 10)}:ref`;
export const mid = (seed: string, dom: string): string => `<${tok(seed, 20)}.${fnv(seed) % 100000}@${dom}>`;

export type Base = Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'subject' | 'to' | 'date' | 'enc'> & Partial<Msg>;
/** defaults: from support, trusted (dmarc pass), delivered to the user, no trap */
export function mk(o: Base): Msg {
  return { from: SUPPORT, trusted: true, forUser: true, caseId: null, trap: false, auth: 'pass', ...o };
}
