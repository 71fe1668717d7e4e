// Japanese messages, part 1: receipts, automated answers, information and confirmation requests.
import type { Msg } from './lib.js';
import { C, DAISUKE, FORM, FORM_JA, MISAKI, NAKAMURA, NOREPLY, SHO, YUMI, d, formSubj, gmJa, htmlDoc, mk, olJa, quote, sfJa, sfRef } from './common.js';

const NAKAMURA_REQ = `AWS認定のアカウントが2つあるため、1つにまとめていただけますでしょうか。
残すアカウント: ${NAKAMURA.keepId} / ${NAKAMURA.keep}
まとめる方: ${NAKAMURA.srcId} / ${NAKAMURA.src}
前職の会社アドレスで受験したものが残っています。
中村 健一`;

const MISAKI_REQ = `いつもお世話になっております。小林です。
会社支給のアドレスと個人のアドレスで認定アカウントが分かれてしまいました。
個人側 (${MISAKI.keep}) に寄せたいです。
お手数ですがよろしくお願いします。`;

const SHO_REQ = `認定アカウントの統合希望です。
候補者ID ${SHO.keepId} (${SHO.keep}) を残し、${SHO.srcId} (${SHO.src}) の資格を移してください。`;

export const JA1: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ack-nakamura-receipt',
    kind: 'acknowledgement', lang: 'ja', caseId: C.nakamura, trap: false,
    note: 'automatic receipt of the new merge case with its case ID',
    from: NOREPLY, to: NAKAMURA.keep,
    subject: `[CASE ${C.nakamura}] お問い合わせを承りました`,
    date: d('2026-02-02 21:14:09', '+0000'), enc: 'jis7',
    text: `中村 健一 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
以下の内容でサポートケースを起票しました。

  ケース ID: ${C.nakamura}
  カテゴリ: AWS トレーニングと認定 / アカウントの統合
  起票日時: 2026-02-03 06:14 (JST)

担当者より通常 24 時間以内にご連絡いたします。
同じご依頼で別のケースを作成されますと、回答が遅れる原因となりますのでご遠慮ください。
このケースに追記する場合は、本メールにそのままご返信ください。

Amazon Web Services
このメールは送信専用アドレスから配信されています。`,
  }),
  mk({
    slug: 'ack-misaki-bodyonly',
    kind: 'acknowledgement', lang: 'ja', caseId: C.misaki, trap: false,
    note: 'receipt; the case ID only appears in the body',
    from: FORM_JA, to: MISAKI.keep,
    subject: 'AWS トレーニングと認定: サポートケースが作成されました',
    date: d('2026-03-09 10:02:44', '+0900'), enc: 'jisb64',
    text: `小林 美咲 様

お問い合わせを受け付けました。ケース番号は ${C.misaki} です。
内容を拝見したうえで、担当チームより順次ご返信いたします。
今しばらくお待ちください。

※ご返信の際は件名を変更せずにお送りください。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ack-sho-formshape',
    kind: 'acknowledgement', lang: 'ja', caseId: C.sho, trap: false,
    note: 'receipt recognisable by its form-echo shape (受付番号/受付日時), topic is the merge',
    from: NOREPLY, to: SHO.keep,
    subject: `ケース受付のお知らせ ${C.sho}`,
    date: d('2026-04-14 23:51:10', '+0000'), enc: 'sjis8',
    text: `━━━━━━━━━━━━━━━━━━━━━━
　お問い合わせ受付のお知らせ
━━━━━━━━━━━━━━━━━━━━━━
受付番号　：${C.sho}
受付日時　：2026/04/15 08:51
お問い合わせ種別：AWS トレーニングと認定
内容　　　：認定アカウントの統合
お名前　　：高橋 翔 様

ご入力いただいた内容は担当窓口へ引き継がれました。
回答までお時間をいただく場合がございます。

--
お客様の入力内容(抜粋):
${SHO_REQ}`,
  }),
  mk({
    slug: 'ack-yumi-surveynote',
    kind: 'acknowledgement', lang: 'ja', caseId: C.yumi, trap: false,
    note: 'receipt that mentions a survey may follow later; still the receipt',
    from: FORM_JA, to: YUMI.keep,
    subject: `[CASE ${C.yumi}] お問い合わせありがとうございます`,
    date: d('2026-01-20 14:22:31', '+0900'), enc: 'utf8qp',
    text: `伊藤 由美 様

AWS トレーニングと認定へのご連絡ありがとうございます。
ケース ${C.yumi} として登録いたしました、担当者が確認してからご返信します。

対応が終わりましたら、サービス向上のため簡単なアンケートをお送りすることがあります。
その際はご協力いただけますと幸いです。

AWS トレーニングと認定`,
    html: htmlDoc(`<p>伊藤 由美 様</p>
<p>AWS トレーニングと認定へのご連絡ありがとうございます。<br>
ケース <b>${C.yumi}</b> として登録いたしました、担当者が確認してからご返信します。</p>
<p style="color:#687078;font-size:12px">対応が終わりましたら、サービス向上のため簡単なアンケートをお送りすることがあります。<br>その際はご協力いただけますと幸いです。</p>
<p>AWS トレーニングと認定</p>`, 'ja'),
  }),
  mk({
    slug: 'ack-daisuke-forgedbelow',
    kind: 'acknowledgement', lang: 'ja', caseId: C.daisuke, trap: false, trusted: false, auth: 'forgedBelow',
    note: 'receipt text, but its dmarc=pass header sits below the server\'s Received line: untrusted',
    from: FORM, to: DAISUKE.keep,
    subject: `[CASE ${C.daisuke}] サポートケースを受け付けました`,
    date: d('2026-05-11 09:40:02', '+0900'), enc: 'utf8b64',
    text: `渡辺 大輔 様

ケース ${C.daisuke} を受け付けました。
通常1営業日以内に担当者からご連絡します、ご返信はこのメールへどうぞ。

AWS Training and Certification Customer Support`,
  }),
  mk({
    slug: 'ack-nakamura-dupcase',
    kind: 'acknowledgement', lang: 'ja', caseId: C.nakamuraDup, trap: false, crlf: false,
    note: 'receipt of a second (duplicate) case; echoes the request and says it will be reviewed',
    from: NOREPLY, to: NAKAMURA.src,
    subject: `[CASE ${C.nakamuraDup}] お問い合わせを承りました`,
    date: d('2026-02-04 03:05:51', '+0000'), enc: 'jis7',
    text: `AWS トレーニングと認定をご利用いただきありがとうございます。

ケース ID ${C.nakamuraDup} でお問い合わせを登録しました。
内容を確認のうえ、担当者よりご返信いたします。

--- お問い合わせ内容 ---
${NAKAMURA_REQ}
------------------------

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-misaki2-bilingual',
    kind: 'acknowledgement', lang: 'ja', caseId: '1781560178802', trap: false,
    note: 'bilingual receipt (English boilerplate + Japanese), new text is a receipt',
    from: NOREPLY, to: MISAKI.keep,
    subject: '[CASE 1781560178802] We have received your request / お問い合わせを受け付けました',
    date: d('2026-06-01 02:18:40', '+0000'), enc: 'sjisb64',
    text: `Thank you for contacting AWS Training and Certification.
AWS トレーニングと認定へのお問い合わせありがとうございます。

Case ID / ケース ID: 1781560178802

小林様から頂いたご依頼を受け付けました。
担当者が内容を拝見し、24時間を目安にご連絡差し上げます。
急ぎの追加情報がある場合は、このメールへの返信でお知らせください。

This is an automated message. / 本メールは自動送信です。`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ai-mergetool-helpful',
    kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'AI-generated answer pointing to the Merge Accounts tool, with a was-this-helpful widget',
    from: NOREPLY, to: NAKAMURA.keep,
    subject: 'AWS サポート: 生成 AI によるご案内',
    date: d('2026-02-02 21:09:55', '+0000'), enc: 'jis7',
    text: `お問い合わせ内容から、以下の情報がお役に立つ可能性があります。
(この回答は生成 AI によって作成されました)

AWS 認定アカウントが複数ある場合、多くは認定アカウントの
「プロフィール」から「アカウントの統合 (Merge Accounts)」を使ってご自身でまとめられます。
1. 残したいアカウントでサインイン
2. 統合ツールでもう一方のアカウントの認証情報を入力
3. 画面の指示に従って処理を完了

ツールで処理できない場合は、「ケースを作成」からお問い合わせください。

この回答は役に立ちましたか?
  [はい]  [いいえ]`,
  }),
  mk({
    slug: 'ai-aftermerge-explains',
    kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI answer that explains what a finished merge looks like; uses completion words but is the automated answer',
    from: 'AWS Support <no-reply@support.aws.com>', to: YUMI.keep,
    subject: 'お問い合わせへの自動回答',
    date: d('2026-01-20 05:15:02', '+0000'), enc: 'utf8qp',
    html: htmlDoc(`<div style="border-left:4px solid #ff9900;padding-left:12px">
<p><b>AI アシスタントからの回答</b></p>
<p>統合が完了すると、統合元アカウントの認定資格と受験履歴は統合先のアカウントに表示されるようになります。
未使用の特典 (次回受験の 50% 割引バウチャーなど) も移ります。</p>
<p>ご自身で統合ツールを利用できない場合 (両方のアカウントに認定資格がある場合など) は、このままケースを作成してください。</p>
</div>
<p style="font-size:12px;color:#545b64">生成 AI による回答には誤りが含まれる場合があります。この回答を評価してください:
<a href="https://support.aws.example/feedback?v=up">役に立った</a> / <a href="https://support.aws.example/feedback?v=down">役に立たなかった</a></p>`, 'ja'),
  }),
  mk({
    slug: 'ai-sho-assistant-caseid',
    kind: 'ai_answer', lang: 'ja', caseId: C.sho, trap: false,
    note: 'automated assistant reply attached to the case, suggests self-service tool',
    from: NOREPLY, to: SHO.keep,
    subject: `[CASE ${C.sho}] 自動アシスタントからのご案内`,
    date: d('2026-04-14 23:52:33', '+0000'), enc: 'sjis8',
    text: `高橋 翔 様

ケース ${C.sho} について、自動アシスタントからご案内します。
認定アカウントのマージは、認定ポータルのセルフサービス機能で即時に行えることがあります。
片方のアカウントに認定資格がない場合はこちらをお試しください。

両方に資格がある場合など、ツールでエラーになる際は担当者が対応しますので、このままお待ちください。

※このメッセージは自動で送信されています。`,
  }),
  mk({
    slug: 'ai-credly-later',
    kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI answer describing badge claiming after a merge; badge words, but the automated suggestion',
    from: 'AWS Support <no-reply@support.aws.com>', to: MISAKI.keep,
    subject: '生成AIによる回答: 認定アカウントの統合について',
    date: d('2026-03-09 01:00:12', '+0000'), enc: 'jisb64',
    text: `[自動生成された回答]

ご質問: 認定アカウントを1つにしたい

回答:
まず認定ポータルの Merge Accounts ツールで統合をお試しください。
Credly のデジタルバッジは、統合後に統合先のメールアドレスで改めて受け取る流れになります。
バッジが移っていないように見える場合は、Credly 側のアカウントのメールアドレス設定もご確認ください。

解決しない場合: 「ケースを作成」を選ぶと担当者につながります。
この回答はいかがでしたか? 5段階で評価してください。`,
  }),
  mk({
    slug: 'ai-prepare-ids',
    kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI answer listing what to prepare (IDs, addresses); reads like an info request but is the automated answer',
    from: NOREPLY, to: DAISUKE.keep,
    subject: 'AWS トレーニングと認定: AI によるご回答',
    date: d('2026-05-11 00:37:45', '+0000'), enc: 'utf8b64',
    text: `AI がお問い合わせ内容を読み取り、次の手順をご提案します。

アカウント統合をスムーズに進めるため、以下をお手元にご用意ください。
・両方のアカウントの候補者 ID (AWS から始まる番号)
・各アカウントのログイン用メールアドレス
・残したいアカウントがどちらか

セルフサービスの統合ツールで完了しない場合は、ケースを作成すると担当者が引き継ぎます。

--
この自動回答について、ご意見をお聞かせください: https://support.aws.example/csat/ai`,
  }),
  mk({
    slug: 'ai-plain-8bit',
    kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'short automated suggestion of the self-service merge page',
    from: 'AWS Support <no-reply@support.aws.com>', to: SHO.keep,
    subject: 'お探しの情報はこちらですか?',
    date: d('2026-04-14 23:48:20', '+0000'), enc: 'utf88bit',
    text: `「認定 アカウント まとめたい」についての自動回答です。

認定アカウントが2つに分かれている場合は、AWS Certification アカウントのプロフィール画面にある
統合ツールからご自身で統合できます。統合ツールを使えない場合に限り、ケースを作成してください。

この回答で解決しましたか? はい / いいえ`,
  }),
  mk({
    slug: 'ai-star-rating',
    kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'automated answer followed by a star-rating request',
    from: NOREPLY, to: YUMI.keep,
    subject: 'Amazon Q によるサポート回答',
    date: d('2026-01-20 05:11:47', '+0000'), enc: 'jis7',
    text: `伊藤様

ご入力の内容をもとに自動でお答えします。

大学のメールアドレスで作成した認定アカウントと個人アカウントの統合は、
認定アカウントにサインインし、「アカウントの統合」メニューから実行できます。
統合元の認定資格がある場合は、サポートへのケース作成が必要です。

★★★★★ この回答を星で評価してください
https://support.aws.example/rate?src=q`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'info-nakamura-ids',
    kind: 'info_request', lang: 'ja', caseId: C.nakamura, trap: false,
    note: 'agent asks for both candidate IDs, login addresses and which account to keep',
    from: FORM, to: NAKAMURA.keep,
    subject: formSubj(C.nakamura),
    date: d('2026-02-03 19:26:40', '+0000'), enc: 'jis7',
    text: `中村 健一 様

AWS トレーニングと認定カスタマーサポートの森です。
お問い合わせいただいたアカウント統合の件でご連絡しました。

手続きを進めるにあたり、次の項目をご返信いただけますでしょうか。
1. 両アカウントの候補者 ID
2. 各アカウントにサインインする際のメールアドレス
3. 統合後に残すアカウント (メインとして使う方)

いただいた情報をもとに、統合の可否を確認いたします。

よろしくお願いいたします。
森
AWS Training and Certification Customer Support

${sfRef('0Nk81x')}

${sfJa(NAKAMURA.keep, '2026/02/03 6:14', 'aws-cs-trainingcertification-form@amazon.com', `[CASE ${C.nakamura}] アカウントの統合`, NAKAMURA_REQ)}`,
  }),
  mk({
    slug: 'info-misaki-keepaddr-survey',
    kind: 'info_request', lang: 'ja', caseId: C.misaki, trap: false,
    note: 'asks the customer to check and tell which address to keep; a feedback link is appended at the bottom',
    from: FORM, to: MISAKI.keep,
    subject: formSubj(C.misaki),
    date: d('2026-03-10 11:47:03', '+0900'), enc: 'jisb64',
    text: `小林様

お問い合わせありがとうございます、担当の石井です。

統合先として残すアカウントのメールアドレスについて、
${MISAKI.keep} でお間違いないか、ご確認のうえお知らせください。
あわせて、会社支給アドレス側の候補者 ID がお分かりでしたら記載をお願いします。

石井
AWS トレーニングと認定

----
このメールでの対応についてご意見をお寄せください (1分程度):
https://pulse.aws.example/s/tc-agent?case=${C.misaki}

${quote(MISAKI_REQ)}`,
  }),
  mk({
    slug: 'info-sho-examdates',
    kind: 'info_request', lang: 'ja', caseId: C.sho, trap: false,
    note: 'asks for name, company and exam dates without the obvious request word',
    from: FORM, to: SHO.keep,
    subject: formSubj(C.sho),
    date: d('2026-04-16 02:30:17', '+0000'), enc: 'sjis8',
    text: `高橋様

ご連絡ありがとうございます。サポート担当の青木です。

${SHO.srcId} のアカウントについて、登録上のお名前が ${SHO.keepId} 側と異なっております。
ご本人確認のため、統合元アカウントで最後に受験された試験名と受験日、当時の会社名が分かれば
確認が早く進みます。

お手数をおかけしますが、本メールへのご返信にてお知らせいただけますと幸いです。

青木`,
  }),
  mk({
    slug: 'info-yumi-which-keep',
    kind: 'info_request', lang: 'ja', caseId: C.yumi, trap: false,
    note: 'asks which account to keep and for the university address; CSAT footer appended',
    from: FORM_JA, to: YUMI.keep,
    subject: formSubj(C.yumi),
    date: d('2026-01-21 16:05:59', '+0900'), enc: 'utf8qp',
    text: `伊藤 由美 様

AWS トレーニングと認定の西村でございます。

統合のご依頼を承りましたが、どちらのアカウントを残すご希望か、本文から判断できませんでした。
残す側の候補者 ID と、もう一方のアカウントで使っていた大学のメールアドレスを教えてください。

西村

―――――――――――――――――
今回の対応はいかがでしたか?
とても満足 / 満足 / 普通 / 不満 / とても不満
https://pulse.aws.example/s/csat?c=${C.yumi}`,
    html: htmlDoc(`<p>伊藤 由美 様</p>
<p>AWS トレーニングと認定の西村でございます。</p>
<p>統合のご依頼を承りましたが、どちらのアカウントを残すご希望か、本文から判断できませんでした。<br>
残す側の候補者 ID と、もう一方のアカウントで使っていた大学のメールアドレスを教えてください。</p>
<p>西村</p>
<hr>
<p style="font-size:12px">今回の対応はいかがでしたか?<br>
<a href="https://pulse.aws.example/s/csat?c=${C.yumi}&amp;r=5">とても満足</a> / <a href="https://pulse.aws.example/s/csat?c=${C.yumi}&amp;r=4">満足</a> / 普通 / 不満 / とても不満</p>`, 'ja'),
  }),
  mk({
    slug: 'info-phish-lookalike',
    kind: 'info_request', lang: 'ja', caseId: C.daisuke, trap: false, trusted: false,
    note: 'forged information request from a look-alike domain asking for sign-in details',
    from: 'AWS トレーニングと認定 <support@aws-training-support.jp>', to: DAISUKE.keep,
    subject: `RE:[CASE ${C.daisuke}] アカウント統合に必要な情報のご提供のお願い`,
    date: d('2026-05-12 08:13:27', '+0900'), enc: 'utf8b64',
    text: `渡辺様

アカウント統合のケース ${C.daisuke} につきまして、本人確認が完了しておりません。
下記フォームより、両アカウントのメールアドレスとパスワードをご入力ください。
48時間以内にご入力がない場合、統合は行われません。

https://aws-training-support.jp/verify?id=${C.daisuke}

AWS トレーニングと認定 サポートセンター`,
  }),
  mk({
    slug: 'info-daisuke-writefromkeep',
    kind: 'info_request', lang: 'ja', caseId: C.daisuke, trap: false,
    note: 'asks to write from the kept address and include the candidate ID (asks for data, so info_request)',
    from: FORM, to: DAISUKE.src, cc: DAISUKE.keep,
    subject: formSubj(C.daisuke),
    date: d('2026-05-12 18:44:10', '+0900'), enc: 'jis7',
    text: `渡辺様

お世話になっております。AWS トレーニングと認定サポートの佐野です。

セキュリティ上の理由から、統合のご依頼は統合後に残すアカウントのメールアドレスからお送りいただく必要があります。
お手数ですが、${DAISUKE.keep} から本ケースにご返信のうえ、両方の候補者 ID を記載していただけますか。

佐野
AWS Training and Certification`,
  }),
  mk({
    slug: 'info-sho-outlook-mobile',
    kind: 'info_request', lang: 'ja', caseId: C.sho, trap: false,
    note: 'second info request in a long Outlook-quoted thread, asks for the pass dates of each certification',
    from: FORM, to: SHO.keep,
    subject: formSubj(C.sho),
    date: d('2026-04-18 04:02:55', '+0000'), enc: 'sjisb64',
    text: `高橋様

ご返信ありがとうございます。
もう一点だけ、統合元アカウントにある認定 (SAA と DVA と伺っています) それぞれの合格日を教えていただけますか。
記録と突き合わせたうえで次の手順をご案内します。

青木

${olJa(`高橋 翔 <${SHO.keep}>`, '2026年4月17日 23:10', 'aws-cs-trainingcertification-form@amazon.com', formSubj(C.sho), `青木様

ご連絡ありがとうございます。
最後に受けたのは DVA で、当時は株式会社スタートアップエグザンプルに在籍していました。
よろしくお願いします。

iPhoneから送信`)}`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'conf-nakamura-agree',
    kind: 'confirmation_request', lang: 'ja', caseId: C.nakamura, trap: false,
    note: 'asks the customer to consent to the irreversible merge by replying',
    from: FORM, to: NAKAMURA.keep,
    subject: formSubj(C.nakamura),
    date: d('2026-02-05 01:12:38', '+0000'), enc: 'jis7',
    text: `中村様

情報のご提供ありがとうございました。森です。

確認の結果、${NAKAMURA.srcId} の認定資格を ${NAKAMURA.keepId} に統合できる状態です。
なお、統合を実行すると元に戻すことはできません。

上記の内容で進めてよろしければ、このメールに「同意します」とご返信ください。
ご返信をいただき次第、統合作業に入ります。

森
AWS トレーニングと認定カスタマーサポート

${sfRef('0Nk81x')}`,
  }),
  mk({
    slug: 'conf-misaki-noundo-survey',
    kind: 'confirmation_request', lang: 'ja', caseId: C.misaki, trap: false,
    note: 'consent request phrased with ご了承 instead of 確認; a survey link sits under the signature',
    from: FORM, to: MISAKI.keep,
    subject: formSubj(C.misaki),
    date: d('2026-03-11 15:20:41', '+0900'), enc: 'jisb64',
    text: `小林様

石井です。ご返信ありがとうございます。

頂いた内容で、${MISAKI.srcId} の資格と特典を ${MISAKI.keepId} (${MISAKI.keep}) へまとめる準備が整いました。
一度統合すると、分割して元の2アカウントに戻すことはできかねます。
この点をご了承いただけるかどうか、ご返信をお願いいたします。

石井

――
サポートの品質向上にご協力ください: https://pulse.aws.example/s/tc-agent?case=${C.misaki}`,
  }),
  mk({
    slug: 'conf-sho-summary',
    kind: 'confirmation_request', lang: 'ja', caseId: C.sho, trap: false,
    note: 'summary of what will be merged followed by a request to approve',
    from: FORM, to: SHO.keep,
    subject: formSubj(C.sho),
    date: d('2026-04-19 03:41:06', '+0000'), enc: 'sjis8',
    text: `高橋様

合格日のご連絡ありがとうございました。以下の内容で統合を行います。

　統合先(残るアカウント)：${SHO.keepId}　${SHO.keep}
　統合元(なくなるアカウント)：${SHO.srcId}　${SHO.src}
　移行される認定：AWS Certified Solutions Architect - Associate、AWS Certified Developer - Associate

統合の処理は取り消しができません。
この内容で差し支えなければ、本メールへ「承認します」とだけご返信ください。

青木`,
  }),
  mk({
    slug: 'conf-yumi-htmlonly',
    kind: 'confirmation_request', lang: 'ja', caseId: C.yumi, trap: false,
    note: 'HTML-only consent request',
    from: FORM_JA, to: YUMI.keep,
    subject: formSubj(C.yumi),
    date: d('2026-01-23 10:58:30', '+0900'), enc: 'utf8b64',
    html: htmlDoc(`<p>伊藤 由美 様</p>
<p>いつもご利用ありがとうございます。西村です。</p>
<p>大学アドレスのアカウント (${YUMI.srcId}) を、${YUMI.keepId} に統合する手続きの最終確認です。<br>
統合後は取り消しができないため、同意いただける場合のみ、このメールにご返信ください。</p>
<p>ご返信を確認し次第、作業を開始いたします。</p>
<p>西村<br>AWS トレーニングと認定</p>`, 'ja'),
  }),
  mk({
    slug: 'conf-daisuke-failforged',
    kind: 'confirmation_request', lang: 'ja', caseId: C.daisuke, trap: false, trusted: false, auth: 'failThenForged',
    note: 'consent request text, but the topmost authentication result is a fail (a pass is planted lower): untrusted',
    from: FORM, to: DAISUKE.keep,
    subject: formSubj(C.daisuke),
    date: d('2026-05-14 11:03:19', '+0900'), enc: 'utf8qp',
    text: `渡辺様

佐野です。${DAISUKE.keepId} を残し、${DAISUKE.srcId} の認定を移す形で統合いたします。
この操作は元に戻せませんので、ご同意いただける場合はご返信ください。

佐野`,
  }),
  mk({
    slug: 'conf-misaki2-topposted',
    kind: 'confirmation_request', lang: 'ja', caseId: '1781560178802', trap: false,
    note: 'top-posted consent request above the customer\'s Gmail-quoted message',
    from: FORM, to: MISAKI.keep,
    subject: formSubj('1781560178802'),
    date: d('2026-06-02 17:29:51', '+0900'), enc: 'jis7',
    text: `小林様

候補者IDのご提示ありがとうございます、担当の松田です。
ご指定の通り個人アドレスのアカウントを残す形で統合できます。統合後の取り消しはできませんが、よろしいでしょうか。
問題なければ、その旨ご返信をお願いします。

松田

${gmJa('2026年6月2日(火) 9:12', `小林 美咲 <${MISAKI.keep}>`, `松田様

お世話になっております。
残すのは ${MISAKI.keepId}、消える方は AWS90461172 です。
よろしくお願いします。`)}`,
  }),
  mk({
    slug: 'conf-nakamura-mixed',
    kind: 'confirmation_request', lang: 'ja', caseId: C.nakamura, trap: false,
    note: 'mixed-language consent request (English template line + Japanese explanation)',
    from: FORM, to: NAKAMURA.keep,
    subject: formSubj(C.nakamura),
    date: d('2026-02-06 08:45:12', '+0000'), enc: 'sjisb64',
    text: `中村様

先日のメールにご返信がなかったため、改めてご連絡しております。森です。

Please note that merging accounts cannot be reversed.
統合の実施には中村様ご本人の同意が必要となります。
${NAKAMURA.srcId} → ${NAKAMURA.keepId} で進めてよろしいか、ご返信にてお知らせください。

森`,
  }),
];

