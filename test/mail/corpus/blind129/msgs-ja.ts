// dx Japanese messages: support and systems speaking in questions.
import { rfcDate, type Msg } from './lib.js';
import { C, CREDLY, HANAKO, KEN, MIKI, RYO, NOREPLY, PORTAL, SUP, SUP_ADDR, SUP_JA, SUPPORT_NOTIFY, TARO, mk, paras, q, ref, sfOrig, subj, subjNew } from './common.js';

const kenTo = `${KEN.ja} <${KEN.keep}>`;
const taroTo = `${TARO.ja} <${TARO.keep}>`;
const hanakoTo = `${HANAKO.ja} <${HANAKO.keep}>`;
const mikiTo = `${MIKI.ja} <${MIKI.keep}>`;
const ryoTo = `${RYO.ja} <${RYO.keep}>`;

const KEN_ASK = `AWS認定のアカウントが2つあり、1つにまとめていただけないでしょうか。
残したい方: ${KEN.keepId} / ${KEN.keep}
もう一方: ${KEN.srcId} / ${KEN.src}
転職で会社のアドレスが使えなくなるためです。伊藤`;

const TARO_ASK = `お世話になります。山田です。
会社アドレス(${TARO.src})で受けた試験と、個人アドレス(${TARO.keep})で受けた試験があります。
個人側にまとめることはできますか？`;

const HANAKO_ASK = `認定アカウントの統合についての相談です。
旧アカウント ${HANAKO.srcId} (${HANAKO.src}) の SAA と DVA を、${HANAKO.keepId} に寄せたいです。`;

export const JA: Msg[] = [
  // ---------------- acknowledgement (7) ----------------
  mk({
    slug: 'recv-ken-notice', kind: 'acknowledgement', lang: 'ja', caseId: C.ken,
    note: 'automatic receipt of the new case with its ID; the closing question only invites extra details',
    from: NOREPLY, to: kenTo, subject: `お問い合わせを受け付けました [ケースID: ${C.ken}]`, d: '2026-02-02 09:14:03', enc: 'jis7',
    text: `${KEN.ja} 様

AWS トレーニングと認定へのお問い合わせ、ありがとうございます。
ケースID ${C.ken} で受け付けが完了しております。

担当者からの回答までに、通常1-2営業日ほどかかります。
お問い合わせ内容に書き加えたいことはございますか？ その場合はこのメールにそのままご返信いただけますでしょうか。

※このメールはシステムから自動送信されています。

Amazon Web Services`,
  }),
  mk({
    slug: 'recv-taro-form', kind: 'acknowledgement', lang: 'ja', caseId: C.taro,
    note: 'form-submission receipt: case number assigned, warns not to open a second case',
    from: SUP_JA, to: taroTo, subject: subjNew(C.taro), d: '2026-02-10 21:40:55', enc: 'jisb64',
    text: `このメールは自動送信です。

お客様のお問い合わせ (ケース番号 ${C.taro}) を承りました。
担当者より順次ご連絡いたしますので、今しばらくお待ちいただけますでしょうか。

同じ内容で新たにケースを作成されますと、かえって回答が遅れてしまうことをご存じでしょうか？
追加のご連絡は、本メールへの返信でお願いできれば幸いです。

AWS トレーニングと認定 カスタマーサポート
${ref('Taro1')}`,
  }),
  mk({
    slug: 'recv-hanako-body-id', kind: 'acknowledgement', lang: 'ja', caseId: C.hanako,
    note: 'receipt whose case ID appears only in the body',
    from: SUPPORT_NOTIFY, to: hanakoTo, subject: 'お問い合わせありがとうございます', d: '2026-03-03 08:02:41', enc: 'sjisb64', hdr: 'jis',
    text: `佐藤 花子 様

サポートセンターにご連絡いただき、ありがとうございます。
ご依頼は以下の番号で登録されました。

  ケースID: ${C.hanako}
  受付日時: 2026/03/03 08:02 (JST)

この番号は、今後のお問い合わせの際に必要になります。お手元に控えていただけますか？

AWS Support`,
  }),
  mk({
    slug: 'recv-ken-fields', kind: 'acknowledgement', lang: 'ja', caseId: C.ken, trap: true,
    note: 'receipt that echoes the submitted fields (merge, source/target IDs); still only a receipt',
    from: SUP_JA, to: kenTo, subject: `[CASE ${C.ken}] AWS トレーニングと認定 フォーム送信の受付`, d: '2026-02-02 09:14:40', enc: 'utf8qp', wholeSubject: true,
    text: `受付番号 ${C.ken} にて、以下の内容を受け取りました。

お問い合わせの種類: AWS トレーニングと認定
問題の種類: アカウントの統合
お名前: ${KEN.ja}
統合元の候補者ID: ${KEN.srcId}
統合先の候補者ID: ${KEN.keepId}

内容に誤りはございませんか？ 誤りがある場合は、このメールに返信する形でお知らせください。
担当者が内容を確認しだい、改めてご連絡いたします。`,
  }),
  mk({
    slug: 'recv-html-created', kind: 'acknowledgement', lang: 'ja', caseId: C.hanako,
    note: 'HTML-only case-created notice with the case number',
    from: SUPPORT_NOTIFY, to: hanakoTo, subject: `ケース ${C.hanako} が作成されました`, d: '2026-03-03 08:03:10', enc: 'utf8b64',
    html: `<html><body style="font-family:sans-serif">
<h2>ケースが作成されました</h2>
<p>佐藤 花子 様</p>
<p>ケース <b>${C.hanako}</b> を受け付けました。担当者がアサインされるまで、もうしばらくお待ちいただけますか？</p>
<p>ケースの状況はサポートセンターからいつでもご覧いただけます。</p>
<p style="color:#777">このメッセージは送信専用アドレスから配信されています。</p>
</body></html>`,
  }),
  mk({
    slug: 'recv-forged-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: C.taro,
    note: 'receipt-shaped mail from a look-alike domain; kind by meaning, but untrusted',
    from: 'AWS サポート <support@aws-amazon-support.jp>', to: taroTo, subject: `お問い合わせ受付のご案内 (CASE ${C.taro})`, d: '2026-02-10 22:05:12', enc: 'jis7', auth: 'none',
    text: `山田 太郎 様

お問い合わせを受け付けました。ケース番号は ${C.taro} です。
回答までしばらくお待ちいただけますでしょうか。

AWS サポート`,
  }),
  mk({
    slug: 'recv-plain-taro', crlf: false, kind: 'acknowledgement', lang: 'ja', caseId: C.taroDup,
    note: 'receipt that says nothing of its topic: read as a receipt',
    from: NOREPLY, to: taroTo, subject: `受付完了のお知らせ - ${C.taroDup}`, d: '2026-02-11 07:30:00', enc: 'sjis8',
    text: `お問い合わせいただきありがとうございます。

ケース ${C.taroDup} を受け付けました。
回答はメールでお送りします。迷惑メールフォルダに振り分けられていないか、念のためご確認いただけますか？

Amazon Web Services サポート`,
  }),

  // ---------------- ai_answer (7) ----------------
  mk({
    slug: 'ai-tool-first', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI suggestion to try the self-service merge tool before opening a case',
    from: NOREPLY, to: kenTo, subject: 'お問い合わせへの自動回答', d: '2026-02-02 09:05:17', enc: 'jis7',
    text: `このメッセージは AI によって生成された回答です。

認定アカウントの統合をご希望とのことですが、セルフサービスの「アカウントの統合」ツールはもうお試しになりましたか？
AWS Certification アカウントにサインインし、プロフィールのメニューから「アカウントの統合」を選ぶと、画面の案内に沿って手続きを進められます。

両方のアカウントに認定の履歴がある場合、ツールでは統合できないことがあります。その際は、このページ下部の「ケースを作成」からサポートへご連絡いただけますか？

この回答は参考になりましたか？ [はい] [いいえ]`,
  }),
  mk({
    slug: 'ai-faq-blocks', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'automated FAQ-style Q&A answer about merging accounts',
    from: NOREPLY, to: taroTo, subject: 'よくあるご質問: 認定アカウントの統合', d: '2026-02-10 21:31:02', enc: 'utf8qp',
    text: `自動応答アシスタントからのご案内です。

Q. 認定アカウントが2つあります。1つにまとめられますか？
A. はい。まずはご自身で「Merge Accounts」ツールをお使いいただけます。

Q. ツールでエラーが出たらどうすればよいですか？
A. 両アカウントに認定がある場合はサポートによる対応となります。「ケースを作成」を押していただけますでしょうか。

Q. どちらのアカウントを残すべきですか？
A. 今後も使い続けるメールアドレスのアカウントを残すのが一般的です。

ほかに知りたいことはございますか？`,
  }),
  mk({
    slug: 'ai-after-merge', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI answer explaining what happens after a merge (badges, vouchers); still ai_answer',
    from: NOREPLY, to: hanakoTo, subject: 'AI アシスタントの回答', d: '2026-03-03 07:55:48', enc: 'sjisb64', hdr: 'jis',
    text: `ご質問: 統合したら、バッジや特典はどうなりますか？

生成 AI による回答:
アカウントの統合が完了すると、統合元の認定は統合先のアカウントに表示されるようになります。
Credly のデジタルバッジは自動では移らないことがあるため、統合後に Credly 側でバッジを受け取り直していただくのがよいでしょう。
50% 割引バウチャーなどの特典も、統合先でご確認いただけるはずです。

まずはセルフサービスの統合ツールをお試しになってはいかがでしょうか？
解決しない場合は「ケースを作成」をお選びください。`,
  }),
  mk({
    slug: 'ai-helpful-poll', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI suggestion with rhetorical questions and a helpfulness poll',
    from: NOREPLY, to: kenTo, subject: 'Re: 認定アカウントを1つにしたい', d: '2026-02-01 23:12:09', enc: 'utf8b64',
    text: `AI が自動で作成した回答です。内容に誤りが含まれる場合があります。

アカウントが2つになってしまった、ということはありませんか？ 転職やメールアドレスの変更でよく起こります。
そのような場合は、認定ポータルの「プロフィール」→「アカウントの統合」から、お客様ご自身で統合を申請できます。

統合の前に、両方の候補者ID (AWS から始まる番号) を控えておくと安心ではないでしょうか。

この回答で問題は解決しましたか？
  はい / いいえ (サポートに問い合わせる)`,
  }),
  mk({
    slug: 'ai-q-sjis', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'automated generative answer pointing to the merge tool (Shift_JIS)',
    from: NOREPLY, to: taroTo, subject: '自動回答: アカウントの統合について', d: '2026-02-10 21:29:44', enc: 'sjis8',
    text: `【自動回答】

お問い合わせの内容から、次の方法が役に立つかもしれません。

・認定アカウントにサインインしていただけますか？
・右上のメニューから「アカウントの統合」を開いていただけますか？
・統合したいもう一方のアカウントの認証情報を入力します。

これで統合できなかった場合はどうしたらよいでしょうか？ その場合は、担当者へのお問い合わせ (ケースの作成) に進んでください。`,
  }),
  mk({
    slug: 'ai-lookalike', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI-answer look-alike from a non-AWS domain; untrusted',
    from: 'AWS 認定ヘルプ <assistant@aws-certification-help.com>', to: hanakoTo, subject: 'AI サポートからのご提案', d: '2026-03-02 18:20:00', enc: 'jisb64', auth: 'fail',
    text: `AI サポートからのご提案です。

セルフサービスの統合ツールを使ってみませんか？
うまくいかない場合は、下記リンクからサインインしていただけますか？
https://aws-certification-help.com/merge

この回答は役に立ちましたか？`,
  }),
  mk({
    slug: 'ai-mixed-boiler', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'Japanese AI suggestion with English boilerplate',
    from: NOREPLY, to: `${HANAKO.ja} <${HANAKO.src}>`, subject: 'Suggested answer / 回答候補', d: '2026-03-01 12:00:31', enc: 'utf8qp',
    text: `This answer was generated automatically.

アカウントの統合をお考えでしょうか？
認定ポータルの Merge Accounts ツールを使えば、多くの場合はサポートへの問い合わせなしで統合できます。
ツールが使えないときは、「Create case」を選んでいただけますか？

Was this answer helpful? / この回答は役に立ちましたか？`,
  }),

  // ---------------- info_request (9) ----------------
  mk({
    slug: 'info-which-keep', kind: 'info_request', lang: 'ja', caseId: C.ken,
    note: 'asks which account to keep and both candidate IDs',
    to: kenTo, subject: subj(C.ken), d: '2026-02-03 14:22:10', enc: 'jis7',
    text: `伊藤 健二 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。担当の中村です。

統合を進めるにあたり、いくつか伺ってもよろしいでしょうか。

1. 今後お使いになるのは、どちらのアカウントでしょうか？
2. 両方のアカウントの候補者ID (AWS から始まる番号) をお知らせいただけますでしょうか？
3. 各アカウントのサインインに使っているメールアドレスは何でしょうか？

お手数ですが、このメールにご返信いただけますか？

AWS トレーニングと認定 カスタマーサポート
中村

${sfOrig(KEN.keep, '2026/02/02 9:14', SUP_ADDR, 'AWS Training and Certification Form Submission', KEN_ASK)}

${ref('Ken1')}`,
  }),
  mk({
    slug: 'info-confirm-address', kind: 'info_request', lang: 'ja', caseId: C.taro, trap: true,
    note: 'worded as "please confirm", but asks for the registered addresses: info_request',
    to: taroTo, subject: subj(C.taro), d: '2026-02-12 10:05:33', enc: 'jisb64',
    text: `山田様

ご連絡ありがとうございます。サポートの高橋でございます。

それぞれのアカウントにご登録のメールアドレスを、恐れ入りますがご確認のうえお知らせいただけますでしょうか。
また、統合元のアカウントで取得された認定の名称と取得日もおわかりになりますか？

以上、ご返信をお待ちしおります。

高橋

差出人: ${TARO.ja} <${TARO.keep}>
送信日時: 2026年2月10日 21:40
宛先: ${SUP_ADDR}
件名: AWS Training and Certification Form Submission

${TARO_ASK}`,
  }),
  mk({
    slug: 'info-name-company', kind: 'info_request', lang: 'ja', caseId: C.hanako,
    note: 'asks for name, company and pass dates of each certification',
    to: hanakoTo, subject: subj(C.hanako), d: '2026-03-04 11:47:20', enc: 'sjis8',
    text: `佐藤様

お世話になっております。AWS トレーニングと認定の小林です。

ご本人確認のため、以下を教えていただけませんか？
・受験時に登録されたお名前 (ローマ字)
・旧アカウントを作成した当時の会社名
・SAA と DVA の合格日 (おおよそで結構です)

ご不明な項目はございますか？ わかる範囲で構いませんので、ご返信いただけますと助かります。

小林`,
  }),
  mk({
    slug: 'info-followup-login', kind: 'info_request', lang: 'ja', caseId: C.ken,
    note: 'second request: the login address of the source account is still missing',
    to: kenTo, subject: subj(C.ken), d: '2026-02-05 16:30:02', enc: 'utf8qp',
    text: `伊藤様

ご返信ありがとうございます。候補者IDは確認できました。

ひとつだけ、${KEN.srcId} のアカウントにサインインする際のメールアドレスを教えていただけないでしょうか？ 通知用アドレスとサインイン用アドレスが異なる場合があるためです。

中村

2026年2月4日(水) 8:51 ${KEN.ja} <${KEN.keep}>:
> 残すのは ${KEN.keepId} です。もう一方は ${KEN.srcId} です。
> よろしくお願いします。`,
  }),
  mk({
    slug: 'info-before-badges', kind: 'info_request', lang: 'ja', caseId: C.hanako, trap: true,
    note: 'speaks of merge completion and badges conditionally, but asks for the Credly address',
    to: hanakoTo, subject: subj(C.hanako), d: '2026-03-06 09:12:45', enc: 'jis7',
    text: `佐藤様

統合が完了しましたら、Credly のバッジも統合先へ移行する予定でございます。
その準備として、Credly に登録されているメールアドレスをお知らせいただけますでしょうか？
両方のアカウントで別々の Credly アカウントをお使いでしたら、その両方を教えていただけますか？

小林`,
  }),
  mk({
    slug: 'info-failed-auth', kind: 'info_request', lang: 'ja', caseId: C.taro,
    note: 'asks for the candidate IDs but fails DMARC: untrusted',
    to: taroTo, subject: subj(C.taro), d: '2026-02-12 11:00:00', enc: 'jis7', auth: 'fail',
    text: `山田様

候補者ID を2つともお知らせいただけますか？
確認が取れしだい、統合の手続きに進めます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'info-reply-from-keep-with-id', kind: 'info_request', lang: 'ja', caseId: C.ken,
    note: 'asks to write from the kept address AND to include the candidate ID: info_request',
    to: `${KEN.ja} <${KEN.src}>`, subject: subj(C.ken), d: '2026-02-03 15:01:19', enc: 'sjisb64',
    text: `伊藤様

今回は旧アドレスからのご連絡のようですが、残される方のメールアドレスから、このケースにご返信いただくことはできますでしょうか？
その際、両アカウントの候補者IDを本文に書き添えていただけますか？

中村`,
  }),
  mk({
    slug: 'info-romaji', kind: 'info_request', lang: 'ja', caseId: C.taro,
    note: 'asks for the romanised name and date of birth on the exam record',
    to: taroTo, subject: `RE: [CASE ${C.taro}] アカウントの統合について`, d: '2026-02-13 13:13:13', enc: 'sjis8',
    text: `山田 太郎 様

2つのアカウントでお名前の表記が異なっているようです (Yamada Taro / Taro Yamada)。
試験のご予約時に、どちらの表記をお使いになったか覚えていらっしゃいますか？
念のため、生年月日もあわせてご返信いただけますでしょうか。

高橋`,
  }),
  mk({
    slug: 'info-mixed-boiler', kind: 'info_request', lang: 'ja', caseId: C.hanako,
    note: 'Japanese request for the old notification address, English case-system boilerplate',
    to: hanakoTo, subject: subj(C.hanako), d: '2026-03-05 17:42:08', enc: 'utf8b64',
    text: `Hello,

佐藤様、旧アカウントの「認定通知用メールアドレス」は何に設定されていましたでしょうか？
ログイン用とは別のアドレスを設定されている場合がございます。ご存じの範囲で教えていただけますか？

Best regards,
AWS Training and Certification Customer Service

To contact us again about this case, please reply to this email.
${ref('Hanako2')}`,
  }),

  // ---------------- confirmation_request (8) ----------------
  mk({
    slug: 'conf-ken-consent', kind: 'confirmation_request', lang: 'ja', caseId: C.ken,
    note: 'asks the customer to consent to an irreversible merge',
    to: kenTo, subject: subj(C.ken), d: '2026-02-06 10:20:11', enc: 'jis7',
    text: `伊藤様

情報をお送りいただき、ありがとうございました。以下の内容で統合を行います。

  統合元: ${KEN.srcId} (${KEN.src})
  統合先: ${KEN.keepId} (${KEN.keep})

統合後に元へ戻すことはできませんが、このまま進めてもよろしいでしょうか？
差し支えなければ、「同意します」とだけご返信いただけますか？

中村`,
  }),
  mk({
    slug: 'conf-taro-irreversible', kind: 'confirmation_request', lang: 'ja', caseId: C.taro,
    note: 'lists source/target and asks for agreement, noting it cannot be undone',
    to: taroTo, subject: subj(C.taro), d: '2026-02-14 09:00:47', enc: 'jisb64',
    text: `山田様

お待たせいたしました。ご提供いただいた情報で、両アカウントを確認できました。

旧: ${TARO.srcId} / ${TARO.src}
新: ${TARO.keepId} / ${TARO.keep}

旧アカウントの認定履歴を新アカウントへ移し、旧アカウントは無効になります。一度統合すると取り消しはできません。
この内容でご了承いただけますでしょうか？ ご返信をいただいた時点で作業を開始いたします。

高橋`,
  }),
  mk({
    slug: 'conf-hanako-gmailquote', kind: 'confirmation_request', lang: 'ja', caseId: C.hanako,
    note: 'consent question above a Gmail-style quote of the customer reply',
    to: hanakoTo, subject: subj(C.hanako), d: '2026-03-07 15:33:02', enc: 'jis7',
    text: `佐藤様

Credly のアドレスもありがとうございます。
${HANAKO.srcId} を ${HANAKO.keepId} へ統合してよろしいですか？ 統合は取り消せない操作ですので、念のため明示的なご同意をいただけますでしょうか。

小林

2026年3月6日(金) 12:40 ${HANAKO.ja} <${HANAKO.keep}>:
> Credly は ${HANAKO.keep} で登録しています。
> よろしくお願いいたします。`,
  }),
  mk({
    slug: 'conf-ken-nudge', kind: 'confirmation_request', lang: 'ja', caseId: C.miki,
    note: 'reminder asking again for the go-ahead to merge',
    to: mikiTo, subject: subj(C.miki), d: '2026-05-13 10:02:55', enc: 'sjis8',
    text: `加藤様

先日お送りした統合の最終確認について、まだご返信をいただけていないようです。
統合元 ${MIKI.srcId} の内容を ${MIKI.keepId} へまとめる作業に入ってもよろしいでしょうか？ 元には戻せませんので、ご判断いただけますと幸いです。

中村`,
  }),
  mk({
    slug: 'conf-html-alt', kind: 'confirmation_request', lang: 'ja', caseId: C.taro,
    note: 'multipart consent request: do you agree to the merge?',
    to: taroTo, subject: subj(C.taro), d: '2026-02-14 09:01:30', enc: 'utf8qp',
    text: `山田様

統合に進む前の最終確認です。
・統合後は旧アカウントにサインインできなくなりますが、問題ございませんか？
・統合は取り消しができませんが、ご同意いただけますか？

「はい」とご返信いただければ、手続きを開始いたします。

高橋`,
    html: paras(`山田様

統合に進む前の最終確認です。
・統合後は旧アカウントにサインインできなくなりますが、問題ございませんか？
・統合は取り消しができませんが、ご同意いただけますか？

「はい」とご返信いただければ、手続きを開始いたします。

高橋`),
  }),
  mk({
    slug: 'conf-forged-below', kind: 'confirmation_request', lang: 'ja', caseId: C.hanako,
    note: 'consent request whose only dmarc=pass sits below the server Received line: untrusted',
    to: hanakoTo, subject: subj(C.hanako), d: '2026-03-07 16:00:00', enc: 'jis7', auth: 'forgedBelow',
    text: `佐藤様

統合を実行してよろしいでしょうか？ 取り消しはできません。
ご同意いただける場合は、このメールに「同意」とご返信ください。

小林`,
  }),
  mk({
    slug: 'conf-sjis-b64', kind: 'confirmation_request', lang: 'ja', caseId: C.ken,
    note: 'agent asks whether he may proceed, stating the merge is permanent',
    to: kenTo, subject: `RE: [CASE ${C.ken}] 認定アカウントの統合`, d: '2026-02-06 10:25:00', enc: 'sjisb64',
    text: `伊藤 健二 様

補足です。統合すると、旧アカウントの 50% 割引バウチャーなどの特典も新アカウント側に集約されます。
この点も含めて、統合を進めることにご異存はございませんか？ 統合後に分け直すことはできかねますので、ご了承いただけますでしょうか。

中村`,
  }),
  mk({
    slug: 'conf-mixed-en-footer', kind: 'confirmation_request', lang: 'ja', caseId: C.hanako,
    note: 'Japanese consent question with an English footer',
    to: hanakoTo, subject: subj(C.hanako), d: '2026-03-08 09:09:09', enc: 'utf8b64',
    text: `佐藤様

まとめる方向で準備ができました。あとは佐藤様のご判断のみです。
統合は一度行うと元に戻せませんが、進めてもよろしいでしょうか？

Kind regards,
AWS Training and Certification
Please do not change the subject line when replying.`,
  }),

  // ---------------- merge_completed (8) ----------------
  mk({
    slug: 'done-ken-checkfour', kind: 'merge_completed', lang: 'ja', caseId: C.ken,
    note: 'completion told as a question: could you check that all four certs appear?',
    to: kenTo, subject: subj(C.ken), d: '2026-02-10 13:45:12', enc: 'jis7',
    text: `伊藤様

ご同意ありがとうございました。本日、統合の作業が完了しております。
${KEN.keep} でサインインし、4つの認定がすべて表示されているかご確認いただけますでしょうか？
表示されていないものがあれば、このケースにご返信いただけますか？

中村`,
  }),
  mk({
    slug: 'done-taro-closing', kind: 'merge_completed', lang: 'ja', caseId: C.taro,
    note: 'merge done and case will be closed: the new fact is the merge',
    to: taroTo, subject: subj(C.taro), d: '2026-02-17 18:10:00', enc: 'jisb64',
    text: `山田様

アカウントの統合が完了いたしましたので、ご報告いたします。
${TARO.srcId} の認定履歴は、すべて ${TARO.keepId} に移っております。

このケースはこれにてクローズとさせていただきますが、よろしいでしょうか？ ほかにご不明な点はございますか？

高橋

${sfOrig(TARO.keep, '2026/02/15 8:02', SUP_ADDR, subj(C.taro), 'はい、統合を進めてください。\n山田')}`,
  }),
  mk({
    slug: 'done-portal-notice', kind: 'merge_completed', lang: 'ja', caseId: null,
    note: "the certification portal's own merged-accounts notice, no case ID",
    from: PORTAL, to: hanakoTo, subject: 'アカウントが統合されました', d: '2026-03-10 04:12:33', enc: 'utf8qp',
    text: `${HANAKO.ja} 様

お客様の AWS Certification アカウントは統合されました。
今後は ${HANAKO.keep} でサインインしていただけますか？ 統合元のアカウントで取得した認定は、すべてこちらのアカウントに表示されます。

お心当たりのない場合は、AWS トレーニングと認定までご連絡いただけますでしょうか。

AWS Certification`,
  }),
  mk({
    slug: 'done-hanako-voucher', kind: 'merge_completed', lang: 'ja', caseId: C.hanako,
    note: 'merge finished; asks whether the voucher shows too (still a completion)',
    to: hanakoTo, subject: subj(C.hanako), d: '2026-03-10 10:02:18', enc: 'utf8b64',
    text: `佐藤様

お待たせしました。統合処理は本日午前に終わっております。
SAA と DVA が ${HANAKO.keepId} 側に表示されていますでしょうか？ あわせて、50% 割引バウチャーも特典ページに出ているか、お手すきの際にご覧いただけますか？

小林`,
  }),
  mk({
    slug: 'done-lookalike', kind: 'merge_completed', lang: 'ja', caseId: C.ken,
    note: 'completion notice from amaz0n look-alike domain: untrusted',
    from: 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amaz0n.com>', to: kenTo, subject: subj(C.ken), d: '2026-02-08 02:13:00', enc: 'jis7', auth: 'pass',
    text: `伊藤様

アカウントの統合が完了しました。下記のリンクからサインインして、認定が表示されているかご確認いただけますか？
http://amaz0n-certification.example.net/login

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'done-sjis-b64', kind: 'merge_completed', lang: 'ja', caseId: C.ryo,
    note: 'completed merge, with a rhetorical "no more worries about the old address, surely?"',
    to: ryoTo, subject: `RE: [CASE ${C.ryo}] 認定アカウントの統合`, d: '2026-04-21 13:50:40', enc: 'sjisb64',
    text: `森様

お待たせいたしました。統合は正常に終了し、${RYO.srcId} は無効化されました。
これで旧アドレスの心配はなくなったのではないでしょうか？ 念のため、認定の有効期限も正しく引き継がれているかご確認いただけますか？

中村`,
  }),
  mk({
    slug: 'done-certmetrics', kind: 'merge_completed', lang: 'ja', caseId: null,
    note: 'portal merge notice sent from a third-party domain outside the trusted list: untrusted',
    from: 'AWS Certification <noreply@certmetrics.com>', to: taroTo, subject: '【AWS Certification】アカウント統合のお知らせ', d: '2026-02-17 09:30:00', enc: 'jisb64', auth: 'pass',
    text: `山田 太郎 様

ご依頼のあったアカウントの統合が完了しました。
認定ポータルにサインインして、取得済みの認定一覧をご覧いただけますか？

AWS Certification Program`,
  }),
  mk({
    slug: 'done-outlook-quote', kind: 'merge_completed', lang: 'ja', caseId: C.miki,
    note: 'completion above an Outlook-style Japanese quote block',
    to: mikiTo, subject: subj(C.miki), d: '2026-05-19 10:30:00', enc: 'jisb64',
    text: `加藤様

本件、統合の作業を終えましたのでお知らせいたします。${MIKI.keepId} 側で何かお気づきの点はございますか？

小林

-----Original Message-----
差出人: ${MIKI.ja} <${MIKI.keep}>
送信日時: 2026年5月15日 11:20
宛先: ${SUP_ADDR}
件名: ${subj(C.miki)}

同意します。統合をお願いします。`,
  }),

  // ---------------- badges_transferred (8) ----------------
  mk({
    slug: 'badge-credly-ken', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'AWS badge issued via Credly to the kept address',
    from: CREDLY, to: kenTo, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', d: '2026-02-11 03:41:29', enc: 'utf8qp',
    text: `${KEN.ja} さん

Amazon Web Services Training and Certification から AWS Certified Solutions Architect - Associate のバッジが発行されました。
バッジを受け取って、あなたのスキルを共有してみませんか？

[バッジを入手する]

Credly`,
  }),
  mk({
    slug: 'badge-support-moved', kind: 'badges_transferred', lang: 'ja', caseId: C.ken,
    note: 'support says the Credly badges were moved, asks to check, offers to close',
    to: kenTo, subject: subj(C.ken), d: '2026-02-12 11:11:11', enc: 'jis7',
    text: `伊藤様

Credly のバッジについても、統合先 (${KEN.keep}) へ移行いたしました。
Credly にサインインして、4つのバッジがそろっているかご覧いただけますか？
ほかにご用件はございますか？ なければ本ケースはこのままクローズいたします。

中村`,
  }),
  mk({
    slug: 'badge-credly-jis', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'AWS Credly badge mail (ISO-2022-JP) to the kept account',
    from: CREDLY, to: hanakoTo, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', d: '2026-03-11 02:05:00', enc: 'jis7', wholeSubject: true,
    text: `${HANAKO.ja} 様

AWS Certified Developer - Associate のバッジが届いています。
受け取りはお済みですか？ まだでしたら、下のボタンからどうぞ。

バッジを入手する: https://www.credly.com/earner/earned/badge/5c1e0d7a-dx

Credly, Inc.`,
  }),
  mk({
    slug: 'badge-credIy-fake', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'badge mail from credIy.com look-alike: untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: taroTo, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', d: '2026-02-18 05:00:00', enc: 'utf8b64', auth: 'pass',
    text: `山田 太郎 様

AWS のバッジが発行されました。受け取りませんか？
バッジを入手する: http://credIy.com/accept

Credly`,
  }),
  mk({
    slug: 'badge-support-sjis', kind: 'badges_transferred', lang: 'ja', caseId: C.taro,
    note: 'support reports the badges now sit on the kept Credly account',
    to: taroTo, subject: subj(C.taro), d: '2026-02-19 15:20:00', enc: 'sjis8',
    text: `山田様

バッジが移っていないとのご連絡をいただいておりましたが、本日 Credly 側の移行を行いました。
${TARO.keep} の Credly アカウントに、すべてのバッジが表示されていますでしょうか？

高橋`,
  }),
  mk({
    slug: 'badge-credly-html', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'multipart AWS Credly badge mail',
    from: CREDLY, to: taroTo, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', d: '2026-02-19 16:02:44', enc: 'utf8qp',
    text: `山田 太郎 様

AWS Certified Cloud Practitioner のバッジを受け取る準備ができています。
受け取ったバッジを LinkedIn で共有してみてはいかがですか？

バッジを入手する`,
    html: `<html><body><p>山田 太郎 様</p><p>AWS Certified Cloud Practitioner のバッジを受け取る準備ができています。<br>受け取ったバッジを LinkedIn で共有してみてはいかがですか？</p><p><a href="https://www.credly.com/badges/accept">バッジを入手する</a></p></body></html>`,
  }),
  mk({
    slug: 'badge-support-quoted-ask', kind: 'badges_transferred', lang: 'ja', caseId: C.hanako,
    note: 'answers the quoted question "have the badges not moved?" by moving them',
    to: hanakoTo, subject: subj(C.hanako), d: '2026-03-12 12:12:00', enc: 'utf8b64',
    text: `佐藤様

> バッジはまだ移っていないのでしょうか？
とのお尋ねにつきまして、確認したところ移行漏れがございました。失礼いたしました。
先ほど、Credly のバッジ2つを ${HANAKO.keep} 側へ移し終えております。もう一度ご覧いただけますか？

小林`,
  }),
  mk({
    slug: 'badge-resent-oldcorp', kind: 'badges_transferred', lang: 'ja', caseId: C.ryo, forUser: false,
    note: 'badges-moved notice redirected (Resent-*) to a helpdesk: not for the user',
    to: ryoTo, subject: subj(C.ryo), d: '2026-04-23 11:20:00', enc: 'jis7',
    resent: { from: RYO.keep, to: 'it-helpdesk@corp2.example.co.jp', date: rfcDate('2026-04-23 12:00:00', '+0900') },
    text: `森様

Credly のバッジ3つを ${RYO.keep} のアカウントへ移し替えました。Credly で確認いただけますでしょうか？

中村`,
  }),

  // ---------------- case_closed (8) ----------------
  mk({
    slug: 'close-auto-3days', kind: 'case_closed', lang: 'ja', caseId: C.ken,
    note: 'the case will auto-close in 3 days without a reply',
    from: NOREPLY, to: kenTo, subject: `ケース ${C.ken} はまもなくクローズされます`, d: '2026-02-15 06:00:00', enc: 'jis7',
    text: `伊藤 健二 様

ケース ${C.ken} について、その後いかがでしょうか？
3日以内にご返信がない場合、このケースは自動的にクローズされます。まだ解決していない点がございましたら、ご返信いただけますか？

Amazon Web Services`,
  }),
  mk({
    slug: 'close-resolved', kind: 'case_closed', lang: 'ja', caseId: C.taro,
    note: 'case marked resolved and closed',
    to: taroTo, subject: subj(C.taro), d: '2026-02-21 10:00:00', enc: 'jisb64',
    text: `山田様

本件は解決済みとしてクローズいたしました。
また何かお困りのことがあれば、いつでもお問い合わせいただけますか？

高橋`,
  }),
  mk({
    slug: 'close-restate-merge', kind: 'case_closed', lang: 'ja', caseId: C.hanako, trap: true,
    note: 'closing that only restates the earlier merge',
    to: hanakoTo, subject: subj(C.hanako), d: '2026-03-17 09:40:00', enc: 'utf8qp',
    text: `佐藤様

先週ご案内したとおり、アカウントの統合はすでに完了しております。
その後ご連絡がございませんので、本ケースはクローズさせていただきます。ほかに何かございましたでしょうか？

小林`,
  }),
  mk({
    slug: 'close-notify-html', kind: 'case_closed', lang: 'ja', caseId: C.hanako,
    note: 'system notice: the case was resolved',
    from: SUPPORT_NOTIFY, to: hanakoTo, subject: `ケース ${C.hanako} は解決済みになりました`, d: '2026-03-17 09:41:00', enc: 'utf8b64',
    html: `<html><body><p>佐藤 花子 様</p><p>ケース <b>${C.hanako}</b> のステータスが「解決済み」に変更されました。</p><p>同じ問題が再発しましたか？ その場合はケースを再開していただけます。</p></body></html>`,
  }),
  mk({
    slug: 'close-restate-badges', crlf: false, kind: 'case_closed', lang: 'ja', caseId: C.ken, trap: true,
    note: 'closing that restates the earlier badge move',
    to: kenTo, subject: subj(C.ken), d: '2026-02-18 17:00:00', enc: 'sjis8',
    text: `伊藤様

先日バッジの移行も済んでおりますので、これをもちまして本件は完了とし、ケースをクローズいたします。
これまでご協力いただき、ありがとうございました。ほかにお手伝いできることはありますか？

中村`,
  }),
  mk({
    slug: 'close-remind-sjisb64', kind: 'case_closed', lang: 'ja', caseId: C.taroDup,
    note: 'reminder: will close in 7 days without a reply',
    from: NOREPLY, to: taroTo, subject: `ご返信のお願い: ケース ${C.taroDup}`, d: '2026-02-18 06:00:00', enc: 'sjisb64', hdr: 'jis',
    text: `山田様

お問い合わせ ${C.taroDup} について、7日以内にご返信がない場合、自動的にクローズいたします。
解決済みでしょうか？ それともまだお困りでしょうか？

AWS サポート`,
  }),
  mk({
    slug: 'close-dmarc-fail', kind: 'case_closed', lang: 'ja', caseId: C.ken,
    note: 'closing notice that fails DMARC: untrusted',
    to: kenTo, subject: subj(C.ken), d: '2026-02-19 08:00:00', enc: 'jis7', auth: 'fail',
    text: `伊藤様

本ケースはクローズされました。ご利用ありがとうございました。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'close-multipart', kind: 'case_closed', lang: 'ja', caseId: C.taro,
    note: 'asks if anything else, otherwise the case closes today',
    to: taroTo, subject: subj(C.taro), d: '2026-02-20 11:00:00', enc: 'utf8qp',
    text: `山田様

その後、ほかにご不明な点はございますか？ 特になければ、本日をもってケースを終了とさせていただきます。

高橋`,
    html: paras(`山田様

その後、ほかにご不明な点はございますか？ 特になければ、本日をもってケースを終了とさせていただきます。

高橋`),
  }),

  // ---------------- support_reply (8) ----------------
  mk({
    slug: 'sr-thanks-confirm', kind: 'support_reply', lang: 'ja', caseId: C.ken, trap: true,
    note: 'thanks for confirming, passed to the team: not the completion',
    to: kenTo, subject: subj(C.ken), d: '2026-02-07 09:30:00', enc: 'jis7',
    text: `伊藤様

ご同意いただき、ありがとうございます。担当チームへ統合の依頼を回しました。
作業が終わるまで、もう少しお時間をいただけますでしょうか？

中村`,
  }),
  mk({
    slug: 'sr-not-yet', kind: 'support_reply', lang: 'ja', caseId: C.taro, trap: true,
    note: 'answers the quoted "has the merge completed?" with "not yet"',
    to: taroTo, subject: subj(C.taro), d: '2026-02-16 14:00:00', enc: 'jisb64',
    text: `山田様

> 統合はもう完了しましたか？
とのご質問ですが、申し訳ございません、まだ完了しておりません。
担当部署で作業中ですので、今しばらくお待ちいただけますか？

高橋`,
  }),
  mk({
    slug: 'sr-escalated', kind: 'support_reply', lang: 'ja', caseId: C.hanako,
    note: 'status update: escalated to a specialist team',
    to: hanakoTo, subject: subj(C.hanako), d: '2026-03-09 10:00:00', enc: 'sjis8',
    text: `佐藤様

本件は専門チームへエスカレーションいたしした。
回答までに数日かかる見込みですが、お待ちいただけますでしょうか？

小林`,
  }),
  mk({
    slug: 'sr-dup-cases', kind: 'support_reply', lang: 'ja', caseId: C.taro, trap: true,
    note: '"we merged your duplicate cases" is not the account merge',
    to: taroTo, subject: subj(C.taro), d: '2026-02-12 09:00:00', enc: 'utf8b64',
    text: `山田様

同じ内容のケースが2件 (${C.taro} / ${C.taroDup}) 作成されておりましたので、こちらのケースに統合いたしました。
今後はこのケースでやり取りさせていただいてもよろしいでしょうか？

高橋`,
  }),
  mk({
    slug: 'sr-once-merged', kind: 'support_reply', lang: 'ja', caseId: C.hanako, trap: true,
    note: 'future statement: will report once merged',
    to: hanakoTo, subject: subj(C.hanako), d: '2026-03-08 15:00:00', enc: 'jis7',
    text: `佐藤様

ご同意のご連絡、確かに拝受しました。統合が完了しましたら、改めてご連絡いたします。
それまで、旧アカウントでの試験予約はお控えいただけますか？

小林`,
  }),
  mk({
    slug: 'sr-write-from-keep', kind: 'support_reply', lang: 'ja', caseId: C.ken,
    note: 'asks to write from the kept address without asking for any data',
    to: `${KEN.ja} <${KEN.src}>`, subject: subj(C.ken), d: '2026-02-03 14:40:00', enc: 'utf8qp',
    text: `伊藤様

ご本人確認の都合上、今後は残される方のメールアドレスから、このケースにご返信いただけますでしょうか？

中村`,
  }),
  mk({
    slug: 'sr-unable', kind: 'support_reply', lang: 'ja', caseId: C.miki, trap: true,
    note: 'negated: unable to merge right now, explains why; asks for nothing',
    to: mikiTo, subject: subj(C.miki), d: '2026-05-08 10:10:00', enc: 'sjisb64',
    text: `加藤様

旧アカウントで試験の予約が残っているため、現時点では統合を行うことができません。
受験日 (5月12日) を過ぎてからのほうが、予約への影響もなく安心ではないでしょうか。受験日以降に、こちらから改めて作業のご案内をいたします。

中村`,
  }),
  mk({
    slug: 'sr-badge-checking', kind: 'support_reply', lang: 'ja', caseId: C.hanako, trap: true,
    note: 'badges not yet moved; support is looking into it',
    to: hanakoTo, subject: subj(C.hanako), d: '2026-03-11 10:20:00', enc: 'utf8qp',
    text: `佐藤様

バッジが移行されていないとのこと、ご不便をおかけしております。
Credly 側の状況を確認しておりますので、結果が出るまで少しお待ちいただけますか？

小林

2026年3月11日(水) 8:02 ${HANAKO.ja} <${HANAKO.keep}>:
> 統合ありがとうございました。Credly のバッジは移っていないようですが、どうなっていますか？`,
  }),

  // ---------------- unrelated (9) ----------------
  mk({
    slug: 'un-survey', kind: 'unrelated', lang: 'ja', caseId: C.ken, trap: true,
    note: 'satisfaction survey asking if the issue was resolved',
    from: 'AWS Support <aws-support-survey@amazon.com>', to: kenTo, subject: 'サポートについてのアンケートにご協力いただけますか？', d: '2026-02-20 07:00:00', enc: 'utf8qp',
    text: `伊藤 健二 様

先日のお問い合わせ (ケース ${C.ken}) で、問題は解決しましたか？
サポートの対応はいかがでしたでしょうか？ 1分ほどのアンケートにお答えいただけませんか？

https://survey.aws.amazon.com/s/dx

Amazon Web Services`,
  }),
  mk({
    slug: 'un-own-question', crlf: false, kind: 'unrelated', lang: 'ja', caseId: C.taro, trap: true,
    note: "the user's own reply asking whether the merge is done",
    from: taroTo, to: `AWS トレーニングと認定 <${SUP_ADDR}>`, subject: subj(C.taro), d: '2026-02-16 08:40:00', enc: 'jis7', auth: 'none', relay: 'mail.example.com', deliveredTo: TARO.keep,
    text: `高橋様

お世話になっております。山田です。
統合はもう完了しましたか？ 認定ポータルではまだ旧アカウントの認定が見えないのですが、いかがでしょうか。

山田`,
  }),
  mk({
    slug: 'un-exam-result', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'exam result notice ("your exam is complete"), not part of the merge case',
    from: 'AWS Certification <certification-notice@aws.training>', to: kenTo, subject: 'AWS 認定試験の結果が出ました', d: '2026-02-25 12:00:00', enc: 'utf8b64',
    text: `伊藤 健二 様

AWS Certified DevOps Engineer - Professional の試験が完了し、結果が確定しました。
合格おめでとうございます。次の認定にも挑戦してみませんか？

AWS Certification`,
  }),
  mk({
    slug: 'un-credly-microsoft', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly badge from Microsoft, another issuer',
    from: 'Microsoft via Credly <admin@credly.com>', to: hanakoTo, subject: 'Microsoftのバッジ発行のお知らせ', d: '2026-03-13 01:00:00', enc: 'utf8qp',
    text: `${HANAKO.ja} 様

Microsoft から Azure Fundamentals のバッジが発行されました。受け取ってみませんか？

バッジを入手する

Credly`,
  }),
  mk({
    slug: 'un-credly-merge-code', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: "Credly's own account-merge code mail",
    from: 'Credly <admin@credly.com>', to: hanakoTo, subject: 'Credly アカウントの統合を完了しますか？', d: '2026-03-12 13:00:00', enc: 'jis7',
    text: `Credly アカウントの統合をリクエストされましたか？
統合を完了するには、次の確認コードを入力していただけますか？

確認コード: 482 913

お心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'un-ooo-oldcorp', kind: 'unrelated', lang: 'ja', caseId: C.hanako,
    note: "out-of-office auto-reply from the user's old company",
    from: `${HANAKO.ja} <hanako@oldcorp.example.com>`, to: `AWS トレーニングと認定 <${SUP_ADDR}>`, cc: hanakoTo, subject: `自動応答: ${subj(C.hanako)}`, d: '2026-03-04 11:48:00', enc: 'sjis8', hdr: 'jis', auth: 'none', relay: 'mail.oldcorp.example.com', deliveredTo: HANAKO.keep,
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `ただいま不在にしております。3月16日以降に順次対応いたします。
お急ぎの方は総務部 (soumu@oldcorp.example.com) までご連絡いただけますか？`,
  }),
  mk({
    slug: 'un-refund-receipt', kind: 'unrelated', lang: 'ja', caseId: C.kenRefund, trap: true,
    note: "receipt of the user's other case, about an exam refund",
    from: NOREPLY, to: kenTo, subject: `お問い合わせを受け付けました [ケースID: ${C.kenRefund}]`, d: '2026-02-04 19:00:00', enc: 'jis7',
    text: `伊藤 健二 様

試験料金の返金に関するお問い合わせ (ケースID ${C.kenRefund}) を受け付けました。
返金の可否を確認のうえ、担当者よりご連絡いたします。お支払いに使ったカードの下4桁はお手元にございますか？

Amazon Web Services`,
  }),
  mk({
    slug: 'un-marketing', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'marketing newsletter mentioning account merging and badges',
    from: 'AWS トレーニングと認定 <aws-training-news@aws.amazon.com>', to: taroTo, subject: '次の AWS 認定、何にしますか？', d: '2026-02-26 10:00:00', enc: 'utf8qp',
    text: `山田 太郎 様

認定アカウントの統合はお済みですか？ バッジは Credly で受け取りましたか？
今月は AWS Skill Builder の新しい試験対策コースが公開されました。次の認定に向けて、ウェビナーに参加してみませんか？

配信停止はこちら`,
  }),
  mk({
    slug: 'un-fwd-colleague', kind: 'unrelated', lang: 'ja', caseId: C.ken, trap: true, forUser: false,
    note: "the user's own forward of the completion mail to a colleague",
    from: kenTo, to: '鈴木 一郎 <suzuki@example.co.jp>', subject: `Fwd: ${subj(C.ken)}`, d: '2026-02-10 14:05:00', enc: 'utf8b64', auth: 'none', relay: 'mail.example.jp', deliveredTo: null,
    text: `鈴木さん

統合終わったそうです。そちらも同じ手順でできるのでは？

伊藤

---------- Forwarded message ---------
From: AWS トレーニングと認定 <${SUP_ADDR}>
Date: 2026年2月10日(火) 13:45
Subject: ${subj(C.ken)}
To: ${KEN.ja} <${KEN.keep}>

伊藤様

ご同意ありがとうございました。本日、統合の作業が完了しております。`,
  }),
];

