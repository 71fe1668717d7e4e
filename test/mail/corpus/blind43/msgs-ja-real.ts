// Set ap, Japanese: genuine AWS / Credly mail, including odd-looking but real senders and shapes.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import { ja, SUPPORT, SUPPORT_JA, AWS_NOTIFY, CREDLY_AWS, formSubject, formSubjectNew, KEN, MISAKI, REN, CASE, TRACE, quote, sfOriginal, sfRef, gmailJa, outlookJa, page, paras, REQ_KEN, REQ_MISAKI, REQ_REN } from './common.js';

const K = KEN;
const M = MISAKI;
const R = REN;
const kenTo = `${K.ja} <${K.keep}>`;
const misakiTo = `${M.ja} <${M.keep}>`;
const renTo = `${R.ja} <${R.keep}>`;

export const JA_REAL: Msg[] = [
  // ---------------- acknowledgement ----------------
  ja({
    slug: 'ack-notify-ken',
    kind: 'acknowledgement',
    caseId: CASE.ken,
    note: 'AWS Support notification: new case opened for the merge request, reply within a day',
    from: AWS_NOTIFY,
    to: K.keep,
    subject: `AWS サポート ケース ${CASE.ken} を受け付けました`,
    date: d('2026-03-02 10:14:07', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `${K.ja} 様

お問い合わせいただきありがとうございます。ケース番号 ${CASE.ken} として登録が完了しております。
カテゴリ: AWS トレーニングと認定 / アカウントに関するご相談

担当者が内容を拝見し、おおむね1営業日以内にメールでご連絡します。
同じ件で再度フォームを送信されると、かえって対応に時間がかかることがありますのでご注意ください。

※このアドレスは送信専用です。

Amazon Web Services`,
  }),
  ja({
    slug: 'ack-body-only-misaki',
    kind: 'acknowledgement',
    caseId: CASE.misaki,
    note: 'receipt from the support form address; the case number appears only in the body',
    from: SUPPORT_JA,
    to: misakiTo,
    subject: 'お問い合わせを承りました(AWS トレーニングと認定)',
    date: d('2026-03-09 21:40:55', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `中村 美咲 様

AWS トレーニングと認定 カスタマーサポートです。
いただいたお問い合わせは、番号 ${CASE.misaki} で受付いたしました。

順番に拝見しておりますので、返信まで今しばらくお待ちください。
ご返信の際は件名を変えずにこのメールへお送りいただくと、スムーズにお調べできます。

---
AWS Training and Certification Customer Support`,
  }),
  ja({
    slug: 'ack-new-subdomain-dkimonly',
    kind: 'acknowledgement',
    caseId: CASE.ren,
    note: 'receipt from an unfamiliar subdomain of support.aws.com, signed by the parent domain (DKIM only, aligned): genuine',
    from: 'AWS Support <no-reply@cases.support.aws.com>',
    to: renTo,
    subject: `[Case ${CASE.ren}] ケースが作成されました`,
    date: d('2026-02-17 03:22:19', '+0000'),
    auth: 'dkimonly',
    dkimD: 'support.aws.com',
    enc: 'jisb64',
    text: `高橋 蓮 様

新しいサポートケースが作成されました。

ケース ID: ${CASE.ren}
件名: Account merge / アカウント統合
重要度: 一般的なご質問

このケースの進捗は、担当者からのメールでお知らせします。
追加の情報がある場合は、このメールには返信せず、担当者からのメールへ返信してください。

AWS Support`,
  }),
  ja({
    slug: 'ack-html-table-ren',
    kind: 'acknowledgement',
    caseId: CASE.ren,
    note: 'HTML-only receipt that repeats the submitted fields in a table; nothing is asked',
    from: SUPPORT,
    to: R.src,
    subject: 'AWS Training and Certification: お問い合わせ内容の控え',
    date: d('2026-02-17 12:23:40', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    trap: true,
    html: page(`<div style="padding:24px">
<p>高橋 様</p>
<p>以下の内容でお問い合わせを受け付けました。お問い合わせ番号: <b>${CASE.ren}</b></p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">お問い合わせの種類</th><td>AWS トレーニングと認定</td></tr>
<tr><th align="left">内容</th><td>アカウント統合 (account-assistance)</td></tr>
<tr><th align="left">候補者 ID</th><td>${R.srcId}</td></tr>
<tr><th align="left">氏名</th><td>高橋 蓮</td></tr>
</table>
<p>担当窓口より折り返しご連絡いたします。</p>
<p style="color:#687078;font-size:12px">本メールは自動送信です。</p>
</div>`),
  }),
  ja({
    slug: 'ack-arc-above-pass',
    kind: 'acknowledgement',
    caseId: CASE.kenDup,
    note: 'second receipt (the user opened a duplicate case); ARC headers sit above a genuine pass verdict',
    from: AWS_NOTIFY,
    to: kenTo,
    subject: `ケース ${CASE.kenDup}: お問い合わせありがとうございます`,
    date: d('2026-03-02 14:51:30', '+0000'),
    auth: 'custom',
    trace: TRACE.arcAbovePass('amazon.com'),
    enc: 'jis7',
    text: `お客様

AWS へお問い合わせいただきありがとうございます。ケース ${CASE.kenDup} を作成しました。
内容を確認した担当者より、追ってご連絡差し上げます。

Amazon Web Services`,
  }),
  ja({
    slug: 'ack-resent-by-oldcorp',
    kind: 'acknowledgement',
    forUser: false,
    caseId: CASE.misaki,
    note: 'genuine receipt that the old company server re-sent (Resent-* headers): not delivered to the user as such',
    from: SUPPORT,
    to: M.src,
    subject: formSubjectNew(CASE.misaki),
    date: d('2026-03-09 12:41:02', '+0000'),
    resent: { from: 'postmaster@kaisha-old.example.com', to: 'archive-box@kaisha-old.example.com', date: d('2026-03-09 21:43:10', '+0900') },
    auth: 'pass',
    enc: 'jis7',
    text: `お問い合わせいただきありがとうございます。
ケース ${CASE.misaki} としてお預かりしました。
回答はこのアドレス宛てにお送りします。

AWS トレーニングと認定`,
  }),

  // ---------------- ai_answer ----------------
  ja({
    slug: 'ai-tool-first-ken',
    kind: 'ai_answer',
    caseId: null,
    note: 'AI-generated answer shown before case creation: try the self-service Merge Accounts tool',
    from: SUPPORT_JA,
    to: K.keep,
    subject: 'AI が生成した回答: 認定アカウントの統合について',
    date: d('2026-03-02 10:02:41', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    trap: true,
    text: `この回答は生成 AI によって作成されたもので、誤りを含む可能性があります。

AWS Certification アカウントを1つにまとめたい場合、まずは認定ポータルのプロフィール画面にある「アカウントの統合」をお試しください。
統合すると、移行元アカウントの認定資格と特典が、残すアカウント側に表示されるようになります。

両方のアカウントに認定の履歴がある場合、この機能では手続きできないことがあります。その際は「ケースを作成」からカスタマーサポートへご連絡ください。

この回答は役に立ちましたか?`,
  }),
  ja({
    slug: 'ai-support-aws-com-misaki',
    kind: 'ai_answer',
    caseId: null,
    note: 'automated suggestion from support.aws.com with English boilerplate; explains what happens after a merge',
    from: 'AWS Support Assistant <assistant@support.aws.com>',
    to: misakiTo,
    subject: 'Suggested answer / 自動回答のご案内',
    date: d('2026-03-09 21:18:03', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    trap: true,
    text: `中村 様

ご質問の内容から、次の情報がお役に立つ可能性があります。

■ 認定アカウントの統合
・Merge Accounts ツールで、移行元アカウントの資格を統合先へ移せます。
・統合後、Credly のデジタルバッジは統合先のメールアドレス宛てに改めて受け取る必要がある場合があります。
・統合は取り消しできません。

問題が解決しない場合は、このまま担当者とのケースを作成できます。

This response was generated automatically. It may not fully answer your question.`,
  }),
  ja({
    slug: 'ai-dkimonly-assist-subdomain',
    kind: 'ai_answer',
    caseId: CASE.ren,
    note: 'automated first answer on the case from a new subdomain, DKIM-only aligned pass: genuine',
    from: 'AWS Training and Certification <auto-answer@ai.support.aws.com>',
    to: renTo,
    subject: `[Case ${CASE.ren}] 自動応答: よくあるご質問から`,
    date: d('2026-02-17 03:23:02', '+0000'),
    auth: 'dkimonly',
    dkimD: 'support.aws.com',
    enc: 'utf8qp',
    text: `高橋 様

担当者がケース ${CASE.ren} を確認するまでの間、以下をご参照ください (自動生成されたご案内です)。

- 認定ポータル > プロフィール > アカウントの統合 から、ご自身で統合を行える場合があります
- 受験予定の試験がある場合、統合の前に完了させてください

担当者の対応が必要な場合は、このままお待ちください。`,
  }),
  ja({
    slug: 'ai-html-multipart-jis',
    kind: 'ai_answer',
    caseId: null,
    note: 'multipart AI answer in ISO-2022-JP (base64) recommending the self-service tool',
    from: SUPPORT,
    to: kenTo,
    subject: 'AWS トレーニングと認定: AI による回答',
    date: d('2026-03-02 09:58:12', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `生成 AI からのご案内

「アカウントの統合」ツールをご利用いただくと、2つの認定アカウントをご自身でまとめられます。
ツールが使えない旨のメッセージが表示された場合に限り、ケースを作成してください。

※ AI による回答のため、内容を必ずご確認ください。`,
    html: `<html><body><p>生成 AI からのご案内</p><p>「アカウントの統合」ツールをご利用いただくと、2つの認定アカウントをご自身でまとめられます。<br>ツールが使えない旨のメッセージが表示された場合に限り、ケースを作成してください。</p><p style="font-size:11px">※ AI による回答のため、内容を必ずご確認ください。</p></body></html>`,
  }),
  ja({
    slug: 'ai-lf-old-address',
    kind: 'ai_answer',
    caseId: null,
    note: 'AI answer sent to the old company address (still the user\'s), LF line ends, UTF-8 8bit',
    from: SUPPORT,
    to: M.src,
    subject: '自動生成された回答をお送りします',
    date: d('2026-03-08 23:05:44', '+0900'),
    auth: 'pass',
    enc: 'utf88bit',
    crlf: false,
    text: `以下は Amazon Q により自動で作成された回答です。

認定アカウントが2つある場合は、どちらか一方にまとめられます。認定ポータルにサインインし、プロフィールのメニューからアカウント統合の手順へ進んでください。
受験の予約やバウチャーの利用は、手続きの前に済ませておくことをおすすめします。

解決しない場合は「ケースを作成」を選んでください。`,
  }),

  // ---------------- info_request ----------------
  ja({
    slug: 'info-ids-which-keep-ken',
    kind: 'info_request',
    caseId: CASE.ken,
    note: 'human reply asking for both candidate IDs, the e-mail addresses and which account to keep',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    date: d('2026-03-03 11:08:33', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `小林 様

お問い合わせありがとうございます。AWS トレーニングと認定の柴田でございます。

お手続きの前に、以下の点をお調べいただき、本メールへご返信ください。
1. 両アカウントの候補者 ID (AWS から始まる番号)
2. それぞれのログイン用メールアドレス
3. 統合後にお使いになるアカウントはどちらか

いただいた情報をもとに、担当部署にて確認を進めます。

柴田
AWS トレーニングと認定 カスタマーサポート
${sfRef('0Ken3Q')}

${sfOriginal(K.keep, '2026-03-02 10:13', SUPPORT, formSubjectNew(CASE.ken), REQ_KEN)}`,
  }),
  ja({
    slug: 'info-saiwai-misaki',
    kind: 'info_request',
    caseId: CASE.misaki,
    note: 'asks for the certification notification address and pass dates, phrased as 〜いただけますと幸いです',
    from: SUPPORT_JA,
    to: misakiTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-03-10 16:20:09', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `中村 美咲 様

ご連絡ありがとうございます。カスタマーサポートの岡です。

該当アカウントを特定するため、前職のアカウントで取得された認定の名称とおおよその合格時期、また認定通知の届くメールアドレスをお知らせいただけますと幸いです。

お手数をおかけしますが、よろしくお願いいたします。

岡
AWS トレーニングと認定`,
  }),
  ja({
    slug: 'info-gmail-thread-ren',
    kind: 'info_request',
    caseId: CASE.ren,
    note: 'second exchange: which of the two accounts to keep is still unclear; long Gmail-style thread quoted below',
    from: SUPPORT,
    to: renTo,
    subject: formSubject(CASE.ren),
    date: d('2026-02-19 09:31:50', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `高橋様

ご返信ありがとうございます。
いただいた ID ${R.srcId} と ${R.keepId} のうち、統合後に残すのはどちらになりますでしょうか。前回のメールでは両方の記載があり、判断がつきませんでした。
残す側のログインメールアドレスとあわせてご返答ください。

AWS トレーニングと認定 サポート 森

${gmailJa('2026年2月18日(水) 22:04', R.ja, R.keep)}
> お世話になっております。IDは以下の2つです。
> ${R.srcId}
> ${R.keepId}
> どちらでも構いませんが、今のアドレスの方が助かります。
>
${quote(gmailJa('2026年2月18日(水) 10:11', 'AWS Training and Certification', 'aws-cs-trainingcertification-form@amazon.com'))}
>> 高橋様
>> 候補者IDをお知らせいただけますでしょうか。
>>
>> ${quote(REQ_REN, '').split('\n').join('\n>> ')}`,
  }),
  ja({
    slug: 'info-kakunin-email-keep',
    kind: 'info_request',
    trap: true,
    caseId: CASE.ken,
    note: 'asks to confirm (= tell) which address is kept; an information request worded with 確認',
    from: SUPPORT,
    to: K.keep,
    subject: formSubject(CASE.ken),
    date: d('2026-03-04 08:47:12', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `小林様

ご返信ありがとうございます。
統合先として記載いただいたアドレスが、認定ポータルのログインに使っているものと一致しているか、念のためご確認のうえお知らせください。
(${K.keep} と、Skill Builder 用の別アドレスをお持ちの場合はその両方)

柴田`,
  }),
  ja({
    slug: 'info-outlook-romaji',
    kind: 'info_request',
    caseId: CASE.misaki,
    note: 'asks for the name in romaji as registered and the company name; Outlook 差出人 block quoted',
    from: SUPPORT,
    to: misakiTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-03-11 10:02:37', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村様

追加のご質問で恐れ入ります。
前職のアカウントはローマ字氏名で登録されているようです。登録時のローマ字表記 (例: NAKAMURA MISAKI) と当時の会社名を、このメールへの返信でお送りください。確認がとれ次第、次の手順をご案内します。

岡

${outlookJa('中村 美咲 <misaki.nakamura.home@example.jp>', '2026年3月10日 22:15', 'aws-cs-trainingcertification-form@amazon.com', formSubject(CASE.misaki))}

岡様
前職で取ったのは SAA と DVA で、2023年頃です。
通知は前職アドレスに届いていました。`,
  }),
  ja({
    slug: 'info-new-sender-screenshot',
    kind: 'info_request',
    caseId: CASE.ren,
    note: 'support writes from an unfamiliar subdomain of aws.amazon.com (DKIM-only, aligned) asking for a screenshot of the certification list',
    from: 'AWS T&C Customer Support <tc-support@mail.aws.amazon.com>',
    to: renTo,
    subject: formSubject(CASE.ren),
    date: d('2026-02-20 13:12:00', '+0900'),
    auth: 'dkimonly',
    dkimD: 'aws.amazon.com',
    enc: 'utf88bit',
    text: `高橋様

大学のアカウントについて、認定ポータルにサインインした状態の「認定一覧」画面のスクリーンショットを添えてご返信いただけますか。
表示名が異なるため、同一人物であることの確認に用います。

よろしくお願いいたします。
森`,
  }),

  // ---------------- confirmation_request ----------------
  ja({
    slug: 'conf-cannot-undo-ken',
    kind: 'confirmation_request',
    caseId: CASE.ken,
    note: 'asks for consent to the irreversible merge by replying to this mail',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    date: d('2026-03-05 09:15:28', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `小林様

お待たせしました。${K.srcId} の認定履歴を ${K.keepId} へ移す準備が整いました。
一度統合すると元の2アカウントには戻せませんので、この内容で進めてよいか、本メールにご返信いただけますでしょうか。ご返信を受け取り次第、作業に入ります。

柴田
AWS トレーニングと認定`,
  }),
  ja({
    slug: 'conf-doui-reply-misaki',
    kind: 'confirmation_request',
    caseId: CASE.misaki,
    note: 'consent request: reply 「同意します」 to proceed; no sign-in requested',
    from: SUPPORT_JA,
    to: misakiTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-03-12 15:44:10', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `中村 美咲 様

確認が取れました。前職アカウント (${M.srcId}) を個人アカウント (${M.keepId}) に統合いたします。
統合後の取り消しはできかねますので、差し支えなければ「同意します」と一言ご返信ください。

なお、当窓口からサインインやパスワードの入力をお願いすることはございません。

岡`,
  }),
  ja({
    slug: 'conf-html-jisb64-ren',
    kind: 'confirmation_request',
    caseId: CASE.ren,
    note: 'multipart consent request in ISO-2022-JP base64, lists the accounts and asks for a reply',
    from: SUPPORT,
    to: renTo,
    subject: formSubject(CASE.ren),
    date: d('2026-02-23 11:30:45', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `高橋様

以下の内容で統合を行います。
 移行元: ${R.srcId} (${R.src})
 統合先: ${R.keepId} (${R.keep})
統合は元に戻すことができません。問題なければ、その旨をこのメールへの返信でお知らせください。

森`,
    html: `<html><body><p>高橋様</p><p>以下の内容で統合を行います。</p><ul><li>移行元: ${R.srcId} (${R.src})</li><li>統合先: ${R.keepId} (${R.keep})</li></ul><p>統合は元に戻すことができません。問題なければ、その旨をこのメールへの返信でお知らせください。</p><p>森</p></body></html>`,
  }),
  ja({
    slug: 'conf-dkimonly-thread-ken',
    kind: 'confirmation_request',
    caseId: CASE.ken,
    note: 'consent request with DKIM-only aligned verdict (no dmarc result) and a quoted thread',
    from: SUPPORT,
    to: K.keep,
    subject: formSubject(CASE.ken),
    date: d('2026-03-05 02:10:00', '+0000'),
    auth: 'dkimonly',
    enc: 'jis7',
    text: `小林様、ご返信ありがとうございます。
では、残すアカウントは個人アドレスの方で承知しました。最終確認となりますが、統合後は旧アカウントでサインインできなくなります。よろしければ、この件名のままご返信をお願いします。

柴田

${gmailJa('2026年3月4日(水) 19:30', K.ja, K.keep)}
> 柴田様
> はい、${K.keep} がポータルのログインと同じです。
> よろしくお願いいたします。`,
  }),
  ja({
    slug: 'conf-mixed-boilerplate',
    kind: 'confirmation_request',
    caseId: CASE.misaki,
    note: 'mixed-language consent request: Japanese lead plus English template lines',
    from: SUPPORT,
    to: M.keep,
    subject: formSubject(CASE.misaki),
    date: d('2026-03-12 07:02:31', '+0000'),
    auth: 'pass',
    enc: 'utf88bit',
    text: `中村様

英語の定型文で失礼します。内容は、統合の実施に同意いただけるかの最終確認です。

Please note that merging accounts is permanent. Once the accounts are combined, they cannot be separated again.
To proceed, simply reply to this email stating that you agree to the merge.

ご返信をお待ちしております。
AWS Training and Certification`,
  }),

  // ---------------- merge_completed ----------------
  ja({
    slug: 'merged-ken',
    kind: 'merge_completed',
    caseId: CASE.ken,
    note: 'support reports the accounts were consolidated; asks the user to look over the kept account',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    date: d('2026-03-06 04:33:19', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `小林様

ご同意いただいた件、${K.srcId} の資格情報を ${K.keepId} に移し終えました。
認定ポータルにサインインのうえ、資格と特典がそろって表示されているかご覧ください。気になる点があれば、このケースにご返信ください。

柴田`,
  }),
  ja({
    slug: 'merged-portal-notice',
    kind: 'merge_completed',
    caseId: null,
    note: 'certification portal\'s own notice from an unfamiliar aws.training subdomain (DKIM-only aligned): accounts merged, no case ID',
    from: 'AWS Certification <no-reply@certification.aws.training>',
    to: R.keep,
    subject: 'AWS Certification: アカウントの統合が完了しました',
    date: d('2026-02-24 06:00:12', '+0000'),
    auth: 'dkimonly',
    dkimD: 'aws.training',
    enc: 'utf8b64',
    html: page(`<div style="padding:20px"><h2 style="font-size:18px">アカウントの統合が完了しました</h2>
<p>${R.srcId} に登録されていた認定は、${R.keepId} のアカウントに統合されました。今後は ${R.keep} でサインインしてください。</p>
<p style="font-size:12px;color:#687078">このメールは AWS Certification から自動送信されています。</p></div>`),
  }),
  ja({
    slug: 'merged-please-check-misaki',
    kind: 'merge_completed',
    caseId: CASE.misaki,
    note: 'merge done, asks to check everything looks right (stays merge_completed)',
    from: SUPPORT_JA,
    to: misakiTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-03-14 10:27:55', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `中村様

お待たせいたしました。昨日ご同意いただいた統合の作業が先ほど終わりました。
個人アカウントの方に前職分の SAA / DVA が表示されているはずですので、念のためご確認いただけますと助かります。

岡`,
  }),
  ja({
    slug: 'merged-resent-team',
    kind: 'merge_completed',
    forUser: false,
    caseId: CASE.ken,
    note: 'genuine completion re-sent by a colleague\'s mail server to the team archive (Resent-*): not delivered to the user',
    from: SUPPORT,
    to: K.src,
    subject: formSubject(CASE.ken),
    date: d('2026-03-06 04:33:19', '+0000'),
    resent: { from: YOSHIDA_ADDR(), to: 'team-cloud@shinsei-sys.example.co.jp', date: d('2026-03-06 14:02:11', '+0900') },
    auth: 'pass',
    enc: 'jis7',
    text: `小林様

統合作業が完了しましたのでお知らせします。旧アカウント ${K.srcId} の認定は ${K.keepId} に表示されます。

柴田
AWS トレーニングと認定`,
  }),
  ja({
    slug: 'merged-will-close-lf',
    kind: 'merge_completed',
    caseId: CASE.ren,
    note: 'merge finished and the case will now be closed: the new fact is the merge',
    from: SUPPORT,
    to: renTo,
    subject: formSubject(CASE.ren),
    date: d('2026-02-24 15:40:03', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    crlf: false,
    text: `高橋様

ご返信ありがとうございました。大学のアカウントからの移行、本日付けで完了しております。
ほかにご不明点がなければ、本ケースはこちらでクローズいたします。

森`,
  }),

  // ---------------- badges_transferred ----------------
  ja({
    slug: 'credly-aws-badge-ken',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly issues the AWS badge to the kept address (Japanese subject/button)',
    from: CREDLY_AWS,
    to: K.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-03-07 01:12:44', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `小林 健一 様

Amazon Web Services Training and Certification から、以下のバッジが発行されました。
AWS Certified Solutions Architect - Associate

下のボタンからバッジを受け取り、プロフィールで公開できます。
[バッジを入手する]
https://www.credly.com/badges/7c1f0a52-3e9d-4b61-9a88-2fd0c1e7aa31

Credly`,
  }),
  ja({
    slug: 'support-badges-moved-misaki',
    kind: 'badges_transferred',
    caseId: CASE.misaki,
    note: 'support says the Credly badges were moved to the kept account after the user asked',
    from: SUPPORT,
    to: misakiTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-03-17 11:06:20', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `中村様

ご指摘の Credly のバッジについて、個人アドレス側のアカウントへ付け替えを行いました。
Credly から受け取りのご案内が届いているかと思いますので、そちらから承認してください。

岡`,
  }),
  ja({
    slug: 'credly-new-subdomain-html',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly mail from an unfamiliar subdomain, DKIM-only signed by credly.com (aligned): genuine AWS badge',
    from: 'Amazon Web Services Training and Certification via Credly <notifications@email.credly.com>',
    to: R.keep,
    subject: 'バッジが届いています: AWS Certified Developer - Associate',
    date: d('2026-02-25 08:44:02', '+0000'),
    auth: 'dkimonly',
    dkimD: 'credly.com',
    enc: 'utf8qp',
    html: page(`<div style="padding:24px;text-align:center"><p>Amazon Web Services Training and Certification があなたにバッジを発行しました。</p>
<p><b>AWS Certified Developer - Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/5d3e8b10-11aa-4c2e-9f0e-8b5a33d1c0f7">バッジを受け取る</a></p></div>`),
  }),
  ja({
    slug: 'support-badges-and-close',
    kind: 'badges_transferred',
    caseId: CASE.ken,
    note: 'support moved the badges and closes the case (badges are the news)',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    date: d('2026-03-09 03:25:41', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `小林様

旧アカウントで取得されたバッジ2件を、統合先のメールアドレスに紐づけ直しました。Credly の画面で表示をご確認ください。
これをもちまして本件は終了とさせていただきます。

柴田`,
  }),
  ja({
    slug: 'credly-three-badges-multipart',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly multipart: three AWS badges now on the kept address',
    from: CREDLY_AWS,
    to: M.keep,
    subject: 'バッジ3件が新しいメールアドレスに追加されました',
    date: d('2026-03-17 02:30:00', '+0000'),
    auth: 'pass',
    enc: 'utf88bit',
    text: `中村 美咲 様

Amazon Web Services Training and Certification の次のバッジが、あなたの Credly アカウントで受け取れるようになりました。
- AWS Certified Cloud Practitioner
- AWS Certified Solutions Architect - Associate
- AWS Certified Developer - Associate

バッジを入手する: https://www.credly.com/earner/earned

Credly, Inc.`,
    html: `<html><body><p>中村 美咲 様</p><p>Amazon Web Services Training and Certification の次のバッジが、あなたの Credly アカウントで受け取れるようになりました。</p><ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified Developer - Associate</li></ul><p><a href="https://www.credly.com/earner/earned">バッジを入手する</a></p></body></html>`,
  }),
  ja({
    slug: 'support-badges-gmail-thread-ren',
    kind: 'badges_transferred',
    caseId: CASE.ren,
    note: 'support confirms the badges now sit on the kept account; Gmail-quoted question below',
    from: SUPPORT,
    to: renTo,
    subject: formSubject(CASE.ren),
    date: d('2026-02-27 10:14:36', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋様

お問い合わせのバッジは、現在 ${R.keep} に紐づく Credly アカウントへ移っております。反映まで少し時間がかかる場合がありますが、受け取りのメールをご確認ください。

森

${gmailJa('2026年2月26日(木) 23:48', R.ja, R.keep)}
> 森様
> 統合ありがとうございました。資格は反映されていたのですが、Credly のバッジが大学のメールの方に残ったままのようです。
> 移していただくことは可能でしょうか。`,
  }),

  // ---------------- case_closed ----------------
  ja({
    slug: 'closed-in-3-days-ken',
    kind: 'case_closed',
    caseId: CASE.kenDup,
    note: 'reminder that the duplicate case closes automatically in 3 days without a reply',
    from: AWS_NOTIFY,
    to: K.keep,
    subject: `ケース ${CASE.kenDup} は 3 日後に自動的にクローズされます`,
    date: d('2026-03-06 00:00:10', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `お客様

ケース ${CASE.kenDup} について、担当者からの前回のご連絡以降、ご返信をいただいておりません。
このまま 3 日間ご返信がない場合、ケースは自動的に解決済みとなります。引き続きサポートが必要な場合は、ケースに返信してください。

Amazon Web Services`,
  }),
  ja({
    slug: 'closed-resolved-notify',
    kind: 'case_closed',
    caseId: CASE.misaki,
    note: 'AWS Support notification: case marked resolved',
    from: AWS_NOTIFY,
    to: misakiTo,
    subject: `ケース ${CASE.misaki} が解決済みになりました`,
    date: d('2026-03-20 05:12:09', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `中村 美咲 様

ケース ${CASE.misaki} のステータスが「解決済み」に変更されました。
同じ内容で再度お困りの場合は、14 日以内であればこのケースを再開できます。

Amazon Web Services`,
  }),
  ja({
    slug: 'closed-restates-merge',
    kind: 'case_closed',
    trap: true,
    caseId: CASE.ren,
    note: 'closing notice that only restates the merge done earlier',
    from: SUPPORT,
    to: renTo,
    subject: formSubject(CASE.ren),
    date: d('2026-03-03 09:05:00', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `高橋様

先月24日に統合を実施し、その後バッジの件も対応済みのため、本ケースはクローズいたします。
また何かございましたら、新しいお問い合わせとしてご連絡ください。

森`,
  }),
  ja({
    slug: 'closed-notifications-subdomain',
    kind: 'case_closed',
    caseId: CASE.ken,
    note: 'closing notice from an unfamiliar subdomain of support.aws.com, DKIM-only aligned: genuine',
    from: 'AWS Support <no-reply@notifications.support.aws.com>',
    to: K.keep,
    subject: `Case ${CASE.ken} のクローズのお知らせ`,
    date: d('2026-03-10 02:00:00', '+0000'),
    auth: 'dkimonly',
    dkimD: 'support.aws.com',
    enc: 'utf8qp',
    text: `ケース ${CASE.ken} はクローズされました。

ご不明な点がある場合は、サポートセンターから新しいケースを作成してください。
今回の対応についてのご意見は、今後届くアンケートからお寄せいただけます。

AWS Support`,
  }),
  ja({
    slug: 'closed-dup-case-merged',
    kind: 'case_closed',
    trap: true,
    caseId: CASE.kenDup,
    note: 'the duplicate case is closed and its content joined to the main case ("cases merged", not the account merge)',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.kenDup),
    date: d('2026-03-03 05:40:11', '+0000'),
    auth: 'pass',
    enc: 'utf88bit',
    text: `小林様

同じ内容のケースが2件作成されていたため、こちらのケース (${CASE.kenDup}) はクローズし、やり取りは ${CASE.ken} に一本化いたします。
今後は ${CASE.ken} の件名のメールにご返信ください。

柴田`,
  }),
  ja({
    slug: 'closed-no-reply-outlook',
    kind: 'case_closed',
    caseId: CASE.misaki,
    note: 'support will close the case since the user has not replied; Outlook block of its earlier question quoted',
    from: SUPPORT,
    to: M.keep,
    subject: formSubject(CASE.misaki),
    date: d('2026-03-18 09:00:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    trap: true,
    text: `中村様

前回お送りしたメールにまだご返信をいただけていないようです。7日以内にご連絡がない場合、このケースは終了となります。
(統合作業はまだ行っておりません。)

岡

${outlookJa('AWS Training and Certification', '2026年3月11日 10:02', 'misaki.nakamura.home@example.jp', formSubject(CASE.misaki))}
前職のアカウントの登録氏名をお知らせください。`,
  }),
  ja({
    slug: 'closed-mixed-ren',
    kind: 'case_closed',
    caseId: CASE.ren,
    note: 'mixed-language closing: case resolved, English survey footer',
    from: AWS_NOTIFY,
    to: R.keep,
    subject: `[Case ${CASE.ren}] 解決済み / Resolved`,
    date: d('2026-03-03 00:10:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `ケース ${CASE.ren} は解決済みとしてクローズされました。
Your case has been resolved. If you need more help, you can reopen it from the Support Center within 14 days.

Amazon Web Services`,
  }),

  // ---------------- support_reply ----------------
  ja({
    slug: 'reply-future-merge',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.ken,
    note: 'future statement: "we will contact you when the merge is finished"',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    date: d('2026-03-05 10:20:00', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `小林様

ご同意ありがとうございます。担当チームへ依頼を出しました。
統合が完了しましたら、このケースで改めてご連絡いたします。通常2-3営業日ほどお時間をいただいております。

柴田`,
  }),
  ja({
    slug: 'reply-thanks-confirm-misaki',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.misaki,
    note: 'thanks for confirming; handed to the team',
    from: SUPPORT_JA,
    to: misakiTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-03-12 18:31:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `中村様

ご確認いただきありがとうございます。同意の旨を承りましたので、社内の担当部署へ引き継ぎました。
作業の状況は追ってお知らせします。

岡`,
  }),
  ja({
    slug: 'reply-not-from-us',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.ren,
    note: 'support says the mail the user forwarded did not come from AWS; the merge is not yet done',
    from: SUPPORT,
    to: renTo,
    subject: formSubject(CASE.ren),
    date: d('2026-02-22 14:02:15', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `高橋様

お知らせいただいた「統合完了のお知らせ」というメールは、当窓口から送信したものではございません。記載のリンクは開かず、削除してください。
現時点で統合作業は完了しておらず、ご本人の同意をいただく前の段階です。当窓口からのご連絡はすべてこのケース番号の件名でお送りします。

森`,
  }),
  ja({
    slug: 'reply-escalated-dkimonly',
    kind: 'support_reply',
    caseId: CASE.misaki,
    note: 'escalation notice from a new subdomain of amazon.com, DKIM-only aligned',
    from: 'AWS Training and Certification <tc-escalations@cs.amazon.com>',
    to: M.keep,
    subject: formSubject(CASE.misaki),
    date: d('2026-03-13 12:00:00', '+0900'),
    auth: 'dkimonly',
    dkimD: 'amazon.com',
    enc: 'jis7',
    text: `中村様

本件は専門チームでの対応が必要なため、エスカレーションいたしました。
回答まで数営業日いただく見込みです。お待たせして申し訳ございません。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'reply-name-mismatch',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.misaki,
    note: 'negated: the merge cannot be done because the names differ; explains, asks nothing',
    from: SUPPORT,
    to: misakiTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-03-11 17:10:00', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `中村様

恐れ入りますが、2つのアカウントで登録氏名が一致しないため、現状では統合を承ることができません。
氏名の変更は認定ポータルのプロフィールから行えます。変更がお済みになりましたら、このメールにご返信いただければ手続きを再開いたします。

岡`,
  }),
  ja({
    slug: 'reply-voucher-gmail',
    kind: 'support_reply',
    caseId: CASE.ken,
    note: 'answers a question about the 50% voucher; nothing asked',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    date: d('2026-03-04 02:44:00', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `小林様

ご質問の50%割引バウチャーは、統合後も有効期限内であれば残すアカウントでご利用いただけます。

柴田

${gmailJa('2026年3月4日(水) 9:12', K.ja, K.keep)}
> 旧アカウントに残っている割引バウチャーはどうなりますか?`,
  }),
  ja({
    slug: 'reply-write-from-keep',
    kind: 'support_reply',
    caseId: CASE.ren,
    note: 'asks the user to write from the address they keep, without asking for data',
    from: SUPPORT,
    to: R.src,
    subject: formSubject(CASE.ren),
    date: d('2026-02-18 10:11:00', '+0900'),
    auth: 'pass',
    enc: 'utf88bit',
    text: `高橋様

本人確認のため、今後のやり取りは統合後に残すアカウントのメールアドレスからお送りくださいますようお願いします。
このメールに、そのアドレスから返信していただければ結構です。

森`,
  }),
  ja({
    slug: 'reply-apology-delay',
    kind: 'support_reply',
    caseId: CASE.misaki,
    note: 'apology for the delay, still being worked on',
    from: SUPPORT,
    to: misakiTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-03-16 09:40:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村様

お返事が遅くなり申し訳ありません。担当チームで引き続き作業中です。もう少々お時間をください。

岡`,
  }),

  // ---------------- unrelated (genuine senders) ----------------
  ja({
    slug: 'aws-security-notice-phish',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'genuine AWS awareness notice about phishing that imitates merge confirmations; not part of a case',
    from: 'AWS トレーニングと認定 <aws-training-info@amazon.com>',
    to: K.keep,
    subject: '【ご注意】AWS を装った不審なメールについて',
    date: d('2026-03-08 01:00:00', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `いつも AWS トレーニングと認定をご利用いただきありがとうございます。

最近、「アカウント統合の確認」「統合が完了しました」「バッジの受け取り」などを装い、偽のサインイン画面へ誘導するメールが確認されています。
AWS のサポートがメールのリンクからサインインやパスワードの入力を求めることはありません。
不審なメールは stop-spoofing@amazon.com へ転送してください。

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'credly-other-issuer',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'genuine Credly badge from another issuer (The Linux Foundation)',
    from: 'The Linux Foundation via Credly <admin@credly.com>',
    to: R.keep,
    subject: 'The Linux Foundationのバッジ発行のお知らせ',
    date: d('2026-02-28 07:30:00', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `高橋 蓮 様

The Linux Foundation から「Certified Kubernetes Administrator」のバッジが発行されました。
[バッジを入手する] https://www.credly.com/badges/0b2c44e1-6a9f-4d0e-b6c5-1e7a2f90d3b4

Credly`,
  }),
  ja({
    slug: 'survey-kaiketsu',
    kind: 'unrelated',
    trap: true,
    caseId: CASE.ken,
    note: 'satisfaction survey about the closed case',
    from: 'AWS Support <aws-support-survey@amazon.com>',
    to: K.keep,
    subject: `ケース ${CASE.ken} に関するアンケートのお願い`,
    date: d('2026-03-11 01:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `先日クローズしたケース ${CASE.ken} について、お問い合わせは解決しましたか?
1分ほどで終わるアンケートにご協力ください。

https://survey.aws.amazon.com/s/AbC123

Amazon Web Services`,
  }),
  ja({
    slug: 'amazon-co-jp-order',
    kind: 'unrelated',
    trusted: false,
    trap: true,
    caseId: null,
    note: 'genuine Amazon.co.jp order confirmation: amazon.co.jp is not a trusted domain, and it is not about the case',
    from: 'Amazon.co.jp <auto-confirm@amazon.co.jp>',
    to: M.keep,
    subject: 'Amazon.co.jp ご注文の確認',
    date: d('2026-03-13 20:15:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `中村 美咲 様

Amazon.co.jp をご利用いただき、ありがとうございます。ご注文内容を確認いたしました。
注文番号: 250-3391027-5518843
商品: AWS認定 ソリューションアーキテクト プロフェッショナル 教科書

発送が完了しましたら、改めてお知らせいたします。

Amazon.co.jp`,
  }),
  // ---------------- added traps ----------------
  ja({
    slug: 'reply-finish-exam-first',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.ren,
    note: 'conditional: the merge will be done after the scheduled exam; nothing asked, nothing done yet',
    from: SUPPORT,
    to: renTo,
    subject: formSubject(CASE.ren),
    date: d('2026-02-20 17:45:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `高橋様

大学のアカウントに、来週の試験予約が残っているようです。受験がお済みになり結果が出ましたら、統合の手続きに進めます。
それまではこのケースを保留とさせていただきます。

森`,
  }),
  ja({
    slug: 'closed-after-badges-restated',
    kind: 'case_closed',
    trap: true,
    caseId: CASE.misaki,
    note: 'closing notice that restates the earlier badge move and merge; no new event',
    from: SUPPORT_JA,
    to: misakiTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-03-19 10:00:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村様

先日お知らせしたとおり、統合およびバッジの付け替えは済んでおりますので、本ケースはこれにて終了とさせていただきます。
お問い合わせいただきありがとうございました。

岡`,
  }),
  ja({
    slug: 'info-kakunin-sasete',
    kind: 'info_request',
    trap: true,
    caseId: CASE.ken,
    note: '"let us confirm before the merge": asks for the pass date and exam name of the old account',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    date: d('2026-03-03 23:30:00', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `小林様

統合を進めるにあたり、一点確認させてください。
旧アカウント側で最後に受験された試験名と受験日はいつ頃でしたでしょうか。おおよそで構いません。

柴田`,
  }),
  ja({
    slug: 'exam-result-badge-note',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'genuine exam result notice from aws.training mentioning the Credly badge to come; not part of the case',
    from: 'AWS Certification <no-reply@aws.training>',
    to: renTo,
    subject: 'AWS Certification: 試験結果のお知らせ',
    date: d('2026-02-28 01:00:00', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `高橋 蓮 様

AWS Certified Developer - Associate 試験の結果が確定しました。合格おめでとうございます。
デジタルバッジは数日以内に Credly から届きます。認定ポータルで成績レポートをご確認いただけます。

AWS Certification`,
  }),
  ja({
    slug: 'ack-badge-followup-case',
    kind: 'acknowledgement',
    trap: true,
    caseId: CASE.misakiBadge,
    note: 'receipt of a follow-up case titled "badges not moved after the merge" (same merge, so a receipt)',
    from: AWS_NOTIFY,
    to: M.keep,
    subject: `ケース ${CASE.misakiBadge} を受け付けました: 統合後にバッジが移行されていない`,
    date: d('2026-03-15 03:00:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `中村 美咲 様

以下のケースを受け付けました。
ケース番号: ${CASE.misakiBadge}
件名: 統合後にバッジが移行されていない

担当者からのご連絡をお待ちください。

Amazon Web Services`,
  }),
  ja({
    slug: 'refund-case-receipt',
    kind: 'unrelated',
    trap: true,
    caseId: CASE.misakiRefund,
    note: 'receipt of the user\'s other case (exam fee refund): says its topic, so not part of the merge case',
    from: AWS_NOTIFY,
    to: M.keep,
    subject: `ケース ${CASE.misakiRefund} を受け付けました: 受験料の返金について`,
    date: d('2026-03-10 02:00:00', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村 美咲 様

受験料の返金に関するお問い合わせを、ケース ${CASE.misakiRefund} として受け付けました。
担当者より順次ご連絡いたします。

Amazon Web Services`,
  }),
];

function YOSHIDA_ADDR(): string {
  return 'n.yoshida@shinsei-sys.example.co.jp';
}
