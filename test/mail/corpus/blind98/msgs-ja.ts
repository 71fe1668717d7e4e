// cs: Japanese messages. Every text is written for this set.
import type { Msg } from './lib.js';
import {
  CASE,
  CREDLY_AWS,
  CUST_REL,
  ESCALATIONS,
  FORM,
  HELPDESK,
  KENJI,
  NOTIFY,
  PORTAL,
  SHO,
  SUPPORT,
  SUPPORT_JA,
  SUPPORT_NOTIFY,
  SURVEY,
  SUZUKI,
  YUI,
  formSubject,
  gmailJa,
  htmlDoc,
  mk,
  outlookJa,
  paras,
  quote,
  sfBlock,
  thread,
} from './common.js';

const KENJI_REQ = `前職の会社アドレスで登録した認定アカウント(${KENJI.srcId})の資格を、
個人アドレスのアカウント ${KENJI.keepId} に寄せていただけますでしょうか。
退職日が近いため、できれば今月中に完了させたいです。
森 健二`;

const YUI_REQ = `いつもお世話になっております。田中です。
以前問い合わせたケースが返信できないうちに自動で閉じられてしまったため、改めてご連絡します。
残すアカウント: ${YUI.keep} (${YUI.keepId})
統合元: ${YUI.src} (${YUI.srcId})`;

const SHO_REQ = `お疲れ様です。木村です。
SIer時代のアカウントと今のアカウントが分かれているので一本化したいです。
候補者IDは ${SHO.keepId} と ${SHO.srcId} です。`;

export const JA: Msg[] = [
  // ------------------------------------------------------------------ acknowledgement (8)
  mk({
    slug: 'uketsuke-kenji', kind: 'acknowledgement', lang: 'ja', trusted: true, forUser: true, caseId: CASE.kenji, trap: false,
    note: 'automatic receipt of the new case with its ID and expected reply time',
    from: NOTIFY, to: KENJI.keep, subject: `AWS サポート: ケース ${CASE.kenji} が作成されました`, when: '2026-01-08 10:02:11', auth: 'pass', enc: 'jis7',
    text: `森 健二 様

AWS トレーニングと認定へのお問い合わせを登録しました。
ケース ID: ${CASE.kenji}
件名: アカウントの統合について

担当チームから通常 1 営業日以内にメールでご連絡します。
同じ内容で別のケースを作成されますと、対応の順番が後ろに回る場合がございますのでご注意ください。

このメールは送信専用アドレスから自動で送られています。
Amazon Web Services`,
  }),
  mk({
    slug: 'uketsuke-yui-reopen', kind: 'acknowledgement', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yui, trap: true,
    note: 'receipt of a fresh case opened after the old one auto-closed; mentions the closure but is the receipt',
    from: NOTIFY, to: YUI.keep, subject: `[ケース ${CASE.yui}] お問い合わせ受付のお知らせ`, when: '2026-02-02 21:40:05', auth: 'pass', enc: 'utf8b64',
    text: `田中 結衣 様

新しいお問い合わせとして受付番号 ${CASE.yui} を発行しました。
以前のケース (${CASE.yuiOld}) はクローズ済みのため、今回のご連絡は新規ケースとして扱われます。

内容を確認したうえで担当者よりご返信いたします。今しばらくお待ちください。

AWS Support`,
    html: htmlDoc(`<h3>お問い合わせを受け付けました</h3>
<p>田中 結衣 様</p>
<p>新しいお問い合わせとして受付番号 <b>${CASE.yui}</b> を発行しました。<br>
以前のケース (${CASE.yuiOld}) はクローズ済みのため、今回のご連絡は新規ケースとして扱われます。</p>
<p>内容を確認したうえで担当者よりご返信いたします。今しばらくお待ちください。</p>
<p>AWS Support</p>`),
  }),
  mk({
    slug: 'uketsuke-sho-bodyonly', kind: 'acknowledgement', lang: 'ja', trusted: true, forUser: true, caseId: CASE.sho, trap: false,
    note: 'receipt whose subject has no case number; the ID is only in the body',
    from: SUPPORT_NOTIFY, to: SHO.keep, subject: 'お問い合わせありがとうございます', when: '2026-03-11 08:15:47', auth: 'pass', enc: 'sjis8',
    text: `木村 翔 様

AWS トレーニングと認定 カスタマーサポートです。
お送りいただいたフォームの内容でサポートケースを起票しました。

　ケース番号　${CASE.sho}
　カテゴリ　　認定 / アカウント関連
　起票日時　　2026/03/11 08:15 (JST)

今後のやり取りはこのメールへの返信で続けられます。
※本メールへのご返信は担当者に届きます。件名の変更はお控えください。`,
  }),
  mk({
    slug: 'uketsuke-sho-dup', kind: 'acknowledgement', lang: 'ja', trusted: true, forUser: true, caseId: CASE.shoDup, trap: false,
    note: 'receipt of a second case the user opened for the same request (the duplicate is created, not yet merged)',
    from: NOTIFY, to: SHO.src, subject: `ケース ID ${CASE.shoDup}: ご依頼を承りました`, when: '2026-03-12 13:05:30', auth: 'dkimonly', enc: 'jisb64',
    text: `このたびは AWS へお問い合わせいただき、ありがとうございます。

[ケース番号: ${CASE.shoDup}]
ご依頼内容はサポート担当へ回付済みです。回答までお時間をいただく場合があります。

なお、すでに同じご用件でケースをお持ちの場合は、新しいケースではなく既存ケースのメールにご返信ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'uketsuke-fields', kind: 'acknowledgement', lang: 'ja', trusted: true, forUser: true, caseId: CASE.kenjiDup, trap: true,
    note: 'receipt that echoes the submitted fields (candidate IDs, addresses); it asks for nothing',
    from: NOTIFY, to: KENJI.src, subject: `お問い合わせ内容の控え (ケース ${CASE.kenjiDup})`, when: '2026-01-09 07:51:02', auth: 'pass', enc: 'utf8qp',
    text: `以下の内容でお問い合わせを受け付けました。控えとして保管してください。

お問い合わせ種別: AWS トレーニングと認定
問題の種類: 認定 - アカウントの統合
氏名: Kenji Mori
会社名: Formerco
AWS 候補者 ID: ${KENJI.srcId}
ご連絡先メールアドレス: ${KENJI.src}
ケース ID: ${CASE.kenjiDup}

担当者の確認後、ご連絡先メールアドレス宛てにご返信します。`,
  }),
  mk({
    slug: 'uketsuke-fake-suppport', kind: 'acknowledgement', lang: 'ja', trusted: false, forUser: true, caseId: '1781077421', trap: false,
    note: 'look-alike domain aws-suppport.com imitating a case receipt',
    from: 'AWS サポート <case-notice@aws-suppport.com>', to: KENJI.keep, subject: 'ケース 1781077421 を受け付けました', when: '2026-01-10 02:13:44', auth: 'pass', enc: 'jis7',
    text: `お客様のお問い合わせはケース 1781077421 として登録されました。
ケースの状況は下記ページからご確認ください。
https://aws-suppport.com/case/1781077421

AWS サポートセンター`,
  }),
  mk({
    slug: 'uketsuke-mixed', kind: 'acknowledgement', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yuiOld, trap: false,
    note: 'receipt with a Japanese lead paragraph over English boilerplate',
    from: NOTIFY, to: YUI.src, subject: `Case ${CASE.yuiOld} を受け付けました / We received your case`, when: '2025-12-01 11:30:19', auth: 'pass', enc: 'utf8b64',
    text: `(日本語)
ケース ${CASE.yuiOld} を作成しました。日本語でのご対応をご希望の場合は、その旨をご返信ください。担当者から改めてご連絡いたします。

(English)
Case ${CASE.yuiOld} has been created. A member of the AWS Training and Certification team will get back to you by email.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.`,
  }),
  mk({
    slug: 'uketsuke-resent', kind: 'acknowledgement', lang: 'ja', trusted: true, forUser: false, caseId: CASE.yui, trap: false,
    note: 'the receipt was redirected by the old employer\'s gateway (Resent-* headers): not delivered to the user',
    from: NOTIFY, to: YUI.src, subject: `AWS サポートケース ${CASE.yui} 受付完了`, when: '2026-02-02 21:40:09', auth: 'pass', enc: 'sjisb64',
    text: `お問い合わせを承りました。ケース番号は ${CASE.yui} です。
担当部署より順次ご連絡いたしますので、しばらくお待ちくださいませ。
Amazon Web Services`,
    extra: { resent: { from: 'postmaster@bigco.example.co.jp', to: 'it-helpdesk@bigco.example.co.jp', date: 'Tue, 3 Feb 2026 09:00:12 +0900' } },
  }),

  // ------------------------------------------------------------------ ai_answer (7)
  mk({
    slug: 'ai-merge-tool', kind: 'ai_answer', lang: 'ja', trusted: true, forUser: true, caseId: null, trap: false,
    note: 'generated answer pointing to the portal\'s self-service Merge Accounts tool',
    from: NOTIFY, to: KENJI.keep, subject: 'AWS サポートからの自動回答', when: '2026-01-08 09:58:40', auth: 'pass', enc: 'jis7',
    text: `※この回答は生成 AI によって作成されています。内容に誤りが含まれる可能性があります。

ご質問: 認定アカウントが 2 つあるので 1 つにしたい

AWS 認定ポータルにサインインし、[プロフィール] から [アカウントの統合] を開くと、ご自身で統合を申請できる場合があります。
両方のアカウントに認定の履歴があるなど、画面で手続きできないときは、このページの [ケースを作成] からサポート担当へお問い合わせください。

この回答は役に立ちましたか? はい / いいえ`,
  }),
  mk({
    slug: 'ai-after-merge', kind: 'ai_answer', lang: 'ja', trusted: true, forUser: true, caseId: null, trap: true,
    note: 'AI answer that describes what happens after a merge (badges, vouchers); still an AI suggestion',
    from: NOTIFY, to: YUI.keep, subject: 'ご質問への回答 (自動生成)', when: '2026-02-02 21:31:00', auth: 'pass', enc: 'utf8qp',
    text: `Amazon Q による自動回答です。

統合が終わると、統合元アカウントの認定と特典 (次回試験の 50% 割引など) は統合先アカウントに表示されます。
Credly のデジタルバッジは、統合後に統合先のメールアドレスで受け取り直す必要がある場合があります。

まずは認定ポータルの「アカウントの統合」機能をお試しください。解決しない場合は「ケースを作成」を選んでください。`,
    html: htmlDoc(`<div style="border:1px solid #ddd;padding:8px"><small>Amazon Q による自動回答です。</small></div>
<p>統合が終わると、統合元アカウントの認定と特典 (次回試験の 50% 割引など) は統合先アカウントに表示されます。<br>
Credly のデジタルバッジは、統合後に統合先のメールアドレスで受け取り直す必要がある場合があります。</p>
<p>まずは認定ポータルの「アカウントの統合」機能をお試しください。解決しない場合は「ケースを作成」を選んでください。</p>`),
  }),
  mk({
    slug: 'ai-escalate-ask', kind: 'ai_answer', lang: 'ja', trusted: true, forUser: true, caseId: null, trap: false,
    note: 'automated answer to "I want a supervisor": it suggests the self-service tool first',
    from: SUPPORT_NOTIFY, to: SHO.keep, subject: '自動応答: お問い合わせのヒント', when: '2026-03-11 08:09:12', auth: 'pass', enc: 'sjis8',
    text: `このメッセージは AI アシスタントによる自動応答です。担当者による回答ではありません。

「上の人と話したい」とのご入力がありましたが、アカウントの一本化は多くの場合、
認定ポータル > プロフィール > アカウントの統合 からご自身で完了できます。
手順で解決しないときは、ケースを作成いただければ担当者が引き継ぎます。`,
  }),
  mk({
    slug: 'ai-similar', kind: 'ai_answer', lang: 'ja', trusted: true, forUser: true, caseId: null, trap: false,
    note: 'suggested answer built from similar inquiries, before any case exists',
    from: NOTIFY, to: YUI.src, subject: '類似のお問い合わせにもとづくご案内', when: '2025-12-01 11:22:56', auth: 'dkimonly', enc: 'utf8b64',
    text: `入力いただいた内容に近いお問い合わせへの回答を、AI が要約してお届けします。

・メールアドレスの変更だけであれば、アカウント設定から変更できます
・2 つの認定アカウントをまとめたい場合は、ポータルの「Merge Accounts」を使います
・ツールで統合できない旨が表示された場合のみ、サポートケースが必要です

解決しましたか? 解決しない場合は画面下部の「ケースを作成」へお進みください。`,
  }),
  mk({
    slug: 'ai-forged-below', kind: 'ai_answer', lang: 'ja', trusted: false, forUser: true, caseId: null, trap: false,
    note: 'AI-answer look-alike; its only dmarc=pass sits below the receiving server\'s Received line',
    from: NOTIFY, to: KENJI.keep, subject: 'AI アシスタントからの回答', when: '2026-01-15 03:02:10', auth: 'forgedBelow', enc: 'jisb64',
    text: `生成 AI による自動回答です。
アカウントの統合ツールをご利用ください。ツールが使えない場合は、以下のフォームに認定アカウントのパスワードを入力すると自動で統合されます。
http://merge-tool.example-aws-cert.net/`,
  }),
  mk({
    slug: 'ai-credly-hint', kind: 'ai_answer', lang: 'ja', trusted: true, forUser: true, caseId: null, trap: false,
    note: 'AI hint: merge first, then claim the Credly badges',
    from: NOTIFY, to: SHO.src, subject: 'AWS サポート 自動回答', when: '2026-03-10 22:47:33', auth: 'pass', enc: 'jis7',
    text: `AI による回答 (ベータ)

Credly でバッジが見当たらない原因として、認定アカウントが複数あることが考えられます。
ポータルのアカウント統合機能で一本化したあと、Credly 側でバッジを受け取ってください。

この案内で解決しない場合は、ケースを作成してください。`,
  }),
  mk({
    slug: 'ai-mixed', kind: 'ai_answer', lang: 'ja', trusted: true, forUser: true, caseId: null, trap: false,
    note: 'AI suggestion in Japanese with an English disclaimer',
    from: NOTIFY, to: KENJI.src, subject: 'Re: 認定アカウントを1つにしたい', when: '2026-01-07 18:20:41', auth: 'pass', enc: 'utf8qp',
    text: `ご入力ありがとうございます。以下は自動で生成された回答です。

プロフィールページにある「アカウントの統合」から、もう一方のアカウントのサインイン情報を入力すると統合を申請できます。うまくいかない場合はサポートケースを作成してください。

This response was generated by AI and may not be accurate. Please verify important information.`,
  }),

  // ------------------------------------------------------------------ info_request (9)
  mk({
    slug: 'info-escalation-takeover', kind: 'info_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.kenji, trap: false,
    note: 'escalation team takes over the case and asks for both candidate IDs and the account to keep',
    from: ESCALATIONS, to: KENJI.keep, subject: formSubject(CASE.kenji), when: '2026-01-12 16:44:20', tz: '+0000', auth: 'pass', enc: 'jis7',
    text: `森 様

エスカレーション対応チームの藤井と申します。本件は一次窓口から当チームへ引き継がれました。
統合作業の前に、念のため次の 2 点を改めて教えていただけますか。

1. 両アカウントの AWS 候補者 ID (AWS から始まる番号)
2. 今後お使いになるアカウントのサインイン用メールアドレス

一次窓口でお伺いした内容と重複しておりましたら申し訳ございません。
よろしくお願いいたします。

藤井
AWS Training and Certification

${thread('kX92mQ')}

${sfBlock(KENJI.keep, '2026/01/08 10:01', FORM, 'アカウントの統合について', KENJI_REQ)}`,
  }),
  mk({
    slug: 'info-jp-queue', kind: 'info_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yui, trap: false,
    note: 'case moved to the Japanese-language queue; asks for the romanized name and the old address',
    from: SUPPORT_JA, to: YUI.keep, subject: formSubject(CASE.yui), when: '2026-02-04 02:15:09', tz: '+0000', auth: 'pass', enc: 'utf8qp',
    text: `田中 様

お問い合わせのケースを日本語対応チームへ移管いたしました。以降は日本語でご連絡します。

確認に必要なため、恐れ入りますが
・お名前のローマ字表記 (登録時のもの)
・統合元アカウントに登録していたメールアドレス
をこのメールへのご返信でお送りいただけますと幸いです。

AWS トレーニングと認定 日本語サポート 山口`,
  }),
  mk({
    slug: 'info-reopen-srcmail', kind: 'info_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.sho, trap: false,
    note: 'agent re-opened the case on the user\'s reply and asks for the source account\'s e-mail',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho), when: '2026-03-20 05:30:00', tz: '+0000', auth: 'pass', enc: 'sjis8',
    text: `木村様

ご返信ありがとうございます。一度解決済みとなっていたケースを、いただいたメールをもとに再開しました。

統合元のアカウントを特定するため、そちらで登録されていたメールアドレスを教えていただけますでしょか。
候補者 ID だけでは照合できない場合がございます。

AWS T&C サポート　石田

${quote(outlookJa(`${SHO.ja} <${SHO.keep}>`, '2026年3月19日 23:02', FORM, formSubject(CASE.sho), `自動で閉じられたようですが、まだ統合が終わっていません。\n確認をお願いします。\n木村`))}`,
  }),
  mk({
    slug: 'info-confirm-address', kind: 'info_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.kenji, trap: true,
    note: 'worded as "確認" but asks which address stays: information, not consent',
    from: SUPPORT_JA, to: KENJI.keep, subject: formSubject(CASE.kenji), when: '2026-01-10 01:12:47', tz: '+0000', auth: 'pass', enc: 'jisb64',
    text: `森 様

ご連絡いただき誠にありがとうございます。
統合後に残すアカウントのメールアドレスが、フォームに記載の ${KENJI.keep} で相違ないか、ご確認のうえお知らせください。

あわせて、統合元 (${KENJI.srcId}) のメールアドレスがまだ受信可能かどうかも教えていただければ助かります。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'info-supervisor-apology', kind: 'info_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yui, trap: false,
    note: 'supervisor apologises for the delay and asks for the exam date to identify the second account',
    from: `サポート統括 小池 <${FORM}>`, to: YUI.keep, subject: formSubject(CASE.yui), when: '2026-02-09 06:48:31', tz: '+0000', auth: 'pass', enc: 'utf8b64',
    text: `田中 結衣 様

サポート窓口の責任者をしております小池です。
前回のケースが自動でクローズされ、再度のお問い合わせをお願いする形になってしまったこと、お詫び申し上げます。

統合元アカウントの特定にあたり、そちらで最後に受験された試験の名称と受験日 (おおよそで構いません) をお教えいただけますでしょうか。
いただき次第、私のほうで責任をもって進めます。

小池
AWS Training and Certification Support Supervisor`,
    html: htmlDoc(`<p>田中 結衣 様</p>
<p>サポート窓口の責任者をしております小池です。<br>
前回のケースが自動でクローズされ、再度のお問い合わせをお願いする形になってしまったこと、お詫び申し上げます。</p>
<p>統合元アカウントの特定にあたり、そちらで最後に受験された<b>試験の名称と受験日</b> (おおよそで構いません) をお教えいただけますでしょうか。<br>
いただき次第、私のほうで責任をもって進めます。</p>
<p>小池<br>AWS Training and Certification Support Supervisor</p>`),
  }),
  mk({
    slug: 'info-dup-cases-merged', kind: 'info_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.sho, trap: true,
    note: 'duplicate cases were consolidated (case housekeeping) and the agent asks for the candidate IDs',
    from: SUPPORT, to: SHO.keep, cc: SHO.src, subject: formSubject(CASE.sho), when: '2026-03-13 04:02:55', tz: '+0000', auth: 'pass', enc: 'jis7',
    text: `木村 様

同じご用件で 2 件のケース (${CASE.sho} と ${CASE.shoDup}) をいただいておりましたので、こちらの ${CASE.sho} に一本化しました。
もう一方のケースにはご返信いただかなくて大丈夫です。

さて、ご依頼の件ですが、フォームに候補者 ID の記載がございませんでした。
お手数ですが、2 つのアカウントそれぞれの候補者 ID をお送りください。

AWS トレーニングと認定　担当 西村`,
  }),
  mk({
    slug: 'info-phish-misaligned', kind: 'info_request', lang: 'ja', trusted: false, forUser: true, caseId: CASE.kenji, trap: false,
    note: 'forged request for sign-in details; DKIM is for an unrelated bulk-mail domain and dmarc fails',
    from: SUPPORT, to: KENJI.keep, subject: formSubject(CASE.kenji), when: '2026-01-11 19:33:08', auth: 'misaligned', enc: 'utf8qp',
    text: `森様

統合作業を進めるため、両アカウントのサインイン用パスワードと、登録済みのクレジットカード番号下 4 桁をご返信ください。
48 時間以内にご返信がない場合、認定資格が失効する可能性があります。

AWS Training and Certification`,
  }),
  mk({
    slug: 'info-agent-change', kind: 'info_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yui, trap: false,
    note: 'a new agent introduces themself and asks for the Skill Builder address of the source account',
    from: SUPPORT_JA, to: YUI.keep, subject: formSubject(CASE.yui), when: '2026-02-05 07:19:44', tz: '+0000', auth: 'pass', enc: 'sjisb64',
    text: `田中様

前任の山口に代わり、本日から本件を担当いたします大野です。どうぞよろしくお願いいたします。

記録を拝見したところ、統合元アカウントで AWS Skill Builder もお使いだったようです。
Skill Builder に登録されていたメールアドレスが分かりましたら、ご返信の際に書き添えていただけますか。

大野
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'info-which-keep', kind: 'info_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.sho, trap: false,
    note: 'no request word: notes that the account to keep is still unspecified; Gmail-JA quote below',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho), when: '2026-03-14 00:40:12', tz: '+0000', auth: 'pass', enc: 'jis7',
    text: `木村 様

候補者 ID のご送付ありがとうございます。2 つのアカウントとも確認が取れました。
ただ、どちらのアカウントを残すかのご指定がまだのようです。
${SHO.keepId} と ${SHO.srcId} のどちらを今後お使いになるか、ひとことで結構ですのでご返信ください。

西村

${gmailJa('2026年3月13日(金) 21:15', `${SHO.ja} <${SHO.keep}>`, `西村様\n\n候補者IDは ${SHO.keepId} と ${SHO.srcId} です。\nよろしくお願いします。`)}`,
  }),

  // ------------------------------------------------------------------ confirmation_request (9)
  mk({
    slug: 'conf-escalation-irrev', kind: 'confirmation_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.kenji, trap: false,
    note: 'escalation specialist asks for consent before an irreversible merge',
    from: ESCALATIONS, to: KENJI.keep, subject: formSubject(CASE.kenji), when: '2026-01-14 03:10:27', tz: '+0000', auth: 'pass', enc: 'jis7',
    text: `森 様

エスカレーション対応チームの藤井です。情報のご提供ありがとうございました。

${KENJI.srcId} の認定履歴を ${KENJI.keepId} に移し、${KENJI.srcId} は使えなくなります。
この処理は後から元に戻すことができません。
内容にご同意いただける場合は、その旨を本メールにご返信ください。ご返信を確認してから作業に入ります。

藤井`,
  }),
  mk({
    slug: 'conf-jp-team-restate', kind: 'confirmation_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yui, trap: false,
    note: 'Japanese team restates both IDs and asks whether to go ahead',
    from: SUPPORT_JA, to: YUI.keep, subject: formSubject(CASE.yui), when: '2026-02-10 02:22:18', tz: '+0000', auth: 'pass', enc: 'utf8qp',
    text: `田中様

いつもお世話になっております、大野です。

統合先　${YUI.keepId} (${YUI.keep})
統合元　${YUI.srcId} (${YUI.src})

上記の組み合わせで統合を行う準備ができております。統合後に分け直すことはできません。
この内容で進めてよろしいでしょうか。`,
  }),
  mk({
    slug: 'conf-supervisor-delay', kind: 'confirmation_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.sho, trap: false,
    note: 'supervisor apologises for the wait and asks the customer to agree to the merge',
    from: `AWS T&C サポート 責任者 <${FORM}>`, to: SHO.keep, subject: formSubject(CASE.sho), when: '2026-03-23 09:05:50', tz: '+0000', auth: 'pass', enc: 'sjis8',
    text: `木村 翔 様

ご回答までに長くお待たせしてしまい、大変申し訳ございません。本件は私、岡田が引き取りました。

${SHO.srcId} を ${SHO.keepId} にまとめる作業は、一度行うと取り消しがききません。
ご了承いただけましたら「同意します」とご返信ください。承諾のご連絡をもって手続きを開始いたします。

岡田
AWS Training and Certification`,
  }),
  mk({
    slug: 'conf-dup-closed', kind: 'confirmation_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.kenji, trap: true,
    note: 'mentions that the duplicate case was closed, but the new text asks for consent to merge',
    from: SUPPORT, to: KENJI.keep, subject: formSubject(CASE.kenji), when: '2026-01-13 08:31:06', tz: '+0000', auth: 'pass', enc: 'jisb64',
    text: `森 健二 様

別途いただいていたケース ${CASE.kenjiDup} は、本ケースと同じ内容のためクローズいたしました。今後はこちらでご案内します。

統合の準備が整いました。統合すると元の状態には戻せませんので、
${KENJI.keepId} を残して ${KENJI.srcId} をまとめることにご同意いただけるか、ご返信にてお知らせください。

AWS トレーニングと認定 佐野`,
  }),
  mk({
    slug: 'conf-table-html', kind: 'confirmation_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yui, trap: false,
    note: 'HTML table of the planned merge with a request to reply with consent',
    from: SUPPORT_JA, to: YUI.keep, subject: formSubject(CASE.yui), when: '2026-02-10 02:30:41', tz: '+0000', auth: 'pass', enc: 'utf8b64',
    text: `以下の統合を実施予定です。

残すアカウント: ${YUI.keepId}
まとめるアカウント: ${YUI.srcId}

取り消しのできない操作のため、ご承諾いただける場合のみ、その旨をご返信ください。`,
    html: htmlDoc(`<p>以下の統合を実施予定です。</p>
<table border="1" cellpadding="4"><tr><th>残すアカウント</th><td>${YUI.keepId}</td></tr><tr><th>まとめるアカウント</th><td>${YUI.srcId}</td></tr></table>
<p>取り消しのできない操作のため、ご承諾いただける場合のみ、その旨をご返信ください。</p>`),
  }),
  mk({
    slug: 'conf-forged-fail', kind: 'confirmation_request', lang: 'ja', trusted: false, forUser: true, caseId: CASE.sho, trap: false,
    note: 'topmost verdict is dmarc=fail; a planted pass further down does not count',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho), when: '2026-03-15 17:11:39', auth: 'failThenForged', enc: 'jis7',
    text: `木村様

統合に同意される場合は、下記リンクからサインインして「同意する」を押してください。
http://aws-merge-consent.example.org/login
24 時間を過ぎると申請が取り消されます。`,
  }),
  mk({
    slug: 'conf-reopen-again', kind: 'confirmation_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yui, trap: false,
    note: 're-opened case: the earlier consent is too old, so the agent asks again',
    from: SUPPORT_JA, to: YUI.keep, subject: formSubject(CASE.yui), when: '2026-03-02 04:44:03', tz: '+0000', auth: 'pass', enc: 'utf8qp',
    text: `田中様

ケースを再開いたしました。以前にいただいたご同意から日数が経っているため、お手数ですがもう一度だけ意思確認をさせてください。

${YUI.srcId} → ${YUI.keepId} への統合は取り消しができません。このまま進めてよろしければ、ご返信で一言お知らせください。

大野`,
  }),
  mk({
    slug: 'conf-cc-boss', kind: 'confirmation_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.kenji, trap: false,
    note: 'consent request with the customer\'s former manager in Cc; a reply of 「同意します」 is enough',
    from: SUPPORT_JA, to: KENJI.keep, cc: SUZUKI, subject: formSubject(CASE.kenji), when: '2026-01-13 23:55:14', tz: '+0000', auth: 'pass', enc: 'sjisb64',
    text: `森様 (Cc: 鈴木様)

統合元のアカウントが御社ドメインのアドレスで登録されているため、念のため鈴木様にも Cc でお送りしております。

問題がなければ「同意します」とだけご返信いただければ、${KENJI.srcId} を ${KENJI.keepId} に統合いたします。統合は元に戻せない点をご了承ください。

佐野`,
  }),
  mk({
    slug: 'conf-below-gmail', kind: 'confirmation_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.sho, trap: false,
    note: 'short consent question on top of a quoted Gmail-JA thread; agent changed since the start',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho), when: '2026-03-16 01:08:29', tz: '+0000', auth: 'dkimonly', enc: 'jis7',
    text: `木村様

西村から引き継ぎました、宮本です。
${SHO.keepId} を残す形で統合する最終確認です。いったん統合するとアカウントを分け直せませんが、ご了承いただけますか。

${gmailJa('2026年3月15日(日) 10:02', `${SHO.ja} <${SHO.keep}>`, `${SHO.keepId} を残してください。\n\n${gmailJa('2026年3月14日(土) 9:40', `AWS Training and Certification <${FORM}>`, `どちらのアカウントを今後お使いになるか、ひとことで結構ですのでご返信ください。`)}`)}`,
  }),

  // ------------------------------------------------------------------ merge_completed (9)
  mk({
    slug: 'done-escalation', kind: 'merge_completed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.kenji, trap: false,
    note: 'escalation team reports the merge into the kept account is finished',
    from: ESCALATIONS, to: KENJI.keep, subject: formSubject(CASE.kenji), when: '2026-01-15 06:02:40', tz: '+0000', auth: 'pass', enc: 'jis7',
    text: `森 様

ご同意のご連絡ありがとうございました。
${KENJI.keepId} への統合処理を、本日終えました。${KENJI.srcId} で取得された認定は、今後 ${KENJI.keepId} 側でご覧いただけます。

ポータルに再度サインインして、表示をお確かめください。

藤井 / エスカレーション対応チーム`,
  }),
  mk({
    slug: 'done-then-close', kind: 'merge_completed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yui, trap: false,
    note: 'merge done, and the case will now be closed: the new fact is the merge',
    from: SUPPORT_JA, to: YUI.keep, subject: formSubject(CASE.yui), when: '2026-03-03 08:12:55', tz: '+0000', auth: 'pass', enc: 'utf8qp',
    text: `田中様

お待たせいたしました。ご依頼の 2 アカウントは、${YUI.keepId} に一本化されました。
試験履歴と特典も統合先に移っております。

ご依頼の内容は以上となりますので、本ケースはこのあとクローズさせていただきます。

大野`,
  }),
  mk({
    slug: 'done-apology-voucher', kind: 'merge_completed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.sho, trap: false,
    note: 'apology for the delay, goodwill voucher extension, and the merge is reported done',
    from: `AWS T&C サポート 責任者 <${FORM}>`, to: SHO.keep, subject: formSubject(CASE.sho), when: '2026-03-25 02:40:11', tz: '+0000', auth: 'pass', enc: 'sjis8',
    text: `木村 翔 様

岡田です。長らくお待たせしました。
統合作業が終わり、${SHO.srcId} の認定は ${SHO.keepId} にまとまっております。

今回の対応の遅れのお詫びとして、お持ちの 50% 割引バウチャーの有効期限を 90 日延長いたしました。
延長後の期限はポータルの [特典] からご確認いただけます。

このたびはご不便をおかけし、申し訳ございませんでした。`,
  }),
  mk({
    slug: 'done-portal-certmetrics', kind: 'merge_completed', lang: 'ja', trusted: false, forUser: true, caseId: null, trap: false,
    note: 'certification portal notice (CertMetrics sender, outside the trusted domains) that the accounts were merged',
    from: 'AWS Certification <noreply@certmetrics.example.com>', to: YUI.keep, subject: 'AWS 認定: アカウントが統合されました', when: '2026-03-03 07:58:02', auth: 'pass', enc: 'jisb64',
    text: `田中 結衣 様

お使いの AWS 認定アカウントに、別のアカウント (${YUI.srcId}) が統合されました。
統合元アカウントでの試験履歴・認定・特典は、このアカウントに表示されます。

この操作にお心当たりがない場合は、AWS トレーニングと認定のサポートまでご連絡ください。

AWS Certification`,
  }),
  mk({
    slug: 'done-supervisor-check', kind: 'merge_completed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.kenji, trap: false,
    note: 'manager sign-off: merge finished, please check all looks right (still a completion notice)',
    from: `カスタマーサポート マネージャー 長谷川 <${FORM}>`, to: KENJI.keep, subject: formSubject(CASE.kenji), when: '2026-01-15 09:21:30', tz: '+0000', auth: 'pass', enc: 'utf8b64',
    text: `森 健二 様

本件の最終確認を担当しております、マネージャーの長谷川です。
担当チームにより ${KENJI.srcId} は ${KENJI.keepId} に統合済みとなっております。

念のため、認定の一覧・有効期限・特典がすべて揃っているかご確認いただけますでしょうか。
お気づきの点がございましたら、このメールにご返信ください。

長谷川`,
    html: htmlDoc(paras(`森 健二 様

本件の最終確認を担当しております、マネージャーの長谷川です。
担当チームにより ${KENJI.srcId} は ${KENJI.keepId} に統合済みとなっております。

念のため、認定の一覧・有効期限・特典がすべて揃っているかご確認いただけますでしょうか。
お気づきの点がございましたら、このメールにご返信ください。

長谷川`)),
  }),
  mk({
    slug: 'done-successor', kind: 'merge_completed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.sho, trap: false,
    note: 'a different agent than the one who started reports the merge on the predecessor\'s behalf',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho), when: '2026-03-17 03:03:03', tz: '+0000', auth: 'pass', enc: 'jis7',
    text: `木村様

宮本が休暇中のため、代わりに私、川口からご報告いたします。
先日ご承諾いただいた件、${SHO.srcId} と ${SHO.keepId} のマージを実施し、正常に終わっております。

ご不明点はこのまま本メールにご返信ください。

川口`,
  }),
  mk({
    slug: 'done-forged-below', kind: 'merge_completed', lang: 'ja', trusted: false, forUser: true, caseId: CASE.yui, trap: false,
    note: 'completion look-alike with no top-level verdict; the pass header sits under the server\'s Received',
    from: SUPPORT_JA, to: YUI.keep, subject: formSubject(CASE.yui), when: '2026-02-20 14:14:14', auth: 'forgedBelow', enc: 'utf8qp',
    text: `田中様

アカウントの統合が完了しました。
統合後の認定証明書は下記からダウンロードしてください(要ログイン)。
http://aws-cert-download.example.info/`,
  }),
  mk({
    slug: 'done-after-reopen', kind: 'merge_completed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yui, trap: false,
    note: 'on the re-opened case the agent reports the accounts were combined',
    from: SUPPORT_JA, to: YUI.keep, subject: formSubject(CASE.yui), when: '2026-03-03 05:25:36', tz: '+0000', auth: 'pass', enc: 'sjisb64',
    text: `田中様

再開後のケースにて、改めてご同意いただきありがとうございました。
先ほど ${YUI.srcId} の内容を ${YUI.keepId} に移す作業を終えております。統合前の状態でのご利用はできなくなりましたのでご注意ください。

大野`,
  }),
  mk({
    slug: 'done-badges-pending', kind: 'merge_completed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.kenji, trap: false,
    note: 'merge finished; badges will follow separately (future, not the badge event)',
    from: SUPPORT_JA, to: KENJI.keep, subject: formSubject(CASE.kenji), when: '2026-01-16 00:30:44', tz: '+0000', auth: 'pass', enc: 'jis7',
    text: `森様

佐野です。アカウントの統合が済みましたのでお知らせします。
なお Credly のバッジにつきましては反映まで数日かかることがあり、別途担当からご案内する予定です。

引き続きよろしくお願いいたします。`,
  }),

  // ------------------------------------------------------------------ badges_transferred (8)
  mk({
    slug: 'credly-ja-saa', kind: 'badges_transferred', lang: 'ja', trusted: true, forUser: true, caseId: null, trap: false,
    note: 'AWS badge issued via Credly to the kept address after the merge',
    from: CREDLY_AWS, to: KENJI.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', when: '2026-01-17 11:04:20', tz: '+0000', auth: 'pass', enc: 'jis7',
    text: `森 健二 様

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」バッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/5e1c0a77

バッジを受け取ると、プロフィールで公開したり SNS で共有したりできます。

Credly`,
  }),
  mk({
    slug: 'badges-specialist-close', kind: 'badges_transferred', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yui, trap: false,
    note: 'specialist team re-issued the badges to the kept account; support closes the case',
    from: SUPPORT_JA, to: YUI.keep, subject: formSubject(CASE.yui), when: '2026-03-06 03:33:12', tz: '+0000', auth: 'pass', enc: 'utf8qp',
    text: `田中様

Credly 担当の専門チームに確認を依頼しておりました件、バッジを ${YUI.keep} のプロフィールへ発行し直したとの報告がありました。
Credly にサインインし、3 つのバッジが表示されていることをご確認ください。

以上をもちまして本ケースを終了とさせていただきます。

大野`,
  }),
  mk({
    slug: 'badges-after-complaint', kind: 'badges_transferred', lang: 'ja', trusted: true, forUser: true, caseId: CASE.sho, trap: false,
    note: 'reply to a complaint about missing badges: they have been moved',
    from: CUST_REL, to: SHO.keep, subject: formSubject(CASE.sho), when: '2026-03-28 08:08:08', tz: '+0000', auth: 'pass', enc: 'sjis8',
    text: `木村 翔 様

カスタマーリレーション担当の野村でございます。
統合後もバッジが旧アカウント側に残っているとのご指摘、誠に申し訳ございませんでした。

Credly 上のバッジ 2 点を ${SHO.keep} に付け替える処理が本日完了しております。
お手数ですが、Credly のプロフィールをご確認いただけますと幸いです。`,
  }),
  mk({
    slug: 'credly-ja-cp', kind: 'badges_transferred', lang: 'ja', trusted: true, forUser: true, caseId: null, trap: false,
    note: 'Credly issue notice for an AWS badge (Cloud Practitioner) to the kept address',
    from: CREDLY_AWS, to: SHO.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', when: '2026-03-27 22:19:50', tz: '+0000', auth: 'pass', enc: 'jisb64',
    extra: { crlf: false },
    text: `木村 翔 さん

おめでとうございます。Amazon Web Services Training and Certification があなたに「AWS Certified Cloud Practitioner」を発行しました。

[バッジを入手する]
https://www.credly.com/earner/earned/badge/9b3f6c21

このメールは Credly から送信されています。`,
  }),
  mk({
    slug: 'badges-liaison-html', kind: 'badges_transferred', lang: 'ja', trusted: true, forUser: true, caseId: CASE.kenji, trap: false,
    note: 'escalation to the Credly liaison team: badges now on the kept account',
    from: ESCALATIONS, to: KENJI.keep, subject: formSubject(CASE.kenji), when: '2026-01-17 02:12:09', tz: '+0000', auth: 'pass', enc: 'utf8b64',
    text: `森 様

藤井です。バッジの件、Credly 連携の担当へエスカレーションしておりました。
${KENJI.srcId} に紐づいていたデジタルバッジは、すべて ${KENJI.keep} 側へ移し終えたと連絡を受けました。

ほかに気になる点があればお知らせください。`,
    html: htmlDoc(`<p>森 様</p><p>藤井です。バッジの件、Credly 連携の担当へエスカレーションしておりました。<br>
${KENJI.srcId} に紐づいていたデジタルバッジは、すべて <b>${KENJI.keep}</b> 側へ移し終えたと連絡を受けました。</p>
<p>ほかに気になる点があればお知らせください。</p>`),
  }),
  mk({
    slug: 'credly-lookalike', kind: 'badges_transferred', lang: 'ja', trusted: false, forUser: true, caseId: null, trap: false,
    note: 'badge notice from credIy.com (capital I look-alike)',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: YUI.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', when: '2026-03-04 04:04:04', auth: 'pass', enc: 'jis7',
    text: `田中 結衣 様

統合されたアカウントへバッジが移動しました。
バッジを入手する: http://credly-badge-claim.example.net/claim?id=44

Credly`,
  }),
  mk({
    slug: 'badges-new-agent', kind: 'badges_transferred', lang: 'ja', trusted: true, forUser: true, caseId: CASE.sho, trap: false,
    note: 'a different agent reports the badges were re-pointed to the kept account',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho), when: '2026-03-18 06:45:21', tz: '+0000', auth: 'pass', enc: 'utf8qp',
    text: `木村様

川口です。引き続き担当いたします。
バッジについて、統合先の ${SHO.keepId} に付け替えました。Credly 側での表示も新しいメールアドレスに切り替わっております。

以上、ご報告まで。`,
  }),
  mk({
    slug: 'badges-reopened', kind: 'badges_transferred', lang: 'ja', trusted: true, forUser: true, caseId: CASE.kenji, trap: false,
    note: 'case re-opened for missing badges; the agent reports they were moved',
    from: SUPPORT_JA, to: KENJI.keep, subject: formSubject(CASE.kenji), when: '2026-01-26 05:55:00', tz: '+0000', auth: 'pass', enc: 'sjisb64',
    text: `森様

「バッジが見当たらない」とのご返信を受けてケースを再開しておりました。
調査の結果、旧アカウントに残っていたバッジを ${KENJI.keep} の Credly アカウントへ移行いたしました。

佐野

${quote(outlookJa(`${KENJI.ja} <${KENJI.keep}>`, '2026年1月24日 18:31', FORM, formSubject(CASE.kenji), '統合後、Credly にバッジが1つも表示されません。\n確認いただけますか。'))}`,
  }),

  // ------------------------------------------------------------------ case_closed (9)
  mk({
    slug: 'close-7days', kind: 'case_closed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yuiOld, trap: false,
    note: 'reminder that the case will close after 7 days without a reply',
    from: NOTIFY, to: YUI.src, subject: `ケース ${CASE.yuiOld}: ご返信をお待ちしております`, when: '2025-12-08 00:00:31', tz: '+0000', auth: 'pass', enc: 'jis7',
    text: `田中 様

ケース ${CASE.yuiOld} について、担当者からの質問へのご回答をお待ちしてしております。
7 日以内にご返信がない場合、本ケースは自動的にクローズされます。
クローズ後に同じ件でご連絡いただく場合は、新たにケースを作成してください。

Amazon Web Services`,
  }),
  mk({
    slug: 'close-dup-in-favour', kind: 'case_closed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.shoDup, trap: true,
    note: 'duplicate case closed in favour of the other case (case housekeeping, not the account merge)',
    from: SUPPORT, to: SHO.src, subject: formSubject(CASE.shoDup), when: '2026-03-13 04:05:40', tz: '+0000', auth: 'pass', enc: 'utf8qp',
    text: `木村様

本ケース (${CASE.shoDup}) は、先にいただいているケース ${CASE.sho} と重複しているため、そちらに統合のうえクローズいたしました。
今後のご連絡は ${CASE.sho} のメールにご返信ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'close-resolved-sys', kind: 'case_closed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.kenji, trap: false,
    note: 'system notice that the case was set to resolved',
    from: SUPPORT_NOTIFY, to: KENJI.keep, subject: `ケース ${CASE.kenji} は解決済みになりました`, when: '2026-01-19 00:01:12', tz: '+0000', auth: 'pass', enc: 'sjis8',
    text: `森 健二 様

ケース ${CASE.kenji} のステータスが「解決済み」に変更されました。
引き続きお困りのことがあれば、このメールにご返信いただくとケースが再開されます。

AWS サポート`,
  }),
  mk({
    slug: 'close-restate', kind: 'case_closed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yui, trap: true,
    note: 'closing notice that only restates last week\'s merge',
    from: SUPPORT_JA, to: YUI.keep, subject: formSubject(CASE.yui), when: '2026-03-10 01:17:29', tz: '+0000', auth: 'pass', enc: 'jisb64',
    text: `田中様

先週ご報告したとおり、アカウントの統合とバッジの移行はすでに済んでおります。
その後ご連絡がございませんでしたので、本ケースはこれをもってクローズといたします。

大野`,
  }),
  mk({
    slug: 'close-hold-3days', kind: 'case_closed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.sho, trap: false,
    note: 'case on hold awaiting the customer; will close in 3 days without a reply',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho), when: '2026-03-19 02:00:00', tz: '+0000', auth: 'pass', enc: 'utf8b64',
    text: `木村様

前回のご案内以降、ケースを保留にしてお返事をお待ちしております。
3 日以内にご返信がない場合は、本ケースを閉じさせていただきます。

AWS トレーニングと認定`,
    html: htmlDoc(`<p>木村様</p><p>前回のご案内以降、ケースを<b>保留</b>にしてお返事をお待ちしております。<br>3 日以内にご返信がない場合は、本ケースを閉じさせていただきます。</p><p>AWS トレーニングと認定</p>`),
  }),
  mk({
    slug: 'close-noauth', kind: 'case_closed', lang: 'ja', trusted: false, forUser: true, caseId: CASE.kenji, trap: false,
    note: 'closing notice without any Authentication-Results header',
    from: NOTIFY, to: KENJI.keep, subject: `ケース ${CASE.kenji} をクローズしました`, when: '2026-01-20 12:00:00', auth: 'none', enc: 'jis7',
    text: `お問い合わせいただいたケース ${CASE.kenji} をクローズしました。
ご利用ありがとうございました。`,
  }),
  mk({
    slug: 'close-manager-signoff', kind: 'case_closed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.sho, trap: true,
    note: 'manager signs off the complaint: restates the earlier merge and voucher extension, then closes',
    from: CUST_REL, to: SHO.keep, subject: formSubject(CASE.sho), when: '2026-04-01 07:07:07', tz: '+0000', auth: 'pass', enc: 'utf8qp',
    text: `木村 翔 様

カスタマーリレーション部 マネージャーの中川です。
先日のお申し出につきまして、統合済みのアカウント、バウチャーの期限延長、バッジの付け替えまで一通り対応が済んでいることを私のほうでも確認いたしました。

本件はこれにて完了とし、ケースを閉じさせていただきます。このたびは貴重なご意見をありがとうございました。

中川`,
  }),
  mk({
    slug: 'close-auto-14', kind: 'case_closed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yuiOld, trap: false,
    note: 'auto-closed notice; reply within 14 days re-opens it',
    from: NOTIFY, to: YUI.src, subject: `[ケース ${CASE.yuiOld}] 自動クローズのお知らせ`, when: '2025-12-15 00:00:44', tz: '+0000', auth: 'pass', enc: 'sjisb64',
    text: `ご返信がなかったため、ケース ${CASE.yuiOld} を自動でクローズしました。
14 日以内であれば、このメールにご返信いただくことでケースを再開できます。
それ以降は新しいケースの作成をお願いいたします。`,
  }),
  mk({
    slug: 'close-withdrawn', kind: 'case_closed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.kenjiDup, trap: false,
    note: 'customer withdrew this request; the agent closes the case',
    from: SUPPORT_JA, to: KENJI.src, subject: formSubject(CASE.kenjiDup), when: '2026-01-09 09:12:33', tz: '+0000', auth: 'pass', enc: 'jis7',
    text: `森様

お申し出のとおり、こちらのお問い合わせは取り下げとして扱い、ケースを終了いたしました。
またご用の際はお気軽にご連絡ください。

佐野`,
  }),

  // ------------------------------------------------------------------ support_reply (10)
  mk({
    slug: 'sr-escalated-notyet', kind: 'support_reply', lang: 'ja', trusted: true, forUser: true, caseId: CASE.kenji, trap: true,
    note: 'escalated to a supervisor; explicitly says the merge is not finished yet',
    from: SUPPORT_JA, to: KENJI.keep, subject: formSubject(CASE.kenji), when: '2026-01-11 05:20:18', tz: '+0000', auth: 'pass', enc: 'jis7',
    text: `森様

ご連絡ありがとうございます。統合がまだ完了していないとのご指摘、ごもっともです。
本件は上長へエスカレーションいたしました。担当チームから改めてご連絡いたしますので、恐縮ですがもう少々お待ちください。

佐野

${quote(`森です。\n申請から4日経ちますが、まだ何の連絡もありません。どうなっていますか。`)}`,
  }),
  mk({
    slug: 'sr-jp-transfer', kind: 'support_reply', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yui, trap: false,
    note: 'plain notice that the case was transferred to the Japanese team',
    from: SUPPORT, to: YUI.keep, subject: formSubject(CASE.yui), when: '2026-02-03 20:00:41', tz: '+0000', auth: 'pass', enc: 'utf8qp',
    text: `田中様

日本語でのご対応をご希望とのことで、ケースを日本語サポートのキューへ回しました。
担当者が決まり次第、日本語でご連絡いたします。

Hello, this case has been routed to our Japanese-language team.`,
  }),
  mk({
    slug: 'sr-reopen-system', kind: 'support_reply', lang: 'ja', trusted: true, forUser: true, caseId: CASE.sho, trap: true,
    note: 'automatic status notice: an auto-closed case was re-opened by the customer\'s reply',
    from: SUPPORT_NOTIFY, to: SHO.keep, subject: `ケース ${CASE.sho} が再開されました`, when: '2026-03-19 14:03:01', tz: '+0000', auth: 'pass', enc: 'sjis8',
    text: `木村 翔 様

自動クローズされていたケース ${CASE.sho} に返信をいただいたため、ケースを再オープンしました。
担当者が内容を確認してご連絡します。`,
  }),
  mk({
    slug: 'sr-cases-merged', kind: 'support_reply', lang: 'ja', trusted: true, forUser: true, caseId: CASE.kenji, trap: true,
    note: '"we merged your duplicate cases": case housekeeping, not the account merge',
    from: SUPPORT_JA, to: KENJI.keep, subject: formSubject(CASE.kenji), when: '2026-01-09 09:10:02', tz: '+0000', auth: 'pass', enc: 'jisb64',
    text: `森様

お送りいただいた 2 件のお問い合わせ (${CASE.kenji} / ${CASE.kenjiDup}) は同じご依頼のため、ケースを一つにマージしました。
以後は ${CASE.kenji} でやり取りさせていただきます。内容を確認のうえ、追ってご連絡いたします。

佐野`,
  }),
  mk({
    slug: 'sr-on-hold', kind: 'support_reply', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yui, trap: true,
    note: 'case on hold for the specialist team; completion is only promised for later',
    from: SUPPORT_JA, to: YUI.keep, subject: formSubject(CASE.yui), when: '2026-02-12 03:41:59', tz: '+0000', auth: 'pass', enc: 'utf8b64',
    text: `田中様

ご同意ありがとうございます。統合作業は専門チームで行うため、現在ケースを「保留」にしております。
統合が完了しましたら、こちらからご連絡いたします。ケースはこちらで開いたままにしておきますので、ご安心ください。

大野`,
    html: htmlDoc(paras(`田中様

ご同意ありがとうございます。統合作業は専門チームで行うため、現在ケースを「保留」にしております。
統合が完了しましたら、こちらからご連絡いたします。ケースはこちらで開いたままにしておきますので、ご安心ください。

大野`)),
  }),
  mk({
    slug: 'sr-thanks-confirm', kind: 'support_reply', lang: 'ja', trusted: true, forUser: true, caseId: CASE.sho, trap: true,
    note: 'thanks for confirming, passed to the operations team',
    from: SUPPORT, to: SHO.keep, subject: formSubject(CASE.sho), when: '2026-03-16 07:30:17', tz: '+0000', auth: 'pass', enc: 'jis7',
    text: `木村様

ご承諾のご返信、確かに受け取りました。ありがとうございます。
作業担当のチームへ依頼を回しましたので、処理が済みましたら改めてご案内します。

宮本`,
  }),
  mk({
    slug: 'sr-goodwill-pending', kind: 'support_reply', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yui, trap: true,
    note: 'apology with a voucher extension while the merge is still in progress',
    from: `サポート統括 小池 <${FORM}>`, to: YUI.keep, subject: formSubject(CASE.yui), when: '2026-02-16 00:48:30', tz: '+0000', auth: 'pass', enc: 'utf8qp',
    text: `田中様

小池です。お待たせしており本当に申し訳ございません。統合処理は専門チームでまだ進行中です。
お詫びの気持ちとして、お持ちの受験割引バウチャーの有効期限を 60 日延ばす手配をいたしました。
統合が終わり次第、大野からご報告いたします。`,
  }),
  mk({
    slug: 'sr-cr-unable', kind: 'support_reply', lang: 'ja', trusted: true, forUser: true, caseId: CASE.kenji, trap: true,
    note: 'customer relations explains why the merge could not be done as asked (negated event, no request)',
    from: CUST_REL, to: KENJI.keep, subject: formSubject(CASE.kenji), when: '2026-01-13 02:26:44', tz: '+0000', auth: 'pass', enc: 'sjisb64',
    text: `森 健二 様

カスタマーリレーション担当の野村です。お寄せいただいたご意見を拝見しました。
当初ご依頼の方法では、2 つのアカウントの氏名表記が異なるため、統合を実施することができませんでした。
ご説明が不足しており、ご不快な思いをおかけしたことをお詫び申し上げます。
担当チームにはこの点を共有済みで、今後の進め方は担当者から改めてご連絡いたします。

野村`,
  }),
  mk({
    slug: 'sr-lookalike-status', kind: 'support_reply', lang: 'ja', trusted: false, forUser: true, caseId: CASE.sho, trap: false,
    note: 'status update from a look-alike domain (amazon.co.jp.support-desk.example)',
    from: 'AWS トレーニングと認定 <cases@amazon.co.jp.support-desk.example>', to: SHO.keep, subject: formSubject(CASE.sho), when: '2026-03-14 12:40:00', auth: 'pass', enc: 'jis7',
    text: `木村様

ケースは現在確認中です。進捗は下記ページからいつでもご確認いただけます。
http://amazon.co.jp.support-desk.example/status`,
  }),
  mk({
    slug: 'sr-manager-apology', kind: 'support_reply', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yui, trap: false,
    note: 'manager answers a complaint about slow handling; no event and no request',
    from: `カスタマーサポート マネージャー 長谷川 <${FORM}>`, to: YUI.keep, subject: formSubject(CASE.yui), when: '2026-02-13 10:10:10', tz: '+0000', auth: 'pass', enc: 'utf8b64',
    text: `田中 結衣 様

マネージャーの長谷川です。対応の遅さについてのお叱り、真摯に受け止めております。
担当者の引き継ぎの際に情報の共有が十分でなかったことが原因でした。以後、本件は私も経過を見守ります。

${quote(gmailJa('2026年2月12日(木) 22:15', `${YUI.ja} <${YUI.keep}>`, '担当者が変わるたびに同じことを聞かれています。\n責任者の方から説明をお願いします。'))}`,
  }),

  // ------------------------------------------------------------------ unrelated (10)
  mk({
    slug: 'un-survey-resolved', kind: 'unrelated', lang: 'ja', trusted: true, forUser: true, caseId: CASE.kenji, trap: true,
    note: 'satisfaction survey asking whether the case was resolved',
    from: SURVEY, to: KENJI.keep, subject: 'AWS サポートのご利用に関するアンケート', when: '2026-01-19 03:00:00', tz: '+0000', auth: 'pass', enc: 'jis7',
    text: `森 健二 様

先日クローズされたケース ${CASE.kenji} について、簡単なアンケートにご協力ください。

Q1. お問い合わせの問題は解決しましたか?
Q2. 担当者の対応に満足されましたか? (1-5)

https://amazon.example-survey.com/s/aws-tc?case=${CASE.kenji}
所要時間は約 1 分です。`,
  }),
  mk({
    slug: 'un-quality-followup', kind: 'unrelated', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yui, trap: true,
    note: 'case-quality follow-up asking for a rating of the handling (survey), no news on the merge',
    from: 'AWS サポート品質管理チーム <support-quality@amazon.com>', to: YUI.keep, subject: `対応品質向上のためのお願い (ケース ${CASE.yui})`, when: '2026-03-12 01:30:00', tz: '+0000', auth: 'pass', enc: 'utf8qp',
    text: `田中様

品質管理チームの者です。完了したケースの中から抽出してご連絡しております。
担当者の説明は分かりやすかったか、統合までの連絡の頻度は適切だったか、5 段階で評価をお聞かせください。
ご回答は今後の改善にのみ使用します。`,
    html: htmlDoc(`<p>田中様</p><p>品質管理チームの者です。完了したケースの中から抽出してご連絡しております。</p>
<p>担当者の説明は分かりやすかったか、統合までの連絡の頻度は適切だったか、5 段階で評価をお聞かせください。</p>
<p><a href="https://amazon.example-survey.com/q/${CASE.yui}">評価する</a></p><p>ご回答は今後の改善にのみ使用します。</p>`),
  }),
  mk({
    slug: 'un-own-consent-mobile', kind: 'unrelated', lang: 'ja', trusted: false, forUser: true, caseId: CASE.sho, trap: true,
    note: 'the user\'s own mobile reply giving consent (own mail carries no news from support)',
    from: `${SHO.ja} <${SHO.keep}>`, to: FORM, cc: SHO.keep, subject: `Re: ${formSubject(CASE.sho)}`, when: '2026-03-23 21:12:40', auth: 'none', enc: 'sjis8',
    text: `岡田様

同意します。統合をお願いします。
木村

iPhoneから送信

${gmailJa('2026/03/23 18:05', 'AWS T&C サポート 責任者', `ご了承いただけましたら「同意します」とご返信ください。`)}`,
    extra: { rcpt: SHO.keep, crlf: false },
  }),
  mk({
    slug: 'un-fwd-to-boss', kind: 'unrelated', lang: 'ja', trusted: false, forUser: false, caseId: CASE.kenji, trap: true,
    note: 'the user forwards the completion notice to a colleague (own mail, not delivered to the user)',
    from: `${KENJI.ja} <${KENJI.src}>`, to: SUZUKI, subject: `Fwd: ${formSubject(CASE.kenji)}`, when: '2026-01-15 18:40:02', auth: 'none', enc: 'jisb64',
    text: `鈴木部長

AWS 認定アカウントの統合が終わったとの連絡が来ましたので共有します。
会社アドレスのアカウントは今後使えなくなります。

---------- Forwarded message ---------
From: AWS T&C Escalations Team <${FORM}>
Date: 2026年1月15日(木) 15:02
Subject: ${formSubject(CASE.kenji)}

${KENJI.keepId} への統合処理を、本日終えました。`,
  }),
  mk({
    slug: 'un-credly-other', kind: 'unrelated', lang: 'ja', trusted: true, forUser: true, caseId: null, trap: true,
    note: 'Credly badge from another issuer (HashiCorp), not AWS',
    from: 'HashiCorp via Credly <admin@credly.com>', to: YUI.keep, subject: 'HashiCorpのバッジ発行のお知らせ', when: '2026-03-05 16:00:12', tz: '+0000', auth: 'pass', enc: 'utf8b64',
    text: `田中 結衣 様

HashiCorp から「HashiCorp Certified: Terraform Associate」バッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/aa71c0d2`,
  }),
  mk({
    slug: 'un-other-case-refund', kind: 'unrelated', lang: 'ja', trusted: true, forUser: true, caseId: CASE.refund, trap: true,
    note: 'receipt of the user\'s other case about an exam-fee refund',
    from: NOTIFY, to: KENJI.keep, subject: `ケース ${CASE.refund} を受け付けました: 試験料金の返金`, when: '2026-02-01 04:40:40', tz: '+0000', auth: 'pass', enc: 'jis7',
    text: `森 健二 様

試験料金の返金に関するお問い合わせを、ケース ${CASE.refund} として受け付けました。
返金の可否は担当者が確認のうえご連絡いたします。`,
  }),
  mk({
    slug: 'un-ooo-oldco', kind: 'unrelated', lang: 'ja', trusted: false, forUser: true, caseId: CASE.yui, trap: true,
    note: 'out-of-office auto-reply from the old company\'s helpdesk quoting the case subject',
    from: HELPDESK, to: YUI.keep, subject: `自動応答: ${formSubject(CASE.yui)}`, when: '2026-02-10 11:30:00', auth: 'none', enc: 'utf8qp',
    text: `このメールは自動返信です。
お送りいただいたメール (統合に関するご連絡) は受信しましたが、担当者は 2 月 16 日まで不在にしております。
緊急の場合は内線 4410 までご連絡ください。

BigCo 情報システム部 ヘルプデスク`,
    extra: { extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'], crlf: false },
  }),
  mk({
    slug: 'un-pearson-booking', kind: 'unrelated', lang: 'ja', trusted: false, forUser: true, caseId: null, trap: true,
    note: 'test vendor\'s booking confirmation: "confirmation" wording, no merge case',
    from: 'Pearson VUE <no-reply@pearsonvue.example.com>', to: SHO.keep, subject: '試験予約確認のお知らせ', when: '2026-04-02 09:00:00', auth: 'pass', enc: 'sjisb64',
    text: `木村 翔 様

以下の試験予約が確定しました。
試験: AWS Certified Developer - Associate
日時: 2026年4月20日 10:00
会場: オンライン監督 (OnVUE)

予約の変更・取り消しは 24 時間前まで可能です。`,
  }),
  mk({
    slug: 'un-summit', kind: 'unrelated', lang: 'ja', trusted: true, forUser: true, caseId: null, trap: true,
    note: 'event registration completed mail (AWS Summit), not part of the case',
    from: 'AWS Events <aws-events@amazon.com>', to: KENJI.keep, subject: 'AWS Summit Japan ご登録完了のお知らせ', when: '2026-04-10 02:00:00', tz: '+0000', auth: 'pass', enc: 'jis7',
    text: `森 健二 様

AWS Summit Japan へのご登録が完了しました。
当日は受付で登録 QR コードをご提示ください。
認定取得者向けラウンジもご利用いただけます。`,
  }),
  mk({
    slug: 'un-exam-result', kind: 'unrelated', lang: 'ja', trusted: true, forUser: true, caseId: null, trap: true,
    note: 'exam result notice; mentions the badge to come but is not about the merge',
    from: PORTAL, to: YUI.keep, subject: 'AWS 認定試験の結果のお知らせ', when: '2026-04-15 06:30:00', tz: '+0000', auth: 'pass', enc: 'utf8qp',
    text: `田中 結衣 様

AWS Certified Security - Specialty 試験に合格されました。おめでとうございます。
デジタルバッジは数日以内に Credly から届きます。認定の詳細は認定アカウントでご確認ください。`,
  }),
  mk({
    slug: 'un-self-note', kind: 'unrelated', lang: 'ja', trusted: false, forUser: true, caseId: CASE.yui, trap: true,
    note: 'the user forwards the consent request to her own other address as a note to self',
    from: `${YUI.ja} <${YUI.keep}>`, to: YUI.src, subject: `Fwd: ${formSubject(CASE.yui)}`, when: '2026-02-10 12:01:55', auth: 'none', enc: 'utf8b64',
    text: `会社のPCでも見られるように転送。あとで返信する。

-------- 転送メッセージ --------
件名: ${formSubject(CASE.yui)}
日付: Tue, 10 Feb 2026 02:22:18 +0000
差出人: AWS トレーニングと認定 <${FORM}>

上記の組み合わせで統合を行う準備ができております。統合後に分け直すことはできません。
この内容で進めてよろしいでしょうか。`,
  }),
];

