// Set av, Japanese messages (part 2: merge_completed, badges_transferred, case_closed, support_reply, unrelated).
import type { Msg } from './lib.js';
import { C, CREDLY_AWS, KEN, KEN_REQ, MISAKI, MISAKI_REQ, NOTIFY, PORTAL, SHO, SUPPORT, formSubject, d, htmlDoc, mk, paras, quote, sfRef } from './common.js';
import { to } from './common.js';

const kenTo = to(KEN.ja, KEN.keep);
const misTo = to(MISAKI.ja, MISAKI.keep);
const shoTo = to(SHO.ja, SHO.keep);

const doneBody = `鈴木様

お待たせいたしました。ご依頼いただいた認定アカウントの統合が完了しました。
${KEN.srcId} の認定・受験履歴は ${KEN.keepId} でご確認いただけます。
特典(受験割引バウチャー)も統合先に表示されます。

AWS Training and Certification`;

export const JA2: Msg[] = [
  // ---------------- merge_completed ----------------
  mk({
    slug: 'ja-done-candidate-id-braces', kind: 'merge_completed', lang: 'ja', caseId: C.ken, enc: 'jis7',
    note: 'the merge is done; the kept candidate ID placeholder {{candidate_id}} was not filled',
    to: kenTo, subject: formSubject(C.ken), date: d('2026-01-23 09:12:40', '+0900'),
    text: `鈴木 健一 様

ご同意いただきありがとうございました。本日、アカウントの統合作業が完了いたしました。
今後は候補者 ID {{candidate_id}} のアカウントでサインインしてください。
認定の一覧に旧アカウントの資格が並んでいるか、念のためご確認ください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-done-sent-twice-first', kind: 'merge_completed', lang: 'ja', caseId: C.ken2, enc: 'utf8qp', messageId: `<done-${C.ken2}-1@amazon.com>`,
    note: 'completion notice (first of two identical sends)',
    to: to(KEN.ja, KEN.src), subject: formSubject(C.ken2), date: d('2026-02-13 10:00:05', '+0900'),
    text: doneBody,
  }),
  mk({
    slug: 'ja-done-sent-twice-second', kind: 'merge_completed', lang: 'ja', caseId: C.ken2, enc: 'utf8qp', messageId: `<done-${C.ken2}-2@amazon.com>`,
    note: 'the same completion notice sent again a minute later; still the completion',
    to: to(KEN.ja, KEN.src), subject: formSubject(C.ken2), date: d('2026-02-13 10:01:07', '+0900'),
    text: doneBody,
  }),
  mk({
    slug: 'ja-done-portal-firstname', kind: 'merge_completed', lang: 'ja', enc: 'sjis8', from: PORTAL,
    note: 'certification portal notice (no case ID) that the accounts were merged; %FIRSTNAME% unfilled',
    to: misTo, subject: 'AWS 認定: アカウントが統合されました', date: d('2026-01-28 18:30:00', '+0900'),
    text: `%FIRSTNAME% 様

お使いの AWS 認定アカウントは、別のアカウントと統合されました。
統合元のアカウントではサインインできなくなります。認定、試験履歴、特典は
このメールアドレスのアカウントにまとめられています。

身に覚えのない場合はサポートまでご連絡ください。
AWS Certification`,
  }),
  mk({
    slug: 'ja-done-english-block-check', kind: 'merge_completed', lang: 'ja', caseId: C.misaki, enc: 'jisb64',
    note: 'completion with an untranslated English paragraph and a "please check" request; stays merge_completed',
    to: misTo, subject: formSubject(C.misaki), date: d('2026-01-29 11:47:19', '+0900'),
    text: `中村様

統合処理が終わりました。

Your accounts have been successfully merged. All certifications and exam history
now appear under the primary account.

お手数ですが、${MISAKI.keep} でサインインして、認定と特典がそろっているかご確認ください。
気になる点があればこのメールにご返信ください。

AWS トレーニングと認定 山口

2026年1月27日(火) 8:02 ${MISAKI.ja} <${MISAKI.keep}>:
> 山口様
> 統合に同意します。よろしくお願いいたします。
>
> 2026年1月26日(月) 14:06 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
>> 中村様
>> ${MISAKI.src} のアカウントを ${MISAKI.keep} 側へまとめる準備ができました。
>> 上記にご同意いただけましたら、その旨ご返信ください。
>>
>> 2026年1月24日(土) 19:30 ${MISAKI.ja} <${MISAKI.keep}>:
>>> 残すのは個人アドレスの方です。候補者IDは ${MISAKI.keepId} です。
>>>
>>> 2026年1月23日(金) 10:40 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
>>>> 統合後に残すのは、個人アドレスのアカウントと前職アドレスのアカウントのどちらになりますでしょうか。
>>>>
>>>>> ${MISAKI_REQ.split('\n').join('\n>>>>> ')}`,
  }),
  mk({
    slug: 'ja-done-close-doubled', kind: 'merge_completed', lang: 'ja', caseId: C.sho, enc: 'sjisb64',
    note: 'says the merge was carried out and the case will close; the closing line printed twice',
    to: shoTo, subject: formSubject(C.sho), date: d('2026-02-06 17:25:58', '+0900'),
    text: `伊藤様

ご承認ありがとうございました。${SHO.srcId} のアカウントを ${SHO.keepId} に統合しました。
旧アカウントの認定は個人アカウント側に移っております。

本件はこれにてクローズとさせていただきます。
本件はこれにてクローズとさせていただきます。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-done-waiting-status-pasted', kind: 'merge_completed', lang: 'ja', caseId: C.sho2, enc: 'utf88bit', trap: true,
    note: 'completion to the wrong-named customer with a "waiting for customer information" status line pasted from another template',
    to: to(SHO.ja, SHO.src), subject: formSubject(C.sho2), date: d('2026-02-25 08:33:27', '+0900'),
    text: `山本様
ステータス: お客様からの情報待ち

ご返信ありがとうございました。統合作業を実施し、先ほど完了しております。
候補者 ID ${SHO.keepId} で、統合元 ${SHO.srcId} の認定をご覧いただけます。

森
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-done-lookalike-amaz0n', kind: 'merge_completed', lang: 'ja', caseId: C.misakiDup, enc: 'jis7', trusted: false,
    from: 'AWS認定サポート <support@amaz0n-certification.jp>',
    note: 'completion claim from a look-alike domain (amaz0n-certification.jp): untrusted',
    to: misTo, subject: `[CASE ${C.misakiDup}] 統合完了のお知らせ`, date: d('2026-01-28 02:40:11', '+0900'),
    text: `〇〇 様

アカウント統合が完了しました。
新しいアカウントを有効化するため、以下から再度ログインしてください。
https://amaz0n-certification.jp/login`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'ja-badge-credly-recipient-braces', kind: 'badges_transferred', lang: 'ja', enc: 'utf8b64', from: CREDLY_AWS,
    note: 'Credly issuance of an AWS badge to the kept account; greeting placeholder unfilled',
    to: kenTo, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-01-24 13:02:44', '+0900'),
    text: `{{recipient_first_name}} さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect – Associate」
のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/7f3e2a10-5c1b-4d8e-9a61-0b2c44d1e9f7

Credly`,
    html: htmlDoc(`<p>{{recipient_first_name}} さん</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect – Associate」<br>
のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/7f3e2a10-5c1b-4d8e-9a61-0b2c44d1e9f7">バッジを入手する</a></p>
<p>Credly</p>`),
  }),
  mk({
    slug: 'ja-badge-support-count-token', kind: 'badges_transferred', lang: 'ja', caseId: C.ken, enc: 'jis7',
    note: 'support says the badges were moved to the kept account; the count placeholder [BADGE_COUNT] is raw',
    to: kenTo, subject: formSubject(C.ken), date: d('2026-01-26 15:10:09', '+0900'),
    text: `鈴木様

バッジの件、お待たせいたしました。旧アカウントに紐づいていた [BADGE_COUNT] 件の
Credly バッジを、${KEN.keep} 宛てに移行しました。Credly からの通知メールより受け取りを
お済ませください。

> 統合後、Credly のバッジが旧アドレスのままになっています。
> 移していただけますか。

小林
AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-badge-credly-english-left-resent', kind: 'badges_transferred', lang: 'ja', enc: 'utf8qp', from: CREDLY_AWS, forUser: false,
    resent: { from: 'postmaster@partner.example.co.jp', to: 'it-helpdesk@partner.example.co.jp', date: d('2026-01-30 09:03:00', '+0900') },
    note: 'AWS badge via Credly with an untranslated English line; redirected by the old employer\'s server (Resent-*): not for the user',
    to: to(MISAKI.ja, MISAKI.src), subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-01-30 08:58:31', '+0900'),
    text: `中村 美咲 さん

「AWS Certified Developer – Associate」のバッジが Amazon Web Services Training and Certification
から発行されました。

You've earned a badge! Accept it to share your achievement.

バッジを入手する
https://www.credly.com/earner/earned/badge/2d0c9b4e-71aa-4a3f-8e55-a9c1f0e33b12`,
  }),
  mk({
    slug: 'ja-badge-support-wrong-name-closing', kind: 'badges_transferred', lang: 'ja', caseId: C.misaki, enc: 'sjis8',
    note: 'support (greeting another name) says the Credly badges now sit on the kept account and closes',
    to: misTo, subject: formSubject(C.misaki), date: d('2026-02-02 10:26:37', '+0900'),
    text: `高橋様

Credly のバッジ 3 点を、統合先の ${MISAKI.keep} に付け替えました。
Credly にサインインすると、プロフィールに表示されているはずです。
以上で本ケースを終了いたします。

AWS トレーニングと認定 山口`,
  }),
  mk({
    slug: 'ja-badge-answer-inside-quote', kind: 'badges_transferred', lang: 'ja', caseId: C.sho, enc: 'jisb64',
    note: 'agent answers inside the customer\'s quoted mail: badges moved',
    to: shoTo, subject: formSubject(C.sho), date: d('2026-02-09 14:12:50', '+0900'),
    text: `伊藤様
以下、いただいたメールの中に回答を記載いたしました。

> 統合ありがとうございました。ただ、Credly のバッジが会社のアドレスの方に残っています。
→ 失礼いたしました。バッジは本日、${SHO.keep} のアカウントへ移しました。

> 受け取り直す必要はありますか。
→ Credly から届くメールで「バッジを受け入れる」を押していただければ完了です。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-badge-credly-html-garbled-footer', kind: 'badges_transferred', lang: 'ja', enc: 'utf8b64', from: CREDLY_AWS,
    note: 'HTML-only AWS badge issuance via Credly; the footer looks garbled but is valid text',
    to: shoTo, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-02-09 15:40:02', '+0900'),
    html: htmlDoc(`<h2>おめでとうございます!</h2>
<p>伊藤 翔 さん、Amazon Web Services Training and Certification が「AWS Certified SysOps Administrator – Associate」のバッジを発行しました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/a81f5e22-0d34-4c7b-b0f1-3e6d7a9c2b58">バッジを入手する</a></p>
<p style="font-size:10px;color:#999">Â© Credly, Inc. Â· é…ä¿¡åœæ­¢</p>`),
  }),
  mk({
    slug: 'ja-badge-support-survey-appended', kind: 'badges_transferred', lang: 'ja', caseId: C.ken2, enc: 'sjisb64',
    note: 'support says the badges were reissued to the kept address; a survey block is stuck on the end',
    to: to(KEN.ja, KEN.src), subject: formSubject(C.ken2), date: d('2026-02-16 11:05:23', '+0900'),
    text: `鈴木様

ご指摘のバッジについて、統合先のメールアドレスで Credly に再発行いたしました。
旧アドレス側のバッジは無効になります。

AWS トレーニングと認定

【アンケートのお願い】サポートの満足度を 5 段階でお聞かせください。`,
  }),
  mk({
    slug: 'ja-badge-lookalike-credly', kind: 'badges_transferred', lang: 'ja', enc: 'utf8qp', trusted: false,
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-mail.com>',
    note: 'badge-issuance look-alike from credly-mail.com: untrusted',
    to: misTo, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-02-03 05:14:39', '+0900'),
    text: `{{first_name}} さん

バッジが発行されました。受け取るには Credly のパスワードで再ログインしてください。
バッジを入手する: https://credly-mail.com/accept`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'ja-close-marumaru-five-days', kind: 'case_closed', lang: 'ja', caseId: C.misaki2, enc: 'jis7',
    note: 'reminder that the case closes in 5 days without a reply; 〇〇様 unfilled',
    to: to(MISAKI.ja, MISAKI.src), subject: formSubject(C.misaki2), date: d('2026-02-22 09:00:00', '+0900'),
    text: `〇〇様

先日お送りしたご案内について、まだご返信をいただいておりません。
5 日以内にご返信がない場合、本ケースは自動的にクローズされます。
クローズ後も、このメールに返信いただければケースを再開できます。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-close-restates-merge-ticket-url', kind: 'case_closed', lang: 'ja', caseId: C.ken, enc: 'sjis8', trap: true,
    note: 'closing notice that only restates last week\'s merge; {{ticket_url}} unfilled',
    to: kenTo, subject: formSubject(C.ken), date: d('2026-02-02 17:55:31', '+0900'),
    text: `鈴木様

先日ご案内のとおり、アカウントの統合およびバッジの移行は完了しております。
その後ご連絡がございませんので、本ケースはクローズとさせていただきます。
ケースの履歴は {{ticket_url}} からご覧いただけます。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-close-block-twice', kind: 'case_closed', lang: 'ja', caseId: C.sho, enc: 'utf8qp',
    note: 'case marked resolved; the whole notice body duplicated by the sender',
    to: shoTo, subject: formSubject(C.sho), date: d('2026-02-16 12:00:00', '+0900'),
    text: `伊藤 翔 様

ケース ${C.sho} を「解決済み」に変更しました。ご利用ありがとうございました。

伊藤 翔 様

ケース ${C.sho} を「解決済み」に変更しました。ご利用ありがとうございました。`,
  }),
  mk({
    slug: 'ja-close-notify-english-untranslated', kind: 'case_closed', lang: 'ja', caseId: C.sho2, enc: 'jisb64', from: NOTIFY,
    note: 'AWS Support notification that the case was resolved, English sentence left untranslated',
    to: to(SHO.ja, SHO.src), subject: `ケース ${C.sho2} は解決済みです`, date: d('2026-03-04 10:15:44', '+0900'),
    text: `お客様のサポートケース ${C.sho2} は解決済みとしてマークされました。

This case has been resolved. If you need further assistance, you can reopen it within 14 days.

サポートセンターからケースの詳細を確認できます。
Amazon Web Services`,
  }),
  mk({
    slug: 'ja-close-date-token', kind: 'case_closed', lang: 'ja', caseId: C.misakiDup, enc: 'sjisb64',
    note: 'closed without a reply; [CLOSE_DATE] token left raw',
    to: misTo, subject: formSubject(C.misakiDup), date: d('2026-02-05 19:20:17', '+0900'),
    text: `中村様

お返事をいただけなかったため、[CLOSE_DATE] をもちまして本ケースをクローズいたしました。
引き続きのご相談は、新しいケースではなくこのメールへのご返信でお願いします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-close-html-no-reply', kind: 'case_closed', lang: 'ja', caseId: C.misaki, enc: 'utf8b64',
    note: 'multipart notice: closed after no reply, with a duplicated heading',
    to: misTo, subject: formSubject(C.misaki), date: d('2026-02-12 09:45:03', '+0900'),
    text: `ケースクローズのお知らせ
ケースクローズのお知らせ

中村様、前回のご連絡から一定期間ご返信がなかったため、本ケースはクローズとなりました。
必要な場合はこのメールに返信すると再開されます。`,
    html: htmlDoc(`<h3>ケースクローズのお知らせ</h3><h3>ケースクローズのお知らせ</h3>
${paras('中村様、前回のご連絡から一定期間ご返信がなかったため、本ケースはクローズとなりました。\n必要な場合はこのメールに返信すると再開されます。')}`),
  }),
  mk({
    slug: 'ja-close-truncated', kind: 'case_closed', lang: 'ja', caseId: C.ken2, enc: 'jis7',
    note: 'case closed as resolved; the last sentence is cut off',
    to: to(KEN.ja, KEN.src), subject: formSubject(C.ken2), date: d('2026-02-20 16:30:00', '+0900'),
    text: `鈴木様

本件は解決したものと判断し、ケースをクローズいたしました。
今後ほかにご不明な点がございましたら、お手数ですが`,
  }),
  mk({
    slug: 'ja-close-no-auth-results', kind: 'case_closed', lang: 'ja', caseId: C.ken, enc: 'utf88bit', trusted: false, auth: 'none',
    note: 'closing notice without any Authentication-Results: untrusted',
    to: kenTo, subject: formSubject(C.ken), date: d('2026-02-03 01:02:03', '+0900'),
    text: `{{customer_name}} 様

3 日以内にご返信がない場合、ケースは終了となります。`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'ja-reply-thanks-confirm-team-braces', kind: 'support_reply', lang: 'ja', caseId: C.misaki, enc: 'jis7', trap: true,
    note: 'thanks for the consent, handed over to the team ({{team_name}} unfilled); no merge yet',
    to: misTo, subject: formSubject(C.misaki), date: d('2026-01-27 10:05:12', '+0900'),
    text: `中村様

ご同意のご連絡ありがとうございます。統合作業は {{team_name}} にて実施いたします。
作業が終わりましたら改めてご案内いたしますので、今しばらくお待ちください。

山口

> 統合に同意します。よろしくお願いします。
> 中村`,
  }),
  mk({
    slug: 'ja-reply-escalated-doubled', kind: 'support_reply', lang: 'ja', caseId: C.ken2, enc: 'sjis8',
    note: 'escalation status; the escalation paragraph duplicated',
    to: to(KEN.ja, KEN.src), subject: formSubject(C.ken2), date: d('2026-02-12 09:30:41', '+0900'),
    text: `鈴木様

本件は専門チームへエスカレーションいたしました。回答まで 3～5 営業日ほどいただく見込みです。

本件は専門チームへエスカレーションいたしました。回答まで 3～5 営業日ほどいただく見込みです。

ご不便をおかけしますが、よろしくお願いいたしまします。

差出人: ${KEN.ja} <${KEN.src}>
送信日時: 2026年2月11日 21:02
宛先: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
件名: ${formSubject(C.ken2)}

お世話になっております。その後の進捗はいかがでしょうか。
鈴木`,
  }),
  mk({
    slug: 'ja-reply-future-done-agent-token', kind: 'support_reply', lang: 'ja', caseId: C.sho, enc: 'jisb64', trap: true,
    note: 'future statement 「統合が完了しましたら」 with %AGENT% unfilled: a status reply',
    to: shoTo, subject: formSubject(C.sho), date: d('2026-02-05 18:02:26', '+0900'),
    text: `伊藤様

ご承認ありがとうございます。統合が完了しましたら、このケースでお知らせいたします。
バッジの移行についても、統合後にあわせてご案内します。

%AGENT%
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-reply-not-yet-merged', kind: 'support_reply', lang: 'ja', caseId: C.misakiDup, enc: 'utf8qp', trap: true,
    note: 'says the merge is not complete yet; the customer\'s quoted question below',
    to: misTo, subject: formSubject(C.misakiDup), date: d('2026-01-30 13:44:08', '+0900'),
    text: `中村様

お問い合わせの件、統合はまだ完了しておりません。現在、担当部署にて処理の順番待ちとなっております。
進捗がありましたらご連絡いたします。

2026年1月29日(木) 21:10 ${MISAKI.ja} <${MISAKI.keep}>:
> 統合は終わりましたでしょうか。認定の一覧がまだ前のままです。`,
  }),
  mk({
    slug: 'ja-reply-write-from-kept-wrong-name', kind: 'support_reply', lang: 'ja', caseId: C.sho2, enc: 'sjisb64',
    note: 'asks only to write from the kept address (no data requested); greets another name',
    to: to(SHO.ja, SHO.src), subject: formSubject(C.sho2), date: d('2026-02-20 18:11:30', '+0900'),
    text: `渡辺様

セキュリティ上の理由により、統合のご依頼は統合先(残す側)のアカウントに登録された
メールアドレスからお送りいただく必要があります。恐れ入りますが、そちらのアドレスから
このケースへご返信ください。

AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-reply-duplicate-cases-merged', kind: 'support_reply', lang: 'ja', caseId: C.misaki, enc: 'jis7', trap: true,
    note: '「重複したケースを統合しました」 is about support cases, not the account merge',
    to: misTo, subject: formSubject(C.misaki), date: d('2026-01-23 09:08:14', '+0900'),
    text: `中村様

同じ内容のケースが 2 件作成されていたため、ケース ${C.misakiDup} を本ケース ${C.misaki} に
統合いたしました。以降のやり取りはこちらのケースでお願いいたします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-reply-voucher-english-left', kind: 'support_reply', lang: 'ja', caseId: C.ken, enc: 'utf8b64',
    note: 'answers a voucher question; part of the answer left in the English template',
    to: kenTo, subject: formSubject(C.ken), date: d('2026-01-25 12:20:55', '+0900'),
    text: `鈴木様

ご質問の 50% 割引バウチャーについて回答いたします。

Benefits earned on the secondary account, including unused exam discount vouchers,
are carried over to the primary account.

有効期限は元のままとなりますのでご注意ください。

小林`,
  }),
  mk({
    slug: 'ja-reply-inline-how-long', kind: 'support_reply', lang: 'ja', caseId: C.ken2, enc: 'jis7',
    note: 'agent answers inline inside the customer\'s quoted mail about timing; no event',
    to: to(KEN.ja, KEN.src), subject: formSubject(C.ken2), date: d('2026-02-11 20:40:32', '+0900'),
    text: `鈴木様、回答を引用内に記載します。

> 統合にはどのくらい時間がかかりますか。
通常は数日です。混み合っている場合は 1 週間ほどかかることもあります。
> 統合中に試験を予約しても大丈夫ですか。
予約済みの試験には影響しませんが、念のため統合後のご予約をおすすめします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-reply-cannot-merge-yet', kind: 'support_reply', lang: 'ja', caseId: C.sho, enc: 'utf88bit', trap: true,
    note: 'cannot merge at the moment, under investigation, nothing asked: status reply',
    to: shoTo, subject: formSubject(C.sho), date: d('2026-02-07 11:11:11', '+0900'),
    text: `伊藤様

大変恐縮ですが、システム上の制約により、現時点では統合を実施できない状態です。
担当部署で原因を調査しておりますので、結果が出ましたらご連絡いたします。
お客様に追加でご対応いただくことはございません。

森`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'ja-un-survey-case-id-braces', kind: 'unrelated', lang: 'ja', enc: 'jis7', trap: true, from: 'AWS Training and Certification <no-reply@aws.training>',
    note: 'satisfaction survey about a resolved case; {{case_id}} unfilled so no ID',
    to: kenTo, subject: 'お問い合わせは解決しましたか?', date: d('2026-02-03 10:00:00', '+0900'),
    text: `お問い合わせ {{case_id}} について、アンケートへのご協力をお願いします。

問題は解決しましたか? はい / いいえ
担当者の対応はいかがでしたか? 1〜5 でお答えください。`,
  }),
  mk({
    slug: 'ja-un-own-reply-agree', kind: 'unrelated', lang: 'ja', caseId: C.sho, enc: 'utf8qp', trusted: false, trap: true,
    from: shoTo, deliveredTo: null, auth: 'none', cc: to(SHO.ja, SHO.keep),
    note: 'the user\'s own consent reply (Cc to self): carries no news from support',
    to: SUPPORT, subject: formSubject(C.sho), date: d('2026-02-05 12:30:19', '+0900'),
    text: `ご担当者様

統合の内容、承知しました。統合に同意いたします。よろしくお願いします。

伊藤 翔

iPhoneから送信

2026年2月5日(木) 10:51 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
> 統合を実施してよろしいか、ご返信にてご承認ください。`,
  }),
  mk({
    slug: 'ja-un-colleague-ooo-marumaru', kind: 'unrelated', lang: 'ja', enc: 'jisb64', trusted: false, trap: true, auth: 'pass',
    from: '田村 洋介 <tamura@corp.example.jp>', extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    note: 'colleague\'s out-of-office auto reply with 〇〇 left in; mentions confirmation',
    to: shoTo, subject: '自動応答: 確認のお願い', date: d('2026-02-09 09:01:44', '+0900'),
    text: `〇〇様

誠に勝手ながら、2/9〜2/13 は不在にしております。
ご確認が必要な件は、戻り次第対応いたします。急ぎの場合は 〇〇 までご連絡ください。

田村`,
  }),
  mk({
    slug: 'ja-un-pearson-booking-firstname', kind: 'unrelated', lang: 'ja', enc: 'sjis8', trusted: false, trap: true,
    from: 'Pearson VUE <pearsonvuecustomerservice@pearson.com>',
    note: 'exam appointment confirmation from the test vendor with %FIRSTNAME% unfilled',
    to: misTo, subject: '試験予約の確認 - AWS Certified Solutions Architect - Professional', date: d('2026-02-10 21:33:08', '+0900'),
    text: `%FIRSTNAME% 様

ご予約が確定しました。
試験: AWS Certified Solutions Architect - Professional
日時: 2026年3月14日 10:00
会場: オンライン監督

予約内容の確認・変更はマイページから行えます。`,
  }),
  mk({
    slug: 'ja-un-microsoft-credly-badge', kind: 'unrelated', lang: 'ja', enc: 'utf8b64', trap: true,
    from: 'Microsoft via Credly <admin@credly.com>',
    note: 'a Microsoft badge via Credly: not AWS\'s',
    to: kenTo, subject: 'Microsoftのバッジ発行のお知らせ', date: d('2026-02-14 18:20:31', '+0900'),
    text: `{{recipient_first_name}} さん

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/5e1aa7c3-3f02-4e0b-bc61-8d9e0f27a4c6`,
    html: htmlDoc(`<p>{{recipient_first_name}} さん</p><p>Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/5e1aa7c3-3f02-4e0b-bc61-8d9e0f27a4c6">バッジを入手する</a></p>`),
  }),
  mk({
    slug: 'ja-un-skillbuilder-course-done', kind: 'unrelated', lang: 'ja', enc: 'jis7', trap: true, from: 'AWS Skill Builder <no-reply@aws.training>',
    note: 'Skill Builder course completion with an unfilled course title: not a merge',
    to: misTo, subject: 'コースの修了おめでとうございます', date: d('2026-02-18 20:00:12', '+0900'),
    text: `中村 美咲 様

「{{course_title}}」を修了しました。修了証はマイページからダウンロードできます。
次のおすすめコース: AWS Cloud Quest

AWS Skill Builder`,
  }),
  mk({
    slug: 'ja-un-refund-case-done', kind: 'unrelated', lang: 'ja', caseId: '1770923345', enc: 'sjisb64', trap: true,
    note: 'another support case about an exam fee refund says processing completed: not the merge case',
    to: shoTo, subject: formSubject('1770923345').replace('account-assistance', 'exam-payment'), date: d('2026-02-11 15:40:07', '+0900'),
    text: `伊藤様

受験料の返金について、手続きが完了しました。カード会社経由でのご返金まで 5～10 営業日ほどかかります。
本ケース(返金のご相談)はこれでクローズいたします。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-un-newsletter-garbled-check', kind: 'unrelated', lang: 'ja', enc: 'utf8qp', trap: true, from: 'AWS Japan <aws-marketing-email-replies@amazon.com>',
    note: 'marketing newsletter asking to confirm profile details; garbled-looking preheader',
    to: kenTo, subject: 'AWS Summit Japan 2026 のお知らせ', date: d('2026-02-19 12:00:00', '+0900'),
    text: `AWS Summit Japan ã®ç™»éŒ²å—ä»˜é–‹å§‹

AWS Summit Japan 2026 の事前登録が始まりました。
ご登録前に、プロフィールの会社名・メールアドレスをご確認のうえ最新の情報に更新してください。

配信停止はこちら: https://pages.awscloud.com/unsubscribe`,
  }),
  mk({
    slug: 'ja-un-credly-own-merge-code', kind: 'unrelated', lang: 'ja', enc: 'utf8qp', trap: true, from: 'Credly <admin@credly.com>',
    note: 'Credly\'s own account-merge verification code: not the AWS certification merge',
    to: kenTo, subject: 'Credly アカウント統合の確認コード', date: d('2026-02-16 22:12:09', '+0900'),
    text: `アカウントの統合をリクエストしました。
以下の確認コードを入力して統合を完了してください。

確認コード: 482913

心当たりがない場合は、このメールを無視してください。
Credly`,
  }),
  mk({
    slug: 'ja-un-own-forward-to-colleague', kind: 'unrelated', lang: 'ja', caseId: C.ken, enc: 'jis7', trusted: false, forUser: false, trap: true,
    from: kenTo, deliveredTo: null, auth: 'none',
    note: 'the user forwarding the completion mail to a colleague: own mail, not delivered to the user',
    to: '人事部 研修担当 <kenshu@tech.example.co.jp>', subject: `Fw: ${formSubject(C.ken)}`, date: d('2026-01-23 12:40:10', '+0900'),
    text: `研修担当各位

認定アカウントの統合が終わったので、資格一覧の更新をお願いします。

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: 2026年1月23日(金) 9:12
Subject: ${formSubject(C.ken)}
To: ${KEN.ja} <${KEN.keep}>

鈴木 健一 様

本日、アカウントの統合作業が完了いたしました。`,
  }),
  mk({
    slug: 'ja-un-exam-result-score-token', kind: 'unrelated', lang: 'ja', enc: 'sjis8', from: PORTAL,
    note: 'exam result notice with a raw [SCORE] token',
    to: shoTo, subject: 'AWS 認定試験の結果のお知らせ', date: d('2026-03-01 19:05:40', '+0900'),
    text: `伊藤 翔 様

AWS Certified Security - Specialty の受験結果が出ました。
スコア: [SCORE]
結果: 合格

スコアレポートは認定アカウントでご確認いただけます。`,
  }),
  mk({
    slug: 'ja-un-exam-booking-case-receipt', kind: 'unrelated', lang: 'ja', caseId: '1779001256', enc: 'jisb64', trap: true,
    note: 'receipt of another case whose topic is an exam booking change: not the merge case',
    to: misTo, subject: `[CASE 1779001256] 試験予約の変更に関するお問い合わせを受け付けました`, date: d('2026-02-24 08:15:00', '+0900'),
    text: `{{customer_name}} 様

試験予約の日時変更に関するお問い合わせを受け付けました(ケース 1779001256)。
担当より 24 時間以内にご連絡します。`,
  }),
  mk({
    slug: 'ja-un-event-to-team-list', kind: 'unrelated', lang: 'ja', enc: 'sjisb64', forUser: false, from: 'AWS Japan <aws-apac-marketing@amazon.com>',
    note: 'event invitation addressed to a team list, not to the user',
    to: 'クラウド推進室 <cloud-team@corp.example.jp>', subject: 'AWS Innovate オンラインセミナーのご案内', date: d('2026-02-26 11:00:00', '+0900'),
    text: `%%COMPANY%% ご担当者様

AWS Innovate オンラインセミナーを 3 月 18 日に開催します。
生成 AI の最新事例や認定取得のヒントをお届けします。

お申し込みはこちら: https://aws.amazon.com/jp/events/`,
  }),
];

void KEN_REQ; void MISAKI_REQ; void quote; void sfRef;
