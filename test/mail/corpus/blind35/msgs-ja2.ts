// Set ah, Japanese messages (part 2: completion, badges, closing, other replies, unrelated).
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, AYA, CASE, CREDLY_AWS, DAI, KEN, PORTAL, RINA, SUPPORT, SUPPORT_BARE, SUPPORT_CENTER, TC_NEWS, PDF, PNG,
  badge, button, credlyHtml, d, esc, formSubject, gmailHtml, kv, mk, mso, nb, outlookHtml, paras, sfHtml, sfRef, shell, sigImg,
} from './common.js';

const caseUrl = (id: string): string => `https://support.console.aws.amazon.com/support/home#/case/?displayId=${id}&amp;language=ja`;
const SAA = 'AWS Certified Solutions Architect – Associate';
const SAP = 'AWS Certified Solutions Architect – Professional';
const DVA = 'AWS Certified Developer – Associate';
const SOA = 'AWS Certified SysOps Administrator – Associate';
const CLF = 'AWS Certified Cloud Practitioner';
const img = (n: number): string => `https://images.credly.com/size/340x340/images/${n}a7b-4c1d-4f0e-9d2a-0c${n}e1f5/image.png`;

export const JA_C: Msg[] = [
  // ---------------- merge_completed (9) ----------------
  mk({
    slug: 'ja-merge-portal-table', kind: 'merge_completed', lang: 'ja', caseId: null,
    note: 'certification portal notice: result 完了 only in a table cell, no case ID',
    from: PORTAL, to: AYA.keep, subject: 'AWS認定: アカウントに関するお知らせ', date: d('2026-01-27 06:18:44'),
    enc: 'utf8qp',
    text: 'このメールを表示するにはHTML表示に対応したメールソフトが必要です。',
    html: shell({
      lang: 'ja', pre: 'アカウント処理の結果をお知らせします',
      body: `<p>${esc(AYA.ja)} 様</p><p>ご依頼のあったアカウント処理の結果は以下のとおりです。</p>
${kv([['処理内容', 'アカウントの統合'], ['統合元', `${AYA.srcId}`], ['統合先', `${AYA.keepId}`], ['結果', badge('完了', '#1d8102')], ['処理日時', '2026/01/27 06:12']])}
${button('認定アカウントにサインイン', 'https://cp.certmetrics.com/amazon/ja/login')}`,
    }),
  }),
  mk({
    slug: 'ja-merge-please-check', kind: 'merge_completed', lang: 'ja', caseId: CASE.aya,
    note: 'support: 統合が完了いたしました, please sign in and check everything shows; still a completion notice',
    from: SUPPORT, to: AYA.keep, subject: formSubject(CASE.aya), date: d('2026-01-27 09:40:21'),
    enc: 'jisb64',
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp"></head><body><div style="font-size:10pt">
森本様<br><br>ご返信ありがとうございました。<br>ご同意いただいた内容にて、本日アカウントの統合作業が完了いたしました。<br>
${AYA.keep} でサインインいただき、SAA・SOA・DOP の認定と特典が表示されているかご確認ください。<br>不足がございましたら、本ケースにご返信ください。<br><br>中川</div>
<div style="color:#ffffff">${sfRef('4Pq1e')}</div></body></html>`,
  }),
  mk({
    slug: 'ja-merge-and-close', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken,
    note: 'merge done and the case will now be closed: the new fact is the completion',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.ken), date: d('2026-02-09 13:05:37'),
    enc: 'utf8qp',
    html: sfHtml(`<p>小田切様</p><p>お待たせいたしました。${nb(KEN.srcId + ' の 受験履歴 と 認定 を ' + KEN.keepId + ' へ 移し替え')}&nbsp;ました。統合元のアカウントは閉鎖されています。</p><p>以上で本件の対応は終了となりますので、このケースはクローズさせていただきます。</p><p>村瀬</p>`, sfRef('5Qr2f')),
  }),
  mk({
    slug: 'ja-merge-stub-text-says-less', kind: 'merge_completed', lang: 'ja', caseId: CASE.rina,
    note: 'text part only says there is an update; the HTML says the accounts were merged (ID in HTML and subject)',
    from: SUPPORT, to: RINA.keep, subject: formSubject(CASE.rina), date: d('2026-02-14 10:11:12'),
    enc: 'utf8b64',
    text: `新井様\nケースが更新されました。`,
    html: sfHtml(`<p>新井様</p><p>ご返信を確認し、大学アドレスのアカウント（${RINA.srcId}）を${RINA.keep}のアカウントへ統合しました。今後は ${RINA.keep} でサインインしてください。</p><p>AWS Training and Certification</p>`, sfRef('6Rs3g')),
  }),
  mk({
    slug: 'ja-merge-certmetrics-sender', kind: 'merge_completed', lang: 'ja', caseId: null, trusted: false,
    note: 'portal-style completion sent from the CertMetrics platform domain: not a trusted domain',
    from: 'AWS Certification <no-reply@certmetrics.com>', to: DAI.keep, subject: 'アカウント統合完了のお知らせ', date: d('2026-02-02 07:00:03'),
    enc: 'sjisb64',
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body>
<table width="600" cellpadding="10" style="font-size:13px;border:1px solid #ccc"><tr><td bgcolor="#232f3e" style="color:#fff">AWS Certification</td></tr>
<tr><td>松浦 大輔 様<br><br>お客様のAWS認定アカウントは、別アカウントとの統合処理が完了しました。統合前のアカウントの情報はすべて現在のアカウントでご確認いただけます。<br><br>候補者ID：${DAI.keepId}</td></tr></table></body></html>`,
  }),
  mk({
    slug: 'ja-merge-resent-oldcorp', kind: 'merge_completed', lang: 'ja', caseId: null, forUser: false,
    note: 'portal completion redirected by the old company server (Resent-*): not delivered to the user',
    from: PORTAL, to: KEN.src, subject: 'AWS Certification アカウントの統合が完了しました', date: d('2026-02-09 12:58:00'),
    resent: { from: 'mailer-daemon@hokuriku-soft.example.co.jp', to: 'sysadmin@hokuriku-soft.example.co.jp', date: d('2026-02-09 12:58:20') },
    enc: 'utf8qp',
    html: shell({ lang: 'ja', pre: '統合完了', body: `<p>このアカウントは ${KEN.keepId} に統合されました。今後は統合先のアカウントをご利用ください。</p>` }),
  }),
  mk({
    slug: 'ja-merge-fail-then-forged', kind: 'merge_completed', lang: 'ja', caseId: CASE.aya, trusted: false, auth: 'failThenForged',
    note: 'completion notice whose top verdict is dmarc=fail; a planted pass sits lower',
    from: SUPPORT, to: AYA.keep, subject: formSubject(CASE.aya), date: d('2026-01-27 01:22:10'),
    enc: 'utf8qp',
    html: sfHtml(`<p>森本様</p><p>統合が完了しました。確認のため下記からサインインしてください。</p>${button('サインイン', 'https://aws-training-login.example.org/')}`, sfRef('7St4h')),
  }),
  mk({
    slug: 'ja-merge-outlook-quote-jis', kind: 'merge_completed', lang: 'ja', caseId: CASE.dai,
    note: 'agent reply on top of the user\'s consent (Outlook quote block): 統合処理が終わりました',
    from: SUPPORT, to: DAI.keep, subject: formSubject(CASE.dai), date: d('2026-02-03 16:44:29'),
    enc: 'jisb64',
    html: outlookHtml(mso(['松浦様', '', 'ご承諾いただきありがとうございました。', `${DAI.srcId} から ${DAI.keepId} への統合処理が本日終わりました。`, '認定の一覧に過去分が並んでいることを、お手すきの際にご確認いただければと存じます。']),
      { from: `松浦 大輔 <${DAI.keep}>`, sent: '2026年1月30日 19:02', to: SUPPORT_BARE, subject: formSubject(CASE.dai) },
      mso(['統合して問題ありません。よろしくお願いいたします。']), 'ja', 'iso-2022-jp'),
  }),
  mk({
    slug: 'ja-merge-notify-excerpt', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken,
    note: 'AWS notification quoting the agent\'s new message in a card: the merge was carried out',
    from: AWS_NOTIFY, to: KEN.keep, subject: `[ケース ${CASE.ken}] 新しいメッセージ`, date: d('2026-02-09 13:06:10'),
    enc: 'jis7',
    html: shell({
      lang: 'ja', charset: 'iso-2022-jp', pre: 'アカウントの統合を実施しました',
      body: `<p>ケース ${CASE.ken} に新しいメッセージがあります。</p><div style="background:#f8f8f8;border:1px solid #eaeded;padding:12px">「小田切様、統合元アカウントの認定を統合先へ移し終えました。統合元アカウントは閉鎖済みです。」</div>${button('ケースを表示', caseUrl(CASE.ken))}`,
    }),
  }),

  // ---------------- badges_transferred (7) ----------------
  mk({
    slug: 'ja-credly-alt-only', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'Credly HTML: the badge name appears only in the image alt text; AWS via Credly to the kept address',
    from: CREDLY_AWS, to: AYA.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-01-28 04:31:00', '+0000'), wholeSubject: true,
    enc: 'utf8qp', relay: 'o1.email.credly.com',
    html: credlyHtml({ lang: 'ja', pre: '新しいバッジが届いています', issuer: 'Amazon Web Services Training and Certification から発行', intro: '森本 彩 さん、Amazon Web Services Training and Certification からバッジが発行されました。', badges: [{ name: SOA, img: img(3) }], buttonLabel: 'バッジを入手する', href: 'https://www.credly.com/badges/4e1f/accept' }),
  }),
  mk({
    slug: 'ja-credly-three-badges', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'Credly lists three AWS badges as images (names in alt) after the merge',
    from: CREDLY_AWS, to: KEN.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-02-10 02:15:44', '+0000'), wholeSubject: true,
    enc: 'utf8b64', relay: 'o2.email.credly.com',
    html: credlyHtml({ lang: 'ja', pre: '3件のバッジ', issuer: 'Amazon Web Services Training and Certification', intro: 'おめでとうございます。以下のバッジがあなたのアカウントに追加されました。', badges: [{ name: SAA, img: img(1) }, { name: DVA, img: img(2) }, { name: SAP, img: img(4) }], buttonLabel: 'バッジを確認する', href: 'https://www.credly.com/users/ken-odagiri/badges' }),
  }),
  mk({
    slug: 'ja-support-badges-moved', kind: 'badges_transferred', lang: 'ja', caseId: CASE.aya,
    note: 'support says the Credly badges were moved to the kept account and closes',
    from: SUPPORT, to: AYA.keep, subject: formSubject(CASE.aya), date: d('2026-02-02 11:20:15'),
    enc: 'utf8qp',
    html: sfHtml(`<p>森本様</p><p>ご指摘のCredlyバッジの件、担当チームにて対応し、SAA・SOA・DOP の3つのバッジを ${AYA.keep} のCredlyアカウントへ移しました。Credly にサインインしてご確認ください。</p><p>本件はこれにて完了とし、ケースをクローズいたします。</p><p>中川</p>`, sfRef('8Tu5i')),
  }),
  mk({
    slug: 'ja-support-badges-sjis', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ken,
    note: 'Shift_JIS HTML: デジタルバッジの付け替えが済みました',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.ken), date: d('2026-02-12 15:00:41'),
    enc: 'sjis8',
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body><div style="font-size:10pt">小田切様<br><br>お問い合わせのデジタルバッジにつきまして、付け替えが済みました。Credly 上で ${KEN.keep} 宛てに再発行されております。<br>受け取り手続きがまだの場合は、Credly からのメールの「バッジを入手する」から承認してください。<br><br>村瀬</div><div style="color:#fff">${sfRef('9Uv6j')}</div></body></html>`,
  }),
  mk({
    slug: 'ja-credly-lookalike', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false,
    note: 'Credly-looking badge mail from credly-mail.net (look-alike domain)',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-mail.net>', to: RINA.keep, subject: 'バッジ発行のお知らせ', date: d('2026-02-15 09:09:09'),
    enc: 'utf8qp',
    html: credlyHtml({ lang: 'ja', pre: 'バッジを受け取ってください', issuer: 'Amazon Web Services Training and Certification', intro: '新井 里奈 さんにバッジが発行されました。', badges: [{ name: CLF, img: img(5) }], buttonLabel: 'バッジを入手する', href: 'https://credly-mail.net/claim' }),
  }),
  mk({
    slug: 'ja-credly-multipart-mixed-lang', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'Credly multipart: English text stub, Japanese HTML with two AWS badges in alt text',
    from: CREDLY_AWS, to: RINA.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-02-16 01:02:03', '+0000'), wholeSubject: true,
    enc: 'ascii7', htmlEnc: 'utf8qp', hdr: 'utf8q', relay: 'o1.email.credly.com',
    text: 'View this email in your browser: https://www.credly.com/notifications/view/88213',
    html: credlyHtml({ lang: 'ja', pre: 'バッジが届きました', issuer: 'Amazon Web Services Training and Certification', intro: '新井さん、次のバッジを受け取れます。', badges: [{ name: CLF, img: img(5) }, { name: SAA, img: img(1) }], buttonLabel: 'バッジを入手する', href: 'https://www.credly.com/earner/earned' }),
  }),
  mk({
    slug: 'ja-support-badges-gmail-quote', kind: 'badges_transferred', lang: 'ja', caseId: CASE.dai,
    note: 'support answers the user\'s "badges missing" question (quoted in gmail_quote): badges now on the kept account',
    from: SUPPORT, to: DAI.keep, subject: formSubject(CASE.dai), date: d('2026-02-05 10:31:00'),
    enc: 'utf8qp',
    html: sfHtml(`<p>松浦様</p><p>ご連絡ありがとうございます。確認したところ、Credly のバッジが旧アドレスに残っておりました。先ほど ${DAI.keep} へ発行し直しましたので、今は統合先のアカウントに表示されているはずです。</p>`, sfRef('0Vw7k'),
      gmailHtml('統合ありがとうございました。認定は見えるようになりましたが、Credlyのバッジが新しいほうに出てきません。', `2026年2月4日(水) 9:12 松浦 大輔 &lt;${DAI.keep}&gt;:`, '')),
  }),

  // ---------------- case_closed (8) ----------------
  mk({
    slug: 'ja-closed-resolved-badge', kind: 'case_closed', lang: 'ja', caseId: CASE.rina,
    note: 'AWS notification: status badge 解決済み, button to reopen',
    from: AWS_NOTIFY, to: RINA.keep, subject: `ケース ${CASE.rina} は解決済みになりました`, date: d('2026-02-21 08:00:00'),
    enc: 'sjis8',
    html: shell({ lang: 'ja', charset: 'Shift_JIS', pre: 'ケースのステータスが変わりました', body: `<p>ケース&nbsp;${CASE.rina}&nbsp;のステータス：${badge('解決済み', '#1d8102')}</p><p>問題が解決していない場合は、14日以内であればケースを再開できます。</p>${button('ケースを再開', caseUrl(CASE.rina), '#545b64')}` }),
  }),
  mk({
    slug: 'ja-closed-auto-3days', kind: 'case_closed', lang: 'ja', caseId: CASE.dai,
    note: 'reminder: no reply, the case will be closed automatically in 3 days',
    from: SUPPORT, to: DAI.keep, subject: formSubject(CASE.dai), date: d('2026-01-31 09:00:05'),
    enc: 'jisb64',
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp"></head><body><div style="font-size:10pt">松浦様<br><br>先日お送りしたメールについて、まだご返信をいただけていないようです。<br>このまま3日間ご連絡がない場合、本ケースは自動的にクローズされます。<br>引き続きご対応が必要な場合は、このメールにご返信ください。</div><div style="color:#fff">${sfRef('1Wx8l')}</div></body></html>`,
  }),
  mk({
    slug: 'ja-closed-restates-merge', kind: 'case_closed', lang: 'ja', caseId: CASE.aya, trap: true,
    note: 'closing notice that only restates the merge done earlier (先日統合済み): case_closed',
    from: SUPPORT, to: AYA.keep, subject: formSubject(CASE.aya), date: d('2026-02-09 10:00:40'),
    enc: 'jisb64',
    html: sfHtml(`<p>森本様</p><p>先月27日に統合済みのアカウントにつきまして、その後ご不明点がないようですので、本ケースはクローズとさせていただきます。</p><p>またお困りのことがあれば、新しいケースからお問い合わせください。</p>`, sfRef('2Xy9m'), undefined, 'iso-2022-jp'),
  }),
  mk({
    slug: 'ja-closed-sjis-table', kind: 'case_closed', lang: 'ja', caseId: CASE.ken,
    note: 'Shift_JIS notification: status column クローズ in a table of case fields',
    from: SUPPORT_CENTER, to: KEN.keep, subject: 'ケースのステータス更新', date: d('2026-02-16 07:30:00'),
    enc: 'sjisb64',
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body><table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr bgcolor="#eeeeee"><th>ケースID</th><th>件名</th><th>ステータス</th></tr>
<tr><td>${CASE.ken}</td><td>アカウント統合</td><td><b>クローズ</b></td></tr></table>
<p>上記ケースはクローズされました。ご利用ありがとうございました。</p></body></html>`,
  }),
  mk({
    slug: 'ja-closed-other-only-ar', kind: 'case_closed', lang: 'ja', caseId: CASE.rina, trusted: false, auth: 'otherOnly',
    note: 'closing notice with only a foreign (mx.google.com) Authentication-Results',
    from: SUPPORT, to: RINA.keep, subject: formSubject(CASE.rina), date: d('2026-02-20 12:00:00'),
    enc: 'utf8qp',
    html: sfHtml('<p>新井様</p><p>本件は解決したものと判断し、ケースを終了いたします。</p>', sfRef('3Yz0n')),
  }),
  mk({
    slug: 'ja-closed-no-reply-resolved', kind: 'case_closed', lang: 'ja', caseId: CASE.dai,
    note: 'closed because the customer did not answer; links a survey below, but the news is the closing',
    from: AWS_NOTIFY, to: DAI.keep, subject: `ケース ${CASE.dai} をクローズしました`, date: d('2026-02-03 09:00:09'),
    enc: 'utf8qp',
    html: shell({ lang: 'ja', pre: 'ご返信がなかったため', body: `<p>一定期間ご返信がなかったため、ケース ${CASE.dai} をクローズしました。</p><p style="font-size:12px">サポートの品質向上のため、<a href="https://survey.aws.example/c">アンケート</a>へのご協力をお願いします。</p>` }),
  }),
  mk({
    slug: 'ja-closed-mobile-short', kind: 'case_closed', lang: 'ja', caseId: CASE.ken,
    note: 'agent\'s short closing after the user said thanks; nothing new about the merge',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.ken), date: d('2026-02-13 09:12:00'),
    enc: 'utf8qp',
    html: sfHtml(`<p>小田切様</p><p>ご丁寧にありがとうございます。お役に立ててよかったです。<br>本ケースはこちらで終了とさせていただきます。</p><p>村瀬</p>`, sfRef('4Za1o'),
      `<blockquote>ありがとうございました。バッジも確認できました。</blockquote>`),
  }),
  mk({
    slug: 'ja-closed-5days-jis7', kind: 'case_closed', lang: 'ja', caseId: CASE.rina,
    note: 'ISO-2022-JP 7bit: 5営業日以内にご返信がない場合は自動でクローズ',
    from: SUPPORT, to: RINA.keep, subject: formSubject(CASE.rina), date: d('2026-02-17 11:45:00'),
    enc: 'jis7',
    text: `新井様\n\n5営業日以内にご返信がない場合、本ケースは自動でクローズされますのでご了承ください。\n\nAWS Training and Certification`,
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp"></head><body><p>新井様</p><p>5営業日以内にご返信がない場合、本ケースは自動でクローズされますのでご了承ください。</p><p>AWS Training and Certification</p></body></html>`,
  }),
];

export const JA_D: Msg[] = [
  // ---------------- support_reply (11) ----------------
  mk({
    slug: 'ja-sr-new-reply-link', kind: 'support_reply', lang: 'ja', caseId: CASE.aya,
    note: 'notification that only says a new reply exists, with the reply behind a link',
    from: AWS_NOTIFY, to: AYA.keep, subject: `ケース ${CASE.aya} が更新されました`, date: d('2026-01-24 10:15:00'),
    enc: 'jis7',
    text: 'HTML対応のメールクライアントでご覧ください。',
    html: shell({ lang: 'ja', charset: 'iso-2022-jp', pre: 'サポートから新しい返信があります', body: `<p>ケース&nbsp;${CASE.aya}&nbsp;に新しい返信があります。内容はサポートセンターでご確認ください。</p>${button('ケースを表示', caseUrl(CASE.aya))}<p style="font-size:12px;color:#687078">このメールに返信しても、ケースには追加されません。</p>` }),
  }),
  mk({
    slug: 'ja-sr-thanks-for-consent', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'thanks for confirming, passed to the team; the merge is not done yet',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.ken), date: d('2026-02-06 17:22:48'),
    enc: 'jisb64',
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp"></head><body><div style="font-size:10pt">小田切様<br><br>ご同意の旨、確かに承りました。担当部署に統合作業を依頼いたしましたので、完了しましたら改めてご連絡いたします。<br>通常、数日程度お時間を頂戴しております。<br><br>村瀬</div><div style="color:#fff">${sfRef('5Ab2p')}</div></body></html>`,
  }),
  mk({
    slug: 'ja-sr-once-merged-future', kind: 'support_reply', lang: 'ja', caseId: CASE.rina, trap: true,
    note: 'future/conditional: 統合が完了しましたら、バッジも移行されます; status update only',
    from: SUPPORT, to: RINA.keep, subject: formSubject(CASE.rina), date: d('2026-02-13 09:30:00'),
    enc: 'jisb64',
    html: sfHtml(`<p>新井様</p><p>現在、統合の処理を進めております。統合が完了しましたら、Credly のバッジもあわせて新しいアドレスへ移行される見込みです。完了時には本ケースでお知らせしますので、いましばらくお待ちください。</p>`, sfRef('6Bc3q'), undefined, 'iso-2022-jp'),
  }),
  mk({
    slug: 'ja-sr-not-yet-complete', kind: 'support_reply', lang: 'ja', caseId: CASE.dai, trap: true,
    note: 'negated: 統合はまだ完了しておりません; escalated, no request',
    from: SUPPORT, to: DAI.keep, subject: formSubject(CASE.dai), date: d('2026-02-01 15:48:02'),
    enc: 'utf8b64',
    html: sfHtml(`<p>松浦様</p><p>お問い合わせの件、誠に申し訳ございませんが、統合はまだ完了しておりません。システム側で確認が必要な点があり、専門チームへエスカレーションいたしました。進展があり次第ご連絡いたします。</p>`, sfRef('7Cd4r')),
  }),
  mk({
    slug: 'ja-sr-duplicate-cases', kind: 'support_reply', lang: 'ja', caseId: CASE.aya, trap: true,
    note: 'we merged your duplicate cases (not the accounts); continue on this case',
    from: SUPPORT, to: AYA.keep, subject: formSubject(CASE.aya), date: d('2026-01-20 18:02:11'),
    enc: 'sjisb64',
    html: sfHtml(`<p>森本様</p><p>同じご依頼で2件のケース（${CASE.aya}、${CASE.ayaDup}）を作成いただいておりましたので、ケースを1つに統合いたしました。今後のやり取りは本ケース ${CASE.aya} でお願いいたします。</p>`, sfRef('8De5s'), undefined, 'Shift_JIS'),
  }),
  mk({
    slug: 'ja-sr-write-from-kept-only', kind: 'support_reply', lang: 'ja', caseId: CASE.ken,
    note: 'asks only to write from the address being kept, no data requested',
    from: SUPPORT, to: KEN.src, subject: formSubject(CASE.ken), date: d('2026-02-02 19:11:33'),
    enc: 'sjisb64',
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=shift_jis"></head><body><div style="font-size:10pt">小田切様<br><br>お問い合わせありがとうございます。<br>恐れ入りますが、統合後にお使いになるメールアドレスから、このケースへご返信いただけますでしょうか。そちらを確認でき次第、手続きを進めます。</div><div style="color:#fff">${sfRef('9Ef6t')}</div></body></html>`,
  }),
  mk({
    slug: 'ja-sr-unable-name-mismatch', kind: 'support_reply', lang: 'ja', caseId: CASE.rina, trap: true,
    note: 'cannot merge (氏名が異なるため統合できかねます), explains policy, asks nothing',
    from: SUPPORT, to: RINA.keep, subject: formSubject(CASE.rina), date: d('2026-02-11 16:40:22'),
    enc: 'utf8qp',
    html: sfHtml(`<p>新井様</p><p>2つのアカウントの登録氏名（ローマ字表記）が異なっているため、現時点では統合いたしかねます。先に認定アカウントのプロフィールで氏名を揃えていただく必要がございます。氏名の変更方法は<a href="https://www.aws.training/certification/faq">こちら</a>をご覧ください。</p>`, sfRef('0Fg7u')),
  }),
  mk({
    slug: 'ja-sr-no-ar-status', kind: 'support_reply', lang: 'ja', caseId: CASE.dai, trusted: false, auth: 'none',
    note: 'status update (investigating) without any Authentication-Results: untrusted',
    from: SUPPORT, to: DAI.keep, subject: formSubject(CASE.dai), date: d('2026-01-29 13:13:13'),
    enc: 'utf8qp',
    html: sfHtml('<p>松浦様</p><p>現在、担当チームで内容を確認しております。もうしばらくお時間をいただけますと幸いです。</p>', sfRef('1Gh8v')),
  }),
  mk({
    slug: 'ja-sr-voucher-answer', kind: 'support_reply', lang: 'ja', caseId: CASE.aya,
    note: 'answers the user\'s question about the 50% voucher within the merge case; a table of benefits',
    from: SUPPORT, to: AYA.keep, subject: formSubject(CASE.aya), date: d('2026-01-28 13:50:00'),
    enc: 'utf8qp',
    html: sfHtml(`<p>森本様</p><p>特典についてのご質問にお答えします。統合元アカウントで未使用だった割引特典は、統合先でも有効期限まで引き続きご利用いただけます。</p>${kv([['特典', '次回の試験 50% 割引'], ['有効期限', '2027/03/31'], ['状態', '未使用']])}`, sfRef('2Hi9w')),
  }),
  mk({
    slug: 'ja-sr-new-reply-jis', kind: 'support_reply', lang: 'ja', caseId: CASE.rina,
    note: 'ISO-2022-JP notification: 新しい通信があります, view on the portal; nothing more',
    from: SUPPORT_CENTER, to: RINA.keep, subject: `[${CASE.rina}] 新しい通信があります`, date: d('2026-02-19 08:08:08'),
    enc: 'jisb64',
    html: shell({ lang: 'ja', charset: 'iso-2022-jp', pre: 'ケースが更新されました', body: `<p>お客様のケースに AWS からの新しい通信が追加されました。</p>${kv([['ケース ID', CASE.rina], ['最終更新', '2026/02/19 08:08']])}${button('サポートセンターで確認', caseUrl(CASE.rina))}` }),
  }),
  mk({
    slug: 'ja-sr-escalated-badges-inline', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, trap: true,
    note: 'badges not moved yet: forwarded to the Credly team, will take a few days; inline signature',
    from: SUPPORT, to: KEN.keep, subject: formSubject(CASE.ken), date: d('2026-02-10 18:00:00'),
    enc: 'utf8qp', inline: [sigImg('sig01@tc.aws')],
    html: sfHtml(`<p>小田切様</p><p>バッジが統合先に表示されない件、Credly 担当チームへ移行を依頼しました。反映まで数日かかる場合がござます。</p><p><img src="cid:sig01@tc.aws" alt="AWS T&amp;C" width="100"></p>`, sfRef('3Ij0x')),
  }),

  // ---------------- unrelated (11 more; one above) ----------------
  mk({
    slug: 'ja-un-survey-stars', kind: 'unrelated', lang: 'ja', caseId: CASE.aya, trap: true,
    note: 'survey with star buttons: 問題は解決しましたか',
    from: 'AWS Support Survey <survey@amazon.com>', to: AYA.keep, subject: 'サポートについてのご意見をお聞かせください', date: d('2026-02-10 12:00:00'),
    enc: 'utf8b64',
    html: shell({ lang: 'ja', pre: '1分で終わるアンケート', body: `<p>ケース ${CASE.aya} の対応について、問題は解決しましたか？</p><p style="font-size:26px;letter-spacing:6px"><a href="https://survey.example/1">★</a><a href="https://survey.example/2">★</a><a href="https://survey.example/3">★</a><a href="https://survey.example/4">★</a><a href="https://survey.example/5">★</a></p>` }),
  }),
  mk({
    slug: 'ja-un-newsletter-merge-skills', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'marketing newsletter: 「スキルを統合」「登録完了」 in promotional copy',
    from: TC_NEWS, to: KEN.keep, subject: '【AWS Skill Builder】学びを1つに統合する新機能と春のキャンペーン', date: d('2026-03-02 12:00:00'),
    enc: 'utf8qp',
    html: shell({ lang: 'ja', pre: 'あなたの学習履歴を一か所に。', body: `<h1 style="font-size:22px">学びを、ひとつに。</h1><p>AWS Skill Builder の新しいダッシュボードでは、これまでの学習履歴とバッジをひとつの画面に統合して表示できます。</p><p>いまなら年間サブスクリプションが 20% オフ。お申し込みは 3月31日まで。</p>${button('キャンペーンを見る', 'https://skillbuilder.aws/campaign')}`, footer: '配信停止をご希望の方は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>' }),
  }),
  mk({
    slug: 'ja-un-exam-result', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'exam result notice: 結果が確定しました / 合格; not part of a merge',
    from: PORTAL, to: RINA.keep, subject: 'AWS認定試験の結果が確定しました', date: d('2026-03-05 18:00:00'),
    enc: 'jisb64',
    html: shell({ lang: 'ja', charset: 'iso-2022-jp', pre: '試験結果のお知らせ', body: `<p>新井 里奈 様</p><p>受験いただいた試験の採点が完了しました。</p>${kv([['試験', 'AWS Certified Developer - Associate'], ['結果', '合格'], ['スコア', '812']])}${button('スコアレポートを見る', 'https://www.aws.training/Certification')}` }),
  }),
  mk({
    slug: 'ja-un-pearson-confirm', kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, trap: true,
    note: 'Pearson VUE appointment confirmation (試験予約の確認): other sender, other topic',
    from: 'Pearson VUE <pearsonvue@pearsonvue.example.com>', to: DAI.keep, subject: '試験予約確認 - AWS Certified Security - Specialty', date: d('2026-02-20 10:30:00'),
    enc: 'utf8b64',
    html: `<html><body><table cellpadding="8" style="font-size:13px"><tr><td>松浦 大輔 様<br>以下の内容で試験のご予約が確定しました。ご確認ください。</td></tr><tr><td>${kv([['試験', 'SCS-C02'], ['日時', '2026年3月14日 10:00'], ['会場', 'オンライン (OnVUE)']])}</td></tr></table></body></html>`,
  }),
  mk({
    slug: 'ja-un-ms-credly', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly badge from Microsoft (another issuer); badge name in alt only',
    from: 'Microsoft via Credly <admin@credly.com>', to: AYA.keep, subject: 'Microsoftのバッジ発行のお知らせ', date: d('2026-02-11 03:00:00', '+0000'), wholeSubject: true,
    enc: 'utf8qp', relay: 'o1.email.credly.com',
    html: credlyHtml({ lang: 'ja', pre: 'Microsoft からバッジ', issuer: 'Microsoft から発行', intro: '森本 彩 さん、Microsoft からバッジが発行されました。', badges: [{ name: 'Microsoft Certified: Azure Fundamentals', img: img(7) }], buttonLabel: 'バッジを入手する', href: 'https://www.credly.com/badges/ms/accept' }),
  }),
  mk({
    slug: 'ja-un-credly-merge-code', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly\'s own account-merge verification code mail',
    from: 'Credly <admin@credly.com>', to: KEN.keep, subject: 'Credly アカウント統合の確認コード', date: d('2026-02-11 05:40:00', '+0000'),
    enc: 'utf8b64', relay: 'o2.email.credly.com',
    html: shell({ lang: 'ja', logo: '<img src="https://images.credly.com/email/credly-logo.png" alt="Credly" width="80">', pre: '確認コード', body: `<p>Credly アカウントの統合を完了するには、次のコードを入力してください。</p><p style="font-size:28px;letter-spacing:8px;font-weight:bold">482 913</p><p>このコードは 30 分間有効です。</p>`, footer: 'Credly, Inc.' }),
  }),
  mk({
    slug: 'ja-un-own-gmail-consent', kind: 'unrelated', lang: 'ja', caseId: CASE.rina, trusted: false, trap: true,
    note: 'the user\'s own Gmail HTML consent reply (cc to self): carries no news from support',
    from: `${RINA.ja} <${RINA.keep}>`, to: SUPPORT_BARE, cc: RINA.keep, subject: formSubject(CASE.rina), date: d('2026-02-12 21:03:44'), auth: 'none',
    enc: 'utf8qp',
    text: `ご連絡ありがとうございます。\n上記の内容で統合に同意します。\n新井\n`,
    html: gmailHtml('<div>ご連絡ありがとうございます。</div><div>上記の内容で統合に同意します。</div><div>新井</div>', `2026年2月12日(木) 18:30 AWS Training and Certification &lt;${SUPPORT_BARE}&gt;:`, '新井様<br>統合の実施前に、ご同意の返信をお願いします。統合は取り消せません。'),
  }),
  mk({
    slug: 'ja-un-forward-colleague', kind: 'unrelated', lang: 'ja', caseId: CASE.dai, trusted: false, forUser: false, deliveredTo: null, trap: true,
    note: 'the user\'s Outlook forward of the completion mail to a colleague; user not a recipient',
    from: `${DAI.ja} <${DAI.src}>`, to: '小林 真 <kobayashi.m@techpartner.example.jp>', subject: `FW: ${formSubject(CASE.dai)}`, date: d('2026-02-03 17:30:12'), auth: 'none',
    enc: 'utf8qp',
    html: outlookHtml(mso(['小林さん', '', '認定の統合、こんな感じで完了したそうです。小林さんも同じ手順でいけると思います。', '', '松浦']),
      { from: SUPPORT, sent: '2026年2月3日 16:44', to: DAI.keep, subject: formSubject(CASE.dai) },
      mso(['松浦様', `${DAI.srcId} から ${DAI.keepId} への統合処理が本日終わりました。`]), 'ja'),
  }),
  mk({
    slug: 'ja-un-ooo-colleague', kind: 'unrelated', lang: 'ja', caseId: CASE.aya, trusted: false, trap: true,
    note: 'out-of-office auto reply from a former colleague cc\'d on the case, mentions 確認 and 返信',
    from: '田村 聡 <tamura@kanden-sys.example.co.jp>', to: AYA.keep, subject: `自動応答: ${formSubject(CASE.aya)}`, date: d('2026-01-26 14:11:02'), auth: 'none',
    enc: 'sjisb64', extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=shift_jis"></head><body><p>お世話になっております。<br>1月26日～2月2日まで休暇のため不在にしております。メールの確認、ご返信は2月3日以降となります。</p><p>田村</p></body></html>`,
  }),
  mk({
    slug: 'ja-un-summit-invite', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'event invitation: 登録を完了する button, ご確認ください; marketing',
    from: 'AWS Japan <aws-japan-events@amazon.com>', to: RINA.keep, subject: 'AWS Summit Japan 2026 登録受付中', date: d('2026-03-10 11:00:00'),
    enc: 'sjisb64',
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body style="background:#f2f3f3"><div style="display:none">6月開催、参加登録はお早めに</div><table width="600" align="center" bgcolor="#ffffff" cellpadding="20"><tr><td><h2>AWS Summit Japan 2026</h2><p>今年も幕張メッセで開催します。認定者ラウンジもご用意しています。事前登録の内容をご確認のうえ、下のボタンから登録を完了してください。</p><p><a href="https://aws.amazon.com/jp/summits/japan/" style="background:#ec7211;color:#fff;padding:10px 20px;text-decoration:none">登録を完了する</a></p></td></tr></table></body></html>`,
  }),
  mk({
    slug: 'ja-un-exam-case-closed', kind: 'unrelated', lang: 'ja', caseId: CASE.kenExam, trap: true,
    note: 'closing of the user\'s other case about rescheduling an exam: unrelated to the merge',
    from: SUPPORT, to: KEN.keep, subject: `[CASE ${CASE.kenExam}] 試験日程の変更について`, date: d('2026-03-03 10:00:00'),
    enc: 'utf8qp', attach: [{ name: '受験票.pdf', type: 'application/pdf', data: PDF, nameEnc: 'jis' }],
    html: sfHtml(`<p>小田切様</p><p>試験日程の変更手続きが完了しましたので、本ケースはクローズいたします。新しい受験票を添付いたします。</p>`, sfRef('4Jk1y')),
  }),
];

void PNG; void paras; void nb; void esc;
