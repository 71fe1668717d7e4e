// Japanese messages, part 1: receipts, AI answers, information and confirmation requests.
import { rfcDate, type Msg } from './lib.js';
import { CASE, KIMURA, MISAKI, NOREPLY, SHO, SUP, SUP_JA, gmailJa, html, mk, outlookJa, q, sfHist, sfRef, subj, subjNew, to } from './common.js';
import { KIMURA_REQ, KIMURA_WRONG, MISAKI_REQ, SHO_REQ } from './requests.js';

const kTo = to(KIMURA.ja, KIMURA.keep);
const mTo = to(MISAKI.ja, MISAKI.keep);
const sTo = to(SHO.ja, SHO.keep);

export const JA_A: Msg[] = [
  // ---------------- acknowledgement ----------------
  mk({
    slug: 'ja-ack-kimura', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kimura, enc: 'jis7', to: kTo,
    subject: subjNew(CASE.kimura), date: rfcDate('2026-02-02 09:14:05', '+0000'),
    note: 'automatic receipt of the merge case, case ID in subject and body',
    text: `木村 健一 様

AWS トレーニングと認定へのお問い合わせを承りました。
ケース番号 ${CASE.kimura} として記録されています。

担当者が内容を拝見し、通常24時間以内にこのアドレス宛てにご連絡します。
同じ内容で別のケースを作成されますと対応が遅れる原因になりますので、追加のご連絡はこのメールへの返信でお願いいたします。

ご依頼内容:
${KIMURA_REQ}

AWS トレーニングと認定 カスタマーサポート`,
  }),
  mk({
    slug: 'ja-ack-kimura-second', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kimuraNew, enc: 'sjis8', to: kTo,
    subject: subjNew(CASE.kimuraNew), date: rfcDate('2026-02-07 00:41:37', '+0000'),
    note: 'receipt of a second case the user opened after the wrong-direction merge; a receipt is a receipt',
    text: `本メールは送信専用アドレスから自動でお送りしています。

お問い合わせありがとうございます。以下の内容でケースを作成しました。

 ケースID   : ${CASE.kimuraNew}
 カテゴリ   : AWS トレーニングと認定 / アカウントのサポート
 件名       : アカウント統合の方向が逆になっている

--- お問い合わせ内容 ---
${KIMURA_WRONG}
------------------------

担当者からの回答までしばらくお待ちください。`,
  }),
  mk({
    slug: 'ja-ack-misaki-html', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki, enc: 'utf8b64', to: mTo, from: NOREPLY,
    subject: 'AWS サポート: お問い合わせを受け付けました', date: rfcDate('2026-03-02 13:02:51', '+0900'),
    note: 'HTML-only receipt from no-reply-aws; case ID only in the body',
    html: html(`中村 美咲 様

AWS サポートをご利用いただき、ありがとうございます。

ケース ID: ${CASE.misaki}
お問い合わせの種類: AWS トレーニングと認定

いただいた内容は担当チームへ送られました。回答はご登録のメールアドレスへお送りします。

この通知への返信は受け付けておりません。`),
  }),
  mk({
    slug: 'ja-ack-misaki-dup', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misakiDup, enc: 'jisb64', to: mTo,
    subject: subjNew(CASE.misakiDup), date: rfcDate('2026-03-04 22:19:10', '+0900'),
    note: 'receipt of the duplicate case the anxious user opened; still a new-case receipt',
    text: `中村 様

ケース ${CASE.misakiDup} を受け付けました。

※すでに同じご依頼のケースをお持ちの場合、重複したケースは対応が遅れる原因となります。
  既存ケースへの返信で追記していただけますと幸いです。

担当者より順次ご連絡いたします。
AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-ack-sho-alt', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho, enc: 'jisb64', to: sTo,
    subject: subjNew(CASE.sho), date: rfcDate('2026-04-06 08:55:00', '+0900'),
    note: 'receipt, multipart/alternative, ISO-2022-JP base64',
    text: `高橋 翔 様

お問い合わせいただいた内容を確認用にお送りします。ケースID ${CASE.sho}。

${SHO_REQ}

回答の目安: 1 営業日
AWS トレーニングと認定`,
    html: `<html><body><p>高橋 翔 様</p><p>お問い合わせいただいた内容を確認用にお送りします。ケースID <b>${CASE.sho}</b>。</p><blockquote>${SHO_REQ.replace(/\n/g, '<br>')}</blockquote><p>回答の目安: 1 営業日<br>AWS トレーニングと認定</p></body></html>`,
  }),
  mk({
    slug: 'ja-ack-forged-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: CASE.kimura, enc: 'utf8qp', to: kTo,
    from: 'AWS Support <support@aws-certification-help.jp>', trusted: false,
    subject: `[CASE ${CASE.kimura}] お問い合わせ受付のお知らせ`, date: rfcDate('2026-02-02 11:30:12', '+0900'),
    note: 'receipt-shaped mail from a look-alike domain (aws-certification-help.jp), dmarc passes for that domain only',
    text: `木村様

ケース ${CASE.kimura} を受け付けました。
本人確認のため、下記リンクからAWS認定アカウントにサインインしてください。
https://aws-certification-help.jp/verify

AWSサポートセンター`,
  }),
  mk({
    slug: 'ja-ack-mixed-boilerplate', kind: 'acknowledgement', lang: 'ja', caseId: CASE.sho, enc: 'utf8qp', to: 'AWS認定 管理窓口 <aws-cert-admin@dev.example.co.jp>', forUser: false,
    subject: subjNew(CASE.sho), date: rfcDate('2026-04-06 00:01:44', '+0000'),
    note: 'receipt sent to the company training-admin alias, not to the user: English boilerplate, Japanese text',
    text: `Thank you for contacting AWS Training and Certification. This is an automated message.

お問い合わせを受け付けました。ケースID: ${CASE.sho}
担当チームより、通常 24 時間以内に回答いたします。

Please do not open another case for the same request.
同一内容での再度のお問い合わせはお控えください。`,
  }),
  mk({
    slug: 'ja-ack-shape-only', kind: 'acknowledgement', lang: 'ja', caseId: CASE.misaki, enc: 'sjisb64', to: to(MISAKI.ja, MISAKI.src), rcpt: MISAKI.src,
    subject: `[CASE ${CASE.misaki}] AWS Training and Certification`, date: rfcDate('2026-03-02 13:03:30', '+0900'),
    note: 'receipt recognisable by its shape only (case number, fields received, reply-by time)',
    text: `中村 美咲 様

ケースID        ${CASE.misaki}
作成日時        2026/03/02 13:02 JST
お問い合わせ種別  認定 > アカウント
候補ID          ${MISAKI.keepId}

上記の内容で登録しました。担当より 1 営業日以内にご連絡します。`,
  }),

  // ---------------- ai_answer ----------------
  mk({
    slug: 'ja-ai-tool', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'jis7', to: kTo, from: NOREPLY,
    subject: 'AWS サポート: 生成 AI によるご案内', date: rfcDate('2026-02-02 09:10:48', '+0000'),
    note: 'AI-generated suggestion to try the self-service Merge Accounts tool',
    text: `この回答は生成 AI によって自動で作成されています。

ご質問: 認定アカウントを1つにしたい

AWS 認定アカウントが複数ある場合、多くは認定ポータルの「Merge Accounts」機能でご自身でまとめられます。
1. 残したいアカウントでサインインする
2. プロフィールからアカウントの統合を開く
3. もう一方のアカウントの情報を入力する

両方のアカウントに認定の履歴がある場合は、この機能が使えないことがあります。その際は「ケースを作成」からお問い合わせください。`,
  }),
  mk({
    slug: 'ja-ai-badges-after', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf8b64', to: mTo, from: NOREPLY, trap: true,
    subject: 'AI アシスタントからの回答', date: rfcDate('2026-03-02 12:58:02', '+0900'),
    note: 'AI answer explaining that badges and vouchers move after a merge; explanation, not the event',
    text: `自動回答 (Amazon Q による生成)

アカウントが統合されると、通常は統合元の認定と特典が統合先に表示されます。
Credly のデジタルバッジは自動では移らない場合があり、統合が済んでから、統合先のメールアドレスでバッジを受け取り直すことをおすすめします。

この回答で解決しない場合は、サポートケースを作成してください。
※この内容は正確でない可能性があります。`,
  }),
  mk({
    slug: 'ja-ai-voucher-html', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf8qp', to: sTo, from: NOREPLY,
    subject: 'AWS サポート - 自動回答のご案内', date: rfcDate('2026-04-06 08:49:15', '+0900'),
    note: 'HTML AI answer about where the 50% voucher shows up',
    html: html(`以下は生成 AI がお問い合わせ内容から作成した回答です。

特典 (次回の試験が 50% 割引になるバウチャー) は、認定ポータルの「Benefits」タブに表示されます。アカウントをまとめる際の特典の扱いについてお困りの場合は、ページ下部の「ケースを作成」を選択してください。

この回答は役に立ちましたか? はい / いいえ`),
  }),
  mk({
    slug: 'ja-ai-hedged-forwarded', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'sjis8', to: kTo, from: NOREPLY, auth: 'otherOnly', trusted: false,
    subject: '自動生成された回答', date: rfcDate('2026-02-06 23:50:20', '+0900'),
    note: 'AI answer that arrived through a forwarding mailbox: only a foreign Authentication-Results, so untrusted',
    text: `生成 AI による回答です。内容に誤りが含まれる場合があります。

統合の方向 (どちらのアカウントが残るか) を誤ってしまった場合、ご自身で元に戻すことはできません。
サポートケースから状況をお知らせいただければ、担当者が確認します。`,
  }),
  mk({
    slug: 'ja-ai-missing-cert', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'jisb64', to: mTo, from: NOREPLY, trap: true,
    subject: 'ご質問への自動回答', date: rfcDate('2026-03-09 19:22:41', '+0900'),
    note: 'AI answer: "if the merge completed and a cert is missing..." conditional, not a completion',
    text: `この回答は AI が自動で作成しました。

統合が完了したあとに一部の認定が表示されない場合、反映まで数日かかることがあります。
3 営業日を過ぎても表示されないときは、統合のケースに返信してお知らせください。新しいケースを作る必要はありません。`,
  }),
  mk({
    slug: 'ja-ai-mixed', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'utf8qp', to: to(SHO.ja, SHO.src), rcpt: SHO.src, from: NOREPLY,
    subject: 'AWS Support: AI generated response / AI による回答', date: rfcDate('2026-04-05 23:58:09', '+0000'),
    note: 'AI answer with English header lines, Japanese body',
    text: `[AI generated response - may contain errors]

ご入力いただいた内容から、以下をご提案します。
・認定ポータルにサインインし、Merge Accounts ツールをお試しください。
・ツールでエラーになる場合は、両方の候補ID (AWS で始まる番号) を控えて、ケースを作成してください。

Was this helpful? / この回答は役に立ちましたか?`,
  }),
  mk({
    slug: 'ja-ai-dkimonly', kind: 'ai_answer', lang: 'ja', caseId: null, enc: 'jis7', to: kTo, from: NOREPLY, auth: 'dkimonly',
    subject: 'AWS サポート: 回答候補', date: rfcDate('2026-02-06 22:03:33', '+0900'),
    note: 'AI suggestion, aligned DKIM only (still trusted)',
    text: `自動応答です。

「旧アカウントに認定が残っている」というご質問には、まず両方のアカウントにサインインし、どちらに認定が表示されているかを確かめることをおすすめします。
状況が変わらない場合は、担当者へのお問い合わせに進んでください。`,
  }),

  // ---------------- info_request ----------------
  mk({
    slug: 'ja-ir-which-to-keep-again', kind: 'info_request', lang: 'ja', caseId: CASE.kimura, enc: 'jis7', to: kTo,
    subject: subj(CASE.kimura), date: rfcDate('2026-02-09 02:12:44', '+0000'),
    note: 'after the wrong-direction report, support asks again which account to keep (Gmail quote below)',
    text: `木村様

ご連絡ありがとうございます。ご迷惑をおかけしており、申し訳ございません。
状況を正しく把握するため、最終的に残したいアカウントの候補IDとログイン用メールアドレスを、あらためてご返信ください。
前職のアドレスが近く使えなくなるとのことですので、今後のやり取りは個人アドレスで行います。

AWS トレーニングと認定 / 担当 森

${gmailJa('2026年2月6日(金) 23:48', KIMURA.ja, KIMURA.keep)}
${q(KIMURA_WRONG)}`,
  }),
  mk({
    slug: 'ja-ir-missing-cert-details', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, enc: 'sjis8', to: mTo,
    subject: subj(CASE.misaki), date: rfcDate('2026-03-10 10:31:05', '+0900'),
    note: 'a certification is missing after the merge; support needs exam name, date and candidate ID',
    text: `中村様

統合後に SAA の認定が表示されていないとのこと、承知いたしました。
調査のため、次の3点をお知らせいただけますでしょうか。
 - 表示されない認定の正式名称
 - 合格された日 (おおよそで構いません)
 - 受験した時点で使っていた候補ID

いただいた情報をもとに、記録を照合いたします。

AWS Training and Certification Customer Service
${sfRef('MsK31a')}`,
  }),
  mk({
    slug: 'ja-ir-voucher-outlook', kind: 'info_request', lang: 'ja', caseId: CASE.sho, enc: 'utf8qp', to: sTo,
    subject: subj(CASE.sho), date: rfcDate('2026-04-15 16:20:11', '+0900'),
    note: 'the 50% voucher vanished; support asks for the code and issue date, Outlook quote header',
    text: `高橋様

50% 割引バウチャーが見当たらない件、大変失礼いたしました。
お手元にバウチャーコード (控えがあれば) と、発行された時期、元のアカウントで最後に受けた試験名をお送りいただけますか。
確認でき次第、再発行の可否をご案内します。

AWS トレーニングと認定 サポート 藤井

${outlookJa(`${SHO.ja} <${SHO.keep}>`, '2026年4月14日 21:07', SUP_JA, subj(CASE.sho))}

統合していただいた後、Benefits を見たらバウチャーが消えています。
受験予約を来月に入れようと思っていたのですが、どうなっていますか。`,
  }),
  mk({
    slug: 'ja-ir-retract-confirm', kind: 'info_request', lang: 'ja', caseId: CASE.sho, enc: 'jis7', to: sTo, trap: true,
    subject: subj(CASE.sho), date: rfcDate('2026-04-07 11:45:39', '+0900'),
    note: 'retracts an earlier consent request: before any merge, the source candidate ID is needed; asks for data',
    text: `高橋様

先ほどお送りしたメールで統合のご承諾をお願いしましたが、こちらの手違いでした。申し訳ございません。
まだ承諾のご返信は不要です。

手続きの前に、統合元アカウント (${SHO.src}) の候補IDが必要です。プロフィール画面に表示される AWS から始まる番号を、このメールへの返信でお知らせください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-ir-goakunin-address', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, enc: 'jisb64', to: mTo, trap: true,
    subject: subj(CASE.misaki), date: rfcDate('2026-03-03 09:40:27', '+0900'),
    note: '「ご確認のうえお知らせください」 about the address to keep: asks for information, not consent',
    text: `中村様

お問い合わせいただいた件、統合先として残すアカウントのログイン用メールアドレスを、ご確認のうえお知らせください。
お送りいただいたアドレスと、認定ポータルに登録のアドレスが一致していないようです。

よろしくお願いいたします。
AWS トレーニングと認定 カスタマーサービス`,
  }),
  mk({
    slug: 'ja-ir-credly-email', kind: 'info_request', lang: 'ja', caseId: CASE.kimura, enc: 'jisb64', to: kTo, trap: true,
    subject: subj(CASE.kimura), date: rfcDate('2026-02-16 14:05:52', '+0900'),
    note: 'specialist team needs the Credly login address before moving badges; badges not moved yet',
    text: `木村様

お世話になっております。
バッジの件、専門チームに確認したところ、Credly 側のアカウントを特定する必要があるとのことです。
Credly にサインインするときのメールアドレスを教えていただけますか。旧アドレスでしか登録されていない場合は、その旨も添えてください。
バッジはまだ旧アカウント側に残ったままになっております。

AWS トレーニングと認定 / 森`,
  }),
  mk({
    slug: 'ja-ir-phishing-none', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, enc: 'utf8b64', to: mTo,
    from: 'AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>', auth: 'none', trusted: false,
    subject: subj(CASE.misaki), date: rfcDate('2026-03-05 03:12:00', '+0900'),
    note: 'asks for passwords; no Authentication-Results at all, so untrusted despite the real-looking From',
    text: `中村様

統合作業のため、両アカウントのパスワードと、登録済みのクレジットカード下4桁をご返信ください。
24時間以内にご返信がない場合、統合はキャンセルされます。`,
  }),
  mk({
    slug: 'ja-ir-partial-dates', kind: 'info_request', lang: 'ja', caseId: CASE.misaki, enc: 'sjisb64', to: mTo, trap: true,
    subject: subj(CASE.misaki), date: rfcDate('2026-03-12 15:17:08', '+0900'),
    note: 'partial completion: only some records moved; asks for exam dates of the rest',
    text: `中村様

統合の処理は、現時点では一部のみ反映されている状態です (CLF は移行済み、SAA は未反映)。
残りの記録を特定するため、SAA を受験された試験会場またはオンライン受験の別と、受験日をお知らせください。

ご不便をおかけし申し訳ありません。
AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-ir-before-merge-skillbuilder', kind: 'info_request', lang: 'ja', caseId: CASE.kimura, enc: 'utf8b64', to: kTo, trap: true,
    subject: subj(CASE.kimura), date: rfcDate('2026-02-03 10:02:19', '+0900'),
    note: '"once merged we will tell you" is future; the message asks for the Skill Builder address',
    text: `木村様

お問い合わせありがとうございます。
統合が完了しましたら改めてご連絡いたしますが、その前に、AWS Skill Builder でお使いのメールアドレスと、認定の通知を受け取っているメールアドレスをお知らせいただけますでしょうか。
両アカウント分をお願いします。

AWS トレーニングと認定
${sfRef('Km2x90')}

${sfHist(`${KIMURA.ja} <${KIMURA.keep}>`, '2026/02/02 9:13', SUP_ADDR_JA(), subjNew(CASE.kimura), KIMURA_REQ)}`,
  }),
  mk({
    slug: 'ja-ir-sho-alt', kind: 'info_request', lang: 'ja', caseId: CASE.sho, enc: 'jisb64', to: sTo,
    subject: subj(CASE.sho), date: rfcDate('2026-04-07 09:12:40', '+0900'),
    note: 'first human reply asking which account to keep and both login addresses; multipart',
    text: `高橋 翔 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
お手続きを進めるにあたり、以下をお送りください。
・残すアカウントのログイン用メールアドレス
・もう一方のアカウントのログイン用メールアドレス
・それぞれの候補ID

なお、バウチャーの扱いについても、ご回答をいただいた後にご案内いたします。

Haruka / AWS Training and Certification`,
    html: `<div>高橋 翔 様</div><div><br></div><div>AWS トレーニングと認定にお問い合わせいただきありがとうございます。<br>お手続きを進めるにあたり、以下をお送りください。</div><ul><li>残すアカウントのログイン用メールアドレス</li><li>もう一方のアカウントのログイン用メールアドレス</li><li>それぞれの候補ID</li></ul><div>なお、バウチャーの扱いについても、ご回答をいただいた後にご案内いたします。</div><div><br>Haruka / AWS Training and Certification</div>`,
  }),

  // ---------------- confirmation_request ----------------
  mk({
    slug: 'ja-cr-kimura-first', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kimura, enc: 'jis7', to: kTo,
    subject: subj(CASE.kimura), date: rfcDate('2026-02-04 01:33:10', '+0000'),
    note: 'asks for consent to the (irreversible) merge',
    text: `木村様

ご返信ありがとうございます。いただいた内容をもとに、次のとおり統合いたします。

  統合元: ${KIMURA.srcId}
  統合先: ${KIMURA.keepId}

統合を行うと元に戻すことはできません。上記でよろしければ、このメールにご返信いただき、ご承諾の旨をお知らせください。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-cr-corrected-direction', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kimura, enc: 'sjis8', to: kTo,
    subject: subj(CASE.kimura), date: rfcDate('2026-02-10 18:22:03', '+0900'),
    note: 'correction of the earlier mail that had source and target swapped; asks again for consent',
    text: `木村様

前回お送りしたメールでは、統合元と統合先が逆に記載されておりました。重ねてお詫び申し上げます。
正しい内容は次のとおりです。

  残るアカウント   : ${KIMURA.keepId} (${KIMURA.keep})
  まとめられる側   : ${KIMURA.srcId} (${KIMURA.src})

この方向で改めて処理を行います。処理後の取り消しはできませんので、問題がなければ「この内容で進めてください」とご返信ください。

AWS トレーニングと認定 / 森`,
  }),
  mk({
    slug: 'ja-cr-redo-consent-html', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kimura, enc: 'utf8b64', to: kTo,
    subject: subj(CASE.kimura), date: rfcDate('2026-02-11 10:09:47', '+0900'),
    note: 'specialist team needs written consent before redoing the merge the right way; HTML only',
    html: html(`木村 健一 様

専門チームより、逆方向に行われた統合を正しい方向でやり直すには、あらためてお客様の同意が必要との連絡がありました。

やり直しの結果、${KIMURA.srcId} は利用できなくなり、すべての認定は ${KIMURA.keepId} に集約されます。この操作も取り消しできません。

同意いただける場合は、本メールにそのままご返信ください。

AWS トレーニングと認定 カスタマーサポート`),
  }),
  mk({
    slug: 'ja-cr-misaki-outlook', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, enc: 'jisb64', to: mTo,
    subject: subj(CASE.misaki), date: rfcDate('2026-03-04 11:02:55', '+0900'),
    note: 'consent request with an Outlook-style quoted history',
    text: `中村様

アドレスのご確認ありがとうございました。
${MISAKI.src} のアカウントを ${MISAKI.keep} のアカウントへまとめる準備ができました。統合すると元には戻せません。進めてよろしいか、ご返信をお願いいたします。

AWS トレーニングと認定

${outlookJa(`${MISAKI.ja} <${MISAKI.keep}>`, '2026年3月3日 20:15', SUP_JA, subj(CASE.misaki))}

残すのは ${MISAKI.keep} です。よろしくお願いします。`,
  }),
  mk({
    slug: 'ja-cr-te-form', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho, enc: 'utf8qp', to: sTo,
    subject: subj(CASE.sho), date: rfcDate('2026-04-08 14:26:31', '+0900'),
    note: 'consent asked without the word 確認: clauses joined by te-form, "if fine, reply so"',
    text: `高橋様

お待たせしております。${SHO.srcId} の記録を ${SHO.keepId} に移す手はずが整い、未使用のバウチャーも一緒に移る見込みです。
処理後は統合元でサインインできなくなり、取り消しもききませんので、差し支えなければその旨をご返信ください。

藤井 / AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-cr-reminder', kind: 'confirmation_request', lang: 'ja', caseId: CASE.sho, enc: 'jis7', to: sTo,
    subject: subj(CASE.sho), date: rfcDate('2026-04-10 09:00:12', '+0900'),
    note: 'reminder of the pending consent request; still asks for the go-ahead',
    text: `高橋様

4月8日にお送りしたメールについて、まだご返信を確認できておりません。
統合を実行してよいか、ご意向をお聞かせください。お返事をいただくまで手続きは止めております。

AWS トレーニングと認定`,
  }),
  mk({
    slug: 'ja-cr-forged-failthen', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, enc: 'sjis8', to: mTo,
    auth: 'failThenForged', trusted: false,
    subject: subj(CASE.misaki), date: rfcDate('2026-03-04 12:40:00', '+0900'),
    note: 'consent request whose topmost verdict is dmarc=fail; a planted pass lower down does not count',
    text: `中村様

統合を進めてよろしいでしょうか。ご承諾いただける場合は、下記フォームから確認手続きを完了してください。
http://confirm-merge.example-aws-support.net/ja/`,
  }),
  mk({
    slug: 'ja-cr-boilerplate-en', kind: 'confirmation_request', lang: 'ja', caseId: CASE.misaki, enc: 'sjisb64', to: mTo,
    subject: subj(CASE.misaki), date: rfcDate('2026-03-04 11:05:40', '+0900'),
    note: 'Japanese consent request under English boilerplate; language is ja',
    text: `*** Please reply above this line ***

中村様
念のため最終のご意思をうかがいます。${MISAKI.srcId} を ${MISAKI.keepId} に統合してよろしいですか。統合は取り消せません。「はい」とご返信いただければ作業に入ります。

Kind regards,
AWS Training and Certification`,
  }),
  mk({
    slug: 'ja-cr-not-yet-consent', kind: 'confirmation_request', lang: 'ja', caseId: CASE.kimura, enc: 'jisb64', to: kTo, trap: true,
    subject: subj(CASE.kimura), date: rfcDate('2026-02-04 20:18:26', '+0900'),
    note: 'answers an anxious follow-up: nothing has been merged yet; consent still needed (asks for it)',
    text: `木村様

ご心配をおかけしております。統合の作業はまだ行っておらず、完了もしておりません。
こちらからお送りした 2 月 4 日のご案内への同意のご返信が、まだ届いていないためです。
${KIMURA.srcId} を ${KIMURA.keepId} にまとめてよければ、このメールに「同意します」とご返信ください。

AWS トレーニングと認定`,
  }),
];

function SUP_ADDR_JA(): string {
  return SUP;
}
