// Japanese messages of held-out corpus i. Written fresh for this set.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CREDLY_AWS, ITO, KEN, KEN_REQ, MISAKI, MISAKI_REQ, PORTAL, SHO, SHO_REQ, SUPPORT, SUPPORT_BARE, TANAKA, YUI, YUI_REQ,
  d, fin, formSubject, formSubjectNew, gmailJa, outlookJa, paras, quote, sfOriginal, sfRef,
} from './common.js';

const SIG_KIMURA = `木村
AWS トレーニングと認定 カスタマーサポート`;
const SIG_T = `AWS Training and Certification Customer Support
Team T&C (週末対応)`;

export const JA: Msg[] = [
  // ---------------- acknowledgement ----------------
  fin({
    slug: 'ja-ack-notify', kind: 'acknowledgement', lang: 'ja', trusted: true, caseId: CASE.misaki, trap: false,
    note: 'AWS Support notification: case created, reply within 24h; pure receipt',
    from: AWS_NOTIFY, to: `${MISAKI.ja} <${MISAKI.keep}>`, subject: `AWS サポートケースを受け付けました [ケース ID: ${CASE.misaki}]`,
    date: d('2026-11-20 13:02:11'), auth: 'pass', enc: 'jis7',
    text: `中村 美咲 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
以下の内容でケースを作成しました。

ケース ID: ${CASE.misaki}
件名: AWS認定アカウントの統合
お問い合わせタイプ: AWS トレーニングと認定

通常、24 時間以内に担当者よりご連絡いたします。
同じ内容で新しいケースを作成すると対応が遅れる原因となりますので、ご注意ください。

※本メールは送信専用アドレスからお送りしています。

Amazon Web Services`,
  }),
  fin({
    slug: 'ja-ack-html-bodyid', kind: 'acknowledgement', lang: 'ja', trusted: true, caseId: CASE.ken, trap: false,
    note: 'HTML-only receipt; case ID only in the body',
    from: AWS_NOTIFY, to: KEN.keep, subject: 'お問い合わせありがとうございます - AWS サポート',
    date: d('2026-11-14 01:47:36'), auth: 'pass', enc: 'utf8b64',
    html: `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:sans-serif">
<table width="600" align="center"><tr><td>
<h2 style="color:#232f3e">お問い合わせを受け付けました</h2>
<p>鈴木 健一 様</p>
<p>AWS サポートにご連絡いただきありがとうございます。お客様のお問い合わせには、次の番号が割り当てられました。</p>
<p style="font-size:18px"><b>ケース番号：${CASE.ken}</b></p>
<p>担当者が内容を拝見し、通常 1 営業日以内にメールでご連絡いたします。</p>
<p style="color:#687078;font-size:12px">このメッセージは自動送信されています。ご返信いただいてもお答えできません。</p>
</td></tr></table></body></html>`,
  }),
  fin({
    slug: 'ja-ack-info-provided', kind: 'acknowledgement', lang: 'ja', trusted: true, caseId: CASE.sho, trap: true,
    note: 'form receipt echoing "ご提供いただいた情報"; it lists what was received and asks nothing',
    from: SUPPORT, to: SHO.keep, subject: formSubjectNew(CASE.sho),
    date: d('2026-11-27 22:15:40'), auth: 'pass', enc: 'sjisb64',
    text: `高橋 翔 様

AWS Training and Certification へのお問い合わせを承りました。
お問い合わせ番号: ${CASE.sho}

■ご提供いただいた情報
 氏名: 高橋 翔
 会社名: (未入力)
 AWS 候補 ID: ${SHO.keepId}
 問題の種類: 認定 / アカウントの統合
 お問い合わせ内容:
${quote(SHO_REQ, '   ')}

担当者が内容を確認し、追ってご連絡いたします。

${sfRef('Ab01x')}`,
  }),
  fin({
    slug: 'ja-ack-lookalike', kind: 'acknowledgement', lang: 'ja', trusted: false, caseId: CASE.phish, trap: false,
    note: 'receipt wording but From is the look-alike amazon-support-jp.com: untrusted',
    from: 'Amazon Web Services <no-reply-aws@amazon-support-jp.com>', to: YUI.keep, subject: `ケース ${CASE.phish} を受け付けました`,
    date: d('2026-12-01 03:31:09'), auth: 'pass', enc: 'jisb64',
    text: `小林 結衣 様

お問い合わせありがとうございます。ケース ${CASE.phish} を作成しました。
24時間以内に担当よりご連絡します。

ケースの状況は以下から確認できます。
https://amazon-support-jp.com/case/${CASE.phish}

Amazon Web Services サポート`,
  }),
  fin({
    slug: 'ja-ack-dkimonly-weekend', kind: 'acknowledgement', lang: 'ja', trusted: true, caseId: CASE.yui, trap: false,
    note: 'form receipt with case number; aligned DKIM only; weekend delay notice',
    from: SUPPORT, to: `${YUI.ja} <${YUI.keep}>`, subject: formSubjectNew(CASE.yui),
    date: d('2026-11-28 09:05:55', '+0000'), auth: 'dkimonly', enc: 'utf8qp',
    text: `小林様

お問い合わせを受領しました(ケース番号 ${CASE.yui})。
担当者より1営業日以内にご連絡差し上げます。
※土日祝は返信が遅れる場合がございます、予めご了承ください。

このメールに返信されますと、同じケースに追記されます。
AWS Training and Certification`,
  }),
  fin({
    slug: 'ja-ack-resent-work', kind: 'acknowledgement', lang: 'ja', trusted: true, forUser: false, caseId: CASE.ken, trap: false,
    note: 'case receipt, but redirected by the company server (Resent-*): not delivered to the user as such',
    from: AWS_NOTIFY, to: KEN.src, subject: `[ケース ${CASE.ken}] お問い合わせを受け付けました`,
    date: d('2026-11-14 01:48:02'), auth: 'pass', enc: 'jis7',
    resent: { from: 'postmaster@work.example.co.jp', to: 'k.suzuki@example.net', date: d('2026-11-14 10:48:30', '+0900') },
    text: `鈴木 健一 様

お問い合わせいただきありがとうございます。
ケース ${CASE.ken} を受け付けました。
担当者からの返信をお待ちください(通常24時間以内)。

Amazon Web Services`,
  }),
  fin({
    slug: 'ja-ack-multipart-reply-adds', kind: 'acknowledgement', lang: 'ja', trusted: true, caseId: CASE.sho, trap: false,
    note: 'AWS Support case-created notification, text+HTML',
    from: AWS_NOTIFY, to: SHO.keep, subject: `AWS サポート: ケース ${CASE.sho} が作成されました`,
    date: d('2026-11-27 22:15:12'), auth: 'pass', enc: 'utf8b64',
    text: `お客様のケースが作成されました。

ケース ID: ${CASE.sho}
重要度: 一般的なご質問
サービス: AWS トレーニングと認定

このメールに返信すると、ケースにコメントが追加されます。
回答までしばらくお待ちください。`,
    html: `<div><p>お客様のケースが作成されました。</p><p>ケース ID: <b>${CASE.sho}</b><br>重要度: 一般的なご質問<br>サービス: AWS トレーニングと認定</p><p>このメールに返信すると、ケースにコメントが追加されます。<br>回答までしばらくお待ちください。</p></div>`,
  }),
  fin({
    slug: 'ja-ack-forged-below', kind: 'acknowledgement', lang: 'ja', trusted: false, caseId: CASE.misakiDup, trap: false,
    note: 'receipt of the second (duplicate) case; the pass header sits below the server Received line: untrusted',
    from: SUPPORT, to: MISAKI.keep, subject: formSubjectNew(CASE.misakiDup),
    date: d('2026-11-21 08:40:19'), auth: 'forgedBelow', enc: 'sjis8',
    text: `中村 美咲 様

お問い合わせ内容を受け付けました。
ケース番号: ${CASE.misakiDup}

内容を確認のうえ、担当より順次ご連絡いたします。

AWS Training and Certification`,
  }),

  // ---------------- ai_answer ----------------
  fin({
    slug: 'ja-ai-generated-tool', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: null, trap: false,
    note: 'generative-AI answer pointing to the self-service merge tool',
    from: AWS_NOTIFY, to: KEN.keep, subject: 'AWS サポート: 自動回答のご案内',
    date: d('2026-11-14 01:40:02'), auth: 'pass', enc: 'jis7',
    text: `以下は生成 AI によって作成された回答です。内容が正確でない場合があります。

お問い合わせの内容: AWS 認定アカウントの統合

AWS 認定アカウントを複数お持ちの場合、認定ポータルにサインインし、
[プロフィール] > [アカウントの統合] からご自身で統合を行えます。
統合元アカウントのメールアドレスとパスワードを入力し、画面の指示に従ってください。

なお、両方のアカウントに認定の履歴がある場合、このツールはご利用いただけません。
その場合は [ケースを作成] を選択してサポートへお問い合わせください。`,
  }),
  fin({
    slug: 'ja-ai-after-merge-badges', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: null, trap: true,
    note: 'AI answer that explains what happens after a merge (badges appear); still an AI suggestion',
    from: AWS_NOTIFY, to: MISAKI.keep, subject: 'お問い合わせへの自動回答',
    date: d('2026-11-20 12:58:40'), auth: 'pass', enc: 'utf8qp',
    text: `この回答は AI により自動生成されました。

Q. 2つの AWS 認定アカウントを1つにまとめたい

A. セルフサービスの「アカウントの統合」機能をお試しください。
統合が完了すると、統合元の認定資格・試験履歴・特典は統合先アカウントに表示され、
Credly のデジタルバッジも統合先のメールアドレス宛てに発行されます。
バッジが見当たらない場合は、統合後に Credly でバッジを申請してください。

この回答で問題は解決しましたか? 解決しない場合は「ケースを作成」からお問い合わせください。`,
  }),
  fin({
    slug: 'ja-ai-helpful-buttons', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: null, trap: false,
    note: 'automated suggestion with "was this helpful" buttons, no human',
    from: AWS_NOTIFY, to: YUI.keep, subject: 'AWS トレーニングと認定: おすすめの解決方法',
    date: d('2026-11-28 08:59:03'), auth: 'pass', enc: 'sjisb64',
    text: `小林 結衣 様

お問い合わせ内容をもとに、AI が解決方法をご提案します。

・AWS 認定アカウントは、認定ポータルのプロフィール画面にある「Merge Accounts」から統合できます
・統合前に、両方のアカウントの候補 ID を控えておくことをおすすめします
・学校や会社のアドレスが使えなくなる前に手続きしてください

この回答は役に立ちましたか?  [はい]  [いいえ]
解決しない場合は、この画面から担当者とのケースを作成できます。`,
  }),
  fin({
    slug: 'ja-ai-misaligned', kind: 'ai_answer', lang: 'ja', trusted: false, caseId: null, trap: false,
    note: 'AI suggestion text, but DKIM signed by an unrelated domain and dmarc=fail: untrusted',
    from: AWS_NOTIFY, to: SHO.keep, subject: '自動回答: アカウント統合について',
    date: d('2026-11-27 22:10:00'), auth: 'misaligned', enc: 'jisb64',
    text: `生成AIによる回答です。

セルフサービスの統合ツールをご利用ください。プロフィールメニューの「アカウントの統合」から操作できます。
うまくいかない場合はケースを作成してください。`,
  }),
  fin({
    slug: 'ja-ai-html-steps', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: null, trap: false,
    note: 'HTML-only AI answer listing self-service steps',
    from: AWS_NOTIFY, to: MISAKI.src, cc: MISAKI.keep, subject: 'AI アシスタントからの回答',
    date: d('2026-11-20 12:57:14'), auth: 'pass', enc: 'utf8b64',
    html: `<html><body>
<p><i>この内容は生成 AI により作成されています。</i></p>
<p>アカウントの統合は次の手順で行えます。</p>
<ol>
<li>残したいアカウントで AWS 認定ポータルにサインインします。</li>
<li>右上の名前から [プロフィール] を開き、[アカウントの統合] を選びます。</li>
<li>もう一方のアカウントの認証情報を入力して送信します。</li>
</ol>
<p>両アカウントに認定履歴がある場合は自動では統合できません。担当者へのケース作成に進んでください。</p>
</body></html>`,
  }),
  fin({
    slug: 'ja-ai-auto-reply-case', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: CASE.ken, trap: false,
    note: 'automatic FAQ answer sent on the case (subject has case ID); not a human reply',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.ken),
    date: d('2026-11-14 01:49:10'), auth: 'pass', enc: 'jis7',
    extra: ['Auto-Submitted: auto-generated'],
    text: `本メールは自動応答です。よくあるお問い合わせへの回答をお送りします。

【アカウントの統合について】
認定ポータルの「アカウントの統合」ツールで、ご自身で統合できる場合があります。
(両アカウントに認定資格がある場合を除く)

上記で解決しない場合は、このメールにそのままご返信ください。担当者が対応いたします。

${sfRef('Kx22q')}`,
  }),
  fin({
    slug: 'ja-ai-beta-mixed', kind: 'ai_answer', lang: 'ja', trusted: true, caseId: null, trap: false,
    note: 'generative AI answer (Beta) with English boilerplate, Japanese body',
    from: AWS_NOTIFY, to: SHO.keep, subject: 'Generative AI answer (Beta) - AWS サポート',
    date: d('2026-11-27 22:09:31'), auth: 'pass', enc: 'utf88bit', crlf: false,
    text: `This answer was generated by AI and may contain errors.
-------------------------------------------------
AWS 認定の重複アカウントは、ほとんどの場合プロフィールの Merge Accounts からお客様自身でまとめていただけます。
まとめた後は、古い方のメールアドレスではサインインできなくなります。
ツールで「サポートへお問い合わせください」と表示された場合のみ、ケースを作成してください。
-------------------------------------------------
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.`,
  }),

  // ---------------- info_request ----------------
  fin({
    slug: 'ja-info-hyouki-list', kind: 'info_request', lang: 'ja', trusted: true, caseId: CASE.sho, trap: false,
    note: 'asks for both candidate IDs, login addresses and which account to keep',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho),
    date: d('2026-11-28 23:40:07'), auth: 'pass', enc: 'jis7',
    text: `高橋様

お問い合わせありがとうございます。AWS T&C サポートの木村です。
標記の件、統合作業を進めるにあたり下記ご確認ください。

1. 両アカウントの候補ID(AWS から始まる番号)
2. 各アカウントのサインイン用メールアドレス
3. どちらのアカウントを残すか(統合先)

本メールへのご返信にてお知らせいただけますと幸いです。
取り急ぎ、よろしくお願いいたします。

${SIG_KIMURA}

${sfOriginal(SHO.keep, '2026/11/27 22:15', SUPPORT_BARE, 'AWS認定 アカウント統合', SHO_REQ)}

${sfRef('Ab01x')}`,
  }),
  fin({
    slug: 'ja-info-from-kept-with-ids', kind: 'info_request', lang: 'ja', trusted: true, caseId: CASE.ken, trap: false,
    note: 'write from the kept address AND include both candidate IDs: asks for data',
    from: SUPPORT, to: KEN.src, cc: KEN.keep, subject: formSubject(CASE.ken),
    date: d('2026-11-15 02:11:45'), auth: 'pass', enc: 'sjis8',
    text: `鈴木 健一 様

お世話になっております。
恐れ入りますが、本人確認のため、統合先となるアカウントのメールアドレス(${KEN.keep})から、
両アカウントの候補IDを記載の上、本ケースへご返信いただけますでしょうか。

ご不便をおかけしますが、何卒よろしくお願い申し上げます。

AWS トレーニングと認定 サポート
担当: 岡田`,
  }),
  fin({
    slug: 'ja-info-gokakunin-address', kind: 'info_request', lang: 'ja', trusted: true, caseId: CASE.misaki, trap: true,
    note: '"ご確認のうえお知らせください" asks which address she keeps: information, not consent',
    from: SUPPORT, to: MISAKI.keep, subject: formSubject(CASE.misaki),
    date: d('2026-11-21 04:22:50'), auth: 'pass', enc: 'jisb64',
    text: `中村 美咲 様

ご連絡ありがとうございます。
統合後にサインインや認定の通知で使用されるメールアドレスについて、
${MISAKI.keep} と ${MISAKI.src} のどちらをお使いになるか、ご確認のうえお知らせください。
あわせて、前職アドレス側の候補IDがお分かりでしたらご記載ください。

よろしくお願いいたします。
AWS Training and Certification サポート 松本

${quote(MISAKI_REQ)}`,
  }),
  fin({
    slug: 'ja-info-gmail-quote-notify-addr', kind: 'info_request', lang: 'ja', trusted: true, caseId: CASE.yui, trap: false,
    note: 'asks for the certification notification and Skill Builder addresses; Gmail JP quote below',
    from: SUPPORT, to: YUI.keep, subject: formSubject(CASE.yui),
    date: d('2026-11-30 01:03:27'), auth: 'pass', enc: 'utf8qp',
    text: `小林様

ご返信ありがとうございます。
引き続き確認を進めるため、以下2点をお教えください。
・認定の通知メールを受け取っているアドレス(大学側アカウント)
・AWS Skill Builder で使っているアドレス(もしあれば)

お手数ですがよろしくお願いします。
サポート 週末担当 吉田

${gmailJa('2026年11月29日(日) 18:20', YUI.ja, YUI.keep)}
${quote(`候補IDは ${YUI.keepId} と ${YUI.srcId} です。\n個人の方を残したいです。\n\n${YUI_REQ}`)}`,
  }),
  fin({
    slug: 'ja-info-mixed-template', kind: 'info_request', lang: 'ja', trusted: true, caseId: CASE.ken, trap: false,
    note: 'Japanese preface + English template of fields to supply',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.ken),
    date: d('2026-11-16 00:35:18'), auth: 'pass', enc: 'jis7',
    text: `鈴木様

ご返信ありがとうございます。手続きに必要な項目が一部不足しております。
下記の英語のフォームにご記入のうえご返信ください(日本語でのご回答で問題ございません)。

- Full name:
- Candidate ID of the account to keep:
- Candidate ID of the account to merge:
- Email address used for each account:

宜しくお願い致します。
${SIG_T}`,
  }),
  fin({
    slug: 'ja-info-outlook-certs', kind: 'info_request', lang: 'ja', trusted: true, caseId: CASE.misaki, trap: false,
    note: 'asks for cert names and pass dates to verify identity; Outlook JP quote block',
    from: SUPPORT, to: MISAKI.keep, subject: formSubject(CASE.misaki),
    date: d('2026-11-22 06:14:33'), auth: 'pass', enc: 'utf8b64',
    text: `中村様

お待たせしております。
ご本人確認のため、前職アドレスのアカウントで取得された認定資格の名称と取得日(おおよそで可)を
ご返信いただけますでしょうか。確認が取れ次第、次のステップをご案内します。

AWS T&C サポート 松本

${outlookJa(`${MISAKI.ja} <${MISAKI.keep}>`, '2026年11月21日 20:05', SUPPORT_BARE, formSubject(CASE.misaki))}

個人アドレスの方を残したいです。よろしくお願いします。`,
    html: `<div>中村様<br><br>お待たせしております。<br>ご本人確認のため、前職アドレスのアカウントで取得された認定資格の名称と取得日(おおよそで可)を<br>ご返信いただけますでしょうか。確認が取れ次第、次のステップをご案内します。<br><br>AWS T&amp;C サポート 松本</div>
<div id="divRplyFwdMsg"><hr><b>差出人:</b> ${MISAKI.ja} &lt;${MISAKI.keep}&gt;<br><b>送信日時:</b> 2026年11月21日 20:05<br><b>宛先:</b> ${SUPPORT_BARE}<br><b>件名:</b> ${formSubject(CASE.misaki)}</div>
<div>個人アドレスの方を残したいです。よろしくお願いします。</div>`,
  }),
  fin({
    slug: 'ja-info-freemail-display', kind: 'info_request', lang: 'ja', trusted: false, caseId: CASE.phish, trap: false,
    note: 'asks for IDs and password; support display name on a gmail.com address: untrusted',
    from: 'AWS Training and Certification <aws.training.cert.support@gmail.com>', to: YUI.keep, subject: formSubject(CASE.phish),
    date: d('2026-12-02 11:19:42'), auth: 'pass', enc: 'sjisb64',
    text: `小林様

アカウント統合の件で追加情報が必要です。
下記を本メールにご返信ください。

・両アカウントのメールアドレス
・両アカウントのパスワード
・候補ID

48時間以内にご返信がない場合、申請は無効となります。`,
  }),
  fin({
    slug: 'ja-info-mobile-short', kind: 'info_request', lang: 'ja', trusted: true, caseId: CASE.yui, trap: false,
    note: 'short reply: only the kept account candidate ID is missing, please send it',
    from: SUPPORT, to: YUI.keep, subject: formSubject(CASE.yui),
    date: d('2026-11-29 02:47:00'), auth: 'pass', enc: 'jis7',
    text: `小林様
お世話になっております。保持されるアカウントの候補IDのみ確認できておりませんので、ご返信いただけますか。
吉田(AWS T&C)`,
  }),

  // ---------------- confirmation_request ----------------
  fin({
    slug: 'ja-conf-irreversible', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: CASE.sho, trap: false,
    note: 'states source/target, irreversible, reply counts as consent',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho),
    date: d('2026-11-30 04:51:12'), auth: 'pass', enc: 'jis7',
    text: `高橋 翔 様

ご返信ありがとうございます。
いただいた情報にて、下記の通り統合いたします。

 統合元: ${SHO.srcId} (${SHO.src})
 統合先: ${SHO.keepId} (${SHO.keep})

統合後は元に戻すことができません。上記内容で進めてよろしいか、本メールにご返信ください。
ご返信をもって同意とみなし、作業を開始いたします。

${SIG_KIMURA}`,
  }),
  fin({
    slug: 'ja-conf-douisimasu', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: CASE.ken, trap: false,
    note: 'asks him to reply 「同意します」 before the merge is carried out',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.ken),
    date: d('2026-11-17 03:30:44'), auth: 'pass', enc: 'utf8qp',
    text: `鈴木様

情報のご提供ありがとうございました。確認が取れました。
${KEN.srcId} の認定・試験履歴を ${KEN.keepId} に移し、${KEN.srcId} は閉鎖となります。
この処理は取り消しできませんので、問題なければ「同意します」とご返信ください。

岡田 / AWS Training and Certification

-----Original Message-----
From: ${KEN.keep}
Sent: Monday, November 16, 2026 9:02 PM
To: ${SUPPORT_BARE}
Subject: ${formSubject(CASE.ken)}

${KEN_REQ}`,
  }),
  fin({
    slug: 'ja-conf-goshouchi', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: CASE.misaki, trap: false,
    note: 'source account becomes unusable; "ご了承いただけましたらその旨ご返信ください"',
    from: SUPPORT, to: MISAKI.keep, subject: formSubject(CASE.misaki),
    date: d('2026-11-23 07:02:09'), auth: 'pass', enc: 'sjisb64',
    text: `中村 美咲 様

お待たせいたしました。確認が取れましたのでご連絡いたします。
${MISAKI.srcId} のご登録内容は ${MISAKI.keepId} へ移され、以降 ${MISAKI.src} ではサインインできなくなります。
一度実施すると元の状態には戻せません。
ご了承いただけましたら、その旨ご返信ください。ご返信を受領後、手続きを進めます。

松本
AWS Training and Certification`,
  }),
  fin({
    slug: 'ja-conf-gmail-yoroshii', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: CASE.yui, trap: false,
    note: '"実施してよろしいでしょうか" with Gmail JP quote of her IDs',
    from: SUPPORT, to: YUI.keep, subject: formSubject(CASE.yui),
    date: d('2026-12-01 00:12:51'), auth: 'pass', enc: 'jisb64',
    text: `小林様

大学側アカウント(${YUI.srcId})を個人アカウント(${YUI.keepId})へまとめる作業について、
実施してよろしいでしょうか。実施後の取り消しはできかねます。
問題なければ、その旨を本メールにご返信ください。

吉田

${gmailJa('2026年11月30日(月) 21:44', YUI.ja, YUI.keep)}
${quote(`認定通知は大学のアドレスに来ていました。Skill Builder は個人の方です。`)}`,
  }),
  fin({
    slug: 'ja-conf-kahi-multipart', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: CASE.ken, trap: false,
    note: 'asks him to answer whether to proceed (実施可否), target deactivation explained',
    from: SUPPORT, to: `${KEN.ja} <${KEN.keep}>`, subject: formSubject(CASE.ken),
    date: d('2026-11-18 05:25:16'), auth: 'pass', enc: 'utf8b64',
    text: `鈴木 健一 様

標記の件、統合の準備が整いました。
統合元(${KEN.srcId})は統合後に無効化され、復元はできません。
実施の可否をご回答ください。

AWS トレーニングと認定`,
    html: paras(`鈴木 健一 様

標記の件、統合の準備が整いました。
統合元(${KEN.srcId})は統合後に無効化され、復元はできません。
実施の可否をご回答ください。

AWS トレーニングと認定`),
  }),
  fin({
    slug: 'ja-conf-lookalike', kind: 'confirmation_request', lang: 'ja', trusted: false, caseId: CASE.sho, trap: false,
    note: 'consent request from the look-alike aws-training-jp.com: untrusted',
    from: 'AWS Training and Certification <support@aws-training-jp.com>', to: SHO.keep, subject: formSubject(CASE.sho),
    date: d('2026-11-30 06:00:00'), auth: 'pass', enc: 'jis7',
    text: `高橋様

統合の最終確認です。元に戻せない処理のため、下記リンクから同意手続きを行ってください。
https://aws-training-jp.com/merge/consent?c=${CASE.sho}

AWS Training and Certification`,
  }),
  fin({
    slug: 'ja-conf-i-agree-mixed', kind: 'confirmation_request', lang: 'ja', trusted: true, caseId: CASE.misaki, trap: false,
    note: 'asks for an "I agree" reply in English or Japanese, mixed language',
    from: SUPPORT, to: MISAKI.keep, subject: formSubject(CASE.misaki),
    date: d('2026-11-23 07:20:41'), auth: 'pass', enc: 'utf88bit',
    text: `中村様

先ほどのメールの補足です。同意のご返信は英語・日本語どちらでも構いません。
例: "I agree to merge ${MISAKI.srcId} into ${MISAKI.keepId}" / 「統合に同意します」
ご返信いただくまで作業は保留となります。

Matsumoto / AWS T&C Support`,
  }),

  // ---------------- merge_completed ----------------
  fin({
    slug: 'ja-done-kanryo', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: CASE.sho, trap: false,
    note: 'accounts merged, target stated',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho),
    date: d('2026-12-01 02:18:25'), auth: 'pass', enc: 'jis7',
    text: `高橋 翔 様

お待たせいたしました。
ご依頼いただいたアカウントの統合が完了いたしました。
今後は ${SHO.keep} (${SHO.keepId}) にてサインインしてください。

${SIG_KIMURA}

${sfOriginal(SHO.keep, '2026/11/30 13:05', SUPPORT_BARE, formSubject(CASE.sho), '同意します。よろしくお願いします。')}`,
  }),
  fin({
    slug: 'ja-done-check-benefits', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: CASE.ken, trap: false,
    note: 'merge carried out; "please check certs and benefits show" stays a completion',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.ken),
    date: d('2026-11-19 08:44:02'), auth: 'pass', enc: 'sjis8',
    text: `鈴木様

統合作業を実施いたしました。
お手数ですが、${KEN.keepId} にサインインの上、認定資格と特典(受験割引)が表示されているかご確認ください。
相違がありましたら本ケースにご返信ください。

岡田`,
  }),
  fin({
    slug: 'ja-done-and-closing', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: CASE.misaki, trap: false,
    note: 'merged (new fact) and the case will be closed: completion wins',
    from: SUPPORT, to: MISAKI.keep, subject: formSubject(CASE.misaki),
    date: d('2026-11-24 03:09:58'), auth: 'pass', enc: 'utf8qp',
    text: `中村様

${MISAKI.srcId} を ${MISAKI.keepId} に統合済みです。
本ケースはこれにてクローズさせていただきます。ご利用ありがとうございました。

松本 / AWS Training and Certification`,
  }),
  fin({
    slug: 'ja-done-portal-notice', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: null, trap: false,
    note: 'certification portal notice that the accounts were merged (no case ID)',
    from: PORTAL, to: YUI.keep, subject: 'AWS 認定: アカウントの統合が完了しました',
    date: d('2026-12-02 06:33:10'), auth: 'pass', enc: 'jisb64',
    text: `小林 結衣 様

お客様の AWS 認定アカウントの統合処理が完了しました。
統合されたアカウント: ${YUI.src}
統合先アカウント: ${YUI.keep}

今後は統合先のアカウントで認定情報・試験履歴・特典をご確認いただけます。

AWS 認定チーム
https://www.aws.training/Certification`,
  }),
  fin({
    slug: 'ja-done-html-casual', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: CASE.yui, trap: false,
    note: 'HTML-only casual weekend reply: the requested merge is done',
    from: SUPPORT, to: YUI.keep, subject: formSubject(CASE.yui),
    date: d('2026-12-02 05:58:47'), auth: 'pass', enc: 'utf8b64',
    html: `<div>小林様</div><div><br></div><div>ご依頼のマージ、完了してます。${YUI.keepId} 側で認定が全部見えるはずです。</div><div>何かあればこのまま返信ください。</div><div><br></div><div>吉田 / T&amp;C Support</div>
<div class="gmail_quote"><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">同意します。進めてください。<br>小林</blockquote></div>`,
  }),
  fin({
    slug: 'ja-done-outlook-quote', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: CASE.ken, trap: false,
    note: 'completion on top of an Outlook JP quote block',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.ken),
    date: d('2026-11-19 08:31:15'), auth: 'pass', enc: 'jis7',
    text: `鈴木様

ご同意ありがとうございました。
先ほど、${KEN.srcId} から ${KEN.keepId} へのアカウント統合が完了しました。

岡田

${outlookJa(`${KEN.ja} <${KEN.keep}>`, '2026年11月18日 22:10', SUPPORT_BARE, formSubject(CASE.ken))}

同意します。よろしくお願いいたします。`,
  }),
  fin({
    slug: 'ja-done-dmarc-fail', kind: 'merge_completed', lang: 'ja', trusted: false, caseId: CASE.misaki, trap: false,
    note: 'completion wording, dmarc=fail: untrusted',
    from: SUPPORT, to: MISAKI.keep, subject: formSubject(CASE.misaki),
    date: d('2026-11-24 02:00:33'), auth: 'fail', enc: 'sjisb64',
    text: `中村様

アカウントの統合が完了しました。下記より新しいパスワードを設定してください。
http://aws-cert-reset.example.net/

AWS Training and Certification`,
  }),
  fin({
    slug: 'ja-done-badges-later', kind: 'merge_completed', lang: 'ja', trusted: true, caseId: CASE.sho, trap: false,
    note: 'quick completion report; Credly badges may take days (badges not moved yet)',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho),
    date: d('2026-12-01 02:05:50'), auth: 'pass', enc: 'jis7',
    text: `高橋様

取り急ぎ完了のご報告です。
統合処理、本日実施済みとなります(統合先 ${SHO.keepId})。
Credly のバッジへの反映は数日かかる場合がございますので、少しお時間をおいてご確認ください。

木村`,
  }),

  // ---------------- badges_transferred ----------------
  fin({
    slug: 'ja-badge-credly-issued', kind: 'badges_transferred', lang: 'ja', trusted: true, caseId: null, trap: false,
    note: "AWS badge issued via Credly to the kept address",
    from: CREDLY_AWS, to: MISAKI.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-11-25 10:41:00'), auth: 'pass', enc: 'utf8b64',
    text: `中村 美咲 様

Amazon Web Services Training and Certification から新しいバッジが発行されました。

AWS Certified Solutions Architect - Associate

バッジを入手する: https://www.credly.com/earner/earned/badge/8f2e61c4-55aa-4b1e-9c3d-7a0f2b9e1d44

Credly`,
    html: `<table><tr><td><p>中村 美咲 様</p><p>Amazon Web Services Training and Certification から新しいバッジが発行されました。</p><p><b>AWS Certified Solutions Architect - Associate</b></p><p><a href="https://www.credly.com/earner/earned/badge/8f2e61c4-55aa-4b1e-9c3d-7a0f2b9e1d44" style="background:#ff6b00;color:#fff;padding:10px">バッジを入手する</a></p></td></tr></table>`,
  }),
  fin({
    slug: 'ja-badge-support-moved', kind: 'badges_transferred', lang: 'ja', trusted: true, caseId: CASE.sho, trap: false,
    note: 'support says the Credly badges were moved to the kept account',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho),
    date: d('2026-12-03 01:26:38'), auth: 'pass', enc: 'jis7',
    text: `高橋様

ご連絡ありがとうございます。
Credly のバッジにつきましても、統合先アカウント(${SHO.keep})に移行いたしました。
Credly にサインインしてご確認ください。

木村

${gmailJa('2026年12月2日(水) 19:02', SHO.ja, SHO.keep)}
${quote('統合ありがとうございました。Credlyのバッジが旧アドレスのままなのですが…')}`,
  }),
  fin({
    slug: 'ja-badge-credly-three', kind: 'badges_transferred', lang: 'ja', trusted: true, caseId: null, trap: false,
    note: 'Credly: three AWS badges re-issued to the kept address',
    from: CREDLY_AWS, to: KEN.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ (3件)',
    date: d('2026-11-21 15:12:09'), auth: 'pass', enc: 'utf8qp',
    text: `鈴木 健一 様

Amazon Web Services Training and Certification から、以下のバッジがあなた宛てに発行されました。

- AWS Certified Cloud Practitioner
- AWS Certified Developer - Associate
- AWS Certified SysOps Administrator - Associate

バッジを入手する
https://www.credly.com/earner/earned

このメールは Credly から送信されています。`,
  }),
  fin({
    slug: 'ja-badge-reissue-close', kind: 'badges_transferred', lang: 'ja', trusted: true, caseId: CASE.yui, trap: false,
    note: 'support re-issued the badges to the kept account and closes the case',
    from: SUPPORT, to: YUI.keep, subject: formSubject(CASE.yui),
    date: d('2026-12-04 00:40:22'), auth: 'pass', enc: 'sjisb64',
    text: `小林様

バッジの件、個人アドレス宛てに再発行いたしました。Credly で受け取り操作をお願いします。
本件はこれにてクローズとさせていただきます。

吉田 / AWS T&C`,
  }),
  fin({
    slug: 'ja-badge-moved-after-ask', kind: 'badges_transferred', lang: 'ja', trusted: true, caseId: CASE.misaki, trap: false,
    note: 'after her question, support moved the badges onto the kept account',
    from: SUPPORT, to: MISAKI.keep, subject: formSubject(CASE.misaki),
    date: d('2026-11-26 05:03:44'), auth: 'pass', enc: 'jisb64',
    text: `中村 美咲 様

お問い合わせの件、確認いたしました。
前職アドレスに紐づいていたデジタルバッジ 2 件を、${MISAKI.keep} の Credly アカウントへ付け替えました。
反映まで少し時間がかかる場合があります。

松本

${outlookJa(`${MISAKI.ja} <${MISAKI.keep}>`, '2026年11月25日 21:30', SUPPORT_BARE, formSubject(CASE.misaki))}

統合ありがとうございました。バッジが1つしか表示されていません。`,
  }),
  fin({
    slug: 'ja-badge-credly-lookalike', kind: 'badges_transferred', lang: 'ja', trusted: false, caseId: null, trap: false,
    note: 'AWS badge notice from credly.com.badge-notify.net (look-alike): untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly.com.badge-notify.net>', to: YUI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-12-03 12:00:00'), auth: 'pass', enc: 'utf8b64',
    text: `小林 結衣 様

AWS Certified Cloud Practitioner のバッジが発行されました。
バッジを入手する: https://credly.com.badge-notify.net/claim?id=55812`,
  }),
  fin({
    slug: 'ja-badge-support-mixed', kind: 'badges_transferred', lang: 'ja', trusted: true, caseId: CASE.ken, trap: false,
    note: 'support: badges transferred to the kept account, mixed-language note',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.ken),
    date: d('2026-11-21 14:55:30'), auth: 'pass', enc: 'jis7',
    text: `鈴木様

Credly badges have been transferred.
デジタルバッジを統合先 (${KEN.keep}) へ移しました。Credly から発行のお知らせが届きますので、受け取りをお願いします。

Okada`,
  }),

  // ---------------- case_closed ----------------
  fin({
    slug: 'ja-closed-notify', kind: 'case_closed', lang: 'ja', trusted: true, caseId: CASE.ken, trap: false,
    note: 'AWS Support notification: case resolved and closed',
    from: AWS_NOTIFY, to: KEN.keep, subject: `AWS サポート: ケース ${CASE.ken} はクローズされました`,
    date: d('2026-11-28 00:00:14'), auth: 'pass', enc: 'jis7',
    text: `ケース ID ${CASE.ken} は解決済みとしてクローズされました。

さらにサポートが必要な場合は、サポートセンターからケースを再開するか、新しいケースを作成してください。

Amazon Web Services`,
  }),
  fin({
    slug: 'ja-closed-autoclose-7d', kind: 'case_closed', lang: 'ja', trusted: true, caseId: CASE.yui, trap: false,
    note: 'reminder: case closes automatically in 7 days without a reply',
    from: SUPPORT, to: YUI.keep, subject: formSubject(CASE.yui),
    date: d('2026-12-08 02:10:00'), auth: 'pass', enc: 'utf8qp',
    text: `小林様

先日のご案内以降、ご返信をいただけておりません。
7日以内にご返信がない場合、本ケースは自動的にクローズされます。

AWS Training and Certification`,
  }),
  fin({
    slug: 'ja-closed-restate-merge', kind: 'case_closed', lang: 'ja', trusted: true, caseId: CASE.sho, trap: true,
    note: 'closing notice that only restates the earlier merge (11/30)',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho),
    date: d('2026-12-07 01:33:27'), auth: 'pass', enc: 'sjisb64',
    text: `高橋様

先日ご案内のとおり、アカウントの統合は 12/1 に完了しております。
その後ご連絡がございませんので、本ケースはクローズいたします。

木村`,
  }),
  fin({
    slug: 'ja-closed-dup-case', kind: 'case_closed', lang: 'ja', trusted: true, caseId: CASE.misakiDup, trap: true,
    note: 'duplicate case merged into the first case and closed: case merge, not account merge',
    from: SUPPORT, to: MISAKI.keep, subject: formSubject(CASE.misakiDup),
    date: d('2026-11-21 09:15:51'), auth: 'pass', enc: 'jisb64',
    text: `中村様

本ケースは、既存のケース ${CASE.misaki} と同一のお問い合わせのため、そちらに統合しクローズいたします。
以降のやり取りは ${CASE.misaki} にて行わせていただきます。

AWS T&C サポート`,
  }),
  fin({
    slug: 'ja-closed-html-resolved', kind: 'case_closed', lang: 'ja', trusted: true, caseId: CASE.sho, trap: false,
    note: 'HTML notification: case marked resolved',
    from: AWS_NOTIFY, to: SHO.keep, subject: `ケース ${CASE.sho} が解決されました`,
    date: d('2026-12-08 00:00:05'), auth: 'pass', enc: 'utf8b64',
    html: `<html><body><h3>ケースが解決されました</h3><table border="1" cellpadding="4"><tr><th>ケース ID</th><td>${CASE.sho}</td></tr><tr><th>ステータス</th><td>解決済み</td></tr><tr><th>件名</th><td>AWS認定 アカウント統合</td></tr></table><p>再度お問い合わせいただく場合は、新しいケースを作成してください。</p></body></html>`,
  }),
  fin({
    slug: 'ja-closed-no-ar', kind: 'case_closed', lang: 'ja', trusted: false, caseId: CASE.ken, trap: false,
    note: 'closing notice without any Authentication-Results: untrusted',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.ken),
    date: d('2026-11-27 03:41:00'), auth: 'none', enc: 'jis7',
    text: `鈴木様

本件は解決済みと判断し、クローズいたしました。

AWS Training and Certification`,
  }),
  fin({
    slug: 'ja-closed-3days', kind: 'case_closed', lang: 'ja', trusted: true, caseId: CASE.misaki, trap: false,
    note: 'will close in 3 days unless she replies',
    from: SUPPORT, to: MISAKI.keep, subject: formSubject(CASE.misaki),
    date: d('2026-12-01 06:00:21'), auth: 'pass', enc: 'jis7',
    text: `中村様

お世話になっております。
その後いかがでしょうか。3日以内にご返信がない場合、本ケースはクローズ予定です。
引き続きご不明点があれば、本メールにご返信ください。

松本`,
  }),

  // ---------------- support_reply ----------------
  fin({
    slug: 'ja-sr-thanks-kakunin', kind: 'support_reply', lang: 'ja', trusted: true, caseId: CASE.sho, trap: true,
    note: 'thanks for confirming, passed to the team; will report when done',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho),
    date: d('2026-11-30 13:40:02'), auth: 'pass', enc: 'jis7',
    text: `高橋様

ご確認いただきありがとうございます。
統合担当チームへ依頼いたしました。完了次第ご連絡いたします。

木村`,
  }),
  fin({
    slug: 'ja-sr-future-kanryo-shimashitara', kind: 'support_reply', lang: 'ja', trusted: true, caseId: CASE.ken, trap: true,
    note: 'future: 「統合が完了しましたら」 改めて連絡; still pending',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.ken),
    date: d('2026-11-18 23:02:17'), auth: 'pass', enc: 'sjis8',
    text: `鈴木様

ご返信ありがとうございます。現在、処理待ちの状態です。
統合が完了しましたら、改めてご連絡いたします。

岡田`,
  }),
  fin({
    slug: 'ja-sr-write-from-kept', kind: 'support_reply', lang: 'ja', trusted: true, caseId: CASE.yui, trap: true,
    note: 'asks her to reply from the kept address, no data requested',
    from: SUPPORT, to: YUI.src, cc: YUI.keep, subject: formSubject(CASE.yui),
    date: d('2026-11-28 23:55:00'), auth: 'pass', enc: 'utf8qp',
    text: `小林様

お問い合わせありがとうございます。
恐れ入りますが、統合先として残されるアカウントのメールアドレスから、本ケースにご返信いただけますか。
そちらからのご連絡を受けて対応を進めます。

吉田`,
  }),
  fin({
    slug: 'ja-sr-not-yet', kind: 'support_reply', lang: 'ja', trusted: true, caseId: CASE.misaki, trap: true,
    note: 'negated: the merge is not finished yet, please wait',
    from: SUPPORT, to: MISAKI.keep, subject: formSubject(CASE.misaki),
    date: d('2026-11-23 23:48:36'), auth: 'pass', enc: 'jisb64',
    text: `中村様

お問い合わせありがとうございます。
大変申し訳ございませんが、現時点ではアカウントの統合はまだ完了しておりません。
担当部署にて処理中ですので、もう少々お待ちください。

松本

${gmailJa('2026年11月24日(火) 8:30', MISAKI.ja, MISAKI.keep)}
${quote('統合はもう終わっていますか?')}`,
  }),
  fin({
    slug: 'ja-sr-escalated', kind: 'support_reply', lang: 'ja', trusted: true, caseId: CASE.ken, trap: false,
    note: 'escalation to the backend team, status update',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.ken),
    date: d('2026-11-16 07:19:00'), auth: 'pass', enc: 'utf8b64',
    text: `鈴木様

お待たせしております。本件は専門チームへエスカレーションいたしました。
回答まで数営業日いただく見込みです。進捗があり次第ご連絡します。

岡田 / AWS Training and Certification`,
  }),
  fin({
    slug: 'ja-sr-voucher-answer', kind: 'support_reply', lang: 'ja', trusted: true, caseId: CASE.sho, trap: true,
    note: 'answers a voucher question; talks about after the merge but announces nothing',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho),
    date: d('2026-11-29 03:11:59'), auth: 'pass', enc: 'jis7',
    text: `高橋様

ご質問の件、回答いたします。
50%割引の特典は、統合後も統合先アカウントで引き続きご利用いただけます。有効期限も変わりません。
なお、ほかにご不明点があればお知らせください。

木村`,
  }),
  fin({
    slug: 'ja-sr-weekend-monday', kind: 'support_reply', lang: 'ja', trusted: true, caseId: CASE.yui, trap: false,
    note: 'weekend holding reply: work resumes on Monday',
    from: SUPPORT, to: YUI.keep, subject: formSubject(CASE.yui),
    date: d('2026-12-05 04:30:12'), auth: 'pass', enc: 'jis7',
    text: `小林様
週末のため、担当部署での作業は月曜以降となります。今しばらくお待ちください。
吉田`,
  }),
  fin({
    slug: 'ja-sr-fail-then-forged', kind: 'support_reply', lang: 'ja', trusted: false, caseId: CASE.misaki, trap: false,
    note: 'status reply; top A-R says fail, a pass is planted lower: untrusted',
    from: SUPPORT, to: MISAKI.keep, subject: formSubject(CASE.misaki),
    date: d('2026-11-22 10:10:10'), auth: 'failThenForged', enc: 'sjisb64',
    text: `中村様

現在、担当チームで状況を確認しております。
確認のため、こちらのページにサインインしてお待ちください。
https://aws-training-portal.example.org/login`,
  }),

  // ---------------- unrelated ----------------
  fin({
    slug: 'ja-un-survey', kind: 'unrelated', lang: 'ja', trusted: true, caseId: CASE.ken, trap: true,
    note: 'satisfaction survey asking whether the issue was resolved',
    from: AWS_NOTIFY, to: KEN.keep, subject: 'AWS サポートのご対応に関するアンケート',
    date: d('2026-11-28 00:10:41'), auth: 'pass', enc: 'utf8b64',
    html: `<html><body><p>鈴木 健一 様</p><p>先日はケース ${CASE.ken} にてお問い合わせいただきありがとうございました。</p><p><b>お問い合わせの問題は解決しましたか?</b></p><p><a href="https://survey.aws.example/s?c=${CASE.ken}&amp;a=1">はい、解決しました</a> | <a href="https://survey.aws.example/s?c=${CASE.ken}&amp;a=0">いいえ</a></p><p>所要時間は1分程度です。今後のサービス向上に役立てさせていただきます。</p></body></html>`,
  }),
  fin({
    slug: 'ja-un-microsoft-credly', kind: 'unrelated', lang: 'ja', trusted: true, caseId: null, trap: true,
    note: 'Credly badge from Microsoft, not AWS',
    from: 'Microsoft via Credly <admin@credly.com>', to: MISAKI.keep, subject: 'Microsoftのバッジ発行のお知らせ',
    date: d('2026-11-26 09:14:00'), auth: 'pass', enc: 'jis7',
    text: `中村 美咲 様

Microsoft から新しいバッジが発行されました。
Microsoft Certified: Azure Fundamentals

バッジを入手する
https://www.credly.com/earner/earned/badge/0c44d9a1-7e21-4b5d-8f30-1a2b3c4d5e6f`,
  }),
  fin({
    slug: 'ja-un-exam-result', kind: 'unrelated', lang: 'ja', trusted: true, caseId: null, trap: true,
    note: 'exam result from the certification portal: not part of the merge case',
    from: PORTAL, to: SHO.keep, subject: 'AWS 認定試験の結果のお知らせ',
    date: d('2026-12-04 11:20:00'), auth: 'pass', enc: 'utf8qp',
    text: `高橋 翔 様

AWS Certified Developer - Associate 試験の結果が確定しました。おめでとうございます、合格です。
認定はアカウントに反映済みです。デジタルバッジは Credly から数日以内に届きます。

AWS 認定チーム`,
  }),
  fin({
    slug: 'ja-un-own-forward', kind: 'unrelated', lang: 'ja', trusted: false, caseId: CASE.ken, trap: true,
    note: "the user's own forward of support's consent request to his other address",
    from: `${KEN.ja} <${KEN.keep}>`, to: KEN.src, subject: `Fwd: ${formSubject(CASE.ken)}`,
    date: d('2026-11-18 14:30:00', '+0900'), auth: 'none', enc: 'jis7',
    text: `会社PCでも見られるように転送。同意の返信は個人アドレスから送ること。

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: 2026年11月18日(水) 14:25
Subject: ${formSubject(CASE.ken)}
To: <${KEN.keep}>

標記の件、統合の準備が整いました。
統合元(${KEN.srcId})は統合後に無効化され、復元はできません。
実施の可否をご回答ください。`,
  }),
  fin({
    slug: 'ja-un-colleague-ooo', kind: 'unrelated', lang: 'ja', trusted: false, caseId: CASE.ken, trap: true,
    note: "colleague's out-of-office auto reply quoting the case subject",
    from: ITO, to: KEN.src, subject: `自動応答: ${formSubject(CASE.ken)}`,
    date: d('2026-11-17 12:31:09', '+0900'), auth: 'pass', enc: 'sjis8',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `お疲れ様です。伊藤です。
11/17から11/20まで休暇のため不在にしております。
急ぎの件は部内メーリングリストまでご連絡ください。`,
  }),
  fin({
    slug: 'ja-un-event-organizations', kind: 'unrelated', lang: 'ja', trusted: true, caseId: null, trap: true,
    note: 'AWS event mail about consolidating AWS accounts with Organizations',
    from: 'AWS Japan <aws-apj-marketing@amazon.com>', to: YUI.keep, subject: '【AWS認定者限定】マルチアカウント統合管理ハンズオンのご案内',
    date: d('2026-11-30 01:00:00'), auth: 'pass', enc: 'jisb64',
    text: `AWS 認定をお持ちの皆様へ

AWS Organizations を使って複数の AWS アカウントを統合管理するハンズオンを開催します。
日時: 2027年1月21日(木) 14:00 から
会場: オンライン
お申し込みはこちら: https://aws.amazon.com/jp/events/

配信停止をご希望の場合はこちらから手続きしてください。`,
  }),
  fin({
    slug: 'ja-un-credly-merge-code', kind: 'unrelated', lang: 'ja', trusted: true, caseId: null, trap: true,
    note: "Credly's own account-merge verification code",
    from: 'Credly <admin@credly.com>', to: SHO.src, cc: SHO.keep, subject: 'Credly アカウント統合の確認コード',
    date: d('2026-12-03 04:44:44'), auth: 'pass', enc: 'utf8b64',
    text: `Credly アカウントの統合リクエストを受け付けました。
以下のコードを入力して統合を完了してください。

確認コード: 472918

このリクエストに心当たりがない場合は、このメールを無視してください。`,
  }),
  fin({
    slug: 'ja-un-pearson-appt', kind: 'unrelated', lang: 'ja', trusted: false, caseId: null, trap: true,
    note: 'test-vendor appointment confirmation, not support',
    from: 'Pearson VUE <pearsonvuereminders@pearson.com>', to: MISAKI.keep, subject: '試験予約確認: AWS Certified Solutions Architect - Professional',
    date: d('2026-12-02 08:00:00'), auth: 'pass', enc: 'jis7',
    text: `中村 美咲 様

以下の試験のご予約が確定しました。

試験: AWS Certified Solutions Architect - Professional
日時: 2027年1月9日 10:00
会場: オンライン監督試験(OnVUE)

予約内容の変更は試験の24時間前まで可能です。`,
  }),
  fin({
    slug: 'ja-un-own-sent-consent', kind: 'unrelated', lang: 'ja', trusted: false, forUser: false, caseId: CASE.yui, trap: true,
    note: "the user's own sent consent reply (Sent copy): no news from support",
    from: `${YUI.ja} <${YUI.keep}>`, to: SUPPORT, subject: formSubject(CASE.yui),
    date: d('2026-12-01 21:03:00', '+0900'), auth: 'none', enc: 'utf88bit', deliveredTo: null,
    text: `吉田様

ご連絡ありがとうございます。
上記内容で統合に同意します。進めてください。

小林 結衣

${gmailJa('2026年12月1日(火) 9:12', 'AWS Training and Certification', SUPPORT_BARE)}
${quote(`大学側アカウント(${YUI.srcId})を個人アカウント(${YUI.keepId})へまとめる作業について、\n実施してよろしいでしょうか。`)}`,
  }),
  fin({
    slug: 'ja-un-university-credly', kind: 'unrelated', lang: 'ja', trusted: true, caseId: null, trap: true,
    note: "a university's badge via Credly, not AWS",
    from: '東都工科大学 via Credly <admin@credly.com>', to: YUI.src, subject: '東都工科大学のバッジ発行のお知らせ',
    date: d('2026-11-29 06:30:00'), auth: 'pass', enc: 'sjisb64',
    text: `小林 結衣 様

東都工科大学 から「クラウド基礎 修了」バッジが発行されました。

バッジを入手する
https://www.credly.com/earner/earned/badge/7d1f0e22-0b9c-4e3a-a2a4-3f6d5c4b2a10`,
  }),
];

// colleague forwarding (addressed to someone else): kept here for the ja count
JA.push(
  fin({
    slug: 'ja-info-to-colleague', kind: 'info_request', lang: 'ja', trusted: true, forUser: false, caseId: CASE.other, trap: false,
    note: "a colleague's own case asking for IDs; addressed to him, not the user",
    from: SUPPORT, to: TANAKA, subject: formSubject(CASE.other),
    date: d('2026-11-26 02:02:02'), auth: 'pass', enc: 'jis7',
    text: `田中様

お問い合わせありがとうございます。
統合にあたり、両アカウントの候補IDと、残したいアカウントのメールアドレスをお知らせください。

AWS T&C サポート`,
  }),
);
