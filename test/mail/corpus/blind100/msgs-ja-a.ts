// cu set, Japanese part A: receipts, AI answers, information and confirmation requests.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CASE2, DAISUKE, DAISUKE_REQ, KENJI, KENJI_REQ, MEI, MEI_REQ, SHO, SHO_REQ, SUPPORT, SUPPORT_BARE,
  SUPPORT_NOTIFY, YUI, YUI_REQ, formSubject, formSubjectJa, gmailJa, htmlDoc, jst, mk, oldReceipt2021Ja, outlookJa, paras,
  quote, sfOriginal, sfRef, who,
} from './common.js';

// ------------------------------------------------------------------ acknowledgement (8)
const ACK: Msg[] = [
  mk({
    slug: 'ja-ack-kenji-receipt',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji,
    note: 'automatic receipt of the new merge case, case ID in subject and body',
    from: AWS_NOTIFY, to: who(KENJI, KENJI.keep),
    subject: `[ケースID: ${CASE.kenji}] AWS トレーニングと認定: お問い合わせを受け付けました`,
    date: jst('2026-03-02 10:41:07'), enc: 'jis7',
    text: `森 健二 様

AWS トレーニングと認定 サポートセンターにお問い合わせいただき、ありがとうございます。
ケース ${CASE.kenji} を作成し、担当チームへ回付しました。

  カテゴリ  : 認定 / アカウントの統合
  作成日時  : 2026-03-02 10:41 (JST)
  連絡方法  : E メール

通常、1 営業日以内に担当者からご返信いたします。同じ内容で別のケースを作成されますと、
対応の順番が後ろにずれる場合がございますのでご注意ください。

このメールは送信専用アドレスから配信されています。
Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-yui-newtemplate',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.yui,
    note: '2026-style receipt (status table, multipart) for the merge case',
    from: AWS_NOTIFY, to: who(YUI, YUI.keep),
    subject: `お問い合わせ番号 ${CASE.yui} - AWS Training & Certification ポータル`,
    date: jst('2026-02-16 21:05:44'), enc: 'utf8b64',
    text: `田中 結衣 様

お問い合わせ番号: ${CASE.yui}
ステータス: 受付済み（担当者の割り当て待ち）
お問い合わせ種別: AWS トレーニングと認定 > 認定 > サインイン・アカウント

AWS Builder ID でサインインしないままケースを作成された場合でも、このメールに返信いただければ同じお問い合わせに追記されます。

--
AWS Training & Certification サポート
※このメールにお心当たりがない場合は破棄してください。`,
    html: htmlDoc(`<p>田中 結衣 様</p>
<table style="border-collapse:collapse">
<tr><td style="padding:4px 12px 4px 0;color:#545b64">お問い合わせ番号</td><td><b>${CASE.yui}</b></td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#545b64">ステータス</td><td>受付済み（担当者の割り当て待ち）</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#545b64">お問い合わせ種別</td><td>AWS トレーニングと認定 &gt; 認定 &gt; サインイン・アカウント</td></tr>
</table>
<p>AWS Builder ID でサインインしないままケースを作成された場合でも、このメールに返信いただければ同じお問い合わせに追記されます。</p>
<p style="color:#687078;font-size:12px">AWS Training &amp; Certification サポート<br>※このメールにお心当たりがない場合は破棄してください。</p>`),
  }),
  mk({
    slug: 'ja-ack-sho-dkimonly',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho, auth: 'dkimonly',
    note: 'short receipt from support.aws.com, aligned DKIM only; case ID opens the body',
    from: SUPPORT_NOTIFY, to: who(SHO, SHO.keep),
    subject: `ケースを受け付けました (Case ID ${CASE.sho})`,
    date: jst('2026-03-09 08:12:30'), enc: 'jisb64',
    text: `ケース ID ${CASE.sho} でお問い合わせを承りました。

小林 翔 様
いただいた内容は担当者が順に拝見し、24 時間以内を目安にご返信します。
返信はフォームにご入力のメールアドレス（${SHO.keep}）宛にお送りします。

AWS サポート`,
  }),
  mk({
    slug: 'ja-ack-daisuke-oldname',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE2.daisuke,
    note: 'receipt that restates the topic and notes CertMetrics was renamed; still just the receipt',
    from: AWS_NOTIFY, to: who(DAISUKE, DAISUKE.keep),
    subject: `AWS 認定アカウントに関するお問い合わせ [CASE ${CASE2.daisuke}]`,
    date: jst('2026-05-11 13:27:02'), enc: 'utf8qp',
    text: `石井 大輔 様

以下の内容でケースを登録いたしました。

ケース番号　${CASE2.daisuke}
件名　　　　旧 CertMetrics のアカウントと Builder ID のアカウントを一つにしたい
受付日　　　2026年5月11日

CertMetrics は現在「AWS Training & Certification ポータル」に名称が変わっておりますが、
お問い合わせ窓口は以前と同じです。担当者からの連絡をお待ちください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-forged-builderid-domain',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji, trusted: false,
    note: 'receipt look-alike from amazon-builderid.com (not an AWS domain) with a re-sign-in lure',
    from: 'AWS サポート <no-reply-aws@amazon-builderid.com>', to: who(KENJI, KENJI.keep),
    subject: `【AWS】お問い合わせ受付のお知らせ ケース ${CASE.kenji}`,
    date: jst('2026-03-02 11:03:51'), enc: 'utf8b64',
    text: `森 健二 様

お問い合わせ（ケース ${CASE.kenji}）を受け付けました。

AWS Builder ID への移行に伴い、ケースの内容を確認するには再認証が必要です。
48 時間以内に下記よりサインインしてください。期限を過ぎるとケースは無効になります。

https://amazon-builderid.com/signin/verify?case=${CASE.kenji}

AWS サポートチーム`,
  }),
  mk({
    slug: 'ja-ack-sho-html-notopic',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho2,
    note: 'HTML-only receipt of a second case that says nothing of its topic',
    from: AWS_NOTIFY, to: who(SHO, SHO.keep),
    subject: `Amazon Web Services: ケース ${CASE.sho2} の受付`,
    date: jst('2026-03-10 19:48:15'), enc: 'utf8b64', wholeSubject: true,
    html: htmlDoc(`<div style="max-width:600px">
<h2 style="font-size:18px">ケースが作成されました</h2>
<table>
<tr><th align="left">ケース ID</th><td>${CASE.sho2}</td></tr>
<tr><th align="left">重要度</th><td>一般的な質問</td></tr>
<tr><th align="left">作成者</th><td>${SHO.keep}</td></tr>
</table>
<p>担当者が内容を確認しています。ケースへの追記は、このメールにご返信ください。</p>
<p style="font-size:11px;color:#777">Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。</p>
</div>`),
  }),
  mk({
    slug: 'ja-ack-yui-dup-resent',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.yuiDup, forUser: false,
    note: 'receipt of a duplicate case sent to the old partner address and redirected (Resent-*)',
    from: AWS_NOTIFY, to: who(YUI, YUI.src),
    subject: `ケース ${CASE.yuiDup} を受け付けました`,
    date: jst('2026-02-16 21:22:09'), enc: 'jis7',
    resent: { from: 'postmaster@partner.example.co.jp', to: YUI.keep, date: jst('2026-02-16 21:22:40') },
    text: `AWS サポートをご利用いただきありがとうございます。

ご依頼はケース ${CASE.yuiDup} として登録されました。
内容を確認のうえ、担当者よりご連絡いたします。補足がございましたら本メールへの返信でお寄せください。

※ このメールへの返信は可能ですが、同じ件で新しいケースは作成なさらないでください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-mei-reopen-2021',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.mei,
    note: 'receipt of a new case created from a reply to a closed 2021 case; old receipt quoted below',
    from: AWS_NOTIFY, to: who(MEI, MEI.keep),
    subject: `新しいケース ${CASE.mei} が作成されました`,
    date: jst('2026-04-08 09:02:18'), enc: 'utf8qp',
    text: `渡辺 芽衣 様

ご返信いただいたケース ${CASE.meiOld} は 2021 年にクローズされているため、内容を引き継いで新しいケースを作成しました。
今後のやり取りは新しいケース番号でお願いいたします。

  新しいケース番号: ${CASE.mei}
  引き継ぎ元　　　: ${CASE.meiOld}（AWS 認定 / 旧ポータル）

担当者が確認し次第、ご連絡差し上げます。

Amazon Web Services サポート

${gmailJa('2026-04-08 08:55', '渡辺 芽衣', MEI.keep)}
${quote(MEI_REQ)}
>
> ${gmailJa('2021-09-14 17:20', 'AWS Certification', 'aws-certification@amazon.com')}
${quote(quote(oldReceipt2021Ja(CASE.meiOld, '渡辺 芽衣')))}`,
  }),
];

// ------------------------------------------------------------------ ai_answer (7)
const AI: Msg[] = [
  mk({
    slug: 'ja-ai-kenji-mergetool',
    kind: 'ai_answer', lang: 'ja',
    note: 'generated answer pointing to the portal self-service Merge Accounts tool',
    from: AWS_NOTIFY, to: who(KENJI, KENJI.keep),
    subject: 'AWS サポート: お問い合わせへの推奨回答',
    date: jst('2026-03-02 10:33:40'), enc: 'utf8b64',
    text: `このメッセージは、お問い合わせ内容をもとに生成 AI が作成した回答です。

ご質問: 認定アカウントが 2 つあり、一つにまとめたい

考えられる対応:
1. AWS Builder ID で AWS Training & Certification ポータル（旧 CertMetrics）にサインインします。
2. 右上のプロフィールメニューから「アカウントの統合 (Merge Accounts)」を開きます。
3. もう一方のアカウントのサインイン情報を入力し、画面の案内に沿って進めます。

両方のアカウントに認定の履歴がある場合、このツールではお手続きいただけません。その際はページ下部の「ケースを作成」から担当者にお問い合わせください。

この回答は役に立ちましたか？ はい / いいえ`,
  }),
  mk({
    slug: 'ja-ai-yui-lwa-sunset',
    kind: 'ai_answer', lang: 'ja',
    note: 'automated answer explaining the Login with Amazon -> Builder ID sign-in change and the merge tool',
    from: AWS_NOTIFY, to: who(YUI, YUI.keep),
    subject: 'AI によるご案内: AWS 認定アカウントのサインインについて',
    date: jst('2026-02-16 20:58:12'), enc: 'jis7',
    text: `自動応答（AI によるご案内）

「Login with Amazon」でのサインインは 2024 年 1 月 31 日に終了しました。以前 Amazon のアカウントでサインインしていた方は、同じメールアドレスで AWS Builder ID を作ると、既存のプロフィールとリンクする画面が表示されます。

サインイン方法を切り替えたいだけでしたら、アカウントの統合は必要ありません。
別々のメールアドレスで作られた 2 つの認定アカウントをまとめたい場合は、認定ポータルのプロフィール画面にある統合ツールをお使いください。

解決しない場合は、このページの「ケースを作成」からご連絡ください。`,
  }),
  mk({
    slug: 'ja-ai-sho-aftermerge',
    kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'AI answer that describes what happens after a merge (benefits, badges); still an AI answer',
    from: AWS_NOTIFY, to: who(SHO, SHO.keep),
    subject: 'お問い合わせ内容に基づく自動回答',
    date: jst('2026-03-09 08:05:03'), enc: 'utf8qp',
    text: `※ この回答は生成 AI により自動で作成されています。内容が正確でない場合があります。

統合が完了すると、統合元アカウントの認定・試験履歴・特典（次回試験 50% 割引など）は、統合先のアカウントに表示されるようになります。統合元のアカウントには、以後サインインできません。

Credly のデジタルバッジは自動で移らないことがあります。その場合は、統合先アカウントから改めてバッジを申請してください。

まだ統合ツールをお試しでない場合は、認定ポータルのプロフィールから実行できます。ツールで解決しない場合は「ケースを作成」を選んでください。`,
    html: htmlDoc(`<p style="color:#8d6605">※ この回答は生成 AI により自動で作成されています。内容が正確でない場合があります。</p>
${paras(`統合が完了すると、統合元アカウントの認定・試験履歴・特典（次回試験 50% 割引など）は、統合先のアカウントに表示されるようになります。統合元のアカウントには、以後サインインできません。

Credly のデジタルバッジは自動で移らないことがあります。その場合は、統合先アカウントから改めてバッジを申請してください。

まだ統合ツールをお試しでない場合は、認定ポータルのプロフィールから実行できます。ツールで解決しない場合は「ケースを作成」を選んでください。`)}`),
  }),
  mk({
    slug: 'ja-ai-mei-amazonq-html',
    kind: 'ai_answer', lang: 'ja',
    note: 'HTML-only generated answer: Skill Builder profile vs certification account, merge tool',
    from: AWS_NOTIFY, to: who(MEI, MEI.keep),
    subject: 'Amazon Q による回答（プレビュー）',
    date: jst('2026-04-08 08:49:30'), enc: 'utf8b64', wholeSubject: true,
    html: htmlDoc(`<p><b>Amazon Q による回答（プレビュー）</b></p>
<p>AWS Skill Builder のプロファイルと AWS 認定アカウントは、どちらも AWS Builder ID でサインインしますが、別々の記録として管理されています。Skill Builder の学習履歴を移したい場合と、認定を一つのアカウントにまとめたい場合とでは、手続きが異なります。</p>
<ul>
<li>認定をまとめたい: 認定ポータル &rarr; プロフィール &rarr; アカウントの統合</li>
<li>サインインに使うメールアドレスを変えたい: Builder ID のプロフィール設定</li>
</ul>
<p>ご不明な点が残る場合は、この画面から担当者とのケースを作成できます。</p>`),
  }),
  mk({
    slug: 'ja-ai-daisuke-apn',
    kind: 'ai_answer', lang: 'ja',
    note: 'automated suggestion about APN-linked accounts and the self-service tool',
    from: AWS_NOTIFY, to: who(DAISUKE, DAISUKE.keep),
    subject: '自動回答: APN と連携した認定アカウントについて',
    date: jst('2026-05-11 13:20:55'), enc: 'utf8qp',
    text: `以下は、入力いただいた内容に対して自動で生成された回答です。

APN（AWS パートナーネットワーク）経由で作成した認定アカウントでも、個人の AWS Builder ID で作成したアカウントとまとめることができます。
まずは認定ポータルにサインインし、プロフィールの統合ツールをお試しください。候補者 ID が分からない場合は、過去の合格通知メールや認定証 PDF に記載されています。

APN 側の社員紐付けは、統合とは別にパートナーセントラルの管理者が変更します。

この回答で解決しましたか？ 解決しない場合は「ケースを作成」へお進みください。`,
  }),
  mk({
    slug: 'ja-ai-forged-dmarcfail',
    kind: 'ai_answer', lang: 'ja', trusted: false, auth: 'fail',
    note: 'AI-answer look-alike claiming amazon.com but failing DMARC, links to a foreign "merge tool"',
    from: AWS_NOTIFY, to: who(SHO, SHO.keep),
    subject: 'AWS 認定: 自動統合ツールのご案内',
    date: jst('2026-03-11 02:14:09'), enc: 'utf8b64',
    text: `生成 AI アシスタントからのご案内です。

お客様の 2 つの認定アカウントは、新しい自動統合ツールで数分でまとめられます。
下記のページで両方のアカウントのパスワードを入力してください。

https://aws-merge-tool.example-login.net/certification

AWS Training & Certification`,
  }),
  mk({
    slug: 'ja-ai-kenji-acclaim-credly',
    kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'AI answer about Acclaim-era badges now on Credly, merge first then claim; not a badge transfer',
    from: AWS_NOTIFY, to: who(KENJI, KENJI.keep),
    subject: 'AWS サポート: 生成 AI による回答',
    date: jst('2026-03-02 10:35:58'), enc: 'jisb64',
    text: `生成 AI による回答

以前 Acclaim（youracclaim.com）で受け取ったバッジは、現在はすべて Credly（credly.com）で表示されます。名称とドメインが変わっただけで、バッジそのものは失われていません。

AWS 認定アカウントが複数ある場合、Credly でバッジが見えないことがあります。その場合は先にアカウントを統合し、そのあとで Credly からバッジを申請してください。

この回答でお困りごとが解決しない場合は、担当者とのケースを作成してください。`,
  }),
];

// ------------------------------------------------------------------ info_request (9)
const INFO: Msg[] = [
  mk({
    slug: 'ja-info-kenji-ids',
    kind: 'info_request', lang: 'ja', caseId: CASE.kenji,
    note: 'asks for candidate IDs, Builder ID e-mail and the old CertMetrics login e-mail',
    from: SUPPORT, to: KENJI.keep,
    subject: formSubject(CASE.kenji),
    date: jst('2026-03-03 14:16:40'), enc: 'jis7',
    text: `森 健二 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定カスタマーサービスの長谷川です。

アカウントの統合を進めるにあたり、恐れ入りますが以下の情報をお送りください。

・統合先（残す）アカウントの AWS 候補者 ID と、サインインに使っている AWS Builder ID のメールアドレス
・統合元アカウントの候補者 ID と、旧 CertMetrics（www.aws.training）時代にログインに使っていたメールアドレス
・それぞれのアカウントで取得済みの認定名

候補者 ID は、ポータルにサインイン後、画面右上のプロフィールから確認できます。

よろしくお願いいたします。

長谷川
AWS Training and Certification Customer Service

${sfOriginal(KENJI.keep, '3/2/2026 1:41 AM', SUPPORT_BARE, 'アカウントの統合', KENJI_REQ)}

${sfRef('Kx71')}`,
  }),
  mk({
    slug: 'ja-info-yui-whichkeep',
    kind: 'info_request', lang: 'ja', caseId: CASE.yui,
    note: 'asks which of the two accounts to keep (te-form request), warns about the APN-linked one',
    from: SUPPORT, to: YUI.keep,
    subject: formSubjectJa(CASE.yui),
    date: jst('2026-02-17 16:02:11'), enc: 'utf8qp',
    text: `田中様

ご連絡ありがとうございます、AWS トレーニングと認定の Fernando です。
いただいた 2 つの候補者 ID（${YUI.keepId} / ${YUI.srcId}）のうち、今後どちらのアカウントをお使いになるか、ご返信でお知らせいただけますと幸いです。なお、パートナー企業のドメインで作られ APN と連携しているアカウントを残す場合、ご退職後にはサインインできなくなる点にご留意ください。

Fernando
AWS トレーニングと認定

${gmailJa('2026-02-16 21:04', '田中 結衣', YUI.keep)}
${quote(YUI_REQ)}`,
  }),
  mk({
    slug: 'ja-info-sho-confirmaddr',
    kind: 'info_request', lang: 'ja', caseId: CASE.sho, trap: true,
    note: '"ご確認のうえお知らせください": asks which address signs in with Builder ID (information, not consent)',
    from: SUPPORT, to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: jst('2026-03-09 17:31:26'), enc: 'jisb64',
    text: `小林 様

お世話になっております。AWS トレーニングと認定サポートの佐々木です。

統合後にお使いいただくメールアドレスについて、念のため確認させてください。
フォームには ${SHO.keep} と ${SHO.src} の両方が書かれておりましたが、
AWS Builder ID のサインインにお使いなのはどちらでしょうか。ご確認のうえお知らせください。

佐々木

${sfOriginal(SHO.keep, '3/8/2026 11:12 PM', SUPPORT_BARE, '認定アカウント統合', SHO_REQ)}`,
  }),
  mk({
    slug: 'ja-info-mei-three-addrs',
    kind: 'info_request', lang: 'ja', caseId: CASE.mei,
    note: 'asks for the Builder ID e-mail, the 2021 aws.training notification address and the Skill Builder address',
    from: SUPPORT, to: MEI.keep,
    subject: formSubjectJa(CASE.mei),
    date: jst('2026-04-09 11:45:03'), enc: 'utf8b64',
    text: `渡辺 様

いつもお世話になっております。
旧ポータルでのケース（${CASE.meiOld}）の記録も拝見しました。当時とはサインインの仕組みが変わっておりますので、改めて次の点をお知らせいただけますでしょうか。

１．現在 AWS Builder ID に登録されているメールアドレス
２．2021 年当時、www.aws.training の通知先に設定していたメールアドレス
３．AWS Skill Builder のプロフィールで使用しているメールアドレス（認定アカウントと異なる場合のみ）

お手数をおかけしますが、よろしくお願いいたします。

AWS Training and Certification
石田`,
  }),
  mk({
    slug: 'ja-info-daisuke-implicit',
    kind: 'info_request', lang: 'ja', caseId: CASE2.daisuke,
    note: 'request without a request verb: the source candidate ID "could not be read", sign-in method would help',
    from: SUPPORT, to: DAISUKE.keep,
    subject: formSubject(CASE2.daisuke),
    date: jst('2026-05-12 10:20:47'), enc: 'jis7',
    text: `石井 様

ご返信ありがとうございます。
統合元として挙げていただいたアカウント（${DAISUKE.src}）の候補者 ID が、本文から読み取れませんでした。また、統合先のアカウントに最後にサインインされた方法（Builder ID か、以前の Amazon アカウントか）が分かりますと、調査が早く進みます。

AWS トレーニングと認定
松本

${sfOriginal(DAISUKE.keep, '5/11/2026 4:27 AM', SUPPORT_BARE, 'AWS認定のアカウント統合のお願い', DAISUKE_REQ)}`,
  }),
  mk({
    slug: 'ja-info-yui-writefromkeep-ids',
    kind: 'info_request', lang: 'ja', caseId: CASE.yui,
    note: 'write from the kept address AND include both candidate IDs: asks for data',
    from: SUPPORT, to: YUI.src, cc: YUI.keep,
    subject: formSubjectJa(CASE.yui),
    date: jst('2026-02-19 09:57:33'), enc: 'utf8qp',
    text: `田中様

ご返信ありがとうございます。
恐れ入りますが、ご本人確認のため、統合後に残すほうのメールアドレス（Builder ID のアドレス）から改めてご返信いただけますか。その際、両方のアカウントの候補者 ID を本文に記載してください。パートナー企業のアドレスからのご返信では手続きを進められません。

Fernando`,
  }),
  mk({
    slug: 'ja-info-phish-password',
    kind: 'info_request', lang: 'ja', caseId: CASE.sho, trusted: false,
    note: 'phishing information request from aws-training-cert.jp asking for passwords and MFA code',
    from: 'AWS認定サポート <support@aws-training-cert.jp>', to: SHO.keep,
    subject: `RE:[CASE ${CASE.sho}] アカウント統合に必要な情報のご提出`,
    date: jst('2026-03-10 03:41:19'), enc: 'sjis8',
    text: `小林 翔 様

アカウント統合の審査のため、以下を本メールにご返信ください。

・旧アカウント（Login with Amazon）のパスワード
・AWS Builder ID のパスワード
・認証アプリに表示される 6 桁のコード

72 時間以内にご返信がない場合、統合のお申し込みは取り消されます。

AWS認定サポートセンター`,
  }),
  mk({
    slug: 'ja-info-mei-acclaim-addr-mixed',
    kind: 'info_request', lang: 'ja', caseId: CASE.mei,
    note: 'asks the e-mail registered on Acclaim (now Credly); English boilerplate, Outlook quote',
    from: SUPPORT, to: MEI.keep,
    subject: formSubjectJa(CASE.mei),
    date: jst('2026-04-24 15:08:52'), enc: 'utf8qp',
    text: `渡辺 様

バッジの件、承知しました。Credly で付け替えを依頼するには、2021 年に Acclaim（youracclaim.com、現在の Credly）でバッジを受け取ったときのメールアドレスが必要になります。覚えていらっしゃる範囲で結構ですので、お聞かせください。

石田

To help us serve you better, please do not change the subject line or remove the case ID when you reply.

${outlookJa(`渡辺 芽衣 <${MEI.keep}>`, '2026年4月24日 9:31', SUPPORT_BARE, formSubjectJa(CASE.mei))}

統合ありがとうございました。認定は表示されましたが、Credly のバッジが昔のまま会社のアドレスのほうにあります。`,
  }),
  mk({
    slug: 'ja-info-daisuke-keepside-q',
    kind: 'info_request', lang: 'ja', caseId: CASE2.daisuke,
    note: 'asks whether the Builder ID side is the one to keep and for the old portal username',
    from: SUPPORT, to: DAISUKE.keep,
    subject: formSubject(CASE2.daisuke),
    date: jst('2026-05-13 18:44:05'), enc: 'jis7',
    text: `石井 様

ご返信ありがとうございます、松本です。
統合先は Builder ID（${DAISUKE.keep}）側のアカウントで合っていますでしょうか。
あわせて、旧ポータルのユーザー名（メールアドレスではなく英数字のもの）がお分かりでしたらお書き添えください。当時のアカウントはユーザー名で管理されていたため、照合に使います。

松本
AWS Training and Certification`,
  }),
];

// ------------------------------------------------------------------ confirmation_request (9)
const CONF: Msg[] = [
  mk({
    slug: 'ja-conf-kenji-irreversible',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji,
    note: 'lists source/target and asks the customer to reply with consent; cannot be undone',
    from: SUPPORT, to: KENJI.keep,
    subject: formSubject(CASE.kenji),
    date: jst('2026-03-04 15:22:18'), enc: 'jis7',
    text: `森 健二 様

ご回答ありがとうございます。いただいた情報をもとに、次の内容で統合を行います。

  統合元: ${KENJI.srcId}（${KENJI.src}）
  統合先: ${KENJI.keepId}（${KENJI.keep} / AWS Builder ID）

統合元の認定、試験履歴、特典はすべて統合先へ移り、統合元のアカウントは使用できなくなります。
この処理は一度実行すると元に戻すことができません。

上記の内容でよろしければ、このメールに「統合に同意します」とご返信ください。

長谷川`,
  }),
  mk({
    slug: 'ja-conf-yui-ipponka',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.yui,
    note: 'new vocabulary: asks whether to consolidate both records into the Builder ID (一本化), irreversible',
    from: SUPPORT, to: YUI.keep,
    subject: formSubjectJa(CASE.yui),
    date: jst('2026-02-20 13:35:00'), enc: 'utf8b64',
    text: `田中 結衣 様

お待たせいたしました。調査の結果、2 件の認定記録を AWS Builder ID（${YUI.keep}）に一本化できることを確認しました。

一本化すると、partner.example.co.jp のアドレスでは認定ポータルにサインインできなくなり、APN との連携も外れます。あとから分け直すことはできません。

このまま進めてよろしいか、ご返信でお知らせください。

Fernando`,
  }),
  mk({
    slug: 'ja-conf-sho-douishimasu',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho,
    note: 'asks for a reply 「同意します」 after restating the two candidate IDs',
    from: SUPPORT, to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: jst('2026-03-10 12:09:41'), enc: 'jisb64',
    text: `小林 様

アドレスのご確認ありがとうございました。

${SHO.srcId}（旧 Login with Amazon）を ${SHO.keepId}（Builder ID: ${SHO.keep}）へ統合いたします。統合は取り消しができません。
ご同意いただける場合は、本文に「同意します」とだけ書いてご返信ください。

佐々木`,
  }),
  mk({
    slug: 'ja-conf-mei-gmailquote',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.mei,
    note: 'consent request restating the addresses the customer just gave; Gmail quote',
    from: SUPPORT, to: MEI.keep,
    subject: formSubjectJa(CASE.mei),
    date: jst('2026-04-14 10:11:29'), enc: 'utf8qp',
    text: `渡辺 様

3 点ともお知らせいただきありがとうございます。Builder ID のアドレス（${MEI.keep}）と、旧 www.aws.training の通知先（${MEI.src}）、いずれも記録と一致しました。

統合を実行すると、${MEI.srcId} に紐づく認定と特典は ${MEI.keepId} に移り、元には戻せません。お手続きを進めてよいか、最終的なご判断をご返信ください。

石田

${gmailJa('2026-04-13 22:40', '渡辺 芽衣', MEI.keep)}
> １．${MEI.keep}
> ２．${MEI.src}
> ３．Skill Builder も ${MEI.keep} です
>
> よろしくお願いします。`,
  }),
  mk({
    slug: 'ja-conf-forged-gmail',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE2.daisuke, trusted: false,
    note: 'consent request forged from a free-mail address with the support display name',
    from: 'AWS Training and Certification <aws.cert.support.jp@gmail.com>', to: DAISUKE.keep,
    subject: `RE:[CASE ${CASE2.daisuke}] 統合のご同意について`,
    date: jst('2026-05-12 23:58:10'), enc: 'sjis8',
    text: `石井 様

統合の準備ができました。同意される場合は、下記のフォームで Builder ID にサインインし「同意」を押してください。
この操作は取り消しできません。

https://forms.example-survey.net/aws-merge-consent

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-conf-daisuke-noconfirmword',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE2.daisuke,
    note: 'asks for the final intention without the word confirm; irreversible',
    from: SUPPORT, to: DAISUKE.keep,
    subject: formSubject(CASE2.daisuke),
    date: jst('2026-05-15 11:30:26'), enc: 'utf8b64',
    text: `石井 様

ユーザー名のご連絡ありがとうございました。旧ポータルの記録（${DAISUKE.srcId}）を特定できました。

これを Builder ID（${DAISUKE.keep}）のアカウント ${DAISUKE.keepId} に移す作業は、取り消しができません。念のため、最終的なご意思を伺えますでしょうか。進めてよい場合は、その旨を一言ご返信いただければ結構です。

松本`,
  }),
  mk({
    slug: 'ja-conf-yui-reminder-multipart',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.yui,
    note: 'reminder that the consent requested earlier is still awaited; asks again (multipart)',
    from: SUPPORT, to: YUI.keep,
    subject: formSubjectJa(CASE.yui),
    date: jst('2026-02-24 10:05:14'), enc: 'utf8qp',
    text: `田中様

2 月 20 日にお送りした、Builder ID への一本化についてのご意思確認のご返信を、まだ頂戴しておりません。

統合後は元に戻せないため、お客様のご同意なしには作業を行えません。よろしければ「同意します」とご返信ください。

Fernando`,
    html: htmlDoc(`<p>田中様</p>
<p>2 月 20 日にお送りした、Builder ID への一本化についてのご意思確認のご返信を、まだ頂戴しておりません。</p>
<p>統合後は元に戻せないため、お客様のご同意なしには作業を行えません。よろしければ「同意します」とご返信ください。</p>
<p>Fernando</p>`),
  }),
  mk({
    slug: 'ja-conf-kenji-typo',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji,
    note: 'second consent request with typos; both records into the Builder ID account',
    from: SUPPORT, to: KENJI.keep, cc: KENJI.src,
    subject: formSubject(CASE.kenji),
    date: jst('2026-03-05 09:14:02'), enc: 'jis7',
    text: `森様

先日のメールが旧アドレスにも届いていたようでしたので、念のため再送いたします。

両アカウントの記録を Builder ID のアカウント（${KENJI.keepId}）にまとめる処理は、取り消しが出来ませんので、ご了承の上、同意の旨をご返信くだいさ。
ご返信を頂き次第、作業にとりかかります。

長谷川`,
  }),
  mk({
    slug: 'ja-conf-sho-englishfooter',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho,
    note: 'Japanese consent request with English boilerplate footer and disclaimer',
    from: SUPPORT, to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: jst('2026-03-11 16:47:38'), enc: 'utf8qp',
    text: `小林様

いつもお世話になっております。
昨日のご案内について、重複してしまいますが改めてお伺いします。旧アカウント ${SHO.srcId} を、現在の AWS Builder ID のアカウントに統合してもよろしいでしょうか。統合後に元の状態へ戻すことはできません。差し支えなければ「同意します」とご返信をお願いいたします。

佐々木

----
Was this message helpful? Please do not remove "[CASE ${CASE.sho}]" from the subject line when replying.
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.`,
  }),
];

export const JA_A: Msg[] = [...ACK, ...AI, ...INFO, ...CONF];
