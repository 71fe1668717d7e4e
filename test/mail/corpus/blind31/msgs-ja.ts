// Set "ad", Japanese messages. Voice: machines and people blurred.
import type { Msg } from './lib.js';
import {
  ASSIST, AUTO, CASES, CREDLY_AWS, ID, M, MEGUMI, NOTIFY, PORTAL, REQ_MEGUMI, REQ_SHIORI, REQ_WATARU, SHIORI, SUP, SUP_BARE, TAKAGI, WATARU,
  form, gmailJa, html, jst, outlookJa, q, ref, sf,
} from './common.js';

const S = `${SHIORI.ja} <${SHIORI.keep}>`;
const W = `${WATARU.ja} <${WATARU.keep}>`;
const G = `${MEGUMI.ja} <${MEGUMI.keep}>`;

const SIG_T = `AWS トレーニングと認定 カスタマーサポート`;
const AI_DISCLAIMER = `※この回答は生成 AI によって自動作成されたものです。内容に誤りが含まれる可能性があります。`;

// earlier support mail reused in quotes
const ASK_SHIORI = `中村様

お問い合わせいただきありがとうございます。
アカウントの統合にあたり、統合元・統合先それぞれの受験者IDとログイン用メールアドレスをお知らせください。

${SIG_T} 大西`;
const CONFIRM_WATARU = `森田様

統合の内容は以下のとおりです。統合後は元に戻すことができません。
よろしければ本メールにご返信ください。
統合元 ${WATARU.srcId} → 統合先 ${WATARU.keepId}`;

export const JA: Msg[] = [
  // ---------------- acknowledgement (8) ----------------
  M({
    slug: 'ja-ack-shiori-receipt', kind: 'acknowledgement', lang: 'ja', caseId: ID.shiori, enc: 'jis7',
    from: SUP, to: S, date: jst('2026-11-09 21:14:03'),
    subject: `[CASE ${ID.shiori}] お問い合わせを承りました`,
    extra: AUTO,
    note: 'automatic receipt of the new case with its ID',
    text: `本メールは送信専用アドレスから自動で配信しています。

中村 詩織 様

AWS トレーニングと認定へのお問い合わせ、誠にありがとうございます。
下記のケース番号でお受けしました。担当者より追ってご連絡いたしますので、今しばらくお待ちください。

ケース番号: ${ID.shiori}
カテゴリ: account-assistance

同じ内容で新しいお問い合わせを作成されますと、回答までにお時間をいただく場合がございます。
追加のご連絡は、このメールへの返信でお願いいたします。

--- 送信内容 ---
${REQ_SHIORI}`,
  }),
  M({
    slug: 'ja-ack-wataru-casecreated', kind: 'acknowledgement', lang: 'ja', caseId: ID.wataru, enc: 'sjis8',
    from: CASES, to: W, date: jst('2026-10-27 08:02:55'),
    subject: `ケースが作成されました: ${ID.wataru}`,
    extra: AUTO,
    note: 'case system notice that the case was opened (status unassigned): the receipt',
    text: `ケース作成通知

ケースID      ${ID.wataru}
件名          AWS認定アカウントの統合について
ステータス    未割り当て
作成日時      2026-10-27 08:02 JST
作成者        ${WATARU.keep}

サポート担当者が割り当てられると、このアドレスに改めて通知が届きます。
ケースの内容はサポートセンターでいつでも確認できます。

このメッセージはシステムにより送信されました。返信はケースに記録されません。`,
  }),
  M({
    slug: 'ja-ack-megumi-kbhint', kind: 'acknowledgement', lang: 'ja', caseId: ID.megumi, enc: 'utf8qp',
    from: SUP, to: G, date: jst('2026-11-14 13:40:19'),
    subject: `受付完了のお知らせ [CASE ${ID.megumi}]`,
    extra: AUTO,
    note: 'receipt of the new case; the appended self-help article does not change the kind',
    text: `小野寺 様

お問い合わせの受付が完了しました。ケース番号は ${ID.megumi} です。
通常、1〜2営業日のうちに担当者からご返信いたします。

お待ちいただく間に、次の記事もご覧ください(自動で選ばれたおすすめ記事です)。
・認定アカウントを統合するには (セルフサービス)
・受験者IDの確認方法

${SIG_T}`,
    html: html(`小野寺 様

お問い合わせの受付が完了しました。ケース番号は ${ID.megumi} です。
通常、1〜2営業日のうちに担当者からご返信いたします。

お待ちいただく間に、次の記事もご覧ください(自動で選ばれたおすすめ記事です)。
・認定アカウントを統合するには (セルフサービス)
・受験者IDの確認方法

${SIG_T}`),
  }),
  M({
    slug: 'ja-ack-shiori-duplicate', kind: 'acknowledgement', lang: 'ja', caseId: ID.shioriDup, enc: 'jisb64',
    from: SUP, to: `${SHIORI.ja} <${SHIORI.src}>`, date: jst('2026-11-10 07:31:40'),
    subject: `[CASE ${ID.shioriDup}] お問い合わせを承りました`,
    extra: AUTO,
    note: 'second automatic receipt, for the duplicate case opened from the old work address',
    text: `中村 詩織 様

このたびはお問い合わせいただきありがとうございます。以下の番号で受け付けております。

  ケース番号 ${ID.shioriDup}

※このメールは自動送信です。ご返信の際は件名のケース番号を変更しないでください。

--- 送信内容 ---
認定アカウントの統合をお願いしたく、再度ご連絡しました(昨晩も送信したかもしれません)。
${SHIORI.keepId} と ${SHIORI.srcId} です。`,
  }),
  M({
    slug: 'ja-ack-forged-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: ID.megumi, enc: 'utf8b64', trusted: false,
    from: 'AWS トレーニングと認定 <support@aws-certification-desk.com>', to: G, date: jst('2026-11-14 14:05:12'),
    subject: `【受付】ケース ${ID.megumi} 本人確認のお願い`,
    note: 'receipt look-alike from a domain outside the trusted list',
    text: `小野寺 恵 様

ケース ${ID.megumi} を受け付けました。
手続きを進めるため、24時間以内に下記ページからサインインしてください。
https://aws-certification-desk.com/verify?c=${ID.megumi}

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-ack-megumi-shape', kind: 'acknowledgement', lang: 'ja', caseId: ID.megumi, enc: 'sjisb64',
    from: NOTIFY, to: G, date: jst('2026-11-14 13:40:22'),
    subject: `AWS サポート: ケース ${ID.megumi}`,
    extra: AUTO,
    note: 'receipt recognisable by its shape: case number, new status, copy of the submission',
    text: `■ケース番号：${ID.megumi}
■状態：新規
■重要度：一般的なご質問
■受付日時：2026/11/14 13:40
■お問い合わせ内容：
${REQ_MEGUMI}

サポートセンターのケース一覧からも同じ内容をご確認いただけます。`,
  }),
  M({
    slug: 'ja-ack-wataru-secondcase', kind: 'acknowledgement', lang: 'ja', caseId: ID.wataru2, enc: 'jis7', auth: 'dkimonly',
    from: SUP, to: W, date: jst('2026-12-01 10:18:47'),
    subject: `[CASE ${ID.wataru2}] お問い合わせありがとうございます`,
    extra: AUTO,
    note: 'automatic receipt of a new case opened later about the badges; dkim-only pass',
    text: `森田 航 様

お問い合わせを受け付けました(ケース番号 ${ID.wataru2})。
内容を確認のうえ、担当より順次ご連絡差し上げます。

--- お問い合わせ内容 ---
先日アカウントを統合していただいたのですが、Credly のバッジが前のアカウントに残ったままです。
以前のケース番号は ${ID.wataru} です。`,
  }),
  M({
    slug: 'ja-ack-resent-oldaddr', kind: 'acknowledgement', lang: 'ja', caseId: ID.shioriDup, enc: 'jis7', forUser: false,
    from: SUP, to: `<${SHIORI.src}>`, date: jst('2026-11-10 07:31:40'),
    resent: { from: 'postmaster@kitaura-denki.example.co.jp', to: 'it-archive@kitaura-denki.example.co.jp', date: jst('2026-11-10 07:32:05') },
    extra: AUTO,
    subject: `[CASE ${ID.shioriDup}] お問い合わせを承りました`,
    note: 'receipt redirected by the old company to its archive (Resent-*): not delivered to the user',
    text: `中村 詩織 様

お問い合わせを受け付けました。ケース番号: ${ID.shioriDup}
担当者からの連絡をお待ちください。

AWS トレーニングと認定`,
  }),

  // ---------------- ai_answer (10) ----------------
  M({
    slug: 'ja-ai-assistant-disclaimer', kind: 'ai_answer', lang: 'ja', trap: true, enc: 'jis7',
    from: ASSIST, to: S, date: jst('2026-11-09 21:09:30'),
    subject: 'AI アシスタントからの回答: 認定アカウントの統合',
    extra: AUTO,
    note: 'AI answer pointing to the self-service tool; describes what happens once merged (trap)',
    text: `中村 様

いただいたご質問への回答です。

認定アカウントが2つある場合、AWS Certification のプロフィール画面にある「アカウントを統合」から、ご自身で統合できることがあります。
統合が終わると、統合元の認定資格と特典(次回受験の割引など)は残す側のアカウントに表示され、Credly のバッジも移行されます。
両方のアカウントに認定の履歴がある場合はツールが使えませんので、その際は「ケースを作成」を選んでください。

${AI_DISCLAIMER}

この回答は役に立ちましたか？  [はい]  [いいえ]`,
  }),
  M({
    slug: 'ja-ai-chat-transcript', kind: 'ai_answer', lang: 'ja', trap: true, enc: 'utf8b64',
    from: ASSIST, to: W, date: jst('2026-10-27 07:58:12'),
    subject: 'チャットの記録 (2026/10/27)',
    extra: AUTO,
    note: 'chatbot transcript mailed afterwards; the bot explains badges and the tool (trap)',
    text: `チャットでのやり取りの記録をお送りします。

[07:51] アシスタント: こんにちは。AWS トレーニングと認定のバーチャルアシスタントです。ご用件をどうぞ。
[07:52] お客様: 認定アカウントが2つあって、ひとつにしたいです
[07:52] アシスタント: 認定ポータルの「Merge Accounts」ツールをお試しください。プロフィール → アカウントの統合 から開けます。
[07:54] お客様: 両方に資格があるのでできないと出ました
[07:55] アシスタント: その場合はサポートによる統合が必要です。なお、統合後に Credly のバッジが自動で移らないときは、残したアカウントのメールアドレスでバッジを受け取り直してください。
[07:56] アシスタント: ほかにお手伝いできることはありますか？
[07:58] お客様: ケースを作ります

このチャットは自動応答によるものです。`,
  }),
  M({
    slug: 'ja-ai-kb-suggestion', kind: 'ai_answer', lang: 'ja', caseId: ID.wataru, enc: 'sjis8',
    from: NOTIFY, to: W, date: jst('2026-10-27 08:10:05'),
    subject: `ケース ${ID.wataru} に関連する記事のご案内`,
    extra: AUTO,
    note: 'automatic knowledge-base suggestion sent while the case waits for an agent',
    text: `森田 様

ケース ${ID.wataru} の内容をもとに、お役に立ちそうな記事を自動で選びました。

  ▼ AWS 認定アカウントを1つにまとめる方法
    認定ポータルにサインインし、プロフィールの「アカウントの統合」から手続きできます。

  ▼ 受験者ID (AWS から始まる番号) の調べ方

記事で解決した場合は、ケースをそのままにしておいてください。解決しなかった場合も、担当者が順番に確認いたします。

この記事は役に立ちましたか？ はい / いいえ`,
  }),
  M({
    slug: 'ja-ai-noreply-prepare-ids', kind: 'ai_answer', lang: 'ja', trap: true, enc: 'jisb64',
    from: ASSIST, to: G, date: jst('2026-11-14 13:31:44'),
    subject: 'ご質問への自動回答',
    extra: AUTO,
    note: 'automated answer that tells the customer what to have ready before opening a case (uses information-request words, trap)',
    text: `小野寺 恵 様

ご質問の内容から、次の手順をおすすめします。

1. 認定ポータルのアカウント統合ツールを使う
2. ツールで統合できない場合は、ケースを作成する

ケースを作成する際は、両方のアカウントの受験者IDと登録メールアドレス、どちらのアカウントを残すかをご用意いただくと、やり取りが少なくて済みます。

この自動回答で解決しましたか？`,
  }),
  M({
    slug: 'ja-ai-html-buttons', kind: 'ai_answer', lang: 'ja', enc: 'utf8qp',
    from: ASSIST, to: S, date: jst('2026-11-09 21:09:41'),
    subject: 'お問い合わせ前のご案内',
    extra: AUTO,
    note: 'HTML-only automated suggestion with helpful/not-helpful buttons',
    html: `<html><body>
<div style="font-family:Meiryo,sans-serif">
<p>中村 様</p>
<p>AIアシスタントがお答えします。</p>
<p>アカウントが2つに分かれている場合は、まず<b>セルフサービスのアカウント統合ツール</b>をお試しください。多くの場合、数分で手続きが終わります。</p>
<p><a href="https://www.aws.training/Certification">認定ポータルを開く</a></p>
<table><tr><td><a href="https://example.aws.training/fb?v=1">役に立った</a></td><td><a href="https://example.aws.training/fb?v=0">役に立たなかった</a></td></tr></table>
<p style="color:#888;font-size:11px">この回答は AI が生成しました。</p>
</div>
</body></html>`,
  }),
  M({
    slug: 'ja-ai-forged-selfservice', kind: 'ai_answer', lang: 'ja', enc: 'jis7', trusted: false, auth: 'none',
    from: 'AWS Training and Certification Assistant <assistant@aws-training-help.com>', to: W, date: jst('2026-10-28 02:44:09'),
    subject: '自動回答: アカウント統合ツールのご案内',
    note: 'automated tool suggestion from a look-alike domain without authentication',
    text: `森田 様

自動回答です。以下のリンクから統合ツールをご利用いただけます。
https://aws-training-help.com/merge-tool

リンクの有効期限は48時間です。`,
  }),
  M({
    slug: 'ja-ai-mixed-disclaimer', kind: 'ai_answer', lang: 'ja', trap: true, enc: 'utf88bit',
    from: ASSIST, to: G, date: jst('2026-11-14 13:32:10'),
    subject: 'Re: 認定アカウントの一本化について',
    extra: AUTO,
    note: 'Japanese AI answer with English AI boilerplate; explains badges after a merge (trap)',
    text: `小野寺様

ご質問ありがとうございます。
統合が完了した後は、認定資格の履歴が残したアカウントにまとまり、Credly のバッジもそちらで確認できるようになります。
大学のメールアドレスが使えなくなっている場合でも、受験者IDがわかれば手続きは可能です。

This answer was generated by an AI assistant and may not be accurate. For account-specific help, choose "Create case".
Was this answer helpful? Yes | No`,
  }),
  M({
    slug: 'ja-ai-case-draft', kind: 'ai_answer', lang: 'ja', caseId: ID.shiori, enc: 'sjisb64',
    from: NOTIFY, to: S, date: jst('2026-11-09 21:20:33'),
    subject: `ケース ${ID.shiori}: AI アシスタントによる回答案`,
    extra: AUTO,
    note: 'an AI-drafted answer mailed while the case waits for a human; case ID only in the body',
    text: `中村 様

ケース ${ID.shiori} について、担当者の回答をお待ちいただく間に、AI アシスタントが回答案を作成しました。

【回答案】
ご利用のアカウントは、認定ポータルのツールで統合できる可能性があります。ツールで「サポートにお問い合わせください」と表示された場合は、このケースで担当者がご案内します。

この回答案で問題が解決した場合は、サポートセンターから「解決済みにする」を押してください。担当者による対応は引き続き行われます。`,
  }),
  M({
    slug: 'ja-ai-chat-status-question', kind: 'ai_answer', lang: 'ja', trap: true, enc: 'jis7',
    from: ASSIST, to: W, date: jst('2026-11-05 19:12:26'),
    subject: 'チャット履歴のお知らせ',
    extra: AUTO,
    note: 'chatbot transcript: customer asks whether the merge is done, bot answers in general terms (trap)',
    text: `森田 航 様

先ほどのチャットの内容をお送りします。

お客様: 統合は完了しましたか？ケース番号わかりません
バーチャルアシスタント: 個別のケースの状況は、この窓口では確認できません。一般的に、同意のご返信から数日で統合が完了し、完了時には担当者からメールでお知らせします。
お客様: わかりました
バーチャルアシスタント: ご利用ありがとうございました。チャットを終了します。

--
自動応答サービス`,
  }),
  M({
    slug: 'ja-ai-humanlike-signed', kind: 'ai_answer', lang: 'ja', trap: true, enc: 'jisb64',
    from: ASSIST, to: S, date: jst('2026-11-09 21:10:02'),
    subject: 'AWS認定アカウントの統合についてのご案内',
    extra: AUTO,
    note: 'reads like a polite human reply but is an AI answer (says so at the end); describes completion in general (trap)',
    text: `中村 詩織 様

お問い合わせいただき、ありがとうございます。
AWS認定アカウントの統合についてご案内いたします。

統合を行うと、統合元アカウントの認定資格、受験履歴、特典が統合先アカウントに移り、統合が完了した旨はメールでお知らせされます。
統合元のアカウントはその後ご利用いただけなくなりますので、残すアカウントはよくご検討ください。

何卒よろしくお願い申し上げます。

※本メールは AI が作成した回答です。担当者による確認は行われていません。`,
  }),

  // ---------------- info_request (8) ----------------
  M({
    slug: 'ja-info-macro-plus-line', kind: 'info_request', lang: 'ja', caseId: ID.shiori, enc: 'jis7',
    from: SUP, to: S, date: jst('2026-11-11 10:02:37'),
    subject: form(ID.shiori),
    note: 'agent pasted the standard list of needed details and added one line of her own',
    text: `中村様

お問い合わせありがとうございます。
アカウントの統合には、以下の情報が必要です。

1. 統合元アカウントの受験者ID・ログインメールアドレス
2. 統合先アカウントの受験者ID・ログインメールアドレス
3. どちらのアカウントを残すか

お手数ですが、上記3点をこのメールへの返信でお送りいただけますか。前回のフォームでは2の受験者IDが読み取れませんでした。

${SIG_T} 大西

${ref('Ab12Cd')}

${sf(S, '2026/11/09 12:14', SUP_BARE, 'AWS Training and Certification Form Submission', REQ_SHIORI)}`,
  }),
  M({
    slug: 'ja-info-no-request-word', kind: 'info_request', lang: 'ja', caseId: ID.wataru, enc: 'sjis8',
    from: SUP, to: W, date: jst('2026-10-28 16:47:20'),
    subject: form(ID.wataru),
    note: 'asks which account survives and the notification addresses without the obvious request word',
    text: `森田様

ご連絡ありがとうございます、担当の岩瀬です。
拝見したところ、残す側のアカウントがどちらか、またそれぞれの認定通知用メールアドレスがわかれば、すぐに手続きに入れる状態です。
前職のアドレスは現在も受信できますでしょうか。

AWS トレーニングと認定 岩瀬

${sf(W, '2026/10/27 08:02', SUP_BARE, 'AWS Training and Certification Form Submission', REQ_WATARU)}`,
  }),
  M({
    slug: 'ja-info-status-pending-customer', kind: 'info_request', lang: 'ja', caseId: ID.megumi, enc: 'utf8b64',
    from: CASES, to: G, date: jst('2026-11-16 09:05:51'),
    subject: `ケース ${ID.megumi} のステータスが「お客様の対応待ち」に変わりました`,
    extra: AUTO,
    note: 'status-change notification that carries the agent\'s question for the old account ID',
    text: `ケース ${ID.megumi} が更新されました。

ステータス: 作業中 → お客様の対応待ち

担当者からのメッセージ:
「統合元(大学のアカウント)の受験者IDを教えていただけますか。メールアドレスだけでは特定できませんでした。」

このメールに返信すると、ケースにメッセージが追加されます。`,
  }),
  M({
    slug: 'ja-info-formstyle-human', kind: 'info_request', lang: 'ja', caseId: ID.shiori, enc: 'jisb64',
    from: SUP, to: S, date: jst('2026-11-12 09:30:00'),
    subject: form(ID.shiori),
    note: 'a human agent writes like a form: blank fields to fill in and return',
    text: `【ご記入のうえ返信してください】

統合先(残す)アカウント
  受験者ID      :
  ログインメール :
統合元(削除)アカウント
  受験者ID      :
  ログインメール :
Skill Builder のメールアドレス(ある場合):

―― 中村様、お手数をおかけします。上の欄を埋めていただければ、こちらで進めます。大西

${gmailJa('2026年11月11日(水) 22:15', `${SHIORI.ja} <${SHIORI.keep}>`, `大西様\n\nご連絡ありがとうございます。IDは以前お送りしたものと同じです。\n中村`)}`,
  }),
  M({
    slug: 'ja-info-confirm-address', kind: 'info_request', lang: 'ja', caseId: ID.wataru, trap: true, enc: 'sjisb64',
    from: SUP, to: W, date: jst('2026-10-29 11:20:14'),
    subject: form(ID.wataru),
    note: '「ご確認のうえお知らせください」 asks for the address to keep: information, not consent (trap)',
    text: `森田 様

早速のご返信ありがとうございます。
統合後にログインでお使いになるメールアドレスは ${WATARU.keep} でよろしいでしょうか。
お手数ですが、ご確認のうえお知らせください。

岩瀬

${sf(W, '2026/10/28 20:03', SUP_BARE, form(ID.wataru), `残すのは今のアカウントです。前職のアドレスはもう受信できません。\n森田`)}`,
  }),
  M({
    slug: 'ja-info-forged-password', kind: 'info_request', lang: 'ja', caseId: ID.shiori, enc: 'jis7', trusted: false, auth: 'forgedBelow',
    from: SUP, to: S, date: jst('2026-11-11 03:12:48'),
    subject: form(ID.shiori),
    note: 'support look-alike whose only dmarc=pass sits below the receiving server\'s Received line',
    text: `中村様

統合手続きのため、両方のアカウントのログインメールアドレスとパスワードをご返信ください。
本日中にご返信がない場合、ケースは取り消されます。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-info-after-ai', kind: 'info_request', lang: 'ja', caseId: ID.megumi, enc: 'utf8qp',
    from: SUP, to: G, date: jst('2026-11-15 15:22:09'),
    subject: form(ID.megumi),
    note: 'agent overrides the AI suggestion and asks for the old address and candidate ID',
    text: `小野寺様

AIの回答ではセルフサービスのツールをご案内していましたが、お客様の場合は両方のアカウントに認定履歴があるため、こちらで統合いたします。
つきましては、大学のアカウントのメールアドレスと受験者IDを返信でお送りください。

AWS トレーニングと認定 カスタマーサポート 真壁

${outlookJa('AWS Training and Certification Assistant <assistant@aws.training>', '2026年11月14日 13:31', MEGUMI.keep, 'ご質問への自動回答', 'セルフサービスのアカウント統合ツールをお試しください。')}`,
  }),
  M({
    slug: 'ja-info-outlook-mixed', kind: 'info_request', lang: 'ja', caseId: ID.wataru2, enc: 'utf88bit',
    from: SUP, to: W, date: jst('2026-12-02 14:11:36'),
    subject: form(ID.wataru2),
    note: 'asks for the Credly e-mail address before the badges can be moved; English case footer',
    text: `森田様

バッジの件、承知しました。
Credly でお使いのメールアドレスが認定アカウントのものと異なる場合、移行先を特定できません。Credly にログインしているアドレスを教えていただけますか。

--
Amazon Web Services Training and Certification
Please do not change the subject line when replying.
${ref('Wm73Qa')}

${outlookJa(W, '2026年12月1日 10:18', SUP_BARE, `[CASE ${ID.wataru2}] お問い合わせありがとうございます`, 'Credly のバッジが前のアカウントに残ったままです。')}`,
  }),

  // ---------------- confirmation_request (8) ----------------
  M({
    slug: 'ja-conf-standard', kind: 'confirmation_request', lang: 'ja', caseId: ID.wataru, enc: 'jis7',
    from: SUP, to: W, date: jst('2026-10-30 09:41:02'),
    subject: form(ID.wataru),
    note: 'asks the customer to consent by reply; warns the merge cannot be undone',
    text: CONFIRM_WATARU + `

アカウント統合後は、統合元のアカウントにはログインできなくなります。
上記の内容で問題がないか、ご同意の旨をご返信いただけますと幸いです。

AWS トレーニングと認定 岩瀬`,
  }),
  M({
    slug: 'ja-conf-systemlike-human', kind: 'confirmation_request', lang: 'ja', caseId: ID.shiori, enc: 'sjis8', crlf: false,
    from: SUP, to: S, date: jst('2026-11-13 17:05:44'),
    subject: form(ID.shiori),
    note: 'human agent writes like a system template: consent block with reply keyword',
    text: `■確認事項■
統合元: ${SHIORI.srcId} (${SHIORI.src})
統合先: ${SHIORI.keepId} (${SHIORI.keep})
※この操作は取り消しできません。

問題なければ「同意します」とだけご返信ください。

大西(AWS トレーニングと認定)`,
  }),
  M({
    slug: 'ja-conf-en-macro-ja-line', kind: 'confirmation_request', lang: 'ja', caseId: ID.megumi, enc: 'utf8b64',
    from: SUP, to: G, date: jst('2026-11-17 11:48:15'),
    subject: form(ID.megumi),
    note: 'English macro about irreversibility pasted, plus the agent\'s Japanese line asking for consent',
    text: `小野寺様

下記の英語の案内のとおり、統合は取り消しができません。内容にご同意いただけるか、返信でお知らせください。

Please note: merging certification accounts is permanent. Account ${MEGUMI.srcId} will be merged into ${MEGUMI.keepId} and can no longer be used to sign in.

真壁`,
  }),
  M({
    slug: 'ja-conf-quoted-ai', kind: 'confirmation_request', lang: 'ja', caseId: ID.wataru, enc: 'jisb64',
    from: SUP, to: W, date: jst('2026-10-30 10:05:12'),
    subject: form(ID.wataru),
    note: 'consent request above a quoted AI suggestion; the quote does not count',
    text: `森田様

ご確認いただいたアドレスで進めてよいか、最終のご意思をお聞かせください。この統合は元に戻せないため、ご返信をもって実施いたします。

岩瀬

${gmailJa('2026年10月27日(火) 7:58', 'AWS Training and Certification Assistant <assistant@aws.training>', '認定ポータルの「Merge Accounts」ツールをお試しください。')}`,
  }),
  M({
    slug: 'ja-conf-forged-authserv', kind: 'confirmation_request', lang: 'ja', caseId: ID.megumi, enc: 'utf8qp', trusted: false, auth: 'lookalikeServer',
    from: SUP, to: G, date: jst('2026-11-17 04:20:55'),
    subject: form(ID.megumi),
    note: 'consent request whose top Authentication-Results is from a look-alike authserv-id',
    text: `小野寺様

統合の最終確認です。下記リンクから「同意する」を押してください。押さない場合、統合は行われません。
https://aws-merge-consent.example.net/c/${ID.megumi}`,
  }),
  M({
    slug: 'ja-conf-badges-warning', kind: 'confirmation_request', lang: 'ja', caseId: ID.shiori, enc: 'sjisb64',
    from: SUP, to: S, date: jst('2026-11-13 17:20:02'),
    subject: form(ID.shiori),
    note: 'consent request that also warns badges may not follow automatically',
    text: `中村様

補足です。統合後、Credly のバッジは自動では移らない場合があります。
この点もご了承いただいたうえで、統合にご同意いただけますでしょうか。ご返信をいただき次第、手続きに進みます。

大西`,
  }),
  M({
    slug: 'ja-conf-after-ids', kind: 'confirmation_request', lang: 'ja', caseId: ID.megumi, enc: 'jis7',
    from: SUP, to: G, date: jst('2026-11-17 10:30:41'),
    subject: form(ID.megumi),
    note: 'restates that the IDs were verified, then asks for consent to the irreversible merge',
    text: `小野寺 恵 様

受験者IDのご提供ありがとうございます。両方のアカウントを確認できました。
最終確認として、${MEGUMI.srcId} を ${MEGUMI.keepId} へ統合してよろしいか、ご返信にてお知らせください。統合の取り消しはできませんのでご注意ください。

真壁

${gmailJa('2026年11月16日(月) 21:02', G, `真壁様\n\n大学のアカウントの受験者IDは ${MEGUMI.srcId} です。\nよろしくお願いいたします。`)}`,
  }),
  M({
    slug: 'ja-conf-short-multipart', kind: 'confirmation_request', lang: 'ja', caseId: ID.wataru, enc: 'utf8qp',
    from: SUP, to: W, date: jst('2026-10-30 09:58:33'),
    subject: form(ID.wataru),
    note: 'short multipart consent request: reply yes in the same thread; irreversible',
    text: `森田様
先ほどの件、同意いただけるようでしたら、この件名のまま「はい」とご返信ください。統合は取り消せません。
(新しいケースを作成される必要はございません)
岩瀬`,
    html: html(`森田様
先ほどの件、同意いただけるようでしたら、この件名のまま「はい」とご返信ください。統合は取り消せません。
(新しいケースを作成される必要はございません)
岩瀬`),
  }),

  // ---------------- merge_completed (8) ----------------
  M({
    slug: 'ja-merge-standard', kind: 'merge_completed', lang: 'ja', caseId: ID.wataru, enc: 'jis7',
    from: SUP, to: W, date: jst('2026-11-02 13:15:27'),
    subject: form(ID.wataru),
    note: 'support says the merge has been done',
    text: `森田様

お待たせいたしました。
アカウントの統合作業が完了いたしました。今後は ${WATARU.keep} でサインインのうえ、認定資格をご確認ください。

岩瀬

${sf(W, '2026/10/30 12:40', SUP_BARE, form(ID.wataru), '同意します。よろしくお願いします。')}`,
  }),
  M({
    slug: 'ja-merge-portal-notice', kind: 'merge_completed', lang: 'ja', enc: 'utf8b64',
    from: PORTAL, to: S, date: jst('2026-11-16 02:10:05'),
    subject: 'AWS Certification: アカウントが統合されました',
    extra: AUTO,
    note: 'certification portal\'s own merged notice, no case ID',
    text: `中村 詩織 様

お客様の AWS Certification アカウントは統合されました。
統合されたアカウント: ${SHIORI.srcId}
現在のアカウント: ${SHIORI.keepId}

認定資格と特典は現在のアカウントに表示されます。`,
    html: html(`中村 詩織 様

お客様の AWS Certification アカウントは統合されました。
統合されたアカウント: ${SHIORI.srcId}
現在のアカウント: ${SHIORI.keepId}

認定資格と特典は現在のアカウントに表示されます。`),
  }),
  M({
    slug: 'ja-merge-boilerplate-oneline', kind: 'merge_completed', lang: 'ja', caseId: ID.megumi, enc: 'sjis8',
    from: SUP, to: G, date: jst('2026-11-19 18:02:49'),
    subject: form(ID.megumi),
    note: 'FAQ boilerplate pasted by the agent; her one added line is the event (merge done today)',
    text: `小野寺様

〈よくあるご質問〉
Q. 統合後、受験履歴はどうなりますか
A. 統合先のアカウントでまとめて表示されます。
Q. 割引バウチャーは引き継がれますか
A. 有効期限内のものは引き継がれます。

なお、ご依頼の統合は本日対応済みです。

真壁`,
  }),
  M({
    slug: 'ja-merge-systemlike-human', kind: 'merge_completed', lang: 'ja', caseId: ID.shiori, enc: 'jisb64',
    from: SUP, to: S, date: jst('2026-11-16 01:55:10'),
    subject: form(ID.shiori),
    note: 'human report written like a batch job result: merge processed',
    text: `処理結果: 完了
処理内容: 受験者ID ${SHIORI.srcId} → ${SHIORI.keepId} へ統合
処理日: 2026/11/15

中村様、以上のとおり対応いたしました。大西`,
  }),
  M({
    slug: 'ja-merge-and-close', kind: 'merge_completed', lang: 'ja', caseId: ID.megumi, enc: 'sjisb64',
    from: SUP, to: G, date: jst('2026-11-19 18:30:00'),
    subject: form(ID.megumi),
    note: 'merge done and the case will now be closed: the new fact is the merge',
    text: `小野寺 恵 様

${MEGUMI.srcId} を ${MEGUMI.keepId} に統合いたしました。
これをもちまして、本ケースはクローズとさせていただきます。

AWS トレーニングと認定 カスタマーサポート`,
  }),
  M({
    slug: 'ja-merge-please-check', kind: 'merge_completed', lang: 'ja', caseId: ID.shiori, enc: 'jis7',
    from: SUP, to: S, date: jst('2026-11-16 09:12:38'),
    subject: form(ID.shiori),
    note: 'completion notice asking the customer to look everything over: still the completion',
    text: `中村様

統合が終わりました。お手数ですが、認定資格・特典がすべて表示されているか、一度ご確認ください。
不足があればこのメールにご返信ください。

大西

${gmailJa('2026年11月13日(金) 19:41', S, '同意します。')}`,
  }),
  M({
    slug: 'ja-merge-forged-failthen', kind: 'merge_completed', lang: 'ja', caseId: ID.wataru, enc: 'utf8qp', trusted: false, auth: 'failThenForged',
    from: SUP, to: W, date: jst('2026-11-01 05:33:20'),
    subject: form(ID.wataru),
    note: 'completion claim whose top verdict is dmarc=fail (a pass is planted lower)',
    text: `森田様

アカウントの統合が完了しました。統合後の確認のため、以下から再度サインインしてください。
https://aws-certification-verify.example.org/login`,
  }),
  M({
    slug: 'ja-merge-case-updated', kind: 'merge_completed', lang: 'ja', caseId: ID.wataru, enc: 'utf88bit',
    from: CASES, to: W, date: jst('2026-11-02 13:16:02'),
    subject: `ケース ${ID.wataru} が更新されました`,
    extra: AUTO,
    note: 'generic case-updated notification whose included agent comment says the merge is done',
    text: `ケース ${ID.wataru} に新しいコメントが追加されました。

コメント (岩瀬):
統合作業が終わりまた。前職のアカウント ${WATARU.srcId} の認定は、現在のアカウントでご覧いただけます。

ステータス: 作業中`,
  }),

  // ---------------- badges_transferred (7) ----------------
  M({
    slug: 'ja-badge-credly-aws', kind: 'badges_transferred', lang: 'ja', enc: 'utf8b64',
    from: CREDLY_AWS, to: W, date: jst('2026-12-03 06:44:12'),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'AWS badge issued via Credly to the kept address after the merge',
    text: `森田 航 さん

Amazon Web Services Training and Certification から、AWS Certified Solutions Architect - Associate のバッジが発行されました。

バッジを入手する
https://www.credly.com/earner/earned/badge/7c1e0a52

Credly`,
    html: html(`森田 航 さん

Amazon Web Services Training and Certification から、AWS Certified Solutions Architect - Associate のバッジが発行されました。`, '\n<p><a href="https://www.credly.com/earner/earned/badge/7c1e0a52">バッジを入手する</a></p>'),
  }),
  M({
    slug: 'ja-badge-support-close', kind: 'badges_transferred', lang: 'ja', caseId: ID.wataru2, enc: 'jis7',
    from: SUP, to: W, date: jst('2026-12-03 10:01:30'),
    subject: form(ID.wataru2),
    note: 'support says the Credly badges now sit on the kept account',
    text: `森田様

Credly のバッジ3件を、${WATARU.keep} のアカウントへ付け替えました。Credly 側で受け取り済みになっているかご確認ください。
問題なければ、特にご返信いただかなくても大丈夫です。

岩瀬`,
  }),
  M({
    slug: 'ja-badge-macro-oneline', kind: 'badges_transferred', lang: 'ja', caseId: ID.shiori, enc: 'sjis8',
    from: SUP, to: S, date: jst('2026-11-18 11:26:54'),
    subject: form(ID.shiori),
    note: 'Credly how-to macro plus the agent\'s line that the badges have moved',
    text: `中村様

〈Credly バッジについて〉
バッジは認定通知用のメールアドレス宛てに発行されます。Credly にログインし、プロフィールから受け取り状況をご確認いただけます。

バッジの移行もこちらで済ませてあります。

大西`,
  }),
  M({
    slug: 'ja-badge-reportstyle', kind: 'badges_transferred', lang: 'ja', caseId: ID.megumi, enc: 'jisb64',
    from: SUP, to: G, date: jst('2026-11-21 16:40:19'),
    subject: form(ID.megumi),
    note: 'human report in log style: Credly badge move done (3 badges)',
    text: `[対応報告]
Credly バッジ移行: 完了 (3件)
移行先: ${MEGUMI.keep}

小野寺様、ご確認をお願いします。真壁`,
  }),
  M({
    slug: 'ja-badge-forged-credly', kind: 'badges_transferred', lang: 'ja', enc: 'utf8qp', trusted: false,
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-badges.net>', to: S, date: jst('2026-11-17 23:50:01'),
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    note: 'Credly look-alike domain announcing moved AWS badges',
    text: `中村 詩織 さん

統合先アカウントにバッジが移行されました。下のボタンから受け取ってください。

バッジを入手する
https://credly-badges.net/accept`,
  }),
  M({
    slug: 'ja-badge-long-thread', kind: 'badges_transferred', lang: 'ja', caseId: ID.megumi, enc: 'utf8b64',
    from: SUP, to: G, date: jst('2026-11-21 09:15:22'),
    subject: form(ID.megumi),
    note: 'top-posted note that the badges were re-issued to the kept account, above a long quoted thread',
    text: `小野寺様

お待たせしました。Credly のバッジを統合後のアカウントで再発行しました。メールが届いているはずです。

真壁

${gmailJa('2026年11月20日(金) 8:03', G, `真壁様\n\n統合ありがとうございました。資格は表示されましたが、Credly のバッジが大学のアドレスのままです。\n\n${gmailJa('2026年11月19日(木) 18:02', `AWS Training and Certification <${SUP_BARE}>`, 'なお、ご依頼の統合は本日対応済みです。\n真壁')}`)}`,
  }),
  M({
    slug: 'ja-badge-mixed-boiler', kind: 'badges_transferred', lang: 'ja', caseId: ID.shiori, enc: 'sjisb64',
    from: SUP, to: S, date: jst('2026-11-18 11:40:03'),
    subject: form(ID.shiori),
    note: 'Japanese note that the badges are on the kept account, with English Credly boilerplate',
    text: `中村様

Credly のバッジは ${SHIORI.keep} 側に表示されるようになりました。

Badges are issued by Amazon Web Services Training and Certification via Credly. Sign in to Credly with the address above to manage them.

大西`,
  }),

  // ---------------- case_closed (8) ----------------
  M({
    slug: 'ja-closed-status-resolved', kind: 'case_closed', lang: 'ja', caseId: ID.wataru, enc: 'utf8qp',
    from: CASES, to: W, date: jst('2026-11-05 09:00:12'),
    subject: `ケース ${ID.wataru} のステータス変更: 解決済み`,
    extra: AUTO,
    note: 'status-change notification: the case is now resolved',
    text: `ケース ${ID.wataru} のステータスが変更されました。

  変更前: お客様の対応待ち
  変更後: 解決済み

解決済みのケースは14日間まで再開できます。`,
  }),
  M({
    slug: 'ja-closed-autoclose-reminder', kind: 'case_closed', lang: 'ja', caseId: ID.shiori, enc: 'jis7',
    from: SUP, to: S, date: jst('2026-11-20 09:00:00'),
    subject: form(ID.shiori),
    extra: AUTO,
    note: 'reminder that the case will close by itself without a reply',
    text: `中村様

本ケースについて、その後いかがでしょうか。
3日以内にご返信がない場合、このケースは自動的にクローズされます。引き続きサポートが必要な場合は、このメールにご返信ください。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-closed-restates-merge', kind: 'case_closed', lang: 'ja', caseId: ID.wataru, trap: true, enc: 'sjis8',
    from: SUP, to: W, date: jst('2026-11-09 10:22:40'),
    subject: form(ID.wataru),
    note: 'closing that only restates last week\'s merge (trap)',
    text: `森田様

先週アカウントの統合が完了しておりますので、本ケースはクローズとさせていただきます。
また何かございましたら、新しいお問い合わせをお送りください。

岩瀬`,
  }),
  M({
    slug: 'ja-closed-systemlike-human', kind: 'case_closed', lang: 'ja', caseId: ID.megumi, enc: 'jisb64',
    from: SUP, to: G, date: jst('2026-11-28 17:45:06'),
    subject: form(ID.megumi),
    note: 'human agent closes in a log-like format',
    text: `ステータス: クローズ
理由: お客様よりバッジ確認済みとのご連絡をいただいたため

小野寺様、ご協力ありがとうございました。真壁`,
  }),
  M({
    slug: 'ja-closed-duplicate-case', kind: 'case_closed', lang: 'ja', caseId: ID.shioriDup, trap: true, enc: 'jisb64',
    from: SUP, to: `${SHIORI.ja} <${SHIORI.src}>`, date: jst('2026-11-10 11:03:18'),
    subject: form(ID.shioriDup),
    note: 'the duplicate case is closed and folded into the first case: not the account merge (trap)',
    text: `中村様

同じ内容のケースが2件作成されていたため、本ケース(${ID.shioriDup})はクローズし、ケース ${ID.shiori} に統合いたしました。
以降のやり取りは ${ID.shiori} でお願いいたします。

大西`,
  }),
  M({
    slug: 'ja-closed-forged-none', kind: 'case_closed', lang: 'ja', caseId: ID.megumi, enc: 'utf8b64', trusted: false, auth: 'none',
    from: SUP, to: G, date: jst('2026-11-18 03:03:03'),
    subject: form(ID.megumi),
    note: 'closing notice with no Authentication-Results at all',
    text: `小野寺様

本ケースはクローズされました。再開するには以下からログインしてください。
https://support-aws-case.example.com/reopen`,
  }),
  M({
    slug: 'ja-closed-with-survey', kind: 'case_closed', lang: 'ja', caseId: ID.shiori, enc: 'sjisb64',
    from: SUP, to: S, date: jst('2026-11-24 09:05:30'),
    subject: form(ID.shiori),
    extra: AUTO,
    note: 'case resolved notice with a survey link appended: the closing is the news',
    text: `中村様

ご返信がございませんでしたので、本ケースを解決済みといたしました。

今回の対応についてアンケートにご協力ください(約1分)。
https://survey.example-aws.com/s/${ID.shiori}

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-closed-final-noreply', kind: 'case_closed', lang: 'ja', caseId: ID.wataru2, enc: 'utf88bit',
    from: SUP, to: W, date: jst('2026-12-10 09:00:41'),
    subject: form(ID.wataru2),
    extra: AUTO,
    note: 'final notice: case ended because no reply came',
    text: `森田 様

一定期間ご返信が確認できなかったため、本ケースを終了いたしました。
同じ件でお困りの場合は、このメールに返信すると再開できます。`,
  }),

  // ---------------- support_reply (11) ----------------
  M({
    slug: 'ja-sr-thanks-confirming', kind: 'support_reply', lang: 'ja', caseId: ID.shiori, trap: true, enc: 'jis7',
    from: SUP, to: S, date: jst('2026-11-14 10:12:25'),
    subject: form(ID.shiori),
    note: 'thanks for the consent, handed to the team; the merge is still ahead (trap)',
    text: `中村様

ご同意いただきありがとうございます。担当チームに引き継ぎました。
統合完了までしばらくお待ちください。完了しましたら改めてご連絡いたします。

大西

${gmailJa('2026年11月13日(金) 19:41', S, '同意します。\n中村')}`,
  }),
  M({
    slug: 'ja-sr-agent-assigned', kind: 'support_reply', lang: 'ja', caseId: ID.wataru, enc: 'utf8b64',
    from: CASES, to: W, date: jst('2026-10-28 09:30:00'),
    subject: `ケース ${ID.wataru}: 担当者が割り当てられました`,
    extra: AUTO,
    note: 'automatic notice that an agent took the case: a status update',
    text: `ケース ${ID.wataru} に担当者が割り当てられました。

担当者: 岩瀬
ステータス: 未割り当て → 作業中

担当者からの連絡をお待ちください。`,
  }),
  M({
    slug: 'ja-sr-not-yet', kind: 'support_reply', lang: 'ja', caseId: ID.megumi, trap: true, enc: 'sjis8',
    from: SUP, to: G, date: jst('2026-11-18 15:40:11'),
    subject: form(ID.megumi),
    note: 'the merge has not been completed yet (negated; trap)',
    text: `小野寺様

ご連絡が遅くなり申し訳ございません。
システム側の不具合により、統合はまだ完了しておりません。復旧しだい対応いたしますので、もうしばらくお待ちいただけますでしょうか。

真壁`,
  }),
  M({
    slug: 'ja-sr-once-done', kind: 'support_reply', lang: 'ja', caseId: ID.wataru, trap: true, enc: 'jisb64',
    from: SUP, to: W, date: jst('2026-10-31 14:09:48'),
    subject: form(ID.wataru),
    note: 'conditional: 「統合が完了しましたら」 改めて連絡 (trap)',
    text: `森田様

ご返信ありがとうございます、内容確認いたしました。
統合が完了しましたら、改めてご連絡いたします。バッジについても、その際にあわせてご案内します。

岩瀬`,
  }),
  M({
    slug: 'ja-sr-escalated', kind: 'support_reply', lang: 'ja', caseId: ID.megumi, enc: 'utf8qp',
    from: SUP, to: G, date: jst('2026-11-16 17:02:33'),
    subject: form(ID.megumi),
    note: 'escalation to a specialist team',
    text: `小野寺様

大学のアカウントに複数の受験記録があるため、専門チームに確認を依頼しました。
回答がありしだいお知らせします。

真壁`,
  }),
  M({
    slug: 'ja-sr-reopened', kind: 'support_reply', lang: 'ja', caseId: ID.wataru, trap: true, enc: 'jis7',
    from: CASES, to: W, date: jst('2026-11-06 20:14:55'),
    subject: `ケース ${ID.wataru} が再開されました`,
    extra: AUTO,
    note: 'case reopened by the customer\'s reply; uses the closing words (trap)',
    text: `お客様のご返信により、解決済みのケース ${ID.wataru} が再開されました。

ステータス: 解決済み → 作業中

担当者が内容を確認します。`,
  }),
  M({
    slug: 'ja-sr-write-from-kept', kind: 'support_reply', lang: 'ja', caseId: ID.shioriDup, enc: 'jis7',
    from: SUP, to: `${SHIORI.ja} <${SHIORI.src}>`, date: jst('2026-11-10 10:44:17'),
    subject: form(ID.shioriDup),
    note: 'asks to write from the address being kept, without asking for data',
    text: `中村様

恐れ入りますが、今後のご連絡は、統合後に残すアカウントのメールアドレスからお送りください。
ご本人確認のため、会社のアドレスからのご返信では手続きを進められません。

大西`,
  }),
  M({
    slug: 'ja-sr-ai-pasted-correction', kind: 'support_reply', lang: 'ja', caseId: ID.wataru, enc: 'sjisb64',
    from: SUP, to: W, date: jst('2026-10-28 11:05:09'),
    subject: form(ID.wataru),
    note: 'agent pasted the AI text and added one line correcting it: a human status reply',
    text: `森田様

> 認定ポータルの「Merge Accounts」ツールをお試しください。プロフィール → アカウントの統合 から開けます。

自動回答では上記のようにご案内していましたが、お客様の場合はツールでは統合できません。担当者にて対応いたします。

岩瀬`,
  }),
  M({
    slug: 'ja-sr-cases-merged', kind: 'support_reply', lang: 'ja', caseId: ID.megumi, trap: true, enc: 'sjisb64',
    from: SUP, to: G, date: jst('2026-11-15 10:30:00'),
    subject: form(ID.megumi),
    note: 'duplicate support cases merged into one: not the account merge (trap)',
    text: `小野寺様

重複してお送りいただいたお問い合わせは、こちらのケースにまとめました。
内容は拝見しておりますので、引き続きこのケースでご連絡ください。

真壁`,
  }),
  M({
    slug: 'ja-sr-forged-freemail', kind: 'support_reply', lang: 'ja', caseId: ID.shiori, enc: 'utf8b64', trusted: false,
    from: 'AWS トレーニングと認定 <aws.training.support.jp@freemail.example.com>', to: S, date: jst('2026-11-12 22:10:40'),
    subject: form(ID.shiori),
    note: 'trusted display name on a free-mail address',
    text: `中村様

担当が変わりました。今後は本アドレスあてにご連絡ください。

AWS トレーニングと認定`,
  }),
  M({
    slug: 'ja-sr-badges-pending', kind: 'support_reply', lang: 'ja', caseId: ID.shiori, trap: true, enc: 'utf88bit',
    from: SUP, to: S, date: jst('2026-11-17 12:20:48'),
    subject: form(ID.shiori),
    note: 'badges not moved yet, expected in about a day (trap)',
    text: `中村様

バッジについては、統合後24時間ほどで Credly に反映される見込みです。現時点ではまだ移行は完了しておりません。
明日以降もお手元で確認できない場合は、お知らせください。

大西`,
  }),

  // ---------------- unrelated (10) ----------------
  M({
    slug: 'ja-un-survey', kind: 'unrelated', lang: 'ja', caseId: ID.wataru, trap: true, enc: 'utf8qp',
    from: 'AWS Support Survey <survey-noreply@amazon.com>', to: W, date: jst('2026-11-06 08:00:00'),
    subject: 'ご対応はいかがでしたか？',
    extra: AUTO,
    note: 'satisfaction survey after the case was resolved (trap)',
    text: `森田 様

先日のお問い合わせ(ケース ${ID.wataru})は解決しましたか？
担当者の対応について、5段階でご評価ください。

 1  2  3  4  5

いただいたご意見はサービス改善に活用いたします。`,
  }),
  M({
    slug: 'ja-un-ai-feedback', kind: 'unrelated', lang: 'ja', enc: 'jis7',
    from: ASSIST, to: S, date: jst('2026-11-10 12:00:00'),
    subject: 'AI アシスタントの回答へのご意見をお聞かせください',
    extra: AUTO,
    note: 'feedback survey about an earlier AI answer',
    text: `中村 様

先日 AI アシスタントがお答えした内容について、簡単なアンケートにご協力ください。

・回答はわかりやすかったですか
・問題は解決しましたか

所要時間は1分ほどです。`,
  }),
  M({
    slug: 'ja-un-credly-university', kind: 'unrelated', lang: 'ja', trap: true, enc: 'utf8b64',
    from: '青嵐大学 via Credly <admin@credly.com>', to: G, date: jst('2026-11-20 12:31:05'),
    subject: '青嵐大学のバッジ発行のお知らせ',
    note: 'Credly badge from another issuer (a university) (trap)',
    text: `小野寺 恵 さん

青嵐大学 から「データサイエンス修了証」のバッジが発行されました。

バッジを入手する
https://www.credly.com/earner/earned/badge/1b9f33de`,
  }),
  M({
    slug: 'ja-un-credly-mergecode', kind: 'unrelated', lang: 'ja', trap: true, enc: 'utf8qp',
    from: 'Credly <admin@credly.com>', to: G, date: jst('2026-11-22 20:02:44'),
    subject: 'Credly アカウントの統合を完了してください',
    note: 'Credly\'s own account-merge code mail (trap)',
    text: `小野寺 さん

Credly のアカウント統合がリクエストされました。次のコードを入力して統合を完了してください。

確認コード: 448 913

心当たりがない場合は、このメールを無視してください。`,
  }),
  M({
    slug: 'ja-un-own-consent', kind: 'unrelated', lang: 'ja', caseId: ID.shiori, trap: true, enc: 'jis7', trusted: false,
    from: S, to: `AWS Training and Certification <${SUP_BARE}>`, cc: S, date: jst('2026-11-13 19:41:20'),
    subject: form(ID.shiori),
    note: 'the user\'s own consent reply copied to herself (trap)',
    text: `大西様

お世話になっております。中村です。
ご案内の内容で統合に同意します。よろしくお願いいたします。

${gmailJa('2026年11月13日(金) 17:05', `AWS Training and Certification <${SUP_BARE}>`, `■確認事項■\n統合元: ${SHIORI.srcId}\n統合先: ${SHIORI.keepId}\n※この操作は取り消しできません。`)}`,
  }),
  M({
    slug: 'ja-un-forward-colleague', kind: 'unrelated', lang: 'ja', caseId: ID.wataru, trap: true, enc: 'jis7', trusted: false, forUser: false,
    from: W, to: TAKAGI, date: jst('2026-11-02 18:20:11'), deliveredTo: null,
    subject: `Fwd: ${form(ID.wataru)}`,
    note: 'the user forwards the completion mail to a colleague: his own mail, not to him (trap)',
    text: `高木さん

統合完了したとのことです。共有まで。

---------- Forwarded message ---------
From: AWS Training and Certification <${SUP_BARE}>
Date: 2026年11月2日(月) 13:15
Subject: ${form(ID.wataru)}
To: ${W}

森田様

アカウントの統合作業が完了いたしました。`,
  }),
  M({
    slug: 'ja-un-ooo-oldcompany', kind: 'unrelated', lang: 'ja', caseId: ID.shioriDup, trap: true, enc: 'sjis8', trusted: false,
    from: TAKAGI, to: `${SHIORI.ja} <${SHIORI.src}>`, date: jst('2026-11-10 11:03:40'),
    subject: `自動応答: ${form(ID.shioriDup)}`,
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    note: 'out-of-office auto-reply from a colleague at the old company (trap)',
    text: `ただいま出張中のため、11月14日まで不在にしております。
中村さんのアカウント統合の件は、戻りしだい確認します。
お急ぎの場合は情報システム部までご連絡ください。

高木`,
  }),
  M({
    slug: 'ja-un-organizations', kind: 'unrelated', lang: 'ja', trap: true, enc: 'utf8qp',
    from: NOTIFY, to: W, date: jst('2026-11-04 15:31:09'),
    subject: 'AWS Organizations: 招待が承諾されました',
    extra: AUTO,
    note: 'AWS Organizations notice: an AWS account joined an organization (consolidated billing), not a certification merge (trap)',
    text: `こんにちは

AWS アカウント 318844029175 が組織への招待を承諾しました。
このアカウントの利用料金は、今後は管理アカウントの一括請求に統合されます。

Amazon Web Services`,
  }),
  M({
    slug: 'ja-un-exam-result', kind: 'unrelated', lang: 'ja', trap: true, enc: 'jisb64',
    from: 'AWS Certification <certification-noreply@certmetrics.aws.training>', to: S, date: jst('2026-12-04 07:20:18'),
    subject: 'AWS 認定試験の結果のお知らせ',
    extra: AUTO,
    note: 'exam result mail that mentions the badge to come (trap)',
    text: `中村 詩織 様

AWS Certified Developer - Associate に合格されました。おめでとうございます。
デジタルバッジは数日以内に Credly からメールで届きます。
受験者ID: ${SHIORI.keepId}`,
  }),
  M({
    slug: 'ja-un-ai-marketing', kind: 'unrelated', lang: 'ja', enc: 'jisb64',
    from: 'AWS ジャパン <aws-jp-marketing@marketing.aws.amazon.com>', to: G, date: jst('2026-11-25 12:00:00'),
    subject: '生成 AI でお問い合わせ対応を自動化するウェビナーのご案内',
    note: 'marketing mail about AI assistants for customer service',
    text: `小野寺 様

生成 AI を使ったお問い合わせ対応の自動化をテーマに、オンラインセミナーを開催します。
日時: 12月10日(木) 15:00〜16:00
参加費: 無料

配信停止をご希望の方はこちら`,
  }),
];
