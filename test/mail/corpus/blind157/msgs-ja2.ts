// Set ez, Japanese messages (part 2: merge_completed, badges_transferred, case_closed, support_reply, unrelated).
import type { Msg } from './lib.js';
import { CASE, CERT_PORTAL, CREDLY_AWS, KEN, MISAKI, NOREPLY, SHO, SUPPORT, SUPPORT_ADDR, caseSubj, gmailJa, htmlDoc, mk, outlookJa, quote, sfBlock, sfRef } from './common.js';

const kenTo = `${KEN.ja} <${KEN.keep}>`;
const misakiTo = `${MISAKI.ja} <${MISAKI.keep}>`;
const shoTo = `${SHO.ja} <${SHO.keep}>`;

const KEN_AGREE = `田村様
統合に同意します。よろしくお願いします。
中村`;

export const JA2: Msg[] = [
  // ---------------- merge_completed ----------------
  mk({
    slug: 'ja-merge-ken-after-consent',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'main clause is the new event (merged today); the time clause restates the earlier consent',
    to: kenTo,
    subject: caseSubj(CASE.ken),
    at: '2026-12-02 15:31:20',
    text: `中村 様

ご同意いただいた後、本日、アカウントの統合が完了いたしました。
${KEN.keepId} にサインインして、認定と特典が表示されていることをお確かめください。

田村

${gmailJa('2026年12月1日(火) 12:40', `${KEN.ja} <${KEN.keep}>`)}
${quote(KEN_AGREE)}`,
  }),
  mk({
    slug: 'ja-merge-misaki-badges-later',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'merge done now; badges are only promised for later',
    to: misakiTo,
    subject: caseSubj(CASE.misaki),
    at: '2026-12-03 10:02:48',
    enc: 'sjis8',
    text: `小林様

統合が完了しました。前職アカウントの認定2件は、個人アカウント (${MISAKI.keepId}) に表示されるようになっています。
なお、Credly のバッジは統合完了後、数日のうちに順次移行されます。

Yuki`,
  }),
  mk({
    slug: 'ja-merge-sho-then-close',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'completion that also says the case will now be closed: the new fact is the merge',
    to: shoTo,
    subject: caseSubj(CASE.sho),
    at: '2026-12-02 18:12:09',
    enc: 'jisb64',
    text: `伊藤様

お待たせしました。統合が済みましたので、本ケースはこのままクローズいたします。
大学のアドレスで取得された認定も、${SHO.keep} のアカウントでご覧いただけます。

森`,
  }),
  mk({
    slug: 'ja-merge-portal-notice',
    kind: 'merge_completed',
    lang: 'ja',
    note: 'the certification portal\'s own merged notice, no case ID',
    from: CERT_PORTAL,
    to: kenTo,
    subject: 'AWS 認定: アカウントが統合されました',
    at: '2026-12-02 15:05:44',
    enc: 'utf8b64',
    text: `${KEN.ja} 様

お客様の AWS 認定アカウントは統合されました。
これまで別のアカウントに記録されていた試験履歴と認定は、今後このアカウントに表示されます。
次回サインインした後で、プロフィールの内容をご確認ください。

AWS Certification`,
    html: htmlDoc(
      `<p>${KEN.ja} 様</p>
<p><b>お客様の AWS 認定アカウントは統合されました。</b></p>
<p>これまで別のアカウントに記録されていた試験履歴と認定は、今後このアカウントに表示されます。<br>
次回サインインした後で、プロフィールの内容をご確認ください。</p>
<p>AWS Certification</p>`,
      'ja',
    ),
  }),
  mk({
    slug: 'ja-merge-sho-gmail-check',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'completion notice with "please check it looks right"; stays merge_completed',
    to: shoTo,
    subject: caseSubj(CASE.sho),
    at: '2026-12-02 17:58:30',
    enc: 'sjisb64',
    text: `伊藤様

お返事ありがとうございました。先ほど統合の作業が終わりました。
サインインしたうえで、クラウドプラクティショナーと SAA の両方が表示されているかご確認ください。

森

${gmailJa('2026年12月1日(火) 21:45', `${SHO.ja} <${SHO.keep}>`)}
${quote(`森様
統合して大丈夫です。お願いします。
伊藤`)}`,
  }),
  mk({
    slug: 'ja-merge-lookalike-domain',
    kind: 'merge_completed',
    lang: 'ja',
    trusted: false,
    caseId: CASE.misaki,
    note: 'completion text from a look-alike domain (amazon-support.co.jp); authenticated for that domain only',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon-support.co.jp>',
    to: misakiTo,
    subject: caseSubj(CASE.misaki),
    at: '2026-12-02 01:17:33',
    text: `小林様
アカウントの統合が完了しました。特典のバウチャーを受け取るには、下記からサインインしてください。
https://amazon-support.co.jp/benefits`,
  }),
  mk({
    slug: 'ja-merge-ken-ids-between',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'identifiers and a timestamp sit between the words; the merge is reported as done',
    to: kenTo,
    subject: caseSubj(CASE.ken),
    at: '2026-12-02 15:40:10',
    enc: 'utf8qp',
    text: `中村様

補足です。${KEN.srcId} から ${KEN.keepId} への統合は、12月2日 14:10 (JST) に完了しております。
統合元の認定3件と50%割引バウチャー1件を、統合先へ移しました。

田村
${sfRef('1AbC3')}`,
  }),
  mk({
    slug: 'ja-merge-misaki-credly-yourself',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'merge finished; badges need to be claimed again later (future, user action)',
    to: misakiTo,
    subject: caseSubj(CASE.misaki),
    at: '2026-12-03 09:50:00',
    enc: 'utf88bit',
    text: `小林様

先ほど統合作業を終えました。
バッジについては、統合が反映されてから Credly 側で受け取り直していただく必要があります。反映までは半日ほどかかることがあります。

Yuki

${sfBlock(`${MISAKI.keep}`, '2026/12/02 19:22', caseSubj(CASE.misaki), `Yuki 様
はい、統合してください。取り消せないことも承知しました。
小林`)}`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'ja-badge-credly-jis',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'AWS badge issued via Credly to the kept account',
    from: CREDLY_AWS,
    to: `${KEN.keep}`,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    at: '2026-12-04 06:12:40',
    text: `${KEN.ja}さん

Amazon Web Services Training and Certification から、AWS Certified Solutions Architect - Associate のバッジが発行されました。
バッジを受け取った後は、LinkedIn やメール署名で共有できます。

バッジを入手する
https://www.credly.com/badges/5c1e0a7d-2b44-4f1e-9d77-0ez1kenbadge1/accept

Credly`,
  }),
  mk({
    slug: 'ja-badge-misaki-close',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'support says the badges moved and closes the case: badges_transferred',
    to: misakiTo,
    subject: caseSubj(CASE.misaki),
    at: '2026-12-07 11:30:15',
    text: `小林様

バッジの移行が完了しましたので、本ケースをクローズいたします。
Credly のプロフィールに、前職アカウントのバッジ2件が表示されているはずです。

Yuki`,
  }),
  mk({
    slug: 'ja-badge-ken-reverse',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'the new event (badges moved today) sits in the reason clause; the main clause restates last week\'s merge',
    to: kenTo,
    subject: caseSubj(CASE.ken),
    at: '2026-12-09 10:45:31',
    enc: 'jisb64',
    text: `中村様

本日 Credly のバッジ3件が ${KEN.keep} 側へ移ったことで、先週統合いたしましたアカウントに関する作業はすべて終わりました。
ほかにご不明な点があれば、このケースにご返信ください。

田村`,
  }),
  mk({
    slug: 'ja-badge-credly-html',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'multipart Credly mail for an AWS badge on the kept address',
    from: CREDLY_AWS,
    to: `${MISAKI.keep}`,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    at: '2026-12-05 22:03:17',
    enc: 'utf8b64',
    text: `AWS Certified Cloud Practitioner
Amazon Web Services Training and Certification から発行

おめでとうございます。統合後のアカウントで、このバッジを受け取れるようになりました。
バッジを入手する: https://www.credly.com/earner/earned/badge/8e3a-misaki-ccp`,
    html: htmlDoc(
      `<div style="text-align:center">
<p style="font-size:18px"><b>AWS Certified Cloud Practitioner</b></p>
<p>Amazon Web Services Training and Certification から発行</p>
<p>おめでとうございます。統合後のアカウントで、このバッジを受け取れるようになりました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/8e3a-misaki-ccp" style="background:#ff6b00;color:#fff;padding:10px 20px">バッジを入手する</a></p>
</div>`,
      'ja',
    ),
  }),
  mk({
    slug: 'ja-badge-forged-credly',
    kind: 'badges_transferred',
    lang: 'ja',
    trusted: false,
    note: 'Credly badge mail from credIy.com (capital i) without authentication',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>',
    to: `${SHO.keep}`,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    at: '2026-12-03 03:33:03',
    auth: 'none',
    enc: 'utf8qp',
    text: `AWS Certified Solutions Architect - Associate のバッジが発行されました。
受け取りの前に、下記でサインインしてください。
バッジを入手する https://credIy.com/accept?b=sho`,
  }),
  mk({
    slug: 'ja-badge-ken-after-your-note',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'after the user wrote in, support moved the 4 badges: done',
    to: kenTo,
    subject: caseSubj(CASE.ken),
    at: '2026-12-08 13:20:40',
    enc: 'sjis8',
    text: `中村様

ご連絡いただいた後で、Credly の担当チームへ依頼し、バッジ4件を ${KEN.keep} のプロフィールへ移しました。
表示が古いままの場合は、一度サインアウトしてから開き直してください。

田村

${outlookJa(`${KEN.ja} <${KEN.keep}>`, '2026年12月7日 9:12', SUPPORT, caseSubj(CASE.ken))}

統合ありがとうございました。ただ Credly のバッジがまだ会社のアドレスのままです。
中村`,
  }),
  mk({
    slug: 'ja-badge-sho-sjis-b64',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'support reports the badge move asked about after the merge is finished',
    to: shoTo,
    subject: caseSubj(CASE.sho),
    at: '2026-12-04 12:00:55',
    enc: 'sjisb64',
    text: `伊藤様

統合完了後にお問い合わせいただいたバッジの件、移行が済みました。
クラウドプラクティショナーのバッジは、現在 ${SHO.keep} の Credly アカウントに入っています。

森`,
  }),
  mk({
    slug: 'ja-badge-credly-second',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'second AWS badge via Credly; "please check then accept" is the usual button text',
    from: CREDLY_AWS,
    to: `${KEN.keep}`,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    at: '2026-12-04 06:13:02',
    enc: 'jisb64',
    text: `${KEN.ja}さん

AWS Certified Developer - Associate のバッジが、あなたのアカウントに追加されました。
内容をご確認のうえ、バッジを受け取ってください。

バッジを入手する
https://www.credly.com/badges/0b77d3c4-ken-dva/accept`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'ja-close-restates-merge',
    kind: 'case_closed',
    lang: 'ja',
    trap: true,
    caseId: CASE.sho,
    note: 'closing notice that only restates last week\'s merge',
    to: shoTo,
    subject: caseSubj(CASE.sho),
    at: '2026-12-10 09:15:27',
    text: `伊藤様

先週ご案内したとおり統合は完了しておりますので、本ケースをクローズいたします。
またご不明な点がありましたら、新しいケースでお問い合わせください。

森`,
  }),
  mk({
    slug: 'ja-close-three-days',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'will auto-close if no reply within 3 days',
    to: misakiTo,
    subject: caseSubj(CASE.misaki),
    at: '2026-12-09 10:00:00',
    enc: 'jisb64',
    text: `小林様

3日以内にご返信がない場合、本ケースは自動的にクローズされます。
クローズされた後でも、このメールに返信すればケースを再開できます。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-close-resolved-noreply',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'AWS Support notification that the case is resolved',
    from: NOREPLY,
    to: shoTo,
    subject: `ケース ${CASE.sho} は解決済みになりました`,
    at: '2026-12-10 09:16:02',
    enc: 'utf8qp',
    text: `ケース ${CASE.sho} のステータスが「解決済み」に変わりました。

引き続きサポートが必要な場合は、14日以内にサポートセンターからケースを再開してください。それを過ぎた後は、新しいケースを作成していただく必要があります。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-close-after-merge-done',
    kind: 'case_closed',
    lang: 'ja',
    trap: true,
    caseId: CASE.ken,
    note: '「統合が済んだ後で、ケースをクローズしました」: the merge is old news, the closing is new',
    to: kenTo,
    subject: caseSubj(CASE.ken),
    at: '2026-12-11 08:30:45',
    enc: 'sjis8',
    text: `中村様

統合が済んだ後で、ケースをクローズしました。お知らせが遅くなり申し訳ありません。
今回のお問い合わせについて、こちらで対応することは残っておりません。

田村`,
  }),
  mk({
    slug: 'ja-close-no-answer',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'closed because no reply arrived by the deadline; merging would need a new case',
    to: misakiTo,
    subject: caseSubj(CASE.misaki),
    at: '2026-11-29 10:10:10',
    enc: 'sjisb64',
    text: `小林様

ご返信をお待ちしておりましたが、期限までにご連絡がなかったため、ケースをクローズいたしました。
統合を引き続きご希望の場合は、お手数ですがこのメールにご返信いただくか、新しくケースを作成してください。

Yuki`,
  }),
  mk({
    slug: 'ja-close-html-teamlist',
    kind: 'case_closed',
    lang: 'ja',
    forUser: false,
    caseId: CASE.ken,
    note: 'closing notice sent to the old company\'s team list, none of the user\'s addresses',
    from: NOREPLY,
    to: 'AWS資格管理 <aws-certs@team.oldco.example.co.jp>',
    subject: `ケース ${CASE.ken} がクローズされました`,
    at: '2026-12-11 08:31:20',
    enc: 'utf8b64',
    html: htmlDoc(
      `<p>ご担当者様</p>
<p>ケース <b>${CASE.ken}</b> はクローズされました。</p>
<p>ケースを再開する必要がある場合は、クローズ後14日以内にサポートセンターから返信してください。</p>
<p>Amazon Web Services</p>`,
      'ja',
    ),
  }),
  mk({
    slug: 'ja-close-other-authserv',
    kind: 'case_closed',
    lang: 'ja',
    trusted: false,
    caseId: CASE.sho,
    note: 'closing text whose only pass verdict comes from another server (mx.google.com), below our Received line',
    to: shoTo,
    subject: caseSubj(CASE.sho),
    at: '2026-12-10 11:02:44',
    auth: 'otherOnly',
    text: `伊藤様
ご返信がないまま7日が経ちましたので、このケースをクローズしました。
森`,
  }),
  mk({
    slug: 'ja-close-reminder-badges',
    kind: 'case_closed',
    lang: 'ja',
    trap: true,
    caseId: CASE.misaki,
    note: 'auto-close reminder; badges are mentioned only in a condition',
    to: misakiTo,
    subject: caseSubj(CASE.misaki),
    at: '2026-12-08 09:40:00',
    enc: 'utf88bit',
    text: `小林様

このケースは、7日後に自動でクローズされます。
バッジの移行が確認できましたら、ご返信は不要です。移行されていない場合だけ、クローズされる前にお知らせください。

Yuki`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'ja-reply-thanks-handover',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    caseId: CASE.ken,
    note: 'thanks for consenting, passed to the team; the merge is only promised (統合が完了しましたら)',
    to: kenTo,
    subject: caseSubj(CASE.ken),
    at: '2026-12-01 13:02:18',
    text: `中村様

ご同意ありがとうございます。統合の担当チームへ引き継ぎました。
統合が完了しましたら、改めてご連絡いたします。

田村

${gmailJa('2026年12月1日(火) 12:40', `${KEN.ja} <${KEN.keep}>`)}
${quote(KEN_AGREE)}`,
  }),
  mk({
    slug: 'ja-reply-not-yet',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    caseId: CASE.misaki,
    note: 'negated completion: not done yet, will report as soon as the team finishes',
    to: misakiTo,
    subject: caseSubj(CASE.misaki),
    at: '2026-12-02 16:20:51',
    enc: 'jisb64',
    text: `小林様

お問い合わせの件ですが、統合はまだ完了しておりません。
統合チームの作業が済み次第、こちらからお知らせします。今しばらくお待ちください。

Yuki

${gmailJa('2026年12月2日(水) 14:03', `${MISAKI.ja} <${MISAKI.keep}>`)}
${quote(`Yuki様
統合はもう終わっていますか?ポータルの表示が変わっていないので気になりました。
小林`)}`,
  }),
  mk({
    slug: 'ja-reply-badges-follow',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    caseId: CASE.sho,
    note: 'answers a question: badges move after the merge; until then the old address shows',
    to: shoTo,
    subject: caseSubj(CASE.sho),
    at: '2026-12-01 11:48:36',
    enc: 'sjis8',
    text: `伊藤様

ご質問ありがとうございます。バッジは統合完了後、順次移行されます。
移行が済むまでは、Credly で大学のアドレス宛てのバッジが表示されたままになりますが、異常ではありません。

森`,
  }),
  mk({
    slug: 'ja-reply-escalated',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'status: escalated to the responsible team, no reply needed',
    to: kenTo,
    subject: caseSubj(CASE.ken),
    at: '2026-11-28 10:33:12',
    enc: 'utf8qp',
    text: `中村様

本件は、認定アカウントを扱う部署へエスカレーションいたしました。部署からの回答を受け取った後で、あらためてご連絡します。
それまでの間、ご返信いただく必要はございません。

田村`,
  }),
  mk({
    slug: 'ja-reply-dup-cases',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    caseId: CASE.sho,
    note: 'duplicate support cases merged into one; not the account merge (case IDs only in the body)',
    to: shoTo,
    subject: 'ケースの取りまとめについて',
    at: '2026-11-27 10:20:00',
    text: `伊藤様

重複して作成されたケース ${CASE.shoDup} は、本ケース ${CASE.sho} に統合しました。
今後のやり取りは、このケースへの返信でお願いいたします。アカウントの件は、こちらで引き続き対応します。

森`,
  }),
  mk({
    slug: 'ja-reply-exam-first',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    caseId: CASE.misaki,
    note: 'advice to take the booked exam before the merge; orders steps, asks for no data',
    to: misakiTo,
    subject: caseSubj(CASE.misaki),
    at: '2026-11-28 15:05:09',
    enc: 'utf8b64',
    text: `小林様

統合の前に確認したところ、前職のアカウントに12月5日の試験予約が入っていました。
試験が終わってから統合を行う方が安全ですので、受験後にこのケースへひと言ご返信ください。その後で作業を進めます。

Yuki`,
  }),
  mk({
    slug: 'ja-reply-credly-asking',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    caseId: CASE.ken,
    note: 'status: asked Credly about the badges, will report once they answer',
    to: kenTo,
    subject: caseSubj(CASE.ken),
    at: '2026-12-07 14:15:40',
    enc: 'jisb64',
    text: `中村様

バッジの件、Credly 側に問い合わせております。回答があり次第ご連絡します。

田村

${outlookJa(`${KEN.ja} <${KEN.keep}>`, '2026年12月7日 9:12', SUPPORT, caseSubj(CASE.ken))}

統合ありがとうございました。ただ Credly のバッジがまだ会社のアドレスのままです。
中村`,
  }),
  mk({
    slug: 'ja-reply-cannot-merge',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    caseId: CASE.sho,
    note: 'negated: the merge cannot be done (different name on the source account)',
    to: shoTo,
    subject: caseSubj(CASE.sho),
    at: '2026-11-29 12:12:12',
    enc: 'sjisb64',
    text: `伊藤様

確認いたしましたところ、統合元のアカウントが別の方のお名前で登録されているため、このままでは統合を行うことができません。
大学の事務局にお名前の表記をご確認いただいてから、あらためてご相談ください。

森`,
  }),
  mk({
    slug: 'ja-reply-misaligned-progress',
    kind: 'support_reply',
    lang: 'ja',
    trusted: false,
    trap: true,
    caseId: CASE.misaki,
    note: 'progress note whose DKIM is for an unrelated bulk-mail domain and DMARC fails',
    to: misakiTo,
    subject: caseSubj(CASE.misaki),
    at: '2026-12-02 05:48:19',
    auth: 'misaligned',
    enc: 'utf8qp',
    text: `小林様
ただいま順次統合作業を進めております。作業が終わるまでは、どちらのアカウントにもサインインしないでください。
Yuki`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'ja-unrel-own-consent-cc',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    trap: true,
    caseId: CASE.ken,
    note: 'the user\'s own consent reply, copied to the old address; carries no news from support',
    from: kenTo,
    to: SUPPORT,
    cc: `${KEN.src}`,
    rcpt: KEN.src,
    crlf: false,
    subject: caseSubj(CASE.ken),
    at: '2026-12-01 12:40:05',
    auth: 'none',
    relay: 'smtp.example.jp',
    enc: 'jis7',
    text: `田村様

上記の内容で統合していただいて問題ありません。統合が済みましたら、バッジの件もあわせてご対応いただけますと幸いです。

中村

${gmailJa('2026年12月1日(火) 10:17', `AWS Training and Certification <${SUPPORT_ADDR}>`)}
${quote(`中村 様
ご返信いただき次第、統合を行います。`)}`,
  }),
  mk({
    slug: 'ja-unrel-forward-colleague',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    forUser: false,
    trap: true,
    caseId: CASE.misaki,
    note: 'the user forwards the completion mail to a colleague; addressed to the colleague only',
    from: misakiTo,
    to: '佐々木 部長 <sasaki@newco.example.co.jp>',
    subject: `Fwd: ${caseSubj(CASE.misaki)}`,
    at: '2026-12-03 12:05:00',
    auth: 'none',
    relay: 'smtp.example.net',
    enc: 'utf8b64',
    deliveredTo: null,
    text: `佐々木さん

資格の件、統合が終わったと連絡が来ましたので転送します。バッジが移ったら、社内の資格一覧も更新をお願いします。

小林

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_ADDR}>
Date: 2026年12月3日(木) 10:02
Subject: ${caseSubj(CASE.misaki)}
To: ${MISAKI.keep}

小林様
統合が完了しました。`,
  }),
  mk({
    slug: 'ja-unrel-colleague-ooo',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    trap: true,
    note: 'a colleague\'s out-of-office reply; "確認いたします" after returning',
    from: '高橋 誠 <m.takahashi@oldco.example.co.jp>',
    to: `${KEN.src}`,
    subject: '自動応答: 資格アカウントの統合について',
    at: '2026-12-01 12:41:30',
    auth: 'none',
    relay: 'mail.oldco.example.co.jp',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `ご連絡ありがとうございます。
12月8日まで不在にしております。戻り次第、内容を確認いたします。
急ぎの場合は情報システム部 (it@oldco.example.co.jp) までご連絡ください。
高橋`,
  }),
  mk({
    slug: 'ja-unrel-exam-reschedule',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    caseId: CASE.kenExam,
    note: 'reply on the user\'s other case about an exam booking; "completed" and "confirmation" are about the booking',
    to: kenTo,
    subject: `RE:[CASE ${CASE.kenExam}] [AWS Training and Certification Form Submission] - exam-scheduling`,
    at: '2026-12-04 11:11:11',
    enc: 'sjis8',
    text: `中村様

試験日の変更を承りました。変更手続きが完了した後で、試験会社から予約確認のメールが届きます。
確認メールが届くまでは、元の日程のまま表示される場合があります。

AWS トレーニングと認定 試験サポート`,
  }),
  mk({
    slug: 'ja-unrel-microsoft-credly',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'a Credly badge from another issuer (Microsoft)',
    from: 'Microsoft via Credly <admin@credly.com>',
    to: `${SHO.keep}`,
    subject: 'Microsoftのバッジ発行のお知らせ',
    at: '2026-12-03 20:20:20',
    enc: 'utf8qp',
    text: `${SHO.ja}さん

Microsoft から Microsoft Certified: Azure Fundamentals のバッジが発行されました。
受け取った後で、プロフィールに表示されます。

バッジを入手する
https://www.credly.com/badges/az900-sho/accept`,
  }),
  mk({
    slug: 'ja-unrel-credly-merge-code',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'Credly\'s own account-merge code mail, not the AWS certification merge',
    from: 'Credly <admin@credly.com>',
    to: `${MISAKI.keep}`,
    subject: 'Credly アカウントの統合を完了してください',
    at: '2026-12-06 09:09:09',
    enc: 'jisb64',
    text: `Credly アカウントの統合を完了するには、次のコードを入力してください。

コード: 482913

このコードは30分で無効になります。入力が済むまで、統合は行われません。
心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'ja-unrel-survey',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    caseId: CASE.sho,
    note: 'satisfaction survey after the case; "解決しましたか" is a question',
    from: NOREPLY,
    to: shoTo,
    subject: `ケース ${CASE.sho} に関するアンケート`,
    at: '2026-12-10 18:00:00',
    enc: 'utf8b64',
    text: `ケース ${CASE.sho} について、問題は解決しましたか?

ケースがクローズされた後でお送りしているアンケートです。回答は1分ほどで終わります。
https://survey.aws.amazon.com/s/${CASE.sho}`,
  }),
  mk({
    slug: 'ja-unrel-summit-registration',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'event registration mail; "登録が完了しました" is about an event',
    from: 'AWS Summit Japan <aws-summit-japan@amazon.com>',
    to: kenTo,
    subject: 'AWS Summit Japan 2027 事前登録が完了しました',
    at: '2026-12-05 12:00:00',
    enc: 'utf8b64',
    text: `${KEN.ja} 様

AWS Summit Japan 2027 の事前登録が完了しました。
セッションの申し込みは、受付開始のご案内をお送りした後で行えます。それまでにお好みのセッションを探しておいてください。

AWS Summit Japan 事務局`,
    html: htmlDoc(
      `<p>${KEN.ja} 様</p>
<p><b>AWS Summit Japan 2027 の事前登録が完了しました。</b></p>
<p>セッションの申し込みは、受付開始のご案内をお送りした後で行えます。それまでにお好みのセッションを探しておいてください。</p>
<p>AWS Summit Japan 事務局</p>`,
      'ja',
    ),
  }),
  mk({
    slug: 'ja-unrel-exam-result',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'exam result notice; a badge is only promised once the certification is registered',
    from: CERT_PORTAL,
    to: `${SHO.keep}`,
    subject: 'AWS 認定試験の結果のお知らせ',
    at: '2026-12-06 19:30:00',
    enc: 'sjisb64',
    text: `${SHO.ja} 様

AWS Certified Developer - Associate に合格されました。おめでとうございます。
認定が登録され次第、Credly からバッジのご案内が届きます。登録が済むまで、最大5営業日かかることがあります。

AWS Certification`,
  }),
];
