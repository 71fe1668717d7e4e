// Japanese messages, part 1: receipts, AI answers, information and confirmation requests.
import { rfcDate, type Msg } from './lib.js';
import { mk, P, C, SUPPORT, AWS_NOTIFY, AWS_SUPPORT_DOM, form, formNew, quote, gmailJa, outlookJa, sfOriginal, sfRef, htmlDoc, paras, table, esc } from './common.js';

const k = P.kenji, y = P.yui, d = P.daichi, a = P.aya, h = P.hanako, t = P.taro, s = P.sho;

export const JA1: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'kenji-receipt', kind: 'acknowledgement', lang: 'ja', caseId: C.kenji,
    note: 'automatic receipt: restates the submitted request, then says the case was created; status unassigned',
    from: AWS_NOTIFY, to: `${k.ja} <${k.keep}>`, subject: `[CASE ${C.kenji}] お問い合わせを受け付けました`,
    date: rfcDate('2026-03-02 21:14:08', '+0900'), enc: 'jis7',
    text: `${k.ja} 様

AWS トレーニングと認定へのお問い合わせの内容を、以下のとおり記録しました。

・送信日時: 2026年3月2日 21:13
・お問い合わせの種類: AWS トレーニングと認定 > 認定 > アカウントの統合
・ご依頼の内容: ${k.srcId}(${k.src})の認定履歴を、アカウント ${k.keepId}(${k.keep})へまとめたい
・フォーム上の自動回答: 「解決しなかった」を選択のうえケース作成

上記のご依頼について、ケース ID ${C.kenji} を発行しました。
現在の状況: 担当者の割り当て待ち(通常24時間以内にご連絡します)

同じ内容で別のケースを作成されますと、ご回答が遅れる原因となりますのでご遠慮ください。

Amazon Web Services`,
  }),
  mk({
    slug: 'yui-receipt-table', kind: 'acknowledgement', lang: 'ja', caseId: C.yui,
    note: 'receipt in table form: every row restates what was submitted; the status row says it was just received',
    from: AWS_NOTIFY, to: y.keep, subject: `ケース ${C.yui} を作成しました - AWS サポート`,
    date: rfcDate('2026-04-13 08:02:51', '+0900'), enc: 'sjisb64',
    text: `高橋 結衣 様

お問い合わせありがとうございます。送信いただいた内容のまとめです。

+----------------------+-----------------------------------------------+
| 項目                 | 内容                                          |
+----------------------+-----------------------------------------------+
| ケース ID            | ${C.yui}                                  |
| 件名                 | 認定アカウントの統合について                  |
| 残したいアカウント   | ${y.keep} / ${y.keepId}       |
| まとめたいアカウント | ${y.src} / ${y.srcId} |
| 会社名               | 記載なし                                      |
| ステータス           | 受付済み(担当者未割当)                      |
+----------------------+-----------------------------------------------+

担当者からの返信は、このメールアドレス宛にお送りします。
ケースの内容はサポートセンターからもご確認いただけます。

アマゾン ウェブ サービス サポート`,
  }),
  mk({
    slug: 'daichi-receipt-html', kind: 'acknowledgement', lang: 'ja', caseId: C.daichi,
    note: 'HTML-only receipt: case summary first, the receipt itself only in the last paragraph',
    from: AWS_NOTIFY, to: `${d.ja} <${d.keep}>`, subject: `お問い合わせ受付のお知らせ [ケース ID: ${C.daichi}]`,
    date: rfcDate('2026-05-11 13:40:17', '+0900'), enc: 'utf8b64',
    html: htmlDoc(`<p>${esc(d.ja)} 様</p>
<h3>ケース概要</h3>
<ul>
<li>お問い合わせ日: 2026年5月11日</li>
<li>カテゴリ: AWS トレーニングと認定 / アカウントのサポート</li>
<li>ご相談内容: 旧勤務先のメールアドレスで作成した認定アカウント(${d.srcId})と個人アカウント(${d.keepId})を1つにしたい</li>
<li>候補 ID(フォーム入力): ${d.keepId}</li>
</ul>
<p>このメールは、上記のご相談に対してケース <b>${C.daichi}</b> が作成されたことをお知らせする自動送信メールです。担当者が内容を確認し、追ってご連絡いたします。</p>
<p>Amazon Web Services</p>`),
  }),
  mk({
    slug: 'aya-receipt-after-ai', kind: 'acknowledgement', lang: 'ja', caseId: C.aya,
    note: 'receipt that first recaps the AI answer shown on the form and the choice to open a case',
    from: AWS_NOTIFY, to: a.keep, subject: `ケースが作成されました: ${C.aya}`,
    date: rfcDate('2026-06-01 10:05:33', '+0900'), enc: 'jisb64',
    text: `中村 彩 様

これまでの経緯
1. お問い合わせフォームで「アカウントの統合」をお選びいただきました。
2. AI が生成した回答(認定ポータルの「アカウントを統合」ツールのご案内)が表示されました。
3. 大学のアドレスで作成したアカウントにも認定履歴があるため、ツールでは統合できないとのことで「ケースを作成」を選択されました。

4. 本日、ケース番号 ${C.aya} でお問い合わせを登録いたしました。

内容を確認した担当者より、1-2営業日以内にご連絡いたします。

AWS サポート`,
  }),
  mk({
    slug: 'fake-receipt-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: C.fakeJa, trusted: false,
    note: 'forged receipt from a look-alike domain (aws-certsupport.jp); still reads as a receipt',
    from: 'AWS トレーニングと認定 <noreply@aws-certsupport.jp>', to: k.keep, subject: `【受付完了】ケース ${C.fakeJa} アカウント統合のご依頼`,
    date: rfcDate('2026-03-03 02:41:10', '+0900'), enc: 'jis7',
    text: `森田 健二 様

経緯のまとめ:
 - 2026年3月2日 アカウント統合のご依頼を受信
 - 同日 ご本人確認のための自動チェックを実施

ケース ${C.fakeJa} を受け付けました。
手続きを進めるため、下記ページからサインインし、登録内容をご確認ください。
https://aws-certsupport.jp/case/verify?id=${C.fakeJa}

AWS トレーニングと認定 サポートデスク`,
  }),
  mk({
    slug: 'hanako-receipt-second-form', kind: 'acknowledgement', lang: 'ja', caseId: C.hanako,
    note: 'receipt for the case; recaps the form fields submitted and warns not to open another case',
    from: AWS_SUPPORT_DOM, to: `${h.ja} <${h.keep}>`, subject: `AWS サポート: ケース ${C.hanako} の受付`,
    date: rfcDate('2026-07-06 19:22:04', '+0900'), enc: 'sjis8',
    text: `佐藤 花子 様

2026年7月6日 19時20分にフォームから送信された内容:
  氏名: 佐藤 花子
  AWS 候補 ID: ${h.keepId}
  ご相談: 転職前の会社のアドレス(${h.src})で受験した資格を、個人のアカウントへ移したい

この内容はケース ${C.hanako} として受け付けられています。
担当チームからの最初の返信をお待ちください。
※同じご依頼で新しいケースを開くと、対応が重複し遅れる場合があります。

AWS サポート センター`,
  }),
  mk({
    slug: 'taro-receipt-body-id', kind: 'acknowledgement', lang: 'ja', caseId: C.taro,
    note: 'receipt with the case ID only in the body and English boilerplate below; subject has no ID',
    from: AWS_NOTIFY, to: `Taro Yamada <${t.keep}>`, subject: 'お問い合わせありがとうございます',
    date: rfcDate('2026-08-03 07:55:40', '+0900'), enc: 'utf8qp',
    text: `山田 太郎 様

お客様からのご依頼(8月3日受信):
「退職に伴い、会社アドレスの認定アカウント ${t.srcId} を個人アカウント ${t.keepId} に統合してほしい」

ご依頼はケース ID: ${C.taro} として登録されました。現在、担当窓口への振り分けを待っています。

----
This is an automated message. Case ${C.taro} has been created. Please do not reply with a new case for the same request.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ai-tool-suggestion-ja', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI-generated answer mailed after the form: restates the question, suggests the self-service tool',
    from: AWS_NOTIFY, to: d.keep, subject: 'AWS サポートからの自動回答',
    date: rfcDate('2026-05-11 13:31:02', '+0900'), enc: 'jis7',
    text: `小野 大地 様

いただいたご質問の要約:
「AWS 認定のアカウントが2つあり、1つにまとめたい」

AI による回答:
認定アカウントは、AWS 認定ポータルにサインインし、プロフィールのメニューにある「アカウントを統合」からご自身でまとめることができます。
統合したいもう一方のアカウントのログイン情報を入力すると、試験履歴と認定が移されます。
両方のアカウントに認定履歴がある場合、このツールは利用できません。その場合は「ケースを作成」からお問い合わせください。

この回答は生成 AI によって作成されました。内容が正確でない場合があります。

Amazon Web Services`,
  }),
  mk({
    slug: 'ai-explains-after-merge', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI answer that describes the merge and badge transfer as future steps; stays ai_answer',
    from: AWS_NOTIFY, to: a.keep, subject: 'お問い合わせへの AI 回答',
    date: rfcDate('2026-06-01 09:58:12', '+0900'), enc: 'sjisb64',
    text: `これまでの流れ:
お客様は「AWS トレーニングと認定」を選び、「認定アカウントを統合したい」と入力されました。

自動アシスタントの回答:
1) まず認定ポータルの「アカウントを統合」ツールをお試しください。
2) ツールで統合が完了すると、統合元の認定と特典(次回受験50%割引バウチャーなど)は統合先に表示されます。
3) Credly のバッジは統合後に改めて受け取る必要がある場合があります。統合が済んでから Credly でバッジを申請してください。
4) ツールがエラーになる場合は、このページから「ケースを作成」を選んでください。

※この回答は AI が生成したもので、担当者の確認は行われていません。`,
  }),
  mk({
    slug: 'ai-on-open-case', kind: 'ai_answer', lang: 'ja', caseId: C.yui, trap: true,
    note: 'automated assistant note on an open case: recaps receipt, status waiting, then a self-service suggestion',
    from: AWS_NOTIFY, to: y.keep, subject: `[CASE ${C.yui}] 自動アシスタントからのご案内`,
    date: rfcDate('2026-04-13 08:20:44', '+0900'), enc: 'utf8qp',
    text: `高橋 様

経緯のまとめ
・4月13日 08:02 ケース ${C.yui} を受け付け
・現在の状況: 担当者の確認待ち

担当者が確認するまでの間に、自動アシスタントが以下をご提案します。
統合元のアカウントに試験の予約や認定が無い場合は、認定ポータルの「アカウントを統合」ツールで即時にまとめられることがあります。
解決した場合は、このケースに「解決しました」とご返信ください。

(自動生成されたメッセージです)`,
  }),
  mk({
    slug: 'ai-steps-table', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI answer in multipart/alternative with a step table; restates the question first',
    from: AWS_NOTIFY, to: h.keep, subject: '生成 AI による回答のご案内',
    date: rfcDate('2026-07-06 19:12:30', '+0900'), enc: 'jisb64',
    text: `ご質問: 「前職のアドレスで作った認定アカウントを、個人のアカウントへ移したい」

AI の回答:
手順1 認定ポータルにサインインする
手順2 プロフィール > アカウントを統合 を開く
手順3 もう一方のアカウントのメールアドレスとパスワードを入力する
どちらのアカウントにも認定がある場合はエラーになります。その際はケースを作成してください。

この回答は AI が生成しました。`,
    html: htmlDoc(`<p>ご質問: 「前職のアドレスで作った認定アカウントを、個人のアカウントへ移したい」</p>
<p>AI の回答:</p>
${table([['手順', '操作'], ['1', '認定ポータルにサインインする'], ['2', 'プロフィール > アカウントを統合 を開く'], ['3', 'もう一方のアカウントのメールアドレスとパスワードを入力する']])}
<p>どちらのアカウントにも認定がある場合はエラーになります。その際はケースを作成してください。</p>
<p><small>この回答は AI が生成しました。</small></p>`),
  }),
  mk({
    slug: 'ai-chat-transcript', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'emailed chat transcript with the virtual assistant: recap of the chat, ends with the tool suggestion',
    from: 'AWS サポート チャット <no-reply@support.aws.com>', to: s.keep, subject: 'チャットの記録(AWS バーチャルアシスタント)',
    date: rfcDate('2026-09-01 12:17:09', '+0900'), enc: 'utf88bit',
    text: `伊藤 翔 様

本日のチャットの記録をお送りします。

12:10 お客様: AWS認定のアカウントが会社用と個人用で2つあります
12:11 アシスタント: ご不便をおかけしています。認定ポータルにはアカウント統合の機能があります
12:13 お客様: 両方とも資格を持っています
12:14 アシスタント: その場合でも、まずプロフィール画面の「アカウントを統合」をお試しください。エラーになった場合はサポートケースの作成をおすすめします

アシスタントの回答は自動で生成されています。

AWS サポート`,
  }),
  mk({
    slug: 'ai-forged-sjis', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: false, trap: true, auth: 'fail',
    note: 'AI-style answer from a look-alike domain with dmarc=fail promising an instant merge; the kind is still an AI suggestion',
    from: 'AWS AI アシスタント <assistant@amazon-jp-support.com>', to: t.keep, subject: 'AI アシスタントの回答: 認定アカウントの統合',
    date: rfcDate('2026-08-02 23:48:51', '+0900'), enc: 'sjis8',
    text: `山田 太郎 様

ご質問のまとめ: 会社と個人の認定アカウントをまとめたい

AI アシスタントの回答:
セルフサービスの統合ツールをご利用ください。下のリンクから旧アカウントのパスワードを入力すると、すぐに統合できます。
http://amazon-jp-support.com/merge-tool

(自動回答)`,
  }),
  mk({
    slug: 'ai-cannot-undo', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI answer warning that a merge cannot be undone and a tool merge does not complete with two histories',
    from: AWS_NOTIFY, to: k.keep, subject: 'お問い合わせに対する自動回答(認定アカウント)',
    date: rfcDate('2026-03-02 21:06:45', '+0900'), enc: 'jis7',
    text: `森田 健二 様

入力された内容: 「転職したので、旧アカウントの資格を新しいアカウントに統合したい」

自動回答:
・認定ポータルの「アカウントを統合」で、旧アカウントの試験履歴を新アカウントへ移せます。
・統合したアカウントは元に戻せません。
・両方のアカウントに合格履歴がある場合、ツールでの統合は完了しません。サポートへのケース作成が必要です。
・バッジ(Credly)は統合後に自動では移らないことがあります。

この回答で解決しない場合は、画面の「ケースを作成」へお進みください。
※AI により生成された回答です。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'kenji-info-request', kind: 'info_request', lang: 'ja', caseId: C.kenji,
    note: 'first human reply: recaps the receipt, then asks for IDs, login addresses and which account to keep',
    from: SUPPORT, to: k.keep, subject: form(C.kenji),
    date: rfcDate('2026-03-03 16:20:11', '+0000'), enc: 'jis7',
    text: `森田 健二 様

AWS トレーニングと認定 カスタマーサービスの藤井でございます。

これまでの経緯を整理いたします。
3月2日: お客様より、旧勤務先のアカウントと個人のアカウントの統合についてご依頼を受領
3月2日: ケース ${C.kenji} を作成

統合の手続きに進むにあたり、次の点をお知らせいただけますでしょうか。
- 両方のアカウントの AWS 候補 ID
- それぞれのサインインに使っているメールアドレス
- 最終的に残すアカウントはどちらか

以上、ご返信をお待ちしております。

藤井
AWS Training and Certification Customer Service
${sfRef('Kx41aa')}`,
  }),
  mk({
    slug: 'yui-info-name-mismatch', kind: 'info_request', lang: 'ja', caseId: C.yui,
    note: 'dated recap ending in the user reply; new: names differ, asks for the name used at the exam',
    from: SUPPORT, to: y.keep, subject: form(C.yui),
    date: rfcDate('2026-04-15 11:03:27', '+0000'), enc: 'sjisb64',
    text: `高橋 結衣 様

いつもお世話になっております。AWS 認定サポートの Minh です。

本件のこれまでをまとめます。
 4月13日 ケース受付
 4月14日 当方より両アカウントの候補 ID をお伺い
 4月15日 お客様から ${y.keepId} と ${y.srcId} のご連絡をいただきました(ありがとうございます)

確認しましたところ、${y.srcId} のアカウントの氏名が旧姓で登録されているようでした。同一人物であることを確かめるため、このアカウントで受験した際のお名前と、直近の受験日を教えていただけますか。

Minh
AWS トレーニングと認定

${sfOriginal(`高橋 結衣 <${y.keep}>`, 'Wednesday, April 15, 2026 9:41 AM', SUPPORT_BARE_JA(), form(C.yui), `候補IDは以下のとおりです。\n残す: ${y.keepId}\n統合元: ${y.srcId}\nよろしくお願いします。`)}`,
  }),
  mk({
    slug: 'daichi-info-status-line', kind: 'info_request', lang: 'ja', caseId: C.daichi,
    note: 'the request is told by the status line ("お客様からの情報待ち") plus a list of missing items',
    from: SUPPORT, to: d.keep, subject: form(C.daichi),
    date: rfcDate('2026-05-12 05:44:00', '+0000'), enc: 'utf8qp',
    text: `小野 様

ケース ${C.daichi} の状況です。

[受付] 5月11日 済
[担当割り当て] 5月12日 済(担当: 上野)
[必要情報] 一部未着
  - 統合元アカウントのログインメールアドレス: 未着
  - 統合元アカウントの認定通知先メールアドレス: 未着
  - 統合先アカウントの候補 ID: ${d.keepId}(フォームで受領済み)

現在の状況: お客様からの情報待ち

上記の未着分がそろい次第、次の手続きに進みます。

上野
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'aya-info-which-keep', kind: 'info_request', lang: 'ja', caseId: C.aya, trap: true,
    note: 'asks which account to keep; mentions what happens once merged (future), so not a completion',
    from: SUPPORT, to: a.keep, subject: form(C.aya),
    date: rfcDate('2026-06-02 02:15:39', '+0000'), enc: 'jisb64',
    text: `中村 彩 様

お問い合わせいただきありがとうございます。担当の Sofia です。

これまでの経緯: 6月1日に、大学のメールアドレスのアカウント(${a.srcId})と ${a.keep} のアカウント(${a.keepId})を1つにしたいとのご依頼をいただき、ケースを作成しております。

統合が完了しましたら、統合元のアカウントにはサインインできなくなり、認定・受験履歴・特典はすべて統合先に集約されます。そのため、どちらを残されるか念のため明確にしておきたく、残すアカウントのメールアドレスをこのメールへの返信でお知らせください。

Sofia
AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'hanako-info-confirm-address', kind: 'info_request', lang: 'ja', caseId: C.hanako, trap: true,
    note: '「ご確認のうえお知らせください」 asks for the kept address: information, not consent',
    from: SUPPORT, to: h.keep, subject: form(C.hanako),
    date: rfcDate('2026-07-07 08:30:52', '+0000'), enc: 'sjis8',
    text: `佐藤 花子 様

お世話になっております。AWS トレーニングと認定の石川です。

ご依頼の経緯:
7/6 フォームよりアカウント統合のご依頼(ケース ${C.hanako})
7/6 自動受付メールを送信
7/7 担当 石川がケースを確認

旧アカウント(${h.src})には、認定の通知先として別のアドレスが登録されているようです。今後の認定通知を受け取るメールアドレスはどれにされるか、ご確認のうえお知らせください。

石川
AWS Training and Certification`,
  }),
  mk({
    slug: 'taro-info-skillbuilder', kind: 'info_request', lang: 'ja', caseId: C.taro,
    note: 'Outlook-quoted thread; recap lists received items and what is still missing (Skill Builder address)',
    from: SUPPORT, to: t.keep, subject: form(C.taro),
    date: rfcDate('2026-08-05 04:12:18', '+0000'), enc: 'jis7',
    text: `山田 太郎 様

AWS トレーニングと認定の Haruka です。

現在までの状況を一覧にします。
・8/3 ケース受付
・8/4 当方から情報のご提供をお願い
・8/4 お客様より候補ID 2件と、残したいアカウント(${t.keep})のご連絡 → 受領しました
・8/5 (本メール)

1点だけ不足がございます。AWS Skill Builder で使っているメールアドレスが、上記2つのどちらとも異なる場合は、そのアドレスもお知らせ願えますか。

Haruka

${outlookJa(`山田 太郎 <${t.keep}>`, '2026年8月4日 22:07', 'aws-cs-trainingcertification-form@amazon.com', form(C.taro), `候補IDは ${t.keepId}(残す方)と ${t.srcId} です。\n個人の ${t.keep} を残したいです。`)}`,
  }),
  mk({
    slug: 'phish-info-password', kind: 'info_request', lang: 'ja', caseId: C.fakeJa2, trusted: false,
    note: 'forgery on amazon.co.jp.case-verify.net asking for passwords; labelled for what it asks',
    from: 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.co.jp.case-verify.net>', to: y.keep, subject: form(C.fakeJa2),
    date: rfcDate('2026-04-14 17:09:33', '+0900'), enc: 'jis7',
    text: `高橋 様

経緯のまとめ:
 - ケース受付済み
 - 統合先アカウントの確認済み

統合を進めるため、統合元アカウントのパスワードと、登録している電話番号をこのメールに返信してお知らせください。48時間以内にご返信がない場合、お手続きは停止されます。

AWS サポート`,
  }),
  mk({
    slug: 'daichi-info-write-from-old', kind: 'info_request', lang: 'ja', caseId: C.daichi, trap: true,
    note: 'asks the user to reply from the source address AND give its candidate ID: information request',
    from: SUPPORT, to: d.keep, subject: form(C.daichi),
    date: rfcDate('2026-05-13 07:01:14', '+0000'), enc: 'utf8b64',
    text: `小野 大地 様

上野です。引き続き対応いたします。

振り返り:
5/11 ご依頼受付 → 5/12 不足情報のご案内 → 5/12 夕方 お客様から統合元のメールアドレス(${d.src})をご連絡いただきました

ただ、旧アドレスのアカウントがお客様ご本人のものであることをこちらで確かめる必要があるため、お手数ですが ${d.src} からこのケース宛に1通ご返信いただき、その中に統合元の候補 ID を書き添えていただけますでしょうか。旧アドレスが使えない場合は、その旨と、そのアカウントで最後に受験した試験名をお書きください。

上野`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'kenji-confirm-table', kind: 'confirmation_request', lang: 'ja', caseId: C.kenji,
    note: 'table recap of the case; new: asks for consent to the irreversible merge',
    from: SUPPORT, to: k.keep, subject: form(C.kenji),
    date: rfcDate('2026-03-05 09:48:03', '+0000'), enc: 'jis7',
    text: `森田 健二 様

藤井でございます。いただいた情報で準備が整いましたので、経緯と統合の内容をまとめます。

日付   | 出来事
-------+--------------------------------------------
3/2    | ご依頼受領、ケース作成
3/3    | 当方より候補ID等をお伺い
3/4    | お客様よりご回答(ありがとうございました)
3/5    | 本メール

統合元: ${k.srcId} / ${k.src}
統合先: ${k.keepId} / ${k.keep}

統合を行うと元に戻すことはできません。上記の内容で統合してよろしければ、このメールにその旨ご返信ください。ご返信をいただいてから作業に入ります。

藤井
${sfRef('Kx41ab')}`,
  }),
  mk({
    slug: 'yui-confirm-first', kind: 'confirmation_request', lang: 'ja', caseId: C.yui,
    note: 'the consent request comes first, then a prose recap of the case so far',
    from: SUPPORT, to: y.keep, subject: form(C.yui),
    date: rfcDate('2026-04-20 03:27:45', '+0000'), enc: 'sjisb64',
    text: `高橋 結衣 様

最終のご確認をお願いいたします。${y.srcId} を ${y.keepId} に統合してよろしいでしょうか。統合は取り消しができませんので、ご同意いただける場合のみ「同意します」とご返信ください。

ご参考までに、本件の流れをまとめますと、4月13日にケースを受け付け、翌14日に候補 ID をお伺いし、15日にご回答をいただきました。その後、旧姓の件で受験時のお名前をお尋ねし、17日にお知らせいただいたことで本人確認が済んでおります。

Minh
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'daichi-confirm-html', kind: 'confirmation_request', lang: 'ja', caseId: C.daichi,
    note: 'multipart HTML with a status table; the last row asks for agreement',
    from: SUPPORT, to: d.keep, subject: form(C.daichi),
    date: rfcDate('2026-05-14 06:35:20', '+0000'), enc: 'utf8b64',
    text: `小野 様

ケース ${C.daichi} の進み具合です。

受付: 5月11日
必要情報のご案内: 5月12日
旧アドレスからのご返信: 5月13日 受領
本人確認: 完了

次の手順: 統合元 ${d.srcId} を統合先 ${d.keepId} に統合します。一度統合すると分けることはできません。問題なければ、このメールに「統合に同意します」とお返事ください。

上野`,
    html: htmlDoc(`<p>小野 様</p>
<p>ケース ${C.daichi} の進み具合です。</p>
${table([['手順', '状況'], ['受付', '5月11日'], ['必要情報のご案内', '5月12日'], ['旧アドレスからのご返信', '5月13日 受領'], ['本人確認', '完了'], ['統合へのご同意', 'お返事待ち']])}
<p>次の手順: 統合元 ${d.srcId} を統合先 ${d.keepId} に統合します。一度統合すると分けることはできません。問題なければ、このメールに「統合に同意します」とお返事ください。</p>
<p>上野</p>`),
  }),
  mk({
    slug: 'aya-confirm-after-future', kind: 'confirmation_request', lang: 'ja', caseId: C.aya, trap: true,
    note: 'describes what will happen after the merge (future) and asks for consent by reply',
    from: SUPPORT, to: a.keep, subject: form(C.aya),
    date: rfcDate('2026-06-04 01:52:10', '+0000'), enc: 'jisb64',
    text: `中村 彩 様

Sofia です。ご返信ありがとうございました。

経緯
- 6/1 ケース作成
- 6/2 残すアカウントをお伺い
- 6/3 ${a.keep} を残すとのご回答

統合後は、大学アドレスのアカウント(${a.srcId})では認定ポータルにサインインできなくなります。認定3件と、未使用の50%割引バウチャー1件は ${a.keepId} に移ります。
これで進めてよいか、ひとことご返信をいただけますか。ご返信をもって統合の同意とさせていただきます。

Sofia`,
  }),
  mk({
    slug: 'hanako-confirm-status-only', kind: 'confirmation_request', lang: 'ja', caseId: C.hanako,
    note: 'no explicit question in prose: the status line says it waits for consent; recap before it',
    from: SUPPORT, to: h.keep, subject: form(C.hanako),
    date: rfcDate('2026-07-09 02:04:48', '+0000'), enc: 'sjis8',
    text: `佐藤 花子 様

石川です。

【これまでの経緯】
7/6 ご依頼受付(ケース ${C.hanako})
7/7 認定の通知先アドレスについてお伺い
7/8 ${h.keep} を通知先にしたいとのご回答を受領
7/9 統合の準備完了

【統合の内容】
${h.srcId}(${h.src})→ ${h.keepId}(${h.keep})
※統合は取り消せない操作です

【現在の状況】
お客様のご同意待ち(このメールへのご返信でご同意とみなします)

石川`,
  }),
  mk({
    slug: 'taro-confirm-outlook', kind: 'confirmation_request', lang: 'ja', caseId: C.taro,
    note: 'consent request in the middle of a recap, with an Outlook-quoted earlier message',
    from: SUPPORT, to: t.keep, subject: form(C.taro),
    date: rfcDate('2026-08-06 03:40:00', '+0000'), enc: 'jis7',
    text: `山田 太郎 様

Haruka です。Skill Builder のアドレスのご連絡、ありがとうございました。

8/3 にご依頼をいただき、8/4 と 8/5 の二度にわたって情報をお伺いしました。そろった内容で統合の準備ができております。${t.srcId} を ${t.keepId} に統合してもよろしいか、ご返信でお知らせください(統合後に元へ戻すことはできません)。ご返信を確認しだい、8/7 以降に作業いたします。

Haruka

${outlookJa(`山田 太郎 <${t.keep}>`, '2026年8月5日 23:15', 'aws-cs-trainingcertification-form@amazon.com', form(C.taro), `Skill Builder は ${t.keep} で登録しています。\nよろしくお願いします。`)}`,
  }),
  mk({
    slug: 'forged-confirm-ftf', kind: 'confirmation_request', lang: 'ja', caseId: C.sho, trusted: false, auth: 'failThenForged',
    note: 'topmost A-R says dmarc=fail; a planted pass lower down does not count. Reads as a consent request',
    from: SUPPORT, to: s.keep, subject: form(C.sho),
    date: rfcDate('2026-09-03 04:22:19', '+0000'), enc: 'jis7',
    text: `伊藤 翔 様

これまでのまとめ: 9/1 ケース受付、9/2 候補 ID 受領。

統合元 ${s.srcId} を ${s.keepId} に統合してよろしいでしょうか。同意される場合は、下記フォームに旧アカウントのパスワードを入力して送信してください。
http://confirm-merge.example-aws.net/form

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'taro-confirm-resent', kind: 'confirmation_request', lang: 'ja', caseId: C.taro, forUser: false,
    resent: { from: 'postmaster@corp.example.co.jp', to: 'it-helpdesk@corp.example.co.jp', date: rfcDate('2026-08-06 13:02:11', '+0900') },
    note: 'consent request redirected by the old company server to its helpdesk (Resent-*): not delivered to the user',
    from: SUPPORT, to: t.src, subject: form(C.taro),
    date: rfcDate('2026-08-06 03:41:30', '+0000'), enc: 'jisb64',
    text: `山田 太郎 様(統合元アドレスにもお送りしています)

経緯: 8/3 ご依頼受付、8/4 情報のご依頼、8/5 Skill Builder のアドレスを確認。

${t.src} のアカウント(${t.srcId})を ${t.keepId} に統合します。取り消しはできません。このまま進めてよいか、どちらかのアドレスからご返信をお願いします。

Haruka`,
  }),
];

function SUPPORT_BARE_JA(): string {
  return 'aws-cs-trainingcertification-form@amazon.com';
}
export const _unused = [quote, gmailJa, paras, formNew];
