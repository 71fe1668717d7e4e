// Japanese messages, part 2: merges, badges, closings.
import { rfcDate, type Msg } from './lib.js';
import { mk, P, C, SUPPORT, AWS_NOTIFY, AWS_SUPPORT_DOM, PORTAL, CREDLY_AWS, form, quote, gmailJa, outlookJa, sfOriginal, sfRef, htmlDoc, paras, table, esc } from './common.js';

const k = P.kenji, y = P.yui, d = P.daichi, a = P.aya, h = P.hanako, t = P.taro, s = P.sho;

export const JA2: Msg[] = [
  // ---------------- merge_completed ----------------
  mk({
    slug: 'kenji-merged-end', kind: 'merge_completed', lang: 'ja', caseId: C.kenji,
    note: 'long recap of request/info/consent; the last line reports the merge was done today',
    from: SUPPORT, to: k.keep, subject: form(C.kenji),
    date: rfcDate('2026-03-09 07:31:44', '+0000'), enc: 'jis7',
    text: `森田 健二 様

藤井でございます。

これまでの経緯をあらためてまとめます。
・3月2日 ご依頼を受領し、ケース ${C.kenji} を作成
・3月3日 候補 ID とメールアドレスをお伺い
・3月4日 お客様からご回答
・3月5日 統合内容のご確認をお願い
・3月6日 お客様より「同意します」とのご返信
・3月9日 ${k.srcId} を ${k.keepId} へ統合いたしました。

統合先のアカウントにサインインし、認定と特典が表示されていることをお確かめください。

藤井
${sfRef('Kx41ac')}`,
  }),
  mk({
    slug: 'yui-merged-first', kind: 'merge_completed', lang: 'ja', caseId: C.yui,
    note: 'completion stated first, the recap of the case follows',
    from: SUPPORT, to: y.keep, subject: form(C.yui),
    date: rfcDate('2026-04-24 02:10:05', '+0000'), enc: 'sjisb64',
    text: `高橋 結衣 様

アカウントの統合作業が終わりました。旧姓のアカウント ${y.srcId} の認定2件は、現在 ${y.keepId} に表示されています。

念のため、本件の流れを記しておきます。4月13日にケースを受け付け、14日と15日に候補 ID と受験時のお名前をお伺いし、20日に統合のご同意をお願いし、21日にご同意をいただきました。23日には「作業中です」とのご連絡を差し上げております。

ご不明な点があれば、このメールにそのままご返信ください。

Minh
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'daichi-merged-status-table', kind: 'merge_completed', lang: 'ja', caseId: C.daichi, trap: true,
    note: 'status table whose new row says 統合: 完了; also asks to check that all looks right (still merge_completed)',
    from: SUPPORT, to: d.keep, subject: form(C.daichi),
    date: rfcDate('2026-05-20 09:15:37', '+0000'), enc: 'utf8qp',
    text: `小野 大地 様

ケース ${C.daichi} の現在の状況をお知らせします。

| 項目                 | 状況                 |
|----------------------|----------------------|
| 受付                 | 5/11                 |
| 必要情報             | 5/13 そろいました    |
| 統合へのご同意       | 5/14 いただきました  |
| エスカレーション     | 5/18 担当部署へ      |
| 統合                 | 5/20 完了            |

現在の状況: 統合完了

お手数ですが、統合先 ${d.keepId} にサインインし、認定・試験履歴・バウチャーに漏れがないかご確認ください。

上野`,
  }),
  mk({
    slug: 'aya-merged-and-closing', kind: 'merge_completed', lang: 'ja', caseId: C.aya, trap: true,
    note: 'merge done and the case will now be closed: the new fact is the merge (guide)',
    from: SUPPORT, to: a.keep, subject: form(C.aya),
    date: rfcDate('2026-06-08 05:48:22', '+0000'), enc: 'jisb64',
    text: `中村 彩 様

Sofia です。

6/1 のご依頼から、6/2 のご質問、6/3 のご回答、6/4 の統合のご案内、6/5 のご同意と進めてまいりましたが、本日 6/8、大学アドレスのアカウントを ${a.keepId} に統合いたしました。認定3件とバウチャーが移っております。

本件はこれで解決となりますので、ケースはクローズさせていただきます。

Sofia`,
  }),
  mk({
    slug: 'hanako-merged-badges-later', kind: 'merge_completed', lang: 'ja', caseId: C.hanako, trap: true,
    note: 'merge completed; badges are only promised for later (not badges_transferred)',
    from: SUPPORT, to: h.keep, subject: form(C.hanako),
    date: rfcDate('2026-07-13 06:27:59', '+0000'), enc: 'sjis8',
    text: `佐藤 花子 様

石川です。

経緯のまとめ:
7/6 受付 / 7/7 通知先アドレスのご確認依頼 / 7/8 ご回答 / 7/9 統合のご同意依頼 / 7/10 ご同意
7/13 統合の作業が完了しました

なお、Credly のデジタルバッジは統合とは別の処理となり、数日以内に ${h.keep} 宛てに Credly から案内が届く予定です。届かない場合はこのケースでお知らせください。

石川`,
  }),
  mk({
    slug: 'portal-merged-notice-ja', kind: 'merge_completed', lang: 'ja', caseId: null,
    note: 'the certification portal\'s own merge notice, no case ID; recaps the request and the accounts',
    from: PORTAL, to: t.keep, subject: 'AWS 認定: アカウント統合のお知らせ',
    date: rfcDate('2026-08-07 18:02:36', '+0900'), enc: 'utf8b64',
    text: `山田 太郎 様

お客様のご依頼に基づき、以下の認定アカウントの統合手続きを行いました。

統合元アカウント: ${t.srcId}
統合先アカウント: ${t.keepId}
ご依頼日: 2026年8月3日
統合日: 2026年8月7日

統合元アカウントの認定、試験履歴、特典は統合先アカウントに移されました。今後は統合先アカウントでサインインしてください。

AWS 認定プログラム
このメールは送信専用です。`,
  }),
  mk({
    slug: 'taro-merged-gmail-quote', kind: 'merge_completed', lang: 'ja', caseId: C.taro,
    note: 'support top-posts the completion inside a recap; the user\'s consent is Gmail-quoted below',
    from: SUPPORT, to: t.keep, subject: form(C.taro),
    date: rfcDate('2026-08-07 09:06:12', '+0000'), enc: 'jis7',
    text: `山田 太郎 様

Haruka です。ご同意のご返信ありがとうございました。

8/3 ご依頼 → 8/4・8/5 情報のご依頼とご回答 → 8/6 統合内容のご案内 → 8/6 ご同意 → 本日 8/7、${t.srcId} の統合を実施し、完了いたしました。

統合先でサインインのうえ、表示をご確認いただけますと幸いです。

Haruka

${gmailJa('2026年8月6日(木) 21:48 山田 太郎', `<${t.keep}>`, `統合に同意します。\nよろしくお願いいたします。\n\n山田`)}`,
  }),
  mk({
    slug: 'forged-merged-lookalike-server', kind: 'merge_completed', lang: 'ja', caseId: C.sho, trusted: false, auth: 'lookalikeServer',
    note: 'completion notice whose A-R comes from a look-alike authserv-id (mx.test.example.mailhub-relay.net)',
    from: SUPPORT, to: s.keep, subject: form(C.sho),
    date: rfcDate('2026-09-04 11:38:01', '+0000'), enc: 'jis7',
    text: `伊藤 翔 様

経緯: 9/1 受付、9/2 情報受領、9/3 ご同意受領。
本日、アカウントの統合が完了しました。

統合結果の証明書は下記からダウンロードできます。
http://aws-merge-result.example.org/download

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'daichi-merged-to-manager', kind: 'merge_completed', lang: 'ja', caseId: C.daichi, forUser: false,
    rcpt: 'manager.kato@example-partner.co.jp',
    note: 'completion addressed only to the user\'s manager (training admin); not delivered to the user',
    from: SUPPORT, to: '加藤 部長 <manager.kato@example-partner.co.jp>', subject: form(C.daichi),
    date: rfcDate('2026-05-20 09:20:02', '+0000'), enc: 'utf8b64',
    text: `加藤 様

小野 大地 様の件(ケース ${C.daichi})につき、研修ご担当として ご連絡いたします。

これまで: 5/11 受付、5/13 必要情報がそろう、5/14 ご本人の同意、5/18 担当部署へ引き継ぎ。
本日、小野様の2つの認定アカウントの統合を終えました。

上野
AWS トレーニングと認定`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'credly-ja-reissue', kind: 'badges_transferred', lang: 'ja', caseId: null, trap: true,
    note: 'AWS badge via Credly on the kept account; its history block restates the merge',
    from: CREDLY_AWS, to: k.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: rfcDate('2026-03-12 02:18:40', '+0000'), enc: 'utf8b64',
    text: `森田 健二 様

Amazon Web Services Training and Certification から、デジタルバッジ「AWS Certified Solutions Architect - Associate」が発行されました。

バッジの履歴
・2024年5月 旧アカウントで取得
・2026年3月 AWS 認定アカウントの統合
・本日 ${k.keep} のアカウントに発行

バッジを入手する: https://www.credly.com/earner/earned/badge/3f1c9a20-7d44-4e1b-9a0e-5c2e81f0d6b1

Credly`,
    html: htmlDoc(`<p>森田 健二 様</p>
<p>Amazon Web Services Training and Certification から、デジタルバッジ「AWS Certified Solutions Architect - Associate」が発行されました。</p>
<p>バッジの履歴</p>
<ul><li>2024年5月 旧アカウントで取得</li><li>2026年3月 AWS 認定アカウントの統合</li><li>本日 ${esc(k.keep)} のアカウントに発行</li></ul>
<p><a href="https://www.credly.com/earner/earned/badge/3f1c9a20-7d44-4e1b-9a0e-5c2e81f0d6b1" style="background:#ff6b00;color:#fff;padding:8px 16px">バッジを入手する</a></p>
<p>Credly</p>`),
  }),
  mk({
    slug: 'kenji-badges-moved', kind: 'badges_transferred', lang: 'ja', caseId: C.kenji, trap: true,
    note: 'support says the badges now sit on the kept account; the recap restates the merge of 3/9',
    from: SUPPORT, to: k.keep, subject: form(C.kenji),
    date: rfcDate('2026-03-12 01:55:03', '+0000'), enc: 'jis7',
    text: `森田 健二 様

藤井です。

3/2 のご依頼、3/6 のご同意を経て、3/9 に統合いたしました。その後 3/11 に「Credly のバッジが旧アドレスのままになっている」とのご連絡をいただいておりました。

Credly 側のバッジを ${k.keep} に付け替えましたので、お知らせいたします。このあと Credly から発行のお知らせが届きます。

藤井`,
  }),
  mk({
    slug: 'hanako-badges-and-close', kind: 'badges_transferred', lang: 'ja', caseId: C.hanako, trap: true,
    note: 'badges moved and the case is closed: badges_transferred (guide); recap restates the merge',
    from: SUPPORT, to: h.keep, subject: form(C.hanako),
    date: rfcDate('2026-07-16 04:40:30', '+0000'), enc: 'sjisb64',
    text: `佐藤 花子 様

石川です。ここまでの流れをまとめます。

7/6 ご依頼受付
7/10 統合へのご同意
7/13 統合完了
7/15 お客様より、バッジが届いていないとのご連絡
7/16 旧アカウントのバッジ4件を ${h.keep} の Credly アカウントへ移行しました

以上で本件のご依頼はすべて完了したため、ケースをクローズいたします。

石川`,
  }),
  mk({
    slug: 'credly-ja-html-accept', kind: 'badges_transferred', lang: 'ja', caseId: null, trap: true,
    note: 'Credly (AWS issuer) notice after a merge, multipart; recaps the earlier account and the merge',
    from: CREDLY_AWS, to: y.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: rfcDate('2026-04-28 00:33:12', '+0000'), enc: 'utf8qp',
    text: `高橋 結衣 様

このバッジについて
以前は ${y.src} 宛てに発行されていたバッジです。AWS 認定アカウントの統合により、今回 ${y.keep} に発行されました。

AWS Certified Cloud Practitioner
発行元: Amazon Web Services Training and Certification

バッジを入手する
https://www.credly.com/earner/earned/badge/91aa0c7e-2b3f-4a57-8f62-0d93cbe4a710`,
    html: htmlDoc(`<p>高橋 結衣 様</p>
<h4>このバッジについて</h4>
<p>以前は ${esc(y.src)} 宛てに発行されていたバッジです。AWS 認定アカウントの統合により、今回 ${esc(y.keep)} に発行されました。</p>
<p><b>AWS Certified Cloud Practitioner</b><br>発行元: Amazon Web Services Training and Certification</p>
<p><a href="https://www.credly.com/earner/earned/badge/91aa0c7e-2b3f-4a57-8f62-0d93cbe4a710">バッジを入手する</a></p>`),
  }),
  mk({
    slug: 'daichi-badges-status-row', kind: 'badges_transferred', lang: 'ja', caseId: C.daichi, trap: true,
    note: 'status table repeats the merge row; only the new Credly row says the badges were moved',
    from: SUPPORT, to: d.keep, subject: form(C.daichi),
    date: rfcDate('2026-05-22 07:50:48', '+0000'), enc: 'utf8b64',
    text: `小野 様

上野です。ケースの状況を更新しました。

受付 ............ 5/11 済
必要情報 ........ 5/13 済
ご同意 .......... 5/14 済
統合 ............ 5/20 済
Credly バッジ ... 5/22 移行済(NEW)

バッジ3件が ${d.keep} の Credly アカウントで見られるようになっています。

上野`,
  }),
  mk({
    slug: 'forged-credly-lookalike', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false, trap: true,
    note: 'badge notice from credIy.com (capital I), a look-alike of credly.com',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: a.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: rfcDate('2026-06-09 14:11:27', '+0900'), enc: 'utf8qp',
    text: `中村 彩 様

アカウント統合に伴い、旧アカウントのバッジ3件を新しいアカウントへ移しました。
下のボタンから Credly にサインインしてバッジを入手してください。

バッジを入手する: http://credIy.com/accept?token=aa91f0

Credly`,
  }),
  mk({
    slug: 'taro-badges-visible', kind: 'badges_transferred', lang: 'ja', caseId: C.taro, trap: true,
    note: 'after a complaint, support says the badges now show on the kept account; recap restates the merge',
    from: SUPPORT, to: t.keep, subject: form(C.taro),
    date: rfcDate('2026-08-11 02:29:16', '+0000'), enc: 'jis7',
    text: `山田 太郎 様

Haruka です。

8/7 の統合完了のあと、8/10 に「Credly に旧アカウントのバッジが残ったまま」とご連絡をいただきました。確認いたしましたところ、バッジの付け替えが漏れておりました。申し訳ございません。

先ほど作業を行い、バッジは統合先のアカウント(${t.keep})に表示されるようになりました。

Haruka`,
  }),
  mk({
    slug: 'aya-badges-outlook-quote', kind: 'badges_transferred', lang: 'ja', caseId: C.aya, trap: true,
    note: 'badges moved on request after the case had been closed; Outlook-quoted user mail below',
    from: SUPPORT, to: a.keep, subject: form(C.aya),
    date: rfcDate('2026-06-17 03:03:50', '+0000'), enc: 'jisb64',
    text: `中村 様

Sofia です。

経緯: 6/8 に統合し、同日ケースをクローズしておりました。6/16 にバッジについてご連絡をいただいたため、ケースを再開しております。

大学アドレスに紐づいていた Credly のバッジ3件を、${a.keep} のアカウントへ移しました。

Sofia

${outlookJa(`中村 彩 <${a.keep}>`, '2026年6月16日 20:12', 'aws-cs-trainingcertification-form@amazon.com', form(C.aya), 'お世話になっております。統合後、Credly のバッジが大学のアドレスのほうに残っています。\n移していただくことは可能でしょうか。')}`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'kenji-closed-recap', kind: 'case_closed', lang: 'ja', caseId: C.kenji, trap: true,
    note: 'closing notice that restates the merge and badge move: case_closed',
    from: SUPPORT, to: k.keep, subject: form(C.kenji),
    date: rfcDate('2026-03-19 00:12:09', '+0000'), enc: 'jis7',
    text: `森田 健二 様

藤井です。

本件の経緯:
3/2 受付 → 3/3 情報のご依頼 → 3/5 統合のご案内 → 3/6 ご同意 → 3/9 統合完了 → 3/12 バッジ移行

その後ご連絡がございませんでしたので、本日をもってケースを解決済みとしてクローズいたします。今後ご不明な点がございましたら、このメールにご返信いただくとケースが再開されます。

藤井`,
  }),
  mk({
    slug: 'yui-close-reminder', kind: 'case_closed', lang: 'ja', caseId: C.yui, trap: true,
    note: 'will auto-close in 5 days without a reply; recap ends with the merge and a question',
    from: SUPPORT, to: y.keep, subject: form(C.yui),
    date: rfcDate('2026-05-01 01:20:00', '+0000'), enc: 'sjisb64',
    text: `高橋 様

Minh です。

振り返り: 4/24 統合完了、4/28 Credly からバッジ発行。統合後の表示に問題がないかお尋ねしておりましたが、まだお返事をいただいておりません。

5日以内にご返信がない場合、このケースは自動的にクローズされます。

Minh`,
  }),
  mk({
    slug: 'daichi-resolved-notice', kind: 'case_closed', lang: 'ja', caseId: C.daichi, trap: true,
    note: 'AWS Support system notice: case resolved; the summary table restates every step',
    from: AWS_SUPPORT_DOM, to: d.keep, subject: `ケース ${C.daichi} は解決済みになりました`,
    date: rfcDate('2026-05-29 15:00:00', '+0900'), enc: 'utf8b64',
    text: `小野 大地 様

ケースの概要
ケース ID: ${C.daichi}
件名: 認定アカウントの統合
作成日: 2026-05-11
最終更新: 2026-05-22(バッジ移行のご連絡)

このケースのステータスが「解決済み」に変更されました。
引き続きサポートが必要な場合は、サポートセンターからケースを再開してください。`,
    html: htmlDoc(`<p>${esc(d.ja)} 様</p>
<h4>ケースの概要</h4>
${table([['項目', '内容'], ['ケース ID', C.daichi], ['件名', '認定アカウントの統合'], ['作成日', '2026-05-11'], ['最終更新', '2026-05-22(バッジ移行のご連絡)'], ['ステータス', '解決済み']])}
<p>このケースのステータスが「解決済み」に変更されました。引き続きサポートが必要な場合は、サポートセンターからケースを再開してください。</p>`),
  }),
  mk({
    slug: 'aya-closed-as-merged', kind: 'case_closed', lang: 'ja', caseId: C.aya, trap: true,
    note: 'closing that only restates the earlier merge and badge move (「統合済みのため」)',
    from: SUPPORT, to: a.keep, subject: form(C.aya),
    date: rfcDate('2026-06-24 02:45:33', '+0000'), enc: 'jisb64',
    text: `中村 彩 様

Sofia です。

6/8 に統合済み、6/17 にバッジも移行済みのため、再開していた本ケースを改めてクローズいたします。

ご利用ありがとうございました。

Sofia`,
  }),
  mk({
    slug: 'sho-closed-no-merge', kind: 'case_closed', lang: 'ja', caseId: C.sho, trap: true,
    note: 'closed without a merge: recap says the merge was not carried out because no reply came',
    from: SUPPORT, to: s.keep, subject: form(C.sho),
    date: rfcDate('2026-09-24 06:10:41', '+0000'), enc: 'utf8qp',
    text: `伊藤 翔 様

AWS トレーニングと認定の森です。

これまでの経緯
- 9/1 ご依頼を受付
- 9/2 統合元アカウントの候補 ID をお伺い
- 9/9 再度のご案内
- 9/16 「統合はできません」とご説明(統合元で試験予約が残っているため)

その後ご返信がないため、統合は行わないまま、本ケースをクローズいたします。予約が済んでから改めてお問い合わせください。

森`,
  }),
  mk({
    slug: 'hanako-dup-case-closed', kind: 'case_closed', lang: 'ja', caseId: C.hanakoDup, trap: true,
    note: 'the duplicate case is closed because the same request is handled on the first case',
    from: SUPPORT, to: h.keep, subject: form(C.hanakoDup),
    date: rfcDate('2026-07-08 00:58:26', '+0000'), enc: 'sjis8',
    text: `佐藤 花子 様

石川です。

7/6 にケース ${C.hanako} でアカウント統合のご依頼を受け付けております。7/7 に同じ内容でこちらのケース ${C.hanakoDup} が作成されました。

同じご依頼は ${C.hanako} でまとめて対応いたしますので、本ケース ${C.hanakoDup} はクローズいたします。今後のご連絡は ${C.hanako} のメールにご返信ください。

石川`,
  }),
  mk({
    slug: 'forged-closed-misaligned', kind: 'case_closed', lang: 'ja', caseId: C.taro, trusted: false, auth: 'misaligned', trap: true,
    note: 'closing notice whose only dkim=pass is for an unrelated bulk domain; dmarc=fail',
    from: SUPPORT, to: t.keep, subject: form(C.taro),
    date: rfcDate('2026-08-12 22:11:54', '+0900'), enc: 'sjis8',
    text: `山田 太郎 様

統合(8/7)とバッジ移行(8/11)が済みましたので、ケースをクローズしました。
アンケートにお答えいただくと、次回受験の無料券を差し上げます。
http://aws-survey-gift.example.net/

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'yui-closed-bottom-posted', kind: 'case_closed', lang: 'ja', caseId: C.yui, trap: true,
    note: 'bottom-posted: quoted reminder first, the closing line under it; recap restates the merge',
    from: SUPPORT, to: y.keep, subject: form(C.yui),
    date: rfcDate('2026-05-07 01:05:12', '+0000'), enc: 'jis7', crlf: false,
    text: `${quote(`振り返り: 4/24 統合完了、4/28 Credly からバッジ発行。\n5日以内にご返信がない場合、このケースは自動的にクローズされます。`)}

高橋 様

上記のご案内から5日が過ぎましたので、ケース ${C.yui} をクローズしました。
ありがとうございました。

Minh`,
  }),
];

export const _unused2 = [AWS_NOTIFY, outlookJa, sfOriginal, paras];
