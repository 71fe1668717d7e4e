// Japanese messages, part 1: receipts, automated answers, information and confirmation requests.
import { rfcDate, type Msg } from './lib.js';
import { AWS_NOREPLY, CASE, KEN, KEN_REQ, SUPPORT_JA, TARO, YUMI, YUMI_REQ, form, mk, olJa, quote, sf, sfRef, zen } from './common.js';

const J = '+0900';
const SUPPORT_ADDR_JA = 'aws-cs-trainingcertification-form@amazon.com';

export const JA1: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ja-ack-sjis-ken', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ken,
    note: 'automatic receipt of the new case, case ID in subject and full-width in body',
    from: AWS_NOREPLY, to: `${KEN.ja} <${KEN.keep}>`,
    subject: `[CASE ${CASE.ken}] 【AWS トレーニングと認定】お問い合わせを受け付けました（本メールは送信専用です）`,
    date: rfcDate('2026-11-02 09:31:05', J), enc: 'sjis8',
    text: `※本メールはシステムより自動送信されています。ご返信いただいても対応できかねます。

${KEN.ja} 様

AWS トレーニングと認定へのお問い合わせ、誠にありがとうございます。
以下の内容でケースを受け付けました。

━━━━━━━━━━━━━━━━━━━━━━━━
■ケースＩＤ　　：${zen(CASE.ken)}
■お問い合わせ種別：AWS トレーニングと認定 ／ 認定
■受付日時　　　：令和8年11月2日（月）　9時31分
━━━━━━━━━━━━━━━━━━━━━━━━

担当者より通常24時間以内にご連絡いたします。
※同じ内容で別のケースを起票されますと、回答が遅れる原因となります。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-jis-yumi', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yumi,
    note: 'case receipt in ISO-2022-JP, nothing but the receipt and the reply-time promise',
    from: SUPPORT_JA, to: YUMI.keep,
    subject: `[CASE ${CASE.yumi}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: rfcDate('2026-11-10 22:04:47', J), enc: 'jis7',
    text: `山崎 由美 様

お問い合わせをいただきありがとうございます。ケース番号 ${CASE.yumi} にて承りました。
順番に確認しておりますので、担当者からの返信まで今しばらくお待ち下さい。
このメールに返信すると、同じケースに追記されます。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-ack-jisb64-fields', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ken2, trap: true,
    note: 'receipt that echoes the submitted fields (IDs, addresses) but asks nothing',
    from: AWS_NOREPLY, to: KEN.keep,
    subject: `ケース ${CASE.ken2} の受付確認`,
    date: rfcDate('2026-11-18 14:12:40', J), enc: 'jisb64',
    text: `高橋 健一 様

以下の内容でお問い合わせを受け付けました。内容の控えとしてお手元に保管ください。

　ケースＩＤ　　　：${CASE.ken2}
　件名　　　　　　：認定バッジについて
　受験者ＩＤ　　　：${KEN.keepId}
　ご連絡先メール　：${KEN.keep}
　会社名　　　　　：株式会社サンプル商事

入力内容に誤りがある場合も、新しいケースは作成せず本ケースへご返信ください。
担当より追ってご連絡差し上げます。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-html-rob-ja', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yumiDup,
    note: 'HTML-only receipt for a second case opened by mistake; the receipt itself',
    from: AWS_NOREPLY, to: YUMI.keep,
    subject: `[CASE ${CASE.yumiDup}] お問い合わせ受付のお知らせ`,
    date: rfcDate('2026-11-11 07:55:19', J), enc: 'utf8b64',
    html: `<html><body style="font-family:'ＭＳ Ｐゴシック'">
<table border="1" cellpadding="4" cellspacing="0" width="600">
<tr><td bgcolor="#232f3e"><font color="#ffffff"><b>Amazon Web Services</b></font></td></tr>
<tr><td>山﨑 由美 様<br><br>
ケースを新規に作成しました。<br>
<table border="0"><tr><td>ケースID</td><td>：</td><td><b>${CASE.yumiDup}</b></td></tr>
<tr><td>作成日</td><td>：</td><td>2026/11/11</td></tr></table><br>
通常、1営業日以内に担当者からご連絡いたします。<br>
<font size="-1">※ このアドレスは送信専用です。</font></td></tr></table>
</body></html>`,
  }),
  mk({
    slug: 'ja-ack-w31jb64', kind: 'acknowledgement', lang: 'ja', caseId: CASE.taro,
    note: 'receipt for a case in Windows-31J base64 with half-width katakana labels',
    from: AWS_NOREPLY, to: `${TARO.ja} <${TARO.keep}>`,
    subject: `お問い合わせありがとうございます - ケース ${CASE.taro}`,
    date: rfcDate('2026-11-20 18:40:02', J), enc: 'w31jb64',
    text: `山田 太郎 様

ｹｰｽ番号：${CASE.taro}
ｽﾃｰﾀｽ　：受付済（担当者割当待ち）

お問い合わせ内容を拝受しました。担当者が確認のうえ、本アドレス宛にご連絡いたします。
ｻﾎﾟｰﾄｾﾝﾀｰからもｹｰｽの状況をご覧いただけます。

──────────────────────
Amazon Web Services Japan
──────────────────────`,
  }),
  mk({
    slug: 'ja-ack-forged-nosig', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ken, trusted: false, auth: 'none',
    note: 'forged receipt from a look-alike .jp domain with no authentication results',
    from: 'AWSサポートセンター <no-reply@aws-support-center.jp>', to: KEN.keep,
    subject: `【重要】[CASE ${CASE.ken}] お問い合わせ受付完了のお知らせ`,
    date: rfcDate('2026-11-02 11:02:33', J), enc: 'sjisb64',
    text: `${KEN.ja}様

お問い合わせを受付いたしました。（ケースID：${CASE.ken}）
ケースを有効にするため、24時間以内に下記ＵＲＬよりサインインしてください。
http://aws-support-center.jp/case/verify?id=${CASE.ken}

※期限を過ぎますとケースは無効となります。`,
  }),
  mk({
    slug: 'ja-ack-qp-bodyonly', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ken3,
    note: 'receipt whose subject has no case ID; the ID is only in the body',
    from: SUPPORT_JA, to: KEN.keep,
    subject: 'お問い合わせありがとうございます【AWS Training and Certification】',
    date: rfcDate('2026-11-25 08:03:51', J), enc: 'utf8qp',
    text: `髙橋様

このたびはAWSトレーニングと認定にお問い合わせいただき、ありがとうございました。
お問い合わせ番号は ${CASE.ken3} です。以後のやり取りでは件名を変えずにご返信ください。

回答まで、通常1〜2営業日ほど頂戴しております。

--
AWS Training and Certification Customer Service`,
  }),
  mk({
    slug: 'ja-ack-forgedbelow', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yumi, trusted: false, auth: 'forgedBelow',
    note: 'looks like the amazon.com receipt but the only dmarc=pass sits below the server Received line',
    from: AWS_NOREPLY, to: YUMI.keep,
    subject: `[CASE ${CASE.yumi}] お問い合わせを受け付けました`,
    date: rfcDate('2026-11-10 23:15:00', J), enc: 'sjis8',
    text: `山﨑 由美 様

ケース（${CASE.yumi}）を受け付けました。
追ってご連絡いたしますので、今しばらくお待ちください。

Amazon Web Services`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ja-ai-sjis-tool', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'automated answer pointing to the self-service Merge Accounts tool, numbered with circled digits',
    from: AWS_NOREPLY, to: KEN.keep,
    subject: '【自動回答】AWS 認定アカウントの統合について',
    date: rfcDate('2026-11-02 09:20:11', J), enc: 'sjis8',
    text: `本メールは、お問い合わせ内容をもとにAIが生成したご案内です。

アカウントが2つある場合は、認定アカウントの「Merge Accounts」（アカウントのマージ）機能をお試しください。
　①AWS 認定アカウントにサインイン
　②右上のプロフィール ＞ アカウントのマージ
　③統合元アカウントの認証情報を入力

※両方のアカウントに認定履歴がある場合、この機能ではお手続きできません。その際は「ケースを作成」からお問い合わせください。

このご案内で解決しましたか？　はい ／ いいえ`,
  }),
  mk({
    slug: 'ja-ai-jis-after', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI suggestion that also describes what happens once a merge is done; still ai_answer',
    from: AWS_NOREPLY, to: YUMI.keep,
    subject: 'AWS トレーニングと認定 - 自動生成された回答',
    date: rfcDate('2026-11-10 21:58:30', J), enc: 'jis7',
    text: `お問い合わせありがとうございます。以下は自動生成された回答です。

認定アカウントのマージ機能を使うと、統合元の認定履歴と特典が統合先に移り、統合元はサインインできなくなります。
Credly のデジタルバッジは、統合後に統合先のメールアドレスで改めて受け取る形になります。
ツールでエラーになる場合は、このページの下にある「ケースを作成」をご利用ください。

この回答は役に立ちましたか？`,
  }),
  mk({
    slug: 'ja-ai-alt', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'multipart automated suggestion (text and HTML) before a case exists',
    from: AWS_NOREPLY, to: TARO.keep,
    subject: 'ご質問への回答（自動）',
    date: rfcDate('2026-11-20 18:31:44', J), enc: 'utf8b64',
    text: `山田様

お問い合わせ内容から、次の記事が参考になると思われます。
・重複した認定アカウントをまとめたい場合：認定アカウントのプロフィール画面にあるマージ機能をご利用ください。
・ツールで解決しない場合のみ、担当者へのケース作成にお進みください。

※この回答はAIアシスタントにより作成されています。`,
    html: `<div>山田様</div><div><br></div><div>お問い合わせ内容から、次の記事が参考になると思われます。</div><ul><li>重複した認定アカウントをまとめたい場合：認定アカウントのプロフィール画面にあるマージ機能をご利用ください。</li><li>ツールで解決しない場合のみ、担当者へのケース作成にお進みください。</li></ul><div style="color:#888">※この回答はAIアシスタントにより作成されています。</div>`,
  }),
  mk({
    slug: 'ja-ai-jisb64-resolved', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'generated help answer asking whether it solved the problem',
    from: 'AWS Support <no-reply-aws@amazon.com>', to: KEN.src,
    subject: 'AWS サポート：生成AIによるご案内',
    date: rfcDate('2026-10-30 17:45:12', J), enc: 'jisb64',
    text: `こちらは生成AIによる一次回答です。内容に誤りが含まれる場合があります。

ご質問：認定資格を別のメールアドレスのアカウントに移したい
ご案内：CertMetrics の「Merge Accounts」から、二つのアカウントをご自身でまとめられます。
　　　　手順の詳細は認定FAQの「アカウントのマージ」をご覧ください。

解決しない場合は「ケースを作成」を選び、担当者にお問い合わせください。`,
  }),
  mk({
    slug: 'ja-ai-w31j-hankaku', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'automated answer in half-width katakana from an older template',
    from: AWS_NOREPLY, to: YUMI.src,
    subject: '[ｼﾞﾄﾞｳｶｲﾄｳ] ｱｶｳﾝﾄ統合のご案内',
    date: rfcDate('2026-11-09 12:00:09', J), enc: 'w31j8',
    text: `ｺﾞ質問ﾉ内容ﾆ基ﾂﾞｷ、自動ﾃﾞご案内ｼﾃｵﾘﾏｽ。

ﾏｰｼﾞｱｶｳﾝﾄﾂｰﾙ（Merge Accounts）ｦお試しｸﾀﾞｻｲ。
ﾂｰﾙｶﾞ利用ﾃﾞｷﾅｲ場合ﾊ、ｻﾎﾟｰﾄﾍｹｰｽｦ作成ｼﾃｸﾀﾞｻｲ。

※本ﾒｰﾙﾍﾉご返信ﾊ受付ﾃﾞｷﾏｾﾝ。`,
  }),
  mk({
    slug: 'ja-ai-qp-ref', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'automated suggestion with a reference list, sent before the case was created',
    from: AWS_NOREPLY, to: KEN.keep,
    subject: '【ご参考】お問い合わせに関連する情報',
    date: rfcDate('2026-11-17 10:11:10', J), enc: 'utf8qp',
    text: `□■ AWS トレーニングと認定 □■

自動アシスタントが、いただいたご質問に近い回答をお探ししました。

◆認定アカウントが複数ある
　→ マージツールで一本化できます。統合先にサインインし「アカウントをマージ」を選択してください。
◆バッジが見当たらない
　→ Credly に登録したメールアドレスが認定アカウントと同じか、ご確認ください。

解決しなかった場合は、画面下の「ケースを作成」へお進みください。`,
  }),
  mk({
    slug: 'ja-ai-misaligned', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: false, auth: 'misaligned',
    note: 'automated-answer look-alike whose DKIM is for a bulk sender and DMARC fails',
    from: AWS_NOREPLY, to: TARO.keep,
    subject: 'AIアシスタントからの回答',
    date: rfcDate('2026-11-20 18:33:00', J), enc: 'sjisb64',
    text: `ご質問ありがとうございます。

アカウントの統合は、認定ポータルのマージ機能から行えます。
うまくいかない場合は担当窓口までお問い合わせください。

※AIによる自動回答です`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'ja-info-jis-ids', kind: 'info_request', lang: 'ja', caseId: CASE.ken,
    note: 'support asks for both candidate IDs, both addresses and which account to keep',
    from: SUPPORT_JA, to: KEN.keep,
    subject: form(CASE.ken),
    date: rfcDate('2026-11-03 10:48:26', J), enc: 'jis7',
    text: `高橋 健一 様

AWSトレーニングと認定にご連絡いただき、ありがとうございます。担当の佐々木です。

統合の手続きに進むため、お手数ですが次の事項を本メールへの返信でお送りいただけますか。

　(1) 両アカウントの受験者ID（AWSから始まる番号）
　(2) 各アカウントにご登録のメールアドレス
　(3) 今後お使いになる（残す）アカウントはどちらか

確認がとれ次第、次のご案内をいたします。

${sfRef('Ken01')}

${sf('髙橋 健一', '2026/11/02 0:31', SUPPORT_JA, 'AWS認定アカウント統合', '認定アカウントが二つあるので一つにしたいです。会社のものと個人のものです。')}`,
  }),
  mk({
    slug: 'ja-info-sjis-ki', kind: 'info_request', lang: 'ja', caseId: CASE.yumi,
    note: 'letter-form request (拝啓/記/以上) for the candidate ID and the exam list of each account',
    from: SUPPORT_JA, to: `${YUMI.ja} <${YUMI.keep}>`,
    subject: form(CASE.yumi),
    date: rfcDate('2026-11-12 13:22:08', J), enc: 'sjis8',
    text: `山﨑 由美 様

拝啓　時下ますますご清祥のこととお喜び申し上げます。
このたびはお問い合わせいただき、誠にありがとうございます。

ご依頼のアカウント統合につきまして、ご本人様確認のため下記をご返送願います。

記

　①各アカウントの受験者ＩＤ（例：ＡＷＳ００００００００）
　②各アカウントで取得済みの認定名と合格日
　③残すアカウントのメールアドレス

以上

※いただいた情報は本件の対応にのみ利用いたします。

敬具

AWS トレーニングと認定　サポートチーム

${quote(YUMI_REQ)}`,
  }),
  mk({
    slug: 'ja-info-w31jb64-fromkeep', kind: 'info_request', lang: 'ja', caseId: CASE.ken,
    note: 'asks to write from the kept address and, in the same breath, for the old account\'s candidate ID',
    from: SUPPORT_JA, to: KEN.src,
    subject: form(CASE.ken),
    date: rfcDate('2026-11-04 16:05:37', J), enc: 'w31jb64',
    text: `髙橋様

お世話になっております。
恐れ入りますが、本人確認の都合上、統合先となるアカウントのメールアドレスからご返信頂けますでしょうか。その際、統合元アカウントの受験者ＩＤも併せてご記入下さい。

お手数をお掛けしますが、宜しくお願い致します。

${olJa('髙橋 健一 <takahashi-k@kaisha.example.co.jp>', '2026年11月3日 17:10', SUPPORT_ADDR_JA, form(CASE.ken), KEN_REQ)}`,
  }),
  mk({
    slug: 'ja-info-qp-kakunin', kind: 'info_request', lang: 'ja', caseId: CASE.taro, trap: true,
    note: 'worded as a confirmation (ご確認のうえ) but asks which address to keep: information',
    from: SUPPORT_JA, to: TARO.keep,
    subject: form(CASE.taro),
    date: rfcDate('2026-11-21 11:30:00', J), enc: 'utf8qp',
    text: `山田様

ご連絡ありがとうございます。
統合後にサインインでご利用になるメールアドレスを、ご確認のうえお知らせください。
（${TARO.keep} と ${TARO.src} のどちらを残すか、で結構です。）

よろしくお願いいたします。
AWS トレーニングと認定 カスタマーサービス　中村`,
  }),
  mk({
    slug: 'ja-info-jisb64-notfound', kind: 'info_request', lang: 'ja', caseId: CASE.yumi,
    note: 'second round: the ID given was not found, asks again; Gmail-style Japanese quote below',
    from: SUPPORT_JA, to: YUMI.keep,
    subject: form(CASE.yumi),
    date: rfcDate('2026-11-14 09:12:45', J), enc: 'jisb64',
    text: `山崎様

ご返信ありがとうございます。
お知らせいただいた AWS60371295 では該当するアカウントが見つかりませんでした。番号をもう一度お確かめのうえ、正しい受験者IDをお送りいただけますと助かります。
認定アカウントにサインインし、画面右上の氏名の下に表示される番号です。

2026年11月13日(金) 20:41 山崎 由美 <${YUMI.keep}>:
> お世話になっております。
> 旧アカウントの受験者IDは AWS60371295 です。
> よろしくお願いします。`,
  }),
  mk({
    slug: 'ja-info-sjisb64-name', kind: 'info_request', lang: 'ja', caseId: CASE.ken2,
    note: 'asks for the legal name on each account and the exam dates, Outlook block quote',
    from: SUPPORT_JA, to: KEN.keep,
    subject: form(CASE.ken2),
    date: rfcDate('2026-11-19 15:40:10', J), enc: 'sjisb64',
    text: `髙橋様

2つのアカウントで氏名の表記が異なっております（「高橋」と「髙橋」）。
同一の方のアカウントであることを確認させて頂くため、以下をご教示下さい。

■各アカウントで直近に受験された試験名と受験日
■身分証明書に記載のお名前（ローマ字）

${olJa('髙橋 健一', '2026年11月18日 14:02', SUPPORT_ADDR_JA, `ケース ${CASE.ken2}`, '旧姓ではなく、漢字の違いだけです。両方とも私のアカウントです。')}`,
  }),
  mk({
    slug: 'ja-info-html', kind: 'info_request', lang: 'ja', caseId: CASE.ken3,
    note: 'HTML-only request for the old account\'s login address',
    from: SUPPORT_JA, to: KEN.keep,
    subject: form(CASE.ken3),
    date: rfcDate('2026-11-26 10:02:33', J), enc: 'utf8b64',
    html: `<div>髙橋 健一 様</div><div>&nbsp;</div><div>お問い合わせの件、担当の森が引き継ぎました。</div><div>統合元アカウントへのサインインにお使いのメールアドレスが分からないため、<b>ご登録時のメールアドレス</b>をご返信でお知らせ願えますか。</div><div>&nbsp;</div><div>AWS トレーニングと認定</div><div style="color:#999">${sfRef('Ken33')}</div>`,
  }),
  mk({
    slug: 'ja-info-fail-phish', kind: 'info_request', lang: 'ja', caseId: CASE.ken, trusted: false, auth: 'fail',
    note: 'asks for IDs and a password; dmarc=fail on the topmost header, so untrusted',
    from: SUPPORT_JA, to: KEN.keep,
    subject: form(CASE.ken),
    date: rfcDate('2026-11-03 02:14:09', J), enc: 'jis7',
    text: `高橋様

統合作業のため、両アカウントの受験者IDとサインイン用パスワードを本メールにご返信ください。
48時間以内にご返信がない場合、ご依頼は取り消されます。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-info-jis-maeni', kind: 'info_request', lang: 'ja', caseId: CASE.taro, trap: true,
    note: 'says "before merging we need to confirm" but what it wants is the exam list: information',
    from: SUPPORT_JA, to: TARO.keep,
    subject: form(CASE.taro),
    date: rfcDate('2026-11-22 14:55:30', J), enc: 'jis7',
    text: `山田 太郎 様

マージを行う前に、一点確認させてください。
旧アカウント（${TARO.src}）で取得された認定の一覧を、試験名と合格日が分かる形でお送りいただけますか。
お手元に認定証のPDFがあれば、その内容の書き写しでも構いません。

宜しくお願い致します。`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'ja-conf-sjis-letter', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken,
    note: 'letter-form consent request: the merge cannot be undone, reply to agree',
    from: SUPPORT_JA, to: `${KEN.ja} <${KEN.keep}>`,
    subject: form(CASE.ken),
    date: rfcDate('2026-11-05 11:17:52', J), enc: 'sjis8',
    text: `${KEN.ja} 様

拝啓　平素より格別のご高配を賜り、厚く御礼申し上げます。
ご提供いただいた情報をもとに、下記の内容で統合の準備が整いました。

記

　統合元：${KEN.srcId}（${KEN.src}）
　統合先：${KEN.keepId}（${KEN.keep}）

以上

統合は一度実施すると取り消すことができません。上記の内容で差し支えなければ、その旨を本メールにご返信ください。ご返信を頂いてから作業に着手いたします。

敬具

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-conf-jis-short', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yumi,
    note: 'short consent request, irreversible, agree by replying',
    from: SUPPORT_JA, to: YUMI.keep,
    subject: form(CASE.yumi),
    date: rfcDate('2026-11-16 10:01:14', J), enc: 'jis7',
    text: `山崎様

IDの確認がとれました。ありがとうございます。
${YUMI.src} のアカウントを ${YUMI.keep} 側へ統合してよろしいでしょうか。元には戻せませんので、ご了承いただける場合のみ「同意します」とご返信ください。`,
  }),
  mk({
    slug: 'ja-conf-w31j-table', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken2,
    note: 'consent request with a ruled table of the two accounts',
    from: SUPPORT_JA, to: KEN.keep,
    subject: form(CASE.ken2),
    date: rfcDate('2026-11-20 09:44:00', J), enc: 'w31j8',
    text: `髙橋様

お待たせ致しました。以下の通り統合いたします。

┌────┬────────────┬──────────────────────┐
│区分　　│受験者ＩＤ　　　　　　　│メールアドレス　　　　　　　　　　　　　　　　│
├────┼────────────┼──────────────────────┤
│残す　　│${KEN.keepId}　　　　　　　　│${KEN.keep}　　　　　　　　　　　│
│統合元　│${KEN.srcId}　　　　　　　　│${KEN.src}　　　　　│
└────┴────────────┴──────────────────────┘

※統合後は元に戻せません。
この内容で問題なければ、ご承諾の旨をご返信下さいませ。`,
  }),
  mk({
    slug: 'ja-conf-qp-yoroshii', kind: 'confirmation_request', lang: 'ja', caseId: CASE.taro,
    note: 'asks whether to proceed with the merge as described; consent by reply',
    from: SUPPORT_JA, to: TARO.keep,
    subject: form(CASE.taro),
    date: rfcDate('2026-11-24 16:28:19', J), enc: 'utf8qp',
    text: `山田様

情報のご提供ありがとうございました。
旧アカウント（${TARO.src}）の認定履歴を ${TARO.keep} のアカウントへ移す形で進めてよろしいでしょうか。
この操作は取り消しができないため、念のため、お客様のご承諾をいただいてから実施しております。

お返事をお待ちしております。`,
  }),
  mk({
    slug: 'ja-conf-jisb64-badges', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yumi, trap: true,
    note: 'consent request that also says what will happen to badges after the merge (future)',
    from: SUPPORT_JA, to: YUMI.keep,
    subject: form(CASE.yumi),
    date: rfcDate('2026-11-16 17:36:41', J), enc: 'jisb64',
    text: `山崎 由美 様

統合を実施する前に、最終のご意思確認をお願いいたします。

統合が完了すると、旧アカウントの認定と特典はすべて新アカウントに表示され、旧アカウントは使用できなくなります。Credly のバッジも統合後に移行の手続きをいたします。
なお、統合は元に戻すことができません。

上記にご同意いただける場合は、このメールに返信する形でお知らせください。`,
  }),
  mk({
    slug: 'ja-conf-sjisb64-quote', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken3,
    note: 'consent request on top of the user\'s earlier info reply (Outlook Japanese header)',
    from: SUPPORT_JA, to: KEN.keep,
    subject: form(CASE.ken3),
    date: rfcDate('2026-11-27 13:05:00', J), enc: 'sjisb64',
    text: `髙橋様

ご返信ありがとうございます。頂いた内容で確認が取れました。
統合の操作は不可逆となりますので、実行してよいかどうか、改めてご返信にてお知らせ頂けますと幸いです。

${olJa('髙橋 健一 <k.takahashi@example.ne.jp>', '2026年11月26日 21:18', 'AWS トレーニングと認定', form(CASE.ken3), `統合元のメールアドレスは ${KEN.src} です。\n宜しくお願いします。`)}`,
  }),
  mk({
    slug: 'ja-conf-lookalikeauth', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken, trusted: false, auth: 'lookalikeServer',
    note: 'consent request whose top Authentication-Results comes from a look-alike authserv-id',
    from: SUPPORT_JA, to: KEN.keep,
    subject: form(CASE.ken),
    date: rfcDate('2026-11-05 03:20:00', J), enc: 'sjis8',
    text: `髙橋様

アカウント統合のご意思を確認させてください。統合は取り消せません。
同意される場合は、下記フォームよりご回答ください。
http://aws-cert-merge.example.net/consent?c=${CASE.ken}`,
  }),
  mk({
    slug: 'ja-conf-alt', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yumi,
    note: 'multipart consent request; restates the IDs received next to the new request',
    from: SUPPORT_JA, to: YUMI.keep,
    subject: form(CASE.yumi),
    date: rfcDate('2026-11-15 19:12:27', J), enc: 'utf8b64',
    text: `山﨑様

${YUMI.keepId} と ${YUMI.srcId}、いずれも確認できました。
${YUMI.keepId} を残して、${YUMI.srcId} をそちらに統合する、という理解で合っていますでしょうか。統合後は元の状態に戻せませんので、よろしければこのままご返信ください。

AWS トレーニングと認定　カスタマーサービス`,
    html: `<p>山﨑様</p><p>${YUMI.keepId} と ${YUMI.srcId}、いずれも確認できました。<br>${YUMI.keepId} を残して、${YUMI.srcId} をそちらに統合する、という理解で合っていますでしょうか。統合後は元の状態に戻せませんので、よろしければこのままご返信ください。</p><p>AWS トレーニングと認定　カスタマーサービス</p>`,
  }),
];
