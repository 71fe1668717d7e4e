// Set ba, Japanese messages part 2: mailing lists, ticketing tools, Mimecast and
// Trend Micro gateways, HTML flattened by the client, long quoted threads.
import type { Msg } from './lib.js';
import {
  AWS_NOTIFY, CASE, CERT_PORTAL, CREDLY_AWS, DAI, HANAKO, MISAKI, SUPPORT, TARO, U, YUMI, d, doubled, formSubj, jpGwHops,
  mcHops, mimecast, mk, quote, runOn, sfRef, trend,
} from './common.js';

const HA = `${HANAKO.ja} <${HANAKO.work}>`;
const TA = `${TARO.ja} <${TARO.work}>`;
const DA = `${DAI.ja} <${DAI.work}>`;
const YU = `${YUMI.ja} <${YUMI.work}>`;
const M = `${MISAKI.ja} <${MISAKI.work}>`;

const mcBannerJa = `=====================================================
[外部送信者] このメールは組織の外から届きました。
送信者が「同意」「完了」「パスワードの確認」などを急がせる内容の場合は特に注意してください。
=====================================================
`;
const mcFooter = `
This email has been scanned by the Mimecast service.
本メールは Mimecast により、ウイルス・スパムの検査を受けています。`;
const oldcorpDisclaimer = `
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
オールドコープ株式会社
このメールには、法律上保護された情報または機密情報が含まれている可能性があります。
宛先以外の方による閲覧、転送、複製、配布その他の利用は固く禁じられています。
万一誤ってお受け取りになった場合は、直ちに送信者にお知らせいただき、
本メールおよび添付ファイルをすべて削除してくださいますようお願いいたします。
なお、当社はインターネットを経由したメールの内容の完全性・正確性を保証いたしかねます。
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━`;
const mlFooter = (n: number): string => `
_______________________________________________
cloud-team mailing list (No.${n})
配信停止・設定変更: https://lists.corp.example.co.jp/mailman/listinfo/cloud-team
このメーリングリストへの投稿内容は社外秘です。`;
const trendTop = `[!] 外部からのメールです。このメールに記載されたURLは Trend Micro により書き換えられています。
`;
const hanakoReq = `お世話になっております。佐藤です。
転職前に会社のアドレスで作った認定アカウントと、いまのアカウントを1つにしたいです。
残す: ${HANAKO.keepId} / 統合する: ${HANAKO.srcId}
よろしくお願いいたします。`;

export const JA2: Msg[] = [
  // ---------------- acknowledgement (4)
  mk({
    slug: 'ack-mimecast-html-converted',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.hanako, trap: true,
    note: 'Receipt (text converted from HTML, lines doubled); the Mimecast banner mentions 同意/完了, which is gateway text.',
    from: AWS_NOTIFY, to: HA, subject: `[外部] AWS Support ケース ${CASE.hanako}: 受付完了のお知らせ`, date: d('2026-03-02 11:07:39'),
    enc: 'utf8qp', hops: mcHops('ja2a1'),
    text: doubled(`${mcBannerJa}
佐藤 花子 様
お問い合わせありがとうございます。
ケース ID: ${CASE.hanako}
カテゴリ: アカウントに関する支援
担当チームが確認し、1 営業日を目安にご返信します。
※重複したケースを作成しないでください。
${mimecast(U.center + CASE.hanako, 'ja2a1')}
${mcFooter}`),
  }),
  mk({
    slug: 'ack-ticketing-subject-rewrite',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.daiExam,
    note: 'Receipt whose subject the in-house ticket tool replaced with its own number; the AWS case ID is in the body only, topic not stated.',
    from: AWS_NOTIFY, to: DA, subject: '[HD-2026-00871] 受付: 外部からの問い合わせメール', date: d('2026-03-04 09:40:13'),
    enc: 'jisb64', hops: jpGwHops('ja2a2', 'mgw01.mfg.example.co.jp'),
    extra: ['X-Ticket-Id: HD-2026-00871', 'X-Original-Subject: [EXTERNAL] AWS Support: new case created'],
    text: `▼この行より上に返信を書かないでください▼ (ヘルプデスク HD-2026-00871)

中村 大輔 様

AWS へのお問い合わせを受け付けました。
ケース番号: ${CASE.daiExam}
担当者より追ってメールでご連絡いたします。返信の際はケース番号を残してください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-archive-copy-no-ar',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.hanako, trusted: false, auth: 'none',
    note: 'Receipt re-imported from the mail archive: no Authentication-Results at all, so untrusted.',
    from: AWS_NOTIFY, to: HA, subject: `ケース ${CASE.hanako} を受け付けました [アーカイブから復元]`, date: d('2026-03-02 11:07:39'),
    enc: 'sjis8', extra: ['X-Archived-At: 2026-03-09T01:12:00Z', 'X-Restored-By: mailarchiver'],
    text: `佐藤 花子 様

AWS トレーニングと認定へのお問い合わせ、ありがとうございました。ケース ${CASE.hanako} を作成しました。
24 時間以内を目安に、担当よりご連絡します。

Amazon Web Services

---
[アーカイブシステム] このメッセージは 2026/03/09 にアーカイブから復元されました。元のヘッダーの一部は保持されていません。`,
  }),
  mk({
    slug: 'ack-ml-cloud-team-receipt',
    kind: 'acknowledgement', lang: 'ja', caseId: CASE.taro, trusted: false, auth: 'pass',
    note: 'Receipt redistributed by the team mailing list with From rewritten to the list (DMARC mitigation): untrusted, still for the user.',
    from: '"AWS Support via cloud-team" <cloud-team@lists.corp.example.co.jp>', to: 'cloud-team@lists.corp.example.co.jp', rcpt: TARO.work,
    subject: `[cloud-team:00412] ケース ${CASE.taro} が作成されました`, date: d('2026-01-08 21:14:02'),
    enc: 'jis7', extra: ['List-Id: <cloud-team.lists.corp.example.co.jp>', 'X-ML-Name: cloud-team', 'X-Mail-Count: 00412', 'Reply-To: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>'],
    text: `山田 太郎 様

お問い合わせのケース ${CASE.taro} を作成しました。
担当者が内容を確認のうえ、ご連絡いたします。

Amazon Web Services
${mlFooter(412)}`,
  }),

  // ---------------- ai_answer (3)
  mk({
    slug: 'ai-trend-rewritten-generated',
    kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'Generated answer (Amazon Q) about merging; every link rewritten by Trend Micro.',
    from: AWS_NOTIFY, to: HA, subject: '[外部] AWS サポート: 生成された回答をご確認ください', date: d('2026-03-02 10:59:20'),
    enc: 'jis7', hops: jpGwHops('ja2i1'),
    text: `${trendTop}
このメッセージは AI により自動生成されています。

ご質問: 古い会社アドレスの認定アカウントを新しいアカウントへ移したい

回答: 認定アカウント画面の「アカウントの統合」で、もう一方のアカウントのメールアドレスを入力すると、確認コードが届きます。コードを入力すると統合が実行されます。
${trend(U.certMerge, 'ja2i1')}
詳しくは: ${trend(U.faq, 'ja2i1b')}

解決しなかった場合は、「ケースを作成」を選択してください。`,
  }),
  mk({
    slug: 'ai-ml-footer-sjis',
    kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'Automated self-service suggestion relayed by the team mailing list; untrusted because From is the list.',
    from: '"Amazon Web Services via cloud-team" <cloud-team@lists.corp.example.co.jp>', to: 'cloud-team@lists.corp.example.co.jp', rcpt: TARO.work, trusted: false,
    subject: '[cloud-team:00409] 自動案内: 認定アカウントが複数ある場合', date: d('2026-01-08 20:49:51'),
    enc: 'sjisb64', extra: ['List-Id: <cloud-team.lists.corp.example.co.jp>', 'Precedence: list'],
    text: `自動案内(AI による生成)

認定アカウントが 2 つあるときは、セルフサービスの統合ツールをご利用いただけます。
ツールが使えない場合(両方に認定がある等)のみ、サポートケースを作成してください。
${U.certMerge}
${mlFooter(409)}`,
  }),
  mk({
    slug: 'ai-yumi-html-table-mangled',
    kind: 'ai_answer', lang: 'ja', caseId: null,
    note: 'AI answer whose HTML table came out as pipe-separated text in the plain part.',
    from: AWS_NOTIFY, to: YU, subject: '【外部メール】AI アシスタントからの回答', date: d('2026-01-31 22:03:11'),
    enc: 'utf8b64',
    text: `| 質問 | 認定アカウントを統合するには |
| 回答 | 「Merge Accounts」ツールを使うとご自身で統合できます。 |
| 注意 | 統合後、統合元のアカウントにはサインインできなくなります。 |
| 次へ | 解決しない場合: ケースを作成 |
| 生成元 | 生成 AI (内容は参考情報です) |`,
    html: `<table border="1"><tr><td>質問</td><td>認定アカウントを統合するには</td></tr><tr><td>回答</td><td>「Merge Accounts」ツールを使うとご自身で統合できます。</td></tr><tr><td>注意</td><td>統合後、統合元のアカウントにはサインインできなくなります。</td></tr><tr><td>次へ</td><td>解決しない場合: ケースを作成</td></tr><tr><td>生成元</td><td>生成 AI (内容は参考情報です)</td></tr></table>`,
  }),

  // ---------------- info_request (4)
  mk({
    slug: 'info-mimecast-long-thread-disclaimer',
    kind: 'info_request', lang: 'ja', trap: true, caseId: CASE.hanako,
    note: 'Asks for the old account e-mail and a certificate number; Mimecast banner uses 同意/完了; the quoted request carries a disclaimer longer than the message.',
    to: HA, subject: `[外部] ${formSubj(CASE.hanako)}`, date: d('2026-03-03 14:22:57'),
    enc: 'utf8qp', hops: mcHops('ja2q1'),
    text: `${mcBannerJa}
佐藤様

ご連絡ありがとうございます。トレーニングと認定サポートの林です。
お手数ですが、統合元アカウント(${HANAKO.srcId})のサインインに使っていたメールアドレスと、そのアカウントで取得した認定の検証番号を一つお送りいただけますか。検証番号は認定証の右下に記載されています。

林
Amazon Web Services
${sfRef('ja2q1')}

-----Original Message-----
From: ${HANAKO.ja} <${HANAKO.work}>
Sent: Monday, March 2, 2026 11:05 AM
To: ${SUPPORT}
Subject: [AWS Training and Certification Form Submission] - account-assistance

${hanakoReq}
${oldcorpDisclaimer}
${mcFooter}`,
  }),
  mk({
    slug: 'info-gwonly-dai-exam',
    kind: 'info_request', lang: 'ja', caseId: CASE.daiExam, trusted: false, auth: 'gwOnly', gw: 'mgw01.mfg.example.co.jp',
    note: 'Asks which account to keep; only the company gateway (another authserv-id) vouches for it: untrusted.',
    to: DA, subject: `[外部] ${formSubj(CASE.daiExam)}`, date: d('2026-03-05 10:31:48'),
    enc: 'sjis8',
    text: `中村様

お世話になっております。
統合するには、どちらの認定アカウントを今後お使いになるかを決めていただく必要がございます。${DAI.keepId}、${DAI.srcId} のいずれを残すか、候補者 ID でご指定ください。

Amazon Web Services`,
  }),
  mk({
    slug: 'info-trend-mobile-bottom-quote',
    kind: 'info_request', lang: 'ja', caseId: CASE.yumi,
    note: "Support needs the user's full name as registered on both accounts; quotes the user's iPhone reply below.",
    to: YU, subject: `【外部メール】${formSubj(CASE.yumi)}`, date: d('2026-02-03 18:05:06'),
    enc: 'jis7',
    text: `${trendTop}
伊藤様

重ねてのご連絡恐れ入ります。
両アカウントにご登録のお名前(ローマ字表記を含む)を、それぞれ教えていただけますでしょうか。照合のために使わせていただきます。

Amazon Web Services

On 2026/02/03 17:41, 伊藤 由美 <${YUMI.work}> wrote:
${quote(`残すのは ${YUMI.work} の方です。\n\niPhoneから送信`)}`,
  }),
  mk({
    slug: 'info-html-only-form-fields',
    kind: 'info_request', lang: 'ja', caseId: CASE.misaki,
    note: 'HTML-only request listing the fields to send back (IDs, login e-mail, notification e-mail).',
    to: M, subject: `【社外】${formSubj(CASE.misaki)}`, date: d('2026-01-14 16:02:45'),
    enc: 'utf8b64',
    html: `<html><body>
<div style="background:#ffe4e1;font-size:9pt">[社外からのメール] 差出人とリンクに心当たりがある場合のみ開いてください。</div>
<p>高橋様</p>
<p>追加で以下の項目を返信にてご記入ください。</p>
<ul><li>統合元アカウントの候補者 ID:</li><li>統合元のログイン用メールアドレス:</li><li>統合元の認定通知用メールアドレス(ログイン用と異なる場合):</li></ul>
<p>Amazon Web Services<br>${sfRef('ja2q4')}</p>
</body></html>`,
  }),

  // ---------------- confirmation_request (4)
  mk({
    slug: 'conf-mimecast-kakunin-go',
    kind: 'confirmation_request', lang: 'ja', trap: true, caseId: CASE.hanako,
    note: 'Support shows both accounts and asks for go-ahead (元に戻せません); the Mimecast banner also uses 完了.',
    to: HA, subject: `[外部] ${formSubj(CASE.hanako)}`, date: d('2026-03-05 13:15:00'),
    enc: 'jisb64', hops: mcHops('ja2c1'),
    text: `${mcBannerJa}
佐藤様

いただいた情報で照合ができました。
${HANAKO.srcId}(${HANAKO.work})→ ${HANAKO.keepId}(${HANAKO.keep})
統合は取り消しのできない操作です。この組み合わせで進めてよいか、ご返信でお知らせください。

林
Amazon Web Services
${mcFooter}`,
  }),
  mk({
    slug: 'conf-bodyfail-forward-personal',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.dai, trusted: false, auth: 'bodyFail', gw: 'mgw01.mfg.example.co.jp',
    note: 'Consent request auto-forwarded from the work mailbox; the gateway banner broke DKIM and DMARC fails: untrusted.',
    to: DA, subject: `[外部] ${formSubj(CASE.dai)}`, date: d('2026-01-23 11:46:10'),
    enc: 'sjisb64', extra: [`X-Forwarded-To: dai.nakamura.home@example.com`],
    text: `******************************************************
【注意】このメールはインターネット(社外)から受信しました。
******************************************************

中村様

最終確認です。${DAI.srcId} を ${DAI.keepId} に統合します。統合後の取り消しはできません。
差し支えなければ、このメールに「はい」とだけご返信ください。

Amazon Web Services`,
  }),
  mk({
    slug: 'conf-taro-english-boiler-ja',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.taro, trap: true,
    note: 'Japanese consent request with English Salesforce boilerplate; a survey line about "resolved" sits in the footer.',
    to: TA, subject: `[EXT] ${formSubj(CASE.taro)}`, date: d('2026-01-10 11:58:33'),
    enc: 'utf8qp', hops: jpGwHops('ja2c3'),
    text: `山田様

氏名の表記を揃えていただき、ありがとうございます。
これで ${TARO.srcId} から ${TARO.keepId} への統合が可能になりました。元に戻すことはできませんが、実行してよろしいでしょうか。ご意向をお聞かせください。

Amazon Web Services

We value your feedback. Was your issue resolved? Please rate this correspondence:
${trend(U.survey, 'ja2c3')}
${sfRef('ja2c3')}`,
  }),
  mk({
    slug: 'conf-misaki-lookalike-server',
    kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, trusted: false, auth: 'lookalikeServer',
    note: 'Consent request whose topmost A-R comes from mx.test.example.mailhub-relay.net (look-alike authserv-id): untrusted.',
    to: M, subject: `【社外】${formSubj(CASE.misaki)}`, date: d('2026-01-16 23:12:40'),
    enc: 'jis7',
    text: `高橋様

統合についての最終確認です。統合を承認する場合は、下のボタンから認定アカウントでサインインしてください。
${trend('https://merge-approval.example-aws-cert.com/', 'ja2c4')}

Amazon Web Services`,
  }),

  // ---------------- merge_completed (4)
  mk({
    slug: 'done-portal-notice-mimecast',
    kind: 'merge_completed', lang: 'ja', trap: true, caseId: null,
    note: "The certification portal's own notice that the accounts were merged (no case ID); the Mimecast banner speaks of 同意.",
    from: CERT_PORTAL, to: HA, subject: '[外部] AWS 認定: アカウントが統合されました', date: d('2026-03-06 04:20:11'),
    enc: 'utf8b64', hops: mcHops('ja2m1'),
    text: `${mcBannerJa}
佐藤 花子 様

AWS 認定アカウントの統合が行われました。統合元アカウントの試験履歴、認定、特典は、現在ご利用のアカウントでご覧いただけます。
${mimecast(U.certmetrics, 'ja2m1')}

この操作に心当たりがない場合は、AWS トレーニングと認定サポートまでご連絡ください。

AWS Training and Certification
${mcFooter}`,
  }),
  mk({
    slug: 'done-ml-munged-from',
    kind: 'merge_completed', lang: 'ja', caseId: CASE.taro, trusted: false,
    note: 'Completion reply redistributed via the team list with From rewritten to the list address: untrusted.',
    from: '"AWS Training and Certification via cloud-team" <cloud-team@lists.corp.example.co.jp>', to: 'cloud-team@lists.corp.example.co.jp', rcpt: TARO.work,
    subject: `[cloud-team:00433] ${formSubj(CASE.taro)}`, date: d('2026-01-12 09:20:05'),
    enc: 'jis7', extra: ['List-Id: <cloud-team.lists.corp.example.co.jp>', 'X-ML-Name: cloud-team', 'X-Mail-Count: 00433'],
    text: `山田様

ご同意ありがとうございました。${TARO.srcId} の認定を ${TARO.keepId} へ移し終えました。
統合後のアカウントで認定の一覧をご確認ください。

Amazon Web Services
${mlFooter(433)}`,
  }),
  mk({
    slug: 'done-yumi-te-form-te-id-mid',
    kind: 'merge_completed', lang: 'ja', caseId: CASE.yumi,
    note: 'Completion phrased with an ID between the words (${srcId} は ${date} 付で ${keepId} に統合済み).',
    to: YU, subject: `【外部メール】${formSubj(CASE.yumi)}`, date: d('2026-02-06 16:58:21'),
    enc: 'jis7',
    text: `${trendTop}
伊藤様

ご返信ありがとうございました。
${YUMI.srcId} は 2026 年 2 月 6 日付で ${YUMI.keepId} に統合済みとなり、旧アカウントでのサインインはできなくなっております。
特典・認定の表示に不足があれば、本ケースにご返信ください。

Amazon Web Services`,
  }),
  mk({
    slug: 'done-dai-exam-sjis-outlook',
    kind: 'merge_completed', lang: 'ja', caseId: CASE.daiExam,
    note: 'Merge carried out, with an Outlook-style quoted block of the user consent below.',
    to: DA, subject: `[外部] ${formSubj(CASE.daiExam)}`, date: d('2026-03-09 15:40:29'),
    enc: 'sjis8', hops: jpGwHops('ja2m4', 'mgw01.mfg.example.co.jp'),
    text: `中村様

アカウントの統合が終わりましたのでお知らせします。${DAI.keepId} にサインインし、資格と試験履歴をお確かめください。

Amazon Web Services

差出人: 中村 大輔 <${DAI.work}>
送信日時: 2026年3月6日 金曜日 9:12
宛先: ${SUPPORT}
件名: RE: [外部] ${formSubj(CASE.daiExam)}

${DAI.keepId} を残してください。統合に同意します。`,
  }),

  // ---------------- badges_transferred (4)
  mk({
    slug: 'badge-support-reissued-hanako',
    kind: 'badges_transferred', lang: 'ja', trap: true, caseId: CASE.hanako,
    note: 'Support says the badges were re-issued to the kept address on Credly; the Mimecast banner speaks of 同意.',
    to: HA, subject: `[外部] ${formSubj(CASE.hanako)}`, date: d('2026-03-10 10:02:18'),
    enc: 'utf8qp', hops: mcHops('ja2b1'),
    text: `${mcBannerJa}
佐藤様

Credly のバッジについて、統合先のメールアドレス宛てに再発行いたしました。Credly から届くメールの「バッジを入手する」から受け取りを完了してください。

林
Amazon Web Services
${mcFooter}`,
  }),
  mk({
    slug: 'badge-credly-trend-html-only',
    kind: 'badges_transferred', lang: 'ja', caseId: null,
    note: 'Credly badge issue notice for an AWS certification, HTML only with Trend-rewritten button.',
    from: CREDLY_AWS, to: TA, subject: '[EXT] Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-01-13 08:11:57'),
    enc: 'utf8qp',
    html: `<html><body><p>${trendTop.trim()}</p><table width="600"><tr><td><h2>山田 太郎 さん、おめでとうございます</h2></td></tr>
<tr><td>Amazon Web Services Training and Certification が AWS Certified Data Engineer - Associate のバッジを発行しました。</td></tr>
<tr><td><a href="${trend('https://www.credly.com/earner/earned/badge/ja2b2', 'ja2b2')}" style="background:#ff6b00;color:#fff;padding:8px">バッジを入手する</a></td></tr></table></body></html>`,
  }),
  mk({
    slug: 'badge-yumi-support-moved-and-close',
    kind: 'badges_transferred', lang: 'ja', caseId: CASE.yumi,
    note: 'Support moved the badges and closes the case in the same reply: badges_transferred.',
    to: YU, subject: `【外部メール】${formSubj(CASE.yumi)}`, date: d('2026-02-09 11:24:39'),
    enc: 'jisb64',
    text: `伊藤様

お待たせしました。旧アカウントに紐付いていた Credly のバッジ 3 点を、${YUMI.work} 側へ移しました。
以上で本件の対応は終了となりますので、ケースはクローズいたします。

Amazon Web Services`,
  }),
  mk({
    slug: 'badge-misaki-misaligned-dkim',
    kind: 'badges_transferred', lang: 'ja', caseId: null, trusted: false, auth: 'misaligned',
    note: 'Credly-looking badge mail signed by an unrelated bulk domain, dmarc=fail: untrusted.',
    from: CREDLY_AWS, to: M, subject: '【社外】Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-01-21 02:44:10'),
    enc: 'utf8b64',
    text: `高橋 美咲 さん

統合されたアカウントへ AWS のバッジが移されました。
バッジを入手する: https://credly-badges.example-claim.net/accept

Credly`,
  }),

  // ---------------- case_closed (4)
  mk({
    slug: 'closed-hanako-autoclose-7days',
    kind: 'case_closed', lang: 'ja', caseId: CASE.hanako,
    note: 'Reminder: the case will be closed after 7 days without a reply; Mimecast-wrapped.',
    from: AWS_NOTIFY, to: HA, subject: `[外部] ケース ${CASE.hanako} へのご返信をお待ちしています`, date: d('2026-03-12 12:00:00'),
    enc: 'jis7', hops: mcHops('ja2z1'),
    text: `${mcBannerJa}
ケース ${CASE.hanako} について、サポートからのご連絡に対するお返事がまだ届いておりません。
このまま 7 日間ご返信がない場合、ケースは自動的に解決済みとなります。
${mimecast(U.center + CASE.hanako, 'ja2z1')}
${mcFooter}`,
  }),
  mk({
    slug: 'closed-dai-exam-restates',
    kind: 'case_closed', lang: 'ja', caseId: CASE.daiExam, trap: true,
    note: 'Closing that restates "merged on March 9"; closing is the new fact.',
    to: DA, subject: `[外部] ${formSubj(CASE.daiExam)}`, date: d('2026-03-16 10:05:40'),
    enc: 'sjis8',
    text: `中村様

3 月 9 日にお手続きしたアカウント統合について、その後問題はございませんでしょうか。
ご返信がございませんでしたので、本ケースはここでクローズとさせていただきます。

Amazon Web Services`,
  }),
  mk({
    slug: 'closed-misaki-misaligned',
    kind: 'case_closed', lang: 'ja', caseId: CASE.misaki, trusted: false, auth: 'misaligned',
    note: 'Case closed notice signed by a bulk-mail domain, not amazon.com: untrusted.',
    from: AWS_NOTIFY, to: M, subject: `【社外】ケース ${CASE.misaki} はクローズされました`, date: d('2026-01-26 05:13:09'),
    enc: 'utf8qp',
    text: `ケース ${CASE.misaki} はクローズされました。
評価アンケートにご協力ください: https://aws-survey.example-feedback.net/${CASE.misaki}`,
  }),
  mk({
    slug: 'closed-taro-html-flattened',
    kind: 'case_closed', lang: 'ja', caseId: CASE.taro,
    note: 'Resolved notice, multipart with an HTML table flattened into one line of text.',
    from: AWS_NOTIFY, to: TA, subject: `[EXT] AWS Support ケース ${CASE.taro} は解決済みです`, date: d('2026-01-19 09:00:12'),
    enc: 'utf8qp', hops: jpGwHops('ja2z4'),
    text: `ケースID ${CASE.taro} 状態 解決済み 件名 account-assistance 最終更新 2026-01-19 ケースを再開する場合は 14 日以内にサポートセンターから操作してください。 ${trend(U.center + CASE.taro, 'ja2z4')}`,
    html: `<table><tr><td>ケースID</td><td>${CASE.taro}</td></tr><tr><td>状態</td><td>解決済み</td></tr><tr><td>件名</td><td>account-assistance</td></tr><tr><td>最終更新</td><td>2026-01-19</td></tr></table><p>ケースを再開する場合は 14 日以内にサポートセンターから操作してください。</p><p><a href="${trend(U.center + CASE.taro, 'ja2z4')}">サポートセンター</a></p>`,
  }),

  // ---------------- support_reply (5)
  mk({
    slug: 'sr-hanako-apology-delay',
    kind: 'support_reply', lang: 'ja', caseId: CASE.hanako, trap: true,
    note: 'Apology for the delay, the merge will be done once the back office confirms; future tense only.',
    to: HA, subject: `[外部] ${formSubj(CASE.hanako)}`, date: d('2026-03-07 17:30:44'),
    enc: 'jis7', hops: mcHops('ja2s1'),
    text: `${mcBannerJa}
佐藤様

ご返信が遅くなり申し訳ございません。
担当部署での確認が済みしだい統合を行い、完了しましたらこちらからご連絡いたします。

林
Amazon Web Services
${mcFooter}`,
  }),
  mk({
    slug: 'sr-dai-escalated-ticket-tag',
    kind: 'support_reply', lang: 'ja', caseId: CASE.daiExam,
    note: 'Status: passed to the specialist team; the ticket tool prefixed its own number to the subject.',
    to: DA, subject: `[HD-2026-00871] [外部] ${formSubj(CASE.daiExam)}`, date: d('2026-03-06 14:12:35'),
    enc: 'sjisb64', extra: ['X-Ticket-Id: HD-2026-00871'],
    text: `▼この行より上に返信を書かないでください▼ (ヘルプデスク HD-2026-00871)

中村様

本件は専門チームへ引き継ぎました。対応状況は本ケースで引き続きお知らせします。

Amazon Web Services`,
  }),
  mk({
    slug: 'sr-yumi-voucher-answer',
    kind: 'support_reply', lang: 'ja', caseId: CASE.yumi,
    note: 'Answers a question about the 50% voucher after the merge; no new event.',
    to: YU, subject: `【外部メール】${formSubj(CASE.yumi)}`, date: d('2026-02-10 10:44:02'),
    enc: 'utf8b64',
    text: `${trendTop}
伊藤様

お問い合わせの 50% 割引バウチャーですが、有効期限内のものは統合先アカウントの「特典」に表示されます。期限切れのものは再発行の対象外となりますのでご了承ください。

Amazon Web Services`,
  }),
  mk({
    slug: 'sr-taro-received-info-check',
    kind: 'support_reply', lang: 'ja', caseId: CASE.taro, trap: true,
    note: 'Says the information was received and is being checked (受領しました, 確認中); no request and no consent ask.',
    to: TA, subject: `[EXT] ${formSubj(CASE.taro)}`, date: d('2026-01-09 19:02:17'),
    enc: 'jis7', hops: jpGwHops('ja2s4'),
    text: `山田様

アカウント情報を受領しました。現在、両アカウントの内容を確認しております。
準備ができましたら、統合についてのご確認をお願いするご連絡を差し上げます。

Amazon Web Services`,
  }),
  mk({
    slug: 'sr-misaki-thanks-ok',
    kind: 'support_reply', lang: 'ja', caseId: CASE.misaki,
    note: 'Short human acknowledgement of the user thanks after completion, no new event; top-posted over Gmail quote.',
    to: `${MISAKI.ja} <${MISAKI.home}>`, subject: formSubj(CASE.misaki), date: d('2026-01-20 10:15:00'),
    enc: 'utf8qp',
    text: `高橋様

ご丁寧にありがとうございます。ほかにご不明点があれば、いつでもこのケースにご返信ください。

小野
Amazon Web Services

2026年1月20日(火) 9:48 ${MISAKI.ja} <${MISAKI.home}>:
${quote('資格が表示されていることを確認しました。ありがとうございました。')}`,
  }),

  // ---------------- unrelated (7)
  mk({
    slug: 'un-ml-summit-newsletter',
    kind: 'unrelated', lang: 'ja', caseId: null, trusted: false, trap: true,
    note: 'AWS Summit announcement relayed by the team list; speaks of registration 完了 and 確認メール.',
    from: '"AWS Japan via cloud-team" <cloud-team@lists.corp.example.co.jp>', to: 'cloud-team@lists.corp.example.co.jp', rcpt: TARO.work,
    subject: '[cloud-team:00451] AWS Summit Japan 事前登録のご案内', date: d('2026-04-02 12:00:00'),
    enc: 'utf8qp', extra: ['List-Id: <cloud-team.lists.corp.example.co.jp>', 'Precedence: bulk'],
    text: `AWS Summit Japan の事前登録を受け付けています。登録が完了すると確認メールが届きます。
当日はセッション「認定資格の活用」もございます。
https://aws.amazon.com/jp/summits/japan/
${mlFooter(451)}`,
  }),
  mk({
    slug: 'un-microsoft-badge-credly',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'A Microsoft badge via Credly: other issuer, unrelated; trusted Credly sender.',
    from: 'Microsoft via Credly <admin@credly.com>', to: DA, subject: '[外部] Microsoftのバッジ発行のお知らせ', date: d('2026-03-11 07:30:30'),
    enc: 'utf8b64',
    text: `中村 大輔 さん

Microsoft から Microsoft Certified: Azure Fundamentals のバッジが発行されました。
バッジを入手する
https://www.credly.com/earner/earned/badge/ms-ja2u2`,
  }),
  mk({
    slug: 'un-it-helpdesk-released',
    kind: 'unrelated', lang: 'ja', caseId: CASE.hanako, trusted: false, trap: true,
    note: 'IT helpdesk says a held AWS mail was released (処理完了); internal note, not support news.',
    from: '情報システム ヘルプデスク <helpdesk@oldcorp.example.com>', to: HA, subject: `【処理完了】隔離メール解放のご依頼 (ケース ${CASE.hanako} 関連)`, date: d('2026-03-05 15:02:09'),
    enc: 'jis7',
    text: `佐藤さん

ご依頼の件、隔離されていた AWS からのメール(件名に ${CASE.hanako} を含むもの)を解放しました。受信トレイをご確認ください。
今後同じ送信者からのメールは許可リストに登録済みです。

情報システム ヘルプデスク
${oldcorpDisclaimer}`,
  }),
  mk({
    slug: 'un-own-reply-sent-copy-bcc',
    kind: 'unrelated', lang: 'ja', caseId: CASE.yumi, trusted: false, trap: true,
    note: "The user's own consent reply, copied back to her by the Bcc-self rule; own mail.",
    from: YU, to: SUPPORT, cc: YU, subject: `RE: 【外部メール】${formSubj(CASE.yumi)}`, date: d('2026-02-05 09:01:58'),
    enc: 'jis7', rcpt: YUMI.work,
    text: `ご担当者様

ご連絡ありがとうございます。
記載の内容で統合していただくことに同意いたします。よろしくお願いいたします。

伊藤 由美
株式会社伊東銀行 システム企画部
${'-'.repeat(60)}
本メールは当行の保存ポリシーに基づき記録・保管されます。`,
  }),
  mk({
    slug: 'un-skillbuilder-course-complete',
    kind: 'unrelated', lang: 'ja', caseId: null, trap: true,
    note: 'AWS Skill Builder course completion mail: a different "完了", not the merge.',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: M, subject: '【社外】コース修了のお知らせ: AWS Cloud Practitioner Essentials', date: d('2026-02-14 20:10:48'),
    enc: 'utf8qp',
    text: `[社外からのメール] この送信者からメールを受け取ることはあまりありません。
________________________________

高橋 美咲 さん

AWS Cloud Practitioner Essentials を修了しました。おめでとうございます。
修了証はマイページからダウンロードできます。`,
  }),
  mk({
    slug: 'un-to-colleague-not-user',
    kind: 'unrelated', lang: 'ja', caseId: CASE.dai, forUser: false, trusted: false, trap: true,
    note: 'A colleague forwards the merged-case mail to another colleague; not addressed to the user, not support.',
    from: '鈴木 健一 <k-suzuki@mfg.example.co.jp>', to: '田中 課長 <tanaka@mfg.example.co.jp>', subject: `FW: [外部] ${formSubj(CASE.dai)}`, date: d('2026-01-26 10:30:00'),
    enc: 'sjis8',
    text: `田中さん

中村さんの資格アカウント、統合が済んだとのことです(下記)。
教育記録の更新をお願いします。

鈴木

-----Original Message-----
From: ${SUPPORT}
Sent: Monday, January 26, 2026 9:12 AM
To: ${DAI.work}
Subject: [外部] ${formSubj(CASE.dai)}

アカウントの統合処理が終わりました。`,
  }),
  mk({
    slug: 'un-billing-other-case',
    kind: 'unrelated', lang: 'ja', caseId: CASE.yumiRefund, trap: true,
    note: 'Reply on the user\'s other case about an exam refund (返金手続きが完了): other topic, unrelated.',
    to: YU, subject: `【外部メール】RE:[CASE ${CASE.yumiRefund}] [AWS Training and Certification Form Submission] - exam-refund`, date: d('2026-02-12 13:33:20'),
    enc: 'jisb64',
    text: `伊藤様

試験キャンセルに伴う返金手続きが完了しました。カード会社での反映まで数日かかる場合がございます。
本件はこれでクローズいたします。

Amazon Web Services`,
  }),
];

export const UNUSED_JA2 = { runOn, CASE_MISAKI: MISAKI };
