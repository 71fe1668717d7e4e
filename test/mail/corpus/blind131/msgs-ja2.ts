// Set dz, Japanese messages, part 2: badges, closing, other replies, unrelated mail.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CERT_PORTAL, CREDLY_AWS, KENJI, MISAKI, SHOTA, SOICHIRO, SUPPORT_JA,
  formSubject, gmailJa, jst, mk, outlookJa, paras, quote, sfOriginalJa,
} from './common.js';

const credlyHtml = (name: string, badge: string, issuer: string): string => `<html><body style="font-family:sans-serif">
<table width="600"><tr><td><img src="https://images.credly.com/logo.png" alt="Credly"></td></tr>
<tr><td><p>${name} 様</p>
<p>${issuer} から「${badge}」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/accept" style="background:#ff6b00;color:#fff;padding:8px 16px">バッジを入手する</a></p>
<p>このメールは Credly から送信されています。</p></td></tr></table></body></html>`;

export const JA2: Msg[] = [
  // ---------------- badges_transferred (7)
  mk({
    slug: 'badge-credly-saa-alt', kind: 'badges_transferred', lang: 'ja', enc: 'utf8qp',
    from: CREDLY_AWS,
    note: 'Credly issues the AWS badge to the kept account after the merge (AWS as issuer)',
    to: KENJI.keep, date: jst('2026-10-13 09:10:44'),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `岡田 健二 様

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect – Associate」のバッジが発行されました。
下のリンクからバッジを入手してください。
https://www.credly.com/earner/earned/badge/accept

Credly`,
    html: credlyHtml('岡田 健二', 'AWS Certified Solutions Architect – Associate', 'Amazon Web Services Training and Certification'),
  }),
  mk({
    slug: 'badge-support-kenji-jis', kind: 'badges_transferred', lang: 'ja', caseId: CASE.kenji, enc: 'jis7',
    note: 'agent says the badges now sit on the kept account and the case will be closed',
    to: KENJI.keep, date: jst('2026-10-15 17:26:38'), subject: formSubject(CASE.kenji),
    text: `岡田様

ご連絡いただいた Credly のバッジの件、旧アカウントに残っていた 3 つのバッジを ${KENJI.keep} 側へ付け替えました。
Credly のプロフィールでご確認いただけます。本件はこれでクローズとさせていただきます。

鈴木

2026年10月14日(水) 8:55 岡田 健二 <${KENJI.keep}>:
> 統合はバッチリやったんですけど、Credly のバッジがまだ前の会社のアドレスのほうに残ってはるみたいで…
> すんませんけど、見てもろてええですか。`,
  }),
  mk({
    slug: 'badge-credly-html-only', kind: 'badges_transferred', lang: 'ja', enc: 'utf8b64',
    from: CREDLY_AWS,
    note: 'HTML-only Credly issue mail for an AWS badge on the kept account',
    to: MISAKI.keep, date: jst('2026-10-06 12:00:05'),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    html: credlyHtml('中村 美咲', 'AWS Certified Developer – Associate', 'Amazon Web Services Training and Certification'),
  }),
  mk({
    slug: 'badge-support-shota-sjis', kind: 'badges_transferred', lang: 'ja', caseId: CASE.shota, enc: 'sjis8',
    note: 'agent reports the badges were moved to the new account',
    to: SHOTA.keep, date: jst('2026-11-09 11:11:11'), subject: formSubject(CASE.shota),
    text: `高木様

お問い合わせのバッジ、Credly 上で今のアカウントへの移行が済みました。
Cloud Practitioner と SAA の 2 つが表示されているはずです。

森

> バッジだけ大学のメールのほうに残ってて草なんすけど、移せます？`,
  }),
  mk({
    slug: 'badge-support-soichiro-b64', kind: 'badges_transferred', lang: 'ja', caseId: CASE.soichiro, enc: 'jisb64',
    note: 'formal report that the digital badges have been re-issued to the surviving account',
    to: SOICHIRO.keep, date: jst('2026-09-01 14:20:09'), subject: formSubject(CASE.soichiro),
    text: `田中 宗一郎 様

先般ご依頼のございましたデジタルバッジにつきまして、存続アカウント（${SOICHIRO.keep}）宛てに再発行を終えましたので、ご報告申し上げます。
Credly より別途ご案内が届いておりましたら、そちらからお受け取りくださいませ。

小林`,
  }),
  mk({
    slug: 'badge-forged-credIy', kind: 'badges_transferred', lang: 'ja', enc: 'utf8b64',
    trusted: false, from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>',
    note: 'badge mail from credIy.com (capital I): look-alike domain, untrusted',
    to: SHOTA.keep, date: jst('2026-11-08 23:50:40'),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    html: credlyHtml('高木 翔太', 'AWS Certified Cloud Practitioner', 'Amazon Web Services Training and Certification').replace('https://www.credly.com/earner/earned/badge/accept', 'https://credly-badges.example.org/claim'),
  }),
  mk({
    slug: 'badge-lookalike-server', kind: 'badges_transferred', lang: 'ja', caseId: CASE.misaki, enc: 'jis7',
    trusted: false, auth: 'lookalikeServer',
    note: 'badges-moved text, but the Authentication-Results is from a look-alike authserv-id: untrusted',
    to: MISAKI.keep, date: jst('2026-10-07 05:31:27'), subject: formSubject(CASE.misaki),
    text: `中村様

バッジを新しいアカウントへ移行しました。ケースはこれで終了です。

高橋`,
  }),

  // ---------------- case_closed (7)
  mk({
    slug: 'closed-kenji-autoclose', kind: 'case_closed', lang: 'ja', caseId: CASE.kenji, enc: 'jis7',
    note: 'reminder: the case will close automatically without a reply',
    from: AWS_NOTIFY, to: KENJI.keep, date: jst('2026-10-20 09:00:00'),
    subject: `ケース ${CASE.kenji} は 7 日後に自動的にクローズされます`,
    text: `岡田 健二 様

サポートケース ${CASE.kenji} について、担当者からのご連絡に 7 日間ご返信がないため、
このままご返信がない場合、2026 年 10 月 27 日に自動でクローズされます。
引き続きサポートが必要な場合は、このメールにご返信ください。

Amazon Web Services`,
  }),
  mk({
    slug: 'closed-misaki-resolved', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki, enc: 'sjis8',
    note: 'case marked resolved and closed',
    from: AWS_NOTIFY, to: MISAKI.keep, date: jst('2026-10-09 18:00:31'),
    subject: `サポートケース ${CASE.misaki} が解決済みになりました`,
    text: `中村 美咲 様

ケース ${CASE.misaki} のステータスが「解決済み」に変更され、クローズされました。
再度お問い合わせいただく場合は、新しいケースを作成してください。`,
  }),
  mk({
    slug: 'closed-soichiro-restate', kind: 'case_closed', lang: 'ja', caseId: CASE.soichiro, enc: 'jisb64', trap: true,
    note: 'closing notice that only restates the merge done earlier: case_closed',
    to: SOICHIRO.keep, date: jst('2026-09-04 10:10:10'), subject: formSubject(CASE.soichiro),
    text: `田中 宗一郎 様

先月ご報告申し上げましたとおり、アカウントの統合ならびにバッジの再発行はすでに完了しております。
その後ご不明な点もないご様子ですので、本件はこれをもちまして終了とさせていただきます。
長きにわたりご協力を賜り、誠にありがとうございました。

小林`,
  }),
  mk({
    slug: 'closed-shota-qp', kind: 'case_closed', lang: 'ja', caseId: CASE.shota, enc: 'utf8qp',
    note: 'agent closes the case after the user says all is fine (slang reply quoted)',
    to: SHOTA.keep, date: jst('2026-11-10 10:03:50'), subject: formSubject(CASE.shota),
    text: `高木様

ご確認ありがとうございます！問題ないとのことで、本ケースはクローズいたします。
また何かあればお気軽にどうぞ。

森

${gmailJa('2026年11月9日(月) 23:48', `高木 翔太 <${SHOTA.keep}>`, '見れました、マジ助かりました〜あざっす！')}`,
  }),
  mk({
    slug: 'closed-forged-failtop', kind: 'case_closed', lang: 'ja', caseId: CASE.kenji, enc: 'jisb64',
    trusted: false, auth: 'failThenForged',
    note: 'closing text, but the topmost verdict is dmarc=fail with a planted pass below: untrusted',
    to: KENJI.keep, date: jst('2026-10-22 03:03:03'), subject: formSubject(CASE.kenji),
    text: `岡田様

本ケースはクローズされました。認定資格の再有効化には、以下のフォームから手数料をお支払いください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'closed-notify-alt', kind: 'case_closed', lang: 'ja', caseId: CASE.kenjiDup, enc: 'utf8b64',
    from: AWS_NOTIFY,
    note: 'multipart notice that the (second) case has been closed; no topic beyond the closing',
    to: KENJI.keep, date: jst('2026-10-08 12:44:02'),
    subject: `ケース ${CASE.kenjiDup} はクローズされました`,
    text: `ケース ${CASE.kenjiDup} はクローズされました。

クローズ理由: お客様からのご依頼は別のケースで対応しています。
ご不明な点は AWS サポートセンターからお問い合わせください。`,
    html: `<html><body><p>ケース ${CASE.kenjiDup} はクローズされました。</p><p>クローズ理由: お客様からのご依頼は別のケースで対応しています。</p><p>ご不明な点は AWS サポートセンターからお問い合わせください。</p></body></html>`,
  }),
  mk({
    slug: 'closed-dupcases', kind: 'case_closed', lang: 'ja', caseId: CASE.kenjiDup, enc: 'jis7', trap: true,
    note: 'duplicate case merged into the first and closed: a case merge, not the account merge',
    to: KENJI.keep, date: jst('2026-10-08 12:40:19'), subject: formSubject(CASE.kenjiDup),
    text: `岡田様

同じご依頼で 2 件のケースを頂戴しておりましたので、こちらのケース（${CASE.kenjiDup}）は ${CASE.kenji} に統合し、クローズいたします。
今後のやり取りは ${CASE.kenji} のメールにご返信ください。

AWS トレーニングと認定`,
  }),

  // ---------------- support_reply (9)
  mk({
    slug: 'reply-kenji-thanksconfirm', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, enc: 'jis7', trap: true,
    note: 'thanks for confirming, handed to the team: a status reply, not the merge',
    to: KENJI.keep, date: jst('2026-10-09 22:31:07'), subject: formSubject(CASE.kenji),
    text: `岡田様

ご同意のご連絡、確かに承りました。担当チームへ統合作業を依頼しましたので、結果が出ましたら改めてご連絡いたします。

鈴木

> 同意しますー。よろしゅうお頼みします。`,
  }),
  mk({
    slug: 'reply-misaki-future', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, enc: 'sjis8', trap: true,
    note: '「統合が完了しましたら」: a future completion, not the event',
    to: MISAKI.keep, date: jst('2026-10-02 20:12:40'), subject: formSubject(CASE.misaki),
    text: `中村様

お返事ありがとうございます。現在、統合作業の順番待ちとなっております。
統合が完了しましたら、このメールアドレス宛てにお知らせいたしますので、今しばらくお待ちください。

高橋`,
  }),
  mk({
    slug: 'reply-shota-notyet', kind: 'support_reply', lang: 'ja', caseId: CASE.shota, enc: 'utf8qp', trap: true,
    note: 'negated: the merge is not finished yet; agent answers the young user\'s nudge',
    to: SHOTA.keep, date: jst('2026-11-06 09:02:14'), subject: formSubject(CASE.shota),
    text: `高木様

すみません、まだ統合は終わっていないんです。担当チームで作業中なので、もう少しだけお待ちくださいね。

森

${gmailJa('2026年11月6日(金) 0:14', `高木 翔太 <${SHOTA.keep}>`, 'もう統合されました？？まだならおけです')}`,
  }),
  mk({
    slug: 'reply-soichiro-escalation', kind: 'support_reply', lang: 'ja', caseId: CASE.soichiro, enc: 'jisb64',
    note: 'formal status: the case has been escalated to the specialist team',
    to: SOICHIRO.keep, date: jst('2026-08-21 11:30:00'), subject: formSubject(CASE.soichiro),
    text: `田中 宗一郎 様

ご回答を賜り、ありがとうございます。
旧勤務先のアカウントは法人契約と紐付いておりましたため、本件は専門部署へ引き継がせていただきました。
追ってご連絡申し上げますので、何卒今しばらくご猶予くださいませ。

小林`,
  }),
  mk({
    slug: 'reply-kenji-casesjoined', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, enc: 'sjisb64', trap: true,
    note: 'two inquiries gathered into one case; wording uses まとめる/統合 for cases, not accounts',
    to: KENJI.keep, date: jst('2026-10-08 12:46:55'), subject: formSubject(CASE.kenji),
    text: `岡田様

ご連絡が 2 件に分かれておりましたので、お問い合わせはこちらのケース ${CASE.kenji} に一本化いたしました。
引き続き、統合の準備を進めてまいります。

鈴木`,
  }),
  mk({
    slug: 'reply-misaki-voucher', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, enc: 'utf8b64', trap: true,
    note: 'answers a voucher question; says benefits will appear once merged (future)',
    to: MISAKI.keep, date: jst('2026-10-03 13:13:13'), subject: formSubject(CASE.misaki),
    text: `中村様

50% 割引バウチャーについてのご質問ですね。統合作業が終われば、旧アカウントで獲得した特典も残すアカウント側でご利用いただけるようになります。有効期限は変わりません。

高橋

${outlookJa(`中村 美咲 <${MISAKI.keep}>`, '2026年10月3日 9:40', 'aws-cs-trainingcertification-form@amazon.com', formSubject(CASE.misaki), '前の会社で取ったバウチャーって、統合したら消えてしまうとですか？まだ使っとらんけん気になって。')}`,
  }),
  mk({
    slug: 'reply-kenji-kansaiagent', kind: 'support_reply', lang: 'ja', caseId: CASE.kenji, enc: 'jis7',
    note: 'an agent whose Kansai voice shows through apologises for the wait; plain status',
    to: KENJI.keep, date: jst('2026-10-11 18:48:20'), subject: formSubject(CASE.kenji),
    text: `岡田様

お待たせしてしもて、ほんまに申し訳ございません。担当の鈴木です。
作業チームの確認に思ったより時間がかかっておりまして、週明けには何かしらご報告できる見込みです。

鈴木`,
  }),
  mk({
    slug: 'reply-shota-badges-inprogress', kind: 'support_reply', lang: 'ja', caseId: CASE.shota, enc: 'utf8qp', trap: true,
    note: 'HTML-only: badge move is still in progress, not done',
    to: SHOTA.keep, date: jst('2026-11-08 10:20:00'), subject: formSubject(CASE.shota),
    html: `<div>高木様</div><div><br></div><div>バッジの件、Credly 側のチームに依頼済みで、いま移行の作業中です。終わったらまたご連絡しますね。</div><div><br></div><div>森</div><div class="gmail_quote">2026年11月7日(土) 21:02 高木 翔太 &lt;${SHOTA.keep}&gt;:<blockquote>バッジまだ大学のほうにあるんすけど、これ仕様っすか？</blockquote></div>`,
  }),
  mk({
    slug: 'reply-soichiro-unable', kind: 'support_reply', lang: 'ja', caseId: CASE.soichiro, enc: 'jis7', trap: true,
    note: '「現時点では統合いたしかねます」: unable to merge for now, explains why',
    to: SOICHIRO.keep, date: jst('2026-08-23 09:20:48'), subject: formSubject(CASE.soichiro),
    text: `田中 宗一郎 様

誠に恐縮ながら、旧勤務先アカウントに未受験の試験予約が残っておりますため、現時点では統合いたしかねます。
予約の取り消し、もしくは受験がお済みになりましたのち、改めて手続きを進めさせていただきます。

小林`,
  }),

  // ---------------- unrelated (12)
  mk({
    slug: 'unrel-partner-osaka-office', kind: 'unrelated', lang: 'ja', enc: 'jis7', trap: true,
    trusted: false, auth: 'none', from: '木下 真由美（パートナー大阪オフィス） <kinoshita@partner-osaka.example.co.jp>',
    note: 'partner\'s Osaka office in Kansai dialect: the merging of two offices is complete (not the account merge)',
    to: KENJI.keep, date: jst('2026-10-13 17:45:21'), subject: '【ご報告】大阪・京都オフィス統合、完了しましたで',
    text: `岡田さん

いつもお世話になってます、木下です。
例の件、大阪と京都のオフィスの統合、先週末でやっと完了しました！
来月からは梅田のビルに全員おりますんで、入館の手続きだけ済ましといてもろたら助かります。
ほな、またよろしゅう。

木下`,
  }),
  mk({
    slug: 'unrel-door-badge', kind: 'unrelated', lang: 'ja', enc: 'sjis8', trap: true,
    trusted: false, auth: 'none', from: '総務部 西村 <nishimura@naniwa-sys.example.co.jp>',
    forUser: false, deliveredTo: null,
    note: 'colleague to a team list the user is not on: the new door badge (入館バッジ) has arrived; not a Credly badge',
    to: '大阪開発部 <osaka-dev@naniwa-sys.example.co.jp>', date: jst('2026-09-30 10:02:11'), subject: '入館バッジ届いてはりますよ',
    text: `大阪開発部の皆さん

総務の西村です。新しい入館バッジ、業者さんから届いてはりますよ。
移行作業のほうも完了してますんで、古いカードは返却箱に入れといてください。

西村`,
  }),
  mk({
    slug: 'unrel-moving-done', kind: 'unrelated', lang: 'ja', enc: 'sjisb64', trap: true,
    trusted: false, from: 'なにわ引越センター <info@naniwa-hikkoshi.example.jp>',
    note: 'moving company: 引越し作業完了 (move finished) and a survey; nothing to do with AWS',
    to: KENJI.keep, date: jst('2026-10-04 19:30:00'), subject: '【完了報告】お引越し作業が完了いたしました',
    text: `岡田 健二 様

本日のお引越し作業はすべて完了いたしました。
お荷物の破損等がございましたら、7 日以内にご連絡ください。期間を過ぎますと受付を終了させていただきます。

アンケートにご協力ください: https://naniwa-hikkoshi.example.jp/q

なにわ引越センター`,
  }),
  mk({
    slug: 'unrel-friend-dealclose', kind: 'unrelated', lang: 'ja', enc: 'utf88bit', trap: true,
    trusted: false, from: 'ゆうと <yuto.k@example.net>',
    note: 'friend\'s slangy mail: a sales deal got closed (クローズ) and a Slack channel merged',
    to: SHOTA.keep, date: jst('2026-11-07 23:58:12'), subject: 'まじ案件クローズしたｗｗ',
    text: `しょうた
聞いて、例のでかい案件マジでクローズしたっす🎉
あとチームのSlackチャンネル2個あったやつ統合されたから招待しとくわ、確認よろ
明日飲み行こ、りょ？

iPhoneから送信`,
  }),
  mk({
    slug: 'unrel-survey-ja', kind: 'unrelated', lang: 'ja', caseId: CASE.misaki, enc: 'utf8qp', trap: true,
    from: AWS_NOTIFY,
    note: 'satisfaction survey after the case (解決しましたか？); a survey is unrelated',
    to: MISAKI.keep, date: jst('2026-10-10 09:30:00'), subject: 'AWS サポートに関するアンケートのお願い',
    text: `中村 美咲 様

先日のケース ${CASE.misaki} でのサポートについて、ご意見をお聞かせください。
お問い合わせは解決しましたか？　担当者の対応はいかがでしたか？

アンケートは 2 分ほどで完了します。
https://survey.aws.amazon.com/s/abc`,
  }),
  mk({
    slug: 'unrel-credly-ms', kind: 'unrelated', lang: 'ja', enc: 'utf8b64', trap: true,
    from: 'Microsoft via Credly <admin@credly.com>',
    note: 'Credly badge from another issuer (Microsoft): unrelated',
    to: MISAKI.keep, date: jst('2026-10-06 15:00:40'), subject: 'Microsoftのバッジ発行のお知らせ',
    html: credlyHtml('中村 美咲', 'Microsoft Certified: Azure Fundamentals', 'Microsoft'),
  }),
  mk({
    slug: 'unrel-credly-mergecode', kind: 'unrelated', lang: 'ja', enc: 'jis7', trap: true,
    from: 'Credly <admin@credly.com>',
    note: 'Credly\'s own account-merge verification code mail: unrelated',
    to: SHOTA.keep, date: jst('2026-11-08 21:14:33'), subject: 'Credly アカウントの統合を完了してください',
    text: `Credly アカウントの統合リクエストを受け付けました。
確認コード: 482913
このコードを Credly の画面に入力すると、アカウントの統合が完了します。
心当たりがない場合は、このメールを無視してください。`,
  }),
  mk({
    slug: 'unrel-summit-osaka', kind: 'unrelated', lang: 'ja', enc: 'utf8qp', trap: true,
    from: 'AWS Japan イベント事務局 <aws-events-jp@aws.amazon.com>',
    note: 'event registration receipt (受付完了) for an AWS event in Osaka: marketing/event mail',
    to: KENJI.keep, date: jst('2026-09-15 12:00:00'), subject: '【受付完了】AWS Community Day 関西 お申し込みありがとうございます',
    text: `岡田 健二 様

AWS Community Day 関西へのお申し込みを受け付けました。
受付番号: KS-20261121-0042
当日は受付で QR コードをご提示ください。入館バッジをお渡しします。

AWS Japan イベント事務局`,
    html: `<html><body><p>岡田 健二 様</p><p>AWS Community Day 関西へのお申し込みを受け付けました。<br>受付番号: KS-20261121-0042</p><p>当日は受付で QR コードをご提示ください。入館バッジをお渡しします。</p><p>AWS Japan イベント事務局</p></body></html>`,
  }),
  mk({
    slug: 'unrel-exam-result', kind: 'unrelated', lang: 'ja', enc: 'jisb64', trap: true,
    from: CERT_PORTAL,
    note: 'exam result notice (合格, badge to follow): an exam result is unrelated',
    to: SHOTA.keep, date: jst('2026-11-20 08:15:00'), subject: 'AWS 認定試験の結果のお知らせ',
    text: `高木 翔太 様

AWS Certified Developer - Associate 試験に合格されました。おめでとうございます。
デジタルバッジは数日以内に Credly から届きます。認定の詳細は AWS Certification アカウントでご確認いただけます。

AWS Certification`,
  }),
  mk({
    slug: 'unrel-other-case-refund', kind: 'unrelated', lang: 'ja', caseId: CASE.otherKenji, enc: 'sjis8', trap: true,
    note: 'reply on the user\'s other case about an exam refund; the refund is complete and the case closed',
    to: KENJI.keep, date: jst('2026-10-16 14:00:12'),
    subject: `RE:[CASE ${CASE.otherKenji}] [AWS Training and Certification Form Submission] - exam-refund`,
    text: `岡田様

試験予約のキャンセルに伴う返金手続きが完了しましたので、お知らせいたします。
カード会社によっては反映まで数日かかります。本ケースはこれでクローズいたします。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'unrel-kenji-own-forward', kind: 'unrelated', lang: 'ja', caseId: CASE.kenji, enc: 'jis7', trap: true,
    trusted: false, forUser: false, auth: 'none', deliveredTo: null,
    from: `岡田 健二 <${KENJI.keep}>`,
    note: 'the user\'s own forward to a colleague (sent copy, not delivered to him): unrelated, untrusted, not for user',
    to: '西村 <nishimura@naniwa-sys.example.co.jp>', date: jst('2026-10-12 12:30:44'), subject: `Fwd: ${formSubject(CASE.kenji)}`,
    text: `西村さん
AWS から統合完了したで、って来ましたわ。前の会社のアドレスはもう使わんで大丈夫です。
ほな。

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: 2026年10月12日(月) 11:03
Subject: ${formSubject(CASE.kenji)}

岡田様
お待たせいたしました。統合する作業が、本日完了しております。`,
  }),
  mk({
    slug: 'unrel-agent-ooo', kind: 'unrelated', lang: 'ja', caseId: CASE.soichiro, enc: 'jis7', trap: true,
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    note: 'agent\'s out-of-office auto-reply that promises to check later: unrelated',
    to: SOICHIRO.keep, date: jst('2026-08-28 19:00:03'), subject: `自動応答: ${formSubject(CASE.soichiro)}`,
    text: `誠に恐れ入りますが、8 月 28 日から 9 月 1 日まで不在にしております。
いただいたメールは、戻り次第確認のうえご連絡いたします。お急ぎの場合はケースにご返信ください。

小林`,
  }),
];

// keep the helpers referenced even if a later edit drops a use
void SUPPORT_JA;
void paras;
void quote;
void sfOriginalJa;
