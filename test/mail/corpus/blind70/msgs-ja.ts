// Japanese messages, part 1: receipts, AI answers, information and confirmation requests.
// Voice: time pressure (年末年始, ゴールデンウィーク, reminders, SLA, apologies for the wait, chasers).
import type { Msg } from './lib.js';
import {
  AUTO,
  CASE,
  KENTA,
  MISAKI,
  SHO,
  SUPPORT,
  SUPPORT_BARE,
  SUPPORT_JA,
  AWS_NOTIFY,
  dt,
  esc,
  formSubject,
  formSubjectNew,
  gmailJa,
  htmlDoc,
  mk,
  outlookJa,
  paras,
  quote,
  sfOriginal,
  sfRef,
} from './common.js';

const kentaReq = `AWS認定のアカウントが2つあるので1つにまとめていただきたく、ご連絡しました。
残す方: ${KENTA.keepId} / ${KENTA.keep}
まとめる方: ${KENTA.srcId} / ${KENTA.src}
今月末で退職予定のため、できれば年内に対応いただけると助かります。
鈴木 健太`;

const misakiReq = `お世話になります。高橋美咲です。
前職のメールアドレスで作った認定アカウントの資格を、個人アドレスのアカウントへ移したいです。
個人: ${MISAKI.keep} (${MISAKI.keepId})
前職: ${MISAKI.src} (${MISAKI.srcId})
連休前に手続きを終えたいので、よろしくお願いします。`;

const shoReq = `大学のアドレスで受験したSAAと、個人アドレスで受験したDVAを同じアカウントに入れたいです。
残したいのは ${SHO.keep} のほうです。候補IDは ${SHO.keepId} と ${SHO.srcId} です。`;

export const JA1: Msg[] = [
  // ---------------- acknowledgement (8) ----------------
  mk({
    slug: 'ja-ack-nenmatsu',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.kenta,
    trap: false,
    note: 'automatic receipt of the new case with a 年末年始 closure notice; case ID in subject and body',
    from: SUPPORT_JA,
    to: `${KENTA.ja} <${KENTA.keep}>`,
    subject: `[CASE ${CASE.kenta}] お問い合わせを受け付けました`,
    date: dt('2025-12-22 09:14:07', '+0000'),
    enc: 'jis7',
    extra: AUTO,
    text: `このメールは送信専用アドレスから自動でお送りしています。

鈴木 健太 様

AWS トレーニングと認定へのお問い合わせを受け付けました。
ケース ID: ${CASE.kenta}

通常は1〜2営業日以内に担当者よりご連絡いたします。

【年末年始の対応について】
12月27日(土)から1月4日(日)までは窓口を休業いたします。期間中にいただいたお問い合わせへの回答は1月5日(月)以降、受付順となります。

同じ内容で別のケースを作成されますと、かえってご案内が遅れる場合がございます。追加の情報は本メールへの返信でお送りください。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-ack-gw',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: false,
    note: 'receipt of a new case during Golden Week; reply promised after the holidays',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubjectNew(CASE.misaki),
    date: dt('2026-04-28 22:41:50', '+0000'),
    enc: 'utf8b64',
    extra: AUTO,
    text: `高橋 美咲 様

お問い合わせいただきありがとうございます。ご依頼内容を記録し、ケース番号 ${CASE.misaki} を発行しました。

ただいまゴールデンウィーク期間中のため、担当者からのご連絡は5月7日(木)以降となる見込みです。あらかじめご了承ください。

※お問い合わせ内容
${quote(misakiReq, '  ')}

ご不明点がございましたら、件名を変えずにこのメールへご返信ください。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-ack-autoclose-footer',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.sho,
    trap: true,
    note: 'receipt of a new case whose footer warns about automatic closing after 14 days without reply; still a receipt',
    from: SUPPORT_JA,
    to: `${SHO.ja} <${SHO.keep}>`,
    subject: formSubjectNew(CASE.sho),
    date: dt('2025-10-14 03:02:19', '+0000'),
    enc: 'sjis8',
    extra: AUTO,
    text: `伊藤 翔 様

AWS トレーニングと認定 カスタマーサポートです。
下記の内容でケースを作成いたしました。担当者が内容を確認し、順次ご連絡を差し上げます。

ケース番号: ${CASE.sho}
お問い合わせの種類: アカウントに関するお問い合わせ
受付日時: 2025年10月14日 12:02 (JST)

-----
ご留意ください: 担当者からの質問に14日間ご返信がない場合、ケースは自動的にクローズされます。クローズ後も、このメールに返信いただければケースは再開されます。
-----

本メールは自動送信です。`,
  }),
  mk({
    slug: 'ja-ack-dup',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.kentaDup,
    trap: false,
    note: 'receipt of the second case the user opened while waiting over the holidays; receipt warns that duplicates slow things down',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubjectNew(CASE.kentaDup),
    date: dt('2025-12-29 01:55:40', '+0000'),
    enc: 'jisb64',
    extra: AUTO,
    text: `鈴木 健太 様

新しいお問い合わせ(ケース ${CASE.kentaDup})を承りました。

現在、年末年始の休業期間中につき、ご返信までにお時間をいただいております。既にお持ちのケースと同じご依頼の場合、新たにケースを作成されると担当の割り当てが重複し、回答が遅くなることがあります。

お問い合わせ内容:
まだ返事がないので再度送ります。${KENTA.keepId} と ${KENTA.srcId} の統合をお願いします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-ack-html',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.sho,
    trap: false,
    note: 'HTML-only receipt whose subject has no case ID; the ID is only in the body',
    from: AWS_NOTIFY,
    to: SHO.keep,
    subject: 'お問い合わせありがとうございます - AWS トレーニングと認定',
    date: dt('2025-10-14 03:02:31', '+0000'),
    enc: 'utf8qp',
    extra: AUTO,
    html: htmlDoc(`<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#232f3e;color:#fff;padding:12px">AWS トレーニングと認定</td></tr>
<tr><td style="padding:16px">
<p>伊藤 翔 様</p>
<p>サポートへのご依頼を受け付けました。担当者が確認のうえ、通常24時間以内にメールでご連絡します。</p>
<p>ケース ID: <b>${CASE.sho}</b></p>
<p>ご連絡をお待ちいただく間に、同じ内容で新しいお問い合わせを作成しないようお願いいたします。</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding:8px">このメッセージは送信専用アドレスから送られています。</td></tr>
</table>`),
  }),
  mk({
    slug: 'ja-ack-forged',
    trusted: false,
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: false,
    note: 'receipt-shaped phishing from a look-alike domain (aws-certification-support.jp) with a 24-hour deadline: untrusted',
    from: 'AWS 認定サポート <support@aws-certification-support.jp>',
    to: MISAKI.keep,
    subject: `【AWS】ケース ${CASE.misaki} 受付完了のお知らせ(24時間以内に本人確認)`,
    date: dt('2026-04-29 06:20:00', '+0900'),
    enc: 'utf8qp',
    text: `高橋 美咲 様

ケース ${CASE.misaki} を受け付けました。

連休中はお問い合わせが集中しております。優先対応をご希望の場合は、24時間以内に下記ページから本人確認を完了してください。期限を過ぎますと受付が取り消されます。

https://aws-certification-support.jp/verify?case=${CASE.misaki}

AWS 認定サポートセンター`,
  }),
  mk({
    slug: 'ja-ack-sho-multi',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: '176550913377',
    trap: false,
    note: 'multipart receipt for a new case with an SLA line; ordinary receipt',
    from: SUPPORT_JA,
    to: SHO.keep,
    subject: formSubjectNew('176550913377'),
    date: dt('2025-11-02 14:11:09', '+0000'),
    enc: 'utf8qp',
    extra: AUTO,
    text: `伊藤 様

ケース 176550913377 として受付いたしました。
ご依頼の内容: 認定アカウントの統合(2件目のお問い合わせ)

回答目安: 1〜2営業日
※土日祝日は対応しておりません。金曜日の夕方以降のお問い合わせは翌週の回答となります。

AWS トレーニングと認定 カスタマーサポート`,
    html: htmlDoc(paras(`伊藤 様

ケース 176550913377 として受付いたしました。
ご依頼の内容: 認定アカウントの統合(2件目のお問い合わせ)

回答目安: 1〜2営業日
※土日祝日は対応しておりません。金曜日の夕方以降のお問い合わせは翌週の回答となります。

AWS トレーニングと認定 カスタマーサポート`)),
  }),
  mk({
    slug: 'ja-ack-resent',
    forUser: false,
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: '1773320016',
    trap: false,
    note: 'receipt that went to the old employer address and was redirected (Resent-*) by its IT desk: not delivered to the user',
    from: SUPPORT,
    to: MISAKI.src,
    subject: formSubjectNew('1773320016'),
    date: dt('2026-04-30 01:12:44', '+0000'),
    enc: 'jis7',
    extra: AUTO,
    resent: { from: 'helpdesk@corp-b.example.co.jp', to: 'it-archive@corp-b.example.co.jp', date: dt('2026-05-07 09:30:12', '+0900') },
    text: `高橋 美咲 様

お問い合わせを受け付けました(ケース番号 1773320016)。
大型連休のため、担当者からの初回のご連絡まで通常より日数をいただく場合があります。

AWS トレーニングと認定`,
  }),

  // ---------------- ai_answer (7) ----------------
  mk({
    slug: 'ja-ai-selfservice',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trap: false,
    note: 'AI-generated answer suggesting the self-service Merge Accounts tool, with a holiday warning',
    from: AWS_NOTIFY,
    to: KENTA.keep,
    subject: 'AWS サポート: 自動生成された回答',
    date: dt('2025-12-22 09:05:33', '+0000'),
    enc: 'jis7',
    extra: AUTO,
    text: `この回答は生成 AI によって作成されました。内容が正確でない場合があります。

ご質問: 認定アカウントを2つ持っているので統合したい

回答:
AWS 認定のアカウント統合は、まず認定ポータルのセルフサービス機能をお試しください。
1. 残したいアカウントで AWS 認定アカウントにサインインします。
2. プロフィールのメニューから「Merge Accounts」を開きます。
3. もう一方のアカウントの情報を入力し、画面の案内に従って進めます。

年末年始は担当者の回答に時間がかかります。ツールで解決できる場合は、そちらのほうが早く完了します。
ツールで解決しない場合は「ケースを作成」を選んでください。`,
  }),
  mk({
    slug: 'ja-ai-tool-refuses',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trap: false,
    note: 'AI answer explaining when the tool refuses and to create a case; no case yet',
    from: AWS_NOTIFY,
    to: MISAKI.keep,
    subject: 'お問い合わせへの回答候補 (AI)',
    date: dt('2026-04-28 22:30:12', '+0000'),
    enc: 'utf8b64',
    extra: AUTO,
    text: `高橋 様

以下は AI アシスタントが作成した回答候補です。

・どちらか一方のアカウントにしか認定の履歴がない場合、認定ポータルの「アカウントの統合」から即時に統合できます。
・両方のアカウントに受験履歴や認定がある場合、ツールはエラーを表示します。その際はカスタマーサポートへのケース作成が必要です。
・ケースを作成する前に、両方の AWS 候補 ID(AWS で始まる番号)を手元にご用意ください。

連休期間中はサポートの回答までお時間がかかります。お急ぎの場合は、まずツールをお試しください。

この回答は役に立ちましたか? [はい] [いいえ、ケースを作成する]`,
  }),
  mk({
    slug: 'ja-ai-after-merge',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'AI answer that describes what happens after a merge (badges, closing); stays ai_answer',
    from: AWS_NOTIFY,
    to: SHO.keep,
    subject: 'AWS サポート アシスタントからの回答',
    date: dt('2025-10-14 02:58:45', '+0000'),
    enc: 'sjisb64',
    extra: AUTO,
    text: `※この内容は AI により自動で生成されています。

アカウントの統合が完了すると、統合元アカウントの認定と特典は統合先アカウントに表示されます。
Credly のデジタルバッジは自動では移動しないことがあります。統合完了の連絡を受け取ってから、統合先のメールアドレスでバッジを受け取り直してください。
統合後、問い合わせのケースは担当者によってクローズされます。

まずはセルフサービスの Merge Accounts ツールをご利用ください。ツールで統合できなかった場合のみケースを作成してください。`,
  }),
  mk({
    slug: 'ja-ai-resolved-q',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trap: false,
    note: 'multipart AI suggestion asking whether it solved the problem; no case yet',
    from: AWS_NOTIFY,
    to: KENTA.src,
    subject: 'Amazon Q による回答: 認定アカウントの統合',
    date: dt('2025-12-19 08:47:02', '+0000'),
    enc: 'utf8qp',
    extra: AUTO,
    text: `お問い合わせ内容をもとに、次の手順をご提案します。

認定ポータルにサインイン → 右上のプロフィール → アカウント設定 → Merge Accounts

統合元アカウントのメールアドレスに確認コードが届きます。コードの有効期限は30分です。期限が切れた場合は再送してください。

この回答で解決しましたか?
解決しない場合は、このページの「ケースを作成」から担当者へお問い合わせください。`,
    html: htmlDoc(`<p>お問い合わせ内容をもとに、次の手順をご提案します。</p>
<p><b>認定ポータルにサインイン → 右上のプロフィール → アカウント設定 → Merge Accounts</b></p>
<p>統合元アカウントのメールアドレスに確認コードが届きます。コードの有効期限は30分です。期限が切れた場合は再送してください。</p>
<p>この回答で解決しましたか?<br>解決しない場合は、このページの「ケースを作成」から担当者へお問い合わせください。</p>`),
  }),
  mk({
    slug: 'ja-ai-hurry',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trap: false,
    note: 'AI answer addressed to someone in a hurry; recommends the tool first',
    from: AWS_NOTIFY,
    to: SHO.src,
    subject: '自動回答: AWS 認定の複数アカウント',
    date: dt('2025-10-13 23:12:40', '+0000'),
    enc: 'jisb64',
    extra: AUTO,
    text: `お急ぎのところ恐れ入ります。こちらは自動応答の AI アシスタントです。

複数の認定アカウントをお持ちの場合、一般的には次のいずれかで解決できます。
(1) 片方のアカウントに履歴がなければ、Merge Accounts ツールですぐに統合
(2) 両方に認定がある場合は、担当者によるケース対応(数営業日)

担当者の対応には数日かかることがあるため、まず(1)をお試しいただくのがいちばん早い方法です。`,
  }),
  mk({
    slug: 'ja-ai-noauth',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trap: false,
    note: 'AI answer text that arrived without any Authentication-Results header: untrusted',
    from: AWS_NOTIFY,
    to: MISAKI.keep,
    subject: 'AI アシスタントの回答',
    date: dt('2026-04-27 11:03:56', '+0000'),
    auth: 'none',
    trusted: false,
    enc: 'utf88bit',
    relay: 'relay-jp.mailgw.example.net',
    text: `AI アシスタントからのご提案です(自動生成)。

認定アカウントの統合は、プロフィール画面の「Merge Accounts」から行えます。
両方のアカウントに認定がある場合は、ツールでは統合できないため、サポートへケースを作成してください。

ゴールデンウィーク期間中(4月29日〜5月6日)は、ケースへの回答が遅れます。`,
  }),
  mk({
    slug: 'ja-ai-on-case',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: CASE.kenta,
    trap: false,
    note: 'automated AI suggestion sent on an open case while the user waits for a human; points to the tool',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kenta),
    date: dt('2025-12-22 09:20:41', '+0000'),
    enc: 'utf8qp',
    extra: AUTO,
    text: `[自動回答] 担当者からのご連絡をお待ちいただく間に、AI が以下の情報をご用意しました。

ご依頼の内容は、Merge Accounts ツールで解決できる可能性があります。
・統合元アカウントに試験の予約が残っていないこと
・どちらか一方のアカウントにのみ認定があること
この2点を満たしていれば、ツールで数分で完了します。

満たしていない場合は、このまま担当者からの連絡をお待ちください。年末年始の休業をはさむため、ご連絡は1月5日以降になることがあります。

ケース ID: ${CASE.kenta}`,
  }),

  // ---------------- info_request (9) ----------------
  mk({
    slug: 'ja-info-reminder',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.kenta,
    trap: true,
    note: 'reminder that re-asks for both candidate IDs and the address to keep; the auto-close line is a tail, the new text asks for data',
    from: SUPPORT_JA,
    to: KENTA.keep,
    subject: formSubject(CASE.kenta),
    date: dt('2026-01-05 01:10:18', '+0000'),
    enc: 'jis7',
    text: `鈴木 健太 様

AWS トレーニングと認定の中村です。
年始のお忙しいところ恐れ入ります。12月23日にお願いしていた情報を、まだ頂戴できておりません。

統合の作業を始めるには、次の3点が必要です。
 - 統合元アカウントの AWS 候補 ID
 - 統合先アカウントの AWS 候補 ID
 - 統合後に残すアカウントのログイン用メールアドレス

お手数ですが、このメールへの返信でお知らせください。
なお、7日間ご返信がない場合、本ケースは自動的にクローズされます。

中村
AWS トレーニングと認定 カスタマーサポート

${sfRef('1Kc9Xq')}`,
  }),
  mk({
    slug: 'ja-info-first-delay',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.kenta,
    trap: false,
    note: 'first human reply, apologises for the holiday delay, then asks which account to keep and for the candidate IDs',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kenta),
    date: dt('2025-12-23 07:48:03', '+0000'),
    enc: 'utf8b64',
    text: `鈴木様

大変お待たせいたしました。年末で窓口が混み合っており、ご連絡が遅くなりましたことをお詫びします。

統合を進めるにあたり、どちらのアカウントを残すご希望か、また両アカウントの候補 ID を教えていただけますでしょうか。いただいたメールでは、ID の末尾が一部読み取れませんでした。

なお、12月27日から1月4日までは休業のため、ご返信いただいた場合の対応は1月5日以降となります。

小林
AWS Training and Certification Customer Support

${sfOriginal(KENTA.keep, '2025/12/22 9:13', SUPPORT_BARE, '[AWS Training and Certification Form Submission] - account-assistance', kentaReq)}`,
  }),
  mk({
    slug: 'ja-info-confirm-words',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'asks the user to check and tell which e-mail address to keep (ご確認のうえお知らせください): information, not consent',
    from: SUPPORT_JA,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: dt('2026-05-07 02:15:27', '+0000'),
    enc: 'sjis8',
    text: `高橋 美咲 様

連休明けのご連絡となり、お待たせいたしました。AWS トレーニングと認定の渡辺でございます。

お送りいただいた内容では、個人アドレスのアカウントにも前職アドレスが二次メールとして登録されておりました。
統合後にログインにお使いになるメールアドレスがどちらになるか、ご確認のうえお知らせください。

渡辺
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-info-write-from-keep',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.sho,
    trap: false,
    note: 'asks the user to reply from the address being kept AND to include both candidate IDs: info_request',
    from: SUPPORT,
    to: SHO.src,
    cc: SHO.keep,
    subject: formSubject(CASE.sho),
    date: dt('2025-10-15 09:02:55', '+0000'),
    enc: 'jisb64',
    text: `伊藤 様

ご連絡ありがとうございます。お返事まで少しお時間をいただきました。

本人確認のため、統合後に残すアカウント(${SHO.keep})のメールアドレスから、本メールにご返信ください。その際、両方の AWS 候補 ID を本文に記載してください。
大学のアドレスからのご返信では手続きを進められませんので、ご注意ください。

加藤
AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-info-html-certs',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.kenta,
    trap: false,
    note: 'HTML-only request for the certification names and pass dates on the old account, after an SLA apology',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kenta),
    date: dt('2026-01-05 03:27:39', '+0000'),
    enc: 'utf8qp',
    html: htmlDoc(`<div>鈴木 様</div>
<div><br></div>
<div>新年あけましておめでとうございます。休業明けで順番にご返信しており、通常の目安(2営業日)を過ぎてしまいました。申し訳ございません。</div>
<div><br></div>
<div>照合のため、統合元アカウントで取得された認定の<b>名称</b>と<b>合格日</b>を、分かる範囲で結構ですので教えていただけますか。</div>
<div><br></div>
<div>小林<br>AWS トレーニングと認定 カスタマーサポート</div>
<div style="color:#999;font-size:11px">${esc(sfRef('1Kc9Xq'))}</div>`),
  }),
  mk({
    slug: 'ja-info-name-mismatch',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.sho,
    trap: false,
    note: 'asks for the name spelling used on each account (name mismatch); Salesforce quote below',
    from: SUPPORT_JA,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: dt('2025-10-20 06:40:12', '+0000'),
    enc: 'utf8qp',
    crlf: false,
    text: `伊藤 翔 様

お待たせしております。確認したところ、2つのアカウントで氏名のローマ字表記が異なっておりました(Sho Ito / Shou Itou)。

同一人物であることを確認するため、それぞれのアカウントに登録した氏名の表記と、受験時に提示した身分証の氏名表記を返信でお送りいただけますか。

加藤

${sfOriginal(SHO.keep, '2025/10/16 21:04', SUPPORT_BARE, formSubject(CASE.sho), `残すアカウントのアドレスから返信します。
${SHO.keepId} (残す) / ${SHO.srcId} (統合元)
よろしくお願いします。`)}`,
  }),
  mk({
    slug: 'ja-info-mixed',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: false,
    note: 'Japanese request for the old account login address, wrapped in English boilerplate; language ja',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: dt('2026-05-08 08:09:51', '+0000'),
    enc: 'utf8b64',
    text: `Hello,

Thank you for contacting AWS Training and Certification.

高橋様
統合元アカウントのログインには、前職のアドレスではなく Amazon アカウントをお使いだったようです。そのサインインに使っていたメールアドレスを教えていただけますでしょうか。分からない場合は、受験した試験名と受験日でも構いません。

Please do not open a new case for this request; simply reply to this email to keep your case moving.

Best regards,
Watanabe
AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-info-forged-fail',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.kenta,
    trap: false,
    note: 'asks for password and IDs within 48 hours; dmarc=fail on the receiving server: untrusted',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>',
    to: KENTA.keep,
    subject: `至急: ケース ${CASE.kenta} 手続き期限のお知らせ`,
    date: dt('2025-12-30 13:22:09', '+0900'),
    auth: 'fail',
    trusted: false,
    enc: 'utf8qp',
    relay: 'smtp.bulk-sender.example.ru',
    text: `鈴木 健太 様

年内に統合を完了させるには、48時間以内に以下をご返信ください。
・統合元アカウントのパスワード
・統合先アカウントのパスワード
・両方の AWS 候補 ID

期限を過ぎると、本ケースは無効となり、最初からお手続きが必要です。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-info-escalated-needs',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: false,
    note: 'escalation team needs the date of an exam taken on the old account; asked without a request verb (〜が必要です)',
    from: SUPPORT_JA,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: dt('2026-05-12 04:51:30', '+0000'),
    enc: 'jis7',
    text: `高橋様

お世話になっております。渡辺です。
先日お伝えしたとおり、本件は専門チームで確認を進めております。専門チームより、統合元アカウントで最後に受験された試験の受験日と試験会場(オンライン/テストセンター)が必要との連絡がありました。

こちらが揃い次第、作業に入れるとのことです。

渡辺`,
  }),

  // ---------------- confirmation_request (9) ----------------
  mk({
    slug: 'ja-conf-deadline',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.kenta,
    trap: true,
    note: 'asks for consent to the irreversible merge, with a reply deadline and auto-close warning; consent is the new ask',
    from: SUPPORT_JA,
    to: KENTA.keep,
    subject: formSubject(CASE.kenta),
    date: dt('2026-01-08 02:10:45', '+0000'),
    enc: 'jis7',
    text: `鈴木 健太 様

ご返信ありがとうございました。いただいた情報で両アカウントを確認できました。

統合元: ${KENTA.srcId} (${KENTA.src})
統合先: ${KENTA.keepId} (${KENTA.keep})

統合を行うと元に戻すことはできません。統合元アカウントはご利用いただけなくなります。
上記の内容で進めてよろしいか、このメールに「同意します」とご返信ください。

1月15日までにご返信がない場合、ケースはいったんクローズとなりますのでご注意ください。

中村
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-conf-before-gw',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: false,
    note: 'after the escalation team finished, apologises for the wait and asks the user to agree to the merge; no closing words',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: dt('2026-05-13 01:02:16', '+0000'),
    enc: 'utf8b64',
    text: `高橋 様

専門チームの確認が終わりました。お待たせしてしまい、申し訳ございません。

前職アドレスのアカウント(${MISAKI.srcId})の認定・受験履歴・特典を、個人アドレスのアカウント(${MISAKI.keepId})へまとめます。この操作は取り消しができません。

この内容で問題なければ、その旨をご返信ください。いただいた時点で作業を予約いたします。

渡辺
AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-conf-reminder',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.sho,
    trap: true,
    note: 'second reminder that restates the full consent question; the closing warning is a tail',
    from: SUPPORT_JA,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: dt('2025-10-29 00:30:58', '+0000'),
    enc: 'sjisb64',
    text: `伊藤 翔 様

【2回目のご案内】
10月22日にお送りしたメールへのご返信がまだ届いておりませんので、改めてお送りします。

${SHO.srcId} のアカウントを ${SHO.keepId} へ統合します。統合後は元に戻せません。
この統合に同意いただける場合は、本メールにご返信ください。

5日以内にご返信がない場合は、ケースをクローズさせていただきます。

加藤`,
  }),
  mk({
    slug: 'ja-conf-table',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.kenta,
    trap: false,
    note: 'multipart consent request with a table of what moves; case in subject',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kenta),
    date: dt('2026-01-06 06:44:21', '+0000'),
    enc: 'utf8qp',
    text: `鈴木 様

休業明けで立て込んでおり、ご返信が遅くなりました。

統合の内容は以下のとおりです。
・移すもの: 認定 2件(SAA, SOA)、受験履歴、50%割引の特典
・残るアカウント: ${KENTA.keepId}
・使えなくなるアカウント: ${KENTA.srcId}

統合は取り消しできない操作です。進めてよろしければ、ご承諾の旨をご返信ください。

小林`,
    html: htmlDoc(`<p>鈴木 様</p>
<p>休業明けで立て込んでおり、ご返信が遅くなりました。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>移すもの</th><td>認定 2件(SAA, SOA)、受験履歴、50%割引の特典</td></tr>
<tr><th>残るアカウント</th><td>${KENTA.keepId}</td></tr>
<tr><th>使えなくなるアカウント</th><td>${KENTA.srcId}</td></tr>
</table>
<p>統合は取り消しできない操作です。進めてよろしければ、ご承諾の旨をご返信ください。</p>
<p>小林</p>`),
  }),
  mk({
    slug: 'ja-conf-apology',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.sho,
    trap: false,
    note: 'apologises for a week of silence, then asks for consent to merge',
    from: SUPPORT_JA,
    to: SHO.keep,
    subject: `Re: ${formSubject(CASE.sho)}`,
    date: dt('2025-10-22 08:18:36', '+0000'),
    enc: 'jisb64',
    text: `伊藤様

氏名の表記についてご回答いただいたのに、1週間近くお返事できず失礼いたしました。社内の確認に時間がかかっておりました。

確認が取れましたので、大学アドレスのアカウントを個人アドレスのアカウントに統合する準備ができています。
一度統合すると分離はできませんが、よろしいでしょうか。問題なければ、ご返信でお知らせください。

加藤
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-conf-forged-lookalike',
    trusted: false,
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: false,
    note: 'consent request via a link, from amazon.co.jp.case-support.net (look-alike subdomain trick): untrusted',
    from: 'Amazon Web Services <no-reply@amazon.co.jp.case-support.net>',
    to: MISAKI.keep,
    subject: `ケース ${CASE.misaki}: 統合の同意期限は本日です`,
    date: dt('2026-05-13 18:40:00', '+0900'),
    enc: 'utf8b64',
    text: `高橋 美咲 様

アカウント統合の同意期限が本日23:59に迫っています。
下記のボタンから同意手続きを完了してください。期限内に同意がない場合、統合は取り消されます。

[統合に同意する] https://amazon.co.jp.case-support.net/consent/${CASE.misaki}

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-conf-bilingual',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.kenta,
    trap: false,
    note: 'agent writes the consent question in Japanese under an English template line; language ja',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kenta),
    date: dt('2026-01-07 01:37:12', '+0000'),
    enc: 'utf8qp',
    text: `Dear Kenta,

(English follows Japanese / 日本語の後に英語が続きます)

鈴木様
前回の件、念のため改めてお伺いします。${KENTA.srcId} を ${KENTA.keepId} に統合すると元に戻せませんが、実施してよろしいですか。よろしければ「はい」とだけご返信ください。

We need your explicit agreement before we can merge. Please reply "Yes" to proceed.

Nakamura
AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-conf-dkimonly',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: '176550913377',
    trap: false,
    note: 'consent request on the second case, authenticated by an aligned DKIM pass only (no dmarc verdict)',
    from: SUPPORT_JA,
    to: SHO.keep,
    subject: formSubject('176550913377'),
    date: dt('2025-11-04 04:05:59', '+0000'),
    auth: 'dkimonly',
    enc: 'sjis8',
    text: `伊藤 翔 様

2件目のお問い合わせについてご連絡します。お待たせいたしました。
前回の統合で残った古いアカウント(${SHO.srcId})に、あとから別の受験記録が紐付いていたことが分かりました。

この受験記録も ${SHO.keepId} にまとめてよろしいでしょうか。統合後は元に戻せません。ご同意いただける場合はご返信ください。

加藤`,
  }),
  mk({
    slug: 'ja-conf-body-id',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: false,
    note: 'subject without case ID; the case ID is only in the body; asks for agreement to merge',
    from: SUPPORT_JA,
    to: MISAKI.keep,
    subject: 'AWS 認定アカウント統合のご確認',
    date: dt('2026-05-14 23:55:04', '+0000'),
    enc: 'jis7',
    text: `高橋美咲様

(ケース番号: ${CASE.misaki})

昨日のメールが届いていない可能性があるため、別の件名でお送りしています。
統合元 ${MISAKI.srcId} → 統合先 ${MISAKI.keepId}
この統合は取り消しできません。実施に同意される場合は、このメールにご返信をお願いします。

渡辺
AWS トレーニングと認定 カスタマーサポート`,
  }),
];

// quoting helpers are shared with part 2
export const JA_QUOTES = { kentaReq, misakiReq, shoReq, gmailJa, outlookJa };
