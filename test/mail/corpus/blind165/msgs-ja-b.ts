// fh, Japanese part B: merge completed, badges moved, case closed.
import type { Msg } from './lib.js';
import {
  CASE, CREDLY_AWS, HARUTO, SUPPORT_ADDR, KENJI, MAKOTO, PORTAL, SAKURA, SUPPORT_JA, YUKI, formSubject, gmailJa, iphoneJa, mk, outlookJa, paras, sfOriginalJa, sfRef, to,
} from './common.js';

const credlyBadgeJa = (name: string, cert: string, badgeId: string): { text: string; html: string } => {
  const text = `${name} さん

Amazon Web Services Training and Certification から「${cert}」のバッジが発行されました。

[バッジを入手する] https://www.credly.com/earner/earned/badge/${badgeId}

よくある質問
Q. なぜこのメールが届いたのですか?
A. 発行元の組織が、このメールアドレス宛てにバッジを発行したためです。
Q. 以前のアドレスで受け取ったバッジはどうなりますか?
A. このアドレスのアカウントでまとめて管理できます。

Credly, Inc.`;
  const html = `<html><body><table width="600"><tr><td>
<p>${name} さん</p>
<p>Amazon Web Services Training and Certification から「${cert}」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/${badgeId}" style="background:#ff6b00;color:#fff;padding:8px 16px">バッジを入手する</a></p>
<h3>よくある質問</h3>
<p>Q. なぜこのメールが届いたのですか?<br>A. 発行元の組織が、このメールアドレス宛てにバッジを発行したためです。</p>
<p>Q. 以前のアドレスで受け取ったバッジはどうなりますか?<br>A. このアドレスのアカウントでまとめて管理できます。</p>
<p style="color:#777">Credly, Inc.</p>
</td></tr></table></body></html>`;
  return { text, html };
};

const b1 = credlyBadgeJa('健司', 'AWS Certified Solutions Architect - Associate', '5c1e8a7f-03d2-4b6e-9a41-7d2f0c3e8b15');
const b2 = credlyBadgeJa('由紀', 'AWS Certified Cloud Practitioner', 'a94f02d1-6e3b-4c58-8f17-2b0e9d4c6a70');

export const JA_B: Msg[] = [
  // ---------------- merge_completed ----------------
  mk({
    slug: 'ja-mc-sudeni', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji,
    note: '「ご質問の件、統合はすでに完了しております」 answering the customer\'s "how is it going?"',
    to: to(KENJI.ja, KENJI.keep), at: '2026-02-19 00:35:29',
    subject: formSubject(CASE.kenji), enc: 'jis7',
    text: `伊藤 健司 様

ご質問の件、統合はすでに完了しております。
${KENJI.srcId} の認定履歴は、${KENJI.keepId} のアカウントでご覧いただける状態です。
反映までブラウザのキャッシュが残る場合がありますので、一度サインアウトしてからお確かめください。

AWS トレーニングと認定 サポートチーム

${gmailJa('2026年2月19日(木) 8:50', `伊藤 健司 <${KENJI.keep}>`, `昨日同意の返信をしましたが、進み具合はいかがでしょうか。`)}`,
  }),
  mk({
    slug: 'ja-mc-numbered', kind: 'merge_completed', lang: 'ja', caseId: CASE.yuki,
    note: 'several numbered answers; answer 2 is the news (merged today); badge item is only a future step',
    from: SUPPORT_JA, to: to(YUKI.ja, YUKI.keep), at: '2026-03-05 05:50:14',
    subject: formSubject(CASE.yuki), enc: 'sjis8',
    text: `森 由紀 様

ご同意のご返信ありがとうございました。追加でいただいたご質問に順にお答えします。

1. 有効期限: 取得日基準のまま変わっておりません。
2. 作業状況: 本日、${YUKI.srcId} を ${YUKI.keepId} へ統合する作業を終えました。
3. バッジ: Credly からのご案内は、これから統合先のアドレス宛てに届く予定です。

ご不明な点があれば、本メールにご返信ください。
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-mc-portal', kind: 'merge_completed', lang: 'ja', caseId: null,
    note: 'the certification portal\'s own "accounts merged" notice with an FAQ; no case ID',
    from: PORTAL, to: to(SAKURA.ja, SAKURA.keep), at: '2026-04-11 04:02:57',
    subject: 'AWS 認定: アカウントの統合が完了しました', enc: 'utf8b64', wholeSubject: true,
    text: `木村 さくら 様

ご依頼のあったアカウントの統合が完了しました。
統合元: ${SAKURA.srcId}
統合先: ${SAKURA.keepId}

Q. 統合元のアカウントにはサインインできますか?
A. できません。今後は統合先のアカウントをご利用ください。

AWS 認定`,
    html: `<p>木村 さくら 様</p><p>ご依頼のあったアカウントの統合が完了しました。<br>統合元: ${SAKURA.srcId}<br>統合先: ${SAKURA.keepId}</p><p><b>Q. 統合元のアカウントにはサインインできますか?</b><br>A. できません。今後は統合先のアカウントをご利用ください。</p><p>AWS 認定</p>`,
  }),
  mk({
    slug: 'ja-mc-and-close', kind: 'merge_completed', lang: 'ja', caseId: CASE.haruto,
    note: 'completion that also says the case will now be closed: the new fact is the merge',
    to: to(HARUTO.ja, HARUTO.keep), at: '2026-01-26 02:14:46',
    subject: formSubject(CASE.haruto), enc: 'sjis8',
    text: `中村 陽翔 様

ご承諾ありがとうございました。「統合後に何か手続きは必要か」とのお尋ねですが、特にございません。
本日、アカウントの統合作業を完了いたしました。${HARUTO.keepId} にサインインすると、統合元で取得された認定もご確認いただけます。

以上をもちまして、本ケースはクローズさせていただきます。

AWS トレーニングと認定 サポート
${sfRef('HAR07')}`,
  }),
  mk({
    slug: 'ja-mc-please-check', kind: 'merge_completed', lang: 'ja', caseId: CASE.makoto,
    note: 'completion notice that asks the customer to check all looks right: stays merge_completed',
    from: SUPPORT_JA, to: to(MAKOTO.ja, MAKOTO.keep), at: '2026-03-25 06:31:08',
    subject: formSubject(CASE.makoto), enc: 'jisb64',
    text: `高橋様

ご承諾のご返信を受けて、統合作業を行い、先ほど完了いたしました。
お手数ですが、${MAKOTO.keepId} に認定と特典がすべて正しく表示されているか、ご確認いただけますと幸いです。
APN の付け替えについては、パートナー側の画面に反映されるまで数日かかる場合がございます。

AWS トレーニングと認定 カスタマーサポート

${outlookJa(`高橋 誠 <${MAKOTO.keep}>`, '2026年3月24日 9:15', 'AWS トレーニングと認定', `RE: ${formSubject(CASE.makoto)}`, '内容に同意します。統合を進めてください。')}`,
  }),
  mk({
    slug: 'ja-mc-mobile-q', kind: 'merge_completed', lang: 'ja', caseId: CASE.sakura,
    note: 'answers the customer\'s short mobile question "もう終わりましたか?" with the completion',
    from: SUPPORT_JA, to: to(SAKURA.ja, SAKURA.keep), at: '2026-04-11 03:40:21',
    subject: formSubject(CASE.sakura), enc: 'utf8qp',
    text: `木村様

お問い合わせの「もう終わりましたか」という点ですが、はい、つい先ほど統合が済みました。
個人のアカウント ${SAKURA.keepId} に大学のアカウントの認定が表示されています。

AWS トレーニングと認定

${iphoneJa('2026/04/11 11:58', `木村 さくら <${SAKURA.keep}>`, `承諾します。もう終わりましたか?\n\niPhoneから送信`)}`,
  }),
  mk({
    slug: 'ja-mc-forged-below', kind: 'merge_completed', lang: 'ja', caseId: CASE.kenji, trusted: false, auth: 'forgedBelow',
    note: 'completion claim whose only dmarc=pass sits below the receiving server\'s Received line (planted)',
    to: to(KENJI.ja, KENJI.keep), at: '2026-02-18 15:22:04',
    subject: formSubject(CASE.kenji), enc: 'jis7',
    text: `伊藤様

ご質問の件、アカウント統合が完了しました。
統合後の特典を受け取るには、下記のページで再度サインインしてください。
https://aws-cert-benefits.example.net/signin

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-mc-asked-done', kind: 'merge_completed', lang: 'ja', caseId: CASE.yuki,
    note: '「統合が完了したかとのお問い合わせですが、本日完了しました」, base64 Shift_JIS, Salesforce-style quote',
    from: SUPPORT_JA, to: to(YUKI.ja, YUKI.keep), at: '2026-03-05 01:03:37',
    subject: formSubject(CASE.yuki), enc: 'sjisb64',
    text: `森様

統合が完了したかとのお問い合わせですが、本日午前に作業を終え、統合先アカウントへの反映も確認いたしました。
統合元の特典(50% 割引)も、${YUKI.keepId} の特典画面に表示されております。

AWS トレーニングと認定

${sfOriginalJa(to(YUKI.ja, YUKI.keep), '2026年3月4日 22:10', `RE: ${formSubject(CASE.yuki)}`, '同意します。\nところで、もう統合は終わりましたか?')}`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'ja-bt-credly-alt', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'AWS badge issued via Credly to the kept address (「バッジ発行のお知らせ」), FAQ inside',
    from: CREDLY_AWS, to: to(KENJI.ja, KENJI.keep), at: '2026-02-20 10:14:33',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', enc: 'utf8b64', wholeSubject: true,
    text: b1.text, html: b1.html,
  }),
  mk({
    slug: 'ja-bt-support-moved', kind: 'badges_transferred', lang: 'ja', caseId: CASE.kenji,
    note: 'answers "my badges did not move": support moved them today and closes the case',
    to: to(KENJI.ja, KENJI.keep), at: '2026-02-23 04:47:12',
    subject: formSubject(CASE.kenji), enc: 'jis7',
    text: `伊藤 健司 様

「バッジが旧アドレスのままになっている」とのご質問をいただきました。
Credly と連携のうえ、本日 ${KENJI.keep} のアカウントへバッジを移しました。
ほかにご不明点がなければ、本ケースはこれにてクローズとさせていただきます。

AWS トレーニングと認定 サポートチーム

${gmailJa('2026年2月22日(日) 21:30', `伊藤 健司 <${KENJI.keep}>`, `統合ありがとうございました。\nただ、Credly のバッジが前のアドレスのままです。こちらは移りますか?\n\n${gmailJa('2026年2月19日(木) 9:35 AWS トレーニングと認定', `<${SUPPORT_ADDR}>`, `伊藤 健司 様\n\nご質問の件、統合はすでに完了しております。\n\n${gmailJa('2026年2月19日(木) 8:50', `伊藤 健司 <${KENJI.keep}>`, `昨日同意の返信をしましたが、進み具合はいかがでしょうか。\n\n${gmailJa('2026年2月18日(水) 11:40 AWS トレーニングと認定', `<${SUPPORT_ADDR}>`, `「あとから元に戻せますか」とのご質問をいただきましたが、アカウントの統合は取り消すことができません。\nそのうえで、以下の内容で統合してよろしいか、ご同意の旨を本メールにご返信ください。`)}`)}`)}`)}`,
  }),
  mk({
    slug: 'ja-bt-numbered', kind: 'badges_transferred', lang: 'ja', caseId: CASE.yuki,
    note: 'numbered answers where the first is the news: badges now on the kept account',
    from: SUPPORT_JA, to: to(YUKI.ja, YUKI.keep), at: '2026-03-09 02:58:45',
    subject: formSubject(CASE.yuki), enc: 'sjis8',
    text: `森 由紀 様

追加のご質問ありがとうございます。

1. バッジについて: 統合元のアドレスで発行されていたバッジ 2 件を、統合先 ${YUKI.keep} の Credly アカウントへ移行済みです。
2. 証明書の PDF: 認定ポータルの[認定]画面から、統合先のお名前で再ダウンロードできます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-bt-credly-html', kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'HTML-only AWS badge notice from Credly to the kept address',
    from: CREDLY_AWS, to: to(YUKI.ja, YUKI.keep), at: '2026-03-06 08:20:10',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', enc: 'utf8qp', wholeSubject: true,
    html: b2.html,
  }),
  mk({
    slug: 'ja-bt-credly-lookalike', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false,
    note: 'badge notice from credIy.com (capital I look-alike)',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', to: to(HARUTO.ja, HARUTO.keep), at: '2026-01-27 12:00:00',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', enc: 'utf8b64', wholeSubject: true,
    text: `陽翔 さん

Q. 統合後、バッジはどうなりますか?
A. 統合先のアカウントにバッジが移動しました。受け取りには下記からサインインしてください。
[バッジを入手する] https://credIy.com/badges/claim?u=haruto

Credly`,
  }),
  mk({
    slug: 'ja-bt-restate-merge', kind: 'badges_transferred', lang: 'ja', caseId: CASE.haruto,
    note: 'restates last week\'s merge, then the new event: the badges moved today',
    to: to(HARUTO.ja, HARUTO.keep), at: '2026-02-02 06:12:50',
    subject: formSubject(CASE.haruto), enc: 'jisb64',
    text: `中村様

先週ご案内したとおり、アカウントの統合は 1 月 26 日に完了しております。
その際にご質問のあった Credly のバッジですが、本日、統合先の ${HARUTO.keep} へ移し終えました。
Credly にサインインしてご確認ください。

AWS トレーニングと認定 サポート`,
  }),
  mk({
    slug: 'ja-bt-outlook', kind: 'badges_transferred', lang: 'ja', caseId: CASE.makoto,
    note: 'top-posted answer above an Outlook (Japanese) quote: the badges were re-attached to the kept address',
    from: SUPPORT_JA, to: to(MAKOTO.ja, MAKOTO.keep), at: '2026-03-30 07:44:19',
    subject: formSubject(CASE.makoto), enc: 'utf8qp',
    text: `高橋様

バッジはどうなったかとのお尋ねの件、Credly 上で ${MAKOTO.keep} に付け替えが完了しております。
3 件とも統合先のアカウントに表示されていることを当方でも確認しました。

AWS トレーニングと認定 カスタマーサポート

${outlookJa(`高橋 誠 <${MAKOTO.keep}>`, '2026年3月28日 20:41', 'AWS トレーニングと認定', `RE: ${formSubject(CASE.makoto)}`, '統合の件ありがとうございました。\nCredly のバッジはどうなりましたか?\n旧アドレス側にまだ残っているように見えます。')}`,
  }),
  mk({
    slug: 'ja-bt-other-ar', kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false, auth: 'otherOnly',
    note: 'badge notice whose only Authentication-Results is from another server (mx.google.com), below the server\'s Received',
    from: CREDLY_AWS, to: to(SAKURA.ja, SAKURA.keep), at: '2026-04-12 09:05:44',
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', enc: 'utf8b64', wholeSubject: true,
    text: `さくら さん

Amazon Web Services Training and Certification から「AWS Certified Developer - Associate」のバッジが発行されました。
[バッジを入手する] https://www.credly.com/earner/earned/badge/0f3b7c92-1d5e-4a8b-b6c4-93e1a2d70f58

Q. なぜこのメールが届いたのですか?
A. 発行元の組織が、このメールアドレス宛てにバッジを発行したためです。

Credly, Inc.`,
  }),
  mk({
    slug: 'ja-bt-answer-faq', kind: 'badges_transferred', lang: 'ja', caseId: CASE.sakura,
    note: 'FAQ-style answer: "Q. バッジは移りましたか? A. はい、本日移行しました"',
    to: to(SAKURA.ja, SAKURA.keep), at: '2026-04-14 02:33:06',
    subject: formSubject(CASE.sakura), enc: 'jis7',
    text: `木村 さくら 様

Q. バッジは個人のアカウントに移りましたか?
A. はい。大学のアドレスで発行されていたバッジを、本日 ${SAKURA.keep} 側へ移行いたしました。

Q. LinkedIn に載せているバッジのリンクは変わりますか?
A. 変わりません。これまでのリンクのままご利用いただけます。

AWS トレーニングと認定`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'ja-cc-auto', kind: 'case_closed', lang: 'ja', caseId: CASE.kenjiDup,
    note: 'the duplicate case will close automatically in 7 days without a reply; FAQ form',
    from: 'Amazon Web Services <no-reply-aws@amazon.com>', to: to(KENJI.ja, KENJI.keep), at: '2026-02-24 00:00:12',
    subject: `ケース ${CASE.kenjiDup} は 7 日後に自動的にクローズされます`, enc: 'jis7',
    text: `伊藤 健司 様

ケース ${CASE.kenjiDup} について、担当者からの最後のご連絡以降、ご返信をいただいておりません。

Q. このままにするとどうなりますか?
A. 7 日以内にご返信がない場合、ケースは自動的にクローズされます。

Q. まだ聞きたいことがある場合は?
A. 担当者からのメールにご返信いただくと、ケースは開いたままになります。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-cc-resolved', kind: 'case_closed', lang: 'ja', caseId: CASE.makoto,
    note: 'all questions answered, the case is marked resolved',
    from: SUPPORT_JA, to: to(MAKOTO.ja, MAKOTO.keep), at: '2026-04-02 01:20:40',
    subject: formSubject(CASE.makoto), enc: 'sjis8',
    text: `高橋様

バッジの表示についてもご確認いただけたとのこと、安心いたしました。
いただいたご質問にはすべてお答えできたと判断し、本ケースを解決済みといたしました。
今後新たなご質問が出てきましたら、新しくお問い合わせください。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-cc-restate-merge', kind: 'case_closed', lang: 'ja', caseId: CASE.haruto, trap: true,
    note: 'closing that only restates the earlier merge ("先週ご案内のとおり統合は完了") ',
    to: to(HARUTO.ja, HARUTO.keep), at: '2026-02-06 03:08:27',
    subject: formSubject(CASE.haruto), enc: 'jisb64',
    text: `中村 陽翔 様

「ほかに対応が残っていないか」とのお問い合わせをいただきました。
先週ご案内のとおり統合は完了しており、バッジの移行も済んでおりますので、本ケースはクローズいたします。

AWS トレーニングと認定 サポート`,
  }),
  mk({
    slug: 'ja-cc-restate-badges', kind: 'case_closed', lang: 'ja', caseId: CASE.yuki, trap: true,
    note: 'closing after restating that badges moved earlier (no new badge event)',
    from: SUPPORT_JA, to: to(YUKI.ja, YUKI.keep), at: '2026-03-16 04:45:31',
    subject: formSubject(CASE.yuki), enc: 'utf8qp',
    text: `森様

先日お知らせしたバッジの移行について、その後ご質問がございませんでしたので、本件は解決したものとしてケースを終了させていただきます。
再度ご不明な点が生じましたら、本メールにご返信ください。ケースが再開されます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-cc-reminder-html', kind: 'case_closed', lang: 'ja', caseId: CASE.sakura,
    note: 'HTML-only reminder: closes in 3 days without a reply',
    from: 'AWS Support <no-reply@support.aws.com>', to: to(SAKURA.ja, SAKURA.keep), at: '2026-04-17 00:00:05',
    subject: `ご返信のお願い: ケース ${CASE.sakura}`, enc: 'utf8b64', wholeSubject: true,
    html: `<html><body>
<p>木村 さくら 様</p>
<p>ケース ${CASE.sakura} の担当者がお客様のご返信をお待ちしています。</p>
<p><b>よくあるご質問:</b> 返信しないとどうなりますか?<br>
3 日以内にご返信がない場合、このケースはクローズされます。</p>
<p>AWS Support</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-cc-dup-case', kind: 'case_closed', lang: 'ja', caseId: CASE.kenjiDup, trap: true,
    note: 'the duplicate *case* is folded into the original and closed: not the account merge',
    to: to(KENJI.ja, KENJI.keep), at: '2026-02-18 09:40:02',
    subject: formSubject(CASE.kenjiDup), enc: 'jis7',
    text: `伊藤様

ケースを 2 件お作りいただいていたため、「どちらに返信すればよいか」とのご質問をいただきました。
こちらのケース ${CASE.kenjiDup} は元のケース ${CASE.kenji} に統合し、クローズいたします。
今後のご連絡は ${CASE.kenji} のメールにご返信ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-cc-mixed', kind: 'case_closed', lang: 'ja', caseId: CASE.kenji,
    note: 'English "case resolved" boilerplate plus a Japanese Q&A; language ja',
    from: 'Amazon Web Services <no-reply-aws@amazon.com>', to: to(KENJI.ja, KENJI.keep), at: '2026-02-26 00:00:40',
    subject: `Case ${CASE.kenji} has been resolved / ケース解決のお知らせ`, enc: 'utf8qp',
    text: `Your case ${CASE.kenji} has been resolved.

伊藤 健司 様
Q. 解決済みになったケースをもう一度開けますか?
A. 14 日以内であれば、担当者からのメールにご返信いただくと再開されます。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-cc-lookalike-server', kind: 'case_closed', lang: 'ja', caseId: CASE.yuki, trusted: false, auth: 'lookalikeServer',
    note: 'closing notice whose topmost Authentication-Results comes from mx.test.example.mailhub-relay.net (not the receiving server)',
    from: SUPPORT_JA, to: to(YUKI.ja, YUKI.keep), at: '2026-03-17 02:11:48',
    subject: formSubject(CASE.yuki), enc: 'sjisb64',
    text: `森 由紀 様

ご返信がなかったため、本ケースはクローズされました。ご質問がある場合は改めてお問い合わせください。

AWS トレーニングと認定`,
  }),
];

void paras;
