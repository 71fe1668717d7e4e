// Set cp, Japanese part 2: completions, badges, closings, other replies and unrelated mail.
import type { Msg } from './lib.js';
import {
  CASE, CREDLY, CREDLY_AWS, KEN, MISAKI, NOREPLY, PORTAL, SUPPORT, SUPPORT_ADDR, YUMI, alt, digest, dsn, eml, fwdJa, gmailJa, H, inner, invite, jst, mixed, outlookJa, page, paras, pdf, png, quote, sfQuote, subj, T, txtFile,
} from './common.js';

const DONE_MISAKI = `田中様

お待たせいたしました。${MISAKI.srcId} の認定履歴を ${MISAKI.keepId} へ統合いたしました。
AWS トレーニングと認定`;

const credlyHtml = (name: string, badge: string, to: string): string =>
  page(`<table width="600" align="center"><tr><td>
<p>${name} さん</p>
<p>Amazon Web Services Training and Certification から「${badge}」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/accept" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">バッジを入手する</a></p>
<p style="font-size:11px;color:#777">このメールは ${to} 宛にお送りしています。Credly, Inc.</p>
</td></tr></table>`);

export const JA2: Msg[] = [
  // ---------------- merge_completed (9)
  {
    slug: 'ja-done-misaki-plain',
    kind: 'merge_completed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.misaki, trap: false,
    note: 'support says the accounts were merged',
    from: SUPPORT, to: MISAKI.keep, subject: subj(CASE.misaki),
    date: jst('2026-01-25 09:30:12'), auth: 'pass', enc: 'jis7',
    text: `${DONE_MISAKI}
中村

${gmailJa('2026-01-24 12:02', `${MISAKI.ja} <${MISAKI.keep}>`)}
${quote('内容に同意します。統合をお願いします。')}`,
  },
  {
    slug: 'ja-done-ken-html-closing',
    kind: 'merge_completed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.ken, trap: false,
    note: 'completion that also says the case will now be closed: the new fact is the merge',
    from: SUPPORT, to: KEN.keep, subject: subj(CASE.ken),
    date: jst('2026-01-30 18:02:40'), auth: 'pass', enc: 'utf8b64',
    html: page(`<p>鈴木 健一 様</p>
<p>ご同意いただいた内容で、統合元アカウント ${KEN.srcId} の試験履歴・認定・特典を ${KEN.keepId} に移しました。統合作業は完了です。</p>
<p>本件はこれにてクローズとさせていただきます。</p>
<p>AWS Training and Certification<br>Haruto</p>`),
  },
  {
    slug: 'ja-done-portal-sjis',
    kind: 'merge_completed', lang: 'ja', trusted: true, forUser: true, caseId: null, trap: false,
    note: 'the certification portal\'s own "accounts merged" notice, no case ID',
    from: PORTAL, to: YUMI.keep, subject: 'AWS Certification: アカウントが統合されました',
    date: jst('2026-02-14 02:11:09'), auth: 'pass', enc: 'sjisb64',
    text: `小林 由美 様

お客様の AWS Certification アカウント(${YUMI.keepId})に、別アカウントの記録が統合されました。
認定の一覧と特典は AWS Certification アカウントのダッシュボードでご確認いただけます。

AWS Certification`,
  },
  {
    slug: 'ja-done-misaki-pdf',
    kind: 'merge_completed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.misaki, trap: false,
    note: 'one-line body; the attached PDF letter states the merge is done',
    from: SUPPORT, to: MISAKI.keep, subject: subj(CASE.misaki),
    date: jst('2026-01-25 09:31:00'), auth: 'pass', enc: 'jisb64',
    mime: mixed(
      T('jisb64', '統合完了のお知らせを添付いたします。'),
      pdf('merge-completed.pdf', `Case ${CASE.misaki}`, ['アカウント統合完了のお知らせ', '田中 美咲 様', `${MISAKI.srcId} の認定および特典を ${MISAKI.keepId} へ統合いたしました。`, 'サインイン後、認定の一覧をご確認ください。', 'AWS トレーニングと認定']),
    ),
  },
  {
    slug: 'ja-done-ken-calendar-cancel',
    kind: 'merge_completed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.ken, trap: false,
    note: 'calendar CANCEL for the planned call, because the merge is now done: the new fact is the merge',
    from: SUPPORT, to: KEN.keep, subject: `キャンセル: AWS 認定アカウント統合のお電話 (ケース ${CASE.ken})`,
    date: jst('2026-01-30 18:05:10'), auth: 'pass', enc: 'utf8qp',
    mime: invite('utf8qp', `鈴木様

統合作業が本日完了いたしましたので、2月2日に予定していたお電話はキャンセルとさせていただきます。
統合先アカウント ${KEN.keepId} にサインインして認定一覧をご確認ください。

ケース ${CASE.ken}`, page(paras(`鈴木様

統合作業が本日完了いたしましたので、2月2日に予定していたお電話はキャンセルとさせていただきます。
統合先アカウント ${KEN.keepId} にサインインして認定一覧をご確認ください。`)), {
      method: 'CANCEL', uid: `case-${CASE.ken}-call@support.amazon.com`, organizer: { name: 'AWS Training and Certification', addr: SUPPORT_ADDR }, attendees: [{ name: KEN.en, addr: KEN.keep }],
      summary: `キャンセル: 認定アカウント統合のお電話 (ケース ${CASE.ken})`, description: '統合作業が完了したため、お電話はキャンセルとなりました。', location: 'Amazon Chime', start: '20260202T010000Z', end: '20260202T013000Z', stamp: '20260130T090510Z', sequence: 1,
    }),
  },
  {
    slug: 'ja-done-yumi-check',
    kind: 'merge_completed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yumi, trap: false,
    note: 'completion that asks the customer to check all looks right: still merge_completed',
    from: SUPPORT, to: YUMI.keep, subject: subj(CASE.yumi),
    date: jst('2026-02-14 10:45:00'), auth: 'pass', enc: 'utf8qp',
    text: `小林様

ご承諾ありがとうございました。大学アカウントの記録は、本日付で現在のアカウントへまとめ終えております。
念のため、認定や特典の表示に問題がないか一度ご確認いただけますと幸いです。

吉田`,
  },
  {
    slug: 'ja-done-forged-pdf',
    kind: 'merge_completed', lang: 'ja', trusted: false, forUser: true, caseId: CASE.misaki, trap: false,
    note: 'forged completion letter from a look-alike domain (amaz0n.com) with a PDF',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amaz0n.com>', to: MISAKI.keep, subject: subj(CASE.misaki),
    date: jst('2026-01-25 04:01:00'), auth: 'fail', enc: 'jis7',
    mime: mixed(
      T('jis7', '統合完了通知書を添付します。内容をご確認のうえ、リンクからサインインしてください。'),
      pdf('notice.pdf', 'Merge completed', ['アカウントの統合が完了しました。', 'http://amaz0n.com/signin', `Case ${CASE.misaki}`]),
    ),
  },
  {
    slug: 'ja-done-misaki-image',
    kind: 'merge_completed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.misaki, trap: false,
    note: 'image "letter" inline in HTML; the text around it and the alt text say the merge is complete',
    from: SUPPORT, to: MISAKI.keep, subject: `[CASE ${CASE.misaki}] アカウント統合完了のご通知`,
    date: jst('2026-01-25 09:33:30'), auth: 'pass', enc: 'utf8b64',
    mime: {
      t: 'multi', sub: 'related', parts: [
        H('utf8b64', page(`<p>田中様、統合が完了しました。詳細は以下の通知書をご覧ください。</p>
<p><img src="cid:letter-${CASE.misaki}@aws" alt="アカウント統合完了通知書: ${MISAKI.srcId} を ${MISAKI.keepId} に統合済み" width="600"></p>`)),
        png('letter.png', 11, `Merge completed: ${MISAKI.srcId} -> ${MISAKI.keepId}`, `letter-${CASE.misaki}@aws`),
      ],
    },
  },
  {
    slug: 'ja-done-ken-mixed-outlook',
    kind: 'merge_completed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.ken, trap: false,
    note: 'completion restating the earlier facts, English salutation, Outlook JA quote',
    from: SUPPORT, to: KEN.keep, subject: subj(CASE.ken),
    date: jst('2026-01-30 17:58:02'), auth: 'pass', enc: 'jisb64',
    text: `Dear Kenichi,

先日お伺いした通り、統合先は ${KEN.keep}、統合元は ${KEN.src} です。
その内容で、さきほど両アカウントの統合処理が終わりました、統合元でのサインインはできなくなっております。

Regards,
AWS T&C Customer Service

${outlookJa(`${KEN.ja} <${KEN.keep}>`, '2026-01-28 21:10', SUPPORT_ADDR, subj(CASE.ken))}

同意します。よろしくお願いします。`,
  },

  // ---------------- badges_transferred (8)
  {
    slug: 'ja-badge-credly-misaki',
    kind: 'badges_transferred', lang: 'ja', trusted: true, forUser: true, caseId: null, trap: false,
    note: 'Credly issues an AWS badge to the kept account',
    from: CREDLY_AWS, to: MISAKI.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: jst('2026-01-26 03:12:45'), auth: 'pass', enc: 'utf8qp', hdr: 'utf8q',
    mime: alt('utf8qp', `田中 美咲 さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/accept

Credly, Inc.`, credlyHtml('田中 美咲', 'AWS Certified Solutions Architect - Associate', MISAKI.keep)),
  },
  {
    slug: 'ja-badge-support-closing',
    kind: 'badges_transferred', lang: 'ja', trusted: true, forUser: true, caseId: CASE.misaki, trap: false,
    note: 'support says the badges moved to the kept account and closes',
    from: SUPPORT, to: MISAKI.keep, subject: subj(CASE.misaki),
    date: jst('2026-01-27 14:08:20'), auth: 'pass', enc: 'jis7',
    text: `田中様

Credly のバッジにつきまして、統合先アカウント宛に再発行を行いました、Credly からのメールよりお受け取りください。
これで一連のご依頼は完了となりますので、本ケースはクローズいたします。

中村`,
  },
  {
    slug: 'ja-badge-credly-digest',
    kind: 'badges_transferred', lang: 'ja', trusted: true, forUser: true, caseId: null, trap: false,
    note: 'Credly bundles three AWS badges issued to the kept address in one notice',
    from: CREDLY, to: KEN.keep, subject: '3件の新しいバッジが届いています',
    date: jst('2026-01-31 06:20:00'), auth: 'pass', enc: 'utf8b64',
    html: page(`<p>鈴木 健一 さん、新しいバッジが発行されました。</p>
<ul><li>AWS Certified Cloud Practitioner - 発行元: Amazon Web Services Training and Certification</li>
<li>AWS Certified Solutions Architect - Associate - 発行元: Amazon Web Services Training and Certification</li>
<li>AWS Certified Developer - Associate - 発行元: Amazon Web Services Training and Certification</li></ul>
<p><a href="https://www.credly.com/earner/earned">バッジを入手する</a></p><p>Credly</p>`),
  },
  {
    slug: 'ja-badge-pdf-letter',
    kind: 'badges_transferred', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yumi, trap: false,
    note: 'one-line body; the PDF letter says the badges were moved to the kept account',
    from: SUPPORT, to: YUMI.keep, subject: subj(CASE.yumi),
    date: jst('2026-02-16 11:00:00'), auth: 'pass', enc: 'jis7',
    mime: mixed(
      T('jis7', 'デジタルバッジの件、添付の書面にてご報告いたします。'),
      pdf('badges.pdf', `Case ${CASE.yumi}`, ['小林 由美 様', '統合元アカウントに紐づいていた Credly のバッジを、', `統合先 ${YUMI.keep} に移行いたしました。`, 'AWS トレーニングと認定']),
    ),
  },
  {
    slug: 'ja-badge-resend-credly-eml',
    kind: 'badges_transferred', lang: 'ja', trusted: true, forUser: true, caseId: CASE.ken, trap: false,
    note: 'support re-sends the Credly notice as an attached message and says the badges now sit on the kept account',
    from: SUPPORT, to: KEN.keep, subject: subj(CASE.ken),
    date: jst('2026-02-03 12:30:00'), auth: 'pass', enc: 'jisb64',
    mime: mixed(
      T('jisb64', `鈴木様

Credly からのメールが見当たらないとのことでしたので、該当の通知を添付で再送いたします。
バッジ3件はすでに ${KEN.keep} の Credly アカウントへ移っております。

AWS Training and Certification`),
      eml(inner({ from: CREDLY, to: KEN.keep, subject: '3件の新しいバッジが届いています', date: jst('2026-01-31 06:20:00'), seed: 'ken-credly', hdr: 'utf8b', body: T('utf8qp', '鈴木 健一 さん、Amazon Web Services Training and Certification から新しいバッジが発行されました。') }), 'credly-notice.eml'),
    ),
  },
  {
    slug: 'ja-badge-forged-credly',
    kind: 'badges_transferred', lang: 'ja', trusted: false, forUser: true, caseId: null, trap: false,
    note: 'forged Credly badge mail from credIy.com (capital I)',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: YUMI.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: jst('2026-02-15 01:00:00'), auth: 'none', enc: 'utf8qp',
    text: `小林 由美 さん

Amazon Web Services Training and Certification からバッジが発行されました。
バッジを入手する: http://credly-badge-accept.example.org/`,
  },
  {
    slug: 'ja-badge-support-sjis',
    kind: 'badges_transferred', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yumi, trap: false,
    note: 'support says the badges are on the kept account; case ID only in the body',
    from: SUPPORT, to: YUMI.keep, subject: 'Re: デジタルバッジについて',
    date: jst('2026-02-16 10:40:00'), auth: 'pass', enc: 'sjis8',
    text: `小林様

ケース${CASE.yumi}の件です。Credly 上のバッジを統合先のアカウントへ付け替えました、プロフィールに表示されているかご覧ください。

吉田`,
  },
  {
    slug: 'ja-badge-credly-ken-dkim',
    kind: 'badges_transferred', lang: 'ja', trusted: true, forUser: true, caseId: null, trap: false,
    note: 'Credly AWS badge notice, ISO-2022-JP base64, DKIM-only pass',
    from: CREDLY_AWS, to: KEN.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: jst('2026-01-31 06:18:30'), auth: 'dkimonly', enc: 'jisb64',
    text: `鈴木 健一 さん

Amazon Web Services Training and Certification から
「AWS Certified Developer - Associate」のバッジが届きました。
バッジを入手する
https://www.credly.com/earner/earned/badge/accept`,
  },

  // ---------------- case_closed (8)
  {
    slug: 'ja-close-misaki-reminder',
    kind: 'case_closed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.misakiDup, trap: false,
    note: 'the duplicate case will close automatically without a reply',
    from: NOREPLY, to: MISAKI.src, subject: `ケース ${CASE.misakiDup} は間もなくクローズされます`,
    date: jst('2026-01-27 09:00:00'), auth: 'pass', enc: 'jis7',
    text: `ケース ${CASE.misakiDup} について、お客様からのご返信をお待ちしております。
7日以内にご返信がない場合、本ケースは自動的にクローズされます。

Amazon Web Services`,
  },
  {
    slug: 'ja-close-ken-resolved',
    kind: 'case_closed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.ken, trap: false,
    note: 'case marked resolved',
    from: NOREPLY, to: KEN.keep, subject: `ケース ${CASE.ken} は解決済みになりました`,
    date: jst('2026-02-04 09:12:00'), auth: 'pass', enc: 'utf8qp',
    mime: alt('utf8qp', `ケース ${CASE.ken} のステータスが「解決済み」に変更されました。
追加のご質問はサポートセンターからケースを再開してお送りください。`, page(paras(`ケース ${CASE.ken} のステータスが「解決済み」に変更されました。
追加のご質問はサポートセンターからケースを再開してお送りください。`))),
  },
  {
    slug: 'ja-close-yumi-restates',
    kind: 'case_closed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yumi, trap: true,
    note: 'closing notice that only restates the earlier merge',
    from: SUPPORT, to: YUMI.keep, subject: subj(CASE.yumi),
    date: jst('2026-02-20 10:00:00'), auth: 'pass', enc: 'sjisb64',
    text: `小林様

2月14日にアカウントの統合、16日にバッジの移行をご報告して以来、追加のご連絡がございませんので、本ケースはクローズいたします。

AWS トレーニングと認定`,
  },
  {
    slug: 'ja-close-digest',
    kind: 'case_closed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.misaki, trap: false,
    note: 'case digest: the new text says the case will close in 3 days; the bundled earlier notices are history',
    from: NOREPLY, to: MISAKI.keep, subject: `ケース ${CASE.misaki} の更新情報 (3件)`,
    date: jst('2026-01-28 09:00:00'), auth: 'pass', enc: 'jis7',
    mime: digest(T('jis7', `ケース ${CASE.misaki} の最近のやり取りをまとめてお送りします。
ご返信がない場合、本ケースは3日後に自動でクローズされます。`), [
      inner({ from: SUPPORT, to: MISAKI.keep, subject: subj(CASE.misaki), date: jst('2026-01-23 15:31:20'), seed: 'misaki-d1', hdr: 'jis', body: T('jis7', '統合を進めてよろしいか、同意の旨をお知らせください。') }),
      inner({ from: SUPPORT, to: MISAKI.keep, subject: subj(CASE.misaki), date: jst('2026-01-25 09:30:12'), seed: 'misaki-d2', hdr: 'jis', body: T('jis7', DONE_MISAKI) }),
      inner({ from: SUPPORT, to: MISAKI.keep, subject: subj(CASE.misaki), date: jst('2026-01-27 14:08:20'), seed: 'misaki-d3', hdr: 'jis', body: T('jis7', 'Credly のバッジを統合先アカウント宛に再発行しました。') }),
    ]),
  },
  {
    slug: 'ja-close-pdf',
    kind: 'case_closed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.ken, trap: false,
    note: 'one-line body, attached PDF: the case is closed',
    from: SUPPORT, to: KEN.keep, subject: subj(CASE.ken),
    date: jst('2026-02-04 09:20:00'), auth: 'pass', enc: 'utf8b64',
    mime: mixed(
      T('utf8b64', 'ケース終了のご案内をお送りします。'),
      pdf('case-closed.pdf', `Case ${CASE.ken}`, ['ケース終了のお知らせ', '本ケースはクローズいたしました。', '再度のお問い合わせは新しいケースでお願いします。']),
    ),
  },
  {
    slug: 'ja-close-dup-cases',
    kind: 'case_closed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.misakiDup, trap: true,
    note: 'duplicate case closed; "統合" refers to the cases, not the accounts',
    from: SUPPORT, to: MISAKI.src, subject: subj(CASE.misakiDup),
    date: jst('2026-01-20 16:40:00'), auth: 'pass', enc: 'jis7',
    text: `田中様

同じご依頼で2件のケースが作成されていたため、やり取りはケース ${CASE.misaki} に統合し、本ケース(${CASE.misakiDup})はクローズいたします。

AWS トレーニングと認定`,
  },
  {
    slug: 'ja-close-forged-fail',
    kind: 'case_closed', lang: 'ja', trusted: false, forUser: true, caseId: CASE.yumi, trap: false,
    note: 'closing notice with dmarc=fail from the receiving server',
    from: NOREPLY, to: YUMI.keep, subject: `ケース ${CASE.yumi} はクローズされました`,
    date: jst('2026-02-19 23:00:00'), auth: 'fail', enc: 'jis7',
    text: `ケース ${CASE.yumi} はクローズされました。再開するには以下からサインインしてください。
http://console-aws-support.example.com/`,
  },
  {
    slug: 'ja-close-ken-outlook',
    kind: 'case_closed', lang: 'ja', trusted: true, forUser: true, caseId: CASE.ken, trap: true,
    note: 'auto-close warning that mentions the earlier completion: no reply within 3 business days closes the case',
    from: SUPPORT, to: KEN.keep, subject: subj(CASE.ken),
    date: jst('2026-02-02 11:00:00'), auth: 'pass', enc: 'utf8b64',
    text: `鈴木様

統合完了のご連絡以降、ご返信をいただいておりません。このまま3営業日ご返信がない場合は、解決済みとしてケースを終了させていただきます。

AWS トレーニングと認定

${outlookJa(SUPPORT, '2026-01-30 17:58', KEN.keep, subj(CASE.ken))}

鈴木様
統合処理が終わりました。ご不明点があればお知らせください。`,
  },

  // ---------------- support_reply (10)
  {
    slug: 'ja-sr-misaki-invite',
    kind: 'support_reply', lang: 'ja', trusted: true, forUser: true, caseId: CASE.misaki, trap: true,
    note: 'calendar invitation for a support call; mentions confirming the merge but is a scheduling reply',
    from: SUPPORT, to: MISAKI.keep, subject: `招待: 認定アカウント統合についてのお電話 (ケース ${CASE.misaki})`,
    date: jst('2026-01-21 15:00:00'), auth: 'pass', enc: 'utf8qp',
    mime: invite('utf8qp', `田中様

お電話でのご説明をご希望とのことで、下記の日時でお時間を頂戴できればと存じます。
通話では統合の内容と同意についてご説明します。

日時: 2026年1月22日(木) 14:00-14:30 (JST)
ケース ${CASE.misaki}`, page(paras(`田中様

お電話でのご説明をご希望とのことで、下記の日時でお時間を頂戴できればと存じます。
通話では統合の内容と同意についてご説明します。

日時: 2026年1月22日(木) 14:00-14:30 (JST)`)), {
      method: 'REQUEST', uid: `case-${CASE.misaki}-call@support.amazon.com`, organizer: { name: 'AWS Training and Certification', addr: SUPPORT_ADDR }, attendees: [{ name: MISAKI.en, addr: MISAKI.keep }],
      summary: `認定アカウント統合のお電話 (ケース ${CASE.misaki})`, description: '統合の内容と同意の手順についてご説明します。', location: 'Amazon Chime', start: '20260122T050000Z', end: '20260122T053000Z', stamp: '20260121T060000Z',
    }),
  },
  {
    slug: 'ja-sr-ken-thanks-confirm',
    kind: 'support_reply', lang: 'ja', trusted: true, forUser: true, caseId: CASE.ken, trap: true,
    note: 'thanks for the consent, passed to the team',
    from: SUPPORT, to: KEN.keep, subject: subj(CASE.ken),
    date: jst('2026-01-29 09:40:00'), auth: 'pass', enc: 'jis7',
    text: `鈴木様

ご同意のご返信、確かに受け取りました。担当チームへ依頼をかけましたので、処理が済み次第あらためてご連絡いたします。

Haruto`,
  },
  {
    slug: 'ja-sr-yumi-future',
    kind: 'support_reply', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yumi, trap: true,
    note: 'future statement: 「統合が完了しましたら」 is not the event',
    from: SUPPORT, to: YUMI.keep, subject: subj(CASE.yumi),
    date: jst('2026-02-13 09:10:00'), auth: 'pass', enc: 'utf88bit',
    text: `小林様

ご承諾ありがとうございます。現在、統合の担当部署で作業を進めております。
統合が完了しましたら、このケースにてお知らせいたします。バッジについてもその際にご案内します。

吉田`,
  },
  {
    slug: 'ja-sr-misaki-resend-notice',
    kind: 'support_reply', lang: 'ja', trusted: true, forUser: true, caseId: CASE.misaki, trap: true,
    note: 'on request, support re-sends its earlier completion notice as an attachment; the new text is only the re-send',
    from: SUPPORT, to: MISAKI.keep, subject: subj(CASE.misaki),
    date: jst('2026-02-05 10:20:00'), auth: 'pass', enc: 'jisb64',
    mime: mixed(
      T('jisb64', `田中様

社内の手続きでお使いになるとのこと、1月25日にお送りした通知を添付にて再送いたします。

中村`),
      eml(inner({ from: SUPPORT, to: MISAKI.keep, subject: subj(CASE.misaki), date: jst('2026-01-25 09:30:12'), seed: 'misaki-done-copy', hdr: 'jis', trace: true, body: T('jis7', DONE_MISAKI) }), 'merge-notice.eml'),
    ),
  },
  {
    slug: 'ja-sr-ken-not-yet',
    kind: 'support_reply', lang: 'ja', trusted: true, forUser: true, caseId: CASE.ken, trap: true,
    note: 'status: merge in progress and not yet complete (bottom-posted under the customer\'s question)',
    from: SUPPORT, to: KEN.keep, subject: subj(CASE.ken),
    date: jst('2026-01-30 10:00:00'), auth: 'pass', enc: 'sjis8',
    text: `${gmailJa('2026-01-29 23:15', `${KEN.ja} <${KEN.mobile}>`)}
${quote('統合はもう終わりましたか?\niPhoneから送信')}

鈴木様

お問い合わせの統合状況ですが、担当部署で処理中でして、まだ完了には至っておりません。
もう少々お待ちいただけますと幸いです。

Haruto`,
  },
  {
    slug: 'ja-sr-yumi-unable',
    kind: 'support_reply', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yumi, trap: true,
    note: '"we are unable to merge right now" (exam booked on the source account); escalation, no data asked',
    from: SUPPORT, to: YUMI.keep, subject: subj(CASE.yumi),
    date: jst('2026-02-11 16:30:00'), auth: 'pass', enc: 'utf8b64',
    text: `小林様

確認したところ、統合元アカウントに受験予約が残っているため、現時点では統合を実施できない状態です。
社内の専門チームに判断を仰いでおりますので、回答まで今しばらくお待ちください。

吉田`,
  },
  {
    slug: 'ja-sr-misaki-write-from-keep',
    kind: 'support_reply', lang: 'ja', trusted: true, forUser: true, caseId: CASE.misakiDup, trap: true,
    note: '"write to us from the address you keep" without asking for data',
    from: SUPPORT, to: MISAKI.src, subject: subj(CASE.misakiDup),
    date: jst('2026-01-20 15:00:00'), auth: 'pass', enc: 'jis7',
    text: `田中様

恐れ入りますが、統合先として残されるアカウントのメールアドレスから、改めてこのケースへご返信をお願いいたします。

AWS トレーニングと認定`,
  },
  {
    slug: 'ja-sr-ken-invite-update',
    kind: 'support_reply', lang: 'ja', trusted: true, forUser: true, caseId: CASE.ken, trap: false,
    note: 'updated calendar invitation: the call moves to another time',
    from: SUPPORT, to: KEN.keep, subject: `更新: お電話の日時変更 (ケース ${CASE.ken})`,
    date: jst('2026-01-27 18:00:00'), auth: 'pass', enc: 'jisb64',
    mime: invite('jisb64', `鈴木様

ご都合に合わせて、お電話の時間を2月2日(月) 10:00 に変更しました。
当日はこちらからおかけします。`, page(paras(`鈴木様

ご都合に合わせて、お電話の時間を2月2日(月) 10:00 に変更しました。
当日はこちらからおかけします。`)), {
      method: 'REQUEST', uid: `case-${CASE.ken}-call@support.amazon.com`, organizer: { name: 'AWS Training and Certification', addr: SUPPORT_ADDR }, attendees: [{ name: KEN.en, addr: KEN.keep }],
      summary: `お電話 (ケース ${CASE.ken})`, description: 'お電話の時間を変更しました。', location: '電話', start: '20260202T010000Z', end: '20260202T013000Z', stamp: '20260127T090000Z', sequence: 0,
    }),
  },
  {
    slug: 'ja-sr-yumi-pdf-status',
    kind: 'support_reply', lang: 'ja', trusted: true, forUser: true, caseId: CASE.yumi, trap: false,
    note: 'one-line body; the PDF reports an escalation status',
    from: SUPPORT, to: YUMI.keep, subject: subj(CASE.yumi),
    date: jst('2026-02-12 09:00:00'), auth: 'pass', enc: 'jis7',
    mime: mixed(
      T('jis7', '進捗のご報告を添付いたします。'),
      pdf('status.pdf', `Case ${CASE.yumi}`, ['小林 由美 様', '受験予約の件は専門チームで確認が取れました。', '引き続き本ケースで対応いたします。']),
    ),
  },
  {
    slug: 'ja-sr-ken-dup-merged',
    kind: 'support_reply', lang: 'ja', trusted: true, forUser: true, caseId: CASE.ken, trap: true,
    note: '"we merged your duplicate cases" is not the account merge',
    from: SUPPORT, to: KEN.keep, subject: subj(CASE.ken),
    date: jst('2026-01-24 10:00:00'), auth: 'pass', enc: 'utf8qp',
    text: `鈴木様

携帯のアドレスからも同じご依頼をいただいておりましたので、2件のケースをこちらのケース ${CASE.ken} にまとめました。今後はこちらでやり取りさせてください。

Haruto`,
  },

  // ---------------- unrelated (12)
  {
    slug: 'ja-un-misaki-fwd-attach',
    kind: 'unrelated', lang: 'ja', trusted: false, forUser: true, caseId: CASE.misaki, trap: true,
    note: 'the user forwards support\'s completion mail as an attachment to her other address: her own mail',
    from: `${MISAKI.ja} <${MISAKI.keep}>`, to: MISAKI.src, subject: 'Fw: 統合完了のメール',
    date: jst('2026-01-25 12:40:00'), auth: 'pass', enc: 'jis7',
    mime: mixed(
      T('jis7', `会社のPCでも見られるように転送。統合完了の連絡です。`),
      eml(inner({ from: SUPPORT, to: MISAKI.keep, subject: subj(CASE.misaki), date: jst('2026-01-25 09:30:12'), seed: 'misaki-done-fwd', hdr: 'jis', trace: true, body: T('jis7', DONE_MISAKI) }), 'RE_CASE.eml'),
    ),
  },
  {
    slug: 'ja-un-ken-mobile-fwd',
    kind: 'unrelated', lang: 'ja', trusted: false, forUser: true, caseId: CASE.ken, trap: true,
    note: 'the user forwards support\'s consent request inline from his phone to his personal address',
    from: KEN.mobile, to: KEN.keep, subject: `Fwd: ${subj(CASE.ken)}`,
    date: jst('2026-01-28 12:15:00'), auth: 'none', enc: 'utf8b64',
    text: `あとでPCから同意の返信する

iPhoneから送信

${fwdJa(SUPPORT, '2026-01-28 10:05', subj(CASE.ken), KEN.keep)}

鈴木様
一度統合すると取り消せません、問題なければ「同意します」とご返信ください。`,
  },
  {
    slug: 'ja-un-yumi-bounce',
    kind: 'unrelated', lang: 'ja', trusted: false, forUser: true, caseId: CASE.yumi, trap: true,
    note: 'bounce of the user\'s consent reply to support (her provider\'s mailer-daemon): no news from support',
    from: 'Mail Delivery System <MAILER-DAEMON@mx.example.net>', to: YUMI.keep, subject: 'メール配信エラーのお知らせ (Undelivered Mail Returned to Sender)',
    date: jst('2026-02-12 22:05:00'), auth: 'none', enc: 'jis7', returnPath: '<>',
    extra: ['Auto-Submitted: auto-replied'],
    mime: dsn({
      human: T('jis7', `お客様が送信されたメールは、以下の宛先に配信できませんでした。
宛先: aws-cs-trainingcertificaton-form@amazon.com
理由: 宛先のメールアドレスが存在しません。アドレスに誤りがないかご確認ください。`),
      reportingMta: 'mx.example.net', arrival: jst('2026-02-12 22:04:50'), recipient: 'aws-cs-trainingcertificaton-form@amazon.com', action: 'failed', status: '5.1.1', remoteMta: 'amazon-smtp.amazon.com',
      diag: '550 5.1.1 Requested action not taken: mailbox unavailable',
      original: inner({ from: `${YUMI.ja} <${YUMI.keep}>`, to: 'aws-cs-trainingcertificaton-form@amazon.com', subject: subj(CASE.yumi), date: jst('2026-02-12 22:04:48'), seed: 'yumi-bounced', hdr: 'jis', body: T('jis7', '統合に同意します。よろしくお願いいたします。\n小林') }),
    }),
  },
  {
    slug: 'ja-un-ken-delay-dsn',
    kind: 'unrelated', lang: 'ja', trusted: false, forUser: true, caseId: CASE.ken, trap: true,
    note: 'delayed-delivery warning for the user\'s own mail to support (headers only returned)',
    from: 'MAILER-DAEMON@mobile.example.ne.jp', to: KEN.mobile, subject: '警告: メールの配送が遅れています',
    date: jst('2026-01-29 03:00:00'), auth: 'none', enc: 'sjis8', returnPath: '<>',
    mime: dsn({
      human: T('sjis8', `送信されたメールはまだ配送されていません。引き続き配送を試みます。
件名: Re: アカウント統合の件 (ケース ${CASE.ken})
宛先: ${SUPPORT_ADDR}
このメッセージに返信する必要はありません。`),
      reportingMta: 'smtp.mobile.example.ne.jp', arrival: jst('2026-01-28 23:15:10'), recipient: SUPPORT_ADDR, action: 'delayed', status: '4.4.7',
      diag: '421 4.4.7 Connection timed out', headersOnly: true,
      original: inner({ from: KEN.mobile, to: SUPPORT_ADDR, subject: 'x', date: jst('2026-01-28 23:15:08'), seed: 'ken-delayed', hdr: 'sjis', body: T('ascii7', 'x') }),
    }),
  },
  {
    slug: 'ja-un-colleague-invite',
    kind: 'unrelated', lang: 'ja', trusted: false, forUser: true, caseId: null, trap: true,
    note: 'a colleague\'s calendar invitation about the merge: not from support',
    from: '山本 翔 <sho.yamamoto@kaisha.example.co.jp>', to: MISAKI.src, subject: '招待: AWS認定アカウント統合の件 打ち合わせ',
    date: jst('2026-01-21 11:00:00'), auth: 'pass', enc: 'utf8qp',
    mime: invite('utf8qp', `田中さん

認定アカウントの統合が完了したら、社内の資格一覧も更新したいので15分ほどください。
会議室B`, page(paras(`田中さん

認定アカウントの統合が完了したら、社内の資格一覧も更新したいので15分ほどください。`)), {
      method: 'REQUEST', uid: 'mtg-2026-0123-kaisha@kaisha.example.co.jp', organizer: { name: '山本 翔', addr: 'sho.yamamoto@kaisha.example.co.jp' }, attendees: [{ name: '田中 美咲', addr: MISAKI.src }],
      summary: 'AWS認定アカウント統合の件', description: '社内の資格一覧の更新について', location: '会議室B', start: '20260123T020000Z', end: '20260123T021500Z', stamp: '20260121T020000Z', prodid: '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
    }),
  },
  {
    slug: 'ja-un-aws-event-invite',
    kind: 'unrelated', lang: 'ja', trusted: true, forUser: true, caseId: null, trap: true,
    note: 'AWS event webinar invitation with "登録を確認しました": an event, not a case',
    from: 'AWS Japan Events <aws-jp-events@amazon.com>', to: YUMI.keep, subject: 'ご登録を確認しました: AWS 認定 合格者向けウェビナー',
    date: jst('2026-02-05 12:00:00'), auth: 'pass', enc: 'utf8b64',
    mime: invite('utf8b64', `小林 由美 様

ウェビナーへのご登録を確認しました。カレンダーに追加してご参加ください。
認定バッジの活用方法もご紹介します。`, page(paras(`小林 由美 様

ウェビナーへのご登録を確認しました。カレンダーに追加してご参加ください。`)), {
      method: 'REQUEST', uid: 'webinar-20260218@events.amazon.com', organizer: { name: 'AWS Japan Events', addr: 'aws-jp-events@amazon.com' }, attendees: [{ name: 'Yumi Kobayashi', addr: YUMI.keep }],
      summary: 'AWS 認定 合格者向けウェビナー', description: '認定バッジの活用方法', location: 'オンライン', start: '20260218T030000Z', end: '20260218T040000Z', stamp: '20260205T030000Z', prodid: '-//Amazon Web Services//Events//EN',
    }),
  },
  {
    slug: 'ja-un-list-digest',
    kind: 'unrelated', lang: 'ja', trusted: false, forUser: false, caseId: CASE.misaki, trap: true,
    note: 'company mailing-list digest that carries a member\'s forwarded support mail; addressed to the list',
    from: 'aws-study ML <aws-study@lists.kaisha.example.co.jp>', to: 'aws-study@lists.kaisha.example.co.jp', subject: 'aws-study ダイジェスト 第42号 (2件)',
    date: jst('2026-01-26 07:00:00'), auth: 'pass', enc: 'jis7', deliveredTo: null,
    extra: ['List-Id: <aws-study.lists.kaisha.example.co.jp>', 'Precedence: list'],
    mime: digest(T('jis7', `aws-study メーリングリスト ダイジェスト
本日のトピック:
 1. 認定アカウント統合できました (田中)
 2. 勉強会の日程`), [
      inner({ from: `${MISAKI.ja} <${MISAKI.src}>`, to: 'aws-study@lists.kaisha.example.co.jp', subject: '認定アカウント統合できました', date: jst('2026-01-25 13:00:00'), seed: 'ml1', hdr: 'jis', body: T('jis7', `サポートに依頼したら2日で統合してもらえました(ケース ${CASE.misaki})。参考まで。`) }),
      inner({ from: '山本 翔 <sho.yamamoto@kaisha.example.co.jp>', to: 'aws-study@lists.kaisha.example.co.jp', subject: '勉強会の日程', date: jst('2026-01-25 18:00:00'), seed: 'ml2', hdr: 'jis', body: T('jis7', '次回は2月6日です。') }),
    ]),
  },
  {
    slug: 'ja-un-other-case-ack',
    kind: 'unrelated', lang: 'ja', trusted: true, forUser: true, caseId: CASE.misakiExam, trap: true,
    note: 'receipt of the user\'s other case about an exam booking refund',
    from: NOREPLY, to: MISAKI.keep, subject: `ケース ${CASE.misakiExam} を受け付けました: 試験予約の返金について`,
    date: jst('2026-02-08 20:00:00'), auth: 'pass', enc: 'jis7',
    text: `試験予約のキャンセルと返金に関するお問い合わせ(ケース ${CASE.misakiExam})を受け付けました。
担当者よりご連絡いたします。`,
  },
  {
    slug: 'ja-un-credly-other-issuers',
    kind: 'unrelated', lang: 'ja', trusted: true, forUser: true, caseId: null, trap: true,
    note: 'Credly digest of badges from other issuers (Microsoft, a university)',
    from: CREDLY, to: YUMI.src, subject: '新しいバッジが2件あります',
    date: jst('2026-02-07 06:00:00'), auth: 'pass', enc: 'utf8qp',
    html: page(`<p>小林 由美 さん</p><ul><li>Microsoft Certified: Azure Fundamentals - 発行元: Microsoft</li><li>データサイエンス基礎 修了 - 発行元: 大学 公開講座</li></ul><p><a href="https://www.credly.com/earner/earned">バッジを入手する</a></p>`),
  },
  {
    slug: 'ja-un-survey',
    kind: 'unrelated', lang: 'ja', trusted: true, forUser: true, caseId: CASE.ken, trap: true,
    note: 'satisfaction survey after the case closed',
    from: 'AWS Customer Experience <aws-survey@amazon.com>', to: KEN.keep, subject: `アンケートのお願い: ケース ${CASE.ken} のサポートはいかがでしたか`,
    date: jst('2026-02-05 10:00:00'), auth: 'pass', enc: 'utf8b64',
    html: page(`<p>先日クローズされたケース ${CASE.ken} について、問題は解決しましたか?</p><p><a href="https://survey.aws.amazon.com/">はい</a> / <a href="https://survey.aws.amazon.com/">いいえ</a></p>`),
  },
  {
    slug: 'ja-un-oldcorp-ooo',
    kind: 'unrelated', lang: 'ja', trusted: false, forUser: true, caseId: CASE.misaki, trap: false,
    note: 'out-of-office auto-reply from the old company\'s system, quoting support\'s subject',
    from: 'kaisha-autoreply <noreply@kaisha.example.co.jp>', to: MISAKI.keep, subject: `自動応答: ${subj(CASE.misaki)}`,
    date: jst('2026-01-20 16:23:00'), auth: 'pass', enc: 'sjisb64',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `このメールは自動応答です。
田中は1月31日まで休暇のため不在にしております。急ぎの場合は総務部までご連絡ください。`,
  },
  {
    slug: 'ja-un-exam-score-pdf',
    kind: 'unrelated', lang: 'ja', trusted: true, forUser: true, caseId: null, trap: false,
    note: 'exam score report with a PDF: not part of the merge case',
    from: PORTAL, to: KEN.keep, subject: 'AWS Certification: スコアレポートが利用可能になりました',
    date: jst('2026-02-10 08:00:00'), auth: 'pass', enc: 'jis7',
    mime: mixed(
      T('jis7', `鈴木 健一 様
先日受験された試験のスコアレポートを添付します。`),
      pdf('score-report.pdf', 'Score report', ['AWS Certified Security - Specialty', 'Result: PASS', 'Score: 812']),
    ),
  },
];
