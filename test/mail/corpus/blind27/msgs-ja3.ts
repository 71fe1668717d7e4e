// Japanese messages of set z (part 3: support_reply, unrelated).
import { AYA, CASE, CREDLY_SYS, FORM, FORM_JA, KENICHI, MISAKI, NOREPLY, PORTAL, SKB, YOSHIDA, formSubject, mk, quote } from './common.js';
import type { Msg } from './lib.js';
import { centerCard, credlyCard, formCard, portalCard } from './tpl.js';

const M = MISAKI;
const K = KENICHI;
const A = AYA;

export const JA3: Msg[] = [
  // ---------------- support_reply (10) ----------------
  mk({
    slug: 'ja-sr-thanks-confirm',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'thanks for the consent, passed to the merge team; nothing is merged yet',
    from: FORM,
    to: M.keep,
    subject: formSubject(CASE.misaki),
    at: '2026-02-07 10:12:36',
    enc: 'jisb64',
    card: formCard('ja', CASE.misaki, 'zsr1', `中村様

ご同意のご連絡、確かに拝受しました。
統合を担当するチームへ依頼を回しましたので、作業が済みましたら改めてお知らせします。今しばらくお待ちください。

森`, { badge: 'ステータス: 対応中', badgeColor: '#0073bb' }),
    style: 'decent',
    probe: '統合を担当するチームへ依頼を回しました',
  }),
  mk({
    slug: 'ja-sr-escalate-future',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.kenichi,
    trap: true,
    note: 'escalation; "統合が完了しましたら" is a future event',
    from: FORM,
    to: K.keep,
    subject: formSubject(CASE.kenichi),
    at: '2026-03-07 12:40:09',
    enc: 'jis7',
    text: `小林 健一 様

ご承諾ありがとうございます。
両アカウントとも認定をお持ちのため、本件は専門部署に引き継いで対応いたします。
統合が完了しましたら、このケースにてご連絡差し上げます。

新井
AWS Training and Certification Customer Support`,
    probe: '専門部署に引き継いで対応いたします',
  }),
  mk({
    slug: 'ja-sr-not-yet',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.aya,
    trap: true,
    note: 'status update: the merge is not finished yet (negated)',
    from: FORM_JA,
    to: A.keep,
    subject: formSubject(CASE.aya),
    at: '2026-04-10 18:22:47',
    enc: 'utf8b64',
    card: formCard('ja', CASE.aya, 'zsr3', `藤井様

お問い合わせの件、現時点ではまだ統合は完了しておりません。
ご同意のご連絡を本日夕方に頂戴したばかりですので、作業は明日以降になる見込みです、ご不便をおかけして申し訳ありません。`, { badge: '対応中', badgeColor: '#0073bb' }),
    style: 'htmlonly',
    probe: 'まだ統合は完了しておりません',
  }),
  mk({
    slug: 'ja-sr-cannot-exam',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.kenichi2,
    trap: true,
    note: '"統合できません" while an exam is booked: an answer, not a completion',
    from: FORM,
    to: K.src,
    subject: formSubject(CASE.kenichi2),
    at: '2026-03-02 11:55:30',
    enc: 'sjisb64',
    card: formCard('ja', CASE.kenichi2, 'zsr4', `小林様

確認しましたところ、旧アカウント側に 3 月 4 日の試験予約が残っております。
予約中の試験があるアカウントは統合できませんので、受験を終えられてから、あるいは予約を取り消されてから改めてご連絡ください。`, { badge: '保留中', badgeColor: '#8d6605' }),
    style: 'flat',
    probe: '予約中の試験があるアカウントは統合できません',
  }),
  mk({
    slug: 'ja-sr-dupcases',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: '"ケースをまとめました" merges duplicate cases, not accounts; the case goes on',
    from: FORM,
    to: M.keep,
    subject: formSubject(CASE.misaki),
    at: '2026-02-05 09:05:18',
    enc: 'utf8qp',
    text: `中村様

二通に分けてお送りいただいたお問い合わせ(${CASE.misakiDup} と ${CASE.misaki})は、こちらのケースにまとめました。
今後はこちらのケース番号でやり取りさせていただきます。ご依頼内容は引き続き確認中です。

Haruka / AWS Training and Certification`,
    probe: 'こちらのケースにまとめました',
  }),
  mk({
    slug: 'ja-sr-write-from-keep',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.kenichi2,
    note: 'asks the customer to write from the address they keep, without asking for data',
    from: FORM,
    to: K.src,
    subject: formSubject(CASE.kenichi2),
    at: '2026-03-01 17:44:02',
    enc: 'jis7',
    text: `小林 様

AWS トレーニングと認定の新井です。
アカウントの統合については、統合先として残すアカウントのメールアドレスからお問い合わせいただく決まりとなっております。
お手数ですが、そちらのアドレスから改めてご連絡いただけますでしょうか。

新井`,
    probe: '残すアカウントのメールアドレスからお問い合わせいただく',
  }),
  mk({
    slug: 'ja-sr-gmail-spoof',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'trusted display name on a free-mail address, no authentication: untrusted',
    from: 'AWS Training and Certification <aws.training.support.jp@gmail.com>',
    to: M.keep,
    subject: formSubject(CASE.misaki),
    at: '2026-02-08 20:30:00',
    auth: 'none',
    enc: 'utf8b64',
    text: `中村様

担当者変更のお知らせです。以降のご連絡はこちらのアドレス宛てにお願いします。
進捗は順調です。

AWS サポート`,
    probe: '担当者変更のお知らせです',
  }),
  mk({
    slug: 'ja-sr-voucher-answer',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.aya,
    note: 'answer about the exam-discount benefit, delivered as a Support Center notification',
    from: NOREPLY,
    to: A.keep,
    subject: `AWS サポート: ケース ${CASE.aya} が更新されました`,
    at: '2026-04-08 11:47:23',
    enc: 'utf8b64',
    card: centerCard('ja', CASE.aya, 'zsr8', 'ケースが更新されました', 'ステータス: 対応中', `サポート担当者からの返信:

ご質問の受験割引(50%)の特典についてお答えします。特典はアカウントに紐づいて管理されており、有効期限内のものは引き続きご利用いただけます。期限そのものが延びることはありません。`, { badgeColor: '#0073bb' }),
    style: 'links',
    probe: '有効期限内のものは引き続きご利用いただけます',
  }),
  mk({
    slug: 'ja-sr-wip-survey',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.kenichi,
    trap: true,
    note: 'apology for the delay, work in progress; the template survey line asks "解決しましたか"',
    from: FORM,
    to: K.keep,
    subject: formSubject(CASE.kenichi),
    at: '2026-03-08 19:03:58',
    enc: 'utf8b64',
    card: formCard('ja', CASE.kenichi, 'zsr9', `小林様

回答が遅くなり失礼いたしました。専門部署で引き続き作業中です、
週明けには何らかのご連絡ができる見込みです。`, { badge: '対応中', badgeColor: '#0073bb', survey: 'この返信で問題は解決しましたか? 5 段階で評価する: https://amazonsurveys.example-survey.com/s/zsr9' }),
    style: 'decent',
    probe: '専門部署で引き続き作業中です',
  }),
  mk({
    slug: 'ja-sr-exam-after-merge',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'answers a question: an exam booked on the source account stays valid after a merge (conditional, not the event)',
    from: FORM_JA,
    to: M.keep,
    subject: formSubject(CASE.misaki),
    at: '2026-02-06 09:21:44',
    enc: 'jisb64',
    card: formCard('ja', CASE.misaki, 'zsr10', `中村様

ご質問ありがとうございます。
統合後も、既にお申し込み済みの試験予約はそのまま有効です。ただし受験票のお名前は統合先アカウントの登録名に合わせて表示されますので、身分証の表記と一致しているかご注意ください。`, { badge: '対応中', badgeColor: '#0073bb' }),
    style: 'htmlonly',
    probe: '既にお申し込み済みの試験予約はそのまま有効です',
  }),

  // ---------------- unrelated (12) ----------------
  mk({
    slug: 'ja-un-survey-closed',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'customer-satisfaction survey for the case; mentions the case was resolved/closed',
    from: NOREPLY,
    to: M.keep,
    subject: 'AWS サポートに関するアンケートのお願い',
    at: '2026-02-21 06:02:19',
    enc: 'utf8qp',
    card: centerCard('ja', CASE.misaki, 'zun1', 'サポートの品質向上にご協力ください', 'クローズ済み', `先日クローズされたケース ${CASE.misaki} について、短いアンケートにご協力ください。所要時間は 2 分ほどです。

問題は解決しましたか?`, { button: ['はい', 'https://amazonsurveys.example-survey.com/s/zun1?a=1'], button2: ['いいえ', 'https://amazonsurveys.example-survey.com/s/zun1?a=0'], badgeColor: '#545b64' }),
    style: 'htmlonly',
    probe: '短いアンケートにご協力ください',
  }),
  mk({
    slug: 'ja-un-credly-ms',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'Credly badge from another issuer (Microsoft), same "バッジ発行のお知らせ" wording',
    from: 'Microsoft via Credly <admin@credly.com>',
    to: K.keep,
    subject: 'Microsoftのバッジ発行のお知らせ',
    at: '2026-03-15 04:21:30',
    enc: 'utf8qp',
    card: credlyCard('ja', 'zun2', '小林さん、おめでとうございます', `Microsoft から「Microsoft Certified: Azure Administrator Associate」のバッジが発行されました。`, 'バッジを入手する'),
    style: 'decent',
    probe: 'Azure Administrator Associate',
  }),
  mk({
    slug: 'ja-un-credly-mergecode',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'Credly\'s own account-merge verification code, not the certification merge',
    from: CREDLY_SYS,
    to: A.keep,
    subject: 'Credly アカウント統合の確認コード',
    at: '2026-04-22 21:10:44',
    enc: 'utf8b64',
    card: credlyCard('ja', 'zun3', 'アカウントの統合を完了してください', `Credly のアカウント統合を完了するには、次の確認コードを入力してください。

確認コード: 418 207

このリクエストに心当たりがない場合は、このメールを無視してください。`, 'Credly を開く'),
    style: 'htmlonly',
    probe: '確認コード: 418 207',
  }),
  mk({
    slug: 'ja-un-pearson-booking',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'test vendor booking confirmation ("ご予約が確定しました"), from outside the trusted domains',
    from: 'Pearson VUE <pearsonvue-confirmation@pearson.com>',
    to: K.src,
    subject: 'AWS 認定試験 ご予約確認 (確認番号 491-228-307)',
    at: '2026-02-26 14:03:10',
    enc: 'sjisb64',
    text: `${K.ja} 様

以下の内容で試験のご予約が確定しました。

試験: AWS Certified Solutions Architect - Professional (SAP-C02)
日時: 2026年3月4日 13:30
会場: オンライン監督試験 (OnVUE)
確認番号: 491-228-307

予約の変更・取り消しは受験日の 24 時間前までに行ってください。

Pearson VUE`,
    probe: 'ご予約が確定しました',
  }),
  mk({
    slug: 'ja-un-own-consent',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'the user\'s own consent reply (Bcc to herself), Gmail quote header below',
    from: `${M.ja} <${M.keep}>`,
    to: 'aws-cs-trainingcertification-form@amazon.com',
    subject: formSubject(CASE.misaki),
    at: '2026-02-06 22:47:15',
    auth: 'none',
    enc: 'utf8b64',
    text: `森様

ご確認ありがとうございます。
記載の内容で統合に同意します。よろしくお願いいたします。

中村

2026年2月6日(金) 14:18 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
${quote(`中村 様\n\n情報のご提供ありがとうございました。以下の内容で統合を行います。\n統合元: ${M.srcId} / ${M.src}\n統合先: ${M.keepId} / ${M.keep}`)}`,
    probe: '記載の内容で統合に同意します',
    extra: { deliveredTo: M.keep, rcpt: M.keep },
  }),
  mk({
    slug: 'ja-un-colleague-asks',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'a colleague asks whether the merge is done and the badges moved: no news from support',
    from: YOSHIDA,
    to: M.src,
    subject: 'AWS認定の件',
    at: '2026-02-10 12:15:33',
    auth: 'none',
    enc: 'jis7',
    text: `中村さん

お疲れさまです、吉田です。
先週言っていた AWS 認定アカウントの統合、もう終わりました?
バッジがちゃんと移ったか気になってて、終わってたら手順を教えてもらえると助かります。

吉田`,
    probe: 'バッジがちゃんと移ったか気になってて',
    extra: { crlf: false },
  }),
  mk({
    slug: 'ja-un-ooo-colleague',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'out-of-office auto-reply from a colleague on a cc\'d thread; mentions confirming the merge later',
    from: YOSHIDA,
    to: M.src,
    subject: `自動応答: RE:[CASE ${CASE.misaki}] [AWS Training and Certification Form Submission] - account-assistance`,
    at: '2026-02-06 14:19:02',
    auth: 'none',
    enc: 'jisb64',
    text: `(自動応答)
2 月 9 日まで不在にしております。
アカウント統合の件など、確認が必要なものは戻りしだい対応します。
お急ぎの方は cloud-support@kitakaze-soft.example.co.jp までご連絡ください。`,
    probe: '2 月 9 日まで不在にしております',
    extra: { extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'] },
  }),
  mk({
    slug: 'ja-un-summit-registered',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    forUser: false,
    note: 'event registration "登録が完了しました" marketing mail sent to a team list',
    from: 'AWS Summit Japan <aws-summit-japan@amazon.com>',
    to: 'cloud-guild@harbor-tech.example.com',
    subject: '【AWS Summit Japan】ご登録が完了しました',
    at: '2026-04-02 10:00:00',
    enc: 'utf8qp',
    card: portalCard('ja', 'zun8', 'ご登録が完了しました', `AWS Summit Japan へのご登録ありがとうございます。当日は受付で下記の QR コードをご提示ください。

会期: 2026 年 6 月 25 日・26 日
会場: 幕張メッセ`, { button: ['マイページを見る', 'https://aws.amazon.com/jp/summits/japan/mypage'], unsub: true }),
    style: 'links',
    probe: 'AWS Summit Japan へのご登録ありがとうございます',
  }),
  mk({
    slug: 'ja-un-skb-receipt',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'Skill Builder subscription receipt, received/confirmed wording about an order',
    from: SKB,
    to: A.keep,
    subject: 'AWS Skill Builder: お申し込みを受け付けました',
    at: '2026-04-13 19:30:51',
    enc: 'jisb64',
    card: portalCard('ja', 'zun9', 'お申し込みを受け付けました', `AWS Skill Builder Individual サブスクリプションのお申し込みを受け付けました。

プラン: 月額
開始日: 2026年4月13日
ご請求額は翌月のご利用明細でご確認いただけます。`, { button: ['学習をはじめる', 'https://skillbuilder.aws/'], badge: '確認済み' }),
    style: 'decent',
    probe: 'サブスクリプションのお申し込みを受け付けました',
  }),
  mk({
    slug: 'ja-un-it-helpdesk',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'company IT helpdesk ticket about merging mailboxes ("受け付けました", "統合"): not an AWS case',
    from: '情報システム部 ヘルプデスク <servicedesk@harbor-tech.example.com>',
    to: K.src,
    subject: '[INC0048812] お問い合わせを受け付けました: メールボックス統合',
    at: '2026-02-27 09:40:18',
    enc: 'utf8qp',
    htmlRaw: `<html><body style="font-family:Meiryo,sans-serif;font-size:13px">
<div style="display:none">INC0048812 受付</div>
<table width="100%" cellpadding="6" style="border:1px solid #ccc">
<tr><td bgcolor="#003366" style="color:#fff"><b>Harbor Tech IT サービスデスク</b></td></tr>
<tr><td>
<p>小林 健一 さん</p>
<p>インシデント <b>INC0048812</b> を受け付けました。</p>
<table cellpadding="4"><tr><td>カテゴリ</td><td>メール / アカウント</td></tr><tr><td>件名</td><td>退職に伴うメールボックス統合と転送設定</td></tr><tr><td>状態</td><td>新規</td></tr></table>
<p>担当者が割り当てられしだい、こちらからご連絡します。このメールには返信しないでください。</p>
<p><a href="https://harbortech.service-now.example.com/sp?id=ticket&amp;number=INC0048812">チケットを表示</a></p>
</td></tr></table>
<img src="https://harbortech.service-now.example.com/sys_email.do?track=INC0048812" width="1" height="1" alt="">
</body></html>`,
    auth: 'none',
    probe: 'を受け付けました',
  }),
  mk({
    slug: 'ja-un-exam-result',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'exam result notice; says the badge will come from Credly, but nothing about the merge case',
    from: PORTAL,
    to: A.keep,
    subject: 'AWS 認定試験の結果のお知らせ',
    at: '2026-03-28 22:15:07',
    enc: 'utf8b64',
    card: portalCard('ja', 'zun11', '試験結果が確定しました', `${A.ja} 様

AWS Certified Cloud Practitioner (CLF-C02) の試験結果が確定しました。結果は認定アカウントの「試験履歴」でご確認いただけます。

合格された場合、デジタルバッジは数日以内に Credly からメールで届きます。`),
    style: 'htmlonly',
    probe: 'の試験結果が確定しました',
  }),
  mk({
    slug: 'ja-un-aws-account-closed',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'an AWS (cloud) account closure notice to the old work address: not the certification case',
    from: NOREPLY,
    to: K.src,
    subject: 'AWS アカウントの解約が完了しました',
    at: '2026-03-31 23:59:12',
    enc: 'sjis8',
    text: `Amazon Web Services をご利用いただきありがとうございました。

AWS アカウント 4471-0093-2185 (${K.src}) の解約手続きが完了しました。
解約後 90 日間はアカウントを再開できます。期間を過ぎると、アカウントとそのコンテンツは完全に削除されます。

このメールは送信専用アドレスからお送りしています。

Amazon Web Services, Inc.`,
    probe: 'の解約手続きが完了しました',
  }),
];
