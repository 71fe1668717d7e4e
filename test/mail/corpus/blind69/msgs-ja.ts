// bp: Japanese messages (new text in Japanese). Every message written for this set.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY,
  CASE,
  CREDLY_AWS,
  KIMURA,
  KIMURA_REQ,
  KOBAYASHI,
  PORTAL,
  SUPPORT,
  SUPPORT_ADDR,
  TAKAHASHI,
  TEAM_JA,
  YUMI,
  YUMI_REQ_BY_KOBAYASHI,
  caseSubj,
  d,
  gmailFwdJa,
  gmailQJa,
  htmlDoc,
  iphoneFwdJa,
  origMsg,
  outlookJa,
  paras,
  quote,
  sfOrig,
  sfRef,
} from './common.js';

const K = CASE.kimura;
const Y = CASE.yumi;
const kimuraOld = `${KIMURA.ja} <${KIMURA.old}>`;
const yumiTo = `${YUMI.ja} <${YUMI.keep}>`;
const kobaTo = `${KOBAYASHI.ja} <${KOBAYASHI.addr}>`;
const takaTo = `${TAKAHASHI.ja} <${TAKAHASHI.addr}>`;
const teamTo = `${TEAM_JA.ja} <${TEAM_JA.addr}>`;
const teamHdr = [`X-Original-To: ${TEAM_JA.addr}`, `List-Id: cloud-skill-team <aws-cert.corp.example.co.jp>`, 'Precedence: list'];
const oldworksFwd = [`X-Forwarded-To: ${KIMURA.keep}`, `X-Forwarded-For: ${KIMURA.old} ${KIMURA.keep}`];

// ---------------- acknowledgement ----------------
const ack: Msg[] = [
  {
    slug: 'ja-ack-oldworks-autofwd',
    kind: 'acknowledgement',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: K,
    trap: false,
    note: 'case receipt sent to the old employer address and auto-forwarded by its server; DKIM survives, dmarc=pass at our server',
    from: SUPPORT,
    to: kimuraOld,
    rcpt: KIMURA.keep,
    subject: `[CASE ${K}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2026-01-13 10:02:41'),
    auth: 'fwdPass',
    fwdVia: KIMURA.via,
    enc: 'jis7',
    extra: oldworksFwd,
    text: `木村 健一 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
本メールは、お客様のお問い合わせが登録されたことをお知らせする自動送信メールです。

ケース ID: ${K}
件名: アカウント統合について

担当者より通常24時間以内にご連絡します。追加の情報がある場合は、件名を変えずにこのメールへご返信ください。
同じ内容で新しいケースを作成されますと、回答が遅れる原因となりますのでご注意ください。

AWS トレーニングと認定 カスタマーサポート`,
  },
  {
    slug: 'ja-ack-team-list',
    kind: 'acknowledgement',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: Y,
    trap: false,
    note: 'receipt addressed to the team list; the list expanded to the user mailbox (Delivered-To)',
    from: SUPPORT,
    to: teamTo,
    rcpt: YUMI.keep,
    subject: `[CASE ${Y}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2026-02-02 14:31:09'),
    auth: 'pass',
    enc: 'utf8b64',
    extra: teamHdr,
    text: `このたびはお問い合わせいただきありがとうございます。

受付番号(ケース ID) ${Y} にてご依頼を承りました。
内容を確認のうえ、担当よりあらためてご連絡いたします。なお、ご返信の際はこのメールの件名を変更なさらないようお願いいたします。

※このメールは送信専用アドレスから自動で送信されています。

Amazon Web Services
AWS トレーニングと認定`,
  },
  {
    slug: 'ja-ack-to-assistant-cc',
    kind: 'acknowledgement',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: CASE.yumiDup,
    trap: false,
    note: 'receipt to the assistant who filed a second case, user in Cc',
    from: SUPPORT,
    to: kobaTo,
    cc: yumiTo,
    subject: `[CASE ${CASE.yumiDup}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2026-02-02 16:05:55'),
    auth: 'pass',
    enc: 'sjis8',
    text: `小林 陽子 様

AWS トレーニングと認定サポートです。お問い合わせを受け付けました。

  ケース番号:${CASE.yumiDup}
  受付日時:2026/02/02 16:05 (JST)

ただいま順番に対応しております。回答まで今しばらくお待ちください。

---
本メールへの返信で、このケースに情報を追加できます。`,
  },
  {
    slug: 'ja-ack-lookalike-domain',
    kind: 'acknowledgement',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: '1774209911',
    trap: false,
    note: 'receipt from a look-alike domain (amazon.co.jp-support.net); passes auth for that domain only',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.co.jp-support.net>',
    to: kimuraOld,
    rcpt: KIMURA.keep,
    subject: '[CASE 1774209911] お問い合わせを受け付けました',
    date: d('2026-01-13 23:48:10'),
    auth: 'pass',
    enc: 'jisb64',
    extra: oldworksFwd,
    text: `お客様各位

AWS認定アカウント統合のお申し込みを受け付けました。ケースID:1774209911

本人確認のため、48時間以内に下記ページよりサインインを完了してください。
https://amazon.co.jp-support.net/verify

AWS トレーニングと認定`,
  },
  {
    slug: 'ja-ack-notify-bodyid',
    kind: 'acknowledgement',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: K,
    trap: false,
    note: 'AWS Support notification of a new case; the case ID is only in the body',
    from: AWS_NOTIFY,
    to: kimuraOld,
    rcpt: KIMURA.keep,
    subject: 'AWS サポート: 新しいケースが作成されました',
    date: d('2026-01-13 10:02:58'),
    auth: 'fwdPass',
    fwdVia: KIMURA.via,
    enc: 'utf8qp',
    extra: oldworksFwd,
    text: `AWS サポートをご利用いただきありがとうございます。

ケース ${K} が作成され、現在担当者の割り当てを待っています。
進捗はこのメールアドレス宛てにお送りします。

ケースの詳細は AWS サポートセンターからご確認いただけます。

このメッセージは自動送信です。返信は受け付けておりません。
Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。`,
  },
  {
    slug: 'ja-ack-resent-by-oldworks',
    kind: 'acknowledgement',
    lang: 'ja',
    trusted: true,
    forUser: false,
    caseId: '1774211187',
    trap: false,
    note: 'receipt redirected by the old employer helpdesk with Resent-* headers, so not delivered to the user as such',
    from: SUPPORT,
    to: kimuraOld,
    subject: `[CASE 1774211187] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2026-01-14 08:12:30'),
    auth: 'pass',
    enc: 'jis7',
    resent: { from: 'Oldworks IT Helpdesk <helpdesk@oldworks.example.co.jp>', to: KIMURA.keep, date: d('2026-01-14 09:40:02') },
    text: `お問い合わせありがとうございます。AWS トレーニングと認定です。

ケース 1774211187 として登録いたしました、担当者からの連絡をお待ちください。

AWS トレーニングと認定 カスタマーサポート`,
  },
  {
    slug: 'ja-ack-html-mixed',
    kind: 'acknowledgement',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: '1774230678',
    trap: false,
    note: 'HTML-only receipt, Japanese lead with English boilerplate',
    from: SUPPORT,
    to: `${KIMURA.en} <${KIMURA.keep}>`,
    subject: `[CASE 1774230678] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2026-01-15 19:20:44'),
    auth: 'dkimonly',
    enc: 'utf8b64',
    html: htmlDoc(`<p>木村様</p>
<p>お問い合わせを承りました。ケース番号は <b>1774230678</b> です。</p>
<hr>
<p style="color:#555">We have received your request. A member of our team will respond soon.<br>
Please do not open a new case for the same issue.</p>
<p>AWS Training and Certification</p>`),
  },
];

// ---------------- ai_answer ----------------
const ai: Msg[] = [
  {
    slug: 'ja-ai-oldworks-autofwd',
    kind: 'ai_answer',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'automated suggestion to try the self-service merge tool, auto-forwarded from the old employer mailbox',
    from: AWS_NOTIFY,
    to: kimuraOld,
    rcpt: KIMURA.keep,
    subject: 'お問い合わせへの自動回答: 認定アカウントの統合',
    date: d('2026-01-13 09:58:02'),
    auth: 'fwdPass',
    fwdVia: KIMURA.via,
    enc: 'jis7',
    extra: oldworksFwd,
    text: `この回答は AI によって自動生成されたものです。

ご質問の件は、AWS 認定のプロファイル画面にある「アカウントの統合」から、お客様ご自身で手続きいただける場合がございます。
統合先のアカウントでサインインし、もう一方のアカウントのメールアドレスを入力のうえ、画面の案内に従ってください。

上記で解決しない場合は、「ケースを作成」を選んでサポート担当者へお問い合わせください。`,
  },
  {
    slug: 'ja-ai-team-list-alt',
    kind: 'ai_answer',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'generated answer sent to the team list, expanded to the user (Delivered-To); multipart/alternative',
    from: AWS_NOTIFY,
    to: teamTo,
    rcpt: YUMI.keep,
    subject: 'AWS トレーニングと認定: 自動回答のご案内',
    date: d('2026-02-02 14:27:40'),
    auth: 'pass',
    enc: 'utf8qp',
    extra: teamHdr,
    text: `以下は生成 AI によるご案内です。内容が正確でない場合があります。

認定アカウントが2つある場合、まずはセルフサービスのマージ機能をお試しください。
(AWS Certification アカウント → プロファイル → アカウントのマージ)

両方のアカウントに認定の履歴があると、このツールは利用できません。その際はサポートケースを作成してください。`,
    html: htmlDoc(paras(`以下は生成 AI によるご案内です。内容が正確でない場合があります。

認定アカウントが2つある場合、まずはセルフサービスのマージ機能をお試しください。
(AWS Certification アカウント → プロファイル → アカウントのマージ)

両方のアカウントに認定の履歴があると、このツールは利用できません。その際はサポートケースを作成してください。`)),
  },
  {
    slug: 'ja-ai-explains-after',
    kind: 'ai_answer',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: true,
    note: 'AI answer that describes what happens after a merge (certs and badges move); still an automated suggestion',
    from: AWS_NOTIFY,
    to: kobaTo,
    cc: yumiTo,
    subject: '自動応答: 認定アカウントの統合に関するご質問',
    date: d('2026-02-02 13:59:12'),
    auth: 'pass',
    enc: 'jisb64',
    text: `AI アシスタントからの回答です。

統合が完了すると、統合元アカウントの認定資格、試験履歴、特典(次回の受験の50%割引バウチャー等)は統合先アカウントに表示されるようになります。
Credly のデジタルバッジは、統合後に統合先アカウントのメールアドレスで受け取り直すことをおすすめします。

手順はセルフサービスの統合ツールで進められます。ツールで統合できないと表示された場合は、ケースを作成してください。`,
  },
  {
    slug: 'ja-ai-fail-then-forged',
    kind: 'ai_answer',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'AI-answer look-alike: topmost A-R says dmarc=fail, a planted pass sits lower',
    from: AWS_NOTIFY,
    to: yumiTo,
    subject: '自動回答: アカウントの統合',
    date: d('2026-02-03 02:14:55'),
    auth: 'failThenForged',
    enc: 'sjis8',
    text: `AIによる自動回答です。

アカウントの統合は、下記リンクのセルフサービスツールから数分で完了します。
http://aws-merge-tool.example-login.net/

ご不明な点はこのメールに返信してください。`,
  },
  {
    slug: 'ja-ai-assistant-sjis',
    kind: 'ai_answer',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'automated suggestion addressed to the assistant, user in Cc',
    from: AWS_NOTIFY,
    to: kobaTo,
    cc: yumiTo,
    subject: 'AWS からの自動回答',
    date: d('2026-02-02 13:58:01'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `お問い合わせ内容をもとに、AI が回答を作成しました。

・認定アカウントのメールアドレス変更だけであれば、プロファイルの編集で対応できます
・2つのアカウントを1つにする場合は「アカウントのマージ」ツールをご利用ください

解決しなかった場合は、引き続きフォームから担当者へのお問い合わせを作成できます。`,
  },
  {
    slug: 'ja-ai-was-helpful',
    kind: 'ai_answer',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'generated answer with a was-this-helpful footer, DKIM-only verdict',
    from: AWS_NOTIFY,
    to: `${KIMURA.ja} <${KIMURA.keep}>`,
    subject: 'ご質問への回答(自動生成)',
    date: d('2026-01-16 21:03:19'),
    auth: 'dkimonly',
    enc: 'utf8b64',
    text: `木村様

いただいたご質問「前の会社のアドレスの認定を今のアカウントへ」について、自動生成の回答をお送りします。

セルフサービスの統合機能で、古いアカウントの資格を現在のアカウントへまとめることができます。古いアカウントのメールアドレスにアクセスできなくても、手続きを始められる場合があります。

この回答は役に立ちましたか? はい / いいえ`,
  },
  {
    slug: 'ja-ai-mixed-lang',
    kind: 'ai_answer',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'AI answer, Japanese text with an English disclaimer',
    from: AWS_NOTIFY,
    to: yumiTo,
    subject: 'Re: 認定アカウントをひとつにしたい',
    date: d('2026-02-01 22:41:37'),
    auth: 'pass',
    enc: 'jis7',
    text: `This response was generated by AI.

ご質問ありがとうございます、重複した AWS Certification アカウントは、マージツールでお客様ご自身で統合できることがあります。
サインイン後、右上のメニューからプロファイルを開き、「Merge Accounts」を選択してください。

If this did not resolve your issue, choose "Create case".`,
  },
];

// ---------------- info_request ----------------
const info: Msg[] = [
  {
    slug: 'ja-info-to-assistant-sf',
    kind: 'info_request',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: Y,
    trap: false,
    note: 'support asks the assistant (user in Cc) for both candidate IDs and login addresses; Salesforce history below',
    from: SUPPORT,
    to: kobaTo,
    cc: yumiTo,
    subject: caseSubj(Y),
    date: d('2026-02-03 11:20:04'),
    auth: 'pass',
    enc: 'jis7',
    text: `小林様

お世話になっております。AWS トレーニングと認定の森です。
中村様のアカウント統合の件、承知いたしました。

作業に入る前に、以下を中村様ご本人よりお知らせいただけますでしょうか。
・統合元アカウントの AWS 認定候補者 ID とサインイン用メールアドレス
・統合先アカウントの AWS 認定候補者 ID とサインイン用メールアドレス
・それぞれのアカウントで取得済みの認定名

よろしくお願いいたします。

${sfRef('Yumi01')}

${sfOrig({ from: KOBAYASHI.addr, date: '2026/02/02 14:30', to: SUPPORT_ADDR, subject: 'アカウント統合の依頼' }, YUMI_REQ_BY_KOBAYASHI)}`,
  },
  {
    slug: 'ja-info-which-to-keep-fwd',
    kind: 'info_request',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: K,
    trap: false,
    note: 'asks which account to keep; arrived through the old employer auto-forward',
    from: SUPPORT,
    to: kimuraOld,
    rcpt: KIMURA.keep,
    subject: caseSubj(K),
    date: d('2026-01-14 15:44:12'),
    auth: 'fwdPass',
    fwdVia: KIMURA.via,
    enc: 'sjis8',
    extra: oldworksFwd,
    text: `木村 様

お問い合わせありがとうございます、AWS トレーニングと認定サポートでございます。

統合後にどちらのアカウントを存続させるか、本メールにご返信いただく形でご指定をお願いします。
なお、退職等で今後ご利用になれないアドレスを存続側にされますと、サインインできなくなるおそれがございます。

引き続きよろしくお願いいたします。

${quote(KIMURA_REQ)}`,
  },
  {
    slug: 'ja-info-confirm-address',
    kind: 'info_request',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: Y,
    trap: true,
    note: 'asks to confirm and report the kept address (「ご確認のうえお知らせください」): a request for information, not consent',
    from: SUPPORT,
    to: yumiTo,
    cc: kobaTo,
    subject: caseSubj(Y),
    date: d('2026-02-04 10:09:51'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `中村 由美 様

いつもお世話になっております。
小林様より候補者 ID を頂戴しました、ありがとうございます。

統合後にご利用いただくサインイン用メールアドレスは ${YUMI.keep} でお間違いないでしょうか。
念のため、ご本人様にてご確認のうえお知らせください。

AWS トレーニングと認定 サポートチーム 森`,
  },
  {
    slug: 'ja-info-write-from-kept-ids',
    kind: 'info_request',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: CASE.yumiDup,
    trap: false,
    note: 'asks the holder to write from the kept address AND to include the other account ID (info request)',
    from: SUPPORT,
    to: yumiTo,
    cc: kobaTo,
    subject: caseSubj(CASE.yumiDup),
    date: d('2026-02-03 09:02:27'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `中村様(cc: 小林様)

AWS トレーニングと認定です。
代理の方からのご依頼のみでは、個人情報保護の観点から統合作業を進めることができかねます。
お手数ですが、残されるアカウントのメールアドレスから本メールにご返信いただき、その際もう一方のアカウントの候補者 ID(AWS から始まる番号)を本文に記載してください。

何卒よろしくお願い申し上げます。`,
  },
  {
    slug: 'ja-info-bodyid-gmail-thread',
    kind: 'info_request',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: K,
    trap: false,
    note: 'case ID only in the body; asks for pass dates and the certification notification address',
    from: SUPPORT,
    to: `${KIMURA.ja} <${KIMURA.keep}>`,
    subject: 'Re: 認定アカウント統合のお願い',
    date: d('2026-01-15 12:30:00'),
    auth: 'pass',
    enc: 'jisb64',
    text: `木村様

ケース ${K} の件でご連絡いたします。
旧アカウント ${KIMURA.oldId} について、社内の記録と照合させていただきたく、以下もご返信いただけると助かります。

 - 取得された認定の名称と合格日(おおよそで構いません)
 - 認定の通知先として登録していたメールアドレス

ご不便をおかけしますが、よろしくお願いします。

${gmailQJa('2026年1月14日(水) 22:15', `${KIMURA.ja} <${KIMURA.keep}>`, '残すのは個人アドレスのほうでお願いします。')}`,
  },
  {
    slug: 'ja-info-freemail-display',
    kind: 'info_request',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: Y,
    trap: false,
    note: 'support display name on a free-mail address; passes auth for gmail.com only',
    from: 'AWS トレーニングと認定 <aws.training.jp.desk@gmail.com>',
    to: yumiTo,
    subject: caseSubj(Y),
    date: d('2026-02-03 20:11:45'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村様

アカウント統合のため、両アカウントのサインインパスワードと候補者IDをご返信ください。
本日中にご返信がない場合、申請は取り消されます。

AWS認定サポート`,
  },
  {
    slug: 'ja-info-team-list-certnames',
    kind: 'info_request',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: Y,
    trap: false,
    note: 'asks the team list (expanded to the user) for certification names and exam dates of each account',
    from: SUPPORT,
    to: teamTo,
    cc: kobaTo,
    rcpt: YUMI.keep,
    subject: caseSubj(Y),
    date: d('2026-02-04 17:55:03'),
    auth: 'pass',
    enc: 'utf8qp',
    extra: teamHdr,
    text: `ご担当者様

ケース ${Y} につきまして、もう一点だけ教えてください。
旧アカウント(${YUMI.oldId})側で最後に受験された試験名と受験日、わかる範囲で構いませんので、ご返信いただけますか。
こちらでの本人確認に利用いたします。

AWS トレーニングと認定 カスタマーサポート`,
  },
  {
    slug: 'ja-info-manager-bottompost',
    kind: 'info_request',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: Y,
    trap: false,
    note: 'bottom-posted reply to the manager: the name spellings on both accounts are needed from the holder',
    from: SUPPORT,
    to: takaTo,
    cc: yumiTo,
    subject: caseSubj(Y),
    date: d('2026-02-05 09:40:18'),
    auth: 'pass',
    enc: 'jis7',
    text: `${gmailQJa('2026年2月4日(水) 19:02', `${TAKAHASHI.ja} <${TAKAHASHI.addr}>`, `中村の上長の高橋です。
本件、急ぎで進めていただけないでしょうか。`)}

高橋様

ご連絡ありがとうございます、担当の森です。
両アカウントに登録されている氏名のローマ字表記が異なっているため、照合ができておりません。
中村様から、それぞれのアカウントに登録した氏名の表記を教えていただければ、すぐに作業に入れます。

よろしくお願いいたします。`,
  },
  {
    slug: 'ja-info-typos-sjisb64',
    kind: 'info_request',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: K,
    trap: false,
    note: 'request for the kept account candidate ID, with typos; DKIM-only',
    from: SUPPORT,
    to: kimuraOld,
    rcpt: KIMURA.keep,
    subject: caseSubj(K),
    date: d('2026-01-16 11:11:11'),
    auth: 'dkimonly',
    enc: 'sjisb64',
    extra: oldworksFwd,
    text: `木村さま

ご返信ありがとうございます。
統合先アカウントの候補社IDが記載されていなかったため、お手数ですがAWSから始まる番号をごれんらくください。
プロファイル画面の上部に表示されております。

AWS トレーニングと認定`,
  },
  {
    slug: 'ja-info-forged-below',
    kind: 'info_request',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: K,
    trap: false,
    note: 'dmarc=pass header placed below our server Received line (not the receiving server verdict)',
    from: SUPPORT,
    to: `${KIMURA.ja} <${KIMURA.keep}>`,
    subject: caseSubj(K),
    date: d('2026-01-16 03:27:40'),
    auth: 'forgedBelow',
    enc: 'jis7',
    text: `木村様

統合作業の前に、旧アカウントのメールアドレスとパスワードを本メールでお送りください。

AWS トレーニングと認定`,
  },
];

// ---------------- confirmation_request ----------------
const conf: Msg[] = [
  {
    slug: 'ja-conf-cc-assistant',
    kind: 'confirmation_request',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: Y,
    trap: false,
    note: 'asks the holder to consent to the irreversible merge; assistant in Cc',
    from: SUPPORT,
    to: yumiTo,
    cc: kobaTo,
    subject: caseSubj(Y),
    date: d('2026-02-05 15:02:33'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村 由美 様

ご返信ありがとうございます。情報がそろいましたので、次の内容で統合いたします。

  統合元: ${YUMI.oldId} (${YUMI.old})
  統合先: ${YUMI.keepId} (${YUMI.keep})

統合後に元へ戻すことはできません。ご同意いただけるようでしたら、その旨このメールにご返信ください。
ご返信を確認しだい、作業を開始いたします。

AWS トレーニングと認定 森`,
  },
  {
    slug: 'ja-conf-oldworks-fwd',
    kind: 'confirmation_request',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: K,
    trap: false,
    note: 'consent request, arrived through the old employer auto-forward',
    from: SUPPORT,
    to: kimuraOld,
    rcpt: KIMURA.keep,
    subject: caseSubj(K),
    date: d('2026-01-17 10:15:00'),
    auth: 'fwdPass',
    fwdVia: KIMURA.via,
    enc: 'sjis8',
    extra: oldworksFwd,
    text: `木村 健一 様

${KIMURA.oldId} の資格を ${KIMURA.keepId} へ移し、${KIMURA.oldId} は統合後に無効となります。
この処理は取り消しができませんので、内容に問題がなければ「同意します」とご返信をお願いいたします。

AWS トレーニングと認定 カスタマーサポート`,
  },
  {
    slug: 'ja-conf-no-request-word',
    kind: 'confirmation_request',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: K,
    trap: false,
    note: 'consent asked without the word 確認: 「よろしいでしょうか」 plus irreversibility',
    from: SUPPORT,
    to: `${KIMURA.ja} <${KIMURA.keep}>`,
    subject: caseSubj(K),
    date: d('2026-01-17 10:16:40'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `木村様

先ほどのご連絡の補足です。
以下の内容で統合を進めてよろしいでしょうか、処理後の取り消しはいたしかねます。

 旧: ${KIMURA.old} / ${KIMURA.oldId}
 新: ${KIMURA.keep} / ${KIMURA.keepId}

差し支えなければ、本メールへの返信で一言いただければ手続きに入ります。`,
  },
  {
    slug: 'ja-conf-to-manager',
    kind: 'confirmation_request',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: Y,
    trap: false,
    note: 'replying to the manager: the account holder herself must consent; user in Cc',
    from: SUPPORT,
    to: takaTo,
    cc: yumiTo,
    subject: caseSubj(Y),
    date: d('2026-02-05 16:20:09'),
    auth: 'pass',
    enc: 'jisb64',
    text: `高橋様、中村様

高橋様より「進めてください」とのご連絡をいただきましたが、統合への同意はアカウントの名義人ご本人から頂戴する必要がございます。
中村様、${YUMI.oldId} を ${YUMI.keepId} に統合すること(元に戻せません)にご同意いただけますか。本メールへのご返信でお知らせください。

AWS トレーニングと認定 森

${outlookJa({ from: `${TAKAHASHI.ja} <${TAKAHASHI.addr}>`, date: '2026年2月5日 15:40', to: SUPPORT_ADDR, cc: YUMI.keep, subject: `RE: ${caseSubj(Y)}` }, '上長として承認します。進めてください。')}`,
  },
  {
    slug: 'ja-conf-fwd-broken',
    kind: 'confirmation_request',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: K,
    trap: false,
    note: 'the old employer forwarder appended a disclaimer, so DKIM and dmarc fail at our server (ARC pass lower does not count)',
    from: SUPPORT,
    to: kimuraOld,
    rcpt: KIMURA.keep,
    subject: caseSubj(K),
    date: d('2026-01-17 10:15:20'),
    auth: 'fwdBroken',
    fwdVia: KIMURA.via,
    enc: 'jis7',
    extra: oldworksFwd,
    text: `木村 健一 様

統合内容の最終確認です。旧アカウントの資格を新アカウントへ移すと、元の状態には戻せません。
この内容で問題なければ、同意の旨ご返信ください。

AWS トレーニングと認定

--
このメールは株式会社オールドワークスのメールシステムから自動転送されました。`,
  },
  {
    slug: 'ja-conf-long-sf-thread',
    kind: 'confirmation_request',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: CASE.yumiDup,
    trap: false,
    note: 'consent request above a long Salesforce history of the assistant and the holder',
    from: SUPPORT,
    to: yumiTo,
    cc: kobaTo,
    subject: caseSubj(CASE.yumiDup),
    date: d('2026-02-06 10:33:47'),
    auth: 'pass',
    enc: 'utf8qp',
    text: `中村様

ご本人様からのご連絡、確かに拝受しました。
最後に、統合を実施してよいかのご意思だけ確認させてください。統合後は旧アカウント ${YUMI.oldId} にサインインできなくなり、この操作は取り消せません。
問題なければ「統合に同意します」とご返信ください。

${sfRef('Yumi02')}

${sfOrig({ from: YUMI.keep, date: '2026/02/05 21:14', to: SUPPORT_ADDR, subject: `RE: ${caseSubj(CASE.yumiDup)}` }, `中村です。小林から依頼した件、本人からもご連絡します。
残すのは会社のアドレスの方です。旧アカウントは ${YUMI.oldId} です。`)}

${sfOrig({ from: KOBAYASHI.addr, date: '2026/02/02 16:04', to: SUPPORT_ADDR, subject: 'アカウント統合の依頼(再送)' }, YUMI_REQ_BY_KOBAYASHI)}`,
  },
  {
    slug: 'ja-conf-team-list-sjisb64',
    kind: 'confirmation_request',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: Y,
    trap: false,
    note: 'consent request through the team list (Delivered-To the user)',
    from: SUPPORT,
    to: teamTo,
    rcpt: YUMI.keep,
    subject: caseSubj(Y),
    date: d('2026-02-05 15:03:10'),
    auth: 'pass',
    enc: 'sjisb64',
    extra: teamHdr,
    text: `中村様

統合の準備が整いました。お手続きを進めるには、名義人である中村様ご自身の同意が必要です。
統合は一度行うと元に戻すことができませんので、ご承知おきのうえ、ご同意いただける場合はご返信ください。

AWS トレーニングと認定`,
  },
  {
    slug: 'ja-conf-mixed-alt',
    kind: 'confirmation_request',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: K,
    trap: false,
    note: 'bilingual consent request, multipart/alternative',
    from: SUPPORT,
    to: `${KIMURA.ja} <${KIMURA.keep}>`,
    subject: caseSubj(K),
    date: d('2026-01-17 18:05:02'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `木村様

統合の実行前に、ご同意の返信をお願いしております。統合は元に戻せません。
本文に「I agree」または「同意します」とだけ書いてご返信いただければ結構です。

Please reply "I agree" to let us merge ${KIMURA.oldId} into ${KIMURA.keepId}. This cannot be reversed.`,
    html: htmlDoc(`<p>木村様</p>
<p>統合の実行前に、ご同意の返信をお願いしております。統合は元に戻せません。<br>
本文に「I agree」または「同意します」とだけ書いてご返信いただければ結構です。</p>
<p><i>Please reply "I agree" to let us merge ${KIMURA.oldId} into ${KIMURA.keepId}. This cannot be reversed.</i></p>`),
  },
  {
    slug: 'ja-conf-lookalike-server',
    kind: 'confirmation_request',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: Y,
    trap: false,
    note: 'topmost A-R comes from a look-alike authserv-id (mx.test.example.mailhub-relay.net)',
    from: SUPPORT,
    to: yumiTo,
    subject: caseSubj(Y),
    date: d('2026-02-06 01:09:26'),
    auth: 'lookalikeServer',
    enc: 'jisb64',
    text: `中村様

統合に同意される場合は、下記フォームに両アカウントのパスワードを入力してください。統合は取り消しできません。
https://aws-cert-merge.example-forms.net/consent

AWS トレーニングと認定`,
  },
];

// ---------------- merge_completed ----------------
const merged: Msg[] = [
  {
    slug: 'ja-merged-oldworks-fwd',
    kind: 'merge_completed',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: K,
    trap: false,
    note: 'merge done, auto-forwarded from the old employer address',
    from: SUPPORT,
    to: kimuraOld,
    rcpt: KIMURA.keep,
    subject: caseSubj(K),
    date: d('2026-01-19 13:48:22'),
    auth: 'fwdPass',
    fwdVia: KIMURA.via,
    enc: 'jis7',
    extra: oldworksFwd,
    text: `木村 健一 様

お待たせいたしました。ご同意いただいた内容のとおり、${KIMURA.oldId} を ${KIMURA.keepId} へ統合いたしました。
今後は ${KIMURA.keep} でサインインしてご利用ください。

AWS トレーニングと認定 カスタマーサポート`,
  },
  {
    slug: 'ja-merged-please-check',
    kind: 'merge_completed',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: Y,
    trap: false,
    note: 'completion notice that asks the holder to check everything looks right (stays merge_completed)',
    from: SUPPORT,
    to: yumiTo,
    cc: kobaTo,
    subject: caseSubj(Y),
    date: d('2026-02-07 11:02:54'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村様

統合作業が完了いたしました、ご協力ありがとうございました。
お手数ですが、統合先アカウントにサインインし、認定資格と特典が表示されているかご確認ください。
表示に問題がある場合は、本メールにご返信いただければ対応いたします。

AWS トレーニングと認定 森`,
  },
  {
    slug: 'ja-merged-and-closing',
    kind: 'merge_completed',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: CASE.yumiDup,
    trap: false,
    note: 'completion that also says the case will be closed (the new fact is the merge)',
    from: SUPPORT,
    to: yumiTo,
    cc: kobaTo,
    subject: caseSubj(CASE.yumiDup),
    date: d('2026-02-07 11:05:30'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `中村 由美 様

本日、2つの認定アカウントを1つにまとめる処理が終わりました。旧アカウントの試験履歴と認定は ${YUMI.keepId} に移っています。
これをもちまして本ケースはクローズとさせていただきます。

AWS トレーニングと認定`,
  },
  {
    slug: 'ja-merged-portal-notice',
    kind: 'merge_completed',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'certification portal notice that the accounts were merged; no case ID',
    from: PORTAL,
    to: `${KIMURA.keep}`,
    subject: 'AWS Certification: アカウントが統合されました',
    date: d('2026-01-19 13:40:05'),
    auth: 'pass',
    enc: 'jisb64',
    text: `木村 健一 様

お客様の AWS Certification アカウントは、別のアカウントと統合されました。
統合されたアカウントの認定、試験履歴、特典は、現在のアカウントの各ページでご覧いただけます。

このメールにお心当たりがない場合は、AWS トレーニングと認定サポートまでお問い合わせください。

AWS Certification`,
  },
  {
    slug: 'ja-merged-team-list-alt',
    kind: 'merge_completed',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: Y,
    trap: false,
    note: 'completion to the team list (Delivered-To user), multipart/alternative',
    from: SUPPORT,
    to: teamTo,
    rcpt: YUMI.keep,
    subject: caseSubj(Y),
    date: d('2026-02-07 11:03:40'),
    auth: 'pass',
    enc: 'utf8qp',
    extra: teamHdr,
    text: `チームご担当者様

中村様のアカウントにつきまして、${YUMI.oldId} の内容を ${YUMI.keepId} に移し、統合を完了しました。
ご本人様には別途ご連絡済みです。

AWS トレーニングと認定`,
    html: htmlDoc(paras(`チームご担当者様

中村様のアカウントにつきまして、${YUMI.oldId} の内容を ${YUMI.keepId} に移し、統合を完了しました。
ご本人様には別途ご連絡済みです。

AWS トレーニングと認定`)),
  },
  {
    slug: 'ja-merged-other-authserv',
    kind: 'merge_completed',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: K,
    trap: false,
    note: 'only a foreign authserv-id (mx.google.com) says pass; our server left no verdict',
    from: SUPPORT,
    to: `${KIMURA.ja} <${KIMURA.keep}>`,
    subject: caseSubj(K),
    date: d('2026-01-18 04:33:12'),
    auth: 'otherOnly',
    enc: 'jis7',
    text: `木村様

アカウントの統合が完了しました。統合後のアカウントを有効化するため、下記からサインインしてください。
http://aws-training-signin.example-cdn.net/

AWS トレーニングと認定`,
  },
  {
    slug: 'ja-merged-to-manager-ids',
    kind: 'merge_completed',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: Y,
    trap: false,
    note: 'completion told to the manager with the user in Cc; identifiers between the meaningful words',
    from: SUPPORT,
    to: takaTo,
    cc: yumiTo,
    subject: caseSubj(Y),
    date: d('2026-02-07 11:09:12'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `高橋様

お問い合わせの件、${YUMI.oldId} の認定履歴は ${YUMI.keepId} のほうへ移行済みで、両アカウントは1つになっております。
中村様にも同じ内容をお送りしました。

AWS トレーニングと認定 森`,
  },
  {
    slug: 'ja-merged-dkimonly-short',
    kind: 'merge_completed',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: K,
    trap: false,
    note: 'short completion note, DKIM-only verdict; mobile-style terse text',
    from: SUPPORT,
    to: `${KIMURA.keep}`,
    subject: caseSubj(K),
    date: d('2026-01-19 13:50:01'),
    auth: 'dkimonly',
    enc: 'jis7',
    text: `木村様
統合、終わりました。新しいほうのアカウントで4つの認定が見えるはずです。
サポート 佐々木`,
  },
];

// ---------------- badges_transferred ----------------
const badges: Msg[] = [
  {
    slug: 'ja-badge-credly-kept-alt',
    kind: 'badges_transferred',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'Credly issues the AWS badge to the kept personal address after the merge; multipart/alternative',
    from: CREDLY_AWS,
    to: `${KIMURA.ja} <${KIMURA.keep}>`,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-01-20 08:15:44'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `木村 健一 様

Amazon Web Services Training and Certification より、次のバッジが発行されました。

AWS Certified Solutions Architect – Associate

下のボタンからバッジを受け取り、プロフィールに追加してください。
バッジを入手する

Credly`,
    html: htmlDoc(`<p>木村 健一 様</p>
<p>Amazon Web Services Training and Certification より、次のバッジが発行されました。</p>
<p><b>AWS Certified Solutions Architect – Associate</b></p>
<p><a href="https://www.credly.com/badges/accept" style="background:#ff6b00;color:#fff;padding:8px 16px">バッジを入手する</a></p>
<p>Credly</p>`),
  },
  {
    slug: 'ja-badge-support-cc-assistant',
    kind: 'badges_transferred',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: Y,
    trap: false,
    note: 'support says the Credly badges moved to the kept account; assistant in Cc',
    from: SUPPORT,
    to: yumiTo,
    cc: kobaTo,
    subject: caseSubj(Y),
    date: d('2026-02-09 14:22:19'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村様

ご連絡いただいたバッジの件、Credly 側の登録を更新し、3つのバッジを ${YUMI.keep} のアカウントへ移しました。
Credly にサインインして、表示をお確かめください。

AWS トレーニングと認定 森`,
  },
  {
    slug: 'ja-badge-and-closing',
    kind: 'badges_transferred',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: K,
    trap: false,
    note: 'support announces badges moved and closes the case',
    from: SUPPORT,
    to: kimuraOld,
    rcpt: KIMURA.keep,
    subject: caseSubj(K),
    date: d('2026-01-21 10:00:37'),
    auth: 'fwdPass',
    fwdVia: KIMURA.via,
    enc: 'sjis8',
    extra: oldworksFwd,
    text: `木村様

デジタルバッジにつきましても、統合先のメールアドレスに紐づけ直しました。
Credly のバッジが新しいアカウント側に表示されていることを確認しております。
本件はこれにて完了となりますので、ケースをクローズいたします。

AWS トレーニングと認定`,
  },
  {
    slug: 'ja-badge-credly-team-list',
    kind: 'badges_transferred',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'Credly AWS badge notice arriving through the team list (Delivered-To user)',
    from: CREDLY_AWS,
    to: teamTo,
    rcpt: YUMI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-02-09 15:01:02'),
    auth: 'pass',
    enc: 'utf8qp',
    extra: teamHdr,
    text: `中村 由美 様

おめでとうございます。Amazon Web Services Training and Certification から「AWS Certified Developer – Associate」のバッジが届いています。

バッジを入手する: https://www.credly.com/earner/earned

このメールは Credly から送信されています。`,
  },
  {
    slug: 'ja-badge-lookalike-credly',
    kind: 'badges_transferred',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'badge notice from a look-alike Credly domain (credly.com.badge-mail.net)',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly.com.badge-mail.net>',
    to: yumiTo,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-02-09 03:45:00'),
    auth: 'pass',
    enc: 'utf8b64',
    html: htmlDoc(`<p>中村様</p>
<p>統合済みアカウントへバッジを移行しました。受け取りには再ログインが必要です。</p>
<p><a href="http://credly.com.badge-mail.net/login">バッジを入手する</a></p>`),
  },
  {
    slug: 'ja-badge-answer-manager',
    kind: 'badges_transferred',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: Y,
    trap: false,
    note: 'answers the manager: the badges were re-linked to the kept account; user in Cc',
    from: SUPPORT,
    to: takaTo,
    cc: yumiTo,
    subject: caseSubj(Y),
    date: d('2026-02-09 14:30:55'),
    auth: 'pass',
    enc: 'jisb64',
    text: `高橋様

バッジが見当たらないとのご指摘を受け、確認いたしました。
統合元に残っていた Credly のバッジは、統合先(${YUMI.keep})のアカウントへ移行が済んでいます。

${origMsg({ from: `${TAKAHASHI.ja} [mailto:${TAKAHASHI.addr}]`, date: '2026年2月9日 10:12', to: SUPPORT_ADDR, subject: `RE: ${caseSubj(Y)}` }, '統合は完了したと聞きましたが、中村のバッジが Credly に出てこないようです。')}`,
  },
  {
    slug: 'ja-badge-typos-sjisb64',
    kind: 'badges_transferred',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: K,
    trap: false,
    note: 'support says the badges were re-attached (typos); DKIM-only',
    from: SUPPORT,
    to: `${KIMURA.keep}`,
    subject: caseSubj(K),
    date: d('2026-01-21 09:41:03'),
    auth: 'dkimonly',
    enc: 'sjisb64',
    text: `木村様

お待たせしました、Credlyのバッジの付け替えが完良しました。
統合先アカウントのメールアドレスでCredlyにログインすると、4つのバッジが確認できるかとおもいます。

AWSトレーニングと認定`,
  },
  {
    slug: 'ja-badge-credly-direct-alt',
    kind: 'badges_transferred',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: false,
    note: 'Credly AWS badge sent straight to the kept address after the merge',
    from: CREDLY_AWS,
    to: `${KIMURA.keep}`,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-01-21 10:12:00'),
    auth: 'pass',
    enc: 'jis7',
    text: `木村様

Amazon Web Services Training and Certification から AWS Certified Cloud Practitioner のバッジが発行されました。
「バッジを入手する」を押して受け取りを完了してください。

Credly チーム`,
  },
];

// ---------------- case_closed ----------------
const closed: Msg[] = [
  {
    slug: 'ja-closed-autoclose-fwd',
    kind: 'case_closed',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: '1774211187',
    trap: false,
    note: 'will auto-close in 7 days without a reply; auto-forwarded from the old employer',
    from: SUPPORT,
    to: kimuraOld,
    rcpt: KIMURA.keep,
    subject: caseSubj('1774211187'),
    date: d('2026-01-22 09:00:00'),
    auth: 'fwdPass',
    fwdVia: KIMURA.via,
    enc: 'jis7',
    extra: oldworksFwd,
    text: `木村様

先日お送りしたご案内について、その後いかがでしょうか。
7日以内にご返信がない場合、このケースは自動的にクローズされます。

AWS トレーニングと認定`,
  },
  {
    slug: 'ja-closed-restates-merge',
    kind: 'case_closed',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: Y,
    trap: true,
    note: 'closing notice that only restates last week merge',
    from: SUPPORT,
    to: yumiTo,
    cc: kobaTo,
    subject: caseSubj(Y),
    date: d('2026-02-16 10:20:48'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村様

先週ご案内のとおり、アカウントの統合は2月7日に完了しております。
その後ご連絡がございませんので、本ケースはクローズとさせていただきます。

AWS トレーニングと認定 森`,
  },
  {
    slug: 'ja-closed-no-reply-manager',
    kind: 'case_closed',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: CASE.yumiDup,
    trap: false,
    note: 'closed for lack of reply; to the manager with the user in Cc',
    from: SUPPORT,
    to: takaTo,
    cc: yumiTo,
    subject: caseSubj(CASE.yumiDup),
    date: d('2026-02-20 17:31:26'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `高橋様、中村様

ご返信をいただけておりませんため、本件はいったんクローズとさせていただきます。
引き続きお手伝いが必要な場合は、このメールにご返信いただければ再開いたします。

AWS トレーニングと認定`,
  },
  {
    slug: 'ja-closed-notify-resolved',
    kind: 'case_closed',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: K,
    trap: false,
    note: 'AWS Support notification that the case was resolved; multipart/alternative',
    from: AWS_NOTIFY,
    to: kimuraOld,
    rcpt: KIMURA.keep,
    subject: `AWS サポート: ケース ${K} は解決済みになりました`,
    date: d('2026-01-21 10:01:10'),
    auth: 'fwdPass',
    fwdVia: KIMURA.via,
    enc: 'utf8b64',
    extra: oldworksFwd,
    text: `ケース ${K} のステータスが「解決済み」に変更されました。

このケースを再開する場合は、14日以内にサポートセンターから返信してください。

Amazon Web Services`,
    html: htmlDoc(`<p>ケース <b>${K}</b> のステータスが「解決済み」に変更されました。</p>
<p>このケースを再開する場合は、14日以内にサポートセンターから返信してください。</p>
<p>Amazon Web Services</p>`),
  },
  {
    slug: 'ja-closed-dmarc-fail',
    kind: 'case_closed',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: Y,
    trap: false,
    note: 'closing notice with dmarc=fail at our server',
    from: SUPPORT,
    to: yumiTo,
    subject: caseSubj(Y),
    date: d('2026-02-14 05:12:44'),
    auth: 'fail',
    enc: 'jisb64',
    text: `中村様

お客様のケースはクローズされました。アカウントを保持するには、24時間以内に下記から再認証してください。
http://aws-case-center.example-secure.net/

AWS トレーニングと認定`,
  },
  {
    slug: 'ja-closed-team-list',
    kind: 'case_closed',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: Y,
    trap: false,
    note: 'case closed, sent to the team list (Delivered-To user)',
    from: SUPPORT,
    to: teamTo,
    rcpt: YUMI.keep,
    subject: caseSubj(Y),
    date: d('2026-02-16 10:21:30'),
    auth: 'pass',
    enc: 'utf8qp',
    extra: teamHdr,
    text: `ご担当者様

ケース ${Y} はクローズいたしました。
ご不明点が出てきた場合は、新しくケースを作らず、このメールへのご返信でお知らせください。

AWS トレーニングと認定`,
  },
  {
    slug: 'ja-closed-reopen-hint',
    kind: 'case_closed',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: K,
    trap: false,
    note: 'case marked resolved; reply to reopen',
    from: SUPPORT,
    to: `${KIMURA.ja} <${KIMURA.keep}>`,
    subject: caseSubj(K),
    date: d('2026-01-23 12:00:00'),
    auth: 'pass',
    enc: 'jisb64',
    text: `木村様

本ケースは解決済みとしてクローズしました。
再度ご相談が必要になった際は、このメールに返信いただければケースが再開されます。

AWS トレーニングと認定`,
  },
  {
    slug: 'ja-closed-restates-badges',
    kind: 'case_closed',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: Y,
    trap: true,
    note: 'closing that restates the earlier badge move; no new event',
    from: SUPPORT,
    to: yumiTo,
    cc: kobaTo,
    subject: caseSubj(Y),
    date: d('2026-02-18 09:15:33'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `中村様

2月9日にお知らせしましたとおり、Credly のバッジも統合先へ移行済みです。
以降ご質問がございませんでしたので、このケースを終了いたします。

AWS トレーニングと認定`,
  },
];

// ---------------- support_reply ----------------
const reply: Msg[] = [
  {
    slug: 'ja-reply-thanks-confirming',
    kind: 'support_reply',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: Y,
    trap: true,
    note: 'thanks for confirming, passed to the team: consent received, nothing merged yet',
    from: SUPPORT,
    to: yumiTo,
    cc: kobaTo,
    subject: caseSubj(Y),
    date: d('2026-02-06 12:45:09'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村様

ご同意の旨、確かに承りました。
担当部門へ統合作業を依頼しましたので、処理が終わり次第あらためてご連絡いたします。

AWS トレーニングと認定 森`,
  },
  {
    slug: 'ja-reply-future-merge-fwd',
    kind: 'support_reply',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: K,
    trap: true,
    note: 'conditional future 「統合が完了しましたら」; auto-forwarded',
    from: SUPPORT,
    to: kimuraOld,
    rcpt: KIMURA.keep,
    subject: caseSubj(K),
    date: d('2026-01-18 09:30:51'),
    auth: 'fwdPass',
    fwdVia: KIMURA.via,
    enc: 'sjis8',
    extra: oldworksFwd,
    text: `木村様

ご返信ありがとうございます。ただいま作業の順番待ちとなっております。
統合が完了しましたら、改めてこちらからご連絡いたしますので、もうしばらくお待ちください。

AWS トレーニングと認定`,
  },
  {
    slug: 'ja-reply-write-from-kept',
    kind: 'support_reply',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: CASE.yumiDup,
    trap: false,
    note: 'tells the assistant the holder must write from the kept address; asks for no data',
    from: SUPPORT,
    to: kobaTo,
    cc: yumiTo,
    subject: caseSubj(CASE.yumiDup),
    date: d('2026-02-03 09:00:12'),
    auth: 'pass',
    enc: 'utf8b64',
    text: `小林様

ご連絡ありがとうございます。
本件は、アカウントの名義人である中村様ご本人から、残されるアカウントのメールアドレスでご連絡いただく必要がございます。
中村様からのご連絡をお待ちしております。

AWS トレーニングと認定`,
  },
  {
    slug: 'ja-reply-escalated',
    kind: 'support_reply',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: Y,
    trap: false,
    note: 'escalation status to the manager with the user in Cc',
    from: SUPPORT,
    to: takaTo,
    cc: yumiTo,
    subject: caseSubj(Y),
    date: d('2026-02-06 18:02:47'),
    auth: 'pass',
    enc: 'jisb64',
    text: `高橋様

お急ぎとのこと承知しました。本件は専門部署にエスカレーションし、優先して対応するよう依頼しております。
進捗がありしだいお知らせします。

AWS トレーニングと認定 森`,
  },
  {
    slug: 'ja-reply-not-yet-team',
    kind: 'support_reply',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: Y,
    trap: true,
    note: 'negated: the merge is not finished yet; team list delivery',
    from: SUPPORT,
    to: teamTo,
    rcpt: YUMI.keep,
    subject: caseSubj(Y),
    date: d('2026-02-06 16:40:00'),
    auth: 'pass',
    enc: 'utf8qp',
    extra: teamHdr,
    text: `ご担当者様

お問い合わせいただいた進捗ですが、統合はまだ完了しておりません。
明日以降の処理となる見込みです、今しばらくお待ちください。

AWS トレーニングと認定`,
  },
  {
    slug: 'ja-reply-dup-cases-merged',
    kind: 'support_reply',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: CASE.yumiDup,
    trap: true,
    note: 'duplicate support cases were combined: not the account merge',
    from: SUPPORT,
    to: yumiTo,
    cc: kobaTo,
    subject: caseSubj(CASE.yumiDup),
    date: d('2026-02-03 12:12:12'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村様、小林様

同じご依頼で2件のケース(${Y} と ${CASE.yumiDup})が作成されていたため、ケースを1件に統合いたしました。
今後のやり取りはケース ${Y} で行わせていただきます。

AWS トレーニングと認定`,
  },
  {
    slug: 'ja-reply-voucher-after',
    kind: 'support_reply',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: K,
    trap: true,
    note: 'answers a voucher question about what will happen after the merge (future)',
    from: SUPPORT,
    to: `${KIMURA.ja} <${KIMURA.keep}>`,
    subject: caseSubj(K),
    date: d('2026-01-18 11:22:04'),
    auth: 'pass',
    enc: 'jisb64',
    text: `木村様

ご質問の受験割引バウチャーですが、統合後も有効期限内であれば統合先アカウントの「特典」から引き続きご利用になれます。
統合作業自体は現在順番待ちです。

AWS トレーニングと認定`,
  },
  {
    slug: 'ja-reply-other-authserv',
    kind: 'support_reply',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: K,
    trap: false,
    note: 'status update whose only pass verdict comes from another authserv-id',
    from: SUPPORT,
    to: `${KIMURA.keep}`,
    subject: caseSubj(K),
    date: d('2026-01-18 02:02:02'),
    auth: 'otherOnly',
    enc: 'sjisb64',
    text: `木村様

担当者が変更になりました。今後は下記の窓口までご連絡ください。
support-desk@aws-training-help.example.net

AWS トレーニングと認定`,
  },
  {
    slug: 'ja-reply-unable-pending-exam',
    kind: 'support_reply',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: K,
    trap: true,
    note: '「統合いたしかねます」: cannot merge while an exam is booked on the old account',
    from: SUPPORT,
    to: kimuraOld,
    rcpt: KIMURA.keep,
    subject: caseSubj(K),
    date: d('2026-01-16 17:48:29'),
    auth: 'fwdPass',
    fwdVia: KIMURA.via,
    enc: 'jisb64',
    extra: oldworksFwd,
    text: `木村様

確認したところ、旧アカウントに1月24日の試験予約が残っております。予約がある状態では、現時点で統合いたしかねます。
受験後、または予約をキャンセルされた後にご連絡ください。

AWS トレーニングと認定`,
  },
];

// ---------------- unrelated ----------------
const supportInfoForQuote = `中村 由美 様

ご返信ありがとうございます。統合後にご利用いただくサインイン用メールアドレスは ${YUMI.keep} でお間違いないでしょうか。`;

const unrel: Msg[] = [
  {
    slug: 'ja-unrel-self-fwd-work-to-personal',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: Y,
    trap: true,
    note: "the user's own forward from her work address to her personal one (a memo)",
    from: `${YUMI.ja} <${YUMI.keep}>`,
    to: `${YUMI.old}`,
    subject: `Fwd: ${caseSubj(Y)}`,
    date: d('2026-02-04 12:31:40'),
    auth: 'pass',
    relay: 'mail-sor-f41.google.com',
    enc: 'utf8b64',
    text: `自分用メモ:家に帰ったら旧アカウントの候補者IDを調べて返信する

${gmailFwdJa({ from: `AWS Training and Certification <${SUPPORT_ADDR}>`, date: '2026年2月4日(水) 10:09', subject: caseSubj(Y), to: YUMI.keep }, supportInfoForQuote)}`,
  },
  {
    slug: 'ja-unrel-assistant-fwd-completed',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: Y,
    trap: true,
    note: "the assistant forwards support's completion notice: her own new text, support's is quoted",
    from: kobaTo,
    to: yumiTo,
    subject: `FW: ${caseSubj(Y)}`,
    date: d('2026-02-07 11:30:02'),
    auth: 'pass',
    enc: 'jis7',
    text: `中村さん

お疲れさまです、小林です。
AWS から統合完了の連絡が来ていましたので転送します。念のためサインインして資格が見えるか確認してみてください。

${outlookJa({ from: `AWS Training and Certification <${SUPPORT_ADDR}>`, date: '2026年2月7日 11:02', to: YUMI.keep, cc: KOBAYASHI.addr, subject: caseSubj(Y) }, '中村様\n\n統合作業が完了いたしました、ご協力ありがとうございました。')}`,
  },
  {
    slug: 'ja-unrel-manager-fwd-consent',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: Y,
    trap: true,
    note: "manager forwards the consent request asking the user to reply; the manager's words are not support's",
    from: takaTo,
    to: yumiTo,
    subject: `転送: ${caseSubj(Y)}`,
    date: d('2026-02-05 16:45:10'),
    auth: 'pass',
    enc: 'sjis8',
    text: `中村さん
本人の同意が要るそうなので、下のメールに直接返信しておいてください。
高橋

iPhoneから送信

${iphoneFwdJa({ from: `AWS Training and Certification <${SUPPORT_ADDR}>`, date: '2026年2月5日 16:20:09 JST', to: TAKAHASHI.addr, subject: caseSubj(Y) }, `中村様、${YUMI.oldId} を ${YUMI.keepId} に統合すること(元に戻せません)にご同意いただけますか。`)}`,
  },
  {
    slug: 'ja-unrel-delegated-consent',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: Y,
    trap: true,
    note: 'delegated reply written by the assistant to support on the user\u2019s behalf (user in Cc): user-side mail',
    from: kobaTo,
    to: SUPPORT,
    cc: yumiTo,
    subject: `RE: ${caseSubj(Y)}`,
    date: d('2026-02-05 17:02:00'),
    auth: 'pass',
    rcpt: YUMI.keep,
    enc: 'jisb64',
    extra: [`Sender: ${KOBAYASHI.addr}`],
    text: `AWS トレーニングと認定 ご担当者様

中村に代わりご返信いたします。
統合の内容について本人に確認し、同意するとのことでしたのでお知らせいたします。
手続きを進めていただけますと幸いです。

小林

${quote(`中村様、${YUMI.oldId} を ${YUMI.keepId} に統合すること(元に戻せません)にご同意いただけますか。`)}`,
  },
  {
    slug: 'ja-unrel-oldworks-bounce-notice',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: null,
    trap: false,
    note: "the old employer's system notice that auto-forwarding of the retired mailbox ends soon",
    from: 'Oldworks 情報システム <helpdesk@oldworks.example.co.jp>',
    to: kimuraOld,
    rcpt: KIMURA.keep,
    subject: '【ご案内】退職者メールボックスの自動転送終了について',
    date: d('2026-01-26 09:00:00'),
    auth: 'pass',
    enc: 'jis7',
    extra: ['Auto-Submitted: auto-generated'],
    text: `木村 健一 様

退職者向けに設定しているメールの自動転送は、2026年2月末日をもって停止いたします。
必要な連絡先には新しいメールアドレスをお知らせください。

株式会社オールドワークス 情報システム部`,
  },
  {
    slug: 'ja-unrel-shared-inbox-digest',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: Y,
    trap: true,
    note: 'daily digest of the team list listing subjects (completion, badges) - no news from support itself',
    from: `${TEAM_JA.ja} <${TEAM_JA.addr}>`,
    to: `${YUMI.keep}`,
    subject: '[aws-cert] 要約 - 新着 3 件',
    date: d('2026-02-09 23:59:00'),
    auth: 'pass',
    enc: 'utf8qp',
    extra: ['List-Id: aws-cert.corp.example.co.jp', 'Precedence: list'],
    text: `本日の aws-cert グループの新着トピック

1. ${caseSubj(Y)} - AWS Training and Certification (2件)
   「…Credly 側の登録を更新し、3つのバッジを移しました…」
2. バッジ共有用スプレッドシート更新 - 小林 陽子
   「統合完了した人は、認定の取得日を記入してください」

このグループのメール配信設定を変更するには、グループの設定ページをご覧ください。`,
  },
  {
    slug: 'ja-unrel-credly-other-issuer-fwd',
    kind: 'unrelated',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: true,
    note: 'Credly badge from another issuer (the old employer training program), auto-forwarded',
    from: 'Oldworks Academy via Credly <admin@credly.com>',
    to: kimuraOld,
    rcpt: KIMURA.keep,
    subject: 'Oldworks Academyのバッジ発行のお知らせ',
    date: d('2026-01-20 10:40:22'),
    auth: 'fwdPass',
    fwdVia: KIMURA.via,
    enc: 'utf8b64',
    extra: oldworksFwd,
    text: `木村 健一 様

Oldworks Academy から「社内クラウド研修 修了」のバッジが発行されました。
バッジを入手する

Credly`,
  },
  {
    slug: 'ja-unrel-summit-registration',
    kind: 'unrelated',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: true,
    note: 'event registration completed notice from AWS (marketing), forwarded to the team list',
    from: 'AWS Summit Japan <aws-summit-japan@aws.amazon.com>',
    to: teamTo,
    rcpt: YUMI.keep,
    subject: 'AWS Summit Japan 登録完了のお知らせ',
    date: d('2026-02-10 12:00:00'),
    auth: 'pass',
    enc: 'utf8b64',
    extra: teamHdr,
    html: htmlDoc(`<p>ご登録ありがとうございます。</p>
<p>AWS Summit Japan へのご登録が完了しました。当日は受付で QR コードをご提示ください。</p>
<p>AWS 認定をお持ちの方は認定者ラウンジをご利用いただけます。</p>`),
  },
  {
    slug: 'ja-unrel-exam-result',
    kind: 'unrelated',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: null,
    trap: true,
    note: 'exam result (passed) with a Credly mention: not part of the merge case',
    from: PORTAL,
    to: `${KIMURA.keep}`,
    subject: 'AWS 認定試験の結果について',
    date: d('2026-01-25 18:30:00'),
    auth: 'pass',
    enc: 'jisb64',
    text: `木村 健一 様

AWS Certified SysOps Administrator - Associate 試験の合格、おめでとうございます。
認定は AWS Certification アカウントに追加されました。デジタルバッジは数日以内に Credly から届きます。

AWS トレーニングと認定`,
  },
  {
    slug: 'ja-unrel-survey',
    kind: 'unrelated',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: K,
    trap: true,
    note: 'satisfaction survey after the case (「問題は解決しましたか」)',
    from: 'AWS Training and Certification <aws-tc-survey@amazon.com>',
    to: kimuraOld,
    rcpt: KIMURA.keep,
    subject: 'サポートに関するアンケートのお願い',
    date: d('2026-01-24 10:00:00'),
    auth: 'fwdPass',
    fwdVia: KIMURA.via,
    enc: 'utf8qp',
    extra: oldworksFwd,
    text: `木村様

先日はケース ${K} でお問い合わせいただきありがとうございました。
問題は解決しましたか? 1分ほどのアンケートにご協力ください。

はい、解決した / いいえ、解決していない`,
  },
  {
    slug: 'ja-unrel-other-case-exam-booking',
    kind: 'unrelated',
    lang: 'ja',
    trusted: true,
    forUser: true,
    caseId: CASE.kimuraExam,
    trap: true,
    note: "receipt of the user's other case about rescheduling an exam (says its topic)",
    from: SUPPORT,
    to: `${KIMURA.ja} <${KIMURA.keep}>`,
    subject: `[CASE ${CASE.kimuraExam}] [AWS Training and Certification Form Submission] - exam-scheduling`,
    date: d('2026-01-16 20:10:45'),
    auth: 'pass',
    enc: 'jis7',
    text: `木村様

試験予約の日程変更についてのお問い合わせを受け付けました(ケース ${CASE.kimuraExam})。
予約変更の可否を確認し、担当よりご連絡いたします。

AWS トレーニングと認定`,
  },
  {
    slug: 'ja-unrel-colleague-reply-all',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: Y,
    trap: true,
    note: 'a colleague replies all on the team list congratulating; no news from support',
    from: '山本 翔 <yamamoto.sho@corp.example.co.jp>',
    to: teamTo,
    cc: yumiTo,
    subject: `Re: ${caseSubj(Y)}`,
    date: d('2026-02-07 12:10:33'),
    auth: 'pass',
    enc: 'sjisb64',
    text: `中村さん、統合完了おめでとうございます!
自分も前職のアカウントが残っているので、手順を後で教えてください。

iPhoneから送信

${gmailQJa('2026/02/07 11:03', 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', `${YUMI.oldId} の内容を ${YUMI.keepId} に移し、統合を完了しました。`)}`,
  },
  {
    slug: 'ja-unrel-sent-copy-consent',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    forUser: true,
    caseId: K,
    trap: true,
    note: "the user's own consent reply, sent from the old address and Bcc'd to himself via the forward",
    from: kimuraOld,
    to: SUPPORT,
    rcpt: KIMURA.keep,
    subject: `Re: ${caseSubj(K)}`,
    date: d('2026-01-17 21:05:18'),
    auth: 'none',
    enc: 'jis7',
    text: `同意します。統合を進めてください。
木村

${gmailQJa('2026年1月17日(土) 10:15 AWS Training and Certification', `<${SUPPORT_ADDR}>`, 'この処理は取り消しができませんので、内容に問題がなければ「同意します」とご返信をお願いいたします。')}`,
  },
];

export const JA: Msg[] = [...ack, ...ai, ...info, ...conf, ...merged, ...badges, ...closed, ...reply, ...unrel];
