// Set cp, Japanese part 1: receipts, automated answers, information and consent requests.
import type { Msg } from './lib.js';
import {
  CASE, KEN, MISAKI, NOREPLY, SUPPORT, SUPPORT_ADDR, YUMI, alt, eml, gmailJa, inner, jst, mixed, outlookJa, page, paras, pdf, png, quote, sfQuote, sfRef, subj, subj0, T, H, txtFile, dsn, fwdJa,
} from './common.js';

const MISAKI_ASK = `AWS認定のアカウントが2つに分かれてしまったので1つにまとめたいです。
残す方: ${MISAKI.keepId} / ${MISAKI.keep}
まとめる方: ${MISAKI.srcId} / ${MISAKI.src}
田中 美咲`;

const KEN_ASK = `前職の会社アドレスで受験した分(${KEN.srcId})を、個人アドレスのアカウントへ寄せていただけますでしょうか。
個人: ${KEN.keep}
鈴木`;

const YUMI_ASK = `大学在籍中に作成した認定アカウント(${YUMI.src})と現在のアカウント(${YUMI.keep})の統合をお願いします。
小林 由美`;

export const JA1: Msg[] = [
  // ---------------- acknowledgement (8)
  {
    slug: 'ja-ack-misaki-plain',
    kind: 'acknowledgement', lang: 'ja', trusted: true, forUser: true, caseId: CASE.misaki, trap: false,
    note: 'automatic receipt of the new case, case ID in subject and body',
    from: NOREPLY, to: MISAKI.keep, subject: `AWS サポート: ケース ${CASE.misaki} を受け付けました`,
    date: jst('2026-01-19 21:04:51'), auth: 'pass', enc: 'jis7',
    text: `田中 美咲 様

AWS トレーニングと認定へお問い合わせいただきありがとうございます。
ケース番号 ${CASE.misaki} にて、お問い合わせを承りました。

担当者より通常24時間以内にご連絡いたします。
同じ内容で新しいケースを作成されますと、回答が遅れる原因となりますのでご注意ください。

このメールは送信専用アドレスから自動で送信されています。

Amazon Web Services`,
  },
  {
    slug: 'ja-ack-ken-html',
    kind: 'acknowledgement', lang: 'ja', trusted: true, forUser: true, caseId: CASE.ken, trap: false,
    note: 'HTML-only automatic receipt in Shift_JIS base64; the ID sits in a table cell',
    from: NOREPLY, to: KEN.keep, subject: `[CASE ${CASE.ken}] お問い合わせ受付のお知らせ`,
    date: jst('2026-01-22 08:15:03'), auth: 'pass', enc: 'sjisb64',
    html: page(`<p>鈴木 健一 様</p>
<p>お問い合わせありがとうございます。以下の内容で受付が完了しております。</p>
<table border="1" cellpadding="4"><tr><td>ケースID</td><td>${CASE.ken}</td></tr><tr><td>お問い合わせの種類</td><td>AWS トレーニングと認定</td></tr><tr><td>受付日時</td><td>2026/01/22 08:15</td></tr></table>
<p>順番にご返答いたしますので、しばらくお待ちください。このメールには返信できません。</p>
<p>アマゾン ウェブ サービス ジャパン</p>`),
  },
  {
    slug: 'ja-ack-yumi-alt-pdf',
    kind: 'acknowledgement', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yumi, trap: false,
    note: 'automatic receipt with the submitted form attached as a PDF copy',
    from: SUPPORT, to: YUMI.keep, subject: subj0(CASE.yumi),
    date: jst('2026-02-02 13:40:22'), auth: 'pass', enc: 'utf8qp',
    mime: mixed(
      alt('utf8qp', `小林 由美 様

AWS Training and Certification へのお問い合わせを受け付けました(ケースID: ${CASE.yumi})。
ご入力内容の控えをPDFで添付しております。担当窓口から追ってご連絡いたします。

※本メールはシステムより自動送信しております。`, page(paras(`小林 由美 様

AWS Training and Certification へのお問い合わせを受け付けました(ケースID: ${CASE.yumi})。
ご入力内容の控えをPDFで添付しております。担当窓口から追ってご連絡いたします。

※本メールはシステムより自動送信しております。`))),
      pdf('inquiry-copy.pdf', 'Inquiry copy / お問い合わせ控え', [`Case ID: ${CASE.yumi}`, 'お問い合わせの種類: AWS トレーニングと認定', '問題の種類: 認定 / アカウントの統合', `Candidate ID: ${YUMI.keepId}`, 'ご相談内容:', ...YUMI_ASK.split('\n')]),
    ),
  },
  {
    slug: 'ja-ack-misaki-dup-b64',
    kind: 'acknowledgement', lang: 'ja', trusted: true, forUser: true, caseId: CASE.misakiDup, trap: false,
    note: 'receipt of a second (duplicate) case opened the same evening; still a receipt',
    from: NOREPLY, to: MISAKI.src, subject: `お問い合わせを受け付けました (ケース ${CASE.misakiDup})`,
    date: jst('2026-01-19 23:51:10'), auth: 'pass', enc: 'utf8b64',
    text: `お問い合わせいただいた内容は、ケースID ${CASE.misakiDup} として登録されました。
ご返信までしばらくお待ちください。サポートセンターからもケースの状況をご確認いただけます。

AWS Support`,
  },
  {
    slug: 'ja-ack-forged-lookalike',
    kind: 'acknowledgement', lang: 'ja', trusted: false, forUser: true, caseId: CASE.ken, trap: false,
    note: 'forged receipt from a look-alike domain; reads as a receipt',
    from: 'AWS サポート <no-reply-aws@amazon-support.co>', to: KEN.keep, subject: `ケース ${CASE.ken} 受付完了のご案内`,
    date: jst('2026-01-22 09:02:44'), auth: 'pass', enc: 'jis7',
    text: `鈴木様

お問い合わせを受付いたしました。ケースID: ${CASE.ken}
ケースの進捗確認には下記ページよりサインインしてください。
https://signin.amazon-support.co/case/${CASE.ken}

AWSサポートセンター`,
  },
  {
    slug: 'ja-ack-body-only-id',
    kind: 'acknowledgement', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yumi, trap: false,
    note: 'receipt with a generic subject; case ID only in the body; DKIM-only pass',
    from: NOREPLY, to: YUMI.keep, subject: 'お問い合わせありがとうございます',
    date: jst('2026-02-02 13:40:31'), auth: 'dkimonly', enc: 'jisb64', crlf: false,
    text: `この度はAWSへお問い合わせいただき、誠にありがとうございます。
受付番号は${CASE.yumi}です、今後のやり取りではこの番号をお伝えください。
内容を確認のうえ、担当より改めてご連絡差し上げます。

-- 
Amazon Web Services, Inc.`,
  },
  {
    slug: 'ja-ack-ken-resent-oldcorp',
    kind: 'acknowledgement', lang: 'ja', trusted: true, forUser: false, caseId: CASE.ken, trap: false,
    note: 'receipt redirected by the old employer\'s server with Resent-* headers: still a receipt, not delivered to the user',
    from: NOREPLY, to: KEN.src, subject: `AWS サポート ケース ${CASE.ken}: 受付確認`,
    date: jst('2026-01-22 08:15:09'), auth: 'pass', enc: 'jis7',
    resent: { from: 'postmaster@oldfirm.example.co.jp', to: 'it-archive@oldfirm.example.co.jp', date: jst('2026-01-22 08:16:40') },
    text: `認定アカウントに関するお問い合わせ(ケースID ${CASE.ken})を受け付けました。
担当者からの回答をお待ちください。
本メールは自動送信です。`,
  },
  {
    slug: 'ja-ack-with-submission-eml',
    kind: 'acknowledgement', lang: 'ja', trusted: true, forUser: true, caseId: CASE.misaki, trap: false,
    note: 'receipt that carries the customer\'s submitted form as an attached message; the new text is the receipt',
    from: SUPPORT, to: MISAKI.keep, subject: subj0(CASE.misaki),
    date: jst('2026-01-19 21:05:02'), auth: 'pass', enc: 'jisb64',
    mime: mixed(
      T('jisb64', `お問い合わせを受け付けました。ケースID: ${CASE.misaki}
送信いただいた内容を添付にてお送りします、担当者からの連絡をお待ちください。
AWS Training and Certification`),
      eml(inner({ from: `${MISAKI.ja} <${MISAKI.keep}>`, to: SUPPORT_ADDR, subject: 'AWS トレーニングと認定 - アカウントの統合', date: jst('2026-01-19 21:03:40'), seed: 'misaki-form', hdr: 'jis', body: T('jis7', MISAKI_ASK) }), 'submission.eml'),
    ),
  },

  // ---------------- ai_answer (7)
  {
    slug: 'ja-ai-misaki-tool',
    kind: 'ai_answer', lang: 'ja', trusted: true, forUser: true, caseId: CASE.misaki, trap: false,
    note: 'automated answer pointing to the self-service Merge Accounts tool',
    from: NOREPLY, to: MISAKI.keep, subject: `ケース ${CASE.misaki}: 自動回答のご案内`,
    date: jst('2026-01-19 21:04:58'), auth: 'pass', enc: 'jis7',
    text: `このメッセージは生成AIによる自動回答です。

認定アカウントが複数ある場合、AWS Certification アカウントにサインインし、[プロフィール] から
「アカウントの統合」ツールをお試しいただけます。両方のアカウントに認定の履歴がある場合、
ツールでは処理できないことがあります、その際はこのケースに返信してください。

ケースID: ${CASE.misaki}`,
  },
  {
    slug: 'ja-ai-ken-html',
    kind: 'ai_answer', lang: 'ja', trusted: true, forUser: true, caseId: CASE.ken, trap: false,
    note: 'HTML-only automated suggestion with self-service steps',
    from: NOREPLY, to: KEN.keep, subject: `[CASE ${CASE.ken}] おすすめの解決方法`,
    date: jst('2026-01-22 08:15:20'), auth: 'pass', enc: 'utf8b64',
    html: page(`<p><b>AI アシスタントからのご提案</b></p>
<ol><li>統合したい2つのアカウントのうち、残す方でサインインします</li><li>プロフィール &gt; 「Merge Accounts」を開きます</li><li>もう一方のアカウントの認証情報を入力します</li></ol>
<p>解決しない場合は、ケース ${CASE.ken} にご返信いただければ担当者が確認します。</p>
<p style="color:#888">この回答は自動生成されたもので、誤りを含む場合があります。</p>`),
  },
  {
    slug: 'ja-ai-yumi-sjis',
    kind: 'ai_answer', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yumi, trap: false,
    note: 'automated answer in Shift_JIS 8bit',
    from: NOREPLY, to: YUMI.keep, subject: `AWS サポート: ケース ${CASE.yumi} に関する自動応答`,
    date: jst('2026-02-02 13:41:05'), auth: 'pass', enc: 'sjis8',
    text: `お問い合わせの内容から、以下の情報がお役に立つかもしれません(自動応答)。

・AWS 認定のよくある質問: 複数の認定アカウントをお持ちの場合
・セルフサービスのアカウント統合機能

こちらで解決した場合は、このメールへの返信は不要です。`,
  },
  {
    slug: 'ja-ai-pdf-guide',
    kind: 'ai_answer', lang: 'ja', trusted: true, forUser: true, caseId: CASE.misakiDup, trap: false,
    note: 'automated answer whose one-line body points to an attached PDF guide of the self-service tool',
    from: NOREPLY, to: MISAKI.src, subject: `ケース ${CASE.misakiDup}: セルフサービスのご案内`,
    date: jst('2026-01-19 23:51:30'), auth: 'pass', enc: 'jis7',
    mime: mixed(
      T('jis7', `自動回答: アカウント統合ツールの使い方を添付のPDFにまとめました(ケース ${CASE.misakiDup})。`),
      pdf('merge-tool-guide.pdf', 'Merge Accounts self-service guide', ['アカウント統合ツールの使い方(自動生成)', '1. 残すアカウントでサインイン', '2. プロフィールから「アカウントの統合」を選択', '3. もう一方のアカウントでサインインして承認', `Case ID: ${CASE.misakiDup}`]),
    ),
  },
  {
    slug: 'ja-ai-related-screenshot',
    kind: 'ai_answer', lang: 'ja', trusted: true, forUser: true, caseId: CASE.ken, trap: false,
    note: 'automated answer with an inline screenshot of the portal (multipart/related)',
    from: NOREPLY, to: KEN.keep, subject: `ケース ${CASE.ken} 自動ガイド`,
    date: jst('2026-01-22 08:15:25'), auth: 'pass', enc: 'utf8qp',
    mime: {
      t: 'multi', sub: 'related', parts: [
        H('utf8qp', page(`<p>AIによるご案内です。画面右上のプロフィールメニューから統合ツールを開けます。</p>
<p><img src="cid:portal-shot@aws" alt="プロフィールメニューの画面"></p>
<p>ツールで統合できない場合のみ、ケース ${CASE.ken} へ返信してください。</p>`)),
        png('portal.png', 3, 'Profile menu > Merge Accounts', 'portal-shot@aws'),
      ],
    },
  },
  {
    slug: 'ja-ai-forged-lookalike',
    kind: 'ai_answer', lang: 'ja', trusted: false, forUser: true, caseId: CASE.yumi, trap: false,
    note: 'forged automated answer from a look-alike domain (aws-training-help.com)',
    from: 'AWS Training and Certification <support@aws-training-help.com>', to: YUMI.keep, subject: `ケース ${CASE.yumi}: 自動回答`,
    date: jst('2026-02-02 14:10:00'), auth: 'none', enc: 'utf8qp',
    text: `自動アシスタントです。以下のリンクからセルフサービスのアカウント統合を実行できます。
https://aws-training-help.com/merge?case=${CASE.yumi}
リンクの有効期限は24時間です。`,
  },
  {
    slug: 'ja-ai-explains-after',
    kind: 'ai_answer', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yumi, trap: true,
    note: 'automated answer that explains what happens after a merge (badges, completion): still ai_answer',
    from: NOREPLY, to: YUMI.keep, subject: `ケース ${CASE.yumi}: よくあるご質問への自動回答`,
    date: jst('2026-02-02 13:41:09'), auth: 'pass', enc: 'utf8qp',
    text: `【自動回答】
統合が完了すると、統合元の認定と特典は統合先アカウントに表示されます。
Credly のデジタルバッジは自動で移行されない場合があり、その際は統合後にバッジを受け取り直してください。
アカウントの統合自体は、両方に受験履歴があるとツールでは行えません。
詳しくはこのケース(${CASE.yumi})にご返信ください。`,
  },

  // ---------------- info_request (9)
  {
    slug: 'ja-info-misaki-ids',
    kind: 'info_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.misaki, trap: false,
    note: 'support asks for both candidate IDs and sign-in addresses',
    from: SUPPORT, to: MISAKI.keep, subject: subj(CASE.misaki),
    date: jst('2026-01-20 16:22:37'), auth: 'pass', enc: 'jis7',
    text: `田中様

お問い合わせいただきありがとうございます、AWS トレーニングと認定のカスタマーサービスの中村です。
統合作業の前に、以下の項目を両方のアカウントについてご返信ください。

- 受験者ID (AWSから始まる番号)
- サインインに使用しているメールアドレス
- 通知を受け取るメールアドレス

どうぞよろしくお願いいたします。

中村
AWS Training and Certification Customer Service
${sfRef('misaki1')}`,
  },
  {
    slug: 'ja-info-ken-which-keep',
    kind: 'info_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.ken, trap: true,
    note: '「ご確認のうえお知らせください」 asks which address to keep: information, not consent',
    from: SUPPORT, to: KEN.keep, subject: subj(CASE.ken),
    date: jst('2026-01-23 11:07:12'), auth: 'pass', enc: 'utf8qp',
    text: `鈴木 健一 様

ご連絡ありがとうございます。
お送りいただいた2つのアカウントのうち、今後どちらのメールアドレスを残されるか、ご確認のうえお知らせください。
あわせて、統合元アカウント(${KEN.srcId})の最新の試験日がわかれば記載いただけますと助かります。

AWS トレーニングと認定 サポート
Haruto

${sfQuote(`${KEN.ja} <${KEN.keep}>`, '2026/01/22 8:14', SUPPORT_ADDR, 'アカウント統合のお願い', KEN_ASK)}`,
  },
  {
    slug: 'ja-info-yumi-resend-attached',
    kind: 'info_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yumi, trap: false,
    note: 'support re-sends its unanswered request as an attached message and asks again for the data',
    from: SUPPORT, to: YUMI.keep, subject: subj(CASE.yumi),
    date: jst('2026-02-09 10:30:00'), auth: 'pass', enc: 'jisb64',
    mime: mixed(
      T('jisb64', `小林様

2月3日にお送りしたご案内へのご返信がまだ確認できておりません、念のため当該メールを添付で再送いたします。
統合元アカウントの受験者IDと、大学のメールアドレスが現在も受信可能かどうかをお知らせください。

AWS トレーニングと認定
カスタマーサービス`),
      eml(inner({ from: SUPPORT, to: YUMI.keep, subject: subj(CASE.yumi), date: jst('2026-02-03 15:12:40'), seed: 'yumi-first', hdr: 'jis', trace: true, body: T('jis7', `小林様\n\nお問い合わせありがとうございます。\n統合元アカウントの受験者IDをお知らせください。\n\nAWS トレーニングと認定`) }), 'previous-message.eml'),
    ),
  },
  {
    slug: 'ja-info-ken-bounce-relay',
    kind: 'info_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.ken, trap: false,
    note: 'support forwards the bounce of its mail to the old address and asks for a reachable address and the source ID',
    from: SUPPORT, to: KEN.keep, subject: subj(CASE.ken),
    date: jst('2026-01-26 09:48:55'), auth: 'pass', enc: 'jis7',
    mime: mixed(
      T('jis7', `鈴木様

統合元アカウントのアドレス(${KEN.src})宛にお送りした確認メールが、添付の通り不達となりました。
恐れ入りますが、統合元アカウントの受験者IDと、受信可能なメールアドレスを本メールへの返信でお知らせ願います。

AWS トレーニングと認定 カスタマーサービス`),
      dsn({
        human: T('ascii7', `This is the mail system at host mail.oldfirm.example.co.jp.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<${KEN.src}>: host mail.oldfirm.example.co.jp said: 550 5.1.1 User unknown`),
        reportingMta: 'mail.oldfirm.example.co.jp', arrival: jst('2026-01-25 17:01:12'), recipient: KEN.src, action: 'failed', status: '5.1.1',
        remoteMta: 'mail.oldfirm.example.co.jp', diag: '550 5.1.1 <suzuki.k@oldfirm.example.co.jp>: Recipient address rejected: User unknown',
        original: inner({ from: SUPPORT, to: KEN.src, subject: subj(CASE.ken), date: jst('2026-01-25 17:01:05'), seed: 'ken-bounced', hdr: 'jis', body: T('jis7', `鈴木様\n\nこちらのアドレスが統合元アカウントのものかどうか、ご返信ください。\nケースID ${CASE.ken}`) }),
      }),
    ),
  },
  {
    slug: 'ja-info-misaki-pdf-letter',
    kind: 'info_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.misaki, trap: false,
    note: 'one-line body; the attached PDF letter lists the details support needs',
    from: SUPPORT, to: MISAKI.keep, subject: subj(CASE.misaki),
    date: jst('2026-01-21 10:02:00'), auth: 'pass', enc: 'utf8b64',
    mime: mixed(
      T('utf8b64', 'ご依頼の件、必要事項を添付の書面にまとめましたのでご返信ください。'),
      pdf('request-for-information.pdf', `AWS Training and Certification - Case ${CASE.misaki}`, ['田中 美咲 様', 'アカウント統合のため、次の情報をこのケースへの返信でお知らせください。', '・統合元アカウントの受験者ID', '・統合先として残すアカウントのメールアドレス', '・各アカウントで取得済みの認定名', 'AWS トレーニングと認定 カスタマーサービス']),
    ),
  },
  {
    slug: 'ja-info-yumi-outlook-thread',
    kind: 'info_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yumi, trap: false,
    note: 'asks for the aws.training notification address; long Outlook-style quoted thread below',
    from: SUPPORT, to: YUMI.keep, subject: subj(CASE.yumi),
    date: jst('2026-02-10 17:45:31'), auth: 'pass', enc: 'utf8qp',
    text: `小林 由美 様

ご返信ありがとうございます、受験者IDを確認いたしました。
もう1点、AWS Skill Builder / aws.training の通知先として登録されているアドレスも教えていただけますか。こちらが分かり次第、次の手順へ進めます。

カスタマーサービス 吉田

${outlookJa(`${YUMI.ja} <${YUMI.keep}>`, '2026-02-10 09:12', SUPPORT_ADDR, subj(CASE.yumi))}

統合元の受験者IDは ${YUMI.srcId} です。大学のアドレスはまだ使えます。

${outlookJa(SUPPORT, '2026-02-09 10:30', YUMI.keep, subj(CASE.yumi))}

小林様
先日お送りしたご案内へのご返信がまだ確認できておりません。`,
  },
  {
    slug: 'ja-info-forged-password',
    kind: 'info_request', lang: 'ja', trusted: false, forUser: true, caseId: CASE.misaki, trap: false,
    note: 'phishing request for IDs and password from amazon.com.support-ja.net (look-alike)',
    from: 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com.support-ja.net>', to: MISAKI.keep, subject: subj(CASE.misaki),
    date: jst('2026-01-20 18:30:00'), auth: 'fail', enc: 'jis7',
    text: `田中様

統合処理のため、両アカウントの受験者ID・メールアドレス・パスワードを本メールにご返信ください。
48時間以内にご返信がない場合、ケース${CASE.misaki}は取り消されます。`,
  },
  {
    slug: 'ja-info-ken-mixed-lang',
    kind: 'info_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.ken, trap: false,
    note: 'Japanese request for the source account\'s exam dates with English template lines around it',
    from: SUPPORT, to: KEN.keep, subject: subj(CASE.ken),
    date: jst('2026-01-27 14:20:18'), auth: 'pass', enc: 'jis7',
    text: `Hello Kenichi,

鈴木様、いつもお世話になっております。
新しいアドレス(${KEN.mobile})からのご連絡も受け取りました。照合のため、統合元アカウントで合格された試験名と合格日を、わかる範囲で結構ですので記載して返信してください。

Best regards,
AWS Training and Certification
Case ${CASE.ken}`,
  },
  {
    slug: 'ja-info-misaki-html-sjis',
    kind: 'info_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.misaki, trap: false,
    note: 'HTML-only Shift_JIS request; case ID only in the body, no request verb (「…の記載が必要となります」)',
    from: SUPPORT, to: MISAKI.keep, subject: 'Re: AWS トレーニングと認定 - アカウントの統合',
    date: jst('2026-01-22 12:00:45'), auth: 'pass', enc: 'sjisb64', wholeSubject: true,
    html: page(`<div>田中様</div><div><br></div>
<div>ケース ${CASE.misaki} の件、統合先・統合元それぞれのアカウントで登録済みの氏名(ローマ字)の記載が必要となります。</div>
<div>氏名が異なる場合は、その理由も一言添えてください。</div><div><br></div><div>AWS トレーニングと認定</div>`),
  },

  // ---------------- confirmation_request (9)
  {
    slug: 'ja-conf-misaki-plain',
    kind: 'confirmation_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.misaki, trap: false,
    note: 'asks for consent to the irreversible merge',
    from: SUPPORT, to: MISAKI.keep, subject: subj(CASE.misaki),
    date: jst('2026-01-23 15:31:20'), auth: 'pass', enc: 'jis7',
    text: `田中様

ご提供いただいた情報で照合が取れました。
${MISAKI.srcId} の認定履歴を ${MISAKI.keepId} へ統合いたします。統合後に元へ戻すことはできませんので、
この内容で進めてよろしいか、本メールへの返信にて同意の旨をお知らせください。

AWS トレーニングと認定 中村`,
  },
  {
    slug: 'ja-conf-ken-alt',
    kind: 'confirmation_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.ken, trap: false,
    note: 'multipart/alternative consent request with account summary',
    from: SUPPORT, to: KEN.keep, subject: subj(CASE.ken),
    date: jst('2026-01-28 10:05:44'), auth: 'pass', enc: 'utf8qp',
    mime: alt('utf8qp', `鈴木様

以下の通り統合を行います。
統合先: ${KEN.keepId} (${KEN.keep})
統合元: ${KEN.srcId} (${KEN.src})
一度統合すると取り消せません、問題なければ「同意します」とご返信ください。

AWS Training and Certification`, page(paras(`鈴木様

以下の通り統合を行います。
統合先: ${KEN.keepId} (${KEN.keep})
統合元: ${KEN.srcId} (${KEN.src})
一度統合すると取り消せません、問題なければ「同意します」とご返信ください。

AWS Training and Certification`))),
  },
  {
    slug: 'ja-conf-yumi-sjis',
    kind: 'confirmation_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yumi, trap: false,
    note: 'consent request in Shift_JIS 8bit, phrased as 「ご承諾いただけますでしょうか」',
    from: SUPPORT, to: YUMI.keep, subject: subj(CASE.yumi),
    date: jst('2026-02-12 11:11:11'), auth: 'pass', enc: 'sjis8',
    text: `小林様

必要な情報がそろいましたので、大学のアカウント(${YUMI.srcId})を現在のアカウント(${YUMI.keepId})へ統合する準備ができました。
統合は元に戻せない操作です。この内容での統合をご承諾いただけますでしょうか。

吉田
AWS トレーニングと認定`,
  },
  {
    slug: 'ja-conf-misaki-pdf',
    kind: 'confirmation_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.misaki, trap: false,
    note: 'one-line body, the attached PDF letter asks for consent to the irreversible merge',
    from: SUPPORT, to: MISAKI.keep, subject: subj(CASE.misaki),
    date: jst('2026-01-23 15:40:02'), auth: 'pass', enc: 'jisb64',
    mime: mixed(
      T('jisb64', '統合内容の最終確認書を添付いたします。ご確認ください。'),
      pdf('merge-consent.pdf', `Case ${CASE.misaki} - Account merge consent`, ['田中 美咲 様', `統合先: ${MISAKI.keepId}`, `統合元: ${MISAKI.srcId}`, '統合後は元に戻すことができません。', 'この内容で統合を進めることに同意される場合は、本ケースへ「同意します」とご返信ください。']),
    ),
  },
  {
    slug: 'ja-conf-ken-attached-history',
    kind: 'confirmation_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.ken, trap: false,
    note: 'consent request with the customer\'s earlier reply attached as a message for reference',
    from: SUPPORT, to: KEN.keep, subject: subj(CASE.ken),
    date: jst('2026-01-28 10:06:30'), auth: 'pass', enc: 'jisb64',
    mime: mixed(
      T('jisb64', `鈴木様

前回いただいたご返信(添付)の内容で、統合元 ${KEN.srcId} の受験履歴を確認しました。
統合を実行してよいか、最終のご意向を伺えますか。実行後のお取り消しはできかねます。

AWS Training and Certification`),
      eml(inner({ from: `${KEN.ja} <${KEN.keep}>`, to: SUPPORT_ADDR, subject: subj(CASE.ken), date: jst('2026-01-27 20:40:00'), seed: 'ken-reply1', hdr: 'jis', body: T('jis7', `残したいのは個人の ${KEN.keep} の方です。\n統合元の最後の受験は2024年6月のSAAです。`) }), 'customer-reply.eml'),
    ),
  },
  {
    slug: 'ja-conf-yumi-teform',
    kind: 'confirmation_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yumi, trap: false,
    note: 'consent asked without a request verb: 「ご返信をもって同意とさせていただきます」',
    from: SUPPORT, to: YUMI.keep, subject: subj(CASE.yumi),
    date: jst('2026-02-12 11:20:00'), auth: 'pass', enc: 'utf8b64',
    text: `小林様、追ってのご連絡です。
統合は不可逆の処理となっておりまして、本メールへのご返信をもって統合へのご同意とさせていただきます、ご了承のうえご返信いただけましたら幸いです。

AWS トレーニングと認定 吉田

${gmailJa('2026-02-11 22:03', `${YUMI.ja} <${YUMI.keep}>`)}
${quote('通知先は yumi.k@example.net です。')}`,
  },
  {
    slug: 'ja-conf-forged-failthenforged',
    kind: 'confirmation_request', lang: 'ja', trusted: false, forUser: true, caseId: CASE.ken, trap: false,
    note: 'consent request whose top Authentication-Results fails; a planted pass sits lower',
    from: SUPPORT, to: KEN.keep, subject: subj(CASE.ken),
    date: jst('2026-01-28 03:12:00'), auth: 'failThenForged', enc: 'jis7',
    text: `鈴木様

統合の最終確認です。下記のフォームから同意ボタンを押してください。
http://aws-merge-consent.example.net/${CASE.ken}`,
  },
  {
    slug: 'ja-conf-ken-resent',
    kind: 'confirmation_request', lang: 'ja', trusted: true, forUser: false, caseId: CASE.ken, trap: false,
    note: 'consent request sent to the old address and redirected onward with Resent-* headers: not delivered to the user',
    from: SUPPORT, to: KEN.src, subject: subj(CASE.ken),
    date: jst('2026-01-28 10:07:00'), auth: 'pass', enc: 'jis7',
    resent: { from: 'postmaster@oldfirm.example.co.jp', to: 'it-archive@oldfirm.example.co.jp', date: jst('2026-01-28 10:08:10') },
    text: `鈴木様(統合元アドレス宛の控え)

統合元のアドレスにも同じご案内をお送りしています。統合に同意いただける場合はご返信ください。取り消しはできません。
ケース ${CASE.ken}`,
  },
  {
    slug: 'ja-conf-misaki-gmail-thread',
    kind: 'confirmation_request', lang: 'ja', trusted: true, forUser: true, caseId: CASE.misaki, trap: false,
    note: 'consent request after the customer asked a question; Gmail JA quote header below',
    from: SUPPORT, to: MISAKI.keep, subject: subj(CASE.misaki),
    date: jst('2026-01-24 10:14:09'), auth: 'pass', enc: 'utf8qp',
    text: `田中様

特典(50%割引バウチャー)も統合先へ引き継がれますのでご安心ください。
改めまして、${MISAKI.srcId} → ${MISAKI.keepId} の統合を進めてよろしいでしょうか、取り消し不可の点をご了承のうえお返事ください。

中村

${gmailJa('2026-01-23 22:41', `${MISAKI.ja} <${MISAKI.keep}>`)}
${quote(`バウチャーはどうなりますか?\n田中`)}`,
  },
];
