// dj: Japanese messages. Accounts in unusual states: expired/recertified, retired and beta exams,
// exams booked or under way at merge time, suspended/locked accounts, a former employee's mailbox,
// vouchers near their end, Foundational vs Professional badges, a third account found mid-case.
import type { Msg } from './lib.js';
import { CASE, CREDLY_AWS, FORM, FORM_BARE, KEN, M, MISAKI, NOREPLY, PORTAL, SUPPORT_CENTER, YUKI, html, jst, olJa, pdt, q, ref, sf, subj, subj0, utc } from './common.js';

const KEN_REQ = `AWS認定アカウントの統合をお願いしたく連絡しました。
前職のアドレス(${KEN.src}、${KEN.srcId})で取得した SAP は昨年失効し、今年の春に再認定しています。
個人アドレス(${KEN.keep}、${KEN.keepId})に一本化したいです。
前職のメールボックスは今月末で削除される予定です。`;

const MISAKI_REQ = `銀行勤務時代のアカウント ${MISAKI.srcId} がサインイン不可(停止中と表示)になっています。
こちらの資格を ${MISAKI.keepId} (${MISAKI.keep}) へ移していただけますか。`;

const YUKI_REQ = `パートナー企業用のアカウント(${YUKI.src})で受けたベータ試験の結果がまだ出ていません。
来週 ${YUKI.keep} 側で SAA の受験予約もあります。統合は可能でしょうか。`;

export const JA: Msg[] = [
  // ───────────── acknowledgement (7) ─────────────
  M({
    slug: 'ack-ken-first', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ken,
    note: 'automatic receipt of the new merge case; case ID in subject and body',
    from: FORM, to: `${KEN.ja} <${KEN.keep}>`, subject: `[CASE ${CASE.ken}] お問い合わせを受け付けました`, date: jst('2026-09-01 21:14:05'),
    text: `${KEN.ja} 様

AWS トレーニングと認定へのお問い合わせ、ありがとうございます。
下記の内容でケースが作成されました。

ケース ID: ${CASE.ken}
お問い合わせの種類: AWS トレーニングと認定 / 認定 / アカウントの統合
ステータス: 担当者の割り当て待ち

通常、1 営業日以内に担当者からご連絡いたします。
このメールに返信いただくと、同じケースに記録されます。同一の内容で別のケースを作成されますと、
回答が遅れる原因となりますのでご注意ください。

--- お問い合わせ内容 ---
${KEN_REQ}`,
  }),
  M({
    slug: 'ack-misaki-html', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki, enc: 'utf8b64',
    note: 'receipt as HTML-only mail; case number in a table',
    from: NOREPLY, to: MISAKI.keep, subject: `AWS サポート: ケース ${CASE.misaki} が作成されました`, date: jst('2026-09-03 08:02:41'),
    html: `<html><body>
<table width="600" style="font-family:Meiryo,sans-serif"><tr><td>
<h2 style="color:#232f3e">ケースを受け付けました</h2>
<p>中村 美咲 様</p>
<p>以下のケースを登録しました。内容を確認のうえ、担当チームよりメールでご連絡します。</p>
<table border="1" cellpadding="4">
<tr><th>ケース番号</th><td>${CASE.misaki}</td></tr>
<tr><th>件名</th><td>停止中アカウントからの認定の移行</td></tr>
<tr><th>重要度</th><td>一般的なガイダンス</td></tr>
</table>
<p>ケースの状況は AWS サポートセンターでも確認できます。</p>
<p style="color:#888">このメールは送信専用アドレスから送られています。</p>
</td></tr></table>
</body></html>`,
  }),
  M({
    slug: 'ack-yuki-bodyonly', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yuki, enc: 'sjis8',
    note: 'receipt whose subject has no case ID; the ID sits in the body between the words',
    from: FORM, to: YUKI.keep, subject: 'お問い合わせ受付のお知らせ (AWS Training and Certification)', date: jst('2026-09-08 13:40:09'),
    text: `森 由紀 様

このたびはご連絡いただきありがとうございます。
お送りいただいたフォームの内容は、ケース ${CASE.yuki} として登録されました。
担当者が内容を拝見し、通常 24 時間以内に折り返しご連絡いたします。

ご連絡の際は件名を変えずにご返信ください。

AWS トレーニングと認定 カスタマーサービス`,
  }),
  M({
    slug: 'ack-ken-dup', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenDup, enc: 'jisb64',
    note: 'receipt for a second case opened from the third account; still a plain receipt',
    from: FORM, to: KEN.third, subject: `[CASE ${CASE.kenDup}] 受付完了`, date: jst('2026-09-04 23:55:17'),
    text: `お問い合わせを承りました。
ケース番号 ${CASE.kenDup} にて管理いたします。

ご返信をお待ちいただく間に、同じご依頼の再送はお控えください。
内容により、担当部署からの連絡に数日を要する場合があります。

-- 
AWS Training and Certification`,
  }),
  M({
    slug: 'ack-forged-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki, trusted: false, enc: 'utf8qp',
    note: 'looks like a receipt but comes from a look-alike domain; untrusted',
    from: 'AWS トレーニングと認定 <support@aws-training-certification.jp>', to: MISAKI.keep, subject: `【受付】ケース ${CASE.misaki} アカウント停止の解除について`, date: jst('2026-09-03 09:12:00'),
    relay: 'smtp.aws-training-certification.jp',
    text: `中村様

ケース ${CASE.misaki} を受け付けました。
停止中のアカウントを確認するため、24時間以内に下記からサインインしてください。
https://aws-training-certification.jp/signin

AWS サポート`,
  }),
  M({
    slug: 'ack-yuki-portal-form', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yuki, auth: 'dkimonly', enc: 'utf8b64',
    note: 'support center receipt (aligned DKIM only); shape of a receipt with the form fields echoed',
    from: SUPPORT_CENTER, to: YUKI.keep, subject: `ケース ${CASE.yuki} を開きました`, date: jst('2026-09-08 13:39:51'),
    text: `AWS サポートセンターからのお知らせ

新しいケースが開かれました。
  ケース ID        : ${CASE.yuki}
  カテゴリ         : トレーニングと認定 > 認定アカウント
  連絡先メール     : ${YUKI.keep}
  候補者 ID        : ${YUKI.keepId}

返信が届くまでお待ちください。進捗はサポートセンターの「ケース履歴」からも参照できます。`,
  }),
  M({
    slug: 'ack-ken-former-mailbox', kind: 'acknowledgement', lang: 'ja', caseId: '17839211180', enc: 'jis7',
    to: KEN.src, deliveredTo: KEN.src,
    note: 'receipt delivered to the former-employee mailbox the user still reads; generic receipt',
    from: NOREPLY, subject: 'AWS サポートへのお問い合わせありがとうございます', date: jst('2026-08-29 18:03:33'),
    text: `お問い合わせありがとうございます。ケース 17839211180 が作成されました。

担当者からの連絡はこのアドレス宛てに届きます。
このメールへの返信は受け付けておりませんので、サポートセンターからご返信ください。

Amazon Web Services`,
  }),

  // ───────────── ai_answer (6) ─────────────
  M({
    slug: 'ai-expired-cert', kind: 'ai_answer', lang: 'ja', enc: 'utf8qp',
    note: 'AI-generated answer: says expired certifications also move with the self-service tool',
    from: NOREPLY, to: KEN.keep, subject: 'AWS サポート: 生成 AI によるご案内', date: jst('2026-09-01 21:09:12'),
    text: `この回答は生成 AI によって作成されました。内容が正確でない場合があります。

ご質問: 失効した認定があるアカウントを統合できますか

認定アカウントの統合は、AWS 認定アカウントの「プロファイル」内にある
「Merge Accounts(アカウントの統合)」から、ご自身で行える場合があります。
失効済みの認定も受験履歴として統合先に表示されますが、有効期限は元の日付のままです。
両方のアカウントに認定履歴がある場合、ツールでは統合できないため、「ケースを作成」を選んでください。

この回答で解決しましたか? [はい] [いいえ、ケースを作成する]`,
  }),
  M({
    slug: 'ai-scheduled-exam', kind: 'ai_answer', lang: 'ja', enc: 'jisb64',
    note: 'automated suggestion about merging while an exam is booked',
    from: SUPPORT_CENTER, to: YUKI.keep, subject: '自動回答: 試験予約中のアカウント統合', date: jst('2026-09-08 13:31:02'),
    text: `森 様

自動応答システムからのご案内です。

受験予約が残っているアカウントは、統合元として指定できないことがあります。
Pearson VUE の予約を統合先のアカウントで取り直すか、受験後に統合ツールをお試しください。
統合後の認定の表示や特典バウチャーの扱いについては、よくある質問(FAQ)をご覧ください。

解決しない場合は、このページから担当者へのケースを作成できます。`,
  }),
  M({
    slug: 'ai-locked-account', kind: 'ai_answer', lang: 'ja', enc: 'sjisb64',
    note: 'AI answer about a locked account; suggests password reset then the merge tool',
    from: NOREPLY, to: MISAKI.keep, subject: 'Amazon Q による回答: サインインできないアカウント', date: jst('2026-09-03 07:58:44'),
    text: `以下は AI が生成した参考回答です。

サインインできない(ロックされた)認定アカウントがある場合:
1. まずパスワードのリセットをお試しください。
2. サインインできたら、残す側のアカウントで「アカウントを統合」を開き、もう一方の認証情報を入力します。
3. 統合が完了すると、認定とデジタルバッジの情報は残した側にまとまります。

それでも解決しない場合は「ケースを作成」からお問い合わせください。`,
  }),
  M({
    slug: 'ai-third-account', kind: 'ai_answer', lang: 'ja', enc: 'utf8b64',
    note: 'automated answer on merging three accounts: run the tool twice',
    from: NOREPLY, to: KEN.keep, subject: '[自動回答] 3 つ以上の認定アカウントをお持ちの場合', date: jst('2026-09-04 22:41:19'),
    text: `ご質問いただいた内容に近い情報をお送りします(自動送信)。

認定アカウントを 3 つお持ちの場合は、残したいアカウントにサインインしたまま、
統合ツールを 1 つずつ 2 回実行してください。一度に複数を統合することはできません。
いずれかのアカウントに有効な認定があり、もう一方にも認定がある場合は、サポートへのケース作成が必要です。

この回答は役に立ちましたか?`,
  }),
  M({
    slug: 'ai-forged', kind: 'ai_answer', lang: 'ja', trusted: false, auth: 'failThenForged', enc: 'utf8qp',
    note: 'AI-answer look-alike; the top Authentication-Results says fail, a planted pass sits lower',
    from: NOREPLY, to: YUKI.keep, subject: 'AI アシスタントからの回答', date: jst('2026-09-09 02:11:40'),
    text: `AI アシスタントが回答を作成しました。

ベータ試験の結果待ちのアカウントは、結果確定後に統合ツールで統合できます。
それまでは統合を急がず、結果の公開(通常 90 日以内)をお待ちください。
統合ツールの場所: 認定アカウント > プロファイル > アカウントの統合`,
  }),
  M({
    slug: 'ai-voucher', kind: 'ai_answer', lang: 'ja', enc: 'jis7',
    note: 'generated answer about vouchers during a merge; explains after-merge state but stays ai_answer',
    from: NOREPLY, to: YUKI.keep, subject: 'AWS サポート: 回答の候補', date: jst('2026-09-08 13:29:37'),
    text: `入力内容をもとに、次の回答候補を作成しました(生成 AI)。

50% 割引バウチャーなどの特典は、アカウントの統合後、統合先の「特典」タブに表示されます。
有効期限は延長されませんので、期限が近いバウチャーは先にご利用いただくことをおすすめします。
統合ツールは プロファイル > Merge Accounts にあります。

ほかにご不明点があれば、ケースを作成してください。`,
  }),

  // ───────────── info_request (9) ─────────────
  M({
    slug: 'info-ken-third', kind: 'info_request', lang: 'ja', caseId: CASE.ken,
    note: 'support found a third account and asks for its candidate ID and which one to keep',
    from: FORM, to: KEN.keep, subject: subj(CASE.ken), date: pdt('2026-09-02 16:20:45'),
    text: `小林 様

ご連絡ありがとうございます。担当の田村です。
お知らせいただいた 2 つのアカウントのほかに、同じお名前と生年月日で作成された
アカウントがもう 1 件見つかりました(登録メールアドレスは kenichi.k@... で始まるもの)。

こちらもご本人のものであれば、その候補者 ID と、最終的にどのアカウントを残されるかを
本メールへの返信でお知らせいただけますでしょうか。
いただいた情報をもとに、3 件まとめて手続きを進めます。

${ref('0Ken1')}

${sf(KEN.keep, '2026/09/01 5:14', FORM_BARE, subj0(CASE.ken), KEN_REQ)}`,
  }),
  M({
    slug: 'info-misaki-suspended', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, enc: 'utf8qp',
    note: 'suspended source account: support needs the old login email and the exam dates',
    from: FORM, to: MISAKI.keep, subject: subj(CASE.misaki), date: pdt('2026-09-03 19:05:12'),
    text: `中村 美咲 様

お問い合わせの件、確認いたしました。
${MISAKI.srcId} は現在、試験ポリシー上の確認のため一時停止の状態です。
停止の確認を進めるにあたり、下記 3 点をお送りください。

・停止中アカウントにサインインしていたメールアドレス
・そのアカウントで受験された試験名と受験日(おおよそで結構です)
・受験時に提示された身分証明書の氏名表記(ローマ字)

ご回答を受領してから、統合の可否を改めてご案内します。

AWS Training and Certification Customer Service`,
  }),
  M({
    slug: 'info-yuki-beta', kind: 'info_request', lang: 'ja', caseId: CASE.yuki, enc: 'sjis8',
    note: 'beta exam pending: asks for the Pearson VUE registration number and the exam date',
    from: FORM, to: YUKI.keep, subject: subj(CASE.yuki), date: pdt('2026-09-09 10:47:30'),
    text: `森様

お待たせしております。
統合元のアカウントにベータ試験の採点待ちがあるため、お手続きの前に以下をご教示ください。
  - Pearson VUE の登録番号(受験確認メールに記載の晩号)
  - ベータ試験の受験日
  - 来週ご予約の SAA の予約番号
お手数ですが、このメールにそのままご返信いただければ幸いです。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'info-ken-confirm-addr', kind: 'info_request', lang: 'ja', caseId: CASE.ken, trap: true, enc: 'jisb64',
    note: 'worded as 確認 but asks which e-mail address to keep: info_request (trap on confirmation words)',
    from: FORM, to: KEN.keep, subject: subj(CASE.ken), date: pdt('2026-09-05 09:02:18'),
    text: `小林様

3 件目のアカウント ${KEN.thirdId} について、ご本人のものと確認できました。
統合後にログイン用として残すメールアドレスは ${KEN.keep} と ${KEN.third} の
どちらになりますか。ご確認のうえお知らせください。

なお、お知らせいただくまで手続きは保留いたします。

2026年9月4日(金) 23:50 小林 健一 <${KEN.keep}>:
${q(`3つ目のアカウントの候補者IDは ${KEN.thirdId} です。\n学生時代に作ったもので、Cloud Practitioner だけ持っています。`)}`,
  }),
  M({
    slug: 'info-former-mailbox', kind: 'info_request', lang: 'ja', caseId: CASE.ken, enc: 'utf8b64',
    to: KEN.src, cc: KEN.keep,
    note: 'reply sent to the old company mailbox asking the user to write from the kept address and give both IDs',
    from: FORM, subject: subj(CASE.ken), date: pdt('2026-09-01 20:31:09'),
    text: `小林様

前職のメールアドレス宛てにご連絡しております。
こちらのメールボックスが近く使えなくなるとのことですので、今後のやり取りは残す側の
アドレスからお願いいたします。その際、残すアカウントと統合するアカウント、
それぞれの候補者 ID(AWS で始まる番号)を本文に記載してください。

AWS トレーニングと認定 サポート`,
  }),
  M({
    slug: 'info-forged-password', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, trusted: false, auth: 'forgedBelow', enc: 'utf8qp',
    note: 'asks for a password; the pass verdict sits below the server Received line: forged, untrusted',
    from: FORM, to: MISAKI.keep, subject: subj(CASE.misaki), date: pdt('2026-09-04 03:33:10'),
    text: `中村様

停止中アカウントの本人確認のため、以下を返信してください。
・停止中アカウントのパスワード
・生年月日
確認でき次第、統合を行います。

AWS Training and Certification`,
  }),
  M({
    slug: 'info-yuki-voucher', kind: 'info_request', lang: 'ja', caseId: CASE.yuki, enc: 'jis7',
    note: 'voucher about to expire: support asks for the voucher code and its expiry before merging',
    from: FORM, to: YUKI.keep, subject: subj(CASE.yuki), date: pdt('2026-09-10 11:15:00'),
    text: `森様

続けてのご連絡失礼します。統合元の「特典」に、9 月 30 日で期限を迎える 50% 割引バウチャーが
1 件残っているようです。統合の際に移し替えを行うため、バウチャーコード(先頭 8 文字で結構です)と、
表示されている有効期限をお送りいただけますか。
期限の延長はできかねますので、あらかじめご承知おきください。

----- 田村`,
  }),
  M({
    slug: 'info-misaki-recert', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, enc: 'sjisb64',
    note: 'expired then recertified on different accounts: asks which pass date belongs to which account',
    from: FORM, to: MISAKI.keep, subject: subj(CASE.misaki), date: pdt('2026-09-07 15:58:21'),
    text: `中村様

ご返信ありがとうございます。停止の件は解除されました。
ただ、DVA が 2 つのアカウントに別々の合格日で登録されており(一方は失効、一方は再認定)、
どちらを正とするか判断がつきません。
失効した方の合格日と、再認定時の合格日をそれぞれ教えていただけますでしょうか。
あわせて、残すアカウントの候補者 ID もお書き添えください。

差出人: 中村 美咲 <${MISAKI.keep}>
送信日時: 2026年9月5日 9:12
宛先: ${FORM_BARE}
件名: ${subj(CASE.misaki)}

> 身分証の表記は NAKAMURA MISAKI です。`,
  }),
  M({
    slug: 'info-ken-exam-running', kind: 'info_request', lang: 'ja', caseId: CASE.ken, trap: true, enc: 'utf8qp',
    note: 'exam under way on the source account; asks for the session date, mentions merge only as future',
    from: FORM, to: KEN.keep, subject: subj(CASE.ken), date: pdt('2026-09-06 08:44:52'),
    text: `小林様

統合元 ${KEN.srcId} で、本日オンライン受験が進行中と表示されております。
受験中のアカウントを統合すると結果が反映されない恐れがあるため、統合が完了しましたら
ご連絡する流れではなく、まず受験の終了予定時刻と試験名をお知らせください。

お返事をいただき次第、結果の確定を待って手続きに入ります。`,
  }),

  // ───────────── confirmation_request (8) ─────────────
  M({
    slug: 'conf-ken-three', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken,
    note: 'asks consent to merge three accounts into one; cannot be undone',
    from: FORM, to: KEN.keep, subject: subj(CASE.ken), date: pdt('2026-09-06 17:12:03'),
    text: `小林 健一 様

お知らせいただいた内容で、以下のとおり統合の準備が整いました。

  統合先(残る): ${KEN.keepId} / ${KEN.keep}
  統合元 1     : ${KEN.srcId} / ${KEN.src}(失効後に再認定した SAP を含む)
  統合元 2     : ${KEN.thirdId} / ${KEN.third}(Cloud Practitioner)

統合を実行すると、統合元の 2 アカウントは無効になり、元に戻すことはできません。
この内容で進めてよろしければ、本メールに「同意します」とご返信ください。

${ref('0Ken4')}`,
  }),
  M({
    slug: 'conf-misaki-expired', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, enc: 'utf8b64',
    note: 'consent request that warns the expired DVA comes over still expired',
    from: FORM, to: MISAKI.keep, subject: subj(CASE.misaki), date: pdt('2026-09-08 12:30:44'),
    text: `中村様

合格日のご教示ありがとうございました。
統合後、失効済みの DVA は履歴として残り、再認定後の DVA が有効な認定として表示されます。
${MISAKI.srcId} は統合後に利用できなくなります。この操作は取り消せません。

上記をご了承いただけるか、ご返信をお待ちしております。
ご了承の旨をいただいた時点で作業に入ります。`,
  }),
  M({
    slug: 'conf-yuki-booking', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yuki, enc: 'sjis8',
    note: 'asks the user to agree; the booked SAA exam moves with the account',
    from: FORM, to: YUKI.keep, subject: subj(CASE.yuki), date: pdt('2026-09-11 09:20:13'),
    text: `森 由紀 様

ベータ試験の結果が確定しましたので、統合のお手続きが可能になりました。
ご予約中の SAA(9 月 18 日)は統合先 ${YUKI.keepId} にそのまま残ります。
統合元 ${YUKI.srcId} の履歴と、期限の近いバウチャーは統合先へ移ります。

一度統合すると分割はできません。進めてよいか、お返事いただけますでしょうか。

AWS トレーニングと認定 カスタマーサービス`,
  }),
  M({
    slug: 'conf-ken-forwarded-view', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken, enc: 'jisb64',
    note: 'consent request with the previous exchange quoted Gmail-style below',
    from: FORM, to: KEN.keep, subject: subj(CASE.ken), date: pdt('2026-09-06 21:05:40'),
    text: `小林様

残すアドレスを ${KEN.keep} とのこと、承知しました。
統合は不可逆の操作ですので、念のため最終のご意思を伺います。
「上記の内容で統合してください」と一言ご返信いただければ、担当チームへ回します。

2026年9月6日(日) 12:40 小林 健一 <${KEN.keep}>:
${q('残すのは個人のアドレスの方でお願いします。')}`,
  }),
  M({
    slug: 'conf-nocheck-noauth', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yuki, trusted: false, auth: 'none', enc: 'utf8qp',
    note: 'consent request with no Authentication-Results at all: untrusted',
    from: FORM, to: YUKI.keep, subject: subj(CASE.yuki), date: pdt('2026-09-11 10:02:55'),
    text: `森様

統合元アカウントの内容を統合先へ移してよろしいでしょうか。
この処理は後から取り消すことができません。ご同意いただける場合はその旨ご返信ください。`,
  }),
  M({
    slug: 'conf-misaki-retired', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, enc: 'jis7',
    note: 'asks consent; the retired Specialty exam stays as history',
    from: FORM, to: MISAKI.keep, subject: subj(CASE.misaki), date: pdt('2026-09-09 14:14:14'),
    text: `中村様

補足です。統合元には、すでに提供が終了した Data Analytics - Specialty の合格記録があります。
この記録は統合先の履歴に「廃止された試験」として表示され、バッジの再発行は行われません。

以上を踏まえ、統合を実施してよいかどうか、ご意向をお聞かせください。
ご返信をもって同意とさせていただきます。`,
  }),
  M({
    slug: 'conf-ken-sjis-short', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenDup, enc: 'sjisb64',
    note: 'short consent request on the duplicate case (the third account)',
    from: FORM, to: KEN.third, cc: KEN.keep, subject: subj(CASE.kenDup), date: pdt('2026-09-05 07:30:00'),
    text: `小林様

こちらのケース(${CASE.kenDup})でも、${KEN.thirdId} を ${KEN.keepId} へ統合する件について、
実行前のご同意をいただく必要がございます。元に戻せない操作ですので、
問題なければ「はい、統合をお願いします」とご返信ください。`,
  }),
  M({
    slug: 'conf-yuki-html', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yuki, enc: 'utf8b64',
    note: 'multipart consent request; the voucher expiry is restated next to the question',
    from: FORM, to: YUKI.keep, subject: subj(CASE.yuki), date: pdt('2026-09-12 08:10:26'),
    text: `森様

バウチャーの有効期限は 2026/09/30 のまま変わりません。
それでも統合を進めるか、ご判断のうえご返信ください(統合後の取り消しはできません)。

AWS トレーニングと認定`,
    html: html(`森様

バウチャーの有効期限は 2026/09/30 のまま変わりません。
それでも統合を進めるか、ご判断のうえご返信ください(統合後の取り消しはできません)。

AWS トレーニングと認定`),
  }),

  // ───────────── merge_completed (8) ─────────────
  M({
    slug: 'done-ken', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken,
    note: 'support says the three accounts are now one; asks to check everything looks right',
    from: FORM, to: KEN.keep, subject: subj(CASE.ken), date: pdt('2026-09-08 02:18:37'),
    text: `小林 健一 様

お待たせいたしました。${KEN.srcId} と ${KEN.thirdId} の内容を、${KEN.keepId} に統合いたしました。
再認定済みの SAP、Cloud Practitioner、失効済みの履歴が統合先で参照できます。
念のため、サインインのうえ表示に誤りがないかご確認ください。

AWS Training and Certification Customer Service

2026年9月7日(月) 9:02 小林 健一 <${KEN.keep}>:
${q('上記の内容で統合してください。')}`,
  }),
  M({
    slug: 'done-portal-notice', kind: 'merge_completed', lang: 'ja', enc: 'utf8b64',
    note: 'certification portal notice that the accounts were merged (no case ID)',
    from: PORTAL, to: MISAKI.keep, subject: 'AWS 認定アカウントの統合が完了しました', date: jst('2026-09-10 04:00:12'),
    text: `中村 美咲 様

お客様の AWS 認定アカウント ${MISAKI.srcId} は、${MISAKI.keepId} に統合されました。
今後は ${MISAKI.keep} でサインインしてください。統合元のアカウントではサインインできません。

AWS 認定`,
    html: html(`中村 美咲 様

お客様の AWS 認定アカウント ${MISAKI.srcId} は、${MISAKI.keepId} に統合されました。
今後は ${MISAKI.keep} でサインインしてください。統合元のアカウントではサインインできません。

AWS 認定`),
  }),
  M({
    slug: 'done-yuki-closing', kind: 'merge_completed', lang: 'ja', caseId: CASE.yuki, enc: 'sjis8',
    note: 'completion that also says the case will be closed: the merge is the new fact',
    from: FORM, to: YUKI.keep, subject: subj(CASE.yuki), date: pdt('2026-09-13 06:41:09'),
    text: `森様

統合作業が終わりましたのでご報告します。${YUKI.srcId} の受験履歴(ベータ試験を含む)と
特典バウチャーは、${YUKI.keepId} に移っております。来週の SAA のご予約にも影響はございません。
本件はこれにてクローズとさせていただきます。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'done-misaki-outlook', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, enc: 'utf8qp',
    note: 'support completion reply above an Outlook-style quoted consent',
    from: FORM, to: MISAKI.keep, subject: subj(CASE.misaki), date: pdt('2026-09-09 22:50:33'),
    text: `中村様

統合処理を行いました。停止が解除された ${MISAKI.srcId} の記録は、すべて ${MISAKI.keepId} に
反映済みです。Credly のバッジについては、数日たっても移っていない場合にお知らせください。

${olJa(`中村 美咲 <${MISAKI.keep}>`, '2026年9月9日 8:03', FORM_BARE, subj(CASE.misaki), '統合に同意します。よろしくお願いします。')}`,
  }),
  M({
    slug: 'done-certmetrics', kind: 'merge_completed', lang: 'ja', trusted: false, enc: 'utf8qp',
    note: 'portal-style merge notice from a CertMetrics domain, not a trusted AWS domain',
    from: 'AWS Certification <noreply@certmetrics.com>', to: YUKI.keep, subject: 'アカウント統合のお知らせ', date: jst('2026-09-13 07:02:00'),
    text: `AWS 認定アカウントの統合が完了しました。
統合先: ${YUKI.keepId}
統合元: ${YUKI.srcId}(以後ご利用いただけません)`,
  }),
  M({
    slug: 'done-ken-mobile', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenDup, enc: 'jisb64',
    note: 'terse completion on the duplicate case',
    from: FORM, to: KEN.third, cc: KEN.keep, subject: subj(CASE.kenDup), date: pdt('2026-09-08 02:25:10'),
    text: `小林様

${KEN.thirdId} は ${KEN.keepId} にまとめました。以後このアカウントではサインインできません。
ケース ${CASE.ken} と同時に処理しております。`,
  }),
  M({
    slug: 'done-former-locked', kind: 'merge_completed', lang: 'ja', caseId: '1751102283', enc: 'jis7',
    to: KEN.src, deliveredTo: KEN.src,
    note: 'an older completion (2025) in the former-employee mailbox: a locked training account folded into the company one',
    from: FORM, subject: subj('1751102283'), date: pdt('2025-06-12 10:11:56'),
    text: `小林様

ご依頼のとおり、ロックされていた研修用アカウント AWS61200873 の認定を、${KEN.srcId} へ統合しました。
研修用アカウントでは今後サインインできませんのでご注意ください。`,
  }),
  M({
    slug: 'done-misaki-beta-ok', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, enc: 'sjisb64',
    note: 'completion with restated earlier facts (recertification) around the new event',
    from: FORM, to: MISAKI.keep, subject: subj(CASE.misaki), date: pdt('2026-09-10 03:12:48'),
    text: `中村様

先日ご案内のとおり、DVA は再認定後の日付が有効となります。
本日、統合元アカウントの内容を統合先へ移す作業が完了いたしました。
表示に差異があれば、このケースにご返信ください。`,
  }),

  // ───────────── badges_transferred (7) ─────────────
  M({
    slug: 'badge-credly-sap', kind: 'badges_transferred', lang: 'ja', enc: 'utf8b64',
    note: "AWS badge issued via Credly to the kept address (Japanese Credly subject)",
    from: CREDLY_AWS, to: KEN.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: utc('2026-09-09 06:30:11'),
    text: `小林 健一 さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Professional」のバッジが発行されました。
下のボタンからバッジを受け取り、プロフィールで共有しましょう。

[バッジを入手する]

Credly`,
    html: `<html><body><p>小林 健一 さん</p><p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Professional」のバッジが発行されました。</p><p><a href="https://www.credly.com/badges/accept">バッジを入手する</a></p><p>Credly</p></body></html>`,
  }),
  M({
    slug: 'badge-support-moved', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ken,
    note: 'support says the Credly badges now sit on the kept account and closes',
    from: FORM, to: KEN.keep, subject: subj(CASE.ken), date: pdt('2026-09-10 18:22:05'),
    text: `小林様

Credly のバッジを、統合先の ${KEN.keep} に付け替えました。
Professional のバッジは有効なもの、失効した旧バッジは「期限切れ」として残ります。
Cloud Practitioner のバッジも同じアドレスで受け取り可能です。
以上で本件を終了いたします。

${ref('0Ken9')}`,
  }),
  M({
    slug: 'badge-foundational', kind: 'badges_transferred', lang: 'ja', enc: 'jisb64',
    note: 'Credly issue of the Foundational AWS badge on the kept account after the merge',
    from: CREDLY_AWS, to: KEN.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: utc('2026-09-09 06:31:40'),
    text: `Amazon Web Services Training and Certification より、新しいバッジ「AWS Certified Cloud Practitioner」が届いています。
受け取りは下記から。

https://www.credly.com/earner/earned

このメールは ${KEN.keep} 宛てに送信されています。`,
  }),
  M({
    slug: 'badge-misaki-support', kind: 'badges_transferred', lang: 'ja', caseId: CASE.misaki, enc: 'utf8qp',
    note: 'support: the badges that stayed behind were moved on request',
    from: FORM, to: MISAKI.keep, subject: subj(CASE.misaki), date: pdt('2026-09-12 13:40:02'),
    text: `中村様

ご指摘の、旧アカウント側に残っていた DVA と SAA のデジタルバッジですが、
Credly 側で ${MISAKI.keep} の Credly アカウントへ移行済みとなりました。
ご確認のほどお願いいたします。

2026年9月11日(金) 19:02 中村 美咲 <${MISAKI.keep}>:
${q('統合はできましたが、Credly のバッジがまだ古いアドレスの方にあります。')}`,
  }),
  M({
    slug: 'badge-credly-lookalike', kind: 'badges_transferred', lang: 'ja', trusted: false, enc: 'utf8b64',
    note: 'badge notice from credIy.com (capital I): look-alike, untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: YUKI.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: utc('2026-09-14 01:10:10'),
    relay: 'mail.credIy.com',
    text: `森 由紀 さん

統合先アカウントに AWS のバッジが移されました。下のリンクから受け取ってください。
https://credIy.com/accept?id=55120`,
  }),
  M({
    slug: 'badge-yuki-sjis', kind: 'badges_transferred', lang: 'ja', caseId: CASE.yuki, enc: 'sjis8',
    note: 'support announces the badges are on the kept account; closes with thanks',
    from: FORM, to: YUKI.keep, subject: subj(CASE.yuki), date: pdt('2026-09-15 09:09:09'),
    text: `森様

統合元で発行されていたバッジ 2 件を、統合先のメールアドレスに紐づけ直しました。
Credly にサインインすると、獲得済みバッジの一覧に表示されます。
ご利用ありがとうございました。`,
  }),
  M({
    slug: 'badge-credly-pro', kind: 'badges_transferred', lang: 'ja', enc: 'jis7',
    note: 'AWS Associate badge via Credly on the kept address after the merge',
    from: CREDLY_AWS, to: MISAKI.keep, subject: 'バッジが発行されました: AWS Certified Solutions Architect - Associate', date: utc('2026-09-12 15:00:30'),
    text: `中村 美咲 さん、おめでとうございます。
Amazon Web Services Training and Certification が、あなたにバッジを発行しました。
バッジを入手する: https://www.credly.com/go/aws-saa`,
  }),

  // ───────────── case_closed (7) ─────────────
  M({
    slug: 'closed-yuki-autoclose', kind: 'case_closed', lang: 'ja', caseId: CASE.yuki, enc: 'utf8qp',
    note: 'reminder that the case will close in 3 days without a reply',
    from: FORM, to: YUKI.keep, subject: subj(CASE.yuki), date: pdt('2026-09-16 09:00:00'),
    text: `森様

その後いかがでしょうか。
3 日以内にご返信がない場合、本ケースは自動的にクローズされます。
クローズ後も、このメールに返信いただければ再開できます。`,
  }),
  M({
    slug: 'closed-ken-restate', kind: 'case_closed', lang: 'ja', caseId: CASE.ken, trap: true, enc: 'jisb64',
    note: 'closing notice that only restates the earlier merge and badge move (trap)',
    from: FORM, to: KEN.keep, subject: subj(CASE.ken), date: pdt('2026-09-14 11:31:31'),
    text: `小林様

先週ご報告したアカウントの統合とバッジの付け替えをもって、ご依頼はすべて対応済みと判断し、
本ケースをクローズいたします。ご不明点があれば、このケースにご返信ください。`,
  }),
  M({
    slug: 'closed-misaki-cannot', kind: 'case_closed', lang: 'ja', caseId: '17904401187', trap: true, enc: 'sjisb64',
    note: 'earlier case closed because the suspended account could not be merged (trap: merge words)',
    from: FORM, to: MISAKI.keep, subject: subj('17904401187'), date: pdt('2026-08-20 17:45:00'),
    text: `中村様

${MISAKI.srcId} は調査中のため、現時点では統合を行うことができません。
本ケースはいったんクローズいたします。調査終了の通知を受け取られましたら、改めてお問い合わせください。`,
  }),
  M({
    slug: 'closed-dup-ken', kind: 'case_closed', lang: 'ja', caseId: CASE.kenDup, enc: 'utf8b64',
    note: 'duplicate case closed in favour of the main case',
    from: NOREPLY, to: KEN.third, cc: KEN.keep, subject: `ケース ${CASE.kenDup} は解決済みになりました`, date: jst('2026-09-08 12:00:05'),
    text: `AWS サポートのケース ${CASE.kenDup} のステータスが「解決済み」に変更されました。

担当者のコメント: 本件は ケース ${CASE.ken} にて対応済みのため、こちらは終了します。

ケースを再開するには、サポートセンターで返信してください。`,
  }),
  M({
    slug: 'closed-gmail-fake', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki, trusted: false, enc: 'utf8qp',
    note: 'closing notice with an AWS display name on a free-mail address: untrusted',
    from: 'AWS Training and Certification <aws.cert.support.jp@gmail.com>', to: MISAKI.keep, subject: `[CASE ${CASE.misaki}] クローズのお知らせ`, date: jst('2026-09-13 20:00:00'),
    relay: 'mail-sor-f41.google.com',
    text: `中村様

ケース ${CASE.misaki} はクローズされました。
再開をご希望の場合は、下記フォームから認定アカウントの情報を入力してください。
https://forms.example-gform.com/aws-reopen`,
  }),
  M({
    slug: 'closed-former-noreply', kind: 'case_closed', lang: 'ja', caseId: '17839211180', enc: 'jis7',
    to: KEN.src, deliveredTo: KEN.src,
    note: 'the former-mailbox case closes automatically (no reply)',
    from: FORM, subject: subj('17839211180'), date: pdt('2026-09-07 10:00:00'),
    text: `小林様

ご返信をいただけなかったため、こちらのケースは本日付で終了となります。
引き続きのご用件がある場合は、個人のアドレスから新たにお問い合わせください。`,
  }),
  M({
    slug: 'closed-misaki-final', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki, enc: 'jisb64',
    note: 'plain closing after the user says all is well; bottom-posted under the quote',
    from: FORM, to: MISAKI.keep, subject: subj(CASE.misaki), date: pdt('2026-09-14 08:08:08'),
    text: `2026年9月13日(日) 22:10 中村 美咲 <${MISAKI.keep}>:
${q('全部そろっていました。ありがとうございました。')}

中村様

ご確認いただきありがとうございます。問題が解消されたとのことですので、
本ケースは解決済みとしてクローズします。`,
  }),

  // ───────────── support_reply (9) ─────────────
  M({
    slug: 'rep-ken-thanks-confirm', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'thanks for confirming, handed to the team: not a completion (trap)',
    from: FORM, to: KEN.keep, subject: subj(CASE.ken), date: pdt('2026-09-07 11:15:02'),
    text: `小林様

ご同意のご返信を受け取りました。統合の担当チームに引き継ぎましたので、
作業が済み次第あらためてご連絡します。数営業日ほどお時間をください。`,
  }),
  M({
    slug: 'rep-yuki-wait-beta', kind: 'support_reply', lang: 'ja', caseId: CASE.yuki, trap: true, enc: 'utf8qp',
    note: 'merge postponed until the beta result posts (future, not the event)',
    from: FORM, to: YUKI.keep, subject: subj(CASE.yuki), date: pdt('2026-09-09 16:40:11'),
    text: `森様

情報のご提供ありがとうございます。ベータ試験の採点が終わるまでは統合元の記録が確定しないため、
結果が公開されてから統合の手続きに入ります。結果の公開後、当方から改めてご案内します。`,
  }),
  M({
    slug: 'rep-misaki-escalate', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, enc: 'sjis8',
    note: 'escalated to the team that handles suspended accounts; status only',
    from: FORM, to: MISAKI.keep, subject: subj(CASE.misaki), date: pdt('2026-09-04 12:12:12'),
    text: `中村様

停止中アカウントの扱いは専門の部署が判断するため、本件をそちらへエスカレーションしました。
回答までに 3 から 5 営業日ほどかかる見込みです。進展があり次第ご連絡します。`,
  }),
  M({
    slug: 'rep-badges-not-yet', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true, enc: 'utf8b64',
    note: 'badges have NOT moved yet; support asked Credly (negated, trap)',
    from: FORM, to: MISAKI.keep, subject: subj(CASE.misaki), date: pdt('2026-09-11 20:20:20'),
    text: `中村様

ご連絡ありがとうございます。バッジの移行はまだ完了しておりません。
Credly の担当者に移行を依頼しましたので、反映までもうしばらくお待ちください。`,
  }),
  M({
    slug: 'rep-dup-cases', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true, enc: 'jisb64',
    note: '"merged your duplicate cases", not the account merge (trap)',
    from: FORM, to: KEN.keep, cc: KEN.third, subject: subj(CASE.ken), date: pdt('2026-09-05 03:03:03'),
    text: `小林様

3 件目のアドレスからもお問い合わせをいただいておりましたので、ケース ${CASE.kenDup} と
本ケースを統合し、以後はこちらで一括して対応いたします。アカウントの手続き自体は引き続き進めております。`,
  }),
  M({
    slug: 'rep-keep-address', kind: 'support_reply', lang: 'ja', caseId: '17839211180', enc: 'utf8qp',
    to: KEN.src, deliveredTo: KEN.src,
    note: '"write to us from the address you keep", no data requested: support_reply',
    from: FORM, subject: subj('17839211180'), date: pdt('2026-08-30 09:30:00'),
    text: `小林様

本件は、残される側のアカウントのメールアドレスからご連絡いただく必要がございます。
お手数ですが、そちらのアドレスからこのケースにご返信ください。`,
  }),
  M({
    slug: 'rep-voucher-no-extend', kind: 'support_reply', lang: 'ja', caseId: CASE.yuki, enc: 'sjisb64',
    note: 'answer that the voucher expiry cannot be extended',
    from: FORM, to: YUKI.keep, subject: subj(CASE.yuki), date: pdt('2026-09-10 17:00:49'),
    text: `森様

お問い合わせいただいたバウチャーの有効期限延長ですが、規定により承ることができません。
9 月 30 日までにご予約いただければ、受験日がそれ以降でもご利用いただけます。

Best regards,
AWS Training and Certification Customer Service
Please do not remove the case number from the subject line when replying.`,
  }),
  M({
    slug: 'rep-not-done', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true, enc: 'jis7',
    note: 'says the merge has not been completed yet (negated, trap)',
    from: FORM, to: MISAKI.keep, subject: subj(CASE.misaki), date: pdt('2026-09-09 09:09:00'),
    text: `中村様

お問い合わせの件、統合はまだ完了していません。作業チームのキューに入っており、
本日中には着手の予定です。終わり次第このケースでお知らせいたします。

${sf(MISAKI.keep, '2026/09/09 0:55', FORM_BARE, subj(CASE.misaki), '統合はもう終わりましたか?')}`,
  }),
  M({
    slug: 'rep-forged-amazonlike', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trusted: false, auth: 'lookalikeServer', enc: 'utf8qp',
    note: 'status reply whose Authentication-Results comes from a look-alike authserv-id: untrusted',
    from: FORM, to: KEN.keep, subject: subj(CASE.ken), date: pdt('2026-09-06 00:10:10'),
    text: `小林様

現在、担当部署で 3 件のアカウントの照合を行っております。
追加の対応は不要ですので、次のご連絡までお待ちください。`,
  }),

  // ───────────── unrelated (12) ─────────────
  M({
    slug: 'un-pvue-confirm', kind: 'unrelated', lang: 'ja', trap: true, trusted: false, enc: 'utf8qp',
    note: 'Pearson VUE booking confirmation (not a trusted domain; confirmation words, trap)',
    from: 'Pearson VUE <pearsonvuecustomerservice@pearson.com>', to: YUKI.keep, subject: '受験予約確認: AWS Certified Solutions Architect - Associate', date: jst('2026-09-07 10:22:31'),
    text: `森 由紀 様

以下の受験予約が確定しました。
試験: AWS Certified Solutions Architect - Associate (SAA-C03)
日時: 2026年9月18日 10:00
会場: オンライン(OnVUE)
登録番号: 0398221475

予約の変更・取り消しは、受験の 24 時間前までに行ってください。`,
  }),
  M({
    slug: 'un-credly-merge-code', kind: 'unrelated', lang: 'ja', trap: true, enc: 'utf8b64',
    note: "Credly's own account-merge verification code mail (trap: merge words)",
    from: 'Credly <admin@credly.com>', to: KEN.keep, subject: 'Credly アカウントの統合を完了してください', date: utc('2026-09-09 07:45:00'),
    text: `Credly のアカウント統合リクエストを受け付けました。
以下のコードを入力して統合を完了してください。

確認コード: 482913

このリクエストに心当たりがない場合は、このメールを無視してください。`,
  }),
  M({
    slug: 'un-credly-ms', kind: 'unrelated', lang: 'ja', trap: true, enc: 'utf8b64',
    note: 'badge from another issuer (Microsoft) via Credly: unrelated (trap: badge words)',
    from: 'Microsoft via Credly <admin@credly.com>', to: MISAKI.keep, subject: 'Microsoftのバッジ発行のお知らせ', date: utc('2026-09-12 03:03:03'),
    text: `中村 美咲 さん

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。
[バッジを入手する]`,
  }),
  M({
    slug: 'un-survey', kind: 'unrelated', lang: 'ja', trap: true, caseId: CASE.ken, enc: 'utf8qp',
    note: 'satisfaction survey about the closed case (trap: closing words)',
    from: 'AWS Support <no-reply-aws@amazon.com>', to: KEN.keep, subject: 'サポートのご利用に関するアンケート', date: jst('2026-09-15 10:00:00'),
    text: `ケース ${CASE.ken} はクローズされました。
今回のサポートで問題は解決しましたか? 1 分で終わるアンケートにご協力ください。
https://survey.aws.example/ja?c=${CASE.ken}`,
  }),
  M({
    slug: 'un-own-consent', kind: 'unrelated', lang: 'ja', trap: true, trusted: false, forUser: false, caseId: CASE.misaki, enc: 'jis7', deliveredTo: null,
    note: "the user's own consent reply (sent copy): carries no news from support",
    from: `${MISAKI.ja} <${MISAKI.keep}>`, to: FORM_BARE, subject: subj(CASE.misaki), date: jst('2026-09-09 08:03:00'),
    text: `ご担当者様

統合に同意します。よろしくお願いします。

中村

iPhoneから送信

2026年9月9日(水) 4:30 AWS Training and Certification <${FORM_BARE}>:
${q('上記をご了承いただけるか、ご返信をお待ちしております。')}`,
  }),
  M({
    slug: 'un-former-autoreply', kind: 'unrelated', lang: 'ja', trap: true, trusted: false, caseId: CASE.ken, enc: 'jis7',
    to: KEN.keep, cc: 'helpdesk@former-corp.example.co.jp',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    note: "old employer's auto-reply to the user's own mail: the person has left",
    from: 'Former Corp 自動応答 <noreply@former-corp.example.co.jp>', subject: `自動応答: ${subj(CASE.ken)}`, date: jst('2026-09-01 20:31:40'),
    text: `このメールは自動応答です。
小林は 2026年8月31日付で退職いたしました。本アドレスは今後確認されません。
ご用件は helpdesk@former-corp.example.co.jp までお願いいたします。`,
  }),
  M({
    slug: 'un-deceased-mailbox', kind: 'unrelated', lang: 'ja', trusted: false, enc: 'sjis8',
    note: "company IT notice that a late colleague's mailbox is being closed; not part of a merge case",
    from: '情報システム部 <it-admin@corp.example.jp>', to: KEN.keep, subject: '【ご連絡】故 伊藤様のメールボックス閉鎖について', date: jst('2026-09-02 15:00:00'),
    text: `小林様

故 伊藤 誠 様のメールボックスは、9月末をもって閉鎖いたします。
伊藤様宛てに届く AWS 関連の通知(認定、トレーニング)は、閉鎖までの間、部署の共有アドレスへ転送しています。
資格情報の扱いについてはご遺族の意向を確認中ですので、個別の手続きは行わないでください。

情報システム部`,
  }),
  M({
    slug: 'un-recertified', kind: 'unrelated', lang: 'ja', trap: true, enc: 'utf8b64',
    note: 'portal mail: recertification completed (exam result, not a merge event; trap)',
    from: PORTAL, to: MISAKI.keep, subject: '再認定が完了しました: AWS Certified Developer - Associate', date: jst('2026-05-20 09:00:00'),
    text: `中村 美咲 様

AWS Certified Developer - Associate の再認定が完了しました。
新しい有効期限: 2029年5月19日
認定証は AWS 認定アカウントの「認定」タブからダウンロードできます。`,
  }),
  M({
    slug: 'un-expiry-reminder', kind: 'unrelated', lang: 'ja', trap: true, enc: 'jisb64',
    note: 'certification expiry reminder (mentions renewal and account; not part of the case)',
    from: PORTAL, to: KEN.keep, subject: 'あと 90 日で認定の有効期限が切れます', date: jst('2026-07-01 09:00:00'),
    text: `小林 健一 様

AWS Certified Developer - Associate の有効期限は 2026年9月29日 です。
期限までに再認定を完了すると、バッジと特典を引き続きご利用いただけます。
アカウントを統合された場合も、期限は変わりません。`,
  }),
  M({
    slug: 'un-other-case-ack', kind: 'unrelated', lang: 'ja', trap: true, caseId: CASE.misakiOther, enc: 'utf8qp',
    note: "receipt of the user's other case (exam rescheduling); says its topic (trap: receipt words)",
    from: NOREPLY, to: MISAKI.keep, subject: `ケース ${CASE.misakiOther} を受け付けました: 試験日程の変更`, date: jst('2026-09-05 11:11:11'),
    text: `お問い合わせを受け付けました。
ケース ID: ${CASE.misakiOther}
内容: 試験の日程変更(Pearson VUE)
担当者より 24 時間以内にご連絡します。`,
  }),
  M({
    slug: 'un-fwd-colleague', kind: 'unrelated', lang: 'ja', trap: true, trusted: false, forUser: false, caseId: CASE.yuki, enc: 'utf8b64', deliveredTo: null,
    note: "the user's own forward of the completion notice to a colleague",
    from: `${YUKI.ja} <${YUKI.keep}>`, to: '上田 さん <ueda@partner.example.jp>', subject: `Fwd: ${subj(CASE.yuki)}`, date: jst('2026-09-13 09:30:00'),
    text: `上田さん

認定アカウントの統合、終わったそうです。パートナー登録の資格情報を更新しておいてください。

---------- Forwarded message ---------
From: AWS Training and Certification <${FORM_BARE}>
Date: 2026年9月13日(日) 6:41
Subject: ${subj(CASE.yuki)}
To: <${YUKI.keep}>

統合作業が終わりましたのでご報告します。`,
  }),
  M({
    slug: 'un-locked-security', kind: 'unrelated', lang: 'ja', enc: 'utf8qp',
    note: 'security notice about a locked sign-in; not part of the merge case',
    from: PORTAL, to: MISAKI.keep, subject: 'サインイン試行の上限に達しました', date: jst('2026-09-02 23:45:00'),
    text: `中村 美咲 様

お客様の AWS 認定アカウントで、パスワードの誤入力が続いたため、サインインを一時的にロックしました。
30 分後に再度お試しいただくか、パスワードをリセットしてください。`,
  }),
];

