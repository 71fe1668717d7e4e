// Set "as", Japanese part 3: support replies and the customer's own side (unrelated).
import type { Msg } from './lib.js';
import {
  CASE, CREDLY_AWS, ITO, KOBAYASHI, M, MORI, NAKAMURA, NOTIFY, P, SUP, SUP_ADDR, SUZUKI, TAKAHASHI, TANAKA, YOSHIDA,
  caseQuote, fwdJa, gmailJa, htmlWithQuote, iosJa, jst, outlookJa, quote, subj, utc,
} from './common.js';

export const JA3: Msg[] = [
  // ---------------- support_reply (11) ----------------
  M({
    slug: 'ja-sr-thanks-consent-passed-on', kind: 'support_reply', lang: 'ja', caseId: CASE.suzuki, enc: 'jis7', trap: true,
    from: SUP, to: SUZUKI.keep, subject: subj(CASE.suzuki), date: utc('2026-02-11 23:05:41'),
    note: 'thanks for the consent and hands it to the team; the quoted 「同意します」 is the user\'s, nothing is merged yet',
    text: `鈴木様

ご同意のご連絡をいただき、ありがとうございます。
担当部署に統合作業を依頼いたしました。作業が終わりましたら、改めてこのケースでお知らせします。通常 1から3 営業日ほどお時間をいただいております。

佐野

${gmailJa('2026-02-11 22:31', `${SUZUKI.ja} <${SUZUKI.keep}>`)}
> 佐野様
> 内容を確認しました。取り消しできない点も了解です。統合に同意します。`,
  }),
  M({
    slug: 'ja-sr-yes-badges-will-follow', kind: 'support_reply', lang: 'ja', caseId: CASE.nakamura, enc: 'sjis8', trap: true,
    from: SUP, to: NAKAMURA.keep, subject: subj(CASE.nakamura), date: utc('2026-04-14 23:40:10'),
    note: 'answers her question: badges will move after the merge (future, not done)',
    text: `中村様

ご質問ありがとうございます。
はい、統合が済みましたら、Credly のバッジも統合先のメールアドレスで受け取れるようになります。反映まで数日かかることがありますので、その際はお知らせください。

${outlookJa(`${NAKAMURA.ja} <${NAKAMURA.keep}>`, '2026-04-14 21:02', SUP_ADDR, `RE: ${subj(CASE.nakamura)}`)}

統合したら Credly のバッジも個人アドレスの方に移りますか?
大学のアドレスで受け取ったままになっています。`,
  }),
  M({
    slug: 'ja-sr-not-yet-complete', kind: 'support_reply', lang: 'ja', caseId: CASE.ito, enc: 'utf8qp', trap: true,
    from: SUP, to: ITO.keep, subject: subj(CASE.ito), date: utc('2026-03-05 00:12:09'),
    note: '「統合はまだ完了しておりません」: a negated completion, status only',
    text: `伊藤様

お問い合わせの件ですが、アカウントの統合はまだ完了しておりません。現在、担当チームで作業中です。
完了しましたら、本ケースにてご連絡いたしますので、今しばらくお待ちくださいませ。

${gmailJa('2026-03-04 22:48', `${ITO.ja} <${ITO.keep}>`)}
> 統合はもう終わっていますか? まだ会社のアドレスでログインできてしまいます。`,
  }),
  M({
    slug: 'ja-sr-name-mismatch-review', kind: 'support_reply', lang: 'ja', caseId: CASE.takahashi, enc: 'jisb64', trap: true,
    from: SUP, to: TAKAHASHI.keep, subject: subj(CASE.takahashi), date: utc('2026-01-23 07:20:38'),
    note: 'cannot merge yet (names differ), internal review in progress; no request, no event',
    text: `高橋様

確認したところ、2 つのアカウントで登録されている氏名の表記が異なっておりました(旧: MISAKI TAKAHASI / 新: MISAKI TAKAHASHI)。
このままでは統合を行えないため、社内で対応方法を確認しております。確認が取れ次第、改めてご連絡いたします。

木村`,
  }),
  M({
    slug: 'ja-sr-escalated', kind: 'support_reply', lang: 'ja', caseId: CASE.nakamura, enc: 'utf8b64',
    from: SUP, to: NAKAMURA.keep, subject: subj(CASE.nakamura), date: utc('2026-04-15 23:59:02'),
    note: 'escalation/status update, no event',
    text: `中村 由美 様

いつもお世話になっております。
本件は専門チームへエスカレーションいたしました。回答まで 3 から 5 営業日ほどお時間をいただく見込みです。
恐れ入りますが、今しばらくお待ちください。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  M({
    slug: 'ja-sr-duplicate-cases-merged', kind: 'support_reply', lang: 'ja', caseId: CASE.takahashi, enc: 'jis7', trap: true,
    from: SUP, to: TAKAHASHI.keep, subject: subj(CASE.takahashi), date: utc('2026-01-22 05:03:27'),
    note: 'support merged her two duplicate CASES, not the accounts',
    text: `高橋様

同じ内容で 2 件のケース(${CASE.takahashi} と ${CASE.takahashiDup})をいただいておりましたので、こちらのケースに統合いたしました。
今後のやり取りは本ケースでお願いいたします。

木村`,
  }),
  M({
    slug: 'ja-sr-write-from-keep-only', kind: 'support_reply', lang: 'ja', caseId: CASE.ito, enc: 'sjisb64',
    from: SUP, to: ITO.src, subject: subj(CASE.ito), date: utc('2026-03-02 23:44:15'),
    note: '「統合先のアドレスからご連絡ください」 without asking for any data: support_reply',
    text: `伊藤様

お問い合わせいただきありがとうございます。
恐れ入りますが、本件は統合後に残すアカウントのメールアドレスからご連絡いただく必要がございます。お手数ですが、そちらのアドレスから本メールにご返信いただけますでしょうか。

山口

${gmailJa('2026-03-02 15:03', `${ITO.ja} <${ITO.src}>`)}
> 会社のアドレスから失礼します。統合の件、よろしくお願いします。`,
  }),
  M({
    slug: 'ja-sr-voucher-future', kind: 'support_reply', lang: 'ja', caseId: CASE.suzuki, enc: 'utf88bit', trap: true,
    from: SUP, to: SUZUKI.keep, subject: subj(CASE.suzuki), date: utc('2026-02-10 11:31:04'),
    note: 'answers the voucher question: benefits will show on the kept account after the merge (future)',
    text: `鈴木様

ご質問いただいた 50% 割引の特典ですが、統合後は統合先アカウントの「特典」ページに表示される予定です。有効期限は変わりません。

引き続き、統合の手続きについては別途ご案内いたします。

${iosJa('2026-02-10 08:15', `${SUZUKI.ja} <${SUZUKI.keep}>`)}

> 会社の方のアカウントに割引クーポンが残っているのですが、統合したら消えますか?`,
  }),
  M({
    slug: 'ja-sr-long-quote-status', kind: 'support_reply', lang: 'ja', caseId: CASE.nakamura, enc: 'jis7', trap: true,
    from: SUP, to: NAKAMURA.keep, subject: subj(CASE.nakamura), date: utc('2026-04-17 00:40:51'),
    note: 'support only says it is checking; the long quote holds the user\'s 「統合に同意いたします」',
    text: `中村様

ご返信ありがとうございます。内容を確認しておりますので、もう少々お待ちください。

岡本

${outlookJa(`${NAKAMURA.ja} <${NAKAMURA.keep}>`, '2026-04-16 19:40', SUP_ADDR, `RE: ${subj(CASE.nakamura)}`)}

岡本様

お世話になっております。中村です。
ご案内いただいた内容で問題ありません。大学アドレスのアカウントが使えなくなることも理解しています。
統合に同意いたします。手続きを進めてください。
ちなみに、統合が完了したらメールで連絡をいただけますか?

中村 由美

${outlookJa(`AWS Training and Certification <${SUP_ADDR}>`, '2026-04-16 15:08', NAKAMURA.keep, subj(CASE.nakamura))}

中村 由美 様
スクリーンショットのご送付ありがとうございました。
上記の内容でよろしければ、このメールにそのままご返信ください。`,
  }),
  M({
    slug: 'ja-sr-partner-central-future', kind: 'support_reply', lang: 'ja', caseId: CASE.suzuki, enc: 'utf8qp', trap: true,
    from: SUP, to: `${TANAKA.ja} <${TANAKA.addr}>`, cc: SUZUKI.src, subject: subj(CASE.suzuki), date: utc('2026-02-10 06:02:19'),
    note: 'answers the manager: after the merge, Partner Central will take a few days to reflect it (future)',
    text: `田中様

お問い合わせの件、統合が完了した後、パートナーセントラルの資格者情報に反映されるまでには数日かかる場合がございます。統合作業自体は、鈴木様ご本人の同意をいただいてから行います。

AWS トレーニングと認定 カスタマーサポート

${gmailJa('2026-02-10 13:50', `${TANAKA.ja} <${TANAKA.addr}>`)}
> 統合が終わったら、パートナーセントラルの認定者数にもすぐ反映されますか?`,
  }),
  M({
    slug: 'ja-sr-delay-apology', kind: 'support_reply', lang: 'ja', caseId: CASE.ito, enc: 'sjis8',
    from: SUP, to: ITO.keep, subject: subj(CASE.ito), date: utc('2026-03-04 01:30:55'),
    note: 'apology for the wait, nothing new',
    text: `伊藤様

ご返信が遅くなり、大変申し訳ございません。
いただいた内容は担当者に共有済みです。進展があり次第ご連絡いたします。

AWS トレーニングと認定 サポート`,
  }),

  // ---------------- unrelated: the customer's side (13) ----------------
  P({
    slug: 'ja-un-own-consent-cc-self', lang: 'ja', caseId: CASE.suzuki, enc: 'jis7',
    from: `${SUZUKI.ja} <${SUZUKI.keep}>`, to: SUP_ADDR, cc: SUZUKI.src, subject: `Re: ${subj(CASE.suzuki)}`, date: jst('2026-02-11 22:31:08'),
    note: 'the user\'s own 「統合に同意します」 reply, copied to his work address',
    text: `佐野様

お世話になっております。鈴木です。
内容を確認しました。取り消しできない点も了解です。統合に同意します。
よろしくお願いいたします。

${gmailJa('2026-02-11 11:40', `AWS Training and Certification <${SUP_ADDR}>`)}
> 鈴木 健一 様
> ご依頼の内容で、${SUZUKI.srcId} を ${SUZUKI.keepId} に統合する準備が整いました。
> この内容で進めてよろしいか、本メールへのご返信でお知らせください。`,
  }),
  P({
    slug: 'ja-un-self-forward-old-to-new', lang: 'ja', caseId: CASE.takahashi, enc: 'jisb64',
    from: `${TAKAHASHI.ja} <${TAKAHASHI.src}>`, to: TAKAHASHI.keep, subject: `Fw: ${subj(CASE.takahashi)}`, date: jst('2026-01-22 08:47:30'),
    note: 'the user forwards support\'s consent request from her old address to her new one',
    text: `自分用。旧アドレスが止まる前に転送しておく。
同意の返信は新しい方からする。

${fwdJa(`AWS Training and Certification <${SUP_ADDR}>`, '2026-01-22 08:10', subj(CASE.takahashi), TAKAHASHI.keep, TAKAHASHI.src)}

高橋様
統合作業の前に、最終のご意思確認をお願いしております。問題なければ、統合に同意する旨をご返信いただけますでしょうか。`,
  }),
  P({
    slug: 'ja-un-colleague-forward-merged', lang: 'ja', caseId: CASE.suzuki, enc: 'sjis8', auth: 'pass',
    from: `${KOBAYASHI.ja} <${KOBAYASHI.addr}>`, to: SUZUKI.src, subject: `転送: ${subj(CASE.suzuki)}`, date: jst('2026-02-12 18:40:22'),
    note: 'a colleague forwards support\'s completion with a comment; the news is support\'s, the message is the colleague\'s',
    text: `鈴木さん

出張中に私の方にも届いていたので転送します。統合終わったみたいです。
念のため個人アカウントで資格が見えるか確認しておいてください。

小林

-----Original Message-----
From: AWS Training and Certification <${SUP_ADDR}>
Sent: Thursday, February 12, 2026 6:15 PM
To: ${SUZUKI.keep}
Subject: ${subj(CASE.suzuki)}

鈴木 健一 様
お待たせしました。アカウントの統合処理が完了いたしましたのでご報告します。`,
  }),
  P({
    slug: 'ja-un-manager-reply-all', lang: 'ja', caseId: CASE.suzuki, enc: 'utf8qp', auth: 'pass',
    from: `${TANAKA.ja} <${TANAKA.addr}>`, to: SUP_ADDR, cc: `${SUZUKI.keep}, ${SUZUKI.src}`, subject: `RE: ${subj(CASE.suzuki)}`, date: jst('2026-02-12 19:02:44'),
    note: 'the manager\'s reply-all acknowledging the merge: not support\'s news',
    text: `ご担当者様

統合完了のご連絡、ありがとうございました。承知しました。

鈴木さん、バッジが個人アドレスに移っているかも確認しておいてください。

田中

${outlookJa(`AWS Training and Certification <${SUP_ADDR}>`, '2026-02-12 18:20', `${TANAKA.ja} <${TANAKA.addr}>`, subj(CASE.suzuki), SUZUKI.keep)}

田中様
鈴木様の 2 つの認定アカウントは、先ほど統合が完了しました。`,
  }),
  P({
    slug: 'ja-un-colleague-out-of-office', lang: 'ja', caseId: CASE.ito, enc: 'jis7', trap: false, auth: 'pass',
    from: `${YOSHIDA.ja} <${YOSHIDA.addr}>`, to: ITO.keep, subject: `自動応答: ${subj(CASE.ito)}`, date: jst('2026-03-06 17:31:02'),
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    note: 'the team lead\'s out-of-office auto-reply on the thread',
    text: `お世話になっております。吉田です。
3月9日(月)まで休暇をいただいております。
期間中のご連絡は返信が遅れますので、ご了承ください。
急ぎの場合は partner-team@partner.example.co.jp までお願いします。`,
  }),
  M({
    slug: 'ja-un-survey', kind: 'unrelated', lang: 'ja', caseId: CASE.takahashi, enc: 'utf8b64', trap: true,
    from: NOTIFY, to: TAKAHASHI.keep, subject: 'AWS サポートのご対応に関するアンケート', date: utc('2026-01-29 02:00:00'),
    note: 'satisfaction survey after the case was resolved',
    text: `高橋 美咲 様

先日はケース ${CASE.takahashi} でお問い合わせいただき、ありがとうございました。
今回のサポートで問題は解決しましたか? 1 分ほどのアンケートにご協力ください。

https://survey.aws.amazon.com/s/jp-${CASE.takahashi}

Amazon Web Services`,
  }),
  M({
    slug: 'ja-un-credly-microsoft', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8b64', trap: true,
    from: 'Microsoft via Credly <admin@credly.com>', to: ITO.keep, subject: 'Microsoftのバッジ発行のお知らせ', date: utc('2026-03-08 13:22:10'),
    note: 'a Credly badge from another issuer (Microsoft)',
    text: `伊藤 翔 様

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/0b7c2d4e-1111-4a9e-b3c0-77aa52e1d9c3

Credly`,
    html: `<p>伊藤 翔 様</p><p>Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。</p><p><a href="https://www.credly.com/earner/earned/badge/0b7c2d4e-1111-4a9e-b3c0-77aa52e1d9c3">バッジを入手する</a></p><p>Credly</p>`,
  }),
  M({
    slug: 'ja-un-refund-case-receipt', kind: 'unrelated', lang: 'ja', caseId: CASE.suzukiRefund, enc: 'sjisb64', trap: true,
    from: NOTIFY, to: SUZUKI.keep, subject: `ケース ${CASE.suzukiRefund} を受け付けました`, date: utc('2026-02-20 04:11:33'),
    note: 'receipt of the user\'s other case, about an exam fee refund',
    text: `鈴木 健一 様

お問い合わせを受け付けました。
ケース ID: ${CASE.suzukiRefund}
件名: 試験のキャンセルと受験料の返金について

担当者より折り返しご連絡いたします。

Amazon Web Services`,
  }),
  P({
    slug: 'ja-un-own-note-to-colleague', lang: 'ja', caseId: CASE.ito, enc: 'utf8b64',
    from: `${ITO.ja} <${ITO.keep}>`, to: YOSHIDA.addr, cc: ITO.src, subject: `Re: ${subj(CASE.ito)}`, date: jst('2026-03-07 12:05:40'),
    note: 'the user tells his team lead that the merge and badges are done, copying his work address',
    text: `吉田さん

AWS認定のアカウント統合、終わりました。バッジも個人アドレスに移ってました。
パートナーセントラルへの反映は数日かかるそうです。

伊藤`,
  }),
  P({
    slug: 'ja-un-own-question-bcc-self', lang: 'ja', caseId: CASE.nakamura, enc: 'utf8qp',
    from: `${NAKAMURA.ja} <${NAKAMURA.keep}>`, to: SUP_ADDR, subject: `Re: ${subj(CASE.nakamura)}`, date: jst('2026-04-14 21:02:10'),
    deliveredTo: NAKAMURA.keep, rcpt: NAKAMURA.keep,
    note: 'her own question to support (Bcc to herself): when will the badges move?',
    text: `岡本様

ご連絡ありがとうございます。
統合したら Credly のバッジも個人アドレスの方に移りますか?
大学のアドレスで受け取ったままになっています。

中村`,
  }),
  M({
    slug: 'ja-un-credly-merge-code', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8qp', trap: true,
    from: 'Credly <admin@credly.com>', to: SUZUKI.keep, subject: 'Credly アカウントの統合を完了してください', date: utc('2026-02-13 03:15:09'),
    note: 'Credly\'s own account-merge code mail (Credly profiles, not AWS Certification accounts)',
    text: `Credly アカウントの統合リクエストを受け付けました。
以下のコードを入力して、統合を完了してください。

確認コード: 482913

このリクエストに心当たりがない場合は、このメールを無視してください。

Credly`,
  }),
  P({
    slug: 'ja-un-ex-colleague-asks', lang: 'ja', caseId: null, enc: 'sjis8', auth: 'pass',
    from: `${MORI.ja} <${MORI.addr}>`, to: TAKAHASHI.keep, subject: 'AWS認定の統合について教えて', date: jst('2026-02-02 12:40:15'),
    note: 'a former colleague asks how she got her certification accounts merged',
    text: `高橋さん

ご無沙汰してます、森です。
前に AWS 認定のアカウントを統合してもらったって言ってたよね。
サポートから「同意しますか」って確認メールが来たんだけど、そのまま返信すればいいの?
バッジも移った?

森`,
  }),
  P({
    slug: 'ja-un-manager-forward-team', lang: 'ja', caseId: CASE.suzuki, enc: 'jis7', forUser: false, auth: 'pass',
    from: `${TANAKA.ja} <${TANAKA.addr}>`, to: 'cloud-team@corp-a.example.co.jp', subject: `FW: ${subj(CASE.suzuki)}`, date: jst('2026-02-13 09:12:00'),
    note: 'the manager forwards the completion to his team list; the user is not a recipient',
    text: `チーム各位

鈴木さんの AWS 認定アカウント統合が完了したとのことです。退職・転職時は同じ手順でお願いします。

田中

-----Original Message-----
From: AWS Training and Certification <${SUP_ADDR}>
Sent: Thursday, February 12, 2026 6:20 PM
To: ${TANAKA.addr}
Cc: ${SUZUKI.keep}
Subject: ${subj(CASE.suzuki)}

鈴木様の 2 つの認定アカウントは、先ほど統合が完了しました。`,
  }),
];

