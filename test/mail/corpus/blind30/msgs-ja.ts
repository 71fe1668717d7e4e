// Japanese messages of set ac (voice: time, deadlines, waiting).
import {
  AUTO, BOSS, CASE, CERT_LIST, CREDLY_AWS, FORM, KEN, KEN_REQ, MISAKI, MISAKI_REQ, NOTIFY, SHO, SHO_REQ, SUPPORT, SUPPORT_JA, YUKI, YUKI_REQ,
  formSubject, gmailJa, htmlDoc, mk, origMsgJa, outlookJa, paras, quote, sfOriginal, sfOriginalJa, sfRef,
} from './common.js';

const K = `${KEN.ja} <${KEN.keep}>`;
const KS = `${KEN.ja} <${KEN.src}>`;
const M = `${MISAKI.ja} <${MISAKI.keep}>`;
const S = `${SHO.ja} <${SHO.keep}>`;
const Y = `${YUKI.ja} <${YUKI.keep}>`;

export const JA = mk('ja', [
  // ---------------- acknowledgement (8) ----------------
  {
    kind: 'acknowledgement', caseId: CASE.ken, note: 'automatic receipt of a new case with its ID and a 1-2 business day reply estimate',
    from: SUPPORT_JA, to: K, subject: `[CASE ${CASE.ken}] お問い合わせを受け付けました - AWS トレーニングと認定`, at: '2026-12-21 22:14:07', enc: 'jis7',
    text: `中村 健一 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
以下の番号でケースを作成いたしました。

ケース番号: ${CASE.ken}
受付日時: 2026/12/21 22:14 (JST)

担当者より通常1〜2営業日以内にご連絡いたします。
なお、年末年始 (12月29日〜1月3日) をはさむ場合は、ご返信までさらにお時間を頂戴することがございます。
同じ内容で別のケースを作成されますと、かえって対応が遅れる原因となりますので、このメールへの返信でご連絡ください。

このメールは送信専用アドレスから自動で送信されています。
This is an automated message. Please do not reply to this address with unrelated inquiries.
AWS トレーニングと認定 カスタマーサービス`,
  },
  {
    kind: 'acknowledgement', caseId: CASE.kenDup, note: 'receipt for a second case the user opened while waiting; still a new-case receipt',
    from: SUPPORT_JA, to: K, subject: `[CASE ${CASE.kenDup}] お問い合わせ受付のお知らせ`, at: '2026-12-23 08:02:51', enc: 'sjisb64',
    text: `このたびはお問い合わせいただき、誠にありがとうございます。
お客様のご依頼は、ケース ID ${CASE.kenDup} にて承りました。

回答の目安: 24時間以内(土日祝を除く)
お問い合わせ種別: AWS トレーニングと認定 / 認定 / アカウントの統合

ご返信をお待ちいただく間、ケース番号はお手元にお控えください。

※本メールにお心当たりのない場合は破棄してください。
Amazon Web Services`,
  },
  {
    kind: 'acknowledgement', caseId: CASE.misaki, note: 'receipt of the case; warns that Golden Week delays the first answer',
    from: SUPPORT_JA, to: M, subject: `ケース ${CASE.misaki} を作成しました`, at: '2026-04-28 18:40:19', enc: 'jisb64', wholeSubject: true,
    text: `小林 美咲 様

お問い合わせを受け付けました。ケースID: ${CASE.misaki}

【ゴールデンウィーク期間中の対応について】
4月29日(水)から5月6日(水)までは、ご返信が通常より遅くなる見込みです。
この期間にいただいたお問い合わせは、5月7日(木)以降、受付順にご案内してまいります。

ご不便をおかけいたしますが、何卒ご理解くださいますようお願いいたします。

AWS Training and Certification`,
  },
  {
    kind: 'acknowledgement', caseId: CASE.sho, note: 'HTML-only receipt with the case number; promises an answer within one business day',
    from: SUPPORT, to: S, subject: `[CASE ${CASE.sho}] ご依頼を承りました`, at: '2026-11-30 10:05:33', enc: 'utf8b64',
    html: htmlDoc(`<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<h2 style="color:#232f3e">お問い合わせありがとうございます</h2>
<p>藤原 翔 様</p>
<p>ご依頼内容を受け付け、ケース <b>${CASE.sho}</b> を作成しました。</p>
<p>ご返信まで、通常は<strong>1営業日</strong>ほどお待ちいただいております。混雑状況によっては前後する場合がございます。</p>
<p style="font-size:11px;color:#666">このメッセージは自動送信です。ご返信の際は件名のケース番号を変更しないでください。</p>
</td></tr></table>`),
  },
  {
    kind: 'acknowledgement', trap: true, caseId: CASE.yuki, note: 'receipt that previews later steps (checking, possibly asking for more info) without asking anything yet',
    from: SUPPORT_JA, to: Y, subject: `[CASE ${CASE.yuki}] [AWS Training and Certification Form Submission] 受付完了`, at: '2027-01-07 09:31:45', enc: 'sjis8',
    text: `森 由紀 様

お問い合わせの受付が完了しました(ケース番号 ${CASE.yuki})。

今後の流れ:
・担当者がお客様の認定アカウントの状況を確認いたします
・統合に必要な情報が不足している場合、追加でお伺いすることがございます
・ご本人確認ののち、統合作業へ進みます

最初のご返信まで、2営業日程度を目安にお待ちください。
年始は問い合わせが集中しており、ご案内が前後する場合がございます。

AWS トレーニングと認定`,
  },
  {
    kind: 'acknowledgement', caseId: CASE.ken2, note: 'receipt of a follow-up case about the badges, multipart',
    from: SUPPORT_JA, to: K, subject: `[CASE ${CASE.ken2}] お問い合わせを受け付けました`, at: '2027-02-02 07:55:02', enc: 'utf8qp',
    text: `中村様

新しいお問い合わせ (ケース ${CASE.ken2}) を受け付けました。
担当者が内容を拝見し、順番にご返信いたします。目安は24〜48時間です。

以前のケース (${CASE.ken}) に関連するご質問の場合も、このケースで引き続きやり取りいただけます。

AWS トレーニングと認定 サポートチーム`,
    html: htmlDoc(paras(`中村様

新しいお問い合わせ (ケース ${CASE.ken2}) を受け付けました。
担当者が内容を拝見し、順番にご返信いたします。目安は24〜48時間です。

以前のケース (${CASE.ken}) に関連するご質問の場合も、このケースで引き続きやり取りいただけます。

AWS トレーニングと認定 サポートチーム`)),
  },
  {
    kind: 'acknowledgement', trusted: false, caseId: '1790827716', note: 'look-alike domain posing as a case receipt (amazon-certification.example)',
    from: 'AWS トレーニングと認定 <support@amazon-certification.example>', to: M, subject: `ケース 1790827716 受付のお知らせ (要対応)`, at: '2026-05-02 03:12:40', enc: 'jis7',
    text: `小林様

お問い合わせ(ケース 1790827716)を受け付けました。
連休中の本人確認を迅速に行うため、48時間以内に下記URLからサインインをお済ませください。
期限を過ぎますと受付が取り消される場合があります。

http://amazon-certification.example/verify?case=1790827716

AWS サポート`,
  },
  {
    kind: 'acknowledgement', auth: 'dkimonly', caseId: CASE.misaki2, note: 'receipt of a second case (aligned DKIM only), numbered list of what happens next',
    from: SUPPORT_JA, to: M, subject: formSubject(CASE.misaki2), at: '2026-06-15 12:20:11', enc: 'jisb64',
    text: `ケース番号 ${CASE.misaki2} でお問い合わせを承りました。

受付日: 2026年6月15日
回答予定: 6月17日(水)まで

担当者からの返信をお待ちください。追加の情報がある場合は、このメールにそのまま返信してお送りいただけます。

AWS トレーニングと認定 カスタマーサービス`,
  },

  // ---------------- ai_answer (7) ----------------
  {
    kind: 'ai_answer', caseId: null, note: 'AI-generated suggestion pointing to the self-service merge tool before a case exists',
    from: SUPPORT_JA, to: K, subject: 'AWS トレーニングと認定: 自動回答のご案内', at: '2026-12-21 22:09:30', enc: 'jis7',
    text: `この回答は AI により自動生成されました。

ご質問: 認定アカウントを1つにまとめたい

AWS Certification アカウントの「プロフィール」→「アカウントの統合」から、ご自身で2つのアカウントを統合できる場合があります。
統合元のアカウントでサインインし、画面の案内に沿って数分で手続きが完了します。

この方法で解決しない場合は、下の「ケースを作成」を選択してください。担当者から通常24時間以内にご連絡します。`,
  },
  {
    kind: 'ai_answer', trap: true, caseId: null, note: 'AI answer that explains badges appear on Credly a few days after a merge; still only a suggestion',
    from: SUPPORT_JA, to: M, subject: 'お問い合わせへの自動回答 (生成AI)', at: '2026-04-28 18:31:02', enc: 'utf8qp',
    text: `※生成AIによる回答です。内容が正確でない場合があります。

アカウントの統合について:
・両方のアカウントに認定の履歴がある場合、セルフサービスの統合ツールはご利用いただけません。その場合はサポートへのケース作成が必要です。
・統合が終わると、認定資格と受験特典は残したアカウント側に表示されます。Credly のデジタルバッジは、数日遅れて移ることがあります。

解決しましたか? [はい] [いいえ、ケースを作成する]`,
  },
  {
    kind: 'ai_answer', trap: true, caseId: null, note: 'automated answer warning that a merge cannot be undone; it asks nothing of this user',
    from: SUPPORT, to: S, subject: 'Re: アカウント統合について (自動応答)', at: '2026-11-30 09:58:14', enc: 'sjisb64',
    text: `自動応答によるご案内

お問い合わせ内容から、以下の情報がお役に立つ可能性があります。

・統合は一度実行すると元に戻すことはできません。
・統合前に、両アカウントの認定ID、メールアドレス、取得済み認定をお手元でご確認ください。
・AWS認定アカウントのプロフィール画面にある「Merge Accounts」から、ご自身で手続きできる場合があります。

それでも解決しない場合は、サポートケースを作成してください。`,
  },
  {
    kind: 'ai_answer', caseId: null, note: 'multipart AI suggestion with a note that year-start replies are slow',
    from: SUPPORT_JA, to: Y, subject: 'AIアシスタントからの回答', at: '2027-01-07 09:25:50', enc: 'jisb64',
    text: `AIアシスタントがお答えします。

認定アカウントを統合するには、まず認定ポータルにサインインし、「アカウントの統合」ツールをお試しください。
ツールで統合できない旨が表示された場合は、担当者へのお問い合わせにお進みください。
年始は担当窓口が混み合っており、ケース作成後のご返信に数日かかることがあります。`,
    html: htmlDoc(`<div class="ai-answer"><p><em>AIアシスタントがお答えします。</em></p>
<p>認定アカウントを統合するには、まず認定ポータルにサインインし、「アカウントの統合」ツールをお試しください。</p>
<p>ツールで統合できない旨が表示された場合は、担当者へのお問い合わせにお進みください。<br>
年始は担当窓口が混み合っており、ケース作成後のご返信に数日かかることがあります。</p></div>`),
  },
  {
    kind: 'ai_answer', caseId: CASE.misaki2, note: 'automated suggestion posted on an open case while the customer waits for a human',
    from: SUPPORT_JA, to: M, subject: `[CASE ${CASE.misaki2}] 担当者からのご連絡までの間に`, at: '2026-06-15 12:21:48', enc: 'utf8b64',
    text: `小林様

担当者からご連絡するまでの間、自動生成されたヒントをお送りします。

・ご自身で統合できる場合: 認定アカウント > プロフィール > アカウントの統合
・受験特典(50%割引)は、統合後に残したアカウントでご確認いただけます

これらで解決した場合は、お返事は不要です。解決しない場合は、そのまま担当者からのご連絡をお待ちください。

(この文面はAIによって作成されました)`,
  },
  {
    kind: 'ai_answer', caseId: CASE.kenDup, note: 'AI answer on the duplicate case suggesting the self-service tool',
    from: SUPPORT_JA, to: K, subject: `[CASE ${CASE.kenDup}] 自動回答`, at: '2026-12-23 08:03:30', enc: 'jis7',
    text: `Amazon Q による回答案です(担当者の確認前の内容です)。

お二つの認定アカウントのうち、どちらか一方に認定履歴がない場合は、認定アカウントの「アカウントの統合」画面からすぐに統合いただけます。
両方に履歴がある場合は担当者が手作業で対応するため、返信をお待ちください。`,
  },
  {
    kind: 'ai_answer', trusted: false, auth: 'fail', caseId: null, note: 'AI-style answer whose DMARC fails',
    from: SUPPORT_JA, to: Y, subject: '自動回答: 認定アカウントの統合', at: '2027-01-09 23:48:02', enc: 'jis7',
    text: `自動生成された回答です。

セルフサービスの統合ツールを使うと、通常は数分で手続きが終わります。
ご利用になれない場合は、お問い合わせフォームからケースを作成してください。`,
  },

  // ---------------- info_request (9) ----------------
  {
    kind: 'info_request', caseId: CASE.ken, note: 'late first answer after the New Year break, asks for both candidate IDs and which account to keep',
    from: SUPPORT_JA, to: K, subject: formSubject(CASE.ken), at: '2027-01-05 11:42:09', enc: 'jis7',
    text: `中村 健一 様

お問い合わせいただきありがとうございます。
年末年始の休業をはさみ、ご返信までお時間をいただきましたことをお詫び申し上げます。

統合のお手続きを進めるにあたり、恐れ入りますが次の点をお知らせいただけますでしょうか。

・両方のアカウントの認定ID (AWS から始まる番号)
・それぞれのアカウントに登録されているメールアドレス
・今後お使いになる(残す)アカウントはどちらか

お返事をいただき次第、内容を拝見いたします。

AWS トレーニングと認定 カスタマーサービス
佐々木

${sfOriginalJa(KEN.keep, '2026-12-21 22:14', FORM, 'アカウント統合のお願い', KEN_REQ)}

${sfRef('Ken01')}`,
  },
  {
    kind: 'info_request', caseId: CASE.ken, note: 'reminder of the earlier request for the source account ID; no closing deadline',
    from: SUPPORT_JA, to: K, subject: formSubject(CASE.ken), at: '2027-01-08 16:20:44', enc: 'sjis8',
    text: `中村様

1月5日にお送りしたご連絡につきまして、その後いかがでしょうか。
まだお返事を拝見できておりませんでしたので、念のため再度ご連絡いたしました。

統合元アカウントの認定IDが分かりましたら、このメールへの返信でお送りいただけますと幸いです。
番号がご不明な場合は、統合元アカウントで受験された試験名とおおよその受験日でも結構です。

引き続きよろしくお願いいたします。
佐々木 / AWS トレーニングと認定`,
  },
  {
    kind: 'info_request', caseId: CASE.misaki, note: 'after Golden Week, asks for full name and both e-mail addresses; Gmail quote below',
    from: SUPPORT_JA, to: M, subject: formSubject(CASE.misaki), at: '2026-05-07 14:03:18', enc: 'jisb64',
    text: `小林 美咲 様

連休明けのご案内となり、大変お待たせいたしました。

お手続きのため、下記をこのメールにご返信ください。
1. 氏名 (アルファベット表記)
2. 残すアカウントのメールアドレスと、統合元のメールアドレス
3. 統合元アカウントで最後に受験された時期 (分かる範囲で)

ご返信を確認したのち、統合の準備に入ります。

AWS トレーニングと認定 カスタマーサービス 森本

${gmailJa('2026-04-28 18:38', `${MISAKI.ja} <${MISAKI.keep}>`, MISAKI_REQ)}`,
  },
  {
    kind: 'info_request', trap: true, caseId: CASE.sho, note: 'asks to confirm which address to keep, i.e. a request for information worded with "確認"',
    from: SUPPORT_JA, to: S, subject: formSubject(CASE.sho), at: '2026-12-01 15:47:36', enc: 'utf8qp',
    text: `藤原様

ご連絡ありがとうございます。担当の上原です。

お送りいただいた2つの認定IDを拝見しました。統合後に残すアカウントのメールアドレスが、お問い合わせ元の ${SHO.keep} でよろしいか、ご確認のうえお知らせください。
また、統合元 (${SHO.srcId}) に登録されているメールアドレスも併せてご記載いただけますか。

お手数をおかけしますが、よろしくお願いします。`,
  },
  {
    kind: 'info_request', caseId: CASE.yuki, note: 'asks the user to write from the kept address and include the candidate ID; Outlook quote',
    from: SUPPORT_JA, to: `${YUKI.ja} <${YUKI.src}>`, subject: formSubject(CASE.yuki), at: '2027-01-12 10:11:27', enc: 'sjisb64',
    text: `森様

お待たせいたしました。お問い合わせの件でご連絡いたします。

お手続きの都合上、統合後に残すアカウントのメールアドレス(${YUKI.keep})から、本メールへご返信をお願いできますでしょうか。
その際、残すアカウントの認定ID(AWSで始まる番号)も本文にご記載ください。

以上、よろしくお願い申し上げます。
AWS トレーニングと認定

${outlookJa('2027-01-07 09:30', `${YUKI.ja} <${YUKI.src}>`, FORM, '認定アカウント統合のお願い', YUKI_REQ)}`,
  },
  {
    kind: 'info_request', caseId: CASE.misaki2, note: 'second case: asks for the exam names and pass dates on the third account',
    from: SUPPORT_JA, to: M, subject: formSubject(CASE.misaki2), at: '2026-06-18 11:36:02', enc: 'jis7',
    text: `小林様

お問い合わせの件、1日お時間をいただきありがとうございました。

お伝えいただいた3つ目のアカウントが見つからず、照合のため以下をお知らせください。
- 受験した試験名
- 合格日 (年月だけでも構いません)
- 受験時に使ったメールアドレス

分かる範囲で問題ございません。確認でき次第、ご連絡いたしまします。`,
  },
  {
    kind: 'info_request', caseId: CASE.sho, note: 'asks for the Skill Builder address within about five business days (a time frame, not a closing threat)',
    from: SUPPORT_JA, to: S, subject: `RE: [CASE ${CASE.sho}] アカウント統合`, at: '2026-12-03 17:08:55', enc: 'jisb64',
    text: `藤原 翔 様

追加でお伺いしたいことがございます。
統合元で AWS Skill Builder もお使いでしたら、そのサインイン用のメールアドレスを教えていただけますか。
本日から5営業日ほどの間にお知らせいただければ、年内に手続きを終えられる見込みです。

上原`,
  },
  {
    kind: 'info_request', trusted: false, caseId: CASE.yuki, note: 'look-alike domain asking for IDs and a password under time pressure',
    from: 'AWS トレーニングと認定 <cs-form@aws-training-jp.example>', to: Y, subject: `RE:[CASE ${CASE.yuki}] 統合に必要な情報のご提出 (本日中)`, at: '2027-01-13 01:44:19', enc: 'jisb64',
    text: `森 由紀 様

統合の準備が整いましたが、以下が不足しています。本日中にご返信ください。
・残すアカウントの認定ID
・統合元アカウントのパスワード
・生年月日

期限までにいただけない場合、お手続きが遅れる可能性があります。`,
  },
  {
    kind: 'info_request', trusted: false, auth: 'forgedBelow', caseId: CASE.misaki, note: 'real support From, but the pass verdict sits below the server Received line',
    from: SUPPORT_JA, to: M, subject: formSubject(CASE.misaki), at: '2026-05-09 02:15:38', enc: 'sjisb64',
    text: `小林様

お手続きの確認のため、48時間以内に以下をご返信ください。
・両アカウントの認定ID
・ご登録の電話番号

AWS トレーニングと認定`,
  },

  // ---------------- confirmation_request (9) ----------------
  {
    kind: 'confirmation_request', caseId: CASE.ken, note: 'states the plan, says it cannot be undone, asks for consent by a reply-by date',
    from: SUPPORT_JA, to: K, subject: formSubject(CASE.ken), at: '2027-01-13 13:27:40', enc: 'jis7',
    text: `中村 健一 様

ご返信ありがとうございます。いただいた内容で、以下のとおり統合いたします。

残すアカウント: ${KEN.keepId} (${KEN.keep})
統合元アカウント: ${KEN.srcId} (${KEN.src})

統合後、統合元アカウントは使えなくなり、この操作を取り消すことはできません。
上記でよろしければ、1月20日(水)までに「同意します」とご返信ください。ご返信をいただいてから作業に入ります。

佐々木 / AWS トレーニングと認定

${sfOriginalJa(KEN.keep, '2027-01-12 21:05', FORM, formSubject(CASE.ken), `お世話になります。\n統合元は ${KEN.srcId}、メールは ${KEN.src} です。\n残すのは ${KEN.keepId} でお願いします。`)}`,
  },
  {
    kind: 'confirmation_request', caseId: CASE.misaki, note: 'apologises for the holiday delay and asks for consent to an irreversible merge; multipart',
    from: SUPPORT_JA, to: M, subject: formSubject(CASE.misaki), at: '2026-05-12 10:48:21', enc: 'jisb64',
    text: `小林様

連休の影響でご案内が遅くなり、申し訳ございません。

${MISAKI.srcId} の認定と特典を ${MISAKI.keepId} へ移し、1つのアカウントにまとめます。
統合は後から元に戻せないため、念のため事前にご同意をいただいております。
差し支えなければ、このメールに「統合を進めてください」とご返信くださいませ。

森本`,
    html: htmlDoc(`<p>小林様</p>
<p>連休の影響でご案内が遅くなり、申し訳ございません。</p>
<p>${MISAKI.srcId} の認定と特典を ${MISAKI.keepId} へ移し、1つのアカウントにまとめます。<br>
統合は後から元に戻せないため、念のため事前にご同意をいただいております。<br>
差し支えなければ、このメールに「統合を進めてください」とご返信くださいませ。</p>
<p>森本</p>`),
  },
  {
    kind: 'confirmation_request', caseId: CASE.sho, note: 'asks for explicit agreement before merging; Salesforce quote of the customer answer',
    from: SUPPORT_JA, to: S, subject: formSubject(CASE.sho), at: '2026-12-07 11:15:09', enc: 'utf8b64',
    text: `藤原様

情報をお送りいただきありがとうございます。

統合を行うと、${SHO.srcId} 側のログインはできなくなり、元の状態には戻せません。
このまま ${SHO.keepId} に統合してよろしいでしょうか。ご了承いただける旨をご返信いただいた時点で作業を開始します。

上原

${sfOriginal(SHO.keep, '2026-12-05 08:40', FORM, `RE: [CASE ${CASE.sho}] アカウント統合`, `上原様\nSkill Builder は ${SHO.src} で使っていました。\nよろしくお願いします。`)}`,
  },
  {
    kind: 'confirmation_request', caseId: CASE.yuki, note: 'second reminder asking for consent; no closing warning',
    from: SUPPORT_JA, to: Y, subject: formSubject(CASE.yuki), at: '2027-01-19 09:02:58', enc: 'sjis8',
    text: `森様

1月15日にお送りした統合内容のご確認について、再度ご連絡いたしました。

残すアカウント: ${YUKI.keepId}
統合されるアカウント: ${YUKI.srcId}

一度統合いたしますと元に戻すことはできません。内容に問題がなければ、「同意します」の一言だけで結構ですので、ご返信いただけますでしょうか。

AWS トレーニングと認定 カスタマーサービス`,
  },
  {
    kind: 'confirmation_request', caseId: CASE.misaki2, note: 'second case: consent to merging the third account, with a date by which to answer',
    from: SUPPORT_JA, to: M, subject: formSubject(CASE.misaki2), at: '2026-06-22 16:30:12', enc: 'utf8qp',
    text: `小林 美咲 様

3つ目のアカウント (AWS82209417) を確認できました。こちらも ${MISAKI.keepId} に統合してよろしいでしょうか。
統合は取り消しができない操作です。
6月26日(金)までにご意向をお聞かせいただければ、月内に作業を完了できる見込みです。`,
  },
  {
    kind: 'confirmation_request', caseId: CASE.yuki, note: 'consent request that explains the unused voucher and its expiry carry over',
    from: SUPPORT_JA, to: Y, subject: formSubject(CASE.yuki), at: '2027-01-15 14:22:31', enc: 'jisb64',
    text: `森 由紀 様

残すアカウントからのご返信、ありがとうございました。

統合前にご承知おきいただきたい点がございます。
統合元にある未使用の50%割引特典(有効期限 2027年2月28日)は、統合後も同じ期限のまま残すアカウントへ移ります。期限の延長はできません。

以上をご理解のうえ、統合を実施してよいかお返事をお願いいたします。統合は取り消せません。`,
  },
  {
    kind: 'confirmation_request', trusted: false, auth: 'lookalikeServer', caseId: CASE.sho, note: 'Authentication-Results from a look-alike authserv-id',
    from: SUPPORT_JA, to: S, subject: formSubject(CASE.sho), at: '2026-12-08 04:10:26', enc: 'jis7',
    text: `藤原様

統合の最終確認です。明日の正午までにご同意のご返信がない場合、手続きを見送ります。
ご同意の場合は、下記リンクから承認してください。
http://aws-merge-approve.example/c/${CASE.sho}`,
  },
  {
    kind: 'confirmation_request', caseId: CASE.sho, note: 'short consent request; the irreversibility sits between the IDs and the request',
    from: SUPPORT, to: S, subject: `Re: [CASE ${CASE.sho}] ご同意のお願い`, at: '2026-12-09 09:55:47', enc: 'sjisb64',
    text: `藤原様

先日のご案内が届いていない可能性がありましたので、改めてお送りします。
${SHO.srcId} → ${SHO.keepId}、実施後は取り消し不可です。
問題なければ、その旨を一言ご返信ください。

上原`,
  },
  {
    kind: 'confirmation_request', forUser: false, caseId: CASE.ken, note: 'consent request redirected by the old company server (Resent-*), so not delivered to the user as such',
    from: SUPPORT_JA, to: KS, subject: formSubject(CASE.ken), at: '2027-01-13 13:29:02', enc: 'jis7',
    resent: { from: 'postmaster@hoshizora-sys.example.co.jp', to: 'archive@hoshizora-sys.example.co.jp', date: 'Wed, 13 Jan 2027 13:30:10 +0900' },
    text: `中村様 (統合元アドレスにも念のためお送りしています)

統合元 ${KEN.srcId} を ${KEN.keepId} に統合いたします。取り消しはできません。
よろしければ1月20日までにご同意のご返信をお願いします。`,
  },

  // ---------------- merge_completed (9) ----------------
  {
    kind: 'merge_completed', caseId: CASE.ken, note: 'completion after about two weeks of silence, with an apology for the wait',
    from: SUPPORT_JA, to: K, subject: formSubject(CASE.ken), at: '2027-01-26 18:03:12', enc: 'jis7',
    text: `中村 健一 様

長らくお待たせいたしました。
1月14日にご同意をいただいた件、本日、${KEN.srcId} を ${KEN.keepId} へ統合する作業が終わりました。
認定の履歴と受験特典は、残したアカウントからご覧いただけます。

ご不便をおかけしましたことを重ねてお詫び申し上げます。
佐々木

${quote(`佐々木様\n統合に同意します。よろしくお願いします。\n中村`)}`,
  },
  {
    kind: 'merge_completed', caseId: null, note: "certification portal's own notice that the accounts were merged (no case ID)",
    from: 'AWS Certification <no-reply@certification.aws.training>', to: K, subject: 'AWS認定アカウントの統合が完了しました', at: '2027-01-26 18:10:55', enc: 'sjisb64',
    text: `中村 健一 様

ご依頼いただいたAWS認定アカウントの統合処理が完了しました。
統合後の認定ID: ${KEN.keepId}

反映まで最大で数時間かかる場合があります。認定アカウントにサインインし、認定と特典をご確認ください。

AWS Certification`,
  },
  {
    kind: 'merge_completed', caseId: CASE.misaki, note: 'completion after the holiday backlog; asks to check that all looks right (still a completion)',
    from: SUPPORT_JA, to: M, subject: formSubject(CASE.misaki), at: '2026-05-15 19:26:08', enc: 'jisb64',
    text: `小林様

連休明けから順番に対応しており、お時間をいただいてしまいました。
ご同意いただいた統合は、本日付で完了しております。

${MISAKI.keepId} にサインインのうえ、認定が揃っているかご覧ください。表示に不足があれば、このメールにお知らせいただければ調べます。

森本`,
  },
  {
    kind: 'merge_completed', trap: true, caseId: CASE.sho, note: 'completion that also says the case will now be closed (the new fact is the merge)',
    from: SUPPORT_JA, to: S, subject: formSubject(CASE.sho), at: '2026-12-10 13:40:51', enc: 'utf8qp',
    text: `藤原様

お待たせしました。本日 12/10 13時すぎ、2つの認定アカウントを1つにまとめる作業を終えました。
今後は ${SHO.keepId} のみをお使いください。

特にご連絡がなければ、本ケースはこのまま解決済みとさせていただきます。

上原 / AWS トレーニングと認定`,
  },
  {
    kind: 'merge_completed', caseId: CASE.yuki, note: 'HTML-only completion with a table of the merged certifications',
    from: SUPPORT_JA, to: Y, subject: formSubject(CASE.yuki), at: '2027-01-29 11:11:11', enc: 'utf8b64',
    html: htmlDoc(`<p>森 由紀 様</p>
<p>ご同意から少々日数がかかりましたが、アカウントの統合が完了いたしました。</p>
<table border="1" cellpadding="4"><tr><th>認定</th><th>有効期限</th></tr>
<tr><td>AWS Certified Solutions Architect - Associate</td><td>2028/09/14</td></tr>
<tr><td>AWS Certified Cloud Practitioner</td><td>2027/11/02</td></tr></table>
<p>すべて ${YUKI.keepId} に表示されています。</p>
<p>AWS トレーニングと認定 カスタマーサービス</p>`),
  },
  {
    kind: 'merge_completed', trap: true, caseId: CASE.misaki2, note: 'completion that says the Credly badges will follow in a few days (future, so not the badge event)',
    from: SUPPORT_JA, to: M, subject: formSubject(CASE.misaki2), at: '2026-06-29 10:05:44', enc: 'sjis8',
    text: `小林様

AWS82209417 の統合処理が終わりました。これで3つのアカウントは ${MISAKI.keepId} ひとつになっています。
Credly のバッジは別の仕組みで移るため、反映まで数日かかることがあります。1週間たっても移っていない場合はお知らせください。`,
  },
  {
    kind: 'merge_completed', trusted: false, auth: 'none', caseId: CASE.yuki, note: 'completion text with no Authentication-Results at all',
    from: SUPPORT_JA, to: Y, subject: formSubject(CASE.yuki), at: '2027-01-28 22:35:19', enc: 'jis7',
    text: `森様

統合が完了しました。新しいアカウントの確認のため、24時間以内に下記からサインインしてください。
http://aws-training-portal.example/login`,
  },
  {
    kind: 'merge_completed', forUser: false, caseId: CASE.tanaka, note: "a colleague's completion sent to the team list, not to the user",
    from: SUPPORT_JA, to: CERT_LIST, subject: formSubject(CASE.tanaka), at: '2027-01-22 15:12:38', enc: 'jisb64',
    text: `田中 潤 様 (認定管理チーム 宛)

大変お待たせしました。田中様の2つの認定アカウントの統合が完了しました。
今後は AWS19934210 をご利用ください。`,
  },
  {
    kind: 'merge_completed', auth: 'dkimonly', caseId: CASE.sho, note: 'short completion in reply to a "how long will it take" question (aligned DKIM only)',
    from: SUPPORT, to: S, subject: `Re: [CASE ${CASE.sho}] いつ頃になりますか`, at: '2026-12-10 13:38:02', enc: 'jisb64',
    text: `藤原様

ご心配をおかけしました。ちょうど先ほど統合が終わったところです。
認定アカウントに再度サインインしていただくと、両方の認定が1つのアカウントで見られるはずです。

${gmailJa('2026-12-10 09:12', S, 'お世話になります。同意の返信から3日たちましたが、統合はいつ頃になりそうでしょうか。')}`,
  },

  // ---------------- badges_transferred (8) ----------------
  {
    kind: 'badges_transferred', caseId: null, note: "AWS's badge issued via Credly to the kept address (multipart)",
    from: CREDLY_AWS, to: K, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2027-01-28 06:44:10', enc: 'utf8qp',
    text: `中村 健一 様

Amazon Web Services Training and Certification から「AWS Certified Developer - Associate」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/7f1c2a90-4b4e-4d5e-9a0f-31c7e2b8d415

Credly`,
    html: htmlDoc(`<p>中村 健一 様</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Developer - Associate」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/7f1c2a90-4b4e-4d5e-9a0f-31c7e2b8d415" style="background:#f60;color:#fff;padding:8px 16px">バッジを入手する</a></p>
<p>Credly</p>`),
  },
  {
    kind: 'badges_transferred', caseId: null, note: 'Credly reminder that an AWS badge is waiting on the account, with an acceptance deadline',
    from: CREDLY_AWS, to: M, subject: 'リマインダー: バッジの受け取りがまだ完了していません', at: '2026-07-06 08:00:00', enc: 'utf8b64',
    html: htmlDoc(`<p>小林 美咲 様</p>
<p>Amazon Web Services Training and Certification が発行したバッジ「AWS Certified Solutions Architect - Associate」が、まだ受け取られていません。</p>
<p>7月20日までにバッジを受け取ると、プロフィールに表示されます。</p>
<p><a href="https://www.credly.com/earner/earned/badge/0b33e1c4-6a41-4f7d-8e8c-c0d9a1f25e77">バッジを入手する</a></p>`),
  },
  {
    kind: 'badges_transferred', caseId: CASE.ken2, note: 'support says the badges moved; allow up to 24 hours to appear',
    from: SUPPORT_JA, to: K, subject: formSubject(CASE.ken2), at: '2027-02-04 10:17:29', enc: 'jis7',
    text: `中村様

お問い合わせいただいた Credly のバッジにつきまして、統合元アカウントにあった2件を、${KEN.keep} の Credly アカウントへ移し終えました。
画面に出てくるまで最大24時間ほどかかることがございます。

お待たせしてしまい申し訳ありませんでした。
AWS トレーニングと認定 バッジ担当`,
  },
  {
    kind: 'badges_transferred', trap: true, caseId: CASE.misaki2, note: 'badges moved and the case is being closed; the new fact is the badges',
    from: SUPPORT_JA, to: M, subject: formSubject(CASE.misaki2), at: '2026-07-03 17:52:16', enc: 'jisb64',
    text: `小林様

ご連絡が遅くなりました。Credly 上のバッジ3件を、${MISAKI.keep} 宛てのプロフィールへお移ししました。
ほかにご不明な点がなければ、本ケースはこれでクローズいたします。

森本`,
  },
  {
    kind: 'badges_transferred', caseId: CASE.sho, note: 'badges moved after a two-week wait, with an apology',
    from: SUPPORT_JA, to: S, subject: 'Credly バッジの件 (お待たせしました)', at: '2026-12-24 12:30:05', enc: 'sjisb64',
    text: `藤原 翔 様
ケース ${CASE.sho} のご依頼について

2週間近くお待たせしてしまい、誠に申し訳ございません。
Credly 側での作業が終わり、お持ちのデジタルバッジはすべて ${SHO.keep} のアカウントで表示されるようになりました。

よいお年をお迎えください。
上原`,
  },
  {
    kind: 'badges_transferred', caseId: CASE.yuki, note: 'badges now on the kept account; Outlook quote of the user chasing them',
    from: SUPPORT_JA, to: Y, subject: formSubject(CASE.yuki), at: '2027-02-08 09:45:33', enc: 'jisb64',
    text: `森様

ご指摘いただいたバッジの件、統合先の Credly アカウントへの付け替えが完了しています。
お手数ですが、Credly に再度ログインしてご確認いただけますと幸いです。

${outlookJa('2027-02-05 18:20', Y, FORM, `RE: ${formSubject(CASE.yuki)}`, '統合から1週間たちましたが、Credly のバッジが古いアドレスのままです。\nいつ頃移りますでしょうか。')}`,
  },
  {
    kind: 'badges_transferred', trusted: false, caseId: null, note: 'Credly look-alike domain (credly.com.badge-notice.example)',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly.com.badge-notice.example>', to: Y, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: '2027-02-01 02:02:02', enc: 'utf8qp',
    text: `森 由紀 様

バッジの移行が完了しました。72時間以内に受け取らないと失効します。
バッジを入手する: http://credly.com.badge-notice.example/claim`,
  },
  {
    kind: 'badges_transferred', caseId: CASE.misaki, note: 'badges moved on the first case, reply to the user who waited a week (auto-generated receipt style absent)',
    from: SUPPORT, to: M, subject: `Re: ${formSubject(CASE.misaki)}`, at: '2026-05-22 15:18:40', enc: 'utf8b64',
    text: `小林様

1週間ほどお待たせしましたが、Credly のバッジも ${MISAKI.keep} 側に移りました。
これで今回のご依頼分はすべて完了です。

${gmailJa('2026-05-20 21:03', M, '森本様\n統合ありがとうございました。認定は移っていたのですが、Credly のバッジがまだ前職のアドレスのようです。')}`,
  },

  // ---------------- case_closed (9) ----------------
  {
    kind: 'case_closed', trap: true, caseId: CASE.ken, note: 'auto-close warning with a date; restates the earlier request for IDs',
    from: SUPPORT_JA, to: K, subject: formSubject(CASE.ken), at: '2027-01-12 09:00:14', enc: 'jis7',
    text: `中村 健一 様

1月5日と8日にお願いしておりました認定IDのご連絡を、まだ頂戴できておりません。
1月15日(金)までにお返事がない場合、本ケースは自動的にクローズされます。

クローズ後にご連絡いただく場合は、新しいケースとしてお問い合わせください。`,
  },
  {
    kind: 'case_closed', trap: true, caseId: CASE.misaki, note: 'second reminder: will close on 5/20 without a reply; mentions the pending consent',
    from: SUPPORT_JA, to: M, subject: `【2回目のご連絡】${formSubject(CASE.misaki)}`, at: '2026-05-15 09:10:27', enc: 'sjis8', wholeSubject: true,
    text: `小林様

先日、統合へのご同意についてお伺いしましたが、まだご返信を確認できておりません。
5月20日を過ぎてもご返信がない場合、本件はクローズとなります。

お忙しいところ恐縮ですが、ご確認ください。`,
  },
  {
    kind: 'case_closed', trap: true, caseId: CASE.sho, note: 'closing notice that only restates the merge done earlier',
    from: SUPPORT_JA, to: S, subject: formSubject(CASE.sho), at: '2026-12-26 10:00:09', enc: 'jisb64',
    text: `藤原様

12月10日に統合が完了し、その後バッジの件もご案内済みのため、本ケースを解決済みとしてクローズいたしました。
今後なにかございましたら、新たにお問い合わせください。`,
  },
  {
    kind: 'case_closed', caseId: CASE.yuki, note: 'will close in three days without a reply; multipart',
    from: SUPPORT_JA, to: Y, subject: formSubject(CASE.yuki), at: '2027-02-10 09:30:00', enc: 'jisb64',
    text: `森様

その後、ほかにご不明な点はございませんでしょうか。
3日以内にご返信がない場合は、本件は解決したものとして自動でクローズいたします。`,
    html: htmlDoc(`<p>森様</p><p>その後、ほかにご不明な点はございませんでしょうか。<br>
<b>3日以内</b>にご返信がない場合は、本件は解決したものとして自動でクローズいたします。</p>`),
  },
  {
    kind: 'case_closed', trap: true, caseId: CASE.kenDup, note: 'duplicate case closed and folded into the first case ("ケースを統合"): not the account merge',
    from: SUPPORT_JA, to: K, subject: formSubject(CASE.kenDup), at: '2026-12-28 15:33:20', enc: 'sjisb64',
    text: `中村様

同じご依頼のケースが2件作成されておりましたので、本ケース (${CASE.kenDup}) はケース ${CASE.ken} に統合のうえクローズいたしました。
以降のやり取りは ${CASE.ken} にてお願いいたします。
年末年始の休業明け(1月4日以降)に、担当者より順次ご連絡いたします。`,
  },
  {
    kind: 'case_closed', caseId: CASE.misaki2, note: 'closed because no reply arrived by the stated date',
    from: SUPPORT_JA, to: M, subject: formSubject(CASE.misaki2), at: '2026-07-17 08:12:44', enc: 'utf8qp',
    text: `小林様

7月10日にご連絡して以降、ご返信をいただけなかったため、本日ケースをクローズいたしました。
まだお困りのことがあれば、このメールにご返信いただければ再オープンいたします(クローズから14日以内)。`,
  },
  {
    kind: 'case_closed', caseId: CASE.ken2, note: 'AWS Support notification that the case was resolved',
    from: NOTIFY, to: K, subject: `ケース ${CASE.ken2} は解決済みになりました`, at: '2027-02-11 00:05:12', enc: 'jis7',
    text: `お客様のサポートケースは解決済みになりました。

ケース ID: ${CASE.ken2}
件名: Credly バッジについて
状態: 解決済み

ケースを再開するには、7日以内にサポートセンターから返信してください。

Amazon Web Services`,
  },
  {
    kind: 'case_closed', caseId: CASE.yuki, note: 'closed notice with how long the user can still reopen it',
    from: SUPPORT_JA, to: Y, subject: `[解決済み] ${formSubject(CASE.yuki)}`, at: '2027-02-13 09:31:03', enc: 'jis7', wholeSubject: true,
    text: `森 由紀 様

2月10日のご案内以降ご連絡がなかったため、本ケースをクローズいたしました。
クローズ後14日間は、このメールに返信いただくことでケースを再開できます。

ご利用ありがとうございました。`,
  },
  {
    kind: 'case_closed', trap: true, caseId: CASE.sho, auth: 'dkimonly', note: 'reminder: closing in five business days unless the user still has trouble with the badges',
    from: SUPPORT_JA, to: S, subject: formSubject(CASE.sho), at: '2026-12-18 16:45:50', enc: 'sjisb64',
    text: `藤原様

バッジの反映についてはその後いかがでしょうか。
5営業日のうちにご返信がなければ、ケースはクローズの扱いとなります。`,
  },

  // ---------------- support_reply (10) ----------------
  {
    kind: 'support_reply', trap: true, caseId: CASE.ken, note: 'year-end holiday notice on the case; merge work only after the break',
    from: SUPPORT_JA, to: K, subject: formSubject(CASE.ken), at: '2026-12-25 17:20:31', enc: 'jis7',
    text: `中村 健一 様

お問い合わせいただきありがとうございます。

誠に勝手ながら、12月29日(火)から1月3日(日)まで年末年始休業とさせていただきます。
統合のお手続きは、休業明けの1月4日(月)以降に順次進めてまいります。
休業中にいただいたご連絡にも、明けてから必ずお返事いたします。

本年も大変お世話になりました。
AWS トレーニングと認定`,
  },
  {
    kind: 'support_reply', trap: true, caseId: CASE.ken, note: 'status update: still working on the merge, nothing needed from the user',
    from: SUPPORT_JA, to: K, subject: formSubject(CASE.ken), at: '2027-01-19 18:48:27', enc: 'jisb64',
    text: `中村様

ご同意いただいた統合の件、現在も担当チームで作業を進めております。
想定よりお時間がかかっており申し訳ございません。終わり次第こちらからご連絡しますので、今しばらくお待ちください。

お客様の側でご対応いただくことは、現時点ではございません。
佐々木`,
  },
  {
    kind: 'support_reply', trap: true, caseId: CASE.misaki, note: 'thanks for confirming, passed to the team; 3-5 business days',
    from: SUPPORT_JA, to: M, subject: formSubject(CASE.misaki), at: '2026-05-13 09:21:50', enc: 'sjis8',
    text: `小林様

ご同意のご返信、確かに受け取りました。ありがとうございます。
統合の担当部署へ依頼を回しましたので、3～5営業日ほどでご連絡できる見込みです。

森本`,
  },
  {
    kind: 'support_reply', trap: true, caseId: CASE.sho, note: 'the merge has not been completed yet (negated)',
    from: SUPPORT_JA, to: S, subject: formSubject(CASE.sho), at: '2026-12-09 18:02:14', enc: 'utf8b64',
    text: `藤原様

お問い合わせの件、統合はまだ完了しておりません。
社内のシステム更新と重なり、作業が明日以降にずれ込む見込みです。ご迷惑をおかけいたします。

上原`,
  },
  {
    kind: 'support_reply', trap: true, caseId: CASE.yuki, note: 'future completion ("統合が完了しましたら"), nothing asked',
    from: SUPPORT_JA, to: Y, subject: formSubject(CASE.yuki), at: '2027-01-21 13:44:06', enc: 'sjisb64',
    text: `森様

ご同意ありがとうございました。担当部署にて順番に作業しております。
統合が完了しましたら、改めてこのメールアドレス宛てにご連絡いたします。
年始の依頼が集中しているため、1週間ほどお時間をいただく場合がございます。`,
  },
  {
    kind: 'support_reply', trap: true, caseId: CASE.ken2, note: 'delayed answer with apology; the badge question is still being checked',
    from: SUPPORT_JA, to: K, subject: formSubject(CASE.ken2), at: '2027-02-03 19:05:40', enc: 'jis7',
    text: `中村様

ご返信が遅くなり、大変申し訳ございません。
バッジの移行につきましては、Credly の担当チームに確認を依頼しており、回答を待っている状況です。
分かり次第、あらためてご連絡いたします。`,
  },
  {
    kind: 'support_reply', caseId: CASE.misaki, note: 'Golden Week notice on the case; replies resume on 5/7',
    from: SUPPORT_JA, to: M, subject: 'ゴールデンウィーク期間中のご返信について', at: '2026-04-30 10:00:00', enc: 'jisb64',
    text: `小林様 (ケース番号: ${CASE.misaki})

ゴールデンウィーク期間中(5月6日まで)は、担当者のご返信を休止しております。
5月7日(木)より受付順にお返事いたしますので、それまでお待ちいただけますようお願いいたします。`,
  },
  {
    kind: 'support_reply', trap: true, caseId: CASE.sho, note: 'thanks for agreeing, the request has gone to the merge team',
    from: SUPPORT_JA, to: S, subject: formSubject(CASE.sho), at: '2026-12-08 10:31:22', enc: 'utf8qp',
    text: `藤原様

ご了承のご連絡ありがとうございます。
統合作業を担当するチームへ本日依頼いたしました。作業には通常1〜3営業日ほどかかります。

上原

${gmailJa('2026-12-08 07:58', S, '上原様\n了解しました。統合を進めてください。')}`,
  },
  {
    kind: 'support_reply', caseId: CASE.yuki, note: 'escalation notice with an expected answer in about a week; multipart in ISO-2022-JP',
    from: SUPPORT_JA, to: Y, subject: formSubject(CASE.yuki), at: '2027-01-23 11:06:17', enc: 'jis7',
    text: `森様

お問い合わせの件は、専門のチームへエスカレーションいたしました。
回答までおよそ1週間を見込んでおります。お待たせして申し訳ございません。`,
    html: htmlDoc(`<p>森様</p><p>お問い合わせの件は、専門のチームへエスカレーションいたしました。<br>回答までおよそ1週間を見込んでおります。お待たせして申し訳ございません。</p>`),
  },
  {
    kind: 'support_reply', trap: true, caseId: CASE.misaki2, note: 'answers a timing question: the merge is "in progress" and the badges will follow; nothing asked',
    from: SUPPORT_JA, to: M, subject: formSubject(CASE.misaki2), at: '2026-06-25 14:14:14', enc: 'sjisb64',
    text: `小林様

お問い合わせの「いつ頃終わるか」について回答いたします。
統合は現在手続き中で、来週前半には終わる予定です。バッジはその後に移る流れです。
進み次第ご連絡しますので、お待ちください。`,
  },

  // ---------------- unrelated (11) ----------------
  {
    kind: 'unrelated', trap: true, caseId: CASE.ken, note: "an agent's out-of-office auto-reply quoting the case subject",
    from: '佐々木 真由 <mayusasa@amazon.com>', to: K, subject: `自動応答: ${formSubject(CASE.ken)}`, at: '2027-01-14 07:12:00', enc: 'jis7', extra: AUTO,
    text: `お疲れさまです。佐々木です。
1月14日(木)から1月18日(月)まで不在にしております。
統合のご同意などケースに関するご連絡は、チームの別の担当者が確認いたします。`,
  },
  {
    kind: 'unrelated', trusted: false, caseId: null, note: "the user's boss's holiday out-of-office reply",
    from: BOSS, to: KS, subject: '不在のお知らせ (1/5まで)', at: '2026-12-29 09:00:10', enc: 'sjisb64', extra: AUTO,
    text: `年末年始休暇のため、12月29日から1月5日まで不在です。
急ぎの件は情報システム部までお願いします。
田中`,
  },
  {
    kind: 'unrelated', trusted: false, forUser: false, trap: true, caseId: CASE.ken, note: "the user's own consent reply (Sent copy, no delivery to the user)",
    from: K, to: SUPPORT_JA, subject: formSubject(CASE.ken), at: '2027-01-14 08:30:45', enc: 'jis7', deliveredTo: null,
    text: `${quote(`中村 健一 様\n\nご返信ありがとうございます。いただいた内容で、以下のとおり統合いたします。\n上記でよろしければ、1月20日(水)までに「同意します」とご返信ください。`)}

佐々木様
お世話になっております。中村です。
ご案内の内容で統合に同意します。よろしくお願いいたします。`,
  },
  {
    kind: 'unrelated', trusted: false, trap: true, caseId: CASE.misaki, note: "the user forwards the completion notice to her own work address",
    from: M, to: `${MISAKI.ja} <${MISAKI.src}>`, subject: `Fwd: ${formSubject(CASE.misaki)}`, at: '2026-05-15 21:40:03', enc: 'utf8b64',
    text: `念のため控え。統合完了したとのこと。

---------- Forwarded message ---------
From: AWS トレーニングと認定 <${FORM}>
Date: 2026年5月15日(金) 19:26
Subject: ${formSubject(CASE.misaki)}
To: ${MISAKI.ja} <${MISAKI.keep}>

小林様

連休明けから順番に対応しており、お時間をいただいてしまいました。
ご同意いただいた統合は、本日付で完了しております。`,
  },
  {
    kind: 'unrelated', trap: true, caseId: null, note: 'exam-benefit expiry reminder; mentions merged accounts only in general terms',
    from: 'AWS Training and Certification <no-reply@aws.training>', to: Y, subject: '受験特典の有効期限が近づいています', at: '2027-02-01 10:00:00', enc: 'jisb64',
    text: `森 由紀 様

お持ちの50%割引特典は、2027年2月28日に有効期限を迎えます。
期限を過ぎると特典はご利用いただけなくなります。お早めに次の試験をご予約ください。

※アカウントを統合された場合、特典は統合先のアカウントの「特典」欄に表示されます。

AWS トレーニングと認定`,
  },
  {
    kind: 'unrelated', caseId: null, note: 'certification expiry reminder (90 days left)',
    from: 'AWS Certification <no-reply@certification.aws.training>', to: S, subject: 'AWS 認定の有効期限まで残り90日です', at: '2026-12-14 06:00:00', enc: 'sjis8', crlf: false,
    text: `藤原 翔 様

AWS Certified Cloud Practitioner の有効期限は 2027年3月14日です。
再認定をご検討の場合は、期限までに最新バージョンの試験に合格してください。

AWS Certification`,
  },
  {
    kind: 'unrelated', trap: true, caseId: CASE.sho, note: 'satisfaction survey about the (resolved) case',
    from: 'AWS トレーニングと認定 <survey@aws.training>', to: S, subject: `アンケートのお願い: ケース ${CASE.sho}`, at: '2026-12-27 10:15:00', enc: 'utf8qp',
    text: `藤原様

先日クローズしたお問い合わせ(ケース ${CASE.sho})について、ご意見をお聞かせください。
問題は解決しましたか? 回答は1分ほどで終わります。回答期限: 1月10日

https://survey.aws.training/s/${CASE.sho}`,
  },
  {
    kind: 'unrelated', trap: true, caseId: null, note: 'Credly badge from another issuer (a Japanese training school)',
    from: 'つばめアカデミー via Credly <admin@credly.com>', to: M, subject: 'つばめアカデミーのバッジ発行のお知らせ', at: '2026-05-18 12:00:00', enc: 'jisb64',
    text: `小林 美咲 様

つばめアカデミーから「クラウド基礎講座 修了」のバッジが発行されました。
30日以内にバッジを受け取ってください。

バッジを入手する: https://www.credly.com/earner/earned/badge/aa52b1e3-1d7c-4c8e-b3c2-5e9f0c7d6a11`,
  },
  {
    kind: 'unrelated', trusted: false, trap: true, caseId: null, note: 'test vendor appointment reminder asking to confirm the booking',
    from: 'Pearson VUE <noreply@pearsonvue.example>', to: S, subject: '【リマインダー】AWS 認定試験のご予約確認', at: '2026-12-02 07:30:00', enc: 'sjisb64',
    text: `藤原 翔 様

ご予約いただいた試験は3日後です。
試験名: AWS Certified Solutions Architect - Associate
日時: 2026年12月5日(土) 10:00
予約内容の変更・取り消しは試験開始の24時間前までに行ってください。`,
  },
  {
    kind: 'unrelated', caseId: null, note: 'event marketing with an application deadline (HTML, ISO-2022-JP)',
    from: 'AWS Japan <aws-japan-events@aws.amazon.com>', to: K, subject: 'AWS Summit Japan お申し込み締切迫る (5/30まで)', at: '2027-05-20 12:00:00', enc: 'jis7',
    text: `AWS Summit Japan の事前登録は5月30日までです。
お早めにお申し込みください。`,
    html: htmlDoc(`<p><b>AWS Summit Japan</b> の事前登録は<b>5月30日</b>までです。</p><p>お早めにお申し込みください。</p>`),
  },
  {
    kind: 'unrelated', trusted: false, trap: true, caseId: null, note: 'phishing from a look-alike domain threatening suspension after a "merge"',
    from: 'AWS 認定 <security@amaz0n-aws.example>', to: Y, subject: '【重要】72時間以内にアカウントの確認をお願いします', at: '2027-01-30 04:04:04', enc: 'jisb64',
    text: `森様

アカウント統合後の確認が完了していません。
72時間以内に確認されない場合、認定アカウントは停止されます。
http://amaz0n-aws.example/cert/confirm`,
  },
]);
