// Japanese-script mail, part 1: receipts, AI answers, information and confirmation requests.
// Agents and systems here write Japanese as learners or machine translation would.
import type { Msg } from './lib.js';
import { AN, AN_REQ, AWS_NOTIFY, EMMA, EMMA_REQ, KENJI, KENJI_REQ, LI, LI_REQ, RAJ, RAJ_REQ, SAKI, SAKI_REQ, SUPPORT, addr, gmailJa, mk, outlookJa, paras, quote, sf, sfRef, subj, subjNew } from './common.js';

export const JA1: Msg[] = [
  // ---------------- acknowledgement
  mk({
    slug: 'ack-an-jis', kind: 'acknowledgement', lang: 'ja', caseId: AN.case, enc: 'jis7',
    note: 'automatic receipt in stiff machine-translated Japanese, case ID in subject and body',
    from: SUPPORT, to: addr(AN.en, AN.keep), subject: `[CASE ${AN.case}] お問い合わせを受け付けました - AWS Training and Certification`, at: '2026-02-09 03:12:40',
    text: `${AN.ja} 様

AWS トレーニングと認定に連絡していただいて、ありがとうございました。
お客様のお問い合わせは、ケース番号 ${AN.case} で登録されました。
担当者より通常24時間以内にご連絡させていただきます。

同じ内容で新しいケースを作ることはしないでください、ご回答が遅くなる原因になります。
このメールは送信専用アドレスから送っていますので、返信されても確認できかねます。

---- お問い合わせ内容 ----
${AN_REQ}

AWS Training and Certification カスタマーサービス`,
  }),
  mk({
    slug: 'ack-li-html', kind: 'acknowledgement', lang: 'ja', caseId: LI.case, enc: 'sjisb64',
    note: 'HTML-only receipt with awkward Japanese ("ケースは作成されました"), case ID in subject',
    from: SUPPORT, to: LI.keep, subject: `ケース ${LI.case} は作成されました`, at: '2026-01-20 08:55:02',
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=shift_jis"></head><body>
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="font-family:Meiryo,sans-serif;font-size:14px">
<p>李 偉 様</p>
<p>お客様のケースは作成されました。</p>
<p><b>ケースID：</b>${LI.case}<br>
<b>件名：</b>アカウントの合併<br>
<b>お問い合わせの種類：</b>AWS トレーニングと認定</p>
<p>私たちのチームは出来るだけ早くお客様に連絡いたします。通常は１営業日以内です。追加の情報がございましたら、このケースに返信してください。新しいケースは開かないでください。</p>
<p>Amazon Web Services</p>
</td></tr></table>
</body></html>`,
  }),
  mk({
    slug: 'ack-emma-bilingual', kind: 'acknowledgement', lang: 'ja', caseId: EMMA.case, enc: 'utf8qp',
    note: 'receipt with English boilerplate first and a Japanese rendering below; Japanese text present, so ja',
    from: SUPPORT, to: addr(EMMA.en, EMMA.keep), subject: subjNew(EMMA.case), at: '2026-02-27 01:40:19',
    text: `*** This is an automated message. Please do not reply. ***
Case ID: ${EMMA.case}

――――――――――――――――
シュナイダー エマ 様

このたびは AWS トレーニングと認定 へお問い合わせをいただき、誠にありがとうございます。
下記のとおりケースを作成しました、ケースID ${EMMA.case} は今後のやり取りに必要になりますので、お控えください。
通常、1〜2営業日の間に担当者からメールでお返事いたします。

お問い合わせの内容:
${quote(EMMA_REQ)}`,
    html: `<div style="font-size:12px;color:#777">*** This is an automated message. Please do not reply. ***<br>Case ID: ${EMMA.case}</div>
<hr>
${paras(`シュナイダー エマ 様

このたびは AWS トレーニングと認定 へお問い合わせをいただき、誠にありがとうございます。
下記のとおりケースを作成しました、ケースID ${EMMA.case} は今後のやり取りに必要になりますので、お控えください。
通常、1〜2営業日の間に担当者からメールでお返事いたします。`)}
<blockquote>${EMMA_REQ.replace(/\n/g, '<br>\n')}</blockquote>`,
  }),
  mk({
    slug: 'ack-raj-bodyonly', kind: 'acknowledgement', lang: 'ja', caseId: RAJ.case, enc: 'jisb64',
    note: 'receipt whose subject has no case ID; the ID appears only in the body',
    from: SUPPORT, to: addr(RAJ.en, RAJ.keep), subject: 'お問い合わせありがとうございます', at: '2026-03-03 10:02:51',
    text: `クマール ラジェシュ様

お問い合わせいただいた内容はサポートケースとして受け付けられました。

 ケースID : ${RAJ.case}
 受付日時 : 2026/03/03 19:02 (JST)
 カテゴリ : 認定 > アカウント

担当者が内容を確認次第、ご登録のメールアドレスへ回答をお送りします。返事まで24時間ほどお待ちくださいませ。

※本メールは自動で送られています。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ack-kenji-ja-romajiquote', kind: 'acknowledgement', lang: 'ja', caseId: KENJI.case, enc: 'utf8b64', wholeSubject: true,
    note: 'Japanese receipt echoing the romaji description the user typed; new text is Japanese',
    from: SUPPORT, to: addr('Watanabe Kenji', KENJI.src), subject: `[CASE ${KENJI.case}] ケース作成のお知らせ`, at: '2026-01-14 00:31:07',
    text: `渡辺 健二 様

ケースの作成が完了しました。ケース番号: ${KENJI.case}

ご入力いただいた内容（原文のまま）:
${quote(KENJI_REQ)}

担当者が確認の上、24時間以内に本メールアドレス宛てにご連絡します。
重複してケースを作成すると、対応が遅れることがございますので、ご注意ください。

Amazon Web Services, Inc.`,
  }),
  mk({
    slug: 'ack-saki-sjis', kind: 'acknowledgement', lang: 'ja', caseId: SAKI.case, enc: 'sjis8',
    note: 'short mobile-friendly receipt, Shift_JIS 8bit',
    from: SUPPORT, to: SAKI.src, subject: `お問い合わせ受付 (ケース ${SAKI.case})`, at: '2026-03-18 14:20:44', crlf: false,
    text: `森 咲 様
お問い合わせを受付しました。
ケースID：${SAKI.case}
回答までしばらくお待ちください。
同じお問い合わせを何度も送信されますと回答が遅れる場合があります。
--
AWS Training and Certification`,
  }),
  mk({
    slug: 'ack-an-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: AN.dup, enc: 'utf8qp',
    note: 'receipt from a look-alike domain (aws-certification-center.jp) with its own passing auth: untrusted',
    from: addr('AWS Training and Certification', 'support@aws-certification-center.jp'), to: AN.keep, subject: `[CASE ${AN.dup}] お問い合わせを受付いたしました`, at: '2026-02-10 22:17:30', trusted: false,
    text: `グエン様

お問い合わせを受付いたしました（ケースID：${AN.dup}）。
本人確認のため、下記のページからAWS認定アカウントにログインしてください。24時間以内にログインがない場合、ケースが無効になります。

https://aws-certification-center.jp/case/${AN.dup}/verify

AWSトレーニングと認定 サポートセンター`,
  }),
  mk({
    slug: 'ack-li-generic', kind: 'acknowledgement', lang: 'ja', caseId: LI.other, enc: 'jis7',
    note: 'receipt that says nothing of its topic, read as what it looks like',
    from: AWS_NOTIFY, to: LI.keep, subject: `ケース ${LI.other} が作成されました`, at: '2026-02-02 06:48:13',
    text: `李 偉 様

新しいサポートケースが作成されました。

ケースID: ${LI.other}
重要度: 一般的な質問

このケースの状態は、AWS サポートからの返事があるとメールで通知されます。
Amazon Web Services`,
  }),

  // ---------------- ai_answer
  mk({
    slug: 'ai-an-mt', kind: 'ai_answer', lang: 'ja', caseId: AN.case, enc: 'jis7',
    note: 'AI-generated suggestion pointing to the self-service merge tool, machine-translated style',
    from: SUPPORT, to: AN.keep, subject: `[CASE ${AN.case}] AI によって生成された回答`, at: '2026-02-09 03:12:55',
    text: `ご質問ありがとうございます。以下は、AI によって生成された回答です。

2 つの AWS 認定アカウントをお持ちの場合は、セルフサービスの「アカウントをマージ」ツールを使用して 1 つにまとめることが可能です。
1. 残したい方のアカウントで AWS 認定アカウントにサインインします。
2. プロフィールから「アカウントのマージ」を選択します。
3. もう一方のアカウントの認証情報を入力し、画面の指示に従います。

両方のアカウントに認定の履歴があるとき、このツールは使用することができない場合があります。その場合は、このメールに返信して担当者と話してください。

この回答は AI によって作られたため、不正確な情報を含むことがあります。`,
  }),
  mk({
    slug: 'ai-li-badges', kind: 'ai_answer', lang: 'ja', caseId: LI.case, enc: 'sjis8', trap: true,
    note: 'AI answer that also explains badges and merge results afterwards; still an AI answer',
    from: SUPPORT, to: LI.keep, subject: subj(LI.case), at: '2026-01-20 08:55:31',
    text: `【自動回答】
李 偉 様のお問い合わせに対して、生成AIが以下の回答を作成しました。

認定アカウントの統合は、認定ポータルの「Merge Accounts」機能から行えます。統合が完了すると、統合元アカウントの認定と特典は統合先のアカウントに表示されます。
Credly のデジタルバッジは自動で移動されないことがあります、統合のあとで Credly の方でバッジを受け取ってください。

この回答で問題が解決しない場合は、「ケースを作成」を選んでください。担当者がご対応します。
――
本メッセージは自動生成です。`,
  }),
  mk({
    slug: 'ai-kenji-ja', kind: 'ai_answer', lang: 'ja', caseId: KENJI.case, enc: 'utf8qp',
    note: 'AI answer in Japanese to a question typed in romaji',
    from: SUPPORT, to: KENJI.src, subject: `Re: [CASE ${KENJI.case}] AWS nintei account tougou`, at: '2026-01-14 00:31:20',
    text: `渡辺様

お問い合わせの内容から、次の方法が役に立つかもしれません。（自動生成の回答）

・AWS 認定のアカウント画面の右上の名前 → プロフィール → 「アカウントの統合」を開いてください。
・統合したいもう一方のアカウントでログインすると、資格の情報が移されます。
・どちらのアカウントにも合格した試験がある場合、この方法ではできないので、サポートにケースを作成してください。

この回答は参考になりましたか？ [はい] [いいえ]

> ${KENJI_REQ.split('\n')[2]}`,
  }),
  mk({
    slug: 'ai-raj-helpful', kind: 'ai_answer', lang: 'ja', caseId: RAJ.case, enc: 'jisb64',
    note: 'automated answer with stepwise self-service instructions and a feedback question',
    from: SUPPORT, to: RAJ.keep, subject: `[CASE ${RAJ.case}] 提案された解決策`, at: '2026-03-03 10:03:09',
    text: `クマール ラジェシュ様

アカウントのマージは、以下のステップに従ってお客様自身で行うのことが可能です。

ステップ1 残すアカウント（${RAJ.keepId}）で aws.training にサインイン
ステップ2 「認定」タブ → 「アカウント設定」 → 「アカウントをマージ」
ステップ3 マージされるアカウントのメールアドレスとパスワードを入れる

上記で解決しない場合は、引き続き担当者がケースを確認します。
本回答は Amazon Bedrock を利用した AI アシスタントによって作成されています。`,
  }),
  mk({
    slug: 'ai-emma-multipart', kind: 'ai_answer', lang: 'ja', caseId: EMMA.case, enc: 'utf8b64',
    note: 'AI suggestion (multipart) telling the user to try the merge tool before waiting for an agent',
    from: SUPPORT, to: EMMA.keep, subject: subjNew(EMMA.case), at: '2026-02-27 01:40:33',
    text: `エマ・シュナイダー 様

担当者がお返事する前に、こちらの情報をご覧ください。（AIアシスタント）

認定アカウントが二つある時は、まずセルフサービスのマージツールを試すことをお勧めします。大学のアカウントの情報（メールアドレス、パスワード）が必要です。大学のメールがまだ使えるうちに行ってください。

ツールでエラーが出た場合は、そのまま担当者の返信をお待ちください。`,
    html: paras(`エマ・シュナイダー 様

担当者がお返事する前に、こちらの情報をご覧ください。（AIアシスタント）

認定アカウントが二つある時は、まずセルフサービスのマージツールを試すことをお勧めします。大学のアカウントの情報（メールアドレス、パスワード）が必要です。大学のメールがまだ使えるうちに行ってください。

ツールでエラーが出た場合は、そのまま担当者の返信をお待ちください。`),
  }),
  mk({
    slug: 'ai-saki-mobile', kind: 'ai_answer', lang: 'ja', caseId: SAKI.case, enc: 'sjisb64',
    note: 'short AI answer for a romaji query, answered in Japanese',
    from: SUPPORT, to: SAKI.src, subject: `ケース ${SAKI.case}: 自動回答`, at: '2026-03-18 14:20:58',
    text: `森様
自動回答です。
アカウントを1つにするには、認定サイトの「プロフィール」にある統合ツールが使えます。
両方に認定がある場合などはツールが使えないので、担当者がメールします。
このまましばらくお待ちください。`,
  }),
  mk({
    slug: 'ai-an-fakeserver', kind: 'ai_answer', lang: 'ja', caseId: AN.case, enc: 'utf8qp', auth: 'lookalikeServer', trusted: false,
    note: 'AI answer whose topmost Authentication-Results comes from a look-alike authserv-id: untrusted',
    from: SUPPORT, to: AN.keep, subject: `[CASE ${AN.case}] おすすめの解決方法`, at: '2026-02-09 03:15:02',
    text: `グエン ヴァン アン 様

AIアシスタントからのご提案:
プロフィール画面の「アカウントの統合」ツールで、${AN.srcId} を ${AN.keepId} にまとめることができるかもしれません。
うまくいかない場合はこのケースで担当者が対応します。`,
  }),

  // ---------------- info_request
  mk({
    slug: 'info-an-kim', kind: 'info_request', lang: 'ja', caseId: AN.case, enc: 'jis7',
    note: 'agent (learner Japanese, wrong particles) asks for candidate IDs, addresses and which account stays',
    from: SUPPORT, to: AN.keep, subject: subj(AN.case), at: '2026-02-10 02:26:11',
    text: `グエン ヴァン アン 様

AWSトレーニングと認定にお問い合わせをいただいて、ありがとうございます。担当のキムです。

アカウントを統合するのために、下記の情報を教えてくださいませ。
・２つのアカウントの候補者ID（AWSで始まる番号）
・それぞれのアカウントに登録するメールアドレス
・どちらのアカウントを残すが希望ですか

お客様のメールにIDが書いてありますが、システムで見つかることができませんでした。すみません。
情報をいただいたら、すぐ進めますです。

よろしくお願いします。
キム ミンジ
AWS Training and Certification カスタマーサービス

${sf(AN.keep, '2026/02/09 3:12', SUPPORT, subjNew(AN.case), AN_REQ)}

${sfRef('An01')}`,
  }),
  mk({
    slug: 'info-li-chen', kind: 'info_request', lang: 'ja', caseId: LI.case, enc: 'sjisb64',
    note: 'agent with Chinese-influenced wording asks again for both candidate IDs and registered mails',
    from: SUPPORT, to: LI.keep, subject: subj(LI.case), at: '2026-01-21 05:10:48',
    text: `李 偉 様

御連絡有難う御座います。AWS認定サポートの陳です。

御手数ですが、両方の帳号の「候補者ID」と「登録メールアドレス」を、もう一度このメールに返信する形で送って頂けますか。前回の内容では、合併される方のIDが系統に存在しません（${LI.srcId}）。
また、保留する方の帳号に登録されている氏名も併せて教えて下さい。

以上、宜しくお願い致します。

陳 静
AWS Training and Certification

-----Original Message-----
${LI_REQ}`,
  }),
  mk({
    slug: 'info-emma-kakunin', kind: 'info_request', lang: 'ja', caseId: EMMA.case, enc: 'utf8qp', trap: true,
    note: 'asks the user to check and tell which address to keep ("ご確認のうえお知らせください"): information, not consent',
    from: SUPPORT, to: EMMA.keep, subject: subj(EMMA.case), at: '2026-02-28 07:44:26',
    text: `シュナイダー様

お待たせしております。
大学のアカウント（${EMMA.srcId}）には、私用のアドレスとは別に「認定通知用メールアドレス」が登録されていました。統合後、どのアドレスで通知を受け取りたいでしょうか。

ご確認のうえ、残したいメールアドレスをお知らせください。

AWS トレーニングと認定
Sofia

${sf(EMMA.keep, '2026-02-27 01:40', 'AWS Training and Certification', subjNew(EMMA.case), EMMA_REQ)}`,
  }),
  mk({
    slug: 'info-raj-fromkeep', kind: 'info_request', lang: 'ja', caseId: RAJ.case, enc: 'jis7',
    note: 'asks the user to write from the kept address and include candidate ID and name: info_request',
    from: SUPPORT, to: RAJ.src, cc: RAJ.keep, subject: subj(RAJ.case), at: '2026-03-04 03:31:09',
    text: `クマール様

ご連絡ありがとうございます。
セキュリティのため、残すアカウントのメールアドレス（${RAJ.keep}）から、このケースに返信をお願いします。その時、候補者IDとお名前（ローマ字）、会社の名前も書いてください。
会社のアドレスからだとアカウントの本人であることを確認ができませんので。

AWS Training and Certification
Paulo`,
  }),
  mk({
    slug: 'info-an-dupcase', kind: 'info_request', lang: 'ja', caseId: AN.case, enc: 'utf8b64',
    note: 'agent notes a second case was opened, continues here and asks for exam dates of the old account',
    from: SUPPORT, to: AN.keep, subject: subj(AN.case), at: '2026-02-11 09:03:37',
    text: `グエン様

お世話になっております。同じご依頼で ${AN.case} と ${AN.dup} の２件のケースがあるようです、以後はこちらのケースで対応させてもらいます。

本人確認のため、旧アカウント（${AN.srcId}）で受験した試験の名前と、受験した日にちをお知らせいただけますでしょうか？だいたいでも大丈夫です。

キム`,
  }),
  mk({
    slug: 'info-an-phish', kind: 'info_request', lang: 'ja', caseId: AN.case, enc: 'utf8qp', auth: 'none', trusted: false,
    note: 'phishing-style request for password and IDs from aws-training-support.com, no authentication: untrusted',
    from: addr('AWS認定サポート', 'case-desk@aws-training-support.com'), to: AN.keep, subject: `RE:[CASE ${AN.case}] 追加情報のお願い`, at: '2026-02-10 11:40:00',
    text: `グエン ヴァン アン 様

アカウントの統合を行うため、次の情報を至急ご返信ください。
・候補者ID（両方）
・ログイン用パスワード（両方）
・生年月日

48時間以内にご返信がない場合、統合はキャンセルになります。

AWS認定サポートチーム`,
  }),
  mk({
    slug: 'info-saki-switch', kind: 'info_request', lang: 'ja', caseId: SAKI.case, enc: 'utf8b64',
    note: 'agent asks in Japanese for both accounts’ details, then repeats the request in English for safety; Japanese carries it',
    from: SUPPORT, to: SAKI.src, subject: subj(SAKI.case), at: '2026-03-19 06:12:50',
    text: `森 咲 様

ご連絡ありがとうございます。
統合の作業の前に、以下を教えていただけませんか。
1) 統合先のアカウントで使っているお名前（パスポートの表記）
2) 統合元のアカウントで最後に受けた試験の名前
3) 統合元アカウントのメールアドレスはまだ受信できますか

(In case Japanese input is difficult for you, English or romaji is also OK:
please send your full name as on the account, the last exam on the old account, and whether the old mailbox still works.)

AWS Training and Certification
Nadia`,
  }),

  // ---------------- confirmation_request
  mk({
    slug: 'conf-an-kim', kind: 'confirmation_request', lang: 'ja', caseId: AN.case, enc: 'jis7',
    note: 'learner-Japanese consent request: merge cannot be undone, reply with 「同意します」',
    from: SUPPORT, to: AN.keep, subject: subj(AN.case), at: '2026-02-12 01:05:44',
    text: `グエン ヴァン アン 様

情報をありがとうございました。確認ができました。

${AN.srcId}（${AN.src}）を ${AN.keepId}（${AN.keep}）に統合します。
統合したら戻ることはできません、古いアカウントにはログインができなくなります。
同意するなら、このメールに返事して「同意します」と書いてください。お返事をもらってから作業します。

キム ミンジ

${sf(AN.keep, '2026/02/11 21:47', SUPPORT, subj(AN.case), `キムさん
試験の名前は Solutions Architect Associate です。2023年の6月ごろ受けました。
グエン`)}`,
  }),
  mk({
    slug: 'conf-li-kahi', kind: 'confirmation_request', lang: 'ja', caseId: LI.case, enc: 'sjis8',
    note: 'asks the user to reply whether the irreversible merge may go ahead',
    from: SUPPORT, to: LI.keep, subject: subj(LI.case), at: '2026-01-23 02:18:21',
    text: `李 偉 様

確認が取れましたので、合併手続きを準備しております。

・合併元: ${LI.srcId} (${LI.src})
・合併先: ${LI.keepId} (${LI.keep})

合併後は元の状態に戻す事が出来ません。御了承の上、本メールへの御返信にて、合併の可否を御連絡下さい。

陳 静
AWS Training and Certification`,
  }),
  mk({
    slug: 'conf-emma-bilingual', kind: 'confirmation_request', lang: 'ja', caseId: EMMA.case, enc: 'utf8b64',
    note: 'agent writes the consent request in English and again in Japanese; Japanese rendering is complete, so ja',
    from: SUPPORT, to: EMMA.keep, subject: subj(EMMA.case), at: '2026-03-02 08:27:15',
    text: `Dear Emma,

(日本語は下にあります)
We are ready to merge ${EMMA.srcId} into ${EMMA.keepId}. Please note this is permanent.
Kindly reply "I agree" to this email if we may proceed.

エマ様
${EMMA.srcId} を ${EMMA.keepId} に統合する準備ができました。統合は取り消しできないのでご注意ください。
進めてもよろしければ、このメールに「同意します」とご返信くださいませ。

Sofia
AWS Training and Certification`,
    html: paras(`Dear Emma,

(日本語は下にあります)
We are ready to merge ${EMMA.srcId} into ${EMMA.keepId}. Please note this is permanent.
Kindly reply "I agree" to this email if we may proceed.

エマ様
${EMMA.srcId} を ${EMMA.keepId} に統合する準備ができました。統合は取り消しできないのでご注意ください。
進めてもよろしければ、このメールに「同意します」とご返信くださいませ。

Sofia
AWS Training and Certification`),
  }),
  mk({
    slug: 'conf-raj-okonly', kind: 'confirmation_request', lang: 'ja', caseId: RAJ.case, enc: 'jisb64',
    note: 'consent asked without the word 確認: "if that is fine, just reply OK"; irreversibility stated',
    from: SUPPORT, to: RAJ.keep, subject: subj(RAJ.case), at: '2026-03-05 04:50:02',
    text: `クマール様

${RAJ.keep} からのご返信、ありがとうございます。

${RAJ.srcId} の認定は全部 ${RAJ.keepId} に移ります。一度移したら、元にもどせません。会社のアカウントは使えなくなります。
それでよければ、「OK」だけ返信ください。

Paulo
AWS Training and Certification

${gmailJa('2026-03-04', '20:15', `Rajesh Kumar <${RAJ.keep}>`, `Pauloさん
私の名前はRajesh Kumarです。会社はExample Systems株式会社です。
候補者IDは ${RAJ.keepId} です。`)}`,
  }),
  mk({
    slug: 'conf-an-forged', kind: 'confirmation_request', lang: 'ja', caseId: AN.case, enc: 'utf8qp', auth: 'forgedBelow', trusted: false,
    note: 'consent request whose dmarc=pass header sits below the receiving server’s Received line: untrusted',
    from: SUPPORT, to: AN.keep, subject: subj(AN.case), at: '2026-02-12 04:33:10',
    text: `グエン様

アカウントの統合について、最後の確認です。統合は取り消しできません。
同意される場合は、以下のリンクから「同意する」を押してください。

http://aws-merge-consent.example.net/c/${AN.case}

AWSトレーニングと認定`,
  }),
  mk({
    slug: 'conf-saki-sjis', kind: 'confirmation_request', lang: 'ja', caseId: SAKI.case, enc: 'sjisb64',
    note: 'consent request after details were received; asks reply 「はい」, says merge is irreversible',
    from: SUPPORT, to: SAKI.src, subject: subj(SAKI.case), at: '2026-03-20 03:09:38',
    text: `森 咲 様

ご情報ありがとうございます。全部確認しました。
これから ${SAKI.srcId} を ${SAKI.keepId} にまとめる作業をしたいと思いますが、この作業は元に戻すことはできないです。
問題なければ「はい」とご返信をお願いします。返信がありましたら作業を始めます。

Nadia / AWS Training and Certification

${outlookJa(`Saki Mori <${SAKI.src}>`, '2026年3月19日 22:40', SUPPORT, subj(SAKI.case), `1) MORI SAKI
2) AWS Certified Cloud Practitioner
3) hai, mada jushin dekimasu`)}`,
  }),
];

