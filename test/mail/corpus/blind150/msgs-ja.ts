// Japanese messages of the es set: aspect words (すでに / まだ / もう / いまだに / これまでに / ようやく).
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, HANAKO, HANAKO_ASK, KEN, KEN_ASK, MEI, MEI_ASK, PORTAL, SUPPORT, SUPPORT_ADDR, TARO, TARO_ASK,
  form, gmailJa, mk, outlookJa, page, paras, quote, ref, sf, to,
} from './common.js';

const j = (s: Parameters<typeof mk>[1]): Msg => mk('ja', s);

export const JA: Msg[] = [
  // ---------------- acknowledgement (7) ----------------
  j({
    kind: 'acknowledgement', caseId: CASE.taro, to: to(TARO), at: '2026-10-05 09:14:03',
    from: AWS_NOTIFY, subject: `[CASE ${CASE.taro}] お問い合わせを受け付けました`,
    note: 'automatic receipt of the new merge case, case ID in subject and body',
    text: `※本メールは送信専用アドレスからお送りしています。

山田 太郎 様

AWS トレーニングと認定へのお問い合わせは、すでにこちらで受け付けております。
ケース ID: ${CASE.taro}
お問い合わせの種類: AWS トレーニングと認定 / アカウントの統合

担当者からの返信は通常24時間以内にお送りします。
同じ内容のケースをすでにお持ちの場合は、新しいケースを作成せずにお待ちください。
重複したケースはご回答が遅れる原因となります。

Amazon Web Services`,
  }),
  j({
    kind: 'acknowledgement', caseId: CASE.hanako, to: to(HANAKO), at: '2026-10-07 22:40:51',
    enc: 'sjis8', subject: `ケース番号 ${CASE.hanako} にて承りました`,
    note: 'receipt: case number, no agent assigned yet; nothing asked',
    text: `佐藤 花子 様

このたびは AWS トレーニングと認定にご連絡いただき、ありがとうございます。
お問い合わせはケース番号 ${CASE.hanako} として登録されました。

現時点ではまだ担当者が割り当てられておりませんが、順番にご案内いたしますので
今しばらくお待ちくださいませ。このメールへの返信でケースに情報を追加できます。

--
AWS Training and Certification Customer Support`,
  }),
  j({
    kind: 'acknowledgement', caseId: CASE.ken, to: to(KEN), at: '2026-10-09 11:02:19', tz: '+0000',
    from: AWS_NOTIFY, enc: 'utf8b64', subject: `Case ${CASE.ken} created - アカウント統合のご相談`,
    note: 'case-created receipt, Japanese body with English boilerplate',
    text: `Amazon Web Services Support

鈴木 健 様

ケースが作成されました。内容はもう担当チームのキューに入っています。

Case ID: ${CASE.ken}
Subject: アカウント統合のご相談
Inquiry type: AWS Training and Certification

ご返信は担当者が確認したのちお送りします。追加の情報がある場合はこのメールに返信してください。

This is an automated message. Please do not reply above this line.`,
  }),
  j({
    kind: 'acknowledgement', caseId: CASE.mei, to: to(MEI), at: '2026-10-10 08:31:44',
    trusted: false, auth: 'none', from: 'AWS サポートセンター <support@aws-training-helpdesk.com>',
    subject: `【受付完了】ケース ${CASE.mei}`,
    note: 'receipt shape, but sent from a look-alike domain with no authentication: untrusted',
    text: `田中 芽衣 様

お問い合わせを受付いたしました。受付番号: ${CASE.mei}
まだ担当者からのご連絡はありません。2営業日以内にご連絡いたします。

AWS サポートセンター`,
  }),
  j({
    kind: 'acknowledgement', caseId: CASE.mei, to: to(MEI), at: '2026-10-10 08:29:02', tz: '+0000',
    from: AWS_NOTIFY, enc: 'jisb64', subject: `AWS Support case ${CASE.mei}`,
    note: 'receipt recognisable by its shape only: case fields and status "unassigned"',
    text: `AWS サポート

ケース ID       : ${CASE.mei}
件名            : 旧アカウントの認定を移したい
重要度          : 一般的なガイダンス
ステータス      : 未割り当て
作成日時        : 2026-10-10 08:29 UTC

ケースの詳細は AWS サポートセンターでご確認いただけます。`,
  }),
  j({
    kind: 'acknowledgement', caseId: CASE.hanakoDup, to: to(HANAKO), at: '2026-10-08 07:12:30',
    enc: 'utf8qp', subject: `[CASE ${CASE.hanakoDup}] お問い合わせありがとうございます`,
    note: 'receipt of a second (duplicate) case; still just a receipt',
    text: `佐藤様

お問い合わせいただき、ありがとうございます。ケース ${CASE.hanakoDup} として記録いたしました。

なお、同じご依頼のケースがすでに開いている場合、担当者がまとめて対応いたします。
新たにケースを作成いただく必要はもうございません。

AWS トレーニングと認定 カスタマーサービス`,
  }),
  j({
    kind: 'acknowledgement', caseId: CASE.taro, to: to(TARO), at: '2026-10-05 09:20:11',
    forUser: false, resent: { from: TARO.src, to: TARO.keep, date: 'Mon, 5 Oct 2026 10:02:40 +0900' },
    from: AWS_NOTIFY, enc: 'utf8qp', subject: `[CASE ${CASE.taro}] 受付のお知らせ`,
    note: 'receipt redirected by the old corporate mailbox (Resent-*): forUser false',
    text: `AWS トレーニングと認定にお問い合わせいただきありがとうございます。

ケース ${CASE.taro} を受け付けました。担当者がまだ内容を確認していないため、
いまの段階でお客様に対応していただくことはございません。

Amazon Web Services`,
  }),

  // ---------------- ai_answer (7) ----------------
  j({
    kind: 'ai_answer', to: to(TARO), at: '2026-10-05 09:05:40', from: AWS_NOTIFY,
    subject: 'AWS サポート: 自動生成された回答',
    note: 'AI suggestion to use the self-service Merge Accounts tool before opening a case',
    text: `この回答は生成 AI によって作成されました。

ご質問: 認定アカウントを1つにまとめたい

回答:
AWS 認定のプロフィール画面にある「アカウントの統合」からセルフサービスで統合できる場合があります。
ただし、両方のアカウントにすでに認定の履歴がある場合、このツールはご利用いただけません。
その場合や、まだ問題が解決しない場合は、下の「ケースを作成」を選んでください。

この回答は役に立ちましたか? はい / いいえ`,
  }),
  j({
    kind: 'ai_answer', trap: true, to: to(KEN), at: '2026-10-09 10:55:12', from: AWS_NOTIFY, enc: 'utf8b64',
    subject: 'お問い合わせへの自動回答',
    note: 'automated answer that explains what happens after a merge (badges, old account): still ai_answer',
    text: `自動応答によるご案内です。

統合が完了すると、統合元アカウントの認定と特典は統合先に表示され、統合元にはもうサインインできなくなります。
Credly のバッジは自動では移らないことがあり、すでに受け取ったバッジは統合後にあらためて受け取る必要がある場合があります。

まずは AWS Certification のプロフィール > アカウントの統合 をお試しください。
解決しない場合は「ケースを作成」からお問い合わせください。`,
  }),
  j({
    kind: 'ai_answer', to: to(HANAKO), at: '2026-10-07 22:31:09', from: AWS_NOTIFY, enc: 'sjis8',
    subject: 'AWS サポートからの提案',
    note: 'generated suggestion: self-service tool steps',
    text: `以下はお問い合わせ内容をもとに自動で作成したご提案です。

1. 統合先にしたいアカウントで AWS Certification にサインインします。
2. [プロフィール] から [アカウントの統合] を開きます。
3. 統合元のメールアドレスを入力し、届いたコードを入力します。

手順どおりに進めても「統合できません」と表示される場合は、担当者が対応いたしますので
[ケースを作成] を選択してください。`,
  }),
  j({
    kind: 'ai_answer', to: to(MEI), at: '2026-10-10 08:20:55', from: AWS_NOTIFY, enc: 'utf8qp',
    subject: '生成 AI によるご回答 - AWS トレーニングと認定',
    note: 'AI answer, multipart with HTML',
    text: `生成 AI によるご回答です。内容が正確でない場合があります。

アカウントの統合は、認定ポータルのセルフサービス機能で行えることがあります。
すでに両方のアカウントで試験に合格されている場合は、サポート担当者による対応が必要です。
ケースを作成する際は、残したいアカウントのメールアドレスからお問い合わせください。`,
    html: page('生成 AI によるご回答', paras(`生成 AI によるご回答です。内容が正確でない場合があります。

アカウントの統合は、認定ポータルのセルフサービス機能で行えることがあります。
すでに両方のアカウントで試験に合格されている場合は、サポート担当者による対応が必要です。
ケースを作成する際は、残したいアカウントのメールアドレスからお問い合わせください。`)),
  }),
  j({
    kind: 'ai_answer', trusted: false, auth: 'fail', to: to(KEN), at: '2026-10-11 03:12:09',
    from: 'Amazon Web Services <no-reply-aws@amazon.com>', enc: 'jisb64',
    subject: 'AI アシスタントからのご案内',
    note: 'AI-answer shape but dmarc=fail on the receiving server: untrusted',
    text: `AI アシスタントがお答えします。

認定アカウントの統合は、ポータルの「アカウントの統合」からお試しいただけます。
まだお試しでない場合は、以下のリンクからサインインしてください。
https://aws-certification-merge.example.net/login`,
  }),
  j({
    kind: 'ai_answer', caseId: CASE.hanako, to: to(HANAKO), at: '2026-10-08 01:00:27', from: AWS_NOTIFY, enc: 'jis7',
    subject: `ケース ${CASE.hanako} に関する自動提案`,
    note: 'automated suggestion sent on the case while no agent has answered yet',
    text: `佐藤 花子 様

ケース ${CASE.hanako} について、担当者からの回答はまだお送りできておりません。
お待ちいただく間に、以下の自動提案をご確認ください(この提案は AI が作成しています)。

・統合先アカウントで認定ポータルにサインインし、アカウントの統合ツールをお試しください。
・このツールで解決した場合、ケースへの返信は不要です。`,
  }),
  j({
    kind: 'ai_answer', trap: true, to: to(TARO), at: '2026-10-05 09:06:02', from: AWS_NOTIFY, enc: 'sjisb64',
    subject: 'よくあるご質問への自動回答',
    note: 'automated FAQ answer using "already merged" and badge words: still ai_answer',
    text: `自動回答(AI)

Q. すでに統合済みのアカウントはどうなりますか?
A. 統合済みの統合元アカウントはもう使用できなくなり、認定は統合先に表示されます。

Q. バッジはいつ移行されますか?
A. 統合後、Credly のバッジが移行されるまで数日かかることがあります。

ほかにご不明な点があれば「ケースを作成」からお問い合わせください。`,
  }),

  // ---------------- info_request (9) ----------------
  j({
    kind: 'info_request', caseId: CASE.taro, to: to(TARO), at: '2026-10-06 14:22:18', tz: '+0000',
    subject: form(CASE.taro),
    note: 'asks for the source candidate ID and notification address that are still missing',
    text: `山田様

AWS トレーニングと認定カスタマーサポートの村上です。
統合のご依頼ありがとうございます。手続きを進めるうえで、以下がまだ揃っておりません。

・統合元アカウントの AWS 候補 ID
・統合元アカウントの認定通知用メールアドレス

お手数ですが、このメールにご返信ください。

村上
AWS Training and Certification

${ref('Taro01')}

${sf(SUPPORT_ADDR, '2026/10/05 0:14', SUPPORT_ADDR, 'account-assistance', TARO_ASK)}`,
  }),
  j({
    kind: 'info_request', caseId: CASE.hanako, to: to(HANAKO), at: '2026-10-08 16:05:41', enc: 'sjis8',
    subject: form(CASE.hanako),
    note: 'asks which account to keep, not stated yet',
    text: `佐藤 花子 様

お問い合わせありがとうございます。担当の石井でございます。
いただいた内容では、どちらのアカウントを残されるかをまだ伺っておりませんでした。
残すアカウントのログイン用メールアドレスと候補 ID を、このメールへの返信でお知らせいただけますか。

石井

${gmailJa('2026年10月7日(水) 22:40', '佐藤 花子', HANAKO.keep, HANAKO_ASK)}`,
  }),
  j({
    kind: 'info_request', caseId: CASE.ken, to: to(KEN), at: '2026-10-10 10:48:00', enc: 'utf8qp',
    subject: form(CASE.ken),
    note: 'beyond the data already given, asks for exam dates and names on both accounts',
    text: `鈴木様

すでにいただいている候補 ID に加えて、本人確認のため次の2点を教えてください。
各アカウントで最後に受験した試験名と受験日、そしてアカウントに登録されている氏名(ローマ字)です。

ご返信をいただき次第、統合の準備に入ります。

AWS T&C サポート 中野

${quote(KEN_ASK)}`,
  }),
  j({
    kind: 'info_request', trap: true, caseId: CASE.mei, to: to(MEI), at: '2026-10-11 09:40:12', enc: 'jisb64',
    subject: form(CASE.mei),
    note: '「ご確認のうえお知らせください」 asks for the address to keep: info_request, not a consent request',
    text: `田中様

ご連絡ありがとうございます。
統合先として登録するメールアドレスについて、${MEI.keep} でお間違いないか
ご確認のうえお知らせください。あわせて統合元の候補 ID もお送りいただけますと助かります。

よろしくお願いいたします。
AWS トレーニングと認定 カスタマーサポート 岡田`,
  }),
  j({
    kind: 'info_request', trusted: false, auth: 'forgedBelow', caseId: CASE.taro, to: to(TARO), at: '2026-10-07 02:13:55',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', enc: 'utf8b64',
    subject: form(CASE.taro),
    note: 'asks for IDs and a password; the only pass verdict sits below the receiving server: untrusted',
    text: `山田様

統合作業を進めるため、まだいただいていない以下の情報をご返信ください。
・統合元アカウントのメールアドレスとパスワード
・統合先アカウントの候補 ID

本日中にご返信がない場合、手続きを進められません。`,
  }),
  j({
    kind: 'info_request', caseId: CASE.hanako, to: to(HANAKO), at: '2026-10-12 13:30:00', enc: 'jis7',
    subject: form(CASE.hanako),
    note: 'reminder that still asks for the candidate IDs requested earlier',
    text: `佐藤様

先日お願いした件について、まだご返信をいただいておりませんでしたので、改めてご連絡いたしました。
お手数ですが、2つのアカウントそれぞれの AWS 候補 ID(AWS から始まる番号)をお送りいただけますか。

石井 / AWS Training and Certification`,
  }),
  j({
    kind: 'info_request', trap: true, caseId: CASE.ken, to: to(KEN), at: '2026-10-12 17:18:37', enc: 'utf88bit',
    subject: form(CASE.ken),
    note: 'says the merge has not been done yet and asks for the source login e-mail',
    text: `鈴木 健 様

統合はまだ実施しておりません。
統合元アカウントのログインに使っているメールアドレスが、いただいた ${KEN.src} と異なるようです。
実際にサインインに使っているアドレスを教えていただけますでしょうか。

中野`,
  }),
  j({
    kind: 'info_request', trap: true, caseId: CASE.mei, to: to(MEI), at: '2026-10-13 11:09:26', enc: 'sjisb64',
    subject: `RE: [CASE ${CASE.mei}] 旧アカウントの認定を移したい`,
    note: 'Outlook-quoted thread; asks to re-check and reply with the address to keep (information)',
    text: `田中様

お世話になっております。岡田です。
前回のご返信では統合先のアドレスが2通り記載されておりました。
どちらを残すのか、改めてご確認いただき、ご返信くださいますようお願いいたします。

${outlookJa(`${MEI.name} <${MEI.keep}>`, '2026年10月12日 21:03', SUPPORT_ADDR, `RE: [CASE ${CASE.mei}] 旧アカウントの認定を移したい`, `岡田様

残すのは mei.tanaka@example.net です。会社では mei.t@example.net も使っています。

${MEI_ASK}`)}`,
  }),
  j({
    kind: 'info_request', trap: true, caseId: CASE.taro, to: to(TARO), at: '2026-10-15 10:02:44', tz: '+0000', enc: 'utf88bit',
    subject: form(CASE.taro),
    note: 'restates the earlier merge, then asks for the Credly e-mail so badges can be moved: info_request',
    text: `山田様

アカウントはすでに統合済みですが、バッジの移行のために Credly に登録しているメールアドレスを確認させてください。
統合元と統合先のどちらのアドレスで Credly アカウントを作られたか、ご返信いただけますか。

村上 | AWS Training and Certification`,
  }),

  // ---------------- confirmation_request (8) ----------------
  j({
    kind: 'confirmation_request', caseId: CASE.taro, to: to(TARO), at: '2026-10-08 05:41:27', tz: '+0000',
    subject: form(CASE.taro),
    note: 'asks for consent: the merge cannot be undone, reply to agree',
    text: `山田様

必要な情報はすべて揃いました。ありがとうございます。
${TARO.srcId} の認定履歴を ${TARO.keepId} に統合します。統合後は元に戻すことができません。
この内容で進めてよろしければ、本メールにご返信のうえ、同意する旨をお伝えください。

村上

${ref('Taro02')}`,
  }),
  j({
    kind: 'confirmation_request', caseId: CASE.hanako, to: to(HANAKO), at: '2026-10-15 09:12:08', enc: 'sjis8',
    subject: form(CASE.hanako),
    note: 'reminder: still waiting for consent before merging',
    text: `佐藤 花子 様

統合のご同意について、まだお返事をいただいておりません。
統合は取り消しができないため、お客様のご同意をいただくまで作業を始めることができません。
問題なければ「同意します」とだけご返信ください。

石井`,
  }),
  j({
    kind: 'confirmation_request', caseId: CASE.ken, to: to(KEN), at: '2026-10-13 15:27:50', enc: 'utf8b64',
    subject: form(CASE.ken),
    note: 'all data in; only the customer\'s final confirmation is left',
    text: `鈴木様

ご対応ありがとうございます。確認はもう済んでおり、あとはお客様の最終的なご承諾のみです。

統合先: ${KEN.keepId} (${KEN.keep})
統合元: ${KEN.srcId} (${KEN.src})

一度統合すると分割はできません。上記でよろしいか、ご返信にてお知らせください。

中野 / AWS トレーニングと認定`,
  }),
  j({
    kind: 'confirmation_request', caseId: CASE.mei, to: to(MEI), at: '2026-10-14 16:55:03', enc: 'sjisb64',
    subject: form(CASE.mei),
    note: 'lists the pair and asks for "同意します" since it cannot be reverted',
    text: `田中 芽衣 様

アドレスのご確認ありがとうございました。
以下の内容で統合を行います。統合後に取り消すことはできませんので、
相違がなければ「同意します」とご返信ください。

  残すアカウント  : ${MEI.keepId} / ${MEI.keep}
  統合するアカウント: ${MEI.srcId} / ${MEI.src}

岡田`,
  }),
  j({
    kind: 'confirmation_request', trusted: false, auth: 'lookalikeServer', caseId: CASE.ken, to: to(KEN), at: '2026-10-14 04:44:10',
    enc: 'jis7', subject: form(CASE.ken),
    note: 'consent request, but the top A-R is from a look-alike authserv-id: untrusted',
    text: `鈴木様

統合を実行する前に、お客様の同意が必要です。
以下のフォームから同意ボタンを押してください。まだ押されていない場合、統合は行われません。
https://consent-aws-training.example.org/merge?c=${CASE.ken}`,
  }),
  j({
    kind: 'confirmation_request', caseId: CASE.hanako, to: to(HANAKO), at: '2026-10-13 10:20:15', enc: 'utf8b64',
    subject: form(CASE.hanako),
    note: 'HTML-only consent request',
    html: page('account-assistance', `<div>佐藤 花子 様</div>
<div><br></div>
<div>候補 ID のご送付ありがとうございました。</div>
<div>${HANAKO.srcId} を ${HANAKO.keepId} に統合いたします。<b>この操作は元に戻せません。</b></div>
<div>ご了承いただける場合は、このメールにそのままご返信ください。ご返信をもって同意とみなします。</div>
<div><br></div>
<div>石井<br>AWS Training and Certification Customer Service</div>`),
  }),
  j({
    kind: 'confirmation_request', trap: true, caseId: CASE.mei, to: to(MEI), at: '2026-10-16 12:01:33', enc: 'jisb64',
    subject: form(CASE.mei),
    note: '"not merged yet" then asks for consent: confirmation_request, the merge has not happened',
    text: `田中様

お問い合わせの件ですが、現時点ではまだ統合は完了しておりません。
統合を進めるには、お客様からのご同意が必要です。統合後は元に戻せない点をご了承のうえ、
進めてよいかどうかご返信いただけますでしょうか。

岡田`,
  }),
  j({
    kind: 'confirmation_request', caseId: CASE.taro, to: to(TARO), at: '2026-10-09 02:30:00', tz: '+0000', enc: 'utf8qp',
    subject: form(CASE.taro),
    note: 'second consent request, with the customer\'s Gmail-quoted data below',
    text: `山田様

情報をお送りいただきありがとうございます。いただいた内容で準備はもう整っています。
統合は一方向の操作で、後から分けることはできません。
よろしければ「統合に同意します」とご返信ください。

村上

${gmailJa('2026年10月8日(木) 18:11', TARO.name, TARO.keep, `候補IDは ${TARO.srcId} です。通知用アドレスも ${TARO.src} です。`)}`,
  }),

  // ---------------- merge_completed (8) ----------------
  j({
    kind: 'merge_completed', caseId: CASE.taro, to: to(TARO), at: '2026-10-10 08:15:42', tz: '+0000',
    subject: form(CASE.taro),
    note: 'support says the merge is finally done',
    text: `山田様

大変お待たせいたしました。アカウントの統合がようやく完了しました。
${TARO.srcId} にあった認定は、${TARO.keepId} でご確認いただけます。

村上

${sf(`${TARO.name} <${TARO.keep}>`, '2026/10/09 4:02', SUPPORT_ADDR, form(CASE.taro), '統合に同意します。よろしくお願いします。')}`,
  }),
  j({
    kind: 'merge_completed', caseId: CASE.hanako, to: to(HANAKO), at: '2026-10-17 11:45:09', enc: 'sjis8',
    subject: form(CASE.hanako),
    note: 'already merged; old account no longer usable; "please check" does not change the kind',
    text: `佐藤 花子 様

ご依頼のアカウントは、すでに統合済みです。
統合元(${HANAKO.src})のアカウントはもうご利用いただけません。
念のため、統合先で認定と特典が正しく表示されているかご確認ください。

石井`,
  }),
  j({
    kind: 'merge_completed', caseId: CASE.ken, to: to(KEN), at: '2026-10-15 19:02:38', enc: 'utf8b64',
    subject: form(CASE.ken),
    note: 'merge done and the case will now be closed: merge_completed (new fact)',
    text: `鈴木様

統合作業が完了いたしました。${KEN.keepId} にすべての認定履歴が移っております。
これをもちまして本ケースはクローズとさせていただきます。

中野 / AWS トレーニングと認定`,
  }),
  j({
    kind: 'merge_completed', to: to(MEI), at: '2026-10-18 06:00:12', tz: '+0000', from: PORTAL, enc: 'utf8qp',
    subject: 'AWS Certification: アカウントが統合されました',
    note: 'certification portal notice (aws.training), no case ID',
    text: `AWS Certification

田中 芽衣 様

お客様の認定アカウントは統合されました。
これ以降、統合元のアカウントはもう表示されません。認定、試験履歴、特典は統合先アカウントでご確認ください。

このメールは送信専用です。`,
    html: page('AWS Certification', paras(`田中 芽衣 様

お客様の認定アカウントは統合されました。
これ以降、統合元のアカウントはもう表示されません。認定、試験履歴、特典は統合先アカウントでご確認ください。

このメールは送信専用です。`)),
  }),
  j({
    kind: 'merge_completed', trusted: false, to: to(KEN), at: '2026-10-15 21:10:00', tz: '+0000',
    from: 'AWS Certification <noreply@certmetrics.com>', enc: 'jis7',
    subject: 'アカウント統合完了のお知らせ',
    note: 'portal-style completion notice from a sender outside the trusted domains: untrusted',
    text: `鈴木 健 様

認定アカウントの統合処理が完了しました。
統合先アカウントにサインインし、すでに取得済みの認定が表示されていることをご確認ください。

AWS Certification Program`,
  }),
  j({
    kind: 'merge_completed', trap: true, caseId: CASE.mei, to: to(MEI), at: '2026-10-18 09:33:51', enc: 'jisb64',
    subject: form(CASE.mei),
    note: 'merge done; says the badges have not moved yet (badge words, still merge_completed)',
    text: `田中様

アカウントの統合が完了いたしました。
なお、Credly のバッジはまだ移行されていません。バッジは通常、数日以内に統合先に反映されます。
もうしばらくお待ちください。

岡田`,
  }),
  j({
    kind: 'merge_completed', caseId: CASE.hanakoDup, to: to(HANAKO), at: '2026-10-17 11:50:20', enc: 'utf88bit',
    subject: `Re: [CASE ${CASE.hanakoDup}] お問い合わせありがとうございます`,
    note: 'merge done: "so far" counts what was moved; answered on the duplicate case',
    text: `佐藤様

統合の処理を終えました。これまでに確認できた認定 2 件と、受験特典(50%割引バウチャー)1 件を
${HANAKO.keepId} に移しております。旧アカウントはもう残っておりません。

AWS トレーニングと認定 カスタマーサービス`,
  }),
  j({
    kind: 'merge_completed', caseId: CASE.hanako, to: to(HANAKO), at: '2026-10-17 09:00:00',
    enc: 'sjis8', subject: 'Re: 認定アカウントの一本化について',
    note: 'typo-laden completion ("統合はすでに完了してります"), case ID only in the body',
    text: `佐藤様

お待たせしました、ご依頼の統合はすでに完了してります。
統合先アカウントにサインインして、認定が表示されていることをご確認ください。

(ケース番号: ${CASE.hanako})
AWS トレーニングと認定`,
  }),

  // ---------------- badges_transferred (8) ----------------
  j({
    kind: 'badges_transferred', to: `${TARO.name} <${TARO.keep}>`, at: '2026-10-12 02:14:22', tz: '+0000',
    from: CREDLY_AWS, enc: 'utf8qp', relay: 'o1.em.credly.com',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'AWS badge issued via Credly to the kept account',
    text: `山田 太郎 様

Amazon Web Services Training and Certification から、AWS Certified Solutions Architect - Associate のバッジが発行されました。

バッジを入手する: https://www.credly.com/badges/5c1e02a4-0b0d-4f3a-9d41-2a7f0c9e1b11

Credly`,
    html: page('Credly', `<p>山田 太郎 様</p>
<p>Amazon Web Services Training and Certification から、AWS Certified Solutions Architect - Associate のバッジが発行されました。</p>
<p><a href="https://www.credly.com/badges/5c1e02a4-0b0d-4f3a-9d41-2a7f0c9e1b11">バッジを入手する</a></p>`),
  }),
  j({
    kind: 'badges_transferred', caseId: CASE.taro, to: to(TARO), at: '2026-10-16 07:31:05', tz: '+0000', enc: 'utf8b64',
    subject: form(CASE.taro),
    note: 'support says the badge move is already done',
    text: `山田様

Credly バッジの移行ももう終わっています。
統合先の ${TARO.keep} で作成された Credly アカウントに、3 つのバッジが表示されているはずです。

村上`,
  }),
  j({
    kind: 'badges_transferred', caseId: CASE.hanako, to: to(HANAKO), at: '2026-10-21 14:48:26', enc: 'jis7',
    subject: form(CASE.hanako),
    note: 'earlier two of three badges had moved; the last one now moved too, all on the kept account',
    text: `佐藤 花子 様

これまでに2件のバッジが移行済みとお伝えしておりましたが、残る1件も本日移行いたしました。
3 件すべてが統合先の Credly アカウントに表示されております。

石井`,
  }),
  j({
    kind: 'badges_transferred', trap: true, caseId: CASE.ken, to: to(KEN), at: '2026-10-19 10:10:10', enc: 'sjisb64',
    subject: form(CASE.ken),
    note: 'badges moved and the case is being closed: badges_transferred (uses closing words)',
    text: `鈴木様

バッジの移行が完了しましたので、本ケースはクローズさせていただきます。
Credly にすでに表示されていることを当方でも確認しております。

中野`,
  }),
  j({
    kind: 'badges_transferred', trusted: false, auth: 'none', to: to(MEI), at: '2026-10-20 03:03:03', tz: '+0000',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>', enc: 'utf8qp',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'Credly-shaped badge mail from a look-alike domain, no authentication: untrusted',
    text: `田中 芽衣 様

移行されたバッジを受け取るには、以下からログインしてください。
バッジを入手する: https://credly-badges.net/claim?id=88123`,
  }),
  j({
    kind: 'badges_transferred', to: `${KEN.name} <${KEN.keep}>`, at: '2026-10-18 23:40:19', tz: '+0000',
    from: CREDLY_AWS, enc: 'sjisb64', relay: 'o7.em.credly.com',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'AWS badge via Credly (Shift_JIS base64)',
    text: `鈴木 健 様

おめでとうございます。Amazon Web Services Training and Certification が
AWS Certified Developer - Associate のバッジをあなたに発行しました。

[バッジを入手する] https://www.credly.com/earner/earned/badge/9e77a1c2

このメールは Credly から送信されています。`,
  }),
  j({
    kind: 'badges_transferred', caseId: CASE.mei, to: to(MEI), at: '2026-10-22 08:02:59', enc: 'utf88bit',
    subject: form(CASE.mei),
    note: 'customer said badges still missing; support moved them by hand today',
    text: `田中様

いまだにバッジが表示されないとのご連絡をいただき、失礼いたしました。
本日こちらで手動で移行し、統合先の Credly アカウントに 2 件とも反映されたことを確認しました。

岡田

${gmailJa('2026年10月21日(水) 20:15', MEI.name, MEI.keep, `岡田様
統合ありがとうございました。ただ、いまだにバッジが表示されません。`)}`,
  }),
  j({
    kind: 'badges_transferred', forUser: false, to: 'クラウド推進チーム <cloud-team@corp2.example.co.jp>', at: '2026-10-23 01:20:44', tz: '+0000',
    from: CREDLY_AWS, enc: 'jisb64', relay: 'o3.em.credly.com',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'AWS badge via Credly but delivered to a team list, none of the user\'s addresses: forUser false',
    text: `田中 芽衣 様

Amazon Web Services Training and Certification からバッジが発行されました。
バッジを入手する: https://www.credly.com/badges/1f0e33aa`,
  }),

  // ---------------- case_closed (8) ----------------
  j({
    kind: 'case_closed', caseId: CASE.ken, to: to(KEN), at: '2026-10-11 09:00:00', tz: '+0000', from: AWS_NOTIFY, enc: 'jis7',
    subject: `[CASE ${CASE.ken}] ご返信のお願い`,
    note: 'no reply yet; the case will close automatically in 7 days',
    text: `鈴木 健 様

ケース ${CASE.ken} について、まだお客様からのご返信をいただいておりません。
7 日以内にご返信がない場合、本ケースは自動的にクローズされます。

Amazon Web Services`,
  }),
  j({
    kind: 'case_closed', trap: true, caseId: CASE.taro, to: to(TARO), at: '2026-10-20 05:05:05', tz: '+0000', enc: 'utf8qp',
    subject: form(CASE.taro),
    note: 'closing that only restates the merge done last week',
    text: `山田様

先週ご報告のとおり、アカウントはすでに統合済みです。
その後ご連絡がございませんので、本ケースはクローズいたします。

村上`,
  }),
  j({
    kind: 'case_closed', caseId: CASE.hanako, to: to(HANAKO), at: '2026-10-25 10:44:12', enc: 'sjis8',
    subject: `Re: [CASE ${CASE.hanako}] ステータス`,
    note: 'the case is already closed and no longer being worked',
    text: `佐藤様

ケース ${CASE.hanako} はすでにクローズされており、現在はもう対応中ではございません。
新たなご質問がある場合は、新しいケースとしてお問い合わせください。

AWS トレーニングと認定`,
  }),
  j({
    kind: 'case_closed', caseId: CASE.mei, to: to(MEI), at: '2026-10-24 00:00:31', tz: '+0000', from: AWS_NOTIFY, enc: 'utf8b64',
    subject: `ケース ${CASE.mei} は解決済みになりました`,
    note: 'AWS Support notification: case status resolved',
    text: `AWS サポート

ケース ID: ${CASE.mei}
ステータス: 解決済み

このケースは解決済みとしてマークされました。再度ご対応が必要な場合は、サポートセンターからケースを再開してください。`,
  }),
  j({
    kind: 'case_closed', caseId: CASE.ken, to: to(KEN), at: '2026-10-22 06:30:00', tz: '+0000',
    from: AWS_NOTIFY, enc: 'jisb64', subject: 'クローズのお知らせ',
    note: 'the case is closed now (case ID only in the body)',
    text: `鈴木様

ケース ${CASE.ken} はもうクローズされました。ご協力ありがとうございました。
この件で引き続きお困りの場合は、ケースを再開してください。`,
  }),
  j({
    kind: 'case_closed', trap: true, caseId: CASE.hanako, to: to(HANAKO), at: '2026-10-23 15:12:00', enc: 'utf88bit',
    subject: form(CASE.hanako),
    note: 'restates that badges had already moved (customer confirmed) and closes',
    text: `佐藤 花子 様

バッジもすでに移行済みであることをご確認いただけたとのこと、ありがとうございます。
本件はこれで解決となりますので、ケースをクローズさせていただきます。

石井`,
  }),
  j({
    kind: 'case_closed', caseId: CASE.taro, to: to(TARO), at: '2026-10-21 01:12:40', tz: '+0000', from: AWS_NOTIFY, enc: 'sjisb64',
    subject: `AWS Support: ケース ${CASE.taro} がクローズされました`,
    note: 'AWS Support notification that the case has been closed',
    text: `ケース ${CASE.taro} はクローズされました。

件名: account-assistance
クローズ理由: お客様による解決の確認、またはご返信がなかったため

ご不明な点がまだ残っている場合は、7 日以内であればこのケースを再開できます。`,
  }),
  j({
    kind: 'case_closed', caseId: CASE.mei, to: to(MEI), at: '2026-10-19 13:25:48', enc: 'utf8b64',
    subject: form(CASE.mei),
    note: 'reminder: still no reply, will close in 3 days',
    html: page('account-assistance', `<p>田中 芽衣 様</p>
<p>前回のご案内へのご返信をまだいただけておりません。</p>
<p>3 日以内にご連絡がない場合、このケースは自動的にクローズとなります。</p>
<p>岡田<br>AWS トレーニングと認定</p>`),
  }),

  // ---------------- support_reply (9) ----------------
  j({
    kind: 'support_reply', trap: true, caseId: CASE.ken, to: to(KEN), at: '2026-10-14 12:00:05', enc: 'jis7',
    subject: form(CASE.ken),
    note: 'status: the merge is not finished yet, still in progress',
    text: `鈴木様

お問い合わせいただいた件ですが、統合はまだ完了しておりません。
担当部署で引き続き作業中ですので、いましばらくお待ちください。

中野`,
  }),
  j({
    kind: 'support_reply', trap: true, caseId: CASE.taro, to: to(TARO), at: '2026-10-13 09:48:33', tz: '+0000', enc: 'sjis8',
    subject: form(CASE.taro),
    note: 'badges have not moved yet; still checking',
    text: `山田様

ご指摘のとおり、Credly のバッジはまだ移行されていないようです。
社内の担当チームに確認を依頼しておりますので、進展があり次第ご連絡します。

村上`,
  }),
  j({
    kind: 'support_reply', trap: true, caseId: CASE.hanako, to: to(HANAKO), at: '2026-10-16 08:21:17', enc: 'utf8qp',
    subject: form(CASE.hanako),
    note: 'thanks for consenting, handed over; completion only promised for later',
    text: `佐藤 花子 様

ご同意いただきありがとうございます。担当チームへ引き継ぎました。
統合が完了しましたら、あらためてこのケースでご連絡いたします。

石井

${gmailJa('2026年10月15日(木) 19:40', HANAKO.name, HANAKO.keep, '同意します。よろしくお願いいたします。')}`,
  }),
  j({
    kind: 'support_reply', trap: true, caseId: CASE.hanako, to: to(HANAKO), at: '2026-10-09 10:30:00', enc: 'jisb64',
    subject: form(CASE.hanako),
    note: 'duplicate cases merged into one: not the account merge',
    text: `佐藤様

同じ内容のケースが 2 件 (${CASE.hanako} / ${CASE.hanakoDup}) 作成されていたため、
ケースをひとつに統合いたしました。今後は ${CASE.hanako} でやり取りさせてください。

石井`,
  }),
  j({
    kind: 'support_reply', trap: true, caseId: CASE.mei, to: to(MEI), at: '2026-10-17 17:44:00', enc: 'utf8b64',
    subject: form(CASE.mei),
    note: 'checking whether it is already merged; asks to wait (nothing happened yet)',
    text: `田中様

すでに統合済みではないかとのお問い合わせですが、こちらでまだ確認が取れておりません。
システム上の状態を調べておりますので、もうしばらくお待ちくださいますようお願いいたします。

岡田`,
  }),
  j({
    kind: 'support_reply', trap: true, caseId: CASE.ken, to: to(KEN), at: '2026-10-13 07:07:07', enc: 'sjisb64',
    subject: form(CASE.ken),
    note: 'cannot merge yet because an exam booking is still on the source account; nothing asked',
    text: `鈴木様

統合元のアカウントに、まだ受験予定の試験 (10月28日) が残っております。
試験が終わるまでは統合を実行できませんので、受験後にあらためて作業いたします。

中野`,
  }),
  j({
    kind: 'support_reply', caseId: CASE.taro, to: to(TARO), at: '2026-10-07 03:56:41', tz: '+0000', enc: 'jis7',
    subject: form(CASE.taro),
    note: 'escalation notice to a specialist team',
    text: `山田様

いただいた内容を専門チームにエスカレーションいたしました。
通常 2 - 3 営業日で回答がありますので、ご返信は不要です。

村上`,
  }),
  j({
    kind: 'support_reply', trusted: false, auth: 'otherOnly', caseId: CASE.mei, to: to(MEI), at: '2026-10-15 02:02:02', tz: '+0000',
    enc: 'utf8qp', subject: form(CASE.mei),
    note: 'status reply; only another server\'s A-R below the receiving one: untrusted',
    text: `田中様

ご連絡ありがとうございます。ご質問の件は担当者間で共有済みです。
引き続き対応してまいります。

岡田`,
  }),
  j({
    kind: 'support_reply', trap: true, caseId: CASE.taro, to: to(TARO), at: '2026-10-09 08:18:20', tz: '+0000', enc: 'utf88bit',
    subject: form(CASE.taro),
    note: 'answers "is it merged already?" with "not yet"; consent was already received',
    text: `山田様

「もう統合済みか」とのご質問ですが、まだでございます。
ご同意はすでに受け取っておりますので、順番に処理いたします。

村上

${outlookJa(`${TARO.name} <${TARO.keep}>`, '2026年10月9日 16:40', SUPPORT_ADDR, form(CASE.taro), 'もう統合は終わりましたか?')}`,
  }),

  // ---------------- unrelated (9) ----------------
  j({
    kind: 'unrelated', trusted: false, trap: true, caseId: CASE.taro, from: `${TARO.name} <${TARO.keep}>`,
    to: SUPPORT, cc: TARO.keep, at: '2026-10-12 21:15:00', enc: 'jis7', auth: 'none', relay: 'mail.example.com',
    subject: form(CASE.taro),
    note: 'the user\'s own reply (copied to self): badges still missing, no news from support',
    text: `村上様

統合の件ありがとうございました。すでに統合は完了しているはずですが、
いまだにバッジが Credly に表示されません。ご確認いただけますか。

山田`,
  }),
  j({
    kind: 'unrelated', trusted: false, trap: true, auth: 'none', from: '自動応答 <postmaster@oldcorp.example.com>', to: to(HANAKO),
    at: '2026-10-08 16:06:10', enc: 'sjis8', relay: 'mx1.oldcorp.example.com', extra: ['Auto-Submitted: auto-replied'],
    subject: '自動返信: アカウント統合について',
    note: 'auto-reply from the old company: address no longer in use',
    text: `このメールは自動送信です。
メッセージは受信されましたが、このアドレスはすでに使用されておりません。
佐藤はもう当社に在籍しておりませんので、ご用件は info@oldcorp.example.com までお送りください。`,
  }),
  j({
    kind: 'unrelated', trap: true, to: `${KEN.name} <${KEN.keep}>`, at: '2026-10-16 04:44:40', tz: '+0000',
    from: 'Microsoft via Credly <admin@credly.com>', enc: 'utf8qp', relay: 'o2.em.credly.com',
    subject: 'Microsoftのバッジ発行のお知らせ',
    note: 'Credly badge from another issuer (Microsoft)',
    text: `鈴木 健 様

Microsoft から Microsoft Certified: Azure Fundamentals のバッジが発行されました。
すでに Credly アカウントをお持ちの場合は、サインインして受け取ってください。

バッジを入手する: https://www.credly.com/badges/ab12cd34`,
  }),
  j({
    kind: 'unrelated', trap: true, to: to(MEI), at: '2026-10-20 10:00:00', tz: '+0000', from: PORTAL, enc: 'jisb64',
    subject: 'AWS 認定試験の結果が確定しました',
    note: 'exam result notice: scoring completed, not part of the merge',
    text: `田中 芽衣 様

先日受験された AWS Certified Security - Specialty の採点が完了し、結果がすでに確定しております。
認定アカウントにサインインして結果をご確認ください。

AWS Certification`,
  }),
  j({
    kind: 'unrelated', trap: true, caseId: CASE.refund, to: to(TARO), at: '2026-10-14 06:10:10', tz: '+0000', enc: 'sjisb64',
    subject: `RE:[CASE ${CASE.refund}] 試験バウチャーの返金について`,
    note: 'another case (voucher refund) closed: unrelated to the merge',
    text: `山田様

試験バウチャーの返金手続きはすでに完了しております。
本件(返金のお問い合わせ)はこれでクローズいたします。

AWS トレーニングと認定 請求担当`,
  }),
  j({
    kind: 'unrelated', trap: true, caseId: CASE.ken, to: to(KEN), at: '2026-10-20 00:30:00', tz: '+0000',
    from: 'AWS Support <aws-support-survey@amazon.com>', enc: 'utf8b64',
    subject: `ケース ${CASE.ken} に関するアンケート`,
    note: 'survey about the resolved case',
    text: `鈴木 健 様

ケース ${CASE.ken} は解決済みとなりました。対応はいかがでしたか?
問題はすでに解決しましたか? 1 分で終わるアンケートにご協力ください。

https://aws.amazon.com/survey/?c=${CASE.ken}`,
  }),
  j({
    kind: 'unrelated', trap: true, to: `${HANAKO.name} <${HANAKO.keep}>`, at: '2026-10-26 02:10:00', tz: '+0000',
    from: 'Credly <admin@credly.com>', enc: 'jis7', relay: 'o4.em.credly.com',
    subject: 'Credly アカウントの統合を完了してください',
    note: 'Credly\'s own account-merge code mail',
    text: `佐藤 花子 様

Credly アカウントの統合リクエストを受け付けました。
統合を完了するには、次の確認コードを入力してください: 482913
このリクエストに心当たりがない場合は、このメールは無視してください。`,
  }),
  j({
    kind: 'unrelated', trap: true, to: to(MEI), at: '2026-10-27 01:00:00', tz: '+0000',
    from: 'AWS Events <aws-events@amazon.com>', enc: 'utf8qp',
    subject: 'AWS Cloud Day Tokyo 登録完了のお知らせ',
    note: 'event registration completed: marketing/event mail',
    text: `田中 芽衣 様

AWS Cloud Day Tokyo へのご登録が完了しました。まだ席に余裕がありますので、同僚の方もぜひお誘いください。

AWS Events`,
    html: page('AWS Cloud Day Tokyo', paras(`田中 芽衣 様

AWS Cloud Day Tokyo へのご登録が完了しました。まだ席に余裕がありますので、同僚の方もぜひお誘いください。

AWS Events`)),
  }),
  j({
    kind: 'unrelated', trusted: false, trap: true, auth: 'none', from: '高橋 誠 <m.takahashi@corp.example.co.jp>', to: to(TARO),
    at: '2026-10-11 12:34:56', enc: 'utf88bit', relay: 'smtp.corp.example.co.jp',
    subject: 'Re: 認定アカウントの件',
    note: 'a colleague asking whether the merge is done yet: no news from support',
    text: `山田さん

認定アカウントの統合、もう終わりました? うちのチームはまだ誰も終わってなくて、
サポートから同意の確認メールが来たかどうかだけ教えてもらえると助かります。

高橋

iPhoneから送信`,
  }),
];
