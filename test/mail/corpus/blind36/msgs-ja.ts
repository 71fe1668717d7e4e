// Set "ai", Japanese messages, part 1: Nakamura (auto-closed, re-filed), Kobayashi (duplicate
// case merged into the first), Ito (transferred, escalated, handed back), Watanabe (consent expired).
import { type Msg } from './lib.js';
import {
  C, FORM, FORM_JA, FORM_BARE, NOREPLY, SUPCENTER, CERT, CREDLY_AWS, formSubj, formSubjNew, mk, jst, utc, quote,
  gmailJa, outlookJa, sfJa, sfEn, fwdJa, sfRef, paras, htmlDoc, htmlWithQuote, who,
  NAKAMURA, KOBAYASHI, ITO, WATANABE, REQ_NAKA, REQ_NAKA2, REQ_KOBA, REQ_ITO, REQ_WATA,
} from './common.js';

const N = NAKAMURA;
const K = KOBAYASHI;
const I = ITO;
const W = WATANABE;

export const JA1: Msg[] = [
  // ---------------- Nakamura: case 1 auto-closes, case 2 refers to it ----------------
  mk({
    slug: 'naka-receipt-1', kind: 'acknowledgement', lang: 'ja', trusted: true, caseId: C.naka1, trap: false,
    note: 'automatic receipt of the first case, ID in subject and body',
    from: FORM_JA, to: N.keep, subject: formSubjNew(C.naka1), date: utc('2026-09-01 02:14:09'), enc: 'jis7',
    text: `このメールは送信専用アドレスから自動送信されています。

中村 健一 様

AWS トレーニングと認定へのお問い合わせを受け付けました。
ケース ID: ${C.naka1}

担当者より通常24時間以内にご連絡いたします。同じ内容で新しいケースを作成されますと、ご回答が遅れる原因となりますのでご注意ください。

お問い合わせ内容:
${REQ_NAKA}

AWS トレーニングと認定 サポートチーム`,
  }),
  mk({
    slug: 'naka-ask-ids', kind: 'info_request', lang: 'ja', trusted: true, caseId: C.naka1, trap: false,
    note: 'agent needs both candidate IDs and the notification addresses before merging',
    from: FORM, to: N.keep, subject: formSubj(C.naka1), date: utc('2026-09-02 06:40:51'), enc: 'jisb64',
    text: `中村様

お問い合わせいただき、ありがとうございます。AWS トレーニングと認定カスタマーサービスの松井です。

統合の手続きに進む前に、下記の項目を本メールへのご返信にてお知らせください。
・両アカウントの候補ID(AWSから始まる番号)
・それぞれの認定通知用メールアドレス
・各アカウントで取得済みの認定名と取得日

いただいた情報をもとに、担当部署にて確認を進めます。

松井
AWS Training and Certification Customer Service
${sfRef('1aB9xQ')}

${sfJa(N.keep, '2026年9月1日 11:14', FORM_BARE, formSubjNew(C.naka1), REQ_NAKA)}`,
  }),
  mk({
    slug: 'naka-ask-again', kind: 'info_request', lang: 'ja', trusted: true, caseId: C.naka1, trap: false,
    note: 'asks a second time for the source candidate ID missing from the reply (no request word, te-form)',
    from: FORM, to: N.keep, subject: formSubj(C.naka1), date: utc('2026-09-04 01:05:33'), enc: 'sjis8',
    text: `中村 健一 様

ご返信ありがとうございます。
頂戴した内容を拝見しましたところ、統合元アカウント(${N.src})の候補IDが記載されておらず、こちらで該当アカウントを特定できておりません。
お手数ですが、統合元アカウントにサインインして画面右上のプロフィールから候補IDをご確認のうえ、このメールにご返信いただけますと幸いです。

前回のご案内と重複してしまい恐縮です。

松井
AWS トレーニングと認定

${outlookJa(`${N.ja} <${N.keep}>`, '2026年9月3日 22:48', 'aws-cs-trainingcertification-form@amazon.com', formSubj(C.naka1), `松井様

ご連絡ありがとうございます。
残すアカウントは ${N.keepId} です。
認定は SAA(2024/05)、DVA(2025/02)です。
よろしくお願いします。`)}`,
  }),
  mk({
    slug: 'naka-autoclose-warn', kind: 'case_closed', lang: 'ja', trusted: true, caseId: C.naka1, trap: false,
    note: 'pending customer action reminder: case will close automatically without a reply',
    from: NOREPLY, to: N.keep, subject: `AWS サポートケース ${C.naka1}: お客様のご対応をお待ちしています`, date: utc('2026-09-08 00:00:12'), enc: 'utf8qp',
    text: `お客様

サポートケース ${C.naka1} のステータスは現在「お客様の対応待ち」です。

担当者からの最後のご連絡に対してご返信が確認できておりません。このまま 3 日間ご返信がない場合、ケースは自動的に解決済みとなります。

ケースの詳細はサポートセンターでご確認いただけます。

Amazon Web Services`,
  }),
  mk({
    slug: 'naka-autoclosed', kind: 'case_closed', lang: 'ja', trusted: true, caseId: C.naka1, trap: false,
    note: 'system notice: case resolved automatically for lack of reply',
    from: NOREPLY, to: N.keep, subject: `ケース ${C.naka1} は解決済みになりました`, date: utc('2026-09-11 00:00:40'), enc: 'utf8b64', wholeSubject: true,
    text: `お客様

一定期間ご返信をいただけなかったため、ケース ${C.naka1} を解決済みとしてクローズしました。

引き続きサポートが必要な場合は、新しいケースを作成してください。その際、このケース番号を記載いただくと経緯の確認がスムーズです。

今後ともよろしくお願いいたします。
Amazon Web Services`,
  }),
  mk({
    slug: 'naka-receipt-2', kind: 'acknowledgement', lang: 'ja', trusted: true, caseId: C.naka2, trap: false,
    note: 'receipt of the re-filed case; the user text cites the old case number',
    from: FORM_JA, to: N.keep, subject: formSubjNew(C.naka2), date: utc('2026-09-12 13:22:05'), enc: 'utf8qp',
    text: `お問い合わせありがとうございます。

新しいケースが作成されました。ケース番号は ${C.naka2} です。
内容を確認のうえ、担当者から折り返しご連絡します(目安: 24時間以内)。

--- ご入力内容 ---
${REQ_NAKA2}
------------------

※本メールには返信いただけます。返信内容はケースに追加されます。`,
  }),
  mk({
    slug: 'naka-history-linked', kind: 'support_reply', lang: 'ja', trusted: true, caseId: C.naka2, trap: false,
    note: 'agent read the old case history and handed it to the team: status only',
    from: FORM, to: N.keep, subject: formSubj(C.naka2), date: utc('2026-09-13 03:31:17'), enc: 'jis7',
    text: `中村様

ご不便をおかけしております。担当の岡本です。
以前のケース ${C.naka1} のやり取りも拝見し、候補IDは前回いただいた2件で相違ないことを確認しました。
本件はアカウント管理チームへ引き継ぎ済みです、チームからの回答がありしだい、あらためてご連絡いたします。

岡本
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'naka-consent-ask', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: C.naka2, trap: false,
    note: 'asks consent to the irreversible merge, long Gmail-quoted thread below',
    from: FORM, to: N.keep, subject: formSubj(C.naka2), date: utc('2026-09-15 07:02:44'), enc: 'jis7',
    text: `中村様

お待たせいたしました。
統合元 ${N.srcId} の認定履歴を、統合先 ${N.keepId} へ移す準備が整いました。
統合を実行すると元の状態には戻せず、統合元アカウントには今後サインインできなくなります。
この内容でよろしければ、その旨を本メールにご返信ください。ご返信をもって作業を開始します。

岡本

${gmailJa('2026年9月13日(日) 21:05', `${N.ja} <${N.keep}>`, `岡本様

ありがとうございます。お手数をおかけしますがよろしくお願いします。

${gmailJa('2026年9月13日(日) 12:31', FORM, `中村様

ご不便をおかけしております。担当の岡本です。
本件はアカウント管理チームへ引き継ぎ済みです。`)}`)}`,
  }),
  mk({
    slug: 'naka-partial-done', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: C.naka2, trap: false,
    note: 'merge done for certifications; voucher and badges to follow (partial completion is still the merge)',
    from: FORM, to: N.keep, subject: formSubj(C.naka2), date: utc('2026-09-17 02:48:09'), enc: 'utf8b64',
    text: `中村様

ご返信ありがとうございました。
本日、2つの認定アカウントの統合を実施し、${N.srcId} に紐づいていた認定はすべて ${N.keepId} 側で表示されるようになりました。

なお、受験割引(50%)の特典は反映まで最大で5営業日ほどかかる場合があります。Credly のデジタルバッジは別の処理となりますので、届きましたらバッジの受け取り手続きをお願いいたします。

岡本
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'naka-badges-not-yet', kind: 'support_reply', lang: 'ja', trusted: true, caseId: C.naka2, trap: true,
    note: 'badges have NOT moved yet, request raised with Credly: negated badge event',
    from: FORM, to: N.keep, subject: formSubj(C.naka2), date: utc('2026-09-22 05:10:26'), enc: 'sjisb64',
    text: `中村様

ご連絡ありがとうございます。
ご指摘のとおり、Credly 上のバッジは現時点でまだ統合先アカウントへ移っておりません。
Credly 側の担当チームに付け替えを依頼しましたので、もうしばらくお待ちください。進捗があり次第お知らせします。

岡本

${gmailJa('2026年9月21日(月) 19:44', `${N.ja} <${N.keep}>`, `岡本様
資格は移っていましたが、Credly のバッジが旧アドレスの方に残ったままです。
確認いただけますか。`)}`,
  }),
  mk({
    slug: 'naka-badges-moved', kind: 'badges_transferred', lang: 'ja', trusted: true, caseId: C.naka2, trap: false,
    note: 'support says the Credly badges now sit on the kept account',
    from: FORM, to: N.keep, subject: formSubj(C.naka2), date: utc('2026-09-25 08:17:50'), enc: 'sjisb64',
    text: `中村様

お待たせしました。Credly チームより、バッジ3点を ${N.keep} の Credly アカウントへ移し終えたとの連絡がありました。
Credly にサインインのうえ、ウォレットに表示されているかご確認ください。

岡本

${outlookJa(`${N.ja} <${N.keep}>`, '2026年9月22日 20:02', 'aws-cs-trainingcertification-form@amazon.com', formSubj(C.naka2), `承知しました。よろしくお願いします。`)}`,
  }),
  mk({
    slug: 'naka-close-restate', kind: 'case_closed', lang: 'ja', trusted: true, caseId: C.naka2, trap: true,
    note: 'closing notice that only restates the earlier merge and badge move',
    from: FORM, to: N.keep, subject: formSubj(C.naka2), date: utc('2026-09-29 01:00:03'), enc: 'jisb64',
    text: `中村様

先日お知らせしたとおり、アカウントの統合と Credly バッジの移行はいずれも完了しております。
その後ご連絡がございませんでしたので、本ケース ${C.naka2} はクローズとさせていただきます。
なお、前回のケース ${C.naka1} もあわせて解決済みの扱いとなっております。

岡本`,
  }),

  // ---------------- Kobayashi: duplicate case merged into the first ----------------
  mk({
    slug: 'koba-receipt-html', kind: 'acknowledgement', lang: 'ja', trusted: true, caseId: C.koba1, trap: false,
    note: 'HTML-only receipt of the first case',
    from: FORM_JA, to: K.keep, subject: formSubjNew(C.koba1), date: utc('2026-10-02 00:41:19'), enc: 'utf8b64',
    html: htmlDoc(`<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<p>小林 美咲 様</p>
<p>お問い合わせいただきありがとうございます。以下の内容でケースを作成しました。</p>
<table border="1" cellpadding="4"><tr><th>ケース ID</th><td>${C.koba1}</td></tr><tr><th>お問い合わせの種類</th><td>AWS トレーニングと認定</td></tr><tr><th>ステータス</th><td>未割り当て</td></tr></table>
<p>担当者からの連絡をお待ちください。同じ内容のケースを重ねて作成しないようお願いいたします。</p>
<p style="color:#888">このメールは自動送信です。</p>
</td></tr></table>`),
  }),
  mk({
    slug: 'koba-receipt-dup', kind: 'acknowledgement', lang: 'ja', trusted: true, caseId: C.koba2, trap: false,
    note: 'receipt of an accidental second case; ID only in the body, subject generic',
    from: NOREPLY, to: K.keep, subject: 'AWS サポートへのお問い合わせありがとうございます', date: utc('2026-10-02 09:55:02'), enc: 'jis7',
    text: `お問い合わせありがとうございます。

ケース番号 ${C.koba2} でお問い合わせを承りました。
担当者が確認しだいご連絡いたします。

Amazon Web Services`,
  }),
  mk({
    slug: 'koba-dup-closed', kind: 'case_closed', lang: 'ja', trusted: true, caseId: C.koba2, trap: true,
    note: 'duplicate case closed and merged into the first ticket: case merge, not account merge',
    from: FORM, to: K.keep, subject: formSubj(C.koba2), date: utc('2026-10-03 02:12:40'), enc: 'utf88bit',
    text: `小林様

同じご依頼で2件のケースをお送りいただいておりましたので、本ケース(${C.koba2})は先に作成されたケース ${C.koba1} に統合し、こちらはクローズいたします。
今後のやり取りは ${C.koba1} の件名のメールにご返信ください。

AWS トレーニングと認定 カスタマーサービス 川口`,
  }),
  mk({
    slug: 'koba-dup-merged-note', kind: 'support_reply', lang: 'ja', trusted: true, caseId: C.koba1, trap: true,
    note: 'on the surviving case: duplicate cases combined, work continues here (not the account merge)',
    from: FORM, to: K.keep, subject: formSubj(C.koba1), date: utc('2026-10-03 02:15:08'), enc: 'sjis8',
    text: `小林様

川口です。重複して作成されていたケースは1件にまとめ、以降はこちらのケース ${C.koba1} で対応させていただきます。
アカウントの確認作業は引き続き進めておりますので、今しばらくお待ちください。`,
  }),
  mk({
    slug: 'koba-which-keep', kind: 'info_request', lang: 'ja', trusted: true, caseId: C.koba1, trap: false,
    note: 'asks which account to keep and the name registered on the old one',
    from: FORM, to: K.keep, subject: formSubj(C.koba1), date: utc('2026-10-05 04:26:37'), enc: 'utf8qp',
    text: `小林 美咲 様

お待たせしております。川口です。
統合後にお使いになるアカウントは、個人アドレス(${K.keep})と大学のアドレス(${K.src})のどちらでしょうか。
加えて、大学アドレス側のアカウントにご登録の氏名(ローマ字)が、個人側と異なっているようでしたらその表記もあわせてお知らせください。

以上2点をいただけましたら統合の可否を確認いたします。

川口

${sfJa(K.keep, '2026年10月2日 9:41', FORM_BARE, formSubjNew(C.koba1), REQ_KOBA)}`,
  }),
  mk({
    slug: 'koba-consent-ask', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: C.koba1, trap: false,
    note: 'asks for agreement before an irreversible merge, reply phrase given',
    from: FORM, to: K.keep, subject: formSubj(C.koba1), date: utc('2026-10-07 01:39:12'), enc: 'sjis8',
    text: `小林様

ご回答ありがとうございました。下記のとおり統合を行う予定です。

  残すアカウント: ${K.keepId}(${K.keep})
  統合されるアカウント: ${K.srcId}(${K.src})

統合後は取り消しができず、大学アドレス側のアカウントは無効になります。
ご了承いただけるようでしたら、このメールに「同意します」とご返信ください。

川口`,
  }),
  mk({
    slug: 'koba-own-reply-phone', kind: 'unrelated', lang: 'ja', trusted: false, caseId: C.koba1, trap: true,
    note: "the user's own consent reply from her phone (Bcc to herself): no news from support",
    from: who(K, K.keep), to: 'aws-cs-trainingcertification-form@amazon.com', subject: formSubj(C.koba1), date: jst('2026-10-07 12:03:55'), enc: 'utf8b64',
    auth: 'none', relay: 'smtp.example.jp', rcpt: K.keep, deliveredTo: K.keep,
    text: `同意します。
よろしくお願いいたします。

小林

iPhoneから送信

> 2026/10/07 10:39、AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>のメール:
>
> ご了承いただけるようでしたら、このメールに「同意します」とご返信ください。`,
  }),
  mk({
    slug: 'koba-merged', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: C.koba1, trap: false,
    note: 'merge carried out; asks to sign in and check (still the completion)',
    from: FORM, to: K.keep, subject: formSubj(C.koba1), date: utc('2026-10-08 06:20:45'), enc: 'jisb64',
    text: `小林様

ご同意のご連絡、確かに拝受しました。
先ほど、${K.srcId} を ${K.keepId} に統合する作業を終えております。
お手数ですが ${K.keep} でサインインし、認定一覧に大学時代に取得された認定が並んでいるかご確認ください。

川口

${sfJa(K.keep, '2026年10月7日 12:03', FORM_BARE, formSubj(C.koba1), '同意します。\nよろしくお願いいたします。')}`,
  }),
  mk({
    slug: 'koba-credly-issued', kind: 'badges_transferred', lang: 'ja', trusted: true, caseId: null, trap: false,
    note: 'AWS badge issued to the kept address via Credly after the merge',
    from: CREDLY_AWS, to: K.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: utc('2026-10-09 17:03:31'), enc: 'utf8qp',
    text: `小林 美咲 さん

Amazon Web Services Training and Certification から「AWS Certified Cloud Practitioner」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/5b0e6a1f-93c2-4d7e-a8f1-2f4e71c0d9aa

バッジを受け取ると、プロフィールで公開したり SNS で共有したりできます。

Credly チーム`,
    html: htmlDoc(`<p>小林 美咲 さん</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Cloud Practitioner」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/5b0e6a1f-93c2-4d7e-a8f1-2f4e71c0d9aa" style="background:#ff6b00;color:#fff;padding:8px 16px">バッジを入手する</a></p>
<p>バッジを受け取ると、プロフィールで公開したり SNS で共有したりできます。</p>
<p>Credly チーム</p>`),
  }),
  mk({
    slug: 'koba-resolved-notice', kind: 'case_closed', lang: 'ja', trusted: true, caseId: C.koba1, trap: false,
    note: 'status notice: case resolved',
    from: NOREPLY, to: K.keep, subject: `[ケース ${C.koba1}] ステータス: 解決済み`, date: utc('2026-10-12 00:00:07'), enc: 'jis7',
    text: `ケース ${C.koba1} のステータスが「解決済み」に変更されました。

追加のご質問がある場合は、14日以内にこのケースへ返信すると再開できます。

Amazon Web Services サポート`,
  }),

  // ---------------- Ito: transferred, escalated, de-escalated ----------------
  mk({
    slug: 'ito-receipt', kind: 'acknowledgement', lang: 'ja', trusted: true, caseId: C.ito1, trap: false,
    note: 'automatic receipt in Shift_JIS, mixed English request quoted',
    from: FORM_JA, to: I.keep, subject: formSubjNew(C.ito1), date: utc('2026-10-14 08:03:29'), enc: 'sjis8',
    text: `伊藤 翔 様

お問い合わせを受け付けました(ケースID: ${C.ito1})。
サポート担当者より24時間以内を目安にご連絡します。

ご依頼内容:
${REQ_ITO}

このメールに返信するとケースに追記されます。`,
  }),
  mk({
    slug: 'ito-ai-suggest', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: null, trap: false,
    note: 'generated answer pointing to the self-service merge tool, before a case exists',
    from: NOREPLY, to: I.keep, subject: 'AWS サポート: 生成 AI による回答のコピー', date: utc('2026-10-14 07:58:02'), enc: 'utf8b64',
    text: `このメッセージは、お問い合わせフォームで表示された AI 生成の回答の控えです。

AWS 認定アカウントが複数ある場合は、認定ポータルにサインインし、[プロフィール] の [アカウントのマージ] からご自身で統合できる場合があります。
両方のアカウントに認定の履歴があるときはこのツールを利用できないため、[ケースを作成] から担当者にご依頼ください。

この回答は AI によって生成されたもので、誤りを含む可能性があります。`,
    html: htmlDoc(`<p>このメッセージは、お問い合わせフォームで表示された <b>AI 生成の回答</b>の控えです。</p>
<p>AWS 認定アカウントが複数ある場合は、認定ポータルにサインインし、[プロフィール] の [アカウントのマージ] からご自身で統合できる場合があります。<br>
両方のアカウントに認定の履歴があるときはこのツールを利用できないため、[ケースを作成] から担当者にご依頼ください。</p>
<p style="font-size:11px;color:#777">この回答は AI によって生成されたもので、誤りを含む可能性があります。</p>`),
  }),
  mk({
    slug: 'ito-transferred-apj', kind: 'support_reply', lang: 'ja', trusted: true, caseId: C.ito1, trap: false,
    note: 'case transferred to the Japanese-language queue: status only',
    from: FORM, to: I.keep, subject: formSubj(C.ito1), date: utc('2026-10-15 01:12:55'), enc: 'jis7',
    text: `Hello Sho,

Thank you for contacting us. As you requested Japanese support, I have transferred your case to our Japanese-speaking team.

伊藤様
日本語でのご対応をご希望とのことで、本ケースを日本語サポートチームへ移管いたしました。以降は日本語チームの担当者からご連絡いたします。

Best regards,
Priyanka
AWS Training and Certification`,
  }),
  mk({
    slug: 'ito-escalated', kind: 'support_reply', lang: 'ja', trusted: true, caseId: C.ito1, trap: false,
    note: 'escalated to a specialist team with a time estimate',
    from: FORM, to: I.keep, subject: formSubj(C.ito1), date: utc('2026-10-16 05:47:21'), enc: 'jisb64',
    text: `伊藤様

日本語チームの森です。
2つのアカウントで同じ試験の受験予定が重複して登録されていたため、社内の専門部署にエスカレーションいたしました。
回答まで3から5営業日ほど頂戴する見込みです。恐れ入りますがお待ちくださいませ。

森`,
  }),
  mk({
    slug: 'ito-deescalated', kind: 'support_reply', lang: 'ja', trusted: true, caseId: C.ito1, trap: false,
    note: 'specialists handed the case back; normal process continues',
    from: FORM, to: I.keep, subject: formSubj(C.ito1), date: utc('2026-10-19 02:30:48'), enc: 'utf8qp',
    text: `伊藤様

森です。専門部署での確認が終わり、重複していた受験予定は旧アカウント側の登録を取り消すだけで問題ないとの回答でした。
エスカレーションは解除となり、引き続き私が担当いたします。次のご案内まで少々お待ちください。

${outlookJa('森 <aws-cs-trainingcertification-form@amazon.com>', '2026年10月16日 14:47', `${I.ja} <${I.keep}>`, formSubj(C.ito1), '社内の専門部署にエスカレーションいたしました。')}`,
  }),
  mk({
    slug: 'ito-from-kept-address', kind: 'info_request', lang: 'ja', trusted: true, caseId: C.ito1, trap: false,
    note: 'write from the kept address AND send the sign-in address of the old account',
    from: FORM, to: I.src, subject: formSubj(C.ito1), date: utc('2026-10-19 06:05:10'), enc: 'sjisb64',
    text: `伊藤様

セキュリティ上の理由から、統合先として残すアカウントのメールアドレス(${I.keep})から本メールにご返信いただけますでしょうか。
その際、統合元アカウントにサインインする際のメールアドレスも本文にご記入ください。

森`,
  }),
  mk({
    slug: 'ito-consent-mixed', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: C.ito1, trap: false,
    note: 'mixed-language consent request; Japanese new text with English boilerplate',
    from: FORM, to: I.keep, subject: formSubj(C.ito1), date: utc('2026-10-20 03:18:36'), enc: 'utf8b64',
    text: `伊藤様

ご返信ありがとうございます。統合の準備ができました。

Important: Merging accounts is permanent and cannot be reversed.
(統合は恒久的な操作で、元に戻すことはできません。)

${I.srcId} → ${I.keepId} の統合に同意いただけるか、このメールへのご返信でお知らせください。

森
AWS Training and Certification

${outlookJa(`${I.ja} <${I.keep}>`, '2026年10月19日 21:11', 'aws-cs-trainingcertification-form@amazon.com', formSubj(C.ito1), `森様
個人アドレスから返信します。統合元のサインイン用アドレスは ${I.src} です。
伊藤`)}`,
  }),
  mk({
    slug: 'ito-merged-toppost', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: C.ito1, trap: false,
    note: 'merge finished, top-posted above the Gmail-quoted consent',
    from: FORM, to: I.keep, subject: formSubj(C.ito1), date: utc('2026-10-21 09:02:14'), enc: 'sjisb64',
    text: `伊藤様

マージの処理が完了しました。${I.keepId} のアカウントで、これまでの認定をご確認いただけます。
旧アカウントに登録されていた受験予定は、専門部署の回答どおり取り消し済みです。

森

${gmailJa('2026年10月20日(火) 22:40', `${I.ja} <${I.keep}>`, `森様
同意します。進めてください。`)}`,
  }),
  mk({
    slug: 'ito-restate-wait', kind: 'support_reply', lang: 'ja', trusted: true, caseId: C.ito1, trap: true,
    note: 'restates the earlier merge and asks to wait for the display to catch up',
    from: FORM, to: I.keep, subject: formSubj(C.ito1), date: utc('2026-10-22 00:44:59'), enc: 'jis7',
    text: `伊藤様

お問い合わせの件、統合自体は昨日お伝えしたとおり完了しておりますが、認定一覧の表示に反映されるまで最大24時間ほどかかることがございます。
お手数ですが、明日以降にもう一度ご確認いただけますでしょうか。

森`,
  }),
  mk({
    slug: 'ito-badges-done', kind: 'badges_transferred', lang: 'ja', trusted: true, caseId: C.ito1, trap: false,
    note: 'support says the Credly badges were re-attached to the kept account',
    from: FORM, to: I.keep, subject: formSubj(C.ito1), date: utc('2026-10-26 04:09:33'), enc: 'jis7',
    text: `伊藤様

Credly のバッジの付け替えが終わりました。${I.keep} 宛てに Credly から受け取りのご案内が届いておりますので、そちらからお受け取りください。

森`,
  }),
  mk({
    slug: 'ito-dup-receipt', kind: 'acknowledgement', lang: 'ja', trusted: true, caseId: C.ito2, trap: false,
    note: 'receipt of a second case opened by mistake; says nothing of its topic',
    from: NOREPLY, to: I.keep, subject: `ケース ${C.ito2} を受け付けました`, date: utc('2026-10-14 08:20:41'), enc: 'sjisb64', wholeSubject: true,
    text: `お問い合わせを受け付けました。
ケース番号: ${C.ito2}
担当者からの連絡までしばらくお待ちください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ito-dup-closed', kind: 'case_closed', lang: 'ja', trusted: true, caseId: C.ito2, trap: false,
    note: 'the duplicate case is closed, work continues on the other number',
    from: FORM, to: I.keep, subject: formSubj(C.ito2), date: utc('2026-10-15 01:20:02'), enc: 'utf8qp',
    text: `伊藤様

同一内容のケースがすでにございますので、こちらのケース(${C.ito2})はクローズいたします。
ご依頼は ${C.ito1} にて引き続き対応いたします。

AWS トレーニングと認定`,
  }),

  // ---------------- Watanabe: consent expired, reopened, asked again ----------------
  mk({
    slug: 'wata-receipt', kind: 'acknowledgement', lang: 'ja', trusted: true, caseId: C.wata1, trap: false,
    note: 'automatic receipt, quoted-printable',
    from: FORM_JA, to: W.keep, subject: formSubjNew(C.wata1), date: utc('2026-08-03 04:51:38'), enc: 'utf8qp',
    text: `渡辺 由美 様

この度はお問い合わせいただきありがとうございます。
ケース番号 ${C.wata1} にて承りました。担当者が内容を確認し、ご連絡差し上げます。

${REQ_WATA}

※このメールアドレスは送信専用ではありません。ご返信はケースに記録されます。`,
  }),
  mk({
    slug: 'wata-consent-7days', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: C.wata1, trap: false,
    note: 'asks consent within 7 days; irreversible',
    from: FORM, to: W.keep, subject: formSubj(C.wata1), date: utc('2026-08-04 02:27:16'), enc: 'jisb64',
    text: `渡辺様

AWS トレーニングと認定の石田でございます。
お知らせいただいた2つのアカウントを確認いたしました。統合先を ${W.keepId}、統合元を ${W.srcId} として処理いたします。
一度統合すると分割はできません、この点をご了承のうえ、7日以内に本メールへご返信いただけますでしょうか。

石田`,
  }),
  mk({
    slug: 'wata-closed-noreply', kind: 'case_closed', lang: 'ja', trusted: true, caseId: C.wata1, trap: false,
    note: 'closed because no reply arrived within the deadline',
    from: FORM, to: W.keep, subject: formSubj(C.wata1), date: utc('2026-08-12 00:30:00'), enc: 'sjis8',
    text: `渡辺様

8月4日にお送りしたご案内について、期限までにご返信を確認できませんでしたので、本ケースはいったんクローズさせていただきます。
本メールにご返信いただければ、ケースは再開されます。

石田`,
  }),
  mk({
    slug: 'wata-reopened', kind: 'support_reply', lang: 'ja', trusted: true, caseId: C.wata1, trap: true,
    note: 'system notice: case reopened after the customer replied to a closed case',
    from: NOREPLY, to: W.keep, subject: `ケース ${C.wata1} が再開されました`, date: utc('2026-08-15 11:02:27'), enc: 'utf8b64', wholeSubject: true,
    text: `お客様

クローズ済みのケース ${C.wata1} にご返信をいただいたため、ケースを再開しました。
現在のステータス: 対応中
担当者が確認しだいご連絡します。

Amazon Web Services`,
  }),
  mk({
    slug: 'wata-consent-again', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: C.wata1, trap: false,
    note: 'earlier consent request expired; asks to agree again',
    from: FORM, to: W.keep, subject: formSubj(C.wata1), date: utc('2026-08-17 01:48:51'), enc: 'sjis8',
    text: `渡辺様

ケースの再開を承知いたしました。石田です。
恐れ入りますが、前回お送りした同意のご依頼は有効期限を過ぎており、そのまま作業に入ることができません。
あらためまして、${W.srcId} を ${W.keepId} へ統合すること(取り消しはできません)にご同意いただけるようでしたら、その旨ご返信をお願いいたします。

石田

${gmailJa('2026年8月15日(土) 20:02', `${W.ja} <${W.keep}>`, `すみません、旅行中で返信が遅れました。
統合をお願いしたいです。`)}`,
  }),
  mk({
    slug: 'wata-thanks-consent', kind: 'support_reply', lang: 'ja', trusted: true, caseId: C.wata1, trap: true,
    note: 'thanks for the consent, passed to the team: not the merge itself',
    from: FORM, to: W.keep, subject: formSubj(C.wata1), date: utc('2026-08-18 00:15:39'), enc: 'utf8qp',
    text: `渡辺様

ご同意のご返信、ありがとうございます。
統合を担当するチームに作業を依頼いたしました。完了しましたら改めてご連絡差し上げます。

石田`,
  }),
  mk({
    slug: 'wata-merged-outlook', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: C.wata1, trap: false,
    note: 'merge done, Outlook-quoted history below',
    from: FORM, to: W.keep, subject: formSubj(C.wata1), date: utc('2026-08-20 07:40:12'), enc: 'jis7',
    text: `渡辺様

大変お待たせいたしました。
前職アドレスのアカウントの認定は、本日付で個人アカウント(${W.keepId})に統合されました。
特典(バウチャー)の表示にずれがある場合はお知らせください。

石田

${outlookJa('石田 <aws-cs-trainingcertification-form@amazon.com>', '2026年8月18日 9:15', `${W.ja} <${W.keep}>`, formSubj(C.wata1), `ご同意のご返信、ありがとうございます。
統合を担当するチームに作業を依頼いたしました。`)}`,
  }),
  mk({
    slug: 'wata-voucher-wait', kind: 'support_reply', lang: 'ja', trusted: true, caseId: C.wata1, trap: false,
    note: 'bottom-posted answer about the voucher not showing yet: under review',
    from: FORM, to: W.keep, subject: formSubj(C.wata1), date: utc('2026-08-24 03:03:03'), enc: 'sjisb64',
    text: `渡辺様

> 統合後、個人アカウントの特典ページにバウチャーが表示されていません。
> 前職のアカウントで未使用のものがあったはずです。

ご連絡ありがとうございます。
50%割引バウチャーは別のシステムで管理されているため、表示されるまで数日かかることがあります。現在、担当部署で状況を確認中です。
何か分かりましたらご連絡いたします。

石田`,
  }),
];
