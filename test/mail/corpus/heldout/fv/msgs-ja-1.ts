// fv Japanese messages, part 1: receipts, automated answers, information and consent requests.
import type { Msg } from './lib.js';
import { C, FORM, HANAKO, NOREPLY, TARO, d, html, mk, q, ref, sfBlock, subj } from './common.js';

const tTaro = `${TARO.ja} <${TARO.keep}>`;
const tHanako = `${HANAKO.ja} <${HANAKO.keep}>`;

export const JA1: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ja-ack-wrong-number',
    kind: 'acknowledgement',
    lang: 'ja',
    note: 'corrected automatic receipt: the first receipt showed a wrong case number, this one gives the right one (labelled with the corrected ID)',
    from: NOREPLY,
    to: tTaro,
    subject: `[訂正] AWS サポート: ケース ${C.taro} を受け付けました`,
    date: d('2026-10-19 10:41:07'),
    enc: 'jis7',
    caseId: C.taro,
    text: `山田 太郎 様

AWS サポートをご利用いただきありがとうございます。
本日 10:02 にお送りした受付通知には、ケース番号が「${C.taroWrong}」と記載されておりました。これは誤りです。大変失礼いたしました。

正しいケース番号: ${C.taro}
お問い合わせの種類: AWS トレーニングと認定 / アカウントの統合
作成日時: 2026-10-19 09:58 (JST)

今後このお問い合わせについてご連絡いただく際は、上記の番号をお使いください。担当者からの最初の返信は、通常 24 時間以内にお届けします。

このメールは送信専用のアドレスから配信しています。
Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-resent-old-address',
    kind: 'acknowledgement',
    lang: 'ja',
    note: 'receipt re-sent to the right contact address after the first went to the old address; still the automatic receipt of the case',
    from: NOREPLY,
    to: tHanako,
    subject: `【再送】お問い合わせを受け付けました (ケース ID ${C.hanako})`,
    date: d('2026-10-21 08:15:40'),
    enc: 'sjis8',
    caseId: C.hanako,
    text: `佐藤 花子 様

先ほどの受付メールは、お客様が以前ご登録の旧アドレス宛てに配信されていたため、ご入力いただいた連絡先に改めてお送りしております。重ねてのご連絡となり申し訳ございません。

ケース ID: ${C.hanako}
件名: AWS Training and Certification - account-assistance
ステータス: 担当者の割り当て待ち

このメールにご返信いただくと、同じケースに追記されます。同じ内容で別のケースを作成されますと回答が遅れる原因となりますので、ご注意ください。

アマゾン ウェブ サービス ジャパン
(自動送信)`,
  }),
  mk({
    slug: 'ja-ack-after-withdrawn',
    kind: 'acknowledgement',
    lang: 'ja',
    note: 'receipt of a new case, sent after the customer withdrew an earlier one; only the new case ID is given',
    from: NOREPLY,
    to: tHanako,
    subject: 'AWS サポート: 新しいケースが作成されました',
    date: d('2026-11-09 19:03:22'),
    enc: 'jisb64',
    caseId: C.hanakoNew,
    text: `お問い合わせありがとうございます。

お客様が取り下げられた前回のお問い合わせとは別に、本日のご依頼を新しいケースとして登録いたしました。前回のケースに関する通知が今後届いた場合は、行き違いですので破棄してください。

ケース番号 ${C.hanakoNew}
登録経路: お問い合わせフォーム (サインインなし)
ご指定の言語: 日本語

担当より順次ご連絡いたします。今しばらくお待ちくださいませ。

--
AWS サポートセンター`,
  }),
  mk({
    slug: 'ja-ack-mojibake-resend',
    kind: 'acknowledgement',
    lang: 'ja',
    note: 'HTML-only receipt re-sent because the first copy was garbled; says nothing else, so it is the receipt',
    from: NOREPLY,
    to: tTaro,
    subject: `ケース ${C.taro2} 受付のお知らせ(再送)`,
    date: d('2026-11-12 13:30:55'),
    enc: 'utf8qp',
    caseId: C.taro2,
    html: html(
      `山田様

一部のメールソフトで、先ほどの受付メールの本文が文字化けして表示されることが確認されました。同じ内容をあらためてお送りします。先のメールはお手数ですが削除してください。

お問い合わせ番号: ${C.taro2}
受付日: 2026年11月12日

ご返信の際は件名を変更せずにお送りください。

Amazon Web Services`,
      'ja',
    ),
  }),
  mk({
    slug: 'ja-ack-lookalike-renumber',
    kind: 'acknowledgement',
    lang: 'ja',
    note: 'forged receipt from a look-alike domain claiming the case was re-numbered; reads as a receipt, untrusted',
    from: 'AWS サポート <no-reply@aws-support-center.jp>',
    to: tHanako,
    subject: '【重要・訂正】受付番号変更のお知らせ',
    date: d('2026-10-22 02:11:09'),
    enc: 'jis7',
    trusted: false,
    caseId: C.hanako,
    text: `佐藤 花子 様

システム障害のため、先日発行した受付番号が無効となりました。お詫びして訂正いたします。
新しい受付番号: ${C.hanako}

引き続きサポートを受けるには、48時間以内に下記ページから再度サインインし、受付内容をご確認ください。
https://aws-support-center.jp/case/verify?id=${C.hanako}

AWS サポート事務局`,
  }),
  mk({
    slug: 'ja-ack-dup-case-timing',
    kind: 'acknowledgement',
    lang: 'ja',
    note: 'automatic receipt (of a second, duplicate case) that corrects the response time stated in an earlier receipt',
    from: NOREPLY,
    to: tHanako,
    subject: `[AWS Support] Case ${C.hanakoDup}: 受付完了`,
    date: d('2026-10-23 11:47:31'),
    enc: 'utf8b64',
    caseId: C.hanakoDup,
    text: `この度はお問い合わせいただき、誠にありがとうございます。

ケース ${C.hanakoDup} を受け付けました。
なお、直前に配信された受付メールで「回答まで3営業日」とご案内しておりましたが、正しくは「通常24時間以内」です。訂正してお詫び申し上げます。

※本メールは自動配信です。返信いただいても担当者には届きません。ケースへの追記はサポートセンターからお願いします。

Amazon Web Services Support`,
  }),
  mk({
    slug: 'ja-ack-mixed-boilerplate',
    kind: 'acknowledgement',
    lang: 'ja',
    note: 'receipt with English boilerplate and a Japanese note that the earlier receipt named the wrong topic; the new text is a receipt',
    from: NOREPLY,
    to: tTaro,
    subject: `Case ${C.taro} - お問い合わせ内容の表記訂正`,
    date: d('2026-10-19 12:05:48'),
    enc: 'sjisb64',
    caseId: C.taro,
    text: `Thank you for contacting AWS Support.
Case ID: ${C.taro}
Severity: General guidance

※前回の受付メールでは、お問い合わせ内容が「請求に関するご質問」と表示されていました。正しくは「AWS 認定 - アカウントの統合」です。ケースの内容そのものに変更はございません。

担当者が内容を確認次第、このケースにてご連絡します。

Amazon Web Services`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ja-ai-wrong-menu',
    kind: 'ai_answer',
    lang: 'ja',
    note: 'automated answer corrects the menu path of the self-service Merge Accounts tool',
    from: 'AWS トレーニングと認定 <no-reply-aws@amazon.com>',
    to: tTaro,
    subject: '自動回答の訂正: 認定アカウントの統合について',
    date: d('2026-10-19 09:53:12'),
    enc: 'jis7',
    caseId: null,
    text: `この回答は自動生成されたものです。

先ほどの自動回答で、統合機能の場所を「アカウント設定 > セキュリティ」とご案内しましたが、誤りでした。

正しい手順:
1. AWS 認定アカウントにサインインします
2. 画面右上のお名前から「プロフィール」を開きます
3. 「アカウントの統合」を選び、もう一方のアカウントの認証情報を入力します

両方のアカウントに認定の履歴がある場合、このツールでは統合できません。その場合は、このページ下部の「ケースを作成」からお問い合わせください。

この回答は役に立ちましたか? はい / いいえ`,
  }),
  mk({
    slug: 'ja-ai-not-yet-merged',
    kind: 'ai_answer',
    lang: 'ja',
    trap: true,
    note: 'AI answer retracts its own wording "統合が完了しました" and points to the tool; nothing was merged',
    from: 'AWS トレーニングと認定 <no-reply-aws@amazon.com>',
    to: tHanako,
    subject: 'AIアシスタントからの回答(修正版)',
    date: d('2026-10-20 22:40:03'),
    enc: 'utf8qp',
    caseId: null,
    text: `佐藤 花子 様

先ほどお届けした AI アシスタントの回答に「統合が完了しました」という一文が含まれておりましたが、これは自動生成時の誤りです。AI アシスタントがアカウントを統合することはできず、お客様のアカウントには何の変更も加えられていません。

ご参考: 片方のアカウントにしか認定履歴がない場合は、認定アカウントのプロフィール画面にある統合ツールでご自身で手続きできます。ツールで完了できない場合は、引き続きサポートケースを作成してください。

※この内容は生成 AI によるものです。`,
    html: html(
      `佐藤 花子 様

先ほどお届けした AI アシスタントの回答に「統合が完了しました」という一文が含まれておりましたが、これは自動生成時の誤りです。AI アシスタントがアカウントを統合することはできず、お客様のアカウントには何の変更も加えられていません。

ご参考: 片方のアカウントにしか認定履歴がない場合は、認定アカウントのプロフィール画面にある統合ツールでご自身で手続きできます。ツールで完了できない場合は、引き続きサポートケースを作成してください。

※この内容は生成 AI によるものです。`,
      'ja',
    ),
  }),
  mk({
    slug: 'ja-ai-chat-transcript',
    kind: 'ai_answer',
    lang: 'ja',
    note: 'chatbot transcript re-sent (first copy contained another session); the bot suggests the self-service tool',
    from: 'AWS サポートチャット <no-reply-aws@amazon.com>',
    to: tTaro,
    subject: 'チャットの記録(差し替え)',
    date: d('2026-11-02 16:20:44'),
    enc: 'sjis8',
    caseId: null,
    text: `先にお送りしたチャット記録に、別のセッションの会話が混在しておりました。正しい記録を以下にお送りしますので、前のメールは破棄してください。

[16:02] お客様: 会社と個人で認定アカウントが二つあります
[16:02] アシスタント: お調べします。二つのアカウントをまとめるには、認定アカウントのプロフィールにある「アカウントの統合」をお試しいただけます。
[16:03] お客様: 両方に合格履歴があります
[16:03] アシスタント: その場合はツールで統合できないことがあります。エラーが表示されたら、フォームからケースを作成し、両方の候補者IDを記載してください。

この記録は自動で作成されました。`,
  }),
  mk({
    slug: 'ja-ai-badges-caveat',
    kind: 'ai_answer',
    lang: 'ja',
    trap: true,
    note: 'automated answer revises what it said about badges after a merge; it explains, nothing happened',
    from: 'AWS トレーニングと認定 <no-reply-aws@amazon.com>',
    to: tHanako,
    subject: 'よくあるご質問への自動回答 - 内容の修正',
    date: d('2026-10-21 07:02:19'),
    enc: 'jisb64',
    caseId: null,
    text: `この回答は自動で作成されています。

前回の回答で「統合するとバッジは自動で移行されます」とご案内しましたが、正確ではありませんでした。統合後も Credly のバッジが旧アカウント側に残ることがあります。先にアカウントを統合し、そのあとで統合先のメールアドレスで Credly のバッジを受け取る手順をおすすめします。

統合そのものは、認定アカウントのプロフィールから「アカウントの統合」で行えます。解決しない場合はケースを作成してください。`,
  }),
  mk({
    slug: 'ja-ai-dmarc-fail',
    kind: 'ai_answer',
    lang: 'ja',
    trusted: false,
    note: 'looks like a revised automated answer from amazon.com, but dmarc=fail: untrusted',
    from: 'AWS トレーニングと認定 <no-reply-aws@amazon.com>',
    to: tTaro,
    auth: 'fail',
    subject: '自動応答(訂正版)アカウント統合ツールのご案内',
    date: d('2026-10-24 03:33:58'),
    enc: 'sjisb64',
    caseId: null,
    text: `前回の自動応答に記載したリンクが無効になっておりました。訂正版をお送りします。

下記から統合ツールにアクセスし、旧アカウントのメールアドレスとパスワードを入力すると、すぐに統合できます。
http://aws-cert-merge.example-login.net/tool

この応答は自動生成されています。`,
  }),
  mk({
    slug: 'ja-ai-resent-japanese',
    kind: 'ai_answer',
    lang: 'ja',
    note: 'AI answer re-sent in Japanese because the first was in English; suggests the Merge Accounts tool',
    from: 'AWS Training and Certification <no-reply-aws@amazon.com>',
    to: tHanako,
    subject: 'Re: 認定アカウントをまとめたい(AI 回答・日本語で再送)',
    date: d('2026-10-20 22:31:10'),
    enc: 'utf88bit',
    caseId: null,
    text: `This answer was generated by AI.
この回答は AI によって生成されました。前回の回答が英語で表示されていたため、日本語で再送いたします。

認定アカウントが 2 つある場合は、残したい方のアカウントにサインインし、プロフィールの Merge Accounts(アカウントの統合)から、もう一方のアカウントを指定してください。
どちらのアカウントにも認定資格がある場合はツールが使えないため、「ケースを作成」を押してサポートにご依頼ください。その際、両アカウントの候補者 ID (AWS から始まる番号) があると手続きがスムーズです。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'ja-info-swap-then-ask',
    kind: 'info_request',
    lang: 'ja',
    note: '「訂正:統合元と統合先が逆でした」 then asks for the source account\'s certification notification address',
    from: FORM,
    to: tTaro,
    subject: subj(C.taro, '【訂正】'),
    date: d('2026-10-20 15:12:37'),
    enc: 'jis7',
    caseId: C.taro,
    text: `山田 太郎 様

AWS トレーニングと認定サポートの田村です。
訂正: 先ほどのメールで、統合元と統合先が逆でした。申し訳ございません。

誤: 統合元 ${TARO.keepId} / 統合先 ${TARO.srcId}
正: 統合元 ${TARO.srcId} (${TARO.src}) / 統合先 ${TARO.keepId} (${TARO.keep})

作業に進む前に、統合元アカウントで「認定の通知」を受け取っていたメールアドレスを教えていただけますか。ログイン用のアドレスと異なる場合がございます。

よろしくお願いいたします。
田村
AWS トレーニングと認定 カスタマーサポート

${sfBlock(FORM, '2026/10/20 14:48', TARO.keep, subj(C.taro), `山田様\n\n以下の内容で統合を進めます。\n統合元: ${TARO.keepId}\n統合先: ${TARO.srcId}`)}

${ref('7Tq2')}`,
  }),
  mk({
    slug: 'ja-info-misdelivered',
    kind: 'info_request',
    lang: 'ja',
    trap: true,
    note: 'retracts a mail meant for another customer (which spoke of a completed merge), then asks for the source account\'s details',
    from: FORM,
    to: tHanako,
    subject: subj(C.hanako),
    date: d('2026-10-22 10:06:51'),
    enc: 'sjisb64',
    caseId: C.hanako,
    text: `佐藤様

いつもお世話になっております。AWS 認定サポートの小林でございます。
先ほどのメールは誤送信です。破棄してください。別のお客様への「統合完了」のご連絡を、誤って佐藤様にお送りしてしまいました。佐藤様のアカウントには、現時点で何の変更も加えておりません。

あらためまして、佐藤様のご依頼を進めるため、次の3点をお送りいただけますでしょうか。
・統合元アカウントの候補者 ID
・統合元アカウントのログインメールアドレス
・ご氏名のローマ字表記

お手数をおかけしますが、よろしくお願いいたします。

小林
AWS Training & Certification Customer Service`,
  }),
  mk({
    slug: 'ja-info-only-old-id',
    kind: 'info_request',
    lang: 'ja',
    note: 'corrected request: only the candidate ID of the old account is needed',
    from: FORM,
    to: tTaro,
    subject: subj(C.taro2),
    date: d('2026-11-13 09:25:14'),
    enc: 'jisb64',
    caseId: C.taro2,
    text: `山田様

AWSトレーニングと認定の木下です。
前回、両方のアカウントについて登録情報を一式お送りいただくようお願いしておりましたが、こちらの確認不足でした。必要なのは、旧アカウントの候補者 ID だけです。

お手数ですが、AWS で始まる番号をこのメールへの返信でお送りください。ログイン情報やパスワードは不要です(お送りいただかないようお願いします)。

木下`,
  }),
  mk({
    slug: 'ja-info-not-done-missing-login',
    kind: 'info_request',
    lang: 'ja',
    trap: true,
    note: 'the earlier "統合作業が完了しました" was wrong; work is blocked and the old login addresses are asked for',
    from: FORM,
    to: tHanako,
    subject: subj(C.hanako, '訂正のご連絡 '),
    date: d('2026-10-24 17:44:02'),
    enc: 'utf8qp',
    caseId: C.hanako,
    text: `佐藤 花子 様

お世話になっております。
前回のメールで「統合作業が完了しました」とお伝えしましたが、誤りでございました。大変申し訳ございません。実際には、統合元アカウントのログイン用メールアドレスが照合できず、作業が途中で止まっております。

旧アカウントでお使いだったメールアドレスを、思い当たるものすべてご確認のうえお知らせください。

西村
AWS トレーニングと認定

差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2026年10月24日 11:02
宛先: ${HANAKO.keep}
件名: ${subj(C.hanako)}

佐藤様
統合作業が完了しました。`,
    html: html(
      `佐藤 花子 様

お世話になっております。
前回のメールで「統合作業が完了しました」とお伝えしましたが、誤りでございました。大変申し訳ございません。実際には、統合元アカウントのログイン用メールアドレスが照合できず、作業が途中で止まっております。

旧アカウントでお使いだったメールアドレスを、思い当たるものすべてご確認のうえお知らせください。

西村
AWS トレーニングと認定`,
      'ja',
    ).replace('</body>', `<div id="divRplyFwdMsg"><hr><b>差出人:</b> AWS Training and Certification<br><b>送信日時:</b> 2026年10月24日 11:02<br><b>件名:</b> ${subj(C.hanako)}</div><p>佐藤様<br>統合作業が完了しました。</p>\n</body>`),
  }),
  mk({
    slug: 'ja-info-lookalike-password',
    kind: 'info_request',
    lang: 'ja',
    trusted: false,
    note: 'forged "corrected request" from a look-alike domain asking for password and birth date; untrusted',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon-certify.jp>',
    to: tTaro,
    subject: subj(C.taro, '[訂正] '),
    date: d('2026-10-21 04:58:36'),
    enc: 'jisb64',
    caseId: C.taro,
    text: `山田 太郎 様

前回のご依頼内容に不備がございました。訂正のうえ、改めてお願いいたします。
本人確認のため、旧アカウントのパスワードと生年月日を本メールに直接ご記入のうえ、ご返信ください。

期限までにご返信がない場合、統合のご依頼は取り消されます。

AWS 認定サポートデスク`,
  }),
  mk({
    slug: 'ja-info-which-to-keep',
    kind: 'info_request',
    lang: 'ja',
    note: 'takes back "please just wait" and asks which account to keep',
    from: FORM,
    to: tTaro,
    subject: subj(C.taro),
    date: d('2026-10-22 18:19:25'),
    enc: 'sjis8',
    caseId: C.taro,
    text: `山田様

先日は「このままお待ちください」とお伝えしてしまいましたが、改めて確認したところ、どちらのアカウントを残されるのかがまだ確定しておりませんでした。こちらの見落としです、失礼いたしました。

個人のアドレス (${TARO.keep}) と会社のアドレス (${TARO.src}) のどちらを統合先として残すか、ご返信でお聞かせ願えますか。

岡田 / AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-info-typo-address',
    kind: 'info_request',
    lang: 'ja',
    trap: true,
    note: '「ご確認のうえお知らせください」 after correcting a misspelt address: asks for information',
    from: FORM,
    to: tHanako,
    subject: subj(C.hanako),
    date: d('2026-10-23 14:02:47'),
    enc: 'jis7',
    caseId: C.hanako,
    text: `佐藤様

お世話になっております、AWS 認定サポートの中島です。
前回のご案内で、旧アカウントのアドレスを「hanako@oldcorp.example.co」と記載いたしましたが、末尾が欠けておりました。
当方の記録では ${HANAKO.src} となっておりますが、こちらで間違いございませんでしょうか。念のためご確認のうえお知らせください。

中島`,
  }),
  mk({
    slug: 'ja-info-company-needed',
    kind: 'info_request',
    lang: 'ja',
    note: 'case ID only in the body; reverses "company name not needed" and asks for company and romanised name',
    from: FORM,
    to: tTaro,
    subject: 'Re: AWS認定アカウントについて(訂正)',
    date: d('2026-11-14 11:36:20'),
    enc: 'utf8b64',
    caseId: C.taro2,
    text: `山田 太郎 様

ケース番号 ${C.taro2} の件でご連絡いたします。
先ほどのメールで「会社名のご記入は不要です」と申し上げましたが、旧アカウントの登録情報と照合するために、やはり会社名が必要でございました。前言を撤回いたします。

・旧アカウント登録時の会社名
・ご氏名の英字表記(登録時のもの)

以上2点、お手すきの際にご返信いただけますと幸いです。

AWS トレーニングと認定
藤井`,
  }),
  mk({
    slug: 'ja-info-recalled-then-ask',
    kind: 'info_request',
    lang: 'ja',
    note: 'the agent recalled an earlier mail and restates the request: exam names and pass dates for both accounts',
    from: FORM,
    to: tHanako,
    subject: subj(C.hanakoNew),
    date: d('2026-11-10 16:51:08'),
    enc: 'jisb64',
    caseId: C.hanakoNew,
    text: `佐藤様

担当の石井です。先ほどお送りしたメールは取り消し操作を行いましたが、すでにお手元に届いている場合は破棄してください。宛名と本文に誤りがございました。

改めてのお願いです。二つのアカウントそれぞれについて、合格された試験の名称と合格日(おおよそで構いません)を教えていただけますでしょうか。

> 2026年11月10日(火) 9:12 佐藤 花子 <${HANAKO.keep}>:
> 新しいケースで失礼します。認定アカウントの統合をお願いします。

石井 遼
AWS Training and Certification`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'ja-conf-sent-in-error',
    kind: 'confirmation_request',
    lang: 'ja',
    trap: true,
    note: '「先ほどのメールは誤送信です」: the "merged" mail is withdrawn, and the customer is asked to consent before the irreversible merge',
    from: FORM,
    to: tTaro,
    subject: subj(C.taro),
    date: d('2026-10-26 13:27:59'),
    enc: 'jis7',
    caseId: C.taro,
    text: `山田 太郎 様

先ほどのメールは誤送信です。破棄してください。
「統合が完了しました」とのご連絡を差し上げてしまいましたが、作業はまだ一切行っておりません。混乱を招き、申し訳ございません。

統合は一度実施すると元に戻せません。以下の内容で進めてよろしければ、本メールにご返信いただき、同意する旨をお知らせください。

統合元: ${TARO.srcId} / ${TARO.src}
統合先: ${TARO.keepId} / ${TARO.keep}

AWS トレーニングと認定
松本`,
  }),
  mk({
    slug: 'ja-conf-swapped',
    kind: 'confirmation_request',
    lang: 'ja',
    note: '「訂正:統合元と統合先が逆でした」 followed by a request to reply with consent',
    from: FORM,
    to: tHanako,
    subject: subj(C.hanako, '訂正:'),
    date: d('2026-10-27 10:10:10'),
    enc: 'sjis8',
    caseId: C.hanako,
    text: `佐藤様

訂正:先の確認メールで、統合元と統合先が逆でした。
正しくは次のとおりです。

 統合元(なくなるアカウント): ${HANAKO.srcId} ${HANAKO.src}
 統合先(残るアカウント)    : ${HANAKO.keepId} ${HANAKO.keep}

統合後に取り消すことはできません。上記で差し支えなければ、「同意します」とだけご返信ください。

小林 美咲`,
  }),
  mk({
    slug: 'ja-conf-cert-list-fixed',
    kind: 'confirmation_request',
    lang: 'ja',
    note: 'consent request re-issued with a corrected certification list',
    from: FORM,
    to: tTaro,
    subject: subj(C.taro),
    date: d('2026-10-27 19:48:33'),
    enc: 'jisb64',
    caseId: C.taro,
    text: `山田様

前回の確認依頼でお示しした資格一覧のうち、Solutions Architect - Associate の合格日に誤りがありました。訂正後の内容は以下のとおりです。

[統合元 ${TARO.srcId} の資格]
- AWS Certified Solutions Architect - Associate (合格日 2023-06-17)
- AWS Certified Cloud Practitioner (合格日 2022-11-05)

この内容で統合先 ${TARO.keepId} へ移してよいか、メールでご返答をお願いします。ご返答をいただいた時点で作業に入ります。なお、統合は取り消せませんのでご留意ください。

松本`,
  }),
  mk({
    slug: 'ja-conf-closed-by-mistake',
    kind: 'confirmation_request',
    lang: 'ja',
    trap: true,
    note: 'the closing notice was an operator error; the case stays open and consent to the merge is requested',
    from: FORM,
    to: tHanako,
    subject: subj(C.hanako),
    date: d('2026-10-28 09:01:44'),
    enc: 'utf8qp',
    caseId: C.hanako,
    text: `佐藤 花子 様

本日未明に「ケースをクローズしました」というメールが届いているかと存じますが、当方の操作ミスによるものです。ケースは引き続きオープンしております。

統合を実行するには佐藤様のご同意が必要です。
・${HANAKO.src} (${HANAKO.srcId}) の資格を
・${HANAKO.keep} (${HANAKO.keepId}) にまとめます
この内容で差し支えないか、ご返信にてお知らせください。実行後は元に戻せません。

西村`,
    html: html(
      `佐藤 花子 様

本日未明に「ケースをクローズしました」というメールが届いているかと存じますが、当方の操作ミスによるものです。ケースは引き続きオープンしております。

統合を実行するには佐藤様のご同意が必要です。
・${HANAKO.src} (${HANAKO.srcId}) の資格を
・${HANAKO.keep} (${HANAKO.keepId}) にまとめます
この内容で差し支えないか、ご返信にてお知らせください。実行後は元に戻せません。

西村`,
      'ja',
    ),
  }),
  mk({
    slug: 'ja-conf-fail-then-forged',
    kind: 'confirmation_request',
    lang: 'ja',
    trusted: false,
    note: 're-sent consent request ("the consent button was broken"), meaning after the correction: confirm; topmost verdict dmarc=fail, a pass planted lower: untrusted',
    from: FORM,
    to: tTaro,
    auth: 'failThenForged',
    subject: subj(C.taro, '【再送】'),
    date: d('2026-10-25 01:22:40'),
    enc: 'jis7',
    caseId: C.taro,
    text: `山田様

前回のメールの同意ボタンが正しく動作していなかったため、再送いたします。
下記フォームから同意手続きを行ってください。統合は元に戻せません。
https://consent-aws-training.example.org/merge?c=${C.taro}

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-conf-ignore-delete-advice',
    kind: 'confirmation_request',
    lang: 'ja',
    note: 'agent retracts wrong advice ("delete the old account first") and asks for consent by reply; Gmail quote below',
    from: FORM,
    to: tTaro,
    subject: subj(C.taro),
    date: d('2026-10-23 12:30:00'),
    enc: 'utf8b64',
    caseId: C.taro,
    text: `山田様

ご返信ありがとうございます。お送りいただいた二つの候補者 ID で、両アカウントを確認できました。

一点お詫びがございます。前回私から「旧アカウントを先に削除してください」とご案内しましたが、これは誤りです。削除すると資格が失われるおそれがありますので、何も操作なさらないでください。

このまま ${TARO.srcId} を ${TARO.keepId} に統合してよろしいでしょうか。よろしければ本メールにその旨をご返信ください(統合は取り消せません)。

岡田

2026年10月23日(金) 8:41 山田 太郎 <${TARO.keep}>:
> お世話になります。
> 旧: ${TARO.srcId}
> 新: ${TARO.keepId}
> 旧アカウントは先に削除しておいたほうがよいでしょうか。`,
  }),
  mk({
    slug: 'ja-conf-redelivered',
    kind: 'confirmation_request',
    lang: 'ja',
    note: 'case ID only in the body; the consent request was first sent to the old address and is re-sent',
    from: FORM,
    to: tHanako,
    subject: 'Re: 統合内容のご確認(再送・宛先訂正)',
    date: d('2026-11-11 15:15:15'),
    enc: 'sjisb64',
    caseId: C.hanakoNew,
    text: `佐藤様

ケース ${C.hanakoNew} の件です。
先日お送りした統合内容のご確認メールは、誤って旧アカウントのアドレス宛てに送信しておりました。申し訳ございません。同じ内容を改めてお送りします。

残すアカウント: ${HANAKO.keep}
まとめるアカウント: ${HANAKO.src}

この統合は元に戻すことがでません。ご了承いただける場合は、その旨ご返信をお願いいたします。

石井`,
  }),
  mk({
    slug: 'ja-conf-wrong-customer-bilingual',
    kind: 'confirmation_request',
    lang: 'ja',
    note: 'bilingual retraction of a mail meant for another customer; what it means now is a final consent request in Japanese',
    from: FORM,
    to: tTaro,
    subject: subj(C.taro2),
    date: d('2026-11-15 10:44:26'),
    enc: 'jis7',
    caseId: C.taro2,
    text: `Dear Taro Yamada,
Please ignore my previous email; it was addressed to a different customer.

山田様
前回のメールは別のお客様宛てのものでした。失礼いたしました。

山田様のご依頼について、最終のご確認です。会社のアカウント (${TARO.srcId}) の認定資格と特典を、個人のアカウント (${TARO.keepId}) へ統合いたします。統合後は会社のアカウントにはサインインできなくなり、元に戻すこともできません。
進めてよろしければ、このメールにご返信ください。

木下
AWS Training and Certification`,
  }),
];
