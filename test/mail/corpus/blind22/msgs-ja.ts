// Japanese messages of unmeasured set u: the merge and the many mails around it that only look like it.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  FORM, FORM_BARE, NOTIFY, CERT_PORTAL, SKILLB, AWS_JP_MKT, CREDLY_AWS, CREDLY_SELF, credly, PEARSON, PSI, subj,
  KENGO, AYA, SHUN, ID, q, gmailJa, outlookJa, sfBlock, sfBlockJa, sfRef, fwdJa, paras, page,
} from './common.js';

type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap' | 'auth'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'auth'>>;
const j = (s: Spec): Msg => ({ lang: 'ja', trusted: true, forUser: true, trap: false, auth: 'pass', ...s });

const K = KENGO;
const A = AYA;
const S = SHUN;
const kTo = `${K.ja} <${K.keep}>`;
const aTo = `${A.ja} <${A.keep}>`;
const sTo = `${S.ja} <${S.keep}>`;

const K_REQ = `AWS認定アカウントが2つあり、1つにまとめていただきたくご連絡しました。
残す方: ${K.keepId} / ${K.keep}
まとめる方: ${K.srcId} / ${K.src}
前職の会社アドレスで受験した SAA と、個人アドレスで受験した DVA があります。
森本 健吾 (Kengo Morimoto) / 株式会社潮風システムズ`;

const A_REQ = `お世話になります。野々村と申します。
転職に伴い、旧勤務先のアドレス(${A.src})で登録していた認定アカウントを、
個人アドレス(${A.keep})のアカウントへ統合したく存じます。
候補者ID: ${A.keepId}(個人側)`;

const S_REQ = `認定アカウントの統合希望です。
統合先 ${S.keep}
統合元 ${S.src}
よろしくお願いします。石田`;

export const JA: Msg[] = [
  // ================= acknowledgement (7) =================
  j({
    slug: 'ja-ack-notify-case-opened',
    kind: 'acknowledgement',
    caseId: ID.kengo,
    note: 'AWS Support notification of a newly opened case with its ID, reply expected within 24h, no request',
    from: NOTIFY,
    to: K.keep,
    subject: `[Case ${ID.kengo}] AWS トレーニングと認定: アカウントに関するお問い合わせ`,
    date: d('2026-02-09 22:14:05', '+0900'),
    enc: 'jis7',
    text: `${K.en} 様

AWS トレーニングと認定へのお問い合わせ、誠にありがとうございます。
ケース ID ${ID.kengo} として登録いたしました。

担当チームが内容を拝見し、通常は 24 時間以内にメールでご返信差し上げます。
同じご依頼で別のケースを作成されますと、かえって回答までお時間をいただく場合がございます。

アマゾン ウェブ サービス

※このメールは送信専用アドレスから配信されています。`,
  }),
  j({
    slug: 'ja-ack-form-lists-fields',
    kind: 'acknowledgement',
    caseId: ID.aya,
    trap: true,
    note: 'form receipt that echoes the submitted fields and says "内容をご確認ください" to the customer; nothing is asked of them',
    from: FORM,
    to: aTo,
    subject: `[CASE ${ID.aya}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2026-03-02 08:47:31', '+0900'),
    enc: 'sjis8',
    text: `このメールはフォーム送信の受付控えです。

以下の内容でお問い合わせを受け付けました(受付番号 ${ID.aya})。
-----------------------------------------
お名前: Aya Nonomura
会社名: Sakura DX Inc.
メールアドレス: ${A.keep}
AWS 候補者 ID: ${A.keepId}
お問い合わせの種類: AWS トレーニングと認定 / 認定 / アカウントの統合
-----------------------------------------
送信内容は上記のとおりです。担当者からの連絡をお待ちください。

AWS Training and Certification Customer Support`,
  }),
  j({
    slug: 'ja-ack-html-only-case-created',
    kind: 'acknowledgement',
    caseId: ID.shun,
    note: 'HTML-only receipt; the case number appears only in the body table',
    from: NOTIFY,
    to: S.keep,
    subject: 'サポートケースを作成しました',
    date: d('2026-04-14 13:02:57', '+0900'),
    enc: 'utf8b64',
    html: page(`<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;color:#fff;padding:12px 20px;font-size:18px">AWS Support</td></tr>
<tr><td style="padding:20px">
<p>石田 俊介 様</p>
<p>AWS トレーニングと認定に関するお問い合わせを承りました。</p>
<table style="margin:12px 0">
<tr><td style="color:#687078;padding-right:16px">ケース番号</td><td><b>${ID.shun}</b></td></tr>
<tr><td style="color:#687078;padding-right:16px">件名</td><td>アカウントの統合</td></tr>
<tr><td style="color:#687078;padding-right:16px">重要度</td><td>一般的な質問</td></tr>
</table>
<p>回答の準備が整いしだい、担当者からご連絡します。追加の情報がある場合は、このケースに返信して追記できます。</p>
</td></tr></table>`),
  }),
  j({
    slug: 'ja-ack-mixed-boilerplate',
    kind: 'acknowledgement',
    caseId: ID.kengoDup,
    note: 'receipt for a second case the user opened; Japanese text with English boilerplate footer',
    from: FORM,
    to: kTo,
    subject: `[CASE ${ID.kengoDup}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2026-02-10 07:31:40', '+0900'),
    enc: 'jisb64',
    text: `森本様

お問い合わせありがとうございます。本メールは自動送信によるお知らせで、ご依頼は番号 ${ID.kengoDup} で記録されました。
1営業日ほどで担当よりご返信いたします。

Thank you for contacting AWS Training and Certification. Your case has been received.
Please do not reply with a new form submission for the same issue.`,
  }),
  j({
    slug: 'ja-ack-lookalike-domain',
    kind: 'acknowledgement',
    caseId: ID.aya,
    trusted: false,
    note: 'receipt from a look-alike domain aws-training-center.jp (passes only for itself); untrusted',
    from: 'AWS トレーニングと認定 サポート <support@aws-training-center.jp>',
    to: A.keep,
    subject: `お問い合わせ受付のお知らせ [${ID.aya}]`,
    date: d('2026-03-02 09:05:12', '+0900'),
    enc: 'utf8qp',
    text: `野々村 彩 様

アカウント統合のお問い合わせを受け付けました。受付番号は ${ID.aya} です。
順番に対応しておりますので、しばらくお待ちください。

AWS トレーニングと認定 サポートデスク`,
  }),
  j({
    slug: 'ja-ack-no-auth-results',
    kind: 'acknowledgement',
    caseId: ID.shun,
    trusted: false,
    auth: 'none',
    note: 'support-shaped receipt but the receiving server added no Authentication-Results; untrusted',
    from: FORM,
    to: sTo,
    subject: `[CASE ${ID.shun}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2026-04-14 13:04:20', '+0900'),
    enc: 'jis7',
    text: `石田 俊介 様

ご連絡いただきありがとうございます。
ケース ${ID.shun} にてご依頼を確かに承りました。担当者が確認のうえ、改めてメールいたします。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  j({
    slug: 'ja-ack-short-sjis-b64',
    kind: 'acknowledgement',
    caseId: ID.aya,
    note: 'short automatic receipt in Shift_JIS base64, ID in subject and body',
    from: NOTIFY,
    to: A.keep,
    subject: `ケース ${ID.aya} を受け付けました`,
    date: d('2026-03-02 08:46:02', '+0900'),
    enc: 'sjisb64',
    text: `AWS サポートをご利用いただきありがとうございます。

新しいサポートケース(${ID.aya})がオープンされました。
担当エンジニアからの最初の回答は、このアドレス宛にお送りします。

このメッセージへの返信は受け付けておりません。
Amazon Web Services, Inc.`,
  }),

  // ================= ai_answer (7) =================
  j({
    slug: 'ja-ai-merge-tool-profile',
    kind: 'ai_answer',
    caseId: null,
    note: 'AI-generated answer pointing to the self-service account merge in the profile, before any case exists',
    from: NOTIFY,
    to: K.keep,
    subject: 'お問い合わせ内容に対する自動回答',
    date: d('2026-02-09 22:08:44', '+0900'),
    enc: 'jis7',
    text: `この回答は生成 AI によって作成されました。

ご質問: 認定アカウントが2つあるのでまとめたい

AWS 認定ポータルにサインインし、右上のプロフィールから「アカウントの統合」を開くと、
ご自身で2つのアカウントを統合できる場合があります。統合元アカウントの認証情報が必要です。
両方のアカウントに認定履歴があるなど、ツールで処理できないときは画面にその旨が表示されます。

この回答で解決しない場合は、「ケースを作成」からサポート担当者へお問い合わせください。`,
  }),
  j({
    slug: 'ja-ai-explains-after-merge',
    kind: 'ai_answer',
    caseId: null,
    trap: true,
    note: 'automated answer describing what happens after a merge (badges re-issued, benefits move); it reports no event',
    from: NOTIFY,
    to: A.keep,
    subject: 'AI アシスタントからの回答',
    date: d('2026-03-02 08:40:19', '+0900'),
    enc: 'sjisb64',
    text: `自動生成された回答です。内容が正確でない場合があります。

アカウントが統合されると、統合元の認定資格・試験履歴・特典(50% 割引バウチャーなど)は統合先アカウントに表示されるようになります。
Credly のデジタルバッジは、統合後に統合先のメールアドレス宛てに改めて発行されるのが一般的です。
統合処理はサポート担当者が行います。ご依頼の際は両方の候補者 ID をお手元にご用意ください。

解決しましたか? はい / いいえ(ケースを作成する)`,
  }),
  j({
    slug: 'ja-ai-amazonq-multipart',
    kind: 'ai_answer',
    caseId: null,
    note: 'generated answer, multipart/alternative, suggests checking both accounts and the merge tool',
    from: NOTIFY,
    to: S.keep,
    subject: '[AWS サポート] 生成された回答をご確認ください',
    date: d('2026-04-14 12:55:03', '+0900'),
    enc: 'utf8b64',
    text: `石田様

入力いただいた内容をもとに、生成 AI が以下の回答を用意しました。

1. 両方のアカウントに順にサインインし、取得済み認定と候補者 ID を控えてください。
2. 残すアカウントで「アカウントの統合」ツールを実行してください。
3. ツールで統合できない旨のメッセージが出た場合に限り、サポートケースを作成してください。

この回答は役に立ちましたか?`,
    html: page(`<p>石田様</p><p>入力いただいた内容をもとに、生成 AI が以下の回答を用意しました。</p>
<ol><li>両方のアカウントに順にサインインし、取得済み認定と候補者 ID を控えてください。</li>
<li>残すアカウントで「アカウントの統合」ツールを実行してください。</li>
<li>ツールで統合できない旨のメッセージが出た場合に限り、サポートケースを作成してください。</li></ol>
<p>この回答は役に立ちましたか?</p>`),
  }),
  j({
    slug: 'ja-ai-related-articles',
    kind: 'ai_answer',
    caseId: null,
    note: 'automatic suggestion of help articles (no human, no case)',
    from: NOTIFY,
    to: A.keep,
    subject: 'お役に立ちそうな記事のご案内',
    date: d('2026-03-01 23:12:50', '+0900'),
    enc: 'jisb64',
    text: `お問い合わせ内容から、以下の記事が参考になる可能性があります(自動選択)。

・AWS 認定アカウントを統合するには
・認定のメールアドレスを変更する方法
・デジタルバッジを受け取れない場合

記事で解決しなかった場合は、引き続きケースの作成へお進みください。`,
  }),
  j({
    slug: 'ja-ai-mixed-generated-answer',
    kind: 'ai_answer',
    caseId: null,
    note: 'English "Generated answer" header with a Japanese generated explanation; language ja',
    from: NOTIFY,
    to: K.keep,
    subject: 'Generated answer / 生成された回答',
    date: d('2026-02-09 22:09:30', '+0900'),
    enc: 'utf8qp',
    text: `Generated answer (preview)

認定アカウントのメールアドレスは変更できませんが、アカウント同士をまとめることは可能です。
まず認定ポータルのプロフィール画面でマージ機能をお試しいただき、
エラーになった場合に担当窓口へケースを上げてください。

Amazon Web Services`,
  }),
  j({
    slug: 'ja-ai-misaligned-dkim',
    kind: 'ai_answer',
    caseId: null,
    trusted: false,
    auth: 'misaligned',
    note: 'AI-answer wording but DKIM signed by an unrelated bulk domain and dmarc=fail; untrusted',
    from: NOTIFY,
    to: S.keep,
    subject: '自動回答: 認定アカウントの統合について',
    date: d('2026-04-13 19:40:11', '+0900'),
    enc: 'jis7',
    text: `本メールは自動応答システムがお送りしています。

認定アカウントの統合は、プロフィールの「アカウントの統合」から実施できます。
うまくいかない場合は下記リンクからサインインし直してください。

AWS Support`,
  }),
  j({
    slug: 'ja-ai-faq-bot',
    kind: 'ai_answer',
    caseId: null,
    note: 'FAQ bot answer in Shift_JIS: two accounts, tool first, then support',
    from: NOTIFY,
    to: A.keep,
    subject: 'よくあるご質問からのご案内(自動送信)',
    date: d('2026-03-02 08:41:55', '+0900'),
    enc: 'sjis8',
    text: `お問い合わせの前に、こちらをご確認ください。

Q. 認定アカウントを複数持っています。どうすればよいですか。
A. 認定プログラムのポリシー上、アカウントは1人1つです。ポータルの統合ツールをお試しのうえ、
   それでも解決しない場合のみ、フォームからケースを作成してください。

このメッセージはチャットボットにより自動作成されました。`,
  }),

  // ================= info_request (7) =================
  j({
    slug: 'ja-info-both-ids-which-keep',
    kind: 'info_request',
    caseId: ID.kengo,
    note: 'support asks for both candidate IDs and which account stays, phrased as いただけますでしょうか',
    from: FORM,
    to: kTo,
    subject: subj(ID.kengo),
    date: d('2026-02-10 16:22:08', '+0900'),
    enc: 'jis7',
    text: `森本 健吾 様

AWS トレーニングと認定 カスタマーサポートの小野寺でございます。

アカウントの統合につきまして、作業の前に以下の点を教えていただけますでしょうか。
 - 2つのアカウントそれぞれの候補者 ID(AWS から始まる番号)
 - 今後お使いになる(残す)アカウントがどちらか
 - 各アカウントにサインインする際のメールアドレス

お手数をおかけしますが、本メールにご返信ください。

小野寺
AWS Training and Certification Customer Support

${sfRef('0Kq81AbC')}

${sfBlock(K.keep, '2026/02/09 13:14', 'AWS Training and Certification Form Submission')}

${K_REQ}`,
  }),
  j({
    slug: 'ja-info-source-address-from-kept',
    kind: 'info_request',
    caseId: ID.aya,
    note: 'asks to reply from the kept account AND to give the source account address: info_request per the guide',
    from: FORM,
    to: aTo,
    subject: subj(ID.aya),
    date: d('2026-03-03 11:05:44', '+0900'),
    enc: 'sjis8',
    text: `野々村様

お問い合わせありがとうございます。担当の Haruka です。

恐れ入りますが、統合先としてご指定の ${A.keep} から、このメールに返信する形で、
統合元アカウントの登録メールアドレスと候補者 ID をお送りくださいませ。
ご本人確認のため、統合先のアドレスからのご連絡が必要となります。

よろしくお願い申し上げます。
Haruka
AWS トレーニングと認定`,
  }),
  j({
    slug: 'ja-info-which-stays-gmail-thread',
    kind: 'info_request',
    caseId: ID.shun,
    note: 'asks which account to keep without a request verb ("どちらになりますか"); Gmail quote of the user request below',
    from: FORM,
    to: sTo,
    subject: subj(ID.shun),
    date: d('2026-04-15 10:41:17', '+0900'),
    enc: 'jisb64',
    text: `石田様

ご連絡ありがとうございます。
ご記載の2つのアドレスのうち、${S.keepId} 側と ${S.srcId} 側のどちらのアカウントを今後も保持されるご予定でしょうか。
また、保持されない側で受験予定の試験があるかどうかも併せてお聞かせいただけると助かります。

AWS トレーニングと認定 カスタマーサポート 三宅

${gmailJa('2026年4月14日(火) 13:01', S.ja, S.keep)}
${q(S_REQ)}`,
  }),
  j({
    slug: 'ja-info-confirm-exam-dates',
    kind: 'info_request',
    caseId: ID.kengo,
    trap: true,
    note: 'worded as "確認のため" but asks for exam names and dates on each account: information, not consent',
    from: FORM,
    to: kTo,
    subject: subj(ID.kengo),
    date: d('2026-02-12 09:58:03', '+0900'),
    enc: 'utf8qp',
    text: `森本様

ご返信ありがとうございます。
アカウントの所有者確認のため、各アカウントで最後に受験された試験の名称と受験日(おおよそで構いません)をお知らせください。
情報が揃いしだい、統合の手続きに進みます。

カスタマーサポート 小野寺`,
  }),
  j({
    slug: 'ja-info-name-mismatch-outlook',
    kind: 'info_request',
    caseId: ID.aya,
    note: 'name differs between accounts; asks for the name as on ID; Outlook 差出人 block quoted',
    from: FORM,
    to: aTo,
    subject: subj(ID.aya),
    date: d('2026-03-05 15:30:26', '+0900'),
    enc: 'jis7',
    text: `野々村様

統合元アカウントの氏名が「Aya Nonomura」、統合先が「Aya Nonomra」と登録されており、一致しておりません。
身分証明書に記載のローマ字表記をご教示いただけますでしょうか。表記を揃えた後に作業いたします。

Haruka / AWS トレーニングと認定

${outlookJa(`${A.ja} <${A.keep}>`, '2026年3月4日 21:12', FORM_BARE, subj(ID.aya))}

統合元のアドレスは ${A.src}、候補者 ID は ${A.srcId} です。
よろしくお願いいたします。`,
  }),
  j({
    slug: 'ja-info-phish-password',
    kind: 'info_request',
    caseId: ID.kengo,
    trusted: false,
    auth: 'failThenForged',
    note: 'asks for the password of both accounts; topmost A-R fails, a planted pass sits lower; untrusted',
    from: FORM,
    to: K.keep,
    subject: subj(ID.kengo),
    date: d('2026-02-11 03:12:40', '+0900'),
    enc: 'sjisb64',
    text: `森本様

統合作業のため、両方のアカウントのサインイン用パスワードを本メールにご記入のうえご返信ください。
24時間以内にご返信がない場合、アカウントが停止される可能性があります。

AWS サポート`,
  }),
  j({
    slug: 'ja-info-skillbuilder-notify-addr',
    kind: 'info_request',
    caseId: ID.shun,
    note: 'asks for the Skill Builder address and the certification notification address; multipart',
    from: FORM,
    to: sTo,
    subject: subj(ID.shun),
    date: d('2026-04-16 17:03:58', '+0900'),
    enc: 'utf8b64',
    text: `石田様

統合先を ${S.keepId} とするとのこと、承知しました。
あと2点、AWS Skill Builder でお使いのメールアドレスと、認定に関する通知を受け取っているメールアドレスが分かればご返信ください。
それぞれ同じであれば「同じ」とだけお書きいただければ結構です。

三宅`,
    html: page(paras(`石田様

統合先を ${S.keepId} とするとのこと、承知しました。
あと2点、AWS Skill Builder でお使いのメールアドレスと、認定に関する通知を受け取っているメールアドレスが分かればご返信ください。
それぞれ同じであれば「同じ」とだけお書きいただければ結構です。

三宅`)),
  }),

  // ================= confirmation_request (7) =================
  j({
    slug: 'ja-conf-irreversible-reply',
    kind: 'confirmation_request',
    caseId: ID.kengo,
    note: 'states the merge cannot be undone and asks for consent by replying',
    from: FORM,
    to: kTo,
    subject: subj(ID.kengo),
    date: d('2026-02-13 14:17:09', '+0900'),
    enc: 'jis7',
    text: `森本 健吾 様

情報のご提供ありがとうございました。以下の内容で統合を行います。

 統合先(残るアカウント): ${K.keepId} ${K.keep}
 統合元(統合後に無効): ${K.srcId} ${K.src}

統合は一度実施すると元に戻すことができません。
上記で問題なければ、本メールへのご返信にて統合へのご承諾をお願いいたします。

小野寺
AWS Training and Certification Customer Support`,
  }),
  j({
    slug: 'ja-conf-douishimasu-sjis-b64',
    kind: 'confirmation_request',
    caseId: ID.aya,
    note: 'asks the customer to reply 「同意します」 to go ahead',
    from: FORM,
    to: aTo,
    subject: subj(ID.aya),
    date: d('2026-03-06 10:12:33', '+0900'),
    enc: 'sjisb64',
    text: `野々村様

氏名表記の修正が完了しましたので、統合の準備が整いました。
統合後、${A.srcId} のアカウントにはサインインできなくなり、取り消しもできません。
ご同意いただける場合は、本文に「同意します」とご記入のうえ返信してください。

Haruka`,
  }),
  j({
    slug: 'ja-conf-long-gmail-thread',
    kind: 'confirmation_request',
    caseId: ID.shun,
    note: 'consent request on top of a two-level Gmail thread (quoted info request and answer)',
    from: FORM,
    to: sTo,
    subject: subj(ID.shun),
    date: d('2026-04-17 09:26:45', '+0900'),
    enc: 'jisb64',
    text: `石田様

ありがとうございます、いただいた内容で準備ができております。
${S.srcId} を ${S.keepId} にまとめる形になり、処理後は元の状態に戻せません。
このまま進めてよいか、ご返信でお知らせいただけますか。

三宅

${gmailJa('2026年4月16日(木) 20:44', S.ja, S.keep)}
> 三宅様
> Skill Builder も通知先も ${S.keep} で同じです。
>
${q(gmailJa('2026年4月16日(木) 17:03', 'AWS Training and Certification', FORM_BARE))}
>> 石田様
>> 統合先を ${S.keepId} とするとのこと、承知しました。
>> あと2点、AWS Skill Builder でお使いのメールアドレスと、認定に関する通知を受け取っているメールアドレスが分かればご返信ください。`,
  }),
  j({
    slug: 'ja-conf-shouchi-voucher',
    kind: 'confirmation_request',
    caseId: ID.aya,
    note: 'asks for agreement; mentions vouchers move too; request phrased ご了承いただけましたら…ご返信',
    from: FORM,
    to: aTo,
    subject: subj(ID.aya),
    date: d('2026-03-06 10:14:02', '+0900'),
    enc: 'utf8qp',
    text: `野々村様

先ほどのご案内に補足です。統合元にある未使用の 50% 割引バウチャーも統合先へ引き継がれます。
統合の実施には、お客様からの明示的なご了承が必要です。
ご了承いただけましたら、その旨を一言ご返信ください。こちらで作業を開始いたします。

Haruka / AWS トレーニングと認定 カスタマーサポート`,
  }),
  j({
    slug: 'ja-conf-forged-below',
    kind: 'confirmation_request',
    caseId: ID.kengo,
    trusted: false,
    auth: 'forgedBelow',
    note: 'consent request whose dmarc=pass A-R sits below the server\'s Received line (forged); untrusted',
    from: FORM,
    to: K.keep,
    subject: subj(ID.kengo),
    date: d('2026-02-13 02:51:17', '+0900'),
    enc: 'jis7',
    text: `森本様

統合を進めてよろしいでしょうか。下記のリンクからサインインし、「承認」を押してください。
承認がない場合、統合は行われません。

AWS Training and Certification`,
  }),
  j({
    slug: 'ja-conf-html-only-final-check',
    kind: 'confirmation_request',
    caseId: ID.shun,
    note: 'HTML-only final check before running the merge; asks for a yes by reply',
    from: FORM,
    to: sTo,
    subject: subj(ID.shun),
    date: d('2026-04-17 09:30:12', '+0900'),
    enc: 'utf8b64',
    html: page(`<div>石田 俊介 様</div><div><br></div>
<div>統合処理の実行前に、最終のご意思確認をお願いしております。</div>
<ul><li>残すアカウント: ${S.keepId}</li><li>まとめるアカウント: ${S.srcId}</li></ul>
<div>処理後の取り消しはできません。よろしければ「はい」とだけご返信ください。</div>
<div><br></div><div>AWS トレーニングと認定</div>`),
  }),
  j({
    slug: 'ja-conf-te-form-sjis',
    kind: 'confirmation_request',
    caseId: ID.kengo,
    note: 'te-form sentence: cannot revert, so tell us if OK; consent asked without the word 同意',
    from: FORM,
    to: kTo,
    subject: subj(ID.kengo, 'Re: '),
    date: d('2026-02-13 18:44:50', '+0900'),
    enc: 'sjis8',
    text: `森本様

お世話になっております。統合後は旧アカウント ${K.srcId} に戻すことはできず、作業の取り消しもできかねますので、
それでも問題なければその旨お知らせいただけますか。お返事をいただいた時点で作業に入ります。

小野寺`,
  }),

  // ================= merge_completed (7) =================
  j({
    slug: 'ja-merged-check-portal',
    kind: 'merge_completed',
    caseId: ID.kengo,
    note: 'support: the merge is done, please check certifications and benefits in the portal',
    from: FORM,
    to: kTo,
    subject: subj(ID.kengo),
    date: d('2026-02-16 11:08:27', '+0900'),
    enc: 'jis7',
    text: `森本 健吾 様

お待たせいたしました。ご依頼いただいた認定アカウントの統合作業が完了いたしました。
今後は ${K.keepId}(${K.keep})のみをご利用ください。

認定資格、試験履歴、特典が反映されているか、ポータルにサインインしてご確認いただけますと幸いです。

小野寺
AWS Training and Certification Customer Support

${sfBlock(K.keep, '2026/02/13 21:02', subj(ID.kengo))}

小野寺様
承知しました。統合を進めてください。`,
  }),
  j({
    slug: 'ja-merged-and-closing',
    kind: 'merge_completed',
    caseId: ID.aya,
    note: 'merge finished and the case will be closed in the same mail: merge_completed is the new fact',
    from: FORM,
    to: aTo,
    subject: subj(ID.aya),
    date: d('2026-03-09 16:47:05', '+0900'),
    enc: 'sjis8',
    text: `野々村様

統合処理が終わりました、${A.srcId} の認定はすべて ${A.keepId} 側でご確認いただけます。
本件はこれにてクローズとさせていただきます。

ご利用ありがとうございました。
Haruka`,
  }),
  j({
    slug: 'ja-merged-portal-notice',
    kind: 'merge_completed',
    caseId: null,
    note: 'the certification portal\'s own notice that the accounts were merged (no case ID)',
    from: CERT_PORTAL,
    to: S.keep,
    subject: 'AWS 認定: アカウントが統合されました',
    date: d('2026-04-18 04:12:36', '+0900'),
    enc: 'utf8b64',
    text: `石田 俊介 様

お客様の AWS 認定アカウント ${S.srcId} は、アカウント ${S.keepId} に統合されました。
以後のサインインと試験の予約には ${S.keepId} をご利用ください。

AWS 認定プログラム`,
    html: page(`<p>石田 俊介 様</p><p>お客様の AWS 認定アカウント <b>${S.srcId}</b> は、アカウント <b>${S.keepId}</b> に統合されました。</p><p>以後のサインインと試験の予約には ${S.keepId} をご利用ください。</p><p style="color:#687078">AWS 認定プログラム</p>`),
  }),
  j({
    slug: 'ja-merged-id-in-body-re-goirai',
    kind: 'merge_completed',
    caseId: ID.shun,
    note: 'subject without case ID ("Re: ご依頼の件"); the ID and the finished merge are in the body',
    from: FORM,
    to: sTo,
    subject: 'Re: ご依頼の件',
    date: d('2026-04-18 10:20:41', '+0900'),
    enc: 'jisb64',
    text: `石田様

ケース番号 ${ID.shun} の件です。
本日、2つの認定アカウントのマージを実施し、正常に終了しております。
もし反映されていない項目があれば、このメールにご返信ください。

三宅`,
  }),
  j({
    slug: 'ja-merged-badges-pending',
    kind: 'merge_completed',
    caseId: ID.kengo,
    trap: true,
    note: 'merge done, certifications and voucher reflected; badges explicitly NOT moved yet (Credly step to follow)',
    from: FORM,
    to: kTo,
    subject: subj(ID.kengo),
    date: d('2026-02-16 11:15:02', '+0900'),
    enc: 'utf8qp',
    text: `森本様

補足のご連絡です。マージは本日付で済んでおり、資格と特典はどちらも ${K.keepId} 側に反映済みです。
なお、Credly のバッジはまだ旧アドレスに紐づいたままのため、こちらは別途手配いたします。

小野寺`,
  }),
  j({
    slug: 'ja-merged-lookalike-subdomain',
    kind: 'merge_completed',
    caseId: null,
    trusted: false,
    note: 'says the merge completed, but From is amazon.co.jp.verify-center.example (look-alike); untrusted',
    from: 'AWS Certification <aws-certification@amazon.co.jp.verify-center.example>',
    to: A.keep,
    subject: 'アカウント統合完了のお知らせ',
    date: d('2026-03-08 01:33:19', '+0900'),
    enc: 'jis7',
    text: `野々村 彩 様

お客様の認定アカウントの統合が完了しました。
統合内容を確認するため、48時間以内に下記よりサインインしてください。

AWS Certification`,
  }),
  j({
    slug: 'ja-merged-dkim-only-iko',
    kind: 'merge_completed',
    caseId: ID.aya,
    auth: 'dkimonly',
    note: 'aligned dkim=pass only (trusted); "移行作業が完了" wording for the merge',
    from: FORM,
    to: aTo,
    subject: subj(ID.aya),
    date: d('2026-03-09 16:40:11', '+0900'),
    enc: 'jis7',
    text: `野々村 彩 様

旧アカウントから新アカウントへの移行作業が完了しました。
統合元 ${A.srcId} の資格情報は、すべて ${A.keepId} に移っております。

Haruka
AWS トレーニングと認定`,
  }),

  // ================= badges_transferred (7) =================
  j({
    slug: 'ja-badge-credly-hakko-reissued',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly: AWS\'s badge issued again to the kept address after the merge (バッジを入手する)',
    from: CREDLY_AWS,
    to: K.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-02-18 06:02:44', '+0900'),
    enc: 'jis7',
    text: `森本 健吾 さん

Amazon Web Services Training and Certification から AWS Certified Solutions Architect - Associate のバッジが発行されました。
このバッジは、以前別のメールアドレスで発行されたものを、現在のアドレスに発行し直したものです。

バッジを入手する: https://www.credly.com/earner/earned

Credly チーム`,
  }),
  j({
    slug: 'ja-badge-support-moved-plural',
    kind: 'badges_transferred',
    caseId: ID.kengo,
    note: 'support announces both badges were moved to the kept account, and closes',
    from: FORM,
    to: kTo,
    subject: subj(ID.kengo),
    date: d('2026-02-18 10:31:59', '+0900'),
    enc: 'sjis8',
    text: `森本様

お待たせしました。SAA と DVA の2つのバッジを、${K.keep} の Credly アカウントへ付け替えました。
Credly 側でバッジを承認していただければ表示されます。

これをもちまして本ケースを終了いたします。
小野寺`,
  }),
  j({
    slug: 'ja-badge-credly-three-reissued-html',
    kind: 'badges_transferred',
    caseId: null,
    note: 'HTML Credly mail: three AWS badges re-issued to the new address',
    from: CREDLY_AWS,
    to: A.keep,
    subject: '3件のバッジが再発行されました',
    date: d('2026-03-10 05:48:21', '+0900'),
    enc: 'utf8b64',
    text: `野々村 彩 さん

Amazon Web Services Training and Certification が、あなたの3件のバッジを再発行しました。
- AWS Certified Cloud Practitioner
- AWS Certified Solutions Architect - Associate
- AWS Certified Security - Specialty

バッジを受け取る`,
    html: page(`<h2 style="font-size:20px">野々村 彩 さん</h2>
<p>Amazon Web Services Training and Certification が、あなたの3件のバッジを再発行しました。</p>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified Security - Specialty</li></ul>
<p><a href="https://www.credly.com/earner/earned" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">バッジを受け取る</a></p>`),
  }),
  j({
    slug: 'ja-badge-support-tsukekae',
    kind: 'badges_transferred',
    caseId: ID.aya,
    note: 'support: Credly badges re-attached to the kept account as well (付け替え)',
    from: FORM,
    to: aTo,
    subject: subj(ID.aya),
    date: d('2026-03-11 13:09:47', '+0900'),
    enc: 'jisb64',
    text: `野々村様

ご指摘ありがとうございました。Credly のデジタルバッジにつきましても、統合先アカウントへの紐づけ直しを行いました。
${A.keep} 宛てに Credly から通知が届いておりますので、そちらからお受け取りください。

Haruka`,
  }),
  j({
    slug: 'ja-badge-support-te-form-accept',
    kind: 'badges_transferred',
    caseId: ID.shun,
    note: 'te-form: badge migration done, so please accept again on Credly',
    from: FORM,
    to: sTo,
    subject: subj(ID.shun),
    date: d('2026-04-20 15:55:03', '+0900'),
    enc: 'utf8qp',
    text: `石田様

バッジの移行が済みましたので、Credly にサインインして改めて承認をお願いします。
Developer - Associate、SysOps Administrator - Associate ともに新しいアドレスへ発行し直してあります。

三宅`,
  }),
  j({
    slug: 'ja-badge-credly-lookalike-co',
    kind: 'badges_transferred',
    caseId: null,
    trusted: false,
    note: 'Credly-style badge mail from credly-badges.net (look-alike); untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>',
    to: K.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-02-17 02:22:15', '+0900'),
    enc: 'jis7',
    text: `森本 健吾 さん

バッジがあなたのアカウントに移されました。受け取るには 72 時間以内にログインしてください。

バッジを入手する`,
  }),
  j({
    slug: 'ja-badge-credly-transferred-notice',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly notice that an AWS badge was moved into this Credly account',
    from: CREDLY_AWS,
    to: S.keep,
    subject: 'バッジがあなたのアカウントに移動されました',
    date: d('2026-04-20 16:10:38', '+0900'),
    enc: 'jisb64',
    text: `石田 俊介 さん

発行元 Amazon Web Services Training and Certification の依頼により、次のバッジがあなたの Credly アカウントに移動されました。

AWS Certified Developer - Associate
AWS Certified SysOps Administrator - Associate

プロフィールで公開設定を確認してください。`,
  }),

  j({
    slug: 'ja-badge-support-ime-typo-sf-thread',
    kind: 'badges_transferred',
    caseId: ID.aya,
    note: 'support says the badge move (typed 意向 for 移行, an IME slip) is done; English disclaimer lines; Japanese ticket-system quote below',
    from: FORM,
    to: aTo,
    subject: subj(ID.aya),
    date: d('2026-03-11 13:20:05', '+0900'),
    enc: 'utf8qp',
    text: `野々村様

度々失礼します。先ほどの件、Credly 上のバッジ3点の意向も完了しておりますので、念のためお知らせします。
旧アドレス宛ての招待メールは無効になっています。

Haruka
AWS Training and Certification Customer Support
This message was sent from a support mailbox. Please keep the case number in the subject when replying.

${sfBlockJa(A.keep, '2026/03/10 23:51', subj(ID.aya))}

Haruka様
統合ありがとうございました。ただ、Credly のバッジが旧アドレスのままのようです。
お手数ですがご確認いただけますか。

${sfBlockJa(FORM_BARE, '2026/03/09 16:47', subj(ID.aya))}

野々村様
統合処理が終わりました、${A.srcId} の認定はすべて ${A.keepId} 側でご確認いただけます。`,
  }),

  // ================= case_closed (7) =================
  j({
    slug: 'ja-closed-notify-resolved',
    kind: 'case_closed',
    caseId: ID.kengo,
    note: 'AWS Support notification: case marked resolved',
    from: NOTIFY,
    to: K.keep,
    subject: `[Case ${ID.kengo}] ケースは解決済みになりました`,
    date: d('2026-02-19 09:00:12', '+0900'),
    enc: 'jis7',
    text: `ケース ${ID.kengo} のステータスが「解決済み」に変更されました。

引き続きお困りの場合は、14 日以内であればサポートセンターからケースを再開できます。

Amazon Web Services`,
  }),
  j({
    slug: 'ja-closed-auto-in-3-days',
    kind: 'case_closed',
    caseId: ID.shun,
    note: 'reminder: will auto-close in 3 days without a reply',
    from: FORM,
    to: sTo,
    subject: subj(ID.shun),
    date: d('2026-04-23 10:05:44', '+0900'),
    enc: 'sjis8',
    text: `石田様

前回のご連絡以降、お返事をいただけておりません。
3日以内にご返信がない場合、本ケースは自動的にクローズされます。

AWS トレーニングと認定`,
  }),
  j({
    slug: 'ja-closed-restates-last-week-merge',
    kind: 'case_closed',
    caseId: ID.aya,
    trap: true,
    note: 'closing notice that only restates last week\'s merge: case_closed',
    from: FORM,
    to: aTo,
    subject: subj(ID.aya),
    date: d('2026-03-17 09:44:31', '+0900'),
    enc: 'jisb64',
    text: `野々村様

先週ご案内のとおり、3月9日に統合は完了しております。
その後ご質問がございませんでしたので、本ケースを終了させていただきます。

Haruka`,
  }),
  j({
    slug: 'ja-closed-no-reply-reopen',
    kind: 'case_closed',
    caseId: ID.kengoDup,
    note: 'closed for lack of reply; reply to reopen',
    from: FORM,
    to: kTo,
    subject: subj(ID.kengoDup),
    date: d('2026-02-20 17:12:08', '+0900'),
    enc: 'utf8qp',
    text: `森本様

しばらくご返信がございませんでしたので、本お問い合わせはクローズいたしました。
再開をご希望の場合は、このメールにそのまま返信してください。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  j({
    slug: 'ja-closed-html-status-table',
    kind: 'case_closed',
    caseId: ID.shun,
    note: 'HTML-only case status mail: status クローズ',
    from: NOTIFY,
    to: S.keep,
    subject: 'サポートケースのステータス更新',
    date: d('2026-04-27 08:00:49', '+0900'),
    enc: 'utf8b64',
    html: page(`<p>石田 俊介 様</p>
<table style="border-collapse:collapse"><tr><th style="text-align:left;padding:4px 12px">ケース ID</th><td>${ID.shun}</td></tr>
<tr><th style="text-align:left;padding:4px 12px">ステータス</th><td>クローズ</td></tr>
<tr><th style="text-align:left;padding:4px 12px">カテゴリ</th><td>AWS トレーニングと認定</td></tr></table>
<p>このケースは終了しました。新たなご質問は新しいケースでお寄せください。</p>`),
  }),
  j({
    slug: 'ja-closed-dmarc-fail',
    kind: 'case_closed',
    caseId: ID.kengo,
    trusted: false,
    auth: 'fail',
    note: 'closing notice with dmarc=fail at the top; untrusted',
    from: FORM,
    to: K.keep,
    subject: subj(ID.kengo),
    date: d('2026-02-19 04:31:11', '+0900'),
    enc: 'jis7',
    text: `森本様

本ケースは解決済みとしてクローズされました。ご協力ありがとうございました。

AWS Training and Certification`,
  }),
  j({
    slug: 'ja-closed-duplicate-case',
    kind: 'case_closed',
    caseId: ID.kengoDup,
    trap: true,
    note: 'the duplicate case is closed and folded into the first one; this is about cases, not the account merge',
    from: FORM,
    to: kTo,
    subject: subj(ID.kengoDup),
    date: d('2026-02-10 16:30:22', '+0900'),
    enc: 'jis7',
    text: `森本様

同じ内容のお問い合わせを2件いただいておりましたので、こちらのケース(${ID.kengoDup})は終了し、
先にいただいたケース ${ID.kengo} に統合して対応を続けます。以後はそちらのメールにご返信ください。

小野寺`,
  }),

  // ================= support_reply (8) =================
  j({
    slug: 'ja-reply-escalated-business-days',
    kind: 'support_reply',
    caseId: ID.shun,
    note: 'escalated to the responsible team; answer in 3 to 5 business days',
    from: FORM,
    to: sTo,
    subject: subj(ID.shun),
    date: d('2026-04-15 18:22:54', '+0900'),
    enc: 'jis7',
    text: `石田様

本件は専門チームでの対応が必要なため、担当部署へエスカレーションいたしました。
回答まで3から5営業日ほどお時間をいただく見込みです。進展がありしだいご連絡します。

三宅`,
  }),
  j({
    slug: 'ja-reply-thanks-for-kakunin',
    kind: 'support_reply',
    caseId: ID.kengo,
    trap: true,
    note: 'thanks for confirming, passed to the team (status, not completion)',
    from: FORM,
    to: kTo,
    subject: subj(ID.kengo),
    date: d('2026-02-14 09:03:36', '+0900'),
    enc: 'sjis8',
    text: `森本様

ご承諾の旨、確かに承りました。統合作業を担当チームへ依頼済みです。
処理が終わりましたら改めてお知らせいたします。

小野寺

${gmailJa('2026年2月13日(金) 21:02', K.ja, K.keep)}
> 承知しました。統合を進めてください。`,
  }),
  j({
    slug: 'ja-reply-future-kanryo-shimashitara',
    kind: 'support_reply',
    caseId: ID.aya,
    trap: true,
    note: 'future/conditional: 「統合が完了しましたら」 — nothing has happened yet',
    from: FORM,
    to: aTo,
    subject: subj(ID.aya),
    date: d('2026-03-07 12:19:01', '+0900'),
    enc: 'jisb64',
    text: `野々村様

ご返信ありがとうございます。現在、統合の順番待ちとなっております。
統合が完了しましたら、バッジの再発行も含めてこのケースでご案内いたします。

Haruka`,
  }),
  j({
    slug: 'ja-reply-cannot-merge-exam-booked',
    kind: 'support_reply',
    caseId: ID.shun,
    trap: true,
    note: 'negated: cannot merge now because an exam is booked on the source account; asks nothing',
    from: FORM,
    to: sTo,
    subject: subj(ID.shun),
    date: d('2026-04-17 15:48:27', '+0900'),
    enc: 'utf8qp',
    text: `石田様

確認したところ、統合元 ${S.srcId} に 4月25日の試験予約が入っておりました。
予約中の試験があるアカウントは統合できないため、現時点では作業を保留しております。受験後に改めて進めます。

三宅`,
  }),
  j({
    slug: 'ja-reply-write-from-kept-only',
    kind: 'support_reply',
    caseId: ID.kengo,
    trap: true,
    note: '"write to us from the kept address" without asking for data: support_reply per the guide',
    from: FORM,
    to: `${K.ja} <${K.src}>`,
    subject: subj(ID.kengo),
    date: d('2026-02-10 12:40:15', '+0900'),
    enc: 'jis7',
    text: `森本様

このお問い合わせは統合元のアドレスからいただいております。
お手数ですが、残す予定のアカウントのメールアドレスから、このケースにご連絡いただけますでしょうか。

小野寺`,
  }),
  j({
    slug: 'ja-reply-voucher-question-answer',
    kind: 'support_reply',
    caseId: ID.aya,
    trap: true,
    note: 'answers a question about voucher validity after the merge; no event',
    from: FORM,
    to: aTo,
    subject: subj(ID.aya, 'Re: '),
    date: d('2026-03-12 11:26:40', '+0900'),
    enc: 'utf8b64',
    text: `野々村様

お問い合わせの割引バウチャーについて回答いたします。
統合元で付与された 50% 割引の特典は、統合後も有効期限まで統合先アカウントからご利用いただけます。
有効期限自体は延長されませんのでご注意ください。

Haruka

${outlookJa(`${A.ja} <${A.keep}>`, '2026年3月11日 22:40', FORM_BARE, subj(ID.aya))}
統合元にあったバウチャーはまだ使えますか?`,
  }),
  j({
    slug: 'ja-reply-badges-not-yet-checking',
    kind: 'support_reply',
    caseId: ID.kengo,
    trap: true,
    note: 'badges have not moved yet, support is looking into it (negated)',
    from: FORM,
    to: kTo,
    subject: subj(ID.kengo),
    date: d('2026-02-17 14:02:18', '+0900'),
    enc: 'sjisb64',
    text: `森本様

Credly 上でバッジがまだ移っていないとのこと、ご連絡ありがとうございます。
担当チームに確認を依頼しておりますので、もうしばらくお待ちいただけますでしょうか。

小野寺`,
  }),
  j({
    slug: 'ja-reply-other-authserv-only',
    kind: 'support_reply',
    caseId: ID.aya,
    trusted: false,
    auth: 'otherOnly',
    note: 'status reply carrying only another server\'s A-R (mx.google.com) below our Received; untrusted',
    from: FORM,
    to: aTo,
    subject: subj(ID.aya),
    date: d('2026-03-04 10:10:10', '+0900'),
    enc: 'jis7',
    text: `野々村様

引き続き調査中です。状況が分かりしだいご連絡いたしますので、今しばらくお待ちください。

AWS トレーニングと認定`,
  }),

  j({
    slug: 'ja-info-bilingual-boilerplate-sf',
    kind: 'info_request',
    caseId: ID.kengo,
    note: 'Japanese request for the source account\'s sign-in address with English boilerplate; Japanese ticket-system quote',
    from: FORM,
    to: kTo,
    subject: subj(ID.kengo),
    date: d('2026-02-11 10:02:44', '+0900'),
    enc: 'jis7',
    text: `Dear Customer,

森本様

候補者 ID の件、ありがとうございます。${K.srcId} にサインインされる際のメールアドレスが、
ご記載の ${K.src} と一致しませんでした。実際にお使いのアドレスを改めてお知らせ願えますか。

Best regards,
AWS Training and Certification Customer Support

${sfBlockJa(K.keep, '2026/02/10 21:15', subj(ID.kengo))}

小野寺様
候補者 ID は ${K.keepId}(残す方)と ${K.srcId} です。残すのは個人アドレスの方です。`,
  }),

  // ================= unrelated (24) =================
  j({
    slug: 'ja-un-own-mobile-consent-reply',
    kind: 'unrelated',
    caseId: ID.aya,
    trusted: false,
    trap: true,
    note: 'the user\'s own top-posted phone reply consenting (copy in her mailbox): her own mail',
    from: `${A.ja} <${A.keep}>`,
    to: FORM_BARE,
    cc: A.keep,
    subject: subj(ID.aya),
    date: d('2026-03-06 12:48:30', '+0900'),
    enc: 'utf8b64',
    text: `同意します。よろしくお願いします。

iPhoneから送信

2026/03/06 10:12、AWS Training and Certification <${FORM_BARE}>のメール:
> 野々村様
> ご同意いただける場合は、本文に「同意します」とご記入のうえ返信してください。`,
  }),
  j({
    slug: 'ja-un-hashicorp-badge',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'HashiCorp badge via Credly: another issuer',
    from: credly('HashiCorp'),
    to: K.keep,
    subject: 'HashiCorpのバッジ発行のお知らせ',
    date: d('2026-02-21 07:14:02', '+0900'),
    enc: 'jis7',
    text: `森本 健吾 さん

HashiCorp から HashiCorp Certified: Terraform Associate (003) のバッジが発行されました。

バッジを入手する

Credly`,
  }),
  j({
    slug: 'ja-un-lf-badge-accepted',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Credly: a Linux Foundation badge was accepted and added to the profile; another issuer',
    from: credly('The Linux Foundation'),
    to: S.keep,
    subject: 'バッジを承認しました: Certified Kubernetes Administrator',
    date: d('2026-04-22 21:33:40', '+0900'),
    enc: 'utf8qp',
    text: `石田 俊介 さん

The Linux Foundation から発行された Certified Kubernetes Administrator (CKA) のバッジを承認しました。
バッジはプロフィールに追加され、公開されています。

Credly`,
  }),
  j({
    slug: 'ja-un-credly-merge-code',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Credly\'s own account-merge authorization code',
    from: CREDLY_SELF,
    to: A.src,
    subject: 'Credly アカウント統合の確認コード',
    date: d('2026-03-10 20:05:55', '+0900'),
    enc: 'utf8b64',
    text: `アカウントの統合リクエストを受け付けました。

確認コード: 518204

このコードを Credly の画面に入力すると、このメールアドレスのアカウントがデフォルトアカウントに統合されます。
心当たりがない場合は、このメールを無視してください。`,
  }),
  j({
    slug: 'ja-un-credly-merge-done-badges-added',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Credly\'s own account merge finished and all badges added to the default account: not the AWS merge',
    from: CREDLY_SELF,
    to: A.keep,
    subject: 'アカウントの統合が完了しました',
    date: d('2026-03-10 20:09:12', '+0900'),
    enc: 'jisb64',
    text: `野々村 彩 さん

Credly アカウントの統合が完了しました。
${A.src} のアカウントにあった承認済み・保留中のバッジはすべて、このアカウントに追加されています。
統合したアドレスはセカンダリメールとして登録されました。

Credly サポート`,
  }),
  j({
    slug: 'ja-un-aws-badge-expiring',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'Credly reminder that an AWS badge is about to expire: not a transfer',
    from: CREDLY_AWS,
    to: K.keep,
    subject: 'バッジの有効期限が近づいています',
    date: d('2026-05-01 06:00:03', '+0900'),
    enc: 'sjis8',
    text: `森本 健吾 さん

AWS Certified Developer - Associate のバッジは 2026年6月30日 に有効期限を迎えます。
期限を過ぎるとバッジは「期限切れ」と表示されます。再認定については発行元の案内をご確認ください。

Credly`,
  }),
  j({
    slug: 'ja-un-gcp-badge-moved',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'a Google Cloud badge moved to another Credly account: another issuer',
    from: credly('Google Cloud'),
    to: A.keep,
    subject: 'バッジが別のアカウントに移動されました',
    date: d('2026-03-14 10:22:49', '+0900'),
    enc: 'utf8qp',
    text: `野々村 彩 さん

Google Cloud の Professional Cloud Architect バッジは、ご依頼により別の Credly アカウントへ移動されました。
このアカウントからは表示されなくなります。`,
  }),
  j({
    slug: 'ja-un-voucher-benefit-added',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'new 50% discount voucher added to the account after passing an exam: a benefit notice',
    from: CERT_PORTAL,
    to: S.keep,
    subject: '新しい特典がご利用いただけます',
    date: d('2026-05-08 12:30:00', '+0900'),
    enc: 'jis7',
    text: `石田 俊介 様

AWS 認定への合格おめでとうございます。次回の認定試験に使える 50% 割引バウチャーが、お客様のアカウントに追加されました。
認定アカウントの「特典」ページからコードを発行してご利用ください。`,
  }),
  j({
    slug: 'ja-un-recert-90-days',
    kind: 'unrelated',
    caseId: null,
    note: 'recertification reminder: certification expires in 90 days',
    from: CERT_PORTAL,
    to: K.keep,
    subject: '再認定のご案内: 認定の有効期限まであと 90 日です',
    date: d('2026-04-01 09:00:00', '+0900'),
    enc: 'jisb64',
    text: `森本 健吾 様

AWS Certified Developer - Associate の有効期限は 2026年6月30日 です。
認定を維持するには、期限までに最新バージョンの試験に合格してください。特典ページの割引バウチャーもご利用いただけます。

AWS 認定`,
  }),
  j({
    slug: 'ja-un-pearson-appointment',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'Pearson VUE appointment confirmation ("予約が確定しました"); test vendor, untrusted domain',
    from: PEARSON,
    to: S.src,
    subject: '試験予約確認 - AWS Certified Solutions Architect - Professional',
    date: d('2026-04-10 14:44:20', '+0900'),
    enc: 'sjis8',
    text: `石田 俊介 様

以下の内容で試験の予約が確定しました。

試験: SAP-C02 AWS Certified Solutions Architect - Professional
日時: 2026年4月25日 10:00
会場: オンライン監督試験 (OnVUE)
登録番号: 417339082

日程の変更は試験の24時間前まで可能です。
ピアソンVUE`,
  }),
  j({
    slug: 'ja-un-pearson-score',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    note: 'Pearson VUE: score report available',
    from: PEARSON,
    to: K.keep,
    subject: 'スコアレポートのお知らせ',
    date: d('2026-03-27 18:10:07', '+0900'),
    enc: 'utf8b64',
    text: `森本 健吾 様

先日受験された試験のスコアレポートが閲覧可能になりました。
ピアソンVUE のアカウントにサインインし、「試験履歴」からご確認ください。`,
  }),
  j({
    slug: 'ja-un-exam-result-reflected',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'exam result notice: passed, certification added to the account (not the merge)',
    from: CERT_PORTAL,
    to: S.keep,
    subject: '試験結果のお知らせ',
    date: d('2026-04-27 15:22:31', '+0900'),
    enc: 'jis7',
    text: `石田 俊介 様

AWS Certified Solutions Architect - Professional の試験結果が確定しました。結果: 合格
認定はお客様のアカウントに反映済みです。デジタルバッジは Credly からの案内メールをご確認ください。

AWS 認定`,
  }),
  j({
    slug: 'ja-un-skillbuilder-newsletter',
    kind: 'unrelated',
    caseId: null,
    note: 'Skill Builder monthly newsletter (HTML, multipart)',
    from: SKILLB,
    to: A.keep,
    subject: '【AWS Skill Builder】今月の新着コースとラーニングプラン',
    date: d('2026-03-15 11:00:00', '+0900'),
    enc: 'utf8qp',
    text: `今月の新着
- 生成 AI 入門(日本語字幕)
- Amazon Bedrock ハンズオン
- 認定試験対策: Security - Specialty

配信停止はメール設定から行えます。`,
    html: page(`<h1 style="font-size:22px">今月の新着</h1><ul><li>生成 AI 入門(日本語字幕)</li><li>Amazon Bedrock ハンズオン</li><li>認定試験対策: Security - Specialty</li></ul><p style="font-size:11px;color:#888">配信停止はメール設定から行えます。</p>`),
  }),
  j({
    slug: 'ja-un-summit-registration-done',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'AWS Summit registration completed: an event mail',
    from: AWS_JP_MKT,
    to: K.keep,
    subject: 'AWS Summit Japan 登録完了のお知らせ',
    date: d('2026-04-20 10:12:40', '+0900'),
    enc: 'jisb64',
    text: `森本 健吾 様

AWS Summit Japan へのご登録が完了しました。
当日は受付で下記の QR コードをご提示ください。認定者ラウンジもご利用いただけます。

アマゾン ウェブ サービス ジャパン合同会社`,
  }),
  j({
    slug: 'ja-un-billing-case-closed',
    kind: 'unrelated',
    caseId: ID.ayaBilling,
    trap: true,
    note: 'an AWS billing support case (not a merge case) was resolved and closed',
    from: NOTIFY,
    to: A.work,
    subject: `[Case ${ID.ayaBilling}] 請求に関するお問い合わせ - 解決済み`,
    date: d('2026-03-19 13:44:05', '+0900'),
    enc: 'sjis8',
    text: `ケース ${ID.ayaBilling}(請求書の宛名変更)は解決済みとしてクローズされました。

請求書 PDF の宛名は翌月分から新しい会社名で発行されます。

Amazon Web Services`,
  }),
  j({
    slug: 'ja-un-organizations-joined',
    kind: 'unrelated',
    caseId: null,
    trap: true,
    note: 'AWS Organizations: an AWS account joined the organization, billing consolidated; not the certification merge',
    from: NOTIFY,
    to: A.work,
    subject: 'AWS アカウントが組織に参加しました',
    date: d('2026-03-20 09:31:18', '+0900'),
    enc: 'jis7',
    text: `AWS アカウント 3021-4488-9153 が組織 o-7hq2kd81 に参加しました。
今後、このアカウントの利用料金は管理アカウントへ一括請求として統合されます。

Amazon Web Services`,
  }),
  j({
    slug: 'ja-un-hr-allowance',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'HR asks for certificate PDFs for the qualification allowance; internal mail',
    from: '人事部 資格手当担当 <hr-shikaku@sakura-dx.example.co.jp>',
    to: A.work,
    subject: '【要対応】資格手当申請のための認定証提出のお願い',
    date: d('2026-03-03 09:15:00', '+0900'),
    enc: 'sjisb64',
    text: `野々村さん

お疲れさまです。人事部です。
資格手当の申請にあたり、AWS 認定の認定証 PDF と認定番号を 3月13日までにご提出ください。
前職で取得された資格も対象です。認定アカウントの統合中の場合は、その旨を備考にご記入ください。

人事部 資格手当担当`,
  }),
  j({
    slug: 'ja-un-colleague-asks',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    trap: true,
    note: 'former colleague asks whether the merge finished and badges moved: a question, not news',
    from: '川口 直人 <n.kawaguchi@shiokaze-sys.example.co.jp>',
    to: K.keep,
    subject: '認定アカウントの件',
    date: d('2026-02-17 12:31:02', '+0900'),
    enc: 'jis7',
    text: `森本さん

おつかれです。例のアカウント統合、もう終わりました?
バッジもちゃんと移ったか教えてほしいです。自分も同じことやろうと思ってて。

川口`,
  }),
  j({
    slug: 'ja-un-own-forward-memo',
    kind: 'unrelated',
    caseId: ID.shun,
    trusted: false,
    trap: true,
    note: 'the user forwards support\'s merge notice to his own work address as a memo: his own mail',
    from: `${S.ja} <${S.keep}>`,
    to: S.src,
    subject: 'Fwd: Re: ご依頼の件',
    date: d('2026-04-18 12:02:15', '+0900'),
    enc: 'utf8b64',
    text: `メモ。統合済み、バッジは後で確認

${fwdJa(`AWS Training and Certification <${FORM_BARE}>`, '2026年4月18日(土) 10:20', 'Re: ご依頼の件', S.keep)}

石田様

ケース番号 ${ID.shun} の件です。
本日、2つの認定アカウントのマージを実施し、正常に終了しております。`,
  }),
  j({
    slug: 'ja-un-oldcorp-autoreply',
    kind: 'unrelated',
    caseId: ID.kengo,
    trusted: false,
    note: 'auto-reply from the user\'s former company mailbox (retired address); quotes the support subject',
    from: '潮風システムズ 自動応答 <noreply@shiokaze-sys.example.co.jp>',
    to: K.keep,
    subject: `自動応答: ${subj(ID.kengo)}`,
    date: d('2026-02-10 12:41:30', '+0900'),
    enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `このメールアドレス(${K.src})は現在使用されておりません。
ご用件は代表窓口までお願いいたします。

株式会社潮風システムズ`,
  }),
  j({
    slug: 'ja-un-survey-kaiketsu',
    kind: 'unrelated',
    caseId: ID.kengo,
    trap: true,
    note: 'survey after the case: "問題は解決しましたか"',
    from: NOTIFY,
    to: K.keep,
    subject: `ケース ${ID.kengo} のサポートについてアンケートにご協力ください`,
    date: d('2026-02-20 10:00:00', '+0900'),
    enc: 'utf8qp',
    text: `森本 健吾 様

先日のお問い合わせ(ケース ${ID.kengo})について、お客様の声をお聞かせください。
問題は解決しましたか? 担当者の対応はいかがでしたか?

アンケートは 2 分ほどで終わります。`,
  }),
  j({
    slug: 'ja-un-jp-event-invite',
    kind: 'unrelated',
    caseId: null,
    note: 'marketing: event for certified people',
    from: AWS_JP_MKT,
    to: S.keep,
    subject: 'AWS 認定者限定 オンライン交流会のご案内',
    date: d('2026-05-12 17:00:00', '+0900'),
    enc: 'sjis8',
    text: `AWS 認定をお持ちの皆さまへ

認定者同士で学びを共有するオンライン交流会を開催します。
日時: 2026年6月4日(木) 19:00 から 20:30
参加費: 無料

お申し込みはページ下部のボタンから。`,
  }),
  j({
    slug: 'ja-un-psi-resent-oldcorp',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    forUser: false,
    trap: true,
    note: 'PSI booking confirmation redirected by the old company\'s server (Resent-*): test vendor mail, not delivered to the user directly',
    from: PSI,
    to: A.src,
    subject: '受験予約の確認',
    date: d('2026-02-26 08:20:11', '+0900'),
    enc: 'jis7',
    resent: { from: 'postmaster@kumoiri-tech.example.co.jp', to: 'it-archive@kumoiri-tech.example.co.jp', date: d('2026-02-26 08:20:40', '+0900') },
    text: `野々村 彩 様

試験の予約を確認しました。予約番号: PSI-88213004
当日は本人確認書類を 2 点ご用意ください。

PSI`,
  }),
  j({
    slug: 'ja-un-team-list-inventory',
    kind: 'unrelated',
    caseId: null,
    trusted: false,
    forUser: false,
    note: 'internal mail to a team list (not the user) collecting certification status',
    from: '佐野 由紀 <y.sano@sakura-dx.example.co.jp>',
    to: 'クラウド推進チーム <cloud-team@sakura-dx.example.co.jp>',
    subject: 'AWS 認定の取得状況の棚卸しについて',
    date: d('2026-03-24 16:40:28', '+0900'),
    enc: 'utf8qp',
    text: `チームの皆さん

パートナー更新に向けて、各自の AWS 認定の取得状況を共有シートに記入してください。
複数のアカウントで取得している人は、まとめてから記入してもらえると助かります。

佐野`,
  }),
];
