// cv: people, case IDs, the user's own words, and the echo/quote helpers that
// put those words back inside support's mail.
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const AWS_SUPPORT_JA = 'アマゾン ウェブ サービス <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const PORTAL = 'AWS Certification <certification@aws.training>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export interface Person {
  ja?: string;
  name: string;
  keep: string;
  src: string;
  keepId: string;
  srcId: string;
}
export const KEN: Person = { ja: '木村 健一', name: 'Kenichi Kimura', keep: 'kimura.ken@example.ne.jp', src: 'k-kimura@old-si.example.co.jp', keepId: 'AWS30571928', srcId: 'AWS81064457' };
export const MISAKI: Person = { ja: '中村 美咲', name: 'Misaki Nakamura', keep: 'misaki.nakamura@example.jp', src: 'nakamura.m@partner.example.com', keepId: 'AWS47219006', srcId: 'AWS26630815' };
export const SHO: Person = { ja: '鈴木 翔', name: 'Sho Suzuki', keep: 'sho.suzuki@example.org', src: 'suzuki-sho@dev.example.co.jp', keepId: 'AWS58820371', srcId: 'AWS19907264' };
export const AYA: Person = { ja: '高橋 彩', name: 'Aya Takahashi', keep: 'aya.t@example.ne.jp', src: 'takahashi.aya@univ.example.ac.jp', keepId: 'AWS66120439', srcId: 'AWS03378512' };
export const DAN: Person = { name: 'Daniel Okafor', keep: 'dan.okafor@example.com', src: 'dokafor@consultco.example.net', keepId: 'AWS71540286', srcId: 'AWS42209153' };
export const LENA: Person = { name: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@agentur.example.de', keepId: 'AWS90316624', srcId: 'AWS55082197' };
export const RAJ: Person = { name: 'Raj Menon', keep: 'raj.menon@example.org', src: 'rmenon@bigco.example.com', keepId: 'AWS24418830', srcId: 'AWS67709145' };

export const to = (p: Person, which: 'keep' | 'src' = 'keep', lang: 'ja' | 'en' = 'ja'): string => `${lang === 'ja' && p.ja ? p.ja : p.name} <${p[which]}>`;

export const CASE = {
  ken: '17802256413',
  ken2: '1786630914',
  misaki: '1781934072218',
  sho: '1779023315',
  shoDup: '1779029840',
  aya: '178200671945',
  dan: '1783301928846',
  danDup: '1783307741',
  lena: '17794410562',
  raj: '1784420017',
  other: '1787712093',
  other2: '17810029384',
  team: '1785500321',
} as const;

export const jst = (s: string): string => rfcDate(s, '+0900');
export const utc = (s: string): string => rfcDate(s, '+0000');
export const pst = (s: string): string => rfcDate(s, '-0800');

export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

const JA_WD = ['日', '月', '火', '水', '木', '金', '土'];
/** Gmail (ja) quote header: 2026年2月3日(火) 10:12 木村 健一 <addr>: */
export const gmailJa = (local: string, who: string, body: string): string => {
  const mm = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})/.exec(local);
  if (!mm) throw new Error(local);
  const wd = JA_WD[new Date(Date.UTC(+mm[1]!, +mm[2]! - 1, +mm[3]!)).getUTCDay()];
  return `${+mm[1]!}年${+mm[2]!}月${+mm[3]!}日(${wd}) ${mm[4]}:${mm[5]} ${who}:\n\n${quote(body)}`;
};
const EN_WD = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EN_MO = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Gmail (en) quote header */
export const gmailEn = (local: string, who: string, body: string): string => {
  const mm = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})/.exec(local);
  if (!mm) throw new Error(local);
  const d = new Date(Date.UTC(+mm[1]!, +mm[2]! - 1, +mm[3]!));
  const h = +mm[4]!;
  const hh = h % 12 === 0 ? 12 : h % 12;
  return `On ${EN_WD[d.getUTCDay()]}, ${EN_MO[d.getUTCMonth()]} ${d.getUTCDate()}, ${mm[1]} at ${hh}:${mm[5]} ${h < 12 ? 'AM' : 'PM'} ${who} wrote:\n${quote(body)}`;
};
/** Outlook (ja) header block */
export const outlookJa = (from: string, sent: string, toLine: string, subject: string, body: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${sent}\n宛先: ${toLine}\n件名: ${subject}\n\n${body}`;
export const outlookEn = (from: string, sent: string, toLine: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${toLine}\nSubject: ${subject}\n\n${body}`;
/** Salesforce separator used in AWS case replies */
export const sfOriginal = (from: string, sent: string, toLine: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toLine}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00D5g0Kc7._500${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (inner: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><title></title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px">\n${inner}\n</body>\n</html>`;

// ---- the user's own words (what the web form and the user's replies said) ----

export const KEN_DESC = `お世話になっております。木村と申します。
AWS認定アカウントが2つに分かれてしまっているため、統合をお願いします。
統合先: ${KEN.keepId} (${KEN.keep})
統合元: ${KEN.srcId} (${KEN.src})
前職のアドレスは今月末で使えなくなります。
統合が完了しましたら、完了した旨をご連絡いただけますでしょうか。`;

export const MISAKI_DESC = `先日も送ったのですが返信がないので再送します。
パートナー企業のアドレス(${MISAKI.src})で取った認定を、個人アカウント ${MISAKI.keep} に統合をお願いします。
すでに統合は完了していますか？
Credlyのバッジも移行されているか確認をお願いします。`;

export const SHO_DESC = `マージをお願いします。
前職のアカウント ${SHO.srcId} / ${SHO.src} の資格を
個人アカウント ${SHO.keepId} / ${SHO.keep} にまとめたいです。
確認が必要なことがあれば聞いてください。統合に同意します。`;

export const AYA_DESC = `大学のメアド(${AYA.src})で受けた試験と、今の個人のやつを一緒にしてほしいです
統合をお願いします
完了していますか？先週もフォームから送りました`;

export const DAN_DESC = `Hello, I have two AWS Certification accounts and need them merged.
Keep: ${DAN.keep} (${DAN.keepId})
Merge from: ${DAN.src} (${DAN.srcId})
Please confirm once the merge is completed. Is it completed already? I opened a case about this last week as well.`;

export const LENA_DESC = `Hi team, I want to merge my old agency account (${LENA.src}) into ${LENA.keep}.
Please confirm you received this request.
Also please make sure my badges are transferred to my Credly profile - last time they were not.`;

export const RAJ_DESC = `Merge request. Primary: ${RAJ.keep} / ${RAJ.keepId}. Secondary: ${RAJ.src} / ${RAJ.srcId}.
I confirm that I want the merge and I understand it cannot be undone.
Please close the secondary account afterwards and let me know when the case is closed.`;

/** Japanese web-form echo, three layouts */
export const formJa = (p: Person, subject: string, desc: string, style: 'rule' | 'bracket' | 'enlabels'): string => {
  if (style === 'rule')
    return `────────────────────────
お問い合わせの種類: AWS トレーニングと認定
問題の種類: 認定
詳細: アカウントの統合
件名: ${subject}
お問い合わせ内容:
${desc}
お名前: ${p.ja ?? p.name}
メールアドレス: ${p.keep}
AWS 候補者 ID: ${p.keepId}
統合元のメールアドレス: ${p.src}
────────────────────────`;
  if (style === 'bracket')
    return `【お問い合わせタイプ】AWS トレーニングと認定
【カテゴリ】認定 / アカウントの統合
【件名】${subject}
【ご連絡先】${p.keep}
【もう一方のアカウント】${p.src}
【詳細】
${desc}`;
  return `Inquiry type: AWS Training and Certification
Category: Certification - Account merge
Subject: ${subject}
Contact email: ${p.keep}
Other account email: ${p.src}
Candidate ID: ${p.keepId}
Description:
${desc}`;
};

/** English web-form echo, two layouts */
export const formEn = (p: Person, subject: string, desc: string, style: 'colon' | 'table'): string => {
  if (style === 'colon')
    return `Inquiry type: AWS Training and Certification
Issue: Certification > Account assistance > Merge accounts
Subject: ${subject}
Full name: ${p.name}
Email: ${p.keep}
Candidate ID: ${p.keepId}
Secondary email: ${p.src}
Description:
${desc}`;
  return `| Field            | Value
|------------------|------------------------------
| Contact type     | AWS Training and Certification
| Topic            | Account merge
| Subject          | ${subject}
| Your email       | ${p.keep}
| Other email      | ${p.src}
| Candidate ID     | ${p.keepId}
| Details          |
${desc
  .split('\n')
  .map((l) => `|   ${l}`)
  .join('\n')}`;
};

/** "Case history" appended at the bottom of a reply */
export const historyJa = (entries: Array<[string, string, string]>): string =>
  ['===== ケース履歴 =====', ...entries.map(([d, who, t]) => `[${d}] ${who}\n${t.split('\n').map((l) => '  ' + l).join('\n')}`), '===================='].join('\n');
export const historyEn = (entries: Array<[string, string, string]>): string =>
  ['--- Case history (newest first) ---', ...entries.map(([d, who, t]) => `${d} - ${who}:\n${t.split('\n').map((l) => '    ' + l).join('\n')}`), '-----------------------------------'].join('\n');

type Defaults = 'trusted' | 'forUser' | 'trap' | 'caseId' | 'auth' | 'from';
export type Spec = Omit<Msg, Defaults> & Partial<Pick<Msg, Defaults>>;
/** defaults: from support, authenticated, delivered to the user, no trap, no case ID */
export const msg = (x: Spec): Msg => ({ trusted: true, forUser: true, trap: false, caseId: null, auth: 'pass', from: SUPPORT, ...x });
