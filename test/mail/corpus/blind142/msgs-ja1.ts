// Set ek, Japanese part 1: receipts, AI answers, information and confirmation requests, completions.
import type { Msg } from './lib.js';
import { AWS_NOTIFY, CASE, CERT_PORTAL, MISAKI, MISAKI_REQ, SHO, SHO_REQ, SUPPORT, SUZUKI, SUZUKI_REQ, d, formSubject, gmailJa, mk, outlookJa, quote, sfOriginal, sfRef } from './common.js';

const S = SUZUKI;
const M = MISAKI;
const N = SHO;

export const JA1: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ack-suzuki', kind: 'acknowledgement', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'automatic receipt of the new case, ID in subject and body',
    from: SUPPORT, to: `${S.ja} <${S.keep}>`, subject: `[CASE ${CASE.suzuki}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2026-11-02 10:14:09'), enc: 'jis7',
    text: `${S.ja} 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
このメールは自動送信されています。

お問い合わせを受け付けました。ケース番号は ${CASE.suzuki} です。
担当者より順次ご連絡いたしますので、今しばらくお待ちください。
本件について追加の情報がある場合は、このメールにそのまま返信してください。

※同じ内容で別のお問い合わせを作成されますと、回答が遅れる場合がございます。

AWS Training and Certification Customer Support`,
  }),
  mk({
    slug: 'ack-misaki-sjis', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki, trap: false,
    note: 'receipt from the AWS notification address, case ID in subject',
    from: AWS_NOTIFY, to: M.keep, subject: `お問い合わせを受け付けました [ケース ID: ${CASE.misaki}]`,
    date: d('2026-10-19 22:41:50'), enc: 'sjisb64', wholeSubject: true,
    text: `高橋 美咲 様

サポートケース ${CASE.misaki} を作成しました。
件名: アカウントの統合について
カテゴリ: AWS トレーニングと認定

サポート担当者がケースを確認し、通常1-2営業日以内にご連絡します。
ケースの状況はサポートセンターでいつでもご確認いただけます。

このメールアドレスは送信専用です。

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-sho-html', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho, trap: false,
    note: 'HTML-only receipt; the case number sits in a table',
    from: SUPPORT, to: `${N.ja} <${N.keep}>`, subject: `[CASE ${CASE.sho}] お問い合わせ受付のお知らせ`,
    date: d('2026-11-20 08:02:33'), enc: 'utf8b64',
    html: `<html><body style="font-family:Meiryo,sans-serif">
<p>${N.ja} 様</p>
<p>お問い合わせありがとうございます。以下の内容で受け付けました。</p>
<table border="1" cellpadding="4">
<tr><td>ケース番号</td><td>${CASE.sho}</td></tr>
<tr><td>種別</td><td>AWS トレーニングと認定</td></tr>
<tr><td>受付日時</td><td>2026/11/20 08:02</td></tr>
</table>
<p>担当より改めてご連絡いたします。恐れ入りますが、返信をお待ちください。</p>
<p>AWS Training and Certification</p>
</body></html>`,
  }),
  mk({
    slug: 'ack-suzuki-dup', kind: 'acknowledgement', lang: 'ja', caseId: CASE.suzukiDup, trap: false,
    note: 'receipt of a second case the user opened by mistake; still a receipt',
    from: SUPPORT, to: S.src, subject: `[CASE ${CASE.suzukiDup}] [AWS Training and Certification Form Submission] - account-assistance`,
    date: d('2026-11-02 10:31:47'), enc: 'jisb64',
    text: `お問い合わせを受け付けました。(自動返信)

ケース ID: ${CASE.suzukiDup}

内容を確認し、担当者からご連絡いたします。
恐れ入りますが、同じご依頼で複数のケースをお作りになると、いずれのケースも対応が遅れる場合があります。

--
AWS Training and Certification`,
  }),
  mk({
    slug: 'ack-misaki-bodyonly', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki, trap: false,
    note: 'receipt whose subject carries no ID; the ID is only in the body',
    from: SUPPORT, to: M.keep, subject: 'AWS トレーニングと認定: お問い合わせありがとうございます',
    date: d('2026-10-19 22:42:15'), enc: 'jisb64',
    text: `このたびはお問い合わせいただきありがとうございます。

お客様のお問い合わせは、ケース番号 ${CASE.misaki} として登録されました。
お問い合わせ内容の確認後、担当者が回答いたします。
ご返信の際は件名を変更せずにお送りください。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ack-fake-server', kind: 'acknowledgement', lang: 'ja', caseId: '1786699001', trap: false, auth: 'lookalikeServer', trusted: false,
    note: 'reads as a receipt but its Authentication-Results comes from a look-alike authserv-id: untrusted',
    from: SUPPORT, to: N.keep, subject: '[CASE 1786699001] お問い合わせを受け付けました',
    date: d('2026-11-21 03:12:40'), enc: 'utf88bit',
    text: `${N.ja} 様

お問い合わせを受け付けました。ケース番号: 1786699001
担当者からの連絡をお待ちください。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ack-fields-listed', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'receipt that echoes the merge fields the user entered; nothing has been merged',
    from: SUPPORT, to: N.keep, subject: formSubject(CASE.sho).replace('RE:', ''),
    date: d('2026-11-20 08:02:35'), enc: 'utf8qp',
    text: `お問い合わせを受け付けました (ケース ${CASE.sho})。

受付内容
  お問い合わせの種類: アカウントの統合
  統合先アカウント: ${N.keepId}
  統合元アカウント: ${N.srcId}
  対象: すべての認定とバウチャー
  メッセージ: ${SHO_REQ.split('\n').join(' ')}

両方のアカウントの情報を確認したうえで、担当者がご連絡します。

AWS Training and Certification`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ai-tool-first', kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'automated suggestion to try the self-service Merge Accounts tool',
    from: AWS_NOTIFY, to: S.keep, subject: 'お問い合わせへの自動回答: 認定アカウントの統合',
    date: d('2026-11-02 10:09:02'), enc: 'jis7',
    text: `このメッセージは AI によって生成された回答です。

2つの認定アカウントをお持ちの場合、どちらか一方のアカウントに認定履歴がなければ、
認定アカウントのプロフィールにある「アカウントの統合」(Merge Accounts) ツールからご自身で統合できます。

手順:
1. 残したいアカウントでサインインします
2. プロフィール > アカウントの統合 を開きます
3. もう一方のアカウントの認証情報を入力します

この回答で解決しない場合は、「ケースを作成」を選んでください。`,
  }),
  mk({
    slug: 'ai-after-merge', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI answer that describes what a merge does; it reports no merge',
    from: AWS_NOTIFY, to: M.keep, subject: '自動回答: アカウント統合後の認定とバウチャー',
    date: d('2026-10-19 22:35:18'), enc: 'utf8b64',
    text: `AI アシスタントからのご案内です (自動生成)

統合が完了すると、両方のアカウントにあるすべての認定、受験履歴、特典 (50% 割引バウチャーなど) が残すアカウントにまとめられます。
統合元のアカウントはその後ご利用いただけなくなります。
なお、統合は取り消すことができません。

いずれのアカウントにも認定がある場合、セルフサービスのツールはご利用いただけないため、サポートケースを作成してください。

この回答は役に立ちましたか? はい / いいえ`,
  }),
  mk({
    slug: 'ai-html-alt', kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'generated answer in multipart/alternative pointing to the portal tool',
    from: AWS_NOTIFY, to: N.keep, subject: 'AI による回答のご案内',
    date: d('2026-11-20 07:58:44'), enc: 'utf8qp',
    text: `ご質問: 認定アカウントが2つある

自動回答:
片方のアカウントが未使用であれば、認定ポータルの Merge Accounts 機能で統合できます。
両方に合格履歴がある場合のみ、サポートへのお問い合わせが必要です。

※この回答は生成 AI によるもので、誤りを含む可能性があります。`,
    html: `<div><p><b>ご質問:</b> 認定アカウントが2つある</p>
<p><b>自動回答:</b><br>片方のアカウントが未使用であれば、認定ポータルの Merge Accounts 機能で統合できます。<br>
両方に合格履歴がある場合のみ、サポートへのお問い合わせが必要です。</p>
<p style="color:#888">※この回答は生成 AI によるもので、誤りを含む可能性があります。</p></div>`,
  }),
  mk({
    slug: 'ai-badges-hint', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'AI hint about claiming badges after a merge; no badge has moved',
    from: AWS_NOTIFY, to: S.keep, subject: '自動回答: Credly バッジについて',
    date: d('2026-11-02 10:09:40'), enc: 'sjis8',
    text: `よくあるご質問への自動回答です。

Q. 統合するとバッジはどうなりますか。
A. 一部のバッジは自動では移行されない場合があります。アカウントの統合を先に行い、その後 Credly で残すアカウントのメールアドレス宛にバッジを受け取ってください。
バッジが両方の Credly アカウントに分かれている場合は、Credly 側でアカウントをまとめることもできます。

この内容で解決しない場合は、ケースを作成してください。`,
  }),
  mk({
    slug: 'ai-sjis-short', kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'short automated reply from the contact form',
    from: AWS_NOTIFY, to: M.src, subject: 'ご質問への回答 (自動)',
    date: d('2026-10-19 22:33:06'), enc: 'sjisb64',
    text: `ご入力の内容に基づき、次の記事をおすすめします。

「認定アカウントを統合する方法」
いずれか一方のアカウントに認定がない場合は、ご自身で統合いただけます。

問題が解決しない場合は、画面下部の「ケースを作成」からお問い合わせください。
(このメッセージは自動的に作成されました)`,
  }),
  mk({
    slug: 'ai-mixed-boiler', kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'Japanese AI answer with English boilerplate; language is ja',
    from: AWS_NOTIFY, to: N.keep, subject: 'Automated answer / 自動回答',
    date: d('2026-11-20 07:59:30'), enc: 'utf8qp', hdr: 'utf8q',
    text: `This answer was generated automatically.

残したいアカウントにサインインし、もう一方のアカウントのメールアドレスとパスワードを入力すると、両方のアカウントを1つにできます。
ただし、両方のアカウントに受験履歴がある場合はこの方法は使えません。その場合はサポートケースを作成してください。

Was this helpful? Yes / No`,
  }),
  mk({
    slug: 'ai-tool-jisb64', kind: 'ai_answer', lang: 'ja', caseId: null, trap: false,
    note: 'short automated answer pointing to the portal tool',
    from: AWS_NOTIFY, to: S.keep, subject: '自動回答: アカウントの統合方法',
    date: d('2026-11-01 18:20:11'), enc: 'jisb64',
    text: `自動回答です。

認定アカウントが複数ある場合は、プロフィール画面のアカウント統合ツールをお試しください。
いずれのアカウントにも認定履歴がある場合は、サポートまでお問い合わせください。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'info-which-keep', kind: 'info_request', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'asks which of the two accounts to keep',
    from: SUPPORT, to: S.keep, subject: formSubject(CASE.suzuki),
    date: d('2026-11-03 15:22:40'), enc: 'jis7',
    text: `鈴木様

お問い合わせありがとうございます。AWS トレーニングと認定サポートの佐々木です。

両方のアカウント (${S.keepId}, ${S.srcId}) を確認しました。
統合後に残るのはどちらか一方のアカウントのみとなりますので、残すアカウントの候補者 ID をお知らせいただけますでしょうか。

よろしくお願いいたします。

佐々木
AWS Training and Certification

${sfRef('8Kq2x1')}

${sfOriginal(S.keep, '2026/11/02 10:14', 'aws-cs-trainingcertification-form@amazon.com', 'account-assistance', quote(SUZUKI_REQ))}`,
  }),
  mk({
    slug: 'info-both-ids', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, trap: false,
    note: 'asks for the candidate IDs and addresses of both accounts',
    from: SUPPORT, to: M.keep, subject: formSubject(CASE.misaki),
    date: d('2026-10-21 11:05:12'), enc: 'jisb64',
    text: `高橋 美咲 様

AWS トレーニングと認定にご連絡いただきありがとうございます。

統合作業に必要なため、お手数ですが下記をご返信ください。
- 両方のアカウントの候補者 ID (AWS から始まる番号)
- それぞれのアカウントに登録されているメールアドレス
- 各アカウントで取得された認定の名称

上記がそろい次第、手続きを進めます。

AWS Training and Certification 中川

${quote(MISAKI_REQ)}`,
  }),
  mk({
    slug: 'info-confirm-worded', kind: 'info_request', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'worded with 「ご確認のうえお知らせください」 but asks for an address: information request',
    from: SUPPORT, to: N.keep, subject: formSubject(CASE.sho),
    date: d('2026-11-21 14:48:03'), enc: 'utf8qp',
    text: `中村様

ご連絡ありがとうございます。
いただいた統合元のメールアドレス ${N.src} では、いずれのアカウントも見つかりませんでした。
受験時に登録された通知用メールアドレスをご確認のうえ、お知らせください。

AWS トレーニングと認定 カスタマーサポート 北村`,
  }),
  mk({
    slug: 'info-cert-list', kind: 'info_request', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'asks for the name and pass date of every certification',
    from: SUPPORT, to: S.keep, subject: formSubject(CASE.suzuki),
    date: d('2026-11-04 09:40:58'), enc: 'sjis8',
    text: `鈴木 様

ご返信ありがとうございます。
統合元アカウントについて、念のためすべての認定の名称と合格日 (分かる範囲で有効期限も) を記載してご返信いただけますか。
照合ができ次第、次のご案内をいたします。

佐々木 / AWS Training and Certification`,
  }),
  mk({
    slug: 'info-send-from-keep', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, trap: false,
    note: 'asks to write from the kept address and to give that account\'s candidate ID',
    from: SUPPORT, to: M.src, subject: formSubject(CASE.misaki),
    date: d('2026-10-22 16:12:27'), enc: 'jis7',
    text: `高橋様

本人確認のため、残すアカウントのメールアドレス (${M.keep}) から、このケースに返信してください。
その際、残すアカウントの候補者 ID も本文に記載いただけますと幸いです。

AWS トレーニングと認定サポート`,
  }),
  mk({
    slug: 'info-all-but-one', kind: 'info_request', lang: 'ja', caseId: CASE.sho, trap: true,
    note: 'partial check (1件を除き) and asks for the missing certification number; nothing merged',
    from: SUPPORT, to: N.keep, subject: formSubject(CASE.sho),
    date: d('2026-11-22 10:03:19'), enc: 'jisb64',
    text: `中村 翔 様

いただいた情報で、統合元アカウントの認定は1件を除きすべて確認できました。
残りの1件 (AWS Certified Developer - Associate) について、認定番号または合格日を教えていただけますでしょうか。
こちらが確認でき次第、統合のご案内に進みます。

北村
AWS Training and Certification

2026年11月21日(土) 22:10 ${N.ja} <${N.keep}>:
> 北村様
> 通知用アドレスは ${N.src} でした。
> 認定は SAA、SOA、DVA の3件です。`,
  }),
  mk({
    slug: 'info-phish', kind: 'info_request', lang: 'ja', caseId: CASE.suzuki, trap: false, auth: 'none', trusted: false,
    note: 'look-alike domain asking for passwords: untrusted information request',
    from: 'AWS認定サポート <support@aws-certification-jp.com>', to: S.keep, subject: `[CASE ${CASE.suzuki}] 統合手続きのための本人確認`,
    date: d('2026-11-03 02:15:44'), enc: 'utf8b64',
    text: `鈴木 健一 様

統合手続きを進めるため、両方のアカウントのログイン ID とパスワードを下記フォームにご入力ください。
24時間以内にご入力がない場合、いずれのアカウントも停止されます。

https://aws-certification-jp.com/verify`,
  }),
  mk({
    slug: 'info-outlook-skillbuilder', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, trap: false,
    note: 'asks for the Skill Builder address of either account, Outlook quote below',
    from: SUPPORT, to: M.keep, subject: formSubject(CASE.misaki),
    date: d('2026-10-23 13:30:00'), enc: 'utf8qp',
    text: `高橋様

追加でお伺いします。どちらか一方のアカウントに AWS Skill Builder のメールアドレスが紐づいていれば、そのアドレスを教えてください。
両方とも未登録でしたら「なし」とだけご返信いただければ結構です。

中川

${outlookJa(`${M.ja} <${M.keep}>`, '2026年10月22日 20:45', 'aws-cs-trainingcertification-form@amazon.com', formSubject(CASE.misaki), `中川様

候補者 ID は ${M.keepId} (残す方) と ${M.srcId} です。
よろしくお願いします。`)}`,
  }),
  mk({
    slug: 'info-dmarc-fail', kind: 'info_request', lang: 'ja', caseId: CASE.sho, trap: false, auth: 'fail', trusted: false,
    note: 'claims to be support asking for IDs but DMARC fails: untrusted',
    from: SUPPORT, to: N.keep, subject: formSubject(CASE.sho),
    date: d('2026-11-21 01:55:20'), enc: 'jis7',
    text: `中村様

お手数ですが、両方のアカウントの候補者 ID と生年月日をご返信ください。

AWS Training and Certification`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'conf-irreversible', kind: 'confirmation_request', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'asks consent to merge; cannot be undone',
    from: SUPPORT, to: S.keep, subject: formSubject(CASE.suzuki),
    date: d('2026-11-05 11:18:36'), enc: 'jis7',
    text: `鈴木様

情報のご提供ありがとうございました。
以下の内容で統合を行います。統合後は元に戻すことができませんので、ご同意いただける場合はこのメールにご返信ください。

  残すアカウント: ${S.keepId} (${S.keep})
  統合されるアカウント: ${S.srcId} (${S.src})

統合されるアカウントのすべての認定と特典は、残すアカウントに移ります。

佐々木`,
  }),
  mk({
    slug: 'conf-both-one', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, trap: false,
    note: 'asks whether both accounts may be made one',
    from: SUPPORT, to: M.keep, subject: formSubject(CASE.misaki),
    date: d('2026-10-24 09:12:51'), enc: 'sjisb64',
    text: `高橋 美咲 様

両方のアカウントを確認いたしました。
${M.keepId} を残し、${M.srcId} を統合する形で両方のアカウントを1つにまとめてもよろしいでしょうか。
一度統合すると分割はできませんので、ご了承のうえお返事ください。

AWS トレーニングと認定 中川`,
  }),
  mk({
    slug: 'conf-reply-agree', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho, trap: false,
    note: 'asks the user to reply 「同意します」 to go ahead',
    from: SUPPORT, to: N.keep, subject: formSubject(CASE.sho),
    date: d('2026-11-23 15:40:07'), enc: 'utf8b64',
    text: `中村 翔 様

お待たせしました。残りの1件も確認できました。
以下で問題なければ、本文に「同意します」と記載してご返信ください。

- 統合先: ${N.keepId}
- 統合元: ${N.srcId} (認定3件とバウチャー1枚)

統合は取り消しできない操作です。

北村 / AWS Training and Certification`,
  }),
  mk({
    slug: 'conf-only-older', kind: 'confirmation_request', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: 'asks to confirm that only the older account will remain',
    from: SUPPORT, to: S.keep, subject: formSubject(CASE.suzuki),
    date: d('2026-11-05 17:02:14'), enc: 'jisb64',
    text: `鈴木様

補足です。ご指定と異なり、システム上は古い方のアカウント (${S.srcId}) のみを残す形でしか統合できません。
その場合、ログイン用のメールアドレスを ${S.keep} に変更したうえで統合します。
この方法で進めてよいか、ご承認をお願いいたします。承認後の取り消しはできません。

佐々木`,
  }),
  mk({
    slug: 'conf-resent', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, trap: false, forUser: false,
    note: 'consent request redirected onward by the old company\'s server (Resent-*): not for the user',
    from: SUPPORT, to: M.src, subject: formSubject(CASE.misaki),
    date: d('2026-10-24 09:15:02'), enc: 'jis7',
    resent: { from: 'postmaster@corp.example.co.jp', to: 'archive@corp.example.co.jp', date: d('2026-10-24 09:16:40') },
    text: `高橋様

統合元アカウントのアドレス宛にも同じご案内をお送りしています。
両方のアカウントを統合してよろしいか、いずれかのアドレスからご返信ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'conf-forged', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho, trap: false, auth: 'forgedBelow', trusted: false,
    note: 'consent request whose dmarc=pass sits below the server\'s Received line: untrusted',
    from: SUPPORT, to: N.keep, subject: formSubject(CASE.sho),
    date: d('2026-11-23 04:11:36'), enc: 'utf8qp',
    text: `中村様

統合の最終確認です。以下のリンクから同意ボタンを押してください。
押さない場合、両方のアカウントが削除されます。

http://merge-confirm.example.net/${N.keepId}`,
  }),
  mk({
    slug: 'conf-mobile-sjis', kind: 'confirmation_request', lang: 'ja', caseId: CASE.suzukiDup, trap: false,
    note: 'short consent request on the duplicate case',
    from: SUPPORT, to: S.src, subject: formSubject(CASE.suzukiDup),
    date: d('2026-11-03 12:00:48'), enc: 'sjis8',
    text: `鈴木様
こちらのケースでも承っております。
${S.srcId}を${S.keepId}へ統合してよろしければ、その旨ご返信ください(統合後は戻せません)。
もう一方のケース${CASE.suzuki}はこちらに合わせてクローズいたします。
AWS T&C サポート`,
  }),
  mk({
    slug: 'conf-after-ids', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, trap: false,
    note: 'both accounts found, asks for go-ahead; the user\'s earlier mail is quoted Gmail-style',
    from: SUPPORT, to: M.keep, subject: formSubject(CASE.misaki),
    date: d('2026-10-26 10:27:45'), enc: 'jisb64',
    text: `高橋様

いただいた情報で、いずれのアカウントも特定できました。Skill Builder は未登録とのこと、承知しました。
統合に進めてよろしいでしょうか。よろしければ、その旨だけご返信ください。なお実施後は元に戻せません。

中川

${gmailJa('2026年10月25日(日) 9:02', `${M.ja} <${M.keep}>`, 'なしです。\nよろしくお願いします。')}`,
  }),

  // ---------------- merge_completed ----------------
  mk({
    slug: 'merged-both-one', kind: 'merge_completed', lang: 'ja', caseId: CASE.suzuki, trap: false,
    note: '「両方のアカウントが1つになりました」: the merge is done',
    from: SUPPORT, to: S.keep, subject: formSubject(CASE.suzuki),
    date: d('2026-11-06 18:44:10'), enc: 'jis7',
    text: `鈴木様

ご承認いただきありがとうございました。
本日、両方のアカウントが1つになりました。今後は ${S.keepId} (${S.keep}) でサインインしてください。
統合元の認定と特典が表示されていることを、お手すきの際にご確認ください。

佐々木`,
  }),
  mk({
    slug: 'merged-all-certs', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, trap: false,
    note: 'all certifications now under the kept account: merge done',
    from: SUPPORT, to: M.keep, subject: formSubject(CASE.misaki),
    date: d('2026-10-28 14:02:37'), enc: 'sjisb64',
    text: `高橋 美咲 様

お待たせいたしました。アカウントの統合作業が完了しました。
SAA、DVA、SOA のすべての認定が ${M.keepId} に表示されるようになっています。
バウチャー等の特典も同じアカウントから確認いただけます。

中川 / AWS トレーニングと認定`,
  }),
  mk({
    slug: 'merged-except-one', kind: 'merge_completed', lang: 'ja', caseId: CASE.sho, trap: false,
    note: 'merged; one certification still syncing (1件を除き) is a detail of a done merge',
    from: SUPPORT, to: N.keep, subject: formSubject(CASE.sho),
    date: d('2026-11-25 09:31:22'), enc: 'utf8qp',
    text: `中村様

統合元アカウント ${N.srcId} を ${N.keepId} に統合しました。
現時点で1件を除き認定が表示されています。残りの1件 (DVA) は反映に最大24時間かかりますので、明日以降にご確認ください。

北村`,
  }),
  mk({
    slug: 'merged-portal', kind: 'merge_completed', lang: 'ja', caseId: null, trap: false,
    note: 'the certification portal\'s own merge notice, no case ID',
    from: CERT_PORTAL, to: S.keep, subject: 'AWS 認定: アカウントが統合されました',
    date: d('2026-11-06 18:20:03'), enc: 'utf8b64',
    text: `${S.en} 様

お客様の AWS 認定アカウントは統合されました。
統合先のアカウント: ${S.keepId}

これまでの認定、受験履歴、特典はすべてこのアカウントで確認できます。
心当たりがない場合は、AWS トレーニングと認定サポートまでご連絡ください。

AWS Certification`,
  }),
  mk({
    slug: 'merged-and-closing', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, trap: true,
    note: 'completion that also announces closing: the new fact is the merge',
    from: SUPPORT, to: M.keep, subject: formSubject(CASE.misaki),
    date: d('2026-10-28 14:30:59'), enc: 'jis7',
    text: `高橋様

統合が完了いたしましたので、本ケースはこれでクローズさせていただきます。
ご不明な点があれば、このメールにご返信いただければケースが再開されます。

中川`,
  }),
  mk({
    slug: 'merged-badges-not-yet', kind: 'merge_completed', lang: 'ja', caseId: CASE.suzuki, trap: true,
    note: 'merge done; badges explicitly not moved yet, so not badges_transferred',
    from: SUPPORT, to: S.keep, subject: formSubject(CASE.suzuki),
    date: d('2026-11-06 19:02:45'), enc: 'jisb64',
    text: `鈴木様

先ほど、${S.srcId} の統合を完了しました。すべての認定が ${S.keepId} に移っています。
Credly のバッジについては、いずれもまだ移行されていません。必要でしたら、このケースでお知らせください。

佐々木 / AWS Training and Certification`,
  }),
  mk({
    slug: 'merged-fail-forged', kind: 'merge_completed', lang: 'ja', caseId: CASE.sho, trap: false, auth: 'failThenForged', trusted: false,
    note: 'completion text but the top Authentication-Results fails; a planted pass sits lower',
    from: SUPPORT, to: N.keep, subject: formSubject(CASE.sho),
    date: d('2026-11-24 02:33:10'), enc: 'utf8b64',
    text: `中村様

両方のアカウントの統合が完了しました。新しいアカウント情報は添付のリンクからご確認ください。

https://aws-cert-merge.example.org/login`,
  }),
  mk({
    slug: 'merged-html', kind: 'merge_completed', lang: 'ja', caseId: CASE.sho, trap: false,
    note: 'HTML-only completion in table form',
    from: SUPPORT, to: N.keep, subject: formSubject(CASE.sho),
    date: d('2026-11-24 17:45:36'), enc: 'utf8qp',
    html: `<html><body>
<p>中村 翔 様</p>
<p>いつもご利用ありがとうございます。ご依頼のアカウント統合を以下のとおり実施しました。</p>
<table border="1"><tr><th>統合先</th><td>${N.keepId}</td></tr><tr><th>統合元</th><td>${N.srcId} (統合済み)</td></tr></table>
<p>今後は統合先のアカウントのみをご利用ください。</p>
<p>北村<br>AWS Training and Certification</p>
</body></html>`,
  }),
  mk({
    slug: 'merged-gmail-thread', kind: 'merge_completed', lang: 'ja', caseId: CASE.suzukiDup, trap: false,
    note: 'short completion on top of a quoted consent thread',
    from: SUPPORT, to: S.src, cc: S.keep, subject: formSubject(CASE.suzukiDup),
    date: d('2026-11-04 08:10:29'), enc: 'jis7',
    text: `鈴木様
統合、終わりました。${S.keepId}でサインインし、どちらのアカウントの認定も揃っているかご確認ください。
AWS T&C サポート

2026年11月3日(火) 21:05 ${S.ja} <${S.src}>:
> 統合に同意します。よろしくお願いします。
>
> 2026年11月3日(火) 12:00 <aws-cs-trainingcertification-form@amazon.com>:
>> ${S.srcId}を${S.keepId}へ統合してよろしければ、その旨ご返信ください`,
  }),
];

