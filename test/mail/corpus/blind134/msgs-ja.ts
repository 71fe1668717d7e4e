// Set ec, Japanese messages: warm, chatty agents and cheerful automated mail.
import type { Msg } from './lib.js';
import {
  AOI, AOI_REQ, AWS_NOTIFY, CASE, CERT_PORTAL, CREDLY_AWS, CREDLY_AWS_JA, KENTA, KENTA_REQ, MISAKI, MISAKI_REQ, SKILL, SUPPORT, SUPPORT_JA,
  d, formSubject, formSubjectJa, gmailJa, htmlDoc, mk, outlookJa, quote, sfOriginal, sfRef,
} from './common.js';

const A = `${AOI.ja} <${AOI.keep}>`;
const K = `${KENTA.ja} <${KENTA.keep}>`;
const M = `${MISAKI.ja} <${MISAKI.keep}>`;

export const JA: Msg[] = [
  // ---------------- acknowledgement (7)
  mk({
    slug: 'ack-sakura', kind: 'acknowledgement', lang: 'ja', caseId: CASE.aoi, note: 'automatic receipt with case ID and a spring greeting',
    from: AWS_NOTIFY, to: A, subject: `[ケース ${CASE.aoi}] お問い合わせありがとうございます`, date: d('2026-03-27 08:12:40'), enc: 'jis7',
    text: `木村 葵 様

桜のたよりが各地から届く季節となりました。いかがお過ごしでしょうか。

このたびは AWS トレーニングと認定サポートへお問い合わせいただき、ありがとうございます。
ケース番号 ${CASE.aoi} にてご依頼を承りました。担当者より通常24時間以内にご連絡いたしますので、今しばらくお待ちください。

同じ内容で新しいケースを作成されますと、ご回答が遅れる原因となりますので、ご返信はこのメールへお願いいたします。

お花見日和が続きますように。
Amazon Web Services`,
  }),
  mk({
    slug: 'ack-tsuyu', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenta, note: 'receipt of a new case in rainy-season chat, case ID in subject',
    from: SUPPORT_JA, to: K, subject: `[CASE ${CASE.kenta}] ケースを作成しました - AWS トレーニングと認定`, date: d('2026-06-16 21:03:11'), enc: 'sjis8',
    text: `中村 健太 様

梅雨入りして、傘が手放せない毎日ですね。
お問い合わせを受け付けました。ケース ID: ${CASE.kenta}

内容を確認のうえ、担当よりご連絡差し上げます(通常1営業日以内)。
それまでの間、紫陽花でも眺めてのんびりお待ちいただければ幸いです。

※このメールは送信専用アドレスから自動でお送りしています。`,
  }),
  mk({
    slug: 'ack-html-emoji', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki, note: 'cheerful HTML-only receipt of the case',
    from: AWS_NOTIFY, to: M, subject: `お問い合わせを受け付けました🌸 ケース ${CASE.misaki}`, date: d('2026-04-02 10:44:05'), enc: 'utf8qp', wholeSubject: true,
    html: htmlDoc(`<h2 style="color:#ff9900">お問い合わせありがとうございます！🎉</h2>
<p>小林 美咲 様</p>
<p>新年度のスタート、おめでとうございます✨ 新しい環境でのご活躍を応援しています。</p>
<p>さて、お送りいただいたお問い合わせは <b>ケース ${CASE.misaki}</b> として登録されました。担当チームが順番に拝見し、ご連絡いたします。</p>
<p style="font-size:12px;color:#777">このメールへの返信はケースに追加されます。同じご依頼で別のケースを作成しないようお願いいたします。</p>`, 'ケース受付'),
  }),
  mk({
    slug: 'ack-koyo-b64', kind: 'acknowledgement', lang: 'ja', caseId: CASE.aoiDup, note: 'automatic receipt (second case) with autumn-leaves small talk',
    from: AWS_NOTIFY, to: `<${AOI.keep}>`, subject: `ケース ${CASE.aoiDup} を受け付けました`, date: d('2026-11-09 07:55:30'), enc: 'jisb64',
    text: `木村様

紅葉が見ごろを迎え、朝晩はすっかり冷え込むようになりました。
お問い合わせ(ケース番号: ${CASE.aoiDup})を確かに受け付けいたしました。

回答まで少々お時間をいただく場合がございます。温かくしてお待ちください。

AWS サポート`,
  }),
  mk({
    slug: 'ack-fields-trap', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki2, trap: true, note: 'receipt that restates the submitted fields; asks for nothing, still the receipt',
    from: SUPPORT, to: M, subject: `[CASE ${CASE.misaki2}] お問い合わせ内容の控え`, date: d('2026-09-01 12:30:00'), enc: 'utf8b64',
    text: `小林 美咲 様

まだまだ残暑が厳しいですね☀️ 水分補給、お忘れなく！

以下の内容でお問い合わせを受け付けました(ケース番号 ${CASE.misaki2})。
・お問い合わせの種類: AWS トレーニングと認定
・カテゴリ: 認定 / アカウントの統合
・AWS 候補者 ID: ${MISAKI.keepId}
・メールアドレス: ${MISAKI.keep}

追加のご連絡は担当者からお送りします。このメールにはご返信いただかなくて大丈夫です。`,
  }),
  mk({
    slug: 'ack-lookalike', kind: 'acknowledgement', lang: 'ja', trusted: false, caseId: CASE.kenta, note: 'receipt-shaped mail from a look-alike domain: untrusted',
    from: 'AWS トレーニングと認定 <support@aws-training-jp.com>', to: K, subject: `[CASE ${CASE.kenta}] お問い合わせ受付のお知らせ`, date: d('2026-06-17 02:14:52'), enc: 'sjisb64',
    text: `中村様

いつもご利用ありがとうございます。じめじめした日が続きますが、体調など崩されていませんか。

ケース ${CASE.kenta} のお問い合わせを受け付けました。担当よりあらためてご連絡いたします。

AWS トレーニングと認定 サポートデスク`,
  }),
  mk({
    slug: 'ack-nenmatsu', kind: 'acknowledgement', lang: 'ja', caseId: CASE.aoi, note: 'year-end receipt of the case; the holiday schedule is small talk',
    from: AWS_NOTIFY, to: A, subject: `[ケース ${CASE.aoi}] 受付完了のお知らせ`, date: d('2026-12-26 16:20:18'), enc: 'utf88bit',
    text: `木村 葵 様

今年も残りわずかとなりました。年末のお忙しい中、ご連絡ありがとうございます🎍

お問い合わせはケース ${CASE.aoi} として受け付けました。
年末年始は回答までにいつもより少しお時間をいただく場合があります。ごゆっくりお過ごしください。

どうぞ良いお年をお迎えください。
Amazon Web Services`,
  }),

  // ---------------- ai_answer (7)
  mk({
    slug: 'ai-selfservice-spring', kind: 'ai_answer', lang: 'ja', note: 'automated suggestion to use the self-service Merge Accounts tool',
    from: AWS_NOTIFY, to: A, subject: 'AI アシスタントからのご提案: アカウントの統合について', date: d('2026-03-26 23:10:02'), enc: 'utf8qp',
    text: `こんにちは！AWS のAIアシスタントです🤖

春はお引っ越しや転職の季節ですね。アカウントがふたつに分かれてしまった方、よくいらっしゃいます。

自動生成の回答です: 認定ポータルの[プロフィール]→[アカウントの統合]から、ご自身で統合をお試しいただけます。
両方のアカウントに認定履歴がある場合はツールが使えないため、そのときは「ケースを作成」からサポートにご依頼ください。

この回答は役に立ちましたか?`,
  }),
  mk({
    slug: 'ai-after-merge-trap', kind: 'ai_answer', lang: 'ja', trap: true, note: 'generated answer explaining what happens after a merge; still ai_answer',
    from: AWS_NOTIFY, to: K, subject: 'ご質問への自動回答(生成AI)', date: d('2026-06-15 19:41:27'), enc: 'jis7',
    text: `中村 健太 様

雨の日のおうち時間、資格の勉強がはかどりますね。

こちらは生成AIによる自動回答です。
一般的に、アカウントの統合が完了すると、統合元の認定資格と特典(次回試験の50%割引など)は残すアカウントに表示されます。Credly のバッジは統合後に受け取り直しが必要になることがあります。
まずは認定ポータルのセルフサービス統合ツールをお試しください。解決しない場合は「ケースを作成」を選んでください。`,
  }),
  mk({
    slug: 'ai-none-auth', kind: 'ai_answer', lang: 'ja', note: 'automated how-to for the self-service merge tool',
    from: AWS_NOTIFY, to: M, subject: 'AWS サポート: おすすめの解決方法', date: d('2026-04-01 09:02:44'), enc: 'sjis8',
    text: `小林様

新しい季節、新しいスタートですね！

自動で作成されたご案内です。
アカウントの統合は、AWS Certification アカウントの「Merge Accounts」機能でご自身で行えます。
手順: サインイン → プロフィール → アカウントの統合 → 統合したいアカウントのメールアドレスを入力。
うまくいかなかった場合は、このページ下部からサポートへご連絡ください。`,
  }),
  mk({
    slug: 'ai-summer-html', kind: 'ai_answer', lang: 'ja', note: 'HTML AI suggestion with summer chat',
    from: AWS_NOTIFY, to: A, subject: '🌻 アカウント統合のヒント(AI による回答)', date: d('2026-07-30 14:15:09'), enc: 'utf8b64', wholeSubject: true,
    text: `木村 葵 様\n\n毎日暑いですね！かき氷がおいしい季節です🍧\n\nAIアシスタントがお答えします: 両方のアカウントにログインできる場合は、認定ポータルの統合ツールが一番の近道です。どちらを残すか決めてから実行してください。\n\n解決しない場合は「ケースを作成」へお進みください。`,
    html: htmlDoc(`<p>木村 葵 様</p><p>毎日暑いですね！かき氷がおいしい季節です🍧</p><p><b>AIアシスタントがお答えします:</b> 両方のアカウントにログインできる場合は、認定ポータルの統合ツールが一番の近道です。どちらを残すか決めてから実行してください。</p><p><a href="https://support.aws.amazon.com/#/contacts/aws-training">ケースを作成</a></p>`),
  }),
  mk({
    slug: 'ai-oshogatsu', kind: 'ai_answer', lang: 'ja', note: 'generated new-year answer pointing at the self-service tool',
    from: AWS_NOTIFY, to: K, subject: '自動応答: 認定アカウントをひとつにまとめたい', date: d('2027-01-04 10:30:00'), enc: 'jisb64',
    text: `あけましておめでとうございます。本年もよろしくお願いいたします。

この回答は AI によって自動作成されました。
認定アカウントをひとつにまとめるには、AWS Certification のプロフィール画面にある統合ツールをご利用ください。候補者 ID とメールアドレスを入力するだけで、数分で手続きできます。
ツールでエラーになる場合のみ、サポートケースの作成をお願いします。

お正月休み明け、無理せずいきましょう！`,
  }),
  mk({
    slug: 'ai-exam-congrats', kind: 'ai_answer', lang: 'ja', note: 'AI answer that opens with exam congratulations',
    from: AWS_NOTIFY, to: M, subject: 'Amazon Q からの回答', date: d('2026-10-12 18:05:51'), enc: 'utf88bit',
    text: `小林さん、こんにちは！

先日の試験合格、おめでとうございます🎊 がんばりましたね。

こちらは AI が生成した回答です。二つのアカウントのうち一方に認定履歴がない場合、認定ポータルの「アカウントの統合」からすぐに統合できます。両方に履歴がある場合はサポートケースでのご依頼になります。

この回答で解決しましたか? 👍 / 👎`,
  }),
  mk({
    slug: 'ai-koyo-short', kind: 'ai_answer', lang: 'ja', note: 'short automated answer, autumn greeting',
    from: AWS_NOTIFY, to: A, subject: 'おすすめの記事: AWS 認定アカウントの統合', date: d('2026-11-02 08:48:17'), enc: 'sjisb64',
    text: `秋も深まってまいりました。
自動のご案内です。ご質問の内容には次の記事がお役に立つかもしれません:
「AWS Certification アカウントを統合する方法」(セルフサービス)
記事で解決しない場合は、このまま「ケースを作成」を押してサポート担当にお問い合わせください。`,
  }),

  // ---------------- info_request (8)
  mk({
    slug: 'info-sakura-ids', kind: 'info_request', lang: 'ja', caseId: CASE.aoi, note: 'agent asks for both candidate IDs and login addresses',
    to: A, subject: formSubject(CASE.aoi), date: d('2026-03-28 11:32:09'), enc: 'jis7',
    text: `木村 葵 様

こんにちは、AWS トレーニングと認定の松本です。
東京では桜が満開になりましたね。私も昨日、近所の川沿いでお花見をしてきました。

さて、アカウントの統合を進めるにあたり、次の情報をお送りいただけますでしょうか。
・両方のアカウントの AWS 候補者 ID
・それぞれのログインに使っているメールアドレス
・どちらのアカウントを残したいか

お手数ですが、このメールにそのままご返信ください。
素敵な週末をお過ごしください！

松本
AWS トレーニングと認定 カスタマーサポート
${sfRef('0Aoi2Q')}

${quote(AOI_REQ)}`,
  }),
  mk({
    slug: 'info-tsuyu-keep', kind: 'info_request', lang: 'ja', caseId: CASE.kenta, note: 'asks which account to keep, wrapped in rainy-season talk',
    to: K, subject: formSubjectJa(CASE.kenta), date: d('2026-06-18 10:05:33'), enc: 'sjis8',
    text: `中村様

お世話になっております。サポートの高橋です。
梅雨の晴れ間、久しぶりにお洗濯ができて嬉しい朝でした(笑)

ご依頼ありがとうございます。統合後に残すのは、個人のアドレス(${KENTA.keep})のアカウントでお間違いないでしょうか。あわせて会社側アカウントの候補者 ID も教えていただけると助かります。

それでは、お返事お待ちしております。
高橋

${outlookJa(`${KENTA.ja} <${KENTA.keep}>`, '2026年6月17日 8:40', 'aws-cs-trainingcertification-form@amazon.com', '認定アカウントの統合', KENTA_REQ)}`,
  }),
  mk({
    slug: 'info-confirm-word-trap', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, trap: true, note: 'worded with confirm (ご確認のうえお知らせください) but asks for the address: info_request',
    to: M, subject: formSubject(CASE.misaki), date: d('2026-04-03 15:22:48'), enc: 'utf8qp',
    text: `小林 美咲 様

ご就職おめでとうございます！🎉 新生活、わくわくしますね。

統合の件、担当の森が承りました。
恐れ入りますが、大学時代のアカウントにサインインするときのメールアドレスを、ご確認のうえお知らせください。手元の記録では ${MISAKI.src} と ${MISAKI.keep} の2件が見つかっていますが、念のため。

引き続きよろしくお願いいたします。
森
AWS Training and Certification

${sfOriginal(M, '4/2/2026 10:40 AM', 'aws-cs-trainingcertification-form@amazon.com', 'account-assistance', MISAKI_REQ)}`,
  }),
  mk({
    slug: 'info-ps-cert-list', kind: 'info_request', lang: 'ja', caseId: CASE.aoiDup, note: 'long warm greeting, the request is in the P.S.',
    to: A, subject: formSubject(CASE.aoiDup), date: d('2026-11-10 09:18:26'), enc: 'jisb64',
    text: `木村様

こんにちは。先日は京都へ紅葉を見に行ってきました。
嵐山は人でいっぱいでしたが、朝早く出かけたおかげで静かな竹林を歩けました。
木村様も、どこか秋らしいお出かけはされましたか。

お問い合わせいただいた件、引き続きこちらで拝見しております。

追伸: 統合元のアカウントで取得された認定資格の名前と取得日を、わかる範囲で書いてお送りいただけますか。照合に使わせていただきます。

AWS トレーニングと認定 サポート 小川`,
  }),
  mk({
    slug: 'info-write-from-keep-ids', kind: 'info_request', lang: 'ja', caseId: CASE.kenta, note: 'write from the kept address AND send the IDs: info_request',
    to: `<${KENTA.src}>`, cc: `<${KENTA.keep}>`, subject: formSubject(CASE.kenta), date: d('2026-06-20 13:47:00'), enc: 'utf8b64',
    text: `中村 健太 様

こんにちは！週末は雨予報ですが、いかがお過ごしの予定ですか☔

本人確認のため、残したいアカウント(${KENTA.keep})のメールアドレスから、このケースにご返信をお願いします。その際、両方の候補者 ID も本文に書き添えてください。

どうぞよろしくお願いします😊
AWS T&C サポート 井上`,
  }),
  mk({
    slug: 'info-forged-below', kind: 'info_request', lang: 'ja', trusted: false, auth: 'forgedBelow', caseId: CASE.misaki, note: 'asks for IDs; the pass verdict sits below the server Received line: untrusted',
    to: M, subject: formSubject(CASE.misaki), date: d('2026-04-05 20:11:39'), enc: 'sjisb64',
    text: `小林様

春らしい陽気になりましたね。
統合のお手続きのため、両アカウントの候補者 ID と生年月日をこのメールにご返信ください。

サポート担当`,
  }),
  mk({
    slug: 'info-gw-html', kind: 'info_request', lang: 'ja', caseId: CASE.misaki2, note: 'HTML reply: golden-week chat, asks for the source account address',
    to: M, subject: formSubject(CASE.misaki2), date: d('2026-09-02 17:26:14'), enc: 'utf8qp',
    text: `小林 美咲 様\n\n9月に入っても暑いですね🍉\n\nお手数ですが、統合元(まとめられる側)のアカウントのメールアドレスと候補者 ID を教えていただけますか? 今回のお問い合わせには片方のアカウントの情報しか記載がなかったため、もう一方を特定できずにおります。\n\nAWS トレーニングと認定 渡辺`,
    html: htmlDoc(`<div>小林 美咲 様</div><div><br></div><div>9月に入っても暑いですね🍉</div><div><br></div><div>お手数ですが、統合元(まとめられる側)のアカウントのメールアドレスと候補者 ID を教えていただけますか? 今回のお問い合わせには片方のアカウントの情報しか記載がなかったため、もう一方を特定できずにおります。</div><div><br></div><div>AWS トレーニングと認定 渡辺</div>`),
  }),
  mk({
    slug: 'info-lookalike-domain', kind: 'info_request', lang: 'ja', trusted: false, caseId: CASE.aoi, note: 'asks for data from amazon.com.example-mail.net: look-alike, untrusted',
    from: 'AWS トレーニングと認定 <cs@amazon.com.example-mail.net>', to: A, subject: formSubject(CASE.aoi), date: d('2026-03-29 03:40:00'), enc: 'jis7',
    text: `木村 葵 様

お花見シーズンですね。
アカウント統合の最終確認として、両アカウントのパスワードを以下のフォームに入力してください。
https://amazon.com.example-mail.net/verify

サポートチーム`,
  }),

  // ---------------- confirmation_request (8)
  mk({
    slug: 'conf-sakura-irreversible', kind: 'confirmation_request', lang: 'ja', caseId: CASE.aoi, note: 'asks the customer to agree to the irreversible merge',
    to: A, subject: formSubject(CASE.aoi), date: d('2026-03-30 10:12:55'), enc: 'jis7',
    text: `木村 葵 様

こんにちは、松本です。ご返信ありがとうございました！
今朝は桜吹雪がとてもきれいで、通勤がちょっと楽しかったです。

いただいた内容で確認ができました。
統合元: ${AOI.srcId} (${AOI.src})
統合先: ${AOI.keepId} (${AOI.keep})

なお、統合は一度行うと元に戻すことができません。この内容で進めてよろしければ、「同意します」とご返信いただけますか。ご返信をいただき次第、手続きに入ります。

松本`,
  }),
  mk({
    slug: 'conf-ps-tsuyu', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenta, note: 'rainy-season chat; the P.S. asks for consent to the merge',
    to: K, subject: formSubjectJa(CASE.kenta), date: d('2026-06-22 09:55:12'), enc: 'sjis8',
    text: `中村様

高橋です。情報をお送りいただき、ありがとうございました。
週末は紫陽花を見に鎌倉まで行ってきました。雨の紫陽花もなかなか風情がありますね。
中村様もぜひ一度。

P.S. 会社側アカウントを個人側へ統合する準備が整いました。取り消しができない操作のため、このまま進めてよいか、ひと言お返事をください。`,
  }),
  mk({
    slug: 'conf-emoji-html', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, note: 'HTML mail asking to reply with consent to merge',
    to: M, subject: formSubject(CASE.misaki), date: d('2026-04-07 14:03:37'), enc: 'utf8b64',
    html: htmlDoc(`<p>小林 美咲 様</p>
<p>森です😊 新しい職場にはもう慣れましたか?</p>
<p>お知らせいただいた2つのアカウントを確認できました。<b>${MISAKI.src}</b> のアカウントを <b>${MISAKI.keep}</b> に統合してよろしいでしょうか。</p>
<p>⚠️ 統合後は元に戻せません。問題なければ、このメールに「はい、統合してください」とご返信ください。</p>
<p>それでは、お返事をお待ちしています🌷</p>`),
  }),
  mk({
    slug: 'conf-koyo-consent', kind: 'confirmation_request', lang: 'ja', caseId: CASE.aoiDup, note: 'asks for consent, with identifiers between the words',
    to: A, subject: formSubject(CASE.aoiDup), date: d('2026-11-12 16:44:08'), enc: 'jisb64',
    text: `木村様

小川です。紅葉の写真、ありがとうございました(添付はシステムの都合で拝見できなかったのですが、お気持ちだけ！)。

候補者 ID ${AOI.srcId} の記録を、${AOI.keepId} のほうへ移す形で統合いたします。この操作は取り消しができません。
差し支えなければ、本件に同意される旨をご返信いただけますでしょうか。

寒くなってきましたので、ご自愛ください。`,
  }),
  mk({
    slug: 'conf-forged-display', kind: 'confirmation_request', lang: 'ja', trusted: false, caseId: CASE.kenta, note: 'asks for consent, but from a free-mail address with a support display name: untrusted',
    from: 'AWS トレーニングと認定 <aws.cert.support.desk@gmail.com>', to: K, subject: formSubject(CASE.kenta), date: d('2026-06-23 01:22:10'), enc: 'utf8qp',
    text: `中村 健太 様

雨続きですね☔ 統合の準備ができました。元に戻せない操作ですので、同意いただける場合はこちらにご返信ください。

サポート`,
  }),
  mk({
    slug: 'conf-summer-typo', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki2, note: 'summer-festival chat, asks to reply agreeing to the merge (with a typo)',
    to: M, subject: formSubject(CASE.misaki2), date: d('2026-09-04 11:11:11'), enc: 'utf88bit',
    text: `小林様

渡辺です！昨日は地元の夏祭りの最終日で、久しぶりに浴衣を着ました👘

ご連絡ありがとうごさいます。両方のアカウントが見つかりました。
${MISAKI.src} → ${MISAKI.keep} の方向で統合して問題ないか、ご返信で教えてください。統合したあとで分け直すことはできないので、念のための確認です。

よろしくお願いいたします！`,
  }),
  mk({
    slug: 'conf-gmail-quoted', kind: 'confirmation_request', lang: 'ja', caseId: CASE.aoi, note: 'top-posted consent request over a Gmail-quoted customer mail',
    to: A, subject: formSubject(CASE.aoi), date: d('2026-04-01 09:40:21'), enc: 'sjisb64',
    text: `木村様

エイプリルフールですが、これは本当のご連絡です(笑)
ご指定の2アカウントを統合する準備ができております。一度統合すると取り消せませんので、進めてよいかご返信でお知らせください。

松本

${gmailJa('2026年3月29日(日) 22:05 木村 葵 <aoi.kimura@example.jp>', '木村 葵', `候補者IDをお送りします。\n${AOI.keepId} / ${AOI.srcId}\nよろしくお願いします。`)}`,
  }),
  mk({
    slug: 'conf-mixed-en-boiler', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenta, note: 'Japanese consent request with English Salesforce boilerplate',
    to: K, subject: formSubject(CASE.kenta), date: d('2026-06-24 18:30:47'), enc: 'jis7',
    text: `中村様

こんばんは。今日は夏至ですね、夕方になってもまだ明るくて得した気分です。

統合のご依頼について、最後にひとつだけ。会社側アカウント(${KENTA.srcId})の試験履歴と特典は、すべて個人側へ移り、会社側のアカウントはご利用いただけなくなります。この点をご了承いただけるか、お返事をいただけますか。

Please reply to this email to confirm that you agree to proceed with the merge.
${sfRef('Kn24Xz')}`,
  }),

  // ---------------- merge_completed (8)
  mk({
    slug: 'merged-sakura-ps', kind: 'merge_completed', lang: 'ja', caseId: CASE.aoi, note: 'spring chat; the P.S. carries the news: merge done',
    to: A, subject: formSubject(CASE.aoi), date: d('2026-04-02 15:08:30'), enc: 'jis7',
    text: `木村 葵 様

ご返信ありがとうございました、松本です。
今年の桜は長持ちしましたね。週末の雨で、そろそろ葉桜でしょうか。
新年度、お仕事もお忙しいかと思いますが、どうぞご無理なく。

追伸: お待たせしました、${AOI.src} のアカウントは ${AOI.keep} のアカウントへ統合済みです。サインインして、認定資格と特典が表示されているかご覧ください。`,
  }),
  mk({
    slug: 'merged-tsuyu-done', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenta, note: 'says the accounts have been merged, check all looks right',
    to: K, subject: formSubjectJa(CASE.kenta), date: d('2026-06-26 12:00:59'), enc: 'sjis8',
    text: `中村様

高橋です。梅雨明けが待ち遠しいですね。

ご同意ありがとうございました。本日、アカウントの統合作業が完了いたしました。
個人のアカウント(${KENTA.keepId})にサインインして、資格情報や割引特典に過不足がないかご確認いただけますと幸いです。

何かあれば、このままご返信ください。`,
  }),
  mk({
    slug: 'merged-html-party', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, note: 'HTML: the two accounts are now one',
    to: M, subject: formSubject(CASE.misaki), date: d('2026-04-09 10:21:44'), enc: 'utf8qp',
    text: `小林 美咲 様\n\n🎉 お待たせしました！ 2つのアカウントがひとつになりました。\n大学時代に取った資格も、今は ${MISAKI.keep} のアカウントに表示されているはずです。\n\n新天地でのご活躍をお祈りしています🌸\n森`,
    html: htmlDoc(`<p>小林 美咲 様</p><p style="font-size:18px">🎉 お待たせしました！ 2つのアカウントがひとつになりました。</p><p>大学時代に取った資格も、今は ${MISAKI.keep} のアカウントに表示されているはずです。</p><p>新天地でのご活躍をお祈りしています🌸<br>森</p>`),
  }),
  mk({
    slug: 'merged-and-closing', kind: 'merge_completed', lang: 'ja', caseId: CASE.aoiDup, trap: true, note: 'merge done and the case will be closed: the new fact is the merge',
    to: A, subject: formSubject(CASE.aoiDup), date: d('2026-11-14 11:49:02'), enc: 'jisb64',
    text: `木村様

小川です。今朝は初霜が降りたそうで、いよいよ冬の足音が聞こえてきました。

お待たせいたしました。${AOI.srcId} の記録を ${AOI.keepId} へ移し、統合を完了いたしました。
本ケースはこれでクローズとさせていただきますが、何かございましたらいつでもご返信ください。

温かくしてお過ごしください。`,
  }),
  mk({
    slug: 'merged-portal-notice', kind: 'merge_completed', lang: 'ja', from: CERT_PORTAL, note: 'certification portal notice that the accounts were merged (no case ID)',
    to: M, subject: 'AWS 認定: アカウントが統合されました', date: d('2026-04-09 10:25:13'), enc: 'utf8b64',
    text: `小林 美咲 様

いつも AWS 認定をご利用いただき、ありがとうございます✨

お客様の AWS Certification アカウントが統合されました。これまでの試験履歴・認定資格・特典は、${MISAKI.keep} でサインインしてご覧いただけます。

これからも学びの旅を応援しています！
AWS Certification`,
  }),
  mk({
    slug: 'merged-failforged', kind: 'merge_completed', lang: 'ja', trusted: false, auth: 'failThenForged', caseId: CASE.kenta, note: 'says merged, but top verdict is fail with a planted pass below: untrusted',
    to: K, subject: formSubject(CASE.kenta), date: d('2026-06-27 04:03:12'), enc: 'sjisb64',
    text: `中村様

統合が完了しました。特典の受け取りは下記リンクからサインインしてください。
http://aws-cert-benefit.example-login.net/

サポート`,
  }),
  mk({
    slug: 'merged-koyo-gmail', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki2, note: 'autumn chat, the merge is done, Gmail-quoted consent below',
    to: M, subject: formSubject(CASE.misaki2), date: d('2026-09-08 09:31:26'), enc: 'utf88bit',
    text: `小林様

渡辺です。朝晩は少し涼しくなって、秋の気配を感じますね🍁

ご同意いただいた内容どおり、アカウントの統合を行いました。統合元の記録はすべて ${MISAKI.keep} に移っています。
サインインのうえ、資格の一覧をのぞいてみてください。

それでは、実りの秋を！

${gmailJa('2026年9月5日(土) 8:02 小林 美咲 <misaki.k@example.net>', '小林 美咲', 'はい、その方向で統合をお願いします。')}`,
  }),
  mk({
    slug: 'merged-resent-boss', kind: 'merge_completed', lang: 'ja', forUser: false, caseId: CASE.aoi, note: 'merge done, but redirected (Resent-*) to a colleague: not for the user',
    to: A, subject: formSubject(CASE.aoi), date: d('2026-04-02 15:08:30'), enc: 'jis7',
    resent: { from: `<${AOI.src}>`, to: '田中 部長 <tanaka@oldcorp.example.co.jp>', date: d('2026-04-02 15:30:00') },
    text: `木村 葵 様

お待たせいたしました。アカウントの統合が完了しました。旧アカウントの認定資格は、すべて ${AOI.keep} のアカウントに移っております。

AWS トレーニングと認定 松本`,
  }),

  // ---------------- badges_transferred (7)
  mk({
    slug: 'badge-credly-ja', kind: 'badges_transferred', lang: 'ja', from: CREDLY_AWS_JA, note: 'AWS badge issued via Credly to the kept account',
    to: A, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-04-03 06:12:48', '+0000'), enc: 'utf8qp', wholeSubject: true,
    text: `木村 葵 さん、おめでとうございます！🎉

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect – Associate」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/3f1c

SNS でシェアして、みんなに知らせましょう！
Credly チーム`,
  }),
  mk({
    slug: 'badge-support-ps', kind: 'badges_transferred', lang: 'ja', caseId: CASE.kenta, note: 'support says the Credly badges were moved (in the P.S.)',
    to: K, subject: formSubjectJa(CASE.kenta), date: d('2026-07-02 10:40:04'), enc: 'sjis8',
    text: `中村様

高橋です。梅雨が明けて、一気に夏空になりましたね！
先週末は花火大会があったそうですが、中村様はご覧になりましたか。

P.S. ご相談いただいていた Credly のバッジですが、個人アカウント(${KENTA.keep})のほうへ移しました。Credly にサインインして、バッジが並んでいるかご覧ください。`,
  }),
  mk({
    slug: 'badge-moved-closing', kind: 'badges_transferred', lang: 'ja', caseId: CASE.misaki, note: 'badges moved and the case closes: badges_transferred',
    to: M, subject: formSubject(CASE.misaki), date: d('2026-04-14 13:15:37'), enc: 'utf8b64',
    text: `小林 美咲 様

森です🌱 新緑がまぶしい季節になりました。

お問い合わせのデジタルバッジは、すべて ${MISAKI.keep} 側の Credly アカウントに移行いたしました。
これで本件は完了となりますので、ケースはクローズいたします。

またいつでもお気軽にどうぞ！`,
  }),
  mk({
    slug: 'badge-credly-lookalike', kind: 'badges_transferred', lang: 'ja', trusted: false, note: 'AWS badge mail from credIy.com (capital I): untrusted look-alike',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: M, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-04-14 02:00:00', '+0000'), enc: 'jis7', wholeSubject: true,
    text: `小林 美咲 さん

おめでとうございます！AWS Certified Cloud Practitioner のバッジが発行されました。
バッジを入手する: https://credIy.com/accept

Credly`,
  }),
  mk({
    slug: 'badge-koyo-html', kind: 'badges_transferred', lang: 'ja', caseId: CASE.aoiDup, note: 'HTML support reply: badges now on the kept account',
    to: A, subject: formSubject(CASE.aoiDup), date: d('2026-11-18 15:02:39'), enc: 'utf8qp',
    html: htmlDoc(`<p>木村様</p><p>小川です。銀杏並木が黄金色に色づいて、散歩が楽しい季節ですね🍂</p><p>統合後に残っていた Credly のバッジ 3 件を、${AOI.keep} のアカウントへ付け替えました。Credly のプロフィールから、すべて表示されていることをご確認いただけます。</p><p>引き続き、実りある学びを！</p>`),
  }),
  mk({
    slug: 'badge-credly-sjis', kind: 'badges_transferred', lang: 'ja', from: CREDLY_AWS, note: 'AWS badge via Credly, Shift_JIS, for the kept account',
    to: K, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-07-01 22:41:05', '+0000'), enc: 'sjisb64', wholeSubject: true,
    text: `中村 健太 さん

すばらしい！Amazon Web Services Training and Certification が「AWS Certified Developer - Associate」のバッジをあなたに発行しました。

バッジを入手する
https://www.credly.com/badges/7d2e/accept

このメールは Credly から送信されています。`,
  }),
  mk({
    slug: 'badge-outlook-quoted', kind: 'badges_transferred', lang: 'ja', caseId: CASE.misaki2, note: 'support: badges transferred, over an Outlook-quoted customer question',
    to: M, subject: formSubject(CASE.misaki2), date: d('2026-09-12 09:09:09'), enc: 'jisb64',
    text: `小林様

渡辺です。お月見の季節ですね。昨夜は雲ひとつない満月でした。

ご指摘いただいたバッジの件、Credly 側での移し替えが済みました。いまは ${MISAKI.keep} に紐づいています。

${outlookJa(`${MISAKI.ja} <${MISAKI.keep}>`, '2026年9月10日 21:14', 'aws-cs-trainingcertification-form@amazon.com', `RE: [CASE ${CASE.misaki2}]`, '統合ありがとうございました。Credly のバッジが古いアドレスのままのようです。')}`,
  }),

  // ---------------- case_closed (7)
  mk({
    slug: 'closed-autoclose-tsuyu', kind: 'case_closed', lang: 'ja', caseId: CASE.kenta, note: 'will auto-close in N days without a reply',
    from: AWS_NOTIFY, to: K, subject: `[ケース ${CASE.kenta}] ご返信をお待ちしております`, date: d('2026-06-21 08:00:00'), enc: 'sjis8',
    text: `中村 健太 様

雨音を聞きながらの読書もいいものですね。

ケース ${CASE.kenta} について、サポートからのご質問にまだご返信をいただいておりません。
このまま3日間ご返信がない場合、ケースは自動的にクローズされます。引き続きサポートが必要な場合は、このメールにご返信ください。`,
  }),
  mk({
    slug: 'closed-restate-trap', kind: 'case_closed', lang: 'ja', caseId: CASE.aoi, trap: true, note: 'closing that only restates the earlier merge',
    to: A, subject: formSubject(CASE.aoi), date: d('2026-04-10 17:27:50'), enc: 'jis7',
    text: `木村 葵 様

松本です。あたたかい日が続いていますね。

先週お知らせしたとおりアカウントの統合は済んでおりますので、本ケースはクローズいたします。
新しい職場でのご活躍を心よりお祈りしております！`,
  }),
  mk({
    slug: 'closed-resolved-html', kind: 'case_closed', lang: 'ja', from: AWS_NOTIFY, caseId: CASE.misaki, note: 'HTML notification: the case was resolved',
    to: M, subject: `ケース ${CASE.misaki} は解決済みになりました`, date: d('2026-04-15 09:00:12'), enc: 'utf8qp',
    html: htmlDoc(`<p>小林 美咲 様</p><p>ゴールデンウィークももうすぐですね🎏 ご予定は決まりましたか?</p><p>お問い合わせ <b>${CASE.misaki}</b> は「解決済み」としてクローズされました。ご利用ありがとうございました。</p><p>同じ件でお困りの場合は、このケースを再度開くことができます。</p>`),
  }),
  mk({
    slug: 'closed-lookalike-server', kind: 'case_closed', lang: 'ja', trusted: false, auth: 'lookalikeServer', caseId: CASE.aoiDup, note: 'closing notice, but the A-R comes from a look-alike authserv-id: untrusted',
    to: A, subject: formSubject(CASE.aoiDup), date: d('2026-11-25 10:10:10'), enc: 'jisb64',
    text: `木村様

小川です。すっかり冬めいてまいりましたね。
ご返信がしばらくなかったため、このケースはクローズさせていただきました。

サポート`,
  }),
  mk({
    slug: 'closed-nenmatsu-remind', kind: 'case_closed', lang: 'ja', from: AWS_NOTIFY, caseId: CASE.kenta2, note: 'year-end reminder: will close in 7 days without a reply',
    to: K, subject: `リマインダー: ケース ${CASE.kenta2}`, date: d('2026-12-24 12:00:00'), enc: 'utf8b64',
    text: `中村 健太 様

メリークリスマス🎄 今年も一年お疲れさまでした。

ケース ${CASE.kenta2} はお客様からのご返信待ちとなっています。7日以内にご返信がない場合、自動的にクローズされます。
年末年始で見落としがちですので、お手すきのときにご確認ください。`,
  }),
  mk({
    slug: 'closed-dup-cases-trap', kind: 'case_closed', lang: 'ja', caseId: CASE.aoiDup, trap: true, note: 'duplicate cases merged and this one closed: not the account merge',
    to: A, subject: formSubject(CASE.aoiDup), date: d('2026-11-11 09:45:00'), enc: 'sjisb64',
    text: `木村様

おはようございます。冷え込みが増してまいりましたね。

同じご依頼で2件のケース(${CASE.aoi} と ${CASE.aoiDup})が作成されていたため、ケースを1件に統合し、こちらのケースはクローズいたしました。
引き続きのやり取りは ${CASE.aoi} で行わせていただきます。`,
  }),
  mk({
    slug: 'closed-summer-thanks', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki2, note: 'friendly close after the customer said all is fine',
    to: M, subject: formSubject(CASE.misaki2), date: d('2026-09-15 16:16:16'), enc: 'utf88bit',
    text: `小林様

渡辺です！ご確認ありがとうございました。すべて問題ないとのことで、ほっとしました😊

それでは、本件はこれにて解決としてクローズさせていただきます。
秋の夜長、次の資格の勉強もがんばってくださいね📚`,
  }),

  // ---------------- support_reply (8)
  mk({
    slug: 'sr-marathon-trap', kind: 'support_reply', lang: 'ja', caseId: CASE.kenta, trap: true, note: 'marathon 完了 small talk; merge still in progress: status update',
    to: K, subject: formSubjectJa(CASE.kenta), date: d('2026-06-25 11:02:33'), enc: 'sjis8',
    text: `中村様

高橋です。私事ですが、週末に初めてのフルマラソンを無事完走しました！足はまだ筋肉痛です(笑)

ご同意のご連絡、ありがとうございました。内容を担当チームに引き継ぎましたので、作業が済みしだいあらためてご連絡します。`,
  }),
  mk({
    slug: 'sr-office-closing-trap', kind: 'support_reply', lang: 'ja', caseId: CASE.aoi, trap: true, note: 'closing the office for the holidays; merge not done yet',
    to: A, subject: formSubject(CASE.aoi), date: d('2026-12-25 18:00:00'), enc: 'jis7',
    text: `木村 葵 様

今年もあと少しですね。年末の大掃除は進んでいますか?

私どものチームは12月29日から1月3日まで年末年始休業とさせていただきます。
アカウントの統合はまだ完了しておらず、休業明けに作業を再開いたします。ご不便をおかけしますが、よろしくお願いいたします。

良いお年を！`,
  }),
  mk({
    slug: 'sr-once-merged-trap', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true, note: 'conditional 統合が完了しましたら: status, not the event',
    to: M, subject: formSubject(CASE.misaki), date: d('2026-04-08 12:12:12'), enc: 'utf8qp',
    text: `小林 美咲 様

ご返信ありがとうございます😊 新しいお仕事の研修期間、お疲れさまです。

いただいたご同意は担当部署へ引き継ぎました。統合が完了しましたら、このケースでお知らせいたします。もうしばらくお待ちください。`,
  }),
  mk({
    slug: 'sr-family-merge-trap', kind: 'support_reply', lang: 'ja', caseId: CASE.aoiDup, trap: true, note: 'family holiday "merged" small talk; escalation status only',
    to: A, subject: formSubject(CASE.aoiDup), date: d('2026-11-20 10:40:00'), enc: 'jisb64',
    text: `木村様

小川です。今年のお正月は、うちの実家と妻の実家をひとつにまとめて、合同で過ごす計画を立てています。にぎやかになりそうです。

さて、ご相談のバッジの件は Credly 担当チームへエスカレーションいたしました。回答が届きしだい共有いたします。`,
  }),
  mk({
    slug: 'sr-write-from-keep', kind: 'support_reply', lang: 'ja', caseId: CASE.kenta, note: 'asks to write from the kept address, no data requested',
    to: `<${KENTA.src}>`, subject: formSubject(CASE.kenta), date: d('2026-06-19 09:00:00'), enc: 'utf8b64',
    text: `中村 健太 様

おはようございます☀️ 久しぶりの晴れ間ですね！

恐れ入りますが、今後のやり取りは残したいほうのアカウントのメールアドレスからお願いできますか。そちらから届いたメールで手続きを進めさせていただきます。`,
  }),
  mk({
    slug: 'sr-unable-trap', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki2, trap: true, note: 'we cannot merge yet (exam booked): negated event',
    to: M, subject: formSubject(CASE.misaki2), date: d('2026-09-03 15:30:00'), enc: 'sjisb64',
    text: `小林様

渡辺です。台風が近づいているようなので、お気をつけください。

確認したところ、統合元のアカウントに試験の予約が残っているため、現時点では統合することができません。試験が終わったあとで、あらためてご相談ください。`,
  }),
  mk({
    slug: 'sr-misaligned', kind: 'support_reply', lang: 'ja', trusted: false, auth: 'misaligned', caseId: CASE.aoi, note: 'status reply signed by an unrelated domain, dmarc=fail: untrusted',
    to: A, subject: formSubject(CASE.aoi), date: d('2026-03-31 13:13:13'), enc: 'utf88bit',
    text: `木村 葵 様

いつもありがとうございます。春らしい一日ですね🌸
ご依頼は現在確認中です。もう少しだけお待ちください。

サポート`,
  }),
  mk({
    slug: 'sr-badge-at-summit-trap', kind: 'support_reply', lang: 'ja', caseId: CASE.kenta, trap: true, note: 'conference badge small talk; answers a question about vouchers',
    to: K, subject: formSubjectJa(CASE.kenta), date: d('2026-06-29 17:45:00'), enc: 'jis7',
    text: `中村様

高橋です。先週の AWS Summit では、会場で名札のバッジを受け取る列がすごく長かったですね！私も並びました。

ご質問の割引特典ですが、有効期限は統合前と変わりません。統合の作業自体は現在チームが進めておりますので、もう少々お待ちください。`,
  }),

  // ---------------- unrelated (13)
  mk({
    slug: 'un-own-forward', kind: 'unrelated', lang: 'ja', trusted: false, trap: true, caseId: CASE.aoi, note: "the user's own forward of the merge-completed mail to her other address",
    from: A, auth: 'none', to: `<${AOI.src}>`, subject: `Fwd: ${formSubject(CASE.aoi)}`, date: d('2026-04-02 16:01:00'), enc: 'utf8qp',
    text: `メモ用に転送。統合終わったみたい！

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: 2026年4月2日(木) 15:08
Subject: ${formSubject(CASE.aoi)}
To: 木村 葵 <${AOI.keep}>

追伸: お待たせしました、${AOI.src} のアカウントは ${AOI.keep} のアカウントへ統合済みです。`,
  }),
  mk({
    slug: 'un-own-consent', kind: 'unrelated', lang: 'ja', trusted: false, trap: true, caseId: CASE.kenta, note: "the user's own consent reply (sent copy)",
    from: K, auth: 'none', to: 'aws-cs-trainingcertification-form@amazon.com', cc: `<${KENTA.keep}>`, subject: formSubject(CASE.kenta), date: d('2026-06-22 22:10:00'), enc: 'sjis8',
    text: `高橋様

ご連絡ありがとうございます。内容を確認しました。この内容で統合をお願いいたします。
鎌倉の紫陽花、今度行ってみます！

中村`,
  }),
  mk({
    slug: 'un-colleague-ooo', kind: 'unrelated', lang: 'ja', trusted: false, trap: true, note: "colleague's out-of-office reply mentioning the closed office",
    from: '佐々木 誠 <sasaki@corp.example.co.jp>', auth: 'none', to: K, subject: '自動応答: 夏季休暇のお知らせ', date: d('2026-08-12 09:00:00'), enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `お世話になっております。佐々木です。
8月11日から8月16日まで夏季休暇のため、オフィスはクローズしております。
いただいたメールは休暇明けに確認のうえ、ご返信いたします。
お急ぎの方は総務部までご連絡ください。`,
  }),
  mk({
    slug: 'un-summit-badge', kind: 'unrelated', lang: 'ja', trap: true, from: 'AWS Events <aws-events@amazon.com>', note: 'event mail: pick up your badge at the venue',
    to: A, subject: 'AWS Summit Japan へようこそ！バッジのお受け取りについて', date: d('2026-06-10 12:00:00'), enc: 'utf8b64', wholeSubject: true,
    text: `木村 葵 様

いよいよ来週は AWS Summit Japan！🎉 皆さまにお会いできるのを楽しみにしています。

ご来場の際は、受付で入場バッジをお受け取りください。事前登録の確認は完了していますので、QR コードをご提示いただくだけで OK です。

会場でお待ちしています！
AWS Summit Japan 事務局`,
  }),
  mk({
    slug: 'un-exam-result', kind: 'unrelated', lang: 'ja', trap: true, from: CERT_PORTAL, note: 'exam result: congratulations, certification completed; not a merge case',
    to: M, subject: '合格おめでとうございます！AWS 認定の結果', date: d('2026-10-09 19:20:00'), enc: 'utf8qp', wholeSubject: true,
    text: `小林 美咲 様

おめでとうございます！🎊 AWS Certified Solutions Architect – Professional に合格されました。

認定の取得手続きはすべて完了しています。デジタルバッジは数日以内に Credly からお届けします。
次の目標に向けて、これからも応援しています！`,
  }),
  mk({
    slug: 'un-survey', kind: 'unrelated', lang: 'ja', trap: true, from: AWS_NOTIFY, caseId: CASE.aoi, note: 'survey on the closed case',
    to: A, subject: 'サポートの対応はいかがでしたか?', date: d('2026-04-11 10:00:00'), enc: 'jisb64',
    text: `木村 葵 様

先日はケース ${CASE.aoi} でサポートをご利用いただき、ありがとうございました。
問題は解決しましたか? 1分で終わるアンケートにご協力ください。

https://survey.aws.example/s/xk21

季節の変わり目、どうぞご自愛ください。`,
  }),
  mk({
    slug: 'un-ms-badge', kind: 'unrelated', lang: 'ja', trap: true, from: 'Microsoft via Credly <admin@credly.com>', note: 'badge from another issuer (Microsoft) via Credly',
    to: K, subject: 'Microsoftのバッジ発行のお知らせ', date: d('2026-05-20 03:00:00', '+0000'), enc: 'utf8b64', wholeSubject: true,
    text: `中村 健太 さん、おめでとうございます！

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/aa91

Credly`,
  }),
  mk({
    slug: 'un-skillbuilder-done', kind: 'unrelated', lang: 'ja', trap: true, from: SKILL, note: 'Skill Builder course completed mail, cheerful',
    to: M, subject: 'コース修了おめでとうございます！', date: d('2026-08-02 20:00:00'), enc: 'utf8qp', wholeSubject: true,
    html: htmlDoc(`<h2>🎓 修了おめでとう！</h2><p>小林 美咲 さん</p><p>「AWS Cloud Practitioner Essentials」のすべてのモジュールを完了しました。すばらしい！</p><p>修了証はマイページからダウンロードできます。夏休みの自由研究、大成功ですね🌻</p>`),
  }),
  mk({
    slug: 'un-event-connpass', kind: 'unrelated', lang: 'ja', trap: true, from: 'AWS コミュニティイベント <aws-community-jp@amazon.com>', note: 'community event mail: registration completed, name badge at the door',
    to: K, subject: '【参加登録完了】JAWS-UG 東京 忘年会 LT 大会', date: d('2026-12-01 12:30:00'), enc: 'utf8b64', wholeSubject: true,
    text: `中村 健太 さん

JAWS-UG 東京 忘年会 LT 大会への参加登録が完了しました！🍻
当日は受付で名札バッジをお配りします。

テーマは「今年いちばんマージしたかったもの」。ご参加お待ちしています！`,
  }),
  mk({
    slug: 'un-other-case-refund', kind: 'unrelated', lang: 'ja', trap: true, caseId: CASE.other, note: "reply on the user's other case about an exam refund",
    to: K, subject: `RE:[CASE ${CASE.other}] [AWS Training and Certification Form Submission] - exam-refund`, date: d('2026-12-03 11:00:00'), enc: 'jis7',
    text: `中村様

師走に入り、何かと慌ただしい毎日ですね。

試験料の返金についてのお問い合わせありがとうございます。返金の手続きは完了しており、5〜7営業日でカードに反映されます。
本件はこれでクローズとなります。`,
  }),
  mk({
    slug: 'un-credly-merge-code', kind: 'unrelated', lang: 'ja', trap: true, from: 'Credly <no-reply@credly.com>', note: "Credly's own account-merge code mail",
    to: A, subject: 'Credly: アカウント統合の確認コード', date: d('2026-11-17 01:00:00', '+0000'), enc: 'utf8qp', wholeSubject: true,
    text: `こんにちは！

Credly のアカウント統合をリクエストいただきました。次の確認コードを入力して、統合を完了してください。

確認コード: 481 902

心当たりがない場合は、このメールを無視してください。
Credly チーム`,
  }),
  mk({
    slug: 'un-team-list', kind: 'unrelated', lang: 'ja', forUser: false, trap: true, from: 'AWS Japan Marketing <aws-jp-marketing@amazon.com>', note: 'marketing to a team list, not the user; new-year campaign',
    to: 'cloud-team@corp.example.co.jp', subject: '新春キャンペーン: 認定試験 受験料 50% オフ！', date: d('2027-01-05 09:00:00'), enc: 'sjisb64', wholeSubject: true,
    text: `新年あけましておめでとうございます。

今年こそ AWS 認定を！新春キャンペーンとして、対象の試験の受験料が50%オフになるクーポンを配布中です。
お申し込みの受付は1月31日で終了します。

本年も AWS をよろしくお願いいたします。`,
  }),
  mk({
    slug: 'un-oldcompany-ooo', kind: 'unrelated', lang: 'ja', trusted: false, trap: true, from: 'oldcorp 自動応答 <postmaster@oldcorp.example.co.jp>', note: "old company's auto-reply: address no longer in use",
    auth: 'none', to: A, subject: '自動応答: このアドレスは使用されていません', date: d('2026-03-28 11:40:00'), enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied'],
    text: `このメールアドレス(${AOI.src})は退職に伴い使用を終了しました。
アカウントの手続き等の確認が必要な場合は、総務部までご連絡ください。
このメールは自動送信です。`,
  }),
];
