// bt: Japanese messages (new text in Japanese; the customers are Korean, Chinese,
// Brazilian, Spanish speakers writing Japanese with their own habits).
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CHEN, CHEN_REQ, CREDLY_AWS, JOAO, JOAO_REQ_JA, LUCIA, PARK, PARK_REQ, SEOYEON, SUPPORT, SUPPORT_ADDR,
  caseSubj, caseSubjNew, mk, outlookJa, paras, q, ref, sfBlock,
} from './common.js';

const P = CASE.park;
const C = CASE.chen;
const J = CASE.joao;
const S = CASE.seoyeon;
const L = CASE.lucia;

export const JA: Msg[] = [
  // ---------------- acknowledgement (8) ----------------
  mk({
    slug: 'ack-park-receipt', kind: 'acknowledgement', lang: 'ja', caseId: P, from: AWS_NOTIFY, to: PARK.keep, enc: 'jis7',
    when: ['2026-01-12 01:14:09', '+0000'], subject: `[CASE ${P}] AWS トレーニングと認定へのお問い合わせを受け付けました`,
    note: 'automatic receipt of the new case with its ID',
    text: `このメールは送信専用アドレスから自動でお送りしています。

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
下記の内容でケースを作成しました。

  ケース ID : ${P}
  カテゴリ   : アカウントのサポート
  作成日時   : 2026/01/12 10:14 (JST)

担当者が内容を確認し、通常 1〜2 営業日以内にこのメールアドレス宛てにご連絡します。
同じ内容で別のケースを作成されますと、回答までにお時間をいただく場合があります。

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-chen-shape', kind: 'acknowledgement', lang: 'ja', caseId: C, to: CHEN.keep, enc: 'jisb64',
    when: ['2026-01-20 06:02:44', '+0000'], subject: caseSubjNew(C),
    note: 'receipt recognisable by its shape: case number table, no human content',
    text: `陳 偉 様

━━━━━━━━━━━━━━━━━━━━
 お問い合わせ受付のお知らせ
━━━━━━━━━━━━━━━━━━━━
 ケース番号: ${C}
 お問い合わせ種別: AWS トレーニングと認定
 ステータス: 受付済み
━━━━━━━━━━━━━━━━━━━━

本メールにそのままご返信いただくと、同じケースに追記されます。
内容を確認のうえ、担当より改めてご案内差し上げます。

AWS Training and Certification カスタマーサポート`,
  }),
  mk({
    slug: 'ack-joao-html', kind: 'acknowledgement', lang: 'ja', caseId: J, from: AWS_NOTIFY, to: JOAO.keep, enc: 'utf8qp',
    when: ['2026-02-02 23:41:30', '+0000'], subject: `ケース ${J} を作成しました - AWS Training and Certification`,
    note: 'HTML-only receipt with the case ID',
    html: `<html><body style="font-family:sans-serif">
<p>ペレイラ ジョアン 様</p>
<p>お問い合わせを承りました。ケース ID <b>${J}</b> でお預かりしています。</p>
<table border="1" cellpadding="4"><tr><td>件名</td><td>AWS認定アカウントの統合について</td></tr>
<tr><td>受付日</td><td>2026年2月3日</td></tr></table>
<p>担当チームから順番にご連絡いたしますので、今しばらくお待ちください。<br>
※このメッセージへの返信は不要です。</p>
<p>Amazon Web Services</p>
</body></html>`,
  }),
  mk({
    slug: 'ack-seoyeon-ja', kind: 'acknowledgement', lang: 'ja', caseId: S, to: SEOYEON.keep, enc: 'utf8b64',
    when: ['2026-02-09 02:18:55', '+0000'], subject: caseSubjNew(S),
    note: 'receipt; the customer had written partly in Korean and gets a Japanese receipt',
    text: `キム ソヨン 様

AWS トレーニングと認定 サポートセンターです。
ケース ${S} として登録されました。お送りいただいた本文（韓国語の部分を含む）はそのまま担当者に引き継がれます。
回答は日本語または英語でお送りします。追加の情報がある場合は、件名を変えずにこのメールへご返信ください。

-----
ご依頼内容:
Hello AWS team, 認定アカウントの統合をお願いします。 감사합니다.`,
  }),
  mk({
    slug: 'ack-park-dup-case', kind: 'acknowledgement', lang: 'ja', caseId: CASE.parkDup, from: AWS_NOTIFY, to: PARK.src, enc: 'jis7',
    when: ['2026-01-13 08:30:12', '+0000'], subject: `[CASE ${CASE.parkDup}] お問い合わせありがとうございます`,
    note: 'a second receipt (the user opened a duplicate case from the old address); still a receipt',
    text: `お問い合わせありがとうございます。
ケース番号 ${CASE.parkDup} でお問い合わせを受付いたしました。

ご返信の際はケース番号を件名に残したままお送りください。

-- 
Amazon Web Services, Inc.
このメールアドレスは送信専用です`,
  }),
  mk({
    slug: 'ack-lucia-forged', kind: 'acknowledgement', lang: 'ja', caseId: L, from: 'AWS サポート <no-reply-aws@amazon.com>', to: LUCIA.src, enc: 'sjis8',
    auth: 'none', trusted: false, when: ['2026-01-27 04:05:00', '+0000'], subject: `[CASE ${L}] お問い合わせ受付`,
    note: 'receipt text but no Authentication-Results at all: untrusted',
    text: `ルシア・フェルナンデス 様

ケース ${L} を受け付けました。
担当より後日ご連絡いたします。このメールへの返信は不要です。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ack-joao-fields', kind: 'acknowledgement', lang: 'ja', caseId: J, to: JOAO.src, enc: 'sjisb64',
    when: ['2026-02-02 23:40:02', '+0000'], subject: caseSubjNew(J),
    note: 'form-submission echo listing the fields received, with the case ID: receipt',
    text: `お問い合わせフォームの送信内容は以下のとおりです。
ケース: ${J}

氏名: Pereira Joao
会社名: (未入力)
候補者 ID: ${JOAO.srcId}
お問い合わせ内容:
${JOAO_REQ_JA.replace('Obrigado!', '')}

受付が完了しました。担当者からの連絡をお待ちください。`,
  }),
  mk({
    slug: 'ack-chen-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: C, from: 'AWS Training and Certification <support@aws-training-center.jp>', to: CHEN.keep, enc: 'jis7',
    trusted: false, when: ['2026-01-20 07:00:00', '+0900'], subject: `【受付完了】ケース ${C}`,
    note: 'receipt from a look-alike domain (aws-training-center.jp): untrusted',
    text: `陳 偉 様

お問い合わせ (ケース ${C}) を受け付けました。
本人確認のため、下記URLからログインしてください。
https://aws-training-center.jp/verify

AWS Training and Certification`,
  }),

  // ---------------- ai_answer (7) ----------------
  mk({
    slug: 'ai-park-selfservice', kind: 'ai_answer', lang: 'ja', caseId: null, from: AWS_NOTIFY, to: PARK.keep, enc: 'jis7',
    when: ['2026-01-12 01:10:40', '+0000'], subject: 'AWS トレーニングと認定: ご質問への自動回答',
    note: 'AI-generated suggestion to use the Merge Accounts tool',
    text: `この回答は AI によって生成されました。内容が正確でない場合があります。

ご質問: 「認定アカウントが2つあります。1つにできますか」

回答:
AWS Certification アカウントの統合は、認定ポータルにサインインし、
プロフィール > アカウントの統合 (Merge Accounts) からご自身で行えることがあります。
統合元アカウントのメールアドレスに確認コードが送られますので、コードを入力して手続きを進めてください。

解決しない場合は「ケースを作成」を選択してください。`,
  }),
  mk({
    slug: 'ai-chen-after-merge', kind: 'ai_answer', lang: 'ja', caseId: null, from: AWS_NOTIFY, to: CHEN.keep, enc: 'utf8qp',
    trap: true, when: ['2026-01-20 05:55:10', '+0000'], subject: '自動応答: 認定アカウントの統合に関するご案内',
    note: 'automated answer that also explains what happens after a merge (badges, benefits): stays ai_answer',
    text: `[自動生成された回答]

アカウントを統合すると、統合元の認定資格と受験特典が統合先アカウントに表示されます。
Credly のデジタルバッジは自動では移らないことがあるため、統合後に統合先のメールアドレスで
バッジを受け取り直してください。

まずは認定アカウントの「Merge Accounts」画面からお試しください。
両方のアカウントに認定の履歴がある場合は、この画面ではできず、サポートケースのご案内になります。

この回答は役に立ちましたか? はい / いいえ`,
  }),
  mk({
    slug: 'ai-joao-html', kind: 'ai_answer', lang: 'ja', caseId: null, from: 'AWS Training and Certification <no-reply@aws.training>', to: JOAO.keep, enc: 'utf8b64',
    when: ['2026-02-02 23:35:51', '+0000'], subject: 'お問い合わせいただいた内容について (自動回答)',
    note: 'HTML automated suggestion from aws.training, no case yet',
    html: `<div style="font-size:14px">
<p>Generative AI によるご案内です。</p>
<p>「Olá, アカウントふたつある、ひとつにしたい」というご質問をいただきました。</p>
<p>認定アカウントのマージは、<a href="https://www.aws.training/Certification">認定アカウント</a>のプロフィールメニューにある統合ツールで行えます。
手順: 1) 残す方のアカウントでサインイン 2) 統合するアカウントのメールアドレスを入力 3) 届いたコードを入力</p>
<p>この案内で解決しなかった場合は、下のボタンからサポートに連絡できます。</p>
</div>`,
  }),
  mk({
    slug: 'ai-seoyeon-translated', kind: 'ai_answer', lang: 'ja', caseId: null, from: AWS_NOTIFY, to: SEOYEON.keep, enc: 'utf8b64',
    when: ['2026-02-09 02:10:03', '+0000'], subject: 'AWS Support からの推奨回答',
    note: 'AI answer that machine-translated the Korean question before answering',
    text: `(お問い合わせは韓国語から自動翻訳されました: 「회사 계정과 개인 계정을 합치고 싶어요」→「会社のアカウントと個人のアカウントを合わせたいです」)

推奨される解決方法:
・AWS Certification アカウントにサインインし、[アカウントの統合] を開いてください。
・統合したいアカウントのメールアドレスを入力し、そのアドレスに届く確認コードを入力します。
・一度統合すると元に戻せません。残すアカウントを慎重に選んでください。

問題が解決しない場合は、このページから担当者にお問い合わせいただけます。`,
  }),
  mk({
    slug: 'ai-lucia-sjis', kind: 'ai_answer', lang: 'ja', caseId: null, from: AWS_NOTIFY, to: LUCIA.src, enc: 'sjis8',
    when: ['2026-01-27 03:58:21', '+0000'], subject: 'ご質問への回答候補',
    note: 'automated candidate answer pointing to self-service',
    text: `ルシア 様

いただいたご質問に、以下の回答候補が見つかりました（自動で作成されています）。

Q. メールアドレスが2つあり、認定アカウントも2つに分かれてしまった
A. 認定ポータルの統合機能をご利用ください。どちらのアカウントにも合格実績がある場合は、
   お手数ですがサポートケースを作成してください。

この回答で問題は解決しましたか？`,
  }),
  mk({
    slug: 'ai-park-fake-domain', kind: 'ai_answer', lang: 'ja', caseId: null, from: 'AWS AI Assistant <assistant@aws-support-ai.com>', to: PARK.keep, enc: 'jisb64',
    trusted: false, when: ['2026-01-14 12:00:00', '+0900'], subject: 'AIアシスタントからのご提案',
    note: 'AI-answer style mail from an untrusted domain',
    text: `パク 様

AIアシスタントがご質問を分析しました。
統合ツールでアカウントをまとめるには、下記から両方のアカウントのパスワードを入力してください。
https://aws-support-ai.com/merge

この提案は自動で作成されています。`,
  }),
  mk({
    slug: 'ai-chen-short', kind: 'ai_answer', lang: 'ja', caseId: null, from: AWS_NOTIFY, to: CHEN.src, enc: 'jis7',
    when: ['2026-01-19 22:47:15', '+0000'], subject: 'Re: 認定アカウント合併について (AI回答)',
    note: 'short automated reply; "合併" from the user echoed',
    text: `陳様

「合併」のご希望について、自動回答をお送りします。
認定アカウントの統合 (Merge Accounts) はセルフサービスで可能な場合があります。
認定サイト右上のアカウント名 → プロフィール → アカウント統合 の順にお進みください。

※この回答はAIが作成しました。担当者とのやり取りをご希望の場合は、ケースを作成してください。`,
  }),

  // ---------------- info_request (9) ----------------
  mk({
    slug: 'info-park-keepwhich', kind: 'info_request', lang: 'ja', caseId: P, to: PARK.keep, enc: 'utf8qp',
    when: ['2026-01-13 05:22:40', '+0000'], subject: caseSubj(P),
    note: 'asks which account to keep and both login addresses; greets in Korean',
    text: `パク ジウ 様

안녕하세요! AWS トレーニングと認定の イ と申します。
お問い合わせありがとうございます。統合の作業に入る前に、以下を教えていただけますか。

1. 残したいアカウントのログイン用メールアドレス
2. もう一方のアカウントの候補者 ID (AWS から始まる番号)
3. 両方のアカウントで受けた認定試験の名前

前回のメールでは ${PARK.keep} と ${PARK.src} の両方が書かれていて、どちらを残すか判断がつかなかったため、念のため確認させてください。

よろしくお願いいたします。
イ
AWS Training and Certification

${ref('Kp41aZ')}

${sfBlock(PARK.keep, '2026/01/12 1:14', SUPPORT_ADDR, caseSubjNew(P), PARK_REQ)}`,
  }),
  mk({
    slug: 'info-chen-ids', kind: 'info_request', lang: 'ja', caseId: C, to: CHEN.keep, enc: 'jis7',
    when: ['2026-01-21 02:11:09', '+0000'], subject: caseSubj(C),
    note: 'needs the notification addresses and names on both accounts; request phrased without 「ください」',
    text: `陳 偉 様

お問い合わせの件、担当の中村です。
アカウントの統合にあたり、次の項目が必要となります。

・統合元アカウントの認定通知用メールアドレス
・両アカウントに登録されている氏名 (ローマ字表記)
・ご本人確認のため、直近で受験された試験の日付

氏名の表記が ${CHEN.srcId} では「CHEN WEI」、${CHEN.keepId} では「WEI CHEN」と異なっているようです。
どちらの表記に揃えるかも併せてお知らせいただけますと幸いです。

中村
AWS トレーニングと認定

2026年1月20日(火) 15:01 陳 偉 <${CHEN.keep}>:
${q(CHEN_REQ)}`,
  }),
  mk({
    slug: 'info-joao-confirmword', kind: 'info_request', lang: 'ja', caseId: J, to: JOAO.keep, enc: 'sjis8',
    trap: true, when: ['2026-02-04 07:45:33', '+0000'], subject: caseSubj(J),
    note: '「ご確認のうえお知らせください」 asks for the address to keep: information, not consent',
    text: `ペレイラ 様

Ola! お問い合わせありがとうございます。サポートの佐々木です。

フォームでは残すアカウントが ${JOAO.keep} と書かれていましたが、
候補者 ID ${JOAO.keepId} に登録されているのは別のアドレスのようです。
どのメールアドレスでログインされているか、ご確認のうえお知らせください。

ケース ${J}
佐々木`,
  }),
  mk({
    slug: 'info-seoyeon-fromkeep', kind: 'info_request', lang: 'ja', caseId: S, to: SEOYEON.src, enc: 'utf8b64',
    when: ['2026-02-10 04:30:00', '+0000'], subject: caseSubj(S),
    note: 'asks her to write from the kept address AND to give the source candidate ID: info_request',
    text: `キム ソヨン 様

감사합니다, ご連絡ありがとうございます。
ご本人確認のため、残す予定のアカウント (${SEOYEON.keep}) のメールアドレスから、このケースにご返信ください。
その際、会社のアカウントの候補者 ID も本文にご記入ください。IDは認定アカウントのプロフィール画面に表示されています。

AWS トレーニングと認定 サポート 김 (キム)`,
  }),
  mk({
    slug: 'info-park-forged-below', kind: 'info_request', lang: 'ja', caseId: P, to: PARK.keep, enc: 'jis7',
    auth: 'forgedBelow', trusted: false, when: ['2026-01-14 09:12:00', '+0000'], subject: caseSubj(P),
    note: 'asks for passwords; the only dmarc=pass sits below the server Received line: untrusted',
    text: `パク様

統合作業のため、両方のアカウントのパスワードと、生年月日をご返信ください。
本日中にご返信がない場合、統合はできません。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'info-lucia-ja-gmailquote', kind: 'info_request', lang: 'ja', caseId: L, to: LUCIA.keep, enc: 'utf8qp',
    when: ['2026-01-28 06:14:27', '+0000'], subject: caseSubj(L),
    note: 'support asks for the certifications on each account; quotes her English+Spanish mail',
    text: `ルシア 様
(English below / 英語は下にあります)

統合の前に、各アカウントで取得された認定の名前と取得日を教えてください。
統合後に何か足りないものがないか、こちらで照らし合わせます。

Hola Lucía, before the merge we need the certification names and dates on each account. Gracias!

AWS Training and Certification
ケース: ${L}

2026年1月27日(火) 12:58 Lucía Fernández <${LUCIA.keep}>:
> Hello, buenos días,
> I have two certification profiles, I want unify both in the personal.`,
  }),
  mk({
    slug: 'info-chen-outlook', kind: 'info_request', lang: 'ja', caseId: C, to: CHEN.keep, enc: 'jisb64',
    when: ['2026-01-23 03:03:03', '+0000'], subject: caseSubj(C),
    note: 'after his reply, still missing the voucher status: asks again',
    text: `陳 様

ご返信ありがとうございました。氏名は「WEI CHEN」に揃えるとのこと、承知しました。
もう1点、統合元アカウントに未使用の受験割引 (50%) が残っているかどうかが分からず、
お手数ですが特典ページのスクリーンショットを添付してお送りいただけないでしょうか。

中村

${outlookJa(`陳 偉 <${CHEN.keep}>`, '2026年1月22日 18:20', SUPPORT_ADDR, caseSubj(C))}

中村様
返事遅くなりました。名前はWEI CHENで統一して下さい。
通知用アドレスは旧会社と同じ ${CHEN.src} です。`,
  }),
  mk({
    slug: 'info-joao-totext', kind: 'info_request', lang: 'ja', caseId: J, to: JOAO.src, enc: 'jis7',
    when: ['2026-02-05 01:20:44', '+0000'], subject: `Re: ケース ${J}`,
    note: 'asks for company name and the exam taken at the test centre; no request word',
    text: `Joao Pereira 様

会社のアカウント (${JOAO.srcId}) について、もう少し情報が必要です。
会社名と、そのアカウントで最後に受験した試験（科目名・受験した都道府県）が分かれば、先に進められます。

AWS トレーニングと認定 カスタマーサービス 大野`,
  }),
  mk({
    slug: 'info-seoyeon-gmail', kind: 'info_request', lang: 'ja', caseId: S, from: 'AWS Training & Certification <aws-cs-trainingcertification-form@gmail.com>', to: SEOYEON.keep, enc: 'utf8qp',
    trusted: false, when: ['2026-02-11 10:00:00', '+0900'], subject: caseSubj(S),
    note: 'support display name on a gmail address asking for card details: untrusted',
    text: `キム様

統合手数料のお支払いのため、クレジットカード番号と有効期限をご返信ください。
確認でき次第、統合を進めます。

AWS Training and Certification`,
  }),

  // ---------------- confirmation_request (9) ----------------
  mk({
    slug: 'conf-park-irreversible', kind: 'confirmation_request', lang: 'ja', caseId: P, to: PARK.keep, enc: 'utf8b64',
    when: ['2026-01-15 04:40:00', '+0000'], subject: caseSubj(P),
    note: 'asks consent to merge the two named accounts; cannot be undone',
    text: `パク ジウ 様

情報をありがとうございました。以下の内容で統合の準備ができています。

  統合元: ${PARK.srcId} / ${PARK.src}
  統合先: ${PARK.keepId} / ${PARK.keep}

統合は一度行うと元に戻すことができません。上記で問題なければ、このメールに「同意します」とご返信いただけますか。
ご返信を受け取り次第、作業に入ります。

좋은 하루 되세요!
イ
AWS Training and Certification

-----Original Message-----
From: ${PARK.keep}
Sent: 2026/01/14 22:03
${PARK_REQ}`,
  }),
  mk({
    slug: 'conf-chen-teform', kind: 'confirmation_request', lang: 'ja', caseId: C, to: CHEN.keep, enc: 'jis7',
    when: ['2026-01-26 01:50:12', '+0000'], subject: caseSubj(C),
    note: 'consent request written as te-form chain; "返信をもって同意とみなし"',
    text: `陳 偉 様

いただいた情報で両アカウントを確認し、${CHEN.srcId} の認定を ${CHEN.keepId} に移す準備が整いまして、
あとは陳様のご了承をいただくのみとなっております。
統合後は ${CHEN.srcId} にはログインできなくなり、取り消しもできません。
差し支えなければ、このメールにご返信いただき、統合の実施をご承認ください。

中村 / AWS トレーニングと認定`,
  }),
  mk({
    slug: 'conf-joao-html-alt', kind: 'confirmation_request', lang: 'ja', caseId: J, to: JOAO.keep, enc: 'utf8qp',
    when: ['2026-02-06 08:08:08', '+0000'], subject: caseSubj(J),
    note: 'multipart: asks him to reply to approve the merge; a Portuguese thanks in kind',
    text: `ペレイラ ジョアン 様

Muito obrigado! 情報がそろいました。
会社のアカウント ${JOAO.srcId} を、${JOAO.keep} のアカウントにまとめます。
一度まとめると元には戻せませんので、これでよろしければ「OK」とだけでもご返信ください。

大野`,
    html: `<p>ペレイラ ジョアン 様</p><p>Muito obrigado! 情報がそろいました。<br>会社のアカウント ${JOAO.srcId} を、${JOAO.keep} のアカウントにまとめます。<br>一度まとめると元には戻せませんので、これでよろしければ「OK」とだけでもご返信ください。</p><p>大野</p>`,
  }),
  mk({
    slug: 'conf-seoyeon-korean-quote', kind: 'confirmation_request', lang: 'ja', caseId: S, to: SEOYEON.keep, enc: 'utf8b64',
    when: ['2026-02-12 03:15:30', '+0000'], subject: caseSubj(S),
    note: 'consent request; her Korean note quoted with an auto-translation',
    text: `キム ソヨン 様

${SEOYEON.srcId} を ${SEOYEON.keepId} に統合してよろしいでしょうか。
実施後は取り消せません。同意いただける場合は、このままご返信ください。

キム
AWS トレーニングと認定

2026年2月11日(水) 22:41 김서연 <${SEOYEON.keep}>:
> 개인 계정으로 보내드립니다. 회사 계정 ID는 ${SEOYEON.srcId} 입니다.
> (自動翻訳: 個人アカウントからお送りします。会社アカウントのIDは ${SEOYEON.srcId} です。)`,
  }),
  mk({
    slug: 'conf-lucia-fail', kind: 'confirmation_request', lang: 'ja', caseId: L, to: LUCIA.keep, enc: 'jis7',
    auth: 'fail', trusted: false, when: ['2026-01-30 02:00:00', '+0000'], subject: caseSubj(L),
    note: 'consent request text but dmarc=fail on top: untrusted',
    text: `ルシア 様

アカウントの統合を実行してよろしいですか。
よろしければ下記リンクから「承認」を押してください。
http://aws-merge-approval.example.net/ok

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'conf-park-mobilequote', kind: 'confirmation_request', lang: 'ja', caseId: P, to: PARK.keep, enc: 'jisb64',
    when: ['2026-01-16 07:33:00', '+0000'], subject: caseSubj(P),
    note: 'second ask for consent after a reply that did not say yes or no',
    text: `パク 様

ご返信ありがとうございます。申し訳ありませんが、「大丈夫だと思います」とのお返事では統合の同意として扱えず、
改めて、${PARK.srcId} を ${PARK.keepId} へ統合することに同意されるかどうか、はっきりお知らせいただけますか。
統合は取り消しができません。

イ

2026/01/16 12:10、パク ジウ <${PARK.keep}>のメール:
> たぶん大丈夫だと思います。
> iPhoneから送信`,
  }),
  mk({
    slug: 'conf-chen-otheronly', kind: 'confirmation_request', lang: 'ja', caseId: C, to: CHEN.keep, enc: 'sjis8',
    auth: 'otherOnly', trusted: false, when: ['2026-01-26 09:00:00', '+0000'], subject: caseSubj(C),
    note: 'consent request; only a foreign authserv-id vouches for it: untrusted',
    text: `陳 様

統合の最終確認です。統合してよろしければ、このメールにご返信ください。
統合後は元に戻せません。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'conf-joao-sjis', kind: 'confirmation_request', lang: 'ja', caseId: J, to: JOAO.src, enc: 'sjisb64',
    when: ['2026-02-06 08:10:40', '+0000'], subject: 'Re: AWS認定アカウントの統合について',
    note: 'consent request sent to the old address too, with the case ID in the body only',
    wholeSubject: true,
    text: `ペレイラ 様 (会社のアドレスにもお送りしています)

統合の対象: ${JOAO.srcId} → ${JOAO.keepId}
上記のとおり進めてよいか、ご本人の了承をいただきたく存じます。取り消しはできません。
承諾の旨をこのメールへのご返信でお知らせください。

ケース番号 ${J}
大野`,
  }),
  mk({
    slug: 'conf-lucia-ja-en', kind: 'confirmation_request', lang: 'ja', caseId: L, to: LUCIA.keep, enc: 'utf8qp',
    when: ['2026-01-30 06:42:10', '+0000'], subject: caseSubj(L),
    note: 'bilingual consent request, Japanese first; a Spanish sign-off in kind',
    text: `ルシア・フェルナンデス 様

研究室のアカウント (${LUCIA.srcId}) を個人のアカウント (${LUCIA.keepId}) に統合します。
この操作は元に戻せないため、ご同意いただけるかこのメールへのご返信でお知らせください。

(EN) Please reply to confirm you agree to merge ${LUCIA.srcId} into ${LUCIA.keepId}. This cannot be undone.

¡Saludos!
AWS トレーニングと認定`,
  }),

  // ---------------- merge_completed (8) ----------------
  mk({
    slug: 'merge-park-done', kind: 'merge_completed', lang: 'ja', caseId: P, to: PARK.keep, enc: 'utf8qp',
    when: ['2026-01-18 02:05:50', '+0000'], subject: caseSubj(P),
    note: 'support says the accounts were merged; asks to check the result',
    text: `パク ジウ 様

お待たせいたしました。${PARK.srcId} の認定履歴を ${PARK.keepId} へ移し、アカウントの統合が完了しました。
サインインして、認定と特典が表示されているかお確かめください。

수고하셨습니다!
イ / AWS Training and Certification

${sfBlock(PARK.keep, '2026/01/16 14:02', SUPPORT_ADDR, caseSubj(P), '同意します。よろしくお願いします。\n박지우')}`,
  }),
  mk({
    slug: 'merge-chen-portal', kind: 'merge_completed', lang: 'ja', caseId: null, from: 'AWS Certification <certification-noreply@aws.training>', to: CHEN.keep, enc: 'jis7',
    when: ['2026-01-28 11:20:00', '+0000'], subject: 'AWS Certification: アカウントが統合されました',
    note: 'certification portal notice of a merge, no case ID',
    text: `WEI CHEN 様

AWS Certification アカウント ${CHEN.srcId} は、アカウント ${CHEN.keepId} に統合されました。
今後は ${CHEN.keep} でサインインしてください。

本メールは送信専用です。
AWS Certification`,
  }),
  mk({
    slug: 'merge-joao-idbetween', kind: 'merge_completed', lang: 'ja', caseId: J, to: JOAO.keep, enc: 'jisb64',
    when: ['2026-02-09 00:30:15', '+0000'], subject: caseSubj(J),
    note: 'completion with IDs between the words; mentions badges may follow (trap words but merge is the event)',
    trap: true,
    text: `ペレイラ 様

ご同意ありがとうございました。会社アカウント ${JOAO.srcId} は、本日 2/9 付でペレイラ様の ${JOAO.keepId} に統合済みとなっております。
Credly のバッジは反映に時間がかかることがありますので、数日たっても表示されない場合はお知らせください。

大野`,
  }),
  mk({
    slug: 'merge-seoyeon-close', kind: 'merge_completed', lang: 'ja', caseId: S, to: SEOYEON.keep, enc: 'utf8b64',
    when: ['2026-02-14 05:00:00', '+0000'], subject: caseSubj(S),
    note: 'completion that also says the case will be closed: merge_completed (new fact)',
    text: `キム ソヨン 様

アカウントの統合作業を終えました。会社アカウントにあった認定 2 件は、個人アカウント (${SEOYEON.keepId}) でご確認いただけます。
本件はこれでクローズとさせていただきます。

고맙습니다.
キム / AWS トレーニングと認定`,
  }),
  mk({
    slug: 'merge-lucia-lookalikeserver', kind: 'merge_completed', lang: 'ja', caseId: L, to: LUCIA.keep, enc: 'jis7',
    auth: 'lookalikeServer', trusted: false, when: ['2026-02-02 03:00:00', '+0000'], subject: caseSubj(L),
    note: 'completion text, but the A-R comes from a look-alike authserv-id: untrusted',
    text: `ルシア 様

アカウントの統合が完了しました。
新しいアカウントの確認のため、以下から再ログインしてください。
http://aws-training-relogin.example.org/

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'merge-park-teamlist', kind: 'merge_completed', lang: 'ja', caseId: P, to: 'aws-admins@corp-tokyo.example.jp', enc: 'jis7',
    forUser: false, when: ['2026-01-18 02:07:00', '+0000'], subject: caseSubj(P),
    note: 'completion notice that went to the former company admins list, not to the user',
    text: `ご担当者様

パク ジウ 様よりご依頼のあった認定アカウントの統合 (${PARK.srcId} → ${PARK.keepId}) が完了しましたので、
旧アカウントの通知先として登録されていた本アドレスにもお知らせいたします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'merge-chen-support', kind: 'merge_completed', lang: 'ja', caseId: C, to: CHEN.keep, enc: 'sjis8',
    when: ['2026-01-28 10:58:31', '+0000'], subject: caseSubj(C),
    note: 'support confirms the merge was carried out; restates earlier consent',
    text: `陳 偉 様

1/26 にご承認いただいた統合について、作業が終わりました。
${CHEN.keepId} に両方の認定がまとまっていますので、ご確認ください。名前の表記も WEI CHEN に揃えてあります。

中村

-----Original Message-----
From: 陳 偉 <${CHEN.keep}>
Sent: Monday, January 26, 2026 7:12 PM
Subject: ${caseSubj(C)}

中村様
承認します。宜しくお願い致します。`,
  }),
  mk({
    slug: 'merge-joao-html-portal', kind: 'merge_completed', lang: 'ja', caseId: null, from: 'AWS Certification <no-reply@certification.aws.training>', to: JOAO.keep, enc: 'utf8qp',
    when: ['2026-02-09 00:31:00', '+0000'], subject: 'アカウント統合完了のお知らせ',
    note: 'HTML portal notice (subdomain of aws.training) that two accounts were combined',
    html: `<html><body><table width="600"><tr><td>
<h2>アカウントの統合が完了しました</h2>
<p>Joao Pereira 様</p>
<p>候補者 ID ${JOAO.srcId} の認定資格・受験履歴・特典は、${JOAO.keepId} のアカウントに移行されました。</p>
<p>ご不明な点は認定ポータルのヘルプをご覧ください。</p>
</td></tr></table></body></html>`,
  }),

  // ---------------- badges_transferred (8) ----------------
  mk({
    slug: 'badge-park-credly-ja', kind: 'badges_transferred', lang: 'ja', caseId: null, from: CREDLY_AWS, to: PARK.keep, enc: 'utf8b64',
    when: ['2026-01-19 14:02:11', '+0000'], subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'AWS badge issued on Credly to the kept address after the merge',
    html: `<html><body>
<p>Jiwoo Park 様</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect – Associate」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned">バッジを入手する</a></p>
<p>Credly</p></body></html>`,
  }),
  mk({
    slug: 'badge-chen-support', kind: 'badges_transferred', lang: 'ja', caseId: C, to: CHEN.keep, enc: 'jis7',
    when: ['2026-02-03 01:44:44', '+0000'], subject: caseSubj(C),
    note: 'support says the Credly badges now sit on the kept account, then closes',
    text: `陳 様

ご連絡いただいたバッジの件ですが、旧アカウント側に残っていた Credly のデジタルバッジ 2 つを
${CHEN.keep} 側へ移しました。Credly にログインすると表示されるはずです。
これにて本ケースは完了とさせていただきます。

中村`,
  }),
  mk({
    slug: 'badge-joao-credly-sjis', kind: 'badges_transferred', lang: 'ja', caseId: null, from: CREDLY_AWS, to: JOAO.keep, enc: 'sjisb64',
    when: ['2026-02-10 09:09:09', '+0000'], subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'Credly AWS badge mail to the kept address',
    text: `Joao Pereira 様

おめでとうございます。Amazon Web Services Training and Certification が
「AWS Certified Cloud Practitioner」のバッジをあなたに発行しました。

バッジを入手する: https://www.credly.com/badges/accept

Credly チーム`,
  }),
  mk({
    slug: 'badge-seoyeon-support', kind: 'badges_transferred', lang: 'ja', caseId: S, to: SEOYEON.keep, enc: 'utf8qp',
    when: ['2026-02-17 03:30:00', '+0000'], subject: caseSubj(S),
    note: 'support moved the badges on request; Korean greeting in kind',
    text: `안녕하세요 キム様

バッジが移っていないとのご連絡を受け、Credly 側で ${SEOYEON.keep} にひも付けなおしました。
2 つの認定バッジとも個人のメールアドレスのほうに表示されております。

キム

2026年2月16日(月) 9:12 김서연 <${SEOYEON.keep}>:
> 統合はできましたが、バッジがまだ会社のメールのほうにあります。
> 배지도 옮겨 주실 수 있나요? (バッジも移してもらえますか?)`,
  }),
  mk({
    slug: 'badge-lucia-credly-fake', kind: 'badges_transferred', lang: 'ja', caseId: null, from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>', to: LUCIA.keep, enc: 'utf8b64',
    trusted: false, when: ['2026-02-04 12:00:00', '+0000'], subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'Credly-looking AWS badge mail from credly-badges.net: untrusted',
    html: `<p>Lucia Fernandez 様</p><p>AWS のバッジがあなたのアカウントに移されました。</p><p><a href="http://credly-badges.net/accept">バッジを入手する</a></p>`,
  }),
  mk({
    slug: 'badge-park-failforged', kind: 'badges_transferred', lang: 'ja', caseId: null, from: CREDLY_AWS, to: PARK.keep, enc: 'jis7',
    auth: 'failThenForged', trusted: false, when: ['2026-01-20 08:00:00', '+0000'], subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'badge mail whose top A-R says fail; a pass planted lower: untrusted',
    text: `Jiwoo Park 様

AWS Certified Developer - Associate のバッジが発行されました。
バッジを入手する: http://badge-claim.example.info/

Credly`,
  }),
  mk({
    slug: 'badge-joao-support-mixed', kind: 'badges_transferred', lang: 'ja', caseId: J, to: JOAO.keep, enc: 'utf8b64',
    when: ['2026-02-12 06:20:00', '+0000'], subject: caseSubj(J),
    note: 'support says the badges were reissued to the kept account; Portuguese in kind',
    text: `ペレイラ 様

Bom dia! バッジの件、お待たせしました。
Credly のバッジを ${JOAO.keep} 宛てに発行しなおしましたので、今は個人のアドレスの Credly アカウントでご覧いただけます。
ほかにご不明な点がなければ、このケースはこちらでクローズします。

大野

${outlookJa(`Joao Pereira <${JOAO.keep}>`, '2026年2月11日 21:05', SUPPORT_ADDR, caseSubj(J))}

大野さん
統合ありがとうございます。でもバッジがまだ古いメールの方にある。Credlyでみえないです。`,
  }),
  mk({
    slug: 'badge-chen-credly-en-boiler', kind: 'badges_transferred', lang: 'ja', caseId: null, from: CREDLY_AWS, to: CHEN.keep, enc: 'utf8qp',
    when: ['2026-02-03 02:10:00', '+0000'], subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'Japanese Credly badge notice with English footer',
    text: `陳 偉 様

Amazon Web Services Training and Certification があなたにバッジを発行しました:
AWS Certified SysOps Administrator - Associate

「バッジを入手する」をクリックして受け取ってください。
https://www.credly.com/go/accept

--
You are receiving this email because a badge was issued to you. Credly, Inc.`,
  }),

  // ---------------- case_closed (8) ----------------
  mk({
    slug: 'closed-park-restated', kind: 'case_closed', lang: 'ja', caseId: P, to: PARK.keep, enc: 'utf8qp',
    trap: true, when: ['2026-01-25 01:00:00', '+0000'], subject: caseSubj(P),
    note: 'closing notice that only restates the earlier merge: case_closed',
    text: `パク ジウ 様

先週ご案内したとおり、アカウントの統合は 1/18 に完了しております。
その後ご連絡がありませんでしたので、本ケースをクローズいたしました。
また何かあれば、いつでも新しいケースでお問い合わせください。

감사합니다.
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'closed-chen-autoclose', kind: 'case_closed', lang: 'ja', caseId: C, from: AWS_NOTIFY, to: CHEN.keep, enc: 'jis7',
    when: ['2026-01-24 00:00:10', '+0000'], subject: `[CASE ${C}] ご返信をお待ちしております`,
    note: 'reminder: case will close in 5 days without a reply',
    text: `陳 偉 様

ケース ${C} について、担当者からのご質問へのご返信をお待ちしております。
5 日以内にご返信がない場合、本ケースは自動的にクローズされます。

Amazon Web Services`,
  }),
  mk({
    slug: 'closed-joao-resolved', kind: 'case_closed', lang: 'ja', caseId: J, from: AWS_NOTIFY, to: JOAO.keep, enc: 'jisb64',
    when: ['2026-02-16 00:00:00', '+0000'], subject: `ケース ${J} は解決済みになりました`,
    note: 'system notice that the case was resolved',
    text: `ペレイラ ジョアン 様

お問い合わせいただいたケース ${J} のステータスを「解決済み」に変更しました。
引き続きサポートが必要な場合は、ケースを再開するか、新しいケースを作成してください。

Amazon Web Services サポート`,
  }),
  mk({
    slug: 'closed-seoyeon-fromdup', kind: 'case_closed', lang: 'ja', caseId: S, to: SEOYEON.keep, enc: 'utf8b64',
    trap: true, when: ['2026-02-20 02:40:00', '+0000'], subject: caseSubj(S),
    note: 'closing that restates the badges already showing; no new event',
    text: `キム 様

その後いかがでしょうか。バッジも表示されたとのご返信をいただきましたので、本件は終了とさせていただきます。
アンケートのお願いが届くことがありますが、ご協力いただければ幸いです。

수고 많으셨습니다.
キム`,
  }),
  mk({
    slug: 'closed-lucia-noreply', kind: 'case_closed', lang: 'ja', caseId: L, from: AWS_NOTIFY, to: LUCIA.keep, enc: 'sjis8',
    when: ['2026-02-12 01:00:00', '+0000'], subject: `[CASE ${L}] まもなくクローズされます`,
    note: 'auto-close warning: no reply within 3 days closes the case',
    text: `ルシア 様

ケース ${L} は、3 日以内にご返信がなければクローズされます。

AWS`,
  }),
  mk({
    slug: 'closed-park-dupcase', kind: 'case_closed', lang: 'ja', caseId: CASE.parkDup, to: PARK.src, enc: 'jis7',
    when: ['2026-01-13 09:30:00', '+0000'], subject: caseSubj(CASE.parkDup),
    note: 'the duplicate case is closed; the request continues on the first case',
    text: `パク 様

同じ内容のお問い合わせを 2 件いただいておりましたので、こちらのケース (${CASE.parkDup}) はクローズし、
以降はケース ${P} にてご対応いたします。
お手数ですが、今後のご連絡は ${P} のメールにご返信ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'closed-chen-restate-html', kind: 'case_closed', lang: 'ja', caseId: C, to: CHEN.keep, enc: 'utf8qp',
    trap: true, when: ['2026-02-10 00:30:00', '+0000'], subject: caseSubj(C),
    note: 'closing that restates earlier merge and badge move',
    text: `陳 様\n\n統合とバッジの移行は既にお済みのため、本ケースは終了とします。\n\n中村`,
    html: `<p>陳 様</p><p>統合とバッジの移行は既にお済みのため、本ケースは終了とします。</p><p>中村</p>`,
  }),
  mk({
    slug: 'closed-joao-lookalike', kind: 'case_closed', lang: 'ja', caseId: J, from: 'AWS Support <no-reply-aws@amazon-cases.com>', to: JOAO.keep, enc: 'jis7',
    trusted: false, when: ['2026-02-15 09:00:00', '+0900'], subject: `ケース ${J} クローズのお知らせ`,
    note: 'closing notice from amazon-cases.com: untrusted',
    text: `ケース ${J} はクローズされました。
再開する場合は http://amazon-cases.com/reopen からログインしてください。`,
  }),

  // ---------------- support_reply (9) ----------------
  mk({
    slug: 'reply-park-oncewe', kind: 'support_reply', lang: 'ja', caseId: P, to: PARK.keep, enc: 'utf8b64',
    trap: true, when: ['2026-01-16 23:55:00', '+0000'], subject: caseSubj(P),
    note: 'thanks for consenting; "統合が完了しましたら" is future: support_reply',
    text: `パク ジウ 様

ご同意いただきありがとうございます。担当チームへ作業を依頼しました。
統合が完了しましたら、改めてこちらからご連絡いたします。通常 2〜3 営業日ほどかかります。

イ`,
  }),
  mk({
    slug: 'reply-chen-notyet', kind: 'support_reply', lang: 'ja', caseId: C, to: CHEN.keep, enc: 'jis7',
    trap: true, when: ['2026-01-27 04:00:00', '+0000'], subject: caseSubj(C),
    note: 'merge not completed yet (negated): status update',
    text: `陳 様

お問い合わせの件、統合はまだ完了しておりません。担当部署にて作業中で、もう少々お時間をいただけますでしょうか。
進捗がありましたらすぐにお知らせします。

中村`,
  }),
  mk({
    slug: 'reply-joao-escalated', kind: 'support_reply', lang: 'ja', caseId: J, to: JOAO.keep, enc: 'sjis8',
    when: ['2026-02-07 02:00:00', '+0000'], subject: caseSubj(J),
    note: 'escalated to the specialist team; no request',
    text: `ペレイラ 様

このケースは専門チームへエスカレーションしました。回答まで数日かかることがありますが、
こちらから追加でお願いすることは今のところありません。

大野`,
  }),
  mk({
    slug: 'reply-seoyeon-mergedcases', kind: 'support_reply', lang: 'ja', caseId: S, to: SEOYEON.keep, enc: 'utf8qp',
    trap: true, when: ['2026-02-10 06:00:00', '+0000'], subject: caseSubj(S),
    note: '"ケースを統合しました" merges duplicate cases, not accounts',
    text: `キム ソヨン 様

同じご依頼で 2 件のケースが作成されていたため、2 件のケースを 1 つに統合しました。
今後はこちらのケース (${S}) でやり取りさせてください。アカウントの統合については、引き続き確認中です。

キム`,
  }),
  mk({
    slug: 'reply-lucia-unable', kind: 'support_reply', lang: 'ja', caseId: L, to: LUCIA.keep, enc: 'utf8b64',
    trap: true, when: ['2026-01-29 05:05:05', '+0000'], subject: caseSubj(L),
    note: '"現時点では統合できません" (unable to merge) and why; no request',
    text: `ルシア 様

Lo siento mucho. 研究室のアカウントに受験予定の試験が入っているため、現時点では統合を行うことができません。
2/14 の試験が終わったあとであれば作業できますので、その際にこちらからご連絡します。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'reply-park-thanks-confirm', kind: 'support_reply', lang: 'ja', caseId: P, to: PARK.keep, enc: 'jis7',
    trap: true, when: ['2026-01-17 00:10:00', '+0000'], subject: caseSubj(P),
    note: '"確認いただきありがとうございます" and handed on: not a confirmation request',
    text: `パク 様

ご確認いただき、ありがとうございました。いただいた内容は統合担当に引き継ぎ済みです。
結果は本メールのスレッドでお知らせしますので、このままお待ちいただけますと幸いです。

イ`,
  }),
  mk({
    slug: 'reply-chen-dkimlookalike', kind: 'support_reply', lang: 'ja', caseId: C, from: 'AWS トレーニングと認定 <support@support-aws.com>', to: CHEN.keep, enc: 'jis7',
    auth: 'dkimonly', trusted: false, when: ['2026-01-25 05:00:00', '+0000'], subject: caseSubj(C),
    note: 'status reply signed by its own look-alike domain support-aws.com: untrusted',
    text: `陳 様

担当者の交代をお知らせします。今後は下記のアドレスへご連絡ください。
support@support-aws.com

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'reply-joao-badgesnotyet', kind: 'support_reply', lang: 'ja', caseId: J, to: JOAO.keep, enc: 'jisb64',
    trap: true, when: ['2026-02-11 04:00:00', '+0000'], subject: caseSubj(J),
    note: 'badges are not moved yet, being worked on',
    text: `ペレイラ 様

バッジの件は Credly 側のチームへ依頼しました。まだ移っていない状態ですので、反映されるまでもうしばらくお待ちください。
(Desculpe pela demora.)

大野`,
  }),
  mk({
    slug: 'reply-park-answer', kind: 'support_reply', lang: 'ja', caseId: P, to: PARK.keep, enc: 'utf8b64',
    when: ['2026-01-19 03:00:00', '+0000'], subject: caseSubj(P),
    note: 'answers a question about voucher validity after the merge',
    text: `パク 様

ご質問の割引バウチャーは統合後も有効期限は変わりません。認定アカウントの「特典」からご利用いただけます。
韓国のテストセンターでの受験にもお使いいただけます。

イ

2026年1月18日(日) 21:40 パク ジウ <${PARK.keep}>:
> ありがとうございます！ 한 가지 질문이 있는데요,
> バウチャーは韓国でも使えますか？`,
  }),

  // ---------------- unrelated (12) ----------------
  mk({
    slug: 'un-pearson-appt', kind: 'unrelated', lang: 'ja', caseId: null, from: 'Pearson VUE <noreply@pearsonvue.com>', to: CHEN.keep, enc: 'jis7',
    trusted: false, trap: true, when: ['2026-01-22 02:00:00', '+0000'], subject: '試験予約の確認 - AWS Certified Solutions Architect',
    note: 'exam appointment confirmation from the test vendor: not part of the merge',
    text: `WEI CHEN 様

以下の試験のご予約が確定しました。
試験: AWS Certified Solutions Architect - Professional
日時: 2026年2月20日 13:00
会場: オンライン

ご予約内容を確認し、当日は本人確認書類をご用意ください。
Pearson VUE`,
  }),
  mk({
    slug: 'un-exam-result', kind: 'unrelated', lang: 'ja', caseId: null, from: 'AWS Certification <certification-noreply@aws.training>', to: JOAO.keep, enc: 'utf8qp',
    trap: true, when: ['2026-02-21 08:00:00', '+0000'], subject: '試験結果のお知らせ',
    note: 'exam result mail; "認定が完了" is not the merge',
    text: `Joao Pereira 様

AWS Certified Developer - Associate 試験の結果が出ました。合格おめでとうございます。
認定の手続きが完了し、数日以内に Credly からバッジのご案内が届きます。

AWS Certification`,
  }),
  mk({
    slug: 'un-credly-ms', kind: 'unrelated', lang: 'ja', caseId: null, from: 'Microsoft via Credly <admin@credly.com>', to: PARK.keep, enc: 'utf8b64',
    trap: true, when: ['2026-01-30 10:00:00', '+0000'], subject: 'Microsoftのバッジ発行のお知らせ',
    note: 'Credly badge from another issuer',
    html: `<p>Jiwoo Park 様</p><p>Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。</p><p><a href="https://www.credly.com/earner/earned">バッジを入手する</a></p>`,
  }),
  mk({
    slug: 'un-credly-mergecode', kind: 'unrelated', lang: 'ja', caseId: null, from: 'Credly <admin@credly.com>', to: CHEN.keep, enc: 'jis7',
    trap: true, when: ['2026-02-04 00:00:00', '+0000'], subject: 'Credly アカウント統合の確認コード',
    note: "Credly's own account-merge code mail",
    text: `Credly アカウントの統合をリクエストされました。
以下のコードを入力して統合を完了してください。

確認コード: 482913

心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'un-survey', kind: 'unrelated', lang: 'ja', caseId: P, from: AWS_NOTIFY, to: PARK.keep, enc: 'jisb64',
    trap: true, when: ['2026-01-26 00:00:00', '+0000'], subject: `ケース ${P} に関するアンケート`,
    note: 'survey about the closed case',
    text: `パク ジウ 様

先日クローズしたケース ${P} について、お問い合わせは解決しましたか？
1 分で終わるアンケートにご協力ください。
https://survey.example.amazon.com/r/abc

Amazon Web Services`,
  }),
  mk({
    slug: 'un-park-own-forward', kind: 'unrelated', lang: 'ja', caseId: P, from: `パク ジウ <${PARK.keep}>`, to: 'tanaka@corp-tokyo.example.jp', cc: PARK.keep, enc: 'utf8qp',
    trusted: false, trap: true, when: ['2026-01-18 11:00:00', '+0900'], subject: `Fwd: ${caseSubj(P)}`,
    note: "the user's own forward to a former colleague, quoting the completion",
    text: `田中さん
統合が終わったそうです！会社のアドレスのほうはもう使わなくて大丈夫です。
色々ありがとうございました。고마워요 :)

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_ADDR}>
Date: 2026年1月18日(日) 11:05
Subject: ${caseSubj(P)}
To: <${PARK.keep}>

お待たせいたしました。アカウントの統合が完了しました。`,
  }),
  mk({
    slug: 'un-ooo-colleague', kind: 'unrelated', lang: 'ja', caseId: C, from: '鈴木 一郎 <suzuki@oldfirm.example.co.jp>', to: CHEN.src, enc: 'jis7',
    trusted: false, trap: true, when: ['2026-01-21 03:00:00', '+0900'], subject: `自動応答: ${caseSubj(C)}`,
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    note: "colleague's out-of-office reply that mentions the merge case",
    text: `鈴木は 1/26 まで不在にしております。
陳さんのアカウント統合の件は、直接陳さんへご連絡ください。

(ケース ${C} の件)`,
  }),
  mk({
    slug: 'un-refund-receipt', kind: 'unrelated', lang: 'ja', caseId: CASE.seoyeonRefund, from: AWS_NOTIFY, to: SEOYEON.keep, enc: 'utf8b64',
    trap: true, when: ['2026-02-18 01:00:00', '+0000'], subject: `[CASE ${CASE.seoyeonRefund}] お問い合わせを受け付けました`,
    note: "receipt of the user's other case, about an exam-fee refund",
    text: `キム ソヨン 様

試験料の返金に関するお問い合わせを受け付けました。
ケース ID: ${CASE.seoyeonRefund}
担当者より順次ご連絡します。

Amazon Web Services`,
  }),
  mk({
    slug: 'un-skillbuilder', kind: 'unrelated', lang: 'ja', caseId: null, from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: JOAO.keep, enc: 'sjisb64',
    trap: true, when: ['2026-02-01 00:00:00', '+0000'], subject: 'サブスクリプションのお手続きが完了しました',
    note: 'Skill Builder subscription completed: not the merge',
    text: `ペレイラ 様

AWS Skill Builder 個人向けサブスクリプションのお手続きが完了しました。
ご請求は毎月 1 日に行われます。

AWS Skill Builder`,
  }),
  mk({
    slug: 'un-summit', kind: 'unrelated', lang: 'ja', caseId: null, from: 'AWS Summit Japan <aws-summit-japan@amazon.com>', to: LUCIA.src, enc: 'jis7',
    trap: true, when: ['2026-02-19 00:00:00', '+0000'], subject: 'AWS Summit Japan 登録確認',
    note: 'event registration confirmation; marketing',
    text: `Lucia Fernandez 様

AWS Summit Japan へのご登録を確認しました。受付番号: S26-88412
当日は認定者ラウンジもご利用いただけます（認定バッジをご提示ください）。`,
  }),
  mk({
    slug: 'un-chen-own-consent', kind: 'unrelated', lang: 'ja', caseId: C, from: `陳 偉 <${CHEN.keep}>`, to: SUPPORT_ADDR, cc: CHEN.keep, enc: 'utf8qp',
    trusted: false, trap: true, when: ['2026-01-26 19:12:00', '+0900'], subject: caseSubj(C),
    note: "the user's own consent reply (copy to himself)",
    text: `中村様

承認します。統合を進めて下さい。
谢谢！宜しくお願い致します。

陳 偉`,
  }),
  mk({
    slug: 'un-exam-case-closed', kind: 'unrelated', lang: 'ja', caseId: CASE.chenExam, to: CHEN.keep, enc: 'jis7',
    trap: true, when: ['2026-02-06 00:00:00', '+0000'], subject: `RE:[CASE ${CASE.chenExam}] [AWS Training and Certification Form Submission] - exam-scheduling`,
    note: "closing of the user's other case about rescheduling an exam",
    text: `陳 様

試験日程の変更は完了いたしましたので、試験予約に関する本ケースはクローズいたします。

AWS トレーニングと認定`,
  }),
];
