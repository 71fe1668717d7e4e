// Japanese messages of set fi (voice: waiting, delays and silence). Written fresh for this set.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, KENJI, KENJI_REQ, MISAKI, MISAKI_REQ, PORTAL, SHO, SHO_REQ, SUPPORT, SUPPORT_BARE, SUPPORT_JA,
  addr, formSubject, gmailJa, htmlDoc, jst, msg, newSubject, outlookJa, paras, quote, sfOriginal, sfRef,
} from './common.js';

const K = addr(KENJI.ja, KENJI.keep);
const M = addr(MISAKI.ja, MISAKI.keep);
const S = addr(SHO.ja, SHO.keep);

// ---------------------------------------------------------------- acknowledgement (7)
const ACK: Msg[] = [
  msg({
    slug: 'ja-ack-kenji', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji,
    note: 'automatic receipt of Kenji\'s new merge case; asks him to wait and not to open another case',
    from: SUPPORT, to: K, subject: newSubject(CASE.kenji), date: jst('2026-11-16 21:04:37'), enc: 'jis7',
    text: `伊藤 健二 様

AWS トレーニングと認定 カスタマーサポートへのお問い合わせ、ありがとうございます。
本メールは、お問い合わせを受け付けた時点で自動的に送信しております。

ケース番号: ${CASE.kenji}

担当者が順番に内容を拝見しております。通常は24時間以内にご返信いたしますので、今しばらくお待ちいただけますと幸いです。
お返事をお待ちの間に同じ内容で別のケースを作成されますと、かえってご回答が遅れる場合がございます。追加でお伝えになりたいことがあれば、このメールにそのままご返信ください。

AWS トレーニングと認定
${sfRef('Kz81Hq')}`,
  }),
  msg({
    slug: 'ja-ack-misaki-notify', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki,
    note: 'AWS Support notification that case was created; receipt recognisable by its field list and waiting line',
    from: AWS_NOTIFY, to: M, subject: `ケース ${CASE.misaki} を受け付けました`, date: jst('2026-11-20 08:15:02'), enc: 'sjisb64',
    text: `中村 美咲 様

以下の内容でお問い合わせを承りました。

ケース ID     : ${CASE.misaki}
件名          : 認定アカウントの統合について
カテゴリ      : AWS トレーニングと認定 / アカウント
受付日時      : 2026/11/20 08:14 (JST)
ステータス    : 担当者の割り当て待ち

担当者の手が空き次第、順にご連絡を差し上げております。現在お問い合わせが多く、初回のご返信まで少々お時間をいただく場合がございます。あらかじめご了承ください。

ケースの状況はサポートセンターからもご確認いただけます。

Amazon Web Services`,
  }),
  msg({
    slug: 'ja-ack-kenji-second', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenjiDup,
    note: 'receipt of a second case Kenji opened after days of silence; says nothing of the topic, only that replies are delayed',
    from: SUPPORT, to: K, subject: newSubject(CASE.kenjiDup), date: jst('2026-11-21 23:48:10'), enc: 'utf8qp',
    text: `伊藤様

お問い合わせを受け付けました(ケース番号 ${CASE.kenjiDup})。

ただいまお問い合わせが大変混み合っており、担当者からのご返信までに通常より日数を頂戴しております。お待たせしてしまい申し訳ございませんが、順番が来ましたら必ずご連絡いたします。

※このメールは送信専用アドレスではございません。ご返信はそのままケースに追加されます。

AWS Training and Certification
${sfRef('Kz93Lm')}`,
  }),
  msg({
    slug: 'ja-ack-sho-holiday', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho,
    note: 'receipt of Sho\'s case opened during the year-end break; replies start after the holiday',
    from: SUPPORT_JA, to: S, subject: newSubject(CASE.sho), date: jst('2026-12-28 14:22:51'), enc: 'jisb64',
    text: `小林 翔 様

このたびはお問い合わせいただき、誠にありがとうございます。ケース ${CASE.sho} として登録いたしました。

年末年始の期間中にお寄せいただいたお問い合わせにつきましては、1月5日(火)以降、受付順にご回答いたします。ご回答までお時間をいただきますこと、何卒ご容赦ください。

このメールに返信されると、同じケースに記録されます。

AWS トレーニングと認定 サポート`,
    html: htmlDoc(paras(`小林 翔 様

このたびはお問い合わせいただき、誠にありがとうございます。ケース ${CASE.sho} として登録いたしました。

年末年始の期間中にお寄せいただいたお問い合わせにつきましては、1月5日(火)以降、受付順にご回答いたします。ご回答までお時間をいただきますこと、何卒ご容赦ください。

このメールに返信されると、同じケースに記録されます。

AWS トレーニングと認定 サポート`)),
  }),
  msg({
    slug: 'ja-ack-forged-desk', kind: 'acknowledgement', lang: 'ja', caseId: CASE.phish, trusted: false,
    note: 'receipt-shaped mail from a look-alike domain (amazon-certification-desk.com); untrusted',
    from: 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon-certification-desk.com>', to: M,
    subject: newSubject(CASE.phish), date: jst('2026-11-22 02:11:40'), enc: 'jis7',
    text: `中村 美咲 様

お問い合わせを受け付けました。ケース番号は ${CASE.phish} です。
現在、本人確認の順番待ちとなっております。順番が来るまでしばらくお待ちください。
お待ちいただく間、下記ページからサインインしておくと手続きが早まります。
https://amazon-certification-desk.com/signin

AWS トレーニングと認定`,
  }),
  msg({
    slug: 'ja-ack-sho-dup-mixed', kind: 'acknowledgement', lang: 'ja', caseId: CASE.shoDup,
    note: 'receipt with English boilerplate and a Japanese preface; no topic stated',
    from: SUPPORT, to: S, subject: newSubject(CASE.shoDup), date: jst('2027-01-03 10:05:19'), enc: 'utf8b64',
    text: `小林様

お問い合わせありがとうございます。休業期間中のため、ご返信は1月5日以降になります。お待たせして恐縮です。

Thank you for contacting AWS Training and Certification.
Your case number is ${CASE.shoDup}. A member of our team will respond as soon as possible.
Please do not open a new case for the same request; this may delay our response.

AWS Training and Certification Customer Service`,
  }),
  msg({
    slug: 'ja-ack-misaki-html', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki2,
    note: 'HTML-only receipt of the case Misaki re-sent from the kept address; no topic stated',
    from: SUPPORT, to: M, subject: newSubject(CASE.misaki2), date: jst('2026-11-24 19:30:44'), enc: 'utf8b64',
    html: htmlDoc(`<div>
<p>中村 様</p>
<p>AWS トレーニングと認定へご連絡いただきありがとうございます。</p>
<table border="0" cellpadding="4">
<tr><td>ケース番号</td><td><b>${CASE.misaki2}</b></td></tr>
<tr><td>状態</td><td>受付済み・担当者待ち</td></tr>
</table>
<p>担当者より追ってご連絡いたしますので、恐れ入りますがそれまでお待ちください。</p>
<p style="color:#666">AWS Training and Certification</p>
</div>`),
  }),
];

// ---------------------------------------------------------------- ai_answer (7)
const AI: Msg[] = [
  msg({
    slug: 'ja-ai-selfservice', kind: 'ai_answer', lang: 'ja',
    note: 'generated answer shown while waiting for an agent: try the Merge Accounts tool',
    from: AWS_NOTIFY, to: K, subject: 'お問い合わせへの自動回答', date: jst('2026-11-16 21:01:12'), enc: 'jis7',
    text: `伊藤 健二 様

担当者におつなぎするまでの間に、次の方法でご自身で解決できる可能性があります。

1. 残したい方の AWS 認定アカウントにサインインします。
2. プロフィールから「アカウントの統合」を開き、もう一方のアカウントのログイン情報を入力します。
3. 画面の案内に沿って手続きを終えてください。

両方のアカウントに認定の履歴がある場合は、この画面では処理できないことがあります。その場合は「ケースを作成」からお問い合わせください。

この回答は自動で作成されました。`,
  }),
  msg({
    slug: 'ja-ai-generated-html', kind: 'ai_answer', lang: 'ja',
    note: 'AI-generated answer (HTML alternative) suggesting self-service before waiting for a human',
    from: AWS_NOTIFY, to: M, subject: 'AWS サポート: 生成 AI による回答', date: jst('2026-11-20 08:12:40'), enc: 'sjis8',
    text: `こちらは生成 AI が作成したご案内です。スタッフからの回答をお待ちいただく前に、ご確認ください。

ご質問: 認定アカウントを1つにまとめたい

ご案内: AWS Certification のアカウントページにある「Merge Accounts」ツールで、お持ちの2つのアカウントを統合できます。ツールが利用できない場合のみ、ケースの作成にお進みください。

この回答で解決しましたか?  はい / いいえ(ケースを作成)`,
    html: htmlDoc(paras(`こちらは生成 AI が作成したご案内です。スタッフからの回答をお待ちいただく前に、ご確認ください。

ご質問: 認定アカウントを1つにまとめたい

ご案内: AWS Certification のアカウントページにある「Merge Accounts」ツールで、お持ちの2つのアカウントを統合できます。ツールが利用できない場合のみ、ケースの作成にお進みください。

この回答で解決しましたか?  はい / いいえ(ケースを作成)`)),
  }),
  msg({
    slug: 'ja-ai-after-merge', kind: 'ai_answer', lang: 'ja', trap: true,
    note: 'automated answer explaining that badges can lag after a merge; describes, does not report, a merge',
    from: AWS_NOTIFY, to: S, subject: 'よくあるご質問への自動回答', date: jst('2026-12-28 14:20:03'), enc: 'utf8qp',
    text: `小林 翔 様

お問い合わせの内容に近いご質問への回答を自動でお送りしています。

Q. 統合が完了したのにバッジが移っていません
A. アカウントの統合後、Credly のバッジが新しいアカウントに反映されるまで数日かかることがあります。統合が完了した後に Credly で受け取り手続きを行ってください。数日待っても表示されない場合は、ケースからご連絡ください。

※ この回答は自動生成されたものです。担当者の回答をご希望の場合は、引き続きケースを作成してください。`,
  }),
  msg({
    slug: 'ja-ai-status-lookup', kind: 'ai_answer', lang: 'ja',
    note: 'automated reply to a "still no answer?" message: points to case status page and self-service tool',
    from: AWS_NOTIFY, to: K, subject: 'Re: まだ返信がありません (自動応答)', date: jst('2026-11-20 07:51:30'), enc: 'jisb64',
    text: `伊藤様

お待たせしており申し訳ございません。以下は自動でお送りしているご案内です。

・ケースの進み具合は、サポートセンターの「ケース」一覧で確認できます。
・ご返信を待たずに済む方法として、認定アカウントのプロフィール画面にある統合ツールをお試しいただけます。
・同じ内容のケースを追加で作ると、回答の順番が後ろになる場合があります。

担当者からのご回答は、順番が来しだいお送りいたします。

この応答は AI により生成されました。`,
  }),
  msg({
    slug: 'ja-ai-no-auth', kind: 'ai_answer', lang: 'ja', trusted: false, auth: 'none',
    note: 'AI-style answer claiming to be from no-reply-aws@amazon.com but carrying no Authentication-Results',
    from: AWS_NOTIFY, to: M, subject: '自動回答: アカウント統合について', date: jst('2026-11-23 12:40:00'), enc: 'utf8b64',
    text: `中村様

担当者の回答をお待ちの間に、次の手順をお試しください。AI が作成したご案内です。

統合ツールでは、統合元のアカウントのメールアドレスとパスワードを入力します。ツールがエラーになる場合は、しばらく時間を置いてから再度お試しください。

AWS`,
  }),
  msg({
    slug: 'ja-ai-articles', kind: 'ai_answer', lang: 'ja', crlf: false,
    note: 'automated suggestion of help articles before the case reaches a person',
    from: AWS_NOTIFY, to: S, subject: 'お問い合わせ内容に関連する記事のご案内', date: jst('2027-01-03 10:01:55'), enc: 'sjisb64',
    text: `小林 翔 様

いただいた内容をもとに、次の記事が参考になるかもしれません。担当者の対応をお待ちいただく前にご一読ください。

・AWS 認定アカウントを統合するには (Merge Accounts ツール)
・統合の前に確認しておく項目 (受験者 ID、保有資格、特典)
・Credly バッジの受け取り方

この案内は自動的に選ばれたものです。解決しない場合はケースの作成にお進みください。`,
  }),
  msg({
    slug: 'ja-ai-mixed', kind: 'ai_answer', lang: 'ja',
    note: 'generated answer, Japanese text with an English disclaimer line',
    from: AWS_NOTIFY, to: K, subject: 'AWS サポートからの自動ご案内', date: jst('2026-11-16 20:59:47'), enc: 'utf88bit',
    text: `伊藤様

お問い合わせありがとうございます。担当者へ引き継ぐ前に、自動でご案内しております。

認定アカウントが複数ある場合は、残したいアカウントでサインインし、「Merge Accounts」ツールからもう一方を統合できます。すでに両方で合格履歴があると、ツールから先へ進めないことがあります。そのときは「ケースを作成」を選び、担当者からの連絡をお待ちください。

This answer was generated by AI and may not be accurate.`,
  }),
];

// ---------------------------------------------------------------- info_request (8)
const KENJI_ORIG = sfOriginal(`${KENJI.ja} [${KENJI.keep}]`, '2026/11/16 12:04', SUPPORT_BARE, '[AWS Training and Certification Form Submission] - account-assistance', KENJI_REQ);

const INFO: Msg[] = [
  msg({
    slug: 'ja-info-kenji-ids', kind: 'info_request', lang: 'ja', caseId: CASE.kenji,
    note: 'after the wait, support asks for both candidate IDs, the login e-mails and which account to keep',
    from: SUPPORT, to: K, subject: formSubject(CASE.kenji), date: jst('2026-11-19 16:37:09'), enc: 'jis7',
    text: `伊藤 健二 様

大変お待たせいたしました。AWS トレーニングと認定の林と申します。
ご返信が遅くなりましたこと、お詫び申し上げます。

統合の手続きに入る前に、次の点を教えていただけますでしょうか。
・両アカウントの受験者 ID (AWS から始まる番号)
・それぞれのアカウントのログイン用メールアドレス
・今後お使いになるアカウントはどちらか

いただいた内容を確認でき次第、次のご案内をお送りします。

林
AWS トレーニングと認定

${KENJI_ORIG}

${sfRef('Kz81Hq')}`,
  }),
  msg({
    slug: 'ja-info-misaki-nudge', kind: 'info_request', lang: 'ja', caseId: CASE.misaki,
    note: 'support has not heard back and asks again for the source account\'s login e-mail (no closing warning)',
    from: SUPPORT, to: M, subject: formSubject(CASE.misaki), date: jst('2026-11-27 11:02:33'), enc: 'sjis8',
    text: `中村 美咲 様

先日お送りしたメールへのご返信を心待ちにしておりましたが、まだ届いていないようでしたので、改めてご連絡いたしました。

大学のアドレスで作成されたアカウントについて、サインインにお使いのメールアドレスが記録と一致せず、こちらで特定できていない状態です。お手数ですが、実際にログインに使われているアドレスを本メールへの返信でお知らせください。

お返事をいただければ、すぐに作業を再開いたします。

AWS トレーニングと認定 カスタマーサービス
小松`,
  }),
  msg({
    slug: 'ja-info-sho-hold', kind: 'info_request', lang: 'ja', caseId: CASE.sho,
    note: 'case on hold until Sho writes from the kept address with both candidate IDs',
    from: SUPPORT, to: S, subject: formSubject(CASE.sho), date: jst('2027-01-06 15:18:27'), enc: 'utf8qp',
    text: `小林様

休業明けで順にご対応しており、お返事が遅くなりました。

本件は現在、保留とさせていただいております。お手数ではございますが、今後お使いになる ${SHO.keep} のアドレスから本メールにご返信いただき、その際に両方のアカウントの受験者 ID を書き添えていただけますでしょうか。いただいたご返信をもって保留を解除し、先へ進めます。

よろしくお願いいたします。
AWS トレーニングと認定 サポートチーム 西田

${gmailJa('2026-12-28 14:18', `${SHO.ja} <${SHO.keep}>`, SHO_REQ)}`,
  }),
  msg({
    slug: 'ja-info-confirm-address', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'worded with ご確認のうえ but asks for the e-mail address to keep: information, not consent',
    from: SUPPORT, to: M, subject: formSubject(CASE.misaki), date: jst('2026-11-24 10:46:58'), enc: 'jisb64',
    text: `中村様

ご返信が遅くなり、申し訳ございません。社内で確認に時間を要しておりました。

統合後に残すアカウントのメールアドレスにつきまして、個人用と大学用のどちらにされるか、ご確認のうえお知らせください。お知らせいただくまで、作業はこちらで止めてお待ちしております。

AWS トレーニングと認定
小松

${gmailJa('2026-11-20 08:09', `${MISAKI.ja} <${MISAKI.keep}>`, MISAKI_REQ)}`,
  }),
  msg({
    slug: 'ja-info-exam-booking', kind: 'info_request', lang: 'ja', caseId: CASE.kenji,
    note: 'other team blocks the merge because an exam is booked on the source account; asks for the date',
    from: SUPPORT, to: K, subject: formSubject(CASE.kenji), date: jst('2026-11-24 13:05:41'), enc: 'utf8b64',
    text: `伊藤様

お待たせしております。統合を担当するチームに確認したところ、統合元のアカウント (${KENJI.srcId}) に受験予約が1件残っており、このままでは手続きを進められないとのことでした。

予約されている試験の日付、もしくはキャンセルされる予定日を教えていただけますか。試験が終わってからの統合でも問題ございません。

林 / AWS トレーニングと認定

${outlookJa('2026-11-21 09:12', `${KENJI.ja} <${KENJI.keep}>`, SUPPORT_BARE, formSubject(CASE.kenji), `林様

ご連絡ありがとうございます。
受験者ID: ${KENJI.keepId} (残す方), ${KENJI.srcId}
ログイン: ${KENJI.keep} / ${KENJI.src}
よろしくお願いいたします。`)}`,
  }),
  msg({
    slug: 'ja-info-phish', kind: 'info_request', lang: 'ja', caseId: CASE.phish, trusted: false, auth: 'fail',
    note: 'phishing asking for password and ID "to avoid further delay"; amazon.co.jp look-alike subdomain trick, dmarc=fail',
    from: 'AWS認定サポート <support@amazon.co.jp.verify-id.com>', to: K, subject: `【対応保留中】ケース${CASE.phish} 本人確認のお願い`, date: jst('2026-11-22 03:33:12'), enc: 'jis7',
    text: `伊藤 健二 様

ご依頼の統合手続きは、本人確認が取れないため保留となっております。これ以上お待たせしないために、以下をご返信ください。

・受験者ID
・ログインパスワード
・生年月日

48時間以内にご返信がない場合、手続きはさらに遅れます。

AWS認定サポート`,
  }),
  msg({
    slug: 'ja-info-name-mismatch', kind: 'info_request', lang: 'ja', caseId: CASE.misaki,
    note: 'case ID only in the body; asks for romanised name and birth date because names differ',
    from: SUPPORT, to: M, subject: 'Re: 認定アカウント統合のお問い合わせ', date: jst('2026-11-30 17:20:08'), enc: 'sjisb64',
    text: `中村様

お問い合わせ番号: ${CASE.misaki}

長らくお待たせしてしまい、失礼いたしました。
2つのアカウントでお名前の表記が異なっており (漢字とローマ字)、ご本人のものか照合するのに時間がかかっております。照合を終えるため、パスポートと同じローマ字表記のお名前と、生年月日を返信にてお送りいただけますでしょうか。

引き続きよろしくお願いいたします。
AWS トレーニングと認定 小松`,
  }),
  msg({
    slug: 'ja-info-certs-list-html', kind: 'info_request', lang: 'ja', caseId: CASE.sho,
    note: 'HTML-only reply after the New Year break asking which certifications and pass dates each account holds',
    from: SUPPORT, to: S, subject: formSubject(CASE.sho), date: jst('2027-01-07 10:12:35'), enc: 'utf8b64',
    html: htmlDoc(`<div>
<p>小林 翔 様</p>
<p>年始の休業明けでご返信が後回しになってしまい、申し訳ございません。</p>
<p>作業を先へ進めるため、それぞれのアカウントでお持ちの認定資格の名称と、合格された日付を一覧でお送りいただけますか。記録と突き合わせた後、統合の可否をご連絡します。</p>
<p>西田<br>AWS Training and Certification</p>
</div>
<div class="gmail_quote">
<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">
受験者IDは ${SHO.keepId} と ${SHO.srcId} です。休み明けで構いませんのでよろしくお願いします。
</blockquote>
</div>`),
  }),
];

// ---------------------------------------------------------------- confirmation_request (8)
const CONF: Msg[] = [
  msg({
    slug: 'ja-conf-kenji', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji,
    note: 'checks finished after a wait; asks Kenji to reply with consent because the merge cannot be undone',
    from: SUPPORT, to: K, subject: formSubject(CASE.kenji), date: jst('2026-11-26 18:44:20'), enc: 'jis7',
    text: `伊藤 健二 様

お待たせいたしました。受験予約の件も含め、両アカウントの確認が終わりました。

統合元: ${KENJI.srcId} (${KENJI.src})
統合先: ${KENJI.keepId} (${KENJI.keep})

統合いたしますと、元の状態に戻すことはできません。上記の内容でよろしければ、本メールに「同意します」とご返信ください。ご返信を確認してから作業に入ります。

林
AWS トレーニングと認定
${sfRef('Kz81Hq')}`,
  }),
  msg({
    slug: 'ja-conf-misaki-waiting', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki,
    note: 'support is still waiting for Misaki\'s consent and asks for it again, without the word "confirm"',
    from: SUPPORT, to: M, subject: formSubject(CASE.misaki), date: jst('2026-12-04 09:58:16'), enc: 'sjis8',
    text: `中村 美咲 様

12月1日にお送りした統合内容につきまして、ご同意のお返事をまだいただけていないため、作業を始められずにおります。

統合先: ${MISAKI.keep}
統合元: ${MISAKI.src}

統合後の取り消しはできかねますので、この内容で差し支えなければ、その旨をひとことご返信いただけますでしょうか。お返事をいただいた日のうちに着手いたします。

AWS トレーニングと認定 小松`,
  }),
  msg({
    slug: 'ja-conf-sho-table', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho,
    note: 'lists what moves and asks for approval to proceed; irreversible',
    from: SUPPORT, to: S, subject: formSubject(CASE.sho), date: jst('2027-01-08 16:30:02'), enc: 'utf8qp',
    text: `小林様

ご連絡をお待たせしました。記録の突き合わせが終わりましたので、最終的な内容をお送りします。

[統合元] ${SHO.srcId} / ${SHO.src}
  保有資格: Cloud Practitioner, SysOps Administrator - Associate
[統合先] ${SHO.keepId} / ${SHO.keep}
  保有資格: Solutions Architect - Associate

統合元の資格と特典はすべて統合先へ移り、統合元のアカウントは使えなくなります。処理後に元へ戻すことはできません。
この内容で進めてよいか、ご返信でお知らせください。

西田 / AWS トレーニングと認定`,
  }),
  msg({
    slug: 'ja-conf-template', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenjiDup,
    note: 'consent request giving an English sentence to paste back; on Kenji\'s second case',
    from: SUPPORT, to: K, subject: formSubject(CASE.kenjiDup), date: jst('2026-11-25 20:15:48'), enc: 'jisb64',
    text: `伊藤様

お待たせいたしました。ご依頼の統合につきまして、社内の確認が取れました。

最後に、統合へのご同意をいただく必要がございます。処理は取り消せませんので、ご納得いただけましたら、次の一文をそのままご返信ください。

I agree to merge ${KENJI.srcId} into ${KENJI.keepId}.

ご返信をいただくまで、作業は開始いたしせん。

AWS トレーニングと認定 サポート 上田`,
  }),
  msg({
    slug: 'ja-conf-forged', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, trusted: false, auth: 'failThenForged',
    note: 'consent request whose top Authentication-Results fails; a planted pass sits lower',
    from: SUPPORT, to: M, subject: formSubject(CASE.misaki), date: jst('2026-12-02 01:17:55'), enc: 'sjisb64',
    text: `中村様

大変お待たせいたしました。統合のご準備が整いました。
統合は取り消しができないため、下記リンクから同意ボタンを押してください。押していただくまで手続きは止まったままとなります。

https://aws-merge-consent.example.net/ja/agree

AWS トレーニングと認定`,
  }),
  msg({
    slug: 'ja-conf-after-team', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki,
    note: 'other team answered after a wait; support asks for final approval, quoting Misaki\'s Outlook message',
    from: SUPPORT, to: M, subject: formSubject(CASE.misaki), date: jst('2026-12-01 14:09:31'), enc: 'utf8b64',
    text: `中村様

お返事を長らくお待たせいたしました。担当チームから、下記の内容であれば処理できると回答がございました。

統合元 ${MISAKI.srcId} → 統合先 ${MISAKI.keepId}

ひとたび統合しますと元には戻せません。最終確認として、この内容でご了承いただけるかどうか、ご返信をお願いいたします。

小松
AWS トレーニングと認定

${outlookJa('2026-11-30 21:40', `${MISAKI.ja} <${MISAKI.keep}>`, SUPPORT_BARE, formSubject(CASE.misaki), `小松様

ローマ字表記は NAKAMURA MISAKI、生年月日は別途お伝えした通りです。
お待ちしております。
中村`)}`,
  }),
  msg({
    slug: 'ja-conf-html-voucher', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho,
    note: 'multipart consent request that also says the exam voucher moves; reply to approve',
    from: SUPPORT, to: S, subject: formSubject(CASE.sho), date: jst('2027-01-09 11:47:06'), enc: 'jisb64',
    text: `小林 翔 様

お待たせしております。昨日のご案内に一点追記がございます。
統合元でお持ちの50%割引バウチャーも統合先へ移ります。有効期限は変わりません。

これを踏まえたうえで統合を進めてよろしいか、ご返信にてご意思をお聞かせください。処理後の取り消しはできません。

西田`,
    html: htmlDoc(paras(`小林 翔 様

お待たせしております。昨日のご案内に一点追記がございます。
統合元でお持ちの50%割引バウチャーも統合先へ移ります。有効期限は変わりません。

これを踏まえたうえで統合を進めてよろしいか、ご返信にてご意思をお聞かせください。処理後の取り消しはできません。

西田`)),
  }),
  msg({
    slug: 'ja-conf-body-id', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji,
    note: 'case ID only in the body; plain subject; asks whether to proceed with the irreversible merge',
    from: SUPPORT, to: K, subject: 'アカウント統合の最終確認', date: jst('2026-11-28 10:02:59'), enc: 'utf88bit',
    text: `伊藤様

(ケース番号 ${CASE.kenji})

先日のご案内へのお返事がまだのようでしたので、念のため再送いたします。
統合元 ${KENJI.srcId} の資格を統合先 ${KENJI.keepId} へ移してよいか、ご意向をお聞かせください。統合は一度行うと元に戻せません。

お返事をいただけましたら、すぐに手配いたします。
林`,
  }),
];

// ---------------------------------------------------------------- merge_completed (8)
const MERGED: Msg[] = [
  msg({
    slug: 'ja-merged-kenji', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji,
    note: '"大変お待たせいたしました。統合が完了しました" above a long quoted thread (consent, confirmation request, IDs, info request)',
    from: SUPPORT, to: K, subject: formSubject(CASE.kenji), date: jst('2026-12-01 09:26:14'), enc: 'jis7',
    text: `伊藤 健二 様

大変お待たせいたしました。統合が完了しました。
${KENJI.srcId} の認定資格と特典は、${KENJI.keepId} (${KENJI.keep}) でご覧いただけます。

サインインのうえ、表示に不足がないかお確かめください。

林
AWS トレーニングと認定

${sfOriginal(`${KENJI.ja} [${KENJI.keep}]`, '2026/11/28 22:10', SUPPORT_BARE, formSubject(CASE.kenji), `同意します。よろしくお願いいたします。
伊藤

${gmailJa('2026-11-26 18:44', `AWS Training and Certification <${SUPPORT_BARE}>`, `伊藤 健二 様

お待たせいたしました。受験予約の件も含め、両アカウントの確認が終わりました。
統合いたしますと、元の状態に戻すことはできません。上記の内容でよろしければ、本メールに「同意します」とご返信ください。

林

${gmailJa('2026-11-21 09:12', `${KENJI.ja} <${KENJI.keep}>`, `林様
受験者ID: ${KENJI.keepId} (残す方), ${KENJI.srcId}
ログイン: ${KENJI.keep} / ${KENJI.src}

${gmailJa('2026-11-19 16:37', `AWS Training and Certification <${SUPPORT_BARE}>`, `大変お待たせいたしました。統合の手続きに入る前に、次の点を教えていただけますでしょうか。
・両アカウントの受験者 ID
・今後お使いになるアカウントはどちらか`)}`)}`)}`)}

${sfRef('Kz81Hq')}`,
  }),
  msg({
    slug: 'ja-merged-misaki', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki,
    note: 'apology for the time taken, then: the merge was finished today; please check the certifications',
    from: SUPPORT, to: M, subject: formSubject(CASE.misaki), date: jst('2026-12-08 16:51:07'), enc: 'sjis8',
    text: `中村 美咲 様

長らくお時間をいただき、申し訳ございませんでした。
ご依頼いただいておりましたアカウントの統合処理は、本日付で完了いたしております。

今後は ${MISAKI.keep} でサインインしていただき、大学のアカウントで取得された資格が表示されているかご確認ください。

AWS トレーニングと認定 カスタマーサービス
小松`,
  }),
  msg({
    slug: 'ja-merged-portal', kind: 'merge_completed', lang: 'ja',
    note: 'certification portal\'s own notice that the accounts were merged (no case ID)',
    from: PORTAL, to: S, subject: 'AWS 認定: アカウントの統合が完了しました', date: jst('2027-01-12 04:03:29'), enc: 'utf8b64',
    text: `小林 翔 様

お待たせしました。ご依頼のあった AWS 認定アカウントの統合処理が終わりました。
統合後のアカウント: ${SHO.keep}

認定資格、試験履歴、特典は、このアカウントにまとめて表示されます。

AWS Certification`,
    html: htmlDoc(paras(`小林 翔 様

お待たせしました。ご依頼のあった AWS 認定アカウントの統合処理が終わりました。
統合後のアカウント: ${SHO.keep}

認定資格、試験履歴、特典は、このアカウントにまとめて表示されます。

AWS Certification`)),
  }),
  msg({
    slug: 'ja-merged-and-closing', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenjiDup, trap: true,
    note: 'merge done and the case will now be closed: the completion is the new fact (closing words present)',
    from: SUPPORT, to: K, subject: formSubject(CASE.kenjiDup), date: jst('2026-11-30 18:12:42'), enc: 'jisb64',
    text: `伊藤様

お待たせいたしました。ご同意をいただいた内容で、アカウントの統合処理が完了いたしました。
これをもちまして、本ケースはクローズとさせてただきます。

AWS トレーニングと認定 サポート 上田`,
  }),
  msg({
    slug: 'ja-merged-sho-after-break', kind: 'merge_completed', lang: 'ja', caseId: CASE.sho,
    note: 'delay over the New Year, then the merge was done on Jan 11',
    from: SUPPORT, to: S, subject: formSubject(CASE.sho), date: jst('2027-01-12 10:37:50'), enc: 'utf8qp',
    text: `小林様

連休をはさみ、ご案内が遅くなってしまいました。1月11日付で統合処理を終えております。
${SHO.keep} にサインインいただくと、統合元の資格とバウチャーがご確認いただけます。

西田 / AWS トレーニングと認定

${gmailJa('2027-01-09 21:03', `${SHO.ja} <${SHO.keep}>`, '内容を確認しました。これで進めてください。')}`,
  }),
  msg({
    slug: 'ja-merged-lookalike-mx', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, trusted: false, auth: 'lookalikeServer',
    note: 'completion text, but the top Authentication-Results comes from a look-alike authserv-id',
    from: SUPPORT, to: M, subject: formSubject(CASE.misaki), date: jst('2026-12-06 03:44:21'), enc: 'jisb64',
    text: `中村様

お待たせいたしました。アカウントの統合が完了しました。
統合後のアカウントの確認のため、下記からサインインしてください。

https://aws-training-signin.example.net/

AWS トレーニングと認定`,
  }),
  msg({
    slug: 'ja-merged-body-id', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji,
    note: 'case ID only in the body; says the two accounts are now one',
    from: SUPPORT, to: K, subject: 'Re: 認定アカウント統合の件', date: jst('2026-11-30 15:08:36'), enc: 'sjisb64',
    text: `伊藤 健二 様

ケース ${CASE.kenji} の件でご連絡いたします。
ご返信から少しお時間をいただきましたが、先ほど2つのアカウントを1つにまとめる作業が終わりました。以降は ${KENJI.keep} のアカウントのみをお使いください。

林`,
  }),
  msg({
    slug: 'ja-merged-mixed', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki2,
    note: 'Japanese preface, English status line: accounts successfully merged',
    from: SUPPORT, to: M, subject: formSubject(CASE.misaki2), date: jst('2026-12-08 17:02:13'), enc: 'utf88bit',
    text: `中村様

お待たせしました。英語の定型文で失礼します。

Your AWS Certification accounts have been successfully merged. Please sign in with ${MISAKI.keep} to review your certifications.

ご不明点があればご返信ください。
AWS Training and Certification`,
  }),
];

// ---------------------------------------------------------------- badges_transferred (7)
const CREDLY_JA = (badge: string, lead: string): string => `${MISAKI.ja} さん

${lead}

Amazon Web Services Training and Certification から「${badge}」のバッジが発行されました。

バッジを入手する
https://www.credly.com/earner/earned/badge/7f1c0e2a-4b1d-4c8e-9a55-2d3e6b8a1f04

このメールは ${MISAKI.keep} 宛に送信されています。

Credly`;

const BADGES: Msg[] = [
  msg({
    slug: 'ja-badge-credly-issued', kind: 'badges_transferred', lang: 'ja',
    note: 'AWS badge issued via Credly to the kept address after the merge; "お待たせしました"',
    from: CREDLY_AWS, to: M, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: jst('2026-12-10 06:15:33'), enc: 'jisb64',
    text: CREDLY_JA('AWS Certified Solutions Architect - Associate', 'お待たせしました。あなたのバッジの準備ができています。'),
    html: htmlDoc(paras(CREDLY_JA('AWS Certified Solutions Architect - Associate', 'お待たせしました。あなたのバッジの準備ができています。'))),
  }),
  msg({
    slug: 'ja-badge-support-slow', kind: 'badges_transferred', lang: 'ja', caseId: CASE.misaki,
    note: 'support: the badge move took longer than usual but the four badges are now on the kept Credly account',
    from: SUPPORT, to: M, subject: formSubject(CASE.misaki), date: jst('2026-12-11 12:20:45'), enc: 'jis7',
    text: `中村 美咲 様

バッジの移行に通常より時間を要しておりましたが、本日、Credly 上のバッジ4件を ${MISAKI.keep} のアカウントへ移し終えました。
Credly にサインインして、表示をご確認ください。

お待たせしてしまい、申し訳ございませんでした。
小松`,
  }),
  msg({
    slug: 'ja-badge-and-close', kind: 'badges_transferred', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: 'badges moved and the case is being closed: badges_transferred (closing words present)',
    from: SUPPORT, to: K, subject: formSubject(CASE.kenji), date: jst('2026-12-04 17:33:08'), enc: 'sjis8',
    text: `伊藤様

お待たせいたしました。Credly のバッジにつきましても、統合先アカウント側への移行が完了しております。
ほかにご不明な点がなければ、本ケースはこのままクローズさせていただきます。

林
AWS トレーニングと認定`,
  }),
  msg({
    slug: 'ja-badge-pending-accept', kind: 'badges_transferred', lang: 'ja',
    note: 'Credly reminder that an AWS badge on the kept account is waiting to be accepted',
    from: CREDLY_AWS, to: K, subject: 'バッジが受け取りを待っています', date: jst('2026-12-07 08:00:12'), enc: 'sjisb64',
    text: `${KENJI.ja} さん

Amazon Web Services Training and Certification が発行した「AWS Certified Developer - Associate」のバッジが、まだ受け取られていません。

バッジを入手する
https://www.credly.com/earner/earned/badge/0b8d55a1-9e02-4f77-8c3a-61e2a9d40c7b

${KENJI.keep} 宛の通知です。

Credly`,
  }),
  msg({
    slug: 'ja-badge-forged-credly', kind: 'badges_transferred', lang: 'ja', trusted: false,
    note: 'badge notice from a look-alike Credly domain (credly-badges.net); untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>', to: S,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: jst('2027-01-13 01:22:19'), enc: 'utf8b64',
    text: `${SHO.ja} さん

お待たせしました。統合後のアカウントにバッジが移行されました。
下のボタンから受け取ってください。48時間を過ぎると無効になります。

バッジを入手する
https://credly-badges.net/accept?id=99821

Credly`,
  }),
  msg({
    slug: 'ja-badge-support-fixed', kind: 'badges_transferred', lang: 'ja', caseId: CASE.sho,
    note: 'support: the badges Sho reported missing now show on the kept Credly account',
    from: SUPPORT, to: S, subject: formSubject(CASE.sho), date: jst('2027-01-15 14:41:27'), enc: 'utf8qp',
    text: `小林様

先日ご指摘いただいたバッジの件、担当チームでの対応が終わり、${SHO.keep} の Credly プロフィールに3つとも表示されるようになりました。
確認にお時間をいただき、失礼いたしました。

西田

${gmailJa('2027-01-13 08:30', `${SHO.ja} <${SHO.keep}>`, '統合ありがとうございました。ただ、Credly のバッジが古いアドレスの方に残ったままです。')}`,
  }),
  msg({
    slug: 'ja-badge-credly-footer-en', kind: 'badges_transferred', lang: 'ja',
    note: 'Japanese Credly issue notice with English footer; AWS badge on the kept account',
    from: CREDLY_AWS, to: S, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: jst('2027-01-14 07:12:50'), enc: 'jis7',
    text: `${SHO.ja} さん

長らくお待たせしました。Amazon Web Services Training and Certification から「AWS Certified SysOps Administrator - Associate」のバッジが届いています。

バッジを入手する
https://www.credly.com/earner/earned/badge/3c9e1174-5b60-4ad2-b8f3-fe0a2b7c6d15

You are receiving this email because a badge was issued to ${SHO.keep}.
Credly, Inc.`,
  }),
];

// ---------------------------------------------------------------- case_closed (8)
const CLOSED: Msg[] = [
  msg({
    slug: 'ja-closed-3days', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki,
    note: 'no reply from Misaki: the case will close automatically in 3 days',
    from: SUPPORT, to: M, subject: formSubject(CASE.misaki), date: jst('2026-11-29 09:12:40'), enc: 'jis7',
    text: `中村 美咲 様

先日のご案内以降、お返事をいただけない状態が続いております。
このまま3日間ご連絡がない場合、本ケースは自動的にクローズされます。引き続きご希望の際は、このメールにご返信ください。

AWS トレーニングと認定`,
  }),
  msg({
    slug: 'ja-closed-notify', kind: 'case_closed', lang: 'ja', caseId: CASE.kenjiDup,
    note: 'AWS Support notification: the case was resolved/closed',
    from: 'AWS サポート <no-reply@support.aws.com>', to: K, subject: `ケース ${CASE.kenjiDup} は解決済みになりました`, date: jst('2026-12-03 00:05:11'), enc: 'sjis8',
    text: `伊藤 健二 様

ケース ${CASE.kenjiDup} のステータスが「解決済み」に変更されました。
ケースは解決から14日以内であれば、サポートセンターから再開できます。

Amazon Web Services`,
  }),
  msg({
    slug: 'ja-closed-restate-merge', kind: 'case_closed', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: 'closing notice that only restates the merge reported last week',
    from: SUPPORT, to: K, subject: formSubject(CASE.kenji), date: jst('2026-12-09 11:20:32'), enc: 'utf8qp',
    text: `伊藤様

先週ご案内いたしましたとおり、アカウントの統合は完了しております。その後ご連絡がございませんので、ご返信がない場合は本ケースをクローズとさせていただきます。

林 / AWS トレーニングと認定`,
  }),
  msg({
    slug: 'ja-closed-7days-silence', kind: 'case_closed', lang: 'ja', caseId: CASE.sho,
    note: 'waited seven days without a reply, so the case was resolved; can be reopened',
    from: SUPPORT, to: S, subject: formSubject(CASE.sho), date: jst('2027-01-26 10:00:48'), enc: 'jisb64',
    text: `小林 翔 様

お客様からのご連絡をお待ちしておりましたが、7日間お返事がございませんでしたので、本ケースを解決済みといたしました。
後日ご不明な点が出てきた場合は、このメールにご返信いただければケースが再開されます。

AWS トレーニングと認定 サポートチーム`,
  }),
  msg({
    slug: 'ja-closed-otheronly', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki, trusted: false, auth: 'otherOnly',
    note: 'closing notice whose only Authentication-Results is another server\'s (mx.google.com), below our Received',
    from: SUPPORT, to: M, subject: formSubject(CASE.misaki), date: jst('2026-12-15 13:33:09'), enc: 'sjisb64',
    text: `中村様

ご返信をお待ちしておりましたが、ご連絡がありませんでしたのでケースを終了いたします。

AWS トレーニングと認定`,
  }),
  msg({
    slug: 'ja-closed-html', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki2, forUser: false,
    note: 'HTML-only: no answer received, the case has been closed; sent to the university address and redirected (Resent-*)',
    resent: { from: 'mail-forwarder@univ.example.ac.jp', to: MISAKI.keep, date: jst('2026-12-16 09:46:02') },
    from: SUPPORT, to: addr(MISAKI.ja, MISAKI.src), subject: formSubject(CASE.misaki2), date: jst('2026-12-16 09:45:27'), enc: 'utf8b64',
    html: htmlDoc(`<p>中村 美咲 様</p>
<p>ケース ${CASE.misaki2} につきまして、しばらくお返事をお待ちしておりましたが、ご連絡が確認できなかったため、クローズいたしました。</p>
<p>再度お手伝いが必要な場合は、お気軽にご返信ください。</p>
<p>AWS トレーニングと認定</p>`),
  }),
  msg({
    slug: 'ja-closed-restate-badges', kind: 'case_closed', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'closing note that restates the earlier badge move and merge; no new event',
    from: SUPPORT, to: S, subject: formSubject(CASE.sho), date: jst('2027-01-19 15:55:03'), enc: 'jis7',
    text: `小林様

統合とバッジの移行につきましては、先日お知らせしたとおりすでに完了しております。
その後ご質問もないようですので、本件はこれでクローズとさせていただきます。

西田`,
  }),
  msg({
    slug: 'ja-closed-mixed-72h', kind: 'case_closed', lang: 'ja', caseId: CASE.kenjiDup,
    note: 'Japanese notice with an English auto-resolve line: closes in 72 hours without a reply',
    from: SUPPORT, to: K, subject: formSubject(CASE.kenjiDup), date: jst('2026-11-29 19:40:15'), enc: 'utf88bit',
    text: `伊藤様

こちらのケースについて、お返事をお待ちしております。

This case will be automatically resolved in 72 hours if we do not hear from you.

72時間以内にご返信がない場合、自動的にクローズとなります。
AWS Training and Certification`,
  }),
];

// ---------------------------------------------------------------- support_reply (10)
const REPLY: Msg[] = [
  msg({
    slug: 'ja-reply-still-working', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: 'status: still working, merge not finished yet; please wait',
    from: SUPPORT, to: K, subject: formSubject(CASE.kenji), date: jst('2026-11-29 14:10:05'), enc: 'jis7',
    text: `伊藤 健二 様

ご同意のお返事ありがとうございます。現在も引き続き作業を進めております。
統合の完了まで、今しばらくお待ちくださいますようお願いいたします。

林`,
  }),
  msg({
    slug: 'ja-reply-other-team', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'waiting for another team\'s answer before the merge can go ahead',
    from: SUPPORT, to: M, subject: formSubject(CASE.misaki), date: jst('2026-11-25 18:02:44'), enc: 'sjis8',
    text: `中村様

ご連絡ありがとうございます。いただいたアドレスを確認しましたが、統合元のアカウントは別の部署の管理となっており、現在そちらからの回答待ちとなっております。

回答が届き次第、統合の手順についてご案内いたしますので、いましばらくお時間をください。

小松

--------------- 元のメッセージ ---------------
差出人: ${MISAKI.ja} [${MISAKI.keep}]
送信日時: 2026/11/25 07:58
宛先: ${SUPPORT_BARE}
件名: ${formSubject(CASE.misaki)}

小松様
ログインに使っているのは ${MISAKI.src} です。大学の方はもうすぐ使えなくなるので、お早めにお願いできると助かります。
中村`,
  }),
  msg({
    slug: 'ja-reply-badge-slow', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: '"バッジの移行に通常より時間を要しております": badge move not done yet',
    from: SUPPORT, to: M, subject: formSubject(CASE.misaki), date: jst('2026-12-09 15:27:39'), enc: 'utf8qp',
    text: `中村 美咲 様

お問い合わせの Credly バッジにつきまして、現在、バッジの移行に通常より時間を要しております。
移行が終わりましたら改めてご連絡いたまします。ご不便をおかけしますが、もうしばらくお待ちください。

AWS トレーニングと認定 小松`,
  }),
  msg({
    slug: 'ja-reply-thanks-consent', kind: 'support_reply', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'thanks for the consent, passed to the team; expect 3 to 5 business days',
    from: SUPPORT, to: S, subject: formSubject(CASE.sho), date: jst('2027-01-10 10:05:14'), enc: 'jisb64',
    text: `小林様

ご確認のお返事をありがとうございます。内容を担当チームへ引き継ぎました。
処理にはおおむね3から5営業日ほどかかりますので、終わり次第あらためてご連絡いたします。

西田`,
  }),
  msg({
    slug: 'ja-reply-holiday-backlog', kind: 'support_reply', lang: 'ja', caseId: CASE.sho, trap: true, crlf: false,
    note: 'holiday backlog: merge work resumes after the break; nothing done yet',
    from: SUPPORT, to: S, subject: formSubject(CASE.sho), date: jst('2026-12-30 11:11:11'), enc: 'sjisb64',
    text: `小林 翔 様

年末年始の休業に伴い、ご返信にお時間をいただいております。
統合に関わる作業は、休業明けの1月5日から順に再開いたします。お待たせして申し訳ございません。

AWS トレーニングと認定`,
  }),
  msg({
    slug: 'ja-reply-not-done-yet', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: 'bottom-posted answer to Kenji\'s chase: merge not complete yet, checking the system again',
    from: SUPPORT, to: K, subject: formSubject(CASE.kenji), date: jst('2026-11-30 11:46:22'), enc: 'utf8b64',
    text: `${gmailJa('2026-11-30 08:02', `${KENJI.ja} <${KENJI.keep}>`, `林様

同意の返信から2日経ちましたが、まだ統合元のアカウントにログインできてしまいます。
進み具合を教えていただけますか。
伊藤`)}

伊藤様

まだ統合が完了していないとのこと、承知いたしました。お待たせしてしまい申し訳ございません。
システム側の処理状況を改めて確認しておりますので、もう少しだけお時間をいただけますでしょうか。

林`,
  }),
  msg({
    slug: 'ja-reply-dup-cases', kind: 'support_reply', lang: 'ja', caseId: CASE.kenjiDup, trap: true,
    note: '"重複したケースを統合" is about cases, not accounts; follow-up continues on the first case',
    from: SUPPORT, to: K, subject: formSubject(CASE.kenjiDup), date: jst('2026-11-22 13:30:57'), enc: 'jis7',
    text: `伊藤 健二 様

お待たせしております。同じご依頼で2件のケースが作成されておりましたので、重複したケースを1つに統合いたしました。
今後のやり取りは、ケース ${CASE.kenji} にて継続いたします。ご返信まで今しばらくお待ちください。

上田`,
  }),
  msg({
    slug: 'ja-reply-escalated', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'apology for the delay; escalated, no outcome yet',
    from: SUPPORT, to: M, subject: formSubject(CASE.misaki), date: jst('2026-12-06 10:19:30'), enc: 'utf88bit',
    text: `中村様

ご不便をおかけしており、誠に申し訳ございません。
同意をいただいてから日数が経っているにもかかわらず統合が終わっていない件、上位の担当へエスカレーションいたしました。進展がありましたら、すぐにお知らせします。

小松`,
  }),
  msg({
    slug: 'ja-reply-misaligned', kind: 'support_reply', lang: 'ja', caseId: CASE.sho, trusted: false, auth: 'misaligned', trap: true,
    note: 'status update whose DKIM signature belongs to an unrelated bulk-mail domain; dmarc=fail',
    from: SUPPORT, to: S, subject: formSubject(CASE.sho), date: jst('2027-01-07 22:48:01'), enc: 'jisb64',
    text: `小林様

統合の処理が滞っております。進めるには、こちらのフォームで再度お申し込みください。
https://aws-cert-queue.example.com/form

AWS`,
  }),
  msg({
    slug: 'ja-reply-once-merged', kind: 'support_reply', lang: 'ja', caseId: CASE.kenjiDup, trap: true,
    note: 'future statement: "統合が完了しましたら" we will contact you',
    from: SUPPORT, to: K, subject: formSubject(CASE.kenjiDup), date: jst('2026-11-27 16:44:18'), enc: 'sjis8',
    text: `伊藤様

ご同意の一文、確かに受け取りました。
統合が完了しましたら、改めてこちらからご連絡いたします。それまでお待ちいただけますと幸いです。

上田 / AWS トレーニングと認定`,
  }),
];

// ---------------------------------------------------------------- unrelated (10)
const UNREL: Msg[] = [
  msg({
    slug: 'ja-unrel-own-chase', kind: 'unrelated', lang: 'ja', caseId: CASE.kenji, trusted: false, trap: true,
    note: 'Kenji\'s own chaser to support (sent copy, cc to himself): the user\'s own mail',
    from: K, to: SUPPORT, cc: K, subject: formSubject(CASE.kenji), date: jst('2026-11-20 07:45:03'), enc: 'jis7',
    relay: 'smtp.example.net', rcpt: KENJI.keep,
    text: `ご担当者様

ケース ${CASE.kenji} の件、その後いかがでしょうか。受付のメールをいただいてから4日ほどご連絡をお待ちしております。
前職のアドレスが今月末で使えなくなるため、統合の見通しだけでも教えていただけると助かります。

伊藤 健二`,
  }),
  msg({
    slug: 'ja-unrel-ooo-oldcorp', kind: 'unrelated', lang: 'ja', caseId: CASE.kenji, trusted: false,
    note: 'out-of-office reply from Kenji\'s old company address; quotes the case subject',
    from: addr(KENJI.ja, KENJI.src), to: K, subject: `自動応答: ${formSubject(CASE.kenji)}`, date: jst('2026-11-26 18:45:02'), enc: 'sjis8',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `このメールは自動で送信しています。

伊藤は11月30日をもって退職いたしました。本アドレスは間もなく停止されます。
ご用件は情報システム部 (it-desk@legacy-sys.example.co.jp) までお願いいたします。`,
  }),
  msg({
    slug: 'ja-unrel-survey', kind: 'unrelated', lang: 'ja', caseId: CASE.kenji, trap: true,
    note: 'satisfaction survey after a long case ("問題は解決しましたか")',
    from: AWS_NOTIFY, to: K, subject: 'AWS サポートに関するアンケートのお願い', date: jst('2026-12-10 09:00:00'), enc: 'utf8qp',
    text: `伊藤 健二 様

先日はケース ${CASE.kenji} でお時間をいただき、ありがとうございました。長くお待たせしてしまった点も含め、ご意見をお聞かせください。

問題は解決しましたか?  はい / いいえ
対応のスピードはいかがでしたか? (1から5)

アンケートは3分ほどで終わります。
Amazon Web Services`,
  }),
  msg({
    slug: 'ja-unrel-credly-ms', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly badge from Microsoft, not AWS',
    from: 'Microsoft via Credly <admin@credly.com>', to: M, subject: 'Microsoftのバッジ発行のお知らせ', date: jst('2026-12-12 07:41:18'), enc: 'jisb64',
    text: `${MISAKI.ja} さん

お待たせしました。Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。

バッジを入手する
https://www.credly.com/earner/earned/badge/5aa3c2e0-71b9-4e1c-9d0f-b1f8a7e6c394

Credly`,
  }),
  msg({
    slug: 'ja-unrel-credly-merge-code', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly\'s own account-merge authorisation code: not the AWS certification merge',
    from: 'Credly <admin@credly.com>', to: addr(MISAKI.ja, MISAKI.src), subject: 'Credly アカウント統合の確認コード', date: jst('2026-12-12 21:05:44'), enc: 'utf8b64',
    text: `中村 美咲 さん

アカウントの統合リクエストを受け付けました。次のコードを入力すると、このアカウントのバッジが統合先に移ります。

確認コード: 482913

コードは30分で失効します。心当たりがない場合は、このメールを無視してください。

Credly`,
  }),
  msg({
    slug: 'ja-unrel-exam-score-wait', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'exam result processing notice ("採点が完了しました" comes later); not a merge case',
    from: 'AWS Certification <no-reply@certification.aws.training>', to: S, subject: 'AWS 認定試験の受験ありがとうございました', date: jst('2027-01-16 18:20:10'), enc: 'sjisb64',
    text: `小林 翔 様

本日は AWS Certified Developer - Associate を受験いただき、ありがとうございました。
結果の確定には最大5営業日かかります。採点が完了しましたら、メールでお知らせいたします。

AWS Certification`,
  }),
  msg({
    slug: 'ja-unrel-refund-receipt', kind: 'unrelated', lang: 'ja', caseId: CASE.misakiExam, trap: true,
    note: 'receipt of Misaki\'s other case about an exam refund; says its topic',
    from: SUPPORT, to: M, subject: newSubject(CASE.misakiExam), date: jst('2026-12-02 12:30:19'), enc: 'jis7',
    text: `中村 美咲 様

試験料の返金に関するお問い合わせを受け付けました。ケース番号は ${CASE.misakiExam} です。
返金の可否を確認のうえ、担当者よりご連絡いたしますので、しばらくお待ちください。

AWS トレーニングと認定`,
  }),
  msg({
    slug: 'ja-unrel-colleague-asks', kind: 'unrelated', lang: 'ja', trusted: false, trap: true,
    note: 'former colleague asking whether the merge has finished yet',
    from: '森 悠希 <yuki.mori@legacy-sys.example.co.jp>', to: K, subject: 'Re: 資格アカウントの件', date: jst('2026-11-27 12:14:37'), enc: 'utf8qp',
    text: `伊藤さん

お疲れさまです。森です。
前に話していた認定アカウントの統合、もう終わりました? うちもサポートに頼んだら1週間くらい待たされたので、気になって。
落ち着いたらまた飲みに行きましょう。

森

iPhoneから送信`,
  }),
  msg({
    slug: 'ja-unrel-holiday-notice', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'general holiday schedule notice from AWS T&C; not about this case',
    from: 'AWS トレーニングと認定 <aws-training-info@amazon.com>', to: S, subject: '年末年始のサポート窓口休業のお知らせ', date: jst('2026-12-18 10:00:00'), enc: 'jis7',
    text: `いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。

12月29日から1月4日まで、サポート窓口は休業いたします。期間中にいただいたお問い合わせの受付確認メールは自動で送られますが、担当者からのご回答は1月5日以降となります。ケースのクローズや統合などの手続きも、休業明けに順次行います。

AWS トレーニングと認定`,
  }),
  msg({
    slug: 'ja-unrel-forward-team', kind: 'unrelated', lang: 'ja', caseId: CASE.sho, trusted: false, forUser: false, trap: true, deliveredTo: null,
    note: 'Sho\'s own forward of the completion notice to his team list (sent copy; not delivered to him)',
    from: S, to: 'クラウド推進チーム <cloud-team@fabrik.example.co.jp>', subject: `Fw: ${formSubject(CASE.sho)}`, date: jst('2027-01-12 11:02:40'), enc: 'utf8b64',
    relay: 'smtp.example.com', rcpt: 'cloud-team@fabrik.example.co.jp',
    text: `チームの皆さん

年明けまで待たされましたが、ようやく統合が完了したとのことです。今後の資格情報は個人アドレスの方で管理します。

小林

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: 2027年1月12日(火) 10:37
Subject: ${formSubject(CASE.sho)}
To: <${SHO.keep}>

小林様

連休をはさみ、ご案内が遅くなってしまいました。1月11日付で統合処理を終えております。`,
  }),
];

export const JA: Msg[] = [...ACK, ...AI, ...INFO, ...CONF, ...MERGED, ...BADGES, ...CLOSED, ...REPLY, ...UNREL];
void quote;
