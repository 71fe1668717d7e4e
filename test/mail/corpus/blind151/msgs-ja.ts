// Japanese messages of set "et": the news sits in the subject over a thin body,
// or the subject is stale/generic/misleading and the body tells what happened.
import type { Msg } from './lib.js';
import { AWS_NOTIFY, CASE, CERT_PORTAL, CREDLY_AWS, HANAKO, KENJI, M, SUPPORT, TARO, formSubject, quote, sfOriginal, sfRef } from './common.js';

const SIG1 = 'AWS トレーニングと認定\nカスタマーサポート';
const SIG2 = '--\nAmazon Web Services\nTraining & Certification サポートチーム';
const SIG3 = '---------------------------------\nアマゾン ウェブ サービス ジャパン合同会社\nAWS Training and Certification\n---------------------------------';

const taroAsk = `AWS認定のアカウントが2つあるので、1つにまとめたいです。
残す方: ${TARO.keepId} / ${TARO.keep}
消す方: ${TARO.srcId} / ${TARO.src}
山田`;

const hanakoAsk = `お世話になります、佐藤です。
前職のアドレス(${HANAKO.src})で作った認定アカウントを、いまの個人アドレスの方へ寄せてもらえますか。
よろしくお願いします。`;

const kenjiAsk = `森と申します。転職のため、旧会社アドレス ${KENJI.src} のAWS認定アカウントを
${KENJI.keep} のアカウントと統合したく、ご連絡いたしました。`;

export const JA: Msg[] = [
  // ---------------- acknowledgement ----------------
  M({
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.taro, enc: 'jis7', from: AWS_NOTIFY,
    subject: `[CASE ${CASE.taro}] お問い合わせを受け付けました`,
    text: 'Amazon Web Services\n\nこのメールは送信専用のアドレスからお送りしています。',
    note: 'receipt told by the subject (case ID + 受け付けました); the body is only the sender boilerplate',
  }),
  M({
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.hanako, enc: 'sjis8', from: AWS_NOTIFY, to: HANAKO.keep,
    subject: `【受付完了】AWS トレーニングと認定へのお問い合わせ (ケース ID ${CASE.hanako})`,
    text: '',
    note: 'empty body; the subject is the automatic receipt with the case ID',
  }),
  M({
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji, enc: 'utf8qp', from: AWS_NOTIFY, to: KENJI.keep,
    subject: 'お問い合わせ',
    text: `${KENJI.ja} 様\n\nケース ${CASE.kenji} を作成しました。担当者より、通常1から2営業日のうちにご連絡差し上げます。\n同じ内容で別のケースを作成されますと、回答が遅れる場合がございます。\n\nAmazon Web Services`,
    note: 'generic subject; the body is the automatic case-created receipt',
  }),
  M({
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.taro, enc: 'utf8b64', from: AWS_NOTIFY,
    subject: `ケースが作成されました: ${CASE.taro}`,
    text: `https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.taro}&language=ja`,
    note: 'link-only body under a case-created subject: receipt',
  }),
  M({
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.hanako, enc: 'jis7', to: HANAKO.keep, trusted: false,
    from: 'AWS サポート <no-reply-aws@amazon-notice.jp>',
    subject: `[受付] ケース番号 ${CASE.hanako}`,
    text: 'お問い合わせ内容の確認はこちら\nhttp://amazon-notice.jp/case/login',
    note: 'a receipt in form but from the look-alike domain amazon-notice.jp: untrusted',
  }),
  M({
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.kenji, enc: 'jisb64', from: AWS_NOTIFY, to: KENJI.keep, trap: true,
    subject: 'お問い合わせ内容のご確認',
    text: `以下の内容でお問い合わせを承りました。\n\nケース ID: ${CASE.kenji}\nお問い合わせの種類: AWS トレーニングと認定\nカテゴリ: account-assistance\n候補者 ID: ${KENJI.keepId}\nメールアドレス: ${KENJI.keep}\n\n※本メールは自動送信です。`,
    note: 'receipt echoing the submitted fields; 「ご確認」 in the subject is not a confirmation request',
  }),
  M({
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.taro, enc: 'jisb64', from: AWS_NOTIFY,
    subject: `[CASE ${CASE.taro}] 新しいケースが作成されました`,
    html: `<html><body><table border="0" cellpadding="4">\n<tr><td>ケース ID</td><td>${CASE.taro}</td></tr>\n<tr><td>重要度</td><td>一般的なガイダンス</td></tr>\n<tr><td>ステータス</td><td>未割り当て</td></tr>\n</table></body></html>`,
    note: 'HTML-only table of case fields under a case-created subject',
  }),
  M({
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.hanako, enc: 'sjisb64', from: AWS_NOTIFY, to: HANAKO.keep,
    subject: `自動送信: お問い合わせ番号 ${CASE.hanako} を発行しました`,
    text: '-- \nAWS Training and Certification\nhttps://aws.amazon.com/jp/training/',
    note: 'signature-only body; the subject says a case number was issued (receipt)',
  }),

  // ---------------- ai_answer ----------------
  M({
    kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'jis7', from: AWS_NOTIFY,
    subject: '【AI による回答】アカウントの統合は Merge Accounts ツールでお手続きいただけます',
    text: '回答の全文はサポートセンターでご覧ください。\nhttps://support.aws.amazon.com/#/contacts/aws-training',
    note: 'the AI suggestion is in the subject; the body only links to it',
  }),
  M({
    kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf8qp', from: AWS_NOTIFY, to: HANAKO.keep,
    subject: '自動回答のご案内',
    text: 'この回答は生成 AI によって作成されました。\n認定アカウントの統合は、認定アカウントにサインインし、プロフィールの「Merge Accounts」から行えます。\n解決しない場合は「ケースを作成」を選んでください。',
    note: 'generic subject; body is the generated self-service suggestion',
  }),
  M({
    kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'sjis8', from: AWS_NOTIFY, to: KENJI.keep, trap: true,
    subject: 'Re: アカウントをまとめたい',
    text: `[生成 AI による回答]\nセルフサービスの統合ツールをお試しください。統合が終わると認定履歴は残したアカウントに表示され、Credly のバッジはあらためて受け取り直す必要があります。\nこの回答で解決しましたか?\n\n${quote(kenjiAsk)}`,
    note: 'AI answer that explains what happens after a merge and mentions badges: still ai_answer',
  }),
  M({
    kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'sjis8', from: AWS_NOTIFY,
    subject: '[自動応答] 認定アカウントの統合 - セルフサービスで解決できる可能性があります',
    text: '次のページをご覧ください。\nhttps://aws.amazon.com/jp/certification/faqs/',
    note: 'subject carries the automated self-service suggestion; body is a link',
  }),
  M({
    kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf8b64', from: AWS_NOTIFY, to: HANAKO.keep,
    subject: 'お問い合わせ内容に対する回答案',
    text: 'Amazon Q が作成した回答です。誤りを含む可能性があります。\n\nどちらのアカウントにも認定の履歴がある場合、統合ツールはご利用になれないことがあります。その場合はケースを作成してサポートにお問い合わせください。',
    note: 'generated answer pointing to the tool or to opening a case',
  }),
  M({
    kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf8b64', from: AWS_NOTIFY, to: KENJI.keep,
    subject: 'Merge Accounts ツールのご案内 (自動生成)',
    text: 'ご不明な点は、本メールへの返信ではなくお問い合わせフォームからお寄せください。',
    note: 'the tool suggestion is in the subject; the body is a no-reply line',
  }),
  M({
    kind: 'ai_answer', lang: 'ja', caseId: CASE.hanako, enc: 'jisb64', to: HANAKO.keep,
    subject: formSubject(CASE.hanako),
    text: `※このメッセージはシステムが自動で作成した回答です。\n「認定アカウントの統合」については、認定ポータルのプロフィール画面にある統合ツールで、お客様ご自身で行える場合がございます。\n\n${sfRef('4Hk21aB')}`,
    note: 'arrives on the case thread with the form subject, but the body is an automated suggestion',
  }),
  M({
    kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'jis7', from: AWS_NOTIFY,
    subject: 'よくあるご質問から回答をお届けします',
    text: 'Q. 認定アカウントが2つあります。\nA. プロフィールの Merge Accounts から統合をお試しいただけます。\n\n(この回答は自動で選ばれました)',
    note: 'automatically chosen FAQ answer suggesting the tool',
  }),

  // ---------------- info_request ----------------
  M({
    kind: 'info_request', lang: 'ja', caseId: CASE.taro, enc: 'jis7',
    subject: `【要返信】統合に必要な情報のご提供のお願い [CASE ${CASE.taro}]`,
    text: `詳細はサポートセンターのケース画面をご覧ください。\n\n${SIG1}`,
    note: 'the request for information is the subject; the body only points to the case page',
  }),
  M({
    kind: 'info_request', lang: 'ja', caseId: CASE.kenji, enc: 'sjis8', to: KENJI.keep, trap: true,
    subject: `Re: [CASE ${CASE.kenji}] お問い合わせを受け付けました`,
    text: `森様\n\n統合元アカウントの候補者 ID と、登録されているメールアドレスをお送りいただけますか。\nどちらのアカウントを残されるかも、あわせてお知らせください。\n\n${SIG2}`,
    note: 'stale receipt subject kept; body asks for IDs, addresses and which account to keep',
  }),
  M({
    kind: 'info_request', lang: 'ja', caseId: CASE.hanako, enc: 'utf8qp', to: HANAKO.keep, trap: true,
    subject: 'アカウント統合について',
    text: `佐藤様\n\nケース ${CASE.hanako} の件、残されるアカウントのメールアドレスをご確認のうえ、お知らせください。\n\n${SIG1}`,
    note: '「ご確認のうえお知らせください」 asks for information, not consent',
  }),
  M({
    kind: 'info_request', lang: 'ja', caseId: CASE.taro, enc: 'jisb64', auth: 'forgedBelow', trusted: false,
    subject: '【重要】候補者IDのご提出について',
    text: `ケース ${CASE.taro} の統合手続きのため、下記から候補者IDとパスワードを入力してください。\nhttp://aws-cert-verify.example.net/form`,
    note: 'asks for IDs but the only dmarc=pass sits below the server Received line: untrusted',
  }),
  M({
    kind: 'info_request', lang: 'ja', caseId: '1793317740', enc: 'utf88bit', to: '田中 一郎 <tanaka.ichiro@example.co.jp>', forUser: false,
    subject: formSubject('1793317740'),
    text: '田中様\n\n統合を進めるにあたり、旧アカウントの候補者 ID (AWS から始まる番号) をお知らせください。\n\nAWS トレーニングと認定',
    note: "another customer's information request, delivered to that person's address: not for the user",
  }),
  M({
    kind: 'info_request', lang: 'ja', caseId: CASE.kenji, enc: 'jis7', to: KENJI.keep,
    subject: 'Re: Re: 統合の件',
    text: `お手数ですが、旧アカウントで受験された試験の名称と合格日を、おわかりになる範囲でお書き添えいただけますと幸いです。\n(ケース番号 ${CASE.kenji})\n\n${SIG3}\n\n2026年10月2日(金) 9:14 ${KENJI.ja} <${KENJI.keep}>:\n${quote('よろしくお願いします。\n\n' + kenjiAsk)}`,
    note: 'generic Re: Re: subject; body asks for exam names and pass dates without the word 「ください」',
  }),
  M({
    kind: 'info_request', lang: 'ja', caseId: CASE.hanako, enc: 'sjisb64', to: HANAKO.keep,
    subject: '【ご連絡】追加の情報をいただきたく',
    text: `ケース ${CASE.hanako}\n\n--\nAWS T&C サポート`,
    note: 'the body is the case number and a signature; the subject asks for more information',
  }),
  M({
    kind: 'info_request', lang: 'ja', caseId: CASE.taro, enc: 'utf8b64',
    subject: formSubject(CASE.taro),
    text: `山田様\n\n恐れ入りますが、残されるアカウントのメールアドレスから、両アカウントの候補者 ID を記載してご返信いただけますでしょうか。\n\n${SIG1}\n\n${sfRef('7Tq04Lm')}`,
    note: 'write from the kept address AND give both candidate IDs: info_request',
  }),
  M({
    kind: 'info_request', lang: 'ja', caseId: CASE.kenji, enc: 'jisb64', to: KENJI.keep, trap: true,
    subject: '【完了】アカウント統合のご報告',
    text: `森様\n\n(件名は定型のまま失礼いたします)\n統合作業の前に、${KENJI.srcId} のアカウントにご登録の氏名(ローマ字表記)を教えていただけますか。\n\nケース ${CASE.kenji}\n${SIG2}`,
    note: 'misleading completion subject from a template; the body asks for the registered name before merging',
  }),

  // ---------------- confirmation_request ----------------
  M({
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.taro, enc: 'jis7',
    subject: `【ご確認のお願い】アカウント統合の最終同意 [CASE ${CASE.taro}]`,
    text: `本メールにご返信ください。\n\n${SIG1}`,
    note: 'consent request in the subject; the body only says reply to this mail',
  }),
  M({
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji, enc: 'utf8qp', to: KENJI.keep,
    subject: `統合実行前の同意確認 (ケース ${CASE.kenji})`,
    text: '',
    note: 'empty body; the subject asks for consent before the merge is run',
  }),
  M({
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.hanako, enc: 'sjis8', to: HANAKO.keep,
    subject: formSubject(CASE.hanako),
    text: `佐藤様\n\n以下の内容で統合を進めてよろしいでしょうか。\n統合元: ${HANAKO.srcId} → 統合先: ${HANAKO.keepId}\n統合後は元に戻すことができません。ご同意いただける場合は、その旨ご返信ください。\n\n${SIG2}\n\n${sfOriginal(HANAKO.keep, '2026/10/01 13:20', 'aws-cs-trainingcertification-form@amazon.com', 'account-assistance', hanakoAsk)}`,
    note: 'standard form subject; body asks for consent to an irreversible merge',
  }),
  M({
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.hanako, enc: 'jisb64', to: HANAKO.keep, auth: 'failThenForged', trusted: false,
    subject: `[CASE ${CASE.hanako}] 統合へのご同意をお願いします`,
    text: '下記フォームから同意ボタンを押してください。\nhttp://aws-merge-consent.example.org/agree',
    note: 'asks for consent, but the topmost verdict is dmarc=fail (a pass planted lower): untrusted',
  }),
  M({
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.taro, enc: 'utf8b64', trap: true,
    subject: 'Re: 必要情報の件',
    text: `山田様\n\nご提供ありがとうございます。情報はそろいました。\n最後に、この統合は取り消しができない点をご了承いただいたうえで、実行してよいかお返事をいただけますか。\n\nケース番号: ${CASE.taro}\n${SIG1}`,
    note: 'stale information-request subject; body asks consent for the irreversible merge',
  }),
  M({
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.kenji, enc: 'jis7', to: KENJI.keep,
    subject: `【要返信】取り消しできない操作へのご承諾 [CASE ${CASE.kenji}]`,
    text: '詳しくは前回のメールをご参照ください。',
    note: 'consent asked in the subject; body refers back to the earlier mail',
  }),
  M({
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.taro, enc: 'utf8qp',
    subject: 'アカウント統合の実施可否について',
    text: `${TARO.srcId} の認定資格と特典を ${TARO.keepId} に移し、${TARO.srcId} は無効になります。\nよろしければ「同意します」とだけご返信ください。\n\nCase ${CASE.taro}`,
    html: `<div>${TARO.srcId} の認定資格と特典を ${TARO.keepId} に移し、${TARO.srcId} は無効になります。</div>\n<div>よろしければ「同意します」とだけご返信ください。</div>\n<div>Case ${CASE.taro}</div>`,
    note: 'multipart; asks the customer to reply 同意します to the irreversible merge',
  }),
  M({
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.hanako, enc: 'sjisb64', to: HANAKO.keep,
    subject: 'Re: Re: Re: 認定アカウント',
    text: `佐藤様\n\n統合してよいか、最終の確認をさせてください。実行しますと元には戻せません。問題なければご返信をお願いいたします。\n\n${SIG3}\n\n-----Original Message-----\n差出人: ${HANAKO.ja} <${HANAKO.keep}>\n送信日時: 2026年10月3日 21:40\n宛先: aws-cs-trainingcertification-form@amazon.com\n件名: Re: Re: 認定アカウント\n\nケース ${CASE.hanako} の件、候補者IDは ${HANAKO.srcId} です。`,
    note: 'generic Re: Re: Re: subject; the new text asks for final consent',
  }),

  // ---------------- merge_completed ----------------
  M({
    kind: 'merge_completed', lang: 'ja', caseId: null, enc: 'jis7', to: HANAKO.keep,
    subject: '【完了】アカウント統合のご報告',
    text: 'ご確認ください。',
    note: 'completion notice in the subject over a one-line body',
  }),
  M({
    kind: 'merge_completed', lang: 'ja', caseId: CASE.taro, enc: 'sjis8',
    subject: `[CASE ${CASE.taro}] 統合完了`,
    text: 'AWS トレーニングと認定 カスタマーサービス\nhttps://aws.amazon.com/jp/contact-us/',
    note: 'signature-only body; the subject says the merge is complete',
  }),
  M({
    kind: 'merge_completed', lang: 'ja', caseId: null, enc: 'utf8b64', from: CERT_PORTAL, to: KENJI.keep,
    subject: '認定アカウントが統合されました',
    text: 'このメールには返信しないでください。',
    note: "the certification portal's own merged notice (no case ID)",
  }),
  M({
    kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji, enc: 'jisb64', to: KENJI.keep, trap: true,
    subject: 'Re: 統合へのご同意について',
    text: `森様\n\nご返信ありがとうございます。本日、${KENJI.srcId} を ${KENJI.keepId} に統合いたしました。認定資格と特典が移っていることをご確認ください。\n\nケース: ${CASE.kenji}\n${SIG2}\n\n2026年10月5日(月) 8:02 ${KENJI.ja} <${KENJI.keep}>:\n> 同意します。進めてください。`,
    note: 'stale consent subject; the body reports the merge done today',
  }),
  M({
    kind: 'merge_completed', lang: 'ja', caseId: CASE.taro, enc: 'utf8qp', auth: 'lookalikeServer', trusted: false,
    subject: `【完了通知】認定アカウント統合 (${CASE.taro})`,
    text: 'ログインして内容をご確認ください。\nhttp://aws-training-portal.example.net/signin',
    note: 'completion notice, but the verdict comes from a look-alike authserv-id: untrusted',
  }),
  M({
    kind: 'merge_completed', lang: 'ja', caseId: CASE.taro, enc: 'jis7', to: TARO.src, forUser: false,
    resent: { from: 'postmaster@corp.example.co.jp', to: 'it-archive@corp.example.co.jp', date: 'Thu, 8 Oct 2026 10:02:44 +0900' },
    subject: formSubject(CASE.taro),
    text: `山田様\n\n統合作業が完了しました。なお、本ケースはこれにてクローズとさせていただきます。\n\n${SIG1}`,
    note: 'completion plus closing (the new fact is the merge); redirected with Resent-* to an archive, so not for the user',
  }),
  M({
    kind: 'merge_completed', lang: 'ja', caseId: CASE.hanako, enc: 'sjisb64', to: HANAKO.keep,
    subject: `統合が終わりました [${CASE.hanako}]`,
    text: '',
    note: 'empty body; the subject says the merge is finished',
  }),
  M({
    kind: 'merge_completed', lang: 'ja', caseId: CASE.hanako, enc: 'utf88bit', to: HANAKO.keep,
    subject: 'Re: Re: お問い合わせの件',
    text: `佐藤様\n\nお待たせいたしました。2つの認定アカウントを1つにまとめる作業が終わっております。試験の履歴は ${HANAKO.keepId} 側でご覧いただけます。\n\nAWS トレーニングと認定\nケース ${CASE.hanako}`,
    note: 'generic subject; the body says the two accounts are now one',
  }),

  // ---------------- badges_transferred ----------------
  M({
    kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8qp', from: CREDLY_AWS,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: 'バッジを入手する\nhttps://www.credly.com/badges/3f9a1c2e-7d44-4b1a-9e0f-5a2b8c6d1e77',
    note: "AWS's badge issued via Credly to the kept address; body is the button",
  }),
  M({
    kind: 'badges_transferred', lang: 'ja', caseId: CASE.kenji, enc: 'jis7', to: KENJI.keep,
    subject: `[CASE ${CASE.kenji}] バッジ移行済み`,
    text: '--\nAWS T&C',
    note: 'signature-only body; subject says the badges were moved',
  }),
  M({
    kind: 'badges_transferred', lang: 'ja', caseId: CASE.kenji, enc: 'jisb64', to: KENJI.keep, trap: true,
    subject: '【完了】アカウント統合のご報告',
    text: `森様\n\n追加でご依頼いただいた件、Credly のバッジ3件を ${KENJI.keep} の Credly アカウントへ移しました。\n\nケース ${CASE.kenji}\n${SIG2}`,
    note: 'old completion subject reused; the new fact in the body is that the badges moved',
  }),
  M({
    kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8b64', trusted: false,
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>',
    subject: 'AWS のバッジが新しいアカウントに移動しました',
    text: '受け取りはこちら\nhttp://credly-badge-center.example/claim',
    note: 'badges-moved notice from credIy.com (capital I look-alike): untrusted',
  }),
  M({
    kind: 'badges_transferred', lang: 'ja', caseId: CASE.hanako, enc: 'sjis8', to: HANAKO.keep, trap: true,
    subject: 'デジタルバッジの移行について',
    text: `佐藤様\n\nCredly 上のバッジも統合先アカウントに反映いたしました。これで本件はすべて完了となりますので、ケース ${CASE.hanako} はクローズいたします。\n\n${SIG1}`,
    note: 'support says the badges moved and closes: badges_transferred',
  }),
  M({
    kind: 'badges_transferred', lang: 'ja', caseId: null, enc: 'utf8b64', from: CREDLY_AWS, to: HANAKO.keep,
    subject: 'バッジを受け取ってください: AWS Certified Solutions Architect - Associate',
    text: 'こちらからどうぞ\nhttps://www.credly.com/earner/earned/badge/8b1d77aa',
    note: "AWS badge offered via Credly to the kept address",
  }),
  M({
    kind: 'badges_transferred', lang: 'ja', caseId: CASE.taro, enc: 'utf8qp',
    subject: 'Re: バッジが見当たりません',
    text: `山田様\n\nご不便をおかけしました。Credly 側でバッジの付け替えを行いましたので、あらためてサインインしてご覧ください。\n\n${SIG3}\n\n2026年10月9日 11:31、${TARO.ja} <${TARO.keep}> のメッセージ:\n> 統合後、Credly にバッジが出てきません。ケース ${CASE.taro} です。`,
    note: "the user's complaint subject; the reply says the badges were re-attached on Credly",
  }),
  M({
    kind: 'badges_transferred', lang: 'ja', caseId: CASE.taro, enc: 'sjisb64',
    subject: `【対応済】Credly バッジの移動 (CASE ${CASE.taro})`,
    text: '以上、よろしくお願いいたします。',
    note: 'subject says the badge move was done; body is a closing formula',
  }),

  // ---------------- case_closed ----------------
  M({
    kind: 'case_closed', lang: 'ja', caseId: CASE.taro, enc: 'jis7', from: AWS_NOTIFY,
    subject: `[CASE ${CASE.taro}] ケースはクローズされました`,
    text: 'ご利用ありがとうございました。',
    note: 'closed notice in the subject; thank-you body',
  }),
  M({
    kind: 'case_closed', lang: 'ja', caseId: CASE.kenji, enc: 'utf8b64', from: AWS_NOTIFY, to: KENJI.keep,
    subject: `【自動クローズ予定】ご返信がない場合、3日後にケース ${CASE.kenji} を終了します`,
    text: 'AWS Support',
    note: 'will-close-without-reply reminder in the subject',
  }),
  M({
    kind: 'case_closed', lang: 'ja', caseId: CASE.hanako, enc: 'sjis8', to: HANAKO.keep, trap: true,
    subject: formSubject(CASE.hanako),
    text: `佐藤様\n\n先週ご報告のとおり統合は完了しておりますので、本ケースはこれで終了とさせていただきます。\n\n${SIG2}`,
    note: 'closing that only restates the earlier merge',
  }),
  M({
    kind: 'case_closed', lang: 'ja', caseId: CASE.hanako, enc: 'jisb64', to: HANAKO.keep, auth: 'fail', trusted: false,
    subject: 'お問い合わせ終了のお知らせ',
    text: `ケース ${CASE.hanako} は解決済みとしてクローズされました。`,
    note: 'closing notice with dmarc=fail: untrusted',
  }),
  M({
    kind: 'case_closed', lang: 'ja', caseId: CASE.taro, enc: 'utf8qp',
    subject: 'Re: Re: 統合の件',
    text: `山田様\n\nその後いかがでしょうか。5日以内にご返信がない場合、本件は解決したものとして自動的に終了いたします。\n\nケース ${CASE.taro}\n${SIG1}`,
    note: 'generic subject; the body says it will auto-close without a reply',
  }),
  M({
    kind: 'case_closed', lang: 'ja', caseId: CASE.kenji, enc: 'jis7', from: AWS_NOTIFY, to: KENJI.keep,
    subject: `ケース ${CASE.kenji} は解決しました`,
    text: '',
    note: 'empty body; the subject says the case is resolved',
  }),
  M({
    kind: 'case_closed', lang: 'ja', caseId: null, enc: 'utf8b64', from: AWS_NOTIFY, to: HANAKO.keep,
    subject: '【解決済み】AWS トレーニングと認定へのお問い合わせ',
    html: '<html><body><p><a href="https://support.console.aws.amazon.com/support/home">AWS サポートセンター</a></p></body></html>',
    note: 'HTML-only link under a resolved subject',
  }),
  M({
    kind: 'case_closed', lang: 'ja', caseId: CASE.taro, enc: 'sjisb64', trap: true,
    subject: formSubject(CASE.taro),
    text: `山田様\n\nバッジの件も含め、すべて対応済みと認識しております。ほかにご不明な点がなければ、このままケースを閉じさせていただきます。\n\n${SIG3}`,
    note: 'restates that badges etc. were handled earlier and closes: case_closed',
  }),

  // ---------------- support_reply ----------------
  M({
    kind: 'support_reply', lang: 'ja', caseId: CASE.hanako, enc: 'jis7', to: HANAKO.keep, trap: true,
    subject: '【完了】アカウント統合のご報告',
    text: `佐藤様\n\n失礼いたしました。前回のメールは誤って送信されたもので、統合はまだ完了しておりません。現在、担当チームで作業中です。\n\nケース ${CASE.hanako}\n${SIG1}`,
    note: 'misleading completion subject; the body says the merge is NOT done yet',
  }),
  M({
    kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, enc: 'sjis8', to: KENJI.keep, trap: true,
    subject: 'Re: 同意します',
    text: `森様\n\nご確認いただきありがとうございます。担当部署へ引き継ぎましたので、完了まで今しばらくお待ちください。\n\n${SIG2}\n\n差出人: ${KENJI.ja} <${KENJI.keep}>\n送信日時: 2026年10月6日 7:55\n宛先: aws-cs-trainingcertification-form@amazon.com\n件名: 同意します\n\nケース ${CASE.kenji}、統合に同意します。`,
    note: 'thanks-for-confirming, handed over: support_reply',
  }),
  M({
    kind: 'support_reply', lang: 'ja', caseId: CASE.hanako, enc: 'utf8b64', to: HANAKO.keep,
    subject: `エスカレーションのお知らせ [CASE ${CASE.hanako}]`,
    text: '',
    note: 'empty body; the subject says the case was escalated',
  }),
  M({
    kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, enc: 'jisb64', to: KENJI.keep, trap: true,
    subject: '【重複】同じご依頼のケースについて',
    text: `森様\n\n重複して作成されたケース ${CASE.kenjiDup} は、ケース ${CASE.kenji} に統合いたしました。以降はこちらのケースでやり取りさせてください。\n\n${SIG1}`,
    note: 'merged duplicate CASES, not accounts; the merge case continues',
  }),
  M({
    kind: 'support_reply', lang: 'ja', caseId: CASE.taro, enc: 'utf8qp', trap: true,
    subject: `統合が完了しましたら改めてご連絡いたします [CASE ${CASE.taro}]`,
    text: '--\nAWS トレーニングと認定',
    note: 'future statement in the subject (完了しましたら); nothing has happened yet',
  }),
  M({
    kind: 'support_reply', lang: 'ja', caseId: CASE.hanako, enc: 'sjisb64', to: HANAKO.keep,
    subject: 'Re: Re: 統合の件',
    text: `佐藤様\n\n今後のご連絡は、残されるアカウントのメールアドレス(個人のアドレス)からお送りいただけますでしょうか。\n\nケース ${CASE.hanako}\n${SIG3}`,
    note: 'write from the kept address, asking no data: support_reply',
  }),
  M({
    kind: 'support_reply', lang: 'ja', caseId: CASE.taro, enc: 'jis7', auth: 'none', trusted: false,
    subject: `進捗のご報告 (${CASE.taro})`,
    text: '現在、統合担当チームで確認しております。',
    note: 'status update without any Authentication-Results: untrusted',
  }),
  M({
    kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, enc: 'utf88bit', to: KENJI.keep, trap: true,
    subject: `[CASE ${CASE.kenji}] 統合できませんでした`,
    text: '森様\n\n両方のアカウントに同じ試験の受験予約が残っているため、現時点では統合を実施できません。予約を取り消されましたら、改めてご連絡ください。\n\nAWS トレーニングと認定',
    note: 'unable to merge for now: support_reply',
  }),
  M({
    kind: 'support_reply', lang: 'ja', caseId: CASE.taro, enc: 'utf8b64', trap: true,
    subject: 'Re: 統合完了の件',
    text: `山田様\n\nお問い合わせのバウチャー(50%割引)ですが、統合先のアカウントに表示されるまで最大48時間ほどかかります。\n\nケース ${CASE.taro}\n${SIG1}`,
    note: "the user's stale 統合完了 subject; the reply answers a voucher question",
  }),

  // ---------------- unrelated ----------------
  M({
    kind: 'unrelated', lang: 'ja', caseId: CASE.taro, enc: 'jis7', from: `${TARO.ja} <${TARO.keep}>`, to: SUPPORT, auth: 'none', trusted: false, forUser: false, trap: true,
    subject: formSubject(CASE.taro),
    text: `統合に同意します。よろしくお願いします。\n山田\n\n${quote('統合してよろしいでしょうか。ご返信ください。')}`,
    note: "the user's own sent consent reply (Sent folder copy): no news from support",
  }),
  M({
    kind: 'unrelated', lang: 'ja', caseId: null, enc: 'sjis8', from: `${TARO.ja} <${TARO.src}>`, to: '鈴木 次郎 <suzuki.j@corp.example.co.jp>', auth: 'none', trusted: false, forUser: false, trap: true,
    subject: 'Fwd: 【完了】アカウント統合のご報告',
    text: '鈴木さん\n統合終わったみたいです。共有まで。\n\n---------- Forwarded message ---------\nFrom: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>\nSubject: 【完了】アカウント統合のご報告\n\nご確認ください。',
    note: "the user's own forward to a colleague",
  }),
  M({
    kind: 'unrelated', lang: 'ja', caseId: CASE.taro, enc: 'jisb64', from: '田中 一郎 <tanaka@corp.example.co.jp>', to: TARO.src, auth: 'none', trusted: false,
    subject: `自動応答: ${formSubject(CASE.taro)}`,
    text: '12月1日まで不在にしております。お急ぎの方は総務部までご連絡ください。',
    extra: ['Auto-Submitted: auto-replied'],
    note: "a colleague's out-of-office reply on the case subject",
  }),
  M({
    kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8qp', from: 'Microsoft via Credly <admin@credly.com>', trap: true,
    subject: 'Microsoftのバッジ発行のお知らせ',
    text: 'バッジを入手する\nhttps://www.credly.com/badges/aa0c9e1f',
    note: 'a Credly badge from Microsoft, not AWS',
  }),
  M({
    kind: 'unrelated', lang: 'ja', caseId: CASE.taro, enc: 'utf8b64', from: AWS_NOTIFY, trap: true,
    subject: `ケース ${CASE.taro} の対応についてのアンケート`,
    text: '問題は解決しましたか?\nはい: https://survey.aws.example/y\nいいえ: https://survey.aws.example/n',
    note: 'satisfaction survey',
  }),
  M({
    kind: 'unrelated', lang: 'ja', caseId: CASE.taroRefund, enc: 'jis7', from: AWS_NOTIFY, trap: true,
    subject: `[CASE ${CASE.taroRefund}] お問い合わせを受け付けました`,
    text: '件名: 試験の返金について\nお問い合わせの種類: 請求\n\nAmazon Web Services',
    note: "receipt of the user's other case, which names its topic (exam refund)",
  }),
  M({
    kind: 'unrelated', lang: 'ja', caseId: null, enc: 'sjisb64', from: CERT_PORTAL, to: KENJI.keep, trap: true,
    subject: '【合格】AWS 認定試験の結果が確定しました',
    text: '結果の詳細は認定アカウントでご確認ください。',
    note: 'exam result mail',
  }),
  M({
    kind: 'unrelated', lang: 'ja', caseId: null, enc: 'utf8b64', from: 'Credly <admin@credly.com>', to: HANAKO.keep, trap: true,
    subject: 'アカウント統合の確認コード',
    text: '確認コード: 482913\nこのコードは30分間有効です。',
    note: "Credly's own account-merge code mail",
  }),
  M({
    kind: 'unrelated', lang: 'ja', caseId: null, enc: 'jisb64', from: 'AWS Japan <aws-apac-marketing@amazon.com>', to: HANAKO.keep, trap: true,
    subject: '【ウェビナー】複数の認定アカウントを統合・管理するコツ',
    text: 'お申し込み: https://aws.amazon.com/jp/events/webinar-cert/',
    note: 'marketing webinar using merge words',
  }),
];
