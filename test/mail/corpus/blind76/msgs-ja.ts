// bw: Japanese messages, as Japanese mail clients and carriers deliver them.
import type { Msg } from './lib.js';
import {
  CREDLY, DAI, ID, IPHONE_JA, KENJI, M, NOREPLY, SAKI, SUP, SUP_ADDR, YUKI, appleHtml, d, fwdAppleJa, fwdGmailJa, gmailHtml, gmailJa, iosJa,
  origJa, outlookHtml, outlookJa, q, sfOrig, subj, to, wrap72,
} from './common.js';

const K = to(KENJI.ja, KENJI.keep);
const Y = to(YUKI.ja, YUKI.keep);
const N = to(DAI.ja, DAI.keep);
const S = to(SAKI.ja, SAKI.keep);

// ---- texts that appear quoted
const kenjiReq = `お世話になっております。木村と申します。
AWS認定のアカウントが2つに分かれてしまったため、統合をお願いしたく連絡しました。
残すほう: ${KENJI.keep} (${KENJI.keepId})
統合元: ${KENJI.src} (${KENJI.srcId})
よろしくお願いします。`;
const supAskJa = `木村様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
お手続きを進めるにあたり、両アカウントの候補者ID、ログインに使用しているメールアドレスをご返信ください。

AWS トレーニングと認定 カスタマーサポート`;
const supConfirmJa = `木村様

ご返信ありがとうございます。以下の内容で統合を行います。
統合元: ${KENJI.srcId} → 統合先: ${KENJI.keepId}
統合後は元に戻せませんので、この内容で進めてよいかご返信ください。`;
const kenjiOk = `承知しました。その内容で進めてください。\n\n${IPHONE_JA}`;
const supDoneJa = `木村様

お待たせいたしました。${KENJI.srcId} の認定履歴を ${KENJI.keepId} へ統合いたしました。
認定ポータルにサインインのうえ、資格が表示されていることをご確認ください。`;
const yukiReq = `前職のメールで取った資格(SAA)と、今の個人アドレスのアカウントを一つにしたいです。
残す: ${YUKI.keep}
古い方: ${YUKI.src}`;
const supBadgeJa = `森様

Credly のバッジにつきましても、統合先のアカウントへ移行が完了いたしました。
引き続きよろしくお願いいたします。`;

export const JA: Msg[] = [
  // ================= acknowledgement (8)
  M({ slug: 'ack-j1', kind: 'acknowledgement', lang: 'ja', caseId: ID.kenji, note: 'automatic receipt in Japanese, case ID in subject and body', from: NOREPLY, to: K,
    subject: `[CASE ${ID.kenji}] お問い合わせを受け付けました`, date: d('2026-11-02 10:41:07'), enc: 'jis7',
    text: `${KENJI.ja} 様

AWS サポートにお問い合わせいただきありがとうございます。
ケース ID ${ID.kenji} でご依頼を承りました。担当者より通常 24 時間以内にご連絡いたします。

同じ内容で新たにケースを作成されますと、回答が遅れる原因となりますのでご注意ください。
このメールは送信専用アドレスから送られています。

Amazon Web Services` }),
  M({ slug: 'ack-j2', kind: 'acknowledgement', lang: 'ja', caseId: ID.yuki, note: 'receipt recognisable by shape: case number, submitted form fields, reply-time notice', from: NOREPLY, to: Y,
    subject: `ケース ${ID.yuki} が作成されました`, date: d('2026-10-19 22:03:55'), enc: 'utf8b64', wholeSubject: true,
    text: `ケース番号: ${ID.yuki}
件名: アカウントの統合
お問い合わせの種類: AWS トレーニングと認定
受付日時: 2026/10/19 22:03 JST

────────────
担当部署で内容を確認しております。回答はこのアドレス宛てにお送りします。
ご返信の際は件名を変更しないでください。
────────────
Amazon Web Services, Inc.` }),
  M({ slug: 'ack-j3', kind: 'acknowledgement', lang: 'ja', caseId: ID.saki, note: 'receipt delivered to a SoftBank carrier address, Shift_JIS, short', from: NOREPLY, to: to(SAKI.ja, SAKI.mob),
    subject: `[CASE ${ID.saki}] 受付完了のお知らせ`, date: d('2026-09-08 07:12:30'), enc: 'sjis8',
    text: `山本 咲 様
ご依頼(ケース${ID.saki})を受け付けました。
回答まで今しばらくお待ちください。
AWS Support` }),
  M({ slug: 'ack-j4', kind: 'acknowledgement', lang: 'ja', caseId: ID.dai, note: 'HTML-only receipt with the case ID only in the body', from: NOREPLY, to: N,
    subject: 'AWS サポート: お問い合わせありがとうございます', date: d('2026-12-01 13:20:02'), enc: 'utf8qp',
    html: `<html><body style="font-family:Meiryo,sans-serif"><table width="600"><tr><td><h2>お問い合わせを承りました</h2><p>${DAI.ja} 様</p><p>この度は AWS トレーニングと認定 へご連絡いただき、ありがとうございます。</p><p>ケース ID: <b>${ID.dai}</b></p><p>順番に対応しておりますので、担当者からのご連絡をお待ちください。既存のケースがある場合、同じ内容での重複起票はお控えください。</p><p style="color:#888">※本メールへの返信はできません。</p></td></tr></table></body></html>` }),
  M({ slug: 'ack-j5', kind: 'acknowledgement', lang: 'ja', caseId: ID.kenji, note: 'receipt, multipart, Japanese with English boilerplate', from: NOREPLY, to: K,
    subject: `AWS Support ケース ${ID.kenji} を受け付けました`, date: d('2026-11-02 10:41:09'), enc: 'jisb64',
    text: `お客様のお問い合わせは正常に送信されました。

ケースID: ${ID.kenji}
お問い合わせ内容: Account merge / アカウント統合

(This is an automated message. Please do not reply.)
サポート担当者が確認後、このメールアドレス宛にご連絡します。`,
    html: `<p>お客様のお問い合わせは正常に送信されました。</p><p>ケースID: ${ID.kenji}<br>お問い合わせ内容: Account merge / アカウント統合</p><p>(This is an automated message. Please do not reply.)<br>サポート担当者が確認後、このメールアドレス宛にご連絡します。</p>` }),
  M({ slug: 'ack-j6', kind: 'acknowledgement', lang: 'ja', caseId: ID.yukiDup, note: 'receipt for the second (duplicate) case', from: NOREPLY, to: Y,
    subject: `[CASE ${ID.yukiDup}] お問い合わせ受付`, date: d('2026-10-21 08:15:40'), enc: 'jis7',
    text: `森 由紀 様

ケース ${ID.yukiDup} として受付いたしました。
内容を確認のうえ、担当よりご連絡差し上げます。

Amazon Web Services` }),
  M({ slug: 'ack-j7', kind: 'acknowledgement', lang: 'ja', caseId: ID.saki, trusted: false, auth: 'forgedBelow', note: 'receipt; its dmarc=pass header sits below the server Received line', from: NOREPLY, to: S,
    subject: `ケース ${ID.saki}: 受付`, date: d('2026-09-08 07:12:31'), enc: 'sjisb64',
    text: `山本 咲 様

AWS トレーニングと認定へのお問い合わせを受け付けました (ケースID ${ID.saki})。
回答は通常1営業日以内です。今しばらくお待ちくださいませ。` }),
  M({ slug: 'ack-j8', kind: 'acknowledgement', lang: 'ja', caseId: ID.dai, note: 'receipt with a wrapped Outlook-friendly plain body; topic not stated', from: NOREPLY, to: N,
    subject: `ケースを受け付けました - ${ID.dai}`, date: d('2026-12-01 13:20:05'), enc: 'jis7',
    text: wrap72(`${DAI.ja} 様、お問い合わせいただきありがとうございます。ケースID ${ID.dai} で受付しましたので、回答までしばらくお待ちください。追加の情報がある場合はこのケースへの返信としてお送りください。`) }),

  // ================= ai_answer (7)
  M({ slug: 'ai-j1', kind: 'ai_answer', lang: 'ja', caseId: null, note: 'generated answer pointing to the self-service merge tool', from: NOREPLY, to: K,
    subject: 'AWS サポートからの回答候補', date: d('2026-11-02 10:38:12'), enc: 'utf8qp',
    text: `以下は生成 AI による回答です。内容が正確でない場合があります。

AWS 認定ポータルの「プロフィール」から「アカウントの統合」を開き、統合したいもう一方のアカウントでサインインすると、ご自身で統合を行えます。
両方のアカウントに認定の履歴がある場合はツールが利用できないことがあります。その際は「ケースを作成」からお問い合わせください。

この回答は役に立ちましたか?` }),
  M({ slug: 'ai-j2', kind: 'ai_answer', lang: 'ja', caseId: null, note: 'automated suggestion, explains what happens after a merge but stays ai_answer', from: NOREPLY, to: Y,
    subject: 'お問い合わせへの自動回答', date: d('2026-10-19 21:58:44'), enc: 'jisb64',
    text: `森 由紀 様

お問い合わせ内容から、次の手順が役立つ可能性があります(自動生成)。
1. 残したいアカウントで認定ポータルにサインイン
2. プロフィール → アカウント統合 を選択
3. 統合元アカウントの認証情報を入力
統合が済むと認定と特典は残したほうのアカウントに表示され、統合元ではサインインできなくなります。
解決しない場合はケースを作成してください。` }),
  M({ slug: 'ai-j3', kind: 'ai_answer', lang: 'ja', caseId: null, note: 'AI answer HTML-only, delivered to carrier address as Shift_JIS', from: NOREPLY, to: to(KENJI.ja, KENJI.mob),
    subject: 'AWS 自動応答', date: d('2026-11-02 10:38:50'), enc: 'sjisb64',
    html: `<html><body><p>AI が作成した回答をお送りします。</p><p>認定アカウントの統合は、認定ポータルのセルフサービス機能でお試しいただけます。うまくいかない場合は、ページ下部の「ケースを作成」を押してください。</p></body></html>` }),
  M({ slug: 'ai-j4', kind: 'ai_answer', lang: 'ja', caseId: null, note: 'generated answer with English disclaimer, Japanese body', from: NOREPLY, to: S,
    subject: 'Amazon Q によるご案内', date: d('2026-09-08 07:05:10'), enc: 'utf8b64', wholeSubject: true,
    text: `Generated by AI. Verify before use.

ご質問「資格のアカウントをまとめたい」について:
AWS Certification の Merge Accounts ツールで、2 つのアカウントの認定情報を 1 つにまとめられます。ツールがエラーになる場合、または両方で試験を受けている場合はサポートへのお問い合わせが必要です。` }),
  M({ slug: 'ai-j5', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: false, auth: 'fail', note: 'AI answer; dmarc=fail', from: NOREPLY, to: N,
    subject: '自動回答: 認定アカウントについて', date: d('2026-12-01 13:14:00'), enc: 'jis7',
    text: `中村 大輔 様

自動で作成されたご案内です。
アカウントの統合はプロフィール画面から行えます。統合後、バウチャーなどの特典も残したアカウントで確認できます。
解決しない場合はこのまま「ケースを作成」へお進みください。` }),
  M({ slug: 'ai-j6', kind: 'ai_answer', lang: 'ja', caseId: null, note: 'AI answer, case id absent, ISO-2022-JP base64, multipart', from: NOREPLY, to: K,
    subject: 'ご質問への回答(自動)', date: d('2026-11-05 19:02:33'), enc: 'jisb64',
    text: `こちらは自動回答です。

「資格の引き継ぎ」に関するよくある質問:
・メールアドレスの変更はできません。別アカウントへの統合をご利用ください。
・統合はポータルのツールから実行できます。
・ツールで統合できない場合に限り、担当者が対応します。`,
    html: `<p>こちらは自動回答です。</p><p>「資格の引き継ぎ」に関するよくある質問:</p><ul><li>メールアドレスの変更はできません。別アカウントへの統合をご利用ください。</li><li>統合はポータルのツールから実行できます。</li><li>ツールで統合できない場合に限り、担当者が対応します。</li></ul>` }),
  M({ slug: 'ai-j7', kind: 'ai_answer', lang: 'ja', caseId: null, note: 'AI answer in plain te-form Japanese, ezweb carrier address', from: NOREPLY, to: to(YUKI.ja, YUKI.mob),
    subject: '回答のご提案', date: d('2026-10-19 21:59:02'), enc: 'sjis8',
    text: `AIによる回答のご提案です。
ポータルにサインインして、プロフィールの統合メニューから、もう一方のアカウントを指定してください。
両方に試験履歴があるとツールが使えないため、その場合はケースを作成してください。` }),

  // ================= info_request (9)
  M({ slug: 'info-j1', kind: 'info_request', lang: 'ja', caseId: ID.kenji, note: 'asks for candidate IDs and login addresses; top-posted over the user iPhone request', to: K,
    subject: subj(ID.kenji), date: d('2026-11-03 11:22:40'), enc: 'jis7',
    text: `木村 健二 様

お問い合わせありがとうございます。担当の佐々木です。
恐れ入りますが、2つのアカウントそれぞれの候補者ID(AWSから始まる番号)と、サインインに使用しているメールアドレスを本メールへの返信でお知らせいただけますでしょうか。

AWS トレーニングと認定 カスタマーサポート

${sfOrig(KENJI.keep, '2026/11/02 10:40', SUP_ADDR, 'アカウント統合')}

${kenjiReq}

${IPHONE_JA}` }),
  M({ slug: 'info-j2', kind: 'info_request', lang: 'ja', caseId: ID.yuki, note: 'which account to keep, phrased without the request word, Outlook quote block below', to: Y,
    subject: subj(ID.yuki), date: d('2026-10-20 15:04:11'), enc: 'jisb64',
    text: `森様

ご連絡ありがとうございます。
統合後にお使いになるアカウントがどちらになるか、こちらで判断がつきかねております。${YUKI.keep} と ${YUKI.src} のうち、残す方をご教示いただけますと幸いです。

${origJa}
${outlookJa(to(YUKI.ja, YUKI.keep), '2026年10月19日 22:02', SUP_ADDR, 'アカウント統合のお願い')}

${yukiReq}` }),
  M({ slug: 'info-j3', kind: 'info_request', lang: 'ja', caseId: ID.saki, note: 'asks for the notification address and pass dates; user Yahoo reply quoted', to: S,
    subject: subj(ID.saki), date: d('2026-09-09 09:47:20'), enc: 'utf8qp',
    text: `山本様

ご返信いただきありがとうございます。
手続きを進めるため、統合元アカウントの認定通知用メールアドレスと、取得済み認定の名称・合格日を追記してお送りください。

----- Original Message -----
From: ${to(SAKI.ja, SAKI.keep)}
To: ${SUP_ADDR}
Date: 2026/9/8 月 23:10
Subject: Re: [CASE ${ID.saki}]

統合元のアカウントは大学のアドレスで作りました。
ID は ${SAKI.srcId} です。` }),
  M({ slug: 'info-j4', kind: 'info_request', lang: 'ja', caseId: ID.dai, note: 'asks the customer to write from the kept address AND give IDs: info_request', to: to(DAI.ja, DAI.src),
    subject: subj(ID.dai), date: d('2026-12-02 10:30:00'), enc: 'jis7',
    text: wrap72(`中村様

本人確認のため、統合先として残すアカウントのメールアドレスから本ケースへご返信ください。その際、両アカウントの候補者IDを本文に記載していただく必要がございます。

どうぞよろしくお願いいたします。
AWS Training and Certification Customer Support`) }),
  M({ slug: 'info-j5', kind: 'info_request', lang: 'ja', caseId: ID.kenji, note: 'trap-like wording: 「ご確認のうえお知らせください」 asks for the kept address; Gmail quote', trap: true, to: K,
    subject: subj(ID.kenji), date: d('2026-11-04 09:12:05'), enc: 'utf8b64',
    text: `木村様

いただいた候補者ID ${KENJI.srcId} に紐づくメールアドレスが、ご記載のものと一致しませんでした。
お手数ですが、統合元アカウントのログイン用アドレスをご確認のうえお知らせください。

${gmailJa('2026年11月3日(火) 21:05', KENJI.ja, KENJI.keep)}
${q(`ID は ${KENJI.keepId} と ${KENJI.srcId} です。\n\n${q(supAskJa)}`)}` }),
  M({ slug: 'info-j6', kind: 'info_request', lang: 'ja', caseId: ID.yuki, note: 'asks which name spelling is on each account; HTML Outlook reply', to: Y,
    subject: subj(ID.yuki), date: d('2026-10-22 17:40:00'), enc: 'utf8qp',
    text: `森様\n\n2つのアカウントで登録氏名の表記が異なっております(Mori Yuki / 森 由紀)。いずれの表記で統一をご希望か、返信にてお聞かせください。`,
    html: outlookHtml(`森様\n\n2つのアカウントで登録氏名の表記が異なっております(Mori Yuki / 森 由紀)。いずれの表記で統一をご希望か、返信にてお聞かせください。`, outlookJa(Y, '2026年10月22日 8:01', SUP_ADDR, `RE: [CASE ${ID.yuki}]`), '残すのは個人アドレスの方です。') }),
  M({ slug: 'info-j7', kind: 'info_request', lang: 'ja', caseId: ID.dai, note: 'asks whether an exam is booked on the old account, with date and name', to: N,
    subject: subj(ID.dai), date: d('2026-12-02 18:02:44'), enc: 'jisb64',
    text: `中村様

統合の前に、旧アカウントで予約中の試験がないか確認させてください。予約がある場合は試験日と試験名を添えてご返信ください。` }),
  M({ slug: 'info-j8', kind: 'info_request', lang: 'ja', caseId: ID.saki, note: 'short request to a carrier address, Shift_JIS, with Gmail-style quote', to: to(SAKI.ja, SAKI.mob),
    subject: subj(ID.saki), date: d('2026-09-10 12:01:19'), enc: 'sjis8',
    text: `山本様
統合先アカウントの候補者IDが未記載でした。AWSで始まる番号を返信で教えてください。
AWS T&C サポート

${gmailJa('2026年9月9日(水) 22:31', SAKI.ja, SAKI.mob)}
${q('ﾒｰﾙｱﾄﾞﾚｽは上の通りです。よろしくお願いします')}` }),
  M({ slug: 'info-j9', kind: 'info_request', lang: 'ja', caseId: ID.kenji, trusted: false, auth: 'lookalikeServer', note: 'info request; A-R from a look-alike authserv-id', to: K,
    subject: subj(ID.kenji), date: d('2026-11-04 09:30:00'), enc: 'jis7',
    text: `木村様

統合元アカウントに登録されている生年月日と、最後に受験した試験名をお送りいただけますか。確認が取れ次第、次の手順をご案内します。` }),

  // ================= confirmation_request (9)
  M({ slug: 'conf-j1', kind: 'confirmation_request', lang: 'ja', caseId: ID.kenji, note: 'asks to agree to the irreversible merge; quotes the user Gmail reply', to: K,
    subject: subj(ID.kenji), date: d('2026-11-04 16:55:02'), enc: 'jis7',
    text: `${supConfirmJa}

よろしくお願いいたします。

${gmailJa('2026年11月4日(水) 12:10', KENJI.ja, KENJI.keep)}
${q(`ログイン用は ${KENJI.src} でした。失礼しました。`)}` }),
  M({ slug: 'conf-j2', kind: 'confirmation_request', lang: 'ja', caseId: ID.yuki, note: 'consent asked with 「差し支えなければ…ご返信ください」 and irreversibility, te-form chain', to: Y,
    subject: subj(ID.yuki), date: d('2026-10-23 10:05:51'), enc: 'utf8b64',
    text: `森様

お調べしたところ、${YUKI.srcId} の認定を ${YUKI.keepId} に移すことができます。統合を実行すると取り消しができず、統合元ではサインインできなくなりますので、差し支えなければ「統合に同意します」とご返信ください。

AWS トレーニングと認定 サポート 高橋` }),
  M({ slug: 'conf-j3', kind: 'confirmation_request', lang: 'ja', caseId: ID.saki, note: 'consent request to a carrier address, Shift_JIS, Yahoo quote below', to: to(SAKI.ja, SAKI.mob),
    subject: subj(ID.saki), date: d('2026-09-11 10:10:10'), enc: 'sjisb64',
    text: `山本様

統合元 ${SAKI.srcId} / 統合先 ${SAKI.keepId} で間違いなければ、本メールにご返信ください。ご返信をもって統合処理を行います(処理後の取り消しは不可)。

----- Original Message -----
From: ${SAKI.mob}
Date: 2026/9/10 水 23:40
ID: ${SAKI.keepId} です` }),
  M({ slug: 'conf-j4', kind: 'confirmation_request', lang: 'ja', caseId: ID.dai, note: 'Outlook HTML consent request, English boilerplate below Japanese', to: N,
    subject: subj(ID.dai), date: d('2026-12-03 14:20:08'), enc: 'utf8qp',
    html: outlookHtml(`中村様\n\n以下の統合について最終確認をお願いいたします。\n統合元: ${DAI.src} (${DAI.srcId})\n統合先: ${DAI.keep} (${DAI.keepId})\n一度統合すると元に戻せません。ご了承いただける場合はその旨ご返信ください。\n\nPlease reply to confirm. This action cannot be undone.`, outlookJa(N, '2026年12月2日 19:45', SUP_ADDR, `RE: [CASE ${ID.dai}]`), `ID を送ります。${DAI.keepId} / ${DAI.srcId}`) }),
  M({ slug: 'conf-j5', kind: 'confirmation_request', lang: 'ja', caseId: ID.kenji, trusted: false, auth: 'none', from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon-certsupport.com>', note: 'consent request from a look-alike domain, no A-R', to: K,
    subject: subj(ID.kenji), date: d('2026-11-04 17:30:00'), enc: 'jis7',
    text: `木村様

統合の実行前に同意の確認が必要です。下記のリンクからサインインし、「同意する」を押してください。統合後は取り消せません。
https://amazon-certsupport.com/merge/confirm` }),
  M({ slug: 'conf-j6', kind: 'confirmation_request', lang: 'ja', caseId: ID.yuki, note: 'consent asked for again, restating the earlier info exchange', to: Y,
    subject: subj(ID.yuki), date: d('2026-10-24 09:00:12'), enc: 'jis7',
    text: `森様

先日お送りいただいた候補者ID、確かに確認できました。
最後に一点、統合は不可逆の操作となります。このまま進めてよろしいか、ご意思をお知らせください。

${iosJa('2026/10/23 22:14', YUKI.ja, YUKI.keep)}

${q(`残すのは ${YUKI.keep} です。\n\n${IPHONE_JA}`)}` }),
  M({ slug: 'conf-j7', kind: 'confirmation_request', lang: 'ja', caseId: ID.saki, note: 'consent request, wrapped at 72 columns, smart quotes', to: S,
    subject: subj(ID.saki), date: d('2026-09-11 10:12:00'), enc: 'utf8qp',
    text: wrap72(`山本様、統合の準備が整いました。“統合して問題ありません” 等、同意の一文を返信いただければ処理いたします。実施後にもとへ戻すことはできかねますので、ご留意ください。`) }),
  M({ slug: 'conf-j8', kind: 'confirmation_request', lang: 'ja', caseId: ID.dai, trusted: false, auth: 'failThenForged', note: 'consent request; topmost A-R fails, a pass planted lower', to: N,
    subject: subj(ID.dai), date: d('2026-12-03 14:25:00'), enc: 'jisb64',
    text: `中村様\n\n統合をこのまま実行してよいか、ご返信にて承認をお願いします。実行後は戻せません。` }),
  M({ slug: 'conf-j9', kind: 'confirmation_request', lang: 'ja', caseId: ID.kenji, note: 'consent request delivered to docomo address, short, Shift_JIS', to: to(KENJI.ja, KENJI.mob),
    subject: subj(ID.kenji), date: d('2026-11-04 16:56:00'), enc: 'sjis8',
    text: `木村様
${KENJI.srcId}を${KENJI.keepId}に統合してよいか、ご返信ください。統合後は取り消せません。` }),

  // ================= merge_completed (9)
  M({ slug: 'done-j1', kind: 'merge_completed', lang: 'ja', caseId: ID.kenji, note: 'merge done; quotes the user iPhone consent', to: K,
    subject: subj(ID.kenji), date: d('2026-11-05 12:30:48'), enc: 'jis7',
    text: `${supDoneJa}

${iosJa('2026/11/04 18:02', 'AWS Training and Certification', SUP_ADDR)}
${q(kenjiOk)}` }),
  M({ slug: 'done-j2', kind: 'merge_completed', lang: 'ja', caseId: ID.yuki, note: 'completion with 「ご確認ください」 stays merge_completed', to: Y,
    subject: subj(ID.yuki), date: d('2026-10-26 11:11:11'), enc: 'utf8b64',
    text: `森様

お待たせしました。ご依頼の2アカウントは、${YUKI.keepId} を残す形で一本化いたしました。特典(次回試験の割引)も移っておりますので、念のためポータルでご確認ください。` }),
  M({ slug: 'done-j3', kind: 'merge_completed', lang: 'ja', caseId: ID.dai, note: 'merged and the case will be closed: merge_completed (new fact)', to: N,
    subject: subj(ID.dai), date: d('2026-12-05 09:40:00'), enc: 'jisb64',
    text: `中村様

統合処理が完了いたしました。これに伴い本ケースはクローズさせていただきます。
AWS トレーニングと認定` }),
  M({ slug: 'done-j4', kind: 'merge_completed', lang: 'ja', caseId: null, from: 'AWS Certification <no-reply@certification.aws.training>', note: 'certification portal own notice, no case ID', to: S,
    subject: 'AWS 認定: アカウントが統合されました', date: d('2026-09-12 02:14:00'), enc: 'utf8qp',
    html: `<html><body><p>山本 咲 様</p><p>お客様の AWS 認定アカウントは正常に統合されました。統合元のアカウントにあった認定・試験履歴は、現在のアカウントでご覧いただけます。</p><p>AWS Certification</p></body></html>` }),
  M({ slug: 'done-j5', kind: 'merge_completed', lang: 'ja', caseId: ID.saki, note: 'completion to carrier address, half-width-free Shift_JIS', to: to(SAKI.ja, SAKI.mob),
    subject: subj(ID.saki), date: d('2026-09-12 09:05:00'), enc: 'sjis8',
    text: `山本様
統合を実施しました。${SAKI.keepId}に全ての認定が表示されるはずです。
AWSサポート` }),
  M({ slug: 'done-j6', kind: 'merge_completed', lang: 'ja', caseId: ID.kenji, trusted: false, auth: 'dkimonly', from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com.support-jp.net>', note: 'completion from a look-alike domain with aligned-looking dkim for itself', to: K,
    subject: subj(ID.kenji), date: d('2026-11-05 13:00:00'), enc: 'jis7',
    text: `木村様\n\nアカウント統合が完了しました。新しい認定証を以下から再発行してください。\nhttp://amazon.com.support-jp.net/cert` }),
  M({ slug: 'done-j7', kind: 'merge_completed', lang: 'ja', caseId: ID.yuki, note: 'completion in Outlook-wrapped text, restating the consent date', to: Y,
    subject: subj(ID.yuki), date: d('2026-10-27 16:48:31'), enc: 'jis7',
    text: wrap72(`森様、10月24日にいただいたご同意に基づき、${YUKI.srcId} の試験履歴と認定を ${YUKI.keepId} へ移行し終えました。今後は ${YUKI.keep} でサインインしてください。`) + `\n\n${origJa}\n${outlookJa(Y, '2026年10月24日 21:30', SUP_ADDR, `RE: [CASE ${ID.yuki}]`)}\n\n統合に同意します。` }),
  M({ slug: 'done-j8', kind: 'merge_completed', lang: 'ja', caseId: ID.dai, note: 'completion, multipart, Gmail-style quote of consent', to: N,
    subject: subj(ID.dai), date: d('2026-12-04 20:20:20'), enc: 'utf8qp',
    text: `中村様\n\nマージ作業が終わりました。${DAI.keepId} のほうで資格一覧をご確認いただけます。\n\n${gmailJa('2026年12月3日(木) 18:00', DAI.ja, DAI.keep)}\n${q('承認します。')}`,
    html: gmailHtml(`中村様\n\nマージ作業が終わりました。${DAI.keepId} のほうで資格一覧をご確認いただけます。`, gmailJa('2026年12月3日(木) 18:00', DAI.ja, DAI.keep), '承認します。') }),
  M({ slug: 'done-j9', kind: 'merge_completed', lang: 'ja', caseId: ID.saki, trusted: false, auth: 'otherOnly', note: 'completion; only a foreign authserv-id vouches for it', to: S,
    subject: subj(ID.saki), date: d('2026-09-12 09:06:00'), enc: 'utf8b64',
    text: `山本様\n\nご依頼のアカウント統合を完了いたしました。` }),

  // ================= badges_transferred (8)
  M({ slug: 'bdg-j1', kind: 'badges_transferred', lang: 'ja', caseId: null, from: CREDLY, note: 'AWS badge issued via Credly after the merge', to: K,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-11-06 04:12:00'), enc: 'utf8qp', relay: 'o1.email.credly.com',
    html: `<html><body><p>木村 健二 さん</p><p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。</p><p><a href="https://www.credly.com/earner/earned">バッジを入手する</a></p></body></html>` }),
  M({ slug: 'bdg-j2', kind: 'badges_transferred', lang: 'ja', caseId: ID.yuki, note: 'support says the Credly badges moved too', to: Y,
    subject: subj(ID.yuki), date: d('2026-10-29 10:00:00'), enc: 'jis7',
    text: `${supBadgeJa}

${gmailJa('2026年10月28日(水) 8:12', YUKI.ja, YUKI.keep)}
${q('Credlyのバッジが旧アドレスのままになっています。')}` }),
  M({ slug: 'bdg-j3', kind: 'badges_transferred', lang: 'ja', caseId: ID.dai, note: 'badges moved and case closing: badges_transferred', to: N,
    subject: subj(ID.dai), date: d('2026-12-07 11:00:00'), enc: 'jisb64',
    text: `中村様

Credly 上のデジタルバッジ 3 件を ${DAI.keep} に付け替えました。以上で本件は完了とし、ケースをクローズいたします。` }),
  M({ slug: 'bdg-j4', kind: 'badges_transferred', lang: 'ja', caseId: null, from: CREDLY, note: 'Credly AWS badge mail to Yahoo address, Japanese, multipart', to: S, relay: 'o2.email.credly.com',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-09-13 03:33:00'), enc: 'utf8qp',
    text: `山本 咲 さん\nAWS Certified Cloud Practitioner のバッジを受け取りました。\nバッジを入手する: https://www.credly.com/badges/accept`,
    html: `<p>山本 咲 さん</p><p>AWS Certified Cloud Practitioner のバッジを受け取りました。</p><p><a href="https://www.credly.com/badges/accept">バッジを入手する</a></p>` }),
  M({ slug: 'bdg-j5', kind: 'badges_transferred', lang: 'ja', caseId: ID.kenji, note: 'support: badges now on the kept account, Outlook-quoted user question', to: K,
    subject: subj(ID.kenji), date: d('2026-11-07 15:15:15'), enc: 'utf8b64',
    text: `木村様

ご指摘のバッジについて、Credly 側の移管が完了しております。${KENJI.keep} で Credly にログインするとご覧いただけます。

${origJa}
${outlookJa(K, '2026年11月6日 23:20', SUP_ADDR, `RE:[CASE ${ID.kenji}]`)}

バッジがまだ古いアカウントに残っているようです。` }),
  M({ slug: 'bdg-j6', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false, auth: 'none', from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', note: 'badge mail from credIy.com (capital I) look-alike', to: Y,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-10-30 05:00:00'), enc: 'utf8qp',
    html: `<p>森 由紀 さん</p><p>AWS のバッジが移行されました。<a href="https://credIy.com/accept">バッジを入手する</a></p>` }),
  M({ slug: 'bdg-j7', kind: 'badges_transferred', lang: 'ja', caseId: ID.saki, note: 'support says badges moved, to carrier address', to: to(SAKI.ja, SAKI.mob),
    subject: subj(ID.saki), date: d('2026-09-14 10:00:00'), enc: 'sjis8',
    text: `山本様
Credlyのバッジも統合先へ移しました。ご確認ください。` }),
  M({ slug: 'bdg-j8', kind: 'badges_transferred', lang: 'ja', caseId: ID.yuki, note: 'badges moved, restating the earlier merge next to the new event', to: Y,
    subject: subj(ID.yuki), date: d('2026-10-29 18:00:00'), enc: 'jis7',
    text: wrap72(`森様、先週統合済みのアカウントにつきまして、本日 Credly のバッジ（SAA、CLF）も ${YUKI.keep} 側へ移行されたことを確認いたしました。`) }),

  // ================= case_closed (8)
  M({ slug: 'cls-j1', kind: 'case_closed', lang: 'ja', caseId: ID.kenji, note: 'will auto-close without reply', from: NOREPLY, to: K,
    subject: `ケース ${ID.kenji} は近日中にクローズされます`, date: d('2026-11-12 09:00:00'), enc: 'jis7',
    text: `木村 健二 様

ケース ${ID.kenji} について、3日以内にご返信がない場合は自動的に解決済みとなります。
追加のご質問があればこのメールにご返信ください。` }),
  M({ slug: 'cls-j2', kind: 'case_closed', lang: 'ja', caseId: ID.yuki, note: 'closing that only restates the earlier merge: trap', trap: true, to: Y,
    subject: subj(ID.yuki), date: d('2026-11-02 10:00:00'), enc: 'utf8b64',
    text: `森様

先日ご案内のとおり統合は完了しておりますので、本ケースはこれにて終了とさせていただきます。ご利用ありがとうございました。` }),
  M({ slug: 'cls-j3', kind: 'case_closed', lang: 'ja', caseId: ID.dai, note: 'closed notice from no-reply', from: NOREPLY, to: N,
    subject: `AWS サポート ケース ${ID.dai} が解決済みになりました`, date: d('2026-12-10 00:05:00'), enc: 'jisb64',
    text: `中村 大輔 様\n\nケース ${ID.dai} のステータスが「解決済み」に変更されました。\n再開する場合はサポートセンターからご返信ください。` }),
  M({ slug: 'cls-j4', kind: 'case_closed', lang: 'ja', caseId: ID.saki, note: 'closed, to carrier address, Shift_JIS', from: NOREPLY, to: to(SAKI.ja, SAKI.mob),
    subject: `ｹｰｽ ${ID.saki} ｸﾛｰｽﾞ`, date: d('2026-09-20 00:00:00'), enc: 'sjis8',
    text: `ケース${ID.saki}はクローズされました。ご利用ありがとうございました。` }),
  M({ slug: 'cls-j5', kind: 'case_closed', lang: 'ja', caseId: ID.yukiDup, note: 'duplicate case closed in favour of the first one', to: Y,
    subject: subj(ID.yukiDup), date: d('2026-10-21 12:00:00'), enc: 'jis7',
    text: `森様

同じご依頼で先に作成されたケース(${ID.yuki})で対応を続けますので、こちらのケースはクローズいたします。` }),
  M({ slug: 'cls-j6', kind: 'case_closed', lang: 'ja', caseId: ID.kenji, note: 'auto-close warning in five days without a reply', from: NOREPLY, to: K,
    subject: `ご返信がない場合ケースをクローズします [${ID.kenji}]`, date: d('2026-11-13 09:00:00'), enc: 'jis7',
    text: `木村様\n\nご連絡がないため、5日後に本ケースを自動的に終了します。` }),
  M({ slug: 'cls-j7', kind: 'case_closed', lang: 'ja', caseId: ID.dai, note: 'human closing in Outlook HTML, user thanks quoted', to: N,
    subject: subj(ID.dai), date: d('2026-12-08 10:00:00'), enc: 'utf8qp',
    html: outlookHtml(`中村様\n\nお礼のご連絡ありがとうございます。特に追加のご要望がないようですので、本ケースをクローズします。`, outlookJa(N, '2026年12月7日 21:00', SUP_ADDR, `RE: [CASE ${ID.dai}]`), 'バッジも確認できました。ありがとうございました。') }),
  M({ slug: 'cls-j8', kind: 'case_closed', lang: 'ja', caseId: ID.saki, note: 'resolved status change, wrapped', to: S,
    subject: subj(ID.saki), date: d('2026-09-15 12:00:00'), enc: 'utf8qp',
    text: wrap72(`山本様、本件は解決済みとしてクローズいたしました。今後別のご用件がございましたら、新しくケースを作成してお問い合わせください。`) }),

  // ================= support_reply (9)
  M({ slug: 'sr-j1', kind: 'support_reply', lang: 'ja', caseId: ID.kenji, note: 'thanks for confirming, passed to the team: trap', trap: true, to: K,
    subject: subj(ID.kenji), date: d('2026-11-04 19:00:00'), enc: 'jis7',
    text: `木村様

ご承認ありがとうございます。担当チームへ統合作業を依頼しました。完了しましたら改めてご連絡いたします。

${iosJa('2026/11/04 18:02', 'AWS Training and Certification', SUP_ADDR)}
${q(kenjiOk)}` }),
  M({ slug: 'sr-j2', kind: 'support_reply', lang: 'ja', caseId: ID.yuki, note: 'merge not yet completed, status only: trap', trap: true, to: Y,
    subject: subj(ID.yuki), date: d('2026-10-25 14:00:00'), enc: 'utf8b64',
    text: `森様\n\n現在、統合処理は専門チームにて対応中で、まだ完了しておりません。もうしばらくお待ちいただけますと幸いです。` }),
  M({ slug: 'sr-j3', kind: 'support_reply', lang: 'ja', caseId: ID.dai, note: 'conditional future: 「統合が完了しましたら」', trap: true, to: N,
    subject: subj(ID.dai), date: d('2026-12-04 09:00:00'), enc: 'jis7',
    text: `中村様\n\n統合が完了しましたら、Credly のバッジについても併せて確認いたします。引き続きよろしくお願いいたします。` }),
  M({ slug: 'sr-j4', kind: 'support_reply', lang: 'ja', caseId: ID.saki, note: 'write from the kept address, no data asked', to: to(SAKI.ja, SAKI.mob),
    subject: subj(ID.saki), date: d('2026-09-09 08:00:00'), enc: 'sjis8',
    text: `山本様
携帯のアドレスからのご連絡でしたので、今後は統合先(残す方)のアドレスからこのケースにご返信ください。` }),
  M({ slug: 'sr-j5', kind: 'support_reply', lang: 'ja', caseId: ID.yuki, note: 'we merged your duplicate cases (not accounts)', trap: true, to: Y,
    subject: subj(ID.yuki), date: d('2026-10-21 12:05:00'), enc: 'jisb64',
    text: `森様\n\n重複して作成されたケース ${ID.yukiDup} は本ケースに統合しました。以降はこちらのケースでやりとりさせてください。` }),
  M({ slug: 'sr-j6', kind: 'support_reply', lang: 'ja', caseId: ID.kenji, note: 'escalation notice, Gmail-quoted', to: K,
    subject: subj(ID.kenji), date: d('2026-11-08 10:10:10'), enc: 'utf8qp',
    text: `木村様\n\nバッジの件は Credly 担当チームへエスカレーションしました。回答まで数営業日いただく見込みです。\n\n${gmailJa('2026年11月7日(土) 22:40', KENJI.ja, KENJI.keep)}\n${q('まだバッジが見えません。')}` }),
  M({ slug: 'sr-j7', kind: 'support_reply', lang: 'ja', caseId: ID.dai, note: 'unable to merge as asked (negated)', trap: true, to: N,
    subject: subj(ID.dai), date: d('2026-12-02 16:00:00'), enc: 'jis7',
    text: wrap72(`中村様、APN パートナーアカウントと連携している都合上、現時点ではご希望の方向での統合は行えません。パートナー管理者に連携解除をご相談いただくのが先決となります。`) }),
  M({ slug: 'sr-j8', kind: 'support_reply', lang: 'ja', caseId: ID.saki, trusted: false, auth: 'none', from: 'AWS サポート <aws.support.jp@gmail.example.com>', note: 'trusted display name on a free-mail address', to: S,
    subject: subj(ID.saki), date: d('2026-09-10 20:00:00'), enc: 'utf8b64',
    text: `山本様\n\n担当の者です。対応状況をお知らせします。現在社内で確認中です。` }),
  M({ slug: 'sr-j9', kind: 'support_reply', lang: 'ja', caseId: ID.yuki, note: 'answers a voucher question, no news on the merge', to: Y,
    subject: subj(ID.yuki), date: d('2026-10-28 13:13:00'), enc: 'jis7',
    text: `森様\n\nご質問の 50% 割引バウチャーは、統合後のアカウントの「特典」タブに表示されます。有効期限は変わりません。\n\n${iosJa('2026/10/28 8:12', YUKI.ja, YUKI.keep)}\n${q(`バウチャーはどうなりますか？\n\n${IPHONE_JA}`)}` }),

  // ================= unrelated (13)
  M({ slug: 'un-j1', kind: 'unrelated', lang: 'ja', caseId: ID.kenji, trusted: false, auth: 'none', from: to(KENJI.ja, KENJI.mob), note: 'user own consent reply from docomo, half-width kana, Shift_JIS, delivered to own Gmail via Cc', trap: true, to: SUP_ADDR, cc: K,
    subject: `Re: ${subj(ID.kenji)}`, date: d('2026-11-04 18:02:00'), enc: 'sjis8',
    text: `ﾏｰｼﾞお願いします。ｷﾑﾗ

> ${KENJI.srcId}を${KENJI.keepId}に統合してよいか、ご返信ください。` }),
  M({ slug: 'un-j2', kind: 'unrelated', lang: 'ja', caseId: ID.yuki, trusted: false, auth: 'none', from: to(YUKI.ja, YUKI.mob), note: 'user forwards the completion from her au phone to her own address', trap: true, to: Y,
    subject: `Fwd: ${subj(ID.yuki)}`, date: d('2026-10-27 18:00:00'), enc: 'sjisb64',
    text: `PCでも見れるように転送

${fwdAppleJa(SUP, subj(ID.yuki), '2026年10月27日 16:48:31 JST', Y)}

森様、${YUKI.srcId} の試験履歴と認定を ${YUKI.keepId} へ移行し終えました。` }),
  M({ slug: 'un-j3', kind: 'unrelated', lang: 'ja', caseId: null, from: NOREPLY, note: 'AWS marketing: event invitation mentioning certification merge-free topics', trap: true, to: K,
    subject: 'AWS Summit Japan 申し込み完了のお知らせ', date: d('2026-11-09 12:00:00'), enc: 'utf8qp',
    html: `<p>木村 健二 様</p><p>AWS Summit Japan へのお申し込みが完了しました。認定者ラウンジは当日認定のバッジを提示してご利用いただけます。</p>` }),
  M({ slug: 'un-j4', kind: 'unrelated', lang: 'ja', caseId: null, from: 'Microsoft via Credly <admin@credly.com>', relay: 'o1.email.credly.com', note: 'Credly badge from another issuer', trap: true, to: Y,
    subject: 'Microsoftのバッジ発行のお知らせ', date: d('2026-10-30 06:00:00'), enc: 'utf8qp',
    html: `<p>森 由紀 さん</p><p>Microsoft から「Azure Fundamentals」のバッジが発行されました。</p><p><a href="https://www.credly.com/">バッジを入手する</a></p>` }),
  M({ slug: 'un-j5', kind: 'unrelated', lang: 'ja', caseId: null, from: 'Credly <admin@credly.com>', relay: 'o1.email.credly.com', note: 'Credly own account-merge code', trap: true, to: K,
    subject: 'Credly アカウントの統合', date: d('2026-11-06 22:00:00'), enc: 'utf8b64',
    text: `アカウントの統合を完了するには、次の確認コードを入力してください: 482913\nこのコードは 30 分間有効です。` }),
  M({ slug: 'un-j6', kind: 'unrelated', lang: 'ja', caseId: ID.kenji, from: NOREPLY, note: 'survey after the case', trap: true, to: K,
    subject: 'サポートの対応はいかがでしたか?', date: d('2026-11-13 10:00:00'), enc: 'jis7',
    text: `木村様\n\nケース ${ID.kenji} は解決しましたか? 1分ほどのアンケートにご協力ください。` }),
  M({ slug: 'un-j7', kind: 'unrelated', lang: 'ja', caseId: ID.kenjiRefund, note: 'other case (exam refund) closed', trap: true, to: K,
    subject: `RE:[CASE ${ID.kenjiRefund}] [AWS Training and Certification Form Submission] - exam-refund`, date: d('2026-11-01 11:00:00'), enc: 'jis7',
    text: `木村様\n\n試験キャンセル料の返金手続きが完了しました。本ケースはクローズいたします。` }),
  M({ slug: 'un-j8', kind: 'unrelated', lang: 'ja', caseId: ID.dai, trusted: false, auth: 'none', from: to('中村 大輔', DAI.src), note: 'out-of-office auto-reply from the old company address', to: SUP_ADDR, cc: N,
    subject: `自動応答: ${subj(ID.dai)}`, date: d('2026-12-02 10:30:05'), enc: 'jis7', extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `ただいま不在にしております。12月8日以降に確認いたします。\nお急ぎの方は partner-desk@partner.example.co.jp までご連絡ください。` }),
  M({ slug: 'un-j9', kind: 'unrelated', lang: 'ja', caseId: ID.saki, trusted: false, auth: 'none', from: S, note: 'user own forward of the info request to a colleague (not for the user)', trap: true, forUser: false, to: '先輩 <senpai@lab.example.ac.jp>',
    subject: `Fw: ${subj(ID.saki)}`, date: d('2026-09-09 23:00:00'), enc: 'utf8qp',
    text: `先輩、認定アカウントの統合でこんな返事が来ました。通知用アドレスってどこで見るんでしたっけ？\n\n----- Forwarded Message -----\nFrom: ${SUP}\n\n手続きを進めるため、統合元アカウントの認定通知用メールアドレスと、取得済み認定の名称・合格日を追記してお送りください。` }),
  M({ slug: 'un-j10', kind: 'unrelated', lang: 'ja', caseId: null, from: 'AWS Certification <no-reply@certification.aws.training>', note: 'exam result notice, not a merge', trap: true, to: Y,
    subject: 'AWS 認定試験の結果について', date: d('2026-10-10 20:00:00'), enc: 'jisb64',
    text: `森 由紀 様\n\nAWS Certified Developer - Associate の試験結果が確定しました。認定ポータルでスコアレポートをご確認ください。` }),
  M({ slug: 'un-j11', kind: 'unrelated', lang: 'ja', caseId: ID.dai, trusted: false, auth: 'none', from: N, note: 'user own Outlook reply confirming the merge, copy seen in the inbox via Resent redirect', trap: true, forUser: false, to: SUP_ADDR,
    subject: `RE: ${subj(ID.dai)}`, date: d('2026-12-03 18:00:00'), enc: 'utf8qp', resent: { from: 'postmaster@example.net', to: 'archive@example.net', date: d('2026-12-03 18:00:05') },
    text: `承認します。統合を進めてください。\n\n中村\n\n${origJa}\n${outlookJa(SUP, '2026年12月3日 14:20', N, subj(ID.dai))}\n\n一度統合すると元に戻せません。ご了承いただける場合はその旨ご返信ください。` }),
  M({ slug: 'un-j12', kind: 'unrelated', lang: 'ja', caseId: null, from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', note: 'Skill Builder course completed', trap: true, to: K,
    subject: 'コースの修了おめでとうございます', date: d('2026-11-15 08:00:00'), enc: 'utf8qp',
    html: `<p>木村 健二 さん</p><p>「AWS Cloud Practitioner Essentials」の受講が完了しました。修了証をダウンロードできます。</p>` }),
  M({ slug: 'un-j13', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, auth: 'none', from: 'ピアソンVUE <noreply@pearsonvue.example.com>', note: 'test vendor booking confirmation', trap: true, to: S,
    subject: '試験予約の確認', date: d('2026-09-25 09:00:00'), enc: 'sjisb64',
    text: `山本 咲 様\n\n試験のご予約を承りました。内容をご確認のうえ、当日は身分証明書をお持ちください。` }),
];
