// Set aa, Japanese messages: enterprise mailboxes (external-mail tags and banners, rewritten
// links, DLP/confidentiality footers, Outlook quote headers, assistants and shared mailboxes).
import { rfcDate as d, type Msg } from './lib.js';
import {
  BANNER_JA, CASE, CREDLY, DISC_BI, DISC_KASUMI, DLP_TAG_JA, FOOT_AWS_JA, KEN, KEN_REQ, KIMURA, NAKAMURA, NOTIFY, SHO, SHO_REQ, SUP, SUP_ADDR,
  YUMI, YUMI_REQ, caseSubj, esc, htmlWithBanner, mk, olJa, paras, safelink, sfBlock, sfRef, tagJa,
} from './common.js';

const kenTo = `${KEN.ja} <${KEN.work}>`;
const kenHome = `${KEN.ja} <${KEN.home}>`;
const yumiTo = `${YUMI.ja} <${YUMI.work}>`;
const shoTo = `${SHO.ja} <${SHO.work}>`;
const shared = `クラウド人材育成チーム <${YUMI.shared}>`;
const S = (id: string): string => tagJa(caseSubj(id));
const cert = 'https://www.aws.training/Certification';
const caseUrl = (id: string): string => `https://support.console.aws.amazon.com/support/home#/case/?displayId=${id}`;

export const JA: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ack-ken-notify', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ken,
    note: 'AWS Support receipt for the new case with its ID and the 24h expectation, under a corporate external-mail banner',
    from: NOTIFY, to: kenTo, subject: tagJa(`AWS サポート ケース ${CASE.ken} 作成のお知らせ`), date: d('2026-10-05 01:14:09', '+0000'), auth: 'pass', enc: 'jis7',
    text: `${BANNER_JA[0]}

高橋 健一 様

AWS サポートへのお問い合わせ、誠にありがとうございます。
いただいた内容はケース番号 ${CASE.ken} にて承りました。
担当者が内容を拝見し、通常は 24 時間以内にこちらのメールアドレス宛にご連絡いたします。

ケースの状況は次のリンクから確認できます:
${safelink(caseUrl(CASE.ken), KEN.work)}

同じご用件で別のケースを作成されますと、回答までにお時間をいただく場合がございますので、ご了承ください。

アマゾン ウェブ サービス
${FOOT_AWS_JA}

${DISC_BI}`,
  }),
  mk({
    slug: 'ack-yumi-fields', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yumi,
    note: 'receipt that lists the submitted form fields back; nothing asked, nothing decided',
    from: SUP, to: yumiTo, subject: `[CASE ${CASE.yumi}] お問い合わせを承りました`, date: d('2026-10-07 06:40:51', '+0000'), auth: 'passArc', enc: 'sjis8',
    extra: ['X-MS-Exchange-Organization-SCL: 1', 'X-MS-Exchange-Organization-AuthAs: Anonymous'],
    text: `${BANNER_JA[1]}

※このメールは送信専用アドレスから自動でお送りしています。

AWS トレーニングと認定へお問い合わせいただきありがとうございます。
以下の内容で受付が完了しております(ケース ID ${CASE.yumi})。

  お名前　　　: Yumi Matsumoto
  会社名　　　: Kasumi Financial Group
  お問い合わせ種別: AWS トレーニングと認定 / アカウントのサポート
  候補者 ID　 : ${YUMI.keepId}

順番に確認し、担当より折り返しご連絡いたします。
追加の情報がある場合は、このメールにそのまま返信してください。

${DISC_KASUMI}`,
  }),
  mk({
    slug: 'ack-sho-id-in-body', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho,
    note: 'receipt with the case ID only in the body, subject generic and tagged external',
    from: SUP, to: shoTo, subject: tagJa('AWS トレーニングと認定: お問い合わせありがとうございます'), date: d('2026-10-12 22:03:17', '+0000'), auth: 'pass', enc: 'utf8b64',
    text: `${BANNER_JA[2]}

伊藤 翔 様

お問い合わせを受け付けいたしました。
ケースID：${CASE.sho}
担当窓口：AWS Training and Certification Customer Support

返信までしばらくお待ちください。通常は1営業日ほどでご案内しております。
本メールに心当たりがない場合は、破棄していただいて差し支えございません。

--
${FOOT_AWS_JA}`,
  }),
  mk({
    slug: 'ack-sho2-html', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho2,
    note: 'HTML-only receipt for a second case, banner table inserted by the gateway, links rewritten',
    from: NOTIFY, to: shoTo, subject: `[外部] Case ${CASE.sho2} - お問い合わせ受付`, date: d('2026-11-02 03:27:44', '+0000'), auth: 'pass', enc: 'utf8qp',
    html: htmlWithBanner(BANNER_JA[3] ?? '', `<p>伊藤 翔 様</p>
<p>AWS サポートセンターにケースが作成されました。</p>
<table border="1" cellpadding="4"><tr><td>ケース ID</td><td>${CASE.sho2}</td></tr><tr><td>件名</td><td>認定アカウントの統合(追加の相談)</td></tr><tr><td>ステータス</td><td>未対応</td></tr></table>
<p>サポート担当者からの返信は、<a href="${esc(safelink(caseUrl(CASE.sho2), SHO.work))}">サポートセンター</a>でもご覧いただけます。</p>
<p>アマゾン ウェブ サービス</p>`),
  }),
  mk({
    slug: 'ack-lookalike-domain', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenDup, trusted: false,
    note: 'looks like a case receipt but comes from a look-alike domain (aws-support-center.jp.example): untrusted',
    from: 'AWS サポート <no-reply@aws-support-center.jp.example>', to: kenTo, subject: tagJa(`ケース ${CASE.kenDup} を受け付けました(要サインイン)`), date: d('2026-10-05 04:51:30', '+0000'), auth: 'pass', enc: 'jisb64',
    text: `${BANNER_JA[0]}

お客様のお問い合わせ(ケース ${CASE.kenDup})を受け付けました。
ケースの内容を表示するには、24時間以内に下記からサインインし、本人確認を済ませてください。
${safelink('http://aws-support-center.jp.example/signin', KEN.work)}

AWS サポートセンター`,
  }),
  mk({
    slug: 'ack-ken-dup-case', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenDup,
    note: 'a second receipt because the user opened the same request twice; still just a receipt',
    from: SUP, to: kenTo, subject: `【外部メール】[CASE ${CASE.kenDup}] [AWS Training and Certification Form Submission] - account-assistance`, date: d('2026-10-05 02:02:12', '+0000'), auth: 'pass', enc: 'jisb64',
    text: `${BANNER_JA[0]}

このたびはお問い合わせいただき、ありがとうございます。
ケース番号 ${CASE.kenDup} で登録しました。内容を確認のうえ、担当者よりご連絡差し上げます。

なお、同一の内容ですでにケースをお持ちの場合、新たなケースを重ねて作成されますと対応が前後することがございます。

AWS Training and Certification

${DISC_BI}`,
  }),
  mk({
    slug: 'ack-shared-mailbox-bilingual', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yumiBadge,
    note: 'bilingual receipt sent to the team shared mailbox the user monitors; Japanese leads',
    from: SUP, to: shared, cc: yumiTo, subject: tagJa(`[CASE ${CASE.yumiBadge}] お問い合わせを受け付けました / We received your request`), date: d('2026-11-09 00:18:36', '+0000'), auth: 'pass', enc: 'utf8qp',
    text: `${BANNER_JA[1]}

(English follows Japanese)

お問い合わせありがとうございます。ケース ${CASE.yumiBadge} を作成しました。
担当者から改めてご連絡いたしますので、今しばらくお待ちください。

Thank you for reaching out. Case ${CASE.yumiBadge} has been opened and an agent will get back to you.

AWS Training and Certification Customer Support

${DISC_KASUMI}`,
  }),
  mk({
    slug: 'ack-redirect-rule-home', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho, forUser: false,
    note: 'receipt redirected by a corporate inbox rule (Resent-* headers): a copy, not delivered to the user as such',
    from: NOTIFY, to: shoTo, subject: `ケース ${CASE.sho} が作成されました`, date: d('2026-10-12 22:05:02', '+0000'), auth: 'pass', enc: 'jis7',
    resent: { from: SHO.work, to: SHO.home, date: d('2026-10-13 07:05:09', '+0900') },
    text: `伊藤 翔 様

AWS サポートにお問い合わせいただきありがとうございます。
ケース ${CASE.sho} として記録されました。担当より順次ご連絡いたします。

アマゾン ウェブ サービス`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ai-ken-merge-tool', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'generated answer pointing to the self-service Merge Accounts tool before a case exists',
    from: NOTIFY, to: kenTo, subject: tagJa('AWS サポート: AI が作成した回答をお送りします'), date: d('2026-10-04 23:48:20', '+0000'), auth: 'pass', enc: 'jis7',
    text: `${BANNER_JA[0]}

お問い合わせ内容をもとに、生成 AI が回答案を作成しました。内容に誤りが含まれる可能性があります。

認定アカウントが複数ある場合、AWS Certification のプロファイル画面にある「Merge Accounts」から、ご自身で統合をお試しいただけます。
${safelink(cert, KEN.work)}
どちらのアカウントにも認定の履歴がある場合はこのツールをご利用いただけないため、その際は「ケースを作成」からお問い合わせください。

この回答はお役に立ちましたか?`,
  }),
  mk({
    slug: 'ai-yumi-after-merge-badges', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'automated answer that explains what happens to Credly badges after a merge; still an AI answer',
    from: NOTIFY, to: yumiTo, subject: '自動回答: 認定アカウントの統合について', date: d('2026-10-07 06:20:03', '+0000'), auth: 'pass', enc: 'sjisb64',
    text: `${BANNER_JA[1]}

※このメッセージは自動生成された回答です。

ご質問の件、以下の情報が参考になる可能性があります。
・アカウントを統合すると、統合元の認定・特典は統合先のアカウントに表示されます。
・Credly のデジタルバッジは、統合が済んだあとに統合先アカウントからクレームしてください。
・ご自身で統合できない場合は、サポートケースを作成いただければ担当者が対応します。

解決しない場合は「ケースを作成」を選択してください。

${DISC_KASUMI}`,
  }),
  mk({
    slug: 'ai-sho-once-merged', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI suggestion in conditional wording (統合が完了すると...), no case yet',
    from: NOTIFY, to: shoTo, subject: tagJa('AWS サポートからの提案'), date: d('2026-10-12 21:55:40', '+0000'), auth: 'pass', enc: 'utf8b64',
    text: `${BANNER_JA[2]}

AI アシスタントがお問い合わせ内容を分析し、次の対応をご提案します。

1. 両方のアカウントでサインインし、候補者 ID(AWS から始まる番号)を控えてください。
2. 認定ページ右上のプロファイルから、アカウント統合ツールを開いてください。
3. 統合が完了すると、受験履歴と認定は残す側のアカウントにまとまります。

ツールでエラーになる場合は、このまま「ケースを作成」へお進みください。
この提案は Amazon Bedrock を利用して生成されています。`,
  }),
  mk({
    slug: 'ai-ken-amazonq-html', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'multipart generated guidance (Amazon Q) with rewritten links, no case ID',
    from: NOTIFY, to: kenHome, subject: 'お問い合わせへの自動回答 (Amazon Q)', date: d('2026-10-04 12:10:00', '+0000'), auth: 'pass', enc: 'utf8qp',
    text: `Amazon Q からの回答

重複した AWS 認定アカウントは、認定ポータルの「アカウントの統合」機能でまとめられる場合があります。
手順: ${cert} にサインイン → プロファイル → アカウントの統合
どちらのアカウントにも有効な認定がある場合は、トレーニングと認定のサポートへご相談ください。

※生成 AI による回答のため、最新の情報と異なる場合があります。`,
    html: `<div><p><b>Amazon Q からの回答</b></p>
<p>重複した AWS 認定アカウントは、認定ポータルの「アカウントの統合」機能でまとめられる場合があります。</p>
<p>手順: <a href="${cert}">AWS Certification</a> にサインイン → プロファイル → アカウントの統合</p>
<p>どちらのアカウントにも有効な認定がある場合は、トレーニングと認定のサポートへご相談ください。</p>
<p style="color:#666">※生成 AI による回答のため、最新の情報と異なる場合があります。</p></div>`,
  }),
  mk({
    slug: 'ai-yumi-short-generated', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'short generated answer pointing to the merge tool',
    from: NOTIFY, to: yumiTo, subject: tagJa('AI による回答: アカウントの統合'), date: d('2026-10-06 10:11:12', '+0000'), auth: 'pass', enc: 'jis7',
    text: `${BANNER_JA[1]}

生成 AI による回答です。
アカウントの統合はプロファイル画面の統合ツールからお手続きいただけます。
うまくいかない場合はお問い合わせフォームからケースを作成してください。`,
  }),
  mk({
    slug: 'ai-sho-articles-with-case', kind: 'ai_answer', lang: 'ja', caseId: CASE.sho,
    note: 'automatic article suggestions sent while the case waits; carries the case ID but no human answer',
    from: SUP, to: shoTo, subject: tagJa(`[CASE ${CASE.sho}] お待ちいただく間に: 関連するヘルプ記事`), date: d('2026-10-12 22:30:00', '+0000'), auth: 'pass', enc: 'jis7',
    text: `${BANNER_JA[2]}

このメッセージは、お問い合わせ内容に応じて自動で選ばれた記事のご案内です。担当者の回答ではありません。

・AWS 認定アカウントを統合する方法
  ${safelink('https://aws.amazon.com/certification/faqs/', SHO.work)}
・認定アカウントのメールアドレスを変更する
  ${safelink('https://aws.amazon.com/certification/policies/', SHO.work)}

記事で解決した場合は、ケースをそのままにしていただいて構いません。`,
  }),
  mk({
    slug: 'ai-gateway-verdict-on-top', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI answer text, but the topmost Authentication-Results is the corporate gateway, not mx.test.example: untrusted',
    from: NOTIFY, to: kenTo, subject: tagJa('生成AIによる回答のご案内'), date: d('2026-10-09 08:00:31', '+0000'), auth: 'gatewayAbove', enc: 'utf88bit',
    text: `${BANNER_JA[0]}

お問い合わせ内容から、以下の手順で解決できる可能性があります(AI 生成)。
プロファイル → アカウントの統合 を開き、もう一方のアカウントのメールアドレスを入力してください。
解決しなければ「ケースを作成」をクリックしてください。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'info-ken-both-ids-outlook', kind: 'info_request', lang: 'ja', caseId: CASE.ken,
    note: 'agent asks for both candidate IDs and which account stays; Outlook quote of the request below',
    from: SUP, to: kenTo, subject: S(CASE.ken), date: d('2026-10-06 04:22:18', '+0000'), auth: 'pass', enc: 'jis7',
    text: `${BANNER_JA[0]}

高橋様

お問い合わせありがとうございます。トレーニングと認定サポートの岡田です。
統合の作業に入る前に、次の点を教えていただけますでしょうか。

・両アカウントの候補者 ID(AWS で始まる番号)
・ログインに使用しているメールアドレス
・統合後に残すアカウントはどちらか

情報が揃いしだい、手続きを進めます。

岡田
AWS Training and Certification
${sfRef('ken-info')}

${olJa(`${KEN.ja} <${KEN.work}>`, '2026年10月5日 月曜日 10:13', SUP_ADDR, '[AWS Training and Certification Form Submission] - account-assistance', KEN_REQ)}`,
  }),
  mk({
    slug: 'info-yumi-notification-addrs', kind: 'info_request', lang: 'ja', caseId: CASE.yumi,
    note: 'asks for the certification notification address and the Skill Builder address of both accounts',
    from: SUP, to: yumiTo, cc: shared, subject: S(CASE.yumi), date: d('2026-10-08 02:09:45', '+0000'), auth: 'pass', enc: 'sjis8',
    text: `${BANNER_JA[1]}

松本 由美 様

ご連絡ありがとうございます。担当の杉山でございます。
お手数ですが、以下の二点を本メールへの返信にてご教示ください。

(1) 各アカウントに登録されている認定の通知先メールアドレス
(2) AWS Skill Builder にサインインする際のメールアドレス

ご返信を確認後、統合の可否を判断いたします。

杉山
AWS トレーニングと認定 カスタマーサポート

${DISC_KASUMI}

${olJa(`${YUMI.ja} <${YUMI.work}>`, '2026年10月7日 水曜日 15:38', SUP_ADDR, '[AWS Training and Certification Form Submission] - account-assistance', YUMI_REQ)}`,
  }),
  mk({
    slug: 'info-sho-gokakunin-keep-address', kind: 'info_request', lang: 'ja', caseId: CASE.sho, trap: true,
    note: '「ご確認のうえお知らせください」 about the address to keep: asks for information, not consent',
    from: SUP, to: shoTo, subject: S(CASE.sho), date: d('2026-10-14 01:40:26', '+0000'), auth: 'pass', enc: 'utf8qp',
    text: `${BANNER_JA[2]}

伊藤様

お問い合わせの件、拝見いたしました。
統合後にお使いいただくメールアドレスが、本文と問い合わせフォームとで異なっておりました(${SHO.work} と ${SHO.home})。
どちらを残されるか、ご確認のうえお知らせください。

AWS トレーニングと認定サポート 北村
${sfRef('sho-info')}

${sfBlock(`${SHO.ja} <${SHO.home}>`, '10/13/2026 7:01 AM', SUP_ADDR, '[AWS Training and Certification Form Submission] - account-assistance', SHO_REQ)}`,
  }),
  mk({
    slug: 'info-ken-write-from-keep-and-ids', kind: 'info_request', lang: 'ja', caseId: CASE.kenDup,
    note: 'asks to write from the address being kept AND to include the candidate IDs: info request',
    from: SUP, to: kenHome, subject: tagJa(caseSubj(CASE.kenDup)), date: d('2026-10-06 09:05:10', '+0000'), auth: 'pass', enc: 'jisb64',
    text: `高橋 健一 様

ご依頼の内容を確認しました。
恐れ入りますが、残したいアカウントのメールアドレスから本ケースにご返信いただき、その際に両アカウントの候補者IDを本文に記載してくださいますようお願いいたします。
本人確認のための手順となりますので、ご協力をお願いいたします。

AWS Training and Certification`,
  }),
  mk({
    slug: 'info-yumi-romaji-html', kind: 'info_request', lang: 'ja', caseId: CASE.yumi,
    note: 'multipart reply asking for the name in romaji as registered and the company name; Outlook block quoted',
    from: SUP, to: yumiTo, subject: S(CASE.yumi), date: d('2026-10-09 05:55:00', '+0000'), auth: 'passArc', enc: 'utf8b64',
    text: `${BANNER_JA[1]}

松本様

ご返信いただきありがとうございます。
旧アカウント側のご登録名がローマ字表記となっており、照合のため、登録時の氏名表記(ローマ字)と当時の会社名を教えていただけますか。

杉山

${olJa(`${YUMI.ja} <${YUMI.work}>`, '2026年10月8日 木曜日 18:31', SUP_ADDR, S(CASE.yumi), `お世話になっております。\n(1) 通知先はいずれも登録メールアドレスと同じです。\n(2) Skill Builder は ${YUMI.work} です。`)}`,
    html: htmlWithBanner(BANNER_JA[1] ?? '', `${paras('松本様\n\nご返信いただきありがとうございます。\n旧アカウント側のご登録名がローマ字表記となっており、照合のため、登録時の氏名表記(ローマ字)と当時の会社名を教えていただけますか。\n\n杉山')}
<div id="divRplyFwdMsg"><hr><b>差出人:</b> ${esc(YUMI.ja)} &lt;${YUMI.work}&gt;<br><b>送信日時:</b> 2026年10月8日 木曜日 18:31<br><b>件名:</b> ${esc(S(CASE.yumi))}</div>
<div>${paras(`お世話になっております。\n(1) 通知先はいずれも登録メールアドレスと同じです。\n(2) Skill Builder は ${YUMI.work} です。`)}</div>`),
  }),
  mk({
    slug: 'info-forged-below-password', kind: 'info_request', lang: 'ja', caseId: CASE.sho, trusted: false,
    note: 'asks for IDs and a password; the only dmarc=pass sits below the server Received line: forged, untrusted',
    from: SUP, to: shoTo, subject: S(CASE.sho), date: d('2026-10-14 11:12:13', '+0000'), auth: 'forgedBelow', enc: 'utf8b64',
    text: `伊藤様

統合手続きのため、両アカウントの候補者IDとサインイン用パスワードを返信でお送りください。
期限までにご返信がない場合、ケースは取り下げとなります。

AWS Support`,
  }),
  mk({
    slug: 'info-to-lead-cc-user', kind: 'info_request', lang: 'ja', caseId: CASE.ken,
    note: 'sent to the team lead with the user in Cc; asks for exam dates of the source account',
    from: SUP, to: `${NAKAMURA.ja} <${NAKAMURA.addr}>`, cc: kenTo, subject: S(CASE.ken), date: d('2026-10-07 03:33:03', '+0000'), auth: 'pass', enc: 'utf8b64',
    text: `${BANNER_JA[0]}

中村様、高橋様

ご連絡ありがとうございます。
統合元(${KEN.srcId})で受験された試験について、試験名と受験日が分かる範囲でお知らせ願えますか。記録と突き合わせたうえで作業に入ります。

AWS トレーニングと認定 岡田`,
  }),
  mk({
    slug: 'info-ken-which-to-keep-implicit', kind: 'info_request', lang: 'ja', caseId: CASE.ken,
    note: 'no request verb: says the kept account could not be determined and waits for the answer',
    from: SUP, to: kenTo, subject: S(CASE.ken), date: d('2026-10-06 23:10:59', '+0000'), auth: 'pass', enc: 'sjisb64',
    text: `${BANNER_JA[0]}

高橋様

いつもお世話になっております。
頂戴したメールの本文からは、統合後にどちらのアカウント(${KEN.keepId} / ${KEN.srcId})を残されるご希望なのか判断がつきませんでした。
残す側の候補者IDを一言いただければ幸いです。ご返信をお待ちしております。

岡田 / AWS Training and Certification

${DISC_BI}`,
  }),
  mk({
    slug: 'info-yumi-old-address-exam', kind: 'info_request', lang: 'ja', caseId: CASE.yumi,
    note: 'sent to the user\'s old group-company address; asks for the last exam taken on that account',
    from: SUP, to: `${YUMI.ja} <${YUMI.old}>`, subject: S(CASE.yumi), date: d('2026-10-10 07:07:07', '+0000'), auth: 'pass', enc: 'jis7',
    text: `${BANNER_JA[3]}

松本様

引き続きご協力をお願いいたします。
統合元アカウントで最後に受験された試験の名称と、おおよその受験時期を教えてください。
所有者の確認が取れしだい、次のご案内をいたします。

杉山`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'conf-ken-irreversible', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken,
    note: 'lists both accounts, says it cannot be undone, asks for a reply if OK: consent request',
    from: SUP, to: kenTo, subject: S(CASE.ken), date: d('2026-10-08 02:45:33', '+0000'), auth: 'pass', enc: 'jis7',
    text: `${BANNER_JA[0]}

高橋様

ご回答ありがとうございました。次の内容で統合を行います。

  統合先(残るアカウント): ${KEN.keepId} ${KEN.work}
  統合元(消えるアカウント): ${KEN.srcId} ${KEN.home}

統合は一度行うと元に戻すことができません。
この内容で差し支えなければ、本メールにご返信ください。ご返信をもって作業を開始いたします。

岡田
AWS Training and Certification
${sfRef('ken-conf')}`,
  }),
  mk({
    slug: 'conf-sho-doui-shimasu', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho,
    note: 'asks the user to reply 「同意します」 to approve the irreversible merge',
    from: SUP, to: shoTo, subject: S(CASE.sho), date: d('2026-10-15 03:18:00', '+0000'), auth: 'pass', enc: 'sjis8',
    text: `${BANNER_JA[2]}

伊藤 翔 様

会社アドレス側(${SHO.keepId})を残す形で承りました。
統合後は統合元アカウントにサインインできなくなり、取り消しもできません。
ご了承いただける場合は、「同意します」と一文添えてご返信くださいますようお願いいたします。

北村 / AWS トレーニングと認定`,
  }),
  mk({
    slug: 'conf-yumi-shared-i-agree', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yumi,
    note: 'Japanese consent request with an English reply template ("I agree"), sent to the shared mailbox',
    from: SUP, to: shared, cc: yumiTo, subject: S(CASE.yumi), date: d('2026-10-12 06:02:40', '+0000'), auth: 'pass', enc: 'utf8b64',
    text: `${BANNER_JA[1]}

松本様(クラウド人材育成チーム御中)

照合が完了いたしました。旧アカウント ${YUMI.srcId} の記録を ${YUMI.keepId} に統合する準備が整っております。
元に戻せない操作のため、実施前にご本人の同意をいただいております。
次の英文をそのままご返信ください: "I agree to merge the two accounts."

杉山
AWS Training and Certification

${DISC_KASUMI}`,
  }),
  mk({
    slug: 'conf-ken-html-only', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken,
    note: 'HTML-only consent request inside the gateway banner table',
    from: SUP, to: kenTo, subject: S(CASE.ken), date: d('2026-10-08 02:47:10', '+0000'), auth: 'pass', enc: 'utf8qp',
    html: htmlWithBanner(BANNER_JA[0] ?? '', `<p>高橋様</p>
<p>先ほどのご案内に補足いたします。統合を実施してよろしいか、<b>実施前に必ずご本人の承諾</b>をいただいております。</p>
<p>統合先: ${KEN.keepId}<br>統合元: ${KEN.srcId}</p>
<p>お手数ですが「上記で統合を進めてください」とご返信ください。承諾のご返信がない限り作業は行いません。</p>
<p>岡田</p>`),
  }),
  mk({
    slug: 'conf-sho-long-outlook-thread', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho,
    note: 'consent request on top of a long Outlook thread (earlier info request and the user\'s answer quoted)',
    from: SUP, to: shoTo, subject: S(CASE.sho), date: d('2026-10-15 03:20:55', '+0000'), auth: 'pass', enc: 'jisb64',
    text: `伊藤様

念のため再送いたします。統合の実施についてご承諾いただけますでしょうか。
取り消しのできない処理のため、承諾のご返信を受け取ってから作業いたします。

北村

${olJa(`${SHO.ja} <${SHO.work}>`, '2026年10月14日 水曜日 19:02', SUP_ADDR, S(CASE.sho), `北村様\n\n会社のアドレス(${SHO.work})を残したいです。\nよろしくお願いします。\n\n伊藤\n\n${olJa(SUP, '2026年10月14日 水曜日 10:40', `${SHO.ja} <${SHO.work}>`, S(CASE.sho), 'どちらを残されるか、ご確認のうえお知らせください。')}`)}`,
  }),
  mk({
    slug: 'conf-fail-then-forged', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yumi, trusted: false,
    note: 'consent request text; topmost verdict is dmarc=fail and a planted pass sits lower: untrusted',
    from: SUP, to: yumiTo, subject: S(CASE.yumi), date: d('2026-10-12 14:00:00', '+0000'), auth: 'failThenForged', enc: 'sjisb64',
    text: `松本様

統合を実施してよろしいでしょうか。元に戻せませんので、問題なければ次のリンクから承認してください。
http://kasumi-cert-merge.example.net/approve

AWS Training and Certification`,
  }),
  mk({
    slug: 'conf-ken-ishi-kakunin', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken,
    note: 'consent asked indirectly (念のためご意思を確認させてください...その旨ご返信を), te-form joined',
    from: SUP, to: kenTo, subject: S(CASE.ken), date: d('2026-10-08 05:12:19', '+0000'), auth: 'pass', enc: 'utf88bit',
    text: `${BANNER_JA[0]}

高橋様

候補者ID ${KEN.srcId} の受験記録を ${KEN.keepId} へ移して、旧アカウントは閉鎖となります。
取り消しができない処理となりますので、念のためご意思を確認させてください。よろしければその旨ご返信を。

岡田`,
  }),
  mk({
    slug: 'conf-yumi-shoudaku', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yumi,
    note: 'asks whether the user consents to the merge as listed; ARC headers from the cloud tenant',
    from: SUP, to: yumiTo, subject: S(CASE.yumi), date: d('2026-10-12 06:05:00', '+0000'), auth: 'passArc', enc: 'sjisb64',
    text: `${BANNER_JA[1]}

松本様

統合先: ${YUMI.keepId}(${YUMI.work})
統合元: ${YUMI.srcId}(${YUMI.old})
上記の組み合わせで統合を実施することにつき、ご承諾いただけますでしょうか。
実施後の取り消しはいたしかねます。

杉山

${DISC_KASUMI}`,
  }),
  mk({
    slug: 'conf-redirected-home', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken, forUser: false,
    note: 'consent request redirected by an inbox rule to the personal address (Resent-*): not for the user as delivered',
    from: SUP, to: kenTo, subject: S(CASE.ken), date: d('2026-10-08 02:45:33', '+0000'), auth: 'pass', enc: 'jis7',
    resent: { from: KEN.work, to: KEN.home, date: d('2026-10-08 11:45:40', '+0900') },
    text: `高橋様

統合先 ${KEN.keepId}、統合元 ${KEN.srcId} で進めます。
一度実施すると戻せませんので、この内容でよろしければご返信ください。

岡田`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'merged-ken-done', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken,
    note: 'agent says the accounts were merged and asks the user to look at the portal',
    from: SUP, to: kenTo, subject: S(CASE.ken), date: d('2026-10-09 07:31:02', '+0000'), auth: 'pass', enc: 'jis7',
    text: `${BANNER_JA[0]}

高橋様

お待たせいたしました。ご依頼のアカウント統合が完了しました。
${KEN.keepId} にサインインし、統合元の認定と特典が表示されていることをご確認ください。
${safelink(cert, KEN.work)}

岡田
AWS Training and Certification`,
  }),
  mk({
    slug: 'merged-yumi-and-closing', kind: 'merge_completed', lang: 'ja', caseId: CASE.yumi,
    note: 'merge done and the case will now be closed: the new fact is the merge',
    from: SUP, to: yumiTo, cc: shared, subject: S(CASE.yumi), date: d('2026-10-14 08:15:27', '+0000'), auth: 'pass', enc: 'sjis8',
    text: `${BANNER_JA[1]}

松本様

ご同意ありがとうございました。本日、旧アカウントの記録を ${YUMI.keepId} へ統合いたしました。
これをもちまして本ケースはクローズとさせていただきます。

杉山

${DISC_KASUMI}`,
  }),
  mk({
    slug: 'merged-sho-hitotsu-ni', kind: 'merge_completed', lang: 'ja', caseId: CASE.sho,
    note: 'completion phrased as 「1つにいたしました」 with the candidate IDs between the words',
    from: SUP, to: shoTo, subject: S(CASE.sho), date: d('2026-10-17 02:00:41', '+0000'), auth: 'pass', enc: 'utf8qp',
    text: `${BANNER_JA[2]}

伊藤様

ご依頼いただいた 2 つのアカウント(${SHO.srcId} → ${SHO.keepId})を、本日 1 つにいたしました。
今後は会社アドレスでサインインしてご利用ください。

北村`,
  }),
  mk({
    slug: 'merged-portal-notice', kind: 'merge_completed', lang: 'ja', caseId: null,
    note: 'certification portal\'s own merged notice (subdomain of aws.training, DKIM by the parent domain), no case ID',
    from: 'AWS Certification <noreply@notify.aws.training>', to: kenTo, subject: '【AWS認定】アカウント統合のお知らせ', date: d('2026-10-09 07:40:00', '+0000'), auth: 'dkimParent', enc: 'utf8qp',
    text: `AWS 認定をご利用いただきありがとうございます。

お客様の AWS 認定アカウントは、別のアカウントと統合されました。
統合後の認定・試験履歴・特典は、以下のアカウントでご確認いただけます。
候補者 ID: ${KEN.keepId}

身に覚えのない場合は、AWS トレーニングと認定のサポートまでご連絡ください。`,
    html: `<div style="font-family:sans-serif"><p>AWS 認定をご利用いただきありがとうございます。</p>
<p>お客様の AWS 認定アカウントは、別のアカウントと<b>統合されました</b>。</p>
<p>統合後の認定・試験履歴・特典は、以下のアカウントでご確認いただけます。<br>候補者 ID: ${KEN.keepId}</p>
<p>身に覚えのない場合は、AWS トレーニングと認定のサポートまでご連絡ください。</p></div>`,
  }),
  mk({
    slug: 'merged-lookalike-authserv', kind: 'merge_completed', lang: 'ja', caseId: CASE.yumi, trusted: false,
    note: 'completion text, but the verdict comes from a look-alike authserv-id (mx.test.example.mailhub-relay.net): untrusted',
    from: SUP, to: yumiTo, subject: S(CASE.yumi), date: d('2026-10-13 16:00:00', '+0000'), auth: 'lookalikeServer', enc: 'jis7',
    text: `松本様

アカウントの統合が完了しました。引き続きご利用いただくには、下記から再認証してください。
http://aws-cert.example-relay.net/verify

AWS Training and Certification`,
  }),
  mk({
    slug: 'merged-ken-check-all-outlook', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenDup,
    note: 'completion with "please check all looks right"; the user\'s consent is quoted in an Outlook block',
    from: SUP, to: kenTo, subject: S(CASE.kenDup), date: d('2026-10-09 07:35:50', '+0000'), auth: 'pass', enc: 'jisb64',
    text: `高橋様

統合作業が終わりました。重複していた2件目のケースについても、こちらでまとめて対応済みです。
お手数ですが、認定・特典・試験履歴がすべて表示されているか、念のためご確認いただけますと幸いです。

岡田

${olJa(`${KEN.ja} <${KEN.work}>`, '2026年10月8日 木曜日 12:05', SUP_ADDR, S(CASE.kenDup), '岡田様\n\n内容に相違ありません。統合をお願いします。\n\n高橋')}`,
  }),
  mk({
    slug: 'merged-yumi-shared-only', kind: 'merge_completed', lang: 'ja', caseId: CASE.yumi,
    note: 'completion addressed only to the team shared mailbox the user reads',
    from: SUP, to: shared, subject: S(CASE.yumi), date: d('2026-10-14 08:20:00', '+0000'), auth: 'pass', enc: 'utf8b64',
    text: `${BANNER_JA[1]}

クラウド人材育成チーム ご担当者様

松本 由美 様の認定アカウントの件、統合処理を終えました。
旧アカウント(${YUMI.srcId})にあった認定は、現在 ${YUMI.keepId} 側に表示されています。

AWS トレーニングと認定 杉山`,
  }),
  mk({
    slug: 'merged-sho2-badges-later', kind: 'merge_completed', lang: 'ja', caseId: CASE.sho2,
    note: 'merge done; badges only promised for later (future), so the new fact is the merge',
    from: SUP, to: shoTo, subject: S(CASE.sho2), date: d('2026-11-05 01:11:11', '+0000'), auth: 'pass', enc: 'sjisb64',
    text: `${BANNER_JA[3]}

伊藤様

統合作業が完了いたしましたので、お知らせいたします。
Credly のデジタルバッジは数日中に統合先へ反映される見込みです。反映されない場合は本ケースにご返信ください。

AWS Training and Certification
${sfRef('sho2-merged')}`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'badge-credly-ken-jis', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'AWS badge issued via Credly to the kept address; button link rewritten by Safe Links',
    from: CREDLY, to: kenTo, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-10-10 00:05:12', '+0000'), auth: 'pass', enc: 'jis7',
    text: `${BANNER_JA[0]}

高橋 健一 様

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。
バッジを入手する: ${safelink('https://www.credly.com/badges/accept', KEN.work)}

Credly`,
  }),
  mk({
    slug: 'badge-credly-yumi-html', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'multipart Credly notice of an AWS badge on the kept account',
    from: CREDLY, to: yumiTo, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-10-15 03:44:10', '+0000'), auth: 'pass', enc: 'utf8qp',
    text: `松本 由美 様

おめでとうございます。Amazon Web Services Training and Certification から「AWS Certified Developer - Associate」のバッジが届いています。
バッジを入手する
https://www.credly.com/badges/accept

Credly, Inc.`,
    html: `<table width="600"><tr><td><p>松本 由美 様</p><p>おめでとうございます。Amazon Web Services Training and Certification から「AWS Certified Developer - Associate」のバッジが届いています。</p><p><a href="https://www.credly.com/badges/accept" style="background:#ff6b00;color:#fff;padding:8px">バッジを入手する</a></p><p>Credly, Inc.</p></td></tr></table>`,
  }),
  mk({
    slug: 'badge-support-yumi-moved', kind: 'badges_transferred', lang: 'ja', caseId: CASE.yumiBadge,
    note: 'support says the Credly badges were moved onto the kept account',
    from: SUP, to: yumiTo, cc: shared, subject: S(CASE.yumiBadge), date: d('2026-11-11 04:30:00', '+0000'), auth: 'pass', enc: 'sjis8',
    text: `${BANNER_JA[1]}

松本様

お待たせいたしました。旧アカウントに紐づいていた Credly のバッジ 3 点を、${YUMI.work} のアカウントへ移行いたしました。
Credly にサインインのうえ、表示をご確認ください。

杉山

${DISC_KASUMI}`,
  }),
  mk({
    slug: 'badge-support-sho-and-close', kind: 'badges_transferred', lang: 'ja', caseId: CASE.sho2,
    note: 'badges reattached to the kept account and the case closes: badges_transferred',
    from: SUP, to: shoTo, subject: S(CASE.sho2), date: d('2026-11-08 06:06:06', '+0000'), auth: 'pass', enc: 'jisb64',
    text: `伊藤様

デジタルバッジの付け替えが完了しました。統合先アカウントから各バッジをご確認いただけます。
あわせて本ケースはクローズいたします。

北村 / AWS Training and Certification`,
  }),
  mk({
    slug: 'badge-credly-no-auth', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false,
    note: 'Credly badge notice without any Authentication-Results from the receiving server: untrusted',
    from: CREDLY, to: kenTo, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-10-10 09:09:09', '+0000'), auth: 'none', enc: 'utf8b64',
    text: `高橋 健一 様

「AWS Certified Cloud Practitioner」のバッジが発行されました。
バッジを入手する: https://www.credly.com/badges/accept`,
  }),
  mk({
    slug: 'badge-support-ken-reissued', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ken,
    note: 'support says the badges were reissued so they now show on the new account',
    from: SUP, to: kenTo, subject: S(CASE.ken), date: d('2026-10-12 02:22:22', '+0000'), auth: 'pass', enc: 'utf8b64',
    text: `${BANNER_JA[0]}

高橋様

バッジが表示されないとのご連絡をいただいた件です。
Credly 上のバッジを ${KEN.work} 宛に発行し直しましたので、統合先のアカウントでご覧いただけるようになっております。

岡田`,
  }),
  mk({
    slug: 'badge-credly-sho-sjis', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'Credly AWS badge (Cloud Practitioner) to the kept work address, Shift_JIS base64',
    from: CREDLY, to: shoTo, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-11-06 10:10:10', '+0000'), auth: 'pass', enc: 'sjisb64',
    text: `${BANNER_JA[2]}

伊藤 翔 様

Amazon Web Services Training and Certification が、あなたに「AWS Certified Cloud Practitioner」のバッジを発行しました。
バッジを入手する
${safelink('https://www.credly.com/badges/accept', SHO.work)}

このメールは Credly から送信されています。`,
  }),
  mk({
    slug: 'badge-support-ken-long-thread', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ken,
    note: 'badges moved, reported on top of a long Outlook thread about missing badges',
    from: SUP, to: kenTo, subject: S(CASE.ken), date: d('2026-10-13 01:00:00', '+0000'), auth: 'passArc', enc: 'utf88bit',
    text: `${BANNER_JA[0]}

高橋様

バックエンドの担当から連絡があり、バッジ 2 点の移動が済みました。現在は統合先アカウントに紐づいております。

岡田

${olJa(`${KEN.ja} <${KEN.work}>`, '2026年10月11日 日曜日 21:40', SUP_ADDR, S(CASE.ken), `岡田様\n\n統合ありがとうございました。\nただ、Credly のバッジが旧アカウント側に残ったままのようです。\n\n高橋\n\n${olJa(SUP, '2026年10月9日 金曜日 16:31', kenTo, S(CASE.ken), 'ご依頼のアカウント統合が完了しました。')}`)}`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'closed-ken-resolved-notify', kind: 'case_closed', lang: 'ja', caseId: CASE.ken,
    note: 'AWS Support notification that the case was resolved and closed',
    from: NOTIFY, to: kenTo, subject: tagJa(`ケース ${CASE.ken} は解決済みになりました`), date: d('2026-10-16 00:00:10', '+0000'), auth: 'pass', enc: 'jis7',
    text: `${BANNER_JA[0]}

高橋 健一 様

ケース ${CASE.ken} は解決済みとしてクローズされました。
同じ件で追加のご質問がある場合は、サポートセンターからケースを再開できます。
${safelink(caseUrl(CASE.ken), KEN.work)}

アマゾン ウェブ サービス`,
  }),
  mk({
    slug: 'closed-yumi-auto-3days', kind: 'case_closed', lang: 'ja', caseId: CASE.yumiBadge,
    note: 'reminder that the case will auto-close in 3 days without a reply',
    from: SUP, to: yumiTo, subject: S(CASE.yumiBadge), date: d('2026-11-14 02:00:00', '+0000'), auth: 'pass', enc: 'sjis8',
    text: `${BANNER_JA[1]}

松本様

先日のご案内以降ご連絡をいただいておりませんので、3 日以内にご返信がない場合は本ケースを自動的にクローズいたします。
引き続きお手伝いが必要な場合は、このメールにご返信ください。

杉山`,
  }),
  mk({
    slug: 'closed-sho-restates-merge', kind: 'case_closed', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'closing notice that only restates last week\'s merge: case_closed',
    from: SUP, to: shoTo, subject: S(CASE.sho), date: d('2026-10-24 03:03:03', '+0000'), auth: 'pass', enc: 'utf8qp',
    text: `${BANNER_JA[2]}

伊藤様

先週お知らせしたとおり、アカウントの統合はすでに完了しております。
その後ご質問もございませんので、本ケースを終了させていただきます。

北村`,
  }),
  mk({
    slug: 'closed-dup-case-html', kind: 'case_closed', lang: 'ja', caseId: CASE.kenDup,
    note: 'duplicate case closed because the request is handled in the other case (HTML only)',
    from: SUP, to: kenTo, subject: S(CASE.kenDup), date: d('2026-10-06 09:30:00', '+0000'), auth: 'pass', enc: 'utf8b64',
    html: htmlWithBanner(BANNER_JA[0] ?? '', `<p>高橋様</p><p>本ケース(${CASE.kenDup})は、同じご依頼をいただいているケース ${CASE.ken} にて対応を続けるため、こちらはクローズとさせていただきます。</p><p>今後のやり取りは ${CASE.ken} の件名のメールへご返信ください。</p><p>岡田</p>`),
  }),
  mk({
    slug: 'closed-other-authserv-only', kind: 'case_closed', lang: 'ja', caseId: CASE.yumi, trusted: false,
    note: 'closing text; the only verdict is from another authserv-id below the Received line: untrusted',
    from: NOTIFY, to: yumiTo, subject: `ケース ${CASE.yumi} をクローズしました`, date: d('2026-10-20 05:05:05', '+0000'), auth: 'otherOnly', enc: 'jisb64',
    text: `松本 由美 様

ケース ${CASE.yumi} はクローズされました。

アマゾン ウェブ サービス`,
  }),
  mk({
    slug: 'closed-yumi-badge-resolved', kind: 'case_closed', lang: 'ja', caseId: CASE.yumiBadge,
    note: 'resolved-case notification for the badge case, to the shared mailbox and the user',
    from: NOTIFY, to: shared, cc: yumiTo, subject: tagJa(`AWS サポート: ケース ${CASE.yumiBadge} の解決`), date: d('2026-11-18 00:30:00', '+0000'), auth: 'pass', enc: 'utf8b64',
    text: `${BANNER_JA[1]}

ケース ${CASE.yumiBadge} を解決済みにしました。ご利用ありがとうございました。
14 日以内であれば、サポートセンターからケースを再度開くことができます。

${DISC_KASUMI}`,
  }),
  mk({
    slug: 'closed-sho-no-reply', kind: 'case_closed', lang: 'ja', caseId: CASE.sho2,
    note: 'closed for lack of reply; reopen by replying',
    from: SUP, to: shoTo, subject: S(CASE.sho2), date: d('2026-11-20 08:00:00', '+0000'), auth: 'pass', enc: 'sjisb64',
    text: `${BANNER_JA[3]}

伊藤様

ご返信をいただけていないため、本件はいったんクローズとさせていただきました。
再開をご希望の際は、このメールに返信していただければ担当が引き継ぎます。

AWS Training and Certification`,
  }),
  mk({
    slug: 'closed-sho-resolved-jis', kind: 'case_closed', lang: 'ja', caseId: CASE.sho,
    note: 'case-resolved notification from AWS Support, Outlook-tagged subject',
    from: NOTIFY, to: shoTo, subject: tagJa(`ケース ${CASE.sho}: ステータスが「解決済み」に変わりました`), date: d('2026-10-24 03:10:00', '+0000'), auth: 'pass', enc: 'jis7',
    text: `${BANNER_JA[2]}

伊藤 翔 様

お問い合わせいただいたケースのステータスが「解決済み」に変更され、ケースはクローズされました。
ケース ID: ${CASE.sho}

アマゾン ウェブ サービス`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'sr-ken-thanks-confirm', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'thanks for confirming, handed to the team, will report when done: status only',
    from: SUP, to: kenTo, subject: S(CASE.ken), date: d('2026-10-08 06:10:00', '+0000'), auth: 'pass', enc: 'jis7',
    text: `${BANNER_JA[0]}

高橋様

ご確認のご返信をありがとうございます。統合の作業は担当チームに依頼済みです。
完了しだい、改めてこちらからご連絡いたします。

岡田

${olJa(`${KEN.ja} <${KEN.work}>`, '2026年10月8日 木曜日 12:05', SUP_ADDR, S(CASE.ken), '上記で問題ありません。統合をお願いします。')}`,
  }),
  mk({
    slug: 'sr-yumi-escalated', kind: 'support_reply', lang: 'ja', caseId: CASE.yumi,
    note: 'escalated to the back-end team, 3-5 business days',
    from: SUP, to: yumiTo, subject: S(CASE.yumi), date: d('2026-10-09 01:01:01', '+0000'), auth: 'pass', enc: 'sjis8',
    text: `${BANNER_JA[1]}

松本様

旧アカウント側の記録に確認が必要な点があり、社内の専門チームへ引き継ぎました。
回答までに 3 から 5 営業日ほどお時間を頂戴する見込みです。

杉山

${DISC_KASUMI}`,
  }),
  mk({
    slug: 'sr-sho-not-yet', kind: 'support_reply', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'negated: the merge has not been completed yet',
    from: SUP, to: shoTo, subject: S(CASE.sho), date: d('2026-10-16 04:40:00', '+0000'), auth: 'pass', enc: 'utf8qp',
    text: `${BANNER_JA[2]}

伊藤様

お問い合わせの件、現時点では統合はまだ完了しておりません。
担当チームで処理中ですので、恐れ入りますがもう少々お待ちください。

北村`,
  }),
  mk({
    slug: 'sr-ken-will-notify-html', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'conditional 「統合が完了しましたら」: a promise, not the event',
    from: SUP, to: kenTo, subject: S(CASE.ken), date: d('2026-10-08 09:09:00', '+0000'), auth: 'pass', enc: 'utf8b64',
    text: `高橋様

統合が完了しましたら、あらためてこちらのケースでお知らせいたします。
それまでは旧アカウントでの試験予約はお控えください。

岡田`,
    html: `<p>高橋様</p><p>統合が完了しましたら、あらためてこちらのケースでお知らせいたします。<br>それまでは旧アカウントでの試験予約はお控えください。</p><p>岡田</p>`,
  }),
  mk({
    slug: 'sr-yumi-dup-cases-merged', kind: 'support_reply', lang: 'ja', caseId: CASE.yumi, trap: true,
    note: 'support merged duplicate *cases*, not the accounts',
    from: SUP, to: yumiTo, subject: S(CASE.yumi), date: d('2026-10-08 04:00:00', '+0000'), auth: 'pass', enc: 'jisb64',
    text: `松本様

同じご依頼で複数のケースが作成されていたため、本ケースに統合いたしました。
以後はこちらのケースでご案内いたします。アカウントの件は引き続き確認中です。

杉山`,
  }),
  mk({
    slug: 'sr-ken-voucher-answer', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'answers a question about the exam voucher; mentions what a merge will carry over (future)',
    from: SUP, to: kenTo, subject: S(CASE.ken), date: d('2026-10-07 08:00:00', '+0000'), auth: 'pass', enc: 'utf8b64',
    text: `${BANNER_JA[0]}

高橋様

ご質問いただいた 50% 割引バウチャーについてです。
統合を行った場合、統合元にある未使用の特典は統合先のアカウントへ引き継がれます。有効期限は変わりません。

岡田`,
  }),
  mk({
    slug: 'sr-sho-write-from-keep', kind: 'support_reply', lang: 'ja', caseId: CASE.sho,
    note: 'only asks to write from the kept address, without asking for data: support_reply',
    from: SUP, to: `${SHO.ja} <${SHO.home}>`, subject: S(CASE.sho), date: d('2026-10-13 05:30:00', '+0000'), auth: 'pass', enc: 'sjisb64',
    text: `伊藤様

お問い合わせは個人のアドレスから頂戴しておりますが、残すご希望は会社のアカウントとのことですので、
恐れ入りますが今後のご連絡は会社のアドレスからお送りいただけますでしょうか。

北村`,
  }),
  mk({
    slug: 'sr-dmarc-fail', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trusted: false,
    note: 'status text but dmarc=fail on the receiving server\'s verdict: untrusted',
    from: SUP, to: kenTo, subject: S(CASE.ken), date: d('2026-10-07 20:20:20', '+0000'), auth: 'fail', enc: 'jis7',
    text: `高橋様

ただいま処理を進めております。完了まで今しばらくお待ちください。

AWS Training and Certification`,
  }),
  mk({
    slug: 'sr-yumi-to-assistant', kind: 'support_reply', lang: 'ja', caseId: CASE.yumi,
    note: 'answers the assistant\'s timing question, user in Cc',
    from: SUP, to: `${KIMURA.ja} <${KIMURA.addr}>`, cc: yumiTo, subject: S(CASE.yumi), date: d('2026-10-10 02:30:00', '+0000'), auth: 'pass', enc: 'utf88bit',
    text: `${BANNER_JA[1]}

木村様(松本様ご代理)

お問い合わせありがとうございます。現在、旧アカウントの記録を照合しているところで、通常は数営業日ほどで次のご案内ができる見込みです。

杉山

${olJa(`${KIMURA.ja} <${KIMURA.addr}>`, '2026年10月9日 金曜日 17:55', SUP_ADDR, S(CASE.yumi), '松本の代理でご連絡いたします。進捗はいかがでしょうか。', yumiTo)}`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'un-inbox-rule-forward', kind: 'unrelated', lang: 'ja', caseId: CASE.ken, trusted: false, trap: true,
    note: 'the user\'s own inbox rule forwarded the merge-completed mail to the personal address: own mail',
    from: kenTo, to: kenHome, subject: `FW: ${S(CASE.ken)}`, date: d('2026-10-09 16:31:05', '+0900'), auth: 'none', enc: 'jis7',
    extra: ['X-MS-Exchange-Inbox-Rules-Loop: k-takahashi@daiwa-seiki.example.co.jp', 'X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent'],
    text: `${DLP_TAG_JA}

${olJa(SUP, '2026年10月9日 金曜日 16:31', kenTo, S(CASE.ken), `${BANNER_JA[0]}\n\n高橋様\n\nお待たせいたしました。ご依頼のアカウント統合が完了しました。\n\n岡田`)}`,
  }),
  mk({
    slug: 'un-assistant-consents', kind: 'unrelated', lang: 'ja', caseId: CASE.yumi, trusted: false, trap: true,
    note: 'the assistant replies to support on the user\'s behalf (consent); not news from support',
    from: `${KIMURA.ja} <${KIMURA.addr}>`, to: SUP, cc: yumiTo, subject: S(CASE.yumi), date: d('2026-10-12 16:40:00', '+0900'), auth: 'none', enc: 'sjis8',
    text: `杉山様

いつもお世話になっております。松本の秘書をしております木村でございます。
松本に確認いたしましたところ、ご案内の内容で統合を進めていただいて差し支えないとのことです。
I agree to merge the two accounts.

かすみフィナンシャルグループ 経営企画部
木村 彩

${DISC_KASUMI}

${olJa(SUP, '2026年10月12日 月曜日 15:02', shared, S(CASE.yumi), '元に戻せない操作のため、実施前にご本人の同意をいただいております。')}`,
  }),
  mk({
    slug: 'un-lead-out-of-office', kind: 'unrelated', lang: 'ja', caseId: CASE.ken, trusted: false, trap: true,
    note: 'the team lead\'s automatic out-of-office reply to the thread',
    from: `${NAKAMURA.ja} <${NAKAMURA.addr}>`, to: kenTo, subject: `自動応答: ${S(CASE.ken)}`, date: d('2026-10-07 12:33:10', '+0900'), auth: 'none', enc: 'utf8b64',
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `大変申し訳ございませんが、10月7日から10月14日まで出張のため不在にしております。
内容を確認のうえ、戻り次第ご連絡いたします。お急ぎの場合は生産技術部代表までお願いします。

大和精機株式会社 生産技術部 中村`,
  }),
  mk({
    slug: 'un-quarantine-digest', kind: 'unrelated', lang: 'ja', caseId: CASE.yumi, trusted: false, trap: true,
    note: 'Microsoft 365 quarantine digest listing a held support mail; a gateway notice, not support',
    from: 'Microsoft 365 <quarantine@messaging.microsoft.com>', to: yumiTo, subject: '検疫済みメッセージの通知: 1 件のメッセージが保留されています', date: d('2026-10-12 00:00:00', '+0000'), auth: 'pass', enc: 'utf8qp',
    text: `次のメッセージは検疫に保留されており、受信トレイには配信されていません。

送信者: aws-cs-trainingcertification-form@amazon.com
件名: RE:[CASE ${CASE.yumi}] [AWS Training and Certification Form Submission] - account-assistance
受信日時: 2026/10/12 15:02
理由: 一括メール

確認のうえ解放する場合は、検疫ポータルを開いてください。
${safelink('https://security.microsoft.com/quarantine', YUMI.work)}`,
    html: `<p>次のメッセージは検疫に保留されており、受信トレイには配信されていません。</p><table border="1"><tr><td>送信者</td><td>aws-cs-trainingcertification-form@amazon.com</td></tr><tr><td>件名</td><td>RE:[CASE ${CASE.yumi}] [AWS Training and Certification Form Submission] - account-assistance</td></tr><tr><td>理由</td><td>一括メール</td></tr></table><p><a href="https://security.microsoft.com/quarantine">解放</a> | <a href="https://security.microsoft.com/quarantine">確認</a></p>`,
  }),
  mk({
    slug: 'un-dlp-policy-tip', kind: 'unrelated', lang: 'ja', caseId: CASE.yumi, trusted: false, trap: true,
    note: 'DLP notice about the user\'s own outgoing reply containing candidate IDs',
    from: 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kasumi-fg.example.jp>', to: yumiTo, subject: 'ポリシー違反の可能性があるメッセージについて', date: d('2026-10-08 18:31:40', '+0900'), auth: 'none', enc: 'jisb64',
    text: `あなたが送信したメッセージは、組織の情報保護ポリシーに一致しました。

件名: ${S(CASE.yumi)}
一致したルール: 個人を識別できる番号(候補者 ID)の社外送信
処理: 送信は許可されました(記録済み)

送信内容に問題がないか、ご確認ください。誤検知と思われる場合は情報セキュリティ推進室までご連絡ください。

${DISC_KASUMI}`,
  }),
  mk({
    slug: 'un-servicedesk-ticket-closed', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, trap: true,
    note: 'internal IT service-desk ticket about the cert account closed; not the AWS case',
    from: '情報システム部 ServiceDesk <servicedesk@nitto-ss.example.co.jp>', to: shoTo, subject: '【ServiceDesk】INC0048213 解決済み: AWS認定アカウントの統合について', date: d('2026-10-20 10:00:00', '+0900'), auth: 'none', enc: 'sjis8',
    text: `伊藤 翔 さん

以下のチケットを解決済みとしてクローズしました。

チケット番号: INC0048213
件名: AWS認定アカウントの統合について
対応内容: AWS 側への申請方法を案内済み(統合作業はご本人が AWS へ依頼)

7 日以内にご返信がない場合、チケットは自動的に完了となります。

日東システムソリューションズ 情報システム部`,
  }),
  mk({
    slug: 'un-credly-company-academy', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly badge issued by the company\'s own academy, not AWS',
    from: 'Daiwa Seiki Academy via Credly <admin@credly.com>', to: kenTo, subject: 'Daiwa Seiki Academyのバッジ発行のお知らせ', date: d('2026-10-11 01:00:00', '+0000'), auth: 'pass', enc: 'utf8b64',
    text: `高橋 健一 様

Daiwa Seiki Academy から「クラウド基礎講座 修了」のバッジが発行されました。
バッジを入手する: ${safelink('https://www.credly.com/badges/accept', KEN.work)}`,
  }),
  mk({
    slug: 'un-summit-registration', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'AWS event registration confirmation: marketing, not the case',
    from: 'AWS Summit Japan <aws-summit-japan@amazon.com>', to: shoTo, subject: '【AWS Summit Japan】ご登録確認のお知らせ', date: d('2026-10-18 02:00:00', '+0000'), auth: 'pass', enc: 'jisb64',
    text: `${BANNER_JA[2]}

伊藤 翔 様

AWS Summit Japan へのご登録を確認いたしました。当日は受付で QR コードをご提示ください。
登録内容の確認・変更: ${safelink('https://aws.amazon.com/jp/summits/japan/', SHO.work)}`,
  }),
  mk({
    slug: 'un-pearson-appointment', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, trap: true,
    note: 'test vendor appointment confirmation; outside the trusted domains',
    from: 'Pearson VUE <noreply@pearsonvue.com>', to: kenTo, subject: tagJa('試験予約確認: AWS Certified Solutions Architect - Professional'), date: d('2026-10-20 03:00:00', '+0000'), auth: 'pass', enc: 'utf8qp',
    text: `${BANNER_JA[0]}

高橋 健一 様

試験のご予約が確定しました。
試験日: 2026年11月21日 10:00
会場: オンライン(OnVUE)
候補者ID: ${KEN.keepId}`,
  }),
  mk({
    slug: 'un-survey-resolved', kind: 'unrelated', lang: 'ja', caseId: CASE.yumi, trap: true,
    note: 'satisfaction survey asking whether the issue was resolved',
    from: 'AWS Support <aws-support-survey@amazon.com>', to: yumiTo, subject: tagJa(`ケース ${CASE.yumi} について、ご意見をお聞かせください`), date: d('2026-10-21 00:00:00', '+0000'), auth: 'pass', enc: 'sjisb64',
    text: `${BANNER_JA[1]}

先日のお問い合わせ(ケース ${CASE.yumi})は解決しましたか?
1 分ほどのアンケートにご協力ください。
${safelink('https://survey.aws.amazon.com/', YUMI.work)}

${DISC_KASUMI}`,
  }),
  mk({
    slug: 'un-credly-merge-code', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly\'s own account-merge verification code (Credly profile merge, not the AWS merge)',
    from: 'Credly <admin@credly.com>', to: `${SHO.ja} <${SHO.home}>`, subject: 'Credly アカウント統合の確認コード', date: d('2026-11-07 12:00:00', '+0000'), auth: 'pass', enc: 'utf8b64',
    text: `アカウントの統合をリクエストされました。
次の確認コードを入力して統合を完了してください: 482 913
このリクエストに心当たりがない場合は、このメールを無視してください。

Credly`,
  }),
  mk({
    slug: 'un-skillbuilder-completed', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Skill Builder course-completion notice',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: kenTo, subject: tagJa('コースの修了おめでとうございます'), date: d('2026-10-22 05:00:00', '+0000'), auth: 'pass', enc: 'jis7',
    text: `${BANNER_JA[0]}

高橋 健一 様

「AWS Cloud Practitioner Essentials (日本語)」の受講が完了しました。
修了証は学習履歴からダウンロードできます。`,
  }),
];
