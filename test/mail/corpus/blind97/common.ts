// cr: shared people, senders, long pastes and quoting helpers.
// Voice: the meaning sits in an odd place (subject only, P.S., below a long paste,
// a footnote or a bracket, a table cell, a first line above a long quote, a
// template whose heading is corrected by its body).
import { rfcDate, type Msg } from './lib.js';

export const SUPPORT = 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>';
export const SUPPORT_ADDR = 'aws-cs-trainingcertification-form@amazon.com';
export const SUPPORT_JA = 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>';
export const AWS_NOTIFY = 'Amazon Web Services <no-reply-aws@amazon.com>';
export const AWS_CASES = 'AWS Support <cases@support.aws.com>';
export const PORTAL = 'AWS Certification <no-reply@certification.aws.training>';
export const PORTAL_JA = 'AWS 認定 <no-reply@certification.aws.training>';
export const CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';
export const CREDLY = 'Credly <no-reply@credly.com>';
export const AWS_EVENTS = 'AWS Events <aws-events@marketing.aws.amazon.com>';
export const SURVEY = 'Amazon Web Services <aws-survey@amazon.com>';

export const form = (id: string): string => `RE:[CASE ${id}] [AWS Training and Certification Form Submission] - account-assistance`;

export const KEN = { ja: '鈴木 健一', en: 'Kenichi Suzuki', keep: 'k.suzuki@example.net', src: 'kenichi.suzuki@oldco.example.co.jp', keepId: 'AWS04417729', srcId: 'AWS91835206' };
export const MISAKI = { ja: '高橋 美咲', en: 'Misaki Takahashi', keep: 'misaki.t@example.jp', src: 'takahashi.m@sier.example.co.jp', keepId: 'AWS27730158', srcId: 'AWS60218843' };
export const SHO = { ja: '伊藤 翔', en: 'Sho Ito', keep: 'sho.ito@example.com', src: 'ito-sho@univ.example.ac.jp', keepId: 'AWS38105562', srcId: 'AWS17749920' };
export const AYUMI = { ja: '中村 あゆみ', en: 'Ayumi Nakamura', keep: 'ayumi.nakamura@example.org', src: 'a-nakamura@partner.example.co.jp', keepId: 'AWS55092417', srcId: 'AWS80063391' };
export const DANA = { en: 'Dana Whitfield', keep: 'dana.w@example.com', src: 'dwhitfield@contoso.example', keepId: 'AWS66201375', srcId: 'AWS12908846' };
export const RAHUL = { en: 'Rahul Menon', keep: 'rahul.menon@example.in', src: 'rmenon@oldfirm.example', keepId: 'AWS49973012', srcId: 'AWS30551287' };
export const LENA = { en: 'Lena Fischer', keep: 'lena.fischer@example.de', src: 'l.fischer@uni.example.edu', keepId: 'AWS71144690', srcId: 'AWS25530918' };

export const to = (p: { ja?: string; en: string; keep: string }, ja = true): string => `${ja && p.ja ? p.ja : p.en} <${p.keep}>`;
export const toSrc = (p: { ja?: string; en: string; src: string }, ja = true): string => `${ja && p.ja ? p.ja : p.en} <${p.src}>`;

/** support case IDs (10–13 digits); every one of them is listed here so the generator can check labels */
export const CASE = {
  ken: '177420581937',
  kenDup: '177420590012',
  kenRefund: '177500118264',
  misaki: '1776019284',
  misakiExam: '1774902213',
  sho: '17803366120',
  ayumi: '1781255097341',
  ayumiDup: '1781255098112',
  dana: '1778845120',
  danaBilling: '1779900123456',
  rahul: '177933021856',
  lena: '17822094413',
  colleague: '1780771203',
} as const;
export const ALL_CASES: string[] = Object.values(CASE);

export const d = (local: string, tz = '+0900'): string => rfcDate(local, tz);

type Req = Pick<Msg, 'slug' | 'kind' | 'lang' | 'note' | 'subject' | 'date' | 'enc' | 'to'>;
/** a message with the common defaults: trusted support mail to the user, not a trap */
export function M(o: Req & Partial<Msg>): Msg {
  return { trusted: true, forUser: true, trap: false, caseId: null, from: SUPPORT, auth: 'pass', ...o };
}

// ---- quoting ------------------------------------------------------------
export const q = (text: string, p = '> '): string =>
  text
    .split('\n')
    .map((l) => (l.startsWith('>') ? '>' + l : p + l).replace(/\s+$/, ''))
    .join('\n');

const WD_JA = ['日', '月', '火', '水', '木', '金', '土'];
const wdOf = (ymd: string): number => {
  const [y, m, dd] = ymd.split('-').map(Number);
  return new Date(Date.UTC(y ?? 2026, (m ?? 1) - 1, dd ?? 1)).getUTCDay();
};
/** Gmail (ja): 2026年3月2日(月) 10:12 鈴木 健一 <k.suzuki@example.net>: */
export const gmailJa = (ymd: string, hm: string, who: string): string => {
  const [y, m, dd] = ymd.split('-').map(Number);
  return `${y}年${m}月${dd}日(${WD_JA[wdOf(ymd)]}) ${hm} ${who}:`;
};
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Gmail (en): On Mon, Mar 2, 2026 at 10:12 AM Dana Whitfield <dana.w@example.com> wrote: */
export const gmailEn = (ymd: string, hm: string, who: string): string => {
  const [y, m, dd] = ymd.split('-').map(Number);
  return `On ${WD_EN[wdOf(ymd)]}, ${MON_EN[(m ?? 1) - 1]} ${dd}, ${y} at ${hm} ${who} wrote:`;
};
/** Outlook (ja) header block */
export const outlookJa = (from: string, sent: string, toLine: string, subject: string): string =>
  `差出人: ${from}\n送信日時: ${sent}\n宛先: ${toLine}\n件名: ${subject}`;
/** Outlook (en) header block */
export const outlookEn = (from: string, sent: string, toLine: string, subject: string): string =>
  `From: ${from}\nSent: ${sent}\nTo: ${toLine}\nSubject: ${subject}`;
/** Salesforce separator used by the support tool */
export const sf = (from: string, sent: string, toLine: string, subject: string, body: string): string =>
  `--------------- Original Message ---------------\nFrom: ${from}\nSent: ${sent}\nTo: ${toLine}\nSubject: ${subject}\n\n${body}`;
export const sfRef = (seed: string): string => `ref:_00Dcr7Qa._5004V${seed}:ref`;

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
export const html = (title: string, inner: string): string =>
  `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${esc(title)}</title></head>\n<body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">\n${inner}\n</body></html>`;
export const table = (rows: Array<[string, string]>): string =>
  `<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse">\n${rows.map(([a, b]) => `<tr><th align="left">${esc(a)}</th><td>${esc(b)}</td></tr>`).join('\n')}\n</table>`;

// ---- long pastes (the real line sits below or above them) ----------------
export const FAQ_JA = `━━━━━━━━━━━━━━━━━━━━
よくあるお問い合わせ（抜粋）
━━━━━━━━━━━━━━━━━━━━
Q. 試験の日程を変更したい
A. 試験開始の24時間前までであれば、認定アカウントの「予約済みの試験」から変更できます。それ以降の変更は受け付けておりません。

Q. 認定の有効期限はいつまでですか
A. 原則として合格日から3年間です。期限が近づくと、登録メールアドレス宛に再認定のご案内が届きます。

Q. 50%割引バウチャーはどこで確認できますか
A. 認定アカウントにサインインし、「特典」タブをご覧ください。バウチャーには有効期限があります。

Q. 受験者ID（AWSから始まる番号）がわかりません
A. 認定アカウントのプロフィール画面右上に表示されています。

Q. 合格証明書（PDF）を再発行したい
A. 「取得済み認定」の各資格の行からいつでもダウンロードいただけます。

Q. 試験結果はいつ届きますか
A. 通常、受験後5営業日以内に登録メールアドレス宛にお送りしています。
━━━━━━━━━━━━━━━━━━━━`;

export const FAQ_EN = `----------------------------------------------------------------
Frequently asked questions
----------------------------------------------------------------
How do I reschedule an exam?
  Sign in to your AWS Certification Account and open "Upcoming Exams". Changes
  are possible up to 24 hours before the appointment.

How long is a certification valid?
  Three years from the date you passed. You'll get recertification reminders
  at the notification address on your profile.

Where is my 50% discount voucher?
  Under "Benefits" in your AWS Certification Account. Vouchers expire, so check
  the date shown next to the code.

Where do I find my candidate ID?
  On the profile page; it starts with "AWS" followed by digits.

Can I get a printed certificate?
  Digital certificates can be downloaded from "Earned Certifications" at any
  time. We no longer mail paper certificates.

How soon will I get my score report?
  Usually within five business days of the exam.
----------------------------------------------------------------`;

export const POLICY_JA = `【個人情報の取り扱いについて】
アマゾン ウェブ サービス ジャパン合同会社およびその関連会社は、お問い合わせ対応のためにお客様からご提供いただいた個人情報を、AWS プライバシー通知に従って取り扱います。
ご提供いただいた情報は、本件の調査および回答のためにのみ使用し、法令に基づく場合を除き、第三者へ提供することはありません。
お問い合わせ内容は、品質向上およびトレーニングの目的で記録・参照されることがあります。
本メールの内容は、宛先として指定された方のみを対象としています。誤って受信された場合は、お手数ですが破棄していただきますようお願いいたします。
なお、本メールアドレスは送信専用ではありませんが、このメールにご返信いただく際は件名を変更しないでください。件名に含まれる番号によってお問い合わせを管理しております。`;

export const POLICY_EN = `Important: about this message
This e-mail and any attachments are intended for the named recipient only. If
you received it in error, please delete it and let us know. Amazon Web
Services, Inc. and its affiliates process the personal information you provide
in accordance with the AWS Privacy Notice (https://aws.amazon.com/privacy/).
We use it only to investigate and answer your enquiry. Conversations may be
reviewed for quality and training purposes. When you reply, please keep the
subject line unchanged: the reference in it routes your reply to the right
team. Please do not open a new case for the same request; duplicate cases slow
down our response for everyone.`;

export const SIG_JA = (name: string): string => `--\n${name}\nAWS トレーニングと認定 カスタマーサポート\nAmazon Web Services`;
export const SIG_EN = (name: string): string => `Best regards,\n${name}\nAWS Training and Certification Customer Support`;

// the users' own first requests, quoted again and again
export const KEN_REQ = `AWS認定アカウントが2つあるため、1つにまとめていただけないでしょうか。
残したい方: ${KEN.keepId} / ${KEN.keep}
まとめる方: ${KEN.srcId} / ${KEN.src}
前職の会社のアドレスで受験した分を個人のほうへ寄せたいです。
鈴木`;
export const MISAKI_REQ = `お世話になります。高橋です。
会社のメールで作った認定アカウント（${MISAKI.src}）と、個人のもの（${MISAKI.keep}）を統合したいです。
個人の方を残したいと思っています。`;
export const SHO_REQ = `学生時代に大学のアドレス(${SHO.src})で受けたCLFと、今のアドレスで取ったSAAを一つのアカウントにしたいです。よろしくお願いします。伊藤`;
export const AYUMI_REQ = `お疲れ様です、中村です。
パートナー企業のアドレス ${AYUMI.src} と個人の ${AYUMI.keep} で認定アカウントが分かれてしまいました。
個人側（${AYUMI.keepId}）に寄せてください。`;
export const DANA_REQ = `Hi there,
I ended up with two certification profiles: ${DANA.src} (old job) and ${DANA.keep}. Please fold the old one into ${DANA.keep}.
Candidate IDs: ${DANA.srcId} and ${DANA.keepId}.
Thanks!
Dana`;
export const RAHUL_REQ = `Hello team, I want my two AWS Certification accounts combined into one. Keep ${RAHUL.keep} (${RAHUL.keepId}). The other is ${RAHUL.src}. Regards, Rahul Menon`;
export const LENA_REQ = `Dear Support,
my Cloud Practitioner is on my university account (${LENA.src}) and my Developer Associate on ${LENA.keep}. Could you merge them, keeping the second one?
Kind regards,
Lena Fischer`;
