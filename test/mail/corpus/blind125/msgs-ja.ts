// Japanese messages of the dt set: chat-app formatting (raw Markdown, emoji, @mentions, pasted chat logs).
import type { Msg } from './lib.js';
import { AWS_NOTIFY, AWS_SUPPORT_DOMAIN, CASE, CREDLY_AWS, KENJI, PORTAL, SHO, SUPPORT, SUPPORT_BARE, TANAKA, YUI, formSubject, mk, outlookJa, paras, quote, sfOriginal } from './common.js';

const K = CASE.kenji;
const Y = CASE.yui;
const S = CASE.sho;

const kenjiAsk = `AWS認定のアカウントを1つにまとめたいです。
残す方: ${KENJI.keep} (${KENJI.keepId})
まとめる方: ${KENJI.src} (${KENJI.srcId})
会社名: コーポウエスト株式会社`;

const yuiAsk = `お世話になります、石川です。
前職のアドレス ${YUI.src} で取った資格を、個人の ${YUI.keep} 側へ寄せていただけますか。
候補者ID: ${YUI.keepId} / ${YUI.srcId}`;

export const JA: Msg[] = [
  // ---------------- acknowledgement (7) ----------------
  mk({
    slug: 'ack-md-kenji', kind: 'acknowledgement', lang: 'ja', caseId: K, from: AWS_NOTIFY, to: KENJI.keep,
    note: 'automatic receipt in raw Markdown with the new case ID',
    subject: `[CASE ${K}] ✅ お問い合わせを受け付けました`,
    text: `## ✅ 受付完了

${KENJI.ja} 様

**ケースID:** \`${K}\`
**カテゴリ:** AWS トレーニングと認定 / アカウント

📨 このメールは送信専用アドレスから自動でお送りしています。

⏳ 担当者からの連絡は通常24時間以内です。

- 同じ内容で別のケースを作ると回答が遅れます 🙏
- 追加情報はこのメールへの返信でどうぞ

— Amazon Web Services`,
  }),
  mk({
    slug: 'ack-jis-yui', kind: 'acknowledgement', lang: 'ja', caseId: Y, enc: 'jis7', to: YUI.keep,
    note: 'receipt (ISO-2022-JP) giving the case number, case ID also in subject',
    subject: `【自動送信】お問い合わせ番号 ${Y} 受付済み`,
    text: `石川 結衣 様

**お問い合わせ番号：${Y}**

このたびは AWS トレーニングと認定 へご連絡いただきありがとうございます。
本メールはシステムが自動で送信しています。

■ 今後の流れ
- 担当チームが内容を拝見し、1〜2営業日を目安にご連絡します
- このメールにそのまま返信すると、同じケースに記録されます

> ※お問い合わせ番号は、やり取りの際にお手元に控えておいてください。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ack-html-sho', kind: 'acknowledgement', lang: 'ja', caseId: S, from: AWS_NOTIFY, to: SHO.keep, enc: 'utf8qp',
    note: 'HTML-only receipt; template shows raw Markdown and emoji',
    subject: `📨 サポートケース ${S} が作成されました`,
    html: paras(`📨 **サポートケースを作成しました**

${SHO.ja} さん、こんにちは。

ケース番号 \`${S}\` で記録しています。

🕐 受付日時: 2026/06/02 08:14 (JST)

返信は担当者から、このアドレス宛てに届きます。

#### 🙏 お願い
同じご用件で新しいケースは作らないでください。`),
  }),
  mk({
    slug: 'ack-sjis-kenjidup', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenjiDup, enc: 'sjisb64', from: AWS_NOTIFY, to: KENJI.src,
    note: 'receipt of a second (duplicate) case; it says nothing of its topic, so it reads as a receipt',
    subject: `ケース ${CASE.kenjiDup} を受け付けました`,
    text: `**[受付] ケース ${CASE.kenjiDup}**

ご連絡ありがとうございます。
ケースを登録いたしました、担当より追ってご連絡いたします。

● ステータス: 担当者割り当て待ち
● 目安: 24時間以内

Amazon Web Services サポート`,
  }),
  mk({
    slug: 'ack-fields-trap', kind: 'acknowledgement', lang: 'ja', caseId: Y, trap: true, to: YUI.keep, from: AWS_SUPPORT_DOMAIN, enc: 'utf8qp',
    note: 'receipt that lists the submitted fields (merge, candidate IDs) but asks nothing: still the receipt',
    subject: `[CASE ${Y}] 受付のお知らせ – アカウント統合`,
    text: `✅ ご依頼を受け付けました（ケース ${Y}）

以下の内容で登録済みです👇

| 項目 | 入力内容 |
|---|---|
| お問い合わせ種別 | AWS トレーニングと認定 |
| 内容 | アカウントの統合 |
| 候補者ID | ${YUI.keepId} |
| 連絡先 | ${YUI.keep} |

担当者の確認後、改めてご連絡します。
入力内容の訂正はこのメールへの返信で大丈夫です。`,
  }),
  mk({
    slug: 'ack-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: K, trusted: false, from: 'AWS サポート <support@aws-support-desk.jp>', to: KENJI.keep,
    note: 'forged receipt from a look-alike domain (passes only for its own domain)',
    subject: `✅ [CASE ${K}] お問い合わせ受付`,
    text: `🎫 **お問い合わせを受け付けました**

ケースID: ${K}

⚡ 対応を早めるには、下のリンクから本人確認を済ませてください
👉 https://aws-support-desk.jp/verify?case=${K}

AWS サポートセンター`,
  }),
  mk({
    slug: 'ack-alt-yui2', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yuiRefund, from: AWS_NOTIFY, to: YUI.src,
    note: 'multipart receipt that does not say its topic: read as a receipt',
    subject: `Case ${CASE.yuiRefund}: お問い合わせありがとうございます 🙏`,
    text: `🙏 お問い合わせありがとうございます

ケース ${CASE.yuiRefund} を作成しました。
内容を確認次第、担当者からご連絡します。

※このメールには返信しないでください（送信専用）`,
    html: paras(`🙏 お問い合わせありがとうございます

ケース <b>${CASE.yuiRefund}</b> を作成しました。
内容を確認次第、担当者からご連絡します。

※このメールには返信しないでください（送信専用）`).replace(/&lt;b&gt;|&lt;\/b&gt;/g, ''),
  }),

  // ---------------- ai_answer (7) ----------------
  mk({
    slug: 'ai-bot-tool', kind: 'ai_answer', lang: 'ja', from: AWS_NOTIFY, to: KENJI.keep,
    note: 'generated answer pointing to the self-service Merge Accounts tool, with a - [ ] checklist',
    subject: '🤖 AIアシスタントからのご案内: アカウントの統合',
    text: `🤖 **AIアシスタントの回答**（自動生成）

アカウントの統合は、ご自身でも操作できる場合があります。

- [ ] 残したい方のアカウントで認定ポータルにサインイン
- [ ] 「プロフィール」→「アカウントの統合」を開く
- [ ] もう一方のアカウントのメールアドレスを入力

❗ 両方のアカウントに認定履歴がある場合、ツールでは統合できません。その際は「ケースを作成」へお進みください。

👍 役に立った / 👎 役に立たなかった`,
  }),
  mk({
    slug: 'ai-after-merge-trap', kind: 'ai_answer', lang: 'ja', trap: true, from: AWS_NOTIFY, to: YUI.keep,
    note: 'AI answer that explains what happens once accounts are merged (badges, vouchers); still an AI suggestion',
    subject: '自動回答：統合後の認定とバッジについて',
    text: `💡 **生成AIによる回答です。内容は必ずしも正確ではありません。**

統合が完了すると、統合元の認定資格と特典（50%割引バウチャーなど）は統合先に表示されます。

🏅 Credlyのバッジは自動では移らないことがあります。統合の後で、統合先のメールアドレスで受け取り直してください。

まずはセルフサービスの **Merge Accounts** をお試しください。
解決しない場合 → \`ケースを作成\``,
  }),
  mk({
    slug: 'ai-jis-plain', kind: 'ai_answer', lang: 'ja', enc: 'jis7', from: AWS_NOTIFY, to: SHO.keep,
    note: 'plain ISO-2022-JP automated answer suggesting the Merge Accounts tool',
    subject: '[自動応答] アカウント統合のセルフサービス手順',
    text: `※本メールは自動応答です※

> 質問: 認定アカウントが2つあるのでまとめたい

■ 回答
認定ポータルの「Merge Accounts」機能で、ご自身で統合できる可能性があります。
手順: サインイン → 右上のプロフィール → アカウントの統合

■ うまくいかない場合
画面に「サポートへお問い合わせください」と表示されたら、ケースの作成に進んでください。`,
  }),
  mk({
    slug: 'ai-html-sho', kind: 'ai_answer', lang: 'ja', from: AWS_NOTIFY, to: SHO.src, enc: 'utf8qp',
    note: 'multipart AI-generated answer with emoji bullets',
    subject: '✨ よくあるご質問からの自動回答',
    text: `✨ 自動回答

🔹 認定アカウントが複数ある → Merge Accounts ツール
🔹 メールアドレスを変えたい → プロフィール設定
🔹 それでも解決しない → サポートケースを作成

この回答はAIが作成しました。`,
    html: paras(`✨ 自動回答

🔹 認定アカウントが複数ある → Merge Accounts ツール
🔹 メールアドレスを変えたい → プロフィール設定
🔹 それでも解決しない → サポートケースを作成

この回答はAIが作成しました。`),
  }),
  mk({
    slug: 'ai-sjis-case', kind: 'ai_answer', lang: 'ja', enc: 'sjis8', caseId: K, from: AWS_NOTIFY, to: KENJI.keep,
    note: 'automated suggestion sent on an open case (Shift_JIS), with the case ID',
    subject: `[CASE ${K}] 自動でお送りしている参考情報`,
    text: `ケース ${K} について、担当者の確認前に参考情報をお送りします（自動送信）。

**セルフサービスで統合できるケース**
・片方のアカウントにしか認定履歴がない
・どちらも同じ氏名で登録している

上記に当てはまる場合は、認定ポータルの「アカウントの統合」をお試しください。
当てはまらない場合は、このまま担当者からの連絡をお待ちください。`,
  }),
  mk({
    slug: 'ai-forged', kind: 'ai_answer', lang: 'ja', trusted: false, auth: 'failThenForged', from: AWS_NOTIFY, to: YUI.keep,
    note: 'AI-style answer whose top Authentication-Results fails; a pass is planted lower',
    subject: '🤖 自動回答: アカウントの統合',
    text: `🤖 AIアシスタント

アカウントの統合は「Merge Accounts」ツールで行えます 👉 プロフィール → 統合

うまくいかない場合は下記から再度サインインしてください。
https://aws-training-login.example.net/merge`,
  }),
  mk({
    slug: 'ai-voucher-trap', kind: 'ai_answer', lang: 'ja', trap: true, from: AWS_SUPPORT_DOMAIN, to: SHO.keep, enc: 'utf8qp',
    note: 'AI answer that says "merge completes and badges move" in a general explanation: stays ai_answer',
    subject: 'AI回答：統合するとバウチャーはどうなりますか',
    text: `🤖 **Amazon Q による回答**

Q. 統合するとバウチャーはどうなりますか？

A. 統合済みとなった時点で、統合元のバウチャーも統合先に引き継がれます ✅
バッジの移行は Credly 側で行われます 🏅

> この回答は自動生成です。個別のご依頼は「ケースを作成」からどうぞ。`,
  }),

  // ---------------- info_request (8) ----------------
  mk({
    slug: 'info-checklist-kenji', kind: 'info_request', lang: 'ja', caseId: K, to: KENJI.keep, enc: 'utf8qp',
    note: 'asks for candidate IDs and emails with a - [ ] list',
    subject: formSubject(K),
    text: `森田様

ご連絡ありがとうございます、AWS トレーニングと認定の Haruka です 🙂

統合を進めるにあたって、下記の情報が足りていません👇

- [ ] 両アカウントの AWS 候補者ID（AWS から始まる番号）
- [ ] 各アカウントのログイン用メールアドレス
- [ ] 各アカウントで取得済みの認定名

このメールにそのまま返信いただければ大丈夫です。

よろしくお願いいたします。
Haruka
AWS トレーニングと認定

${quote(kenjiAsk)}`,
  }),
  mk({
    slug: 'info-which-jis', kind: 'info_request', lang: 'ja', caseId: Y, enc: 'jis7', to: YUI.keep,
    note: 'which account to keep is phrased as a missing item, no explicit request verb',
    subject: formSubject(Y),
    text: `石川様

**残す側のアカウント**がまだ分からない状態です。
${YUI.keep} と ${YUI.src}、どちらをお使いになり続けるかで、作業の向きが変わります。

あわせて、統合先でサインインに使っているメールアドレスも一言添えていただけると助かります。

AWS トレーニングと認定　サポート　Ren

-----Original Message-----
${yuiAsk}`,
  }),
  mk({
    slug: 'info-outlook-sho', kind: 'info_request', lang: 'ja', caseId: S, enc: 'sjisb64', to: SHO.keep,
    note: 'info request above an Outlook Japanese quote block; asks for pass dates and the old login',
    subject: `RE: [CASE ${S}] アカウント統合のご依頼`,
    text: `中村様

ご返信ありがとうございます。

旧アカウント側が見つからず、確認が止まっています。
・旧アカウントで受験した試験名と受験日（おおよそで可）
・旧アカウントのログインメールアドレス
この2点を追記してお送りください。

サポート担当 Kaito

${outlookJa(`${SHO.ja} <${SHO.keep}>`, '2026年6月3日 9:20', SUPPORT_BARE, `RE: [CASE ${S}] アカウント統合のご依頼`, `候補者IDは ${SHO.keepId} です。旧アカウントのIDは分かりません。`)}`,
  }),
  mk({
    slug: 'info-confirm-address-trap', kind: 'info_request', lang: 'ja', caseId: K, trap: true, to: KENJI.keep,
    note: '「ご確認のうえお知らせください」 asks for the kept address: info_request, worded like a confirmation',
    subject: formSubject(K),
    text: `森田 様

✅ 候補者IDは2件とも確認できました。

残りは1点だけです：
統合後にお使いになるメールアドレス（ログイン用）を**ご確認のうえお知らせください**。
📝 例）kenji.xxxx@example.com

お手数をおかけします 🙏
AWS T&C サポート / Mio`,
  }),
  mk({
    slug: 'info-write-from-keep', kind: 'info_request', lang: 'ja', caseId: Y, to: YUI.src, cc: YUI.keep,
    note: 'asks to write from the kept address AND to send both candidate IDs',
    subject: formSubject(Y),
    text: `❗ **お手数ですが、残すほうのアドレスからご返信ください** ❗

本人確認のため、統合先 (${YUI.keep}) から送っていただく必要があります。
その返信に、両方の候補者IDを書き添えてください。

📌 例
AWS1234XXXX（統合先）
AWS5678XXXX（統合元）

サポート Sora`,
  }),
  mk({
    slug: 'info-table-html', kind: 'info_request', lang: 'ja', caseId: S, to: SHO.keep, enc: 'utf8b64',
    note: 'multipart: a Markdown table to fill in (cert names, dates) sent back by reply',
    subject: `[CASE ${S}] 📝 追加情報のお願い`,
    text: `中村様

下の表を埋めて返信してください📝

| | 統合先 | 統合元 |
|---|---|---|
| 候補者ID | | |
| メール | | |
| 取得済み認定 | | |

空欄のままだと手続きに進めません🙇
Kaito`,
    html: paras(`中村様

下の表を埋めて返信してください📝

| | 統合先 | 統合元 |
|---|---|---|
| 候補者ID | | |
| メール | | |
| 取得済み認定 | | |

空欄のままだと手続きに進めません🙇
Kaito`),
  }),
  mk({
    slug: 'info-noauth-forged', kind: 'info_request', lang: 'ja', caseId: K, trusted: false, auth: 'none', to: KENJI.keep,
    note: 'asks for IDs and a password, claims the support From but carries no Authentication-Results',
    subject: formSubject(K),
    text: `森田様

統合のため以下を返信してください。
- 候補者ID（両方）
- 現在のパスワード 🔑
- 生年月日

本日中にご返信がない場合、ケースは無効になります ⚠️`,
  }),
  mk({
    slug: 'info-mobile-yui', kind: 'info_request', lang: 'ja', caseId: Y, to: YUI.keep, enc: 'utf88bit',
    note: 'short one-line-paragraph request for the company name on the old account',
    subject: formSubject(Y),
    text: `石川様

あと一つだけ💡

旧アカウント登録時の会社名、覚えていらっしゃいますか？

APNパートナー経由のアカウントだと、そちらの紐付けも見る必要がありまして。

分かる範囲で構いません🙏

Ren`,
  }),

  // ---------------- confirmation_request (8) ----------------
  mk({
    slug: 'conf-warn-kenji', kind: 'confirmation_request', lang: 'ja', caseId: K, to: KENJI.keep,
    note: 'asks for consent to merge, warns it cannot be undone',
    subject: formSubject(K),
    text: `森田様

情報ありがとうございました🙏 統合の準備ができました。

⚠️ **一度統合すると元に戻せません** ⚠️

> 統合元: ${KENJI.srcId} (${KENJI.src})
> 統合先: ${KENJI.keepId} (${KENJI.keep})

この内容で問題なければ、「同意します」と一言ご返信ください。
ご返信をいただいてから作業に入ります。

Haruka`,
  }),
  mk({
    slug: 'conf-jis-yui', kind: 'confirmation_request', lang: 'ja', caseId: Y, enc: 'jis7', to: YUI.keep,
    note: 'ISO-2022-JP consent request with > quoted summary',
    subject: formSubject(Y),
    text: `石川様

下記の向きで手続きを進めてよろしいでしょうか。

> ${YUI.srcId} → ${YUI.keepId}
> 統合後、${YUI.src} ではサインインできなくなります

取り消しはできませんので、差し支えなければ、その旨ご返信をお願いします。

Ren`,
  }),
  mk({
    slug: 'conf-gmail-sho', kind: 'confirmation_request', lang: 'ja', caseId: S, enc: 'sjis8', to: SHO.keep,
    note: 'consent request top-posted above a Gmail Japanese quote of the user\'s data',
    subject: formSubject(S),
    text: `中村様

旧アカウントが見つかりました。
**${SHO.srcId}** の試験履歴・認定・特典をすべて **${SHO.keepId}** 側へ移す形になります、元には戻せません。
よろしければ「進めてください」とだけご返信ください。

Kaito

2026年6月4日(木) 11:02 ${SHO.ja} <${SHO.keep}>:
> 旧アカウントのメールは ${SHO.src} です。
> SAA を 2024年に受験しています。`,
  }),
  mk({
    slug: 'conf-checkbox-html', kind: 'confirmation_request', lang: 'ja', caseId: K, to: KENJI.keep, enc: 'utf8qp',
    note: 'multipart consent request with - [x] summary and "reply = consent"',
    subject: `[CASE ${K}] ⚠️ 最終確認のお願い`,
    text: `⚠️ 最終確認

- [x] 統合元 ${KENJI.src}
- [x] 統合先 ${KENJI.keep}
- [ ] お客様の同意 ← いまここ

「OK」とご返信いただいた時点で同意とみなし、処理を始めます。
この操作は取り消せません。`,
    html: paras(`⚠️ 最終確認

- [x] 統合元 ${KENJI.src}
- [x] 統合先 ${KENJI.keep}
- [ ] お客様の同意 ← いまここ

「OK」とご返信いただいた時点で同意とみなし、処理を始めます。
この操作は取り消せません。`),
  }),
  mk({
    slug: 'conf-resent', kind: 'confirmation_request', lang: 'ja', caseId: Y, forUser: false, to: YUI.src, enc: 'utf8b64',
    resent: { from: 'postmaster@startup.example.io', to: 'it-admin@startup.example.io', date: 'Tue, 9 Jun 2026 02:11:40 +0900' },
    note: 'consent request redirected by the old company\'s server (Resent-*): not delivered to the user',
    subject: formSubject(Y),
    text: `石川様

統合前の最終確認です 🔒

${YUI.srcId} の内容は ${YUI.keepId} へまとめられ、以後は分けられません。

よろしければ、このメールにご返信ください👍

Ren`,
  }),
  mk({
    slug: 'conf-fail-forged', kind: 'confirmation_request', lang: 'ja', caseId: S, trusted: false, auth: 'fail', to: SHO.keep,
    note: 'consent request with dmarc=fail on the top Authentication-Results',
    subject: formSubject(S),
    text: `中村様

統合の同意確認です✅
下のボタンから「同意する」を押してください。
[ 同意する ] https://aws-merge-consent.example.org/${S}`,
  }),
  mk({
    slug: 'conf-after-info-jisb64', kind: 'confirmation_request', lang: 'ja', caseId: K, enc: 'jisb64', to: KENJI.keep,
    note: 'thanks for the data (restated), then asks to agree to the irreversible merge',
    subject: formSubject(K),
    text: `森田様

ご送付いただいたID（${KENJI.keepId} / ${KENJI.srcId}）で両方のアカウントを特定できました。

**次のステップ**
統合作業は元に戻すことができないため、実施してよいか、念のためお返事をいただけますか。
お返事をいただき次第、担当チームへ回します。

AWS トレーニングと認定 Mio`,
  }),
  mk({
    slug: 'conf-mixed-boiler', kind: 'confirmation_request', lang: 'ja', caseId: Y, to: YUI.keep, enc: 'utf8qp',
    note: 'Japanese consent request with English boilerplate footer',
    subject: formSubject(Y),
    text: `石川様

🔁 統合の向き、これで合ってますか？
${YUI.src} ➡️ ${YUI.keep}

合っていれば「はい」で返信お願いします。統合後の取り消しはできないのでご注意ください🙇

---
**Please do not remove the case number from the subject line when replying.**
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.`,
  }),

  // ---------------- merge_completed (8) ----------------
  mk({
    slug: 'merged-party-kenji', kind: 'merge_completed', lang: 'ja', caseId: K, to: KENJI.keep,
    note: 'support says the merge is done, with emoji and raw Markdown',
    subject: formSubject(K),
    text: `森田様

🎉 **アカウントの統合、完了しました！** 🎉

${KENJI.srcId} の認定・試験履歴は ${KENJI.keepId} でご覧いただけます。

🔎 念のため、サインインして表示をご確認ください。

Haruka`,
  }),
  mk({
    slug: 'merged-jis-check', kind: 'merge_completed', lang: 'ja', caseId: Y, enc: 'jis7', to: YUI.keep,
    note: 'completion notice that asks to check everything looks right: stays merge_completed',
    subject: formSubject(Y),
    text: `石川様

お待たせしました。
ご同意をいただいた件、本日 ${YUI.keepId} への統合作業を終えております。
認定の一覧や特典に相違がないか、お手すきの際にご確認いただけますと幸いです。

Ren`,
  }),
  mk({
    slug: 'merged-portal-html', kind: 'merge_completed', lang: 'ja', from: PORTAL, to: SHO.keep, enc: 'utf8qp',
    note: 'certification portal\'s own notice that the accounts were merged (no case ID)',
    subject: '✅ アカウントが統合されました',
    html: paras(`✅ アカウントが統合されました

${SHO.ja} 様

お客様の AWS 認定アカウントは統合済みです。
今後は ${SHO.keep} でサインインしてください。

🔗 https://www.aws.training/certification

このメールは AWS Certification から自動送信されています。`),
  }),
  mk({
    slug: 'merged-and-close-sjis', kind: 'merge_completed', lang: 'ja', caseId: K, enc: 'sjisb64', to: KENJI.keep,
    note: 'merge done and the case will now be closed: the new fact is the merge',
    subject: formSubject(K),
    text: `森田様

統合作業が終わりました。
**統合先:** ${KENJI.keepId}
**移した内容:** 認定2件、試験履歴、割引特典

これにて本ケースはクローズさせていただきます。
またご不明点があれば、このメールにご返信ください。

Mio`,
  }),
  mk({
    slug: 'merged-sf-quote', kind: 'merge_completed', lang: 'ja', caseId: S, to: SHO.keep, enc: 'utf8qp',
    note: 'merge done, above a Salesforce-style quote of the user\'s consent and the earlier request',
    subject: formSubject(S),
    text: `中村様

✅ 統合済みです。${SHO.srcId} は ${SHO.keepId} に吸収されました。

バッジの状況も後ほど見てみてください🏅

Kaito

${sfOriginal(`${SHO.ja} <${SHO.keep}>`, '6/5/2026 1:44 AM', SUPPORT_BARE, formSubject(S), '進めてください。よろしくお願いします。')}`,
  }),
  mk({
    slug: 'merged-otheronly-forged', kind: 'merge_completed', lang: 'ja', caseId: Y, trusted: false, auth: 'otherOnly', to: YUI.keep,
    note: 'merge-done message whose only Authentication-Results is another server\'s, below our Received',
    subject: formSubject(Y),
    text: `石川様

🎉 統合が完了しました！
新しい認定証はこちらからダウンロードしてください👇
https://cert-download.example.com/${Y}`,
  }),
  mk({
    slug: 'merged-bullets', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenjiDup, to: KENJI.keep,
    note: 'one-line-paragraph completion with ✅ bullets per moved item',
    subject: formSubject(CASE.kenjiDup),
    text: `森田様

マージ済みになりました👌

✅ Solutions Architect – Associate
✅ Developer – Associate
✅ 50% 割引バウチャー

ログインは ${KENJI.keep} のみとなります。

Sora`,
  }),
  mk({
    slug: 'merged-jisb64-nobadge', kind: 'merge_completed', lang: 'ja', caseId: Y, enc: 'jisb64', to: YUI.keep,
    note: 'merged, badges to follow separately: the event is the merge',
    subject: formSubject(Y),
    text: `石川様

２つの認定アカウントを一つにいたしました。
Credly のデジタルバッジは別の手順になりますので、反映まで数日お待ちください。

Ren / AWS トレーニングと認定`,
  }),

  // ---------------- badges_transferred (7) ----------------
  mk({
    slug: 'badge-credly-html', kind: 'badges_transferred', lang: 'ja', from: CREDLY_AWS, to: KENJI.keep, enc: 'utf8qp', auth: 'pass',
    note: 'Credly badge notice from AWS T&C issuer on the kept address',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    html: paras(`🏅 ${KENJI.ja} さん、おめでとうございます！

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect – Associate」のバッジが発行されました。

[ バッジを入手する ] https://www.credly.com/earner/earned/badge/7f3a

Credly チーム`),
  }),
  mk({
    slug: 'badge-support-close', kind: 'badges_transferred', lang: 'ja', caseId: K, to: KENJI.keep,
    note: 'support says the badges moved and closes the case',
    subject: formSubject(K),
    text: `森田様

🏅 **Credly のバッジも統合先へ移しました**

${KENJI.keep} の Credly でご確認ください。

これで全て片付きましたので、本ケースはクローズとします。
ありがとうございました🙏

Haruka`,
  }),
  mk({
    slug: 'badge-jis', kind: 'badges_transferred', lang: 'ja', caseId: Y, enc: 'jis7', to: YUI.keep,
    note: 'support (ISO-2022-JP) reports the badge move is done',
    subject: formSubject(Y),
    text: `石川様

お申し出のあったバッジの件、担当チームにて ${YUI.keep} 側の Credly アカウントへ付け替えを済ませました。
表示に時間がかかる場合がありますので、少し置いてからご覧ください。

Ren`,
  }),
  mk({
    slug: 'badge-credly-alt', kind: 'badges_transferred', lang: 'ja', from: CREDLY_AWS, to: YUI.keep, enc: 'utf8qp',
    note: 'multipart Credly AWS badge mail (「バッジを入手する」)',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `${YUI.ja} 様

Amazon Web Services Training and Certification があなたにバッジを発行しました。

AWS Certified Cloud Practitioner

バッジを入手する: https://www.credly.com/earner/earned/badge/c02d

Credly`,
    html: paras(`${YUI.ja} 様

Amazon Web Services Training and Certification があなたにバッジを発行しました。

AWS Certified Cloud Practitioner

バッジを入手する: https://www.credly.com/earner/earned/badge/c02d

Credly`),
  }),
  mk({
    slug: 'badge-lookalike', kind: 'badges_transferred', lang: 'ja', trusted: false, from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>', to: SHO.keep,
    note: 'Credly-looking badge mail from a look-alike domain',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `🏅 バッジが届きました

受け取りはこちら👉 https://credly-badges.net/claim

48時間以内に受け取らないと失効します ⏳`,
  }),
  mk({
    slug: 'badge-sjis-support', kind: 'badges_transferred', lang: 'ja', caseId: S, enc: 'sjis8', to: SHO.keep,
    note: 'support (Shift_JIS) says the badges now sit on the kept account',
    subject: formSubject(S),
    text: `中村様

ご指摘ありがとうございました。
旧アカウントに残っていたデジタルバッジ3件、${SHO.keep} に紐づけ直しております。
Credly 側でご確認いただけます。

Kaito`,
  }),
  mk({
    slug: 'badge-ticks', kind: 'badges_transferred', lang: 'ja', caseId: CASE.kenjiDup, to: KENJI.src, cc: KENJI.keep, enc: 'utf8qp',
    note: 'support lists each badge with ✅ as moved',
    subject: formSubject(CASE.kenjiDup),
    text: `森田様

バッジ移行の結果です👇

✅ SAA → 移行済み
✅ DVA → 移行済み
✅ CLF → 移行済み

以上、統合先の Credly に揃っています。

Sora`,
  }),

  // ---------------- case_closed (7) ----------------
  mk({
    slug: 'closed-reminder', kind: 'case_closed', lang: 'ja', caseId: Y, to: YUI.keep,
    note: 'reminder that the case will close without a reply',
    subject: formSubject(Y),
    text: `石川様

⏳ その後いかがでしょうか。

**7日以内にご返信がない場合、このケースは自動でクローズされます。**

続けてのご相談はこのメールへ返信してください。

Ren`,
  }),
  mk({
    slug: 'closed-jis', kind: 'case_closed', lang: 'ja', caseId: S, enc: 'jis7', to: SHO.keep,
    note: 'plain closing notice',
    subject: formSubject(S),
    text: `中村様

本件は解決済みとして、ケースを終了いたします。
また何かございましたら、新しいケースを作成してください。

Kaito`,
  }),
  mk({
    slug: 'closed-restate-trap', kind: 'case_closed', lang: 'ja', caseId: K, trap: true, to: KENJI.keep,
    note: 'closing that restates last week\'s merge: case_closed',
    subject: formSubject(K),
    text: `森田様

先週お知らせのとおり統合は完了しておりますので、本ケースはクローズいたします ✅

ご利用ありがとうございました。

Mio`,
  }),
  mk({
    slug: 'closed-html-resolved', kind: 'case_closed', lang: 'ja', caseId: CASE.kenjiDup, from: AWS_NOTIFY, to: KENJI.src, enc: 'utf8qp',
    note: 'HTML status mail: case marked resolved',
    subject: `ケース ${CASE.kenjiDup} のステータス: 解決済み`,
    html: paras(`🟢 **ステータス: 解決済み**

ケース ${CASE.kenjiDup} は解決済みになりました。

再開したい場合は、サポートセンターから返信できます。`),
  }),
  mk({
    slug: 'closed-sjis-3days', kind: 'case_closed', lang: 'ja', caseId: S, enc: 'sjisb64', to: SHO.keep,
    note: 'auto-close in 3 days unless the customer replies',
    subject: formSubject(S),
    text: `中村様

前回のご案内から返信をいただいていないため、3日後に本ケースを自動的にクローズします。
引き続き対応が必要でしたら、それまでにご一報ください。

Kaito`,
  }),
  mk({
    slug: 'closed-forgedbelow', kind: 'case_closed', lang: 'ja', caseId: Y, trusted: false, auth: 'forgedBelow', to: YUI.keep,
    note: 'closing notice whose dmarc=pass sits below the server\'s Received line',
    subject: formSubject(Y),
    text: `石川様

ケースはクローズされました🔒
再開するにはこちらからログイン👉 https://aws-case-reopen.example.net`,
  }),
  mk({
    slug: 'closed-survey-tail', kind: 'case_closed', lang: 'ja', caseId: K, to: KENJI.keep, enc: 'utf8qp',
    note: 'closing notice with a rating line at the end: the closing is the event',
    subject: formSubject(K),
    text: `森田様

今回のお問い合わせはこれで締めさせていただきます🙇

⭐⭐⭐⭐⭐ 対応はいかがでしたか？ 回答後に表示されるアンケートにご協力ください。

Haruka`,
  }),

  // ---------------- support_reply (9) ----------------
  mk({
    slug: 'sr-thanks-consent-trap', kind: 'support_reply', lang: 'ja', caseId: K, trap: true, to: KENJI.keep,
    note: 'thanks for confirming, passed to the team',
    subject: formSubject(K),
    text: `森田様

ご同意ありがとうございます🙏

担当チームに連携しました、作業が終わり次第こちらから連絡します。

Haruka`,
  }),
  mk({
    slug: 'sr-future-trap', kind: 'support_reply', lang: 'ja', caseId: Y, trap: true, enc: 'jis7', to: YUI.keep,
    note: '「統合が完了しましたら」: future, not the event',
    subject: formSubject(Y),
    text: `石川様

現在、担当部署にて作業の順番待ちとなっております。
統合が完了しましたら、改めてこちらのメールでお知らせいたします。

Ren`,
  }),
  mk({
    slug: 'sr-notyet-trap', kind: 'support_reply', lang: 'ja', caseId: S, trap: true, to: SHO.keep,
    note: 'merge not completed yet: status only',
    subject: formSubject(S),
    text: `中村様

⏳ ステータス: 対応中

お問い合わせの件、まだ統合は完了していません。
社内の確認に時間がかかっています、もう少しお待ちください🙇

Kaito`,
  }),
  mk({
    slug: 'sr-dup-cases-trap', kind: 'support_reply', lang: 'ja', caseId: K, trap: true, enc: 'sjis8', to: KENJI.keep,
    note: 'duplicate cases merged, not the account merge',
    subject: formSubject(K),
    text: `森田様

同じご用件で2件のケース（${K} と ${CASE.kenjiDup}）が作成されていたため、ケースを1つに統合しました。
今後は ${K} でやり取りさせてください。

Mio`,
  }),
  mk({
    slug: 'sr-write-from-keep-trap', kind: 'support_reply', lang: 'ja', caseId: Y, trap: true, to: YUI.src, enc: 'utf8qp',
    note: 'asks to write from the kept address without asking for data',
    subject: formSubject(Y),
    text: `石川様

📮 こちらのアドレス（${YUI.src}）ではなく、残すほうのアドレスからこのメールに返信していただけますか。

それだけで大丈夫です👍

Sora`,
  }),
  mk({
    slug: 'sr-escalated', kind: 'support_reply', lang: 'ja', caseId: S, enc: 'jis7', to: SHO.keep,
    note: 'escalation status update',
    subject: formSubject(S),
    text: `中村様

APN パートナーアカウントとの紐付けがあるため、専門チームへエスカレーションしました。
回答まで数営業日いただく見込みです。

Kaito`,
  }),
  mk({
    slug: 'sr-voucher-answer', kind: 'support_reply', lang: 'ja', caseId: K, enc: 'sjisb64', to: KENJI.keep,
    note: 'answers a question about voucher validity',
    subject: formSubject(K),
    text: `森田様

ご質問の件です。

> 割引バウチャーの期限は延びますか？

いいえ、期限は元の発行日から変わりません。ご注意ください。

Mio`,
  }),
  mk({
    slug: 'sr-badge-future-trap', kind: 'support_reply', lang: 'ja', caseId: Y, trap: true, to: YUI.keep,
    note: 'badges "will move" after the merge: future statement',
    subject: formSubject(Y),
    text: `石川様

🏅 バッジについて

統合作業のあとで、Credly のバッジも統合先に移す予定です。
移し終えたらあらためてご連絡しますね。

Ren`,
  }),
  mk({
    slug: 'sr-unable-trap', kind: 'support_reply', lang: 'ja', caseId: S, trap: true, to: SHO.keep, enc: 'utf8qp',
    note: '"we are unable to merge" (names differ), explains, asks nothing',
    subject: formSubject(S),
    text: `中村様

❌ 申し訳ありません、現状では統合ができません。

両アカウントの登録氏名（ローマ字表記）が異なるため、社内規定により同一人物と確認できませんでした。
お手数ですが、プロフィールの氏名を揃えていただいた後に改めてご相談ください。

Kaito`,
  }),

  // ---------------- unrelated (12) ----------------
  mk({
    slug: 'un-slack-export-fwd', kind: 'unrelated', lang: 'ja', trusted: false, trap: true, caseId: K, from: TANAKA, to: KENJI.keep, enc: 'utf8b64',
    note: 'colleague forwards a pasted Slack log saying "merge done 🎉": not from support',
    subject: 'Fwd: #aws-certs のログ（統合の件）',
    text: `森田さん

Slackのログ貼っておきます、参考まで👇

---- #aws-certs ----
**田中 一郎**  10:42
@森田 健二 認定アカウントの件どうなりました？

**森田 健二**  10:44
ケース ${K} でやり取り中です、同意の返信済み 🙏

**田中 一郎**  10:45
自分のときは半日で「統合が完了しました」ってメール来ましたよ 🎉
バッジも移ってました ✅
--------------------

田中`,
  }),
  mk({
    slug: 'un-own-forward', kind: 'unrelated', lang: 'ja', trusted: false, forUser: false, trap: true, caseId: K, from: `${KENJI.ja} <${KENJI.keep}>`, to: TANAKA, deliveredTo: null, enc: 'utf8qp',
    note: 'the user\'s own forward of support\'s consent request to a colleague (sent copy)',
    subject: `Fwd: ${formSubject(K)}`,
    text: `田中さん

サポートから確認のメール来ました、こんな感じです👀

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: 2026年5月12日(火) 9:03
Subject: ${formSubject(K)}
To: <${KENJI.keep}>

⚠️ 一度統合すると元に戻せません。
この内容で問題なければ、「同意します」とご返信ください。`,
  }),
  mk({
    slug: 'un-backlog-bot', kind: 'unrelated', lang: 'ja', trusted: false, forUser: false, trap: true, from: 'Backlog <noreply@backlog.example.jp>', to: 'infra-team@startup.example.io',
    note: 'project tool bot to a team list (user not addressed): task "merge branch" completed',
    subject: '[INFRA-212] 課題が完了しました: 認証基盤ブランチの統合',
    text: `✅ **課題が「完了」になりました**

INFRA-212 認証基盤ブランチの統合
担当: @石川 結衣
更新者: @佐々木

> マージ済みです、確認お願いします 🙏

https://corp.backlog.example.jp/view/INFRA-212`,
  }),
  mk({
    slug: 'un-summit-promo', kind: 'unrelated', lang: 'ja', trap: true, from: 'AWS Events <aws-events@aws.amazon.com>', to: SHO.keep, enc: 'utf8qp',
    note: 'event marketing mentioning certification badges',
    subject: '🎉 AWS Summit Japan 認定者ラウンジのご案内',
    html: paras(`🎉 **AWS 認定者限定ラウンジ、今年も開催！**

✅ 認定バッジを提示するとノベルティをお渡し
✅ 事前登録は ${'6月20日'} まで

👉 今すぐ登録

配信停止はこちら`),
  }),
  mk({
    slug: 'un-survey', kind: 'unrelated', lang: 'ja', trap: true, caseId: Y, from: AWS_NOTIFY, to: YUI.keep,
    note: 'survey "was your issue resolved?"',
    subject: `ケース ${Y} についてのアンケート`,
    text: `🙏 1分アンケートのお願い

ケース ${Y} の対応で、問題は解決しましたか？

👍 はい / 👎 いいえ

ご回答はサービス改善にのみ使用します。`,
  }),
  mk({
    slug: 'un-credly-ms', kind: 'unrelated', lang: 'ja', trap: true, from: 'Microsoft via Credly <admin@credly.com>', to: KENJI.keep, enc: 'utf8qp',
    note: 'Credly badge from another issuer (Microsoft)',
    subject: 'Microsoftのバッジ発行のお知らせ',
    html: paras(`🏅 Microsoft から「Azure Fundamentals」のバッジが発行されました。

[ バッジを入手する ]

Credly`),
  }),
  mk({
    slug: 'un-credly-mergecode', kind: 'unrelated', lang: 'ja', trap: true, from: 'Credly <admin@credly.com>', to: SHO.keep,
    note: 'Credly\'s own account-merge code mail',
    subject: 'Credly アカウント統合の確認コード',
    text: `Credly アカウントの統合リクエストを受け付けました。

確認コード: **482 913**

このコードを画面に入力すると、アカウントの統合が完了します。
心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'un-exam-result', kind: 'unrelated', lang: 'ja', trap: true, from: PORTAL, to: YUI.keep, enc: 'utf8qp',
    note: 'exam result notice',
    subject: '🎉 AWS Certified Developer – Associate 試験結果',
    text: `${YUI.ja} 様

🎉 合格おめでとうございます！

試験の採点が完了しました。
認定とバッジは5営業日以内にアカウントへ反映されます。

AWS Certification`,
  }),
  mk({
    slug: 'un-refund-case', kind: 'unrelated', lang: 'ja', trap: true, caseId: CASE.yuiRefund, to: YUI.src, enc: 'utf8b64',
    note: 'reply on the user\'s other case (exam fee refund) that says what it is about',
    subject: `RE:[CASE ${CASE.yuiRefund}] [AWS Training and Certification Form Submission] - exam-refund`,
    text: `石川様

受験料の返金手続きが完了しました💳
カード会社によって反映まで最大10日かかります。

このケースはこれでクローズします。

Aoi`,
  }),
  mk({
    slug: 'un-ooo-colleague', kind: 'unrelated', lang: 'ja', trusted: false, trap: true, from: TANAKA, to: KENJI.keep, enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    note: 'colleague\'s out-of-office auto-reply',
    subject: '自動応答: 認定アカウント統合の件',
    text: `【自動応答】
6/15(月)まで休暇をいただいております。
認定アカウント統合の件は、戻り次第確認いたします。

田中`,
  }),
  mk({
    slug: 'un-skillbuilder-done', kind: 'unrelated', lang: 'ja', trap: true, from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: SHO.keep,
    note: 'Skill Builder course completion notice',
    subject: '✅ コース修了のお知らせ',
    text: `✅ **「AWS Cloud Practitioner Essentials」を修了しました！**

修了証はマイページから確認できます。

次のおすすめ 👉 Exam Prep: Solutions Architect – Associate`,
  }),
  mk({
    slug: 'un-exam-booking-case', kind: 'unrelated', lang: 'ja', trap: true, caseId: CASE.kenjiExam, enc: 'jis7', to: KENJI.keep,
    note: 'reply on another case about an exam booking change',
    subject: `RE:[CASE ${CASE.kenjiExam}] [AWS Training and Certification Form Submission] - exam-scheduling`,
    text: `森田様

試験予約の日程変更について、ご確認ありがとうございました。
ご希望の 7/3 へ変更済みです。

Aoi`,
  }),
];
