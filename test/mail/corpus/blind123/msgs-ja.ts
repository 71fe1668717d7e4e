// dr: Japanese messages. Voice: apologies and service recovery.
import type { Msg } from './lib.js';
import { AYA, C, CREDLY, KEN, M, NOTIFY, PORTAL, SUP, SUP_BARE, SUP_JA, YUKI, gmailJa, jd, outlookJa, page, paras, quote, sfJa, sfRef, subj, toJa } from './common.js';

const kTo = toJa(KEN);
const yTo = toJa(YUKI);
const aTo = toJa(AYA);

const kenAsk = `AWS認定のアカウントが2つあり、1つにまとめていただきたく連絡しました。
残す方: ${KEN.keepId} / ${KEN.keep}
統合元: ${KEN.srcId} / ${KEN.src}
森 健二`;

const yukiAsk = `お世話になります。伊藤です。
前職(北斗システム)のメールで受験した分と、個人メールの分をまとめてください。
候補者ID ${YUKI.keepId} を残したいです。`;

const ayaConsent = `承知しました。統合をお願いします。元に戻せないことも理解しています。
中村`;

export const JA: Msg[] = [
  // ---------------- acknowledgement (8) ----------------
  M('acknowledgement', 'ja', 'jis7', NOTIFY, kTo, `[CASE ${C.ken}] お問い合わせを承りました`, jd('11-02', '08:41'),
    `森 健二 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
このたびはご不便をおかけしており、申し訳ございません。

お問い合わせはケース ID ${C.ken} として登録されました。
通常、24 時間以内に担当者からメールでご連絡いたします。
(We will respond to you within 24 hours. Please do not open a new case for the same issue.)
同じご用件で新しいケースを作成されますと、かえってご回答が遅れることがございます。
追加の情報は本メールへのご返信でお寄せください。

Amazon Web Services`, 'automatic receipt of the new case with a courtesy apology; carries the case ID', { caseId: C.ken }),

  M('acknowledgement', 'ja', 'utf8b64', NOTIFY, `森 健二 <${KEN.keep}>`, `お問い合わせ受付のお知らせ (ケースID: ${C.kenDup})`, jd('11-04', '22:17'),
    `お問い合わせが届いているかご心配をおかけしていたようで、申し訳ございません。
新しいお問い合わせを下記の番号で受け付けました。

受付番号: ${C.kenDup}
カテゴリ: AWS トレーニングと認定 / アカウント
受付日時: 2026/11/04 22:17 (JST)

担当者が内容を拝見し、順番にご連絡差し上げます。
※このメールは送信専用アドレスから自動送信されています。`, 'automatic receipt of a second (duplicate) case the user opened; receipt shape, new case ID', { caseId: C.kenDup }),

  M('acknowledgement', 'ja', 'sjisb64', NOTIFY, yTo, `ケース ${C.yuki} を作成しました`, jd('10-28', '07:55'),
    `伊藤 由紀 様

ケースID: ${C.yuki}
件名: account-assistance
ステータス: 対応待ち
作成日時: 2026年10月28日 7:55

ご連絡が行き届かずご迷惑をおかけすることのないよう、以後のやり取りはこのケースでお願いいたします。
返信の際は件名を変更しないでください。`, 'receipt recognisable by its shape (case ID, status, created time)', { caseId: C.yuki }),

  M('acknowledgement', 'ja', 'jisb64', NOTIFY, aTo, `お問い合わせありがとうございます [CASE ${C.aya}]`, jd('10-19', '13:02'),
    `中村 彩 様

お問い合わせを確かに受領いたしました。ケース番号は ${C.aya} です。
ただいまお問い合わせが大変混み合っており、ご回答まで通常より日数をいただく場合がございます。お待たせしてしまい誠に申し訳ございません。

担当者からのご連絡をお待ちください。`, 'receipt with a delay apology; no other event', { caseId: C.aya,
    alt: page(paras(`中村 彩 様\n\nお問い合わせを確かに受領いたしました。ケース番号は ${C.aya} です。\nただいまお問い合わせが大変混み合っており、ご回答まで通常より日数をいただく場合がございます。お待たせしてしまい誠に申し訳ございません。`)) }),

  M('acknowledgement', 'ja', 'utf8qp', NOTIFY, kTo, `[CASE ${C.ken}] ご依頼を受け付けました`, jd('11-02', '08:42'),
    `※本メールはシステムより自動でお送りしています。

ご依頼内容: 認定アカウントの統合
ケース: ${C.ken}

統合が完了した際やバッジの移行が済んだ際には、担当者から改めてメールでお知らせいたします。
それまでの間、ご不便をおかけしますことをお詫び申し上げます。`, 'automatic receipt that mentions the merge and badge move only as future events', { caseId: C.ken, trap: true }),

  M('acknowledgement', 'ja', 'jis7', 'AWS トレーニングと認定 <no-reply-aws@amazon.com>', kTo, `[CASE ${C.kenDup}] お問い合わせを受け付けました`, jd('11-04', '22:19'),
    `森様

お問い合わせを受け付けました(ケース ${C.kenDup})。
ご迷惑をおかけして申し訳ありません。下記リンクから本人確認をお済ませください。
https://aws-case-verify.example.net/login`, 'receipt-shaped forgery: top Authentication-Results fails, a planted pass sits lower', { caseId: C.kenDup, trusted: false, auth: 'failThenForged' }),

  M('acknowledgement', 'ja', 'utf88bit', NOTIFY, aTo, `新しいケースが作成されました: ${C.aya2}`, jd('10-23', '09:30'),
    `中村 彩 様

ケース ${C.aya2} を作成しました。
前回のお問い合わせへのご返答が遅れ、再度ご連絡いただく形になってしまったことをお詫びいたします。
担当より 1〜2 営業日以内にご連絡します。

AWS Support`, 'receipt of a second case opened after a slow first one', { caseId: C.aya2 }),

  M('acknowledgement', 'ja', 'sjis8', NOTIFY, yTo, `受付完了: お問い合わせ ${C.yuki}`, jd('10-28', '07:56'),
    `以下の内容でお問い合わせを受け付けました。

お問い合わせ種別: AWS トレーニングと認定
問題の種類: 認定
詳細: アカウントの統合 / バッジの移行 / 確認事項あり
ケースID: ${C.yuki}

ご回答までしばらくお待ちください。`, 'receipt that echoes the form fields (merge, badges, confirmation) back', { caseId: C.yuki, trap: true }),

  // ---------------- ai_answer (7) ----------------
  M('ai_answer', 'ja', 'jis7', NOTIFY, kTo, `AWS サポートからの回答案`, jd('11-02', '08:39'),
    `ご不便をおかけしており申し訳ございません。以下は AI により生成された回答です。

両方のアカウントにサインインできる場合は、認定ポータルのプロフィールから「アカウントの統合」を選ぶと、ご自身で手続きいただけます。
どちらのアカウントにも認定の履歴がある場合はツールが使えないため、その際は「ケースを作成」からお問い合わせください。`, 'AI-generated suggestion pointing to the self-service tool'),

  M('ai_answer', 'ja', 'utf8b64', NOTIFY, yTo, `お問い合わせへの自動回答`, jd('10-28', '07:50'),
    page(`<p>伊藤 様</p>
<p>お待たせして申し訳ありません。ご質問に対する自動回答をお送りします(生成 AI による回答のため、内容が正確でない場合があります)。</p>
<ul>
<li>統合が終わると、統合元アカウントの認定と特典が統合先アカウントに表示されます。</li>
<li>Credly のバッジは、統合後に統合先のメールアドレスで受け取り直す必要がある場合があります。</li>
</ul>
<p>解決しない場合は、下のボタンからサポートケースを作成してください。</p>`), 'AI answer explaining what happens after a merge; no merge happened', { trap: true }),

  M('ai_answer', 'ja', 'sjis8', NOTIFY, aTo, `ご質問ありがとうございます(自動応答)`, jd('10-19', '12:58'),
    `中村様

すぐにお答えできず恐縮です。まずは以下をお試しください。
 1. aws.training にサインイン
 2. プロフィール > アカウントの統合
 3. もう一方のアカウントの認証情報を入力

この自動応答で解決しなかった場合のみ、ケースを作成してください。`, 'automated self-service steps'),

  M('ai_answer', 'ja', 'jisb64', NOTIFY, kTo, `Re: 認定アカウントの統合について (自動回答)`, jd('11-04', '22:10'),
    `AI アシスタントからの回答です。

統合が完了すると、統合元のアカウントにはサインインできなくなります。また、統合の取り消しはできません。
こうした点をご確認のうえ、セルフサービスの統合ツールをご利用いただくか、サポートへご相談ください。
回答に不備がありましたら申し訳ございません。`, 'AI answer that speaks of completion and irreversibility in general terms', { trap: true }),

  M('ai_answer', 'ja', 'utf8qp', NOTIFY, yTo, `生成 AI による回答`, jd('10-28', '07:51'),
    `伊藤 由紀 様

この回答は生成 AI が作成しました。ご期待に沿えない場合はご容赦ください。
アカウントの統合は、認定ポータルの Merge Accounts 機能で行えます。
どうしても手続きできない場合は「ケースを作成」を選択し、候補者 ID を添えてお問い合わせください。`, 'AI-generated answer'),

  M('ai_answer', 'ja', 'utf88bit', NOTIFY, aTo, `AWS トレーニングと認定: おすすめの解決方法`, jd('10-23', '09:20'),
    `ご迷惑をおかけしております。過去のお問い合わせから、次の方法で解決できることが多いようです。

・Builder ID でサインインし直す
・統合ツールで、もう一方のメールアドレスとパスワードを入力する

この提案は自動で作成されたものです。`, 'automated suggestion, no human reply'),

  M('ai_answer', 'ja', 'jis7', NOTIFY, kTo, `自動回答: アカウント統合`, jd('11-02', '08:38'),
    `お困りのことと存じます。以下は AI による案内です。

二つのアカウントのうち、今後お使いになる方にサインインし、統合ツールで古い方を取り込んでください。
この回答は役に立ちましたか? はい / いいえ`, 'AI answer with a helpfulness prompt'),

  // ---------------- info_request (8) ----------------
  M('info_request', 'ja', 'jis7', SUP, kTo, subj(C.ken), jd('11-05', '10:12'),
    `森 健二 様

AWS トレーニングと認定サポートの佐々木でございます。
ご連絡が遅くなり、大変申し訳ございません。

統合のお手続きを進めるにあたり、次の 2 点をお知らせいただけますでしょうか。
・両アカウントの候補者 ID (AWS から始まる番号)
・今後お使いになるアカウントのメールアドレス

お手数をおかけいたしますが、よろしくお願い申し上げます。

${sfRef('Kx01')}`, 'human reply asking for both candidate IDs and the address to keep, after a delay apology', { caseId: C.ken }),

  M('info_request', 'ja', 'utf8b64', SUP, yTo, subj(C.yuki), jd('10-30', '16:44'),
    `伊藤様

たびたび申し訳ございません。先日お送りいただいたメールが、こちらの不手際で確認できない状態になってしまいました。
二度お尋ねする形となり恐縮ですが、統合元アカウントの登録メールアドレスを、もう一度本メールへご返信いただけますか。

AWS トレーニングと認定 カスタマーサポート 高橋

${gmailJa('2026年10月29日(木) 9:03', '伊藤 由紀 <yuki.ito@example.net>', 'よろしくお願いします。')}`, 'asks again for the source account address after support lost the reply', { caseId: C.yuki }),

  M('info_request', 'ja', 'sjisb64', SUP, aTo, subj(C.aya), jd('10-21', '11:05'),
    `中村 彩 様

お待たせしてしまい申し訳ございません。
統合後に残すアカウントを取り違えることのないよう、残したいアカウントのメールアドレスをご確認のうえお知らせください。
あわせて、統合元アカウントで最後に受験された試験名もお教えいただけますと幸いです。

AWS Training and Certification`, 'asks which address to keep and the last exam, worded with ご確認のうえ', { caseId: C.aya, trap: true }),

  M('info_request', 'ja', 'jisb64', SUP, yTo, subj(C.yuki), jd('11-06', '14:20'),
    `伊藤 由紀 様

このたびは、一部の認定だけが統合先に表示される状態となってしまい、誠に申し訳ございません。
残りの認定(SAA)は別の候補者 ID で登録されているようです。
調査のため、その試験を受験された際のメールアドレスと受験日をお知らせください。

${sfRef('Yt22')}`, 'apology for a partial merge; asks for the missing exam details before finishing', { caseId: C.yuki, trap: true }),

  M('info_request', 'ja', 'utf8qp', SUP, kTo, subj(C.ken), jd('11-12', '09:31'),
    `森様

バッジがまだ移っていないとのこと、ご迷惑をおかけし申し訳ございません。
Credly 側でお調べするため、Credly にご登録のメールアドレスを教えていただけますか。
バッジの URL をお持ちでしたら、それもあわせてお送りください。

サポート担当 佐々木`, 'badge not moved; asks for the Credly address and badge URL', { caseId: C.ken, trap: true }),

  M('info_request', 'ja', 'jis7', 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', aTo, subj(C.aya2), jd('10-24', '10:02'),
    `中村様

お待たせいたしました。本人確認のため、統合元アカウントのパスワードと候補者 ID をご返信ください。`, 'asks for data, but the only pass verdict is another server\'s, below ours', { caseId: C.aya2, trusted: false, auth: 'otherOnly' }),

  M('info_request', 'ja', 'utf88bit', SUP, aTo, subj(C.aya), jd('10-22', '18:40'),
    `中村様、何度もお手数をおかけしすみません。

統合先として残すアカウントのアドレスから、本メールにご返信いただけますか。その際、統合元の候補者 ID も本文にお書き添えください。

サポート 山口`, 'write from the kept address and include the source candidate ID: asks for data', { caseId: C.aya }),

  M('info_request', 'ja', 'sjis8', SUP, kTo, subj(C.ken), jd('11-06', '08:15'),
    `森 健二 様

ご返信ありがとうございます。前回のご案内が不十分で、申し訳ございませんでした。
お手数ですが、統合元(${KEN.src})で合格された試験名と、その合格日をご返信いただけますか。

${outlookJa('森 健二 <kenji.mori@example.jp>', '2026年11月5日 21:48', SUP_BARE, subj(C.ken), `IDは以下です。\n${KEN.keepId} / ${KEN.srcId}`)}`, 'top-posted request for exam names and pass dates, Outlook quote below', { caseId: C.ken }),

  // ---------------- confirmation_request (8) ----------------
  M('confirmation_request', 'ja', 'jis7', SUP, kTo, subj(C.ken), jd('11-07', '11:20'),
    `森 健二 様

大変お待たせいたしました。佐々木でございます。
いただいた情報をもとに、以下のとおり統合を行う準備が整いました。

統合先: ${KEN.keepId} (${KEN.keep})
統合元: ${KEN.srcId} (${KEN.src})

統合後は元に戻すことができません。この内容で差し支えなければ、本メールにその旨ご返信ください。
ご返信を確認し次第、作業に移ります。`, 'asks the customer to consent to an irreversible merge', { caseId: C.ken }),

  M('confirmation_request', 'ja', 'utf8b64', SUP, yTo, subj(C.yuki), jd('11-01', '15:05'),
    `伊藤様

再度のお願いとなり申し訳ございません。
先日ご同意のご返信をくださったとのことですが、当方のシステムで受信が確認できませんでした。
お手数ですが、${YUKI.srcId} を ${YUKI.keepId} に統合することに同意される旨、改めてご返信いただけますでしょうか。
統合は取り消しができませんのでご留意ください。`, 'consent lost on support\'s side; asks for the consent again', { caseId: C.yuki }),

  M('confirmation_request', 'ja', 'sjisb64', SUP, aTo, subj(C.aya), jd('10-25', '10:10'),
    `中村 彩 様

お返事が遅れ失礼いたしました。
ご依頼の件、下記の 2 アカウントをひとつにまとめます。

 残すアカウント: ${AYA.keep}
 まとめるアカウント: ${AYA.src}

一度まとめると分けることはできませんので、よろしければ「同意します」とご返信ください。`, 'consent request in plain words, te-form joined', { caseId: C.aya }),

  M('confirmation_request', 'ja', 'jisb64', SUP, kTo, subj(C.ken), jd('11-09', '09:02'),
    `森様

先日「統合が完了しました」とご案内いたしましたが、これは誤りでございました。深くお詫び申し上げます。
実際には、まだ統合作業は行われておりません。
改めて、${KEN.srcId} を ${KEN.keepId} へ統合してよろしいか、ご返信にてお知らせください(統合後の取り消しはできません)。`, 'retracts a wrong completion notice and asks for consent', { caseId: C.ken, trap: true }),

  M('confirmation_request', 'ja', 'utf8qp', 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>', yTo, subj(C.yuki), jd('11-01', '15:30'),
    `伊藤様

統合のご同意をいただけますか。ご同意の場合は下記のフォームから「同意」を押してください。
https://aws-merge-consent.example.org/yes`, 'consent request whose DMARC verdict fails', { caseId: C.yuki, trusted: false, auth: 'fail' }),

  M('confirmation_request', 'ja', 'jis7', SUP, aTo, subj(C.aya2), jd('10-26', '17:45'),
    `中村様

二つ目のケースでもご連絡をいただいておりましたのに、ご返事が遅くなりすみません。
こちらのケースで統合を進めます。統合すると元には戻せません。よろしければ、このメールにご返信をお願いします。`, 'consent request on the second case, with an apology', { caseId: C.aya2,
    alt: page(paras('中村様\n\n二つ目のケースでもご連絡をいただいておりましたのに、ご返事が遅くなりすみません。\nこちらのケースで統合を進めます。統合すると元には戻せません。よろしければ、このメールにご返信をお願いします。')) }),

  M('confirmation_request', 'ja', 'utf88bit', SUP, kTo, subj(C.ken), jd('11-10', '10:44'),
    `森様

お詫びの連絡ばかりで恐縮です。統合元アカウントに、別のご本人様の試験記録が含まれていないことを確認いたしました。
このまま進めてよろしいでしょうか。問題がなければ「同意します」の一文だけお送りください。取り消しはできませんのでご注意ください。`, 'asks for a one-line consent before the irreversible step', { caseId: C.ken }),

  M('confirmation_request', 'ja', 'sjis8', SUP, yTo, subj(C.yuki), jd('11-08', '13:12'),
    `伊藤 由紀 様

残りの認定について、ご返信ありがとうございます。お待たせして申し訳ございません。
候補者 ID ${YUKI.srcId} の SAA を ${YUKI.keepId} に移します。元に戻せない操作となりますので、ご了承いただける場合はご返信ください。

${sfJa(`伊藤 由紀 <${YUKI.keep}>`, '2026/11/07 20:11', SUP_BARE, subj(C.yuki), 'SAA は y-ito@hokuto-sys.example.jp で 2024/3/9 に受験しました。')}`, 'asks for consent to move the remaining certification; Salesforce quote below', { caseId: C.yuki }),

  // ---------------- merge_completed (8) ----------------
  M('merge_completed', 'ja', 'jis7', SUP, kTo, subj(C.ken), jd('11-11', '16:03'),
    `森 健二 様

大変お待たせいたしました。${KEN.srcId} の認定記録を ${KEN.keepId} へ統合する作業が、本日完了いたしました。
度重なる遅れでご迷惑をおかけしたことを、改めてお詫び申し上げます。
お詫びのしるしとして、次回の受験にお使いいただける割引バウチャーを 1 枚、統合先アカウントに追加しております。`, 'merge done today, with a compensation voucher', { caseId: C.ken }),

  M('merge_completed', 'ja', 'utf8b64', SUP, yTo, subj(C.yuki), jd('11-09', '11:48'),
    `伊藤様

一部の認定しか移っていなかった件、ご不便をおかけし申し訳ございませんでした。
残っていた SAA についても、本日 ${YUKI.keepId} への統合が済みました。これで 3 つの認定すべてが統合先に表示されます。`, 'the partial merge is now finished', { caseId: C.yuki }),

  M('merge_completed', 'ja', 'sjisb64', PORTAL, aTo, `アカウント統合のお知らせ`, jd('10-28', '03:12'),
    `中村 彩 様

AWS 認定アカウントの統合処理が完了しました。
統合先アカウント: ${AYA.keep}
以後はこのアカウントでサインインしてください。統合元アカウントはご利用いただけません。

AWS Certification`, 'certification portal\'s own completion notice, no case ID'),

  M('merge_completed', 'ja', 'jisb64', SUP, aTo, subj(C.aya), jd('10-27', '19:22'),
    `中村 彩 様

長らくお待たせして申し訳ございませんでした。ご同意いただいた内容で、アカウントをひとつにまとめ終えました。
お手数ですが、認定ポータルにサインインのうえ、認定と特典がすべて表示されているかご確認ください。`, 'completion notice that asks to check everything looks right', { caseId: C.aya, trap: true }),

  M('merge_completed', 'ja', 'utf8qp', 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>', kTo, subj(C.ken), jd('11-10', '02:14'),
    `森様

統合が完了しました。遅延のお詫びとして 100% 割引バウチャーを差し上げます。下記から受け取ってください。
https://aws-voucher-gift.example.com/claim`, 'completion claim with no Authentication-Results at all', { caseId: C.ken, trusted: false, auth: 'none' }),

  M('merge_completed', 'ja', 'jis7', SUP, yTo, subj(C.yuki), jd('11-02', '12:30'),
    `伊藤 由紀 様

ご同意のご返信を見失い、二度お願いすることになってしまい申し訳ございませんでした。
ご依頼の 2 アカウントは、先ほど ${YUKI.keepId} に統合いたしました。
本件はこのご連絡をもってクローズとさせていただきます。`, 'merged now; the closing is secondary to the new fact', { caseId: C.yuki }),

  M('merge_completed', 'ja', 'utf88bit', SUP, kTo, subj(C.ken), jd('11-11', '16:05'),
    page(`<p>森 健二 様</p>
<p>統合元アカウント(${KEN.src})の認定 2 件を、統合先アカウントへ移し終えました。</p>
<p>お待たせしてしまったこと、重ねてお詫び申し上げます。</p>
<p>AWS トレーニングと認定<br>${sfRef('Kx09')}</p>`), 'HTML-only: certifications moved into the kept account', { caseId: C.ken }),

  M('merge_completed', 'ja', 'sjis8', SUP, aTo, subj(C.aya), jd('10-27', '19:20'),
    `中村様

たいへんお待たせしました。統合、完了しております。
ご返信が遅れてご心配をおかけしたことをお詫びします。

${gmailJa('2026年10月26日(月) 21:40', '中村 彩 <aya.n@example.ne.jp>', ayaConsent)}`, 'short completion above the quoted consent', { caseId: C.aya }),

  // ---------------- badges_transferred (8) ----------------
  M('badges_transferred', 'ja', 'jis7', SUP, kTo, subj(C.ken), jd('11-13', '10:40'),
    `森 健二 様

統合後もバッジが移動していなかった件、大変ご迷惑をおかけいたしました。
Credly 側で、統合元アカウントのバッジ 2 点を ${KEN.keep} のアカウントへ移しました。
Credly にサインインのうえ、ご確認いただけますと幸いです。`, 'support says the badges were moved after they had not', { caseId: C.ken }),

  M('badges_transferred', 'ja', 'utf8b64', CREDLY, aTo, `Amazon Web Services Training and Certification のバッジ発行のお知らせ`, jd('10-28', '04:15'),
    `中村 彩 さん

Amazon Web Services Training and Certification から AWS Certified Solutions Architect - Associate のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/5b1e9c0a`, 'AWS badge issued via Credly to the kept account', {
    alt: page(`<p>中村 彩 さん</p><p>Amazon Web Services Training and Certification から <b>AWS Certified Solutions Architect - Associate</b> のバッジが発行されました。</p><p><a href="https://www.credly.com/earner/earned/badge/5b1e9c0a">バッジを入手する</a></p>`) }),

  M('badges_transferred', 'ja', 'sjisb64', SUP, yTo, subj(C.yuki), jd('11-10', '09:55'),
    `伊藤様

何度もお問い合わせいただく形になってしまい、申し訳ございません。
3 つのバッジはいずれも Credly 上で ${YUKI.keep} に紐づけ直しました。
ほかにご不明点がなければ、本ケースはこれでクローズいたします。`, 'badges re-linked and the case will close: announces the badge move', { caseId: C.yuki, trap: true }),

  M('badges_transferred', 'ja', 'jisb64', 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', kTo, `バッジ移行完了のお知らせ`, jd('11-12', '23:40'),
    `森 健二 さん

お待たせしました。バッジが新しいアカウントへ移行されました。下記から受け取ってください。
https://credIy-badges.example.net/accept`, 'badge notice from a look-alike domain (capital I for l)', { trusted: false }),

  M('badges_transferred', 'ja', 'utf8qp', SUP, aTo, subj(C.aya), jd('10-30', '14:02'),
    `中村様

バッジの件、確認が遅れて申し訳ありませんでした。Credly のチームに依頼し、統合元のバッジを統合先アカウントに移してもらいました。
現在、Credly のプロフィールに 2 つとも表示されています。`, 'badges now on the kept Credly account', { caseId: C.aya }),

  M('badges_transferred', 'ja', 'jis7', CREDLY, kTo, `Amazon Web Services Training and Certificationのバッジ発行のお知らせ`, jd('11-13', '11:02'),
    `森 健二 様

AWS Certified Developer - Associate のデジタルバッジを受け取る準備ができました。
「バッジを入手する」から受け取り、プロフィールで公開してください。
https://www.credly.com/go/Qa7dE2`, 'AWS badge via Credly on the kept address'),

  M('badges_transferred', 'ja', 'utf88bit', SUP, yTo, subj(C.yuki), jd('11-10', '09:50'),
    `伊藤 由紀 様

バッジが動かないままになっており、誠に申し訳ございませんでした。
本日、統合先アカウントにバッジを移し終えたことを確認しております。お手数ですが Credly でご確認ください。`, 'support confirms the badges are on the kept account', { caseId: C.yuki }),

  M('badges_transferred', 'ja', 'sjis8', SUP, aTo, subj(C.aya2), jd('10-31', '10:10'),
    `中村 彩 様

二つのケースでご連絡いただいていたバッジの件、こちらでまとめて対応いたしました。
${AYA.srcId} に付いていたバッジは、すべて ${AYA.keep} の Credly アカウントで表示されるようになっています。ご迷惑をおかけしました。`, 'badges now shown on the kept Credly account', { caseId: C.aya2 }),

  // ---------------- case_closed (8) ----------------
  M('case_closed', 'ja', 'jis7', SUP, kTo, subj(C.kenDup), jd('11-08', '09:00'),
    `森様

先日のご案内以降、ご返信をいただけていないようです。お忙しいところ恐縮ですが、3 日以内にご返信がない場合、本ケースは自動的にクローズされます。`, 'will auto-close without a reply', { caseId: C.kenDup }),

  M('case_closed', 'ja', 'utf8b64', SUP, aTo, subj(C.aya), jd('11-04', '10:00'),
    `中村 彩 様

先週ご案内のとおり、アカウントの統合はすでに完了しております。その後ご連絡がございませんので、本ケースはクローズさせていただきます。
今回は何度もお待たせしてしまい、申し訳ございませんでした。`, 'closing that only restates last week\'s merge', { caseId: C.aya, trap: true }),

  M('case_closed', 'ja', 'sjisb64', NOTIFY, yTo, `ケース ${C.yuki} は解決済みになりました`, jd('11-14', '00:05'),
    `伊藤 由紀 様

ケース ${C.yuki} は解決済みとしてクローズされました。
ご不便をおかけしましたことをお詫びいたします。問題が解消していない場合は、14 日以内であればケースを再開できます。`, 'closed as resolved', { caseId: C.yuki }),

  M('case_closed', 'ja', 'jisb64', SUP, kTo, subj(C.ken), jd('11-16', '10:30'),
    `森 健二 様

統合、バッジの移行ともにお済みであることを前回お伝えいたしました。その後ご不明点がないようでしたので、本件はこれにて終了とさせていただきます。
長期間にわたりご迷惑をおかけしました。`, 'closing that restates earlier merge and badge move', { caseId: C.ken, trap: true }),

  M('case_closed', 'ja', 'utf8qp', 'AWS Support <case-notice@support.aws.com.verify-case.net>', aTo, `ケース ${C.aya} をクローズしました`, jd('11-04', '03:33'),
    `お問い合わせのケースをクローズしました。再開する場合は以下からサインインしてください。
https://support.aws.com.verify-case.net/reopen`, 'closing notice from a domain that only starts like support.aws.com', { caseId: C.aya, trusted: false }),

  M('case_closed', 'ja', 'jis7', SUP, kTo, subj(C.kenDup), jd('11-05', '10:20'),
    `森様

同じご依頼で 2 件のケースをお作りいただいておりました。お手間をおかけしました。
以降のご連絡は ${C.ken} に統合し、こちらのケース(${C.kenDup})はクローズいたします。`, 'closes the duplicate case; the merge word is about cases', { caseId: C.kenDup, trap: true }),

  M('case_closed', 'ja', 'utf88bit', SUP, yTo, subj(C.yuki), jd('11-13', '18:00'),
    `伊藤様

このたびはお手数をおかけし申し訳ございませんでした。お問い合わせの件は解決したものと判断し、ケースを閉じさせていただきます。
またご用の際は、お気軽にお問い合わせください。`, 'the case is being closed', { caseId: C.yuki }),

  M('case_closed', 'ja', 'sjis8', NOTIFY, aTo, `[CASE ${C.aya2}] 自動クローズのお知らせ`, jd('11-06', '00:01'),
    `中村 彩 様

ケース ${C.aya2} について、7 日間ご返信がなかったため自動的にクローズされました。
お待たせしている間にご不便をおかけしたのであれば、お詫び申し上げます。`, 'auto-closed after seven days without reply', { caseId: C.aya2 }),

  // ---------------- support_reply (9) ----------------
  M('support_reply', 'ja', 'jis7', SUP, kTo, subj(C.ken), jd('11-09', '17:55'),
    `森 健二 様

ご同意をいただいてから日数が経っており、誠に申し訳ございません。
統合はまだ完了しておりません。担当チームに優先的な対応を依頼しましたので、いましばらくお待ちください。`, 'negated completion plus priority handling: a status reply', { caseId: C.ken, trap: true }),

  M('support_reply', 'ja', 'utf8b64', SUP, yTo, subj(C.yuki), jd('11-03', '09:14'),
    `伊藤様

昨日お送りした「アカウント統合完了」のメールは、別のお客様宛てのものを誤ってお送りしたものでした。混乱させてしまい、深くお詫び申し上げます。
伊藤様のご依頼は引き続き担当者が対応中です。`, 'apologises for a completion mail meant for another customer; the user\'s merge has not happened', { caseId: C.yuki, trap: true }),

  M('support_reply', 'ja', 'sjisb64', SUP, aTo, subj(C.aya), jd('10-26', '22:10'),
    `中村 彩 様

ご同意のご連絡、ありがとうございます。お返事までお待たせして申し訳ありませんでした。
いただいた内容は担当部署に引き継ぎましたので、作業が終わり次第ご連絡いたします。

${quote(ayaConsent)}`, 'thanks for confirming, passed on; completion only announced as future', { caseId: C.aya, trap: true }),

  M('support_reply', 'ja', 'jisb64', SUP, kTo, subj(C.ken), jd('11-12', '15:40'),
    `森様

Credly のバッジが移動していない件、ご不便をおかけし申し訳ございません。
Credly の担当チームに調査を依頼しました。バッジが移動しましたら、このケースで改めてお知らせいたします。`, 'badges not moved yet; future announcement only', { caseId: C.ken, trap: true }),

  M('support_reply', 'ja', 'utf8qp', SUP, yTo, subj(C.yuki), jd('11-04', '11:11'),
    `伊藤 由紀 様

今回の件では何度もご迷惑をおかけしました。お詫びの気持ちとして、次回受験の割引バウチャーを 1 枚追加でお付けすることになりました。
数日中に認定アカウントの「特典」欄に表示される予定です。`, 'compensation offer, no event of the case; redirected from the old company mailbox (Resent-*)', { caseId: C.yuki, forUser: false, resent: { from: 'y-ito@hokuto-sys.example.jp', to: 'yuki.ito@example.net', date: jd('11-04', '11:13') } }),

  M('support_reply', 'ja', 'jis7', SUP, aTo, subj(C.aya), jd('10-24', '09:40'),
    `中村様

同じご依頼で 2 件のケースが作成されておりましたので、こちらで 1 件にまとめました。ご不便をおかけして申し訳ありません。
今後はケース ${C.aya} でやり取りさせてください。`, 'merged duplicate cases, not the accounts', { caseId: C.aya, trap: true }),

  M('support_reply', 'ja', 'utf88bit', SUP, kTo, subj(C.ken), jd('11-08', '04:20'),
    `森様

対応が遅れておりすみません。現在、担当者が確認を進めております。`, 'status reply with no authentication header at all', { caseId: C.ken, trusted: false, auth: 'none' }),

  M('support_reply', 'ja', 'sjis8', SUP, yTo, subj(C.yuki), jd('10-31', '10:25'),
    `伊藤様

前回のご返信を見落としてしまい、失礼いたしました。候補者 ID とメールアドレスはすでに頂戴しておりますので、再度お送りいただく必要はございません。
このまま担当チームで作業を進めます。`, 'lost-then-found reply; says no more information is needed', { caseId: C.yuki, trap: true }),

  M('support_reply', 'ja', 'jis7', SUP, aTo, `Re: アカウント統合のご依頼`, jd('10-25', '16:30'),
    `中村 彩 様 (ケース番号 ${C.aya2})

お待たせしており申し訳ございません。現時点では、システムの制約により統合を実行できない状態です。
技術チームへエスカレーションいたしました。進捗があり次第ご連絡いたします。`, 'unable to merge now; escalated', { caseId: C.aya2, trap: true }),

  // ---------------- unrelated (9) ----------------
  M('unrelated', 'ja', 'jis7', SUP, kTo, `RE:[CASE ${C.kenRefund}] [AWS Training and Certification Form Submission] - exam-refund`, jd('11-03', '13:30'),
    `森様

受験料の二重請求について、ご迷惑をおかけし申し訳ございませんでした。
ご返金の手続きが完了しました。カード会社によっては反映まで数日かかります。`, 'another case (exam fee refund) saying its refund completed', { caseId: C.kenRefund, trap: true }),

  M('unrelated', 'ja', 'utf8b64', SUP, yTo, `RE:[CASE ${C.yukiExam}] 試験予約の変更について`, jd('10-29', '10:05'),
    `伊藤 由紀 様

試験予約の変更がうまく反映されず、申し訳ございませんでした。
ご希望の 11 月 20 日 10:00 の枠で予約を取り直しました。予約確認メールが別途届きます。`, 'another case about an exam booking', { caseId: C.yukiExam, trap: true }),

  M('unrelated', 'ja', 'sjisb64', 'AWS Training and Certification <survey@aws.training>', aTo, `サポートの対応はいかがでしたか?`, jd('11-05', '08:00'),
    `中村 彩 様

先日は対応にお時間をいただき、申し訳ございませんでした。
お問い合わせは解決しましたか? 1 分ほどのアンケートにご協力ください。
https://survey.aws.training/s/8c1d`, 'satisfaction survey', { trap: true }),

  M('unrelated', 'ja', 'jisb64', 'Microsoft via Credly <admin@credly.com>', kTo, `Microsoftのバッジ発行のお知らせ`, jd('11-14', '06:20'),
    `森 健二 さん

Microsoft から Azure Fundamentals のバッジが発行されました。
「バッジを入手する」から受け取ってください。`, 'another issuer\'s Credly badge', { trap: true }),

  M('unrelated', 'ja', 'utf8qp', 'Credly <admin@credly.com>', yTo, `Credly アカウント統合の確認コード`, jd('11-11', '21:12'),
    `伊藤 由紀 さん

アカウントの統合を完了するには、次のコードを入力してください: 784215
心当たりがない場合は、このメールを破棄してください。`, 'Credly\'s own account-merge code mail', { trap: true }),

  M('unrelated', 'ja', 'utf88bit', `森 健二 <${KEN.keep}>`, SUP, subj(C.ken), jd('11-09', '08:02'),
    `ご担当者様

同意の返信をしてから 1 週間以上経ちますが、まだ統合が完了したという連絡がありません。
バッジも動いていません。状況を教えていただけますか。

森

iPhoneから送信

${gmailJa('2026年11月7日(土) 11:20', 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', '統合後は元に戻すことができません。この内容で差し支えなければ、本メールにその旨ご返信ください。')}`, 'the user\'s own complaint (sent mail)', { caseId: C.ken, trusted: false, trap: true, deliveredTo: KEN.keep }),

  M('unrelated', 'ja', 'jis7', 'AWS認定 お客様窓口 <care@aws-certification-care.com>', aTo, `【お詫び】統合遅延に伴うバウチャー進呈のご案内`, jd('11-02', '19:45'),
    `中村 彩 様

アカウント統合の遅延によりご迷惑をおかけしました。お詫びとして受験バウチャーを進呈いたします。
受け取りには下記よりサインインが必要です。
https://aws-certification-care.com/voucher`, 'phishing "compensation voucher" from a look-alike domain', { trusted: false, trap: true }),

  M('unrelated', 'ja', 'sjis8', `森 健二 <${KEN.src}>`, kTo, `自動応答: [CASE ${C.ken}] お問い合わせを受け付けました`, jd('11-02', '08:45'),
    `このメールは自動応答です。
森は 2026 年 10 月 31 日をもって退職いたしました。今後のご連絡は総務部までお願いいたします。

> お問い合わせはケース ID ${C.ken} として登録されました。`, 'out-of-office from the old company mailbox', { caseId: C.ken, trusted: false, trap: true, extra: ['Auto-Submitted: auto-replied'] }),

  M('unrelated', 'ja', 'utf8b64', '田中 誠 <tanaka.s@shinsei-corp.example.co.jp>', `森 健二 <${KEN.src}>`, `Re: 認定アカウントの件`, jd('11-10', '12:15'),
    `森さん

AWS から「統合が完了しました」ってメール来ました? こちらはまだ確認のお願いが来たところです。
先に終わっていたら手順を教えてください。

田中`, 'a colleague asking about his own merge', { trusted: false, trap: true }),
];
