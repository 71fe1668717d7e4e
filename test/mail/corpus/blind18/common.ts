// People, partner desks, case IDs and quoting helpers for unmeasured/q.
// Voice: Japanese companies and partners (reseller desks forwarding AWS mail with a
// Japanese summary on top, 社内転送, corporate sign-offs and long confidentiality footers).
import { rfcDate, type Msg } from './lib.js';

export const FORM = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const FORM_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const NOREPLY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_NOTIFY = 'AWS Support <no-reply@support.aws.com>';
export const PORTAL = 'AWS Certification <certification-noreply@aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const formSubj = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

// the users (both addresses of each persona are in lib.ts USER_ADDRS)
export const AYA = { ja: '森本 彩', en: 'Aya Morimoto', keep: 'aya.morimoto@example.jp', src: 'a-morimoto@tsubasa-soft.example.co.jp', keepId: 'AWS40917263', srcId: 'AWS83025517' };
export const TAKUMI = { ja: '石川 拓海', en: 'Takumi Ishikawa', keep: 'takumi.ishikawa@example.com', src: 't-ishikawa@kaede-sys.example.co.jp', keepId: 'AWS27150384', srcId: 'AWS91640228' };
export const MARIKO = { ja: '岡田 真理子', en: 'Mariko Okada', keep: 'mariko.okada@example.ne.jp', src: 'okada.mariko@minato-dc.example.co.jp', keepId: 'AWS56382019', srcId: 'AWS04471936' };
export const SATOSHI = { ja: '藤原 聡', en: 'Satoshi Fujiwara', keep: 's.fujiwara@example.org', src: 'fujiwara@hokuto-net.example.co.jp', keepId: 'AWS73820465', srcId: 'AWS19057342' };
export const RYO = { ja: '西村 亮', en: 'Ryo Nishimura', keep: 'ryo.nishimura@example.net', src: 'r.nishimura@asahi-cloud.example.jp', keepId: 'AWS65209871', srcId: 'AWS38114602' };
export const SOFIA = { en: 'Sofia Lindqvist', keep: 'sofia.lindqvist@example.se', src: 's.lindqvist@nordic-it.example.com', keepId: 'AWS12093385', srcId: 'AWS77461209' };
export const DANIEL = { en: 'Daniel Osei', keep: 'daniel.osei@example.com', src: 'dosei@tokyo-branch.example.co.jp', keepId: 'AWS84420917', srcId: 'AWS30958126' };

// partner / reseller desks and colleagues (never the user's addresses)
export const SORA = 'ソラリンク パートナーサポートデスク <aws-desk@soralink.example.co.jp>';
export const SORA_BARE = 'aws-desk@soralink.example.co.jp';
export const HOKUTO_HD = '北斗ネットワークス 情報システム部 <helpdesk@hokuto-net.example.co.jp>';
export const KAEDE_EDU = '楓システムズ 人材開発室 <jinzai@kaede-sys.example.co.jp>';
export const MINATO_PS = 'ミナトクラウドサービス パートナー支援窓口 <partner-support@minato-cs.example.jp>';

// support case IDs (10–13 digits), new for this set
export const CASE = {
  aya: '177204518836',
  ayaDup: '1772045903',
  takumi: '17690328147',
  takumi2: '1770215586904',
  mariko: '1781554920337',
  satoshi: '176688201945',
  satoshiDup: '1766882977',
  ryo: '1793002648',
  sofia: '17745120993',
  daniel: '178830046512',
  daniel2: '1788301177',
} as const;

const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WD_EN_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MON_EN_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function parts(local: string): { y: number; mo: number; d: number; h: number; mi: number; wd: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})/.exec(local);
  if (!m) throw new Error(`bad date ${local}`);
  const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
  return { y, mo, d, h, mi, wd: new Date(Date.UTC(y, mo - 1, d)).getUTCDay() };
}
const p2 = (n: number): string => String(n).padStart(2, '0');

/** JST header date */
export const jst = (local: string): string => rfcDate(local, '+0900');
export const utc = (local: string): string => rfcDate(local, '+0000');
export const pst = (local: string): string => rfcDate(local, '-0800');

/** Japanese Gmail: 2026年3月2日(月) 14:05 森本 彩 <aya@...>: */
export function gmailJa(local: string, who: string): string {
  const t = parts(local);
  return `${t.y}年${t.mo}月${t.d}日(${WD_JA[t.wd]}) ${t.h}:${p2(t.mi)} ${who}:`;
}
/** English Gmail: On Mon, Mar 2, 2026 at 2:05 PM Name <addr> wrote: */
export function gmailEn(local: string, who: string): string {
  const t = parts(local);
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  return `On ${WD_EN[t.wd]}, ${MON_EN[t.mo - 1]} ${t.d}, ${t.y} at ${h12}:${p2(t.mi)} ${t.h < 12 ? 'AM' : 'PM'} ${who} wrote:`;
}
/** Japanese Outlook header block */
export function outlookJa(local: string, from: string, to: string, subject: string, cc?: string): string {
  const t = parts(local);
  return `差出人: ${from}\n送信日時: ${t.y}年${t.mo}月${t.d}日 ${t.h}:${p2(t.mi)}\n宛先: ${to}\n${cc ? `CC: ${cc}\n` : ''}件名: ${subject}`;
}
/** English Outlook header block */
export function outlookEn(local: string, from: string, to: string, subject: string, cc?: string): string {
  const t = parts(local);
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  return `From: ${from}\nSent: ${WD_EN_LONG[t.wd]}, ${MON_EN_LONG[t.mo - 1]} ${t.d}, ${t.y} ${h12}:${p2(t.mi)} ${t.h < 12 ? 'AM' : 'PM'}\nTo: ${to}\n${cc ? `Cc: ${cc}\n` : ''}Subject: ${subject}`;
}
/** Gmail forward block (Japanese UI keeps the English separator) */
export function gmailFwd(local: string, from: string, to: string, subject: string, ja = true): string {
  const t = parts(local);
  const date = ja ? `${t.y}年${t.mo}月${t.d}日(${WD_JA[t.wd]}) ${t.h}:${p2(t.mi)}` : `${WD_EN[t.wd]}, ${MON_EN[t.mo - 1]} ${t.d}, ${t.y} at ${t.h % 12 === 0 ? 12 : t.h % 12}:${p2(t.mi)} ${t.h < 12 ? 'AM' : 'PM'}`;
  return `---------- Forwarded message ---------\nFrom: ${from}\nDate: ${date}\nSubject: ${subject}\nTo: ${to}`;
}
/** Thunderbird (Japanese UI) forward block */
export function tbFwdJa(local: string, from: string, to: string, subject: string): string {
  const t = parts(local);
  return `-------- 転送メッセージ --------\n件名: \t${subject}\n日付: \t${WD_EN[t.wd]}, ${t.d} ${MON_EN[t.mo - 1]} ${t.y} ${p2(t.h)}:${p2(t.mi)}:00 +0900\n差出人: \t${from}\n宛先: \t${to}`;
}
/** Salesforce-style history block that AWS support replies carry */
export function sfHist(from: string, local: string, to: string, subject: string, body: string): string {
  const t = parts(local);
  return `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${t.mo}/${t.d}/${t.y} ${t.h % 12 === 0 ? 12 : t.h % 12}:${p2(t.mi)} ${t.h < 12 ? 'AM' : 'PM'}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
}
export const sfRef = (seed: string): string => `ref:_00D8aK3Lq._5007V${seed}:ref`;

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
/** wrap an HTML fragment the way a corporate HTML mailer would */
export const htmlDoc = (inner: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body style="font-family:Meiryo,'Hiragino Sans',Arial,sans-serif;font-size:14px">\n${inner}\n</body></html>`;

// ---- corporate sign-offs and footers ----
export const FOOTER_SORA = `━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
株式会社ソラリンク クラウドソリューション本部
パートナーサポートデスク 宮下 紗季
〒105-0011 東京都港区芝公園3-4-1 芝公園テラス 9F
TEL: 03-5400-7712 (平日 9:00～17:30)
Mail: aws-desk@soralink.example.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
【機密保持に関するお知らせ】
本メール(添付ファイルを含む)は、指定された宛先の方のみを対象としたものであり、
機密情報または法的に保護された情報が含まれている場合があります。
誤って本メールを受信された場合は、大変お手数ですが送信者までご連絡のうえ、
本メールを直ちに削除してください。本メールの内容の全部または一部を、
許可なく複製・転送・開示・利用することは固く禁じられております。`;

export const FOOTER_HOKUTO = `--
北斗ネットワークス株式会社 情報システム部 ヘルプデスク
担当: 谷口 / 内線 4410
※本メールは送信専用アドレスではありません。ご返信はこのままお送りください。
---------------------------------------------------------------------
本電子メールおよび添付書類には、北斗ネットワークス株式会社の秘密情報が
含まれている可能性があります。宛先以外の方による閲覧、転載、転送、
複製を禁止します。誤送信の場合はお手数ですが破棄していただくとともに、
送信者へご連絡くださいますようお願い申し上げます。
This e-mail may contain confidential information of Hokuto Networks Co., Ltd.
If you are not the intended recipient, please notify the sender and delete it.
---------------------------------------------------------------------`;

export const FOOTER_MINATO = `────────────────────────────
ミナトクラウドサービス株式会社
パートナー支援窓口 担当:大西 / 飯田
受付時間 平日10時～18時(土日祝・年末年始を除く)
────────────────────────────
このメールには機密情報が含まれている場合がございます。
宛先に心当たりのない方は、恐れ入りますが本メールを破棄いただき、
その旨を送信者までお知らせください。`;

export const FOOTER_KAEDE = `==================================================
楓システムズ株式会社 管理本部 人材開発室
長谷川 美穂 (Miho Hasegawa)
〒530-0001 大阪市北区梅田2-5-10 楓ビル 6F
==================================================
本メールに記載された情報は社内限りです。社外への転送はご遠慮ください。`;

/** user's own corporate signature + footer as quoted inside support replies */
export const SIG_TAKUMI_CORP = `石川 拓海 / Takumi Ishikawa
楓システムズ株式会社 クラウド基盤部
t-ishikawa@kaede-sys.example.co.jp
*******************************************************************
このメールは楓システムズ株式会社から送信されました。
本メールの内容には秘密情報が含まれる場合があります。
宛先以外の方が受信された場合、直ちに削除し送信者へご連絡ください。
*******************************************************************`;

export const SIG_SATOSHI_CORP = `藤原 聡
北斗ネットワークス株式会社 ソリューション営業部
fujiwara@hokuto-net.example.co.jp
CONFIDENTIALITY NOTICE: This message and any attachment are intended only for
the addressee and may contain privileged or confidential information.
本メールは宛先の方のみを対象としております。`;

export const AWS_SIG_EN = (name: string): string => `Best regards,

${name}
AWS Training and Certification Customer Support`;

export const AWS_FOOT_EN = `Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.`;

export const AWS_FOOT_JA = `アマゾン ウェブ サービス ジャパン合同会社
〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア
本メールは送信専用のアドレスから送信されています。`;

export const CREDLY_FOOT = `Credly, Inc. | 111 W 33rd St, New York, NY 10120
このメールは Credly を通じて Amazon Web Services Training and Certification から送信されています。`;

export type Spec = Omit<Msg, 'trusted' | 'forUser' | 'trap'> & { trusted?: boolean; forUser?: boolean; trap?: boolean };
/** defaults: trusted true, forUser true, trap false (the self-checks verify trusted/forUser against the bytes) */
export const mk = (s: Spec): Msg => ({ trusted: true, forUser: true, trap: false, ...s });
