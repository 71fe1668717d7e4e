// Set bg, Japanese part 1: receipts, AI answers, information and consent requests in the new case.
import type { Msg } from './lib.js';
import {
  AYA, FORM, KEN, MISAKI, NAOKI, NOREPLY, RIE, RYO, SHO, SUPPORT_SYS,
  OLD_CLOSE_JA, caseHistory, caseSubj, caseSubjBare, d, gmailJa, html, mk, outlookJa, ref,
} from './common.js';

export const JA1: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ja-ack-ken-third', kind: 'acknowledgement', lang: 'ja', caseId: KEN.newCase,
    note: 'automatic receipt of the new case opened for the third (old employer) account',
    from: NOREPLY, to: `${KEN.ja} <${KEN.keep}>`, subject: `AWS サポート: ケース ${KEN.newCase} を受け付けました`,
    date: d('2026-09-28 10:14:03', '+0000'), enc: 'jis7', wholeSubject: true,
    text: `${KEN.ja} 様

AWS トレーニングと認定へのお問い合わせ、ありがとうございます。
下記の番号でケースを作成しました。

ケース ID: ${KEN.newCase}
件名: 認定アカウントの統合(3 件目)

担当者が内容を確認し、通常 24 時間以内にこのアドレス宛てにご連絡します。
同じ内容で別のケースを作成されますと回答が遅れる場合がありますので、ご注意ください。

このメールは送信専用アドレスから送られています。`,
  }),
  mk({
    slug: 'ja-ack-misaki-voucher', kind: 'acknowledgement', lang: 'ja', caseId: MISAKI.newCase, trap: true,
    note: 'receipt of the new voucher case; the line saying the 2025 case was resolved only restates history',
    from: NOREPLY, to: MISAKI.keep, subject: `[AWS Training and Certification] お問い合わせ番号 ${MISAKI.newCase}`,
    date: d('2026-10-03 02:41:55', '+0000'), enc: 'utf8b64',
    text: `高橋 美咲 様

お問い合わせを承りました(ケース ${MISAKI.newCase})。
お問い合わせの種類: AWS トレーニングと認定 / 認定 / アカウントの統合(統合後の特典)

なお、以前のケース ${MISAKI.oldCase}(アカウントの統合)は 2025 年 3 月に解決済みとなっております。今回のお問い合わせは新しいケースとして担当チームが対応いたします。

回答まで 1 営業日ほどお待ちください。`,
    html: html(`高橋 美咲 様

お問い合わせを承りました(ケース ${MISAKI.newCase})。
お問い合わせの種類: AWS トレーニングと認定 / 認定 / アカウントの統合(統合後の特典)

なお、以前のケース ${MISAKI.oldCase}(アカウントの統合)は 2025 年 3 月に解決済みとなっております。今回のお問い合わせは新しいケースとして担当チームが対応いたします。

回答まで 1 営業日ほどお待ちください。`),
  }),
  mk({
    slug: 'ja-ack-aya-fields', kind: 'acknowledgement', lang: 'ja', caseId: AYA.newCase,
    note: 'receipt that echoes the submitted form fields back',
    from: NOREPLY, to: `伊藤 彩 <${AYA.keep}>`, subject: `ケース ${AYA.newCase}: お問い合わせ受付のお知らせ`,
    date: d('2026-11-02 08:03:40', '+0000'), enc: 'sjis8',
    text: `伊藤様

この度は AWS へお問い合わせいただき誠にありがとうございます。
以下の内容で受付が完了しています。

----------------------------------------
受付番号      : ${AYA.newCase}
お問い合わせ種別: AWS トレーニングと認定
問題の種類    : 認定 > アカウントの統合
お名前        : 伊藤 彩
会社名        : (未入力)
AWS 受験者 ID : ${AYA.keepId}
----------------------------------------

担当より折り返しご連絡いたします。今しばらくお待ちくださいませ。`,
  }),
  mk({
    slug: 'ja-ack-sho-bare', kind: 'acknowledgement', lang: 'ja', caseId: SHO.newCase,
    note: 'receipt that names only the case number, no topic; read as a receipt',
    from: SUPPORT_SYS, to: SHO.keep, subject: `ケース ${SHO.newCase} を受け付けました`,
    date: d('2026-10-19 23:58:12', '+0000'), enc: 'jisb64', auth: 'dkimonly',
    text: `お問い合わせありがとうございます。
ケース番号 ${SHO.newCase} で承りました。
ご返信の際は件名のケース番号を変えずにお送りください。

AWS サポート`,
  }),
  mk({
    slug: 'ja-ack-rie-mixed', kind: 'acknowledgement', lang: 'ja', caseId: RIE.newCase,
    note: 'receipt with English boilerplate above the Japanese text',
    from: FORM, to: RIE.keep, subject: caseSubjBare(RIE.newCase),
    date: d('2026-09-07 05:22:31', '+0000'), enc: 'utf8qp',
    text: `This is an automated message. Please do not remove the case number from the subject line.

山本 理恵 様

AWS トレーニングと認定 カスタマーサービスです。ケース ${RIE.newCase} としてご依頼を記録しました。1 営業日以内を目安に担当者よりご連絡差し上げます。

${ref('RIE01')}`,
  }),
  mk({
    slug: 'ja-ack-naoki-newfromold', kind: 'acknowledgement', lang: 'ja', caseId: NAOKI.newCase, trap: true,
    note: 'a reply to the closed 2025 thread was filed as a new case: receipt; old closing text only quoted',
    from: NOREPLY, to: NAOKI.keep, subject: `RE: [CASE ${NAOKI.oldCase}] 新しいケース ${NAOKI.newCase} として受付`,
    date: d('2026-11-11 01:09:47', '+0000'), enc: 'jis7',
    text: `加藤 直樹 様

ご返信いただいたケース ${NAOKI.oldCase} はすでにクローズされているため、いただいた内容を新しいケース ${NAOKI.newCase} として登録しました。
以後のやり取りはこの新しいケース番号でお願いいたします。担当者から改めてご連絡します。

${caseHistory('2025-02-20 06:12', FORM, caseSubj(NAOKI.oldCase), `${OLD_CLOSE_JA}\nご利用ありがとうございました。`)}`,
  }),
  mk({
    slug: 'ja-ack-forged-sho', kind: 'acknowledgement', lang: 'ja', caseId: SHO.newCase, trusted: false,
    note: 'look-alike domain (aws-training-jp.net) sending a receipt; fails the trust rule',
    from: 'AWS トレーニングと認定 <support@aws-training-jp.net>', to: SHO.keep, subject: `【受付完了】ケース ${SHO.newCase} アカウント統合`,
    date: d('2026-10-20 03:30:00', '+0900'), enc: 'utf8qp',
    text: `渡辺 翔 様

アカウント統合のお申し込みを受け付けました(ケース ${SHO.newCase})。
本人確認のため、下記ページから認定アカウントへサインインしてください。
https://aws-training-jp.net/verify?case=${SHO.newCase}

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-ack-ryo-html', kind: 'acknowledgement', lang: 'ja', caseId: '1786301152',
    note: 'HTML-only receipt of a fresh case Ryo opened before learning his old case could be reopened',
    from: NOREPLY, to: RYO.keep, subject: `AWS Support: Case 1786301152 を受け付けました`,
    date: d('2026-08-30 12:47:09', '+0000'), enc: 'utf8b64',
    html: `<html><body><table width="600"><tr><td>
<p>小林 亮 様</p>
<p>お問い合わせいただきありがとうございます。ケース <b>1786301152</b> を作成いたしました。</p>
<p>担当者が確認のうえ、ご登録のメールアドレスにご連絡いたします。回答には 24 時間ほどいただく場合があります。</p>
<p style="color:#666">Amazon Web Services, Inc. はアマゾン ドット コム インクの関連会社です。</p>
</td></tr></table></body></html>`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ja-ai-ken-tool', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'generated answer pointing to the self-service Merge Accounts tool before a case exists',
    from: NOREPLY, to: KEN.keep, subject: 'AWS サポートからの回答候補(自動生成)',
    date: d('2026-09-28 10:02:44', '+0000'), enc: 'utf8qp',
    text: `この回答は生成 AI によって作成されたもので、内容が正確でない場合があります。

ご質問: 以前の勤務先で作った 3 つ目の認定アカウントを、今のアカウントにまとめたい

回答候補:
認定アカウントは、AWS 認定ポータルの「プロフィール」からアクセスできるアカウント統合(Merge Accounts)ツールで、ご自身でまとめることができます。残したいアカウントにサインインし、もう一方のアカウントのログイン情報を入力してください。
両方のアカウントに認定の履歴がある場合、ツールでは処理できないことがあります。その場合は「ケースを作成」からお問い合わせください。

この回答で解決しましたか? はい / いいえ`,
  }),
  mk({
    slug: 'ja-ai-misaki-voucher', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI answer about vouchers after a merge; mentions merged accounts and benefits moving but it is the generated answer',
    from: NOREPLY, to: MISAKI.keep, subject: '[自動回答] 特典バウチャーが表示されない',
    date: d('2026-10-03 02:30:18', '+0000'), enc: 'jis7',
    text: `自動生成された回答です。

アカウントの統合が完了している場合、統合元アカウントの特典(次回の試験に使える 50% 割引バウチャーなど)は、統合先アカウントの「特典」タブに表示されます。表示まで数日かかることがあります。
使用済みのバウチャーや有効期限切れのバウチャーは表示されません。
解決しない場合は、このページ下部の「ケースを作成」を選んでください。`,
  }),
  mk({
    slug: 'ja-ai-aya-sso', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI answer suggesting Builder ID sign-in and the merge tool; top-posted over the customer question',
    from: 'AWS Training and Certification <no-reply@aws.training>', to: AYA.keep, subject: 'AI アシスタントの回答: 認定アカウントの統合',
    date: d('2026-11-02 07:55:26', '+0000'), enc: 'utf8b64',
    text: `伊藤様、ご質問ありがとうございます。以下は AI アシスタントが作成したご案内です。

1. AWS Builder ID で認定ポータルにサインインします
2. 画面右上の名前から「Profile」>「Merge Accounts」を開きます
3. 統合したいもう一方のアカウントのメールアドレスを入力し、画面の指示に従います

すでに一度統合したアカウントに、さらに別のアカウントをまとめることも可能です。ツールでエラーが出る場合は、人による対応をご依頼ください。

--- お客様の入力 ---
前職(2 社前)のアドレスで取った CLF が別アカウントに残っていました。去年まとめてもらったアカウントに入れたいです。`,
  }),
  mk({
    slug: 'ja-ai-rie-sjis', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'automated suggestion in Shift_JIS with step list',
    from: NOREPLY, to: RIE.keep, subject: 'ご質問への自動回答です',
    date: d('2026-09-07 05:10:02', '+0000'), enc: 'sjisb64',
    text: `山本 理恵 様

Amazon の AI が次の手順をおすすめしています:
・まず統合先にしたいアカウントでサインイン
・「アカウントのマージ」ツールで統合元のメールアドレスとパスワードを入力
・数分後に認定履歴が反映されているかを確認

うまくいかなかったときは、お手数ですがお問い合わせフォームから担当者にご相談ください。
(この案内は自動で作成されました)`,
  }),
  mk({
    slug: 'ja-ai-naoki-badges', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI answer that explains badges move after a merge; still an automated answer',
    from: NOREPLY, to: NAOKI.keep, subject: '生成 AI による回答: Credly バッジについて',
    date: d('2026-11-11 00:48:30', '+0000'), enc: 'jisb64',
    text: `加藤 直樹 様

お問い合わせ内容をもとに、生成 AI が回答を作成しました。

統合が終わると、Credly のバッジは統合先アカウントのメールアドレスに紐づきます。バッジが移っていないときは、統合先のアドレスで Credly にサインインし、バッジを受け取り直してください。先に統合、そのあとでバッジの受け取り、の順番がおすすめです。

担当者への問い合わせを希望される場合は「ケースを作成」を押してください。`,
  }),
  mk({
    slug: 'ja-ai-sho-forged', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: false, auth: 'lookalikeServer',
    note: 'AI answer whose Authentication-Results comes from a look-alike authserv-id',
    from: NOREPLY, to: SHO.keep, subject: 'AWS サポート: おすすめの解決方法',
    date: d('2026-10-19 23:40:51', '+0000'), enc: 'jis7',
    text: `この回答は AI が自動生成しました。

複数の認定アカウントをお持ちの場合は、Merge Accounts ツールをご利用ください。過去に統合済みのアカウントがあっても、新たに見つかったアカウントを同じ方法で追加できます。
解決しない場合はケースを作成してください。`,
  }),
  mk({
    slug: 'ja-ai-ryo-short', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'short automated answer from the support.aws.com sender',
    from: SUPPORT_SYS, to: RYO.keep, subject: '自動回答: 認定資格が表示されない',
    date: d('2026-08-30 12:35:40', '+0000'), enc: 'utf8qp', auth: 'dkimonly',
    text: `自動でお答えしています。
統合後に認定が見えないときは、ブラウザのキャッシュを消してから Builder ID で入り直してみてください。
それでも解決しないなら、以前のケース番号を添えて担当者にお問い合わせください。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'ja-info-ken-third', kind: 'info_request', lang: 'ja', caseId: KEN.newCase, trap: true,
    note: 'asks for the third account data and which to keep; restates the 2025 merge as background',
    from: FORM, to: KEN.keep, subject: caseSubj(KEN.newCase),
    date: d('2026-09-29 01:37:15', '+0000'), enc: 'jis7',
    text: `中村 健一 様

AWS トレーニングと認定 カスタマーサービスの田村です。
2025 年 6 月のケース ${KEN.oldCase} で、${KEN.oldId} は ${KEN.keepId} に統合済みであることを確認しました。

今回の 3 件目について作業を進めるにあたり、次の点をお知らせいただけますでしょうか。
- 旧勤務先(ベータソフト)時代のアカウントの受験者 ID
- そのアカウントのログイン用メールアドレスと、通知先メールアドレス
- 今後お使いになるアカウント(${KEN.keepId} のままでよろしいか)

ご返信をお待ちしております。

${ref('KEN01')}`,
  }),
  mk({
    slug: 'ja-info-misaki-screens', kind: 'info_request', lang: 'ja', caseId: MISAKI.newCase, trap: true,
    note: 'asks for a screenshot and the exam date; says the merge was completed last year (restated)',
    from: FORM, to: MISAKI.keep, subject: caseSubj(MISAKI.newCase),
    date: d('2026-10-04 06:18:02', '+0000'), enc: 'sjisb64',
    text: `高橋様

お問い合わせありがとうございます。
昨年 3 月にアカウントの統合は完了しており、その際の特典は ${MISAKI.keepId} に移っております。
今回見当たらないとおっしゃるバウチャーについて調べるため、再認定試験を受けられた日付と、特典タブの画面のスクリーンショットを添えてご返信くださいますか。
また、試験の予約時にサインインされたメールアドレスも併せて教えていただけると助かります。

よろしくお願いいたします。
AWS Training & Certification サポート 小野`,
  }),
  mk({
    slug: 'ja-info-ryo-reopened', kind: 'info_request', lang: 'ja', caseId: RYO.newCase, trap: true,
    note: 'the 2025 case reopened; asks which certifications are missing; the old completion/closing is only quoted',
    from: FORM, to: RYO.keep, subject: caseSubj(RYO.newCase),
    date: d('2026-08-31 09:02:26', '+0000'), enc: 'utf8qp',
    text: `小林 亮 様

ケース ${RYO.newCase} を再開しました。前回の対応から 1 年以上経っておりますので、状況を改めて伺えれば幸いです。
表示されなくなった認定の名称と取得日、それぞれの認定番号(検証番号)が分かりましたら、このメールへの返信でお送りください。再認定の試験を受けられた日付も分かれば併記をお願いします。

引き続きよろしくお願いいたします。
AWS トレーニングと認定 サポートチーム

${caseHistory('2025-05-19 04:40', FORM, caseSubj(RYO.oldCase), `小林様\n統合元 ${RYO.oldId} の認定は ${RYO.keepId} に反映済みです。\n${OLD_CLOSE_JA}`)}`,
  }),
  mk({
    slug: 'ja-info-aya-which', kind: 'info_request', lang: 'ja', caseId: AYA.newCase, trap: true,
    note: 'asks which e-mail to keep, phrased as ご確認のうえお知らせください (confirmation words, information request)',
    from: FORM, to: AYA.keep, subject: caseSubj(AYA.newCase),
    date: d('2026-11-03 02:12:48', '+0000'), enc: 'jis7',
    text: `伊藤 彩 様

このたびはご連絡ありがとうございます。AWS トレーニングと認定の佐々木です。
ゼータワークス時代のアカウント(${AYA.thirdId})を見つけることができました。
統合後にお使いになるメールアドレスは ${AYA.keep} でお間違いないか、ご確認のうえお知らせください。
あわせて、当該アカウントの通知先アドレスが今も受信できるものかどうかも教えていただけますと幸いです。

何卒よろしくお願い申し上げます。`,
  }),
  mk({
    slug: 'ja-info-sho-fromkept', kind: 'info_request', lang: 'ja', caseId: SHO.newCase,
    note: 'asks to write from the kept address and to send both candidate IDs; Outlook quote of the request below',
    from: FORM, to: SHO.keep, subject: caseSubj(SHO.newCase),
    date: d('2026-10-21 04:55:13', '+0000'), enc: 'jisb64',
    text: `渡辺様

ご依頼の件、承知しました。
セキュリティの都合上、残される方のアカウントに登録されたメールアドレスから、両アカウントの受験者 ID(AWS から始まる番号)を記載して返信いただけますか。
ID はポータルの「My Profile」>「Identification」で確認できます。

AWS T&C カスタマーサポート

${outlookJa('2026-10-20 08:51', `渡辺 翔 <${SHO.keep}>`, FORM, `[CASE ${SHO.newCase}] アカウントの統合`)}

お世話になります。
前職(シータラボ)で作った認定アカウントを、昨年統合したアカウントにまとめたいです。
よろしくお願いします。`,
  }),
  mk({
    slug: 'ja-info-rie-company', kind: 'info_request', lang: 'ja', caseId: RIE.newCase,
    note: 'asks for name, company and candidate IDs; multipart alternative',
    from: FORM, to: RIE.keep, subject: caseSubj(RIE.newCase),
    date: d('2026-09-08 01:20:39', '+0000'), enc: 'utf8b64',
    text: `山本様

ご連絡ありがとうございます。本件の担当となりました堀と申します。
恐れ入りますが、下記 3 点を本メールにご返信ください。
(1) フルネーム(認定アカウントに登録のとおり)
(2) 旧アカウント作成当時の会社名
(3) 旧アカウントの受験者 ID、または登録メールアドレス

情報がそろい次第、統合の準備を始めます。`,
    html: html(`山本様

ご連絡ありがとうございます。本件の担当となりました堀と申します。
恐れ入りますが、下記 3 点を本メールにご返信ください。
(1) フルネーム(認定アカウントに登録のとおり)
(2) 旧アカウント作成当時の会社名
(3) 旧アカウントの受験者 ID、または登録メールアドレス

情報がそろい次第、統合の準備を始めます。`),
  }),
  mk({
    slug: 'ja-info-naoki-confirmword', kind: 'info_request', lang: 'ja', caseId: NAOKI.newCase, trap: true,
    note: 'information request worded with 確認; asks for the list of certifications on each account',
    from: FORM, to: NAOKI.keep, subject: caseSubj(NAOKI.newCase),
    date: d('2026-11-12 05:44:21', '+0000'), enc: 'sjis8',
    text: `加藤 直樹 様

確認させていただきたいことがございます。
ミューシステムズのアドレスで作られたアカウントと、現在お使いのアカウントのそれぞれで、保有されている認定(名称と有効期限)を一覧にしてお送りいただけますか。
前回ケース ${NAOKI.oldCase} の記録と照らし合わせ、重複がないかを確かめたうえで次のご案内をいたします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-info-ken-login', kind: 'info_request', lang: 'ja', caseId: KEN.newCase,
    note: 'second information request: the ID sent does not match; asks for the login address again (mobile-style short)',
    from: FORM, to: KEN.keep, subject: caseSubj(KEN.newCase),
    date: d('2026-10-01 03:09:57', '+0000'), enc: 'utf8qp',
    text: `中村様

お送りいただいた ${KEN.thirdId} のアカウントですが、ご記入のアドレスではログイン履歴が見つかりませんでした。
ベータソフト在籍中にサインインに使っていたアドレスが別にあれば、それを教えてください。

田村

${gmailJa('2026-09-30 22:15', `${KEN.ja} <${KEN.keep}>`)}
> 田村様
> 3 件目の ID は ${KEN.thirdId}、アドレスは ${KEN.third} です。
> 残すのは前回と同じ ${KEN.keepId} でおねがします。`,
  }),
  mk({
    slug: 'ja-info-forged-ken', kind: 'info_request', lang: 'ja', caseId: KEN.newCase, trusted: false, auth: 'forgedBelow',
    note: 'asks for password; the only dmarc=pass sits below the server Received line (forged)',
    from: FORM, to: KEN.keep, subject: caseSubj(KEN.newCase),
    date: d('2026-09-30 11:00:12', '+0000'), enc: 'jis7',
    text: `中村様

統合作業のため、3 つのアカウントすべてのパスワードを本メールに記載してご返信ください。
本日中にご返信がない場合、統合済みのアカウントも停止されます。`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'ja-conf-ken-third', kind: 'confirmation_request', lang: 'ja', caseId: KEN.newCase, trap: true,
    note: 'asks consent for merging the third account; restates the earlier completed merge',
    from: FORM, to: KEN.keep, subject: caseSubj(KEN.newCase),
    date: d('2026-10-02 02:26:40', '+0000'), enc: 'jis7',
    text: `中村 健一 様

ご確認ありがとうございました。前回 ${KEN.oldId} を統合した ${KEN.keepId} に、今回 ${KEN.thirdId} を統合します。
統合を実行すると元に戻すことはできず、${KEN.thirdId} は利用できなくなります。
この内容で差し支えなければ、「統合に同意します」とご返信ください。ご返信を確認してから作業に入ります。

田村`,
  }),
  mk({
    slug: 'ja-conf-misaki-dup', kind: 'confirmation_request', lang: 'ja', caseId: MISAKI.newCase,
    note: 'the missing voucher sits on an account created at recertification; asks consent to merge it, irreversible',
    from: FORM, to: MISAKI.keep, subject: caseSubj(MISAKI.newCase),
    date: d('2026-10-06 07:31:18', '+0000'), enc: 'sjisb64',
    text: `高橋様

スクリーンショットありがとうございました。
調べたところ、今年の再認定の際に ${MISAKI.third} で新しいアカウント(${MISAKI.thirdId})が作られており、バウチャーはそちらに付与されていました。
このアカウントを ${MISAKI.keepId} に統合すればバウチャーも移ります。統合は取り消しができませんので、進めてよいかどうか本メールへの返信でお知らせください。

小野`,
  }),
  mk({
    slug: 'ja-conf-ryo-remerge', kind: 'confirmation_request', lang: 'ja', caseId: RYO.newCase,
    note: 'reopened case: a re-merge is needed; asks for explicit consent',
    from: FORM, to: RYO.keep, subject: caseSubj(RYO.newCase),
    date: d('2026-09-03 05:48:00', '+0000'), enc: 'utf8qp',
    text: `小林様

お調べしたところ、再認定の試験が旧アカウント ${RYO.oldId} 側に記録されていました。統合後に旧アカウントでサインインされたことが原因のようです。
改めて ${RYO.oldId} の記録を ${RYO.keepId} へ移す作業が必要です。この操作は元に戻せませんが、実施してよろしいでしょうか。よろしければその旨ひと言ご返信ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-conf-aya-teform', kind: 'confirmation_request', lang: 'ja', caseId: AYA.newCase,
    note: 'consent request phrased with te-form and no explicit "confirm" word',
    from: FORM, to: AYA.keep, subject: caseSubj(AYA.newCase),
    date: d('2026-11-04 01:05:33', '+0000'), enc: 'jisb64',
    text: `伊藤様

ご返信ありがとうございます。${AYA.thirdId} を ${AYA.keepId} にまとめ、${AYA.thirdId} は閉鎖、という形になります。一度まとめると分けることはできませんので、この形で進めてよければ本メールにそのままご返信いただけますか。
お返事をいただいてから作業いたします。

佐々木`,
  }),
  mk({
    slug: 'ja-conf-sho-en', kind: 'confirmation_request', lang: 'ja', caseId: SHO.newCase,
    note: 'Japanese consent request with an English template line; quoted user reply below (Gmail)',
    from: FORM, to: SHO.keep, subject: caseSubj(SHO.newCase),
    date: d('2026-10-22 06:40:07', '+0000'), enc: 'utf8b64',
    text: `渡辺様

Please note: account merges cannot be reversed.
ID のご連絡ありがとうございます。${SHO.thirdId} の認定履歴を ${SHO.keepId} へ移すことに同意いただけるかどうか、ご返信をお願いいたします。同意のご返信をもって統合を行います。

${gmailJa('2026-10-21 21:03', `渡辺 翔 <${SHO.keep}>`)}
> 残す方: ${SHO.keepId}
> まとめる方: ${SHO.thirdId}
> よろしくお願いします。`,
  }),
  mk({
    slug: 'ja-conf-rie-short', kind: 'confirmation_request', lang: 'ja', caseId: RIE.newCase,
    note: 'short consent request in plain polite style',
    from: FORM, to: RIE.keep, subject: caseSubj(RIE.newCase),
    date: d('2026-09-09 08:16:54', '+0000'), enc: 'jis7',
    text: `山本様

情報をお送りいただきありがとうございます。
カッパ社のアカウント ${RIE.thirdId} を ${RIE.keepId} に統合いたします。統合後の取り消しはできかねますので、ご了承いただける場合はご返信ください。

堀`,
  }),
  mk({
    slug: 'ja-conf-naoki-outlook', kind: 'confirmation_request', lang: 'ja', caseId: NAOKI.newCase,
    note: 'consent request above an Outlook-quoted customer list',
    from: FORM, to: NAOKI.keep, subject: caseSubj(NAOKI.newCase),
    date: d('2026-11-13 02:58:10', '+0000'), enc: 'jis7',
    text: `加藤様

一覧をありがとうございます。重複はございませんでした。
${NAOKI.thirdId}(ミューシステムズ)を ${NAOKI.keepId} に統合してよろしいでしょうか。統合すると元には戻せません。ご承諾いただけましたら、本メールへご返信をお願いいたします。

${outlookJa('2026-11-12 19:30', `加藤 直樹 <${NAOKI.keep}>`, FORM, caseSubj(NAOKI.newCase))}

${NAOKI.keepId}: SAA (2027/04 まで), DVA (2026/12 まで)
${NAOKI.thirdId}: CLF (2025/08 失効)`,
  }),
  mk({
    slug: 'ja-conf-forged-rie', kind: 'confirmation_request', lang: 'ja', caseId: RIE.newCase, trusted: false, auth: 'failThenForged',
    note: 'consent request; top A-R says dmarc=fail, a planted pass header sits lower',
    from: FORM, to: RIE.keep, subject: caseSubj(RIE.newCase),
    date: d('2026-09-09 10:02:44', '+0000'), enc: 'utf8qp',
    text: `山本様

統合に同意される場合は、下のリンクから認定アカウントにログインして「同意」を押してください。
https://aws-cert-merge.example.net/consent?c=${RIE.newCase}
統合は取り消せません。`,
  }),
];

