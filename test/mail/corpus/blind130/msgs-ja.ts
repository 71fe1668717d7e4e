// Japanese messages of the dy set: the passive, kanji-compound officialese of ticket queues.
import { type Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CERT_PORTAL, CREDLY_AWS, HANAKO, KENJI, REQ, SUPPORT, SUPPORT_JA, TARO,
  formSubject, gmailJa, mk, outlookJa, paras, quote, sfOriginal, sfRef,
} from './common.js';

const T = TARO.keep;
const H = HANAKO.keep;
const K = KENJI.keep;

export const JA: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ja-ack-kiyo', kind: 'acknowledgement', lang: 'ja', caseId: CASE.taro, enc: 'jis7', from: AWS_NOTIFY, to: T,
    when: '2026-11-02 09:14:05',
    subject: `サポートケース ${CASE.taro} 起票のお知らせ`,
    note: 'AWS Support 通知: ケースが起票された旨の自動受付',
    text: `本メールはシステムにより自動送信されています。

お問い合わせ内容はサポートケースとして起票されました。
  ケースID　　　: ${CASE.taro}
  件名　　　　　: AWS Training and Certification - Account assistance
  重要度　　　　: 一般的なガイダンス
  ステータス　　: 未割当（Unassigned）

担当者の割当後、順次対応が開始されます。追加の情報は本ケースへの返信にて受け付けます。
同一内容での重複起票は対応遅延の原因となりますのでお控えください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-juri', kind: 'acknowledgement', lang: 'ja', caseId: CASE.hanako, enc: 'sjis8', to: H, from: SUPPORT_JA,
    when: '2026-11-04 22:41:10',
    subject: `[CASE ${CASE.hanako}] 申請を受理しました - AWS Training and Certification Form Submission`,
    note: 'フォーム送信の受理通知。ケース番号付きの自動受付',
    text: `佐藤 花子 様

フォームより送信された申請を受理しました。受付番号は ${CASE.hanako} です。
受付区分：アカウント関連（account-assistance）
処理キュー：TC-APJ-ACCT

現在、担当窓口への割振り待ちとなっております。通常1、2営業日以内に担当者より連絡いたします。
※本メールは送信専用アドレスから配信されています。

AWS トレーニングと認定 受付システム`,
  }),
  mk({
    slug: 'ja-ack-html', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji, enc: 'utf8b64', from: AWS_NOTIFY, to: K,
    when: '2026-11-09 13:02:44',
    subject: 'お問い合わせを受け付けました',
    note: 'HTML のみの受付通知。ケースIDは本文のみ',
    html: `<html><body style="font-family:Meiryo,sans-serif">
<table width="600"><tr><td>
<h2>お問い合わせ受付完了</h2>
<p>以下の内容にてケースを登録いたしました。</p>
<table border="1" cellpadding="4">
<tr><th>ケースID</th><td>${CASE.kenji}</td></tr>
<tr><th>カテゴリ</th><td>AWS トレーニングと認定 / アカウント</td></tr>
<tr><th>ステータス</th><td>新規（担当者未着手）</td></tr>
<tr><th>起票日時</th><td>2026/11/09 13:02 JST</td></tr>
</table>
<p>担当者より追ってご連絡いたします。本メールへの返信は不要です。</p>
<p style="color:#888">Amazon Web Services, Inc.</p>
</td></tr></table></body></html>`,
  }),
  mk({
    slug: 'ja-ack-b64quote', kind: 'acknowledgement', lang: 'ja', caseId: CASE.taro, enc: 'jisb64', to: T,
    when: '2026-11-02 09:15:31',
    subject: formSubject(CASE.taro),
    note: '受付完了・担当アサイン待ちの自動受付。送信内容の控えを引用',
    text: `※自動受付※

本件、受付完了いたしました。担当者アサイン後に回答を差し上げます。
ケース番号 ${CASE.taro} を件名から削除せずにご返信ください。

----- 送信内容の控え -----
${REQ.taro}

AWS Training and Certification Customer Service`,
  }),
  mk({
    slug: 'ja-ack-phish', kind: 'acknowledgement', lang: 'ja', caseId: CASE.hanako, enc: 'utf8qp', to: H,
    from: 'AWS サポートセンター <case-notice@aws-support-jp.com>', auth: 'pass',
    when: '2026-11-05 03:12:00',
    subject: `【受付番号 ${CASE.hanako}】お問い合わせ受付のご連絡`,
    note: '受付通知の体裁だが aws-support-jp.com という似せたドメイン: untrusted',
    text: `お客様各位

お問い合わせ（受付番号：${CASE.hanako}）を起票いたしました。
本人確認手続きが未了のため、下記URLよりサインインのうえ手続きを完了してください。
https://aws-support-jp.com/verify

AWS サポートセンター`,
  }),
  mk({
    slug: 'ja-ack-bodyonly', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji2, enc: 'utf8qp', from: AWS_NOTIFY, to: K,
    when: '2026-11-20 18:30:12',
    subject: '【自動送信】お問い合わせ受付のお知らせ',
    note: '件名に番号なし、本文にケースID。話題を述べない受付: acknowledgement',
    text: `${KENJI.ja} 様

このたびはお問い合わせいただきありがとうございます。
ご依頼は ケースID ${CASE.kenji2} にて登録されました。現在のステータスは「対応待ち」です。

担当部門にて内容を確認し、順次ご連絡いたします。

-- 
AWS Support (自動通知)`,
  }),
  mk({
    slug: 'ja-ack-sjisb64', kind: 'acknowledgement', lang: 'ja', caseId: CASE.hanakoDup, enc: 'sjisb64', to: H, from: SUPPORT_JA,
    when: '2026-11-05 08:03:59',
    subject: formSubject(CASE.hanakoDup),
    note: '二件目の起票に対する自動受付（重複起票だが受付そのもの）',
    text: `本メールは受付確認のため自動で送信されております。

■受付番号：${CASE.hanakoDup}
■受付日時：2026年11月5日 8:03
■対応状況：受付済（一次対応前）

お問い合わせの内容を確認後、担当者よりご連絡差し上げます。
なお、同一案件で複数のお問い合わせを起票された場合、回答までにお時間を頂戴することがございます。

AWS トレーニングと認定 カスタマーサービス`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ja-ai-selfsvc', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'jis7', from: AWS_NOTIFY, to: T,
    when: '2026-11-02 09:08:40',
    subject: 'お問い合わせに対する自動回答（AI生成）',
    note: '生成AIの自動回答: セルフサービスの統合ツールへ誘導',
    text: `以下は生成AIによる自動回答です。内容に誤りが含まれる場合があります。

ご質問：認定アカウントが2つあり、1つにまとめたい

回答：
認定アカウントの統合は、AWS Certification アカウントにサインイン後、
「プロフィール」→「アカウントの統合（Merge Accounts）」から申請いただけます。
統合元アカウントの認証情報の入力が求められます。

本回答で解決しない場合は、画面下部の「ケースを作成」から担当窓口へお問い合わせください。`,
  }),
  mk({
    slug: 'ja-ai-after', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf8b64', from: AWS_NOTIFY, to: H,
    when: '2026-11-04 22:30:02',
    subject: '自動応答: AWS 認定アカウントの統合について',
    trap: true,
    note: 'AI回答が統合後のバッジ移行を説明しているだけ: ai_answer（統合・バッジの語を含む）',
    text: `【自動応答アシスタント】

統合処理の実施後、統合元アカウントの認定資格・特典（受験バウチャー等）は保持アカウントへ移管されます。
Credly のデジタルバッジは、統合完了後に保持アカウントのメールアドレスで受領手続きを行うことで反映されます。
統合元アカウントはその後無効化され、元に戻すことはできません。

この回答は役に立ちましたか？ 解決しない場合は「ケースを作成」を選択してください。`,
  }),
  mk({
    slug: 'ja-ai-sjis', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'sjis8', from: AWS_NOTIFY, to: K,
    when: '2026-11-09 12:55:17',
    subject: 'AI による回答候補のご案内',
    note: 'AI回答候補。ケース作成前の自動案内',
    text: `森 健二 様

入力いただいた内容をもとに、以下の解決策が自動抽出されました。

1. 重複アカウントの統合はセルフサービスで実施可能です（認定ポータル > プロフィール > Merge Accounts）。
2. 双方のアカウントに認定履歴がある場合、ツールでは処理できず、サポートへの起票が必要です。
3. 起票時は候補者ID（AWS から始まる番号）を記載すると処理が円滑です。

※本案内は自動生成です。担当者の確認を経ていません。`,
  }),
  mk({
    slug: 'ja-ai-multi', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf8qp', from: AWS_NOTIFY, to: T,
    when: '2026-12-01 07:45:00',
    subject: 'Amazon Q による自動回答',
    note: 'multipart の自動回答。ナレッジ記事の提示',
    text: `Amazon Q（生成AI）による回答です。

お問い合わせ「資格アカウントを一本化したい」について、関連するナレッジ記事が見つかりました。
 - KB: 認定アカウントを統合する方法
手順：認定ポータルへサインイン → プロフィール → アカウントの統合 → 統合元の資格情報を入力

解決しなかった場合は、引き続きケースの作成へお進みください。`,
    html: `<div><p><b>Amazon Q（生成AI）による回答です。</b></p>
<p>お問い合わせ「資格アカウントを一本化したい」について、関連するナレッジ記事が見つかりました。</p>
<ul><li>KB: 認定アカウントを統合する方法</li></ul>
<p>手順：認定ポータルへサインイン → プロフィール → アカウントの統合 → 統合元の資格情報を入力</p>
<p>解決しなかった場合は、引き続きケースの作成へお進みください。</p></div>`,
  }),
  mk({
    slug: 'ja-ai-oncase', kind: 'ai_answer', lang: 'ja', caseId: CASE.kenji, enc: 'jisb64', from: AWS_NOTIFY, to: K,
    when: '2026-11-09 13:03:30',
    subject: `ケース ${CASE.kenji} に対する自動提案`,
    note: '起票済みケースに自動で付いた解決提案: ai_answer',
    text: `ケース ${CASE.kenji} の内容から、自動解析により以下の解決策を提案します。

・認定アカウントの統合は Merge Accounts ツールで即時に実施できる場合があります。
・ツールで「サポートに連絡してください」と表示された場合は、本ケースにて担当者が引き続き対応します。

本提案でご要望が満たされた場合、ケースの取り下げをご検討ください。
（自動提案エンジン / 担当者の回答ではありません）`,
  }),
  mk({
    slug: 'ja-ai-forged', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf8qp', from: AWS_NOTIFY, to: H, auth: 'failThenForged',
    when: '2026-11-04 23:10:45',
    subject: '自動回答: アカウント統合ツールのご案内',
    note: '自動回答の文面だが最上位の A-R が dmarc=fail（下に偽の pass）: untrusted',
    text: `生成AIアシスタントからの自動回答です。

重複した認定アカウントはプロフィール画面の「アカウントの統合」から統合申請が可能です。
ツールが利用できない場合のみ、ケースを作成してください。`,
  }),
  mk({
    slug: 'ja-ai-kb', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'jis7', from: AWS_NOTIFY, to: T,
    when: '2026-12-03 20:01:09',
    subject: 'ナレッジ記事の自動提示',
    note: '問い合わせ文に対しナレッジを自動提示する AI 回答',
    text: `お問い合わせ文の解析結果にもとづき、関連ナレッジを自動提示いたします。

　分類　　：認定アカウント／重複アカウント
　推奨対応：セルフサービスによる統合（Merge Accounts）
　補足　　：統合元アカウントのサインイン情報が必要です。パスワード不明時はリセット後に実施してください。

本提示は自動処理によるものです。解決しない場合は問い合わせフォームからケースを作成してください。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'ja-info-waiting', kind: 'info_request', lang: 'ja', caseId: CASE.taro, enc: 'jis7', to: T,
    when: '2026-11-03 11:20:00',
    subject: formSubject(CASE.taro),
    note: 'お客様アクション待ち: 双方の候補者IDとメールを求める',
    text: `山田 太郎 様

ケース ${CASE.taro} につき、ステータスを「お客様アクション待ち」に変更いたしました。
統合処理の起票にあたり、下記項目の記入が必須となっております。

  (1) 統合先（保持）アカウントの候補者ID およびログインメールアドレス
  (2) 統合元（廃止）アカウントの候補者ID およびログインメールアドレス
  (3) 各アカウントで取得済みの認定名

上記受領後、後続処理へ移行いたします。

AWS トレーニングと認定 カスタマーサービス
担当：小林`,
  }),
  mk({
    slug: 'ja-info-kakunin', kind: 'info_request', lang: 'ja', caseId: CASE.hanako, enc: 'sjis8', to: H, from: SUPPORT_JA,
    when: '2026-11-06 10:02:33',
    subject: formSubject(CASE.hanako),
    trap: true,
    note: '「ご確認のうえお知らせください」は保持アドレスを尋ねる情報依頼（確認依頼ではない）',
    text: `佐藤様

お世話になっております。AWS トレーニングと認定の石川です。
本件の処理に先立ち、保持対象とするアカウントのメールアドレスが申請内容から特定できませんでした。
どちらのアドレスを存続させるか、ご確認のうえお知らせください。

　候補A：${HANAKO.keep}
　候補B：${HANAKO.src}

以上、よろしくお願いいたします。

> ${REQ.hanako.split('\n').join('\n> ')}`,
  }),
  mk({
    slug: 'ja-info-outlook', kind: 'info_request', lang: 'ja', caseId: CASE.kenji, enc: 'utf8b64', to: K,
    when: '2026-11-10 15:47:12',
    subject: formSubject(CASE.kenji),
    note: 'Outlook 形式の引用付き。通知用アドレスと Skill Builder のアドレスを求める',
    text: `森様

ご連絡ありがとうございます。
本件は統合担当チームへの引継ぎ前の確認段階でございます。引継ぎ票の作成に、以下が不足しております。

・認定通知の受信用メールアドレス（両アカウント分）
・AWS Skill Builder のログインメールアドレス

お手数ですが、本メールにご返信のかたちでご記載ください。

AWS Training and Certification 窓口 / 中島

${outlookJa(`${KENJI.ja} <${K}>`, '2026年11月9日 13:10', SUPPORT, formSubject(CASE.kenji), REQ.kenji)}`,
  }),
  mk({
    slug: 'ja-info-sfquote', kind: 'info_request', lang: 'ja', caseId: CASE.taro, enc: 'jisb64', to: T,
    when: '2026-11-04 16:12:40',
    subject: formSubject(CASE.taro),
    note: 'Salesforce 形式の引用。氏名表記と直近の受験日を求める',
    text: `山田様

ご回答ありがとうございます。
照合処理において、統合元アカウントの氏名表記（ローマ字）が一致しておりません。
各アカウントに登録されている氏名の表記と、直近の受験日をご教示いただけますでしょうか。

ご返信をもって照合を再開いたします。

${sfRef('0Kx7Ta')}

${sfOriginal(`${TARO.en} <${T}>`, '11/3/2026 3:02 PM', 'aws-cs-trainingcertification-form@amazon.com', formSubject(CASE.taro), `残す: ${TARO.keepId} / ${T}\n統合元: ${TARO.srcId} / ${TARO.src}`)}`,
  }),
  mk({
    slug: 'ja-info-fusoku', kind: 'info_request', lang: 'ja', caseId: CASE.kenji2, enc: 'utf8qp', to: K,
    when: '2026-11-21 09:30:00',
    subject: formSubject(CASE.kenji2),
    trap: true,
    note: '「統合処理の実施にあたり」と語るが、不足情報を求める依頼',
    text: `森 健二 様

ケース番号 ${CASE.kenji2} につきまして、統合処理の実施にあたり下記情報が不足しております。

　不足項目：統合元アカウントの候補者ID
　備考　　：申請書に記載の「AWS4028661」は桁数が不足しております

正しいIDを確認後、ご返信ください。ご返信の受領までは本件は保留（ステータス：保留中）となります。

AWS T&C サポート`,
  }),
  mk({
    slug: 'ja-info-misaligned', kind: 'info_request', lang: 'ja', caseId: CASE.hanako, enc: 'utf8qp', to: H, auth: 'misaligned',
    when: '2026-11-06 02:44:18',
    subject: formSubject(CASE.hanako),
    note: '情報依頼の文面だが DKIM が無関係のドメインで dmarc=fail: untrusted',
    text: `佐藤様

統合手続きの継続には、両アカウントのログインパスワードの提出が必要です。
本メールに返信のうえ記載してください。48時間以内にご返信がない場合、申請は破棄されます。

サポート担当`,
  }),
  mk({
    slug: 'ja-info-mobile', kind: 'info_request', lang: 'ja', caseId: CASE.hanako, enc: 'sjisb64', to: H, from: SUPPORT_JA,
    when: '2026-11-07 19:05:41',
    subject: formSubject(CASE.hanako),
    note: '保持アカウントのアドレスから返信し、候補者IDを書くよう求める: info_request',
    text: `佐藤様

恐れ入りますが、本人確認の都合上、保持されるアカウントのメールアドレス（${HANAKO.keep}）から本ケースへご返信いただき、その際に両アカウントの候補者IDを併記願います。
受領確認後、処理を進めます。

カスタマーサービス 田村`,
  }),
  mk({
    slug: 'ja-info-kibou', kind: 'info_request', lang: 'ja', caseId: CASE.taro, enc: 'jis7', to: T,
    when: '2026-11-05 10:10:10',
    subject: formSubject(CASE.taro),
    note: '統合元で取得した資格の一覧と特典の有無を尋ねる',
    text: `山田 太郎 様

続けてのご連絡失礼いたします。
移管対象の確定のため、統合元アカウント（${TARO.srcId}）で取得された認定資格の名称と取得日、未使用の受験割引特典の有無をお知らせ願えますか。
不明な項目は「不明」とご記入いただいて差し支えございません。

AWS トレーニングと認定 小林`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'ja-conf-fukagyaku', kind: 'confirmation_request', lang: 'ja', caseId: CASE.taro, enc: 'jis7', to: T,
    when: '2026-11-06 14:00:22',
    subject: formSubject(CASE.taro),
    note: '不可逆の統合について実施可否の回答を求める',
    text: `山田様

ご提供いただいた情報にて照合が完了しました。
以下の内容で統合処理を実施いたします。本処理は不可逆であり、実施後の切り戻しはできません。

　統合先（保持）：${TARO.keepId} ${T}
　統合元（廃止）：${TARO.srcId} ${TARO.src}

実施可否を本メールへの返信にてご回答ください。ご回答の受領をもって作業を起票いたします。

AWS Training and Certification / 小林`,
  }),
  mk({
    slug: 'ja-conf-shodaku', kind: 'confirmation_request', lang: 'ja', caseId: CASE.hanako, enc: 'sjis8', to: H, from: SUPPORT_JA,
    when: '2026-11-08 09:41:03',
    subject: formSubject(CASE.hanako),
    note: '統合の承諾を返信で求める',
    text: `佐藤 花子 様

お待たせいたしました。存続アカウント ${HANAKO.keepId}（${HANAKO.keep}）へ、${HANAKO.srcId}（${HANAKO.src}）の認定履歴を統合いたします。
統合後、${HANAKO.src} 側のアカウントは閉鎖され、復元は承れません。

上記にてご承諾いただける場合、その旨ご返信ください。

AWS トレーニングと認定 石川`,
  }),
  mk({
    slug: 'ja-conf-html', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji, enc: 'utf8qp', to: K,
    when: '2026-11-12 11:11:11',
    subject: formSubject(CASE.kenji),
    note: 'multipart の最終確認依頼',
    text: `森様

【最終確認】
統合先：${KENJI.keepId}（${K}）
統合元：${KENJI.srcId}（${KENJI.src}）
処理区分：認定アカウント統合（取消不可）

上記で相違なければ「承認」とご返信ください。承認を受領次第、処理キューへ投入いたします。

中島`,
    html: `<p>森様</p>
<p><b>【最終確認】</b><br>
統合先：${KENJI.keepId}（${K}）<br>
統合元：${KENJI.srcId}（${KENJI.src}）<br>
処理区分：認定アカウント統合（取消不可）</p>
<p>上記で相違なければ「承認」とご返信ください。承認を受領次第、処理キューへ投入いたします。</p>
<p>中島</p>`,
  }),
  mk({
    slug: 'ja-conf-gmail', kind: 'confirmation_request', lang: 'ja', caseId: CASE.hanako, enc: 'jisb64', to: H, from: SUPPORT_JA,
    when: '2026-11-08 17:20:50',
    subject: formSubject(CASE.hanako),
    note: 'Gmail 形式の引用の上で、同意する旨の返信を求める',
    text: `佐藤様

ID のご提示ありがとうございました。
統合元アカウントは処理後に削除扱いとなり、元に戻すことはできません。
同意いただける場合は、本文に「同意します」とご記載のうえご返信ください。

${gmailJa('2026年11月7日(土) 21:03', `${HANAKO.ja} <${H}>`, `候補者IDは ${HANAKO.keepId} と ${HANAKO.srcId} です。\n${HANAKO.keep} から送っています。`)}`,
  }),
  mk({
    slug: 'ja-conf-shonin', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji2, enc: 'utf8b64', to: K,
    when: '2026-11-23 10:00:00',
    subject: formSubject(CASE.kenji2),
    note: 'ステータス：お客様承認待ち。承認をもって実施と告げる',
    text: `ケース ${CASE.kenji2}
ステータス：お客様承認待ち

森様

候補者IDの訂正を受領いたしました。統合先 ${KENJI.keepId}、統合元 ${KENJI.srcId} にて申請内容を確定いたします。
本処理は実施後の取消ができないため、念のためご意思を確認させてください。
ご承認の返信をもって処理を実施いたします。

T&C サポート 高橋`,
  }),
  mk({
    slug: 'ja-conf-forged', kind: 'confirmation_request', lang: 'ja', caseId: CASE.taro, enc: 'sjisb64', to: T, auth: 'forgedBelow',
    when: '2026-11-06 15:33:30',
    subject: formSubject(CASE.taro),
    note: '承諾依頼の文面だが dmarc=pass の A-R がサーバの Received より下: untrusted',
    text: `山田様

統合処理の実施前確認です。下記リンクより同意手続きを行ってください。
https://aws-merge-consent.example.net/confirm?case=${CASE.taro}

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-conf-mixed', kind: 'confirmation_request', lang: 'ja', caseId: CASE.hanako, enc: 'jis7', to: HANAKO.src, from: SUPPORT_JA,
    when: '2026-11-08 09:45:12',
    subject: formSubject(CASE.hanako),
    forUser: false,
    note: '旧勤務先アドレス宛てを転送した Resent-* 付きコピー: forUser false。内容は承諾依頼',
    extra: { resent: { from: 'postmaster@oldcorp.example.com', to: 'archive@oldcorp.example.com', date: 'Sun, 8 Nov 2026 09:50:02 +0900' } },
    text: `Dear Ms. Sato / 佐藤様

We are ready to proceed. 統合の実施準備が整いました。
Source ${HANAKO.srcId} -> Destination ${HANAKO.keepId}
This action cannot be reversed. 本処理は取り消しできません。

実施してよろしいか、ご返信にてお知らせください。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-conf-lookserver', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji, enc: 'utf88bit', to: K, auth: 'lookalikeServer',
    when: '2026-11-12 11:40:00',
    subject: formSubject(CASE.kenji),
    note: '承諾依頼だが A-R の authserv-id が mx.test.example に似せた別ホスト: untrusted',
    text: `森様

統合処理の承認をお願いいたします。承認は返信本文に「承認」とご記入ください。
未回答の場合、処理は保留のままとなります。

AWS トレーニングと認定`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'ja-merge-done', kind: 'merge_completed', lang: 'ja', caseId: CASE.taro, enc: 'jis7', to: T,
    when: '2026-11-09 17:05:00',
    subject: formSubject(CASE.taro),
    note: '統合処理を実施した旨の報告（対応完了）',
    text: `山田 太郎 様

ご承諾のご返信ありがとうございました。
本日、${TARO.srcId} から ${TARO.keepId} へのアカウント統合処理を実施いたしました。
統合元アカウントで取得された認定資格は、保持アカウント側の履歴に反映済みです。

作業区分：アカウント統合　／　結果：対応完了

AWS トレーニングと認定 小林`,
  }),
  mk({
    slug: 'ja-merge-badgepending', kind: 'merge_completed', lang: 'ja', caseId: CASE.hanako, enc: 'sjis8', to: H, from: SUPPORT_JA,
    when: '2026-11-11 12:00:30',
    subject: formSubject(CASE.hanako),
    trap: true,
    note: '統合は処理済み、バッジ移行は未実施と明記: merge_completed（バッジの語を含む）',
    text: `佐藤様

本件、処理済みとなりましたのでご報告いたします。

　認定履歴の移管　：完了
　受験特典の移管　：完了
　Credly バッジ　 ：未実施（別途手続き）

統合元アカウント ${HANAKO.srcId} は無効化されております。
バッジにつきましては、保持アカウントのメールアドレスで Credly の受領手続きを行ってください。

石川`,
  }),
  mk({
    slug: 'ja-merge-portal', kind: 'merge_completed', lang: 'ja', caseId: null, enc: 'utf8b64', from: CERT_PORTAL, to: K,
    when: '2026-11-14 04:22:10',
    subject: 'AWS Certification: アカウントの統合が完了しました',
    note: '認定ポータルからの統合完了通知（ケースIDなし）',
    text: `${KENJI.ja} 様

お客様の AWS Certification アカウントの統合が完了しました。
以後は ${K} でサインインしてください。統合されたアカウントの試験履歴、認定、特典はすべてこのアカウントで確認できます。

このメールは送信専用です。

AWS Certification`,
  }),
  mk({
    slug: 'ja-merge-close', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji, enc: 'jisb64', to: K,
    when: '2026-11-14 10:30:00',
    subject: formSubject(CASE.kenji),
    note: '統合実施の報告に本件クローズを添える: 新しい事実は統合完了',
    text: `森様

承認のご返信を受け、アカウント統合作業を実施いたしました。
統合先 ${KENJI.keepId} にて、統合元 ${KENJI.srcId} の認定資格が参照可能となっております。

以上をもちまして、本件クローズとさせていただきます。
追加のご要望がございましたら本メールにご返信ください。ケースが再開されます。

中島`,
  }),
  mk({
    slug: 'ja-merge-fields', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji2, enc: 'utf8qp', to: K,
    when: '2026-11-25 16:44:08',
    subject: formSubject(CASE.kenji2),
    note: '作業結果：成功の票形式で統合実施を報告',
    text: `■作業報告
ケース番号　：${CASE.kenji2}
作業内容　　：認定アカウント統合（${KENJI.srcId} → ${KENJI.keepId}）
実施日　　　：2026/11/25
作業結果　　：成功

森様、ご承認ありがとうございました。上記のとおり実施いたしましたのでご報告申し上げます。

高橋`,
  }),
  mk({
    slug: 'ja-merge-fail', kind: 'merge_completed', lang: 'ja', caseId: CASE.hanako, enc: 'jis7', to: H, auth: 'fail',
    when: '2026-11-11 01:10:00',
    subject: formSubject(CASE.hanako),
    note: '統合完了の文面だが dmarc=fail: untrusted',
    text: `佐藤様

アカウント統合は完了いたしました。
新しい認定証の発行手数料のお支払いを下記よりお願いします。
https://aws-cert-payments.example.org/

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-merge-sfquote', kind: 'merge_completed', lang: 'ja', caseId: CASE.taro, enc: 'sjisb64', to: T,
    when: '2026-11-09 17:40:00',
    subject: formSubject(CASE.taro),
    note: '統合作業完了の報告。「問題がないかご確認ください」は完了通知の範囲',
    text: `山田様

統合作業は完了しております。
お手数ですが保持アカウントにサインインのうえ、認定一覧・特典に問題がないかご確認ください。

${sfRef('0Lm2Qp')}

${sfOriginal(`${TARO.en} <${T}>`, '11/8/2026 10:15 PM', 'aws-cs-trainingcertification-form@amazon.com', formSubject(CASE.taro), '上記の内容で統合を実施してください。承諾します。\n山田')}`,
  }),
  mk({
    slug: 'ja-merge-html', kind: 'merge_completed', lang: 'ja', caseId: CASE.hanako, enc: 'utf8b64', to: H, from: SUPPORT_JA,
    when: '2026-11-11 12:03:00',
    subject: formSubject(CASE.hanako),
    note: 'multipart: 二つのアカウントを一本化した旨の報告',
    text: `佐藤様

${HANAKO.srcId} と ${HANAKO.keepId} の一本化を実施済みです。
今後は ${HANAKO.keep} にてサインインください。

石川`,
    html: `<div dir="ltr"><p>佐藤様</p><p>${HANAKO.srcId} と ${HANAKO.keepId} の一本化を実施済みです。<br>今後は ${HANAKO.keep} にてサインインください。</p><p>石川</p></div>`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'ja-badge-credly', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8b64', from: CREDLY_AWS, to: T,
    when: '2026-11-10 02:15:44',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'Credly 経由の AWS バッジ発行（保持アカウント宛）',
    text: `山田 太郎 様

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを入手する
https://www.credly.com/earner/earned/badge/5b1e2f70-1c3a-4a6e-9b77-2d1f0c8e9a41

Credly`,
  }),
  mk({
    slug: 'ja-badge-closed', kind: 'badges_transferred', lang: 'ja', caseId: CASE.hanako, enc: 'jis7', to: H, from: SUPPORT_JA,
    when: '2026-11-16 13:30:00',
    subject: formSubject(CASE.hanako),
    note: 'バッジ移行処理の完了とクローズ: badges_transferred',
    text: `佐藤様

ご依頼のバッジ移行処理が完了いたしました。
統合元アカウントに紐づいていた Credly バッジ3件は、${HANAKO.keep} 側のプロフィールへ付け替え済みです。

本件はこれにて対応完了とし、クローズいたします。

石川`,
  }),
  mk({
    slug: 'ja-badge-tsukekae', kind: 'badges_transferred', lang: 'ja', caseId: CASE.taro, enc: 'sjis8', to: T,
    when: '2026-11-12 09:09:09',
    subject: formSubject(CASE.taro),
    note: 'Credly 上のバッジを保持アカウントへ付け替えた旨',
    text: `山田様

バッジの件、ご連絡ありがとうございました。
担当部署にて再連携処理を行い、Credly 上のデジタルバッジを ${TARO.keep} のアカウントへ移行いたしました。
反映状況を確認済みです。

小林`,
  }),
  mk({
    slug: 'ja-badge-lookalike', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8qp', to: K,
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-notice.com>',
    when: '2026-11-15 05:00:00',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'Credly を装った似せたドメイン（credly-notice.com）: untrusted',
    text: `森 健二 様

統合されたアカウントにバッジが付与されました。
バッジを入手する: https://credly-notice.com/claim

Credly`,
  }),
  mk({
    slug: 'ja-badge-credlyhtml', kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8qp', from: CREDLY_AWS, to: K,
    when: '2026-11-15 03:41:27',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'Credly の HTML 付きバッジ発行メール（AWS 発行）',
    text: `森 健二 様

Amazon Web Services Training and Certification が「AWS Certified Developer - Associate」のバッジを発行しました。
バッジを入手する: https://www.credly.com/earner/earned/badge/9c0d4b12-ee31-4a02-8f1a-77b3a0c1d5e6`,
    html: `<table width="100%"><tr><td align="center">
<p>森 健二 様</p>
<p>Amazon Web Services Training and Certification が「AWS Certified Developer - Associate」のバッジを発行しました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/9c0d4b12-ee31-4a02-8f1a-77b3a0c1d5e6" style="background:#0b6ee8;color:#fff;padding:10px 20px">バッジを入手する</a></p>
</td></tr></table>`,
  }),
  mk({
    slug: 'ja-badge-reflect', kind: 'badges_transferred', lang: 'ja', caseId: CASE.kenji, enc: 'jisb64', to: K,
    when: '2026-11-19 15:15:00',
    subject: formSubject(CASE.kenji),
    note: '再処理の結果バッジが反映されたと報告',
    text: `森様

バッジ未反映の件、担当チームにて再処理を実施いたしました。
統合元に残っていたバッジ2件は、保持アカウントの Credly プロフィールへ移行済みであることを確認しております。

${gmailJa('2026年11月17日(火) 8:40', `${KENJI.ja} <${K}>`, '統合ありがとうございました。ただ Credly のバッジが古いアドレスのままです。')}`,
  }),
  mk({
    slug: 'ja-badge-sjisb64', kind: 'badges_transferred', lang: 'ja', caseId: CASE.kenji2, enc: 'sjisb64', to: K,
    when: '2026-11-27 11:00:00',
    subject: formSubject(CASE.kenji2),
    note: 'バッジ移管作業の完了報告（票形式）',
    text: `■作業報告（追補）
作業内容：Credly バッジ移管（${KENJI.srcId} → ${KENJI.keepId}）
作業結果：完了

森様、先日ご指摘の Credly バッジについて、保持アカウントへの移管が完了しております。

高橋`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'ja-close-auto7', kind: 'case_closed', lang: 'ja', caseId: CASE.kenji2, enc: 'jis7', to: K,
    when: '2026-11-22 09:00:00',
    subject: formSubject(CASE.kenji2),
    note: '返信がなければ7日後に自動クローズする予告',
    text: `森様

先日お送りした候補者IDのご確認について、現時点でご返信を確認できておりません。
本日より7日以内にご返信がない場合、本ケースは自動的にクローズされます。
クローズ後も本メールに返信いただければ再開可能です。

AWS T&C サポート`,
  }),
  mk({
    slug: 'ja-close-kaiketsu', kind: 'case_closed', lang: 'ja', caseId: CASE.taro, enc: 'utf8b64', from: AWS_NOTIFY, to: T,
    when: '2026-11-13 00:05:00',
    subject: `ケース ${CASE.taro} のステータスが「解決済み」に変更されました`,
    note: 'ステータスが解決済みに変わった旨のシステム通知',
    text: `サポートケース ${CASE.taro} のステータスが更新されました。

　変更前：お客様の返信待ち
　変更後：解決済み

ケースの詳細はサポートセンターでご確認いただけます。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-close-restate', kind: 'case_closed', lang: 'ja', caseId: CASE.hanako, enc: 'sjis8', to: H, from: SUPPORT_JA,
    when: '2026-11-20 10:00:00',
    subject: formSubject(CASE.hanako),
    trap: true,
    note: '先日の統合処理済みを言い直して閉じるだけ: case_closed',
    text: `佐藤様

先日ご報告のとおり、アカウント統合およびバッジ移行は処理済みとなっております。
その後ご連絡がございませんので、本件はクローズとさせていただきます。

石川`,
  }),
  mk({
    slug: 'ja-close-dup', kind: 'case_closed', lang: 'ja', caseId: CASE.hanakoDup, enc: 'jisb64', to: H, from: SUPPORT_JA,
    when: '2026-11-05 12:30:00',
    subject: formSubject(CASE.hanakoDup),
    note: '重複起票されたケースを閉じ、元ケースで対応すると告げる',
    text: `佐藤様

本ケース（${CASE.hanakoDup}）は、ケース ${CASE.hanako} と同一内容の重複起票と判断いたしました。
対応は ${CASE.hanako} にて継続いたしますので、本ケースはクローズいたします。

AWS トレーニングと認定 受付担当`,
  }),
  mk({
    slug: 'ja-close-3days', kind: 'case_closed', lang: 'ja', caseId: CASE.taro, enc: 'utf8qp', to: T,
    when: '2026-11-07 08:00:00',
    subject: `[自動通知] ${formSubject(CASE.taro)}`,
    note: 'お客様アクション待ちが続くため3営業日後に自動クローズ',
    text: `本ケースは「お客様アクション待ち」の状態が継続しております。
3営業日以内にご返信がない場合、本ケースは自動クローズとなります。

ケースID：${CASE.taro}

※このメールは自動送信です。`,
  }),
  mk({
    slug: 'ja-close-noauth', kind: 'case_closed', lang: 'ja', caseId: CASE.kenji, enc: 'jis7', to: K, auth: 'none',
    when: '2026-11-20 21:00:00',
    subject: formSubject(CASE.kenji),
    note: '認証結果ヘッダがないクローズ通知: untrusted',
    text: `森様

本件は対応完了のためクローズいたしました。
アンケートへのご協力をお願いいたします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-close-html', kind: 'case_closed', lang: 'ja', caseId: CASE.kenji, enc: 'utf8b64', from: AWS_NOTIFY, to: K,
    when: '2026-11-21 00:01:00',
    subject: 'サポートケースが解決済みとしてクローズされました',
    note: 'HTML のみのクローズ通知。ケースIDは本文',
    html: `<html><body>
<p>${KENJI.ja} 様</p>
<p>お問い合わせ（ケースID: <b>${CASE.kenji}</b>）は解決済みとしてクローズされました。</p>
<p>同じ件で引き続きご質問がある場合は、14日以内に本ケースを再開してください。</p>
<p>Amazon Web Services サポート</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-close-thanks', kind: 'case_closed', lang: 'ja', caseId: CASE.taro, enc: 'sjisb64', to: T,
    when: '2026-11-13 18:20:00',
    subject: formSubject(CASE.taro),
    note: 'お礼の返信を受けて本件を終了する',
    text: `山田様

ご丁寧にご返信いただきありがとうございます。
本件はこちらで終了処理とさせていただきます。

小林

${gmailJa('2026年11月13日(金) 12:02', `${TARO.ja} <${T}>`, 'すべて確認できました。ありがとうございました。')}`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'ja-sr-escalate', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, enc: 'jis7', to: K,
    when: '2026-11-13 09:30:00',
    subject: formSubject(CASE.kenji),
    trap: true,
    note: '承諾の受領と担当部署への連携: 統合はまだ',
    text: `森様

ご確認ありがとうございます。承諾のご返信を受領いたしました。
本件は統合作業の担当部署へエスカレーション済みです。作業完了まで数営業日を要する見込みです。

中島`,
  }),
  mk({
    slug: 'ja-sr-yotei', kind: 'support_reply', lang: 'ja', caseId: CASE.hanako, enc: 'sjis8', to: H, from: SUPPORT_JA,
    when: '2026-11-09 10:00:00',
    subject: formSubject(CASE.hanako),
    trap: true,
    note: 'ステータス：実施予定。統合は未来の予定にすぎない',
    text: `佐藤様

進捗をご報告いたします。

　統合処理　：実施予定（11/11）
　バッジ移行：統合後に判断

予定日に処理が実施され次第、改めてご案内いたします。

石川`,
  }),
  mk({
    slug: 'ja-sr-error', kind: 'support_reply', lang: 'ja', caseId: CASE.taro, enc: 'utf8b64', to: T,
    when: '2026-11-08 13:00:00',
    subject: formSubject(CASE.taro),
    trap: true,
    note: '統合処理が失敗し再実施を手配中: 完了ではない',
    text: `山田様

本日実行された統合処理がシステムエラー（MRG-409）により失敗いたしました。
現在、再実施を手配中です。お客様側でのご対応は不要です。

小林`,
  }),
  mk({
    slug: 'ja-sr-dupmerge', kind: 'support_reply', lang: 'ja', caseId: CASE.hanako, enc: 'jisb64', to: H, from: SUPPORT_JA,
    when: '2026-11-05 12:40:00',
    subject: formSubject(CASE.hanako),
    trap: true,
    note: '重複起票されたケースを統合（マージ）した話でアカウント統合ではない',
    text: `佐藤様

重複して起票されたお問い合わせ（${CASE.hanakoDup}）を本ケースに統合いたしました。
以後のやり取りは本ケースにてお願いいたします。アカウントの件は現在担当者が確認中です。

受付担当`,
  }),
  mk({
    slug: 'ja-sr-shidai', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji2, enc: 'utf8qp', to: K,
    when: '2026-11-24 09:00:00',
    subject: formSubject(CASE.kenji2),
    trap: true,
    note: '「統合が完了しましたら」は条件文。現状報告',
    text: `森様

現在、統合担当部署にて作業待ちの状態です。
統合が完了しましたら、改めて本ケースにてご連絡いたします。今しばらくお待ちください。

高橋`,
  }),
  mk({
    slug: 'ja-sr-memo', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, enc: 'utf88bit', to: K,
    when: '2026-11-11 16:00:00',
    subject: formSubject(CASE.kenji),
    note: '社内メモが混入した進捗連絡（T2 へ転送済み）',
    text: `森様

お待たせしております。現在、本件は二次対応チームにて確認中です。

[社内メモ] 2026-11-11 T1→T2 転送済。SOP-TC-017 手順4まで実施。顧客連絡不要。

引き続きよろしくお願いいたします。
中島`,
  }),
  mk({
    slug: 'ja-sr-funou', kind: 'support_reply', lang: 'ja', caseId: CASE.taro, enc: 'jis7', to: T,
    when: '2026-11-07 15:00:00',
    subject: formSubject(CASE.taro),
    trap: true,
    note: '予約中の試験があるため現時点では統合できない: 否定',
    text: `山田様

統合元アカウント（${TARO.srcId}）に有効な試験予約が存在するため、現時点では統合処理を実施できません。
予約済みの試験の受験後、本ケースにご返信ください。そのうえで処理を再開いたします。

小林`,
  }),
  mk({
    slug: 'ja-sr-fromaddr', kind: 'support_reply', lang: 'ja', caseId: CASE.hanako, enc: 'sjisb64', to: HANAKO.src, cc: H, from: SUPPORT_JA,
    when: '2026-11-06 09:00:00',
    subject: formSubject(CASE.hanako),
    note: '保持するアドレスから連絡するよう求めるだけ（データは求めない）: support_reply',
    text: `佐藤様

恐縮ですが、以後のご連絡は保持されるアカウントのメールアドレスからお送りください。
本メールは念のため両方のアドレスへお送りしております。

田村`,
  }),
  mk({
    slug: 'ja-sr-badgelater', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, enc: 'jis7', to: K,
    when: '2026-11-12 17:00:00',
    subject: formSubject(CASE.kenji),
    trap: true,
    note: 'バッジ移行は統合後に別途行われると説明: 未反映',
    text: `森様

ご質問の件、Credly のバッジ移行は統合処理とは別工程で実施されます。
現時点では未反映であり、統合後に保持アカウント側で受領いただく流れとなります。

中島`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'ja-un-itdept', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'jis7', to: KENJI.src,
    from: '情報システム部 ヘルプデスク <it-helpdesk@hq.example.co.jp>',
    when: '2026-11-10 18:00:00',
    subject: '【対応完了】INC0045521 アカウント統合（AD/M365）処理済み',
    trap: true,
    note: '顧客社内の情シスのチケット。社内アカウントの統合で AWS の件ではない',
    text: `森 様

起票いただいた INC0045521 は対応完了となりました。

　依頼内容：旧アカウント（k.mori2）と現アカウントの統合
　作業結果：処理済み（AD・M365 メールボックス統合）
　ステータス：クローズ

本件に関するお問い合わせは内線 4410 まで。

情報システム部 ヘルプデスク`,
  }),
  mk({
    slug: 'ja-un-refund', kind: 'unrelated', lang: 'ja', caseId: CASE.kenji2, enc: 'sjis8', to: K,
    when: '2026-11-18 11:00:00',
    subject: `RE:[CASE ${CASE.kenji2}] [AWS Training and Certification Form Submission] - exam-refund`,
    trap: true,
    note: '別件（試験予約の返金）のケースの処理済み・クローズ: unrelated',
    text: `森様

ご依頼の試験予約キャンセルに伴う返金処理は処理済みとなりました。
カード会社での反映には数日を要します。本件クローズとさせていただきます。

AWS T&C サポート`,
  }),
  mk({
    slug: 'ja-un-survey', kind: 'unrelated', lang: 'ja', caseId: CASE.taro, enc: 'utf8b64', from: AWS_NOTIFY, to: T,
    when: '2026-11-14 02:00:00',
    subject: 'サポートのご利用に関するアンケート',
    trap: true,
    note: '解決済みケースについてのアンケート: unrelated',
    text: `ケース ${CASE.taro} は解決済みとなりました。
今回の対応について、1分で終わるアンケートにご協力ください。

問題は解決しましたか？ https://survey.aws.example/feedback?case=${CASE.taro}

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-un-ownreply', kind: 'unrelated', lang: 'ja', caseId: CASE.taro, enc: 'jis7', from: `${TARO.ja} <${T}>`, to: 'aws-cs-trainingcertification-form@amazon.com', cc: T, auth: 'none',
    when: '2026-11-08 22:15:00',
    subject: formSubject(CASE.taro),
    trap: true,
    note: '利用者自身の承諾返信（自分を Cc）: 支援側の知らせではない',
    extra: { relay: 'smtp.example.com' },
    text: `AWS トレーニングと認定 ご担当者様

上記の内容で統合を実施してください。承諾します。
山田

${quote('以下の内容で統合処理を実施いたします。本処理は不可逆であり、実施後の切り戻しはできません。')}`,
  }),
  mk({
    slug: 'ja-un-ooo', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'sjisb64', to: K,
    from: '上野 誠 <m.ueno@hq.example.co.jp>', auth: 'none',
    when: '2026-11-16 08:00:00',
    subject: '自動応答: 不在のお知らせ',
    trap: true,
    note: '同僚の不在自動応答。起票・対応完了の語があるが無関係',
    extra: { extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'] },
    text: `11月16日から20日まで不在にしております。
起票済みの案件は、対応完了後に順次ご連絡いたします。
急ぎの場合はグループアドレス infra@hq.example.co.jp までお願いいたします。

上野`,
  }),
  mk({
    slug: 'ja-un-msbadge', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8qp', from: 'Microsoft via Credly <admin@credly.com>', to: K,
    when: '2026-11-18 06:30:00',
    subject: 'Microsoftのバッジ発行のお知らせ',
    trap: true,
    note: 'AWS 以外の発行者（Microsoft）の Credly バッジ',
    text: `森 健二 様

Microsoft から「Microsoft Certified: Azure Administrator Associate」のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/44aa01de-1b2c-4d3e-8f90-112233445566`,
  }),
  mk({
    slug: 'ja-un-skillbuilder', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'jisb64', from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: T,
    when: '2026-11-19 12:00:00',
    subject: 'サブスクリプション解約手続き完了のお知らせ',
    trap: true,
    note: 'Skill Builder の解約処理済み通知: 統合とは無関係',
    text: `山田 太郎 様

AWS Skill Builder 個人サブスクリプションの解約申請を受理し、処理が完了しました。
現在の請求期間の終了日まで引き続きご利用いただけます。

AWS Skill Builder チーム`,
  }),
  mk({
    slug: 'ja-un-exambook', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8b64', from: 'AWS Certification <no-reply@certification.aws.training>', to: H,
    when: '2026-11-21 15:00:00',
    subject: '試験予約確定のお知らせ',
    trap: true,
    note: '試験予約の確定通知（確認の語だが統合とは無関係）',
    text: `佐藤 花子 様

以下の試験予約が確定しました。

　試験　：AWS Certified Security - Specialty
　日時　：2026年12月12日 10:00
　会場　：オンライン監督

予約内容の確認・変更は認定アカウントから行えます。

AWS Certification`,
  }),
  mk({
    slug: 'ja-un-event', kind: 'unrelated', lang: 'ja', caseId: null, enc: 'jis7', from: 'AWS トレーニングと認定 <events@aws.training>', to: H,
    when: '2026-11-22 10:00:00',
    subject: '【受付完了】AWS 認定 受験者向けウェビナー参加申込',
    trap: true,
    note: 'ウェビナー参加申込の受付: ケースの受付ではない',
    text: `佐藤 花子 様

ウェビナー「認定取得後のキャリア形成」への参加申込を受理しました。
開催日時：2026年12月3日 19:00
視聴URLは前日にお送りします。

AWS トレーニングと認定 イベント事務局`,
  }),
  mk({
    slug: 'ja-un-quota', kind: 'unrelated', lang: 'ja', caseId: '1788400127', enc: 'utf8qp', from: AWS_NOTIFY, to: 'infra-team@hq.example.co.jp',
    when: '2026-11-17 07:00:00',
    subject: 'サポートケース 1788400127 が解決されました',
    trap: true, forUser: false,
    note: 'チームのメーリングリスト宛て、上限緩和という別件のケースの解決: forUser false',
    text: `ケース 1788400127（Service Quotas: EC2 オンデマンドインスタンス上限緩和）は処理済みとなり、解決済みに変更されました。
申請された上限値は ap-northeast-1 に適用済みです。

Amazon Web Services`,
  }),
];
