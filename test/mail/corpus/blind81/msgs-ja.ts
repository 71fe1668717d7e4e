// Japanese messages for set cb: hurried support mail with slips, and hurried users.
import type { Msg } from './lib.js';
import {
  CASE, CREDLY_AWS, ITO, NOREPLY, SUPPORT, SUPPORT_BARE, SUZUKI, TAKAHASHI,
  formSubject, gmailJa, htmlDoc, mk, outlookJa, paras, quote, sfOriginal, sfRef,
} from './common.js';

const SZ = SUZUKI;
const TK = TAKAHASHI;
const IT = ITO;
const F = formSubject;

const szAsk = `AWS認定のアカウントが2つあるので1つにしたいです。
残す方 ${SZ.keepId} ${SZ.keep}
消す方 ${SZ.srcId} ${SZ.src}
前の会社のアドレスはもう使えなくなります。急ぎでお願いします`;

const tkAsk = `お世話になります。高橋です
転職したので、前職のアドレス(${TK.src})で取った認定を、個人の ${TK.keep} の方へ寄せたいです。
受験者IDはたぶん ${TK.keepId} です、旧い方は分かりません。`;

const itAsk = `認定アカウント統合の依頼です。
統合先:${IT.keep}(${IT.keepId})
統合元:${IT.src}(${IT.srcId})
よろしくです`;

export const JA: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ack-placeholder-name', kind: 'acknowledgement', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'automatic receipt with an unfilled {{first_name}}; case ID in subject and body',
    from: NOREPLY, to: SZ.keep, subject: `[CASE ${CASE.suzuki}] お問い合わせを受け付けました`, at: '2026-10-05 02:14:09', enc: 'jis7',
    text: `{{first_name}} 様

AWS トレーニングと認定へお問い合わせいただきありがとうございます。
ケース番号 ${CASE.suzuki} にて承りました。

担当者より通常24時間以内にご連絡いたします、今しばらくお待ちください。
同じ内容で新しいケースを作成されますと回答が遅れる原因となりますので、ご遠慮ください。

※本メールは送信専用アドレスから送信しています。`,
  }),
  mk({
    slug: 'ack-id-only-body', kind: 'acknowledgement', lang: 'ja', caseId: CASE.takahashi, trap: false,
    note: 'receipt whose subject has no case ID; the ID is only in the body',
    from: NOREPLY, to: TK.keep, subject: 'お問い合わせありがとうございます', at: '2026-10-11 08:40:51', enc: 'jisb64',
    text: `${TK.ja} 様

このたびはご連絡ありがとうございます。お問い合わせ内容を受領し、
ケース(ID: ${CASE.takahashi})を作成しました

内容を確認のうえ、担当より折り返しご連絡差し上げます。
このメールへの返信でケースに追記できます。

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-lists-fields', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ito, trap: true,
    note: 'receipt that echoes the submitted fields and says more info may be asked later; still only a receipt',
    from: NOREPLY, to: IT.keep, subject: `お問い合わせ受付のお知らせ [CASE ${CASE.ito}]`, at: '2026-09-28 12:03:44', enc: 'utf8qp',
    text: `〇〇様

以下の内容でお問い合わせを受け付けました。

ケースID: ${CASE.ito}
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定 / アカウントの統合
氏名: ${IT.ja}
受験者ID: ${IT.keepId}

内容によっては、ご本人確認のため追加の情報をお伺いする場合がございます。
担当者からの連絡をお待ちください。`,
  }),
  mk({
    slug: 'ack-sent-twice', kind: 'acknowledgement', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'the same receipt sent a second time, with an apology for the duplicate',
    from: NOREPLY, to: SZ.keep, subject: `[CASE ${CASE.suzuki}] お問い合わせを受け付けました(再送)`, at: '2026-10-05 02:31:17', enc: 'sjis8',
    text: `鈴木 様

お問い合わせを受け付けました。ケース番号は ${CASE.suzuki} です
システムの都合で本メールが重複して届いている場合がございます。お手数ですが一通は破棄してください、

回答まで1、2営業日ほどお待ちください。`,
  }),
  mk({
    slug: 'ack-english-subject', kind: 'acknowledgement', lang: 'ja', caseId: CASE.takahashiDup, trap: false,
    note: 'English subject, Japanese body: receipt of a second case opened by mistake; says nothing of the topic',
    from: NOREPLY, to: TK.keep, subject: `We've received your case ${CASE.takahashiDup}`, at: '2026-10-12 23:58:02', enc: 'utf8b64',
    text: `Hello,

お問い合わせを受け付けました。ケースID ${CASE.takahashiDup}

Our team will get back to you shortly. / 担当者から追ってご連絡します。

このメッセージは自動送信です`,
  }),
  mk({
    slug: 'ack-wrong-name', kind: 'acknowledgement', lang: 'ja', caseId: CASE.takahashi, trap: false,
    note: 'receipt addressed to another customer name (田中様) but delivered to the user; still a receipt',
    from: NOREPLY, to: TK.keep, subject: `受付完了:ケース ${CASE.takahashi}`, at: '2026-10-11 08:41:30', enc: 'sjisb64',
    text: `田中 様

お問い合わせいただいた内容を、ケース ${CASE.takahashi} として登録しました
担当部署で確認し、24時間以内を目安にメールでご連絡いたします

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ack-html-only', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ito, trap: false,
    note: 'HTML-only receipt, case ID in a table cell',
    from: NOREPLY, to: IT.keep, subject: 'ケース作成のお知らせ', at: '2026-09-28 12:04:10', enc: 'utf8qp',
    html: htmlDoc(`<p>お客様</p>
<p>ご連絡いただきありがとうございます。ケースを作成しました。</p>
<table border="1"><tr><td>ケースID</td><td>${CASE.ito}</td></tr><tr><td>ステータス</td><td>未対応</td></tr></table>
<p>担当者が確認次第、ご返信いたします。</p>`),
  }),
  mk({
    slug: 'ack-forged-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'looks like the receipt but comes from a look-alike domain with no authentication',
    from: 'AWS サポート <no-reply@amazon-support-jp.com>', to: SZ.keep, subject: `[CASE ${CASE.suzuki}] お問い合わせを受け付けました`, at: '2026-10-05 04:10:00', enc: 'jis7',
    auth: 'none', trusted: false,
    text: `鈴木健一様

お問い合わせを受け付けました。ケースID: ${CASE.suzuki}
状況は下記よりログインしてご確認ください。
https://amazon-support-jp.com/case/${CASE.suzuki}`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ai-tool-placeholder', kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'AI-generated suggestion to use the Merge Accounts tool; {{first_name}} left in',
    from: NOREPLY, to: SZ.keep, subject: 'AWS トレーニングと認定: 自動回答', at: '2026-10-05 02:12:40', enc: 'jis7',
    text: `{{first_name}} 様

この回答はAIによって生成されたものです。

アカウントの統合は、AWS認定アカウントにサインインし、プロフィール → アカウントの統合
から、お客様ご自身で実行いただけます。統合元アカウントの認証情報が必要です

この回答で解決しない場合は「ケースを作成」を選んでください。`,
  }),
  mk({
    slug: 'ai-explains-badges', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'automated answer explaining what happens to badges after a merge; talks of completion but is an AI suggestion',
    from: NOREPLY, to: TK.keep, subject: '自動応答: 認定アカウントについて', at: '2026-10-11 08:38:02', enc: 'utf8b64',
    text: `※自動生成された回答です、内容が正確でない場合があります

統合が完了すると、統合元の認定資格と特典は統合先アカウントに表示されます。
Credly のバッジは自動で移行されないことがあり、その場合は統合後にバッジを受け取り直してください。

統合そのものはセルフサービスの「アカウントの統合」ツールからお試しいただけます。`,
  }),
  mk({
    slug: 'ai-leftover-receipt-subject', kind: 'ai_answer', lang: 'ja', caseId: CASE.ito, trap: true,
    note: 'subject says the case was received; the body is the automated self-service suggestion',
    from: NOREPLY, to: IT.keep, subject: `[CASE ${CASE.ito}] お問い合わせを受け付けました`, at: '2026-09-28 12:01:15', enc: 'sjis8',
    text: `伊藤 様

以下はAIアシスタントによる回答案です。

・両方のアカウントに受験履歴がない場合、プロフィール画面の「アカウントの統合」から手続きできます
・統合後は統合元アカウントにサインインできなくなります

解決しない場合はこのまま担当者への問い合わせにお進みください`,
  }),
  mk({
    slug: 'ai-half-sentence', kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'automated suggestion cut off in mid-sentence',
    from: NOREPLY, to: SZ.keep, subject: 'ご質問への回答(自動)', at: '2026-10-04 15:20:33', enc: 'jisb64',
    text: `AIが作成した回答をお送りします。

お手持ちのアカウントが複数ある場合、セルフサービスの統合ツールをご利用いただけます。
ツールで統合できない場合は、`,
  }),
  mk({
    slug: 'ai-helpful-buttons', kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'AI answer with a was-this-helpful prompt (part of the AI answer, not a survey)',
    from: NOREPLY, to: TK.keep, subject: 'AIアシスタントからの回答', at: '2026-10-11 08:37:20', enc: 'sjisb64',
    text: `高橋 様

生成AIによる回答:
認定アカウントの統合は、認定アカウントのプロフィールにある「アカウントの統合」から、
統合元のメールアドレスとパスワードを入力して行えます。

この回答は役に立ちましたか? [はい] [いいえ、ケースを作成する]`,
  }),
  mk({
    slug: 'ai-wrong-question', kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'automated answer about rescheduling an exam, a question the user never asked; still an AI answer',
    from: NOREPLY, to: IT.keep, subject: 'AWS トレーニングと認定 - 自動回答', at: '2026-09-28 11:59:48', enc: 'utf8qp',
    text: `この回答はAIによって生成されました

試験の日程変更は、試験開始の24時間前まで認定アカウントの「予定されている試験」から行えます。
キャンセル料は発生しません、

ほかにご不明点があればケースを作成してください。`,
  }),
  mk({
    slug: 'ai-lookalike-server', kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'AI suggestion whose only Authentication-Results comes from a look-alike authserv-id',
    from: NOREPLY, to: SZ.keep, subject: '自動回答:アカウントの統合について', at: '2026-10-04 15:21:02', enc: 'jis7',
    auth: 'lookalikeServer', trusted: false,
    text: `このメールはAIが自動作成しました。

認定アカウントの統合はプロフィール画面の統合ツールからお手続きください、
受験履歴が両方にある場合はサポートへお問い合わせください。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'info-leftover-received', kind: 'info_request', lang: 'ja', caseId: CASE.suzuki, trap: true,
    note: 'subject left from the receipt step; the body asks for both candidate IDs',
    to: SZ.keep, subject: `${F(CASE.suzuki)} お問い合わせを受け付けました`, at: '2026-10-06 01:22:10', enc: 'jis7',
    text: `鈴木様

お問い合わせありがとうございます、担当の中村です。
統合の手続きにあたり、両アカウントの受験者ID(AWSから始まる番号)を
本メールへのご返信でお送りいただけますか。

よろしくお願いいたします。

${sfRef('1aB9x')}

${sfOriginal(SZ.keep, '2026-10-05 02:13', SUPPORT_BARE, 'アカウント統合', szAsk)}`,
  }),
  mk({
    slug: 'info-marumaru-which', kind: 'info_request', lang: 'ja', caseId: CASE.takahashi, trap: false,
    note: 'unfilled 〇〇様; asks which account to keep, with ご確認のうえお知らせください',
    to: TK.keep, subject: F(CASE.takahashi), at: '2026-10-12 03:05:44', enc: 'jisb64',
    text: `〇〇様

ご連絡ありがとうございます。
どちらのアカウントを残されるか、ご確認のうえお知らせください、
あわせて、旧アカウントの受験者IDがお分かりにならない場合は登録メールアドレスだけでも結構です。

AWS トレーニングと認定

${gmailJa('2026-10-11 17:36', `${TK.ja} <${TK.keep}>`)}
${quote(tkAsk)}`,
  }),
  mk({
    slug: 'info-subject-typo-id', kind: 'info_request', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'subject carries a mistyped case number; the body (and quote) has the right one, which is the label',
    to: SZ.keep, subject: F(CASE.suzukiTypo), at: '2026-10-06 05:48:19', enc: 'sjis8',
    text: `鈴木 様

ケース ${CASE.suzuki} の件でご連絡しました
認定関連の通知を受け取っているメールアドレスを、両方のアカウントについて教えてください。
ログイン用のアドレスと異なる場合がございますので念のため。

--- ${CASE.suzuki} ---
${quote(szAsk)}`,
  }),
  mk({
    slug: 'info-contradict-proceed', kind: 'info_request', lang: 'ja', caseId: CASE.ito, trap: false,
    note: 'says it will proceed, then says the source ID cannot be found and asks for it: the ask is what it does',
    to: IT.keep, subject: F(CASE.ito), at: '2026-09-29 06:11:37', enc: 'utf8qp',
    text: `伊藤様

統合の手続きを進めます。
ただ、いただいた統合元の受験者ID ${IT.srcId} で該当するアカウントが見つからず、
お手数ですが統合元で使っていたメールアドレスを教えていただけますか

${sfRef('2Kd0p')}`,
  }),
  mk({
    slug: 'info-correction-not-done', kind: 'info_request', lang: 'ja', caseId: CASE.takahashi, trap: true,
    note: 'correction minutes later: the earlier "completed" mail was wrong, the merge is not done, and the old address is needed',
    to: TK.keep, subject: `${F(CASE.takahashi)} 【訂正】`, at: '2026-10-13 02:19:55', enc: 'jis7',
    text: `高橋様

先ほど「統合が完了しました」とお送りしたメールは誤送信です、破棄してください。
大変失礼いたしました。お客様の統合はまだ行っておりません

手続きのため、前職でお使いだった認定アカウントのメールアドレスを
あらためてお知らせいただけますでしょうか。`,
  }),
  mk({
    slug: 'info-wrong-name-romaji', kind: 'info_request', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'another customer name pasted in (田中様); asks for the romanised name and company on each account',
    to: SZ.keep, subject: F(CASE.suzuki), at: '2026-10-06 09:30:02', enc: 'jisb64',
    text: `田中様

ご返信ありがとうございます。
各アカウントに登録されている氏名(ローマ字)と会社名を教えてください、照合に使います。

${gmailJa('2026-10-06 10:02', `${SZ.ja} <${SZ.keep}>`)}
> IDおくりました、${SZ.keepId} と ${SZ.srcId} です
> はやめにおねがいします`,
  }),
  mk({
    slug: 'info-write-from-keep-with-id', kind: 'info_request', lang: 'ja', caseId: CASE.ito, trap: false,
    note: 'asks the user to write from the address kept AND to include the candidate ID: information request',
    to: IT.src, cc: IT.keep, subject: F(CASE.ito), at: '2026-09-29 01:44:09', enc: 'sjisb64',
    text: `伊藤 様

恐れ入りますが、統合先として残すアカウントのメールアドレスからご返信ください。
その際、統合先アカウントの受験者IDを本文に記載いただけますと助かります`,
  }),
  mk({
    slug: 'info-half-then-ask', kind: 'info_request', lang: 'ja', caseId: CASE.takahashi, trap: false,
    note: 'a half-finished sentence, then a clear ask for the old account candidate ID',
    to: TK.keep, subject: F(CASE.takahashi), at: '2026-10-12 07:02:31', enc: 'sjis8',
    text: `高橋様

統合先のアカウントの

失礼しました、途中で送信してしまいました。
統合元(前職)アカウントの受験者IDを確認したいので、分かる範囲でお送りください。
受験者IDは認定アカウントにサインインすると右上に表示されます`,
  }),
  mk({
    slug: 'info-subject-completed-template', kind: 'info_request', lang: 'ja', caseId: CASE.suzuki, trap: true,
    note: 'subject copied from a completion template; the body still asks for the keep-account e-mail',
    to: SZ.keep, subject: `${F(CASE.suzuki)} 統合完了のお知らせ`, at: '2026-10-07 00:15:40', enc: 'utf8b64',
    text: `鈴木様

お世話になっております。
統合先とされるアカウントのログインメールアドレスを、念のためもう一度ご記入のうえご返信ください
(前回のメールでは ${SZ.keep} と ${SZ.src} のどちらを残すか読み取れませんでした)

${outlookJa('2026-10-06 19:10', `${SZ.ja} <${SZ.keep}>`, SUPPORT_BARE, `RE: ${F(CASE.suzuki)}`)}

IDはさっき送ったとおりです。よろしく`,
  }),
  mk({
    slug: 'info-gmail-phish', kind: 'info_request', lang: 'ja', caseId: CASE.ito, trap: false,
    note: 'support display name on a free-mail address asking for the password: untrusted',
    from: 'AWS Training and Certification <aws.certification.jp.desk@gmail.com>', auth: 'pass', trusted: false,
    to: IT.keep, subject: F(CASE.ito), at: '2026-09-29 10:20:00', enc: 'utf8qp',
    text: `伊藤様

統合作業のため、両方のアカウントのパスワードを本メールへの返信でお送りください。
24時間以内にご返信がない場合、ケースは無効になります。`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'conf-leftover-received', kind: 'confirmation_request', lang: 'ja', caseId: CASE.suzuki, trap: true,
    note: 'subject still says received; body asks the user to consent to an irreversible merge',
    to: SZ.keep, subject: `${F(CASE.suzuki)} お問い合わせを受け付けました`, at: '2026-10-07 04:40:12', enc: 'jis7',
    text: `鈴木様

情報のご提供ありがとうございました。
以下のとおり統合いたします、統合後は元に戻すことができません。

統合元: ${SZ.srcId} (${SZ.src})
統合先: ${SZ.keepId} (${SZ.keep})

この内容で問題なければ、本メールにご返信ください。ご返信をもって作業に入ります`,
  }),
  mk({
    slug: 'conf-marumaru-yoroshii', kind: 'confirmation_request', lang: 'ja', caseId: CASE.takahashi, trap: false,
    note: 'unfilled 〇〇様; asks whether it may go ahead, without the word 確認',
    to: TK.keep, subject: F(CASE.takahashi), at: '2026-10-13 05:55:03', enc: 'jisb64',
    text: `〇〇様

お待たせしました。
${TK.srcId} の認定履歴を ${TK.keepId} へ移して一つにまとめます。まとめた後に分け直すことはできませんが、
進めてよろしいでしょうか。よろしければ「はい」とだけご返信いただければ結構です`,
  }),
  mk({
    slug: 'conf-wrong-name', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ito, trap: false,
    note: 'greets 鈴木様 (another customer) but the IDs are the user\'s; asks for consent',
    to: IT.keep, subject: F(CASE.ito), at: '2026-09-30 02:31:47', enc: 'sjis8',
    text: `鈴木様

統合元アカウント ${IT.srcId} / 統合先アカウント ${IT.keepId}
上記で統合を実行してよいか、ご同意のご返信をお願いします。実行後の取り消しはできかねます`,
  }),
  mk({
    slug: 'conf-contradict-done', kind: 'confirmation_request', lang: 'ja', caseId: CASE.suzuki, trap: true,
    note: 'a completion sentence pasted by mistake above the real ask for consent; the ask is what the mail does',
    to: SZ.keep, subject: F(CASE.suzuki), at: '2026-10-07 04:52:30', enc: 'utf8qp',
    text: `鈴木様

アカウントの統合が完了しました。
統合を実施してよろしいか、ご返信にてお知らせください。統合は一度行うと元に戻せません。

${SZ.srcId} → ${SZ.keepId}`,
  }),
  mk({
    slug: 'conf-correction-swapped', kind: 'confirmation_request', lang: 'ja', caseId: CASE.takahashi, trap: false,
    note: 'correction minutes later: the accounts were swapped in the previous mail; asks consent for the corrected direction',
    to: TK.keep, subject: `${F(CASE.takahashi)} 訂正`, at: '2026-10-13 06:03:11', enc: 'jis7',
    text: `高橋様

たびたび失礼します。先ほどのメールで統合元と統合先が逆になっておりました、
正しくは、${TK.src} のアカウントを ${TK.keep} のアカウントに統合します。

この内容でよろしければ、その旨ご返信ください(統合後は元に戻せません)。
先ほどのメールにはご返信いただかなくて大丈夫です`,
  }),
  mk({
    slug: 'conf-te-form-outlook', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ito, trap: false,
    note: 'consent asked in a te-form chain, Outlook quote of the user\'s hurried mail below',
    to: IT.keep, subject: F(CASE.ito), at: '2026-09-30 07:12:00', enc: 'jisb64',
    text: `伊藤様

ご回答ありがとうございます、アカウントの特定ができまして、統合の準備が整いましたので、
統合後は元に戻せない点をご理解いただいたうえで、問題なければその旨ご返信いただけますと幸いです。

${outlookJa('2026-09-29 19:40', `${IT.ja} <${IT.keep}>`, SUPPORT_BARE, `RE: ${F(CASE.ito)}`)}

アドレスは ${IT.src} です。あと何か要りますか`,
  }),
  mk({
    slug: 'conf-half-sentence', kind: 'confirmation_request', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'consent request with a sentence left unfinished; still asks for the go-ahead',
    to: SZ.keep, subject: F(CASE.suzuki), at: '2026-10-07 05:01:58', enc: 'sjisb64',
    text: `鈴木様

統合は取り消しできません。ご同意いただける場合は

お手数ですが、このメールに「統合に同意します」とご返信ください。
ご返信をお待ちしております`,
  }),
  mk({
    slug: 'conf-unasked-voucher', kind: 'confirmation_request', lang: 'ja', caseId: CASE.takahashi, trap: false,
    note: 'answers a voucher question the user never asked, then asks for consent',
    to: TK.keep, subject: F(CASE.takahashi), at: '2026-10-13 09:20:45', enc: 'utf8b64',
    text: `高橋様

お問い合わせのバウチャーの有効期限につきましては、発行日から1年間となっております。

また、アカウント統合の件ですが、${TK.keepId} を残す形でよろしければ、ご承諾の旨ご返信ください。
承諾いただき次第、統合作業を実施します、なお元には戻せません`,
  }),
  mk({
    slug: 'conf-mixed-template', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ito, trap: false,
    note: 'English template lines around a Japanese agent note asking for consent; new text mostly Japanese',
    to: IT.keep, subject: F(CASE.ito), at: '2026-09-30 03:33:33', enc: 'utf8qp',
    text: `Hello,

伊藤様、統合内容は以下です。
  Source: ${IT.srcId}
  Target: ${IT.keepId}
統合は元に戻せません。進めてよければ返信で教えてください

Please note this action cannot be reversed.
Best regards,
AWS Training and Certification`,
  }),
  mk({
    slug: 'conf-dmarc-fail', kind: 'confirmation_request', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'consent request from the support address, but dmarc=fail on top: untrusted',
    auth: 'fail', trusted: false,
    to: SZ.keep, subject: F(CASE.suzuki), at: '2026-10-07 11:11:11', enc: 'jis7',
    text: `鈴木様

統合に同意いただける場合は、以下のリンクからサインインしてご同意ください。
https://aws-cert-merge.example.net/consent?c=${CASE.suzuki}
統合後は元に戻せません`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'merge-leftover-confirm-subj', kind: 'merge_completed', lang: 'ja', caseId: CASE.suzuki, trap: true,
    note: 'subject left from the consent step (ご確認のお願い); the body says the merge was done',
    to: SZ.keep, subject: `${F(CASE.suzuki)} 統合のご確認のお願い`, at: '2026-10-08 02:26:40', enc: 'jis7',
    text: `鈴木様

ご返信ありがとうございました、${SZ.srcId} を ${SZ.keepId} に統合いたしました。
認定アカウントにサインインして、資格が表示されているかご確認ください。

${gmailJa('2026-10-07 14:02', `${SZ.ja} <${SZ.keep}>`)}
> 同意します。おねがいします`,
  }),
  mk({
    slug: 'merge-marumaru-check', kind: 'merge_completed', lang: 'ja', caseId: CASE.takahashi, trap: false,
    note: 'unfilled 〇〇様; completion notice asking to check all looks right',
    to: TK.keep, subject: F(CASE.takahashi), at: '2026-10-14 04:12:09', enc: 'jisb64',
    text: `〇〇様

統合作業が終わりましたのでご連絡します。
今後は ${TK.keep} でサインインしていただくと、前職のアカウントで取得された認定もご覧いただけます、
表示に問題がないかご確認ください`,
  }),
  mk({
    slug: 'merge-and-closing', kind: 'merge_completed', lang: 'ja', caseId: CASE.ito, trap: false,
    note: 'merge done and the case will be closed: completion is the new fact',
    to: IT.keep, subject: F(CASE.ito), at: '2026-10-01 08:44:20', enc: 'sjis8',
    text: `伊藤様

お待たせいたしました。アカウントの統合を完了しております
これをもちまして本ケースはクローズとさせていただきます、ほかにご不明点があればこのメールにご返信ください

${sfRef('7Pq2z')}`,
  }),
  mk({
    slug: 'merge-wrong-name', kind: 'merge_completed', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'another customer name in the greeting; the IDs and case are the user\'s and the merge is reported done',
    to: SZ.keep, subject: F(CASE.suzuki), at: '2026-10-08 06:30:00', enc: 'utf8qp',
    text: `山本様

ケース ${CASE.suzuki} につきまして、${SZ.srcId} の受験履歴・特典を ${SZ.keepId} に移しました。統合済みです。
旧アカウントには今後サインインできません`,
  }),
  mk({
    slug: 'merge-no-id-subject', kind: 'merge_completed', lang: 'ja', caseId: CASE.takahashi, trap: false,
    note: 'subject without case ID (RE: only); the body gives the case and says the accounts are one now',
    to: TK.keep, subject: 'RE: アカウント統合の件', at: '2026-10-14 04:20:51', enc: 'sjisb64',
    text: `高橋様(ケース ${CASE.takahashi})

前職アカウントと個人アカウントを一つにいたしました。
統合後の認定一覧は、認定アカウントの「認定」タブで確認いただけます、`,
  }),
  mk({
    slug: 'merge-portal-notice', kind: 'merge_completed', lang: 'ja', caseId: null, trap: false,
    note: 'certification portal notice (no case ID) that the accounts have been merged; HTML-only',
    from: 'AWS Certification <no-reply@aws.training>', to: IT.keep, subject: 'AWS認定アカウントが統合されました', at: '2026-10-01 08:30:02', enc: 'utf8b64',
    html: htmlDoc(paras(`伊藤 翔 様

お客様のAWS認定アカウントは統合されました。
統合元: ${IT.src}
統合先: ${IT.keep}

今後は統合先のアカウントでサインインしてください。`)),
  }),
  mk({
    slug: 'merge-correction-was-wrong', kind: 'merge_completed', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'correction: an earlier "cannot merge" mail was wrong and the merge is in fact done',
    to: SZ.keep, subject: `${F(CASE.suzuki)} (先ほどのメールについて)`, at: '2026-10-08 06:47:19', enc: 'jis7',
    text: `鈴木様

先ほど「統合できません」とお送りしましたが、別のお客様の案件と取り違えておりました。
申し訳ございません。鈴木様のアカウントは本日統合が完了しております。`,
  }),
  mk({
    slug: 'merge-forged-below', kind: 'merge_completed', lang: 'ja', caseId: CASE.takahashi, trap: false,
    note: 'completion notice whose only dmarc=pass sits below the server\'s Received line: untrusted',
    auth: 'forgedBelow', trusted: false,
    to: TK.keep, subject: F(CASE.takahashi), at: '2026-10-14 12:00:00', enc: 'jisb64',
    text: `高橋様

統合が完了しました。確認のため下記URLからサインインしてください。
https://aws-training-account.example.org/login`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'badge-credly-ja', kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'Credly issue notice for an AWS badge on the kept account',
    from: CREDLY_AWS, to: SZ.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2026-10-09 03:14:00', enc: 'utf8qp',
    text: `鈴木 健一 様

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを入手する
https://www.credly.com/badges/8c1f3a27-5b11-4e0b-9c0a-2f7d1e6b44a1/accept

Credly`,
  }),
  mk({
    slug: 'badge-support-moved-close', kind: 'badges_transferred', lang: 'ja', caseId: CASE.takahashi, trap: false,
    note: 'support says the Credly badges were moved to the kept account and closes the case',
    to: TK.keep, subject: F(CASE.takahashi), at: '2026-10-16 01:05:33', enc: 'jis7',
    text: `高橋様

ご指摘のバッジの件、Credly 側でも ${TK.keep} にひもづくよう移動いたしました。
お手数ですが Credly にサインインしてご確認ください、本件はこれでクローズします。`,
  }),
  mk({
    slug: 'badge-leftover-merge-subj', kind: 'badges_transferred', lang: 'ja', caseId: CASE.suzuki, trap: true,
    note: 'subject still 統合完了 from the previous step; the body reports the badges moved',
    to: SZ.keep, subject: `${F(CASE.suzuki)} 統合完了のお知らせ`, at: '2026-10-10 02:40:00', enc: 'sjis8',
    text: `鈴木様

Credlyのバッジについて、旧アカウント分の3件を現在のアカウントへ移しました
反映済みであることをこちらでも確認しています。

${gmailJa('2026-10-09 20:11', `${SZ.ja} <${SZ.keep}>`)}
> 統合ありがとうございました、でもバッジが古いほうのままです`,
  }),
  mk({
    slug: 'badge-credly-html', kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'Credly multipart notice (Japanese) for an AWS badge',
    from: CREDLY_AWS, to: TK.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2026-10-16 02:00:12', enc: 'utf8b64',
    text: `高橋 美咲 様

AWS Certified Cloud Practitioner のバッジを受け取れます。
バッジを入手する: https://www.credly.com/earner/earned/badge/a0b3c6d2-7e8f-4a90-b1c2-d3e4f5a6b7c8`,
    html: htmlDoc(`<p>高橋 美咲 様</p><p>AWS Certified Cloud Practitioner のバッジを受け取れます。</p><p><a href="https://www.credly.com/earner/earned/badge/a0b3c6d2-7e8f-4a90-b1c2-d3e4f5a6b7c8">バッジを入手する</a></p>`),
  }),
  mk({
    slug: 'badge-placeholder-half', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ito, trap: false,
    note: '{{first_name}} left in and a trailing half sentence; says the badges were moved',
    to: IT.keep, subject: F(CASE.ito), at: '2026-10-03 05:18:40', enc: 'jisb64',
    text: `{{first_name}}様

デジタルバッジの移行が完了しました、Credly のマイページでご確認いただけます。
なお、今後の`,
  }),
  mk({
    slug: 'badge-correction', kind: 'badges_transferred', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'correction: the earlier "badges not moved yet" was wrong, they are moved',
    to: SZ.keep, subject: `${F(CASE.suzuki)} 【再送・訂正】`, at: '2026-10-10 03:02:26', enc: 'utf8qp',
    text: `鈴木様

直前のメールで「バッジの移動はまだです」とお伝えしましたが、確認不足でした。
バッジはすでに新しいアカウント側に移っております。前のメールはご放念ください`,
  }),
  mk({
    slug: 'badge-credly-sjis', kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'Credly AWS badge notice re-encoded as Shift_JIS by a corporate gateway',
    from: CREDLY_AWS, to: IT.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2026-10-03 04:00:00', enc: 'sjisb64',
    text: `伊藤 翔 様

AWS Certified Developer - Associate のバッジが発行されました。
「バッジを入手する」から受け取ってください。
https://www.credly.com/badges/0d7e2f11-3c3c-4a4a-8b8b-991122334455/accept`,
  }),
  mk({
    slug: 'badge-credly-lookalike', kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'badge notice from a look-alike Credly domain: untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>', trusted: false,
    to: TK.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2026-10-16 09:09:09', enc: 'utf8qp',
    text: `高橋 様

移行されたバッジを受け取るには、以下からCredlyにサインインしてください。
https://credly-badges.net/accept`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'closed-autoclose-3days', kind: 'case_closed', lang: 'ja', caseId: CASE.ito, trap: false,
    note: 'reminder: the case will close in 3 days without a reply',
    to: IT.keep, subject: F(CASE.ito), at: '2026-10-06 02:00:00', enc: 'jis7',
    text: `伊藤様

先日のご案内以降ご返信がないため、3日後に本ケースは自動的にクローズされます。
引き続きサポートが必要な場合はこのメールにご返信ください`,
  }),
  mk({
    slug: 'closed-restates-merge', kind: 'case_closed', lang: 'ja', caseId: CASE.suzuki, trap: true,
    note: 'closing that only restates last week\'s merge',
    to: SZ.keep, subject: F(CASE.suzuki), at: '2026-10-15 07:45:10', enc: 'jisb64',
    text: `鈴木様

先週お知らせしたとおり統合は済んでおりますので、本ケースはこれでクローズいたします。
またのご利用をお待ちしております`,
  }),
  mk({
    slug: 'closed-leftover-confirm-subj', kind: 'case_closed', lang: 'ja', caseId: CASE.takahashi, trap: true,
    note: 'subject left from the consent step; body closes the case',
    to: TK.keep, subject: `${F(CASE.takahashi)} 統合のご確認`, at: '2026-10-20 01:30:00', enc: 'sjis8',
    text: `高橋様

本件は解決済みとして、ケースをクローズいたしました。
ご不明点が出てきた際は、新しいケースではなくこちらにご返信ください`,
  }),
  mk({
    slug: 'closed-marumaru', kind: 'case_closed', lang: 'ja', caseId: CASE.ito, trap: false,
    note: 'unfilled 〇〇様; case marked resolved and closed',
    to: IT.keep, subject: F(CASE.ito), at: '2026-10-09 02:10:10', enc: 'utf8qp',
    text: `〇〇様

本ケースを完了扱いとしてクローズしました。ご協力ありがとうございました、`,
  }),
  mk({
    slug: 'closed-with-survey', kind: 'case_closed', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'closing notice with a survey link appended: the closing is the event',
    to: SZ.keep, subject: F(CASE.suzuki), at: '2026-10-15 07:50:00', enc: 'utf8b64',
    text: `鈴木 様

ケース ${CASE.suzuki} はクローズされました。

よろしければアンケートにご協力ください(1分程度)
https://survey.example-aws-feedback.com/s/${CASE.suzuki}`,
  }),
  mk({
    slug: 'closed-no-reply-resent', kind: 'case_closed', lang: 'ja', caseId: CASE.takahashi, trap: false,
    note: 'closing for lack of reply, greeted to another name; redirected by the old company (Resent-*), so not for the user',
    to: TK.src, subject: F(CASE.takahashi), at: '2026-10-20 02:00:00', enc: 'jis7',
    resent: { from: 'postmaster@corp-b.example.jp', to: 'it-helpdesk@corp-b.example.jp', date: rfcJaResent() },
    forUser: false,
    text: `佐々木様

ご返信をいただけなかったため、本ケースはクローズとなりました。
必要であれば改めてご連絡ください`,
  }),
  mk({
    slug: 'closed-dup-case-merged', kind: 'case_closed', lang: 'ja', caseId: CASE.takahashiDup, trap: true,
    note: 'the duplicate case is merged into the first and closed: not the account merge',
    to: TK.keep, subject: F(CASE.takahashiDup), at: '2026-10-13 00:40:00', enc: 'jisb64',
    text: `高橋様

同じ内容のケースが2件作成されていたため、こちらのケースは ${CASE.takahashi} に統合のうえクローズします。
今後のやり取りは ${CASE.takahashi} でお願いいたします`,
  }),
  mk({
    slug: 'closed-misaligned', kind: 'case_closed', lang: 'ja', caseId: CASE.ito, trap: false,
    note: 'closing notice signed by an unrelated bulk-mail domain, dmarc=fail: untrusted',
    auth: 'misaligned', trusted: false,
    to: IT.keep, subject: F(CASE.ito), at: '2026-10-09 05:05:05', enc: 'jis7',
    text: `伊藤様

ケースはクローズされました。再開するには下記から本人確認を行ってください。
https://reopen-case.example.net/${CASE.ito}`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'sr-thanks-confirm-leftover', kind: 'support_reply', lang: 'ja', caseId: CASE.takahashi, trap: true,
    note: 'subject says 統合完了 (left over); the body thanks for the consent and passes it on',
    to: TK.keep, subject: `${F(CASE.takahashi)} 統合完了のお知らせ`, at: '2026-10-13 10:02:00', enc: 'jis7',
    text: `高橋様

ご承諾のご返信ありがとうございます。担当チームに依頼しました、
作業が終わり次第ご連絡します。

${gmailJa('2026-10-13 18:40', `${TK.ja} <${TK.keep}>`)}
> はい、それでお願いします!`,
  }),
  mk({
    slug: 'sr-future-done', kind: 'support_reply', lang: 'ja', caseId: CASE.suzuki, trap: true,
    note: 'conditional: 統合が完了しましたら改めてご連絡します',
    to: SZ.keep, subject: F(CASE.suzuki), at: '2026-10-07 14:20:15', enc: 'sjis8',
    text: `鈴木様

承知しました。統合が完了しましたら改めてご連絡いたします
通常は数日ほどお時間をいただいております`,
  }),
  mk({
    slug: 'sr-not-yet', kind: 'support_reply', lang: 'ja', caseId: CASE.ito, trap: true,
    note: 'status: the merge is not yet complete, still in progress',
    to: IT.keep, subject: F(CASE.ito), at: '2026-09-30 23:50:00', enc: 'utf8qp',
    text: `伊藤様

お問い合わせの統合ですが、まだ完了しておりません、担当部署で作業中です。
もうしばらくお待ちください

${gmailJa('2026-10-01 08:31', `${IT.ja} <${IT.keep}>`)}
> まだですか?`,
  }),
  mk({
    slug: 'sr-escalated-receipt-subj', kind: 'support_reply', lang: 'ja', caseId: CASE.suzuki, trap: true,
    note: 'subject reads like a receipt; body is a human escalation notice',
    to: SZ.keep, subject: `[CASE ${CASE.suzuki}] お問い合わせを受け付けました`, at: '2026-10-06 12:15:00', enc: 'jisb64',
    text: `鈴木様

担当の中村です。本件は専門の部署へエスカレーションいたしました、
回答まで数営業日いただく見込みです。`,
  }),
  mk({
    slug: 'sr-unasked-recert', kind: 'support_reply', lang: 'ja', caseId: CASE.takahashi, trap: false,
    note: 'answers a recertification question the user never asked',
    to: TK.keep, subject: F(CASE.takahashi), at: '2026-10-12 11:11:00', enc: 'sjisb64',
    text: `高橋様

再認定については、有効期限の6か月前から受験いただけます。50%割引の特典もご利用いただけます。
ご参考まで`,
  }),
  mk({
    slug: 'sr-cannot-merge', kind: 'support_reply', lang: 'ja', caseId: CASE.ito, trap: true,
    note: 'negated: the merge cannot be done right now; no request',
    to: IT.keep, subject: F(CASE.ito), at: '2026-09-29 15:40:00', enc: 'jis7',
    text: `伊藤様

確認しましたところ、統合元アカウントに予約中の試験があるため、現時点では統合を実施できません。
受験後にこちらから改めてご案内します`,
  }),
  mk({
    slug: 'sr-write-from-keep', kind: 'support_reply', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'asks to write from the kept address, without asking for any data',
    to: SZ.src, cc: SZ.keep, subject: F(CASE.suzuki), at: '2026-10-06 03:03:03', enc: 'utf8b64',
    text: `鈴木様

お手数ですが、残す方のアカウントのメールアドレスから、このケースにご返信ください。
セキュリティ上の理由によるものです`,
  }),
  mk({
    slug: 'sr-ignore-other-customer', kind: 'support_reply', lang: 'ja', caseId: CASE.takahashi, trap: true,
    note: 'retracts a consent request sent for another customer; no request, no event',
    to: TK.keep, subject: `${F(CASE.takahashi)} 先ほどのメールについて`, at: '2026-10-12 06:58:00', enc: 'jis7',
    text: `高橋様

数分前にお送りした「統合のご確認」のメールは、別のお客様宛てのものでした。
誠に申し訳ございません、お手数ですがご放念ください。高橋様の件は引き続き確認中です`,
  }),
  mk({
    slug: 'sr-badges-later', kind: 'support_reply', lang: 'ja', caseId: CASE.ito, trap: true,
    note: 'future: badges will show on Credly some days after the merge',
    to: IT.keep, subject: F(CASE.ito), at: '2026-10-02 01:00:00', enc: 'utf8qp',
    text: `伊藤様

バッジについては、統合後Credly側に反映されるまで数日かかる場合がございます、
一週間ほど経っても移っていなければ、このケースにご返信ください`,
  }),
  mk({
    slug: 'sr-other-only', kind: 'support_reply', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'status update whose only Authentication-Results is a foreign one: untrusted',
    auth: 'otherOnly', trusted: false,
    to: SZ.keep, subject: F(CASE.suzuki), at: '2026-10-06 18:00:00', enc: 'jisb64',
    text: `鈴木様

現在、担当部署で確認を進めております、しばらくお待ちください`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'un-own-reply-cc-self', kind: 'unrelated', lang: 'ja', caseId: CASE.suzuki, trap: true,
    note: 'the user\'s own hurried consent reply, copied to their other address',
    from: `${SZ.ja} <${SZ.keep}>`, to: SUPPORT, cc: SZ.src, deliveredTo: SZ.src, rcpt: SZ.src, trusted: false, auth: 'none',
    subject: `Re: ${F(CASE.suzuki)} お問い合わせを受け付けました`, at: '2026-10-07 05:10:00', enc: 'jis7',
    text: `同意します、統合してください。急ぎです

${gmailJa('2026-10-07 13:40', `AWS Training and Certification <${SUPPORT_BARE}>`)}
> 鈴木様
> この内容で問題なければ、本メールにご返信ください。`,
  }),
  mk({
    slug: 'un-fwd-colleague', kind: 'unrelated', lang: 'ja', caseId: CASE.takahashi, trap: true,
    note: 'the user forwards the completion to a colleague (not the user\'s address): own mail, not for the user',
    from: `${TK.ja} <${TK.keep}>`, to: 'yamaguchi@corp-b.example.jp', trusted: false, auth: 'none', forUser: false,
    subject: `Fwd: ${F(CASE.takahashi)}`, at: '2026-10-14 05:00:00', enc: 'utf8qp',
    text: `山口さん
統合おわったみたいです、前のアカウントの方の資格もこっちで見えるようになりました。一応共有です

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: 2026年10月14日(水) 13:12
Subject: ${F(CASE.takahashi)}

〇〇様
統合作業が終わりましたのでご連絡します。`,
  }),
  mk({
    slug: 'un-refund-receipt', kind: 'unrelated', lang: 'ja', caseId: CASE.suzukiRefund, trap: true,
    note: 'receipt of the user\'s other case about an exam refund',
    from: NOREPLY, to: SZ.keep, subject: `[CASE ${CASE.suzukiRefund}] お問い合わせを受け付けました`, at: '2026-10-02 09:00:00', enc: 'jisb64',
    text: `鈴木 様

試験料の返金についてのお問い合わせを受け付けました(ケース ${CASE.suzukiRefund})。
返金の可否を確認のうえ、担当よりご連絡します`,
  }),
  mk({
    slug: 'un-credly-microsoft', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly badge from another issuer (Microsoft)',
    from: 'Microsoft via Credly <admin@credly.com>', to: IT.keep, subject: 'Microsoftのバッジ発行のお知らせ', at: '2026-10-02 10:00:00', enc: 'utf8qp',
    text: `伊藤 翔 様

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。
バッジを入手する
https://www.credly.com/badges/55aa66bb-77cc-88dd-99ee-00ff11223344/accept`,
  }),
  mk({
    slug: 'un-survey', kind: 'unrelated', lang: 'ja', caseId: CASE.takahashi, trap: true,
    note: 'survey asking whether the issue was resolved',
    from: NOREPLY, to: TK.keep, subject: 'サポートについてのアンケート', at: '2026-10-21 00:00:00', enc: 'sjis8',
    text: `高橋 様

先日のお問い合わせ(ケース ${CASE.takahashi})は解決しましたか?
サポートの品質向上のため、以下のアンケートにご回答ください
https://survey.example-aws-feedback.com/ja/${CASE.takahashi}`,
  }),
  mk({
    slug: 'un-oldcorp-autoreply', kind: 'unrelated', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'auto-reply from the user\'s old company mailbox, copied to the user',
    from: `${SZ.ja} <${SZ.src}>`, to: SUPPORT, cc: SZ.keep, rcpt: SZ.keep, trusted: false, auth: 'none',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    subject: `自動応答: ${F(CASE.suzuki)}`, at: '2026-10-06 01:23:00', enc: 'jis7',
    text: `このアドレスは9月30日をもって廃止されました。
今後のご連絡は担当窓口までお願いいたします。
株式会社オールドファーム`,
  }),
  mk({
    slug: 'un-exam-booking-confirmed', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'exam appointment confirmation: confirmation words, not a merge case',
    from: 'AWS Certification <no-reply@aws.training>', to: IT.keep, subject: '試験予約の確認', at: '2026-10-04 04:04:04', enc: 'utf8b64',
    text: `伊藤 翔 様

以下の試験のご予約を確認しました。
試験: AWS Certified Solutions Architect - Professional
日時: 2026年11月8日 10:00
会場: オンライン

予約の変更・キャンセルは認定アカウントから行えます`,
  }),
  mk({
    slug: 'un-summit', kind: 'unrelated', lang: 'ja', caseId: null, trap: false,
    note: 'event marketing',
    from: 'AWS Japan <aws-japan-events@amazon.com>', to: SZ.keep, subject: 'AWS Cloud Day Tokyo 参加登録受付中', at: '2026-10-03 01:00:00', enc: 'jisb64',
    text: `鈴木 健一 様

今年も AWS Cloud Day Tokyo を開催します、参加は無料です。
認定資格をお持ちの方向けのラウンジもご用意しています
配信停止はこちら: https://aws.amazon.com/unsubscribe`,
  }),
  mk({
    slug: 'un-skillbuilder-paid', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Skill Builder subscription payment completed: completion words, unrelated',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: TK.keep, subject: 'お支払いが完了しました', at: '2026-10-10 00:30:00', enc: 'utf8qp',
    text: `高橋 美咲 様

AWS Skill Builder 個人サブスクリプションのお支払いが完了しました。
ご利用期間: 2026/10/10 - 2026/11/09`,
  }),
  mk({
    slug: 'un-credly-account-merge', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly\'s own account-merge verification code',
    from: 'Credly <no-reply@credly.com>', to: SZ.keep, subject: 'Credlyアカウント統合の確認コード', at: '2026-10-10 05:55:00', enc: 'utf8b64',
    text: `Credlyアカウントの統合をリクエストされました。
確認コード: 482913
このコードを入力すると、アカウントの統合が完了します。心当たりがない場合は無視してください`,
  }),
  mk({
    slug: 'un-voucher-refund-done', kind: 'unrelated', lang: 'ja', caseId: CASE.suzukiRefund, trap: true,
    note: 'reply on the user\'s refund case saying the refund is completed',
    to: SZ.keep, subject: `RE:[CASE ${CASE.suzukiRefund}] [AWS Training and Certification Form Submission] - exam-refund`, at: '2026-10-09 08:00:00', enc: 'sjisb64',
    text: `鈴木様

試験料の返金手続きが完了しました、カード会社により反映まで数日かかる場合があります。
本ケースはクローズいたします`,
  }),
];

function rfcJaResent(): string {
  return 'Tue, 20 Oct 2026 11:02:00 +0900';
}

