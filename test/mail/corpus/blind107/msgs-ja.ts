// db set, Japanese messages: the usual lifecycle, laid out badly.
import type { Msg } from './lib.js';
import {
  C, CREDLY_AWS, HANAKO, KENJI, MISAKI, NOTIFY, PORTAL, SUPPORT, SUPPORT_BARE, SUPPORT_CENTER, TARO,
  chopEn, esc, hankaku, hardWrap, jst, mk, nbsp, oneBlob, perSentence, quote, sfBlock, sloppyQuote, strayIndent, subj, utc, zenkaku,
} from './common.js';

const T = `${TARO.ja} <${TARO.keep}>`;
const H = `${HANAKO.ja} <${HANAKO.keep}>`;
const K = `${KENJI.ja} <${KENJI.keep}>`;
const M = `${MISAKI.ja} <${MISAKI.keep}>`;

const taroAsk = `AWS認定アカウントの統合をお願いしたく連絡しました。
残す方: ${TARO.keepId} / ${TARO.keep}
統合元: ${TARO.srcId} / ${TARO.src}
山田`;

export const JA: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'rcpt-wrap32', kind: 'acknowledgement', lang: 'ja', caseId: C.taro, note: 'automatic receipt of the new case, hard-wrapped at 32 columns mid-word',
    from: NOTIFY, to: T, subject: `AWS サポート: ケース ${C.taro} を受け付けました`, date: utc('2026-02-02 01:14:07'), enc: 'jis7',
    text: hardWrap(`山田 太郎 様

AWS トレーニングと認定 へのお問い合わせありがとうございます。お客様のケースは登録され、ケース ID は次のとおりです。
${C.taro}

担当者より通常 24 時間以内にこのメールアドレス宛てにご連絡いたします。同じ内容で新しいケースを作成されますと回答が遅れる原因となりますので、このメールへの返信で追加情報をお送りください。

Amazon Web Services`, 32),
  }),
  mk({
    slug: 'rcpt-blob', kind: 'acknowledgement', lang: 'ja', caseId: C.hanako, note: 'receipt of the new case as one unbroken paragraph',
    from: SUPPORT_CENTER, to: H, subject: `[ケース ${C.hanako}] お問い合わせ受付のお知らせ`, date: utc('2026-02-03 06:40:51'), enc: 'utf8b64',
    text: oneBlob(`佐藤 花子 様
このたびは AWS サポートにご連絡いただき、ありがとうございます。
ケース番号 ${C.hanako} にてご依頼を承りました。
内容を確認のうえ、担当より順次ご返信いたします。
なお、本メールは送信専用アドレスから自動送信されています。
AWS サポート`, true),
  }),
  mk({
    slug: 'rcpt-hankaku', kind: 'acknowledgement', lang: 'ja', caseId: C.kenji, note: 'receipt with half-width katakana from an old gateway',
    from: NOTIFY, to: K, subject: `ケース ${C.kenji} が作成されました`, date: utc('2026-02-05 11:02:33'), enc: 'sjis8',
    text: hankaku(`伊藤 健司 様

AWS サポートセンターでケースを作成しました。
ケースID: ${C.kenji}
件名: アカウントについてのご相談
重要度: 一般的なガイダンス

ケースの進捗はサポートセンターのコンソールからもご確認いただけます。

アマゾン ウェブ サービス`),
  }),
  mk({
    slug: 'rcpt-persentence', kind: 'acknowledgement', lang: 'ja', caseId: C.misaki, note: 'receipt, one sentence per line',
    from: NOTIFY, to: M, subject: `ご依頼を受け付けました (Case ${C.misaki})`, date: utc('2026-02-06 23:55:10'), enc: 'jisb64',
    text: `中村 美咲 様\n` + perSentence(`AWS トレーニングと認定 のフォームからのお問い合わせを受信しました。ケース ID は ${C.misaki} です。回答まで 1～2 営業日ほどお待ちください。追加の情報はこのメールに返信する形でお送りいただけます。`.replace('～', 'から')) + `\nAmazon Web Services Support`,
  }),
  mk({
    slug: 'rcpt-fields', kind: 'acknowledgement', lang: 'ja', caseId: C.taro, trap: true, note: 'receipt echoing the submitted fields (IDs, addresses); it asks for nothing, so still a receipt',
    from: SUPPORT_CENTER, to: T, subject: `お問い合わせ内容の控え - ケース ${C.taro}`, date: utc('2026-02-02 01:14:40'), enc: 'utf8qp',
    text: strayIndent(`以下の内容でお問い合わせを受け付けました。
ケース ID:${C.taro}
お問い合わせタイプ:AWS トレーニングと認定
カテゴリ:認定 / アカウントの統合
氏名:山田 太郎
AWS 候補 ID:${TARO.keepId}
メールアドレス:${TARO.keep}
ご依頼内容:
${taroAsk}
担当者からの連絡をお待ちください。`, ['', '  ', '\t', '', '　', ' ', '', '\t\t', '   ']),
  }),
  mk({
    slug: 'rcpt-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: C.kenji, trusted: false, note: 'receipt from a look-alike domain (aws-amazon-support.com), its own dmarc passes: untrusted',
    from: 'AWS Support <no-reply@aws-amazon-support.com>', to: K, subject: `【AWS】ケース${C.kenji}受付完了`, date: utc('2026-02-05 12:30:00'), enc: 'utf8qp',
    text: hardWrap(`伊藤様　お問い合わせを受け付けました。ケース番号は${C.kenji}です。ご本人確認のため、下記リンクからサインインしてください。https://aws-amazon-support.com/case/verify`, 38),
  }),
  mk({
    slug: 'rcpt-dup-noauth', kind: 'acknowledgement', lang: 'ja', caseId: C.hanakoDup, trusted: false, auth: 'none', note: 'receipt for a second case the user opened; no Authentication-Results at all',
    from: NOTIFY, to: H, subject: `AWS サポート: ケース ${C.hanakoDup} を受け付けました`, date: utc('2026-02-04 02:12:19'), enc: 'jis7',
    text: `■佐藤 花子 様
■ケース ID　${C.hanakoDup}
■受付日時　2026/02/04 11:12 (JST)

　　お問い合わせを登録いたしました。
　担当者からの返信まで今しばらくお待ちください。

■このメールには返信できます`,
  }),
  mk({
    slug: 'rcpt-html-blob', kind: 'acknowledgement', lang: 'ja', caseId: C.kenji, note: 'HTML-only receipt without topic, no line breaks in the markup',
    from: SUPPORT_CENTER, to: K, subject: `ケース ${C.kenji} を受け付けました`, date: utc('2026-02-05 11:03:02'), enc: 'utf8qp',
    html: `<html><body><div style="font-family:Meiryo">伊藤 健司 様<br>お問い合わせいただきありがとうございます。ケース ID <b>${C.kenji}</b> にて受付しました。担当者が確認後ご連絡いたします。<br>AWS サポート</div></body></html>`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ai-wrap36', kind: 'ai_answer', lang: 'ja', caseId: C.taro, note: 'AI-generated suggestion to use the self-service merge tool, wrapped at 36 columns',
    from: SUPPORT_CENTER, to: T, subject: `ケース ${C.taro}: 生成 AI による回答`, date: utc('2026-02-02 01:13:50'), enc: 'jis7',
    text: hardWrap(`この回答は生成 AI によって自動作成されたものです。

認定アカウントが 2 つある場合は、AWS 認定アカウントにサインインし、プロフィールのメニューにある「アカウントのマージ」ツールをお試しください。統合元アカウントの認定資格と特典が、サインイン中のアカウントへ移ります。

この回答で解決しない場合は、「ケースを作成」を選択してサポート担当者にお問い合わせください。`, 36),
  }),
  mk({
    slug: 'ai-blob', kind: 'ai_answer', lang: 'ja', note: 'automated answer in one paragraph, no case ID yet',
    from: SUPPORT_CENTER, to: H, subject: `AWS サポートからの自動回答`, date: utc('2026-02-03 06:38:12'), enc: 'utf88bit',
    text: oneBlob(`自動応答:
ご質問の内容から、アカウントの統合に関するお問い合わせと判断しました。
認定ポータルの Merge Accounts 機能を使うと、ご自身で 2 つのアカウントを 1 つにまとめられます。
両方のアカウントに認定の履歴がある場合、ツールが使えないことがあります。
その場合はこの画面からケースを作成してください。
(AI が生成した回答です。内容が正確でない場合があります)`, true),
  }),
  mk({
    slug: 'ai-bullets-hk', kind: 'ai_answer', lang: 'ja', caseId: C.kenji, note: 'AI answer with diamond bullets and half-width katakana',
    from: NOTIFY, to: K, subject: `Re: ケース ${C.kenji} - 自動ガイダンス`, date: utc('2026-02-05 11:01:40'), enc: 'sjisb64',
    text: `◆これは自動生成された回答です◆

◆ ${hankaku('セルフサービスのマージツール')}:認定ポータル → プロフィール → ${hankaku('アカウント')}の統合
　◆ 統合元のメールアドレスとパスワードを入力
◆　${hankaku('ツール')}が使えないときは、${hankaku('サポート')}へ${hankaku('ケース')}を作成

参考になりましたか?　はい / いいえ`,
  }),
  mk({
    slug: 'ai-phraselines', kind: 'ai_answer', lang: 'ja', caseId: C.misaki, note: 'AI answer that also explains what happens after a merge; one phrase per line',
    from: SUPPORT_CENTER, to: M, subject: `ケース ${C.misaki} への AI 回答`, date: utc('2026-02-06 23:54:30'), enc: 'jisb64',
    text: `AI アシスタントより
ご質問の件、
認定アカウントの統合は、
セルフサービスの
マージツールで
行えます。
統合後は、
統合元の認定資格・
受験履歴・
特典(次回受験の 50% 割引など)が
統合先に表示されます。
Credly のバッジは、
統合後に
あらためて受け取る
必要がある場合があります。
解決しない場合は
ケースを作成してください。`,
  }),
  mk({
    slug: 'ai-misaligned-nbsp', kind: 'ai_answer', lang: 'ja', trusted: false, auth: 'misaligned', caseId: C.taro, note: 'AI-style answer whose DKIM is for a bulk sender and dmarc fails: untrusted',
    from: SUPPORT_CENTER, to: T, subject: `ケース ${C.taro} – 自動回答のご案内`, date: utc('2026-02-02 03:20:00'), enc: 'utf8qp',
    text: nbsp(`この回答は AI によって生成されました。
認定アカウント の 統合 には Merge Accounts ツール を ご利用ください。
ツール は 認定 ポータル の プロフィール 画面 に あります。
うまく いかない 場合 は 担当者 へ お問い合わせ ください。`),
  }),
  mk({
    slug: 'ai-alt-indent', kind: 'ai_answer', lang: 'ja', caseId: C.hanako, note: 'automated answer, multipart, lines indented with ideographic spaces',
    from: SUPPORT_CENTER, to: H, subject: `[ケース ${C.hanako}] Amazon Q による回答`, date: utc('2026-02-03 06:39:00'), enc: 'utf8qp',
    text: strayIndent(`※この回答は自動生成です
アカウントをまとめたい場合、
まずご自身で「Merge Accounts」をお試しください。
統合先のアカウントでサインインした状態で、
統合元のログイン情報を入力すると処理されます。
それでも解決しない場合はケースの作成へお進みください。`, ['', '　', '　　', '', '　', ' ']),
    html: `<div>※この回答は自動生成です</div><div>&nbsp;&nbsp;アカウントをまとめたい場合、まずご自身で「Merge Accounts」をお試しください。</div><div>　統合先のアカウントでサインインした状態で、統合元のログイン情報を入力すると処理されます。</div><div>それでも解決しない場合はケースの作成へお進みください。</div>`,
  }),
  mk({
    slug: 'ai-tabs-dkim', crlf: false, kind: 'ai_answer', lang: 'ja', auth: 'dkimonly', caseId: C.kenji, note: 'AI answer with tab-separated steps; aligned dkim pass only',
    from: SUPPORT_CENTER, to: K, subject: `ケース ${C.kenji}: よくある解決方法`, date: utc('2026-02-05 11:01:58'), enc: 'jis7',
    text: `生成AIによる提案\t(人による確認前)\n\n手順1\t認定アカウントにサインイン\n手順2\tプロフィール\t→\tアカウントのマージ\n手順3\t統合したいアカウントの資格情報を入力\n\n\t\tこの方法で統合できない場合のみ、ケースを作成してください。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'info-wrap34-quote', kind: 'info_request', lang: 'ja', caseId: C.taro, note: 'asks for both candidate IDs and which account to keep; wrapped at 34 columns, sloppy quote',
    to: T, subject: subj(C.taro), date: utc('2026-02-03 04:22:11'), enc: 'jis7',
    text: hardWrap(`山田 様

お問い合わせありがとうございます。AWS トレーニングと認定 カスタマーサービスの高橋です。

統合作業を進めるにあたり、以下の情報をお送りいただけますでしょうか。
・両アカウントの AWS 候補 ID
・それぞれのアカウントに登録のメールアドレス
・最終的に残したいアカウントはどちらか

よろしくお願いいたします。
高橋`, 34) + `\n\n` + sloppyQuote(taroAsk),
  }),
  mk({
    slug: 'info-blob', kind: 'info_request', lang: 'ja', caseId: C.hanako, note: 'asks for the old address and certification names, whole mail in one paragraph',
    to: H, subject: subj(C.hanako), date: utc('2026-02-04 08:09:44'), enc: 'utf8b64',
    text: oneBlob(`佐藤様
ご連絡ありがとうございます。
恐れ入りますが、旧アカウントでご利用だったメールアドレスと、そのアカウントで取得された認定資格の名称(例:Solutions Architect – Associate)をご返信いただけますと幸いです。
いただいた情報をもとに照合いたします。
AWS T&C サポート 木村`, true),
  }),
  mk({
    slug: 'info-confirmword-hk', kind: 'info_request', lang: 'ja', caseId: C.kenji, trap: true, note: 'worded with 確認 but asks which address to keep: information request',
    to: K, subject: subj(C.kenji), date: utc('2026-02-06 02:50:03'), enc: 'sjis8',
    text: `伊藤様

お世話になっております。
統合先として残す${hankaku('アカウント')}の${hankaku('メールアドレス')}を、ご確認のうえお知らせください。
${KENJI.keep} と ${KENJI.src} のどちらを残されるか、記載が見当たりませんでした。

${hankaku('サポートチーム')} 森`,
  }),
  mk({
    slug: 'info-circled', kind: 'info_request', lang: 'ja', caseId: C.misaki, note: 'numbered list with circled digits, asks for IDs and exam dates',
    to: M, subject: subj(C.misaki), date: utc('2026-02-08 01:33:27'), enc: 'utf8qp',
    text: `中村様

ご依頼の件、確認のため次の点を教えてください。
　①統合元アカウントの候補ID(AWS から始まる番号)
　②統合元で最後に受験された試験名と受験日
　　③ 統合先に使うメールアドレス
ご返信をいただき次第、手続きを進めます。

AWS Training and Certification 小林`,
  }),
  mk({
    slug: 'info-persentence', kind: 'info_request', lang: 'ja', caseId: C.taro, note: 'write from the kept address AND include both IDs: information request, one sentence per line',
    to: T, subject: subj(C.taro), date: utc('2026-02-04 05:10:00'), enc: 'jisb64',
    text: perSentence(`山田様、再度のご連絡ありがとうございます。お手数ですが、残されるアカウントのメールアドレスからこのケースにご返信ください。その際、統合元と統合先、両方の候補 ID を本文に記載してください。本人確認のため、ご氏名のローマ字表記も併せてお願いします。`) + `\n高橋`,
  }),
  mk({
    slug: 'info-outlook-top', kind: 'info_request', lang: 'ja', caseId: C.hanako, note: 'top-posted request for the company name under an Outlook header block, tab-indented',
    to: H, subject: subj(C.hanako), date: utc('2026-02-05 01:45:30'), enc: 'jis7',
    text: strayIndent(`佐藤様
ご返信ありがとうございます。
旧アカウントが会社の契約(APN)に紐づいているため、
当時の会社名と部署名を追ってお知らせいただけますか。`, ['', '\t', '\t', '  ']) + `

差出人: ${HANAKO.ja} <${HANAKO.keep}>
送信日時: 2026年2月4日 19:02
宛先: ${SUPPORT_BARE}
件名: RE: [CASE ${C.hanako}]

旧アドレスは ${HANAKO.src} です。
取得資格: Cloud Practitioner、Developer - Associate`,
  }),
  mk({
    slug: 'info-lookalike-sub', kind: 'info_request', lang: 'ja', caseId: C.kenji, trusted: false, note: 'asks for password and IDs from amazon.com.support-desk.net (look-alike): untrusted',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com.support-desk.net>', to: K, subject: subj(C.kenji), date: utc('2026-02-06 09:00:00'), enc: 'utf8qp',
    text: hardWrap(`伊藤様　統合手続きのため、両方のアカウントの候補ID、ログイン用メールアドレス、パスワードを本メールへの返信でお知らせください。48時間以内にご返信がない場合、認定資格が失効します。`, 30),
  }),
  mk({
    slug: 'info-mixed-boiler', kind: 'info_request', lang: 'ja', caseId: C.misaki, note: 'Japanese request for the certification notification address under English boilerplate',
    to: M, subject: subj(C.misaki), date: utc('2026-02-09 03:12:45'), enc: 'utf8qp',
    text: `Hello,
Thank you for contacting AWS Training and Certification.

中村様、統合元アカウントで「認定の通知先」として登録していたメールアドレスが分かれば教えてください。ログイン用と異なる場合があります。

We value your feedback. Please share your experience by rating this correspondence.
Best regards,
Yuki
AWS Training and Certification`,
  }),
  mk({
    slug: 'info-glued-sig', crlf: false, kind: 'info_request', lang: 'ja', caseId: C.taro, note: 'asks for full name and employer, signature glued to the last sentence',
    to: T, subject: subj(C.taro), date: utc('2026-02-05 07:41:09'), enc: 'sjisb64',
    text: `山田様\n\n統合元のアカウントは会社アカウントとして登録されております。ご登録時の会社名と、ご氏名を英字でご返信いただけますか。よろしくお願いいたします。AWS Training and Certification 高橋 Amazon Web Services Japan G.K.`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'conf-wrap30', kind: 'confirmation_request', lang: 'ja', caseId: C.taro, note: 'asks the user to agree to the irreversible merge; wrapped at 30 columns mid-word',
    to: T, subject: subj(C.taro), date: utc('2026-02-06 02:15:37'), enc: 'jis7',
    text: hardWrap(`山田様

情報のご提供ありがとうございました。

統合元: ${TARO.srcId}
統合先: ${TARO.keepId}

上記の内容で統合を行うと、元に戻すことはできません。このまま進めてよろしいか、本メールへのご返信でお知らせください。ご同意をいただいたのち手続きを開始します。

高橋`, 30),
  }),
  mk({
    slug: 'conf-blob', kind: 'confirmation_request', lang: 'ja', caseId: C.hanako, note: 'consent request as a single paragraph',
    to: H, subject: subj(C.hanako), date: utc('2026-02-06 05:58:20'), enc: 'utf8b64',
    text: oneBlob(`佐藤様
お待たせいたしました。
${HANAKO.src} のアカウントを ${HANAKO.keep} のアカウントへ統合する準備が整いました。
統合は取り消しができない操作となります。
ご了承いただける場合は「統合に同意します」とご返信ください。
木村`, true),
  }),
  mk({
    slug: 'conf-phrases-hk', kind: 'confirmation_request', lang: 'ja', caseId: C.kenji, note: 'consent request, phrase per line, half-width katakana',
    to: K, subject: subj(C.kenji), date: utc('2026-02-07 03:04:05'), enc: 'sjis8',
    text: `伊藤様
${hankaku('アカウント')}の
統合について、
最終のご確認です。
${KENJI.srcId} を
${KENJI.keepId} に
まとめます。
一度統合すると
元には戻せません。
問題なければ、
その旨ご返信ください。
森`,
  }),
  mk({
    slug: 'conf-indent-zen', kind: 'confirmation_request', lang: 'ja', caseId: C.misaki, note: 'consent request with stray ideographic-space indentation',
    to: M, subject: subj(C.misaki), date: utc('2026-02-10 00:20:11'), enc: 'jisb64',
    text: strayIndent(`中村様
ご回答ありがとうございます。
以下の通り統合いたしますが、よろしいでしょうか。
統合先　${MISAKI.keep}(${MISAKI.keepId})
統合元　${MISAKI.src}(${MISAKI.srcId})
※実施後の取り消しはできません。
承諾いただける旨のご返信をお待ちしております。
小林`, ['', '　', '　　', '　　', '', '　　　', '']),
  }),
  mk({
    slug: 'conf-failforged', kind: 'confirmation_request', lang: 'ja', trusted: false, auth: 'failThenForged', caseId: C.taro, note: 'consent request; topmost A-R fails, a pass planted lower down: untrusted',
    to: T, subject: subj(C.taro), date: utc('2026-02-06 04:00:00'), enc: 'utf8qp',
    text: `山田様\n統合を実行してよいか、下記フォームから同意をお願いします。https://aws-cert-merge.example.net/consent\n統合後の取り消しはできません。`,
  }),
  mk({
    slug: 'conf-alt-nbsp', kind: 'confirmation_request', lang: 'ja', caseId: C.hanako, note: 'consent request, multipart with no-break spaces',
    to: H, subject: subj(C.hanako), date: utc('2026-02-06 06:02:00'), enc: 'utf8qp',
    text: nbsp(`佐藤様 (再送)
先ほどのメールの 補足 です。
統合 の 実施 に は お客様 の 同意 が 必要 です。
よろしければ 「はい」 と だけ ご返信 ください。
木村`),
    html: `<p>佐藤様&nbsp;(再送)</p><p>先ほどのメールの&nbsp;補足&nbsp;です。<br>統合&nbsp;の&nbsp;実施&nbsp;に&nbsp;は&nbsp;お客様&nbsp;の&nbsp;同意&nbsp;が&nbsp;必要&nbsp;です。<br>よろしければ&nbsp;「はい」&nbsp;と&nbsp;だけ&nbsp;ご返信&nbsp;ください。</p><p>木村</p>`,
  }),
  mk({
    slug: 'conf-gmail-thread', kind: 'confirmation_request', lang: 'ja', caseId: C.kenji, note: 'consent request above a Gmail-quoted thread whose quote markers are uneven',
    to: K, subject: subj(C.kenji), date: utc('2026-02-07 08:30:44'), enc: 'jis7',
    text: `伊藤様

残すアカウントのご連絡ありがとうございます。
${KENJI.keep} 側に集約する形で進めます。統合は不可逆ですので、最終的なご意思をこのケースにご返信ください。

森

2026年2月7日(土) 9:12 ${KENJI.ja} <${KENJI.keep}>:
` + sloppyQuote(`森様
残すのは ${KENJI.keep} の方です。
よろしくお願いします。
伊藤`, ['> ', '', '>', '']),
  }),
  mk({
    slug: 'conf-noword', kind: 'confirmation_request', lang: 'ja', caseId: C.misaki, note: 'consent asked without the word 確認: 「同意いただける場合はその旨ご返信」',
    to: M, subject: subj(C.misaki), date: utc('2026-02-10 04:44:00'), enc: 'sjisb64',
    text: `中村様　統合元(${MISAKI.srcId})の受験履歴と特典は、統合先へ移った後に分け直すことができません。それでも差し支えなければ、同意いただける旨をこのメールへの返信でお伝えください。小林`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'done-wrap33', kind: 'merge_completed', lang: 'ja', caseId: C.taro, note: 'support says the two accounts are now one; wrapped at 33 columns',
    to: T, subject: subj(C.taro), date: utc('2026-02-07 01:05:20'), enc: 'jis7',
    text: hardWrap(`山田様

ご返信ありがとうございました。本日、${TARO.srcId} を ${TARO.keepId} へ統合する作業が完了しております。統合先のアカウントにサインインし、認定資格と特典が表示されていることをご確認ください。

高橋`, 33),
  }),
  mk({
    slug: 'done-blob-check', kind: 'merge_completed', lang: 'ja', caseId: C.hanako, note: 'completion notice asking to check all looks right, one paragraph',
    to: H, subject: subj(C.hanako), date: utc('2026-02-09 02:40:02'), enc: 'utf8b64',
    text: oneBlob(`佐藤様
お待たせしました。
ご依頼のアカウント統合処理を実施し、
旧アカウントの資格は ${HANAKO.keep} のアカウントへ移行済みです。
お手数ですが、資格・受験履歴・特典に不足がないかご確認ください。
木村`, true),
  }),
  mk({
    slug: 'done-portal', kind: 'merge_completed', lang: 'ja', note: 'certification portal notice that the accounts were merged (no case ID)',
    from: PORTAL, to: K, subject: `AWS 認定: アカウントの統合が完了しました`, date: utc('2026-02-08 13:00:09'), enc: 'jisb64',
    text: `${KENJI.ja} 様

　お客様の AWS 認定アカウント
　(候補 ID ${KENJI.srcId})
は、
　　候補 ID ${KENJI.keepId}
に統合されました。

今後は統合先のアカウントでサインインしてください。
AWS 認定`,
  }),
  mk({
    slug: 'done-close-hk', kind: 'merge_completed', lang: 'ja', caseId: C.misaki, note: 'merge done and the case will now be closed: the new fact is the merge',
    to: M, subject: subj(C.misaki), date: utc('2026-02-11 06:17:56'), enc: 'sjis8',
    text: perSentence(`中村様。ご同意ありがとうございました。${hankaku('アカウント')}の統合処理が終わりましたので、ご報告いたします。本件はこれにてｸﾛｰｽﾞさせていただきます。小林`),
  }),
  mk({
    slug: 'done-dmarcfail', kind: 'merge_completed', lang: 'ja', trusted: false, auth: 'fail', caseId: C.taro, note: 'completion claim with dmarc=fail: untrusted',
    to: T, subject: subj(C.taro), date: utc('2026-02-07 00:10:10'), enc: 'utf8qp',
    text: `山田様\n統合は完了しました。\n特典クーポンを受け取るには、以下から再ログインしてください。\nhttp://aws-training.example.org/login`,
  }),
  mk({
    slug: 'done-glued-indent', kind: 'merge_completed', lang: 'ja', caseId: C.hanako, note: 'merge reported done, stray indentation and a signature glued to the last line',
    to: H, subject: subj(C.hanako), date: utc('2026-02-09 02:41:00'), enc: 'jis7',
    text: `  佐藤様
\t先ほど、統合元 ${HANAKO.srcId} の
   認定履歴を統合先 ${HANAKO.keepId} に
移し終えました。ご確認ください。木村 / AWS Training and Certification`,
  }),
  mk({
    slug: 'done-html-blob', kind: 'merge_completed', lang: 'ja', caseId: C.kenji, note: 'HTML-only completion, all in one line of markup',
    to: K, subject: subj(C.kenji), date: utc('2026-02-08 05:23:40'), enc: 'utf8qp',
    html: `<div>伊藤様</div><div>ご同意いただきありがとうございました。${esc(KENJI.src)} のアカウントを ${esc(KENJI.keep)} のアカウントに統合いたしました。統合後の認定資格はすでに統合先に反映されています。</div><div>森</div>`,
  }),
  mk({
    slug: 'done-outlook-mixq', kind: 'merge_completed', lang: 'ja', caseId: C.misaki, note: 'merge completed, Outlook-style quote with markers on some lines only',
    to: M, subject: subj(C.misaki), date: utc('2026-02-11 06:20:00'), enc: 'jisb64',
    text: `中村様

統合手続きが完了いたしました。統合元アカウントはご利用いただけなくなります。

-----Original Message-----
` + sloppyQuote(`From: ${MISAKI.ja} <${MISAKI.keep}>
Sent: Wednesday, February 11, 2026 9:02 AM
To: ${SUPPORT_BARE}
Subject: RE: [CASE ${C.misaki}]
同意します。統合をお願いします。
中村`, ['', '', '> ', '', '> ', '']),
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'badge-credly-alt', kind: 'badges_transferred', lang: 'ja', note: 'AWS badge issued by Credly to the kept address',
    from: CREDLY_AWS, to: T, subject: `Amazon Web Services Training and Certificationのバッジ発行のお知らせ`, date: utc('2026-02-08 15:33:00'), enc: 'utf8qp',
    text: `山田 太郎 さん

Amazon Web Services Training and Certification から
AWS Certified Solutions Architect – Associate
のバッジが発行されました。

　　バッジを入手する　https://www.credly.com/badges/8b1f3a70/accept

Credly`,
    html: `<table><tr><td>山田 太郎 さん</td></tr><tr><td>Amazon Web Services Training and Certification から <b>AWS Certified Solutions Architect – Associate</b> のバッジが発行されました。</td></tr><tr><td><a href="https://www.credly.com/badges/8b1f3a70/accept">バッジを入手する</a></td></tr></table>`,
  }),
  mk({
    slug: 'badge-support-wrap31', kind: 'badges_transferred', lang: 'ja', caseId: C.hanako, note: 'support says the Credly badges moved and closes; wrapped at 31 columns',
    to: H, subject: subj(C.hanako), date: utc('2026-02-12 04:02:50'), enc: 'jis7',
    text: hardWrap(`佐藤様

ご指摘いただいた Credly のデジタルバッジについて、統合元のバッジ 2 件を ${HANAKO.keep} の Credly アカウントへ移しました。Credly にサインインして表示をご確認ください。以上をもちまして本ケースをクローズいたします。

木村`, 31),
  }),
  mk({
    slug: 'badge-support-blob', kind: 'badges_transferred', lang: 'ja', caseId: C.kenji, note: 'badges moved to the kept account, one paragraph',
    to: K, subject: subj(C.kenji), date: utc('2026-02-10 07:07:07'), enc: 'sjisb64',
    text: oneBlob(`伊藤様
お問い合わせのバッジの件、
Credly 側で統合先のメールアドレスへの付け替えを行いました。
現在は ${KENJI.keep} のプロフィールに全てのバッジが表示されているはずです。
森`, true),
  }),
  mk({
    slug: 'badge-credly-html', kind: 'badges_transferred', lang: 'ja', note: 'HTML-only Credly issue notice of an AWS badge, no line breaks',
    from: CREDLY_AWS, to: M, subject: `Amazon Web Services Training and Certificationのバッジ発行のお知らせ`, date: utc('2026-02-12 10:41:18'), enc: 'utf8b64',
    html: `<html><body><p>中村 美咲 さん、おめでとうございます。Amazon Web Services Training and Certification から「AWS Certified Cloud Practitioner」のバッジが発行されました。<a href="https://www.credly.com/badges/c0ffee12/accept">バッジを入手する</a> このメールは ${esc(MISAKI.keep)} 宛てに送信されています。</p></body></html>`,
  }),
  mk({
    slug: 'badge-credIy', kind: 'badges_transferred', lang: 'ja', trusted: false, note: 'badge notice from credIy.com (capital I look-alike): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: T, subject: `Amazon Web Services Training and Certificationのバッジ発行のお知らせ`, date: utc('2026-02-09 22:00:00'), enc: 'utf8qp',
    text: hardWrap(`山田さん　AWS Certified Developer – Associate のバッジが発行されました。バッジを入手する: https://credly-badge-claim.example.net/accept?u=taro`, 35),
  }),
  mk({
    slug: 'badge-support-phrases', kind: 'badges_transferred', lang: 'ja', caseId: C.hanako, note: 'badges now on the kept Credly profile, one phrase per line',
    to: H, subject: subj(C.hanako), date: utc('2026-02-11 03:30:30'), enc: 'jisb64',
    text: `佐藤様
お待たせしました。
旧アカウントで
獲得された
Credly バッジを、
統合先の
アカウントへ
移行しました。
プロフィール上で
ご確認いただけます。
木村`,
  }),
  mk({
    slug: 'badge-stars-hk', kind: 'badges_transferred', lang: 'ja', caseId: C.kenji, note: 'star-bulleted list of moved badges, half-width katakana',
    to: K, subject: subj(C.kenji), date: utc('2026-02-10 07:20:00'), enc: 'sjis8',
    text: `伊藤様

以下の${hankaku('バッジ')}を統合先 (${KENJI.keep}) へ移しました。
★ AWS Certified Solutions Architect - Associate
★ AWS Certified SysOps Administrator - Associate
　★ AWS Certified Cloud Practitioner
${hankaku('メール')}で届く受け取りの案内は不要です。森`,
  }),
  mk({
    slug: 'badge-credly-dkim', kind: 'badges_transferred', lang: 'ja', auth: 'dkimonly', note: 'Credly issue notice of an AWS badge, aligned dkim only, ragged indentation',
    from: CREDLY_AWS, to: M, subject: `Amazon Web Services Training and Certificationのバッジ発行のお知らせ`, date: utc('2026-02-12 10:45:00'), enc: 'jis7',
    text: strayIndent(`中村 美咲 さん
Amazon Web Services Training and Certification が
AWS Certified Developer - Associate
のバッジを発行しました。
バッジを入手する
https://www.credly.com/badges/d00d2277/accept`, ['', '    ', '', '\t', ' ', '']),
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'close-remind-wrap35', kind: 'case_closed', lang: 'ja', caseId: C.taro, note: 'will auto-close in 3 days without a reply; wrapped at 35 columns',
    from: NOTIFY, to: T, subject: `ケース ${C.taro} はまもなく自動的にクローズされます`, date: utc('2026-02-10 00:00:15'), enc: 'jis7',
    text: hardWrap(`山田 太郎 様

ケース ${C.taro} について、サポート担当者からの最後の連絡以降、お客様からのご返信を確認できておりません。3 日以内にご返信がない場合、このケースは自動的にクローズされます。

Amazon Web Services`, 35),
  }),
  mk({
    slug: 'close-restate-blob', kind: 'case_closed', lang: 'ja', caseId: C.hanako, trap: true, note: 'closing notice that only restates last week\'s merge; one paragraph',
    to: H, subject: subj(C.hanako), date: utc('2026-02-16 01:10:00'), enc: 'utf8b64',
    text: oneBlob(`佐藤様
先週ご報告のとおりアカウントの統合は済んでおり、
その後ご質問もございませんでしたので、
本ケースは解決済みとしてクローズいたします。
木村`, true),
  }),
  mk({
    slug: 'close-resolved-hk', kind: 'case_closed', lang: 'ja', caseId: C.kenji, note: 'case marked resolved, half-width katakana',
    from: NOTIFY, to: K, subject: `ケース ${C.kenji} は解決済みになりました`, date: utc('2026-02-13 05:00:00'), enc: 'sjis8',
    text: hankaku(`伊藤 健司 様

お客様のケース ${C.kenji} は「解決済み」に変更されました。
再度のお問い合わせが必要な場合は、サポートセンターからケースを再開してください。

アマゾン ウェブ サービス`),
  }),
  mk({
    slug: 'close-persentence', kind: 'case_closed', lang: 'ja', caseId: C.misaki, note: 'closure notice, one sentence per line',
    from: SUPPORT_CENTER, to: M, subject: `ケース ${C.misaki} のクローズについて`, date: utc('2026-02-14 09:09:09'), enc: 'jisb64',
    text: perSentence(`中村 美咲 様。ケース ${C.misaki} はクローズされました。ご利用ありがとうございました。ケースは 14 日以内であれば再開できます。`),
  }),
  mk({
    slug: 'close-forgedbelow', kind: 'case_closed', lang: 'ja', trusted: false, auth: 'forgedBelow', caseId: C.taro, note: 'closing notice whose only dmarc=pass sits below the server Received line: untrusted',
    from: NOTIFY, to: T, subject: `ケース ${C.taro} はクローズされました`, date: utc('2026-02-11 11:11:11'), enc: 'utf8qp',
    text: `山田様　ケース ${C.taro} はクローズされました。\nケースの評価をお願いします: https://survey.example.net/aws`,
  }),
  mk({
    slug: 'close-indent-short', crlf: false, kind: 'case_closed', lang: 'ja', caseId: C.hanakoDup, note: 'duplicate case closed with nothing else, ragged indent',
    to: H, subject: subj(C.hanakoDup), date: utc('2026-02-04 09:30:00'), enc: 'jis7',
    text: `    佐藤様
  同じご依頼が別ケース(${C.hanako})で進行中のため、
\tこちらのケースはクローズいたします。
            木村`,
  }),
  mk({
    slug: 'close-alt-nbsp', kind: 'case_closed', lang: 'ja', caseId: C.kenji, note: 'resolved-and-closed notice, multipart, no-break spaces',
    from: SUPPORT_CENTER, to: K, subject: `ケース ${C.kenji}: 解決済み`, date: utc('2026-02-13 05:01:00'), enc: 'utf8qp',
    text: nbsp(`伊藤 様\nご依頼 の ケース は 解決 と して クローズ されました 。\nAWS サポート`),
    html: `<p>伊藤&nbsp;様</p><p>ご依頼&nbsp;の&nbsp;ケース&nbsp;は&nbsp;解決&nbsp;と&nbsp;して&nbsp;クローズ&nbsp;されました&nbsp;。</p><p>AWS&nbsp;サポート</p>`,
  }),
  mk({
    slug: 'close-restate-badges', kind: 'case_closed', lang: 'ja', caseId: C.misaki, trap: true, note: 'closing that restates the earlier badge move and merge',
    to: M, subject: subj(C.misaki), date: utc('2026-02-18 02:02:02'), enc: 'sjisb64',
    text: `中村様\n\n先日お伝えした通り、統合とバッジの付け替えはいずれも済んでおります。\n以降ご連絡がございませんので、本件はクローズとさせていただきます。小林`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'reply-future-wrap32', kind: 'support_reply', lang: 'ja', caseId: C.taro, trap: true, note: 'status: will report once the merge is done (future); wrapped at 32',
    to: T, subject: subj(C.taro), date: utc('2026-02-06 08:00:00'), enc: 'jis7',
    text: hardWrap(`山田様

ご同意ありがとうございます。担当チームにて統合作業を進めております。統合が完了しましたら、改めてこちらのケースでご連絡いたしますので、今しばらくお待ちください。

高橋`, 32),
  }),
  mk({
    slug: 'reply-thanksconf-blob', kind: 'support_reply', lang: 'ja', caseId: C.hanako, trap: true, note: 'thanks for confirming, passed to the team; one paragraph',
    to: H, subject: subj(C.hanako), date: utc('2026-02-07 00:30:00'), enc: 'utf8b64',
    text: oneBlob(`佐藤様
ご確認のご返信をありがとうございました。
統合の担当部署へ依頼を引き継ぎました。
処理には数営業日かかる場合があります。
木村`, true),
  }),
  mk({
    slug: 'reply-notyet-hk', kind: 'support_reply', lang: 'ja', caseId: C.kenji, trap: true, note: 'the merge has not been completed yet (negated)',
    to: K, subject: subj(C.kenji), date: utc('2026-02-09 01:00:00'), enc: 'sjis8',
    text: `伊藤様

お問い合わせの件、現時点では統合は完了しておりません。
${hankaku('システム')}側の処理待ちとなっており、${hankaku('ステータス')}に変化があり次第ご連絡します。

森`,
  }),
  mk({
    slug: 'reply-escalate', kind: 'support_reply', lang: 'ja', caseId: C.misaki, note: 'escalated to the specialist team, one sentence per line',
    to: M, subject: subj(C.misaki), date: utc('2026-02-09 06:06:06'), enc: 'jisb64',
    text: perSentence(`中村様、お待たせしております。本件は専門チームへエスカレーションいたしました。回答まで少々お時間をいただく見込みです。進捗がありましたらご連絡いたします。`) + `\n小林`,
  }),
  mk({
    slug: 'reply-dupcases', kind: 'support_reply', lang: 'ja', caseId: C.hanako, trap: true, note: 'duplicate CASES merged into one, not the account merge',
    to: H, subject: subj(C.hanako), date: utc('2026-02-04 09:31:00'), enc: 'utf8qp',
    text: hardWrap(`佐藤様　同じ内容のお問い合わせが 2 件ございましたので、ケース ${C.hanakoDup} を本ケースにマージ(統合)しました。今後のやり取りはこちらでお願いします。木村`, 40),
  }),
  mk({
    slug: 'reply-unable', kind: 'support_reply', lang: 'ja', caseId: C.taro, trap: true, note: 'unable to merge while an exam is booked (negated); asks nothing',
    to: T, subject: subj(C.taro), date: utc('2026-02-05 02:00:00'), enc: 'jis7',
    text: `山田様

確認したところ、統合元アカウントに
2 月 20 日の試験予約が入っているため、
現時点では統合を実施できません。
受験後に改めて手続きいたしますので、
このケースはそのまま開いておきます。

高橋`,
  }),
  mk({
    slug: 'reply-writefromkeep', kind: 'support_reply', lang: 'ja', caseId: C.kenji, note: 'asks the user to write from the kept address, without asking for data',
    to: `${KENJI.ja} <${KENJI.src}>`, subject: subj(C.kenji), date: utc('2026-02-06 01:00:00'), enc: 'sjisb64',
    text: `伊藤様\n\nお手数ですが、今後のご連絡は統合先として残すアカウントのメールアドレスからお送りください。\n\t本人確認の都合上、旧アドレスからのご依頼には対応いたしかねます。\n森`,
  }),
  mk({
    slug: 'reply-voucher-nbsp', kind: 'support_reply', lang: 'ja', caseId: C.misaki, note: 'answers a voucher question, full-width Latin and no-break spaces',
    to: M, subject: subj(C.misaki), date: utc('2026-02-12 00:45:00'), enc: 'utf8qp',
    text: nbsp(`中村様\n${zenkaku('50%')} 割引 の 特典 は 有効期限 内 で あれば ${zenkaku('Benefits')} の ページ から ご利用 いただけます 。\n小林`),
  }),
  mk({
    slug: 'reply-lookalike', kind: 'support_reply', lang: 'ja', trusted: false, caseId: C.taro, note: 'status reply from aws-training-jp.com (not an AWS domain): untrusted',
    from: 'AWS トレーニングと認定 <support@aws-training-jp.com>', to: T, subject: subj(C.taro), date: utc('2026-02-05 10:00:00'), enc: 'utf8b64',
    text: `山田様\nご依頼は担当部署で確認中です。\n処理を早めるには、こちらから手数料をお支払いください。`,
  }),
  mk({
    slug: 'reply-badgefuture-mixq', kind: 'support_reply', lang: 'ja', caseId: C.hanako, trap: true, note: 'badge move in progress, will report when done (future); uneven quotes below',
    to: H, subject: subj(C.hanako), date: utc('2026-02-10 03:00:00'), enc: 'jis7',
    text: `佐藤様
バッジの件、Credly 側の担当者へ依頼を出しました。
移行が済みましたらご連絡いたします。
木村

2026年2月10日(火) 10:22 ${HANAKO.ja} <${HANAKO.keep}>:
` + sloppyQuote(`統合後、Credly のバッジが旧アドレスのままです。
移していただけますか。
佐藤`, ['>', '', '> ']),
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'survey', kind: 'unrelated', lang: 'ja', caseId: C.taro, trap: true, note: 'survey about the resolved case',
    from: 'AWS Support <aws-support-survey@amazon.com>', to: T, subject: `ご対応はいかがでしたか? (ケース ${C.taro})`, date: utc('2026-02-11 12:00:00'), enc: 'utf8qp',
    text: hardWrap(`山田 太郎 様　先日解決したケース ${C.taro} について、サポートの品質向上のため 1 分ほどのアンケートにご協力ください。問題は解決しましたか? はい / いいえ`, 38),
  }),
  mk({
    slug: 'credly-ms', kind: 'unrelated', lang: 'ja', trap: true, note: 'Credly badge from Microsoft, another issuer',
    from: 'Microsoft via Credly <admin@credly.com>', to: T, subject: `Microsoftのバッジ発行のお知らせ`, date: utc('2026-02-09 16:00:00'), enc: 'utf8b64',
    html: `<p>山田 太郎 さん</p><p>Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。</p><p><a href="https://www.credly.com/badges/aa11bb22/accept">バッジを入手する</a></p>`,
  }),
  mk({
    slug: 'credly-mergecode', kind: 'unrelated', lang: 'ja', trap: true, note: 'Credly\'s own account-merge verification code mail',
    from: 'Credly <no-reply@credly.com>', to: H, subject: `Credly アカウントの統合コード`, date: utc('2026-02-12 07:30:00'), enc: 'jisb64',
    text: perSentence(`佐藤 花子 さん。Credly アカウントの統合リクエストを受け付けました。統合を完了するには次のコードを入力してください。コード 482913 は 30 分間有効です。`),
  }),
  mk({
    slug: 'own-forward', kind: 'unrelated', lang: 'ja', trusted: false, caseId: C.taro, trap: true, note: 'the user forwarding the completion notice to his other address',
    from: T, to: `${TARO.ja} <${TARO.src}>`, subject: `Fw: ${subj(C.taro)}`, date: jst('2026-02-07 12:00:00'), enc: 'sjis8', relay: 'smtp.example.com',
    text: `会社側にも控えを残しておく。\n\n---------- Forwarded message ---------\nFrom: AWS Training and Certification <${SUPPORT_BARE}>\nDate: 2026年2月7日(土) 10:05\nSubject: ${subj(C.taro)}\n\n山田様\n本日、${TARO.srcId} を ${TARO.keepId} へ統合する作業が完了しております。`,
  }),
  mk({
    slug: 'ooo-oldcorp', kind: 'unrelated', lang: 'ja', trusted: false, trap: true, caseId: C.hanako, note: 'old employer\'s auto-reply quoting the merge subject',
    from: '自動応答 <noreply@oldcorp.example.com>', to: H, subject: `自動応答: ${subj(C.hanako)}`, date: jst('2026-02-06 15:00:00'), enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `本メールは自動返信です。\n佐藤は 2026 年 1 月 31 日をもって退職いたしました。\n　今後のご連絡は代表アドレスまでお願いいたします。\n\n件名: ${subj(C.hanako)}\n> 統合を行うと元に戻すことはできません。`,
  }),
  mk({
    slug: 'othercase-refund', kind: 'unrelated', lang: 'ja', caseId: C.taroOther, trap: true, note: 'receipt of the user\'s other case about an exam refund',
    from: NOTIFY, to: T, subject: `AWS サポート: ケース ${C.taroOther} を受け付けました`, date: utc('2026-02-13 00:30:00'), enc: 'jis7',
    text: hardWrap(`山田 太郎 様　ケース ${C.taroOther} を受け付けました。件名: 試験の受験料返金について (Pearson VUE 予約のキャンセル)。担当者より返金の可否をご連絡いたします。`, 36),
  }),
  mk({
    slug: 'exam-result', kind: 'unrelated', lang: 'ja', trap: true, note: 'exam result notice ("認定が完了"), not a merge',
    from: PORTAL, to: M, subject: `AWS 認定試験の結果のお知らせ`, date: utc('2026-02-15 04:00:00'), enc: 'utf8qp',
    text: strayIndent(`中村 美咲 様
おめでとうございます。
AWS Certified Solutions Architect - Professional に合格し、認定の手続きが完了しました。
デジタルバッジは数日以内に Credly から届きます。`, ['', '  ', '', '\t']),
  }),
  mk({
    slug: 'summit-reg', kind: 'unrelated', lang: 'ja', trap: true, note: 'event registration completed, marketing',
    from: 'AWS Summit Japan <aws-apac-events@amazon.com>', to: K, subject: `【AWS Summit Japan】ご登録が完了しました`, date: utc('2026-02-14 02:00:00'), enc: 'utf8b64',
    text: oneBlob(`伊藤 健司 様
AWS Summit Japan へのご登録が完了しました。
当日は受付で QR コードをご提示ください。
セッションの事前予約は 5 月から開始します。`, true),
  }),
  mk({
    slug: 'colleague-teamlist', kind: 'unrelated', lang: 'ja', trusted: false, forUser: false, trap: true, note: 'a colleague tells a team list about his own merge; not addressed to the user',
    from: '鈴木 一郎 <suzuki@corp.example.co.jp>', to: 'infra-team@corp.example.co.jp', subject: `認定アカウント統合の件 共有`, date: jst('2026-02-10 18:00:00'), enc: 'sjisb64', relay: 'mail.corp.example.co.jp',
    text: hardWrap(`各位　お疲れさまです。鈴木です。先日サポートに依頼していた認定アカウントの統合が完了し、バッジも移りました。手順を Wiki にまとめたので、退職・異動予定の方は参考にしてください。`, 34),
  }),
  mk({
    slug: 'billing-resent', kind: 'unrelated', lang: 'ja', forUser: false, trap: true, note: 'Skill Builder payment completed, redirected by the old company (Resent-*)',
    from: 'AWS Skill Builder <no-reply@aws.training>', to: `${HANAKO.ja} <${HANAKO.src}>`, subject: `AWS Skill Builder: お支払いが完了しました`, date: utc('2026-02-01 00:00:00'), enc: 'jis7',
    resent: { from: 'postmaster@oldcorp.example.com', to: 'it-helpdesk@oldcorp.example.com', date: jst('2026-02-01 09:05:00') },
    text: `佐藤 花子 様\nAWS Skill Builder 個人サブスクリプションのお支払いが完了しました。\n　次回更新日: 2026/03/01`,
  }),
  mk({
    slug: 'skillbuilder-course', kind: 'unrelated', lang: 'ja', trap: true, note: 'course completion certificate from Skill Builder',
    from: 'AWS Skill Builder <no-reply@aws.training>', to: K, subject: `コース修了のお知らせ`, date: utc('2026-02-16 08:00:00'), enc: 'jis7',
    text: `伊藤 健司 様\n\n「AWS Cloud Practitioner Essentials」\nを修了しました。\n修了証はマイページから\nダウンロードできます。`,
  }),
];
