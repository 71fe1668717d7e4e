// cu set: shared people, senders, case IDs and quoting helpers.
// Voice: platforms, names and systems that changed over the years (CertMetrics ->
// aws.training -> Training & Certification portal, Login with Amazon -> AWS Builder ID,
// Acclaim/youracclaim.com -> Credly, 2021 templates quoted under 2026 replies).
import { rfcDate, type Msg } from './lib.js';

// ---- senders
export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_BARE = 'aws-cs-trainingcertification-form@amazon.com';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const SUPPORT_NOTIFY = 'AWS Support <no-reply@support.aws.com>';
/** the 2021-era sender of certification support mail (old template) */
export const OLD_CERT = 'AWS Certification <aws-certification@amazon.com>';
export const PORTAL = 'AWS Training & Certification <no-reply@aws.training>';
export const PORTAL_NOTIFY = 'AWS Training and Certification <notifications@email.aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const ACCLAIM_AWS = 'Amazon Web Services Training and Certification via Acclaim <admin@youracclaim.com>';

export const formSubject = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;
export const formSubjectJa = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - アカウントサポート`;

// ---- people (every address here is in lib.ts USER_ADDRS)
export const KENJI = { ja: '森 健二', en: 'Kenji Mori', keep: 'kenji.mori@example.net', src: 'k.mori@legacy-si.example.co.jp', keepId: 'AWS04718293', srcId: 'AWS66120874' };
export const YUI = { ja: '田中 結衣', en: 'Yui Tanaka', keep: 'yui.tanaka@example.jp', src: 'yui@partner.example.co.jp', keepId: 'AWS21593008', srcId: 'AWS80437215' };
export const SHO = { ja: '小林 翔', en: 'Sho Kobayashi', keep: 'sho.kobayashi@example.com', src: 'skoba@oldfirm.example.co.jp', keepId: 'AWS39905142', srcId: 'AWS12874466' };
export const MEI = { ja: '渡辺 芽衣', en: 'Mei Watanabe', keep: 'mei.w@example.ne.jp', src: 'watanabe.mei@sier.example.co.jp', keepId: 'AWS61150937', srcId: 'AWS07762418' };
export const SAM = { en: 'Sam Okafor', keep: 'sam.okafor@example.com', src: 'sokafor@formerco.example', keepId: 'AWS55610327', srcId: 'AWS70288141' };
export const LENA = { en: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'lfischer@uni.example.ac.uk', keepId: 'AWS93017752', srcId: 'AWS27764590' };

export const who = (p: { ja?: string; en: string }, addr: string, lang: 'ja' | 'en' = 'ja'): string => `${lang === 'ja' && p.ja ? p.ja : p.en} <${addr}>`;

// ---- support case IDs (10-13 digits)
export const CASE = {
  kenji: '17804459213',
  kenji2: '17805512877', // Kenji's exam-voucher refund case (not a merge)
  yui: '1782260394',
  yuiDup: '1782261105',
  sho: '178930021456',
  sho2: '1790018763',
  mei: '17844401276',
  meiOld: '8391046627', // Mei's 2021 case on the old portal
  sam: '1781137402',
  sam2: '17811399021', // Sam's exam booking case
  lena: '1779450628113',
  lenaOld: '8416520931', // Lena's 2021 case
} as const;

// ---- message defaults
export type Def = Omit<Msg, 'trusted' | 'forUser' | 'trap' | 'auth' | 'caseId'> &
  Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'auth' | 'caseId'>>;
export const mk = (d: Def): Msg => ({ trusted: true, forUser: true, trap: false, auth: 'pass', caseId: null, ...d });

export const jst = (local: string): string => rfcDate(local, '+0900');
export const utc = (local: string): string => rfcDate(local, '+0000');
export const pst = (local: string): string => rfcDate(local, '-0800');
export const pdt = (local: string): string => rfcDate(local, '-0700');
export const cet = (local: string): string => rfcDate(local, '+0100');

// ---- quoting
export const quote = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

/** Salesforce-style block under AWS support replies */
export const sfOriginal = (from: string, sent: string, to: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00D80Kq2X._5006u${seed}:ref`;

const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
/** Gmail (ja) quote header: 2026年3月2日(月) 10:12 森 健二 <addr>: */
export const gmailJa = (local: string, name: string, addr: string): string => {
  const mm = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})/.exec(local);
  if (!mm) throw new Error(local);
  const [y, mo, d] = [Number(mm[1]), Number(mm[2]), Number(mm[3])];
  const wd = WD_JA[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()];
  return `${y}年${mo}月${d}日(${wd}) ${mm[4]}:${mm[5]} ${name} <${addr}>:`;
};
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WD = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** Gmail (en) quote header */
export const gmailEn = (local: string, name: string, addr: string): string => {
  const mm = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})/.exec(local);
  if (!mm) throw new Error(local);
  const [y, mo, d, h] = [Number(mm[1]), Number(mm[2]), Number(mm[3]), Number(mm[4])];
  const wd = WD[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()];
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `On ${wd}, ${MON[mo - 1]} ${d}, ${y} at ${h12}:${mm[5]} ${h < 12 ? 'AM' : 'PM'} ${name} <${addr}> wrote:`;
};
/** Outlook (ja) header block */
export const outlookJa = (from: string, sent: string, to: string, subject: string): string =>
  `差出人: ${from}\n送信日時: ${sent}\n宛先: ${to}\n件名: ${subject}`;
/** Outlook (en) header block */
export const outlookEn = (from: string, sent: string, to: string, subject: string): string =>
  `-----Original Message-----\nFrom: ${from}\nSent: ${sent}\nTo: ${to}\nSubject: ${subject}`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
/** a plain HTML mail shell */
export const htmlDoc = (inner: string, lang = 'ja'): string =>
  `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title></title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">\n${inner}\n</body></html>`;

// ---- the 2021-era receipt template (quoted under 2026 replies)
export const oldReceipt2021 = (id: string, name: string): string => `Dear ${name},

Thank you for contacting AWS Certification. This is an automated
confirmation that your inquiry has been received and assigned
Case # ${id}.

Our Certification team responds within 2 business days. You can sign in
to your account at https://www.aws.training to review your certifications
and exam history. Please do not submit the same question twice.

Regards,
AWS Certification Customer Support
CertMetrics Candidate Services`;

export const oldReceipt2021Ja = (id: string, name: string): string => `${name} 様

AWS 認定へお問い合わせいただき、ありがとうございます。
本メールは自動送信です。お問い合わせは ケース番号 ${id} として受け付けられました。

担当者より 2 営業日以内にご連絡いたします。認定の履歴は
https://www.aws.training にサインインしてご確認いただけます。

AWS 認定 カスタマーサポート`;

export const DAISUKE = { ja: '石井 大輔', en: 'Daisuke Ishii', keep: 'daisuke.ishii@example.org', src: 'ishii@cloudpartner.example.co.jp', keepId: 'AWS48213376', srcId: 'AWS90651128' };
export const RAVI = { en: 'Ravi Menon', keep: 'ravi.menon@example.in', src: 'r.menon@bigsi.example.com', keepId: 'AWS33781904', srcId: 'AWS62094415' };
export const CASE2 = {
  daisuke: '17866023119',
  daisukeDup: '17866030452',
  ravi: '17873302918',
  ravi2: '1787331047',
} as const;

// ---- what the users wrote (quoted under replies)
export const KENJI_REQ = `AWS認定アカウントが2つあるので1つにまとめていただけないでしょうか。
残したい: ${KENJI.keepId}（${KENJI.keep}、AWS Builder ID でサインイン）
まとめたい: ${KENJI.srcId}（${KENJI.src}、前職で CertMetrics 時代に作成）
前職のアドレスは来月末で使えなくなります。
森 健二`;

export const YUI_REQ = `お世話になります。田中です。
パートナー企業（APN）のアドレスで作った認定アカウントと、個人の Builder ID で作ったアカウントがあります。
個人のほうに寄せたいのですが、手続きを教えてください。
候補者ID: ${YUI.keepId} / ${YUI.srcId}`;

export const SHO_REQ = `認定アカウントの統合を希望します。
旧: ${SHO.srcId} ${SHO.src}（Login with Amazon でログインしていました）
新: ${SHO.keepId} ${SHO.keep}（AWS Builder ID）
ポータルのアカウント統合ツールでは「両方に認定があるため統合できません」と表示されました。`;

export const MEI_REQ = `2021年にも一度問い合わせたのですが、そのままになっていました。
会社のアドレス（${MEI.src}）の認定を、個人の Builder ID（${MEI.keep}）側に移したいです。
渡辺`;

export const DAISUKE_REQ = `AWS認定のアカウント統合のお願い
統合先: ${DAISUKE.keep}（Builder ID）
統合元: ${DAISUKE.src}（APN 経由で作成、候補者IDは不明）
石井 大輔 / 株式会社クラウドパートナー（旧所属）`;

export const SAM_REQ = `Hi,
I have two AWS Certification accounts. The old one (${SAM.src}, ${SAM.srcId}) was created on the old
CertMetrics site back when I signed in with my Amazon.com login. The new one (${SAM.keep}, ${SAM.keepId})
is tied to my AWS Builder ID. Could you combine them into the Builder ID one?
Sam Okafor`;

export const LENA_REQ = `Hello again,
I raised this back in 2021 (case ${'8416520931'}) but never followed up. My university address
${LENA.src} is going away. Please move everything to ${LENA.keep} (${LENA.keepId}).
Thanks, Lena`;

export const RAVI_REQ = `Team, requesting a merge of my two certification profiles.
Keep: ${RAVI.keep} / ${RAVI.keepId} (Builder ID)
Retire: ${RAVI.src} / ${RAVI.srcId} (old employer, APN-linked)
Regards, Ravi Menon`;
