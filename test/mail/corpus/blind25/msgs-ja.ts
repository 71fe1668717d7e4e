// Set x, Japanese messages part 1: acknowledgement, ai_answer, info_request, confirmation_request.
import type { Msg } from './lib.js';
import {
  ARAI, AWS_NOTIFY, CASE, HINA, HINA_REQ, KENGO, KENGO_REQ, MISAKI, MISAKI_REQ, SUPPORT, SUPPORT_ADDR,
  gmailJa, htmlDoc, msg, outlookJa, paras, q, sfJa, sfRef, subj, to,
} from './common.js';

export const JA1: Msg[] = [
  // ---------------- acknowledgement (7) ----------------
  msg({
    slug: 'ja-ack-hina-first', kind: 'acknowledgement', lang: 'ja', caseId: CASE.hina,
    note: 'automatic receipt of the new case, ID in subject and body',
    from: AWS_NOTIFY, to: to(HINA.ja, HINA.keep), when: '2026-02-16 10:02:11', enc: 'jis7',
    subject: `[CASE ${CASE.hina}] AWS トレーニングと認定 - お問い合わせ番号のご案内`,
    text: `${HINA.ja} 様

AWS トレーニングと認定 へのお問い合わせ、ありがとうございます。
ケース ${CASE.hina} として登録されました。内容を確認のうえ、通常1営業日以内に担当者からメールでご連絡します。

件名: AWS 認定アカウントの統合
お問い合わせの種類: AWS トレーニングと認定 / アカウント

※同じご依頼で別のケースを作成されますと、ご回答が遅れる原因になります。追加のご連絡はこのメールへの返信でお願いします。
※このアドレスは送信専用です。

Amazon Web Services`,
  }),
  msg({
    slug: 'ja-ack-kengo-second-after-merge', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kengo2,
    note: 'receipt of a second case opened after the first merge; a receipt is a receipt',
    from: AWS_NOTIFY, to: to(KENGO.ja, KENGO.keep), when: '2026-04-03 22:47:30', enc: 'sjisb64',
    subject: `ケース ${CASE.kengo2} を作成しました`,
    text: `大橋 健吾 様

以下の内容でケースが作成されました。

ケースID      : ${CASE.kengo2}
カテゴリ      : AWS Training and Certification - account-assistance
ステータス    : 担当者の割り当て待ち
作成日時      : 2026/04/03 22:47 (JST)

担当者からの最初のご連絡まで、24時間ほどお待ちください。
既に別のケースでやり取り中の場合は、そちらにご返信いただければ十分です。

--
このメッセージはシステムより自動送信されています。`,
  }),
  msg({
    slug: 'ja-ack-misaki-dup', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misakiDup,
    note: 'receipt for a duplicate case the customer opened by mistake; still the automatic receipt',
    from: AWS_NOTIFY, to: to(MISAKI.ja, MISAKI.keep), when: '2026-03-02 08:15:02', enc: 'utf8b64',
    subject: `【受付】[CASE ${CASE.misakiDup}] account-assistance`,
    text: `村井 美咲 様

お問い合わせを承りました（ケースID: ${CASE.misakiDup}）。

お問い合わせ内容:
> 先週も送ったのですが返事がないのでもう一度送ります。統合先 ${MISAKI.keep} です。

担当窓口が内容を拝見し、順番にご返信いたします。
なお、同一内容のケースが複数ある場合は、1件にまとめて対応させていただくことがあります。

Amazon Web Services サポート`,
  }),
  msg({
    slug: 'ja-ack-misaki-table', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki,
    note: 'receipt recognisable by its shape only (table of case fields, no thank-you wording)',
    from: AWS_NOTIFY, to: to(MISAKI.ja, MISAKI.keep), when: '2026-02-24 13:30:44', enc: 'jisb64',
    subject: `AWS サポート: ${CASE.misaki}`,
    text: `■ ケース番号　${CASE.misaki}
■ 件名　　　　アカウントのマージについて
■ 重要度　　　一般的なガイダンス
■ 状態　　　　未対応
■ 担当窓口　　AWS トレーニングと認定

ケースの詳細はサポートセンターからご覧いただけます。
返信はこのメールに直接どうぞ（件名のケース番号は消さないでください）。`,
  }),
  msg({
    slug: 'ja-ack-kengo-html', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kengo,
    note: 'multipart receipt of the first case',
    from: AWS_NOTIFY, to: to(KENGO.ja, KENGO.src), cc: KENGO.keep, when: '2026-02-09 17:58:06', enc: 'utf8qp',
    subject: `お問い合わせありがとうございます [CASE ${CASE.kengo}]`,
    text: `大橋様

AWS トレーニングと認定のサポートにご連絡いただきありがとうございます。お問い合わせはケース ${CASE.kengo} で記録しました。
担当チームが順次確認しています。ご返信まで今しばらくお待ちください。

ご依頼内容（抜粋）
${q(KENGO_REQ)}

Amazon Web Services`,
    html: htmlDoc(`<p>大橋様</p>
<p>AWS トレーニングと認定のサポートにご連絡いただきありがとうございます。お問い合わせはケース <b>${CASE.kengo}</b> で記録しました。<br>
担当チームが順次確認しています。ご返信まで今しばらくお待ちください。</p>
<p style="color:#555">ご依頼内容（抜粋）</p>
<blockquote>${paras(KENGO_REQ)}</blockquote>
<p>Amazon Web Services</p>`),
  }),
  msg({
    slug: 'ja-ack-forged-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: CASE.fake1, trusted: false,
    note: 'receipt from a look-alike domain (amazon-certsupport.com) that even passes its own DMARC: untrusted',
    from: 'Amazon Web Services <no-reply@amazon-certsupport.com>', to: to(HINA.ja, HINA.keep), when: '2026-02-17 03:12:55', enc: 'jis7',
    subject: `[CASE ${CASE.fake1}] ご依頼を受け付けました`,
    text: `木下 陽菜 様

AWS認定アカウント統合のご依頼を受け付けました。ケース番号は ${CASE.fake1} です。
本人確認のため、下記ページから48時間以内にサインインしてください。
https://amazon-certsupport.com/verify?c=${CASE.fake1}

Amazon Web Services`,
  }),
  msg({
    slug: 'ja-ack-hina-badge-case-mixed', kind: 'acknowledgement', lang: 'ja', caseId: CASE.hinaBadge,
    note: 'receipt of a new case about badges after the merge; English boilerplate with a Japanese block',
    from: AWS_NOTIFY, to: to(HINA.en, HINA.keep), when: '2026-03-19 09:40:18', enc: 'utf8qp',
    subject: `Case ${CASE.hinaBadge} created / ケース作成のお知らせ`,
    text: `木下 陽菜 様
ケース ${CASE.hinaBadge}（件名: 統合後のバッジについて）をお預かりしました。回答はこのアドレスにお送りします。

Dear customer,
We have your case ${CASE.hinaBadge} on file. A member of the AWS Training and Certification team will reach out.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.`,
  }),

  // ---------------- ai_answer (7) ----------------
  msg({
    slug: 'ja-ai-selfservice', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI-generated suggestion to try the Merge Accounts tool first',
    from: AWS_NOTIFY, to: to(HINA.ja, HINA.keep), when: '2026-02-16 09:58:40', enc: 'jis7',
    subject: 'AWS サポート: 生成された回答のコピー',
    text: `ご入力の内容をもとに、生成AIが以下の回答を作成しました。

認定アカウントが2つある場合は、まず AWS 認定ポータルにサインインし、[プロフィール] から [アカウントの統合] をお試しください。統合する側のアカウントのメールアドレスと認証コードを入力すると、ご自身で手続きできます。
両方のアカウントに認定の履歴がある場合など、ツールで処理できないときは、この画面の [ケースを作成] からサポートにお問い合わせください。

この回答は生成AIによるもので、誤りを含む場合があります。`,
  }),
  msg({
    slug: 'ja-ai-after-merge-explainer', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI answer describing what happens after a merge (badges, vouchers): still ai_answer',
    from: AWS_NOTIFY, to: to(KENGO.ja, KENGO.keep), when: '2026-04-03 22:41:09', enc: 'sjis8',
    subject: 'AI による回答のご案内（AWS トレーニングと認定）',
    text: `お問い合わせ「統合したのにバッジとバウチャーが見当たらない」への自動回答です。

・アカウントの統合が完了すると、統合元の認定と特典は統合先のアカウントに表示されます。反映まで数日かかることがあります。
・Credly のデジタルバッジは自動で移らないことがあります。統合先のメールアドレスで Credly にサインインし、バッジを受け取り直してください。
・50% 割引バウチャーは、未使用かつ有効期限内のものに限り移行されます。

解決しない場合は、[ケースを作成] を選択してください。
※この内容は AI が自動生成しました。`,
  }),
  msg({
    slug: 'ja-ai-faq-html', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'HTML-only automated answer; mentions merged accounts and Credly badges but only as guidance',
    from: AWS_NOTIFY, to: to(MISAKI.ja, MISAKI.keep), when: '2026-02-24 13:22:10', enc: 'utf8b64',
    subject: 'お問い合わせへの自動回答',
    html: htmlDoc(`<h3 style="margin:0">Amazon Q による回答</h3>
<p>認定アカウントのマージについてのご質問ですね。</p>
<ol>
<li>AWS Certification にサインインし、[Profile] &gt; [Merge Accounts] を開きます。</li>
<li>もう一方のアカウントのメールアドレスを入力し、届いたコードで確認します。</li>
<li>マージ後、バッジは Credly 側で受け取り直す必要がある場合があります。</li>
</ol>
<p>うまくいかない場合は、下の「ケースを作成」ボタンからお問い合わせください。</p>
<p style="font-size:11px;color:#777">AI が生成した回答です。正確でない可能性があります。</p>`),
  }),
  msg({
    slug: 'ja-ai-second-request', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'automated article suggestions shown before a second case',
    from: AWS_NOTIFY, to: to(KENGO.ja, KENGO.keep), when: '2026-04-03 22:39:51', enc: 'jisb64',
    subject: '関連する可能性のある記事',
    text: `入力された内容から、次の情報がお役に立つかもしれません（自動選択）。

1. 認定アカウントを統合する（セルフサービス）
2. 統合後に認定が表示されない場合
3. 候補者IDの確認方法

記事で解決しない場合のみ、ケースを作成してください。同じ内容のケースが既にある場合は、新しいケースを作らずに既存のケースへご返信ください。`,
  }),
  msg({
    slug: 'ja-ai-tool-refuses', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI answer explaining the self-service tool refuses when both accounts have history',
    from: AWS_NOTIFY, to: to(MISAKI.ja, MISAKI.src), when: '2026-02-24 13:19:03', enc: 'utf8qp',
    subject: '回答案: 認定アカウントの統合ができない',
    text: `生成AIアシスタントからの回答案です。

「統合できません」と表示されるのは、両方のアカウントに受験や認定の記録がある場合によく見られます。この場合はセルフサービスでは処理できず、サポート担当による手作業が必要です。
ケースを作成する際は、両アカウントの候補者ID（AWSから始まる番号）とメールアドレス、どちらを残すかを書き添えるとスムーズです。

この回答で解決しましたか？　はい / いいえ`,
  }),
  msg({
    slug: 'ja-ai-forged-below', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: false, auth: 'forgedBelow',
    note: 'AI-style answer whose only dmarc=pass sits below the receiving server\'s Received line',
    from: AWS_NOTIFY, to: to(HINA.ja, HINA.src), when: '2026-02-18 11:05:27', enc: 'jis7',
    subject: '自動回答: アカウント統合',
    text: `AIアシスタントがお答えします。

認定アカウントの統合は、以下のリンクから旧アカウントのパスワードを入力するだけで完了します。
http://aws-merge-helper.example.net/start

※AI生成の回答です。`,
  }),
  msg({
    slug: 'ja-ai-amazonq-resolved', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'generated answer that says no case is needed if it solved the problem',
    from: AWS_NOTIFY, to: to(HINA.ja, HINA.keep), when: '2026-03-19 09:33:47', enc: 'sjisb64',
    subject: 'AWS Support - 自動生成された提案',
    text: `木下様

ご質問の「統合後に古いアドレスで取ったバッジが見えない」件について、自動で次の手順をご提案します。
Credly に統合先のアドレスを追加し、メールアドレスを確認済みにすると、同じアドレス宛てのバッジがまとめて表示されます。
この提案で解決した場合、ケースを作成する必要はありません。

(この提案は AI により作成されています)`,
  }),

  // ---------------- info_request (9) ----------------
  msg({
    slug: 'ja-info-handover-ids', kind: 'info_request', lang: 'ja', caseId: CASE.hina,
    note: 'colleague takes over the case and asks for both candidate IDs and which account to keep',
    from: SUPPORT, to: HINA.keep, when: '2026-02-17 15:20:33', enc: 'jis7',
    subject: subj(CASE.hina),
    text: `木下様

前任の担当者より本件を引き継ぎました、三宅と申します。

統合作業の前に、以下をこのメールへの返信でお送りいただけますか。
1. 両方のアカウントの候補者ID（AWS + 数字）
2. それぞれのログイン用メールアドレス
3. 統合後に残すアカウントはどちらか

いただいたご依頼文に記載のIDが、こちらの記録と一致しなかったため、念のためお伺いしております。

AWS トレーニングと認定 カスタマーサービス
三宅

${sfRef('Hk3aQ')}

${sfJa(HINA.keep, '2026/02/16 10:01', SUPPORT_ADDR, 'アカウント統合のお願い', HINA_REQ)}`,
  }),
  msg({
    slug: 'ja-info-decision-vouchers', kind: 'info_request', lang: 'ja', caseId: CASE.kengo,
    note: 'escalated back to the customer: which of two unused vouchers to keep before merging',
    from: SUPPORT, to: KENGO.keep, when: '2026-02-12 11:42:09', enc: 'sjis8',
    subject: subj(CASE.kengo),
    text: `大橋 健吾 様

お世話になっております。
社内で確認しましたところ、両方のアカウントに未使用の50%割引の特典がそれぞれ1つずつ残っており、統合するとどちらか一方しか引き継げない仕様となっておりました。

恐れ入りますが、${KENGO.keepId} 側・${KENGO.srcId} 側のどちらの特典を残すか、ご判断のうえご返信をお願いできますでしょうか。
ご指示をいただき次第、作業を進めます。

AWS トレーニングと認定 サポート
野々村`,
  }),
  msg({
    slug: 'ja-info-confirm-address', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: '"ご確認のうえお知らせください" asks for the kept address: info_request, not consent',
    from: SUPPORT, to: MISAKI.keep, when: '2026-02-25 10:11:52', enc: 'jisb64',
    subject: subj(CASE.misaki),
    text: `村井様

ご連絡ありがとうございます。
お送りいただいた統合先のアドレス（misaki.murai@example.jp）と、認定アカウントに登録されているアドレスの表記が一部異なっております。
どちらのアドレスで今後サインインされるご予定か、ご確認のうえお知らせください。

よろしくお願いいたします。
AWS T&C カスタマーサポート　柏木

${gmailJa('2026年2月24日(火) 13:31', MISAKI.ja, MISAKI.keep, MISAKI_REQ)}`,
  }),
  msg({
    slug: 'ja-info-third-account', kind: 'info_request', lang: 'ja', caseId: CASE.kengo2,
    note: 'second request after an earlier merge; support needs the third account\'s data',
    from: SUPPORT, to: KENGO.keep, when: '2026-04-05 09:03:17', enc: 'utf8qp',
    subject: subj(CASE.kengo2),
    text: `大橋様

2月に統合を承った件（ケース ${CASE.kengo}）とは別に、もう1つアカウントが見つかったとのこと、承知しました。
お手数ですが、その3つ目のアカウントについて、候補者IDと登録メールアドレス、最後に受験された試験名を教えてください。
手元の記録と照合でき次第、次のご案内をいたします。

AWS Training and Certification
担当 瀬戸口`,
  }),
  msg({
    slug: 'ja-info-reminder-no-close', kind: 'info_request', lang: 'ja', caseId: CASE.hina,
    note: 'nudge ("we have not heard from you") that repeats the data request and threatens no closure',
    from: SUPPORT, to: HINA.keep, when: '2026-02-20 16:44:00', enc: 'jis7',
    subject: subj(CASE.hina),
    text: `木下様

17日にお送りしたメールについて、まだお返事をいただけていないようでしたのでご連絡しました。
統合元アカウントの候補者IDがわかれば作業に入れますので、お手すきの際に本メールへ返信する形でお知らせいただけますと助かります。

三宅（AWS トレーニングと認定）`,
  }),
  msg({
    slug: 'ja-info-merge-error-resend', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'merge attempt failed; support asks again for the source account\'s registered address',
    from: SUPPORT, to: MISAKI.keep, when: '2026-03-04 18:20:41', enc: 'sjisb64',
    subject: subj(CASE.misaki),
    text: `村井様

ご同意いただいた統合を本日実施しましたが、途中でエラーとなり処理が完了しておりません。
再実行にあたり、統合元アカウントに登録されているメールアドレスを、もう一度正確に（大文字小文字を含めて）お知らせいただけますか。
以前いただいたアドレスでは該当のアカウントが特定できませんでした。

ご迷惑をおかけして申し訳ございません。
柏木`,
  }),
  msg({
    slug: 'ja-info-partial-exam-date', kind: 'info_request', lang: 'ja', caseId: CASE.kengo, trap: true,
    note: 'one certification moved, the other not found; asks for exam date and delivery method',
    from: SUPPORT, to: KENGO.keep, when: '2026-02-19 14:05:55', enc: 'utf8b64',
    subject: subj(CASE.kengo),
    text: `大橋様

ソリューションアーキテクト - アソシエイトは、統合先 ${KENGO.keepId} に移行済みです。
一方、クラウドプラクティショナーの記録が統合元のアカウントで見つかりませんでした。
受験日（おおよそで結構です）と、テストセンター受験かオンライン受験かを教えていただけますか。

野々村`,
  }),
  msg({
    slug: 'ja-info-forged-failthenforged', kind: 'info_request', lang: 'ja', caseId: CASE.fake2, trusted: false, auth: 'failThenForged',
    note: 'asks for IDs and a password; topmost A-R says dmarc=fail, a planted pass sits lower',
    from: SUPPORT, to: HINA.keep, when: '2026-02-21 02:33:19', enc: 'jis7',
    subject: subj(CASE.fake2),
    text: `お客様

アカウント統合のため、以下の情報を至急ご返信ください。
・候補者ID
・統合元アカウントのパスワード
・生年月日

72時間以内にご返信がない場合、両アカウントは停止されます。`,
  }),
  msg({
    slug: 'ja-info-mixed-template', kind: 'info_request', lang: 'ja', caseId: CASE.arai,
    note: 'English template with a Japanese note; asks which account to keep; ID only in the body',
    from: SUPPORT, to: ARAI.keep, when: '2026-03-02 12:48:30', enc: 'utf8qp',
    subject: 'RE: アカウントのマージについて',
    text: `新井様
日本語で失礼いたします。先に英語の定型文を貼りますが、要点は「残すアカウントのIDを1つだけ書いて返信してほしい」という点です。

Hello,
In order to proceed, please reply with the Candidate ID of the account you wish to retain.

Case ${CASE.arai}
AWS Training and Certification Customer Service`,
  }),

  // ---------------- confirmation_request (8) ----------------
  msg({
    slug: 'ja-confirm-agree-phrase', kind: 'confirmation_request', lang: 'ja', caseId: CASE.hina,
    note: 'asks the customer to consent (reply 同意します); the merge cannot be undone',
    from: SUPPORT, to: HINA.keep, when: '2026-02-23 11:15:08', enc: 'jis7',
    subject: subj(CASE.hina),
    text: `木下様

情報のご提供ありがとうございました。次の内容で統合いたします。

　統合元: ${HINA.srcId}（${HINA.src}）
　統合先: ${HINA.keepId}（${HINA.keep}）

統合後は元に戻すことができず、統合元のアカウントにはサインインできなくなります。
差し支えなければ、このメールに「同意します」とだけ書いてご返信ください。ご返信をもって作業に着手いたします。

三宅`,
  }),
  msg({
    slug: 'ja-confirm-still-waiting', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kengo,
    note: 'reminder that the merge waits on the customer\'s consent; no closure threatened',
    from: SUPPORT, to: KENGO.keep, when: '2026-02-16 10:30:12', enc: 'sjis8',
    subject: subj(CASE.kengo),
    text: `> 個人側（${KENGO.keepId}）の特典を残してください。
> 大橋

大橋様

先日ご案内した統合の件、お客様からのお返事をお待ちしている状態です。
特典は ${KENGO.keepId} 側を残すとのご指示、承知しております。
この内容で進めてよろしければ、その旨ひと言ご返信いただけますか。統合は取り消しがききませんので、念のためのお願いです。

野々村`,
  }),
  msg({
    slug: 'ja-confirm-redo-after-error', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki,
    note: 'after a failed attempt, support asks for consent again before re-running',
    from: SUPPORT, to: MISAKI.keep, when: '2026-03-06 09:55:36', enc: 'jisb64',
    subject: subj(CASE.misaki),
    text: `村井様

正しいアドレスのご連絡、ありがとうございました。アカウントを特定できました。
前回の処理はエラーで取り消されているため、改めて統合を実行いたします。
恐れ入りますが、実行後は元に戻せないことをご了承のうえ、再度ご同意の旨をご返信いただけますでしょうか。

柏木

${gmailJa('2026年3月5日(木) 7:12', MISAKI.ja, MISAKI.keep, `正しくは Murai.M@hoshizora-net.example.com でした。すみません。\n村井`)}`,
  }),
  msg({
    slug: 'ja-confirm-third-account', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kengo2,
    note: 'consent request for merging the third account into the already merged one',
    from: SUPPORT, to: KENGO.keep, when: '2026-04-07 13:12:44', enc: 'utf8b64',
    subject: subj(CASE.kengo2),
    text: `大橋様

3つ目のアカウント（${KENGO.thirdId}）を確認しました。前回の統合先 ${KENGO.keepId} へまとめる形でよろしいでしょうか。
取り消しはできませんので、よろしければ「実施してください」とご返信ください。

瀬戸口`,
  }),
  msg({
    slug: 'ja-confirm-handover', kind: 'confirmation_request', lang: 'ja', caseId: CASE.hina,
    note: 'new agent after a handover repeats the consent question',
    from: SUPPORT, to: HINA.keep, cc: HINA.src, when: '2026-02-26 17:03:29', enc: 'jis7',
    subject: subj(CASE.hina),
    text: `木下様

三宅が不在のため、本日より野口が担当いたします。
引き継ぎ記録を拝見したところ、統合への最終のご意思をまだ頂戴していないようです。
元に戻すことはできない作業ですので、${HINA.srcId} を ${HINA.keepId} へ統合してよいか、お返事をお願いいたします。

野口
AWS トレーニングと認定`,
  }),
  msg({
    slug: 'ja-confirm-forged-misaligned', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, trusted: false, auth: 'misaligned',
    note: 'consent request whose DKIM is for an unrelated bulk sender and DMARC fails: untrusted',
    from: SUPPORT, to: MISAKI.keep, when: '2026-03-03 01:17:45', enc: 'sjisb64',
    subject: subj(CASE.misaki),
    text: `村井様

統合の最終確認です。以下のフォームから同意ボタンを押してください。押されない場合は統合できません。
https://confirm-merge.example.org/${CASE.misaki}

AWS`,
  }),
  msg({
    slug: 'ja-confirm-html-table', kind: 'confirmation_request', lang: 'ja', caseId: CASE.arai,
    note: 'multipart consent request laid out as a table',
    from: SUPPORT, to: ARAI.keep, when: '2026-03-05 16:20:00', enc: 'utf8qp',
    subject: subj(CASE.arai),
    text: `新井様

| 残るアカウント | ${ARAI.keepId} | ${ARAI.keep} |
| 消えるアカウント | ${ARAI.srcId} | ${ARAI.src} |

上記で統合してよいかどうか、お返事ください。統合は一方向の作業で、後から分けることはできません。

久保`,
    html: htmlDoc(`<p>新井様</p>
<table border="1" cellpadding="4"><tr><th>残るアカウント</th><td>${ARAI.keepId}</td><td>${ARAI.keep}</td></tr>
<tr><th>消えるアカウント</th><td>${ARAI.srcId}</td><td>${ARAI.src}</td></tr></table>
<p>上記で統合してよいかどうか、お返事ください。統合は一方向の作業で、後から分けることはできません。</p>
<p>久保</p>`),
  }),
  msg({
    slug: 'ja-confirm-outlook-thread', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kengo,
    note: 'consent request on top of a long Outlook-quoted thread',
    from: SUPPORT, to: KENGO.keep, when: '2026-02-14 08:47:21', enc: 'jis7',
    subject: subj(CASE.kengo),
    text: `大橋様

ご返信ありがとうございます。特典は ${KENGO.keepId} 側を残す形で承りました。
これが最後の確認になりますが、${KENGO.srcId} の記録を ${KENGO.keepId} に移し、${KENGO.srcId} は閉じる、という作業を実施してよろしいでしょうか。

野々村

${outlookJa(`${KENGO.ja} <${KENGO.keep}>`, '2026年2月13日 21:06', 'AWS Training and Certification', subj(CASE.kengo), `野々村様\n\n個人側（${KENGO.keepId}）の特典を残してください。\nよろしくお願いします。\n大橋`)}

${outlookJa('AWS Training and Certification', '2026年2月12日 11:42', KENGO.keep, subj(CASE.kengo), `大橋 健吾 様\n\n両方のアカウントに未使用の50%割引の特典が残っております。どちらを残すかご返信ください。\n\n野々村`)}`,
  }),
];
