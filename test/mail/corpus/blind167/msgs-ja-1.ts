// fj Japanese messages, part 1: receipts, automated answers, information and consent requests.
import type { Msg } from './lib.js';
import {
  CASE, FORM, NOTIFY, SUPPORT_CENTER, SUZUKI, TANAKA, NAKAMURA, SUZUKI_REQ, TANAKA_REQ, NAKAMURA_REQ,
  d, mk, formSubject, formSubjectNew, gmailJa, outlookJa, sfBlock, sfRef, shell, paras, TNC, COLLEAGUE,
} from './common.js';

export const JA1: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ja-ack-center-created',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'AWS Support Center receipt of a new case: case ID, category, 24h expectation',
    from: NOTIFY, to: `${SUZUKI.ja} <${SUZUKI.keep}>`,
    subject: `[AWS Support] ケース ${CASE.suzuki} を受け付けました`,
    date: d('2026-02-16 10:02:41'), enc: 'jis7',
    text: `${SUZUKI.ja} 様

AWS サポートをご利用いただき、ありがとうございます。
以下の内容でサポートケースを作成しました。

  ケース ID      : ${CASE.suzuki}
  件名           : 認定アカウントの統合
  サービス       : AWS トレーニングと認定
  カテゴリ       : アカウント / アカウントの統合
  作成日時       : 2026-02-16 10:02 (JST)

担当者からの最初の回答は、通常 24 時間以内にこのアドレス宛てにお送りします。
同じご依頼で別のケースを作成されると、回答が遅れる原因となりますのでお控えください。
このメールに返信すると、内容はケースのやり取りに追加されます。

Amazon Web Services
※このメッセージは送信専用アドレスから自動で送信されています。`,
  }),
  mk({
    slug: 'ja-ack-form-sjis',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.tanaka, trap: false,
    note: 'form auto-receipt, Japanese text over English boilerplate; no reply from a person yet',
    from: FORM, to: TANAKA.keep,
    subject: formSubjectNew(CASE.tanaka),
    date: d('2026-01-20 21:47:05'), enc: 'sjis8', crlf: false,
    text: `田中 美咲 様

お問い合わせフォームからの送信を受領しました。お問い合わせ番号は ${CASE.tanaka} です。
担当より順次ご連絡いたしますので、いましばらくお待ちください。追加の情報がある場合は、件名を変えずにこのメールへ返信してください。

----
Thank you for contacting AWS Training and Certification. Your request has been logged under case ${CASE.tanaka}. Please do not open a new case for the same issue.

${sfRef('Xw8TqA')}`,
  }),
  mk({
    slug: 'ja-ack-bare-html',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.nakamura, trap: false,
    note: 'HTML-only receipt that says nothing of the topic: read as a receipt',
    from: SUPPORT_CENTER, to: `${NAKAMURA.ja} <${NAKAMURA.keep}>`,
    subject: `新しいサポートケース: ${CASE.nakamura}`,
    date: d('2026-03-03 08:15:59'), enc: 'utf8b64',
    html: shell(
      'AWS サポート',
      `<h2 style="font-size:18px">ケースを作成しました</h2>
<p>中村 翔 様</p>
<p>お問い合わせを登録しました。ケース番号は <b>${CASE.nakamura}</b> です。</p>
<p>担当エンジニアが内容を確認し、こちらのアドレス宛てにご連絡します。ケースの状況はサポートセンターからいつでもご覧いただけます。</p>
<p><a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.nakamura}">ケースを表示</a></p>`,
      'このメールは送信専用です。\nAmazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210',
    ),
  }),
  mk({
    slug: 'ja-ack-dup-arc',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.suzukiDup, trap: false,
    note: 'receipt of a second (duplicate) case, delivered to the old company address through a forwarder; only an ARC result, so untrusted',
    from: NOTIFY, to: SUZUKI.src, auth: 'arcOnly', trusted: false, relay: 'a48-77.smtp-out.amazonses.com',
    subject: `[AWS Support] ケース ${CASE.suzukiDup} を受け付けました`,
    date: d('2026-02-16 10:20:13'), enc: 'jisb64',
    extra: [`X-Original-To: ${SUZUKI.src}`],
    text: `鈴木 様

お問い合わせありがとうございます。サポートケース ${CASE.suzukiDup} を登録いたしました。
内容: AWS トレーニングと認定 - アカウント
ご回答まで今しばらくお待ちください。同一内容のケースを複数お持ちの場合、担当者が 1 件にまとめることがあります。

Amazon Web Services サポート`,
  }),
  mk({
    slug: 'ja-ack-lookalike',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'forged receipt from a look-alike domain (amazon-case-support.com) with its own passing DMARC: untrusted',
    from: 'Amazon Web Services <no-reply-aws@amazon-case-support.com>', to: SUZUKI.keep, trusted: false,
    subject: `【AWS】ケース番号 ${CASE.suzuki} 受付完了のお知らせ`,
    date: d('2026-02-16 11:48:30'), enc: 'utf8qp',
    text: `鈴木 健一 様

ケース番号 ${CASE.suzuki} のお問い合わせを受け付けました。
本人確認のため、24 時間以内に下記ページから AWS 認定アカウントへサインインしてください。確認が取れない場合、ケースは無効となります。

https://amazon-case-support.com/verify?case=${CASE.suzuki}

AWS カスタマーサポート`,
  }),
  mk({
    slug: 'ja-ack-fields-alt',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'form receipt that echoes the submitted fields (name, candidate ID, description); multipart',
    from: FORM, to: SUZUKI.keep,
    subject: formSubjectNew(CASE.suzuki),
    date: d('2026-02-16 10:03:12'), enc: 'utf8qp',
    text: `以下の内容でお問い合わせを受け付けました (ケース ${CASE.suzuki})。

お名前: Kenichi Suzuki
会社名: (未入力)
AWS 候補者 ID: ${SUZUKI.keepId}
お問い合わせの種類: AWS トレーニングと認定 / 認定 / アカウントの統合
内容:
${SUZUKI_REQ}

返信の目安は 1 営業日です。
${sfRef('Lk3PzR')}`,
    html: `<div style="font-family:Meiryo,sans-serif">
<p>以下の内容でお問い合わせを受け付けました (ケース ${CASE.suzuki})。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th align="left">お名前</th><td>Kenichi Suzuki</td></tr>
<tr><th align="left">会社名</th><td>(未入力)</td></tr>
<tr><th align="left">AWS 候補者 ID</th><td>${SUZUKI.keepId}</td></tr>
<tr><th align="left">お問い合わせの種類</th><td>AWS トレーニングと認定 / 認定 / アカウントの統合</td></tr>
</table>
${paras(SUZUKI_REQ)}
<p>返信の目安は 1 営業日です。</p>
<p style="color:#999">${sfRef('Lk3PzR')}</p>
</div>`,
  }),
  mk({
    slug: 'ja-ack-oldaddr-jisb64',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.tanaka, trap: false,
    note: 'receipt sent to the old address given in the form; short, case number in the body only',
    from: TNC, to: TANAKA.src,
    subject: 'お問い合わせありがとうございます - AWS Training & Certification',
    date: d('2026-01-20 21:47:30'), enc: 'jisb64',
    text: `AWS トレーニングと認定 カスタマーサポートです。

お問い合わせ番号: ${CASE.tanaka}
受付日: 2026年1月20日

担当者が確認のうえ、ご連絡差し上げます。お急ぎのところ恐れ入りますが、今しばらくお待ちくださいませ。`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ja-ai-selfservice',
    kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'automated answer from the contact form pointing to the Merge Accounts tool before a case exists',
    from: TNC, to: SUZUKI.keep,
    subject: 'ご質問への自動回答: 認定アカウントの統合',
    date: d('2026-02-16 09:58:02'), enc: 'jis7',
    text: `このメッセージは AI によって生成された回答です。内容が解決につながらない場合は、フォームに戻って「ケースを作成」を選んでください。

ご質問: 2 つの認定アカウントをまとめたい

回答:
認定アカウントの統合は、多くの場合ご自身で行えます。認定ポータルにサインインし、
「プロフィール」→「アカウントの統合」を開いて、統合したいもう一方のアカウントの
メールアドレスを入力してください。確認コードを入力すると処理が始まります。
両方のアカウントに認定の履歴がある場合、このツールでは処理できないことがあります。
その際はカスタマーサポートまでお問い合わせください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-ai-after-merge-trap',
    kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI answer that describes what a completed merge and moved badges look like; stays ai_answer',
    from: TNC, to: TANAKA.keep,
    subject: 'AWS トレーニングと認定: 生成 AI による回答',
    date: d('2026-01-20 21:40:11'), enc: 'utf8b64',
    text: `生成 AI アシスタントからのご案内です(担当者の回答ではありません)。

統合が完了すると、統合元アカウントの試験履歴・認定・特典(50% 割引バウチャーなど)は統合先アカウントに表示されるようになります。
Credly のデジタルバッジは自動では移らないことがあるため、統合の後で Credly 上のバッジを受け取り直してください。
まずは認定ポータルのプロフィールにある「アカウントの統合」をお試しいただき、エラーになる場合はケースを作成してください。

この回答は役に立ちましたか? はい / いいえ`,
  }),
  mk({
    slug: 'ja-ai-q-html',
    kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'HTML-only automated suggestion with steps and a link to create a case',
    from: SUPPORT_CENTER, to: NAKAMURA.keep,
    subject: 'お問い合わせ内容に関する解決案',
    date: d('2026-03-03 08:11:40'), enc: 'utf8qp',
    html: shell(
      '解決案',
      `<p>中村様</p>
<p>ご入力いただいた内容から、次の解決方法が見つかりました。<br>※自動で作成された案内です。</p>
<ol>
<li>AWS Builder ID で認定ポータルにサインインします。</li>
<li>右上のメニューから <b>プロフィール</b> を開き、<b>アカウントの統合</b> を選びます。</li>
<li>残さない方のアカウントのメールアドレスを入れ、届いたコードで確認します。</li>
</ol>
<p>うまくいかなかった場合のみ、<a href="https://support.aws.amazon.com/#/contacts/aws-training">ケースを作成</a>してください。</p>`,
      'Amazon Web Services',
    ),
  }),
  mk({
    slug: 'ja-ai-builderid-sjis',
    kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'automated answer about signing in with Builder ID before using the merge tool',
    from: TNC, to: `${TANAKA.ja} <${TANAKA.src}>`,
    subject: '自動回答: サインインできないアカウントを統合したい',
    date: d('2026-01-19 23:02:51'), enc: 'sjisb64',
    text: `自動応答システムからのご案内です。

会社のメールアドレスが使えなくなった認定アカウントでも、統合の手続きは残す側のアカウントから進められます。
1) 残すアカウントに AWS Builder ID でサインイン
2) プロフィール画面の「アカウントの統合」で、使えなくなった方のアドレスを指定
3) 確認コードが受け取れない場合は、この画面から担当者へのケース作成に進んでください

関連記事: 認定アカウントに関するよくある質問`,
  }),
  mk({
    slug: 'ja-ai-case-suggest',
    kind: 'ai_answer', lang: 'ja', caseId: CASE.suzukiDup, trap: false,
    note: 'automated suggestion posted on the duplicate case right after creation, before a human looked at it',
    from: NOTIFY, to: SUZUKI.keep,
    subject: `ケース ${CASE.suzukiDup} に自動回答が追加されました`,
    date: d('2026-02-16 10:21:02'), enc: 'jis7',
    text: `ケース ${CASE.suzukiDup} に、自動回答機能からの提案が追加されました。

----
認定履歴が片方のアカウントにしかない場合は、セルフサービスの「アカウントの統合」でお手続きいただけます。
両方に履歴がある場合は担当者が対応しますので、このままお待ちください。
----

この提案で解決した場合は、サポートセンターでケースを解決済みにしてください。
Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ai-mixed-trap',
    kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'automated answer in mixed Japanese/English that mentions confirming the merge and closing; still an automated suggestion',
    from: TNC, to: NAKAMURA.keep,
    subject: 'Suggested answer / 回答の候補',
    date: d('2026-03-03 08:12:09'), enc: 'utf8qp', hdr: 'utf8q',
    text: `This answer was generated automatically.
以下は自動生成された回答です。

Merge Accounts ツールで統合を確定すると、元に戻すことはできません。統合を確定する前に、どちらのアカウントを残すか決めておいてください。
ツールで統合が終わったあとにケースを作成する必要はありません。作成済みのケースがあれば、解決済みにしてクローズできます。

Was this helpful? / 役に立ちましたか?`,
  }),
  mk({
    slug: 'ja-ai-oldaddr-sjis',
    kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'automated answer delivered to the old company address, Shift_JIS 8bit',
    from: TNC, to: SUZUKI.src,
    subject: 'AI アシスタントの回答',
    date: d('2026-02-15 19:30:44'), enc: 'sjis8',
    text: `AI アシスタントです。ご質問「認定が 2 つのアカウントに分かれている」についてお答えします。

重複アカウントの統合はプロフィール画面の Merge Accounts から実行できます。
統合後はログインに使うメールアドレスが 1 つになるため、使い続けるアドレスで Builder ID を作っておくと安心です。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'ja-info-ids-update',
    kind: 'info_request', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'case-updated notice whose correspondence asks for both candidate IDs and which account to keep',
    from: NOTIFY, to: SUZUKI.keep,
    subject: `[AWS Support] ケース ${CASE.suzuki} が更新されました`,
    date: d('2026-02-17 14:26:08'), enc: 'jis7',
    text: `ケース ${CASE.suzuki} に担当者から新しい返信があります。

---- やり取り ----
鈴木様

ご連絡いただき、ありがとうございます。AWS トレーニングと認定の石井です。
統合の手続きに入る前に、次の 3 点をこのメールへの返信でお送りいただけますか。

・両アカウントの AWS 候補者 ID
・それぞれのログイン用メールアドレス
・統合後に残すアカウントはどちらか

情報がそろい次第、こちらで手続きを進めます。
---- ここまで ----

サポートセンターにサインインしなくても、このメールに返信すればケースに追記されます。`,
  }),
  mk({
    slug: 'ja-info-confirm-word-trap',
    kind: 'info_request', lang: 'ja', caseId: CASE.tanaka, trap: true,
    note: 'asks her to check and report the address she keeps (「ご確認のうえお知らせください」): information, not consent',
    from: FORM, to: TANAKA.keep,
    subject: formSubject(CASE.tanaka),
    date: d('2026-01-22 11:05:37'), enc: 'sjis8',
    text: `田中様

お問い合わせの件、拝見しました。旧アカウント側の通知先アドレスが2つ登録されており、どちらを統合後の連絡先にするか当方で判断できない状態です。
統合後にお使いになるメールアドレスをご確認のうえ、お知らせください。あわせて、旧アカウントで最後に受験された試験名がわかれば助かります。

よろしくお願いいたします。
AWS トレーニングと認定 カスタマーサービス 木村

${sfBlock(TANAKA.keep, '2026/01/20 12:47', formSubjectNew(CASE.tanaka), TANAKA_REQ)}
${sfRef('Qm2RtB')}`,
  }),
  mk({
    slug: 'ja-info-write-from-keep',
    kind: 'info_request', lang: 'ja', caseId: CASE.nakamura, trap: false,
    note: 'asks him to reply from the kept account\'s address and to send the old candidate ID',
    from: FORM, to: NAKAMURA.keep, cc: NAKAMURA.src,
    subject: formSubject(CASE.nakamura),
    date: d('2026-03-04 16:40:22'), enc: 'utf8qp',
    text: `中村 翔 様

本人確認のため、統合先アカウント(${NAKAMURA.keepId})に登録されているメールアドレスから、このメールにご返信ください。
その際、統合元のアカウントの候補者 ID(AWS で始まる番号)と、登録時の氏名の表記(ローマ字)もご記入をお願いします。

AWS Training and Certification Customer Service

${gmailJa('2026年3月3日(火) 8:15', `中村翔 <${NAKAMURA.keep}>`, NAKAMURA_REQ)}`,
  }),
  mk({
    slug: 'ja-info-phish-fail',
    kind: 'info_request', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'forgery: claims to be support asking for passwords; From amazon.com but dmarc=fail, so untrusted',
    from: FORM, to: SUZUKI.keep, auth: 'fail', trusted: false, relay: 'smtp.bulk-mailer.example.net',
    subject: formSubject(CASE.suzuki),
    date: d('2026-02-17 03:12:55'), enc: 'utf8b64',
    text: `鈴木様

アカウント統合の処理に必要なため、以下の情報を本日中にご返信ください。
・両アカウントのログインパスワード
・Builder ID の MFA コード
ご返信がない場合、認定資格は失効します。

AWS Support`,
  }),
  mk({
    slug: 'ja-info-outlook-thread',
    kind: 'info_request', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'second round: asks for the certification names and pass dates of the source account; Outlook-style history below',
    from: FORM, to: SUZUKI.keep,
    subject: formSubject(CASE.suzuki),
    date: d('2026-02-18 10:51:14'), enc: 'jisb64',
    text: `鈴木様

ID のご連絡ありがとうございました。統合元 ${SUZUKI.srcId} について照合したところ、氏名の表記が統合先と一致しておりませんでした(Suzuki Kenichi / Kenichi Suzuki)。
お手数ですが、統合元で取得済みの認定名と合格日を、わかる範囲で教えていただけますでしょうか。照合がとれ次第、次のご案内をいたします。

AWS トレーニングと認定 石井

${outlookJa(`鈴木 健一 <${SUZUKI.keep}>`, '2026年2月17日 20:03', FORM, formSubject(CASE.suzuki), `お世話になっております。
残す方: ${SUZUKI.keepId} (${SUZUKI.keep})
統合元: ${SUZUKI.srcId} (${SUZUKI.src})
以上です。`)}`,
  }),
  mk({
    slug: 'ja-info-gmail-impostor',
    kind: 'info_request', lang: 'ja', caseId: CASE.nakamura, trap: false,
    note: 'impostor with a support display name on a free-mail address asks for IDs: untrusted',
    from: 'AWS Training and Certification <aws.training.support.desk@gmail.com>', to: NAKAMURA.keep, trusted: false, relay: 'mail-sor-f41.google.com',
    subject: `Re: [CASE ${CASE.nakamura}] アカウント統合のご依頼`,
    date: d('2026-03-04 02:33:19'), enc: 'utf8qp',
    text: `中村様

統合の手続きのため、両アカウントの候補者 ID と生年月日、ご住所を返信にてお送りください。
本人確認書類の画像も添付していただけると手続きが早く進みます。

AWS 認定サポート`,
  }),
  mk({
    slug: 'ja-info-mobile-short',
    kind: 'info_request', lang: 'ja', caseId: CASE.tanaka, trap: false,
    note: 'short follow-up asking which of the two accounts should remain; request without the word お願い',
    from: FORM, to: TANAKA.keep,
    subject: formSubject(CASE.tanaka),
    date: d('2026-01-23 09:18:45'), enc: 'jis7',
    text: `田中様

追加のご連絡ありがとうございます。残すアカウントについて、${TANAKA.keepId} と ${TANAKA.srcId} のどちらになるか、まだ伺えておりません。
ご返信をいただいた時点で手続きに入れます。

木村`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'ja-conf-irreversible',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'asks for consent to merge, states it cannot be undone; reply to approve',
    from: FORM, to: SUZUKI.keep,
    subject: formSubject(CASE.suzuki),
    date: d('2026-02-19 13:07:26'), enc: 'jis7',
    text: `鈴木様

照合が完了いたしました。以下の内容でアカウントを統合いたします。

  統合元: ${SUZUKI.srcId} (${SUZUKI.src})
  統合先: ${SUZUKI.keepId} (${SUZUKI.keep})

統合後は元に戻すことができません。統合元のアカウントは削除され、ログインもできなくなります。
上記で差し支えなければ、本メールにその旨ご返信ください。ご返信を確認してから作業いたします。

AWS トレーニングと認定 石井`,
  }),
  mk({
    slug: 'ja-conf-update-notice',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.tanaka, trap: false,
    note: 'case-updated notice carrying the agent\'s consent question (進めてよろしいでしょうか)',
    from: NOTIFY, to: TANAKA.keep,
    subject: `[AWS Support] ケース ${CASE.tanaka} に返信がありました`,
    date: d('2026-01-24 15:30:00'), enc: 'sjisb64',
    text: `ケース ${CASE.tanaka} の新しいやり取り:

田中様、お待たせしております。
旧アカウント ${TANAKA.srcId} の SAA・DVA を、${TANAKA.keepId} へ移す形で統合を進めてよろしいでしょうか。
一度統合すると分離はできかねますので、ご了承いただけるかどうかをこのメールへの返信でお聞かせください。

返信はこのメールに直接どうぞ。`,
  }),
  mk({
    slug: 'ja-conf-doui-html',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.nakamura, trap: false,
    note: 'HTML+text: asks him to answer 「同意します」 to approve the irreversible merge',
    from: FORM, to: NAKAMURA.keep,
    subject: formSubject(CASE.nakamura),
    date: d('2026-03-05 11:12:48'), enc: 'utf8b64',
    text: `中村様

ご返信ありがとうございます。統合の準備が整いました。
ご注意: 統合は取り消しができず、統合元 ${NAKAMURA.srcId} の特典コードは統合先へ引き継がれますが、統合元アカウントそのものは閉鎖されます。
ご承諾いただける場合は、本文に「同意します」とだけ書いてご返信ください。

AWS Training and Certification`,
    html: `<p>中村様</p>
<p>ご返信ありがとうございます。統合の準備が整いました。</p>
<p><b>ご注意:</b> 統合は取り消しができず、統合元 ${NAKAMURA.srcId} の特典コードは統合先へ引き継がれますが、統合元アカウントそのものは閉鎖されます。</p>
<p>ご承諾いただける場合は、本文に「同意します」とだけ書いてご返信ください。</p>
<p>AWS Training and Certification</p>`,
  }),
  mk({
    slug: 'ja-conf-forged-below',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'consent request whose only dmarc=pass sits below the receiving server\'s Received line: untrusted',
    from: FORM, to: SUZUKI.keep, auth: 'forgedBelow', trusted: false, relay: 'relay.mailout-jp.example.org',
    subject: formSubject(CASE.suzuki),
    date: d('2026-02-19 02:41:10'), enc: 'utf8qp',
    text: `鈴木様

統合を確定するには、下のリンクから旧アカウントにサインインして承認ボタンを押してください。承認いただけない場合、統合は行われません。
https://aws-merge-approval.example.org/approve?c=${CASE.suzuki}

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-conf-summary-te',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.tanaka, trap: false,
    note: 'lists what moves, te-form chained sentences, asks for a reply meaning approval',
    from: FORM, to: TANAKA.keep,
    subject: formSubject(CASE.tanaka),
    date: d('2026-01-26 10:02:19'), enc: 'jis7',
    text: `田中様

お知らせいただいたアドレス(${TANAKA.keep})を残す形で、統合元の認定 2 件(SAA、DVA)と 50% 割引特典 1 件を移して、統合元のアカウントは閉じる、という段取りになります。
この作業は後から取り消せませんので、内容をご覧いただいて、よろしければ「統合を進めてください」とご返信いただけますか。

木村
${sfRef('Qm2RtB')}`,
  }),
  mk({
    slug: 'ja-conf-gmail-quoted',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.nakamura, trap: false,
    note: 'second ask for consent after his reply lacked it; four-level Gmail thread below',
    from: FORM, to: NAKAMURA.keep,
    subject: formSubject(CASE.nakamura),
    date: d('2026-03-06 09:44:05'), enc: 'sjis8',
    text: `中村様

お手数をおかけします。前回のご返信では統合へのご承諾が確認できませんでした。
統合は元に戻せない操作のため、明示的なご同意をいただいてから実施しております。ご同意いただけるようでしたら、その旨を一言お返事ください。

${gmailJa('2026年3月5日(木) 22:10', `Sho Nakamura <${NAKAMURA.keep}>`, `ありがとうございます。内容了解しました。
特典コードはそのまま使えますか?

${gmailJa('2026年3月5日(木) 11:12', 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', `中村様

ご返信ありがとうございます。統合の準備が整いました。
ご注意: 統合は取り消しができず、統合元 ${NAKAMURA.srcId} の特典コードは統合先へ引き継がれますが、統合元アカウントそのものは閉鎖されます。
ご承諾いただける場合は、本文に「同意します」とだけ書いてご返信ください。

${gmailJa('2026年3月4日(水) 16:40', 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', `中村 翔 様

本人確認のため、統合先アカウント(${NAKAMURA.keepId})に登録されているメールアドレスから、このメールにご返信ください。

${gmailJa('2026年3月3日(火) 8:15', `中村翔 <${NAKAMURA.keep}>`, NAKAMURA_REQ)}`)}`)}`)}`,
  }),
  mk({
    slug: 'ja-conf-misdirected',
    kind: 'confirmation_request', lang: 'ja', caseId: '1771200458',
    trap: false, forUser: false,
    note: 'consent request for another customer, addressed to a colleague (not the user\'s address)',
    from: FORM, to: COLLEAGUE,
    subject: formSubject('1771200458'),
    date: d('2026-02-20 17:22:31'), enc: 'jisb64',
    text: `山本様

ご依頼の 2 つの認定アカウントの統合について、準備ができております。
統合後は元の状態に戻すことができません。このまま実施してよろしければ、このメールへご返信ください。

AWS トレーニングと認定 カスタマーサービス`,
  }),
];
