// Japanese messages, part 2: completion, badges, closing, other replies, unrelated mail.
import { rfcDate, type Msg } from './lib.js';
import { AWS_NOTIFY, CASE, CERT_PORTAL, CREDLY_AWS, KEN, MISAKI, SHO, SUPPORT, SUPPORT_BARE, esc, formSubject, gmailJa, inlineImg, mk, outlookJa, pdf, png, sfOriginalJa, sfRef, shot } from './common.js';

const J = (s: string): string => rfcDate(s, '+0900');
const U = (s: string): string => rfcDate(s, '+0000');

const KEN_AGREE = `お世話になっております。鈴木です。
同意書の内容を確認しました。同意します。統合をお願いします。`;

export const JA2: Msg[] = [
  // ---------------- merge_completed ----------------
  mk({
    slug: 'ja-merge-csv-result',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.ken,
    trap: true,
    note: 'merge done; the attached CSV lists the certifications now on the kept account and the customer is asked to check it',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: U('2026-01-23 03:12:40'),
    enc: 'jis7',
    text: `${KEN.ja} 様

ご同意ありがとうございました。本日、${KEN.srcId} の認定記録を ${KEN.keepId} へ移し、アカウントの統合作業を終えました。
統合後に ${KEN.keep} のアカウントで表示される認定の一覧を添付(統合後認定一覧.csv)しますので、相違がないかご確認ください。

${sfRef('Ken03')}

${gmailJa('2026年1月22日(木) 19:02 鈴木 健一 <' + KEN.keep + '>', '鈴木 健一', KEN_AGREE)}`,
    atts: [{ name: '統合後認定一覧.csv', type: 'text/csv', charset: 'utf8', nameEnc: 'both', content: `認定名,取得日,有効期限,元アカウント\nAWS Certified Cloud Practitioner,2023-04-11,2026-04-11,${KEN.srcId}\nAWS Certified Solutions Architect - Associate,2024-09-02,2027-09-02,${KEN.srcId}\nAWS Certified Developer - Associate,2025-06-30,2028-06-30,${KEN.keepId}\n` }],
  }),
  mk({
    slug: 'ja-merge-alt-headline',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'the completion sentence is in an image headline (alt text); the text part only says "see the image above"',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: U('2026-02-02 10:20:00'),
    enc: 'utf8qp',
    text: `高橋様

[画像: アカウントの統合が完了しました]

上の画像のとおりです。今後は ${MISAKI.keep} でサインインしてください。`,
    html: `<p>高橋様</p>
<p><img src="cid:done@tc" alt="アカウントの統合が完了しました" width="500" height="60"></p>
<p>上の画像のとおりです。今後は ${esc(MISAKI.keep)} でサインインしてください。</p>`,
    atts: [inlineImg('done.png', 'done@tc', 41)],
  }),
  mk({
    slug: 'ja-merge-details-txt',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'body: "done, details attached"; the attached text says the source account was merged into the kept one',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: U('2026-02-26 08:08:08'),
    enc: 'sjisb64',
    text: `中村様

ご依頼の件、対応が完了しました。結果は添付のファイルをご確認ください。

AWS トレーニングと認定`,
    atts: [
      {
        name: '対応結果.txt',
        type: 'text/plain',
        charset: 'sjis',
        nameEnc: '2047',
        content: `ケース ${CASE.sho} 対応結果
お客様の認定アカウント ${SHO.srcId} を ${SHO.keepId} に統合いたしました。
統合元で取得された認定と試験履歴は、統合先アカウントでご覧いただけます。
`,
      },
    ],
  }),
  mk({
    slug: 'ja-merge-portal-notice',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: null,
    note: 'the certification portal\'s own "accounts merged" notice (no case ID), with a PDF certificate list attached',
    from: CERT_PORTAL,
    to: KEN.keep,
    subject: 'AWS Certification: アカウントが統合されました',
    date: U('2026-01-23 03:30:02'),
    enc: 'utf8b64',
    text: `AWS Certification をご利用いただきありがとうございます。

お客様のAWS認定アカウントは、別のアカウントと統合されました。
現在のアカウントに紐づく認定の一覧をPDFで添付しております。
この変更に心当たりがない場合は、サポートまでお問い合わせください。`,
    atts: [{ name: 'certifications.pdf', type: 'application/pdf', content: pdf('Certifications', [`Candidate ID: ${KEN.keepId}`, 'AWS Certified Cloud Practitioner', 'AWS Certified Solutions Architect - Associate', 'AWS Certified Developer - Associate']) }],
  }),
  mk({
    slug: 'ja-merge-and-close',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.ken2,
    trap: true,
    note: 'completion plus "this case will be closed": the new fact is the merge',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken2),
    date: U('2026-01-24 00:45:19'),
    enc: 'jisb64',
    text: `鈴木様

お待たせいたしました。ご承諾いただいた内容のとおり、2つの認定アカウントを1つにまとめました。
統合後の画面を添付しています(after-merge.png)。
本件はこれにてクローズとさせていただきます。`,
    atts: [shot('after-merge.png', 52)],
  }),
  mk({
    slug: 'ja-merge-bottom-thread',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.misakiDup,
    note: 'short completion note on top of a long quoted thread (Salesforce separator in Japanese)',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misakiDup),
    date: U('2026-02-05 13:02:51'),
    enc: 'jis7',
    text: `高橋様

統合処理が終わりました。${MISAKI.keep} にて、会社用アカウントで取得された認定もご確認いただけます。

${sfOriginalJa(`${MISAKI.ja} <${MISAKI.keep}>`, '2026/02/04 21:10', SUPPORT_BARE, formSubject(CASE.misakiDup), '内容に問題ありません。統合を進めてください。\nスクリーンショットも再度添付します。')}`,
  }),
  mk({
    slug: 'ja-merge-lookalike-server',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.sho,
    trusted: false,
    auth: 'lookalikeServer',
    note: 'completion text, but the topmost Authentication-Results comes from a look-alike authserv-id: untrusted',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: U('2026-02-26 09:00:00'),
    enc: 'utf8qp',
    text: `中村様
アカウントの統合が完了しました。詳細は添付のPDFでご確認ください。`,
    atts: [{ name: 'result.pdf', type: 'application/pdf', content: pdf('Result', ['Merged.']) }],
  }),
  mk({
    slug: 'ja-merge-dashboard-shot',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.sho2,
    note: 'support reports the merge and attaches a screenshot of the kept account\'s dashboard',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho2),
    date: U('2026-03-05 02:36:12'),
    enc: 'utf8b64',
    text: `中村様

ご承認ありがとうございます。統合元のアカウントを ${SHO.keepId} へ統合いたしました。
弊社側で表示を確認した画面(統合後ダッシュボード.png)を添付しております。`,
    atts: [{ ...shot('統合後ダッシュボード.png', 60), nameEnc: '2231' }],
  }),
  mk({
    slug: 'ja-merge-mobile-short',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'very short completion note in Shift_JIS with a one-line attachment restating the IDs',
    from: SUPPORT,
    to: MISAKI.src,
    subject: formSubject(CASE.misaki),
    date: U('2026-02-02 10:31:00'),
    enc: 'sjis8',
    text: `高橋様 アカウントはひとつにまとまりました。添付ご参照ください。`,
    atts: [{ name: 'ids.txt', type: 'text/plain', charset: 'sjis', content: `${MISAKI.srcId} -> ${MISAKI.keepId} (merged)\n` }],
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'ja-badge-credly-issue',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    note: 'Credly issues the AWS badge to the kept address; the badge image carries the certification name in its alt text',
    from: CREDLY_AWS,
    to: KEN.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: U('2026-01-24 06:00:31'),
    enc: 'utf8qp',
    relay: 'o1.ptr4417.credly.com',
    text: `Amazon Web Services Training and Certification から新しいバッジが発行されました。

AWS Certified Solutions Architect - Associate

バッジを入手する: https://www.credly.com/earner/earned/badge/3f1c0a7e

Credly`,
    html: `<table width="560" align="center"><tr><td align="center">
<p>Amazon Web Services Training and Certification から新しいバッジが発行されました。</p>
<img src="cid:badge@credly" alt="AWS Certified Solutions Architect - Associate" width="120" height="120">
<p><a href="https://www.credly.com/earner/earned/badge/3f1c0a7e" style="background:#ff6b00;color:#fff;padding:10px 20px">バッジを入手する</a></p>
<p style="font-size:11px;color:#777">Credly, Inc.</p>
</td></tr></table>`,
    atts: [inlineImg('badge.png', 'badge@credly', 70)],
  }),
  mk({
    slug: 'ja-badge-support-shot',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'support says the Credly badges now sit on the kept account and attaches a screenshot of the profile',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: U('2026-02-06 04:18:40'),
    enc: 'jis7',
    text: `高橋様

Credly のバッジについてご連絡いたします。
会社用アドレスに紐づいていたバッジ2件を、${MISAKI.keep} 側のCredlyアカウントへ移行しました。添付の画面のとおり、プロフィールに表示されています。`,
    atts: [shot('credly-profile.png', 71)],
  }),
  mk({
    slug: 'ja-badge-list-txt',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'short body; the attached text lists the badges that were moved to the kept account',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: U('2026-02-27 07:07:07'),
    enc: 'utf8b64',
    text: `中村様
バッジの件、対応いたしました。移行したバッジは添付の一覧のとおりです。`,
    atts: [{ name: 'badges.txt', type: 'text/plain', content: `移行済みバッジ(移行先: ${SHO.keep})\n- AWS Certified Cloud Practitioner\n- AWS Certified SysOps Administrator - Associate\n` }],
  }),
  mk({
    slug: 'ja-badge-alt-close',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.ken,
    trap: true,
    note: 'HTML-only; an image with alt text says the badges are on the kept account; the case is then closed',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: U('2026-01-26 01:50:00'),
    enc: 'utf8qp',
    html: `<p>${esc(KEN.ja)} 様</p>
<p><img src="cid:badge-moved@tc" alt="Credlyのバッジは統合先アカウントへ移動済みです"></p>
<p>以上をもちまして、本件は完了とさせていただきます。ご利用ありがとうございました。</p>`,
    atts: [inlineImg('badge-moved.png', 'badge-moved@tc', 72)],
  }),
  mk({
    slug: 'ja-badge-credly-jis',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    note: 'AWS badge via Credly, Japanese notice in ISO-2022-JP with the badge image attached',
    from: CREDLY_AWS,
    to: MISAKI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: U('2026-02-06 05:40:12'),
    enc: 'jis7',
    relay: 'o1.ptr4417.credly.com',
    text: `${MISAKI.ja} 様

AWS Certified Developer - Associate のバッジが発行されました。
下のリンクからバッジを入手して、プロフィールで共有しましょう。
https://www.credly.com/earner/earned/badge/91ad22e0

バッジ画像を添付しています。`,
    atts: [{ name: 'aws-certified-developer-associate.png', type: 'image/png', content: png(24, 16, 74, 'AWS Certified Developer - Associate') }],
  }),
  mk({
    slug: 'ja-badge-lookalike',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    trusted: false,
    note: 'badge notice from a look-alike Credly domain: untrusted',
    from: 'Amazon Web Services via Credly <admin@credly-badges.com>',
    to: KEN.keep,
    subject: 'Amazon Web Servicesのバッジ発行のお知らせ',
    date: J('2026-01-25 08:00:00'),
    enc: 'utf8b64',
    text: `AWS Certified Cloud Practitioner のバッジが発行されました。添付のHTMLを開いてバッジを受け取ってください。`,
    atts: [{ name: 'claim.html', type: 'text/html', content: '<a href="http://credly-badges.com/claim">バッジを入手する</a>\n' }],
  }),
  mk({
    slug: 'ja-badge-other-authserv',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.sho2,
    trusted: false,
    auth: 'otherOnly',
    note: 'badges-moved text, but the only Authentication-Results is another server\'s: untrusted',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho2),
    date: U('2026-03-06 03:00:00'),
    enc: 'jis7',
    text: `中村様
バッジを新しいアカウントに付け替えました。添付画像でご確認ください。`,
    atts: [shot('badges.png', 73)],
  }),
  mk({
    slug: 'ja-badge-and-close',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.misakiDup,
    trap: true,
    note: 'support says the badges moved and closes the case; the attached PDF restates the earlier merge',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misakiDup),
    date: U('2026-02-07 02:22:22'),
    enc: 'jisb64',
    text: `高橋様

お問い合わせいただいていた残りのバッジ(Cloud Practitioner)も、統合先のCredlyアカウントに移りました。
これまでの対応記録を添付のPDFにまとめております。本ケースはこれでクローズいたします。`,
    atts: [{ name: '対応記録.pdf', type: 'application/pdf', nameEnc: '2047', content: pdf('Case record', ['2026-02-02 accounts merged', '2026-02-06 two badges moved', '2026-02-07 remaining badge moved, case closed']) }],
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'ja-close-auto-history',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.sho,
    trap: true,
    note: 'will auto-close without a reply; the attached history restates the earlier merge and badge move',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: U('2026-03-01 00:00:15'),
    enc: 'jis7',
    text: `中村様

その後いかがでしょうか。
7日以内にご返信がない場合、本ケースは自動的にクローズされます。これまでのやり取りは添付ファイルに保存しましたのでご参照ください。`,
    atts: [{ name: 'case-history.txt', type: 'text/plain', charset: 'jis', cte: '7bit', content: `02/26 アカウントを統合しました\n02/27 バッジを移行しました\n` }],
  }),
  mk({
    slug: 'ja-close-restate-merge',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.ken2,
    trap: true,
    note: 'closing notice that only restates the merge done earlier',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken2),
    date: U('2026-01-30 06:00:00'),
    enc: 'sjis8',
    text: `鈴木様

先日ご案内したとおり、アカウントの統合は1月24日に完了しております。
その後ご連絡がございませんので、本ケースを解決済みとしてクローズいたします。`,
  }),
  mk({
    slug: 'ja-close-alt-resolved',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'AWS Support notification: the key line "case resolved" is an image with alt text',
    from: AWS_NOTIFY,
    to: KEN.keep,
    subject: `AWS Support ケース ${CASE.ken} のステータス更新`,
    date: U('2026-01-27 12:00:00'),
    enc: 'utf8qp',
    text: `ケース ${CASE.ken}
[ケースは解決済みになりました]
再度お問い合わせが必要な場合は、サポートセンターからケースを再開できます。`,
    html: `<p>ケース ${CASE.ken}</p>
<p><img src="cid:resolved@aws" alt="ケースは解決済みになりました"></p>
<p>再度お問い合わせが必要な場合は、サポートセンターからケースを再開できます。</p>`,
    atts: [inlineImg('status.png', 'resolved@aws', 80)],
  }),
  mk({
    slug: 'ja-close-after-shot',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'support looked at the customer\'s screenshot, saw nothing wrong and closes the case',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: U('2026-02-08 03:33:33'),
    enc: 'utf8b64',
    text: `高橋様

お送りいただいたスクリーンショットを拝見し、統合先アカウントにすべての認定が表示されていることを確認いたしました。
ほかにご不明点がなければ、このままケースをクローズいたします。ご協力ありがとうございました。

${gmailJa('2026年2月7日(土) 22:05 高橋 美咲 <' + MISAKI.keep + '>', '高橋 美咲', '確認用にスクショを添付します。問題なさそうです。')}`,
  }),
  mk({
    slug: 'ja-close-resent',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.ken,
    forUser: false,
    note: 'closing notice that reached the user only through the old company\'s redirect (Resent-* headers)',
    from: SUPPORT,
    to: KEN.src,
    subject: formSubject(CASE.ken),
    date: U('2026-01-27 12:05:00'),
    enc: 'sjis8',
    resent: { from: 'postmaster@former.example.co.jp', to: 'it-archive@former.example.co.jp', date: J('2026-01-27 21:06:00') },
    text: `鈴木様
本件のお問い合わせはクローズいたしました。またのご利用をお待ちしております。`,
  }),
  mk({
    slug: 'ja-close-record-pdf',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.sho2,
    note: 'the case is closed; a PDF summary of the case is attached',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho2),
    date: U('2026-03-10 08:00:00'),
    enc: 'jisb64',
    text: `中村様

本ケースは解決済みとしてクローズしました。対応の概要を添付いたします。
同じ件で再度ご相談がある場合は、このメールにご返信いただければケースが再開されます。`,
    atts: [{ name: 'summary.pdf', type: 'application/pdf', content: pdf('Case summary', [`Case ${CASE.sho2}`, 'Status: Resolved']) }],
  }),
  mk({
    slug: 'ja-close-reminder-3days',
    crlf: false,
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.misakiDup,
    note: 'reminder: the case closes in 3 days unless the customer replies',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misakiDup),
    date: U('2026-02-12 01:01:01'),
    enc: 'utf8b64',
    text: `高橋様
前回のご連絡から日数が経過しております。3日以内にご返信がない場合、このケースは自動でクローズされますのでご了承ください。`,
  }),
  mk({
    slug: 'ja-close-fail',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.ken2,
    trusted: false,
    auth: 'fail',
    note: 'closing text, but dmarc=fail: untrusted',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken2),
    date: U('2026-01-31 02:00:00'),
    enc: 'jis7',
    text: `鈴木様
本ケースをクローズしました。ご意見は添付のアンケートにご記入ください。`,
    atts: [{ name: 'survey.txt', type: 'text/plain', charset: 'jis', cte: '7bit', content: '満足度(1-5):\n' }],
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'ja-sr-got-shots',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'bottom-posted under the quoted customer mail: support received the screenshots and passed them on (status, not the case receipt)',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: U('2026-01-30 05:05:05'),
    enc: 'jis7',
    text: `${gmailJa('2026年1月30日(金) 22:41 高橋 美咲 <' + MISAKI.keep + '>', '高橋 美咲', 'スクリーンショットを2枚添付します。よろしくお願いします。')}

高橋様

スクリーンショット2点、確かに受領いたしました。
担当部署へ回付しましたので、結果が分かり次第ご連絡差し上げます。`,
  }),
  mk({
    slug: 'ja-sr-future-merge',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.sho,
    trap: true,
    note: 'future statement: "we will contact you once the merge is completed"',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: U('2026-02-25 23:10:00'),
    enc: 'utf8qp',
    text: `中村様

ご返信ありがとうございます。作業手配を行いました。
統合が完了しましたら、改めてこのケースでご連絡いたします。完了まで数日いただく場合がございます。`,
  }),
  mk({
    slug: 'ja-sr-resend-old-notice',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.ken,
    trap: true,
    note: 'support re-sends, on request, the completion notice from last week as a PDF: the attachment restates an earlier event',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: U('2026-02-02 04:40:00'),
    enc: 'jisb64',
    text: `鈴木様

ご依頼のありました統合完了時の通知を、PDFにて再送いたします。
会社へのご提出などにお使いください。`,
    atts: [{ name: 'merge-notice-20260123.pdf', type: 'application/pdf', content: pdf('Merge notice', ['2026-01-23', `Accounts ${KEN.srcId} and ${KEN.keepId} were merged.`]) }],
  }),
  mk({
    slug: 'ja-sr-thanks-consent',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.ken2,
    trap: true,
    note: 'thanks for confirming, passed to the team',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken2),
    date: U('2026-01-23 10:10:10'),
    enc: 'sjisb64',
    text: `鈴木様

ご確認とご承諾のご返信をいただき、ありがとうございます。
担当チームへ引き継ぎました。今しばらくお待ちください。

${outlookJa(`${KEN.ja} <${KEN.keep}>`, '2026年1月23日 18:40', SUPPORT_BARE, formSubject(CASE.ken2), '添付の一覧で問題ありません。承諾します。')}`,
  }),
  mk({
    slug: 'ja-sr-missing-progress',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.misakiDup,
    trap: true,
    note: '"see the attached progress report on the merge" but nothing is attached; the text itself reports no event',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misakiDup),
    date: U('2026-02-04 23:59:00'),
    enc: 'utf8b64',
    text: `高橋様

アカウント統合の進捗について、添付の資料をご確認ください。
引き続きどうぞよろしくお願いいたします。`,
  }),
  mk({
    slug: 'ja-sr-badges-pending',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.sho,
    trap: true,
    note: 'badge move still in progress at Credly; will report when done',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: U('2026-02-26 23:00:00'),
    enc: 'jis7',
    text: `中村様

お送りいただいたCredlyの画面(credly.png)を拝見しました。
バッジの付け替えは現在Credly側で処理中です。反映を確認でき次第お知らせいたします。`,
  }),
  mk({
    slug: 'ja-sr-cannot-merge',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.ken,
    trap: true,
    note: 'negated: the merge cannot be done yet; escalated',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: U('2026-01-21 08:00:00'),
    enc: 'utf8qp',
    text: `鈴木様

いただいたCSVを確認したところ、両アカウントに同じ試験の予約が残っているため、現時点では統合を実施できません。
専門チームにエスカレーションいたしましたので、回答まで少々お時間をください。お客様側での作業は不要です。`,
  }),
  mk({
    slug: 'ja-sr-forged-below',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.misaki,
    trusted: false,
    auth: 'forgedBelow',
    note: 'status reply whose only pass verdict sits below the server Received line: untrusted',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: U('2026-01-31 09:00:00'),
    enc: 'jis7',
    text: `高橋様
現在確認中です。もうしばらくお待ちください。`,
  }),
  mk({
    slug: 'ja-sr-dup-cases',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: '"we merged your duplicate cases": not the account merge',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: U('2026-02-03 12:00:00'),
    enc: 'sjis8',
    text: `高橋様

同じ内容で作成されたケース ${CASE.misakiDup} を、本ケース ${CASE.misaki} に統合いたしました。
今後のやり取りはこちらのケースでお願いいたします。添付いただいた資料も引き継いでおります。`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'ja-un-user-shots',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.misaki,
    trusted: false,
    trap: true,
    note: 'the user\'s own reply with screenshots (copy to herself): carries no news from support',
    from: `${MISAKI.ja} <${MISAKI.keep}>`,
    to: SUPPORT,
    cc: MISAKI.keep,
    subject: 'Re: ' + formSubject(CASE.misaki),
    date: J('2026-01-30 22:41:00'),
    enc: 'utf8b64',
    deliveredTo: MISAKI.keep,
    text: `お世話になっております。高橋です。
統合後の画面のスクリーンショットを添付します。バッジがまだ移っていないように見えます。
ご確認のほどよろしくお願いいたします。

iPhoneから送信`,
    atts: [shot('スクリーンショット 2026-01-30 22.38.11.png', 90), shot('スクリーンショット 2026-01-30 22.39.02.png', 91)],
  }),
  mk({
    slug: 'ja-un-fwd-colleague',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.ken,
    trusted: false,
    forUser: false,
    trap: true,
    note: 'the user forwards the completion PDF to a colleague (sent copy, not to him): unrelated',
    from: `${KEN.ja} <${KEN.keep}>`,
    to: '人事部 山口 <yamaguchi@former.example.co.jp>',
    subject: 'Fwd: 統合完了のお知らせ',
    date: J('2026-02-02 14:00:00'),
    enc: 'jis7',
    deliveredTo: null,
    text: `山口さん

認定アカウントの統合が完了したので、通知を添付で転送します。資格手当の申請にお使いください。

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: 2026年1月23日(金) 12:12
Subject: ${formSubject(CASE.ken)}

アカウントの統合作業を終えました。`,
    atts: [{ name: 'merge-notice-20260123.pdf', type: 'application/pdf', content: pdf('Merge notice', ['Accounts merged.']) }],
  }),
  mk({
    slug: 'ja-un-score-report',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'exam result with a score report PDF: "certification process completed" is not the merge',
    from: 'AWS Certification <no-reply@certification.aws.training>',
    to: SHO.keep,
    subject: 'AWS 認定試験の結果のお知らせ',
    date: U('2026-03-08 02:00:00'),
    enc: 'utf8b64',
    text: `${SHO.ja} 様

AWS Certified Solutions Architect - Professional 試験の結果が確定しました。
認定の手続きが完了し、スコアレポートを添付しております。デジタルバッジは数日以内にCredlyから届きます。`,
    atts: [{ name: 'ScoreReport.pdf', type: 'application/pdf', content: pdf('Score report', ['Result: PASS', 'Score: 812']) }],
  }),
  mk({
    slug: 'ja-un-ms-badge',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'a Credly badge from Microsoft, not AWS',
    from: 'Microsoft via Credly <admin@credly.com>',
    to: KEN.keep,
    subject: 'Microsoftのバッジ発行のお知らせ',
    date: U('2026-01-25 11:11:11'),
    enc: 'utf8qp',
    relay: 'o1.ptr4417.credly.com',
    text: `Microsoft から Azure Fundamentals のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/aa01`,
    html: `<p>Microsoft から Azure Fundamentals のバッジが発行されました。</p>
<p><img src="cid:ms@credly" alt="Microsoft Certified: Azure Fundamentals"></p>
<p><a href="https://www.credly.com/earner/earned/badge/aa01">バッジを入手する</a></p>`,
    atts: [inlineImg('azure-fundamentals.png', 'ms@credly', 92)],
  }),
  mk({
    slug: 'ja-un-survey',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.ken,
    trap: true,
    note: 'satisfaction survey about the closed case',
    from: AWS_NOTIFY,
    to: KEN.keep,
    subject: 'AWS サポートへのご意見をお聞かせください',
    date: U('2026-01-28 00:00:00'),
    enc: 'utf8qp',
    html: `<p>ケース ${CASE.ken} はクローズされました。</p>
<p>問題は解決しましたか?</p>
<p><img src="cid:stars@aws" alt="満足度を5段階で評価してください"></p>
<p><a href="https://aws.amazon.com/survey?c=${CASE.ken}">アンケートに回答する</a></p>`,
    atts: [inlineImg('stars.png', 'stars@aws', 93)],
  }),
  mk({
    slug: 'ja-un-colleague-ooo',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'a colleague\'s out-of-office auto-reply that mentions reviewing attachments after returning',
    from: '佐々木 亮 <sasaki@corp-b.example.jp>',
    to: MISAKI.src,
    subject: '自動応答: 認定アカウント統合の件',
    date: J('2026-02-02 09:00:00'),
    enc: 'sjis8',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `2月2日から2月9日まで不在にしております。
いただいたメールおよび添付ファイルは、受領後に確認し、戻り次第ご連絡いたします。
お急ぎの場合は情報システム部までご連絡ください。`,
  }),
  mk({
    slug: 'ja-un-refund-case',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.shoOther,
    trap: true,
    note: 'receipt of another support case about an exam refund, with the receipt PDF: not part of the merge',
    from: AWS_NOTIFY,
    to: SHO.keep,
    subject: `ケース ${CASE.shoOther} を受け付けました: 試験料金の返金について`,
    date: U('2026-03-09 04:00:00'),
    enc: 'jis7',
    text: `お問い合わせを受け付けました。
件名: 試験料金の返金について
返金の可否を確認のうえ、担当よりご連絡します。領収書の控えを添付しました。`,
    atts: [{ name: 'receipt.pdf', type: 'application/pdf', content: pdf('Receipt', ['Exam fee', 'USD 150']) }],
  }),
  mk({
    slug: 'ja-un-summit',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'event registration: "registration completed" with an agenda PDF',
    from: 'AWS Summit Japan <aws-summit-japan@aws.amazon.com>',
    to: KEN.keep,
    subject: '【AWS Summit Japan】ご登録が完了しました',
    date: U('2026-03-01 03:00:00'),
    enc: 'utf8b64',
    text: `${KEN.ja} 様
AWS Summit Japan へのご登録が完了しました。当日のアジェンダを添付いたします。
認定者ラウンジのご利用には、認定のデジタルバッジをご提示ください。`,
    atts: [{ name: 'agenda.pdf', type: 'application/pdf', content: pdf('Agenda', ['Day 1', 'Day 2']) }],
  }),
  mk({
    slug: 'ja-un-team-csv',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'a colleague sends the team\'s certification list CSV and asks who has merged accounts: internal mail',
    from: '教育担当 井上 <inoue@corp-b.example.jp>',
    to: MISAKI.src,
    subject: 'チームのAWS認定一覧(添付)',
    date: J('2026-02-10 10:00:00'),
    enc: 'jis7',
    text: `高橋さん

チームの認定一覧を添付します。アカウントを統合済みの人は、新しい候補IDに書き換えておいてください。
バッジが移行済みかどうかも列に追加しました。`,
    atts: [{ name: 'team-certs.csv', type: 'text/csv', charset: 'jis', cte: '7bit', content: '氏名,候補ID,統合済み,バッジ移行\n高橋,AWS90413376,,\n佐々木,AWS11112222,済,済\n' }],
  }),
  mk({
    slug: 'ja-un-sb-invoice',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'Skill Builder subscription payment receipt with an invoice PDF: "payment completed", not a merge',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>',
    to: SHO.keep,
    subject: 'お支払い完了のお知らせ - AWS Skill Builder',
    date: U('2026-03-03 00:30:00'),
    enc: 'utf8qp',
    text: `AWS Skill Builder の個人サブスクリプションのお支払いが完了しました。
請求書を添付しています。`,
    atts: [{ name: '請求書_202603.pdf', type: 'application/pdf', nameEnc: '2231', content: pdf('Invoice', ['Skill Builder Individual', 'USD 29']) }],
  }),
];
