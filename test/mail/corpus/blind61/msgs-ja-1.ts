// Set bh, Japanese part 1: information requests round after round, and support's replies to answers.
import { type Msg } from './lib.js';
import { CASE, KEN, MISAKI, SHO, YUKI, SUPPORT, SUPPORT_ADDR, addr, caseSubj, gmailJa, htmlDoc, jst, mk, outlookJa, paras, quote, sf, sfRef } from './common.js';

const KEN_FIRST = `AWS認定のアカウントが2つあるので1つにしたいです。
よろしくお願いします。
中村`;

const KEN_ANSWER1 = `ご連絡ありがとうございます。
ご質問の件、以下のとおりです。

1. 候補者ID: ${KEN.keepId}(個人)、${KEN.srcId}(前職)
2. 残したいのは個人の方です
3. メールは ${KEN.keep} と ${KEN.src} です

中村`;

const MISAKI_ANSWER1 = `お世話になっております。小林です。
ご質問にお答えします。
(1) 氏名: 小林 美咲(どちらも同じです)
(2) ${MISAKI.keepId} / ${MISAKI.srcId}
(3) ${MISAKI.keep} / ${MISAKI.src}
(4) 個人のほうか会社のほうか迷っていますが、たぶん個人 ${MISAKI.keep} か ${MISAKI.src}
(5) 予約はありません`;

const SHO_FIRST = `大学のメールで取ったアカウントと今のアカウントをまとめたいです。`;

export const JA1: Msg[] = [
  // ---------------- info_request ----------------
  mk({
    slug: 'ken-q1-three',
    kind: 'info_request',
    lang: 'ja',
    note: 'first human reply: asks both candidate IDs, both addresses and which account to keep',
    to: addr(KEN.ja, KEN.keep),
    subject: caseSubj(CASE.ken),
    caseId: CASE.ken,
    date: jst('2026-10-05 11:20:41'),
    enc: 'jis7',
    text: `中村 健一 様

AWS トレーニングと認定 カスタマーサポートの森でございます。
このたびはお問い合わせいただき、ありがとうございます。

アカウントの統合を進めるにあたり、恐れ入りますが次の3点をお教えください。

・両方のアカウントの候補者ID(AWSから始まる番号)
・それぞれのアカウントに登録されているメールアドレス
・統合後に残すアカウントはどちらか

お手数をおかけいたしますが、よろしくお願いいたします。

森
AWS トレーニングと認定

${sfRef('0Kx1aa')}

${sf(addr(KEN.ja, KEN.keep), '2026/10/04 22:03', SUPPORT_ADDR, '[AWS Training and Certification Form Submission] - account-assistance', KEN_FIRST)}`,
  }),
  mk({
    slug: 'ken-q2-name',
    kind: 'info_request',
    lang: 'ja',
    note: 'second round: has IDs and addresses, still needs the registered name on each account',
    to: addr(KEN.ja, KEN.keep),
    subject: caseSubj(CASE.ken),
    caseId: CASE.ken,
    date: jst('2026-10-06 15:47:09'),
    enc: 'jisb64',
    text: `中村様

ご返信ありがとうございます。候補者ID ${KEN.keepId} / ${KEN.srcId}、ならびに残すアカウント(${KEN.keep})について承りました。

ただ、2つのアカウントで登録氏名の表記が異なっているように見受けられます。それぞれのアカウントに登録されているお名前を、ローマ字表記も含めてそのままお知らせいただけますでしょうか。

---- いただいている情報 ----
残すアカウント: ${KEN.keepId} (${KEN.keep})
統合するアカウント: ${KEN.srcId} (${KEN.src})
---- まだいただいていない情報 ----
各アカウントの登録氏名

引き続きよろしくお願いいたします。
AWS トレーニングと認定 サポート 森

${gmailJa('2026年10月5日(月) 21:14', KEN.ja, KEN.keep, KEN_ANSWER1)}`,
  }),
  mk({
    slug: 'ken-q3-screenshot',
    kind: 'info_request',
    lang: 'ja',
    note: 'third round: asks for a screenshot of the source account certification page',
    to: addr(KEN.ja, KEN.keep),
    subject: caseSubj(CASE.ken),
    caseId: CASE.ken,
    date: jst('2026-10-08 10:02:55'),
    enc: 'sjis8',
    text: `中村 健一 様

いつもお世話になっております。AWS トレーニングと認定の森です。
お名前の件、ご回答ありがとうございました。

追加で恐縮ですが、統合元 ${KEN.srcId} にサインインした状態で「認定」画面を表示し、そのスクリーンショットを本メールに添付してご返信いただけませんか。旧アカウント側の資格の一覧を当方で照合するためのものです。

森

> 前職のアカウントの名前は「Nakamura Kenichi」、個人のほうは「Kenichi Nakamura」で登録していたと思います。
> 漢字では登録していません。`,
  }),
  mk({
    slug: 'misaki-q1-list5',
    kind: 'info_request',
    lang: 'ja',
    note: 'five numbered questions: name, two IDs, two addresses, account to keep, booked exam',
    to: addr(MISAKI.ja, MISAKI.keep),
    subject: caseSubj(CASE.misaki),
    caseId: CASE.misaki,
    date: jst('2026-09-14 09:31:18'),
    enc: 'utf8qp',
    text: `小林 美咲 様

お問い合わせありがとうございます。AWS トレーニングと認定 サポートチームの田口です。
アカウント統合の手続きのため、以下の項目についてご回答をお願いできますでしょうか。

(1) 各アカウントにご登録の氏名
(2) 各アカウントの候補者ID
(3) 各アカウントのメールアドレス
(4) 統合後も使い続けるアカウント
(5) 現在、いずれかのアカウントで予約済みの試験があるかどうか

すべてそろい次第、次の手順をご案内いたします。

田口
AWS Training and Certification Customer Support`,
    html: htmlDoc(`<p>小林 美咲 様</p>
<p>お問い合わせありがとうございます。AWS トレーニングと認定 サポートチームの田口です。<br>
アカウント統合の手続きのため、以下の項目についてご回答をお願いできますでしょうか。</p>
<ol>
<li>各アカウントにご登録の氏名</li>
<li>各アカウントの候補者ID</li>
<li>各アカウントのメールアドレス</li>
<li>統合後も使い続けるアカウント</li>
<li>現在、いずれかのアカウントで予約済みの試験があるかどうか</li>
</ol>
<p>すべてそろい次第、次の手順をご案内いたします。</p>
<p>田口<br>AWS Training and Certification Customer Support</p>`, 'ja'),
  }),
  mk({
    slug: 'misaki-q2-which-keep',
    kind: 'info_request',
    lang: 'ja',
    note: 'round two restates answers 1-3 and 5 and asks again which account she keeps',
    to: addr(MISAKI.ja, MISAKI.keep),
    subject: caseSubj(CASE.misaki),
    caseId: CASE.misaki,
    date: jst('2026-09-15 13:05:40'),
    enc: 'jis7',
    text: `小林様

ご回答ありがとうございます。(1)(2)(3)(5) の内容は確認できました。
(4) につきましては、ご返信の中に2つのアドレスが並んで書かれていたため、どちらを残すべきか判断がつきませんでした。

統合後に残すのは ${MISAKI.keep} と ${MISAKI.src} のどちらか、一方だけをお選びいただき、改めてご返信をお願いいたします。
なお、統合は取り消しができないため、会社のアドレスを残した場合、退職後にサインインできなくなる点にご注意ください。

田口

${outlookJa(`${MISAKI.ja} <${MISAKI.keep}>`, '2026年9月14日 20:12', SUPPORT_ADDR, caseSubj(CASE.misaki), MISAKI_ANSWER1)}`,
  }),
  mk({
    slug: 'sho-q1-blunt',
    kind: 'info_request',
    lang: 'ja',
    note: 'one blunt question: which address should the accounts be merged into',
    to: addr(SHO.ja, SHO.keep),
    subject: caseSubj(CASE.sho),
    caseId: CASE.sho,
    date: jst('2026-11-02 08:44:12'),
    enc: 'sjisb64',
    text: `高橋様

統合先(残す側)のメールアドレスをご教示ください。
ご依頼文からは判別できませんでした。

サポート 岡本

${sf(addr(SHO.ja, SHO.keep), '2026/11/01 23:58', SUPPORT_ADDR, '[AWS Training and Certification Form Submission] - account-assistance', SHO_FIRST)}`,
  }),
  mk({
    slug: 'sho-q2-exam-booked',
    kind: 'info_request',
    lang: 'ja',
    note: 'asks whether an exam is booked on either account, phrased without a question mark',
    to: addr(SHO.ja, SHO.keep),
    subject: caseSubj(CASE.sho),
    caseId: CASE.sho,
    date: jst('2026-11-03 17:26:03'),
    enc: 'utf8b64',
    text: `高橋 翔 様

統合先は ${SHO.keep} とのこと、承知しました。

もう1点、統合の前に確認させていただきたいことがございます。現時点で、どちらかのアカウントに予約済みの試験(オンライン/テストセンターいずれも)がございましたら、その試験名と受験予定日をお聞かせ願えますと幸いです。予約がない場合は「なし」とだけご返信いただければ結構です。

AWS トレーニングと認定 岡本

2026年11月2日(月) 12:30 ${SHO.ja} <${SHO.keep}>:
> 残したいのは ${SHO.keep} です。大学のほうは卒業したら使えなくなります。`,
  }),
  mk({
    slug: 'yuki-q1-kakunin',
    kind: 'info_request',
    lang: 'ja',
    trap: true,
    note: 'asks her to check and tell which address to keep (ご確認のうえお知らせ): information, not consent',
    to: addr(YUKI.ja, YUKI.keep),
    subject: caseSubj(CASE.yuki),
    caseId: CASE.yuki,
    date: jst('2026-08-20 10:15:27'),
    enc: 'jisb64',
    text: `渡辺 由紀 様

AWS トレーニングと認定へのお問い合わせ、ありがとうございます。

統合先として残すメールアドレスをご確認のうえ、本メールへの返信でお知らせください。あわせて、統合元のアカウントの候補者IDもご記入いただけますと、確認がスムーズに進みます。

どうぞよろしくお願いいたします。
AWS トレーニングと認定 カスタマーサポート 西川`,
  }),
  mk({
    slug: 'yuki-q2-id-typo',
    kind: 'info_request',
    lang: 'ja',
    note: 'the candidate ID she sent is not found; asks her to check the digits and send it again',
    to: addr(YUKI.ja, YUKI.keep),
    subject: caseSubj(CASE.yuki),
    caseId: CASE.yuki,
    date: jst('2026-08-21 16:40:51'),
    enc: 'jis7',
    text: `渡辺様

ご返信ありがとうございます。
いただいた候補者ID「AWS4220751」で検索しましたが、該当するアカウントが見つかりませんでした。桁が1つ足りないようです。
お手数ですが、統合元アカウントの「プロフィール」画面に表示されている候補者IDをもう一度お送りいただけないでしょうか。

西川

-----Original Message-----
From: ${YUKI.ja} <${YUKI.keep}>
Sent: Friday, August 21, 2026 9:02 AM
To: ${SUPPORT_ADDR}
Subject: ${caseSubj(CASE.yuki)}

残すのは ${YUKI.keep} です。統合元のIDは AWS4220751 です。`,
  }),
  mk({
    slug: 'sho-q3-html-table',
    kind: 'info_request',
    lang: 'ja',
    note: 'HTML-only: table of what support has and what is still missing (source account ID and name)',
    to: addr(SHO.ja, SHO.keep),
    subject: caseSubj(CASE.sho),
    caseId: CASE.sho,
    date: jst('2026-11-04 11:11:36'),
    enc: 'utf8qp',
    html: htmlDoc(`<p>高橋 翔 様</p>
<p>試験のご予約はないとのこと、ありがとうございます。現在の状況を整理いたしました。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>項目</th><th>状況</th></tr>
<tr><td>統合先メールアドレス</td><td>${SHO.keep}(受領済み)</td></tr>
<tr><td>統合先 候補者ID</td><td>${SHO.keepId}(受領済み)</td></tr>
<tr><td>予約済みの試験</td><td>なし(受領済み)</td></tr>
<tr><td>統合元 候補者ID</td><td>未受領</td></tr>
<tr><td>統合元の登録氏名</td><td>未受領</td></tr>
</table>
<p>未受領の2項目をご返信にてお送りください。大学のアドレスでサインインできない場合は、その旨をお書き添えください。</p>
<p>岡本<br>AWS トレーニングと認定</p>
<div class="gmail_quote">2026年11月3日(火) 21:48 ${SHO.ja} &lt;${SHO.keep}&gt;:<br>
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">なしです。</blockquote></div>`, 'ja'),
  }),
  mk({
    slug: 'yuki-q3-mixed-boiler',
    kind: 'info_request',
    lang: 'ja',
    note: 'English case boilerplate around a Japanese request for the source account login address',
    to: addr(YUKI.ja, YUKI.keep),
    subject: caseSubj(CASE.yuki),
    caseId: CASE.yuki,
    date: jst('2026-08-24 09:58:14'),
    enc: 'utf8qp',
    text: `Hello,

Thank you for contacting AWS Training and Certification.

渡辺様、正しい候補者ID(${YUKI.srcId})をお送りいただきありがとうございました。
照合したところ、このIDのアカウントに登録されているサインイン用のメールアドレスが、いただいた ${YUKI.src} と一致しませんでした。旧アカウントへのサインインに実際に使っていたアドレスを教えていただけますか。

We value your feedback. Please share your experience by rating this correspondence.

Best regards,
Nishikawa
AWS Training and Certification`,
  }),
  mk({
    slug: 'misaki-q3-to-old',
    kind: 'info_request',
    lang: 'ja',
    note: 'sent to the old company address with the personal one in Cc: asks which address can still receive mail',
    to: addr(MISAKI.ja, MISAKI.src),
    cc: MISAKI.keep,
    subject: caseSubj(CASE.misaki),
    caseId: CASE.misaki,
    date: jst('2026-09-16 14:22:08'),
    enc: 'jis7',
    crlf: false,
    text: `小林様

念のため両方のアドレスにお送りしております。
退職後も受信できるアドレスはどちらでしょうか。今後のご連絡はそちらに一本化したいと存じますので、受信可能なアドレスから一言ご返信ください。

田口 / AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-q-lookalike',
    kind: 'info_request',
    lang: 'ja',
    trusted: false,
    note: 'forged support on a look-alike domain asking for IDs and the password',
    from: 'AWS トレーニングと認定 <support@aws-training-support.jp.net>',
    to: addr(KEN.ja, KEN.keep),
    subject: `【重要】[CASE ${CASE.ken}] アカウント統合のための本人確認`,
    caseId: CASE.ken,
    date: jst('2026-10-07 03:12:44'),
    auth: 'none',
    enc: 'jis7',
    text: `中村 健一 様

アカウント統合の手続きを続行するには、本人確認が必要です。
以下をこのメールへの返信でお送りください。

・候補者ID
・サインイン用メールアドレス
・現在のパスワード

48時間以内にご返信がない場合、統合申請は取り消されます。

AWS トレーニングと認定 本人確認チーム`,
  }),
  mk({
    slug: 'ja-q-dmarcfail',
    kind: 'info_request',
    lang: 'ja',
    trusted: false,
    note: 'asks for the name on each account, but the support domain fails DMARC',
    to: addr(YUKI.ja, YUKI.keep),
    subject: caseSubj(CASE.yuki),
    caseId: CASE.yuki,
    date: jst('2026-08-22 02:37:19'),
    auth: 'fail',
    enc: 'sjis8',
    text: `渡辺様

各アカウントのご登録氏名を、パスポートの表記どおりにお知らせください。
確認が取れるまで統合は保留とさせていただきます。

AWS トレーニングと認定`,
  }),

  // ---------------- support_reply ----------------
  mk({
    slug: 'ken-ack-ids',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    note: 'thanks for the screenshot and IDs, passed to the team; asks nothing new',
    to: addr(KEN.ja, KEN.keep),
    subject: caseSubj(CASE.ken),
    caseId: CASE.ken,
    date: jst('2026-10-09 09:12:30'),
    enc: 'jis7',
    text: `中村様

スクリーンショットを拝受いたしました。ありがとうございます。
これまでにいただいた候補者ID、メールアドレス、ご登録氏名とあわせて、統合を担当するチームに引き継ぎました。
現時点で追加でお伺いすることはございません。チームからの連絡をお待ちください。

森

2026年10月8日(木) 19:40 ${KEN.ja} <${KEN.keep}>:

> スクリーンショットを添付します。
> よろしくお願いします。`,
  }),
  mk({
    slug: 'misaki-ack-noted',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    note: 'acknowledges her choice of account to keep; no further questions',
    to: addr(MISAKI.ja, MISAKI.keep),
    subject: caseSubj(CASE.misaki),
    caseId: CASE.misaki,
    date: jst('2026-09-17 10:48:02'),
    enc: 'jisb64',
    text: `小林様

残すアカウントは個人のアドレス ${MISAKI.keep} とのこと、承知いたしました。
これで必要な情報はそろいましたので、こちらで準備を進めてまいります。

田口

${outlookJa(`${MISAKI.ja} <${MISAKI.keep}>`, '2026年9月16日 22:31', SUPPORT_ADDR, caseSubj(CASE.misaki), `個人の ${MISAKI.keep} を残します。会社のほうは今月末で使えなくなります。`)}`,
  }),
  mk({
    slug: 'sho-escalated',
    kind: 'support_reply',
    lang: 'ja',
    note: 'case passed to a specialist team, answer in a few business days',
    to: addr(SHO.ja, SHO.keep),
    subject: caseSubj(CASE.sho),
    caseId: CASE.sho,
    date: jst('2026-11-06 12:03:57'),
    enc: 'sjis8',
    text: `高橋様

大学のアドレスのアカウントは学内のシングルサインオン経由で作成されているため、当窓口では扱えない設定が含まれておりました。
専門部署に本件をエスカレーションしましたので、数営業日ほどお時間をいたただけますと幸いです。進展があり次第ご連絡します。

岡本`,
  }),
  mk({
    slug: 'yuki-once-merged',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    note: 'thanks for confirming; will write again once the merge is done (future)',
    to: addr(YUKI.ja, YUKI.keep),
    subject: caseSubj(CASE.yuki),
    caseId: CASE.yuki,
    date: jst('2026-08-26 11:30:00'),
    enc: 'jis7',
    text: `渡辺 由紀 様

統合へのご同意、確かに承りました。担当部署に手配しております。
統合が完了しましたら、改めてこちらのケースでご連絡差し上げます。今しばらくお待ちください。

西川

2026年8月25日(火) 23:05 ${YUKI.ja} <${YUKI.keep}>:

> 上記の内容で統合をお願いします。同意します。`,
  }),
  mk({
    slug: 'yuki-dup-cases',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    note: 'two cases for the same request were merged into one: case housekeeping, not the account merge',
    to: addr(YUKI.ja, YUKI.keep),
    subject: caseSubj(CASE.yuki),
    caseId: CASE.yuki,
    date: jst('2026-08-20 18:02:11'),
    enc: 'utf8b64',
    text: `渡辺様

同じご依頼で2件のケース(${CASE.yuki} と ${CASE.yukiDup})が作成されておりましたので、ケース ${CASE.yuki} に統合いたしました。
今後はこちらのケースにご返信ください。別のケースを作成されますと回答が遅れる原因になりますので、ご注意ください。

西川`,
  }),
  mk({
    slug: 'ken-not-yet',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    note: 'status: the merge is not complete yet, still with the team (negated)',
    to: addr(KEN.ja, KEN.keep),
    subject: caseSubj(CASE.ken),
    caseId: CASE.ken,
    date: jst('2026-10-12 14:55:21'),
    enc: 'jisb64',
    text: `中村様

お問い合わせの件、現時点ではまだ統合は完了しておりません。
担当チームで作業待ちの状態となっており、順番に対応しております。完了次第こちらからお知らせしますので、恐れ入りますがもう少々お待ちくださいませ。

森

> その後どうなっていますか。まだ前職のアカウントにも資格が残っているようです。`,
  }),
  mk({
    slug: 'misaki-voucher-answer',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    note: 'answers her question about the 50% voucher after the merge; asks nothing',
    to: addr(MISAKI.ja, MISAKI.keep),
    subject: caseSubj(CASE.misaki),
    caseId: CASE.misaki,
    date: jst('2026-09-18 09:07:45'),
    enc: 'utf8qp',
    text: `小林様

ご質問ありがとうございます。
未使用の50%割引バウチャーは、統合を行うと残す側のアカウントの「特典」に表示されるようになります。有効期限は変わりません。Credly のバッジは統合後に別途お手続きが必要になる場合があります。

田口

-----Original Message-----
From: ${MISAKI.ja} <${MISAKI.keep}>
Sent: Thursday, September 17, 2026 11:20 PM
To: ${SUPPORT_ADDR}
Subject: ${caseSubj(CASE.misaki)}

会社のアカウントにある半額バウチャーはどうなりますか?`,
  }),
  mk({
    slug: 'sho-screenshot-ok',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    note: 'received his answers and screenshot, nothing missing; no request',
    to: addr(SHO.ja, SHO.keep),
    subject: caseSubj(CASE.sho),
    caseId: CASE.sho,
    date: jst('2026-11-05 10:40:19'),
    enc: 'jis7',
    text: `高橋様

統合元の候補者ID ${SHO.srcId} とご登録氏名、ならびに添付の画面写真、すべて拝見しました。不足はございません。
引き続きこちらで確認を進めます。

岡本`,
  }),
  mk({
    slug: 'ja-sr-forged-below',
    kind: 'support_reply',
    lang: 'ja',
    trusted: false,
    note: 'status note; a dmarc=pass header sits below the receiving server line (forged)',
    to: addr(KEN.ja, KEN.keep),
    subject: caseSubj(CASE.ken),
    caseId: CASE.ken,
    date: jst('2026-10-10 04:21:33'),
    auth: 'forgedBelow',
    enc: 'jis7',
    text: `中村様

ご依頼の件は担当チームにて引き続き対応中です。
今しばらくお待ちください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'yuki-write-from-keep',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    note: 'asks her to reply from the address she keeps, no data requested',
    to: addr(YUKI.ja, YUKI.src),
    subject: caseSubj(CASE.yuki),
    caseId: CASE.yuki,
    date: jst('2026-08-19 15:16:48'),
    enc: 'sjisb64',
    text: `渡辺様

本件は、統合後に残すアカウントのメールアドレスからご連絡いただく必要がございます。
恐れ入りますが、残す側のアドレスから、このケースにご返信いただけますようお願いいたします。

西川`,
  }),
  mk({
    slug: 'ken-all-set-restated',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    note: 'restates everything it has and says nothing is missing; no request',
    to: addr(KEN.ja, KEN.keep),
    subject: caseSubj(CASE.ken),
    caseId: CASE.ken,
    date: jst('2026-10-09 18:33:06'),
    enc: 'sjis8',
    text: `中村 健一 様

これまでにいただいた情報を整理しました。

残すアカウント: ${KEN.keepId} / ${KEN.keep} / Kenichi Nakamura
統合するアカウント: ${KEN.srcId} / ${KEN.src} / Nakamura Kenichi
予約中の試験: なし

以上で必要な情報はそろっております。ご協力ありがとうございました。

森`,
  }),
];
