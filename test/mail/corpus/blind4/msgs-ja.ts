// Japanese messages of held-out set c. Every text was written for this set.
import { rfcDate as d, type Msg } from './lib.js';
import {
  ARCHIVE, AWS_NOTIFY, CASE, CREDLY_AWS, KENJI, KENJI_REQ, MIKI, MIKI_REQ, PORTAL, SUPPORT, SUPPORT_BARE, SUZUKI, TEAM_LIST, YUTO, YUTO_REQ,
  formSubject, htmlDoc, olJa, other, paras, quote, sfOriginal, sup, threadRef,
} from './common.js';

const K = `${KENJI.en} <${KENJI.keep}>`;
const Kj = `${KENJI.ja} <${KENJI.keep}>`;
const M = `${MIKI.ja} <${MIKI.keep}>`;
const Y = `${YUTO.en} <${YUTO.keep}>`;

const SIG_JA = `AWS トレーニングと認定 カスタマーサポート`;

// ---------------------------------------------------------------- acknowledgement (7)
const ack: Msg[] = [
  other({
    slug: 'uketsuke-case-created', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji, trusted: true, auth: 'pass',
    note: 'AWS Support automatic receipt of a new case with its ID',
    from: AWS_NOTIFY, to: K, date: d('2026-01-19 02:14:07', '+0000'),
    subject: `[Case ${CASE.kenji}] お問い合わせを受け付けました`,
    text: `${KENJI.ja} 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
以下の内容でケースを作成しました。

ケース ID: ${CASE.kenji}
件名: アカウントの統合
カテゴリ: AWS トレーニングと認定 / 認定

担当者より通常 24 時間以内にご連絡いたします。
なお、同じご依頼で新しいケースを作成されますと、対応が遅れる原因となりますのでご注意ください。

このメールは送信専用アドレスから送信されています。

Amazon Web Services`,
  }),
  other({
    slug: 'thanks-inquiry-number-in-body', kind: 'acknowledgement', lang: 'ja', caseId: CASE.miki, trusted: true, auth: 'pass',
    note: 'receipt of the new case; the case number appears only in the body',
    from: AWS_NOTIFY, to: M, date: d('2026-02-03 11:40:55', '+0000'), enc: 'utf8qp',
    subject: 'AWS サポート: お問い合わせありがとうございます',
    text: `このたびは AWS サポートにご連絡いただき、ありがとうございます。

お問い合わせ番号 ${CASE.miki} でご依頼を承りました。
担当部署にて内容を確認し、順次ご連絡を差し上げます。返信までしばらくお待ちください。

お問い合わせ状況はサポートセンターからもご覧いただけます。
https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.miki}

※本メールへの返信はお受けできません。`,
  }),
  other({
    slug: 'form-receipt-submitted-fields', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yuto, trusted: true, auth: 'pass', trap: true,
    note: 'automatic receipt that lists the submitted fields ("ご確認ください" refers to the copy); nothing asked',
    from: SUPPORT, to: Y, date: d('2026-03-09 07:02:31', '+0000'), enc: 'sjisb64',
    subject: `[CASE ${CASE.yuto}] [AWS Training and Certification Form Submission] - account-assistance`,
    text: `お問い合わせいただき、ありがとうございます。以下の内容で受け付けました。
送信内容の控えとしてご確認ください。

ケース番号: ${CASE.yuto}
お名前: Yuto Kobayashi
会社名: (未入力)
メールアドレス: ${YUTO.keep}
AWS 候補 ID: ${YUTO.keepId}
お問い合わせ種別: 認定 - アカウントの統合
内容: 2つの認定アカウントの統合をお願いします。

担当者からの回答まで 1 営業日ほどお待ちください。
AWS Training and Certification`,
  }),
  other({
    slug: 'html-only-uketsuke', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji2, trusted: true, auth: 'pass',
    note: 'HTML-only automatic receipt carrying the new case ID',
    from: AWS_NOTIFY, to: K, date: d('2026-04-02 23:51:12', '+0000'), enc: 'utf8b64',
    subject: `AWS サポートケース ${CASE.kenji2} が作成されました`,
    html: htmlDoc(`<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;color:#fff;padding:12px">Amazon Web Services</td></tr>
<tr><td style="padding:16px">
<p>お客様</p>
<p>ケースを作成いただきありがとうございます。ケース番号は <b>${CASE.kenji2}</b> です。</p>
<p>サポート担当者が内容を確認後、登録メールアドレス宛てにご連絡します。お急ぎの場合でも、同一内容のケースを重ねて作成しないようお願いいたします。</p>
<p><a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.kenji2}">ケースを表示</a></p>
</td></tr></table>`, 'ja'),
  }),
  other({
    slug: 'uketsuke-spf-only', kind: 'acknowledgement', lang: 'ja', caseId: CASE.mikiDup, trusted: false, auth: 'spfonly',
    note: 'receipt wording, but only spf=pass (no DKIM/DMARC): untrusted',
    from: AWS_NOTIFY, to: M, date: d('2026-02-04 01:05:44', '+0000'),
    subject: `[Case ${CASE.mikiDup}] ご依頼を受け付けました`,
    text: `${MIKI.ja} 様

ケース ${CASE.mikiDup} を受付いたしました。
担当者からの回答をお待ちください(目安: 24 時間以内)。

Amazon Web Services`,
  }),
  sup({
    slug: 'uketsuke-eigo-boilerplate', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yuto2, to: Y, date: d('2026-03-10 13:22:09', '+0000'), enc: 'jisb64',
    note: 'Japanese receipt for a second case, with English boilerplate',
    subject: `[CASE ${CASE.yuto2}] [AWS Training and Certification Form Submission] - account-assistance`,
    text: `※このメールは自動送信です。

AWS トレーニングと認定へのご連絡ありがとうございます。
ケース番号 ${CASE.yuto2} として受付が完了しました。担当者より追ってご連絡します。

--
We have received your request and created case ${CASE.yuto2}.
A member of our team will get back to you, usually within 24 hours.
Please do not open another case for the same issue.`,
  }),
  other({
    slug: 'uketsuke-resent-archive', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji, trusted: true, auth: 'pass', forUser: false,
    note: 'receipt, but redirected by the old company to an archive mailbox (Resent-*): not delivered to the user',
    from: AWS_NOTIFY, to: `${KENJI.ja} <${KENJI.src}>`, date: d('2026-01-19 02:14:09', '+0000'),
    resent: { from: 'postmaster@corp-a.example.co.jp', to: ARCHIVE, date: d('2026-01-19 11:14:30', '+0900') },
    subject: `[Case ${CASE.kenji}] お問い合わせを受け付けました`,
    text: `${KENJI.ja} 様

お問い合わせありがとうございます。ケース ${CASE.kenji} を作成しました。
担当者からの返信まで今しばらくお待ちください。

Amazon Web Services`,
  }),
];

// ---------------------------------------------------------------- ai_answer (7)
const ai: Msg[] = [
  other({
    slug: 'seisei-ai-profile-tool', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: true, auth: 'pass',
    note: 'AI-generated suggestion to use the self-service Merge Accounts tool',
    from: AWS_NOTIFY, to: K, date: d('2026-01-19 02:10:41', '+0000'),
    subject: 'お問い合わせに対する回答案 (生成 AI)',
    text: `以下は生成 AI によって作成された回答です。内容に誤りが含まれる場合があります。

認定アカウントが複数ある場合は、認定ポータルのセルフサービス機能をお試しください。
1. 残したいアカウントでサインインします
2. プロフィール → 「アカウントの統合」を開きます
3. もう一方のアカウントの認証情報を入力して手順に従います

この方法で解決しない場合は、「ケースを作成」から担当者にお問い合わせください。`,
  }),
  other({
    slug: 'ai-kaito-after-togo-explain', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: true, auth: 'pass', trap: true,
    note: 'automated answer that explains what happens after a merge; still an AI suggestion',
    from: AWS_NOTIFY, to: M, date: d('2026-02-03 11:37:02', '+0000'), enc: 'utf8qp',
    subject: 'AI アシスタントからの回答',
    text: `AI アシスタントがご質問への回答を作成しました。

アカウントの統合が完了すると、統合元アカウントの認定資格・試験履歴・特典(次回受験 50% 割引など)は統合先アカウントに表示されるようになり、統合元アカウントは使用できなくなります。
Credly のデジタルバッジは、統合後に統合先のメールアドレスで受け取り直す必要がある場合があります。

まずは認定アカウントの「Merge Accounts」ツールをお試しください。
両方のアカウントに認定履歴がありツールで統合できない場合は、ケースを作成してください。

この回答は役に立ちましたか? はい / いいえ`,
  }),
  other({
    slug: 'jidou-kaito-foreign-authserv', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: false, auth: 'lookalikeServer',
    note: 'AI suggestion text, but the A-R comes from a look-alike authserv-id: untrusted',
    from: AWS_NOTIFY, to: Y, date: d('2026-03-09 06:58:13', '+0000'), enc: 'sjis8',
    subject: '自動回答: 認定アカウントの統合について',
    text: `このメッセージは自動で作成された回答です。

AWS 認定アカウントは、認定ポータルの Merge Accounts(アカウントのマージ)ツールでお客様ご自身で統合できる場合があります。
統合先のアカウントにサインインしてからツールを実行してください。

解決しない場合はサポートへのお問い合わせを続行してください。`,
  }),
  other({
    slug: 'amazon-q-kaito-mixed', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: true, auth: 'pass',
    note: 'Amazon Q generated answer (mixed Japanese/English) pointing to the merge tool',
    from: AWS_NOTIFY, to: K, date: d('2026-04-02 23:47:30', '+0000'),
    subject: 'Amazon Q による回答 (プレビュー)',
    text: `Amazon Q がお問い合わせ内容から回答を生成しました。
Generated by Amazon Q. Responses may be inaccurate.

重複した認定アカウントについて:
- CertMetrics(認定アカウント)にサインイン
- My Profile > Merge Accounts
- 統合元アカウントのログイン情報を入力

If both accounts hold certifications, the tool may not be able to combine them. In that case, choose "Create case".`,
  }),
  other({
    slug: 'kanren-kiji-suggest', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: true, auth: 'pass',
    note: 'automated suggestion of help articles before a case is opened',
    from: AWS_NOTIFY, to: M, date: d('2026-02-10 05:11:19', '+0000'), enc: 'utf8qp',
    subject: 'お探しの情報はこちらではありませんか?',
    text: `入力いただいた内容に関連する情報を自動でご案内しています。

・AWS 認定に関するよくある質問: 「複数の認定アカウントを持っている場合」
  https://aws.amazon.com/jp/certification/faqs/
・セルフサービスのアカウントの統合ツールの使い方

上記で解決しない場合は、お手数ですがサポートケースを作成してください。`,
    html: htmlDoc(`<p>入力いただいた内容に関連する情報を自動でご案内しています。</p>
<ul><li><a href="https://aws.amazon.com/jp/certification/faqs/">AWS 認定に関するよくある質問</a>: 「複数の認定アカウントを持っている場合」</li>
<li>セルフサービスのアカウントの統合ツールの使い方</li></ul>
<p>上記で解決しない場合は、お手数ですがサポートケースを作成してください。</p>`, 'ja'),
  }),
  other({
    slug: 'ai-mijikai-chui', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: true, auth: 'pass',
    note: 'short AI-generated hint (merge tool), with a disclaimer',
    from: AWS_NOTIFY, to: Y, date: d('2026-03-17 00:03:52', '+0000'), enc: 'jisb64',
    subject: '生成AIの回答をお届けします',
    text: `AI が生成した回答です。正確でない場合があります。

→ 認定アカウントのプロフィール画面にある「アカウントを統合」からお手続きいただけます。
うまくいかない場合のみ、サポートまでご依頼ください。`,
  }),
  other({
    slug: 'ai-parent-dkim-aws-amazon', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: true, auth: 'dkimParent',
    note: 'generated answer from aws.amazon.com signed by amazon.com (aligned): AI suggestion',
    from: 'AWS Support <no-reply@aws.amazon.com>', to: M, date: d('2026-02-03 11:36:10', '+0000'), enc: 'utf8b64',
    subject: 'サポートアシスタントの提案',
    text: `サポートアシスタントからのご提案です(自動生成)。

ご質問: 「認定アカウントを1つにしたい」
提案: 認定ポータルの Merge Accounts 機能を使うと、ご自身で 2 つのアカウントをまとめられます。統合先としたいアカウントでログインしてから実行してください。

この提案で解決しましたか? 解決しない場合は担当者へのお問い合わせにお進みください。`,
  }),
];

// ---------------------------------------------------------------- info_request (9)
const info: Msg[] = [
  sup({
    slug: 'kouho-id-ryoho-onegai', kind: 'info_request', lang: 'ja', caseId: CASE.kenji, to: K, date: d('2026-01-20 04:31:18', '+0000'),
    note: 'support asks for both candidate IDs, login addresses and which account to keep',
    text: `中村様

お問い合わせいただきありがとうございます。AWS トレーニングと認定サポートの森と申します。

アカウント統合の手続きを進めるにあたり、以下の情報をお送りいただけますでしょうか。

1. 両アカウントの AWS 候補 ID (AWS から始まる番号)
2. 各アカウントのログイン用メールアドレス
3. 統合後に残すアカウントはどちらか

情報が揃い次第、手続きを進めます。
よろしくお願いいたします。

森
${SIG_JA}

${olJa(K, '2026年1月19日 11:14', SUPPORT_BARE, 'アカウントの統合', KENJI_REQ)}`,
  }),
  sup({
    slug: 'nokosu-address-gokakunin', kind: 'info_request', lang: 'ja', caseId: CASE.miki, to: M, date: d('2026-02-04 06:12:45', '+0000'), trap: true,
    note: '「ご確認のうえお知らせください」 asks which address is kept: information, not consent',
    text: `高橋 美紀 様

ご連絡ありがとうございます。
お手数ですが、統合後もご利用になるメールアドレスがどちらか、ご確認のうえお知らせください。
あわせて、両アカウントで登録されているお名前の表記(ローマ字)もご記入いただけますと幸いです。

どうぞよろしくお願いいたします。

${SIG_JA}
担当: 佐々木

${quote(MIKI_REQ)}`,
  }),
  sup({
    slug: 'shimei-fuitchi-mibun', kind: 'info_request', lang: 'ja', caseId: CASE.yuto, to: Y, date: d('2026-03-10 02:44:08', '+0000'), enc: 'sjis8',
    note: 'cannot merge yet because names differ; asks for ID document details',
    text: `小林様

お待たせしております。
確認したところ、2つのアカウントでご登録のお名前が異なっているため、現時点では統合できません。
つきましては、身分証明書に記載のお名前(英字)と、お名前が変わった経緯を簡単にご返信いただけますか。

いただいた情報をもとに改めて確認いたします。

AWS Training and Certification Customer Support`,
  }),
  sup({
    slug: 'tougousaki-kara-id-kisai', kind: 'info_request', lang: 'ja', caseId: CASE.mikiDup, to: `${MIKI.ja} <${MIKI.src}>`, date: d('2026-02-05 08:20:00', '+0000'), enc: 'utf8qp',
    note: 'asks the user to write from the kept address AND include both candidate IDs',
    text: `高橋様

本人確認のため、統合先(残す方)のメールアドレスからこのケースにご返信ください。
その際、以下を本文にご記載いただけますでしょうか。
・統合先アカウントの AWS 候補 ID
・統合元アカウントの AWS 候補 ID

お手数をおかけしますが、よろしくお願いいたします。
${SIG_JA}`,
  }),
  sup({
    slug: 'shikaku-ichiran-jukenbi', kind: 'info_request', lang: 'ja', caseId: CASE.kenji2, to: K, date: d('2026-04-04 01:09:27', '+0000'), enc: 'jisb64',
    note: 'asks for the list of certifications and exam dates in each account',
    text: `中村 健司 様

いつもお世話になっております。
統合元アカウント ${KENJI.srcId} の内容を照合するため、下記をご教示ください。

・保有している認定の名称
・それぞれの合格日(おおよそで構いません)
・未使用の特典(割引バウチャー等)の有無

ご返信をお待ちしております。

${SIG_JA}  小野`,
  }),
  sup({
    slug: 'dousha-suzuki-ate', kind: 'info_request', lang: 'ja', caseId: CASE.suzuki, to: `${SUZUKI.ja} <${SUZUKI.addr}>`, date: d('2026-01-22 03:30:11', '+0000'), forUser: false,
    note: 'an information request on a colleague\'s own case, addressed only to the colleague',
    text: `鈴木様

お問い合わせの件、統合の対象となるもう一方のアカウントのメールアドレスと AWS 候補 ID をお知らせいただけますか。

${SIG_JA}`,
  }),
  other({
    slug: 'nisemono-password-youkyu', kind: 'info_request', lang: 'ja', caseId: CASE.miki, trusted: false, auth: 'pass',
    note: 'look-alike domain asking for IDs and a password: reads as an info request, untrusted',
    from: 'AWS Training and Certification <support@aws-training-certification.support>', to: M, date: d('2026-02-06 14:02:33', '+0000'), enc: 'utf88bit',
    subject: formSubject(CASE.miki),
    text: `高橋様

アカウント統合の処理に必要なため、24時間以内に以下をご返信ください。
・両アカウントのメールアドレスとパスワード
・AWS 候補 ID

期限内にご返信がない場合、認定資格が失効する可能性があります。

AWS認定サポートセンター`,
  }),
  sup({
    slug: 'skill-builder-address-gmail-thread', kind: 'info_request', lang: 'ja', caseId: CASE.miki, to: M, date: d('2026-02-07 02:51:36', '+0000'),
    note: 'asks for the Skill Builder and notification addresses; long Gmail-quoted history below',
    text: `高橋様

ご返信ありがとうございます。
もう一点だけ、AWS Skill Builder にご登録のメールアドレスと、認定の通知先メールアドレスをお知らせください。両方のアカウント分をお願いします。

${SIG_JA}
佐々木

2026年2月5日(木) 21:03 ${MIKI.ja} <${MIKI.keep}>:
> 佐々木様
>
> ご連絡ありがとうございます。
> 残すのは ${MIKI.keep} のほうです。
> ローマ字表記は TAKAHASHI MIKI で両方同じです。
>
> 高橋
>
> 2026年2月4日(水) 15:12 AWS Training and Certification <${SUPPORT_BARE}>:
>> 高橋 美紀 様
>>
>> お手数ですが、統合後もご利用になるメールアドレスがどちらか、ご確認のうえお知らせください。
>>
${quote(MIKI_REQ, '>> ')}`,
  }),
  sup({
    slug: 'mijikai-motomoto-id', kind: 'info_request', lang: 'ja', caseId: CASE.yuto2, to: Y, date: d('2026-03-11 09:00:02', '+0000'), enc: 'sjisb64',
    note: 'short request for the source account\'s candidate ID',
    subject: `RE:[CASE ${CASE.yuto2}] [AWS Training and Certification Form Submission] - account-assistance`,
    text: `小林様
恐れ入りますが、統合元アカウントの AWS 候補 ID をお送りいただけますか。
よろしくお願いします。
AWS T&C サポート`,
  }),
];

// ---------------------------------------------------------------- confirmation_request (8)
const conf: Msg[] = [
  sup({
    slug: 'torikeshi-fuka-henshin', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji, to: K, date: d('2026-01-21 05:48:10', '+0000'),
    note: 'asks the user to reply to agree to the irreversible merge',
    text: `中村様

情報のご提供ありがとうございます。
以下の内容で統合の準備が整いました。

統合先: ${KENJI.keepId} (${KENJI.keep})
統合元: ${KENJI.srcId} (${KENJI.src})

統合後は元に戻すことができません。統合元アカウントにはサインインできなくなります。
上記にご同意いただける場合は、本メールにその旨ご返信ください。

森
${SIG_JA}`,
  }),
  sup({
    slug: 'kono-naiyou-de-yoroshii-ka', kind: 'confirmation_request', lang: 'ja', caseId: CASE.miki, to: M, date: d('2026-02-08 03:15:20', '+0000'), enc: 'utf8qp',
    note: '「この内容で進めてよろしいでしょうか」 with a details table: consent to the merge',
    text: `高橋様

お待たせいたしました。下記のとおりアカウントをまとめる予定です。

  残すアカウント : ${MIKI.keep} / ${MIKI.keepId}
  まとめるアカウント: ${MIKI.src} / ${MIKI.srcId}

この作業は取り消しができませんが、この内容で進めてよろしいでしょうか。
問題なければ「はい」とだけご返信いただければ結構です。

佐々木
${SIG_JA}`,
  }),
  other({
    slug: 'douisho-forged-below', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yuto, trusted: false, auth: 'forgedBelow',
    note: 'consent request text, but the only pass A-R sits below the server\'s Received line: untrusted',
    from: SUPPORT, to: Y, date: d('2026-03-12 04:40:00', '+0000'),
    subject: formSubject(CASE.yuto),
    text: `小林様

統合作業は一度実施すると元に戻せません。
続行してよろしければ、このメールに「同意します」とご返信ください。

AWS Training and Certification`,
  }),
  sup({
    slug: 'sjis-muko-ni-narimasu-ryosho', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yuto, to: Y, date: d('2026-03-12 04:41:30', '+0000'), enc: 'sjis8',
    note: 'asks the user to accept that the source account becomes unusable, i.e. consent to merge',
    text: `小林 悠斗 様

ご本人確認が取れましたので、手続きに進めます。
統合元 ${YUTO.srcId} の認定履歴は ${YUTO.keepId} へ移され、統合元のアカウントは無効になります。
この点をご了承いただけますでしょうか。ご了承の旨をご返信いただいた後、作業を開始いたします。

AWS トレーニングと認定 サポート`,
  }),
  sup({
    slug: 'i-agree-template-mixed', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji2, to: K, date: d('2026-04-05 22:10:05', '+0000'), enc: 'jisb64',
    note: 'Japanese intro plus English template asking for "I agree": consent request',
    text: `中村様

統合の最終確認です。以下の英文をそのままご返信いただくか、同意の旨を日本語でお書きください。

---
I agree to merge AWS Certification account ${KENJI.srcId} into ${KENJI.keepId}.
I understand that this action is permanent and cannot be reversed.
---

${SIG_JA}`,
  }),
  sup({
    slug: 'html-doui-henshin-onegai', kind: 'confirmation_request', lang: 'ja', caseId: CASE.mikiDup, to: M, date: d('2026-02-09 01:33:47', '+0000'), enc: 'utf8b64',
    note: 'multipart HTML consent request: reply with your agreement to the irreversible merge',
    text: `高橋様

アカウントの統合について、ご同意の旨をご返信ください。
統合は不可逆の操作です。ご返信を確認後に実施します。

${SIG_JA}`,
    html: htmlDoc(paras(`高橋様

アカウントの統合について、ご同意の旨をご返信ください。
統合は不可逆の操作です。ご返信を確認後に実施します。

${SIG_JA}`), 'ja'),
  }),
  sup({
    slug: 'id-no-aida-shoudaku', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji, to: K, date: d('2026-01-21 05:52:00', '+0000'), crlf: false,
    note: 'asks for the user\'s approval; IDs sit between the meaning words (LF line ends)',
    text: `中村様
${KENJI.srcId} の認定・試験履歴を ${KENJI.keepId} に移すことについて、ご承諾いただけますか。
元には戻せない処理のため、念のためお伺いしております。
ご承諾いただける場合はご返信ください。
${SIG_JA}`,
  }),
  sup({
    slug: 'teikyou-arigatou-saishu-kakunin', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yuto2, to: Y, date: d('2026-03-13 06:27:14', '+0000'),
    note: 'after receiving the details, asks the final go-ahead for the permanent merge (Outlook quote below)',
    subject: `RE:[CASE ${CASE.yuto2}] [AWS Training and Certification Form Submission] - account-assistance`,
    text: `小林様

AWS 候補 ID のご提供ありがとうございます。
最終確認となりますが、アカウントの統合を実行してもよろしいでしょうか。実行後は取り消しできません。
差し支えなければ、本メールへのご返信にて実行のご指示をお願いいたします。

AWS トレーニングと認定 サポート

${olJa(Y, '2026年3月12日 22:05', SUPPORT_BARE, `RE:[CASE ${CASE.yuto2}] [AWS Training and Certification Form Submission] - account-assistance`, `統合元の候補IDは ${YUTO.srcId} です。\nよろしくお願いします。`)}`,
  }),
];

// ---------------------------------------------------------------- merge_completed (8)
const merged: Msg[] = [
  sup({
    slug: 'togo-kanryo-itashimashita', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji, to: K, date: d('2026-01-22 09:03:51', '+0000'),
    note: 'support says the two accounts have been merged',
    text: `中村様

ご返信ありがとうございました。
ご依頼いただいた認定アカウントの統合が完了いたしました。
今後は ${KENJI.keep} でサインインしてご利用ください。

ほかにご不明な点がございましたら、本ケースにご返信ください。

森
${SIG_JA}

${sfOriginal(K, '2026/01/21 15:02', SUPPORT_BARE, formSubject(CASE.kenji), '承知しました。統合を進めてください。\n中村')}`,
  }),
  sup({
    slug: 'matome-owari-case-close', kind: 'merge_completed', lang: 'ja', caseId: CASE.miki, to: M, date: d('2026-02-10 07:45:30', '+0000'), enc: 'utf8qp',
    note: 'merge done, and the case will now be closed: the new fact is the merge',
    text: `高橋様

お待たせしました。${MIKI.srcId} を ${MIKI.keepId} にまとめる作業が本日終わりました。
認定、試験履歴、特典はすべて統合先でご確認いただけます。

本件はこれにてクローズとさせていただきます。ご利用ありがとうございました。

佐々木
${SIG_JA}`,
  }),
  sup({
    slug: 'hanei-sumi-gokakunin-kudasai', kind: 'merge_completed', lang: 'ja', caseId: CASE.yuto, to: Y, date: d('2026-03-14 02:19:03', '+0000'), enc: 'sjis8', trap: true,
    note: 'completion notice that asks the user to check everything looks right: still merge_completed',
    text: `小林様

アカウント統合の処理が完了し、${YUTO.keepId} に統合元の認定情報を反映しました。
お手数ですが、サインインのうえ認定・特典の表示に問題がないかご確認ください。

AWS トレーニングと認定 サポート`,
  }),
  other({
    slug: 'lookalike-togo-kanryo', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji2, trusted: false, auth: 'pass',
    note: 'says the merge is complete but comes from a look-alike domain: untrusted',
    from: 'AWS Training and Certification <no-reply@aws-certification-support.com>', to: K, date: d('2026-04-06 10:00:00', '+0000'),
    subject: formSubject(CASE.kenji2),
    text: `中村様

アカウントの統合が完了しました。
以下のリンクから新しいアカウントにサインインし、登録情報を再入力してください。
http://aws-certification-support.com/signin

AWS Training and Certification`,
  }),
  sup({
    slug: 'togo-zumi-fail-then-pass', kind: 'merge_completed', lang: 'ja', caseId: CASE.mikiDup, to: M, date: d('2026-02-10 08:00:00', '+0000'), enc: 'jisb64', auth: 'failThenForged', trusted: false,
    note: 'merge-done wording; top A-R says fail and a planted pass sits lower: untrusted',
    text: `高橋様

アカウントのマージが完了しました。ご確認ください。

AWS Training and Certification`,
  }),
  other({
    slug: 'portal-accounts-merged-html', kind: 'merge_completed', lang: 'ja', caseId: null, trusted: true, auth: 'pass',
    note: 'the certification portal\'s own "accounts merged" notice, no case ID',
    from: PORTAL, to: Y, date: d('2026-03-14 02:05:41', '+0000'), enc: 'utf8b64',
    subject: 'AWS 認定: アカウントが統合されました',
    html: htmlDoc(`<h2 style="color:#232f3e">AWS Certification</h2>
<p>${YUTO.ja} 様</p>
<p>お客様の AWS 認定アカウント ${YUTO.srcId} は、アカウント ${YUTO.keepId} に統合されました。</p>
<p>今後は統合先のアカウントで認定情報、試験履歴、特典をご確認ください。</p>
<p><a href="https://www.aws.training/certification">AWS 認定アカウントにサインイン</a></p>
<p style="font-size:11px;color:#666">このメールは送信専用です。</p>`, 'ja'),
  }),
  sup({
    slug: 'sagyou-owarimashita-mijikai', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji2, to: K, date: d('2026-04-07 00:40:12', '+0000'),
    note: 'short: the merge work has been done',
    text: `中村様
統合作業が終わりました。${KENJI.keepId} に一本化されています。
小野 / ${SIG_JA}`,
  }),
  sup({
    slug: 'merge-completed-eigo-nihongo', kind: 'merge_completed', lang: 'ja', caseId: CASE.yuto2, to: Y, date: d('2026-03-15 05:58:26', '+0000'),
    note: 'bilingual notice that the merge has been completed; Gmail quote below',
    subject: `RE:[CASE ${CASE.yuto2}] [AWS Training and Certification Form Submission] - account-assistance`,
    text: `小林様

アカウントの統合が完了しましたのでお知らせします。
The merge of your AWS Certification accounts has been completed.

AWS Training and Certification

2026年3月13日(金) 22:31 ${YUTO.en} <${YUTO.keep}>:
> 実行をお願いします。
> 小林`,
  }),
];

// ---------------------------------------------------------------- badges_transferred (7)
const credlyHtmlJa = (badge: string, who: string): string =>
  htmlDoc(`<table width="600" align="center"><tr><td style="text-align:center">
<img src="https://images.credly.com/size/340x340/images/aws-badge.png" width="120" alt="${badge}">
<p>${who} 様</p>
<p>Amazon Web Services Training and Certification から新しいバッジ「${badge}」が発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/accept" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">バッジを入手する</a></p>
<p style="font-size:11px;color:#888">Credly, Inc.</p>
</td></tr></table>`, 'ja');

const badges: Msg[] = [
  other({
    slug: 'credly-hakko-oshirase-html', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: true, auth: 'pass',
    note: 'AWS badge issued via Credly to the kept account',
    from: CREDLY_AWS, to: K, date: d('2026-01-23 18:22:40', '+0000'), enc: 'utf8b64',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `${KENJI.ja} 様
Amazon Web Services Training and Certification から新しいバッジ「AWS Certified Solutions Architect - Associate」が発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/accept`,
    html: credlyHtmlJa('AWS Certified Solutions Architect - Associate', KENJI.ja),
  }),
  other({
    slug: 'credly-mittsu-no-badge', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: true, auth: 'pass',
    note: 'several AWS badges issued via Credly at once to the kept address',
    from: CREDLY_AWS, to: M, date: d('2026-02-11 20:01:09', '+0000'), enc: 'utf8qp',
    subject: '3 件のバッジが届いています',
    text: `${MIKI.ja} 様

Amazon Web Services Training and Certification から 3 件のバッジが発行されました。

- AWS Certified Cloud Practitioner
- AWS Certified Developer - Associate
- AWS Certified SysOps Administrator - Associate

バッジを入手する
https://www.credly.com/earner/earned

Credly`,
  }),
  sup({
    slug: 'support-credly-iko-close', kind: 'badges_transferred', lang: 'ja', caseId: CASE.kenji, to: K, date: d('2026-01-26 03:12:55', '+0000'),
    note: 'support announces the Credly badges were moved and closes the case',
    text: `中村様

ご依頼の Credly バッジにつきまして、統合先アカウント (${KENJI.keep}) へ移行いたしました。
Credly にサインインいただくと、すべてのバッジがご確認いただけます。

以上をもちまして本ケースはクローズさせていただきます。

森
${SIG_JA}

${quote(`統合ありがとうございました。ただ Credly のバッジがまだ古いアドレスのままのようです。\n中村`)}`,
  }),
  other({
    slug: 'credly-nise-domain', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false, auth: 'pass',
    note: 'AWS badge notice from a look-alike Credly domain: untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-notify.com>', to: Y, date: d('2026-03-16 12:14:00', '+0000'), enc: 'utf8qp',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `${YUTO.ja} 様
新しいバッジが発行されました。下のリンクからサインインしてバッジを入手してください。
http://credly-notify.com/accept?id=88213`,
  }),
  other({
    slug: 'credly-saihakko-html-only', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: true, auth: 'pass',
    note: 'AWS badge re-issued via Credly to the kept address (HTML only)',
    from: CREDLY_AWS, to: Y, date: d('2026-03-16 09:40:18', '+0000'), enc: 'utf8b64',
    subject: 'バッジが再発行されました',
    html: htmlDoc(`<p>${YUTO.ja} 様</p>
<p>Amazon Web Services Training and Certification が、あなたのメールアドレス ${YUTO.keep} 宛てにバッジ「AWS Certified Security - Specialty」を再発行しました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/accept">バッジを入手する</a></p>`, 'ja'),
  }),
  sup({
    slug: 'sjis-badge-mo-ikou-zumi', kind: 'badges_transferred', lang: 'ja', caseId: CASE.miki, to: M, date: d('2026-02-12 04:30:00', '+0000'), enc: 'sjisb64',
    note: 'support says the Credly badges now sit on the kept account',
    text: `高橋様

Credly のデジタルバッジについても、統合先のメールアドレス ${MIKI.keep} へ移行済みです。
Credly にログインしてご確認ください。

佐々木
AWS トレーニングと認定 カスタマーサポート`,
  }),
  other({
    slug: 'credly-kyu-address-resent', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: true, auth: 'pass', forUser: false,
    note: 'AWS badge via Credly, but bounced on from the old company to a colleague (Resent-*): not for the user',
    from: CREDLY_AWS, to: `${KENJI.ja} <${KENJI.src}>`, date: d('2026-01-23 18:20:02', '+0000'), enc: 'utf8qp',
    resent: { from: 'postmaster@corp-a.example.co.jp', to: `${SUZUKI.ja} <${SUZUKI.addr}>`, date: d('2026-01-24 09:01:00', '+0900') },
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `${KENJI.ja} 様
Amazon Web Services Training and Certification からバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/accept`,
  }),
];

// ---------------------------------------------------------------- case_closed (7)
const closed: Msg[] = [
  sup({
    slug: 'mikka-inai-jido-close', kind: 'case_closed', lang: 'ja', caseId: CASE.yuto2, to: Y, date: d('2026-03-20 01:00:00', '+0000'),
    note: 'the case will close automatically in 3 days without a reply',
    subject: `RE:[CASE ${CASE.yuto2}] [AWS Training and Certification Form Submission] - account-assistance`,
    text: `小林様

先日のご案内に対し、まだご返信をいただいておりません。
3 日以内にご返信がない場合、本ケースは自動的にクローズされます。
引き続きサポートが必要な場合は、このメールにご返信ください。

AWS トレーニングと認定 サポート`,
  }),
  other({
    slug: 'kaiketsu-zumi-notify', kind: 'case_closed', lang: 'ja', caseId: CASE.miki, trusted: true, auth: 'pass',
    note: 'AWS Support notification: the case has been marked resolved',
    from: AWS_NOTIFY, to: M, date: d('2026-02-13 00:10:22', '+0000'), enc: 'utf8qp',
    subject: `[Case ${CASE.miki}] ケースは解決済みになりました`,
    text: `お客様のケース ${CASE.miki} は解決済みとしてマークされました。

さらにサポートが必要な場合は、サポートセンターからケースを再開してください。
https://support.console.aws.amazon.com/support/home

Amazon Web Services`,
  }),
  sup({
    slug: 'senshu-kanryo-zumi-close', kind: 'case_closed', lang: 'ja', caseId: CASE.kenji2, to: K, date: d('2026-04-14 02:33:10', '+0000'), trap: true,
    note: 'closing notice that only restates last week\'s merge',
    text: `中村様

先週ご案内いたしましたとおり、アカウントの統合はすでに完了しております。
その後ご質問がございませんでしたので、本ケースはクローズとさせていただきます。

${SIG_JA}  小野`,
  }),
  other({
    slug: 'close-gaibu-authserv', kind: 'case_closed', lang: 'ja', caseId: CASE.yuto, trusted: false, auth: 'otherOnly',
    note: 'closing text; only a foreign authserv-id A-R below the Received line: untrusted',
    from: SUPPORT, to: Y, date: d('2026-03-21 03:03:03', '+0000'), enc: 'sjis8',
    subject: formSubject(CASE.yuto),
    text: `小林様

本件はクローズいたしました。ご利用ありがとうございました。

AWS Training and Certification`,
  }),
  other({
    slug: 'html-close-oshirase', kind: 'case_closed', lang: 'ja', caseId: CASE.kenji, trusted: true, auth: 'pass',
    note: 'HTML-only notice that the case was closed',
    from: AWS_NOTIFY, to: K, date: d('2026-01-30 00:00:41', '+0000'), enc: 'utf8b64',
    subject: `ケース ${CASE.kenji} がクローズされました`,
    html: htmlDoc(`<p>お客様</p>
<p>サポートケース <b>${CASE.kenji}</b> はクローズされました。</p>
<p>ケースの履歴はサポートセンターでいつでもご覧いただけます。同じ問題が再発した場合は、新しいケースを作成してください。</p>`, 'ja'),
  }),
  sup({
    slug: 'choufuku-case-close', kind: 'case_closed', lang: 'ja', caseId: CASE.mikiDup, to: M, date: d('2026-02-05 09:09:09', '+0000'), enc: 'jisb64', trap: true,
    note: 'this duplicate case is folded into the main one and closed; not the account merge',
    text: `高橋様

同じご依頼で複数のケースが作成されていたため、本ケース(${CASE.mikiDup})は ${CASE.miki} に統合し、こちらはクローズいたします。
今後のやり取りは ${CASE.miki} にてお願いいたします。

${SIG_JA}`,
  }),
  sup({
    slug: 'henshin-nashi-close', kind: 'case_closed', lang: 'ja', caseId: CASE.kenjiDup, to: `${KENJI.ja} <${KENJI.src}>`, date: d('2026-02-02 06:00:00', '+0000'),
    note: 'no reply received, so the case is closed now',
    text: `ご担当者様

ご返信がございませんでしたので、本ケースはクローズいたします。
再度ご相談がある場合は、このメールに返信いただければケースが再開されます。

${SIG_JA}`,
  }),
];

// ---------------------------------------------------------------- support_reply (8)
const reply: Msg[] = [
  sup({
    slug: 'choufuku-case-matomemashita', kind: 'support_reply', lang: 'ja', caseId: CASE.miki, to: M, date: d('2026-02-05 09:10:40', '+0000'), trap: true,
    note: 'duplicate support cases were combined; the account merge itself continues',
    text: `高橋様

重複して作成されたケース ${CASE.mikiDup} は、こちらのケースにまとめました。
アカウントの統合については引き続き本ケースで対応いたします。

佐々木
${SIG_JA}`,
  }),
  sup({
    slug: 'kanryo-shidai-renraku', kind: 'support_reply', lang: 'ja', caseId: CASE.yuto, to: Y, date: d('2026-03-13 00:20:00', '+0000'), enc: 'utf8qp', trap: true,
    note: 'future: "will contact you once the merge is done"; handed to the team',
    text: `小林様

ご返信ありがとうございます。担当チームに統合作業を依頼しました。
統合が完了しましたら、改めてご連絡いたします。今しばらくお待ちください。

AWS トレーニングと認定 サポート`,
  }),
  sup({
    slug: 'gokakunin-arigatou-irai-zumi', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, to: K, date: d('2026-01-21 23:58:02', '+0000'), trap: true,
    note: 'thanks for confirming; request passed on to the team',
    text: `中村様

ご確認いただきありがとうございます。
担当部署へ作業を依頼いたしましたので、完了まで少々お待ちください。

森
${SIG_JA}`,
  }),
  sup({
    slug: 'nokosu-hou-kara-renraku', kind: 'support_reply', lang: 'ja', caseId: CASE.mikiDup, to: `${MIKI.ja} <${MIKI.src}>`, date: d('2026-02-04 22:00:00', '+0000'), enc: 'sjis8', trap: true,
    note: '"write from the address you keep" without asking for any data',
    text: `高橋様

お問い合わせありがとうございます。
セキュリティ上の理由から、統合先として残すアカウントのメールアドレスよりご連絡いただけますでしょうか。

${SIG_JA}`,
  }),
  sup({
    slug: 'mada-mikanryo-eigyoubi', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji2, to: K, date: d('2026-04-06 08:12:00', '+0000'), enc: 'jisb64', trap: true,
    note: 'negated: the merge is not yet complete, expected in a few business days',
    text: `中村様

ご連絡ありがとうございます。
現時点ではまだ統合は完了しておりません。通常 3 から 5 営業日ほどかかりますので、もうしばらくお待ちください。

小野 / ${SIG_JA}`,
  }),
  sup({
    slug: 'badge-mada-credly-kakunin-chu', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, to: K, date: d('2026-01-24 07:07:07', '+0000'), trap: true,
    note: 'badges have not moved yet; support is checking with Credly',
    text: `中村様

Credly のバッジがまだ移っていないとのこと、承知しました。
現在、Credly 担当チームに確認を依頼しております。進捗があり次第お知らせします。

森
${SIG_JA}

2026/01/24 15:40、${KENJI.ja} <${KENJI.keep}>のメール:

> 統合ありがとうございました。Credlyのバッジがまだ前のアドレスのままです。
> 確認お願いできますか。
>
> iPhoneから送信`,
  }),
  sup({
    slug: 'waribiki-tokuten-kaito', kind: 'support_reply', lang: 'ja', caseId: CASE.miki, to: M, date: d('2026-02-12 05:55:00', '+0000'), enc: 'utf8b64',
    note: 'answers a question about the 50% exam discount benefit',
    text: `高橋様

ご質問ありがとうございます。
次回受験の 50% 割引特典は、統合先アカウントの「特典」ページに表示されます。有効期限は元の特典と同じです。

ほかにご不明な点があればお知らせください。
佐々木`,
  }),
  sup({
    slug: 'escalation-tantou-bumon', kind: 'support_reply', lang: 'ja', caseId: CASE.yuto, to: Y, date: d('2026-03-11 03:30:00', '+0000'), crlf: false,
    note: 'escalated to the specialist team; status update only',
    text: `小林様

お問い合わせの件は専門チームへエスカレーションしました。
回答までにお時間をいただく場合がありますが、ご了承くだい。

AWS トレーニングと認定 サポート
${threadRef('00D5f0Y7.500Qy2' + CASE.yuto.slice(-4))}`,
  }),
];

// ---------------------------------------------------------------- unrelated (10)
const unrel: Msg[] = [
  other({
    slug: 'anketo-kaiketsu-shimashitaka', kind: 'unrelated', lang: 'ja', caseId: CASE.miki, trusted: true, auth: 'pass', trap: true,
    note: 'satisfaction survey ("was it resolved?"): not part of the case flow',
    from: 'AWS Support Survey <no-reply-aws@amazon.com>', to: M, date: d('2026-02-14 02:00:00', '+0000'), enc: 'utf8qp',
    subject: 'AWS サポートに関するアンケートのお願い',
    text: `先日はケース ${CASE.miki} でサポートをご利用いただきありがとうございました。
問題は解決しましたか? 1 分ほどのアンケートにご協力ください。

https://survey.aws.example/ja?case=${CASE.miki}`,
  }),
  other({
    slug: 'microsoft-via-credly-hakko', kind: 'unrelated', lang: 'ja', caseId: null, trusted: true, auth: 'pass', trap: true,
    note: 'Credly badge from another issuer (Microsoft)',
    from: 'Microsoft via Credly <admin@credly.com>', to: K, date: d('2026-01-25 15:00:12', '+0000'), enc: 'utf8b64',
    subject: 'Microsoftのバッジ発行のお知らせ',
    text: `${KENJI.ja} 様
Microsoft から新しいバッジ「Microsoft Certified: Azure Fundamentals」が発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/accept`,
  }),
  other({
    slug: 'credly-account-togo-code', kind: 'unrelated', lang: 'ja', caseId: null, trusted: true, auth: 'pass', trap: true,
    note: 'Credly\'s own account-merge verification code, not the certification merge',
    from: 'Credly <admin@credly.com>', to: Y, date: d('2026-03-16 13:05:00', '+0000'), enc: 'utf8qp',
    subject: 'Credly アカウントの統合を完了してください',
    text: `Credly アカウントの統合をリクエストされました。
以下の確認コードを入力して統合を完了してください。

確認コード: 482913

このリクエストに心当たりがない場合は、このメールを無視してください。`,
  }),
  other({
    slug: 'pearson-yoyaku-kakutei', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, auth: 'pass', trap: true,
    note: 'test-center appointment confirmation; not support mail',
    from: 'Pearson VUE <pearsonvuereminders@pearson.example.com>', to: M, date: d('2026-02-15 08:00:00', '+0900'),
    subject: '試験予約の確認: AWS Certified Solutions Architect - Professional',
    text: `${MIKI.ja} 様

以下の試験のご予約が確定しました。内容をご確認ください。
試験: AWS Certified Solutions Architect - Professional
日時: 2026年3月2日 10:00
会場: オンライン監督試験

Pearson VUE`,
  }),
  other({
    slug: 'fuzai-jidou-outou-suzuki', kind: 'unrelated', lang: 'ja', caseId: CASE.kenji, trusted: false, auth: 'none', trap: true,
    note: 'colleague\'s out-of-office auto-reply mentioning the merge matter',
    from: `${SUZUKI.ja} <${SUZUKI.addr}>`, to: `${KENJI.ja} <${KENJI.src}>`, date: d('2026-01-21 16:00:01', '+0900'),
    subject: `自動応答: RE:[CASE ${CASE.kenji}] [AWS Training and Certification Form Submission] - account-assistance`,
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `1月26日まで不在にしております。
アカウント統合の件など、戻り次第確認いたします。
急ぎの場合は ${TEAM_LIST} までご連絡ください。
鈴木`,
  }),
  other({
    slug: 'jibun-tensou-memo', kind: 'unrelated', lang: 'ja', caseId: CASE.kenji, trusted: false, auth: 'none', trap: true,
    note: 'the user\'s own forward to his other address: no news from support',
    from: `${KENJI.ja} <${KENJI.src}>`, to: `${KENJI.ja} <${KENJI.keep}>`, date: d('2026-01-22 19:12:00', '+0900'),
    subject: `Fwd: RE:[CASE ${CASE.kenji}] [AWS Training and Certification Form Submission] - account-assistance`,
    text: `自分用メモ。統合完了の連絡が来たので念のため転送。
バッジは後で確認すること。

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: 2026年1月22日(木) 18:03
Subject: ${formSubject(CASE.kenji)}
To: ${K}

中村様
ご依頼いただいた認定アカウントの統合が完了いたしました。`,
  }),
  other({
    slug: 'douryou-shitsumon-sjis', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, auth: 'none', trap: true,
    note: 'a colleague asks how the user merged; not from support',
    from: `${SUZUKI.ja} <${SUZUKI.addr}>`, to: `${KENJI.ja} <${KENJI.src}>`, date: d('2026-01-27 12:31:00', '+0900'), enc: 'sjis8',
    subject: 'AWS認定のアカウント統合について',
    text: `中村さん

お疲れさまです。鈴木です。
AWS認定のアカウント統合、完了したと聞きました。
どのくらい日数がかかったか、バッジも移ったか、今度教えてもらえますか。

鈴木`,
  }),
  other({
    slug: 'benkyoukai-git-merge', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, auth: 'pass', trap: true,
    note: 'community event mail ("merge" means git); not part of the case',
    from: 'JAWS-UG 東京 <noreply@events.example.jp>', to: Y, date: d('2026-03-18 10:00:00', '+0900'), enc: 'utf8qp',
    subject: '【参加確定】JAWS-UG 勉強会: CodeCommit から GitHub への移行とマージ戦略',
    text: `${YUTO.ja} さん

勉強会へのお申し込みが確定しました。当日は受付で QR コードをご提示ください。
テーマ: リポジトリ統合とマージ戦略
日時: 2026/04/10 19:00-21:00

JAWS-UG 運営`,
  }),
  other({
    slug: 'skill-builder-shuryo', kind: 'unrelated', lang: 'ja', caseId: null, trusted: true, auth: 'pass', trap: true,
    note: 'Skill Builder course-completion notice: "完了" but not the merge',
    from: 'AWS Skill Builder <no-reply@aws.training>', to: M, date: d('2026-02-20 04:00:00', '+0000'),
    subject: 'コースを修了しました: AWS Cloud Practitioner Essentials',
    text: `${MIKI.ja} 様

おめでとうございます。コース「AWS Cloud Practitioner Essentials」の受講が完了しました。
修了証は Skill Builder の「マイトランスクリプト」からダウンロードできます。

AWS Skill Builder`,
  }),
  other({
    slug: 'shiken-kekka-gokaku', kind: 'unrelated', lang: 'ja', caseId: null, trusted: true, auth: 'pass', trap: true,
    note: 'exam result notice (mentions a badge to come); not part of the merge case',
    from: PORTAL, to: Y, date: d('2026-03-25 07:30:00', '+0000'), enc: 'utf8b64',
    subject: 'AWS 認定試験の結果のお知らせ',
    text: `${YUTO.ja} 様

AWS Certified Developer - Associate 試験に合格されました。おめでとうございます。
デジタルバッジは数日以内に Credly からメールでお届けします。

AWS Certification`,
  }),
];

export const JA: Msg[] = [...ack, ...ai, ...info, ...conf, ...merged, ...badges, ...closed, ...reply, ...unrel];
void Kj; void TEAM_LIST;
