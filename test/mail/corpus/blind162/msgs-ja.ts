// fe: Japanese messages. Voice: the two ends of politeness, from curt to buried-in-keigo.
import type { Msg } from './lib.js';
import {
  ASSIST, CASE, CREDLY_AWS, FORM, FORM_ADDR, ICHIRO, KEN, M, MISAKI, NOTIFY, PORTAL, REQ_ICHIRO, REQ_KEN, REQ_MISAKI, REQ_YUMI, YUMI,
  d, formSubj, gmailJa, htmlDoc, outlookJa, paras, q, sfJa, sfRef, to,
} from './common.js';

const mi = to(MISAKI.ja, MISAKI.keep);
const ic = to(ICHIRO.ja, ICHIRO.keep);
const kn = to(KEN.ja, KEN.keep);
const yu = to(YUMI.ja, YUMI.keep);

export const JA: Msg[] = [
  // ================= acknowledgement (7)
  M({
    slug: 'ja-ack-keigo-receipt', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki, enc: 'jis7', to: mi, from: NOTIFY,
    date: d('2026-09-14 01:12:40'),
    subject: `[CASE ${CASE.misaki}] お問い合わせを承りました`,
    note: 'automatic receipt in heavy keigo; case ID in subject and body',
    text: `高橋 美咲 様

このたびはAWS トレーニングと認定へお問い合わせを賜り、誠にありがとうございます。
お寄せいただきましたお問い合わせは、ケース番号 ${CASE.misaki} にて確かに承りました。
担当の者より、通常24時間以内にご連絡を差し上げる所存でございますので、恐れ入りますが今しばらくお待ちくださいますようお願い申し上げます。

なお、同一のご依頼につき別途ケースをお立てになりますと、かえってご回答が遅れる場合がございます。何卒ご了承賜りますようお願い申し上げます。

※本メールは送信専用アドレスよりお送りしております。
Amazon Web Services`,
  }),
  M({
    slug: 'ja-ack-curt-sjis', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ichiro, enc: 'sjis8', crlf: false, to: ic, from: NOTIFY,
    date: d('2026-10-02 06:40:03'),
    subject: `受付番号 ${CASE.ichiro}`,
    note: 'curt automatic receipt: number, reply window, do not duplicate',
    text: `受付済み。
ケースID: ${CASE.ichiro}
回答目安: 24時間以内
同じ内容でケースを追加作成しないこと。回答が遅れます。
このメールへの返信は不要。

AWS Support`,
  }),
  M({
    slug: 'ja-ack-fields-html', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yumi, enc: 'utf8b64', to: yu, from: NOTIFY,
    date: d('2026-10-27 23:05:51'),
    subject: '【自動送信】お問い合わせ受付のお知らせ',
    note: 'receipt with the submitted fields echoed; case ID only in the body',
    text: `渡辺 由美 様

平素より格別のご高配を賜り、厚く御礼申し上げます。
下記の内容にてお問い合わせを受け付けいたしましたので、謹んでお知らせ申し上げます。

受付番号: ${CASE.yumi}
お問い合わせタイプ: AWS トレーニングと認定
お名前: 渡辺 由美
AWS 候補者 ID: ${YUMI.keepId}

担当窓口より順次ご連絡を差し上げますので、何卒よろしくお願い申し上げます。`,
    html: htmlDoc(paras(`渡辺 由美 様

平素より格別のご高配を賜り、厚く御礼申し上げます。
下記の内容にてお問い合わせを受け付けいたしましたので、謹んでお知らせ申し上げます。

受付番号: ${CASE.yumi}
お問い合わせタイプ: AWS トレーニングと認定
お名前: 渡辺 由美
AWS 候補者 ID: ${YUMI.keepId}

担当窓口より順次ご連絡を差し上げますので、何卒よろしくお願い申し上げます。`)),
  }),
  M({
    slug: 'ja-ack-merge-words', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ken, enc: 'jisb64', to: kn, from: NOTIFY,
    date: d('2026-10-20 02:31:17'),
    subject: `[CASE ${CASE.ken}] ケース作成のお知らせ`,
    trap: true,
    note: 'receipt that names the merge request and promises to check it: still only the receipt',
    text: `中村 健 様

お問い合わせいただき、誠にありがとうございます。
「アカウントの統合」に関するご依頼を、ケース ${CASE.ken} として登録いたしました。
担当者がご依頼内容を確認のうえ、追ってご連絡差し上げます。統合の可否や必要情報につきましても、その際にご案内申し上げます。

何卒よろしくお願い申し上げます。
AWS トレーニングと認定 カスタマーサポート`,
  }),
  M({
    slug: 'ja-ack-lookalike-domain', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misakiDup, enc: 'jisb64', to: mi,
    from: 'Amazon Web Services <no-reply@amazon.co.jp-support.net>', trusted: false,
    date: d('2026-09-15 03:44:09'),
    subject: `お問い合わせ受付完了 [CASE ${CASE.misakiDup}]`,
    note: 'receipt from a look-alike domain (amazon.co.jp-support.net): untrusted',
    text: `高橋様

恐れ入りますが、お問い合わせは受付番号 ${CASE.misakiDup} にて承っております。
ご本人確認のため、下記ページより24時間以内にサインインいただけますと幸いでございます。
https://amazon.co.jp-support.net/case/${CASE.misakiDup}

AWS カスタマーサポート`,
  }),
  M({
    slug: 'ja-ack-mixed-boilerplate', kind: 'acknowledgement', lang: 'ja', caseId: CASE.yumi, enc: 'utf8qp', to: yu, from: NOTIFY,
    date: d('2026-10-27 23:05:58'),
    subject: `Case ${CASE.yumi} 受付`,
    note: 'receipt with English boilerplate and a curt Japanese line; says nothing of its topic',
    text: `Case ID: ${CASE.yumi}
Status: Unassigned

受付しました。順番に対応します。催促の連絡は不要です。

This is an automated message. Please do not reply to this email.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.`,
  }),
  M({
    slug: 'ja-ack-dkim-html-only', kind: 'acknowledgement', lang: 'ja', caseId: CASE.ichiro, enc: 'utf8qp', to: ic, from: NOTIFY, auth: 'dkimonly',
    date: d('2026-10-02 06:40:11'),
    subject: `【AWS】ケース番号 ${CASE.ichiro} を拝受いたしました`,
    note: 'HTML-only receipt in formal register; aligned DKIM only',
    html: htmlDoc(`<div>
<p>鈴木 一郎 様</p>
<p>拝啓 時下ますますご清祥のこととお慶び申し上げます。<br>
このたびは弊社サポート窓口へご連絡を賜り、厚く御礼申し上げます。</p>
<p>お客様のお問い合わせは、<b>ケース番号 ${CASE.ichiro}</b> として拝受いたしました。<br>
内容を拝見のうえ、担当者より改めてご連絡申し上げます。</p>
<p>敬具</p>
<p style="color:#888">AWS Support</p>
</div>`),
  }),

  // ================= ai_answer (7)
  M({
    slug: 'ja-ai-keigo-tool', kind: 'ai_answer', lang: 'ja', enc: 'utf8b64', to: mi, from: ASSIST,
    date: d('2026-09-14 01:10:02'),
    subject: 'AI が生成した回答のご案内',
    note: 'AI suggestion of the self-service merge tool, in keigo',
    text: `お問い合わせいただき誠にありがとうございます。
以下は生成 AI によるご回答でございます。恐縮ではございますが、ご参考になれば幸いに存じます。

AWS 認定アカウントが複数ございます場合には、認定ポータルにサインインのうえ、[プロフィール] から「アカウントの統合」をお試しいただけますと幸甚でございます。
なお、両方のアカウントに認定の履歴がございます場合、本機能はご利用いただけかねますので、その際はお手数ながら「ケースを作成」よりご連絡賜れますようお願い申し上げます。

この回答は AI により生成されており、誤りを含む可能性がございます。`,
    html: htmlDoc(paras(`お問い合わせいただき誠にありがとうございます。
以下は生成 AI によるご回答でございます。恐縮ではございますが、ご参考になれば幸いに存じます。

AWS 認定アカウントが複数ございます場合には、認定ポータルにサインインのうえ、[プロフィール] から「アカウントの統合」をお試しいただけますと幸甚でございます。
なお、両方のアカウントに認定の履歴がございます場合、本機能はご利用いただけかねますので、その際はお手数ながら「ケースを作成」よりご連絡賜れますようお願い申し上げます。

この回答は AI により生成されており、誤りを含む可能性がございます。`)),
  }),
  M({
    slug: 'ja-ai-curt-steps', kind: 'ai_answer', lang: 'ja', enc: 'jis7', to: ic, from: ASSIST,
    date: d('2026-10-02 06:38:45'),
    subject: '自動回答: 認定アカウントの統合',
    note: 'curt automated answer: use the portal tool, else open a case',
    text: `自動回答です。

1. 認定ポータルにサインイン
2. プロフィール > アカウントの統合
3. 統合元のメールアドレスを入力

両アカウントに認定がある場合は上記では不可。その場合のみケースを作成。
解決しない場合は「ケースを作成」を選択。`,
  }),
  M({
    slug: 'ja-ai-after-merge-explained', kind: 'ai_answer', lang: 'ja', enc: 'sjisb64', to: kn, from: ASSIST,
    date: d('2026-10-20 02:29:30'),
    subject: 'お問い合わせへの自動回答',
    trap: true,
    note: 'AI answer that explains what happens after a merge (badges, benefits): still ai_answer',
    text: `中村様

AIアシスタントがお答えいたします。
アカウントの統合が完了いたしますと、統合元の認定・特典・試験履歴はすべて統合先へ移り、Credlyのデジタルバッジも統合先のメールアドレスに紐づく形となります。バッジは統合後にCredly上で受け取り直していただく必要がある場合がございます。
統合そのものはポータルの「アカウントの統合」からお客様ご自身で実行いただけます。

この回答で解決しましたか? はい / いいえ`,
  }),
  M({
    slug: 'ja-ai-lookalike-subdomain', kind: 'ai_answer', lang: 'ja', enc: 'utf8qp', to: yu,
    from: 'AWS トレーニングと認定 <assistant@aws.training.help-desk.example-net.com>', trusted: false,
    date: d('2026-10-27 23:01:12'),
    subject: 'AIアシスタントからのご案内',
    note: 'AI-style answer from a domain that only starts with aws.training: untrusted',
    text: `渡辺様

AIアシスタントでございます。恐れ入りますが、アカウントの統合には下記リンクよりお手続きを賜りますようお願い申し上げます。
https://aws.training.help-desk.example-net.com/merge

※自動生成された回答です。`,
  }),
  M({
    slug: 'ja-ai-helpful-survey-line', kind: 'ai_answer', lang: 'ja', enc: 'sjis8', to: mi, from: ASSIST,
    date: d('2026-09-14 01:09:55'),
    subject: 'Re: 認定アカウントが2つあります',
    note: 'AI suggestion with a was-this-helpful line; formal',
    text: `ご質問ありがとうございます。AI が回答を作成いたしました。

お手数ではございますが、まずは認定アカウントにサインインし、「アカウントの統合」機能にて統合元アカウントの情報をご入力くださいませ。大抵の場合、これにてお手続きは完了いたします。
うまくいかない場合は、恐れ入りますがサポートケースのご作成をご検討くださいますようお願い申し上げます。

この回答は役に立ちましたか?`,
  }),
  M({
    slug: 'ja-ai-case-words', kind: 'ai_answer', lang: 'ja', enc: 'jis7', to: ic, from: ASSIST,
    date: d('2026-10-02 06:39:02'),
    subject: '生成AIによる回答',
    trap: true,
    note: 'AI answer that talks about case creation and receipt numbers: not a receipt',
    text: `鈴木 一郎 様

生成AIがご案内申し上げます。

ご案内の方法でも解決いたしかねる場合、「ケースを作成」を押下いただきますと、受付番号が発行され、受付完了のメールが届く仕組みとなっております。
担当者からのご連絡は通常1営業日程度でございます。何卒ご承知おきくださいませ。

まずはポータルの「アカウントの統合」をお試しいただけますと幸いでございます。`,
  }),
  M({
    slug: 'ja-ai-dkim-mixed', kind: 'ai_answer', lang: 'ja', enc: 'utf8qp', to: kn, from: ASSIST, auth: 'dkimonly',
    date: d('2026-10-20 02:29:01'),
    subject: 'Amazon Q からの回答',
    note: 'AI answer, English heading with curt Japanese advice',
    text: `Generated answer

統合ツールを使ってください。場所: Certification Account > Profile > Merge Accounts。
両方のアカウントに認定があるとエラーになります。その場合はケースを作成してください。

Did this answer your question? / この回答で解決しましたか?`,
  }),

  // ================= info_request (9)
  M({
    slug: 'ja-info-keigo-ids', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, enc: 'jis7', to: mi,
    date: d('2026-09-15 02:18:33'),
    subject: formSubj(CASE.misaki),
    note: 'formal request for both candidate IDs, Salesforce-quoted original',
    text: `高橋 美咲 様

この度はAWS トレーニングと認定へお問い合わせを賜り、誠にありがとうございます。担当の藤井でございます。

大変恐縮ではございますが、お手続きを進めるにあたり、統合元および統合先それぞれのアカウントの候補者ID(「AWS」から始まる番号)を、本メールへのご返信にてご教示賜りますようお願い申し上げます。
お忙しいところ誠に恐れ入りますが、何卒ご高配のほどお願い申し上げます。

藤井
AWS トレーニングと認定 カスタマーサポート

${sfJa('2026/09/14 01:12', MISAKI.keep, FORM_ADDR, '[AWS Training and Certification Form Submission] - account-assistance', REQ_MISAKI.replace(/AWS\d+ \/ /g, ''))}

${sfRef('1Mt9a')}`,
  }),
  M({
    slug: 'ja-info-curt-again', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, enc: 'sjis8', to: mi,
    date: d('2026-09-18 07:02:10'),
    subject: formSubj(CASE.misaki),
    note: 'irritated repeat of the ID request above an Outlook quote',
    text: `高橋様

何度もお伝えしていますが、候補者IDがなければ統合作業には入れません。
メールアドレスだけでは不十分です。両方のアカウントの候補者IDを送ってください。

AWS トレーニングと認定 サポート 藤井

${outlookJa('2026-09-17 21:40', `高橋美咲 <${MISAKI.keep}>`, FORM_ADDR, `RE: [CASE ${CASE.misaki}]`, 'お世話になります。\n両方のメールアドレスは最初にお送りした通りです。早く進めてください。')}`,
  }),
  M({
    slug: 'ja-info-confirm-keep', kind: 'info_request', lang: 'ja', caseId: CASE.ichiro, enc: 'jis7', to: ic,
    date: d('2026-10-03 01:55:48'),
    subject: formSubj(CASE.ichiro),
    trap: true,
    note: 'uses 確認 wording but asks which address to keep: info_request',
    text: `鈴木 一郎 様

平素より大変お世話になっております。
ご依頼の件、恐れ入りますが、今後お使いになるアカウント(残すアカウント)のメールアドレスを、念のためご確認のうえお知らせいただけますでしょうか。
ご提示のアドレスと、ポータルにご登録のアドレスが一部異なっておりましたため、重ねてのお願いとなり誠に恐縮でございます。

何卒よろしくお願い申し上げます。
AWS トレーニングと認定 カスタマーサービス 石井`,
  }),
  M({
    slug: 'ja-info-phish-freemail', kind: 'info_request', lang: 'ja', caseId: CASE.ken, enc: 'utf8b64', to: kn,
    from: 'AWS Training and Certification <aws.cert.support.desk@gmail.com>', trusted: false,
    date: d('2026-10-21 09:14:20'),
    subject: `[CASE ${CASE.ken}] 追加情報のお願い`,
    note: 'trusted display name on a free-mail address asking for IDs and a password: untrusted info_request',
    text: `中村様

ご依頼の統合を進めるため、以下をご返信ください。
・統合元の候補者IDとパスワード
・統合先の候補者ID
48時間以内にご返信がない場合、ご依頼は無効となります。

AWS Training and Certification`,
  }),
  M({
    slug: 'ja-info-before-merge', kind: 'info_request', lang: 'ja', caseId: CASE.ken, enc: 'jisb64', to: kn,
    date: d('2026-10-21 03:27:51'),
    subject: formSubj(CASE.ken),
    trap: true,
    note: 'talks about the merge in the future and asks which account to keep',
    text: `中村 健 様

お問い合わせいただきありがとうございます。
統合を実施する前に、どちらのアカウントを残すかをお決めいただく必要がございます。
統合後に残るのは片方のアカウントのみとなりますので、残したいアカウントのメールアドレスと候補者IDをご返信いただけますでしょうか。

よろしくお願いいたします。
AWS トレーニングと認定

${q(REQ_KEN)}`,
  }),
  M({
    slug: 'ja-info-mixed-notif', kind: 'info_request', lang: 'ja', caseId: CASE.yumi, enc: 'utf8b64', to: yu,
    date: d('2026-10-29 05:10:40'),
    subject: formSubj(CASE.yumi),
    note: 'mixed English/Japanese request for notification and Skill Builder addresses',
    text: `Dear Customer,

Thank you for contacting AWS Training and Certification.

恐れ入りますが、以下の情報をご提供いただけますと幸いでございます。
- 各アカウントの「認定通知用メールアドレス」
- AWS Skill Builder にご登録のメールアドレス
- 統合後に残したいアカウント

We look forward to your reply.
Best regards,
Aya
AWS Training and Certification

${sfJa('2026/10/27 23:05', YUMI.keep, FORM_ADDR, 'account-assistance', REQ_YUMI)}`,
  }),
  M({
    slug: 'ja-info-curt-keep-address', kind: 'info_request', lang: 'ja', caseId: CASE.ichiro, enc: 'sjisb64', to: ic,
    date: d('2026-10-05 08:31:00'),
    subject: formSubj(CASE.ichiro),
    note: 'two-line curt request for the kept address',
    text: `鈴木様

残すアカウントのメールアドレスを返信に書いてください。それがないと進みません。以上です。

石井

${gmailJa('2026-10-04 22:15', `鈴木一郎 <${ICHIRO.keep}>`, 'まだでしょうか。')}`,
  }),
  M({
    slug: 'ja-info-write-from-kept-and-ids', kind: 'info_request', lang: 'ja', caseId: CASE.misakiDup, enc: 'jis7', to: to(MISAKI.ja, MISAKI.src),
    date: d('2026-09-15 04:02:16'),
    subject: formSubj(CASE.misakiDup),
    note: 'asks to write from the kept address and to give both IDs: info_request',
    text: `高橋 美咲 様

ご連絡を賜り、誠にありがとうございます。
誠に恐れ入りますが、本件は統合先(お残しになる)アカウントのメールアドレスよりご連絡をいただく必要がございます。
つきましては、お手数をおかけし大変恐縮ではございますが、統合先のメールアドレスより、両アカウントの候補者IDを明記のうえ改めてご返信くださいますよう、伏してお願い申し上げます。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  M({
    slug: 'ja-info-dates-body-id', kind: 'info_request', lang: 'ja', caseId: CASE.yumi, enc: 'utf8qp', to: yu,
    date: d('2026-10-30 01:48:22'),
    subject: 'Re: 認定アカウント統合の件',
    note: 'blunt request for certification names and pass dates; case ID only in the body',
    text: `渡辺様

ケース ${CASE.yumi} の件。
大学アドレス側のアカウントで取得した認定の名称と取得日を全部書いて返信してください。照合できないと移せません。

AWS トレーニングと認定`,
  }),

  // ================= confirmation_request (8)
  M({
    slug: 'ja-conf-keigo-irreversible', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, enc: 'jis7', to: mi,
    date: d('2026-09-19 02:40:05'),
    subject: formSubj(CASE.misaki),
    note: 'formal consent request: the merge cannot be undone, please reply that you agree',
    text: `高橋 美咲 様

ご丁寧にご返信を賜り、誠にありがとうございます。
ご提示いただきました情報にて、統合元 ${MISAKI.srcId} を統合先 ${MISAKI.keepId} へ統合する準備が整いましたことをお知らせ申し上げます。

つきましては、誠に恐縮ではございますが、アカウントの統合は一度実施いたしますと元に戻すことができかねますことをご承知おきのうえ、統合にご同意いただける旨を本メールへのご返信にてお知らせ賜りますよう、お願い申し上げます。

藤井
AWS トレーニングと認定 カスタマーサポート`,
  }),
  M({
    slug: 'ja-conf-curt-yes', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ichiro, enc: 'sjis8', to: ic,
    date: d('2026-10-06 04:12:44'),
    subject: formSubj(CASE.ichiro),
    note: 'curt consent request: irreversible, reply 同意します or nothing happens',
    text: `鈴木様

統合は取り消せません。
${ICHIRO.src} を ${ICHIRO.keep} にまとめてよければ「同意します」とだけ返信してください。
返信がなければ作業しませ。

石井`,
  }),
  M({
    slug: 'ja-conf-completion-words', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken, enc: 'jisb64', to: kn,
    date: d('2026-10-22 06:03:30'),
    subject: formSubj(CASE.ken),
    trap: true,
    note: 'asks for consent; mentions completion only as what follows the consent',
    text: `中村 健 様

ご返信ありがとうございます。
ご承諾のご連絡をいただけましたら、数日以内に統合作業は完了となる見込みでございます。
統合後は元に戻せませんので、内容をご確認いただき、統合を進めてよろしいかご返信をお願いいたします。

統合先: ${KEN.keepId}
統合元: ${KEN.srcId}

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-conf-no-auth', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yumi, enc: 'utf8b64', to: yu, auth: 'none', trusted: false,
    date: d('2026-11-01 02:22:10'),
    subject: formSubj(CASE.yumi),
    note: 'genuine-looking consent request but no Authentication-Results at all: untrusted',
    text: `渡辺 由美 様

恐れ入りますが、統合のご意思を改めてお伺いいたしたく存じます。統合は不可逆でございますので、ご同意いただける場合はその旨ご返信賜れますと幸いでございます。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-conf-gmail-quote', kind: 'confirmation_request', lang: 'ja', caseId: CASE.yumi, enc: 'utf8b64', to: yu,
    date: d('2026-10-31 03:40:19'),
    subject: formSubj(CASE.yumi),
    note: 'consent request above a Gmail-quoted reply with the IDs',
    text: `渡辺 由美 様

候補者IDのご提供、誠にありがとう存じます。
頂戴いたしました情報をもとに、統合元(${YUMI.srcId})の記録を統合先(${YUMI.keepId})へお移しする所存でございます。
統合の実施後は取り消しがかないませんので、恐縮ながら、ご同意いただけるか否かを本メールにご返信いただけますでしょうか。

Aya
AWS Training and Certification

${gmailJa('2026-10-30 21:05', `渡辺由美 <${YUMI.keep}>`, `お世話になっております。\n統合先: ${YUMI.keepId}\n統合元: ${YUMI.srcId}\nよろしくお願いいたします。`)}`,
  }),
  M({
    slug: 'ja-conf-html-only', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misakiDup, enc: 'utf8qp', to: mi,
    date: d('2026-09-19 03:01:11'),
    subject: formSubj(CASE.misakiDup),
    note: 'HTML-only consent request in heavy keigo',
    html: htmlDoc(`<div dir="ltr">
<p>高橋 美咲 様</p>
<p>平素は格別のお引き立てを賜り、厚く御礼申し上げます。</p>
<p>誠に恐れ入りますが、アカウント統合の実施にあたり、お客様のご承諾を頂戴いたしたく存じます。<br>
統合は<b>一度実施いたしますと元に戻すことができません</b>。ご了承いただける場合は、本メールへのご返信にて「統合に同意する」旨をお知らせくださいますよう、お願い申し上げます。</p>
<p>ケース番号: ${CASE.misakiDup}</p>
<p>AWS トレーニングと認定 カスタマーサポート</p>
</div>`),
  }),
  M({
    slug: 'ja-conf-summary-ok', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ichiro, enc: 'jisb64', to: ic,
    date: d('2026-10-06 04:10:02'),
    subject: formSubj(CASE.ichiro),
    note: 'summary of the planned merge and a request to reply if it may proceed',
    text: `鈴木 一郎 様

いつもお世話になっております。以下の内容で統合を実施してよろしいでしょうか。

残すアカウント: ${ICHIRO.keepId} (${ICHIRO.keep})
なくなるアカウント: ${ICHIRO.srcId} (${ICHIRO.src})

統合後の取り消しはできません。問題なければ、その旨ご返信をお願いいたします。

石井
AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-conf-curt-reminder', kind: 'confirmation_request', lang: 'ja', caseId: CASE.ken, enc: 'sjisb64', to: kn,
    date: d('2026-10-26 05:55:40'),
    subject: formSubj(CASE.ken),
    note: 'irritated reminder asking for a yes/no consent to the merge',
    text: `中村様

まだ同意のご返信をいただいていません。
統合してよいか、はい/いいえでお答えください。取り消しはできません。

${outlookJa('2026-10-22 15:03', 'AWS Training and Certification', KEN.keep, formSubj(CASE.ken), 'ご承諾のご連絡をいただけましたら、数日以内に統合作業は完了となる見込みでございます。')}`,
  }),

  // ================= merge_completed (8)
  M({
    slug: 'ja-mc-keigo-buried', kind: 'merge_completed', lang: 'ja', caseId: CASE.misaki, enc: 'jis7', to: mi,
    date: d('2026-09-21 06:14:37'),
    subject: formSubj(CASE.misaki),
    note: 'completion buried in keigo, ends in a review cushion (ご査収) that is not a request',
    text: `高橋 美咲 様

平素より格別のご高配を賜り、厚く御礼申し上げます。
大変恐縮ではございますが、先般ご同意を賜りましたアカウント統合の件につきまして、本日、統合のお手続きが滞りなく完了いたしましたことをご報告申し上げます。
統合元 ${MISAKI.srcId} にて保持されておりました認定は、統合先 ${MISAKI.keepId} にてご覧いただける状態となっております。

ご査収のほど、よろしくお願い申し上げます。

藤井
AWS トレーニングと認定 カスタマーサポート`,
  }),
  M({
    slug: 'ja-mc-curt-done', kind: 'merge_completed', lang: 'ja', caseId: CASE.ichiro, enc: 'sjis8', to: ic,
    date: d('2026-10-08 02:01:09'),
    subject: formSubj(CASE.ichiro),
    note: 'two-line curt completion',
    text: `統合済み。${ICHIRO.srcId} の認定は ${ICHIRO.keepId} に写っています。以上。

石井`,
  }),
  M({
    slug: 'ja-mc-portal-notice', kind: 'merge_completed', lang: 'ja', enc: 'utf8b64', to: yu, from: PORTAL,
    date: d('2026-11-03 10:20:00'),
    subject: 'アカウントが統合されました',
    note: "certification portal's own merged notice, no case ID",
    text: `渡辺 由美 様

平素よりAWS認定をご利用賜り、誠にありがとうございます。
お客様のAWS認定アカウントにつきまして、統合の処理が相済みましたことを謹んでご通知申し上げます。
統合先: ${YUMI.keep}
今後は上記のアカウントにてサインインくださいますよう、お願い申し上げます。認定、試験履歴および特典は、いずれも統合先にてご覧いただけます。

AWS Certification`,
    html: htmlDoc(paras(`渡辺 由美 様

平素よりAWS認定をご利用賜り、誠にありがとうございます。
お客様のAWS認定アカウントにつきまして、統合の処理が相済みましたことを謹んでご通知申し上げます。
統合先: ${YUMI.keep}
今後は上記のアカウントにてサインインくださいますよう、お願い申し上げます。認定、試験履歴および特典は、いずれも統合先にてご覧いただけます。

AWS Certification`)),
  }),
  M({
    slug: 'ja-mc-dmarc-fail', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken, enc: 'jisb64', to: kn, auth: 'fail', trusted: false,
    date: d('2026-10-27 07:45:18'),
    subject: formSubj(CASE.ken),
    note: 'completion text but dmarc=fail at the receiving server: untrusted',
    text: `中村 健 様

アカウントの統合が完了いたしました。
統合後のアカウントの状態をご確認いただくため、下記より再度サインインをお願いいたします。
https://aws-cert-merge.example-login.net/

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-mc-and-closing', kind: 'merge_completed', lang: 'ja', caseId: CASE.yumi, enc: 'utf8qp', to: yu,
    date: d('2026-11-03 04:10:51'),
    subject: formSubj(CASE.yumi),
    trap: true,
    note: 'completion that also says the case will now be closed: merge_completed (the new fact)',
    text: `渡辺 由美 様

ご同意のご連絡を賜り、誠にありがとうございました。
ご依頼いただきましたアカウントの統合につきまして、作業を完了いたしました。大学アドレスのアカウントで取得された認定は、統合先 ${YUMI.keepId} に反映済みでございます。
本件はこれをもちましてクローズとさせていただきます。

Aya
AWS Training and Certification`,
  }),
  M({
    slug: 'ja-mc-please-check', kind: 'merge_completed', lang: 'ja', caseId: CASE.misakiDup, enc: 'sjisb64', to: mi,
    date: d('2026-09-21 06:20:02'),
    subject: formSubj(CASE.misakiDup),
    trap: true,
    note: 'completion with a please-check-everything cushion (確認 wording): still merge_completed',
    text: `高橋様

お待たせいたしました。アカウントの統合が完了しております。
念のため、統合先アカウントにサインインのうえ、認定・特典の内容に相違がないかご確認くださいませ。
万一お気付きの点がございましたら、お気軽にお申し付けくださいませ。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-mc-te-form-date', kind: 'merge_completed', lang: 'ja', caseId: CASE.ichiro, enc: 'utf8qp', to: ic,
    date: d('2026-10-08 02:05:40'),
    subject: `RE: [CASE ${CASE.ichiro}] アカウント統合のご依頼`,
    note: 'completion in a te-form chain with the date and IDs between the words, Outlook-quoted consent',
    text: `鈴木 一郎 様

いつも格別のご愛顧を賜り、誠にありがとうございます。
ご依頼のアカウントにつきましては、2026年10月8日付で、統合元 ${ICHIRO.srcId} の試験履歴および認定を統合先 ${ICHIRO.keepId} へ移行いたしまして、作業を終えております。
ご不明な点がございましたら、何なりとお申し付けくださいませ。

石井

${outlookJa('2026-10-06 20:31', `鈴木 一郎 <${ICHIRO.keep}>`, FORM_ADDR, formSubj(CASE.ichiro), '同意します。よろしくお願いします。')}`,
  }),
  M({
    slug: 'ja-mc-restated-then-done', kind: 'merge_completed', lang: 'ja', caseId: CASE.ken, enc: 'sjisb64', to: kn,
    date: d('2026-10-28 01:33:27'),
    subject: formSubj(CASE.ken),
    note: 'restates the consent first, then the new completion',
    text: `中村 健 様

先日は統合へのご同意をいただき、ありがとうございました。候補者ID ${KEN.srcId} と ${KEN.keepId} の件でございます。
本日、統合の処理が完了いたしましたので、ご報告いたします。今後は ${KEN.keep} にてサインインいただけます。

AWS トレーニングと認定`,
  }),

  // ================= badges_transferred (7)
  M({
    slug: 'ja-badge-credly-issued', kind: 'badges_transferred', lang: 'ja', enc: 'utf8qp', to: mi, from: CREDLY_AWS,
    date: d('2026-09-22 11:02:45'),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: "AWS's badge issued via Credly to the kept address after the merge",
    text: `高橋 美咲 様

このたびは誠におめでとうございます。Amazon Web Services Training and Certification より、AWS Certified Solutions Architect - Associate のバッジが発行されましたことを謹んでお知らせ申し上げます。
お手数ながら、下記よりバッジをお受け取りいただけますと幸いでございます。

バッジを入手する: https://www.credly.com/earner/earned/badge/7c1e-example

Credly`,
    html: htmlDoc(`<p>高橋 美咲 様</p>
<p>Amazon Web Services Training and Certification から <b>AWS Certified Solutions Architect - Associate</b> のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/7c1e-example" style="background:#ff6b00;color:#fff;padding:8px 16px">バッジを入手する</a></p>
<p>Credly</p>`),
  }),
  M({
    slug: 'ja-badge-curt', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ichiro, enc: 'sjis8', to: ic,
    date: d('2026-10-10 03:19:55'),
    subject: formSubj(CASE.ichiro),
    note: 'curt: badges moved too, check Credly',
    text: `鈴木様

Credlyのバッジも ${ICHIRO.keep} 側に移しました。Credlyで確認してください。

石井

${gmailJa('2026-10-09 23:02', `鈴木一郎 <${ICHIRO.keep}>`, '統合ありがとうございます。ただCredlyのバッジが古いアドレスのままです。')}`,
  }),
  M({
    slug: 'ja-badge-keigo-close', kind: 'badges_transferred', lang: 'ja', caseId: CASE.misaki, enc: 'jis7', to: mi,
    date: d('2026-09-24 05:41:20'),
    subject: formSubj(CASE.misaki),
    trap: true,
    note: 'badges moved and the case closed in the same keigo message: badges_transferred',
    text: `高橋 美咲 様

ご連絡を賜り、誠にありがとうございます。
ご指摘いただきましたデジタルバッジにつきまして、恐れ入りますが当方にて確認いたしましたところ、統合先のアカウントへお移しする処理が完了いたしましたことをご報告申し上げます。Credly 上にてご覧いただけるかと存じます。
本件はこれにてクローズさせていただきます。今後とも何卒よろしくお願い申し上げます。

藤井`,
  }),
  M({
    slug: 'ja-badge-misaligned', kind: 'badges_transferred', lang: 'ja', caseId: CASE.ken, enc: 'jisb64', to: kn, auth: 'misaligned', trusted: false,
    date: d('2026-10-29 08:12:33'),
    subject: formSubj(CASE.ken),
    note: 'badges-moved text but DKIM for an unrelated bulk domain and dmarc=fail: untrusted',
    text: `中村様

デジタルバッジを統合先アカウントへ移行いたしました。
バッジの受け取りには下記URLからCredlyへのログインが必要でございます。
https://credly-login.example-bulk.net/

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-badge-credly-lookalike', kind: 'badges_transferred', lang: 'ja', enc: 'utf8b64', to: yu,
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-mail.com>', trusted: false,
    date: d('2026-11-04 12:00:31'),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'Credly-style AWS badge mail from credly-mail.com (look-alike): untrusted',
    html: htmlDoc(`<p>渡辺 由美 様</p>
<p>Amazon Web Services Training and Certification から新しいバッジが発行されました。</p>
<p><a href="https://credly-mail.com/accept">バッジを入手する</a></p>`),
  }),
  M({
    slug: 'ja-badge-credly-html-only', kind: 'badges_transferred', lang: 'ja', enc: 'utf8qp', to: yu, from: CREDLY_AWS, auth: 'dkimonly',
    date: d('2026-11-04 11:58:02'),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'HTML-only Credly AWS badge mail to the kept address',
    html: htmlDoc(`<table width="600"><tr><td>
<p>渡辺 由美 様</p>
<p>謹んでお祝い申し上げます。Amazon Web Services Training and Certification より、<b>AWS Certified Cloud Practitioner</b> のバッジが発行されましたことを、ここにご案内申し上げます。</p>
<p><a href="https://www.credly.com/earner/earned/badge/a91f-example">バッジを入手する</a></p>
<p style="font-size:11px;color:#777">このメールは Credly から送信されています。</p>
</td></tr></table>`),
  }),
  M({
    slug: 'ja-badge-display-switched', kind: 'badges_transferred', lang: 'ja', caseId: CASE.yumi, enc: 'jisb64', to: yu,
    date: d('2026-11-05 02:26:48'),
    subject: formSubj(CASE.yumi),
    note: 'support: the Credly badges now sit on the kept address, te-form sentence',
    text: `渡辺 由美 様

お問い合わせのバッジの件、Credly側の登録を見直しまして、3つのバッジはすべて ${YUMI.keep} に紐づく形に切り替わっております。
お手数ですが、お時間のあるときにCredlyへサインインしてご覧くださいませ。

Aya`,
  }),

  // ================= case_closed (8)
  M({
    slug: 'ja-cc-curt-repeat', kind: 'case_closed', lang: 'ja', caseId: CASE.ken, enc: 'sjis8', to: kn,
    date: d('2026-10-24 06:30:00'),
    subject: formSubj(CASE.ken),
    note: 'irritated reminder that the case closes without a reply',
    text: `中村様

何度もお伝えしていますが、ご返信がない場合はクローズします。
期限はあと3日です。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-cc-keigo-7days', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki, enc: 'jis7', to: mi,
    date: d('2026-09-17 02:00:12'),
    subject: formSubj(CASE.misaki),
    note: 'formal auto-close warning: resolved in 7 days without a reply',
    text: `高橋 美咲 様

平素より格別のご高配を賜り、誠にありがとうございます。
先日ご案内申し上げました件につき、その後ご返信を頂戴できておりませんため、誠に勝手ながら、7日以内にご返信を賜れない場合には、本ケースを解決済みとさせていただきたく存じます。
ご多忙のところ大変恐縮ではございますが、何卒ご理解賜りますようお願い申し上げます。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  M({
    slug: 'ja-cc-restates-merge', kind: 'case_closed', lang: 'ja', caseId: CASE.ichiro, enc: 'jis7', to: ic,
    date: d('2026-10-15 01:12:09'),
    subject: formSubj(CASE.ichiro),
    trap: true,
    note: 'closing notice that only restates last week\'s merge',
    text: `鈴木 一郎 様

先週統合させていただきました件につき、その後ご不明点などのご連絡がございませんでしたので、本ケースはクローズとさせていただきます。
ご利用いただき、誠にありがとうございました。

石井`,
  }),
  M({
    slug: 'ja-cc-other-authserv', kind: 'case_closed', lang: 'ja', caseId: CASE.yumi, enc: 'utf8b64', to: yu, auth: 'otherOnly', trusted: false,
    date: d('2026-11-10 03:03:03'),
    subject: formSubj(CASE.yumi),
    note: 'closing notice whose only Authentication-Results is from another server: untrusted',
    text: `渡辺様

本ケースはクローズいたしました。再開をご希望の場合は、本メールにご返信ください。

AWS Training and Certification`,
  }),
  M({
    slug: 'ja-cc-system-resolved', kind: 'case_closed', lang: 'ja', caseId: CASE.ken, enc: 'utf8b64', to: kn, from: NOTIFY,
    date: d('2026-10-27 06:31:02'),
    subject: `ケース ${CASE.ken} は解決済みになりました`,
    note: 'system notice that the case was resolved',
    text: `中村 健 様

ケース ${CASE.ken}: 解決済み。
返信がなかったため自動で解決済みにしました。

Amazon Web Services`,
    html: htmlDoc(paras(`中村 健 様

ケース ${CASE.ken}: 解決済み。
返信がなかったため自動で解決済みにしました。

Amazon Web Services`)),
  }),
  M({
    slug: 'ja-cc-keigo-after-thanks', kind: 'case_closed', lang: 'ja', caseId: CASE.misaki, enc: 'utf8qp', to: mi,
    date: d('2026-09-25 00:49:30'),
    subject: formSubj(CASE.misaki),
    note: 'formal closing after the customer\'s thanks (Gmail quote)',
    text: `高橋 美咲 様

ご丁寧なご返信を頂戴し、恐縮至極に存じます。
本件はこれにてクローズとさせていただきます。またのご利用を心よりお待ち申し上げております。

藤井

${gmailJa('2026-09-24 20:11', `高橋美咲 <${MISAKI.keep}>`, 'バッジも確認できました。ありがとうございました。')}`,
  }),
  M({
    slug: 'ja-cc-restates-badges', kind: 'case_closed', lang: 'ja', caseId: CASE.ichiro, enc: 'sjisb64', to: ic,
    date: d('2026-10-17 04:40:40'),
    subject: formSubj(CASE.ichiro),
    trap: true,
    note: 'closing that mentions badges moved earlier; no new event',
    text: `鈴木様

前回ご案内の通り、バッジの移行は10日に対応済みです。
追加のご質問もないようですので、このケースは閉じます。

石井`,
  }),
  M({
    slug: 'ja-cc-resent-oldcorp', kind: 'case_closed', lang: 'ja', caseId: CASE.misakiDup, enc: 'jisb64', to: to(MISAKI.ja, MISAKI.src), forUser: false,
    resent: { from: 'postmaster@alpha-corp.example.co.jp', to: 'it-archive@alpha-corp.example.co.jp', date: d('2026-09-30 09:00:00', '+0900') },
    date: d('2026-09-30 00:10:00'),
    subject: formSubj(CASE.misakiDup),
    note: 'curt closing redirected by the old company to its archive (Resent-*): forUser false',
    text: `高橋様

返信がないため、このケースは閉じました。
必要であれば新しくケースを作成してください。

AWS トレーニングと認定`,
  }),

  // ================= support_reply (9)
  M({
    slug: 'ja-sr-thanks-consent', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, enc: 'jis7', to: mi,
    date: d('2026-09-20 01:05:14'),
    subject: formSubj(CASE.misaki),
    trap: true,
    note: 'thanks for consenting, passed to the team; no merge yet',
    text: `高橋 美咲 様

ご同意のご連絡を賜り、誠にありがとうございます。
頂戴いたしましたご回答は、確かに担当部署へ申し伝えました。今しばらくお時間を頂戴いたしますこと、何卒ご容赦くださいませ。

藤井`,
  }),
  M({
    slug: 'ja-sr-curt-not-yet', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, enc: 'sjis8', to: kn,
    date: d('2026-10-27 01:20:11'),
    subject: formSubj(CASE.ken),
    trap: true,
    note: 'curt: the merge is not finished, no need to chase',
    text: `中村様

統合はまだ終わっていません。終わったら連絡します。
催促のご連絡は不要です。

${q('まだですか? もう5日経ちますが。')}`,
  }),
  M({
    slug: 'ja-sr-keigo-future', kind: 'support_reply', lang: 'ja', caseId: CASE.yumi, enc: 'utf8qp', to: yu,
    date: d('2026-11-02 02:14:29'),
    subject: formSubj(CASE.yumi),
    trap: true,
    note: 'apology for the wait and a promise to report once merged (future)',
    text: `渡辺 由美 様

お待たせしており、誠に申し訳ございません。
現在、担当チームにて作業を進めております。統合が完了いたしましたら、改めてご連絡申し上げます。
今しばらくお待ちくださいますよう、お願い申し上げます。

Aya`,
  }),
  M({
    slug: 'ja-sr-dup-cases-merged', kind: 'support_reply', lang: 'ja', caseId: CASE.misaki, enc: 'jisb64', to: mi,
    date: d('2026-09-15 05:30:21'),
    subject: formSubj(CASE.misaki),
    trap: true,
    note: 'duplicate support cases merged into one: not the account merge',
    text: `高橋 美咲 様

恐れ入りますが、同一のご依頼にて重複して作成されておりましたケース ${CASE.misakiDup} は、本ケース(${CASE.misaki})に統合いたしました。
以後のご連絡は本ケースにてお願い申し上げます。

藤井`,
  }),
  M({
    slug: 'ja-sr-apology-only', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, enc: 'utf8b64', to: kn,
    date: d('2026-10-23 08:08:08'),
    subject: formSubj(CASE.ken),
    note: 'apology and thanks that carry no event',
    text: `中村 健 様

この度は多大なるご不便とご心配をおかけしておりますこと、心よりお詫び申し上げます。
また、日頃より弊社サービスをご愛顧いただき、重ねて御礼申し上げます。
引き続き誠心誠意対応させていただく所存でございますので、何卒よろしくお願い申し上げます。

AWS トレーニングと認定 カスタマーサポート一同`,
  }),
  M({
    slug: 'ja-sr-write-from-kept', kind: 'support_reply', lang: 'ja', caseId: CASE.misakiDup, enc: 'sjis8', crlf: false, to: to(MISAKI.ja, MISAKI.src),
    date: d('2026-09-15 03:58:00'),
    subject: formSubj(CASE.misakiDup),
    note: 'asks to write again from the kept address, asks for no data',
    text: `高橋様

このアドレスからのご依頼は受け付けできません。統合先(残すほう)のアドレスから送り直してください。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-sr-unable-exam-booked', kind: 'support_reply', lang: 'ja', caseId: CASE.yumi, enc: 'jis7', to: yu,
    date: d('2026-10-28 02:44:50'),
    subject: formSubj(CASE.yumi),
    trap: true,
    note: 'cannot merge while an exam is booked (negated merge)',
    text: `渡辺 由美 様

誠に恐れ入りますが、統合元のアカウントに11月5日の試験予約がございますため、現時点では統合いたしかねます。
試験の受験後であれば対応可能でございますので、恐縮ではございますが、受験後に本ケースへご返信賜れますと幸いでございます。

Aya`,
  }),
  M({
    slug: 'ja-sr-escalated-team-list', kind: 'support_reply', lang: 'ja', caseId: CASE.ichiro, enc: 'sjisb64',
    to: 'ITヘルプデスク <it-helpdesk@beta-sys.example.co.jp>', forUser: false,
    date: d('2026-10-04 05:05:05'),
    subject: formSubj(CASE.ichiro),
    note: 'curt escalation notice addressed to the old company\'s helpdesk list, not to the user',
    text: `ご担当者様

上位チームにエスカレーションしました。回答まで数日かかります。

石井`,
  }),
  M({
    slug: 'ja-sr-badges-after-merge', kind: 'support_reply', lang: 'ja', caseId: CASE.ken, enc: 'jisb64', to: kn,
    date: d('2026-10-22 01:15:09'),
    subject: formSubj(CASE.ken),
    trap: true,
    note: 'answers a question: badges will have to be claimed again after the merge (future)',
    text: `中村 健 様

ご質問を賜り、ありがとうございます。
Credly のバッジにつきましては、統合が完了いたしました後、統合先のメールアドレス宛に改めて発行される形となり、お客様にてお受け取りいただく必要がございます。
何卒ご承知おきくださいますよう、お願い申し上げます。

${gmailJa('2026-10-21 22:40', `中村 健 <${KEN.keep}>`, 'バッジはどうなりますか。')}`,
  }),

  // ================= unrelated (9)
  M({
    slug: 'ja-un-survey-keigo', kind: 'unrelated', lang: 'ja', caseId: CASE.misaki, enc: 'utf8b64', to: mi, from: NOTIFY,
    date: d('2026-09-26 04:00:00'),
    subject: 'お客様アンケートへのご協力のお願い',
    trap: true,
    note: 'satisfaction survey after the case ("was it resolved?")',
    text: `高橋 美咲 様

先日はケース ${CASE.misaki} にてお問い合わせを賜り、誠にありがとうございました。
恐れ入りますが、本件は解決いたしましたでしょうか。今後のサービス向上のため、1分ほどのアンケートにご協力賜れますと幸甚に存じます。

https://survey.aws.example/case/${CASE.misaki}

Amazon Web Services`,
    html: htmlDoc(paras(`高橋 美咲 様

先日はケース ${CASE.misaki} にてお問い合わせを賜り、誠にありがとうございました。
恐れ入りますが、本件は解決いたしましたでしょうか。今後のサービス向上のため、1分ほどのアンケートにご協力賜れますと幸甚に存じます。`)),
  }),
  M({
    slug: 'ja-un-exam-pass', kind: 'unrelated', lang: 'ja', enc: 'jis7', to: ic, from: PORTAL,
    date: d('2026-10-12 09:30:00'),
    subject: 'AWS 認定試験の結果について',
    trap: true,
    note: 'exam result mail: 完了 and 認定 words, not part of the merge',
    text: `鈴木 一郎 様

AWS Certified Developer - Associate 試験の採点が完了いたしました。
合格おめでとうございます。認定は AWS 認定アカウントの「認定」ページでご確認いただけます。
デジタルバッジは Credly より別途お送りいたします。

AWS Certification`,
  }),
  M({
    slug: 'ja-un-ms-credly', kind: 'unrelated', lang: 'ja', enc: 'utf8qp', to: kn, from: 'Microsoft via Credly <admin@credly.com>',
    date: d('2026-10-18 13:04:00'),
    subject: 'Microsoftのバッジ発行のお知らせ',
    trap: true,
    note: 'Credly badge from another issuer (Microsoft)',
    text: `中村 健 様

Microsoft がバッジを発行しました。Microsoft Certified: Azure Fundamentals。受け取りは下から。

バッジを入手する: https://www.credly.com/earner/earned/badge/55aa-example

Credly`,
    html: htmlDoc(`<p>中村 健 様</p><p>Microsoft から <b>Microsoft Certified: Azure Fundamentals</b> のバッジが発行されました。</p><p><a href="https://www.credly.com/earner/earned/badge/55aa-example">バッジを入手する</a></p>`),
  }),
  M({
    slug: 'ja-un-credly-merge-code', kind: 'unrelated', lang: 'ja', enc: 'utf8b64', to: to(YUMI.ja, YUMI.src), from: 'Credly <admin@credly.com>',
    date: d('2026-11-06 07:21:44'),
    subject: 'Credly アカウント統合の確認コード',
    trap: true,
    note: "Credly's own account-merge code mail",
    text: `Credly アカウントの統合リクエストを受け付けました。
以下の確認コードを入力するか、「Complete Account Merge」をクリックして統合を完了してください。

確認コード: 482 915

このリクエストに心当たりがない場合は、このメールを無視してください。`,
  }),
  M({
    slug: 'ja-un-own-consent', kind: 'unrelated', lang: 'ja', caseId: CASE.ichiro, enc: 'jis7',
    from: to(ICHIRO.ja, ICHIRO.keep), to: FORM_ADDR, cc: to(ICHIRO.ja, ICHIRO.keep), trusted: false,
    date: d('2026-10-06 20:31:00', '+0900'),
    subject: `Re: ${formSubj(CASE.ichiro)}`,
    trap: true,
    note: "the user's own consent reply (copied to self): unrelated",
    text: `AWS トレーニングと認定 ご担当者様

お世話になっております。鈴木でございます。
ご案内いただきました内容にて、統合に同意いたします。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

鈴木 一郎

${outlookJa('2026-10-06 13:10', FORM, ICHIRO.keep, formSubj(CASE.ichiro), '統合は取り消せません。\nまとめてよければ「同意します」とだけ返信してください。')}`,
  }),
  M({
    slug: 'ja-un-colleague-ooo', kind: 'unrelated', lang: 'ja', enc: 'sjis8', to: mi,
    from: '小林 直樹 <n.kobayashi@alpha-corp.example.co.jp>', trusted: false,
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    date: d('2026-09-16 10:00:02', '+0900'),
    subject: '自動応答: 認定アカウント統合の件',
    trap: true,
    note: "a colleague's out-of-office auto-reply",
    text: `誠に恐れ入りますが、9月16日から9月22日まで不在にしております。
いただいたメールは、戻り次第確認のうえご返信いたします。
お急ぎの場合は it-helpdesk@alpha-corp.example.co.jp までご連絡ください。

小林`,
  }),
  M({
    slug: 'ja-un-refund-other-case', kind: 'unrelated', lang: 'ja', caseId: CASE.ichiroExam, enc: 'jisb64', to: ic,
    date: d('2026-10-13 03:12:12'),
    subject: `RE:[CASE ${CASE.ichiroExam}] [AWS Training and Certification Form Submission] - exam-refund`,
    trap: true,
    note: 'reply on another case (exam fee refund) that says its topic',
    text: `鈴木 一郎 様

大変お待たせいたしました。
ご依頼いただきました試験料のご返金につきまして、お手続きが完了いたしましたことをご報告申し上げます。カード会社により、反映までにお時間を要する場合がございます。
本ケースはこれにてクローズとさせていただきます。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-un-event-integration', kind: 'unrelated', lang: 'ja', enc: 'utf8qp', to: yu, from: 'AWS イベント <aws-events-jp@amazon.com>',
    date: d('2026-11-07 01:00:00'),
    subject: '【ご招待】データ統合ワークショップ 参加登録受付中',
    trap: true,
    note: 'event marketing that speaks of 統合 and 登録',
    html: htmlDoc(`<h2>データ統合ワークショップのご案内</h2>
<p>拝啓 貴社ますますご清栄のこととお慶び申し上げます。</p>
<p>このたび、複数のデータソースを統合するためのハンズオンワークショップを開催する運びとなりました。ご多用中とは存じますが、ぜひご参加賜りますようご案内申し上げます。</p>
<p>お申し込みは受付完了後、確認メールをお送りいたします。</p>
<p>アマゾン ウェブ サービス ジャパン</p>`),
  }),
  M({
    slug: 'ja-un-own-forward-colleague', kind: 'unrelated', lang: 'ja', caseId: CASE.misaki, enc: 'utf8b64',
    from: to(MISAKI.ja, MISAKI.keep), to: '佐々木 部長 <sasaki@alpha-corp.example.co.jp>', forUser: false, trusted: false, auth: 'none',
    date: d('2026-09-21 19:30:00', '+0900'),
    subject: `Fwd: ${formSubj(CASE.misaki)}`,
    trap: true,
    note: "the user's own forward of the completion to a colleague: unrelated, not delivered to the user",
    text: `佐々木さん

退職前に認定の移行が終わったので共有します。

iPhoneから送信

---------- Forwarded message ---------
From: AWS Training and Certification <${FORM_ADDR}>
Date: 2026年9月21日(月) 15:14
Subject: ${formSubj(CASE.misaki)}
To: ${MISAKI.keep}

本日、統合のお手続きが滞りなく完了いたしましたことをご報告申し上げます。`,
  }),

  // ================= added: 8bit UTF-8, LF-only, bottom-posting
  M({
    slug: 'ja-sr-no-auth-status', kind: 'support_reply', lang: 'ja', caseId: CASE.yumi, enc: 'utf88bit', to: yu, auth: 'none', trusted: false,
    date: d('2026-10-29 09:41:00'),
    subject: formSubj(CASE.yumi),
    note: 'formal status update (no event) with no Authentication-Results at all: untrusted',
    text: `渡辺 由美 様

平素より格別のお引き立てを賜り、誠にありがとうございます。
ただいま、ご提供いただきました情報を拝見しながら、担当部署にて慎重に精査を進めさせていただいております。
恐れ入りますが、今しばらくのご猶予を賜りますよう、伏してお願い申し上げます。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  M({
    slug: 'ja-un-skillbuilder-done', kind: 'unrelated', lang: 'ja', enc: 'utf88bit', to: kn,
    from: 'AWS Skill Builder <noreply@skillbuilder.aws.training>', crlf: false,
    date: d('2026-10-25 00:15:00'),
    subject: 'サブスクリプションの手続き完了',
    trap: true,
    note: 'Skill Builder subscription "completed" notice: not the merge',
    text: `中村様

サブスクリプションの手続きは完了しました。
次回更新日: 2026年11月25日
解約はアカウント設定から。

AWS Skill Builder`,
  }),
  M({
    slug: 'ja-info-bottom-posted', kind: 'info_request', lang: 'ja', caseId: CASE.ken, enc: 'utf88bit', to: kn, crlf: false,
    date: d('2026-10-20 23:58:10'),
    subject: formSubj(CASE.ken),
    note: 'bottom-posted curt request for both candidate IDs under the quoted request',
    text: `${q(REQ_KEN)}

これでは分かりません。
どちらを残すのか、両方の候補者IDは何か。書いて返信してください。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-cc-keigo-resolved-today', kind: 'case_closed', lang: 'ja', caseId: CASE.misakiDup, enc: 'utf88bit', to: mi,
    date: d('2026-09-29 01:00:00'),
    subject: formSubj(CASE.misakiDup),
    note: 'formal notice that the case was set to resolved today after no reply (with a typo)',
    text: `高橋 美咲 様

平素は格別のご高配を賜り、厚く御礼申し上げます。
先般よりご返信をお待ち申し上げておりましたが、ご連絡を頂戴できませんでしたため、誠に勝手ながら、本日をもちまして本ケースを解決済みとさせていただきました。
何卒ご了承賜りますよう、お願い申し上げまう。

AWS トレーニングと認定 カスタマーサポート`,
  }),
];
