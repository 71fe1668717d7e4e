// Japanese messages, part 1: acknowledgement, ai_answer, info_request, confirmation_request
import type { Msg } from './lib.js';
import {
  BP_BADGE_JA, BP_SYSTEM_JA, C, HANAKO, LEGAL_EN, LEGAL_JA, M, NOREPLY, RULE2_JA, RULE_JA, SUPPORT, SUPPORT_JA, TARO,
  hw, outlookJa, paras, q, sfOrig, sfRef, sigJa, subj, flowedJa,
} from './common.js';

const T_REQ = hw(`AWS認定のアカウントが２つあるため、１つにまとめていただけますでしょうか。
残す側：${TARO.keepId}（${TARO.keep}）
まとめる側：${TARO.srcId}（${TARO.src}）
転職のため、旧勤務先のアドレスが来月で使えなくなります。
山田 太郎`, 72);

const H_REQ = hw(`いつもお世話になっております。佐藤花子です。
前職のアドレス（${HANAKO.src}）で取った認定を、個人のアドレス（${HANAKO.keep}）のアカウントへ移したいです。よろしくお願いします。`, 72);

export const JA1: Msg[] = [
  // ---------------- acknowledgement ----------------
  M({
    s: 'ack-jis-boxed-headings', k: 'acknowledgement', lang: 'ja', enc: 'jis7', date: '2026-11-24 21:14:05',
    from: SUPPORT_JA, subject: `[CASE ${C.taro}] お問い合わせを受け付けました`, id: C.taro, trap: true,
    note: 'automatic receipt in boxed old-system layout; boilerplate names completion/closing notices generically',
    text: `${RULE2_JA}
　【件名】お問い合わせ受付のお知らせ
${RULE2_JA}

山田 太郎 様

１．受付内容
${hw('このたびはAWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。下記の内容でお問い合わせを受け付けました。', 72)}

　　ケース番号　：${C.taro}
　　お問い合わせ種別：AWS トレーニングと認定
　　受付日時　　：2026年11月24日 21:14

２．今後の流れ
${hw('担当者より、通常24時間以内にご連絡いたします。内容によってはお時間をいただく場合がございます。同じ内容で新しいケースを作成されますと、回答が遅れる原因となりますのでご遠慮ください。', 72)}

３．本メールについて
${BP_SYSTEM_JA}

${sigJa('受付システム（自動送信）')}`,
  }),
  M({
    s: 'ack-sjis-hankaku-system', k: 'acknowledgement', lang: 'ja', enc: 'sjis8', date: '2026-11-25 08:02:41',
    to: HANAKO.keep, subject: `[CASE ${C.hanako}] ｹｰｽ受付のお知らせ`, id: C.hanako,
    x: { crlf: false },
    note: 'receipt from an old system with half-width katakana headings; case ID in subject and body',
    text: `**************************************************
 ｹｰｽ受付ｼｽﾃﾑ  ｼﾞﾄﾞｳ ﾊｲｼﾝ ﾒｰﾙ
**************************************************

佐藤 花子 様

ｹｰｽ番号 : ${C.hanako}
ｽﾃｰﾀｽ   : 受付済み（担当者割り当て待ち）

${hw('お問い合わせを承りました。担当者が内容を確認し、順次ご返信いたします。本メールへのご返信は不要です。追加の情報がある場合は、ケース番号を件名に残したままご返信ください。', 70)}

--
AWS Training and Certification
ｶｽﾀﾏｰｻﾎﾟｰﾄ`,
  }),
  M({
    s: 'ack-jisb64-id-body-only', k: 'acknowledgement', lang: 'ja', enc: 'jisb64', date: '2026-12-01 10:44:19',
    from: NOREPLY, subject: 'お問い合わせありがとうございます', id: C.taro2,
    note: 'receipt whose subject carries no case ID; the number is only in the body',
    text: `${hw('山田様、AWS サポートへのお問い合わせありがとうございます。お客様のお問い合わせは、ケース番号 ' + C.taro2 + ' として登録されました。', 72)}

${hw('担当部署で確認のうえ、順番にご連絡を差し上げます。なお、本メールは送信専用のアドレスから送信されています。', 72)}

----------------------------------------
Amazon Web Services
----------------------------------------`,
  }),
  M({
    s: 'ack-utf8qp-hardwrap-24h', k: 'acknowledgement', lang: 'ja', enc: 'utf8qp', date: '2026-11-28 23:51:02',
    to: HANAKO.keep, from: SUPPORT_JA, subject: subj(C.hanako2).replace('RE:', ''), id: C.hanako2,
    note: 'receipt hard-wrapped at 35 characters, the case number broken across a line',
    text: hw(`佐藤花子様

お問い合わせいただきありがとうございます。お問い合わせはケース番号${C.hanako2}で受け付けいたしました。担当者より通常24時間以内にご連絡いたします。すでにケースを作成済みの場合は、同じご依頼で別のケースを作成しないでください。

AWS トレーニングと認定`, 70),
  }),
  M({
    s: 'ack-jis-legal-third-section', k: 'acknowledgement', lang: 'ja', enc: 'jis7', date: '2026-12-02 06:30:00',
    subject: `[CASE ${C.taro}] 受付番号のご案内`, id: C.taro, trap: true,
    note: 'receipt: two paragraphs of legal/system boilerplate first, the actual receipt in the third section',
    text: `${LEGAL_JA}

${BP_SYSTEM_JA}

${hw('さて、お客様からのお問い合わせを下記のとおり受け付けましたのでお知らせいたします。ケース番号：' + C.taro + '。担当者からの連絡をお待ちください。', 72)}

${LEGAL_EN}`,
  }),
  M({
    s: 'ack-sjisb64-field-echo', k: 'acknowledgement', lang: 'ja', enc: 'sjisb64', date: '2026-11-26 14:05:33',
    to: HANAKO.keep, subject: `[CASE ${C.hanakoDup}] お問い合わせ内容の控え`, id: C.hanakoDup, trap: true,
    note: 'receipt that echoes the submitted fields (name, company, candidate ID); it asks for nothing',
    text: `${hw('お問い合わせを受け付けました。ご入力いただいた内容の控えをお送りします。', 72)}

----------------------------------------
ケース番号　　　：${C.hanakoDup}
お名前　　　　　：佐藤 花子
会社名　　　　　：（未入力）
候補者ID　　　　：${HANAKO.keepId}
お問い合わせ種別：認定 / アカウントの統合
----------------------------------------

${hw('担当者が確認したのち、このアドレス宛にご連絡します。ご入力内容に誤りがあった場合も、このメールにご返信いただければ結構です。', 72)}

AWS トレーニングと認定 カスタマーサポート`,
  }),
  M({
    s: 'ack-utf8b64-alt-portal-style', k: 'acknowledgement', lang: 'ja', enc: 'utf8b64', date: '2026-12-04 12:12:12',
    from: SUPPORT_JA, to: TARO.src, subject: `[CASE ${C.taro2}] ケースが作成されました`, id: C.taro2,
    note: 'multipart receipt sent to the old work address (one of the user\'s); case ID in subject',
    text: `ケースが作成されました

ケースID: ${C.taro2}
件名: アカウント統合のご依頼

${hw('ご連絡ありがとうございます。担当者からの返信は、このメールアドレスに届きます。', 72)}`,
    html: `<html><body><h3>ケースが作成されました</h3><table border="1" cellpadding="4"><tr><td>ケースID</td><td>${C.taro2}</td></tr><tr><td>件名</td><td>アカウント統合のご依頼</td></tr></table><p>ご連絡ありがとうございます。担当者からの返信は、このメールアドレスに届きます。</p></body></html>`,
  }),
  M({
    s: 'ack-jis-forged-below', k: 'acknowledgement', lang: 'ja', enc: 'jis7', date: '2026-12-03 03:17:45',
    subject: `[CASE ${C.taro}] お問い合わせ受付完了`, id: C.taro, t: false, auth: 'forgedBelow',
    note: 'receipt-shaped mail whose only dmarc=pass sits below the server\'s Received line: untrusted',
    text: `${hw('山田 太郎 様　お問い合わせ（ケース番号 ' + C.taro + '）を受け付けいたしました。担当者からのご連絡まで今しばらくお待ちくださいませ。', 72)}

AWS トレーニングと認定`,
  }),
  M({
    s: 'ack-jis-no-topic-receipt', k: 'acknowledgement', lang: 'ja', enc: 'jis7', date: '2026-11-30 19:40:10',
    to: HANAKO.keep, from: NOREPLY, subject: `ケース ${C.hanako2} を受け付けました`, id: C.hanako2,
    note: 'bare AWS receipt that says nothing of its topic: read as acknowledgement',
    text: hw(`このメールは、お客様が作成されたケース（${C.hanako2}）を受信したことをお知らせするものです。ご返信の必要はございません。

Amazon Web Services`, 74),
  }),

  // ---------------- ai_answer ----------------
  M({
    s: 'ai-jis-self-service-tool', k: 'ai_answer', lang: 'ja', enc: 'jis7', date: '2026-11-24 21:09:55',
    from: NOREPLY, subject: 'AWS サポート：お問い合わせに関する自動回答', trap: true,
    note: 'automated answer pointing to the self-service Merge Accounts tool; mentions badges after a merge',
    text: `${RULE_JA}
　自動回答（生成 AI によるご案内）
${RULE_JA}

${hw('お問い合わせの内容から、以下の方法で解決できる可能性があります。', 72)}

１．AWS 認定アカウントにサインインします。
２．プロフィール画面から「アカウントの統合」を選びます。
３．統合する側のアカウントの認証情報を入力し、
　　画面の指示に従って操作します。

${hw('統合の後、認定資格の履歴と特典は残す側のアカウントにまとめられます。Credly のバッジは統合後に残す側のアカウントで受け取ってください。両方のアカウントに認定の履歴がある場合、セルフサービスでは統合できないことがあります。その場合は「ケースを作成」からお問い合わせください。', 72)}

${hw('この回答は自動生成されたものです。内容に誤りが含まれる可能性があります。', 72)}`,
  }),
  M({
    s: 'ai-utf8qp-merge-explainer', k: 'ai_answer', lang: 'ja', enc: 'utf8qp', date: '2026-11-25 07:58:10',
    from: NOREPLY, to: HANAKO.keep, subject: 'お問い合わせ内容に基づく回答候補', trap: true,
    note: 'AI answer explaining what a merge does ("統合が完了すると…"); stays ai_answer',
    text: hw(`佐藤様

ご入力いただいた内容をもとに、AI が回答を作成しました。

◆アカウントの統合について
重複した認定アカウントは、認定ポータルの Merge Accounts 機能で統合できます。統合が完了すると、統合元の試験履歴・認定・特典（次回試験50%割引バウチャーを含む）は統合先に移り、統合元にはサインインできなくなります。この操作は元に戻せません。

◆解決しない場合
この回答で解決しない場合は、画面下部の「ケースを作成」を押して、担当者へのお問い合わせに進んでください。

※生成 AI の回答は参考情報です。`, 72),
  }),
  M({
    s: 'ai-sjis-hankaku-jidou', k: 'ai_answer', lang: 'ja', enc: 'sjis8', date: '2026-12-01 10:40:01',
    from: NOREPLY, subject: '【ｼﾞﾄﾞｳｶｲﾄｳ】AWS 認定アカウントについて',
    note: 'half-width katakana automated answer suggesting the portal tool',
    text: `■ｼﾞﾄﾞｳｶｲﾄｳ■

${hw('お問い合わせに関連するご案内です。認定アカウントが２つ存在する場合は、AWS Certification のアカウント設定にある「Merge Accounts」をお試しください。', 70)}

${hw('ﾂｰﾙでお手続きできなかった場合のみ、ケースを作成してください。', 70)}

(このﾒｰﾙは自動で送信されています)`,
  }),
  M({
    s: 'ai-jisb64-closing-words', k: 'ai_answer', lang: 'ja', enc: 'jisb64', date: '2026-11-27 16:22:49',
    from: NOREPLY, to: HANAKO.keep, subject: 'AWS サポートからの推奨回答', trap: true,
    note: 'AI answer that says the inquiry can be closed if solved; no human case, no closing happened',
    text: `${hw('AWS サポートの回答アシスタントです。以下の情報がお役に立つかもしれません。', 72)}

・よくある質問：認定アカウントの統合（Merge Accounts）
・よくある質問：Credly バッジの受け取り方

${hw('この回答で問題が解決した場合は、特に操作は必要ありません。お問い合わせはこの時点で完了として扱われ、ケースは作成されません。解決しない場合は、ケースを作成してください。', 72)}`,
  }),
  M({
    s: 'ai-utf8b64-html-only', k: 'ai_answer', lang: 'ja', enc: 'utf8b64', date: '2026-12-05 09:01:37',
    from: NOREPLY, subject: '生成 AI による回答',
    note: 'HTML-only AI answer with a button-like link to create a case',
    html: `<html><head><meta charset="utf-8"></head><body>
<p><b>生成 AI による回答</b></p>
<p>認定アカウントを一つにまとめたい場合は、認定ポータルにサインインし、[プロフィール] &gt; [アカウントの統合] を開いてください。</p>
<p>どちらのアカウントにも合格履歴がある場合、ツールでは統合できません。</p>
<p><a href="https://support.console.aws.amazon.com/support/contacts">ケースを作成する</a></p>
<p style="font-size:10px">この回答は AI によって生成されました。</p>
</body></html>`,
  }),
  M({
    s: 'ai-jis-lookalike-domain', k: 'ai_answer', lang: 'ja', enc: 'jis7', date: '2026-11-29 02:33:00',
    from: 'AWS サポート <no-reply@aws-training-support.jp>', subject: '自動回答：アカウント統合について',
    t: false, note: 'AI-answer text from a look-alike domain (aws-training-support.jp): untrusted',
    text: `${hw('お問い合わせありがとうございます。自動回答でご案内します。アカウントの統合は下記リンクのツールから行えます。サインインのうえ、両方のアカウントのパスワードを入力してください。', 72)}

http://aws-training-support.jp/merge

AWS サポート`,
  }),
  M({
    s: 'ai-jis-third-section', k: 'ai_answer', lang: 'ja', enc: 'jis7', date: '2026-12-02 22:05:18',
    from: NOREPLY, subject: 'お問い合わせの前にご確認ください', trap: true,
    note: 'boilerplate first (system notice naming receipts/completions), AI suggestion in the third block',
    text: `${BP_SYSTEM_JA}

${BP_BADGE_JA}

${hw('【AI による回答】ご質問の「古いアカウントの認定を新しいアカウントへ移す」には、認定ポータルのセルフサービスの統合機能をご利用いただけます。ご利用になれない場合のみ、ケースの作成に進んでください。', 72)}`,
  }),
  M({
    s: 'ai-sjisb64-related-articles', k: 'ai_answer', lang: 'ja', enc: 'sjisb64', date: '2026-11-26 13:58:44',
    from: NOREPLY, to: HANAKO.keep, subject: '関連する記事のご案内',
    note: 'automated list of help articles before case creation',
    text: `${hw('お問い合わせ内容から、次の記事が役立つ可能性があります。', 72)}

◇認定アカウントを統合するには
◇サインインに使うメールアドレスを変更するには
◇Credly でバッジを受け取るには

${hw('この案内は自動的に選ばれたものです。記事で解決しない場合は、引き続きケースを作成できます。', 72)}`,
  }),

  // ---------------- info_request ----------------
  M({
    s: 'info-jis-numbered-list', k: 'info_request', lang: 'ja', enc: 'jis7', date: '2026-11-25 15:22:07',
    subject: subj(C.taro), id: C.taro,
    note: 'human reply asking for both candidate IDs, e-mail addresses and which account to keep',
    text: `山田 太郎 様

${hw('AWS トレーニングと認定 カスタマーサポートの田中です。お問い合わせいただきありがとうございます。アカウントの統合を進めるにあたり、以下の情報が必要となります。', 72)}

１．両方のアカウントの候補者ID（AWS から始まる番号）
２．各アカウントにサインインする際のメールアドレス
３．統合後に残すアカウントはどちらか
４．各アカウントで取得済みの認定資格名と取得日

${hw('お手数ですが、このメールにご返信のかたちでお知らせいただけますと幸いです。', 72)}

${q(T_REQ)}

${sigJa('田中')}
${sfRef('7Xk2Pq')}`,
  }),
  M({
    s: 'info-jis-write-from-keep-and-ids', k: 'info_request', lang: 'ja', enc: 'jis7', date: '2026-11-26 11:03:51',
    to: HANAKO.src, subject: subj(C.hanako), id: C.hanako,
    note: 'asks to write from the kept address AND to give both IDs: info_request',
    text: hw(`佐藤様

ご連絡ありがとうございます。恐れ入りますが、本人確認のため、統合後に残されるアカウントのメールアドレスからこのケースにご返信ください。その際、統合元・統合先それぞれの候補者ID、ならびにお名前（ローマ字）を併せてご記載いただけますでしょうか。

よろしくお願いいたします。
AWS トレーニングと認定 カスタマーサポート 伊藤`, 72),
  }),
  M({
    s: 'info-sjis-kakunin-worded', k: 'info_request', lang: 'ja', enc: 'sjis8', date: '2026-11-27 09:47:26',
    subject: subj(C.taro), id: C.taro, trap: true,
    note: '「ご確認のうえお知らせください」 asks which address to keep: info_request, not confirmation',
    text: `山田様

${hw('お世話になっております。お送りいただいた内容を拝見しました。統合先として記載のメールアドレスが、ポータルに登録されているアドレスと一致しておりません。お手数ですが、統合先のアカウントでサインインに使われているメールアドレスをご確認のうえお知らせください。', 72)}

${hw('ご確認いただけ次第、手続きを進めます。', 72)}

カスタマーサポート　中村`,
  }),
  M({
    s: 'info-utf8qp-outlook-original', k: 'info_request', lang: 'ja', enc: 'utf8qp', date: '2026-11-28 17:35:40',
    to: HANAKO.keep, subject: subj(C.hanako2), id: C.hanako2,
    note: 'asks for the certification list of the old account; user\'s mail quoted Outlook-2003 style',
    text: `佐藤 花子 様

${hw('ご返信ありがとうございます。統合元のアカウントについて、取得された認定資格の名称と合格日が分かりかねております。わかる範囲で構いませんので、一覧でお送りいただけますか。認定証のPDFの添付でも結構です。', 72)}

AWS トレーニングと認定　カスタマーサポート　小林

${outlookJa('佐藤 花子 [mailto:' + HANAKO.keep + ']', '2026年11月28日 9:12', 'AWS Training and Certification', subj(C.hanako2), H_REQ)}`,
  }),
  M({
    s: 'info-jisb64-third-section', k: 'info_request', lang: 'ja', enc: 'jisb64', date: '2026-12-01 16:18:03',
    subject: subj(C.taro2), id: C.taro2, trap: true,
    note: 'two boilerplate paragraphs (naming confirmations, completions, badges) first; the request for romanised name and exam dates third',
    text: `${BP_SYSTEM_JA}

${BP_BADGE_JA}

${hw('山田様、お問い合わせの件につき、統合元アカウントを特定するために、お名前のローマ字表記と、最後に受験された試験の日付（おおよそで結構です）をお知らせください。', 72)}

${sigJa('渡辺')}`,
  }),
  M({
    s: 'info-jis-mixed-template', k: 'info_request', lang: 'ja', enc: 'jis7', date: '2026-11-29 10:00:58',
    to: HANAKO.keep, subject: subj(C.hanako), id: C.hanako,
    note: 'Japanese request above an English template block listing the fields to fill in',
    text: `佐藤様

${hw('お待たせしております。下記の英語のテンプレートに沿って、必要事項をご記入のうえご返信ください。', 72)}

Please reply with:
- Candidate ID of the account to keep:
- Candidate ID of the account to merge:
- E-mail address registered on each account:

${hw('ご不明な点があればお気軽にお尋ねください。', 72)}
カスタマーサポート　加藤`,
  }),
  M({
    s: 'info-utf8b64-nested-five', k: 'info_request', lang: 'ja', enc: 'utf8b64', date: '2026-12-03 14:44:12',
    subject: subj(C.taro), id: C.taro,
    note: 'asks once more which account to keep; history quoted five levels deep',
    text: `山田様

${hw('たびたび申し訳ございません。いただいたご返信では、どちらのアカウントを残すかが読み取れませんでした。残すアカウントの候補者IDを一つだけお書き添えください。', 72)}

カスタマーサポート　田中

> 山田です。両方とも使っていたアカウントです。
>> 残すアカウントをお知らせください。
>>> 先日お送りした情報で足りますでしょうか。
>>>> 候補者IDをお知らせください。
>>>>> ${T_REQ.split('\n')[0]}`,
  }),
  M({
    s: 'info-jis-dmarc-fail', k: 'info_request', lang: 'ja', enc: 'jis7', date: '2026-12-02 01:12:40',
    subject: subj(C.taro), id: C.taro, t: false, auth: 'fail',
    note: 'info request (asks for passwords) with dmarc=fail on top: untrusted',
    text: hw(`山田様

アカウント統合の手続きのため、統合元・統合先アカウントのメールアドレスとパスワードを本メールにご返信ください。48時間以内にご返信がない場合、お手続きを中止します。

AWS サポート`, 72),
  }),
  M({
    s: 'info-sjisb64-implied-missing', k: 'info_request', lang: 'ja', enc: 'sjisb64', date: '2026-11-30 11:26:09',
    to: HANAKO.keep, subject: subj(C.hanako2), id: C.hanako2,
    note: 'request phrased as an observation (the source login address is missing) with no request verb',
    text: `佐藤様

${hw('ご返信ありがとうございます。統合元アカウント（' + HANAKO.srcId + '）について、サインイン用のメールアドレスが未記載のようです。そちらが分かり次第、手続きに進める状態です。', 72)}

カスタマーサポート　山本

2026年11月29日(日) 22:05 佐藤 花子 <${HANAKO.keep}>:
${q(H_REQ)}`,
  }),

  // ---------------- confirmation_request ----------------
  M({
    s: 'conf-jis-irreversible', k: 'confirmation_request', lang: 'ja', enc: 'jis7', date: '2026-11-27 18:03:22',
    subject: subj(C.taro), id: C.taro,
    note: 'asks the user to agree to the merge and warns it cannot be undone',
    text: `山田 太郎 様

${hw('情報のご提供ありがとうございました。確認の結果、下記の内容で統合が可能です。', 72)}

　統合元：${TARO.srcId}（${TARO.src}）
　統合先：${TARO.keepId}（${TARO.keep}）

${hw('統合を実行すると、統合元のアカウントは無効になり、元に戻すことはできません。この内容で進めてよろしければ、「同意します」とご返信ください。', 72)}

${sigJa('田中')}`,
  }),
  M({
    s: 'conf-sjis-hankaku-header', k: 'confirmation_request', lang: 'ja', enc: 'sjis8', date: '2026-11-28 10:51:37',
    to: HANAKO.keep, subject: subj(C.hanako), id: C.hanako,
    note: 'consent request in a half-width-katakana system template',
    text: `ｱｶｳﾝﾄ統合 最終確認
--------------------------------------------------
ｹｰｽ番号 : ${C.hanako}
--------------------------------------------------

${hw('佐藤様、統合の準備が整いました。統合後は取り消しができませんので、以下の組み合わせでよいか、最終的なご意思をこのメールへのご返信でお知らせください。', 70)}

  統合元 : ${HANAKO.src}
  統合先 : ${HANAKO.keep}

ｶｽﾀﾏｰｻﾎﾟｰﾄ 伊藤`,
  }),
  M({
    s: 'conf-utf8qp-midword-wrap', k: 'confirmation_request', lang: 'ja', enc: 'utf8qp', date: '2026-12-01 13:30:55',
    subject: subj(C.taro2), id: C.taro2,
    note: 'consent request hard-wrapped mid-word (元に戻すことはでき / ません)',
    text: hw(`山田様

統合前の最終確認です。${TARO.srcId}の認定履歴を${TARO.keepId}へ移したのち、${TARO.srcId}は使用できなくなり、元に戻すことはできません。差し支えなければ、本メールに「統合に同意する」旨をご返信くださいますようお願いいたします。

カスタマーサポート　渡辺`, 70),
  }),
  M({
    s: 'conf-jisb64-long-signature', k: 'confirmation_request', lang: 'ja', enc: 'jisb64', date: '2026-11-29 15:07:14',
    to: HANAKO.keep, subject: subj(C.hanako2), id: C.hanako2,
    note: 'two-line consent request under a signature twice its length',
    text: `${hw('佐藤様　統合の実施にあたり、ご同意をいただけますでしょうか（実施後の取り消しは不可です）。ご返信をお待ちしております。', 72)}

${sigJa('小林')}
${LEGAL_JA}
${LEGAL_EN}`,
  }),
  M({
    s: 'conf-jis-gmail-quote', k: 'confirmation_request', lang: 'ja', enc: 'jis7', date: '2026-12-02 09:15:48',
    subject: subj(C.taro), id: C.taro,
    note: 'consent request above a Gmail-style Japanese quote of the user\'s details',
    text: `山田様

${hw('ご提供いただいた情報で、両アカウントを確認できました。統合は一度行うと元に戻せません。ご了承いただけましたら、その旨をご返信ください。ご返信を受領後、統合作業に入ります。', 72)}

田中

2026年12月1日(火) 20:41 山田 太郎 <${TARO.keep}>:
${q(`残すアカウント：${TARO.keepId}\n統合元：${TARO.srcId}\n認定：SAA（2024年3月）、DVA（2025年1月）`)}`,
  }),
  M({
    s: 'conf-jis-other-authserv', k: 'confirmation_request', lang: 'ja', enc: 'jis7', date: '2026-12-03 08:08:08',
    to: HANAKO.keep, subject: subj(C.hanako), id: C.hanako, t: false, auth: 'otherOnly',
    note: 'consent request carrying only a foreign (mx.google.com) Authentication-Results: untrusted',
    text: hw(`佐藤様

統合の最終確認をお願いします。よろしければ本メールにご返信ください。統合後の取り消しはできません。

AWS トレーニングと認定`, 72),
  }),
  M({
    s: 'conf-utf8b64-alt', k: 'confirmation_request', lang: 'ja', enc: 'utf8b64', date: '2026-11-30 17:44:02',
    subject: subj(C.taro2), id: C.taro2,
    note: 'multipart consent request with a small table of the two accounts',
    text: `山田様

下記の２つのアカウントを統合します。
残すアカウント：${TARO.keepId}
統合するアカウント：${TARO.srcId}

${hw('この操作は取り消せません。問題なければ、ご承諾の旨をご返信ください。', 72)}

カスタマーサポート　加藤`,
    html: `<html><body><p>山田様</p><p>下記の２つのアカウントを統合します。</p><table border="1"><tr><th>残すアカウント</th><td>${TARO.keepId}</td></tr><tr><th>統合するアカウント</th><td>${TARO.srcId}</td></tr></table><p>この操作は取り消せません。問題なければ、ご承諾の旨をご返信ください。</p><p>カスタマーサポート　加藤</p></body></html>`,
  }),
  M({
    s: 'conf-jis-susumete-yoroshii', k: 'confirmation_request', lang: 'ja', enc: 'jis7', date: '2026-11-28 12:20:31',
    to: HANAKO.keep, subject: subj(C.hanako2), id: C.hanako2, trap: true,
    note: '「この内容で進めてよろしいでしょうか」 consent request; boilerplate names completion notices generically',
    text: `佐藤様

${hw('統合先を ' + HANAKO.keep + '、統合元を ' + HANAKO.src + ' として手続きを行う予定です。この内容で進めてよろしいでしょうか。統合後は統合元に戻すことができませんので、念のためお伺いしております。', 72)}

${BP_SYSTEM_JA}

カスタマーサポート　山本`,
  }),
  M({
    s: 'conf-sjisb64-consequences', k: 'confirmation_request', lang: 'ja', enc: 'sjisb64', date: '2026-12-04 10:33:19',
    subject: subj(C.taro), id: C.taro,
    note: 'consent request listing consequences in numbered full-width sections',
    text: `山田様

統合に際して、以下の点をご了承ください。

１．統合元アカウントにはサインインできなくなります。
２．統合元の試験予約はキャンセルまたは移行が必要です。
３．統合は取り消すことができません。

${hw('上記をご了承のうえ、統合をご希望の場合はその旨をこのケースにご返信ください。', 72)}

田中`,
  }),
];
