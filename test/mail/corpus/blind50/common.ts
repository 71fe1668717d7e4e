// Set aw: people, certification data and table helpers ("data-heavy mail").
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CERTPORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export interface Person {
  ja: string;
  en: string;
  keep: string;
  src: string;
  keepId: string;
  srcId: string;
}
export const KENJI: Person = { ja: '伊藤 健二', en: 'Kenji Ito', keep: 'kenji.ito@example.jp', src: 'k-ito@sier.example.co.jp', keepId: 'AWS40718253', srcId: 'AWS92033184' };
export const MISAKI: Person = { ja: '中村 美咲', en: 'Misaki Nakamura', keep: 'misaki.n@example.ne.jp', src: 'nakamura.misaki@partner.example.jp', keepId: 'AWS51120486', srcId: 'AWS30087215' };
export const MAKOTO: Person = { ja: '小林 誠', en: 'Makoto Kobayashi', keep: 'makoto.k@example.com', src: 'kobayashi@cloud-sol.example.co.jp', keepId: 'AWS66503921', srcId: 'AWS18450773' };
export const DANA: Person = { ja: 'Dana Whitfield', en: 'Dana Whitfield', keep: 'dana.w@example.net', src: 'dwhitfield@contoso-eng.example', keepId: 'AWS77302148', srcId: 'AWS23891605' };
export const RAHUL: Person = { ja: 'Rahul Mehta', en: 'Rahul Mehta', keep: 'rahul.mehta@example.in', src: 'rmehta@uni.example.ac.in', keepId: 'AWS84019337', srcId: 'AWS05529811' };

export const CASE = {
  kenji: '177345018822',
  kenjiOld: '1741902286',
  misaki: '1768830274',
  misakiDup: '1768831190',
  makoto: '17796641035',
  makotoExam: '17790012458',
  dana: '1774120098563',
  danaOld: '1739004417',
  rahul: '178201446609',
  rahulVoucher: '178199870021',
} as const;

export interface Cert {
  ja: string;
  en: string;
  code: string;
  earned: string; // YYYY-MM-DD
  expires: string;
  vn: string; // validation number
}
const C = (ja: string, en: string, code: string, earned: string, expires: string, vn: string): Cert => ({ ja, en, code, earned, expires, vn });

// per person: certs on the kept account / on the source account
export const CERTS = {
  kenjiKeep: [C('AWS 認定 AI プラクティショナー', 'AWS Certified AI Practitioner', 'AIF-C01', '2025-11-08', '2028-11-08', 'K7QW2M9D1XPL4RTB')],
  kenjiSrc: [
    C('AWS 認定クラウドプラクティショナー', 'AWS Certified Cloud Practitioner', 'CLF-C02', '2023-06-17', '2026-06-17', 'B3NF8VHE0C1WQ6ZA'),
    C('AWS 認定ソリューションアーキテクト - アソシエイト', 'AWS Certified Solutions Architect - Associate', 'SAA-C03', '2024-02-03', '2027-02-03', '9RZTL2K8W4Q0JM5S'),
    C('AWS 認定デベロッパー - アソシエイト', 'AWS Certified Developer - Associate', 'DVA-C02', '2024-09-21', '2027-09-21', 'H1C6XE2YVN7GTB3D'),
  ],
  misakiKeep: [C('AWS 認定クラウドプラクティショナー', 'AWS Certified Cloud Practitioner', 'CLF-C02', '2024-04-12', '2027-04-12', 'M0Y5KJ3P8SD2Q9HE')],
  misakiSrc: [
    C('AWS 認定 SysOps アドミニストレーター - アソシエイト', 'AWS Certified SysOps Administrator - Associate', 'SOA-C02', '2023-10-30', '2026-10-30', 'W8T4BD6F2NXQ1LKR'),
    C('AWS 認定セキュリティ - 専門知識', 'AWS Certified Security - Specialty', 'SCS-C02', '2025-03-14', '2028-03-14', 'P2VG9CJ7ZR4M1YEU'),
  ],
  makotoKeep: [
    C('AWS 認定ソリューションアーキテクト - プロフェッショナル', 'AWS Certified Solutions Architect - Professional', 'SAP-C02', '2025-07-19', '2028-07-19', 'T6PD1QS8HL3WZ0VN'),
    C('AWS 認定データエンジニア - アソシエイト', 'AWS Certified Data Engineer - Associate', 'DEA-C01', '2026-01-24', '2029-01-24', 'E4JX7RK2GB9CN5MA'),
  ],
  makotoSrc: [
    C('AWS 認定ソリューションアーキテクト - アソシエイト', 'AWS Certified Solutions Architect - Associate', 'SAA-C03', '2022-11-05', '2025-07-19', 'Z1LS3WQ5DT8EV2PK'),
    C('AWS 認定高度なネットワーキング - 専門知識', 'AWS Certified Advanced Networking - Specialty', 'ANS-C01', '2024-05-27', '2027-05-27', 'N9GH4CF0XM6RB1TQ'),
  ],
  danaKeep: [C('AWS 認定デベロッパー - アソシエイト', 'AWS Certified Developer - Associate', 'DVA-C02', '2025-08-02', '2028-08-02', 'D5RA8ZQ1LK0WH7CM')],
  danaSrc: [
    C('AWS 認定クラウドプラクティショナー', 'AWS Certified Cloud Practitioner', 'CLF-C02', '2023-03-09', '2026-03-09', 'F2XN6BE9YT4PJ8GS'),
    C('AWS 認定 DevOps エンジニア - プロフェッショナル', 'AWS Certified DevOps Engineer - Professional', 'DOP-C02', '2024-12-11', '2027-12-11', 'R7KC3VM1QE5ZD0HW'),
  ],
  rahulKeep: [C('AWS 認定機械学習エンジニア - アソシエイト', 'AWS Certified Machine Learning Engineer - Associate', 'MLA-C01', '2025-10-15', '2028-10-15', 'J8WE2TN5HV1XC4RL')],
  rahulSrc: [
    C('AWS 認定 AI プラクティショナー', 'AWS Certified AI Practitioner', 'AIF-C01', '2024-12-20', '2027-12-20', 'U3QM7PZ0KS6FB9DN'),
    C('AWS 認定ソリューションアーキテクト - アソシエイト', 'AWS Certified Solutions Architect - Associate', 'SAA-C03', '2025-02-28', '2028-02-28', 'G0HB5LW8MR2YT6QJ'),
  ],
};

export const jaDate = (d: string): string => {
  const [y, m, dd] = d.split('-');
  return `${y}年${Number(m)}月${Number(dd)}日`;
};
export const slashDate = (d: string): string => d.replace(/-/g, '/');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const enDate = (d: string): string => {
  const [y, m, dd] = d.split('-');
  return `${MON[Number(m) - 1]} ${Number(dd)}, ${y}`;
};
export const usDate = (d: string): string => {
  const [y, m, dd] = d.split('-');
  return `${m}/${dd}/${y}`;
};

/** monospace pipe table */
export function pipe(headers: string[], rows: string[][]): string {
  const w = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]): string => '| ' + cells.map((c, i) => c + ' '.repeat((w[i] ?? 0) - width(c))).join(' | ') + ' |';
  return [line(headers), '|' + w.map((x) => '-'.repeat(x + 2)).join('|') + '|', ...rows.map(line)].join('\n');
}
function width(s: string): number {
  let n = 0;
  for (const ch of s) n += (ch.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1;
  return n;
}
export const tsv = (headers: string[], rows: string[][]): string => [headers, ...rows].map((r) => r.join('\t')).join('\n');
export const csvish = (headers: string[], rows: string[][]): string => [headers, ...rows].map((r) => r.join(', ')).join('\n');

export function htmlTable(headers: string[], rows: string[][]): string {
  return `<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:13px">\n<tr>${headers.map((h) => `<th style="background:#232f3e;color:#fff">${esc(h)}</th>`).join('')}</tr>\n${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n')}\n</table>`;
}

/** Japanese cert rows: 認定名 / 試験コード / 取得日 / 有効期限 */
export const jaRows = (cs: Cert[], withVn = false): string[][] =>
  cs.map((c) => [c.ja, c.code, jaDate(c.earned), jaDate(c.expires), ...(withVn ? [c.vn] : [])]);
export const jaHead = (withVn = false): string[] => ['認定名', '試験コード', '取得日', '有効期限', ...(withVn ? ['検証番号'] : [])];
export const enRows = (cs: Cert[], withVn = false, fmt: (d: string) => string = enDate): string[][] =>
  cs.map((c) => [c.en, c.code, fmt(c.earned), fmt(c.expires), ...(withVn ? [c.vn] : [])]);
export const enHead = (withVn = false): string[] => ['Certification', 'Exam', 'Earned', 'Expires', ...(withVn ? ['Validation No.'] : [])];

/** 【】 block style used by many Japanese writers */
export const jaBlock = (cs: Cert[]): string =>
  cs.map((c) => `■ ${c.ja} (${c.code})\n　取得日: ${jaDate(c.earned)}\n　有効期限: ${jaDate(c.expires)}\n　検証番号: ${c.vn}`).join('\n');
export const enBlock = (cs: Cert[]): string =>
  cs.map((c) => `* ${c.en} (${c.code})\n    Earned ${enDate(c.earned)} / Expires ${enDate(c.expires)} / Validation ${c.vn}`).join('\n');

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

/** defaults for one message; trusted/forUser default true and are checked against the bytes */
export type Draft = Omit<Msg, 'trusted' | 'forUser' | 'auth' | 'trap' | 'date'> & {
  trusted?: boolean;
  forUser?: boolean;
  auth?: Msg['auth'];
  trap?: boolean;
  at: string; // 'YYYY-MM-DD hh:mm:ss'
  tz?: string;
};
export const mk = (d: Draft): Msg => {
  const { at, tz, ...rest } = d;
  return {
    trusted: true,
    forUser: true,
    auth: 'pass',
    trap: false,
    ...rest,
    date: rfcDate(at, tz ?? (d.lang === 'ja' ? '+0900' : '+0000')),
  };
};

const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
/** Gmail (ja) quote header: 2026年11月3日(火) 9:14 Name <addr>: */
export const gmailJa = (d: string, hm: string, who: string): string => {
  const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
  const wd = new Date(Date.UTC(y, m - 1, dd)).getUTCDay();
  return `${y}年${m}月${dd}日(${WD_JA[wd]}) ${hm} ${who}:`;
};
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export const gmailEn = (d: string, hm: string, who: string): string => {
  const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
  const wd = new Date(Date.UTC(y, m - 1, dd)).getUTCDay();
  return `On ${WD_EN[wd]}, ${MON[m - 1]} ${dd}, ${y} at ${hm} ${who} wrote:`;
};
export const outlookJa = (from: string, sent: string, to: string, subj: string): string =>
  `差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subj}`;
export const outlookEn = (from: string, sent: string, to: string, subj: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subj}`;
