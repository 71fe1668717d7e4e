// Set bj, Japanese messages. Voice: subjects that say something else.
import type { Msg } from './lib.js';
import {
  CASE, CREDLY_AWS, KENJI, KENJI_REQ, MISAKI, MISAKI_REQ, NOREPLY, PORTAL, RYO, RYO_REQ, SUPPORT, SUPPORT_ADDR,
  form, fwdJa, gmailJa, html, mk, outlookJa, quote, sfJa, sfRef, who,
} from './common.js';

const K = who(KENJI.ja, KENJI.keep);
const KS = who(KENJI.ja, KENJI.src);
const M = who(MISAKI.ja, MISAKI.keep);
const R = who(RYO.ja, RYO.keep);

// earlier support texts that later mail quotes
const KENJI_INFO = `中村 様

AWS トレーニングと認定カスタマーサポートです。
お問い合わせの件、両アカウントの候補者 ID と、それぞれのサインインに使っているメールアドレスを
念のため改めてお送りいただけますか。また、統合後に残す側はどちらになるかも併せてお書き添えください。

よろしくお願いいたします。
AWS トレーニングと認定 カスタマーサポート 井上`;

const KENJI_CONF = `中村 様

いただいた情報で両アカウントを照合いたしました。
  統合元 ${KENJI.srcId} (${KENJI.src})
  統合先 ${KENJI.keepId} (${KENJI.keep})
統合処理を行うと元の状態には戻せません。上記の向きで進めてよろしければ、本メールにそのままご返信ください。

AWS トレーニングと認定 カスタマーサポート 井上
ケース ${CASE.kenji}`;

const KENJI_DONE = `中村 様

お待たせいたしました。${KENJI.srcId} の認定履歴を ${KENJI.keepId} 側へ移し、アカウントの統合を完了しております。
認定ポータルへサインインのうえ、資格と特典の表示をご確認ください。

カスタマーサポート 井上`;

const MISAKI_CONF = `小林 様

ご連絡ありがとうございます。統合元 ${MISAKI.srcId}、統合先 ${MISAKI.keepId} の内容で準備が整いました。
この操作は取り消しができないため、お手数ですが「統合に同意します」とご返信いただけますでしょうか。

AWS Training and Certification Customer Support
松本`;

export const JA: Msg[] = [
  // ───────────── acknowledgement (8)
  mk({
    slug: 'ja-ack-kenji-form', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji, to: K, at: '2026-10-05 01:12:08',
    from: NOREPLY, subject: form(CASE.kenji, ''),
    note: 'automatic receipt of the new case; subject is the bare form subject without RE:',
    text: `このメールは送信専用アドレスから自動でお送りしています。

AWS トレーニングと認定へのお問い合わせを承りました。
ケース ID: ${CASE.kenji}
お問い合わせ種別: AWS トレーニングと認定 / 認定 / アカウントの統合

担当者が内容を拝見し、通常 24 時間以内にこのアドレス宛てにご連絡します。
同じご依頼で新しいケースを重ねて作成されますと、かえってご回答が遅れる場合がございます。
追加の情報がある場合は、本ケースへの返信としてお送りください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-badge-subject', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenjiDup, to: K, at: '2026-10-14 22:40:51', trap: true,
    from: NOREPLY, subject: `[CASE ${CASE.kenjiDup}] 統合完了後もCredlyバッジが移っていません`, enc: 'jisb64',
    note: 'receipt of a second case; the subject is the user\'s own title about merge completion and badges, the body only acknowledges',
    text: `※本メールはシステムより自動送信されています。

新しいサポートケースが作成されました。
  ケース番号 ${CASE.kenjiDup}
  件名 統合完了後もCredlyバッジが移っていません
  重要度 一般的なご質問

順番に確認しておりますので、担当からの返信をお待ちください。
ケースの状況はサポートセンターの「ケース」からもご覧いただけます。

アマゾン ウェブ サービス ジャパン`,
  }),
  mk({
    slug: 'ja-ack-empty-subject', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki, to: M, at: '2026-10-20 03:05:33',
    from: NOREPLY, subject: '', enc: 'sjis8', crlf: false,
    note: 'empty subject; the body is an ordinary case receipt with the case ID',
    text: `${MISAKI.ja} 様

お問い合わせありがとうございます。以下の番号でケースをお預かりしました。

  ${CASE.misaki}

1 営業日を目安に、担当よりメールでご連絡いたします。
このメールにご返信いただくと、同じケースに内容が追加されます。

--
Amazon Web Services, Inc.
このメッセージは自動送信です`,
  }),
  mk({
    slug: 'ja-ack-refwd-subject', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ryo, to: R, at: '2026-10-27 08:18:40',
    from: NOREPLY, subject: 'Re: Fwd: 認定アカウントについて', enc: 'utf8b64',
    note: 'receipt sent back on the user\'s "Fwd:" subject; case ID only in the HTML body',
    html: html(`田中 亮 様

メールでのお問い合わせを受け付けました。お問い合わせ番号は ${CASE.ryo} です。

内容を確認後、担当者より順次ご返信いたしますので、いましばらくお待ちください。
返信の際は件名を変更せずにお送りいただけますと、やり取りがスムーズです。

AWS サポート (自動通知)`),
  }),
  mk({
    slug: 'ja-ack-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki, to: M, at: '2026-10-20 04:31:10',
    trusted: false, from: 'AWS サポート <support@amazon-aws-helpdesk.com>', subject: `[CASE ${CASE.misaki}] 受付のお知らせ`, enc: 'utf8qp',
    note: 'look-alike domain amazon-aws-helpdesk.com sending a receipt (with a sign-in link); untrusted',
    text: `小林 美咲 様

ケース ${CASE.misaki} を受け付けました。
本人確認のため、48時間以内に下記URLからサインインしてください。
https://amazon-aws-helpdesk.com/signin?case=${CASE.misaki}

AWS サポートセンター`,
  }),
  mk({
    slug: 'ja-ack-misaki-sjisb64', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki, to: M, at: '2026-10-20 03:05:35',
    from: NOREPLY, subject: `ケース ${CASE.misaki}: 新しいお問い合わせ`, enc: 'sjisb64',
    note: 'second copy of the receipt in Shift_JIS base64; a receipt by its shape',
    text: `AWS サポートセンター

ケースID ${CASE.misaki} / 受付日時 2026/10/20 12:05 JST
カテゴリ: AWS トレーニングと認定 > アカウントの統合

内容を拝見のうえ担当者からご連絡します。ケースを重複して起票しないようお願いいたします。`,
  }),
  mk({
    slug: 'ja-ack-ryo-mixed', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ryo, to: R, at: '2026-10-27 08:18:31',
    from: NOREPLY, subject: `Case ${CASE.ryo} received`, enc: 'utf8qp',
    note: 'English subject and footer, Japanese body: a receipt; language ja',
    text: `田中様

AWS トレーニングと認定にご連絡いただきありがとうございます。ケース ${CASE.ryo} として記録しました。
担当のサポートスタッフから、24 時間以内を目安にご返信いたします。

Please do not reply to this message with a new case. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.`,
  }),
  mk({
    slug: 'ja-ack-dup-confirm-subject', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji3, to: K, at: '2026-10-10 02:22:19', trap: true,
    from: NOREPLY, subject: `[CASE ${CASE.kenji3}] Re: アカウント統合のご確認`, enc: 'jis7',
    note: 'receipt of a new case the user opened by replying into the form; subject still says confirmation',
    text: `新しいケース (${CASE.kenji3}) を受け付けました。

なお、同じ内容のケースがすでに進行中の場合は、そちらのケースにご返信いただくようお願いいたします。
ケースが分かれますと、確認に時間がかかることがございます。

AWS サポート`,
  }),

  // ───────────── ai_answer (7)
  mk({
    slug: 'ja-ai-reused-subject', kind: 'ai_answer', lang: 'ja', to: K, at: '2026-10-05 01:08:44',
    from: NOREPLY, subject: 'Re: 認定アカウントを1つにしたい',
    note: 'generated answer suggesting the self-service Merge Accounts page; subject is the user\'s own question',
    text: `生成 AI によるご案内 (この回答は自動的に作成されています)

認定アカウントが複数ある場合、AWS 認定アカウントのプロフィールにある「Merge Accounts」から
ご自身で統合を試せることがあります。両方のアカウントに受験履歴がある場合は、この画面から
処理できないため、ページ下部の「ケースを作成」からお問い合わせください。

この回答で解決しなかった場合は、そのままケースの作成にお進みください。`,
  }),
  mk({
    slug: 'ja-ai-after-merge', kind: 'ai_answer', lang: 'ja', to: M, at: '2026-10-20 02:58:12', trap: true,
    from: NOREPLY, subject: 'アカウント統合完了までの流れ', enc: 'utf8b64',
    note: 'automated answer that explains what happens after a merge; subject names completion, body tells no event',
    text: `Amazon Q からの自動回答です。

ご質問: 認定アカウントを統合したら、Credly のバッジはどうなりますか

回答: 統合が済むと、統合元の認定は統合先アカウントに表示されるようになります。Credly の
デジタルバッジは自動で移らない場合があるため、先に統合を行い、その後で統合先のメールアドレス
宛てに届くバッジを受け取る順序がおすすめです。

※ これは AI が生成した内容です。正確でない場合があります。担当者に相談するには「ケースを作成」を選んでください。`,
  }),
  mk({
    slug: 'ja-ai-html-alt', kind: 'ai_answer', lang: 'ja', to: R, at: '2026-10-27 08:09:02', enc: 'utf8qp',
    from: NOREPLY, subject: 'お問い合わせ内容への回答案',
    note: 'multipart automated suggestion before case creation',
    text: `お問い合わせ内容をもとに、以下の回答案を自動で作成しました。

・メールアドレスの変更だけであれば、認定アカウントの設定画面から変更できます
・2 つの認定アカウントを 1 つにする場合は Merge Accounts ツールをお試しください
・ツールで統合できないと表示された場合は、サポートケースをご作成ください

回答案が役に立たなかった場合は、引き続きケースの作成に進んでいただけます。`,
    html: html(`お問い合わせ内容をもとに、以下の回答案を自動で作成しました。

・メールアドレスの変更だけであれば、認定アカウントの設定画面から変更できます
・2 つの認定アカウントを 1 つにする場合は Merge Accounts ツールをお試しください
・ツールで統合できないと表示された場合は、サポートケースをご作成ください

回答案が役に立たなかった場合は、引き続きケースの作成に進んでいただけます。`),
  }),
  mk({
    slug: 'ja-ai-case-only-subject', kind: 'ai_answer', lang: 'ja', caseId: CASE.misaki, to: M, at: '2026-10-20 03:06:40',
    from: NOREPLY, subject: `[CASE ${CASE.misaki}]`, enc: 'jisb64',
    note: 'subject is only the case number; body is an automated article suggestion while waiting',
    text: `担当者からの返信をお待ちいただく間に、次の情報がお役に立つかもしれません (自動案内)。

「AWS 認定アカウントの統合」
認定ポータルにサインイン → プロフィール → Merge Accounts の順に進むと、受験履歴が片方にしか
ないアカウント同士であれば、その場で統合できます。

この案内で解決した場合は、ケースへのご返信は不要です。`,
  }),
  mk({
    slug: 'ja-ai-sjis', kind: 'ai_answer', lang: 'ja', to: K, at: '2026-10-05 01:09:30', enc: 'sjis8',
    from: NOREPLY, subject: 'ご質問への自動回答: 二つの認定アカウント',
    note: 'automated answer in Shift_JIS pointing at the self-service tool',
    text: `自動応答システムからのご回答

二つのアカウントに分かれた認定は、ご本人確認ができれば一つにまとめることができます。
まずは認定アカウントの「アカウントの統合」ツールをお使いください。ツールがエラーになるときは
担当者が個別に対応しますので、このあと表示される「ケースを作成」ボタンを押してください。

(この回答は生成 AI により作成されました)`,
  }),
  mk({
    slug: 'ja-ai-resolved-q', kind: 'ai_answer', lang: 'ja', to: R, at: '2026-10-27 08:10:17', trap: true,
    from: NOREPLY, subject: '解決しましたか? 自動回答のご案内', enc: 'jis7',
    note: 'automated answer whose subject sounds like closing/survey; body is an AI suggestion, no case yet',
    text: `以下は AI アシスタントによる回答です。

ご入力内容: 転職したので認定を個人のアドレスに移したい

ご提案: 認定アカウントのメールアドレスは、プロフィール設定から個人のアドレスに変更できる
場合があります。別々のアカウントで受験している場合は、Merge Accounts ページから統合を
お試しください。それでも解決しないときは、ケースを作成して担当者にお知らせください。`,
  }),
  mk({
    slug: 'ja-ai-forged-fail', kind: 'ai_answer', lang: 'ja', to: M, at: '2026-10-20 02:55:00', trusted: false, auth: 'fail',
    from: NOREPLY, subject: 'AI アシスタントからの回答', enc: 'utf8b64',
    note: 'automated answer text, but dmarc=fail on the receiving server: untrusted',
    text: `AI アシスタントの回答

アカウントの統合には、両方のアカウントのパスワードが必要です。以下のフォームに入力すると、
自動で統合ツールが起動します。
https://merge-accounts.example-tools.net/

この回答は自動作成されました。`,
  }),

  // ───────────── info_request (9)
  mk({
    slug: 'ja-info-kenji', kind: 'info_request', lang: 'ja', caseId: CASE.kenji, to: K, at: '2026-10-06 05:47:21',
    subject: form(CASE.kenji), enc: 'jis7',
    note: 'first human reply asks for both candidate IDs, sign-in addresses and which account to keep',
    text: `${KENJI_INFO}

${sfRef('Kn4417')}

${sfJa(K, '2026/10/05 10:11', SUPPORT_ADDR, '認定アカウントの統合について', KENJI_REQ)}`,
  }),
  mk({
    slug: 'ja-info-credly-on-done-subject', kind: 'info_request', lang: 'ja', caseId: CASE.kenji, to: K, at: '2026-10-16 06:02:49', trap: true,
    subject: 'Re: アカウント統合完了のお知らせ', enc: 'jisb64',
    note: 'subject kept from the completion notice; the new text asks for the Credly e-mail address to move the badges',
    text: `中村 様

ご返信ありがとうございます。バッジの件、承知しました。
Credly 側で照合するため、Credly にご登録のメールアドレスを教えていただけますか。
統合元のアドレスで Credly を作成された場合は、そのアドレスも併記してください。

ケース番号: ${CASE.kenji}
井上

${gmailJa('2026-10-15', '21:30', K)}
> 統合ありがとうございました。ただ、Credly のバッジが前のアカウントに残ったままです。
> 確認いただけますか。`,
  }),
  mk({
    slug: 'ja-info-subject-only', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, to: M, at: '2026-10-21 07:15:00',
    subject: `[CASE ${CASE.misaki}] 統合先として残すアカウントのメールアドレスをご返信ください`, text: '', enc: 'jis7',
    note: 'subject-only message with an empty body; the request for the kept address is in the subject',
  }),
  mk({
    slug: 'ja-info-confirm-subject', kind: 'info_request', lang: 'ja', caseId: CASE.ryo, to: R, at: '2026-10-28 02:40:13', trap: true,
    subject: 'アカウント統合のご確認', enc: 'utf8qp',
    note: 'subject says "confirmation" but the body asks which address to keep and the old candidate ID: information',
    text: `田中 様

お問い合わせいただいたアカウント統合について、いくつか確認させてください。
旧アカウントは ${RYO.src} とのことですが、同じアドレスで登録された認定アカウントが
当方で見つかりませんでした。旧アカウントで受験された際の候補者 ID (AWS から始まる番号) か、
受験日とおおよその試験名をご確認のうえお知らせください。

Case ${CASE.ryo}
AWS トレーニングと認定サポート 佐々木

${sfJa(R, '2026/10/27 17:09', SUPPORT_ADDR, 'Re: Fwd: 認定アカウントについて', RYO_REQ)}`,
  }),
  mk({
    slug: 'ja-info-outlook-sjisb64', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, to: M, at: '2026-10-22 04:44:02',
    subject: `RE: RE: [CASE ${CASE.misaki}] 統合について`, enc: 'sjisb64',
    note: 'info request under a twice-replied subject: asks for the certification list and the aws.training notification address',
    text: `小林様

ご返信いただきありがとうございます。
追加で、両アカウントで取得済みの認定名と取得日、あと aws.training の通知メールアドレスが
ログイン用と異なっていれば、それも教えてください。照合に使います。

松本

${outlookJa('2026-10-21', '18:02', M, SUPPORT_ADDR, `RE: [CASE ${CASE.misaki}] 統合について`)}

${MISAKI_REQ}`,
  }),
  mk({
    slug: 'ja-info-keep-address', kind: 'info_request', lang: 'ja', caseId: CASE.ryo, to: R, at: '2026-10-29 03:20:55',
    subject: form(CASE.ryo), enc: 'jis7',
    note: 'asks the user to write from the kept address AND to give the candidate ID: info_request per the guide',
    text: `田中様

ご本人確認のため、統合先 (残す方) のメールアドレス ${RYO.keep} から本ケースにご返信いただき、
その際に統合先アカウントの候補者 ID を本文にお書きいただけますでしょうか。
いただいた情報をもとに処理を進めます。

よろしくお願いいたします。
佐々木`,
  }),
  mk({
    slug: 'ja-info-html-only', kind: 'info_request', lang: 'ja', caseId: CASE.kenji, to: K, at: '2026-10-06 05:49:00', enc: 'utf8b64',
    subject: 'Re: 認定アカウントの統合について',
    note: 'HTML-only reply asking for the notification addresses of both accounts; case ID only in the body',
    html: html(`中村 健二 様

AWS トレーニングと認定のサポート窓口です (ケース ${CASE.kenji})。
照合のため、以下をお手数ですがお知らせください。

1. 統合元アカウントの認定通知用メールアドレス
2. Skill Builder で使用しているメールアドレス (お持ちの場合)

ご返信をお待ちしております。`),
  }),
  mk({
    slug: 'ja-info-forged-below', kind: 'info_request', lang: 'ja', caseId: CASE.kenji, to: K, at: '2026-10-07 11:03:37', trusted: false, auth: 'forgedBelow',
    subject: form(CASE.kenji), enc: 'utf8qp',
    note: 'asks for passwords; the only dmarc=pass sits below the server\'s Received line: untrusted',
    text: `中村 様

統合作業のため、両アカウントのパスワードと、登録済みのクレジットカード下4桁を本メールへの
返信でお送りください。本日中にご返信がない場合、統合は取り消されます。

AWS サポート`,
  }),
  mk({
    slug: 'ja-info-closed-subject', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, to: M, at: '2026-11-04 01:31:27', trap: true,
    subject: `[CASE ${CASE.misaki}] 解決済み`, enc: 'jisb64',
    note: 'subject says the case is resolved, but support reopened it and asks for the Credly account address',
    text: `小林様

解決済みのケースにご返信いただいたため、ケースを再開いたしました。
バッジの移行について確認いたしますので、Credly にサインインされているメールアドレスと、
表示されているバッジの名前をお送りください。

松本`,
  }),

  // ───────────── confirmation_request (9)
  mk({
    slug: 'ja-conf-kenji', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji, to: K, at: '2026-10-08 04:15:42',
    subject: form(CASE.kenji),
    note: 'support asks for consent to an irreversible merge, with both IDs restated',
    text: `${KENJI_CONF}

${sfJa(K, '2026/10/07 19:40', SUPPORT_ADDR, form(CASE.kenji), `井上様
ご連絡ありがとうございます。残すのは ${KENJI.keep} の方です。
両方の候補者IDは最初のメールに書いたとおりです。`)}`,
  }),
  mk({
    slug: 'ja-conf-receipt-subject', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, to: M, at: '2026-10-23 05:00:18', trap: true,
    subject: 'お問い合わせを受け付けました', enc: 'jis7',
    note: 'agent replied on the receipt thread; subject still reads like a receipt, body asks for consent',
    text: `${MISAKI_CONF}

ケース: ${CASE.misaki}`,
  }),
  mk({
    slug: 'ja-conf-question-subject', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ryo, to: R, at: '2026-10-30 06:12:09', trap: true,
    subject: 'Re: Re: 統合完了しましたか?', enc: 'utf8b64',
    note: 'subject is the user\'s "has it been merged?"; body says not yet and asks for consent',
    text: `田中様

お問い合わせの件、統合はまだ実施しておりません。実施前にご本人の同意をいただく必要があるためです。

統合元: ${RYO.srcId}
統合先: ${RYO.keepId} (${RYO.keep})

一度統合すると分割はできません。この内容でよろしければ、「同意します」とだけご返信ください。

佐々木 / AWS トレーニングと認定
Case ${CASE.ryo}

${gmailJa('2026-10-29', '23:51', R)}
> すみません、統合はもう完了していますか?
> ポータルを見ても変わっていないようです。`,
  }),
  mk({
    slug: 'ja-conf-sjis-typo', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenjiDup, to: K, at: '2026-10-15 08:26:33', enc: 'sjis8',
    subject: `RE:[CASE ${CASE.kenjiDup}] バッジ`,
    note: 'consent request with a typo (統合後→投合後) under a subject that says only "badges"',
    text: `中村様

Credly 側のアカウントもあわせて統合するには、統合元のアカウントを閉じる必要があります。
投合後は元のアカウントに戻すことはできませんが、進めてよろしいでしょうか。
差し支えなければ、このメールへのご返信で了承の旨をお知らせください。

井上`,
  }),
  mk({
    slug: 'ja-conf-alt', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, to: M, at: '2026-10-23 05:00:05', enc: 'utf8qp',
    subject: form(CASE.misaki),
    note: 'multipart consent request (text + HTML)',
    text: MISAKI_CONF,
    html: html(MISAKI_CONF),
  }),
  mk({
    slug: 'ja-conf-lookalike-server', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji, to: K, at: '2026-10-08 09:30:00', trusted: false, auth: 'lookalikeServer',
    subject: form(CASE.kenji), enc: 'jis7',
    note: 'consent request text, but the topmost Authentication-Results comes from a look-alike authserv-id: untrusted',
    text: `中村様

統合に進む前に、下記リンクから同意ボタンを押してください (取り消しはできません)。
https://aws-merge-consent.example-verify.com/${CASE.kenji}

カスタマーサポート`,
  }),
  mk({
    slug: 'ja-conf-no-request-word', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ryo, to: R, at: '2026-10-30 06:20:44', enc: 'jisb64',
    subject: `[CASE ${CASE.ryo}]`,
    note: 'case-number-only subject; consent asked without the word 確認 (reply taken as agreement)',
    text: `田中様

統合元 ${RYO.srcId} の試験履歴と認定を、統合先 ${RYO.keepId} へ移す作業を予定しています。
一度実行すると元に戻せない操作のため、本メールへのご返信をもってご了承とさせていただきます。
ご不明な点があれば、作業前にお申し付けください。

佐々木`,
  }),
  mk({
    slug: 'ja-conf-mixed-template', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji, to: K, at: '2026-10-08 04:18:10', enc: 'utf8b64',
    subject: 'Re: Re: Fwd: 質問',
    note: 'Japanese intro with an English consent template to copy; subject rewritten by earlier replies',
    text: `中村様

お手数ですが、以下の英文をそのまま貼り付けてご返信ください。統合の同意として記録いたします。

"I understand that merging my AWS Certification accounts cannot be undone, and I agree to merge ${KENJI.srcId} into ${KENJI.keepId}."

ケース ${CASE.kenji}
井上`,
  }),
  mk({
    slug: 'ja-conf-sjisb64-gmail', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, to: M, at: '2026-10-24 00:47:31', enc: 'sjisb64',
    subject: 'Re: 統合先アドレスのご連絡', 
    note: 'after the user sent the kept address, support asks for consent; subject is the user\'s title',
    text: `小林様

アドレスのご連絡ありがとうございます。${MISAKI.keep} を統合先として登録しました。
最後に、統合の実行についてご同意をお願いいたします。実行後は取り消せませんので、
問題なければ「同意します」とご返信ください。

松本 (ケース番号 ${CASE.misaki})

${gmailJa('2026-10-23', '21:12', M)}
> 統合先は ${MISAKI.keep} でお願いします。`,
  }),

  // ───────────── merge_completed (10)
  mk({
    slug: 'ja-done-confirm-subject', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji, to: K, at: '2026-10-12 03:58:17', trap: true,
    subject: 'アカウント統合のご確認', enc: 'jis7',
    note: 'subject kept from the consent request; the new text says the merge is done',
    text: `${KENJI_DONE}

ケース ${CASE.kenji}`,
  }),
  mk({
    slug: 'ja-done-portal', kind: 'merge_completed', lang: 'ja', to: K, at: '2026-10-12 04:01:02',
    from: PORTAL, subject: 'AWS 認定: プロフィールの更新', enc: 'utf8b64',
    note: 'certification portal notice (no case ID) whose subject only says "profile update"; the body says the accounts were merged',
    html: html(`${KENJI.ja} 様

お客様の AWS 認定アカウント ${KENJI.srcId} は、アカウント ${KENJI.keepId} に統合されました。
今後は ${KENJI.keep} でサインインしてください。認定、試験履歴、特典はすべて統合後のアカウントで確認できます。

AWS トレーニングと認定`),
  }),
  mk({
    slug: 'ja-done-subject-only', kind: 'merge_completed', lang: 'ja', caseId: CASE.ryo, to: R, at: '2026-11-02 02:10:00', enc: 'jis7',
    subject: `[CASE ${CASE.ryo}] アカウント統合完了のお知らせ`, text: '',
    note: 'subject-only message: the completion is told only by the subject, body empty',
  }),
  mk({
    slug: 'ja-done-fwd-question-subject', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, to: M, at: '2026-10-25 07:33:50', enc: 'utf8qp',
    subject: 'Re: Re: Fwd: 質問',
    note: 'subject rewritten by the user\'s replies; the new text says the accounts are now one',
    text: `小林様

ご同意いただいた内容で作業を行い、先ほど 2 つのアカウントを 1 つにまとめました。
${MISAKI.srcId} で取得された認定は、今後 ${MISAKI.keepId} (${MISAKI.keep}) でご覧いただけます。

松本 / ケース ${CASE.misaki}

${gmailJa('2026-10-24', '22:05', M)}
> 同意します。よろしくお願いします。
>
> ${gmailJa('2026-10-24', '09:47', who('AWS Training and Certification', SUPPORT_ADDR))}
>> 最後に、統合の実行についてご同意をお願いいたします。`,
  }),
  mk({
    slug: 'ja-done-number-only-subject', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji, to: K, at: '2026-10-12 04:05:13', enc: 'jisb64',
    subject: CASE.kenji,
    note: 'subject is only the case number; the body reports the merge finished',
    text: `中村様

統合処理が終わりました。統合先アカウント ${KENJI.keepId} に、SAA と DVA の両方が表示されていることを確認済みです。
ポータルの反映に少し時間がかかる場合があります。

井上`,
  }),
  mk({
    slug: 'ja-done-and-close', kind: 'merge_completed', lang: 'ja', caseId: CASE.ryo, to: R, at: '2026-11-02 02:12:40',
    subject: form(CASE.ryo), enc: 'jis7',
    note: 'completion plus "we will close the case": the new fact is the merge',
    text: `田中様

ご依頼いただいていたアカウントの統合が完了しましたので、ご報告いたします。
旧アカウント ${RYO.srcId} の認定・受験履歴は、${RYO.keepId} に移っております。
本件はこれにて完了とし、ケースはクローズさせていただきます。

佐々木`,
  }),
  mk({
    slug: 'ja-done-outlook-sjisb64', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, to: M, cc: who(MISAKI.ja, MISAKI.src), at: '2026-10-25 07:35:12', enc: 'sjisb64',
    subject: `RE: [CASE ${CASE.misaki}] 統合について`,
    note: 'completion notice in Shift_JIS base64 above an Outlook quote, cc to the old address',
    text: `小林様

統合作業が無事完了いたしました。新しいアカウントで認定が確認できるかご確認ください。

松本

${outlookJa('2026-10-24', '22:05', M, SUPPORT_ADDR, `RE: [CASE ${CASE.misaki}] 統合について`)}

同意します。`,
  }),
  mk({
    slug: 'ja-done-please-check', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji, to: K, at: '2026-10-12 04:00:40', enc: 'utf8b64',
    subject: 'Re: 進捗はいかがでしょうか',
    note: 'subject is the user\'s "how is it going?"; completion that asks to check everything looks right',
    text: `中村様

お待たせしました。先ほど統合が終わっております。
お手数ですが、サインインのうえ認定の一覧と、50% 割引バウチャーの表示に問題がないかご確認ください。

井上 (ケース ${CASE.kenji})

${gmailJa('2026-10-11', '20:14', K)}
> 同意のメールを送ってから数日経ちましたが、進捗はいかがでしょうか。`,
  }),
  mk({
    slug: 'ja-done-no-auth', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, to: M, at: '2026-10-25 09:02:28', trusted: false, auth: 'none',
    subject: form(CASE.misaki), enc: 'jis7',
    note: 'completion text with no Authentication-Results at all: untrusted',
    text: `小林様

統合は完了しております。
ご不明点があればご連絡ください。

カスタマーサポート`,
  }),
  mk({
    slug: 'ja-done-resent', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji, to: K, at: '2026-10-12 03:58:17', forUser: false,
    resent: { from: who('IT Desk', 'it-desk@hq.example.co.jp'), to: 'archive@hq.example.co.jp', date: 'Mon, 12 Oct 2026 13:10:44 +0900' },
    subject: 'アカウント統合のご確認', enc: 'jis7',
    note: 'the completion redirected by the old company to its archive (Resent-*): not delivered to the user',
    text: `${KENJI_DONE}

ケース ${CASE.kenji}`,
  }),

  // ───────────── badges_transferred (8)
  mk({
    slug: 'ja-badge-credly', kind: 'badges_transferred', lang: 'ja', to: K, at: '2026-10-19 10:44:03',
    from: CREDLY_AWS, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', enc: 'utf8b64',
    note: 'Credly issues the AWS badge to the kept account',
    text: `${KENJI.ja} 様

Amazon Web Services Training and Certification から、AWS Certified Developer - Associate のバッジが発行されました。
下のボタンからバッジを受け取り、プロフィールに追加できます。

[バッジを入手する]

Credly`,
    html: html(`${KENJI.ja} 様

Amazon Web Services Training and Certification から、AWS Certified Developer - Associate のバッジが発行されました。
下のボタンからバッジを受け取り、プロフィールに追加できます。

バッジを入手する

Credly`),
  }),
  mk({
    slug: 'ja-badge-done-subject', kind: 'badges_transferred', lang: 'ja', caseId: CASE.kenji, to: K, at: '2026-10-19 06:30:27', trap: true,
    subject: 'Re: アカウント統合完了のお知らせ', enc: 'jis7',
    note: 'subject still names the merge completion; the new text says the Credly badges moved',
    text: `中村様

Credly のバッジを統合先のアカウントに付け替えました。${KENJI.keep} で Credly にサインインすると、
SAA・DVA のバッジが表示されるはずです。反映まで数時間かかることがあります。

井上 / ケース ${CASE.kenji}

${gmailJa('2026-10-16', '22:18', K)}
> Credly のアドレスは ${KENJI.keep} です。`,
  }),
  mk({
    slug: 'ja-badge-empty-subject', kind: 'badges_transferred', lang: 'ja', caseId: CASE.misaki, to: M, at: '2026-11-05 03:09:48', enc: 'sjis8',
    subject: '',
    note: 'empty subject; support says the badges now sit on the kept account and closes',
    text: `小林様

Credly のバッジ 2 点 (SAA / CLF) を ${MISAKI.keep} のアカウントへ移しました。
これで本件の対応は完了となりますので、ケースを終了いたします。

松本 / ケース ${CASE.misaki}`,
  }),
  mk({
    slug: 'ja-badge-credly-htmlonly', kind: 'badges_transferred', lang: 'ja', to: M, at: '2026-11-05 05:12:19',
    from: CREDLY_AWS, subject: 'バッジを受け取ってください', enc: 'utf8qp',
    note: 'HTML-only Credly badge mail from the AWS issuer with a generic subject',
    html: html(`小林 美咲 様

Amazon Web Services Training and Certification があなたにデジタルバッジ「AWS Certified Solutions Architect - Associate」を発行しました。

バッジを入手する

このメールは Credly から送信されています。`),
  }),
  mk({
    slug: 'ja-badge-sjisb64-support', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ryo, to: R, at: '2026-11-06 04:50:11', enc: 'sjisb64',
    subject: 'Re: まだ届いていません',
    note: 'subject is the user\'s "not arrived yet"; support says the badges have been moved',
    text: `田中様

ご連絡ありがとうございます。Credly のご登録アドレスを統合先に揃え、バッジを移行いたしました。
旧アドレス宛ての案内メールは無視していただいて問題ありません。

佐々木 / Case ${CASE.ryo}

${outlookJa('2026-11-05', '19:22', R, SUPPORT_ADDR, `RE: [CASE ${CASE.ryo}] 統合完了`)}

統合後、バッジがまだ届いていません。`,
  }),
  mk({
    slug: 'ja-badge-case-only', kind: 'badges_transferred', lang: 'ja', caseId: CASE.kenjiDup, to: K, at: '2026-10-19 06:35:02', enc: 'jisb64',
    subject: `[CASE ${CASE.kenjiDup}]`,
    note: 'case-number-only subject on the second case; badges moved to the kept account',
    text: `中村様

こちらのケースでお問い合わせいただいたバッジについても、統合先アカウントへの移動が済んでおります。
Credly のダッシュボードでご確認いただけます。

井上`,
  }),
  mk({
    slug: 'ja-badge-misaligned', kind: 'badges_transferred', lang: 'ja', to: R, at: '2026-11-06 09:01:44', trusted: false, auth: 'misaligned',
    from: CREDLY_AWS, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', enc: 'utf8b64',
    note: 'Credly badge text but DKIM signed by an unrelated bulk domain and dmarc=fail: untrusted',
    text: `田中 亮 様

Amazon Web Services Training and Certification からバッジが発行されました。

[バッジを入手する] https://credly-claim.example-badges.net/accept

Credly`,
  }),
  mk({
    slug: 'ja-badge-credly-jisb64', kind: 'badges_transferred', lang: 'ja', to: R, at: '2026-11-06 10:20:37',
    from: CREDLY_AWS, subject: 'AWS Certified Cloud Practitioner: バッジ発行のお知らせ', enc: 'jisb64',
    note: 'Credly AWS badge in ISO-2022-JP base64, mixed-language subject',
    text: `田中 亮 様

Amazon Web Services Training and Certification より「AWS Certified Cloud Practitioner」のバッジが届いています。
バッジを受け取ると、LinkedIn などで共有できます。

バッジを入手する

(このメールは admin@credly.com から送信されました)`,
  }),

  // ───────────── case_closed (8)
  mk({
    slug: 'ja-closed-autoclose-confirm-subject', kind: 'case_closed', lang: 'ja', caseId: CASE.ryo, to: R, at: '2026-10-31 02:00:09', trap: true,
    subject: 'アカウント統合のご確認', enc: 'jis7',
    note: 'subject of the consent request kept; the new text says the case auto-closes in 3 days without a reply',
    text: `田中様

先日お送りしたご案内について、まだご返信を確認できておりません。
3 日以内にご返信がない場合、本ケース (${CASE.ryo}) は自動的にクローズされます。
クローズ後も同じケースにご返信いただければ再開できます。

佐々木`,
  }),
  mk({
    slug: 'ja-closed-restates-merge', kind: 'case_closed', lang: 'ja', caseId: CASE.kenji, to: K, at: '2026-10-26 01:15:50', trap: true,
    subject: 'アカウント統合完了のお知らせ', enc: 'utf8qp',
    note: 'subject names the completion; the body only restates the earlier merge and closes the case',
    text: `中村様

先週お知らせしたとおり統合は完了しており、バッジの移行も済んでおりますので、本ケースをクローズいたします。
今後お困りのことがございましたら、新しいケースでお問い合わせください。

井上 / ケース ${CASE.kenji}`,
  }),
  mk({
    slug: 'ja-closed-noreply-resolved', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki, to: M, at: '2026-11-05 03:15:00',
    from: NOREPLY, subject: `ケース ${CASE.misaki} の状況が更新されました`, enc: 'utf8b64',
    note: 'status notice whose subject only says "updated"; body says the case is resolved',
    html: html(`AWS サポートセンター

ケース ${CASE.misaki} のステータスが「解決済み」に変更されました。
引き続きサポートが必要な場合は、サポートセンターからケースを再開してください。

Amazon Web Services`),
  }),
  mk({
    slug: 'ja-closed-subject-only', kind: 'case_closed', lang: 'ja', caseId: CASE.kenjiDup, to: K, at: '2026-10-20 00:40:00', enc: 'jis7',
    subject: `[CASE ${CASE.kenjiDup}] ケースをクローズしました`, text: '',
    note: 'subject-only closing notice with an empty body',
  }),
  mk({
    slug: 'ja-closed-sjis-remind', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki, to: M, at: '2026-10-22 23:59:10', enc: 'sjis8',
    subject: `RE: [CASE ${CASE.misaki}] 統合について`,
    note: 'reminder that the case closes in 5 days without a reply',
    text: `小林様

先日ご依頼した情報について、ご返信をお待ちしております。
5 日間ご返信がない場合は、解決したものとして本ケースを終了させていただきます。

松本`,
  }),
  mk({
    slug: 'ja-closed-failthenforged', kind: 'case_closed', lang: 'ja', caseId: CASE.ryo, to: R, at: '2026-11-07 02:48:31', trusted: false, auth: 'failThenForged',
    subject: form(CASE.ryo), enc: 'jis7',
    note: 'closing text; topmost result is fail, a pass is planted further down: untrusted',
    text: `田中様

本ケースはクローズされました。再開をご希望の場合は、以下のリンクからサインインしてください。
https://support-aws-case.example-login.com/

AWS サポート`,
  }),
  mk({
    slug: 'ja-closed-mixed', kind: 'case_closed', lang: 'ja', caseId: CASE.ryo, to: R, at: '2026-11-09 01:05:23', enc: 'utf8qp',
    from: NOREPLY, subject: `Your support case ${CASE.ryo} has been resolved`,
    note: 'English subject and footer, Japanese body saying the case was resolved; language ja',
    text: `田中 亮 様

ケース ${CASE.ryo} を解決済みとしてクローズしました。ご利用ありがとうございました。

This case was resolved. If you need further assistance, reply to reopen it within 14 days.`,
  }),
  mk({
    slug: 'ja-closed-html-badges-subject', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki, to: M, at: '2026-11-12 00:30:44', trap: true, enc: 'utf8b64',
    subject: 'Re: Credlyバッジ移行完了',
    note: 'subject names the badge move; the new text only closes the case after no reply',
    html: html(`小林様

前回のご連絡以降、ご返信がございませんでしたので、ケース ${CASE.misaki} をクローズいたしました。
ご不明な点が残っている場合は、このメールにご返信ください。

松本`),
  }),

  // ───────────── support_reply (10)
  mk({
    slug: 'ja-sr-mistaken-done', kind: 'support_reply', lang: 'ja', caseId: CASE.ryo, to: R, at: '2026-10-31 05:44:12', trap: true,
    subject: 'Re: アカウントの統合が完了しました', enc: 'jis7',
    note: 'subject claims completion; the body says the earlier mail was sent by mistake and the merge is still in progress',
    text: `田中様

先ほどお送りした「統合が完了しました」というメールは、誤って送信されたものです。申し訳ございません。
実際には統合チームが作業中で、まだ完了しておりません。終わり次第あらためてご連絡いたします。

佐々木 / Case ${CASE.ryo}`,
  }),
  mk({
    slug: 'ja-sr-thanks-confirm', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, to: K, at: '2026-10-09 02:20:37', trap: true,
    subject: 'Re: アカウント統合のご確認', enc: 'jisb64',
    note: 'thanks for consenting, handed to the team; the subject still reads as the consent request',
    text: `中村様

ご了承のご連絡、ありがとうございます。統合の担当部署へ依頼を回しました。
作業が終わりましたら、こちらからメールでお知らせします。

井上 (ケース ${CASE.kenji})

${gmailJa('2026-10-08', '22:01', K)}
> 統合に同意します。よろしくお願いいたします。`,
  }),
  mk({
    slug: 'ja-sr-badges-pending', kind: 'support_reply', lang: 'ja', caseId: CASE.ryo, to: R, at: '2026-11-04 03:33:29', trap: true,
    subject: 'バッジ移行完了', enc: 'utf8b64',
    note: 'subject says the badges moved; body says the move is being worked on and can take up to 5 business days',
    text: `田中様

バッジの件、Credly 側に移行の依頼を出しております。反映まで最大で 5 営業日ほどかかる場合があります。
現時点ではまだ旧アカウント側に表示されていると思いますが、そのままお待ちください。

佐々木 / Case ${CASE.ryo}`,
  }),
  mk({
    slug: 'ja-sr-escalated', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, to: M, at: '2026-10-22 09:10:50', enc: 'sjisb64',
    subject: 'Re: Re: Re: 【至急】統合',
    note: 'escalation notice under a user-rewritten subject',
    text: `小林様

お急ぎのところ恐れ入ります。本件は認定チームの専門部署へエスカレーションいたしました。
進展がありしだい、こちらのケース (${CASE.misaki}) でご連絡します。

松本`,
  }),
  mk({
    slug: 'ja-sr-future-merge', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, to: K, at: '2026-10-10 07:02:18', trap: true,
    subject: '統合完了のご連絡', enc: 'jis7',
    note: 'subject reads "completion"; body only promises to write once the merge has been completed (future)',
    text: `中村様

現在、統合作業の順番待ちとなっております。統合が完了しましたら、改めてこちらからご連絡いたしますので、
いましばらくお待ちいただけますと幸いです。

井上 (${CASE.kenji})`,
  }),
  mk({
    slug: 'ja-sr-unable-exam-booked', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, to: M, at: '2026-10-23 01:12:05', trap: true, enc: 'utf8qp',
    subject: `[CASE ${CASE.misaki}] 統合手続きのご案内`,
    note: 'negated: the merge cannot be done while an exam is booked on the old account',
    text: `小林様

確認したところ、統合元のアカウントに 11 月 2 日の試験予約が入っているため、現時点では統合を行えません。
受験後、もしくは予約を取り消された後であれば対応できます。

松本`,
  }),
  mk({
    slug: 'ja-sr-dup-cases-merged', kind: 'support_reply', lang: 'ja', caseId: CASE.kenjiDup, to: K, at: '2026-10-15 02:05:49', trap: true, enc: 'jis7',
    subject: `RE:[CASE ${CASE.kenjiDup}] マージのお知らせ`,
    note: 'subject says "merge"; the body means the duplicate *cases* were merged into the first one',
    text: `中村様

同じ内容のケースが 2 件作成されていたため、こちらのケース (${CASE.kenjiDup}) を最初のケース ${CASE.kenji} にマージしました。
今後のやり取りは ${CASE.kenji} で続けさせていただきます。

井上`,
  }),
  mk({
    slug: 'ja-sr-write-from-kept', kind: 'support_reply', lang: 'ja', caseId: CASE.ryo, to: who(RYO.ja, 'ryo.tanaka@example.jp'), at: '2026-10-28 00:05:19', enc: 'jisb64',
    subject: `[CASE ${CASE.ryo}] 確認事項`,
    note: 'only asks to write from the kept address (no data requested): support_reply; subject says "items to confirm"', trap: true,
    text: `田中様

お手数ですが、今後のご連絡は統合先としてお使いになるメールアドレスからお送りいただけますでしょうか。
引き続きよろしくお願いいたします。

佐々木`,
  }),
  mk({
    slug: 'ja-sr-voucher-answer', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, to: K, at: '2026-10-13 06:48:00', enc: 'utf8b64',
    subject: CASE.kenji,
    note: 'answer about the exam voucher after the merge; subject only the case number',
    text: `中村様

ご質問の 50% 割引バウチャーについてですが、統合前に発行されたものも有効期限まではご利用いただけます。
特典ページに表示されていない場合は、数日おいて再度ご確認ください。

井上

${gmailJa('2026-10-12', '23:40', K)}
> ありがとうございます。ひとつ質問ですが、前のアカウントにあった割引バウチャーはどうなりますか?`,
  }),
  mk({
    slug: 'ja-sr-other-authserv', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, to: M, at: '2026-10-22 10:20:00', trusted: false, auth: 'otherOnly',
    subject: form(CASE.misaki), enc: 'jis7',
    note: 'status reply whose only Authentication-Results comes from another server (mx.google.com), below the Received line: untrusted',
    text: `小林様

現在、担当チームにて確認を進めております。もうしばらくお待ちください。

松本`,
  }),

  // ───────────── unrelated (12)
  mk({
    slug: 'ja-un-survey', kind: 'unrelated', lang: 'ja', caseId: CASE.kenji, to: K, at: '2026-10-27 00:10:32', trap: true,
    from: 'AWS Support <aws-support-survey@amazon.com>', subject: `ケース ${CASE.kenji} は解決しましたか? アンケートのお願い`, enc: 'utf8b64',
    note: 'survey after the case; mentions resolution but asks for feedback',
    html: html(`中村 様

先日クローズされたケース ${CASE.kenji} について、サポートの対応はいかがでしたか。
1 分ほどの簡単なアンケートにご協力ください。

[アンケートに回答する]`),
  }),
  mk({
    slug: 'ja-un-own-consent', kind: 'unrelated', lang: 'ja', caseId: CASE.kenji, to: SUPPORT, cc: K, at: '2026-10-08 13:01:05', tz: '+0900', trap: true, trusted: false, auth: 'none',
    from: K, subject: 'Re: アカウント統合のご確認', rcpt: KENJI.keep,
    note: 'the user\'s own consent reply (cc to self): carries no news from support',
    text: `井上様

ご確認ありがとうございます。記載の内容で統合に同意します。
よろしくお願いいたします。

中村

${gmailJa('2026-10-08', '13:15', who('AWS Training and Certification', SUPPORT_ADDR))}
${quote(KENJI_CONF)}`,
  }),
  mk({
    slug: 'ja-un-ooo-oldcorp', kind: 'unrelated', lang: 'ja', caseId: CASE.kenji, to: K, at: '2026-10-12 13:00:11', tz: '+0900', trap: true, trusted: false,
    from: KS, subject: '自動応答: Fwd: アカウント統合のご確認', enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    note: 'out-of-office from the old company mailbox, answering the support mail the user forwarded there; untrusted',
    text: `このメールは自動応答です。

中村は 2026 年 9 月 30 日をもって退職いたしました。
業務に関するお問い合わせは、代表アドレス info@hq.example.co.jp までお願いいたします。

件名: アカウント統合のご確認 (ケース ${CASE.kenji})`,
  }),
  mk({
    slug: 'ja-un-credly-ms', kind: 'unrelated', lang: 'ja', to: M, at: '2026-10-26 11:03:29', trap: true,
    from: 'Microsoft via Credly <admin@credly.com>', subject: 'Microsoftのバッジ発行のお知らせ', enc: 'utf8b64',
    note: 'a Credly badge from another issuer (Microsoft)',
    html: html(`小林 美咲 様

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。

バッジを入手する

Credly`),
  }),
  mk({
    slug: 'ja-un-credly-merge-code', kind: 'unrelated', lang: 'ja', to: R, at: '2026-11-05 12:44:10', trap: true,
    from: 'Credly <admin@credly.com>', subject: 'アカウント統合の確認コード', enc: 'utf8qp',
    note: 'Credly\'s own account-merge code mail, not the AWS certification merge',
    text: `田中 亮 様

Credly アカウントの統合を完了するには、次の確認コードを入力してください。

  418 027

このコードの有効期限は 30 分です。心当たりがない場合は、このメールを無視してください。

Credly サポート`,
  }),
  mk({
    slug: 'ja-un-exam-result', kind: 'unrelated', lang: 'ja', to: R, at: '2026-11-01 08:17:40', trap: true,
    from: PORTAL, subject: 'ご確認ください: AWS 認定試験の結果', enc: 'jisb64',
    note: 'exam result notice; "ご確認ください" in the subject is not a consent request',
    text: `田中 亮 様

先日受験された AWS Certified Solutions Architect - Associate の結果が出ました。
認定アカウントにサインインして、スコアレポートをご確認ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-un-refund-receipt', kind: 'unrelated', lang: 'ja', caseId: CASE.kenjiRefund, to: K, at: '2026-10-18 03:44:09', trap: true,
    from: NOREPLY, subject: `[CASE ${CASE.kenjiRefund}] お問い合わせを受け付けました - 試験バウチャーの返金`, enc: 'utf8qp',
    note: 'receipt of the user\'s other case, a voucher refund, named in the subject and body',
    text: `試験バウチャーの返金に関するお問い合わせ (ケース ${CASE.kenjiRefund}) を受け付けました。
請求担当より 2 営業日以内にご連絡します。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-un-colleague-fwd', kind: 'unrelated', lang: 'ja', caseId: CASE.misaki, to: M, at: '2026-10-26 10:02:00', tz: '+0900', trusted: false, trap: true,
    from: who('山口 直人', 'n.yamaguchi@partner.example.co.jp'), subject: 'Fwd: RE: [CASE 177305928841] 統合について', enc: 'jis7',
    note: 'a former colleague forwards support\'s completion mail from the old mailbox; new text is only his note',
    text: `小林さん

旧アドレス宛てに届いていたので転送します。統合は終わっているようです。

山口

${fwdJa(SUPPORT, '2026年10月25日(日) 16:35', `RE: [CASE ${CASE.misaki}] 統合について`, who(MISAKI.ja, MISAKI.src), '小林様\n\n統合作業が無事完了いたしました。')}`,
  }),
  mk({
    slug: 'ja-un-summit-registered', kind: 'unrelated', lang: 'ja', to: K, at: '2026-10-21 02:00:00', trap: true,
    from: 'AWS イベント <aws-events@aws.amazon.com>', subject: '【受付完了】AWS Summit Japan 登録確認', enc: 'utf8b64',
    note: 'event registration; "受付完了" and "確認" are not the case\'s receipt or consent',
    html: html(`中村 健二 様

AWS Summit Japan へのご登録を受け付けました。当日は受付で以下の QR コードをご提示ください。

登録番号: SJ26-0048812`),
  }),
  mk({
    slug: 'ja-un-skillbuilder-paid', kind: 'unrelated', lang: 'ja', to: M, at: '2026-10-28 14:20:00', trap: true,
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', subject: 'お支払いが完了しました', enc: 'sjis8',
    note: 'Skill Builder subscription payment completed, not the merge',
    text: `AWS Skill Builder 個人サブスクリプションのお支払いが完了しました。
ご利用期間: 2026/10/28 - 2026/11/27

AWS Skill Builder`,
  }),
  mk({
    slug: 'ja-un-own-fwd', kind: 'unrelated', lang: 'ja', caseId: CASE.ryo, to: who(RYO.ja, RYO.keep), at: '2026-11-02 11:40:06', tz: '+0900', trusted: false, trap: true, auth: 'none',
    from: who('田中 亮', 'ryo.tanaka@example.jp'), subject: 'Fwd: [CASE 1769912003477] アカウント統合完了のお知らせ', enc: 'utf8qp',
    note: 'the user forwards the completion subject to himself as a memo; no news from support',
    text: `メモ: 統合完了。バッジはまだ。

iPhoneから送信

${fwdJa(SUPPORT, '2026年11月2日(月) 11:10', `[CASE ${CASE.ryo}] アカウント統合完了のお知らせ`, R, '')}`,
  }),
  mk({
    slug: 'ja-un-team-list', kind: 'unrelated', lang: 'ja', to: 'aws-certified@hq.example.co.jp', at: '2026-10-30 09:00:00', tz: '+0900', forUser: false, trusted: false, trap: true,
    from: who('人材開発部', 'jinzai@hq.example.co.jp'), subject: '【完了】AWS認定保有者リスト統合のお知らせ', enc: 'sjis8',
    note: 'internal HR mail to a company list about merging spreadsheets of certified staff; not the user, not support',
    text: `各位

部署ごとに管理していた AWS 認定保有者リストを 1 つに統合しました。
資格の登録漏れがあれば、11 月 10 日までに人材開発部までご連絡ください。

人材開発部`,
  }),
  mk({
    slug: 'ja-un-pearson', kind: 'unrelated', lang: 'ja', to: K, at: '2026-10-17 07:12:55', trap: true, trusted: false,
    from: 'Pearson VUE <noreply@pearsonvue.com>', subject: '試験予約の確認 - AWS Certified', enc: 'jis7',
    note: 'test vendor appointment confirmation; untrusted sender domain',
    text: `中村 健二 様

以下の内容で試験のご予約が確定しました。
試験: AWS Certified Security - Specialty
日時: 2026年11月14日 10:00
会場: オンライン監督

Pearson VUE`,
  }),
];
