// Set bl, Japanese: the support case's own mail (receipts, AI answers, requests,
// confirmations, completions, badges, closings, other replies).
import type { Msg } from './lib.js';
import {
  CASE,
  FORM,
  FORM_JA,
  FORM_TC,
  KIMURA,
  KIMURA_REQ,
  NAKANO,
  NAKANO_REQ,
  NOREPLY,
  OHASHI,
  OHASHI_REQ,
  PORTAL_JA,
  PORTAL_CM,
  CREDLY_AWS,
  SUPPORT_AWS,
  TEAMLIST,
  formSubject,
  formSubject0,
  gmailJa,
  htmlDoc,
  jd,
  mk,
  outlookJa,
  paras,
  quote,
  ref,
  sfQuote,
} from './common.js';

const K = `${KIMURA.ja} <${KIMURA.keep}>`;
const Ksrc = `${KIMURA.ja} <${KIMURA.src}>`;
const N = `${NAKANO.ja} <${NAKANO.keep}>`;
const O = `${OHASHI.ja} <${OHASHI.keep}>`;

export const JA_CASE: Msg[] = [
  // ------------------------------------------------------------ acknowledgement (7)
  mk({
    slug: 'ack-kimura',
    kind: 'acknowledgement',
    lang: 'ja',
    note: 'automatic receipt of the new case, case ID in subject and body',
    caseId: CASE.kimura,
    from: NOREPLY,
    to: K,
    subject: `お問い合わせを承りました [ケース ID: ${CASE.kimura}]`,
    date: jd('2026-02-09 21:14:03'),
    enc: 'jis7',
    text: `木村 健一 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
ケース ${CASE.kimura} として登録いたしました。
担当チームが内容を拝見し、通常1営業日以内にこのメールアドレス宛てにご連絡します。

なお、同じご用件で別のケースを作成されますと、回答までにかえって時間を要することがございます。
追加の情報がある場合は、本メールにそのままご返信ください。

※このメールは送信専用アドレスから自動でお送りしています。
Amazon Web Services`,
  }),
  mk({
    slug: 'ack-nakano-bodyid',
    kind: 'acknowledgement',
    lang: 'ja',
    note: 'receipt whose subject has no ID; the case number appears only in the body',
    caseId: CASE.nakano,
    from: SUPPORT_AWS,
    to: N,
    subject: 'AWS サポート: 受付完了のお知らせ',
    date: jd('2026-03-18 08:02:47'),
    enc: 'sjis8',
    text: `中野 美咲 様

このたびはご連絡ありがとうございます。以下のとおりお問い合わせを受け付けました。

  ケース番号     : ${CASE.nakano}
  カテゴリ       : AWS トレーニングと認定 > 認定 > アカウントの統合
  受付日時       : 2026/03/18 08:02 (JST)

担当者からの回答をお待ちください。回答はケース作成時のメールアドレスに届きます。

AWS サポート`,
  }),
  mk({
    slug: 'ack-ohashi-alt',
    kind: 'acknowledgement',
    lang: 'ja',
    note: 'multipart receipt for the new merge case',
    caseId: CASE.ohashi,
    from: NOREPLY,
    to: O,
    subject: `[CASE ${CASE.ohashi}] お問い合わせありがとうございます`,
    date: jd('2026-05-11 12:40:19'),
    enc: 'utf8b64',
    text: `大橋 翔 様

お問い合わせ(ケース ${CASE.ohashi})を確かに受領しました。
内容を確認のうえ、担当より順次ご連絡差し上げます。通常 24 時間以内のご返信を目安としております。

ご返信の際は件名の [CASE ${CASE.ohashi}] を消さずにお送りください。

アマゾン ウェブ サービス`,
    html: htmlDoc(
      paras(`大橋 翔 様

お問い合わせ(ケース ${CASE.ohashi})を確かに受領しました。
内容を確認のうえ、担当より順次ご連絡差し上げます。通常 24 時間以内のご返信を目安としております。

ご返信の際は件名の [CASE ${CASE.ohashi}] を消さずにお送りください。

アマゾン ウェブ サービス`),
    ),
  }),
  mk({
    slug: 'ack-kimura-fieldlist',
    kind: 'acknowledgement',
    lang: 'ja',
    trap: true,
    note: 'receipt that echoes the submitted fields (candidate IDs, addresses) but asks for nothing',
    caseId: CASE.kimura,
    from: FORM_JA,
    to: K,
    subject: formSubject0(CASE.kimura),
    date: jd('2026-02-09 21:14:40'),
    enc: 'jisb64',
    text: `本メールはフォーム送信の控えです。

ケース: ${CASE.kimura}
お名前: 木村 健一
会社名: Fabrikam 株式会社
AWS 候補 ID: ${KIMURA.keepId}
お問い合わせの種類: AWS トレーニングと認定 / アカウントのサポート
ご相談内容:
${KIMURA_REQ}

上記内容で受付いたしました。担当者からの連絡まで今しばらくお待ちください。`,
  }),
  mk({
    slug: 'ack-forged-domain',
    kind: 'acknowledgement',
    lang: 'ja',
    trusted: false,
    note: 'receipt-shaped mail from a look-alike domain (amazon-supportdesk.jp); untrusted',
    caseId: CASE.nakano,
    from: 'Amazon Web Services <no-reply@amazon-supportdesk.jp>',
    to: N,
    subject: `ケース ${CASE.nakano} 受付のご案内`,
    date: jd('2026-03-18 09:15:00'),
    enc: 'utf8qp',
    text: `中野様

お問い合わせを受け付けました(ケース番号 ${CASE.nakano})。
担当者より折り返しご連絡いたしますので、しばらくお待ちくださいませ。

Amazon Web Services カスタマーセンター`,
  }),
  mk({
    slug: 'ack-kimura-dup',
    kind: 'acknowledgement',
    lang: 'ja',
    note: 'receipt of the duplicate case the user opened by mistake',
    caseId: CASE.kimuraDup,
    from: NOREPLY,
    to: `${KIMURA.en} <${KIMURA.keep}>`,
    subject: `お問い合わせを承りました [ケース ID: ${CASE.kimuraDup}]`,
    date: jd('2026-02-10 07:51:26'),
    enc: 'sjisb64',
    text: `木村 健一 様

AWS トレーニングと認定 サポートです。ケース ${CASE.kimuraDup} を作成しました。
順番に対応しておりますので、担当者からのメールをお待ちいただけますと幸いです。

Amazon Web Services`,
  }),
  mk({
    slug: 'ack-resent-oldaddr',
    kind: 'acknowledgement',
    lang: 'ja',
    forUser: false,
    note: 'receipt redirected by the old company server (Resent-* headers): not delivered to the user as such',
    caseId: CASE.ohashi,
    from: NOREPLY,
    to: `大橋 <${OHASHI.src}>`,
    subject: `[CASE ${CASE.ohashi}] お問い合わせありがとうございます`,
    date: jd('2026-05-11 12:40:21'),
    enc: 'jis7',
    resent: { from: 'postmaster@contoso.example.co.jp', to: 'retired-mailbox@contoso.example.co.jp', date: jd('2026-05-11 12:41:02') },
    text: `大橋 翔 様

ケース ${CASE.ohashi} でお問い合わせを受け付けております。
回答の準備ができしだい、担当からご連絡します。

アマゾン ウェブ サービス`,
  }),

  // ------------------------------------------------------------ ai_answer (6)
  mk({
    slug: 'ai-kimura',
    kind: 'ai_answer',
    lang: 'ja',
    note: 'generated answer pointing at the self-service merge tool',
    caseId: CASE.kimura,
    from: NOREPLY,
    to: K,
    subject: `ケース ${CASE.kimura}: 自動回答のご案内`,
    date: jd('2026-02-09 21:13:10'),
    enc: 'jis7',
    text: `以下は生成 AI が作成した回答の候補です。内容が正確でない場合があります。

認定アカウントが複数ある場合、AWS 認定アカウントにサインインし、
[プロフィール] から「アカウントの統合」を開くと、ご自身で統合を申請できます。
統合元アカウントのメールアドレスに確認コードが送られますので、それを入力してください。

この回答で解決しない場合は、画面下の「ケースを作成」を選んで担当者へお問い合わせください。`,
  }),
  mk({
    slug: 'ai-nakano-after',
    kind: 'ai_answer',
    lang: 'ja',
    trap: true,
    note: 'automated answer that describes what happens after a merge; still only a suggestion',
    caseId: null,
    from: NOREPLY,
    to: N,
    subject: 'お問い合わせ内容に基づくおすすめの解決方法',
    date: jd('2026-03-18 07:59:55'),
    enc: 'utf8qp',
    text: `中野 美咲 様

ご入力いただいた内容から、次の方法をご案内します(自動生成)。

1. 残したい方の認定アカウントでサインインします。
2. 「Merge Accounts」ツールで、もう一方のアカウントのメールアドレスを指定します。
3. 統合が終わると、試験履歴・認定・特典は残した側にまとまり、統合元にはサインインできなくなります。
   デジタルバッジは Credly 上で改めて受け取る必要がある場合があります。

両方のアカウントに合格履歴があるなど、ツールで統合できないときはカスタマーサポートへご相談ください。`,
  }),
  mk({
    slug: 'ai-ohashi-html',
    kind: 'ai_answer',
    lang: 'ja',
    note: 'HTML-only automated suggestion before the case was created',
    caseId: null,
    from: SUPPORT_AWS,
    to: O,
    subject: 'AWS サポートからの回答案',
    date: jd('2026-05-11 12:37:02'),
    enc: 'utf8b64',
    html: htmlDoc(
      `<p>大橋 翔 様</p>
<p>こちらは AI による自動応答です。</p>
<p>認定アカウントの<b>メールアドレス変更</b>や<b>アカウント統合</b>は、多くの場合 AWS 認定アカウントの「プロフィール」&gt;「Merge Accounts」から手続きできます。<br>
統合するアカウント側に届く確認コードが必要です。</p>
<p>解決しない場合は <a href="https://support.aws.amazon.com/#/contacts/aws-training">こちら</a> からケースを作成してください。</p>`,
      'AWS サポート',
    ),
  }),
  mk({
    slug: 'ai-kimura-sjis-short',
    kind: 'ai_answer',
    lang: 'ja',
    note: 'short automated reply on the case suggesting the portal tool first',
    caseId: CASE.kimuraDup,
    from: FORM_JA,
    to: K,
    subject: formSubject(CASE.kimuraDup),
    date: jd('2026-02-10 07:52:10'),
    enc: 'sjis8',
    text: `[自動返信] お問い合わせの内容から、セルフサービスでの解決が可能かもしれません。

・AWS 認定アカウント > プロフィール > アカウントの統合
 統合元に合格履歴が無い場合は、この画面だけで完了します。

この案内で解決した場合、返信は不要です。`,
  }),
  mk({
    slug: 'ai-forged-otheronly',
    kind: 'ai_answer',
    lang: 'ja',
    trusted: false,
    note: 'automated suggestion whose only pass verdict comes from another server (mx.google.com); untrusted',
    caseId: null,
    from: NOREPLY,
    to: N,
    subject: '自動回答: 認定アカウントの統合について',
    date: jd('2026-03-17 23:30:41'),
    enc: 'jisb64',
    auth: 'otherOnly',
    text: `AI アシスタントによるご案内です。

認定アカウントはご自身で統合できます。AWS 認定のページにサインインし、
アカウント設定から統合ツールを開いて、統合したいアカウントのメールアドレスと確認コードを入力してください。

ご不明点があれば、サポートケースを作成してください。`,
  }),
  mk({
    slug: 'ai-ohashi-builderid',
    kind: 'ai_answer',
    lang: 'ja',
    note: 'generated answer about Builder ID sign-in and the merge tool',
    caseId: CASE.ohashi,
    from: NOREPLY,
    to: O,
    subject: `ケース ${CASE.ohashi} に関するヒント (自動送信)`,
    date: jd('2026-05-11 12:39:30'),
    enc: 'utf88bit',
    text: `このメッセージはシステムが自動で作成しました。

転職などでメールアドレスが変わる場合は、まず新しいアドレスで AWS Builder ID を作成し、
認定アカウントにサインインしてから、認定ポータルの「Merge Accounts」で旧アカウントを取り込んでください。
旧アカウントに届く確認コードが受け取れない場合は、担当者が個別に対応します。

担当者の対応を希望される場合は、このままお待ちください。`,
  }),

  // ------------------------------------------------------------ info_request (8)
  mk({
    slug: 'info-kimura-ids',
    kind: 'info_request',
    lang: 'ja',
    note: 'agent asks for both candidate IDs and which account to keep',
    caseId: CASE.kimura,
    from: FORM_JA,
    to: K,
    subject: formSubject(CASE.kimura),
    date: jd('2026-02-10 16:22:08'),
    enc: 'jis7',
    text: `木村様

AWS トレーニングと認定のカスタマーサポート、佐々木です。

アカウントの統合にあたり、次の点をお知らせいただけますでしょうか。
- 両アカウントの AWS 候補 ID (AWS から始まる番号)
- それぞれのログイン用メールアドレス
- 統合後に残すアカウントはどちらか

ご返信をいただきしだい、手続きを進めます。

${ref('01kim')}

${sfQuote(KIMURA.keep, '2026/02/09 12:14', `[CASE ${CASE.kimura}] account-assistance`, KIMURA_REQ)}`,
  }),
  mk({
    slug: 'info-nakano-implicit',
    kind: 'info_request',
    lang: 'ja',
    note: 'missing source-account details stated as a gap, no explicit request word',
    caseId: CASE.nakano,
    from: FORM_JA,
    to: N,
    subject: formSubject(CASE.nakano),
    date: jd('2026-03-19 10:48:33'),
    enc: 'sjis8',
    text: `中野 美咲 様

ご連絡ありがとうございます。担当の小林です。
いただいた内容では、統合元アカウント(大学のアドレス側)の試験合格日と認定名が見当たりませんでした。
あわせて、通知用メールアドレスをログイン用と別に設定されている場合は、そのアドレスも必要になります。
本メールへのご返信でお送りいただければ、そのまま処理に回します。

よろしくお願いいたします。

${quote(NAKANO_REQ)}`,
  }),
  mk({
    slug: 'info-ohashi-confirmword',
    kind: 'info_request',
    lang: 'ja',
    trap: true,
    note: 'uses 確認 wording but asks the user to tell which address to keep (information, not consent)',
    caseId: CASE.ohashi,
    from: FORM_JA,
    to: O,
    subject: formSubject(CASE.ohashi),
    date: jd('2026-05-12 14:05:51'),
    enc: 'utf8qp',
    text: `大橋様

いつもお世話になっております。AWS 認定サポートの伊藤でございます。

お手数ですが、統合後にご利用になるメールアドレスが ${OHASHI.keep} でよいか、ご確認のうえお知らせください。
また、前職のアカウントで Skill Builder のサブスクリプションをご契約中かどうかも教えていただけますと助かります。

以上、よろしくお願いいたします。

${gmailJa('2026年5月11日(月) 12:40', `${OHASHI.ja} <${OHASHI.keep}>`, OHASHI_REQ)}`,
  }),
  mk({
    slug: 'info-kimura-fromkeep',
    kind: 'info_request',
    lang: 'ja',
    note: 'asks to write from the kept address AND to include both IDs',
    caseId: CASE.kimuraDup,
    from: FORM_JA,
    to: Ksrc,
    subject: formSubject(CASE.kimuraDup),
    date: jd('2026-02-11 09:30:12'),
    enc: 'jisb64',
    text: `木村 健一 様

ご本人確認のため、統合先として残すアカウントのメールアドレスから、本ケースへご返信ください。
その際、統合元・統合先それぞれの候補 ID を本文に記載してください。
いただいたメールアドレスが会社のものでしたので、念のためのお願いです。

なお、同じ内容のケース ${CASE.kimura} も確認しております。

AWS トレーニングと認定 サポート 佐々木`,
  }),
  mk({
    slug: 'info-nakano-outlook-bottom',
    kind: 'info_request',
    lang: 'ja',
    note: 'Outlook-style quoted thread, the new text (bottom) asks for the certification list of each account',
    caseId: CASE.nakano,
    from: FORM_JA,
    to: N,
    subject: formSubject(CASE.nakano),
    date: jd('2026-03-20 17:11:45'),
    enc: 'jis7',
    text: `${outlookJa(`${NAKANO.ja} <${NAKANO.keep}>`, '2026年3月20日 9:02', FORM, `Re: ${formSubject(CASE.nakano)}`, `お世話になっております。中野です。
大学側のアドレスは ${NAKANO.src} です。よろしくお願いいたします。`)}

---
中野様

アドレスのご連絡ありがとうございます。
続いて、各アカウントで取得済みの認定の名称と取得年月日を一覧でいただけますか。
試験予約が入っている場合は、その試験名と日時も併せてお願いします。

小林`,
  }),
  mk({
    slug: 'info-forged-below',
    kind: 'info_request',
    lang: 'ja',
    trusted: false,
    note: 'request for IDs and password; dmarc=pass only below the server Received line (forged)',
    caseId: CASE.ohashi,
    from: FORM_JA,
    to: O,
    subject: formSubject(CASE.ohashi),
    date: jd('2026-05-12 03:18:09'),
    enc: 'utf8b64',
    auth: 'forgedBelow',
    text: `大橋様

統合処理のため、以下をご返信ください。
・両アカウントの候補 ID
・旧アカウントのパスワード
・生年月日

48 時間以内にご返信がない場合、ケースは無効となります。`,
  }),
  mk({
    slug: 'info-kimura-gmail-top',
    kind: 'info_request',
    lang: 'ja',
    note: 'top-posted request for the notification address of the source account, Gmail quote below',
    caseId: CASE.kimura,
    from: FORM_JA,
    to: K,
    subject: formSubject(CASE.kimura),
    date: jd('2026-02-12 11:03:58'),
    enc: 'sjisb64',
    text: `木村様

候補IDのご連絡ありがとうございました。
統合元(${KIMURA.srcId})について、認定通知の送信先アドレスがログイン用と異なるようです。現在有効な通知先アドレスを教えてください。

佐々木

${gmailJa('2026年2月11日(水) 22:40', K, `佐々木様

残すのは ${KIMURA.keepId}、統合するのは ${KIMURA.srcId} です。
木村`)}`,
  }),
  mk({
    slug: 'info-ohashi-exam-typo',
    kind: 'info_request',
    lang: 'ja',
    note: 'typo-laden request for the scheduled exam details before merging',
    caseId: CASE.ohashi,
    from: FORM_JA,
    to: O,
    subject: formSubject(CASE.ohashi),
    date: jd('2026-05-13 10:26:40'),
    enc: 'jisb64',
    text: `大橋 様

お世話になっておりおます。伊藤です。
統合元のアカウントに試験の予約が1件残っているようです、予約番号と受験予定日をおしらせいただけますか。
予約中の試験があるままだと統合できないため、確認させてください。

伊藤`,
  }),

  // ------------------------------------------------------------ confirmation_request (7)
  mk({
    slug: 'conf-kimura',
    kind: 'confirmation_request',
    lang: 'ja',
    note: 'asks the user to agree to the irreversible merge by replying',
    caseId: CASE.kimura,
    from: FORM_JA,
    to: K,
    subject: formSubject(CASE.kimura),
    date: jd('2026-02-13 15:40:27'),
    enc: 'jis7',
    text: `木村 健一 様

お待たせしました。次の内容で統合の準備ができています。

  統合元: ${KIMURA.srcId} (${KIMURA.src})
  統合先: ${KIMURA.keepId} (${KIMURA.keep})

統合すると元に戻すことはできず、統合元アカウントは利用できなくなります。
この内容で進めてよろしければ、その旨を本メールにご返信ください。ご返信を確認してから作業に入ります。

佐々木`,
  }),
  mk({
    slug: 'conf-nakano-agreephrase',
    kind: 'confirmation_request',
    lang: 'ja',
    note: 'consent requested as "reply with 同意します", without the word 確認',
    caseId: CASE.nakano,
    from: FORM_JA,
    to: N,
    subject: formSubject(CASE.nakano),
    date: jd('2026-03-22 13:12:06'),
    enc: 'sjis8',
    text: `中野様

情報のご提供ありがとうございました。
大学アドレスのアカウント(${NAKANO.srcId})を、個人アドレスのアカウント(${NAKANO.keepId})へまとめます。
一度まとめたアカウントは分け直せません、差し支えなければ「同意します」とだけご返信ください。

小林`,
  }),
  mk({
    slug: 'conf-ohashi-alt',
    kind: 'confirmation_request',
    lang: 'ja',
    note: 'multipart consent request listing what moves and that it cannot be undone',
    caseId: CASE.ohashi,
    from: FORM_JA,
    to: O,
    subject: formSubject(CASE.ohashi),
    date: jd('2026-05-14 11:20:00'),
    enc: 'utf8qp',
    text: `大橋様

予約のご確認ありがとうございました、予約が取り消されたことをこちらでも把握しました。

統合先 ${OHASHI.keepId} に、統合元 ${OHASHI.srcId} の試験履歴・認定・特典を移します。
この操作は取り消せません。実施に同意いただけるか、ご返答をお願いいたします。

伊藤`,
    html: htmlDoc(
      paras(`大橋様

予約のご確認ありがとうございました、予約が取り消されたことをこちらでも把握しました。

統合先 ${OHASHI.keepId} に、統合元 ${OHASHI.srcId} の試験履歴・認定・特典を移します。
この操作は取り消せません。実施に同意いただけるか、ご返答をお願いいたします。

伊藤`),
    ),
  }),
  mk({
    slug: 'conf-lookalike-server',
    kind: 'confirmation_request',
    lang: 'ja',
    trusted: false,
    note: 'consent request whose Authentication-Results comes from a look-alike authserv-id; untrusted',
    caseId: CASE.kimura,
    from: FORM_JA,
    to: K,
    subject: formSubject(CASE.kimura),
    date: jd('2026-02-13 16:02:11'),
    enc: 'jisb64',
    auth: 'lookalikeServer',
    text: `木村様

アカウント統合の最終確認です。下記リンクから同意ボタンを押してください。統合は元に戻せません。
https://aws-cert-merge.example-verify.net/consent?c=${CASE.kimura}`,
  }),
  mk({
    slug: 'conf-kimura-dup-merged',
    kind: 'confirmation_request',
    lang: 'ja',
    note: 'second agent on the merged duplicate asks once more for consent, mentions the duplicate case was folded in',
    caseId: CASE.kimura,
    from: FORM_JA,
    to: K,
    subject: formSubject(CASE.kimura),
    date: jd('2026-02-14 10:05:44'),
    enc: 'sjisb64',
    text: `木村様

担当の佐々木に代わりご連絡いたします、山口です。
重複していたケース ${CASE.kimuraDup} はこちらのケースにまとめました。

前回のメールへのご返信がまだのようでしたので、改めてお伺いします。
${KIMURA.srcId} を ${KIMURA.keepId} に統合してよろしいでしょうか。統合後の取り消しはできません。
問題なければ「はい」とお返事ください。

山口`,
  }),
  mk({
    slug: 'conf-nakano-fail-forged',
    kind: 'confirmation_request',
    lang: 'ja',
    trusted: false,
    note: 'consent request: topmost verdict fails, a planted pass sits lower; untrusted',
    caseId: CASE.nakano,
    from: FORM_JA,
    to: N,
    subject: formSubject(CASE.nakano),
    date: jd('2026-03-22 14:00:00'),
    enc: 'utf8b64',
    auth: 'failThenForged',
    text: `中野様

統合の実施について、ご同意の可否をご返信ください。統合後は元に戻せません。

AWS 認定サポート`,
  }),
  mk({
    slug: 'conf-ohashi-mixed',
    kind: 'confirmation_request',
    lang: 'ja',
    note: 'Japanese consent request with the English legal sentence kept as boilerplate',
    caseId: CASE.ohashi,
    from: FORM_TC,
    to: O,
    subject: formSubject(CASE.ohashi),
    date: jd('2026-05-15 09:12:37'),
    enc: 'jis7',
    text: `大橋様

念のため、英語の定型文も添えてお送りします。

Please note that merging accounts is permanent and cannot be reversed.

統合先: ${OHASHI.keep} / 統合元: ${OHASHI.src}
この内容で処理を開始してよいか、ご回答ください。お返事をいただくまで作業は保留します。

伊藤 (AWS Training and Certification)`,
  }),

  // ------------------------------------------------------------ merge_completed (7)
  mk({
    slug: 'mc-kimura',
    kind: 'merge_completed',
    lang: 'ja',
    note: 'support reports the merge is done',
    caseId: CASE.kimura,
    from: FORM_JA,
    to: K,
    subject: formSubject(CASE.kimura),
    date: jd('2026-02-16 18:44:02'),
    enc: 'jis7',
    text: `木村様

ご回答ありがとうございました。
${KIMURA.srcId} のデータを ${KIMURA.keepId} へ移し、アカウントの統合を完了しました。
${KIMURA.keep} でサインインし、認定と特典が表示されていることをご確認ください。

山口

${gmailJa('2026年2月14日(土) 21:03', K, 'はい、統合してください。')}`,
  }),
  mk({
    slug: 'mc-nakano-closing',
    kind: 'merge_completed',
    lang: 'ja',
    note: 'merge done; also says the case will now be closed (completion is the new fact)',
    caseId: CASE.nakano,
    from: FORM_JA,
    to: N,
    subject: formSubject(CASE.nakano),
    date: jd('2026-03-24 11:30:09'),
    enc: 'sjis8',
    text: `中野 美咲 様

ご同意いただいた内容のとおり、大学アドレス側の認定記録を個人アドレスのアカウントへ統合いたしました。
本件はこれで解決となりますので、ケースはクローズさせていただきます。

小林`,
  }),
  mk({
    slug: 'mc-portal-ja',
    kind: 'merge_completed',
    lang: 'ja',
    note: 'certification portal notice that two accounts were merged (no case ID)',
    caseId: null,
    from: PORTAL_JA,
    to: O,
    subject: 'AWS 認定アカウントの統合が完了しました',
    date: jd('2026-05-16 02:10:55'),
    enc: 'utf8b64',
    html: htmlDoc(
      `<p>大橋 翔 様</p>
<p>お客様の AWS 認定アカウント (${OHASHI.keepId}) に、別のアカウントの記録が統合されました。</p>
<table border="0"><tr><td>統合されたアカウント</td><td>${OHASHI.srcId}</td></tr><tr><td>処理日</td><td>2026-05-15</td></tr></table>
<p>この操作に心当たりがない場合は、AWS トレーニングと認定サポートへご連絡ください。</p>
<p>AWS 認定プログラム</p>`,
      'AWS 認定',
    ),
  }),
  mk({
    slug: 'mc-ohashi-checkall',
    kind: 'merge_completed',
    lang: 'ja',
    note: 'completion that asks the user to check everything looks right; still merge_completed',
    caseId: CASE.ohashi,
    from: FORM_JA,
    to: O,
    subject: formSubject(CASE.ohashi),
    date: jd('2026-05-15 19:02:31'),
    enc: 'jisb64',
    text: `大橋様

統合処理が終わりました。前職アカウントの DVA と SOA は ${OHASHI.keepId} 側に入っています。
試験履歴や特典の表示に不足がないか、お手すきの際に一度ご確認いただけますと幸いです。

伊藤`,
  }),
  mk({
    slug: 'mc-certmetrics-untrusted',
    kind: 'merge_completed',
    lang: 'ja',
    trusted: false,
    note: 'portal-style merge notice from a CertMetrics address (not a trusted domain)',
    caseId: null,
    from: PORTAL_CM,
    to: N,
    subject: '【AWS 認定】アカウント統合処理完了のお知らせ',
    date: jd('2026-03-24 11:05:17'),
    enc: 'jis7',
    text: `中野 美咲 様

お客様のアカウント ${NAKANO.keepId} に ${NAKANO.srcId} の記録を統合しました。
今後は ${NAKANO.keep} でサインインしてください。

AWS Certification Program`,
  }),
  mk({
    slug: 'mc-forged-amaz0n',
    kind: 'merge_completed',
    lang: 'ja',
    trusted: false,
    note: 'completion notice from amaz0n-training.com (look-alike domain)',
    caseId: CASE.kimura,
    from: 'AWS トレーニングと認定 <support@amaz0n-training.com>',
    to: K,
    subject: formSubject(CASE.kimura),
    date: jd('2026-02-15 04:40:00'),
    enc: 'utf8qp',
    text: `木村様

アカウントの統合が完了いたしました。特典バウチャーを受け取るため、次のページからログインしてください。
https://amaz0n-training.com/benefit/login`,
  }),
  mk({
    slug: 'mc-kimura-resent',
    kind: 'merge_completed',
    lang: 'ja',
    forUser: false,
    note: 'completion mail redirected by the old company server (Resent-* headers)',
    caseId: CASE.kimura,
    from: FORM_JA,
    to: Ksrc,
    subject: formSubject(CASE.kimura),
    date: jd('2026-02-16 18:44:05'),
    enc: 'sjisb64',
    resent: { from: 'mail-admin@fabrikam.example.co.jp', to: 'archive-retired@fabrikam.example.co.jp', date: jd('2026-02-16 18:45:30') },
    text: `木村様 (旧アドレスにも控えをお送りしています)

${KIMURA.srcId} は ${KIMURA.keepId} に統合済みとなりました。以後、旧アカウントにはサインインできません。

山口`,
  }),

  // ------------------------------------------------------------ badges_transferred (7)
  mk({
    slug: 'bt-credly-kimura',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'AWS badge issued via Credly to the kept address after the merge',
    caseId: null,
    from: CREDLY_AWS,
    to: K,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: jd('2026-02-18 06:12:44'),
    enc: 'utf8b64',
    hdr: 'utf8b',
    html: htmlDoc(
      `<p>木村 健一 さん</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect – Associate」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/5b0c7d1e">バッジを入手する</a></p>
<p>受け取ったバッジはプロフィールに表示され、LinkedIn などで共有できます。</p>
<p style="color:#888">Credly, Inc.</p>`,
      'Credly',
    ),
  }),
  mk({
    slug: 'bt-support-moved-close',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'support says the Credly badges were moved and closes the case',
    caseId: CASE.kimura,
    from: FORM_JA,
    to: K,
    subject: formSubject(CASE.kimura),
    date: jd('2026-02-20 13:33:18'),
    enc: 'jis7',
    text: `木村様

Credly のバッジにつきまして、旧アカウントに紐づいていた 2 件を ${KIMURA.keep} 側へ移行しました。
Credly から受け取りの案内メールが届いていれば、そのまま承認してください。
ほかにご不明な点がなければ、本ケースはこれで終了とさせていただきます。

山口

${gmailJa('2026年2月19日(木) 8:15', K, `統合ありがとうございました。ただ Credly のバッジが旧アドレスのままでした。`)}`,
  }),
  mk({
    slug: 'bt-credly-nakano-sjis',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'AWS badge re-issued to the kept address via Credly',
    caseId: null,
    from: CREDLY_AWS,
    to: N,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: jd('2026-03-26 04:50:02'),
    enc: 'sjis8',
    text: `中野 美咲 さん、おめでとうございます!

Amazon Web Services Training and Certification が次のバッジを発行しました。
  AWS Certified Cloud Practitioner

バッジを入手する: https://www.credly.com/earner/earned/badge/a91f20c4

このメールは ${NAKANO.keep} 宛てに送信されています。`,
  }),
  mk({
    slug: 'bt-support-ohashi-done',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'support reports the badges now sit on the kept account',
    caseId: CASE.ohashi,
    from: FORM_JA,
    to: O,
    subject: formSubject(CASE.ohashi),
    date: jd('2026-05-19 10:01:27'),
    enc: 'utf8qp',
    text: `大橋様

お問い合わせのデジタルバッジの件です。
DVA・SOA の2つのバッジは、${OHASHI.keep} の Credly アカウントに付け替えが済んでいます。
Credly のダッシュボードでご確認いただけます。

伊藤`,
  }),
  mk({
    slug: 'bt-credly-forged',
    kind: 'badges_transferred',
    lang: 'ja',
    trusted: false,
    note: 'badge-issued notice from credly-badges.net (look-alike); untrusted',
    caseId: null,
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>',
    to: O,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: jd('2026-05-18 22:15:00'),
    enc: 'jis7',
    text: `大橋 翔 さん

Amazon Web Services Training and Certification からバッジが発行されました。
バッジを入手する: https://credly-badges.net/accept?id=77120`,
  }),
  mk({
    slug: 'bt-credly-kimura-2nd',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'second AWS badge arriving on the kept address via Credly',
    caseId: null,
    from: CREDLY_AWS,
    to: K,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: jd('2026-02-18 06:13:02'),
    enc: 'jisb64',
    text: `木村 健一 さん

Amazon Web Services Training and Certification があなたに「AWS Certified Cloud Practitioner」を発行しました。
下のボタンから受け取り、プロフィールに追加しましょう。

[ バッジを入手する ]
https://www.credly.com/earner/earned/badge/0e44b9a2`,
  }),
  mk({
    slug: 'bt-support-nakano-mixed',
    kind: 'badges_transferred',
    lang: 'ja',
    note: 'support, after the merge, says the badge transfer finished; restates the earlier merge',
    caseId: CASE.nakano,
    from: FORM_JA,
    to: N,
    subject: formSubject(CASE.nakano),
    date: jd('2026-03-27 16:20:40'),
    enc: 'jisb64',
    text: `中野様

先日統合したアカウントに関連して、Credly 側の作業も終わりました。
CLF のバッジは ${NAKANO.keep} の Credly プロフィールへ移っています(Credly badge transfer completed)。

小林`,
  }),

  // ------------------------------------------------------------ case_closed (7)
  mk({
    slug: 'cc-nakano-resolved',
    kind: 'case_closed',
    lang: 'ja',
    note: 'system notice that the case was resolved',
    caseId: CASE.nakano,
    from: SUPPORT_AWS,
    to: N,
    subject: `ケース ${CASE.nakano} は解決済みになりました`,
    date: jd('2026-03-24 11:31:00'),
    enc: 'sjis8',
    text: `中野 美咲 様

ケース ${CASE.nakano} のステータスが「解決済み」に変わりました。
同じ件で追加のご質問がある場合は、14 日以内であればケースを再開できます。

AWS サポート`,
  }),
  mk({
    slug: 'cc-ohashi-autoclose',
    kind: 'case_closed',
    lang: 'ja',
    note: 'reminder that the case will close automatically without a reply',
    caseId: CASE.ohashi,
    from: FORM_JA,
    to: O,
    subject: formSubject(CASE.ohashi),
    date: jd('2026-05-22 09:00:14'),
    enc: 'jis7',
    text: `大橋様

その後いかがでしょうか。
ご返信がない場合、このケースは3日後に自動的にクローズされます。
追加で必要なことがあれば、それまでにお知らせください。

伊藤`,
  }),
  mk({
    slug: 'cc-kimura-restate',
    kind: 'case_closed',
    lang: 'ja',
    trap: true,
    note: 'closing that only restates the merge done last week',
    caseId: CASE.kimura,
    from: FORM_JA,
    to: K,
    subject: formSubject(CASE.kimura),
    date: jd('2026-02-24 10:15:09'),
    enc: 'utf8b64',
    text: `木村様

先週 2 月 16 日にアカウントの統合を実施し、バッジの移行もご案内済みです。
その後ご連絡がございませんので、本ケースはクローズいたします。
またのご利用をお待ちしております。

山口`,
  }),
  mk({
    slug: 'cc-dup-closed',
    kind: 'case_closed',
    lang: 'ja',
    note: 'the duplicate case is closed in favour of the main one',
    caseId: CASE.kimuraDup,
    from: FORM_JA,
    to: K,
    subject: formSubject(CASE.kimuraDup),
    date: jd('2026-02-14 10:06:30'),
    enc: 'sjisb64',
    text: `木村様

こちらのケース ${CASE.kimuraDup} は、先に作成いただいたケース ${CASE.kimura} と同じご依頼のため、クローズしました。
以降のやり取りは ${CASE.kimura} でお願いいたします。

山口`,
  }),
  mk({
    slug: 'cc-none-auth',
    kind: 'case_closed',
    lang: 'ja',
    trusted: false,
    note: 'closing notice with no Authentication-Results at all; untrusted',
    caseId: CASE.ohashi,
    from: SUPPORT_AWS,
    to: O,
    subject: `ケース ${CASE.ohashi} をクローズしました`,
    date: jd('2026-05-25 09:00:00'),
    enc: 'jisb64',
    auth: 'none',
    text: `大橋 翔 様

ケース ${CASE.ohashi} はクローズされました。ご利用ありがとうございました。

AWS サポート`,
  }),
  mk({
    slug: 'cc-nakano-html',
    kind: 'case_closed',
    lang: 'ja',
    trap: true,
    note: 'HTML closing after the user reported badges and certs look fine (restated, not new)',
    caseId: CASE.nakano,
    from: FORM_JA,
    to: N,
    subject: formSubject(CASE.nakano),
    date: jd('2026-03-31 15:45:50'),
    enc: 'utf8qp',
    html: htmlDoc(
      `<div>中野様</div><div><br></div>
<div>ご確認のご連絡をいただき、ありがとうございました。バッジ・認定ともに問題ないとのこと、承知いたしました。</div>
<div>これにて本件の対応を終了し、ケースを閉じさせていただきます。</div>
<div><br></div><div>小林</div>
<div class="gmail_quote">-------- 元のメッセージ --------<br>
<blockquote>小林様 確認しました、全部表示されています。ありがとうございました。 中野</blockquote></div>`,
      '',
    ),
  }),
  mk({
    slug: 'cc-ohashi-reminder2',
    kind: 'case_closed',
    lang: 'ja',
    note: 'final auto-close reminder in plain Japanese, case ID in subject',
    caseId: CASE.ohashi,
    from: NOREPLY,
    to: O,
    subject: `【ケース ${CASE.ohashi}】ご返信がない場合は自動でクローズされます`,
    date: jd('2026-05-24 09:00:02'),
    enc: 'sjis8',
    text: `大橋 翔 様

担当者からのメッセージにまだご返信をいただいていません。
このまま 24 時間ご返信がなければ、ケースは自動的に終了します。

Amazon Web Services`,
  }),

  // ------------------------------------------------------------ support_reply (7)
  mk({
    slug: 'sr-kimura-thanks',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    note: 'thanks for confirming, passed to the team (not the merge itself)',
    caseId: CASE.kimura,
    from: FORM_JA,
    to: K,
    subject: formSubject(CASE.kimura),
    date: jd('2026-02-15 10:20:03'),
    enc: 'jis7',
    text: `木村様

ご確認のお返事、ありがとうございます。
統合作業は専門チームが行いますので、依頼を回しました。完了しましたら改めてご連絡いたします。

山口

${quote('はい、統合してください。\n木村')}`,
  }),
  mk({
    slug: 'sr-nakano-future',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    note: 'future/conditional statement (統合が完了しましたら), not the completion',
    caseId: CASE.nakano,
    from: FORM_JA,
    to: N,
    subject: formSubject(CASE.nakano),
    date: jd('2026-03-23 09:40:22'),
    enc: 'sjis8',
    text: `中野様

同意のご連絡を受け取りました。現在、担当部署にて処理中でございます。
統合が完了しましたら、ケースにてお知らせいたします。なお、バッジの移行はその後になります。

小林`,
  }),
  mk({
    slug: 'sr-ohashi-unable',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    note: 'negated: cannot merge yet while an exam booking exists (asks nothing)',
    caseId: CASE.ohashi,
    from: FORM_JA,
    to: O,
    subject: formSubject(CASE.ohashi),
    date: jd('2026-05-13 18:30:11'),
    enc: 'utf8b64',
    text: `大橋様

ご連絡ありがとうございます。
統合元アカウントに試験の予約(Pearson VUE)が入っているため、現時点では統合を完了できません。
予約を取り消された後であれば手続きを再開できますので、その際はこのケースにお知らせください。

伊藤`,
  }),
  mk({
    slug: 'sr-kimura-badges-pending',
    kind: 'support_reply',
    lang: 'ja',
    trap: true,
    note: 'badges have not moved yet; support asked the Credly team (status update)',
    caseId: CASE.kimura,
    from: FORM_JA,
    to: K,
    subject: formSubject(CASE.kimura),
    date: jd('2026-02-19 14:48:36'),
    enc: 'jisb64',
    text: `木村様

バッジの件、ご連絡ありがとうございます。
確認したところ、Credly 上のバッジはまだ旧アドレスに残っておりました。担当チームへ移行を依頼済みです、1 から 3 営業日ほどお時間をください。

山口`,
  }),
  mk({
    slug: 'sr-gmail-display-forged',
    kind: 'support_reply',
    lang: 'ja',
    trusted: false,
    note: 'trusted-looking display name on a free-mail address; untrusted status update',
    caseId: CASE.nakano,
    from: 'AWS トレーニングと認定 <aws.cert.support.desk@gmail.com>',
    to: N,
    subject: formSubject(CASE.nakano),
    date: jd('2026-03-21 20:14:00'),
    enc: 'utf8qp',
    text: `中野様

お問い合わせの件、ただいま社内で確認中です。進捗があり次第ご連絡します。`,
  }),
  mk({
    slug: 'sr-ohashi-writefromkeep',
    kind: 'support_reply',
    lang: 'ja',
    note: 'asks to write from the kept address, no data requested',
    caseId: CASE.ohashi,
    from: FORM_JA,
    to: `${OHASHI.ja} <${OHASHI.src}>`,
    cc: O,
    subject: formSubject(CASE.ohashi),
    date: jd('2026-05-12 09:02:15'),
    enc: 'jis7',
    text: `大橋様

恐れ入りますが、今後のやり取りは統合先として残すアドレス(${OHASHI.keep})からお送りいただけますか。
前職のアドレスはまもなく使えなくなると伺っておりますので、行き違いを防ぐためです。

伊藤`,
  }),
  mk({
    slug: 'sr-nakano-team-cc',
    kind: 'support_reply',
    lang: 'ja',
    note: 'status reply: escalated, waiting on the certification team; user is Cc-ed with a team list',
    caseId: CASE.nakano,
    from: FORM_JA,
    to: TEAMLIST,
    cc: N,
    subject: formSubject(CASE.nakano),
    date: jd('2026-03-21 11:55:48'),
    enc: 'sjisb64',
    text: `中野様
(Cc いただいた皆様)

本件は認定チームへエスカレーションしました。大学側アカウントの本人確認に少し時間がかかっております。
追加でお願いすることは今のところありません、進展がありましたらお知らせします。

小林`,
  }),
];
