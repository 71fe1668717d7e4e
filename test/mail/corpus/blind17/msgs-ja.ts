// Set p, Japanese messages. Written fresh for this set (edge shapes and traps).
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, INOUE, NOGUCHI, INOUE_REQ, KIMURA, KIMURA_REQ, MATSU, MATSU_REQ, MORI, MORI_REQ, OKADA, SAITO, SAITO_REQ, SUPPORT, SUPPORT_ADDR,
  TEAM_LIST, d, formSubject, formSubjectBare, gmailJa, outlookJa, quote, sfBlock, sfRef, via,
} from './common.js';

type P = Omit<Msg, 'forUser' | 'trap' | 'auth' | 'trusted' | 'lang'> & Partial<Pick<Msg, 'forUser' | 'trap' | 'auth' | 'trusted'>>;
const ja = (p: P): Msg => ({ lang: 'ja', forUser: true, trap: false, auth: 'pass', trusted: true, ...p });

const sfJa = (id: string, who: string, addr: string, sent: string, body: string): string =>
  sfBlock(`${who} <${addr}>`, sent, SUPPORT_ADDR, formSubjectBare(id), body);

export const JA: Msg[] = [
  // ───────────── acknowledgement (8) ─────────────
  ja({
    slug: 'ack-ja-uketsuke-jis',
    kind: 'acknowledgement', caseId: CASE.matsu,
    note: 'automatic receipt of the new case, case ID in subject and body',
    from: SUPPORT, to: `${MATSU.ja} <${MATSU.keep}>`,
    subject: `[CASE ${CASE.matsu}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2026-01-19 22:41:07'), enc: 'jis7',
    text: `松本 亮 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
本メールはシステムから自動で送信されています。

ケース番号 ${CASE.matsu} として承りました。通常24時間以内に担当者からご返信いたします。
なお、同じ内容で新しいケースを作成されますと、回答までにお時間をいただく原因となります。追加の情報がございましたら、このメールにそのままご返信ください。

AWS Training and Certification カスタマーサポート`,
  }),
  ja({
    slug: 'ack-ja-fields-only-noverb',
    kind: 'acknowledgement', caseId: CASE.inoue,
    note: 'receipt recognisable only by its shape: no RE:, no verb, just the fields of the new case',
    from: SUPPORT, to: INOUE.keep,
    subject: `AWS トレーニングと認定 お問い合わせ番号 ${CASE.inoue}`,
    date: d('2026-02-02 09:03:55'), enc: 'utf8b64',
    text: `■ お問い合わせ番号：${CASE.inoue}
■ 受付日時：2026/02/02 09:03 (JST)
■ お問い合わせの種類：AWS トレーニングと認定
■ カテゴリ：認定 / アカウントの統合
■ ご登録のメールアドレス：${INOUE.keep}
■ 候補 ID：${INOUE.keepId}
■ 回答の目安：1営業日

――
このメールアドレスは送信専用ではありません。本メールへのご返信はケースに記録されます。
Amazon Web Services`,
  }),
  ja({
    slug: 'ack-ja-html-only-id-in-body',
    kind: 'acknowledgement', caseId: CASE.kimura,
    note: 'HTML-only receipt; generic subject, the case ID appears only in the body',
    from: SUPPORT, to: KIMURA.keep,
    subject: 'お問い合わせありがとうございます',
    date: d('2026-01-27 13:15:40'), enc: 'utf8qp',
    html: `<html><body style="font-family:sans-serif">
<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<p>木村 健太 様</p>
<p>AWS Training and Certification へのお問い合わせを頂戴しました。内容を確認し、担当者より折り返しご連絡差し上げます。</p>
<table border="1" cellpadding="4"><tr><th>ケース ID</th><td>${CASE.kimura}</td></tr>
<tr><th>件名</th><td>アカウント統合のご依頼</td></tr></table>
<p style="color:#666">※ 同一のご依頼で別のケースを起票されませんようお願いいたします。</p>
</td></tr></table>
</body></html>`,
  }),
  ja({
    slug: 'ack-ja-sjis-junji',
    kind: 'acknowledgement', caseId: CASE.saito,
    note: 'receipt in Shift_JIS: case registered, staff will answer in turn',
    from: SUPPORT, to: `${SAITO.ja} <${SAITO.keep}>`,
    subject: `【自動送信】ケース ${CASE.saito} 登録のお知らせ`,
    date: d('2026-03-04 18:22:11'), enc: 'sjis8',
    text: `斎藤 由佳 様

このたびはご連絡をいただきありがとうございます。
ご依頼内容はサポートケース ${CASE.saito} に登録され、順番に担当者が対応いたします。混雑状況により、回答まで1から2営業日かかる場合がございます。

ご返信の際は件名のケース番号を変更しないでください。

AWS トレーニングと認定 サポートチーム`,
  }),
  ja({
    slug: 'ack-ja-no-auth-results',
    kind: 'acknowledgement', caseId: CASE.mori, trusted: false, auth: 'none',
    note: 'receipt wording but no Authentication-Results at all: untrusted',
    from: SUPPORT, to: MORI.keep,
    subject: `[CASE ${CASE.mori}] お問い合わせを受領しました`,
    date: d('2026-02-11 07:58:30'), enc: 'jisb64',
    text: `森 大輔 様

お問い合わせ（ケースID: ${CASE.mori}）を受領いたしました。
担当部署にて確認後、通常24時間以内にご案内いたします。

AWS Training and Certification`,
  }),
  ja({
    slug: 'ack-ja-mixed-boilerplate',
    kind: 'acknowledgement', caseId: CASE.matsuDup,
    note: 'receipt of a second (duplicate) case opened by the user; Japanese lead with English boilerplate',
    from: SUPPORT, to: MATSU.keep,
    subject: `[CASE ${CASE.matsuDup}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2026-01-21 08:12:44'), enc: 'utf8qp',
    text: `※本メールは自動配信です。

お問い合わせ番号 ${CASE.matsuDup} にて記録いたしました。

Hello,
Thank you for contacting AWS Training and Certification. A member of our team will get back to you within 24 hours.
Please do not open an additional case for the same request; duplicates slow down our response.

Case ID: ${CASE.matsuDup}
Category: Certification > Account assistance`,
  }),
  ja({
    slug: 'ack-ja-kakunin-mail-trap',
    kind: 'acknowledgement', caseId: CASE.inoue, trap: true,
    note: 'calls itself a 確認メール (confirmation words) but is only the receipt of the case',
    from: AWS_NOTIFY, to: INOUE.keep,
    subject: `サポートケース ${CASE.inoue} の作成確認`,
    date: d('2026-02-02 09:04:12'), enc: 'jis7',
    text: `本メールは、AWS サポートセンターでケースが作成されたことをお知らせする確認メールです。
ご返信やご同意などのお手続きは不要です。

ケース ID: ${CASE.inoue}
件名: アカウント統合
重要度: 一般的なご質問

ケースの詳細はサポートセンターからご覧いただけます。
Amazon Web Services, Inc.`,
  }),
  ja({
    slug: 'ack-ja-id-body-only-jis',
    kind: 'acknowledgement', caseId: CASE.kimura,
    note: 'receipt with a subject that carries no ID; case ID sits in the body between other fields',
    from: SUPPORT, to: `${KIMURA.ja} <${KIMURA.keep}>`,
    subject: 'AWS トレーニングと認定：受付のお知らせ',
    date: d('2026-01-27 13:15:02'), enc: 'jis7',
    text: `木村様

受付日 2026年1月27日、受付番号 ${CASE.kimura}、ご依頼の種別はアカウント統合です。
担当者の割り当てまで今しばらくお待ちください。通常、翌営業日中にメールでご連絡いたします。

-- 
AWS トレーニングと認定`,
  }),

  // ───────────── ai_answer (7) ─────────────
  ja({
    slug: 'ai-ja-self-service-tool',
    kind: 'ai_answer', caseId: null,
    note: 'AI-generated suggestion pointing to the self-service Merge Accounts tool',
    from: AWS_NOTIFY, to: MATSU.keep,
    subject: 'AWS サポート：AI が生成した回答',
    date: d('2026-01-19 22:35:18'), enc: 'jis7',
    text: `この回答は生成 AI によって作成されました。内容が正確でない場合があります。

ご質問: 認定アカウントを1つにしたい

回答:
AWS 認定アカウントが複数ある場合、認定ポータルにサインインし、プロフィールのメニューから「Merge Accounts」を開くと、ご自身で統合を申請できます。両方のアカウントに認定資格の履歴がある場合は、このツールは利用できないため、サポートケースを作成してください。

この回答で解決しない場合は、「ケースを作成」を選択してください。`,
  }),
  ja({
    slug: 'ai-ja-explains-after-merge-trap',
    kind: 'ai_answer', caseId: null, trap: true,
    note: 'automated answer that describes what happens once a merge is done; still an AI answer',
    from: AWS_NOTIFY, to: SAITO.keep,
    subject: 'お問い合わせへの自動回答',
    date: d('2026-03-04 18:10:29'), enc: 'utf8b64',
    text: `自動生成された回答をお送りします。

統合が完了すると、統合元アカウントの認定資格と特典（次回受験の50%割引バウチャーなど）は統合先アカウントに表示されるようになります。Credly のデジタルバッジは自動では移らないことがあるため、統合後に Credly 側で受け取り手続きを行ってください。

まだ統合を申請していない場合は、認定ポータルの「アカウントの統合」ツールをお試しください。

役に立ちましたか？ はい / いいえ`,
  }),
  ja({
    slug: 'ai-ja-faq-sjis-b64',
    kind: 'ai_answer', caseId: null,
    note: 'automated FAQ-style response (Shift_JIS base64) before a case is created',
    from: AWS_NOTIFY, to: MORI.keep,
    subject: 'AWS トレーニングと認定 - 自動応答',
    date: d('2026-02-11 07:49:03'), enc: 'sjisb64',
    text: `森 様

入力いただいた内容から、以下の情報がお役に立つ可能性があります（自動応答）。

・認定アカウントの統合：認定ポータル > プロフィール > アカウントの統合
・候補 ID の確認方法：認定ポータル右上のメニュー
・統合できないケース：両方のアカウントに認定の履歴がある場合

上記で解決しない場合は、引き続きフォームから「ケースを作成」してください。`,
  }),
  ja({
    slug: 'ai-ja-amazon-q-multipart',
    kind: 'ai_answer', caseId: null,
    note: 'multipart/alternative AI suggestion (Amazon Q wording)',
    from: AWS_NOTIFY, to: INOUE.keep,
    subject: 'Amazon Q によるご提案',
    date: d('2026-02-02 08:57:41'), enc: 'utf8qp',
    text: `Amazon Q がお問い合わせ内容を分析しました。

おすすめの対処法：
1. 残したいアカウントで認定ポータルにサインインします。
2. 「Merge Accounts」から、もう一方のアカウントのメールアドレスを入力します。
3. 画面の案内に従って申請します。

解決しなかった場合は、サポート担当者へのケース作成にお進みください。`,
    html: `<div><p>Amazon Q がお問い合わせ内容を分析しました。</p>
<p><b>おすすめの対処法：</b></p>
<ol><li>残したいアカウントで認定ポータルにサインインします。</li>
<li>「Merge Accounts」から、もう一方のアカウントのメールアドレスを入力します。</li>
<li>画面の案内に従って申請します。</li></ol>
<p>解決しなかった場合は、サポート担当者へのケース作成にお進みください。</p></div>`,
  }),
  ja({
    slug: 'ai-ja-lookalike-domain',
    kind: 'ai_answer', caseId: null, trusted: false,
    note: 'AI-answer text from a look-alike domain (aws-training-support.jp): untrusted',
    from: 'AWS トレーニングと認定 <no-reply@aws-training-support.jp>', to: KIMURA.keep,
    subject: 'AIアシスタントからの回答',
    date: d('2026-01-27 12:58:16'), enc: 'jisb64',
    text: `AI アシスタントがご質問に回答します。

認定アカウントの統合は、セルフサービスの統合ツールから申請できます。ツールが利用できない場合はサポートまでご連絡ください。

※本回答は自動生成されたものです。`,
  }),
  ja({
    slug: 'ai-ja-no-case-needed-trap',
    kind: 'ai_answer', caseId: null, trap: true,
    note: 'AI answer that talks about closing and not needing a case; it is still the automated answer',
    from: AWS_NOTIFY, to: MATSU.src,
    subject: 'ご質問への回答（自動生成）',
    date: d('2026-01-18 19:20:55'), enc: 'jis7',
    text: `生成 AI による回答です。

ご質問の内容は、セルフサービスの「アカウントの統合」で解決できる可能性があります。
この回答で問題が解決した場合、ケースを作成する必要はなく、このままページを閉じていただいて構いません。
解決しない場合のみ、お手数ですが「ケースを作成」から担当者へお問い合わせください。`,
  }),
  ja({
    slug: 'ai-ja-generated-answer-mixed',
    kind: 'ai_answer', caseId: null,
    note: 'English "Generated answer" frame around Japanese text; language ja',
    from: AWS_NOTIFY, to: SAITO.src,
    subject: 'Generated answer - アカウントの統合について',
    date: d('2026-03-03 21:02:09'), enc: 'utf8qp',
    text: `Generated answer (beta)

アカウントを統合するには、まず残したい方のアカウントにサインインしてください。プロフィール画面の「アカウントの統合」から、統合元のメールアドレスとパスワードを入力します。
どちらのアカウントにも合格履歴がある場合は、サポートへのお問い合わせが必要です。

This answer was generated by AI. Verify important information.`,
  }),

  // ───────────── info_request (8) ─────────────
  ja({
    slug: 'info-ja-both-ids-keep-sf',
    kind: 'info_request', caseId: CASE.matsu,
    note: 'asks for both candidate IDs and which account to keep; Salesforce history below',
    from: SUPPORT, to: MATSU.keep,
    subject: formSubject(CASE.matsu),
    date: d('2026-01-20 16:05:33'), enc: 'jis7',
    text: `松本様

お問い合わせいただきありがとうございます。AWS トレーニングと認定の担当、村井でございます。

統合作業に入る前に、以下の情報をお送りいただけますでしょうか。
1. 両アカウントの候補 ID（AWS から始まる番号）
2. 両アカウントのログイン用メールアドレス
3. 統合後に残すアカウントはどちらか

お手数ですが、よろしくお願いいたします。

村井
AWS Training and Certification

${sfJa(CASE.matsu, MATSU.en, MATSU.keep, '1/19/2026 1:41 PM', MATSU_REQ)}

${sfRef('Hk2wQ1')}`,
  }),
  ja({
    slug: 'info-ja-gokakunin-oshirase-trap',
    kind: 'info_request', caseId: CASE.inoue, trap: true,
    note: '「ご確認のうえお知らせください」: confirmation words, but it asks for the address to keep',
    from: SUPPORT, to: INOUE.keep,
    subject: formSubject(CASE.inoue),
    date: d('2026-02-03 11:26:10'), enc: 'sjis8',
    text: `井上 美咲 様

ご連絡ありがとうございます。
いただいた2つのメールアドレスのうち、今後サインインに使われるのはどちらでしょうか。通知の届くアドレスをご確認のうえ、お知らせいただけますと幸いです。

AWS トレーニングと認定 サポート 長谷川

----- 元のメッセージ -----
${INOUE_REQ}`,
  }),
  ja({
    slug: 'info-ja-no-request-word-te-form',
    kind: 'info_request', caseId: CASE.kimura,
    note: 'asks for the missing candidate ID and a screenshot without an explicit request verb',
    from: SUPPORT, to: KIMURA.keep,
    subject: formSubject(CASE.kimura),
    date: d('2026-01-28 10:44:59'), enc: 'utf8b64',
    text: `木村様

お世話になっております。
いただいた内容を拝見しましたが、研究室アドレス側の候補IDが記載されておらず、こちらでアカウントを特定できない状況です。あわせて、認定ポータルの「取得済み認定」画面のスクリーンショットがあると照合が早く進みます。

引き続きよろしくお願いいたします。
AWS Training and Certification 担当 西田

-----Original Message-----
${KIMURA_REQ}`,
  }),
  ja({
    slug: 'info-ja-write-from-keep-plus-ids',
    kind: 'info_request', caseId: CASE.saito,
    note: 'write from the kept address AND send the IDs: an information request',
    from: SUPPORT, to: SAITO.src,
    subject: formSubject(CASE.saito),
    date: d('2026-03-05 14:30:07'), enc: 'jisb64',
    text: `斎藤 由佳 様

本人確認のため、統合後に残すアカウト（${SAITO.keep}）のメールアドレスから、本メールにご返信ください。その際、双方の候補 ID と、各アカウントで取得済みの認定名を本文にご記入ください。

なお、バウチャーの引き継ぎについては統合後に改めてご案内します。

AWS Training & Certification Support`,
  }),
  ja({
    slug: 'info-ja-html-romaji',
    kind: 'info_request', caseId: CASE.mori,
    note: 'HTML-only request for romanised name and exam dates',
    from: SUPPORT, to: MORI.keep,
    subject: formSubject(CASE.mori),
    date: d('2026-02-12 09:18:21'), enc: 'utf8qp',
    html: `<html><body>
<p>森 大輔 様</p>
<p>ご連絡ありがとうございます。アカウントの照合にあたり、下記の項目をご返信ください。</p>
<ul>
<li>ご氏名（ローマ字表記、パスポートと同じ綴り）</li>
<li>統合元アカウントで最後に受験された試験名と受験日</li>
<li>統合元アカウントの登録メールアドレス</li>
</ul>
<p>上記を確認でき次第、次の手順をご案内いたします。</p>
<p>AWS トレーニングと認定<br>カスタマーサポート</p>
<div class="quote"><p>---- Original Message ----</p><p>${MORI_REQ.replace(/\n/g, '<br>')}</p></div>
</body></html>`,
  }),
  ja({
    slug: 'info-ja-fail-then-forged',
    kind: 'info_request', caseId: CASE.matsu, trusted: false, auth: 'failThenForged',
    note: 'asks for IDs, but the topmost Authentication-Results says fail (a planted pass lies lower): untrusted',
    from: SUPPORT, to: MATSU.keep,
    subject: formSubject(CASE.matsu),
    date: d('2026-01-20 11:02:48'), enc: 'jis7',
    text: `松本様

統合手続きのため、両アカウントの候補IDとログイン用のメールアドレスを至急ご返信ください。

AWS Training and Certification`,
  }),
  ja({
    slug: 'info-ja-outlook-thread-notify-addr',
    kind: 'info_request', caseId: CASE.inoue,
    note: 'new text asks which notification address to use; long Outlook-style Japanese quote below',
    from: SUPPORT, to: INOUE.keep,
    subject: formSubject(CASE.inoue),
    date: d('2026-02-05 15:47:36'), enc: 'jis7',
    text: `井上様

ご返信ありがとうございます。残すアカウントが個人アドレスの方であること、承知いたしました。
もう1点、認定に関する通知メール（有効期限のお知らせ等）の送付先を、ログイン用と同じにするか別のアドレスにするか、ご希望をお聞かせいただけますか。

長谷川

${outlookJa(`井上 美咲 <${INOUE.keep}>`, '2026年2月4日 20:11', `AWS Training and Certification <${SUPPORT_ADDR}>`, formSubject(CASE.inoue))}

長谷川様

残したいのは ${INOUE.keep} の方です。
よろしくお願いいたします。

井上

${outlookJa(`AWS Training and Certification <${SUPPORT_ADDR}>`, '2026年2月3日 11:26', INOUE.keep, formSubject(CASE.inoue))}

井上 美咲 様

ご連絡ありがとうございます。
いただいた2つのメールアドレスのうち、今後サインインに使われるのはどちらでしょうか。`,
  }),
  ja({
    slug: 'info-ja-after-mobile-reply',
    kind: 'info_request', caseId: CASE.mori,
    note: 'support asks for the exam registration details after the user\'s short mobile reply (quoted)',
    from: SUPPORT, to: MORI.keep,
    subject: formSubject(CASE.mori),
    date: d('2026-02-13 17:09:12'), enc: 'utf8qp',
    text: `森様

ご回答ありがとうございます。
統合元のアカウントに3月の試験予約が残っているようです。予約されている試験名と日時、受験方式（オンライン/テストセンター）を教えていただけますか。予約の扱いを決めたうえで手続きを進めます。

AWS トレーニングと認定 サポート

${gmailJa('2026年2月12日(木) 21:40', '森 大輔', MORI.keep)}
> ローマ字は DAISUKE MORI です。最後に受けたのはSAAで、去年の10月です。
> iPhoneから送信`,
  }),

  // ───────────── confirmation_request (8) ─────────────
  ja({
    slug: 'conf-ja-torikeshi-fuka',
    kind: 'confirmation_request', caseId: CASE.matsu,
    note: 'asks for consent: the merge cannot be undone, reply to proceed',
    from: SUPPORT, to: MATSU.keep,
    subject: formSubject(CASE.matsu),
    date: d('2026-01-22 10:31:14'), enc: 'jis7',
    text: `松本様

情報をお送りいただきありがとうございます。
下記の内容で統合を行います。

統合元：${MATSU.srcId}（${MATSU.src}）
統合先：${MATSU.keepId}（${MATSU.keep}）

一度統合したアカウントは元に戻すことができません。この内容で差し支えなければ、本メールへのご返信をもって手続きを開始いたします。

村井`,
  }),
  ja({
    slug: 'conf-ja-fixed-phrase-sjis',
    kind: 'confirmation_request', caseId: CASE.kimura,
    note: 'asks the user to reply with the fixed phrase 「統合に同意します」',
    from: SUPPORT, to: KIMURA.keep,
    subject: formSubject(CASE.kimura),
    date: d('2026-01-29 16:12:50'), enc: 'sjisb64',
    text: `木村 健太 様

アカウントの特定ができました。
手続きを進めるにあたり、お客様のご意思を記録に残す必要がございます。お手数ですが、本文に「統合に同意します」とだけ記載して、このメールにご返信ください。

※統合後の取り消しはできません。

西田`,
  }),
  ja({
    slug: 'conf-ja-restates-then-asks',
    kind: 'confirmation_request', caseId: CASE.saito,
    note: 'restates the details received earlier, then asks for consent as the new step',
    from: SUPPORT, to: SAITO.keep,
    subject: formSubject(CASE.saito),
    date: d('2026-03-06 11:55:23'), enc: 'utf8qp',
    text: `斎藤様

3月5日に統合先のアドレスからご返信いただいた内容を確認しました。
・統合先：${SAITO.keepId}（CLF、SAA）
・統合元：${SAITO.srcId}（SOA）

この2つを統合先の1アカウントにまとめてよろしいでしょうか。元に戻せない作業のため、念のためお客様のご了承をいただいてから実施いたします。

AWS Training & Certification Support`,
  }),
  ja({
    slug: 'conf-ja-html-table',
    kind: 'confirmation_request', caseId: CASE.mori,
    note: 'HTML-only consent request with a table of the two accounts',
    from: SUPPORT, to: MORI.keep,
    subject: formSubject(CASE.mori),
    date: d('2026-02-16 10:02:37'), enc: 'utf8b64',
    html: `<html><body>
<p>森様</p>
<p>試験予約の件、ご連絡ありがとうございました。以下の内容で統合を実施してよろしいか、ご返信にてお知らせください。</p>
<table border="1" cellpadding="6"><tr><th></th><th>候補 ID</th><th>メールアドレス</th></tr>
<tr><td>残す</td><td>${MORI.keepId}</td><td>${MORI.keep}</td></tr>
<tr><td>統合元</td><td>${MORI.srcId}</td><td>${MORI.src}</td></tr></table>
<p><b>ご注意：</b>統合は取り消しができません。</p>
<p>AWS トレーニングと認定 サポート</p>
</body></html>`,
  }),
  ja({
    slug: 'conf-ja-english-phrase-resent',
    kind: 'confirmation_request', caseId: CASE.inoue, forUser: false,
    note: 'consent request (reply "I agree" in English), redirected by the old company server: Resent-* headers, so not forUser',
    from: SUPPORT, to: INOUE.src,
    subject: formSubject(CASE.inoue),
    date: d('2026-02-06 13:20:45'), enc: 'jisb64',
    resent: { from: 'postmaster@partner.example.co.jp', to: INOUE.keep, date: d('2026-02-06 13:21:02') },
    text: `井上様

統合の準備が整いました。
英語の記録が必要なため、問題がなければ "I agree to merge my accounts." の一文でご返信をお願いします。この返信をいただくまで作業は保留となります。

長谷川`,
  }),
  ja({
    slug: 'conf-ja-other-authserv-only',
    kind: 'confirmation_request', caseId: CASE.kimura, trusted: false, auth: 'otherOnly',
    note: 'consent request, but only a foreign authserv-id (mx.google.com) vouches for it: untrusted',
    from: SUPPORT, to: KIMURA.keep,
    subject: formSubject(CASE.kimura),
    date: d('2026-01-29 09:40:22'), enc: 'jis7',
    text: `木村様

統合を進めてよろしいでしょうか。統合後は元に戻せません。ご同意いただける場合はご返信ください。

AWS Training and Certification`,
  }),
  ja({
    slug: 'conf-ja-gmail-long-thread',
    kind: 'confirmation_request', caseId: CASE.matsu,
    note: 'top-posted consent request over a long Gmail thread (Japanese attribution lines)',
    from: SUPPORT, to: MATSU.keep,
    subject: formSubject(CASE.matsu),
    date: d('2026-01-23 09:12:05'), enc: 'jis7',
    text: `松本様

追記ありがとうございます。旧アカウントに紐づいていたバウチャーも統合先に移ることを確認しました。
それでは最終確認です。${MATSU.srcId} を ${MATSU.keepId} へ統合する手続きに進んでよいか、ご返答をお待ちしております（統合の取り消しはできません）。

村井

${gmailJa('2026年1月22日(木) 21:03', '松本 亮', MATSU.keep)}
> 村井様
>
> ご連絡ありがとうございます。
> 一点だけ、旧アカウントにある50%割引のバウチャーも引き継がれるでしょうか。
>
> 松本
>
${quote(`${gmailJa('2026年1月22日(木) 10:31', 'AWS Training and Certification', SUPPORT_ADDR)}
> 松本様
>
> 情報をお送りいただきありがとうございます。
> 下記の内容で統合を行います。
> 統合元：${MATSU.srcId}（${MATSU.src}）
> 統合先：${MATSU.keepId}（${MATSU.keep}）`)}`,
  }),
  ja({
    slug: 'conf-ja-no-question-mark',
    kind: 'confirmation_request', caseId: CASE.saito,
    note: 'consent asked without a question: "if nothing differs, a reply saying so lets us start"',
    from: SUPPORT, to: SAITO.keep,
    subject: formSubject(CASE.saito),
    date: d('2026-03-09 10:40:51'), enc: 'utf8b64',
    text: `斎藤様

先日お送りした統合内容について、まだご返信をいただいておりませんでしたので再度ご連絡しました。
記載の内容に相違がなければ、その旨を一言ご返信いただければ、統合作業に入ります。統合後の取り消しはできませんのでご留意ください。

AWS Training & Certification Support`,
  }),

  // ───────────── merge_completed (8) ─────────────
  ja({
    slug: 'merged-ja-togo-kanryo-jis',
    kind: 'merge_completed', caseId: CASE.matsu,
    note: 'support says the two accounts have been merged',
    from: SUPPORT, to: MATSU.keep,
    subject: formSubject(CASE.matsu),
    date: d('2026-01-24 04:18:39'), enc: 'jis7',
    text: `松本様

お待たせいたしました。${MATSU.srcId} の認定履歴を ${MATSU.keepId} に統合いたしました。
今後は ${MATSU.keep} でサインインしていただくと、すべての認定資格をご覧いただけます。

村井

${sfJa(CASE.matsu, MATSU.en, MATSU.keep, '1/23/2026 12:55 AM', '村井様\n\n内容に問題ありません。統合をお願いします。\n\n松本')}`,
  }),
  ja({
    slug: 'merged-ja-portal-notice',
    kind: 'merge_completed', caseId: null,
    note: 'the certification portal\'s own merge notice (no case ID)',
    from: 'AWS Certification <no-reply@notifications.aws.training>', to: INOUE.keep,
    subject: 'AWS認定：アカウントの統合が完了しました',
    date: d('2026-02-07 03:02:17'), enc: 'utf8b64',
    text: `井上 美咲 様

お客様の AWS 認定アカウントの統合処理が完了しました。
統合元アカウントの認定資格、試験履歴、特典は、現在ご利用中のアカウント（候補 ID：${INOUE.keepId}）で確認できます。

認定ポータルにサインインしてご確認ください。

AWS Training and Certification`,
  }),
  ja({
    slug: 'merged-ja-one-line-sjis',
    kind: 'merge_completed', caseId: CASE.kimura,
    note: 'completion in a one-line reply above the user\'s consent',
    from: SUPPORT, to: KIMURA.keep,
    subject: formSubject(CASE.kimura),
    date: d('2026-01-30 19:51:03'), enc: 'sjis8',
    text: `木村様、ご依頼の統合は対応済みです。西田

> 統合に同意します
> 木村 健太`,
  }),
  ja({
    slug: 'merged-ja-and-will-close',
    kind: 'merge_completed', caseId: CASE.mori,
    note: 'completion that also says the case will now be closed: the new fact is the merge',
    from: SUPPORT, to: MORI.keep,
    subject: formSubject(CASE.mori),
    date: d('2026-02-18 08:33:49'), enc: 'jisb64',
    text: `森 大輔 様

ご同意ありがとうございました。本日、統合元の候補ID ${MORI.srcId} を ${MORI.keepId} に統合し、作業を完了いたしました。3月の試験予約も統合先アカウントへ移っております。

本件はこれにてクローズとさせていただきます。

AWS トレーニングと認定 サポート`,
  }),
  ja({
    slug: 'merged-ja-please-check-trap',
    kind: 'merge_completed', caseId: CASE.saito, trap: true,
    note: 'merge done; "please check all looks right" uses confirmation words but stays merge_completed',
    from: SUPPORT, to: SAITO.keep,
    subject: formSubject(CASE.saito),
    date: d('2026-03-11 12:04:33'), enc: 'utf8qp',
    text: `斎藤様

お待たせしました。2つの認定アカウントを1つにまとめる作業が終わりました。
お手数ですが、認定ポータルにサインインし、SOA を含む3つの認定とバウチャーが表示されているかご確認ください。表示に問題があれば、このメールにご返信ください。

AWS Training & Certification Support`,
  }),
  ja({
    slug: 'merged-ja-html-only-ikou',
    kind: 'merge_completed', caseId: CASE.inoue,
    note: 'HTML-only completion: records moved to the kept account',
    from: SUPPORT, to: INOUE.keep,
    subject: formSubject(CASE.inoue),
    date: d('2026-02-07 10:15:26'), enc: 'utf8qp',
    html: `<div dir="ltr"><p>井上様</p>
<p>ご返信ありがとうございました。<br>
統合元アカウント（${INOUE.srcId}）に登録されていた認定と受験履歴は、すべて ${INOUE.keepId} へ移行済みです。旧アカウントは今後ご利用いただけません。</p>
<p>長谷川<br>AWS Training and Certification</p></div>`,
  }),
  ja({
    slug: 'merged-ja-misaligned-dkim',
    kind: 'merge_completed', caseId: CASE.matsu, trusted: false, auth: 'misaligned',
    note: 'completion wording, but DKIM is for an unrelated bulk domain and DMARC fails: untrusted',
    from: SUPPORT, to: MATSU.keep,
    subject: formSubject(CASE.matsu),
    date: d('2026-01-23 23:40:12'), enc: 'jis7',
    text: `松本様

アカウントの統合が完了しました。下記リンクから統合後のアカウントにサインインし、登録情報を更新してください。
https://aws-cert-merge.example.net/signin

AWS Training and Certification`,
  }),
  ja({
    slug: 'merged-ja-restated-plus-new',
    kind: 'merge_completed', caseId: CASE.noguchi,
    note: 'restates the consent and the earlier status mail, then gives the new fact: merged today',
    from: SUPPORT, to: `${NOGUCHI.ja} <${NOGUCHI.keep}>`,
    subject: formSubject(CASE.noguchi),
    date: d('2026-03-13 11:27:58'), enc: 'jis7',
    text: `野口様

3月10日に同意のご返信をいただき、翌11日に「担当チームで作業中」とお知らせしておりましたが、本日3月13日付で、メーカー在籍時のアカウント（${NOGUCHI.srcId}）にあった DEA と MLA の記録を個人アカウント（${NOGUCHI.keepId}）へ移し終えました。

お待たせして申し訳ございませんでした。

西田

${gmailJa('2026年3月12日(木) 23:05', '野口 翔太', NOGUCHI.keep)}
> 西田様
> その後の進捗はいかがでしょうか。`,
  }),

  // ───────────── badges_transferred (8) ─────────────
  ja({
    slug: 'badges-ja-credly-aws-hakko',
    kind: 'badges_transferred', caseId: null,
    note: 'AWS badge issued via Credly to the kept address (Japanese Credly template)',
    from: CREDLY_AWS, to: MATSU.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-01-26 02:11:45'), enc: 'utf8qp',
    text: `松本 亮 様

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを入手する
https://www.credly.com/badges/3f1c9a7e-0b52-4d8e-9a61-b7c2e4f0d913

バッジを受け取ると、LinkedIn などで共有できるようになります。

Credly`,
  }),
  ja({
    slug: 'badges-ja-support-moved-closing',
    kind: 'badges_transferred', caseId: CASE.matsu,
    note: 'support says the Credly badges moved and closes the case: badges_transferred',
    from: SUPPORT, to: MATSU.keep,
    subject: formSubject(CASE.matsu),
    date: d('2026-01-26 01:58:20'), enc: 'jis7',
    text: `松本様

ご指摘のありました Credly のバッジについて、統合先アカウントのメールアドレス（${MATSU.keep}）宛てに付け替えを行いました。Credly から受け取りのご案内が届きますので、そちらから承認してください。

ほかにご不明な点がなければ、本ケースはクローズいたします。

村井`,
  }),
  ja({
    slug: 'badges-ja-credly-html-only',
    kind: 'badges_transferred', caseId: null,
    note: 'HTML-only Credly mail: AWS badge waiting to be accepted on the kept account',
    from: CREDLY_AWS, to: INOUE.keep,
    subject: '井上さん、新しいバッジが届いています',
    date: d('2026-02-08 06:40:03'), enc: 'utf8b64',
    html: `<html><body style="background:#f4f4f4">
<table align="center" width="560" style="background:#fff"><tr><td style="padding:24px">
<img src="https://images.credly.com/size/110x110/images/aws-dva.png" alt="">
<h2>AWS Certified Developer - Associate</h2>
<p>発行元：Amazon Web Services Training and Certification</p>
<p><a href="https://www.credly.com/earner/earned/badge/7d20e1b4-58aa-4c0e-8f2d-1e6b93a5c470" style="background:#0b5fff;color:#fff;padding:10px 18px">バッジを受け取る</a></p>
<p style="font-size:11px;color:#888">このメールは ${INOUE.keep} 宛てに送信されました。</p>
</td></tr></table></body></html>`,
  }),
  ja({
    slug: 'badges-ja-support-reissued-sjis',
    kind: 'badges_transferred', caseId: CASE.kimura,
    note: 'support reissued the Credly badges to the kept address',
    from: SUPPORT, to: KIMURA.keep,
    subject: formSubject(CASE.kimura),
    date: d('2026-02-03 15:22:47'), enc: 'sjisb64',
    text: `木村様

Credly のバッジが旧アドレスに残っていた件、確認しました。
CLF と SAP の2つのバッジを、${KIMURA.keep} 宛てに再発行しております。Credly からのメールに従って受け取ってください。

西田`,
  }),
  ja({
    slug: 'badges-ja-restated-merge-new-badges',
    kind: 'badges_transferred', caseId: CASE.saito,
    note: 'restates last week\'s merge, the new event is that the badges moved',
    from: SUPPORT, to: SAITO.keep,
    subject: formSubject(CASE.saito),
    date: d('2026-03-17 09:45:15'), enc: 'jisb64',
    text: `斎藤様

先週（3月11日）アカウントの統合が完了した件で、バッジが見当たらないとのご連絡をいただいておりました。
本日、Credly 側のバッジ3点（CLF、SAA、SOA）を統合先アカウントへ移しました。Credly にサインインしてご確認いただけます。

AWS Training & Certification Support`,
  }),
  ja({
    slug: 'badges-ja-lookalike-credly',
    kind: 'badges_transferred', caseId: null, trusted: false,
    note: 'Credly-looking badge mail from credly-notifications.com (not credly.com): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-notifications.com>', to: MORI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-02-19 04:12:08'), enc: 'utf8qp',
    text: `森 大輔 様

AWS Certified Solutions Architect - Associate のバッジが発行されました。

バッジを入手する
https://credly-notifications.com/accept?u=mori

Credly`,
  }),
  ja({
    slug: 'badges-ja-credly-three',
    kind: 'badges_transferred', caseId: null,
    note: 'Credly: three AWS badges added to the kept account',
    from: CREDLY_AWS, to: SAITO.keep,
    subject: '3件のバッジがアカウントに追加されました',
    date: d('2026-03-17 10:03:51'), enc: 'utf8b64',
    text: `斎藤 由佳 様

Amazon Web Services Training and Certification が発行した以下のバッジが、あなたの Credly アカウント（${SAITO.keep}）に追加されました。

・AWS Certified Cloud Practitioner
・AWS Certified Solutions Architect - Associate
・AWS Certified SysOps Administrator - Associate

プロフィールを見る: https://www.credly.com/users/yuka-saito

Credly チーム`,
  }),
  ja({
    slug: 'badges-ja-one-line-reply',
    kind: 'badges_transferred', caseId: CASE.inoue,
    note: 'one-line support reply: the badges have been moved too',
    from: SUPPORT, to: INOUE.keep,
    subject: formSubject(CASE.inoue),
    date: d('2026-02-09 18:30:04'), enc: 'jis7',
    text: `井上様　バッジも個人アカウント側へ移しておきました。長谷川

${gmailJa('2026年2月8日(日) 22:15', '井上 美咲', INOUE.keep)}
> 統合ありがとうございました。Credlyのバッジがまだ旧アドレスの方にあるようです。`,
  }),

  // ───────────── case_closed (8) ─────────────
  ja({
    slug: 'closed-ja-auto-3days',
    kind: 'case_closed', caseId: CASE.noguchi,
    note: 'will auto-close in three days without a reply',
    from: SUPPORT, to: NOGUCHI.keep,
    subject: formSubject(CASE.noguchi),
    date: d('2026-03-17 09:00:12'), enc: 'jis7',
    text: `野口様

統合後の表示に問題がないか、その後いかがでしょうか。
3日以内にご返信がない場合、本ケースは解決したものとして自動的にクローズされます。クローズ後にご質問がある場合は、新しいケースを作成してください。

AWS トレーニングと認定 サポート`,
  }),
  ja({
    slug: 'closed-ja-restates-merge-trap',
    kind: 'case_closed', caseId: CASE.matsu, trap: true,
    note: 'closing notice that only restates the earlier merge',
    from: SUPPORT, to: MATSU.keep,
    subject: formSubject(CASE.matsu),
    date: d('2026-01-29 10:10:10'), enc: 'sjis8',
    text: `松本様

先日ご案内のとおり、アカウントの統合およびバッジの付け替えは完了しております。
その後ご連絡がございませんでしたので、本ケースはクローズさせていただきます。ご利用ありがとうございました。

村井`,
  }),
  ja({
    slug: 'closed-ja-notify-resolved',
    kind: 'case_closed', caseId: CASE.inoue,
    note: 'AWS Support notification: the case was marked resolved',
    from: AWS_NOTIFY, to: INOUE.keep,
    subject: `サポートケース ${CASE.inoue} は解決済みになりました`,
    date: d('2026-02-12 00:05:44'), enc: 'utf8b64',
    text: `AWS サポートケース ${CASE.inoue}（アカウント統合）のステータスが「解決済み」に変更されました。

同じ問題が再発した場合は、14日以内であればサポートセンターからケースを再開できます。

Amazon Web Services`,
  }),
  ja({
    slug: 'closed-ja-html-shuryo',
    kind: 'case_closed', caseId: CASE.kimura,
    note: 'HTML closing note: the case is being ended as resolved',
    from: SUPPORT, to: KIMURA.keep,
    subject: formSubject(CASE.kimura),
    date: d('2026-02-06 12:00:00'), enc: 'utf8qp',
    text: `木村様

バッジの受け取りも済まされたとのこと、安心いたしました。
本件はこれで対応終了とし、ケースをクローズいたします。

西田`,
    html: `<p>木村様</p><p>バッジの受け取りも済まされたとのこと、安心いたしました。<br>本件はこれで対応終了とし、ケースをクローズいたします。</p><p>西田</p>`,
  }),
  ja({
    slug: 'closed-ja-dup-case-closed-trap',
    kind: 'case_closed', caseId: CASE.matsuDup, trap: true,
    note: 'the duplicate case is folded into the earlier one and closed; "統合" of cases, not accounts',
    from: SUPPORT, to: MATSU.keep,
    subject: formSubject(CASE.matsuDup),
    date: d('2026-01-21 15:44:02'), enc: 'jis7',
    text: `松本様

本ケースは、先にお送りいただいているお問い合わせと内容が重複しているため、そちらのケースに統合したうえでクローズいたします。
以降のやり取りは最初のケースのメールにご返信ください。

村井`,
  }),
  ja({
    slug: 'closed-ja-lookalike-authserv',
    kind: 'case_closed', caseId: CASE.saito, trusted: false, auth: 'lookalikeServer',
    note: 'closing notice whose Authentication-Results comes from a look-alike authserv-id: untrusted',
    from: SUPPORT, to: SAITO.keep,
    subject: formSubject(CASE.saito),
    date: d('2026-03-20 10:00:00'), enc: 'jis7',
    text: `斎藤様

本ケースはクローズされました。

AWS Training & Certification Support`,
  }),
  ja({
    slug: 'closed-ja-status-update-id-body',
    kind: 'case_closed', caseId: CASE.saito,
    note: 'closing notice with a generic subject; the case ID is only in the body',
    from: AWS_NOTIFY, to: SAITO.keep,
    subject: 'ケースのステータス更新',
    date: d('2026-03-24 06:30:19'), enc: 'jisb64',
    text: `お客様のサポートケースのステータスが更新されました。

ケース ID：${CASE.saito}
新しいステータス：クローズ
件名：account-assistance

ご不明な点は、サポートセンターから関連ケースを作成してお問い合わせください。`,
  }),
  ja({
    slug: 'closed-ja-no-reply-closed',
    kind: 'case_closed', caseId: CASE.noguchi,
    note: 'closed because the user did not reply',
    from: SUPPORT, to: NOGUCHI.keep,
    subject: formSubject(CASE.noguchi),
    date: d('2026-03-21 09:02:40'), enc: 'utf8qp',
    text: `野口様

前回お送りしたご案内から一定期間ご返信をいただけなかったため、本ケースをクローズいたしました。
ご不明な点が出てきた場合は、このメールにご返信いただくか、改めてフォームからご連絡ください。

AWS トレーニングと認定 サポート`,
  }),

  // ───────────── support_reply (9) ─────────────
  ja({
    slug: 'sr-ja-thanks-consent-handed-over-trap',
    kind: 'support_reply', caseId: CASE.matsu, trap: true,
    note: 'thanks for the consent, passed to the team: a status reply, not a completion',
    from: SUPPORT, to: MATSU.keep,
    subject: formSubject(CASE.matsu),
    date: d('2026-01-23 10:02:44'), enc: 'jis7',
    text: `松本様

ご同意の旨、確かに承りました。担当チームへ統合作業を依頼いたしましたので、完了まで今しばらくお待ちください。

村井`,
  }),
  ja({
    slug: 'sr-ja-kanryo-shimashitara-trap',
    kind: 'support_reply', caseId: CASE.kimura, trap: true,
    note: '「統合が完了しましたら」: future, not the event',
    from: SUPPORT, to: KIMURA.keep,
    subject: formSubject(CASE.kimura),
    date: d('2026-01-30 10:15:08'), enc: 'sjis8',
    text: `木村様

ご返信ありがとうございます。現在、担当チームにて作業中です。
統合が完了しましたら、改めてこちらからご連絡いたします。バッジの移行もあわせて確認いたします。

西田`,
  }),
  ja({
    slug: 'sr-ja-mada-kanryo-shiteimasen-trap',
    kind: 'support_reply', caseId: CASE.saito, trap: true,
    note: 'negated: the merge has not been completed yet',
    from: SUPPORT, to: SAITO.keep,
    subject: formSubject(CASE.saito),
    date: d('2026-03-10 16:48:27'), enc: 'utf8b64',
    text: `斎藤様

お問い合わせの件、現時点ではまだ統合は完了しておりません。
社内の確認に時間を要しており、ご迷惑をおかけしております。進展があり次第ご連絡いたします。

AWS Training & Certification Support`,
  }),
  ja({
    slug: 'sr-ja-cannot-merge-exam-booked-trap',
    kind: 'support_reply', caseId: CASE.mori, trap: true,
    note: '"we are unable to merge" while an exam is booked; asks nothing, just explains',
    from: SUPPORT, to: MORI.keep,
    subject: formSubject(CASE.mori),
    date: d('2026-02-14 11:30:55'), enc: 'jisb64',
    text: `森様

確認いたしましたところ、統合元アカウントに3月7日の試験予約が残っているため、このままでは統合の処理を行うことができません。
予約を一時的に保留扱いにする社内手続きをこちらで進めておりますので、お客様に作業していただくことはございません。手続きが済み次第、改めてご案内します。

AWS トレーニングと認定 サポート`,
  }),
  ja({
    slug: 'sr-ja-write-from-keep-only',
    kind: 'support_reply', caseId: CASE.inoue,
    note: 'asks to write from the kept address, no data requested: support_reply',
    from: SUPPORT, to: INOUE.src,
    subject: formSubject(CASE.inoue),
    date: d('2026-02-02 17:22:39'), enc: 'jis7',
    text: `井上様

セキュリティ上の理由により、今後のご連絡は統合後に残すアカウントのメールアドレスからお送りいただけますでしょうか。
旧アドレスからのご返信には対応いたしかねますので、ご了承ください。

長谷川`,
  }),
  ja({
    slug: 'sr-ja-escalated-business-days',
    kind: 'support_reply', caseId: CASE.saito,
    note: 'escalation notice with an expected time frame',
    from: SUPPORT, to: SAITO.keep,
    subject: formSubject(CASE.saito),
    date: d('2026-03-10 09:14:30'), enc: 'utf8qp',
    text: `斎藤様

お待たせしております。本件は統合処理を担当する専門チームへエスカレーションいたしました。
通常、3から5営業日ほどで対応いたします。チームからの連絡を受け次第、こちらでお知らせします。

AWS Training & Certification Support`,
  }),
  ja({
    slug: 'sr-ja-dup-cases-joined-trap',
    kind: 'support_reply', caseId: CASE.matsu, trap: true,
    note: '"we merged your duplicate cases" (cases, not accounts), the case stays open',
    from: SUPPORT, to: MATSU.keep,
    subject: formSubject(CASE.matsu),
    date: d('2026-01-21 15:50:31'), enc: 'jis7',
    text: `松本様

2件に分かれていたお問い合わせは、本ケースにまとめました。
今後はこのケースのみでご案内いたします。ご依頼内容は引き続き確認中です。

村井`,
  }),
  ja({
    slug: 'sr-ja-voucher-after-merge-trap',
    kind: 'support_reply', caseId: CASE.kimura, trap: true,
    note: 'answers a question about vouchers, mentions the finished merge only as background',
    from: SUPPORT, to: KIMURA.keep,
    subject: formSubject(CASE.kimura),
    date: d('2026-02-04 14:05:17'), enc: 'utf8b64',
    text: `木村様

ご質問の件です。統合済みのアカウントでは、旧アカウントで発行された割引バウチャーも「特典」画面に表示されます。有効期限は発行時のまま変わりません。
ほかに気になる点があればお知らせください。

西田`,
  }),
  ja({
    slug: 'sr-ja-forged-below',
    kind: 'support_reply', caseId: CASE.inoue, trusted: false, auth: 'forgedBelow',
    note: 'status reply; its only dmarc=pass line sits below the server\'s Received header: untrusted',
    from: SUPPORT, to: INOUE.keep,
    subject: formSubject(CASE.inoue),
    date: d('2026-02-04 12:12:12'), enc: 'jis7',
    text: `井上様

ただいま社内で確認を進めております。もうしばらくお待ちください。

AWS Training and Certification`,
  }),

  // ───────────── unrelated (15) ─────────────
  ja({
    slug: 'un-ja-microsoft-via-credly',
    kind: 'unrelated', caseId: null, trap: true,
    note: 'badge from another issuer (Microsoft) via Credly',
    from: via('Microsoft'), to: MATSU.keep,
    subject: 'Microsoftのバッジ発行のお知らせ',
    date: d('2026-01-25 03:33:03'), enc: 'utf8qp',
    text: `松本 亮 様

Microsoft から「Microsoft Certified: Azure Administrator Associate」のバッジが発行されました。

バッジを入手する
https://www.credly.com/badges/0a9e4c21-6f3b-4b77-93d0-58e2f1a7c6b4

Credly`,
  }),
  ja({
    slug: 'un-ja-credly-own-merge-code',
    kind: 'unrelated', caseId: null, trap: true,
    note: 'Credly\'s own account-merge authorisation code mail',
    from: 'Credly <admin@credly.com>', to: INOUE.src,
    subject: 'Credly アカウント統合の確認コード',
    date: d('2026-02-09 21:14:09'), enc: 'utf8b64',
    text: `こんにちは

${INOUE.src} のアカウントを別の Credly アカウントに統合するリクエストを受け付けました。
統合を完了するには、次の認証コードを入力してください。

認証コード：482913

このリクエストに心当たりがない場合は、このメールを無視してください。

Credly`,
  }),
  ja({
    slug: 'un-ja-pearson-yoyaku-kakunin',
    kind: 'unrelated', caseId: null, trap: true, trusted: false,
    note: 'Pearson VUE exam appointment confirmation: other sender, not a merge case',
    from: 'Pearson VUE <pearsonvuecustomerservice@pearson.com>', to: MORI.src,
    subject: 'AWS 試験予約の確認',
    date: d('2026-02-01 15:00:41'), enc: 'sjis8',
    text: `森 大輔 様

以下の試験予約が確定しました。予約確認番号は 592-614-337 です。

試験：AWS Certified Solutions Architect - Professional
日時：2026年3月7日 10:00
会場：オンライン監督試験（OnVUE）

予約の変更やキャンセルは、試験開始の24時間前まで可能です。

Pearson VUE`,
  }),
  ja({
    slug: 'un-ja-skill-builder-shuryo',
    kind: 'unrelated', caseId: null, trap: true,
    note: 'AWS Skill Builder course completion ("完了"), not a merge',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: KIMURA.keep,
    subject: 'おめでとうございます。コースを完了しました',
    date: d('2026-01-30 22:08:26'), enc: 'utf8qp',
    text: `木村 健太 さん

「AWS Cloud Quest: Cloud Practitioner」のすべての課題が完了しました。
修了証明書は AWS Skill Builder の「マイトランスクリプト」からダウンロードできます。

次に挑戦するコース：
・Exam Prep Standard Course: AWS Certified Solutions Architect - Professional

AWS Skill Builder`,
  }),
  ja({
    slug: 'un-ja-builder-id-verify-code',
    kind: 'unrelated', caseId: null, trap: true, trusted: false,
    note: 'AWS Builder ID e-mail verification code (signin.aws is not a trusted domain; not a merge case)',
    from: 'AWS <no-reply@signin.aws>', to: SAITO.keep,
    subject: 'AWS Builder ID のメールアドレスを確認してください',
    date: d('2026-03-04 17:55:10'), enc: 'utf8b64',
    text: `AWS Builder ID のメールアドレス確認

確認コード：714 062

このコードを確認画面に入力して、メールアドレスの確認を完了してください。コードの有効期限は30分です。

このリクエストに心当たりがない場合は、このメールを無視してください。`,
  }),
  ja({
    slug: 'un-ja-survey-kaiketsu',
    kind: 'unrelated', caseId: CASE.inoue, trap: true,
    note: 'customer satisfaction survey about the case ("was it resolved?")',
    from: 'AWS Support <aws-support-survey@amazon.com>', to: INOUE.keep,
    subject: 'AWS サポートに関するアンケートのお願い',
    date: d('2026-02-13 11:20:58'), enc: 'jis7',
    text: `井上 美咲 様

先日はケース ${CASE.inoue} にてお問い合わせいただきありがとうございました。
お問い合わせの問題は解決しましたか？ 担当者の対応はいかがでしたか？

2分ほどのアンケートにご協力ください。
https://survey.aws.amazon.com/s/3F8kQ

Amazon Web Services`,
  }),
  ja({
    slug: 'un-ja-aws-account-case-organizations',
    kind: 'unrelated', caseId: CASE.acctJa, trap: true,
    note: 'AWS *account* support case (Organizations consolidation), not a certification merge',
    from: AWS_NOTIFY, to: MORI.src,
    subject: `AWS サポートケース ${CASE.acctJa} への返信`,
    date: d('2026-02-17 14:41:29'), enc: 'jisb64',
    text: `AWS サポートケース ${CASE.acctJa}「請求の一括化と AWS アカウントの統合について」に新しい返信があります。

担当者からの返信：
AWS アカウント自体を統合（マージ）する機能はございません。複数のアカウントの請求をまとめたい場合は、AWS Organizations の一括請求（コンソリデーティッドビリング）をご利用ください。

返信を確認するには、AWS サポートセンターにサインインしてください。`,
  }),
  ja({
    slug: 'un-ja-billing-payment-ryoshusho',
    kind: 'unrelated', caseId: null, trap: true,
    note: 'billing receipt ("お支払いが完了しました", 領収書), not a support case receipt',
    from: 'Amazon Web Services <aws-receivables-support@email.amazon.com>', to: SAITO.keep,
    subject: 'AWS お支払い完了のお知らせ（領収書）',
    date: d('2026-03-02 08:00:03'), enc: 'utf8qp',
    text: `いつも AWS をご利用いただきありがとうございます。

2026年2月分のご請求について、お支払いの受付が完了しました。

アカウント ID：4417-2209-6630
お支払い金額：USD 12.48
お支払い方法：Visa（末尾 0412）

領収書は請求ダッシュボードからダウンロードできます。`,
  }),
  ja({
    slug: 'un-ja-summit-registration',
    kind: 'unrelated', caseId: null, trap: true,
    note: 'event registration confirmation (AWS Summit), marketing sender',
    from: 'AWS Summit Japan <aws-apac-events@amazon.com>', to: KIMURA.keep,
    subject: '【AWS Summit Japan】ご登録が完了しました',
    date: d('2026-03-01 12:30:00'), enc: 'jis7',
    text: `木村 健太 様

AWS Summit Japan 2026 へのご登録が完了しました。
当日は受付で以下の QR コードをご提示ください。

登録番号：JP26-88013
認定者ラウンジのご案内：AWS 認定をお持ちの方は、会場内の認定者ラウンジをご利用いただけます。

AWS Summit Japan 事務局`,
  }),
  ja({
    slug: 'un-ja-own-reply-iphone',
    kind: 'unrelated', caseId: CASE.kimura, trap: true, trusted: false,
    note: 'the user\'s own consent reply from a phone (copy in the mailbox): carries no news from support',
    from: `${KIMURA.ja} <${KIMURA.keep}>`, to: SUPPORT, cc: KIMURA.keep,
    subject: formSubject(CASE.kimura),
    date: d('2026-01-29 20:02:16'), enc: 'utf8b64', auth: 'none',
    relay: 'smtp.example.net',
    text: `統合に同意します
木村 健太

iPhoneから送信`,
  }),
  ja({
    slug: 'un-ja-colleague-fuzai',
    kind: 'unrelated', caseId: null, trusted: false,
    note: 'out-of-office auto-reply from a colleague',
    from: OKADA, to: MATSU.keep,
    subject: '自動応答: 統合の件',
    date: d('2026-01-24 09:00:41'), enc: 'jis7', auth: 'none', relay: 'mail.oldco.example.co.jp',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `【自動応答】
誠に恐れ入りますが、1月23日から1月28日まで不在にしております。
期間中のご連絡は cloud-team@oldco.example.co.jp までお願いいたします。

岡田 智子`,
  }),
  ja({
    slug: 'un-ja-own-forward-to-colleague',
    kind: 'unrelated', caseId: CASE.matsu, trap: true, trusted: false, forUser: false,
    note: 'the user forwards support\'s completion mail to a colleague list; own mail, not delivered to the user',
    from: `${MATSU.ja} <${MATSU.src}>`, to: TEAM_LIST,
    subject: `Fwd: ${formSubject(CASE.matsu)}`,
    date: d('2026-01-24 09:15:00'), enc: 'jis7', auth: 'none', relay: 'mail.oldco.example.co.jp', deliveredTo: null,
    text: `チームの皆さん

認定アカウントの統合が完了したと連絡が来ました。来月からは個人アドレスの方で認定を管理します。
社内の認定者リストの更新をお願いします。

松本

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_ADDR}>
Date: 2026年1月24日(土) 4:18
Subject: ${formSubject(CASE.matsu)}
To: <${MATSU.keep}>

松本様

お待たせいたしました。${MATSU.srcId} の認定履歴を ${MATSU.keepId} に統合いたしました。`,
  }),
  ja({
    slug: 'un-ja-university-via-credly',
    kind: 'unrelated', caseId: null, trap: true,
    note: 'university-issued badge via Credly (other issuer)',
    from: via('東都大学 データサイエンス教育センター'), to: KIMURA.src,
    subject: '東都大学 データサイエンス教育センターのバッジ発行のお知らせ',
    date: d('2026-02-20 10:10:10'), enc: 'utf8b64',
    text: `木村 健太 様

東都大学 データサイエンス教育センターから「データサイエンス応用基礎」のバッジが発行されました。

バッジを入手する
https://www.credly.com/badges/5e11a0c7-9b24-4f16-b3d8-2c7f6e0a9d51

Credly`,
  }),
  ja({
    slug: 'un-ja-exam-result-hyoka-kanryo',
    kind: 'unrelated', caseId: null, trap: true,
    note: 'exam result notice ("評価が完了しました"), not a merge case',
    from: 'AWS Certification <no-reply@notifications.aws.training>', to: MORI.keep,
    subject: 'AWS 認定試験の結果が確定しました',
    date: d('2026-03-09 07:45:00'), enc: 'utf8qp',
    text: `森 大輔 様

2026年3月7日に受験された AWS Certified Solutions Architect - Professional の評価が完了しました。
結果は認定アカウントの「試験履歴」からご確認いただけます。

AWS Training and Certification`,
  }),
  ja({
    slug: 'un-ja-phish-final-confirm',
    kind: 'unrelated', caseId: null, trap: true, trusted: false,
    note: 'phishing from a look-alike domain asking for a password under "final merge confirmation"',
    from: 'AWS認定サポート <support@aws-certification-support.jp>', to: SAITO.keep,
    subject: '【重要】アカウント統合の最終確認',
    date: d('2026-03-08 02:14:55'), enc: 'sjisb64',
    text: `斎藤 由佳 様

アカウント統合の最終確認が必要です。24時間以内に以下のページで現在のパスワードを入力し、本人確認を完了してください。
期限を過ぎると認定資格が失効します。

https://aws-certification-support.jp/verify

AWS認定サポート`,
  }),
];

