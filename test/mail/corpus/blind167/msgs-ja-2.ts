// fj Japanese messages, part 2: completions, badges, closings, other replies on the case.
import type { Msg } from './lib.js';
import {
  CASE, FORM, NOTIFY, SUPPORT_CENTER, CREDLY_AWS, CERT_JA, CERTMETRICS, SUZUKI, TANAKA, NAKAMURA, SUZUKI_REQ, TANAKA_REQ,
  d, mk, formSubject, gmailJa, outlookJa, sfBlock, sfRef, shell, paras,
} from './common.js';

const BADGE_URL = (seed: string): string => `https://www.credly.com/badges/${seed}/accept`;

export const JA2: Msg[] = [
  // ---------------- merge_completed ----------------
  mk({
    slug: 'ja-merge-done-check',
    kind: 'merge_completed', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'support says the merge was carried out and asks him to look over the kept account (stays merge_completed)',
    from: FORM, to: SUZUKI.keep,
    subject: formSubject(CASE.suzuki),
    date: d('2026-02-20 09:36:51'), enc: 'jis7',
    text: `鈴木様

ご返信ありがとうございました。ご承諾をいただきましたので、本日 ${SUZUKI.srcId} を ${SUZUKI.keepId} へ統合いたしました。
統合先アカウントにサインインして、認定・試験履歴・特典が表示されているかご確認いただけますと幸いです。表示に不足がありましたら、このケースにご返信ください。

AWS トレーニングと認定 石井

${gmailJa('2026年2月19日(木) 21:14', `鈴木 健一 <${SUZUKI.keep}>`, 'ご案内の内容で統合をお願いします。')}`,
  }),
  mk({
    slug: 'ja-merge-portal-notice',
    kind: 'merge_completed', lang: 'ja', caseId: null, trap: false,
    note: 'the certification portal\'s own notice that the two accounts are now one (no case ID)',
    from: CERT_JA, to: TANAKA.keep,
    subject: 'AWS 認定アカウントの統合が完了しました',
    date: d('2026-01-27 04:12:33'), enc: 'utf8b64',
    text: `田中 美咲 様

AWS 認定アカウント ${TANAKA.srcId} は、${TANAKA.keepId} に統合されました。
今後は ${TANAKA.keep} でサインインしてください。統合元の認定、試験履歴、特典はすべて統合先に表示されます。

このメールは送信専用アドレスからお送りしています。
AWS 認定`,
    html: shell(
      'AWS 認定',
      `<p>田中 美咲 様</p>
<p>AWS 認定アカウント <b>${TANAKA.srcId}</b> は、<b>${TANAKA.keepId}</b> に統合されました。</p>
<p>今後は ${TANAKA.keep} でサインインしてください。統合元の認定、試験履歴、特典はすべて統合先に表示されます。</p>`,
      'このメールは送信専用アドレスからお送りしています。\nAWS 認定',
    ),
  }),
  mk({
    slug: 'ja-merge-then-close-trap',
    kind: 'merge_completed', lang: 'ja', caseId: CASE.tanaka, trap: true,
    note: 'completion that also says the case will now be closed: the new fact is the merge',
    from: FORM, to: TANAKA.keep,
    subject: formSubject(CASE.tanaka),
    date: d('2026-01-27 10:45:02'), enc: 'sjis8',
    text: `田中様

大変お待たせいたしました。ご承諾いただいた内容のとおり、旧アカウントから SAA・DVA・特典1件を移し、アカウントの統合を終えました。
本件はこれにてクローズとさせていただきます。ほかにご不明な点がありましたら、新しくお問い合わせください。

木村
${sfRef('Qm2RtB')}`,
  }),
  mk({
    slug: 'ja-merge-lookalike-server',
    kind: 'merge_completed', lang: 'ja', caseId: null, trap: false,
    note: 'portal-style completion notice whose Authentication-Results comes from a look-alike authserv-id: untrusted',
    from: CERT_JA, to: NAKAMURA.keep, auth: 'lookalikeServer', trusted: false,
    subject: '【重要】アカウント統合完了のお知らせ',
    date: d('2026-03-06 23:55:10'), enc: 'jisb64',
    text: `中村 翔 様

ご依頼のアカウント統合が完了しました。
統合後の認定資格を維持するには、72 時間以内に下記から再認証を行ってください。
https://certification-aws-training.example.net/relogin

AWS 認定事務局`,
  }),
  mk({
    slug: 'ja-merge-certmetrics',
    kind: 'merge_completed', lang: 'ja', caseId: null, trap: false,
    note: 'portal notice sent from the CertMetrics domain: genuine in tone but the domain is outside the trusted list',
    from: CERTMETRICS, to: SUZUKI.keep, trusted: false,
    subject: 'Profile update: アカウントを統合しました',
    date: d('2026-02-20 09:30:07'), enc: 'utf8qp',
    text: `Kenichi Suzuki 様

お客様の認定プロフィールで、次の変更が行われました。

  変更内容: 重複アカウントの統合
  統合されたアカウント: ${SUZUKI.srcId}
  現在のアカウント: ${SUZUKI.keepId}

この変更に心当たりがない場合は、AWS トレーニングと認定のサポートまでご連絡ください。`,
  }),
  mk({
    slug: 'ja-merge-resent',
    kind: 'merge_completed', lang: 'ja', caseId: CASE.nakamura, trap: false, forUser: false,
    note: 'support\'s completion notice re-sent by a mailbox redirect (Resent-* headers), so not delivered to the user as such',
    from: FORM, to: NAKAMURA.src,
    resent: { from: NAKAMURA.src, to: 'nakamura-archive@partner.example.co.jp', date: d('2026-03-07 12:00:41') },
    subject: formSubject(CASE.nakamura),
    date: d('2026-03-07 11:58:20'), enc: 'jis7',
    text: `中村様

ご同意のご連絡、確かに承りました。本日、統合元 ${NAKAMURA.srcId} の記録をすべて ${NAKAMURA.keepId} に移し、統合を完了しております。
お手すきの際にポータルでご確認ください。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-merge-update-restated',
    kind: 'merge_completed', lang: 'ja', caseId: CASE.nakamura, trap: false,
    note: 'case-updated notice: restates the request, then says the merge was performed on 3/7 (date between the words)',
    from: NOTIFY, to: NAKAMURA.keep,
    subject: `ケース ${CASE.nakamura} が更新されました`,
    date: d('2026-03-07 12:01:15'), enc: 'utf8b64',
    text: `ケース ${CASE.nakamura} に新しい返信があります。

> 担当者からの返信
中村様
ご依頼いただいていたパートナー企業のアドレスのアカウント(${NAKAMURA.srcId})は、3月7日付で個人アカウントへの統合処理を実施済みです。
認定・試験履歴の表示は最大 24 時間ほど遅れることがあります。

サポートセンターでやり取りの全文をご覧いただけます。`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'ja-badge-credly-moved',
    kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'AWS via Credly: the badges of the merged account were moved to this Credly account',
    from: CREDLY_AWS, to: SUZUKI.keep,
    subject: 'Amazon Web Services Training and Certification のバッジがあなたのアカウントに移されました',
    date: d('2026-02-21 06:40:18'), enc: 'jis7',
    text: `鈴木 健一 さん

Amazon Web Services Training and Certification が、認定アカウントの統合に伴ってバッジの登録先を変更しました。
次のバッジは、今後 ${SUZUKI.keep} の Credly アカウントに表示されます。

  - AWS Certified Solutions Architect - Associate
  - AWS Certified Developer - Associate

プロフィールを確認する: https://www.credly.com/earner/earned

Credly`,
  }),
  mk({
    slug: 'ja-badge-reissued-alt',
    kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'badge-issue style mail that says the badge was re-issued to the kept address because of the merge',
    from: CREDLY_AWS, to: TANAKA.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-01-28 02:17:44'), enc: 'utf8qp',
    text: `田中さん、こんにちは。

アカウント統合により、これまで ${TANAKA.src} 宛てに発行されていたバッジを、このメールアドレスで発行し直しました。

  AWS Certified Developer - Associate
  発行者: Amazon Web Services Training and Certification

バッジを入手する: ${BADGE_URL('d3c1a9e2-5b7f-4c0e-9e11-7a2b6f0c4d18')}`,
    html: `<div style="text-align:center;font-family:sans-serif">
<p>田中さん、こんにちは。</p>
<p>アカウント統合により、これまで ${TANAKA.src} 宛てに発行されていたバッジを、このメールアドレスで発行し直しました。</p>
<p><b>AWS Certified Developer - Associate</b><br>発行者: Amazon Web Services Training and Certification</p>
<p><a href="${BADGE_URL('d3c1a9e2-5b7f-4c0e-9e11-7a2b6f0c4d18')}" style="background:#0b6fb3;color:#fff;padding:10px 20px">バッジを入手する</a></p>
</div>`,
  }),
  mk({
    slug: 'ja-badge-support-close-trap',
    kind: 'badges_transferred', lang: 'ja', caseId: CASE.suzuki, trap: true,
    note: 'support says the Credly badges were moved and closes the case: badges_transferred, closing words make it a trap',
    from: FORM, to: SUZUKI.keep,
    subject: formSubject(CASE.suzuki),
    date: d('2026-02-23 15:09:27'), enc: 'sjis8',
    text: `鈴木様

ご指摘いただいた Credly のバッジですが、統合先のメールアドレス(${SUZUKI.keep})に付け替えました。Credly にサインインすると、2 件とも表示されているはずです。
以上で本件の対応は終了となりますので、ケースはクローズいたします。

石井

${outlookJa(`鈴木 健一 <${SUZUKI.keep}>`, '2026年2月22日 18:40', FORM, formSubject(CASE.suzuki), `統合ありがとうございました。
認定は表示されましたが、Credly のバッジが旧アドレスのままです。`)}`,
  }),
  mk({
    slug: 'ja-badge-update-notice',
    kind: 'badges_transferred', lang: 'ja', caseId: CASE.nakamura, trap: false,
    note: 'case-updated notice: the agent reports the badges now sit on the kept account',
    from: NOTIFY, to: NAKAMURA.keep,
    subject: `[AWS Support] ケース ${CASE.nakamura}: 新しい返信`,
    date: d('2026-03-09 10:27:36'), enc: 'utf8b64',
    text: `ケース ${CASE.nakamura} のやり取りが追加されました。

----
中村様
バッジの件、Credly 側での移行処理を行いました。旧アドレス宛ての 3 件は、現在 ${NAKAMURA.keep} のウォレットに入っています。
----

このメールに返信すると、ケースに追記されます。`,
  }),
  mk({
    slug: 'ja-badge-lookalike',
    kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'forged Credly look-alike (credly-notice.com) announcing moved badges: untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-notice.com>', to: TANAKA.keep, trusted: false,
    subject: 'バッジの移行が完了しました',
    date: d('2026-01-28 01:03:52'), enc: 'jisb64',
    text: `田中 美咲 さん

統合されたアカウントのバッジ 2 件を、あなたのウォレットに移しました。
バッジを受け取るには、24 時間以内にログインしてください。
https://credly-notice.com/login

Credly チーム`,
  }),
  mk({
    slug: 'ja-badge-credly-count',
    kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'Credly: three AWS badges added to this account from the merged certification account',
    from: CREDLY_AWS, to: `Kenichi Suzuki <${SUZUKI.keep}>`,
    subject: 'Credly: 3 件のバッジがあなたのプロフィールに追加されました',
    date: d('2026-02-21 06:41:02'), enc: 'sjisb64',
    text: `Kenichi さん

Amazon Web Services Training and Certification から、統合された認定アカウント(${SUZUKI.srcId})のバッジ 3 件がこのアカウントに移動しました。
承認済みのバッジは、そのまま公開プロフィールに表示されます。

- AWS Certified Cloud Practitioner
- AWS Certified Solutions Architect - Associate
- AWS Certified Developer - Associate

Credly, Inc.`,
  }),
  mk({
    slug: 'ja-badge-after-ask',
    kind: 'badges_transferred', lang: 'ja', caseId: CASE.tanaka, trap: false,
    note: 'support answers her badge question on the same case: the two badges are now on the kept address',
    from: FORM, to: TANAKA.keep,
    subject: formSubject(CASE.tanaka),
    date: d('2026-01-29 14:55:48'), enc: 'jis7',
    text: `田中様

お問い合わせのありましたバッジ 2 件(SAA、DVA)について、Credly 上で発行先を ${TANAKA.keep} へ変更いたしました。数分後には Credly のダッシュボードでご覧になれます。

木村

${gmailJa('2026年1月28日(水) 19:02', `田中美咲 <${TANAKA.keep}>`, `統合ありがとうございました。
Credly のバッジが旧アドレスのまま残っているようです。移していただくことは可能でしょうか。`)}`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'ja-closed-resolved',
    kind: 'case_closed', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'system notice: the case is now resolved; reopen by replying',
    from: NOTIFY, to: SUZUKI.keep,
    subject: `[AWS Support] ケース ${CASE.suzuki} は解決済みになりました`,
    date: d('2026-02-23 15:10:40'), enc: 'jis7',
    text: `ケース ${CASE.suzuki} のステータスが「解決済み」に変わりました。

問題が残っている場合は、14 日以内にこのメールへ返信するか、サポートセンターでケースを再開してください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-autoclose',
    kind: 'case_closed', lang: 'ja', caseId: CASE.tanaka, trap: false,
    note: 'reminder: the case will be closed automatically in 3 days without a reply',
    from: FORM, to: TANAKA.keep,
    subject: formSubject(CASE.tanaka),
    date: d('2026-01-31 10:00:12'), enc: 'sjis8',
    text: `田中様

前回のご案内から日数が経過しておりますが、その後いかがでしょうか。
3 日以内にご返信をいただけない場合、本ケースは自動的にクローズされます。クローズ後も、同じ件名で返信いただければ再開できます。

AWS トレーニングと認定 カスタマーサービス`,
  }),
  mk({
    slug: 'ja-closed-restate-trap',
    kind: 'case_closed', lang: 'ja', caseId: CASE.nakamura, trap: true,
    note: 'closing notice that only restates the earlier merge (統合は先週完了しております)',
    from: FORM, to: NAKAMURA.keep,
    subject: formSubject(CASE.nakamura),
    date: d('2026-03-13 17:20:58'), enc: 'utf8qp',
    text: `中村様

先週お知らせしたとおり、アカウントの統合とバッジの移行はどちらも完了しております。
その後ご連絡がございませんので、本ケースはこれでクローズさせていただきます。ご利用ありがとうございました。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-closed-dup-merged-trap',
    kind: 'case_closed', lang: 'ja', caseId: CASE.suzukiDup, trap: true,
    note: 'duplicate case closed and folded into the main case: "統合" of cases, not accounts',
    from: NOTIFY, to: SUZUKI.keep,
    subject: `[AWS Support] ケース ${CASE.suzukiDup} をクローズしました`,
    date: d('2026-02-17 09:02:27'), enc: 'utf8b64',
    text: `ケース ${CASE.suzukiDup} は、同じご依頼のケース ${CASE.suzuki} と重複していたため、そちらに統合してクローズしました。
今後のやり取りはケース ${CASE.suzuki} で行われます。このケースへの返信は不要です。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-otheronly',
    kind: 'case_closed', lang: 'ja', caseId: CASE.tanaka, trap: false,
    note: 'closing notice with only a foreign (mx.google.com) Authentication-Results: untrusted',
    from: NOTIFY, to: TANAKA.keep, auth: 'otherOnly', trusted: false,
    subject: `ケース ${CASE.tanaka} はクローズされました`,
    date: d('2026-02-03 10:00:00'), enc: 'jis7',
    text: `田中 美咲 様

ケース ${CASE.tanaka} はクローズされました。サポートセンターの「解決済みのケース」から内容をご覧いただけます。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-html-reminder',
    kind: 'case_closed', lang: 'ja', caseId: CASE.nakamura, trap: false,
    note: 'HTML reminder: waiting on the customer, closes in 5 days if nothing arrives',
    from: SUPPORT_CENTER, to: NAKAMURA.keep,
    subject: `ご返信をお待ちしています (ケース ${CASE.nakamura})`,
    date: d('2026-03-11 09:00:03'), enc: 'utf8b64',
    html: shell(
      'AWS サポート',
      `<p>中村 翔 様</p>
<p>ケース <b>${CASE.nakamura}</b> は現在「お客様の返信待ち」です。</p>
<p>5 日以内にご返信がない場合、このケースは自動でクローズされます。引き続きサポートが必要な場合は、このメールに返信してください。</p>`,
      'Amazon Web Services サポート',
    ),
  }),
  mk({
    slug: 'ja-closed-outlook-quiet',
    kind: 'case_closed', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'agent closes as resolved after no news; Salesforce-style history below',
    from: FORM, to: SUZUKI.keep,
    subject: formSubject(CASE.suzuki),
    date: d('2026-02-27 11:31:09'), enc: 'jisb64',
    text: `鈴木様

その後、特にご連絡がございませんでしたので、本件は解決したものとして、ケースを閉じさせていただきました。
またお困りのことがあれば、いつでもお問い合わせください。

石井

${sfBlock(FORM, '2026/02/23 15:09', formSubject(CASE.suzuki), 'ご指摘いただいた Credly のバッジですが、統合先のメールアドレスに付け替えました。')}`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'ja-reply-escalated',
    kind: 'support_reply', lang: 'ja', caseId: CASE.tanaka, trap: false,
    note: 'status: handed to the specialist team, a few business days',
    from: FORM, to: TANAKA.keep,
    subject: formSubject(CASE.tanaka),
    date: d('2026-01-21 18:20:44'), enc: 'jis7',
    text: `田中様

ご連絡ありがとうございます。ご依頼の内容は認定アカウントを扱う専門チームに引き継ぎました。
担当チームからの回答まで 2、3 営業日ほどお時間をいただく見込みです。恐れ入りますが、今しばらくお待ちください。

${sfBlock(TANAKA.keep, '2026/01/20 12:47', formSubject(CASE.tanaka), TANAKA_REQ)}`,
  }),
  mk({
    slug: 'ja-reply-thanks-consent-trap',
    kind: 'support_reply', lang: 'ja', caseId: CASE.suzuki, trap: true,
    note: 'thanks for confirming, passed to the merge team: not yet the merge',
    from: FORM, to: SUZUKI.keep,
    subject: formSubject(CASE.suzuki),
    date: d('2026-02-19 22:02:15'), enc: 'sjis8',
    text: `鈴木様

統合へのご同意、ありがとうございます。確認いたしました。
作業は統合担当のチームが行いますので、依頼を回しておきます。終わり次第こちらからお知らせします。

石井

${gmailJa('2026年2月19日(木) 21:14', `鈴木 健一 <${SUZUKI.keep}>`, 'ご案内の内容で統合をお願いします。')}`,
  }),
  mk({
    slug: 'ja-reply-future-trap',
    kind: 'support_reply', lang: 'ja', caseId: CASE.nakamura, trap: true,
    note: 'future: 「統合が完了しましたら」 改めて連絡: not the completion',
    from: FORM, to: NAKAMURA.keep,
    subject: formSubject(CASE.nakamura),
    date: d('2026-03-06 14:48:30'), enc: 'utf8qp',
    text: `中村様

ご同意いただきありがとうございます。ただいま統合の作業に入っております。
統合が完了しましたら、改めてこちらからご連絡いたします。バッジについても、その際にあわせてご案内します。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-reply-notyet-trap',
    kind: 'support_reply', lang: 'ja', caseId: CASE.tanaka, trap: true,
    note: 'negated: the merge is not finished yet; case ID only in the body (subject changed by the user)',
    from: FORM, to: TANAKA.keep,
    subject: 'Re: 統合の進み具合について',
    date: d('2026-01-25 13:11:19'), enc: 'jisb64',
    text: `田中様

お問い合わせ番号 ${CASE.tanaka} の件でご連絡いたします。
申し訳ございませんが、統合はまだ完了しておりません。旧アカウントの特典コードの扱いを確認しているところで、バッジの移行もその後の作業になります。

木村

${outlookJa(`田中 美咲 <${TANAKA.keep}>`, '2026年1月25日 9:02', 'aws-cs-trainingcertification-form@amazon.com', '統合の進み具合について', 'その後、統合は終わりましたでしょうか。')}`,
  }),
  mk({
    slug: 'ja-reply-cases-joined-trap',
    kind: 'support_reply', lang: 'ja', caseId: CASE.suzuki, trap: true,
    note: 'the agent says the duplicate cases were combined and work continues here: not the account merge',
    from: FORM, to: SUZUKI.keep,
    subject: formSubject(CASE.suzuki),
    date: d('2026-02-17 09:05:48'), enc: 'utf8b64',
    text: `鈴木様

同じ内容のケースを 2 件いただいておりましたので、ケース ${CASE.suzukiDup} はこちらのケース ${CASE.suzuki} にまとめさせていただきました。
以後はこちらのケースでご連絡いたします。アカウントの件は順番に確認しておりますので、もうしばらくお待ちください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-reply-failthenforged',
    kind: 'support_reply', lang: 'ja', caseId: CASE.nakamura, trap: false,
    note: 'status update whose top Authentication-Results fails, with a planted pass lower down: untrusted',
    from: FORM, to: NAKAMURA.keep, auth: 'failThenForged', trusted: false, relay: 'mta.sendfast.example.com',
    subject: formSubject(CASE.nakamura),
    date: d('2026-03-05 03:18:42'), enc: 'utf8b64',
    text: `中村様

現在、担当部署にてご依頼内容を確認しております。進展がありましたらご連絡いたしますので、お待ちください。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-reply-slow-history',
    kind: 'support_reply', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'status: checking exam history taken at another vendor takes time; restates earlier facts',
    from: FORM, to: SUZUKI.keep,
    subject: formSubject(CASE.suzuki),
    date: d('2026-02-18 18:44:03'), enc: 'jis7',
    text: `鈴木様

お待たせしております。${SUZUKI.srcId} の試験履歴の中に、PSI で受験された 2023 年の記録が含まれており、その照合に少しお時間をいただいております。
照合が済みましたら、次のご案内をお送りします。

石井

${sfBlock(SUZUKI.keep, '2026/02/16 10:02', formSubject(CASE.suzuki), SUZUKI_REQ)}`,
  }),
];

void paras;
