// Set ck, Japanese messages: events that have happened next to events that
// have not, will, may, failed, were reversed or belong to something else.
import type { Msg } from './lib.js';
import {
  CASE,
  CREDLY_AWS,
  FORM,
  KIMURA,
  NAKAMURA,
  NOTIFY,
  OGAWA,
  PORTAL,
  SUPPORT_JA,
  TAKAHASHI,
  d,
  fwdJa,
  formSubject,
  formSubject0,
  gmailJa,
  htmlDoc,
  mk,
  outlookJa,
  paras,
  quote,
  sfJa,
  sfRef,
} from './common.js';

const kim = mk(KIMURA.keep, SUPPORT_JA);
const kimN = mk(KIMURA.keep, NOTIFY);
const nak = mk(NAKAMURA.keep, SUPPORT_JA);
const nakN = mk(NAKAMURA.keep, NOTIFY);
const tak = mk(TAKAHASHI.keep, SUPPORT_JA);
const takN = mk(TAKAHASHI.keep, NOTIFY);
const oga = mk(OGAWA.keep, SUPPORT_JA);
const ogaN = mk(OGAWA.keep, NOTIFY);

const K = CASE.kimura;
const N = CASE.nakamura;
const T = CASE.takahashi;
const O = CASE.ogawa;

const MORI = `AWS トレーニングと認定 カスタマーサービス
森`;
const OKADA = `AWS トレーニングと認定 サポートチーム
岡田 (Okada)`;
const ISHII = `石井
AWS Training and Certification Customer Service`;
const ARAI = `AWS トレーニングと認定
カスタマーサポート担当 新井`;

const KIM_REQ = `AWS 認定のアカウントが2つあるため、1つにまとめていただきたくご連絡しました。
残したいアカウント: ${KIMURA.keepId} / ${KIMURA.keep}
まとめたいアカウント: ${KIMURA.srcId} / ${KIMURA.src}
木村 健一`;

const KIM_IDS = `森様

ご連絡ありがとうございます。木村です。
統合先 ${KIMURA.keepId}(${KIMURA.keep})
統合元 ${KIMURA.srcId}(${KIMURA.src})
残すのは統合先のほうでお願いします。`;

const NAK_REQ = `お世話になっております。中村美咲です。
前職で使っていた認定アカウントと、個人のアカウントを1つにしたいです。
個人: ${NAKAMURA.keep}
前職: ${NAKAMURA.src}`;

const TAK_REQ = `大学時代に取得した認定と、今のアカウントの認定を一緒にしたいです。
今のアカウント: ${TAKAHASHI.keep}
高橋`;

const OGA_REQ = `小川と申します。パートナー企業在籍時のアカウント(${OGAWA.src})の認定を、個人アカウント(${OGAWA.keep})に移したく、統合をお願いできますでしょうか。`;

export const JA: Msg[] = [
  // ------------------------------------------------------------------ acknowledgement
  kimN({
    slug: 'ja-ack-kimura',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: K,
    trap: false,
    note: 'automatic receipt of the merge case; the 24-hour reply is only promised',
    subject: `[CASE ${K}] お問い合わせを受け付けました`,
    date: d('2026-02-02 09:14:51', '+0000'),
    text: `木村 健一 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下の内容でケースを作成しました。

ケース ID: ${K}
お問い合わせの種類: AWS トレーニングと認定
件名: アカウントの統合

担当者が内容を確認のうえ、通常24時間以内にこのメールアドレス宛にご連絡いたします。
同じ内容で別のケースを作成されますと、回答がかえって遅れる場合がございますのでご注意ください。

このメールは送信専用アドレスからお送りしています。

Amazon Web Services`,
  }),
  nakN({
    slug: 'ja-ack-nakamura-html',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: N,
    trap: false,
    note: 'HTML-only receipt; says a reply will come later, nothing has been decided',
    subject: `AWS サポート: ケース ${N} が作成されました`,
    date: d('2026-03-09 01:02:17', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(`<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<p>中村 美咲 様</p>
<p>ケース <b>${N}</b> を受け付けました。現在、担当者への割り当てを待っています。</p>
<table border="1" cellpadding="4"><tr><th>ステータス</th><td>未対応</td></tr><tr><th>カテゴリ</th><td>認定 / アカウントの統合</td></tr></table>
<p>1営業日以内に担当者から返信が届く予定です。ご返信がない間にケースを追加で作成する必要はございません。</p>
<p style="color:#888">Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。</p>
</td></tr></table>`),
  }),
  takN({
    slug: 'ja-ack-takahashi-body-id',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: T,
    trap: false,
    note: 'receipt with the case ID only in the body',
    subject: 'お問い合わせありがとうございます',
    date: d('2026-01-19 13:40:05', '+0000'),
    enc: 'utf88bit',
    text: `高橋 亮 様

お問い合わせを受け付けました。今後のやり取りでは、以下の番号をお控えください。
  ケース番号 ${T}

・担当者より順次ご連絡します(目安: 24時間以内)
・このメールへの返信はお控えください

AWS トレーニングと認定`,
  }),
  kim({
    slug: 'ja-ack-kimura-dup-sjis',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.kimuraDup,
    trap: false,
    note: 'receipt of a second (duplicate) merge case the user opened; still a receipt',
    from: NOTIFY,
    subject: `[CASE ${CASE.kimuraDup}] お問い合わせを受け付けました`,
    date: d('2026-02-03 22:51:40', '+0000'),
    enc: 'sjis8',
    text: `木村 様

ご連絡ありがとうございます。ケース ${CASE.kimuraDup} を作成しました。
内容: 認定アカウントの統合について

担当者からの返信まで今しばらくお待ちください。

AWS サポート`,
  }),
  nak({
    slug: 'ja-ack-forged-below',
    kind: 'acknowledgement',
    lang: 'ja',
    trusted: false,
    caseId: N,
    trap: false,
    note: 'receipt wording, but the dmarc=pass result sits below the server Received line (forged)',
    from: NOTIFY,
    auth: 'forgedBelow',
    subject: `ケース ${N} を受け付けました`,
    date: d('2026-03-09 01:30:12', '+0000'),
    enc: 'jisb64',
    text: `お客様

ケース ${N} を受け付けました。
お手続きを進めるため、48時間以内に下記ページからサインインしてください。サインインが確認できない場合、ケースは受付されません。
https://aws-support-case.example.net/signin

Amazon Web Services`,
  }),
  kimN({
    slug: 'ja-ack-no-topic-mixed',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.other,
    trap: false,
    note: 'a receipt that does not say what the case is about, so it is read as a receipt',
    subject: `We've received your case / お問い合わせを受け付けました [${CASE.other}]`,
    date: d('2026-02-05 04:12:09', '+0000'),
    enc: 'utf8qp',
    text: `Thank you for contacting AWS Training and Certification.
このたびはお問い合わせいただきありがとうございます。

Case ID / ケース ID: ${CASE.other}

担当者が確認し、順番にご返信いたします。
We will get back to you as soon as possible.

-- 
Amazon Web Services`,
  }),
  mk(TAKAHASHI.src, NOTIFY)({
    slug: 'ja-ack-takahashi-old-univ',
    kind: 'acknowledgement',
    lang: 'ja',
    caseId: CASE.takahashiOld,
    trap: false,
    note: 'receipt of the earlier merge case, sent to the old university address',
    subject: `[CASE ${CASE.takahashiOld}] お問い合わせを受け付けました`,
    date: d('2025-11-04 06:20:33', '+0000'),
    enc: 'jis7',
    text: `高橋 亮 様

以下のお問い合わせを受け付けました。
ケース ID ${CASE.takahashiOld}
種別: アカウントの統合

ご返信は、通常1営業日以内を予定しております。

AWS トレーニングと認定`,
  }),
  kim({
    slug: 'ja-ack-lookalike-domain',
    kind: 'acknowledgement',
    lang: 'ja',
    trusted: false,
    caseId: K,
    trap: false,
    note: 'receipt from a look-alike domain (amazon-jp-support.com)',
    from: 'Amazon Web Services <no-reply@amazon-jp-support.com>',
    subject: `[CASE ${K}] お問い合わせを受け付けました`,
    date: d('2026-02-02 10:01:44', '+0000'),
    enc: 'sjisb64',
    text: `木村 健一 様

ケース ${K} を受け付けました。
本人確認が完了次第、担当者より統合の手続きについてご案内いたします。
本人確認ページ: https://amazon-jp-support.com/verify

Amazon Web Services`,
  }),

  // ------------------------------------------------------------------ ai_answer
  kimN({
    slug: 'ja-ai-kimura-tool',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'generated answer pointing to the self-service tool; says what will happen after a merge',
    subject: 'AWS サポート: 自動生成された回答',
    date: d('2026-02-02 09:10:02', '+0000'),
    text: `この回答は生成 AI によって作成されました。内容に誤りが含まれる可能性があります。

ご質問: 認定アカウントを1つにまとめたい

AWS 認定のアカウントは、認定ポータルの「プロフィール」から「アカウントの統合」を選ぶと、ご自身で統合できる場合があります。
統合が完了すると、統合元の認定や受験履歴は、残したアカウントのほうに表示されるようになります。
両方のアカウントに認定の履歴がある場合はツールが使えないため、その際は「ケースを作成」からお問い合わせください。

この回答は役に立ちましたか?`,
  }),
  nakN({
    slug: 'ja-ai-nakamura-q',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'Amazon Q style answer: the tool cannot merge when both accounts hold certifications',
    subject: 'Amazon Q からの回答',
    date: d('2026-03-09 00:58:40', '+0000'),
    enc: 'utf8qp',
    text: `Amazon Q がお答えします

お問い合わせの内容から、以下をご案内します。
・統合ツールでは、2つのアカウントの両方に合格済みの認定がある場合、統合を行うことができません。
・その場合は、AWS トレーニングと認定のサポートにケースを作成すると、担当者が統合を行います。
・統合を依頼する前に、両アカウントの候補者 ID を控えておくと手続きがスムーズです。

※自動生成された回答です。解決しない場合は「ケースを作成」を選択してください。`,
  }),
  takN({
    slug: 'ja-ai-takahashi-sjis-resolved',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'automated answer that asks whether the issue was resolved; nothing was closed',
    subject: 'お問い合わせへの自動回答',
    date: d('2026-01-19 13:36:12', '+0000'),
    enc: 'sjisb64',
    text: `高橋 様

AI アシスタントによる回答です。

認定アカウントの統合は、認定ポータルにサインインし、右上のメニューから「アカウントの統合」を開いて行えます。統合元のアカウントのメールアドレスに確認コードが届きますので、画面の案内に沿って入力してください。

この回答で問題は解決しましたか?
解決しなかった場合は、この画面から担当者へのケースを作成できます。`,
  }),
  tak({
    slug: 'ja-ai-case-articles',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: T,
    trap: false,
    note: 'automated list of help articles attached to the open case',
    from: NOTIFY,
    subject: `ケース ${T} に関連する記事のご案内`,
    date: d('2026-01-19 14:05:55', '+0000'),
    enc: 'jis7',
    text: `高橋 様

担当者からのご連絡をお待ちいただく間に、以下の記事がお役に立つかもしれません(自動送信)。

- 認定アカウントの統合について
- 認定ポータルにサインインできない場合
- AWS Builder ID とは

ケース ${T} は引き続き担当者が対応します。`,
  }),
  nak({
    slug: 'ja-ai-forged-noauth',
    kind: 'ai_answer',
    lang: 'ja',
    trusted: false,
    caseId: null,
    trap: true,
    note: 'AI-answer shape with no Authentication-Results at all; points to an outside link',
    from: 'AWS サポート <support@aws-certification-help.com>',
    auth: 'none',
    subject: '自動回答: アカウントの統合について',
    date: d('2026-03-09 02:11:20', '+0000'),
    enc: 'utf8b64',
    text: `この回答は自動で作成されています。

アカウントの統合は、以下のページで両方のアカウントのパスワードを入力すると、すぐに完了します。
https://aws-certification-help.com/merge

入力後、24時間以内に統合されます。`,
  }),
  kimN({
    slug: 'ja-ai-kimura-badges-alt',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'generated answer about badges after a merge; explains, reports nothing',
    subject: '生成 AI による回答: Credly バッジについて',
    date: d('2026-02-11 08:40:00', '+0000'),
    enc: 'utf8qp',
    text: `生成 AI による回答

アカウントを統合しても、Credly のデジタルバッジは自動では移行されない場合があります。
統合が終わったあとに、残したアカウントのメールアドレスで Credly にサインインし、バッジを受け取ってください。
バッジが見当たらないときは、サポートケースでお知らせください。

この回答は参考情報です。`,
    html: htmlDoc(`<div style="border-left:4px solid #ff9900;padding-left:8px"><b>生成 AI による回答</b></div>
${paras(`アカウントを統合しても、Credly のデジタルバッジは自動では移行されない場合があります。
統合が終わったあとに、残したアカウントのメールアドレスで Credly にサインインし、バッジを受け取ってください。
バッジが見当たらないときは、サポートケースでお知らせください。`)}
<p style="font-size:11px;color:#666">この回答は参考情報です。</p>`),
  }),
  mk(TAKAHASHI.keep, NOTIFY)({
    slug: 'ja-ai-mixed-boilerplate',
    kind: 'ai_answer',
    lang: 'ja',
    caseId: null,
    trap: false,
    note: 'generated answer in Japanese under English boilerplate',
    subject: 'Your answer from AWS Support / 回答のご案内',
    date: d('2026-01-18 23:59:30', '+0000'),
    enc: 'utf8b64',
    text: `This answer was generated by AI. Please verify important information.

ご質問ありがとうございます。
認定アカウントが複数ある場合は、どちらか一方を残して統合できます。手続きの前に、それぞれのアカウントで取得した認定と有効期限を確認しておくことをおすすめします。
ご自身で操作できない場合は、下のボタンから担当者に相談してください。

[ケースを作成]`,
  }),

  // ------------------------------------------------------------------ info_request
  kim({
    slug: 'ja-info-kimura-ids',
    kind: 'info_request',
    lang: 'ja',
    caseId: K,
    trap: true,
    note: 'asks for IDs, addresses and which account to keep; the consent mail is only announced',
    subject: formSubject(K),
    date: d('2026-02-03 02:26:10', '+0000'),
    text: `木村 健一 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。担当の森です。

統合の作業に入る前に、次の点をお知らせください。
1. 2つのアカウントそれぞれの候補者 ID(AWS から始まる番号)
2. それぞれのサインイン用メールアドレス
3. 統合後に残すアカウントはどちらか

いただいた内容を確認したうえで、統合についてのご同意をお願いするメールを改めてお送りします。現時点では、まだ統合は行っておりません。

${MORI}
${sfRef('K1a')}

${gmailJa('2026-02-02 18:14', `${KIMURA.ja} <${KIMURA.keep}>`)}
${quote(KIM_REQ)}`,
  }),
  nak({
    slug: 'ja-info-nakamura-history-outlook',
    kind: 'info_request',
    lang: 'ja',
    caseId: N,
    trap: false,
    note: 'asks for both candidate IDs and each account exam history; Outlook quote block',
    subject: formSubject(N),
    date: d('2026-03-11 05:44:21', '+0000'),
    enc: 'jisb64',
    text: `中村様

統合先のアドレスからご返信いただき、ありがとうございます。
恐れ入りますが、次の2点も併せてお送りいただけますでしょうか。

- 両アカウントの候補者 ID
- それぞれのアカウントで合格された認定の名称と合格日

よろしくお願いいたします。
${OKADA}

${outlookJa(`中村 美咲 <${NAKAMURA.keep}>`, '2026-03-11 09:02', FORM, formSubject(N), `岡田様

個人のアドレスから改めてご連絡いたします。
${NAK_REQ}`)}`,
  }),
  nak({
    slug: 'ja-info-nakamura-gokakunin',
    kind: 'info_request',
    lang: 'ja',
    caseId: N,
    trap: true,
    note: 'worded with ご確認のうえ, but it asks for the login address to keep: information request',
    subject: formSubject(N),
    date: d('2026-03-12 03:05:48', '+0000'),
    enc: 'sjis8',
    text: `中村 美咲 様

お送りいただいた情報、拝見いたしました。
統合後のサインインに使われるメールアドレスが ${NAKAMURA.keep} のままでよいか、ご確認のうえお知らせください。

お知らせいただけましたら、統合の最終確認のご案内をお送りします。

${OKADA}
${sfRef('N1c')}`,
  }),
  tak({
    slug: 'ja-info-takahashi-not-found',
    kind: 'info_request',
    lang: 'ja',
    caseId: T,
    trap: true,
    note: 'the old account was not found; asks for its address and ID; the merge is only conditional',
    subject: formSubject(T),
    date: d('2026-01-20 08:17:36', '+0000'),
    enc: 'utf8b64',
    text: `高橋様

お問い合わせの件、大学在籍中のアカウントをこちらで探しましたが、まだ見つかっておりません。
お手数ですが、当時登録されていたメールアドレスと、わかれば候補者 ID を教えていただけますか。
見つかり次第、統合の手続きについてご案内いたします。

${ISHII}

${gmailJa('2026-01-19 22:40', `高橋 亮 <${TAKAHASHI.keep}>`)}
${quote(TAK_REQ)}`,
  }),
  kim({
    slug: 'ja-info-kimura-exam-booked',
    kind: 'info_request',
    lang: 'ja',
    caseId: K,
    trap: true,
    note: 'merge could not run because of a booked exam; asks whether to cancel it or the exam date',
    subject: formSubject(K),
    date: d('2026-02-09 06:52:03', '+0000'),
    enc: 'jisb64',
    text: `木村様

先日ご同意いただいた統合ですが、統合元アカウント ${KIMURA.srcId} に受験予約が残っているため、処理を完了できておりません。
予約中の試験をキャンセルされるか、そのまま受験されるか、ご意向をお聞かせください。受験される場合は、試験日もあわせてお知らせいただけますと幸いです。
試験が終わったあとであれば、統合を再度実施できます。

${MORI}
${sfRef('K1e')}`,
  }),
  kim({
    slug: 'ja-info-misaligned-password',
    kind: 'info_request',
    lang: 'ja',
    trusted: false,
    caseId: K,
    trap: false,
    note: 'asks for passwords; DKIM passes only for an unrelated bulk domain and dmarc fails',
    auth: 'misaligned',
    subject: formSubject(K),
    date: d('2026-02-04 11:33:18', '+0000'),
    enc: 'jis7',
    text: `木村様

統合を行うため、両方のアカウントのパスワードをこのメールに返信してお知らせください。
本日中にご返信がない場合、統合は行われません。

AWS トレーニングと認定`,
  }),
  tak({
    slug: 'ja-info-takahashi-which-keep-sjis',
    kind: 'info_request',
    lang: 'ja',
    caseId: T,
    trap: false,
    note: 'asks which account to keep',
    subject: formSubject(T),
    date: d('2026-01-22 01:15:27', '+0000'),
    enc: 'sjis8',
    text: `高橋様

旧アカウント(${TAKAHASHI.src})を確認できました。ありがとうございます。
統合後に残したいのは、どちらのアカウントでしょうか。いずれかお選びいただければ、次のステップへ進めます。

${ISHII}`,
  }),
  kim({
    slug: 'ja-info-kimura-name-mismatch',
    kind: 'info_request',
    lang: 'ja',
    caseId: K,
    trap: true,
    note: 'names differ between the accounts so the merge cannot go ahead yet; asks for the correct spelling',
    subject: formSubject(K),
    date: d('2026-02-04 03:48:55', '+0000'),
    enc: 'utf8qp',
    text: `木村様

ご返信ありがとうございます。
確認したところ、2つのアカウントで氏名の表記が異なっております(「Kenichi Kimura」と「KIMURA KENICHI」)。このままでは統合いたしかねますので、正しい表記をお知らせください。
表記をそろえたうえで、次のご案内をいたします。

${MORI}

${gmailJa('2026-02-03 21:30', `${KIMURA.ja} <${KIMURA.keep}>`)}
${quote(KIM_IDS)}`,
  }),
  tak({
    slug: 'ja-info-takahashi-html-from-keep',
    kind: 'info_request',
    lang: 'ja',
    caseId: T,
    trap: false,
    note: 'HTML-only; asks to write from the kept address and to give the old address',
    subject: formSubject(T),
    date: d('2026-01-21 04:20:00', '+0000'),
    enc: 'utf8qp',
    html: htmlDoc(`<div>高橋様</div>
<div><br></div>
<div>お手数ですが、統合先として残すアカウントのメールアドレスからこのメールにご返信いただき、その際に、大学のアカウントで登録していたメールアドレスをお書き添えください。</div>
<div><br></div>
<div>石井<br>AWS Training and Certification Customer Service</div>`),
  }),

  // ------------------------------------------------------------------ confirmation_request
  kim({
    slug: 'ja-conf-kimura',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: K,
    trap: false,
    note: 'asks consent to the irreversible merge; work starts only after the reply',
    subject: formSubject(K),
    date: d('2026-02-05 01:10:44', '+0000'),
    text: `木村 健一 様

ご対応ありがとうございます。以下の内容で統合いたします。

  統合元: ${KIMURA.srcId} (${KIMURA.src})
  統合先: ${KIMURA.keepId} (${KIMURA.keep})

統合後は、元の状態に戻すことはできません。
この内容でよろしければ、本メールにご返信のうえ、同意する旨をお知らせください。
ご返信をいただき次第、作業に着手いたします。

${MORI}
${sfRef('K1c')}`,
  }),
  nak({
    slug: 'ja-conf-nakamura-mixed-sjis',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: N,
    trap: false,
    note: 'asks consent, Japanese with an English irreversibility line',
    subject: formSubject(N),
    date: d('2026-03-13 02:31:09', '+0000'),
    enc: 'sjis8',
    text: `中村様

下記の内容で統合を進めてよろしいでしょうか。
Please note that the merge cannot be undone.

統合元: ${NAKAMURA.srcId}
統合先: ${NAKAMURA.keepId}

差し支えなければ、「同意します」とご返信ください。

${OKADA}`,
  }),
  tak({
    slug: 'ja-conf-takahashi-long-thread',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: T,
    trap: false,
    note: 'asks permission to run the merge at the top of a long Gmail thread',
    subject: formSubject(T),
    date: d('2026-01-23 07:02:50', '+0000'),
    enc: 'utf8b64',
    text: `高橋様

統合先は ${TAKAHASHI.keepId}(${TAKAHASHI.keep})とのこと、承知しました。
統合を実行してよろしいでしょうか。一度統合すると取り消しはできませんので、ご了承のうえご返信ください。

${ISHII}

${gmailJa('2026-01-22 19:11', `高橋 亮 <${TAKAHASHI.keep}>`)}
> 石井様
> 今のアカウント(${TAKAHASHI.keep})を残したいです。
> よろしくお願いします。
>
> ${gmailJa('2026-01-22 10:15', `${SUPPORT_JA}`)}
>> 高橋様
>>
>> 旧アカウント(${TAKAHASHI.src})を確認できました。ありがとうございます。
>> 統合後に残したいのは、どちらのアカウントでしょうか。
>>
>> ${gmailJa('2026-01-20 17:17', `${SUPPORT_JA}`)}
>>> 高橋様
>>> お問い合わせの件、大学在籍中のアカウントをこちらで探しましたが、まだ見つかっておりません。`,
  }),
  kim({
    slug: 'ja-conf-kimura-again',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: K,
    trap: false,
    note: 'asks for consent again after the failed attempt; the earlier consent no longer counts',
    subject: formSubject(K),
    date: d('2026-02-16 00:44:12', '+0000'),
    enc: 'sjisb64',
    text: `木村様

試験のご受験、お疲れさまでした。
統合元アカウントの予約がなくなったことを確認しましたので、改めてお伺いします。
前回いただいたご同意は、その後に受験履歴が加わったため、あらためて頂戴する必要がございます。

  統合元 ${KIMURA.srcId} → 統合先 ${KIMURA.keepId}

この内容で統合して差し支えないか、ご返信でお知らせください。統合は取り消せません。

${MORI}`,
  }),
  nak({
    slug: 'ja-conf-lookalike-server',
    kind: 'confirmation_request',
    lang: 'ja',
    trusted: false,
    caseId: N,
    trap: false,
    note: 'consent request, but the topmost Authentication-Results is from a look-alike authserv-id',
    auth: 'lookalikeServer',
    subject: formSubject(N),
    date: d('2026-03-13 04:50:31', '+0000'),
    enc: 'jis7',
    text: `中村様

統合してよろしいでしょうか。ご同意いただける場合は、下記フォームから同意ボタンを押してください。
https://consent-aws-training.example.org/form

AWS トレーニングと認定`,
  }),
  tak({
    slug: 'ja-conf-takahashi-alt-table',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: T,
    trap: false,
    note: 'multipart consent request with a summary table',
    subject: formSubject(T),
    date: d('2026-01-23 07:03:10', '+0000'),
    enc: 'utf8qp',
    text: `高橋様

統合内容の最終確認です。
統合元: ${TAKAHASHI.srcId} / ${TAKAHASHI.src}
統合先: ${TAKAHASHI.keepId} / ${TAKAHASHI.keep}
上記で問題なければ、承諾の旨をご返信ください。統合後に元へ戻すことはできません。

石井`,
    html: htmlDoc(`<p>高橋様</p>
<p>統合内容の最終確認です。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>統合元</td><td>${TAKAHASHI.srcId} / ${TAKAHASHI.src}</td></tr>
<tr><td>統合先</td><td>${TAKAHASHI.keepId} / ${TAKAHASHI.keep}</td></tr>
</table>
<p>上記で問題なければ、承諾の旨をご返信ください。統合後に元へ戻すことはできません。</p>
<p>石井</p>`),
  }),
  nak({
    slug: 'ja-conf-nakamura-hai-only',
    kind: 'confirmation_request',
    lang: 'ja',
    caseId: N,
    trap: false,
    note: 'consent asked without the word 同意 in the request: reply "はい" and it counts as approval',
    subject: formSubject(N),
    date: d('2026-03-13 08:12:40', '+0000'),
    enc: 'jisb64',
    text: `中村様

ご返信ありがとうございます。ログイン用のアドレスは ${NAKAMURA.keep} のまま、とのこと承りました。
この内容で差し支えなければ、「はい」とだけご返信ください。いただいたお返事をもって、統合のご承諾とさせていただきます。
なお、実施後に元へ戻すことはできかねます。

${OKADA}

${gmailJa('2026-03-13 16:40', `中村 美咲 <${NAKAMURA.keep}>`)}
> 岡田様
> はい、そのアドレスのままでお願いします。`,
  }),
  mk(KIMURA.src, SUPPORT_JA)({
    slug: 'ja-conf-resent-oldcorp',
    kind: 'confirmation_request',
    lang: 'ja',
    forUser: false,
    caseId: K,
    trap: false,
    note: 'consent request redirected by the old company server (Resent-* headers): not delivered to the user as such',
    subject: formSubject(K),
    date: d('2026-02-05 01:12:00', '+0000'),
    resent: { from: 'postmaster@oldco.example.co.jp', to: KIMURA.keep, date: d('2026-02-05 10:20:11') },
    enc: 'jis7',
    text: `木村 健一 様

以下の2つのアカウントを統合してよろしいか、ご確認をお願いいたします。統合は取り消すことができません。
統合元: ${KIMURA.srcId}
統合先: ${KIMURA.keepId}
ご同意いただける場合は、このメールにそのままご返信ください。

${MORI}`,
  }),

  // ------------------------------------------------------------------ merge_completed
  kim({
    slug: 'ja-done-kimura-badges-later',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: K,
    trap: true,
    note: 'merge done today; badges only expected in the coming days',
    subject: formSubject(K),
    date: d('2026-02-18 05:20:33', '+0000'),
    enc: 'jis7',
    text: `木村 健一 様

お待たせいたしました。本日、ご依頼いただいたアカウントの統合が完了いたしました。
${KIMURA.keepId} にサインインし、統合元の認定が表示されていることをご確認ください。
なお、Credly のデジタルバッジは、数日以内に移行される予定です。

${MORI}
${sfRef('K1g')}

${gmailJa('2026-02-16 12:02', `${KIMURA.ja} <${KIMURA.keep}>`)}
> 森様
> 同意します。統合をお願いいたします。`,
  }),
  nak({
    slug: 'ja-done-nakamura-please-check',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: N,
    trap: true,
    note: 'completion notice that asks the user to check the result (still merge_completed)',
    subject: formSubject(N),
    date: d('2026-03-16 06:41:28', '+0000'),
    enc: 'sjisb64',
    text: `中村 美咲 様

アカウントの統合が完了しましたので、お知らせいたします。
統合先アカウント(${NAKAMURA.keepId})に、統合元の認定と特典が反映されているか、念のためご確認いただけますと幸いです。

${OKADA}`,
  }),
  mk(NAKAMURA.keep, PORTAL)({
    slug: 'ja-done-portal-notice',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: null,
    trap: false,
    note: 'the certification portal own notice that the accounts have been merged (no case ID)',
    subject: 'AWS 認定: アカウントが統合されました',
    date: d('2026-03-16 06:39:02', '+0000'),
    enc: 'jis7',
    text: `中村 美咲 様

お客様の AWS 認定アカウントは統合されました。
今後は ${NAKAMURA.keep} でサインインしてください。統合元のアカウントにはサインインできなくなります。

AWS Certification`,
  }),
  tak({
    slug: 'ja-done-takahashi-as-planned',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: T,
    trap: false,
    note: 'says the scheduled merge was carried out today',
    subject: formSubject(T),
    date: d('2026-01-27 09:05:14', '+0000'),
    enc: 'utf8qp',
    text: `高橋様

ご案内していた日程どおり、本日アカウントの統合作業を終えました。
大学時代の認定も ${TAKAHASHI.keepId} に表示されるようになっています。

${ISHII}`,
  }),
  tak({
    slug: 'ja-done-takahashi-second',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: T,
    trap: false,
    note: 'after the mistaken notice, the real completion; restates the earlier error',
    subject: formSubject(T),
    date: d('2026-01-29 02:55:40', '+0000'),
    enc: 'jisb64',
    text: `高橋様

先日は誤ったご連絡をしてしまい、申し訳ございませんでした。
改めまして、お客様ご本人のアカウントの統合が、本日完了したことをご報告いたします。
統合先: ${TAKAHASHI.keepId}

${ISHII}`,
  }),
  kim({
    slug: 'ja-done-lookalike-login',
    kind: 'merge_completed',
    lang: 'ja',
    trusted: false,
    caseId: K,
    trap: false,
    note: 'completion wording from a look-alike domain that asks to log in',
    from: 'AWS トレーニングと認定 <support@amazon-support-jp.com>',
    auth: 'pass',
    subject: formSubject(K),
    date: d('2026-02-10 12:00:00', '+0000'),
    enc: 'utf8b64',
    text: `木村様

アカウントの統合が完了いたしました。
統合後のアカウントを有効にするため、以下からサインインしてください。
https://amazon-support-jp.com/certification/login

AWS トレーニングと認定`,
  }),
  mk(NAKAMURA.src, SUPPORT_JA)({
    slug: 'ja-done-resent-sier',
    kind: 'merge_completed',
    lang: 'ja',
    forUser: false,
    caseId: N,
    trap: false,
    note: 'completion notice bounced on by the former employer server (Resent-*)',
    subject: formSubject(N),
    date: d('2026-03-16 06:45:00', '+0000'),
    resent: { from: 'mail-admin@sier.example.co.jp', to: NAKAMURA.keep, date: d('2026-03-16 16:02:44') },
    enc: 'jis7',
    text: `中村様

統合元アカウントの内容を、${NAKAMURA.keepId} へ移し終えました。統合は完了しております。

${OKADA}`,
  }),
  oga({
    slug: 'ja-done-ogawa-and-close',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: O,
    trap: true,
    note: 'merge completed and the case will now be closed: the new fact is the merge',
    subject: formSubject(O),
    date: d('2026-04-08 03:14:07', '+0000'),
    enc: 'utf8b64',
    text: `小川 由紀 様

統合作業が完了いたしました。${OGAWA.keepId} に、パートナー企業在籍時に取得された認定が移っております。
これをもちまして本ケースはクローズとさせていただきます。

${ARAI}
${sfRef('O1f')}`,
  }),
  oga({
    slug: 'ja-done-ogawa-dkim-mobile',
    kind: 'merge_completed',
    lang: 'ja',
    caseId: O,
    trap: false,
    note: 'aligned DKIM only; answers the user mobile question: the merge is done',
    auth: 'dkimonly',
    subject: formSubject(O),
    date: d('2026-04-07 23:40:19', '+0000'),
    enc: 'jis7',
    text: `小川様

お問い合わせの件、統合処理は先ほど完了しました。反映まで少しお時間をいただく場合がありますので、サインインし直してご覧ください。

新井

${gmailJa('2026-04-08 08:12', `小川由紀 <${OGAWA.keep}>`)}
> 統合はもう終わっていますか?
> ポータルでまだ前の認定が見えません
>
> iPhoneから送信`,
  }),

  // ------------------------------------------------------------------ badges_transferred
  kim({
    slug: 'ja-badge-kimura-moved-closing',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: K,
    trap: true,
    note: 'support says the badges moved and closes the case',
    subject: formSubject(K),
    date: d('2026-02-24 04:33:58', '+0000'),
    enc: 'jis7',
    text: `木村様

Credly のバッジを、統合先アカウントに移行いたしました。
${KIMURA.keep} 宛に Credly からのお知らせが届きますので、そちらから受け取りの手続きをお願いいたします。
本件はこれにて完了とし、ケースをクローズいたします。

${MORI}

${gmailJa('2026-02-22 20:05', `${KIMURA.ja} <${KIMURA.keep}>`)}
> 森様
> バッジがまだ旧アカウントのままのようです。確認いただけますか。`,
  }),
  mk(KIMURA.keep, CREDLY_AWS)({
    slug: 'ja-badge-credly-kimura',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    trap: false,
    note: "AWS's badge issued via Credly to the kept address",
    subject: 'Amazon Web Services Training and Certification のバッジ発行のお知らせ',
    date: d('2026-02-24 05:02:10', '+0000'),
    enc: 'utf8qp',
    wholeSubject: true,
    text: `木村 健一 さん

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを入手する: https://www.credly.com/badges/7f3c1e20-5a9d-4c1b-9e62-0b8d41aa2f71

Credly`,
    html: htmlDoc(`<p>木村 健一 さん</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/badges/7f3c1e20-5a9d-4c1b-9e62-0b8d41aa2f71" style="background:#ff6b00;color:#fff;padding:8px 16px">バッジを入手する</a></p>
<p>Credly</p>`),
  }),
  mk(NAKAMURA.keep, CREDLY_AWS)({
    slug: 'ja-badge-credly-nakamura-html',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    trap: false,
    note: "HTML-only Credly mail: AWS's badges now on the kept address",
    subject: 'Amazon Web Services Training and Certification のバッジ発行のお知らせ',
    date: d('2026-03-20 11:18:44', '+0000'),
    enc: 'utf8b64',
    wholeSubject: true,
    html: htmlDoc(`<p>中村 美咲 さん、おめでとうございます。</p>
<p>Amazon Web Services Training and Certification が、あなたに2つのバッジを発行しました。</p>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Developer - Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned">バッジを入手する</a></p>`),
  }),
  tak({
    slug: 'ja-badge-takahashi-html',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: T,
    trap: false,
    note: 'support says three Credly badges were moved to the kept account',
    subject: formSubject(T),
    date: d('2026-02-02 06:30:00', '+0000'),
    enc: 'utf8qp',
    html: htmlDoc(`<div>高橋様</div><div><br></div>
<div>Credly 上のバッジ3件を、統合先のアカウント(${TAKAHASHI.keep})に移しました。</div>
<div>Credly にサインインすると、プロフィールに表示されているはずです。</div>
<div><br></div><div>石井</div>`),
  }),
  mk(OGAWA.keep, CREDLY_AWS)({
    slug: 'ja-badge-credly-fail-then-forged',
    kind: 'badges_transferred',
    lang: 'ja',
    trusted: false,
    caseId: null,
    trap: false,
    note: 'Credly badge wording; the top verdict is fail and a pass verdict is planted lower',
    auth: 'failThenForged',
    subject: 'Amazon Web Services Training and Certification のバッジ発行のお知らせ',
    date: d('2026-04-10 02:02:02', '+0000'),
    enc: 'utf8b64',
    wholeSubject: true,
    text: `小川 由紀 さん

バッジが発行されました。受け取るには Credly のパスワードを再設定してください。
https://credly-badge-claim.example.net/reset`,
  }),
  oga({
    slug: 'ja-badge-ogawa-done-today',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: O,
    trap: false,
    note: 'support reports the badge move finished today',
    subject: formSubject(O),
    date: d('2026-04-14 01:27:33', '+0000'),
    enc: 'sjis8',
    text: `小川様

お待たせいたしました。バッジの移行が本日完了しました。
Credly から届くメールで、まだ承認されていないバッジの受け取りをお済ませください。

${ARAI}`,
  }),
  nak({
    slug: 'ja-badge-nakamura-now-moved',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: N,
    trap: false,
    note: 'badges had not moved at the last mail; now they have (new fact)',
    subject: formSubject(N),
    date: d('2026-03-20 10:55:00', '+0000'),
    enc: 'jisb64',
    text: `中村様

前回ご連絡した時点ではバッジの移行が済んでおりませんでしたが、本日、統合先アカウントへの移行が完了しました。
Credly から個別にお知らせが届きます。

${OKADA}`,
  }),
  mk(OGAWA.keep, CREDLY_AWS)({
    slug: 'ja-badge-credly-ogawa-three',
    kind: 'badges_transferred',
    lang: 'ja',
    caseId: null,
    trap: false,
    note: "three of AWS's badges issued via Credly to the kept account",
    subject: '3件の新しいバッジがあります',
    date: d('2026-04-14 02:10:40', '+0000'),
    enc: 'utf8qp',
    text: `小川 由紀 さん

Amazon Web Services Training and Certification から、3件のバッジが届いています。

- AWS Certified SysOps Administrator - Associate
- AWS Certified Solutions Architect - Associate
- AWS Certified Cloud Practitioner

バッジを入手する
https://www.credly.com/earner/earned

Credly チーム`,
  }),

  // ------------------------------------------------------------------ case_closed
  kimN({
    slug: 'ja-closed-kimura-notify',
    kind: 'case_closed',
    lang: 'ja',
    caseId: K,
    trap: false,
    note: 'support notification: the case was resolved and closed',
    subject: `ケース ${K} はクローズされました`,
    date: d('2026-02-24 04:40:01', '+0000'),
    enc: 'jis7',
    text: `木村 健一 様

ケース ${K}(アカウントの統合)は解決済みとしてクローズされました。
同じ件で追加のご質問がある場合は、このケースを再度開いてください。

Amazon Web Services`,
  }),
  kim({
    slug: 'ja-closed-kimura-3days',
    kind: 'case_closed',
    lang: 'ja',
    caseId: K,
    trap: false,
    note: 'will close automatically in 3 days without a reply',
    subject: formSubject(K),
    date: d('2026-02-20 07:07:07', '+0000'),
    enc: 'sjis8',
    text: `木村様

その後、統合後のアカウントに問題はございませんでしょうか。
3日以内にご返信がない場合、本ケースは自動的にクローズされます。

${MORI}`,
  }),
  nak({
    slug: 'ja-closed-nakamura-restated',
    kind: 'case_closed',
    lang: 'ja',
    caseId: N,
    trap: true,
    note: 'closing notice that only restates the earlier merge',
    subject: formSubject(N),
    date: d('2026-03-23 02:00:30', '+0000'),
    enc: 'utf8qp',
    text: `中村様

先日ご案内のとおり、アカウントの統合とバッジの移行はいずれも済んでおりますので、本ケースはクローズさせていただきます。
またご不明な点がございましたら、お気軽にお問い合わせください。

${OKADA}`,
  }),
  mk(TAKAHASHI.src, SUPPORT_JA)({
    slug: 'ja-closed-takahashi-old-noreply',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.takahashiOld,
    trap: true,
    note: 'earlier case closed for lack of reply; says the merge was NOT carried out',
    subject: formSubject(CASE.takahashiOld),
    date: d('2025-11-18 00:30:00', '+0000'),
    enc: 'jis7',
    text: `高橋様

ご返信をいただけなかったため、本ケースは解決済みとしてクローズいたしました。
アカウントの統合は実施されておりません。引き続き統合をご希望の場合は、お手数ですが新しいケースを作成してください。

AWS トレーニングと認定`,
  }),
  oga({
    slug: 'ja-closed-google-only',
    kind: 'case_closed',
    lang: 'ja',
    trusted: false,
    caseId: O,
    trap: false,
    note: 'closing notice; only an Authentication-Results from another authserv-id (mx.google.com)',
    from: NOTIFY,
    auth: 'otherOnly',
    subject: `ケース ${O} が解決されました`,
    date: d('2026-04-15 09:00:00', '+0000'),
    enc: 'jisb64',
    text: `小川様

ケース ${O} は解決済みになりました。

Amazon Web Services`,
  }),
  ogaN({
    slug: 'ja-closed-ogawa-html',
    kind: 'case_closed',
    lang: 'ja',
    caseId: O,
    trap: false,
    note: 'HTML-only notification that the case is now resolved',
    subject: `[AWS サポート] ケース ${O} を解決済みにしました`,
    date: d('2026-04-15 08:20:12', '+0000'),
    enc: 'utf8b64',
    html: htmlDoc(`<h3 style="color:#232f3e">ケースが解決済みになりました</h3>
<p>ケース ID: ${O}</p>
<p>担当者がこのケースを解決済みにしました。再度ご連絡が必要な場合は、14日以内であればケースを再開できます。</p>`),
  }),
  kim({
    slug: 'ja-closed-dup-into-main',
    kind: 'case_closed',
    lang: 'ja',
    caseId: CASE.kimuraDup,
    trap: true,
    note: 'the duplicate case is closed and folded into the main case: not the account merge',
    subject: formSubject(CASE.kimuraDup),
    date: d('2026-02-04 00:18:29', '+0000'),
    enc: 'utf8b64',
    text: `木村様

同じご依頼で2件のケースをいただいておりましたので、こちらのケース(${CASE.kimuraDup})はクローズし、ケース ${K} に統合いたしました。
今後のやり取りはケース ${K} にてお願いいたします。

${MORI}`,
  }),
  oga({
    slug: 'ja-closed-ogawa-7days-sjis',
    kind: 'case_closed',
    lang: 'ja',
    caseId: O,
    trap: false,
    note: 'reminder: closes in 7 days unless the user replies',
    subject: formSubject(O),
    date: d('2026-03-30 05:55:55', '+0000'),
    enc: 'sjisb64',
    text: `小川様

先日お願いした件について、まだご返信を確認できておりません。
7日以内にご返信がない場合は、本ケースは自動でクローズされますのでご了承ください。

${ARAI}`,
  }),

  // ------------------------------------------------------------------ support_reply
  kim({
    slug: 'ja-reply-kimura-checking',
    kind: 'support_reply',
    lang: 'ja',
    caseId: K,
    trap: true,
    note: 'status only: the merge has not been done; a consent request is only planned',
    subject: formSubject(K),
    date: d('2026-02-04 08:09:09', '+0000'),
    enc: 'jis7',
    text: `木村様

正しい表記をお知らせいただき、ありがとうございます。
ただいま担当部署にて両アカウントの内容を確認しております。統合はまだ行っておりません。
確認が取れ次第、統合へのご同意をお願いするメールをお送りする予定です。

${MORI}`,
  }),
  kim({
    slug: 'ja-reply-kimura-thanks-consent',
    kind: 'support_reply',
    lang: 'ja',
    caseId: K,
    trap: true,
    note: 'thanks for consenting; the merge is expected within 3-5 business days',
    subject: formSubject(K),
    date: d('2026-02-05 09:41:16', '+0000'),
    enc: 'jisb64',
    text: `木村様

ご同意のご連絡をいただき、ありがとうございます。統合作業を担当チームに依頼いたしました。
完了までは3から5営業日ほどかかる見込みです。終わりましたら、改めてこちらからご連絡いたします。

${MORI}

${gmailJa('2026-02-05 18:20', `${KIMURA.ja} <${KIMURA.keep}>`)}
> 森様
> 上記の内容で同意いたします。よろしくお願いします。
> 木村`,
  }),
  kim({
    slug: 'ja-reply-kimura-error',
    kind: 'support_reply',
    lang: 'ja',
    caseId: K,
    trap: true,
    note: 'the merge attempt ended in an error and is not complete; cause under investigation',
    subject: formSubject(K),
    date: d('2026-02-08 03:30:41', '+0000'),
    enc: 'utf8qp',
    text: `木村様

統合処理を実行いたしましたが、システム側でエラーとなり、統合は完了しておりません。
現在、原因を調べております。判明し次第、ご報告いたします。
お待たせしてしまい申し訳ございません。

${MORI}`,
  }),
  kim({
    slug: 'ja-reply-kimura-badges-not-yet',
    kind: 'support_reply',
    lang: 'ja',
    caseId: K,
    trap: true,
    note: 'badges have not moved yet; the request was passed to the team',
    subject: formSubject(K),
    date: d('2026-02-23 01:02:03', '+0000'),
    enc: 'sjis8',
    text: `木村様

ご指摘のとおり、Credly のバッジはまだ統合先に移っておりませんでした。
担当チームへ移行を依頼しましたので、移行が終わりましたらご連絡いたします。

${MORI}`,
  }),
  kim({
    slug: 'ja-reply-kimura-reopened',
    crlf: false,
    kind: 'support_reply',
    lang: 'ja',
    caseId: K,
    trap: true,
    note: 'the case was closed by mistake and has been reopened',
    subject: formSubject(K),
    date: d('2026-02-20 09:15:00', '+0000'),
    enc: 'jis7',
    text: `木村様

先ほど本ケースがクローズされた旨の通知が届いたかと存じますが、こちらの手違いによるものでした。
ケースは再度オープンしておりますので、引き続きこちらでご連絡ください。

${MORI}`,
  }),
  nak({
    slug: 'ja-reply-nakamura-write-from-keep',
    kind: 'support_reply',
    lang: 'ja',
    caseId: N,
    trap: true,
    note: 'asks only to write from the kept address; merging from another address is declined',
    subject: formSubject(N),
    date: d('2026-03-10 02:14:39', '+0000'),
    enc: 'sjisb64',
    text: `中村様

お問い合わせいただいたアドレスは、統合元のアカウントのものでした。
セキュリティ上、統合先として残すアカウントのメールアドレスからのご依頼でないと、統合を実施いたしかねます。
お手数ですが、残すほうのアドレスから本ケースにご返信ください。

${OKADA}

${outlookJa(`中村 美咲 <${NAKAMURA.src}>`, '2026-03-09 10:01', FORM, formSubject0(N), NAK_REQ)}`,
  }),
  nak({
    slug: 'ja-reply-nakamura-scheduled',
    kind: 'support_reply',
    lang: 'ja',
    caseId: N,
    trap: true,
    note: 'consent received; the merge is queued and not done yet',
    subject: formSubject(N),
    date: d('2026-03-14 01:01:58', '+0000'),
    enc: 'jis7',
    text: `中村様

「はい」とのご返信、確かに受け取りました。
統合作業は、社内のチームにて順番に実施する予定です(現時点では未完了です)。
完了次第、あらためてお知らせいたします。

${OKADA}`,
  }),
  nak({
    slug: 'ja-reply-nakamura-badges-2weeks',
    kind: 'support_reply',
    lang: 'ja',
    caseId: N,
    trap: true,
    note: 'badges expected within about two weeks; reply if they do not appear',
    subject: formSubject(N),
    date: d('2026-03-17 03:33:33', '+0000'),
    enc: 'utf8b64',
    text: `中村様

バッジにつきましては、統合完了から最大で2週間ほどで Credly に反映される見込みです。
その頃になっても反映されない場合は、このケースにご返信ください。

${OKADA}

${sfJa(`中村 美咲 <${NAKAMURA.keep}>`, '2026/03/17 10:12', FORM, formSubject(N), 'バッジがまだ移っていないようなのですが、いつ頃になりますか。')}`,
  }),
  tak({
    slug: 'ja-reply-takahashi-date-set',
    kind: 'support_reply',
    lang: 'ja',
    caseId: T,
    trap: true,
    note: 'the merge is scheduled for a later date; nothing has happened yet',
    subject: formSubject(T),
    date: d('2026-01-24 05:10:10', '+0000'),
    enc: 'utf8b64',
    text: `高橋様

ご承諾ありがとうございます。
統合作業は 1月27日(火)に実施する予定です。それまでの間は、統合元アカウントでの受験予約などはお控えください。

${ISHII}`,
  }),
  tak({
    slug: 'ja-reply-takahashi-wrong-customer',
    kind: 'support_reply',
    lang: 'ja',
    caseId: T,
    trap: true,
    note: 'the earlier completion notice was meant for another customer; this merge is not complete',
    subject: formSubject(T),
    date: d('2026-01-27 11:48:20', '+0000'),
    enc: 'jis7',
    text: `高橋様

大変申し訳ございません。先ほどお送りした「統合作業を終えました」というご連絡は、別のお客様の案件に関するものでした。
お客様のアカウントの統合は、まだ完了しておりません。
現在あらためて作業を進めておりますので、今しばらくお待ちください。

${ISHII}`,
  }),
  oga({
    slug: 'ja-reply-ogawa-escalated',
    kind: 'support_reply',
    lang: 'ja',
    caseId: O,
    trap: true,
    note: 'escalated to a specialist team; the merge is expected to take longer',
    subject: formSubject(O),
    date: d('2026-04-02 04:04:04', '+0000'),
    enc: 'jisb64',
    text: `小川様

パートナー企業のアカウントが関係しているため、本件は専門チームに引き継ぎました。
統合には通常より時間がかかる見込みです。進み具合がわかりましたら、こちらからご連絡いたします。

${ARAI}

${gmailJa('2026-04-01 09:30', `小川 由紀 <${OGAWA.keep}>`)}
${quote(OGA_REQ)}`,
  }),
  oga({
    slug: 'ja-reply-ogawa-voucher',
    kind: 'support_reply',
    lang: 'ja',
    caseId: O,
    trap: true,
    note: 'answers a question about the voucher: it will carry over after the merge',
    subject: formSubject(O),
    date: d('2026-04-03 06:20:00', '+0000'),
    enc: 'utf8qp',
    text: `小川様

ご質問の特典(次回受験 50% 割引)は、統合後に統合先アカウントへ引き継がれます。
統合前にご利用いただいても問題ございません。

${ARAI}`,
  }),
  kim({
    slug: 'ja-reply-no-auth-delay',
    kind: 'support_reply',
    lang: 'ja',
    trusted: false,
    caseId: K,
    trap: true,
    note: 'status update without any Authentication-Results header',
    auth: 'none',
    subject: formSubject(K),
    date: d('2026-02-12 02:02:20', '+0000'),
    enc: 'jis7',
    text: `木村様

統合作業が遅れております。作業再開の目処が立ちましたら、お知らせいたします。

AWS トレーニングと認定`,
  }),

  // ------------------------------------------------------------------ unrelated
  mk(FORM, `${KIMURA.ja} <${KIMURA.keep}>`)({
    slug: 'ja-own-kimura-ids-bcc',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    caseId: K,
    trap: true,
    note: "the user's own reply (Bcc copy to self) giving IDs; no news from support",
    rcpt: KIMURA.keep,
    subject: formSubject(K),
    date: d('2026-02-03 21:30:11'),
    relay: 'smtp.mail.example.jp',
    enc: 'jis7',
    text: `${KIM_IDS}

統合が完了しましたら、バッジについても教えてください。

${gmailJa('2026-02-03 11:26', `${SUPPORT_JA}`)}
> 木村 健一 様
> 統合の作業に入る前に、次の点をお知らせください。`,
  }),
  kimN({
    slug: 'ja-other-exam-refund-receipt',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.kimuraExam,
    trap: true,
    note: 'receipt of a different case about an exam cancellation refund',
    subject: `[CASE ${CASE.kimuraExam}] お問い合わせを受け付けました`,
    date: d('2026-02-10 00:45:12', '+0000'),
    enc: 'jisb64',
    text: `木村 健一 様

以下のお問い合わせを受け付けました。
ケース ID: ${CASE.kimuraExam}
内容: 試験予約のキャンセルと返金について

担当者より24時間以内にご連絡いたします。

Amazon Web Services`,
  }),
  kimN({
    slug: 'ja-other-exam-refund-closed',
    kind: 'unrelated',
    lang: 'ja',
    caseId: CASE.kimuraExam,
    trap: true,
    note: 'the refund case (not the merge) was completed and closed',
    subject: `ケース ${CASE.kimuraExam} はクローズされました`,
    date: d('2026-02-13 06:06:06', '+0000'),
    enc: 'sjis8',
    text: `木村様

試験予約のキャンセルに伴うご返金手続きが完了しました。ご返金は、カード会社により2週間ほどで反映される見込みです。
これにて本ケース(${CASE.kimuraExam})をクローズいたします。

AWS トレーニングと認定`,
  }),
  kimN({
    slug: 'ja-survey-kimura',
    kind: 'unrelated',
    lang: 'ja',
    caseId: K,
    trap: true,
    note: 'satisfaction survey asking whether the issue was resolved',
    subject: 'AWS サポートについてのアンケートにご協力ください',
    date: d('2026-02-25 01:00:00', '+0000'),
    enc: 'utf8qp',
    text: `木村 健一 様

先日のお問い合わせ(ケース ${K})について、1分ほどのアンケートにご協力ください。

問題は解決しましたか?  はい / いいえ
担当者の対応はいかがでしたか?

https://survey.aws.amazon.com/s/3Jx7QkP

Amazon Web Services`,
  }),
  mk(NAKAMURA.src, `中村 美咲 <${NAKAMURA.keep}>`)({
    slug: 'ja-own-nakamura-forward',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    forUser: false,
    caseId: N,
    trap: true,
    note: "the user's own forward of the completion notice to a colleague at her former employer",
    to: `鈴木 一郎 <i-suzuki@sier.example.co.jp>`,
    subject: `Fwd: ${formSubject(N)}`,
    date: d('2026-03-16 17:20:31'),
    relay: 'smtp.example.ne.jp',
    enc: 'utf8b64',
    text: `鈴木さん

お疲れさまです。認定アカウントの件、統合できたそうです。
社内の認定者リストの更新をお願いできますか。まだバッジは移っていないみたいです。

中村

${fwdJa(`${SUPPORT_JA}`, '2026-03-16 15:41', formSubject(N), NAKAMURA.keep, `中村 美咲 様

アカウントの統合が完了しましたので、お知らせいたします。`)}`,
  }),
  mk(NAKAMURA.keep, 'Microsoft via Credly <admin@credly.com>')({
    slug: 'ja-credly-microsoft',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'Credly badge issued by Microsoft, not AWS',
    subject: 'Microsoft のバッジ発行のお知らせ',
    date: d('2026-03-18 07:45:00', '+0000'),
    enc: 'utf8qp',
    wholeSubject: true,
    text: `中村 美咲 さん

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。

バッジを入手する
https://www.credly.com/badges/a9d1e7c2-2f04-4b6a-8c1f-6e3bb0d94a12`,
  }),
  mk(NAKAMURA.keep, 'Credly <admin@credly.com>')({
    slug: 'ja-credly-merge-code',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: "Credly's own account-merge code mail, not the AWS Certification merge",
    subject: 'Credly アカウントの統合を完了してください',
    date: d('2026-03-21 12:30:12', '+0000'),
    enc: 'utf8b64',
    wholeSubject: true,
    text: `Credly アカウントの統合を完了するには、次の確認コードを入力してください。

確認コード: 482917

このコードの有効期限は30分です。心当たりがない場合は、このメールを無視してください。
コードを入力するまで、アカウントは統合されません。

Credly`,
  }),
  mk(FORM, `高橋 亮 <${TAKAHASHI.keep}>`)({
    slug: 'ja-own-takahashi-mobile-ok',
    ctExtra: 'format=flowed; delsp=yes',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    caseId: T,
    trap: true,
    note: "the user's own mobile consent reply, copied to himself",
    cc: TAKAHASHI.keep,
    rcpt: TAKAHASHI.keep,
    subject: formSubject(T),
    date: d('2026-01-23 22:10:05'),
    relay: 'smtp.example.org',
    enc: 'utf8qp',
    text: `石井様

承知しました、その内容で統合をお願いします。同意します。

高橋

iPhoneから送信

${gmailJa('2026-01-23 16:02', SUPPORT_JA)}
> 高橋様
>
> 統合を実行してよろしいでしょうか。`,
  }),
  mk(KIMURA.keep, `鈴木 一郎 <suzuki@oldco.example.co.jp>`)({
    slug: 'ja-ooo-colleague',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    caseId: null,
    trap: false,
    note: "a former colleague's out-of-office auto-reply",
    subject: '自動応答: 認定アカウントの件',
    date: d('2026-02-06 09:00:41'),
    relay: 'mx.oldco.example.co.jp',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    enc: 'jis7',
    text: `お世話になっております。鈴木です。
2月9日(月)まで休暇のため不在にしております。
いただいたメールは、出社後に順次確認いたします。`,
  }),
  mk(OGAWA.keep, 'Pearson VUE <noreply@pearsonvue.com>')({
    slug: 'ja-pearson-booking',
    kind: 'unrelated',
    lang: 'ja',
    trusted: false,
    caseId: null,
    trap: true,
    note: 'exam booking confirmation from the test vendor',
    subject: '試験予約の確認 - AWS Certified Solutions Architect - Professional',
    date: d('2026-04-20 03:00:00', '+0000'),
    enc: 'utf8b64',
    text: `小川 由紀 様

以下の内容で試験の予約が確定しました。

試験: AWS Certified Solutions Architect - Professional
日時: 2026年5月16日 10:00
会場: オンライン (OnVUE)

予約の変更・キャンセルは、試験の24時間前まで可能です。

Pearson VUE`,
  }),
  ogaN({
    slug: 'ja-org-invite-accepted',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: true,
    note: 'AWS Organizations notice that an account joined an organization: another product',
    subject: 'AWS Organizations: アカウントが組織に参加しました',
    date: d('2026-04-09 08:08:08', '+0000'),
    enc: 'jis7',
    text: `AWS Organizations からのお知らせ

アカウント 4410-2298-7731 が、組織 o-7h2kq9xz1b への招待を承諾しました。
今後、このアカウントの請求は管理アカウントに一括で統合されます。

このメールは自動送信されています。`,
  }),
  mk(TAKAHASHI.keep, 'AWS Training and Certification <no-reply@aws.training>')({
    slug: 'ja-exam-result',
    kind: 'unrelated',
    lang: 'ja',
    caseId: null,
    trap: false,
    note: 'exam result notice from the certification portal',
    subject: 'AWS 認定試験の結果が公開されました',
    date: d('2026-03-03 10:10:10', '+0000'),
    enc: 'utf8qp',
    text: `高橋 亮 様

先日ご受験いただいた AWS Certified Data Engineer - Associate の結果が、認定アカウントで確認できるようになりました。

AWS Training and Certification`,
  }),
];
