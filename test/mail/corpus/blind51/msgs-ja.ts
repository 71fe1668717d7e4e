// Set ax, Japanese messages: genuine AWS support / Credly / portal mail of the merge cases,
// forgeries, and third parties (helpdesk, 研修担当, manager, HR system, training partner, Pearson VUE)
// who write like support.
import type { Msg } from './lib.js';
import {
  ACADEMIA, C, CREDLY_AWS, HS_BUCHO, HS_COLLEAGUE, HS_HELPDESK, HS_KENSHU, HS_SKILL, NAKAMURA, NOTIFY, PORTAL, PVUE_JA,
  SUPPORT, SUPPORT_ADDR, SUZUKI, d, fwdGmail, gmailJa, html, mk, origMsg, outlookJa, salesforce, subj, thread,
} from './common.js';

const S = SUZUKI;
const N = NAKAMURA;
const sTo = `${S.ja} <${S.keep}>`;
const nTo = `${N.ja} <${N.keep}>`;

const S_REQ = `AWS認定アカウントが2つあるため、1つにまとめていただきたくご連絡しました。
残す方: ${S.keep} (${S.keepId})
統合元: ${S.src} (${S.srcId})
会社: 花村システム株式会社
鈴木`;

const N_REQ = `転職前に使っていた認定アカウントの資格を、個人のアカウントへ移したいです。
個人: ${N.keep}
旧職場: ${N.src}
中村 美咲`;

export const JA: Msg[] = [
  // ---------------- acknowledgement (7) ----------------
  mk({
    slug: 'ack-suzuki-jis', kind: 'acknowledgement', lang: 'ja', trusted: true, forUser: true, caseId: C.suzuki, trap: false,
    note: 'AWS Support automatic receipt of the new merge case, case ID in subject and body',
    from: NOTIFY, to: S.keep, subject: `ケース ${C.suzuki} を作成しました`, date: d('2026-02-09 21:04:11', '+0000'), enc: 'jis7',
    text: `お客様

AWS サポートへのお問い合わせを受け付けました。
ケース ID ${C.suzuki}、件名「AWS認定アカウントの統合」として登録されています。

担当者から通常24時間以内にご連絡いたします。同じ内容で新しいケースを作成されますと、
かえって回答が遅れる原因となりますので、このままお待ちください。

ケースの内容は AWS サポートセンターでもご確認いただけます。

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-nakamura-sjis-alt', kind: 'acknowledgement', lang: 'ja', trusted: true, forUser: true, caseId: C.nakamura, trap: false,
    note: 'receipt of the merge case (multipart, Shift_JIS text, DKIM-only authentication)',
    from: NOTIFY, to: N.keep, subject: `[Case ${C.nakamura}] お問い合わせ受付のお知らせ`, date: d('2026-03-02 10:47:55', '+0900'), enc: 'sjis8', auth: 'dkimonly',
    text: `中村 美咲 様

AWS トレーニングと認定へのお問い合わせ、ありがとうございます。
下記の番号でケースを承りました。返信が届くまで今しばらくお待ちいただけますと幸いです。

  ケース番号: ${C.nakamura}
  種別: AWS トレーニングと認定 / アカウントの統合

本メールは送信専用アドレスから自動でお送りしています。`,
    html: `<html><body><p>中村 美咲 様</p><p>AWS トレーニングと認定へのお問い合わせ、ありがとうございます。<br>下記の番号でケースを承りました。返信が届くまで今しばらくお待ちいただけますと幸いです。</p><table><tr><td>ケース番号</td><td>${C.nakamura}</td></tr><tr><td>種別</td><td>AWS トレーニングと認定 / アカウントの統合</td></tr></table><p>本メールは送信専用アドレスから自動でお送りしています。</p></body></html>`,
  }),
  mk({
    slug: 'ack-forged-lookalike', kind: 'acknowledgement', lang: 'ja', trusted: false, forUser: true, caseId: '1770311842', trap: false,
    note: 'a receipt in shape, but from the look-alike domain aws-support-jp.com',
    from: 'AWS サポート <case-notify@aws-support-jp.com>', to: S.keep, subject: 'ケース 1770311842 受付完了', date: d('2026-02-10 03:12:40', '+0900'), enc: 'jisb64',
    text: `お問い合わせを受け付けました。ケースID: 1770311842
内容を確認のうえ、担当よりご連絡差し上げます。
なお、本人確認のため下記URLよりサインインをお願いする場合があります。
https://aws-support-jp.com/case/1770311842
AWS サポート`,
  }),
  mk({
    slug: 'ack-body-only-qp', kind: 'acknowledgement', lang: 'ja', trusted: true, forUser: true, caseId: C.suzuki, trap: false,
    note: 'receipt whose subject has no case ID; the ID sits in the body between other words',
    from: NOTIFY, to: S.keep, subject: 'AWS トレーニングと認定へのお問い合わせ', date: d('2026-02-09 21:04:13', '+0000'), enc: 'utf8qp',
    text: `いつも AWS をご利用いただきありがとうございます。
お送りいただいた内容は、ケース${C.suzuki}として記録されました。
担当チームが順番に確認しております。追加の情報がございましたら、このメールに返信する形でお寄せください。

※このメールは自動送信です。`,
  }),
  mk({
    slug: 'ack-dup-case-resent', kind: 'acknowledgement', lang: 'ja', trusted: true, forUser: false, caseId: C.suzukiDup, trap: false,
    note: 'receipt of a second (duplicate) case, redirected from the company server with Resent-* headers',
    from: NOTIFY, to: S.src, subject: `ケース ${C.suzukiDup} のお問い合わせを受け付けました`, date: d('2026-02-10 00:31:02', '+0000'), enc: 'utf8b64',
    resent: { from: 'postmaster@hanamura-sys.example.co.jp', to: 'it-archive@hanamura-sys.example.co.jp', date: d('2026-02-10 09:31:40', '+0900') },
    text: `お客様

AWS サポートにケース ${C.suzukiDup} が登録されました。
ご返信までの目安は1営業日です。既に同じ件でケースをお持ちの場合は、そちらのケースに追記してください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-noauth-jis', kind: 'acknowledgement', lang: 'ja', trusted: false, forUser: true, caseId: '1770399120', trap: false,
    note: 'receipt claiming to be from amazon.com but with no Authentication-Results at all',
    from: NOTIFY, to: N.keep, subject: 'お問い合わせ番号 1770399120 を発行しました', date: d('2026-03-02 11:05:00', '+0900'), enc: 'jis7', auth: 'none',
    text: `AWS トレーニングと認定 サポートです。
お問い合わせを受領し、番号 1770399120 を発行いたしました。
回答までしばらくお待ちください。`,
  }),
  mk({
    slug: 'ack-mixed-html', kind: 'acknowledgement', lang: 'ja', trusted: true, forUser: true, caseId: C.nakamura, trap: false,
    note: 'HTML-only receipt with English boilerplate and Japanese new text',
    from: NOTIFY, to: N.keep, subject: `AWS Support: ケース ${C.nakamura} を受け付けました`, date: d('2026-03-02 01:48:02', '+0000'), enc: 'utf8b64',
    html: html(`Hello,

お問い合わせいただき、ありがとうございます。ケース ID: ${C.nakamura}

担当者が内容を確認し、メールにてご連絡します。同一内容の追加ケースは作成なさらないようお願いいたします。

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc.`),
  }),

  // ---------------- ai_answer (6) ----------------
  mk({
    slug: 'ai-selfservice-jis', kind: 'ai_answer', lang: 'ja', trusted: true, forUser: true, caseId: C.suzuki, trap: false,
    note: 'automated answer pointing at the self-service Merge Accounts tool',
    from: NOTIFY, to: S.keep, subject: `ケース ${C.suzuki}: 自動回答のご案内`, date: d('2026-02-09 21:05:40', '+0000'), enc: 'jis7',
    text: `このメッセージは AI により自動で作成された回答です。

認定アカウントの統合は、多くの場合ご自身で実施いただけます。
AWS Certification にサインイン後、プロフィールのメニューから「Merge Accounts」を開き、
統合したいもう一方のアカウントの情報を入力してください。

両方のアカウントに認定履歴がある場合、このツールはご利用いただけません。その場合は担当者からの返信をお待ちください。
この回答で解決した場合は、ケースをクローズしていただいて構いません。`,
  }),
  mk({
    slug: 'ai-after-merge-sjisb64', kind: 'ai_answer', lang: 'ja', trusted: true, forUser: true, caseId: C.nakamura, trap: true,
    note: 'generated answer that explains what happens after a merge (badges, vouchers); still ai_answer',
    from: NOTIFY, to: N.keep, subject: `[Case ${C.nakamura}] よくあるご質問からのご案内`, date: d('2026-03-02 10:49:10', '+0900'), enc: 'sjisb64',
    text: `※自動生成された回答です。担当者の確認前にお届けしています。

アカウントの統合後は、統合元の認定資格・受験履歴・特典が統合先に表示されます。
Credly のデジタルバッジは、統合が終わってから Credly 側で受け取り直すと確実です。
統合そのものは、認定ポータルのアカウント統合機能からお試しいただけます。

解決しない場合は「ケースを作成」を選んで担当者にお問い合わせください。`,
  }),
  mk({
    slug: 'ai-alt-qp', kind: 'ai_answer', lang: 'ja', trusted: true, forUser: true, caseId: C.suzuki, trap: false,
    note: 'automated suggestion (multipart) of the Merge Accounts tool with a knowledge link',
    from: NOTIFY, to: S.keep, subject: '自動応答: アカウント統合について', date: d('2026-02-09 21:05:52', '+0000'), enc: 'utf8qp',
    text: `お問い合わせ(ケース ${C.suzuki})に対し、自動でおすすめの手順をお送りします。

1. 残したいアカウントで aws.training にサインイン
2. 「プロフィール」から「アカウントを統合」を選択
3. 画面の案内に従って、もう一方のアカウントを確認

うまくいかなかったときは、このメールへの返信は不要です。担当者がケースを引き継ぎます。`,
    html: html(`お問い合わせ(ケース ${C.suzuki})に対し、自動でおすすめの手順をお送りします。

1. 残したいアカウントで aws.training にサインイン
2. 「プロフィール」から「アカウントを統合」を選択
3. 画面の案内に従って、もう一方のアカウントを確認

うまくいかなかったときは、このメールへの返信は不要です。担当者がケースを引き継ぎます。`),
  }),
  mk({
    slug: 'ai-forged-fail', kind: 'ai_answer', lang: 'ja', trusted: false, forUser: true, caseId: C.nakamura, trap: false,
    note: 'automated-answer text, From amazon.com, but the receiving server says dmarc=fail',
    from: NOTIFY, to: N.keep, subject: `ケース ${C.nakamura}: AIアシスタントからの回答`, date: d('2026-03-02 12:20:00', '+0900'), enc: 'jis7', auth: 'fail',
    text: `AIアシスタントが回答します。
アカウントの統合はセルフサービスのツールで完結します。下記から手続きを進めてください。
http://merge-tool.example-cert.net/start
Amazon Web Services`,
  }),
  mk({
    slug: 'ai-lookalike-domain', kind: 'ai_answer', lang: 'ja', trusted: false, forUser: true, caseId: C.suzuki, trap: false,
    note: 'AI-answer wording from amazon-training.co (not a trusted domain), even though it passes its own DMARC',
    from: 'AWS Training Assistant <assistant@amazon-training.co>', to: S.keep, subject: `自動回答 ケース${C.suzuki}`, date: d('2026-02-10 08:02:13', '+0900'), enc: 'utf8b64',
    text: `自動アシスタントによるご案内です。
統合ツールをお使いいただくと、数分でアカウントをひとつにできます。
ツールが使えない場合のみ、サポート担当からの連絡をお待ちください。`,
  }),
  mk({
    slug: 'ai-nakamura-jisb64', kind: 'ai_answer', lang: 'ja', trusted: true, forUser: true, caseId: C.nakamura, trap: false,
    note: 'AI-generated first answer before a human picks the case up',
    from: SUPPORT, to: N.keep, subject: subj(C.nakamura), date: d('2026-03-02 01:50:31', '+0000'), enc: 'jisb64',
    text: `ご連絡ありがとうございます。以下は生成AIによる一次回答です。

認定アカウントが複数ある場合、アカウント統合ツールをご利用いただけます(プロフィール > アカウント設定)。
どちらのアカウントにも合格済みの認定がある場合は、ツールではなくサポートによる対応となります。

${thread('NK01')}`,
  }),

  // ---------------- info_request (8) ----------------
  mk({
    slug: 'info-ids-jis', kind: 'info_request', lang: 'ja', trusted: true, forUser: true, caseId: C.suzuki, trap: false,
    note: 'support asks for both candidate IDs and login e-mail addresses; Salesforce quote of the request',
    from: SUPPORT, to: S.keep, subject: subj(C.suzuki), date: d('2026-02-10 23:14:08', '+0000'), enc: 'jis7',
    text: `鈴木様

AWS トレーニングと認定カスタマーサービスの森です。お問い合わせありがとうございます。

統合作業の前に、両アカウントについて次の情報をお送りください。
・AWS 認定の受験者ID(AWS から始まる番号)
・サインインに使用しているメールアドレス
・認定の通知先として登録しているメールアドレス

いただいた情報をもとに、こちらで照合いたします。

よろしくお願いいたします。
森

${salesforce(S.keep, '2026/02/09 21:03', SUPPORT_ADDR, '[AWS Training and Certification Form Submission] - account-assistance', S_REQ)}
${thread('SZ01')}`,
  }),
  mk({
    slug: 'info-which-keep-sjis', kind: 'info_request', lang: 'ja', trusted: true, forUser: true, caseId: C.nakamura, trap: false,
    note: 'support asks which of the two accounts should remain',
    from: SUPPORT, to: N.keep, subject: subj(C.nakamura), date: d('2026-03-03 02:30:19', '+0000'), enc: 'sjis8',
    text: `中村様

ご連絡いただきありがとうございます。担当の佐野でございます。

2つのアカウントを確認いたしました。統合後にお使いになるのは、どちらのアカウントでしょうか。
残すアカウントのメールアドレスを、このメールへのご返信でお知らせいただけますと、手続きを進められます。

引き続きよろしくお願いいたします。
佐野
AWS Training and Certification Customer Service
${thread('NK02')}`,
  }),
  mk({
    slug: 'info-confirm-address-utf8b', kind: 'info_request', lang: 'ja', trusted: true, forUser: true, caseId: C.suzuki, trap: true,
    note: '"ご確認のうえお知らせください" asks which address is kept: information, not consent',
    from: SUPPORT, to: S.keep, subject: subj(C.suzuki), date: d('2026-02-12 01:02:45', '+0000'), enc: 'utf8b64',
    text: `鈴木様

お世話になっております。ご返信ありがとうございました。

念のため、統合後のログインに使うメールアドレスが ${S.keep} でよいか、ご確認のうえお知らせください。
受験者IDの末尾が一致しない箇所があったため、確かめさせていただいております。

森
${thread('SZ01')}`,
  }),
  mk({
    slug: 'info-from-keep-plus-id', kind: 'info_request', lang: 'ja', trusted: true, forUser: true, caseId: C.nakamura, trap: false,
    note: 'asks her to write from the kept address and to include the candidate ID: that is a request for data',
    from: SUPPORT, to: N.src, subject: subj(C.nakamura), date: d('2026-03-03 06:11:50', '+0000'), enc: 'utf8qp',
    text: `中村様

セキュリティ上の理由により、統合先として残すアカウントのメールアドレスから改めてご連絡をお願いしております。
その際、両方の受験者ID(AWSで始まる番号)も本文にご記入ください。

お手数をおかけしますが、よろしくお願いいたします。
AWS トレーニングと認定 サポート 佐野
${thread('NK02')}`,
  }),
  mk({
    slug: 'info-phish-jisb64', kind: 'info_request', lang: 'ja', trusted: false, forUser: true, caseId: C.suzuki, trap: false,
    note: 'asks for passwords and IDs, from the look-alike amazon-certification.jp',
    from: 'AWS認定サポート <support@amazon-certification.jp>', to: S.keep, subject: `RE:[CASE ${C.suzuki}] 統合に必要な情報のご提出`, date: d('2026-02-11 14:40:02', '+0900'), enc: 'jisb64',
    text: `鈴木様

統合手続きを進めるにあたり、以下をご返信ください。
・両アカウントのメールアドレスとパスワード
・受験者ID
・生年月日

48時間以内にご返信がない場合、申請は取り消されます。
AWS認定サポート`,
  }),
  mk({
    slug: 'info-missing-field-qp', kind: 'info_request', lang: 'ja', trusted: true, forUser: true, caseId: C.suzuki, trap: false,
    note: 'request phrased without a request word: the source account login address is missing',
    from: SUPPORT, to: S.keep, subject: subj(C.suzuki), date: d('2026-02-11 04:55:33', '+0000'), enc: 'utf8qp',
    text: `鈴木様

ご返信ありがとうございます。
お送りいただいた内容のうち、統合元アカウント(${S.srcId})のサインイン用メールアドレスが記載されていないようでした。
そちらが分かり次第、作業に移れます。

${gmailJa('2026年2月11日(水) 9:20', `${S.ja} <${S.keep}>`, `森様\n受験者IDは ${S.keepId} と ${S.srcId} です。\nよろしくお願いします。`)}
${thread('SZ01')}`,
  }),
  mk({
    slug: 'info-cert-list-dkim', kind: 'info_request', lang: 'ja', trusted: true, forUser: true, caseId: C.nakamura, trap: false,
    note: 'asks for the certifications and pass dates held on each account; Gmail-style Japanese quote',
    from: SUPPORT, to: N.keep, subject: subj(C.nakamura), date: d('2026-03-04 03:40:00', '+0000'), enc: 'jis7', auth: 'dkimonly',
    text: `中村様

残すアカウントのご連絡をありがとうございました。
照合のため、各アカウントで取得された認定名と合格日を分かる範囲で教えていただけますか。
画面のスクリーンショットを添付いただく形でも結構です。

佐野

${gmailJa('2026年3月3日(火) 18:02', `${N.ja} <${N.keep}>`, `佐野様\n残すのは ${N.keep} です。\n中村`)}
${thread('NK02')}`,
  }),
  mk({
    slug: 'info-forged-below', kind: 'info_request', lang: 'ja', trusted: false, forUser: true, caseId: C.nakamura, trap: false,
    note: 'information request whose only dmarc=pass sits below the receiving server\'s Received line',
    from: SUPPORT, to: N.keep, subject: subj(C.nakamura), date: d('2026-03-04 07:12:09', '+0900'), enc: 'sjisb64', auth: 'forgedBelow',
    text: `中村様

統合前の本人確認として、お手元の身分証明書の画像と、両アカウントのサインイン情報をお送りください。

AWS トレーニングと認定`,
  }),

  // ---------------- confirmation_request (7) ----------------
  mk({
    slug: 'conf-irreversible-jis', kind: 'confirmation_request', lang: 'ja', trusted: true, forUser: true, caseId: C.suzuki, trap: false,
    note: 'support lays out the merge and asks for consent by reply; cannot be undone',
    from: SUPPORT, to: S.keep, subject: subj(C.suzuki), date: d('2026-02-13 00:20:11', '+0000'), enc: 'jis7',
    text: `鈴木様

情報のご提供ありがとうございました。以下の内容で統合いたします。

  統合元: ${S.srcId} / ${S.src}
  統合先: ${S.keepId} / ${S.keep}

統合は一度実施すると取り消すことができません。
この内容で差し支えなければ、本メールに「同意します」とご返信ください。ご返信を確認しだい作業に入ります。

森
${thread('SZ01')}`,
  }),
  mk({
    slug: 'conf-nakamura-outlook-sjis', kind: 'confirmation_request', lang: 'ja', trusted: true, forUser: true, caseId: C.nakamura, trap: false,
    note: 'asks for agreement to merge with the list of certifications that will move; Outlook quote block',
    from: SUPPORT, to: N.keep, subject: subj(C.nakamura), date: d('2026-03-05 01:15:40', '+0000'), enc: 'sjis8',
    text: `中村様

ご提供いただいた情報で照合が取れました。
旧アカウント(${N.srcId})の次の認定が、${N.keepId} に移ります。
  - AWS Certified Solutions Architect - Associate
  - AWS Certified Cloud Practitioner
元に戻す操作はできませんので、進めてよいかご返信でお知らせください。

佐野

${outlookJa(`${N.ja} <${N.keep}>`, '2026年3月4日 21:10', SUPPORT_ADDR, subj(C.nakamura), '佐野様\nスクリーンショットを添付いたします。\n中村')}
${thread('NK02')}`,
  }),
  mk({
    slug: 'conf-alt-qp', kind: 'confirmation_request', lang: 'ja', trusted: true, forUser: true, caseId: C.suzuki, trap: false,
    note: 'multipart consent request: "ご同意いただけますか"',
    from: SUPPORT, to: S.keep, subject: subj(C.suzuki), date: d('2026-02-13 00:21:02', '+0000'), enc: 'utf8qp',
    text: `鈴木様

統合の準備が整いました。統合先は ${S.keep} のアカウントとなり、統合元のアカウントはご利用いただけなくなります。
この操作は取り消せません。上記にご同意いただけますか。本メールへのご返信をもって同意とみなします。

森`,
    html: html(`鈴木様

統合の準備が整いました。統合先は ${S.keep} のアカウントとなり、統合元のアカウントはご利用いただけなくなります。
この操作は取り消せません。上記にご同意いただけますか。本メールへのご返信をもって同意とみなします。

森`),
  }),
  mk({
    slug: 'conf-misaligned-dkim', kind: 'confirmation_request', lang: 'ja', trusted: false, forUser: true, caseId: C.suzuki, trap: false,
    note: 'consent request signed by an unrelated bulk-mail domain, dmarc=fail for amazon.com',
    from: SUPPORT, to: S.keep, subject: subj(C.suzuki), date: d('2026-02-13 05:00:00', '+0900'), enc: 'jisb64', auth: 'misaligned',
    text: `鈴木様
統合を実施してよろしいでしょうか。取り消しはできません。
同意される場合は下のリンクから承認してください。
https://approve.example-merge.net/${C.suzuki}`,
  }),
  mk({
    slug: 'conf-body-id-jisb64', kind: 'confirmation_request', lang: 'ja', trusted: true, forUser: true, caseId: C.nakamura, trap: false,
    note: 'consent request where the case ID appears only in the body; ISO-2022-JP base64',
    from: SUPPORT, to: N.keep, subject: 'AWS認定アカウント統合のご確認', date: d('2026-03-05 01:20:33', '+0000'), enc: 'jisb64',
    text: `中村様

(ケース番号 ${C.nakamura})
統合元 ${N.src} を、統合先 ${N.keep} へまとめる作業は後から元に戻せません。
進めてよろしければ、その旨をひとことご返信ください。

佐野`,
  }),
  mk({
    slug: 'conf-mixed-template', kind: 'confirmation_request', lang: 'ja', trusted: true, forUser: true, caseId: C.suzuki, trap: false,
    note: 'Japanese consent request under an English template header and footer',
    from: SUPPORT, to: S.keep, subject: subj(C.suzuki), date: d('2026-02-13 00:25:40', '+0000'), enc: 'utf8b64',
    text: `Hello,

Thank you for contacting AWS Training and Certification.

鈴木様、統合を行う前に、お客様ご本人の意思を確認させてください。統合後はどちらのアカウントにも戻せなくなります。
よろしければ、本メールにそのまま「はい、統合してください」とご返信をお願いいたします。

Best regards,
AWS Training and Certification Customer Service
${thread('SZ01')}`,
  }),
  mk({
    slug: 'conf-typo-gmail-quote', kind: 'confirmation_request', lang: 'ja', trusted: true, forUser: true, caseId: C.nakamura, trap: false,
    note: 'consent request with typos, quoting the user\'s earlier reply',
    from: SUPPORT, to: N.keep, subject: subj(C.nakamura), date: d('2026-03-05 09:02:10', '+0000'), enc: 'jis7',
    text: `中村様

ご連楽ありがとうございます。
統合作業はやり直しがききませんので、最終確認としてご返信をお願いいたしまう。
「統合を承諾する」旨を一言いただければ、すぐに手続きに入ります。

佐野

${gmailJa('2026年3月5日(木) 10:15', `${N.ja} <${N.keep}>`, '佐野様\n認定名と合格日は以下のとおりです。\nSAA 2024/06/12\nCLF 2023/11/02')}`,
  }),

  // ---------------- merge_completed (7) ----------------
  mk({
    slug: 'merge-done-jis', kind: 'merge_completed', lang: 'ja', trusted: true, forUser: true, caseId: C.suzuki, trap: false,
    note: 'support reports the merge finished',
    from: SUPPORT, to: S.keep, subject: subj(C.suzuki), date: d('2026-02-14 03:33:18', '+0000'), enc: 'jis7',
    text: `鈴木様

ご同意のご返信をいただき、ありがとうございました。
本日、${S.srcId} を ${S.keepId} へ統合する作業が完了しております。
今後は ${S.keep} でサインインしてください。

森
${thread('SZ01')}`,
  }),
  mk({
    slug: 'merge-portal-notice', kind: 'merge_completed', lang: 'ja', trusted: true, forUser: true, caseId: null, trap: false,
    note: 'certification portal notice that the accounts were merged (no case ID)',
    from: PORTAL, to: N.keep, subject: 'AWS Certification: アカウントが統合されました', date: d('2026-03-06 04:10:00', '+0000'), enc: 'utf8b64',
    text: `${N.ja} 様

お客様の AWS Certification アカウントは、別のアカウントと統合されました。
統合元の受験履歴・認定・特典は、現在お使いのアカウントでご覧いただけます。

お心当たりがない場合は、AWS トレーニングと認定のサポートまでご連絡ください。

AWS Training and Certification`,
  }),
  mk({
    slug: 'merge-and-close-sjis', kind: 'merge_completed', lang: 'ja', trusted: true, forUser: true, caseId: C.nakamura, trap: false,
    note: 'completion plus "this case will now be closed": the new fact is the merge',
    from: SUPPORT, to: N.keep, subject: subj(C.nakamura), date: d('2026-03-06 03:58:45', '+0000'), enc: 'sjis8',
    text: `中村様

お待たせいたしました。両アカウントの統合を実施し、${N.keep} のアカウントに認定履歴をまとめました。
ご不明な点がなければ、本ケースはこのままクローズとさせていただきます。

佐野
${thread('NK02')}`,
  }),
  mk({
    slug: 'merge-lookalike-server', kind: 'merge_completed', lang: 'ja', trusted: false, forUser: true, caseId: C.suzuki, trap: false,
    note: 'completion text, but the top Authentication-Results is from a look-alike authserv-id',
    from: SUPPORT, to: S.keep, subject: subj(C.suzuki), date: d('2026-02-14 11:00:00', '+0900'), enc: 'jisb64', auth: 'lookalikeServer',
    text: `鈴木様
アカウントの統合が完了しました。新しい認定証は次のリンクからダウンロードしてください。
https://cert-download.example-aws.net/
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'merge-check-qp', kind: 'merge_completed', lang: 'ja', trusted: true, forUser: true, caseId: C.suzuki, trap: false,
    note: 'merge done; "please check nothing is missing" stays merge_completed',
    from: SUPPORT, to: S.keep, subject: subj(C.suzuki), date: d('2026-02-14 03:40:02', '+0000'), enc: 'utf8qp',
    text: `鈴木様

統合処理が終わりましたのでお知らせいたします。認定3件と、50%割引の特典が ${S.keepId} 側に移っております。
お手数ですが、一度サインインして表示に漏れがないかご確認ください。何かあればこのケースにご返信ください。

森`,
  }),
  mk({
    slug: 'merge-nakamura-resent', kind: 'merge_completed', lang: 'ja', trusted: true, forUser: false, caseId: C.nakamura, trap: false,
    note: 'completion notice to the old work address, redirected by the old employer\'s server (Resent-*)',
    from: SUPPORT, to: N.src, subject: subj(C.nakamura), date: d('2026-03-06 04:02:11', '+0000'), enc: 'jis7',
    resent: { from: 'mailer@oldfirm.example.com', to: 'retired-accounts@oldfirm.example.com', date: d('2026-03-06 13:05:00', '+0900') },
    text: `中村様

統合の作業を終えました。${N.srcId} に記録されていた内容は、すべて ${N.keepId} へ移行済みです。

${salesforce(N.keep, '2026/03/05 19:40', SUPPORT_ADDR, subj(C.nakamura), '佐野様\n統合を承諾します。\n中村')}
${thread('NK02')}`,
  }),
  mk({
    slug: 'merge-freemail-display', kind: 'merge_completed', lang: 'ja', trusted: false, forUser: true, caseId: C.nakamura, trap: false,
    note: 'trusted-looking display name on a free-mail address',
    from: 'AWS Training and Certification <aws.cert.support.jp@gmail.com>', to: N.keep, subject: `統合完了のお知らせ (ケース${C.nakamura})`, date: d('2026-03-06 15:30:00', '+0900'), enc: 'utf8qp',
    text: `中村様
統合が完了しました。特典バウチャーを再発行するため、下記フォームに受験者IDとカード情報をご入力ください。
AWS Training and Certification`,
  }),

  // ---------------- badges_transferred (7) ----------------
  mk({
    slug: 'badge-credly-ja-b64', kind: 'badges_transferred', lang: 'ja', trusted: true, forUser: true, caseId: null, trap: false,
    note: 'Credly issues the AWS badge to the kept address after the merge',
    from: CREDLY_AWS, to: S.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-02-15 02:14:20', '+0000'), enc: 'utf8b64',
    text: `${S.ja} 様

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Professional」のバッジが発行されました。
下のボタンから受け取り、プロフィールに追加できます。

バッジを入手する
https://www.credly.com/earner/earned/badge/5b1e0c2a

Credly`,
  }),
  mk({
    slug: 'badge-support-moved-close', kind: 'badges_transferred', lang: 'ja', trusted: true, forUser: true, caseId: C.suzuki, trap: false,
    note: 'support moved the Credly badges to the kept account and closes the case',
    from: SUPPORT, to: S.keep, subject: subj(C.suzuki), date: d('2026-02-17 06:20:50', '+0000'), enc: 'jis7',
    text: `鈴木様

ご指摘いただいたデジタルバッジの件、Credly 側の登録を ${S.keep} に付け替え、3つのバッジを移行いたしました。
Credly にサインインしてご確認ください。以上をもちまして、本ケースをクローズいたします。

${gmailJa('2026年2月16日(月) 22:41', `${S.ja} <${S.keep}>`, '森様\n統合ありがとうございました。Credlyのバッジが旧アドレスのままのようです。\n鈴木')}
${thread('SZ01')}`,
  }),
  mk({
    slug: 'badge-credly-html-qp', kind: 'badges_transferred', lang: 'ja', trusted: true, forUser: true, caseId: null, trap: false,
    note: 'HTML-only Credly notice of an AWS badge for the kept account',
    from: CREDLY_AWS, to: N.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-03-07 00:02:33', '+0000'), enc: 'utf8qp',
    html: `<html><body><table width="600"><tr><td><p>${N.ja} 様</p><p>AWS Certified Cloud Practitioner のバッジがあなたに発行されました。</p><p><a href="https://www.credly.com/earner/earned/badge/9c11e0f4">バッジを入手する</a></p><p style="color:#777">このメールは Credly から Amazon Web Services Training and Certification に代わってお送りしています。</p></td></tr></table></body></html>`,
  }),
  mk({
    slug: 'badge-support-sjis', kind: 'badges_transferred', lang: 'ja', trusted: true, forUser: true, caseId: C.nakamura, trap: false,
    note: 'support says the badges were re-linked to the kept Credly account',
    from: SUPPORT, to: N.keep, subject: subj(C.nakamura), date: d('2026-03-09 02:44:10', '+0000'), enc: 'sjis8',
    text: `中村様

Credly のバッジについて、統合先アカウントへの紐付けを行いました。旧アドレスで受け取られていた2件のバッジは、今後 ${N.keep} の Credly アカウントに表示されます。

佐野
${thread('NK02')}`,
  }),
  mk({
    slug: 'badge-credIy-forged', kind: 'badges_transferred', lang: 'ja', trusted: false, forUser: true, caseId: null, trap: false,
    note: 'AWS badge notice from credIy.com (capital I): a look-alike of credly.com',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: S.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-02-15 09:00:00', '+0900'), enc: 'utf8b64',
    text: `鈴木 健一 様
統合されたアカウントのバッジをお受け取りください。
バッジを入手する: https://credIy.com/accept?u=k.suzuki.home
Credly`,
  }),
  mk({
    slug: 'badge-credly-alt', kind: 'badges_transferred', lang: 'ja', trusted: true, forUser: true, caseId: null, trap: false,
    note: 'multipart Credly AWS badge notice',
    from: CREDLY_AWS, to: N.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-03-07 00:02:40', '+0000'), enc: 'utf8qp',
    text: `${N.ja} 様、おめでとうございます。
AWS Certified Solutions Architect - Associate のバッジを受け取る準備ができました。
バッジを入手する: https://www.credly.com/earner/earned/badge/a7d3f210`,
    html: html(`${N.ja} 様、おめでとうございます。
AWS Certified Solutions Architect - Associate のバッジを受け取る準備ができました。
バッジを入手する: https://www.credly.com/earner/earned/badge/a7d3f210`),
  }),
  mk({
    slug: 'badge-restate-merge-jisb64', kind: 'badges_transferred', lang: 'ja', trusted: true, forUser: true, caseId: C.suzuki, trap: false,
    note: 'restates last week\'s merge; the new fact is that the badges now sit on the kept account',
    from: SUPPORT, to: S.keep, subject: subj(C.suzuki), date: d('2026-02-18 01:10:10', '+0000'), enc: 'jisb64',
    text: `鈴木様

先日の統合に続き、Credly バッジの移動が本日済みました。
統合先アカウントの Credly プロフィールに、Professional を含む3件が並んでいるはずです。

森`,
  }),

  // ---------------- case_closed (8) ----------------
  mk({
    slug: 'closed-after-badges-jis', kind: 'case_closed', lang: 'ja', trusted: true, forUser: true, caseId: C.nakamura, trap: false,
    note: 'support closes the case after the badge question was answered',
    from: SUPPORT, to: N.keep, subject: subj(C.nakamura), date: d('2026-03-10 01:00:00', '+0000'), enc: 'jis7',
    text: `中村様

その後、問題なくご利用いただけているようでしたら何よりです。
本件は解決済みとして、ケースをクローズいたしました。新たなご質問は、お手数ですが新しいケースでお寄せください。

佐野`,
  }),
  mk({
    slug: 'closed-autoclose-qp', kind: 'case_closed', lang: 'ja', trusted: true, forUser: true, caseId: C.suzuki, trap: false,
    note: 'reminder that the case closes automatically without a reply',
    from: NOTIFY, to: S.keep, subject: `ケース ${C.suzuki} は間もなく自動クローズされます`, date: d('2026-02-21 02:00:00', '+0000'), enc: 'utf8qp',
    text: `お客様

ケース ${C.suzuki} は現在、お客様からのご返信待ちとなっております。
7日以内にご返信がない場合、本ケースは自動的にクローズされます。引き続きサポートが必要な場合は、サポートセンターからご返信ください。

Amazon Web Services`,
  }),
  mk({
    slug: 'closed-restate-sjis', kind: 'case_closed', lang: 'ja', trusted: true, forUser: true, caseId: C.suzuki, trap: true,
    note: 'closing notice that only restates last week\'s merge',
    from: SUPPORT, to: S.keep, subject: subj(C.suzuki), date: d('2026-02-24 05:12:00', '+0000'), enc: 'sjis8',
    text: `鈴木様

先週ご案内のとおり、アカウントの統合は2月14日に完了しております。
その後ご連絡がございませんでしたので、本ケースはクローズとさせていただきます。

森`,
  }),
  mk({
    slug: 'closed-resolved-b64', kind: 'case_closed', lang: 'ja', trusted: true, forUser: true, caseId: C.nakamura, trap: false,
    note: 'system notice: the case was resolved and closed',
    from: NOTIFY, to: N.keep, subject: `ケース ${C.nakamura} が解決済みになりました`, date: d('2026-03-10 01:00:20', '+0000'), enc: 'utf8b64',
    text: `お客様

お問い合わせいただいたケース(ID: ${C.nakamura})は、解決済みとしてクローズされました。
同じ件で再度お困りの際は、サポートセンターからケースを再開いただけます。

今回の対応についてのアンケートに、ぜひご協力ください。`,
  }),
  mk({
    slug: 'closed-otheronly', kind: 'case_closed', lang: 'ja', trusted: false, forUser: true, caseId: C.suzuki, trap: false,
    note: 'closing text; the only authentication verdict comes from another server (mx.google.com)',
    from: NOTIFY, to: S.keep, subject: `ケース ${C.suzuki} をクローズしました`, date: d('2026-02-25 10:00:00', '+0900'), enc: 'jis7', auth: 'otherOnly',
    text: `ケース ${C.suzuki} はクローズされました。
再開を希望される場合は、72時間以内に以下へアクセスしてください。
http://reopen.example-aws-case.net/`,
  }),
  mk({
    slug: 'closed-noreply-jisb64', kind: 'case_closed', lang: 'ja', trusted: true, forUser: true, caseId: C.suzukiDup, trap: false,
    note: 'the duplicate case is closed for lack of reply (the merge itself is not claimed)',
    from: SUPPORT, to: S.keep, subject: subj(C.suzukiDup), date: d('2026-02-12 07:30:00', '+0000'), enc: 'jisb64',
    text: `鈴木様

本ケースについて、これまでにご返信をいただけておりませんので、いったんクローズいたします。
同じご依頼はケース ${C.suzuki} で対応中のため、そちらでやり取りを続けさせてください。

AWS トレーニングと認定 サポート`,
  }),
  mk({
    slug: 'closed-restate-qp', kind: 'case_closed', lang: 'ja', trusted: true, forUser: true, caseId: C.nakamura, trap: true,
    note: '"統合が完了しておりますので" restates the merge and closes: case_closed',
    from: SUPPORT, to: N.keep, subject: subj(C.nakamura), date: d('2026-03-12 00:45:12', '+0000'), enc: 'utf8qp',
    text: `中村様

統合およびバッジの移行は、前回お知らせしたとおり完了しておりますので、本件はこれにて終了とさせていただきます。
また何かございましたら、お気軽にお問い合わせください。

佐野`,
  }),
  mk({
    slug: 'closed-fail-then-forged', kind: 'case_closed', lang: 'ja', trusted: false, forUser: true, caseId: C.nakamura, trap: false,
    note: 'closing notice; the top verdict is fail and a planted pass sits lower',
    from: SUPPORT, to: N.keep, subject: subj(C.nakamura), date: d('2026-03-12 09:00:00', '+0900'), enc: 'sjisb64', auth: 'failThenForged',
    text: `中村様
ケースはクローズされました。ご利用の認定特典を維持するには、添付のフォームにご記入ください。
AWS トレーニングと認定`,
  }),

  // ---------------- support_reply (8) ----------------
  mk({
    slug: 'reply-thanks-confirm-jis', kind: 'support_reply', lang: 'ja', trusted: true, forUser: true, caseId: C.suzuki, trap: true,
    note: 'thanks for confirming, handed to the team that runs merges',
    from: SUPPORT, to: S.keep, subject: subj(C.suzuki), date: d('2026-02-13 04:02:20', '+0000'), enc: 'jis7',
    text: `鈴木様

ご同意のご返信、確かに拝受しました。統合を担当する部署へ依頼を回しております。
作業には数日いただく場合がございます。

森

${gmailJa('2026年2月13日(金) 12:40', `${S.ja} <${S.keep}>`, '森様\n同意します。よろしくお願いします。\n鈴木')}`,
  }),
  mk({
    slug: 'reply-escalated-sjis', kind: 'support_reply', lang: 'ja', trusted: true, forUser: true, caseId: C.nakamura, trap: false,
    note: 'status: escalated to the back-office team',
    from: SUPPORT, to: N.keep, subject: subj(C.nakamura), date: d('2026-03-03 23:50:01', '+0000'), enc: 'sjis8',
    text: `中村様

本件は社内の専門チームに引き継ぎ、調査をお願いしているところです。
進展があり次第、こちらからご連絡いたしますので、もうしばらくお待ちくださいませ。

佐野`,
  }),
  mk({
    slug: 'reply-future-merge-qp', kind: 'support_reply', lang: 'ja', trusted: true, forUser: true, caseId: C.suzuki, trap: true,
    note: '"統合が完了しましたらご連絡いたします": future, not the event',
    from: SUPPORT, to: S.keep, subject: subj(C.suzuki), date: d('2026-02-13 09:12:40', '+0000'), enc: 'utf8qp',
    text: `鈴木様

現在、統合作業の順番をお待ちいただいております。
統合が完了しましたら、改めてこのケースでご連絡いたします。バッジの移行はその後となります。

森`,
  }),
  mk({
    slug: 'reply-not-yet-jisb64', kind: 'support_reply', lang: 'ja', trusted: true, forUser: true, caseId: C.nakamura, trap: true,
    note: 'negated: the merge has not been done yet',
    from: SUPPORT, to: N.keep, subject: subj(C.nakamura), date: d('2026-03-05 23:30:00', '+0000'), enc: 'jisb64',
    text: `中村様

お問い合わせの件ですが、統合はまだ完了しておりません。担当部署の作業待ちの状態です。
ご不便をおかけして申し訳ございません。

佐野`,
  }),
  mk({
    slug: 'reply-voucher-answer', kind: 'support_reply', lang: 'ja', trusted: true, forUser: true, caseId: C.suzuki, trap: true,
    note: 'answers a voucher question, mentioning what happens after merging',
    from: SUPPORT, to: S.keep, subject: subj(C.suzuki), date: d('2026-02-12 08:20:10', '+0000'), enc: 'utf8b64',
    text: `鈴木様

ご質問いただいた50%割引バウチャーは、統合後も有効期限まで引き続きお使いいただけます。
統合前に受験予約をされても問題はございませんが、予約済みの試験がある間は統合できない場合がございます。

森`,
  }),
  mk({
    slug: 'reply-dup-cases-merged', kind: 'support_reply', lang: 'ja', trusted: true, forUser: true, caseId: C.suzuki, trap: true,
    note: 'the two duplicate cases were merged, not the accounts',
    from: SUPPORT, to: S.keep, subject: subj(C.suzuki), date: d('2026-02-11 00:40:00', '+0000'), enc: 'jis7',
    text: `鈴木様

同じ内容で2件のケース(${C.suzuki} / ${C.suzukiDup})をいただいておりましたので、ケースを1つに統合いたしました。
以後のやり取りは ${C.suzuki} でお願いいたします。

森`,
  }),
  mk({
    slug: 'reply-write-from-keep', kind: 'support_reply', lang: 'ja', trusted: true, forUser: true, caseId: C.nakamura, trap: false,
    note: '"write to us from the address you keep" without asking for data',
    from: SUPPORT, to: N.src, subject: subj(C.nakamura), date: d('2026-03-02 23:59:00', '+0000'), enc: 'utf8qp',
    text: `中村様

お問い合わせありがとうございます。
恐れ入りますが、今後のやり取りは統合後に残すアカウントのメールアドレスからお送りいただけますと幸いです。

佐野`,
  }),
  mk({
    slug: 'reply-badge-delay', kind: 'support_reply', lang: 'ja', trusted: true, forUser: true, caseId: C.nakamura, trap: true,
    note: 'explains Credly can take days to reflect; does not say the badges moved',
    from: SUPPORT, to: N.keep, subject: subj(C.nakamura), date: d('2026-03-08 02:10:00', '+0000'), enc: 'utf8qp',
    text: `中村様

Credly のバッジへの反映には、統合後数日かかることがございます。
週明けになっても旧アドレスのままでしたら、このケースへそのままご返信ください。こちらで移行を依頼いたします。

佐野`,
  }),

  // ---------------- unrelated (20): third parties who sound like support, the user's own mail, other issuers ----------------
  mk({
    slug: 'hs-helpdesk-receipt', kind: 'unrelated', lang: 'ja', trusted: false, forUser: true, caseId: null, trap: true,
    note: 'company IT helpdesk receipt for its own ticket about the AWS merge; not AWS support',
    from: HS_HELPDESK, to: S.src, subject: '[REQ-2026-00871] お問い合わせを受け付けました', date: d('2026-02-09 17:40:02', '+0900'), enc: 'jis7',
    text: `鈴木 健一 さん

情報システム部ヘルプデスクです。以下の内容で受付しました。

  受付番号: REQ-2026-00871
  件名: AWS認定アカウント統合の件(退職前のアドレス整理)
  担当: 未割当

担当が決まり次第、折り返しご連絡します。

--
花村システム株式会社 情報システム部 ヘルプデスク(内線 4410)`,
  }),
  mk({
    slug: 'hs-helpdesk-close', kind: 'unrelated', lang: 'ja', trusted: false, forUser: true, caseId: C.suzuki, trap: true,
    note: 'helpdesk closes its own ticket, restating the AWS case number; not AWS',
    from: HS_HELPDESK, to: S.src, subject: '[REQ-2026-00871] 対応完了のためクローズします', date: d('2026-02-16 10:02:44', '+0900'), enc: 'sjis8',
    text: `鈴木さん

お問い合わせの件、AWS 側でケース ${C.suzuki} として処理済みと伺いましたので、本チケットはクローズします。
旧アドレスは2月末で停止予定です。

ヘルプデスク 石井`,
  }),
  mk({
    slug: 'hs-helpdesk-info', kind: 'unrelated', lang: 'ja', trusted: false, forUser: true, caseId: null, trap: true,
    note: 'helpdesk asks for the employee number and mail forwarding wishes; its own process',
    from: HS_HELPDESK, to: S.src, subject: '[REQ-2026-00871] 追加情報のご提供のお願い', date: d('2026-02-10 09:30:00', '+0900'), enc: 'utf8b64',
    text: `鈴木さん

退職に伴うメール転送設定のため、以下をご返信ください。
・社員番号
・転送先のアドレス(個人アドレス可)
・転送を希望する期間

AWS 認定のアカウントについては、AWS のサポートへ直接ご依頼ください。当部では操作できません。

ヘルプデスク 石井`,
  }),
  mk({
    slug: 'hs-kenshu-ledger', kind: 'unrelated', lang: 'ja', trusted: false, forUser: true, caseId: C.suzuki, trap: true,
    note: 'training coordinator updated the company skills ledger after hearing of the merge',
    from: HS_KENSHU, to: S.src, subject: 'Re: AWS認定の統合について', date: d('2026-02-16 13:15:20', '+0900'), enc: 'jis7',
    text: `鈴木さん

人材開発課の田村です。
AWS 側で統合が完了したとのこと(ケース ${C.suzuki})、承知しました。
社内のスキル台帳の登録アドレスも個人アドレスに更新しておきました。

${origMsg(`${S.ja} <${S.src}>`, 'Monday, February 16, 2026 11:02 AM', 'kenshu@hanamura-sys.example.co.jp', 'AWS認定の統合について', `田村さん\nAWSのサポートから統合完了の連絡が来ました(ケース ${C.suzuki})。\n鈴木`)}`,
  }),
  mk({
    slug: 'hs-kenshu-approve', kind: 'unrelated', lang: 'ja', trusted: false, forUser: true, caseId: null, trap: true,
    note: 'training coordinator asks the user to confirm the certification report before approval',
    from: HS_KENSHU, to: S.src, subject: '【要確認】資格取得報告の内容確認のお願い', date: d('2026-02-18 10:00:00', '+0900'), enc: 'jisb64',
    text: `鈴木さん

お疲れさまです。研修担当の田村です。
提出いただいた資格取得報告について、以下の内容で相違ないかご確認いただき、問題なければ承認ボタンを押してください。

  資格名: AWS Certified Solutions Architect - Professional
  合格日: 2025/10/03
  報奨金区分: B

よろしくお願いします。`,
  }),
  mk({
    slug: 'hs-bucho-mobile', kind: 'unrelated', lang: 'ja', trusted: false, forUser: true, caseId: null, trap: true,
    note: 'manager\'s mobile reply asking to be told once the merge is done',
    from: HS_BUCHO, to: S.src, subject: 'Re: 退職前の手続きについて', date: d('2026-02-12 19:44:03', '+0900'), enc: 'utf8qp',
    text: `了解。AWS認定の統合が終わったら一言ください。パートナー申請の人数に影響するので。
小林

iPhoneから送信

> 2026/02/12 18:10、鈴木 健一 <${S.src}>のメール:
>
> 小林部長
> AWS認定アカウントの統合をサポートに依頼しました。完了まで数日かかるそうです。
> 鈴木`,
  }),
  mk({
    slug: 'hs-skill-system-html', kind: 'unrelated', lang: 'ja', trusted: false, forUser: true, caseId: null, trap: true,
    note: 'HR skills system says qualification records were migrated to a new profile; an internal system',
    from: HS_SKILL, to: S.src, subject: '【スキル管理システム】資格情報の移行が完了しました', date: d('2026-02-17 06:00:00', '+0900'), enc: 'utf8b64',
    html: html(`鈴木 健一 様

スキル管理システムにおける資格情報の移行が完了しました。
移行件数: 4件(AWS 認定 3件、情報処理技術者試験 1件)

内容に誤りがある場合は、人材開発課までお問い合わせください。
本メールはシステムから自動送信されています。`),
  }),
  mk({
    slug: 'academia-order-receipt', kind: 'unrelated', lang: 'ja', trusted: false, forUser: true, caseId: null, trap: true,
    note: 'training partner\'s order receipt for an exam voucher',
    from: ACADEMIA, to: S.keep, subject: '【クラウドアカデミア】ご注文を受け付けました(注文番号 CA-260219-0442)', date: d('2026-02-19 22:10:10', '+0900'), enc: 'sjisb64',
    text: `鈴木 健一 様

このたびはクラウドアカデミアをご利用いただきありがとうございます。
以下のご注文を承りました。

  注文番号: CA-260219-0442
  商品: AWS 認定試験バウチャー(アソシエイト)× 1
  お支払い: クレジットカード

バウチャーコードは2営業日以内にメールでお届けします。

クラウドアカデミア サポートデスク`,
  }),
  mk({
    slug: 'academia-lms-merge', kind: 'unrelated', lang: 'ja', trusted: false, forUser: true, caseId: null, trap: true,
    note: 'the training partner merged its own learner accounts; not the AWS certification account',
    from: ACADEMIA, to: S.keep, subject: '受講者アカウント統合手続き完了のご連絡', date: d('2026-02-20 15:20:00', '+0900'), enc: 'jis7',
    text: `鈴木様

先日ご依頼いただいた、弊社受講システムの受講者アカウント2件の統合が完了しました。
受講履歴と修了証は ${S.keep} のアカウントにまとめてあります。

なお、AWS 認定のアカウントは弊社では統合できません。AWS のサポート窓口へご依頼ください。

クラウドアカデミア サポートデスク 岡田`,
  }),
  mk({
    slug: 'pvue-booking-alt', kind: 'unrelated', lang: 'ja', trusted: false, forUser: true, caseId: null, trap: true,
    note: 'Pearson VUE exam appointment confirmation',
    from: PVUE_JA, to: N.keep, subject: 'ご予約確認: AWS Certified Developer - Associate', date: d('2026-03-11 08:30:00', '+0900'), enc: 'utf8qp',
    text: `中村 美咲 様

以下の試験のご予約が確定しました。

  試験: AWS Certified Developer - Associate (DVA-C02)
  日時: 2026年4月4日(土) 10:00
  会場: オンライン監督試験(OnVUE)
  登録番号: 418830277

予約の変更は試験の24時間前まで可能です。

ピアソンVUE`,
    html: html(`中村 美咲 様

以下の試験のご予約が確定しました。

  試験: AWS Certified Developer - Associate (DVA-C02)
  日時: 2026年4月4日(土) 10:00
  会場: オンライン監督試験(OnVUE)
  登録番号: 418830277

予約の変更は試験の24時間前まで可能です。

ピアソンVUE`),
  }),
  mk({
    slug: 'pvue-profile-dedupe', kind: 'unrelated', lang: 'ja', trusted: false, forUser: true, caseId: null, trap: true,
    note: 'Pearson VUE says it resolved a duplicate test-taker profile; not the AWS merge',
    from: PVUE_JA, to: N.keep, subject: '受験者プロファイルの重複について(対応完了)', date: d('2026-03-08 11:11:11', '+0900'), enc: 'jisb64',
    text: `中村様

ピアソンVUE カスタマーサービスです。
ご連絡いただいた受験者プロファイルの重複を解消し、1つにまとめました。今後は ${N.keep} でログインしてください。

ご不明な点があれば、お問い合わせ番号 PV-JP-77120 を添えてご連絡ください。`,
  }),
  mk({
    slug: 'credly-microsoft-ja', kind: 'unrelated', lang: 'ja', trusted: true, forUser: true, caseId: null, trap: true,
    note: 'a Credly badge from another issuer (Microsoft)',
    from: 'Microsoft via Credly <admin@credly.com>', to: N.keep, subject: 'Microsoftのバッジ発行のお知らせ', date: d('2026-03-07 03:00:00', '+0000'), enc: 'utf8b64',
    text: `${N.ja} 様

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。

バッジを入手する
https://www.credly.com/earner/earned/badge/0f3a9d21`,
  }),
  mk({
    slug: 'credly-merge-code-ja', kind: 'unrelated', lang: 'ja', trusted: true, forUser: true, caseId: null, trap: true,
    note: 'Credly\'s own account-merge authorisation code',
    from: 'Credly <admin@credly.com>', to: S.src, subject: 'Credly アカウント統合の確認コード', date: d('2026-02-16 12:30:00', '+0000'), enc: 'utf8qp',
    text: `Credly アカウントの統合リクエストを受け付けました。
以下の認証コードを画面に入力して、統合を完了してください。

  認証コード: 482913

お心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'aws-refund-case-closed', kind: 'unrelated', lang: 'ja', trusted: true, forUser: true, caseId: C.suzukiRefund, trap: true,
    note: 'AWS support closes the user\'s other case about an exam refund',
    from: SUPPORT, to: S.keep, subject: `RE:[CASE ${C.suzukiRefund}] [AWS Training and Certification Form Submission] - exam-refund`, date: d('2026-02-20 02:00:00', '+0000'), enc: 'jis7',
    text: `鈴木様

キャンセルされた試験の受験料について、返金処理を行いました。カード会社により反映まで数日かかる場合がございます。
返金の件は以上となりますので、本ケースをクローズいたします。

AWS トレーニングと認定 カスタマーサービス`,
  }),
  mk({
    slug: 'aws-survey-ja', kind: 'unrelated', lang: 'ja', trusted: true, forUser: true, caseId: C.nakamura, trap: true,
    note: 'survey about the closed case ("was your issue resolved?")',
    from: 'AWS Training and Certification <aws-tc-survey@amazon.com>', to: N.keep, subject: 'サポートの対応はいかがでしたか?', date: d('2026-03-13 01:00:00', '+0000'), enc: 'utf8qp',
    text: `中村様

先日のケース(${C.nakamura})について、問題は解決しましたか?
1分ほどのアンケートにご協力ください。

https://survey.aws.example/s/${C.nakamura}`,
    html: html(`中村様

先日のケース(${C.nakamura})について、問題は解決しましたか?
1分ほどのアンケートにご協力ください。

https://survey.aws.example/s/${C.nakamura}`),
  }),
  mk({
    slug: 'own-forward-colleague', kind: 'unrelated', lang: 'ja', trusted: false, forUser: false, caseId: C.suzuki, trap: true,
    note: 'the user forwards the completion notice to a colleague (own mail, not addressed to the user)',
    from: `${S.ja} <${S.src}>`, to: HS_COLLEAGUE, subject: `Fwd: ${subj(C.suzuki)}`, date: d('2026-02-14 14:02:00', '+0900'), enc: 'sjis8', deliveredTo: null, rcpt: 'takahashi.m@hanamura-sys.example.co.jp',
    text: `高橋さん

参考までに。サポートに頼んだら2日ほどで統合してもらえました。

${fwdGmail(SUPPORT, '2026年2月14日(土) 12:33', subj(C.suzuki), S.keep, `鈴木様\n\n本日、${S.srcId} を ${S.keepId} へ統合する作業が完了しております。`)}`,
  }),
  mk({
    slug: 'kenshu-ooo', kind: 'unrelated', lang: 'ja', trusted: false, forUser: true, caseId: null, trap: true,
    note: 'training coordinator\'s out-of-office auto-reply that says the mail was received',
    from: HS_KENSHU, to: S.src, subject: '自動応答: AWS認定の統合について', date: d('2026-02-16 11:02:30', '+0900'), enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `メールを受信しました。
田村は2月16日から2月18日まで休暇をいただいております。
19日以降に確認のうえ、順次ご返信いたします。
お急ぎの場合は人材開発課(内線 2230)までご連絡ください。`,
  }),
  mk({
    slug: 'colleague-asks-consent', kind: 'unrelated', lang: 'ja', trusted: false, forUser: true, caseId: '1775506132', trap: true,
    note: 'a colleague forwards his own AWS consent request and asks the user for advice',
    from: HS_COLLEAGUE, to: S.src, subject: 'Fwd: AWSから統合の確認が来たんだけど', date: d('2026-02-26 12:10:00', '+0900'), enc: 'utf8b64',
    text: `鈴木さん

前に統合してもらったって言ってたよね。これ、そのまま「同意します」って返していいのかな?
取り消せないって書いてあってちょっと怖い。

${fwdGmail(SUPPORT, '2026年2月26日(木) 9:40', subj('1775506132'), 'takahashi.m@hanamura-sys.example.co.jp', '高橋様\n\n統合は取り消しできません。よろしければご返信ください。')}`,
  }),
  mk({
    slug: 'kenshu-allhands-list', kind: 'unrelated', lang: 'ja', trusted: false, forUser: false, caseId: null, trap: true,
    note: 'coordinator\'s notice to a department list (user not a recipient): how to merge accounts before leaving',
    from: HS_KENSHU, to: 'クラウド事業部 全員 <cloud-all@hanamura-sys.example.co.jp>', subject: '【周知】退職・異動時のAWS認定アカウント統合について', date: d('2026-02-25 09:00:00', '+0900'), enc: 'jisb64',
    text: `クラウド事業部の皆さん

人材開発課です。AWS 認定アカウントの統合手続きが完了した方は、スキル台帳のアドレス変更をお願いします。
統合は AWS のサポートに依頼し、確認のメールに返信すると数日で完了するようです。
Credly のバッジが移っていない場合は、同じケースで依頼すると移してもらえます。

人材開発課 田村`,
  }),
  mk({
    slug: 'school-badge-moved', kind: 'unrelated', lang: 'ja', trusted: false, forUser: true, caseId: null, trap: true,
    note: 'an IT school says its completion badges were moved to her new address; not AWS badges',
    from: 'テックスクール受講サポート <support@techschool.example.jp>', to: N.keep, subject: '修了バッジ移行完了のお知らせ', date: d('2026-03-09 18:00:00', '+0900'), enc: 'utf8qp',
    text: `中村 美咲 様

お問い合わせいただいた修了バッジ(AWS 基礎コース・Linux 入門)を、新しいメールアドレスのアカウントへ移行いたしました。
マイページの「バッジ」からご確認ください。

受付番号 TS-20260309-015 のお問い合わせは、これで完了とさせていただきます。

テックスクール 受講サポート`,
  }),
];
