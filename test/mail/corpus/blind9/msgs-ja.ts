// Japanese messages of held-out set h. Written fresh for this set.
import { rfcDate, type Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, ISSUER_AWS, KEN, KEN_REQUEST, MISAKI, MISAKI_REQUEST, PORTAL, SHO, SHO_REQUEST, SIG_JA, SUPPORT,
  esc, formSubject, formSubjectNew, gmailJa, htmlWithQuote, iphoneJa, mk, outlookJa, paras, quote, sfOriginal, sfRef,
} from './common.js';

const kenTo = `${KEN.ja} <${KEN.keep}>`;
const misakiTo = `${MISAKI.ja} <${MISAKI.keep}>`;
const shoTo = `${SHO.ja} <${SHO.keep}>`;

export const JA: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ja-ack-ken-standard', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ken,
    note: 'automatic receipt of the new case with its case ID and the 24h reply window',
    to: kenTo, subject: formSubjectNew(CASE.ken), date: rfcDate('2026-01-12 02:14:09'), enc: 'jis7',
    text: `${KEN.ja} 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせはケース番号 ${CASE.ken} として受け付けられました。

担当者が内容を確認し、通常 24 時間以内にこのメールアドレス宛てにご返信いたします。
同じ内容で別のケースを作成されますと、ご回答までにお時間をいただく場合がございますので、ご遠慮ください。
このメールに返信いただくと、同じケースに追記されます。

※本メールは送信専用のシステムから自動送信されています。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-ack-misaki-body-only', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki,
    note: 'receipt; the case ID appears only in the body',
    to: misakiTo, subject: 'お問い合わせを受け付けました', date: rfcDate('2026-01-20 11:02:44'), enc: 'sjis8', hdr: 'sjis', crlf: false,
    text: `小林 美咲 様

このたびはお問い合わせありがとうございます。
以下の番号でお問い合わせを承りました。

  受付番号 (Case ID): ${CASE.misaki}

内容を確認のうえ、1営業日を目安に担当よりご連絡を差し上げます。
恐れ入りますが、今しばらくお待ちくださいませ。

--
AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-ack-sho-html-only', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho,
    note: 'HTML-only receipt of a newly opened case',
    to: shoTo, subject: formSubjectNew(CASE.sho), date: rfcDate('2026-02-02 23:41:10'), enc: 'utf8b64',
    html: `<html><body style="font-family:sans-serif">
<p>高橋 翔 様</p>
<p>お問い合わせいただきありがとうございます。<br>
ケース <b>${CASE.sho}</b> を作成しました。</p>
<p>担当者からの返信は通常24時間以内にお送りします。追加情報がある場合は、このメールへの返信でお送りください。<br>
同じご依頼について新規ケースを作成しないようお願いいたします。</p>
<hr><p style="font-size:11px;color:#666">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-ack-ken-second-case', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenDup,
    note: 'receipt for a second (duplicate) case the user opened; still a receipt with its own case ID',
    to: kenTo, subject: formSubjectNew(CASE.kenDup), date: rfcDate('2026-01-13 08:55:31'), enc: 'jisb64',
    text: `中村 健一 様

ケース ${CASE.kenDup} を受け付けました。ありがとうございます。
順番に対応しておりますので、担当者からの連絡をお待ちください（目安: 24時間以内）。

すでに同じ内容のケースをお持ちの場合は、そちらへの返信で追加情報をお送りください。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-ack-misaki-mixed-boilerplate', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki,
    note: 'receipt with English boilerplate around a Japanese body',
    to: misakiTo, subject: formSubjectNew(CASE.misaki), date: rfcDate('2026-01-20 11:02:40'), enc: 'utf8qp',
    text: `Thank you for contacting AWS Training and Certification.

小林 様
お問い合わせ（ケースID ${CASE.misaki}）を受け付けました。
順次確認し、原則として翌営業日までにご返信いたします。

Please do not create a new case for the same request.
Case ID: ${CASE.misaki}`,
    html: `<p>Thank you for contacting AWS Training and Certification.</p>
<p>小林 様<br>お問い合わせ（ケースID ${CASE.misaki}）を受け付けました。<br>順次確認し、原則として翌営業日までにご返信いたします。</p>
<p>Please do not create a new case for the same request.<br>Case ID: ${CASE.misaki}</p>`,
  }),
  mk({
    slug: 'ja-ack-lookalike-domain', kind: 'acknowledgement', lang: 'ja', caseId: '1783390912', trusted: false,
    note: 'receipt wording but from a look-alike domain (aws-training-support.jp): untrusted',
    from: 'AWS トレーニングと認定 <case-desk@aws-training-support.jp>', to: kenTo, subject: formSubjectNew('1783390912'),
    date: rfcDate('2026-01-12 05:30:00', '+0900'), enc: 'jis7',
    text: `中村 健一 様

お問い合わせを受け付けました。ケース番号: 1783390912
担当者より24時間以内にご連絡いたします。進捗は下記ページでもご覧いただけます。
https://aws-training-support.jp/case/status

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-ack-lists-provided-info', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'receipt that echoes the fields the user submitted (ご提供いただいた情報); asks for nothing',
    to: shoTo, subject: formSubjectNew(CASE.sho), date: rfcDate('2026-02-02 23:41:12'), enc: 'sjisb64', hdr: 'sjis',
    text: `高橋 翔 様

ケース ${CASE.sho} を受け付けました。
ご提供いただいた情報は以下のとおりです。

お名前: 高橋 翔
会社名: (未入力)
AWS 候補者 ID: ${SHO.keepId}
お問い合わせの種類: AWS トレーニングと認定
内容:
${SHO_REQUEST}

内容に追加がある場合は、このメールにご返信ください。
担当者からの回答まで、通常24時間ほどお時間をいただいております。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-ack-notify-case-opened', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki, auth: 'dkimonly',
    note: 'AWS Support notification that a case was opened; case ID in the body',
    from: AWS_NOTIFY, to: misakiTo, subject: 'AWS サポート: ケースが作成されました', date: rfcDate('2026-01-20 11:02:51'), enc: 'utf8b64',
    text: `AWS サポートをご利用いただきありがとうございます。

新しいサポートケースが作成されました。
ケース ID: ${CASE.misaki}
件名: アカウントの統合について
重要度: 一般的なガイダンス

ケースの詳細はサポートセンターでご確認いただけます。
https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.misaki}

Amazon Web Services`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ja-ai-merge-tool', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'generated answer pointing at the self-service Merge Accounts tool, before a case exists',
    from: AWS_NOTIFY, to: kenTo, subject: 'お問い合わせへの自動回答', date: rfcDate('2026-01-12 02:09:40'), enc: 'jis7',
    text: `この回答は生成 AI によって作成されました。内容をご確認のうえご利用ください。

ご質問: 2つの認定アカウントを1つにまとめたい

回答:
AWS 認定のポータルにサインインし、プロフィールのメニューから「アカウントの統合（Merge Accounts）」を選ぶと、
ご自身で2つのアカウントをまとめられる場合があります。
両方のアカウントに認定の履歴がある場合はツールが使えないことがあり、その際はサポートへのお問い合わせが必要です。

この回答で解決しない場合は「ケースを作成」を選択してください。`,
  }),
  mk({
    slug: 'ja-ai-auto-articles', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'automated suggestion listing help articles; no human involved',
    from: AWS_NOTIFY, to: misakiTo, subject: 'おすすめのヘルプ記事', date: rfcDate('2026-01-20 10:58:03'), enc: 'sjis8', hdr: 'sjis',
    text: `小林 美咲 様

お問い合わせ内容をもとに、自動でおすすめの記事を選びました。

 - 認定アカウントを統合するには
 - Credly のデジタルバッジを受け取る
 - AWS Builder ID でのサインイン

記事で解決しない場合は、お問い合わせフォームから「ケースを作成」してください。
※このメッセージは自動送信です。`,
  }),
  mk({
    slug: 'ja-ai-explains-after-merge', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI answer describing what happens after a merge (badges on Credly); stays ai_answer',
    from: AWS_NOTIFY, to: shoTo, subject: 'Amazon Q からの回答', date: rfcDate('2026-02-02 23:35:27'), enc: 'utf8qp',
    text: `生成AIによる回答です。誤りを含む可能性があります。

アカウントを統合すると、統合元の認定資格と特典（次回試験の50%割引など）は統合先のアカウントに表示されます。
Credly のバッジは統合後に統合先のメールアドレス宛てに届くため、「バッジを入手する」から受け取ってください。
統合はセルフサービスのツール、またはサポートケースで依頼できます。

この回答は役に立ちましたか？ はい / いいえ`,
  }),
  mk({
    slug: 'ja-ai-mixed-generated', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'generated answer with English header lines and a Japanese body',
    from: AWS_NOTIFY, to: kenTo, subject: 'AWS Support - Generated answer / 生成された回答', date: rfcDate('2026-01-12 02:10:02'), enc: 'utf8b64', wholeSubject: true,
    text: `This answer was generated by AI.
----
ご自身で2つのプロフィールをまとめるには、aws.training の認定アカウントにサインインし、
「Merge Accounts」を開いて、もう一方のアカウントのサインイン情報を入力してください。
うまくいかない場合はケースを作成すると、担当者が対応します。
----
Was this answer helpful?`,
  }),
  mk({
    slug: 'ja-ai-misaligned-dkim', kind: 'ai_answer', lang: 'ja', caseId: null, auth: 'misaligned', trusted: false,
    note: 'AI answer text but DKIM signed by an unrelated bulk domain, dmarc=fail: untrusted',
    from: AWS_NOTIFY, to: misakiTo, subject: '自動回答: 認定アカウントの統合', date: rfcDate('2026-01-20 10:59:12'), enc: 'jisb64',
    text: `（自動生成された回答）
認定ポータルの「アカウントを統合」からお手続きいただけます。
ボタンが表示されない場合は、サポートケースを作成してください。`,
  }),
  mk({
    slug: 'ja-ai-html-alt', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI-generated guidance as multipart/alternative',
    from: AWS_NOTIFY, to: shoTo, subject: '生成AIによるご案内', date: rfcDate('2026-02-02 23:36:00'), enc: 'utf8qp',
    text: `生成AIがお問い合わせ内容に基づいて回答を作成しました。

1. aws.training にサインイン
2. 右上のプロフィールから「アカウントの統合」を選択
3. 統合したいもう一方のアカウントでサインイン

両アカウントに認定がある場合はご利用いただけないため、ケースを作成してください。`,
    html: `<p>生成AIがお問い合わせ内容に基づいて回答を作成しました。</p>
<ol><li>aws.training にサインイン</li><li>右上のプロフィールから「アカウントの統合」を選択</li><li>統合したいもう一方のアカウントでサインイン</li></ol>
<p>両アカウントに認定がある場合はご利用いただけないため、ケースを作成してください。</p>`,
  }),
  mk({
    slug: 'ja-ai-amazonq-sjis', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'Amazon Q recommended answer (automated)',
    from: AWS_NOTIFY, to: kenTo, subject: 'Amazon Q による推奨回答', date: rfcDate('2026-01-12 02:08:55'), enc: 'sjisb64', hdr: 'sjis',
    text: `Amazon Q による推奨回答

認定アカウントが2つある場合、まずセルフサービスの統合機能をお試しください。
プロフィール → アカウントの統合 の順に進みます。
統合後は、旧アカウントではサインインできなくなります。

※この回答は自動生成です。担当者への問い合わせを希望される場合は「ケースを作成」を押してください。`,
  }),
  mk({
    slug: 'ja-ai-short-selfservice', kind: 'ai_answer', lang: 'ja', caseId: CASE.sho,
    note: 'automated suggestion sent while the case waits for an agent; mentions the case ID',
    from: AWS_NOTIFY, to: shoTo, subject: `ケース ${CASE.sho} について: セルフサービスのご案内`, date: rfcDate('2026-02-03 00:10:00'), enc: 'jis7',
    text: `担当者が確認するまでの間、自動でご案内しています。
セルフサービスの「アカウントを統合」ツールで解決できる場合があります。
https://www.aws.training/Certification
解決した場合、このケースへの返信は不要です。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'ja-info-inline-candidate-ids', kind: 'info_request', lang: 'ja', caseId: CASE.ken,
    note: 'agent answers inside the quoted request and asks for both candidate IDs',
    to: kenTo, subject: formSubject(CASE.ken), date: rfcDate('2026-01-13 04:20:15'), enc: 'jis7',
    text: `中村 様

お問い合わせありがとうございます。いただいた内容に、以下のとおりインラインで回答いたします。

${gmailJa('2026-01-12 11:13', KEN.ja, KEN.keep)}
> AWS認定アカウントの統合をお願いしたく、ご連絡いたしました。
> ・残すアカウント: ${KEN.keep}

→ 承知しました。こちらのアカウントの AWS 候補者 ID（AWSから始まる番号）をお知らせください。

> ・統合元アカウント: ${KEN.src}

→ こちらも同様に、候補者 ID をご教示ください。プロフィール画面の右上に表示されています。

> 氏名: 中村 健一 (Kenichi Nakamura)

両方の ID がそろい次第、手続きを進めます。

${SIG_JA}
${sfRef('5Tq81')}`,
  }),
  mk({
    slug: 'ja-info-which-keep-kakunin', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'asks which account to keep, worded with ご確認のうえお知らせください: information, not consent',
    to: misakiTo, subject: formSubject(CASE.misaki), date: rfcDate('2026-01-21 06:45:00'), enc: 'sjis8', hdr: 'sjis',
    text: `小林 美咲 様

ご連絡ありがとうございます。
お調べしたところ、ご記載の2つのメールアドレスのほかに、同じお名前で登録されたアカウントがもう1つ見つかりました。
どのアカウントを残すご希望か、お手数ですがご確認のうえお知らせください。

 A: ${MISAKI.keep}
 B: ${MISAKI.src}
 C: misaki.kobayashi@example.co.jp

よろしくお願いいたします。
${SIG_JA}

${sfOriginal(MISAKI.keep, '2026/01/20 2:02', 'aws-cs-trainingcertification-form@amazon.com', 'アカウントの統合について', MISAKI_REQUEST)}`,
  }),
  mk({
    slug: 'ja-info-write-from-keep-with-id', kind: 'info_request', lang: 'ja', caseId: CASE.sho,
    note: 'asks to write from the kept address and to include the candidate ID: a request for data',
    to: `${SHO.ja} <${SHO.src}>`, subject: formSubject(CASE.sho), date: rfcDate('2026-02-04 01:12:33'), enc: 'utf8qp',
    text: `高橋 様

お問い合わせいただいたメールアドレスは統合元のものでした。
恐れ入りますが、残す側のアカウント（${SHO.keep}）のメールアドレスから、このケース番号 ${CASE.sho} を件名に入れてご返信いただけますか。
その際、両アカウントの候補者IDと、取得済みの認定名も本文に記載してください。

何卒よろしくお願い申し上げます。
${SIG_JA}`,
  }),
  mk({
    slug: 'ja-info-romaji-outlook', kind: 'info_request', lang: 'ja', caseId: CASE.ken,
    note: 'asks for the name in romaji and the company name; Outlook quote block below',
    to: kenTo, subject: formSubject(CASE.ken), date: rfcDate('2026-01-14 03:05:40'), enc: 'jisb64',
    text: `中村様

ID のご連絡ありがとうございました。
アカウントを特定するため、追加で以下を教えていただけますでしょうか。

1. 各アカウントに登録されている氏名（ローマ字表記）
2. 旧アカウント登録時の会社名

お手数をおかけいたしますが、よろしくお願いいたします。

${outlookJa('2026-01-13 22:40', `${KEN.ja} <${KEN.keep}>`, 'aws-cs-trainingcertification-form@amazon.com', formSubject(CASE.ken))}

お世話になっております。中村です。
候補者IDは以下のとおりです。
残す側 ${KEN.keepId}
統合元 ${KEN.srcId}
よろしくお願いいたします。`,
  }),
  mk({
    slug: 'ja-info-screenshot-long-thread', kind: 'info_request', lang: 'ja', caseId: CASE.misaki,
    note: 'asks for a screenshot of each account\'s certification page; long nested thread',
    to: misakiTo, subject: formSubject(CASE.misaki), date: rfcDate('2026-01-22 07:30:12'), enc: 'utf8b64',
    text: `小林様

ご返信ありがとうございます。A と B を統合し、A を残す形で承りました。
念のため、それぞれのアカウントで「認定」ページを開いた画面のスクリーンショットを添付してお送りいただけますか。
取得日が分かる部分が写っていれば十分です。

${gmailJa('2026-01-21 19:02', MISAKI.ja, MISAKI.keep)}
> ご連絡ありがとうございます。
> A を残して、B をまとめていただきたいです。C は心当たりがないので、今回は対象外でお願いします。
>
> ${gmailJa('2026-01-21 15:45', 'AWS Training and Certification', 'aws-cs-trainingcertification-form@amazon.com')}
>> 小林 美咲 様
>>
>> ご連絡ありがとうございます。
>> どのアカウントを残すご希望か、お手数ですがご確認のうえお知らせください。
>>
>>  A: ${MISAKI.keep}
>>  B: ${MISAKI.src}
>>  C: misaki.kobayashi@example.co.jp
>>
>> ${gmailJa('2026-01-20 11:02', MISAKI.ja, MISAKI.keep)}
>>> お世話になります。小林と申します。
>>> 前職のメールで登録した認定アカウントの資格を、現在のアカウントに移していただけないでしょうか。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-info-which-address-notfound', kind: 'info_request', lang: 'ja', caseId: CASE.sho,
    note: 'the source account could not be found; asks for the correct login address',
    to: shoTo, subject: formSubject(CASE.sho), date: rfcDate('2026-02-05 02:44:09'), enc: 'jis7',
    text: `高橋 翔 様

お送りいただいた統合元のアドレス ${SHO.src} では、認定アカウントが見つかりませんでした。
ログインに使っていた別のメールアドレスや、試験の予約時に使ったアドレスに心当たりはございますか。
正しいアドレスをご教示いただけますでしょうか。

引き続きよろしくお願いいたします。
${SIG_JA}`,
  }),
  mk({
    slug: 'ja-info-phish-password', kind: 'info_request', lang: 'ja', caseId: CASE.ken, trusted: false, auth: 'none',
    note: 'asks for passwords from a look-alike sender with no Authentication-Results: untrusted',
    from: 'AWS認定サポート <support@aws-certification-help.jp>', to: kenTo, subject: formSubject(CASE.ken),
    date: rfcDate('2026-01-13 10:11:00', '+0900'), enc: 'jis7',
    text: `中村様

統合作業のため、両方のアカウントのパスワードと、登録している電話番号を本メールにご返信ください。
48時間以内にご返信がない場合、ケースは無効になります。

AWS認定サポート`,
  }),
  mk({
    slug: 'ja-info-resent-from-corp', kind: 'info_request', lang: 'ja', caseId: CASE.kenDup, forUser: false,
    note: 'request for IDs delivered to the old corporate mailbox and redirected (Resent-*): not delivered to the user as such',
    to: `${KEN.ja} <${KEN.src}>`, subject: formSubject(CASE.kenDup), date: rfcDate('2026-01-14 01:00:03'), enc: 'jis7',
    resent: { from: 'postmaster@corp-b.example.co.jp', to: 'it-helpdesk@corp-b.example.co.jp', date: rfcDate('2026-01-14 10:00:09', '+0900') },
    text: `中村 健一 様

お問い合わせありがとうございます。
お手続きのため、統合先と統合元それぞれの候補者 ID とメールアドレスをお知らせください。

${SIG_JA}`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'ja-conf-irreversible-reply', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken,
    note: 'asks the user to agree to the merge, which cannot be undone, by replying',
    to: kenTo, subject: formSubject(CASE.ken), date: rfcDate('2026-01-15 05:18:27'), enc: 'jis7',
    text: `中村 健一 様

情報のご提供ありがとうございました。以下の内容で統合を行います。

統合先（残るアカウント）: ${KEN.keepId} / ${KEN.keep}
統合元（なくなるアカウント）: ${KEN.srcId} / ${KEN.src}

統合後に元へ戻すことはできません。
この内容で進めてよろしいでしょうか。差し支えなければ、このメールにその旨ご返信ください。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-conf-doui-shimasu', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki,
    note: 'summary of both accounts, then asks for a reply saying 同意します',
    to: misakiTo, subject: formSubject(CASE.misaki), date: rfcDate('2026-01-23 03:33:00'), enc: 'sjis8', hdr: 'sjis',
    text: `小林様

スクリーンショットのご送付ありがとうございました。以下のアカウントをお調べしました。

[残すアカウント] ${MISAKI.keepId}
  AWS Certified Cloud Practitioner (2023/06/10 取得)
[まとめるアカウント] ${MISAKI.srcId}
  AWS Certified Developer - Associate (2024/11/02 取得)

統合を行うと、まとめる側のアカウントは使えなくなり、この操作は取り消せません。
問題なければ、本メールに「同意します」とご返信ください。ご返信をいただいてから作業を開始します。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-conf-goryosho-kahi', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho,
    note: 'asks whether to carry out the merge, after warning it cannot be reverted',
    to: shoTo, subject: formSubject(CASE.sho), date: rfcDate('2026-02-06 04:02:11'), enc: 'utf8b64',
    text: `高橋様、

統合元アカウントが見つかりました、ご連絡ありがとうございます。
一度統合すると元に戻せませんので、ご了承の上で、実施してよいかどうかをお知らせください。
お返事をいただいた後、1から3営業日ほどで作業いたします。

${SIG_JA}

${iphoneJa('2026-02-05 21:40', SHO.ja, SHO.keep)}
> 試験予約のときは ${SHO.src} ではなく sho.t@sier.example.co.jp を使っていたかもしれません。
> そちらで探していただけますか。`,
  }),
  mk({
    slug: 'ja-conf-bilingual', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken,
    note: 'bilingual consent request; the new text is mainly Japanese',
    to: kenTo, subject: formSubject(CASE.ken), date: rfcDate('2026-01-15 05:20:00'), enc: 'utf8qp',
    text: `中村様

(English follows Japanese)

アカウント ${KEN.srcId} の認定履歴を ${KEN.keepId} へ移す作業は、実施後に取り消しできません。
このまま進めることに同意いただけるか、ご返信をお願いいたします。

Please reply to let us know you agree to move the history of ${KEN.srcId} into ${KEN.keepId}. This cannot be undone.

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-conf-html-alt', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki,
    note: 'consent request as multipart/alternative with the accounts in a table',
    to: misakiTo, subject: formSubject(CASE.misaki), date: rfcDate('2026-01-23 03:35:10'), enc: 'utf8qp',
    text: `小林様

下記のとおり統合を予定しています。
残すアカウント: ${MISAKI.keep}
まとめるアカウント: ${MISAKI.src}
統合は元に戻せない操作となります。進めてよろしければ、このメールへの返信でお知らせいただけますか。`,
    html: `<p>小林様</p><p>下記のとおり統合を予定しています。</p>
<table border="1" cellpadding="4"><tr><th>残すアカウント</th><td>${MISAKI.keep}</td></tr><tr><th>まとめるアカウント</th><td>${MISAKI.src}</td></tr></table>
<p>統合は元に戻せない操作となります。進めてよろしければ、このメールへの返信でお知らせいただけますか。</p>`,
  }),
  mk({
    slug: 'ja-conf-forged-below', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho, auth: 'forgedBelow', trusted: false,
    note: 'consent request wording, but the only pass verdict sits below the server\'s Received line: untrusted',
    to: shoTo, subject: formSubject(CASE.sho), date: rfcDate('2026-02-06 09:00:00'), enc: 'jisb64',
    text: `高橋様

統合を行ってよろしいですか。取り消しはできません。
よろしければ下記フォームから同意してください。
https://aws-merge-consent.example.net/${CASE.sho}`,
  }),
  mk({
    slug: 'ja-conf-ids-between-words', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho,
    note: 'asks for a reply if the listed accounts are right; identifiers sit between the meaning words',
    to: shoTo, subject: formSubject(CASE.sho), date: rfcDate('2026-02-06 04:05:00'), enc: 'sjisb64', hdr: 'sjis',
    text: `高橋 翔 様

統合先 ${SHO.keepId}（${SHO.keep}）、統合元 ${SHO.srcId}（sho.t@sier.example.co.jp）、
上記で相違なければ、統合の実施に同意する旨をご返信いただけますでしょうか。
なお、統合は不可逆の処理となりますのでご注意ください。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-conf-to-team-list', kind: 'confirmation_request', lang: 'ja', caseId: '1779230041', forUser: false,
    note: 'consent request addressed to another customer\'s team list, not to the user',
    to: 'クラウド推進室 <cloud-team@partner.example.co.jp>', subject: formSubject('1779230041'), date: rfcDate('2026-01-28 06:00:00'), enc: 'jis7',
    text: `ご担当者様

お問い合わせのあった 山本 様 のアカウント統合について、実施前に最終確認をお願いいたします。
統合は元に戻せません。ご同意いただける場合は、このメールに返信してください。

${SIG_JA}`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'ja-merged-kanryo', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken,
    note: 'support says the account merge is done',
    to: kenTo, subject: formSubject(CASE.ken), date: rfcDate('2026-01-16 00:41:50'), enc: 'jis7',
    text: `中村 様

お待たせいたしました。
ご依頼いただいたアカウントの統合が完了いたしました。
${KEN.keep} でサインインのうえ、認定資格が表示されていることをご確認ください。

${SIG_JA}

${gmailJa('2026-01-15 17:25', KEN.ja, KEN.keep)}
> 内容に相違ありません。統合をお願いいたします。`,
  }),
  mk({
    slug: 'ja-merged-check-benefits', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki,
    note: 'completion notice that asks the user to check certifications and benefits: still merge_completed',
    to: misakiTo, subject: formSubject(CASE.misaki), date: rfcDate('2026-01-26 08:12:00'), enc: 'sjis8', hdr: 'sjis',
    text: `小林 美咲 様

統合作業が終わりましたので、ご報告いたします。
${MISAKI.keep} のアカウントにサインインし、Developer - Associate を含む認定資格と、特典（割引バウチャー）が表示されているかご確認ください。
表示に不足がある場合は、このケースにご返信ください。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-merged-outlook-and-close', kind: 'merge_completed', lang: 'ja', caseId: CASE.sho,
    note: 'merge done and the case will now be closed: the new fact is the merge',
    to: shoTo, subject: formSubject(CASE.sho), date: rfcDate('2026-02-09 02:30:45'), enc: 'utf8qp',
    text: `高橋様

マージ作業が完了しました。${SHO.srcId} の試験履歴は ${SHO.keepId} に移っています。
本件はこれにてクローズとさせていただきます。

${outlookJa('2026-02-06 13:50', `高橋 翔 <${SHO.keep}>`, 'aws-cs-trainingcertification-form@amazon.com', formSubject(CASE.sho))}

同意します。よろしくお願いします。`,
  }),
  mk({
    slug: 'ja-merged-portal-notice', kind: 'merge_completed', lang: 'ja', caseId: null,
    note: 'the certification portal\'s own notice that the accounts were merged; no case ID',
    from: PORTAL, to: kenTo, subject: 'AWS 認定アカウントが統合されました', date: rfcDate('2026-01-16 00:39:02'), enc: 'utf8b64',
    text: `中村 健一 様

お客様の AWS 認定アカウントは、別のアカウントと統合されました。
今後は ${KEN.keep} でサインインしてください。
統合されたアカウントの認定、試験履歴、特典は、このアカウントでご覧いただけます。

この変更に心当たりがない場合は、AWS トレーニングと認定サポートへご連絡ください。

AWS Certification`,
  }),
  mk({
    slug: 'ja-merged-html-only-jis', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki,
    note: 'HTML-only completion notice in ISO-2022-JP',
    to: misakiTo, subject: formSubject(CASE.misaki), date: rfcDate('2026-01-26 08:15:00'), enc: 'jisb64',
    html: `<html><body>
<p>小林様</p>
<p>2つの認定アカウントを1つにまとめる処理が完了しました。<br>
旧アカウント ${esc(MISAKI.src)} の認定は、${esc(MISAKI.keep)} に引き継がれています。</p>
<p>${SIG_JA}</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-merged-lookalike', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken, trusted: false,
    note: 'completion wording from a look-alike domain (amaz0n-support.com): untrusted',
    from: 'AWS Training and Certification <support@amaz0n-support.com>', to: kenTo, subject: formSubject(CASE.ken),
    date: rfcDate('2026-01-15 23:00:00'), enc: 'jis7',
    text: `中村様

アカウントの統合が完了しました。
下記より新しいアカウントにログインし、カード情報を再登録してください。
https://amaz0n-support.com/login`,
  }),
  mk({
    slug: 'ja-merged-iko-sjisb64', kind: 'merge_completed', lang: 'ja', caseId: CASE.sho,
    note: 'support reports the certification history was moved into the kept account (移行いたしました)',
    to: shoTo, subject: formSubject(CASE.sho), date: rfcDate('2026-02-09 02:28:00'), enc: 'sjisb64', hdr: 'sjis',
    text: `高橋 翔 様

お世話になっております。
統合元アカウントの認定履歴を、統合先アカウント ${SHO.keepId} へ移行いたしました。
統合元のアカウント ${SHO.srcId} はご利用いただけなくなっております。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-merged-resent-corp', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken, forUser: false,
    note: 'completion notice that reached the old corporate box and was redirected (Resent-*): not delivered to the user',
    to: `${KEN.ja} <${KEN.src}>`, subject: formSubject(CASE.ken), date: rfcDate('2026-01-16 00:42:10'), enc: 'jisb64',
    resent: { from: 'mail-admin@corp-b.example.co.jp', to: 'retired-staff@corp-b.example.co.jp', date: rfcDate('2026-01-16 09:50:00', '+0900') },
    text: `中村様

アカウントの統合処理を完了しました。今後は ${KEN.keep} をご利用ください。

${SIG_JA}`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'ja-credly-aws-badge', kind: 'badges_transferred', lang: 'ja', caseId: null, from: CREDLY_AWS,
    note: 'AWS\'s Credly badge notice in Japanese with the 「バッジを入手する」 button',
    to: kenTo, subject: `${ISSUER_AWS}のバッジ発行のお知らせ`, date: rfcDate('2026-01-17 10:04:33'), enc: 'utf8b64',
    text: `中村 健一 様

${ISSUER_AWS} から新しいバッジが発行されました。

AWS Certified Solutions Architect - Associate

バッジを入手する: https://www.credly.com/earner/earned/badge/3f1c9a20-7e55-4b0e-9d4a-1f2b7c8e6a01

Credly`,
    html: `<p>中村 健一 様</p><p>${ISSUER_AWS} から新しいバッジが発行されました。</p>
<p><b>AWS Certified Solutions Architect - Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/3f1c9a20-7e55-4b0e-9d4a-1f2b7c8e6a01" style="background:#ff6b00;color:#fff;padding:8px 16px">バッジを入手する</a></p>`,
  }),
  mk({
    slug: 'ja-support-badges-moved', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ken2,
    note: 'support says the Credly badges were moved to the kept address',
    to: kenTo, subject: formSubject(CASE.ken2), date: rfcDate('2026-01-21 04:10:00'), enc: 'jis7',
    text: `中村様

お問い合わせの件、Credly のデジタルバッジを統合先のメールアドレス（${KEN.keep}）へ移しました。
Credly にサインインすると、3つのバッジがダッシュボードに表示されます。

${SIG_JA}

${gmailJa('2026-01-19 20:31', KEN.ja, KEN.keep)}
> 統合は完了したのですが、Credly のバッジが旧アドレスのままです。
> 移行をお願いできますでしょうか。`,
  }),
  mk({
    slug: 'ja-credly-three-badges-html', kind: 'badges_transferred', lang: 'ja', caseId: null, from: CREDLY_AWS,
    note: 'HTML-only Credly notice of three AWS badges',
    to: misakiTo, subject: `${ISSUER_AWS}のバッジ発行のお知らせ`, date: rfcDate('2026-01-27 13:00:05'), enc: 'utf8qp',
    html: `<html><body>
<h2>新しいバッジが3件あります</h2>
<p>${ISSUER_AWS} が、あなたにバッジを発行しました。</p>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Developer - Associate</li><li>AWS Certified AI Practitioner</li></ul>
<p><a href="https://www.credly.com/earner/earned">バッジを入手する</a></p>
<p style="font-size:10px">Credly, Inc.</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-support-reissued-and-close', kind: 'badges_transferred', lang: 'ja', caseId: CASE.misaki,
    note: 'support announces the badges were re-issued and closes: badges_transferred',
    to: misakiTo, subject: formSubject(CASE.misaki), date: rfcDate('2026-01-27 12:40:00'), enc: 'sjis8', hdr: 'sjis',
    text: `小林 美咲 様

お待たせしました。Credly のバッジを統合先アカウントあてに再発行しました。
Credly からのメールに記載の「バッジを入手する」から受け取ってください。

以上で本ケースはクローズいたします。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-credly-lookalike-capital-i', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false,
    note: 'AWS badge notice from credIy.com (capital I look-alike): untrusted',
    from: `${ISSUER_AWS} via Credly <admin@credIy.com>`, to: shoTo, subject: `${ISSUER_AWS}のバッジ発行のお知らせ`,
    date: rfcDate('2026-02-10 01:00:00'), enc: 'utf8b64',
    text: `${ISSUER_AWS} から新しいバッジが届いています。
バッジを入手する: https://credIy.com/accept?id=88123`,
    html: `<p>${ISSUER_AWS} から新しいバッジが届いています。</p><p><a href="https://credIy.com/accept?id=88123">バッジを入手する</a></p>`,
  }),
  mk({
    slug: 'ja-support-badges-inline', kind: 'badges_transferred', lang: 'ja', caseId: CASE.sho,
    note: 'support replies inline to the user\'s question and says the badges now sit on the kept account',
    to: shoTo, subject: formSubject(CASE.sho), date: rfcDate('2026-02-11 05:00:00'), enc: 'jisb64',
    text: `高橋様

${gmailJa('2026-02-10 12:14', SHO.ja, SHO.keep)}
> 統合ありがとうございました。
> ただ、Credly のバッジが旧アドレスに残っています。

バッジの移行処理を行い、現在は ${SHO.keep} のCredlyアカウントに付いております。

> 再発行などは必要でしょうか。

再発行の手続きは不要です。そのままご利用いただけます。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-credly-dkimonly', kind: 'badges_transferred', lang: 'ja', caseId: null, from: CREDLY_AWS, auth: 'dkimonly',
    note: 'AWS badge via Credly, aligned DKIM only',
    to: shoTo, subject: `${ISSUER_AWS}のバッジ発行のお知らせ`, date: rfcDate('2026-02-11 06:31:00'), enc: 'utf8b64',
    text: `高橋 翔 様
おめでとうございます。${ISSUER_AWS} があなたにバッジを発行しました。
AWS Certified SysOps Administrator - Associate
バッジを入手する → https://www.credly.com/earner/earned/badge/7d20e1aa`,
    html: `<p>高橋 翔 様</p><p>おめでとうございます。${ISSUER_AWS} があなたにバッジを発行しました。</p><p>AWS Certified SysOps Administrator - Associate</p><p><a href="https://www.credly.com/earner/earned/badge/7d20e1aa">バッジを入手する</a></p>`,
  }),
  mk({
    slug: 'ja-support-credly-iko', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ken2,
    note: 'support says the badge move on Credly has been done and acceptance mail will follow',
    to: kenTo, subject: formSubject(CASE.ken2), date: rfcDate('2026-01-21 04:12:00'), enc: 'sjisb64', hdr: 'sjis',
    text: `中村 健一 様

Credly 側でバッジの移行を実施しました。
対象: Solutions Architect - Associate, Developer - Associate, Cloud Practitioner
${KEN.keep} に Credly から受け取りのメールが届きますので、そちらから承認してください。

${SIG_JA}`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'ja-closed-resolved', kind: 'case_closed', lang: 'ja', caseId: CASE.ken2,
    note: 'the case was closed as resolved',
    to: kenTo, subject: formSubject(CASE.ken2), date: rfcDate('2026-01-24 04:00:00'), enc: 'jis7',
    text: `中村様

本ケースは解決済みとしてクローズいたしました。
ご不明な点がございましたら、7日以内であればこのメールへの返信で再開できます。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-closed-auto-3days', kind: 'case_closed', lang: 'ja', caseId: CASE.sho,
    note: 'reminder that the case closes automatically in 3 days without a reply',
    to: shoTo, subject: formSubject(CASE.sho), date: rfcDate('2026-02-08 03:00:00'), enc: 'sjis8', hdr: 'sjis',
    text: `高橋様

先日お送りしたメールについて、まだご返信をいただいておりません。
3日以内にご返信がない場合、本ケースは自動的にクローズされます。
引き続きサポートが必要な場合は、このメールにご返信ください。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-closed-restates-merge', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'closing notice that only restates the merge done last week',
    to: misakiTo, subject: formSubject(CASE.misaki), date: rfcDate('2026-02-02 05:00:00'), enc: 'utf8qp',
    text: `小林様

先週ご報告のとおり、アカウントの統合およびバッジの再発行は完了しております。
その後ご連絡がございませんでしたので、本ケースはクローズとさせていただきます。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-closed-notify-resolved', kind: 'case_closed', lang: 'ja', caseId: CASE.ken2,
    note: 'AWS Support notification that the case is now resolved',
    from: AWS_NOTIFY, to: kenTo, subject: `ケース ${CASE.ken2} は解決済みになりました`, date: rfcDate('2026-01-24 04:00:20'), enc: 'utf8b64',
    text: `AWS サポートをご利用いただきありがとうございます。

ケース ${CASE.ken2}「Credly バッジについて」のステータスが「解決済み」に変更されました。
ケースを再度開く必要がある場合は、サポートセンターから返信してください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-duplicate-case', kind: 'case_closed', lang: 'ja', caseId: CASE.kenDup, trap: true,
    note: 'closes the duplicate case in favour of the first one; a case merge, not the account merge',
    to: kenTo, subject: formSubject(CASE.kenDup), date: rfcDate('2026-01-13 09:30:00'), enc: 'jisb64',
    text: `中村 健一 様

同じ内容のケースが2件作成されていたため、ケースを統合いたしました。
本ケース ${CASE.kenDup} はクローズし、以降のやり取りはケース ${CASE.ken} で継続いたします。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-closed-dmarc-fail', kind: 'case_closed', lang: 'ja', caseId: CASE.sho, auth: 'fail', trusted: false,
    note: 'closing notice with dmarc=fail: untrusted',
    to: shoTo, subject: formSubject(CASE.sho), date: rfcDate('2026-02-12 01:00:00'), enc: 'jis7',
    text: `高橋様

本ケースはクローズされました。
アンケートへのご協力をお願いします: https://survey-aws.example.info/${CASE.sho}`,
  }),
  mk({
    slug: 'ja-closed-html-sjis', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki,
    note: 'HTML-only notice that the case has been closed',
    to: misakiTo, subject: formSubject(CASE.misaki), date: rfcDate('2026-02-02 05:01:00'), enc: 'sjisb64', hdr: 'sjis',
    html: `<html><body><p>小林 美咲 様</p>
<p>お問い合わせいただいたケース（${CASE.misaki}）は終了しました。<br>
ご利用いただきありがとうございました。</p>
<p>${SIG_JA}</p></body></html>`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'ja-sr-kakunin-passed-on', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'thanks for the consent, passed to the team; the merge is still to come',
    to: kenTo, subject: formSubject(CASE.ken), date: rfcDate('2026-01-15 09:00:00'), enc: 'jis7',
    text: `中村様

ご確認いただきありがとうございます。担当チームに統合作業を依頼しました。
作業が終わり次第、改めてご連絡いたします。

${SIG_JA}

${gmailJa('2026-01-15 17:25', KEN.ja, KEN.keep)}
> 内容に相違ありません。統合をお願いいたします。
>
> ${gmailJa('2026-01-15 14:18', 'AWS Training and Certification', 'aws-cs-trainingcertification-form@amazon.com')}
>> 統合後に元へ戻すことはできません。
>> この内容で進めてよろしいでしょうか。`,
  }),
  mk({
    slug: 'ja-sr-future-shimashitara', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'future statement: 統合が完了しましたらご連絡 (3-5 business days)',
    to: misakiTo, subject: formSubject(CASE.misaki), date: rfcDate('2026-01-23 10:00:00'), enc: 'sjis8', hdr: 'sjis', crlf: false,
    text: `小林様

ご同意ありがとうございます。
統合が完了しましたら、改めてこちらからご連絡いたします。
通常3から5営業日ほどお時間をいただいております。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-sr-escalated', kind: 'support_reply', lang: 'ja', caseId: CASE.sho,
    note: 'status: escalated to a specialist team',
    to: shoTo, subject: formSubject(CASE.sho), date: rfcDate('2026-02-05 08:00:00'), enc: 'utf88bit',
    text: `高橋様

お待たせしております。
お調べした結果、試験予約時のアドレスについては当窓口では照会できないため、本件は社内の専門チームにエスカレーションいたしました。
回答が届き次第お知らせします。

${SIG_JA}

${iphoneJa('2026-02-05 12:02', SHO.ja, SHO.keep)}
> 追加です。前の会社から転送してもらったメールも貼っておきます。
>
> -------- Forwarded Message --------
> 件名: ${formSubject(CASE.sho)}
> 日付: Thu, 5 Feb 2026 02:44:09 +0000
> 差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
> 宛先: ${SHO.ja} <${SHO.keep}>
>
> お送りいただいた統合元のアドレス ${SHO.src} では、認定アカウントが見つかりませんでした。
> 正しいアドレスをご教示いただけますでしょうか。
>
> ${outlookJa('2026-02-05 11:30', '佐々木 <sasaki@sier.example.co.jp>', `${SHO.ja} <${SHO.keep}>`, '転送: 認定アカウントの件')}
> 高橋さん
> 社内の記録では sho.t@sier.example.co.jp で登録されていました。ご参考まで。`,
  }),
  mk({
    slug: 'ja-sr-not-yet-done', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'negated: the merge has not been completed yet',
    to: misakiTo, subject: formSubject(CASE.misaki), date: rfcDate('2026-01-25 02:00:00'), enc: 'utf8b64',
    text: `小林様

お問い合わせの件ですが、現時点では統合はまだ完了しておりません。
作業チームで処理中のため、もうしばらくお待ちいただけますでしょうか。

${SIG_JA}

${outlookJa('2026-01-24 22:10', `小林 美咲 <${MISAKI.keep}>`, SUPPORT, formSubject(CASE.misaki))}

統合の状況はいかがでしょうか。`,
  }),
  mk({
    slug: 'ja-sr-write-from-keep', kind: 'support_reply', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'asks only to write from the kept address (no data requested): support_reply',
    to: `${SHO.ja} <${SHO.src}>`, subject: formSubject(CASE.sho), date: rfcDate('2026-02-03 09:00:00'), enc: 'jisb64',
    text: `高橋様

セキュリティ上の理由により、統合先のメールアドレスからご連絡いただけますでしょうか。
このメールに統合先のアドレスから返信していただければ結構です。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-sr-cannot-merge-name', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'negated: names differ, so the merge cannot be done (no request for data)',
    to: kenTo, subject: formSubject(CASE.ken), date: rfcDate('2026-01-14 06:00:00'), enc: 'sjisb64', hdr: 'sjis',
    text: `中村 様

確認したところ、2つのアカウントの登録氏名が異なっていたため、現在の状態では統合できません。
氏名はそれぞれのアカウントのプロフィール画面から変更できます。登録氏名がそろった段階で、改めて統合の可否を判断いたします。

${SIG_JA}`,
  }),
  mk({
    slug: 'ja-sr-duplicate-cases-merged', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'duplicate cases were combined into one; work continues here',
    to: kenTo, subject: formSubject(CASE.ken), date: rfcDate('2026-01-13 09:32:00'), enc: 'jis7',
    text: `中村様

重複して作成されたケース（${CASE.kenDup}）の内容をこちらのケースにまとめました。
今後はこのケース ${CASE.ken} でご対応いたしますので、こちらにご返信ください。

${SIG_JA}`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'ja-un-survey', kind: 'unrelated', lang: 'ja', caseId: CASE.ken2, trap: true, from: AWS_NOTIFY,
    note: 'satisfaction survey (問題は解決しましたか)',
    to: kenTo, subject: 'サポートのご利用に関するアンケート', date: rfcDate('2026-01-24 06:00:00'), enc: 'jis7',
    text: `中村様

先日はケース ${CASE.ken2} でサポートをご利用いただきありがとうございました。
問題は解決しましたか？ 1分ほどのアンケートにご協力ください。
https://amazonwebservices.qualtrics.example/survey?case=${CASE.ken2}`,
  }),
  mk({
    slug: 'ja-un-microsoft-credly', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    from: 'Microsoft via Credly <admin@credly.com>',
    note: 'a Credly badge from another issuer (Microsoft)',
    to: misakiTo, subject: 'Microsoftのバッジ発行のお知らせ', date: rfcDate('2026-01-28 02:00:00'), enc: 'utf8b64',
    text: `小林 美咲 様
Microsoft があなたにバッジを発行しました。
Microsoft Certified: Azure Fundamentals
バッジを入手する: https://www.credly.com/earner/earned/badge/ms-az900`,
    html: `<p>小林 美咲 様</p><p>Microsoft があなたにバッジを発行しました。</p><p>Microsoft Certified: Azure Fundamentals</p><p><a href="https://www.credly.com/earner/earned/badge/ms-az900">バッジを入手する</a></p>`,
  }),
  mk({
    slug: 'ja-un-own-forward', kind: 'unrelated', lang: 'ja', caseId: CASE.ken, trap: true, trusted: false, auth: 'none',
    note: 'the user forwards support\'s consent request to his other address: own mail',
    from: `${KEN.ja} <${KEN.src}>`, to: `${KEN.ja} <${KEN.keep}>`, subject: `Fw: ${formSubject(CASE.ken)}`,
    date: rfcDate('2026-01-15 14:30:00', '+0900'), enc: 'jis7', relay: 'smtp.corp-b.example.co.jp',
    text: `自分用メモ。家で返信する。

-------- 転送メッセージ --------
${outlookJa('2026-01-15 14:18', 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', `${KEN.ja} <${KEN.keep}>`, formSubject(CASE.ken))}

中村 健一 様
統合後に元へ戻すことはできません。
この内容で進めてよろしいでしょうか。差し支えなければ、このメールにその旨ご返信ください。`,
  }),
  mk({
    slug: 'ja-un-out-of-office', kind: 'unrelated', lang: 'ja', caseId: CASE.misaki, trusted: false, auth: 'none',
    note: 'out-of-office auto-reply from the user\'s former company',
    from: '総務部 <soumu@former.example.jp>', to: misakiTo, subject: `自動応答: ${formSubject(CASE.misaki)}`,
    date: rfcDate('2026-01-21 15:46:00', '+0900'), enc: 'sjis8', hdr: 'sjis', relay: 'mx1.former.example.jp',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `このメールは自動送信されています。
小林は退職いたしました。ご用件は総務部（soumu@former.example.jp）までお願いいたします。`,
  }),
  mk({
    slug: 'ja-un-exam-result', kind: 'unrelated', lang: 'ja', caseId: null, trap: true, from: PORTAL,
    note: 'exam result mail from the certification portal',
    to: shoTo, subject: 'AWS 認定試験の結果が利用可能になりました', date: rfcDate('2026-02-12 07:00:00'), enc: 'utf8qp',
    text: `高橋 翔 様

AWS Certified Security - Specialty の試験結果が確認できるようになりました。
認定アカウントにサインインし、「試験履歴」から結果をご覧ください。
合格された場合、Credly からのバッジのご案内は数日以内に届きます。

AWS Certification`,
  }),
  mk({
    slug: 'ja-un-skillbuilder-resent', kind: 'unrelated', lang: 'ja', caseId: null, trap: true, forUser: false,
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>',
    note: 'Skill Builder course-completion mail, redirected from the old mailbox (Resent-*)',
    to: `${MISAKI.ja} <${MISAKI.src}>`, subject: 'コースを修了しました: AWS Cloud Practitioner Essentials', date: rfcDate('2026-01-18 05:00:00'), enc: 'utf8b64',
    resent: { from: 'postmaster@former.example.jp', to: 'archive@former.example.jp', date: rfcDate('2026-01-18 14:01:00', '+0900') },
    text: `おめでとうございます。コースの受講が完了しました。
修了証は AWS Skill Builder の「マイラーニング」からダウンロードできます。`,
  }),
  mk({
    slug: 'ja-un-summit-html', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    from: 'AWS Japan イベント事務局 <aws-japan-events@amazon.com>',
    note: 'event marketing mentioning account merging sessions',
    to: kenTo, subject: 'AWS Summit Japan 登録受付開始のお知らせ', date: rfcDate('2026-02-01 01:00:00'), enc: 'jisb64',
    text: `AWS Summit Japan の登録受付を開始しました。
今年は「認定アカウントの統合とデジタルバッジ活用」をテーマにしたセッションも予定しています。
ご登録はこちら: https://aws.amazon.com/jp/summits/japan/`,
    html: `<p>AWS Summit Japan の登録受付を開始しました。</p><p>今年は「認定アカウントの統合とデジタルバッジ活用」をテーマにしたセッションも予定しています。</p><p><a href="https://aws.amazon.com/jp/summits/japan/">ご登録はこちら</a></p>`,
  }),
  mk({
    slug: 'ja-un-credly-merge-code', kind: 'unrelated', lang: 'ja', caseId: null, trap: true, from: 'Credly <admin@credly.com>',
    note: 'Credly\'s own account-merge verification code mail',
    to: shoTo, subject: 'Credly アカウントの統合を完了してください', date: rfcDate('2026-02-10 03:00:00'), enc: 'utf8qp',
    text: `アカウントの統合リクエストを受け付けました。
以下の確認コードを入力して、Credly アカウントの統合を完了してください。

確認コード: 482913

心当たりがない場合は、このメールを無視してください。
Credly`,
  }),
  mk({
    slug: 'ja-un-own-consent-cc-self', kind: 'unrelated', lang: 'ja', caseId: CASE.misaki, trap: true, trusted: false,
    from: `${MISAKI.ja} <${MISAKI.keep}>`, auth: 'none', relay: 'smtp.example.ne.jp',
    note: 'the user\'s own consent reply, copied to herself',
    to: 'aws-cs-trainingcertification-form@amazon.com', cc: misakiTo, rcpt: MISAKI.keep, subject: formSubject(CASE.misaki),
    date: rfcDate('2026-01-23 18:20:00', '+0900'), enc: 'sjisb64', hdr: 'sjis',
    text: `ご担当者様

ご連絡ありがとうございます。
同意します。記載の内容で統合を進めてください。

小林 美咲

${sfOriginal('aws-cs-trainingcertification-form@amazon.com', '2026/01/23 3:33', MISAKI.keep, formSubject(CASE.misaki), `問題なければ、本メールに「同意します」とご返信ください。`)}`,
  }),
];

// unused import guards (kept for symmetry with msgs-en.ts)
void paras;
void htmlWithQuote;
void quote;
