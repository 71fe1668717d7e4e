// Set p: senders, personas, case IDs and quoting helpers. Every persona, ID and
// address here was invented for this set.
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const via = (issuer: string): string => `${issuer} via Credly <admin@credly.com>`;
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubjectBare = (id: string): string => `[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// personas (all addresses below are the user's, listed in lib.ts USER_ADDRS)
export const MATSU = { ja: '松本 亮', en: 'Ryo Matsumoto', keep: 'ryo.matsumoto@example.jp', src: 'r.matsumoto@oldco.example.co.jp', keepId: 'AWS40918273', srcId: 'AWS71502938' };
export const INOUE = { ja: '井上 美咲', en: 'Misaki Inoue', keep: 'misaki.inoue@example.com', src: 'm-inoue@partner.example.co.jp', keepId: 'AWS52847103', srcId: 'AWS38820561' };
export const KIMURA = { ja: '木村 健太', en: 'Kenta Kimura', keep: 'kenta.kimura@example.net', src: 'kimura.k@lab.example.ac.jp', keepId: 'AWS66019284', srcId: 'AWS19473350' };
export const SAITO = { ja: '斎藤 由佳', en: 'Yuka Saito', keep: 'yuka.saito@example.org', src: 'saito-y@retail.example.co.jp', keepId: 'AWS83015527', srcId: 'AWS27740916' };
export const MORI = { ja: '森 大輔', en: 'Daisuke Mori', keep: 'd.mori@example.ne.jp', src: 'mori.daisuke@sier.example.co.jp', keepId: 'AWS90125563', srcId: 'AWS45500712' };
export const NOGUCHI = { ja: '野口 翔太', en: 'Shota Noguchi', keep: 'shota.noguchi@example.jp', src: 'noguchi@maker.example.co.jp', keepId: 'AWS33702648', srcId: 'AWS81196025' };
export const NOVAK = { name: 'Daniel Novak', keep: 'dan.novak@example.com', src: 'daniel.novak@consult.example.net', keepId: 'AWS61124087', srcId: 'AWS30257718' };
export const RAHMAN = { name: 'Fatima Rahman', keep: 'fatima.rahman@example.org', src: 'f.rahman@bank.example.com', keepId: 'AWS14398826', srcId: 'AWS77206154' };
export const MOREAU = { name: 'Lucas Moreau', keep: 'lucas.moreau@example.fr', src: 'lmoreau@agency.example.eu', keepId: 'AWS58831940', srcId: 'AWS02915467' };

// not the user: a colleague, a team list, an IT helpdesk alias
export const OKADA = '岡田 智子 <okada.t@oldco.example.co.jp>';
export const TEAM_LIST = 'cloud-team@oldco.example.co.jp';
export const HELPDESK = 'IT Helpdesk <it-helpdesk@agency.example.eu>';

// support case IDs (10–13 digits)
export const CASE = {
  matsu: '1781204457',
  matsuDup: '1781209932',
  inoue: '177340218865',
  kimura: '17902281304',
  saito: '1768830241577',
  mori: '1785561092',
  noguchi: '1802277310',
  novak: '179911437620',
  novakDup: '1799120047',
  rahman: '17644093318',
  moreau: '1793305814462',
  // AWS *account* (billing / Organizations) cases: support cases, but not certification merges
  acctJa: '1776650231',
  acctEn: '17870044192',
} as const;

export type Base = Omit<Msg, 'date'> & { date?: string };
/** date helper: d('2026-02-03 10:12:00') → JST RFC date; d(x, '+0000') for UTC */
export const d = (local: string, tz = '+0900'): string => rfcDate(local, tz);

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Salesforce-style history block used in AWS support replies */
export const sfBlock = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00D1t0Xy7._5006${seed}:ref`;

/** Gmail (Japanese UI) attribution line */
export const gmailJa = (when: string, who: string, addr: string): string => `${when} ${who} <${addr}>:`;
/** Gmail (English UI) attribution line */
export const gmailEn = (when: string, who: string, addr: string): string => `On ${when} ${who} <${addr}> wrote:`;
/** Outlook (Japanese UI) header block */
export const outlookJa = (from: string, sent: string, to: string, subject: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}`;
/** Outlook (English UI) header block */
export const outlookEn = (from: string, sent: string, to: string, subject: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');

// the requests the users wrote (quoted later by support)
export const MATSU_REQ = `AWS認定のアカウントが2つに分かれてしまったので、1つにしていただきたいです。
残す方: ${MATSU.keepId} / ${MATSU.keep}
消す方: ${MATSU.srcId} / ${MATSU.src}
前職のアドレスはもうすぐ使えなくなります。
松本 亮 (Ryo Matsumoto)`;

export const INOUE_REQ = `お世話になります。井上です。
パートナー企業在籍時に取得した認定（SAA、DVA）を、個人アカウントに寄せたいと考えています。
個人: ${INOUE.keep}（候補ID ${INOUE.keepId}）
旧: ${INOUE.src}（候補ID ${INOUE.srcId}）
どうぞよろしくお願いします。`;

export const KIMURA_REQ = `研究室のメールで受験したCLFと、個人メールで受験したSAPがあります。
個人メール（${KIMURA.keep}）の方に集約をお願いできますか。
木村`;

export const SAITO_REQ = `認定アカウントの統合についての相談です。
旧：${SAITO.src}
新：${SAITO.keep}
旧アカウントのバウチャーも引き継げるのか知りたいです。`;

export const MORI_REQ = `お疲れ様です。森と申します。
SIer時代のアカウント（${MORI.srcId}）の資格を、${MORI.keepId} に移していただけますか。`;

export const NOVAK_REQ = `Hi team,
I ended up with two certification profiles - one from my consulting days (${NOVAK.src}, ${NOVAK.srcId}) and my personal one (${NOVAK.keep}, ${NOVAK.keepId}).
Could they be combined into the personal one?
Dan`;

export const RAHMAN_REQ = `Hello,
I passed SAA under ${RAHMAN.src} and the Security Specialty under ${RAHMAN.keep}. I'm leaving the bank next month and would like all of it in one place (the .org address).
Kind regards,
Fatima Rahman`;

export const MOREAU_REQ = `Bonjour / hello,
Please merge my old agency account ${MOREAU.srcId} into ${MOREAU.keepId} (${MOREAU.keep}).
Merci,
Lucas`;
