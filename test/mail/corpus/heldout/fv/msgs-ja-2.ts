// fv Japanese messages, part 2: completions, badges, closings, other replies and unrelated mail.
import type { Msg } from './lib.js';
import { C, CREDLY, FORM, FORM_ADDR, HANAKO, NOREPLY, PORTAL, TARO, d, html, mk, q, ref, sfBlock, subj } from './common.js';

const tTaro = `${TARO.ja} <${TARO.keep}>`;
const tHanako = `${HANAKO.ja} <${HANAKO.keep}>`;

export const JA2: Msg[] = [
  // ---------------- merge_completed ----------------
  mk({
    slug: 'ja-merge-right-ids',
    kind: 'merge_completed',
    lang: 'ja',
    note: 'corrected completion notice that names the right source and target accounts; the merge is done',
    from: FORM,
    to: tTaro,
    subject: subj(C.taro, '【訂正】'),
    date: d('2026-10-28 16:05:12'),
    enc: 'jis7',
    caseId: C.taro,
    text: `山田 太郎 様

先ほどお送りした完了のご連絡で、アカウント ID を取り違えて記載しておりました。お詫びして訂正いたします。

正しくは、統合元 ${TARO.srcId} (${TARO.src}) の認定資格を、統合先 ${TARO.keepId} (${TARO.keep}) へ統合いたしました。作業自体は問題なく終わっております。

統合先アカウントにサインインいただき、資格の一覧をご覧ください。

松本
AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-merge-was-done-overnight',
    kind: 'merge_completed',
    lang: 'ja',
    note: 'retracts "not completed yet": the merge had in fact finished the night before; asks to check, still a completion',
    from: FORM,
    to: tHanako,
    subject: subj(C.hanako),
    date: d('2026-10-29 10:22:05'),
    enc: 'sjis8',
    caseId: C.hanako,
    text: `佐藤様

昨日「統合はまだ完了していません」とご連絡いたしましたが、システムの記録を改めて確認しましたところ、10月28日の夜間に統合処理は完了しておりました。誤ったご案内をしてしまい、申し訳ございません。

${HANAKO.keep} のアカウントにサインインし、旧アカウントの資格がすべて表示されているかご確認いただけますと幸いです。

小林`,
  }),
  mk({
    slug: 'ja-merge-portal-corrected',
    kind: 'merge_completed',
    lang: 'ja',
    note: 'the certification portal re-sends its merge notice with the corrected kept address; portal notice, no case ID',
    from: PORTAL,
    to: tHanako,
    subject: 'AWS認定: アカウント統合完了のお知らせ(訂正版)',
    date: d('2026-10-29 02:14:50', '+0000'),
    enc: 'jisb64',
    caseId: null,
    text: `佐藤 花子 様

先にお送りした通知に、統合後のアカウントのメールアドレスが誤って記載されておりました。正しい内容は次のとおりです。

お客様の AWS 認定アカウントは統合されました。
統合後のアカウント: ${HANAKO.keep}
候補者 ID: ${HANAKO.keepId}

統合前のアカウントの認定資格、試験履歴および特典は、上記アカウントでご確認いただけます。

AWS Certification
このメールは送信専用です。`,
  }),
  mk({
    slug: 'ja-merge-after-error-mail',
    kind: 'merge_completed',
    lang: 'ja',
    note: 'withdraws a mis-sent mail, then reports the merge completed and that the case will be closed: completion is the new fact',
    from: FORM,
    to: tTaro,
    subject: subj(C.taro2),
    date: d('2026-11-18 14:40:31'),
    enc: 'utf8qp',
    caseId: C.taro2,
    text: `山田様

前回のメールは誤送信でした。お手数ですが破棄をお願いいたします。

改めてご報告いたします。本日、アカウントの統合が完了いたしました。会社のアカウントでお持ちだった資格は、個人のアカウント ${TARO.keepId} に表示されます。
本ケースはこのあとクローズさせていただきます。

木下
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-merge-other-authserv',
    kind: 'merge_completed',
    lang: 'ja',
    trusted: false,
    note: 'claims a corrected completion but only a foreign authserv-id says pass: untrusted',
    from: FORM,
    to: tHanako,
    auth: 'otherOnly',
    subject: subj(C.hanako, '【訂正】'),
    date: d('2026-10-30 06:06:06'),
    enc: 'sjis8',
    caseId: C.hanako,
    text: `佐藤様

前回の完了通知に不備がありました。統合は完了しております。
統合後の資格を確認するには、以下から旧アカウントのパスワードで一度サインインしてください。
https://aws-training-verify.example.net/login

AWS 認定`,
  }),
  mk({
    slug: 'ja-merge-finished-earlier',
    kind: 'merge_completed',
    lang: 'ja',
    note: 'agent corrects her own estimate ("today") with the news that the work has just finished; Outlook quote of the earlier note',
    from: FORM,
    to: tTaro,
    subject: subj(C.taro),
    date: d('2026-10-28 11:58:19'),
    enc: 'utf8b64',
    caseId: C.taro,
    text: `山田様

追記と訂正です。先ほど「作業は本日夕方ごろ」と申し上げましたが、予定より早く、ただいま統合作業が終わりました。${TARO.srcId} の資格は ${TARO.keepId} に移っております。

中島

差出人: AWS Training and Certification <${FORM_ADDR}>
送信日時: 2026年10月28日 9:30
宛先: ${TARO.keep}
件名: ${subj(C.taro)}

山田様
ご同意ありがとうございます。本日夕方ごろに作業いたします。`,
  }),
  mk({
    slug: 'ja-merge-missing-cert-added',
    kind: 'merge_completed',
    lang: 'ja',
    note: 'completion notice re-issued because the first left out one certification; top-posted over a Salesforce quote',
    from: FORM,
    to: tHanako,
    subject: subj(C.hanakoNew),
    date: d('2026-11-16 17:03:40'),
    enc: 'sjisb64',
    caseId: C.hanakoNew,
    text: `佐藤様

先ほどの完了のご連絡に記載漏れがございましたので、訂正版をお送りします。

統合は 11月16日 に完了しています。統合先 ${HANAKO.keep} に移った資格は次の3つです(前回は2つしか記載しておりませんでした)。
- AWS Certified Developer - Associate
- AWS Certified SysOps Administrator - Associate
- AWS Certified Cloud Practitioner

石井

${sfBlock(FORM, '2026/11/16 16:40', HANAKO.keep, subj(C.hanakoNew), '佐藤様\n統合が完了しました。移行した資格: Developer - Associate, Cloud Practitioner')}

${ref('9Hn4')}`,
  }),
  mk({
    slug: 'ja-merge-resent-from-old-company',
    kind: 'merge_completed',
    lang: 'ja',
    forUser: false,
    note: 'corrected completion that went to the old company address and was redirected with Resent-* headers: forUser false',
    from: FORM,
    to: `${TARO.ja} <${TARO.src}>`,
    subject: subj(C.taro, '訂正 '),
    date: d('2026-10-28 17:20:02'),
    enc: 'jis7',
    caseId: C.taro,
    resent: { from: 'postmaster@corp.example.co.jp', to: 'it-helpdesk@corp.example.co.jp', date: d('2026-10-28 17:25:40') },
    text: `山田様

先のメールで統合先を会社のアドレスと記載してしまいましたが、正しくは個人のアドレス (${TARO.keep}) です。
統合は完了しており、資格はすべて個人のアカウントへ移っております。

松本`,
  }),

  // ---------------- badges_transferred ----------------
  mk({
    slug: 'ja-badge-credly-revoke-retracted',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'Credly (AWS issuer) retracts a mistaken revocation notice and says the badge now sits on the kept account',
    from: CREDLY,
    to: TARO.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-10-30 03:12:45', '+0000'),
    enc: 'jisb64',
    caseId: null,
    auth: 'pass',
    text: `山田 太郎 様

先ほど、旧メールアドレスのアカウント宛てに「バッジが取り消されました」というお知らせが送信されましたが、これは誤配信です。このお知らせは無視してください。

AWS Certified Solutions Architect - Associate のバッジは、${TARO.keep} のアカウントに移されています。

バッジを入手する
https://www.credly.com/badges/3f1c9a20-7d55-4b1e-a0e2-5c8d11e07b42

Credly`,
  }),
  mk({
    slug: 'ja-badge-support-did-it',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'support takes back "you must ask Credly yourself" and reports the badges moved to the kept account',
    from: FORM,
    to: tHanako,
    subject: subj(C.hanako),
    date: d('2026-11-02 13:55:21'),
    enc: 'sjis8',
    caseId: C.hanako,
    text: `佐藤 花子 様

前回、「バッジの移行は Credly へ別途お申し込みが必要です」とお伝えしましたが、訂正いたします。こちらで移行の手続きを行い、本日完了いたしました。

Credly の ${HANAKO.keep} のアカウントで、3つのバッジをご覧いただけます。

小林 美咲`,
  }),
  mk({
    slug: 'ja-badge-credly-recipient-fix',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'Credly HTML notice: the badge recipient address was corrected and the badge is on the kept account',
    from: CREDLY,
    to: HANAKO.keep,
    subject: 'バッジの受取先が更新されました - Amazon Web Services Training and Certification',
    date: d('2026-11-03 08:41:09', '+0000'),
    enc: 'utf8qp',
    caseId: null,
    text: `Amazon Web Services Training and Certification より

以前のお知らせでは、バッジの受取先が ${HANAKO.src} と表示されていました。発行元による訂正を受け、AWS Certified Developer - Associate のバッジは ${HANAKO.keep} のアカウントに移されました。

バッジを表示: https://www.credly.com/earner/earned

Credly, Inc.`,
    html: html(
      `Amazon Web Services Training and Certification より

以前のお知らせでは、バッジの受取先が ${HANAKO.src} と表示されていました。発行元による訂正を受け、AWS Certified Developer - Associate のバッジは ${HANAKO.keep} のアカウントに移されました。

バッジを表示

Credly, Inc.`,
      'ja',
    ),
  }),
  mk({
    slug: 'ja-badge-credIy-lookalike',
    kind: 'badges_transferred',
    lang: 'ja',
    trusted: false,
    note: 'retracts "migration failed": after the correction it claims the badges moved; from credIy.com (capital I), look-alike, untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>',
    to: TARO.keep,
    subject: '【訂正】バッジ移行完了のお知らせ',
    date: d('2026-10-31 05:44:12', '+0000'),
    enc: 'jis7',
    caseId: null,
    text: `先日のメールでは移行が失敗したとお伝えしましたが、誤りでした。
バッジは新しいアカウントに移行済みです。受け取るには以下から Credly にログインしてください。
https://credly-badge-claim.example.com/accept

Credly`,
  }),
  mk({
    slug: 'ja-badge-moved-and-closing',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'support says badges were moved after all (earlier "not moved" was wrong) and closes: badges_transferred',
    from: FORM,
    to: tTaro,
    subject: subj(C.taro2),
    date: d('2026-11-20 10:03:33'),
    enc: 'utf8b64',
    caseId: C.taro2,
    text: `山田様

昨日「バッジの移行がまだ済んでいない」とお伝えしましたが、Credly 側の反映待ちだっただけで、移行はすでに終わっておりました。お騒がせしました。
現在、Solutions Architect - Associate と Cloud Practitioner の2つのバッジが、${TARO.keep} の Credly アカウントに表示されています。

これで本件はすべて完了となりますので、ケースはクローズいたします。

藤井`,
  }),
  mk({
    slug: 'ja-badge-other-issue-retracted',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'this morning\'s "transfer failed" belonged to another issue and is withdrawn; the two badges are on the kept account',
    from: FORM,
    to: tTaro,
    subject: subj(C.taro2),
    date: d('2026-11-19 18:12:54'),
    enc: 'jis7',
    caseId: C.taro2,
    text: `山田 太郎 様

本日午前にお送りした「移行に失敗しました」というメールは、別件の内容でした。取り消させていただきます。

山田様の Credly バッジ2件は、統合先のアカウントに移動済みです。Credly にサインインしてご確認ください。

木下`,
  }),
  mk({
    slug: 'ja-badge-credly-resend-utf8',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'Credly re-sends (first copy had a broken link) the notice that the AWS badge is on the kept account; the correction changes only the link',
    from: CREDLY,
    to: TARO.keep,
    subject: '(再送) AWS Certified Cloud Practitioner バッジが新しいアカウントに移動しました',
    date: d('2026-10-30 04:01:18', '+0000'),
    enc: 'utf88bit',
    caseId: null,
    text: `山田 太郎 様

先ほどのメールのリンクが正しく機能していなかったため、再送いたします。

Amazon Web Services Training and Certification が発行した AWS Certified Cloud Practitioner のバッジは、${TARO.keep} でご利用の Credly アカウントに移動しました。

バッジを確認する: https://www.credly.com/badges/a81e6640-09bd-4c43-9c1d-2f7e0d3b9e61

Credly サポートチーム`,
  }),

  // ---------------- case_closed ----------------
  mk({
    slug: 'ja-close-error-mail-then-close',
    kind: 'case_closed',
    lang: 'ja',
    trap: true,
    note: 'withdraws a mis-sent information request and closes the case, restating the earlier merge: case_closed',
    from: FORM,
    to: tTaro,
    subject: subj(C.taro),
    date: d('2026-11-02 09:40:17'),
    enc: 'jis7',
    caseId: C.taro,
    text: `山田様

先ほどのメールは誤送信ですので、破棄してください(別のお客様への情報提供のお願いでした)。

山田様のご依頼については、10月28日に統合が済んでおります。ほかにご不明点がなければ、本ケースはこれにてクローズいたします。

松本`,
  }),
  mk({
    slug: 'ja-close-reminder-days-fixed',
    kind: 'case_closed',
    lang: 'ja',
    note: 'auto-close reminder that corrects the number of days (7, not 3): will close without a reply',
    from: NOREPLY,
    to: tHanako,
    subject: `ケース ${C.hanako} の自動クローズについて(訂正)`,
    date: d('2026-11-04 06:00:00'),
    enc: 'sjis8',
    caseId: C.hanako,
    text: `佐藤 花子 様

先のお知らせで、自動クローズまでの期間を「3日」とご案内しましたが、正しくは「7日」です。

ケース ${C.hanako} には現在、お客様からのご返信をお待ちしている状態です。7日以内にご返信がない場合、このケースは自動的にクローズされます。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-close-reopened-by-bug',
    kind: 'case_closed',
    lang: 'ja',
    note: 'the reopening was a system fault and is undone: after the correction the case is closed again',
    from: FORM,
    to: tHanako,
    subject: subj(C.hanako),
    date: d('2026-11-06 12:12:48'),
    enc: 'jisb64',
    caseId: C.hanako,
    text: `佐藤様

システムの不具合により、解決済みだったケースが誤って再オープンされていたことが分かりました。ご心配をおかけしました。
ご依頼は解決済みのため、改めてクローズ処理を行いました。佐藤様の側で必要な操作はございません。

西村`,
  }),
  mk({
    slug: 'ja-close-date-fixed-restates-merge',
    kind: 'case_closed',
    lang: 'ja',
    trap: true,
    note: 'corrects the merge date given earlier and closes; the merge itself is restated, not new',
    from: FORM,
    to: tTaro,
    subject: subj(C.taro, '訂正: '),
    date: d('2026-11-03 15:30:44'),
    enc: 'utf8qp',
    caseId: C.taro,
    text: `山田 太郎 様

前回のメールで統合日を「11月5日」と記載しましたが、「10月28日」の誤りでした。
統合はすでに済んでおりますので、このケースはクローズとさせていただきます。

中島`,
  }),
  mk({
    slug: 'ja-close-misaligned-dkim',
    kind: 'case_closed',
    lang: 'ja',
    trusted: false,
    note: 'closing notice correcting an earlier date (meaning now: closed), with a reopen link; DKIM by a bulk sender, dmarc=fail: untrusted',
    from: NOREPLY,
    to: tHanako,
    auth: 'misaligned',
    subject: `【訂正】ケース ${C.hanakoNew} はクローズされました`,
    date: d('2026-11-12 23:59:01'),
    enc: 'utf8b64',
    caseId: C.hanakoNew,
    text: `前回の通知の日付に誤りがありました。
ケース ${C.hanakoNew} は解決済みとしてクローズされました。
再開をご希望の場合は24時間以内に以下から手続きしてください。
https://support-case-reopen.example.info/`,
  }),
  mk({
    slug: 'ja-close-request-withdrawn',
    kind: 'case_closed',
    lang: 'ja',
    trap: true,
    note: 'customer withdrew the request; support closes without merging (merge words are negated)',
    from: FORM,
    to: tTaro,
    subject: subj(C.taroDup),
    date: d('2026-11-25 11:11:11'),
    enc: 'jis7',
    caseId: C.taroDup,
    text: `山田様

「重複して依頼してしまったので取り下げたい」とのご連絡、承知いたしました。こちらのケースでは統合の作業は行わず、本日付で終了といたします。

なお、ご依頼の本体は別のケースにて対応済みです。

岡田`,
  }),
  mk({
    slug: 'ja-close-status-wording',
    kind: 'case_closed',
    lang: 'ja',
    note: 'a closing notice had the wrong status ("未解決"); it was closed as resolved',
    from: FORM,
    to: tTaro,
    subject: subj(C.taro2),
    date: d('2026-11-21 09:09:09'),
    enc: 'sjisb64',
    caseId: C.taro2,
    text: `山田様

昨日のクローズのご案内で、ステータスを誤って「未解決」と記載しておりました。正しくは「解決済み」としてクローズしております。

再度お問い合わせの際は、このメールにご返信いただくか、新しいケースを作成してください。

藤井`,
  }),
  mk({
    slug: 'ja-close-auto-date',
    kind: 'case_closed',
    lang: 'ja',
    note: 'reminder: without a reply the case becomes resolved on a given date; the date in the previous reminder was wrong',
    from: NOREPLY,
    to: tTaro,
    subject: `AWS サポート: ケース ${C.taro2} へのご返信のお願い`,
    date: d('2026-11-16 06:30:27'),
    enc: 'utf88bit',
    caseId: C.taro2,
    text: `このケースは、お客様からのご連絡がない場合、11月20日に自動的に解決済みとなります。前回の通知に記載していた日付(11月13日)は誤りでした。

引き続きサポートが必要な場合は、サポートセンターからケースにご返信ください。

Amazon Web Services`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'ja-sr-reopened',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    note: 'the case was closed by mistake and has been reopened: a status reply, not a closing',
    from: FORM,
    to: tTaro,
    subject: subj(C.taro),
    date: d('2026-10-24 10:48:57'),
    enc: 'jis7',
    caseId: C.taro,
    text: `山田様

昨晩、ケースを誤ってクローズしてしまいました。申し訳ございません。ただいま再オープンいたしましたので、引き続き私が担当いたします。

ご依頼いただいている内容は、現在チームで確認を進めております。

岡田`,
  }),
  mk({
    slug: 'ja-sr-not-completed-status',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    note: '「訂正:統合はまだ完了しておりません」 with no request: a status update',
    from: FORM,
    to: tHanako,
    subject: subj(C.hanakoNew, '訂正:'),
    date: d('2026-11-13 14:14:30'),
    enc: 'sjis8',
    caseId: C.hanakoNew,
    text: `佐藤様

訂正:統合はまだ完了しておりません。
先ほどのメールの「完了」は、社内での依頼手続きが完了したという意味でした。紛らわしい表現で申し訳ございません。実際の統合作業は担当チームが進めており、終わりましたら改めてご報告します。

石井`,
  }),
  mk({
    slug: 'ja-sr-discard-other-customer',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    note: '「先ほどのメールは誤送信です」: the withdrawn mail (a completion notice) was for another customer; status unchanged',
    from: FORM,
    to: tTaro,
    subject: subj(C.taro2),
    date: d('2026-11-17 17:02:26'),
    enc: 'jisb64',
    caseId: C.taro2,
    text: `山田様

先ほどのメールは誤送信です。破棄してください。
別のお客様への統合完了のご案内を、誤って山田様へお送りしてしまいました。山田様のケースとは関係のない内容です。

山田様のケースは、引き続き担当チームにて確認しております。ご迷惑をおかけし、誠に申し訳ございません。

木下`,
  }),
  mk({
    slug: 'ja-sr-outlook-recall',
    kind: 'support_reply',
    lang: 'ja',
    note: 'Outlook recall request from a support agent about a case mail; no event for the case',
    from: '小林 美咲 <misakoba@amazon.com>',
    to: tHanako,
    subject: `取り消し: ${subj(C.hanako)}`,
    date: d('2026-10-27 10:02:11'),
    enc: 'jis7',
    caseId: C.hanako,
    extra: ['Thread-Topic: account-assistance', 'X-MS-Exchange-Organization-RecallMessage: true'],
    text: `小林 美咲 はメッセージ「${subj(C.hanako)}」の取り消しを希望しています。`,
  }),
  mk({
    slug: 'ja-sr-thanks-timeline-fixed',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    note: 'thanks for consenting, and corrects the schedule (3 business days, not today): support_reply',
    from: FORM,
    to: tTaro,
    subject: subj(C.taro),
    date: d('2026-10-27 21:05:48'),
    enc: 'utf8qp',
    caseId: C.taro,
    text: `山田様

ご同意のご返信をありがとうございます。担当部署へ引き継ぎました。

なお、先ほど「本日中に統合いたします」と書いてしまいましたが、担当部署の作業順の都合で、3営業日ほどお時間をいただく見込みです。訂正してお詫び申し上げます。

松本

> 同意します。よろしくお願いします。
> 山田`,
  }),
  mk({
    slug: 'ja-sr-kanryo-meant-receipt',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    note: '"完了" in the earlier mail meant the request was received; "統合が完了しましたら" is future: support_reply',
    from: FORM,
    to: tHanako,
    subject: subj(C.hanako),
    date: d('2026-10-26 12:40:20'),
    enc: 'utf8b64',
    caseId: C.hanako,
    text: `佐藤様

前回のメールの件名にあった「完了」は、ご依頼の受付が完了したという意味でした。統合作業そのものは、まだ行っておりません。言葉足らずで失礼いたしました。

統合が完了しましたら、改めてこちらからご連絡いたします。

西村`,
  }),
  mk({
    slug: 'ja-sr-lookalike-reopen',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    trusted: false,
    note: 'forged "closed by mistake, reopen here" from amazon-support.co: untrusted',
    from: 'AWS トレーニングと認定 <support@amazon-support.co>',
    to: tTaro,
    subject: subj(C.taro, '重要: '),
    date: d('2026-10-25 03:03:03'),
    enc: 'jis7',
    caseId: C.taro,
    text: `山田様

お客様のケースが誤ってクローズされておりました。ケースを再開するには、以下のページで AWS アカウントのパスワードを入力してください。
https://amazon-support.co/reopen

AWS サポート`,
  }),
  mk({
    slug: 'ja-sr-new-owner',
    kind: 'support_reply',
    lang: 'ja',
    note: 'corrects the name of the agent who took over the case: escalation status',
    from: FORM,
    to: tTaro,
    subject: subj(C.taro),
    date: d('2026-10-22 11:27:03'),
    enc: 'sjisb64',
    caseId: C.taro,
    text: `山田様

前回のメールで、引き継ぎ先の担当者名を誤って「岡本」と記載いたしました。正しくは、シニア担当の「岡田」が引き継ぎます。
内容は引き続き確認中です。進展がありましたらご連絡いたします。

田村
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-sr-duplicate-cases-fixed',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    note: '"we merged your duplicate cases" (wrong one closed, now fixed): not the account merge',
    from: FORM,
    to: tHanako,
    subject: subj(C.hanako),
    date: d('2026-10-24 09:18:39'),
    enc: 'jis7',
    caseId: C.hanako,
    text: `佐藤様

重複してご作成いただいたケースを一つにまとめました。
ただ、先ほどは誤って本来残すべきケースの方をクローズしてしまったため、訂正いたしました。今後はこちらのケース (${C.hanako}) でやり取りさせていただきます。

中島`,
  }),
  mk({
    slug: 'ja-sr-voucher-after-merge',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    note: 'answers a question: the voucher will show after the merge ("消える" was wrong); future, so support_reply',
    from: FORM,
    to: tTaro,
    subject: subj(C.taro2),
    date: d('2026-11-14 16:16:16'),
    enc: 'utf88bit',
    caseId: C.taro2,
    text: `山田様

ご質問の50%割引バウチャーについて、前回「統合すると消えてしまいます」とお答えしましたが、誤りでした。失礼いたしました。
統合後は、統合先のアカウントの「特典」に表示されるようになりまず。有効期限は変わりません。

藤井`,
  }),

  // ---------------- unrelated ----------------
  mk({
    slug: 'ja-un-own-swap-correction',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    forUser: false,
    trap: true,
    note: 'the user\'s own sent mail to support correcting source and target: own mail, unrelated',
    from: tTaro,
    to: FORM,
    auth: 'none',
    deliveredTo: null,
    rcpt: FORM_ADDR,
    subject: `Re: ${subj(C.taro)}`,
    date: d('2026-10-20 08:50:33'),
    enc: 'jis7',
    caseId: C.taro,
    text: `ご担当者様

山田です。訂正:先ほどのメールで統合元と統合先を逆に書いてしまいました。
正しくは、会社のアカウント (${TARO.srcId}) を個人のアカウント (${TARO.keepId}) にまとめたいです。
確認のうえ統合をお願いします。

山田 太郎`,
  }),
  mk({
    slug: 'ja-un-colleague-recall',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    trap: true,
    note: 'a colleague\'s Outlook recall of his own mail titled "統合完了": not from support',
    from: '鈴木 一郎 <ichiro.suzuki@corp.example.co.jp>',
    to: `${TARO.ja} <${TARO.src}>`,
    subject: '取り消し: AWS認定アカウント統合完了の件',
    date: d('2026-10-29 13:13:13'),
    enc: 'jisb64',
    caseId: null,
    auth: 'none',
    text: `鈴木 一郎 はメッセージ「AWS認定アカウント統合完了の件」の取り消しを希望しています。`,
  }),
  mk({
    slug: 'ja-un-pearson-booking-fix',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    trap: true,
    note: 'Pearson VUE corrects an exam appointment confirmation: not part of the merge case',
    from: 'Pearson VUE <noreply@pearsonvue.com>',
    to: tTaro,
    subject: '【訂正】試験予約確認メール',
    date: d('2026-11-05 20:20:20'),
    enc: 'sjis8',
    caseId: null,
    text: `山田 太郎 様

先にお送りした予約確認メールで、試験会場の住所に誤りがございました。

試験名: AWS Certified Solutions Architect - Professional
日時: 2026年12月3日 10:00
会場: 東京テストセンター 新宿(正しい住所: 東京都新宿区西新宿 0-0-0)

予約内容の確認・変更はマイページから行えます。

ピアソンVUE`,
  }),
  mk({
    slug: 'ja-un-credly-microsoft',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'Credly badge from Microsoft (another issuer), re-sent with a corrected name: unrelated',
    from: 'Microsoft via Credly <admin@credly.com>',
    to: TARO.keep,
    subject: 'Microsoftのバッジ発行のお知らせ(氏名表記の訂正)',
    date: d('2026-11-06 02:02:02', '+0000'),
    enc: 'utf8qp',
    caseId: null,
    text: `山田 太郎 様

先日お送りしたお知らせで、お名前のローマ字表記に誤りがありました。訂正後の内容でバッジを再発行しています。

Microsoft Certified: Azure Fundamentals

バッジを入手する
https://www.credly.com/badges/5d0c1b7e-2b8a-4d5f-9c31-77e2f4a6c010

Credly`,
    html: html(
      `山田 太郎 様

先日お送りしたお知らせで、お名前のローマ字表記に誤りがありました。訂正後の内容でバッジを再発行しています。

Microsoft Certified: Azure Fundamentals

バッジを入手する

Credly`,
      'ja',
    ),
  }),
  mk({
    slug: 'ja-un-credly-merge-code',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'Credly\'s own account-merge code, re-sent because the first had the wrong expiry: unrelated',
    from: 'Credly <admin@credly.com>',
    to: HANAKO.keep,
    subject: 'Credly アカウント統合の確認コード(再送)',
    date: d('2026-11-03 09:30:00', '+0000'),
    enc: 'utf8b64',
    caseId: null,
    text: `先ほどのメールに記載した有効期限に誤りがありました。新しいコードをお送りします。

確認コード: 482913
有効期限: 発行から 30 分

このコードを Credly の「アカウントの統合」画面に入力すると、二つの Credly アカウントがまとめられます。お心当たりがない場合は、このメールを無視してください。

Credly`,
  }),
  mk({
    slug: 'ja-un-event-date-fix',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'marketing/event mail correcting a date, with an event-registration receipt line: unrelated',
    from: 'AWS Japan イベント事務局 <aws-jp-events@amazon.com>',
    to: tHanako,
    subject: '【訂正】AWS 認定者ラウンジ 開催日のお知らせ',
    date: d('2026-11-07 12:00:00'),
    enc: 'jis7',
    caseId: null,
    text: `佐藤 花子 様

お申し込みの受付は完了しております。
先日のご案内で開催日を12月10日と記載いたしましたが、正しくは12月11日(金)です。訂正してお詫び申し上げます。

会場: 目黒セントラルスクエア
受付開始: 13:30

AWS Japan イベント事務局`,
  }),
  mk({
    slug: 'ja-un-refund-case',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'reply on the user\'s other case (exam fee refund) correcting the amount: unrelated to the merge',
    from: FORM,
    to: tTaro,
    subject: `RE:[CASE ${C.refund}] [AWS Training and Certification Form Submission] - exam-refund`,
    date: d('2026-11-08 10:10:55'),
    enc: 'sjisb64',
    caseId: C.refund,
    text: `山田様

試験料の返金の件でご連絡いたします。
前回のメールで返金額を 15,000 円とお伝えしましたが、正しくは 30,000 円(税込)です。返金の処理は完了しており、カード会社により 5 日から 10 日ほどで反映されます。

原田`,
  }),
  mk({
    slug: 'ja-un-agent-ooo',
    kind: 'unrelated',
    lang: 'ja',
    note: 'an agent\'s out-of-office auto-reply with a corrected return date',
    from: '岡田 健 <kenokd@amazon.com>',
    to: tTaro,
    subject: '自動応答: 不在のお知らせ(復帰日訂正)',
    date: d('2026-11-09 08:00:01'),
    enc: 'jis7',
    caseId: null,
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `11月9日から11月13日まで不在にしております(先にお送りした自動応答の復帰日は誤りでした)。
お急ぎの場合は、お問い合わせフォームからご連絡ください。`,
  }),
  mk({
    slug: 'ja-un-score-report-fix',
    kind: 'unrelated',
    lang: 'ja',
    trap: true,
    note: 'exam score report re-issued with a corrected score: exam results are unrelated',
    from: PORTAL,
    to: tHanako,
    subject: 'AWS 認定試験の結果(スコアの訂正)',
    date: d('2026-11-10 05:05:05', '+0000'),
    enc: 'jisb64',
    caseId: null,
    text: `佐藤 花子 様

先日お送りした試験結果のメールで、スコアの表示に誤りがありました。採点は完了しており、結果に変更はありません。

試験: AWS Certified Solutions Architect - Associate
結果: 合格
スコア: 812(前回の表示: 781)

AWS Certification`,
  }),
  mk({
    slug: 'ja-un-fwd-to-colleague',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    forUser: false,
    trap: true,
    note: 'the user forwards support\'s correction to a colleague: own mail, not addressed to the user',
    from: `${TARO.ja} <${TARO.src}>`,
    to: '鈴木 一郎 <ichiro.suzuki@corp.example.co.jp>',
    deliveredTo: null,
    auth: 'none',
    subject: `Fwd: ${subj(C.taro, '訂正のご連絡 ')}`,
    date: d('2026-10-26 19:41:02'),
    enc: 'jis7',
    caseId: C.taro,
    text: `鈴木さん

昨日「統合完了」と言ったのですが、訂正がきました。まだ終わってないそうです。スキル表の更新はもう少し待ってください。

---------- 転送メッセージ ---------
From: AWS Training and Certification <${FORM_ADDR}>
Date: 2026年10月26日(月) 13:27
Subject: ${subj(C.taro)}
To: ${TARO.keep}

先ほどのメールは誤送信です。破棄してください。
「統合が完了しました」とのご連絡を差し上げてしまいましたが、作業はまだ一切行っておりません。`,
  }),
];

void q;
