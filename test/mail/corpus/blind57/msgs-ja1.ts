// Set bd, Japanese part 1: receipts, AI answers, information requests, consent requests, completions.
import type { Msg } from './lib.js';
import { CASE, KEN, KEN_REQ, MIKI, MIKI_REQ, NOTIFY, PORTAL, SUPPORT_ADDR, YUI, YUI_REQ, caseSubj, gmailJa, mk, outlookJa, q, sfQuote, sfRef, to } from './common.js';

export const JA1: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ja-ack-haikei-ken',
    kind: 'acknowledgement',
    lang: 'ja',
    note: 'automatic receipt in a 拝啓/敬具 letter frame; new case ID in the subject',
    caseId: CASE.ken,
    from: NOTIFY,
    to: to(KEN),
    subject: `[CASE ${CASE.ken}] お問い合わせを承りました`,
    d: '2026-02-03 01:12:44',
    enc: 'jis7',
    text: `${KEN.ja} 様

拝啓 余寒の候、貴殿におかれましてはますますご清祥のこととお慶び申し上げます。
平素よりAWS トレーニングと認定をご愛顧賜り、厚く御礼申し上げます。

さて、このたびはお問い合わせをお寄せいただき、誠にありがとうございました。
下記のとおりケースを登録させていただきましたので、謹んでお知らせ申し上げます。

　ケース ID：${CASE.ken}
　件名：アカウントの統合
　重要度：一般的な問題

担当者より通常24時間以内にご連絡を差し上げます。今しばらくお待ちくださいますよう、伏してお願い申し上げます。
なお、本メールは送信専用アドレスより自動でお送りしております。

敬具

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-casual-miki',
    kind: 'acknowledgement',
    lang: 'ja',
    note: 'chatty automatic receipt with emoji; carries the new case ID',
    caseId: CASE.miki,
    from: NOTIFY,
    to: to(MIKI),
    subject: `お問い合わせ受け付けました！🎉 [ケース ${CASE.miki}]`,
    d: '2026-03-09 11:03:27',
    enc: 'utf8qp',
    auth: 'dkimonly',
    text: `伊藤さん、こんにちは！👋

お問い合わせ、ちゃんと届いてます！✨
ケース番号は ${CASE.miki} です。メモっておいてくださいね📝

だいたい1日以内に担当からお返事しますので、ちょっとだけ待っててください🙏
同じ内容でもう1件ケースを作っちゃうと、逆に遅くなっちゃうのでご注意を⚠️

AWS トレーニングと認定サポート より`,
  }),
  mk({
    slug: 'ja-ack-bodyonly-yui',
    kind: 'acknowledgement',
    lang: 'ja',
    note: 'receipt recognisable by its shape; case ID only in the body',
    caseId: CASE.yui,
    from: NOTIFY,
    to: to(YUI),
    subject: 'AWS サポート：お問い合わせありがとうございます',
    d: '2026-04-14 06:40:02',
    enc: 'sjis8',
    text: `小林 結衣 様

AWS トレーニングと認定へのお問い合わせ、ありがとうございます。
お客様のケース（番号 ${CASE.yui}）は現在、担当チームの確認待ちとなっております。

回答は登録のメールアドレス宛にお送りします。追加の情報がございましたら、このメールへの返信でお寄せいただけます。

Amazon Web Services サポート
※このメールにお心当たりのない場合は破棄してください。`,
  }),
  mk({
    slug: 'ja-ack-fields-ken2',
    kind: 'acknowledgement',
    lang: 'ja',
    trap: true,
    note: 'receipt that lists the fields it received (words of an information request) but asks for nothing',
    caseId: CASE.ken2,
    from: NOTIFY,
    to: to(KEN, KEN.src),
    subject: `ケース ${CASE.ken2} を作成いたしました`,
    d: '2026-02-20 23:55:10',
    enc: 'jisb64',
    shape: 'alt',
    text: `${KEN.ja} 様

謹啓 時下ますますご清栄のこととお慶び申し上げます。
お問い合わせフォームより下記の情報を確かに受領いたしました。

　氏名：高橋 健一
　会社名：（未記入）
　AWS 候補 ID：${KEN.srcId}
　お問い合わせ種別：AWS トレーニングと認定
　ケース ID：${CASE.ken2}

内容を拝見のうえ、担当者より改めてご連絡申し上げます。

謹白`,
  }),
  mk({
    slug: 'ja-ack-lookalike-miki',
    kind: 'acknowledgement',
    lang: 'ja',
    note: 'receipt-shaped mail from the look-alike domain support-aws.com: untrusted',
    caseId: CASE.miki,
    from: 'AWS サポート <no-reply@support-aws.com>',
    to: to(MIKI),
    subject: `【受付完了】ケース ${CASE.miki}`,
    d: '2026-03-09 11:20:41',
    enc: 'utf8b64',
    text: `伊藤 美紀 様

お問い合わせを受け付けました。ケース ID: ${CASE.miki}
担当者からの連絡をお待ちください。

AWS Support`,
  }),
  mk({
    slug: 'ja-ack-htmlonly-yui',
    kind: 'acknowledgement',
    lang: 'ja',
    note: 'HTML-only receipt from support.aws.com (trusted subdomain)',
    caseId: CASE.yui,
    from: 'AWS Support <no-reply@support.aws.com>',
    to: to(YUI),
    subject: `ケースが作成されました: ${CASE.yui}`,
    d: '2026-04-14 06:41:15',
    enc: 'utf8b64',
    shape: 'html',
    text: `小林様

ご連絡いただきまして誠にありがとうございます。ケース ${CASE.yui} をお受けいたしました。

サポート担当より、原則として1営業日以内にご返答させていただきます。

このメッセージは自動送信です。ご返信いただいても対応いたしかねますので、あらかじめご了承くださいませ。`,
  }),
  mk({
    slug: 'ja-ack-dontdup-ken',
    kind: 'acknowledgement',
    lang: 'ja',
    note: 'receipt in middle register with the “do not open a second case” warning',
    caseId: CASE.ken,
    from: NOTIFY,
    to: to(KEN),
    subject: `お問い合わせ番号のご案内（${CASE.ken}）`,
    d: '2026-02-03 01:12:50',
    enc: 'sjisb64',
    text: `お問い合わせいただいた内容はケース ${CASE.ken} として登録されました。
担当者から24時間以内にメールでご連絡します。

すでにケースが起票されている場合、同じご依頼で新しいケースを作成しないでください。重複したケースは回答の遅れにつながります。

--
Amazon Web Services, Inc.
410 Terry Avenue North, Seattle, WA 98109-5210`,
  }),
  mk({
    slug: 'ja-ack-forged-below-yui',
    kind: 'acknowledgement',
    lang: 'ja',
    note: 'receipt whose dmarc=pass sits below the receiving server’s Received line: untrusted',
    caseId: CASE.yui,
    from: NOTIFY,
    to: to(YUI),
    subject: `[CASE ${CASE.yui}] 受付のお知らせ`,
    d: '2026-04-14 07:02:19',
    enc: 'jis7',
    auth: 'forgedBelow',
    text: `小林 結衣 様

拝啓 陽春の候、ますますご健勝のこととお慶び申し上げます。
このたびはお問い合わせを賜り、誠にありがとうございます。ケース ${CASE.yui} として受け付けいたしました。
追って担当者よりご連絡申し上げます。

敬具`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ja-ai-formal-ken',
    kind: 'ai_answer',
    lang: 'ja',
    note: 'AI-generated first answer pointing to the self-service Merge Accounts tool, stiff register',
    caseId: null,
    from: NOTIFY,
    to: to(KEN),
    subject: 'AWS トレーニングと認定：生成AIによるご回答',
    d: '2026-02-03 01:05:31',
    enc: 'jisb64',
    text: `本回答は生成AIにより自動的に作成されたものでございます。内容に誤りが含まれる可能性がございますこと、何卒ご容赦賜りますようお願い申し上げます。

お問い合わせいただきました認定アカウントの統合につきましては、AWS 認定アカウントのプロフィール画面にございます「アカウントの統合（Merge Accounts）」機能をご利用いただくことで、お客様ご自身にてお手続きいただける場合がございます。

　1. 残したい方のアカウントでサインインいただく
　2. プロフィールより「アカウントを統合」をお選びいただく
　3. 統合元アカウントの認証情報をご入力いただく

双方のアカウントに認定の履歴がございます場合など、本機能をご利用いただけないときは、「ケースを作成」よりサポート担当者へお問い合わせくださいませ。`,
  }),
  mk({
    slug: 'ja-ai-casual-miki',
    kind: 'ai_answer',
    lang: 'ja',
    note: 'casual AI assistant suggesting the Merge Accounts tool',
    caseId: null,
    from: NOTIFY,
    to: to(MIKI),
    subject: 'AIアシスタントからのお返事だよ🤖',
    d: '2026-03-09 10:58:12',
    enc: 'utf8qp',
    text: `こんにちは！AWSのAIアシスタントです🤖✨

アカウントが2つに分かれちゃったんですね〜。
まずは認定ポータルの「Merge Accounts」ツールを試してみてください！👍
プロフィール → アカウントの統合 で、数分でできちゃうことが多いです。

もしツールに「サポートに連絡してね」って言われたら、下の「ケースを作成」ボタンから人間の担当につないでくださいね🙌

※このお返事はAIが自動で作ってます`,
  }),
  mk({
    slug: 'ja-ai-after-merge-yui',
    kind: 'ai_answer',
    lang: 'ja',
    trap: true,
    note: 'AI answer that explains what happens after a merge (badges, benefits) — still an AI answer',
    caseId: null,
    from: NOTIFY,
    to: to(YUI),
    subject: 'ご質問への自動回答',
    d: '2026-04-14 06:33:48',
    enc: 'sjis8',
    text: `自動応答（AI 生成）

ご質問：認定アカウントを1つにまとめたい

回答：
統合が完了すると、統合元アカウントの認定、試験履歴、特典（次回受験の50％割引バウチャーなど）が残す側のアカウントに表示されます。Credly のデジタルバッジは、統合後に残す側のメールアドレスで受け取り直す必要がある場合があります。

まずは AWS Certification アカウントの「Merge Accounts」ツールをお試しください。ツールで統合できない場合は、ケースを作成してサポートへご連絡ください。

この回答は役に立ちましたか？　はい ／ いいえ`,
  }),
  mk({
    slug: 'ja-ai-html-ken2',
    kind: 'ai_answer',
    lang: 'ja',
    note: 'HTML-only AI answer with the create-case prompt',
    caseId: null,
    from: 'AWS Support <no-reply@support.aws.com>',
    to: to(KEN, KEN.src),
    subject: 'Amazon Q による回答のご案内',
    d: '2026-02-20 23:49:02',
    enc: 'utf8b64',
    shape: 'html',
    text: `以下は Amazon Q が生成した回答でございます。

認定アカウントが重複しております場合、残すアカウントにサインインのうえ、プロフィールの Merge Accounts をご利用いただけます。

両アカウントに取得済みの認定がある場合は自動統合の対象外となりますため、恐れ入りますがサポートケースをご作成くださいませ。

［ケースを作成］　［問題は解決しました］`,
  }),
  mk({
    slug: 'ja-ai-button-ken',
    kind: 'ai_answer',
    lang: 'ja',
    note: 'AI answer in middle register, plain 7bit JIS',
    caseId: null,
    from: NOTIFY,
    to: to(KEN),
    subject: '生成AIの回答をお届けします',
    d: '2026-02-03 01:04:10',
    enc: 'jis7',
    text: `お問い合わせの内容をもとに、AIが回答案を作成しました。

・重複した認定アカウントは、認定ポータルのプロフィールから「アカウントを統合」で一本化できます。
・どちらのアカウントにも認定がある場合、ツールは使えません。その際はサポートへケースを作成してください。
・統合は取り消せないため、残すアカウントを事前に決めておくことをおすすめします。

解決しない場合は「続行」→「ケースを作成」へお進みください。`,
  }),
  mk({
    slug: 'ja-ai-dmarcfail-miki',
    kind: 'ai_answer',
    lang: 'ja',
    note: 'AI-answer look-alike that fails DMARC at the receiving server: untrusted',
    caseId: null,
    from: NOTIFY,
    to: to(MIKI),
    subject: 'AI による自動回答',
    d: '2026-03-09 10:59:40',
    enc: 'sjisb64',
    auth: 'fail',
    text: `AI による自動回答です。

アカウント統合をご希望の場合は、認定アカウントの Merge Accounts ツールをご利用ください。
ツールがご利用いただけない場合は、サポートへのお問い合わせをお願いします。`,
  }),
  mk({
    slug: 'ja-ai-mixed-yui',
    kind: 'ai_answer',
    lang: 'ja',
    note: 'English boilerplate with a casual Japanese AI answer; the new text is Japanese',
    caseId: null,
    from: NOTIFY,
    to: to(YUI),
    subject: 'Your AI-generated answer / AIの回答',
    d: '2026-04-14 06:30:05',
    enc: 'utf8qp',
    shape: 'alt',
    text: `This answer was generated by AI. / この回答はAIが作りました。

結衣さん、大学のアカウントと個人のアカウントを1つにしたいってことですね！
それなら「Merge Accounts」ツールがいちばん早いです🚀 残したい方でログイン → Profile → Merge Accounts へ。
ツールでダメだったら、遠慮なく「Create case」からサポートに聞いてみてください😊

Was this helpful? 👍 👎`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'ja-info-keigo-ken',
    kind: 'info_request',
    lang: 'ja',
    note: 'stacked humble keigo asking for both candidate IDs and the address to keep; Salesforce quote below',
    caseId: CASE.ken,
    to: to(KEN),
    subject: caseSubj(CASE.ken),
    d: '2026-02-04 02:31:18',
    enc: 'jis7',
    text: `${KEN.ja} 様

拝啓 立春の候、貴殿におかれましてはますますご清祥のこととお慶び申し上げます。
平素は AWS トレーニングと認定を格別にお引き立ていただき、厚く御礼申し上げます。
AWS トレーニングと認定カスタマーサービスの佐々木でございます。

さて、アカウント統合の件につき、お手続きを進めさせていただくにあたり、誠に恐れ入りますが、下記の事項をご教示賜りたく、お願い申し上げる次第でございます。

　一、統合元・統合先それぞれの AWS 候補 ID
　二、各アカウントにご登録のメールアドレス
　三、お手元に残されたいアカウントがいずれであるか

ご多用中誠に恐縮ではございますが、何卒ご高配を賜りますようお願い申し上げます。

敬具

${sfRef('0Ken4ax')}

${sfQuote('2026-02-03 01:10', KEN.keep, SUPPORT_ADDR, '[AWS Training and Certification Form Submission] - account-assistance', KEN_REQ)}`,
  }),
  mk({
    slug: 'ja-info-casual-miki',
    kind: 'info_request',
    lang: 'ja',
    note: 'friendly agent asking for the two candidate IDs',
    caseId: CASE.miki,
    to: to(MIKI),
    subject: caseSubj(CASE.miki),
    d: '2026-03-10 04:12:33',
    enc: 'utf8qp',
    text: `伊藤さん、こんにちは！サポートの中村です😊

お問い合わせありがとうございます〜！
マージ進めるのに、両方のアカウントの候補ID（AWSから始まるやつです）を教えてもらえますか？🙏
認定ポータルにログインすると右上あたりに出てます👀

わかったらこのメールにそのまま返信してもらえればOKです！

中村
AWS トレーニングと認定

${q(gmailJa('2026-03-09 20:02', MIKI.ja, MIKI.keep))}
${q(MIKI_REQ)}`,
  }),
  mk({
    slug: 'ja-info-kakunin-yui',
    kind: 'info_request',
    lang: 'ja',
    trap: true,
    note: '「ご確認のうえお知らせください」 which account to keep: asks for information, not consent',
    caseId: CASE.yui,
    to: to(YUI),
    subject: caseSubj(CASE.yui),
    d: '2026-04-15 03:18:00',
    enc: 'sjis8',
    text: `小林 結衣 様

お世話になっております。AWS トレーニングと認定の山口です。

いただいた内容を拝見しましたところ、どちらのアカウントを残されるかの記載が見当たりませんでした。
統合後に残すメールアドレスをご確認のうえ、お知らせいただけますでしょうか。

よろしくお願いいたします。

山口
AWS Training and Certification

${sfQuote('2026-04-14 15:39', YUI.keep, SUPPORT_ADDR, 'account-assistance', YUI_REQ)}`,
  }),
  mk({
    slug: 'ja-info-fromkept-ken2',
    kind: 'info_request',
    lang: 'ja',
    note: 'asks to write from the kept address AND to give the IDs: information request',
    caseId: CASE.ken2,
    to: to(KEN, KEN.src),
    subject: caseSubj(CASE.ken2),
    d: '2026-02-22 00:44:51',
    enc: 'jisb64',
    text: `高橋 健一 様

平素より大変お世話になっております。
ご本人様確認の都合上、統合後に残されるアカウントのメールアドレスより、本ケース番号を件名に含めたうえで改めてご連絡いただけますと幸甚に存じます。

その際、以下もあわせてご記載いただけますでしょうか。
・統合元の候補 ID
・統合先の候補 ID
・ご氏名（ローマ字）

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-info-dotchi-miki',
    kind: 'info_request',
    lang: 'ja',
    note: 'very casual one-liner asking which account stays',
    caseId: CASE.miki,
    to: to(MIKI),
    subject: caseSubj(CASE.miki),
    d: '2026-03-11 08:05:19',
    enc: 'utf88bit',
    text: `伊藤さん

IDありがとうございます！👌
あと1個だけ！最終的に残すのって、個人の ${MIKI.keep} の方で合ってます？
それとも会社の方を残したい感じですか？
教えてもらえたらすぐ動きます💨

中村`,
  }),
  mk({
    slug: 'ja-info-bodyonly-yui',
    kind: 'info_request',
    lang: 'ja',
    note: 'generic subject; case ID only in the body; asks for pass dates and IDs',
    caseId: CASE.yui,
    to: to(YUI),
    subject: 'Re: お問い合わせの件',
    d: '2026-04-16 05:27:44',
    enc: 'sjisb64',
    text: `小林様

ケース番号：${CASE.yui}

ご返信いただきありがとうございます。
統合元アカウント（大学のメールアドレス）について、候補 ID と、取得された認定の名称・合格日を拝見できれば、照合を進められます。
お分かりになる範囲で構いませんので、本メールにご返信ください。

AWS トレーニングと認定サポート`,
  }),
  mk({
    slug: 'ja-info-cojp-ken',
    kind: 'info_request',
    lang: 'ja',
    note: 'information request from amazon.co.jp, which is not one of the trusted domains: untrusted',
    caseId: CASE.ken,
    from: 'Amazon カスタマーサービス <cs-reply@amazon.co.jp>',
    to: to(KEN),
    subject: `【ご本人確認】ケース ${CASE.ken} について`,
    d: '2026-02-04 09:13:40',
    tz: '+0900',
    enc: 'jis7',
    text: `高橋 健一 様

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
アカウント統合のお手続きに先立ち、ご本人様確認のため、下記の情報をご返信くださいますようお願い申し上げます。

・生年月日
・ご登録の電話番号
・統合元アカウントのパスワード

何卒よろしくお願い申し上げます。`,
  }),
  mk({
    slug: 'ja-info-implicit-ken2',
    kind: 'info_request',
    lang: 'ja',
    note: 'no request word: says the source candidate ID is missing so the work cannot proceed',
    caseId: CASE.ken2,
    to: to(KEN, KEN.src),
    subject: caseSubj(CASE.ken2),
    d: '2026-02-23 07:50:12',
    enc: 'utf8b64',
    text: `高橋様

ご連絡ありがとうございます、AWS の木村です。
頂戴した内容を拝見したところ、統合元アカウントの候補 ID が未記載で、現時点では該当アカウントを特定できない状況でございます、恐れ入りますが、統合元の ID が分かり次第こちらのケースへご返信いただければ、手続きに進めます。

木村`,
  }),
  mk({
    slug: 'ja-info-mixed-yui',
    kind: 'info_request',
    lang: 'ja',
    note: 'English template line, casual Japanese request for the second address; Gmail quote of the user',
    caseId: CASE.yui,
    to: to(YUI),
    subject: caseSubj(CASE.yui),
    d: '2026-04-17 01:09:30',
    enc: 'utf8qp',
    text: `Thank you for contacting AWS Training and Certification.

結衣さん、お返事ありがとうございます！
大学の方のアカウント、ログインに使ってたメアドってたぶん ${YUI.src} ですよね？
念のため、そっちの候補IDも送ってもらえると助かります〜🙇‍♀️

Best regards,
Yamaguchi

${q(gmailJa('2026-04-16 22:41', YUI.ja, YUI.keep))}
${q('大学の方の合格日は2024年の11月だったと思います。\n取り急ぎ、よろしくお願いします。')}`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'ja-conf-kinkei-ken',
    kind: 'confirmation_request',
    lang: 'ja',
    note: '謹啓 letter asking for consent to an irreversible merge',
    caseId: CASE.ken,
    to: to(KEN),
    subject: caseSubj(CASE.ken),
    d: '2026-02-05 03:00:41',
    enc: 'jis7',
    text: `${KEN.ja} 様

謹啓 時下ますますご清栄のこととお慶び申し上げます。
先般はご丁寧なご返信を賜り、誠にありがとうございました。

頂戴いたしました情報を拝見いたしまして、下記のとおり統合を執り行わせていただく予定でございます。

　統合元：${KEN.srcId}（${KEN.src}）
　統合先：${KEN.keepId}（${KEN.keep}）

なお、統合はひとたび実施いたしますと元の状態へ戻すことがいたしかねます。
上記内容にてご異存ございませんようでしたら、本メールへその旨ご返信賜りますよう、謹んでお願い申し上げます。

謹白

佐々木
AWS トレーニングと認定 カスタマーサービス`,
  }),
  mk({
    slug: 'ja-conf-casual-miki',
    kind: 'confirmation_request',
    lang: 'ja',
    note: 'casual agent: the merge cannot be undone, reply OK to go ahead',
    caseId: CASE.miki,
    to: to(MIKI),
    subject: caseSubj(CASE.miki),
    d: '2026-03-12 02:22:10',
    enc: 'utf8qp',
    text: `伊藤さん

ありがとうございます！これで準備バッチリです👍

会社の方（${MIKI.srcId}）を個人の方（${MIKI.keepId}）にくっつける形で進めますね。
ただ、一回マージすると元に戻せないんです🙇
この内容でOKなら「OKです」って一言だけ返信ください！返事が来たらすぐやります🏃‍♀️💨

中村`,
  }),
  mk({
    slug: 'ja-conf-list-yui',
    kind: 'confirmation_request',
    lang: 'ja',
    note: 'middle-register consent request listing the two accounts',
    caseId: CASE.yui,
    to: to(YUI),
    subject: caseSubj(CASE.yui),
    d: '2026-04-18 04:45:29',
    enc: 'sjis8',
    text: `小林 結衣 様

AWS トレーニングと認定の山口です。必要な情報がそろいました。

統合元：${YUI.srcId}（${YUI.src}）
統合先：${YUI.keepId}（${YUI.keep}）

統合後は統合元アカウントにサインインできなくなり、この操作は取り消せません。
上記で進めてよろしければ、このメールに「同意します」とご返信ください。ご返信をいただいてから作業いたします。

山口`,
  }),
  mk({
    slug: 'ja-conf-outlookquote-ken2',
    kind: 'confirmation_request',
    lang: 'ja',
    note: 'consent request with the user’s Outlook-quoted answer below',
    caseId: CASE.ken2,
    to: to(KEN, KEN.src),
    subject: caseSubj(CASE.ken2),
    d: '2026-02-24 06:16:03',
    enc: 'jisb64',
    text: `高橋様

ご回答いただき、誠にありがとうございます。
お知らせいただいた ${KEN.srcId} を ${KEN.keepId} へ統合する手配が整いました。
本統合は不可逆のお手続きとなりますので、実施に先立ち、お客様のご承諾を頂戴したく存じます。ご承諾いただける場合は、本メールへご返信くださいますようお願い申し上げます。

木村

${outlookJa('2026-02-24 09:02', `高橋 健一 <${KEN.src}>`, SUPPORT_ADDR, caseSubj(CASE.ken2))}

木村様

統合元の候補 ID は ${KEN.srcId} でございます。
よろしくお願い申し上げます。`,
  }),
  mk({
    slug: 'ja-conf-alt-miki',
    kind: 'confirmation_request',
    lang: 'ja',
    note: 'friendly consent request, multipart/alternative UTF-8 base64',
    caseId: CASE.mikiDup,
    to: to(MIKI),
    subject: caseSubj(CASE.mikiDup),
    d: '2026-03-13 00:30:55',
    enc: 'utf8b64',
    shape: 'alt',
    text: `伊藤様

お待たせしてます！こちらのケース（${CASE.mikiDup}）でも内容を見させてもらいました〜

統合は一方通行で、あとから「やっぱり分けたい」ができないんです😢
会社のアカウント → 個人のアカウント、で問題なければ、このメールに「同意」とだけ書いて送ってください✉️

よろしくお願いします！`,
  }),
  mk({
    slug: 'ja-conf-failforged-yui',
    kind: 'confirmation_request',
    lang: 'ja',
    note: 'consent request whose topmost A-R fails; a planted pass lower down: untrusted',
    caseId: CASE.yui,
    to: to(YUI),
    subject: caseSubj(CASE.yui),
    d: '2026-04-18 05:10:02',
    enc: 'sjisb64',
    auth: 'failThenForged',
    text: `小林様

統合の実施前に最終確認をお願いします。
統合は取り消しできません。同意いただける場合は、以下のリンクからログインし「同意する」を押してください。
https://aws-training-merge.example.net/consent?case=${CASE.yui}`,
  }),
  mk({
    slug: 'ja-conf-restate-ken',
    kind: 'confirmation_request',
    lang: 'ja',
    note: 'restates the facts received earlier, then asks for consent in a very humble frame',
    caseId: CASE.ken,
    to: to(KEN),
    subject: caseSubj(CASE.ken),
    d: '2026-02-06 01:44:37',
    enc: 'jis7',
    text: `高橋 健一 様

拝復 先日はご多忙のところ、ご丁寧なご返信を頂戴いたしまして、誠にありがとうございました。
先にお知らせいただきました通り、統合元 ${KEN.srcId}、統合先 ${KEN.keepId} にて承っております。

つきましては、誠に恐れ入りますが、本統合が元に戻せない旨をご了知いただいたうえで、実施についてご同意いただけるか否か、ご返信にてお聞かせいただきたく存じます。

敬具

佐々木`,
  }),
  mk({
    slug: 'ja-conf-mixed-ken2',
    kind: 'confirmation_request',
    lang: 'ja',
    note: 'English consent template with a Japanese note; the new text asks for consent',
    caseId: CASE.ken2,
    to: to(KEN, KEN.src),
    subject: caseSubj(CASE.ken2),
    d: '2026-02-24 07:01:20',
    enc: 'utf8qp',
    text: `高橋様

念のため英語の定型文も添えますが、内容は同じでございます。統合のご承諾を、ご返信にていただけますでしょうか。

Please note that merging accounts is permanent and cannot be reversed. Reply to this email to approve the merge of ${KEN.srcId} into ${KEN.keepId}.

木村`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'ja-merge-formal-ken',
    kind: 'merge_completed',
    lang: 'ja',
    note: 'formal report that the merge has been carried out',
    caseId: CASE.ken,
    to: to(KEN),
    subject: caseSubj(CASE.ken),
    d: '2026-02-07 05:21:49',
    enc: 'jis7',
    text: `${KEN.ja} 様

拝啓 向春の候、ますますご健勝のこととお慶び申し上げます。
先日はご承諾のご連絡を賜り、厚く御礼申し上げます。

さて、ご依頼いただいておりました認定アカウントの統合につきまして、本日、${KEN.srcId} の記録を ${KEN.keepId} へ移し終えましたことを、ここにご報告申し上げます。
お手数ながら、統合先アカウントにサインインいただき、認定および特典の表示をご確認くださいますようお願い申し上げます。

敬具

佐々木`,
  }),
  mk({
    slug: 'ja-merge-casual-miki',
    kind: 'merge_completed',
    lang: 'ja',
    note: 'casual “マージ終わりました！” — a check-it-looks-right request stays merge_completed',
    caseId: CASE.miki,
    to: to(MIKI),
    subject: caseSubj(CASE.miki),
    d: '2026-03-12 09:47:31',
    enc: 'utf8qp',
    text: `伊藤さん！

マージ終わりました〜🎉🎉
会社の方の認定、ぜんぶ個人の ${MIKI.keepId} に引っ越してます！
一回ログインして、認定と特典ちゃんと見えてるか確認してみてください👀

中村`,
  }),
  mk({
    slug: 'ja-merge-andclose-yui',
    kind: 'merge_completed',
    lang: 'ja',
    note: 'completion that also says the case will now be closed: the new fact is the merge',
    caseId: CASE.yui,
    to: to(YUI),
    subject: caseSubj(CASE.yui),
    d: '2026-04-20 02:11:06',
    enc: 'sjis8',
    text: `小林 結衣 様

ご同意ありがとうございました。
大学のメールアドレスのアカウント（${YUI.srcId}）を、${YUI.keepId} へ統合いたしました。
今後は ${YUI.keep} でサインインしてください。

本件はこれにて解決とし、ケースをクローズいたします。

山口`,
  }),
  mk({
    slug: 'ja-merge-jisalt-ken2',
    kind: 'merge_completed',
    lang: 'ja',
    note: 'completion in ISO-2022-JP multipart/alternative with te-form clauses',
    caseId: CASE.ken2,
    to: to(KEN, KEN.src),
    subject: caseSubj(CASE.ken2),
    d: '2026-02-25 08:30:00',
    enc: 'jisb64',
    shape: 'alt',
    text: `高橋様

ご承諾を頂戴し、${KEN.srcId} の認定履歴を ${KEN.keepId} へ統合いたしまして、先ほど作業を終えております。
試験履歴、認定、バウチャーは統合先にてご確認いただけます。

木村`,
  }),
  mk({
    slug: 'ja-merge-portal-yui',
    kind: 'merge_completed',
    lang: 'ja',
    note: 'the certification portal’s own “accounts merged” notice, no case ID',
    caseId: null,
    from: PORTAL,
    to: to(YUI),
    subject: 'アカウントの統合が完了しました',
    d: '2026-04-20 02:15:44',
    enc: 'utf8b64',
    shape: 'html',
    text: `小林 結衣 様

お客様の AWS Certification アカウントは正常に統合されました。
統合されたアカウント：${YUI.src}
現在のアカウント：${YUI.keep}

認定、試験履歴、特典は現在のアカウントにまとめて表示されます。

AWS Certification`,
  }),
  mk({
    slug: 'ja-merge-shitoki-miki',
    kind: 'merge_completed',
    lang: 'ja',
    note: 'very casual 「やっときました！」 completion on the duplicate case',
    caseId: CASE.mikiDup,
    to: to(MIKI),
    subject: caseSubj(CASE.mikiDup),
    d: '2026-03-13 06:12:18',
    enc: 'utf88bit',
    text: `伊藤さん、統合やっときました！✌️
もう会社の方でログインしなくて大丈夫です〜

中村

${q(gmailJa('2026-03-13 11:02', MIKI.ja, MIKI.keep))}
${q('同意です！よろしくお願いします。')}`,
  }),
  mk({
    slug: 'ja-merge-cn-lookalike-ken',
    kind: 'merge_completed',
    lang: 'ja',
    note: 'completion notice from aws.amazon.com.cn, not a trusted domain: untrusted',
    caseId: CASE.ken,
    from: 'AWS 認定 <certification@aws.amazon.com.cn>',
    to: to(KEN),
    subject: `【完了】アカウント統合 ケース ${CASE.ken}`,
    d: '2026-02-07 04:02:00',
    enc: 'sjisb64',
    text: `高橋様

アカウントの統合が完了しました。
以下より新しいパスワードを設定してください。
https://aws-amazon-com-cn.example.net/reset`,
  }),
  mk({
    slug: 'ja-merge-idsbetween-ken2',
    kind: 'merge_completed',
    lang: 'ja',
    note: 'identifiers between the words that carry the meaning; 統合済み. Redirected by the old company to a manager (Resent-*): not for the user',
    caseId: CASE.ken2,
    forUser: false,
    resent: { from: 'postmaster@oldfirm.example.co.jp', to: 'manager@oldfirm.example.co.jp', date: 'Wed, 25 Feb 2026 17:45:02 +0900' },
    to: to(KEN, KEN.src),
    subject: caseSubj(CASE.ken2),
    d: '2026-02-25 08:41:12',
    enc: 'jis7',
    text: `高橋様

補足でございます。
${KEN.srcId}（${KEN.src}）の認定 3 件、ならびに 2026 年 3 月末期限の 50% 割引バウチャー 1 件は、${KEN.keepId} に統合済みでございます。

木村`,
  }),
];
