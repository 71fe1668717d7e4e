// Set v, Japanese: unrelated (and the user's own mail).
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, D, DAI, KEN, MATSUMOTO, MISAKI, SAKURA, SHOTA, SUPPORT, SUPPORT_BARE, TRAINING, YUKO,
  formSubject, htmlDoc, mk, outlookJa, paras, type Draft,
} from './common.js';

const ja = (x: Omit<Draft, 'lang'>): Msg => mk({ lang: 'ja', ...x });

export const JA_E: Msg[] = [
  ja({
    slug: 'unrel-credly-microsoft-badge',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Credly badge from Microsoft, not AWS',
    from: 'Microsoft via Credly <admin@credly.com>',
    to: MISAKI.keep,
    subject: 'Microsoftのバッジ発行のお知らせ',
    date: D('2026-11-22 05:30:12'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `高橋 美咲 さん

Microsoft から新しいバッジが発行されました。
Microsoft Certified: Azure Fundamentals

バッジを入手する: https://www.credly.com/earner/earned/badge/2f6a1d84-0c3e-4b97-8e52-7a1b9c3d6e20`,
    html: htmlDoc(paras(`高橋 美咲 さん

Microsoft から新しいバッジが発行されました。
Microsoft Certified: Azure Fundamentals`) + `\n<p><a href="https://www.credly.com/earner/earned/badge/2f6a1d84-0c3e-4b97-8e52-7a1b9c3d6e20">バッジを入手する</a></p>`),
  }),
  ja({
    slug: 'unrel-credly-account-merge-code',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: "Credly's own account-merge verification code mail, not the AWS Certification merge",
    from: 'Credly <admin@credly.com>',
    to: SAKURA.src,
    subject: 'Credly アカウントの統合を完了してください',
    date: D('2026-11-29 22:10:40'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `${SAKURA.keep} のアカウントから、このメールアドレスのアカウントを統合するリクエストがありました。

確認コード: 482913

統合を完了するには、上記のコードを入力するか、下のボタンをクリックしてください。
[Complete Account Merge]

心当たりがない場合は、このメールを無視してください。`,
  }),
  ja({
    slug: 'unrel-survey-kaiketsu',
    kind: 'unrelated',
    caseId: CASE.ken,
    trap: true,
    note: 'satisfaction survey ("問題は解決しましたか") on the closed case',
    from: AWS_NOTIFY,
    to: KEN.keep,
    subject: `ケース ${CASE.ken} に関するアンケートのお願い`,
    date: D('2026-12-03 12:00:00'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村 健一 様

先日はサポートをご利用いただきありがとうございました（ケース ${CASE.ken}）。
今回のお問い合わせで問題は解決しましたか？
1分ほどで終わる簡単なアンケートにご協力ください。

https://survey.aws.amazon.com/s/jp-tc-${CASE.ken}

Amazon Web Services`,
  }),
  ja({
    slug: 'unrel-exam-result-available',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'exam result notice ("採点が完了しました"), not a merge message',
    from: TRAINING,
    to: SHOTA.keep,
    subject: 'AWS 認定試験の結果をご確認いただけます',
    date: D('2026-12-05 06:45:00'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `伊藤 翔太 様

先日受験された AWS Certified Developer - Associate の採点が完了しました。
AWS 認定アカウントにサインインし、「試験履歴」から結果をご確認ください。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'unrel-pearson-booking-confirmed',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    trusted: false,
    note: "test vendor's booking confirmation (予約が確定しました) from a non-AWS domain",
    from: 'Pearson VUE <pearsonvue-noreply@pearson.example.com>',
    to: DAI.keep,
    subject: '試験予約確認：AWS Certified Solutions Architect - Professional',
    date: D('2026-11-26 20:12:00'),
    auth: 'pass',
    enc: 'sjis8',
    text: `山本 大輔 様

以下の試験のご予約が確定しました。

試験：AWS Certified Solutions Architect - Professional
日時：2026年12月19日(土) 10:00
会場：東京都内テストセンター（例）
受験者ID：${DAI.keepId}

変更・キャンセルは24時間前までにお手続きください。
ピアソンVUE`,
  }),
  ja({
    slug: 'unrel-skill-builder-course-done',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Skill Builder course completion ("修了しました"), not an account merge',
    from: 'AWS Skill Builder <no-reply@aws.training>',
    to: YUKO.keep,
    subject: 'おめでとうございます！コースを修了しました',
    date: D('2026-12-01 21:00:00'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `小林 優子 さん

「AWS Cloud Practitioner Essentials (日本語)」のすべてのモジュールを修了しました。
修了証明書は AWS Skill Builder の「マイラーニング」からダウンロードできます。

次のおすすめ：Exam Prep Standard Course: AWS Certified Solutions Architect - Associate`,
  }),
  ja({
    slug: 'unrel-own-forward-work-to-private',
    kind: 'unrelated',
    caseId: CASE.misaki,
    trap: true,
    trusted: false,
    note: "the user's own forward of the completion mail from her work address to her private one",
    from: `高橋 美咲 <${MISAKI.src}>`,
    to: MISAKI.keep,
    subject: `Fw: ${formSubject(CASE.misaki)}`,
    date: D('2026-12-01 13:40:07'),
    auth: 'pass',
    enc: 'jis7',
    relay: 'mail.kumo-tech.example.co.jp',
    text: `念のため個人アドレスにも転送。
統合済みとのこと、週末に確認する。

${outlookJa('2026-12-01 13:27', `AWS Training and Certification <${SUPPORT_BARE}>`, MISAKI.src, formSubject(CASE.misaki), `高橋様\n\n統合元アカウント（${MISAKI.src}）は、${MISAKI.keepId} に統合済みとなりました。\n本アドレスでのサインインはできなくなりますのでご注意ください。`)}`,
  }),
  ja({
    slug: 'unrel-own-consent-sent-halfkana',
    kind: 'unrelated',
    caseId: CASE.ken,
    trap: true,
    trusted: false,
    forUser: false,
    note: "the user's own consent reply (sent copy), half-width katakana from a phone; carries no news from support",
    from: `中村 健一 <${KEN.keep}>`,
    to: SUPPORT,
    subject: formSubject(CASE.ken),
    date: D('2026-11-25 19:40:02'),
    auth: 'none',
    enc: 'sjis8',
    relay: 'smtp.mail.example.jp',
    text: `森様

同意します。ﾏｰｼﾞの方よろしくお願いします。

中村

-----
ｽﾏｰﾄﾌｫﾝから送信`,
  }),
  ja({
    slug: 'unrel-oof-oldcorp-autoreply',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    note: "out-of-office auto-reply from the user's former colleague at the old company",
    from: '総務部 吉田 <yoshida@kaede-sys.example.co.jp>',
    to: YUKO.keep,
    subject: '自動応答: 認定アカウントの件でご相談です',
    date: D('2026-11-28 09:01:00'),
    auth: 'pass',
    enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `お疲れさまです。吉田です。
12月2日(水)まで不在にしております。
急ぎのご用件は soumu@kaede-sys.example.co.jp までお願いいたします。

（このメールは自動で返信しています）`,
  }),
  ja({
    slug: 'unrel-colleague-asks-badge-move',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    trusted: false,
    note: 'a colleague asks whether her badges moved; not from support',
    from: `松本 拓也 <${MATSUMOTO.addr}>`,
    to: MISAKI.src,
    subject: 'AWS認定の統合の件',
    date: D('2026-12-02 12:20:31'),
    auth: 'pass',
    enc: 'jisb64',
    relay: 'mail.kumo-tech.example.co.jp',
    text: `高橋さん

お疲れさまです、松本です。
昨日話してた認定アカウントの統合、無事終わりました？
Credlyのバッジも移ったか教えてもらえると助かります。自分も来月やる予定なので、、
手順まとめてあったら共有お願いします！

松本`,
  }),
  ja({
    slug: 'unrel-organizations-consolidated-billing',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'AWS Organizations invitation / consolidated billing: an AWS account, not a certification account',
    from: AWS_NOTIFY,
    to: SHOTA.keep,
    subject: 'AWS Organizations: 組織への招待が届いています',
    date: D('2026-11-23 14:00:00'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `AWS アカウント 4821-****-9034 のご担当者様

組織「example-sandbox-org」から AWS Organizations への参加の招待が届いています。
招待を承諾すると、このアカウントの請求は組織の管理アカウントに統合（一括請求）されます。

招待は15日以内に承諾または拒否してください。
https://console.aws.amazon.com/organizations/v2/home/invitations`,
  }),
  ja({
    slug: 'unrel-marketing-summit-html',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'event marketing that talks about "スキルの一本化" and badges; not a case message',
    from: 'AWS トレーニングと認定 <aws-training-jp@marketing.aws.amazon.com>',
    to: SAKURA.keep,
    subject: '【ご案内】認定取得者向けラウンジ＆バッジ特典のお知らせ',
    date: D('2026-11-24 12:00:00'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<p>AWS 認定をお持ちの皆さまへ</p>
<p>来年の AWS Summit Japan では、認定者限定ラウンジをご用意します。受付で Credly のデジタルバッジをご提示ください。</p>
<p>学習の記録をひとつのアカウントに一本化して、あなたのスキルをもっとアピールしませんか？</p>
<p><a href="https://aws.amazon.com/jp/certification/">詳しくはこちら</a></p>
<p style="font-size:11px">配信停止をご希望の方は<a href="https://pages.awscloud.com/unsubscribe">こちら</a></p>`),
  }),
  ja({
    slug: 'unrel-university-via-credly',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: "a university's badge via Credly: another issuer",
    from: 'みなと大学 via Credly <admin@credly.com>',
    to: SAKURA.keep,
    subject: 'みなと大学のバッジ発行のお知らせ',
    date: D('2026-11-28 07:15:00'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `渡辺 さくら さん

みなと大学 から新しいバッジが発行されました。
データサイエンス基礎プログラム 修了

バッジを入手する: https://www.credly.com/earner/earned/badge/9e4b2c10-6a7d-4f35-b8c1-3d0e5f2a7b64`,
  }),
  ja({
    slug: 'unrel-own-memo-halfkana-phone',
    kind: 'unrelated',
    caseId: CASE.dai,
    trap: true,
    trusted: false,
    note: "the user's own memo from his phone (half-width katakana) about checking badges after the merge",
    from: `山本 大輔 <${DAI.src}>`,
    to: DAI.keep,
    subject: 'ﾒﾓ: AWS認定 ﾏｰｼﾞ後の確認',
    date: D('2026-12-02 19:30:00'),
    auth: 'none',
    enc: 'sjis8',
    relay: 'mail.tsubame-net.example.jp',
    text: `ｹｰｽ ${CASE.dai}
・ﾏｰｼﾞ完了ﾒｰﾙ来た(12/2)
・ﾊﾞｯｼﾞ移行はまだ→近藤さんに聞く
・ﾊﾞｳﾁｬｰ残ってるか確認`,
  }),
];
