// Set ao, Japanese part 1: receipts, generated answers, information and consent requests, completions.
// Voice: time and memory. Earlier events are restated next to the one new thing.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  SUPPORT, SUPPORT_JA, SUPPORT_ADDR, AWS_NOTIFY, PORTAL, formSubject, formSubjectNew, EMI, KEN, AYA, MAKOTO, CASE,
  quote, gmailJa, outlookJa, sfBlock, sfRef, htmlDoc, esc, ja,
} from './common.js';

const emiTo = `${EMI.ja} <${EMI.keep}>`;
const kenTo = `${KEN.ja} <${KEN.keep}>`;
const ayaTo = `${AYA.ja} <${AYA.keep}>`;
const makTo = `${MAKOTO.ja} <${MAKOTO.keep}>`;

const EMI_NEW_REQUEST = `お世話になっております。木村と申します。
2023年7月にケース ${CASE.emiOld} で、旧勤務先のアカウント(${EMI.srcId})を
個人のアカウント(${EMI.keepId})へ統合していただきました。
ところが先日、2019年に研修で作ったと思われる3つ目のアカウントが見つかりました。
ログインに使っていたアドレスは ${EMI.third} です。
こちらの Cloud Practitioner の履歴も ${EMI.keepId} にまとめていただけますでしょうか。
木村 恵美`;

const MAK_REQUEST = `AWS認定のアカウントが2つあるので1つにしたいです。
残す方: ${MAKOTO.keep} (${MAKOTO.keepId})
消す方: ${MAKOTO.src} (${MAKOTO.srcId})
店のアドレスで受けた SAA と、個人で受けた DVA が別々になっています。
大川`;

export const JA1: Msg[] = [
  // ================= acknowledgement (7) =================
  ja({
    slug: 'ack-third-account-old-case-cited',
    kind: 'acknowledgement',
    trap: true,
    caseId: CASE.emi,
    note: 'automatic receipt of the new case for a third account; the 2023 merge and its old case number are only restated',
    from: AWS_NOTIFY,
    to: emiTo,
    subject: `[ケース ${CASE.emi}] お問い合わせを受け付けました`,
    date: d('2026-10-05 01:12:40', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `木村 恵美 様

AWS トレーニングと認定にご連絡いただきありがとうございます。
新しいサポートケース ${CASE.emi} を作成しました。

お客様のお問い合わせには過去のケース番号(${CASE.emiOld}、2023年7月にアカウント統合済み)が記載されていますが、
今回のご依頼は新しいケースとしてお預かりしています。以前のケースへの返信は不要です。

通常、1営業日以内に担当者からメールでご連絡します。
同じ内容で別のケースを開かれますと、ご回答が遅れることがあります。

このメールアドレスは送信専用です。

Amazon Web Services`,
  }),
  ja({
    slug: 'ack-number-only-in-body-sjis',
    kind: 'acknowledgement',
    caseId: CASE.ken,
    note: 'receipt whose subject carries no number; the case number sits in the body between other words',
    from: SUPPORT_JA,
    to: kenTo,
    subject: 'お問い合わせの受付について',
    date: d('2026-08-11 22:03:15', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中野 健一 様

お問い合わせいただいた内容は、受付番号 ${CASE.ken} にて登録されました。
担当窓口で内容を拝見し、順次ご返信差し上げます。

返信までの目安は 24 時間ですが、週末・祝日をはさむ場合は翌営業日となります。
追加の情報がある場合は、このメールにそのまま返信してください。受付番号が件名に含まれていなくても、
本文に番号が記載されていれば同じお問い合わせとして扱われます。

AWS トレーニングと認定
カスタマーサポート`,
  }),
  ja({
    slug: 'ack-html-only-aya',
    kind: 'acknowledgement',
    caseId: CASE.aya,
    note: 'HTML-only case-created notice with the case ID in the subject',
    from: AWS_NOTIFY,
    to: AYA.keep,
    subject: `AWS サポートケース ${CASE.aya} を作成しました`,
    date: d('2026-09-01 06:44:02', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(`<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;color:#ffffff;padding:12px 20px;font-size:18px">AWS サポート</td></tr>
<tr><td style="padding:20px">
<p>藤井 彩 様</p>
<p>ケースを作成いただきありがとうございます。内容は以下のとおりです。</p>
<table cellpadding="4" style="font-size:13px">
<tr><td>ケース ID</td><td><b>${CASE.aya}</b></td></tr>
<tr><td>種別</td><td>AWS トレーニングと認定</td></tr>
<tr><td>件名</td><td>認定アカウントが2つあります</td></tr>
<tr><td>重要度</td><td>一般的な問い合わせ</td></tr>
</table>
<p>担当者が確認し、24 時間以内にご連絡します。</p>
<p style="color:#687078;font-size:12px">このメッセージには返信できません。</p>
</td></tr></table>`),
  }),
  ja({
    slug: 'ack-lookalike-jp-domain',
    kind: 'acknowledgement',
    trusted: false,
    caseId: CASE.makoto,
    note: 'receipt-shaped mail from amazon-certification.jp, a look-alike domain: reads as a receipt but is not trusted',
    from: 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon-certification.jp>',
    to: makTo,
    subject: `[ケース ${CASE.makoto}] お問い合わせ受付のお知らせ`,
    date: d('2026-11-02 10:15:09', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `大川 誠 様

このたびは、AWS 認定アカウントに関するお問い合わせをいただき、ありがとうございます。
ケース番号 ${CASE.makoto} として承りました。

担当より2営業日以内にご連絡いたします。
お問い合わせの状況は下記のページからいつでも確認できます。
https://support.amazon-certification.jp/case/${CASE.makoto}

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'ack-multipart-history-link',
    kind: 'acknowledgement',
    caseId: CASE.makoto,
    note: 'multipart receipt; mentions where past cases can be looked up, but only records the new case',
    from: AWS_NOTIFY,
    to: makTo,
    subject: `ケース ${CASE.makoto} を受け付けました - AWS トレーニングと認定`,
    date: d('2026-11-02 01:09:33', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `大川 誠 様

ご連絡ありがとうございます。次の内容でケースを登録しました。

  ケース番号: ${CASE.makoto}
  カテゴリ: 認定 / アカウント
  登録日時: 2026-11-02 01:09 UTC

担当者からの最初の返信は、多くの場合 24 時間以内にお送りしています。
これまでのケースの履歴は、サポートセンターの「ケース履歴」からご覧いただけます。

Amazon Web Services`,
    html: htmlDoc(`<p>大川 誠 様</p>
<p>ご連絡ありがとうございます。次の内容でケースを登録しました。</p>
<ul><li>ケース番号: ${CASE.makoto}</li><li>カテゴリ: 認定 / アカウント</li><li>登録日時: 2026-11-02 01:09 UTC</li></ul>
<p>担当者からの最初の返信は、多くの場合 24 時間以内にお送りしています。<br>
これまでのケースの履歴は、サポートセンターの「ケース履歴」からご覧いただけます。</p>
<p>Amazon Web Services</p>`),
  }),
  ja({
    slug: 'ack-to-work-address-dkim-only',
    kind: 'acknowledgement',
    caseId: CASE.ken,
    note: 'receipt delivered to the user\'s work address (his own mailbox); only an aligned dkim=pass, still trusted',
    from: SUPPORT,
    to: `${KEN.ja} <${KEN.src}>`,
    subject: formSubjectNew(CASE.ken),
    date: d('2026-08-11 13:03:50', '+0000'),
    auth: 'dkimonly',
    enc: 'jis7',
    text: `中野様

AWS トレーニングと認定へのお問い合わせを受け付けました。
(ケース: ${CASE.ken})

フォームから送信された内容は担当チームに引き継がれています。
回答は、フォームに入力されたメールアドレス宛てにお送りします。
しばらくお待ちください。

-- 
AWS Training and Certification Customer Service`,
  }),
  ja({
    slug: 'ack-no-auth-results-mixed',
    kind: 'acknowledgement',
    trusted: false,
    caseId: CASE.aya,
    note: 'receipt in Japanese with English boilerplate, but no Authentication-Results header at all',
    from: SUPPORT,
    to: ayaTo,
    subject: formSubjectNew(CASE.aya),
    date: d('2026-09-01 06:45:11', '+0000'),
    auth: 'none',
    enc: 'utf8qp',
    text: `藤井 彩 様

お問い合わせ(ケース ${CASE.aya})を受け付けました。担当者より追ってご連絡いたします。

Thank you for contacting AWS Training and Certification. This is an automated message to let you know that we have received your request.
Please do not open additional cases for the same issue.

AWS Training and Certification`,
  }),

  // ================= ai_answer (7) =================
  ja({
    slug: 'ai-third-account-tool-first',
    kind: 'ai_answer',
    caseId: null,
    note: 'generated answer to a third-account question: points to the self-service Merge Accounts tool; past merges only mentioned in general',
    from: AWS_NOTIFY,
    to: EMI.keep,
    subject: 'お問い合わせへの自動回答(AI により生成)',
    date: d('2026-10-05 01:05:18', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `この回答は生成 AI によって作成されたものです。内容が正確でない場合があります。

ご質問: 以前統合したあとで、別の認定アカウントが見つかった

過去にアカウント統合を行っていても、新しく見つかったアカウントは改めて統合の手続きが必要です。
まず、AWS 認定アカウントにサインインし、「プロフィール」からアカウントの統合(Merge Accounts)をお試しください。
見つかったアカウントに認定の履歴がない場合は、このツールで完結します。
どちらのアカウントにも認定履歴がある場合はツールが使えないため、この画面から「ケースを作成」を選んでください。

この回答は役に立ちましたか? はい / いいえ`,
  }),
  ja({
    slug: 'ai-amazonq-sjis-b64',
    kind: 'ai_answer',
    caseId: null,
    note: 'Shift_JIS base64 automated suggestion listing what to prepare; nothing about the user\'s case',
    from: AWS_NOTIFY,
    to: KEN.keep,
    subject: 'ご質問への回答候補',
    date: d('2026-08-11 12:58:07', '+0000'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `※このメッセージは自動で生成された回答候補です。

認定アカウントをひとつにまとめたい場合の一般的な流れは次のとおりです。
・両方のアカウントの受験者 ID(AWS で始まる番号)を控える
・どちらのメールアドレスを今後使うか決める
・認定アカウントのプロフィール画面にある統合ツールを試す

ツールで解決しない場合は、このページ下部の「ケースを作成」から担当者へお問い合わせください。
1 件のケースで十分です。複数作成されると確認に時間がかかります。`,
  }),
  ja({
    slug: 'ai-html-steps',
    kind: 'ai_answer',
    caseId: null,
    note: 'HTML-only AI-generated answer with numbered steps for the merge tool',
    from: AWS_NOTIFY,
    to: AYA.keep,
    subject: 'AWS トレーニングと認定: 生成された回答',
    date: d('2026-09-01 06:39:55', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<div style="border-left:4px solid #ff9900;padding-left:12px">
<p><b>AI が生成した回答</b>(参考情報)</p>
<p>認定アカウントが複数ある場合は、次の手順で統合できることがあります。</p>
<ol>
<li>残したいアカウントで AWS 認定アカウントにサインインします。</li>
<li>右上の名前から「プロフィール」を開きます。</li>
<li>「アカウントの統合」を選び、もう一方のアカウントの認証情報を入力します。</li>
</ol>
<p>認定を両方のアカウントで取得済みの場合、ツールはエラーとなります。その場合はケースを作成して担当者にご依頼ください。</p>
</div>
<p style="font-size:12px;color:#687078">この回答で解決しましたか? 解決しない場合は「ケースを作成」を選択してください。</p>`),
  }),
  ja({
    slug: 'ai-expiry-after-merge',
    kind: 'ai_answer',
    trap: true,
    caseId: null,
    note: 'generated answer about expiry dates after a merge ("統合後も…変わりません"): general explanation, not a completion',
    from: AWS_NOTIFY,
    to: AYA.keep,
    subject: '自動回答: 統合後の認定の有効期限について',
    date: d('2026-11-20 03:30:41', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `以下は AI アシスタントによる回答です。

アカウントの統合が完了すると、統合元の認定は統合先のアカウントに表示されます。
各認定の有効期限は、元の取得日から3年のままで、統合によって延長や短縮はされません。
再認定の案内メールは、統合後のアカウントに登録されたメールアドレスへ送られます。

この回答で解決しない場合は、担当者とのケースを作成できます。`,
  }),
  ja({
    slug: 'ai-auto-response-jis-b64',
    kind: 'ai_answer',
    caseId: null,
    note: 'ISO-2022-JP base64 automated answer suggesting the merge tool and the FAQ',
    from: AWS_NOTIFY,
    to: MAKOTO.keep,
    subject: 'AWS サポートからの自動応答',
    date: d('2026-11-02 01:02:17', '+0000'),
    auth: 'pass',
    enc: 'jisb64',
    text: `大川 様

入力された内容をもとに、自動で回答をお送りしています。

「アカウントが2つある」「メールアドレスを変えたい」といったご相談は、
AWS 認定アカウントのプロフィールにあるアカウント統合ツールで解決できることが多いです。
詳しくは「よくある質問」の「複数の認定アカウント」の項目をご覧ください。

担当者による対応が必要な場合は、引き続きケースの作成へお進みください。`,
  }),
  ja({
    slug: 'ai-dmarc-fail',
    kind: 'ai_answer',
    trusted: false,
    caseId: null,
    note: 'generated answer whose topmost Authentication-Results says dmarc=fail',
    from: AWS_NOTIFY,
    to: EMI.keep,
    subject: 'AI による回答のご案内',
    date: d('2026-10-04 23:51:02', '+0000'),
    auth: 'fail',
    enc: 'jis7',
    text: `このメッセージは生成 AI による回答です。

アカウントを統合するには、認定アカウントのプロフィールから統合ツールをご利用ください。
ツールの画面で統合元のアカウントにサインインすると、数分で処理されます。
ツールが使えない場合のみ、ケースを作成してください。`,
  }),
  ja({
    slug: 'ai-mixed-generated-footer',
    kind: 'ai_answer',
    caseId: null,
    note: 'Japanese generated answer with an English "generated by AI" footer, QP-encoded',
    from: AWS_NOTIFY,
    to: KEN.src,
    subject: 'Re: 認定アカウントの統合について(自動回答)',
    date: d('2026-08-10 09:20:00', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `ご質問ありがとうございます。

受験者 ID が2つある場合、どちらかに履歴をまとめることができます。
ただし、両方に合格履歴があると、セルフサービスの統合ツールでは処理できません。
その場合は、ケース作成画面で「アカウントの統合」を選び、両方の ID を記載してください。

---
This answer was generated by AI and may contain errors. Was this helpful? Yes / No`,
  }),

  // ================= info_request (9) =================
  ja({
    slug: 'info-third-account-restates-2023',
    kind: 'info_request',
    trap: true,
    caseId: CASE.emi,
    note: 'agent restates the 2023 merge (words of completion) and then asks for the third account\'s candidate ID and e-mail addresses',
    from: SUPPORT,
    to: emiTo,
    subject: formSubject(CASE.emi),
    date: d('2026-10-06 02:18:44', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `木村 恵美 様

お問い合わせありがとうございます。AWS トレーニングと認定の森です。

記録を確認しましたところ、2023年7月のケース ${CASE.emiOld} にて、
${EMI.srcId} の認定履歴は ${EMI.keepId} へ統合済みとなっております。
この点は当時のまま変わっておりません。

今回見つかったアカウントについて、該当するアカウントを特定するため、次の情報をお送りいただけますか。
・3つ目のアカウントの受験者 ID
・そのアカウントのログイン用メールアドレスと、認定の通知先メールアドレス
・受験された試験名とおおよその受験時期

情報がそろい次第、手続きを進めます。

${'森'}
AWS Training and Certification

${quote(EMI_NEW_REQUEST)}`,
  }),
  ja({
    slug: 'info-which-to-keep-gokakunin',
    kind: 'info_request',
    trap: true,
    caseId: CASE.ken,
    note: 'asks which account to keep with 「ご確認のうえお知らせください」: an information request worded with "confirm"',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    date: d('2026-08-12 17:40:21', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中野 健一 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの小林でございます。

お知らせいただいた2つのアカウント(${KEN.keepId} / ${KEN.srcId})のうち、
今後ご利用になるのはどちらでしょうか。
統合後は残す側のメールアドレスでのみサインインできるようになりますので、
ご確認のうえお知らせください。

なお、昨年ご連絡いただいたケース ${CASE.kenOld} は、ご返信がなかったため自動でクローズされております。
本件はこちらのケースで引き続き対応させていただきます。

小林`,
  }),
  ja({
    slug: 'info-notification-email-outlook-quote',
    kind: 'info_request',
    caseId: CASE.aya,
    note: 'asks for the notification addresses of both accounts; the user\'s request is quoted below an Outlook (Japanese UI) header block',
    from: SUPPORT,
    to: ayaTo,
    subject: formSubject(CASE.aya),
    date: d('2026-09-02 11:02:36', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `藤井様

ご連絡ありがとうございます。担当の石原です。

手続きに先立ち、以下の2点を教えていただけますでしょうか。
1. 大学のアドレスで作成されたアカウントの、認定通知用メールアドレス
2. 個人のアカウントに登録されている AWS Skill Builder のメールアドレス

ログイン用と通知用で別のアドレスを登録されている方が多いため、念のため伺っております。

石原
AWS トレーニングと認定

${outlookJa(`${AYA.ja} <${AYA.keep}>`, 2026, 9, 1, '15:38', SUPPORT_ADDR, '認定アカウントが2つあります')}

AWS 認定のアカウントが、研究室時代のもの(${AYA.src})と個人のもの(${AYA.keep})で分かれています。
個人の方へまとめたいです。受験者 ID は ${AYA.srcId} と ${AYA.keepId} です。
藤井`,
  }),
  ja({
    slug: 'info-as-discussed-last-month',
    kind: 'info_request',
    caseId: CASE.ken,
    note: '"先月ご案内した件" restated, then asks for screenshots of both profile pages',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    date: d('2026-09-14 10:27:08', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `中野様

お世話になっております。先月ご案内いたしましたとおり、2つのアカウントは氏名の表記が異なっており
(漢字表記とローマ字表記)、同一の方のアカウントであることの確認が必要となっております。

お手数ですが、それぞれのアカウントにサインインした状態のプロフィール画面を撮影し、
このメールに添付してご返信いただけますでしょうか。受験者 ID が写っていれば十分です。

引き続きよろしくお願いいたします。
AWS トレーニングと認定 小林`,
  }),
  ja({
    slug: 'info-romaji-name-long-gmail-thread',
    kind: 'info_request',
    caseId: CASE.makoto,
    note: 'asks how the name is spelled in each account; below it a long Gmail-style quoted thread of earlier exchanges',
    from: SUPPORT,
    to: makTo,
    subject: formSubject(CASE.makoto),
    date: d('2026-11-05 09:12:55', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `大川 誠 様

ご返信ありがとうございます。
お手数ですが、もう1点だけ。両アカウントに登録されている氏名の表記(ローマ字の綴り)をそれぞれお知らせください。
店舗のアドレスのアカウントは「OKAWA MAKOTO」、個人の方は「Ookawa Makoto」と見えており、同一人物かどうかの確認に使います。

村上

${gmailJa(2026, 11, 4, '21:47', MAKOTO.ja, MAKOTO.keep)}
> 村上様
> ご連絡ありがとうございます。残すのは個人の ${MAKOTO.keep} の方です。
> 店のアドレスは来年には使えなくなる予定です。
> 大川
>
> ${gmailJa(2026, 11, 3, '10:05', 'AWS Training and Certification', SUPPORT_ADDR)}
>> 大川 誠 様
>> AWS トレーニングと認定の村上です。どちらのアカウントを残されるか教えていただけますか。
>> 村上
>>
${quote(quote(quote(MAK_REQUEST)))}`,
  }),
  ja({
    slug: 'info-pending-reply-reasked',
    kind: 'info_request',
    caseId: CASE.aya,
    note: 'restates an unanswered question sent on 9/2 and asks again for the notification address',
    from: SUPPORT,
    to: ayaTo,
    subject: formSubject(CASE.aya),
    date: d('2026-09-08 14:00:12', '+0900'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `藤井 彩 様

9月2日にお送りしたご質問について、まだお返事をいただけていないようでしたので、改めてご連絡しました。

大学のアドレスで作成されたアカウントの、認定通知用のメールアドレスを教えてください。
(ログイン用と同じ場合は「同じ」とだけ書いていただければ結構です。)

こちらがわかり次第、次の手順へ進みます。

石原`,
  }),
  ja({
    slug: 'info-forged-pass-below-received',
    kind: 'info_request',
    trusted: false,
    caseId: CASE.emi,
    note: 'asks for password and candidate IDs; its only dmarc=pass sits below the server\'s Received line (forged)',
    from: SUPPORT,
    to: emiTo,
    subject: formSubject(CASE.emi),
    date: d('2026-10-07 08:31:40', '+0000'),
    auth: 'forgedBelow',
    enc: 'utf8qp',
    text: `木村様

以前に統合したアカウントの情報を再確認する必要があります。
3つのアカウントすべての受験者 ID と、サインインに使っているパスワードをこのメールに返信してください。
72 時間以内にご返信がない場合、統合済みの認定が無効になる場合があります。

AWS 認定サポート`,
  }),
  ja({
    slug: 'info-write-from-kept-with-ids',
    kind: 'info_request',
    caseId: CASE.makoto,
    note: 'asks him to write from the kept address AND to include both candidate IDs: information request',
    from: SUPPORT,
    to: `${MAKOTO.ja} <${MAKOTO.src}>`,
    subject: formSubject(CASE.makoto),
    date: d('2026-11-03 10:05:44', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `大川 誠 様

本件は、統合後に残すアカウントのメールアドレスから改めてご返信いただく必要がございます。
その際、本文に両方の受験者 ID(AWS から始まる番号)を併記してください。
店舗のアドレスからいただいたご連絡では、ご本人確認ができかねるためです。

お手数をおかけしますが、よろしくお願いいたします。
村上`,
  }),
  ja({
    slug: 'info-html-which-account-for-third',
    kind: 'info_request',
    caseId: CASE.emi,
    note: 'HTML-only: asks into which of the two already-merged accounts the third should go',
    from: SUPPORT,
    to: emiTo,
    subject: formSubject(CASE.emi),
    date: d('2026-10-09 05:40:10', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(`<p>木村 恵美 様</p>
<p>お待たせしております。森です。</p>
<p>3つ目のアカウント(${EMI.thirdId})を特定できました。<br>
ひとつだけ教えてください。統合先は、前回の手続きで残した <b>${EMI.keepId}</b> のままでよろしいでしょうか。それとも、別のアドレスに切り替えたいご希望はありますか。</p>
<p>ご希望のメールアドレスを書いてご返信ください。</p>
<p>森<br>AWS トレーニングと認定</p>
<div class="gmail_quote"><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">${esc(EMI_NEW_REQUEST).replace(/\n/g, '<br>\n')}</blockquote></div>`),
  }),

  // ================= confirmation_request (9) =================
  ja({
    slug: 'conf-third-merge-history-restated',
    kind: 'confirmation_request',
    trap: true,
    caseId: CASE.emi,
    note: 'restates the whole history (2023 merge) and then asks consent to merge the third account, which cannot be undone',
    from: SUPPORT,
    to: emiTo,
    subject: formSubject(CASE.emi),
    date: d('2026-10-12 03:05:27', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `木村 恵美 様

これまでの経緯を整理いたします。
・2023年7月20日: ケース ${CASE.emiOld} にて ${EMI.srcId} を ${EMI.keepId} へ統合(完了済み)
・2026年10月5日: 3つ目のアカウントについて本ケースを受付
・2026年10月9日: 3つ目のアカウントを ${EMI.thirdId} と特定

つきましては、${EMI.thirdId} を ${EMI.keepId} に統合してよろしいか、最終のご意思を伺います。
一度統合すると元に戻すことはできません。${EMI.thirdId} 側でのサインインもできなくなります。
差し支えなければ、このメールへ「統合に同意します」とご返信ください。

森
AWS トレーニングと認定`,
  }),
  ja({
    slug: 'conf-irreversible-sjis',
    kind: 'confirmation_request',
    caseId: CASE.ken,
    note: 'Shift_JIS consent request: cannot be reversed, reply if he agrees',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    date: d('2026-09-18 16:22:03', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中野様

スクリーンショットをお送りいただき、ありがとうございました。同一の方のアカウントであることを確認できました。

これから ${KEN.srcId} の履歴を ${KEN.keepId} へ移します。
この操作は取り消しができず、${KEN.src} でのサインインはできなくなります。
内容にご同意いただける場合、その旨をこのメールにご返信ください。ご返信をもって作業を開始します。

小林`,
  }),
  ja({
    slug: 'conf-reminder-still-waiting',
    kind: 'confirmation_request',
    caseId: CASE.aya,
    note: 'reminder of a pending consent: the question from last week is restated and the user is asked again to agree',
    from: SUPPORT,
    to: ayaTo,
    subject: formSubject(CASE.aya),
    date: d('2026-09-22 09:48:30', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `藤井 彩 様

先週9月15日にお送りした、統合のご意思確認のメールについて、まだお返事をいただいておりません。

念のため内容を繰り返します。
${AYA.srcId}(${AYA.src})の認定を ${AYA.keepId}(${AYA.keep})へまとめます。
まとめた後に分け直すことはできません。

このまま進めてよいようでしたら、このメールに一言ご返信ください。

石原`,
  }),
  ja({
    slug: 'conf-multipart-makoto',
    kind: 'confirmation_request',
    caseId: CASE.makoto,
    note: 'multipart/alternative consent request with a summary table; reply with agreement to proceed',
    from: SUPPORT,
    to: makTo,
    subject: formSubject(CASE.makoto),
    date: d('2026-11-09 15:30:00', '+0900'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `大川 誠 様

氏名の綴りのご連絡ありがとうございました。以下の内容で作業いたします。

  統合元: ${MAKOTO.srcId} / ${MAKOTO.src}
  統合先: ${MAKOTO.keepId} / ${MAKOTO.keep}

統合は元に戻せない処理です。よろしければ「同意します」とご返信ください。
ご返信を確認したのち、担当部署にて作業を行います。

村上`,
    html: htmlDoc(`<p>大川 誠 様</p>
<p>氏名の綴りのご連絡ありがとうございました。以下の内容で作業いたします。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>統合元</th><td>${MAKOTO.srcId} / ${MAKOTO.src}</td></tr>
<tr><th>統合先</th><td>${MAKOTO.keepId} / ${MAKOTO.keep}</td></tr>
</table>
<p>統合は元に戻せない処理です。よろしければ「同意します」とご返信ください。<br>
ご返信を確認したのち、担当部署にて作業を行います。</p>
<p>村上</p>`),
  }),
  ja({
    slug: 'conf-user-old-mail-quoted-at-length',
    kind: 'confirmation_request',
    caseId: CASE.ken,
    note: 'short consent request on top; below it the user\'s own long earlier mail quoted in full (Gmail ja header)',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    date: d('2026-09-19 10:10:10', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `中野様

下記のご質問にはすべてお答えできたかと思います。
改めて、統合を実行してよろしいか、ご意向をお聞かせください。取り消しはできません。

小林

${gmailJa(2026, 9, 18, '22:41', KEN.ja, KEN.keep)}
> 小林様
>
> ご連絡ありがとうございます。同意する前に、いくつか教えてください。
>
> 1. 統合すると、会社のアドレスで取った SAA の有効期限は変わりますか。
> 2. 50% 割引のバウチャーが会社側のアカウントに残っていますが、移りますか。
> 3. 昨年のケース ${CASE.kenOld} で途中まで進めていた内容は、今回は関係ありますか。
> 4. Credly のバッジは自分で何かする必要がありますか。
>
> 昨年は仕事が忙しく返信できずに閉じられてしまったので、今回は早めに進めたいと思っています。
> よろしくお願いします。
>
> 中野 健一`,
  }),
  ja({
    slug: 'conf-lookalike-authserv',
    kind: 'confirmation_request',
    trusted: false,
    caseId: CASE.aya,
    note: 'consent request whose Authentication-Results comes from mx.test.example.mailhub-relay.net, not the receiving server',
    from: SUPPORT,
    to: ayaTo,
    subject: formSubject(CASE.aya),
    date: d('2026-09-15 10:20:00', '+0900'),
    auth: 'lookalikeServer',
    enc: 'jis7',
    text: `藤井 彩 様

アカウントの統合についてご同意をいただきたく、ご連絡いたしました。
統合後は元に戻せません。問題なければ、下のリンクからサインインして「同意する」を押してください。
https://aws-cert-merge.example-verify.net/consent?case=${CASE.aya}

AWS トレーニングと認定`,
  }),
  ja({
    slug: 'conf-mixed-english-template',
    kind: 'confirmation_request',
    caseId: CASE.emi,
    note: 'Japanese consent request that offers an English sentence to paste back',
    from: SUPPORT,
    to: emiTo,
    subject: formSubject(CASE.emi),
    date: d('2026-10-12 03:20:11', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `木村様

先ほどのメールの補足です。社内の記録用に英語の同意文をいただいても構いません。
その場合は、以下をそのまま貼り付けてご返信ください。

  I agree to merge ${EMI.thirdId} into ${EMI.keepId}. I understand this cannot be undone.

日本語で「同意します」とお書きいただくだけでも結構です。

森`,
  }),
  ja({
    slug: 'conf-salesforce-block-sjis-b64',
    kind: 'confirmation_request',
    caseId: CASE.makoto,
    note: 'consent request asked a second way ("進めてよろしいですか") above a Salesforce Original Message block',
    from: SUPPORT,
    to: makTo,
    subject: formSubject(CASE.makoto),
    date: d('2026-11-12 11:45:19', '+0900'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `大川様

11月9日にお送りした件、念のためもう一度お伺いします。
店舗アドレスのアカウントの履歴を個人のアカウントへ移す作業を、このまま進めてよろしいでしょうか。
処理後は元に戻すことができませんので、ご了承いただけるかどうかをご返信ください。

村上

${sfBlock('AWS Training and Certification', '2026/11/09 15:30', MAKOTO.keep, formSubject(CASE.makoto), `大川 誠 様
氏名の綴りのご連絡ありがとうございました。以下の内容で作業いたします。
統合元: ${MAKOTO.srcId} / 統合先: ${MAKOTO.keepId}`)}

${sfRef('1Mk04')}`,
  }),
  ja({
    slug: 'conf-typos-utf8-8bit',
    kind: 'confirmation_request',
    caseId: CASE.ken,
    note: 'consent request with typos (すすめてもよろしでしょうか), 8bit UTF-8',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    date: d('2026-09-20 09:02:44', '+0900'),
    auth: 'pass',
    enc: 'utf88bit',
    text: `中野様

ご質問への回答は前回お送りしたとおりです(有効期限はかわりません、バウチャーは移行されます)。

それでは ${KEN.srcId} → ${KEN.keepId} の統合をすすめてもよろしでしょうか。
統合後は元にもどせませんのでご注意ください。ご同意いただける場合は、その旨ご返信ねがいます。

小林`,
  }),

  // ================= merge_completed (9) =================
  ja({
    slug: 'merge-third-account-done',
    kind: 'merge_completed',
    caseId: CASE.emi,
    note: 'the third account has now been merged; the 2023 merge is mentioned as background',
    from: SUPPORT,
    to: emiTo,
    subject: formSubject(CASE.emi),
    date: d('2026-10-14 07:12:09', '+0000'),
    auth: 'pass',
    enc: 'jis7',
    text: `木村 恵美 様

ご同意のご返信をありがとうございました。
本日、${EMI.thirdId} の認定履歴を ${EMI.keepId} へ移しました。
2023年に統合された分と合わせ、これまでの認定はすべて ${EMI.keepId} でご覧いただけます。

サインインのうえ、Cloud Practitioner の記録が表示されていることをご確認ください。
Credly のバッジは、移行まで数日かかることがあります。

森
AWS トレーニングと認定`,
  }),
  ja({
    slug: 'merge-done-and-closing-sjis',
    kind: 'merge_completed',
    caseId: CASE.ken,
    note: 'merge done and the case will be closed: the completion is the new fact',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    date: d('2026-09-22 13:30:51', '+0900'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中野 健一 様

ご同意いただいた内容のとおり、${KEN.srcId} を ${KEN.keepId} にまとめる作業が終わりました。
今後は ${KEN.keep} でサインインしてください。会社のアドレスで取得された SAA もこちらに表示されます。

本件はこれにて完了とし、ケースはクローズさせていただきます。
ほかにご不明な点があれば、新しいケースでお知らせください。

小林`,
  }),
  ja({
    slug: 'merge-portal-notice-no-case',
    kind: 'merge_completed',
    caseId: null,
    note: 'the certification portal\'s own notice that the accounts were merged; no case ID',
    from: PORTAL,
    to: AYA.keep,
    subject: 'AWS 認定: アカウントの統合が処理されました',
    date: d('2026-09-24 02:00:31', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `藤井 彩 様

AWS 認定アカウントの統合処理が行われました。
統合元のアカウント(${AYA.srcId})の認定、試験履歴、特典は、現在のアカウント(${AYA.keepId})に移されています。

今後は ${AYA.keep} でサインインしてください。
心当たりのない場合は、AWS トレーニングと認定のサポートへご連絡ください。

AWS Certification`,
  }),
  ja({
    slug: 'merge-portal-lookalike-vendor',
    kind: 'merge_completed',
    trusted: false,
    caseId: null,
    note: 'portal-style "統合が完了しました" from a certification vendor domain outside the trusted list',
    from: 'AWS Certification Program <noreply@certmetrics-mail.com>',
    to: MAKOTO.keep,
    subject: 'アカウント統合完了のお知らせ',
    date: d('2026-11-13 09:00:00', '+0900'),
    auth: 'pass',
    enc: 'jisb64',
    text: `大川 誠 様

ご依頼いただいたアカウントの統合が完了しました。
統合後のアカウントにサインインし、認定の一覧をご確認ください。
https://www.certmetrics-mail.com/amazon/login

AWS Certification Program`,
  }),
  ja({
    slug: 'merge-history-recap-then-done',
    kind: 'merge_completed',
    caseId: CASE.aya,
    note: 'recaps every earlier step with dates, then the new line: the merge finished today',
    from: SUPPORT,
    to: ayaTo,
    subject: formSubject(CASE.aya),
    date: d('2026-09-24 10:41:07', '+0900'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `藤井 彩 様

これまでの対応状況をまとめてお知らせします。

  9月1日  ケース受付
  9月2日  通知用メールアドレスの確認依頼
  9月15日 統合のご意思確認
  9月23日 ご同意のご返信を受領

そして本日9月24日、統合作業が完了いたしました。
研究室時代の認定は ${AYA.keepId} に表示されるようになっています。
何か表示に問題があれば、このケースにご返信ください。

石原`,
  }),
  ja({
    slug: 'merge-outlook-consent-quoted',
    kind: 'merge_completed',
    caseId: CASE.makoto,
    note: 'completion on top of the user\'s consent mail quoted in an Outlook ja block',
    from: SUPPORT,
    to: makTo,
    subject: formSubject(CASE.makoto),
    date: d('2026-11-16 14:03:00', '+0900'),
    auth: 'pass',
    enc: 'jis7',
    text: `大川様

お待たせいたしました。個人のアカウント ${MAKOTO.keepId} への統合を実施し、作業が終わりました。
SAA と DVA の両方が同じアカウントに並んでいるはずです。

村上

${outlookJa(`${MAKOTO.ja} <${MAKOTO.keep}>`, 2026, 11, 12, '20:15', SUPPORT_ADDR, formSubject(CASE.makoto))}

村上様
同意します。よろしくお願いします。
大川`,
  }),
  ja({
    slug: 'merge-html-2023-original-case',
    kind: 'merge_completed',
    caseId: CASE.emiOld,
    note: 'the original 2023 completion (HTML only) that later mail keeps referring back to; asks her to check the display',
    from: SUPPORT,
    to: emiTo,
    subject: formSubject(CASE.emiOld),
    date: d('2023-07-20 06:12:44', '+0000'),
    auth: 'pass',
    enc: 'utf8qp',
    html: htmlDoc(`<p>木村様</p>
<p>ご同意のご返信ありがとうございました。</p>
<p>本日、旧勤務先のアカウント ${EMI.srcId} を <b>${EMI.keepId}</b> に統合いたしました。<br>
お手数ですが、受験履歴とバウチャーの表示に抜けがないか、一度ご覧いただけますと幸いです。</p>
<p>青木<br>AWS トレーニングと認定</p>`),
  }),
  ja({
    slug: 'merge-no-auth-sjis-b64',
    kind: 'merge_completed',
    trusted: false,
    caseId: CASE.ken,
    note: 'completion notice in Shift_JIS base64 with no Authentication-Results at all',
    from: SUPPORT,
    to: kenTo,
    subject: formSubject(CASE.ken),
    date: d('2026-09-22 13:31:00', '+0900'),
    auth: 'none',
    enc: 'sjisb64',
    text: `中野様

統合の処理が完了しました。以後は個人のアドレスでサインインしてください。

小林`,
  }),
  ja({
    slug: 'merge-mixed-english-line',
    kind: 'merge_completed',
    caseId: CASE.aya,
    note: 'Japanese greeting and an English sentence saying the accounts have been merged',
    from: SUPPORT,
    to: ayaTo,
    subject: formSubject(CASE.aya),
    date: d('2026-09-24 01:38:00', '+0000'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `藤井様

お世話になっております。海外のチームからの報告をそのまま転記します。

"Your AWS Certification accounts ${AYA.srcId} and ${AYA.keepId} have been merged. ${AYA.keepId} is now your primary account."

日本語での詳しいご案内は追ってお送りします。

石原`,
  }),
];

