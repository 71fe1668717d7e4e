// Set ah, Japanese messages (part 1: receipts, AI answers, information and consent requests).
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, AYA, CASE, DAI, KEN, PORTAL, RINA, SUPPORT, SUPPORT_BARE, SUPPORT_CENTER,
  badge, button, d, esc, formSubject, gmailHtml, kv, logoImg, mk, mso, nb, outlookHtml, paras, sfHtml, sfRef, shell, sigImg,
} from './common.js';

const caseUrl = (id: string): string => `https://support.console.aws.amazon.com/support/home?region=us-east-1#/case/?displayId=${id}&amp;language=ja`;

const AYA_REQ = `<div>お世話になっております。森本です。</div><div>前職の会社アドレスで受験した認定と、個人アドレスの認定を1つにまとめたく、ご連絡しました。</div><div>残すアカウント:&nbsp;${AYA.keep}（${AYA.keepId}）</div><div>まとめる側:&nbsp;${AYA.src}（${AYA.srcId}）</div><div>よろしくお願いいたします。</div>`;
const KEN_REQ = `<p>AWS認定のアカウント統合についてご相談です。<br>北陸ソフト在籍時のアカウント(${KEN.src})に SAA と DVA があり、<br>個人のアカウント(${KEN.keep})に SAP があります。個人側へ寄せたいです。</p><p>小田切 健</p>`;
const RINA_REQ = `大学のメールで作った認定アカウントと、就職後に作ったアカウントがあります。卒業でメールが使えなくなるので、${RINA.keep} のほうに統合してください。候補者ID: ${RINA.srcId} / ${RINA.keepId}`;

export const JA_A: Msg[] = [
  // ---------------- acknowledgement (8) ----------------
  mk({
    slug: 'ja-ack-table-badge', kind: 'acknowledgement', lang: 'ja', caseId: CASE.aya,
    note: 'HTML-only receipt: case number in a table, status badge 受付済み, 24h reply promise',
    from: SUPPORT, to: `${AYA.ja} <${AYA.keep}>`, subject: `[CASE ${CASE.aya}] お問い合わせを受け付けました`, date: d('2026-01-19 21:04:11'),
    enc: 'utf8qp',
    html: shell({
      lang: 'ja', title: 'お問い合わせ受付', pre: `ケース ${CASE.aya} を作成しました。担当者からの返信をお待ちください。`,
      body: `<p style="font-size:18px;font-weight:bold;margin:0 0 12px 0">お問い合わせありがとうございます</p>
${paras(`${esc(AYA.ja)} 様\n\nAWS トレーニングと認定へのお問い合わせを受け付けました。通常、24&nbsp;時間以内に担当者よりメールでご連絡いたします。`)}
${kv([['ケース番号', `<b>${CASE.aya}</b>`], ['カテゴリ', 'AWS トレーニングと認定 &gt; 認定 &gt; アカウントの統合'], ['ステータス', badge('受付済み', '#0073bb')], ['受付日時', '2026/01/19 21:04 JST']])}
${paras('同じ内容で新しいケースを作成されますと、対応が遅れる場合がございます。追加の情報はこのメールへの返信でお寄せください。')}`,
    }),
  }),
  mk({
    slug: 'ja-ack-stub-text', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ken,
    note: 'multipart/alternative whose text part is only an HTML-required stub; the receipt and ID are in the HTML',
    from: SUPPORT, to: KEN.keep, subject: 'AWS Training and Certification: ケースが作成されました', date: d('2026-02-02 08:47:30'),
    enc: 'utf8b64',
    text: 'このメールはHTML形式で送信されています。HTMLメールを表示できるメールソフトでご覧ください。',
    html: shell({
      lang: 'ja', pre: 'ご依頼の内容を確認し、順次対応いたします',
      body: `<h2 style="font-size:17px;margin:0 0 10px 0">ケース&nbsp;${CASE.ken}&nbsp;が作成されました</h2>
<p>小田切 様</p><p>お送りいただいた内容は担当チームに届いております。順番に拝見し、1&#12316;2 営業日を目安にこのアドレス宛てにご連絡差し上げます。</p>
${button('ケースを表示', caseUrl(CASE.ken))}
<p style="font-size:12px;color:#687078">返信の際は件名のケース番号を変更しないでください。</p>`,
    }),
  }),
  mk({
    slug: 'ja-ack-jis-html', kind: 'acknowledgement', lang: 'ja', caseId: CASE.rina,
    note: 'ISO-2022-JP HTML-only receipt, ID only in the body table; subject has no ID',
    from: SUPPORT_CENTER, to: RINA.keep, subject: 'お問い合わせ受付のお知らせ', date: d('2026-02-10 13:22:05'),
    enc: 'jisb64',
    html: shell({
      lang: 'ja', charset: 'iso-2022-jp', pre: 'お問い合わせ受付のお知らせ',
      body: `<p>新井 里奈 様</p>
<p>AWS サポートをご利用いただきありがとうございます。下記の内容でお問い合わせを承りました。</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d5dbdb;font-size:13px">
<tr><th align="left" bgcolor="#f2f3f3">ケース ID</th><td>${CASE.rina}</td></tr>
<tr><th align="left" bgcolor="#f2f3f3">件名</th><td>認定アカウントを１つにしたい</td></tr>
<tr><th align="left" bgcolor="#f2f3f3">重要度</th><td>一般的な質問</td></tr>
</table>
<p>担当者が内容を確認次第、あらためてご連絡いたします。しばらくお待ちくださいませ。</p>`,
    }),
  }),
  mk({
    slug: 'ja-ack-inline-logo', kind: 'acknowledgement', lang: 'ja', caseId: CASE.dai,
    note: 'receipt with an inline logo (multipart/related), case ID in subject and a table cell',
    from: SUPPORT, to: `${DAI.ja} <${DAI.keep}>`, subject: `ケース ${CASE.dai} 受付完了 - AWS Training and Certification`, date: d('2026-01-27 10:05:44'),
    enc: 'utf8qp', inline: [logoImg('awslogo@tc')],
    text: `松浦 大輔 様\n\nお問い合わせ(ケース ${CASE.dai})を受け付けました。\n担当者から追ってご連絡します。`,
    html: shell({
      lang: 'ja', logo: '<img src="cid:awslogo@tc" width="60" alt="AWS">', pre: '受付完了のお知らせ',
      body: `<p>松浦&nbsp;大輔&nbsp;様</p><p>このたびはお問い合わせいただき、誠にありがとうございます。</p>
${kv([['受付番号', CASE.dai], ['お問い合わせ種別', 'AWS トレーニングと認定'], ['ご連絡先', DAI.keep]])}
<p>内容を確認のうえ、担当者より追ってご連絡申し上げます。なお、土日祝日の回答は翌営業日以降となります。</p>`,
    }),
  }),
  mk({
    slug: 'ja-ack-lookalike-domain', kind: 'acknowledgement', lang: 'ja', caseId: CASE.aya, trusted: false, auth: 'pass',
    note: 'receipt lookalike: from amazon-certsupport.jp (not a trusted domain) though its own DMARC passes',
    from: 'AWS トレーニングと認定 <case-notify@amazon-certsupport.jp>', to: AYA.keep, subject: `【受付】ケース番号 ${CASE.aya}`, date: d('2026-01-19 22:40:18'),
    enc: 'utf8b64',
    html: shell({
      lang: 'ja', pre: 'ご依頼を承りました',
      body: `<p>森本 様</p><p>お問い合わせを受け付けました（ケース番号 ${CASE.aya}）。本人確認のため、下のボタンからサインインしてお待ちください。</p>${button('サインインして状況を確認', 'https://amazon-certsupport.jp/login?c=' + CASE.aya)}`,
    }),
  }),
  mk({
    slug: 'ja-ack-sjis-portal-form', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ayaDup,
    note: 'Shift_JIS HTML receipt of a second case opened by mistake; says nothing but that it was received',
    from: SUPPORT, to: AYA.src, subject: `[CASE ${CASE.ayaDup}] [AWS Training and Certification Form Submission]`, date: d('2026-01-20 07:12:09'),
    enc: 'sjisb64',
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body>
<table width="560" cellpadding="0" cellspacing="0" style="font-family:'ＭＳ Ｐゴシック',sans-serif;font-size:13px">
<tr><td style="padding:10px;background:#232f3e;color:#ffffff;font-weight:bold">AWS Training and Certification</td></tr>
<tr><td style="padding:14px">フォームからの送信を受信しました。<br>ケース番号：${CASE.ayaDup}<br><br>担当者が順次確認いたします。回答までしばらくお待ちください。</td></tr>
</table></body></html>`,
  }),
  mk({
    slug: 'ja-ack-refund-case', kind: 'unrelated', lang: 'ja', caseId: CASE.ayaRefund, trap: true,
    note: 'receipt of the user\'s other case, about an exam fee refund: not part of the merge',
    from: SUPPORT, to: AYA.keep, subject: `[CASE ${CASE.ayaRefund}] 受験料の返金に関するお問い合わせを受け付けました`, date: d('2026-02-14 16:30:00'),
    enc: 'utf8qp',
    html: shell({
      lang: 'ja', pre: '返金のお問い合わせを受け付けました',
      body: `<p>森本 様</p><p>試験のキャンセルに伴う<b>受験料の返金</b>についてのお問い合わせを受け付けました。</p>${kv([['ケース番号', CASE.ayaRefund], ['内容', '返金リクエスト（SAA-C03 / 2026年2月12日 予約分）'], ['ステータス', badge('受付済み', '#0073bb')]])}<p>返金可否を確認のうえご連絡いたします。</p>`,
    }),
  }),
  mk({
    slug: 'ja-ack-mobile-short', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ken,
    note: 'short AWS notification, HTML-only: a case was opened for you, link to view it',
    from: AWS_NOTIFY, to: KEN.keep, subject: 'AWS サポート: 新しいケースが開かれました', date: d('2026-02-02 08:47:59'),
    enc: 'jisb64',
    html: shell({
      lang: 'ja', charset: 'iso-2022-jp',
      body: `<p>お客様のサポートケースが開かれました。</p><p style="font-size:16px">ケース&nbsp;ID:&nbsp;<b>${CASE.ken}</b>&nbsp;&nbsp;${badge('未割り当て', '#687078')}</p><p>担当が決まり次第、こちらのアドレスにお知らせします。</p>${button('ケースを表示', caseUrl(CASE.ken))}`,
    }),
  }),
  mk({
    slug: 'ja-ack-dkim-subdomain', kind: 'acknowledgement', lang: 'ja', caseId: CASE.rina, auth: 'dkimonly',
    note: 'receipt from a support.aws.com subdomain with only an aligned DKIM pass; merge topic restated in a row',
    from: 'AWS サポート <case-updates@ja.support.aws.com>', to: RINA.keep, subject: `ケース ${CASE.rina} を受け付けました`, date: d('2026-02-10 13:22:40'),
    enc: 'utf8b64',
    text: `新井 様\nケース ${CASE.rina} を受け付けました。詳細はHTML版をご覧ください。`,
    html: shell({
      lang: 'ja', pre: `ケース ${CASE.rina}`,
      body: `<p>新井&nbsp;様</p><p>以下のお問い合わせを承りました。回答は通常 24 時間以内にお送りします。</p>${kv([['ケース', CASE.rina], ['件名', 'アカウントの統合について'], ['状態', badge('オープン', '#0073bb')]])}`,
    }),
  }),

  // ---------------- ai_answer (7) ----------------
  mk({
    slug: 'ja-ai-card-merge-tool', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI-generated answer card pointing to the self-service Merge Accounts tool, buttons resolved / create case',
    from: PORTAL, to: AYA.keep, subject: 'お問い合わせへの自動回答', date: d('2026-01-19 20:58:31'),
    enc: 'utf8qp',
    html: shell({
      lang: 'ja', pre: 'AI が生成した回答をお届けします',
      body: `<p style="color:#687078;font-size:12px">${badge('AI 生成', '#7d8998')} この回答は生成 AI によって作成されました。内容が正確でない場合があります。</p>
<p>認定アカウントが複数ある場合、まず AWS&nbsp;Certification アカウントの「プロフィール」→「アカウントの統合」からセルフサービスで統合をお試しください。両方のアカウントに認定履歴があるなどの理由でツールが利用できないときは、下の「ケースを作成」からサポートへお問い合わせいただけます。</p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr><td>${button('解決しました', 'https://support.aws.training/feedback?r=yes', '#1d8102')}</td><td width="12"></td><td>${button('ケースを作成', 'https://support.aws.training/contact?create=1', '#545b64')}</td></tr></table>`,
    }),
  }),
  mk({
    slug: 'ja-ai-after-merge-badges', kind: 'ai_answer', lang: 'ja', caseId: null, trap: true,
    note: 'automated answer that explains what happens after a merge (badges, vouchers); still an AI answer',
    from: 'AWS Training and Certification <no-reply@aws.training>', to: KEN.keep, subject: 'よくあるご質問からの回答: アカウント統合', date: d('2026-02-02 08:40:02'),
    enc: 'sjisb64',
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body style="font-family:Meiryo,sans-serif;font-size:13px">
<div style="display:none">自動回答：アカウント統合後の認定とバッジについて</div>
<table width="100%" cellpadding="12"><tr><td style="border:1px solid #d5dbdb;border-radius:6px">
<p><b>Amazon Q が提案する回答</b></p>
<p>アカウントの統合が済むと、統合元の認定・特典（次回50%割引バウチャーなど）は統合先に表示されます。Credly のバッジは自動では移らない場合があるため、統合後に Credly 側でバッジを受け取り直してください。</p>
<p>統合はプロフィール画面の「Merge Accounts」から行えます。ツールで統合できない場合のみケースを作成してください。</p>
<p style="font-size:11px;color:#888888">この回答は役に立ちましたか？ <a href="https://support.aws.training/fb?v=1">はい</a> ｜ <a href="https://support.aws.training/fb?v=0">いいえ</a></p>
</td></tr></table></body></html>`,
  }),
  mk({
    slug: 'ja-ai-stub-plus-html', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'text part says see HTML; HTML carries the generated suggestion with related articles',
    from: PORTAL, to: RINA.keep, subject: '自動生成されたヒント: 認定アカウントが2つある', date: d('2026-02-10 13:15:47'),
    enc: 'utf8qp',
    text: 'HTMLメールを表示できない環境です。ブラウザで表示: https://support.aws.training/answers/7731',
    html: shell({
      lang: 'ja', pre: 'よく似たお問い合わせへの回答をまとめました',
      body: `<p>ご入力内容から、次の情報がお役に立つかもしれません（自動生成）。</p>
<ul><li>同じ氏名で2つの認定アカウントがある場合は、ログイン後のプロフィールにある<b>アカウントのマージ</b>機能をご利用ください。</li>
<li>大学・会社のメールアドレスが使えなくなる前に、個人のアドレスのアカウントを統合先に選ぶと安心です。</li>
<li>どちらのアカウントにも受験履歴があるときは、ツールではなくサポートケースでの対応になります。</li></ul>
${button('それでも解決しない場合', 'https://support.aws.training/contact')}`,
    }),
  }),
  mk({
    slug: 'ja-ai-jis7-bot', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'ISO-2022-JP 7bit HTML chat transcript from the support assistant bot',
    from: 'AWS Training Support Assistant <assistant@aws.training>', to: DAI.keep, subject: 'チャットの記録', date: d('2026-01-27 09:51:12'),
    enc: 'jis7',
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp"></head><body>
<p>松浦 様、サポートアシスタントとのチャット記録をお送りします。</p>
<table cellpadding="6" style="font-size:13px">
<tr><td valign="top"><b>お客様</b></td><td>認定のアカウントが会社用と個人用で2つあります。まとめられますか？</td></tr>
<tr><td valign="top"><b>アシスタント</b></td><td>はい、認定ポータルにサインインし、プロフィールの「アカウントを統合」からお手続きいただけます。統合元のメールアドレスに届く確認コードの入力が必要です。うまくいかない場合は担当者へのお問い合わせをご検討ください。</td></tr>
</table>
<p style="font-size:11px;color:#888888">このアシスタントは自動応答です。</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-ai-misaligned-dkim', kind: 'ai_answer', lang: 'ja', caseId: null, trusted: false, auth: 'misaligned',
    note: 'automated merge-tool suggestion whose DKIM is for a bulk sender, DMARC fails',
    from: PORTAL, to: AYA.src, subject: '自動回答：アカウントの統合方法', date: d('2026-01-18 11:11:11'),
    enc: 'utf8b64',
    html: shell({
      lang: 'ja', pre: '生成 AI による回答',
      body: `<p>${badge('自動回答', '#7d8998')}</p><p>認定アカウントの統合は、セルフサービスの統合ツールで数分で完了できます。下のボタンからお進みください。</p>${button('統合ツールを開く', 'https://www.aws.training/Certification/MergeAccounts')}`,
    }),
  }),
  mk({
    slug: 'ja-ai-mixed-en-boiler', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'Japanese generated answer inside English boilerplate (Generated by AI) and feedback buttons',
    from: PORTAL, to: KEN.src, subject: 'Your answer from AWS Training and Certification / 回答のご案内', date: d('2026-02-01 23:05:10'),
    enc: 'utf8qp', wholeSubject: true,
    html: shell({
      lang: 'ja', pre: 'Generated by AI',
      body: `<p style="font-size:12px;color:#687078">Generated by AI &middot; Review before acting</p>
<p>ご質問「会社と個人のアカウントを１つに」への回答です。Certification&nbsp;アカウントの&nbsp;Profile&nbsp;画面にある&nbsp;Merge&nbsp;Accounts&nbsp;をお使いいただくと、もう一方のアカウントの認定を移せます。移したあとは元に戻せない点にご注意ください。</p>
<p>Was this helpful? / 役に立ちましたか？</p>${button('Yes / はい', 'https://support.aws.training/fb?y', '#1d8102')}`,
    }),
  }),
  mk({
    slug: 'ja-ai-gen-answer-sjis8', kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'Shift_JIS 8bit multipart: text and HTML both give an automated answer before a case exists',
    from: PORTAL, to: DAI.src, subject: 'お問い合わせ前のご案内（自動）', date: d('2026-01-27 09:40:00'),
    enc: 'sjis8',
    text: '松浦様\nお問い合わせ内容に近い回答を自動でお送りします。\n認定アカウントの統合はプロフィールの「アカウントの統合」から可能です。\n解決しない場合はケースを作成してください。',
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body><div style="font-size:13px">
<p>松浦様</p><p>お問い合わせ内容に近い回答を<b>自動で</b>お送りします。</p>
<p>認定アカウントの統合はプロフィールの「アカウントの統合」から可能です。両方に合格履歴がある場合は統合ツールでは処理できないため、ケースを作成してください。</p>
<p><a href="https://support.aws.training/contact" style="background:#ec7211;color:#fff;padding:8px 16px;text-decoration:none">ケースを作成</a></p></div></body></html>`,
  }),

  // ---------------- info_request (9) ----------------
  mk({
    slug: 'ja-info-table-blanks', kind: 'info_request', lang: 'ja', caseId: CASE.aya,
    note: 'support reply with a table of fields for the customer to fill in (IDs, addresses, which to keep)',
    from: SUPPORT, to: AYA.keep, subject: formSubject(CASE.aya), date: d('2026-01-20 15:33:27'),
    enc: 'sjisb64',
    html: sfHtml(`<p>森本 様</p>
<p>AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。担当の中川です。</p>
<p>統合作業に入る前に、両アカウントを特定させていただきたく、下表の空欄を埋めてこのメールにご返信いただけますでしょうか。</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr bgcolor="#f2f3f3"><th></th><th>アカウント A</th><th>アカウント B</th></tr>
<tr><td>候補者 ID (AWS から始まる番号)</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td>ログイン用メールアドレス</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td>取得済みの認定</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td>残すアカウント (○を付けてください)</td><td>&nbsp;</td><td>&nbsp;</td></tr>
</table>
<p>お手数をおかけしますが、よろしくお願いいたします。</p>
<p>AWS Training and Certification<br>中川</p>`, sfRef('1Aa9x'), `<blockquote style="margin-left:8px;padding-left:8px;border-left:2px solid #ccc">${AYA_REQ}</blockquote>`, 'Shift_JIS'),
  }),
  mk({
    slug: 'ja-info-confirm-address', kind: 'info_request', lang: 'ja', caseId: CASE.ken, trap: true,
    note: '「ご確認のうえお知らせください」 for the kept e-mail address: asks for information, not consent',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.ken), date: d('2026-02-03 11:02:48'),
    enc: 'jisb64',
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp"></head><body>
<div style="font-size:10pt">小田切 様<br><br>お世話になっております。AWS トレーニングと認定の村瀬でございます。<br><br>
統合後に残すアカウントのログイン用メールアドレスが、お問い合わせ時と認定ポータル上で異なっているようです。<br>
ご利用中の正しいアドレスをご確認のうえ、お知らせください。あわせて、もう一方の候補者ID（AWSで始まる番号）も頂戴できれば幸いです。<br><br>
引き続きよろしくお願いいたします。<br>村瀬</div>
<br>--------------- Original Message ---------------<br>
<div>${KEN_REQ}</div>
<div style="color:#fff">${sfRef('2Bk3q')}</div></body></html>`,
  }),
  mk({
    slug: 'ja-info-preheader-only', kind: 'info_request', lang: 'ja', caseId: CASE.rina,
    note: 'notification whose body shows the agent\'s question (which account to keep) in a quoted card',
    from: AWS_NOTIFY, to: RINA.keep, subject: `ケース ${CASE.rina} にサポートからの返信があります`, date: d('2026-02-11 10:18:03'),
    enc: 'utf8b64',
    html: shell({
      lang: 'ja', pre: 'どちらのアカウントを残すか教えてください',
      body: `<p>ケース&nbsp;${CASE.rina}&nbsp;にAWSサポートから返信がありました。</p>
<div style="border-left:4px solid #0073bb;background:#f1faff;padding:10px 14px;margin:12px 0">
新井様、ご連絡ありがとうございます。<br>お知らせいただいた2つのアカウント（${RINA.srcId}、${RINA.keepId}）のうち、統合後に<b>残す方</b>はどちらになりますでしょうか。大学のアドレスは卒業後に使えなくなるとのことですので、念のため伺っております。お返事をお待ちしております。</div>
${button('ケースを表示して返信', caseUrl(CASE.rina))}`,
    }),
  }),
  mk({
    slug: 'ja-info-screenshot-attach', kind: 'info_request', lang: 'ja', caseId: CASE.dai,
    note: 'asks for a screenshot of the certification page of each account; signature image inline',
    from: SUPPORT, to: DAI.keep, subject: formSubject(CASE.dai), date: d('2026-01-28 17:45:52'),
    enc: 'utf8qp', inline: [sigImg('image001.png@01DC8F2A.5B1C0E40')],
    html: sfHtml(`<p>松浦様</p><p>ご返信ありがとうございます。<br>恐れ入りますが、お名前の表記が2つのアカウントで異なっておりますため、それぞれのアカウントにサインインした状態の「認定」ページの画面キャプチャを添付してお送りいただけますか。候補者IDが写るようにしていただけると助かります。</p><p>よろしくお願いいたします。</p><p><img src="cid:image001.png@01DC8F2A.5B1C0E40" width="120" alt="AWS Training and Certification"></p>`, sfRef('3Dm7t')),
  }),
  mk({
    slug: 'ja-info-write-from-kept-and-ids', kind: 'info_request', lang: 'ja', caseId: CASE.aya,
    note: 'asks to write from the kept address AND to include both candidate IDs',
    from: SUPPORT, to: AYA.src, cc: AYA.keep, subject: formSubject(CASE.aya), date: d('2026-01-21 09:12:36'),
    enc: 'sjisb64',
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=shift_jis"></head><body><div style="font-size:10pt;font-family:Meiryo">
森本様<br><br>本件は前職のアドレスからご連絡いただいておりますが、セキュリティ上、統合後に残すアカウントのアドレス（${AYA.keep}）から改めてご返信ください。<br>
その際、お手数ですが両方の候補者IDを本文に記載いただけますと、照合がスムーズです。<br><br>AWS Training &amp; Certification サポート</div>
<div style="color:#ffffff">${sfRef('4Ey2u')}</div></body></html>`,
  }),
  mk({
    slug: 'ja-info-gmail-thread', kind: 'info_request', lang: 'ja', caseId: CASE.ken,
    note: 'agent\'s new text asks for the exam date of the second account; the user\'s Gmail HTML reply sits quoted below',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.ken), date: d('2026-02-05 14:27:19'),
    enc: 'utf8qp',
    html: sfHtml(`<p>小田切 様</p><p>アドレスのご連絡ありがとうございました。照合したところ、${KEN.srcId} のアカウントに同姓同名の受験記録が2件ございました。どちらがご本人のものか判断するため、DVA を受験された<b>おおよその日付と受験会場（またはオンライン）</b>をお教えください。</p><p>村瀬</p>`, sfRef('5Fz1v'),
      gmailHtml(`正しいアドレスは ${KEN.keep} です。<br>もう一方は ${KEN.srcId} になります。<br>よろしくお願いします。`, `2026年2月3日(火) 11:02 AWS Training and Certification &lt;${SUPPORT_BARE}&gt;:`, `小田切 様<br>ご利用中の正しいアドレスをご確認のうえ、お知らせください。`)),
  }),
  mk({
    slug: 'ja-info-to-colleague', kind: 'info_request', lang: 'ja', caseId: CASE.dai, forUser: false,
    note: 'same kind of request, but addressed to a colleague who opened his own case; user not a recipient',
    from: SUPPORT, to: 'kobayashi.m@techpartner.example.jp', subject: formSubject(CASE.dai), date: d('2026-01-29 10:00:12'),
    enc: 'utf8b64',
    html: sfHtml(`<p>小林様</p><p>統合に必要な情報として、下記をご返信ください。</p><ol><li>統合元アカウントの候補者ID</li><li>統合先アカウントのメールアドレス</li><li>現在お持ちの認定名</li></ol><p>よろしくお願いいたします。</p>`, sfRef('6Gh8w')),
  }),
  mk({
    slug: 'ja-info-phish-password', kind: 'info_request', lang: 'ja', caseId: CASE.rina, trusted: false, auth: 'none',
    note: 'forgery without any Authentication-Results asking for IDs and the password',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', to: RINA.keep, subject: formSubject(CASE.rina), date: d('2026-02-11 02:14:55'),
    enc: 'utf8qp',
    html: shell({
      lang: 'ja', pre: '至急ご対応ください',
      body: `<p>新井様</p><p>統合処理のため、以下のフォームに両アカウントの候補者ID、メールアドレス、<b>パスワード</b>をご入力ください。48時間以内にご入力がない場合、認定が失効します。</p>${button('情報を入力する', 'https://aws-cert-merge.example-verify.net/form')}`,
    }),
  }),
  mk({
    slug: 'ja-info-outlook-support-quote', kind: 'info_request', lang: 'ja', caseId: CASE.aya,
    note: 'support asks which certifications are missing; Outlook-style quote of the user\'s previous mail below',
    from: SUPPORT, to: AYA.keep, subject: formSubject(CASE.aya), date: d('2026-01-23 16:08:40'),
    enc: 'jisb64',
    html: outlookHtml(mso(['森本様', '', 'ご返信ありがとうございます。AWSトレーニングと認定の中川です。', 'お送りいただいたIDで照会しましたところ、統合元アカウントには認定が1件のみ表示されております。', 'ほかにお持ちの認定がございましたら、認定名と取得年月をお知らせいただけますか。', '', '中川']),
      { from: `森本 彩 <${AYA.keep}>`, sent: '2026年1月22日 20:41', to: SUPPORT_BARE, subject: formSubject(CASE.aya) },
      mso([`候補者ID: ${AYA.keepId} / ${AYA.srcId}`, `残すのは ${AYA.keep} です。`, '認定は SAA、SOA、DOP です。']), 'ja', 'iso-2022-jp'),
  }),
];

export const JA_B: Msg[] = [
  // ---------------- confirmation_request (9) ----------------
  mk({
    slug: 'ja-conf-irreversible-table', kind: 'confirmation_request', lang: 'ja', caseId: CASE.aya,
    note: 'merge direction in a table, states it cannot be undone, asks for a reply to proceed',
    from: SUPPORT, to: AYA.keep, subject: formSubject(CASE.aya), date: d('2026-01-26 11:31:02'),
    enc: 'jisb64',
    html: sfHtml(`<p>森本様</p><p>情報のご提供ありがとうございました。以下の内容で統合を実施いたします。</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr><th bgcolor="#f2f3f3">統合元（削除されます）</th><td>${AYA.srcId}<br>${AYA.src}</td></tr>
<tr><th bgcolor="#f2f3f3">統合先（残ります）</th><td>${AYA.keepId}<br>${AYA.keep}</td></tr>
</table>
<p><b>この操作は一度実行すると元に戻すことができません。</b>上記で差し支えなければ、その旨をこのメールにご返信ください。ご返信をもって作業を開始いたします。</p><p>中川</p>`, sfRef('7Hj4x'), undefined, 'iso-2022-jp'),
  }),
  mk({
    slug: 'ja-conf-reply-douisuru', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken,
    note: 'asks the user to reply 「同意します」 before the irreversible merge; text part shorter than HTML',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.ken), date: d('2026-02-06 09:55:13'),
    enc: 'utf8qp',
    text: `小田切様\nケース ${CASE.ken} について、詳細はHTML版をご確認ください。`,
    html: sfHtml(`<p>小田切様</p><p>受験記録の特定ができました。${KEN.srcId}（${KEN.src}）の認定2件を、${KEN.keepId}（${KEN.keep}）へ移します。</p><p>統合後は元の状態に戻せません。ご納得いただけましたら、本文に「同意します」とご記入のうえ返信をお願いします。</p><p>村瀬</p>`, sfRef('8Jk5y')),
  }),
  mk({
    slug: 'ja-conf-te-form', kind: 'confirmation_request', lang: 'ja', caseId: CASE.rina,
    note: 'consent asked in a te-form clause without the word 確認: 進めてよければ返信, cannot be reverted',
    from: SUPPORT, to: RINA.keep, subject: formSubject(CASE.rina), date: d('2026-02-12 18:20:44'),
    enc: 'sjisb64',
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body style="font-size:10pt">
新井様<br><br>お返事ありがとうございます。${RINA.keep} を残し、大学のアカウントの認定をそちらへ移す形で準備が整っております。<br>
移行後は取り消せませんので、このまま進めてよろしければ、このメールにそのままご返信いただけますか。<br><br>AWS Training and Certification 窓口<br>
<span style="color:#ffffff">${sfRef('9Kl6z')}</span></body></html>`,
  }),
  mk({
    slug: 'ja-conf-gmail-quoted-history', kind: 'confirmation_request', lang: 'ja', caseId: CASE.dai,
    note: 'consent request on top; below it the user\'s screenshot reply (Gmail quote) and the earlier request',
    from: SUPPORT, to: DAI.keep, subject: formSubject(CASE.dai), date: d('2026-01-30 12:41:09'),
    enc: 'utf8b64',
    html: sfHtml(`<p>松浦様</p><p>画面キャプチャをありがとうございます。同一のご本人であることを確認できました。</p><p>つきましては、${DAI.srcId} を ${DAI.keepId} に統合してよろしいか、最終のご意思をお聞かせください。統合を行うと、統合元アカウントにはサインインできなくなり、元には戻せません。</p><p>ご返信をお待ちしております。</p>`, sfRef('0Lm7a'),
      gmailHtml('2枚添付します。ご確認ください。', `2026年1月28日(水) 17:45 &lt;${SUPPORT_BARE}&gt;:`, '松浦様<br>それぞれのアカウントの「認定」ページの画面キャプチャを添付してお送りいただけますか。')),
  }),
  mk({
    slug: 'ja-conf-forged-below', kind: 'confirmation_request', lang: 'ja', caseId: CASE.aya, trusted: false, auth: 'forgedBelow',
    note: 'consent request whose only dmarc=pass sits below the receiving server\'s Received line (planted)',
    from: SUPPORT, to: AYA.keep, subject: formSubject(CASE.aya), date: d('2026-01-25 03:03:03'),
    enc: 'utf8qp',
    html: sfHtml(`<p>森本様</p><p>統合の最終確認です。下のボタンから同意手続きをお願いします。統合は取り消しできません。</p>${button('統合に同意する', 'https://aws-merge-consent.example.net/agree')}`, sfRef('1Mn8b')),
  }),
  mk({
    slug: 'ja-conf-nbsp-heavy', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken,
    note: 'consent request written by a rich editor: &nbsp; between every word that matters',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.ken), date: d('2026-02-06 10:02:30'),
    enc: 'jisb64',
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp"></head><body>
<div>小田切様</div><div>&nbsp;</div>
<div>先ほどのメールの補足です。統合先&nbsp;${KEN.keepId}、統合元&nbsp;${KEN.srcId}&nbsp;で相違ございませんか。</div>
<div>${nb('統合 は 実施後 に 取り消す こと が できません')}&nbsp;ので、${nb('問題 なければ ご承諾 の 旨')}&nbsp;を&nbsp;ご返信&nbsp;ください。</div>
<div>&nbsp;</div><div>村瀬</div><div style="color:#fff">${sfRef('2No9c')}</div></body></html>`,
  }),
  mk({
    slug: 'ja-conf-resent-team', kind: 'confirmation_request', lang: 'ja', caseId: CASE.dai, forUser: false,
    note: 'consent request redirected by the old company\'s mail server (Resent-* headers): not delivered to the user as such',
    from: SUPPORT, to: DAI.src, subject: formSubject(CASE.dai), date: d('2026-01-30 12:41:09'),
    resent: { from: 'postmaster@techpartner.example.jp', to: 'it-helpdesk@techpartner.example.jp', date: d('2026-01-30 12:41:30') },
    enc: 'utf8qp',
    html: sfHtml('<p>松浦様</p><p>統合元と統合先の組み合わせにお間違いがなければ、統合実施に同意いただける旨をご返信ください。実施後の取り消しはできません。</p>', sfRef('3Op0d')),
  }),
  mk({
    slug: 'ja-conf-jis7-mixed', kind: 'confirmation_request', lang: 'ja', caseId: CASE.rina,
    note: 'ISO-2022-JP 7bit multipart; Japanese consent request with an English template line to copy',
    from: SUPPORT, to: RINA.keep, subject: formSubject(CASE.rina), date: d('2026-02-12 18:30:01'),
    enc: 'jis7',
    text: `新井様\n統合の実施前に、ご同意の返信をお願いします。\n返信例: I agree to merge ${RINA.srcId} into ${RINA.keepId}.`,
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp"></head><body><p>新井様</p><p>統合の実施前に、ご同意の返信をお願いします。統合は取り消せません。</p><p>返信例:<br><code>I agree to merge ${RINA.srcId} into ${RINA.keepId}.</code></p><p>（英語・日本語どちらでも構いません）</p></body></html>`,
  }),
  mk({
    slug: 'ja-conf-outlook-agent', kind: 'confirmation_request', lang: 'ja', caseId: CASE.aya,
    note: 'agent writes from an Outlook-like client; asks 「ご了承いただけますでしょうか」 for the irreversible merge',
    from: SUPPORT, to: AYA.keep, subject: formSubject(CASE.aya), date: d('2026-01-26 14:10:55'),
    enc: 'utf8qp',
    html: outlookHtml(mso(['森本様', '', '度々失礼いたします。中川です。', `統合先を ${AYA.keep} とし、もう一方の認定・特典をすべて移行いたします。`, '移行後は統合元アカウントが無効となり、<b>元に戻すことはできません</b>。', 'この内容でご了承いただけますでしょうか。ご返信をいただき次第、手続きに入ります。']),
      { from: `森本 彩 <${AYA.keep}>`, sent: '2026年1月25日 22:15', to: SUPPORT_BARE, subject: formSubject(CASE.aya) },
      mso(['中川様', '追加で DOP の認定もあります。よろしくお願いします。']), 'ja'),
  }),
];
