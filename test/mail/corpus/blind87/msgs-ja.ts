// Set ch, Japanese messages: the user's own replies, forwards and notes, and support mail quoting them.
import { rfcDate as d, type Msg } from './lib.js';
import { BOSS, CASE, CERT, CREDLY, KENJI as K, NOREPLY, SHO, SUP, SUP_BARE, TEAM, U, YUI, S, fwdJa, gmailJa, outlookJa, paras, q, sf, subj, subj0 } from './common.js';

const kReq = `AWS認定アカウントの統合をお願いします。
残す方: ${K.keepId} / ${K.keep}
統合元: ${K.srcId} / ${K.src}
前職のアドレスは3月末で使えなくなるので、それまでに済ませたいです。`;

const yReq = `お世話になります、伊藤です。
会社用と個人用で認定アカウントが2つに分かれてしまったため、個人用 ${YUI.keep} の方へまとめていただけますでしょうか。
候補者ID: ${YUI.keepId}(残す) / ${YUI.srcId}(まとめる方)`;

const sReq = `中村と申します。
SAA と DVA を別々のアカウントで取っており、1つに統合したいです。バッジも移行されますか?
統合先 ${SHO.keep} (${SHO.keepId})、統合元 ${SHO.src} (${SHO.srcId})`;

export const JA: Msg[] = [
  // ---------------- acknowledgement (7) ----------------
  S({
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji, from: NOREPLY, to: K.keep, enc: 'jis7',
    subject: `ケース ${CASE.kenji} を受け付けました`, date: d('2026-01-08 10:02:11', '+0000'),
    note: 'receipt of the new case echoing the user\'s request text (which says "統合" and "済ませたい")',
    text: `AWS サポートにお問い合わせいただきありがとうございます。

ケース ID: ${CASE.kenji}
件名: アカウントの統合
お問い合わせの内容:
${q(kReq)}

担当者より通常 24 時間以内にご連絡します。同じ内容で新しいケースを作成すると回答が遅れる場合がありますので、このケースへの返信でご連絡ください。

Amazon Web Services`,
  }),
  S({
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.yui, to: YUI.keep, enc: 'jisb64',
    subject: subj0(CASE.yui), date: d('2026-02-02 14:40:00', '+0900'),
    note: 'automatic receipt; the user\'s form text quoted at length mentions confirmation and merge',
    text: `${YUI.ja} 様

本メールは自動送信です。以下の内容でお問い合わせを承りました(ケース番号 ${CASE.yui})。

-----
${yReq}
統合についての確認が必要でしたらこのアドレスにご連絡ください。
-----

担当部署で内容を確認のうえ、順次ご返信いたします。
AWS トレーニングと認定 カスタマーサポート`,
  }),
  S({
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho, from: NOREPLY, to: SHO.keep, enc: 'sjis8',
    subject: `[ケース ID ${CASE.sho}] お問い合わせを受け付けました`, date: d('2026-02-19 23:51:40', '+0900'),
    note: 'receipt; the quoted request asks whether badges move',
    text: `このメッセージは送信専用アドレスから送られています。

お問い合わせありがとうございます。ケースが作成されました。
  ケース番号: ${CASE.sho}
  カテゴリ: AWS トレーニングと認定 / アカウント

ご入力内容:
${q(sReq)}

通常 1 営業日以内に担当よりご連絡いたします。`,
  }),
  S({
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji2, from: NOREPLY, to: K.keep, enc: 'utf8qp',
    subject: `お問い合わせ受付のお知らせ (ケース ${CASE.kenji2})`, date: d('2026-04-03 08:15:09', '+0000'),
    note: 'receipt of a second merge-related case opened about badges; quotes "統合は完了しました" from the user',
    text: `AWS サポートセンターをご利用いただきありがとうございます。
新しいケース ${CASE.kenji2} を受け付けました。

■ お客様のご記入内容
先月アカウントの統合は完了しましたとの連絡をいただきましたが、Credly のバッジがまだ旧アドレス側に残っています。移していただけますか。
${K.keep} / ${K.keepId}

■ 今後の流れ
担当者が内容を確認し、このメールアドレス宛にご連絡いたします。`,
  }),
  S({
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.yuiDup, from: NOREPLY, to: YUI.src, enc: 'jis7',
    subject: 'AWS サポート: ケースが作成されました', date: d('2026-02-02 14:52:31', '+0900'),
    note: 'receipt with case ID only in the body, to the user\'s other address; quoted text restates the merge request',
    text: `お問い合わせを受け付けました。

ケース番号 ${CASE.yuiDup}
ご連絡先: ${YUI.src}

お客様のコメント:
「先ほど個人アドレスからも送りましたが、念のため会社アドレスからも送ります。統合に同意しますので、よろしくお願いします。」

担当者からの回答をお待ちください。`,
  }),
  S({
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho2, to: SHO.keep, enc: 'utf8b64',
    subject: subj0(CASE.sho2), date: d('2026-05-11 09:00:02', '+0900'),
    note: 'receipt shaped HTML+text; user text says the certifications were already moved and asks about the voucher',
    html: paras(`中村 翔 様

ケース ${CASE.sho2} としてお問い合わせを登録しました。担当者が確認後ご連絡します。

お問い合わせ内容:
統合のほうは完了したと連絡をもらい、資格も新しいアカウントに表示されています。ただ 50% 割引の特典が見当たりません。どこを見ればよいでしょうか。

AWS Training and Certification`),
    text: `中村 翔 様

ケース ${CASE.sho2} としてお問い合わせを登録しました。担当者が確認後ご連絡します。

お問い合わせ内容:
統合のほうは完了したと連絡をもらい、資格も新しいアカウントに表示されています。ただ 50% 割引の特典が見当たりません。どこを見ればよいでしょうか。

AWS Training and Certification`,
  }),
  S({
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji, from: 'AWS Support <no-reply-aws@amazon.com.support-center.example.net>', to: K.keep, enc: 'jis7',
    auth: 'pass', trusted: false,
    subject: `ケース ${CASE.kenji} を受け付けました`, date: d('2026-01-08 10:20:45', '+0000'),
    note: 'forged receipt: look-alike sender domain (amazon.com.support-center.example.net)',
    text: `お問い合わせありがとうございます。ケース ID ${CASE.kenji} を受け付けました。

ご入力内容:
${q(kReq)}

本人確認のため、以下のリンクから 24 時間以内にサインインしてください。
http://aws-support-center.example.net/verify`,
  }),

  // ---------------- ai_answer (7) ----------------
  S({
    kind: 'ai_answer', lang: 'ja', caseId: null, from: NOREPLY, to: K.keep, enc: 'utf8qp',
    subject: 'AWS サポート: 生成 AI による回答のご案内', date: d('2026-01-08 09:58:30', '+0000'),
    note: 'AI-generated suggestion restating the user\'s question about merging; no case yet',
    text: `以下は生成 AI によって作成された回答です。内容が正確でない場合があります。

ご質問:
「前の会社のアドレスで作った認定アカウントを個人のアカウントに統合したい。統合が完了したらバッジはどうなりますか」

回答:
AWS Certification アカウントの [プロフィール] > [アカウントの統合] から、ご自身で統合できる場合があります。統合が終わると、統合元の認定資格と特典は統合先に表示されます。Credly のバッジは統合後に統合先アカウントで受け取り直してください。

解決しない場合は「ケースを作成」を選んでください。`,
  }),
  S({
    kind: 'ai_answer', lang: 'ja', caseId: null, from: NOREPLY, to: YUI.keep, enc: 'jisb64',
    subject: 'お問い合わせへの自動回答', date: d('2026-02-02 14:31:12', '+0900'),
    note: 'automated answer pointing to the Merge Accounts tool; quotes the user saying she confirms',
    text: `自動回答システムからのご案内です。

入力された内容: 「アカウントを1つにしてほしい。取り消せないことは承知しています、同意します。」

この種のご依頼は、多くの場合 認定ポータルの「Merge Accounts」機能でお客様ご自身で手続きいただけます。両方のアカウントに認定の履歴がある場合は機能が使えないため、その際はサポートケースを作成してください。

この回答で解決しましたか?`,
  }),
  S({
    kind: 'ai_answer', lang: 'ja', caseId: null, from: NOREPLY, to: SHO.keep, enc: 'sjisb64',
    subject: 'Amazon Q によるおすすめの解決方法', date: d('2026-02-19 23:44:03', '+0900'),
    note: 'AI suggestion; user text asks if badges are transferred',
    text: `お問い合わせ内容から、以下の解決策が見つかりました。(AI による自動生成)

> SAA と DVA を別々のアカウントで取っており、1つに統合したいです。バッジも移行されますか?

1. 統合先にしたいアカウントで認定ポータルにサインインします
2. プロフィールから「アカウントの統合」を開き、統合元のメールアドレスを入力します
3. 統合元に届く確認コードを入力します

バッジは統合の後、Credly で統合先のメールアドレスを追加すると表示されます。
引き続きサポートが必要な場合はケースを作成してください。`,
  }),
  S({
    kind: 'ai_answer', lang: 'ja', caseId: null, from: 'AWS Support <support@aws-training-help.example.com>', to: K.src, enc: 'jis7',
    auth: 'pass', trusted: false,
    subject: 'AI アシスタントからの回答', date: d('2026-01-07 21:10:00', '+0900'),
    trap: false, note: 'AI-style answer from an untrusted third-party domain',
    text: `AI アシスタントがお答えします。

「認定アカウントを統合したい」とのご相談ですね。セルフサービスの統合ツールをお試しください。
ツールが利用できない場合はこちらのフォームにアカウント情報をご入力ください。
http://aws-training-help.example.com/form`,
  }),
  S({
    kind: 'ai_answer', lang: 'ja', caseId: null, from: NOREPLY, to: YUI.src, enc: 'utf8b64',
    subject: 'AWS Support - 自動提案', date: d('2026-02-02 14:33:40', '+0900'),
    note: 'automated suggestion, HTML-only, quoting a request with "マージ完了後"',
    html: `<html><body><p>AI が生成した提案です。</p>
<blockquote>マージ完了後に、旧アカウントの受験履歴が消えてしまわないか心配です。会社アドレス ${YUI.src} の方を残したくありません。</blockquote>
<p>アカウントの統合を行うと、統合元アカウントの受験履歴・認定・特典は統合先アカウントに引き継がれます。まずは認定ポータルの「Merge Accounts」ツールをお試しください。</p>
<p>問題が解決しない場合は、[ケースを作成] から担当者にお問い合わせください。</p></body></html>`,
  }),
  S({
    kind: 'ai_answer', lang: 'ja', caseId: null, from: NOREPLY, to: SHO.keep, enc: 'jis7', auth: 'dkimonly',
    subject: '自動回答: アカウントの統合について', date: d('2026-05-10 22:05:19', '+0900'),
    note: 'automated answer (dkim-only pass) quoting the user saying the case was closed',
    text: `この回答は自動で作成されました。

お客様のご質問:
 以前のケースはクローズされましたが、特典がまだ表示されません。

回答候補:
統合の後、特典(次回試験の 50% 割引)は統合先アカウントの「特典」ページに表示されます。反映まで最大 5 営業日かかる場合があります。表示されない場合はケースを作成してください。`,
  }),
  S({
    kind: 'ai_answer', lang: 'ja', caseId: null, from: NOREPLY, to: K.keep, enc: 'sjis8', auth: 'fail', trusted: false,
    subject: 'AWS サポート: 生成 AI による回答のご案内', date: d('2026-01-08 09:59:02', '+0000'),
    trap: false, note: 'AI answer whose DMARC fails at the receiving server',
    text: `生成 AI による回答です。

「統合したい」というご相談には、認定ポータルの統合ツールをお勧めします。
統合後は新しいアカウントでサインインしてください。`,
  }),

  // ---------------- info_request (7) ----------------
  S({
    kind: 'info_request', lang: 'ja', caseId: CASE.kenji, to: K.keep, enc: 'jis7',
    subject: subj(CASE.kenji), date: d('2026-01-09 11:42:08', '+0000'),
    note: 'asks for each account\'s login email and candidate ID; quotes the user\'s "統合に同意します" at length',
    text: `森様

お問い合わせありがとうございます。AWS トレーニングと認定の Haruka です。

統合の手続きに入る前に、念のため次の点を教えてください。
- 各アカウントにサインインするときのメールアドレス
- 各アカウントの AWS 候補者 ID
- 統合後に残すアカウントがどちらか

頂戴したメールでは ID が一部欠けていたため、お手数ですが改めてお送りください。

よろしくお願いいたします。

${sf(K.keep, '2026/01/08 10:01', SUP_BARE, subj0(CASE.kenji), `統合に同意します。取り消せないことも了解しました。
早めに統合していただけると助かります。
${K.keep} / AWS4071826`)}`,
  }),
  S({
    kind: 'info_request', lang: 'ja', caseId: CASE.yui, to: YUI.keep, enc: 'sjis8',
    subject: subj(CASE.yui), date: d('2026-02-03 16:20:00', '+0900'),
    note: 'asks which address should be the sign-in after the merge; user quote says "完了したら教えて"',
    text: `伊藤 様

ご連絡ありがとうございます。
統合後のサインイン用メールアドレスは、${YUI.keep} と ${YUI.src} のどちらをご希望でしょうか。ご指定いただければすぐに作業いたします。

${gmailJa('2026年2月2日(月) 14:40', YUI.ja, YUI.keep)}
> 会社用と個人用で認定アカウントが2つに分かれてしまったため、まとめていただけますでしょうか。
> 統合が完了したら、このアドレスに教えてください。
> バッジもまとめて移していただけると嬉しいです。`,
  }),
  S({
    kind: 'info_request', lang: 'ja', caseId: CASE.sho, to: SHO.keep, enc: 'jisb64',
    subject: subj(CASE.sho), date: d('2026-02-20 10:11:27', '+0900'),
    note: 'request for the source account\'s candidate ID, phrased without a request verb up front',
    text: `中村 翔 様

統合元アカウント(${SHO.src})の候補者 ID が確認できませんでした。CertMetrics のプロフィール画面に表示される「AWS」から始まる番号を、このメールへの返信でお知らせいただけますと幸いです。

--------------- Original Message ---------------
From: ${SHO.keep}
Sent: 2026/02/19 23:50
To: ${SUP_BARE}
Subject: ${subj0(CASE.sho)}

${sReq}
統合の確認メールが来たらすぐ返信します。`,
  }),
  S({
    kind: 'info_request', lang: 'ja', caseId: CASE.kenji2, to: K.keep, enc: 'utf8qp',
    subject: subj(CASE.kenji2), date: d('2026-04-03 18:30:55', '+0900'),
    note: 'asks for the Credly account email; quoted user text says merge completed and badges missing',
    text: `森 様

お世話になっております。
バッジの件、調査いたします。Credly にサインインされている際のメールアドレスと、見当たらないバッジの名称をご返信ください。

${outlookJa(`${K.ja} <${K.keep}>`, '2026年4月3日 17:12', SUP_BARE, `Re: ${subj(CASE.kenji2)}`)}

先月アカウントの統合は完了しましたとの連絡をいただきました。資格は移っているのですが、バッジは移行されていないようです。
クローズ済みのケースに返信してしまったので、新しく作り直しました。`,
  }),
  S({
    kind: 'info_request', lang: 'ja', caseId: CASE.sho2, to: SHO.keep, enc: 'sjisb64',
    subject: subj(CASE.sho2), date: d('2026-05-12 13:02:44', '+0900'),
    note: 'asks which exam the voucher came from and when; quote says badges moved',
    text: `中村様

特典の件で確認させてください。割引特典を受け取った試験名とおおよその合格日、あわせて統合前にどちらのアカウントで受験されたかご教示ください。

> 統合は完了し、バッジも新しいアカウントへ移行済みです。
> 残るは 50% 割引の特典だけです。`,
  }),
  S({
    kind: 'info_request', lang: 'ja', caseId: CASE.yui, from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', to: YUI.keep, enc: 'jis7',
    auth: 'forgedBelow', trusted: false,
    subject: subj(CASE.yui), date: d('2026-02-03 19:44:10', '+0900'),
    note: 'info request whose only dmarc=pass sits below the receiving server\'s Received line',
    text: `伊藤様

統合の手続きに必要なため、両アカウントのパスワードと生年月日をご返信ください。

> 統合に同意します。取り消せないことも理解しています。`,
  }),
  S({
    kind: 'info_request', lang: 'ja', caseId: CASE.kenji, to: K.keep, enc: 'jisb64', cc: K.src,
    subject: subj(CASE.kenji), date: d('2026-01-12 09:05:33', '+0000'),
    note: 'asks the user to write from the kept address and give its candidate ID; user quote says "確認しました"',
    text: `森 様

ご返信ありがとうございます。恐縮ですが、統合先として残すアカウントのメールアドレスから、その候補者 ID を添えてご連絡いただけますか。現在のご返信は統合元のアドレスから届いております。

${gmailJa('2026年1月11日(日) 22:48', K.ja, K.src)}
> 確認しました。内容に問題ありません、統合を進めてください。
> 残すのは個人の方です。`,
  }),

  // ---------------- confirmation_request (7) ----------------
  S({
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji, to: K.keep, enc: 'jis7',
    subject: subj(CASE.kenji), date: d('2026-01-13 10:30:00', '+0000'),
    note: 'asks for consent to the irreversible merge; quoted user text lists IDs and says "完了次第"',
    text: `森様

ご提供ありがとうございました。下記の内容で統合を行います。統合後は元に戻せませんので、この内容で進めてよいか、ご同意の旨をご返信ください。

 統合元: ${K.srcId} (${K.src})
 統合先: ${K.keepId} (${K.keep})

${gmailJa('2026年1月12日(月) 20:15', K.ja, K.keep)}
> 残すアカウント: ${K.keep} / ${K.keepId}
> 統合元: ${K.src} / ${K.srcId}
> 統合が完了次第、バッジも移していただけると助かります。`,
  }),
  S({
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.yui, to: YUI.keep, enc: 'utf8b64',
    subject: subj(CASE.yui), date: d('2026-02-04 11:11:11', '+0900'),
    note: 'consent request in HTML+text, user\'s previous mail quoted Outlook-style',
    text: `伊藤 様

統合先を ${YUI.keep} として準備が整いました。
この操作は取り消しができません。${YUI.srcId} の履歴を ${YUI.keepId} にまとめることについて、了承いただけるかお返事をお願いします。

${outlookJa(`${YUI.ja} <${YUI.keep}>`, '2026年2月3日 21:04', SUP_BARE, subj(CASE.yui))}
サインイン用は個人の ${YUI.keep} でお願いします。
完了のご連絡をお待ちしています。`,
    html: paras(`伊藤 様

統合先を ${YUI.keep} として準備が整いました。
この操作は取り消しができません。${YUI.srcId} の履歴を ${YUI.keepId} にまとめることについて、了承いただけるかお返事をお願いします。`) + `
<div id="divRplyFwdMsg"><hr><b>差出人:</b> ${YUI.ja} &lt;${YUI.keep}&gt;<br><b>送信日時:</b> 2026年2月3日 21:04<br><b>件名:</b> ${subj(CASE.yui)}</div>
<div>サインイン用は個人の ${YUI.keep} でお願いします。<br>完了のご連絡をお待ちしています。</div>`,
  }),
  S({
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho, to: SHO.keep, enc: 'sjis8',
    subject: subj(CASE.sho), date: d('2026-02-21 09:48:02', '+0900'),
    note: 'asks to confirm, with "統合してよろしいですか"; user quote gives the missing ID',
    text: `中村 様

ID のご連絡ありがとうございます。
${SHO.srcId} を ${SHO.keepId} に統合してよろしいですか。統合するともとに戻すことはできないため、念のためお客様のご意思を確認させていただいております。問題なければ「はい」とだけご返信ください。

-----Original Message-----
From: ${SHO.ja} <${SHO.keep}>
Sent: Friday, February 20, 2026 9:02 PM
To: ${SUP_BARE}
Subject: ${subj(CASE.sho)}

統合元の候補者 ID は ${SHO.srcId} です。
確認のうえ、統合のほどよろしくお願いいたします。`,
  }),
  S({
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji, to: K.keep, enc: 'utf8qp', auth: 'dkimonly',
    subject: subj(CASE.kenji), date: d('2026-01-15 03:12:40', '+0000'),
    trap: false, note: 'second consent request after the user replied with a question instead of consent',
    text: `森 様

ご質問の件、統合後も統合元アカウントの受験履歴は統合先で閲覧できます。
それを踏まえまして、統合の実施にご同意いただけますでしょうか。ご同意のご返信をいただき次第、作業を開始いたします。

On Wed, Jan 14, 2026 at 8:40 PM 森 健二 <${K.keep}> wrote:
> 統合したら旧アカウントの受験履歴は消えますか?
> それが分かれば、統合に同意します。`,
  }),
  S({
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.yuiDup, to: YUI.keep, cc: YUI.src, enc: 'jis7',
    subject: subj(CASE.yuiDup), date: d('2026-02-04 13:30:21', '+0900'),
    note: 'consent request on the duplicate case; quoted user forward said both cases are the same',
    text: `伊藤様

同じご依頼が 2 件届いておりましたので、こちらのケースで承ります。
${YUI.src} を ${YUI.keep} に統合する処理は元に戻せません。ご承諾いただける場合はその旨ご返信ください。

${gmailJa('2026年2月2日(月) 15:01', YUI.ja, YUI.src)}
> すみません、${CASE.yui} と同じ内容です。
> 統合に同意します、と先ほどの方にも書きました。
> 片方はクローズしてください。`,
  }),
  S({
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho, from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amaz0n.com>', to: SHO.keep, enc: 'jis7',
    trusted: false,
    subject: subj(CASE.sho), date: d('2026-02-21 02:15:00', '+0900'),
    trap: false, note: 'consent request from the look-alike amaz0n.com',
    text: `中村 様

統合にご同意いただける場合は、以下のフォームからサインインして「同意する」を押してください。
http://amaz0n.com.example.org/consent

> 統合の確認メールが来たらすぐ返信します。`,
  }),
  S({
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho3, to: SHO.src, enc: 'sjisb64',
    subject: subj(CASE.sho3), date: d('2026-06-02 10:00:00', '+0900'),
    note: 'consent request whose quoted user mail says the accounts were already merged once (wrongly)',
    text: `中村様

旧アドレス側のアカウントが残っていることを確認しました。今回はこちらを統合先 ${SHO.keepId} にまとめます。
元に戻せない操作ですので、実施してよいかご確認のうえご返信ください。

> 以前統合済みと連絡をもらいましたが、会社のアドレスでもまだサインインできてしまいます。
> 統合は完了していないのでしょうか。`,
  }),

  // ---------------- merge_completed (7) ----------------
  S({
    kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji, to: K.keep, enc: 'jis7',
    subject: subj(CASE.kenji), date: d('2026-01-16 02:31:07', '+0000'),
    note: 'merge done; the user\'s consent reply quoted in full',
    text: `森 様

お待たせいたしました。${K.srcId} を ${K.keepId} へ統合いたしました。今後は ${K.keep} でサインインしてください。認定と特典が表示されていることをご確認ください。

${gmailJa('2026年1月15日(木) 19:02', K.ja, K.keep)}
> 統合に同意します。よろしくお願いします。
> バッジも同じタイミングで移りますか?`,
  }),
  S({
    kind: 'merge_completed', lang: 'ja', caseId: CASE.yui, to: YUI.keep, enc: 'jisb64',
    subject: subj(CASE.yui), date: d('2026-02-05 10:45:30', '+0900'),
    note: 'completion worded "ひとつにまとめました" and that the case will be closed',
    text: `伊藤 様

ご承諾ありがとうございました。2 つのアカウントをひとつにまとめました(統合先: ${YUI.keepId})。本件はこれでクローズとさせていただきます。

${outlookJa(`${YUI.ja} <${YUI.keep}>`, '2026年2月4日 22:30', SUP_BARE, subj(CASE.yui))}
承知しました、了承します。
まだ統合されていないようなので、完了したら一言いただけると助かります。`,
  }),
  S({
    kind: 'merge_completed', lang: 'ja', caseId: null, from: CERT, to: SHO.keep, enc: 'utf8b64',
    subject: 'AWS 認定: アカウントが統合されました', date: d('2026-02-22 04:00:00', '+0000'),
    trap: false, note: 'the certification portal\'s own merged notice, no case ID, HTML-only',
    html: `<html><body><p>${SHO.ja} 様</p>
<p>お客様の AWS 認定アカウント ${SHO.srcId} は ${SHO.keepId} に統合されました。今後は統合先のアカウントをご利用ください。</p>
<p>AWS Certification</p></body></html>`,
  }),
  S({
    kind: 'merge_completed', lang: 'ja', caseId: CASE.sho, to: SHO.keep, enc: 'sjis8',
    subject: subj(CASE.sho), date: d('2026-02-22 13:09:12', '+0900'),
    trap: false, note: 'completion with the date between the words; user quote says "はい"',
    text: `中村様

本日 2 月 22 日付で、統合元アカウントの資格情報を ${SHO.keepId} へ移し、統合作業を終えました。
Credly のバッジについては、数日お待ちいただいても表示されない場合にお知らせください。

-----Original Message-----
From: ${SHO.ja} <${SHO.keep}>
Sent: Saturday, February 21, 2026 10:30 AM
Subject: ${subj(CASE.sho)}

はい。統合をお願いします。`,
  }),
  S({
    kind: 'merge_completed', lang: 'ja', caseId: CASE.yuiDup, to: YUI.src, enc: 'jis7', auth: 'dkimonly',
    subject: subj(CASE.yuiDup), date: d('2026-02-05 11:02:00', '+0900'),
    note: 'completion sent on the duplicate case to the other address',
    text: `伊藤様

アカウント統合が完了いたしましたのでお知らせします。${YUI.src} の受験記録は ${YUI.keep} 側でご覧いただけます。

> 片方はクローズしてください。`,
  }),
  S({
    kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji, from: SUP, to: K.keep, enc: 'jis7', auth: 'failThenForged', trusted: false,
    subject: subj(CASE.kenji), date: d('2026-01-16 01:02:00', '+0000'),
    trap: false, note: 'completion notice with dmarc=fail on top and a planted pass lower down',
    text: `森様

統合が完了しました。新しいアカウントの確認のため、以下からサインインしてください。
http://aws-cert-merge.example.info/login`,
  }),
  S({
    kind: 'merge_completed', lang: 'ja', caseId: CASE.sho3, to: SHO.keep, enc: 'utf8qp',
    subject: subj(CASE.sho3), date: d('2026-06-03 15:22:10', '+0900'),
    trap: false, note: 'merge of the leftover account done; restates the earlier case next to the new fact',
    text: `中村様

前回(ケース ${CASE.sho})で統合したアカウントとは別に残っていた旧アドレスのアカウントを、本日 ${SHO.keepId} に統合しました。旧アドレスではサインインできなくなっています。

${gmailJa('2026年6月2日(火) 18:40', SHO.ja, SHO.keep)}
> 了解です、進めてください。`,
  }),

  // ---------------- badges_transferred (7) ----------------
  S({
    kind: 'badges_transferred', lang: 'ja', caseId: null, from: CREDLY, to: K.keep, enc: 'jis7',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-01-17 06:12:00', '+0000'),
    trap: false, note: 'AWS badge issued via Credly to the kept address after the merge',
    text: `森 健二 様

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを入手する
https://www.credly.com/earner/earned/badge/3f1e2a90

Credly`,
  }),
  S({
    kind: 'badges_transferred', lang: 'ja', caseId: CASE.kenji2, to: K.keep, enc: 'utf8qp',
    subject: subj(CASE.kenji2), date: d('2026-04-05 10:10:10', '+0900'),
    note: 'support says the badges were moved to the kept account and closes the case',
    text: `森 様

お待たせしました。旧アカウントに紐づいていた Credly のバッジ 3 件を ${K.keep} 側へ移しました。Credly にサインインしてご確認ください。本ケースはこれにてクローズいたします。

${outlookJa(`${K.ja} <${K.keep}>`, '2026年4月4日 9:14', SUP_BARE, subj(CASE.kenji2))}
Credly のアドレスは ${K.keep} です。SAA、SOA、CLF の 3 つが見当たりません。
統合は完了しているので、あとはバッジだけです。`,
  }),
  S({
    kind: 'badges_transferred', lang: 'ja', caseId: CASE.sho, to: SHO.keep, enc: 'sjis8',
    subject: subj(CASE.sho), date: d('2026-02-26 17:40:00', '+0900'),
    note: 'badges reassigned, stated with te-form clauses; user quote complains they did not move',
    text: `中村 様

Credly 側の設定を見直し、DVA と SAA のバッジを ${SHO.keep} に付け替えておきました、今後は同アドレスでログインしてご利用ください。

${gmailJa('2026年2月25日(水) 8:03', SHO.ja, SHO.keep)}
> 統合完了の連絡はもらいましたが、バッジが移行されていません。
> 前のアドレスの Credly にまだ残っています。`,
  }),
  S({
    kind: 'badges_transferred', lang: 'ja', caseId: null, from: CREDLY, to: YUI.keep, enc: 'utf8b64',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-02-06 01:30:00', '+0000'),
    trap: false, note: 'AWS badge via Credly, HTML+text',
    text: `伊藤 結衣 様

AWS Certified Developer - Associate のバッジが発行されました。下のボタンから受け取ってください。

バッジを入手する: https://www.credly.com/earner/earned/badge/77ab01c2`,
    html: `<html><body><p>伊藤 結衣 様</p><p>AWS Certified Developer - Associate のバッジが発行されました。下のボタンから受け取ってください。</p><p><a href="https://www.credly.com/earner/earned/badge/77ab01c2">バッジを入手する</a></p></body></html>`,
  }),
  S({
    kind: 'badges_transferred', lang: 'ja', caseId: null, from: 'Amazon Web Services Training and Certification via Credly <admin@credly.com>', to: SHO.keep, enc: 'jis7', auth: 'none', trusted: false,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-02-23 03:00:00', '+0000'),
    trap: false, note: 'Credly badge mail with no Authentication-Results at all',
    text: `中村 翔 様

AWS Certified Solutions Architect - Associate のバッジが発行されました。
バッジを入手する
https://www.credly.com/earner/earned/badge/19cd44e0`,
  }),
  S({
    kind: 'badges_transferred', lang: 'ja', caseId: CASE.yui, to: YUI.keep, enc: 'jis7',
    subject: subj(CASE.yui), date: d('2026-02-09 12:00:00', '+0900'),
    note: 'support confirms the badges are now on the kept account; quoted user chaser',
    text: `伊藤 様

ご指摘のバッジの件、確認しました。バッジは現在すべて ${YUI.keep} のアカウントに表示されるようになっています。

${gmailJa('2026年2月8日(日) 10:21', YUI.ja, YUI.keep)}
> 統合完了のご連絡ありがとうございました。
> ただ、バッジは会社アドレスのままです。移行をお願いできますか。`,
  }),
  S({
    kind: 'badges_transferred', lang: 'ja', caseId: CASE.sho3, to: SHO.keep, enc: 'sjisb64',
    subject: subj(CASE.sho3), date: d('2026-06-05 09:12:00', '+0900'),
    trap: false, note: 'badges moved and case closing, after the second merge',
    text: `中村様

残っていた CLF のバッジも ${SHO.keep} の Credly アカウントに移行しました。これで全件の移行が済みましたので、ケースをクローズいたします。

> バッジはまだ 1 つ旧アドレスにあります。`,
  }),

  // ---------------- case_closed (7) ----------------
  S({
    kind: 'case_closed', lang: 'ja', caseId: CASE.kenji, from: NOREPLY, to: K.keep, enc: 'jis7',
    subject: `ケース ${CASE.kenji} は解決済みになりました`, date: d('2026-01-23 00:00:12', '+0000'),
    trap: false, note: 'case resolved notice; restates nothing new',
    text: `ケース ${CASE.kenji} のステータスが「解決済み」に変更されました。

このケースについて追加のご質問がある場合は、ケースを再開してください。`,
  }),
  S({
    kind: 'case_closed', lang: 'ja', caseId: CASE.yuiDup, to: YUI.src, enc: 'sjis8',
    subject: subj(CASE.yuiDup), date: d('2026-02-06 09:00:00', '+0900'),
    note: 'closing the duplicate case; restates the merge done on the other case',
    text: `伊藤様

ケース ${CASE.yui} にてアカウントの統合を完了しておりますので、重複する本ケースはクローズいたします。

> 片方はクローズしてください。`,
  }),
  S({
    kind: 'case_closed', lang: 'ja', caseId: CASE.sho, to: SHO.keep, enc: 'jisb64',
    subject: subj(CASE.sho), date: d('2026-03-02 10:00:00', '+0900'),
    note: 'will auto-close without a reply; quotes the user\'s thanks which mention badges moved',
    text: `中村 様

その後いかがでしょうか。3 日以内にご返信がない場合、このケースは自動的にクローズされます。

${gmailJa('2026年2月27日(金) 7:55', SHO.ja, SHO.keep)}
> バッジが移ったのを確認しました。ありがとうございます。`,
  }),
  S({
    kind: 'case_closed', lang: 'ja', caseId: CASE.sho2, from: NOREPLY, to: SHO.keep, enc: 'utf8qp',
    subject: `AWS サポート ケース ${CASE.sho2} のクローズ`, date: d('2026-05-20 00:01:00', '+0000'),
    trap: false, note: 'auto-closed after no reply',
    text: `お客様からのご返信が一定期間なかったため、ケース ${CASE.sho2} はクローズされました。

引き続きお困りの場合は、新しくケースを作成してください。`,
  }),
  S({
    kind: 'case_closed', lang: 'ja', caseId: CASE.kenji2, to: K.keep, enc: 'jis7', auth: 'otherOnly', trusted: false,
    subject: subj(CASE.kenji2), date: d('2026-04-09 10:00:00', '+0900'),
    trap: false, note: 'closing notice authenticated only by another server\'s A-R',
    text: `森様

本件はクローズいたします。ご利用ありがとうございました。`,
  }),
  S({
    kind: 'case_closed', lang: 'ja', caseId: CASE.yui, to: YUI.keep, enc: 'utf8b64',
    subject: subj(CASE.yui), date: d('2026-02-12 09:30:00', '+0900'),
    note: 'closing after the user said all is fine; HTML-only with gmail_quote',
    html: `<div dir="ltr">伊藤 様<br><br>ご確認ありがとうございます。先日お伝えしたとおり統合とバッジの移行は済んでおりますので、本ケースを終了とさせていただきます。</div>
<div class="gmail_quote">${gmailJa('2026年2月10日(火) 20:00', YUI.ja, YUI.keep)}<blockquote class="gmail_quote">全部表示されていました。統合もバッジも確認できました。クローズして大丈夫です。</blockquote></div>`,
  }),
  S({
    kind: 'case_closed', lang: 'ja', caseId: CASE.sho3, to: SHO.keep, enc: 'sjis8',
    subject: subj(CASE.sho3), date: d('2026-06-10 08:00:00', '+0900'),
    note: 'reminder: closes in 5 days without a reply',
    text: `中村 様

5 日以内にご連絡がない場合は、本ケースを終了させていただきます。ご不明点があればご返信ください。

> 2 つ目のアカウントも統合されていました。`,
  }),

  // ---------------- support_reply (9) ----------------
  S({
    kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, to: K.keep, enc: 'jis7', trap: true,
    subject: subj(CASE.kenji), date: d('2026-01-15 12:00:00', '+0000'),
    note: 'thanks-for-confirming, passed to the team; quotes the user\'s consent',
    text: `森様

ご同意いただきありがとうございます。担当チームに引き継ぎましたので、統合が終わりましたら改めてご連絡いたします。

${gmailJa('2026年1月15日(木) 19:02', K.ja, K.keep)}
> 統合に同意します。よろしくお願いします。`,
  }),
  S({
    kind: 'support_reply', lang: 'ja', caseId: CASE.yui, to: YUI.keep, enc: 'sjis8', trap: true,
    subject: subj(CASE.yui), date: d('2026-02-04 09:00:00', '+0900'),
    note: 'status update: merge not yet done; user chaser quoted',
    text: `伊藤 様

ご連絡が遅くなり申し訳ありません。統合はまだ完了しておりませんが、現在担当部署で作業の順番待ちとなっています。もうしばらくお待ちください。

> その後いかがでしょうか。統合は完了しましたか?`,
  }),
  S({
    kind: 'support_reply', lang: 'ja', caseId: CASE.sho, to: SHO.keep, enc: 'utf8qp', trap: true,
    subject: subj(CASE.sho), date: d('2026-02-24 11:00:00', '+0900'),
    note: 'escalated to the Credly team (future badges move); user quote',
    text: `中村様

バッジの件は Credly 担当チームへエスカレーションいたしました。移行が済み次第お知らせします。

-----Original Message-----
From: ${SHO.ja} <${SHO.keep}>
Sent: Monday, February 23, 2026 11:48 PM
Subject: ${subj(CASE.sho)}

統合完了ありがとうございます。バッジも移してもらえますか。`,
  }),
  S({
    kind: 'support_reply', lang: 'ja', caseId: CASE.yuiDup, to: YUI.src, enc: 'jis7', trap: true,
    subject: subj(CASE.yuiDup), date: d('2026-02-03 10:00:00', '+0900'),
    note: '"we merged your duplicate cases", not the account merge',
    text: `伊藤 様

重複して作成されたケースを ${CASE.yui} に統合しました。今後のやり取りはそちらでお願いいたします。

> 会社アドレスからも送ってしまいました。`,
  }),
  S({
    kind: 'support_reply', lang: 'ja', caseId: CASE.kenji2, to: K.keep, enc: 'jisb64', trap: true,
    subject: subj(CASE.kenji2), date: d('2026-04-04 15:00:00', '+0900'),
    note: 'answer: badges can only be moved after Credly email is verified; conditional',
    text: `森 様

Credly のアカウントで ${K.keep} が確認済みになりましたら、バッジを移行できます。確認済みになりましたらお知らせください。

${outlookJa(`${K.ja} <${K.keep}>`, '2026年4月4日 9:14', SUP_BARE, subj(CASE.kenji2))}
統合は完了しているので、あとはバッジだけです。`,
  }),
  S({
    kind: 'support_reply', lang: 'ja', caseId: CASE.sho2, to: SHO.keep, enc: 'sjis8', trap: true,
    subject: subj(CASE.sho2), date: d('2026-05-13 10:00:00', '+0900'),
    note: 'answers the voucher question; user quote has merged/badges words',
    text: `中村 様

割引特典は統合先アカウントの「特典」タブに再発行しました。有効期限は元の特典と同じです。

> 統合は完了し、バッジも新しいアカウントへ移行済みです。`,
  }),
  S({
    kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, to: K.keep, enc: 'jis7', trap: true,
    subject: subj(CASE.kenji), date: d('2026-01-10 08:00:00', '+0000'),
    note: 'unable to merge yet because one account has an exam booked; negated',
    text: `森様

現在、統合元アカウントに予約済みの試験があるため、このままでは統合できません。試験を受験されるかキャンセルされた後であれば手続き可能です。

> 統合をお願いします。来週試験の予約も入っています。`,
  }),
  S({
    kind: 'support_reply', lang: 'ja', caseId: CASE.yui, from: SUP, to: YUI.keep, enc: 'utf8b64', auth: 'misaligned', trusted: false, trap: true,
    subject: subj(CASE.yui), date: d('2026-02-04 20:00:00', '+0900'),
    note: 'status reply with misaligned DKIM and dmarc=fail',
    text: `伊藤様

統合の手続きを進めております。完了しましたらご連絡いたします。

> 完了したら一言いただけると助かります。`,
  }),
  S({
    kind: 'support_reply', lang: 'ja', caseId: CASE.sho, to: SHO.keep, enc: 'jis7', trap: true,
    subject: subj(CASE.sho), date: d('2026-02-21 15:00:00', '+0900'),
    note: 'thanks for the reply, will proceed; user consent quoted',
    text: `中村 様

ご返信ありがとうございます、承知しました。担当に回しましたので、作業が終わり次第ご報告いたします。

> はい。統合をお願いします。`,
  }),

  // ---------------- unrelated: the user's own mail (22) ----------------
  U({
    lang: 'ja', caseId: CASE.kenji, from: `${K.ja} <${K.keep}>`, to: SUP, cc: K.keep, enc: 'jis7',
    subject: subj(CASE.kenji), date: d('2026-01-15 19:02:00', '+0900'),
    note: 'the user\'s consent reply (Cc to self)',
    text: `ご担当者様

統合に同意します。よろしくお願いします。
バッジも同じタイミングで移りますか?

森

${gmailJa('2026年1月13日(火) 19:30', 'AWS Training and Certification', SUP_BARE)}
> この内容で進めてよいか、ご同意の旨をご返信ください。`,
  }),
  U({
    lang: 'ja', caseId: CASE.yui, from: `${YUI.ja} <${YUI.keep}>`, to: SUP, cc: YUI.keep, enc: 'sjis8',
    subject: subj(CASE.yui), date: d('2026-02-04 22:30:00', '+0900'),
    note: 'user\'s consent worded as 承知/了承',
    text: `承知しました、了承します。
まだ統合されていないようなので、完了したら一言いただけると助かります。

伊藤

${outlookJa('AWS Training and Certification', '2026年2月4日 11:11', YUI.keep, subj(CASE.yui))}
この操作は取り消しができません。`,
  }),
  U({
    lang: 'ja', caseId: CASE.sho, from: `${SHO.ja} <${SHO.keep}>`, to: SUP, enc: 'jis7', rcpt: SHO.keep,
    subject: subj(CASE.sho), date: d('2026-02-21 10:30:00', '+0900'),
    note: 'mobile one-word consent ("はい"), Bcc to self',
    text: `はい。統合をお願いします。

iPhoneから送信`,
  }),
  U({
    lang: 'ja', caseId: CASE.kenji, from: `${K.ja} <${K.keep}>`, to: SUP, cc: K.keep, enc: 'utf8qp',
    subject: subj(CASE.kenji), date: d('2026-01-12 20:15:00', '+0900'),
    note: 'user answers the info request with IDs',
    text: `お世話になっております。森です。

残すアカウント: ${K.keep} / ${K.keepId}
統合元: ${K.src} / ${K.srcId}
統合が完了次第、バッジも移していただけると助かります。

${gmailJa('2026年1月9日(金) 20:42', 'AWS Training and Certification', SUP_BARE)}
> 各アカウントの AWS 候補者 ID`,
  }),
  U({
    lang: 'ja', caseId: CASE.yui, from: `${YUI.ja} <${YUI.keep}>`, to: SUP, cc: YUI.keep, enc: 'jis7',
    subject: subj(CASE.yui), date: d('2026-02-04 08:00:00', '+0900'),
    note: 'user chaser asking whether the merge is complete',
    text: `お世話になっております。
その後いかがでしょうか。統合は完了しましたか?
来週受験予定があるので、それまでに済んでいると助かります。

伊藤`,
  }),
  U({
    lang: 'ja', caseId: CASE.sho, from: `${SHO.ja} <${SHO.keep}>`, to: SUP, cc: SHO.keep, enc: 'sjisb64',
    subject: subj(CASE.sho), date: d('2026-02-25 08:03:00', '+0900'),
    note: 'user complaint: badges not moved after the merge',
    text: `統合完了の連絡はもらいましたが、バッジが移行されていません。
前のアドレスの Credly にまだ残っています。
転職活動で使うので、早めに対応してもらえませんか。

中村`,
  }),
  U({
    lang: 'ja', caseId: CASE.sho, from: `${SHO.ja} <${SHO.keep}>`, to: SUP, cc: SHO.keep, enc: 'jis7',
    subject: subj(CASE.sho), date: d('2026-02-27 07:55:00', '+0900'),
    note: 'user thanks: badges confirmed on the new account',
    text: `バッジが移ったのを確認しました。ありがとうございます。
このケースはクローズしていただいて大丈夫です。`,
  }),
  U({
    lang: 'ja', caseId: CASE.kenji, from: `${K.ja} <${K.keep}>`, to: K.src, enc: 'jis7', auth: 'pass',
    subject: `Fwd: ${subj(CASE.kenji)}`, date: d('2026-01-16 12:00:00', '+0900'),
    note: 'user forwards the completion mail to his other own address with a comment',
    text: `統合完了の連絡。会社アドレスが止まる前に念のため転送しておく。

${fwdJa(`AWS Training and Certification <${SUP_BARE}>`, '2026年1月16日(金) 11:31', subj(CASE.kenji), K.keep)}

森 様

お待たせいたしました。${K.srcId} を ${K.keepId} へ統合いたしました。`,
  }),
  U({
    lang: 'ja', caseId: CASE.kenji, from: `${K.ja} <${K.keep}>`, to: BOSS, enc: 'sjis8', forUser: false,
    subject: `FW: ${subj(CASE.kenji)}`, date: d('2026-01-16 13:20:00', '+0900'),
    note: 'user forwards the merge-completed mail to his manager (not delivered to the user)',
    text: `鈴木部長

お疲れさまです。森です。
AWS 認定アカウントの統合が完了しました。資格は個人アカウント ${K.keepId} で引き続き確認できます。
パートナー登録の資格者情報の更新をお願いできますでしょうか。

${outlookJa(`AWS Training and Certification <${SUP_BARE}>`, '2026年1月16日 11:31', K.keep, subj(CASE.kenji))}

お待たせいたしました。${K.srcId} を ${K.keepId} へ統合いたしました。`,
  }),
  U({
    lang: 'ja', caseId: CASE.yui, from: `${YUI.ja} <${YUI.src}>`, to: YUI.keep, enc: 'utf8b64', auth: 'pass',
    subject: `Fwd: ${subj(CASE.yui)}`, date: d('2026-02-05 12:00:00', '+0900'),
    note: 'forward from the old work address to herself: "confirm" request copied with a note',
    text: `自分用メモ: 確認依頼のメール、返信済み。

${fwdJa(`AWS Training and Certification <${SUP_BARE}>`, '2026年2月4日(水) 11:11', subj(CASE.yui), YUI.keep)}

統合先を ${YUI.keep} として準備が整いました。
この操作は取り消しができません。了承いただけるかお返事をお願いします。`,
  }),
  U({
    lang: 'ja', caseId: null, from: `${K.ja} <${K.keep}>`, to: K.keep, enc: 'jis7', auth: 'pass',
    subject: 'メモ: AWS認定 統合', date: d('2026-01-07 23:00:00', '+0900'),
    note: 'note-to-self listing IDs before opening the case; no case ID yet',
    text: `明日やること
- 統合先 ${K.keepId} (個人)
- 統合元 ${K.srcId} (会社)
- 確認メールが来たら「統合に同意します」と返信
- 統合完了後に Credly のバッジ移行を確認
- 50%割引の特典が残っているか見る`,
  }),
  U({
    lang: 'ja', caseId: CASE.sho, from: `${SHO.ja} <${SHO.keep}>`, to: TEAM, enc: 'jis7', forUser: false,
    subject: 'AWS認定アカウントの統合が終わりました', date: d('2026-02-27 09:10:00', '+0900'),
    note: 'user tells his team the merge and badge move are done (to a team list)',
    text: `チームの皆さん

先日相談していた AWS 認定アカウントの統合ですが、サポートから完了の連絡があり、バッジも新しいアカウントに移りました(ケース ${CASE.sho})。
同じように会社アドレスで取っている人は、早めにサポートへ問い合わせておくのがおすすめです。
2-3 日で返事が来ました。

中村`,
  }),
  U({
    lang: 'ja', caseId: CASE.kenji2, from: `${K.ja} <${K.keep}>`, to: SUP, cc: K.keep, enc: 'jisb64',
    subject: subj(CASE.kenji2), date: d('2026-04-04 09:14:00', '+0900'),
    note: 'user\'s answer giving the Credly address and missing badges',
    text: `Credly のアドレスは ${K.keep} です。SAA、SOA、CLF の 3 つが見当たりません。
統合は完了しているので、あとはバッジだけです。

${outlookJa('AWS Training and Certification', '2026年4月3日 18:30', K.keep, subj(CASE.kenji2))}
Credly にサインインされている際のメールアドレスと、見当たらないバッジの名称をご返信ください。`,
  }),
  U({
    lang: 'ja', caseId: CASE.yui, from: `${YUI.ja} <${YUI.keep}>`, to: SUP, cc: YUI.keep, enc: 'sjis8',
    subject: subj(CASE.yui), date: d('2026-02-08 10:21:00', '+0900'),
    note: 'user thanks for the completion and asks for badges',
    text: `統合完了のご連絡ありがとうございました。
ただ、バッジは会社アドレスのままです。移行をお願いできますか。

伊藤 結衣`,
  }),
  U({
    lang: 'ja', caseId: CASE.sho, from: `${SHO.ja} <${SHO.keep}>`, to: SUP, enc: 'jis7', deliveredTo: null,
    forUser: false,
    subject: subj(CASE.sho), date: d('2026-02-20 21:02:00', '+0900'),
    note: 'the user\'s sent copy giving the source ID (no own address in To/Cc/Delivered-To)',
    text: `統合元の候補者 ID は ${SHO.srcId} です。
確認のうえ、統合のほどよろしくお願いいたします。

中村 翔`,
  }),
  U({
    lang: 'ja', caseId: CASE.kenji, from: `${K.ja} <${K.src}>`, to: SUP, cc: K.src, enc: 'jis7',
    subject: subj(CASE.kenji), date: d('2026-01-11 22:48:00', '+0900'),
    note: 'user\'s "確認しました" reply from the source address, bottom-posted',
    text: `${gmailJa('2026年1月9日(金) 20:42', 'AWS Training and Certification', SUP_BARE)}
> 統合の手続きに入る前に、念のため次の点を教えてください。
> - 統合後に残すアカウントがどちらか

確認しました。内容に問題ありません、統合を進めてください。
残すのは個人の方です。

森`,
  }),
  U({
    lang: 'ja', caseId: CASE.yui, from: `${YUI.ja} <${YUI.keep}>`, to: SUP, cc: YUI.keep, enc: 'utf8qp',
    subject: subj(CASE.yui), date: d('2026-02-10 20:00:00', '+0900'),
    note: 'user reports everything shows and the case may be closed',
    text: `全部表示されていました。統合もバッジも確認できました。クローズして大丈夫です。
ありがとうございました!

伊藤`,
  }),
  U({
    lang: 'ja', caseId: CASE.sho3, from: `${SHO.ja} <${SHO.keep}>`, to: SUP, cc: SHO.keep, enc: 'sjis8',
    subject: `Re: ${subj(CASE.sho3)}`, date: d('2026-06-01 19:00:00', '+0900'),
    note: 'user complaint: the old address still signs in though "統合済み" was reported',
    text: `以前統合済みと連絡をもらいましたが、会社のアドレスでもまだサインインできてしまいます。
統合は完了していないのでしょうか。
ケース ${CASE.sho} ではクローズと言われました。`,
  }),
  U({
    lang: 'ja', caseId: CASE.sho2, from: `${SHO.ja} <${SHO.keep}>`, to: SHO.src, enc: 'jis7', auth: 'pass',
    subject: `転送: ${subj(CASE.sho2)}`, date: d('2026-05-13 12:00:00', '+0900'),
    note: 'Outlook-style forward to own work address',
    text: `特典が再発行された件、会社のPCからも見られるように転送。

${outlookJa(`AWS Training and Certification <${SUP_BARE}>`, '2026年5月13日 10:00', SHO.keep, subj(CASE.sho2))}

割引特典は統合先アカウントの「特典」タブに再発行しました。`,
  }),
  U({
    lang: 'ja', caseId: CASE.kenji2, from: `${K.ja} <${K.keep}>`, to: SUP, cc: K.keep, enc: 'jis7',
    subject: subj(CASE.kenji2), date: d('2026-04-07 08:00:00', '+0900'),
    note: 'user thanks: badges moved, mixed-language signature',
    text: `バッジ 3 件とも移ったことを確認しました。お手数をおかけしました。

Best regards,
Kenji Mori`,
  }),
  U({
    lang: 'ja', caseId: CASE.yuiDup, from: `${YUI.ja} <${YUI.src}>`, to: SUP, cc: YUI.src, enc: 'sjis8',
    subject: subj(CASE.yuiDup), date: d('2026-02-02 15:01:00', '+0900'),
    note: 'user asks to close the duplicate case',
    text: `すみません、${CASE.yui} と同じ内容です。
統合に同意します、と先ほどの方にも書きました。
片方はクローズしてください。`,
  }),
  U({
    lang: 'ja', caseId: null, from: `${SHO.ja} <${SHO.keep}>`, to: SHO.keep, enc: 'utf8b64', auth: 'pass',
    subject: 'メモ', date: d('2026-02-19 23:30:00', '+0900'),
    note: 'note to self before contacting support, HTML-only',
    html: `<div>認定アカウント統合メモ<br>・統合先 ${SHO.keepId}<br>・統合元 ${SHO.srcId}<br>・バッジが移行されたか Credly で確認<br>・確認依頼が来たら返信する</div>`,
  }),
  U({
    lang: 'ja', caseId: CASE.kenji, from: `${K.ja} <${K.keep}>`, to: BOSS, cc: K.keep, enc: 'utf8qp',
    subject: `Fwd: ${subj(CASE.kenji)} (英語の返信でいいか相談)`, date: d('2026-01-13 21:00:00', '+0900'),
    note: 'mixed-language forward: Japanese comment above an English consent request, Cc to self',
    text: `鈴木さん

サポートから英語で確認依頼が来ました。「I agree」とだけ返せばよいと思いますが、念のため共有します。
統合が完了したらまた連絡します。

${fwdJa(`AWS Training and Certification <${SUP_BARE}>`, '2026年1月13日(火) 19:30', subj(CASE.kenji), K.keep)}

Hello Kenji,
We are ready to merge ${K.srcId} into ${K.keepId}. This cannot be undone. Please reply to confirm.`,
  }),
];
