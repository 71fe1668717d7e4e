// Set bl, Japanese: the senders around a merge (Credly, portal, Pearson VUE, benefits,
// Skill Builder, AWS marketing, HR/IT, the user's own mail). All are `unrelated`.
import type { Msg } from './lib.js';
import {
  CASE,
  CREDLY,
  CREDLY_AWS,
  FORM,
  FORM_JA,
  HR_JA,
  IT_JA,
  KIMURA,
  MKT_JA,
  NAKANO,
  NOREPLY,
  OHASHI,
  PORTAL_JA,
  SKILL,
  TANAKA,
  TEAMLIST,
  VOUCHER,
  VUE,
  EVENTS,
  formSubject,
  fwdJa,
  gmailJa,
  htmlDoc,
  jd,
  mk,
  paras,
  quote,
} from './common.js';

const K = `${KIMURA.ja} <${KIMURA.keep}>`;
const Ksrc = `${KIMURA.ja} <${KIMURA.src}>`;
const N = `${NAKANO.ja} <${NAKANO.keep}>`;
const O = `${OHASHI.ja} <${OHASHI.keep}>`;
const Osrc = `${OHASHI.ja} <${OHASHI.src}>`;

export const JA_AROUND: Msg[] = [
  mk({
    slug: 'u-credly-expiring-ja',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'Credly reminder that an AWS badge expires soon; not a transfer',
    from: CREDLY,
    to: K,
    subject: 'バッジの有効期限が近づいています: AWS Certified Cloud Practitioner',
    date: jd('2026-04-02 05:30:11'),
    enc: 'utf8b64',
    text: `木村 健一 さん

Amazon Web Services Training and Certification から発行されたバッジ「AWS Certified Cloud Practitioner」は 2026年5月1日 に有効期限を迎えます。
期限後、バッジは「期限切れ」と表示されます。再認定については発行元の案内をご確認ください。

バッジを表示: https://www.credly.com/badges/3c1e0a77

Credly`,
  }),
  mk({
    slug: 'u-vue-appointment-ja',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    trap: true,
    note: 'Pearson VUE booking confirmation (確認番号); exam vendor, not the case',
    from: VUE,
    to: O,
    subject: 'ピアソンVUE 試験予約確認 - AWS Certified Solutions Architect - Professional',
    date: jd('2026-06-03 19:22:40'),
    enc: 'jis7',
    text: `大橋 翔 様

以下の内容で試験のご予約を承りました。

確認番号: 0641-229918
試験: SAP-C02 AWS Certified Solutions Architect - Professional
日時: 2026年6月20日(土) 13:00
会場: オンライン (OnVUE)

予約の変更・キャンセルは試験開始の24時間前までに行ってください。
当日は本人確認書類をご用意ください。

Pearson VUE`,
  }),
  mk({
    slug: 'u-portal-result-ja',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'exam result from the portal; says a Credly badge will follow (new exam, not the merge)',
    from: PORTAL_JA,
    to: N,
    subject: 'AWS 認定試験の結果について',
    date: jd('2026-04-15 03:44:20'),
    enc: 'utf8qp',
    text: `中野 美咲 様

AWS Certified Solutions Architect - Associate 試験の受験、お疲れさまでした。
結果: 合格

認定ポータルの [認定] からデジタル認定証をダウンロードできます。
Credly からのバッジの受け取り案内は、数日以内に登録メールアドレスへ届きます。

AWS 認定`,
  }),
  mk({
    slug: 'u-benefit-ja',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'benefit notice: a 50% voucher is now on the account after passing an exam',
    from: VOUCHER,
    to: K,
    subject: '次回の試験に使える特典が追加されました',
    date: jd('2026-04-20 10:00:33'),
    enc: 'jis7',
    text: `木村 健一 様

AWS 認定アカウント (${KIMURA.keepId}) に新しい特典が追加されました。

  特典: 次回の AWS 認定試験 50% 割引
  有効期限: 2027年4月19日

認定ポータルの「特典」タブからバウチャーコードを発行してご利用ください。

AWS 認定特典チーム`,
  }),
  mk({
    slug: 'u-skill-complete-ja',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'Skill Builder course completion (完了) notice',
    from: SKILL,
    to: O,
    subject: 'コースを修了しました: Exam Prep Standard Course: AWS Certified Solutions Architect - Professional',
    date: jd('2026-06-01 22:10:08'),
    enc: 'utf8b64',
    html: htmlDoc(
      `<h2>おめでとうございます!</h2>
<p>大橋 翔 さん、<b>Exam Prep Standard Course: AWS Certified Solutions Architect - Professional</b> の受講が完了しました。</p>
<p>修了証は「マイラーニング」からダウンロードできます。このコースにデジタルバッジは付与されません。</p>
<p><a href="https://skillbuilder.aws/learn">次のおすすめコースを見る</a></p>
<p>AWS Skill Builder</p>`,
      'AWS Skill Builder',
    ),
  }),
  mk({
    slug: 'u-skill-sub-ja',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'Skill Builder subscription renewal confirmation',
    from: SKILL,
    to: K,
    subject: 'サブスクリプション更新のご確認',
    date: jd('2026-03-01 00:05:40'),
    enc: 'sjis8',
    text: `木村 健一 様

AWS Skill Builder Individual サブスクリプションは 2026年3月1日 に自動更新されました。
お支払い金額: USD 29.00
アカウント: ${KIMURA.keep}

更新内容に誤りがある場合は、アカウント設定の「サブスクリプション」からご確認ください。

AWS Skill Builder`,
  }),
  mk({
    slug: 'u-summit-ja',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'AWS Summit registration completed (登録完了); marketing/event mail',
    from: EVENTS,
    to: N,
    subject: '【AWS Summit Japan】ご登録が完了しました',
    date: jd('2026-05-08 12:00:00'),
    enc: 'utf8qp',
    text: `中野 美咲 様

AWS Summit Japan へのご登録ありがとうございます。登録が完了しました。
会場: 幕張メッセ / 日程: 2026年6月25日(木)から26日(金)

AWS 認定をお持ちの方は、会場内の認定者ラウンジをご利用いただけます。入場時にデジタルバッジをご提示ください。

アマゾン ウェブ サービス ジャパン合同会社`,
    html: htmlDoc(
      paras(`中野 美咲 様

AWS Summit Japan へのご登録ありがとうございます。登録が完了しました。
会場: 幕張メッセ / 日程: 2026年6月25日(木)から26日(金)

AWS 認定をお持ちの方は、会場内の認定者ラウンジをご利用いただけます。入場時にデジタルバッジをご提示ください。

アマゾン ウェブ サービス ジャパン合同会社`),
    ),
  }),
  mk({
    slug: 'u-mkt-webinar-ja',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'marketing webinar about data integration/merge (統合) on AWS',
    from: MKT_JA,
    to: O,
    subject: '【ウェビナー】複数アカウントのデータ統合を AWS で簡単に',
    date: jd('2026-05-20 11:30:00'),
    enc: 'utf8b64',
    html: htmlDoc(
      `<p>大橋 翔 様</p>
<p>マルチアカウント環境に散らばったログやデータを、1 つのデータレイクへ統合する方法を 45 分で解説します。</p>
<ul><li>AWS Organizations とアカウントの統合管理</li><li>AWS Glue によるデータのマージ</li></ul>
<p>日時: 2026年6月10日(水) 14:00 / 参加費無料</p>
<p><a href="https://aws.amazon.com/jp/events/">お申し込みはこちら</a></p>
<p style="font-size:11px">配信停止をご希望の場合はこちら</p>`,
      'AWS',
    ),
  }),
  mk({
    slug: 'u-hr-reward-ja',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    trap: true,
    note: 'employer HR: certification reward application received (受付)',
    from: HR_JA,
    to: Ksrc,
    subject: '資格取得報奨金 申請受付のお知らせ (AWS SAA)',
    date: jd('2026-01-20 17:45:00'),
    enc: 'jis7',
    text: `木村さん

資格取得報奨金の申請を受け付けました。
  対象資格: AWS Certified Solutions Architect - Associate
  受付番号: HR-2026-0117

支給は翌月の給与にあわせて行います。認定証の PDF または Credly バッジの URL が未提出の場合は、
社内ポータルから添付をお願いします。

人事部 研修担当`,
  }),
  mk({
    slug: 'u-it-mailbox-ja',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    trap: true,
    note: 'employer IT: mailbox closure and account consolidation at leaving; not the AWS merge',
    from: IT_JA,
    to: Osrc,
    subject: '退職に伴うアカウント統合・メールボックス閉鎖のご案内',
    date: jd('2026-05-07 09:10:00'),
    enc: 'jisb64',
    text: `大橋 翔 様

最終出社日 (5月29日) をもって、社内アカウントを統合アーカイブへ移行し、メールボックスを閉鎖します。
外部サービス(AWS 認定、Credly など)に会社のメールアドレスを登録している場合は、事前に個人アドレスへ変更してください。
閉鎖後の転送は行いません。

情報システム部 ヘルプデスク`,
  }),
  mk({
    slug: 'u-own-consent-ja',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    trap: true,
    note: "the user's own consent reply to support, Cc to self; no news from support",
    caseId: CASE.nakano,
    from: N,
    to: FORM,
    cc: `中野 <${NAKANO.src}>`,
    subject: `Re: ${formSubject(CASE.nakano)}`,
    date: jd('2026-03-22 21:07:33'),
    enc: 'jis7',
    relay: 'mail-smtp.example.jp',
    text: `小林様

同意します。統合をお願いします。

中野 美咲

${gmailJa('2026年3月22日(日) 13:12', `AWS トレーニングと認定 <${FORM}>`, `中野様

一度まとめたアカウントは分け直せません、差し支えなければ「同意します」とだけご返信ください。

小林`)}`,
  }),
  mk({
    slug: 'u-own-fwd-colleague-ja',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    forUser: false,
    trap: true,
    note: "the user's forward of the completion mail to a colleague (not delivered to the user)",
    caseId: CASE.kimura,
    from: Ksrc,
    to: TANAKA,
    subject: `Fw: ${formSubject(CASE.kimura)}`,
    date: jd('2026-02-17 09:12:50'),
    enc: 'sjis8',
    text: `田中さん

認定アカウントの統合、無事に終わったそうです。社内の資格台帳は個人アドレス側の ID (${KIMURA.keepId}) で更新をお願いします。

木村

${fwdJa(`AWS トレーニングと認定 <${FORM}>`, '2026年2月16日(月) 18:44', formSubject(CASE.kimura), KIMURA.keep, `木村様

${KIMURA.srcId} のデータを ${KIMURA.keepId} へ移し、アカウントの統合を完了しました。

山口`)}`,
  }),
  mk({
    slug: 'u-ooo-oldco-ja',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    note: "auto-reply from the user's old company address after the user left",
    from: `自動応答 <${'noreply-autoreply@contoso.example.co.jp'}>`,
    to: O,
    subject: '自動返信: 大橋 翔 は退職いたしました',
    date: jd('2026-06-02 08:00:04'),
    enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `このメールは自動送信です。

大橋 翔 は 2026年5月29日 付で退職いたしました。
業務に関するお問い合わせは ohashi-team@contoso.example.co.jp までお願いいたします。

Contoso 株式会社`,
  }),
  mk({
    slug: 'u-survey-ja',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'satisfaction survey after the case closed (解決しましたか)',
    caseId: CASE.nakano,
    from: NOREPLY,
    to: N,
    subject: `ケース ${CASE.nakano} に関するアンケートのお願い`,
    date: jd('2026-03-25 10:00:00'),
    enc: 'utf8b64',
    html: htmlDoc(
      `<p>中野 美咲 様</p>
<p>先日はお問い合わせ (ケース ${CASE.nakano}) をいただき、ありがとうございました。</p>
<p>問題は解決しましたか?</p>
<p><a href="https://survey.example-aws.amazon.com/s?c=1">はい</a> | <a href="https://survey.example-aws.amazon.com/s?c=0">いいえ</a></p>
<p>回答は 1 分ほどで終わります。今後のサービス改善に役立てます。</p>`,
      'AWS サポート',
    ),
  }),
  mk({
    slug: 'u-refund-ack-ja',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: "receipt of the user's other case about an exam refund (topic stated)",
    caseId: CASE.kimuraRefund,
    from: NOREPLY,
    to: K,
    subject: `お問い合わせを承りました [ケース ID: ${CASE.kimuraRefund}]`,
    date: jd('2026-01-30 13:02:44'),
    enc: 'sjisb64',
    text: `木村 健一 様

試験料金の返金に関するお問い合わせを受け付けました (ケース ${CASE.kimuraRefund})。
返金の可否は受験規約に基づき判断いたします。担当者からの連絡をお待ちください。

Amazon Web Services`,
  }),
  mk({
    slug: 'u-booking-close-ja',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: "closing of the user's other case about rescheduling an exam",
    caseId: CASE.ohashiBooking,
    from: FORM_JA,
    to: O,
    subject: `RE:[CASE ${CASE.ohashiBooking}] [AWS Training and Certification Form Submission] - exam-scheduling`,
    date: jd('2026-04-28 16:40:00'),
    enc: 'jis7',
    text: `大橋様

試験日程の変更について、Pearson VUE 側で新しい日時が反映されたことを確認しました。
ご依頼の件は対応済みのため、このケースはクローズします。

伊藤`,
  }),
  mk({
    slug: 'u-credly-lpi-ja',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'Credly badge from another issuer (LPI-Japan)',
    from: 'LPI-Japan via Credly <admin@credly.com>',
    to: K,
    subject: 'LPI-Japanのバッジ発行のお知らせ',
    date: jd('2026-02-18 10:20:00'),
    enc: 'utf8b64',
    text: `木村 健一 さん

LPI-Japan から「LinuC レベル1」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/f1e2d3c4

Credly`,
  }),
  mk({
    slug: 'u-credly-revoked-ja',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'Credly notice that a badge on the old address was revoked; does not say it sits on the kept account',
    from: CREDLY,
    to: Ksrc,
    subject: 'バッジが取り消されました',
    date: jd('2026-02-18 06:11:50'),
    enc: 'jis7',
    text: `木村 健一 さん

発行元の Amazon Web Services Training and Certification により、次のバッジが取り消されました。
  AWS Certified Solutions Architect - Associate
理由: 発行元による記録の更新

ご不明な点は発行元へお問い合わせください。

Credly`,
  }),
  mk({
    slug: 'u-portal-recert-ja',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'portal recertification reminder mentioning the digital badge',
    from: PORTAL_JA,
    to: O,
    subject: '認定の有効期限まであと 90 日です',
    date: jd('2026-07-01 04:00:00'),
    enc: 'sjis8',
    text: `大橋 翔 様

AWS Certified Developer - Associate の有効期限は 2026年9月29日 です。
期限を過ぎると認定は失効し、デジタルバッジも期限切れになります。

再認定には、同じ試験の最新版か上位の試験に合格してください。
保有中の 50% 割引特典もご利用いただけます。

AWS 認定`,
  }),
  mk({
    slug: 'u-voucher-code-ja',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'benefit voucher code issued (特典) for the next exam',
    from: VOUCHER,
    to: N,
    subject: 'バウチャーコードを発行しました',
    date: jd('2026-04-18 09:30:21'),
    enc: 'jisb64',
    text: `中野 美咲 様

ご請求いただいた特典のバウチャーコードです。

  コード: AWSCERT-50-7QK2-XM3P
  割引率: 50%
  有効期限: 2027年4月14日

Pearson VUE での試験申し込み時に入力してください。1 回限り有効です。

AWS 認定特典チーム`,
  }),
  mk({
    slug: 'u-credly-share-ja',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'Credly reminder to share an already accepted badge',
    from: CREDLY,
    to: N,
    subject: 'バッジを共有して実績をアピールしましょう',
    date: jd('2026-04-05 18:00:00'),
    enc: 'utf8qp',
    text: `中野 美咲 さん

受け取った「AWS Certified Cloud Practitioner」バッジを、まだどこにも共有していないようです。
LinkedIn に追加すると、プロフィールを見た人がバッジを検証できます。

今すぐ共有する: https://www.credly.com/badges/77aa10c2/share

Credly`,
  }),
  mk({
    slug: 'u-hr-directory-ja',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    forUser: false,
    trap: true,
    note: 'employer mail to a team list asking to register badge URLs; not addressed to the user',
    from: HR_JA,
    to: TEAMLIST,
    subject: '【ご依頼】スキル台帳へのデジタルバッジ登録について',
    date: jd('2026-02-02 10:30:00'),
    enc: 'sjisb64',
    text: `クラウド推進室の皆さま

社内スキル台帳を統合版へ移行しました。
保有している AWS 認定の Credly バッジ URL を、2月末までに新しい台帳へ登録してください。
個人アドレスへ認定アカウントを移した方は、移行後の URL でお願いします。

人事部 研修担当`,
  }),
  mk({
    slug: 'u-mkt-lounge-ja',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'AWS marketing for certified holders: bring your badge to an event',
    from: MKT_JA,
    to: K,
    subject: 'AWS 認定保有者限定: Certification Meetup のご案内',
    date: jd('2026-03-10 12:00:00'),
    enc: 'jis7',
    text: `木村 健一 様

AWS 認定をお持ちの方を対象に、東京で交流会を開催します。
受付で Credly のデジタルバッジをご提示いただくと、限定ノベルティをお渡しします。

日時: 2026年4月9日(木) 19:00 から
場所: 目黒セントラルスクエア

参加登録は先着 100 名です。

アマゾン ウェブ サービス ジャパン`,
  }),
  mk({
    slug: 'u-vue-done-ja',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    trap: true,
    note: 'Pearson VUE: exam session completed, results come from AWS',
    from: VUE,
    to: N,
    subject: '受験完了のお知らせ',
    date: jd('2026-04-14 16:05:00'),
    enc: 'utf8b64',
    text: `中野 美咲 様

本日の試験セッションは正常に終了しました。
試験: SAA-C03
スコアレポートは通常 5 営業日以内に AWS 認定アカウントに公開されます。

${quote('予約確認番号: 0641-118204')}

Pearson VUE`,
  }),
  mk({
    slug: 'u-credly-aws-accepted-other',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: "forwarded Credly 'badge accepted' note by a colleague about his own AWS badge",
    caseId: null,
    from: TANAKA,
    to: Ksrc,
    subject: 'Fw: バッジを承認しました',
    date: jd('2026-02-25 13:14:00'),
    enc: 'jis7',
    auth: 'none',
    trusted: false,
    text: `木村さん

私のほうもようやく Credly でバッジを受け取れました。参考までに転送します。

田中

${fwdJa(CREDLY_AWS, '2026年2月25日(水) 12:58', 'バッジを承認しました', 'tanaka.y@fabrikam.example.co.jp', `田中 雄一 さん

AWS Certified Developer - Associate バッジを承認しました。プロフィールに表示されています。`)}`,
  }),
];
