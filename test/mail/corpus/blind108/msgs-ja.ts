// Japanese messages of set dc.
import type { Msg } from './lib.js';
import { ASSIST, CASE, CREDLY_AWS, HANAKO, KENJI, NOREPLY, SUPPORT, SUPPORT_BARE, TARO, jc, jo, mk, paras, quote, sfOrig, subj, to } from './common.js';

const J = (s: Parameters<typeof mk>[1]): Msg => mk('ja', s);
const tH = to({ ja: HANAKO.ja, keep: HANAKO.keep });
const tK = to({ ja: KENJI.ja, keep: KENJI.keep });

export const JA: Msg[] = [
  // ---------------- acknowledgement ----------------
  J({
    slug: 'ack-taro-first', kind: 'acknowledgement', caseId: CASE.taro, day: '2026-03-02 10:14:05', from: NOREPLY,
    subject: `[CASE ${CASE.taro}] お問い合わせを受け付けました`,
    note: 'automatic receipt of the new case with its ID',
    text: `山田 太郎 様

AWS サポートへお問い合わせいただき、ありがとうございます。
お客様のご要望はケース ID ${CASE.taro} として登録されました。担当者が内容を確認し、通常24時間以内にご連絡いたします。

なお、同じご依頼について新たにケースを作成されますと、対応が遅れる原因となりますのでご遠慮ください。本ケースへの追記は、このメールにご返信いただくかサポートセンターから行えます。

このメールは送信専用アドレスから配信されています。

Amazon Web Services`,
  }),
  J({
    slug: 'ack-hanako-sjis', kind: 'acknowledgement', caseId: CASE.hanako, day: '2026-03-05 21:40:51', from: NOREPLY, to: tH, enc: 'sjis8',
    subject: `Case ${CASE.hanako} has been created / ケースが作成されました`,
    note: 'bilingual receipt, Japanese body, case ID in subject and body',
    text: `佐藤 花子 様

ご連絡ありがとうございます。ケース番号 ${CASE.hanako} でお問い合わせを承りました。
お客様の大切なご質問に一日でも早くお答えできるよう、担当チームにて順番に拝見しております。回答までしばらくお待ちくださいませ。

ケース番号: ${CASE.hanako}
種別: AWS トレーニングと認定
ステータス: 未対応

-- 
Amazon Web Services サポート
This is an automated message.`,
  }),
  J({
    slug: 'ack-kenji-fields', kind: 'acknowledgement', caseId: CASE.kenji, day: '2026-03-09 08:02:33', from: NOREPLY, to: tK, enc: 'utf8b64', trap: true,
    subject: `お問い合わせ受付のお知らせ (ケース ${CASE.kenji})`,
    note: 'receipt that echoes the submitted fields (IDs, addresses); it asks for nothing',
    text: `伊藤 健二 様

以下の内容でお問い合わせを受け付けました。内容に変更がある場合は、本ケースにご返信ください。

ケース ID: ${CASE.kenji}
お問い合わせタイプ: AWS トレーニングと認定
カテゴリ: 認定 / アカウントの統合
AWS 候補者 ID: ${KENJI.keepId}
メールアドレス: ${KENJI.keep}
詳細: 転職前の会社アドレスのアカウント(${KENJI.srcId})をこちらへまとめたい

担当者からの返信をお待ちください。

AWS サポート`,
  }),
  J({
    slug: 'ack-taro-html', kind: 'acknowledgement', caseId: CASE.taro, day: '2026-03-02 10:14:09', from: NOREPLY, enc: 'utf8qp',
    subject: `AWS サポート: ケース ${CASE.taro} の受付完了`,
    note: 'HTML-only receipt for the new case',
    html: `<html><body><div style="font-family:sans-serif">
<h2>ケースを受け付けました</h2>
<p>山田様、こんにちは。</p>
<p>お問い合わせ(ケース ID: <b>${CASE.taro}</b>)を確かに受領いたしました。専任のチームがお客様のご依頼を拝見し、できるだけ早くご返信いたします。</p>
<p>同じ内容で別のケースを作成すると確認に時間がかかるため、追加の情報は本ケースへお寄せください。</p>
<p style="color:#888">Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109</p>
</div></body></html>`,
  }),
  J({
    slug: 'ack-forged-lookalike', kind: 'acknowledgement', caseId: CASE.taro, day: '2026-03-02 11:30:00', trusted: false, auth: 'pass',
    from: 'AWS サポート <no-reply-aws@amazon-support.co>', enc: 'jisb64',
    subject: `[CASE ${CASE.taro}] ケースを受け付けました`,
    note: 'receipt shape from a look-alike domain (amazon-support.co): untrusted',
    text: `山田 太郎 様

ケース ${CASE.taro} を受け付けました。担当者よりご連絡いたしますので、しばらくお待ちください。
本人確認のため、下記ページよりサインインをお願いする場合がございます。

AWS サポート`,
  }),
  J({
    slug: 'ack-kenji-dup', kind: 'acknowledgement', caseId: CASE.kenjiDup, day: '2026-03-11 19:22:47', from: NOREPLY, to: tK, enc: 'jisb64',
    subject: `[CASE ${CASE.kenjiDup}] お問い合わせを受け付けました`,
    note: 'receipt of a second case the user opened for the same merge',
    text: `伊藤 健二 様

新しいケース(${CASE.kenjiDup})が作成されました。内容を拝見のうえ、担当者から順次ご返答いたします。

※すでに同じご要望でケースをお持ちの場合、ケースが重複すると回答が遅れることがあります。

Amazon Web Services`,
  }),
  J({
    slug: 'ack-hanako-notopic', kind: 'acknowledgement', caseId: CASE.hanako, day: '2026-03-05 21:41:02', from: NOREPLY, to: tH, enc: 'sjisb64',
    subject: `ケース ${CASE.hanako}`,
    note: 'terse receipt that says nothing of its topic: read as a receipt',
    text: `お問い合わせありがとうございます。ケース ${CASE.hanako} として登録しました。
このメールへの返信でケースに情報を追加できます。

Amazon Web Services`,
  }),
  J({
    slug: 'ack-kenji-personal', kind: 'acknowledgement', caseId: CASE.kenji, day: '2026-03-09 08:02:40', from: ASSIST, to: tK, enc: 'utf8qp',
    subject: `伊藤様、お問い合わせを受け取りました(ケース ${CASE.kenji})`,
    note: 'receipt written in a personal voice by the automatic system',
    text: `伊藤様

こんにちは。お問い合わせを確かに受け取りました!
ケース番号は ${CASE.kenji} です。アカウントに関するお悩み、さぞご不安なことと思います。私たちのチームがしっかり拝見し、一営業日ほどでお返事いたしますね。

それまでの間、追加で共有したい情報があれば、このメールにご返信ください。

AWS サポート アシスタント より
(このメッセージは自動送信されています)`,
  }),

  // ---------------- ai_answer ----------------
  J({
    slug: 'ai-taro-tool', kind: 'ai_answer', caseId: null, day: '2026-03-02 10:09:12', from: ASSIST,
    subject: 'お問い合わせ内容に関するご提案',
    note: 'AI answer in a personal voice suggesting the self-service merge tool',
    text: `山田様

こんにちは、ミナです。いただいた内容を拝見して、私の方で調べてみました。

認定アカウントが2つに分かれてしまっている場合は、まず AWS 認定ポータルにサインインし、[プロフィール] から [アカウントの統合] をお試しいただくのが一番の近道です。画面の案内に沿って、もう一方のアカウントのメールアドレスを入力していただければ大丈夫です。

もしこの方法でうまくいかない場合は、下の「ケースを作成」からお問い合わせを続けてくださいね。

ミナ
AWS サポート アシスタント
※この回答は生成 AI によって作成されたもので、誤りを含む可能性があります。`,
  }),
  J({
    slug: 'ai-hanako-after-merge', kind: 'ai_answer', caseId: null, day: '2026-03-05 21:33:40', from: ASSIST, to: tH, enc: 'utf8b64', trap: true,
    subject: 'AWS サポート アシスタントからの回答',
    note: 'AI answer that explains what a merge does (badges, vouchers); no merge happened',
    text: `佐藤 花子 様

ご質問ありがとうございます。アカウント統合について、よくあるポイントをまとめました。

・統合が完了すると、統合元アカウントの認定履歴と特典は統合先に表示されます。
・Credly のデジタルバッジは自動で移行されない場合があります。その際は統合後に Credly 側でバッジを受け取ってください。
・統合は元に戻すことができません。

まずは認定ポータルの「アカウントの統合」機能をお試しください。両方のアカウントに認定履歴がある場合はツールが使えないため、そのときはケースを作成してください。

お役に立てば幸いです。
AWS サポート アシスタント(AI)`,
  }),
  J({
    slug: 'ai-kenji-yuuki', kind: 'ai_answer', caseId: null, day: '2026-03-09 07:58:01', from: ASSIST, to: tK, enc: 'utf8qp',
    subject: 'Re: 認定アカウントを一つにしたい',
    note: 'automated suggestion signed with a human-sounding name; footer says it is generated',
    text: `伊藤 健二 様

ご連絡ありがとうございます、ユウキです。
伊藤様のように転職をきっかけにアカウントが二つになってしまうケースはとても多いので、ご安心ください。

1. 残したい方のアカウントで認定ポータルにサインインします
2. プロフィールメニューの「Merge Accounts」を開きます
3. 統合したいもう一方のアカウントの情報を入力し、届いたメールのリンクで承認します

以上で完了することがほとんどです。これで解決しない場合は「いいえ」を選んでケースの作成へお進みください。

ユウキ
---
本メールは生成 AI を活用した自動応答です。`,
  }),
  J({
    slug: 'ai-taro-multipart', kind: 'ai_answer', caseId: null, day: '2026-04-14 13:00:27', from: ASSIST, to: to({ ja: TARO.ja, keep: TARO.src }), enc: 'utf8qp',
    subject: 'AWS トレーニングと認定: おすすめの解決方法',
    note: 'AI suggestion in multipart/alternative, self-service tool and help article',
    text: `山田様

お問い合わせの内容から、次の方法で解決できる可能性が高いと判断しました。

■ 認定ポータルのセルフサービス「アカウントの統合」
■ ヘルプ記事「複数の認定アカウントを持っている場合」

どちらも数分で完了します。解決しなかった場合は、ケースを作成して担当者にご相談ください。

AWS サポート アシスタント`,
    html: `<div><p>山田様</p><p>お問い合わせの内容から、次の方法で解決できる可能性が高いと判断しました。</p><ul><li>認定ポータルのセルフサービス「アカウントの統合」</li><li>ヘルプ記事「複数の認定アカウントを持っている場合」</li></ul><p>どちらも数分で完了します。解決しなかった場合は、ケースを作成して担当者にご相談ください。</p><p>AWS サポート アシスタント</p></div>`,
  }),
  J({
    slug: 'ai-hanako-keepaddr', kind: 'ai_answer', caseId: null, day: '2026-03-05 21:35:18', from: ASSIST, to: tH, enc: 'sjisb64', trap: true,
    subject: 'ご質問への自動回答',
    note: 'AI answer describing the support process (confirmation, badges) in the future tense',
    text: `佐藤様

こんにちは。Sora と申します。お困りの状況、よく分かります。

サポートへ統合を依頼される場合は、残したい方のメールアドレスからお問い合わせいただくとスムーズです。担当者から最終確認のご連絡が届き、ご同意いただいた後に統合され、バッジも順次移されます。

まずはポータルの統合ツールを試していただき、それでも難しければケースを作成してくださいね。

Sora / AWS バーチャルアシスタント
この回答は AI により自動生成されました。`,
  }),
  J({
    slug: 'ai-forged-fail', kind: 'ai_answer', caseId: null, day: '2026-03-06 02:11:09', from: ASSIST, trusted: false, auth: 'fail', enc: 'jis7',
    subject: 'AI アシスタントからのご案内',
    note: 'AI-style suggestion but dmarc=fail on the receiving server: untrusted',
    text: `山田様

AI アシスタントです。ご状況を確認しました。アカウントの統合ツールをお使いいただくか、下記リンクから再度サインインしてください。

AWS サポート アシスタント`,
  }),
  J({
    slug: 'ai-kenji-transcript', kind: 'ai_answer', caseId: null, day: '2026-03-09 07:59:44', from: ASSIST, to: tK, enc: 'jisb64',
    subject: 'チャットの記録: AWS サポート',
    note: 'chat transcript in which the virtual assistant suggests the self-service tool',
    text: `伊藤様、チャットをご利用いただきありがとうございました。会話の記録をお送りします。

[07:55] 伊藤: 昔の会社のアドレスで取った認定を個人のアカウントに移したいです
[07:55] アシスタント: 承知しました!それでしたら認定ポータルの「アカウントの統合」で、お客様ご自身で移せることが多いです。
[07:56] 伊藤: 両方に認定があります
[07:56] アシスタント: その場合ツールでは統合できないことがあります。画面下の「ケースを作成」から担当者へご依頼いただけます。

AWS バーチャルアシスタント(自動応答)`,
  }),
  J({
    slug: 'ai-hanako-mixed', kind: 'ai_answer', caseId: null, day: '2026-04-20 16:45:03', from: ASSIST, to: tH, enc: 'utf8b64',
    subject: 'Suggested answer / おすすめの回答',
    note: 'generated answer with English boilerplate; Japanese text suggests the Merge Accounts tool',
    text: `This answer was generated automatically based on your question.

佐藤 花子 様
ご質問の件、認定ポータルの Merge Accounts 機能でご対応いただけます。統合先のアカウントでサインインしたうえで、統合元のメールアドレスを入力してください。ご不明な点が残る場合は、このままケースを作成いただけます。

Was this answer helpful? / この回答は役に立ちましたか?`,
  }),

  // ---------------- info_request ----------------
  J({
    slug: 'info-taro-ids', kind: 'info_request', caseId: CASE.taro, day: '2026-03-03 15:27:10',
    subject: subj(CASE.taro),
    note: 'long templated reply whose one real line asks for both candidate IDs and addresses',
    text: `山田 太郎 様

${jo(0)}

認定アカウントの統合をご希望とのこと、承知いたしました。お客様の資格情報を確実にお守りしながら手続きを進めることが、私どもの最優先事項でございます。お手数ですが、両アカウントの候補者ID(AWSで始まる番号)と、それぞれのご登録メールアドレスをお送りいただけますでしょうか。情報が揃い次第、速やかに次の手順へ進ませていただきます。

${jc(0)}

AWS トレーニングと認定 カスタマーサービス
中村`,
  }),
  J({
    slug: 'info-hanako-which', kind: 'info_request', caseId: CASE.hanako, day: '2026-03-06 11:02:55', to: tH, enc: 'sjis8',
    subject: subj(CASE.hanako),
    note: 'asks which account to keep, worded as ご教示いただけますと幸いです',
    text: `佐藤 花子 様

${jo(1)}

さて、今回のご依頼につきまして、いただいた二つのメールアドレスのうち、統合後に存続させるアカウントがどちらになるか、文面から判断いたしかねました。恐縮ですが、ご希望のほうをご教示いただけますと幸いです。

${jc(1)}

AWSトレーニングと認定
カスタマーサービス担当 小林`,
  }),
  J({
    slug: 'info-kenji-kakunin', kind: 'info_request', caseId: CASE.kenji, day: '2026-03-10 09:48:31', to: tK, enc: 'jis7', trap: true,
    subject: subj(CASE.kenji),
    note: 'asks the user to check and tell the address to keep (ご確認のうえお知らせください): information, not consent',
    text: `伊藤 健二 様

${jo(2)}

ご登録情報を拝見したところ、統合先として記載いただいたアドレスと、ご連絡元のアドレスが一致しておりませんでした。残されるアカウントのメールアドレスを、今一度ご確認のうえお知らせください。

${jc(2)}

AWS Training and Certification
Customer Service - 森`,
  }),
  J({
    slug: 'info-taro-summary', kind: 'info_request', caseId: CASE.taro, day: '2026-03-04 10:05:12', enc: 'utf8b64',
    subject: subj(CASE.taro),
    note: 'AI-style case summary by a human agent; the next step asks for certification names and dates',
    text: `山田様

ご返信ありがとうございます。現在の状況を以下のとおり整理いたしました。

【ご依頼内容の要約】
・${TARO.srcId}(${TARO.src})の認定を ${TARO.keepId}(${TARO.keep})へ統合するご希望
・理由: ご退職に伴うアドレス変更

【現在の状況】
・統合先アカウントの存在を確認済み
・統合元アカウントについては、同姓同名の記録が複数あり特定に至っておりません

【次のステップ】
・統合元アカウントで取得された認定の名称と、おおよその取得年月をご返信ください

${jc(3)}

AWS トレーニングと認定 サポートチーム`,
  }),
  J({
    slug: 'info-hanako-thread', kind: 'info_request', caseId: CASE.hanako, day: '2026-03-08 14:31:20', to: tH, enc: 'jisb64',
    subject: subj(CASE.hanako),
    note: 'asks for the Skill Builder address above a Salesforce-quoted thread',
    text: `佐藤様

ご返信をいただき、誠にありがとうございます。存続させるアカウントについて承知いたしました。

もう一点だけ、AWS Skill Builder でご利用のメールアドレスも併せて伺えますでしょうか。統合元と異なるアドレスをお使いの場合、学習履歴の紐付けに必要となります。

${jc(4)}

カスタマーサービス 小林

${sfOrig(`${HANAKO.ja} <${HANAKO.keep}>`, '2026/03/07 22:10', SUPPORT_BARE, subj(CASE.hanako), quote(`小林様\n\n残したいのは ${HANAKO.keep} のほうです。\nよろしくお願いいたします。\n佐藤`))}`,
  }),
  J({
    slug: 'info-kenji-writefrom', kind: 'info_request', caseId: CASE.kenji, day: '2026-03-12 17:20:45', to: tK, enc: 'utf8qp',
    subject: subj(CASE.kenji),
    note: 'asks to write from the kept address and to include the candidate IDs of both accounts',
    text: `伊藤 健二 様

${jo(3)}

セキュリティ上の理由により、統合のご依頼は統合先アカウントのメールアドレスからいただく必要がございます。お手数ではございますが、${KENJI.keep} から本メールへご返信のうえ、両方の候補者 ID を本文に記載していただけますと大変助かります。

${jc(0)}

AWS トレーニングと認定 カスタマーサポート
担当: 森`,
  }),
  J({
    slug: 'info-forged-password', kind: 'info_request', caseId: CASE.taro, day: '2026-03-03 23:59:01', trusted: false, auth: 'pass',
    from: 'AWS Training and Certification <support@aws-training-support.net>', enc: 'jis7',
    subject: subj(CASE.taro),
    note: 'forged information request from aws-training-support.net asking for credentials: untrusted',
    text: `山田様

統合手続きのため、両アカウントのサインイン用パスワードとご登録の生年月日を本メールにご返信ください。24時間以内にご返信がない場合、申請は無効となります。

AWS トレーニングと認定`,
  }),
  J({
    slug: 'info-taro-html', kind: 'info_request', caseId: CASE.taro, day: '2026-04-15 09:12:44', enc: 'utf8b64', to: to({ ja: TARO.ja, keep: TARO.src }),
    subject: subj(CASE.taro),
    note: 'HTML-only reply asking for the name in romaji and the company name',
    html: `<html><body>
${paras(`山田 太郎 様\n\n${jo(4)}\n\n手続きに必要な確認事項がございます。アカウントに登録されているお名前をローマ字表記で、あわせてご所属の会社名(英語表記)をご返信いただけますと幸いです。\n\n${jc(1)}\n\nAWS トレーニングと認定 カスタマーサービス\n高橋`)}
</body></html>`,
  }),

  // ---------------- confirmation_request ----------------
  J({
    slug: 'conf-taro-plain', kind: 'confirmation_request', caseId: CASE.taro, day: '2026-03-05 11:44:02',
    subject: subj(CASE.taro),
    note: 'asks for consent to the irreversible merge, buried in templated paragraphs',
    text: `山田 太郎 様

${jo(1)}

ご提供いただいた情報をもとに、二つのアカウントを確認いたしました。統合元 ${TARO.srcId} の認定履歴は、統合先 ${TARO.keepId} へ移すことが可能でございます。なお、一度実施した統合は元に戻すことができません。この内容で進めてよろしければ、本メールへのご返信にてご同意の旨をお知らせください。

私どもはお客様のキャリアの節目に寄り添えることを嬉しく思っております。${jc(2)}

中村
AWS トレーニングと認定 カスタマーサービス`,
  }),
  J({
    slug: 'conf-hanako-summary', kind: 'confirmation_request', caseId: CASE.hanako, day: '2026-03-09 10:20:18', to: tH, enc: 'sjisb64',
    subject: subj(CASE.hanako),
    note: 'summary-style table of source/target, then asks to reply 同意します',
    text: `佐藤 花子 様

お待たせいたしました。統合の内容を以下にまとめました。

■ 統合元: ${HANAKO.srcId} / ${HANAKO.src}
■ 統合先: ${HANAKO.keepId} / ${HANAKO.keep}
■ 移行対象: 認定履歴、特典、試験履歴
■ 注意事項: 統合後の取り消しは不可

上記に相違がなければ、「同意します」とだけご返信ください。ご返信を確認した時点で作業に着手いたします。

${jc(3)}

小林`,
  }),
  J({
    slug: 'conf-kenji-fukaketsu', kind: 'confirmation_request', caseId: CASE.kenji, day: '2026-03-13 16:05:39', to: tK, enc: 'utf8qp',
    subject: subj(CASE.kenji),
    note: 'consent request phrased without the word 確認: 取り消し不可, ご了承いただける場合のみお知らせください',
    text: `伊藤様

${jo(0)}

お送りいただいた候補者 ID で、両アカウントを特定できました。この操作は後から取り消すことのできない性質のものでございます。ご了承いただける場合に限り、その旨を一言お知らせいただけますでしょうか。お返事をいただくまで、作業は保留とさせていただきます。

${jc(4)}

森 / AWS Training and Certification`,
  }),
  J({
    slug: 'conf-hanako-multipart', kind: 'confirmation_request', caseId: CASE.hanako, day: '2026-04-02 09:03:11', to: tH, enc: 'utf8b64',
    subject: subj(CASE.hanako),
    note: 'multipart consent request with both accounts listed',
    text: `佐藤様\n\n${jo(2)}\n\n最終のご意思確認でございます。${HANAKO.src} のアカウントを ${HANAKO.keep} へ統合し、統合元は無効となります。ご承諾いただけますか。ご返信をもって正式なご依頼とさせていただきます。\n\n${jc(0)}\n\n小林`,
    html: `<div>${paras(`佐藤様\n\n${jo(2)}\n\n最終のご意思確認でございます。${HANAKO.src} のアカウントを ${HANAKO.keep} へ統合し、統合元は無効となります。ご承諾いただけますか。ご返信をもって正式なご依頼とさせていただきます。\n\n${jc(0)}\n\n小林`)}</div>`,
  }),
  J({
    slug: 'conf-forged-below', kind: 'confirmation_request', caseId: CASE.taro, day: '2026-03-05 12:30:00', trusted: false, auth: 'failThenForged', enc: 'jisb64',
    subject: subj(CASE.taro),
    note: 'consent request whose top Authentication-Results fails; a planted pass sits below: untrusted',
    text: `山田様

統合を実行してよろしいですか。同意される場合は下記フォームからご本人確認のうえご返信ください。統合は取り消しできません。

AWS トレーニングと認定`,
  }),
  J({
    slug: 'conf-taro-mixed', kind: 'confirmation_request', caseId: CASE.taro, day: '2026-04-16 18:22:07', enc: 'utf8qp', to: to({ ja: TARO.ja, keep: TARO.src }),
    subject: subj(CASE.taro),
    note: 'Japanese consent request with an English line to paste back',
    text: `山田様

${jo(3)}

統合の準備が整いました。元に戻せない操作となりますので、問題がなければ以下の一文をそのまま返信にお使いください。

"I agree to merge ${TARO.srcId} into ${TARO.keepId}."

ご返信をいただき次第、処理を開始いたします。

${jc(1)}

高橋`,
  }),
  J({
    slug: 'conf-kenji-reminder', kind: 'confirmation_request', caseId: CASE.kenji, day: '2026-03-17 10:40:56', to: tK, enc: 'jis7',
    subject: subj(CASE.kenji),
    note: 'reminder that repeats the consent question (still asks for consent)',
    text: `伊藤 健二 様

先日お送りいたしました統合の最終確認について、まだご返信を頂戴できていないようでございます。お忙しいところ恐縮ですが、統合を実施してよろしいか、改めてお聞かせいただけますでしょうか。なお、統合は実施後に取り消すことができませんので、あらかじめご了承ください。

${jc(2)}

森`,
  }),
  J({
    slug: 'conf-taro-dkim', kind: 'confirmation_request', caseId: CASE.taro, day: '2026-03-05 11:44:30', auth: 'dkimonly', enc: 'jisb64',
    subject: subj(CASE.taro),
    note: 'short consent request, aligned dkim=pass only',
    text: `山田様

お世話になっております。統合元 ${TARO.srcId} を統合先 ${TARO.keepId} へまとめる作業は、実施後に元へ戻せません。このまま進めてよいか、ご返信でお知らせください。

中村`,
  }),

  // ---------------- merge_completed ----------------
  J({
    slug: 'merged-taro-plain', kind: 'merge_completed', caseId: CASE.taro, day: '2026-03-06 14:12:40',
    subject: subj(CASE.taro),
    note: 'long templated reply; one line says the merge was carried out today',
    text: `山田 太郎 様

${jo(4)}

ご同意をいただきましたので、お手続きを進めさせていただきました。本日、アカウント ${TARO.srcId} を ${TARO.keepId} へ統合いたしました。今後は ${TARO.keep} でサインインいただければ、これまでの認定をすべてご覧いただけます。

お客様の継続的な学習と成長を、私どもは心より応援しております。${jc(3)}

中村
AWS トレーニングと認定 カスタマーサービス`,
  }),
  J({
    slug: 'merged-hanako-summary', kind: 'merge_completed', caseId: CASE.hanako, day: '2026-03-11 13:58:02', to: tH, enc: 'sjis8',
    subject: subj(CASE.hanako),
    note: 'summary-style result block: 統合完了',
    text: `佐藤 花子 様

ご協力いただき、ありがとうございました。対応結果を以下にご報告いたします。

【対応内容】${HANAKO.srcId} → ${HANAKO.keepId}
【対応結果】統合完了(2026/03/11)
【ご利用アドレス】${HANAKO.keep}

${jc(4)}

小林`,
  }),
  J({
    slug: 'merged-portal', kind: 'merge_completed', caseId: null, day: '2026-03-14 03:20:11', from: 'AWS Certification <no-reply@aws.training>', to: tK, enc: 'utf8b64',
    subject: 'AWS 認定: アカウントが統合されました',
    note: "certification portal's own notice that the accounts were merged (no case ID)",
    text: `伊藤 健二 様

お客様の AWS 認定アカウントは統合されました。統合元アカウント(${KENJI.srcId})の認定と特典は、現在 ${KENJI.keepId} に表示されています。

このメールにお心当たりがない場合は、AWS トレーニングと認定サポートまでご連絡ください。

AWS Certification`,
  }),
  J({
    slug: 'merged-kenji-closing', kind: 'merge_completed', caseId: CASE.kenji, day: '2026-03-14 09:31:17', to: tK, enc: 'utf8b64',
    subject: subj(CASE.kenji),
    note: 'merge done and the case will be closed: the new fact is the merge',
    text: `伊藤様

${jo(1)}

ご依頼いただいておりました両アカウントの統合作業が終わりました。以後は ${KENJI.keep} のアカウントですべての認定をご確認いただけます。本件はこれをもちましてクローズとさせていただきます。

${jc(0)}

森`,
  }),
  J({
    slug: 'merged-taro-checkit', kind: 'merge_completed', caseId: CASE.taro, day: '2026-04-18 11:07:45', enc: 'jisb64', to: to({ ja: TARO.ja, keep: TARO.src }),
    subject: subj(CASE.taro),
    note: 'completion notice that asks the user to check everything looks right',
    text: `山田様

${jo(2)}

先ほど、統合先アカウントへの認定履歴の移行を完了いたしました。念のため、認定ポータルにサインインのうえ、認定・特典・試験履歴に相違がないかご確認いただけますと幸いです。

${jc(1)}

高橋`,
  }),
  J({
    slug: 'merged-forged-example', kind: 'merge_completed', caseId: CASE.hanako, day: '2026-03-10 05:44:00', trusted: false, auth: 'pass', to: tH,
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com.example.net>', enc: 'jis7',
    subject: subj(CASE.hanako),
    note: 'merge notice from amazon.com.example.net (look-alike): untrusted',
    text: `佐藤様

アカウントの統合が完了しました。新しい認定証をダウンロードするには、添付のリンクからサインインしてください。

AWS トレーニングと認定`,
  }),
  J({
    slug: 'merged-hanako-outlook', kind: 'merge_completed', caseId: CASE.hanako, day: '2026-04-03 15:16:20', to: tH, enc: 'utf8qp',
    subject: subj(CASE.hanako),
    note: 'completion in multipart with an Outlook-style Japanese quote block underneath',
    text: `佐藤様

ご承諾のご連絡ありがとうございました。担当部署にて処理を行い、本日付で二つの認定アカウントは一つにまとまりました。

${jc(2)}

小林

差出人: 佐藤 花子 <${HANAKO.keep}>
送信日時: 2026年4月2日 21:40
宛先: ${SUPPORT_BARE}
件名: Re: ${subj(CASE.hanako)}

承諾します。よろしくお願いいたします。`,
    html: `<div><p>佐藤様</p><p>ご承諾のご連絡ありがとうございました。担当部署にて処理を行い、本日付で二つの認定アカウントは一つにまとまりました。</p><p>${esc2(jc(2))}</p><p>小林</p><div id="divRplyFwdMsg"><b>差出人:</b> 佐藤 花子 &lt;${HANAKO.keep}&gt;<br><b>送信日時:</b> 2026年4月2日 21:40<br><b>件名:</b> Re: ${subj(CASE.hanako)}</div><div>承諾します。よろしくお願いいたします。</div></div>`,
  }),
  J({
    slug: 'merged-kenji-mixed', kind: 'merge_completed', caseId: CASE.kenji, day: '2026-03-14 09:33:50', to: tK, enc: 'jis7',
    subject: `[CASE ${CASE.kenji}] Account merge request - 完了のご報告`,
    note: 'Japanese completion report under an English boilerplate header',
    text: `Dear Customer,
This is an update regarding your case ${CASE.kenji}.

伊藤様
統合元 ${KENJI.srcId} の認定は、統合先 ${KENJI.keepId} へ移し終えております。サインインのうえご確認ください。

Best regards,
AWS Training and Certification`,
  }),

  // ---------------- badges_transferred ----------------
  J({
    slug: 'badge-credly-taro', kind: 'badges_transferred', caseId: null, day: '2026-03-07 04:12:09', from: CREDLY_AWS, enc: 'utf8qp',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'AWS badge issued via Credly to the kept account after the merge',
    text: `山田 太郎 様

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect – Associate」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/accept

Credly`,
    html: `<table><tr><td><p>山田 太郎 様</p><p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect – Associate」のバッジが発行されました。</p><p><a href="https://www.credly.com/earner/earned/badge/accept">バッジを入手する</a></p><p style="color:#999">Credly</p></td></tr></table>`,
  }),
  J({
    slug: 'badge-support-taro-close', kind: 'badges_transferred', caseId: CASE.taro, day: '2026-03-09 10:44:31', enc: 'jis7',
    subject: subj(CASE.taro),
    note: 'support says the Credly badges moved and closes the case',
    text: `山田 太郎 様

${jo(3)}

お問い合わせいただいていた Credly のデジタルバッジにつきまして、統合先アカウント(${TARO.keep})へ移行する作業が完了いたしました。これをもちまして本ケースをクローズさせていただきます。

${jc(4)}

中村`,
  }),
  J({
    slug: 'badge-support-hanako', kind: 'badges_transferred', caseId: CASE.hanako, day: '2026-03-13 12:00:42', to: tH, enc: 'sjis8',
    subject: subj(CASE.hanako),
    note: 'support reports the badges are now on the new Credly account',
    text: `佐藤 花子 様

${jo(0)}

Credly 上で旧アドレスに紐づいていたバッジを、${HANAKO.keep} の Credly アカウントへ付け替えました。反映まで数時間かかる場合がございます。

${jc(3)}

小林`,
  }),
  J({
    slug: 'badge-credly-kenji-html', kind: 'badges_transferred', caseId: null, day: '2026-03-15 01:05:57', from: CREDLY_AWS, to: tK, enc: 'utf8b64',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'HTML-only Credly mail for an AWS badge on the kept address',
    html: `<html><body><div style="text-align:center"><p>伊藤 健二 様</p><p>おめでとうございます!Amazon Web Services Training and Certification があなたに「AWS Certified Developer – Associate」を発行しました。</p><p><a href="https://www.credly.com/earner/earned/badge/accept" style="background:#ff6b00;color:#fff">バッジを入手する</a></p></div></body></html>`,
  }),
  J({
    slug: 'badge-forged-credly', kind: 'badges_transferred', caseId: null, day: '2026-03-07 06:30:00', trusted: false, auth: 'pass',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', enc: 'utf8qp',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'badge mail from credIy.com (capital I look-alike): untrusted',
    text: `山田 太郎 様

AWS からバッジが発行されました。受け取るには下記からログインしてください。

バッジを入手する

Credly`,
  }),
  J({
    slug: 'badge-support-kenji-summary', kind: 'badges_transferred', caseId: CASE.kenji, day: '2026-03-18 10:12:28', to: tK, enc: 'utf8b64',
    subject: subj(CASE.kenji),
    note: 'summary-style status with badges moved as the new item',
    text: `伊藤様

お問い合わせの状況を整理いたします。

・認定アカウントの統合: 3月14日に完了済み
・Credly バッジ: 本日、統合先アカウントへ移行済み(4件)
・特典バウチャー: 統合先にて利用可能

${jc(1)}

森`,
  }),
  J({
    slug: 'badge-credly-taro-jis', kind: 'badges_transferred', caseId: null, day: '2026-03-07 04:12:55', from: CREDLY_AWS, enc: 'jisb64',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'second AWS badge via Credly, ISO-2022-JP base64',
    text: `山田 太郎 様

Amazon Web Services Training and Certification より「AWS Certified Cloud Practitioner」のバッジが届いています。

バッジを入手する
https://www.credly.com/earner/earned/badge/accept

Credly チーム`,
  }),
  J({
    slug: 'badge-support-hanako-three', kind: 'badges_transferred', caseId: CASE.hanako, day: '2026-04-06 17:49:03', to: tH, enc: 'jis7',
    subject: subj(CASE.hanako),
    note: 'support answers the badge question: three badges reattached',
    text: `佐藤様

${jo(4)}

ご指摘いただいたバッジ3件(SAA、DVA、CLF)につきまして、ご指定の Credly アカウントへの付け替えが済んでおります。お手数ですが、Credly にサインインしてご確認ください。

${jc(0)}

小林`,
  }),

  // ---------------- case_closed ----------------
  J({
    slug: 'closed-taro-autoclose', kind: 'case_closed', caseId: CASE.taro, day: '2026-03-10 09:00:12', enc: 'jis7',
    subject: subj(CASE.taro),
    note: 'will auto-close in 3 days without a reply',
    text: `山田 太郎 様

${jo(2)}

前回のご連絡以降、お客様からのご返信を確認できておりません。3日以内にご返信がない場合、本ケースは自動的にクローズされますので、あらかじめご了承ください。

${jc(1)}

中村`,
  }),
  J({
    slug: 'closed-hanako-restate', kind: 'case_closed', caseId: CASE.hanako, day: '2026-04-10 10:10:10', to: tH, enc: 'sjis8', trap: true,
    subject: subj(CASE.hanako),
    note: 'closing notice that only restates the earlier merge',
    text: `佐藤 花子 様

先日ご報告のとおり、アカウントの統合は4月3日に完了しております。その後特にご質問がございませんでしたので、本ケースはクローズとさせていただきます。

${jc(2)}

小林`,
  }),
  J({
    slug: 'closed-kenji-resolved', kind: 'case_closed', caseId: CASE.kenji, day: '2026-03-20 08:30:44', to: tK, enc: 'utf8qp',
    subject: subj(CASE.kenji),
    note: 'case marked resolved and closed',
    text: `伊藤 健二 様

${jo(1)}

本件は解決済みとして、ケースをクローズいたしました。今後、同じ件で追加のご質問がございましたら、本メールにご返信いただければケースを再開いたします。

${jc(4)}

森`,
  }),
  J({
    slug: 'closed-noreply-notify', kind: 'case_closed', caseId: CASE.taro, day: '2026-03-13 09:00:33', from: NOREPLY, enc: 'jisb64',
    subject: `ケース ${CASE.taro} は解決済みになりました`,
    note: 'AWS Support notification that the case was resolved',
    text: `山田 太郎 様

ケース ${CASE.taro} のステータスが「解決済み」に変更されました。

ケースを再開する必要がある場合は、14日以内にサポートセンターからご返信ください。

Amazon Web Services`,
  }),
  J({
    slug: 'closed-forged-none', kind: 'case_closed', caseId: CASE.kenji, day: '2026-03-19 22:00:00', trusted: false, auth: 'none', to: tK, enc: 'jis7',
    subject: subj(CASE.kenji),
    note: 'closing notice without any Authentication-Results: untrusted',
    text: `伊藤様

本ケースは解決済みのためクローズしました。

AWS トレーニングと認定`,
  }),
  J({
    slug: 'closed-taro-html', kind: 'case_closed', caseId: CASE.taro, day: '2026-04-25 12:00:01', enc: 'utf8b64', to: to({ ja: TARO.ja, keep: TARO.src }),
    subject: subj(CASE.taro),
    note: 'HTML-only: case closed after the user did not answer',
    html: `<html><body>${paras(`山田 太郎 様\n\n${jo(0)}\n\n一週間ほどご連絡をお待ちしておりましたが、ご返信をいただけなかったため、誠に勝手ながら本ケースをクローズいたしました。\n\n${jc(3)}\n\n高橋`)}</body></html>`,
  }),
  J({
    slug: 'closed-hanako-thanks', kind: 'case_closed', caseId: CASE.hanako, day: '2026-03-14 11:21:36', to: tH, enc: 'jisb64',
    subject: subj(CASE.hanako),
    note: 'user said all is fine; support closes the case, quoting her Gmail reply',
    text: `佐藤様

ご丁寧なご返信をありがとうございます。すべて問題なくご確認いただけたとのこと、安心いたしました。それでは、本ケースはクローズさせていただきます。

${jc(1)}

小林

2026年3月14日(土) 9:02 佐藤 花子 <${HANAKO.keep}>:
${quote('小林様\nバッジも含めてすべて確認できました。ありがとうございました。')}`,
  }),
  J({
    slug: 'closed-kenji-reminder', kind: 'case_closed', caseId: CASE.kenji, day: '2026-03-16 09:05:15', to: tK, enc: 'sjisb64',
    subject: subj(CASE.kenji),
    note: 'reminder: no reply within 5 days closes the case',
    text: `伊藤 健二 様

${jo(4)}

お手すきの際にご返信いただけますと幸いです。なお、5営業日を過ぎてもご連絡がない場合、本件は対応終了とさせていただきます。

${jc(2)}

森`,
  }),

  // ---------------- support_reply ----------------
  J({
    slug: 'sr-taro-handoff', kind: 'support_reply', caseId: CASE.taro, day: '2026-03-03 09:10:52', enc: 'jis7',
    subject: subj(CASE.taro),
    note: 'human agent takes over from the virtual assistant and says the review is under way',
    text: `山田 太郎 様

${jo(2)}

バーチャルアシスタントから本件を引き継ぎました、担当の中村でございます。これまでのやり取りはすべて拝見しておりますので、同じ内容を改めてご説明いただく必要はございません。現在、社内の記録と照合を進めております。

${jc(0)}

中村`,
  }),
  J({
    slug: 'sr-hanako-thanksconfirm', kind: 'support_reply', caseId: CASE.hanako, day: '2026-03-09 22:15:03', to: tH, enc: 'sjis8', trap: true,
    subject: subj(CASE.hanako),
    note: 'thanks for confirming, passed to the team: no merge yet',
    text: `佐藤 花子 様

ご同意のご連絡を確かに受領いたしました。迅速にご対応いただき、誠にありがとうございます。いただいた内容は担当部署へ引き継ぎましたので、処理が終わるまで今しばらくお待ちくださいませ。

${jc(0)}

小林`,
  }),
  J({
    slug: 'sr-kenji-future', kind: 'support_reply', caseId: CASE.kenji, day: '2026-03-13 18:00:20', to: tK, enc: 'utf8qp', trap: true,
    subject: subj(CASE.kenji),
    note: 'future statement: will report once the merge is done',
    text: `伊藤様

${jo(3)}

現在、専門チームにて処理を進めております。統合が完了しましたら、改めて本ケースにてご連絡いたします。完了までには通常3〜5営業日ほど頂戴しております。

${jc(3)}

森`,
  }),
  J({
    slug: 'sr-taro-notyet', kind: 'support_reply', caseId: CASE.taro, day: '2026-04-17 10:27:06', enc: 'jisb64', trap: true, to: to({ ja: TARO.ja, keep: TARO.src }),
    subject: subj(CASE.taro),
    note: 'negated: the merge has not been completed yet',
    text: `山田 太郎 様

ご状況のお問い合わせをいただき、ありがとうございます。確認いたしましたところ、現時点では統合の手続きはまだ終わっておりません。ご不便をおかけしておりますが、もうしばらくお待ちいただけますと幸いです。

${jc(4)}

高橋`,
  }),
  J({
    slug: 'sr-hanako-escalate', kind: 'support_reply', caseId: CASE.hanako, day: '2026-03-07 15:42:11', to: tH, enc: 'utf8b64',
    subject: subj(CASE.hanako),
    note: 'escalation notice, no request',
    text: `佐藤様

${jo(0)}

お客様のケースは通常の手順では対応が難しい内容を含んでおりましたため、社内の専門部署へエスカレーションいたしました。専門部署からの回答が届き次第、私からご連絡いたします。

${jc(2)}

小林`,
  }),
  J({
    slug: 'sr-kenji-unable', kind: 'support_reply', caseId: CASE.kenji, day: '2026-03-11 12:12:12', to: tK, enc: 'jis7', trap: true,
    subject: subj(CASE.kenji),
    note: 'says the merge cannot be done as requested (Builder ID pending), asks nothing',
    text: `伊藤 健二 様

${jo(1)}

大変申し訳ございませんが、統合先アカウントの移行手続きが社内で保留中となっているため、現段階ではご依頼の統合を実施いたしかねます。保留が解除され次第、こちらから状況をお知らせいたします。

${jc(1)}

森`,
  }),
  J({
    slug: 'sr-kenji-dupcases', kind: 'support_reply', caseId: CASE.kenji, day: '2026-03-12 08:55:00', to: tK, enc: 'utf8qp', trap: true,
    subject: subj(CASE.kenji),
    note: 'merged the duplicate *cases*, not the accounts',
    text: `伊藤様

同じご依頼で新たにケース ${CASE.kenjiDup} を作成いただいておりましたので、重複を避けるため本ケース ${CASE.kenji} に統合いたしました。今後のご連絡はこちらのケースにお願いいたします。

${jc(3)}

森`,
  }),
  J({
    slug: 'sr-taro-voucher', kind: 'support_reply', caseId: CASE.taro, day: '2026-03-04 16:40:09', enc: 'sjisb64', trap: true,
    subject: subj(CASE.taro),
    note: 'answers a question about vouchers in general terms; conditional, no event',
    text: `山田様

ご質問ありがとうございます。50%割引の特典バウチャーにつきましては、統合後も有効期限内であれば統合先アカウントで引き続きご利用いただけます。ご安心くださいませ。

${jc(4)}

中村`,
  }),

  // ---------------- unrelated ----------------
  J({
    slug: 'un-taro-own-consent', kind: 'unrelated', caseId: CASE.taro, day: '2026-03-05 19:03:22', trusted: false, auth: 'none', trap: true,
    from: to(TARO), to: SUPPORT, enc: 'jis7',
    subject: `Re: ${subj(CASE.taro)}`,
    note: "the user's own consent reply (sent copy): no news from support",
    extra: { rcpt: TARO.keep, deliveredTo: TARO.keep },
    text: `中村様

ご連絡ありがとうございます。統合に同意します。よろしくお願いいたします。

山田 太郎

2026年3月5日(木) 11:44 <${SUPPORT_BARE}>:
${quote(`山田 太郎 様\n\n統合の内容で進めてよろしければ、本メールへのご返信にてご同意の旨をお知らせください。`)}`,
  }),
  J({
    slug: 'un-survey', kind: 'unrelated', caseId: CASE.hanako, day: '2026-03-15 10:00:00', from: 'AWS Support <aws-support-survey@amazon.com>', to: tH, enc: 'utf8qp', trap: true,
    subject: 'サポートの対応はいかがでしたか?',
    note: 'satisfaction survey mentioning a resolved case',
    text: `佐藤 花子 様

先日のケース ${CASE.hanako} は解決しましたか?数問のアンケートにご協力いただけますと幸いです。いただいたご意見はサービス改善に活用いたします。

アンケートに回答する

Amazon Web Services`,
  }),
  J({
    slug: 'un-credly-microsoft', kind: 'unrelated', caseId: null, day: '2026-03-21 06:06:06', from: 'Microsoft via Credly <admin@credly.com>', to: tK, enc: 'utf8qp', trap: true,
    subject: 'Microsoftのバッジ発行のお知らせ',
    note: "Credly badge from another issuer (Microsoft)",
    text: `伊藤 健二 様

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。

バッジを入手する

Credly`,
  }),
  J({
    slug: 'un-pearson', kind: 'unrelated', caseId: null, day: '2026-04-01 14:00:00', trusted: false, from: 'Pearson VUE <noreply@pearsonvue.com>', enc: 'sjis8', trap: true,
    subject: '試験予約の確認 - AWS Certified Solutions Architect - Professional',
    note: 'exam appointment confirmation from the test vendor',
    text: `山田 太郎 様

試験のご予約を承りました。以下の内容をご確認ください。

試験: AWS Certified Solutions Architect - Professional
日時: 2026年4月20日 10:00
会場: オンライン監督

Pearson VUE`,
  }),
  J({
    slug: 'un-oldcorp-ooo', kind: 'unrelated', caseId: CASE.hanako, day: '2026-03-06 11:03:40', trusted: false, auth: 'none', trap: true,
    from: '総務部 自動応答 <noreply@oldcorp.example.com>', to: `<${HANAKO.src}>`, cc: tH, enc: 'jisb64',
    subject: `自動応答: ${subj(CASE.hanako)}`,
    note: "old company's auto-reply that says it received the mail",
    extra: { extra: ['Auto-Submitted: auto-replied'] },
    text: `このメールは自動送信されています。

メールを受信しました。このアドレスの利用者は退職しております。ご用件は代表窓口までお願いいたします。`,
  }),
  J({
    slug: 'un-summit', kind: 'unrelated', caseId: null, day: '2026-04-08 12:00:00', from: 'AWS Summit Japan <aws-marketing-email-replies@amazon.com>', enc: 'utf8b64',
    subject: 'AWS Summit Japan 2026 ご登録受付中',
    note: 'event marketing',
    text: `山田 太郎 様

今年も AWS Summit Japan を開催いたします。200を超えるセッションと展示で、最新のクラウド活用事例をご紹介します。

今すぐ登録

配信停止はこちら`,
  }),
  J({
    slug: 'un-credly-mergecode', kind: 'unrelated', caseId: null, day: '2026-03-12 03:33:03', from: 'Credly <no-reply@credly.com>', to: tH, enc: 'utf8qp', trap: true,
    subject: 'Credly アカウント統合の確認コード',
    note: "Credly's own account-merge code mail",
    text: `佐藤 花子 様

Credly アカウントの統合をリクエストされました。以下の確認コードを入力して統合を完了してください。

確認コード: 481 226

このリクエストに心当たりがない場合は、このメールを無視してください。

Credly`,
  }),
  J({
    slug: 'un-exam-case-receipt', kind: 'unrelated', caseId: CASE.taroExam, day: '2026-04-02 08:00:41', from: NOREPLY, enc: 'jis7', trap: true,
    subject: `[CASE ${CASE.taroExam}] お問い合わせを受け付けました(試験の予約変更)`,
    note: 'receipt of the user\'s other case about rescheduling an exam',
    text: `山田 太郎 様

試験の予約変更に関するお問い合わせを、ケース ${CASE.taroExam} として受け付けました。担当者よりご連絡いたします。

Amazon Web Services`,
  }),
  J({
    slug: 'un-taro-forward-colleague', kind: 'unrelated', caseId: CASE.taro, day: '2026-03-06 18:20:00', trusted: false, forUser: false, auth: 'none', trap: true,
    from: to(TARO), to: '鈴木 一郎 <ichiro.suzuki@corp.example.co.jp>', enc: 'jis7',
    subject: `Fw: ${subj(CASE.taro)}`,
    note: "the user's forward of the completion notice to a colleague",
    text: `鈴木さん

AWS 認定の統合が終わったと連絡がありました。共有まで。

山田

---------- Forwarded message ---------
From: <${SUPPORT_BARE}>
Date: 2026年3月6日(金) 14:12
Subject: ${subj(CASE.taro)}

本日、アカウント ${TARO.srcId} を ${TARO.keepId} へ統合いたしました。`,
  }),
  J({
    slug: 'un-seminar-receipt', kind: 'unrelated', caseId: null, day: '2026-04-12 09:15:00', trusted: false, from: 'クラウド研修センター <info@cloud-kenshu.example.jp>', enc: 'sjisb64', trap: true,
    subject: '【受付完了】AWS 認定対策セミナーお申し込みのお知らせ',
    note: "a training vendor's seminar application receipt: not a support case",
    text: `山田 太郎 様

この度は「AWS 認定 ソリューションアーキテクト対策セミナー」にお申し込みいただき、ありがとうございます。お申し込みを受け付けました。

開催日: 2026年5月9日(土)
受講番号: KS-20260509-118

当日の接続先は前日までにお送りします。

クラウド研修センター 事務局`,
  }),
  J({
    slug: 'sr-forged-fail', kind: 'support_reply', caseId: CASE.hanako, day: '2026-03-08 03:03:03', trusted: false, auth: 'fail', to: tH, enc: 'utf8qp', trap: true,
    subject: subj(CASE.hanako),
    note: 'status update failing dmarc on the receiving server; conditional merge wording: untrusted support_reply',
    text: `佐藤様

ご本人確認が取れ次第、統合の手続きに入らせていただきます。現在は確認待ちの状態でございます。

AWS トレーニングと認定`,
  }),
  J({
    slug: 'closed-kenji-restate', kind: 'case_closed', caseId: CASE.kenji, day: '2026-03-24 10:00:05', to: tK, enc: 'jis7', trap: true,
    subject: subj(CASE.kenji),
    note: 'closing that restates the earlier merge and badge move',
    text: `伊藤 健二 様

${jo(3)}

アカウントの統合(3月14日)およびバッジの移行(3月18日)はいずれも完了済みでございますので、本ケースは対応終了としてクローズいたします。

${jc(3)}

森`,
  }),
];

function esc2(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
