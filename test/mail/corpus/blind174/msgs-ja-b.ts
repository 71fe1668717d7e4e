// fq Japanese messages, part B: merges done, badges moved, closings.
import type { Msg } from './lib.js';
import {
  CERT_PORTAL, CREDLY_AWS, SUPPORT, SUPPORT_BARE, SUPPORT_JA, J, P, d, formSubject, gmailJa, outlookJa, quote, sfOriginal, sfRef, letter, letterText,
  JA_BADGE, JA_CERTS, JA_FAQ, JA_FOOTER, JA_PRIVACY, JA_PROCESS,
  withMore, X, JA_MORE, EN_MORE, CREDLY_EN, CREDLY_JA, CORP_JA, CORP_EN,
} from './common.js';

type In = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap' | 'auth'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'>> & { more?: string[] };
const ja = (m: In): Msg => withMore({ lang: 'ja', auth: 'pass', trusted: true, forUser: true, trap: false, ...m });

const K = P.kenji!, Y = P.yui!, H = P.haruto!, T = P.taro!, HN = P.hanako!;

export const JA_B: Msg[] = [
  // ------------------------------------------------------------ merge_completed (8)
  ja({
    slug: 'ja-merged-kenji', kind: 'merge_completed', caseId: '1774203958',
    note: 'the merge-done sentence is buried after thanks for consent and before the long block on certifications, badges and next steps',
    from: SUPPORT_JA, to: K.keep, subject: formSubject('1774203958'), date: d('2026-02-11 17:48:22'), enc: 'jis7',
    text: J(
      `${K.ja} 様`,
      `小林でございます。ご承諾のお返事をいただき、ありがとうございました。お忙しい中、何度もやり取りにお付き合いいただき恐縮です。`,
      `ご依頼いただいておりました件、本日、統合元 ${K.srcId} の記録を統合先 ${K.keepId} へ移す作業を終えました。`,
      `今後は ${K.keep} でサインインしていただくと、3件の認定資格と試験履歴がまとめて表示されます。表示に反映されるまで、最大で24時間ほどかかる場合があります。`,
      JA_CERTS[0]!,
      JA_BADGE[0]!,
      `■今後の流れ
バッジが統合先のメールアドレスに届いたことをご確認いただけましたら、本ケースはそのまま終了となります。何か気になる点がございましたら、このメールにご返信ください。`,
      JA_FAQ[0]!,
      `小林
AWS トレーニングと認定 カスタマーサービス`,
      JA_FOOTER[0]!,
      sfRef('0Kq7Z1'),
    ),
  }),
  ja({
    slug: 'ja-merged-yui-jisb64', kind: 'merge_completed', caseId: '17703318842',
    note: 'completion stated mid-mail ("統合の処理が完了いたしました"), followed by a request to check that everything looks right; still merge_completed',
    from: SUPPORT_JA, to: Y.keep, subject: formSubject('17703318842'), date: d('2026-01-23 14:06:51'), enc: 'jisb64',
    text: J(
      `中村 結衣 様`,
      `お世話になっております。鈴木です。「同意します」とのご返信、確かに拝受いたしました。`,
      `ご返信をいただいた後、担当部署にて作業を行い、先ほど、両アカウントの統合の処理が完了いたしました。`,
      `お手数ですが、${Y.keep} で認定ポータルにサインインし、認定資格・試験履歴・特典の表示に問題がないかご確認ください。万一、表示されていない項目がございましたら、このケースにご返信いただければ調査いたします。`,
      JA_CERTS[1]!,
      JA_BADGE[3]!,
      JA_PRIVACY[1]!,
      `鈴木
AWS Training and Certification Customer Service`,
      JA_FOOTER[0]!,
      quote(`なお、アカウントの統合は一度行うと取り消すことができません。内容にお間違いがなければ、「同意します」とひとことご返信ください。`),
    ),
  }),
  ja({
    slug: 'ja-merged-portal-html', more: [JA_MORE[0]!], kind: 'merge_completed', caseId: null,
    note: 'certification portal notice (aws.training) that the accounts have been merged; no case ID; HTML newsletter layout',
    from: CERT_PORTAL, to: H.keep, subject: 'AWS 認定：アカウントの統合に関するお知らせ', date: d('2026-03-14 06:12:40'), enc: 'utf8b64',
    text: letterText({
      title: 'アカウントの統合に関するお知らせ',
      sections: [
        { body: `${H.ja} 様\n\nAWS 認定プログラムにご参加いただきありがとうございます。本メールは、認定アカウントに関する重要な変更があった際にお送りしているものです。` },
        { h: '■変更内容', body: `候補者ID ${H.srcId} のアカウントは、候補者ID ${H.keepId} のアカウントに統合されました。以後、${H.srcId} ではサインインできません。` },
        { h: '■ご確認いただきたいこと', body: '認定資格、試験履歴、特典が統合先アカウントに表示されていることをご確認ください。' },
        { h: '■デジタルバッジ', body: JA_BADGE[2]! },
        { h: '■お心当たりがない場合', body: JA_PRIVACY[2]! },
      ],
      footer: JA_FOOTER[1]!,
    }),
    html: letter({
      lang: 'ja', brand: 'AWS Certification', title: 'アカウントの統合に関するお知らせ',
      sections: [
        { body: `${H.ja} 様\n\nAWS 認定プログラムにご参加いただきありがとうございます。本メールは、認定アカウントに関する重要な変更があった際にお送りしているものです。` },
        { h: '■変更内容', body: `候補者ID ${H.srcId} のアカウントは、候補者ID ${H.keepId} のアカウントに統合されました。以後、${H.srcId} ではサインインできません。` },
        { h: '■ご確認いただきたいこと', body: '認定資格、試験履歴、特典が統合先アカウントに表示されていることをご確認ください。' },
        { h: '■デジタルバッジ', body: JA_BADGE[2]! },
        { h: '■お心当たりがない場合', body: JA_PRIVACY[2]! },
      ],
      footer: JA_FOOTER[1]!,
    }),
  }),
  ja({
    slug: 'ja-merged-haruto-case', kind: 'merge_completed', caseId: '1781094427',
    note: 'support says the accounts are now one and that the case will close once badges are checked; the completion is the new fact',
    from: SUPPORT_JA, to: H.keep, subject: formSubject('1781094427'), date: d('2026-03-14 10:31:17'), enc: 'sjis8',
    text: J(
      `伊藤 陽翔 様`,
      `高橋です。ご返信ありがとうございました。ご了承いただいた内容に基づき、手続きを進めておりました。`,
      `パートナー企業のアカウントと個人のアカウントは、本日付で一つのアカウントにまとまりました。残ったのは ${H.keepId}（${H.keep}）です。`,
      `パートナー企業の実績画面（AWS Partner Central）への反映には数日かかる場合がございます。Skill Builder のプロフィールから、パートナー企業との関連付けを改めて設定していただく必要があるかもしれません。`,
      JA_CERTS[3]!,
      JA_BADGE[1]!,
      `本ケースは、バッジの状況をご確認いただいた後にクローズさせていただく予定です。`,
      `高橋
AWS トレーニングと認定`,
      JA_FOOTER[0]!,
    ),
  }),
  ja({
    slug: 'ja-merged-taro-lookalike', more: [JA_BADGE[0]!, JA_PRIVACY[0]!], kind: 'merge_completed', caseId: '176201849375', trusted: false,
    note: 'merge-done mail from a look-alike domain (amazon-support.co) even though it authenticates: untrusted',
    from: 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon-support.co>', to: T.keep, subject: formSubject('176201849375'), date: d('2026-02-20 12:02:33'), enc: 'jis7',
    text: J(
      `山田 太郎 様`,
      `井上です。ご同意のお返事をいただき、ありがとうございました。`,
      `統合元 ${T.srcId} は、統合先 ${T.keepId} への統合を完了いたしました。今後は個人のメールアドレスでサインインしてください。`,
      `また、統合に伴い、アカウント情報の再確認をお願いしております。下記のページからサインインし、登録情報をご確認ください。
https://aws-certification-verify.amazon-support.co/login`,
      JA_CERTS[0]!,
      JA_FOOTER[0]!,
    ),
  }),
  ja({
    slug: 'ja-merged-hanako-gmail-quote', kind: 'merge_completed', caseId: '1769518830',
    note: 'completion (「統合作業が完了しましたので」) in the middle of a long reply; Gmail-style quote of the user consent underneath',
    from: SUPPORT_JA, to: HN.keep, subject: formSubject('1769518830'), date: d('2026-01-13 11:55:10'), enc: 'utf8qp',
    text: J(
      `佐藤 花子 様`,
      `渡部でございます。ご連絡が遅くなり申し訳ございません。連休を挟んだため、作業にお時間をいただきました。`,
      `${HN.srcId} から ${HN.keepId} への統合作業が完了しましたので、ご報告いたします。旧勤務先のメールアドレスで取得された2件の認定資格は、現在 ${HN.keep} のアカウントでご覧いただけます。`,
      `なお、統合元のアカウントで保有されていた未使用のバウチャー（50%割引）は、特典ページに移っております。有効期限は元のままです。`,
      JA_BADGE[0]!,
      JA_FAQ[2]!,
      `渡部
AWS トレーニングと認定`,
      JA_FOOTER[0]!,
      gmailJa('2026年1月9日(金) 21:40', `佐藤 花子 <${HN.keep}>`, `渡部様\n\nご案内ありがとうございます。上記の内容で統合をお願いいたします。\n佐藤`),
    ),
  }),
  ja({
    slug: 'ja-merged-yui-dup-case', kind: 'merge_completed', caseId: '1770902265',
    note: 'the second case of the same user: agent says the merge was carried out and this case is now closed too; completion is the new fact',
    from: SUPPORT_JA, to: Y.keep, subject: formSubject('1770902265'), date: d('2026-02-02 13:20:45'), enc: 'sjisb64',
    text: J(
      `中村 様`,
      `加藤でございます。ご承認のお返事、ありがとうございました。`,
      `早速ですが、ご報告です。ご承認いただいた内容のとおり、${Y.src} のアカウントを ${Y.keep} のアカウントへ統合いたしました。`,
      `あわせて、同じご依頼で作成されていた別のケース（17703318842）の担当者とも情報を共有しております。お手続きは本ケースで完了しておりますので、本ケースもこれをもってクローズいたします。`,
      JA_CERTS[2]!,
      JA_BADGE[2]!,
      JA_PRIVACY[0]!,
      `加藤
AWS トレーニングと認定`,
      JA_FOOTER[0]!,
    ),
  }),
  ja({
    slug: 'ja-merged-kenji-resent', kind: 'merge_completed', caseId: '1774207716', forUser: false,
    note: 'completion on the second case, redirected (Resent-*) by the old company mail server, so not delivered to the user as addressed',
    from: SUPPORT_JA, to: K.src, subject: formSubject('1774207716'), date: d('2026-02-11 18:20:03'), enc: 'jis7',
    resent: { from: 'postmaster@kaisha.example.co.jp', to: 'it-helpdesk@kaisha.example.co.jp', date: d('2026-02-11 18:21:10') },
    text: J(
      `渡辺 様`,
      `AWS トレーニングと認定の山口です。重複して作成されていた本ケースについて、担当の小林から引き継ぎました。`,
      `ケース 1774203958 でご依頼いただいたアカウント統合は、本日、作業が完了いたしました。こちらのケースからも、統合後のアカウント ${K.keepId} に記録がまとまっていることを確認しております。`,
      JA_PROCESS[3]!,
      JA_CERTS[0]!,
      `山口
AWS トレーニングと認定`,
      JA_FOOTER[0]!,
    ),
  }),

  // ------------------------------------------------------------ badges_transferred (8)
  ja({
    slug: 'ja-badge-credly-kenji', more: [CREDLY_JA[0]!, CREDLY_JA[1]!, CREDLY_JA[2]!], kind: 'badges_transferred', caseId: null,
    note: 'AWS badge issued via Credly to the kept address after the merge; the badge notice sits among Credly boilerplate',
    from: CREDLY_AWS, to: K.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-02-12 04:17:55'), enc: 'utf8b64',
    text: letterText({
      title: 'バッジ発行のお知らせ',
      sections: [
        { body: `${K.ja} 様` },
        { body: 'Amazon Web Services Training and Certification から、AWS Certified Solutions Architect - Associate のバッジが発行されました。' },
        { body: '「バッジを入手する」から受け取り、プロフィールに表示できます。受け取ったバッジは LinkedIn や署名、ウェブサイトで共有でき、取得したスキルを第三者が確認できるようになります。' },
        { h: 'Credly について', body: 'Credly は、組織が発行するデジタル認定証を管理・共有するためのプラットフォームです。アカウントをお持ちでない場合は、このメールアドレスで無料で作成できます。' },
        { body: 'バッジを入手する: https://www.credly.com/earner/earned/badge/3f1c2a90-8b7e-4d1a-9c55-aa01b2c3d4e5' },
      ],
      footer: 'このメールは Credly (Pearson) から送信されています。配信設定は Credly のアカウント設定から変更できます。\nCredly, 200 Park Avenue South, New York, NY 10003',
    }),
    html: letter({
      lang: 'ja', brand: 'Credly', title: 'バッジ発行のお知らせ',
      sections: [
        { body: `${K.ja} 様` },
        { body: 'Amazon Web Services Training and Certification から、AWS Certified Solutions Architect - Associate のバッジが発行されました。' },
        { body: '「バッジを入手する」から受け取り、プロフィールに表示できます。受け取ったバッジは LinkedIn や署名、ウェブサイトで共有でき、取得したスキルを第三者が確認できるようになります。' },
        { h: 'Credly について', body: 'Credly は、組織が発行するデジタル認定証を管理・共有するためのプラットフォームです。アカウントをお持ちでない場合は、このメールアドレスで無料で作成できます。' },
        { body: 'バッジを入手する: https://www.credly.com/earner/earned/badge/3f1c2a90-8b7e-4d1a-9c55-aa01b2c3d4e5' },
      ],
      footer: 'このメールは Credly (Pearson) から送信されています。配信設定は Credly のアカウント設定から変更できます。\nCredly, 200 Park Avenue South, New York, NY 10003',
    }),
  }),
  ja({
    slug: 'ja-badge-support-yui', kind: 'badges_transferred', caseId: '17703318842',
    note: 'user asked about missing badges; agent says they moved the Credly badges to the kept address, in the middle of a long reply',
    from: SUPPORT_JA, to: Y.keep, subject: formSubject('17703318842'), date: d('2026-01-27 16:12:09'), enc: 'jis7',
    text: J(
      `中村 結衣 様`,
      `鈴木でございます。バッジが移っていないとのご連絡、ありがとうございました。ご不便をおかけし申し訳ございません。`,
      `統合の際、Credly 側のバッジが自動では移らないことがあり、今回もそのケースでした。担当部署に依頼し、統合元のメールアドレスで発行されていた2つのバッジを、${Y.keep} の Credly アカウントへ移行いたしました。`,
      `Credly にサインインし、ダッシュボードにバッジが表示されているかご覧ください。LinkedIn で共有されていた場合は、共有リンクが変わっている可能性がございます。`,
      JA_BADGE[2]!,
      JA_FAQ[1]!,
      `鈴木
AWS Training and Certification Customer Service`,
      JA_FOOTER[0]!,
      outlookJa(`中村 結衣 <${Y.keep}>`, '2026年1月26日 20:03', SUPPORT_BARE, formSubject('17703318842'), `鈴木様\n\n統合ありがとうございました。認定は表示されたのですが、Credly のバッジが古いアドレスのままです。\n中村`),
    ),
  }),
  ja({
    slug: 'ja-badge-support-kenji-close', kind: 'badges_transferred', caseId: '1774203958',
    note: 'agent announces the badges were moved and that the case is being closed: badges_transferred per the guide',
    from: SUPPORT_JA, to: K.keep, subject: formSubject('1774203958'), date: d('2026-02-16 11:04:36'), enc: 'sjis8',
    text: J(
      `渡辺 様`,
      `小林でございます。先日はご確認のご連絡をいただき、ありがとうございました。`,
      `統合後も Credly の一部のバッジ（AWS Certified SysOps Administrator - Associate）が旧アドレスに残っていた件、バッジの付け替えが済みましたのでお知らせいたします。現在は3つのバッジすべてが ${K.keep} に紐づいております。`,
      `これで今回のご依頼はすべて完了となりますので、本ケースはクローズさせていただきます。`,
      JA_BADGE[3]!,
      JA_PRIVACY[1]!,
      `この度は AWS トレーニングと認定をご利用いただき、誠にありがとうございました。

小林
AWS トレーニングと認定 カスタマーサービス`,
      JA_FOOTER[0]!,
    ),
  }),
  ja({
    slug: 'ja-badge-credly-haruto-sjis', more: [CREDLY_JA[0]!, CREDLY_JA[2]!, JA_MORE[4]!], kind: 'badges_transferred', caseId: null,
    note: 'Credly mail for an AWS badge (Developer - Associate) sent to the kept address after the merge; Shift_JIS',
    from: CREDLY_AWS, to: H.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-03-16 02:45:21'), enc: 'sjisb64',
    text: J(
      `伊藤 陽翔 様`,
      `Credly をご利用いただきありがとうございます。`,
      `Amazon Web Services Training and Certification が、あなたに新しいバッジ「AWS Certified Developer - Associate」を発行しました。`,
      `バッジを受け取ると、プロフィールでの表示、ソーシャルメディアでの共有、メール署名への追加などが可能になります。受け取りはいつでも行えます。

バッジを入手する
https://www.credly.com/earner/earned/badge/91d0e6b2-5a44-4e0c-8f3b-7c2e1d00a9f4`,
      `■よくある質問
Q. 以前受け取ったバッジはどうなりますか？
A. 発行元が発行したバッジは、発行元が取り消さない限りプロフィールに残ります。
Q. メールアドレスが違います。
A. Credly のアカウント設定でメールアドレスを追加できます。`,
      `このメールは admin@credly.com から送信されています。
Credly, 200 Park Avenue South, New York, NY 10003
配信停止: https://www.credly.com/notifications`,
    ),
  }),
  ja({
    slug: 'ja-badge-support-hanako-html', kind: 'badges_transferred', caseId: '1769518830',
    note: 'HTML reply: a restated merge at the top, then one section saying badges now sit on the kept account, then FAQ/footers',
    from: SUPPORT_JA, to: HN.keep, subject: formSubject('1769518830'), date: d('2026-01-16 15:22:30'), enc: 'utf8qp',
    html: letter({
      lang: 'ja', brand: 'AWS トレーニングと認定', title: 'デジタルバッジについてのご報告',
      sections: [
        { body: '佐藤 花子 様\n\n渡部でございます。1月13日にご報告したアカウントの統合に続き、デジタルバッジについてご連絡いたします。' },
        { h: '■ご報告', body: `旧アドレス ${HN.src} に発行されていた AWS 認定のバッジ2点は、Credly 上で ${HN.keep} のプロフィールに移しました。ご確認のほどお願いいたします。` },
        { h: '■デジタルバッジについて', body: JA_BADGE[2]! },
        { h: '■よくあるご質問', body: JA_FAQ[1]! },
        { body: '渡部\nAWS トレーニングと認定' },
      ],
      footer: JA_FOOTER[0]!,
    }),
  }),
  ja({
    slug: 'ja-badge-lookalike-credly', more: [CREDLY_JA[0]!, CREDLY_JA[1]!, CREDLY_JA[2]!, JA_MORE[4]!], kind: 'badges_transferred', caseId: null, trusted: false,
    note: 'badge mail claiming to be AWS via Credly but from credly-badges.net: the kind is still badges, untrusted sender',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>', to: T.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-02-21 03:30:12'), enc: 'jisb64',
    text: J(
      `山田 太郎 様`,
      `Amazon Web Services Training and Certification から、アカウント統合に伴い AWS Certified Solutions Architect - Professional のバッジがあなたの新しいメールアドレスへ移されました。`,
      `バッジを受け取るには、24時間以内に以下からサインインしてください。期限を過ぎるとバッジが失効します。
https://credly-badges.net/accept?id=88213`,
      `Credly は、組織が発行するデジタル認定証の管理・共有サービスです。`,
      `Credly, 200 Park Avenue South, New York, NY 10003`,
    ),
  }),
  ja({
    slug: 'ja-badge-support-haruto-jis', kind: 'badges_transferred', caseId: '1781094427',
    note: 'agent reports the remaining badge moved after the merge; long restatement of the whole case around it',
    from: SUPPORT_JA, to: H.keep, subject: formSubject('1781094427'), date: d('2026-03-18 09:56:44'), enc: 'jis7',
    text: J(
      `伊藤 様`,
      `高橋です。これまでの経緯を整理いたします。
・3月9日　ケース作成
・3月11日から13日　アカウント情報の確認と統合内容へのご了承
・3月14日　統合作業`,
      `先日ご指摘いただいた、Credly に Solutions Architect - Associate のバッジが見当たらない件ですが、Credly の担当チームと連携のうえ、当該バッジも ${H.keep} の Credly アカウントへ移動いたしました。これで認定資格2件分のバッジがすべて揃っております。`,
      `引き続き何かございましたら、本メールにご返信ください。`,
      JA_BADGE[1]!,
      JA_CERTS[1]!,
      `高橋
AWS トレーニングと認定`,
      JA_FOOTER[0]!,
    ),
  }),
  ja({
    slug: 'ja-badge-credly-yui-mobile-fwd', more: [CREDLY_JA[0]!, CREDLY_JA[1]!, JA_MORE[4]!], kind: 'badges_transferred', caseId: null,
    note: 'Credly AWS badge notice in plain text, long Credly help text; issued to the kept address',
    from: CREDLY_AWS, to: Y.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-01-24 05:02:18'), enc: 'utf88bit',
    text: J(
      `中村 結衣 様`,
      `おめでとうございます。`,
      `Amazon Web Services Training and Certification は、あなたの実績を称え、「AWS Certified Cloud Practitioner」のバッジを発行しました。このバッジは、今後ご利用のメールアドレス ${Y.keep} に発行されています。`,
      `［バッジを入手する］ https://www.credly.com/earner/earned/badge/c2d1a8f0-3b9e-4a11-b7d6-5e0f9a3c1b27`,
      `■バッジでできること
・Credly のプロフィールに表示する
・LinkedIn、X などで共有する
・メール署名やウェブサイトに埋め込む
・雇用主や採用担当者に検証可能なリンクを送る`,
      `■プライバシー
バッジの公開・非公開はいつでも変更できます。非公開にしたバッジは、あなた以外には表示されません。`,
      `Credly は Pearson の一部です。このメールは admin@credly.com から送信されました。`,
    ),
  }),

  // ------------------------------------------------------------ case_closed (8)
  ja({
    slug: 'ja-closed-kenji-autoclose', kind: 'case_closed', caseId: '1774207716',
    note: 'the duplicate case will be closed automatically if there is no reply; the closing notice is in the middle of a long mail',
    from: SUPPORT_JA, to: K.keep, subject: formSubject('1774207716'), date: d('2026-02-05 10:20:00'), enc: 'jis7',
    text: J(
      `渡辺 様`,
      `AWS トレーニングと認定の山口です。お問い合わせいただいた本ケースについてご連絡いたします。`,
      `拝見したところ、同じ内容のご依頼がケース 1774203958 でも進行中でございました。二重にお手続きを進めますと確認に時間がかかるため、お手続きは 1774203958 に一本化させていただきます。`,
      `本ケース（1774207716）については、3日以内にご返信がない場合、自動的にクローズとなります。`,
      JA_PROCESS[3]!,
      JA_FAQ[0]!,
      `山口
AWS トレーニングと認定`,
      JA_FOOTER[0]!,
    ),
  }),
  ja({
    slug: 'ja-closed-yui-restated-merge', kind: 'case_closed', caseId: '17703318842', trap: true,
    note: 'closing notice that only restates the earlier merge and badge move ("先日完了いたしました統合"); the new event is the closing',
    from: SUPPORT_JA, to: Y.keep, subject: formSubject('17703318842'), date: d('2026-02-03 10:02:27'), enc: 'jisb64',
    text: J(
      `中村 結衣 様`,
      `鈴木でございます。その後、認定ポータルや Credly の表示に問題はございませんでしょうか。`,
      `先日完了いたしました統合、およびバッジの移行につきましては、以降ご連絡がございませんでしたので、問題なくご利用いただけているものと判断いたしました。本ケースは本日をもって解決済みとさせていただきます。`,
      `クローズ後にご不明点が出てきた場合でも、このメールにご返信いただければケースは再開されます。`,
      JA_CERTS[1]!,
      JA_PRIVACY[0]!,
      `このたびはご利用いただき、ありがとうございました。

鈴木
AWS Training and Certification Customer Service`,
      JA_FOOTER[0]!,
    ),
  }),
  ja({
    slug: 'ja-closed-taro-noreply-fail', more: [JA_MORE[3]!, JA_PRIVACY[2]!], kind: 'case_closed', caseId: '176201849375', trusted: false, auth: 'fail',
    note: 'a "closing in 5 days without reply" notice whose authentication says dmarc=fail: untrusted',
    from: SUPPORT_JA, to: T.keep, subject: formSubject('176201849375'), date: d('2026-02-25 09:00:00'), enc: 'utf8b64',
    text: J(
      `山田 様`,
      `AWS トレーニングと認定です。`,
      `2月19日にお送りしたメールについて、まだご返信をいただいておりません。本ケースは、5日以内にご返信がない場合、自動的にクローズされます。`,
      `クローズ後に手続きを再開されたい場合は、このメールに返信してください。`,
      JA_PROCESS[0]!,
      JA_FOOTER[0]!,
    ),
  }),
  ja({
    slug: 'ja-closed-hanako-resolved', kind: 'case_closed', caseId: '1769518830',
    note: 'agent marks the case resolved after the user said all is well; a long thank-you, survey pointer and footers around it',
    from: SUPPORT_JA, to: HN.keep, subject: formSubject('1769518830'), date: d('2026-01-19 10:44:51'), enc: 'sjis8',
    text: J(
      `佐藤 花子 様`,
      `渡部でございます。バッジの表示もご確認いただけたとのこと、安心いたしました。丁寧なお礼のお言葉まで頂戴し、ありがとうございます。`,
      `お問い合わせいただいた件はすべて対応が完了しましたので、本ケースはこちらでクローズいたします。`,
      `後日、サポート品質向上のためのアンケートをお送りする場合がございます。お時間がございましたらご協力いただけますと幸いです。`,
      JA_CERTS[0]!,
      JA_FAQ[2]!,
      `今後とも AWS 認定をよろしくお願いいたします。

渡部
AWS トレーニングと認定`,
      JA_FOOTER[0]!,
      outlookJa(`佐藤 花子 <${HN.keep}>`, '2026年1月17日 9:12', SUPPORT_BARE, formSubject('1769518830'), `渡部様\n\nバッジも確認できました。大変お世話になりました。\n佐藤`),
    ),
  }),
  ja({
    slug: 'ja-closed-haruto-wait-html', more: [JA_MORE[3]!, JA_MORE[1]!], kind: 'case_closed', caseId: '1781094427',
    note: 'HTML notice: the case was set to resolved, with instructions how to reopen, surrounded by newsletter-style blocks',
    from: 'AWS Support <no-reply@support.aws.com>', to: H.keep, subject: 'ケース 1781094427 は解決済みになりました', date: d('2026-03-25 08:00:13'), enc: 'utf8b64',
    html: letter({
      lang: 'ja', brand: 'AWS サポート', title: 'ケースのステータスが変更されました',
      sections: [
        { body: `${H.ja} 様\n\nAWS サポートをご利用いただきありがとうございます。ケースのステータスが変更された際に、このお知らせをお送りしています。` },
        { h: 'ケース 1781094427', body: '件名: 認定アカウントの統合について\nステータス: 解決済み\n\n担当者が本ケースを解決済みとしました。' },
        { h: 'ケースを再開するには', body: 'サポートセンターでケースを開き、「再開」を選択するか、担当者からのメールにご返信ください。解決済みのケースは14日後に再開できなくなります。' },
        { h: 'ご意見をお聞かせください', body: 'サポートセンターのケース画面から、今回の対応についてご評価いただけます。' },
      ],
      footer: JA_FOOTER[3]!,
    }),
  }),
  ja({
    slug: 'ja-closed-kenji-restated-merge-sjis', more: [JA_MORE[3]!], kind: 'case_closed', caseId: '1774203958', trap: true,
    note: 'restates "統合はすでに完了しております" and the badges as earlier facts; the only new thing is that the case is closed',
    from: SUPPORT_JA, to: K.keep, subject: formSubject('1774203958'), date: d('2026-02-23 13:15:48'), enc: 'sjisb64',
    text: J(
      `渡辺 健二 様`,
      `小林でございます。先日、アンケートにご回答いただいたとのこと、ありがとうございました。`,
      `ご依頼の統合はすでに2月11日に完了しており、バッジも2月16日に付け替えております。これ以上の対応事項がないことを確認いたしましたので、本ケースは完了として閉じさせていただきました。`,
      `今後、新たなご依頼がある場合は、新しいケースを作成してください。`,
      JA_BADGE[3]!,
      JA_PRIVACY[2]!,
      `小林`,
      JA_FOOTER[0]!,
    ),
  }),
  ja({
    slug: 'ja-closed-yui-dup-autoclose-jis', kind: 'case_closed', caseId: '1770902265',
    note: 'reminder that the case will be closed in 7 days unless the user replies, between a long recap and footers',
    from: SUPPORT_JA, to: Y.keep, subject: formSubject('1770902265'), date: d('2026-02-09 09:30:38'), enc: 'jis7',
    text: J(
      `中村 様`,
      `加藤でございます。お手続きのご報告から一週間ほど経ちましたので、念のためご連絡いたしました。`,
      `その後、特にお困りのことがないようでしたら、本ケースはこのまま7日後に自動でクローズとなります。ご返信は不要です。`,
      `Credly のバッジについて、統合先のメールアドレスでの受け取りがまだの場合は、Credly からのメールをご確認ください。`,
      JA_BADGE[0]!,
      JA_FAQ[1]!,
      `加藤
AWS トレーニングと認定`,
      JA_FOOTER[0]!,
    ),
  }),
  ja({
    slug: 'ja-closed-taro-final', kind: 'case_closed', caseId: '176201849375',
    note: 'closing after the user did not respond: the agent closes the case and explains how to come back; consent was never given',
    from: SUPPORT_JA, to: T.keep, subject: formSubject('176201849375'), date: d('2026-03-03 14:50:12'), enc: 'utf8qp',
    text: J(
      `山田 太郎 様`,
      `井上でございます。2月19日と25日にメールをお送りしておりましたが、ご返信が確認できませんでした。`,
      `統合へのご同意をいただけていないため、アカウントは現在も2つのまま、変更は一切行っておりません。一定期間ご返信がなかったため、本ケースはクローズいたしました。`,
      `改めて統合をご希望の場合は、このメールにご返信いただくか、新しくお問い合わせください。その際、既にお知らせいただいた候補者IDをご記載いただけますとスムーズです。`,
      JA_PROCESS[1]!,
      JA_FAQ[0]!,
      `井上
AWS トレーニングと認定 カスタマーサービス`,
      JA_FOOTER[0]!,
    ),
  }),
];
