// Japanese messages of set ab. The kind is what the NEW text says; many messages
// carry quoted history full of other kinds' words.
import type { Msg } from './lib.js';
import {
  C, CREDLY_AWS, DAI, DAI_CONF_JA, DAI_CONSENT, KEN, KEN_CONF_JA, KEN_CONSENT, KEN_REQ, M, MIS, MIS_ANS, MIS_INFO_JA, MIS_REQ,
  NOREPLY, SUPPORT, SUPPORT_ADDR, d, fwdJa, gmailJa, html, htmlGmail, htmlOutlook, outlookJa, q, sfHistJa, sfRef, subj, subjNew, who,
} from './common.js';

const kenTo = who(KEN, KEN.keep);
const misTo = who(MIS, MIS.keep);
const daiTo = who(DAI, DAI.keep);

const KEN_DONE = `中村様

お待たせいたしました。${KEN.srcId} のご資格・受験履歴を ${KEN.keepId} へ統合いたしました。
今後は ${KEN.keep} でサインインしてご利用ください。`;

export const JA: Msg[] = [
  // ------------------------------------------------------------ acknowledgement (8)
  M({
    slug: 'ja-ack-ken', kind: 'acknowledgement', lang: 'ja', caseId: C.ken, from: NOREPLY, to: kenTo,
    note: 'automatic receipt of the new case with its ID',
    subject: `[ケース ${C.ken}] お問い合わせを受け付けました`, date: d('2026-09-14 08:02:41', '+0000'), enc: 'jis7',
    text: `このメールは送信専用アドレスからお送りしています。

AWS トレーニングと認定へのお問い合わせを受け付けました。
ケース ID: ${C.ken}
件名: アカウントの統合について

担当者より通常 24 時間以内にご連絡いたします。同じ内容で新しいケースを作成されますと、回答が遅れる場合がございますのでご注意ください。

Amazon Web Services`,
  }),
  M({
    slug: 'ja-ack-mis-form', kind: 'acknowledgement', lang: 'ja', caseId: C.mis, to: misTo,
    note: 'form-submission receipt: case number plus an echo of the submitted fields',
    subject: subjNew(C.mis), date: d('2026-09-20 23:47:10', '+0000'), enc: 'sjis8',
    text: `${MIS.ja} 様

ご送信いただいたフォームの内容を受領しました (ケース番号 ${C.mis})。
内容を確認のうえ、担当者から折り返しご連絡差し上げます。

--- 送信内容 ---
お問い合わせの種類: AWS トレーニングと認定
問題の種類: 認定 / アカウントの統合
候補者ID: ${MIS.keepId}
会社名: ${MIS.co}
詳細:
${MIS_REQ}
----------------

AWS Training and Certification`,
  }),
  M({
    slug: 'ja-ack-dai-qp', kind: 'acknowledgement', lang: 'ja', caseId: C.dai, to: daiTo, from: NOREPLY,
    note: 'receipt; the quoted request below asks for badges to move too, which is history',
    subject: `AWS サポート: ケース ${C.dai} が作成されました`, date: d('2026-10-01 02:15:33', '+0000'), enc: 'utf8qp', trap: false,
    text: `藤井 大輔 様

ケース ${C.dai} を作成しました。内容を確認した担当者から、このメールアドレス宛てにご返信いたします。
返信の目安: 1 営業日

ご参考: お問い合わせ本文
> 転職に伴い、旧勤務先 (${DAI.co}) のアドレスで登録した認定アカウント ${DAI.srcId} を
> 個人の ${DAI.keepId} にまとめてください。Credly のバッジも移していただけると助かります。

本メールへの返信は受け付けておりません。`,
  }),
  M({
    slug: 'ja-ack-kendup', kind: 'acknowledgement', lang: 'ja', caseId: C.kenDup, from: NOREPLY, to: kenTo,
    note: 'receipt of a second (duplicate) case the user opened',
    subject: `[ケース ${C.kenDup}] お問い合わせを受け付けました`, date: d('2026-09-16 11:30:02', '+0000'), enc: 'jisb64',
    text: `お問い合わせありがとうございます。新しいケースを登録しました。

  ケース番号 ${C.kenDup}
  カテゴリ   認定 - アカウント関連
  受付日時   2026/09/16 20:30 (JST)

担当者が確認次第ご連絡します。ケースの状況はサポートセンターからも確認できます。`,
  }),
  M({
    slug: 'ja-ack-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: C.mis, trusted: false, to: misTo,
    from: 'AWS トレーニングと認定 <support@aws-training-jp.example.com>',
    note: 'receipt-shaped mail from a look-alike domain (authenticates, but not an AWS domain)',
    subject: `[CASE ${C.mis}] お問い合わせ受付のお知らせ`, date: d('2026-09-21 01:12:45', '+0000'), enc: 'jis7',
    text: `小林様

ケース ${C.mis} を受け付けました。
本人確認のため、下記ページから候補者IDとパスワードをご入力ください。
https://aws-training-jp.example.com/verify

AWS トレーニングと認定 事務局`,
  }),
  M({
    slug: 'ja-ack-misb-oneline', kind: 'acknowledgement', lang: 'ja', caseId: C.misB, from: NOREPLY, to: misTo,
    note: 'one new line (case number) above the whole submitted form and an older thread',
    subject: `ケース ${C.misB} を受け付けました`, date: d('2026-10-22 05:40:19', '+0000'), enc: 'utf8b64',
    text: `ケース番号 ${C.misB} で受け付けました。担当者からの返信をお待ちください。

------ お客様の送信内容 ------
以前のケース (${C.mis}) でアカウントは統合していただきましたが、Credly のバッジが統合先に移っていません。
以下は当時のやり取りです。

${q(`小林様
統合が完了しました。${MIS.keepId} にすべての認定が表示されていることをご確認ください。`)}

${q(MIS_ANS)}`,
  }),
  M({
    slug: 'ja-ack-html', kind: 'acknowledgement', lang: 'ja', caseId: C.dai, from: NOREPLY, to: daiTo,
    note: 'HTML-only receipt with English boilerplate around the Japanese text',
    subject: `Case ${C.dai} - ご依頼を承りました`, date: d('2026-10-01 02:15:50', '+0000'), enc: 'utf8b64',
    html: `<html><body><table width="600"><tr><td>
<h2 style="font-family:Arial">Amazon Web Services</h2>
<p>藤井様</p>
<p>お問い合わせを承りました。<b>ケース ID: ${C.dai}</b></p>
<p>ご返信は通常 24 時間以内にお届けします。追加の情報がある場合は、このケースに返信してください (新しいケースは作成しないでください)。</p>
<p style="color:#888;font-size:11px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.</p>
</td></tr></table></body></html>`,
  }),
  M({
    slug: 'ja-ack-dkim', kind: 'acknowledgement', lang: 'ja', caseId: C.kenDup, auth: 'dkimonly', to: kenTo,
    note: 'receipt authenticated by an aligned DKIM pass only',
    subject: subjNew(C.kenDup), date: d('2026-09-16 11:30:40', '+0000'), enc: 'sjisb64',
    text: `中村 健一 様

AWS Training and Certification フォームからのご連絡を受信しました。
受付番号: ${C.kenDup}
順番に対応しておりますので、今しばらくお待ちください。`,
  }),

  // ------------------------------------------------------------ ai_answer (7)
  M({
    slug: 'ja-ai-tool', kind: 'ai_answer', lang: 'ja', from: NOREPLY, to: kenTo, trap: true,
    note: 'AI-generated suggestion of the self-service tool; describes post-merge effects',
    subject: 'AWS サポートからの自動回答: 認定アカウントの統合', date: d('2026-09-14 07:58:03', '+0000'), enc: 'jis7',
    text: `この回答は AI によって生成されました。

ご質問の内容から、以下の手順で解決できる可能性があります。
1. AWS 認定アカウントにサインインし、プロフィールを開きます。
2. 「アカウントの統合」からもう一方のアカウントのメールアドレスを入力します。
3. 統合が完了すると、認定と特典 (バウチャーなど) は残したアカウントに表示され、Credly のバッジも後から受け取り直せます。

両方のアカウントに認定履歴がある場合はツールが使えません。その際は「ケースを作成」からご連絡ください。`,
  }),
  M({
    slug: 'ja-ai-short', kind: 'ai_answer', lang: 'ja', from: NOREPLY, to: misTo,
    note: 'short automated answer pointing at the profile merge tool',
    subject: '自動回答: アカウントの統合について', date: d('2026-09-20 23:41:00', '+0000'), enc: 'utf8qp',
    text: `自動応答によるご案内です。

認定アカウントの統合は、多くの場合セルフサービスで行えます。認定ポータルの [プロフィール] > [アカウントのマージ] をお試しください。
この回答で解決しない場合は、画面下の [ケースを作成] から担当者にお問い合わせいただけます。`,
  }),
  M({
    slug: 'ja-ai-multipart', kind: 'ai_answer', lang: 'ja', from: NOREPLY, to: daiTo,
    note: 'AI answer, multipart/alternative',
    subject: 'Amazon Q による回答のご案内', date: d('2026-10-01 02:10:12', '+0000'), enc: 'jisb64',
    text: `生成 AI によるご回答です。内容が正確でない場合があります。

旧勤務先のメールアドレスで作成した認定アカウントをお持ちの場合、まず個人のアドレスでサインインできるか確かめ、プロフィール画面のマージ機能をお使いください。
双方に受験履歴があるとエラーになることがあります。その場合はサポートまでお知らせください。`,
    html: `<html><body><p><i>生成 AI によるご回答です。内容が正確でない場合があります。</i></p>
<p>旧勤務先のメールアドレスで作成した認定アカウントをお持ちの場合、まず個人のアドレスでサインインできるか確かめ、プロフィール画面のマージ機能をお使いください。</p>
<p>双方に受験履歴があるとエラーになることがあります。その場合はサポートまでお知らせください。</p></body></html>`,
  }),
  M({
    slug: 'ja-ai-quoteq', kind: 'ai_answer', lang: 'ja', from: NOREPLY, to: kenTo, trap: true,
    note: 'automated answer that quotes the customer question, which says "merge completed?"',
    subject: 'ご質問への自動回答', date: d('2026-09-18 03:04:55', '+0000'), enc: 'sjis8',
    text: `いただいたご質問:
「統合が完了したかどうかはどこで確認できますか。バッジも移りますか。」

自動回答:
統合の状況はケースへの返信でのみお知らせしています。認定ポータルの [認定] タブで、残したアカウントに資格が一覧表示されているかご覧いただけます。Credly のバッジは、統合後に改めて受け取り手続きが必要な場合があります。

※この回答は自動で作成されています。`,
  }),
  M({
    slug: 'ja-ai-fail', kind: 'ai_answer', lang: 'ja', from: NOREPLY, to: misTo, auth: 'fail', trusted: false,
    note: 'AI-answer text but DMARC fails at the receiving server',
    subject: 'AI アシスタントからのご提案', date: d('2026-09-22 12:00:00', '+0000'), enc: 'utf8b64',
    text: `AI アシスタントからのご提案です。

「アカウント統合ツール」を使うと、2 つの認定アカウントを数分でひとつにできます。
下のボタンから手続きを始めてください。
https://merge-tool.example.net/start`,
  }),
  M({
    slug: 'ja-ai-createcase', kind: 'ai_answer', lang: 'ja', from: NOREPLY, to: daiTo, trap: true,
    note: 'automated answer mentioning case creation and closing; still only a suggestion',
    subject: 'お問い合わせへの回答 (自動)', date: d('2026-10-01 02:09:30', '+0000'), enc: 'jis7',
    text: `藤井様

この回答は自動的に作成されたものです。
アカウントの統合はセルフサービスでも承っております。この案内で問題が解決した場合は、何もしていただく必要はありません。ケースは作成されず、このやりとりは終了します。
解決しない場合は「ケースを作成」を選び、氏名・会社名・候補者 ID を入力して送信してください。`,
  }),
  M({
    slug: 'ja-ai-mixed', kind: 'ai_answer', lang: 'ja', from: NOREPLY, to: kenTo,
    note: 'English AI banner, Japanese body',
    subject: 'Generated answer / 自動生成された回答', date: d('2026-09-14 07:59:40', '+0000'), enc: 'utf8qp',
    text: `[AI-generated response - please verify before acting]

お問い合わせありがとうございます。
AWS 認定アカウントを 1 つにまとめたい場合は、セルフサービスの Merge Accounts 機能がご利用いただけます。マージ後、元のアカウントにはサインインできなくなりますのでご注意ください。
What to do next: Profile > Merge Accounts`,
  }),

  // ------------------------------------------------------------ info_request (9)
  M({
    slug: 'ja-info-mis', kind: 'info_request', lang: 'ja', caseId: C.mis, to: misTo,
    note: 'support asks for login addresses, certifications and which account to keep',
    subject: subj(C.mis), date: d('2026-09-22 01:20:08', '+0000'), enc: 'jis7',
    text: `${MIS_INFO_JA}

お手数ですが、本メールにそのままご返信ください。

AWS トレーニングと認定 カスタマーサポート
石田

${gmailJa('2026年9月21日(月) 8:47', '小林 美咲', MIS.keep)}
${q(MIS_REQ)}`,
  }),
  M({
    slug: 'ja-info-ken-inline', kind: 'info_request', lang: 'ja', caseId: C.ken, to: kenTo,
    note: 'inline reply: questions for the customer between his quoted lines',
    subject: subj(C.ken), date: d('2026-09-15 00:44:12', '+0000'), enc: 'sjis8',
    text: `中村様

大島です。いただいた内容に沿って、確認したい点を行間に書きました。

> 残す方: ${KEN.keepId} / ${KEN.keep}
こちらのアカウントで AWS Skill Builder もご利用でしょうか。Skill Builder 側のメールアドレスをお教えください。

> まとめる方: ${KEN.srcId} / ${KEN.src}
旧アカウントで取得された認定の名称と取得日を、わかる範囲で記載いただけますか。

> 会社: ${KEN.co}
承知しました。

以上 2 点、ご返信をお待ちしております。`,
  }),
  M({
    slug: 'ja-info-dai-preconsent', kind: 'info_request', lang: 'ja', caseId: C.dai, to: daiTo, trap: true,
    note: 'short new request for the candidate ID; the quoted customer mail already says he agrees to the merge',
    subject: subj(C.dai), date: d('2026-10-02 06:03:29', '+0000'), enc: 'utf8b64',
    text: `藤井様
恐れ入りますが、統合先アカウントの候補者 ID (AWS から始まる番号) のみご教示ください。
三浦

${gmailJa('2026年10月2日(金) 9:15', '藤井 大輔', DAI.keep)}
${q(`三浦様
早速のご連絡ありがとうございます。
統合に同意します。取り消しできないことも理解しています。
旧アカウントのほうはもうログインできないので、そちらで進めていただけると助かります。
藤井`)}`,
  }),
  M({
    slug: 'ja-info-confirmword', kind: 'info_request', lang: 'ja', caseId: C.ken, to: kenTo, trap: true,
    note: 'asks the customer to check and tell which address stays (confirm-worded info request)',
    subject: subj(C.ken), date: d('2026-09-15 23:10:51', '+0000'), enc: 'jisb64',
    text: `中村様

ご返信ありがとうございます。
統合後にサインインで使用されるメールアドレスは ${KEN.keep} でお間違いないでしょうか。ご確認のうえお知らせください。
あわせて、旧アカウントに未使用の受験割引バウチャーが残っているかどうかも教えていただけますと幸いです。

大島`,
  }),
  M({
    slug: 'ja-info-sf-unmarked', kind: 'info_request', lang: 'ja', caseId: C.mis, to: misTo,
    note: 'new question on top; Salesforce history below with no quote marks',
    subject: subj(C.mis), date: d('2026-09-23 04:55:00', '+0000'), enc: 'utf8qp',
    text: `小林様

ご回答ありがとうございます。
1 点だけ追加で伺います。Solutions Architect - Associate を受験された際の試験会場 (オンライン/テストセンター) と受験日をお知らせいただけますか。記録の照合に使用します。

石田
${sfRef('Mk7Q2')}

${sfHistJa(`小林 美咲 <${MIS.keep}>`, '2026/09/22 19:02', SUPPORT_ADDR, subj(C.mis))}

${MIS_ANS}

${MIS_INFO_JA}`,
  }),
  M({
    slug: 'ja-info-forged', kind: 'info_request', lang: 'ja', caseId: C.dai, to: daiTo, auth: 'forgedBelow', trusted: false,
    note: 'asks for IDs and a password; the only dmarc=pass sits below the server Received line',
    subject: subj(C.dai), date: d('2026-10-03 10:10:10', '+0000'), enc: 'jis7',
    text: `藤井様

統合手続きのため、以下をご返信ください。
・両アカウントの候補者 ID
・旧アカウントのパスワード
・生年月日

AWS Training and Certification`,
  }),
  M({
    slug: 'ja-info-keepaddr', kind: 'info_request', lang: 'ja', caseId: C.kenDup, to: who(KEN, KEN.src), from: SUPPORT,
    note: 'write from the address you keep AND send both candidate IDs: info request',
    subject: subj(C.kenDup), date: d('2026-09-17 02:31:44', '+0000'), enc: 'sjisb64', rcpt: KEN.src,
    text: `中村様

お問い合わせいただいたアドレス (${KEN.src}) は統合元のアカウントに紐づいております。
お手数ですが、統合後に残すアカウントのメールアドレスから改めてご返信ください。その際、両方の候補者 ID を本文に記載いただけますと手続きがスムーズです。`,
  }),
  M({
    slug: 'ja-info-bottom', kind: 'info_request', lang: 'ja', caseId: C.dai, to: daiTo,
    note: 'bottom-posted: quoted customer mail on top, new question underneath',
    subject: subj(C.dai), date: d('2026-10-01 23:58:02', '+0000'), enc: 'utf88bit',
    text: `${q(`お世話になります。藤井です。
アカウントが 2 つあり、どちらもログインはできます。
合格した試験は旧アカウントに 3 つ、新しいほうに 1 つです。`)}

藤井様
状況を教えていただきありがとうございます。
どちらのアカウントを残すか (統合先) が本文から読み取れませんでした。残したい方のメールアドレスと候補者 ID をお書き添えください。

サポート担当 三浦`,
  }),
  M({
    slug: 'ja-info-outlook-html', kind: 'info_request', lang: 'ja', caseId: C.misB, to: misTo,
    note: 'Outlook HTML reply: asks for the Credly account email; the quote talks about badges not moving',
    subject: subj(C.misB), date: d('2026-10-23 02:14:38', '+0000'), enc: 'utf8qp', trap: true,
    text: `小林様
バッジの件、確認いたします。Credly にご登録のメールアドレスを教えていただけますか。
石田

${outlookJa(`小林 美咲 <${MIS.keep}>`, '2026年10月22日 14:40', SUPPORT_ADDR, `ケース ${C.misB}`)}
統合後もバッジが移っていません。バッジは旧アドレス側にあります。`,
    html: htmlOutlook(`小林様
バッジの件、確認いたします。Credly にご登録のメールアドレスを教えていただけますか。
石田`, `差出人: 小林 美咲 <${MIS.keep}>
送信日時: 2026年10月22日 14:40
宛先: ${SUPPORT_ADDR}
件名: ケース ${C.misB}`, '統合後もバッジが移っていません。バッジは旧アドレス側にあります。'),
  }),

  // ------------------------------------------------------------ confirmation_request (9)
  M({
    slug: 'ja-conf-ken', kind: 'confirmation_request', lang: 'ja', caseId: C.ken, to: kenTo,
    note: 'asks for consent to an irreversible merge; unmarked Outlook history below',
    subject: subj(C.ken), date: d('2026-09-16 06:21:17', '+0000'), enc: 'jis7',
    text: `${KEN_CONF_JA}

どうぞよろしくお願いいたします。

${outlookJa(`中村 健一 <${KEN.keep}>`, '2026年9月16日 9:02', SUPPORT_ADDR, `RE: ${subj(C.ken)}`)}

大島様
Skill Builder も ${KEN.keep} で使っています。旧アカウントでは SAA と DVA を取得しています。
${KEN_REQ}`,
  }),
  M({
    slug: 'ja-conf-dai', kind: 'confirmation_request', lang: 'ja', caseId: C.dai, to: daiTo,
    note: 'consent request for the merge, quoting the customer ID answer',
    subject: subj(C.dai), date: d('2026-10-02 08:40:00', '+0000'), enc: 'sjis8',
    text: `${DAI_CONF_JA}

> 統合先は ${DAI.keepId} です。
> よろしくお願いします。`,
  }),
  M({
    slug: 'ja-conf-mis', kind: 'confirmation_request', lang: 'ja', caseId: C.mis, to: misTo,
    note: 'lists both accounts and asks whether the merge may be carried out',
    subject: subj(C.mis), date: d('2026-09-24 00:02:51', '+0000'), enc: 'utf8qp',
    text: `小林様

ご回答ありがとうございました。照合が取れましたので、次の内容で手続きを行う予定です。
 ・残るアカウント ${MIS.keepId} (${MIS.keep})
 ・統合されるアカウント ${MIS.srcId} (${MIS.src})
統合後、${MIS.srcId} は利用できなくなり、元の状態には戻せません。差し支えなければ、このまま進めてよいかお返事ください。

石田

${q(MIS_ANS)}
${q(q(MIS_INFO_JA))}`,
  }),
  M({
    slug: 'ja-conf-oneline', kind: 'confirmation_request', lang: 'ja', caseId: C.dai, to: daiTo,
    note: 'one new line asking for consent above a long quoted thread',
    subject: subj(C.dai), date: d('2026-10-02 08:41:30', '+0000'), enc: 'jisb64',
    text: `下記の 2 アカウントを統合して差し支えないか、ご返信でお知らせください (統合は取り消せません)。

${gmailJa('2026年10月2日(金) 17:30', '藤井 大輔', DAI.keep)}
${q(`統合先は ${DAI.keepId}、統合元は ${DAI.srcId} です。旧アカウントの Credly バッジもまとめてほしいです。`)}
>
${q(gmailJa('2026年10月2日(金) 15:03', 'AWS Training and Certification', SUPPORT_ADDR))}
${q(q(`藤井様
恐れ入りますが、統合先アカウントの候補者 ID のみご教示ください。`))}`,
  }),
  M({
    slug: 'ja-conf-reminder', kind: 'confirmation_request', lang: 'ja', caseId: C.ken, to: kenTo,
    note: 'repeated consent request after no answer (not a closing notice)',
    subject: subj(C.ken), date: d('2026-09-19 01:00:04', '+0000'), enc: 'sjisb64',
    text: `中村様

先日お送りした統合内容のご確認について、まだご返信をいただいておりません。
${KEN.srcId} → ${KEN.keepId} の統合に同意いただける場合は、その旨をこのメールにご返信ください。ご返信をいただき次第、手続きに入ります。

大島`,
  }),
  M({
    slug: 'ja-conf-lookalike', kind: 'confirmation_request', lang: 'ja', caseId: C.mis, to: misTo, trusted: false,
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.co.jp.example.net>',
    note: 'consent request from a look-alike domain ending in example.net',
    subject: subj(C.mis), date: d('2026-09-24 03:30:00', '+0000'), enc: 'jis7',
    text: `小林様
統合の最終確認です。24 時間以内に下のリンクから同意してください。期限を過ぎると両方のアカウントが停止されます。
https://amazon.co.jp.example.net/consent?case=${C.mis}`,
  }),
  M({
    slug: 'ja-conf-failforged', kind: 'confirmation_request', lang: 'ja', caseId: C.dai, to: daiTo, auth: 'failThenForged', trusted: false,
    note: 'top verdict is dmarc=fail; a planted pass further down does not count',
    subject: subj(C.dai), date: d('2026-10-02 09:00:00', '+0000'), enc: 'utf8b64',
    text: `藤井様
統合してよろしいですか。同意される場合は「同意します」とだけ返信してください。`,
  }),
  M({
    slug: 'ja-conf-bottom', kind: 'confirmation_request', lang: 'ja', caseId: C.mis, to: misTo,
    note: 'bottom-posted consent request below the quoted customer answers',
    subject: subj(C.mis), date: d('2026-09-24 05:17:26', '+0000'), enc: 'utf88bit',
    text: `${gmailJa('2026年9月23日(水) 21:05', '小林 美咲', MIS.keep)}
${q(`石田様
オンライン受験で、2023年6月18日です。
ほかに必要なものがあれば言ってください。`)}

小林様
ありがとうございます。記録の照合ができました。
${MIS.srcId} を ${MIS.keepId} に統合すると、旧アカウントは閉鎖され、元に戻すことはできません。この内容で実施してよろしいでしょうか。ご返信をお待ちしております。
石田`,
  }),
  M({
    slug: 'ja-conf-html', kind: 'confirmation_request', lang: 'ja', caseId: C.ken, to: kenTo,
    note: 'HTML-only consent request with a gmail_quote block',
    subject: subj(C.ken), date: d('2026-09-16 06:25:00', '+0000'), enc: 'utf8b64',
    html: htmlGmail(`中村様
前回のメールに記載漏れがございました。改めて、${KEN.srcId} を ${KEN.keepId} に統合してよいか、ご返信にてご同意いただけますでしょうか。統合は元に戻せません。
大島`, `2026年9月16日(水) 9:02 中村 健一 <${KEN.keep}>:`, `Skill Builder も ${KEN.keep} で使っています。`),
  }),

  // ------------------------------------------------------------ merge_completed (9)
  M({
    slug: 'ja-done-oneline', kind: 'merge_completed', lang: 'ja', caseId: C.ken, to: kenTo,
    note: 'one new line (merge done) above the consent, the consent request and the request',
    subject: subj(C.ken), date: d('2026-09-17 09:12:40', '+0000'), enc: 'jis7',
    text: `中村様、統合処理が完了しましたのでお知らせします。大島

${gmailJa('2026年9月17日(木) 10:03', '中村 健一', KEN.keep)}
${q(KEN_CONSENT)}
>
${q(gmailJa('2026年9月16日(水) 15:21', 'AWS Training and Certification', SUPPORT_ADDR))}
${q(q(KEN_CONF_JA))}
>>
${q(q(KEN_REQ))}`,
  }),
  M({
    slug: 'ja-done-dai', kind: 'merge_completed', lang: 'ja', caseId: C.dai, to: daiTo,
    note: 'merge done; asks the customer to check that everything looks right',
    subject: subj(C.dai), date: d('2026-10-05 07:45:12', '+0000'), enc: 'sjis8',
    text: `藤井様

お世話になっております。三浦です。
ご同意いただいた内容にて、${DAI.srcId} の記録を ${DAI.keepId} に移し終えました。
お手数ですが、認定ポータルにサインインし、資格・受験履歴・特典がそろっているかご確認ください。

${q(DAI_CONSENT)}`,
  }),
  M({
    slug: 'ja-done-mis-close', kind: 'merge_completed', lang: 'ja', caseId: C.mis, to: misTo,
    note: 'merge done and the case will be closed: the new fact is the merge',
    subject: subj(C.mis), date: d('2026-09-26 02:08:09', '+0000'), enc: 'utf8qp',
    text: `小林様

ご返信ありがとうございました。本日、アカウントの統合作業が終わりました。以後は ${MIS.keep} でサインインいただけます。
本件はこれにてクローズいたします。

石田

${gmailJa('2026年9月25日(金) 9:20', '小林 美咲', MIS.keep)}
${q('はい、その内容で統合をお願いします。')}`,
  }),
  M({
    slug: 'ja-done-portal', kind: 'merge_completed', lang: 'ja', from: 'AWS Certification <no-reply@certification.aws.training>', to: daiTo,
    note: 'certification portal notice of merged accounts, no case ID',
    subject: '認定アカウントの統合が完了しました', date: d('2026-10-05 07:40:02', '+0000'), enc: 'jisb64',
    text: `${DAI.ja} 様

お客様の AWS 認定アカウント ${DAI.srcId} と ${DAI.keepId} は統合されました。
統合後の候補者 ID: ${DAI.keepId}
サインイン用メールアドレス: ${DAI.keep}

このメールは送信専用です。`,
  }),
  M({
    slug: 'ja-done-fwd-backoffice', kind: 'merge_completed', lang: 'ja', caseId: C.ken, to: kenTo,
    note: 'agent forwards the back-office note; the forwarded part below says the merge was carried out',
    subject: subj(C.ken), date: d('2026-09-17 09:30:00', '+0000'), enc: 'sjisb64', trap: false,
    text: `中村様
担当部署からの連絡を下に転送いたします。

${fwdJa('Certification Ops <cert-ops@amazon.com>', '2026年9月17日 18:05', `Case ${C.ken}`, SUPPORT_ADDR)}

Case ${C.ken}: ${KEN.srcId} の記録 (認定 2 件、受験履歴 3 件、特典 1 件) を ${KEN.keepId} へ統合済み。統合元は無効化しました。`,
  }),
  M({
    slug: 'ja-done-noauth', kind: 'merge_completed', lang: 'ja', caseId: C.mis, to: misTo, auth: 'none', trusted: false,
    note: 'completion text but no Authentication-Results at all',
    subject: subj(C.mis), date: d('2026-09-26 03:00:00', '+0000'), enc: 'jis7',
    text: `小林様
統合が完了しました。確認のため、下記から旧アカウントのパスワードで一度サインインしてください。
https://aws-cert-verify.example.org/`,
  }),
  M({
    slug: 'ja-done-freemail', kind: 'merge_completed', lang: 'ja', caseId: C.dai, to: daiTo, trusted: false,
    from: 'AWS Training and Certification <aws.training.support.jp@freemail.example.com>',
    note: 'trusted display name on a free-mail address',
    subject: subj(C.dai), date: d('2026-10-05 01:00:00', '+0000'), enc: 'utf8b64',
    text: `藤井様
アカウントの統合が完了いたしました。Credly のバッジを受け取るには手数料のお支払いが必要です。`,
  }),
  M({
    slug: 'ja-done-inline', kind: 'merge_completed', lang: 'ja', caseId: C.kenDup, to: kenTo,
    note: 'inline reply; the answer to "when?" is that the merge was completed today',
    subject: subj(C.kenDup), date: d('2026-09-17 10:02:00', '+0000'), enc: 'jis7',
    text: `中村様

ご質問に行間でお答えします。

> 統合はいつ頃になりますか。
本日、統合の処理が完了いたしました。

> 旧アカウントのバウチャーはどうなりますか。
統合先の [特典] に表示されています。

> 別ケース (${C.ken}) も出してしまいました。
問題ございません、こちらで承知しております。`,
  }),
  M({
    slug: 'ja-done-mixed', kind: 'merge_completed', lang: 'ja', caseId: C.mis, to: misTo,
    note: 'English boilerplate, Japanese new text saying the merge has been done',
    subject: subj(C.mis), date: d('2026-09-26 02:10:33', '+0000'), enc: 'utf8qp',
    text: `Hello,

お待たせしました。${MIS.keepId} へのマージが完了しています。旧アカウントの認定 2 件も表示されるようになりました。

Best regards,
AWS Training and Certification Customer Support
This email was sent from a notification-only address.`,
  }),

  // ------------------------------------------------------------ badges_transferred (8)
  M({
    slug: 'ja-badge-credly', kind: 'badges_transferred', lang: 'ja', from: CREDLY_AWS, to: kenTo,
    note: 'AWS badge issued via Credly to the kept address after the merge',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-09-18 12:31:07', '+0000'), enc: 'utf8qp',
    text: `${KEN.ja}さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/6d1e3a70-2f4b-4c9e-a1d8-0b7f52c4e911

Credly`,
    html: `<html><body><p>${KEN.ja}さん</p><p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。</p><p><a href="https://www.credly.com/earner/earned/badge/6d1e3a70-2f4b-4c9e-a1d8-0b7f52c4e911">バッジを入手する</a></p><p>Credly</p></body></html>`,
  }),
  M({
    slug: 'ja-badge-oneline', kind: 'badges_transferred', lang: 'ja', caseId: C.misB, to: misTo,
    note: 'one new line (badges moved) above the customer complaint that they had not',
    subject: subj(C.misB), date: d('2026-10-26 04:44:00', '+0000'), enc: 'jis7',
    text: `Credly のバッジ 2 点を ${MIS.keep} のアカウントへ移行いたしました。石田

${gmailJa('2026年10月24日(土) 22:10', '小林 美咲', MIS.keep)}
${q(`石田様
はい、Credly の統合もお願いします。
バッジがまだ旧アドレスのほうにしかなく、プロフィールに表示されません。
よろしくお願いいたします。`)}`,
  }),
  M({
    slug: 'ja-badge-close', kind: 'badges_transferred', lang: 'ja', caseId: C.dai, to: daiTo,
    note: 'support says the badges moved and closes the case',
    subject: subj(C.dai), date: d('2026-10-07 06:30:45', '+0000'), enc: 'sjis8',
    text: `藤井様

ご連絡が遅くなり申し訳ございません。
旧アカウントに紐づいていたデジタルバッジ 3 点を、Credly 上で ${DAI.keep} のプロフィールへ付け替えました。数時間以内に反映されます。
その他ご不明な点がなければ、本ケースは終了とさせていただきます。

三浦`,
  }),
  M({
    slug: 'ja-badge-inline', kind: 'badges_transferred', lang: 'ja', caseId: C.ken, to: kenTo,
    note: 'inline answers; the new fact is that the badges were moved',
    subject: subj(C.ken), date: d('2026-09-18 08:08:08', '+0000'), enc: 'jisb64',
    text: `中村様

> 資格は表示されましたが、Credly のバッジが旧アドレスに残っています。
移行いたしました。Credly に ${KEN.keep} でサインインしていただくと、SAA と DVA のバッジが表示されます。

> 受け取りの操作は必要ですか。
不要です。

大島`,
  }),
  M({
    slug: 'ja-badge-lookalike', kind: 'badges_transferred', lang: 'ja', to: misTo, trusted: false,
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.example.com>',
    note: 'Credly-styled badge mail from a look-alike domain',
    subject: 'バッジが移行されました', date: d('2026-10-26 06:00:00', '+0000'), enc: 'utf8b64',
    text: `小林 美咲さん
統合されたアカウントにバッジを移行しました。下のリンクから Credly にサインインして受け取ってください。
https://credly-badges.example.com/claim`,
  }),
  M({
    slug: 'ja-badge-credly-html', kind: 'badges_transferred', lang: 'ja', from: CREDLY_AWS, to: daiTo,
    note: 'HTML-only Credly notice of an AWS badge for the kept address',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-10-06 15:02:33', '+0000'), enc: 'jisb64',
    html: `<html><body>
<p>藤井 大輔さん、おめでとうございます。</p>
<p>Amazon Web Services Training and Certification が「AWS Certified Security - Specialty」のバッジをあなたに発行しました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/0c5a9e21-7744-4b2b-9d0e-5a6f3e1c8b02">バッジを入手する</a></p>
<p>このメールは Credly から送信されています。</p>
</body></html>`,
  }),
  M({
    slug: 'ja-badge-outlook-unmarked', kind: 'badges_transferred', lang: 'ja', caseId: C.kenDup, to: kenTo,
    note: 'top-posted: badges now on the kept account; unmarked Outlook history below',
    subject: subj(C.kenDup), date: d('2026-09-18 09:00:12', '+0000'), enc: 'sjisb64',
    text: `中村様
バッジの付け替えが終わりました。Credly のダッシュボードでご確認いただけます。

${outlookJa(`中村 健一 <${KEN.keep}>`, '2026年9月18日 8:40', SUPPORT_ADDR, `RE: ${subj(C.kenDup)}`)}

統合ありがとうございました。ただ Credly のバッジだけが ${KEN.src} 側に残っています。`,
  }),
  M({
    slug: 'ja-badge-bottom-thread', kind: 'badges_transferred', lang: 'ja', caseId: C.dai, to: daiTo,
    note: 'thread printed oldest first; the newest part at the bottom says the badges were moved',
    subject: subj(C.dai), date: d('2026-10-07 02:00:00', '+0000'), enc: 'utf88bit',
    text: `---- ケース履歴 (古い順) ----

[2026/10/05 藤井 大輔]
統合を確認しました。ただ Credly のバッジは旧アカウントのままです。

[2026/10/06 サポート 三浦]
確認いたします。少々お待ちください。

[2026/10/07 サポート 三浦]
お待たせしました。バッジ 3 点を ${DAI.keep} の Credly アカウントへ移しました。`,
  }),

  // ------------------------------------------------------------ case_closed (8)
  M({
    slug: 'ja-close-auto', kind: 'case_closed', lang: 'ja', caseId: C.kenDup, to: kenTo,
    note: 'will auto-close in 7 days without a reply',
    subject: subj(C.kenDup), date: d('2026-09-20 00:00:31', '+0000'), enc: 'jis7',
    text: `中村様

前回のご連絡以降、ご返信を確認できておりません。
7 日以内にご返信がない場合、このケースは自動的にクローズされます。引き続きお手伝いが必要な場合は、このメールに返信してください。`,
  }),
  M({
    slug: 'ja-close-restate', kind: 'case_closed', lang: 'ja', caseId: C.dai, to: daiTo, trap: true,
    note: 'closing notice that only restates the earlier merge',
    subject: subj(C.dai), date: d('2026-10-13 01:12:00', '+0000'), enc: 'sjis8',
    text: `藤井様

10 月 5 日に統合が完了し、その後バッジも移行済みのため、本ケースをクローズいたします。
またのお問い合わせをお待ちしております。

三浦`,
  }),
  M({
    slug: 'ja-close-thanks', kind: 'case_closed', lang: 'ja', caseId: C.misB, to: misTo, trap: true,
    note: 'resolved and closed; the quoted customer thanks says the badges moved',
    subject: subj(C.misB), date: d('2026-10-27 03:33:03', '+0000'), enc: 'utf8qp',
    text: `小林様
ご確認いただきありがとうございます。本件は解決済みとしてクローズしました。

${gmailJa('2026年10月27日(火) 9:02', '小林 美咲', MIS.keep)}
${q(`石田様
バッジも移っていました! 統合もバッジも全部そろいました。ありがとうございました。`)}`,
  }),
  M({
    slug: 'ja-close-dup', kind: 'case_closed', lang: 'ja', caseId: C.kenDup, to: kenTo,
    note: 'the duplicate case is closed; work continues on the other case',
    subject: subj(C.kenDup), date: d('2026-09-17 03:00:00', '+0000'), enc: 'jisb64',
    text: `中村様

同じ内容のケースが 2 件ございましたので、こちら (${C.kenDup}) は終了とし、以降はケース ${C.ken} でご案内いたします。
ご返信は ${C.ken} のメールにお願いいたします。`,
  }),
  M({
    slug: 'ja-close-notify', kind: 'case_closed', lang: 'ja', caseId: C.ken, from: NOREPLY, to: kenTo,
    note: 'AWS Support notification that the case is resolved',
    subject: `ケース ${C.ken} は解決済みになりました`, date: d('2026-09-25 00:05:00', '+0000'), enc: 'sjisb64',
    text: `お客様のサポートケース ${C.ken} のステータスが「解決済み」に変更されました。
再度お問い合わせが必要な場合は、サポートセンターからケースを再開してください。

Amazon Web Services`,
  }),
  M({
    slug: 'ja-close-misaligned', kind: 'case_closed', lang: 'ja', caseId: C.mis, to: misTo, auth: 'misaligned', trusted: false,
    note: 'closing text; DKIM passes only for an unrelated bulk domain and DMARC fails',
    subject: subj(C.mis), date: d('2026-09-30 05:00:00', '+0000'), enc: 'jis7',
    text: `小林様
本ケースはクローズされました。再開するには下記から手続きしてください。
https://sendgrid-bulk-7731.net/reopen`,
  }),
  M({
    slug: 'ja-close-oneline', kind: 'case_closed', lang: 'ja', caseId: C.ken, to: kenTo, trap: true,
    note: 'one closing line above a quote containing the merge-completed notice',
    subject: subj(C.ken), date: d('2026-09-24 02:12:00', '+0000'), enc: 'utf8b64',
    text: `本件はこれでクローズとさせていただきます。ご利用ありがとうございました。

${gmailJa('2026年9月18日(金) 19:40', '中村 健一', KEN.keep)}
${q(`大島様
バッジも確認できました。ありがとうございました。`)}
>
${q(gmailJa('2026年9月17日(木) 18:12', 'AWS Training and Certification', SUPPORT_ADDR))}
${q(q(KEN_DONE))}`,
  }),
  M({
    slug: 'ja-close-html', kind: 'case_closed', lang: 'ja', caseId: C.dai, to: daiTo,
    note: 'HTML-only: case resolved, with a feedback link',
    subject: subj(C.dai), date: d('2026-10-14 00:00:00', '+0000'), enc: 'utf8qp',
    html: `<html><body><p>藤井様</p>
<p>お問い合わせのケース ${C.dai} を解決済みとしてクローズいたしました。</p>
<p>今回の対応についてご意見をお聞かせください: <a href="https://support.aws.amazon.com/feedback">アンケート</a></p>
<p>AWS トレーニングと認定</p></body></html>`,
  }),

  // ------------------------------------------------------------ support_reply (10)
  M({
    slug: 'ja-sr-thanksconsent', kind: 'support_reply', lang: 'ja', caseId: C.ken, to: kenTo, trap: true,
    note: 'short thanks-for-consenting, passed to the team; the quote says "I agree to the merge"',
    subject: subj(C.ken), date: d('2026-09-17 01:30:00', '+0000'), enc: 'jis7',
    text: `中村様
ご返信ありがとうございます。担当部署に依頼しました。
大島

${gmailJa('2026年9月17日(木) 10:03', '中村 健一', KEN.keep)}
${q(KEN_CONSENT)}
>
${q(q(KEN_CONF_JA))}`,
  }),
  M({
    slug: 'ja-sr-future', kind: 'support_reply', lang: 'ja', caseId: C.dai, to: daiTo, trap: true,
    note: 'future: will report once the merge is complete',
    subject: subj(C.dai), date: d('2026-10-03 05:05:05', '+0000'), enc: 'sjis8',
    text: `藤井様

同意のご連絡を受け取りました。統合が完了しましたら、あらためてこちらからご連絡いたします。通常 3 から 5 営業日ほどかかります。

${q(DAI_CONSENT)}`,
  }),
  M({
    slug: 'ja-sr-unable', kind: 'support_reply', lang: 'ja', caseId: C.mis, to: misTo, trap: true,
    note: 'negated: the merge cannot be carried out yet',
    subject: subj(C.mis), date: d('2026-09-25 06:40:00', '+0000'), enc: 'utf8qp',
    text: `小林様

確認したところ、${MIS.srcId} に 10 月の試験予約が残っているため、現時点では統合を実施できません。
受験が終わりましたら、このケースにご返信ください。それまでは統合は保留とさせていただきます。

石田`,
  }),
  M({
    slug: 'ja-sr-escalate', kind: 'support_reply', lang: 'ja', caseId: C.misB, to: misTo, trap: true,
    note: 'escalation notice; the quote talks about badges',
    subject: subj(C.misB), date: d('2026-10-25 00:20:00', '+0000'), enc: 'jisb64',
    text: `小林様
バッジの件は Credly 連携の担当チームにエスカレーションしました。結果が分かり次第ご連絡します。

> バッジが旧アドレスのほうにしかなく、プロフィールに表示されません。`,
  }),
  M({
    slug: 'ja-sr-mergedcases', kind: 'support_reply', lang: 'ja', caseId: C.ken, to: kenTo, trap: true,
    note: 'merged duplicate support cases, not accounts',
    subject: subj(C.ken), date: d('2026-09-17 03:05:00', '+0000'), enc: 'sjisb64',
    text: `中村様

重複して作成されていたケース (${C.kenDup}) を、こちらのケース ${C.ken} に統合しました。
アカウントの手続きは引き続き本ケースで進めてまいります。`,
  }),
  M({
    slug: 'ja-sr-inline-faq', kind: 'support_reply', lang: 'ja', caseId: C.dai, to: daiTo, trap: true,
    note: 'inline answers to questions about what will happen after the merge (future, no event)',
    subject: subj(C.dai), date: d('2026-10-02 03:00:00', '+0000'), enc: 'utf88bit',
    text: `藤井様

> 統合すると、旧アカウントのバウチャーはどうなりますか。
統合後は、残るアカウントの特典ページに表示されます。

> Credly のバッジは自動で移りますか。
統合が終わった後に、Credly 側で手続きが必要になる場合がございます。その際はご案内します。

> 試験の予約はありません。
承知しました。

三浦`,
  }),
  M({
    slug: 'ja-sr-willcheck', kind: 'support_reply', lang: 'ja', caseId: C.mis, to: misTo, trap: true,
    note: 'will check and come back; the quoted customer mail mentions the completed merge and badges',
    subject: subj(C.mis), date: d('2026-09-27 01:11:00', '+0000'), enc: 'jis7',
    text: `小林様
承知しました。確認して折り返しご連絡します。

${gmailJa('2026年9月26日(土) 22:45', '小林 美咲', MIS.keep)}
${q(`統合完了のご連絡ありがとうございました。
ただ、バッジがまだ旧アカウント側に残っているようです。`)}`,
  }),
  M({
    slug: 'ja-sr-status', kind: 'support_reply', lang: 'ja', caseId: C.kenDup, to: kenTo,
    note: 'plain status update: still being processed',
    subject: subj(C.kenDup), date: d('2026-09-16 23:00:00', '+0000'), enc: 'utf8b64',
    text: `中村様
お問い合わせの件は現在担当チームで作業中です。進捗があり次第お知らせいたします。お待たせして申し訳ございません。`,
  }),
  M({
    slug: 'ja-sr-bottom', kind: 'support_reply', lang: 'ja', caseId: C.mis, to: misTo, trap: true,
    note: 'bottom-posted thanks under the quoted consent; nothing has happened yet',
    subject: subj(C.mis), date: d('2026-09-25 01:00:00', '+0000'), enc: 'sjis8',
    text: `${gmailJa('2026年9月25日(金) 9:20', '小林 美咲', MIS.keep)}
${q(`はい、その内容で統合をお願いします。
統合に同意します。`)}

小林様
ご同意ありがとうございます。手続きを開始いたしました。いましばらくお待ちください。
石田`,
  }),
  M({
    slug: 'ja-sr-internal-cc', kind: 'support_reply', lang: 'ja', caseId: C.dai, to: 'Certification Ops <cert-ops@amazon.com>', cc: daiTo, trap: true,
    note: 'agent hands the consent to the back office, customer in Cc; the hand-off is not a merge',
    subject: subj(C.dai), date: d('2026-10-03 04:00:00', '+0000'), enc: 'jisb64', rcpt: DAI.keep,
    text: `担当チーム各位 (藤井様 Cc)

お客様から統合への同意をいただきましたので、下記のとおり統合作業をお願いします。
 統合元 ${DAI.srcId} / 統合先 ${DAI.keepId}

藤井様: 作業は担当チームが行います。完了しましたらご連絡いたします。

${q(DAI_CONSENT)}`,
  }),

  // ------------------------------------------------------------ unrelated (10)
  M({
    slug: 'ja-un-ownconsent', kind: 'unrelated', lang: 'ja', caseId: C.ken, trusted: false, trap: true,
    from: who(KEN, KEN.keep), to: `AWS Training and Certification <${SUPPORT_ADDR}>`, cc: who(KEN, KEN.src), auth: 'pass', rcpt: KEN.src,
    note: "the user's own consent reply (copied to his other address), quoting the confirmation request",
    subject: `Re: ${subj(C.ken)}`, date: d('2026-09-17 10:03:12', '+0900'), enc: 'jis7',
    text: `${KEN_CONSENT}

${gmailJa('2026年9月16日(水) 15:21', 'AWS Training and Certification', SUPPORT_ADDR)}
${q(KEN_CONF_JA)}`,
  }),
  M({
    slug: 'ja-un-ownforward', kind: 'unrelated', lang: 'ja', caseId: C.dai, trusted: false, trap: true, auth: 'none',
    from: who(DAI, DAI.keep), to: who(DAI, DAI.src), rcpt: DAI.src,
    note: "the user's forward of the completion notice to his old address",
    subject: `Fwd: ${subj(C.dai)}`, date: d('2026-10-05 19:00:00', '+0900'), enc: 'sjis8',
    text: `念のため旧アドレスにも転送しておく。

${fwdJa(SUPPORT, '2026年10月5日 16:45', subj(C.dai), DAI.keep)}

藤井様
ご同意いただいた内容にて、${DAI.srcId} の記録を ${DAI.keepId} に移し終えました。`,
  }),
  M({
    slug: 'ja-un-colleague', kind: 'unrelated', lang: 'ja', trusted: false, trap: true, auth: 'pass',
    from: '高橋 翔 <sho.takahashi@ryokuden.example.co.jp>', to: who(KEN, KEN.src),
    note: 'colleague asks how the merge went; no news from support',
    subject: 'AWS認定の統合の件', date: d('2026-09-18 13:20:00', '+0900'), enc: 'utf8qp',
    text: `中村さん

お疲れさまです、高橋です。
AWS 認定アカウントの統合、もう完了したと聞きました。バッジも移ったんでしょうか?
自分も同じ状況なので、サポートへの同意の返信をどう書いたか教えてもらえると助かります。`,
  }),
  M({
    slug: 'ja-un-ooo', kind: 'unrelated', lang: 'ja', caseId: C.dai, trusted: false, trap: true, auth: 'pass',
    from: who(DAI, DAI.src), to: `<${SUPPORT_ADDR}>`, cc: daiTo, rcpt: DAI.keep,
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    note: "old company's auto-reply to support's confirmation request",
    subject: `自動応答: ${subj(C.dai)}`, date: d('2026-10-02 17:41:00', '+0900'), enc: 'jis7',
    text: `このメールは自動応答です。
藤井は 2026 年 9 月 30 日をもって退職いたしました。ご用件は info@kumo-partner.example.co.jp までお願いいたします。

----- 受信したメール -----
件名: ${subj(C.dai)}
${DAI_CONF_JA}`,
  }),
  M({
    slug: 'ja-un-survey', kind: 'unrelated', lang: 'ja', caseId: C.mis, from: NOREPLY, to: misTo, trap: true,
    note: 'satisfaction survey mentioning the resolved case',
    subject: 'お問い合わせは解決しましたか?', date: d('2026-09-28 00:00:00', '+0000'), enc: 'jisb64',
    text: `ケース ${C.mis} (アカウントの統合) の対応はいかがでしたか。
1 分で終わるアンケートにご協力ください。
https://aws.amazon.com/survey/?case=${C.mis}`,
  }),
  M({
    slug: 'ja-un-credly-cncf', kind: 'unrelated', lang: 'ja', from: 'The Linux Foundation via Credly <admin@credly.com>', to: kenTo, trap: true,
    note: 'Credly badge from a non-AWS issuer',
    subject: 'The Linux Foundationのバッジ発行のお知らせ', date: d('2026-09-19 09:00:00', '+0000'), enc: 'utf8qp',
    text: `${KEN.ja}さん
The Linux Foundation から「CKA: Certified Kubernetes Administrator」のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/aa3f0d11-58b0-4e2c-9b37-21c8d7e6f415`,
  }),
  M({
    slug: 'ja-un-credly-mergecode', kind: 'unrelated', lang: 'ja', from: 'Credly <no-reply@credly.com>', to: misTo, trap: true,
    note: "Credly's own account-merge verification code",
    subject: 'Credly アカウント統合の確認コード', date: d('2026-10-24 13:00:00', '+0000'), enc: 'utf8b64',
    text: `Credly アカウントの統合を完了するには、次の確認コードを入力してください。
確認コード: 482916
このコードの有効期限は 30 分です。心当たりがない場合はこのメールを無視してください。`,
  }),
  M({
    slug: 'ja-un-examresult', kind: 'unrelated', lang: 'ja', from: 'AWS Training and Certification <no-reply@certification.aws.training>', to: daiTo, trap: true,
    note: 'exam result notice ("your exam is complete"); not a merge event',
    subject: 'AWS 認定試験の結果のお知らせ', date: d('2026-10-10 03:00:00', '+0000'), enc: 'sjisb64',
    text: `藤井 大輔 様
AWS Certified Security - Specialty の受験が完了し、スコアが確定しました。
結果は認定アカウントの [受験履歴] からご確認いただけます。合格された場合、数日以内に Credly からバッジのご案内が届きます。`,
  }),
  M({
    slug: 'ja-un-resent-summit', kind: 'unrelated', lang: 'ja', forUser: false, trap: true,
    from: 'AWS Japan <aws-marketing-japan@amazon.com>', to: who(KEN, KEN.src),
    resent: { from: 'kenichi.nakamura@ryokuden.example.co.jp', to: 'sho.takahashi@ryokuden.example.co.jp', date: d('2026-09-20 09:00:00', '+0900') },
    note: 'marketing mail redirected (Resent-*) to a colleague; registration "completed" wording',
    subject: 'AWS Summit Japan 事前登録完了のご案内', date: d('2026-09-19 01:00:00', '+0000'), enc: 'jis7',
    text: `AWS Summit Japan の事前登録が完了しました。
当日は認定者ラウンジもご利用いただけます。認定バッジをご提示ください。`,
  }),
  M({
    slug: 'ja-un-teamlist', kind: 'unrelated', lang: 'ja', forUser: false, trusted: false, trap: true, auth: 'pass',
    from: '高橋 翔 <sho.takahashi@ryokuden.example.co.jp>', to: 'クラウド推進チーム <cloud-team@ryokuden.example.co.jp>',
    note: "team list post about the merge procedure, not addressed to the user's addresses",
    subject: '【共有】AWS認定アカウント統合の手順', date: d('2026-09-22 11:00:00', '+0900'), enc: 'utf8qp',
    text: `チーム各位

中村さんの事例をもとに、AWS 認定アカウント統合の流れをまとめました。
1. フォームからケース作成 → 受付メール
2. サポートから統合の確認依頼 → 「統合に同意します」と返信
3. 数日で統合完了の連絡、バッジは別途移行
退職予定の方は早めに対応してください。`,
  }),
];
