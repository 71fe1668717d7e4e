// Set t, Japanese messages: terse, hurried agents and customers; macros with
// leftover placeholders, typos and 変換ミス, phone footers, mixed ja/en.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  SUPPORT, SUPPORT_BARE, AWS_NOTIFY, CREDLY_AWS, PORTAL, formSubject, formSubjectNoRe, KENJI as K, MISAKI as M, SHO as S, KEVIN as V, CASE,
  type Spec, quote, sfRef, sfOriginal, gmailJa, iphoneJa, outlookJa, paras, htmlDoc, KENJI_REQ, MISAKI_REQ, SHO_REQ, KEVIN_REQ,
} from './common.js';

const j = (s: Spec): Msg => ({ lang: 'ja', trusted: true, forUser: true, trap: false, auth: 'pass', ...s });

const kTo = `${K.ja} <${K.keep}>`;
const mTo = `${M.ja} <${M.keep}>`;
const sTo = `${S.ja} <${S.keep}>`;
const vTo = `Kevin Tanaka <${V.keep}>`;
const SUP = `AWS Training and Certification <${SUPPORT_BARE}>`;

// a long thread on Kenji's case, reused under short answers
const K_T1 = `${K.ja} 様

お問い合わせありがとうございます。AWS トレーニングと認定サポートの藤井です。
統合のご依頼、承知しました。
念のため、統合元アカウント(${K.srcId})で現在予約中の試験が無いかご確認ください。
予約がある場合、統合できません。

${sfRef('K1x8Qa')}`;
const K_T2 = `予約はないです。
小林

${gmailJa('2026年11月3日(火) 10:02', `AWS Training and Certification <${SUPPORT_BARE}>`, K_T1)}`;
const K_T3 = `小林様

ありがとうございます。
統合後は元に戻せませんので、以下で問題なければ「同意します」とご返信ください。
統合先: ${K.keepId} (${K.keep})
統合元: ${K.srcId} (${K.src})

藤井
${sfRef('K1x8Qa')}

${sfOriginal(`${K.ja} <${K.keep}>`, '2026/11/03 11:40', SUPPORT_BARE, formSubject(CASE.kenji), K_T2)}`;
const K_THREAD = `${gmailJa('2026年11月4日(水) 9:15', `AWS Training and Certification <${SUPPORT_BARE}>`, K_T3)}`;

// Misaki's thread (Outlook style)
const M_T1 = `中村 美咲 様

AWS トレーニングと認定 カスタマーサポートです。
お問い合わせいただいた件、担当の河合が対応します。

${quote(MISAKI_REQ)}`;
const M_THREAD = outlookJa(SUP, '2026年11月10日 14:22', M.keep, formSubject(CASE.misaki), M_T1);

// Sho's thread (Salesforce style)
const S_THREAD = sfOriginal(`${S.ja} <${S.keep}>`, '2026-11-12 08:51', SUPPORT_BARE, formSubjectNoRe(CASE.sho), SHO_REQ);

export const JA: Msg[] = [
  // ================= acknowledgement =================
  j({
    slug: 'notify-case-opened-jis', kind: 'acknowledgement', caseId: CASE.kenji,
    note: 'AWS Support notification: case created, 24h reply, do not open another case',
    from: AWS_NOTIFY, to: K.keep, subject: `[ケース ${CASE.kenji}] お問い合わせを受け付けました`,
    date: d('2026-11-02 23:48:05'), enc: 'jis7',
    text: `小林 健司 様

ケースを作成しました。
ケースID: ${CASE.kenji}
件名: 認定アカウント統合
種類: AWS トレーニングと認定

通常24時間以内に担当からメールします。同じ内容で別のケースは作らないでください(返信が遅れます)。

このアドレスは送信専用です。

Amazon Web Services`,
  }),
  j({
    slug: 'form-receipt-id-body', kind: 'acknowledgement', caseId: CASE.misaki,
    note: 'receipt with no case ID in the subject; the number sits in the body after the name',
    from: SUPPORT, to: mTo, subject: 'お問い合わせ受付',
    date: d('2026-11-09 16:31:12'), enc: 'utf8b64',
    text: `中村 美咲 様

AWS トレーニングと認定へのご連絡、ありがとうございます。
受付番号 ${CASE.misaki} にて承りました。
担当者から改めてご連絡しますので、しばらくお待ちください。
追加の情報はこのメールへの返信でお送りいただけます。

AWS Training and Certification Customer Service`,
  }),
  j({
    slug: 'html-only-receipt-sjis', kind: 'acknowledgement', caseId: CASE.sho,
    note: 'HTML-only Shift_JIS receipt: table with case number, status, and expected reply time',
    from: SUPPORT, to: sTo, subject: formSubjectNoRe(CASE.sho),
    date: d('2026-11-12 08:52:40'), enc: 'sjisb64',
    html: htmlDoc(`<p>渡辺 翔 様</p>
<p>お問い合わせを受け付けました。内容を確認後、担当よりご連絡いたします。</p>
<table border="1" cellpadding="4">
<tr><td>ケース番号</td><td>${CASE.sho}</td></tr>
<tr><td>カテゴリ</td><td>認定 / アカウントの統合</td></tr>
<tr><td>ステータス</td><td>受付済み</td></tr>
<tr><td>回答目安</td><td>1営業日以内</td></tr>
</table>
<p>※このメールに心当たりがない場合は破棄してください。</p>
<p>AWS トレーニングと認定</p>`, 'ja'),
  }),
  j({
    slug: 'receipt-shape-only-qp', kind: 'acknowledgement', caseId: CASE.kevin,
    note: 'receipt recognisable only by its shape: field list with status "未割り当て", no thank-you sentence',
    from: AWS_NOTIFY, to: vTo, subject: `ケース ${CASE.kevin} - 新規`,
    date: d('2026-11-05 02:10:44'), enc: 'utf8qp',
    text: `ケースID: ${CASE.kevin}
作成日時: 2026-11-05 02:10 UTC
ステータス: 未割り当て
カテゴリ: Training and Certification > Certification > Account merge
連絡方法: Eメール
説明: ${KEVIN_REQ.split('\n')[0]}

担当者が割り当てられるとメールでお知らせします。
ケースの重複作成はご遠慮ください。

Amazon Web Services`,
  }),
  j({
    slug: 'lookalike-receipt-jp-domain', kind: 'acknowledgement', caseId: CASE.misaki, trusted: false,
    note: 'receipt from look-alike domain aws-training-support.jp (passes its own DMARC but not a trusted domain)',
    from: 'AWS トレーニングと認定 <support@aws-training-support.jp>', to: M.keep, subject: `【受付完了】ケース ${CASE.misaki}`,
    date: d('2026-11-09 17:02:00', '+0900'), enc: 'jis7',
    text: `中村様

お問合せを受付ました。ケース番号:${CASE.misaki}
本人確認のため下記URLよりサインインしてください。
https://aws-training-support.jp/signin

AWS認定サポート`,
  }),
  j({
    slug: 'gmail-autofwd-dup-receipt', kind: 'acknowledgement', caseId: CASE.kenjiDup,
    note: 'receipt of a second (duplicate) case sent to the work address and auto-forwarded by a Gmail filter; To is still the user\'s work address, no Resent-*',
    from: AWS_NOTIFY, to: K.src, rcpt: K.keep, deliveredTo: K.keep, subject: `[ケース ${CASE.kenjiDup}] お問い合わせを受け付けました`,
    date: d('2026-11-03 00:12:31'), enc: 'jisb64', auth: 'dkimonly',
    extra: [`X-Forwarded-To: ${K.keep}`, `X-Forwarded-For: ${K.src} ${K.keep}`],
    text: `小林 健司 様

新しいケースを作成しました。ケースID ${CASE.kenjiDup}
担当から24時間以内に連絡します。

Amazon Web Services`,
  }),
  j({
    slug: 'receipt-no-auth-sjis', kind: 'acknowledgement', caseId: CASE.misaki, trusted: false, auth: 'none',
    note: 'plain receipt wording but no Authentication-Results at all',
    from: SUPPORT, to: mTo, subject: `受付: ケース ${CASE.misaki}`,
    date: d('2026-11-09 16:35:20'), enc: 'sjis8',
    text: `中村様
お問い合わせ受付けました(ケース ${CASE.misaki})。回答まで少々お待ちください。
AWS Training and Certification`,
  }),
  j({
    slug: 'receipt-mixed-boilerplate', kind: 'acknowledgement', caseId: CASE.sho,
    note: 'English boilerplate line then Japanese receipt text; language ja',
    from: SUPPORT, to: sTo, subject: `Case ${CASE.sho} を受け付けました`,
    date: d('2026-11-12 08:53:02'), enc: 'utf8b64',
    text: `Thank you for contacting AWS Training and Certification.
渡辺 翔 様、ケース ${CASE.sho} で受付済です。1営業日以内に担当から返信します、このメールへの返信は不要です。

${S_THREAD}`,
  }),

  // ================= ai_answer =================
  j({
    slug: 'ai-generated-merge-tool', kind: 'ai_answer', caseId: null,
    note: 'AI-generated answer before case creation: points to the self-service Merge Accounts tool',
    from: AWS_NOTIFY, to: K.keep, subject: 'AWS トレーニングと認定: 生成された回答',
    date: d('2026-11-02 23:40:18'), enc: 'jis7',
    text: `この回答は AI によって生成されました。

認定アカウントの統合は、AWS Certification アカウントの [プロフィール] > [アカウントの統合] からご自身で実行できる場合があります。
両方のアカウントに認定履歴がある場合はツールが使えないため、[ケースを作成] からサポートへお問い合わせください。

解決しない場合は、このページからケースを作成できます。`,
  }),
  j({
    slug: 'auto-answer-sjis-mixed', kind: 'ai_answer', caseId: null,
    note: 'automated suggestion in Shift_JIS with an English "Generated answer" header',
    from: 'AWS Support <no-reply-aws@amazon.com>', to: M.keep, subject: '自動回答のご案内',
    date: d('2026-11-09 16:20:03'), enc: 'sjisb64',
    text: `Generated answer (beta)

中村様、ご質問の内容から以下をご案内します。
・認定アカウントが2つある場合、Merge Accounts ツールで統合を試してください
・ツールがエラーになる場合はサポートケースを作成してください
・統合前に両方の候補者IDを控えておくとスムーズです

この回答で解決しましたか? はい / いいえ`,
  }),
  j({
    slug: 'ai-html-after-merge-badges', kind: 'ai_answer', caseId: null, trap: true,
    note: 'HTML-only AI answer explaining that after a merge the badges move; explanation, not an event',
    from: AWS_NOTIFY, to: S.keep, subject: 'あなたの質問への回答 (AI 生成)',
    date: d('2026-11-12 08:40:11'), enc: 'utf8qp',
    html: htmlDoc(`<p><b>AI によって生成された回答です。内容が正確でない場合があります。</b></p>
<p>アカウントの統合が完了すると、統合元の認定と特典は統合先に表示されます。Credly のバッジは統合完了後に統合先のメールアドレスへ移ります。</p>
<p>まずは Merge Accounts ツールをお試しください。ツールで統合できない場合は「ケースを作成」を選んでください。</p>`, 'ja'),
  }),
  j({
    slug: 'ai-forged-below', kind: 'ai_answer', caseId: null, trusted: false, auth: 'forgedBelow',
    note: 'AI-answer text, but the dmarc=pass Authentication-Results sits below the server\'s Received line',
    from: AWS_NOTIFY, to: V.keep, subject: '生成AIによる回答',
    date: d('2026-11-05 02:01:30'), enc: 'jis7',
    text: `自動生成の回答です。
Merge Accounts ツールで統合できます、プロフィール画面から実行してください。
できない時はケースを作成してください。`,
  }),
  j({
    slug: 'ai-was-this-helpful-jisb64', kind: 'ai_answer', caseId: null,
    note: 'generated answer with "was this helpful" buttons; suggests self-service first',
    from: AWS_NOTIFY, to: K.src, subject: 'AI アシスタントからの回答',
    date: d('2026-11-02 08:11:09'), enc: 'jisb64',
    text: `ご質問: 認定アカウントを1つにまとめたい

回答(自動):
重複したアカウントはセルフサービスの統合ツールで一つにできます。サインイン後、右上のプロフィールから「アカウントの統合」を開き、統合元のメールアドレスを入力します。
認定が両方にある場合はツールが使えません。その場合はサポートへ。

役に立ちましたか? [はい] [いいえ]`,
  }),
  j({
    slug: 'ai-short-sjis8', kind: 'ai_answer', caseId: null,
    note: 'two-line automated hint in Shift_JIS 8bit',
    from: 'AWS Training and Certification <no-reply@aws.training>', to: M.keep, subject: '自動応答: アカウント統合について',
    date: d('2026-11-09 16:18:44', '+0900'), enc: 'sjis8',
    text: `(自動応答)統合ツール: プロフィール > アカウントの統合。
両アカウントに認定があればサポートへケース作成を。`,
  }),
  j({
    slug: 'ai-mixed-sentence-b64', kind: 'ai_answer', caseId: null,
    note: 'automated answer that mixes English and Japanese in one sentence',
    from: AWS_NOTIFY, to: vTo, subject: 'Suggested answer / 推奨回答',
    date: d('2026-11-05 01:58:10'), enc: 'utf8b64',
    text: `This answer was generated automatically.
Certification account が複数ある場合は、まず Profile > Merge Accounts の self-service tool をお試しください。
If both accounts have certifications, ツールは使えないので Create case を選んでください。`,
  }),

  // ================= info_request =================
  j({
    slug: 'one-liner-two-ids-placeholder', kind: 'info_request', caseId: CASE.kenji,
    note: 'one-line macro with leftover placeholder: asks for both candidate IDs',
    from: SUPPORT, to: kTo, subject: formSubject(CASE.kenji),
    date: d('2026-11-03 01:05:33'), enc: 'jis7',
    text: `[お客様名] 様

統合元と統合先、両方の候補者ID(AWSから始まる番号)お知らせください。

AWS T&C サポート 藤井
${sfRef('K1x8Qa')}`,
  }),
  j({
    slug: 'ask-after-long-outlook-quote', kind: 'info_request', caseId: CASE.misaki,
    note: 'bottom-posted: the question which account to keep comes only after the quoted thread',
    from: SUPPORT, to: mTo, subject: formSubject(CASE.misaki),
    date: d('2026-11-10 05:40:02'), enc: 'utf8b64',
    text: `${M_THREAD}

---
中村様
上記の件、残すアカウントはどちらでしょうか。ログイン用メールアドレスでお知らせください。
河合`,
  }),
  j({
    slug: 'subject-only-need-old-address', kind: 'info_request', caseId: CASE.sho,
    note: 'the request (old account\'s address) is only in the subject; the body just says "see subject"',
    from: SUPPORT, to: sTo, subject: `${formSubject(CASE.sho)} 要:統合元メールアドレス`,
    date: d('2026-11-13 00:20:19'), enc: 'jisb64', wholeSubject: true,
    text: `渡辺様
件名の件、ご返信お待ちしております。

${quote(S_THREAD)}`,
  }),
  j({
    slug: 'henkan-miss-address-keep', kind: 'info_request', caseId: CASE.kenji,
    note: 'conversion errors (植え, 御知らせ) but clearly asks for the e-mail address to keep',
    from: SUPPORT, to: kTo, subject: formSubject(CASE.kenji),
    date: d('2026-11-03 02:12:55'), enc: 'sjis8',
    text: `小林様
お手数ですが残す方のアカウントのメールアドレス、ご確認の植え御知らせください。
ログインに使っているアドレスでお願いしまs。
藤井`,
  }),
  j({
    slug: 'agent-iphone-both-ids', kind: 'info_request', caseId: CASE.kevin,
    note: 'agent replying from a phone: wants both candidate IDs; iPhone footer',
    from: SUPPORT, to: vTo, subject: formSubject(CASE.kevin),
    date: d('2026-11-06 00:44:12'), enc: 'jis7',
    text: `候補者ID2つとも送ってください

iPhoneから送信`,
  }),
  j({
    slug: 'fail-dmarc-asks-password', kind: 'info_request', caseId: CASE.misaki, trusted: false, auth: 'fail',
    note: 'dmarc=fail on top; asks for the password of the old account (forgery)',
    from: SUPPORT, to: M.keep, subject: formSubject(CASE.misaki),
    date: d('2026-11-10 03:03:03'), enc: 'sjisb64',
    text: `中村様
統合手続きのため、統合元アカウントのメールアドレスとパスワードを返信で送付してください。
本日中にご返信がない場合、ケースは取消となります。`,
  }),
  j({
    slug: 'mixed-keep-account-email', kind: 'info_request', caseId: CASE.kevin,
    note: 'mixed-language request for the e-mail of the account to keep',
    from: SUPPORT, to: vTo, subject: formSubject(CASE.kevin),
    date: d('2026-11-05 09:30:00'), enc: 'utf8qp',
    text: `Kevin様
お手数ですが、keep する account の email address と candidate ID を教えてください。
Thanks, 河合

${quote(KEVIN_REQ)}`,
  }),
  j({
    slug: 'confirm-romaji-name', kind: 'info_request', caseId: CASE.sho, trap: true,
    note: '"ご確認のうえお知らせください" asks for the registered romaji name: information, not consent',
    from: SUPPORT, to: sTo, subject: formSubject(CASE.sho),
    date: d('2026-11-13 06:18:27'), enc: 'jis7',
    text: `渡辺様
両アカウントで登録氏名の表記が違うようです(WATANABE SHO / Sho Watanabe)。
試験で使った正しいローマ字表記をご確認のうえお知らせください。
${sfRef('S3pQ')}`,
  }),
  j({
    slug: 'resent-work-to-personal-info', kind: 'info_request', caseId: CASE.kenji, forUser: false,
    note: 'support mail to the work address redirected by the user\'s mailbox rule: Resent-* headers, so not forUser',
    from: SUPPORT, to: K.src, subject: formSubject(CASE.kenji),
    date: d('2026-11-03 03:22:10'), enc: 'jisb64',
    resent: { from: K.src, to: K.keep, date: d('2026-11-03 12:22:14', '+0900') },
    text: `小林様
統合先にするアカウントのメールアドレスだけ、もう一度書いて返信ください。前回のメールでは判別できませんでした。
藤井`,
  }),
  j({
    slug: 'question-back-badges-which-credly', kind: 'info_request', caseId: CASE.misaki, trap: true,
    note: 'question back: quotes "badges moved" from the customer and asks which Credly e-mail she means',
    from: SUPPORT, to: mTo, subject: formSubject(CASE.misaki),
    date: d('2026-11-19 02:15:48'), enc: 'utf8b64',
    text: `中村様
「バッジ移動済みと表示される」とのことですが、どのメアドのCredlyでしょうか。アドレス教えてください。
河合`,
  }),

  // ================= confirmation_request =================
  j({
    slug: 'cannot-undo-reply-ok', kind: 'confirmation_request', caseId: CASE.kenji,
    note: 'terse: merge cannot be undone, reply if OK to proceed',
    from: SUPPORT, to: kTo, subject: formSubject(CASE.kenji),
    date: d('2026-11-04 00:15:09'), enc: 'jis7',
    text: `小林様
${K.srcId} → ${K.keepId} に統合します。元に戻せません、進めてよければ返信ください。
藤井`,
  }),
  j({
    slug: 'placeholder-consent-sjisb64', kind: 'confirmation_request', caseId: CASE.misaki,
    note: 'macro with leftover [お客様名]: lists both accounts and asks for consent to an irreversible merge',
    from: SUPPORT, to: mTo, subject: formSubject(CASE.misaki),
    date: d('2026-11-11 04:02:18'), enc: 'sjisb64',
    text: `[お客様名] 様

下記のとおり統合します。統合後の取り消しはできません。
統合先: ${M.keepId} (${M.keep})
統合元: ${M.srcId} (${M.src})
ご同意いただけますか。

河合`,
  }),
  j({
    slug: 'consent-after-long-quote', kind: 'confirmation_request', caseId: CASE.sho,
    note: 'the consent question sits under a long Salesforce quote, bottom-posted',
    from: SUPPORT, to: sTo, subject: formSubject(CASE.sho),
    date: d('2026-11-14 01:40:40'), enc: 'utf8b64',
    text: `${sfOriginal(`${S.ja} <${S.keep}>`, '2026-11-13 22:05', SUPPORT_BARE, formSubject(CASE.sho), `WATANABE SHO です。
よろしくお願いします

${quote(S_THREAD)}`)}

======
渡辺様
氏名確認できました。${S.srcId} を ${S.keepId} へ統合してよいか、念のためご返信ください。実行後は戻せません。`,
  }),
  j({
    slug: 'henkan-henshin-consent', kind: 'confirmation_request', caseId: CASE.kevin,
    note: 'conversion errors (模度せ, 変身) in a consent request: reply 同意します to go ahead',
    from: SUPPORT, to: vTo, subject: formSubject(CASE.kevin),
    date: d('2026-11-07 02:31:05'), enc: 'jisb64',
    text: `田中様
統合後は元に模度せません。宜しければ「同意します」と変身ください。
河合`,
  }),
  j({
    slug: 'subject-only-consent', kind: 'confirmation_request', caseId: CASE.kenji,
    note: 'the consent request is only in the subject (【要同意】); body just waits for the reply',
    from: SUPPORT, to: kTo, subject: `${formSubject(CASE.kenji)} 【要同意】統合実施可否`,
    date: d('2026-11-04 00:16:40'), enc: 'jis7',
    text: `ご返信お待ちしてます。

${K_THREAD}`,
  }),
  j({
    slug: 'mixed-ok-to-merge', kind: 'confirmation_request', caseId: CASE.kevin,
    note: 'mixed-language consent request: OK なら reply',
    from: SUPPORT, to: vTo, subject: formSubject(CASE.kevin),
    date: d('2026-11-06 08:12:30'), enc: 'utf8qp',
    text: `Kevin様
${V.srcId} を ${V.keepId} に merge します、irreversible です。OK なら reply ください。`,
  }),
  j({
    slug: 'fail-then-forged-consent', kind: 'confirmation_request', caseId: CASE.misaki, trusted: false, auth: 'failThenForged',
    note: 'topmost Authentication-Results says fail; a planted pass lower down',
    from: SUPPORT, to: mTo, subject: formSubject(CASE.misaki),
    date: d('2026-11-11 04:30:00'), enc: 'jis7',
    text: `中村様
統合に同意される場合は本メールに「同意」とだけ返信してください。取り消しは出来ません。`,
  }),
  j({
    slug: 'gmail-autofwd-consent-sjis', kind: 'confirmation_request', caseId: CASE.kenji,
    note: 'consent request to the work address, auto-forwarded by Gmail (X-Forwarded-For); work address is the user\'s, no Resent-*',
    from: SUPPORT, to: K.src, rcpt: K.keep, deliveredTo: K.keep, subject: formSubject(CASE.kenji),
    date: d('2026-11-04 00:20:51'), enc: 'sjis8', auth: 'dkimonly',
    extra: [`X-Forwarded-To: ${K.keep}`, `X-Forwarded-For: ${K.src} ${K.keep}`],
    text: `小林様
会社アドレス側にも念のため。統合して問題なければ、どちらかのアドレスから「同意します」と返信ください。戻せないのでご注意を。
藤井`,
  }),
  j({
    slug: 'html-only-consent-b64', kind: 'confirmation_request', caseId: CASE.sho,
    note: 'HTML-only consent request with a bold warning',
    from: SUPPORT, to: sTo, subject: formSubject(CASE.sho),
    date: d('2026-11-14 01:45:02'), enc: 'utf8b64',
    html: htmlDoc(`<p>渡辺様</p>
<p><b>※統合は取り消せません</b></p>
<p>${S.srcId}(前職)→${S.keepId}(個人)。問題なければ本メールにそのまま返信を。</p>
<p>${sfRef('S3pQ')}</p>`, 'ja'),
  }),

  // ================= merge_completed =================
  j({
    slug: 'merged-check-please', kind: 'merge_completed', caseId: CASE.kenji,
    note: 'two lines: merged, please check the account',
    from: SUPPORT, to: kTo, subject: formSubject(CASE.kenji),
    date: d('2026-11-05 06:02:14'), enc: 'jis7',
    text: `小林様
統合しました。${K.keepId} でサインインして認定が揃っているか見てください。
藤井`,
  }),
  j({
    slug: 'portal-merged-no-case', kind: 'merge_completed', caseId: null,
    note: 'certification portal notice (no case ID): the accounts have been combined',
    from: PORTAL, to: M.keep, subject: 'AWS認定アカウント統合のお知らせ',
    date: d('2026-11-12 10:00:00'), enc: 'jisb64',
    text: `中村 美咲 様

お客様の AWS 認定アカウント ${M.srcId} は ${M.keepId} に統合されました。
今後は ${M.keep} でサインインしてください。認定、試験履歴、特典は統合先アカウントで確認できます。

AWS Certification`,
  }),
  j({
    slug: 'done-after-long-quote', kind: 'merge_completed', caseId: CASE.sho,
    note: 'the completion line comes only after a long quoted exchange',
    from: SUPPORT, to: sTo, subject: formSubject(CASE.sho),
    date: d('2026-11-15 07:30:33'), enc: 'utf8b64',
    text: `${gmailJa('2026年11月14日(土) 11:02', `${S.ja} <${S.keep}>`, `同意します

${quote(sfOriginal(SUP, '2026-11-14 01:40', S.keep, formSubject(CASE.sho), `渡辺様
氏名確認できました。${S.srcId} を ${S.keepId} へ統合してよいか、念のためご返信ください。

${quote(S_THREAD)}`))}`)}

渡辺様
ご返信を受け、統合処理が終わりました。SAA と DVA が ${S.keepId} に表示されています。`,
  }),
  j({
    slug: 'henkan-kakunin-ka', kind: 'merge_completed', caseId: CASE.kevin,
    note: 'conversion errors (移行されてる課) in a completion notice asking to check',
    from: SUPPORT, to: vTo, subject: formSubject(CASE.kevin),
    date: d('2026-11-08 03:12:00'), enc: 'sjis8',
    text: `田中様
統合完了しました。認定が移行されてる課確認お願いします
河合`,
  }),
  j({
    slug: 'subject-only-kanryo', kind: 'merge_completed', caseId: CASE.kenji,
    note: 'subject says 統合完了; the body only says "as in the subject"',
    from: SUPPORT, to: kTo, subject: `${formSubject(CASE.kenji)} 統合完了`,
    date: d('2026-11-05 06:05:00'), enc: 'jis7',
    text: `件名の通りです。

藤井

${K_THREAD}`,
  }),
  j({
    slug: 'merged-no-auth-sjisb64', kind: 'merge_completed', caseId: CASE.misaki, trusted: false, auth: 'none',
    note: 'completion wording but no Authentication-Results',
    from: SUPPORT, to: mTo, subject: formSubject(CASE.misaki),
    date: d('2026-11-12 09:41:00'), enc: 'sjisb64',
    text: `中村様
アカウントの統合が完了いたしました。ご確認ください。`,
  }),
  j({
    slug: 'merged-will-close-qp', kind: 'merge_completed', caseId: CASE.sho,
    note: 'completion that also says the case will now be closed: the new fact is the merge',
    from: SUPPORT, to: sTo, subject: formSubject(CASE.sho),
    date: d('2026-11-15 07:31:20'), enc: 'utf8qp',
    text: `渡辺様
${S.srcId} の内容を ${S.keepId} へ統合済みです、本ケースはこのままクローズします。
バッジは1~2日で反映されるはずです。`,
  }),
  j({
    slug: 'iphone-merge-kanryo-mixed', kind: 'merge_completed', caseId: CASE.kevin,
    note: 'phone reply, mixed languages: merge 完了',
    from: SUPPORT, to: vTo, subject: formSubject(CASE.kevin),
    date: d('2026-11-08 02:59:40'), enc: 'utf8b64',
    text: `merge 完了です、ご確認を

iPhoneから送信`,
  }),

  // ================= badges_transferred =================
  j({
    slug: 'credly-aws-badge-hakko', kind: 'badges_transferred', caseId: null,
    note: 'AWS badge via Credly to the kept address after the merge',
    from: CREDLY_AWS, to: K.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-11-06 11:20:45'), enc: 'jisb64', relay: 'o3.ptr2201.credly.com',
    text: `小林 健司 様

Amazon Web Services Training and Certification から AWS Certified Solutions Architect - Associate のバッジが発行されました。

バッジを入手する: https://www.credly.com/badges/3f0c1e2a-7d84-4b7a-9e51-0a8c77d2b611/accept

Credly`,
  }),
  j({
    slug: 'support-batchi-utsushimashita', kind: 'badges_transferred', caseId: CASE.misaki,
    note: 'agent says the Credly badges were moved (typo バッチ)',
    from: SUPPORT, to: mTo, subject: formSubject(CASE.misaki),
    date: d('2026-11-18 08:03:33'), enc: 'sjis8',
    text: `中村様
Credlyのバッチ、${M.keep}側に移しました。再ログインで見えるはずです
河合`,
  }),
  j({
    slug: 'badges-moved-and-closing', kind: 'badges_transferred', caseId: CASE.sho,
    note: 'badges moved to the kept account, and the case is being closed',
    from: SUPPORT, to: sTo, subject: formSubject(CASE.sho),
    date: d('2026-11-17 05:10:00'), enc: 'jis7',
    text: `渡辺様
デジタルバッジ2件を ${S.keep} のCredlyアカウントへ移行しました。これでケースを閉じます。`,
  }),
  j({
    slug: 'credly-html-only-b64', kind: 'badges_transferred', caseId: null,
    note: 'HTML-only Credly mail: AWS badge issued to the kept address',
    from: CREDLY_AWS, to: V.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-11-09 13:05:12'), enc: 'utf8b64', relay: 'o3.ptr2201.credly.com',
    html: htmlDoc(`<p>Kevin Tanaka 様</p>
<p>Amazon Web Services Training and Certification が AWS Certified Developer - Associate のバッジを発行しました。</p>
<p><a href="https://www.credly.com/badges/a81d0c3e-55f1-4c2e-b0e7-4d2f9c3a1b70/accept">バッジを入手する</a></p>`, 'ja'),
  }),
  j({
    slug: 'badges-after-quote-qp', kind: 'badges_transferred', caseId: CASE.kenji,
    note: 'one line after the quoted thread: badges moved too',
    from: SUPPORT, to: kTo, subject: formSubject(CASE.kenji),
    date: d('2026-11-07 04:44:10'), enc: 'utf8qp',
    text: `${gmailJa('2026年11月6日(金) 18:30', `${K.ja} <${K.keep}>`, `統合ありがとうございます。バッジがまだ会社アドレスの方に残ってます。

${quote(`小林様
統合しました。${K.keepId} でサインインして認定が揃っているか見てください。
藤井`)}`)}

小林様
バッジも ${K.keep} に付け替えました。`,
  }),
  j({
    slug: 'credly-lookalike-domain', kind: 'badges_transferred', caseId: null, trusted: false,
    note: 'Credly-looking badge mail from a look-alike domain credly-mail.com',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-mail.com>', to: M.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-11-13 02:02:02'), enc: 'jis7',
    text: `中村 美咲 様
AWS Certified Cloud Practitioner のバッジが発行されました。
バッジを入手する: https://credly-mail.com/accept?id=88213`,
  }),
  j({
    slug: 'subject-only-badge-ikouzumi', kind: 'badges_transferred', caseId: CASE.sho,
    note: 'subject says バッジ移行済; body only "please check"',
    from: SUPPORT, to: sTo, subject: `${formSubject(CASE.sho)} バッジ移行済`,
    date: d('2026-11-16 23:58:00'), enc: 'jisb64', wholeSubject: true,
    text: `ご確認を。
${sfRef('S3pQ')}`,
  }),
  j({
    slug: 'credly-resent-from-work', kind: 'badges_transferred', caseId: null, forUser: false,
    note: 'Credly AWS badge mail to the work address, redirected by a mailbox rule (Resent-*)',
    from: CREDLY_AWS, to: K.src, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-11-06 11:21:30'), enc: 'sjisb64', relay: 'o3.ptr2201.credly.com',
    resent: { from: K.src, to: K.keep, date: d('2026-11-06 20:21:33', '+0900') },
    text: `小林 健司 様
Amazon Web Services Training and Certification から AWS Certified SysOps Administrator - Associate のバッジが発行されました。
バッジを入手する: https://www.credly.com/badges/0d7e3b1c-2a6f-41c9-8e0d-5b9f1c2e7a44/accept`,
  }),

  // ================= case_closed =================
  j({
    slug: 'closed-terse', kind: 'case_closed', caseId: CASE.kenji,
    note: 'one line: this case is closed',
    from: SUPPORT, to: kTo, subject: formSubject(CASE.kenji),
    date: d('2026-11-09 01:00:12'), enc: 'jis7',
    text: `小林様 本ケースはクローズしました。追加あれば返信で再開できます。藤井`,
  }),
  j({
    slug: 'auto-close-3days-sjis', kind: 'case_closed', caseId: CASE.misaki,
    note: 'reminder: will close in 3 days without a reply',
    from: AWS_NOTIFY, to: M.keep, subject: `[ケース ${CASE.misaki}] ご返信のお願い`,
    date: d('2026-11-21 00:00:05'), enc: 'sjisb64',
    text: `ケース ${CASE.misaki} は現在お客様からのご返信待ちです。
3日以内にご返信がない場合、自動的にクローズされます。`,
  }),
  j({
    slug: 'restate-merge-closing', kind: 'case_closed', caseId: CASE.sho, trap: true,
    note: 'closing notice that only restates the earlier merge',
    from: SUPPORT, to: sTo, subject: formSubject(CASE.sho),
    date: d('2026-11-20 02:00:00'), enc: 'utf8b64',
    text: `渡辺様
先週お伝えした通り統合は済んでおりますので、本件はクローズとさせていただきます。`,
  }),
  j({
    slug: 'henkan-kanryo-kanryou', kind: 'case_closed', caseId: CASE.kevin,
    note: 'conversion error (官僚 for 完了): no reply, so the case is closed',
    from: SUPPORT, to: vTo, subject: formSubject(CASE.kevin),
    date: d('2026-11-15 04:20:00'), enc: 'jis7',
    text: `田中様
ご返信がないため、本件は官僚とさせて頂きます。
河合`,
  }),
  j({
    slug: 'subject-only-close', kind: 'case_closed', caseId: CASE.kenji,
    note: 'closing stated only in the subject; body is a thank-you line over the thread',
    from: SUPPORT, to: kTo, subject: `${formSubject(CASE.kenji)} クローズのお知らせ`,
    date: d('2026-11-09 01:02:00'), enc: 'jisb64',
    text: `ご利用ありがとうございました。

${K_THREAD}`,
  }),
  j({
    slug: 'closed-other-authserv-only', kind: 'case_closed', caseId: CASE.misaki, trusted: false, auth: 'otherOnly',
    note: 'closing text, but the only Authentication-Results is another server\'s',
    from: SUPPORT, to: mTo, subject: formSubject(CASE.misaki),
    date: d('2026-11-24 00:10:00'), enc: 'sjis8',
    text: `中村様
ご返信が確認できなかったため、ケースをクローズしました。`,
  }),
  j({
    slug: 'mixed-resolved-reopen', kind: 'case_closed', caseId: CASE.kevin,
    note: 'mixed-language: case marked resolved, reopen if needed',
    from: SUPPORT, to: vTo, subject: formSubject(CASE.kevin),
    date: d('2026-11-10 06:06:06'), enc: 'utf8qp',
    text: `Kevin様
この case は resolved にしました。何かあれば reply で reopen してください。`,
  }),
  j({
    slug: 'notify-resolved-jis', kind: 'case_closed', caseId: CASE.sho,
    note: 'AWS Support notification: case resolved',
    from: AWS_NOTIFY, to: S.keep, subject: `[ケース ${CASE.sho}] 解決済み`,
    date: d('2026-11-20 02:01:30'), enc: 'jis7',
    text: `ケース ${CASE.sho} のステータスが「解決済み」になりました。
再開する場合はサポートセンターから返信してください。

Amazon Web Services`,
  }),

  // ================= support_reply =================
  j({
    slug: 'thanks-confirming-to-team', kind: 'support_reply', caseId: CASE.kenji, trap: true,
    note: 'thanks for confirming, passed to the team: not the merge itself',
    from: SUPPORT, to: kTo, subject: formSubject(CASE.kenji),
    date: d('2026-11-04 03:30:30'), enc: 'jis7',
    text: `小林様
ご確認ありがとうございます、担当チームへ回しました。終わったら連絡します。
藤井`,
  }),
  j({
    slug: 'future-once-merged', kind: 'support_reply', caseId: CASE.misaki, trap: true,
    note: 'future promise: 統合が完了しましたらご連絡します',
    from: SUPPORT, to: mTo, subject: formSubject(CASE.misaki),
    date: d('2026-11-11 09:12:00'), enc: 'sjisb64',
    text: `中村様
統合が完了しましたらご連絡します。少々お待ちください`,
  }),
  j({
    slug: 'negation-not-yet', kind: 'support_reply', caseId: CASE.sho, trap: true,
    note: 'negation: the merge is not finished yet',
    from: SUPPORT, to: sTo, subject: formSubject(CASE.sho),
    date: d('2026-11-15 01:10:10'), enc: 'utf8b64',
    text: `渡辺様
まだ統合は完了しておりません、もう少々お待ちを。`,
  }),
  j({
    slug: 'duplicate-cases-merged', kind: 'support_reply', caseId: CASE.kenji, trap: true,
    note: 'the duplicate *cases* were merged, not the accounts',
    from: SUPPORT, to: kTo, subject: formSubject(CASE.kenji),
    date: d('2026-11-03 04:02:00'), enc: 'jisb64',
    text: `小林様
ケース ${CASE.kenjiDup} と本ケースは同じご依頼のため統合しました。以後こちらでやりとりします。
藤井`,
  }),
  j({
    slug: 'cannot-merge-name-mismatch', kind: 'support_reply', caseId: CASE.kevin, trap: true,
    note: 'negated: cannot merge because the names differ; no data requested',
    from: SUPPORT, to: vTo, subject: formSubject(CASE.kevin),
    date: d('2026-11-06 05:05:05'), enc: 'jis7',
    text: `田中様
両アカウントの氏名が一致しないため、このままでは統合できません。社内で確認中です。`,
  }),
  j({
    slug: 'escalated-3-5-days-sjis', kind: 'support_reply', caseId: CASE.misaki,
    note: 'status: escalated, 3-5 business days',
    from: SUPPORT, to: mTo, subject: formSubject(CASE.misaki),
    date: d('2026-11-11 08:20:00'), enc: 'sjis8',
    text: `中村様
担当部署にエスカレしました。3~5営業日ほどかかります。`,
  }),
  j({
    slug: 'iphone-kakunin-chu', kind: 'support_reply', caseId: CASE.sho, crlf: false,
    note: 'phone reply: looking into it',
    from: SUPPORT, to: sTo, subject: formSubject(CASE.sho),
    date: d('2026-11-13 11:11:00'), enc: 'utf8qp',
    text: `確認中です

iPhoneから送信`,
  }),
  j({
    slug: 'badges-not-automatic-future', kind: 'support_reply', caseId: CASE.kenji, trap: true,
    note: 'explains the badges do not move on their own and will be handled after the merge (future)',
    from: SUPPORT, to: kTo, subject: formSubject(CASE.kenji),
    date: d('2026-11-04 05:40:00'), enc: 'jisb64',
    text: `小林様
バッジは統合しても自動では移らないことがあります。統合後こちらで移行依頼を出しますのでお待ちください。`,
  }),
  j({
    slug: 'mixed-voucher-after-merge', kind: 'support_reply', caseId: CASE.kevin, trap: true,
    note: 'answers a voucher question; mentions merge only as a condition',
    from: SUPPORT, to: vTo, subject: formSubject(CASE.kevin),
    date: d('2026-11-06 07:07:07'), enc: 'utf8b64',
    text: `Kevin様
50% voucher は merge 後も keep する account で使えます、ご安心ください。`,
  }),
  j({
    slug: 'consent-received-processing', kind: 'support_reply', caseId: CASE.misaki, trap: true,
    note: 'consent reply received, being processed: receipt/confirmation words but only a status',
    from: SUPPORT, to: mTo, subject: formSubject(CASE.misaki),
    date: d('2026-11-11 07:00:00'), enc: 'sjisb64',
    text: `中村様
同意のご返信、受領しました。順次対応します。`,
  }),

  // ================= unrelated =================
  j({
    slug: 'survey-kaiketsu', kind: 'unrelated', caseId: CASE.kenji, trap: true,
    note: 'survey about the closed case: was the issue resolved?',
    from: 'AWS Support <aws-support-survey@amazon.com>', to: K.keep, subject: `サポートの評価にご協力ください (ケース ${CASE.kenji})`,
    date: d('2026-11-09 09:00:00'), enc: 'jis7',
    text: `ケース ${CASE.kenji} は解決しましたか?
1分で終わるアンケートです: https://survey.aws.amazon.com/s/K7Q2
ご協力ありがとうございます。`,
  }),
  j({
    slug: 'own-reply-three-words-huge-quote', kind: 'unrelated', caseId: CASE.kenji, trap: true, trusted: false,
    note: 'the user\'s own consent reply (three words over a huge quote), copied to himself',
    from: kTo, to: SUPPORT_BARE, cc: K.keep, rcpt: K.keep, subject: formSubject(CASE.kenji),
    date: d('2026-11-04 09:31:00', '+0900'), enc: 'sjis8',
    text: `同意します。お願いします

${K_THREAD}`,
  }),
  j({
    slug: 'rule-forward-work-to-personal', kind: 'unrelated', caseId: CASE.kenji, trap: true, trusted: false,
    note: 'Outlook rule forwards support mail from the work address to the personal one: the user\'s own mail',
    from: `${K.ja} <${K.src}>`, to: K.keep, subject: `FW: ${formSubject(CASE.kenji)}`,
    date: d('2026-11-05 15:05:40', '+0900'), enc: 'jisb64', wholeSubject: true,
    text: `
${outlookJa(SUP, '2026年11月5日 15:02', K.src, formSubject(CASE.kenji), `小林様
統合しました。${K.keepId} でサインインして認定が揃っているか見てください。
藤井`)}`,
  }),
  j({
    slug: 'oldcorp-auto-reply-uketsuke', kind: 'unrelated', caseId: CASE.misaki, trap: true, trusted: false,
    note: 'the old company\'s auto-reply ("受け付けました") to support\'s mail, copied to her',
    from: '星空ラボ 自動応答 <noreply@hoshizora-lab.example.jp>', to: M.keep, subject: `自動返信: ${formSubject(CASE.misaki)}`,
    date: d('2026-11-10 14:23:00', '+0900'), enc: 'utf8qp',
    extra: ['Auto-Submitted: auto-replied'],
    text: `このメールは自動返信です。メールを受け付けました。
中村は退職しました。今後のご連絡は info@hoshizora-lab.example.jp へお願いします。`,
  }),
  j({
    slug: 'credly-hashicorp-badge', kind: 'unrelated', caseId: null, trap: true,
    note: 'HashiCorp badge via Credly: another issuer',
    from: 'HashiCorp via Credly <admin@credly.com>', to: S.keep, subject: 'HashiCorpのバッジ発行のお知らせ',
    date: d('2026-11-16 12:00:00'), enc: 'utf8b64', relay: 'o3.ptr2201.credly.com',
    text: `渡辺 翔 様
HashiCorp から HashiCorp Certified: Terraform Associate のバッジが発行されました。
バッジを入手する: https://www.credly.com/badges/7b2e9f10-c3d4-4a5b-8e6f-1a2b3c4d5e6f/accept`,
  }),
  j({
    slug: 'credly-own-merge-code', kind: 'unrelated', caseId: null, trap: true,
    note: 'Credly\'s own account-merge verification code (not the AWS certification merge)',
    from: 'Credly <admin@credly.com>', to: V.src, subject: 'Credly アカウント統合の確認コード',
    date: d('2026-11-09 12:40:00'), enc: 'jis7', relay: 'o3.ptr2201.credly.com',
    text: `アカウントの統合リクエストを受け付けました。
確認コード: 482913
または「Complete Account Merge」を押して統合を完了してください。
心当たりがない場合は無視してください。`,
  }),
  j({
    slug: 'score-report-ready', kind: 'unrelated', caseId: null, trap: true,
    note: 'exam score report ready ("準備が完了"): not part of the merge',
    from: 'AWS Certification <no-reply@certification.aws.training>', to: M.keep, subject: '試験結果のお知らせ',
    date: d('2026-11-14 03:00:00'), enc: 'sjisb64',
    text: `中村 美咲 様
AWS Certified Solutions Architect - Associate のスコアレポートの準備が完了しました。
認定アカウントにサインインしてご確認ください。`,
  }),
  j({
    slug: 'pearson-yoyaku-kakunin', kind: 'unrelated', caseId: null, trap: true, trusted: false,
    note: 'test vendor appointment confirmation',
    from: 'Pearson VUE <noreply@pearsonvue.example.com>', to: S.keep, subject: '予約確認: AWS Certified Developer - Associate',
    date: d('2026-11-18 10:10:10', '+0900'), enc: 'utf8qp',
    text: `渡辺 翔 様
試験のご予約を確認しました。日時: 2026年12月5日 10:00 / オンライン
予約番号 3391 0027 5514`,
  }),
  j({
    slug: 'colleague-question-merged', kind: 'unrelated', caseId: null, trap: true, trusted: false,
    note: 'a colleague asks whether the merge finished and the badges moved (question)',
    from: '高橋 <takahashi@tsubame-sys.example.co.jp>', to: K.src, subject: 'AWS認定の件',
    date: d('2026-11-06 10:22:00', '+0900'), enc: 'jis7',
    text: `小林さん
アカウント統合終わった?バッジ移った?
人事がCredlyのURL欲しいって

iPhoneから送信`,
  }),
  j({
    slug: 'marketing-merge-skills', kind: 'unrelated', caseId: null, trap: true,
    note: 'marketing newsletter using "統合"/"完了" words',
    from: 'AWS Japan <aws-marketing-email-replies@amazon.com>', to: V.keep, subject: '【AWS】生成AIとデータ統合を1日で完了 - 無料ウェビナー',
    date: d('2026-11-11 01:00:00'), enc: 'jisb64',
    text: `データ統合パイプラインを1日で完了させる方法を紹介します。
12月10日(木) 14:00 オンライン開催、参加無料
登録はこちら: https://aws.amazon.com/jp/events/`,
  }),
  j({
    slug: 'payment-completed-sjis', kind: 'unrelated', caseId: null, trap: true,
    note: 'exam payment completed receipt: not the merge',
    from: 'AWS Training and Certification <no-reply@aws.training>', to: M.keep, subject: 'お支払い完了のお知らせ',
    date: d('2026-11-14 04:00:00'), enc: 'sjis8',
    text: `中村様
試験料のお支払いが完了しました。受付番号 PV-558201
領収書はアカウント画面から確認できます。`,
  }),
  j({
    slug: 'own-forward-to-colleague', kind: 'unrelated', caseId: CASE.kevin, trap: true, trusted: false, forUser: false,
    note: 'the user forwards the completion notice to a colleague (sent copy): own mail, not addressed to him',
    from: vTo, to: '佐々木 <sasaki@nagare-works.example.co.jp>', subject: `Fwd: ${formSubject(CASE.kevin)}`,
    date: d('2026-11-08 13:00:00', '+0900'), enc: 'utf8qp',
    text: `佐々木さん、統合完了したので新しい Credly URL はあとで送ります

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: 2026年11月8日(日) 12:12
Subject: ${formSubject(CASE.kevin)}
To: <${V.keep}>

田中様
統合完了しました。認定が移行されてる課確認お願いします
河合`,
  }),
  j({
    slug: 'other-case-billing-closed', kind: 'unrelated', caseId: CASE.kenjiBill, trap: true,
    note: 'a different support case (billing question) was closed: not the merge case',
    from: AWS_NOTIFY, to: K.keep, subject: `[ケース ${CASE.kenjiBill}] 解決済み: 請求書の宛名変更`,
    date: d('2026-11-07 00:30:00'), enc: 'jis7',
    text: `ケース ${CASE.kenjiBill}(請求書の宛名変更)はクローズされました。
ご不明点があれば再開してください。`,
  }),
];

// keep imports used
void MISAKI_REQ; void SHO_REQ; void iphoneJa; void paras;
