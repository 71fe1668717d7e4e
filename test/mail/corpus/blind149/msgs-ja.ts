// Japanese messages of set "er" (contrast and comparison).
import type { Msg } from './lib.js';
import { AWS_NOTIFY, C, CREDLY_AWS, KENJI, PORTAL, SUPPORT, SUPPORT_ADDR, TANAKA, YUI, gmailJa, mk, outlookJa, paras, q, refTag, sfBlock, subj, to } from './common.js';

const K = to('森 健司', KENJI.keep);
const Kw = to('森 健司', KENJI.src);
const Y = to('石川 結衣', YUI.keep);
const Yold = to('Ishikawa Yui', YUI.src);

const KENJI_REQ = `AWS認定アカウントが2つあるため、1つにまとめていただけないでしょうか。
残す方: ${KENJI.keepId} / ${KENJI.keep}
消える方: ${KENJI.srcId} / ${KENJI.src}
昨年も別件で統合をお願いしましたが、今回は会社のアカウント側にも認定が残っています。
森 健司`;

const YUI_REQ = `はじめまして、石川と申します。
前職のメールで受験したアカウントと個人アカウントがあり、個人の方へ寄せたいです。
個人: ${YUI.keep}
前職: ${YUI.src}
お手数ですがよろしくお願いします。`;

const J = (s: Parameters<typeof mk>[1]): Msg => mk('ja', s);

export const JA: Msg[] = [
  // ---------------- acknowledgement (7)
  J({
    slug: 'ack-vs-old-case', kind: 'acknowledgement', note: 'automatic receipt of the new merge case, contrasted with the old case number', caseId: C.kenji,
    from: SUPPORT, to: K, subject: `[CASE ${C.kenji}] [AWS Training and Certification Form Submission] - account-assistance`, d: '2026-10-05 09:02:11', enc: 'jis7',
    text: `森 健司 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
本メールは自動送信です。

お問い合わせを新しいケースとして受け付けました。
ケース番号: ${C.kenji}
(以前のケース ${C.kenjiOld} は解決済みのため、今回は別番号での受付となります)

担当者が内容を確認し、通常1-2営業日以内にご連絡いたします。
本メールにそのまま返信いただくと、同じケースに追記されます。

AWS Training and Certification Customer Support
${refTag('Kj01a')}`,
  }),
  J({
    slug: 'ack-notify-sjis', kind: 'acknowledgement', note: 'AWS Support notification that a case was opened, with its ID', caseId: C.yui,
    from: AWS_NOTIFY, to: Y, subject: `ケース ${C.yui} が作成されました`, d: '2026-10-12 13:40:05', tz: '+0000', enc: 'sjisb64', wholeSubject: true,
    text: `石川 結衣 様

サポートケースをお受けいたしました。

ケース ID: ${C.yui}
件名: AWS認定アカウントの統合について
重要度: 一般的なガイダンス

ケースの状況はいつでもこちらのメールへの返信で追加のご連絡が可能です。
同じ内容で別のケースを作成されますと、かえってご回答が遅れる場合がございます。

Amazon Web Services`,
  }),
  J({
    slug: 'ack-shape-only', kind: 'acknowledgement', note: 'receipt recognisable by its shape: number, turnaround, no answer yet', caseId: C.kenjiDup,
    from: SUPPORT, to: Kw, subject: `受付のお知らせ [CASE ${C.kenjiDup}]`, d: '2026-10-05 21:17:44', enc: 'utf8qp', wholeSubject: true, crlf: false,
    text: `このたびはご連絡ありがとうございます。

受付番号　${C.kenjiDup}
受付日時　2026/10/05 21:17

内容を拝見のうえ、担当よりご返事差し上げます。
土日祝日を挟む場合は平日より少々お時間をいただきます。

※このメールは送信専用アドレスからお送りしています。`,
  }),
  J({
    slug: 'ack-second-submission', kind: 'acknowledgement', note: 'receipt of a second submission; says it is received and registered, no answer', caseId: C.yuiDup,
    from: SUPPORT, to: Y, subject: subj(C.yuiDup).replace('RE:', ''), d: '2026-10-13 08:55:30', enc: 'jisb64',
    text: `お問い合わせありがとうございます。

先日のフォーム送信とは別に、本日のお問い合わせもケース ${C.yuiDup} として登録いたしました。
内容を確認し次第、担当者よりご連絡いたします。

なお、同じご依頼で複数のケースをお作りいただいた場合、回答までの時間が長くなることがございます。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  J({
    slug: 'ack-lookalike', kind: 'acknowledgement', note: 'receipt-shaped mail from a look-alike domain: still a receipt, untrusted', caseId: C.kenji,
    from: 'AWS Training and Certification <support@amazon-support-jp.com>', to: K, subject: `[CASE ${C.kenji}] お問い合わせ受付`, d: '2026-10-05 09:30:00', enc: 'utf8b64',
    text: `森様

お問い合わせを受け付けました。ケース番号は ${C.kenji} です。
通常のケースとは異なり、本ケースは優先対応の対象です。以下から本人確認を済ませてください。
https://amazon-support-jp.com/verify

AWS サポート`,
  }),
  J({
    slug: 'ack-html', kind: 'acknowledgement', note: 'HTML-only receipt with the case ID', caseId: C.yui,
    from: SUPPORT, to: Y, subject: subj(C.yui).replace('RE:', ''), d: '2026-10-12 22:41:19', enc: 'utf8b64',
    html: `<html><body style="font-family:Meiryo,sans-serif">
<p>石川 結衣 様</p>
<p>AWS トレーニングと認定へのお問い合わせを承りました。</p>
<table border="0"><tr><td>ケース番号</td><td><b>${C.yui}</b></td></tr><tr><td>カテゴリ</td><td>アカウントのお手続き</td></tr></table>
<p>順番に対応しておりますので、担当者からのご連絡を今しばらくお待ちください。</p>
<p style="color:#888">このメールは自動で送信されています。</p>
</body></html>`,
  }),
  J({
    slug: 'ack-bilingual', kind: 'acknowledgement', note: 'bilingual receipt; Japanese text with English boilerplate', caseId: C.kenjiOld,
    from: SUPPORT, to: K, subject: `[CASE ${C.kenjiOld}] お問い合わせを受け付けました / We received your inquiry`, d: '2025-09-02 11:03:00', enc: 'jis7',
    text: `Thank you for contacting AWS Training and Certification. This is an automated message.

お問い合わせありがとうございます。ケース ${C.kenjiOld} を作成いたしました。
英語でのご連絡と日本語でのご連絡、どちらでも対応可能です。
担当者からの返信をお待ちください。

Case ID / ケースID: ${C.kenjiOld}`,
  }),

  // ---------------- ai_answer (6)
  J({
    slug: 'ai-tool-vs-case', kind: 'ai_answer', note: 'automated answer comparing the self-service tool with a support case', caseId: null,
    from: 'AWS トレーニングと認定 <no-reply@aws.training>', to: K, subject: 'アカウント統合に関する自動回答', d: '2026-10-05 08:58:40', enc: 'utf8qp',
    text: `このメッセージはAIにより生成された回答です。

・片方のアカウントにしか認定の履歴がない場合: 認定ポータルの「プロフィール」→「アカウントの統合」から、ご自身で手続きできます。
・両方のアカウントに履歴がある場合: セルフサービスでは進められないため、このフォームから「ケースを作成」を選んでください。

多くのお客様は前者で解決されています。解決しない場合のみケースを作成してください。`,
  }),
  J({
    slug: 'ai-after-merge', kind: 'ai_answer', trap: true, note: 'AI answer explaining what happens after a merge; not a completion', caseId: null,
    from: 'AWS トレーニングと認定 <no-reply@aws.training>', to: Y, subject: '【自動応答】統合後の認定の表示について', d: '2026-10-12 13:35:02', enc: 'jis7',
    text: `生成AIによるご案内です（内容が正確でない場合があります）。

統合の前と後では、次のように変わります。
　統合前: 認定がアカウントごとに分かれて表示される
　統合後: 残したアカウントに全ての認定と特典がまとまって表示される
バッジは統合の完了後に Credly から改めて受け取る形になります。

この回答で解決しない場合は、下の「ケースを作成」からお問い合わせください。`,
  }),
  J({
    slug: 'ai-personal-vs-company', kind: 'ai_answer', note: 'automated suggestion comparing a company address with a personal one', caseId: null,
    from: 'AWS Training and Certification <no-reply@aws.training>', to: Kw, subject: 'AI アシスタントからの回答', d: '2026-10-04 19:12:51', enc: 'sjis8',
    text: `AIアシスタントがお問い合わせ内容から回答を作成しました。

会社のメールアドレスで作られたアカウントは、退職されるとログインできなくなることがあります。
個人のアドレスへ移したい場合、まずログインできる方のアカウントで通知先メールアドレスを変更する方法をお試しください。
それでも2つのアカウントが残る場合は、セルフサービスの統合ツールをご利用いただけます。

役に立ちましたか？　はい / いいえ（ケースを作成）`,
  }),
  J({
    slug: 'ai-badges-later', kind: 'ai_answer', trap: true, note: 'AI answer mentioning badges and the merge in general terms', caseId: null,
    from: 'AWS トレーニングと認定 <no-reply@aws.training>', to: Y, subject: '自動回答: Credly バッジとアカウント統合', d: '2026-10-20 10:20:33', enc: 'utf8b64',
    text: `※自動生成された回答です

Credly のバッジは認定とは別の仕組みで管理されています。
認定アカウントを統合しても、バッジが自動で移るとは限りません。他の方の例でも、統合が終わってから Credly で受け取り直すケースが多く見られます。
まず統合を済ませ、その後 Credly のメールアドレス設定をご確認ください。

問題が解決しない場合は「ケースを作成」を押してください。`,
  }),
  J({
    slug: 'ai-multipart', kind: 'ai_answer', note: 'multipart automated answer pointing to the Merge Accounts tool', caseId: null,
    from: 'AWS Training and Certification <no-reply@aws.training>', to: K, subject: 'ご質問への回答（自動）', d: '2026-10-05 08:57:10', enc: 'utf8qp',
    text: `お問い合わせありがとうございます。以下は自動生成された回答です。

A社のアカウントとB社のアカウントのように、2つの認定アカウントをお持ちの場合は「アカウントの統合」ツールをお使いください。
手順: 認定ポータルにサインイン → プロフィール → アカウントの統合 → もう一方の受験者IDとメールを入力`,
    html: `<div><p>お問い合わせありがとうございます。以下は<b>自動生成</b>された回答です。</p>
<p>A社のアカウントとB社のアカウントのように、2つの認定アカウントをお持ちの場合は「アカウントの統合」ツールをお使いください。</p>
<ol><li>認定ポータルにサインイン</li><li>プロフィール → アカウントの統合</li><li>もう一方の受験者IDとメールを入力</li></ol></div>`,
  }),
  J({
    slug: 'ai-noauth', kind: 'ai_answer', note: 'automated answer with no authentication results: untrusted', caseId: null, auth: 'none',
    from: 'AWS トレーニングと認定 <no-reply@amazon.com>', to: Y, subject: '自動回答：アカウントをひとつにまとめる方法', d: '2026-10-12 13:36:12', enc: 'jisb64',
    text: `AI による回答です。

以前は統合のたびにサポートへの連絡が必要でしたが、現在はセルフサービスのツールで手続きできる場合があります。
ツールが使えないと表示された場合のみ、ケースを作成してください。`,
  }),

  // ---------------- info_request (8)
  J({
    slug: 'info-colleague-had-ids', kind: 'info_request', note: 'asks for both candidate IDs, contrasting with a colleague who sent them', caseId: C.kenji,
    from: SUPPORT, to: K, subject: subj(C.kenji), d: '2026-10-06 10:14:22', enc: 'jis7',
    text: `森 健司 様

お世話になっております。AWS トレーニングと認定サポートの小川です。

同じ会社の方から先週いただいたご依頼では、両方の受験者IDが記載されておりましたが、
今回のお問い合わせには統合元の受験者IDが見当たりませんでした。
お手数ですが、次の2点を本メールへの返信でお送りいただけますか。

1. 統合元アカウントの受験者ID（AWSから始まる番号）
2. 統合元アカウントにご登録のメールアドレス

よろしくお願いいたします。
小川

${refTag('Kj02b')}`,
  }),
  J({
    slug: 'info-confirm-address', kind: 'info_request', trap: true, note: 'asks to confirm and tell which address is kept: information request despite the word confirm', caseId: C.yui,
    from: SUPPORT, to: Y, subject: subj(C.yui), d: '2026-10-14 02:31:09', tz: '+0000', enc: 'sjis8',
    text: `石川様

ご連絡ありがとうございます。
個人アカウントと前職のアカウント、どちらのメールアドレスを今後お使いになるか、ご確認のうえお知らせください。
前職側には2件、個人側には1件の認定がございますので、件数だけで判断せずお決めいただければと存じます。

ご返信をお待ちしております。
AWS T&C サポート　石田`,
  }),
  J({
    slug: 'info-which-to-keep', kind: 'info_request', note: 'asks which of two accounts to keep, laid out side by side', caseId: C.kenji,
    from: SUPPORT, to: K, subject: `Re: ${subj(C.kenji)}`, d: '2026-10-07 16:45:00', enc: 'utf8b64',
    text: `森様

アカウントを確認したところ、次の2つが見つかりました。

　アカウントA: ${KENJI.keepId}　合格 2件（SAA, DVA）
　アカウントB: ${KENJI.srcId}　合格 1件（SOA）

ご依頼文では A を残すと書かれていますが、ログイン履歴は B の方が新しくなっております。
どちらを残すか、改めて返信でご指定いただけますでしょうか。

AWS Training and Certification サポート`,
  }),
  J({
    slug: 'info-outlook-quote', kind: 'info_request', note: 'asks for the notification address and pass date; Outlook quote of the request below', caseId: C.yui,
    from: SUPPORT, to: Y, subject: subj(C.yui), d: '2026-10-13 18:20:51', enc: 'jisb64',
    text: `石川 結衣 様

ご依頼ありがとうございます。担当の中島です。
前職のアカウントについて、ログイン用のアドレスと認定通知用のアドレスが異なって登録されているようです。
認定通知先として使われていたメールアドレスと、最後に合格された試験名・合格日を教えていただけますか。
情報がそろい次第、次の手続きをご案内します。

中島

${outlookJa('石川 結衣 <yui.ishikawa@example.jp>', '2026年10月12日 22:38', SUPPORT_ADDR, 'AWS認定アカウントの統合', YUI_REQ)}`,
  }),
  J({
    slug: 'info-write-from-kept', kind: 'info_request', note: 'asks to write from the kept address AND give the candidate ID: information request', caseId: C.kenjiDup,
    from: SUPPORT, to: Kw, subject: subj(C.kenjiDup), d: '2026-10-06 11:02:37', enc: 'utf8qp',
    text: `森様

今回のご連絡は会社のアドレスから届いておりますが、残したいのは個人アカウントとのこと、承知しました。
お手数ですが、個人アカウントのアドレス（${KENJI.keep}）から本ケースへ返信し、その際に個人アカウントの受験者IDを本文に記載してください。
本人確認のため、送信元が残すアカウントと一致している必要がございます。

AWS トレーニングと認定`,
  }),
  J({
    slug: 'info-skillbuilder-diff', kind: 'info_request', note: 'asks for both Skill Builder and certification addresses because they differ', caseId: C.yui,
    from: SUPPORT, to: Y, subject: `RE:[CASE ${C.yui}] アカウント統合のご依頼`, d: '2026-10-15 09:11:48', enc: 'jis7',
    text: `石川さま

確認しましたところ、Skill Builder に登録されているアドレスと、認定アカウントのアドレスが一致しておりませんでした。
個人側は同じアドレスで登録されていますが、前職側は別々のようです。
両方のアドレスを並べてお知らせいただけますか。あわせて、旧アドレスがまだ受信できるかどうかもお聞かせください。

よろしくお願いいたします。`,
  }),
  J({
    slug: 'info-forged-fail', kind: 'info_request', note: 'asks for a password and IDs; dmarc=fail so untrusted', caseId: C.kenji, auth: 'fail',
    from: SUPPORT, to: K, subject: subj(C.kenji), d: '2026-10-06 03:12:00', enc: 'utf8qp',
    text: `森様

他のお客様とは異なり、お客様の統合には追加の本人確認が必要です。
両アカウントの受験者IDとパスワードを24時間以内に返信してください。

AWS サポート`,
  }),
  J({
    slug: 'info-gmail-thread', kind: 'info_request', note: 'asks for the company name used at registration; Gmail quote below', caseId: C.yui, forUser: false,
    from: SUPPORT, to: Yold, subject: subj(C.yui), d: '2026-10-16 14:03:12', enc: 'sjisb64',
    resent: { from: 'postmaster@legacy-corp.example.com', to: 'helpdesk@legacy-corp.example.com', date: 'Fri, 16 Oct 2026 14:05:40 +0900' },
    text: `石川様

ご返信ありがとうございます。前回のメールでお名前は確認できましたが、登録時の会社名がまだ分かっておりません。
前職のアカウント作成時に入力された会社名を教えていただけますでしょうか。
個人アカウントの方は会社名が空欄でしたので、前職側だけで結構です。

${gmailJa('2026年10月15日(木) 21:40', '石川 結衣 <yui.ishikawa@example.jp>', `中島様\n個人: ${YUI.keep}\n前職: ${YUI.src}\n通知先は前職側も同じです。`)}`,
  }),

  // ---------------- confirmation_request (8)
  J({
    slug: 'conf-unlike-last-time', kind: 'confirmation_request', note: 'asks consent to an irreversible merge, contrasting with the previous case', caseId: C.kenji,
    from: SUPPORT, to: K, subject: subj(C.kenji), d: '2026-10-08 09:40:19', enc: 'jis7',
    text: `森 健司 様

ご返信ありがとうございます。小川です。
前回のケースでは片方に履歴がなかったため確認なしで進められましたが、今回は両方のアカウントに認定がございます。
一度統合すると元の2つの状態には戻せません。

統合元: ${KENJI.srcId}
統合先: ${KENJI.keepId}

上記の内容でよろしければ、このメールに「同意します」とご返信ください。

小川`,
  }),
  J({
    slug: 'conf-before-after', kind: 'confirmation_request', note: 'before/after table and a request to approve the merge', caseId: C.yui,
    from: SUPPORT, to: Y, subject: subj(C.yui), d: '2026-10-17 10:05:44', enc: 'sjis8',
    text: `石川様

いただいた情報で統合の準備ができました。

【統合前】
　個人アカウント ${YUI.keepId}: 認定1件
　前職アカウント ${YUI.srcId}: 認定2件
【統合後】
　個人アカウント ${YUI.keepId}: 認定3件（前職アカウントは削除）

この変更は取り消すことができません。進めてよろしいか、ご返信でお知らせください。

石田`,
  }),
  J({
    slug: 'conf-colleague-agreed', kind: 'confirmation_request', note: 'asks this user for consent; a colleague already gave theirs', caseId: C.kenji,
    from: SUPPORT, to: K, subject: `Re: ${subj(C.kenji)}`, d: '2026-10-09 15:22:00', enc: 'utf8qp',
    text: `森様

同じ部署の方のご依頼は先ほど同意をいただき、作業に入りました。
森様の分は、まだ同意のお返事をいただいておりません。
統合は元に戻せない操作ですので、念のため「${KENJI.srcId} を ${KENJI.keepId} に統合することに同意します」と一行ご返信いただけますでしょうか。
ご返信を確認でき次第、着手いたします。

AWS トレーニングと認定 サポート`,
  }),
  J({
    slug: 'conf-irreversible-jisb64', kind: 'confirmation_request', note: 'asks for explicit approval, listing what will change', caseId: C.yui,
    from: SUPPORT, to: Y, subject: `RE:[CASE ${C.yui}] 統合内容のご確認`, d: '2026-10-17 18:33:27', enc: 'jisb64',
    text: `石川様

統合の実行前に、最終のご確認をお願いしております。

・残るのは個人アカウント（${YUI.keep}）です
・前職アカウントの試験予約、特典はすべて個人アカウントへ移ります
・実行後に分け直すことはできません

差し支えなければ、本メールに承諾の旨をご返信ください。`,
  }),
  J({
    slug: 'conf-multipart', kind: 'confirmation_request', note: 'multipart consent request with English boilerplate', caseId: C.kenji,
    from: SUPPORT, to: K, subject: subj(C.kenji), d: '2026-10-08 09:45:00', enc: 'utf8b64',
    text: `森様

統合の準備が整いました。ご依頼時と異なり、統合先を個人アカウントに変更しております。
この点を含めて問題なければ、統合への同意をご返信ください。統合は不可逆です。

-- Please reply to this email to confirm. This action cannot be undone. --`,
    html: `<p>森様</p><p>統合の準備が整いました。ご依頼時と異なり、統合先を<b>個人アカウント</b>に変更しております。</p>
<p>この点を含めて問題なければ、統合への同意をご返信ください。統合は不可逆です。</p>
<p style="font-size:11px">-- Please reply to this email to confirm. This action cannot be undone. --</p>`,
  }),
  J({
    slug: 'conf-forged-below', kind: 'confirmation_request', note: 'consent request whose only pass verdict sits below the server line: untrusted', caseId: C.yui, auth: 'forgedBelow',
    from: SUPPORT, to: Y, subject: subj(C.yui), d: '2026-10-17 11:00:00', enc: 'jis7',
    text: `石川様

統合の最終確認です。他のお客様と同じく、下記のリンクから同意ボタンを押してください。
https://aws-merge-consent.example.net/c/${C.yui}
同意いただけない場合、統合は行われません。`,
  }),
  J({
    slug: 'conf-reminder', kind: 'confirmation_request', note: 'second request for consent: still asks to agree to the merge', caseId: C.kenji,
    from: SUPPORT, to: K, subject: `【再送】${subj(C.kenji)}`, d: '2026-10-12 10:00:31', enc: 'sjisb64', wholeSubject: true,
    text: `森様

10月8日にお送りした統合のご確認について、まだお返事をいただけていないようでしたので、改めてご連絡しました。
統合すると元に戻せないため、こちらで勝手に進めることはできかねます。
内容にご同意いただける場合は、その旨を本メールにご返信ください。

${sfBlock(SUPPORT_ADDR, '2026/10/08 0:40', KENJI.keep, subj(C.kenji), '上記の内容でよろしければ、このメールに「同意します」とご返信ください。')}`,
  }),
  J({
    slug: 'conf-utf8-8bit', kind: 'confirmation_request', note: 'asks to reply with agreement; irreversible, 8bit UTF-8', caseId: C.yuiDup,
    from: SUPPORT, to: Yold, cc: Y, subject: subj(C.yuiDup), d: '2026-11-02 09:18:45', enc: 'utf88bit',
    text: `石川様

重複していた2件目のケースで、内容を改めて確認いたしました。1件目のケースとは統合先が逆になっておりますが、こちらのケースでは前職アカウントを残すご希望で間違いございませんか。
統合後は戻せませんので、このケースの内容で実行してよいかご返信ください。`,
  }),

  // ---------------- merge_completed (8)
  J({
    slug: 'mc-unlike-last', kind: 'merge_completed', note: 'says this time the merge is complete', caseId: C.kenji,
    from: SUPPORT, to: K, subject: subj(C.kenji), d: '2026-10-13 17:02:55', enc: 'jis7',
    text: `森 健司 様

お待たせいたしました。前回とは異なり、今回は統合が完了しております。
${KENJI.srcId} の認定履歴は ${KENJI.keepId} に移っておりますので、個人アカウントでサインインしてご覧ください。

小川`,
  }),
  J({
    slug: 'mc-before-after', kind: 'merge_completed', note: 'before: two accounts, after: one; the merge is done', caseId: C.yui,
    from: SUPPORT, to: Y, subject: subj(C.yui), d: '2026-10-20 11:48:09', enc: 'sjis8',
    text: `石川様

作業結果をご報告いたします。

作業前: ${YUI.keepId}（認定1件）／ ${YUI.srcId}（認定2件）
作業後: ${YUI.keepId}（認定3件）

前職アカウントは統合により無効となりました。

石田`,
  }),
  J({
    slug: 'mc-certs-yes-badges-no', kind: 'merge_completed', trap: true, note: 'certifications moved, badges not yet: a completion that mentions badges negatively', caseId: C.kenji,
    from: SUPPORT, to: K, subject: `Re: ${subj(C.kenji)}`, d: '2026-10-14 09:10:00', enc: 'utf8qp',
    text: `森様

アカウントの統合が終わりました。
認定は移行済み、バッジは未移行です。
Credly のバッジは認定とは別に扱われるため、数日たっても個人アドレス宛てにバッジのメールが届かない場合は、本ケースにご返信ください。

AWS トレーニングと認定`,
  }),
  J({
    slug: 'mc-portal', kind: 'merge_completed', note: 'certification portal notice that the accounts were merged; no case ID', caseId: null,
    from: PORTAL, to: K, subject: 'アカウントの統合が完了しました', d: '2026-10-13 16:55:12', tz: '+0000', enc: 'jisb64',
    text: `森 健司 様

AWS 認定アカウントの統合処理が完了しました。
これまで2つに分かれていた受験履歴、認定、特典は、今後は受験者ID ${KENJI.keepId} のアカウントにまとめて表示されます。

AWS Certification`,
  }),
  J({
    slug: 'mc-and-closing', kind: 'merge_completed', note: 'completion that also says the case will now close: merge_completed', caseId: C.yui,
    from: SUPPORT, to: Y, subject: subj(C.yui), d: '2026-10-20 12:00:00', enc: 'utf8b64',
    text: `石川様

ご依頼いただいたアカウントの統合を実施いたしました。前職アカウントの認定2件は、個人アカウントの認定と並んで表示されるようになっています。
本件はこれで完了となりますので、ケースはクローズさせていただきます。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  J({
    slug: 'mc-lookalike-server', kind: 'merge_completed', note: 'completion notice whose verdict comes from a look-alike authserv-id: untrusted', caseId: C.kenji, auth: 'lookalikeServer',
    from: SUPPORT, to: K, subject: subj(C.kenji), d: '2026-10-11 04:40:00', enc: 'jis7',
    text: `森様

他のお客様よりも早く、統合作業が完了しました。
認定の表示を確認するため、次のページからサインインしてください。
https://aws-certification-login.example.org/`,
  }),
  J({
    slug: 'mc-check-all', kind: 'merge_completed', note: 'merged; asks the user to check it all looks right: stays merge_completed', caseId: C.kenji,
    from: SUPPORT, to: K, subject: subj(C.kenji), d: '2026-10-13 17:30:00', enc: 'sjisb64',
    text: `森様

統合の処理が完了しました、旧アカウントの受験履歴とバウチャーも統合先へ移っております。
お手数ですが、一度サインインしていただき、表示に誤りがないかご確認ください。

${outlookJa('森 健司 <kenji.mori@example.net>', '2026年10月9日 16:02', SUPPORT_ADDR, subj(C.kenji), `${KENJI.srcId} を ${KENJI.keepId} に統合することに同意します。`)}`,
  }),
  J({
    slug: 'mc-like-colleague', kind: 'merge_completed', note: 'this user\'s merge is done, like the colleague\'s', caseId: C.kenji,
    from: SUPPORT, to: K, cc: TANAKA, subject: subj(C.kenji), d: '2026-10-13 18:05:10', enc: 'jis7',
    text: `森様

先日ご一緒にご依頼いただいた田中様と同様に、森様のアカウントも統合を終えました。
田中様は先週、森様は本日付での完了です。

小川`,
  }),

  // ---------------- badges_transferred (8)
  J({
    slug: 'b-credly-issued', kind: 'badges_transferred', note: 'AWS badge issued via Credly to the kept address', caseId: null,
    from: CREDLY_AWS, to: K, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', d: '2026-10-16 02:14:09', tz: '+0000', enc: 'utf8b64', wholeSubject: true,
    text: `森 健司 様

Amazon Web Services Training and Certification から「AWS Certified SysOps Administrator - Associate」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/5b1e

Credly`,
    html: `<div style="font-family:sans-serif"><p>森 健司 様</p>
<p>Amazon Web Services Training and Certification から「AWS Certified SysOps Administrator - Associate」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/5b1e" style="background:#ff6b00;color:#fff;padding:8px">バッジを入手する</a></p><p>Credly</p></div>`,
  }),
  J({
    slug: 'b-support-followed', kind: 'badges_transferred', note: 'support says the badges now followed the certifications', caseId: C.kenji,
    from: SUPPORT, to: K, subject: subj(C.kenji), d: '2026-10-19 10:02:41', enc: 'jis7',
    text: `森様

先日のご連絡時点では認定のみ移行済みでしたが、本日、Credly のバッジも個人アカウント側へ移しました。
${KENJI.keep} で Credly にサインインすると、SOA のバッジが SAA・DVA と並んで表示されます。

小川`,
  }),
  J({
    slug: 'b-moved-closing', kind: 'badges_transferred', note: 'badges moved and the case closes: badges_transferred', caseId: C.yui,
    from: SUPPORT, to: Y, subject: subj(C.yui), d: '2026-10-22 13:12:00', enc: 'sjis8',
    text: `石川様

前職アカウントに紐づいていたバッジ2個を、個人アドレスの Credly アカウントへ移行いたしました。
これで認定・バッジともに個人側にそろいましたので、本ケースは解決済みとしてクローズいたします。`,
  }),
  J({
    slug: 'b-credly-html', kind: 'badges_transferred', note: 'HTML-only Credly mail for an AWS badge', caseId: null,
    from: CREDLY_AWS, to: Y, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', d: '2026-10-23 05:40:00', tz: '+0000', enc: 'utf8qp', wholeSubject: true,
    html: `<html><body><table width="600"><tr><td>
<h2>石川 結衣 様、おめでとうございます</h2>
<p>Amazon Web Services Training and Certification が「AWS Certified Developer - Associate」のバッジをあなたに発行しました。</p>
<p><a href="https://www.credly.com/badges/0f2e/accept">バッジを入手する</a></p>
</td></tr></table></body></html>`,
  }),
  J({
    slug: 'b-before-old', kind: 'badges_transferred', note: 'badges used to sit on the old account, now on the kept one', caseId: C.kenji,
    from: SUPPORT, to: K, subject: `RE: ${subj(C.kenji)}`, d: '2026-10-20 09:31:00', enc: 'jisb64',
    text: `森様

以前は旧アカウントのアドレス宛てにバッジが残っておりましたが、現在は統合先のアカウントにすべて表示されております。
Credly からの受け取りメールが届いておりましたら、念のためそちらも承認しておいてください。`,
  }),
  J({
    slug: 'b-forged-credly', kind: 'badges_transferred', note: 'badge-issued mail from a look-alike Credly domain: untrusted', caseId: null,
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: Y, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', d: '2026-10-23 05:41:00', tz: '+0000', enc: 'utf8qp', wholeSubject: true,
    html: `<p>石川様</p><p>統合後のアカウントにバッジを発行しました。前のアカウントのバッジとは異なり、こちらは有効期限がございません。</p><p><a href="https://credIy.com/accept">バッジを入手する</a></p>`,
  }),
  J({
    slug: 'b-three-of-three', kind: 'badges_transferred', note: 'support: all three badges now on the kept account', caseId: C.yui,
    from: SUPPORT, to: Y, subject: subj(C.yui), d: '2026-10-22 09:50:12', enc: 'sjisb64',
    text: `石川様

お問い合わせのバッジについてです。統合直後は3個中1個しか個人側に出ていませんでしたが、残りの2個もこちらで付け替えました。
現在、3個とも個人アカウントでご覧いただける状態です。

石田`,
  }),
  J({
    slug: 'b-credly-dkimonly', kind: 'badges_transferred', note: 'Credly AWS badge mail authenticated by aligned DKIM only', caseId: null, auth: 'dkimonly',
    from: CREDLY_AWS, to: K, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', d: '2026-10-16 02:15:40', tz: '+0000', enc: 'utf8qp', wholeSubject: true,
    text: `Amazon Web Services Training and Certification から新しいバッジが届いています。
AWS Certified Solutions Architect - Associate

[バッジを入手する] https://www.credly.com/earner/earned/badge/71ac

このメールは ${KENJI.keep} 宛てに送信されました。`,
  }),

  // ---------------- case_closed (7)
  J({
    slug: 'cc-restates-merge', kind: 'case_closed', trap: true, note: 'closing notice that only restates last week\'s merge', caseId: C.kenji,
    from: SUPPORT, to: K, subject: subj(C.kenji), d: '2026-10-26 10:00:00', enc: 'jis7',
    text: `森様

先週お知らせしたとおり統合は完了しており、その後ご質問もございませんでしたので、本ケースをクローズいたします。
別のご用件がございましたら、新しいケースでお問い合わせください。`,
  }),
  J({
    slug: 'cc-auto-7days', kind: 'case_closed', note: 'will auto-close in 7 days without a reply', caseId: C.kenjiDup,
    from: SUPPORT, to: Kw, subject: subj(C.kenjiDup), d: '2026-10-15 09:00:00', enc: 'sjis8',
    text: `森様

本ケースについて、お客様からのご返信が確認できておりません。
同じ内容の別ケース（${C.kenji}）で対応が進んでおりますので、こちらのケースは7日後に自動的にクローズされます。
引き続きこちらでのやり取りをご希望の場合は、期限までにご返信ください。`,
  }),
  J({
    slug: 'cc-resolved-both', kind: 'case_closed', note: 'this case marked resolved, like the previous one', caseId: C.yui,
    from: SUPPORT, to: Y, subject: subj(C.yui), d: '2026-10-28 11:20:00', enc: 'utf8qp',
    text: `石川様

前回のケースと同じく、今回のケースも本日付で解決済みといたしました。
ご不明な点があれば、このメールに返信いただくとケースが再開されます。`,
  }),
  J({
    slug: 'cc-notify-html', kind: 'case_closed', note: 'AWS Support notification that the case was closed', caseId: C.yui,
    from: AWS_NOTIFY, to: Y, subject: `ケース ${C.yui} はクローズされました`, d: '2026-10-28 02:21:00', tz: '+0000', enc: 'utf8b64', wholeSubject: true,
    html: `<p>石川 結衣 様</p><p>ケース ID <b>${C.yui}</b> のステータスが「解決済み」に変わりました。</p><p>対応にご満足いただけなかった場合は、14日以内であればケースを再度開くことができます。</p><p>Amazon Web Services</p>`,
  }),
  J({
    slug: 'cc-3days', kind: 'case_closed', note: 'reminder: closes in 3 days without a reply', caseId: C.kenji,
    from: SUPPORT, to: K, subject: subj(C.kenji), d: '2026-10-22 15:15:00', enc: 'jisb64',
    text: `森様

その後いかがでしょうか。
他にご質問などがない場合、3日後に本ケースは自動でクローズとなります。
ご返信いただければ、引き続き対応いたします。`,
  }),
  J({
    slug: 'cc-other-only', kind: 'case_closed', note: 'closing notice verified only by a foreign authserv-id: untrusted', caseId: C.yui, auth: 'otherOnly',
    from: SUPPORT, to: Y, subject: subj(C.yui), d: '2026-10-27 10:00:00', enc: 'jis7',
    text: `石川様

お客様のケースは解決済みとしてクローズされました。
他のケースとは異なり、再開はできません。`,
  }),
  J({
    slug: 'cc-badges-restated', kind: 'case_closed', trap: true, note: 'closes the case, only restating that the badges moved earlier', caseId: C.kenji,
    from: SUPPORT, to: K, subject: subj(C.kenji), d: '2026-10-27 09:45:00', enc: 'sjisb64',
    text: `森様

バッジの移行も先日完了しておりますので、本件は解決済みとさせていただきます。
ご利用ありがとうございました。

小川`,
  }),

  // ---------------- support_reply (9)
  J({
    slug: 'sr-colleague-done-yours-waiting', kind: 'support_reply', trap: true, note: 'colleague\'s merge done, this user\'s waits: status only', caseId: C.kenji,
    from: SUPPORT, to: K, subject: subj(C.kenji), d: '2026-10-09 11:11:00', enc: 'jis7',
    text: `森様

同僚の方の統合は完了しましたが、お客様の分はご返信待ちです。
ご返信をいただいてからの作業となりますので、お手すきの際にご確認ください。

小川`,
  }),
  J({
    slug: 'sr-not-yet-escalated', kind: 'support_reply', trap: true, note: 'merge not completed yet; escalated', caseId: C.yui,
    from: SUPPORT, to: Y, subject: subj(C.yui), d: '2026-10-19 16:40:00', enc: 'sjis8',
    text: `石川様

ご連絡が遅くなり申し訳ございません。通常は数日で終わる作業ですが、今回はまだ統合が完了しておりません。
前職アカウント側の試験予約が残っていたことが原因のようで、専門チームへエスカレーションいたしました。`,
  }),
  J({
    slug: 'sr-thanks-consent', kind: 'support_reply', trap: true, note: 'thanks for confirming; passed to the team', caseId: C.kenji,
    from: SUPPORT, to: K, subject: subj(C.kenji), d: '2026-10-10 09:30:00', enc: 'utf8qp',
    text: `森様

ご同意のお返事、確かに受け取りました。
統合担当のチームに依頼を回しましたので、作業が終わり次第こちらからご連絡します。
前回のケースよりは少しお時間をいただくかもしれません。`,
  }),
  J({
    slug: 'sr-once-done', kind: 'support_reply', trap: true, note: 'conditional: will report when the merge is done', caseId: C.yui,
    from: SUPPORT, to: Y, subject: subj(C.yui), d: '2026-10-18 10:12:00', enc: 'jisb64',
    text: `石川様

統合が完了しましたら、改めてこのケースでお知らせいたします。
バッジについても、統合後に移行されたかどうかをあわせてお伝えします。`,
  }),
  J({
    slug: 'sr-merged-cases', kind: 'support_reply', trap: true, note: 'merged duplicate cases, not accounts', caseId: C.kenji,
    from: SUPPORT, to: K, subject: subj(C.kenji), d: '2026-10-06 12:00:00', enc: 'utf8b64',
    text: `森様

会社のアドレスからいただいたケース（${C.kenjiDup}）と、個人のアドレスからいただいたケース（${C.kenji}）を1つに統合しました。
今後はケース ${C.kenji} でやり取りさせてください。アカウント自体の統合はまだ行っておりません。`,
  }),
  J({
    slug: 'sr-other-customers', kind: 'support_reply', trap: true, note: 'status: others took 3-5 days; in progress', caseId: C.kenji,
    from: SUPPORT, to: K, subject: subj(C.kenji), d: '2026-10-12 14:00:00', enc: 'sjisb64',
    text: `森様

お問い合わせの件、現在作業中です。
他のお客様の例では、同意をいただいてから3-5営業日ほどで統合が終わっております。
森様の分も同程度を見込んでおりまs。`,
  }),
  J({
    slug: 'sr-cannot-proceed', kind: 'support_reply', trap: true, note: 'unable to merge for now because of a system issue', caseId: C.yui,
    from: SUPPORT, to: Y, subject: subj(C.yui), d: '2026-10-19 09:00:00', enc: 'jis7',
    text: `石川様

同日にご依頼いただいた他の方の統合は済みましたが、石川様の分は現時点で統合を進めることができません。
システム側の不具合が原因のため、修正されしだい作業を再開いたします。お客様の側で必要な操作はございません。`,
  }),
  J({
    slug: 'sr-write-from-kept', kind: 'support_reply', note: 'asks only to write from the kept address, no data', caseId: C.kenjiDup,
    from: SUPPORT, to: Kw, subject: subj(C.kenjiDup), d: '2026-10-06 09:00:00', enc: 'utf88bit',
    text: `森様

会社のアドレスからのご連絡と、個人のアドレスからのご連絡では、対応できる範囲が異なります。
お手数ですが、今後は残したいアカウントのアドレスから本ケースへご返信いただけますと幸いです。`,
  }),
  J({
    slug: 'sr-voucher-answer', kind: 'support_reply', trap: true, note: 'answers a voucher question in general terms about after a merge', caseId: C.yui,
    from: SUPPORT, to: Y, subject: subj(C.yui), d: '2026-10-16 17:00:00', enc: 'utf88bit',
    text: `石川様

50%割引バウチャーについてのご質問にお答えします。
統合前に前職アカウントにあった特典は、統合後は個人アカウントで使えるようになります。
ただし有効期限は元のままで、延長はされません。`,
  }),

  // ---------------- unrelated (11)
  J({
    slug: 'u-own-consent', kind: 'unrelated', trap: true, note: 'the user\'s own consent reply (sent copy)', caseId: C.kenji,
    from: K, to: SUPPORT, subject: `Re: ${subj(C.kenji)}`, d: '2026-10-09 16:02:00', enc: 'jis7', deliveredTo: KENJI.keep,
    text: `小川様

${KENJI.srcId} を ${KENJI.keepId} に統合することに同意します。
前回と違って今回は会社側にも認定があるので、よろしくお願いします。

森
iPhoneから送信

${gmailJa('2026年10月9日(金) 15:22', 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', '統合は元に戻せない操作ですので、念のため一行ご返信いただけますでしょうか。')}`,
  }),
  J({
    slug: 'u-fwd-colleague', kind: 'unrelated', trap: true, note: 'user forwards to a colleague comparing their merges; not delivered to the user', caseId: C.kenji,
    from: Kw, to: TANAKA, subject: `Fw: ${subj(C.kenji)}`, d: '2026-10-13 18:30:00', enc: 'jisb64',
    text: `田中さん

僕の方も今日統合完了の連絡が来ました。田中さんは先週でしたよね。
バッジはまだ移っていないので、そっちも同じか教えてください。

---------- 転送メッセージ ----------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
件名: ${subj(C.kenji)}

先日ご一緒にご依頼いただいた田中様と同様に、森様のアカウントも統合を終えました。`,
  }),
  J({
    slug: 'u-ms-badge', kind: 'unrelated', trap: true, note: 'Credly badge from Microsoft, not AWS', caseId: null,
    from: 'Microsoft via Credly <admin@credly.com>', to: Y, subject: 'Microsoftのバッジ発行のお知らせ', d: '2026-10-21 03:00:00', tz: '+0000', enc: 'utf8qp', wholeSubject: true,
    html: `<p>石川 結衣 様</p><p>Microsoft から「Azure Fundamentals」のバッジが発行されました。AWS のバッジと同じく、Credly のプロフィールに並べて表示できます。</p><p><a href="https://www.credly.com/earner/earned/badge/aa91">バッジを入手する</a></p>`,
  }),
  J({
    slug: 'u-exam-pass', kind: 'unrelated', trap: true, note: 'exam result mail; compares with a previous attempt', caseId: null,
    from: 'AWS Certification <no-reply@certification.aws.training>', to: K, subject: 'AWS認定試験の結果のお知らせ', d: '2026-11-04 06:10:00', tz: '+0000', enc: 'utf8b64', wholeSubject: true,
    text: `森 健司 様

前回の受験とは異なり、今回は合格となりました。おめでとうございます。
認定の付与が完了しました。デジタルバッジは数日以内に Credly から届きます。

AWS Certification`,
  }),
  J({
    slug: 'u-survey', kind: 'unrelated', trap: true, note: 'satisfaction survey mentioning the case and resolution', caseId: C.kenji,
    from: 'AWS Training and Certification <survey@amazon.com>', to: K, subject: `ケース ${C.kenji} についてのアンケート`, d: '2026-10-27 01:00:00', tz: '+0000', enc: 'sjis8', wholeSubject: true,
    text: `森様

先日のケース ${C.kenji}（アカウントの統合）について、問題は解決しましたか？
他のサポート窓口と比べて、今回の対応はいかがでしたか。1分ほどのアンケートにご協力ください。
https://survey.aws.example/s/7Q2`,
  }),
  J({
    slug: 'u-ooo-colleague', kind: 'unrelated', trap: true, note: 'colleague\'s out-of-office reply quoting merge talk', caseId: null,
    from: TANAKA, to: Kw, subject: '自動応答: 統合の件（バッジ移行済み？）', d: '2026-10-13 18:31:00', enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `10月13日から10月16日まで不在にしております。
お急ぎの方は部署の代表アドレスまでご連絡ください。
田中`,
  }),
  J({
    slug: 'u-refund-case', kind: 'unrelated', trap: true, note: 'another support case (exam refund) resolved and closed', caseId: C.yuiOther,
    from: SUPPORT, to: Y, subject: `RE:[CASE ${C.yuiOther}] 試験料の返金について`, d: '2026-11-05 10:00:00', enc: 'jisb64',
    text: `石川様

試験料の返金のお問い合わせ（ケース ${C.yuiOther}）につきまして、返金処理が完了しました。
アカウント統合のケースとは別件として扱っております。本件はこれでクローズいたします。`,
  }),
  J({
    slug: 'u-marketing', kind: 'unrelated', trap: true, note: 'marketing comparing individual and team plans; "one account" wording', caseId: null,
    from: 'AWS Skill Builder <aws-skillbuilder@marketing.aws.amazon.com>', to: K, subject: '個人プランとチームプラン、どちらがお得？', d: '2026-10-30 00:30:00', tz: '+0000', enc: 'utf8b64', wholeSubject: true,
    text: `個人プラン: 自分のペースで学習
チームプラン: 管理者がメンバーの学習状況を1つのアカウントでまとめて確認

今なら年額プランが20%オフ。複数のアカウントを統合して管理しましょう。`,
    html: `<table><tr><th>個人プラン</th><th>チームプラン</th></tr><tr><td>自分のペースで学習</td><td>管理者がメンバーの学習状況を1つのアカウントでまとめて確認</td></tr></table><p>今なら年額プランが20%オフ。複数のアカウントを統合して管理しましょう。</p>`,
  }),
  J({
    slug: 'u-credly-merge-code', kind: 'unrelated', trap: true, note: 'Credly\'s own account-merge verification code', caseId: null,
    from: 'Credly <admin@credly.com>', to: Y, subject: 'Credly アカウント統合の確認コード', d: '2026-10-24 07:12:00', tz: '+0000', enc: 'utf8qp', wholeSubject: true,
    text: `石川様

Credly で別のメールアドレスのアカウントとの統合がリクエストされました。
確認コード: 482 913
このコードを入力すると、2つの Credly アカウントが1つになります。心当たりがない場合は無視してください。`,
  }),
  J({
    slug: 'u-skillbuilder-plan', kind: 'unrelated', trap: true, note: 'Skill Builder plan change completed: not the certification merge', caseId: null,
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: K, subject: 'サブスクリプションの変更が完了しました', d: '2026-11-01 02:00:00', tz: '+0000', enc: 'sjisb64', wholeSubject: true,
    text: `森様

個人プランから Team プランへの移行が完了しました。
これまでの学習履歴は新しいプランに引き継がれています。`,
  }),
  J({
    slug: 'u-summit', kind: 'unrelated', note: 'event invitation for certified people', caseId: null,
    from: 'AWS Japan <aws-japan-events@amazon.com>', to: Y, subject: 'AWS Summit 認定者ラウンジのご案内', d: '2026-11-06 01:00:00', tz: '+0000', enc: 'jis7',
    text: `AWS 認定をお持ちの皆さまへ

昨年は事前登録制でしたが、今年はどなたでもご入場いただけます。
認定者ラウンジでは、ステッカーの配布や交流会を予定しています。`,
  }),
];

// silence "unused" for helpers kept for symmetry with the English file
void q;
void paras;
