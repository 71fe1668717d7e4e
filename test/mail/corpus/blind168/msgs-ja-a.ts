// fk, Japanese part A: receipts, AI answers, information requests, confirmation requests.
import type { Msg } from './lib.js';
import { C, DAISUKE, KENJI, MISAKI, NOREPLY, SHO, SUP_BARE, SUP_EN, SUP_JA, YUI, YUKI, gmailJa, jst, mk, outlookJa, paras, quote, sfSep, subj, subjNew } from './common.js';

const KENJI_ASK = `AWS認定のアカウントが2つあるため、1つにまとめていただきたいです。
残したい方: ${KENJI.keep} (${KENJI.keepId})
まとめたい方: ${KENJI.src} (${KENJI.srcId})
前職の会社アドレスで受験した SAA と、個人アドレスで受験した DVA が別々になっています。
渡辺 健二 / 所属: なし(個人)`;

const YUI_ASK = `転職のため、認定アカウントを個人のメールアドレス側へ寄せたいです。
旧: ${YUI.src}
新: ${YUI.keep}
どうぞよろしくお願いします。`;

const SHO_ASK = `お世話になります。中村と申します。
AWS認定アカウントの統合をお願いできますでしょうか。
会社で作ったアカウント(${SHO.src})に CLF と SAA、個人のアカウントに SOA があります。
個人の方に寄せたいです。`;

export const JA_A: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ja-ack-kenji', kind: 'acknowledgement', lang: 'ja', caseId: C.kenji, enc: 'jis7',
    note: 'automatic receipt of the new merge case in Japanese, case ID in subject and body',
    from: NOREPLY, to: `${KENJI.ja} <${KENJI.keep}>`, date: jst('2026-11-16 21:04:37'),
    subject: `[CASE ${C.kenji}] AWS トレーニングと認定へのお問い合わせを受け付けました`,
    text: `${KENJI.ja} 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせは次のケース ID で登録されました: ${C.kenji}

担当者が内容を確認し、通常 24 時間以内にこのアドレス宛てにご連絡します。
同じ内容で別のケースを作成されると、重複の確認に時間がかかり、ご回答が遅れる原因となりますのでご注意ください。
追加の情報がある場合は、このメールにそのまま返信してください。ケースに記録されます。

---- お問い合わせ内容 ----
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
詳細: アカウントの統合
${KENJI_ASK}

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-yui', kind: 'acknowledgement', lang: 'ja', caseId: C.yui, enc: 'sjis8',
    note: 'receipt on the form thread: registered under a case number, reply within a day',
    from: SUP_JA, to: YUI.keep, date: jst('2026-11-20 08:15:02'),
    subject: subjNew(C.yui),
    text: `ご連絡ありがとうございます。

本件はケース番号 ${C.yui} にて承りました。
内容を拝見のうえ、1 営業日を目安に担当よりご返信いたします。しばらくお待ちください。

※ ご返信の際は件名の [CASE ${C.yui}] を変更しないでください。

Thank you for contacting AWS Training and Certification. We have received your request and will respond within 24 hours.

----
${YUI_ASK}`,
  }),
  mk({
    slug: 'ja-ack-misaki', kind: 'acknowledgement', lang: 'ja', caseId: C.misaki, enc: 'utf8b64',
    note: 'bilingual HTML receipt, Japanese first, case ID in subject and body',
    from: NOREPLY, to: `${MISAKI.ja} <${MISAKI.keep}>`, date: jst('2026-11-24 13:47:55'),
    subject: `ケース ${C.misaki} を受け付けました / We have received your case`,
    text: `伊藤 美咲 様

お問い合わせを受け付けました。
ケース ID: ${C.misaki}
件名: 認定アカウントの統合について

担当者から順次ご連絡いたします。ご返信まで今しばらくお待ちください。

Dear Misaki Ito,
We have received your case ${C.misaki}. A member of the AWS Training and Certification team will get back to you soon.`,
    html: `<html><body style="font-family:sans-serif">
<p>伊藤 美咲 様</p>
<p>お問い合わせを受け付けました。</p>
<table><tr><td>ケース ID:</td><td><b>${C.misaki}</b></td></tr><tr><td>件名:</td><td>認定アカウントの統合について</td></tr></table>
<p>担当者から順次ご連絡いたします。ご返信まで今しばらくお待ちください。</p>
<hr>
<p>Dear Misaki Ito,<br>We have received your case ${C.misaki}. A member of the AWS Training and Certification team will get back to you soon.</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-ack-sho', kind: 'acknowledgement', lang: 'ja', caseId: C.sho, enc: 'jisb64',
    note: 'receipt whose subject has no case ID; the ID sits in the body only',
    from: NOREPLY, to: SHO.keep, date: jst('2026-11-27 19:30:11'),
    subject: 'お問い合わせを受け付けました',
    text: `お問い合わせありがとうございます。
以下の内容でサポートケースを作成しました。

ケース ID : ${C.sho}
カテゴリ : AWS トレーニングと認定 > 認定 > アカウントの統合
連絡先 : ${SHO.keep}

回答はこのメールアドレスにお送りします。通常、1 日以内にご連絡できる見込みです。
すでにケースをお持ちの場合、同じご依頼で新たなケースを起票しないようお願いいたします。

このメッセージは自動送信されています。`,
  }),
  mk({
    slug: 'ja-ack-yuki-trap', kind: 'acknowledgement', lang: 'ja', caseId: C.yuki, enc: 'utf8qp', trap: true,
    note: 'receipt that says support may later ask for a merge confirmation: still just the receipt',
    from: SUP_JA, to: `${YUKI.ja} <${YUKI.keep}>`, date: jst('2026-12-01 10:02:48'),
    subject: subjNew(C.yuki),
    text: `高橋 由紀 様

AWS トレーニングと認定 カスタマーサービスです。お問い合わせを受け付けました(ケース ${C.yuki})。

アカウント統合のご依頼は、担当者が両アカウントの状況を確認したうえで、必要に応じて追加情報のご提供や、統合実施についての最終確認をお願いすることがございます。その際は本ケースのメールでご連絡しますので、返信にてご対応ください。

現在、担当者の割り当てを行っております。ご回答までしばらくお待ちください。`,
  }),
  mk({
    slug: 'ja-ack-daisuke-gmail', kind: 'acknowledgement', lang: 'ja', caseId: C.daisuke, enc: 'jis7', trusted: false,
    note: 'copy of the receipt sent from a free-mail address under the support display name: untrusted',
    from: 'AWS トレーニングと認定 <awstc.support.desk@gmail.com>', to: DAISUKE.keep, date: jst('2026-12-02 07:41:19'),
    subject: subjNew(C.daisuke),
    text: `松本 大輔 様

お問い合わせいただきありがとうございます。ケース番号 ${C.daisuke} で受け付けました。
ご本人確認のため、下記ページにて AWS Builder ID でサインインしてください。
https://aws-training-case.example.net/verify?c=${C.daisuke}

確認が取れ次第、担当者より 24 時間以内にご連絡いたします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-ack-kenji-dup', kind: 'acknowledgement', lang: 'ja', caseId: C.kenjiDup, enc: 'jis7',
    note: 'receipt for a second case the user opened for the same request (an ordinary receipt)',
    from: NOREPLY, to: KENJI.keep, date: jst('2026-11-17 23:55:06'),
    subject: `[CASE ${C.kenjiDup}] AWS トレーニングと認定へのお問い合わせを受け付けました`,
    text: `${KENJI.ja} 様

お問い合わせありがとうございます。ケース ID ${C.kenjiDup} として受け付けました。
担当チームより、原則 24 時間以内にご連絡を差し上げます。

ご依頼内容:
先日も問い合わせたのですが返事がないので再送します。認定アカウント 2 つの統合をお願いします。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-daisuke', kind: 'acknowledgement', lang: 'ja', caseId: C.daisuke, enc: 'sjisb64',
    note: 'the real automatic receipt of the merge case',
    from: SUP_JA, to: `${DAISUKE.ja} <${DAISUKE.keep}>`, date: jst('2026-12-01 22:18:40'),
    subject: subjNew(C.daisuke),
    text: `${DAISUKE.ja} 様

このたびは AWS トレーニングと認定サポートにご連絡いただき、ありがとうございます。
ご依頼はケース ${C.daisuke} として記録されました。順番に対応しておりますので、担当者からのご連絡をお待ちください(目安: 24 時間以内)。

お送りいただいた内容:
> 認定アカウントを 1 つにしたいです。会社のアドレス(${DAISUKE.src})のものを、個人の ${DAISUKE.keep} に移してください。

AWS Training and Certification Customer Service`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ja-ai-kenji', kind: 'ai_answer', lang: 'ja', enc: 'jis7',
    note: 'generated answer pointing to the self-service Merge Accounts tool, no case yet',
    from: NOREPLY, to: KENJI.keep, date: jst('2026-11-16 20:58:12'),
    subject: 'AWS サポート: お問い合わせに対する回答の候補',
    text: `お問い合わせ内容をもとに、以下の回答を自動で作成しました。

重複した AWS 認定アカウントは、認定アカウントにサインインし、[プロフィール] から [アカウントの統合] (Merge Accounts) を選ぶとご自身で統合できる場合があります。統合したいもう一方のアカウントのログイン情報を入力し、画面の指示に従ってください。
両方のアカウントに認定の履歴がある場合など、ツールで統合できないときはサポートへのお問い合わせが必要です。

この回答は生成 AI によって作成されたもので、誤りを含む可能性があります。
解決しない場合は、お問い合わせフォームに戻り [ケースを作成] を選択してください。`,
  }),
  mk({
    slug: 'ja-ai-yui-trap', kind: 'ai_answer', lang: 'ja', enc: 'sjis8', trap: true,
    note: 'automated answer describing what a merge does afterwards; no merge has happened',
    from: NOREPLY, to: YUI.keep, date: jst('2026-11-20 08:06:33'),
    subject: 'AWS トレーニングと認定: 自動回答',
    text: `ご質問ありがとうございます。以下は AI が作成した回答です。

Q. 会社と個人の 2 つの認定アカウントを 1 つにできますか?
A. はい。統合が完了すると、統合元アカウントの認定、試験履歴、特典(次回受験の 50% 割引など)は統合先アカウントに表示されるようになり、統合元アカウントは使えなくなります。Credly のデジタルバッジは、統合後に統合先アカウントのメールアドレス宛てに改めて発行されるのが一般的です。
まずは認定アカウントの「Merge Accounts」ツールをお試しください。

この回答で問題が解決しなかった場合は、「ケースを作成」から担当者にお問い合わせください。`,
  }),
  mk({
    slug: 'ja-ai-misaki', kind: 'ai_answer', lang: 'ja', enc: 'utf8qp',
    note: 'AI-generated answer with the usual disclaimer and a prompt to open a case',
    from: NOREPLY, to: MISAKI.keep, date: jst('2026-11-24 13:40:09'),
    subject: 'お問い合わせ内容に関する自動応答',
    text: `伊藤様

お問い合わせありがとうございます。いただいた内容から、次の手順が役に立つ可能性があります。

1. 残したい方の AWS 認定アカウントに AWS Builder ID でサインインします。
2. 画面右上のプロフィールメニューから「アカウントのマージ」を開きます。
3. もう一方のアカウントの候補者 ID(AWS から始まる番号)などを入力します。

※ この内容は AI によって自動生成されました。正確でない場合があります。
ツールで手続きできなかった場合は、ケースを作成してサポート担当者にお知らせください。`,
  }),
  mk({
    slug: 'ja-ai-sho', kind: 'ai_answer', lang: 'ja', enc: 'jisb64',
    note: 'HTML automated answer with feedback links, suggests self-service tool',
    from: NOREPLY, to: SHO.keep, date: jst('2026-11-27 19:22:51'),
    subject: 'AWS サポートからの回答案',
    text: `中村 翔 様

お問い合わせいただいた「認定アカウントの統合」について、生成 AI が次の回答を用意しました。

AWS 認定の Merge Accounts ツールを使うと、重複したアカウントを 1 つにまとめられます。統合先にしたいアカウントでサインインしてから実行してください。
ツールで「サポートにお問い合わせください」と表示される場合は、このままケースを作成してください。

この回答は役に立ちましたか? はい / いいえ`,
    html: `<div>
<p>中村 翔 様</p>
<p>お問い合わせいただいた「認定アカウントの統合」について、生成 AI が次の回答を用意しました。</p>
<p>AWS 認定の <b>Merge Accounts</b> ツールを使うと、重複したアカウントを 1 つにまとめられます。統合先にしたいアカウントでサインインしてから実行してください。<br>
ツールで「サポートにお問い合わせください」と表示される場合は、このままケースを作成してください。</p>
<p>この回答は役に立ちましたか? <a href="https://support.aws.amazon.com/feedback?v=yes">はい</a> / <a href="https://support.aws.amazon.com/feedback?v=no">いいえ</a></p>
</div>`,
  }),
  mk({
    slug: 'ja-ai-yuki-trap', kind: 'ai_answer', lang: 'ja', enc: 'utf8b64', trap: true,
    note: 'AI answer that talks about badges moving after a merge: advice, not news',
    from: NOREPLY, to: YUKI.keep, date: jst('2026-12-01 09:55:30'),
    subject: 'AWS サポート(自動回答): 認定アカウントとバッジについて',
    text: `ご質問の内容に対する自動回答です。

認定アカウントを統合した場合、Credly のバッジは統合先アカウントに紐づくメールアドレスへ移されます。バッジが移らないときは、統合後に Credly で統合先のメールアドレスを追加し、バッジを受け取ってください。
統合そのものは、認定アカウントの Merge Accounts 機能から行えます。

AI による回答のため、内容が正確でない場合があります。解決しない場合はケースを作成してください。`,
  }),
  mk({
    slug: 'ja-ai-daisuke', kind: 'ai_answer', lang: 'ja', enc: 'jis7',
    note: 'short generated answer with yes/no rating, no case ID',
    from: NOREPLY, to: DAISUKE.keep, date: jst('2026-12-01 22:11:03'),
    subject: '自動回答: アカウントの統合',
    text: `松本様

以下の回答は、お問い合わせ文をもとに自動作成されました。

認定アカウントが 2 つある場合は、まずご自身で Merge Accounts ツールをお試しください。どちらのアカウントにも合格済みの認定があると、ツールでは統合できず、サポートでの対応になります。

問題は解決しましたか?
[はい] [いいえ、ケースを作成する]`,
  }),
  mk({
    slug: 'ja-ai-misaki-2', kind: 'ai_answer', lang: 'ja', enc: 'sjisb64',
    note: 'automated answer with English original under the Japanese text',
    from: NOREPLY, to: MISAKI.keep, date: jst('2026-11-24 13:41:27'),
    subject: 'AWS トレーニングと認定 自動回答 (AI)',
    text: `(日本語)
重複した認定アカウントは、AWS 認定アカウントの「Merge Accounts」からご自身で統合できます。統合できない旨のメッセージが表示された場合は、サポートケースを作成してください。
この回答は AI が生成したものです。

(English)
You may be able to merge duplicate AWS Certification accounts yourself with the Merge Accounts tool in your certification account. If the tool tells you to contact support, please create a case.
This answer was generated by AI.`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'ja-info-kenji', kind: 'info_request', lang: 'ja', caseId: C.kenji, enc: 'jis7',
    note: 'agent asks for both login addresses, candidate IDs and which account to keep',
    from: SUP_JA, to: KENJI.keep, date: jst('2026-11-17 15:26:44'),
    subject: subj(C.kenji),
    text: `渡辺 健二 様

いつもお世話になっております。
AWS トレーニングと認定サポートの田中でございます。

アカウント統合のご依頼をいただき、ありがとうございます。
手続きを進めるにあたり、恐れ入りますが以下の項目を両方のアカウントについてお知らせいただけますでしょうか。

・氏名(アカウントに登録されている表記)
・ログインに使用しているメールアドレス
・AWS 候補者 ID(AWS から始まる番号)
・統合後に残すアカウントはどちらか

ご返信をいただき次第、確認を進めます。
何卒よろしくお願い申し上げます。

田中 彩
AWS トレーニングと認定 カスタマーサポート

${sfSep}
${KENJI_ASK}`,
  }),
  mk({
    slug: 'ja-info-yui', kind: 'info_request', lang: 'ja', caseId: C.yui, enc: 'sjis8',
    note: 'asks her to write from the account she keeps and to send both candidate IDs',
    from: SUP_JA, to: YUI.keep, date: jst('2026-11-21 11:03:59'),
    subject: subj(C.yui),
    text: `小林様

お問い合わせありがとうございます。担当の鈴木です。

お手数ですが、統合後もご利用になるアカウント(今回は ${YUI.keep} とのことですね)に登録のアドレスから、本メールへご返信をお願いします。
その際、両アカウントの AWS 候補者 ID も併せてご記載ください。候補者 ID は認定アカウントの [プロフィール] 画面で確認できます。

どうぞよろしくお願いいたします。

鈴木 美香
AWS Training and Certification Customer Service`,
  }),
  mk({
    slug: 'ja-info-misaki', kind: 'info_request', lang: 'ja', caseId: C.misaki, enc: 'utf8qp',
    note: 'asks for the source account login and notification addresses without a plain request verb',
    from: SUP_JA, to: MISAKI.keep, date: jst('2026-11-25 16:40:22'),
    subject: subj(C.misaki),
    text: `伊藤 美咲 様

AWS トレーニングと認定の森でございます。ご連絡ありがとうございます。

頂いた情報で統合先アカウント(${MISAKI.keepId})は確認できましたが、統合元にあたるアカウントが見当たりませんでした。
統合元アカウントのログイン用メールアドレスと、認定の通知用メールアドレスが異なる場合はその両方、また分かるようでしたら候補者 ID を、このメールへの返信でお寄せいただけますと幸いです。

引き続きよろしくお願いいたします。
森 亮介`,
  }),
  mk({
    slug: 'ja-info-sho-trap', kind: 'info_request', lang: 'ja', caseId: C.sho, enc: 'jisb64', trap: true,
    note: 'worded with 「ご確認のうえお知らせください」 but asks which address to keep: information, not consent',
    from: SUP_JA, to: SHO.keep, date: jst('2026-11-28 14:12:07'),
    subject: subj(C.sho),
    text: `中村 翔 様

お世話になっております。AWS トレーニングと認定サポートの吉田です。

お調べしたところ、${SHO.ja} 様のお名前で次の 2 つのアカウントが見つかりました。
  A: ${SHO.srcId} / ${SHO.src}
  B: ${SHO.keepId} / ${SHO.keep}

統合後に残すアカウントは B でよろしいか、ご確認のうえお知らせください。
また、A のアカウントで予約中の試験がないかも併せてお知らせいただけますと助かります。

吉田 健
AWS トレーニングと認定

${sfSep}
From: ${SHO.keep}
Sent: 2026/11/27 19:30
Subject: アカウント統合

${SHO_ASK}`,
  }),
  mk({
    slug: 'ja-info-yuki', kind: 'info_request', lang: 'ja', caseId: C.yuki, enc: 'utf8b64',
    note: 'names differ between the accounts; asks for the name registered on each',
    from: SUP_JA, to: YUKI.keep, date: jst('2026-12-02 13:27:15'),
    subject: subj(C.yuki),
    text: `高橋 由紀 様

お問い合わせいただきありがとうございます。加藤と申します。

ご指定の 2 つのアカウントを拝見したところ、登録されている氏名の表記が異なっておりました(一方はローマ字、もう一方は旧姓のようです)。
同一の方のアカウントであることを確認するため、それぞれのアカウントに登録されている氏名と、最後に受験された試験名・受験日を教えていただけますか。

お手数をおかけしますが、よろしくお願いいたします。

加藤 真理子
AWS トレーニングと認定 カスタマーサービス`,
  }),
  mk({
    slug: 'ja-info-daisuke-resent', kind: 'info_request', lang: 'ja', caseId: C.daisuke, enc: 'jis7', forUser: false,
    note: 'information request that went to the old company address and was redirected (Resent-*): not delivered to the user as such',
    from: SUP_JA, to: DAISUKE.src, date: jst('2026-12-02 16:05:33'),
    resent: { from: 'postmaster@oldcorp.example.co.jp', to: DAISUKE.keep, date: jst('2026-12-02 16:05:58') },
    subject: subj(C.daisuke),
    text: `松本様

AWS トレーニングと認定サポートの井上です。

統合のご依頼を承りました。お手続きのため、統合先となる ${DAISUKE.keep} のアカウントの候補者 ID を本メールにご返信ください。
統合元(${DAISUKE.srcId})の情報はこちらで確認できております。

よろしくお願いいたします。
井上 陽子`,
  }),
  mk({
    slug: 'ja-info-kenji-2', kind: 'info_request', lang: 'ja', caseId: C.kenji, enc: 'jis7',
    note: 'second request: source candidate ID missing from the reply; Gmail-style Japanese quote below',
    from: SUP_JA, to: KENJI.keep, date: jst('2026-11-18 10:48:31'),
    subject: subj(C.kenji),
    text: `渡辺様

ご返信ありがとうございます。田中です。

いただいたメールでは統合元アカウントの候補者 ID が ${KENJI.keepId} と同じ番号になっておりました。お手数ですが、${KENJI.src} でサインインした際に [プロフィール] に表示される番号をもう一度お送りください。
番号が分からない場合は、そのアカウントで受験した試験名と受験日でも構いません。

よろしくお願いいたします。

${gmailJa('2026-11-17', '22:31', `${KENJI.ja} <${KENJI.keep}>`)}
${quote(`田中様

ご連絡ありがとうございます。以下の通りです。
氏名: 渡辺 健二(両方とも同じ)
残す方: ${KENJI.keep} / ${KENJI.keepId}
統合元: ${KENJI.src} / ${KENJI.keepId}
よろしくお願いします。`)}`,
  }),
  mk({
    slug: 'ja-info-yui-forged', kind: 'info_request', lang: 'ja', caseId: C.yui, enc: 'utf8qp', trusted: false, auth: 'lookalikeServer',
    note: 'copy of an information request whose Authentication-Results come from a look-alike server name: untrusted',
    from: SUP_JA, to: YUI.keep, date: jst('2026-11-21 12:30:10'),
    subject: subj(C.yui),
    text: `小林 結衣 様

AWS トレーニングと認定です。アカウント統合のため、以下をご返信ください。

・両アカウントのログインメールアドレス
・両アカウントのパスワード(本人確認に使用します)
・AWS 候補者 ID

24 時間以内にご返信がない場合、ご依頼は取り消されます。`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'ja-conf-kenji', kind: 'confirmation_request', lang: 'ja', caseId: C.kenji, enc: 'jis7',
    note: 'asks for consent to merge source into kept account, says it cannot be undone',
    from: SUP_JA, to: KENJI.keep, date: jst('2026-11-19 09:12:20'),
    subject: subj(C.kenji),
    text: `渡辺 健二 様

いつもお世話になっております。AWS トレーニングと認定の田中です。
統合元の候補者 ID をお知らせいただき、ありがとうございました。

以下の内容で統合を進めてよろしいでしょうか。
  統合元: ${KENJI.srcId} (${KENJI.src})
  統合先: ${KENJI.keepId} (${KENJI.keep})

統合後は統合元アカウントにサインインできなくなり、この操作は元に戻すことができません。
ご同意いただける場合は、その旨を本メールにご返信ください。

何卒よろしくお願い申し上げます。
田中 彩`,
  }),
  mk({
    slug: 'ja-conf-yui', kind: 'confirmation_request', lang: 'ja', caseId: C.yui, enc: 'sjis8',
    note: 'consent request with a fixed reply phrase and the two IDs laid out',
    from: SUP_JA, to: YUI.keep, date: jst('2026-11-22 10:27:45'),
    subject: subj(C.yui),
    text: `小林様

鈴木です。候補者 ID のご連絡ありがとうございました。両アカウントを確認いたしました。

【統合元】${YUI.srcId}(${YUI.src})
　　↓
【統合先】${YUI.keepId}(${YUI.keep})

統合を実施すると、統合元の認定・試験履歴・特典はすべて統合先へ移り、元に戻すことはできません。
内容にお間違いがなければ「上記の内容で統合に同意します」とご返信ください。ご返信を確認後、作業に入ります。

鈴木 美香`,
  }),
  mk({
    slug: 'ja-conf-misaki', kind: 'confirmation_request', lang: 'ja', caseId: C.misaki, enc: 'utf8qp',
    note: 'Japanese agent with the English consent template pasted below; new text is Japanese',
    from: SUP_JA, to: MISAKI.keep, date: jst('2026-11-26 17:55:03'),
    subject: subj(C.misaki),
    text: `伊藤様

森です。統合元アカウント(${MISAKI.srcId})が確認できました。ありがとうございます。
統合は取り消しができないため、念のため下記の英文に対して同意のご返信をお願いしております。日本語でのご返信で問題ございません。

Please confirm that you would like us to merge AWS Certification account ${MISAKI.srcId} into ${MISAKI.keepId}. Please note that this action is permanent and cannot be reversed.

よろしくお願いいたします。
森 亮介`,
  }),
  mk({
    slug: 'ja-conf-sho', kind: 'confirmation_request', lang: 'ja', caseId: C.sho, enc: 'jisb64',
    note: 'consent request on top of a long Outlook-style Japanese thread',
    from: SUP_JA, to: SHO.keep, date: jst('2026-11-29 11:31:16'),
    subject: subj(C.sho),
    text: `中村様

ご回答ありがとうございました。吉田です。
予約中の試験がないことも確認できました。

それでは、${SHO.srcId} を ${SHO.keepId} へ統合する作業の前に、最終のご確認です。
統合は一度実施すると取り消せません。このまま進めてよろしければ、「統合をお願いします」と一言ご返信いただけますでしょうか。

吉田 健

${outlookJa(`${SHO.ja} <${SHO.keep}>`, '2026年11月28日 21:04', SUP_BARE, subj(C.sho))}

吉田様

お世話になっております。中村です。
残すアカウントは B(${SHO.keep})でお願いします。
A で予約している試験はありません。

よろしくお願いいたします。

${outlookJa(SUP_BARE, '2026年11月28日 14:12', SHO.keep, subj(C.sho))}

中村 翔 様

お世話になっております。AWS トレーニングと認定サポートの吉田です。
(以下略)`,
  }),
  mk({
    slug: 'ja-conf-yuki', kind: 'confirmation_request', lang: 'ja', caseId: C.yuki, enc: 'utf8b64',
    note: 'HTML + text consent request after the name check',
    from: SUP_JA, to: YUKI.keep, date: jst('2026-12-03 15:06:42'),
    subject: subj(C.yuki),
    text: `高橋 由紀 様

加藤です。ご登録氏名と受験履歴のご連絡、ありがとうございました。同一の方のアカウントであることを確認できました。

統合元 ${YUKI.srcId}(旧姓でのご登録)を、統合先 ${YUKI.keepId} にまとめる準備が整っております。
統合後は元に戻せませんので、この内容で進めてよいか、本メールへのご返信でお知らせください。

加藤 真理子`,
    html: `<div style="font-family:Meiryo,sans-serif">
<p>高橋 由紀 様</p>
<p>加藤です。ご登録氏名と受験履歴のご連絡、ありがとうございました。同一の方のアカウントであることを確認できました。</p>
<p>統合元 <b>${YUKI.srcId}</b>(旧姓でのご登録)を、統合先 <b>${YUKI.keepId}</b> にまとめる準備が整っております。<br>
統合後は元に戻せませんので、この内容で進めてよいか、本メールへのご返信でお知らせください。</p>
<p>加藤 真理子</p>
</div>`,
  }),
  mk({
    slug: 'ja-conf-daisuke', kind: 'confirmation_request', lang: 'ja', caseId: C.daisuke, enc: 'sjisb64',
    note: 'short consent request: may we proceed, irreversible',
    from: SUP_JA, to: DAISUKE.keep, date: jst('2026-12-03 09:44:58'),
    subject: subj(C.daisuke),
    text: `松本様

井上です。候補者 ID のご連絡をありがとうございます。
${DAISUKE.srcId} → ${DAISUKE.keepId} の統合を行ってよろしいでしょうか。統合後の取り消しはできませんので、ご了承のうえご返信ください。

井上`,
  }),
  mk({
    slug: 'ja-conf-kenji-forged', kind: 'confirmation_request', lang: 'ja', caseId: C.kenji, enc: 'jis7', trusted: false, auth: 'none',
    note: 'consent request under the support address with no Authentication-Results at all: untrusted',
    from: SUP_JA, to: KENJI.keep, date: jst('2026-11-19 12:03:37'),
    subject: subj(C.kenji),
    text: `渡辺 健二 様

アカウント統合の最終確認です。
統合に同意される場合は、下記のリンクからサインインし、[同意する] を押してください。48 時間以内に手続きがない場合、ケースは取り消されます。

https://aws-certification-merge.example.org/consent?case=${C.kenji}

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-conf-daisuke-reminder', kind: 'confirmation_request', lang: 'ja', caseId: C.daisuke, enc: 'jis7',
    note: 'follow-up: still waiting for consent before merging; with a small typo',
    from: SUP_JA, to: DAISUKE.keep, date: jst('2026-12-05 10:20:13'),
    subject: subj(C.daisuke),
    text: `松本 大輔 様

AWS トレーニングと認定サポートの井上です。
12月3日にお送りしたメールについて、まだご返信を頂戴しておりませんでしたので、再度ご連絡いたしました。

${DAISUKE.srcId} のアカウントを ${DAISUKE.keepId} に統合してもよろしいでしょか。
統合は取り消しできない作業のため、ご本人様の同意をいただいてから実施しております。お手すきの際にご返信ください。

井上 陽子

${gmailJa('2026-12-03', '9:44', `AWS トレーニングと認定 <${SUP_BARE}>`)}
${quote(`松本様

井上です。候補者 ID のご連絡をありがとうございます。
${DAISUKE.srcId} → ${DAISUKE.keepId} の統合を行ってよろしいでしょうか。`)}`,
  }),
];

export const KENJI_ASK_TEXT = KENJI_ASK;
export const SHO_ASK_TEXT = SHO_ASK;
export const YUI_ASK_TEXT = YUI_ASK;
export { SUP_EN, paras };
