// Shared people, addresses, quote headers, signatures and footers for set s
// (senior escalation desk, very formal voice). Every name, company, address,
// candidate ID and case ID here was invented for this set.
import { rfcDate } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// ---- personas (the user's addresses are listed in lib.ts USER_ADDRS)
export const SEI = {
  ja: '橘 誠一郎', kana: 'タチバナ セイイチロウ', en: 'Seiichiro Tachibana', sama: '橘 誠一郎 様',
  keep: 's.tachibana@example.ne.jp', src: 'tachibana.seiichiro@kohoku-denki.example.co.jp',
  keepId: 'AWS70318264', srcId: 'AWS24906651', company: '港北電機株式会社', companyEn: 'Kohoku Denki Co., Ltd.',
};
export const MISAKI = {
  ja: '久我 美咲', en: 'Misaki Kuga', sama: '久我 美咲 様',
  keep: 'kuga.misaki@mail.example.jp', src: 'm-kuga@shinonome-sys.example.co.jp',
  keepId: 'AWS81142097', srcId: 'AWS35570428', company: '東雲システムズ株式会社', companyEn: 'Shinonome Systems K.K.',
};
export const TAKUMI = {
  ja: '榊原 拓海', en: 'Takumi Sakakibara', sama: '榊原 拓海 様',
  keep: 't.sakakibara@example.net', src: 'sakakibara@hokuyo-soft.example.jp',
  keepId: 'AWS62907735', srcId: 'AWS18843560', company: '北洋ソフト株式会社', companyEn: 'Hokuyo Soft Inc.',
};
export const MARGARET = {
  name: 'Margaret Okonkwo-Hale', first: 'Margaret', last: 'Okonkwo-Hale',
  keep: 'm.okonkwohale@example.com', src: 'margaret.hale@brightwater-fin.example',
  keepId: 'AWS90056213', srcId: 'AWS47718390', company: 'Brightwater Financial Group',
};
export const DANIEL = {
  name: 'Daniel Rosenquist', first: 'Daniel', last: 'Rosenquist',
  keep: 'drosenquist@example.org', src: 'daniel.rosenquist@veritaslogix.example.com',
  keepId: 'AWS53390871', srcId: 'AWS76602514', company: 'Veritas Logistics LLC',
};

// people who are NOT the user
export const OKOCHI = '大河内 直樹 <okochi.naoki@kohoku-denki.example.co.jp>'; // Seiichiro's manager
export const KOHOKU_HR = '港北電機 人事部 人材開発課 <jinji-kaihatsu@kohoku-denki.example.co.jp>';
export const WASHIO = '鷲尾 博之 <washio@shinonome-sys.example.co.jp>'; // Misaki's manager
export const SHINONOME_HR = '東雲システムズ 人事総務部 <hr-soumu@shinonome-sys.example.co.jp>';
export const COLIN = 'Colin Ashdown <c.ashdown@brightwater-fin.example>'; // Margaret's manager
export const BW_HR = 'Brightwater HR Learning & Development <hr-learning@brightwater-fin.example>';
export const VERITAS_OPS = 'Veritas Training Operations <training-ops@veritaslogix.example.com>';

// support case IDs (10–13 digits)
export const CASE = {
  sei: '18305719264',
  seiDup: '1830577402',
  misaki: '184926013357',
  misaki2: '1849277006158',
  takumi: '1851140298',
  takumi2: '1851162093471',
  marg: '1863390215570',
  dan: '18720468831',
  danDup: '1872049917',
  other: '1890027734415',
} as const;

// ---- dates
const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WD_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MON_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function parts(local: string): { y: number; mo: number; d: number; h: number; mi: number; wd: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})/.exec(local);
  if (!m) throw new Error(`bad date ${local}`);
  const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
  return { y, mo, d, h, mi, wd: new Date(Date.UTC(y, mo - 1, d)).getUTCDay() };
}
const p2 = (n: number): string => String(n).padStart(2, '0');
export const d = rfcDate;
/** 2026年2月3日(火) 14:22 */
export const jaDate = (local: string): string => {
  const t = parts(local);
  return `${t.y}年${t.mo}月${t.d}日(${WD_JA[t.wd]}) ${t.h}:${p2(t.mi)}`;
};
/** Tuesday, February 3, 2026 2:22 PM */
export const enLong = (local: string): string => {
  const t = parts(local);
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  return `${WD_EN[t.wd]}, ${MON_EN[t.mo - 1]} ${t.d}, ${t.y} ${h12}:${p2(t.mi)} ${t.h < 12 ? 'AM' : 'PM'}`;
};
/** Tue, Feb 3, 2026 at 2:22 PM */
export const enGmail = (local: string): string => {
  const t = parts(local);
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  return `${(WD_EN[t.wd] ?? '').slice(0, 3)}, ${(MON_EN[t.mo - 1] ?? '').slice(0, 3)} ${t.d}, ${t.y} at ${h12}:${p2(t.mi)} ${t.h < 12 ? 'AM' : 'PM'}`;
};

// ---- quoting
export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

export const gmailJa = (local: string, who: string, body: string): string => `${jaDate(local)} ${who}:\n\n${quote(body)}`;
export const gmailEn = (local: string, who: string, body: string): string => `On ${enGmail(local)} ${who} wrote:\n\n${quote(body)}`;
export const iphoneJa = (local: string, who: string, body: string): string => {
  const t = parts(local);
  return `${t.y}/${p2(t.mo)}/${p2(t.d)} ${t.h}:${p2(t.mi)}、${who}のメール:\n\n${quote(body)}`;
};
export const outlookJa = (local: string, from: string, to: string, subject: string, body: string, cc?: string): string =>
  `________________________________\n差出人: ${from}\n送信日時: ${parts(local).y}年${parts(local).mo}月${parts(local).d}日 ${parts(local).h}:${p2(parts(local).mi)}\n宛先: ${to}\n${cc ? `CC: ${cc}\n` : ''}件名: ${subject}\n\n${body}`;
export const outlookEn = (local: string, from: string, to: string, subject: string, body: string, cc?: string): string =>
  `________________________________\nFrom: ${from}\nSent: ${enLong(local)}\nTo: ${to}\n${cc ? `Cc: ${cc}\n` : ''}Subject: ${subject}\n\n${body}`;
export const origMsgEn = (local: string, from: string, to: string, subject: string, body: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${enLong(local)}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
/** the case tool's own separator (Salesforce-like) */
export const sfOrig = (local: string, from: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: [${from}]\nSent: ${rfcDate(local.length === 16 ? local + ':00' : local, '+0000').replace(/ \+0000$/, ' UTC')}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfOrigJa = (local: string, from: string, to: string, subject: string, body: string): string =>
  `--------------- 元のメッセージ ---------------\n差出人: [${from}]\n送信日時: ${jaDate(local)}\n宛先: ${to}\n件名: ${subject}\n\n${body}`;
export const fwdJa = (local: string, from: string, to: string, subject: string, body: string): string =>
  `---------- 転送されたメッセージ ---------\nFrom: ${from}\nDate: ${jaDate(local)}\nSubject: ${subject}\nTo: ${to}\n\n${body}`;
export const fwdEn = (local: string, from: string, to: string, subject: string, body: string): string =>
  `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${enGmail(local)}\nSubject: ${subject}\nTo: ${to}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00Dd0Hk8b._5004x${seed}:ref`;

// ---- HTML
export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const htmlDoc = (body: string, lang = 'en'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title></title></head>\n<body style="margin:0;padding:0;font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#232f3e">\n${body}\n</body></html>`;
/** an HTML reply with the history in a gmail_quote / divRplyFwdMsg block */
export const htmlWithQuote = (top: string, quoteHead: string, quoted: string, style: 'gmail' | 'outlook' = 'gmail'): string =>
  style === 'gmail'
    ? `<div dir="ltr">${paras(top)}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">${esc(quoteHead)}<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">${paras(quoted)}</blockquote></div>`
    : `<div class="WordSection1">${paras(top)}<div id="divRplyFwdMsg"><hr style="display:inline-block;width:98%"><font face="Calibri, sans-serif" style="font-size:11pt">${esc(quoteHead).replace(/\n/g, '<br>')}</font></div><div>${paras(quoted)}</div></div>`;

// ---- support signatures and footers (several desks, several people)
export const sigJa = (name: string, roman: string, desk = 'エスカレーション窓口'): string =>
  `何卒よろしくお願い申し上げます。\n\n━━━━━━━━━━━━━━━━━━━━━━━━━━━━\nAWS トレーニングと認定 カスタマーサポート ${desk}\n${name}(${roman})\nAWS Training and Certification Customer Support | ${desk === 'エスカレーション窓口' ? 'Senior Escalation Desk' : 'Customer Care'}\n━━━━━━━━━━━━━━━━━━━━━━━━━━━━`;
export const sigEn = (name: string, title = 'Senior Escalation Specialist'): string =>
  `Respectfully,\n\n${name}\n${title}\nAWS Training and Certification Customer Support\nAmazon Web Services, Inc.`;
export const FOOT_JA = `※本メールは、お問い合わせいただいたお客様に個別にお送りしております。本メールにご返信いただくことで、同一のケースにてご対応を継続いたします。新たなケースを起票されますと、ご回答までにお時間を頂戴する場合がございますので、何卒ご了承ください。
※本メールの内容は、宛先のお客様のみを対象としたものです。誤って受信された場合は、恐れ入りますが本メールを破棄していただきますようお願い申し上げます。

アマゾン ウェブ サービス ジャパン合同会社 / Amazon Web Services, Inc.
本メールに記載のサービス名は Amazon.com, Inc. またはその関連会社の商標です。`;
export const FOOT_EN = `CONFIDENTIALITY NOTICE: This message and any attachments are intended solely for the addressee and may contain confidential information. If you have received this message in error, please notify the sender by replying to this e-mail and delete it from your system.

To continue this case, reply to this e-mail without changing the subject line. Opening a new case for the same request may delay our response.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.`;
export const FOOT_BI = `[Bilingual notice / 日英併記]
本メールは AWS トレーニングと認定 カスタマーサポートより送信されています。This e-mail was sent by AWS Training and Certification Customer Support.
ケースを継続される場合は、件名を変更せずにご返信ください。To keep this case moving, please reply without changing the subject.
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210 / アマゾン ウェブ サービス ジャパン合同会社`;

// ---- customers' own signatures
export const seiSig = `--\n${SEI.ja} / ${SEI.en}\n${SEI.keep}`;
export const seiCorpSig = `━━━━━━━━━━━━━━━━━━━━━━━━\n${SEI.company} 情報システム本部 クラウド基盤部\n${SEI.ja}(Seiichiro Tachibana)\nTEL: 045-000-1234(内線 5521)\n${SEI.src}\n━━━━━━━━━━━━━━━━━━━━━━━━\nこの電子メールには機密情報が含まれている場合があります。誤って受信された場合は、直ちに送信者へご連絡のうえ削除してください。\nThis e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.`;
export const misakiSig = `――――――――――――――――――――\n${MISAKI.ja}(Misaki Kuga)\n${MISAKI.keep}\n――――――――――――――――――――`;
export const takumiSig = `${TAKUMI.ja}\n${TAKUMI.keep}`;
export const margSig = `Kind regards,\n\nMargaret Okonkwo-Hale, CPA\nSenior Cloud Governance Lead\n${MARGARET.keep} | +1 (555) 014-2231`;
export const danSig = `Sincerely,\nDaniel Rosenquist\n${DANIEL.keep}`;

// ---- the customers' original requests (quoted again and again)
export const SEI_REQ = `AWS トレーニングと認定 ご担当者様

平素より大変お世話になっております。${SEI.company}の${SEI.ja}と申します。
このたび、会社のメールアドレスで作成した認定アカウントと、個人のメールアドレスで作成した認定アカウントの統合をお願いしたく、ご連絡いたしました。

・残すアカウント: ${SEI.keepId} / ${SEI.keep}
・統合元アカウント: ${SEI.srcId} / ${SEI.src}

3月末で現職を退職する予定のため、それまでにお手続きいただけますと幸いです。
何卒よろしくお願い申し上げます。`;
export const MISAKI_REQ = `ご担当者様

お世話になっております。${MISAKI.ja}と申します。
認定試験を二つのアカウントで受験してしまったため、一つにまとめていただきたく存じます。
残したいアカウントは個人用(${MISAKI.keep}、候補者ID ${MISAKI.keepId})です。
もう一方は勤務先(${MISAKI.company})のアドレス ${MISAKI.src}(${MISAKI.srcId})で登録しております。
お手数をおかけしますが、よろしくお願いいたします。`;
export const TAKUMI_REQ = `お世話になります。榊原です。
AWS認定のアカウントが2つあるので統合をお願いします。
個人: ${TAKUMI.keep} (${TAKUMI.keepId})
旧勤務先: ${TAKUMI.src} (${TAKUMI.srcId})
個人のほうに寄せたいです。`;
export const MARG_REQ = `To whom it may concern,

I hold two AWS Certification accounts: one created under my former employer's domain (${MARGARET.src}, candidate ID ${MARGARET.srcId}) and one under my personal address (${MARGARET.keep}, candidate ID ${MARGARET.keepId}). I respectfully request that the two be consolidated into the personal account, which I intend to keep for the remainder of my career.

Thank you in advance for your assistance.

Margaret Okonkwo-Hale`;
export const DAN_REQ = `Hello,

I'd like to merge two AWS Certification profiles. Keep: ${DANIEL.keep} (${DANIEL.keepId}). Retire: ${DANIEL.src} (${DANIEL.srcId}). I passed SAA-C03 on the work profile and DVA-C02 on the personal one.

Thanks,
Daniel Rosenquist`;
