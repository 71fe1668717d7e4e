// Japanese messages, part 2: merge done, badges moved, closing, other replies.
import type { Msg } from './lib.js';
import { C, CERT_PORTAL, CREDLY_AWS, DAISUKE, FORM, FORM_JA, MISAKI, NAKAMURA, NOREPLY, SHO, YUMI, d, formSubj, gmJa, htmlDoc, mk, olJa, quote, sfJa, sfRef } from './common.js';

const CREDLY_AWS_JA = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>';

export const JA2: Msg[] = [
  // ---------------- merge_completed ----------------
  mk({
    slug: 'merge-nakamura-survey-footer',
    kind: 'merge_completed', lang: 'ja', caseId: C.nakamura, trap: false,
    note: 'support says the merge is done; a satisfaction survey is appended below the signature',
    from: FORM, to: NAKAMURA.keep,
    subject: formSubj(C.nakamura),
    date: d('2026-02-07 02:33:48', '+0000'), enc: 'jis7',
    text: `中村様

ご同意のご返信ありがとうございました。森です。

${NAKAMURA.srcId} の認定資格を ${NAKAMURA.keepId} へ移し、アカウントの統合が完了いたしました。
認定アカウントにサインインのうえ、資格の一覧と特典が表示されていることをご確認ください。

森
AWS トレーニングと認定カスタマーサポート

━━━━━━━━━━━━━━━━━━━━
今回のサポートはいかがでしたか?
以下のリンクから3つの質問にお答えください。
https://pulse.aws.example/s/tc-case?id=${C.nakamura}
━━━━━━━━━━━━━━━━━━━━

${sfRef('0Nk81x')}`,
  }),
  mk({
    slug: 'merge-misaki-andclose',
    kind: 'merge_completed', lang: 'ja', caseId: C.misaki, trap: false,
    note: 'completion notice that also says the case will now be closed (the new fact is the merge)',
    from: FORM, to: MISAKI.keep,
    subject: formSubj(C.misaki),
    date: d('2026-03-12 13:08:22', '+0900'), enc: 'jisb64',
    text: `小林様

石井です。ご了承のご連絡をいただき、ありがとうございました。

本日、会社支給アドレス側のアカウントを個人アドレス側 (${MISAKI.keepId}) へまとめる作業が終わりました。
お手数ですが、認定ポータルで資格が揃っているかご確認ください。

以上をもちまして、本ケースはクローズとさせていただきます。

石井

${quote(`小林様\n\n一度統合すると、分割して元の2アカウントに戻すことはできかねます。\nこの点をご了承いただけるかどうか、ご返信をお願いいたします。`)}`,
  }),
  mk({
    slug: 'merge-portal-notice',
    kind: 'merge_completed', lang: 'ja', caseId: null, trap: false,
    note: 'the certification portal\'s own merged-accounts notice, no case ID',
    from: CERT_PORTAL, to: SHO.keep,
    subject: '【AWS Certification】アカウント統合完了のお知らせ',
    date: d('2026-04-20 07:16:05', '+0000'), enc: 'sjis8',
    text: `高橋 翔 様

AWS Certification アカウントの統合処理が完了しました。

　統合後のアカウント：${SHO.keepId}
　統合されたアカウント：${SHO.srcId}

統合されたアカウントの認定履歴、試験履歴および特典は、上記アカウントでご覧いただけます。
統合されたアカウントにはサインインできなくなります。

※本メールは送信専用です。`,
  }),
  mk({
    slug: 'merge-sho-pleasecheck',
    kind: 'merge_completed', lang: 'ja', caseId: C.sho, trap: false,
    note: 'merge done, asks the customer to check all looks right (stays merge_completed)',
    from: FORM, to: SHO.keep,
    subject: formSubj(C.sho),
    date: d('2026-04-20 16:40:31', '+0900'), enc: 'utf8qp',
    text: `高橋様

青木です。ご承認ありがとうございました。

統合作業が終わりました。SAA と DVA の2資格が ${SHO.keepId} 側に表示されているはずです。
念のため、認定ポータルで表示に誤りがないかご確認いただき、問題があればこのケースにご返信ください。

青木`,
    html: htmlDoc(`<p>高橋様</p><p>青木です。ご承認ありがとうございました。</p>
<p>統合作業が終わりました。SAA と DVA の2資格が ${SHO.keepId} 側に表示されているはずです。<br>
念のため、認定ポータルで表示に誤りがないかご確認いただき、問題があればこのケースにご返信ください。</p><p>青木</p>`, 'ja'),
  }),
  mk({
    slug: 'merge-yumi-dmarcfail',
    kind: 'merge_completed', lang: 'ja', caseId: C.yumi, trap: false, trusted: false, auth: 'fail',
    note: 'completion text but dmarc=fail on the topmost header: untrusted',
    from: FORM_JA, to: YUMI.keep,
    subject: formSubj(C.yumi),
    date: d('2026-01-24 09:10:44', '+0900'), enc: 'utf8b64',
    text: `伊藤様

アカウントの統合が完了しました。
${YUMI.srcId} の資格は ${YUMI.keepId} に移っています。

西村`,
  }),
  mk({
    slug: 'merge-daisuke-ids-between',
    kind: 'merge_completed', lang: 'ja', caseId: C.daisuke, trap: false,
    note: 'merge done, identifiers between the words; badges announced only as a future step',
    from: FORM, to: DAISUKE.keep,
    subject: formSubj(C.daisuke),
    date: d('2026-05-15 14:22:09', '+0900'), enc: 'jis7',
    text: `渡辺様

佐野です。お待たせいたしました。
${DAISUKE.srcId} から ${DAISUKE.keepId} への統合、本日付で完了しております。

Credly のバッジは別システムのため、反映まで数日かかることがございます。
一週間ほど経っても移っていない場合は、このケースにご返信ください。

佐野
AWS Training and Certification

${sfJa(DAISUKE.keep, '2026/05/14 20:01', 'aws-cs-trainingcertification-form@amazon.com', formSubj(C.daisuke), 'はい、その内容で統合してください。\n渡辺')}`,
  }),
  mk({
    slug: 'merge-colleague-notforuser',
    kind: 'merge_completed', lang: 'ja', caseId: '1783310447852', trap: false, forUser: false,
    note: 'a merge completion addressed to a colleague, not to the user',
    from: FORM, to: 'tanaka.kei@corp.example.co.jp',
    subject: formSubj('1783310447852'),
    date: d('2026-05-20 10:14:52', '+0900'), enc: 'utf88bit',
    text: `田中様

ご依頼いただいた認定アカウントの統合が完了しました。
AWS80012345 の認定を AWS80067890 でご確認いただけます。

AWS トレーニングと認定 カスタマーサポート 岡本`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'badge-credly-nakamura',
    kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'AWS badge issued via Credly to the kept address after the merge',
    from: CREDLY_AWS_JA, to: NAKAMURA.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-02-09 18:02:11', '+0000'), enc: 'jis7',
    text: `中村 健一 様

Amazon Web Services Training and Certification から、あなたにデジタルバッジ
「AWS Certified Solutions Architect - Professional」が発行されました。

バッジを入手する
https://www.credly.com/earner/earned/badge/3a7c1e90

バッジを受け取ると、LinkedIn などで認定を共有できます。

Credly`,
  }),
  mk({
    slug: 'badge-misaki-support-survey',
    kind: 'badges_transferred', lang: 'ja', caseId: C.misaki, trap: false,
    note: 'support says the Credly badges now sit on the kept account; survey link appended',
    from: FORM, to: MISAKI.keep,
    subject: formSubj(C.misaki),
    date: d('2026-03-16 16:55:08', '+0900'), enc: 'jisb64',
    text: `小林様

石井です。バッジが移っていないとのご連絡ありがとうございました。

担当部署にて Credly 側の紐付けを修正し、3つのバッジが ${MISAKI.keep} のプロフィールに移りました。
Credly にサインインしてご確認ください。

石井

━━━
よろしければ今回の対応を5段階で評価してください。
https://pulse.aws.example/s/tc-agent?case=${C.misaki}`,
  }),
  mk({
    slug: 'badge-sho-and-close',
    kind: 'badges_transferred', lang: 'ja', caseId: C.sho, trap: false,
    note: 'support announces the badges moved and closes the case',
    from: FORM, to: SHO.keep,
    subject: formSubj(C.sho),
    date: d('2026-04-23 05:19:37', '+0000'), enc: 'sjis8',
    text: `高橋様

青木です。Credly のバッジにつきまして、統合先の ${SHO.keep} に移行いたしました。
SAA と DVA の両方が表示されていることを当方でも確認しております。

これで一連のご依頼は対応完了となりますので、本ケースはクローズいたします。
ご利用ありがとうございました。

青木`,
  }),
  mk({
    slug: 'badge-credly-yumi-html',
    kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'Credly issue mail for an AWS badge (multipart)',
    from: CREDLY_AWS, to: YUMI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-01-27 03:44:50', '+0000'), enc: 'utf8qp',
    text: `伊藤 由美 様

AWS Certified Cloud Practitioner のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/f01d55a2

Credly チーム`,
    html: htmlDoc(`<table width="600" align="center"><tr><td>
<p>伊藤 由美 様</p>
<p><b>AWS Certified Cloud Practitioner</b> のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/f01d55a2" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">バッジを入手する</a></p>
<p style="font-size:11px;color:#777">Credly チーム</p></td></tr></table>`, 'ja'),
  }),
  mk({
    slug: 'badge-daisuke-quoted',
    kind: 'badges_transferred', lang: 'ja', caseId: C.daisuke, trap: false,
    note: 'support says the badge move is done; quoted history restates the merge',
    from: FORM, to: DAISUKE.keep,
    subject: formSubj(C.daisuke),
    date: d('2026-05-22 11:31:26', '+0900'), enc: 'utf8b64',
    text: `渡辺様

佐野です。お問い合わせいただいたバッジの件、移行作業が完了しました。
Credly 上で ${DAISUKE.keep} のアカウントに4つの AWS バッジが表示されております。

佐野

${gmJa('2026年5月21日(木) 22:40', `渡辺 大輔 <${DAISUKE.keep}>`, `佐野様

統合ありがとうございました。認定は移っていたのですが、
Credly のバッジが古いアドレスの方に残ったままです。
見ていただけますか。`)}`,
  }),
  mk({
    slug: 'badge-credly-misaki-dkimonly',
    kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false, auth: 'dkimonly',
    note: 'Credly AWS badge mail authenticated by an aligned DKIM pass only',
    from: CREDLY_AWS, to: MISAKI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-03-17 00:12:19', '+0000'), enc: 'jis7',
    text: `小林 美咲 様

おめでとうございます。
Amazon Web Services Training and Certification が「AWS Certified SysOps Administrator - Associate」のバッジをあなたに発行しました。

バッジを入手する
https://www.credly.com/earner/earned/badge/b7e2a914

Credly`,
  }),
  mk({
    slug: 'badge-nakamura-bilingual',
    kind: 'badges_transferred', lang: 'ja', caseId: C.nakamura, trap: false,
    note: 'bilingual support note that the badges were transferred',
    from: FORM, to: NAKAMURA.keep,
    subject: formSubj(C.nakamura),
    date: d('2026-02-10 06:27:44', '+0000'), enc: 'sjisb64',
    text: `中村様

森です。
The Credly badges have been transferred to your primary account.
Credly のバッジを ${NAKAMURA.keep} 側へ移行いたしました、プロフィールでご確認いただけます。

森`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'close-nakamura-survey',
    kind: 'case_closed', lang: 'ja', caseId: C.nakamura, trap: false,
    note: 'closing notice with a rating link appended (the event is the closing)',
    from: NOREPLY, to: NAKAMURA.keep,
    subject: `[CASE ${C.nakamura}] ケースはクローズされました`,
    date: d('2026-02-12 00:00:31', '+0000'), enc: 'jis7',
    text: `中村 健一 様

サポートケース ${C.nakamura} はクローズされました。
再度ご相談が必要な場合は、このケースを再開するか、新しいケースを作成してください。

サポートはいかがでしたか? 評価をお寄せください。
https://pulse.aws.example/s/close?id=${C.nakamura}

Amazon Web Services`,
  }),
  mk({
    slug: 'close-misaki2-autoclose',
    kind: 'case_closed', lang: 'ja', caseId: '1781560178802', trap: false,
    note: 'reminder that the case will close automatically without a reply',
    from: FORM, to: MISAKI.keep,
    subject: formSubj('1781560178802'),
    date: d('2026-06-06 09:00:14', '+0900'), enc: 'jisb64',
    text: `小林様

松田です。6月2日にお送りした統合のご意向確認について、まだご返信をいただけておりません。
このまま5日間ご連絡がない場合、本ケースは自動的にクローズされます。
引き続きご希望の場合は、このメールにご返信ください。

松田`,
  }),
  mk({
    slug: 'close-sho-restates-merge',
    kind: 'case_closed', lang: 'ja', caseId: C.sho, trap: true,
    note: 'closing notice that only restates the earlier merge',
    from: FORM, to: SHO.keep,
    subject: formSubj(C.sho),
    date: d('2026-04-28 10:12:40', '+0900'), enc: 'sjis8',
    text: `高橋様

青木です。先週お伝えした通り、アカウントの統合とバッジの移行は完了しております。
その後ご連絡がございませんので、本ケースをクローズいたします。

また何かございましたら、新しくお問い合わせください。

青木`,
  }),
  mk({
    slug: 'close-yumi-resolved-stars',
    kind: 'case_closed', lang: 'ja', caseId: C.yumi, trap: false,
    note: 'resolved notice with star buttons; the event is the resolution',
    from: NOREPLY, to: YUMI.keep,
    subject: `ケース ${C.yumi} を解決済みにしました`,
    date: d('2026-01-30 08:30:00', '+0000'), enc: 'utf8qp',
    text: `伊藤 由美 様

担当者がケース ${C.yumi} を解決済みとしてマークしました。
7日以内にご返信がなければ、ケースは自動でクローズされます。再開したい場合はこのメールへご返信ください。

対応を評価する: ★1 ★2 ★3 ★4 ★5
https://pulse.aws.example/s/close?id=${C.yumi}`,
    html: htmlDoc(`<p>伊藤 由美 様</p>
<p>担当者がケース <b>${C.yumi}</b> を解決済みとしてマークしました。<br>
7日以内にご返信がなければ、ケースは自動でクローズされます。再開したい場合はこのメールへご返信ください。</p>
<p>対応を評価する:
<a href="https://pulse.aws.example/s/close?id=${C.yumi}&amp;s=1">★1</a>
<a href="https://pulse.aws.example/s/close?id=${C.yumi}&amp;s=2">★2</a>
<a href="https://pulse.aws.example/s/close?id=${C.yumi}&amp;s=3">★3</a>
<a href="https://pulse.aws.example/s/close?id=${C.yumi}&amp;s=4">★4</a>
<a href="https://pulse.aws.example/s/close?id=${C.yumi}&amp;s=5">★5</a></p>`, 'ja'),
  }),
  mk({
    slug: 'close-daisuke-otheronly',
    kind: 'case_closed', lang: 'ja', caseId: C.daisuke, trap: false, trusted: false, auth: 'otherOnly',
    note: 'closing text, but the only authentication result is another server\'s: untrusted',
    from: NOREPLY, to: DAISUKE.keep,
    subject: `[CASE ${C.daisuke}] ケースクローズのお知らせ`,
    date: d('2026-05-29 03:00:09', '+0000'), enc: 'utf8b64',
    text: `渡辺 大輔 様

ケース ${C.daisuke} はクローズされました。
ご利用ありがとうございました。

Amazon Web Services`,
  }),
  mk({
    slug: 'close-sho-noreply',
    kind: 'case_closed', lang: 'ja', caseId: '1780251930077', trap: false,
    note: 'case closed because the customer did not answer',
    from: FORM, to: SHO.keep,
    subject: formSubj('1780251930077'),
    date: d('2026-07-03 18:20:00', '+0900'), enc: 'jis7',
    text: `高橋様

以前お問い合わせいただいた件につき、追加のご返信をいただけなかったため、
誠に勝手ながら本ケースはクローズさせていただきました。

必要でしたら、改めてお問い合わせフォームからご連絡ください。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'close-nakamura-dup',
    kind: 'case_closed', lang: 'ja', caseId: C.nakamuraDup, trap: false,
    note: 'the duplicate case is closed; work continues on the original case',
    from: FORM, to: NAKAMURA.src,
    subject: formSubj(C.nakamuraDup),
    date: d('2026-02-04 19:03:27', '+0000'), enc: 'sjisb64',
    text: `中村様

同じ内容のご依頼がケース ${C.nakamura} で進行中のため、こちらのケース (${C.nakamuraDup}) はクローズいたします。
今後のやり取りは ${C.nakamura} にてお願いいたします。

AWS トレーニングと認定`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'sr-nakamura-thanksconfirm',
    kind: 'support_reply', lang: 'ja', caseId: C.nakamura, trap: true,
    note: 'thanks for confirming, passed to the team; no merge yet',
    from: FORM, to: NAKAMURA.keep,
    subject: formSubj(C.nakamura),
    date: d('2026-02-06 10:40:18', '+0000'), enc: 'jis7',
    text: `中村様

ご同意のご連絡、確かに承りました。森です。
統合の担当部署へ作業を依頼いたしましたので、完了まで今しばらくお待ちください。

森

${gmJa('2026年2月6日(金) 18:02', `中村 健一 <${NAKAMURA.keep}>`, `森様\n\n同意します。よろしくお願いします。\n中村`)}`,
  }),
  mk({
    slug: 'sr-misaki-willnotify',
    kind: 'support_reply', lang: 'ja', caseId: C.misaki, trap: true,
    note: 'future statement: will report once the merge is finished',
    from: FORM, to: MISAKI.keep,
    subject: formSubj(C.misaki),
    date: d('2026-03-11 18:05:33', '+0900'), enc: 'jisb64',
    text: `小林様

石井です。ご了承の旨、ありがとうございます。
統合が完了しましたら改めてご連絡いたします、通常1から3営業日ほどお時間をいただいております。

石井`,
  }),
  mk({
    slug: 'sr-sho-notyet',
    kind: 'support_reply', lang: 'ja', caseId: C.sho, trap: true,
    note: 'negated: the merge has not been completed yet',
    from: FORM, to: SHO.keep,
    subject: formSubj(C.sho),
    date: d('2026-04-19 22:10:49', '+0000'), enc: 'sjis8',
    text: `高橋様

お問い合わせありがとうございます、青木です。
現時点では統合処理はまだ完了しておりません。担当部署で作業中ですので、もう少々お待ちください。
進捗がありしだいお知らせします。

青木`,
  }),
  mk({
    slug: 'sr-yumi-voucher',
    kind: 'support_reply', lang: 'ja', caseId: C.yumi, trap: false,
    note: 'answers a question about the exam voucher on the merge case',
    from: FORM, to: YUMI.keep,
    subject: formSubj(C.yumi),
    date: d('2026-01-22 13:37:20', '+0900'), enc: 'utf8qp',
    text: `伊藤様

西村です。ご質問の割引バウチャーについてお答えします。
大学のアカウント側で未使用の 50% 割引特典は、有効期限内であれば残す側のアカウントで使えるようになります。
期限そのものは延長されませんのでご注意ください。

西村`,
  }),
  mk({
    slug: 'sr-daisuke-mergedcases',
    kind: 'support_reply', lang: 'ja', caseId: C.daisuke, trap: true,
    note: '"we merged your duplicate cases" is not the account merge',
    from: FORM, to: DAISUKE.keep,
    subject: formSubj(C.daisuke),
    date: d('2026-05-12 20:10:05', '+0900'), enc: 'utf8b64',
    text: `渡辺様

佐野です。同じご依頼で2件のケースが作成されていたため、本ケース ${C.daisuke} に統合いたしました。
以後はこのケースでやり取りさせてください。アカウントの件は引き続き確認中です。

佐野`,
  }),
  mk({
    slug: 'sr-misaki2-escalated',
    kind: 'support_reply', lang: 'ja', caseId: '1781560178802', trap: false,
    note: 'status: escalated to a specialist team',
    from: FORM, to: MISAKI.keep,
    subject: formSubj('1781560178802'),
    date: d('2026-06-08 15:48:27', '+0900'), enc: 'jis7',
    text: `小林様

松田です。いただいた情報をもとに確認したところ、通常の手順では対応できない状態のため、
専門チームへエスカレーションいたしました。回答まで数日お時間をください。

松田`,
  }),
  mk({
    slug: 'sr-sho-csat-recovery',
    kind: 'support_reply', lang: 'ja', caseId: C.sho, trap: true,
    note: 'agent follows up a low survey score; says the merge is still pending (not done)',
    from: FORM, to: SHO.keep,
    subject: formSubj(C.sho),
    date: d('2026-04-18 19:30:00', '+0900'), enc: 'sjisb64',
    text: `高橋様

AWS トレーニングと認定のチームリーダー、河合と申します。
先日のアンケートで「回答が遅い」とのご意見をいただき、ご連絡いたしました。ご不便をおかけし申し訳ございません。

アカウント統合はまだ実施前の段階で、担当の青木からの確認事項にご返信いただいた後に進みます。
ご不明な点があれば、私宛てにこのメールへご返信いただいても構いません。

河合`,
  }),
  mk({
    slug: 'sr-daisuke-writefromkeep',
    kind: 'support_reply', lang: 'ja', caseId: '1783002214470', trap: false,
    note: '"please write to us from the address you keep" without asking for data',
    from: FORM, to: 'watanabe-d@sier.example.co.jp', cc: DAISUKE.keep,
    subject: formSubj('1783002214470'),
    date: d('2026-05-09 12:12:12', '+0900'), enc: 'jis7',
    text: `渡辺様

お問い合わせありがとうございます。
お手数ですが、統合後に使い続けるメールアドレスから改めてご連絡ください。
会社のアドレスからのご依頼では手続きを進められない決まりとなっております。

AWS トレーニングと認定 サポート 宮本`,
  }),
];

void CREDLY_AWS_JA; void olJa;
