// Japanese messages of the bc set: mail that follows, summarises or carries a phone call or a chat.
import type { Msg } from './lib.js';
import { AYA, C, CHATLOG, CREDLY_AWS, FORM, FORM_BARE, KENTA, NOREPLY, SHO, SUPPORT_CENTER, TC_NOREPLY, YUI, chat, htmlDoc, mk, outlookJa, paras, quote, sfRef, sfSep, subj, to } from './common.js';

const tK = to(KENTA.ja, KENTA.keep);
const tY = to(YUI.ja, YUI.keep);
const tS = to(SHO.ja, SHO.keep);
const tA = to(AYA.ja, AYA.keep);

const kentaAsk = `AWS認定のアカウントが2つあるので1つにまとめたいです。
残す方: ${KENTA.keep} (${KENTA.keepId})
まとめる方: ${KENTA.src} (${KENTA.srcId})
伊藤`;

const yuiAsk = `お世話になります。森と申します。
前職で作った認定アカウント(${YUI.src})の資格を、個人アドレス ${YUI.keep} のほうへ寄せていただけないでしょうか。
電話でも少しお話ししましたが、念のためメールでもお送りします。`;

const ayaAsk = `ご担当者様
チャットで案内いただいた通り、フォームからも依頼いたします。
統合先 ${AYA.keepId} / ${AYA.keep}
統合元 ${AYA.srcId} / ${AYA.src}
高橋 彩`;

// ---------------------------------------------------------------- acknowledgement
const ack: Msg[] = [
  mk({
    slug: 'ja-ack-phone-receipt', kind: 'acknowledgement', lang: 'ja', enc: 'jis7', at: '2026-11-09 10:41:07',
    from: NOREPLY, to: tK, caseId: C.kenta,
    subject: `[CASE ${C.kenta}] お問い合わせを承りました`,
    text: `伊藤 健太 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
先ほどお電話でお伺いした内容をもとに、以下のとおりケースを起票いたしました。

ケース ID: ${C.kenta}
カテゴリ: 認定 / アカウントの統合
受付日時: 2026/11/09 10:40 (JST)

担当者より、通常 24 時間以内にこちらのアドレス宛てにご連絡を差し上げます。
同じご用件で別のケースを作成されますと、確認に時間がかかる場合がございますのでご注意ください。

※本メールは送信専用アドレスから自動で送信されています。`,
    note: 'automatic receipt of a case opened from a phone call; case ID in subject and body',
  }),
  mk({
    slug: 'ja-ack-chat-created', kind: 'acknowledgement', lang: 'ja', enc: 'sjis8', at: '2026-11-12 21:18:44',
    from: NOREPLY, to: tA, caseId: C.aya, trap: true,
    subject: 'チャットの内容からケースを作成しました',
    text: `高橋 彩 様

本日のチャットでのお問い合わせ内容から、サポートケースを作成しました。
ケース番号は ${C.aya} です。担当部署からのご連絡をお待ちください。

--- チャット記録 (テキスト) ---
${chat('ja-bracket', [
  ['21:02', 'お客様', '認定のアカウントを一つにしたいです。バッジも移してもらえますか'],
  ['21:03', 'サポート 吉田', 'アカウントの統合は専門の部署で承っております。このあとケースを作成しますので、部署から統合の確認メールが届きます'],
  ['21:05', 'お客様', 'わかりました。お願いします'],
  ['21:06', 'サポート 吉田', 'ケースを作成しました。チャットは以上で終了となります'],
])}
--- 記録ここまで ---

AWS Training and Certification`,
    note: 'receipt of a case created from a chat; the transcript only says a confirmation mail will come (agent future) and the customer asks about badges',
  }),
  mk({
    slug: 'ja-ack-callback-request', kind: 'acknowledgement', lang: 'ja', enc: 'jisb64', at: '2026-11-17 08:02:51',
    from: NOREPLY, to: tY, caseId: C.yui,
    subject: 'コールバックのご依頼を受け付けました (ケース ' + C.yui + ')',
    text: `森 結衣 様

折り返しのお電話のご依頼を受け付けました。
ご依頼内容: AWS 認定アカウントの統合について
ケース ID  ${C.yui}
ご希望の時間帯: 平日 13:00-17:00

担当者の手が空き次第、ご登録の電話番号へおかけします。
お電話がつながらなかった場合は、このケースにメールでご連絡いたします。

アマゾン ウェブ サービス ジャパン合同会社`,
    note: 'receipt of a callback request that opened a case; receipt shape with case ID',
  }),
  mk({
    slug: 'ja-ack-support-center-qp', kind: 'acknowledgement', lang: 'ja', enc: 'utf8qp', at: '2026-11-20 14:27:03',
    from: SUPPORT_CENTER, to: tS, caseId: C.sho,
    subject: 'AWS サポート: 新しいケースが開かれました',
    text: `中村 翔 様

ご連絡ありがとうございます。お問い合わせは次の番号で登録されました:
  ${C.sho}

件名: 認定アカウントの統合(電話で相談済み)
重要度: 一般的なガイダンス

ケースの状況は AWS サポートセンターでいつでもご確認いただけます。
返信の際は件名を変更しないでください。`,
    note: 'support center receipt; case ID only in the body',
  }),
  mk({
    slug: 'ja-ack-forged-lookalike', kind: 'acknowledgement', lang: 'ja', enc: 'utf8b64', at: '2026-11-21 03:14:09',
    from: 'AWS トレーニングと認定 <support@aws-training-desk.jp>', to: tK, caseId: '17912035588', trusted: false, auth: 'pass',
    subject: `[CASE ${C.kenta}] お問い合わせ受付のお知らせ`,
    text: `伊藤様

お電話でのお問い合わせを受け付けました。ケース番号 ${C.kenta}。
本人確認のため、48時間以内に下記ページからサインインしてください。
https://aws-training-desk.jp/verify?case=${C.kenta}

AWS トレーニングと認定 サポート窓口`,
    note: 'receipt-shaped mail from a look-alike domain (aws-training-desk.jp), not a trusted sender',
  }),
  mk({
    slug: 'ja-ack-html-table', kind: 'acknowledgement', lang: 'ja', enc: 'utf8b64', at: '2026-11-24 19:55:30',
    from: NOREPLY, to: tS, caseId: '177460193377',
    subject: 'お問い合わせありがとうございます',
    html: htmlDoc(`<p>中村 翔 様</p>
<p>チャット終了後にいただいたお問い合わせを受け付けました。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th align="left">ケース ID</th><td>177460193377</td></tr>
<tr><th align="left">お問い合わせの種類</th><td>AWS トレーニングと認定</td></tr>
<tr><th align="left">内容</th><td>アカウントの統合</td></tr>
</table>
<p>担当より追ってご連絡いたします。今しばらくお待ちください。</p>
<p style="color:#888">このメールには返信できません。</p>`, 'ja'),
    note: 'HTML-only receipt in a table, case ID only in the body',
  }),
  mk({
    slug: 'ja-ack-forgedbelow', kind: 'acknowledgement', lang: 'ja', enc: 'jis7', at: '2026-11-26 11:09:45',
    from: NOREPLY, to: tA, caseId: C.ayaDup, trusted: false, auth: 'forgedBelow',
    subject: `ケース ${C.ayaDup} を受け付けました`,
    text: `高橋 様

お問い合わせを受け付けました (ケース ${C.ayaDup})。
お電話でいただいたご依頼は担当チームへ回付済みです。順番にご連絡いたします。

AWS Training and Certification`,
    note: 'receipt whose only dmarc=pass sits below the receiving server Received line',
  }),
  mk({
    slug: 'ja-ack-mixed-boiler', kind: 'acknowledgement', lang: 'ja', enc: 'utf8qp', at: '2026-12-01 07:30:12',
    from: TC_NOREPLY, to: tY, caseId: '1793308290',
    subject: 'We received your request / お問い合わせを受け付けました',
    text: `森 様

このたびはお問い合わせいただきありがとうございます。
ご依頼番号: 1793308290
内容を確認のうえ、担当からメールでご連絡いたします(目安 1 営業日)。
電話でのお問い合わせを同時にいただいている場合も、回答はこのメールアドレスにお送りします。

---
Thank you for contacting AWS Training and Certification. This is an automated message.`,
    note: 'Japanese receipt with English boilerplate, request number only in the body',
  }),
];

// ---------------------------------------------------------------- ai_answer
const ai: Msg[] = [
  mk({
    slug: 'ja-ai-generated', kind: 'ai_answer', lang: 'ja', enc: 'jis7', at: '2026-11-08 22:41:19',
    from: NOREPLY, to: tK,
    subject: 'AI が生成した回答: 認定アカウントの統合について',
    text: `この回答は生成 AI によって作成されました。内容に誤りが含まれる場合があります。

AWS 認定アカウントが複数ある場合は、AWS 認定アカウントにサインインし、
[プロフィール] > [アカウントの統合] から、ご自身で統合を行える場合があります。
両方のアカウントに受験履歴があるときは、このツールはご利用いただけません。

解決しない場合は、この画面の [ケースを作成] から担当者へお問い合わせください。
電話・チャットでのお問い合わせも承っています。`,
    note: 'generated answer pointing to the self-service tool before any case exists',
  }),
  mk({
    slug: 'ja-ai-bot-transcript', kind: 'ai_answer', lang: 'ja', enc: 'sjis8', at: '2026-11-11 12:03:33',
    from: CHATLOG, to: tY,
    subject: 'チャットの記録 (自動応答アシスタント)',
    text: `森 結衣 様

自動応答アシスタントとの会話の記録をお送りします。

${chat('ja-block', [
  ['12:00', 'アシスタント(自動)', 'こんにちは。AWS トレーニングと認定のバーチャルアシスタントです。ご用件をどうぞ。'],
  ['12:01', 'お客様', '資格のアカウントが二つあります'],
  ['12:01', 'アシスタント(自動)', '認定アカウントのプロフィール画面にある「アカウントの統合」をお試しください。統合先のアカウントでサインインし、もう一方のアカウントの認証情報を入力します。'],
  ['12:02', 'お客様', 'やってみます'],
])}

この会話は自動応答によるものです。担当者への引き継ぎは行われていません。`,
    note: 'mailed transcript of a bot chat that suggests the self-service merge tool',
  }),
  mk({
    slug: 'ja-ai-suggest-with-case', kind: 'ai_answer', lang: 'ja', enc: 'jisb64', at: '2026-11-13 09:12:40',
    from: NOREPLY, to: tS, caseId: C.sho,
    subject: `[CASE ${C.sho}] 参考になりそうな情報`,
    text: `中村 様

担当者がお返事するまでの間に、以下の自動ご案内がお役に立つかもしれません。

・同じ人物の認定アカウントが複数ある場合、認定アカウントの「Merge Accounts」ツールで
  ご自身でまとめられることがあります。
・会社のアドレスで受験された方は、退職前にログイン用メールを個人アドレスに変更しておくと便利です。

この案内で解決した場合は、ケースをそのままにしていただいて問題ありません。
(このメッセージは自動で作成されています)`,
    note: 'automated suggestions mailed on an open case while waiting for an agent',
  }),
  mk({
    slug: 'ja-ai-after-merge-explained', kind: 'ai_answer', lang: 'ja', enc: 'utf8qp', at: '2026-11-15 18:47:02',
    from: NOREPLY, to: tA, trap: true,
    subject: 'AI アシスタントからの回答',
    text: `高橋 様

ご質問「統合したらバッジや割引はどうなりますか」への AI アシスタントの回答です。

統合が完了すると、統合元の認定資格と特典(次回の受験の 50% 割引バウチャーなど)は統合先アカウントに表示されます。
Credly のデジタルバッジは自動で移されないことがあるため、統合後に統合先のメールアドレスでバッジを受け取り直してください。
ご自身で統合できない場合は、サポートケースを作成してください。

※AI が生成した回答です。重要な判断の前に公式ドキュメントをご確認ください。`,
    note: 'AI answer that explains what happens after a merge (badges, vouchers); still ai_answer',
  }),
  mk({
    slug: 'ja-ai-failthenforged', kind: 'ai_answer', lang: 'ja', enc: 'jis7', at: '2026-11-18 23:58:10',
    from: NOREPLY, to: tK, trusted: false, auth: 'failThenForged',
    subject: '自動回答: アカウント統合の方法',
    text: `お問い合わせありがとうございます。自動回答です。

認定アカウントの統合は、プロフィールの「アカウントの統合」から行えます。
うまくいかない場合はチャットで担当者におつなぎします。`,
    note: 'automated answer whose top verdict is dmarc=fail; a planted pass lower down',
  }),
  mk({
    slug: 'ja-ai-assistant-sjisb64', kind: 'ai_answer', lang: 'ja', enc: 'sjisb64', at: '2026-11-22 16:20:55',
    from: TC_NOREPLY, to: tY,
    subject: 'ご質問への回答(AI によるご案内)',
    text: `森様

お問い合わせフォームに入力いただいた内容に、AI が回答を作成しました。

> 会社と個人で二重に登録してしまった

まず、統合したいほうのアカウントでサインインし、プロフィールの「アカウントの統合」を開いてください。
画面の案内に沿ってもう一方のアカウントを指定すると、数分で反映されることがあります。
この方法で解決できなかった場合は、下のボタンからケースを作成し、担当者にお問い合わせください。

[ケースを作成]   [解決しました]`,
    note: 'AI-generated reply to the contact form text, Shift_JIS base64',
  }),
  mk({
    slug: 'ja-ai-html-only', kind: 'ai_answer', lang: 'ja', enc: 'utf8b64', at: '2026-11-27 20:05:44',
    from: NOREPLY, to: tS,
    subject: 'Amazon Web Services: AI 生成の回答',
    html: htmlDoc(`<div style="border-left:4px solid #ff9900;padding-left:8px">
<p><b>AI で生成された回答</b></p>
<p>重複した認定アカウントは、AWS 認定アカウントの [アカウントの統合] 機能でまとめられる場合があります。</p>
<ol><li>残したいアカウントでサインイン</li><li>プロフィール &gt; アカウントの統合</li><li>もう一方のアカウントのメールアドレスとパスワードを入力</li></ol>
<p>両方に試験の履歴がある場合は統合できません。その際はチャットまたはケースで担当者にご相談ください。</p>
</div>`, 'ja'),
    note: 'HTML-only AI-generated answer with tool steps',
  }),
];

// ---------------------------------------------------------------- info_request
const info: Msg[] = [
  mk({
    slug: 'ja-info-after-call', kind: 'info_request', lang: 'ja', enc: 'jis7', at: '2026-11-10 15:22:18', tz: '+0000',
    to: tK, caseId: C.kenta,
    subject: subj(C.kenta),
    text: `伊藤 健太 様

先ほどのお電話でお伝えしたとおり、統合の手続きに入る前に、次の項目をこのメールへのご返信でお知らせください。

1. 両方のアカウントの候補者 ID (AWS から始まる番号)
2. 各アカウントのログイン用メールアドレス
3. 残すアカウントがどちらか
4. 各アカウントで取得済みの認定名と合格日

お電話口では個人情報を控えられないため、お手数ですが文面でお願いいたします。

AWS トレーニングと認定 カスタマーサポート
担当 小池

${sfRef('1kNtA')}`,
    note: 'after a phone call, asks for candidate IDs, addresses, the account to keep and pass dates',
  }),
  mk({
    slug: 'ja-info-chat-noverify', kind: 'info_request', lang: 'ja', enc: 'sjis8', at: '2026-11-12 05:40:31', tz: '+0000',
    to: tA, caseId: C.aya,
    subject: subj(C.aya),
    text: `高橋 様

昨晩はチャットでご連絡いただきありがとうございました。
チャットではご本人様の確認が取れないため、続きはこちらのケースで進めさせていただきます。

お手数ですが、統合元・統合先それぞれのアカウントに登録されているメールアドレスと、
お手元の候補者 ID を本メールにご返信ください。

よろしくお願いいたします。
Training & Certification Support / 石田`,
    note: 'after a chat, asks by mail for both addresses and candidate IDs',
  }),
  mk({
    slug: 'ja-info-gokakunin-trap', kind: 'info_request', lang: 'ja', enc: 'jisb64', at: '2026-11-14 02:11:09', tz: '+0000',
    to: tY, caseId: C.yui, trap: true,
    subject: subj(C.yui),
    text: `森 結衣 様

お電話ではありがとうございました。
統合後にお使いになるメールアドレスについて、${YUI.keep} と ${YUI.src} のどちらを残されるか、
ご確認のうえお知らせください。
あわせて、旧アカウントの候補者 ID がお分かりでしたらご記載ください。

カスタマーサポート 河野`,
    note: 'asks which address to keep with 「ご確認のうえお知らせください」: a request for information, not consent',
  }),
  mk({
    slug: 'ja-info-implicit', kind: 'info_request', lang: 'ja', enc: 'jisb64', at: '2026-11-16 09:03:27', tz: '+0000',
    to: tS, caseId: C.sho,
    subject: subj(C.sho),
    text: `中村様

ご依頼の件、いただいたフォームの内容を拝見しました。
統合先として残されるアカウントの候補者 ID が、フォーム上では空欄になっておりました、
また旧アカウント側の登録アドレス(${SHO.src})でサインインできる状態かどうかも、こちらでは判断がつきません。

上記二点、追記いただけましたら手続きを進めてまいります。
ご返信をお待ちしております。

AWS T&C サポート 藤原`,
    note: 'asks for the missing candidate ID and login state without using a request word',
  }),
  mk({
    slug: 'ja-info-write-from-keep', kind: 'info_request', lang: 'ja', enc: 'utf8b64', at: '2026-11-19 06:55:42', tz: '+0000',
    to: to(KENTA.ja, KENTA.src), caseId: C.kenta,
    subject: subj(C.kenta),
    text: `伊藤 様

お問い合わせありがとうございます。
お電話でもご案内しましたが、統合のご依頼は残すアカウントのメールアドレスからお送りいただく必要がございます。
お手数ですが ${KENTA.keep} から本ケース番号 (${C.kenta}) を件名に入れてご返信いただき、
その際に両アカウントの候補者 ID もご記入ください。

AWS トレーニングと認定`,
    note: 'write from the kept address AND send both candidate IDs: info_request',
  }),
  mk({
    slug: 'ja-info-outlook-quote', kind: 'info_request', lang: 'ja', enc: 'utf8qp', at: '2026-11-21 10:31:15', tz: '+0000',
    to: tA, caseId: C.aya,
    subject: subj(C.aya),
    text: `高橋 様

ご返信ありがとうございます。確認を進めておりますが、旧アカウントに
「AWS Certified Developer - Associate」の記録が2件あるように見えます。
それぞれの合格日(または受験日)を教えていただけますか。

よろしくお願いいたします。
石田

${outlookJa(`${AYA.ja} <${AYA.keep}>`, '2026年11月20日 22:04', FORM_BARE, subj(C.aya), `石田様

ご連絡ありがとうございます。先日チャットでお伝えした内容と同じですが、再送します。
${ayaAsk}`)}`,
    note: 'top-posted reply over an Outlook 差出人/送信日時 block, asks for pass dates',
  }),
  mk({
    slug: 'ja-info-callback-missed', kind: 'info_request', lang: 'ja', enc: 'jis7', at: '2026-11-23 05:17:36', tz: '+0000',
    to: tY, caseId: C.yui,
    subject: subj(C.yui),
    text: `森様

本日14時ごろ、ご依頼いただいたコールバックのお電話を差し上げましたが、おつなぎできませんでした。
お電話でお伺いする予定だった点をメールでお尋ねします。

・統合元アカウントのメールアドレス
・統合元アカウントの候補者 ID

こちらをいただければ、折り返しのお電話なしでも手続きを進められます。

AWS トレーニングと認定 河野`,
    note: 'callback failed; asks by mail for the source address and candidate ID',
  }),
  mk({
    slug: 'ja-info-phish', kind: 'info_request', lang: 'ja', enc: 'sjis8', at: '2026-11-25 01:02:03',
    from: 'AWS認定サポート <help@amazon-certification-center.jp>', to: tS, caseId: C.sho, trusted: false, auth: 'none',
    subject: `【重要】ケース${C.sho} 追加情報のご提出のお願い`,
    text: `中村 翔 様

お電話ありがとうございました。統合を進めるため、両アカウントのパスワードと
生年月日を本メールにご返信ください。本日中にご返信がない場合、手続きは中止となります。

AWS認定サポートセンター`,
    note: 'information request from a look-alike domain with no authentication results',
  }),
  mk({
    slug: 'ja-info-transcript-tail', kind: 'info_request', lang: 'ja', enc: 'utf8qp', at: '2026-11-28 13:44:20',
    from: CHATLOG, to: tK, caseId: C.kenta,
    subject: `チャットのやり取り (ケース ${C.kenta})`,
    text: `伊藤 健太 様

本日のチャットの内容をお送りします。最後にご案内した件のご返信をお待ちしております。

${chat('ja-bracket', [
  ['13:30', '伊藤', '電話で統合をお願いしたのですが、その後どうなっていますか'],
  ['13:31', '担当 小池', 'ケースを拝見しました。旧アカウントの候補者 ID がまだ届いていないため、手続きが止まっております'],
  ['13:33', '伊藤', '手元に控えがないので探します'],
  ['13:34', '担当 小池', '恐れ入りますが、見つかりましたらこのメールにご返信いただく形で、旧アカウントの候補者 ID をお送りください'],
])}

AWS Training and Certification`,
    note: 'mailed chat transcript whose last lines ask for the old candidate ID by reply',
  }),
];

// ---------------------------------------------------------------- confirmation_request
const conf: Msg[] = [
  mk({
    slug: 'ja-conf-as-on-phone', kind: 'confirmation_request', lang: 'ja', enc: 'jis7', at: '2026-11-11 07:20:48', tz: '+0000',
    to: tK, caseId: C.kenta,
    subject: subj(C.kenta),
    text: `伊藤 健太 様

先ほどお電話でご説明したとおり、アカウントの統合は実施後に元へ戻すことができません。

統合元: ${KENTA.srcId} (${KENTA.src})
統合先: ${KENTA.keepId} (${KENTA.keep})

この内容で進めてよろしければ、本メールに「同意します」とだけご返信ください。
ご返信を受け取り次第、手続きを開始いたします。

カスタマーサポート 小池`,
    note: 'asks for written consent after the call; the merge cannot be undone',
  }),
  mk({
    slug: 'ja-conf-transcript', kind: 'confirmation_request', lang: 'ja', enc: 'sjis8', at: '2026-11-14 11:26:02',
    from: CHATLOG, to: tA, caseId: C.aya,
    subject: `[CASE ${C.aya}] チャットの記録と最終確認のお願い`,
    text: `高橋 彩 様

チャットでのやり取りを以下に記録します。最後の確認事項へのご返信をお願いいたします。

${chat('ja-block', [
  ['11:10', '石田(サポート)', '候補者 ID 2件とも確認が取れました。統合先は ' + AYA.keepId + ' でよろしいですね。'],
  ['11:11', '高橋', 'はい、そちらでお願いします'],
  ['11:12', '石田(サポート)', '統合後は元に戻すことができません。チャット上ではご同意を記録できないため、このあと送る記録メールへのご返信でご了承のお返事をお願いします。'],
])}

--
上記の統合(${AYA.srcId} → ${AYA.keepId})にご了承いただける場合は、このメールに「了承します」とご返信ください。`,
    note: 'chat transcript mailed with a closing consent request to reply to',
  }),
  mk({
    slug: 'ja-conf-list', kind: 'confirmation_request', lang: 'ja', enc: 'jisb64', at: '2026-11-17 03:39:14', tz: '+0000',
    to: tY, caseId: C.yui,
    subject: subj(C.yui),
    text: `森 結衣 様

いただいた情報で、以下のとおり統合の準備が整いました。

  統合元: ${YUI.srcId} / ${YUI.src}
    - AWS Certified Cloud Practitioner
  統合先: ${YUI.keepId} / ${YUI.keep}
    - AWS Certified Solutions Architect - Associate

一度統合すると取り消しはできません、上記にて相違なければ、
統合を実施してよい旨をご返信いただけますでしょうか。

河野`,
    note: 'lists the accounts and asks for permission to proceed; cannot be undone',
  }),
  mk({
    slug: 'ja-conf-qp-quote', kind: 'confirmation_request', lang: 'ja', enc: 'utf8qp', at: '2026-11-19 08:08:08', tz: '+0000',
    to: tS, caseId: C.sho,
    subject: subj(C.sho),
    text: `中村 様

候補者 ID のご連絡ありがとうございました。

最後に一点だけ。統合は不可逆の処理となり、実施後に二つのアカウントへ分け直すことはできません。
ご納得いただけましたら、「統合に同意します」とご返信ください。

藤原

${sfSep(`${SHO.ja} <${SHO.keep}>`, '2026-11-18 23:51', FORM_BARE, subj(C.sho), `藤原様\n統合先の ID は ${SHO.keepId} です。よろしくお願いします。`)}`,
    note: 'consent request over a Salesforce-style quote',
  }),
  mk({
    slug: 'ja-conf-otheronly', kind: 'confirmation_request', lang: 'ja', enc: 'jis7', at: '2026-11-20 06:33:50', tz: '+0000',
    to: tK, caseId: C.kenta, trusted: false, auth: 'otherOnly',
    subject: subj(C.kenta),
    text: `伊藤様

統合を実施してよろしいかどうか、このメールにご返信ください。
統合後は元に戻せませんのでご注意ください。

AWS トレーニングと認定`,
    note: 'consent request whose only authentication result comes from another server',
  }),
  mk({
    slug: 'ja-conf-multipart', kind: 'confirmation_request', lang: 'ja', enc: 'utf8qp', at: '2026-11-23 02:45:12', tz: '+0000',
    to: tA, caseId: C.ayaDup,
    subject: subj(C.ayaDup),
    text: `高橋 彩 様

お電話ではご丁寧にありがとうございました。

お話ししたとおり、統合元 ${AYA.srcId} の資格情報を統合先 ${AYA.keepId} へ移します。
この操作は取り消しができません。

進めてよろしければ、お手数ですがその旨をこのメールへの返信でお知らせください。

松田`,
    html: htmlDoc(paras(`高橋 彩 様

お電話ではご丁寧にありがとうございました。

お話ししたとおり、統合元 ${AYA.srcId} の資格情報を統合先 ${AYA.keepId} へ移します。
この操作は取り消しができません。

進めてよろしければ、お手数ですがその旨をこのメールへの返信でお知らせください。

松田`), 'ja'),
    note: 'multipart consent request after a phone call, on the second case ID',
  }),
  mk({
    slug: 'ja-conf-mixed-lang', kind: 'confirmation_request', lang: 'ja', enc: 'utf8b64', at: '2026-11-26 04:12:37', tz: '+0000',
    to: tY, caseId: C.yui,
    subject: subj(C.yui),
    text: `森様

Hello, this is Dana from AWS Training and Certification.
以下、日本語でご案内いたします。

チャットで伺った内容の確認がとれました。統合を行うと元に戻すことはできませんが、
このまま ${YUI.keep} のアカウントへ統合してもよろしいでしょうか。
「はい」とご返信いただければ、担当チームに手続きを依頼いたします。

Best regards,
Dana`,
    note: 'mixed-language consent request, Japanese new text with an English greeting',
  }),
  mk({
    slug: 'ja-conf-shonin', kind: 'confirmation_request', lang: 'ja', enc: 'sjisb64', at: '2026-11-29 09:58:21', tz: '+0000',
    to: tS, caseId: C.sho,
    subject: `Re: [CASE ${C.sho}] 最終確認`,
    text: `中村 翔 様

いつもお世話になっております。
先日のお電話の続きとなります、統合の実施前に、ご承諾のお返事を文面で頂戴しております。

・対象: ${SHO.srcId} → ${SHO.keepId}
・注意: 統合後の取り消し不可

ご承諾いただける場合は、本メールに「承諾」とご返信ください。

AWS トレーニングと認定 サポート 藤原`,
    note: 'asks for written approval (承諾) before merging, Shift_JIS base64',
  }),
  mk({
    slug: 'ja-conf-with-future', kind: 'confirmation_request', lang: 'ja', enc: 'jis7', at: '2026-12-02 05:05:05', tz: '+0000',
    to: tK, caseId: C.kenta, trap: true,
    subject: subj(C.kenta),
    text: `伊藤 様

チャットでのご相談内容、確認いたしました。

統合が完了しましたら、バッジの移行についても改めてご案内いたします。
ただし統合は一度行うと戻せないため、実施前にご本人の同意をいただいております。
${KENTA.srcId} を ${KENTA.keepId} にまとめることに同意いただける場合は、その旨ご返信ください。

小池`,
    note: 'consent request that also mentions completion and badges only as future events',
  }),
];

// ---------------------------------------------------------------- merge_completed
const merged: Msg[] = [
  mk({
    slug: 'ja-merged-plain', kind: 'merge_completed', lang: 'ja', enc: 'jis7', at: '2026-11-12 01:18:40', tz: '+0000',
    to: tK, caseId: C.kenta,
    subject: subj(C.kenta),
    text: `伊藤 健太 様

お待たせいたしました。
ご同意いただいた内容で、${KENTA.srcId} の認定資格を ${KENTA.keepId} へ統合する作業が終わりました。
今後は ${KENTA.keep} でサインインしてご利用ください。

小池`,
    note: 'support says the merge work is finished',
  }),
  mk({
    slug: 'ja-merged-phone-request', kind: 'merge_completed', lang: 'ja', enc: 'sjis8', at: '2026-11-15 06:27:19', tz: '+0000',
    to: tY, caseId: C.yui,
    subject: subj(C.yui),
    text: `森 結衣 様

お電話でご依頼いただいたアカウント統合の件、本日対応を完了しました。
サインイン後、認定資格とバウチャーが表示されているかご確認いただき、
不足があればこのケースにご返信ください。

河野`,
    note: 'completion of a phone-requested merge with a please-check line',
  }),
  mk({
    slug: 'ja-merged-portal', kind: 'merge_completed', lang: 'ja', enc: 'utf8b64', at: '2026-11-18 17:02:36',
    from: 'AWS Certification <no-reply@certification.aws.training>', to: tS,
    subject: 'AWS 認定: アカウントの統合が完了しました',
    text: `中村 翔 様

AWS 認定アカウント ${SHO.keepId} に、別のアカウントの記録が統合されました。
認定資格の履歴、有効期限、特典は、アカウントのダッシュボードでご覧いただけます。

お心当たりのない場合は、AWS トレーニングと認定のサポートまでご連絡ください。

AWS Certification`,
    note: "certification portal's own merged notice, no case ID",
  }),
  mk({
    slug: 'ja-merged-and-closing', kind: 'merge_completed', lang: 'ja', enc: 'sjisb64', at: '2026-11-20 02:40:09', tz: '+0000',
    to: tA, caseId: C.aya,
    subject: subj(C.aya),
    text: `高橋 彩 様

ご返信ありがとうございました。
統合元 ${AYA.srcId} を統合先 ${AYA.keepId} に統合いたしました。
本件はこれをもってクローズとさせていただきます。

ほかにご不明な点がございましたら、新しいケースでお問い合わせください。
石田`,
    note: 'completion that also says the case will be closed: merge is the new fact',
  }),
  mk({
    slug: 'ja-merged-live-chat', kind: 'merge_completed', lang: 'ja', enc: 'utf8qp', at: '2026-11-22 15:49:58',
    from: CHATLOG, to: tK, caseId: C.kenta,
    subject: `チャットの記録 (ケース ${C.kenta})`,
    text: `伊藤 様

本日のチャットの記録をお送りします。

${chat('ja-bracket', [
  ['15:31', '伊藤', 'メールで同意の返信をしたのですが'],
  ['15:32', '担当 浅野', '確認できました。このまま対応いたしますので少々お待ちください'],
  ['15:44', '担当 浅野', 'ただいま統合処理が完了しました。' + KENTA.keepId + ' に旧アカウントの資格が表示されているか、画面を更新してご確認ください'],
  ['15:46', '伊藤', '出てきました。ありがとうございます'],
])}`,
    note: 'mailed transcript whose last agent lines say the merge was just completed',
  }),
  mk({
    slug: 'ja-merged-dmarcfail', kind: 'merge_completed', lang: 'ja', enc: 'jis7', at: '2026-11-24 04:00:17', tz: '+0000',
    to: tY, caseId: C.yui, trusted: false, auth: 'fail',
    subject: subj(C.yui),
    text: `森 様

アカウントの統合が完了いたしました。ご確認ください。

AWS トレーニングと認定`,
    note: 'completion notice with dmarc=fail',
  }),
  mk({
    slug: 'ja-merged-restated-date', kind: 'merge_completed', lang: 'ja', enc: 'utf8qp', at: '2026-11-26 08:14:44', tz: '+0000',
    to: tS, caseId: C.sho,
    subject: subj(C.sho),
    text: `中村 翔 様

11月25日(水)にお電話でご同意いただいた件ですが、
${SHO.srcId} の受験履歴と認定資格はすべて ${SHO.keepId} 側へ移り、統合は完了しております。
旧アドレス(${SHO.src})ではサインインできなくなっていますのでご注意ください。

藤原

${quote(`2026年11月25日(水) 18:02 ${SHO.ja} <${SHO.keep}>:\n同意します。よろしくお願いします。`)}`,
    note: 'completion notice that restates the phone consent; the merge is the new fact',
  }),
  mk({
    slug: 'ja-merged-resent', kind: 'merge_completed', lang: 'ja', enc: 'jisb64', at: '2026-11-28 03:30:00', tz: '+0000',
    to: to(AYA.ja, AYA.src), caseId: C.aya, forUser: false,
    resent: { from: 'postmaster@biz.example.co.jp', to: 'it-archive@biz.example.co.jp', date: 'Sat, 28 Nov 2026 12:31:10 +0900' },
    subject: subj(C.aya),
    text: `高橋 様

統合の処理が完了しました。以降は ${AYA.keep} でご利用ください。

石田`,
    note: 'completion notice redirected by the old company server (Resent-*), so not delivered to the user',
  }),
];

// ---------------------------------------------------------------- badges_transferred
const badges: Msg[] = [
  mk({
    slug: 'ja-badge-credly-issued', kind: 'badges_transferred', lang: 'ja', enc: 'utf8b64', at: '2026-11-13 10:02:11',
    from: CREDLY_AWS, to: tK,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `伊藤 健太 様

Amazon Web Services Training and Certification から「AWS Certified Developer - Associate」のバッジが発行されました。

バッジを入手する
https://www.credly.com/earner/earned/badge/4c1f7d0e-2b7a-4f52-9a6e-0b1d77e3a2c1

バッジを受け取ると、プロフィールで共有できるようになります。

Credly`,
    html: htmlDoc(`<p>伊藤 健太 様</p>
<p>Amazon Web Services Training and Certification から「AWS Certified Developer - Associate」のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/4c1f7d0e-2b7a-4f52-9a6e-0b1d77e3a2c1" style="background:#ff6b00;color:#fff;padding:8px 16px">バッジを入手する</a></p>
<p>Credly</p>`, 'ja'),
    note: 'AWS badge issued via Credly to the kept address after the merge',
  }),
  mk({
    slug: 'ja-badge-support-moved', kind: 'badges_transferred', lang: 'ja', enc: 'jis7', at: '2026-11-16 05:55:29', tz: '+0000',
    to: tY, caseId: C.yui,
    subject: subj(C.yui),
    text: `森 結衣 様

お電話でご指摘いただいた Credly のバッジの件、統合先アカウント(${YUI.keep})への付け替えが完了しました。
Credly から届くメールでバッジを受け取っていただければ、プロフィールに表示されます。

河野`,
    note: 'support says the badges were moved to the kept account',
  }),
  mk({
    slug: 'ja-badge-moved-and-close', kind: 'badges_transferred', lang: 'ja', enc: 'jisb64', at: '2026-11-19 02:20:50', tz: '+0000',
    to: tS, caseId: C.sho,
    subject: subj(C.sho),
    text: `中村 様

ご連絡いただいた SAA のバッジも、統合先 ${SHO.keepId} に移しました。
あわせて本ケースはクローズいたします、またお困りのことがあればお気軽にどうぞ。

藤原`,
    note: 'badges moved and the case closes: badges_transferred',
  }),
  mk({
    slug: 'ja-badge-credly-sjis', kind: 'badges_transferred', lang: 'ja', enc: 'utf8qp', at: '2026-11-21 22:40:05',
    from: CREDLY_AWS, to: tA,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `高橋 彩 さん

おめでとうございます。AWS Certified Cloud Practitioner のバッジを受け取る準備ができました。
下のボタンから手続きしてください。

[バッジを入手する]
https://www.credly.com/go/8KZ2Qw1p

このメールは ${AYA.keep} 宛てに送信されました。`,
    note: 'AWS badge via Credly to the kept address (QP)',
  }),
  mk({
    slug: 'ja-badge-chat-tail', kind: 'badges_transferred', lang: 'ja', enc: 'sjis8', at: '2026-11-24 17:12:33',
    from: CHATLOG, to: tK, caseId: C.kenta,
    subject: 'チャット履歴のお知らせ',
    text: `伊藤 健太 様 (ケース ${C.kenta})

${chat('ja-block', [
  ['17:01', '伊藤', '統合はできたのですが、Credly のバッジが古いアドレスに残っています'],
  ['17:03', '浅野(サポート)', '確認します。少しお時間ください'],
  ['17:10', '浅野(サポート)', 'お待たせしました。3件のバッジを ' + KENTA.keep + ' 宛てに付け替えました。Credly からのメールをご確認ください'],
])}

本チャットは終了しました。`,
    note: 'transcript whose last agent line says the three badges were moved',
  }),
  mk({
    slug: 'ja-badge-lookalike-credly', kind: 'badges_transferred', lang: 'ja', enc: 'utf8b64', at: '2026-11-25 12:00:00',
    from: 'Amazon Web Services Training and Certification via Credly <admin@credly-notify.com>', to: tY, trusted: false,
    subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    text: `森 結衣 様

統合先アカウントにバッジが移されました。下のリンクからバッジを入手してください。
https://credly-notify.com/claim?u=yui

Credly`,
    note: 'badge notice from a look-alike of credly.com',
  }),
  mk({
    slug: 'ja-badge-reissued-qp', kind: 'badges_transferred', lang: 'ja', enc: 'utf8qp', at: '2026-11-27 07:48:16', tz: '+0000',
    to: tA, caseId: C.aya,
    subject: subj(C.aya),
    text: `高橋 様

チャットでお問い合わせいただいたバッジの件ですが、旧アドレスに発行されていた2件を取り消し、
${AYA.keep} 宛てに再発行いたしました。Credly のメールから受け取りをお願いします。

石田`,
    note: 'support reissued the badges to the kept address',
  }),
  mk({
    slug: 'ja-badge-call-summary', kind: 'badges_transferred', lang: 'ja', enc: 'jis7', at: '2026-12-01 09:09:09', tz: '+0000', auth: 'dkimonly',
    to: tS, caseId: C.sho,
    subject: `RE: [CASE ${C.sho}] バッジについて`,
    text: `中村 翔 様

本日はお電話ありがとうございました。通話中にお伝えした作業が終わりましたのでご報告します。
残っていた Developer と SysOps のバッジは、統合先アカウントの Credly プロフィールへ移行済みです。

藤原`,
    note: 'after a call, support reports the remaining badges were moved',
  }),
];

// ---------------------------------------------------------------- case_closed
const closed: Msg[] = [
  mk({
    slug: 'ja-closed-auto-3days', kind: 'case_closed', lang: 'ja', enc: 'jis7', at: '2026-11-18 00:30:00', tz: '+0000',
    to: tK, caseId: C.kenta,
    subject: subj(C.kenta),
    text: `伊藤 様

先日お送りしたメールについて、まだご返信を確認できておりません。
このまま3日間ご連絡がない場合、本ケースは自動的にクローズされます。
お電話でのお問い合わせを希望される場合も、このケースへの返信でお知らせください。

AWS トレーニングと認定`,
    note: 'reminder that the case will close in three days without a reply',
  }),
  mk({
    slug: 'ja-closed-resolved', kind: 'case_closed', lang: 'ja', enc: 'sjis8', at: '2026-11-20 04:14:00', tz: '+0000',
    from: SUPPORT_CENTER, to: tY, caseId: C.yui,
    subject: `ケース ${C.yui} は解決済みになりました`,
    text: `森 結衣 様

ケース ${C.yui} のステータスが「解決済み」に変更されました。
同じ件で再度ご相談がある場合は、ケースを再開してください。

AWS サポート`,
    note: 'status changed to resolved',
  }),
  mk({
    slug: 'ja-closed-restated-merge', kind: 'case_closed', lang: 'ja', enc: 'jisb64', at: '2026-11-23 06:40:31', tz: '+0000',
    to: tS, caseId: C.sho, trap: true,
    subject: subj(C.sho),
    text: `中村 様

先週お電話でお伝えしたとおり、アカウントの統合はすでに完了しております。
その後ご連絡がございませんので、本ケースをクローズいたします。

藤原`,
    note: 'closing that only restates the earlier merge',
  }),
  mk({
    slug: 'ja-closed-chat-solved', kind: 'case_closed', lang: 'ja', enc: 'utf8qp', at: '2026-11-25 14:30:12',
    from: NOREPLY, to: tA, caseId: C.ayaDup,
    subject: `[CASE ${C.ayaDup}] ケースをクローズしました`,
    text: `高橋 彩 様

チャットでご用件が解決したとのことでしたので、チャットから作成された関連ケース ${C.ayaDup} をクローズしました。
今後のご連絡は元のケースで承ります。`,
    note: 'the case left by a chat is closed because the chat solved it',
  }),
  mk({
    slug: 'ja-closed-lookalikeserver', kind: 'case_closed', lang: 'ja', enc: 'jis7', at: '2026-11-26 10:10:10', tz: '+0000',
    to: tK, caseId: C.kenta, trusted: false, auth: 'lookalikeServer',
    subject: subj(C.kenta),
    text: `伊藤様

本件はクローズとなりました。ご利用ありがとうございました。

AWS トレーニングと認定`,
    note: 'closing notice whose authentication header comes from a look-alike server name',
  }),
  mk({
    slug: 'ja-closed-with-survey', kind: 'case_closed', lang: 'ja', enc: 'sjisb64', at: '2026-11-28 02:02:02', tz: '+0000',
    to: tY, caseId: C.yui,
    subject: subj(C.yui),
    text: `森 結衣 様

本件は対応を終了とし、ケースをクローズいたします。
今回のサポート(電話・メール)についてご意見をお聞かせいただけますと幸いです。
https://survey.aws.amazon.com/s/tc-ja?case=${C.yui}

河野`,
    note: 'closing notice with a survey link appended: still case_closed',
  }),
  mk({
    slug: 'ja-closed-7days', kind: 'case_closed', lang: 'ja', enc: 'utf8qp', at: '2026-11-30 05:25:40', tz: '+0000',
    to: tA, caseId: C.aya,
    subject: subj(C.aya),
    text: `高橋 様

チャットの後にお送りしたご質問へのご返信をお待ちしております。
7日以内にご返信をいただけない場合、本ケースは終了となりますので、あらかじめご了承ください。

石田`,
    note: 'will end in seven days without a reply',
  }),
  mk({
    slug: 'ja-closed-restated-badges', kind: 'case_closed', lang: 'ja', enc: 'jis7', at: '2026-12-03 03:03:33', tz: '+0000',
    to: tK, caseId: C.kenta, trap: true,
    subject: subj(C.kenta),
    text: `伊藤 健太 様

先日のチャットでご確認いただいたとおり、統合とバッジの移行はいずれも済んでおりますので、
本ケースはこれにてクローズいたします。

浅野`,
    note: 'closing that restates the earlier merge and badge move',
  }),
];

// ---------------------------------------------------------------- support_reply
const reply: Msg[] = [
  mk({
    slug: 'ja-reply-call-summary', kind: 'support_reply', lang: 'ja', enc: 'jis7', at: '2026-11-10 08:00:41', tz: '+0000',
    to: tY, caseId: C.yui, trap: true,
    subject: subj(C.yui),
    text: `森 結衣 様

本日はお電話ありがとうございました。お話しした内容を整理いたします。

・ご依頼: 認定アカウントの統合(2件)
・今後の流れ: こちらで記録を確認したのち、統合の確認メールを改めてお送りします
・目安: 2から3営業日

確認メールが届きましたら、内容をご確認のうえご返信ください。

河野`,
    note: 'call summary; the confirmation mail is only announced for later',
  }),
  mk({
    slug: 'ja-reply-thanks-consent', kind: 'support_reply', lang: 'ja', enc: 'sjis8', at: '2026-11-13 01:37:00', tz: '+0000',
    to: tA, caseId: C.aya, trap: true,
    subject: subj(C.aya),
    text: `高橋 様

ご同意のご返信ありがとうございます。担当チームに引き継ぎました。
統合が完了しましたら、このケースでご連絡いたします。

石田`,
    note: 'thanks for consenting, handed to the team; completion only in the future',
  }),
  mk({
    slug: 'ja-reply-transcript-asks-done', kind: 'support_reply', lang: 'ja', enc: 'utf8qp', at: '2026-11-15 16:05:18',
    from: CHATLOG, to: tS, caseId: C.sho, trap: true,
    subject: `チャット記録 / ケース ${C.sho}`,
    text: `中村 翔 様

本日のチャットの記録です。

${chat('ja-bracket', [
  ['15:50', '中村', '統合は完了していますか? バッジも移っていますか?'],
  ['15:52', '担当 ソン', 'ケースを確認しました。現在、担当チームで処理中です'],
  ['15:53', '中村', '同意のメールは送りました'],
  ['15:53', '担当 ソン', '受領を確認しています。完了時にはメールでご連絡が届きます'],
])}`,
    note: 'transcript where the customer asks whether merge and badges are done; agent says still in progress',
  }),
  mk({
    slug: 'ja-reply-not-yet', kind: 'support_reply', lang: 'ja', enc: 'jisb64', at: '2026-11-17 09:44:02', tz: '+0000',
    to: tK, caseId: C.kenta, trap: true,
    subject: subj(C.kenta),
    text: `伊藤様

お問い合わせの件、統合はまだ完了しておりません。
システム側の処理待ちとなっており、もうしばらくお時間をいただけますでしょうか。
お電話でお伝えした見込み(今週中)に変更はございません。

小池`,
    note: 'negation: the merge has not been completed yet',
  }),
  mk({
    slug: 'ja-reply-callback-schedule', kind: 'support_reply', lang: 'ja', enc: 'utf8b64', at: '2026-11-18 07:15:26', tz: '+0000',
    to: tY, caseId: C.yui,
    subject: subj(C.yui),
    text: `森様

コールバックのご希望ありがとうございます。
明日 11月19日(木) 10:00 ごろ、ご登録の番号へお電話いたします。
ご都合が悪い場合は、このメールにご希望の時間帯をご返信ください。

河野`,
    note: 'schedules a callback; no merge event',
  }),
  mk({
    slug: 'ja-reply-escalated-badges', kind: 'support_reply', lang: 'ja', enc: 'jis7', at: '2026-11-20 11:20:20', tz: '+0000',
    to: tS, caseId: C.sho, trap: true,
    subject: subj(C.sho),
    text: `中村 様

お電話でご相談いただいたバッジの件は、Credly を担当する専門チームへエスカレーションいたしました。
移行が済みましたら改めてご連絡いたします。

藤原`,
    note: 'escalation; badges will move later',
  }),
  mk({
    slug: 'ja-reply-dup-cases', kind: 'support_reply', lang: 'ja', enc: 'sjisb64', at: '2026-11-22 03:33:03', tz: '+0000',
    to: tA, caseId: C.aya, trap: true,
    subject: subj(C.aya),
    text: `高橋 彩 様

チャットとお電話の両方からお問い合わせをいただいたため、ケースが2件(${C.aya} と ${C.ayaDup})作成されておりました。
重複したケースを統合し、以後は ${C.aya} で対応いたします。

石田`,
    note: 'merged duplicate cases, not the account merge',
  }),
  mk({
    slug: 'ja-reply-lookalike', kind: 'support_reply', lang: 'ja', enc: 'utf8b64', at: '2026-11-23 20:45:00',
    from: 'AWS Training and Certification <aws-cs-trainingcertification-form@amazon-support-jp.com>', to: tK, caseId: C.kenta, trusted: false,
    subject: subj(C.kenta),
    text: `伊藤様

ご依頼の件、現在確認を進めております。お電話でお話しした担当の小池です。
進捗は改めてご連絡します。`,
    note: 'status reply from a look-alike domain (amazon-support-jp.com)',
  }),
  mk({
    slug: 'ja-reply-unable', kind: 'support_reply', lang: 'ja', enc: 'jis7', at: '2026-11-25 06:06:06', tz: '+0000',
    to: tY, caseId: C.yui, trap: true,
    subject: subj(C.yui),
    text: `森 結衣 様

お電話で申し上げたとおり、統合元アカウントに未受験の試験予約が残っているため、現時点では統合ができません。
予約をキャンセルされるか受験を終えられた後で、このケースにご連絡ください。

河野`,
    note: 'unable to merge yet because of a pending exam booking',
  }),
  mk({
    slug: 'ja-reply-mixed-status', kind: 'support_reply', lang: 'ja', enc: 'utf8qp', at: '2026-11-27 00:48:51', tz: '+0000',
    to: tS, caseId: C.sho,
    subject: subj(C.sho),
    text: `中村様

Thank you for your patience.
現在ご依頼の内容を社内で確認中です、お電話でお伺いした事情も共有済みです。
進展があり次第ご連絡いたします。

Kind regards,
AWS Training and Certification / 藤原`,
    note: 'mixed-language status update, nothing advances',
  }),
  mk({
    slug: 'ja-reply-customer-says-moved', kind: 'support_reply', lang: 'ja', enc: 'sjis8', at: '2026-11-29 18:22:47',
    from: CHATLOG, to: tA, caseId: C.aya, trap: true,
    subject: 'チャットの記録をお送りします',
    text: `高橋 様 (ケース ${C.aya})

${chat('ja-block', [
  ['18:10', '高橋', 'バッジが移行されたのを自分でも確認しました。統合も完了しているように見えます'],
  ['18:11', '松田(サポート)', 'ご連絡ありがとうございます。ほかにご不明な点はございますか'],
  ['18:12', '高橋', '大丈夫です'],
  ['18:12', '松田(サポート)', 'ご利用ありがとうございました'],
])}`,
    note: 'transcript where only the customer says the badges moved and the merge looks done',
  }),
  mk({
    slug: 'ja-reply-colleague-case', kind: 'support_reply', lang: 'ja', enc: 'jis7', at: '2026-11-30 02:22:22', tz: '+0000',
    to: '鈴木 一郎 <suzuki@hq.example.co.jp>', caseId: C.colleague, forUser: false,
    subject: subj(C.colleague),
    text: `鈴木 一郎 様

お電話ありがとうございました。ご依頼の件は引き続き確認中です。
もう少々お待ちください。

小池`,
    note: "status reply on a colleague's own case, addressed only to the colleague",
  }),
];

// ---------------------------------------------------------------- unrelated
const unrel: Msg[] = [
  mk({
    slug: 'ja-unrel-own-memo', kind: 'unrelated', lang: 'ja', enc: 'jis7', at: '2026-11-22 19:04:12',
    from: `${KENTA.ja} <${KENTA.src}>`, to: tK, trusted: false, auth: 'none', caseId: C.kenta, trap: true,
    subject: 'メモ: AWS 統合の件',
    text: `自分用メモ

今日サポートに電話した。担当の小池さんいわく、統合は完了したとのこと。
完了メールが来たらバッジも確認する。ケース番号 ${C.kenta}`,
    note: "the user's own memo to their other address; it repeats what the agent said on the phone",
  }),
  mk({
    slug: 'ja-unrel-chat-survey', kind: 'unrelated', lang: 'ja', enc: 'utf8b64', at: '2026-11-15 16:30:00',
    from: 'AWS Training and Certification <tc-survey@amazon.com>', to: tS, trap: true,
    subject: 'チャットサポートに関するアンケートのお願い',
    text: `中村 翔 様

先ほどはチャットをご利用いただきありがとうございました。
今回のお問い合わせは解決しましたか? 担当者の対応はいかがでしたか?
1分ほどのアンケートにご協力ください。
https://survey.aws.amazon.com/s/chat-ja

※このメールに返信されても回答できません。`,
    note: 'post-chat survey asking whether the issue was resolved',
  }),
  mk({
    slug: 'ja-unrel-exam-case-ack', kind: 'unrelated', lang: 'ja', enc: 'sjis8', at: '2026-11-19 12:12:12',
    from: NOREPLY, to: tK, caseId: C.kentaExam, trap: true,
    subject: `[CASE ${C.kentaExam}] お問い合わせを受け付けました`,
    text: `伊藤 健太 様

試験予約の日程変更に関するお問い合わせを受け付けました(ケース ${C.kentaExam})。
お電話でお伝えいただいた受験会場の件も含め、担当者よりご連絡いたします。`,
    note: "receipt of the user's other case about an exam booking",
  }),
  mk({
    slug: 'ja-unrel-colleague-team', kind: 'unrelated', lang: 'ja', enc: 'jisb64', at: '2026-11-21 09:15:33',
    from: '鈴木 一郎 <suzuki@hq.example.co.jp>', to: 'インフラチーム <infra-team@hq.example.co.jp>', trusted: false, forUser: false, trap: true,
    subject: 'AWS認定アカウント統合してもらいました',
    text: `チームの皆さん

昨日 AWS のサポートに電話したら、その日のうちに認定アカウントを統合してもらえました。
バッジも移っていました。会社アドレスで受験した人は参考にしてください。

鈴木`,
    note: "a colleague's note to a team list about his own merge; not to the user",
  }),
  mk({
    slug: 'ja-unrel-ms-credly', kind: 'unrelated', lang: 'ja', enc: 'utf8qp', at: '2026-11-23 21:00:14',
    from: 'Microsoft via Credly <admin@credly.com>', to: tY, trap: true,
    subject: 'Microsoftのバッジ発行のお知らせ',
    text: `森 結衣 様

Microsoft から「Microsoft Certified: Azure Fundamentals」のバッジが発行されました。
バッジを入手する: https://www.credly.com/go/Mx81kq

Credly`,
    note: 'a badge from another issuer (Microsoft) via Credly',
  }),
  mk({
    slug: 'ja-unrel-ooo-old-company', kind: 'unrelated', lang: 'ja', enc: 'jis7', at: '2026-11-24 10:00:01',
    from: `${SHO.ja} <${SHO.src}>`, to: tS, trusted: false, auth: 'none',
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    subject: '自動応答: 不在のお知らせ',
    text: `このメールは自動送信です。

中村は2026年10月末で退職いたしました。
ご用件は総務部(soumu@old.example.co.jp)までお問い合わせください。`,
    note: "automatic out-of-office reply from the user's old company mailbox",
  }),
  mk({
    slug: 'ja-unrel-exam-result', kind: 'unrelated', lang: 'ja', enc: 'utf8b64', at: '2026-11-26 13:45:00',
    from: 'AWS Certification <no-reply@certification.aws.training>', to: tA,
    subject: 'AWS 認定試験の結果が確定しました',
    text: `高橋 彩 様

先日受験された AWS Certified Solutions Architect - Professional の結果が確定しました。
認定アカウントにサインインして、スコアレポートをご確認ください。`,
    note: 'exam result mail from the certification portal',
  }),
  mk({
    slug: 'ja-unrel-event-badge', kind: 'unrelated', lang: 'ja', enc: 'sjisb64', at: '2026-11-27 11:30:00',
    from: 'AWS イベント <aws-jp-events@amazon.com>', to: tK, trap: true,
    subject: '【AWS 認定者限定】ラウンジのご案内',
    text: `伊藤 健太 様

AWS 認定をお持ちの方向けのラウンジを開設します。
当日は受付で Credly の認定バッジをご提示ください、移行手続きは不要です。
認定アカウントを統合された方も、統合先のバッジでご入場いただけます。

お申し込み: https://aws.amazon.com/jp/events/certified-lounge/`,
    note: 'event marketing that mentions badges and merged accounts',
  }),
  mk({
    slug: 'ja-unrel-credly-merge-code', kind: 'unrelated', lang: 'ja', enc: 'utf8qp', at: '2026-11-29 08:40:40',
    from: 'Credly <admin@credly.com>', to: tY, trap: true,
    subject: 'Credly アカウント統合の確認コード',
    text: `森 結衣 様

Credly アカウントの統合リクエストを受け付けました。
以下の確認コードを入力して、アカウントの統合を完了してください。

確認コード: 482915

このリクエストに心当たりがない場合は、このメールを無視してください。`,
    note: "Credly's own account-merge code mail",
  }),
  mk({
    slug: 'ja-unrel-refund-closed', kind: 'unrelated', lang: 'ja', enc: 'jis7', at: '2026-12-02 04:44:44', tz: '+0000',
    from: FORM, to: tY, caseId: C.yuiRefund, trap: true,
    subject: `RE:[CASE ${C.yuiRefund}] [AWS Training and Certification Form Submission] - refund`,
    text: `森 様

受験料の返金に関するお問い合わせについて、お電話でご案内したとおり返金処理が完了しました。
本ケースはクローズいたします。

返金担当 野口`,
    note: "closing of the user's other case about a refund",
  }),
];

export const JA: Msg[] = [...ack, ...ai, ...info, ...conf, ...merged, ...badges, ...closed, ...reply, ...unrel];
