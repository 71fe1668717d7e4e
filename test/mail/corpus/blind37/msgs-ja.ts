// Set aj, Japanese messages. Voice: short mail (one or two new lines, then signature,
// footer or quoted history). Written fresh for this set.
import type { Msg } from './lib.js';
import { rfcDate as d } from './lib.js';
import {
  SUPPORT, SUPPORT_BARE, AWS_NOTIFY, CREDLY_AWS, formSubject, formSubjectFirst,
  MISAKI as M, KENICHI as K, SAKURA as S, SHO as W, HINA as H, CASE,
  quote, gmailJa, iosJa, outlookJa, sfOriginalJa, sfRef, paras, SIG_JA, FOOT_JA, FOOT_JA_NOREPLY, MOBILE,
} from './common.js';

type Spec = Omit<Msg, 'lang' | 'trusted' | 'forUser' | 'trap' | 'from' | 'auth'> & Partial<Pick<Msg, 'trusted' | 'forUser' | 'trap' | 'from' | 'auth'>>;
const j = (s: Spec): Msg => ({ lang: 'ja', trusted: true, forUser: true, trap: false, from: SUPPORT, auth: 'pass', ...s });

const mTo = `${M.ja} <${M.keep}>`;
const kTo = `${K.ja} <${K.keep}>`;
const sTo = `${S.ja} <${S.keep}>`;
const wTo = `${W.ja} <${W.keep}>`;
const hTo = `${H.ja} <${H.keep}>`;
const caseLink = (id: string): string => `https://support.console.aws.amazon.com/support/home#/case/?displayId=${id}&language=ja`;
const html = (body: string): string => `<html><head><meta charset="utf-8"></head><body style="font-family:'Meiryo',sans-serif;font-size:14px">\n${body}\n</body></html>`;

// a longer history for the few threads that carry one (Outlook-style, Japanese headers)
const shoThread = `${outlookJa(`${W.ja} <${W.keep}>`, '2026年3月10日 23:02', 'AWS Training and Certification', formSubject(CASE.sho))}

統合元の ID は ${W.srcId} です。会社のアドレス(${W.src})の方です。
よろしくお願いします。

${outlookJa('AWS Training and Certification', '2026年3月10日 17:45', `${W.ja} <${W.keep}>`, formSubject(CASE.sho))}

渡辺様

統合元アカウントの候補者IDが、ご依頼内容に記載されておりませんでした。
ご返信をお待ちしております。

斎藤

${outlookJa(`${W.ja} <${W.keep}>`, '2026年3月9日 21:30', SUPPORT_BARE, 'アカウント統合の依頼')}

前職で取った認定を個人アカウントにまとめたいです。
残すアカウント: ${W.keepId} (${W.keep})`;

const kenichiOriginal = sfOriginalJa(
  `${K.ja} [${K.keep}]`,
  '2026/02/09 22:14',
  SUPPORT_BARE,
  'アカウント統合',
  `認定アカウントが2つあります。1つにまとめてください。
${K.keepId} (個人) / ${K.srcId} (会社)
会社: ひかりネット株式会社`,
);

export const JA: Msg[] = [
  // ================= acknowledgement (8) =================
  j({
    slug: 'ja-ack-number-and-link',
    kind: 'acknowledgement',
    caseId: CASE.misaki,
    note: 'AWS Support receipt reduced to the case number and a link',
    from: AWS_NOTIFY,
    to: M.keep,
    subject: `お問い合わせ受付 (ケース ${CASE.misaki})`,
    date: d('2026-02-02 01:12:40', '+0000'),
    enc: 'jis7',
    text: `ケース ID: ${CASE.misaki}
${caseLink(CASE.misaki)}

Amazon Web Services`,
  }),
  j({
    slug: 'ja-ack-uketamawari',
    kind: 'acknowledgement',
    caseId: CASE.kenichi,
    note: 'one-sentence automatic receipt from the form address; case ID in the subject',
    to: kTo,
    subject: `[CASE ${CASE.kenichi}] 受付のお知らせ`,
    date: d('2026-02-09 22:15:03', '+0900'),
    enc: 'utf8b64',
    text: `小林 様

お問い合わせを承りました。担当者から改めてご連絡いたします。

${FOOT_JA_NOREPLY}`,
  }),
  j({
    slug: 'ja-ack-html-number-only',
    kind: 'acknowledgement',
    caseId: CASE.sakura,
    note: 'HTML-only receipt: the case number and a button, ID only in the body',
    from: AWS_NOTIFY,
    to: S.keep,
    subject: 'AWS サポート: 新しいケース',
    date: d('2026-02-16 11:03:27', '+0900'),
    enc: 'utf8qp',
    html: html(`<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<p style="color:#555">お問い合わせ番号</p>
<p style="font-size:22px"><b>${CASE.sakura}</b></p>
<p><a href="${caseLink(CASE.sakura)}" style="background:#ec7211;color:#fff;padding:8px 16px;text-decoration:none">ケースを表示</a></p>
<p style="color:#999;font-size:11px">Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。</p>
</td></tr></table>`),
  }),
  j({
    slug: 'ja-ack-id-in-body-sjis',
    kind: 'acknowledgement',
    caseId: CASE.sho,
    note: 'Shift_JIS receipt, subject has no ID; receipt number and the no-duplicate-case warning in the body',
    to: wTo,
    subject: 'お問い合わせありがとうございます',
    date: d('2026-03-09 21:31:10', '+0900'),
    enc: 'sjis8',
    text: `渡辺 翔 様

受付番号 ${CASE.sho} で承りました。24時間以内にご連絡します。
同じ内容で新しいケースを作成されますと回答が遅れますのでご注意ください。

AWS トレーニングと認定`,
  }),
  j({
    slug: 'ja-ack-mixed-multipart',
    kind: 'acknowledgement',
    caseId: CASE.hina,
    note: 'bilingual case-created notice (ISO-2022-JP base64, text+HTML); Japanese new text with English boilerplate',
    from: AWS_NOTIFY,
    to: H.keep,
    subject: `Case ${CASE.hina} created / ケース作成のお知らせ`,
    date: d('2026-03-01 23:50:02', '+0000'),
    enc: 'jisb64',
    text: `ケースを作成しました。
Case ID: ${CASE.hina}
ステータス: 担当者の割り当て待ち (Unassigned)

This is an automated notification. Please do not reply to this e-mail.`,
    html: html(paras(`ケースを作成しました。
Case ID: ${CASE.hina}
ステータス: 担当者の割り当て待ち (Unassigned)

This is an automated notification. Please do not reply to this e-mail.`)),
  }),
  j({
    slug: 'ja-ack-lookalike-support-desk',
    kind: 'acknowledgement',
    trusted: false,
    caseId: CASE.forged1,
    note: 'forged receipt from a look-alike domain (amazon.co.jp.support-desk.net) that passes only for itself; phishing link',
    from: 'AWS サポート <no-reply-aws@amazon.co.jp.support-desk.net>',
    to: K.keep,
    subject: `【重要】ケース ${CASE.forged1} 受付`,
    date: d('2026-02-10 03:44:19', '+0900'),
    enc: 'utf8qp',
    text: `ケース ${CASE.forged1} を受け付けました。
下記からサインインして受付を確定してください。
https://aws-signin.support-desk.net/case/${CASE.forged1}

AWS サポート`,
  }),
  j({
    slug: 'ja-ack-dup-case-lf',
    kind: 'acknowledgement',
    caseId: CASE.misakiDup,
    note: 'receipt of a second (duplicate) case opened from the source address; 8bit UTF-8 with LF line ends',
    from: AWS_NOTIFY,
    to: M.src,
    subject: `ケース ${CASE.misakiDup} を受け付けました`,
    date: d('2026-02-03 00:20:55', '+0000'),
    enc: 'utf88bit',
    crlf: false,
    text: `内容を確認し、ご連絡いたします。

--
Amazon Web Services サポート
このメッセージは自動送信です。`,
  }),
  j({
    slug: 'ja-ack-echo-summary',
    kind: 'acknowledgement',
    trap: true,
    caseId: CASE.sakura,
    note: 'form receipt echoing the customer text, which itself mentions merge, badges and confirmation; nothing new from support',
    to: sTo,
    subject: formSubjectFirst(CASE.sakura),
    date: d('2026-02-16 11:03:30', '+0900'),
    enc: 'jis7',
    text: `伊藤 さくら 様

下記の内容でお問い合わせを受け付けました。

お問い合わせの種類: AWS トレーニングと認定
カテゴリ: 認定 / アカウントの統合
詳細: 大学のアドレスで作ったアカウントの資格を個人のアカウントへ統合し、完了したらバッジも移してほしいです。確認事項があればご連絡ください。

担当者からの返信をお待ちください。`,
  }),

  // ================= ai_answer (7) =================
  j({
    slug: 'ja-ai-generated-short',
    kind: 'ai_answer',
    caseId: null,
    note: 'generative-AI answer pointing to the self-service merge tool, before any case exists',
    from: AWS_NOTIFY,
    to: M.keep,
    subject: 'AWS サポート: 生成 AI による回答',
    date: d('2026-02-01 14:55:08', '+0000'),
    enc: 'utf8b64',
    text: `※この回答は生成 AI によって作成されました。

認定アカウントの統合は、認定ポータルの［プロフィール］→［アカウントのマージ］からお試しいただけます。
解決しない場合はケースを作成してください。`,
  }),
  j({
    slug: 'ja-ai-amazon-q-mixed',
    kind: 'ai_answer',
    caseId: null,
    note: 'Amazon Q style answer, Japanese with an English disclaimer line',
    from: AWS_NOTIFY,
    to: K.keep,
    subject: 'Amazon Q からの回答 / 認定アカウントについて',
    date: d('2026-02-09 13:02:44', '+0000'),
    enc: 'jis7',
    text: `Amazon Q の回答 (Beta):
両方のアカウントに試験履歴があると、セルフサービスでは統合できないことがあります。その場合は「ケースを作成」を選んでください。

Generated by AI. Verify important information.`,
  }),
  j({
    slug: 'ja-ai-auto-answer-sjis',
    kind: 'ai_answer',
    caseId: CASE.sakura,
    note: 'automatic answer on the case: FAQ link for merging, no reply needed if it solved it (Shift_JIS)',
    to: sTo,
    subject: `[CASE ${CASE.sakura}] 自動回答のご案内`,
    date: d('2026-02-16 11:04:02', '+0900'),
    enc: 'sjis8',
    text: `自動応答です。

よくあるお問い合わせ:「アカウントを1つにまとめたい」
→ https://www.aws.training/certification/faq#merge

この案内で解決した場合、ご返信は不要です。`,
  }),
  j({
    slug: 'ja-ai-explains-after-merge',
    kind: 'ai_answer',
    trap: true,
    caseId: null,
    note: 'AI assistant explains what happens after a merge and with Credly badges; stays ai_answer',
    from: AWS_NOTIFY,
    to: H.keep,
    subject: 'AI アシスタントの回答',
    date: d('2026-03-01 23:41:17', '+0000'),
    enc: 'utf8qp',
    text: `AI アシスタントより:
統合が完了すると統合元の認定資格は統合先に表示され、Credly のバッジは統合後にあらためて受け取る形になります。先にアカウントを統合し、その後バッジを申請してください。`,
  }),
  j({
    slug: 'ja-ai-html-helpful-buttons',
    kind: 'ai_answer',
    caseId: null,
    note: 'HTML-only suggested answer with yes/no feedback buttons (ISO-2022-JP base64)',
    from: AWS_NOTIFY,
    to: W.keep,
    subject: 'おすすめの解決方法',
    date: d('2026-03-09 12:20:31', '+0000'),
    enc: 'jisb64',
    html: `<html><body>
<p><b>おすすめの回答</b> (自動生成)</p>
<p>認定ポータルの「Merge Accounts」ツールをお試しください。</p>
<p>この回答は役に立ちましたか? <a href="https://support.aws.amazon.com/feedback?r=yes">はい</a> | <a href="https://support.aws.amazon.com/feedback?r=no">いいえ、ケースを作成する</a></p>
</body></html>`,
  }),
  j({
    slug: 'ja-ai-case-subject-kakunin',
    kind: 'ai_answer',
    trap: true,
    caseId: CASE.misaki,
    note: 'AI-written note on the case; mentions a future confirmation mail, asks nothing',
    to: mTo,
    subject: `[CASE ${CASE.misaki}] 自動生成された回答`,
    date: d('2026-02-02 10:13:05', '+0900'),
    enc: 'jis7',
    text: `中村 様

この回答は AI が作成したものです(担当者からの回答ではありません)。
統合のご依頼後は、確認のメールが届くまで新しいケースを作らずにお待ちください。

AWS Training and Certification`,
  }),
  j({
    slug: 'ja-ai-misaligned-dkim',
    kind: 'ai_answer',
    trusted: false,
    caseId: null,
    note: 'AI answer whose only DKIM pass is for an unrelated bulk-mail domain; dmarc=fail',
    from: AWS_NOTIFY,
    to: K.keep,
    subject: '生成 AI の回答: アカウント統合',
    date: d('2026-02-09 13:05:51', '+0000'),
    auth: 'misaligned',
    enc: 'utf8b64',
    text: `生成AIによる案内: 認定ポータル右上のプロフィールから統合ツールを開いてください。`,
  }),

  // ================= info_request (9) =================
  j({
    slug: 'ja-info-keep-candidate-id',
    kind: 'info_request',
    caseId: CASE.misaki,
    note: 'one-line request for the kept account candidate ID, plus signature and footer',
    to: mTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-03 10:40:11', '+0900'),
    enc: 'jis7',
    text: `中村 様

統合先アカウントの候補者 ID (AWS から始まる番号) をお知らせください。

${SIG_JA.plain('佐々木')}
${FOOT_JA}`,
  }),
  j({
    slug: 'ja-info-which-to-keep-sf',
    kind: 'info_request',
    caseId: CASE.kenichi,
    note: 'one question (which account to keep) above a Salesforce-style Japanese original-message block',
    to: kTo,
    subject: formSubject(CASE.kenichi),
    date: d('2026-02-10 15:22:48', '+0900'),
    enc: 'sjisb64',
    text: `小林様

どちらのアカウントを残されますか。

高橋
AWS トレーニングと認定

${sfRef('Kb71Q0aZ')}

${kenichiOriginal}`,
  }),
  j({
    slug: 'ja-info-source-email',
    kind: 'info_request',
    caseId: CASE.sakura,
    note: 'asks for the source account e-mail, phrased as a polite question (Shift_JIS 8bit)',
    to: sTo,
    subject: formSubject(CASE.sakura),
    date: d('2026-02-17 09:58:00', '+0900'),
    enc: 'sjis8',
    text: `伊藤様

恐れ入りますが、統合元アカウントに登録のメールアドレスもご返信いただけますか。

${SIG_JA.dash('森')}`,
  }),
  j({
    slug: 'ja-info-gokakunin-address',
    kind: 'info_request',
    trap: true,
    caseId: CASE.sho,
    note: '「ご確認のうえお知らせください」 about the address to keep: a request for information, not consent',
    to: wTo,
    subject: formSubject(CASE.sho),
    date: d('2026-03-10 11:15:36', '+0900'),
    enc: 'utf8qp',
    text: `渡辺様

今後ご利用になるメールアドレスをご確認のうえ、お知らせください。

${SIG_JA.team('山口')}`,
  }),
  j({
    slug: 'ja-info-romaji-company',
    kind: 'info_request',
    caseId: CASE.hina,
    note: 'asks romanised name and company to find the account; Gmail quote of the request below',
    to: hTo,
    subject: formSubject(CASE.hina),
    date: d('2026-03-02 14:27:19', '+0900'),
    enc: 'utf8b64',
    text: `松本様

お手数ですが、氏名のローマ字表記と会社名をおしえていただけますか。アカウントの検索に使います。

石井

${gmailJa('2026年3月2日(月) 9:05', H.ja, H.keep)}
${quote(`お世話になります。前職のアカウントと統合したいです。
候補者ID: ${H.keepId}
ケース: ${CASE.hina}`)}`,
  }),
  j({
    slug: 'ja-info-two-emails-outlook',
    kind: 'info_request',
    caseId: CASE.misaki,
    note: 'top-posted above an Outlook 差出人/送信日時 block: asks login and notification e-mails of both accounts',
    to: mTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-04 16:02:51', '+0900'),
    enc: 'jisb64',
    text: `中村様

両アカウントのログイン用メールと、認定の通知先メールをそれぞれご記載のうえ、ご返信いただけますでしょうか。

岡田

${outlookJa(`${M.ja} <${M.keep}>`, '2026年2月4日 8:31', SUPPORT_BARE, formSubject(CASE.misaki))}

統合先 ID は ${M.keepId} です。よろしくお願いします。`,
  }),
  j({
    slug: 'ja-info-list-near-miss-address',
    kind: 'info_request',
    forUser: false,
    caseId: CASE.kenichi,
    note: 'bulleted request for both IDs, but addressed to kobayashi.k@ (not the user\'s kobayashi-k@ address)',
    to: `${K.ja} <kobayashi.k@hikari-net.example.jp>`,
    subject: `RE:[CASE ${CASE.kenichi}] 追加情報のお願い`,
    date: d('2026-02-11 09:12:40', '+0900'),
    enc: 'jis7',
    text: `下記2点、ご返信ください。
・統合先の候補者ID
・統合元の候補者ID

藤井`,
  }),
  j({
    slug: 'ja-info-lookalike-password',
    kind: 'info_request',
    trusted: false,
    caseId: CASE.forged2,
    note: 'look-alike aws-training.jp (not aws.training) asking for both passwords',
    from: 'AWS Training and Certification <support@aws-training.jp>',
    to: S.keep,
    subject: `[CASE ${CASE.forged2}] アカウント統合に必要な情報`,
    date: d('2026-02-18 02:10:09', '+0900'),
    enc: 'utf8qp',
    text: `統合手続きのため、両アカウントのパスワードを本メールにご返信ください。`,
  }),
  j({
    slug: 'ja-info-missing-id-implicit',
    kind: 'info_request',
    caseId: CASE.sho,
    note: 'states the source candidate ID is missing and waits for a reply; no explicit request verb (text+HTML)',
    to: wTo,
    subject: formSubject(CASE.sho),
    date: d('2026-03-10 17:45:02', '+0900'),
    enc: 'jisb64',
    text: `渡辺 様

統合元アカウントの候補者IDが、ご依頼内容に記載されておりませんでした。
ご返信をお待ちしております。

${SIG_JA.rule('斎藤')}`,
    html: html(paras(`渡辺 様

統合元アカウントの候補者IDが、ご依頼内容に記載されておりませんでした。
ご返信をお待ちしております。

${SIG_JA.rule('斎藤')}`)),
  }),

  // ================= confirmation_request (9) =================
  j({
    slug: 'ja-confirm-cannot-undo',
    kind: 'confirmation_request',
    caseId: CASE.misaki,
    note: 'one line: cannot be undone, may we go ahead?',
    to: mTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-09 18:20:33', '+0900'),
    enc: 'jis7',
    text: `中村様

統合は元に戻せません。このまま進めてよろしいでしょうか。

${SIG_JA.plain('佐々木')}`,
  }),
  j({
    slug: 'ja-confirm-reply-doui',
    kind: 'confirmation_request',
    caseId: CASE.kenichi,
    note: 'lists kept/source accounts and asks for a reply of 「同意します」 (Shift_JIS base64)',
    to: kTo,
    subject: formSubject(CASE.kenichi),
    date: d('2026-02-12 10:31:44', '+0900'),
    enc: 'sjisb64',
    text: `小林様

以下の内容で統合します。問題なければ「同意します」とだけご返信ください。

残すアカウント: ${K.keepId} (${K.keep})
統合元: ${K.srcId} (${K.src})

高橋`,
  }),
  j({
    slug: 'ja-confirm-reply-as-is',
    kind: 'confirmation_request',
    caseId: CASE.sakura,
    note: 'consent requested by "reply as-is if you agree", irreversibility mentioned; Gmail quote below',
    to: sTo,
    subject: formSubject(CASE.sakura),
    date: d('2026-02-19 13:40:00', '+0900'),
    enc: 'utf8qp',
    text: `伊藤様

ご同意いただけるようでしたら、このメールにそのままご返信ください。統合後の取り消しはできません。

森

${gmailJa('2026年2月18日(水) 22:03', S.ja, S.keep)}
${quote(`統合元のアドレスは ${S.src} です。
ID は ${S.srcId} でした。`)}`,
  }),
  j({
    slug: 'ja-confirm-mixed-i-agree',
    kind: 'confirmation_request',
    caseId: CASE.sho,
    note: 'English sentence then the Japanese one: reply "I agree" to proceed; Japanese new text',
    to: wTo,
    subject: formSubject(CASE.sho),
    date: d('2026-03-11 10:05:12', '+0900'),
    enc: 'jis7',
    text: `渡辺様

Please reply "I agree" to proceed with the merge.
統合に同意される場合は「I agree」とご返信ください。統合後に元へ戻すことはできません。

AWS Training and Certification`,
  }),
  j({
    slug: 'ja-confirm-html-only',
    kind: 'confirmation_request',
    caseId: CASE.hina,
    note: 'HTML-only final check: irreversible, do you accept?',
    to: hTo,
    subject: formSubject(CASE.hina),
    date: d('2026-03-04 11:19:27', '+0900'),
    enc: 'utf8b64',
    html: html(`<div>松本様</div><div><br></div><div>アカウント統合の最終確認です。統合後は元に戻せませんが、ご承諾いただけますか。</div><div><br></div><div>石井</div>`),
  }),
  j({
    slug: 'ja-confirm-subject-carries',
    kind: 'confirmation_request',
    caseId: CASE.misaki,
    note: 'subject says 「統合のご承諾のお願い」; body only says it is waiting for a reply on that',
    to: mTo,
    subject: `RE:[CASE ${CASE.misaki}] 統合のご承諾のお願い`,
    date: d('2026-02-09 18:22:01', '+0900'),
    enc: 'jisb64',
    text: `中村様

件名の件、ご返信をお待ちしております。

AWS トレーニングと認定`,
  }),
  j({
    slug: 'ja-confirm-outlook-thread',
    kind: 'confirmation_request',
    caseId: CASE.sho,
    note: 'one line asking to accept irreversibility and answer; long Outlook-quoted history below (Shift_JIS)',
    to: wTo,
    subject: formSubject(CASE.sho),
    date: d('2026-03-11 09:58:40', '+0900'),
    enc: 'sjis8',
    text: `渡辺様

取り消しはできませんので、ご了承のうえ進めてよいかお返事ください。

斎藤

${shoThread}`,
  }),
  j({
    slug: 'ja-confirm-forged-below',
    kind: 'confirmation_request',
    trusted: false,
    caseId: CASE.hina,
    note: 'consent request whose dmarc=pass header sits below the receiving server\'s Received line',
    to: hTo,
    subject: formSubject(CASE.hina),
    date: d('2026-03-04 19:00:12', '+0900'),
    auth: 'forgedBelow',
    enc: 'utf8qp',
    text: `松本様
統合の実施にあたり、ご同意のご返信をお願いします(取り消し不可)。`,
  }),
  j({
    slug: 'ja-confirm-te-form',
    kind: 'confirmation_request',
    caseId: CASE.sakura,
    note: 'one long te-form sentence with IDs in the middle, ending in "if that is fine, reply so" (8bit UTF-8)',
    to: sTo,
    subject: formSubject(CASE.sakura),
    date: d('2026-02-19 13:44:10', '+0900'),
    enc: 'utf88bit',
    text: `伊藤 様

統合元 ${S.srcId} の履歴を ${S.keepId} へ移し、統合元はご利用いただけなくなりますので、よろしければその旨ご返信ください。

森
AWS Training & Certification サポートチーム`,
  }),

  // ================= merge_completed (9) =================
  j({
    slug: 'ja-merged-one-line',
    kind: 'merge_completed',
    caseId: CASE.misaki,
    note: 'the whole new text is 「統合が完了しました。」',
    to: mTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-10 16:48:09', '+0900'),
    enc: 'jis7',
    text: `統合が完了しました。

佐々木`,
  }),
  j({
    slug: 'ja-merged-taiou-kanryou',
    kind: 'merge_completed',
    caseId: CASE.kenichi,
    note: '「ご依頼の統合、対応完了しました。ご確認ください。」 with signature and footer',
    to: kTo,
    subject: formSubject(CASE.kenichi),
    date: d('2026-02-18 16:02:37', '+0900'),
    enc: 'utf8b64',
    text: `小林様

ご依頼の統合、対応完了しました。ご確認ください。

${SIG_JA.dash('高橋')}
${FOOT_JA}`,
  }),
  j({
    slug: 'ja-merged-portal-notice',
    kind: 'merge_completed',
    caseId: null,
    note: 'certification portal notice (aws.training), no case ID; To is undisclosed-recipients, user only in X-Original-To',
    from: 'AWS Certification <no-reply@aws.training>',
    to: 'undisclosed-recipients:;',
    rcpt: S.keep,
    deliveredTo: null,
    extra: [`X-Original-To: ${S.keep}`],
    subject: 'アカウント統合のお知らせ',
    date: d('2026-02-21 05:30:00', '+0000'),
    enc: 'jisb64',
    text: `お客様の AWS 認定アカウントは統合されました。
今後は ${S.keep} でサインインしてください。

AWS Training and Certification`,
  }),
  j({
    slug: 'ja-merged-and-closing',
    kind: 'merge_completed',
    caseId: CASE.sho,
    note: 'merge work finished, so the case is closed: the new fact is the merge',
    to: wTo,
    subject: formSubject(CASE.sho),
    date: d('2026-03-13 14:11:55', '+0900'),
    enc: 'sjisb64',
    text: `渡辺様

統合作業が終わりましたので、本ケースはクローズとさせていただきます。

山口`,
  }),
  j({
    slug: 'ja-merged-badges-take-days',
    kind: 'merge_completed',
    trap: true,
    caseId: CASE.hina,
    note: 'merged; adds that Credly badges may take days (badges not yet moved)',
    to: hTo,
    subject: formSubject(CASE.hina),
    date: d('2026-03-06 10:02:18', '+0900'),
    enc: 'utf8qp',
    text: `松本様
マージしました。Credly のバッジは反映まで数日かかることがあります。
石井`,
  }),
  j({
    slug: 'ja-merged-id-only-in-quote',
    kind: 'merge_completed',
    caseId: CASE.sakura,
    note: '「マージ済みです。」 top-posted; subject has no ID, the case ID is only in the quoted Gmail text',
    to: sTo,
    subject: 'Re: アカウント統合のお願い',
    date: d('2026-02-21 14:30:44', '+0900'),
    enc: 'jis7',
    text: `マージ済みです。

岡田

${gmailJa('2026年2月20日(金) 21:40', S.ja, S.keep)}
${quote(`ケース ${CASE.sakura} の件、同意します。よろしくお願いします。`)}`,
  }),
  j({
    slug: 'ja-merged-iko-resent',
    kind: 'merge_completed',
    forUser: false,
    caseId: CASE.kenichi,
    note: 'three certifications moved to the kept account; redirected by the old employer\'s postmaster (Resent-*)',
    to: `${K.ja} <${K.src}>`,
    subject: formSubject(CASE.kenichi),
    date: d('2026-02-18 16:05:00', '+0900'),
    resent: { from: 'postmaster@hikari-net.example.jp', to: K.keep, date: d('2026-02-18 16:30:12', '+0900') },
    enc: 'sjis8',
    text: `旧アカウント(${K.srcId})の認定資格3件を、${K.keepId} へ移行いたしました。

藤井`,
  }),
  j({
    slug: 'ja-merged-lookalike-domain',
    kind: 'merge_completed',
    trusted: false,
    caseId: CASE.misaki,
    note: 'claims completion from amazon.com.support-case.net (look-alike), with a sign-in link',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com.support-case.net>',
    to: mTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-10 02:12:45', '+0900'),
    enc: 'utf8b64',
    text: `中村様
統合完了。下記より新しいアカウントにサインインしてご確認ください。
https://amazon.com.support-case.net/signin`,
  }),
  j({
    slug: 'ja-merged-multipart-check-benefits',
    kind: 'merge_completed',
    caseId: CASE.sho,
    note: 'completion notice asking the customer to check certifications and benefits (text+HTML)',
    to: wTo,
    subject: formSubject(CASE.sho),
    date: d('2026-03-13 14:09:30', '+0900'),
    enc: 'jisb64',
    text: `渡辺 様

統合処理が完了いたしました。ポータルにサインインのうえ、認定資格と特典が表示されているかご確認ください。

${SIG_JA.rule('斎藤')}`,
    html: html(paras(`渡辺 様

統合処理が完了いたしました。ポータルにサインインのうえ、認定資格と特典が表示されているかご確認ください。

${SIG_JA.rule('斎藤')}`)),
  }),

  // ================= badges_transferred (8) =================
  j({
    slug: 'ja-credly-title-button',
    kind: 'badges_transferred',
    caseId: null,
    note: 'AWS badge via Credly reduced to the badge title and the 「バッジを入手する」 button (HTML only)',
    from: CREDLY_AWS,
    to: S.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-02-22 03:14:09', '+0000'),
    enc: 'utf8qp',
    html: html(`<h2 style="font-weight:normal">AWS Certified Solutions Architect - Associate</h2>
<p><a href="https://www.credly.com/earner/earned/badge/3f1c0a52-aa1c-4b0e-9d51-7e2c6b8a4f10" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">バッジを入手する</a></p>`),
  }),
  j({
    slug: 'ja-credly-multipart-jis',
    kind: 'badges_transferred',
    caseId: null,
    note: 'AWS badge via Credly to the kept address, name + badge title + claim link (ISO-2022-JP base64, text+HTML)',
    from: CREDLY_AWS,
    to: mTo,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-02-12 07:20:51', '+0000'),
    enc: 'jisb64',
    text: `中村 美咲 さん

AWS Certified Developer - Associate

バッジを入手する: https://www.credly.com/earner/earned/badge/8b22e6d0-1d7f-4c55-a0b3-5f0e9c4d2a71`,
    html: html(`<p>中村 美咲 さん</p>
<h3>AWS Certified Developer - Associate</h3>
<p><a href="https://www.credly.com/earner/earned/badge/8b22e6d0-1d7f-4c55-a0b3-5f0e9c4d2a71">バッジを入手する</a></p>`),
  }),
  j({
    slug: 'ja-badges-support-short',
    kind: 'badges_transferred',
    caseId: CASE.kenichi,
    note: 'support, one line: the Credly badges have been moved too',
    to: kTo,
    subject: formSubject(CASE.kenichi),
    date: d('2026-02-20 11:45:02', '+0900'),
    enc: 'utf8b64',
    text: `Credly のバッジも移行済みです。

高橋`,
  }),
  j({
    slug: 'ja-badges-reattached-close',
    kind: 'badges_transferred',
    caseId: CASE.sho,
    note: 'support re-attached the badges and closes the case: badges_transferred',
    to: wTo,
    subject: formSubject(CASE.sho),
    date: d('2026-03-16 10:20:14', '+0900'),
    enc: 'jis7',
    text: `渡辺様

バッジの付け替えを行いました。Credly にログインしてご確認ください。本件はこれでクローズいたします。

山口`,
  }),
  j({
    slug: 'ja-credly-three-badges',
    kind: 'badges_transferred',
    caseId: null,
    note: 'Credly: three AWS badges waiting, list + claim link (UTF-8 QP)',
    from: CREDLY_AWS,
    to: hTo,
    subject: 'Amazon Web Services Training and Certificationから3件のバッジが届いています',
    date: d('2026-03-07 01:05:33', '+0000'),
    enc: 'utf8qp',
    text: `3件のバッジが届いています。

・AWS Certified Cloud Practitioner
・AWS Certified SysOps Administrator - Associate
・AWS Certified Security - Specialty

バッジを入手する
https://www.credly.com/earner/earned`,
  }),
  j({
    slug: 'ja-badges-reissued-outlook',
    kind: 'badges_transferred',
    caseId: CASE.sakura,
    note: 'support re-issued two badges to the kept address; Outlook quote of the customer\'s complaint below',
    to: sTo,
    subject: formSubject(CASE.sakura),
    date: d('2026-02-25 09:33:21', '+0900'),
    enc: 'sjisb64',
    text: `伊藤様

ご連絡のあったバッジ2件を、統合先アカウントのメールアドレス宛に再発行しました。

森

${outlookJa(`${S.ja} <${S.keep}>`, '2026年2月24日 12:10', SUPPORT_BARE, formSubject(CASE.sakura))}

統合後、Credly のバッジが旧アドレスに残ったままです。`,
  }),
  j({
    slug: 'ja-credly-other-authserv',
    kind: 'badges_transferred',
    trusted: false,
    caseId: null,
    note: 'Credly notice whose only Authentication-Results comes from another server (below our Received)',
    from: CREDLY_AWS,
    to: M.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-02-13 06:40:00', '+0000'),
    auth: 'otherOnly',
    enc: 'utf8b64',
    text: `AWS Certified Data Engineer - Associate
バッジを入手する ›
https://www.credly.com/earner/earned/badge/c0ffee12-7a41-4e0b-8d1c-29b5a7e61d03`,
  }),
  j({
    slug: 'ja-credly-subdomain-sender',
    kind: 'badges_transferred',
    caseId: null,
    note: 'AWS badge via Credly sent from a credly.com subdomain (mail.credly.com), DMARC pass: trusted',
    from: 'Amazon Web Services Training and Certification via Credly <notifications@mail.credly.com>',
    to: K.keep,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    date: d('2026-02-21 00:12:44', '+0000'),
    enc: 'sjis8',
    text: `AWS Certified Solutions Architect - Professional
[バッジを入手する] https://www.credly.com/earner/earned/badge/5d9a0b77-3e21-4f68-b0c4-81e2f6a9d350`,
  }),

  // ================= case_closed (8) =================
  j({
    slug: 'ja-closed-one-line',
    kind: 'case_closed',
    caseId: CASE.misaki,
    note: '「本ケースはクローズしました。」 and a name',
    to: mTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-17 17:00:02', '+0900'),
    enc: 'jis7',
    text: `本ケースはクローズしました。

佐々木`,
  }),
  j({
    slug: 'ja-closed-auto-three-days',
    kind: 'case_closed',
    caseId: CASE.kenichi,
    note: 'reminder: closes automatically if no reply within three days',
    from: AWS_NOTIFY,
    to: K.keep,
    subject: `ケース ${CASE.kenichi}: ご返信をお待ちしています`,
    date: d('2026-02-15 00:00:31', '+0000'),
    enc: 'utf8qp',
    text: `3日以内にご返信がない場合、このケースは自動的にクローズされます。

Amazon Web Services`,
  }),
  j({
    slug: 'ja-closed-restates-merge',
    kind: 'case_closed',
    trap: true,
    caseId: CASE.sakura,
    note: 'closing notice that only restates last week\'s merge',
    to: sTo,
    subject: formSubject(CASE.sakura),
    date: d('2026-03-02 10:10:10', '+0900'),
    enc: 'jisb64',
    text: `伊藤様

先週統合が完了しておりますので、本ケースはこれにてクローズいたします。

森`,
  }),
  j({
    slug: 'ja-closed-notify-resolved',
    kind: 'case_closed',
    caseId: CASE.sho,
    note: 'AWS Support notification: case resolved, one line and a link (Shift_JIS base64)',
    from: AWS_NOTIFY,
    to: W.keep,
    subject: `[ケース ${CASE.sho}] 解決済み`,
    date: d('2026-03-16 01:21:07', '+0000'),
    enc: 'sjisb64',
    text: `ケース ${CASE.sho} は解決済みになりました。
${caseLink(CASE.sho)}`,
  }),
  j({
    slug: 'ja-closed-subject-only',
    kind: 'case_closed',
    caseId: CASE.hina,
    note: 'the subject carries the meaning (ケースクローズのお知らせ); the body is only a signature separator',
    to: hTo,
    subject: `RE:[CASE ${CASE.hina}] ケースクローズのお知らせ`,
    date: d('2026-03-12 12:00:00', '+0900'),
    enc: 'utf8b64',
    text: `--
AWS Training and Certification`,
  }),
  j({
    slug: 'ja-closed-no-reply-dup',
    kind: 'case_closed',
    caseId: CASE.misakiDup,
    note: 'the duplicate case is ended because there was no reply (Shift_JIS 8bit)',
    to: `${M.ja} <${M.src}>`,
    subject: formSubject(CASE.misakiDup),
    date: d('2026-02-12 09:00:48', '+0900'),
    enc: 'sjis8',
    text: `中村様

ご返信がなかったため、ケース ${CASE.misakiDup} は終了とさせていただきます。

${FOOT_JA}`,
  }),
  j({
    slug: 'ja-closed-dmarc-fail',
    kind: 'case_closed',
    trusted: false,
    caseId: CASE.kenichi,
    note: 'closed notice with dmarc=fail on the receiving server\'s header',
    from: AWS_NOTIFY,
    to: K.keep,
    subject: `ケース ${CASE.kenichi} のステータス`,
    date: d('2026-02-22 04:51:16', '+0900'),
    auth: 'fail',
    enc: 'utf88bit',
    text: `ケース ${CASE.kenichi} はクローズされました。`,
  }),
  j({
    slug: 'ja-closed-html-reopen',
    kind: 'case_closed',
    caseId: CASE.hina,
    note: 'HTML-only: marked resolved, reply to reopen (ISO-2022-JP 7bit HTML)',
    from: AWS_NOTIFY,
    to: H.keep,
    subject: 'ケースのステータスが更新されました',
    date: d('2026-03-12 03:02:11', '+0000'),
    enc: 'jis7',
    html: `<html><body>
<p>ケース <b>${CASE.hina}</b> は解決済みとしてマークされました。</p>
<p>再開が必要な場合は、ケースに返信してください。</p>
</body></html>`,
  }),

  // ================= support_reply (10) =================
  j({
    slug: 'ja-sr-thanks-for-confirming',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.misaki,
    note: 'thanks for confirming, passed to the team; the user\'s consent is only in the Gmail quote',
    to: mTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-10 09:14:27', '+0900'),
    enc: 'jis7',
    text: `中村様

ご確認ありがとうございます。担当チームへ依頼しました。

佐々木

${gmailJa('2026年2月10日(火) 7:58', M.ja, M.keep)}
${quote(`同意します。

${gmailJa('2026年2月9日(月) 18:20', 'AWS Training and Certification', SUPPORT_BARE)}
${quote(`中村様

統合は元に戻せません。このまま進めてよろしいでしょうか。`)}`)}`,
  }),
  j({
    slug: 'ja-sr-will-tell-when-merged',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.kenichi,
    note: '「統合が完了しましたら」: a future statement, not the completion',
    to: kTo,
    subject: formSubject(CASE.kenichi),
    date: d('2026-02-13 11:02:45', '+0900'),
    enc: 'sjisb64',
    text: `小林様

統合が完了しましたら、改めてご連絡いたします。

高橋`,
  }),
  j({
    slug: 'ja-sr-not-yet-typo',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.sakura,
    note: 'negated: the merge is not finished yet (typo お待ちくだい); Gmail quote of the customer asking',
    to: sTo,
    subject: formSubject(CASE.sakura),
    date: d('2026-02-20 16:40:19', '+0900'),
    enc: 'utf8qp',
    text: `伊藤様
まだ統合は完了しておりません。いましばらくお待ちくだい。
森

${gmailJa('2026年2月20日(金) 12:01', S.ja, S.keep)}
${quote('その後、状況はいかがでしょうか。')}`,
  }),
  j({
    slug: 'ja-sr-duplicate-cases-merged',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.misaki,
    note: 'the duplicate *case* was folded into this one; not the account merge',
    to: mTo,
    subject: formSubject(CASE.misaki),
    date: d('2026-02-03 15:30:00', '+0900'),
    enc: 'utf8b64',
    text: `中村様

重複していたケース ${CASE.misakiDup} は、こちらのケース ${CASE.misaki} に統合しました。以降はこちらでご対応します。

岡田`,
  }),
  j({
    slug: 'ja-sr-escalated',
    kind: 'support_reply',
    caseId: CASE.sho,
    note: 'escalated to the responsible team, 3-5 business days',
    to: wTo,
    subject: formSubject(CASE.sho),
    date: d('2026-03-11 18:03:52', '+0900'),
    enc: 'jis7',
    text: `渡辺様

担当部署へエスカレーションしました。3-5営業日ほどお待ちください。

山口`,
  }),
  j({
    slug: 'ja-sr-shouchi-html-quote',
    kind: 'support_reply',
    caseId: CASE.hina,
    note: '「承知しました。」 answering the customer\'s note about being away; text+HTML with a gmail_quote block',
    to: hTo,
    subject: formSubject(CASE.hina),
    date: d('2026-03-03 09:01:05', '+0900'),
    enc: 'jisb64',
    text: `承知しました。

石井

${gmailJa('2026年3月2日(月) 23:48', H.ja, H.keep)}
${quote('週末は出張のため返信が遅れるかもしれません。')}`,
    html: `<div dir="ltr">承知しました。<br><br>石井</div><br><div class="gmail_quote"><div class="gmail_attr">${gmailJa('2026年3月2日(月) 23:48', H.ja, H.keep).replace(/</g, '&lt;').replace(/>/g, '&gt;')}<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">週末は出張のため返信が遅れるかもしれません。</blockquote></div>`,
  }),
  j({
    slug: 'ja-sr-voucher-after-merge',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.kenichi,
    note: 'answers a question: the 50% voucher stays usable after the merge (future, not the event)',
    to: kTo,
    subject: formSubject(CASE.kenichi),
    date: d('2026-02-14 10:22:33', '+0900'),
    enc: 'sjis8',
    text: `小林様

50% 割引特典は、統合後も統合先のアカウントでご利用いただけます。

藤井`,
  }),
  j({
    slug: 'ja-sr-cannot-merge-names',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.sakura,
    note: '"unable to merge" because the names differ; asks nothing',
    to: sTo,
    subject: formSubject(CASE.sakura),
    date: d('2026-02-18 11:11:11', '+0900'),
    enc: 'utf88bit',
    text: `伊藤様

両アカウントの氏名表記が異なるため、現時点では統合を行うことができません。

森`,
  }),
  j({
    slug: 'ja-sr-kakunin-chu',
    kind: 'support_reply',
    trap: true,
    caseId: CASE.sho,
    note: '「確認中です。」 status line; the word 確認 without a request',
    to: wTo,
    subject: formSubject(CASE.sho),
    date: d('2026-03-12 09:30:40', '+0900'),
    enc: 'utf8qp',
    text: `確認中です。もう少々お待ちください。

斎藤`,
  }),
  j({
    slug: 'ja-sr-no-auth-results',
    kind: 'support_reply',
    trusted: false,
    caseId: CASE.hina,
    note: 'status update with no Authentication-Results header at all',
    to: hTo,
    subject: formSubject(CASE.hina),
    date: d('2026-03-05 13:13:13', '+0900'),
    auth: 'none',
    enc: 'jis7',
    text: `松本様

お問い合わせの件、社内で調査を進めております。進展があり次第ご連絡します。

石井`,
  }),

  // ================= unrelated (13) =================
  j({
    slug: 'ja-own-reply-doui-iphone',
    kind: 'unrelated',
    trap: true,
    trusted: false,
    caseId: CASE.misaki,
    note: 'the user\'s own consent reply from an iPhone (Cc to her old address); no news from support',
    from: mTo,
    to: SUPPORT,
    cc: M.src,
    rcpt: M.src,
    subject: `Re: ${formSubject(CASE.misaki)}`,
    date: d('2026-02-10 07:58:12', '+0900'),
    enc: 'jis7',
    text: `同意します。よろしくお願いします。

${MOBILE.iphoneJa}

${iosJa('2026/02/09 18:20', 'AWS Training and Certification', SUPPORT_BARE)}

${quote(`中村様

統合は元に戻せません。このまま進めてよろしいでしょうか。`)}`,
  }),
  j({
    slug: 'ja-own-forward-memo',
    kind: 'unrelated',
    trap: true,
    trusted: false,
    caseId: CASE.kenichi,
    note: 'the user forwards the completion mail from the work address to the personal one with a memo',
    from: `${K.ja} <${K.src}>`,
    to: K.keep,
    subject: `Fwd: ${formSubject(CASE.kenichi)}`,
    date: d('2026-02-18 16:40:55', '+0900'),
    enc: 'utf8b64',
    text: `メモ: 統合完了の連絡。あとでバッジ確認する

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_BARE}>
Date: 2026年2月18日(水) 16:02
Subject: ${formSubject(CASE.kenichi)}
To: ${K.ja} <${K.src}>

小林様

ご依頼の統合、対応完了しました。ご確認ください。`,
  }),
  j({
    slug: 'ja-ooo-colleague',
    kind: 'unrelated',
    trusted: false,
    caseId: null,
    note: 'a colleague\'s out-of-office auto-reply',
    from: '田中 純 <tanaka.j@aozora-sys.example.co.jp>',
    to: M.src,
    subject: '自動応答: 不在のお知らせ',
    date: d('2026-02-12 08:00:03', '+0900'),
    extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    enc: 'sjis8',
    text: `2月16日まで不在にしております。急ぎの場合は情報システム部までご連絡ください。`,
  }),
  j({
    slug: 'ja-credly-microsoft-team-list',
    kind: 'unrelated',
    trap: true,
    forUser: false,
    caseId: null,
    note: 'Microsoft badge via Credly (other issuer), delivered to a team list that is not the user\'s address',
    from: 'Microsoft via Credly <admin@credly.com>',
    to: 'cloud-team@kumo-tech.example.co.jp',
    subject: 'Microsoftのバッジ発行のお知らせ',
    date: d('2026-03-08 02:33:40', '+0000'),
    enc: 'utf8qp',
    html: html(`<h2 style="font-weight:normal">Microsoft Certified: Azure Fundamentals</h2>
<p><a href="https://www.credly.com/earner/earned/badge/0a9e61d4-5b2c-4f7e-9b18-c3d4e5f60718">バッジを入手する</a></p>`),
  }),
  j({
    slug: 'ja-credly-merge-code',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'Credly\'s own account-merge verification code',
    from: 'Credly <admin@credly.com>',
    to: K.keep,
    subject: 'Credly: アカウント統合の確認コード',
    date: d('2026-02-21 01:02:03', '+0000'),
    enc: 'jisb64',
    text: `アカウントの統合を完了するには、次のコードを入力してください: 482913
このコードの有効期限は30分です。`,
  }),
  j({
    slug: 'ja-survey-resolved',
    kind: 'unrelated',
    trap: true,
    caseId: CASE.sho,
    note: 'satisfaction survey: "was case … resolved?"',
    from: 'AWS Support <aws-support-survey@amazon.com>',
    to: W.keep,
    subject: `ケース ${CASE.sho} についてのアンケート`,
    date: d('2026-03-17 02:00:00', '+0000'),
    enc: 'utf8b64',
    text: `ケース ${CASE.sho} は解決しましたか?
[はい] https://amazonsurveys.aws/c/${CASE.sho}?a=1
[いいえ] https://amazonsurveys.aws/c/${CASE.sho}?a=0`,
  }),
  j({
    slug: 'ja-exam-result-badge-words',
    kind: 'unrelated',
    trap: true,
    caseId: null,
    note: 'exam result available; says a badge will come from Credly if passed',
    from: 'AWS Training and Certification <no-reply@aws.training>',
    to: H.keep,
    subject: '試験結果のお知らせ',
    date: d('2026-03-20 06:12:00', '+0000'),
    enc: 'jis7',
    text: `AWS Certified Solutions Architect - Professional の試験結果を確認できるようになりました。
合格された場合、デジタルバッジは Credly から別途お送りします。`,
  }),
  j({
    slug: 'ja-pearson-appointment',
    kind: 'unrelated',
    trap: true,
    trusted: false,
    caseId: null,
    note: 'test-centre appointment confirmation (vendor, not a trusted domain)',
    from: 'Pearson VUE <noreply@pearson.com>',
    to: kTo,
    subject: '試験予約確認',
    date: d('2026-02-25 19:40:21', '+0900'),
    enc: 'sjisb64',
    text: `ご予約を確認しました。
試験: AWS Certified Developer - Associate
日時: 2026年3月14日 10:00`,
  }),
  j({
    slug: 'ja-refund-case-closed',
    kind: 'unrelated',
    trap: true,
    caseId: CASE.shoRefund,
    note: 'the user\'s other case (voucher refund) closed; says its topic',
    from: AWS_NOTIFY,
    to: W.keep,
    subject: `[ケース ${CASE.shoRefund}] バウチャー返金のお問い合わせ - 解決済み`,
    date: d('2026-03-05 04:10:59', '+0000'),
    enc: 'utf88bit',
    text: `バウチャー返金のケース ${CASE.shoRefund} を解決済みとしてクローズしました。`,
  }),
  j({
    slug: 'ja-exam-reschedule-ack',
    kind: 'unrelated',
    trap: true,
    caseId: CASE.kenichiExam,
    note: 'receipt of the user\'s other case about rescheduling an exam; names its topic',
    from: AWS_NOTIFY,
    to: K.keep,
    subject: `ケース ${CASE.kenichiExam} を受け付けました: 試験日程の変更`,
    date: d('2026-02-08 12:00:41', '+0000'),
    enc: 'jis7',
    text: `試験日程変更のお問い合わせを受け付けました(ケース ${CASE.kenichiExam})。`,
  }),
  j({
    slug: 'ja-skillbuilder-course-done',
    kind: 'unrelated',
    trap: true,
    trusted: false,
    caseId: null,
    note: 'Skill Builder course completion (skillbuilder.aws is not a trusted domain)',
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws>',
    to: S.keep,
    subject: 'コース修了のお知らせ',
    date: d('2026-02-27 08:45:00', '+0000'),
    enc: 'utf8qp',
    text: `「AWS Cloud Practitioner Essentials」の受講が完了しました。修了証はマイページからダウンロードできます。`,
  }),
  j({
    slug: 'ja-colleague-asks-android',
    kind: 'unrelated',
    trap: true,
    trusted: false,
    caseId: null,
    note: 'a colleague asks from his phone whether the merge is done',
    from: '田中 純 <tanaka.j@aozora-sys.example.co.jp>',
    to: M.src,
    subject: 'Re: 認定アカウント',
    date: d('2026-02-09 12:31:07', '+0900'),
    enc: 'utf88bit',
    crlf: false,
    text: `中村さん
認定アカウントの統合、もう終わりました? 社内の資格一覧を更新したいので、終わったら教えてください。

${MOBILE.androidJa}`,
  }),
  j({
    slug: 'ja-amazon-cojp-order',
    kind: 'unrelated',
    trap: true,
    trusted: false,
    caseId: null,
    note: 'Amazon.co.jp order confirmation (amazon.co.jp is not one of the trusted domains)',
    from: 'Amazon.co.jp <auto-confirm@amazon.co.jp>',
    to: H.keep,
    subject: 'Amazon.co.jp ご注文の確認',
    date: d('2026-03-03 21:04:18', '+0900'),
    enc: 'sjis8',
    text: `ご注文ありがとうございます。
注文番号: 250-4419027-6630118
商品: AWS認定 ソリューションアーキテクト アソシエイト 教科書`,
  }),
];
