// Japanese messages of set s, part D: merge completed and badges moved.
import type { Msg } from './lib.js';
import {
  SUPPORT, SUPPORT_BARE, AWS_NOTIFY, CREDLY_AWS, formSubject, SEI, MISAKI, TAKUMI, CASE, OKOCHI, WASHIO, KOHOKU_HR, SHINONOME_HR,
  d, jaDate, quote, sfOrigJa, gmailJa, outlookJa, iphoneJa, sigJa, FOOT_JA, FOOT_BI, sfRef, paras, htmlDoc, esc,
  seiSig, misakiSig, takumiSig,
} from './common.js';

type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap'>>;
const j = (s: Spec): Msg => ({ lang: 'ja', trusted: true, forUser: true, trap: false, ...s });

const seiTo = `${SEI.ja} <${SEI.keep}>`;
const misakiTo = `${MISAKI.ja} <${MISAKI.keep}>`;
const takumiTo = `${TAKUMI.ja} <${TAKUMI.keep}>`;
const PORTAL = 'AWS Certification <certification-noreply@aws.training>';

const SEI_AGREE = `藤堂様

ご案内いただいた内容にて、アカウントの統合に同意いたします。
統合先 ${SEI.keepId} / 統合元 ${SEI.srcId}
何卒よろしくお願い申し上げます。
${seiSig}`;
const TAKUMI_AGREE = `宇佐美様\n\n同意します。\n榊原`;

const credlyHtmlJa = (name: string, badge: string, n: string): string =>
  htmlDoc(`<table width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f5"><tr><td align="center" style="padding:32px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td style="padding:28px">
<p style="font-size:18px">${esc(name)} さん、おめでとうございます。</p>
<p>Amazon Web Services Training and Certification から、新しいバッジ「${esc(badge)}」が発行されました。</p>
<p style="text-align:center"><a href="https://www.credly.com/earner/earned/badge/${n}" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">バッジを入手する</a></p>
<p>バッジを受け取ると、LinkedIn などで実績を共有できます。</p>
<p style="font-size:11px;color:#888">このメールは Credly, Inc. から送信されています。配信停止をご希望の場合は通知設定を変更してください。</p>
</td></tr></table></td></tr></table>`, 'ja');

export const JA_D: Msg[] = [
  // ================= merge_completed (9) =================
  j({
    slug: 'sei-merged-history-numbered',
    kind: 'merge_completed',
    caseId: CASE.sei,
    note: 'restates receipt, information and consent as a numbered history; the new event is that the merge is done',
    from: SUPPORT,
    to: seiTo,
    subject: formSubject(CASE.sei),
    date: d('2026-01-21 07:40:51', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `${SEI.sama}

平素より AWS トレーニングと認定をご愛顧賜り、誠にありがとうございます。
エスカレーション窓口の藤堂でございます。

本件のこれまでの経緯を、念のため整理させていただきます。
1. 1 月 13 日: ケース ${CASE.sei} の受付
2. 1 月 14 日: 候補者 ID 等のご提供のお願い、同日ご回答を拝受
3. 1 月 19 日: 統合内容のご案内と、統合へのご同意のお願い
4. 1 月 20 日: ${SEI.sama}ご本人より統合へのご同意を頂戴

上記を受けまして、本日、統合元アカウント ${SEI.srcId} の認定資格、受験履歴および特典を統合先アカウント ${SEI.keepId} へ移行し、アカウントの統合作業を完了いたしました。

お手数ではございますが、統合先アカウントにサインインのうえ、認定資格の一覧と特典の表示に相違がないかご確認いただけますと幸いです。
ご不明な点がございましたら、本メールにご返信くださいませ。

${sigJa('藤堂', 'Todo')}

${FOOT_JA}

${sfOrigJa('2026-01-20 21:12', SEI.keep, SUPPORT_BARE, formSubject(CASE.sei), SEI_AGREE)}`,
  }),
  j({
    slug: 'misaki-buried-merged-and-closing',
    kind: 'merge_completed',
    caseId: CASE.misaki,
    note: 'long apology letter; mid-letter says the migration and merge were completed today, then says the case will be closed',
    from: SUPPORT,
    to: misakiTo,
    cc: WASHIO,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-16 05:20:10', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `${MISAKI.sama}
(CC: 鷲尾 様)

平素より格別のお引き立てを賜り、誠にありがとうございます。エスカレーション窓口の真柴でございます。

このたびは、候補者 ID の誤記により二度にわたりご承諾をお願いすることとなり、多大なるお手数とご心配をおかけいたしましたこと、改めて深くお詫び申し上げます。社内でも確認手順を見直し、再発防止に努めてまいります。

さて、2 月 13 日に頂戴した訂正後のご承諾に基づき、本日付で統合元アカウント(${MISAKI.srcId})の認定資格および受験履歴を統合先アカウント(${MISAKI.keepId})へ移し、アカウントの統合を完了いたしました。統合元アカウントは無効化されております。

Credly のデジタルバッジは、反映までに数日を要する場合がございます。1 週間ほど経過しても統合先のアドレスでバッジが確認できない場合は、お手数ながら本ケースにご返信くださいませ。

本件はこれにてクローズとさせていただきます。最後までご協力を賜り、誠にありがとうございました。

${sigJa('真柴', 'Mashiba')}

${FOOT_JA}`,
  }),
  j({
    slug: 'takumi-merged-short-sjis',
    kind: 'merge_completed',
    caseId: CASE.takumi,
    note: 'short formal completion report',
    from: SUPPORT,
    to: takumiTo,
    subject: formSubject(CASE.takumi),
    date: d('2026-03-02 04:12:33', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `${TAKUMI.sama}

お世話になっております。宇佐美でございます。
ご承諾をいただきました統合処理が完了いたしましたので、ご報告申し上げます。今後は ${TAKUMI.keep} にてサインインいただけますと、すべての認定資格をご覧いただけます。

${sigJa('宇佐美', 'Usami')}

${iphoneJa('2026-03-01 21:48', `${TAKUMI.ja} <${TAKUMI.keep}>`, TAKUMI_AGREE)}`,
  }),
  j({
    slug: 'portal-merged-no-case-jisb64',
    kind: 'merge_completed',
    caseId: null,
    note: 'the certification portal\'s own notice that the accounts were merged; no case ID',
    from: PORTAL,
    to: SEI.keep,
    subject: 'AWS 認定: アカウントの統合が完了しました',
    date: d('2026-01-21 07:52:09', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `${SEI.ja} 様

AWS 認定アカウントの統合処理が完了しました。
統合されたアカウントの認定資格、試験履歴、特典は、今後このアカウント(候補者 ID: ${SEI.keepId})でご確認いただけます。

統合元のアカウントにはサインインできなくなります。
心当たりがない場合は、AWS トレーニングと認定のサポートまでご連絡ください。

AWS Certification`,
  }),
  j({
    slug: 'misaki2-merged-please-check-html',
    kind: 'merge_completed',
    caseId: CASE.misaki2,
    note: 'HTML-only notice: a third, forgotten account was merged on the follow-up case; asks to check that all looks right',
    from: SUPPORT,
    to: misakiTo,
    subject: formSubject(CASE.misaki2),
    date: d('2026-03-11 06:06:06', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(`<p>${esc(MISAKI.sama)}</p>
<p>いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの早乙女でございます。</p>
<p>お知らせいただいた 3 つ目のアカウント(学生時代に作成されたもの)につきまして、本日、統合先アカウント ${MISAKI.keepId} への統合が完了いたしました。</p>
<p>お手数ですが、認定資格・受験履歴・特典の表示に問題がないか、ご確認いただけますでしょうか。</p>
<p>何卒よろしくお願い申し上げます。</p>
<p>早乙女<br>AWS トレーニングと認定 カスタマーサポート</p>`, 'ja'),
  }),
  j({
    slug: 'forged-merged-dmarc-fail',
    kind: 'merge_completed',
    trusted: false,
    caseId: CASE.takumi,
    note: 'completion wording but dmarc=fail on the receiving server: untrusted',
    from: SUPPORT,
    to: TAKUMI.keep,
    subject: formSubject(CASE.takumi),
    date: d('2026-03-02 13:00:00', '+0000'),
    auth: 'fail',
    enc: 'jis7',
    text: `${TAKUMI.sama}

アカウントの統合が完了しました。特典を受け取るには下記よりサインインしてください。
https://aws-training-benefits.example.com/signin

AWS トレーニングと認定`,
  }),
  j({
    slug: 'sei-merged-badges-later-trap',
    kind: 'merge_completed',
    trap: true,
    caseId: CASE.seiDup,
    note: 'on the duplicate case: the merge is complete; badges are only promised for later (badge words, not the badge event)',
    from: SUPPORT,
    to: seiTo,
    subject: formSubject(CASE.seiDup),
    date: d('2026-01-21 08:15:00', '+0000'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `${SEI.sama}

九条でございます。重複して起票されておりましたこちらのケースにも、念のため同じ内容をお送りいたします。

本日、統合先 ${SEI.keepId} への統合を完了いたしました。
Credly のバッジにつきましては、別途移行の手続きを進めております。移行が済みましたら Credly よりメールが届く予定でございますので、今しばらくお待ちくださいませ。

${sigJa('九条', 'Kujo')}`,
  }),
  j({
    slug: 'takumi-merged-mixed-english-boilerplate',
    kind: 'merge_completed',
    caseId: CASE.takumi,
    note: 'English system sentence plus a Japanese note from the agent; the new text is Japanese',
    from: SUPPORT,
    to: takumiTo,
    subject: `${formSubject(CASE.takumi)} 【統合完了のご連絡】`,
    date: d('2026-03-02 04:30:40', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    hdr: 'utf8q',
    text: `[Account merge status: COMPLETED]

${TAKUMI.sama}

宇佐美でございます。先ほどのご連絡に補足いたします。
上記のとおり、システム上も統合の処理が完了したことを確認いたしました。統合元アカウント ${TAKUMI.srcId} の次回受験 50% 割引バウチャーも、統合先に表示されております。

${sigJa('宇佐美', 'Usami')}`,
  }),
  j({
    slug: 'sei-merged-resent-from-oldcorp',
    kind: 'merge_completed',
    forUser: false,
    caseId: CASE.sei,
    note: 'completion sent to the old corporate address and redirected by that server (Resent-* headers): forUser false',
    from: SUPPORT,
    to: SEI.src,
    subject: formSubject(CASE.sei),
    date: d('2026-01-21 07:41:30', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    resent: { from: 'mail-gw@kohoku-denki.example.co.jp', to: 'it-archive@kohoku-denki.example.co.jp', date: d('2026-01-21 16:41:58', '+0900') },
    text: `${SEI.sama}

エスカレーション窓口の藤堂でございます。統合元アカウントにご登録のアドレスにも、念のためお知らせいたします。
本日、当該アカウント(${SEI.srcId})は ${SEI.keepId} へ統合され、統合の手続きは完了いたしました。

${sigJa('藤堂', 'Todo')}`,
  }),

  // ================= badges_transferred (8) =================
  j({
    slug: 'credly-aws-badge-ja-multipart',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly issues the AWS badge to the kept address (「バッジを入手する」)',
    from: CREDLY_AWS,
    to: SEI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-01-23 03:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    wholeSubject: true,
    text: `${SEI.ja} さん、おめでとうございます。

Amazon Web Services Training and Certification から、新しいバッジ「AWS Certified Solutions Architect – Professional」が発行されました。

バッジを入手する:
https://www.credly.com/earner/earned/badge/8c1f0e7a-4b2d-4a51-9e63-2f7a0c5d9b11

Credly, Inc.`,
    html: credlyHtmlJa(SEI.ja, 'AWS Certified Solutions Architect – Professional', '8c1f0e7a-4b2d-4a51-9e63-2f7a0c5d9b11'),
  }),
  j({
    slug: 'sei-support-badges-moved-restates-merge',
    kind: 'badges_transferred',
    trap: true,
    caseId: CASE.sei,
    note: 'restates the merge of 21 Jan at length; the new fact is that the Credly badges now sit on the kept address',
    from: SUPPORT,
    to: seiTo,
    subject: formSubject(CASE.sei),
    date: d('2026-01-23 02:10:15', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `${SEI.sama}

平素よりお世話になっております。藤堂でございます。

1 月 21 日にご報告申し上げましたとおり、認定アカウントの統合は完了しております。その後、統合元のアドレスに紐づいておりました Credly バッジ 3 点を、統合先のメールアドレス ${SEI.keep} へ移行いたしました。

Credly より受け取りのご案内メールが届いておりましたら、「バッジを入手する」から承認をお願いいたします。

${sigJa('藤堂', 'Todo')}`,
  }),
  j({
    slug: 'misaki2-buried-badges-closing',
    kind: 'badges_transferred',
    caseId: CASE.misaki2,
    note: 'apology and status letter; buried in it: the badges were re-issued to the kept address; then the case is closed',
    from: SUPPORT,
    to: misakiTo,
    subject: formSubject(CASE.misaki2),
    date: d('2026-03-10 08:45:27', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `${MISAKI.sama}

平素は格別のご高配を賜り、厚く御礼申し上げます。AWS トレーニングと認定 カスタマーサポートの早乙女でございます。

このたびは、統合完了後もバッジが統合先に表示されないとのことで、改めてお問い合わせをいただく形となり、大変ご不便をおかけいたしました。心よりお詫び申し上げます。

関係部署と連携して調査いたしましたところ、統合元アドレス宛てに発行済みのバッジが Credly 側で保留状態となっておりました。本日、当該バッジ 2 点を統合先のアドレス ${MISAKI.keep} 宛てに再発行いたしましたので、Credly からのメールをご確認ください。

また、あわせてお問い合わせいただいた 3 つ目のアカウントにつきましては、引き続き本ケースにて確認のうえ、別途ご連絡いたします。

バッジの件につきましてはこれにて対応完了とさせていただきます。何卒よろしくお願い申し上げます。

${sigJa('早乙女', 'Saotome', 'カスタマーケア')}`,
  }),
  j({
    slug: 'credly-aws-second-badge-qp',
    kind: 'badges_transferred',
    caseId: null,
    note: 'another AWS badge arriving via Credly at the kept address, quoted-printable',
    from: CREDLY_AWS,
    to: `${MISAKI.ja} <${MISAKI.keep}>`,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-03-10 09:02:44', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    wholeSubject: true,
    text: `${MISAKI.ja} さん

Amazon Web Services Training and Certification が、あなたに「AWS Certified Developer – Associate」バッジを発行しました。

▼バッジを入手する
https://www.credly.com/earner/earned/badge/0d4e6a2b-91c3-4f7e-8a55-6b1d2c3e4f50

このメールにお心当たりがない場合は、Credly サポートまでお問い合わせください。
Credly`,
  }),
  j({
    slug: 'forged-credly-lookalike-domain',
    kind: 'badges_transferred',
    trusted: false,
    caseId: null,
    note: 'badge notice from a look-alike Credly domain (credly-badges.net): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>',
    to: TAKUMI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-03-03 10:10:10', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    wholeSubject: true,
    text: `${TAKUMI.ja} さん

統合されたアカウントのバッジを受け取ってください。
バッジを入手する: https://credly-badges.net/claim?u=${TAKUMI.keep}

Credly`,
  }),
  j({
    slug: 'takumi2-badges-reissued-sjis',
    kind: 'badges_transferred',
    caseId: CASE.takumi2,
    note: 'support says the badges were re-issued to the Credly address the customer gave',
    from: SUPPORT,
    to: takumiTo,
    subject: formSubject(CASE.takumi2),
    date: d('2026-03-16 02:22:22', '+0000'),
    auth: 'pass',
    enc: 'sjis8',
    text: `${TAKUMI.sama}

お世話になっております。早乙女でございます。
お知らせいただいた Credly のメールアドレス宛てに、認定バッジ 2 点の再発行を行いました。Credly からのご案内メールをご確認のうえ、受け取りの操作をお願いいたします。

${sigJa('早乙女', 'Saotome', 'カスタマーケア')}

${outlookJa('2026-03-13 22:05', `${TAKUMI.ja} <${TAKUMI.keep}>`, SUPPORT_BARE, formSubject(CASE.takumi2), `早乙女様\n\nCredly の登録アドレスは ${TAKUMI.keep} です。\nよろしくお願いいたします。\n榊原`)}`,
  }),
  j({
    slug: 'takumi2-badges-moved-cc-jis',
    kind: 'badges_transferred',
    caseId: CASE.takumi2,
    note: 'support confirms that the badges now show on the kept account (customer copied his own old address)',
    from: SUPPORT,
    to: takumiTo,
    cc: TAKUMI.src,
    subject: formSubject(CASE.takumi2),
    date: d('2026-03-17 00:48:03', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `${TAKUMI.sama}

たびたび失礼いたします。早乙女でございます。
Credly 側の反映を確認いたしましたところ、AWS のバッジ 2 点はいずれも統合先アカウントに紐づき、公開プロフィールにも表示されておりました。移行は完了しておりますので、ご安心くださいませ。

${sigJa('早乙女', 'Saotome', 'カスタマーケア')}`,
  }),
  j({
    slug: 'credly-aws-badge-resent-oldcorp',
    kind: 'badges_transferred',
    forUser: false,
    caseId: null,
    note: 'Credly AWS badge mail to the old corporate address, redirected by that server (Resent-*): forUser false',
    from: CREDLY_AWS,
    to: SEI.src,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-01-23 03:31:10', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    wholeSubject: true,
    resent: { from: 'mail-gw@kohoku-denki.example.co.jp', to: 'it-archive@kohoku-denki.example.co.jp', date: d('2026-01-23 12:31:40', '+0900') },
    text: `${SEI.ja} さん

Amazon Web Services Training and Certification から「AWS Certified Security – Specialty」バッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/3b9a7c61-0e2f-4d88-b1a4-5c6d7e8f9012

Credly`,
  }),
];
