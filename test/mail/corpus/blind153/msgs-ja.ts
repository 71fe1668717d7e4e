// Japanese messages of set ev (written fresh for this set).
import { rfcDate, type Msg } from './lib.js';
import {
  AWS_NOTIFY,
  CASE,
  CERT_PORTAL,
  CREDLY_AWS,
  formSubject,
  gmailJa,
  KEN,
  KEN_FROM,
  MISAKI,
  MISAKI_FROM,
  mk,
  outlookJa,
  paras,
  quote,
  sfOriginalJa,
  sfRef,
  SUPPORT,
  SUPPORT_BARE,
  SUPPORT_JA,
} from './common.js';

const KTO = `${KEN.ja} <${KEN.keep}>`;
const MTO = `${MISAKI.ja} <${MISAKI.keep}>`;

const KEN_REQ = `AWS認定アカウントが4つに分かれてしまっているため、1つにまとめていただきたくご連絡しました。
・大学在学中: ${KEN.uni} (${KEN.uniId})
・前職 アルファシステムズ: ${KEN.alpha} (${KEN.alphaId})
・現職 ベータクラウド: ${KEN.beta} (${KEN.betaId})
・個人: ${KEN.keep} (${KEN.keepId}) ← こちらを残したいです
中村 健一`;

const MISAKI_REQ = `はじめまして、森と申します。
学生時代のアドレス、勤務先のアドレス、個人のアドレスでそれぞれ認定アカウントを作ってしまいました。
3つを個人のもの(${MISAKI.keep})に寄せたいです。
候補者ID: ${MISAKI.keepId} / ${MISAKI.uniId} / ${MISAKI.corpId}`;

const KEN_CONSENT = `ご連絡ありがとうございます。
上記の内容で、3アカウントすべての統合に同意いたします。
よろしくお願いいたします。
中村`;

export const JA: Msg[] = [
  // ---------------- acknowledgement (8) ----------------
  mk({
    slug: 'ja-ack-ken-receipt',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'automatic receipt of the four-account merge case, case ID in subject and body',
    from: AWS_NOTIFY,
    to: KTO,
    subject: `[ケース ${CASE.ken}] お問い合わせを受け付けました`,
    date: rfcDate('2026-09-14 02:11:09'),
    enc: 'jis7',
    text: `中村 健一 様

AWS トレーニングと認定へのお問い合わせをお受けしました。
ケース ID ${CASE.ken} で記録されています。

件名: アカウントの統合 (4 アカウント)
カテゴリ: 認定 / アカウント支援

通常 24 時間以内に担当者からメールでご連絡します。
同じ件について新しいケースを作成すると回答が遅れる原因となりますので、追加情報はこのメールへの返信でお送りください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-misaki-sjis',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'case receipt for the three-account request, Shift_JIS',
    from: AWS_NOTIFY,
    to: MTO,
    subject: `ケース ${CASE.misaki} を作成しました - AWS Support`,
    date: rfcDate('2026-09-20 09:40:51'),
    enc: 'sjis8',
    text: `森 美咲 様

サポートケースが作成されました。

ケース番号 : ${CASE.misaki}
件名 : 認定アカウントの統合について(3件)
重要度 : 一般的な質問

担当部署で内容を拝見したうえで、ご登録のメールアドレス宛にご返信いたします。
ケースの状況はサポートセンターでもご覧いただけます。

※本メールは送信専用アドレスから自動で送られています。`,
  }),
  mk({
    slug: 'ja-ack-ken2-html',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.ken2,
    note: 'HTML-only receipt of the separate case opened for the fourth account',
    from: AWS_NOTIFY,
    to: KTO,
    subject: `お問い合わせ受付のお知らせ [ケースID: ${CASE.ken2}]`,
    date: rfcDate('2026-10-02 13:05:44'),
    enc: 'utf8b64',
    html: `<html><body style="font-family:sans-serif">
<table width="600"><tr><td>
<h2>お問い合わせありがとうございます</h2>
<p>ケースID <b>${CASE.ken2}</b> にて承りました。</p>
<p>内容: 現職アカウント(${KEN.beta})を個人アカウントへ移したい</p>
<p>担当チームからの連絡をお待ちください。お急ぎの場合もケースは1件のままでお願いいたします。</p>
<p style="color:#888">Amazon Web Services, Inc.</p>
</td></tr></table>
</body></html>`,
  }),
  mk({
    slug: 'ja-ack-body-only-id',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.kenDup,
    trap: true,
    note: 'receipt whose subject has no ID; it mentions that staff will check/confirm, but it is only the receipt',
    from: SUPPORT_JA,
    to: KTO,
    subject: 'お問い合わせありがとうございます',
    date: rfcDate('2026-09-14 02:30:17'),
    enc: 'jisb64',
    text: `本メールは自動送信です。

お問い合わせいただいた内容は、ケース ${CASE.kenDup} として登録されました。
統合の可否を含め、担当者が内容を確認してからご連絡いたします。
確認にはお時間をいただく場合がございます。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-ack-lookalike',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.misaki2,
    note: 'a receipt in shape, but from a look-alike domain: untrusted',
    from: 'AWS サポート <support@aws-training-support.jp>',
    to: MTO,
    subject: `【受付完了】ケース番号 ${CASE.misaki2}`,
    date: rfcDate('2026-10-05 21:12:02', '+0900'),
    enc: 'utf8qp',
    text: `森様

アカウント統合のお申し込みを受け付けました(受付番号 ${CASE.misaki2})。
追って担当よりご案内します。

AWSサポートデスク`,
  }),
  mk({
    slug: 'ja-ack-dup-case',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.misaki2,
    note: 'receipt of a second case Misaki opened by mistake (says nothing beyond receipt)',
    from: AWS_NOTIFY,
    to: MTO,
    cc: `${MISAKI.corp}`,
    subject: `[ケース ${CASE.misaki2}] ご依頼を承りました`,
    date: rfcDate('2026-10-05 12:12:02'),
    enc: 'utf8qp',
    text: `ご依頼は ケース ${CASE.misaki2} として受付いたしました。

担当窓口より、1営業日を目安にご返信します。
このメールに返信いただくと、同じケースに内容が追記されます。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-mixed-boiler',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'Japanese receipt with English boilerplate footer',
    from: SUPPORT,
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: rfcDate('2026-09-14 02:12:40'),
    enc: 'utf8qp',
    text: `Case ID: ${CASE.ken}

お問い合わせを承りました。
大学・前職・現職・個人の計4アカウントに関するご依頼として登録しております。
担当者からの返信まで今しばらくお待ちください。

Thank you for contacting AWS Training and Certification. Please do not open a new case for the same request.
${sfRef('0Ken0ack')}`,
  }),
  mk({
    slug: 'ja-ack-dmarc-fail',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.misaki,
    auth: 'fail',
    note: 'receipt text claiming amazon.com but dmarc=fail: untrusted',
    from: AWS_NOTIFY,
    to: MTO,
    subject: `ケースを受け付けました (${CASE.misaki})`,
    date: rfcDate('2026-09-20 09:44:03'),
    enc: 'sjisb64',
    text: `森 美咲 様

ケース${CASE.misaki}を受付いたしました。担当より改めてご連絡いたします。

アマゾン ウェブ サービス`,
  }),

  // ---------------- ai_answer (7) ----------------
  mk({
    slug: 'ja-ai-tool-twice',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'generated answer pointing to the self-service Merge Accounts tool, run once per extra account',
    from: AWS_NOTIFY,
    to: KTO,
    subject: 'お問い合わせへの自動回答',
    date: rfcDate('2026-09-14 02:03:31'),
    enc: 'jis7',
    text: `この回答は生成AIによって作成されました。内容が正確でない場合があります。

複数の認定アカウントをお持ちの場合、まずは認定ポータルの「プロフィール」から「アカウントの統合」ツールをお試しください。
統合ツールは一度に2つのアカウントを扱います。3つ以上ある場合は、残したいアカウントにサインインしたまま、ほかのアカウントを1つずつ指定して繰り返してください。
両方のアカウントに認定の履歴がある場合、ツールでは統合できませんので、その際はこのページから「ケースを作成」を選択してください。

この回答は役に立ちましたか?`,
  }),
  mk({
    slug: 'ja-ai-after-merge-badges',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'automated answer describing what happens to Credly badges after a merge: still ai_answer',
    from: AWS_NOTIFY,
    to: MTO,
    subject: 'AWS トレーニングと認定: 生成された回答',
    date: rfcDate('2026-09-20 09:31:12'),
    enc: 'utf8qp',
    text: `Amazon Q による回答

アカウントの統合が完了すると、統合元の認定は残したアカウントに表示されます。
Credly のバッジは自動では移らないことがあります。その場合は統合後に、残したアカウントのメールアドレスで Credly にサインインし、バッジを受け取ってください。
3つのアカウントをお持ちの場合も手順は同じです。

解決しない場合は「ケースを作成」へお進みください。`,
    html: `<div><p><b>Amazon Q による回答</b></p>
<p>アカウントの統合が完了すると、統合元の認定は残したアカウントに表示されます。</p>
<p>Credly のバッジは自動では移らないことがあります。その場合は統合後に、残したアカウントのメールアドレスで Credly にサインインし、バッジを受け取ってください。<br>
3つのアカウントをお持ちの場合も手順は同じです。</p>
<p>解決しない場合は「ケースを作成」へお進みください。</p></div>`,
  }),
  mk({
    slug: 'ja-ai-faq-sjis',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'auto-suggested FAQ articles before a case is created',
    from: 'AWS Training and Certification <no-reply@aws.training>',
    to: MTO,
    subject: 'おすすめのヘルプ記事',
    date: rfcDate('2026-09-20 09:30:02'),
    enc: 'sjis8',
    text: `ご入力内容をもとに、関連がありそうな記事を自動でお選びしました。

- 認定アカウントを1つにまとめる方法(セルフサービス)
- 候補者IDの確認方法
- 大学・会社のメールアドレスが使えなくなった場合

記事で解決しなかった場合のみ、サポートケースをご作成ください。
(このメールは自動的に送信されています)`,
  }),
  mk({
    slug: 'ja-ai-one-pair-at-a-time',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'AI suggestion: merge pairs one at a time with the tool',
    from: AWS_NOTIFY,
    to: KEN.uni,
    subject: 'ご質問への回答案',
    date: rfcDate('2026-09-13 15:22:47'),
    enc: 'jisb64',
    text: `AIアシスタントからのご提案です。

「大学・会社・個人の3つ以上のアカウントを1つにしたい」というご質問と理解しました。
セルフサービスの統合ツールは2つずつの処理となります。たとえば、まず大学のアカウントを個人へ、次に会社のアカウントを個人へ、という順にお進めください。
それぞれの処理は元に戻せないため、残すアカウントを先にお決めいただくことをおすすめします。

問題が解決しない場合は、下のボタンから担当者へのお問い合わせへ進めます。`,
  }),
  mk({
    slug: 'ja-ai-gen-utf8bit',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'generated reply with English disclaimer, Japanese text; suggests self-service first',
    from: AWS_NOTIFY,
    to: KTO,
    subject: '自動応答: 認定アカウントについて',
    date: rfcDate('2026-10-02 12:58:10'),
    enc: 'utf88bit',
    text: `[This response was generated automatically.]

ご質問ありがとうございます。残り1つのアカウントを統合したいとのことですね。
既に他のアカウントを統合済みでも、追加のアカウントは「アカウントの統合」ツールから同じ手順でまとめられる場合があります。
ツールがエラーになる場合は、この画面の「ケースを作成」から担当者にお問い合わせください。`,
  }),
  mk({
    slug: 'ja-ai-no-auth',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    auth: 'none',
    note: 'AI answer text but no Authentication-Results at all: untrusted',
    from: AWS_NOTIFY,
    to: MTO,
    subject: 'AIによる回答のお知らせ',
    date: rfcDate('2026-09-20 09:29:40'),
    enc: 'jis7',
    text: `生成AIがご質問にお答えします。

アカウントを統合するには、認定ポータルにサインインし、プロフィール > アカウントの統合 を開いてください。
対象のアカウントのメールアドレスを入力し、届いたコードを入力すると処理が始まります。`,
  }),
  mk({
    slug: 'ja-ai-create-case',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    note: 'automated answer, base64 ISO-2022-JP; tells how to continue to a case without sign-in',
    from: AWS_NOTIFY,
    to: MTO,
    subject: 'お問い合わせの前に(自動回答)',
    date: rfcDate('2026-10-05 11:58:00'),
    enc: 'jisb64',
    text: `以下は自動生成された回答です。

学生時代や勤務先で作ったアカウントをまとめたい場合、両方に合格履歴があるとツールは使えません。
その場合はサインインせずに「ケースを作成」を選び、氏名・会社名・候補者IDを入力してください。
同じ内容のケースを複数作成しないようお願いいたします。`,
  }),

  // ---------------- info_request (9) ----------------
  mk({
    slug: 'ja-info-which-keep',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'asks which of the four accounts to keep and the candidate IDs',
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: rfcDate('2026-09-15 01:47:12'),
    enc: 'jis7',
    text: `中村様

お問い合わせいただきありがとうございます。AWS トレーニングと認定サポートの高橋です。

4つのアカウントを1つにまとめるにあたり、どのアカウントを統合先として残すご希望か、改めてお書き添えください。
あわせて、各アカウントの候補者ID(AWSから始まる番号)と、認定通知の送り先メールアドレスもお送りいただけますと助かります。

いただいた情報をもとに、統合の手続きを進めます。

よろしくお願いいたします。
高橋

${sfRef('0Ken0001')}

${sfOriginalJa(KEN.keep, '2026/09/14 2:10', SUPPORT_BARE, 'アカウントの統合 (4 アカウント)', KEN_REQ)}`,
  }),
  mk({
    slug: 'ja-info-two-done-third-id',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.ken,
    trap: true,
    note: 'two accounts already merged (a stage), but the new ask is the third account’s ID and e-mail: info_request',
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: rfcDate('2026-09-17 06:20:33'),
    enc: 'jis7',
    text: `中村 健一 様

大学のアカウント(${KEN.uniId})と前職のアカウント(${KEN.alphaId})は、個人アカウントへの統合が済んでおります。
一方、現職のベータクラウド様のアカウントは、ご記載の番号で該当が見つかりませんでした。
お手数ですが、サインインに使っているメールアドレスと、プロフィール画面に表示される候補者IDを、このメールへの返信でお知らせいただけますでしょうか。

引き続きよろしくお願いいたします。
AWS トレーニングと認定 カスタマーサービス`,
  }),
  mk({
    slug: 'ja-info-confirm-address',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: '「ご確認のうえお知らせください」 asks for the kept address: information, not consent',
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: rfcDate('2026-09-21 03:02:19'),
    enc: 'sjis8',
    text: `森様

お世話になっております。
3件のアカウントのうち、今後お使いになるメールアドレスはどちらになりますでしょうか。
お申し込みの本文と、ケース作成時に入力されたアドレスが異なっておりましたので、ご確認のうえお知らせください。

AWS トレーニングと認定
山口`,
  }),
  mk({
    slug: 'ja-info-misaki-uni-id',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'asks for the university account’s candidate ID and pass date',
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: rfcDate('2026-09-22 08:15:40'),
    enc: 'sjis8',
    text: `森 美咲 様

学生時代のアカウント(${MISAKI.uni})について、こちらのシステムで2件の候補が見つかりました。
特定のため、合格された試験名とおおよその受験日、もしくは候補者IDをお送りください。
ほかの2件(勤務先・個人)は照合できております。

山口

${quote(`3つを個人のもの(${MISAKI.keep})に寄せたいです。`)}`,
  }),
  mk({
    slug: 'ja-info-from-keep-plus-ids',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.ken2,
    note: 'write from the kept address AND send the IDs: info_request per the guide',
    to: KEN.beta,
    subject: formSubject(CASE.ken2),
    date: rfcDate('2026-10-03 04:44:08'),
    enc: 'jisb64',
    text: `ご連絡ありがとうございます。

本件は残すアカウントのアドレス(個人アドレス)からご返信いただく必要がございます。
その際に、残すアカウントとまとめるアカウントの両方の候補者IDを本文にお書きください。

なお、先に統合が済んでいる3アカウントについては変更はございません。

AWS トレーニングと認定サポート 木村`,
  }),
  mk({
    slug: 'ja-info-third-credly',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'badges from two Credly accounts moved, but the third Credly e-mail is asked for: info_request',
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: rfcDate('2026-10-09 07:31:55'),
    enc: 'utf8b64',
    text: `森様

Credly について、勤務先と個人の2つのアカウントに分かれていたバッジは、個人のアカウントに集約いたしました。
学生時代のバッジが登録されている Credly アカウントのメールアドレスが分かりかねております。
大学のアドレスとは別のアドレスで Credly に登録されている可能性がありますので、登録アドレスを教えていただけますか。

AWS Training and Certification
山口`,
  }),
  mk({
    slug: 'ja-info-name-mismatch-outlook',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'asks for the name spelling on the university account; Outlook-quoted thread below',
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: rfcDate('2026-09-16 05:12:00'),
    enc: 'utf8b64',
    text: `中村様

ご返信ありがとうございます。
大学のアカウントは氏名がローマ字「Kenichi Nakamura」ではなく「Ken-ichi Nakamura」で登録されているようです。
同一人物であることを確かめるため、大学のアカウントで受験した試験名と受験年月を教えてください。

高橋

${outlookJa(KEN_FROM, '2026年9月15日 22:03', SUPPORT_BARE, formSubject(CASE.ken), `高橋様

残すのは個人アカウント(${KEN.keep})です。
候補者IDは最初のメールに書いたとおりです。

中村`)}`,
  }),
  mk({
    slug: 'ja-info-forged-password',
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.ken,
    auth: 'forgedBelow',
    note: 'asks for IDs (and a password); dmarc=pass planted below the server’s Received: untrusted',
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: rfcDate('2026-09-16 10:02:45'),
    enc: 'jis7',
    text: `中村様

統合を進めるため、4つのアカウントそれぞれのメールアドレス、候補者ID、パスワードを本メールにご返信ください。
48時間以内にご返信がない場合、統合はお受けできません。

AWSサポート`,
  }),
  mk({
    slug: 'ja-info-mobile-fourth',
    crlf: false,
    kind: 'info_request',
    lang: 'ja',
    caseId: CASE.ken2,
    note: 'short reply: could you also tell us the fourth account’s e-mail (request phrased as a question)',
    to: KEN.keep,
    subject: formSubject(CASE.ken2),
    date: rfcDate('2026-10-03 23:50:14'),
    enc: 'jisb64',
    text: `中村様
お手数ですが、4つ目(現職)のアカウントで認定通知を受け取っているメールアドレスも教えていただけますか。ログイン用と異なる場合は両方お願いします。
木村`,
  }),

  // ---------------- confirmation_request (9) ----------------
  mk({
    slug: 'ja-conf-all-into-personal',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'lists the three accounts and asks for consent; cannot be undone',
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: rfcDate('2026-09-23 02:40:10'),
    enc: 'jis7',
    text: `森 美咲 様

ご提供いただいた情報で照合が取れました。次のとおり統合いたします。

 統合先: ${MISAKI.keepId} (${MISAKI.keep})
 統合元: ${MISAKI.uniId} (${MISAKI.uni})
 統合元: ${MISAKI.corpId} (${MISAKI.corp})

統合後は元の状態に戻すことができません。
上記の内容でよろしければ、本メールに「同意します」とご返信ください。ご返信をいただいてから作業いたします。

山口
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-conf-two-of-three-done',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.ken,
    trap: true,
    note: '「3つのアカウントのうち2つを統合しました」 but the new ask is consent for the remaining one',
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: rfcDate('2026-09-18 03:33:21'),
    enc: 'jisb64',
    text: `中村様

お待たせいたしました。
ご依頼の3つのアカウントのうち2つ(大学・前職)を、個人アカウント ${KEN.keepId} に統合しました。
残る1アカウント(現職 ${KEN.betaId})についてご同意をお願いします。統合すると取り消しはできません。
差し支えなければ、このまま返信で「統合を承諾します」とお送りください。

高橋`,
  }),
  mk({
    slug: 'ja-conf-misaki-sjisb64',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.misaki2,
    note: 'consent asked without the word 同意: 「この内容で進めてよろしいでしょうか」',
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki2),
    date: rfcDate('2026-10-06 01:18:36'),
    enc: 'sjisb64',
    text: `森様

勤務先・大学の2つの認定アカウントを、個人の ${MISAKI.keepId} に一度にまとめる形で承ります。
合格履歴、特典(50%割引)もすべて個人アカウントへ移ります。移行後に分け直すことはできかねます。
この内容で進めてよろしいでしょうか。お返事をいただき次第、作業に入ります。

サポート担当 岡田`,
  }),
  mk({
    slug: 'ja-conf-html-alt',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'multipart consent request with a table of four accounts',
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: rfcDate('2026-09-16 23:05:09'),
    enc: 'utf8qp',
    text: `中村様

以下の4アカウントを、個人アカウントに統合する準備が整いました。

残す: ${KEN.keepId} ${KEN.keep}
統合: ${KEN.uniId} ${KEN.uni}
統合: ${KEN.alphaId} ${KEN.alpha}
統合: ${KEN.betaId} ${KEN.beta}

一度統合すると元に戻せませんので、お間違いがないかご覧いただき、ご承認のご返信をお願いいたします。

高橋`,
    html: `<p>中村様</p>
<p>以下の4アカウントを、個人アカウントに統合する準備が整いました。</p>
<table border="1" cellpadding="4">
<tr><td>残す</td><td>${KEN.keepId}</td><td>${KEN.keep}</td></tr>
<tr><td>統合</td><td>${KEN.uniId}</td><td>${KEN.uni}</td></tr>
<tr><td>統合</td><td>${KEN.alphaId}</td><td>${KEN.alpha}</td></tr>
<tr><td>統合</td><td>${KEN.betaId}</td><td>${KEN.beta}</td></tr>
</table>
<p>一度統合すると元に戻せませんので、お間違いがないかご覧いただき、ご承認のご返信をお願いいたします。</p>
<p>高橋</p>`,
  }),
  mk({
    slug: 'ja-conf-lookalike-server',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.misaki,
    auth: 'lookalikeServer',
    note: 'consent request whose Authentication-Results comes from a look-alike authserv-id: untrusted',
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: rfcDate('2026-09-23 05:01:44'),
    enc: 'utf8qp',
    text: `森様

3つのアカウントの統合について、最終のご同意をいただけますでしょうか。
同意いただける場合は、下記のリンクからログインし「承認」を押してください。
https://aws-certification-merge.example-login.net/approve

AWSサポート`,
  }),
  mk({
    slug: 'ja-conf-second-stage',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.ken,
    trap: true,
    note: 'university account merge restated as done; asks consent to merge the two employer accounts next',
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: rfcDate('2026-09-17 02:09:50'),
    enc: 'sjis8',
    text: `中村様

大学のアカウントの件は昨日ご報告した通り処理済みです。
続いて、アルファシステムズ様とベータクラウド様の2アカウントを個人アカウントへ移す作業に入りたく、ご承諾のご返信をお願いできますでしょうか。
こちらも実施後は分割できません。

カスタマーサポート 高橋`,
  }),
  mk({
    slug: 'ja-conf-gmail-quoted',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'agent’s consent request on top of the user’s Gmail-quoted message',
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: rfcDate('2026-09-22 23:48:02'),
    enc: 'utf8b64',
    text: `森様

候補者IDの情報ありがとうございました。3つとも確認できました。
統合は取り消しができない操作となりますが、よろしければ「同意します」の一言をこのメールにご返信ください。

山口

${gmailJa('2026年9月22日(火) 18:20', `${MISAKI.ja} <${MISAKI.keep}>`, `山口様

大学のアカウントの候補者IDは ${MISAKI.uniId} です。
受験したのはクラウドプラクティショナーで、2022年3月です。

森`)}`,
  }),
  mk({
    slug: 'ja-conf-ken2-fourth',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.ken2,
    note: 'second case: consent for merging the current-employer account into the personal one',
    to: KEN.keep,
    subject: formSubject(CASE.ken2),
    date: rfcDate('2026-10-04 03:27:30'),
    enc: 'jisb64',
    text: `中村様

現職アカウント ${KEN.betaId} を ${KEN.keepId} に統合する件、必要な情報がそろいました。
この統合は後から元に戻すことができません。お手数ですが、進めてよいか一言ご返信ください。

木村`,
  }),
  mk({
    slug: 'ja-conf-typo',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: CASE.misaki2,
    note: 'consent request with typos (統合いたしまので, ごへんしん)',
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki2),
    date: rfcDate('2026-10-06 08:02:11'),
    enc: 'sjis8',
    text: `森さま

先程のメールに誤りがありました。統合先は個人アカウント ${MISAKI.keepId} で間違いございません。
同意のごへんしんをいただければ、3アカウントを統合いたしまので、よろしくお願いします。
※統合後の取り消しは不可です。

岡田`,
  }),

  // ---------------- merge_completed (9) ----------------
  mk({
    slug: 'ja-merged-all-three',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.misaki,
    note: '「3つのアカウントはすべて1つに統合されました」',
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: rfcDate('2026-09-24 06:55:18'),
    enc: 'jis7',
    text: `森 美咲 様

ご同意ありがとうございました。
本日、学生時代・勤務先・個人の3つのアカウントはすべて1つ(${MISAKI.keepId})に統合されました。
認定ポータルにサインインし、認定の一覧と特典をご覧ください。

山口`,
  }),
  mk({
    slug: 'ja-merged-portal-html',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: null,
    note: 'certification portal’s own notice, no case ID, HTML-only',
    from: CERT_PORTAL,
    to: KEN.keep,
    subject: 'AWS認定: アカウントの統合が完了しました',
    date: rfcDate('2026-09-18 09:14:00'),
    enc: 'utf8b64',
    html: `<html><body>
<div style="max-width:560px;margin:auto;font-family:'Hiragino Sans',sans-serif">
<p>中村 健一 様</p>
<p>お客様の AWS 認定アカウント <b>${KEN.uniId}</b>、<b>${KEN.alphaId}</b> の記録は、<b>${KEN.keepId}</b> に統合されました。</p>
<p>統合元のアカウントではサインインできなくなります。</p>
<p><a href="https://www.aws.training/Certification">認定ポータルを開く</a></p>
<p style="font-size:11px;color:#777">このメールは送信専用です。</p>
</div></body></html>`,
  }),
  mk({
    slug: 'ja-merged-final-stage',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.ken2,
    note: 'the last remaining account is now merged; all four are one',
    to: KEN.keep,
    subject: formSubject(CASE.ken2),
    date: rfcDate('2026-10-06 04:12:37'),
    enc: 'jisb64',
    text: `中村様

ご承諾いただいた現職アカウントの統合が終わりました。
これで先行して統合した3つを含め、4つのアカウントすべてが ${KEN.keepId} にまとまっております。

木村`,
  }),
  mk({
    slug: 'ja-merged-please-check',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'completion notice that asks the user to check everything looks right: still merge_completed',
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: rfcDate('2026-09-19 07:08:29'),
    enc: 'sjis8',
    text: `中村様

現職アカウントの件もご同意をいただき、残り1件の統合作業を完了いたしました。
大学・前職・現職の記録は、個人アカウント ${KEN.keepId} でご覧いただけます。
お手数ですが、合格履歴と特典に漏れがないか、念のためご確認ください。

高橋`,
  }),
  mk({
    slug: 'ja-merged-and-closing',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.misaki2,
    note: 'completion that also says the case will now be closed: merge_completed (the new fact)',
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki2),
    date: rfcDate('2026-10-07 02:29:51'),
    enc: 'utf8qp',
    text: `森様

勤務先と大学のアカウントを個人アカウントへ移し、統合が完了しました。3つだったプロフィールは1つになっています。
本件はこれでクローズとさせていただきます。

岡田
AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-merged-misaki-sjisb64',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'merge done notice, identifier between the words, Shift_JIS base64',
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: rfcDate('2026-09-24 03:10:05'),
    enc: 'sjisb64',
    text: `森様

ご依頼の件、${MISAKI.uniId} および ${MISAKI.corpId} を ${MISAKI.keepId} へ、先ほどマージいたしました。
反映まで最大24時間ほどかかることがあります。

山口`,
  }),
  mk({
    slug: 'ja-merged-dmarc-fail',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.ken,
    auth: 'fail',
    note: 'says the merge is done but dmarc=fail: untrusted',
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: rfcDate('2026-09-19 08:45:00'),
    enc: 'jis7',
    text: `中村様

アカウント統合はすべて完了しました。
特典のバウチャーを再発行するには、以下のフォームから再ログインしてください。
http://aws-voucher-reissue.example.info/

AWSサポート`,
  }),
  mk({
    slug: 'ja-merged-badges-later',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.misaki2,
    trap: true,
    note: 'merge completed; badges will be moved later (future): merge_completed, badge words are a trap',
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki2),
    date: rfcDate('2026-10-07 01:02:03'),
    enc: 'utf88bit',
    text: `森様

認定アカウントの統合が終わり、大学・勤務先の合格記録が個人アカウントに表示されるようになりました。
Credly のバッジは別チームでの対応となり、数日中に移行される見込みです。移行されましたら改めてお知らせします。

岡田`,
  }),
  mk({
    slug: 'ja-merged-sf-thread',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'completion on top of a long Salesforce-style quoted thread (consent quoted)',
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: rfcDate('2026-09-18 04:50:44'),
    enc: 'jis7',
    text: `中村様

ご承諾の連絡を受け、大学と前職のアカウントを個人アカウントへ統合し終えました。同時に、ご同意済みの現職アカウントも統合いたしました。全アカウントが1つになっています。

高橋

${sfOriginalJa(KEN.keep, '2026/09/17 21:40', SUPPORT_BARE, formSubject(CASE.ken), `${KEN_CONSENT}

${sfOriginalJa(SUPPORT_BARE, '2026/09/17 11:09', KEN.keep, formSubject(CASE.ken), `中村様

続いて、アルファシステムズ様とベータクラウド様の2アカウントを個人アカウントへ移す作業に入りたく、ご承諾のご返信をお願いできますでしょうか。`)}`)}`,
  }),

  // ---------------- badges_transferred (7) ----------------
  mk({
    slug: 'ja-credly-badge-issued',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    note: 'AWS badge issued via Credly to the kept address after the merge',
    from: CREDLY_AWS,
    to: KEN.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: rfcDate('2026-09-20 16:02:11'),
    enc: 'utf8b64',
    hdr: 'utf8b',
    text: `中村 健一 さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを入手する: https://www.credly.com/earner/earned/badge/3f1c9a2e

Credly`,
    html: `<p>中村 健一 さん</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/3f1c9a2e">バッジを入手する</a></p>
<p>Credly</p>`,
  }),
  mk({
    slug: 'ja-badges-three-credly',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.misaki,
    note: 'support says badges from three Credly accounts were moved to the kept one',
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: rfcDate('2026-09-27 05:44:30'),
    enc: 'jis7',
    text: `森様

3つの Credly アカウントに分かれていたAWS認定バッジを、個人アドレス ${MISAKI.keep} の Credly アカウントへ移しました。
Credly にサインインいただくと、4つのバッジが並んで表示されているはずです。

山口`,
  }),
  mk({
    slug: 'ja-badges-and-closing',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'badges moved, case closing: badges_transferred',
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: rfcDate('2026-09-22 02:16:58'),
    enc: 'sjis8',
    text: `中村様

前職と大学のアドレスに発行されていたバッジについて、Credly チームによる移行が完了し、個人のアカウントで表示されるようになりました。
ほかにご不明点がなければ、本ケースはこのまま終了いたします。

高橋`,
  }),
  mk({
    slug: 'ja-credly-second-badge',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    note: 'another AWS badge via Credly, HTML-only quoted-printable',
    from: CREDLY_AWS,
    to: MISAKI.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: rfcDate('2026-09-28 11:30:45'),
    enc: 'utf8qp',
    hdr: 'utf8q',
    html: `<html><body>
<p>森 美咲 さん、おめでとうございます。</p>
<p>「AWS Certified Cloud Practitioner」のバッジを受け取る準備ができました。</p>
<p><a href="https://www.credly.com/badges/accept/77a1">バッジを入手する</a></p>
<p style="font-size:10px">Credly, Inc. このメールは Amazon Web Services Training and Certification の依頼により送信されています。</p>
</body></html>`,
  }),
  mk({
    slug: 'ja-badges-misaki-support',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.misaki2,
    note: 'support: the badges are now on the kept account (after ID was found)',
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki2),
    date: rfcDate('2026-10-10 06:20:14'),
    enc: 'jisb64',
    text: `森様

学生時代の Credly アカウントを特定でき、そちらのバッジも個人アカウントへ移行が終わりました。
これで3アカウント分のバッジすべてが1か所でご覧いただけます。

岡田`,
  }),
  mk({
    slug: 'ja-badges-credly-lookalike',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    note: 'badge notice from credIy.com (capital I) look-alike: untrusted',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>',
    to: KEN.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: rfcDate('2026-09-21 03:03:03'),
    enc: 'utf8b64',
    text: `中村 健一 さん

統合されたアカウントにバッジが発行されました。
バッジを入手する: http://credly-badges.example-claim.net/accept

Credly`,
  }),
  mk({
    slug: 'ja-badges-last-batch',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: CASE.ken2,
    note: 'the remaining badges (fourth account) have moved',
    to: KEN.keep,
    subject: formSubject(CASE.ken2),
    date: rfcDate('2026-10-08 07:45:12'),
    enc: 'utf8qp',
    text: `中村様

現職アドレスで発行されていたバッジ2件も、個人の Credly アカウントに付け替えました。
先のケースで移したものと合わせ、全バッジが ${KEN.keep} の Credly プロフィールにございます。

木村`,
  }),

  // ---------------- case_closed (7) ----------------
  mk({
    slug: 'ja-closed-auto-7days',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.misaki2,
    note: 'reminder: the case will close in 7 days without a reply',
    from: AWS_NOTIFY,
    to: MISAKI.keep,
    subject: `ケース ${CASE.misaki2} は7日後に自動的にクローズされます`,
    date: rfcDate('2026-10-14 00:00:12'),
    enc: 'jis7',
    text: `森 美咲 様

ケース ${CASE.misaki2} について、担当者からのメッセージにまだご返信がありません。
7日以内にご返信がない場合、このケースは自動的にクローズされます。
引き続きサポートが必要な場合は、このメールに返信してください。`,
  }),
  mk({
    slug: 'ja-closed-resolved',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'case resolved/closed notice',
    from: AWS_NOTIFY,
    to: KEN.keep,
    subject: `ケース ${CASE.ken} が解決済みになりました`,
    date: rfcDate('2026-09-25 00:30:00'),
    enc: 'sjis8',
    text: `中村 健一 様

ケース ${CASE.ken} は解決済みとしてクローズされました。
再開する場合は、14日以内にサポートセンターからケースを開き、返信してください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-closed-restates-merge',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'closing that only restates last week’s merge: case_closed',
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: rfcDate('2026-10-01 02:00:40'),
    enc: 'jisb64',
    text: `森様

先週お知らせした通り、3つのアカウントは統合済みで、その後ご連絡がございませんでしたので、本ケースを閉じさせていただきます。
またご不明な点がございましたら、新しくお問い合わせください。

山口`,
  }),
  mk({
    slug: 'ja-closed-duplicate',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.kenDup,
    note: 'the accidental duplicate case is closed in favour of the main one',
    to: KEN.keep,
    subject: formSubject(CASE.kenDup),
    date: rfcDate('2026-09-14 08:17:22'),
    enc: 'utf8qp',
    text: `中村様

同じご依頼のケース(${CASE.ken})がすでに進行中のため、こちらのケース ${CASE.kenDup} はクローズいたします。
以後のやりとりは ${CASE.ken} の方でお願いいたします。

高橋`,
  }),
  mk({
    slug: 'ja-closed-html',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.ken2,
    note: 'HTML-only closed notice',
    from: AWS_NOTIFY,
    to: KEN.keep,
    subject: `[AWS Support] ケース ${CASE.ken2} のクローズ`,
    date: rfcDate('2026-10-12 00:05:31'),
    enc: 'utf8b64',
    html: `<div style="font-family:sans-serif">
<p>中村 健一 様</p>
<p>サポートケース <b>${CASE.ken2}</b> はクローズされました。</p>
<p>ご利用いただきありがとうございました。</p>
</div>`,
  }),
  mk({
    slug: 'ja-closed-restates-badges',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.misaki2,
    trap: true,
    note: 'closing that restates the badge move the user already reported seeing',
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki2),
    date: rfcDate('2026-10-12 04:12:52'),
    enc: 'sjisb64',
    text: `森様

バッジも個人の Credly で見えているとのこと、ご連絡ありがとうございます。以前ご案内した通りの状態ですので、これをもってケースを完了とさせていただきます。

岡田`,
  }),
  mk({
    slug: 'ja-closed-short',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'short closing notice from the AWS notification address',
    from: AWS_NOTIFY,
    to: KEN.keep,
    subject: `ケース ${CASE.ken} はクローズされました`,
    date: rfcDate('2026-09-26 10:10:10'),
    enc: 'jis7',
    text: `お問い合わせのケース ${CASE.ken} はクローズされました。
ご不明点が残っている場合は、ケースを再度開いてご返信ください。`,
  }),

  // ---------------- support_reply (8) ----------------
  mk({
    slug: 'ja-reply-thanks-consent',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.ken,
    trap: true,
    note: 'thanks for confirming; passed to the team: support_reply',
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: rfcDate('2026-09-17 23:01:06'),
    enc: 'jis7',
    text: `中村様

ご同意のご連絡をありがとうございます。
担当チームへ引き継ぎましたので、作業が済み次第あらためてご案内いたします。

高橋

${quote(KEN_CONSENT)}`,
  }),
  mk({
    slug: 'ja-reply-will-merge',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'future tense: 統合が完了しましたらご連絡します',
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: rfcDate('2026-09-23 23:15:00'),
    enc: 'sjis8',
    text: `森様

ご返信ありがとうございます。3件まとめての作業となるため、少々お時間をいただいております。
統合が完了しましたら、こちらからご連絡いたします。

山口`,
  }),
  mk({
    slug: 'ja-reply-escalated',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.ken,
    note: 'escalated to a specialist team, status only',
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: rfcDate('2026-09-16 09:20:31'),
    enc: 'sjis8',
    text: `中村様

大学時代のアカウントは旧システムで作成されたものでしたので、専門チームに調査を依頼しました。
回答まで数営業日かかる見込みです。進捗があり次第お伝えします。

高橋`,
  }),
  mk({
    slug: 'ja-reply-write-from-keep',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.misaki2,
    note: 'asks to write from the address being kept, without asking for data',
    to: MISAKI.corp,
    subject: formSubject(CASE.misaki2),
    date: rfcDate('2026-10-05 23:30:30'),
    enc: 'jisb64',
    text: `森様

勤務先のアドレスからご連絡をいただいております。
セキュリティ上、統合先(残す側)のアカウントに登録されたメールアドレスからご返信をお願いいたします。

岡田`,
  }),
  mk({
    slug: 'ja-reply-not-yet',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.ken2,
    trap: true,
    note: 'negated: the merge of the fourth account is not complete yet',
    to: KEN.keep,
    subject: formSubject(CASE.ken2),
    date: rfcDate('2026-10-05 02:41:09'),
    enc: 'utf8qp',
    text: `中村様

お問い合わせの現職アカウントの件ですが、統合はまだ完了しておりません。
システム側の処理待ちとなっておりますので、もうしばらくお待ちいただけますと幸いです。

木村`,
  }),
  mk({
    slug: 'ja-reply-dup-cases-merged',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: '“merged your duplicate cases” is not the account merge',
    to: MISAKI.keep,
    subject: formSubject(CASE.misaki),
    date: rfcDate('2026-10-05 13:00:00'),
    enc: 'sjisb64',
    text: `森様

同じ内容のお問い合わせが2件(${CASE.misaki} と ${CASE.misaki2})に分かれていたため、ケースを1つに統合いたしました。
今後は ${CASE.misaki2} でご案内します。

山口`,
  }),
  mk({
    slug: 'ja-reply-unable-exam',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.ken2,
    trap: true,
    note: 'unable to merge now because of a booked exam; nothing asked',
    to: KEN.keep,
    subject: formSubject(CASE.ken2),
    date: rfcDate('2026-10-03 10:10:48'),
    enc: 'utf8b64',
    text: `中村様

現職のアカウントに10月20日の試験予約が入っているため、現時点では統合できません。
受験が終わり、結果が出た後であれば作業可能です。その時点でこちらから改めてご連絡いたします。

木村`,
  }),
  mk({
    slug: 'ja-reply-voucher-other-mx',
    kind: 'support_reply',
    lang: 'ja',
    caseId: CASE.ken,
    trap: true,
    auth: 'otherOnly',
    note: 'answer about vouchers after a merge (conditional); only a foreign A-R: untrusted',
    to: KEN.keep,
    subject: formSubject(CASE.ken),
    date: rfcDate('2026-09-16 02:22:22'),
    enc: 'jis7',
    text: `中村様

ご質問の50%割引バウチャーについてお答えします。
統合後は、各アカウントで未使用だった特典が残したアカウントに表示されます。有効期限は変わりません。

高橋`,
  }),

  // ---------------- unrelated (9) ----------------
  mk({
    slug: 'ja-own-consent-sent',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.ken,
    trap: true,
    note: 'the user’s own consent reply (Sent copy): no news from support',
    from: KEN_FROM,
    to: SUPPORT_BARE,
    cc: KEN.keep,
    subject: `Re: ${formSubject(CASE.ken)}`,
    date: rfcDate('2026-09-17 21:40:02', '+0900'),
    relay: 'smtp.example.net',
    enc: 'jis7',
    text: `${KEN_CONSENT}

${gmailJa('2026年9月17日(木) 11:09', 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>', `中村様

続いて、アルファシステムズ様とベータクラウド様の2アカウントを個人アカウントへ移す作業に入りたく、ご承諾のご返信をお願いできますでしょうか。`)}`,
  }),
  mk({
    slug: 'ja-own-forward-colleague',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'the user forwards the completion notice to a colleague: own mail, not for the user',
    from: MISAKI_FROM,
    to: '総務 田中 <tanaka@gamma-tech.example.co.jp>',
    subject: `Fwd: ${formSubject(CASE.misaki)}`,
    date: rfcDate('2026-09-24 18:30:00', '+0900'),
    relay: 'smtp.example.jp',
    enc: 'utf8qp',
    text: `田中さん

認定アカウントが一つにまとまったとの連絡がありました。今後、社内の資格一覧には個人アドレスの方を載せてください。

森

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: 2026年9月24日(木) 15:55
Subject: ${formSubject(CASE.misaki)}
To: <${MISAKI.keep}>

本日、学生時代・勤務先・個人の3つのアカウントはすべて1つ(${MISAKI.keepId})に統合されました。`,
  }),
  mk({
    slug: 'ja-ooo-old-company',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.ken,
    trap: true,
    note: 'out-of-office auto-reply from the old employer’s mailbox, quoting the merge mail',
    from: 'アルファシステムズ 自動応答 <noreply@alpha-sys.example.co.jp>',
    to: KEN.keep,
    subject: `自動応答: ${formSubject(CASE.ken)}`,
    date: rfcDate('2026-09-18 13:50:44', '+0900'),
    enc: 'sjis8',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    text: `このメールアドレスは2026年3月31日をもって使用を停止しました。
ご用件は代表アドレスまでお送りください。

> 大学と前職のアカウントを個人アカウントへ統合し終えました。`,
  }),
  mk({
    slug: 'ja-credly-microsoft',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'badge from another issuer (Microsoft) via Credly',
    from: 'Microsoft via Credly <admin@credly.com>',
    to: KEN.keep,
    subject: 'Microsoftのバッジ発行のお知らせ',
    date: rfcDate('2026-09-29 07:07:07'),
    enc: 'utf8b64',
    hdr: 'utf8b',
    text: `中村 健一 さん

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。
バッジを入手する: https://www.credly.com/earner/earned/badge/9b20

Credly`,
  }),
  mk({
    slug: 'ja-credly-merge-code',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'Credly’s own account-merge verification code (user merging Credly accounts themselves)',
    from: 'Credly <admin@credly.com>',
    to: MISAKI.uni,
    subject: 'Credly アカウント統合の確認コード',
    date: rfcDate('2026-09-26 04:31:10'),
    enc: 'utf8qp',
    text: `${MISAKI.keep} のアカウントに、このアカウントを統合するリクエストを受け付けました。
確認コード: 481 620
または「Complete Account Merge」をクリックして統合を完了してください。
心当たりがない場合はこのメールを無視してください。`,
  }),
  mk({
    slug: 'ja-survey',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.misaki,
    trap: true,
    note: 'satisfaction survey after the case',
    from: 'AWS Support <aws-support-survey@amazon.com>',
    to: MISAKI.keep,
    subject: 'サポートについてのアンケート',
    date: rfcDate('2026-10-02 01:00:00'),
    enc: 'jisb64',
    text: `森 美咲 様

先日のケース(${CASE.misaki})について、問題は解決しましたか?
アカウント統合の対応に関するご意見をお聞かせください。所要時間は1分です。

https://survey.aws.amazon.com/s/7yt`,
  }),
  mk({
    slug: 'ja-exam-result',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'exam result notice (completed exam), not part of the merge',
    from: 'AWS Certification <no-reply@certification.aws.training>',
    to: KEN.keep,
    subject: 'AWS認定試験の結果が届きました',
    date: rfcDate('2026-10-21 06:00:00'),
    enc: 'utf8b64',
    text: `中村 健一 様

先日受験された AWS Certified DevOps Engineer - Professional の採点が完了しました。
結果は認定アカウントでご確認いただけます。`,
  }),
  mk({
    slug: 'ja-other-case-refund',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.other,
    trap: true,
    note: 'receipt of the user’s other case about an exam refund (topic stated): unrelated',
    from: AWS_NOTIFY,
    to: KEN.keep,
    subject: `[ケース ${CASE.other}] お問い合わせを受け付けました`,
    date: rfcDate('2026-09-10 05:05:05'),
    enc: 'sjis8',
    text: `中村 健一 様

ケース ${CASE.other}(試験料の返金について)を受け付けました。
担当者が内容を確認し、ご連絡いたします。`,
  }),
  mk({
    slug: 'ja-skillbuilder-marketing',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'Skill Builder marketing using “統合” and “完了”',
    from: 'AWS Skill Builder <aws-skillbuilder@amazon.com>',
    to: MISAKI.keep,
    subject: '学習履歴がひとつに。新しいダッシュボードのご案内',
    date: rfcDate('2026-10-15 03:00:00'),
    enc: 'utf8qp',
    html: `<html><body><h1>学習の記録を1か所に統合</h1>
<p>新しいダッシュボードで、コースの修了状況と認定の準備状況を一度に確認できます。</p>
<p>移行は完了しています。今すぐサインインしてお試しください。</p>
<p><a href="https://skillbuilder.aws/">Skill Builder を開く</a></p></body></html>`,
  }),
];
