// Set bn, Japanese messages: short mobile mail, notification mail, list-only agents,
// and a few very long agent mails with one sentence that matters.
import type { Msg } from './lib.js';
import { CASE, CREDLY_AWS, JST, KEN, MISAKI, NOTIFY, PORTAL, RIO, SHO, SUPPORT, SUPPORT_ADDR, formSubj, html, maker, olJa, paras, q, ref, sf } from './common.js';

const J = maker('ja');
const gm = (when: string, who: string): string => `${when} ${who}:`;
const ip = (when: string, who: string): string => `${when}、${who}のメール:`;

const K = `${KEN.ja} <${KEN.keep}>`;
const M = `${MISAKI.ja} <${MISAKI.keep}>`;
const S = `${SHO.ja} <${SHO.keep}>`;
const R = `${RIO.ja} <${RIO.keep}>`;

const KEN_ASK = `認定アカウント2つを1つにしたいです。
残す: ${KEN.keep} (${KEN.keepId})
消す: ${KEN.src} (${KEN.srcId})
鈴木`;

const MISAKI_ASK = `転職したので旧会社のアドレスの認定をこっちにまとめたいです。
旧: ${MISAKI.src}
新: ${MISAKI.keep}`;

const RIO_ASK = `お世話になります。中村です。
前職(${RIO.src})と個人(${RIO.keep})で認定アカウントが分かれてしまっています、個人側に寄せていただけますか。
候補者ID ${RIO.keepId} / ${RIO.srcId}`;

const LONG_BOILER_1 = `AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
AWS 認定カスタマーサポートの森でございます。

まず、お問い合わせいただいた経緯について簡単に整理させていただきます。お客様は以前ご所属の企業で発行されたメールアドレスにて認定アカウントを作成され、その後、個人のメールアドレスで別の認定アカウントを作成されたと伺っております。AWS 認定では、1名様につき1つのアカウントで受験履歴・認定資格・特典を管理していただくことを推奨しており、今回のようなケースでは、2つのアカウントを1つにまとめることで、再認定の時期やバウチャーの管理がしやすくなります。`;

const LONG_BOILER_2 = `なお、ご参考までに、認定資格の有効期間は取得日から3年間となっております。再認定の時期が近づきましたら、認定アカウントの登録メールアドレス宛にご案内が届きますので、受信設定をご確認ください。また、次回の試験でご利用いただける50%割引バウチャーは、特典ページの「バウチャー」タブからご確認いただけます。有効期限が設定されておりますので、期限内のご利用をお願いいたします。

デジタルバッジにつきましては、Credly のアカウントでご登録のメールアドレスと、認定アカウントのメールアドレスが異なる場合、バッジの受け取り操作が必要になる場合がございます。Credly 側の設定については Credly のヘルプセンターもあわせてご参照ください。

AWS Skill Builder のサブスクリプションや学習履歴は、認定アカウントとは別に管理されております。Skill Builder に関するご質問は、別途お問い合わせいただけますと幸いです。`;

export const JA: Msg[] = [
  // ---------------- acknowledgement (8) ----------------
  J({
    slug: 'j-ack-ken', kind: 'acknowledgement', caseId: CASE.ken, enc: 'jis7',
    from: SUPPORT, to: K, subject: `[CASE ${CASE.ken}] お問い合わせ受付`,
    date: JST('2026-11-02 08:14:03'),
    text: `ケースID: ${CASE.ken}
お問い合わせを受け付けました。通常24時間以内に担当者よりご連絡します。
同じ内容で新しいケースを作らず、このメールへの返信でやり取りを続けてください。

AWS Training and Certification`,
    note: 'automatic receipt of the form submission; case ID in subject and body',
  }),
  J({
    slug: 'j-ack-notify-misaki', kind: 'acknowledgement', caseId: CASE.misaki, enc: 'utf8qp',
    from: NOTIFY, to: M, subject: `ケース ${CASE.misaki} が作成されました`,
    date: JST('2026-11-03 22:41:10'),
    text: `https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.misaki}
サポートケースを作成しました、担当者からの返信はこのアドレスに届きます。`,
    note: 'notification-style receipt: one link and one sentence',
  }),
  J({
    slug: 'j-ack-rio-bodyonly', kind: 'acknowledgement', caseId: CASE.rio, enc: 'sjis8',
    from: SUPPORT, to: R, subject: 'お問い合わせありがとうございます',
    date: JST('2026-11-09 12:03:55'),
    text: `中村 理央 様

受付番号 ${CASE.rio} にて承りました。
担当より順次ご連絡いたします、しばらくお待ちください。

※本メールは送信専用アドレスから自動送信しています。`,
    note: 'receipt whose case ID is only in the body',
  }),
  J({
    slug: 'j-ack-sho-html', kind: 'acknowledgement', caseId: CASE.sho, enc: 'utf8b64',
    from: SUPPORT, to: S, subject: `[CASE ${CASE.sho}] Thank you for contacting AWS Training and Certification`,
    date: JST('2026-11-05 07:30:21'),
    text: `We have received your request. / お問い合わせを受け付けました。
Case ID / ケースID: ${CASE.sho}
1営業日以内にご返信します。`,
    html: html('受付', `<p>We have received your request. / お問い合わせを受け付けました。</p>\n<p><b>Case ID / ケースID:</b> ${CASE.sho}</p>\n<p>1営業日以内にご返信します。</p>`),
    note: 'bilingual automatic receipt, multipart/alternative; Japanese new text',
  }),
  J({
    slug: 'j-ack-forged-below', kind: 'acknowledgement', caseId: CASE.ken, enc: 'jisb64', trusted: false, auth: 'forgedBelow',
    from: SUPPORT, to: K, subject: `[CASE ${CASE.ken}] 受付完了`,
    date: JST('2026-11-02 08:20:40'),
    text: `ケース ${CASE.ken} 受付済み。担当者からの連絡をお待ちください。`,
    note: 'receipt shape, but the only dmarc=pass sits below the server Received line (forged)',
  }),
  J({
    slug: 'j-ack-misaki-fields', kind: 'acknowledgement', caseId: CASE.misaki, enc: 'sjisb64', trap: true,
    from: SUPPORT, to: M, subject: `[CASE ${CASE.misaki}] 受付内容の控え`,
    date: JST('2026-11-03 22:40:02'),
    text: `以下の内容で受け付けました。
・お名前: 高橋 美咲
・問い合わせ種別: AWS トレーニングと認定 / アカウント統合
・内容: 旧会社のアドレスの認定をまとめたい
担当者が内容を確認し、必要に応じて追加情報をお伺いします。
ケースID ${CASE.misaki}`,
    note: 'receipt that lists the submitted fields and mentions checking/extra information later: still the receipt',
  }),
  J({
    slug: 'j-ack-ken-dup', kind: 'acknowledgement', caseId: CASE.kenDup, enc: 'jis7',
    from: SUPPORT, to: K, subject: `[CASE ${CASE.kenDup}] お問い合わせ受付`,
    date: JST('2026-11-03 19:02:11'),
    text: `ケースID ${CASE.kenDup} で受付しました。
24時間以内にご連絡します。`,
    note: 'receipt of a second (duplicate) case opened by the user; still an acknowledgement',
  }),
  J({
    slug: 'j-ack-rio-mixed', kind: 'acknowledgement', caseId: CASE.rio, enc: 'utf88bit', crlf: false,
    from: NOTIFY, to: R, subject: `AWS Support: ケース受付 (${CASE.rio})`,
    date: JST('2026-11-09 12:04:30'),
    text: `Case ${CASE.rio} - created
受付しました。返信はメールで届きます。
https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.rio}&language=ja`,
    note: 'short notification receipt, LF line ends, 8bit UTF-8',
  }),

  // ---------------- ai_answer (7) ----------------
  J({
    slug: 'j-ai-tool', kind: 'ai_answer', enc: 'utf8qp',
    from: SUPPORT, to: K, subject: 'AIアシスタントからの回答',
    date: JST('2026-11-02 08:11:47'),
    text: `・認定ポータル > プロフィール > アカウントを統合 から手続きできます
・両方に認定履歴がある場合はツールが使えません、その場合はケースを作成してください
https://www.aws.training/Certification
(この回答は生成AIによるものです)`,
    note: 'AI answer pointing to the self-service Merge Accounts tool, bullet list only',
  }),
  J({
    slug: 'j-ai-steps', kind: 'ai_answer', enc: 'jis7',
    from: SUPPORT, to: M, subject: 'ご質問への自動回答',
    date: JST('2026-11-03 22:37:15'),
    text: `自動回答です。
1. 残したいアカウントでサインイン
2. プロフィールを開く
3. 「アカウントの統合」でもう一方のメールアドレスを入力
解決しない場合は「ケースを作成」を押してください。`,
    note: 'automated numbered steps for the self-service tool',
  }),
  J({
    slug: 'j-ai-after', kind: 'ai_answer', enc: 'jisb64', trap: true,
    from: SUPPORT, to: S, subject: '自動応答: アカウント統合について',
    date: JST('2026-11-05 07:22:09'),
    text: `AIによる回答:
統合が終わると、統合元の認定・特典は統合先に移ります。Credly のバッジは統合後に改めて受け取る必要がある場合があります。
まずはセルフサービスの統合ツールをお試しください。`,
    note: 'AI answer that describes what happens after a merge; not a completion (trap)',
  }),
  J({
    slug: 'j-ai-short', kind: 'ai_answer', enc: 'sjis8',
    from: SUPPORT, to: R, subject: '回答候補',
    date: JST('2026-11-09 11:58:30'),
    text: `「アカウントを統合」ツールで解決できるかもしれません。
https://www.aws.training/Certification
だめなら下の[ケースを作成]へ。
-- 自動生成された回答です`,
    note: 'one-line automated suggestion of the tool',
  }),
  J({
    slug: 'j-ai-dkimonly', kind: 'ai_answer', enc: 'utf8b64', auth: 'dkimonly',
    from: SUPPORT, to: K, subject: 'AIアシスタント: 統合ツールのご案内',
    date: JST('2026-11-02 08:12:30'),
    text: `プロフィール画面の「アカウントを統合」をお使いください。
(生成AIの回答)`,
    note: 'short AI suggestion; only an aligned DKIM pass (no dmarc verdict), still trusted',
  }),
  J({
    slug: 'j-ai-html', kind: 'ai_answer', enc: 'utf8qp',
    from: SUPPORT, to: M, subject: 'Amazon Q による回答',
    date: JST('2026-11-11 09:02:44'),
    html: html('回答', `<div><p>生成AIによる回答です。</p><ul><li>統合ツール: 認定ポータルのプロフィールから</li><li>認定履歴が両方にあると使えません</li></ul><p><a href="https://www.aws.training/Certification">認定ポータルを開く</a></p></div>`),
    note: 'HTML-only automated answer with bullets',
  }),
  J({
    slug: 'j-ai-mixed', kind: 'ai_answer', enc: 'jisb64',
    from: SUPPORT, to: R, subject: 'Suggested answer / 回答の候補',
    date: JST('2026-11-09 11:57:02'),
    text: `This response was generated by AI.
セルフサービスでの統合をまずお試しください: 認定ポータル -> プロフィール -> アカウントを統合。
Was this helpful? Yes / No`,
    note: 'English boilerplate around a Japanese AI suggestion',
  }),

  // ---------------- info_request (9) ----------------
  J({
    slug: 'j-info-bullets', kind: 'info_request', caseId: CASE.ken, enc: 'jis7',
    from: SUPPORT, to: K, subject: formSubj(CASE.ken),
    date: JST('2026-11-03 10:21:18'),
    text: `・両アカウントの候補者ID
・各アカウントのログインメールアドレス
・残す方はどちらか

AWS T&C サポート 小林
${ref('Kx81a')}`,
    note: 'agent answers only with a bullet list of what is needed',
  }),
  J({
    slug: 'j-info-oneline', kind: 'info_request', caseId: CASE.misaki, enc: 'sjis8',
    from: SUPPORT, to: M, subject: formSubj(CASE.misaki),
    date: JST('2026-11-04 15:40:09'),
    text: `旧アカウントの候補者ID(AWSから始まる番号)だけ教えてください。

サポート 藤田`,
    note: 'one-line request for the old candidate ID',
  }),
  J({
    slug: 'j-info-confirmword', kind: 'info_request', caseId: CASE.rio, enc: 'utf8qp', trap: true,
    from: SUPPORT, to: R, subject: formSubj(CASE.rio),
    date: JST('2026-11-10 09:15:27'),
    text: `中村様
統合後に残すメールアドレスを、ご確認のうえお知らせください。
${RIO.keep} でよろしいでしょうか。
サポート 西村`,
    note: 'asks the customer to confirm which address to keep: information, not consent (trap)',
  }),
  J({
    slug: 'j-info-numbered', kind: 'info_request', caseId: CASE.sho, enc: 'jisb64',
    from: SUPPORT, to: S, subject: formSubj(CASE.sho),
    date: JST('2026-11-06 11:02:50'),
    text: `1. 氏名(ローマ字)
2. 旧アドレス
3. 旧アカウントで取得した認定名と取得日

上記お送りください。`,
    note: 'numbered list of data the agent needs',
  }),
  J({
    slug: 'j-info-long-buried', kind: 'info_request', caseId: CASE.ken, enc: 'utf8b64',
    from: SUPPORT, to: K, subject: formSubj(CASE.ken),
    date: JST('2026-11-04 13:47:12'),
    text: `鈴木 健 様

${LONG_BOILER_1}

統合の作業にあたり、恐れ入りますが、統合元アカウント(${KEN.src})で最後に受験された試験名と受験日、あわせて統合元の候補者IDを本メールへのご返信でお知らせいただけますでしょうか。

${LONG_BOILER_2}

ご不明な点がございましたら、本メールにご返信ください。
引き続きよろしくお願いいたします。

AWS 認定カスタマーサポート 森
${ref('Kx9bb')}`,
    note: 'very long mail; the one request for the last exam and the old candidate ID sits in the middle',
  }),
  J({
    slug: 'j-info-keepaddr', kind: 'info_request', caseId: CASE.misaki, enc: 'sjisb64',
    from: SUPPORT, to: M, cc: `${MISAKI.ja} <${MISAKI.src}>`, subject: formSubj(CASE.misaki),
    date: JST('2026-11-05 10:10:10'),
    text: `お手数ですが、残す方のアドレス(${MISAKI.keep})から、両方の候補者IDを書いて返信をお願いします。
藤田`,
    note: 'write from the kept address and include both IDs: asks for data, so info_request',
  }),
  J({
    slug: 'j-info-phish', kind: 'info_request', caseId: CASE.ken, enc: 'jis7', trusted: false,
    from: 'AWS Training and Certification <support@aws-certification-help.com>', to: K, subject: `[CASE ${CASE.ken}] 本人確認のお願い`,
    date: JST('2026-11-03 02:14:33'),
    text: `統合前の本人確認です。
・候補者ID
・認定ポータルのパスワード
を返信してください。24時間以内にご返信がない場合、統合はできません。`,
    note: 'asks for IDs and a password from a look-alike domain (aws-certification-help.com): untrusted',
  }),
  J({
    slug: 'j-info-which', kind: 'info_request', caseId: CASE.sho, enc: 'jis7',
    from: SUPPORT, to: S, subject: `Re: ${formSubj(CASE.sho)}`,
    date: JST('2026-11-07 09:44:01'),
    text: `どちらのアカウントを残しますか？

${gm('2026年11月6日(金) 20:11', S)}
${q(`送りました。
1. Ito Sho
2. ${SHO.src}
3. SAA 2024/05, DVA 2025/02

iPhoneから送信`)}`,
    note: 'one-line question which account to keep, above the customer\'s Gmail-quoted mobile reply',
  }),
  J({
    slug: 'j-info-onemore', kind: 'info_request', caseId: CASE.rio, enc: 'utf8qp',
    from: SUPPORT, to: R, subject: formSubj(CASE.rio),
    date: JST('2026-11-11 16:30:48'),
    text: `ありがとうございます。もう1点、前職アカウントの認定通知用アドレスが別なら教えてください。

${sf(R, '2026/11/10 21:02', SUPPORT_ADDR, formSubj(CASE.rio), `はい、${RIO.keep} で大丈夫です。

Sent from my Android`)}`,
    note: 'follow-up request for one more address; Salesforce quote of the customer reply',
  }),

  // ---------------- confirmation_request (8) ----------------
  J({
    slug: 'j-conf-oneline', kind: 'confirmation_request', caseId: CASE.ken, enc: 'jis7',
    from: SUPPORT, to: K, subject: formSubj(CASE.ken),
    date: JST('2026-11-05 09:03:27'),
    text: `統合は取り消せません。${KEN.srcId} を ${KEN.keepId} に統合してよければ「同意します」と返信ください。
小林`,
    note: 'one-line consent request, irreversible merge',
  }),
  J({
    slug: 'j-conf-bullets', kind: 'confirmation_request', caseId: CASE.misaki, enc: 'sjis8',
    from: SUPPORT, to: M, subject: formSubj(CASE.misaki),
    date: JST('2026-11-06 14:22:05'),
    text: `・統合元: ${MISAKI.srcId} (${MISAKI.src})
・統合先: ${MISAKI.keepId} (${MISAKI.keep})
・元に戻す操作はできません
この内容で進めてよいか、ご返信で意思表示をお願いします。`,
    note: 'bullets only, then asks the customer to agree by reply',
  }),
  J({
    slug: 'j-conf-long-buried', kind: 'confirmation_request', caseId: CASE.rio, enc: 'jisb64',
    from: SUPPORT, to: R, subject: formSubj(CASE.rio),
    date: JST('2026-11-12 10:05:40'),
    text: `中村 理央 様

${LONG_BOILER_1}

いただいた情報で両アカウントを確認いたしました、${RIO.srcId} の履歴を ${RIO.keepId} に移す形となり、この操作は後から元に戻すことができませんので、進めてよろしいかどうか本メールへのご返信でご承諾をいただけますでしょうか。

${LONG_BOILER_2}

何卒よろしくお願い申し上げます。

AWS 認定カスタマーサポート 西村`,
    note: 'very long mail; the consent question is buried in the middle paragraph',
  }),
  J({
    slug: 'j-conf-otheronly', kind: 'confirmation_request', caseId: CASE.sho, enc: 'utf8b64', trusted: false, auth: 'otherOnly',
    from: SUPPORT, to: S, subject: formSubj(CASE.sho),
    date: JST('2026-11-08 18:19:00'),
    text: `${SHO.srcId} → ${SHO.keepId} で統合します。取り消し不可です、OKなら返信を。`,
    note: 'consent request, but the only Authentication-Results is a foreign authserv-id below Received: untrusted',
  }),
  J({
    slug: 'j-conf-boiler', kind: 'confirmation_request', caseId: CASE.ken, enc: 'utf8qp',
    from: SUPPORT, to: K, subject: formSubj(CASE.ken),
    date: JST('2026-11-05 09:40:12'),
    text: `Please reply to this email to proceed.
統合する前に最終確認です、この統合は元に戻せません。承諾いただける場合のみ返信してください。

Thank you for contacting AWS Training and Certification.`,
    note: 'Japanese consent question inside English boilerplate',
  }),
  J({
    slug: 'j-conf-outlook', kind: 'confirmation_request', caseId: CASE.misaki, enc: 'sjisb64',
    from: SUPPORT, to: M, subject: formSubj(CASE.misaki),
    date: JST('2026-11-06 09:12:33'),
    text: `確認しました。統合して問題ないか、一言ご返信ください(元には戻せません)。

${olJa(`${MISAKI.ja} <${MISAKI.keep}>`, '2026年11月5日 22:48', SUPPORT_ADDR, `RE: ${formSubj(CASE.misaki)}`, `${MISAKI.srcId}
${MISAKI.keepId}
です。`)}`,
    note: 'short consent request above an Outlook (Japanese) quoted block with the IDs',
  }),
  J({
    slug: 'j-conf-numbered', kind: 'confirmation_request', caseId: CASE.sho, enc: 'jis7',
    from: SUPPORT, to: S, subject: formSubj(CASE.sho),
    date: JST('2026-11-08 11:31:52'),
    text: `以下で実施します。
1. 統合元 ${SHO.srcId}
2. 統合先 ${SHO.keepId}
3. 統合後、統合元でのログイン不可
問題なければこのメールにそのまま返信してください。`,
    note: 'numbered plan; proceed on reply: consent request worded without the word confirm',
  }),
  J({
    slug: 'j-conf-iphonequote', kind: 'confirmation_request', caseId: CASE.rio, enc: 'utf8qp',
    from: SUPPORT, to: R, subject: `RE: ${formSubj(CASE.rio)}`,
    date: JST('2026-11-12 17:55:01'),
    text: `再送です。統合の実施可否、ご返答をお待ちしています。元に戻せない点だけご了承ください。

${ip('2026/11/12 10:05', 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>')}
${q('いただいた情報で両アカウントを確認いたしました。進めてよろしいかご返信ください。')}`,
    note: 'resent consent request, quoting the earlier one in iPhone style',
  }),

  // ---------------- merge_completed (9) ----------------
  J({
    slug: 'j-done-oneline', kind: 'merge_completed', caseId: CASE.ken, enc: 'jis7',
    from: SUPPORT, to: K, subject: formSubj(CASE.ken),
    date: JST('2026-11-06 10:02:15'),
    text: `統合完了しました。${KEN.keepId} でサインインしてください。
小林`,
    note: 'one-line completion notice',
  }),
  J({
    slug: 'j-done-portal', kind: 'merge_completed', enc: 'utf8qp',
    from: PORTAL, to: M, subject: 'アカウント統合のお知らせ',
    date: JST('2026-11-07 03:12:44'),
    text: `https://www.aws.training/Certification
お客様の AWS 認定アカウントは統合されました。`,
    note: 'certification portal notice, link plus one sentence, no case ID',
  }),
  J({
    slug: 'j-done-checkplease', kind: 'merge_completed', caseId: CASE.rio, enc: 'sjis8', trap: true,
    from: SUPPORT, to: R, subject: formSubj(CASE.rio),
    date: JST('2026-11-13 15:20:30'),
    text: `統合作業、終わりました。
認定と特典が表示されているか、念のためご確認ください。何かおかしければご返信を。
西村`,
    note: 'completion that asks the customer to check everything: still merge_completed (confirm words, trap)',
  }),
  J({
    slug: 'j-done-long-buried', kind: 'merge_completed', caseId: CASE.sho, enc: 'sjisb64',
    from: SUPPORT, to: S, subject: formSubj(CASE.sho),
    date: JST('2026-11-10 13:01:09'),
    text: `伊藤 翔 様

${LONG_BOILER_1}

ご承諾いただいた内容に基づき、本日、${SHO.srcId} の受験履歴と認定資格を ${SHO.keepId} へ統合いたしました。

${LONG_BOILER_2}

今後ともAWS トレーニングと認定をよろしくお願いいたします。

AWS 認定カスタマーサポート 森`,
    note: 'very long mail; the completion sentence is buried between two boilerplate blocks',
  }),
  J({
    slug: 'j-done-andclose', kind: 'merge_completed', caseId: CASE.misaki, enc: 'jisb64',
    from: SUPPORT, to: M, subject: formSubj(CASE.misaki),
    date: JST('2026-11-09 08:45:00'),
    text: `統合しました、本ケースはこれでクローズします。
藤田`,
    note: 'completion plus closing in one line: the new fact is the merge',
  }),
  J({
    slug: 'j-done-bullets', kind: 'merge_completed', caseId: CASE.ken, enc: 'utf8b64',
    from: SUPPORT, to: K, subject: `${formSubj(CASE.ken)} 【完了】`,
    date: JST('2026-11-06 10:30:00'),
    text: `・統合: 済
・認定 3件: ${KEN.keepId} 側に表示
・バウチャー: 移行済`,
    note: 'completion written only as a status list; subject carries half the meaning',
  }),
  J({
    slug: 'j-done-lookalike-server', kind: 'merge_completed', caseId: CASE.rio, enc: 'sjis8', trusted: false, auth: 'lookalikeServer',
    from: SUPPORT, to: R, subject: formSubj(CASE.rio),
    date: JST('2026-11-13 02:40:19'),
    text: `統合完了です。下記から新しいアカウントにログインしてください。
http://aws-training-login.example.net/signin`,
    note: 'completion wording, but the top Authentication-Results is a look-alike authserv-id: untrusted',
  }),
  J({
    slug: 'j-done-forged-supportaws', kind: 'merge_completed', caseId: CASE.sho, enc: 'utf88bit', trusted: false, auth: 'forgedBelow',
    from: 'AWS Support <cases@support.aws.com>', to: S, subject: `[CASE ${CASE.sho}] 統合済み`,
    date: JST('2026-11-10 04:05:55'),
    text: `統合済みです。ご確認を。`,
    note: 'support.aws.com From, but its dmarc=pass is planted below the server Received line: untrusted',
  }),
  J({
    slug: 'j-done-quoteok', kind: 'merge_completed', caseId: CASE.misaki, enc: 'jis7',
    from: SUPPORT, to: M, subject: `RE: ${formSubj(CASE.misaki)}`,
    date: JST('2026-11-08 17:20:41'),
    text: `${MISAKI.keepId} への統合、完了です。

${ip('2026/11/07 7:02', `${MISAKI.ja} <${MISAKI.keep}>`)}
${q(`同意します

iPhoneから送信`)}`,
    note: 'completion above the customer\'s one-word consent quoted in iPhone style',
  }),

  // ---------------- badges_transferred (8) ----------------
  J({
    slug: 'j-badge-credly', kind: 'badges_transferred', enc: 'utf8qp',
    from: CREDLY_AWS, to: K, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: JST('2026-11-07 11:00:05'),
    text: `AWS Certified Solutions Architect - Associate のバッジが届いています。
バッジを入手する: https://www.credly.com/badges/3f2a91c4-7d0e-4b8a-9a51-0c6de2f1a7b3/accept`,
    html: html('バッジ', `<p>AWS Certified Solutions Architect - Associate のバッジが届いています。</p><p><a href="https://www.credly.com/badges/3f2a91c4-7d0e-4b8a-9a51-0c6de2f1a7b3/accept">バッジを入手する</a></p>`),
    note: 'AWS badge issued via Credly to the kept address after the merge',
  }),
  J({
    slug: 'j-badge-oneline', kind: 'badges_transferred', caseId: CASE.ken, enc: 'jis7',
    from: SUPPORT, to: K, subject: formSubj(CASE.ken),
    date: JST('2026-11-09 09:10:55'),
    text: `バッジも ${KEN.keep} の Credly に移しました。
小林`,
    note: 'one-line: support moved the badges',
  }),
  J({
    slug: 'j-badge-close', kind: 'badges_transferred', caseId: CASE.misaki, enc: 'sjis8',
    from: SUPPORT, to: M, subject: formSubj(CASE.misaki),
    date: JST('2026-11-11 12:12:12'),
    text: `Credly のバッジ、新アドレス側へ付け替え済みです。これでケースを閉じます。`,
    note: 'badges moved and the case closes: badges_transferred',
  }),
  J({
    slug: 'j-badge-long-buried', kind: 'badges_transferred', caseId: CASE.rio, enc: 'utf8b64',
    from: SUPPORT, to: R, subject: formSubj(CASE.rio),
    date: JST('2026-11-17 10:48:03'),
    text: `中村 理央 様

先日はご返信ありがとうございました。

${LONG_BOILER_1}

ご指摘いただいた件については、Credly 側で統合元アドレスに紐づいていたバッジ3件を ${RIO.keep} のアカウントへ付け替える対応を行いました。

${LONG_BOILER_2}

AWS 認定カスタマーサポート 西村`,
    note: 'very long mail; the badge move is one sentence in the middle',
  }),
  J({
    slug: 'j-badge-credly-html', kind: 'badges_transferred', enc: 'utf8b64',
    from: CREDLY_AWS, to: S, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: JST('2026-11-11 06:31:22'),
    html: html('Credly', `<table><tr><td><p>伊藤 翔 さん</p><p>AWS Certified Developer - Associate のバッジが発行されました。</p><p><a href="https://www.credly.com/badges/a7c0e2d4-1b3f-4e5a-8c9d-2f6b1e0a4c77/accept" style="background:#1f2e4d;color:#fff;padding:8px">バッジを入手する</a></p></td></tr></table>`),
    note: 'HTML-only Credly issue mail for an AWS badge',
  }),
  J({
    slug: 'j-badge-lookalike-credly', kind: 'badges_transferred', enc: 'utf8qp', trusted: false,
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badge.com>', to: M,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: JST('2026-11-10 01:14:50'),
    text: `バッジが移行されました。受け取るにはログインしてください。
https://credly-badge.com/login`,
    note: 'badge-moved wording from the look-alike credly-badge.com: untrusted',
  }),
  J({
    slug: 'j-badge-bullets', kind: 'badges_transferred', caseId: CASE.sho, enc: 'jisb64',
    from: SUPPORT, to: S, subject: `${formSubj(CASE.sho)} / バッジ`,
    date: JST('2026-11-12 15:05:17'),
    text: `・Credly: 移行済(2件)
・受け取りメールが別途届きます
森`,
    note: 'status bullets saying the badges were moved',
  }),
  J({
    slug: 'j-badge-credly-sub', kind: 'badges_transferred', enc: 'utf8qp', auth: 'dkimonly',
    from: 'Amazon Web Services Training and Certification via Credly <notifications@email.credly.com>', to: R,
    subject: 'バッジを受け取ってください',
    date: JST('2026-11-16 20:02:09'),
    text: `AWS Certified Cloud Practitioner
https://www.credly.com/badges/0d9e7c5b-2a41-4f3c-b8e6-71a2c4d9f013/accept
このバッジはあなたのアカウントに追加されました。`,
    note: 'AWS badge via a Credly subdomain with aligned DKIM only',
  }),

  // ---------------- case_closed (8) ----------------
  J({
    slug: 'j-close-oneline', kind: 'case_closed', caseId: CASE.ken, enc: 'jis7',
    from: SUPPORT, to: K, subject: formSubj(CASE.ken),
    date: JST('2026-11-13 09:00:02'),
    text: `本件、解決済みでクローズしました。再開はこのメールに返信を。`,
    note: 'one-line closing notice',
  }),
  J({
    slug: 'j-close-auto', kind: 'case_closed', caseId: CASE.sho, enc: 'sjis8',
    from: SUPPORT, to: S, subject: `${formSubj(CASE.sho)} - 3日後に自動クローズ`,
    date: JST('2026-11-07 08:30:00'),
    text: `ご返信がなければ3日後に自動でクローズされます。`,
    note: 'auto-close reminder without a reply: case_closed',
  }),
  J({
    slug: 'j-close-restate', kind: 'case_closed', caseId: CASE.misaki, enc: 'utf8qp', trap: true,
    from: SUPPORT, to: M, subject: formSubj(CASE.misaki),
    date: JST('2026-11-16 10:11:19'),
    text: `先週お伝えしたとおり統合は済んでいますので、本ケースはクローズいたします。`,
    note: 'closing that only restates the earlier merge (trap)',
  }),
  J({
    slug: 'j-close-notify', kind: 'case_closed', caseId: CASE.rio, enc: 'utf8b64',
    from: NOTIFY, to: R, subject: `ケース ${CASE.rio} は解決済みです`,
    date: JST('2026-11-20 06:00:31'),
    text: `https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.rio}
ケースは解決済みになりました。`,
    note: 'notification-style: case resolved, link plus one sentence',
  }),
  J({
    slug: 'j-close-short', kind: 'case_closed', caseId: CASE.ken, enc: 'jis7',
    from: SUPPORT, to: K, subject: `[CASE ${CASE.ken}] クローズのお知らせ`,
    date: JST('2026-11-12 23:59:10'),
    text: `ケースをクローズしました。`,
    note: 'one-line closing notice; the subject says the rest',
  }),
  J({
    slug: 'j-close-long-buried', kind: 'case_closed', caseId: CASE.sho, enc: 'sjisb64', trap: true,
    from: SUPPORT, to: S, subject: formSubj(CASE.sho),
    date: JST('2026-11-18 14:44:44'),
    text: `伊藤 翔 様

いつもお世話になっております。

${LONG_BOILER_1}

統合およびバッジの件は先日までに対応済みでございますので、本お問い合わせはこちらでクローズとさせていただきます。

${LONG_BOILER_2}

AWS 認定カスタマーサポート 森`,
    note: 'very long mail whose one new sentence closes the case, restating the earlier merge and badges (trap)',
  }),
  J({
    slug: 'j-close-noreply', kind: 'case_closed', caseId: CASE.misaki, enc: 'jisb64',
    from: SUPPORT, to: `${MISAKI.ja} <${MISAKI.src}>`, subject: formSubj(CASE.misaki),
    date: JST('2026-11-20 09:00:00'),
    text: `ご返信がなかったため、いったんクローズしました。必要ならこのメールに返信すれば再開できます。`,
    note: 'closed for lack of reply, delivered to the old company address of the user',
  }),
  J({
    slug: 'j-close-restate-badge', kind: 'case_closed', caseId: CASE.ken, enc: 'utf8qp', trap: true,
    from: SUPPORT, to: K, subject: `RE: ${formSubj(CASE.ken)}`,
    date: JST('2026-11-12 10:20:20'),
    text: `バッジは9日に移行済みのため、本日付でクローズします。

${gm('2026年11月10日(火) 8:03', K)}
${q(`届きました。ありがとう
Sent from my Android`)}`,
    note: 'closing that restates the earlier badge move, above a quoted mobile thanks (trap)',
  }),

  // ---------------- support_reply (10) ----------------
  J({
    slug: 'j-rep-passed', kind: 'support_reply', caseId: CASE.ken, enc: 'jis7', trap: true,
    from: SUPPORT, to: K, subject: formSubj(CASE.ken),
    date: JST('2026-11-05 11:15:00'),
    text: `ご確認ありがとうございます。担当チームに回しました。`,
    note: 'thanks-for-confirming, handed to the team: support_reply (trap)',
  }),
  J({
    slug: 'j-rep-future', kind: 'support_reply', caseId: CASE.rio, enc: 'sjis8', trap: true,
    from: SUPPORT, to: R, subject: formSubj(CASE.rio),
    date: JST('2026-11-12 18:40:10'),
    text: `統合が完了しましたら改めてご連絡します。今しばらくお待ちください。`,
    note: 'future/conditional completion: not the event (trap)',
  }),
  J({
    slug: 'j-rep-unable', kind: 'support_reply', caseId: CASE.sho, enc: 'utf8qp', trap: true,
    from: SUPPORT, to: S, subject: formSubj(CASE.sho),
    date: JST('2026-11-09 10:00:00'),
    text: `システム側の不具合で、現時点では統合できておりません。復旧次第対応します。`,
    note: 'negated: the merge has not been done (trap)',
  }),
  J({
    slug: 'j-rep-dupcases', kind: 'support_reply', caseId: CASE.ken, enc: 'jis7', trap: true,
    from: SUPPORT, to: K, subject: formSubj(CASE.ken),
    date: JST('2026-11-04 09:05:33'),
    text: `重複していたケース ${CASE.kenDup} はこちら(${CASE.ken})に統合しました。以後こちらでやり取りします。`,
    note: 'merged duplicate cases, not accounts (trap)',
  }),
  J({
    slug: 'j-rep-status', kind: 'support_reply', caseId: CASE.misaki, enc: 'utf8b64', trap: true,
    from: SUPPORT, to: M, subject: `${formSubj(CASE.misaki)} 進捗`,
    date: JST('2026-11-07 16:00:00'),
    text: `・ご同意: 受領済
・統合: 作業中
・目安: 2営業日`,
    note: 'status list: consent received, merge in progress (trap)',
  }),
  J({
    slug: 'j-rep-escalate', kind: 'support_reply', caseId: CASE.rio, enc: 'jisb64',
    from: SUPPORT, to: R, subject: formSubj(CASE.rio),
    date: JST('2026-11-14 09:30:12'),
    text: `専門チームにエスカレーションしました。回答まで数日いただきます。`,
    note: 'escalation notice',
  }),
  J({
    slug: 'j-rep-voucher', kind: 'support_reply', caseId: CASE.sho, enc: 'jis7', trap: true,
    from: SUPPORT, to: S, subject: `Re: ${formSubj(CASE.sho)}`,
    date: JST('2026-11-06 13:13:13'),
    text: `50%バウチャーは統合後も使えます、期限も変わりません。

${gm('2026年11月6日(金) 12:40', S)}
${q(`統合したらバウチャー消えますか？
iPhoneから送信`)}`,
    note: 'answer about vouchers after a future merge; nothing happened yet (trap)',
  }),
  J({
    slug: 'j-rep-long-wait', kind: 'support_reply', caseId: CASE.ken, enc: 'utf8b64',
    from: SUPPORT, to: K, subject: formSubj(CASE.ken),
    date: JST('2026-11-05 17:50:27'),
    text: `鈴木 健 様

${LONG_BOILER_1}

社内での確認に時間を要しており、もう少々お時間を頂戴いたします。

${LONG_BOILER_2}

AWS 認定カスタマーサポート 小林`,
    note: 'very long mail whose only news is a delay',
  }),
  J({
    slug: 'j-rep-gmail-display', kind: 'support_reply', caseId: CASE.misaki, enc: 'sjis8', trusted: false,
    from: 'AWS Training and Certification <aws.tc.support.jp@gmail.com>', to: M, subject: formSubj(CASE.misaki),
    date: JST('2026-11-06 03:03:03'),
    text: `担当です。進捗は追って連絡します。`,
    note: 'support display name on a free-mail address: untrusted',
  }),
  J({
    slug: 'j-rep-badge-notyet', kind: 'support_reply', caseId: CASE.rio, enc: 'sjisb64', trap: true,
    from: SUPPORT, to: R, subject: formSubj(CASE.rio),
    date: JST('2026-11-14 15:25:36'),
    text: `バッジはまだ移っていません。Credly 側の対応待ちです。`,
    note: 'negated badge move: support_reply (trap)',
  }),

  // ---------------- unrelated (11) ----------------
  J({
    slug: 'j-un-own-agree', kind: 'unrelated', caseId: CASE.ken, enc: 'jis7', trusted: false, trap: true, auth: 'none',
    from: K, to: SUPPORT, cc: `${KEN.ja} <${KEN.src}>`, subject: `Re: ${formSubj(CASE.ken)}`,
    date: JST('2026-11-05 12:01:44'),
    text: `同意します

iPhoneから送信`,
    rcpt: KEN.src,
    note: 'the user\'s own consent reply, copied to their other address: unrelated, untrusted',
  }),
  J({
    slug: 'j-un-own-sent', kind: 'unrelated', caseId: CASE.misaki, enc: 'utf8b64', trusted: false, forUser: false, trap: true, auth: 'none',
    from: M, to: SUPPORT, subject: `Re: ${formSubj(CASE.misaki)}`,
    date: JST('2026-11-07 07:02:10'), deliveredTo: null,
    text: `はい、お願いします

${ip('2026/11/06 14:22', 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>')}
${q('この内容で進めてよいか、ご返信で意思表示をお願いします。')}`,
    note: 'the user\'s own one-line consent from the Sent folder: not delivered to the user',
  }),
  J({
    slug: 'j-un-oldcorp-ooo', kind: 'unrelated', enc: 'jis7', trusted: false, trap: true,
    from: '自動応答 <postmaster@oldsi.example.co.jp>', to: K, subject: '自動応答: 受信しました',
    date: JST('2026-11-03 10:22:00'),
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `このメールは受信しましたが、宛先の社員は退職しております。今後はご連絡いただいても確認されません。`,
    note: 'old company\'s automatic reply using receipt words: unrelated',
  }),
  J({
    slug: 'j-un-credly-ms', kind: 'unrelated', enc: 'utf8qp', trap: true,
    from: 'Microsoft via Credly <admin@credly.com>', to: R, subject: 'Microsoftのバッジ発行のお知らせ',
    date: JST('2026-11-15 09:09:09'),
    text: `Microsoft Certified: Azure Fundamentals
バッジを入手する https://www.credly.com/badges/91b0d7f2-5c3e-4a1d-9f8b-6e2c0a7d3b55/accept`,
    note: 'Credly badge from another issuer (Microsoft): unrelated (trap)',
  }),
  J({
    slug: 'j-un-credly-mergecode', kind: 'unrelated', enc: 'utf8b64', trap: true,
    from: 'Credly <admin@credly.com>', to: K, subject: 'アカウント統合の確認コード',
    date: JST('2026-11-09 21:30:45'),
    text: `確認コード: 482915
Credly のアカウント統合を完了するには、このコードを入力してください。`,
    note: 'Credly\'s own account-merge code mail: unrelated (trap)',
  }),
  J({
    slug: 'j-un-survey', kind: 'unrelated', caseId: CASE.ken, enc: 'utf8qp', trap: true,
    from: 'AWS Training and Certification <aws-tc-survey@amazon.com>', to: K, subject: `ケース ${CASE.ken} は解決しましたか？`,
    date: JST('2026-11-14 10:00:00'),
    text: `1分アンケート: https://survey.amazon.com/tc?case=${CASE.ken}
今回のサポートで問題は解決しましたか。`,
    note: 'satisfaction survey that mentions resolution: unrelated (trap)',
  }),
  J({
    slug: 'j-un-refund-closed', kind: 'unrelated', caseId: CASE.kenRefund, enc: 'jisb64', trap: true,
    from: SUPPORT, to: K, subject: `[CASE ${CASE.kenRefund}] 試験料の返金について`,
    date: JST('2026-11-10 14:00:00'),
    text: `試験料の返金手続きが完了しましたので、本ケースはクローズします。`,
    note: 'the user\'s other case about an exam refund closes: unrelated (trap)',
  }),
  J({
    slug: 'j-un-summit', kind: 'unrelated', enc: 'utf8b64', trap: true,
    from: 'AWS Japan <aws-jp-events@amazon.com>', to: M, subject: 'AWS Summit Japan 登録完了',
    date: JST('2026-11-04 12:00:00'),
    html: html('Summit', `<p>ご登録が完了しました。</p><p><a href="https://aws.amazon.com/jp/summits/japan/">マイページ</a>から受講票をご確認ください。</p>`),
    note: 'event registration completed: marketing, unrelated (trap)',
  }),
  J({
    slug: 'j-un-forward-colleague', kind: 'unrelated', caseId: CASE.sho, enc: 'sjis8', trusted: false, forUser: false, trap: true, auth: 'none',
    from: S, to: '田中さん <tanaka@team.example.com>', subject: `Fw: ${formSubj(CASE.sho)}`,
    date: JST('2026-11-10 19:30:00'),
    text: `統合おわった。FYI

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_ADDR}>
Date: 2026年11月10日(火) 13:01
Subject: ${formSubj(CASE.sho)}

本日、${SHO.srcId} の受験履歴と認定資格を ${SHO.keepId} へ統合いたしました。`,
    note: 'the user forwards the completion to a colleague: own mail, not for the user',
  }),
  J({
    slug: 'j-un-skillbuilder', kind: 'unrelated', enc: 'sjisb64', trap: true,
    from: 'AWS Skill Builder <no-reply@aws.training>', to: S, subject: 'サブスクリプション更新完了',
    date: JST('2026-11-01 00:05:00'),
    text: `Skill Builder 個人サブスクリプションの更新が完了しました。
https://skillbuilder.aws/`,
    note: 'Skill Builder subscription renewal completed: unrelated (trap)',
  }),
  J({
    slug: 'j-un-exam-result', kind: 'unrelated', caseId: CASE.misakiExam, enc: 'jis7',
    from: SUPPORT, to: M, subject: `[CASE ${CASE.misakiExam}] 試験の予約変更`,
    date: JST('2026-11-02 16:16:16'),
    text: `試験日の変更は Pearson VUE 側で行ってください。
https://home.pearsonvue.com/aws`,
    note: 'reply on the user\'s other case about an exam booking: unrelated',
  }),
  J({
    slug: 'j-un-own-fwd-self', kind: 'unrelated', caseId: CASE.misaki, enc: 'jisb64', trusted: false, trap: true, auth: 'none',
    from: `${MISAKI.ja} <${MISAKI.src}>`, to: M, subject: `転送: ${formSubj(CASE.misaki)}`,
    date: JST('2026-11-11 12:30:00'),
    text: `自分用メモ。バッジ移行済みの件

${olJa('AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', '2026年11月11日 12:12', MISAKI.keep, formSubj(CASE.misaki), 'Credly のバッジ、新アドレス側へ付け替え済みです。これでケースを閉じます。')}`,
    note: 'the user forwards support\'s badge mail from the old address to the kept one: own mail, unrelated',
  }),
  J({
    slug: 'j-rep-otherperson', kind: 'support_reply', caseId: '1784401236', enc: 'sjis8', forUser: false,
    from: SUPPORT, to: '山本 大輔 <d.yamamoto@partner.example.co.jp>', subject: formSubj('1784401236'),
    date: JST('2026-11-13 11:40:00'),
    text: `確認中です。明日中にご連絡します。`,
    note: 'a status reply on someone else\'s case, addressed to another person: not for the user',
  }),
];
