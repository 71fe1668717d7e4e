// Set ea, Japanese messages: hedged and uncertain statements by agents and systems.
import type { Enc, Msg } from './lib.js';
import { C, CREDLY, HANAKO, HANAKO_ASK, KENJI, KENJI_ASK, NOTIFY, PORTAL, SUP, SUP_ADDR, TARO, TARO_ASK, gmailJa, html, mk, outlookJa, q, ref, sf, subj, type Spec } from './common.js';

const T = `${TARO.ja} <${TARO.keep}>`;
const H = `${HANAKO.ja} <${HANAKO.keep}>`;
const K = `${KENJI.ja} <${KENJI.keep}>`;
const jaSubj = (id: string, t: string): string => `RE:[CASE ${id}] ${t}`;

const specs: Array<[string, Spec]> = [
  // ---------------- acknowledgement (7) ----------------
  ['uketsuke-mikomi', {
    kind: 'acknowledgement', note: 'automatic receipt with the case ID; the hedge is only about when a reply may come',
    from: NOTIFY, to: TARO.keep, subject: `[ケース ${C.taro}] お問い合わせを受け付けました`, d: '2026-02-02 01:14:09', caseId: C.taro,
    text: `山田 太郎 様\n\nAWS トレーニングと認定へのお問い合わせを受け付けました。\nケースID: ${C.taro}\n\n通常は24時間以内に担当者からご連絡できる見込みですが、混み合っている場合は多少前後するかもしれません。\nすでにケースをお持ちの場合、同じ内容で別のケースを作成されますと、かえってご回答が遅れる原因となりますのでご注意ください。\n\nこのメールは送信専用アドレスから自動で送信されています。\nAmazon Web Services`,
  }],
  ['juryo-sjis-kenji', {
    kind: 'acknowledgement', note: 'receipt of the new case, hedged estimate of the first answer',
    from: NOTIFY, to: KENJI.keep, subject: `ケース ${C.kenji} を受領しました - AWS Support`, d: '2026-03-09 06:40:51', caseId: C.kenji, enc: 'sjis8',
    text: `森 健二 様\n\nお問い合わせいただきありがとうございます。以下のとおりケースを受領いたしました。\n\n  ケース番号 ${C.kenji}\n  種別 AWS トレーニングと認定\n\nおそらく1、2営業日のうちに担当よりご連絡できるかと存じます。\nこのメールへ返信いただくと、同じケースに追記されます。\n\nAWS Support`,
  }],
  ['receipt-html-hanako', {
    kind: 'acknowledgement', note: 'HTML-only receipt carrying the case ID',
    from: NOTIFY, to: HANAKO.keep, subject: `ケースが作成されました [${C.hanako}]`, d: '2026-01-19 23:02:44', caseId: C.hanako, enc: 'utf8b64',
    html: html(`佐藤 花子 様\n\nケース ${C.hanako} が作成されました。\n\n担当者が内容を拝見したうえで、こちらのアドレス宛にご連絡する予定です。回答までの目安は24時間程度と思われますが、確約はできかねますのでご了承ください。\n\nAmazon Web Services`),
  }],
  ['receipt-merge-words', {
    kind: 'acknowledgement', trap: true, note: 'a receipt; its talk of how long a merge probably takes is a guess about the future, not a completion',
    from: NOTIFY, to: TARO.src, cc: TARO.keep, subject: `[CASE ${C.taro}] お問い合わせ受付のお知らせ`, d: '2026-02-02 01:14:40', caseId: C.taro, enc: 'jisb64',
    text: `お問い合わせありがとうございます。ケース ${C.taro} として登録いたしました。\n\nアカウント統合に関するお問い合わせの場合、統合が完了するまでには数日かかることが多いようです。状況によってはそれ以上かかるかもしれません。\n担当者からのご連絡をお待ちください。\n\n※本メールは自動送信です。`,
  }],
  ['uketsuke-lookalike', {
    kind: 'acknowledgement', note: 'receipt shape from a look-alike domain: still an acknowledgement, but untrusted',
    from: 'AWS サポート <no-reply@aws-support-notice.jp>', to: HANAKO.keep, subject: `[ケース ${C.hanako}] 受付完了`, d: '2026-01-20 08:11:02', caseId: C.hanako, enc: 'utf8qp',
    text: `お客様のお問い合わせ(ケース ${C.hanako})を受け付けました。\nご回答まで今しばらくお待ちください。たぶん明日中にはご連絡できると思います。\n\nAWS サポートセンター`,
  }],
  ['receipt-bilingual', {
    kind: 'acknowledgement', note: 'Japanese receipt under English boilerplate; new text is Japanese',
    from: NOTIFY, to: KENJI.keep, subject: `Case ${C.kenjiDup} received / ケース受付`, d: '2026-03-10 02:19:33', caseId: C.kenjiDup, enc: 'utf8qp',
    text: `Thank you for contacting AWS. / AWS にお問い合わせいただきありがとうございます。\n\nケースID ${C.kenjiDup} でお問い合わせを受け付けました。\n回答予定: 24時間以内(目安)\n\nThis is an automated message. Please do not reply directly with sensitive data.`,
  }],
  ['receipt-dkim-only', {
    kind: 'acknowledgement', note: 'receipt signed only with aligned DKIM; trusted',
    from: NOTIFY, to: TARO.keep, subject: `お問い合わせを承りました(ケース番号:${C.taro})`, d: '2026-02-02 01:15:02', caseId: C.taro, auth: 'dkimonly', enc: 'jis7',
    text: `AWS トレーニングと認定 をご利用いただきありがとうございます。\nケース番号 ${C.taro} でご依頼を承りました。\n担当者から改めてご連絡差し上げますので、今しばらくお待ちくださいませ。\n\n--\nAWS Support 自動通知`,
  }],

  // ---------------- ai_answer (7) ----------------
  ['ai-tool-kamo', {
    kind: 'ai_answer', note: 'automated suggestion to try the self-service merge tool, hedged',
    from: NOTIFY, to: HANAKO.keep, subject: 'AWS Support からの自動回答', d: '2026-01-19 22:58:10', caseId: null, enc: 'utf8b64',
    text: `生成AIによる回答です。内容が正確でない場合があります。\n\nお問い合わせの件は、認定ポータルのプロフィールにある「アカウントの統合」ツールで解決できるかもしれません。両方のアカウントに認定の履歴がある場合はツールが使えないことがあり、その際はこの画面から「ケースを作成」を選んでください。`,
  }],
  ['ai-after-merge', {
    kind: 'ai_answer', trap: true, note: 'AI answer explaining what probably happens after a merge; stays ai_answer',
    from: NOTIFY, to: TARO.keep, subject: 'お問い合わせへの自動回答 (AWS トレーニングと認定)', d: '2026-02-02 01:10:27', caseId: null, enc: 'sjisb64',
    text: `以下はAIが生成した回答です。\n\n一般的に、アカウントの統合が完了すると、統合元の認定資格と特典は残すアカウントで表示されるはずです。Credly のデジタルバッジは、統合後にあらためて受け取り手続きが必要になる場合があります。\n\nまずはセルフサービスの統合ツールをお試しください。解決しない場合は、サポートケースを作成できます。`,
  }],
  ['ai-html-maybe', {
    kind: 'ai_answer', note: 'HTML automated answer: "this may be solved with the Merge Accounts tool"',
    from: NOTIFY, to: KENJI.keep, subject: '自動回答: 認定アカウントの統合について', d: '2026-03-09 06:35:00', caseId: null, enc: 'utf8qp',
    html: html(`この回答は自動生成されています。\n\nご質問の内容から判断すると、CertMetrics の「Merge Accounts」機能をお使いいただくことで解決する可能性が高いと思われます。\n手順: プロフィール → アカウントの統合 → 統合元のログイン情報を入力\n\nこの回答で解決しなかった場合は、「ケースを作成」からお問い合わせください。`),
  }],
  ['ai-forged-none', {
    kind: 'ai_answer', note: 'automated answer shape, but no authentication results at all: untrusted',
    from: NOTIFY, to: TARO.keep, subject: 'AIアシスタントからのご案内', d: '2026-02-05 11:44:02', caseId: null, auth: 'none', enc: 'utf8b64',
    text: `AIアシスタントがお答えします。\nアカウントを統合したい場合は、セルフサービスの統合ツールが使えるかもしれません。うまくいかなければ、下のリンクからサインインしてもう一度お試しください。\nhttps://aws-certification-merge.example.net/login`,
  }],
  ['ai-jis-short', {
    kind: 'ai_answer', note: 'short automated suggestion before the case is created',
    from: NOTIFY, to: HANAKO.src, subject: 'Amazon Q による回答', d: '2026-01-19 22:51:48', caseId: null, enc: 'jis7',
    text: `AI による回答(参考情報)\n\n認定アカウントが2つある場合、ポータルの統合ツールで1つにまとめられる場合があります。\nツールでエラーになる場合は、おそらくサポートによる手動統合が必要です。引き続きケースを作成してください。`,
  }],
  ['ai-badge-hint', {
    kind: 'ai_answer', trap: true, note: 'AI hint that badges should appear after claiming on Credly; not a badge transfer',
    from: NOTIFY, to: KENJI.src, cc: KENJI.keep, subject: '自動生成された回答をご確認ください', d: '2026-03-09 06:33:19', caseId: null, enc: 'sjis8',
    text: `AIが作成した回答です。誤りを含む可能性があります。\n\n複数の認定アカウントをお持ちの場合、Credly でバッジが見えないことがあります。アカウントを統合してから Credly でバッジを受け取ると、バッジは残したアカウントに表示されるはずです。\nまだ解決しない場合はケースを作成してください。`,
  }],
  ['ai-keigo-mixed', {
    kind: 'ai_answer', note: 'automated answer with English header lines, Japanese body',
    from: NOTIFY, to: TARO.keep, subject: 'Suggested answer / おすすめの回答', d: '2026-02-01 23:59:41', caseId: null, enc: 'utf8qp',
    text: `[Generated by AI]\n\nお客様の状況ですと、「アカウントの統合」ツールをご利用になれる可能性がございます。ツールで統合できない旨のメッセージが表示された場合には、お手数ですがケースの作成へお進みくださいませ。\n\nWas this answer helpful? はい / いいえ`,
  }],

  // ---------------- info_request (8) ----------------
  ['info-candidate-id', {
    kind: 'info_request', note: 'asks for the source account candidate ID and email, softened with 念のため',
    from: SUP, to: TARO.keep, subject: subj(C.taro), d: '2026-02-03 04:21:16', caseId: C.taro, enc: 'jis7',
    text: `山田 様\n\nAWS トレーニングと認定 カスタマーサービスの中村です。\nお問い合わせの統合の件、おそらく問題なく対応できるかと思いますが、念のため以下をお知らせいただけますでしょうか。\n\n・統合元アカウントの候補ID\n・統合元アカウントのログイン用メールアドレス\n\nよろしくお願いいたします。\n\n中村\nAWS Training and Certification\n${ref('T1a')}\n\n${sf('山田 太郎', '2026/02/02 01:14', SUP_ADDR, '[AWS Training and Certification Form Submission] - account-assistance', TARO_ASK)}`,
  }],
  ['info-which-keep', {
    kind: 'info_request', trap: true, note: '「ご確認のうえお知らせください」 asks which account to keep: information, not consent',
    from: SUP, to: HANAKO.keep, subject: subj(C.hanako), d: '2026-01-21 02:05:37', caseId: C.hanako, enc: 'jisb64',
    text: `佐藤 花子 様\n\nお世話になっております。\n頂戴した情報から、どちらのアカウントも有効な認定をお持ちのようです。\nどちらのアカウントを残すご希望か、ご確認のうえお知らせいただけますと幸いです。\nあわせて、残す側の認定通知用メールアドレスもご記載ください。\n\nAWS トレーニングと認定 サポート 小林\n\n${gmailJa('2026年1月20日(火) 8:02', HANAKO.ja, HANAKO.keep, HANAKO_ASK)}`,
  }],
  ['info-not-sure-yet', {
    kind: 'info_request', trap: true, note: 'says the merge may not have gone through yet and asks for the IDs again',
    from: SUP, to: KENJI.keep, subject: subj(C.kenji), d: '2026-03-13 07:48:55', caseId: C.kenji, enc: 'sjisb64',
    text: `森 様\n\nご連絡ありがとうございます。\n統合作業はまだ完了していない可能性がございます。こちらでも状況を確認するため、お手数ですが両アカウントの候補IDを再度お送りいただけますか。\n\n残すアカウント: AWS________\n統合元アカウント: AWS________\n\nどうぞよろしくお願いいたします。\nAWS T&C サポートチーム`,
  }],
  ['info-write-from-keep', {
    kind: 'info_request', note: 'asks to write from the kept address and to give its candidate ID',
    from: SUP, to: TARO.src, subject: subj(C.taro), d: '2026-02-03 09:30:02', caseId: C.taro, enc: 'utf8qp',
    text: `山田様\n\nご依頼の件、統合先のアカウントからのご連絡のほうがスムーズに進むかと思います。\n残す予定のアドレス(${TARO.keep} と伺っております)からこのメールへご返信いただき、その際に統合先アカウントの候補IDもご記入いただけますか。\n\nよろしくお願いします。\nAWS トレーニングと認定 カスタマーサポート`,
  }],
  ['info-mobile-hedge', {
    kind: 'info_request', note: 'request for the certification names and pass dates, phrased without the obvious request word',
    from: SUP, to: HANAKO.keep, subject: jaSubj(C.hanako, 'AWS認定アカウントの統合について'), d: '2026-01-22 05:10:47', caseId: C.hanako, enc: 'utf8b64',
    text: `佐藤様\n\nたびたび恐れ入ります。\n統合元のアカウントで取得された認定資格の名称と合格日を、わかる範囲で構いませんので教えていただけると助かります。\n記録の照合に使う予定で、おそらくそれで最後になるかと存じます。\n\n小林 / AWS Training and Certification`,
  }],
  ['info-otheronly', {
    kind: 'info_request', note: 'information request whose only pass verdict comes from another server: untrusted',
    from: SUP, to: KENJI.keep, subject: subj(C.kenji), d: '2026-03-11 03:27:09', caseId: C.kenji, auth: 'otherOnly', enc: 'jis7',
    text: `森様\n\nお問い合わせの件、念のため統合元アカウントのメールアドレスと氏名(ローマ字)をお知らせください。\n情報がそろい次第、手続きに進めるものと思われます。\n\nAWS トレーニングと認定`,
  }],
  ['info-outlook-thread', {
    kind: 'info_request', note: 'asks for the aws.training notification address; long Outlook-quoted thread below',
    from: SUP, to: TARO.keep, subject: subj(C.taro), d: '2026-02-04 02:16:30', caseId: C.taro, enc: 'sjis8',
    text: `山田 様\n\nご返信ありがとうございます。候補IDは確認できました。\nただ、統合元の aws.training 側の通知先アドレスが、こちらで把握しているものと異なるようです。現在そちらで登録されている通知先アドレスをご教示いただけますでしょうか。\n\n中村\n\n${outlookJa(`${TARO.ja} <${TARO.keep}>`, '2026年2月3日 21:02', SUP_ADDR, subj(C.taro), `お世話になっております。山田です。\n統合元の候補IDは ${TARO.srcId} です。よろしくお願いします。`)}\n\n${outlookJa('AWS Training and Certification', '2026年2月3日 13:21', TARO.keep, subj(C.taro), '山田 様\n念のため、統合元アカウントの候補IDをお知らせいただけますでしょうか。')}`,
  }],
  ['info-benefit-voucher', {
    kind: 'info_request', note: 'asks which account has the unused 50% voucher before merging',
    from: SUP, to: KENJI.keep, subject: subj(C.kenji), d: '2026-03-10 08:02:12', caseId: C.kenji, enc: 'utf8qp',
    text: `森 健二 様\n\nご依頼ありがとうございます。\n特典(次回受験50%割引)は統合後も引き継がれるはずですが、念のため、未使用のバウチャーがどちらのアカウントにあるか教えていただけますでしょうか。\nあわせて残すアカウントのログイン用メールアドレスもお願いいたします。\n\nAWS トレーニングと認定 サポート 田村`,
  }],

  // ---------------- confirmation_request (8) ----------------
  ['conf-irreversible', {
    kind: 'confirmation_request', note: 'asks consent to the irreversible merge, hedged',
    from: SUP, to: TARO.keep, subject: subj(C.taro), d: '2026-02-05 01:40:03', caseId: C.taro, enc: 'jis7',
    text: `山田 様\n\nいただいた情報で統合できる見込みです。\nなお、統合は一度実施すると元に戻すことができません。\n${TARO.srcId} を ${TARO.keepId} へ統合してよろしいか、このメールへのご返信でお知らせください。\n\n問題ないかとは存じますが、念のためご確認をお願いいたします。\n\n中村 / AWS Training and Certification\n${ref('T1c')}`,
  }],
  ['conf-probably-days', {
    kind: 'confirmation_request', trap: true, note: 'asks for consent; the "probably done in 2-3 days" is a future guess, not a completion',
    from: SUP, to: HANAKO.keep, subject: subj(C.hanako), d: '2026-01-23 03:33:51', caseId: C.hanako, enc: 'jisb64',
    text: `佐藤 様\n\n必要な情報はそろったように思います。\n統合元 ${HANAKO.srcId} の履歴を ${HANAKO.keepId} へ移す形で進めてよろしいでしょうか。一度統合すると取り消しはできませんので、ご同意いただける場合はその旨ご返信ください。\nご同意いただければ、おそらく2、3営業日で統合は完了するものと思われます。\n\n小林`,
  }],
  ['conf-sjis-short', {
    kind: 'confirmation_request', note: 'short consent request in Shift_JIS',
    from: SUP, to: KENJI.keep, subject: subj(C.kenji), d: '2026-03-12 00:55:08', caseId: C.kenji, enc: 'sjis8',
    text: `森様\n\n統合の準備ができたようです。\n統合後は元に戻せませんが、このまま進めて差し支えないでしょうか。ご承諾のご返信をお待ちしております。\n\n田村 (AWS T&C)`,
  }],
  ['conf-resent', {
    kind: 'confirmation_request', note: 'consent request redirected by the old company mail server (Resent-*): not delivered to the user as addressed',
    from: SUP, to: TARO.src, subject: subj(C.taro), d: '2026-02-05 01:41:10', caseId: C.taro, enc: 'utf8qp',
    resent: { from: 'postmaster@corp.example.co.jp', to: 'it-archive@corp.example.co.jp', date: 'Thu, 5 Feb 2026 10:41:55 +0900' },
    text: `山田様\n\n先ほどのご連絡の補足です。統合はお取り消しいただけないため、進めてよいかどうか、ご本人様からのご返信をいただきたく存じます。\n\nAWS トレーニングと認定`,
  }],
  ['conf-misaligned', {
    kind: 'confirmation_request', note: 'consent request whose DKIM is for a bulk sender, dmarc=fail: untrusted',
    from: SUP, to: HANAKO.keep, subject: subj(C.hanako), d: '2026-01-23 09:12:40', caseId: C.hanako, auth: 'misaligned', enc: 'utf8b64',
    text: `佐藤様\n\nアカウント統合の最終確認です。実施後は元の状態へ戻すことはできかねます。\nこの内容で統合を進めてもよろしければ、「同意します」とご返信ください。\n\nAWS サポート`,
  }],
  ['conf-html-table', {
    kind: 'confirmation_request', note: 'multipart consent request listing both accounts',
    from: SUP, to: KENJI.keep, subject: jaSubj(C.kenji, '統合内容のご確認'), d: '2026-03-12 01:03:44', caseId: C.kenji, enc: 'utf8qp',
    text: `森 様\n\n以下の内容で統合を行う予定です。\n  残すアカウント: ${KENJI.keepId} (${KENJI.keep})\n  統合元: ${KENJI.srcId} (${KENJI.src})\nこの操作は取り消せません。おそらく問題はないと思いますが、この内容で進めてよいかご返信にてお知らせください。\n\nAWS トレーニングと認定 田村`,
    html: html(`森 様\n\n以下の内容で統合を行う予定です。\n残すアカウント: ${KENJI.keepId} (${KENJI.keep})\n統合元: ${KENJI.srcId} (${KENJI.src})\n\nこの操作は取り消せません。おそらく問題はないと思いますが、この内容で進めてよいかご返信にてお知らせください。\n\nAWS トレーニングと認定 田村`),
  }],
  ['conf-te-form', {
    kind: 'confirmation_request', note: 'consent asked in a te-form chain with IDs in the middle',
    from: SUP, to: TARO.keep, subject: subj(C.taro), d: '2026-02-04 23:18:29', caseId: C.taro, enc: 'sjisb64',
    text: `山田様\n\n確認が取れまして、${TARO.srcId} の認定履歴を ${TARO.keepId} に移す準備が整ったかと存じます。統合後は元に戻せなくなりますので、ご了承いただけるようでしたら、ご返信にてその旨お知らせいただけますと幸いです。\n\n中村`,
  }],
  ['conf-gmail-quoted', {
    kind: 'confirmation_request', note: 'consent request quoting the customer\'s Gmail reply',
    from: SUP, to: HANAKO.keep, subject: subj(C.hanako), d: '2026-01-22 23:59:01', caseId: C.hanako, enc: 'jis7',
    text: `佐藤 様\n\n認定名と合格日、ありがとうございました。記録と一致しているようです。\n統合は取り消しができない処理となりますが、進めてよろしいでしょうか。ご返信をお待ちしております。\n\n小林\n\n${gmailJa('2026年1月22日(木) 18:40', HANAKO.ja, HANAKO.keep, 'ソリューションアーキテクト アソシエイト 2024年5月合格です。\nたぶんそれだけだったと思います。')}`,
  }],

  // ---------------- merge_completed (10) ----------------
  ['done-omowaremasu', {
    kind: 'merge_completed', note: 'support says the merge is (believed to be) complete: 完了しているものと思われます reports the event',
    from: SUP, to: TARO.keep, subject: subj(C.taro), d: '2026-02-06 05:02:48', caseId: C.taro, enc: 'jis7',
    text: `山田様\n\nご同意ありがとうございました。\n本日、統合の処理を実施いたしましたので、統合は完了しているものと思われます。\n念のため、${TARO.keep} でサインインのうえ、認定の一覧をご確認いただけますでしょうか。\n\n中村 / AWS Training and Certification`,
  }],
  ['done-hazu', {
    kind: 'merge_completed', note: '移行済みのはずです: support reports the history has been moved',
    from: SUP, to: HANAKO.keep, subject: subj(C.hanako), d: '2026-01-26 02:44:19', caseId: C.hanako, enc: 'jisb64',
    text: `佐藤様\n\nお待たせしました。\n統合元アカウントの認定履歴は、すでに ${HANAKO.keep} のアカウントへ移行済みのはずです。表示に反映されていない場合はキャッシュの影響かもしれませんので、時間をおいてご確認ください。\n\n小林`,
  }],
  ['done-hanei-kato', {
    kind: 'merge_completed', note: 'おそらく反映されているかと存じます after the merge was carried out',
    from: SUP, to: KENJI.keep, subject: subj(C.kenji), d: '2026-03-14 06:30:00', caseId: C.kenji, enc: 'sjis8',
    text: `森 健二 様\n\nご承諾ありがとうございました。アカウントの統合作業を行いました。\n現時点で、おそらく統合先のアカウントに認定と特典が反映されているかと存じます。\nご不明点があれば、このケースへご返信ください。\n\n田村`,
  }],
  ['done-then-close', {
    kind: 'merge_completed', note: 'completion plus "we will close this case": the merge is the new fact',
    from: SUP, to: TARO.keep, subject: subj(C.taro), d: '2026-02-06 05:10:22', caseId: C.taro, enc: 'utf8qp',
    text: `山田様\n\nアカウントの統合は終わっているようです。こちらの画面でも ${TARO.srcId} の履歴が ${TARO.keepId} 側に表示されていることを確認しました。\nほかにご不明な点がなければ、本ケースはこのままクローズさせていただきます。\n\nAWS トレーニングと認定 カスタマーサービス`,
  }],
  ['done-portal-aws-training', {
    kind: 'merge_completed', note: 'certification portal notice (no case ID) that the accounts were merged',
    from: PORTAL, to: HANAKO.keep, subject: 'AWS 認定: アカウントが統合されました', d: '2026-01-26 02:31:07', caseId: null, enc: 'utf8b64',
    html: html(`佐藤 花子 様\n\nご利用の AWS 認定アカウントは、別のアカウントと統合されました。\n今後は ${HANAKO.keep} でサインインしてください。認定の反映には少し時間がかかる場合があります。\n\nAWS Certification`),
  }],
  ['done-certmetrics-untrusted', {
    kind: 'merge_completed', note: 'portal-style merge notice from a sender outside the trusted domains: untrusted',
    from: 'AWS Certification <noreply@certmetrics.com>', to: KENJI.keep, subject: 'アカウントの統合が完了しました', d: '2026-03-14 06:12:55', caseId: null, enc: 'utf8qp',
    text: `森 様\n\nお客様の認定アカウントは統合されたものと思われます。ログインしてご確認ください。\n\nAWS Certification Program`,
  }],
  ['done-forged-below', {
    kind: 'merge_completed', note: 'says the merge is done, but the pass verdict sits below the server\'s Received line: untrusted',
    from: SUP, to: TARO.keep, subject: subj(C.taro), d: '2026-02-06 07:55:31', caseId: C.taro, auth: 'forgedBelow', enc: 'sjisb64',
    text: `山田様\n\n統合は完了したかと思います。ご確認のため、下記からサインインしてください。\n\nAWS サポート`,
  }],
  ['done-teamlist', {
    kind: 'merge_completed', note: 'completion sent to the company training team list only: not delivered to the user',
    from: SUP, to: 'cert-admin@corp.example.co.jp', subject: subj(C.taro), d: '2026-02-06 05:03:10', caseId: C.taro, enc: 'jis7',
    text: `ご担当者様\n\n山田 太郎 様のアカウント統合は、おそらく完了しているかと存じます。\nご本人様にもお伝えいただけますと幸いです。\n\nAWS Training and Certification`,
  }],
  ['done-restated-thread', {
    kind: 'merge_completed', note: 'new text reports the merge done; quoted history holds the consent exchange',
    from: SUP, to: HANAKO.keep, subject: subj(C.hanako), d: '2026-01-26 03:01:45', caseId: C.hanako, enc: 'utf8b64',
    text: `佐藤様\n\n先ほど統合処理を行いました。特に問題はなかったかと存じますので、統合済みの状態になっているはずです。\nバッジの件は別途ご案内いたします。\n\n小林\n\n${sf(HANAKO.ja, '2026/01/23 19:05', SUP_ADDR, subj(C.hanako), '小林様\n\n同意します。統合をお願いいたします。\n\n佐藤')}`,
  }],
  ['done-mixed-en-boiler', {
    kind: 'merge_completed', note: 'Japanese completion with an English signature block',
    from: SUP, to: KENJI.keep, subject: subj(C.kenji), d: '2026-03-14 23:20:14', caseId: C.kenji, enc: 'utf8qp',
    text: `森様\n\n統合が完了したようですので、ご報告いたします。認定の一覧にふたつのアカウントの履歴が並んでいれば問題ございません。\n\nBest regards,\nAWS Training and Certification Customer Service\nPlease reply to this email to continue the case.`,
  }],

  // ---------------- badges_transferred (8) ----------------
  ['badge-utsutta-yo', {
    kind: 'badges_transferred', note: 'support: the Credly badges seem to have moved to the kept account',
    from: SUP, to: TARO.keep, subject: subj(C.taro), d: '2026-02-09 04:12:37', caseId: C.taro, enc: 'jis7',
    text: `山田様\n\nバッジの件、Credly 側の担当と調整いたしました。\nデジタルバッジは、${TARO.keep} の Credly アカウントへ移っているようです。お手数ですが一度ご確認ください。\n\n中村`,
  }],
  ['badge-credly-ja', {
    kind: 'badges_transferred', note: 'AWS badge issued via Credly (バッジ発行のお知らせ)',
    from: CREDLY, to: HANAKO.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', d: '2026-01-27 14:03:22', caseId: null, enc: 'utf8b64',
    relay: 'o1.em.credly.com',
    html: html(`佐藤 花子 様\n\nAmazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。\n\n[バッジを入手する]\n\nCredly`),
  }],
  ['badge-hyouji-kato', {
    kind: 'badges_transferred', note: 'support says the badges are likely showing on the kept account now (reports the move)',
    from: SUP, to: KENJI.keep, subject: subj(C.kenji), d: '2026-03-17 02:48:09', caseId: C.kenji, enc: 'sjis8',
    text: `森 様\n\nCredly のバッジについて、統合元から統合先への付け替えを依頼し、処理が終わったとの連絡がありました。\nおそらく Credly のプロフィールに表示されているかと思います。\n\n田村`,
  }],
  ['badge-and-close', {
    kind: 'badges_transferred', note: 'badges moved and the case will be closed: badges_transferred',
    from: SUP, to: HANAKO.keep, subject: subj(C.hanako), d: '2026-01-28 01:30:58', caseId: C.hanako, enc: 'jisb64',
    text: `佐藤様\n\nバッジも新しいアカウントへ移行できたものと思われます。\nこれで一連のご依頼は完了かと存じますので、本ケースはクローズいたします。\n\n小林 / AWS トレーニングと認定`,
  }],
  ['badge-credly-lookalike', {
    kind: 'badges_transferred', note: 'badge mail from a look-alike Credly domain: untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy-badges.com>', to: TARO.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', d: '2026-02-09 15:00:10', caseId: null, enc: 'utf8qp',
    text: `山田 太郎 様\n\nAWS Certified Developer - Associate のバッジがあなたのアカウントに追加されたようです。\n\nバッジを入手する: https://credIy-badges.com/accept`,
  }],
  ['badge-thread-outlook', {
    kind: 'badges_transferred', note: 'support reports the badge re-issue done; customer\'s question quoted in Outlook style',
    from: SUP, to: TARO.keep, subject: subj(C.taro), d: '2026-02-10 00:20:40', caseId: C.taro, enc: 'utf8b64',
    text: `山田 様\n\nバッジを統合先アカウント宛に再発行いたしましたので、Credly 上で確認できるはずです。\n万一見当たらない場合は、このケースへご返信ください。\n\n中村\n\n${outlookJa(`${TARO.ja} <${TARO.keep}>`, '2026年2月9日 22:11', SUP_ADDR, subj(C.taro), 'Credly のバッジがまだ旧アカウントに残っているように見えます。ご確認いただけますか。')}`,
  }],
  ['badge-credly-sjis', {
    kind: 'badges_transferred', note: 'AWS badge via Credly to the kept address, Shift_JIS',
    from: CREDLY, to: KENJI.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', d: '2026-03-17 11:45:29', caseId: null, enc: 'sjisb64',
    relay: 'o2.em.credly.com',
    text: `森 健二 様\n\nAmazon Web Services Training and Certification が「AWS Certified Cloud Practitioner」バッジを発行しました。\n下のボタンからバッジを受け取ってください。\n\nバッジを入手する\n\nCredly, Inc.`,
  }],
  ['badge-zuzu', {
    kind: 'badges_transferred', note: 'badge transfer told plainly after a hedging opener',
    from: SUP, to: HANAKO.keep, subject: jaSubj(C.hanako, 'Credly バッジについて'), d: '2026-01-27 05:59:12', caseId: C.hanako, enc: 'utf8qp',
    text: `佐藤様\n\n確認に時間がかかってしまい申し訳ありません。\nCredly のバッジ3点は、${HANAKO.keep} 側のプロフィールへ移しました。承認メールが届くかもしれませんので、その際は受け取りをお願いします。\n\n小林`,
  }],

  // ---------------- case_closed (8) ----------------
  ['close-probably-resolved', {
    kind: 'case_closed', note: '"probably resolved, so we are closing" closes the case',
    from: SUP, to: KENJI.keep, subject: subj(C.kenji), d: '2026-03-20 03:00:00', caseId: C.kenji, enc: 'jis7',
    text: `森 様\n\nその後ご連絡がございませんので、おそらく解決されたものと判断し、本ケースをクローズいたします。\n引き続きお困りの際は、このメールにご返信いただければケースが再開されます。\n\nAWS トレーニングと認定`,
  }],
  ['close-auto-3days', {
    kind: 'case_closed', note: 'reminder: the case will close automatically without a reply',
    from: NOTIFY, to: TARO.keep, subject: `[ケース ${C.taro}] ご返信のお願い`, d: '2026-02-12 01:00:14', caseId: C.taro, enc: 'sjisb64',
    text: `山田 太郎 様\n\nケース ${C.taro} について、お客様からのご返信をお待ちしております。\n3日以内にご返信がない場合、このケースは自動的にクローズされます。すでに解決済みでしたら、このままで問題ございません。\n\nAWS Support`,
  }],
  ['close-restate-merge', {
    kind: 'case_closed', trap: true, note: 'closing notice that only restates the earlier merge',
    from: SUP, to: HANAKO.keep, subject: subj(C.hanako), d: '2026-02-02 02:14:51', caseId: C.hanako, enc: 'jisb64',
    text: `佐藤様\n\n先日ご報告のとおり、アカウントは統合済みかと存じます。\nその後ご質問もないようですので、本件はクローズとさせていただきます。\n\n小林`,
  }],
  ['close-restate-badges', {
    kind: 'case_closed', trap: true, note: 'closing that restates the badges moved earlier, nothing new',
    from: SUP, to: TARO.keep, subject: subj(C.taro), d: '2026-02-16 06:40:33', caseId: C.taro, enc: 'utf8qp',
    text: `山田様\n\n先週お伝えしたとおり、バッジは統合先へ移っているはずですので、本ケースは解決済みとしてクローズいたします。\nご協力ありがとうございました。\n\nAWS トレーニングと認定 中村`,
  }],
  ['close-fail', {
    kind: 'case_closed', note: 'closing notice with dmarc=fail: untrusted',
    from: SUP, to: KENJI.keep, subject: subj(C.kenji), d: '2026-03-21 04:04:04', caseId: C.kenji, auth: 'fail', enc: 'utf8b64',
    text: `森様\n\n本ケースは解決したものとみなし、クローズされました。\n再開する場合はこちらからログインしてください。`,
  }],
  ['close-status-html', {
    kind: 'case_closed', note: 'HTML status notice: case resolved',
    from: NOTIFY, to: HANAKO.keep, subject: `ケース ${C.hanako} は解決済みになりました`, d: '2026-02-02 02:20:09', caseId: C.hanako, enc: 'utf8qp',
    html: html(`佐藤 花子 様\n\nケース ${C.hanako} のステータスが「解決済み」に変更されました。\nこの件で引き続きサポートが必要な場合は、ケースを再開できます(たぶん14日以内であれば可能です)。\n\nAWS Support`),
  }],
  ['close-seems-ok', {
    kind: 'case_closed', note: 'agent assumes all is well and closes',
    from: SUP, to: TARO.keep, subject: jaSubj(C.taro, 'ケースのクローズについて'), d: '2026-02-13 08:19:27', caseId: C.taro, enc: 'jis7',
    text: `山田様\n\n特に問題なくご利用いただけているようですので、こちらのお問い合わせは終了とさせていただきます。\nまた何かございましたらお気軽にご連絡ください。\n\n中村`,
  }],
  ['close-sjis-reminder', {
    kind: 'case_closed', note: 'will close in 5 days unless the customer replies',
    from: SUP, to: KENJI.keep, subject: subj(C.kenji), d: '2026-03-18 00:31:50', caseId: C.kenji, enc: 'sjis8',
    text: `森様\n\n前回のご案内から数日経過しておりますが、その後いかがでしょうか。\n5日以内にご返信がない場合、恐れ入りますが本ケースは自動でクローズされます。\n\n田村`,
  }],

  // ---------------- support_reply (9) ----------------
  ['sr-kakunin-chu', {
    kind: 'support_reply', trap: true, note: 'real uncertainty: whether the merge went through is still being checked (確認中)',
    from: SUP, to: TARO.keep, subject: subj(C.taro), d: '2026-02-07 02:29:14', caseId: C.taro, enc: 'jis7',
    text: `山田様\n\nご連絡ありがとうございます。\n統合が正しく反映されたかどうか、現在担当チームにて確認中です。結果がわかり次第、あらためてご連絡いたします。\n\n中村`,
  }],
  ['sr-few-more-days', {
    kind: 'support_reply', trap: true, note: 'the merge may take a few more days: future, not done',
    from: SUP, to: HANAKO.keep, subject: subj(C.hanako), d: '2026-01-24 06:11:48', caseId: C.hanako, enc: 'sjisb64',
    text: `佐藤様\n\nご同意ありがとうございます。\n統合処理はキューに入っておりますが、混み合っているため、完了まであと数日かかるかもしれません。統合が完了しましたら、このケースでお知らせします。\n\n小林`,
  }],
  ['sr-thanks-confirm', {
    kind: 'support_reply', trap: true, note: 'thanks for confirming, passed to the team',
    from: SUP, to: KENJI.keep, subject: subj(C.kenji), d: '2026-03-12 09:40:31', caseId: C.kenji, enc: 'utf8qp',
    text: `森様\n\nご確認いただきありがとうございました。\n統合の担当チームへ依頼を回しました。おそらく近日中に処理されると思いますので、今しばらくお待ちください。\n\n田村\n\n${gmailJa('2026年3月12日(木) 18:22', KENJI.ja, KENJI.keep, '田村様\n内容問題ありません。統合を進めてください。\n森')}`,
  }],
  ['sr-badges-not-yet', {
    kind: 'support_reply', trap: true, note: 'badges may not have moved yet; being checked with Credly',
    from: SUP, to: TARO.keep, subject: subj(C.taro), d: '2026-02-08 03:03:03', caseId: C.taro, enc: 'jisb64',
    text: `山田 様\n\nバッジがまだ移っていない可能性がございます。Credly 側の状況を問い合わせておりますので、もう少々お時間をください。\n\n中村`,
  }],
  ['sr-dup-cases-merged', {
    kind: 'support_reply', trap: true, note: '"we merged your duplicate cases": not the account merge',
    from: SUP, to: KENJI.keep, subject: subj(C.kenjiDup), d: '2026-03-10 04:50:26', caseId: C.kenjiDup, enc: 'sjis8',
    text: `森様\n\n同じ内容のケースが2件作成されていたようですので、ケース ${C.kenji} に統合いたしました。\n今後のやりとりはそちらのケースで行わせていただきます。\n\nAWS トレーニングと認定`,
  }],
  ['sr-unable-maybe', {
    kind: 'support_reply', trap: true, note: 'says the merge may not be possible in this form: negated/uncertain, no request',
    from: SUP, to: HANAKO.keep, subject: subj(C.hanako), d: '2026-01-21 08:38:17', caseId: C.hanako, enc: 'utf8b64',
    text: `佐藤様\n\n申し訳ございません。統合元のアカウントは、ご所属先の管理下にある可能性があり、このままでは統合できないかもしれません。\n社内で確認のうえ、改めてご連絡いたします。\n\n小林`,
  }],
  ['sr-escalated', {
    kind: 'support_reply', note: 'escalation with a hedged timeline',
    from: SUP, to: TARO.keep, subject: subj(C.taro), d: '2026-02-05 10:02:59', caseId: C.taro, enc: 'utf8qp',
    text: `山田様\n\n本件は専門チームへエスカレーションいたしました。回答までに少しお時間をいただくことになりそうです。進捗があればこちらからご連絡いたします。\n\n中村`,
  }],
  ['sr-to-colleague', {
    kind: 'support_reply', note: 'status reply addressed to the user\'s manager only: not for the user',
    from: SUP, to: '鈴木 部長 <suzuki@corp.example.co.jp>', subject: subj(C.taro), d: '2026-02-05 10:06:11', caseId: C.taro, enc: 'jis7',
    text: `鈴木様\n\n山田様の件について、現在手続きを進めております。たぶん今週中には一区切りつくかと思います。\n\nAWS Training and Certification`,
  }],
  ['sr-once-merged', {
    kind: 'support_reply', trap: true, note: 'conditional: "once the merge is done, the badges should follow"',
    from: SUP, to: KENJI.keep, subject: subj(C.kenji), d: '2026-03-13 01:17:44', caseId: C.kenji, enc: 'sjisb64',
    text: `森様\n\nお問い合わせのバッジについてですが、統合が完了しましたら、Credly のバッジも順次移るはずです。移らない場合はお知らせください。\n\n田村`,
  }],

  // ---------------- unrelated (9) ----------------
  ['un-own-hedge', {
    kind: 'unrelated', trap: true, note: 'the user\'s own note to a colleague guessing the merge is done',
    from: T, to: '佐々木 <sasaki@corp.example.co.jp>', cc: TARO.keep, subject: `Fwd: ${subj(C.taro)}`, d: '2026-02-06 15:20:00', caseId: C.taro, auth: 'none', enc: 'utf8qp',
    text: `佐々木さん\n\n認定アカウントの統合、たぶん終わったと思います。サポートから完了っぽいメールが来ました。\n念のため転送します。\n\n山田\n\n---------- Forwarded message ---------\nFrom: AWS Training and Certification <${SUP_ADDR}>\nDate: 2026年2月6日(金) 14:02\nSubject: ${subj(C.taro)}\n\n山田様\n本日、統合の処理を実施いたしました。`,
  }],
  ['un-colleague-hazu', {
    kind: 'unrelated', trap: true, note: 'a colleague hedging that the merge should be finished: no news from support',
    from: '佐々木 健 <sasaki@corp.example.co.jp>', to: TARO.src, subject: 'Re: 認定アカウント統合の件', d: '2026-02-07 10:11:45', caseId: null, auth: 'pass', enc: 'jis7',
    text: `山田さん\n\n自分のときは同意の返信から3日くらいで統合されていたので、山田さんのももう移行済みのはずですよ。\nバッジは別途お願いしないとダメだったかも。\n\n佐々木`,
  }],
  ['un-ooo-colleague', {
    kind: 'unrelated', trap: true, note: 'out-of-office auto-reply from a colleague, mentions confirmation loosely',
    from: '佐々木 健 <sasaki@corp.example.co.jp>', to: TARO.src, subject: '自動応答: 認定アカウント統合の件', d: '2026-02-09 09:00:02', caseId: null, auth: 'none', enc: 'sjis8',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `不在のため自動返信しています。2月12日に戻ります。\nお急ぎのご確認事項は情報システム部までお願いします。`,
  }],
  ['un-refund-case', {
    kind: 'unrelated', trap: true, note: 'another case about an exam refund, hedged "probably completed"',
    from: SUP, to: HANAKO.keep, subject: `RE:[CASE ${C.refund}] [AWS Training and Certification Form Submission] - exam-refund`, d: '2026-02-03 05:45:12', caseId: C.refund, enc: 'jis7',
    text: `佐藤様\n\n試験キャンセルに伴う返金についてのお問い合わせありがとうございます。\n返金処理はすでに完了しているものと思われます。カード会社の明細への反映には数日かかる場合がございます。\n\n返金チーム`,
  }],
  ['un-exam-case-closed', {
    kind: 'unrelated', trap: true, note: 'closing of the user\'s other case about exam rescheduling',
    from: SUP, to: KENJI.keep, subject: `RE:[CASE ${C.exam}] 試験日程の変更について`, d: '2026-03-02 02:02:02', caseId: C.exam, enc: 'utf8b64',
    text: `森様\n\n試験日程の変更は問題なく反映されているかと存じますので、試験予約に関する本ケースはクローズいたします。\n\nAWS トレーニングと認定`,
  }],
  ['un-survey', {
    kind: 'unrelated', trap: true, note: 'survey about the resolved case',
    from: 'AWS Support <aws-support-survey@amazon.com>', to: TARO.keep, subject: 'お問い合わせは解決しましたか?', d: '2026-02-14 00:00:41', caseId: C.taro, enc: 'utf8qp',
    html: html(`山田 太郎 様\n\n先日のお問い合わせ(ケース ${C.taro})について、おそらく解決済みかと存じますが、対応はいかがでしたか。\n1分ほどのアンケートにご協力ください。\n\n[アンケートに回答する]`),
  }],
  ['un-ms-badge', {
    kind: 'unrelated', trap: true, note: 'Credly badge from another issuer',
    from: 'Microsoft via Credly <admin@credly.com>', to: HANAKO.keep, subject: 'Microsoftのバッジ発行のお知らせ', d: '2026-01-30 12:30:00', caseId: null, enc: 'utf8b64',
    relay: 'o3.em.credly.com',
    html: html(`佐藤 花子 様\n\nMicrosoft から「Azure Fundamentals」のバッジが発行されました。\n\n[バッジを入手する]`),
  }],
  ['un-credly-merge-code', {
    kind: 'unrelated', trap: true, note: 'Credly\'s own account-merge code mail',
    from: 'Credly <admin@credly.com>', to: KENJI.keep, subject: 'Credly アカウント統合の確認コード', d: '2026-03-18 10:44:16', caseId: null, enc: 'utf8qp',
    relay: 'o1.em.credly.com',
    text: `Credly アカウントの統合リクエストを受け付けました。\n以下のコードを入力すると、統合が完了するはずです。\n\n確認コード: 582914\n\nこのリクエストに心当たりがない場合は、このメールを無視してください。`,
  }],
  ['un-own-sent-consent', {
    kind: 'unrelated', trap: true, note: 'the user\'s own consent reply copied to the other own address',
    from: H, to: SUP_ADDR, cc: HANAKO.src, subject: subj(C.hanako), d: '2026-01-23 19:05:10', caseId: C.hanako, auth: 'none', enc: 'jis7',
    rcpt: HANAKO.src,
    text: `小林様\n\n同意します。統合をお願いいたします。\nたぶん問題ないと思いますが、何かあればご連絡ください。\n\n佐藤\n\n${q('統合は取り消しができない処理となりますが、進めてよろしいでしょうか。')}`,
  }],
];

const ROT: Enc[] = ['jis7', 'utf8qp', 'sjis8', 'jisb64', 'utf8b64', 'sjisb64'];
export const JA: Msg[] = specs.map(([slug, s], i) => mk('ja', 'ja-' + slug, s, ROT[i % ROT.length] as Enc));
