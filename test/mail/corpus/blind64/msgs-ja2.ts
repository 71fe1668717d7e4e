// bk corpus, Japanese part 2: completions, badges, closings, other support replies, unrelated mail.
import { rfcDate, type Msg } from './lib.js';
import {
  AWS_NOTIFY,
  AWS_SUPPORT_SYS,
  CASE,
  CREDLY_AWS,
  DAVID,
  KENTA,
  M,
  MISAKI,
  PORTAL_JA,
  SHO,
  SUPPORT,
  SUPPORT_JA,
  SURVEY,
  YUMI,
  formSubject,
  gmailJa,
  htmlDoc,
  iphoneJa,
  outlookJa,
  paras,
  quote,
  sfOriginal,
  sfRef,
} from './common.js';

export const JA2: Msg[] = [
  // ---------------- merge_completed (8) ----------------
  M({
    slug: 'done-kenta-literal',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.kentaDup,
    note: 'agent says the accounts were merged, translated-template Japanese over the quoted consent',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kentaDup),
    date: rfcDate('2026-03-10 04:41:37'),
    enc: 'jis7',
    text: `親愛なる 中村 様、

私たちはあなたに、あなたのアカウントが正常にマージされたことを知らせることを嬉しく思います。
${KENTA.srcId} の認定と試験履歴は、今 ${KENTA.keepId} の下で利用可能です。

もしあなたが何か他の質問を持っているなら、躊躇なく私たちにコンタクトしてください。

敬具、
Takumi
AWS トレーニングと認定 カスタマーサービス
${sfRef('7Lm0QAAX')}

${sfOriginal(KENTA.keep, '2026-03-09 12:48', SUPPORT, formSubject(CASE.kentaDup), `はい、同意します。統合をお願いします。
Yes, I agree.
中村`)}`,
  }),
  M({
    slug: 'done-sho-bilingual-en-only',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'bilingual: the Japanese part only thanks and refers to the English part, which says the merge is done',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: rfcDate('2026-05-26 07:12:48'),
    enc: 'utf8qp',
    text: `伊藤様
いつもお世話になっております。本件の結果につきましては、下記英文をご参照ください。

Dear Sho,

Thank you for your patience. The merge of ${SHO.srcId} into ${SHO.keepId} has been completed today.
You can sign in with ${SHO.keep} and see all of your certifications there.

Best regards,
Ren
AWS Training and Certification`,
  }),
  M({
    slug: 'done-portal-html-only',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: null,
    note: "the certification portal's own notice that the accounts were merged, HTML only, no case ID",
    from: PORTAL_JA,
    to: YUMI.keep,
    subject: 'AWS 認定: アカウントの統合が完了しました',
    date: rfcDate('2026-06-08 10:03:12'),
    enc: 'utf8b64',
    html: htmlDoc(`<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<h2 style="color:#232f3e">アカウントの統合が完了しました</h2>
<p>渡辺 由美 様</p>
<p>お客様の AWS 認定アカウント ${YUMI.srcId} は、アカウント ${YUMI.keepId} に統合されました。
今後は ${YUMI.keep} でサインインしてください。</p>
<p>統合された認定と特典は「認定」タブから確認できます。</p>
<p style="font-size:11px;color:#888">このメールは送信専用アドレスから送られています。</p>
</td></tr></table>`),
  }),
  M({
    slug: 'done-sho-check-please-sjis',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'completion notice that also asks to check everything shows; stays merge_completed',
    from: SUPPORT_JA,
    to: SHO.keep,
    subject: `Re: ${formSubject(CASE.sho)}`,
    date: rfcDate('2026-05-26 07:20:03'),
    enc: 'sjis8',
    hdr: 'sjis',
    text: `伊藤 翔 様

ご同意いただきありがとうございました。統合作業が完了いたしました。
お手数ですが、${SHO.keep} でサインインのうえ、すべての認定および特典が表示されているかご確認ください。
表示に不足がございましたら、このケースへご返信ください。

AWS トレーニングと認定 サポート窓口

${outlookJa(`伊藤 翔 <${SHO.keep}>`, '2026-05-24 10:15', 'AWS Training and Certification', `RE: ${formSubject(CASE.sho)}`)}

この内容で進めてください。よろしくお願いします。`,
  }),
  M({
    slug: 'done-yumi-and-closing',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.yumi,
    note: 'merge completed and the case will now be closed: the new fact is the completion',
    from: SUPPORT,
    to: YUMI.keep,
    subject: formSubject(CASE.yumi),
    date: rfcDate('2026-06-08 09:58:40'),
    enc: 'jisb64',
    text: `渡辺様

お待たせいたしました。${YUMI.srcId} から ${YUMI.keepId} への統合が、本日完了しました。
大学のアドレスで取得された認定は、今後は個人アドレスのアカウントでご確認いただけます。
本ケースはこれにてクローズさせていただきます。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'done-misaki-bilingual-dates',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'bilingual completion notice; the Japanese gives 5月12日, the English May 11',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: rfcDate('2026-05-12 01:33:27'),
    enc: 'utf8b64',
    text: `小林様
2026年5月12日、統合元アカウント ${MISAKI.srcId} の統合を完了いたしました。
SAA と DVA の認定は ${MISAKI.keep} のアカウントに表示されます。

Dear Misaki,
We completed the merge of account ${MISAKI.srcId} on May 11, 2026.
Your SAA and DVA certifications now appear under ${MISAKI.keep}.

AWS Training and Certification / Yuki`,
  }),
  M({
    slug: 'done-other-authserv-only',
    kind: 'merge_completed',
    lang: 'ja',
    trusted: false,
    auth: 'otherOnly',
    caseId: CASE.kenta,
    note: 'completion wording, but the only Authentication-Results is from another authserv-id',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kenta),
    date: rfcDate('2026-03-10 08:00:00'),
    enc: 'jis7',
    text: `中村様

アカウントの統合が完了しました。
統合後の特典を受け取るには、以下のページでカード情報を更新してください。
http://aws-benefits-update.example.org/

AWS トレーニングと認定`,
  }),
  M({
    slug: 'done-kenta-dkim-only-short',
    kind: 'merge_completed',
    lang: 'ja',
    auth: 'dkimonly',
    caseId: CASE.kentaDup,
    note: 'one-line completion from the agent (aligned DKIM only, no DMARC verdict)',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kentaDup),
    date: rfcDate('2026-03-10 04:45:02'),
    enc: 'jis7',
    text: `中村様

先ほどのメールの補足です。マージ作業は ${KENTA.keepId} 側にて完了済みです。${KENTA.src} ではもうサインインできません。

Takumi`,
  }),

  // ---------------- badges_transferred (8) ----------------
  M({
    slug: 'badge-credly-aws-ja',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    note: "AWS's badge issued via Credly to the kept address after the merge",
    from: CREDLY_AWS,
    to: KENTA.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: rfcDate('2026-03-11 02:19:55'),
    enc: 'utf8qp',
    text: `中村 健太 様

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを入手する: https://www.credly.com/badges/3f0c2a1e-ae77-4b1c-9d1e-8a51c0f2b7d4/accept

Credly はバッジの受け取りと共有を簡単にします。`,
    html: htmlDoc(`<p>中村 健太 様</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/badges/3f0c2a1e-ae77-4b1c-9d1e-8a51c0f2b7d4/accept" style="background:#ff6b00;color:#fff;padding:8px 16px">バッジを入手する</a></p>
<p style="font-size:11px">Credly はバッジの受け取りと共有を簡単にします。</p>`),
  }),
  M({
    slug: 'badge-support-literal',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.kentaDup,
    note: 'agent says the Credly badges were moved to the primary account (template Japanese)',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kentaDup),
    date: rfcDate('2026-03-12 03:02:14'),
    enc: 'jis7',
    text: `中村 様

あなたのリクエストに従って、私たちは Credly のデジタルバッジを、あなたのプライマリアカウントへ移行しました。
現在、3つのバッジは ${KENTA.keep} に関連付けられています。
Credly にサインインし、それらがあなたのダッシュボードに表示されることを確認することができます。

Takumi
AWS トレーニングと認定 カスタマーサービス

${gmailJa('2026-03-11 20:31', `中村 健太 <${KENTA.keep}>`)}
> 統合ありがとうございました。ただ Credly のバッジが旧アドレスのままになっています。
> The badges are still on my old address. Could you check?`,
  }),
  M({
    slug: 'badge-sho-moved-and-closing-sjis',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'badges moved and the case closes: labelled by the badge news',
    from: SUPPORT_JA,
    to: SHO.keep,
    subject: `Re: ${formSubject(CASE.sho)}`,
    date: rfcDate('2026-05-28 02:40:11'),
    enc: 'sjis8',
    hdr: 'sjis',
    text: `伊藤様

Credly 上のバッジについて、統合先アカウントのメールアドレスへの付け替えが終わりました。
念のため Credly で表示をご確認ください。
以上をもちまして、本件は完了とさせていただきます。ご利用ありがとうございました。

AWS トレーニングと認定 サポート窓口`,
  }),
  M({
    slug: 'badge-misaki-bilingual-count',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'bilingual badge notice; Japanese says 2 badges moved, English says 3 were re-issued',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: rfcDate('2026-05-14 05:26:50'),
    enc: 'utf8b64',
    text: `小林様
バッジ2点を ${MISAKI.keep} に移行いたしました。Credly から届くメールで受け取りを行ってください。

Dear Misaki,
We have re-issued your 3 badges to ${MISAKI.keep}. Please accept them from the Credly email.

AWS Training and Certification / Yuki

${iphoneJa('2026-05-13 23:12', `小林美咲 <${MISAKI.keep}>`)}
> 統合ありがとうございます!でも Credly の badge が見えません… badges not showing on Credly.`,
  }),
  M({
    slug: 'badge-credly-aws-html-only',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    note: 'Credly HTML-only notice of an AWS badge issued to the kept address',
    from: CREDLY_AWS,
    to: SHO.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: rfcDate('2026-05-28 05:11:09'),
    enc: 'utf8b64',
    html: htmlDoc(`<div style="max-width:560px;margin:auto">
<img src="https://images.credly.com/size/340x340/images/aws-saa.png" alt="badge" width="120">
<h3>おめでとうございます、伊藤 翔 さん</h3>
<p>Amazon Web Services Training and Certification が、あなたに「AWS Certified Developer - Associate」のバッジを発行しました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/0b5d7e92-5c13-4a7f-b0aa-2e1f9c6d3a11">バッジを入手する</a></p>
<p style="color:#999;font-size:11px">Credly, Inc.</p>
</div>`),
  }),
  M({
    slug: 'badge-lookalike-credly',
    kind: 'badges_transferred',
    lang: 'ja',
    trusted: false,
    caseId: null,
    note: 'badge notice from a look-alike Credly domain (cred1y-mail.com)',
    from: 'Amazon Web Services Training and Certification via Credly <admin@cred1y-mail.com>',
    to: YUMI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: rfcDate('2026-06-09 13:44:30'),
    enc: 'utf8qp',
    text: `渡辺 由美 様

統合されたアカウントにバッジが移行されました。
バッジを入手する: http://cred1y-mail.com/accept?u=yumi

Credly`,
  }),
  M({
    slug: 'badge-yumi-transfer-katakana',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.yumi,
    note: 'agent: the digital badges were transferred, please accept them on Credly (katakana-heavy)',
    from: SUPPORT,
    to: YUMI.keep,
    subject: formSubject(CASE.yumi),
    date: rfcDate('2026-06-10 01:07:33'),
    enc: 'jisb64',
    text: `渡辺様

あなたのデジタルバッジは、プライマリのメールアドレスへトランスファーされました。
Credly にログインし、それらをアクセプトしてください。
アクセプトの後、バッジはあなたのプロファイルにパブリッシュされます。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'badge-kenta-reissued-qp',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.kenta,
    note: 'agent reports the badges now sit on the kept account, with a Gmail quote of the user asking',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kenta),
    date: rfcDate('2026-03-12 03:20:08'),
    enc: 'utf8qp',
    text: `中村様

バッジの件、Credly 側の担当と連携し、付け替えを実施しました。
SAA・SOA・CLF の3つとも、現在は ${KENTA.keep} のアカウントに表示されるはずです。

AWS トレーニングと認定 / Takumi

${gmailJa('2026-03-11 20:35', `中村 健太 <${KENTA.keep}>`)}
> 旧ケースの方にも念のため送ります。バッジが移っていません。`,
  }),

  // ---------------- case_closed (8) ----------------
  M({
    slug: 'close-kenta-autoclose-3days',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.kenta,
    note: 'the case will close automatically in 3 days without a reply (literal translation)',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kenta),
    date: rfcDate('2026-03-08 02:00:19'),
    enc: 'jis7',
    text: `中村 様

私たちは、あなたからの返信をまだ受け取っていません。
もし私たちが3日以内にあなたから聞かない場合、このケースは自動的にクローズされます。
ケースがクローズされた後でも、あなたは新しいケースをオープンすることができます。

AWS トレーニングと認定 カスタマーサービス`,
  }),
  M({
    slug: 'close-misaki-restate-merge',
    kind: 'case_closed',
    lang: 'ja',
    trap: true,
    caseId: CASE.misaki,
    note: 'closing notice that only restates the merge done last week',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: rfcDate('2026-05-20 04:12:55'),
    enc: 'jisb64',
    text: `小林様

先週お知らせしましたとおり、アカウントは5月12日にマージされております。
その後ご連絡がございませんので、このケースはクローズいたします。

AWS トレーニングと認定 / Yuki`,
  }),
  M({
    slug: 'close-sho-bilingual-days',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.sho,
    note: 'bilingual auto-close warning; Japanese says 7 days, English 5 days',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: rfcDate('2026-05-30 06:00:00'),
    enc: 'utf8qp',
    text: `伊藤様
ご返信がない場合、本ケースは7日後に自動的にクローズされます。

Dear Sho,
If we do not hear from you, this case will be closed automatically in 5 days.

AWS Training and Certification`,
  }),
  M({
    slug: 'close-yumi-resolved-sjis',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.yumi,
    note: 'resolved/closed notice in Shift_JIS base64',
    from: SUPPORT_JA,
    to: YUMI.keep,
    subject: `Re: ${formSubject(CASE.yumi)}`,
    date: rfcDate('2026-06-15 02:31:45'),
    enc: 'sjisb64',
    hdr: 'sjis',
    text: `渡辺 由美 様

本件は解決済みとして、ケースのステータスを「クローズ」に変更いたしました。
新たなご質問がございましたら、お手数ですが新しいケースにてお問い合わせください。

AWS トレーニングと認定 サポート窓口`,
  }),
  M({
    slug: 'close-kenta-dup-closed',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.kenta,
    note: 'the duplicate case is closed; work continues on the other case',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kenta),
    date: rfcDate('2026-03-06 02:09:48'),
    enc: 'jis7',
    text: `中村様

同じご依頼について2件のケースが作成されていたため、こちらのケース (${CASE.kenta}) はクローズされます。
引き続きのご対応は、ケース ${CASE.kentaDup} にて行わせていただきます。

AWS トレーニングと認定 カスタマーサービス`,
  }),
  M({
    slug: 'close-misaligned-dkim',
    kind: 'case_closed',
    lang: 'ja',
    trusted: false,
    auth: 'misaligned',
    caseId: CASE.sho,
    note: 'closing notice whose DKIM pass is for an unrelated bulk-mail domain; dmarc=fail',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: rfcDate('2026-05-31 10:10:10'),
    enc: 'jis7',
    text: `伊藤様

このケースはクローズされました。
ケースを再開するには、以下のリンクからサインインしてください。
http://support-reopen.example.net/case/${CASE.sho}

AWS サポート`,
  }),
  M({
    slug: 'close-aws-notify-resolved',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'system notice that the support case was resolved',
    from: AWS_SUPPORT_SYS,
    to: MISAKI.keep,
    subject: `ケース ${CASE.misaki} は解決されました`,
    date: rfcDate('2026-05-20 04:13:30'),
    enc: 'jisb64',
    text: `お客様のサポートケースは、解決済みとしてマークされました。

ケース ID: ${CASE.misaki}
ステータス: 解決済み

ケースを再び開く必要がある場合は、サポートセンターからケースに返信してください。

Amazon Web Services`,
  }),
  M({
    slug: 'close-yumi-html-status',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.yumi,
    note: 'multipart status card: the case is closed',
    from: AWS_SUPPORT_SYS,
    to: YUMI.keep,
    subject: 'サポートケースのステータスが更新されました',
    date: rfcDate('2026-06-15 02:32:10'),
    enc: 'utf8qp',
    text: `ケース ${CASE.yumi} のステータスが「クローズ」に更新されました。
ご利用いただきありがとうございました。`,
    html: htmlDoc(`<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>ケース</th><td>${CASE.yumi}</td></tr>
<tr><th>ステータス</th><td><b>クローズ</b></td></tr>
</table>
<p>ケース ${CASE.yumi} のステータスが「クローズ」に更新されました。<br>ご利用いただきありがとうございました。</p>`),
  }),

  // ---------------- support_reply (10) ----------------
  M({
    slug: 'sr-kenta-thanks-consent',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    caseId: CASE.kentaDup,
    note: 'thanks for the consent, handed to the team: a status reply, not a completion',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kentaDup),
    date: rfcDate('2026-03-09 06:15:22'),
    enc: 'jis7',
    text: `中村 様

同意のご返信をいただきありがとうございます。
あなたのリクエストは、私たちのバックエンドチームへエスカレーションされました。
作業が終わり次第、このケースを通してあなたにアップデートを提供します。

Takumi
AWS トレーニングと認定`,
  }),
  M({
    slug: 'sr-sho-not-yet',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    caseId: CASE.sho,
    note: 'the merge has not been completed yet; still in progress',
    from: SUPPORT,
    to: SHO.keep,
    subject: formSubject(CASE.sho),
    date: rfcDate('2026-05-25 03:44:10'),
    enc: 'jis7',
    text: `伊藤様

お問い合わせの件、統合はまだ完了しておりません。
現在、担当チームにて処理中でございます。完了までもうしばらくお待ちください。

AWS トレーニングと認定 / Ren

${gmailJa('2026-05-25 09:02', `伊藤 翔 <${SHO.keep}>`)}
> 統合の状況はいかがでしょうか。まだ旧アカウントに入れてしまいます。`,
  }),
  M({
    slug: 'sr-yumi-once-merged',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    caseId: CASE.yumi,
    note: 'conditional 「統合が完了しましたら」: a future event, not a completion',
    from: SUPPORT,
    to: YUMI.keep,
    subject: formSubject(CASE.yumi),
    date: rfcDate('2026-06-06 07:02:01'),
    enc: 'jisb64',
    text: `渡辺様

ご同意ありがとうございました。統合が完了しましたら、改めてこちらからご連絡いたします。
バッジについても、統合完了後に Credly 側で移行されます。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'sr-misaki-unable-escalated',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    caseId: CASE.misaki,
    note: '"we are unable to complete the merge" for now, escalated; asks for nothing',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: rfcDate('2026-04-20 05:50:32'),
    enc: 'utf8qp',
    text: `小林様

両方のアカウントに同一の試験予約が残っているため、現時点では私たちはマージを完了することができません。
この件は専門のチームへエスカレーションいたしました。お客様に追加でしていただくことはございません。
進展があり次第ご連絡いたします。

AWS トレーニングと認定 / Yuki`,
  }),
  M({
    slug: 'sr-david-write-from-keep-ja',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    caseId: CASE.david,
    note: 'asks the customer to write from the address of the account kept, without asking for any data',
    from: SUPPORT,
    to: DAVID.src,
    subject: formSubject(CASE.david),
    date: rfcDate('2026-02-17 02:11:40'),
    enc: 'jis7',
    text: `チェン様

セキュリティ上の理由により、統合後に残すアカウントのメールアドレスから、改めてこのケースにご返信いただけますでしょうか。
現在のアドレスからのご連絡では、手続きを進めることができかねます。

AWS トレーニングと認定 カスタマーサービス`,
  }),
  M({
    slug: 'sr-sho-badges-pending-sjis',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    caseId: CASE.sho,
    note: 'badges are being checked with Credly; will report when moved (not yet moved)',
    from: SUPPORT_JA,
    to: SHO.keep,
    subject: `Re: ${formSubject(CASE.sho)}`,
    date: rfcDate('2026-05-27 01:18:29'),
    enc: 'sjis8',
    hdr: 'sjis',
    text: `伊藤 翔 様

バッジが旧アドレスに残っている件、Credly の担当部署に確認中でございます。
移行が終わり次第、本ケースにてお知らせいたします。

AWS トレーニングと認定 サポート窓口`,
  }),
  M({
    slug: 'sr-kenta-dup-cases-merged',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    caseId: CASE.kentaDup,
    note: '"we merged your duplicate cases" is about cases, not the account merge',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kentaDup),
    date: rfcDate('2026-03-05 01:02:44'),
    enc: 'utf8b64',
    text: `中村様

2つのケース (${CASE.kenta} と ${CASE.kentaDup}) の内容が同じであったため、ケースをマージしました。
今後のやり取りは、このメールにご返信いただく形でお願いいたします。

AWS トレーニングと認定 / Takumi`,
  }),
  M({
    slug: 'sr-misaki-bilingual-status',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'bilingual progress note; Japanese says 2-3 business days, English 3-5; no event',
    from: SUPPORT,
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: rfcDate('2026-04-16 02:40:04'),
    enc: 'utf8qp',
    text: `小林様
ご返信ありがとうございます。担当部署にて作業の順番待ちとなっております。通常2〜3営業日ほどお時間をいただいております。

Dear Misaki,
Thank you for the reply. Your request is in the queue of our team. It usually takes 3-5 business days.

AWS Training and Certification / Yuki`,
  }),
  M({
    slug: 'sr-yumi-holiday-notice',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.yumi,
    note: 'agent warns of slower answers over the holiday on the open case',
    from: SUPPORT,
    to: YUMI.keep,
    subject: formSubject(CASE.yumi),
    date: rfcDate('2026-06-05 08:30:55'),
    enc: 'jis7',
    text: `渡辺様

お知らせです。6月8日(月)はサポートチームの社内研修のため、ご返信が翌営業日以降になる場合がございます。
お待たせしてしまい申し訳ございませんが、何卒よろしくお願いいたします。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'sr-no-auth-results',
    kind: 'support_reply',
    lang: 'ja',
    trusted: false,
    auth: 'none',
    caseId: CASE.kenta,
    note: 'status reply under the support address with no Authentication-Results at all',
    from: SUPPORT,
    to: KENTA.keep,
    subject: formSubject(CASE.kenta),
    date: rfcDate('2026-03-07 05:05:05'),
    enc: 'jis7',
    text: `中村様

あなたのケースは上級チームへエスカレーションされました。
進捗は下記ポータルで確認できます。
http://aws-case-status.example.info/${CASE.kenta}`,
  }),

  // ---------------- unrelated (12) ----------------
  M({
    slug: 'un-survey-kenta',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    caseId: CASE.kentaDup,
    note: 'satisfaction survey about the case ("was it resolved?")',
    from: SURVEY,
    to: KENTA.keep,
    subject: 'AWS サポートについてのご意見をお聞かせください',
    date: rfcDate('2026-03-13 00:05:41'),
    enc: 'utf8qp',
    text: `中村 健太 様

最近のケース ${CASE.kentaDup} について、あなたの問題は解決されましたか?
私たちのサービスの改善のために、2分間の簡単なサーベイに回答してください。

https://survey.aws.amazon.com/s/ja?case=${CASE.kentaDup}

このサーベイは任意です。`,
  }),
  M({
    slug: 'un-kenta-own-consent-reply',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    auth: 'none',
    trap: true,
    caseId: CASE.kentaDup,
    note: "the user's own mixed-language consent reply (copy to self)",
    from: `${KENTA.ja} <${KENTA.keep}>`,
    to: SUPPORT,
    cc: KENTA.keep,
    deliveredTo: KENTA.keep,
    subject: `Re: ${formSubject(CASE.kentaDup)}`,
    date: rfcDate('2026-03-09 21:48:12', '+0900'),
    enc: 'jis7',
    text: `ご担当者様

はい、同意します。統合をお願いします。
Yes, I agree. Please merge ${KENTA.srcId} into ${KENTA.keepId}.

中村

${gmailJa('2026-03-09 10:15', `AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>`)}
> 中村様
> 同じ内容で2件のケースをいただいておりましたので…`,
  }),
  M({
    slug: 'un-misaki-forward-colleague',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    forUser: false,
    auth: 'none',
    trap: true,
    caseId: CASE.misaki,
    note: "the user forwards the completion notice to a former colleague; not delivered to the user's mailbox",
    from: `小林 美咲 <${MISAKI.keep}>`,
    to: '田中 さん <tanaka.k@oldfirm.example.co.jp>',
    subject: `Fwd: ${formSubject(CASE.misaki)}`,
    date: rfcDate('2026-05-12 12:30:02', '+0900'),
    enc: 'utf8b64',
    text: `田中さん

前に話していた認定アカウントの件、統合が終わりました!FYI です。
会社の名簿のアドレスは更新しなくて大丈夫です。

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: 2026年5月12日(火) 10:33
Subject: ${formSubject(CASE.misaki)}
To: <${MISAKI.keep}>

小林様
2026年5月12日、統合元アカウント ${MISAKI.srcId} の統合を完了いたしました。`,
  }),
  M({
    slug: 'un-credly-microsoft',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    caseId: null,
    note: "another issuer's badge via Credly (Microsoft)",
    from: 'Microsoft via Credly <admin@credly.com>',
    to: SHO.keep,
    subject: 'Microsoftのバッジ発行のお知らせ',
    date: rfcDate('2026-05-27 16:40:03'),
    enc: 'utf8qp',
    text: `伊藤 翔 様

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。

バッジを入手する: https://www.credly.com/badges/77c1e0d4-1f5b-4d0e-9a22-3c4b5d6e7f80/accept`,
    html: htmlDoc(`<p>伊藤 翔 様</p>
<p>Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/badges/77c1e0d4-1f5b-4d0e-9a22-3c4b5d6e7f80/accept">バッジを入手する</a></p>`),
  }),
  M({
    slug: 'un-credly-merge-code-ja',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    caseId: null,
    note: "Credly's own account-merge verification code",
    from: 'Credly <admin@credly.com>',
    to: MISAKI.keep,
    subject: 'Credly アカウントの統合を完了してください',
    date: rfcDate('2026-05-14 07:02:55'),
    enc: 'utf8b64',
    text: `こんにちは、

Credly のアカウント統合をリクエストしました。統合を完了するには、次の確認コードを入力してください。

確認コード: 604 218

このリクエストに心当たりがない場合は、このメールを無視してください。

Credly チーム`,
  }),
  M({
    slug: 'un-exam-result-pass',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    caseId: null,
    note: 'exam result notice (pass, badge to follow) from the certification portal',
    from: PORTAL_JA,
    to: YUMI.keep,
    subject: 'AWS 認定試験の結果のお知らせ',
    date: rfcDate('2026-07-02 03:15:20'),
    enc: 'jisb64',
    hdr: 'utf8b',
    text: `渡辺 由美 様

おめでとうございます。AWS Certified SysOps Administrator - Associate 試験に合格されました。
デジタルバッジは数日以内に Credly から送信されます。認定の詳細は認定アカウントで確認できます。

AWS 認定`,
  }),
  M({
    slug: 'un-misaki-refund-case-receipt',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    caseId: CASE.misakiRefund,
    note: "receipt of the user's other case about an exam fee refund",
    from: AWS_NOTIFY,
    to: MISAKI.keep,
    subject: `[ケース ${CASE.misakiRefund}] 受験料の返金について を受け付けました`,
    date: rfcDate('2026-04-22 09:12:40'),
    enc: 'jis7',
    text: `お客様のケース「受験料の返金について」は作成されました。
ケース ID: ${CASE.misakiRefund}
通常、24時間以内に担当者より返信いたします。

Amazon Web Services`,
  }),
  M({
    slug: 'un-sho-exam-booking-closed',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    caseId: CASE.shoExam,
    note: "closing of the user's other case about rescheduling an exam",
    from: SUPPORT,
    to: SHO.keep,
    subject: `[CASE ${CASE.shoExam}] 試験予約の変更について`,
    date: rfcDate('2026-06-20 02:00:33'),
    enc: 'sjis8',
    hdr: 'sjis',
    text: `伊藤様

試験日の変更は、ご希望の 7月4日 で完了しております。
試験予約の変更に関する本ケースは、これでクローズとさせていただきます。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'un-coworker-ooo',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    auth: 'none',
    caseId: null,
    note: "a former co-worker's out-of-office auto-reply",
    from: '鈴木 大輔 <suzuki.d@tokyo-sier.example.co.jp>',
    to: KENTA.keep,
    subject: '自動応答: 認定アカウントの件',
    date: rfcDate('2026-03-09 22:01:12', '+0900'),
    enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `ご連絡ありがとうございます。
3月9日から3月13日まで出張のため不在にしております。
戻り次第、確認してご返信いたします。

鈴木`,
  }),
  M({
    slug: 'un-summit-marketing',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    caseId: null,
    note: 'AWS Summit marketing: certified lounge, show your badge',
    from: 'AWS Summit Japan <aws-summit-japan@aws.amazon.com>',
    to: KENTA.keep,
    subject: 'AWS 認定者ラウンジのご案内 - AWS Summit Japan',
    date: rfcDate('2026-06-01 01:00:00'),
    enc: 'utf8qp',
    text: `AWS 認定をお持ちの皆様へ

今年も会場に AWS 認定者ラウンジを設置します。
入場の際は、Credly のデジタルバッジをスマートフォンでご提示ください。登録の確認が完了しましたら、ノベルティをお渡しします。

配信停止: https://aws.amazon.com/jp/unsubscribe`,
    html: htmlDoc(paras(`AWS 認定をお持ちの皆様へ

今年も会場に AWS 認定者ラウンジを設置します。
入場の際は、Credly のデジタルバッジをスマートフォンでご提示ください。登録の確認が完了しましたら、ノベルティをお渡しします。`)),
  }),
  M({
    slug: 'un-skillbuilder-complete',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    caseId: null,
    note: 'Skill Builder course "completed" notice',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>',
    to: YUMI.keep,
    subject: 'コースを修了しました: AWS Cloud Practitioner Essentials',
    date: rfcDate('2026-06-12 11:20:09'),
    enc: 'utf8b64',
    text: `おめでとうございます!

あなたは「AWS Cloud Practitioner Essentials」を完了しました。
修了証はマイラーニングからダウンロードすることができます。

AWS Skill Builder`,
  }),
  M({
    slug: 'un-phish-badge-expiry',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    trap: true,
    caseId: null,
    note: 'spam about badges expiring, from an unrelated domain',
    from: 'Credly バッジセンター <info@credly-badge-center.info>',
    to: MISAKI.keep,
    subject: '【重要】あなたのバッジは移行されていません',
    date: rfcDate('2026-05-15 18:45:00'),
    enc: 'sjisb64',
    hdr: 'sjis',
    text: `お客様のバッジは、アカウント統合の際に移行されていません。
48時間以内に以下から手続きをしないと、バッジは失効します。
http://credly-badge-center.info/relink`,
  }),
];
