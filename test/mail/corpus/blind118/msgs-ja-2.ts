// Japanese messages, part 2: completions, badges, closings, other replies and unrelated mail.
import type { Msg } from './lib.js';
import { CASE, CHIHIRO, CREDLY_AWS, DAISUKE, MISAKI, NOREPLY, SUPPORT, SUPPORT_BARE, formSubject, htmlDoc, mk, olJa, paras, quote, sf } from './common.js';

const M = CASE.misaki;
const D = CASE.daisuke;
const C = CASE.chihiro;

export const JA2: Msg[] = [
  // ---------------- merge_completed ----------------
  mk({
    slug: 'ja-done-certops-jis', kind: 'merge_completed', lang: 'ja', caseId: M, trap: false,
    note: 'front line relays that the certification operations team finished the merge',
    to: MISAKI.keep, subject: formSubject(M), at: ['2026-10-13 16:44:02', '+0900'], enc: 'jis7',
    text: `中村 美咲 様

ご同意のご返信ありがとうございました。
認定運用チームより、${MISAKI.srcId} から ${MISAKI.keepId} への統合作業を終えたとの報告を受けました。
今後は ${MISAKI.keep} でサインインしていただければ、前職で取得された認定もあわせてご覧いただけます。

伊藤 遥`,
  }),
  mk({
    slug: 'ja-done-sooner-sjis', kind: 'merge_completed', lang: 'ja', caseId: D, trap: false,
    note: 'restates an earlier estimate from another agent next to the new fact: the merge is done',
    to: DAISUKE.keep, subject: formSubject(D), at: ['2026-10-13 11:09:51', '+0900'], enc: 'sjis8',
    text: `井上様

先日、伊藤より「作業には数日かかる見込み」とお伝えしておりましたが、本日午前、統合処理が完了いたしましたのでご報告します。
${DAISUKE.keep} のアカウントに、SAA・DVA・SOA の 3 件が表示されているはずです。

高橋 誠`,
  }),
  mk({
    slug: 'ja-done-bilingual-qp', kind: 'merge_completed', lang: 'ja', caseId: C, trap: false,
    note: 'Tokyo announces completion in Japanese, Seattle repeats in English, and the case will be closed',
    to: CHIHIRO.keep, subject: formSubject(C), at: ['2026-10-17 09:30:11', '+0900'], enc: 'utf8qp',
    text: `小林 千尋 様

お待たせいたしました。大学アドレス側のアカウントを、${CHIHIRO.keepId} へ統合し終えました。特典のバウチャーも統合先に移っております。
ご不明点がなければ、本ケースはこのままクローズいたします。

伊藤 遥(東京)

[English - Seattle team]
The accounts are now merged into ${CHIHIRO.keepId}. We'll close the case unless you need anything else. - Rachel`,
  }),
  mk({
    slug: 'ja-done-portal-html', kind: 'merge_completed', lang: 'ja', caseId: null, trap: false,
    note: 'certification portal\'s own merge notice, no case ID',
    from: 'AWS Certification <no-reply@certification.aws.training>', to: DAISUKE.keep,
    subject: 'AWS 認定: アカウントの統合が完了しました', at: ['2026-10-13 02:01:37', '+0000'], enc: 'utf8b64',
    html: htmlDoc(`<p>${DAISUKE.ja} 様</p>
<p>お客様の AWS 認定アカウントは、候補者 ID <b>${DAISUKE.keepId}</b> に統合されました。</p>
<p>認定の履歴、特典、トランスクリプトは統合後のアカウントからご確認いただけます。</p>
<p>AWS Certification</p>`, 'ja'),
  }),
  mk({
    slug: 'ja-done-failforged-jisb64', kind: 'merge_completed', lang: 'ja', caseId: M, trap: false,
    note: 'completion text, but the top verdict is dmarc=fail and a planted pass sits lower: untrusted',
    auth: 'failThenForged', to: MISAKI.keep, subject: formSubject(M), at: ['2026-10-12 22:10:00', '+0900'], enc: 'jisb64',
    text: `中村様

アカウントの統合が完了しました。
統合後のアカウントを有効化するため、24 時間以内に下記 URL からサインインし直してください。
https://aws-certification-login.example.net/verify

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-done-resent-sjisb64', kind: 'merge_completed', lang: 'ja', caseId: D, trap: false,
    note: 'completion notice redirected by the old company\'s server to its helpdesk (Resent-*): not for the user',
    forUser: false, to: DAISUKE.src, subject: formSubject(D), at: ['2026-10-13 11:20:00', '+0900'], enc: 'sjisb64',
    resent: { from: 'postmaster@corp-a.example.co.jp', to: 'it-helpdesk@corp-a.example.co.jp', date: 'Tue, 13 Oct 2026 11:25:14 +0900' },
    text: `井上様

統合元アカウント(${DAISUKE.srcId})宛にもお知らせいたします。
本日付で ${DAISUKE.keepId} への統合を実施し、完了いたしました。今後このアカウントではサインインできません。

AWS トレーニングと認定 カスタマーサポート 高橋`,
  }),
  mk({
    slug: 'ja-done-internal-utf8', kind: 'merge_completed', lang: 'ja', caseId: C, trap: false,
    note: 'internal note left in about a pending Credly ticket; the new fact is that the merge finished',
    to: CHIHIRO.keep, subject: formSubject(C), at: ['2026-10-17 08:55:30', '+0900'], enc: 'utf88bit',
    text: `[Internal] Credly 側の移行チケット未起票。顧客送付後に起票すること - 伊藤

小林様

統合作業が終わりましたのでご連絡いたします。統合先アカウントで、大学時代に取得された Cloud Practitioner も表示されております。
Credly のバッジにつきましては、反映まで別途お時間をいただく場合がございます。

伊藤`,
  }),
  mk({
    slug: 'ja-done-checkplease-jis', kind: 'merge_completed', lang: 'ja', caseId: M, trap: false,
    note: 'agent writing for a colleague says the merge is finished and asks to check it looks right',
    to: MISAKI.keep, subject: formSubject(M), at: ['2026-10-13 17:20:44', '+0900'], enc: 'jis7', crlf: false,
    text: `中村様

伊藤に代わりましてご連絡します、高橋です。
統合の処理が終わりました。お手数ですが、${MISAKI.keep} でサインインし、CLF・SAA・SAP の 3 件がそろっているか念のためご覧ください。

高橋

${olJa(`中村 美咲 <${MISAKI.keep}>`, '2026年10月12日 8:03', SUPPORT_BARE, formSubject(M), '統合に同意します。よろしくお願いします。')}`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'ja-badge-credly-alt', kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'Credly notice in Japanese: an AWS badge was issued to the kept account',
    from: CREDLY_AWS, relay: 'o1.em.credly.com', to: MISAKI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', at: ['2026-10-14 03:12:09', '+0000'], enc: 'utf8b64', wholeSubject: true,
    text: `${MISAKI.ja}さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Professional」のバッジが発行されました。
下のリンクからバッジを入手してください。

バッジを入手する: https://www.credly.com/badges/accept-example

Credly`,
    html: htmlDoc(`<p>${MISAKI.ja}さん</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Professional」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/badges/accept-example">バッジを入手する</a></p><p>Credly</p>`, 'ja'),
  }),
  mk({
    slug: 'ja-badge-certops-jis', kind: 'badges_transferred', lang: 'ja', caseId: M, trap: false,
    note: 'certification operations team reports the Credly badges moved; agent closes the case',
    to: MISAKI.keep, subject: formSubject(M), at: ['2026-10-15 10:02:58', '+0900'], enc: 'jis7',
    text: `中村 美咲 様

お問い合わせいただいていた Credly のバッジの件、認定運用チームより、統合前のアカウントに付いていた 2 件のバッジを ${MISAKI.keep} の Credly アカウントへ移したと連絡がございました。
以上をもちまして本件はクローズとさせていただきます。

高橋 誠`,
  }),
  mk({
    slug: 'ja-badge-seattle-qp', kind: 'badges_transferred', lang: 'ja', caseId: D, trap: false,
    note: 'Japanese note plus Seattle\'s English: badges now on the kept Credly profile',
    to: DAISUKE.keep, subject: formSubject(D), at: ['2026-10-15 01:40:19', '+0900'], enc: 'utf8qp',
    text: `井上様

夜間帯のためシアトルの担当から英語でご連絡が入っておりましたので、日本語で要点をお伝えします。
会社アドレスに紐付いていた SAA と DVA のバッジは、個人アドレスの Credly アカウントに移されました。

高橋

> From Seattle (Diego): Both badges (SAA, DVA) were re-issued to ${DAISUKE.keep} on Credly. The old profile no longer holds them.`,
  }),
  mk({
    slug: 'ja-badge-manual-sjis', kind: 'badges_transferred', lang: 'ja', caseId: C, trap: false,
    note: 'corrects a colleague (badges did not move by themselves) and says they were moved by hand',
    to: CHIHIRO.keep, subject: formSubject(C), at: ['2026-10-19 14:33:06', '+0900'], enc: 'sjis8',
    text: `小林様

前回、高橋より「バッジは統合後に自動で移ります」とご案内しておりましたが、確認したところ移っておりませんでした。失礼いたしました。
本日こちらで手作業にて移行し、${CHIHIRO.keep} の Credly プロフィールに Cloud Practitioner のバッジが表示されていることを確認済みです。

伊藤 遥`,
  }),
  mk({
    slug: 'ja-badge-lookalike-html', kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'badge notice from a look-alike Credly domain: untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>', to: DAISUKE.keep,
    subject: 'バッジが新しいアカウントへ移動されました', at: ['2026-10-14 07:45:00', '+0000'], enc: 'utf8b64', wholeSubject: true,
    html: htmlDoc(`<p>井上様</p><p>お客様のバッジは新しいアカウントへ移動されました。受け取りにはログインが必要です。</p>
<p><a href="https://credly-badges.net/login">ログインして確認</a></p>`, 'ja'),
  }),
  mk({
    slug: 'ja-badge-two-hands-jisb64', kind: 'badges_transferred', lang: 'ja', caseId: D, trap: false,
    note: 'agent and supervisor in one mail: the badges were moved',
    to: DAISUKE.keep, subject: formSubject(D), at: ['2026-10-15 15:12:40', '+0900'], enc: 'jisb64',
    text: `井上様

伊藤:バッジ移行のご依頼、対応が済んでおります。Credly 上で個人アドレス側に 3 件とも並んでいるはずです。

森(主任):上記、私のほうでも Credly の表示を確認いたしました。長らくお待たせしました。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-badge-credly-new-qp', kind: 'badges_transferred', lang: 'ja', caseId: null, trap: false,
    note: 'Credly: a new AWS badge is waiting on the kept account',
    from: CREDLY_AWS, relay: 'o2.em.credly.com', to: CHIHIRO.keep,
    subject: '新しいバッジが届いています: AWS Certified Cloud Practitioner', at: ['2026-10-19 05:01:12', '+0000'], enc: 'utf8qp', hdr: 'utf8q',
    text: `小林 千尋さん、おめでとうございます。

Amazon Web Services Training and Certification が「AWS Certified Cloud Practitioner」をあなたに発行しました。
バッジを受け取ると、プロフィールで公開したり LinkedIn で共有したりできます。

バッジを入手する
https://www.credly.com/earner/earned/badge/example-ccp

Credly チーム`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'ja-close-reminder-jis', kind: 'case_closed', lang: 'ja', caseId: M, trap: false,
    note: 'reminder that the case closes in 3 days without a reply',
    from: NOREPLY, to: MISAKI.keep, subject: `[CASE ${M}] ご返信をお待ちしています`, at: ['2026-10-16 00:00:41', '+0000'], enc: 'jis7',
    text: `ケース ${M} について、担当者からの最後のメッセージにまだご返信がありません。
3 日以内にご返信がない場合、本ケースは自動的にクローズされます。クローズ後も、同じケースに返信すれば再開できます。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-close-restate-sjis', kind: 'case_closed', lang: 'ja', caseId: D, trap: true,
    note: 'closing notice that only restates last week\'s merge',
    to: DAISUKE.keep, subject: formSubject(D), at: ['2026-10-20 10:00:12', '+0900'], enc: 'sjis8',
    text: `井上様

先週お知らせしましたとおり、アカウントの統合およびバッジの移行は完了しております。
その後ご連絡がございませんでしたので、本ケースはこれにてクローズいたします。

高橋 誠`,
  }),
  mk({
    slug: 'ja-close-resolved-html', kind: 'case_closed', lang: 'ja', caseId: C, trap: false,
    note: 'AWS Support notice that the case is resolved',
    from: NOREPLY, to: CHIHIRO.keep, subject: `ケース ${C} は解決済みになりました`, at: ['2026-10-20 06:30:00', '+0000'], enc: 'utf8b64', wholeSubject: true,
    html: htmlDoc(`<p>サポートケース <b>${C}</b> のステータスが「解決済み」に変わりました。</p>
<p>引き続きお困りのことがあれば、このケースを再度開いてください。</p><p>Amazon Web Services</p>`, 'ja'),
  }),
  mk({
    slug: 'ja-close-otheronly-jisb64', kind: 'case_closed', lang: 'ja', caseId: M, trap: false,
    note: 'closing text, but only a foreign authserv-id vouches for it: untrusted',
    auth: 'otherOnly', to: MISAKI.keep, subject: formSubject(M), at: ['2026-10-18 12:00:00', '+0900'], enc: 'jisb64',
    text: `中村様

本ケースはクローズされました。ご利用ありがとうございました。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-close-cover-qp', kind: 'case_closed', lang: 'ja', caseId: C, trap: false,
    note: 'an agent closes the case on behalf of an absent colleague after no reply',
    to: CHIHIRO.keep, subject: formSubject(C), at: ['2026-10-24 10:10:10', '+0900'], enc: 'utf8qp',
    text: `小林様

担当の伊藤が不在のため、代わって森がご連絡いたします。
バッジの件でお送りした前回のメールから 1 週間ほどご返信がございませんので、本件は解決したものとしてケースをクローズいたします。再度お問い合わせの際は、本メールにご返信ください。

森 亜紀`,
  }),
  mk({
    slug: 'ja-close-dupcase-sjisb64', kind: 'case_closed', lang: 'ja', caseId: CASE.misakiDup, trap: true,
    note: 'the duplicate case is folded into the original and closed; not the account merge',
    to: MISAKI.keep, subject: formSubject(CASE.misakiDup), at: ['2026-10-07 10:50:33', '+0900'], enc: 'sjisb64',
    text: `中村様

同じご依頼でケースが 2 件作成されておりました。こちらのケース(${CASE.misakiDup})は、先に作成された ${M} に統合のうえクローズいたします。
以降のやり取りは ${M} にて田中が承ります。

鈴木`,
  }),
  mk({
    slug: 'ja-close-noreply-jis', kind: 'case_closed', lang: 'ja', caseId: D, trap: false,
    note: 'closed after seven days without a reply; one English line from Seattle',
    to: DAISUKE.keep, subject: formSubject(D), at: ['2026-10-27 09:05:00', '+0900'], enc: 'jis7',
    text: `井上様

7 日間ご返信がなかったため、本ケースはクローズとなりました。
(Seattle: closed per policy, no reply for 7 days.)

AWS トレーニングと認定 カスタマーサポート`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'ja-sr-handover-jis', kind: 'support_reply', lang: 'ja', caseId: M, trap: true,
    note: 'handover note and status: checking with the ops team whether the merge is possible',
    to: MISAKI.keep, subject: formSubject(M), at: ['2026-10-09 09:15:20', '+0900'], enc: 'jis7',
    text: `中村様

本日より、鈴木に代わり高橋が本件を担当いたします。
頂いた情報をもとに、認定運用チームへ統合の可否を問い合わせております。回答があり次第ご連絡いたしますので、今しばらくお待ちください。

高橋 誠`,
  }),
  mk({
    slug: 'ja-sr-thanks-sjis', kind: 'support_reply', lang: 'ja', caseId: D, trap: true,
    note: 'thanks for consenting, passed to the ops team; completion promised later',
    to: DAISUKE.keep, subject: formSubject(D), at: ['2026-10-12 13:30:48', '+0900'], enc: 'sjis8',
    text: `井上様

ご同意のご返信、確かに拝受しました。認定運用チームへ作業を依頼済みです。
統合が完了しましたら、改めてこちらからお知らせいたします。

高橋`,
  }),
  mk({
    slug: 'ja-sr-correct-qp', kind: 'support_reply', lang: 'ja', caseId: C, trap: true,
    note: 'corrects a colleague: the merge is NOT finished yet',
    to: CHIHIRO.keep, subject: formSubject(C), at: ['2026-10-16 12:04:39', '+0900'], enc: 'utf8qp',
    text: `小林様

昨日、田中より「統合が完了した」とお伝えしましたが、運用チームに確認したところ、作業はまだ終わっておりませんでした。誤ったご案内をしてしまい申し訳ございません。
現在作業中で、終わり次第あらためてご連絡いたします。

伊藤 遥`,
  }),
  mk({
    slug: 'ja-sr-internal-jisb64', kind: 'support_reply', lang: 'ja', caseId: M, trap: true,
    note: 'internal plan (merge, then badges, then close) left in the mail; the customer text is a status',
    to: MISAKI.keep, subject: formSubject(M), at: ['2026-10-12 19:40:02', '+0900'], enc: 'jisb64',
    text: `〔社内〕運用チーム作業待ち。統合完了後にバッジ確認→問題なければクローズ(伊藤)

中村様

ご返信ありがとうございます。ただいま専門チームにて作業の順番をお待ちいただいている状況です。進みがありましたらご連絡します。

伊藤`,
  }),
  mk({
    slug: 'ja-sr-gmail-agent-utf8', kind: 'support_reply', lang: 'ja', caseId: M, trap: true,
    note: 'a self-styled agent writing from free mail: untrusted; future merge only',
    from: 'AWSサポート 田中 <ken.tanaka.aws@gmail.com>', auth: 'pass', to: MISAKI.keep,
    subject: formSubject(M), at: ['2026-10-11 22:15:00', '+0900'], enc: 'utf88bit',
    text: `中村様

田中です。社外から失礼します。統合は週明けに実施される予定です。
急ぎの場合はこちらのアドレスへ直接ご連絡ください。

田中`,
  }),
  mk({
    slug: 'ja-sr-seattle-b64', kind: 'support_reply', lang: 'ja', caseId: D, trap: true,
    note: 'Tokyo restates Seattle\'s English answer: the merge is scheduled for next week (future)',
    to: DAISUKE.keep, subject: formSubject(D), at: ['2026-10-10 09:00:59', '+0900'], enc: 'utf8b64',
    text: `井上様

昨夜シアトルのチームから英語でお返事が届いていたかと存じますので、日本語で補足いたします。
「統合は来週前半に実施予定」という内容でございます。実施後にあらためてお知らせします。

高橋

2026年10月10日(土) 1:12 AWS Training and Certification <${SUPPORT_BARE}>:
> Hi Daisuke, the merge is scheduled for early next week. - Diego (Seattle)`,
  }),
  mk({
    slug: 'ja-sr-cannot-sjisb64', kind: 'support_reply', lang: 'ja', caseId: C, trap: true,
    note: 'the merge cannot be done yet (pending exam booking); negative, no request',
    to: CHIHIRO.keep, subject: formSubject(C), at: ['2026-10-15 10:41:27', '+0900'], enc: 'sjisb64',
    text: `小林様

運用チームより、大学アドレス側のアカウントに試験の予約が残っているため、現時点では統合できないとの回答がありました。
予約はこちらで取り消し手続き中ですので、反映され次第、作業を再開いたします。

伊藤`,
  }),
  mk({
    slug: 'ja-sr-supervisor-jis', kind: 'support_reply', lang: 'ja', caseId: M, trap: false,
    note: 'supervisor apologises for the changing agents and takes ownership',
    to: MISAKI.keep, subject: formSubject(M), at: ['2026-10-12 12:12:12', '+0900'], enc: 'jis7',
    text: `中村 美咲 様

東京カスタマーサポートで主任をしております森です。
担当者の交代が重なり、同じことを何度もお尋ねする形になってしまいました。申し訳ございません。
本件は今後、私が最後まで責任をもって見届けます。ご不明な点は遠慮なくお申し付けください。

森 亜紀`,
  }),
  mk({
    slug: 'ja-sr-dupmerged-qp', kind: 'support_reply', lang: 'ja', caseId: M, trap: true,
    note: '"we merged your duplicate cases" is about support cases, not the accounts',
    to: MISAKI.keep, subject: formSubject(M), at: ['2026-10-07 11:02:00', '+0900'], enc: 'utf8qp',
    text: `中村様

重複して作成されていたお問い合わせ(${CASE.misakiDup})は、こちらのケースにまとめました。以後は本ケースでご連絡いたします。

田中`,
  }),
  mk({
    slug: 'ja-sr-writefromkeep-sjis', kind: 'support_reply', lang: 'ja', caseId: D, trap: false,
    note: 'asks the customer to write from the address he keeps, without asking for data',
    to: DAISUKE.src, subject: formSubject(D), at: ['2026-10-08 15:20:31', '+0900'], enc: 'sjis8',
    text: `井上様

会社のメールアドレスからご返信をいただきましたが、本人確認の都合上、今後のやり取りは統合後に残すアカウントのメールアドレスからお送りいただけますでしょうか。
内容は引き続き高橋が拝見します。

高橋`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'ja-un-survey-html', kind: 'unrelated', lang: 'ja', caseId: M, trap: true,
    note: 'satisfaction survey mentioning the closed case',
    from: NOREPLY, to: MISAKI.keep, subject: 'サポートのご利用についてのアンケート', at: ['2026-10-16 03:00:00', '+0000'], enc: 'utf8b64', wholeSubject: true,
    html: htmlDoc(`<p>最近クローズされたケース (${M}) について、お客様のご意見をお聞かせください。</p>
<p>問題は解決しましたか? <a href="https://survey.example.invalid/1">はい</a> | <a href="https://survey.example.invalid/0">いいえ</a></p>`, 'ja'),
  }),
  mk({
    slug: 'ja-un-agent-ooo-jis', kind: 'unrelated', lang: 'ja', caseId: D, trap: true,
    note: 'the agent\'s out-of-office auto-reply naming merge requests',
    from: '高橋 誠 <makoto.takahashi@amazon.com>', to: DAISUKE.keep,
    subject: `自動応答: ${formSubject(D)}`, at: ['2026-10-14 08:00:05', '+0900'], enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `10 月 14 日から 16 日まで不在にしております。
アカウント統合のご依頼など、お急ぎの件は担当窓口宛にお送りください。別の担当者が対応いたします。

高橋`,
  }),
  mk({
    slug: 'ja-un-own-consent-utf8', kind: 'unrelated', lang: 'ja', caseId: M, trap: true,
    note: 'the user\'s own consent reply (copy to herself)',
    from: `${MISAKI.ja} <${MISAKI.keep}>`, auth: 'none', to: SUPPORT, cc: MISAKI.keep,
    subject: formSubject(M), at: ['2026-10-12 08:03:00', '+0900'], enc: 'utf88bit',
    text: `伊藤様

統合に同意します。前職側のアカウントは今後使いませんので、バッジの移行もあわせてお願いします。

中村

${sf('AWS Training and Certification', '2026/10/10 18:02', MISAKI.keep, formSubject(M), '(統合の最終確認)')}`,
  }),
  mk({
    slug: 'ja-un-fwd-colleague-sjis', kind: 'unrelated', lang: 'ja', caseId: D, trap: true,
    note: 'the user forwards the completion mail to a colleague; not delivered to him',
    from: `${DAISUKE.ja} <${DAISUKE.keep}>`, auth: 'none', forUser: false, to: '山口 さん <yamaguchi@corp-a.example.co.jp>',
    subject: `Fw: ${formSubject(D)}`, at: ['2026-10-13 12:30:00', '+0900'], enc: 'sjis8',
    text: `山口さん

統合完了の連絡が来たので共有します。社内の資格一覧の更新をお願いします。

井上

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: 2026年10月13日(火) 11:09
Subject: ${formSubject(D)}

井上様
本日午前、統合処理が完了いたしましたのでご報告します。`,
  }),
  mk({
    slug: 'ja-un-colleague-ooo-jisb64', kind: 'unrelated', lang: 'ja', caseId: null, trap: false,
    note: 'a colleague\'s out-of-office reply',
    from: '山口 恵 <yamaguchi@corp-a.example.co.jp>', auth: 'none', to: DAISUKE.keep,
    subject: '不在通知', at: ['2026-10-13 12:30:20', '+0900'], enc: 'jisb64', wholeSubject: true,
    extra: ['Auto-Submitted: auto-replied'],
    text: `只今、出張のため 10/19 まで不在にしております。戻り次第お返事いたします。
山口`,
  }),
  mk({
    slug: 'ja-un-refund-jisb64', kind: 'unrelated', lang: 'ja', caseId: CASE.misakiRefund, trap: true,
    note: 'reply on the user\'s other case (exam refund): completed and closing, but not the merge case',
    to: MISAKI.keep, subject: formSubject(CASE.misakiRefund).replace('account-assistance', 'exam-refund'), at: ['2026-10-09 14:00:00', '+0900'], enc: 'jisb64',
    text: `中村様

試験料の返金についてのお問い合わせ(${CASE.misakiRefund})の件、返金の手続きが完了しました。カード会社により反映まで数日かかる場合がございます。
本件はこれでクローズいたします。

鈴木`,
  }),
  mk({
    slug: 'ja-un-ms-credly-qp', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly badge from another issuer (Microsoft)',
    from: 'Microsoft via Credly <admin@credly.com>', relay: 'o1.em.credly.com', to: CHIHIRO.keep,
    subject: 'Microsoftのバッジ発行のお知らせ', at: ['2026-10-18 04:44:44', '+0000'], enc: 'utf8qp', hdr: 'utf8q', wholeSubject: true,
    text: `小林 千尋さん

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。
バッジを入手する: https://www.credly.com/badges/accept-ms-example`,
  }),
  mk({
    slug: 'ja-un-examresult-sjisb64', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'exam result notice; says results are reflected in the account',
    from: 'AWS Certification <no-reply@certification.aws.training>', to: MISAKI.keep,
    subject: '試験結果のお知らせ', at: ['2026-10-21 06:10:00', '+0000'], enc: 'sjisb64', wholeSubject: true,
    text: `中村 美咲 様

AWS Certified Security - Specialty の試験結果が確定しました。結果は認定アカウントに反映済みで、デジタルバッジは数日以内に Credly からお送りします。`,
  }),
  mk({
    slug: 'ja-un-summit-html', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'event marketing to a company list (certified lounge, badge check): not for the user',
    from: 'AWS Japan イベント事務局 <aws-japan-events@amazon.com>', forUser: false, to: 'aws-users@corp-a.example.co.jp',
    subject: 'AWS Summit 認定者ラウンジのご案内', at: ['2026-10-02 10:00:00', '+0900'], enc: 'utf8b64', wholeSubject: true,
    html: htmlDoc(`<h2>認定者ラウンジのご案内</h2><p>受付で Credly のバッジまたは認定アカウントの画面をご提示ください。確認が完了した方にノベルティをお渡しします。</p>`, 'ja'),
  }),
  mk({
    slug: 'ja-un-credly-mergecode-b64', kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'Credly\'s own account-merge verification code',
    from: 'Credly <noreply@credly.com>', relay: 'o2.em.credly.com', to: DAISUKE.keep,
    subject: 'Credly アカウント統合の確認コード', at: ['2026-10-16 09:09:09', '+0000'], enc: 'utf8b64',
    text: `Credly でアカウントの統合がリクエストされました。
確認コード: 482913
このコードを画面に入力すると、2 つの Credly アカウントが統合されます。心当たりがない場合は無視してください。`,
  }),
];

