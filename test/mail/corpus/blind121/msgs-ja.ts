// dp: Japanese messages in やさしい日本語 (short sentences, spaces, readings in parentheses).
import type { Msg } from './lib.js';
import { AWS_NOTIFY, C, CREDLY_AWS, HANAKO, LINH, LINH_ASK, PORTAL, SUPPORT, SUPPORT_ADDR, TARO, d, fs, gmailJa, html, mk, outlookJa, ref, sf } from './common.js';

const L = C.linh;
const sig = `AWS トレーニングと 認定(にんてい) サポート`;

export const JA: Msg[] = [
  // ---------------- acknowledgement (7)
  mk({
    slug: 'ja-ack-auto', kind: 'acknowledgement', lang: 'ja', caseId: L,
    note: 'automatic receipt from AWS Support notifications with the case ID',
    from: AWS_NOTIFY, subject: `ケース ${L} を 受(う)け付(つ)けました`, date: d('2026-11-02 01:14:09'),
    text: `こんにちは。

あなたの 問(と)い合(あ)わせを 受け取りました。
ケース ID: ${L}

これは 自動(じどう)の メールです。
たんとうの 人が 24時間 いないに 返事(へんじ)を します。
このメールには 返信(へんしん)しないで ください。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-ack-form-sjis', kind: 'acknowledgement', lang: 'ja', caseId: C.taro, to: TARO.keep, enc: 'sjis8',
    note: 'form receipt: case number, reply time, do not send again',
    subject: `[CASE ${C.taro}] お問い合わせを 受け取りました`, date: d('2026-10-19 23:40:51'),
    text: `${TARO.ja} さま

お問い合わせ ありがとう ございます。
ケース ばんごう は ${C.taro} です。

・ふつう 1日から 2日で 返事が きます。
・同じ ないようで もう一度 送らないで ください。返事が おそく なります。

${sig}`,
  }),
  mk({
    slug: 'ja-ack-htmlonly', kind: 'acknowledgement', lang: 'ja', caseId: C.hanako, to: HANAKO.keep, enc: 'utf8b64',
    note: 'HTML-only receipt of a new case',
    subject: `[CASE ${C.hanako}] あなたの ケースが できました`, date: d('2026-11-11 06:02:33'),
    html: html(`佐藤 花子 さま

あたらしい ケースが できました。
ケース ID は ${C.hanako} です。

いま、たんとうしゃ を さがして います。
返事まで すこし まって ください。

AWS Training and Certification`),
  }),
  mk({
    slug: 'ja-ack-fields', kind: 'acknowledgement', lang: 'ja', caseId: L, enc: 'jisb64', trap: true,
    note: 'receipt that lists what the user typed (merge words) but only says the case was received',
    subject: fs(L), date: d('2026-11-02 01:15:40'),
    text: `リン さま

ケース ${L} を うけつけ ました。
あなたが 書いた ないようは 下の とおりです。

  しゅるい: アカウントの 統合(とうごう)
  のこす アカウント: ${LINH.keep}
  けす アカウント: ${LINH.src}

まだ 何も していません。
たんとうしゃ から 連絡(れんらく)が きます。

${sig}`,
  }),
  mk({
    slug: 'ja-ack-lookalike', kind: 'acknowledgement', lang: 'ja', caseId: '1782040007', trusted: false, enc: 'utf8qp', hdr: 'utf8b',
    note: 'receipt-shaped mail from a look-alike domain (aws-support-jp.net): untrusted',
    from: 'AWS サポート <support@aws-support-jp.net>', subject: `[CASE 1782040007] 受付(うけつけ) かんりょう`, date: d('2026-11-03 09:20:00', '+0900'),
    text: `こんにちは。
ケースを うけつけました。ケース ID: 1782040007
次の ページで ログイン して ください。
http://aws-support-jp.net/login
AWS サポート`,
  }),
  mk({
    slug: 'ja-ack-bodyid-mixed', kind: 'acknowledgement', lang: 'ja', caseId: '1783110742', to: HANAKO.src, enc: 'jis7',
    note: 'receipt with English boilerplate; case ID only in the body',
    subject: 'お問い合わせ ありがとう ございます', date: d('2026-11-20 14:31:07'),
    text: `お問い合わせ を 受け取りました。
ばんごう: 1783110742
この ばんごう を メモ して ください。

Thank you for contacting AWS Training and Certification.
Your case number is 1783110742. We will reply within 24 hours.`,
  }),
  mk({
    slug: 'ja-ack-dup-warn', kind: 'acknowledgement', lang: 'ja', caseId: C.linhDup, enc: 'sjisb64',
    note: 'receipt of a (second) case; warning not to open more cases is boilerplate',
    subject: `[CASE ${C.linhDup}] 受付の おしらせ`, date: d('2026-11-04 08:00:12'),
    text: `リン さま

ケース ${C.linhDup} を 作りました。

おねがい:
1. この メールに 返信 すると、ケースに 書けます。
2. 新しい ケースは 作らないで ください。

${sig}`,
  }),

  // ---------------- ai_answer (7)
  mk({
    slug: 'ja-ai-tool', kind: 'ai_answer', lang: 'ja', enc: 'utf8qp', hdr: 'utf8q',
    note: 'automated answer pointing to the self-service Merge Accounts tool',
    from: AWS_NOTIFY, subject: 'AI の 答え: アカウントを 1つに する', date: d('2026-11-01 12:03:44'),
    text: `これは AI が 作った 答えです。

アカウントを 1つに したい ときは、自分で できる ことが あります。
1. 認定(にんてい) の サイトに サインイン します。
2. 「プロフィール」を ひらきます。
3. 「Merge Accounts(アカウントの 統合)」を えらびます。

これで できない ときは、「ケースを 作成」を おして ください。`,
  }),
  mk({
    slug: 'ja-ai-steps-jis', kind: 'ai_answer', lang: 'ja', to: TARO.keep,
    note: 'AI-generated suggestion shown before creating a case, numbered steps',
    from: AWS_NOTIFY, subject: 'じどう の 回答(かいとう)', date: d('2026-10-19 23:30:02'),
    text: `自動の 回答 です。人 では ありません。

ためして ください:
1. ふたつの アカウントの メールアドレス を しらべます。
2. のこしたい ほうで サインイン します。
3. 「アカウントを まとめる」ボタン を つかいます。

わからない ときは、下の ボタンで ケースを 作れます。`,
  }),
  mk({
    slug: 'ja-ai-after', kind: 'ai_answer', lang: 'ja', enc: 'jisb64', trap: true,
    note: 'AI answer that explains what happens after a merge (badges move): still ai_answer',
    from: AWS_NOTIFY, subject: 'AI アシスタント から', date: d('2026-11-01 12:05:10'),
    text: `AI アシスタント です。

まとめた あと は こう なります:
・古い アカウントの 資格(しかく) は、のこす アカウントに 入ります。
・Credly の バッジ も あとで 移(うつ)ります。
・古い アカウントは つかえなく なります。

まず 自分で「Merge Accounts」を ためして ください。`,
  }),
  mk({
    slug: 'ja-ai-multipart', kind: 'ai_answer', lang: 'ja', to: HANAKO.keep, enc: 'utf8b64',
    note: 'automated suggestion, multipart/alternative',
    from: AWS_NOTIFY, subject: 'あなたへの 自動(じどう)回答', date: d('2026-11-10 22:47:19'),
    text: `この 答えは AI が 書きました。

問題: アカウントが 2つ あります。
ヒント: プロフィール の ページに「アカウントの 統合」が あります。そこから まとめて ください。

これで 問題が なくなりましたか。
まだ ある ときは「ケースを 作成」を えらんで ください。`,
    html: html(`この 答えは AI が 書きました。

問題: アカウントが 2つ あります。
ヒント: プロフィール の ページに「アカウントの 統合」が あります。そこから まとめて ください。

これで 問題が なくなりましたか。
まだ ある ときは「ケースを 作成」を えらんで ください。`),
  }),
  mk({
    slug: 'ja-ai-sjis', kind: 'ai_answer', lang: 'ja', enc: 'sjis8',
    note: 'automated answer in Shift_JIS',
    from: AWS_NOTIFY, subject: 'AI から の ていあん', date: d('2026-11-02 00:58:30'),
    text: `AI の ていあん です。

あなたの しつもん: 「アカウントを ひとつに したい」

こたえ:
認定(にんてい) の サイト で、じぶんで まとめられる ばあい が あります。
どちらの アカウント にも 試験(しけん) の きろく が ある ときは、サポートに 書いて ください。`,
  }),
  mk({
    slug: 'ja-ai-noauth', kind: 'ai_answer', lang: 'ja', trusted: false, auth: 'none',
    note: 'AI-answer-shaped mail from a non-AWS domain with no authentication: untrusted',
    from: 'AWS ヘルプ <no-reply@aws-training-help.com>', subject: 'AI の こたえ', date: d('2026-11-05 10:10:10'),
    text: `AI の こたえ です。
アカウントを まとめる には、下の リンクで パスワード を 入れて ください。
https://aws-training-help.com/merge
これで 自動で まとまります。`,
  }),
  mk({
    slug: 'ja-ai-create-case', kind: 'ai_answer', lang: 'ja', to: TARO.src, trap: true,
    note: 'AI answer that talks about creating a case and the receipt to come; not itself a receipt',
    from: AWS_NOTIFY, subject: 'AI の 回答: ケースを 作る まえに', date: d('2026-10-19 23:31:55'),
    text: `AI の 回答です。

自分で まとめられない ときは、ケースを 作って ください。
ケースを 作ると、受付(うけつけ) の メールが とどきます。
その メール に ケース ID が あります。
いまは まだ ケースは ありません。`,
  }),

  // ---------------- info_request (9)
  mk({
    slug: 'ja-info-ids', kind: 'info_request', lang: 'ja', caseId: L,
    note: 'asks for both candidate IDs and e-mail addresses, numbered',
    subject: fs(L), date: d('2026-11-03 02:12:48'),
    text: `リン さま

連絡(れんらく) ありがとう ございます。
つぎの ことを 教えて ください。

1. のこす アカウントの 受験者 ID (AWS で はじまる ばんごう)
2. けす アカウントの 受験者 ID
3. それぞれの メールアドレス

この メールに 返信して ください。

${sig}
${ref('1aX9')}`,
  }),
  mk({
    slug: 'ja-info-which', kind: 'info_request', lang: 'ja', caseId: C.taro, to: TARO.keep, enc: 'sjis8',
    note: 'asks which account to keep',
    subject: fs(C.taro), date: d('2026-10-21 03:44:10'),
    text: `山田 さま

アカウントが 2つ あります。
どちらを のこしますか。

A: ${TARO.keep}
B: ${TARO.src}

A か B か、書いて ください。

${sig}`,
  }),
  mk({
    slug: 'ja-info-confirmword', kind: 'info_request', lang: 'ja', caseId: C.hanako, to: HANAKO.keep, enc: 'jis7', trap: true,
    note: 'uses 確認 but asks for the old address: info_request',
    subject: fs(C.hanako), date: d('2026-11-12 05:30:00'),
    text: `佐藤 さま

確認(かくにん) の ため、おしえて ください。
古い アカウントの メールアドレス は 何ですか。
aws.training の 通知(つうち) を うける アドレス も 書いて ください。

ご確認 の うえ お知らせ ください。

${sig}`,
  }),
  mk({
    slug: 'ja-info-keepaddr', kind: 'info_request', lang: 'ja', caseId: L, enc: 'utf8qp',
    note: 'write from the kept address and also send the candidate ID: info_request',
    subject: fs(L), date: d('2026-11-05 07:21:33'),
    text: `リン さま

この メールは ${LINH.src} から きました。
のこす アカウント (${LINH.keep}) の メールから、もう一度 書いて ください。
そのとき、受験者 ID (AWS + 数字) も いっしょに 書いて ください。

${sig}`,
  }),
  mk({
    slug: 'ja-info-gmailquote', kind: 'info_request', lang: 'ja', caseId: L, enc: 'jisb64',
    note: 'new text asks for name and company; the user\'s first request is quoted Gmail-style',
    subject: fs(L), date: d('2026-11-03 04:02:11'),
    text: `リン さま

すみません。あと 2つ 教えて ください。
・お名前 (ローマ字)
・会社の 名前 (古い アカウントで つかった もの)

よろしく おねがいします。
${sig}

${gmailJa('2026年11月2日(月) 10:14 チャン・ティ・リン <linh.tran@example.jp>', '', LINH_ASK).replace(' :', ':')}`,
  }),
  mk({
    slug: 'ja-info-forged', kind: 'info_request', lang: 'ja', caseId: L, trusted: false, auth: 'forgedBelow', enc: 'utf8b64',
    note: 'asks for the password; dmarc=pass is planted below the receiving server\'s Received line: untrusted',
    subject: fs(L), date: d('2026-11-04 11:11:11'),
    text: `リン さま

統合 の ために、つぎを 送って ください。
1. 古い アカウント の パスワード
2. 新しい アカウント の パスワード

24時間 いないに 送って ください。
AWS サポート`,
  }),
  mk({
    slug: 'ja-info-outlook', kind: 'info_request', lang: 'ja', caseId: C.hanako, to: HANAKO.keep, trap: true,
    note: 'asks for the list of certifications; mentions what happens once merged (conditional); Outlook quote below',
    subject: fs(C.hanako), date: d('2026-11-13 01:50:29'),
    text: `佐藤 さま

統合が できたら、資格(しかく)は 1つの アカウントに なります。
その 前に、おしえて ください。
どの 資格を もって いますか。合格(ごうかく)した 日 も 書いて ください。

${sig}

${outlookJa('佐藤 花子 <hanako.sato@example.jp>', '2026年11月12日 18:03', SUPPORT_ADDR, fs(C.hanako), '古い アドレスは hanako@oldcorp.example.com です。\nよろしく おねがいします。')}`,
  }),
  mk({
    slug: 'ja-info-remind', kind: 'info_request', lang: 'ja', caseId: C.taro, to: TARO.keep, enc: 'sjisb64',
    note: 'reminder that still asks for the IDs',
    subject: fs(C.taro), date: d('2026-10-24 02:00:00'),
    text: `山田 さま

まだ 返事が ありません。
受験者 ID を 2つ 送って ください。
ID は 認定 の サイト の 右上 に あります。

${sig}

${sf(SUPPORT_ADDR, '10/21/2026 3:44 AM', fs(C.taro), 'どちらを のこしますか。')}`,
  }),
  mk({
    slug: 'ja-info-html-bodyid', kind: 'info_request', lang: 'ja', caseId: '1782067731', to: HANAKO.src, enc: 'utf8qp', trap: true,
    note: 'HTML-only; case ID only in the body; asks for the Skill Builder address before finishing the merge',
    subject: 'もう少し 情報(じょうほう)が いります', date: d('2026-11-14 06:45:00'),
    html: html(`佐藤 さま (ケース 1782067731)

統合を おえる まえに、ひとつ 教えて ください。
Skill Builder で つかう メールアドレス は どれですか。

${sig}`),
  }),

  // ---------------- confirmation_request (9)
  mk({
    slug: 'ja-conf-yes', kind: 'confirmation_request', lang: 'ja', caseId: L,
    note: 'asks the user to reply yes to a merge that cannot be undone',
    subject: fs(L), date: d('2026-11-06 03:33:03'),
    text: `リン さま

じゅんびが できました。
${LINH.srcId} を ${LINH.keepId} に まとめます。

ちゅうい: まとめた あと、もとに もどせません。

これで よければ、「はい」と 返信して ください。

${sig}`,
  }),
  mk({
    slug: 'ja-conf-list-sjis', kind: 'confirmation_request', lang: 'ja', caseId: C.taro, to: TARO.keep, enc: 'sjis8',
    note: 'lists both accounts; if OK reply to this mail (consent)',
    subject: fs(C.taro), date: d('2026-10-25 04:18:26'),
    text: `山田 さま

下の ように します。
  のこす: ${TARO.keepId} / ${TARO.keep}
  けす: ${TARO.srcId} / ${TARO.src}

この 内容で いい ですか。
いい ときは、この メールに 返信して ください。
一度 まとめる と、もどす ことは できません。

${sig}`,
  }),
  mk({
    slug: 'ja-conf-multi', kind: 'confirmation_request', lang: 'ja', caseId: C.hanako, to: HANAKO.keep, enc: 'utf8b64',
    note: 'consent request, multipart/alternative',
    subject: fs(C.hanako), date: d('2026-11-15 02:02:02'),
    text: `佐藤 さま

アカウントを まとめる 前に、あなたの OK が いります。
まとめると、古い アカウントは なくなります。もとに もどりません。
OK なら「同意(どうい)します」と 書いて 返信して ください。

${sig}`,
    html: html(`佐藤 さま

アカウントを まとめる 前に、あなたの OK が いります。
まとめると、古い アカウントは なくなります。もとに もどりません。
OK なら「同意(どうい)します」と 書いて 返信して ください。

${sig}`),
  }),
  mk({
    slug: 'ja-conf-thread', kind: 'confirmation_request', lang: 'ja', caseId: L, enc: 'jisb64',
    note: 'after the user sent IDs (quoted Gmail-style), support asks for consent',
    subject: fs(L), date: d('2026-11-05 23:10:45'),
    text: `リン さま

ID を ありがとう ございます。
つぎ は あなたの 返事 です。
「まとめて ください」と 書いて ください。
ほかの 人 は もどす ことが できません。あなたも できません。

${sig}

${gmailJa('2026年11月5日(木) 19:02 チャン・ティ・リン <linh.tran@example.jp>', '', `のこす: ${LINH.keepId}\nけす: ${LINH.srcId}`).replace(' :', ':')}`,
  }),
  mk({
    slug: 'ja-conf-dmarcfail', kind: 'confirmation_request', lang: 'ja', caseId: L, trusted: false, auth: 'fail',
    note: 'consent request whose topmost A-R says dmarc=fail: untrusted',
    subject: fs(L), date: d('2026-11-06 05:00:00'),
    text: `リン さま

まとめて いいですか。
いい ときは 返信 して ください。
もとに もどせません。

${sig}`,
  }),
  mk({
    slug: 'ja-conf-bodyid', kind: 'confirmation_request', lang: 'ja', caseId: '1782098814', to: TARO.src, enc: 'utf8qp',
    note: 'case ID only in the body; asks for explicit agreement',
    subject: 'あなたの 同意(どうい)を ください', date: d('2026-11-18 08:08:08'),
    text: `山田 さま

ケース 1782098814 の 件 です。
アカウントを まとめる じゅんび が おわりました。
あなた が「同意します」と 書くと、はじめます。
はじめる と、やめる ことは できません。

${sig}`,
  }),
  mk({
    slug: 'ja-conf-mixed', kind: 'confirmation_request', lang: 'ja', caseId: C.hanako, to: HANAKO.keep,
    note: 'Japanese consent request with an English copy below',
    subject: fs(C.hanako), date: d('2026-11-16 00:30:00'),
    text: `佐藤 さま

まとめても いいか、返事を ください。
もとに もどせません。

(English)
Please reply to tell us it is OK to merge. This cannot be undone.

${sig}`,
  }),
  mk({
    slug: 'ja-conf-outlook-sjisb64', kind: 'confirmation_request', lang: 'ja', caseId: C.taro, to: TARO.keep, enc: 'sjisb64',
    note: 'consent request; the user\'s question is quoted Outlook-style',
    subject: fs(C.taro), date: d('2026-10-26 01:12:00'),
    text: `山田 さま

しつもん の こたえ: はい、古い アカウントの 資格も 入ります。

では、さいご に 一つ だけ。
この 2つ を まとめて いい ですか。
「はい」の 返信 が あれば、すすめます。あとで もどせません。

${sig}

${outlookJa('山田 太郎 <taro.personal@example.com>', '2026年10月25日 21:40', SUPPORT_ADDR, fs(C.taro), '古い アカウントの 資格も 入りますか。')}`,
  }),
  mk({
    slug: 'ja-conf-resent', kind: 'confirmation_request', lang: 'ja', caseId: L, forUser: false, to: LINH.src,
    resent: { from: 'postmaster@factory.example.co.jp', to: 'it-desk@factory.example.co.jp', date: d('2026-11-06 13:00:00', '+0900') },
    note: 'consent request redirected by the old company (Resent-*): not delivered to the user',
    subject: fs(L), date: d('2026-11-06 03:40:00'),
    text: `リン さま

まとめる 前 の さいご の 確認(かくにん) です。
この メールに「OK」と 返信 して ください。
そのあと、もどす ことは できません。

${sig}`,
  }),

  // ---------------- merge_completed (8)
  mk({
    slug: 'ja-merge-done', kind: 'merge_completed', lang: 'ja', caseId: L,
    note: 'support says the accounts are now one',
    subject: fs(L), date: d('2026-11-07 06:25:19'),
    text: `リン さま

アカウントを 1つに しました。
古い アカウントの 資格(しかく) は、${LINH.keep} で 見られます。
サインイン して 見て ください。

${sig}`,
  }),
  mk({
    slug: 'ja-merge-portal', kind: 'merge_completed', lang: 'ja', to: HANAKO.keep, enc: 'utf8b64',
    note: 'certification portal notice of a finished merge, no case ID',
    from: PORTAL, subject: 'アカウントの 統合(とうごう)が おわりました', date: d('2026-11-17 10:00:00'),
    text: `こんにちは。

あなたの 2つの アカウントは 1つに なりました。
これから は この アカウントで サインイン して ください。

AWS Certification`,
    html: html(`こんにちは。

あなたの 2つの アカウントは 1つに なりました。
これから は この アカウントで サインイン して ください。

AWS Certification`),
  }),
  mk({
    slug: 'ja-merge-andclose', kind: 'merge_completed', lang: 'ja', caseId: C.taro, to: TARO.keep, enc: 'sjis8',
    note: 'merge done; says the case will now be closed: the new fact is the merge',
    subject: fs(C.taro), date: d('2026-10-27 07:07:07'),
    text: `山田 さま

返信 ありがとう ございます。
${TARO.srcId} の 記録(きろく) を ${TARO.keepId} に 移(うつ)しました。
これで おわり です。この ケース は 閉(と)じます。

${sig}`,
  }),
  mk({
    slug: 'ja-merge-check', kind: 'merge_completed', lang: 'ja', caseId: C.hanako, to: HANAKO.keep, enc: 'jisb64',
    note: 'completion notice that asks the user to look whether all is right: still merge_completed',
    subject: fs(C.hanako), date: d('2026-11-17 04:41:00'),
    text: `佐藤 さま

まとめる 作業(さぎょう) が おわりました。
資格 と 割引(わりびき) クーポン を 見て ください。
ぜんぶ 正しい か、たしかめて ください。

${sig}`,
  }),
  mk({
    slug: 'ja-merge-badgenote', kind: 'merge_completed', lang: 'ja', caseId: L, enc: 'jis7', trap: true,
    note: 'merge finished; badges NOT yet moved (badge words, but the event is the merge)',
    subject: fs(L), date: d('2026-11-07 06:30:00'),
    text: `リン さま

2つの アカウントは 1つに なりました。

バッジ(Credly) に ついて:
バッジ は まだ 移って いない かも しれません。
2、3日 まって、Credly を 見て ください。

${sig}`,
  }),
  mk({
    slug: 'ja-merge-misaligned', kind: 'merge_completed', lang: 'ja', caseId: L, trusted: false, auth: 'misaligned',
    note: 'completion text, but DKIM is for a bulk sender and dmarc=fail: untrusted',
    subject: fs(L), date: d('2026-11-07 08:00:00'),
    text: `リン さま
アカウント を まとめました。
下の リンク で 見て ください。
${sig}`,
  }),
  mk({
    slug: 'ja-merge-outlook', kind: 'merge_completed', lang: 'ja', caseId: C.taro, to: TARO.keep, enc: 'utf8qp',
    note: 'merge done; consent reply quoted Outlook-style',
    subject: fs(C.taro), date: d('2026-10-27 03:15:00'),
    text: `山田 さま

ごれんらく ありがとう ございます。
アカウント の 統合 は すみました。
いま は ${TARO.keep} だけ つかえます。

${sig}

${outlookJa('山田 太郎 <taro.personal@example.com>', '2026年10月26日 22:10', SUPPORT_ADDR, fs(C.taro), 'はい。まとめて ください。')}`,
  }),
  mk({
    slug: 'ja-merge-bodyid', kind: 'merge_completed', lang: 'ja', caseId: '1782098814', to: TARO.src, enc: 'sjisb64',
    note: 'case ID only in the body; two accounts are now one',
    subject: 'おしらせ: アカウント', date: d('2026-11-19 09:09:00'),
    text: `山田 さま

ケース 1782098814 の おしらせ です。
同意 ありがとう ございました。
さきほど、2つ の アカウント を 1つ に しました。

${sig}`,
  }),

  // ---------------- badges_transferred (8)
  mk({
    slug: 'ja-badge-credly', kind: 'badges_transferred', lang: 'ja', enc: 'utf8b64',
    note: 'Credly issues the AWS badge to the kept account',
    from: CREDLY_AWS, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-11-09 15:20:00'),
    text: `リン さん

Amazon Web Services Training and Certification から バッジ が とどきました。
AWS Certified Solutions Architect - Associate

「バッジを入手する」を おして ください。

Credly`,
    html: html(`リン さん

Amazon Web Services Training and Certification から バッジ が とどきました。
AWS Certified Solutions Architect - Associate

[バッジを入手する]

Credly`),
  }),
  mk({
    slug: 'ja-badge-support', kind: 'badges_transferred', lang: 'ja', caseId: L,
    note: 'support says the Credly badges were moved to the kept account',
    subject: fs(L), date: d('2026-11-10 02:48:00'),
    text: `リン さま

Credly の バッジ を ${LINH.keep} に 移しました。
Credly に サインイン して、見て ください。

${sig}`,
  }),
  mk({
    slug: 'ja-badge-close', kind: 'badges_transferred', lang: 'ja', caseId: C.taro, to: TARO.keep, enc: 'sjis8',
    note: 'badges moved and the case is closing',
    subject: fs(C.taro), date: d('2026-10-29 05:55:00'),
    text: `山田 さま

バッジ の 件 です。
3つ の バッジ を 新しい アカウント に 移しました。
これで ぜんぶ です。ケース を 閉じます。

${sig}`,
  }),
  mk({
    slug: 'ja-badge-credly-jis', kind: 'badges_transferred', lang: 'ja', to: HANAKO.keep, enc: 'jisb64',
    note: 'Credly mail for an AWS badge, ISO-2022-JP base64',
    from: CREDLY_AWS, subject: 'バッジ を 受け取って ください', date: d('2026-11-19 11:00:00'),
    text: `佐藤 花子 さん

Amazon Web Services Training and Certification が あなたに バッジを 出しました。
AWS Certified Cloud Practitioner

バッジを入手する: https://www.credly.com/badges/accept

Credly`,
  }),
  mk({
    slug: 'ja-badge-lookalike', kind: 'badges_transferred', lang: 'ja', trusted: false, enc: 'jis7',
    note: 'badge mail from credly-badges.net (look-alike): untrusted',
    from: 'Amazon Web Services via Credly <admin@credly-badges.net>', subject: 'Amazon Web Servicesのバッジ発行のお知らせ', date: d('2026-11-09 16:00:00'),
    text: `バッジ が 移りました。
ここ で 受け取って ください: http://credly-badges.net/accept
Credly`,
  }),
  mk({
    slug: 'ja-badge-thread', kind: 'badges_transferred', lang: 'ja', caseId: C.hanako, to: HANAKO.keep, enc: 'utf8qp',
    note: 'user asked about missing badges (quoted); support moved them',
    subject: fs(C.hanako), date: d('2026-11-21 03:03:00'),
    text: `佐藤 さま

まって いただいて ありがとう ございます。
バッジ は いま、のこした アカウント に あります。
Credly で たしかめて ください。

${sig}

${gmailJa('2026年11月20日(金) 9:41 佐藤 花子 <hanako.sato@example.jp>', '', 'バッジ が ありません。\nどう したら いいですか。').replace(' :', ':')}`,
  }),
  mk({
    slug: 'ja-badge-dkim', kind: 'badges_transferred', lang: 'ja', enc: 'sjisb64', auth: 'dkimonly', to: TARO.keep,
    note: 'Credly AWS badge with only an aligned dkim=pass: trusted',
    from: CREDLY_AWS, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-10-30 12:12:12'),
    text: `山田 太郎 さん

あたらしい バッジ が あります。
AWS Certified Developer - Associate
「バッジを入手する」で 受け取れます。

Credly`,
  }),
  mk({
    slug: 'ja-badge-bodyid', kind: 'badges_transferred', lang: 'ja', caseId: '1782067731', to: HANAKO.src,
    note: 'case ID only in the body; support finished moving badges',
    subject: 'バッジ に ついて', date: d('2026-11-22 02:20:00'),
    text: `佐藤 さま (ケース 1782067731)

バッジ の 移動(いどう) が おわりました。
いま、バッジ は 1つ の アカウント に まとまって います。

${sig}`,
  }),

  // ---------------- case_closed (8)
  mk({
    slug: 'ja-close-plain', kind: 'case_closed', lang: 'ja', caseId: L,
    note: 'case resolved and closed',
    subject: fs(L), date: d('2026-11-12 01:00:00'),
    text: `リン さま

この ケース を 閉じました。
また こまった ときは、新しい ケース を 作って ください。

${sig}`,
  }),
  mk({
    slug: 'ja-close-7days', kind: 'case_closed', lang: 'ja', caseId: C.hanako, to: HANAKO.keep, enc: 'sjis8',
    note: 'will auto-close in 7 days without a reply',
    subject: fs(C.hanako), date: d('2026-11-24 04:00:00'),
    text: `佐藤 さま

7日 の あいだ 返事 が ない とき、
この ケース は 自動(じどう) で 閉じます。
まだ 用事 が ある ときは、返信 して ください。

${sig}`,
  }),
  mk({
    slug: 'ja-close-restate', kind: 'case_closed', lang: 'ja', caseId: C.taro, to: TARO.keep, enc: 'jisb64', trap: true,
    note: 'closing that only restates last week\'s merge',
    subject: fs(C.taro), date: d('2026-11-03 06:00:00'),
    text: `山田 さま

先週(せんしゅう)、アカウント の 統合 が おわりました。
その あと 連絡 が ない ので、この ケース を 閉じます。

${sig}`,
  }),
  mk({
    slug: 'ja-close-html', kind: 'case_closed', lang: 'ja', caseId: L, enc: 'utf8b64',
    note: 'HTML-only notice that the case was resolved',
    from: AWS_NOTIFY, subject: `ケース ${L} は 解決(かいけつ) しました`, date: d('2026-11-12 01:02:00'),
    html: html(`こんにちは。

ケース ${L} は「解決」に なりました。
この ケース に は もう 書けません。

Amazon Web Services`),
  }),
  mk({
    slug: 'ja-close-fakeserver', kind: 'case_closed', lang: 'ja', caseId: L, trusted: false, auth: 'lookalikeServer',
    note: 'closing notice; the top A-R comes from a look-alike authserv-id: untrusted',
    subject: fs(L), date: d('2026-11-12 03:00:00'),
    text: `リン さま
ケース は 閉じました。
${sig}`,
  }),
  mk({
    slug: 'ja-close-3days', kind: 'case_closed', lang: 'ja', caseId: C.linhDup, enc: 'utf8qp',
    note: 'second case will be closed in 3 days without a reply',
    subject: fs(C.linhDup), date: d('2026-11-08 02:00:00'),
    text: `リン さま

同じ おねがい の ケース が もう 1つ あります (${L})。
こちら は 3日 後 に 閉じます。
返事 は いりません。

${sig}`,
  }),
  mk({
    slug: 'ja-close-badgerestate', kind: 'case_closed', lang: 'ja', caseId: C.hanako, to: HANAKO.keep, enc: 'sjisb64', trap: true,
    note: 'closing that restates badges moved earlier',
    subject: fs(C.hanako), date: d('2026-11-28 05:00:00'),
    text: `佐藤 さま

11月21日 に バッジ を 移しました。
その ほか に 問題 は ない と 思います。
ケース を 閉じます。

${sig}`,
  }),
  mk({
    slug: 'ja-close-notify', kind: 'case_closed', lang: 'ja', caseId: C.taro, to: TARO.keep,
    note: 'AWS Support notification: case marked resolved',
    from: AWS_NOTIFY, subject: `ケース ${C.taro} が 閉じられました`, date: d('2026-11-03 06:02:00'),
    text: `ケース ${C.taro} の 状態(じょうたい): 解決ずみ

また 開(ひら)く ときは、この ケース に 返信 して ください。

Amazon Web Services`,
  }),

  // ---------------- support_reply (8)
  mk({
    slug: 'ja-sup-thanks', kind: 'support_reply', lang: 'ja', caseId: L, trap: true,
    note: 'thanks for confirming, passed to the merge team: not yet merged',
    subject: fs(L), date: d('2026-11-06 08:20:00'),
    text: `リン さま

返事 ありがとう ございます。同意 を うけとりました。
統合(とうごう) の チーム に わたしました。
おわったら、また 連絡 します。

${sig}`,
  }),
  mk({
    slug: 'ja-sup-future', kind: 'support_reply', lang: 'ja', caseId: C.hanako, to: HANAKO.keep, enc: 'sjis8', trap: true,
    note: 'future: will write when the merge is done',
    subject: fs(C.hanako), date: d('2026-11-16 06:00:00'),
    text: `佐藤 さま

いま、作業(さぎょう) を して います。
統合 が 完了(かんりょう) しましたら、メール で お知らせ します。
2日 から 5日 くらい かかります。

${sig}`,
  }),
  mk({
    slug: 'ja-sup-notyet', kind: 'support_reply', lang: 'ja', caseId: C.taro, to: TARO.keep, enc: 'jisb64', trap: true,
    note: 'negated: the merge has not finished yet',
    subject: fs(C.taro), date: d('2026-10-26 09:00:00'),
    text: `山田 さま

しつもん ありがとう ございます。
ざんねん ですが、まだ 統合 は おわって いません。
もう すこし まって ください。

${sig}`,
  }),
  mk({
    slug: 'ja-sup-dupcases', kind: 'support_reply', lang: 'ja', caseId: L, enc: 'utf8qp', trap: true,
    note: 'merged duplicate CASES, not the accounts',
    subject: fs(L), date: d('2026-11-04 09:30:00'),
    text: `リン さま

ケース が 2つ ありました (${L} と ${C.linhDup})。
2つ の ケース を 1つ に まとめました。
これから は ${L} だけ つかって ください。

${sig}`,
  }),
  mk({
    slug: 'ja-sup-unable', kind: 'support_reply', lang: 'ja', caseId: C.taro, to: TARO.keep, trap: true,
    note: 'unable to merge right now (exam booked): support_reply',
    subject: fs(C.taro), date: d('2026-10-22 02:30:00'),
    text: `山田 さま

いま は まとめる ことが できません。
古い アカウント に 試験(しけん) の 予約(よやく) が あります (11月2日)。
試験 の あと で、もう一度 書いて ください。

${sig}`,
  }),
  mk({
    slug: 'ja-sup-escalate', kind: 'support_reply', lang: 'ja', caseId: C.hanako, to: HANAKO.keep,
    note: 'status: sent to another team, please wait',
    subject: fs(C.hanako), date: d('2026-11-13 08:45:00'),
    text: `佐藤 さま

この 件 は ほか の チーム が みます。
チーム に 送りました。
すこし 時間 が かかります。ごめんなさい。

${sig}`,
  }),
  mk({
    slug: 'ja-sup-voucher', kind: 'support_reply', lang: 'ja', caseId: L, enc: 'sjisb64', trap: true,
    note: 'answers a question about the voucher; mentions what happens after a merge (not the event)',
    subject: fs(L), date: d('2026-11-05 02:00:00'),
    text: `リン さま

しつもん の こたえ です。
割引(わりびき) の クーポン は 12月31日 まで つかえます。
統合 の あと も、クーポン は なくなりません。

${sig}`,
  }),
  mk({
    slug: 'ja-sup-writefromkeep', kind: 'support_reply', lang: 'ja', caseId: C.hanako, to: HANAKO.src, trap: true,
    note: 'asks to write from the kept address, no data requested; mentions merge conditionally',
    subject: fs(C.hanako), date: d('2026-11-11 09:00:00'),
    text: `佐藤 さま

のこす アカウント の メールアドレス から、この ケース に 書いて ください。
その あと で、統合 の 手続(てつづ)き に すすみます。

${sig}`,
  }),

  // ---------------- unrelated (8)
  mk({
    slug: 'ja-un-survey', kind: 'unrelated', lang: 'ja', caseId: L, trap: true,
    note: 'survey: was your problem solved?',
    from: AWS_NOTIFY, subject: 'アンケート: 問題 は 解決 しましたか', date: d('2026-11-12 09:00:00'),
    text: `ケース ${L} に ついて 教えて ください。
問題 は 解決(かいけつ) しましたか。
1 から 5 で えらんで ください。
1分 で おわります。

Amazon Web Services`,
  }),
  mk({
    slug: 'ja-un-examresult', kind: 'unrelated', lang: 'ja', to: HANAKO.keep, enc: 'utf8b64', trap: true,
    note: 'exam result mail ("completed", badge coming): not part of the merge case',
    from: PORTAL, subject: '試験 の 結果(けっか) が でました', date: d('2026-11-26 05:00:00'),
    text: `佐藤 花子 さん

試験 が おわりました。合格(ごうかく) です。
おめでとう ございます。
バッジ は 2日 いない に Credly から とどきます。

AWS Certification`,
  }),
  mk({
    slug: 'ja-un-ownforward', kind: 'unrelated', lang: 'ja', caseId: L, trusted: false, forUser: false, enc: 'sjis8', auth: 'none',
    from: `${LINH.ja} <${LINH.keep}>`, to: 'sato.mgr@factory.example.co.jp', trap: true,
    note: 'the user\'s own forward of the consent request to her manager',
    subject: `Fw: ${fs(L)}`, date: d('2026-11-06 13:30:00', '+0900'),
    text: `佐藤 さん

AWS から この メール が きました。
「はい」と 返信 して いい ですか。
会社 の アカウント は なくなります。

リン

---------- Forwarded message ---------
From: AWS Training and Certification <${SUPPORT_ADDR}>
Subject: ${fs(L)}

${LINH.srcId} を ${LINH.keepId} に まとめます。
これで よければ、「はい」と 返信して ください。`,
  }),
  mk({
    slug: 'ja-un-colleague', kind: 'unrelated', lang: 'ja', trusted: false, to: TARO.src, trap: true,
    from: '鈴木 一郎 <suzuki@corp.example.co.jp>',
    note: 'a colleague says HIS merge finished and gives tips',
    subject: 'アカウント の こと', date: d('2026-10-20 12:10:00', '+0900'),
    text: `山田さん

ぼく の アカウント の 統合 は もう おわったよ。
バッジ も ちゃんと 移った。
サポート から「同意 します か」と 聞かれる から、はい と 書けば いいよ。
きょう は ずっと 外 なので、へんじ は おそく なる かも。

鈴木

iPhoneから送信`,
  }),
  mk({
    slug: 'ja-un-school', kind: 'unrelated', lang: 'ja', trusted: false, enc: 'jisb64', trap: true,
    from: 'みどり 日本語 学校 <info@midori-nihongo.example.jp>',
    note: 'language school: class application received (receipt words)',
    subject: 'もうしこみ を 受け付けました', date: d('2026-11-08 10:00:00', '+0900'),
    text: `リン さん

「やさしい 日本語 で 書く」クラス の もうしこみ を 受け付けました。
うけつけ ばんごう: 2026-1108-33
12月 から はじまります。

みどり 日本語 学校`,
  }),
  mk({
    slug: 'ja-un-otherbadge', kind: 'unrelated', lang: 'ja', enc: 'utf8qp', trap: true,
    from: 'みどり 日本語 学校 via Credly <admin@credly.com>',
    note: 'Credly badge from another issuer (a language school)',
    subject: 'みどり 日本語 学校のバッジ発行のお知らせ', date: d('2026-12-01 03:00:00'),
    text: `リン さん

みどり 日本語 学校 から バッジ が とどきました。
「日本語 N3 クラス 修了(しゅうりょう)」

「バッジを入手する」を おして ください。

Credly`,
  }),
  mk({
    slug: 'ja-un-ooo', kind: 'unrelated', lang: 'ja', caseId: L, trusted: false, to: SUPPORT_ADDR, cc: LINH.keep, deliveredTo: LINH.keep, trap: true,
    from: `${LINH.ja} <${LINH.src}>`,
    extra: ['Auto-Submitted: auto-replied', 'X-Autoreply: yes'],
    note: 'out-of-office auto reply from the user\'s old company address, copied to her kept address',
    subject: `自動返信: ${fs(L)}`, date: d('2026-11-03 11:12:48', '+0900'),
    text: `メール を 受け取りました。
わたし は 11月8日 まで 休み です。
8日 から 返事 を します。

リン (工場 じむしょ)`,
  }),
  mk({
    slug: 'ja-un-refundcase', kind: 'unrelated', lang: 'ja', caseId: C.refund, enc: 'sjisb64', trap: true,
    note: 'the closing of another case about an exam refund',
    subject: `RE:[CASE ${C.refund}] [AWS Training and Certification Form Submission] - exam-refund`, date: d('2026-11-20 06:00:00'),
    text: `リン さま

試験 の お金 を かえしました (返金)。
カード に もどるまで 5日 ほど かかります。
この 返金 の ケース は 閉じます。

${sig}`,
  }),
];

