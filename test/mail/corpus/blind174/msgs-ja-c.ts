// fq Japanese messages, part C: other human replies and unrelated long mail (many traps).
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, SUPPORT_BARE, SUPPORT_JA, TRAINING_NEWS, J, P, d, formSubject, gmailJa, outlookJa, quote, sfOriginal, letter, letterText,
  JA_BADGE, JA_CERTS, JA_FAQ, JA_FOOTER, JA_PRIVACY, JA_PROCESS,
  withMore, X, JA_MORE, EN_MORE, CREDLY_EN, CREDLY_JA, CORP_JA, CORP_EN,
} from './common.js';

type In = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap' | 'auth'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'>> & { more?: string[] };
const ja = (m: In): Msg => withMore({ lang: 'ja', auth: 'pass', trusted: true, forUser: true, trap: false, ...m });

const K = P.kenji!, Y = P.yui!, H = P.haruto!, T = P.taro!, HN = P.hanako!;

export const JA_C: Msg[] = [
  // ------------------------------------------------------------ support_reply (9)
  ja({
    slug: 'ja-reply-kenji-thanks-consent', kind: 'support_reply', caseId: '1774203958', trap: true,
    note: 'thanks the user for consenting and says it was passed to the team that merges; nothing merged yet',
    from: SUPPORT_JA, to: K.keep, subject: formSubject('1774203958'), date: d('2026-02-10 18:31:02'), enc: 'jis7',
    text: J(
      `${K.ja} 様`,
      `小林でございます。統合へのご同意のお返事、確かに受け取りました。ご確認いただき、ありがとうございます。`,
      `いただいたご同意をもとに、統合作業を担当するチームへ依頼を回しました。作業が終わりましたら、本ケースにてご報告いたします。`,
      `作業中は、統合元・統合先いずれのアカウントでも特典（バウチャー）のご利用や受験予約の変更をお控えいただけますようお願いいたします。`,
      JA_CERTS[2]!,
      JA_BADGE[0]!,
      `小林
AWS トレーニングと認定 カスタマーサービス`,
      JA_FOOTER[0]!,
      gmailJa('2026年2月10日(火) 12:05', `${K.ja} <${K.keep}>`, `小林様\n\nご案内の内容で統合をお願いします。\n渡辺`),
    ),
  }),
  ja({
    slug: 'ja-reply-yui-future-merge', more: [JA_MORE[2]!], kind: 'support_reply', caseId: '17703318842', trap: true,
    note: 'status update: "統合が完了しましたら…ご連絡いたします" is future; the one fact is that work is still queued',
    from: SUPPORT_JA, to: Y.keep, subject: formSubject('17703318842'), date: d('2026-01-22 18:10:44'), enc: 'sjis8',
    text: J(
      `中村 様`,
      `鈴木です。本日いただいたご返信について、取り急ぎご連絡いたします。`,
      `現在、統合の作業は担当チームの順番待ちとなっております。統合が完了しましたら、改めてこちらからご連絡いたしますので、それまでお待ちいただけますでしょうか。`,
      `なお、作業の前後で認定ポータルの表示が一時的に不安定になることがございますが、データが失われることはございません。`,
      JA_PROCESS[2]!,
      JA_PRIVACY[1]!,
      `鈴木`,
      JA_FOOTER[0]!,
    ),
  }),
  ja({
    slug: 'ja-reply-haruto-not-yet', kind: 'support_reply', caseId: '1781094427', trap: true,
    note: 'negated: the merge has not been completed yet, the agent is checking a sign-in problem; long explanations around it',
    from: SUPPORT_JA, to: H.keep, subject: formSubject('1781094427'), date: d('2026-03-13 19:48:26'), enc: 'jisb64',
    text: J(
      `伊藤 様`,
      `高橋です。ご了承のお返事ありがとうございました。`,
      `「もう統合されたのでしょうか」とのお問い合わせですが、申し訳ございません、統合はまだ完了しておりません。パートナー企業のアカウントが会社の SSO と連携しているため、その確認に時間を要しております。`,
      `確認が終わり次第、作業に入る予定です。追加でお客様にしていただくことは、現時点ではございません。`,
      JA_PROCESS[3]!,
      JA_FAQ[1]!,
      `高橋
AWS トレーニングと認定`,
      JA_FOOTER[0]!,
    ),
  }),
  ja({
    slug: 'ja-reply-taro-unable', kind: 'support_reply', caseId: '176201849375', trap: true,
    note: '"統合することができません" for now (a pending exam booking blocks it); explains alternatives at length, asks nothing',
    from: SUPPORT_JA, to: T.keep, subject: formSubject('176201849375'), date: d('2026-02-18 17:25:39'), enc: 'utf8qp',
    text: J(
      `山田 太郎 様`,
      `井上でございます。追加でご連絡いたします。`,
      `先ほど確認いたしましたところ、会社のアカウントで3月2日の試験予約が入っておりました。予約がある状態では、現時点でアカウントを統合することができません。`,
      `試験が終わり、結果が反映された後であれば統合は可能です。もしくは、予約をキャンセルされた場合も統合のお手続きに進めます。どちらの場合も、このケースをそのままご利用いただけます。`,
      JA_PROCESS[3]!,
      JA_CERTS[2]!,
      JA_FAQ[0]!,
      `井上
AWS トレーニングと認定 カスタマーサービス`,
      JA_FOOTER[0]!,
    ),
  }),
  ja({
    slug: 'ja-reply-hanako-dup-cases', kind: 'support_reply', caseId: '1769518830', trap: true,
    note: '"ケースを統合いたしました": the duplicate support cases were merged, not the accounts',
    from: SUPPORT_JA, to: HN.keep, subject: formSubject('1769518830'), date: d('2026-01-07 10:58:14'), enc: 'sjisb64',
    text: J(
      `佐藤 花子 様`,
      `渡部でございます。`,
      `同じ内容のお問い合わせが3件作成されておりましたので、管理上、本ケース 1769518830 にケースを統合いたしました。他の2件はこちらでクローズしております。今後のご連絡は、このケースへのご返信でお願いいたします。`,
      `認定アカウントの統合につきましては、引き続き確認を進めております。候補者IDのご連絡をお待ちしております。`,
      JA_PROCESS[0]!,
      JA_PRIVACY[0]!,
      `渡部
AWS トレーニングと認定`,
      JA_FOOTER[0]!,
    ),
  }),
  ja({
    slug: 'ja-reply-kenji-escalation', more: [JA_MORE[3]!], kind: 'support_reply', caseId: '1774203958',
    note: 'agent escalates the case to a specialist team because of a name mismatch; no request, no event',
    from: SUPPORT_JA, to: K.keep, subject: formSubject('1774203958'), date: d('2026-02-05 11:17:50'), enc: 'utf8b64',
    text: J(
      `渡辺 様`,
      `小林でございます。候補者IDのご連絡、ありがとうございました。`,
      `両アカウントの氏名の表記（漢字とローマ字）が異なっていたため、社内の専門チームに確認を依頼いたしました。表記の違いそのものは統合の妨げにはなりませんが、念のため本人確認の手順を一段階追加しております。`,
      `専門チームからの解答には1から2営業日ほどかかる見込みです。お待たせして申し訳ございませんが、今しばらくお時間をいただけますと幸いです。`,
      JA_FAQ[2]!,
      JA_PRIVACY[2]!,
      `小林`,
      JA_FOOTER[0]!,
    ),
  }),
  ja({
    slug: 'ja-reply-yui-write-from-keep', kind: 'support_reply', caseId: '1770902265',
    note: 'asks only that future mail come from the address to keep, without asking for data: support_reply per the guide',
    from: SUPPORT_JA, to: Y.src, cc: Y.keep, subject: formSubject('1770902265'), date: d('2026-01-28 10:40:21'), enc: 'jis7',
    text: J(
      `中村 結衣 様`,
      `AWS トレーニングと認定の加藤です。お問い合わせいただきありがとうございます。`,
      `本ケースは、統合元となる会社のメールアドレスから作成されております。セキュリティ上の理由により、統合のやり取りは今後お使いになるメールアドレスから行っていただいております。恐れ入りますが、以降のご連絡は ${Y.keep} からお送りください。`,
      `このメールは両方のアドレスにお送りしております。`,
      JA_PROCESS[1]!,
      JA_PRIVACY[1]!,
      `加藤
AWS トレーニングと認定`,
      JA_FOOTER[0]!,
    ),
  }),
  ja({
    slug: 'ja-reply-haruto-voucher-answer', kind: 'support_reply', caseId: '1781094427',
    note: 'answers a question about vouchers after the merge; explanation only, no new event',
    from: SUPPORT_JA, to: H.keep, subject: formSubject('1781094427'), date: d('2026-03-17 14:30:55'), enc: 'sjis8',
    text: J(
      `伊藤 様`,
      `高橋です。特典についてのご質問、ありがとうございました。`,
      `ご質問いただいた50%割引バウチャーですが、パートナー企業のアカウントで発行されたものは有効期限が2026年4月30日となっており、統合後の特典ページにそのまま表示されております。ご利用の際は、試験予約の支払い画面でコードをご入力ください。`,
      `一方、Skill Builder のサブスクリプション特典は認定アカウントとは別の仕組みのため、パートナー企業との契約に従います。こちらは会社のご担当者にご確認ください。`,
      JA_CERTS[2]!,
      JA_FAQ[1]!,
      `高橋
AWS トレーニングと認定`,
      JA_FOOTER[0]!,
      outlookJa(`伊藤 陽翔 <${H.keep}>`, '2026年3月16日 22:41', SUPPORT_BARE, formSubject('1781094427'), `高橋様\n\n会社のアカウントにあったバウチャーはどうなりますか。\n伊藤`),
    ),
  }),
  ja({
    slug: 'ja-reply-taro-other-auth', more: [JA_MORE[3]!], kind: 'support_reply', caseId: '176201849375', trap: true, trusted: false, auth: 'otherOnly',
    note: 'conditional ("ご同意いただけましたら統合いたします") status reply; only a foreign A-R from mx.google.com, so untrusted',
    from: SUPPORT_JA, to: T.keep, subject: formSubject('176201849375'), date: d('2026-02-22 11:11:11'), enc: 'jis7',
    text: J(
      `山田 様`,
      `井上でございます。試験のご予約をキャンセルされたとのこと、ご連絡ありがとうございました。`,
      `予約の取り消しはこちらでも確認できました。これで統合の妨げとなるものはございません。先日お送りした内容にご同意いただけましたら、統合いたします。`,
      JA_CERTS[0]!,
      JA_FOOTER[0]!,
    ),
  }),

  // ------------------------------------------------------------ unrelated (9)
  ja({
    slug: 'ja-unrel-kb-newsletter-list', more: [JA_MORE[1]!], kind: 'unrelated', caseId: null, trap: true, forUser: false,
    note: 'newsletter knowledge-base article explaining every step (receipt, consent, merge, badges, closing) without any happening; sent to a study-group list',
    from: TRAINING_NEWS, to: 'AWS勉強会 <aws-study@lists.example.jp>', subject: 'ナレッジ記事：認定アカウントを統合する前に知っておきたい5つのこと', date: d('2026-02-26 12:00:00'), enc: 'utf8b64',
    extra: ['List-Id: <aws-study.lists.example.jp>', 'List-Unsubscribe: <mailto:unsubscribe@aws.training>', 'Precedence: bulk'],
    text: letterText({
      title: '認定アカウントを統合する前に知っておきたい5つのこと',
      sections: [
        { body: 'AWS トレーニングと認定ニュースレター 2026年2月号\n\n転職や部署異動の多い季節になりました。今月は、認定アカウントの統合について、よくいただくご質問をまとめました。' },
        { h: '1. ケースを作成すると受付メールが届きます', body: 'お問い合わせフォームからケースを作成すると、ケースIDが記載された受付メールが自動で届きます。同じ内容で何度もケースを作らないようにしましょう。' },
        { h: '2. 担当者から情報の提供をお願いされることがあります', body: '候補者ID、登録メールアドレス、残したいアカウントなどを尋ねられます。事前に控えておくとスムーズです。' },
        { h: '3. 統合前には必ず同意の確認があります', body: '統合は取り消せないため、担当者が「この内容で統合してよいか」を確認します。返信するまで作業は始まりません。' },
        { h: '4. 統合が完了すると連絡が来ます', body: '「アカウントを統合しました」という連絡が届いたら、認定資格と特典の表示を確認してください。' },
        { h: '5. バッジは後から移ることがあります', body: 'Credly のバッジは数日遅れて移ったり、担当者への依頼が必要だったりします。すべて確認できたらケースはクローズされます。' },
      ],
      footer: '本ニュースレターは配信を希望された方にお送りしています。配信停止はこちら: https://aws.training/unsubscribe\n(c) 2026, Amazon Web Services, Inc. or its affiliates.',
    }),
    html: letter({
      lang: 'ja', brand: 'AWS トレーニングと認定ニュースレター', title: '認定アカウントを統合する前に知っておきたい5つのこと', pre: '今月の特集：アカウント統合のよくある質問',
      sections: [
        { body: 'AWS トレーニングと認定ニュースレター 2026年2月号\n\n転職や部署異動の多い季節になりました。今月は、認定アカウントの統合について、よくいただくご質問をまとめました。' },
        { h: '1. ケースを作成すると受付メールが届きます', body: 'お問い合わせフォームからケースを作成すると、ケースIDが記載された受付メールが自動で届きます。同じ内容で何度もケースを作らないようにしましょう。' },
        { h: '2. 担当者から情報の提供をお願いされることがあります', body: '候補者ID、登録メールアドレス、残したいアカウントなどを尋ねられます。事前に控えておくとスムーズです。' },
        { h: '3. 統合前には必ず同意の確認があります', body: '統合は取り消せないため、担当者が「この内容で統合してよいか」を確認します。返信するまで作業は始まりません。' },
        { h: '4. 統合が完了すると連絡が来ます', body: '「アカウントを統合しました」という連絡が届いたら、認定資格と特典の表示を確認してください。' },
        { h: '5. バッジは後から移ることがあります', body: 'Credly のバッジは数日遅れて移ったり、担当者への依頼が必要だったりします。すべて確認できたらケースはクローズされます。' },
      ],
      footer: '本ニュースレターは配信を希望された方にお送りしています。配信停止はこちら: https://aws.training/unsubscribe\n(c) 2026, Amazon Web Services, Inc. or its affiliates.',
    }),
  }),
  ja({
    slug: 'ja-unrel-policy-update', kind: 'unrelated', caseId: null, trap: true,
    note: 'policy update notice about how merges and badge transfers will work from April; describes events in general, none happened',
    from: 'AWS Certification <no-reply@certification.aws.training>', to: K.keep, subject: '【重要】認定アカウントの統合手続き変更のお知らせ', date: d('2026-03-02 10:00:00'), enc: 'jis7',
    text: J(
      `AWS 認定をお持ちの皆様へ`,
      `平素より AWS 認定プログラムをご利用いただき、誠にありがとうございます。
2026年4月1日より、認定アカウントの統合手続きの一部を変更いたしますので、お知らせいたします。`,
      `■変更の概要
・統合のご依頼は、今後ご利用になるアカウントにサインインした状態でのみ受け付けます。
・担当者による統合内容の確認と、お客様の同意の手続きをオンラインで行えるようになります。
・統合が完了した時点で、Credly のバッジも自動的に統合先へ移る仕組みを導入します。
・統合完了の通知メールは、統合先・統合元の両方のアドレスに送信されます。`,
      `■お客様への影響
現在進行中のお手続きには影響はございません。既にケースをお持ちの方は、引き続き担当者とのやり取りを続けてください。`,
      JA_CERTS[3]!,
      JA_PRIVACY[0]!,
      `今後とも AWS 認定をよろしくお願いいたします。
AWS 認定プログラム事務局`,
      JA_FOOTER[1]!,
    ),
  }),
  ja({
    slug: 'ja-unrel-partner-webinar', more: [X.webinarJa1, X.webinarJa2], kind: 'unrelated', caseId: null, trap: true, trusted: false,
    note: 'training partner webinar invitation ("統合の申請からバッジ移行まで解説"); not AWS, no event',
    from: 'クラウド人材アカデミー <seminar@cloud-academy.example.jp>', to: HN.keep, subject: '【無料ウェビナー】転職前に必ずやっておきたい AWS 認定アカウント統合のすべて', date: d('2026-03-04 12:30:00'), enc: 'sjis8',
    text: J(
      `佐藤 花子 様`,
      `いつもクラウド人材アカデミーをご利用いただき、ありがとうございます。
春の転職シーズンを前に、AWS 認定アカウントの統合についてのご相談が増えております。そこで、申請から完了までを1時間で解説する無料ウェビナーを開催いたします。`,
      `■開催概要
日時：2026年3月18日（水）19:00から20:00
形式：オンライン（Zoom）
参加費：無料
講師：AWS 認定インストラクター 田中 一郎`,
      `■プログラム
1. サポートケースの作り方と受付メールの見方
2. 担当者から情報を求められたときの返信例
3. 「統合してよいですか」という確認メールへの答え方
4. 統合完了のメールが届いたら確認すること
5. Credly バッジが移らないときの対処法`,
      `■お申し込み
https://cloud-academy.example.jp/webinar/0318`,
      `※本メールは、当アカデミーの会員様にお送りしています。配信停止をご希望の方は、マイページから設定を変更してください。
株式会社クラウド人材アカデミー　東京都千代田区丸の内1-1-1`,
    ),
  }),
  ja({
    slug: 'ja-unrel-credly-microsoft', more: [CREDLY_JA[0]!, CREDLY_JA[1]!, CREDLY_JA[2]!], kind: 'unrelated', caseId: null, trap: true,
    note: 'Credly badge from Microsoft (another issuer) in the same long Credly format: unrelated',
    from: 'Microsoft via Credly <admin@credly.com>', to: Y.keep, subject: 'Microsoftのバッジ発行のお知らせ', date: d('2026-02-14 06:40:30'), enc: 'utf8qp',
    text: J(
      `中村 結衣 様`,
      `おめでとうございます。Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。`,
      `［バッジを入手する］ https://www.credly.com/earner/earned/badge/7a3e5f11-2c0d-4e6b-a1b9-d8c4f2e06b33`,
      `バッジを受け取ると、プロフィールへの追加、LinkedIn での共有、メール署名への埋め込みなどができます。別のメールアドレスで Credly をご利用の場合は、アカウント設定でメールアドレスを追加するか、アカウントを統合してください。`,
      `■プライバシー
バッジの公開範囲はいつでも変更できます。`,
      `Credly は Pearson の一部です。このメールは admin@credly.com から送信されました。
Credly, 200 Park Avenue South, New York, NY 10003`,
    ),
  }),
  ja({
    slug: 'ja-unrel-credly-merge-code', more: [CREDLY_JA[1]!, X.credlyMergeJa, CREDLY_JA[2]!], kind: 'unrelated', caseId: null, trap: true,
    note: "Credly's own account-merge verification code mail: not the AWS certification merge",
    from: 'Credly <admin@credly.com>', to: HN.keep, subject: 'Credly アカウントの統合を完了してください', date: d('2026-01-15 21:03:44'), enc: 'jis7',
    text: J(
      `佐藤 花子 様`,
      `Credly アカウントの統合のリクエストを受け付けました。`,
      `統合を完了するには、以下の確認コードを Credly の画面に入力してください。コードの有効期限は30分です。

確認コード：482913`,
      `統合すると、2つの Credly アカウントのバッジ、プロフィール情報、共有設定が1つのアカウントにまとまります。この操作は元に戻すことができません。`,
      `このリクエストに心当たりがない場合は、このメールを無視してください。アカウントは変更されません。`,
      `Credly サポート
https://support.credly.com`,
    ),
  }),
  ja({
    slug: 'ja-unrel-own-forward', kind: 'unrelated', caseId: '1774203958', trap: true, trusted: false, forUser: false,
    note: "the user's own forward of the merge-done mail to a colleague: carries no news from support",
    from: `${K.ja} <${K.keep}>`, to: '田村 さん <tamura@kaisha.example.co.jp>', subject: `Fwd: ${formSubject('1774203958')}`, date: d('2026-02-11 19:02:10'), enc: 'utf8b64',
    relay: 'mail-sor-f41.example.jp',
    text: J(
      `田村さん`,
      `お疲れさまです。渡辺です。
先日お話しした認定アカウントの件、サポートから連絡が来たので転送します。会社の資格取得者一覧の更新の際に参考にしてください。`,
      `---------- Forwarded message ---------
From: AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>
Date: 2026年2月11日(水) 17:48
Subject: ${formSubject('1774203958')}
To: <${K.keep}>`,
      `${K.ja} 様

小林でございます。ご承諾のお返事をいただき、ありがとうございました。

ご依頼いただいておりました件、本日、統合元 ${K.srcId} の記録を統合先 ${K.keepId} へ移す作業を終えました。`,
      JA_CERTS[0]!,
      JA_BADGE[0]!,
      `■今後の流れ
バッジが統合先のメールアドレスに届いたことをご確認いただけましたら、本ケースはそのまま終了となります。何か気になる点がございましたら、このメールにご返信ください。`,
      JA_FAQ[0]!,
      `小林
AWS トレーニングと認定 カスタマーサービス`,
      JA_FOOTER[0]!,
    ),
  }),
  ja({
    slug: 'ja-unrel-ooo-colleague', more: [`※本メールは自動応答により送信しています。このメールへのご返信は不要です。\n※同じ方からのメールには、不在期間中に一度だけ自動応答をお送りします。\n※お送りいただいたメールは削除されず、帰社後にすべて拝見いたします。重要なご連絡の場合は、お手数ですが上記の代表アドレスにも同じ内容をお送りいただけますと確実です。\n※社外の方からのメールについては、セキュリティ上の理由により添付ファイルを自動で保留する場合がございます。`, X.oooJa], kind: 'unrelated', caseId: '1781094427', trusted: false,
    note: 'out-of-office auto reply from a colleague who was on Cc; unrelated',
    from: '木下 亮 <kinoshita@partner.example.co.jp>', to: H.keep, subject: `自動応答: ${formSubject('1781094427')}`, date: d('2026-03-13 11:21:02'), enc: 'sjisb64',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: J(
      `お世話になっております。木下です。`,
      `誠に勝手ながら、3月12日から3月20日まで出張のため不在にしております。
期間中はメールを確認できない場合がございますので、お急ぎのご用件は下記までご連絡ください。`,
      `パートナー推進部　代表アドレス：partner-team@partner.example.co.jp
電話：03-0000-0000（平日 9:00から18:00）`,
      `ご不便をおかけいたしますが、何卒よろしくお願いいたします。`,
    ),
  }),
  ja({
    slug: 'ja-unrel-survey', more: [JA_MORE[1]!, JA_PRIVACY[0]!], kind: 'unrelated', caseId: '1769518830', trap: true,
    note: 'satisfaction survey ("問題は解決しましたか") after the case: surveys are unrelated',
    from: AWS_NOTIFY, to: HN.keep, subject: 'AWS サポートに関するアンケートのお願い（ケース 1769518830）', date: d('2026-01-20 09:15:00'), enc: 'utf8b64',
    html: letter({
      lang: 'ja', brand: 'Amazon Web Services', title: 'サポートの対応はいかがでしたか？',
      sections: [
        { body: `佐藤 花子 様\n\n先日はケース 1769518830 にて AWS トレーニングと認定のサポートをご利用いただき、ありがとうございました。` },
        { h: 'アンケートのお願い', body: 'お問い合わせの問題は解決しましたか？　担当者の対応はいかがでしたか？　以下のリンクから、3分ほどで回答いただけるアンケートにご協力ください。\nhttps://survey.aws.amazon.com/s/ja/cs-tc-8842' },
        { h: '回答内容の取り扱い', body: 'いただいた回答は、サービス改善のために統計的に利用します。個人が特定される形で公開することはございません。' },
      ],
      footer: JA_FOOTER[1]!,
    }),
  }),
  ja({
    slug: 'ja-unrel-exam-booking-case', more: [JA_MORE[2]!, JA_MORE[3]!], kind: 'unrelated', caseId: '1783300512', trap: true,
    note: "receipt of the user's other case about rescheduling an exam appointment; says what it is about, so not part of the merge",
    from: AWS_NOTIFY, to: T.keep, subject: 'ケースを受け付けました：試験予約の日程変更について (1783300512)', date: d('2026-03-06 20:44:19'), enc: 'jisb64',
    text: J(
      `山田 太郎 様`,
      `AWS サポートをご利用いただきありがとうございます。`,
      `「試験予約の日程変更について」のお問い合わせを、ケース 1783300512 として受け付けました。試験配信事業者の予約システムに関するお問い合わせのため、回答までに2営業日ほどいただく場合がございます。`,
      `■試験予約に関するご案内
・試験開始の24時間前までであれば、認定ポータルから予約の変更・キャンセルが可能です。
・24時間を切った予約の変更はできません。
・受験料の返金は、キャンセルのタイミングにより異なります。`,
      JA_PRIVACY[2]!,
      JA_FOOTER[3]!,
    ),
  }),
];
