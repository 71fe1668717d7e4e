// dd: Japanese messages. Status is carried by marks, boxes, arrows and layout.
import type { Msg } from './lib.js';
import { AWS_NOTIFY, CASE, CREDLY_AWS, HANAKO, HANAKO_ASK, PORTAL, SUPPORT, TARO, TARO_ASK, esc, formSubject, mk, quote, sfOriginal } from './common.js';

const T = CASE.taro;
const H = CASE.hanako;
const gmailJa = (when: string, name: string, addr: string): string => `${when} ${name} <${addr}>:`;

export const JA: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ack-ja-board', kind: 'acknowledgement', lang: 'ja', caseId: T, enc: 'utf8b64', from: AWS_NOTIFY,
    subject: `[ケース ${T}] お問い合わせ受付のお知らせ`, when: '2026-10-05 09:02:11',
    note: 'automatic receipt laid out as a status board: case ID, 受付済み ✅, next update',
    text: `山田 太郎 様

━━━━━━━━━━━━━━━━━━━━
 ケースID   : ${T}
 ステータス : 受付済み ✅
 種別       : AWS トレーニングと認定
 次回の更新 : 24時間以内(目安)
━━━━━━━━━━━━━━━━━━━━

本メールは自動送信です。同じご用件で新しいケースを起票されますと、回答が遅れる原因となります。
このメールに返信するとケースに追記されます。

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-ja-marks', kind: 'acknowledgement', lang: 'ja', caseId: H, enc: 'jis7', to: HANAKO.keep,
    subject: `[CASE ${H}] [AWS Training and Certification Form Submission] - account-assistance`, when: '2026-10-07 21:40:03',
    note: 'form receipt: 受付 〇 / 担当割当 △ / 回答 × progress marks; nothing asked yet',
    text: `佐藤 花子 様

フォームの送信内容を登録しました。現在の状況は以下のとおりです。

  受付         〇
  担当者の割当 △
  回答         ×

ケース番号 ${H}
通常1営業日以内に担当者よりご連絡します。重複してのご送信はお控えください。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ack-ja-htmlstep', kind: 'acknowledgement', lang: 'ja', caseId: CASE.hanakoDup, enc: 'utf8qp', to: HANAKO.keep, from: AWS_NOTIFY,
    subject: `ケース ${CASE.hanakoDup} を作成しました`, when: '2026-10-07 21:44:50',
    note: 'HTML-only receipt: Step 1 of 4, green 受付完了 cell next to the case ID',
    html: `<html><body style="font-family:sans-serif">
<p>Step <b>1</b> of 4</p>
<div style="width:300px;background:#ddd"><div style="width:25%;background:#2e7d32;height:8px"></div></div>
<table border="1" cellpadding="6" style="border-collapse:collapse;margin-top:12px">
<tr><th>ケースID</th><td>${CASE.hanakoDup}</td></tr>
<tr><th>状態</th><td style="background:#e8f5e9;color:#2e7d32">受付完了</td></tr>
<tr><th>カテゴリ</th><td>認定 / アカウント</td></tr>
</table>
<p>担当者からの連絡をお待ちください。このメールには返信できます。</p>
<p style="color:#777;font-size:11px">Amazon Web Services, Inc.</p>
</body></html>`,
  }),
  mk({
    slug: 'ack-ja-boxes-notopic', kind: 'acknowledgement', lang: 'ja', caseId: T, enc: 'sjis8',
    subject: `[CASE ${T}] お問い合わせ番号のご案内`, when: '2026-10-05 09:03:40',
    note: 'receipt by shape only (boxes: 作成 [x], 回答 [ ]), no topic stated: read as acknowledgement',
    text: `お問い合わせありがとうございます。

[x] ケース作成
[ ] 担当者からの回答
[ ] 解決

お問い合わせ番号: ${T}
ご返信の際は件名を変えずにお送りください。

--
AWS Training & Certification Customer Support`,
  }),
  mk({
    slug: 'ack-ja-forged', kind: 'acknowledgement', lang: 'ja', caseId: '1781177720', enc: 'utf8b64', auth: 'none',
    from: 'AWS サポート <support@aws-certification-help.jp>', to: HANAKO.keep,
    subject: '【受付済】ケース 1781177720 / アカウント統合のお申込み', when: '2026-10-08 02:11:09',
    note: 'forged receipt from a look-alike domain with no Authentication-Results',
    text: `お客様各位

✅ お申込みを受け付けました(ケース 1781177720)
⚠️ 本人確認のため、48時間以内に下記からサインインしてください
https://aws-certification-help.jp/verify

AWS サポートセンター`,
  }),
  mk({
    slug: 'ack-ja-arrow', kind: 'acknowledgement', lang: 'ja', caseId: T, enc: 'jisb64', from: AWS_NOTIFY,
    subject: `Case ${T}: ご依頼を承りました`, when: '2026-10-05 09:02:58', hdr: 'jis',
    note: 'receipt whose status is the arrow 新規 → 受付; only the case ID and response target',
    text: `AWS サポートをご利用いただきありがとうございます。

状態: 新規 → 受付
ケース ${T}(AWS トレーニングと認定 / アカウントの統合)

回答目安は24時間です。
※このアドレスは送信専用ではありません。ご返信はケースに記録されます。`,
  }),
  mk({
    slug: 'ack-ja-emoji-alt', kind: 'acknowledgement', lang: 'ja', caseId: '1784410027', enc: 'utf8qp', from: SUPPORT, to: TARO.src,
    subject: '[CASE 1784410027] [AWS Training and Certification Form Submission] - account-assistance', when: '2026-09-28 13:20:00',
    note: 'receipt for a first case sent from the source address; 📨 受信 line, multipart/alternative',
    text: `📨 受信しました
ケース: 1784410027
担当チーム: トレーニングと認定
内容を確認のうえ、担当者よりご連絡いたします。`,
    html: `<p>📨 <b>受信しました</b></p><ul><li>ケース: 1784410027</li><li>担当チーム: トレーニングと認定</li></ul><p>内容を確認のうえ、担当者よりご連絡いたします。</p>`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ai-ja-robot', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf8qp', from: AWS_NOTIFY,
    subject: 'AI による回答のご案内', when: '2026-10-05 08:58:31',
    note: 'generated answer pointing at the self-service Merge Accounts tool, steps as a list',
    text: `🤖 生成AIによる回答(参考情報)

認定アカウントの統合は、多くの場合ご自身で行えます。
 1. AWS Certification にサインイン
 2. プロフィール → 「アカウントの統合」
 3. 統合元のメールアドレスを入力 → 確認コードを入力

解決しない場合は「ケースを作成」から担当者へお問い合わせください。`,
  }),
  mk({
    slug: 'ai-ja-maru', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'jis7', from: AWS_NOTIFY, to: HANAKO.keep,
    subject: '【自動回答】アカウント統合について', when: '2026-10-07 21:31:12',
    note: 'automated answer with 〇/× table of when self-service works',
    text: `【自動回答】

セルフサービスの統合ツール
  〇 片方のアカウントにだけ認定履歴がある
  × 両方のアカウントに認定履歴がある → サポートへ

上記で解決しない場合は、このページの「ケースを作成」ボタンをご利用ください。
この回答は自動生成されたものです。`,
  }),
  mk({
    slug: 'ai-ja-sparkle-html', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf8b64', from: AWS_NOTIFY,
    subject: 'お問い合わせへの提案', when: '2026-09-28 13:15:44', to: TARO.src,
    note: 'HTML-only AI suggestion box (✨ 生成AI) recommending the portal tool',
    html: `<div style="border:1px solid #c5cae9;padding:10px">
<p>✨ <b>生成AIによる提案</b></p>
<p>AWS Certification アカウントのプロフィール画面にある <i>Merge Accounts</i> を使うと、2つのアカウントをまとめられます。</p>
<p style="color:#888">この提案は自動で作成されました。内容が当てはまらない場合はケースを作成してください。</p>
</div>`,
  }),
  mk({
    slug: 'ai-ja-after-badges', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'sjisb64', from: AWS_NOTIFY, to: HANAKO.keep,
    subject: '自動応答: 統合後のバッジについて', when: '2026-10-07 21:32:05', trap: true,
    note: 'automated answer explaining what happens after a merge (badges move / claim on Credly); stays ai_answer',
    text: `自動応答です。

統合が終わると:
  ■ 認定資格 → 統合先アカウントに表示
  ■ 特典(50%割引) → 統合先に表示
  ■ Credly バッジ → 統合先メールで受け取り直し

まずは統合ツールをお試しください。うまくいかない場合は担当者へのお問い合わせを作成できます。`,
  }),
  mk({
    slug: 'ai-ja-checklist', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf8qp', from: AWS_NOTIFY,
    subject: 'Amazon Q: 回答を作成しました', when: '2026-10-05 08:59:02',
    note: 'AI answer written as a self-check list with empty boxes; no case',
    text: `回答(AI生成)

統合ツールを使う前にご確認ください
[ ] 両方のアカウントにサインインできる
[ ] 統合元のメールで確認コードを受け取れる
[ ] どちらか片方は認定履歴がない

すべてにチェックが付けば、プロフィール > Merge Accounts から進められます。`,
  }),
  mk({
    slug: 'ai-ja-forged', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf8b64', auth: 'failThenForged',
    from: 'Amazon Web Services <no-reply-aws@amazon.com>', to: TARO.keep,
    subject: '🤖 自動回答: アカウント統合ツール', when: '2026-10-06 04:12:33',
    note: 'AI-answer look-alike whose top Authentication-Results fails; a pass verdict is planted lower',
    text: `🤖 自動回答

統合ツールへは次のリンクからどうぞ → https://merge-tool.aws-login.example.net/
サインインするとすぐに統合できます。`,
  }),
  mk({
    slug: 'ai-ja-thumbs', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf8b64', from: AWS_NOTIFY, to: HANAKO.keep,
    subject: 'AIアシスタントからの回答', when: '2026-10-07 21:30:40',
    note: 'AI answer with 👍/👎 buttons under it; still the AI answer, not a survey',
    text: `AIアシスタントの回答:
統合元と統合先の両方に資格がある場合、ツールでは統合できないことがあります。その際はサポートケースを作成してください。手順: プロフィール → アカウントの統合 → 画面の指示に従う。

この回答は役に立ちましたか?  👍 はい / 👎 いいえ`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'info-ja-blanks', kind: 'info_request', lang: 'ja', caseId: T, enc: 'jis7',
    subject: formSubject(T), when: '2026-10-06 10:14:27',
    note: 'form-like reply with blank fields for the source account; request implied by the blanks',
    text: `山田様

お問い合わせありがとうございます。以下の表の空欄が埋まりましたら、統合の手続きに進めます。

  統合先  メール: ${TARO.keep}   候補ID: ${TARO.keepId}   済
  統合元  メール: ______________   候補ID: ______________   未

お手数ですが、本メールへの返信で空欄部分をお送りいただけますと幸いです。

AWS トレーニングと認定 カスタマーサポート
小林

${quote(TARO_ASK)}`,
  }),
  mk({
    slug: 'info-ja-cross', kind: 'info_request', lang: 'ja', caseId: H, enc: 'utf8qp', to: HANAKO.keep,
    subject: formSubject(H), when: '2026-10-08 11:03:18',
    note: '❌ next to the candidate ID that could not be found, then → what to send',
    text: `佐藤様

ご連絡ありがとうございます。いただいた内容を照合しました。

✅ 統合先: ${HANAKO.keep}
❌ 統合元: ${HANAKO.src} に該当する候補IDが見つかりませんでした
→ AWSで始まる候補IDと、その試験を受けた際の氏名のつづりを返信にてお知らせいただけますか。

サポート担当 中村

${gmailJa('2026年10月7日(水) 21:29', '佐藤 花子', HANAKO.keep)}
${quote(HANAKO_ASK)}`,
  }),
  mk({
    slug: 'info-ja-redcell', kind: 'info_request', lang: 'ja', caseId: T, enc: 'utf8b64',
    subject: formSubject(T), when: '2026-10-06 10:20:00',
    note: 'HTML table with a red 未提出 cell for the source account details',
    html: `<p>山田 太郎 様</p>
<p>統合作業の前に、以下の情報が必要です。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>項目</th><th>状況</th></tr>
<tr><td>統合先のメールアドレス</td><td style="color:#2e7d32">受領済み</td></tr>
<tr><td>統合元の候補ID (AWS…)</td><td style="color:#c62828;font-weight:bold">未提出</td></tr>
<tr><td>統合元の登録メールアドレス</td><td style="color:#c62828;font-weight:bold">未提出</td></tr>
</table>
<p>赤字の項目をこのメールへのご返信でお送りください。</p>
<p>AWS Training and Certification<br>担当: 森</p>`,
  }),
  mk({
    slug: 'info-ja-whichkeep', kind: 'info_request', lang: 'ja', caseId: H, enc: 'sjis8', to: HANAKO.src, cc: HANAKO.keep,
    subject: formSubject(H), when: '2026-10-08 11:10:41',
    note: 'which account to keep, as two empty boxes to tick in the reply',
    text: `佐藤様

残すアカウントをお選びのうえ、返信でお知らせいただけますでしょうか。

  □ A: ${HANAKO.keep}(候補ID ${HANAKO.keepId})
  □ B: ${HANAKO.src}(候補ID ${HANAKO.srcId})

選ばなかった方の資格・特典は、選んだ方へ移ります。

AWS トレーニングと認定サポート`,
  }),
  mk({
    slug: 'info-ja-confirm-addr', kind: 'info_request', lang: 'ja', caseId: T, enc: 'jisb64',
    subject: formSubject(T), when: '2026-10-06 15:40:12',
    trap: true,
    note: 'ご確認のうえお知らせください about the address to keep: asks for information',
    text: `山田様

お世話になっております。
統合先として残すメールアドレスは ${TARO.keep} でお間違いないでしょうか。
※ 認定の通知先メールアドレスが別の場合は、そちらも併記願います。
ご確認のうえお知らせください。

AWS トレーニングと認定 カスタマーサポート 石井`,
  }),
  mk({
    slug: 'info-ja-progress', kind: 'info_request', lang: 'ja', caseId: H, enc: 'utf8b64', to: HANAKO.keep,
    subject: `${formSubject(H)} (2/4)`, when: '2026-10-09 09:12:09',
    note: 'progress bar Step 2 of 4 (情報の確認) with the two items still needed',
    text: `進捗: ■■□□  Step 2 of 4(情報の確認)

引き続き次の2点が必要です:
  ・統合元アカウントの候補ID
  ・統合元で最後に受験した試験名と受験日

ご返信をいただき次第、Step 3 に進みます。

中村(AWS トレーニングと認定)`,
  }),
  mk({
    slug: 'info-ja-phish', kind: 'info_request', lang: 'ja', caseId: T, enc: 'utf8qp', auth: 'lookalikeServer',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>',
    subject: formSubject(T), when: '2026-10-06 23:55:01',
    note: 'asks for passwords; Authentication-Results from a look-alike server name, so untrusted',
    text: `⚠️ 情報不足
統合を進めるため、両アカウントのパスワードを返信に記載してください。
 統合元パスワード: ________
 統合先パスワード: ________
期限: 24時間`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'conf-ja-arrow', kind: 'confirmation_request', lang: 'ja', caseId: T, enc: 'jis7',
    subject: formSubject(T), when: '2026-10-07 10:01:55',
    note: 'source → target layout, 元に戻せません, reply 同意します to proceed',
    text: `山田様

以下の組み合わせで統合いたします。

  ${TARO.srcId}(${TARO.src})
      ↓
  ${TARO.keepId}(${TARO.keep})

統合後は元に戻すことができません。
この内容でよろしければ、本メールに「同意します」とだけご返信ください。

AWS トレーニングと認定 小林`,
  }),
  mk({
    slug: 'conf-ja-warnbox', kind: 'confirmation_request', lang: 'ja', caseId: H, enc: 'utf8qp', to: HANAKO.keep,
    subject: formSubject(H), when: '2026-10-09 14:22:30',
    note: '⚠️ irreversible, an unchecked consent box the customer is asked to tick in the reply',
    text: `佐藤様

⚠️ この操作は取り消しできません

[ ] ${HANAKO.src} の認定・特典を ${HANAKO.keep} にまとめることに同意する

問題なければ、上の [ ] を [x] にしてそのまま返信してください。ご返信を受け取り次第、作業に入ります。

中村

${gmailJa('2026年10月9日(金) 10:02', '佐藤 花子', HANAKO.keep)}
> 候補IDは ${HANAKO.srcId} です。最後の受験は 2024年3月の SAA でした。`,
  }),
  mk({
    slug: 'conf-ja-step3-html', kind: 'confirmation_request', lang: 'ja', caseId: T, enc: 'utf8b64',
    subject: formSubject(T), when: '2026-10-07 10:05:00',
    note: 'HTML progress Step 3 of 4 with an orange 同意待ち status; consent requested',
    html: `<p>山田様</p>
<p>Step 3 of 4 &mdash; <b style="color:#e65100">同意待ち</b></p>
<ol><li><s>受付</s></li><li><s>情報の確認</s></li><li><b>お客様の同意</b></li><li>統合</li></ol>
<p>統合元 ${TARO.srcId} を統合先 ${TARO.keepId} に統合してよろしいでしょうか。一度統合すると分割はできません。よろしければ「はい」とご返信ください。</p>
<p>AWS トレーニングと認定</p>`,
  }),
  mk({
    slug: 'conf-ja-sankaku', kind: 'confirmation_request', lang: 'ja', caseId: H, enc: 'sjisb64', to: HANAKO.keep,
    subject: formSubject(H), when: '2026-10-09 14:30:12',
    note: '△ 保留中 until the customer approves; asks for approval',
    text: `佐藤様

ステータス: △ 保留中(お客様のご承諾待ち)

いただいた情報で統合の準備が整いました。統合は不可逆です。
ご承諾いただける場合は、その旨を本メールにご返信ください。ご返信後、通常1から3営業日で処理いたします。

AWS トレーニングと認定サポート`,
  }),
  mk({
    slug: 'conf-ja-maruBatsu', kind: 'confirmation_request', lang: 'ja', caseId: T, enc: 'utf8qp', from: SUPPORT,
    subject: formSubject(T), when: '2026-10-07 10:09:44',
    note: 'reply 〇 (proceed) or × (stop): consent asked with marks; multipart/alternative',
    text: `山田様

統合の可否を 〇 / × でご返信ください。
  〇 … ${TARO.srcId} を ${TARO.keepId} に統合する(取り消し不可)
  × … 今回は見送る

AWSトレーニングと認定`,
    html: `<p>山田様</p><p>統合の可否を <b>〇 / ×</b> でご返信ください。</p><ul><li>〇 … ${TARO.srcId} を ${TARO.keepId} に統合する(取り消し不可)</li><li>× … 今回は見送る</li></ul><p>AWSトレーニングと認定</p>`,
  }),
  mk({
    slug: 'conf-ja-forged-button', kind: 'confirmation_request', lang: 'ja', caseId: H, enc: 'utf8b64', auth: 'fail',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', to: HANAKO.keep,
    subject: formSubject(H), when: '2026-10-09 03:03:03',
    note: 'consent request with a button link; dmarc=fail on the top header, so untrusted',
    html: `<p>佐藤様</p><p>統合に同意される場合は下のボタンを押してください(取り消し不可)。</p><p><a href="https://aws-merge-consent.example.org/ok" style="background:#ff9900;padding:8px">✅ 同意する</a></p>`,
  }),
  mk({
    slug: 'conf-ja-thread', kind: 'confirmation_request', lang: 'ja', caseId: H, enc: 'jisb64', to: HANAKO.keep,
    subject: formSubject(H), when: '2026-10-09 14:40:00',
    note: 'consent request on top of a long Outlook-quoted thread that repeats the earlier info request',
    text: `佐藤様

ありがとうございます、情報はそろいました。
最終確認です ⇒ ${HANAKO.src} 側の履歴を ${HANAKO.keep} 側へまとめ、統合元は使えなくなります。元に戻せませんので、同意いただけるかご返信ください。

中村

差出人: 佐藤 花子 <${HANAKO.keep}>
送信日時: 2026年10月9日 10:02
宛先: aws-cs-trainingcertification-form@amazon.com
件名: ${formSubject(H)}

候補IDは ${HANAKO.srcId} です。

差出人: AWS Training and Certification
送信日時: 2026年10月8日 11:03
件名: ${formSubject(H)}

統合元の候補IDをお知らせください。`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'merge-ja-label', kind: 'merge_completed', lang: 'ja', caseId: T, enc: 'jis7',
    subject: formSubject(T), when: '2026-10-08 16:45:10',
    note: 'one-word status beside a label: 統合ステータス: 完了',
    text: `山田様

  統合ステータス: 完了
  統合元: ${TARO.srcId}
  統合先: ${TARO.keepId}

サインインのうえ、資格と特典の表示をご確認ください。

小林

${gmailJa('2026年10月7日(水) 12:30', '山田 太郎', TARO.keep)}
> 同意します。`,
  }),
  mk({
    slug: 'merge-ja-strike', kind: 'merge_completed', lang: 'ja', caseId: H, enc: 'utf8qp', to: HANAKO.keep,
    subject: formSubject(H), when: '2026-10-12 09:30:00',
    note: 'HTML status with <s>処理中</s> struck through and 完了 in green',
    html: `<p>佐藤様</p>
<p>アカウント統合: <s>処理中</s> <b style="color:#1b5e20">完了</b></p>
<p>${HANAKO.src} の認定履歴は ${HANAKO.keep} に移っています。念のため、プロフィールの認定一覧をご確認いただけますと幸いです。</p>
<p>中村 / AWS トレーニングと認定</p>`,
  }),
  mk({
    slug: 'merge-ja-portal-cell', kind: 'merge_completed', lang: 'ja', caseId: null, enc: 'utf8b64', from: PORTAL,
    subject: 'アカウント統合の結果', when: '2026-10-08 16:50:31',
    note: 'certification portal notice (no case ID), green 完了 cell in a result table',
    html: `<table style="border-collapse:collapse" border="1" cellpadding="6">
<tr><th colspan="2">アカウント統合の結果</th></tr>
<tr><td>統合元</td><td>${TARO.src}</td></tr>
<tr><td>統合先</td><td>${TARO.keep}</td></tr>
<tr><td>結果</td><td style="background:#c8e6c9">完了</td></tr>
</table>
<p>AWS Certification</p>`,
  }),
  mk({
    slug: 'merge-ja-check-close', kind: 'merge_completed', lang: 'ja', caseId: T, enc: 'utf8b64',
    subject: formSubject(T), when: '2026-10-08 17:02:00',
    note: '✅ アカウント統合 with a please-check line and a note that the case will close: still merge_completed',
    text: `山田様

✅ アカウント統合
   ${TARO.src} → ${TARO.keep}

内容に問題がないかご確認ください。問題なければ、本ケースはこのままクローズとなります。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'merge-ja-step4', kind: 'merge_completed', lang: 'ja', caseId: H, enc: 'sjis8', to: HANAKO.keep,
    subject: formSubject(H), when: '2026-10-12 09:31:20',
    note: 'progress bar at Step 4 of 4 ■■■■ with 統合 済',
    text: `佐藤様

■■■■ Step 4 of 4
統合 … 済

まとめた先は ${HANAKO.keep}(${HANAKO.keepId})です。特典の割引バウチャーもこちらに表示されます。

サポートチーム`,
  }),
  mk({
    slug: 'merge-ja-arrow', kind: 'merge_completed', lang: 'ja', caseId: T, enc: 'utf8qp', from: SUPPORT,
    subject: `${formSubject(T)} 【更新】`, when: '2026-10-08 16:47:02',
    note: 'status arrow 処理中 → 統合済 on the case',
    text: `山田様
ケース ${T} の状態が更新されました。
  処理中 → 統合済
統合先アカウントで受験履歴を確認できます。何かあれば本メールにご返信ください。`,
  }),
  mk({
    slug: 'merge-ja-forged', kind: 'merge_completed', lang: 'ja', caseId: H, enc: 'utf8b64', auth: 'forgedBelow',
    from: SUPPORT, to: HANAKO.keep,
    subject: formSubject(H), when: '2026-10-10 01:20:00',
    note: 'completion notice whose only dmarc=pass sits below the server Received line: forged',
    text: `佐藤様
✅ 統合完了
特典を受け取るには https://aws-benefit.example.info/claim からサインインしてください。`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'badge-ja-credly', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8b64', from: CREDLY_AWS,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', when: '2026-10-09 08:10:00',
    note: 'AWS badge issued via Credly to the kept address',
    html: `<p>山田 太郎 さん</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect – Associate」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/5c1d0c3e">バッジを入手する</a></p>
<p>Credly</p>`,
  }),
  mk({
    slug: 'badge-ja-crosscheck', kind: 'badges_transferred', lang: 'ja', caseId: T, enc: 'utf8b64',
    subject: formSubject(T), when: '2026-10-10 11:00:00',
    note: 'support: Credly バッジ ❌ → ✅ moved to the kept account',
    text: `山田様

ご指摘ありがとうございました。Credly 側を調整しました。
  Credly バッジ: ❌ 未反映 → ✅ ${TARO.keep} に移行済み
Credly にサインインしてご確認ください。

小林

${gmailJa('2026年10月9日(金) 19:02', '山田 太郎', TARO.keep)}
> 統合は確認できましたが、バッジが旧アドレスのままです。`,
  }),
  mk({
    slug: 'badge-ja-table', kind: 'badges_transferred', lang: 'ja', caseId: H, enc: 'utf8qp', to: HANAKO.keep,
    subject: formSubject(H), when: '2026-10-14 10:12:00',
    trap: true,
    note: 'HTML table of badges with green 移行済 cells, and the case is being closed',
    html: `<p>佐藤様</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>バッジ</th><th>移行</th></tr>
<tr><td>AWS Certified Cloud Practitioner</td><td style="color:#2e7d32">移行済</td></tr>
<tr><td>AWS Certified Solutions Architect – Associate</td><td style="color:#2e7d32">移行済</td></tr>
</table>
<p>以上をもちまして本ケースをクローズいたします。</p>`,
  }),
  mk({
    slug: 'badge-ja-marks', kind: 'badges_transferred', lang: 'ja', caseId: T, enc: 'jis7',
    subject: formSubject(T), when: '2026-10-10 11:05:30',
    note: 'per-badge 〇 marks: each badge now on the kept Credly account',
    text: `山田様

Credly のバッジを ${TARO.keep} に付け替えました。
  SAA  〇
  CLF  〇
  DVA  〇
(〇 = 付け替え済み)

小林`,
  }),
  mk({
    slug: 'badge-ja-credly-emoji', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8qp', from: CREDLY_AWS, to: HANAKO.keep,
    subject: '🎉 新しいバッジが届いています', when: '2026-10-13 07:45:00',
    note: 'Credly mail for an AWS badge (issuer Amazon Web Services Training and Certification) to the kept address',
    text: `🎉 佐藤 花子 さん、新しいバッジが届いています
発行元: Amazon Web Services Training and Certification
バッジ: AWS Certified Cloud Practitioner

バッジを入手する: https://www.credly.com/earner/earned/badge/77ab3f02`,
    html: `<p>🎉 佐藤 花子 さん、新しいバッジが届いています</p><p>発行元: Amazon Web Services Training and Certification<br>バッジ: AWS Certified Cloud Practitioner</p><p><a href="https://www.credly.com/earner/earned/badge/77ab3f02">バッジを入手する</a></p>`,
  }),
  mk({
    slug: 'badge-ja-forged', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8b64', auth: 'pass',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', when: '2026-10-09 04:40:00',
    note: 'badge notice from credIy.com (capital I): look-alike domain, untrusted',
    html: `<p>バッジが移行されました ✅</p><p><a href="https://credIy.com/claim">バッジを入手する</a></p>`,
  }),
  mk({
    slug: 'badge-ja-boxes', kind: 'badges_transferred', lang: 'ja', caseId: H, enc: 'sjisb64', to: HANAKO.keep,
    subject: formSubject(H), when: '2026-10-14 10:00:00',
    trap: true,
    note: 'checklist where the new tick is the badge move; the merge was done earlier',
    text: `佐藤様

先日の統合に続き、バッジの件も対応しました。
  [x] 認定履歴の統合(10/12 済)
  [x] 特典
  [x] Credly バッジの移行 ← 本日
統合先のメールアドレスで Credly にログインしてご確認ください。

中村`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'closed-ja-resolved', kind: 'case_closed', lang: 'ja', caseId: T, enc: 'jis7', from: AWS_NOTIFY,
    subject: `[ケース ${T}] ステータス: 解決済み`, when: '2026-10-13 09:00:00',
    trap: true,
    note: 'status-only closing notice: 解決済み, restates the earlier merge',
    text: `ケース ${T}
ステータス: 解決済み

10月8日に統合が済んでいるため、本ケースを解決済みとしました。
再度ご連絡いただければケースは再開されます。`,
  }),
  mk({
    slug: 'closed-ja-timer', kind: 'case_closed', lang: 'ja', caseId: H, enc: 'utf8b64', from: AWS_NOTIFY, to: HANAKO.keep,
    subject: `ケース ${H} は間もなくクローズされます`, when: '2026-10-17 09:00:00',
    note: '⏳ auto-close in 3 days unless the customer replies',
    text: `⏳ 残り 3 日

ケース ${H} にお客様からのご返信がないため、3日後に自動でクローズされます。
続けてご相談がある場合は、このメールにご返信ください。`,
  }),
  mk({
    slug: 'closed-ja-strike', kind: 'case_closed', lang: 'ja', caseId: T, enc: 'utf8qp', from: AWS_NOTIFY,
    subject: `ケース ${T} の状態が変わりました`, when: '2026-10-13 09:01:00',
    note: 'HTML <s>対応中</s> クローズ: closing by strikethrough',
    html: `<p>ケース ${T}</p><p>状態: <s>対応中</s> <b>クローズ</b></p><p>ご利用ありがとうございました。</p>`,
  }),
  mk({
    slug: 'closed-ja-bracket', kind: 'case_closed', lang: 'ja', caseId: H, enc: 'sjis8', to: HANAKO.keep,
    subject: `【クローズ】${formSubject(H)}`, when: '2026-10-20 18:00:00',
    note: '【クローズ】 in the subject, ご返信不要 in the body',
    text: `佐藤様

【クローズ】ケース ${H}
最後のご連絡から一定期間が経過したため、対応を終了します。ご返信は不要です。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'closed-ja-resolved-check', kind: 'case_closed', lang: 'ja', caseId: CASE.hanakoDup, enc: 'utf8b64', from: AWS_NOTIFY, to: HANAKO.keep,
    subject: `ケース ${CASE.hanakoDup}: Resolved`, when: '2026-10-09 12:00:00',
    note: 'the duplicate receipt case closed: 状態 Resolved ✅, points to the other case',
    html: `<table border="1" cellpadding="5"><tr><td>ケース</td><td>${CASE.hanakoDup}</td></tr><tr><td>状態</td><td>Resolved ✅</td></tr></table><p>同じご依頼はケース ${H} で対応中のため、こちらは終了しました。</p>`,
  }),
  mk({
    slug: 'closed-ja-week', kind: 'case_closed', lang: 'ja', caseId: T, enc: 'jisb64',
    subject: formSubject(T), when: '2026-10-09 09:00:00',
    note: 'reminder: 7日後にクローズ unless there is a reply',
    text: `山田様

その後いかがでしょうか。
 → 7日以内にご返信がない場合、本ケースはクローズされます。
 → ご不明点があれば、このメールにご返信ください。

小林`,
  }),
  mk({
    slug: 'closed-ja-forged', kind: 'case_closed', lang: 'ja', caseId: T, enc: 'utf8b64', auth: 'otherOnly',
    from: AWS_NOTIFY,
    subject: `[ケース ${T}] 解決済み ✅`, when: '2026-10-12 02:00:00',
    note: 'closing notice whose only Authentication-Results is from another server: untrusted',
    text: `ケース ${T} は解決済みです ✅
再開するには https://case-reopen.example.co/ にアクセスしてください。`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'sr-ja-thanks-consent', kind: 'support_reply', lang: 'ja', caseId: T, enc: 'utf8qp', trap: true,
    subject: formSubject(T), when: '2026-10-07 13:10:00',
    note: 'thanks for consenting ✅ → handed to the team: status update, not the merge',
    text: `山田様

同意のご返信 ✅ 受領
 → 統合担当チームへ引き継ぎ済み
 → 処理中

進み次第ご連絡します。

小林`,
  }),
  mk({
    slug: 'sr-ja-notyet', kind: 'support_reply', lang: 'ja', caseId: H, enc: 'jis7', to: HANAKO.keep, trap: true,
    subject: formSubject(H), when: '2026-10-11 10:00:00',
    note: '統合: 未完了 × with investigation ongoing: negated completion',
    text: `佐藤様

お問い合わせの件、現時点の状況です。
  統合: 未完了 ×
  理由: 統合元の試験履歴の移し替えでエラーが発生
担当チームが調査しています。もうしばらくお待ちください。

中村`,
  }),
  mk({
    slug: 'sr-ja-future', kind: 'support_reply', lang: 'ja', caseId: T, enc: 'sjisb64', trap: true,
    subject: formSubject(T), when: '2026-10-07 18:00:00',
    note: '統合が完了しましたら改めてご連絡: future, not the event',
    text: `山田様

お待たせしております。作業は予約済みで、統合が完了しましたら改めてご連絡いたします。
今のところ、お客様にお願いすることはございません。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'sr-ja-escalate', kind: 'support_reply', lang: 'ja', caseId: H, enc: 'utf8b64', to: HANAKO.keep,
    subject: formSubject(H), when: '2026-10-10 15:00:00',
    note: '⚠️ escalated to a specialist team, nothing asked',
    text: `佐藤様
⚠️ 専門チームへエスカレーションしました
回答まで数営業日かかる場合があります。ケースはこのまま開いています。
中村`,
  }),
  mk({
    slug: 'sr-ja-dupcases', kind: 'support_reply', lang: 'ja', caseId: H, enc: 'jisb64', to: HANAKO.keep, trap: true,
    subject: formSubject(H), when: '2026-10-08 12:00:00',
    note: 'we merged your duplicate cases (not the accounts)',
    text: `佐藤様

重複して作成されたケース ${CASE.hanakoDup} は、こちらのケース ${H} にまとめました。
以後のやり取りは本ケースでお願いいたします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'sr-ja-process', kind: 'support_reply', lang: 'ja', caseId: T, enc: 'utf8qp', trap: true,
    subject: formSubject(T), when: '2026-10-06 09:30:00',
    note: 'describes the whole process incl. "Step 4: 統合完了" as an outline; current position is step 1',
    html: `<p>山田様</p><p>今後の流れは以下のとおりです(現在: Step 1)。</p>
<ol><li><b>Step 1: 受付 ← 今ここ</b></li><li>Step 2: 情報の確認</li><li>Step 3: お客様の同意</li><li>Step 4: 統合完了のご連絡</li></ol>
<p>担当者から改めてご連絡します。</p>`,
  }),
  mk({
    slug: 'sr-ja-qa', kind: 'support_reply', lang: 'ja', caseId: T, enc: 'jis7',
    subject: formSubject(T), when: '2026-10-06 12:20:00',
    note: 'answers a question with 〇 marks (voucher carries over); no request',
    text: `山田様

ご質問への回答です。
  Q. 50%割引の特典は統合後も使えますか
  A. 〇 使えます(有効期限は変わりません)
  Q. 予約済みの試験に影響はありますか
  A. 〇 影響ありません

小林`,
  }),
  mk({
    slug: 'sr-ja-percent', kind: 'support_reply', lang: 'ja', caseId: H, enc: 'sjis8', to: HANAKO.keep,
    subject: formSubject(H), when: '2026-10-11 17:30:00',
    note: 'progress 75% status update, still in progress',
    text: `佐藤様

進捗: ■■■□ 75%
現在、試験履歴の移し替えを行っています。終わりましたらご連絡します。

中村`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'un-ja-survey', kind: 'unrelated', lang: 'ja', caseId: T, enc: 'utf8b64', from: 'AWS Support <aws-support-survey@amazon.com>', trap: true,
    subject: 'ご対応はいかがでしたか? ☆☆☆☆☆', when: '2026-10-14 10:00:00',
    note: 'satisfaction survey about the resolved case',
    text: `ケース ${T} の対応について評価をお願いします。
問題は解決しましたか?  はい / いいえ
☆☆☆☆☆ をクリックして評価`,
  }),
  mk({
    slug: 'un-ja-exam-pass', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8qp', from: PORTAL, trap: true,
    subject: '試験結果のお知らせ', when: '2026-09-20 20:00:00',
    note: 'exam result with ✅ 合格: a ✅ that is not the merge',
    text: `AWS Certified Developer – Associate
結果: ✅ 合格
スコア: 812
デジタルバッジは数日以内に届きます。`,
  }),
  mk({
    slug: 'un-ja-ms-credly', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8b64', from: 'Microsoft via Credly <admin@credly.com>', trap: true,
    subject: 'Microsoftのバッジ発行のお知らせ', when: '2026-10-10 09:00:00',
    note: 'Credly badge from another issuer (Microsoft)',
    html: `<p>Microsoft から「Azure Fundamentals」のバッジが発行されました ✅</p><p><a href="https://www.credly.com/earner/earned/badge/aa12">バッジを入手する</a></p>`,
  }),
  mk({
    slug: 'un-ja-own-consent', kind: 'unrelated', lang: 'ja', caseId: T, enc: 'jis7', trap: true, trusted: false,
    from: `${TARO.ja} <${TARO.keep}>`, to: 'aws-cs-trainingcertification-form@amazon.com', auth: 'none', deliveredTo: TARO.keep,
    subject: formSubject(T), when: '2026-10-07 12:30:00',
    note: "the user's own consent reply (copy in the mailbox); carries no news from support",
    text: `ご担当者様

〇 で進めてください。統合に同意します。

山田

2026年10月7日(水) 10:09 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
> 統合の可否を 〇 / × でご返信ください。`,
  }),
  mk({
    slug: 'un-ja-ooo', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'jis7', from: '鈴木 一郎 <ichiro.suzuki@corp.example.co.jp>', to: TARO.src,
    subject: '不在のお知らせ(自動返信)', when: '2026-10-06 09:00:00', extra: ['Auto-Submitted: auto-replied'],
    note: "a colleague's out-of-office auto-reply",
    text: `自動返信です。
10/5 から 10/9 まで不在: ×
10/12 以降: 〇
急ぎの件は部署アドレスまでお願いします。`,
  }),
  mk({
    slug: 'un-ja-other-case', kind: 'unrelated', lang: 'ja', caseId: CASE.taroOther, enc: 'utf8b64', from: AWS_NOTIFY, trap: true,
    subject: `[ケース ${CASE.taroOther}] 返金のお問い合わせを受け付けました`, when: '2026-10-02 14:00:00',
    note: 'receipt of the user\'s other case (exam fee refund), says its topic',
    text: `✅ 受付済み
ケース: ${CASE.taroOther}
内容: 試験料の返金について
担当者よりご連絡します。`,
  }),
  mk({
    slug: 'un-ja-skillbuilder', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8qp', from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', trap: true,
    subject: 'コース修了 ✅ おめでとうございます', when: '2026-10-03 19:00:00',
    note: 'Skill Builder course completion with Step 4 of 4 完了: not the merge',
    text: `Step 4 of 4 ■■■■ 完了
「AWS Cloud Practitioner Essentials」を修了しました。
修了証はマイページからダウンロードできます。`,
  }),
  mk({
    slug: 'un-ja-credly-merge-code', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8b64', from: 'Credly <no-reply@credly.com>', to: HANAKO.keep, trap: true,
    subject: 'アカウント統合の確認コード', when: '2026-10-15 08:00:00',
    note: "Credly's own account-merge code mail",
    text: `Credly アカウントの統合を完了するには、次のコードを入力してください。
コード: 482913
このコードは30分間有効です。`,
  }),
  mk({
    slug: 'un-ja-fwd-colleague', kind: 'unrelated', lang: 'ja', caseId: T, enc: 'utf8qp', trap: true, trusted: false, forUser: false,
    from: `${TARO.ja} <${TARO.keep}>`, to: '田中 <tanaka@corp.example.co.jp>', auth: 'none', deliveredTo: null,
    subject: `Fwd: ${formSubject(T)}`, when: '2026-10-08 18:00:00',
    note: "the user's own forward of the completion to a colleague (sent copy)",
    text: `田中さん
例の件、無事に統合されました ✅ 参考までに転送します。

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: 2026年10月8日(木) 16:45
Subject: ${formSubject(T)}

  統合ステータス: 完了`,
  }),
  // ---------------- extra shapes ----------------
  mk({
    slug: 'info-ja-mobile-lf', kind: 'info_request', lang: 'ja', caseId: T, enc: 'jis7', crlf: false,
    subject: 'Re: アカウント統合の件', when: '2026-10-06 19:48:00',
    note: 'case ID only in the body, LF line ends, typo (候捕ID); asks for the source candidate ID',
    text: `山田さま
取り急ぎ携帯から失礼します。
ケース ${T} の件、統合元の候捕ID(AWSから始まる番号)だけまだ頂けていません → ご返信お待ちしてます。
小林`,
  }),
  mk({
    slug: 'merge-ja-mixed-sf', kind: 'merge_completed', lang: 'ja', caseId: H, enc: 'utf8qp', to: HANAKO.keep,
    subject: formSubject(H), when: '2026-10-12 09:40:00',
    note: 'English status boilerplate with Japanese new text (統合が終わりました), top-posted over a Salesforce quote',
    text: `Status: Completed
佐藤様、統合が終わりました。${HANAKO.src} 側の資格は ${HANAKO.keep} にまとまっています。

Thank you for contacting AWS Training and Certification.

${sfOriginal(HANAKO.keep, '2026/10/09 14:55', 'aws-cs-trainingcertification-form@amazon.com', formSubject(H), '同意します。よろしくお願いします。\n佐藤')}`,
  }),
  mk({
    slug: 'conf-ja-bottom', kind: 'confirmation_request', lang: 'ja', caseId: T, enc: 'sjisb64',
    subject: formSubject(T), when: '2026-10-07 09:55:00',
    note: 'bottom-posted: quote first, then the consent request under it',
    text: `> 統合元の候補IDは ${TARO.srcId} です。
> 山田

山田様
承知しました。上記の候補IDで統合して差し支えないか、最後にご意思を確認させてください。統合は取り消せません。
問題なければ「OK」とご返信ください。
小林`,
  }),
  mk({
    slug: 'conf-ja-other-person', kind: 'confirmation_request', lang: 'ja', caseId: '1785520931', enc: 'jis7', to: '高橋 健二 <kenji.takahashi@example.net>',
    subject: formSubject('1785520931'), when: '2026-10-10 10:00:00',
    note: 'a consent request addressed to another customer; not delivered to the user',
    text: `高橋様

統合元 AWS77120033 → 統合先 AWS77120544
取り消しはできません。よろしければ「同意します」とご返信ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'un-ja-summit', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8b64', from: 'AWS Summit Japan <aws-summit-japan@amazon.com>', trap: true,
    subject: '参加登録 ✅ 完了しました', when: '2026-10-01 12:00:00',
    note: 'event registration: ✅ 完了 and a step list, nothing about the merge',
    html: `<p>Step 1: 参加登録 ✅ 完了<br>Step 2: セッション選択 → 未</p><p>当日は受付でQRコードをご提示ください。</p>`,
  }),
  mk({
    slug: 'closed-ja-resent', kind: 'case_closed', lang: 'ja', caseId: H, enc: 'jis7', to: HANAKO.src,
    resent: { from: 'postmaster@oldcorp.example.com', to: 'archive@oldcorp.example.com', date: 'Tue, 20 Oct 2026 18:05:00 +0900' },
    subject: `【クローズ】ケース ${H}`, when: '2026-10-20 18:01:00',
    note: 'closing notice redirected by the old company (Resent-*): not for the user',
    text: `ケース ${H}
状態: クローズ
ご返信は不要です。`,
  }),
  mk({
    slug: 'sr-ja-writefrom', kind: 'support_reply', lang: 'ja', caseId: T, enc: 'utf8b64', to: TARO.src,
    subject: formSubject(T), when: '2026-10-05 15:00:00',
    note: 'write from the address you keep, no data asked: support_reply',
    text: `山田様
✉ 残すアカウントのメールアドレスから、このケースにご返信いただけますか。
現在のアドレス(${TARO.src})からのご連絡では手続きを進められません。
小林`,
  }),
  mk({
    slug: 'un-ja-own-fwd-badge', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'jisb64', trap: true, trusted: false, auth: 'none',
    from: `${TARO.ja} <${TARO.src}>`, to: TARO.keep,
    subject: 'Fwd: Amazon Web Services Training and Certificationのバッジ発行のお知らせ', when: '2026-10-09 12:00:00',
    note: "the user's own forward of a Credly badge mail between own addresses",
    text: `自分用メモ。バッジ受け取り済み。

---------- Forwarded message ---------
From: Amazon Web Services Training and Certification via Credly <admin@credly.com>
Subject: Amazon Web Services Training and Certificationのバッジ発行のお知らせ

バッジを入手する`,
  }),
  mk({
    slug: 'un-ja-univ-credly', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8qp', from: '東京テック大学 via Credly <admin@credly.com>', to: HANAKO.keep, trap: true,
    subject: '東京テック大学のバッジ発行のお知らせ', when: '2026-10-16 10:00:00',
    note: 'Credly badge from a university, not AWS',
    html: `<p>佐藤 花子 さん</p><p>東京テック大学から「データサイエンス基礎」のバッジが発行されました 🎓</p><p><a href="https://www.credly.com/earner/earned/badge/u1">バッジを入手する</a></p>`,
  }),
];
