// fh, Japanese part A: receipts, AI answers, information requests, consent requests.
// Every message answers (or receives) the customer's own questions.
import type { Msg } from './lib.js';
import {
  ASSIST, AWS_NOTIFY, CASE, HARUTO, HARUTO_REQ, KENJI, KENJI_REQ, MAKOTO, MAKOTO_REQ, SAKURA, SAKURA_REQ, SUPPORT, SUPPORT_ADDR, SUPPORT_CENTER,
  SUPPORT_JA, YUKI, YUKI_REQ, formSubject, gmailJa, mk, outlookJa, paras, quote, sfOriginal, sfOriginalJa, sfRef, to,
} from './common.js';

export const JA_A: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ja-ack-faq', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji,
    note: 'automatic receipt with case ID, written as an FAQ (when will I hear back / may I open another case)',
    from: AWS_NOTIFY, to: to(KENJI.ja, KENJI.keep), at: '2026-02-16 03:12:40',
    subject: `[ケース ${CASE.kenji}] お問い合わせを受け付けました`, enc: 'jis7',
    text: `${KENJI.ja} 様

AWS トレーニングと認定へのお問い合わせを受け付けました。
ケース ID: ${CASE.kenji}

よくいただくご質問
Q. 返事はいつ届きますか?
A. 通常、24 時間以内に担当者よりメールでご連絡いたします。

Q. 急ぎなので、同じ内容でもう一度ケースを作ってもよいですか?
A. お控えください。ケースが重複すると、かえってご回答が遅れます。

Q. 追加の情報を送りたいときは?
A. このメールには返信できません。担当者からのメールにご返信ください。

Amazon Web Services
このメッセージは送信専用アドレスから送信されています。`,
  }),
  mk({
    slug: 'ja-ack-quoted-q', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yuki,
    note: 'receipt from the form mailbox that repeats the customer\'s question back; no answer yet',
    from: SUPPORT_JA, to: to(YUKI.ja, YUKI.keep), at: '2026-03-02 08:40:05',
    subject: `[CASE ${CASE.yuki}] [AWS Training and Certification Form Submission] - account-assistance`, enc: 'sjis8',
    text: `森 由紀 様

下記のご質問を承りました。ケース番号は ${CASE.yuki} です。
担当部署にて内容を確認し、順次ご回答いたしますので今しばらくお待ちください。

【お客様のご質問】
${quote(YUKI_REQ, '| ')}

※ ご回答までの間、本ケースへの追記は本メールへの返信で承ります。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-ack-html-center', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sakura,
    note: 'HTML-only receipt from support.aws.com; names the question it will answer, promises a reply',
    from: SUPPORT_CENTER, to: to(SAKURA.ja, SAKURA.keep), at: '2026-04-07 11:02:19',
    subject: `ケース ${CASE.sakura} を作成しました - AWS トレーニングと認定`, enc: 'utf8b64', wholeSubject: true,
    html: `<html><body style="font-family:sans-serif">
<h2>ケースが作成されました</h2>
<p>木村 さくら 様</p>
<p>「大学のメールで作ったアカウントと個人のアカウントを一つにできるか」というご質問について、ケース <b>${CASE.sakura}</b> としてお預かりしました。</p>
<table border="1" cellpadding="4">
<tr><th>ケース ID</th><td>${CASE.sakura}</td></tr>
<tr><th>カテゴリ</th><td>AWS トレーニングと認定 / 認定 / アカウントの統合</td></tr>
<tr><th>ステータス</th><td>担当者の割り当て待ち</td></tr>
</table>
<p>担当者から 1 営業日を目安にご連絡します。</p>
<p>AWS Support</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-ack-mixed', kind: 'acknowledgement', lang: 'ja', caseId: CASE.haruto,
    note: 'receipt, English boilerplate around Japanese new text: language ja',
    from: AWS_NOTIFY, to: to(HARUTO.ja, HARUTO.keep), at: '2026-01-20 14:55:31',
    subject: `Case ${CASE.haruto} received / お問い合わせ受付のお知らせ`, enc: 'utf8qp',
    text: `中村様

お問い合わせありがとうございます。いただいたご質問(統合にかかる日数について)はケース ${CASE.haruto} として登録されました。担当から日本語でご連絡いたします。

---
Thank you for contacting AWS Training and Certification. Case ID: ${CASE.haruto}
Please do not reply to this message. To add correspondence, reply to the email you receive from our team.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.`,
  }),
  mk({
    slug: 'ja-ack-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: CASE.makoto, trusted: false,
    note: 'forged receipt from a look-alike domain (aws-supportcenter.jp) with a sign-in link',
    from: 'AWS Support <no-reply@aws-supportcenter.jp>', to: to(MAKOTO.ja, MAKOTO.keep), at: '2026-03-19 01:14:52', tz: '+0000',
    subject: `【受付完了】ケース番号 ${CASE.makoto} お問い合わせありがとうございます`, enc: 'jisb64',
    text: `高橋 誠 様

お問い合わせ(ケース番号 ${CASE.makoto})を受け付けました。
Q. 進捗はどこで確認できますか?
A. 下記のページにサインインするとご確認いただけます。
https://aws-supportcenter.jp/case/login?id=${CASE.makoto}

AWS サポートセンター`,
  }),
  mk({
    slug: 'ja-ack-fields', kind: 'acknowledgement', lang: 'ja', caseId: CASE.makoto, trap: true,
    note: 'receipt recognisable by its shape; lists the fields received (candidate ID, address) without asking for anything',
    from: AWS_NOTIFY, to: to(MAKOTO.ja, MAKOTO.keep), at: '2026-03-19 00:58:03',
    subject: `お問い合わせ受付 ケースID:${CASE.makoto}`, enc: 'jis7',
    text: `高橋 誠 様

以下の内容でお問い合わせを承りました。

  ケースID      : ${CASE.makoto}
  お名前        : 高橋 誠
  メールアドレス: ${MAKOTO.keep}
  AWS 候補者 ID : ${MAKOTO.keepId}
  お問い合わせ  : アカウントの統合

ご入力いただいたご質問(Q1 試験予約中でも統合できるか / Q2 APN の紐付け)には、
担当者が本ケースでご回答します。追加のご連絡は不要です。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-ack-dup', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenjiDup,
    note: 'receipt of a second case the customer opened; still just a receipt with its own ID',
    from: AWS_NOTIFY, to: to(KENJI.ja, KENJI.keep), at: '2026-02-17 22:31:09',
    subject: `ケース ${CASE.kenjiDup} を受け付けました`, enc: 'sjisb64',
    text: `伊藤 健司 様

新しいお問い合わせをケース ${CASE.kenjiDup} として受け付けました。

「前のケースに返事がない場合はどうすればよいか」とのご質問をよくいただきます。
すでに同じご依頼のケースをお持ちの場合は、そちらのメールにご返信いただくのが最も早い方法です。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-dkim-alt', kind: 'acknowledgement', lang: 'ja', caseId: '1785530127', auth: 'dkimonly',
    note: 'receipt from aws.training, multipart/alternative, trusted by an aligned DKIM pass alone; case ID only in the body',
    from: 'AWS Training and Certification <no-reply@aws.training>', to: to(SAKURA.ja, SAKURA.src), at: '2026-04-06 23:47:50',
    subject: 'お問い合わせありがとうございます(AWS トレーニングと認定)', enc: 'utf8b64',
    text: `木村 様

お問い合わせを受け付けました。お問い合わせ番号: 1785530127
ご質問には担当者が順番にお答えしています。
AWS トレーニングと認定`,
    html: `<div>木村 様</div><div>お問い合わせを受け付けました。お問い合わせ番号: <b>1785530127</b></div><div>ご質問には担当者が順番にお答えしています。</div><div>AWS トレーニングと認定</div>`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ja-ai-tool', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI-generated answer to "how do I merge two accounts": points to the self-service Merge Accounts tool',
    from: ASSIST, to: to(HARUTO.ja, HARUTO.keep), at: '2026-01-20 14:41:02',
    subject: 'ご質問への自動回答: 認定アカウントを 1 つにまとめる方法', enc: 'jis7',
    text: `ご質問: 「AWS 認定のアカウントが 2 つあります。1 つにまとめられますか?」

回答(生成 AI による自動回答です):
はい。AWS 認定ポータルにサインインし、プロフィールから[アカウントの統合]を開くと、
ご自身で統合を行うことができます。統合先にしたいアカウントでサインインしてから操作してください。

この回答で解決しない場合は、画面下の[ケースを作成]からお問い合わせください。
※ 自動生成された内容のため、正確でない場合があります。`,
  }),
  mk({
    slug: 'ja-ai-table', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI Q&A table explains what happens once a merge is done; conditional, still an AI answer',
    from: ASSIST, to: to(YUKI.ja, YUKI.keep), at: '2026-03-02 08:31:44',
    subject: 'AI アシスタントの回答(アカウント統合に関するご質問)', enc: 'utf8qp',
    text: `ご質問にお答えします(AI による回答)

質問                         | 回答
-----------------------------+-------------------------------------------
統合すると資格はどうなる?   | 統合が完了すると、統合元の認定は統合先に表示されます
有効期限は変わる?           | 変わりません(取得日から 3 年)
特典(バウチャー)は?       | 未使用のものは統合先で確認できるようになります
自分でできる?               | 片方に認定履歴がない場合は[アカウントの統合]ツールで可能です

解決しない場合はケースを作成してください。`,
    html: `<p>ご質問にお答えします(AI による回答)</p>
<table border="1"><tr><th>質問</th><th>回答</th></tr>
<tr><td>統合すると資格はどうなる?</td><td>統合が完了すると、統合元の認定は統合先に表示されます</td></tr>
<tr><td>有効期限は変わる?</td><td>変わりません(取得日から 3 年)</td></tr>
<tr><td>特典(バウチャー)は?</td><td>未使用のものは統合先で確認できるようになります</td></tr>
<tr><td>自分でできる?</td><td>片方に認定履歴がない場合は[アカウントの統合]ツールで可能です</td></tr></table>
<p>解決しない場合はケースを作成してください。</p>`,
  }),
  mk({
    slug: 'ja-ai-badge', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI answer to "will my badges move?": merge first, then claim on Credly (advice, no event)',
    from: ASSIST, to: to(KENJI.ja, KENJI.keep), at: '2026-02-16 03:05:11',
    subject: '自動回答: Credly バッジの移行について', enc: 'sjis8',
    text: `お問い合わせ内容: 「統合したら Credly のバッジも移りますか」

AI による回答:
バッジは Credly 側で管理されています。まず認定アカウントの統合を済ませ、
そのあと統合先のメールアドレスで Credly にサインインしてバッジを受け取る流れが一般的です。
バッジが移っていない場合は、サポートにお問い合わせください。

この回答は役に立ちましたか? [はい] [いいえ、ケースを作成する]`,
  }),
  mk({
    slug: 'ja-ai-before-case', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI suggestion shown before a case exists; says no case has been created yet',
    from: ASSIST, to: to(MAKOTO.ja, MAKOTO.keep), at: '2026-03-19 00:49:26',
    subject: 'お問い合わせの前に: AI からのご提案', enc: 'jisb64',
    text: `高橋 様

ご入力いただいたご質問に、生成 AI が次のとおりお答えします。
まだケースは作成されていません。

Q1 試験予約中でも統合できますか
  予約中の試験がある場合は、受験後に統合ツールをお使いいただくことをおすすめします。
Q2 パートナー(APN)の紐付けはどうなりますか
  統合ツールの実行後、パートナー側のプロフィールに反映されるまで数日かかることがあります。

この内容で解決しない場合は[ケースを作成]を選んでください。`,
  }),
  mk({
    slug: 'ja-ai-numbered', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'generated answer to several numbered questions; a disclaimer marks it as AI',
    from: ASSIST, to: to(SAKURA.ja, SAKURA.keep), at: '2026-04-06 23:30:12',
    subject: 'Amazon Q による回答をお送りします', enc: 'utf88bit', crlf: false,
    text: `木村 さくら さん

いただいた 2 つのご質問に Amazon Q がお答えします。

(1) 大学のアカウントと個人のアカウントを一つにできますか
    → 認定ポータルの[アカウントの統合]ツールで、統合元のアカウントにサインインして承認すると一つにできます。
(2) 卒業後に大学のアドレスが使えなくなっても大丈夫ですか
    → 統合元にサインインできるうちにツールを実行しておくのが安全です。

生成 AI による回答のため、誤りを含む可能性があります。担当者と話したい場合はケースを作成してください。`,
  }),
  mk({
    slug: 'ja-ai-fake', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: false,
    note: 'AI-answer look-alike from aws-help-desk.net (not an AWS domain)',
    from: 'AWS Support Assistant <assistant@aws-help-desk.net>', to: to(YUKI.ja, YUKI.keep), at: '2026-03-03 04:12:00',
    subject: 'AI 回答: 統合ツールのご案内', enc: 'jis7',
    text: `ご質問「アカウントを統合できますか」への AI 回答です。
統合ツールをご利用ください。下記からログインすると統合ツールが開きます。
https://aws-help-desk.net/certification/merge-tool
※ 自動生成された回答です。`,
  }),
  mk({
    slug: 'ja-ai-html', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'HTML-only automated answer to "the old address no longer receives mail"',
    from: ASSIST, to: to(KENJI.ja, KENJI.keep), at: '2026-02-15 12:20:37',
    subject: 'ご質問への回答: 統合元のメールアドレスが使えない場合', enc: 'utf8qp', wholeSubject: true,
    html: `<html><body>
<p><b>お客様のご質問</b><br>前の会社のメールアドレスが使えなくなりました。そのアカウントの資格をまとめられますか?</p>
<p><b>自動回答</b><br>統合元のアカウントにパスワードでサインインできる場合は、[アカウントの統合]ツールをそのままお使いいただけます。
サインインできない場合は、このあと表示される[ケースを作成]からご依頼ください。</p>
<p style="color:#888">この回答は AI によって生成されました。</p>
</body></html>`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'ja-info-three-q', kind: 'info_request', lang: 'ja', caseId: CASE.kenji,
    note: 'answers the three numbered questions (all future tense), then asks for the source account\'s login address and candidate ID',
    to: to(KENJI.ja, KENJI.keep), at: '2026-02-17 01:22:48',
    subject: formSubject(CASE.kenji), enc: 'jis7',
    text: `伊藤 健司 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
いただいたご質問に順にお答えします。

1. 旧アカウントの認定は移りますか
   はい、統合を行うと統合先のアカウントに表示されるようになります。
2. 50% 割引バウチャーも移りますか
   有効期限内で未使用のものは、統合先でご利用いただけるようになります。
3. Credly のバッジはどうなりますか
   統合の作業後に、統合先のアドレスへ改めてご案内する形になります。

作業に取りかかるにあたり、旧アカウントのログイン用メールアドレスと、
そのアカウントの AWS 候補者 ID(AWS から始まる番号)を本メールへの返信でお送りいただけますでしょうか。

よろしくお願いいたします。
AWS トレーニングと認定 サポートチーム

${sfOriginalJa(to(KENJI.ja, KENJI.keep), '2026年2月16日 3:12', `[AWS Training and Certification Form Submission] - account-assistance`, KENJI_REQ)}

${sfRef('KEN01')}`,
  }),
  mk({
    slug: 'ja-info-which-keep', kind: 'info_request', lang: 'ja', caseId: CASE.yuki,
    note: 'answers "is it possible / does expiry change", then asks which account to keep, phrased without a request verb',
    from: SUPPORT_JA, to: to(YUKI.ja, YUKI.keep), at: '2026-03-03 06:05:27',
    subject: formSubject(CASE.yuki), enc: 'sjis8',
    text: `森 様

ご質問の件、まとめることは可能でござまいす。また有効期限は各認定の取得日から変わりません。

なお、どちらのアカウントを残すかによって作業内容が異なるため、残すほうのメールアドレスを本メールへご返信いただけますと幸いです。

AWS トレーニングと認定

> ${YUKI_REQ.split('\n').join('\n> ')}`,
  }),
  mk({
    slug: 'ja-info-kakunin', kind: 'info_request', lang: 'ja', caseId: CASE.haruto, trap: true,
    note: '「ご確認のうえお知らせください」 asks for information (the address in use), not consent to merge',
    to: to(HARUTO.ja, HARUTO.keep), at: '2026-01-21 05:48:16',
    subject: formSubject(CASE.haruto), enc: 'jisb64',
    text: `中村 陽翔 様

お世話になっております。「どのくらい日数がかかるか」とのお尋ねですが、必要な情報がそろい次第、通常は数営業日で対応しております。

その前に 1 点、統合元 ${HARUTO.srcId} のアカウントに登録されている認定通知用メールアドレスが、
ご記載の ${HARUTO.src} と同じかどうか、ご確認のうえお知らせください。

AWS トレーニングと認定 サポート

${sfOriginalJa(to(HARUTO.ja, HARUTO.keep), '2026/01/20 14:55', 'アカウント統合のお願い', HARUTO_REQ)}`,
  }),
  mk({
    slug: 'ja-info-qa-form', kind: 'info_request', lang: 'ja', caseId: CASE.sakura,
    note: 'FAQ-style reply whose last answer is a fill-in list the customer must send back',
    from: SUPPORT_JA, to: to(SAKURA.ja, SAKURA.keep), at: '2026-04-08 02:19:33',
    subject: formSubject(CASE.sakura), enc: 'utf8qp',
    text: `木村 さくら 様

ご質問ありがとうございます。よくあるご質問と合わせてお答えいたします。

Q. 大学のアドレスが卒業後に使えなくなっても大丈夫?
A. 統合の手続き自体には影響ございません。

Q. 統合には何が必要?
A. 次の項目です。お手数ですが、ご記入のうえご返信ください。
   - 統合先アカウントの候補者 ID:
   - 統合元アカウントの候補者 ID:
   - 統合元アカウントのログインメールアドレス:
   - 統合元で取得済みの認定名:

AWS トレーニングと認定 サポート`,
    html: paras(`木村 さくら 様

ご質問ありがとうございます。よくあるご質問と合わせてお答えいたします。

Q. 大学のアドレスが卒業後に使えなくなっても大丈夫?
A. 統合の手続き自体には影響ございません。

Q. 統合には何が必要?
A. 次の項目です。お手数ですが、ご記入のうえご返信ください。
- 統合先アカウントの候補者 ID:
- 統合元アカウントの候補者 ID:
- 統合元アカウントのログインメールアドレス:
- 統合元で取得済みの認定名:

AWS トレーニングと認定 サポート`),
  }),
  mk({
    slug: 'ja-info-exam-date', kind: 'info_request', lang: 'ja', caseId: CASE.haruto,
    note: 'second request: answers a follow-up, then asks for exam name and date taken on the source account',
    to: to(HARUTO.ja, HARUTO.keep), at: '2026-01-22 07:03:40',
    subject: formSubject(CASE.haruto), enc: 'utf8b64',
    text: `中村様

ご返信ありがとうございます。メールアドレスの件、承知しました。

「ほかに準備するものはあるか」とのご質問については、本人確認のため、統合元 ${HARUTO.srcId} で受験された試験の名称と、おおよその受験日を教えていただけますか。
わかる範囲で結構です。

AWS トレーニングと認定

2026年1月21日(水) 18:12 中村 陽翔 <${HARUTO.keep}>:
> 確認しました。同じアドレスです。
> ほかに準備するものはありますか?`,
  }),
  mk({
    slug: 'ja-info-phish', kind: 'info_request', lang: 'ja', caseId: CASE.makoto, trusted: false,
    note: 'forged request for password and card number from amazon-certification-jp.com (look-alike)',
    from: 'AWS トレーニングと認定 <support@amazon-certification-jp.com>', to: to(MAKOTO.ja, MAKOTO.keep), at: '2026-03-20 09:31:45',
    subject: formSubject(CASE.makoto), enc: 'jis7',
    text: `高橋 誠 様

ご質問の件、統合は可能です。本人確認のため、以下をご返信ください。
・統合元アカウントのパスワード
・ご登録のクレジットカード番号(下 8 桁)
48 時間以内にご返信がない場合、ケースは無効になります。`,
  }),
  mk({
    slug: 'ja-info-apn', kind: 'info_request', lang: 'ja', caseId: CASE.makoto,
    note: 'answers Q1/Q2, then asks for the partner company name and the exam booking number',
    from: SUPPORT_JA, to: to(MAKOTO.ja, MAKOTO.keep), at: '2026-03-20 03:47:22',
    subject: formSubject(CASE.makoto), enc: 'sjisb64',
    text: `高橋 様

お問い合わせの Q1、Q2 について回答いたします。

Q1 試験予約中のものがあっても統合できますか
→ 可能です。ただし予約は統合元に残るため、受験日より前の統合はおすすめしておりません。
Q2 パートナー(APN)の紐付けはどうなりますか
→ 統合先のアカウントに引き継ぐ形で調整します。

調整にあたり、APN に登録されている会社名と、現在ご予約中の試験の登録番号をお知らせ願えますか。

AWS トレーニングと認定 カスタマーサポート

${quote(MAKOTO_REQ)}`,
  }),
  mk({
    slug: 'ja-info-graduate', kind: 'info_request', lang: 'ja', caseId: CASE.sakura,
    note: 'asks to write from the kept address AND to send the university account\'s candidate ID: info_request',
    to: to(SAKURA.ja, SAKURA.src), cc: to(SAKURA.ja, SAKURA.keep), at: '2026-04-09 01:10:58',
    subject: formSubject(CASE.sakura), enc: 'jis7',
    text: `木村様

「卒業後にアドレスが使えなくなるが問題ないか」というご質問ですが、問題ございません。
ただし今後のやり取りは、残されるほうのアドレス(${SAKURA.keep})からお送りいただき、
その際に大学アカウントの候補者 ID も書き添えていただけますでしょうか。

AWS トレーニングと認定 サポートチーム

${sfOriginal(to(SAKURA.ja, SAKURA.src), 'Tuesday, April 7, 2026 11:02 AM', SUPPORT_ADDR, 'account-assistance', SAKURA_REQ)}`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'ja-conf-undo', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji,
    note: 'answers "can it be undone?" (no), then asks for consent to merge as listed',
    to: to(KENJI.ja, KENJI.keep), at: '2026-02-18 02:40:10',
    subject: formSubject(CASE.kenji), enc: 'jis7',
    text: `伊藤様

情報をお送りいただきありがとうございます。

「あとから元に戻せますか」とのご質問をいただきましたが、アカウントの統合は取り消すことができません。
そのうえで、以下の内容で統合してよろしいか、ご同意の旨を本メールにご返信ください。

  統合先(残るアカウント): ${KENJI.keepId} / ${KENJI.keep}
  統合元(なくなるアカウント): ${KENJI.srcId} / ${KENJI.src}

AWS トレーニングと認定 サポートチーム

2026年2月17日(火) 20:05 伊藤 健司 <${KENJI.keep}>:
> 旧アカウントは ${KENJI.src}、候補者 ID は ${KENJI.srcId} です。
> ちなみに、統合したあとで元に戻すことはできますか?`,
  }),
  mk({
    slug: 'ja-conf-doui', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yuki,
    note: 'answers about expiry, then asks the customer to reply 「同意します」 to the merge direction',
    from: SUPPORT_JA, to: to(YUKI.ja, YUKI.keep), at: '2026-03-04 07:33:51',
    subject: formSubject(CASE.yuki), enc: 'sjis8',
    text: `森 由紀 様

残すアカウントのご連絡ありがとうございます。先日のご質問について補足しますと、有効期限は統合の前後で変わりません。

統合元 ${YUKI.srcId} を統合先 ${YUKI.keepId} にまとめる形で進めてよろしければ、「同意します」と一言ご返信ください。
いただいたご返信をもって作業を開始します。統合後は元の状態に戻せませんのでご留意ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-conf-next', kind: 'confirmation_request', lang: 'ja', caseId: CASE.haruto,
    note: 'Q&A: "what do I do next?" answered with "only your consent"; irreversible',
    to: to(HARUTO.ja, HARUTO.keep), at: '2026-01-23 04:16:29',
    subject: formSubject(CASE.haruto), enc: 'utf8qp',
    text: `中村様

Q. 次に何をすればいいですか?
A. 残るのはお客様のご承諾だけです。統合を実施すると元に戻すことはできません。${HARUTO.srcId} の資格を ${HARUTO.keepId} にまとめることにご了承いただけましたら、その旨ご返信をお願いします。

Q. 承諾の返信に決まった書式はありますか?
A. ございません。「了承します」だけで結構です。

AWS トレーニングと認定 サポート`,
  }),
  mk({
    slug: 'ja-conf-list', kind: 'confirmation_request', lang: 'ja', caseId: CASE.makoto,
    note: 'numbered answers; the last item asks for consent before merging',
    from: SUPPORT_JA, to: to(MAKOTO.ja, MAKOTO.keep), at: '2026-03-23 05:02:14',
    subject: formSubject(CASE.makoto), enc: 'jisb64',
    text: `高橋 誠 様

ご返信いただいた内容をもとに、改めて整理いたします。

1. 試験予約: 予約中の試験は統合の対象外で、受験後に統合先へ反映されます。
2. APN: 統合先のアカウントにパートナー情報を付け替えます。
3. 最終のご確認: 統合は一度行うと元に戻せません。
   ${MAKOTO.srcId} を ${MAKOTO.keepId} に統合することに差し支えなければ、本メールにその旨ご返信いただけますか。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-conf-fake-link', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sakura, trusted: false,
    note: 'forged consent request with a link from aws-training.co (look-alike of aws.training)',
    from: 'AWS Certification <cert@aws-training.co>', to: to(SAKURA.ja, SAKURA.keep), at: '2026-04-10 13:45:02',
    subject: `[CASE ${CASE.sakura}] 統合のご承認をお願いします`, enc: 'utf8b64',
    text: `木村様

ご質問の件、統合の準備が整いました。元に戻せない操作のため、下のリンクから承認してください。
https://aws-training.co/merge/approve?case=${CASE.sakura}
24 時間以内に承認がない場合、ケースはキャンセルされます。`,
  }),
  mk({
    slug: 'ja-conf-alt', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sakura,
    note: 'multipart reply: the university-address question is answered, then final consent is asked',
    from: SUPPORT_JA, to: to(SAKURA.ja, SAKURA.keep), at: '2026-04-10 02:26:40',
    subject: formSubject(CASE.sakura), enc: 'utf8qp',
    text: `木村 さくら 様

必要事項のご記入ありがとうございます。大学アドレスの件はご心配いりません。

最後に、${SAKURA.srcId}(大学)を ${SAKURA.keepId}(個人)へ統合する点について、ご承諾をいただけますでしょうか。統合後に分け直すことはできません。問題なければ「承諾します」とご返信ください。

AWS トレーニングと認定`,
    html: `<div>木村 さくら 様</div><br><div>必要事項のご記入ありがとうございます。大学アドレスの件はご心配いりません。</div><br><div>最後に、${SAKURA.srcId}(大学)を ${SAKURA.keepId}(個人)へ統合する点について、ご承諾をいただけますでしょうか。統合後に分け直すことはできません。問題なければ「承諾します」とご返信ください。</div><br><div>AWS トレーニングと認定</div>`,
  }),
  mk({
    slug: 'ja-conf-bilingual', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenjiDup,
    note: 'Japanese intro around an English consent template; language ja; on the duplicate case',
    to: to(KENJI.ja, KENJI.keep), at: '2026-02-18 09:12:33',
    subject: formSubject(CASE.kenjiDup), enc: 'jis7',
    text: `伊藤様

重複して作成されたケースについてもお問い合わせいただいたため、こちらでもご案内します。
下記の英文をお読みいただき、内容にご同意いただけるか、ご返信ください。

  Please confirm that you agree to merge ${KENJI.srcId} into ${KENJI.keepId}.
  This action is permanent and cannot be reversed.

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-conf-dmarcfail', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yuki, trusted: false, auth: 'fail',
    note: 'consent request whose authentication failed (dmarc=fail on the topmost header)',
    from: SUPPORT_JA, to: to(YUKI.ja, YUKI.keep), at: '2026-03-04 11:09:18',
    subject: formSubject(CASE.yuki), enc: 'sjisb64',
    text: `森様

統合方向についてのご質問、承知しました。${YUKI.srcId} を ${YUKI.keepId} へまとめてよろしいか、ご同意の旨をお返事ください。

AWS トレーニングと認定`,
  }),
];

// keep the import list honest
void outlookJa; void gmailJa;
