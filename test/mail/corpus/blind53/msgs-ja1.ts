// Set az, Japanese part 1: receipts, automated answers, information and consent requests.
import type { Msg } from './lib.js';
import { CASE, ITO, KOBAYASHI, NAKAMURA, NOTIFY, SUP, SUPPORT_AWS, SUZUKI, TAKAHASHI, WATANABE, SUP_BARE, formSubj, gmailJa, mk, sfBlock, outlookJa, toHtml, who } from './common.js';

export const JA1: Msg[] = [
  // ---------------- acknowledgement (8)
  mk({
    slug: 'ja-ack-second-case-after-close',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.kobayashiNew,
    note: 'automatic receipt of the new case opened because the first one had already been closed',
    from: NOTIFY,
    to: KOBAYASHI.keep,
    subject: `AWS サポート: ケース ${CASE.kobayashiNew} を受け付けました`,
    at: '2026-11-19 02:41:09',
    enc: 'jis7',
    text: `小林 大輔 様

AWS サポートにお問い合わせいただきありがとうございます。
新しいケースが作成されました。

ケース ID: ${CASE.kobayashiNew}
件名: 統合後もバッジが旧アカウント側に残っている件(前回ケース ${CASE.kobayashi} はクローズ済み)
重要度: 一般的なガイダンス

担当者が内容を確認し、通常 24 時間以内にメールでご連絡します。
このケースについて追加の情報がある場合は、本メールではなくサポートセンターのケース画面から送信してください。

アマゾン ウェブ サービス`,
  }),
  mk({
    slug: 'ja-ack-html-only-first-receipt',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.suzuki,
    note: 'HTML-only receipt of the merge case; the case ID sits in subject and body',
    from: SUP,
    to: SUZUKI.keep,
    subject: `[CASE ${CASE.suzuki}] お問い合わせありがとうございます`,
    at: '2026-10-27 05:02:44',
    enc: 'utf8qp',
    wholeSubject: true,
    html: `<html><body style="font-family:Meiryo,sans-serif">
<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<p>鈴木 健一 様</p>
<p>AWS トレーニングと認定へのお問い合わせを受け付けました。<br>
お問い合わせ番号は <b>${CASE.suzuki}</b> です。</p>
<p>担当チームが順番に確認しております。ご返信まで 1 営業日ほどお待ちください。<br>
同じご依頼で別のお問い合わせを作成されますと、確認に時間がかかる場合がございます。</p>
<p style="color:#666;font-size:11px">このメールは送信専用アドレスから配信されています。</p>
</td></tr></table>
</body></html>`,
  }),
  mk({
    slug: 'ja-ack-sjis-id-in-body',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.nakamura,
    note: 'receipt whose subject carries no case ID; the ID is only in the Shift_JIS body',
    from: SUP,
    to: NAKAMURA.keep,
    subject: 'AWS Training and Certification: お問い合わせ受付のお知らせ',
    at: '2026-11-02 08:15:30',
    enc: 'sjisb64',
    text: `中村 由紀 様

このたびはお問い合わせいただき、誠にありがとうございます。
以下の番号でお問い合わせを承りました。

　受付番号(CASE): ${CASE.nakamura}
　カテゴリ: 認定アカウント / account-assistance

内容を拝見のうえ、担当より改めてご連絡いたします。いましばらくお待ちください。

-- 
AWS トレーニングと認定 カスタマーサービス`,
  }),
  mk({
    slug: 'ja-ack-form-subject-jisb64',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.watanabe,
    note: 'plain receipt in the form-reply subject shape; ISO-2022-JP base64',
    from: SUP,
    to: WATANABE.keep,
    subject: formSubj(CASE.watanabe),
    at: '2026-10-30 01:20:05',
    enc: 'jisb64',
    text: `渡辺 彩 様

お問い合わせを受け付けました。ケース番号 ${CASE.watanabe} をご確認ください。
内容を確認でき次第、担当者よりご連絡差し上げます。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-ack-lookalike-domain',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.ito,
    note: 'receipt from the look-alike domain aws-training-jp.com (passes its own DMARC): untrusted',
    from: 'AWS トレーニングと認定 <no-reply@aws-training-jp.com>',
    to: ITO.keep,
    subject: `お問い合わせ受付完了 [CASE ${CASE.ito}]`,
    at: '2026-11-05 03:33:12',
    trusted: false,
    enc: 'utf8b64',
    text: `伊藤 翔 様

お問い合わせ(ケース ${CASE.ito})を受け付けました。
ご本人確認のため、下記のリンクから 24 時間以内にサインインしてください。
https://aws-training-jp.com/case/verify?id=${CASE.ito}

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-ack-multipart-watanabe-retry',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: '178559012399',
    note: 'receipt of a fresh request sent after a rollback; new case number, multipart/alternative',
    from: SUPPORT_AWS,
    to: WATANABE.keep,
    subject: 'ケース 178559012399 が作成されました',
    at: '2026-11-24 06:48:51',
    enc: 'utf8qp',
    text: `渡辺 彩 様

AWS サポートをご利用いただきありがとうございます。
ケース 178559012399 を作成しました。

件名: 認定アカウントの統合(再申請)
カテゴリ: アカウントの統合

ケースの状況はサポートセンターでいつでもご確認いただけます。`,
    html: toHtml(`渡辺 彩 様

AWS サポートをご利用いただきありがとうございます。
ケース 178559012399 を作成しました。

件名: 認定アカウントの統合(再申請)
カテゴリ: アカウントの統合

ケースの状況はサポートセンターでいつでもご確認いただけます。`),
  }),
  mk({
    slug: 'ja-ack-sjis8-english-boilerplate',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.takahashi,
    note: 'Japanese receipt with an English footer; Shift_JIS 8bit',
    from: SUP,
    to: TAKAHASHI.keep,
    subject: `[CASE ${CASE.takahashi}] 受付のご連絡`,
    at: '2026-10-22 23:57:40',
    enc: 'sjis8',
    text: `高橋 美咲 様

お問い合わせありがとうございます。ケース ${CASE.takahashi} として登録しました。
回答までの目安は 1 から 2 営業日です。この間に同じ内容で再度お問い合わせいただく必要はございません。

This is an automated message. Please do not reply to this e-mail address.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.`,
  }),
  mk({
    slug: 'ja-ack-itodup-second-receipt',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.itoDup,
    note: 'receipt of a second case the user opened by mistake; it says nothing beyond the receipt',
    from: NOTIFY,
    to: ITO.keep,
    subject: `AWS サポートケース ${CASE.itoDup} のご案内`,
    at: '2026-11-06 11:02:19',
    enc: 'jisb64',
    text: `お客様

ケース ${CASE.itoDup} を承りました。担当者が割り当てられ次第、ご連絡いたします。

※本メールは自動送信です。`,
  }),

  // ---------------- ai_answer (7)
  mk({
    slug: 'ja-ai-merge-tool-error-retry',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'automated answer suggesting to retry the self-service Merge Accounts tool later',
    from: SUPPORT_AWS,
    to: SUZUKI.keep,
    subject: 'お問い合わせ内容に関する自動回答',
    at: '2026-10-27 04:58:02',
    enc: 'jis7',
    text: `この回答は生成 AI によって自動作成されたもので、内容が正確でない場合があります。

「アカウントの統合でエラーが出る」というご質問について:

・認定ポータルの[プロフィール] > [アカウントの統合]から、ご自身で統合を再実行できる場合があります。
・一時的なエラーの場合は、数時間おいてから再度お試しください。
・両方のアカウントに認定資格の履歴があるときは、ツールでは統合できません。その場合はこの画面から[ケースを作成]を選んでください。

この回答は役に立ちましたか?`,
  }),
  mk({
    slug: 'ja-ai-badges-after-merge-explainer',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'AI answer explaining what happens to badges once accounts are merged; still ai_answer',
    from: SUPPORT_AWS,
    to: KOBAYASHI.keep,
    subject: 'AWS サポート: 自動生成された回答',
    at: '2026-11-18 13:10:44',
    enc: 'utf8qp',
    text: `Amazon Q による回答(自動生成)

統合が終わったあとも Credly のバッジが旧アカウントに残っているように見える場合、次をご確認ください。

1. 認定ポータルで、残したアカウントに認定資格が表示されているか
2. Credly にサインインしているメールアドレスが、残したアカウントの通知先と同じか
3. バッジ受け取りのメールが迷惑メールフォルダに入っていないか

それでも解決しない場合は、元のケースに返信するか、新しいケースを作成してください。`,
  }),
  mk({
    slug: 'ja-ai-html-suggestion',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'HTML-only generated suggestion with links, before a case is created',
    from: SUPPORT_AWS,
    to: WATANABE.keep,
    subject: '生成 AI による回答のご案内',
    at: '2026-10-29 22:05:17',
    enc: 'utf8b64',
    html: `<html><body>
<div style="border-left:4px solid #ff9900;padding:8px">
<p><b>自動生成された回答です</b>(人間のスタッフによる確認前の内容です)</p>
<p>複数の AWS 認定アカウントをお持ちの場合、認定ポータルの「Merge Accounts」機能で 1 つにまとめられます。<br>
統合元アカウントのメールアドレスとパスワードが必要です。</p>
<ul><li><a href="https://aws.amazon.com/certification/faqs/">AWS 認定に関するよくある質問</a></li>
<li><a href="https://www.aws.training/">AWS Training and Certification</a></li></ul>
<p>解決しない場合は、下の「ケースを作成」から担当者にお問い合わせください。</p>
</div>
</body></html>`,
  }),
  mk({
    slug: 'ja-ai-sjis-voucher-missing',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'automated answer about a discount voucher not showing after a merge (Shift_JIS)',
    from: SUPPORT_AWS,
    to: TAKAHASHI.keep,
    subject: 'ご質問への自動回答: 特典が表示されない',
    at: '2026-11-14 07:22:36',
    enc: 'sjis8',
    text: `※このメッセージは AI アシスタントが自動で作成しました。

認定特典(次回受験の 50% 割引など)は、認定資格が表示されているアカウントの「Benefits」ページに表示されます。
アカウント統合の直後は、特典の反映に数日かかることがあります。

数日たっても表示されない場合は、担当者へのお問い合わせをご検討ください。`,
  }),
  mk({
    slug: 'ja-ai-lookalike-support-desk',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'automated answer from amazon.com.support-desk.net, a look-alike domain: untrusted',
    from: 'AWS Support <assistant@amazon.com.support-desk.net>',
    to: NAKAMURA.keep,
    subject: 'AI アシスタントからの回答',
    at: '2026-11-03 09:41:00',
    trusted: false,
    enc: 'utf8qp',
    text: `AI アシスタントがお答えします。

アカウント統合ツールがエラーになる場合は、下記ページで両方のアカウントにサインインし直すと解消することがあります。
https://amazon.com.support-desk.net/merge-tool

この回答で解決しましたか?`,
  }),
  mk({
    slug: 'ja-ai-mixed-english-q',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'mostly Japanese generated answer with English headings; suggests the self-service tool',
    from: SUPPORT_AWS,
    to: ITO.keep,
    subject: 'Generated answer / 自動回答',
    at: '2026-11-05 03:29:58',
    enc: 'utf8b64',
    text: `Generated by AI - may contain errors.

■ Summary
認定アカウントが 2 つある場合、まずはセルフサービスの Merge Accounts をお試しください。

■ Steps
プロフィール画面右上のメニュー → Merge Accounts → 統合したいアカウントでサインイン

■ Note
一度まとめたアカウントは元に戻せません。心配な場合は、続行する前に「ケースを作成」を選んでください。`,
  }),
  mk({
    slug: 'ja-ai-jisb64-certs-not-visible',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'automated suggestion about certifications not yet visible after a merge; ISO-2022-JP base64',
    from: SUPPORT_AWS,
    to: SUZUKI.keep,
    subject: '自動回答: 認定資格が表示されない',
    at: '2026-11-09 00:12:27',
    enc: 'jisb64',
    text: `自動応答システムからのご案内です。

統合の処理後、認定資格や試験履歴がプロフィールに出るまで時間がかかる場合があります。
ブラウザのキャッシュを消し、いったんサインアウトしてから再度サインインしてみてください。

関連する記事:
- 認定アカウントの統合について
- 認定証のダウンロード方法`,
  }),

  // ---------------- info_request (10)
  mk({
    slug: 'ja-info-resend-ids-already-sent',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.suzuki,
    note: 'support asks again for both candidate IDs that the quoted user mail already gave',
    from: SUP,
    to: SUZUKI.keep,
    subject: formSubj(CASE.suzuki),
    at: '2026-10-29 02:16:33',
    enc: 'jis7',
    text: `鈴木様

お返事ありがとうございます。
恐れ入りますが、いただいたメールの添付ファイルが開けず、候補者 ID を確認できませんでした。
お手数をおかけしますが、統合元・統合先それぞれの AWS 候補者 ID とログイン用メールアドレスを、本文に直接ご記入のうえ再送いただけますでしょうか。

よろしくお願いいたします。
AWS トレーニングと認定 カスタマーサービス
Haruka

${gmailJa('2026-10-28 21:40', `${SUZUKI.ja} <${SUZUKI.keep}>`, `ご連絡ありがとうございます。
ID を添付にてお送りします。ご確認をお願いします。`)}`,
  }),
  mk({
    slug: 'ja-info-restated-merge-new-question',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.kobayashi,
    trap: true,
    note: 'restates the merge finished on 11/12, then asks which certification is missing and its pass date: info_request',
    from: SUP,
    to: KOBAYASHI.keep,
    subject: formSubj(CASE.kobayashi),
    at: '2026-11-16 04:05:50',
    enc: 'jis7',
    text: `小林様

いつもお世話になっております。
11 月 12 日にご案内したとおり、アカウントの統合処理自体は完了しております。
そのうえで、表示されていないとご指摘の認定について調査いたしますので、
認定の名称、合格日、当時受験に使用したメールアドレスの 3 点を教えていただけますか。

引き続きよろしくお願いいたします。
Takumi`,
  }),
  mk({
    slug: 'ja-info-after-rollback-which-to-keep',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.watanabe,
    trap: true,
    note: 'says the merge was undone, then asks which account to keep and its candidate ID',
    from: SUP,
    to: WATANABE.keep,
    subject: formSubj(CASE.watanabe),
    at: '2026-11-21 07:30:12',
    enc: 'jis7',
    text: `渡辺 彩 様

ご指摘の件、統合先の取り違えがあったため、先ほど統合を取り消し、両アカウントを元の状態に戻しました。
ご不便をおかけし申し訳ございません。

改めて正しく処理するために、
・残すアカウントのメールアドレス
・そのアカウントの候補者 ID(AWS から始まる番号)
をご返信ください。いただいた情報をもとに、担当チームで再度処理いたします。

AWS トレーニングと認定 / Saki`,
  }),
  mk({
    slug: 'ja-info-confirm-kept-address',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.takahashi,
    trap: true,
    note: '「ご確認のうえお知らせください」 asks which address to keep; information, not consent',
    from: SUP,
    to: TAKAHASHI.keep,
    subject: formSubj(CASE.takahashi),
    at: '2026-10-24 01:52:08',
    enc: 'jisb64',
    text: `高橋様

前回のご返信が統合元のアドレス(${TAKAHASHI.src})から届いておりました。
今後のやり取りと統合後のログインに使うのがどちらのアドレスか、ご確認のうえお知らせください。

お手数をおかけします。
AWS Training and Certification Customer Service`,
  }),
  mk({
    slug: 'ja-info-benefits-screenshot',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.takahashi,
    trap: true,
    note: 'restates that certifications already moved and asks for a screenshot of the Benefits page',
    from: SUP,
    to: TAKAHASHI.keep,
    subject: `Re: ${formSubj(CASE.takahashi)}`,
    at: '2026-11-15 05:11:47',
    enc: 'utf8qp',
    text: `高橋 美咲 様

ご連絡ありがとうございます。認定資格の移行は先日済んでおりますが、特典(割引バウチャー)が表示されないとのこと、承知いたしました。
原因を調べるため、残したアカウントの「Benefits」ページを開いた状態の画面キャプチャを添付してお送りいただけますか。
あわせて、最後にバウチャーを見たおおよその日付も分かれば助かります。

カスタマーサービス 担当: 森`,
  }),
  mk({
    slug: 'ja-info-sjis-legal-name',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.nakamura,
    note: 'the retry stopped on a name mismatch; support asks for the legal name as on the ID in romaji',
    from: SUP,
    to: NAKAMURA.keep,
    subject: formSubj(CASE.nakamura),
    at: '2026-11-06 06:26:14',
    enc: 'sjisb64',
    text: `中村様

お待たせしております。
2 つのアカウントで登録氏名の表記が異なっており(「Nakamura Yuki」と「Yuki Nakamura」)、システム上そのままでは処理を進められませんでした。
身分証明書と同じ表記の氏名(ローマ字)を、姓・名の順がわかる形でお送りください。

以上、よろしくお願い申し上げます。`,
  }),
  mk({
    slug: 'ja-info-dmarc-fail-ids',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.ito,
    note: 'asks for candidate IDs and the exam date, but the receiving server says dmarc=fail: untrusted',
    from: SUP,
    to: ITO.keep,
    subject: formSubj(CASE.ito),
    at: '2026-11-07 10:03:25',
    auth: 'fail',
    trusted: false,
    enc: 'jis7',
    text: `伊藤様

統合の再処理にあたり、両アカウントの候補者 ID と、直近の受験日をお知らせいただけますか。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-info-phish-freemail-password',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.suzuki,
    note: 'trusted display name on a free-mail address asking for IDs and the password: untrusted',
    from: 'AWS Training and Certification <aws.cert.support.jp@gmail.com>',
    to: SUZUKI.keep,
    subject: `[CASE ${CASE.suzuki}] 統合再実行のための情報のご提供`,
    at: '2026-10-31 12:44:09',
    auth: 'none',
    trusted: false,
    enc: 'utf8b64',
    text: `鈴木様

前回の統合処理でエラーが発生しました。再実行のため、以下を本メールへの返信でお送りください。
・両アカウントのメールアドレスとパスワード
・候補者 ID

本日中にご返信がない場合、アカウントが停止される可能性があります。`,
  }),
  mk({
    slug: 'ja-info-outlook-notification-address',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.nakamura,
    note: 'asks again for the source account notification address under an Outlook quote block',
    from: SUP,
    to: NAKAMURA.keep,
    cc: NAKAMURA.src,
    subject: formSubj(CASE.nakamura),
    at: '2026-11-04 03:38:41',
    enc: 'jis7',
    text: `中村様

先日お送りいただいたアドレスで検索しましたが、該当する認定アカウントが見つかりませんでした。
統合元アカウントの「認定に関する通知の送信先」として登録されているアドレスは、ログイン用とは別のものではないでしょうか。
お心当たりのアドレスをすべて列挙していただけますと、こちらで一つずつ確認いたします。

担当: Ren

${outlookJa('2026-11-03 18:22', `${NAKAMURA.ja} <${NAKAMURA.keep}>`, SUP, formSubj(CASE.nakamura), `お世話になります。中村です。
統合元は ${NAKAMURA.src} です。よろしくお願いします。`)}`,
  }),
  mk({
    slug: 'ja-info-multipart-exam-date',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.kobayashiNew,
    note: 'second case: asks the pass date and name of the badge that did not move',
    from: SUP,
    to: KOBAYASHI.keep,
    subject: formSubj(CASE.kobayashiNew),
    at: '2026-11-20 02:09:33',
    enc: 'utf8qp',
    text: `小林 大輔 様

新しいケースでのお問い合わせありがとうございます。前回ケース ${CASE.kobayashi} の履歴も拝見しました。
Credly に移っていないバッジについて、バッジ名と当該試験の合格日を教えていただけますか。
Credly のプロフィール URL もあればお送りください。

AWS T&C サポート`,
    html: toHtml(`小林 大輔 様

新しいケースでのお問い合わせありがとうございます。前回ケース ${CASE.kobayashi} の履歴も拝見しました。
Credly に移っていないバッジについて、バッジ名と当該試験の合格日を教えていただけますか。
Credly のプロフィール URL もあればお送りください。

AWS T&C サポート`),
  }),

  // ---------------- confirmation_request (9)
  mk({
    slug: 'ja-confirm-again-from-kept-address',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.takahashi,
    note: 'consent arrived from the source address; support asks for the consent again from the kept one',
    from: SUP,
    to: TAKAHASHI.keep,
    subject: formSubj(CASE.takahashi),
    at: '2026-10-25 00:47:19',
    enc: 'jis7',
    text: `高橋 美咲 様

ご同意のメールを確かに拝見しましたが、統合元のアドレスから送信されていたため、本人確認の規定上このままでは処理できません。
大変お手数ですが、残すアカウントのアドレス(${TAKAHASHI.keep})から、
「${TAKAHASHI.srcId} を ${TAKAHASHI.keepId} に統合することに同意します」
という趣旨で本メールにご返信ください。統合後は元に戻せませんので、その点もご了承ください。

AWS トレーニングと認定 カスタマーサービス

${sfBlock('ja', `${TAKAHASHI.ja} <${TAKAHASHI.src}>`, '2026/10/24 21:05', SUP_BARE, formSubj(CASE.takahashi), `統合をお願いします。問題ありません。
高橋`)}`,
  }),
  mk({
    slug: 'ja-confirm-ambiguous-tabun',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.nakamura,
    note: 'the user answered 「たぶん大丈夫です」; support needs an explicit yes before the irreversible merge',
    from: SUP,
    to: NAKAMURA.keep,
    subject: formSubj(CASE.nakamura),
    at: '2026-11-08 01:15:02',
    enc: 'jisb64',
    text: `中村様

ご返信ありがとうございます。
「たぶん大丈夫です」とのことでしたが、統合は一度行うと取り消しができないため、はっきりとしたご意思を確認させてください。

統合元: ${NAKAMURA.srcId}(${NAKAMURA.src})
統合先: ${NAKAMURA.keepId}(${NAKAMURA.keep})

上記で進めてよろしければ「はい、統合を希望します」とだけご返信ください。

${gmailJa('2026-11-07 22:03', `${NAKAMURA.ja} <${NAKAMURA.keep}>`, `たぶん大丈夫です。よろしくお願いします。`)}`,
  }),
  mk({
    slug: 'ja-confirm-retry-needs-consent',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.suzuki,
    trap: true,
    note: 'first merge attempt did not finish; the retry needs a fresh consent: confirmation_request',
    from: SUP,
    to: SUZUKI.keep,
    subject: formSubj(CASE.suzuki),
    at: '2026-11-03 06:58:44',
    enc: 'jis7',
    text: `鈴木 健一 様

先日ご同意いただいた統合ですが、システム側のエラーで処理が途中で止まり、完了しておりません。申し訳ございません。
両アカウントは現在も統合前の状態のままです。

再実行は新しい処理として扱われるため、恐れ入りますが改めてご同意をいただく必要がございます。
${SUZUKI.srcId} の認定履歴を ${SUZUKI.keepId} へ移し、${SUZUKI.srcId} は利用できなくなる点をご了承いただけましたら、その旨ご返信ください。

AWS トレーニングと認定 / 担当 Haruka`,
  }),
  mk({
    slug: 'ja-confirm-sjis-plain',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.kobayashi,
    note: 'plain consent request in Shift_JIS: the merge cannot be undone, reply to agree',
    from: SUP,
    to: KOBAYASHI.keep,
    subject: formSubj(CASE.kobayashi),
    at: '2026-11-10 05:25:16',
    enc: 'sjis8',
    text: `小林様

お待たせいたしました。ご提供いただいた情報で両アカウントを確認できました。
このあと統合を実施しますが、実施後に元へ戻すことはできません。
${KOBAYASHI.src} 側のアカウントを ${KOBAYASHI.keep} 側へまとめることに異存がなければ、本メールに「同意する」とご返信ください。

よろしくお願いいたします。`,
  }),
  mk({
    slug: 'ja-confirm-html-to-other-person',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: '17820099301',
    forUser: false,
    note: 'a consent request addressed to a different customer (not one of the user\'s addresses)',
    from: SUP,
    to: '高橋 美穂 <miho.takahashi@example.co.jp>',
    subject: formSubj('17820099301'),
    at: '2026-10-26 04:04:40',
    enc: 'utf8b64',
    text: `高橋 美穂 様

統合内容の最終確認です。

| 統合元 | AWS50211984 |
| 統合先 | AWS50277310 |

統合は不可逆です。内容に相違がなければ、本メールへの返信で同意の旨をお知らせください。`,
    html: `<html><body>
<p>高橋 美穂 様</p>
<p>統合内容の最終確認です。</p>
<table border="1" cellpadding="4"><tr><th>統合元</th><td>AWS50211984</td></tr><tr><th>統合先</th><td>AWS50277310</td></tr></table>
<p>統合は不可逆です。内容に相違がなければ、本メールへの返信で同意の旨をお知らせください。</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-confirm-fail-then-forged',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.ito,
    note: 'consent request whose top verdict is dmarc=fail with a planted pass further down: untrusted',
    from: SUP,
    to: ITO.keep,
    subject: formSubj(CASE.ito),
    at: '2026-11-08 14:14:14',
    auth: 'failThenForged',
    trusted: false,
    enc: 'jis7',
    text: `伊藤様

再統合の準備が整いました。元に戻せない操作となりますので、ご了承いただける場合は下記フォームから同意ボタンを押してください。
https://consent-aws-training.example.net/agree?case=${CASE.ito}`,
  }),
  mk({
    slug: 'ja-confirm-long-thread-changed-mind',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.kobayashi,
    note: 'the user switched which account to keep; support asks consent again for the new direction, long Gmail thread',
    from: SUP,
    to: KOBAYASHI.keep,
    subject: formSubj(CASE.kobayashi),
    at: '2026-11-11 01:49:03',
    enc: 'jis7',
    text: `小林様

残すアカウントを変更されたいとのこと、承知しました。前回のご同意は逆方向の統合に対するものでしたので、改めて確認させてください。

 まとめる側: ${KOBAYASHI.srcId} / ${KOBAYASHI.src}
 残す側  : ${KOBAYASHI.keepId} / ${KOBAYASHI.keep}

こちらの方向で問題なければ、その旨ご返信をお願いします。統合後の取り消しはできません。

Takumi

${gmailJa('2026-11-10 23:31', `${KOBAYASHI.ja} <${KOBAYASHI.keep}>`, `すみません、やはり個人アドレスの方を残したいです。
先ほどの返信は取り消させてください。

${gmailJa('2026-11-10 14:25', `AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>`, `小林様
${KOBAYASHI.src} を残す形で統合してよろしいでしょうか。`)}`)}`,
  }),
  mk({
    slug: 'ja-confirm-after-rollback-utf8b64',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: '178559012399',
    trap: true,
    note: 'after the rollback, support asks consent for the corrected direction; mentions the undone merge',
    from: SUP,
    to: WATANABE.keep,
    subject: formSubj('178559012399'),
    at: '2026-11-25 02:37:55',
    enc: 'utf8b64',
    text: `渡辺様

前回の統合は取り消し済みで、現在は両アカウントとも元の状態です。
今回は次の向きで処理いたします。

  ${WATANABE.srcId}(${WATANABE.src}) → ${WATANABE.keepId}(${WATANABE.keep})

この処理は一度実行すると戻せません。上記のとおりでよろしいか、ご返信にてご承諾ください。

AWS トレーニングと認定 Saki`,
  }),
  mk({
    slug: 'ja-confirm-jisb64-douisimasu-template',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.watanabe,
    note: 'consent request offering a reply template; ISO-2022-JP base64',
    from: SUP,
    to: WATANABE.keep,
    subject: formSubj(CASE.watanabe),
    at: '2026-11-01 04:19:27',
    enc: 'jisb64',
    text: `渡辺 彩 様

以下の内容で統合の準備ができております。

・残すアカウント: ${WATANABE.keep}
・統合されるアカウント: ${WATANABE.src}

差し支えなければ、次の一文をそのまま返信いただければ手続きに入ります。
「上記の内容でアカウントを統合することに同意します。」

なお、実施後に分割し直すことはできません。`,
  }),
];
