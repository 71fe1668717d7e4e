// Set ff: shared people, senders, case IDs and quoting helpers.
// Voice of this set: the meaning sits in counts, lists and tables.
import { rfcDate, type Msg } from './lib.js';

export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CERT_PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const formSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KIMURA = { ja: '木村 健一', en: 'Kenichi Kimura', keep: 'kenichi.kimura@example.jp', src: 'k-kimura@oldsys.example.co.jp', keepId: 'AWS70314852', srcId: 'AWS22908417' };
export const NAKAMURA = { ja: '中村 美咲', en: 'Misaki Nakamura', keep: 'misaki.nakamura@example.com', src: 'nakamura.m@partner.example.co.jp', keepId: 'AWS58102266', srcId: 'AWS91744035' };
export const ITO = { ja: '伊藤 翔', en: 'Sho Ito', keep: 'sho.ito@example.ne.jp', src: 'ito.sho@univ.example.ac.jp', keepId: 'AWS40671129', srcId: 'AWS13359806' };
export const DANA = { en: 'Dana Ortiz', keep: 'dana.ortiz@example.net', src: 'd.ortiz@formerco.example.com', keepId: 'AWS66420913', srcId: 'AWS30582741' };
export const WEI = { en: 'Li Wei', keep: 'li.wei@example.org', src: 'wei.li@campus.example.edu', keepId: 'AWS84471320', srcId: 'AWS27719054' };
export const OWEN = { en: 'Owen Brooks', keep: 'owen.b@example.co.uk', src: 'obrooks@agency.example.com', keepId: 'AWS50917762', srcId: 'AWS77340185' };

export const CASE = {
  kimura: '1782003914',
  kimuraDup: '1782004470',
  nakamura: '178499201736',
  ito: '1786610042587',
  dana: '17900213558',
  wei: '1791337820',
  owen: '179288104466',
  kimuraRefund: '1785550193',
  danaExam: '1793002871',
  itoEarly: '17866999015',
  taro: '1787702215',
  hanako: '17881204330',
  alex: '1794400218',
  alexDup: '1794402006',
  owenDup: '179288109921',
} as const;

// two personas whose addresses blind1's builder already lists as the user's (ids/cases are this set's own)
export const TARO = { ja: '山田 太郎', keep: 'taro.personal@example.com', src: 'taro@corp.example.co.jp', keepId: 'AWS61120497', srcId: 'AWS38810562' };
export const HANAKO = { ja: '佐藤 花子', keep: 'hanako.sato@example.jp', src: 'hanako@oldcorp.example.com', keepId: 'AWS29940318', srcId: 'AWS74420619' };
export const ALEX = { en: 'Alex Kim', keep: 'alex.kim@example.com', src: 'a.kim@work.example.net', keepId: 'AWS15530872', srcId: 'AWS60028814' };

/** "2026-11-03 10:12" → 2026年11月3日(火) 10:12 */
const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function parts(local: string): { y: number; mo: number; d: number; hh: string; mm: string; wd: number } {
  const x = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(local);
  if (!x) throw new Error(`bad date ${local}`);
  const y = Number(x[1]);
  const mo = Number(x[2]);
  const d = Number(x[3]);
  return { y, mo, d, hh: x[4] ?? '00', mm: x[5] ?? '00', wd: new Date(Date.UTC(y, mo - 1, d)).getUTCDay() };
}
export const jaDate = (local: string): string => {
  const p = parts(local);
  return `${p.y}年${p.mo}月${p.d}日(${WD_JA[p.wd]}) ${p.hh}:${p.mm}`;
};
export const enDate = (local: string): string => {
  const p = parts(local);
  const h = Number(p.hh);
  return `${WD_EN[p.wd]}, ${MON_EN[p.mo - 1]} ${p.d}, ${p.y} at ${h % 12 === 0 ? 12 : h % 12}:${p.mm} ${h < 12 ? 'AM' : 'PM'}`;
};

export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Gmail (ja) quote header + quoted body */
export const gmailJa = (local: string, who: string, body: string): string => `${jaDate(local)} ${who}:\n\n${q(body)}`;
/** Gmail (en) quote header */
export const gmailEn = (local: string, who: string, body: string): string => `On ${enDate(local)} ${who} wrote:\n\n${q(body)}`;
/** Outlook (ja) header block, body unquoted below */
export const outlookJa = (from: string, local: string, to: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${jaDate(local).replace(/\(.\)/, '')}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, local: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${enDate(local).replace(' at', '')}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
/** Salesforce-style block AWS support appends */
export const sf = (from: string, local: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${local.replace(' ', 'T')}:00Z\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const ref = (seed: string): string => `ref:_00DE0Jz9Q._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
/** an HTML table from rows (first row = header) */
export const htable = (rows: string[][]): string =>
  `<table border="1" cellpadding="4" style="border-collapse:collapse">\n${rows
    .map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<th>${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`)
    .join('\n')}\n</table>`;

export const D = rfcDate;

type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'from' | 'to' | 'subject' | 'date' | 'enc'>;
/** defaults: auth pass, trusted, delivered to the user, no trap */
export function mk(p: Req & Partial<Msg>): Msg {
  return { trusted: true, forUser: true, caseId: null, trap: false, auth: 'pass', ...p };
}

export const KIMURA_ASK = `AWS認定アカウントの統合を希望します。
残すアカウント: ${KIMURA.keepId} / ${KIMURA.keep}
統合元: ${KIMURA.srcId} / ${KIMURA.src}
統合元の保有資格: 3件 (SAA, DVA, SOA)
統合先の保有資格: 1件 (CLF)`;

export const NAKAMURA_ASK = `お世話になっております。中村です。
認定アカウントが2つあり、1つにまとめたいです。
(1) ${NAKAMURA.keepId} ${NAKAMURA.keep} ← こちらを残します
(2) ${NAKAMURA.srcId} ${NAKAMURA.src}
(2)には資格2件と50%割引バウチャー1枚があります。`;

export const ITO_ASK = `統合依頼です。
大学のアドレスで受験したアカウント(${ITO.srcId}, ${ITO.src})の資格1件を、
個人アカウント(${ITO.keepId}, ${ITO.keep})へ移してください。`;

export const DANA_ASK = `Hi, I have 2 AWS Certification accounts and would like them combined into 1.
Keep: ${DANA.keepId} (${DANA.keep}) - 2 certs
Retire: ${DANA.srcId} (${DANA.src}) - 3 certs, 1 voucher
Thanks, Dana`;

export const WEI_ASK = `Hello,
Account A ${WEI.keepId} ${WEI.keep} (keep)
Account B ${WEI.srcId} ${WEI.src} (campus email, expires in 30 days)
Account B holds 2 certifications and 2 Credly badges. Please merge B into A.
Li Wei`;

export const OWEN_ASK = `Requesting an account merge. Two candidate IDs: ${OWEN.keepId} (keep, ${OWEN.keep}) and ${OWEN.srcId} (${OWEN.src}). 4 certifications in total across both. Cheers, Owen`;
