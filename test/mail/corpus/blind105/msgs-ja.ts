// cz: Japanese messages. The merge cases interleaved with the rest of Amazon/AWS in one inbox.
import { rfcDate as d, type Msg } from './lib.js';
import {
  BUILDER, CASE, CREDLY_AWS, HANAKO, HEALTH, KENJI, NOREPLY, ORGS, PORTAL, PORTAL_CM, REPOST, REPOST_OWN, RETAIL_JP, SKILLB,
  SUPPORT_CTR, TARO, TC, TC_BARE, YUI, fwdJa, gmailJa, htmlDoc, mk, outlookJa, paras, quote, ref, sfOrig, tcSubject,
} from './common.js';

const K = KENJI;
const Y = YUI;

const kenjiAsk = `AWS認定のアカウントが2つあるため、1つにまとめていただきたくご連絡しました。
残す方: ${K.keepId} / ${K.keep}
統合する方: ${K.srcId} / ${K.src}
前職の会社アドレスで受験した SAA と、個人アドレスで受験した DVA があります。
森 健二`;

const yuiAsk = `お世話になります。田中と申します。
転職のため、旧所属のアドレス(${Y.src})で作った認定アカウントを、${Y.keep} の方に寄せたいです。
どちらにも合格履歴があり、ポータルの統合ツールではエラーになりました。`;

const kenjiAgree = `統合の件、上記内容で問題ありません。進めてください。
森`;

export const JA: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ack-kenji-receipt', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji,
    note: 'automatic receipt of the new merge case with its case ID',
    from: NOREPLY, to: K.keep, date: d('2026-11-02 21:14:09', '+0000'), enc: 'jis7',
    subject: `[CASE ${CASE.kenji}] AWS トレーニングと認定へのお問い合わせ`,
    text: `森 健二 様

AWS トレーニングと認定 カスタマーサポートにお問い合わせいただき、ありがとうございます。
ケース ID ${CASE.kenji} として登録いたしました。

担当者より、通常 1 から 2 営業日以内にご連絡を差し上げます。
追加の情報がございましたら、このメールにそのままご返信ください。ケースに記録されます。

同じ内容で新しいお問い合わせを作成されますと、回答が遅れる場合がございますのでご注意ください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-yui-shape', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yui, to: Y.keep,
    note: 'receipt recognisable by its shape: case number, status "未割り当て", created date',
    from: NOREPLY, date: d('2026-10-14 09:02:51', '+0900'), enc: 'utf8b64',
    subject: `ケース ${CASE.yui} が作成されました`,
    text: `田中 結衣 様

ケース番号: ${CASE.yui}
件名: アカウントの統合について
カテゴリ: AWS トレーニングと認定 / アカウント
ステータス: 未割り当て
作成日時: 2026/10/14 09:02 (JST)

ご返信はこのメールに対して行ってください。`,
    html: htmlDoc(`<table cellpadding="4" style="border:1px solid #ccc">
<tr><th align="left">ケース番号</th><td>${CASE.yui}</td></tr>
<tr><th align="left">件名</th><td>アカウントの統合について</td></tr>
<tr><th align="left">カテゴリ</th><td>AWS トレーニングと認定 / アカウント</td></tr>
<tr><th align="left">ステータス</th><td>未割り当て</td></tr>
<tr><th align="left">作成日時</th><td>2026/10/14 09:02 (JST)</td></tr>
</table>
<p>ご返信はこのメールに対して行ってください。</p>`),
  }),
  mk({
    slug: 'ack-yui-dup', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yuiDup, to: Y.keep,
    note: 'receipt of the duplicate merge case the user opened a second time',
    from: NOREPLY, date: d('2026-10-14 10:37:15', '+0900'), enc: 'sjis8',
    subject: `お問い合わせ受付のご連絡 (ケースID: ${CASE.yuiDup})`,
    text: `このメールは送信専用アドレスから自動でお送りしています。

田中様
AWS トレーニングと認定へのお問い合わせを承りました。お問い合わせ番号は ${CASE.yuiDup} です。
順番に確認しておりますので、しばらくお待ちください。

-- お問い合わせ内容 --
アカウント統合の依頼です。先ほども送りましたが、念のため再送します。
${Y.src} -> ${Y.keep}`,
  }),
  mk({
    slug: 'ack-taro-bare', kind: 'acknowledgement', lang: 'ja', caseId: CASE.taro, to: TARO.keep,
    note: 'bare receipt that only gives the case ID',
    from: NOREPLY, date: d('2026-09-28 14:48:30', '+0000'), enc: 'jisb64',
    subject: `お問い合わせありがとうございます [ケース ${CASE.taro}]`,
    text: `お客様

お問い合わせを受け付けました。ケース ${CASE.taro} でお取り扱いします。
回答までいましばらくお待ちいただけますようお願いいたします。

アマゾン ウェブ サービス ジャパン合同会社`,
  }),
  mk({
    slug: 'ack-hanako-fields', kind: 'acknowledgement', lang: 'ja', caseId: CASE.hanako, to: HANAKO.keep,
    note: 'receipt echoing the submitted form fields; new case ID',
    from: TC, date: d('2026-08-19 03:11:47', '+0000'), enc: 'utf8qp',
    subject: `[AWS Training and Certification Form Submission] - account-assistance [CASE ${CASE.hanako}]`,
    text: `佐藤 花子 様

以下の内容でお問い合わせを受け付けました(ケース ${CASE.hanako})。

お問い合わせの種類: AWS トレーニングと認定
内容: アカウントの統合
氏名: 佐藤 花子
会社名: (未入力)
候補者 ID: ${HANAKO.keepId}

受付順に対応しております。担当より追ってご連絡いたします。`,
  }),
  mk({
    slug: 'ack-kenji-voucher-untitled', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenjiVoucher,
    note: 'receipt of another case that does not say its topic: read as a receipt',
    from: NOREPLY, date: d('2026-11-20 08:05:00', '+0000'), enc: 'sjisb64',
    subject: `AWS サポート: ケース ${CASE.kenjiVoucher} を受け付けました`,
    text: `森 健二 様

新しいケースを受け付けました。
ケース ID: ${CASE.kenjiVoucher}

内容を確認のうえ、担当者からご連絡します。ケースの状況はサポートセンターでも確認できます。
https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.kenjiVoucher}`,
  }),
  mk({
    slug: 'ack-yui-forged-below', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yui, to: Y.keep, auth: 'forgedBelow',
    note: 'receipt shape but the only pass verdict sits below the server Received line: untrusted',
    from: NOREPLY, date: d('2026-10-14 11:20:03', '+0900'), enc: 'jis7', relay: 'mta7.bulk-sender.example',
    subject: `[CASE ${CASE.yui}] お問い合わせを受け付けました`,
    text: `田中 様

ケース ${CASE.yui} を受け付けました。
本人確認のため、下記ページからサインインをお願いします。
http://aws-case-verify.example/ja/${CASE.yui}`,
  }),
  mk({
    slug: 'ack-kenji-resubmit-en-boiler', kind: 'acknowledgement', lang: 'ja', caseId: '1772045190', to: K.src,
    note: 'receipt for a first merge case the user opened from the old address (Japanese text, English footer)',
    from: NOREPLY, date: d('2026-11-02 20:51:44', '+0000'), enc: 'jisb64', wholeSubject: true,
    subject: `ケース 1772045190 受付のお知らせ`,
    text: `ご連絡ありがとうございます。1772045190 番でお問い合わせを承りました。
ただいま回答の準備を進めております。

This is an automated message. Please do not reply with sensitive information.
Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ai-kenji-tool', kind: 'ai_answer', lang: 'ja', caseId: CASE.kenji,
    note: 'generated answer pointing to the self-service Merge Accounts tool',
    from: NOREPLY, date: d('2026-11-02 21:10:30', '+0000'), enc: 'jis7',
    subject: `AWS トレーニングと認定: 自動生成された回答 (ケース ${CASE.kenji})`,
    text: `この回答は生成 AI によって作成されました。内容が正しくない場合があります。

ご質問: 認定アカウントを1つにまとめたい

AWS Certification のアカウントページ (Profile) にある「Merge Accounts」から、
ご自身で2つのアカウントを結合できる場合があります。統合先にサインインし、
もう一方のアカウントのメールアドレスを入力して、届いたリンクを開いてください。

ツールで解決しない場合は「ケースを作成」を選択してください。`,
  }),
  mk({
    slug: 'ai-yui-html', kind: 'ai_answer', lang: 'ja', to: Y.keep,
    note: 'AI suggestion before a case was created (no case ID)',
    from: NOREPLY, date: d('2026-10-14 08:58:12', '+0900'), enc: 'utf8b64',
    subject: 'お問い合わせへの回答候補をお送りします',
    html: htmlDoc(`<p>田中 様</p>
<p>お問い合わせ内容から、以下の情報がお役に立つかもしれません(AI による自動回答)。</p>
<ul><li>認定ポータルにサインインし、プロフィール画面の「アカウントの統合」を開く</li>
<li>統合したい側のメールアドレスを入力し、確認メールのリンクを開く</li>
<li>両方のアカウントに認定履歴がある場合は、ツールではなくサポートへのご連絡が必要です</li></ul>
<p>この回答で解決しなかった場合は <a href="https://support.aws.amazon.com/#/contacts/aws-training">こちら</a> から担当者にお問い合わせください。</p>`),
  }),
  mk({
    slug: 'ai-taro-aftermath', kind: 'ai_answer', lang: 'ja', caseId: CASE.taro, to: TARO.keep, trap: true,
    note: 'automated answer that explains what happens after a merge: still ai_answer',
    from: NOREPLY, date: d('2026-09-28 14:46:02', '+0000'), enc: 'sjis8',
    subject: `自動回答: 認定アカウントの統合 [${CASE.taro}]`,
    text: `山田 太郎 様

自動応答システムからのご案内です。

アカウントが統合されると、統合元の認定資格・受験履歴・特典 (次回受験 50% 割引) は統合先に表示されます。
Credly のデジタルバッジは自動では移動しないことがあるため、統合後に改めて受け取り手続きを行ってください。

担当者による対応が必要な場合は、このまま返信せずにお問い合わせフォームからケースを作成してください。`,
  }),
  mk({
    slug: 'ai-hanako-helpful', kind: 'ai_answer', lang: 'ja', caseId: CASE.hanako, to: HANAKO.keep,
    note: 'AI answer with was-this-helpful buttons',
    from: TC, date: d('2026-08-19 03:09:55', '+0000'), enc: 'jisb64',
    subject: `[CASE ${CASE.hanako}] 生成 AI アシスタントからの回答`,
    text: `佐藤様

AI アシスタントがお問い合わせ内容を確認し、次の手順をご提案します。
1. aws.training にサインインし、認定アカウントにアクセス
2. 画面右上のメニューから「アカウント設定」
3. 「アカウントの統合」で統合元の候補者 ID を入力

この回答は役に立ちましたか? [はい] [いいえ、担当者に相談する]`,
  }),
  mk({
    slug: 'ai-kenji-amazonq', kind: 'ai_answer', lang: 'ja', caseId: CASE.kenji,
    note: 'Amazon Q-style automated suggestion on the merge case',
    from: NOREPLY, date: d('2026-11-03 00:02:41', '+0000'), enc: 'utf8qp',
    subject: `Amazon Q からの提案: ケース ${CASE.kenji}`,
    text: `ケース ${CASE.kenji} の内容をもとに、Amazon Q が回答案を作成しました。

- 会社のメールアドレスで作成したアカウントにまだサインインできるなら、まずセルフサービスの統合をお試しください
- サインインできない場合でも、候補者 ID と氏名が分かればサポートで照合できます

担当エンジニアの回答は別途お送りします。この提案は参考情報です。`,
  }),
  mk({
    slug: 'ai-yui-completion-words', kind: 'ai_answer', lang: 'ja', caseId: CASE.yui, to: Y.keep, trap: true,
    note: 'AI answer quoting what the portal shows when a merge completes; not a completion',
    from: NOREPLY, date: d('2026-10-14 09:01:00', '+0900'), enc: 'utf88bit',
    subject: `【自動回答】アカウント統合の手順 (${CASE.yui})`,
    text: `田中 結衣 様

本メールは AI による自動回答です。

セルフサービスで統合した場合、画面に「統合が完了しました」と表示され、数分後から統合先で資格が確認できるようになります。
表示されない、またはエラーになる場合は、このケースで担当者が引き続き対応します。`,
  }),
  mk({
    slug: 'ai-kenji-lookalike', kind: 'ai_answer', lang: 'ja', caseId: CASE.kenji, auth: 'none',
    note: 'AI-answer look-alike from a non-Amazon domain without authentication',
    from: 'AWS トレーニング <ai-answer@aws-training-help.net>', date: d('2026-11-03 02:15:19', '+0000'), enc: 'jis7',
    subject: `AI回答: 統合ツールのご案内 ケース${CASE.kenji}`,
    text: `森様

AI が回答します。統合ツールを利用するには、以下のページで現在のパスワードを入力してください。
https://aws-training-help.net/merge?case=${CASE.kenji}`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'info-kenji-ids', kind: 'info_request', lang: 'ja', caseId: CASE.kenji,
    note: 'agent asks for both candidate IDs, addresses and which to keep',
    from: TC, date: d('2026-11-04 01:33:20', '+0000'), enc: 'jis7',
    subject: tcSubject(CASE.kenji),
    text: `森 健二 様

AWS トレーニングと認定 カスタマーサービスの小林です。
統合を進めるにあたり、以下の項目をご返信ください。

・両アカウントの候補者 ID
・各アカウントのログイン用メールアドレス
・どちらのアカウントを残すか
・各アカウントで取得済みの認定名

よろしくお願いいたします。

${ref('KNJ01')}

${sfOrig(K.keep, '2026/11/02 21:14', TC_BARE, '[AWS Training and Certification Form Submission] - account-assistance', kenjiAsk)}`,
  }),
  mk({
    slug: 'info-kenji-skillbuilder', kind: 'info_request', lang: 'ja', caseId: CASE.kenji,
    note: 'request phrased softly (お知らせいただけますと幸いです) for the old candidate ID and exam email',
    from: TC, date: d('2026-11-05 06:40:02', '+0000'), enc: 'sjisb64',
    subject: tcSubject(CASE.kenji),
    text: `森様

ご返信ありがとうございます。
ご提示の ${K.srcId} ですが、こちらでは該当する受験記録が見つかりませんでした。
お手数ですが、受験当時に登録されていたメールアドレスと、Skill Builder で使用しているアドレスを併せてお知らせいただけますと幸いです。

AWS Training and Certification
小林`,
  }),
  mk({
    slug: 'info-yui-writefrom', kind: 'info_request', lang: 'ja', caseId: CASE.yui, to: Y.keep,
    note: 'write from the kept address AND include both IDs: info_request',
    from: TC, date: d('2026-10-15 02:18:44', '+0000'), enc: 'utf8b64',
    subject: tcSubject(CASE.yui),
    text: `田中 結衣 様

お問い合わせいただきありがとうございます。担当の佐々木です。
本人確認のため、残す予定のアカウントに登録されたメールアドレスから、本メールに返信する形で
両方の候補者 ID (AWS から始まる番号) を記載してお送りください。

ご協力をお願いいたします。`,
  }),
  mk({
    slug: 'info-yui-confirm-address', kind: 'info_request', lang: 'ja', caseId: CASE.yui, to: Y.keep, trap: true,
    note: '"ご確認のうえお知らせください" about which address to keep: asks for information, not consent',
    from: TC, date: d('2026-10-16 07:05:31', '+0000'), enc: 'jisb64',
    subject: tcSubject(CASE.yui),
    text: `田中様

お送りいただいた候補者 ID を確認しました。
統合後のログイン用アドレスを ${Y.keep} と ${Y.src} のどちらにするか、ご確認のうえお知らせください。
旧所属のアドレスは今後受信できなくなる可能性がありますので、ご注意ください。

佐々木`,
  }),
  mk({
    slug: 'info-taro-name-company', kind: 'info_request', lang: 'ja', caseId: CASE.taro, to: TARO.keep,
    note: 'asks for name, company and candidate ID; Gmail-style quoted request below',
    from: TC, date: d('2026-09-29 23:52:10', '+0000'), enc: 'utf8qp',
    subject: tcSubject(CASE.taro),
    text: `山田様

ご連絡ありがとうございます。AWS トレーニングと認定の高橋が担当いたします。
照合のため、受験時の氏名(ローマ字表記)、当時の会社名、候補者 ID を
このスレッドにご返信いただけますでしょうか。

${gmailJa('2026年9月28日(月) 23:47', TARO.ja, TARO.keep, `認定アカウントが会社用と個人用で分かれてしまっています。\n個人用 ${TARO.keep} に統合したいです。`)}`,
  }),
  mk({
    slug: 'info-hanako-which', kind: 'info_request', lang: 'ja', caseId: CASE.hanako, to: HANAKO.keep,
    note: 'both accounts hold certifications: asks which one to keep, te-form request',
    from: TC, date: d('2026-08-20 05:27:36', '+0000'), enc: 'sjis8',
    subject: tcSubject(CASE.hanako),
    text: `佐藤 花子 様

両方のアカウントに認定履歴があることを確認しました。
統合後に残すアカウントを 1 つお選びいただき、その候補者 ID と登録メールアドレスを書き添えてご返信いただければ、手続きに進めます。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'info-yui-mixed', kind: 'info_request', lang: 'ja', caseId: CASE.yui, to: Y.keep, cc: Y.src,
    note: 'Japanese request with English boilerplate: needs the exam dates of each certification',
    from: TC, date: d('2026-10-17 00:14:58', '+0000'), enc: 'jis7',
    subject: tcSubject(CASE.yui),
    text: `Hello Yui,

田中様、追加で 1 点だけ教えてください。
旧アカウント ${Y.srcId} で合格された試験の名称と合格日(おおよそで結構です)をお知らせください。
記録の照合に使用します。

Best regards,
AWS Training and Certification Customer Service`,
  }),
  mk({
    slug: 'info-kenji-fail-dmarc', kind: 'info_request', lang: 'ja', caseId: CASE.kenji, auth: 'fail',
    note: 'information request with dmarc=fail: untrusted',
    from: TC, date: d('2026-11-05 12:19:44', '+0000'), enc: 'utf8b64', relay: 'smtp.mailrelay-jp.example',
    subject: tcSubject(CASE.kenji),
    text: `森様

統合手続きのため、AWS アカウントのルートユーザーのパスワードと、登録済みクレジットカードの下 4 桁をお送りください。
本日中にご返信がない場合、お手続きを中止いたします。`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'conf-kenji-irreversible', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji,
    note: 'asks consent to the irreversible merge',
    from: TC, date: d('2026-11-06 02:44:10', '+0000'), enc: 'jis7',
    subject: tcSubject(CASE.kenji),
    text: `森 健二 様

ご提供いただいた情報で照合が取れました。以下の内容で統合いたします。

  残すアカウント: ${K.keepId} (${K.keep})
  統合されるアカウント: ${K.srcId} (${K.src})

統合後に元の 2 つのアカウントへ戻すことはできません。
上記で差し支えなければ、同意する旨を本メールへの返信でお知らせください。

AWS トレーニングと認定 小林`,
  }),
  mk({
    slug: 'conf-kenji-nudge', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji,
    note: 'reminder still asking for the consent reply',
    from: TC, date: d('2026-11-09 03:02:27', '+0000'), enc: 'sjis8',
    subject: tcSubject(CASE.kenji),
    text: `森様

11月6日にお送りした統合内容について、ご承諾のご返信をまだ頂戴しておりません。
ご同意いただけましたら、その旨ひとことお返事をいただくだけで作業を開始できます。
なお、実施後の取り消しはできませんのでご留意ください。

小林`,
  }),
  mk({
    slug: 'conf-yui-agree-phrase', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yui, to: Y.keep,
    note: 'asks the customer to reply 「同意します」 before the merge',
    from: TC, date: d('2026-10-18 01:26:39', '+0000'), enc: 'utf8b64',
    subject: tcSubject(CASE.yui),
    text: `田中様

統合の準備が整いました。
${Y.srcId} の認定履歴を ${Y.keepId} に移し、${Y.srcId} は無効化されます。この操作は元に戻せません。
よろしければ、本文に「同意します」とだけ書いてご返信ください。

佐々木`,
  }),
  mk({
    slug: 'conf-yui-outlook', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yui, to: Y.keep,
    note: 'consent request above an Outlook-style quote of the user reply',
    from: TC, date: d('2026-10-18 06:50:13', '+0000'), enc: 'jisb64',
    subject: tcSubject(CASE.yui),
    text: `田中様

ご回答ありがとうございました。ログインアドレスは ${Y.keep} のまま統合いたします。
最終確認として、統合の実施に同意いただけるか改めてお返事をお願いします。実施後は取り消せません。

${outlookJa(`${Y.ja} <${Y.keep}>`, '2026年10月18日 14:31', TC_BARE, tcSubject(CASE.yui), `残すのは ${Y.keep} でお願いします。`)}`,
  }),
  mk({
    slug: 'conf-taro-final', kind: 'confirmation_request', lang: 'ja', caseId: CASE.taro, to: TARO.keep,
    note: 'final check before the merge, consent requested',
    from: TC, date: d('2026-10-01 04:12:58', '+0000'), enc: 'utf8qp',
    subject: tcSubject(CASE.taro),
    text: `山田 太郎 様

お待たせいたしました。統合先 ${TARO.keepId}、統合元 ${TARO.srcId} で処理を予定しております。
取り消しのできない処理となりますため、実施してよいか最終のご確認をお願いいたします。
ご了承いただける場合はこのメールにご返信ください。

高橋`,
  }),
  mk({
    slug: 'conf-hanako-implicit', kind: 'confirmation_request', lang: 'ja', caseId: CASE.hanako, to: HANAKO.keep,
    note: 'consent asked without the word 確認: reply-to-proceed, cannot be undone',
    from: TC, date: d('2026-08-21 08:38:05', '+0000'), enc: 'sjisb64',
    subject: tcSubject(CASE.hanako),
    text: `佐藤様

残すアカウントは ${HANAKO.keepId} と承りました。
この内容で問題なければ、その旨ご返信いただいた時点で作業に入ります。
統合後は元の状態に戻すことができませんので、ご了承のうえお返事ください。`,
  }),
  mk({
    slug: 'conf-yui-html-only', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yui, to: Y.keep,
    note: 'HTML-only consent request',
    from: TC, date: d('2026-10-19 02:00:40', '+0000'), enc: 'utf8qp',
    subject: tcSubject(CASE.yui),
    html: htmlDoc(paras(`田中 結衣 様

念のため、再度のご案内です。

統合を実行すると ${Y.srcId} は利用できなくなり、元に戻すことはできません。
実行してよろしければ、このメールへ返信して承諾の意思をお伝えください。

AWS Training and Certification`)),
  }),
  mk({
    slug: 'conf-kenji-lookalike-server', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji, auth: 'lookalikeServer',
    note: 'pass verdict from a look-alike authserv-id: untrusted',
    from: TC, date: d('2026-11-06 09:30:00', '+0000'), enc: 'jis7', relay: 'out.mailhub-relay.net',
    subject: tcSubject(CASE.kenji),
    text: `森様

統合の同意をいただくため、下記フォームにサインインして「同意する」を押してください。
https://merge-consent.mailhub-relay.net/${CASE.kenji}
取り消しはできません。`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'mc-kenji-done', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji,
    note: 'agent reports the merge is done',
    from: TC, date: d('2026-11-10 05:16:33', '+0000'), enc: 'jis7',
    subject: tcSubject(CASE.kenji),
    text: `森 健二 様

ご承諾ありがとうございました。
${K.srcId} の認定情報を ${K.keepId} へ移し、アカウントの統合作業を完了いたしました。
aws.training にサインインのうえ、認定の一覧をご確認ください。

小林

${quote(kenjiAgree)}`,
  }),
  mk({
    slug: 'mc-yui-portal', kind: 'merge_completed', lang: 'ja', to: Y.keep,
    note: 'certification portal notice that the accounts are merged (no case ID)',
    from: PORTAL, date: d('2026-10-20 11:03:27', '+0900'), enc: 'utf8b64',
    subject: 'AWS Certification: アカウントが統合されました',
    text: `田中 結衣 様

お客様の AWS Certification アカウントは統合されました。
今後は ${Y.keep} でサインインしてください。認定、受験履歴、特典は統合後のアカウントに表示されます。

AWS Certification`,
    html: htmlDoc(`<h2>アカウントが統合されました</h2>
<p>田中 結衣 様</p>
<p>お客様の AWS Certification アカウントは統合されました。</p>
<p>今後は <b>${Y.keep}</b> でサインインしてください。認定、受験履歴、特典は統合後のアカウントに表示されます。</p>
<p><a href="https://www.aws.training/Certification">アカウントを開く</a></p>`),
  }),
  mk({
    slug: 'mc-taro-and-close', kind: 'merge_completed', lang: 'ja', caseId: CASE.taro, to: TARO.keep,
    note: 'completion that also says the case will be closed: the new fact is the merge',
    from: TC, date: d('2026-10-02 07:45:19', '+0000'), enc: 'sjis8',
    subject: tcSubject(CASE.taro),
    text: `山田様

大変お待たせしました。ご依頼の 2 アカウントはひとつになりました。
統合後のアカウント ${TARO.keepId} に、統合元の SAP と SCS が反映されています。
本件はこちらで完了とし、ケースをクローズさせていただきます。

高橋`,
  }),
  mk({
    slug: 'mc-hanako-please-check', kind: 'merge_completed', lang: 'ja', caseId: CASE.hanako, to: HANAKO.keep,
    note: 'completion notice with a please-check-everything line: stays merge_completed',
    from: TC, date: d('2026-08-22 10:09:51', '+0000'), enc: 'jisb64',
    subject: tcSubject(CASE.hanako),
    text: `佐藤 花子 様

統合処理が終わりました。
統合後のアカウントで、認定資格・受験履歴・割引バウチャーがすべて正しく表示されているかご確認ください。
表示に不足がある場合は、このケースにご返信ください。`,
  }),
  mk({
    slug: 'mc-kenji-certmetrics', kind: 'merge_completed', lang: 'ja',
    note: 'portal notice from the CertMetrics domain, which is not a trusted domain',
    from: PORTAL_CM, date: d('2026-11-10 05:20:02', '+0000'), enc: 'jis7',
    subject: '認定アカウント統合のお知らせ',
    text: `森 健二 様

ご依頼いただいた認定アカウントの統合が反映されました。
統合後の候補者 ID: ${K.keepId}

本メールは送信専用です。`,
  }),
  mk({
    slug: 'mc-yui-ids-between', kind: 'merge_completed', lang: 'ja', caseId: CASE.yui, to: Y.keep,
    note: 'completion with identifiers between the meaningful words',
    from: TC, date: d('2026-10-20 01:55:08', '+0000'), enc: 'utf8qp',
    subject: tcSubject(CASE.yui),
    text: `田中様

${Y.srcId} の認定履歴を ${Y.keepId} (${Y.keep}) へ移行し、統合処理を終えました。
ご不便をおかけしました。

佐々木

2026年10月19日(月) 18:22 ${Y.ja} <${Y.keep}>:
> 同意します。よろしくお願いします。`,
  }),
  mk({
    slug: 'mc-yui-fail-then-forged', kind: 'merge_completed', lang: 'ja', caseId: CASE.yui, to: Y.keep, auth: 'failThenForged',
    note: 'completion text, topmost verdict fails and a planted pass sits lower: untrusted',
    from: TC, date: d('2026-10-19 22:40:56', '+0000'), enc: 'sjisb64', relay: 'mx1.cheap-vps.example',
    subject: tcSubject(CASE.yui),
    text: `田中様

アカウントの統合が完了しました。
特典バウチャーを受け取るには、以下から 48 時間以内に手続きしてください。
http://voucher-aws.example/claim`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'bt-kenji-credly', kind: 'badges_transferred', lang: 'ja',
    note: 'AWS badge issued via Credly to the kept account after the merge',
    from: CREDLY_AWS, date: d('2026-11-11 02:17:45', '+0000'), enc: 'jisb64',
    subject: 'Amazon Web Servicesのバッジ発行のお知らせ',
    text: `森 健二 様

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/5b1c0f3e-77aa-4c1e-9d2b-k3nj1

Credly`,
  }),
  mk({
    slug: 'bt-yui-credly-html', kind: 'badges_transferred', lang: 'ja', to: Y.keep,
    note: 'Credly mail for an AWS badge on the kept address',
    from: CREDLY_AWS, date: d('2026-10-21 04:40:09', '+0000'), enc: 'utf8b64',
    subject: 'AWS Certified Developer - Associate のバッジを受け取りましょう',
    text: `田中 結衣 様
Amazon Web Services Training and Certification がバッジを発行しました: AWS Certified Developer - Associate
バッジを入手する https://www.credly.com/badges/0d93e2a1/accept`,
    html: htmlDoc(`<p>田中 結衣 様</p>
<p>Amazon Web Services Training and Certification がバッジを発行しました。</p>
<p><b>AWS Certified Developer - Associate</b></p>
<p><a href="https://www.credly.com/badges/0d93e2a1/accept" style="background:#ff6b00;color:#fff;padding:8px 16px">バッジを入手する</a></p>`),
  }),
  mk({
    slug: 'bt-kenji-agent-close', kind: 'badges_transferred', lang: 'ja', caseId: CASE.kenji,
    note: 'agent says the Credly badges moved and closes the case',
    from: TC, date: d('2026-11-12 06:05:37', '+0000'), enc: 'sjis8',
    subject: tcSubject(CASE.kenji),
    text: `森様

Credly のバッジについても、統合先 ${K.keep} のプロフィールへ付け替えを行いました。
Credly にサインインしてご確認ください。
以上で本件はクローズとさせていただきます。ご利用ありがとうございました。

小林`,
  }),
  mk({
    slug: 'bt-taro-agent', kind: 'badges_transferred', lang: 'ja', caseId: CASE.taro, to: TARO.keep,
    note: 'support says the badges now sit on the kept account',
    from: TC, date: d('2026-10-05 01:22:18', '+0000'), enc: 'utf8qp',
    subject: tcSubject(CASE.taro),
    text: `山田様

お問い合わせのデジタルバッジの件、旧アカウントに紐づいていた 2 つのバッジを ${TARO.keep} 側に移しました。
反映まで数時間かかる場合があります。

${outlookJa(`${TARO.ja} <${TARO.keep}>`, '2026年10月3日 9:10', TC_BARE, tcSubject(CASE.taro), `統合ありがとうございました。\nただ Credly のバッジが旧アドレスのままになっています。`)}`,
  }),
  mk({
    slug: 'bt-hanako-credly', kind: 'badges_transferred', lang: 'ja', to: HANAKO.keep,
    note: 'AWS-issued badge via Credly arriving at the kept address',
    from: CREDLY_AWS, date: d('2026-08-23 13:51:02', '+0000'), enc: 'jis7',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `佐藤 花子 様

おめでとうございます。AWS Certified Cloud Practitioner のバッジが発行されました。
下のリンクから受け取り、プロフィールで共有できます。

バッジを入手する
https://www.credly.com/earner/earned/badge/hs-2208-ccp

Credly チーム`,
  }),
  mk({
    slug: 'bt-yui-reissued', kind: 'badges_transferred', lang: 'ja', caseId: CASE.yui, to: Y.keep,
    note: 'agent: badges re-issued to the kept address',
    from: TC, date: d('2026-10-22 03:33:45', '+0000'), enc: 'jisb64',
    subject: tcSubject(CASE.yui),
    text: `田中様

お待たせしました。Credly 上のバッジ 3 点を ${Y.keep} 宛てに再発行し、旧アドレス側のものは取り消しました。
受け取りのご案内メールが Credly から届いていると思いますので、ご確認ください。

佐々木`,
  }),
  mk({
    slug: 'bt-kenji-credly-lookalike', kind: 'badges_transferred', lang: 'ja', auth: 'none',
    note: 'badge notice from credIy.com (capital i): look-alike, untrusted',
    from: 'Amazon Web Services via Credly <admin@credIy.com>', date: d('2026-11-11 07:00:12', '+0000'), enc: 'utf8qp',
    subject: 'バッジが新しいアカウントへ移行されました',
    text: `森 健二 様

統合に伴い、AWS 認定バッジを新しいアカウントへ移行しました。
バッジを有効にするため、48 時間以内にサインインしてください。
https://credIy.com/verify/k3nj1`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'cc-kenji-noreply-3days', kind: 'case_closed', lang: 'ja', caseId: CASE.kenji,
    note: '"we have not heard from you": case will close automatically',
    from: NOREPLY, date: d('2026-11-08 00:00:14', '+0000'), enc: 'jis7',
    subject: `ケース ${CASE.kenji}: ご返信をお待ちしております`,
    text: `森 健二 様

ケース ${CASE.kenji} について、担当者からのご連絡に対するお返事をお待ちしています。
3 日以内にご返信がない場合、本ケースは自動的にクローズされます。
クローズ後も、同じケースにご返信いただければ再開できます。`,
  }),
  mk({
    slug: 'cc-yui-resolved', kind: 'case_closed', lang: 'ja', caseId: CASE.yui, to: Y.keep,
    note: 'agent closes the case as resolved (no new merge fact)',
    from: TC, date: d('2026-10-24 02:08:33', '+0000'), enc: 'sjisb64',
    subject: tcSubject(CASE.yui),
    text: `田中様

その後、特にご質問がないようですので、本件は解決済みとしてクローズいたします。
またご不明な点がございましたら、お気軽にお問い合わせください。

佐々木

${outlookJa(`${Y.ja} <${Y.keep}>`, '2026年10月22日 19:02', TC_BARE, tcSubject(CASE.yui), `佐々木様\n\nバッジ 3 点とも受け取れました。ありがとうございました。\n\n${sfOrig(TC_BARE, '2026/10/22 12:33', Y.keep, tcSubject(CASE.yui), `田中様\n\nお待たせしました。Credly 上のバッジ 3 点を ${Y.keep} 宛てに再発行しました。\n\n${quote(`旧アドレスにバッジが残ったままです。\n田中`)}`)}`)}`,
  }),
  mk({
    slug: 'cc-taro-restate', kind: 'case_closed', lang: 'ja', caseId: CASE.taro, to: TARO.keep, trap: true,
    note: 'closing notice that only restates the earlier merge',
    from: TC, date: d('2026-10-09 05:59:41', '+0000'), enc: 'utf8b64',
    subject: tcSubject(CASE.taro),
    text: `山田様

先日ご案内のとおり、アカウントの統合とバッジの移行は完了しております。
その後ご連絡がございませんので、本ケースはこれでクローズとさせていただきます。

高橋`,
  }),
  mk({
    slug: 'cc-hanako-status', kind: 'case_closed', lang: 'ja', caseId: CASE.hanako, to: HANAKO.keep,
    note: 'system notice: case status changed to resolved',
    from: NOREPLY, date: d('2026-08-30 00:00:05', '+0000'), enc: 'utf8qp',
    subject: `ケース ${CASE.hanako} は解決済みになりました`,
    text: `ケース ID: ${CASE.hanako}
ステータス: 解決済み

このケースは解決済みに変更されました。再度お問い合わせが必要な場合は、サポートセンターから新しいケースを作成するか、このケースを再開してください。`,
  }),
  mk({
    slug: 'cc-yui-pause', kind: 'case_closed', lang: 'ja', caseId: CASE.yui, to: Y.keep,
    note: 'case closed for lack of reply, can be reopened by replying',
    from: TC, date: d('2026-10-16 23:47:19', '+0000'), enc: 'jis7',
    subject: tcSubject(CASE.yui),
    text: `田中様

前回のご連絡からお返事をいただけていないため、本ケースを一旦クローズさせていただきます。
手続きの再開をご希望の際は、本メールにご返信いただければ同じケースで対応いたします。`,
  }),
  mk({
    slug: 'cc-kenji-seven-days', kind: 'case_closed', lang: 'ja', caseId: CASE.kenji,
    note: 'auto-resolve reminder: 7 days without reply',
    from: SUPPORT_CTR, date: d('2026-11-13 00:00:41', '+0000'), enc: 'sjis8',
    subject: `[ケース ${CASE.kenji}] 自動クローズのお知らせ`,
    text: `お客様のケースは現在「お客様の対応待ち」です。
7 日以内にご返信がない場合、ケースは自動的に解決済みとなります。

ケース ID: ${CASE.kenji}`,
  }),
  mk({
    slug: 'cc-yui-other-only', kind: 'case_closed', lang: 'ja', caseId: CASE.yui, to: Y.keep, auth: 'otherOnly',
    note: 'closing text but only a foreign authserv-id vouches for it: untrusted',
    from: TC, date: d('2026-10-23 12:12:12', '+0000'), enc: 'utf8b64', relay: 'relay.gmail-forwarder.example',
    subject: tcSubject(CASE.yui),
    text: `田中様

本ケースはクローズされました。アンケートへのご協力をお願いします。
https://survey-aws.example/ja`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'sr-kenji-thanks-confirm', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: 'thanks for confirming, handed to the team: not a completion',
    from: TC, date: d('2026-11-09 08:21:50', '+0000'), enc: 'jis7',
    subject: tcSubject(CASE.kenji),
    text: `森様

ご承諾のご返信、確かに受け取りました。
統合作業は専任チームが担当しますので、引き継ぎを行いました。終わり次第こちらからご連絡します。

小林

${gmailJa('2026年11月9日(月) 15:40', K.ja, K.keep, kenjiAgree)}`,
  }),
  mk({
    slug: 'sr-yui-cases-merged', kind: 'support_reply', lang: 'ja', caseId: CASE.yui, to: Y.keep, trap: true,
    note: '"we merged your duplicate cases": not the account merge',
    from: TC, date: d('2026-10-15 01:02:03', '+0000'), enc: 'utf8b64',
    subject: tcSubject(CASE.yui),
    text: `田中様

同じ内容で 2 件のお問い合わせ(${CASE.yui} と ${CASE.yuiDup})をいただいておりましたので、ケースを 1 つに統合しました。
今後のやり取りは本ケースでお願いいたします。内容は確認中です。`,
  }),
  mk({
    slug: 'sr-taro-future', kind: 'support_reply', lang: 'ja', caseId: CASE.taro, to: TARO.keep, trap: true,
    note: 'future statement 「統合が完了しましたら」: not the event',
    from: TC, date: d('2026-10-01 09:30:22', '+0000'), enc: 'sjisb64',
    subject: tcSubject(CASE.taro),
    text: `山田様

ご同意いただきありがとうございます。
統合が完了しましたら、改めてこちらからご連絡いたします。通常 3 から 5 営業日ほどかかります。

高橋`,
  }),
  mk({
    slug: 'sr-hanako-not-yet', kind: 'support_reply', lang: 'ja', caseId: CASE.hanako, to: HANAKO.keep, trap: true,
    note: 'negated: the merge is not finished yet',
    from: TC, date: d('2026-08-22 01:14:07', '+0000'), enc: 'jisb64',
    subject: tcSubject(CASE.hanako),
    text: `佐藤様

お問い合わせの件、現時点では統合はまだ完了しておりません。
担当部署で作業を進めておりますので、もうしばらくお待ちください。`,
  }),
  mk({
    slug: 'sr-kenji-writefrom', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, to: K.src,
    note: 'asks to write from the kept address, without asking for data',
    from: TC, date: d('2026-11-03 04:48:26', '+0000'), enc: 'utf8qp',
    subject: tcSubject(CASE.kenji),
    text: `森様

旧アドレスからのご連絡を受け取りました。
今後のやり取りは、残す予定のアカウントのメールアドレスから本ケースにご返信いただけますと、手続きが円滑に進みます。`,
  }),
  mk({
    slug: 'sr-yui-escalated', kind: 'support_reply', lang: 'ja', caseId: CASE.yui, to: Y.keep,
    note: 'escalation status update',
    from: TC, date: d('2026-10-17 06:36:58', '+0000'), enc: 'sjis8',
    subject: tcSubject(CASE.yui),
    text: `田中様

旧アカウントの受験記録に氏名の表記ゆれがあり、照合のため専門チームへエスカレーションしました。
回答まで数日いただく見込みです。進展があり次第ご連絡します。`,
  }),
  mk({
    slug: 'sr-kenji-voucher-html', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji,
    note: 'answer on the merge case about vouchers after the merge (HTML only)',
    from: TC, date: d('2026-11-04 07:11:03', '+0000'), enc: 'utf8b64',
    subject: tcSubject(CASE.kenji),
    html: htmlDoc(`<div>森様</div><div><br></div>
<div>ご質問の割引バウチャーについてです。統合を行っても、有効期限内のバウチャーは統合先のアカウントに引き継がれますのでご安心ください。</div>
<div><br></div><div>小林</div>
<div class="gmail_quote"><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">統合すると 50% 割引のバウチャーは消えてしまいますか?</blockquote></div>`),
  }),
  mk({
    slug: 'sr-yui-badges-pending', kind: 'support_reply', lang: 'ja', caseId: CASE.yui, to: Y.keep, trap: true,
    note: 'badges not moved yet, being checked with Credly: status reply',
    from: TC, date: d('2026-10-21 00:19:30', '+0000'), enc: 'jis7',
    subject: tcSubject(CASE.yui),
    text: `田中様

ご指摘の、旧アドレスにバッジが残っている件について、現在 Credly 側の登録状況を確認しています。
移行できしだいお知らせしますので、今しばらくお待ちください。

佐々木`,
  }),

  // ---------------- unrelated: the rest of Amazon / AWS ----------------
  mk({
    slug: 'un-billing-receipt', kind: 'unrelated', lang: 'ja', caseId: CASE.kenjiBill, trap: true,
    note: 'receipt of a billing case that says its topic: another case',
    from: SUPPORT_CTR, date: d('2026-11-06 13:40:11', '+0000'), enc: 'jis7',
    subject: `ケース ${CASE.kenjiBill}: 請求に関するお問い合わせを受け付けました`,
    text: `AWS サポートをご利用いただきありがとうございます。

ケース ID: ${CASE.kenjiBill}
件名: 無料利用枠を超えた EC2 料金について
カテゴリ: アカウントおよび請求

担当者からの回答はサポートセンターでご確認いただけます。`,
  }),
  mk({
    slug: 'un-billing-credit', kind: 'unrelated', lang: 'ja', caseId: CASE.kenjiBill, trap: true,
    note: 'billing case reply: credit applied, "完了" about a refund',
    from: SUPPORT_CTR, date: d('2026-11-08 02:25:36', '+0000'), enc: 'utf8b64',
    subject: `ケース ${CASE.kenjiBill} に新しい返信があります`,
    text: `森様

AWS 請求サポートの中村です。
10 月分の EC2 利用料 12.48 USD について、プロモーションクレジットの適用が完了しました。
次回の請求書に反映されます。アカウント統合とは関係のないお手続きです。

サポートセンターで返信を確認: https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.kenjiBill}`,
  }),
  mk({
    slug: 'un-billing-resolved', kind: 'unrelated', lang: 'ja', caseId: CASE.kenjiBill, trap: true,
    note: 'the billing case resolved for lack of reply: not the merge case',
    from: SUPPORT_CTR, date: d('2026-11-15 00:03:00', '+0000'), enc: 'sjis8',
    subject: `[解決済み] ケース ${CASE.kenjiBill} - EC2 料金のご質問`,
    text: `ご返信がなかったため、請求に関するケース ${CASE.kenjiBill} を解決済みにしました。
追加のご質問があれば、サポートセンターからケースを再開してください。`,
  }),
  mk({
    slug: 'un-tech-ec2-info', kind: 'unrelated', lang: 'ja', caseId: CASE.yuiTech, to: Y.keep, trap: true,
    note: 'technical case asks for an instance ID: another case, not the merge',
    from: SUPPORT_CTR, date: d('2026-10-27 05:54:48', '+0000'), enc: 'jisb64',
    subject: `ケース ${CASE.yuiTech}: EC2 インスタンスに SSH 接続できない`,
    text: `田中様

AWS サポートの技術担当、山本です。
調査のため、対象インスタンスの ID (i- で始まる文字列) と、セキュリティグループの設定内容をお送りください。
リージョンは ap-northeast-1 でよろしいでしょうか。`,
  }),
  mk({
    slug: 'un-repost-merge-answer', kind: 'unrelated', lang: 'ja', trap: true,
    note: 're:Post notification: someone answered a question about merging certification accounts',
    from: REPOST, date: d('2026-10-30 16:22:05', '+0000'), enc: 'utf8qp',
    subject: 're:Post: あなたの質問に新しい回答があります',
    text: `森 健二 さん

あなたの質問「AWS 認定アカウントを統合したらバッジはどうなりますか?」に新しい回答が投稿されました。

回答 (AWS エキスパート):
統合が完了すると資格は残す側のアカウントに表示されます。Credly のバッジはサポートに依頼すると移行してもらえます。

回答を表示: https://repost.aws/ja/questions/QU8xk3nj1

通知設定はプロフィールから変更できます。`,
  }),
  mk({
    slug: 'un-repost-accepted', kind: 'unrelated', lang: 'ja', to: Y.keep, trap: true,
    note: 're:Post mail from repost.aws (not a trusted domain): accepted answer on an Organizations question',
    from: REPOST_OWN, date: d('2026-10-25 08:11:52', '+0000'), enc: 'jis7',
    subject: 're:Post: 回答が承認されました',
    text: `田中 結衣 さん

「2 つの AWS アカウントを 1 つの組織に統合する方法」へのあなたの回答が、質問者によって承認されました。
ポイントが 10 付与されました。

https://repost.aws/ja/questions/QUorgs2291`,
  }),
  mk({
    slug: 'un-health-rds', kind: 'unrelated', lang: 'ja', to: Y.keep,
    note: 'AWS Health scheduled maintenance notice',
    from: HEALTH, date: d('2026-10-28 02:00:00', '+0000'), enc: 'utf8b64',
    subject: '[AWS Health] Amazon RDS のメンテナンス予定 (ap-northeast-1)',
    html: htmlDoc(`<p>お客様</p>
<p>AWS アカウント 4821-7730-1954 の Amazon RDS インスタンス <code>prod-db-1</code> に対し、2026 年 11 月 10 日 02:00 (JST) からメンテナンスを予定しています。</p>
<p>詳細は AWS Health Dashboard をご確認ください。</p>`),
  }),
  mk({
    slug: 'un-root-signin', kind: 'unrelated', lang: 'ja',
    note: 'root user sign-in notice',
    from: NOREPLY, date: d('2026-11-01 12:34:07', '+0000'), enc: 'jis7',
    subject: 'AWS ルートユーザーのサインインがありました',
    text: `森 健二 様

AWS アカウント 3310-2287-4410 のルートユーザーで、新しいブラウザからサインインがありました。
日時: 2026/11/01 21:33 JST
場所: 東京, 日本

お心当たりがない場合は、直ちにパスワードを変更し、MFA を有効にしてください。`,
  }),
  mk({
    slug: 'un-mfa-registered', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'MFA device registration "確認" notice: account security, not the merge',
    from: NOREPLY, date: d('2026-11-01 12:51:20', '+0000'), enc: 'sjisb64',
    subject: 'MFA デバイスの登録を確認しました',
    text: `森 健二 様

AWS アカウント 3310-2287-4410 のルートユーザーに、新しい MFA デバイス (パスキー) が登録されました。
この操作に心当たりがない場合は、AWS サポートへご連絡ください。`,
  }),
  mk({
    slug: 'un-orgs-joined', kind: 'unrelated', lang: 'ja', to: Y.keep, trap: true,
    note: 'AWS Organizations: accounts joined the organization ("統合") - not certification',
    from: ORGS, date: d('2026-10-26 03:17:29', '+0000'), enc: 'utf8qp',
    subject: 'AWS Organizations: アカウントが組織に参加しました',
    text: `AWS Organizations をご利用いただきありがとうございます。

次のアカウントが組織 o-7hq2k19x に参加し、一括請求に統合されました。
  - 5520-1187-3046 (dev-sandbox)
  - 9034-6612-0758 (stg-tanaka)

今後これらのアカウントの請求は管理アカウントに集約されます。`,
  }),
  mk({
    slug: 'un-orgs-invite', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Organizations invitation asking to accept: not a merge consent',
    from: ORGS, date: d('2026-11-14 09:09:09', '+0000'), enc: 'jisb64',
    subject: 'AWS Organizations への招待',
    text: `森 健二 様

管理アカウント 7712-0345-8861 から、お客様の AWS アカウントを組織に招待するリクエストが届いています。
招待を承諾すると、請求は管理アカウントにまとめられます。承諾するかどうかは AWS Organizations コンソールで選択してください。
招待の有効期限: 15 日`,
  }),
  mk({
    slug: 'un-retail-jp-order', kind: 'unrelated', lang: 'ja', to: Y.keep, trap: true,
    note: 'Amazon.co.jp order confirmation (amazon.co.jp is not a trusted domain)',
    from: RETAIL_JP, date: d('2026-10-29 11:45:33', '+0900'), enc: 'sjis8',
    subject: 'Amazon.co.jp ご注文の確認',
    text: `田中 結衣 様

Amazon.co.jp をご利用いただき、ありがとうございます。
以下のご注文を承りました。

注文番号: 250-4471902-8830156
AWS認定 ソリューションアーキテクト アソシエイト 教科書 第3版  1 点  3,520 円
お届け予定: 10月31日(金)

ご注文内容の確認・変更は「注文履歴」から行えます。`,
  }),
  mk({
    slug: 'un-builder-code', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'AWS Builder ID verification code: a confirmation code, not a merge consent',
    from: BUILDER, date: d('2026-11-02 20:40:58', '+0000'), enc: 'utf8b64',
    subject: 'AWS Builder ID: メールアドレスの確認',
    text: `AWS Builder ID の作成を完了するには、次の確認コードを入力してください。

確認コード: 604 118

このコードの有効期限は 30 分です。心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'un-skillbuilder-course', kind: 'unrelated', lang: 'ja', to: Y.keep, trap: true,
    note: 'Skill Builder course completed: training, not the merge',
    from: SKILLB, date: d('2026-10-31 10:20:44', '+0000'), enc: 'jis7',
    subject: 'AWS Skill Builder: コースを修了しました',
    text: `田中 結衣 様

「AWS Cloud Practitioner Essentials (日本語)」を修了しました。おめでとうございます。
修了証はマイ学習ページからダウンロードできます。

次のおすすめ: Exam Prep Standard Course: AWS Certified Solutions Architect - Associate`,
  }),
  mk({
    slug: 'un-voucher-case-closed', kind: 'unrelated', lang: 'ja', caseId: CASE.kenjiVoucher, trap: true,
    note: 'T&C case about an exam voucher (topic stated): closing of another case',
    from: TC, date: d('2026-11-22 04:10:27', '+0000'), enc: 'utf8qp',
    subject: `RE:[CASE ${CASE.kenjiVoucher}] [AWS Training and Certification Form Submission] - exam-vouchers`,
    text: `森様

ご質問いただいた試験バウチャーの有効期限の件、期限は 2027 年 3 月 31 日までで、延長はできかねます。
ご不明点が解消されたようでしたら、本ケースはクローズいたします。

AWS トレーニングと認定 岡田`,
  }),
  mk({
    slug: 'un-own-consent', kind: 'unrelated', lang: 'ja', caseId: CASE.kenji, trap: true, auth: 'none',
    note: "the user's own consent reply (copy to himself): no news from support",
    from: `${K.ja} <${K.keep}>`, to: TC_BARE, cc: K.keep, rcpt: K.keep, date: d('2026-11-09 15:40:12', '+0900'), enc: 'jis7',
    subject: tcSubject(CASE.kenji),
    text: `${kenjiAgree}

iPhoneから送信

${gmailJa('2026年11月9日(月) 12:02', 'AWS Training and Certification', TC_BARE, `森様\n\n11月6日にお送りした統合内容について、ご承諾のご返信をまだ頂戴しておりません。`)}`,
  }),
  mk({
    slug: 'un-ooo-oldcompany', kind: 'unrelated', lang: 'ja', to: K.keep, auth: 'none',
    note: "the old company's auto-reply: out-of-office",
    from: 'Oldtech 情報システム部 <noreply@oldtech.example.co.jp>', date: d('2026-11-04 10:33:00', '+0900'), enc: 'sjis8',
    subject: '自動応答: 退職者アドレスについて',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `このアドレス (${K.src}) の利用者は退職しております。
ご用件は代表アドレスまでご連絡ください。本メールは自動送信です。`,
  }),
  mk({
    slug: 'un-survey-case', kind: 'unrelated', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: 'survey about the merge case ("解決しましたか")',
    from: NOREPLY, date: d('2026-11-13 03:30:30', '+0000'), enc: 'utf8qp',
    subject: `アンケートのお願い: ケース ${CASE.kenji}`,
    text: `森 健二 様

先日クローズしたケース ${CASE.kenji} について、問題は解決しましたか?
1 分で終わるアンケートにご協力ください。
https://amazonwebservices.qualtrics.example/jfe/form/SV_k3nj1`,
  }),
  mk({
    slug: 'un-phish-suspend', kind: 'unrelated', lang: 'ja', trap: true, auth: 'misaligned',
    note: 'phishing "account suspended, confirm your details" from a look-alike domain',
    from: 'AWS セキュリティ <security@amaz0n-aws.com>', date: d('2026-11-16 18:02:44', '+0000'), enc: 'jis7',
    subject: '【重要】AWS アカウントの一時停止と確認のお願い',
    text: `お客様の AWS アカウントで不審な請求が確認されました。
本人確認が完了するまでアカウントを一時停止しています。以下のリンクからカード情報をご確認ください。
https://amaz0n-aws.com/verify`,
  }),
  mk({
    slug: 'un-own-forward', kind: 'unrelated', lang: 'ja', caseId: CASE.yui, trap: true, auth: 'none', to: 'k.ishii@corp2.example.co.jp',
    note: "user's own forward of the completion to a colleague: not for the user",
    from: `${Y.ja} <${Y.keep}>`, date: d('2026-10-20 12:15:47', '+0900'), enc: 'utf8qp',
    subject: `Fwd: ${tcSubject(CASE.yui)}`,
    text: `石井さん

認定アカウントの統合が終わったので共有します。資格一覧の更新をお願いします。

${fwdJa(TC, '2026年10月20日(火) 10:55', tcSubject(CASE.yui), Y.keep, `田中様\n\n${Y.srcId} の認定履歴を ${Y.keepId} (${Y.keep}) へ移行し、統合処理を終えました。`)}`,
  }),
];
