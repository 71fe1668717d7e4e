// Japanese messages, part 3: surveys, feedback requests and satisfaction mail (unrelated).
import type { Msg } from './lib.js';
import { C, CREDLY, DAISUKE, FEEDBACK_AWS, MISAKI, NAKAMURA, NOREPLY, SHO, TC_SURVEY, YUMI, d, gmJa, htmlDoc, mk, olJa, quote } from './common.js';

export const JA3: Msg[] = [
  mk({
    slug: 'un-survey-nakamura-closed',
    kind: 'unrelated', lang: 'ja', caseId: C.nakamura, trap: true,
    note: 'satisfaction survey that restates the case closing; a survey is unrelated',
    from: FEEDBACK_AWS, to: NAKAMURA.keep,
    subject: `ケース ${C.nakamura} に関するアンケートのお願い`,
    date: d('2026-02-13 01:30:12', '+0000'), enc: 'jis7',
    text: `中村 健一 様

先日、お客様のサポートケース ${C.nakamura} はクローズされました。
今後のサービス改善のため、対応についての簡単なアンケートにご協力をお願いいたします。
所要時間は2分ほどです。

アンケートに回答する
https://pulse.aws.example/s/csat/${C.nakamura}

回答期限: 2026年2月27日
このアンケートは AWS サポートの品質向上の目的にのみ使用されます。

Amazon Web Services`,
  }),
  mk({
    slug: 'un-survey-misaki-merged',
    kind: 'unrelated', lang: 'ja', caseId: C.misaki, trap: true,
    note: 'survey that names the finished merge; restating the event does not make it the event',
    from: TC_SURVEY, to: MISAKI.keep,
    subject: '統合が完了したケースについてアンケートにご協力ください',
    date: d('2026-03-14 10:00:00', '+0900'), enc: 'jisb64',
    text: `小林 美咲 様

先日は AWS トレーニングと認定のサポートをご利用いただき、ありがとうございました。
お客様の認定アカウントの統合が完了したケース (${C.misaki}) について、
ご感想をお聞かせいただけないでしょうか。

Q1. 担当者の対応に満足されましたか?
Q2. 統合の手続きは分かりやすかったですか?
Q3. その他ご意見

回答はこちら: https://tc-survey.aws.example/r/${C.misaki}

AWS トレーニングと認定 カスタマーエクスペリエンスチーム`,
  }),
  mk({
    slug: 'un-reminder-sho-badges',
    kind: 'unrelated', lang: 'ja', caseId: C.sho, trap: true,
    note: 'survey reminder that mentions the badge transfer and merge; still only a survey',
    from: FEEDBACK_AWS, to: SHO.keep,
    subject: '【再送】アンケートご回答のお願い',
    date: d('2026-05-01 00:05:41', '+0000'), enc: 'sjis8',
    text: `高橋 翔 様

先日お送りしたアンケートについて、まだご回答をいただいていないようでしたので再度ご案内いたします。

対象のお問い合わせ：${C.sho}
(アカウント統合および Credly バッジの移行)

ご回答はこちらから：https://pulse.aws.example/s/csat/${C.sho}
すでにご回答済みの場合は、行き違いをご容赦ください。

AWS サポート`,
  }),
  mk({
    slug: 'un-resolved-yesno-yumi',
    kind: 'unrelated', lang: 'ja', caseId: C.yumi, trap: true,
    note: '"was your issue resolved? reply yes/no" survey (multipart)',
    from: NOREPLY, to: YUMI.keep,
    subject: `お問い合わせ (${C.yumi}) の問題は解決しましたか?`,
    date: d('2026-02-03 02:00:00', '+0000'), enc: 'utf8qp',
    text: `伊藤 由美 様

先日のお問い合わせについて、問題は解決しましたか?
このメールに「はい」または「いいえ」とだけご返信ください。
「いいえ」の場合は、担当者から改めてご連絡します。

ケース: ${C.yumi}

Amazon Web Services カスタマーサポート`,
    html: htmlDoc(`<p>伊藤 由美 様</p>
<p>先日のお問い合わせについて、問題は解決しましたか?</p>
<p><a href="https://pulse.aws.example/yn?c=${C.yumi}&amp;a=yes" style="padding:6px 14px;background:#1d8102;color:#fff">はい</a>
&nbsp;<a href="https://pulse.aws.example/yn?c=${C.yumi}&amp;a=no" style="padding:6px 14px;background:#d13212;color:#fff">いいえ</a></p>
<p>このメールに「はい」または「いいえ」とだけご返信いただいても結構です。<br>ケース: ${C.yumi}</p>`, 'ja'),
  }),
  mk({
    slug: 'un-thanks-feedback-daisuke',
    kind: 'unrelated', lang: 'ja', caseId: C.daisuke, trap: true,
    note: 'thank-you-for-your-feedback mail that restates the finished merge',
    from: TC_SURVEY, to: DAISUKE.keep,
    subject: 'アンケートにご回答いただきありがとうございました',
    date: d('2026-06-02 12:44:09', '+0900'), enc: 'utf8b64',
    text: `渡辺 大輔 様

アンケートへのご回答、誠にありがとうございました。
アカウントの統合、バッジの移行ともに完了したとのことで、私どもも安心いたしました。
いただいたご意見は担当チームと共有し、今後の改善に役立ててまいります。

(参考) 対象ケース: ${C.daisuke}

AWS トレーニングと認定 カスタマーエクスペリエンス`,
  }),
  mk({
    slug: 'un-nps-generic',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: false,
    note: 'NPS survey about AWS Training and Certification in general',
    from: TC_SURVEY, to: NAKAMURA.keep,
    subject: 'AWS トレーニングと認定を同僚に勧めたいと思いますか?',
    date: d('2026-08-19 09:00:00', '+0900'), enc: 'jis7',
    text: `中村 健一 様

AWS トレーニングと認定をご利用いただきありがとうございます。

友人や同僚に AWS トレーニングと認定を勧める可能性はどのくらいありますか?
0 (まったくない) から 10 (非常に高い) でお選びください。

 0  1  2  3  4  5  6  7  8  9  10
https://tc-survey.aws.example/nps?u=8841

配信停止をご希望の場合は、メール設定ページから変更できます。`,
  }),
  mk({
    slug: 'un-qualtrics-thirdparty',
    kind: 'unrelated', lang: 'ja', caseId: C.nakamura, trap: true, trusted: false,
    note: 'third-party survey tool mailing on AWS\'s behalf from its own domain; restates the closing',
    from: 'AWS カスタマーエクスペリエンス <aws-cx@mail.qualtrics-survey.example>', to: NAKAMURA.keep,
    subject: 'サポートについてのご意見をお聞かせください',
    date: d('2026-02-14 04:12:55', '+0000'), enc: 'sjisb64',
    text: `中村様

AWS サポートケース ${C.nakamura} はクローズ済みです。
担当者の対応について、以下のアンケートにご回答ください。

https://aws-cx.qualtrics-survey.example/jfe/form/SV_4Zb9kQ?case=${C.nakamura}

Powered by Qualtrics
このメールは Amazon Web Services の委託により送信しています。`,
  }),
  mk({
    slug: 'un-phish-giftcard',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true, trusted: false, auth: 'none',
    note: 'phishing survey: "merge complete" lure with a gift card and a sign-in link',
    from: 'AWS認定事務局 <info@aws-nintei-enquete.com>', to: SHO.keep,
    subject: '【重要】アカウント統合完了記念アンケート(Amazonギフトカード進呈)',
    date: d('2026-05-03 22:41:07', '+0900'), enc: 'utf8qp',
    html: htmlDoc(`<p>AWS認定をご利用のお客様へ</p>
<p>お客様のAWS認定アカウントの統合が完了しました。<br>
つきましては、簡単なアンケートにお答えいただいた方全員に <b>Amazonギフトカード 5,000円分</b> を進呈いたします。</p>
<p>受け取りには本人確認のため、AWSアカウントへのサインインが必要です。<br>
<a href="http://aws-nintei-enquete.com/login?ref=merge">今すぐ回答してギフトを受け取る</a></p>
<p>本キャンペーンは本日23:59で終了します。</p>`, 'ja'),
  }),
  mk({
    slug: 'un-own-reply-yes',
    kind: 'unrelated', lang: 'ja', caseId: C.yumi, trap: true, trusted: false, forUser: false, auth: 'none', deliveredTo: null,
    note: 'the user\'s own "yes, resolved" reply to the survey (sent copy)',
    from: `伊藤 由美 <${YUMI.keep}>`, to: NOREPLY,
    subject: `Re: お問い合わせ (${C.yumi}) の問題は解決しましたか?`,
    date: d('2026-02-03 12:15:30', '+0900'), enc: 'jis7',
    text: `はい

統合も完了していて、バッジも確認できました。ありがとうございました。

${gmJa('2026年2月3日(火) 11:00', `Amazon Web Services <no-reply-aws@amazon.com>`, `先日のお問い合わせについて、問題は解決しましたか?\nこのメールに「はい」または「いいえ」とだけご返信ください。\n\nケース: ${C.yumi}`)}`,
  }),
  mk({
    slug: 'un-ooo-colleague',
    kind: 'unrelated', lang: 'ja', caseId: C.nakamura, trap: true, trusted: false, auth: 'none',
    note: 'a colleague\'s out-of-office reply to the user\'s mail about the survey',
    from: '鈴木 一郎 <suzuki.ichiro@oldco.example.co.jp>', to: NAKAMURA.keep,
    subject: '自動応答: AWS認定アカウント統合のアンケートについて',
    date: d('2026-02-13 19:22:08', '+0900'), enc: 'jisb64',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `お疲れさまです、鈴木です。
2月13日から2月20日まで出張のため不在にしております。
メールは確認次第お返事いたします。急ぎの件は部署代表までご連絡ください。

-----元のメッセージ-----
${olJa(`中村 健一 <${NAKAMURA.keep}>`, '2026年2月13日 19:21', 'suzuki.ichiro@oldco.example.co.jp', 'AWS認定アカウント統合のアンケートについて', `鈴木さん\n\nケース ${C.nakamura} の件、統合は終わりました。AWS からアンケートが来ていたので転送しておきます。`)}`,
  }),
  mk({
    slug: 'un-pearson-exam-survey',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: false, trusted: false,
    note: 'exam-delivery vendor survey about the testing experience',
    from: 'Pearson VUE <survey@pearsonvue.example.com>', to: DAISUKE.keep,
    subject: '試験ご受験に関するアンケートのお願い',
    date: d('2026-04-08 17:05:00', '+0900'), enc: 'sjis8',
    text: `渡辺 大輔 様

先日は AWS Certified Solutions Architect - Professional をご受験いただき、ありがとうございました。
試験会場およびオンライン監督の品質向上のため、アンケートへのご協力をお願いいたします。

https://survey.pearsonvue.example.com/r/aws-jp-0408

Pearson VUE`,
  }),
  mk({
    slug: 'un-credly-experience',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly\'s own experience survey about accepting a badge; no badge moved',
    from: CREDLY, to: MISAKI.keep,
    subject: 'バッジの受け取りはスムーズでしたか?',
    date: d('2026-03-24 08:00:00', '+0000'), enc: 'utf8b64',
    text: `小林 美咲 様

最近 Credly でバッジを受け取られた方に、ご利用体験についてお伺いしています。
バッジの受け取りや共有で分かりにくかった点があれば、ぜひ教えてください。

アンケートに回答する (約3分)
https://www.credly.com/survey/earner-experience

Credly`,
  }),
  mk({
    slug: 'un-refund-case-survey',
    kind: 'unrelated', lang: 'ja', caseId: C.daisukeRefund, trap: true,
    note: 'survey about the user\'s other case (a voucher refund) that says it was closed',
    from: FEEDBACK_AWS, to: DAISUKE.keep,
    subject: `ケース ${C.daisukeRefund} (バウチャー返金) の対応はいかがでしたか`,
    date: d('2026-04-30 02:10:33', '+0000'), enc: 'jis7',
    text: `渡辺 大輔 様

試験バウチャーの返金に関するケース ${C.daisukeRefund} はクローズされました。
担当者の対応について、1から5の評価をお願いします。

https://pulse.aws.example/s/csat/${C.daisukeRefund}

Amazon Web Services`,
  }),
  mk({
    slug: 'un-resent-oldco',
    kind: 'unrelated', lang: 'ja', caseId: C.nakamura, trap: true, forUser: false,
    resent: { from: 'postmaster@oldco.example.co.jp', to: 'kenichi.nakamura@example.jp', date: d('2026-02-13 11:05:00', '+0900') },
    note: 'survey redirected by the old company\'s server (Resent-*), restates the merge',
    from: FEEDBACK_AWS, to: NAKAMURA.src,
    subject: 'AWS サポートのご利用に関するアンケート',
    date: d('2026-02-13 01:58:12', '+0000'), enc: 'jisb64',
    text: `中村 健一 様

認定アカウントの統合 (ケース ${C.nakamura}) が完了しましたので、ご利用の感想をお伺いしております。
以下のリンクから5問のアンケートにお進みください。

https://pulse.aws.example/s/csat/${C.nakamura}?src=2

Amazon Web Services`,
  }),
  mk({
    slug: 'un-internal-hr-survey',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true, trusted: false, forUser: false,
    note: 'company-internal survey to a team list asking who has claimed Credly badges',
    from: '人材開発部 <jinzai@corp.example.co.jp>', to: 'all-engineers@corp.example.co.jp',
    subject: '【社内アンケート】AWS 認定の取得状況について',
    date: d('2026-07-10 10:30:00', '+0900'), enc: 'utf8qp',
    text: `エンジニア各位

人材開発部です。資格取得支援制度の見直しのため、AWS 認定の取得状況を調査します。
Credly でバッジを受け取り済みの方は、プロフィールの URL もあわせてご回答ください。
転職前の会社で取得した認定がある方は、アカウント統合の有無もお知らせください。

回答フォーム: https://forms.corp.example.co.jp/aws-cert-2026
締切: 7月24日(金)

人材開発部`,
  }),
];

void quote;
