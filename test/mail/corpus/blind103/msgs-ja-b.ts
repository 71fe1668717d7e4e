// Japanese messages, part B: completions, badges, closings, other replies and unrelated mail.
import { rfcDate, type Msg } from './lib.js';
import {
  AWS_NOTIFY, BANNER_JA_EN, CASE, CREDLY_AWS, KAITO, KAITO_SHARED, KATO, KOBAYASHI, MINATO, NAKAMURA, NAKAMURA_REQ, NISHIKAZE, PORTAL,
  SUPPORT, SUPPORT_BARE, SUZUKI, TAKAHASHI, YOSHIDA, gmailJa, htmlDoc, mk, outlookJa, paras, quote, sfOriginal, sfRef, subj,
} from './common.js';

const S = SUZUKI;
const T = TAKAHASHI;
const N = NAKAMURA;

const credlyHtml = (issuer: string, badge: string, name: string, extra: string): string =>
  htmlDoc(`<table width="600" align="center"><tr><td>
<p style="font-size:18px">${name} さん、おめでとうございます!</p>
<p>${issuer} から「${badge}」のデジタルバッジが発行されました。</p>
${extra}
<p><a href="https://www.credly.com/earner/earned/badge/accept" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">バッジを入手する</a></p>
<p style="font-size:11px;color:#777">Credly, Inc. | このメールは ${issuer} の依頼により Credly が送信しています。</p>
</td></tr></table>`, 'ja');

export const JA_B: Msg[] = [
  // ---------------- merge_completed (9)
  mk({
    slug: 'ja-done-suzuki', kind: 'merge_completed', lang: 'ja', caseId: CASE.suzuki,
    note: 'support reports the merge of the pre-merger company account into the new one is done',
    to: `${S.ja} <${S.keep}>`,
    subject: subj(CASE.suzuki), date: rfcDate('2026-05-20 08:11:26'), enc: 'jis7',
    text: `鈴木様

ご承諾いただき、ありがとうございました。
本日、AWS17730264 を AWS40718825 へ統合する作業を終えました。旧ミナト精工のアドレスでのアカウントは今後ご利用いただけません。
新しいアカウントにサインインいただくと、CLF・DVA・SAA の 3 件が表示されているはずです。

大野
AWS Training and Certification Customer Service`,
  }),
  mk({
    slug: 'ja-done-takahashi-check', kind: 'merge_completed', lang: 'ja', caseId: CASE.takahashi,
    note: 'completion notice that also asks her to check everything looks right; stays merge_completed',
    to: `${T.ja} <${T.keep}>`,
    subject: subj(CASE.takahashi), date: rfcDate('2026-06-08 02:49:03'), enc: 'utf8qp',
    text: `高橋様

お返事ありがとうございました。西風ソフト時代のアカウント AWS30261947 の内容は、AWS55093318 へ移行済みとなりました。
ログイン後、認定・受験履歴・割引特典に不足がないか、お手数ですがご確認ください。
何かお気づきの点がございましたら、このケースにご返信ください。

佐々木

${gmailJa('2026年6月5日(金) 12:40', T.ja, T.keep)}
> 同意します。
> 高橋`,
  }),
  mk({
    slug: 'ja-done-portal', kind: 'merge_completed', lang: 'ja',
    note: 'the certification portal\'s own notice that the accounts were merged; no case ID',
    from: PORTAL, to: `${S.ja} <${S.keep}>`,
    subject: 'AWS Certification: アカウントの統合が完了しました', date: rfcDate('2026-05-20 08:12:40'), enc: 'sjisb64',
    extra: ['Auto-Submitted: auto-generated'],
    text: `鈴木 健一 様

お客様の AWS Certification アカウントは、以下のアカウントと統合されました。
  統合されたアカウント: AWS17730264

今後は AWS40718825 でサインインしてください。統合されたアカウントの認定は、このアカウントの [認定] 画面でご確認いただけます。

AWS Certification
このメールは送信専用です。`,
  }),
  mk({
    slug: 'ja-done-kobayashi', kind: 'merge_completed', lang: 'ja', caseId: CASE.kobayashi, rcpt: N.keep, cc: `${N.ja} <${N.keep}>`,
    note: 'team member\'s merge done; coordinator on Cc',
    to: `${KOBAYASHI.ja} <${KOBAYASHI.keep}>`,
    subject: subj(CASE.kobayashi), date: rfcDate('2026-07-10 01:35:58'), enc: 'jisb64',
    text: `小林様 (Cc: 中村様)

ご承諾のご返信を確認し、${KOBAYASHI.srcId} は ${KOBAYASHI.keepId} に統合いたしました。
社名変更前のドメインでのアカウントは閉鎖済みです。

AWS トレーニングと認定 カスタマーサービス
${sfRef('9Lm4Cd')}`,
  }),
  mk({
    slug: 'ja-done-kato-closing', kind: 'merge_completed', lang: 'ja', caseId: CASE.kato, rcpt: N.keep, cc: `${N.ja} <${N.keep}>`,
    note: 'completion that also says the case will now be closed: the new fact is the merge',
    to: `${KATO.ja} <${KATO.keep}>`,
    subject: subj(CASE.kato), date: rfcDate('2026-07-10 06:02:37'), enc: 'utf8b64',
    text: `加藤様

統合の手続きが完了し、旧アカウント ${KATO.srcId} の資格は ${KATO.keepId} でご確認いただけるようになっております。
本件はこれにて解決とし、ケースをクローズさせていただきます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-done-yoshida', kind: 'merge_completed', lang: 'ja', caseId: CASE.yoshida, rcpt: N.keep, cc: `${N.ja} <${N.keep}>`,
    note: 'completion with restated earlier facts (two exams found, consent received) next to the new event',
    to: `${YOSHIDA.ja} <${YOSHIDA.keep}>`,
    subject: subj(CASE.yoshida), date: rfcDate('2026-07-13 00:44:12'), enc: 'sjis8',
    text: `吉田様

先日は 2023 年・2025 年の受験履歴についてご回答いただき、7 月 10 日にはご承諾のお返事も頂戴しました。
本日付で、2 つのアカウントは ${YOSHIDA.keepId} にひとつにまとまっております。

AWS トレーニングと認定 カスタマーサービス`,
  }),
  mk({
    slug: 'ja-done-subdomain-trick', kind: 'merge_completed', lang: 'ja', caseId: CASE.suzuki, trusted: false,
    note: 'forged completion from aws.amazon.com.merge-notice.example (an AWS-looking prefix on a foreign domain)',
    from: 'AWS 認定 <noreply@aws.amazon.com.merge-notice.example>', to: `${S.ja} <${S.keep}>`,
    subject: `[CASE ${CASE.suzuki}] アカウント統合完了のお知らせ`, date: rfcDate('2026-05-19 22:03:11', '+0900'), enc: 'utf8qp',
    text: `鈴木様

アカウント統合が完了しました。新しいアカウントを有効にするため、下記から 24 時間以内にログインしてください。
https://aws.amazon.com.merge-notice.example/login

AWS 認定`,
  }),
  mk({
    slug: 'ja-done-nakamura-own', kind: 'merge_completed', lang: 'ja', caseId: CASE.nakamura,
    note: 'the coordinator\'s own merge done; bilingual company banner and 【社外】 tag added by his mail system',
    to: `${N.ja} <${N.keep}>`,
    subject: `【社外】RE:[CASE ${CASE.nakamura}] [AWS Training and Certification Form Submission] - account-assistance`, date: rfcDate('2026-07-15 03:09:50'), enc: 'jis7',
    text: `${BANNER_JA_EN}

中村様

${N.srcId} を ${N.keepId} に統合いたしました。旧ドメイン(${KAITO.oldDom})のアカウントはご利用いただけなくなっております。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-done-certmetrics', kind: 'merge_completed', lang: 'ja', trusted: false,
    note: 'portal-style merge notice from certmetrics.com, which is not one of the trusted AWS/Credly domains',
    from: 'AWS Certification <notifications@certmetrics.com>', to: `${N.ja} <${N.keep}>`,
    subject: 'アカウント統合のお知らせ', date: rfcDate('2026-07-15 03:11:02'), enc: 'utf88bit',
    text: `中村 陽介 様

AWS Certification アカウント ${N.keepId} に、アカウント ${N.srcId} が統合されました。
統合元の認定はすべてこのアカウントに表示されます。

AWS Certification Program`,
  }),

  // ---------------- badges_transferred (8)
  mk({
    slug: 'ja-badge-credly-suzuki', kind: 'badges_transferred', lang: 'ja',
    note: 'AWS badge issued via Credly to the kept (post-merger) address after the merge',
    from: CREDLY_AWS, to: `${S.ja} <${S.keep}>`,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: rfcDate('2026-05-21 11:20:05'), enc: 'utf8b64',
    text: `鈴木 健一 さん、おめでとうございます!

Amazon Web Services Training and Certification から「AWS Certified Developer - Associate」のデジタルバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/accept

Credly, Inc.`,
    html: credlyHtml('Amazon Web Services Training and Certification', 'AWS Certified Developer - Associate', '鈴木 健一', ''),
  }),
  mk({
    slug: 'ja-badge-support-suzuki', kind: 'badges_transferred', lang: 'ja', caseId: CASE.suzuki,
    note: 'support says the Credly badges have been moved to the kept account',
    to: `${S.ja} <${S.keep}>`,
    subject: subj(CASE.suzuki), date: rfcDate('2026-05-22 01:57:44'), enc: 'jis7',
    text: `鈴木様

ご連絡いただいた Credly のバッジの件、旧アドレス(${S.src})側に残っていた CLF と DVA のバッジを、
${S.keep} 宛に付け替えました。Credly にサインインしてご確認ください。

大野

${gmailJa('2026年5月21日(木) 9:05', S.ja, S.keep)}
> 統合ありがとうございました。Credly のバッジが旧アドレスのままになっているようです。`,
  }),
  mk({
    slug: 'ja-badge-credly-takahashi', kind: 'badges_transferred', lang: 'ja',
    note: 'Credly issues her AWS badge to the personal (kept) address; HTML only',
    from: CREDLY_AWS, to: `${T.ja} <${T.keep}>`,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: rfcDate('2026-06-09 16:03:27'), enc: 'utf8qp',
    html: credlyHtml('Amazon Web Services Training and Certification', 'AWS Certified Solutions Architect - Associate', '高橋 美咲', '<p>このバッジは、以前のアカウントからの移行に伴い再発行されたものです。</p>'),
  }),
  mk({
    slug: 'ja-badge-kobayashi-close', kind: 'badges_transferred', lang: 'ja', caseId: CASE.kobayashi, rcpt: N.keep, cc: `${N.ja} <${N.keep}>`,
    note: 'support announces the badges moved and that it closes the case',
    to: `${KOBAYASHI.ja} <${KOBAYASHI.keep}>`,
    subject: subj(CASE.kobayashi), date: rfcDate('2026-07-13 02:26:30'), enc: 'jisb64',
    text: `小林様

Credly 上のデジタルバッジ 2 点も、新ドメインのアドレス(${KOBAYASHI.keep})へ移しました。
これで全ての対応が終わりましたので、本ケースはクローズといたします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-badge-kato-coord', kind: 'badges_transferred', lang: 'ja', caseId: CASE.kato,
    note: 'answer to the coordinator\'s question: Kato\'s badges were reassigned on Credly',
    to: `${N.ja} <${N.keep}>`,
    subject: subj(CASE.kato), date: rfcDate('2026-07-14 05:40:19'), enc: 'sjis8',
    text: `中村様

加藤様のバッジについてのお問い合わせ、ありがとうございました。
旧アドレス ${KATO.src} に発行されていたバッジは、本日 ${KATO.keep} のアカウントへ移し終えております。

${outlookJa(`${N.ja} <${N.keep}>`, '2026年7月13日 17:02', SUPPORT_BARE, `RE:[CASE ${CASE.kato}]`)}

加藤のバッジが Credly で旧ドメインのままです。対応可能でしょうか。
中村`,
  }),
  mk({
    slug: 'ja-badge-credly-lookalike', kind: 'badges_transferred', lang: 'ja', trusted: false,
    note: 'fake Credly badge notice from credly-notify.com (look-alike of credly.com)',
    from: 'Amazon Web Services via Credly <badges@credly-notify.com>', to: `${T.ja} <${T.keep}>`,
    subject: 'Amazon Web Servicesのバッジ発行のお知らせ', date: rfcDate('2026-06-09 08:12:00', '+0900'), enc: 'utf8qp',
    text: `高橋 美咲 さん

統合されたアカウントへバッジが移されました。受け取るには 3 日以内に以下から Credly にログインしてください。
https://credly-notify.com/accept

Credly`,
  }),
  mk({
    slug: 'ja-badge-takahashi-resent', kind: 'badges_transferred', lang: 'ja', caseId: CASE.takahashi, forUser: false,
    note: 'support says badges moved; redirected by the old company\'s admin with Resent-* headers, so not delivered to the user',
    to: `${T.ja} <${T.src}>`,
    resent: { from: 'admin@nishikaze.example.co.jp', to: T.work, date: rfcDate('2026-06-10 09:30:02', '+0900') },
    subject: subj(CASE.takahashi), date: rfcDate('2026-06-09 23:58:13'), enc: 'utf8b64',
    text: `高橋様

Credly のバッジ(SAA・CLF)を ${T.keep} 側のプロフィールに移行いたしました。
旧アドレスに届いていたバッジ受け取りの案内は無視していただいて構いません。

佐々木`,
  }),
  mk({
    slug: 'ja-badge-nakamura-own', kind: 'badges_transferred', lang: 'ja', caseId: CASE.nakamura,
    note: 'support says the coordinator\'s own badges now sit on the kept account; gateway-tagged subject',
    to: `${N.ja} <${N.keep}>`,
    subject: `【社外】RE:[CASE ${CASE.nakamura}] [AWS Training and Certification Form Submission] - account-assistance`, date: rfcDate('2026-07-16 02:15:33'), enc: 'jis7',
    text: `${BANNER_JA_EN}

中村様

Credly のバッジについても、統合後のアカウント(${N.keep})に付け替え済みです。
旧ドメイン宛の受け取りメールが届いても、対応は不要です。

AWS トレーニングと認定`,
  }),

  // ---------------- case_closed (8)
  mk({
    slug: 'ja-close-suzuki', kind: 'case_closed', lang: 'ja', caseId: CASE.suzuki,
    note: 'the case is marked resolved and closed',
    to: `${S.ja} <${S.keep}>`,
    subject: subj(CASE.suzuki), date: rfcDate('2026-05-27 00:30:02'), enc: 'jis7',
    text: `鈴木様

その後、ご不明な点はございませんでしょうか。
本件は解決済みとして、ケースをクローズいたしました。新たなご質問は新しいケースでお寄せください。

大野`,
  }),
  mk({
    slug: 'ja-close-takahashi-7days', kind: 'case_closed', lang: 'ja', caseId: CASE.takahashi,
    note: 'reminder that the case will close automatically in 7 days without a reply',
    from: AWS_NOTIFY, to: `${T.ja} <${T.keep}>`,
    subject: `ケース ${CASE.takahashi} は 7 日後に自動的にクローズされます`, date: rfcDate('2026-06-12 00:00:41'), enc: 'utf8qp',
    text: `高橋様

ケース ${CASE.takahashi} は現在、お客様からのご返信待ちとなっております。
7 日以内にご返信がない場合、本ケースは自動的に解決済みとなります。引き続きサポートが必要な場合は、ケースページからご返信ください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-close-kobayashi-restate', kind: 'case_closed', lang: 'ja', caseId: CASE.kobayashi, trap: true, rcpt: N.keep, cc: `${N.ja} <${N.keep}>`,
    note: 'closing notice that only restates the merge done on 10 July',
    to: `${KOBAYASHI.ja} <${KOBAYASHI.keep}>`,
    subject: subj(CASE.kobayashi), date: rfcDate('2026-07-20 01:12:48'), enc: 'sjis8',
    text: `小林様

7 月 10 日にご案内したとおり、アカウントの統合は既に済んでおります。
その後ご連絡がございませんでしたので、本ケースはクローズとさせていただきます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-close-kato-shared', kind: 'case_closed', lang: 'ja', caseId: CASE.kato, forUser: false,
    note: 'closing mail addressed to the team member and delivered to the team\'s shared mailbox, none of the user\'s addresses',
    to: `${KATO.ja} <${KATO.keep}>`, cc: `<${KAITO_SHARED}>`, rcpt: KAITO_SHARED,
    subject: subj(CASE.kato), date: rfcDate('2026-07-17 04:05:33'), enc: 'jisb64',
    text: `加藤様

お問い合わせいただいた件は解決となりましたので、ケースを終了いたします。
ご利用ありがとうございました。

AWS トレーニングと認定 カスタマーサービス`,
  }),
  mk({
    slug: 'ja-close-suzuki-dup', kind: 'case_closed', lang: 'ja', caseId: CASE.suzukiDup, trap: true,
    note: 'the duplicate case is closed because it was combined with the main case (cases, not accounts)',
    to: `${S.ja} <${S.src}>`, rcpt: S.keep, auth: 'fwdPass', relay: MINATO.relay, extra: ['X-Original-To: ' + S.src],
    subject: `RE:[CASE ${CASE.suzukiDup}] [AWS Training and Certification Form Submission] - account-assistance`, date: rfcDate('2026-05-12 01:14:55'), enc: 'utf8b64',
    text: `鈴木様

旧アドレスからもお問い合わせをいただいておりましたが、ケース ${CASE.suzuki} と同じご依頼のため、そちらに統合して対応いたします。
このケース(${CASE.suzukiDup})はクローズいたしますので、今後は ${CASE.suzuki} にてご連絡ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-close-forged-fail', kind: 'case_closed', lang: 'ja', caseId: CASE.yoshida, trusted: false, auth: 'fail',
    note: 'closing notice that fails DMARC at the receiving server',
    to: `${N.ja} <${N.keep}>`,
    subject: subj(CASE.yoshida), date: rfcDate('2026-07-18 12:00:00'), enc: 'sjisb64',
    text: `中村様

本ケースはクローズされました。再開する場合は以下のリンクから手続きしてください。
http://aws-case-reopen.example.biz/${CASE.yoshida}

AWS サポート`,
  }),
  mk({
    slug: 'ja-close-yoshida-3days', kind: 'case_closed', lang: 'ja', caseId: CASE.yoshida, rcpt: N.keep, cc: `${N.ja} <${N.keep}>`,
    note: 'will close in 3 days unless there is a reply',
    to: `${YOSHIDA.ja} <${YOSHIDA.keep}>`,
    subject: subj(CASE.yoshida), date: rfcDate('2026-07-16 07:48:30'), enc: 'utf88bit',
    text: `吉田様

ご不明点がなければ、3 日後にこのケースを自動でクロースします。
追加のご要望がある場合は、それまでにこのメールへご返信ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-close-nakamura-own-survey', kind: 'case_closed', lang: 'ja', caseId: CASE.nakamura,
    note: 'the coordinator\'s own case closed; includes a feedback link at the bottom',
    to: `${N.ja} <${N.keep}>`,
    subject: subj(CASE.nakamura), date: rfcDate('2026-07-21 00:20:14'), enc: 'jis7',
    text: `中村様

ご依頼の件は全て対応済みのため、ケース ${CASE.nakamura} を解決済みに変更しました。

今回の対応についてご意見をお聞かせください。
https://pages.awscloud.com/feedback?case=${CASE.nakamura}

AWS トレーニングと認定 カスタマーサービス`,
  }),

  // ---------------- support_reply (10)
  mk({
    slug: 'ja-reply-suzuki-thanks-confirm', kind: 'support_reply', lang: 'ja', caseId: CASE.suzuki, trap: true,
    note: 'thanks for confirming; the request was passed to the accounts team (no merge yet)',
    to: `${S.ja} <${S.keep}>`,
    subject: subj(CASE.suzuki), date: rfcDate('2026-05-19 01:05:09'), enc: 'jis7',
    text: `鈴木様

統合へのご同意、確かに承りました。担当チームへ引き継ぎましたので、作業が済み次第あらためてご連絡いたします。
通常は数営業日ほどお時間をいただいております。

大野

${gmailJa('2026年5月18日(月) 11:20', S.ja, S.keep)}
> 大野様
> 内容に相違ありません。統合をお願いします。
> 鈴木`,
  }),
  mk({
    slug: 'ja-reply-takahashi-future', kind: 'support_reply', lang: 'ja', caseId: CASE.takahashi, trap: true,
    note: 'status update; 「統合が完了しましたら」 is future, not the event',
    to: `${T.ja} <${T.keep}>`,
    subject: subj(CASE.takahashi), date: rfcDate('2026-06-06 02:14:50'), enc: 'utf8qp',
    text: `高橋様

ご同意のお返事、ありがとうございます。現在、担当部署にて統合の作業を進めております。
統合が完了しましたら、改めてこちらのケースでお知らせいたします。今しばらくお待ちください。

佐々木`,
  }),
  mk({
    slug: 'ja-reply-nakamura-proxy', kind: 'support_reply', lang: 'ja', caseId: CASE.kobayashi, trap: true,
    note: 'explains that consent must come from each employee; asks for nothing',
    to: `${N.ja} <${N.keep}>`,
    subject: subj(CASE.kobayashi), date: rfcDate('2026-07-07 06:55:21'), enc: 'sjis8',
    text: `中村様

人材開発部としてまとめてご依頼いただいた件、ありがとうございます。
認定アカウントは個人に帰属するため、統合への同意は研修ご担当者様ではなく、各ご本人から頂戴する決まりとなっております。
ご本人へのご案内は、こちらから各ケースで直接お送りします。

${quote(NAKAMURA_REQ)}`,
  }),
  mk({
    slug: 'ja-reply-kato-escalated', kind: 'support_reply', lang: 'ja', caseId: CASE.kato,
    note: 'escalation notice (bottom-posted under the coordinator\'s question): the request went to the specialist team',
    to: `${N.ja} <${N.keep}>`,
    subject: subj(CASE.kato), date: rfcDate('2026-07-08 08:30:00'), enc: 'jisb64',
    text: `${gmailJa('2026年7月8日(水) 10:05', N.ja, N.keep)}
> 加藤の件、その後いかがでしょうか。
> 他の 2 名は進んでいるようですが、加藤だけ返信がないと本人から聞いております。
> 中村

中村様

お問い合わせありがとうございます。
加藤様の件につきまして、旧ドメインのアカウントに APN パートナー情報がひも付いているため、専門チームへエスカレーションいたしました。
回答まで 2 から 3 営業日ほどいただく見込みです。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-reply-suzuki-rename-only', kind: 'support_reply', lang: 'ja', caseId: CASE.suzuki, trap: true,
    note: 'answers a question: a company rename alone needs a profile e-mail update, not an account merge',
    to: `${S.ja} <${S.keep}>`,
    subject: subj(CASE.suzuki), date: rfcDate('2026-05-12 05:40:37'), enc: 'utf8b64',
    text: `鈴木様

補足のご質問への回答です。
社名変更に伴ってアドレスのドメインだけが変わる場合は、アカウント統合ではなく、プロフィールの連絡先の更新で済みます。
鈴木様の場合は新ドメインでも別アカウントをお作りになり SAA を取得されていますので、統合での対応となります。

大野`,
  }),
  mk({
    slug: 'ja-reply-yoshida-not-yet', kind: 'support_reply', lang: 'ja', caseId: CASE.yoshida, trap: true, rcpt: N.keep, cc: `${N.ja} <${N.keep}>`,
    note: 'negated: the merge has not been completed yet; status only',
    to: `${YOSHIDA.ja} <${YOSHIDA.keep}>`,
    subject: subj(CASE.yoshida), date: rfcDate('2026-07-11 03:03:03'), enc: 'sjisb64',
    text: `吉田様

お問い合わせの件、統合はまだ完了しておりません。ご承諾をいただいたのが金曜日の夜でしたので、週明けの作業予定となっております。
もうしばらくお待ちいただけますと幸いです。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-reply-takahashi-tool-cant', kind: 'support_reply', lang: 'ja', caseId: CASE.takahashi, trap: true,
    note: 'explains why the self-service tool refused (both accounts have history) and that support will handle it',
    to: `${T.ja} <${T.keep}>`,
    subject: subj(CASE.takahashi), date: rfcDate('2026-06-03 01:21:44'), enc: 'utf88bit',
    text: `高橋様

お試しいただいたセルフサービスの統合ツールでエラーとなったのは、両方のアカウントに認定の履歴があるためです。
この場合はツールでは統合できず、こちらで手作業にて対応いたします。このままケースでお待ちください。

佐々木

${outlookJa(`${T.ja} <${T.keep}>`, '2026年6月2日 18:11', SUPPORT_BARE, `RE:[CASE ${CASE.takahashi}]`)}

ツールで統合しようとしたら「サポートへ連絡してください」と表示されました。`,
  }),
  mk({
    slug: 'ja-reply-kobayashi-badges-later', kind: 'support_reply', lang: 'ja', caseId: CASE.kobayashi, trap: true, rcpt: N.keep, cc: `${N.ja} <${N.keep}>`,
    note: 'says the badges may take a few days after the merge; future, not the event',
    to: `${KOBAYASHI.ja} <${KOBAYASHI.keep}>`,
    subject: subj(CASE.kobayashi), date: rfcDate('2026-07-10 07:50:12'), enc: 'jis7',
    text: `小林様

Credly のバッジについては、統合後に反映されるまで数日かかる場合がございます。
週明けになっても旧アドレスのままでしたら、このケースでお知らせください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-reply-nakamura-apn', kind: 'support_reply', lang: 'ja', caseId: CASE.nakamura, auth: 'dkimonly',
    note: 'answers the coordinator\'s question about the partner profile after a rename; aligned DKIM only',
    to: `${N.ja} <${N.keep}>`,
    subject: subj(CASE.nakamura), date: rfcDate('2026-07-13 09:12:26'), enc: 'utf8qp',
    text: `中村様

パートナーセントラル上の会社名の表示(海斗システムズ → カイトデジタル)は、認定アカウントとは別の管理となります。
そちらはパートナー管理者様から更新いただく必要がございます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-reply-suzuki-dup-cases', kind: 'support_reply', lang: 'ja', caseId: CASE.suzuki, trap: true,
    note: 'we merged your duplicate cases into this one: cases, not the accounts',
    to: `${S.ja} <${S.keep}>`,
    subject: subj(CASE.suzuki), date: rfcDate('2026-05-12 01:16:02'), enc: 'jis7',
    text: `鈴木様

旧アドレスからお送りいただいたケース ${CASE.suzukiDup} は、本ケースと内容が同じでしたので、こちらに統合しました。
以後のやり取りは本ケースでお願いいたします。

大野`,
  }),

  // ---------------- unrelated (12)
  mk({
    slug: 'ja-unrel-it-m365-done', kind: 'unrelated', lang: 'ja', trusted: false, trap: true,
    note: 'company IT notice that the Google Workspace to Microsoft 365 migration is complete: not a merge case',
    from: '情報システム部 <it-helpdesk@brightwave.example.com>', to: `${T.ja} <${T.work}>`,
    subject: '【完了】メール移行作業完了のお知らせ', date: rfcDate('2026-05-25 18:00:00', '+0900'), enc: 'jis7',
    text: `旧西風ソフト社員の皆様

情報システム部です。
5月23日(土)に実施した Google Workspace から Microsoft 365 へのメールボックス移行が完了しました。
旧アドレス(@${NISHIKAZE.oldDom})宛のメールは、12月31日まで新しいメールボックスへ自動転送されます。
各種外部サービスの登録アドレスは、転送終了までに各自で変更をお願いします。

受信トレイの内容に漏れがないか、念のためご確認ください。

情報システム部 ヘルプデスク (内線 4410)`,
  }),
  mk({
    slug: 'ja-unrel-hr-cert-roster', kind: 'unrelated', lang: 'ja', trusted: false, trap: true, rcpt: S.keep,
    note: 'HR training office asks all certified staff to merge/update their certification accounts; internal mail, not support',
    from: '人事部 研修担当 <kenshu@minato-hd.example.jp>', to: `AWS資格保有者各位 <aws-holders@minato-hd.example.jp>`,
    subject: '【要対応】社名変更に伴う認定アカウントの統合・アドレス変更のお願い', date: rfcDate('2026-04-20 10:30:00', '+0900'), enc: 'sjis8',
    text: `AWS 資格保有者 各位

人事部研修担当です。
4 月 1 日の合併・社名変更に伴い、旧ミナト精工ドメインのアドレスは 9 月 30 日で廃止となります。
旧アドレスで AWS 認定アカウントを登録している方は、新アドレスへの変更、または新アドレス側アカウントへの統合を、
各自 AWS サポートへ依頼のうえ完了させてください。完了した方は、資格管理表の「移行済み」欄に日付を記入してください。

資格手当の申請は、新しいアカウントの認定証(PDF)で受け付けます。

人事部 研修担当 村上`,
  }),
  mk({
    slug: 'ja-unrel-vendor-merger', kind: 'unrelated', lang: 'ja', trusted: false, trap: true,
    note: 'a supplier announces its own merger and new domain: company news, not an account merge',
    from: '株式会社ハヤセ電機 営業部 <sales@hayase-denki.example.co.jp>', to: `${S.ja} <${S.keep}>`,
    subject: '合併および社名変更、メールアドレス変更のお知らせ', date: rfcDate('2026-06-01 09:00:00', '+0900'), enc: 'utf8qp',
    text: `ミナトホールディングス株式会社
鈴木 健一 様

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
弊社は 2026 年 7 月 1 日をもって株式会社ナギサ電子と合併し、社名を「ハヤセナギサ株式会社」に変更いたします。
これに伴い、メールアドレスのドメインを @hayase-nagisa.example.co.jp に変更いたします。
旧アドレス宛のメールは、移行完了後も 3 か月間は受信可能です。

今後とも変わらぬご愛顧を賜りますようお願い申し上げます。

ハヤセ電機株式会社 営業部`,
  }),
  mk({
    slug: 'ja-unrel-colleague-autoreply', crlf: false, kind: 'unrelated', lang: 'ja', trusted: false, trap: true,
    note: 'automatic reply from a colleague\'s retired pre-merger mailbox ("受け付けました", new address)',
    from: '井上 直樹 <n.inoue@minato-seiko.example.co.jp>', to: `${S.ja} <${S.keep}>`,
    subject: '自動応答: 合併後のAWS認定統合の件', date: rfcDate('2026-05-20 18:31:00', '+0900'), enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `このメールは自動送信です。

メールを受け付けました。ただし、このアドレス(@${MINATO.oldDom})は合併に伴い 9 月 30 日で廃止されます。
今後は新しいアドレス naoki.inoue@${MINATO.newDom} 宛にお送りください。

井上 直樹`,
  }),
  mk({
    slug: 'ja-unrel-own-consent-mobile', kind: 'unrelated', lang: 'ja', trusted: false, trap: true, caseId: CASE.suzuki, rcpt: S.src,
    note: 'the user\'s own consent reply from his phone, copied to his old address: his own mail, no news from support',
    from: `${S.ja} <${S.keep}>`, to: SUPPORT, cc: `<${S.src}>`,
    subject: subj(CASE.suzuki), date: rfcDate('2026-05-18 11:20:33', '+0900'), enc: 'jisb64',
    text: `大野様
内容に相違ありません。統合をお願いします。
鈴木

iPhoneから送信

2026/05/18 9:52、AWS Training and Certification <${SUPPORT_BARE}>のメール:

> 鈴木様
> 改めまして、この組み合わせで統合してよろしいか、お返事をいただけますでしょうか。`,
  }),
  mk({
    slug: 'ja-unrel-credly-microsoft', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly badge from Microsoft (another issuer), earned after the move to Microsoft 365',
    from: 'Microsoft via Credly <admin@credly.com>', to: `${T.ja} <${T.work}>`,
    subject: 'Microsoftのバッジ発行のお知らせ', date: rfcDate('2026-06-20 03:41:18'), enc: 'utf8qp',
    text: `高橋 美咲 さん、おめでとうございます!
Microsoft から「Microsoft 365 Certified: Administrator Expert」のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/accept`,
    html: credlyHtml('Microsoft', 'Microsoft 365 Certified: Administrator Expert', '高橋 美咲', ''),
  }),
  mk({
    slug: 'ja-unrel-credly-merge-code', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Credly\'s own account-merge verification code, not AWS\'s account merge',
    from: 'Credly <no-reply@credly.com>', to: `${T.ja} <${T.keep}>`,
    subject: 'Credly アカウント統合の確認コード', date: rfcDate('2026-06-10 12:05:44'), enc: 'utf8b64',
    text: `Credly アカウントの統合を開始しました。

下記の確認コードを画面に入力すると、${T.src} のアカウントが現在のアカウントに統合されます。

確認コード: 604 218

心当たりがない場合は、このメールを破棄してください。
Credly サポートチーム`,
  }),
  mk({
    slug: 'ja-unrel-survey', kind: 'unrelated', lang: 'ja', trap: true, caseId: CASE.suzuki,
    note: 'satisfaction survey about the closed case ("問題は解決しましたか")',
    from: 'AWS サポート アンケート <aws-survey@amazon.com>', to: `${S.ja} <${S.keep}>`,
    subject: `アンケートご協力のお願い (ケース ${CASE.suzuki})`, date: rfcDate('2026-05-28 02:00:10'), enc: 'sjisb64',
    text: `鈴木 健一 様

先日クローズとなったケース ${CASE.suzuki} について、簡単なアンケートにご協力ください。
問題は解決しましたか?  はい / いいえ
担当者の対応はいかがでしたか?  1 (不満) - 5 (満足)

所要時間は 1 分程度です。
https://survey.amazon.com/s/ja/${CASE.suzuki}

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-unrel-exam-booking-ack', kind: 'unrelated', lang: 'ja', trap: true, caseId: CASE.examBooking, from: AWS_NOTIFY,
    note: 'receipt of the user\'s other case about rescheduling an exam appointment: says its topic, not the merge',
    to: `${T.ja} <${T.keep}>`,
    subject: `ケース ${CASE.examBooking}: 試験予約の変更に関するお問い合わせを受け付けました`, date: rfcDate('2026-06-15 07:22:35'), enc: 'jis7',
    text: `高橋様

試験予約(AWS Certified Security - Specialty、6 月 28 日 10:00 テストセンター受験)の日程変更に関するお問い合わせを受け付けました。
ケース番号: ${CASE.examBooking}
担当者より 24 時間以内にご連絡いたします。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-unrel-skillbuilder-moved', kind: 'unrelated', lang: 'ja', trap: true,
    note: 'Skill Builder team subscription moved to the acquirer\'s organisation: a completed transfer, but not the certification merge',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: `${T.ja} <${T.work}>`,
    subject: 'チームサブスクリプションの移行が完了しました', date: rfcDate('2026-06-22 01:10:00'), enc: 'utf88bit',
    text: `高橋 美咲 様

ご所属組織の変更に伴い、お客様の AWS Skill Builder チームサブスクリプションは「Brightwave Inc.」の管理下へ移行されました。
学習履歴とコースの進捗はそのまま引き継がれています。

AWS Skill Builder`,
  }),
  mk({
    slug: 'ja-unrel-exam-result', kind: 'unrelated', lang: 'ja',
    note: 'exam result notification from the certification portal',
    from: PORTAL, to: `${S.ja} <${S.keep}>`,
    subject: 'AWS Certified Solutions Architect - Professional 試験結果のお知らせ', date: rfcDate('2026-08-03 09:14:52'), enc: 'sjis8',
    text: `鈴木 健一 様

先日受験された AWS Certified Solutions Architect - Professional の結果をお知らせします。
結果: 合格 (スコア 812)
認定証は AWS Certification アカウントの [認定] 画面からダウンロードできます。

AWS Certification`,
  }),
  mk({
    slug: 'ja-unrel-sso-bilingual', kind: 'unrelated', lang: 'ja', trusted: false, trap: true, rcpt: T.work,
    note: 'bilingual IT notice (SSO switch, end of old-domain forwarding) asking staff to confirm sign-in: not support',
    from: 'Brightwave IT Service Desk <servicedesk@brightwave.example.com>', to: 'Brightwave Japan 全社員 <all-jp@brightwave.example.com>',
    subject: 'シングルサインオン切替と旧ドメイン転送終了のお知らせ / SSO cutover and end of forwarding', wholeSubject: true, date: rfcDate('2026-11-02 09:00:00', '+0900'), enc: 'jisb64',
    text: `Brightwave Japan(旧 西風ソフト)の皆様

11 月 16 日より、社内システムのサインインは Microsoft Entra ID に一本化されます。
旧 Google アカウントは 12 月 31 日に削除され、@${NISHIKAZE.oldDom} 宛メールの転送も同日で終了します。
外部サービス(AWS、GitHub 等)に旧アドレスを登録している場合は、アドレスの変更またはアカウント統合を済ませ、完了後にフォームで報告してください。

To all Brightwave Japan staff (formerly Nishikaze Soft):
From 16 November, sign-in moves to Microsoft Entra ID. Forwarding from @${NISHIKAZE.oldDom} ends on 31 December.
Please confirm your new sign-in works and update any external services that still use your old address.

IT Service Desk`,
  }),
];

void MINATO;
void paras;
void sfOriginal;
