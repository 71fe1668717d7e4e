// Set bs, Japanese messages part 2: completions, badges, closings, other replies, corporate mail.
import type { Msg } from './lib.js';
import {
  BOSS,
  CASE,
  CERT_PORTAL,
  CREDLY_AWS,
  GROUP_IT,
  IT_DESK,
  M,
  AWS_NOTIFY,
  SOUMU,
  SUPPORT_BARE,
  SUPPORT_JA,
  SUZUKI,
  TAKAHASHI,
  WORKFLOW,
  formSubject,
  olJa,
  paras,
} from './common.js';

const S = SUZUKI;
const T = TAKAHASHI;

const sig = `━━━━━━━━━━━━━━━━━━━━━━━━
株式会社エグザンプル　営業本部　第二営業部
鈴木 一郎（すずき いちろう）
TEL：03-1234-5678（内線 4127）
━━━━━━━━━━━━━━━━━━━━━━━━`;

const credlyHtml = (issuer: string, name: string, badge: string): string => `<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center"><tr><td>
<p>${name} さん</p>
<p>${issuer} から新しいバッジが発行されました。</p>
<h2>${badge}</h2>
<p><a href="https://www.credly.com/earner/earned/badge/7c1e2a90-5d33-4f0e-9a61-0b2c8f1d4e77" style="background:#ff6b00;color:#fff;padding:10px 18px">バッジを入手する</a></p>
<p style="font-size:11px;color:#777">このメールは Credly からお送りしています。</p>
</td></tr></table></body></html>`;

export const JA2: Msg[] = [
  // ---------------- merge_completed ----------------
  M({
    slug: 'j-merge-table',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: false,
    note: 'support reports the merge done, with a before/after table',
    subject: formSubject(CASE.suzuki),
    enc: 'jis7',
    from: SUPPORT_JA,
    when: '2026-03-10 04:12:00',
    text: `鈴木 一郎 様

お待たせいたしました。ご依頼の件、下記のとおり処理が完了しております。

　旧　${S.srcId}（${S.src}）　→　無効化済み
　新　${S.keepId}（${S.keep}）　→　認定履歴を集約済み

${S.keepId} にサインインのうえ、認定と特典が表示されていることをご確認いただけます。

井上
AWS トレーニングと認定 カスタマーサービス`,
  }),
  M({
    slug: 'j-merge-portal',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: null,
    trap: false,
    note: "the certification portal's own merged notice, no case ID",
    subject: 'AWS 認定：アカウントの統合が完了しました',
    enc: 'utf8b64',
    from: CERT_PORTAL,
    to: T.keep,
    when: '2026-04-10 09:31:22',
    text: `高橋 美咲 様

お客様の AWS 認定アカウント ${T.srcId} は ${T.keepId} に統合されました。
今後は ${T.keep} でサインインしてください。統合元の受験履歴と認定は、統合先のアカウントでご覧いただけます。

AWS Certification`,
  }),
  M({
    slug: 'j-merge-andclose',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.takahashi,
    trap: false,
    note: 'merge done and the case will now be closed: the new fact is the merge',
    subject: formSubject(CASE.takahashi),
    enc: 'sjis8',
    from: SUPPORT_JA,
    to: T.keep,
    when: '2026-04-10 02:05:19',
    text: `高橋 様

ご承諾のご返信、ありがとうございました。
本日、旧アカウントの資格情報を個人アカウント（${T.keepId}）へ移し終えました。

本件はこれにてクローズとさせていただきます。

森
AWS トレーニングと認定`,
  }),
  M({
    slug: 'j-merge-checkall',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.suzukiDup,
    trap: true,
    note: 'completion that asks him to check everything looks right: stays merge_completed',
    subject: formSubject(CASE.suzukiDup),
    enc: 'jisb64',
    from: SUPPORT_JA,
    to: S.keep,
    when: '2026-03-10 05:00:31',
    text: `鈴木様

ケース ${CASE.suzukiDup} の件、統合作業を終えました。
お手数ですが、統合先アカウントで認定の一覧・有効期限・バウチャーに相違がないかご確認ください。
不足があれば本メールにご返信いただければ対応いたします。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'j-merge-fail',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: false,
    trusted: false,
    auth: 'fail',
    note: 'completion notice but dmarc=fail',
    subject: formSubject(CASE.suzuki),
    enc: 'utf8qp',
    from: SUPPORT_JA,
    when: '2026-03-09 13:13:13',
    text: `鈴木様

統合が完了しました。新しいアカウントを有効化するため、こちらからサインインしてください。
https://aws-training.example-verify.com/signin

AWS トレーニングと認定`,
  }),
  M({
    slug: 'j-merge-short',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.takahashi2,
    trap: false,
    note: 'short completion for the three-account case, date between the words',
    subject: formSubject(CASE.takahashi2),
    enc: 'jis7',
    from: SUPPORT_JA,
    to: T.now,
    when: '2026-04-23 08:44:00',
    text: `高橋 様

4月23日付で、3件のアカウントを ${T.keepId} に一本化いたしました。
サインインは ${T.keep} をお使いください。

AWS トレーニングと認定 カスタマーサービス`,
  }),
  M({
    slug: 'j-merge-badges-later',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: true,
    note: 'merge done; badges not yet moved, explained as a next step',
    subject: formSubject(CASE.suzuki),
    enc: 'utf8b64',
    from: SUPPORT_JA,
    when: '2026-03-10 04:30:00',
    text: `鈴木 様

いつもお世話になっております。
統合元の認定4件は、統合先 ${S.keepId} に反映されました。

Credly のバッジは別システムのため、まだ旧アドレス側に残っております。移し替えをご希望でしたら、このケースにそのままご返信ください。

井上`,
  }),
  M({
    slug: 'j-merge-multipart-sjis',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: false,
    note: 'multipart Shift_JIS completion with quoted consent',
    subject: formSubject(CASE.suzuki),
    enc: 'sjisb64',
    from: SUPPORT_JA,
    when: '2026-03-10 04:12:30',
    text: `鈴木 様

ご同意を受けて作業を行い、アカウントの統合が済みました。
ご不明点があればお知らせください。

井上

2026年3月9日(月) 19:02 鈴木 一郎 <${S.keep}>:
> 井上様
> 内容に相違ありません。統合をお願いいたします。
> 鈴木`,
    html: `<p>鈴木 様</p><p>ご同意を受けて作業を行い、アカウントの統合が済みました。<br>ご不明点があればお知らせください。</p><p>井上</p>
<div class="gmail_quote">2026年3月9日(月) 19:02 鈴木 一郎 &lt;${S.keep}&gt;:<blockquote>井上様<br>内容に相違ありません。統合をお願いいたします。<br>鈴木</blockquote></div>`,
  }),

  // ---------------- badges_transferred ----------------
  M({
    slug: 'j-badge-credly',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    trap: false,
    note: "AWS's Credly badge issued to the kept address",
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    enc: 'utf8b64',
    from: CREDLY_AWS,
    when: '2026-03-11 01:02:03',
    text: `鈴木 一郎 さん

Amazon Web Services Training and Certification から新しいバッジが発行されました。
AWS Certified Solutions Architect - Associate

バッジを入手する: https://www.credly.com/earner/earned/badge/7c1e2a90-5d33-4f0e-9a61-0b2c8f1d4e77`,
    html: credlyHtml('Amazon Web Services Training and Certification', '鈴木 一郎', 'AWS Certified Solutions Architect - Associate'),
  }),
  M({
    slug: 'j-badge-support-close',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: false,
    note: 'support says the badges were reattached and closes',
    subject: formSubject(CASE.suzuki),
    enc: 'jis7',
    from: SUPPORT_JA,
    when: '2026-03-12 03:10:10',
    text: `鈴木 様

Credly 上のバッジ4点を ${S.keep} 側へ付け替えました。Credly から順次通知が届きます。
あわせて本ケースはクローズいたします。ご利用ありがとうございました。

井上
AWS トレーニングと認定 カスタマーサービス`,
  }),
  M({
    slug: 'j-badge-restates-merge',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.takahashi,
    trap: true,
    note: 'restates the earlier merge; the new fact is the badges moved',
    subject: formSubject(CASE.takahashi),
    enc: 'jisb64',
    from: SUPPORT_JA,
    to: T.keep,
    when: '2026-04-13 06:00:00',
    text: `高橋 様

先日アカウント統合を完了したケースにつき、追加のご依頼をいただきありがとうございました。
バッジについても、本日 ${T.keep} のCredly アカウントへ移行済みです。

森`,
  }),
  M({
    slug: 'j-badge-credly-fake',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    trap: false,
    trusted: false,
    note: 'Credly badge notice from look-alike credly-mail.com',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    enc: 'utf8qp',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-mail.com>',
    to: T.keep,
    when: '2026-04-12 20:20:20',
    text: `高橋 美咲 さん

Amazon Web Services Training and Certification から新しいバッジが発行されました。
バッジを入手する: https://credly-mail.com/accept?id=99817`,
    html: credlyHtml('Amazon Web Services Training and Certification', '高橋 美咲', 'AWS Certified Cloud Practitioner'),
  }),
  M({
    slug: 'j-badge-credly-takahashi',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    trap: false,
    note: 'AWS Credly badge for the kept account after merge',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    enc: 'utf8qp',
    from: CREDLY_AWS,
    to: T.keep,
    when: '2026-04-13 06:31:00',
    text: `高橋 美咲 さん

Amazon Web Services Training and Certification から新しいバッジが発行されました。
AWS Certified Developer - Associate

バッジを入手する: https://www.credly.com/earner/earned/badge/0d4b7e1a-2c2f-4f6a-8d53-1bb0c9e5a812`,
  }),
  M({
    slug: 'j-badge-reattached',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: false,
    note: 'support: badges now sit on the kept Credly account',
    subject: formSubject(CASE.suzuki),
    enc: 'jisb64',
    from: SUPPORT_JA,
    when: '2026-03-11 23:40:00',
    text: `鈴木 様

ご指摘のバッジの件、担当チームにて対応し、統合先アドレスの Credly アカウントに紐付け直しました。
Credly にサインインしていただくと、4点とも表示されているかと存じます。

井上`,
  }),
  M({
    slug: 'j-badge-htmlonly',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    trap: false,
    note: 'HTML-only AWS Credly badge notice',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    enc: 'utf8b64',
    from: CREDLY_AWS,
    when: '2026-03-12 03:30:00',
    html: credlyHtml('Amazon Web Services Training and Certification', '鈴木 一郎', 'AWS Certified SysOps Administrator - Associate'),
  }),
  M({
    slug: 'j-badge-answer',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.takahashi2,
    trap: false,
    note: 'reply to her badge question: moved, accept them on Credly',
    subject: formSubject(CASE.takahashi2),
    enc: 'sjis8',
    from: SUPPORT_JA,
    to: T.now,
    when: '2026-04-24 02:00:00',
    text: `高橋 様

お問い合わせのデジタルバッジですが、統合先のアカウントへ移し終えております。
Credly からのメールにある「バッジを入手する」を押して受け取ってください。

AWS トレーニングと認定`,
  }),

  // ---------------- case_closed ----------------
  M({
    slug: 'j-close-7days',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: false,
    note: 'reminder: closes automatically if no reply within 7 days',
    subject: formSubject(CASE.suzuki),
    enc: 'jis7',
    from: SUPPORT_JA,
    when: '2026-03-16 00:00:10',
    text: `鈴木 様

前回のご連絡以降、ご返信をいただいておりません。
7日以内にお返事がない場合、本ケースは自動的にクローズされます。
再開をご希望の際は、このメールへご返信ください。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'j-close-restate',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.takahashi,
    trap: true,
    note: 'closing that only restates the merge done last week',
    subject: formSubject(CASE.takahashi),
    enc: 'jisb64',
    from: SUPPORT_JA,
    to: T.keep,
    when: '2026-04-17 05:05:05',
    text: `高橋 様

先週ご報告したとおり、アカウントの統合は済んでおります。
その後ご質問がございませんでしたので、本ケースはクローズとさせていただきます。

森`,
  }),
  M({
    slug: 'j-close-otheronly',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: false,
    trusted: false,
    auth: 'otherOnly',
    note: "closing notice authenticated only by another server's result",
    subject: formSubject(CASE.suzuki),
    enc: 'utf8qp',
    from: SUPPORT_JA,
    when: '2026-03-20 02:02:02',
    text: `鈴木 様

本件は解決済みとしてクローズいたしました。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'j-close-notify',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.suzukiDup,
    trap: false,
    note: 'AWS Support notice that the case is closed',
    subject: `ケース ${CASE.suzukiDup} はクローズされました`,
    enc: 'sjis8',
    from: AWS_NOTIFY,
    to: S.keep,
    when: '2026-03-18 00:30:00',
    text: `鈴木 一郎 様

サポートケース ${CASE.suzukiDup} のステータスが「解決済み」に変更されました。
問題が再発した場合は、サポートセンターからケースを再開できます。

Amazon Web Services`,
  }),
  M({
    slug: 'j-close-resolved',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: false,
    note: 'closes after he said all was fine; quotes his thanks',
    subject: formSubject(CASE.suzuki),
    enc: 'utf8b64',
    from: SUPPORT_JA,
    when: '2026-03-13 01:45:00',
    text: `鈴木 様

ご丁寧にありがとうございます。解決とのことで、本ケースを終了いたします。
またお困りの際はお気軽にお問い合わせください。

井上

> 井上様
> バッジも表示されました。大変お世話になりました。
> 鈴木`,
  }),
  M({
    slug: 'j-close-dupcase',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.suzukiDup,
    trap: true,
    note: 'duplicate case closed and folded into the other case (cases, not accounts)',
    subject: formSubject(CASE.suzukiDup),
    enc: 'jis7',
    from: SUPPORT_JA,
    to: S.src,
    cc: S.keep,
    when: '2026-03-03 09:10:00',
    text: `鈴木 様

同一内容のケースが2件ございましたので、本ケース（${CASE.suzukiDup}）はクローズし、
以降のやり取りはケース ${CASE.suzuki} に統合いたします。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'j-close-multipart',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.takahashi2,
    trap: false,
    note: 'multipart closing of the second case',
    subject: formSubject(CASE.takahashi2),
    enc: 'utf8qp',
    from: SUPPORT_JA,
    to: T.now,
    when: '2026-04-28 03:00:00',
    text: `高橋 様

お問い合わせのケースは、ご対応が一通り済みましたためクローズいたしました。
お問い合わせありがとうございました。

AWS トレーニングと認定`,
    html: paras(`高橋 様

お問い合わせのケースは、ご対応が一通り済みましたためクローズいたしました。
お問い合わせありがとうございました。

AWS トレーニングと認定`),
  }),
  M({
    slug: 'j-close-autoclose-t',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.takahashi,
    trap: false,
    note: 'will auto-close in 3 days without a reply',
    subject: `RE:[CASE ${CASE.takahashi}] ご返信のお願い（自動クローズ予定）`,
    enc: 'sjisb64',
    from: SUPPORT_JA,
    to: T.keep,
    when: '2026-04-15 00:00:00',
    text: `高橋 様

ご返信をお待ちしておりますが、3日以内にご連絡がない場合、
本ケースはシステムにより自動でクローズされますのでご了承ください。

AWS トレーニングと認定`,
  }),

  // ---------------- support_reply ----------------
  M({
    slug: 'j-sr-thanks-confirm',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: true,
    note: 'thanks for the consent; passed to the team (no merge yet)',
    subject: formSubject(CASE.suzuki),
    enc: 'jis7',
    from: SUPPORT_JA,
    when: '2026-03-09 11:20:00',
    text: `鈴木 様

ご確認のお返事をありがとうございました。
担当部署へ作業を依頼しましたので、処理が終わるまで数営業日お待ちください。

井上`,
  }),
  M({
    slug: 'j-sr-future',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.takahashi,
    trap: true,
    note: 'future: will report once the merge is done',
    subject: formSubject(CASE.takahashi),
    enc: 'utf8qp',
    from: SUPPORT_JA,
    to: T.keep,
    when: '2026-04-09 08:00:00',
    text: `高橋 様

ご承諾いただきありがとうございます。統合が完了しましたら、改めてご連絡いたします。
通常1から3営業日ほどお時間を頂戴しております。

森`,
  }),
  M({
    slug: 'j-sr-notyet',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: true,
    note: 'negated: the merge has not been completed yet',
    subject: formSubject(CASE.suzuki),
    enc: 'sjis8',
    from: SUPPORT_JA,
    when: '2026-03-09 23:10:00',
    text: `鈴木 様

お問い合わせの統合作業は、現時点ではまだ完了しておりません。
担当チームにて順番に処理しておりますので、今しばらくお待ちいただけますと幸いです。

井上`,
  }),
  M({
    slug: 'j-sr-escalation',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.takahashi2,
    trap: false,
    note: 'status: escalated to the specialist team',
    subject: formSubject(CASE.takahashi2),
    enc: 'jisb64',
    from: SUPPORT_JA,
    to: T.now,
    when: '2026-04-22 09:00:00',
    text: `高橋 様

3件のうち1件に試験予約が残っているため、専門チームへ対応を引き継ぎました。
進展があり次第ご報告いたします。

AWS トレーニングと認定 カスタマーサービス`,
  }),
  M({
    slug: 'j-sr-casesmerged',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: true,
    note: 'duplicate cases were merged; the account merge continues',
    subject: formSubject(CASE.suzuki),
    enc: 'utf8b64',
    from: SUPPORT_JA,
    when: '2026-03-03 09:12:00',
    text: `鈴木 様

旧アドレスからいただいたケース ${CASE.suzukiDup} は、こちらのケースに統合しました。
今後のご連絡はこちらのケースでお願いいたします。ご依頼内容は引き続き確認中です。

井上`,
  }),
  M({
    slug: 'j-sr-cannot-yet',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.takahashi2,
    trap: true,
    note: 'merge cannot be done while an exam is booked; no request',
    subject: formSubject(CASE.takahashi2),
    enc: 'jis7',
    from: SUPPORT_JA,
    to: T.now,
    when: '2026-04-22 10:30:00',
    text: `高橋 様

${T.now} 側のアカウントに5月9日の試験予約があり、受験前の統合はいたしかねます。
受験が終わり結果が反映された後であれば、改めて手続きが可能です。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'j-sr-voucher',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: false,
    note: 'answers a question about the 50% voucher',
    subject: formSubject(CASE.suzuki),
    enc: 'sjisb64',
    from: SUPPORT_JA,
    when: '2026-03-08 02:20:00',
    text: `鈴木 様

ご質問の50%割引バウチャーにつきましては、有効期限内であれば統合先でも引き続きお使いいただけます。
既に使用済みのものは再発行の対象外となります。

井上`,
  }),
  M({
    slug: 'j-sr-resent-noauth',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.suzukiDup,
    trap: false,
    trusted: false,
    forUser: false,
    auth: 'none',
    note: 'status reply redirected by the old company gateway, no authentication results',
    subject: formSubject(CASE.suzukiDup),
    enc: 'jis7',
    from: SUPPORT_JA,
    to: S.src,
    resent: { from: 'postmaster@sales.example-kk.co.jp', to: 'mail-archive@example-kk.co.jp', date: 'Wed, 4 Mar 2026 18:00:00 +0900' },
    when: '2026-03-04 08:59:00',
    text: `鈴木 様

お問い合わせ内容を拝見しております。回答まで今しばらくお待ちください。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'j-sr-writefromkeep',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.suzukiDup,
    trap: false,
    note: 'asks to write from the kept address, without asking for data',
    subject: formSubject(CASE.suzukiDup),
    enc: 'utf8qp',
    from: SUPPORT_JA,
    to: S.src,
    when: '2026-03-03 06:00:00',
    text: `鈴木 様

恐れ入りますが、このようなご依頼は残す側のアカウントのアドレスからお送りいただく決まりとなっております。
個人アドレスのほうからご連絡いただけますでしょうか。

AWS トレーニングと認定`,
  }),

  // ---------------- unrelated ----------------
  M({
    slug: 'j-un-itdesk-cleanup',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    trusted: false,
    note: 'IT department notice about deleting accounts of leavers; mentions migrating/merging external services',
    subject: '【重要】【情シス】退職予定者アカウントの削除について',
    enc: 'jis7',
    from: IT_DESK,
    to: S.src,
    relay: 'mail.example-kk.co.jp',
    when: '2026-03-16 09:00:00',
    tz: '+0900',
    text: `営業本部　鈴木 一郎 様

情報システム部 ヘルプデスクです。
退職日（3月31日）の翌営業日に、下記アカウントを削除いたします。

　┃対象　　　　┃削除日
　┃メール　　　┃4月1日
　┃ファイルサーバ┃4月1日
　┃VPN　　　　 ┃3月31日 18:00

社用アドレスで登録している外部サービス（資格の認定サイト等）は、
各自で個人アドレスへの移行・統合を完了させてください。完了後の報告は不要です。

ご不明点は内線 2200 までお問い合わせください。

情報システム部 ヘルプデスク`,
  }),
  M({
    slug: 'j-un-workflow-approve-req',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: true,
    trusted: false,
    forUser: false,
    note: 'internal approval workflow asks the manager to approve his outgoing reply to AWS',
    subject: '【承認依頼】社外宛メール送信申請（申請者：鈴木 一郎）',
    enc: 'sjis8',
    from: WORKFLOW,
    to: BOSS,
    relay: 'wf.example-kk.co.jp',
    when: '2026-03-09 18:50:00',
    tz: '+0900',
    text: `山本 浩二 様

下記の社外宛メールについて、承認をお願いします。

　申請番号　：WF-2026-004518
　申請者　　：鈴木 一郎（営業本部）
　宛先　　　：${SUPPORT_BARE}
　件名　　　：${formSubject(CASE.suzuki)}

--- 送信予定本文 ---
井上様
内容に相違ありません。統合をお願いいたします。
鈴木
--------------------

承認・差戻しは社内ポータルから行ってください。
※本メールは送信専用です。`,
  }),
  M({
    slug: 'j-un-workflow-approved',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: true,
    trusted: false,
    note: 'workflow says his request was approved and sent: internal mail, no support news',
    subject: '【承認完了】社外宛メール送信申請 WF-2026-004518',
    enc: 'jisb64',
    from: WORKFLOW,
    to: S.src,
    relay: 'wf.example-kk.co.jp',
    when: '2026-03-09 19:01:00',
    tz: '+0900',
    text: `鈴木 一郎 様

申請番号 WF-2026-004518 は承認されました。メールは送信済みです。

　承認者　：山本 浩二（第二営業部 部長）
　承認日時：2026/03/09 19:01
　件名　　：${formSubject(CASE.suzuki)}

社内ワークフロー`,
  }),
  M({
    slug: 'j-un-own-forward',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: true,
    trusted: false,
    note: "the user's own forward of the completion mail from work to private address",
    subject: `FW: ${formSubject(CASE.suzuki)}`,
    enc: 'utf8qp',
    from: `${S.ja} <${S.src}>`,
    to: S.keep,
    relay: 'mail.example-kk.co.jp',
    when: '2026-03-10 14:02:00',
    tz: '+0900',
    text: `自分用に転送。統合完了の連絡。

${sig}

${olJa(`AWS トレーニングと認定 <${SUPPORT_BARE}>`, '2026年3月10日 13:12', `${S.keep}`, formSubject(CASE.suzuki), `鈴木 一郎 様

お待たせいたしました。ご依頼の件、処理が完了しております。

井上`)}`,
  }),
  M({
    slug: 'j-un-boss-reply',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    trusted: false,
    note: "manager's reply acknowledging the consent mail; not support",
    subject: 'RE: 認定アカウント統合の件（ご報告）',
    enc: 'jis7',
    from: BOSS,
    to: S.src,
    relay: 'mail.example-kk.co.jp',
    when: '2026-03-09 19:30:00',
    tz: '+0900',
    text: `鈴木さん

承知しました。統合への同意の返信、確認しました。
退職までに完了の連絡が来たら一言ください。

山本

-----Original Message-----
From: 鈴木 一郎
Sent: Monday, March 9, 2026 6:40 PM
To: 山本 浩二
Subject: 認定アカウント統合の件（ご報告）

山本部長
AWS から統合の確認依頼が来ましたので、同意の返信を申請に回しました。
鈴木`,
  }),
  M({
    slug: 'j-un-ooo-colleague',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.takahashi,
    trap: true,
    trusted: false,
    note: "colleague's out-of-office auto-reply to her CC; says mail was received",
    subject: `自動応答: ${formSubject(CASE.takahashi)}`,
    enc: 'utf8b64',
    from: '中村 陽子 <y-nakamura@hd.example-group.co.jp>',
    to: T.keep,
    relay: 'mail.hd.example-group.co.jp',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    when: '2026-04-07 14:45:00',
    tz: '+0900',
    text: `メールを受信しました。
誠に勝手ながら4月7日から4月10日まで休暇をいただいております。
お急ぎの場合は人事グループ（jinji@hd.example-group.co.jp）までご連絡ください。

中村`,
  }),
  M({
    slug: 'j-un-jinji-badge',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    trusted: false,
    note: 'HR leaving procedure done; asks to return the entry badge (security badge, not Credly)',
    subject: '【人事】退職手続き完了のお知らせと入館バッジ返却のお願い',
    enc: 'sjisb64',
    from: SOUMU,
    to: S.src,
    relay: 'mail.example-kk.co.jp',
    when: '2026-03-27 10:00:00',
    tz: '+0900',
    text: `鈴木 一郎 様

退職に関する社内手続きが完了しましたのでお知らせします。

　■健康保険証　：最終出社日に総務へご返却ください
　■入館バッジ　：最終出社日に受付へご返却ください
　■源泉徴収票　：4月中旬にご自宅へ郵送します

ご確認のほどよろしくお願いいたします。

総務部 人事課`,
  }),
  M({
    slug: 'j-un-examcase',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.suzukiExam,
    trap: true,
    note: 'receipt of his other case about rescheduling an exam; says its topic',
    subject: `[CASE ${CASE.suzukiExam}] お問い合わせを受け付けました`,
    enc: 'jis7',
    from: SUPPORT_JA,
    when: '2026-05-11 03:00:00',
    text: `鈴木 一郎 様

試験日程の変更に関するお問い合わせを受け付けました（ケース ${CASE.suzukiExam}）。
ご予約中の試験について担当者よりご連絡します。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'j-un-survey',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: true,
    note: 'satisfaction survey about the closed case',
    subject: 'サポートのご対応について、アンケートにご協力ください',
    enc: 'utf8b64',
    from: AWS_NOTIFY,
    when: '2026-03-14 00:00:00',
    text: `鈴木 様

先日解決済みとなったケース ${CASE.suzuki} について、ご対応はいかがでしたか。
1分ほどのアンケートにお答えいただけますと幸いです。`,
    html: `<p>鈴木 様</p><p>先日解決済みとなったケース ${CASE.suzuki} について、ご対応はいかがでしたか。</p><p><a href="https://survey.aws.amazon.com/s/abc">アンケートに回答する</a>（約1分）</p>`,
  }),
  M({
    slug: 'j-un-credly-univ',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: "Credly badge from another issuer (a university's course)",
    subject: '東都情報大学 社会人講座のバッジ発行のお知らせ',
    enc: 'utf8qp',
    from: '東都情報大学 社会人講座 via Credly <admin@credly.com>',
    to: T.keep,
    when: '2026-04-25 02:00:00',
    text: `高橋 美咲 さん

東都情報大学 社会人講座 から新しいバッジが発行されました。
クラウドアーキテクチャ実践講座 修了

バッジを入手する: https://www.credly.com/earner/earned/badge/3a9f0c11-7e2d-4b8a-9c40-55f2e1d7b6a0`,
  }),
  M({
    slug: 'j-un-examresult',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'exam result notice from the portal (completed exam), not a merge',
    subject: 'AWS 認定試験の結果が確認できるようになりました',
    enc: 'jisb64',
    from: CERT_PORTAL,
    to: T.keep,
    when: '2026-05-10 07:00:00',
    text: `高橋 美咲 様

受験が完了した試験の結果を、認定アカウントでご確認いただけるようになりました。
スコアレポートはアカウントの［受験履歴］からご覧ください。

AWS Certification`,
  }),
  M({
    slug: 'j-un-groupit-m365',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    trusted: false,
    note: 'group IT: mailbox accounts consolidated after transfer; internal, not AWS',
    subject: '【完了】異動に伴うメールアカウント統合のお知らせ',
    enc: 'utf8b64',
    from: GROUP_IT,
    to: T.now,
    relay: 'mail.example-group.co.jp',
    when: '2026-04-01 09:30:00',
    tz: '+0900',
    text: `高橋 美咲 様

グループIT推進室です。4月1日付の異動に伴い、旧アドレスのメールボックスを新アドレスへ統合する作業が完了しました。

　旧：${T.src}
　新：${T.now}

旧アドレス宛のメールは6月30日まで新アドレスへ転送されます。
社外サービスの登録アドレス変更は各自でお願いします。

グループIT推進室`,
  }),
  M({
    slug: 'j-un-mobile-consent',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: true,
    trusted: false,
    forUser: false,
    crlf: false,
    note: "the user's own short consent reply from his phone (sent copy, addressed only to support)",
    subject: `Re: ${formSubject(CASE.suzuki)}`,
    enc: 'utf88bit',
    from: `${S.ja} <${S.keep}>`,
    to: SUPPORT_JA,
    relay: 'smtp.example.ne.jp',
    when: '2026-03-09 19:02:00',
    tz: '+0900',
    text: `井上様

内容に相違ありません。統合をお願いいたします。
鈴木

iPhoneから送信

2026/03/06 15:40、AWS トレーニングと認定 <${SUPPORT_BARE}>のメール:

> 統合は一度行うと元に戻せません。上記の内容でよろしければ、その旨をご返信ください。`,
  }),
];
