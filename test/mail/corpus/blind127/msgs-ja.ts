// dv: Japanese messages in やさしい日本語 (easy Japanese): short sentences, spaces between words, readings in ().
import type { Msg } from './lib.js';
import { AN, AN_REQ_JA, AWS_NOTIFY, CASE, CREDLY_AWS, HANAKO, M, MEI, PORTAL, SUPPORT, SUPPORT_JA, TARO, d, formSubject, html, quote, ref, sfOrig } from './common.js';

const gq = (when: string, who: string): string => `${when} ${who}:`;
const anGmail = (when: string): string => gq(when, `${AN.ja} <${AN.keep}>`);
const S = formSubject;

export const JA: Msg[] = [
  // ---------------- acknowledgement (8) ----------------
  M('ack-ja-1', 'acknowledgement', 'ja', 'easy-Japanese automatic receipt with case ID in subject', {
    from: SUPPORT_JA, caseId: CASE.an, subject: `[CASE ${CASE.an}] [AWS Training and Certification Form Submission] - account-assistance`, date: d('2026-11-02 09:14:05'), enc: 'jis7',
    text: `${AN.ja} さま

お問(と)い合(あ)わせ を うけとりました。
ケース ばんごう は ${CASE.an} です。
たんとう の 人 が よみます。1〜2日 まって ください。

このメール に へんしん しないで ください。じどう で おくって います。

AWS トレーニングと認定(にんてい)`,
  }),
  M('ack-ja-2', 'acknowledgement', 'ja', 'receipt from the AWS notification sender, HTML only, ID in body', {
    from: AWS_NOTIFY, caseId: CASE.mei, to: MEI.keep, subject: 'サポート ケース を つくりました', date: d('2026-11-05 21:40:11'), enc: 'utf8b64', wholeSubject: true,
    html: html(`${MEI.ja} さま

あたらしい サポート ケース が できました。

ケース ID: ${CASE.mei}
しゅるい: AWS トレーニングと認定
ないよう: アカウント の こと

へんじ が 来(く)る まで、すこし まって ください。
おなじ ことで、もう 1つ ケース を つくらないで ください。おそく なります。

Amazon Web Services`),
  }),
  M('ack-ja-3', 'acknowledgement', 'ja', 'receipt that lists what was received; says staff will check (confirmation word, still a receipt)', {
    caseId: CASE.taro, to: TARO.keep, trap: true, subject: S(CASE.taro), date: d('2026-11-06 10:02:44'), enc: 'sjis8',
    text: `山田 さま

メール を いただきました。ありがとう ございます。
[CASE ${CASE.taro}]

うけとった ないよう:
- なまえ: 山田 太郎
- にんてい ID: ${TARO.keepId}
- しつもん: アカウント の とうごう(2つ を 1つ に する こと)

たんとう が ないよう を かくにん して、メール で おへんじ します。
いま は なにも しなくて いい です。`,
  }),
  M('ack-ja-4', 'acknowledgement', 'ja', 'receipt in easy Japanese with English boilerplate footer; quoted form text', {
    caseId: CASE.hanako, to: HANAKO.keep, subject: S(CASE.hanako), date: d('2026-11-07 08:30:00'), enc: 'utf8qp',
    text: `こんにちは。
ケース ${CASE.hanako} を つくりました。
へんじ は この メール アドレス に おくります。

Please do not reply to this automatic message.

--- あなた が 書いた こと ---
${quote(`転職前の会社のアドレス(${HANAKO.src})のアカウントと、個人のアカウントを1つにしたいです。`)}`,
  }),
  M('ack-ja-5', 'acknowledgement', 'ja', 'forged receipt: dmarc=pass only below the receiving server Received line', {
    trusted: false, auth: 'forgedBelow', caseId: CASE.an2, subject: `[CASE ${CASE.an2}] うけつけ しました`, date: d('2026-11-09 13:11:09'), enc: 'jisb64',
    text: `グエン さま
しつもん を うけつけ ました。ケース ${CASE.an2} です。
へんじ まで 2日 ぐらい かかります。`,
  }),
  M('ack-ja-6', 'acknowledgement', 'ja', 'receipt with no topic stated; read as a receipt', {
    from: AWS_NOTIFY, caseId: CASE.an, subject: `ケース ${CASE.an}: うけとりました`, date: d('2026-11-02 09:13:40'), enc: 'sjisb64',
    text: `ありがとう ございます。
あなた の ケース が ひらきました。
ばんごう: ${CASE.an}

サポート センター で いつでも ケース を 見る こと が できます。
https://support.console.aws.amazon.com/support/home#/case/?displayId=${CASE.an}`,
  }),
  M('ack-ja-7', 'acknowledgement', 'ja', 'receipt, LF line ends, readings in parentheses', {
    crlf: false, caseId: CASE.mei, to: MEI.keep, subject: S(CASE.mei), date: d('2026-11-05 21:41:02'), enc: 'utf88bit',
    text: `林(りん) さま

受付(うけつけ) ばんごう: ${CASE.mei}

お問い合わせ(おといあわせ) を 受(う)け取(と)りました。
担当者(たんとうしゃ) から 連絡(れんらく) します。
しばらく お待(ま)ち ください。`,
  }),
  M('ack-ja-8', 'acknowledgement', 'ja', 'receipt, whole subject encoded, ID only in body', {
    caseId: CASE.taro, to: TARO.keep, subject: 'お問い合わせ ありがとう ございます', wholeSubject: true, date: d('2026-11-06 10:01:59'), enc: 'jis7',
    text: `山田 太郎 さま

AWS トレーニングと認定 です。
お問い合わせ を 受けつけ ました。

  ケース ID : ${CASE.taro}

へんじ を する とき は、けんめい(subject) を かえないで ください。`,
  }),

  // ---------------- ai_answer (7) ----------------
  M('ai-ja-1', 'ai_answer', 'ja', 'AI answer pointing to the self-service merge tool with numbered steps', {
    from: AWS_NOTIFY, subject: 'AI の こたえ: アカウント を 1つ に する', date: d('2026-11-02 09:05:10'), enc: 'utf8qp',
    text: `これ は AI が つくった こたえ です。

アカウント を 1つ に したい とき は、じぶん で できる かも しれません。
1. AWS Certification の ページ に サインイン します。
2. 「プロフィール」 を おします。
3. 「Merge Accounts」(アカウント の とうごう) を えらびます。
4. がめん の とおり に すすみます。

これ で できない とき は、「ケース を つくる」 を おして ください。`,
  }),
  M('ai-ja-2', 'ai_answer', 'ja', 'automated suggestion that also explains what happens after a merge (still ai_answer)', {
    from: AWS_NOTIFY, trap: true, subject: 'おすすめ の こたえ', date: d('2026-11-05 21:30:00'), enc: 'jisb64',
    text: `じどう の おすすめ です。

「Merge Accounts」 ツール を つかって ください。
とうごう が おわる と、しかく(にんてい) は ぜんぶ 1つ の アカウント に うつります。
バッジ は あとで Credly で うけとって ください。

この こたえ で よかった です か?`,
  }),
  M('ai-ja-3', 'ai_answer', 'ja', 'AI answer in HTML with readings', {
    from: AWS_NOTIFY, to: MEI.keep, subject: 'AI アシスタント から の こたえ', date: d('2026-11-05 21:31:10'), enc: 'utf8b64', wholeSubject: true,
    html: html(`こんにちは。AI アシスタント です。

2つ の アカウント を まとめる 方法(ほうほう):
1. 残(のこ)す アカウント で サインイン します。
2. もう 1つ の アカウント の メール と パスワード を 入(い)れます。
3. 「Merge」 を おします。

両方(りょうほう) に 合格(ごうかく) の きろく が ある とき は、ツール は つかえません。その とき は サポート に れんらく して ください。`),
  }),
  M('ai-ja-4', 'ai_answer', 'ja', 'short automated answer, Shift_JIS', {
    from: AWS_NOTIFY, to: TARO.keep, subject: 'よく ある しつもん の こたえ', date: d('2026-11-06 09:58:00'), enc: 'sjis8',
    text: `自動(じどう) の 回答(かいとう) です。

Q. アカウント が 2つ あります。
A. ポータル の 「アカウント の 統合(とうごう)」 を ためして ください。
   だめ な とき は、この あと ケース を 作(つく)れます。`,
  }),
  M('ai-ja-5', 'ai_answer', 'ja', 'AI answer in the form flow, mixed with English tool names', {
    from: AWS_NOTIFY, to: HANAKO.keep, subject: 'AI が 見つけた こたえ', date: d('2026-11-07 08:20:00'), enc: 'utf88bit',
    text: `この こたえ は 生成(せいせい) AI が 書きました。まちがい が ある かも しれません。

あなた の しつもん: 「アカウント を ひとつ に したい」

ためして ください:
1) https://www.aws.training/Certification に 行く
2) Profile → Merge Accounts
3) ふるい アカウント の じょうほう を 入れる

まだ こまって いる とき は "Create case" を おして ください。`,
  }),
  M('ai-ja-6', 'ai_answer', 'ja', 'automated answer that says badges move after merge (future, still AI)', {
    from: AWS_NOTIFY, trap: true, subject: 'じどう かいとう: バッジ と とうごう', date: d('2026-11-09 12:59:30'), enc: 'jis7',
    text: `じどう かいとう です。

とうごう の あと、バッジ が うつらない こと が あります。
さき に アカウント を まとめて、その あと Credly で バッジ を うけとって ください。
まとめる の は 「Merge Accounts」 で できます。`,
  }),
  M('ai-ja-7', 'ai_answer', 'ja', 'AI suggestion, quoted-printable, polite plain endings', {
    from: AWS_NOTIFY, to: MEI.keep, subject: '[自動] アカウント について', date: d('2026-11-20 18:00:00'), enc: 'utf8qp',
    text: `[これ は 自動 の メール です]
アカウント の もんだい は、多く の ばあい じぶん で なおせます。
いちど 「Merge Accounts」 を つかって みて ください。
それ でも だめ なら、もう いちど フォーム から 書いて ください。`,
  }),

  // ---------------- info_request (8) ----------------
  M('info-ja-1', 'info_request', 'ja', 'asks for both candidate IDs and which account to keep', {
    caseId: CASE.an, subject: S(CASE.an), date: d('2026-11-03 11:20:00'), enc: 'jis7',
    text: `グエン さま

AWS トレーニングと認定 の 木村(きむら) です。
とうごう の ため に、つぎ の こと を おしえて ください。

1. 2つ の アカウント の にんてい ID (AWS から はじまる ばんごう)
2. それぞれ の ログイン の メール アドレス
3. どちら の アカウント を のこしますか

この メール に へんしん して ください。

${anGmail('2026年11月2日(月) 9:10')}
${quote(AN_REQ_JA)}

${ref('0a1b2c')}`,
  }),
  M('info-ja-2', 'info_request', 'ja', 'asks to confirm the address to keep (confirm wording asking for information)', {
    caseId: CASE.mei, to: MEI.keep, trap: true, subject: S(CASE.mei), date: d('2026-11-06 15:45:00'), enc: 'sjisb64',
    text: `林 さま

ご連絡(れんらく) ありがとう ございます。
のこす アカウント の メール アドレス を かくにん させて ください。
${MEI.keep} で いい です か? ちがう とき は ただしい アドレス を 書いて ください。

また、けす ほう の にんてい ID も おしらせ ください。

よろしく おねがい します。
AWS Training and Certification サポート`,
  }),
  M('info-ja-3', 'info_request', 'ja', 'forged request from a look-alike domain asking for IDs and password', {
    trusted: false, from: 'AWS サポート <support@amazon-support.co.jp>', auth: 'pass', caseId: CASE.an, subject: `[CASE ${CASE.an}] じょうほう を ください`, date: d('2026-11-03 19:02:00'), enc: 'utf8b64',
    text: `グエン さま
とうごう を する ため に、にんてい ID と パスワード を 書いて ください。
きょう の うち に へんしん して ください。`,
  }),
  M('info-ja-4', 'info_request', 'ja', 'asks for the old certification notification address; Outlook-style quote', {
    caseId: CASE.taro, to: TARO.keep, subject: S(CASE.taro), date: d('2026-11-07 10:30:00'), enc: 'jisb64',
    text: `山田 さま

ありがとう ございます。しらべました。
でも、${TARO.srcId} の アカウント が 見つかりません でした。
その アカウント で つかった メール アドレス を ぜんぶ 書いて ください。
(ログイン、しけん の お知らせ、Skill Builder など)

-----Original Message-----
差出人: 山田 太郎 <${TARO.keep}>
送信日時: 2026年11月6日 9:50
宛先: ${'aws-cs-trainingcertification-form@amazon.com'}
件名: ${S(CASE.taro)}

${quote(`統合先: ${TARO.keepId}\n統合元: ${TARO.srcId}`)}`,
  }),
  M('info-ja-5', 'info_request', 'ja', 'asks to write from the kept address AND include candidate ID', {
    caseId: CASE.hanako, to: HANAKO.keep, subject: S(CASE.hanako), date: d('2026-11-08 14:10:00'), enc: 'utf8qp',
    text: `佐藤 さま

あんぜん の ため、のこす アカウント の メール アドレス から 書いて ください。
その とき、にんてい ID (AWS から はじまる ばんごう) も いっしょ に 書いて ください。

AWS トレーニングと認定 サポート  高橋(たかはし)`,
  }),
  M('info-ja-6', 'info_request', 'ja', 'request without the request word: list what is missing', {
    caseId: CASE.an2, subject: S(CASE.an2), date: d('2026-11-10 16:00:00'), enc: 'sjis8',
    text: `グエン さま

ケース ${CASE.an2} に ついて です。
いま わかって いる こと:
- のこす アカウント: ${AN.keepId}
たりない こと:
- もう 1つ の アカウント の メール アドレス
- もう 1つ の アカウント の にんてい ID
これ が わかれば、つぎ に すすめます。`,
  }),
  M('info-ja-7', 'info_request', 'ja', 'mixed Japanese/English, asks for names on both accounts', {
    caseId: CASE.mei, to: MEI.keep, subject: S(CASE.mei), date: d('2026-11-09 09:00:00'), enc: 'utf88bit',
    text: `林 さま / Dear Lin Mei,

2つ の アカウント で なまえ が ちがいます。
(Lin Mei と 林 美)
おなじ 人 か どうか を しる ため に、しけん を うけた 日 と しけん の なまえ を 1つ ずつ 書いて ください。

Thank you.
AWS Training and Certification`,
  }),
  M('info-ja-8', 'info_request', 'ja', 'Gmail quote, asks which of three accounts is the one to keep', {
    caseId: CASE.an, subject: S(CASE.an), date: d('2026-11-04 10:05:00'), enc: 'jis7',
    text: `グエン さま

おへんじ ありがとう。
しらべる と、アカウント が 3つ ありました。
  ${AN.keepId} / ${AN.srcId} / AWS77012345
のこす の は どれ です か? けす 2つ も おしえて ください。

${anGmail('2026年11月3日(火) 20:31')}
${quote(`のこす: ${AN.keepId}\nけす: ${AN.srcId}`)}`,
  }),

  // ---------------- confirmation_request (8) ----------------
  M('conf-ja-1', 'confirmation_request', 'ja', 'asks the user to agree to the merge, cannot be undone', {
    caseId: CASE.an, subject: S(CASE.an), date: d('2026-11-05 11:00:00'), enc: 'jis7',
    text: `グエン さま

じょうほう を ありがとう ございます。
つぎ の とおり に とうごう します。

  のこす: ${AN.keepId} (${AN.keep})
  けす:   ${AN.srcId} (${AN.src})

ちゅうい: とうごう した あと、もと に もどす こと は できません。
これ で いい とき は 「はい」 と へんしん して ください。`,
  }),
  M('conf-ja-2', 'confirmation_request', 'ja', 'consent request phrased as a question, Shift_JIS base64', {
    caseId: CASE.mei, to: MEI.keep, subject: S(CASE.mei), date: d('2026-11-11 10:20:00'), enc: 'sjisb64',
    text: `林 さま

${MEI.srcId} の きろく を ${MEI.keepId} に うつして も いい です か?
うつした あと は、もと に もどりません。
いい です よ、と へんじ を もらったら すすめます。`,
  }),
  M('conf-ja-3', 'confirmation_request', 'ja', 'forged consent request: dmarc=fail at the top', {
    trusted: false, auth: 'fail', caseId: CASE.taro, to: TARO.keep, subject: S(CASE.taro), date: d('2026-11-08 02:14:00'), enc: 'utf8b64',
    text: `山田 さま
とうごう して いい か、下(した) の リンク で 「はい」 を おして ください。
http://aws-merge-check.example.net/yes`,
  }),
  M('conf-ja-4', 'confirmation_request', 'ja', 'consent request with numbered easy steps, quoted thread in Salesforce style', {
    caseId: CASE.hanako, to: HANAKO.keep, subject: S(CASE.hanako), date: d('2026-11-10 09:40:00'), enc: 'utf8qp',
    text: `佐藤 さま

じゅんび が できました。
1. この メール を よんで ください。
2. とうごう は やりなおし が できません。
3. だいじょうぶ なら、「とうごう に どうい します」 と 書いて へんしん して ください。

${sfOrig(`${HANAKO.ja} <${HANAKO.keep}>`, '2026/11/09 21:02', S(CASE.hanako), `のこす: ${HANAKO.keepId}\nけす: ${HANAKO.srcId}`)}`,
  }),
  M('conf-ja-5', 'confirmation_request', 'ja', 'consent request, te-form clauses, ID mid-sentence', {
    caseId: CASE.an2, subject: S(CASE.an2), date: d('2026-11-12 13:30:00'), enc: 'jisb64',
    text: `グエン さま

しらべて、${AN.srcId} と ${AN.keepId} が おなじ 人 だ と わかりました。
まとめる 前 に、あなた の OK が ひつよう です。
まとめる と もどせない ので、よく 見て、OK なら へんじ を ください。`,
  }),
  M('conf-ja-6', 'confirmation_request', 'ja', 'consent request in HTML+text, sent to a colleague list by mistake', {
    forUser: false, deliveredTo: 'soumu@corp.example.co.jp', caseId: CASE.taro, subject: S(CASE.taro), date: d('2026-11-09 15:00:00'), enc: 'utf8b64', to: '総務 <soumu@corp.example.co.jp>',
    text: `山田 さま\n\nアカウント を 1つ に する 準備(じゅんび) が できました。\n元(もと) に 戻(もど)せません。\nよければ 「同意(どうい) します」 と 返信(へんしん) して ください。`,
    html: html(`山田 さま\n\nアカウント を 1つ に する 準備(じゅんび) が できました。\n元(もと) に 戻(もど)せません。\nよければ 「同意(どうい) します」 と 返信(へんしん) して ください。`),
  }),
  M('conf-ja-7', 'confirmation_request', 'ja', 'consent asked without the usual word: "reply yes and we start"', {
    caseId: CASE.mei, to: MEI.keep, subject: `Re: ${S(CASE.mei)}`, date: d('2026-11-12 08:05:00'), enc: 'utf88bit',
    text: `林 さま
「はい」 の 1かい の へんじ で、2つ の アカウント は 1つ に なります。あと から 2つ に わける こと は できません。
へんじ を まって います。
サポート 中村(なかむら)`,
  }),
  M('conf-ja-8', 'confirmation_request', 'ja', 'consent request, Shift_JIS 8bit, bottom-posted under quote', {
    caseId: CASE.an, subject: S(CASE.an), date: d('2026-11-05 18:22:00'), enc: 'sjis8',
    text: `${anGmail('2026年11月4日(水) 22:10')}
${quote(`のこす の は ${AN.keepId} です。けす の は ${AN.srcId} と AWS77012345 です。`)}

わかりました。3つ を ${AN.keepId} に まとめます。
とうごう は とりけし が できません。すすめて いい か、へんしん で おしえて ください。`,
  }),

  // ---------------- merge_completed (8) ----------------
  M('merge-ja-1', 'merge_completed', 'ja', 'support says the merge is done', {
    caseId: CASE.an, subject: S(CASE.an), date: d('2026-11-07 16:40:00'), enc: 'jis7',
    text: `グエン さま

アカウント の とうごう が おわりました。
いま は ${AN.keepId} だけ を つかいます。
しかく の きろく も ここ に あります。`,
  }),
  M('merge-ja-2', 'merge_completed', 'ja', 'certification portal notice, no case ID', {
    from: PORTAL, to: MEI.keep, subject: 'アカウント が 1つ に なりました', date: d('2026-11-13 07:00:00'), enc: 'utf8b64', wholeSubject: true,
    html: html(`${MEI.en} さま

あなた の AWS Certification アカウント は、1つ に まとめられました。
これから は ${MEI.keep} で サインイン して ください。

AWS Certification`),
  }),
  M('merge-ja-3', 'merge_completed', 'ja', 'completion that asks the user to check everything looks right (still merge_completed)', {
    caseId: CASE.taro, to: TARO.keep, trap: true, subject: S(CASE.taro), date: d('2026-11-10 12:00:00'), enc: 'sjis8',
    text: `山田 さま

${TARO.srcId} を ${TARO.keepId} に まとめました。
サインイン して、しかく と バウチャー が ある か かくにん して ください。
なにか ちがう とき は、この メール に へんしん して ください。`,
  }),
  M('merge-ja-4', 'merge_completed', 'ja', 'completion plus "this case will now close"', {
    caseId: CASE.hanako, to: HANAKO.keep, subject: S(CASE.hanako), date: d('2026-11-12 17:30:00'), enc: 'utf8qp',
    text: `佐藤 さま

とうごう が かんりょう しました。
ふるい アカウント の しけん の きろく は、いま ${HANAKO.keepId} に あります。
この ケース は これで とじます。ありがとう ございました。`,
  }),
  M('merge-ja-5', 'merge_completed', 'ja', 'forged completion: no Authentication-Results at all', {
    trusted: false, auth: 'none', caseId: CASE.an2, subject: S(CASE.an2), date: d('2026-11-13 03:30:00'), enc: 'jisb64',
    text: `グエン さま
アカウント は 1つ に なりました。
下 の リンク から もう いちど サインイン して ください。`,
  }),
  M('merge-ja-6', 'merge_completed', 'ja', 'completion with an ID between the meaningful words, Gmail quote of consent', {
    caseId: CASE.mei, to: MEI.keep, subject: S(CASE.mei), date: d('2026-11-14 10:10:00'), enc: 'utf88bit',
    text: `林 さま

おまたせ しました。${MEI.srcId} の ぶん は、もう ${MEI.keepId} に はいって います。
2つ の アカウント は 1つ に なりました。

${gq('2026年11月12日(木) 9:00', `${MEI.ja} <${MEI.keep}>`)}
${quote('はい、まとめて ください。')}`,
  }),
  M('merge-ja-7', 'merge_completed', 'ja', 'completion, kanji with readings, LF', {
    crlf: false, caseId: CASE.an, subject: `Re: ${S(CASE.an)}`, date: d('2026-11-08 09:15:00'), enc: 'sjisb64',
    text: `グエン さま

統合(とうごう) が 完了(かんりょう) しました。
3つ の アカウント は ${AN.keepId} に なりました。
合格(ごうかく) の 記録(きろく) は 全部(ぜんぶ) 見えます。`,
  }),
  M('merge-ja-8', 'merge_completed', 'ja', 'portal notice in Japanese, multipart', {
    from: PORTAL, to: TARO.keep, subject: 'アカウント の とうごう が おわりました', date: d('2026-11-10 11:58:00'), enc: 'utf8qp', wholeSubject: true,
    text: `山田 さま\n\nアカウント の とうごう が おわりました。\nこれから は 1つ の アカウント を つかって ください。`,
    html: html(`山田 さま\n\nアカウント の とうごう が おわりました。\nこれから は 1つ の アカウント を つかって ください。`),
  }),

  // ---------------- badges_transferred (7) ----------------
  M('badge-ja-1', 'badges_transferred', 'ja', 'AWS badge issued via Credly to the kept account', {
    from: CREDLY_AWS, to: AN.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-11-09 08:00:00'), enc: 'utf8b64',
    html: html(`${AN.en} さん

AWS Certified Solutions Architect - Associate の バッジ が あります。
下 の ボタン を おして ください。

[バッジを入手する]

Credly`),
  }),
  M('badge-ja-2', 'badges_transferred', 'ja', 'support says badges moved and closes', {
    caseId: CASE.an, subject: S(CASE.an), date: d('2026-11-10 14:00:00'), enc: 'jis7',
    text: `グエン さま

Credly の バッジ も、のこす アカウント に うつしました。
Credly に サインイン して 見て ください。
これで この ケース を とじます。`,
  }),
  M('badge-ja-3', 'badges_transferred', 'ja', 'forged Credly sender credIy.com', {
    trusted: false, from: 'Amazon Web Services via Credly <admin@credIy.com>', auth: 'pass', to: MEI.keep, subject: 'バッジ が うつりました', date: d('2026-11-15 04:00:00'), enc: 'utf8qp',
    text: `バッジ を あたらしい アカウント に うつしました。
ここ で うけとって ください: http://credly-badge.example.net/accept`,
  }),
  M('badge-ja-4', 'badges_transferred', 'ja', 'support: badges now on the kept Credly account', {
    caseId: CASE.taro, to: TARO.keep, subject: S(CASE.taro), date: d('2026-11-12 10:00:00'), enc: 'sjis8',
    text: `山田 さま

おまたせ しました。
バッジ の チーム が、3つ の バッジ を ${TARO.keep} の Credly アカウント に うつしました。`,
  }),
  M('badge-ja-5', 'badges_transferred', 'ja', 'Credly issuance mail to the kept account, multipart', {
    from: CREDLY_AWS, to: HANAKO.keep, subject: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', date: d('2026-11-13 09:00:00'), enc: 'utf8qp',
    text: `佐藤 花子 さん\n\nAWS Certified Cloud Practitioner の バッジ が とどきました。\nバッジを入手する: https://www.credly.com/earner/earned/badge/`,
    html: html(`佐藤 花子 さん\n\nAWS Certified Cloud Practitioner の バッジ が とどきました。\n\n[バッジを入手する]`),
  }),
  M('badge-ja-6', 'badges_transferred', 'ja', 'support says badges were moved, ID in the middle, Outlook quote', {
    caseId: CASE.mei, to: MEI.keep, subject: S(CASE.mei), date: d('2026-11-17 11:11:00'), enc: 'utf8b64',
    text: `林 さま

バッジ の けん、${MEI.keepId} の ほう へ いどう が すみました。
Credly の ページ で 2つ の バッジ が 見えます。

差出人: 林 美 <${MEI.keep}>
送信日時: 2026年11月15日 20:00
件名: ${S(CASE.mei)}

${quote('バッジ が まだ ふるい アカウント に あります。')}`,
  }),
  M('badge-ja-7', 'badges_transferred', 'ja', 'badges moved; reading aids; LF', {
    crlf: false, caseId: CASE.an2, subject: S(CASE.an2), date: d('2026-11-16 15:20:00'), enc: 'jisb64',
    text: `グエン さま
バッジ を 移(うつ)しました。
今(いま) は 残(のこ)した アカウント で 見(み)る こと が できます。`,
  }),

  // ---------------- case_closed (7) ----------------
  M('close-ja-1', 'case_closed', 'ja', 'will auto-close in 7 days without a reply', {
    caseId: CASE.mei, to: MEI.keep, subject: S(CASE.mei), date: d('2026-11-18 10:00:00'), enc: 'jis7',
    text: `林 さま

まだ へんじ が ありません。
7日 の あいだ に へんじ が ない と、この ケース は じどう で とじます。`,
  }),
  M('close-ja-2', 'case_closed', 'ja', 'closing notice restating an earlier merge (not a new merge)', {
    caseId: CASE.an, trap: true, subject: S(CASE.an), date: d('2026-11-14 09:00:00'), enc: 'sjisb64',
    text: `グエン さま

せんしゅう アカウント を まとめました ので、この ケース を とじます。
また こまった とき は、あたらしい ケース を つくって ください。`,
  }),
  M('close-ja-3', 'case_closed', 'ja', 'case resolved and closed by the system', {
    from: AWS_NOTIFY, caseId: CASE.taro, to: TARO.keep, subject: `ケース ${CASE.taro} は とじました`, date: d('2026-11-20 00:00:00'), enc: 'utf8qp',
    text: `ケース ${CASE.taro} は 「かいけつ」 に なりました。
この ケース は もう ひらいて いません。`,
  }),
  M('close-ja-4', 'case_closed', 'ja', 'closing that restates badges already moved', {
    caseId: CASE.hanako, to: HANAKO.keep, trap: true, subject: S(CASE.hanako), date: d('2026-11-21 10:00:00'), enc: 'utf88bit',
    text: `佐藤 さま
まえ に おしらせ した とおり、バッジ は もう うつって います。
ほか に しつもん が ない ので、ケース を とじます。`,
  }),
  M('close-ja-5', 'case_closed', 'ja', 'closed because no reply; redirected by the old company server (Resent-*)', {
    forUser: false, to: AN.src, resent: { from: 'postmaster@oldwork.example.jp', to: 'it-archive@oldwork.example.jp', date: d('2026-11-25 10:01:00') }, caseId: CASE.an2, subject: S(CASE.an2), date: d('2026-11-25 10:00:00'), enc: 'jisb64',
    text: `グエン さま
へんじ が なかった ので、ケース を とじました。
まだ てつだい が ひつよう なら、この メール に へんしん して ください。`,
  }),
  M('close-ja-6', 'case_closed', 'ja', 'reminder: closes in 3 days, readings', {
    caseId: CASE.taro, to: TARO.keep, subject: S(CASE.taro), date: d('2026-11-17 10:00:00'), enc: 'sjis8',
    text: `山田 さま
この ケース は 3日後(みっかご) に 終了(しゅうりょう) します。
質問(しつもん) が ある とき は、それまで に 返信(へんしん) して ください。`,
  }),
  M('close-ja-7', 'case_closed', 'ja', 'closing note, HTML only', {
    from: AWS_NOTIFY, caseId: CASE.mei, to: MEI.keep, subject: 'サポート ケース が おわりました', wholeSubject: true, date: d('2026-11-26 00:00:00'), enc: 'utf8b64',
    html: html(`ケース ID: ${CASE.mei}\n\nこの ケース は クローズ しました。\nまた なにか あれば、サポート センター から れんらく して ください。`),
  }),

  // ---------------- support_reply (8) ----------------
  M('sup-ja-1', 'support_reply', 'ja', 'thanks for confirming, passed to the team', {
    caseId: CASE.an, trap: true, subject: S(CASE.an), date: d('2026-11-06 10:00:00'), enc: 'jis7',
    text: `グエン さま

かくにん の へんじ、ありがとう ございます。
とうごう の チーム に おくりました。
おわったら、また メール します。`,
  }),
  M('sup-ja-2', 'support_reply', 'ja', 'future merge ("when it is done we will tell you")', {
    caseId: CASE.mei, to: MEI.keep, trap: true, subject: S(CASE.mei), date: d('2026-11-12 15:00:00'), enc: 'utf8qp',
    text: `林 さま
いま とうごう の さぎょう を して います。
とうごう が おわりましたら、すぐ おしらせ します。3〜5日 ぐらい かかります。`,
  }),
  M('sup-ja-3', 'support_reply', 'ja', 'negated: merge not finished yet', {
    caseId: CASE.taro, to: TARO.keep, trap: true, subject: S(CASE.taro), date: d('2026-11-09 18:00:00'), enc: 'sjis8',
    text: `山田 さま
ごめんなさい。とうごう は まだ おわって いません。
もう すこし まって ください。`,
  }),
  M('sup-ja-4', 'support_reply', 'ja', 'merged duplicate cases, not accounts', {
    caseId: CASE.an, trap: true, subject: S(CASE.an), date: d('2026-11-09 11:00:00'), enc: 'jisb64',
    text: `グエン さま
おなじ しつもん の ケース が 2つ ありました。
${CASE.an2} を ${CASE.an} に まとめました。これから は この ケース だけ で はなします。`,
  }),
  M('sup-ja-5', 'support_reply', 'ja', 'write from the kept address (no data asked)', {
    caseId: CASE.hanako, to: HANAKO.src, forUser: true, subject: S(CASE.hanako), date: d('2026-11-08 09:00:00'), enc: 'utf88bit',
    text: `佐藤 さま
この あと の メール は、のこす アカウント の アドレス から おくって ください。`,
  }),
  M('sup-ja-6', 'support_reply', 'ja', 'escalated to a specialist team; badges team investigating', {
    caseId: CASE.mei, to: MEI.keep, trap: true, subject: S(CASE.mei), date: d('2026-11-16 13:00:00'), enc: 'sjisb64',
    text: `林 さま
バッジ が うつって いない こと、わかりました。
せんもん の チーム に しらべて もらって います。もう すこし まって ください。`,
  }),
  M('sup-ja-7', 'support_reply', 'ja', 'unable to merge via the tool, support will do it (negated)', {
    caseId: CASE.an2, trap: true, subject: S(CASE.an2), date: d('2026-11-11 09:30:00'), enc: 'utf8b64',
    text: `グエン さま
ツール では とうごう できません でした。りょうほう に しけん の きろく が ある から です。
こちら で すすめる ので、しんぱい しないで ください。`,
  }),
  M('sup-ja-8', 'support_reply', 'ja', 'answer about vouchers while the case continues, cc colleague', {
    caseId: CASE.taro, to: TARO.keep, cc: 'suzuki@corp.example.co.jp', subject: S(CASE.taro), date: d('2026-11-11 14:40:00'), enc: 'jis7',
    text: `山田 さま
しつもん の こたえ です。
50% の わりびき バウチャー は、なくなりません。のこる アカウント で つかえます。`,
  }),

  // ---------------- unrelated (13) ----------------
  M('unr-ja-1', 'unrelated', 'ja', 'Credly badge from a Japanese language school (other issuer)', {
    from: 'ひかり 日本語 学校 via Credly <admin@credly.com>', trap: true, subject: 'ひかり 日本語 学校のバッジ発行のお知らせ', date: d('2026-11-04 12:00:00'), enc: 'utf8b64',
    html: html(`グエン さん\n\n日本語 N3 コース の バッジ が あります。\n[バッジを入手する]`),
  }),
  M('unr-ja-2', 'unrelated', 'ja', 'survey after the case: "was your problem solved"', {
    from: AWS_NOTIFY, trap: true, caseId: CASE.an, subject: 'アンケート に こたえて ください', wholeSubject: true, date: d('2026-11-15 10:00:00'), enc: 'utf8qp',
    text: `ケース ${CASE.an} が とじました。
もんだい は かいけつ しましたか? 1つ だけ こたえて ください。
[はい] [いいえ]`,
  }),
  M('unr-ja-3', 'unrelated', 'ja', 'exam booking completed (not a merge)', {
    from: PORTAL, trap: true, subject: 'しけん の よやく が かんりょう しました', wholeSubject: true, date: d('2026-11-20 12:00:00'), enc: 'jis7',
    text: `グエン さま
しけん の よやく が おわりました。
しけん: AWS Certified Developer - Associate
日: 2026年12月5日 10:00
ばしょ: オンライン`,
  }),
  M('unr-ja-4', 'unrelated', 'ja', 'colleague asks in easy Japanese if the merge is done', {
    trusted: false, forUser: false, from: '鈴木 一郎 <suzuki@corp.example.co.jp>', to: 'aws-team@corp.example.co.jp', deliveredTo: 'aws-team@corp.example.co.jp', trap: true, subject: 'アカウント の こと', date: d('2026-11-11 17:00:00'), enc: 'sjis8',
    text: `山田 さん
AWS の アカウント の とうごう、おわりましたか?
バッジ が うつったら、チーム の リスト を なおします。`,
  }),
  M('unr-ja-5', 'unrelated', 'ja', "the user's own consent reply (sent copy)", {
    trusted: false, from: `${AN.ja} <${AN.keep}>`, to: 'aws-cs-trainingcertification-form@amazon.com', cc: AN.src, deliveredTo: AN.src, trap: true, caseId: CASE.an, subject: S(CASE.an), date: d('2026-11-05 20:00:00'), enc: 'utf88bit',
    text: `はい、とうごう して ください。
のこす の は ${AN.keepId} です。
グエン`,
  }),
  M('unr-ja-6', 'unrelated', 'ja', 'receipt of another case about a refund', {
    from: AWS_NOTIFY, trap: true, caseId: CASE.other, subject: `ケース ${CASE.other} を うけつけました`, date: d('2026-11-18 09:00:00'), enc: 'sjisb64',
    text: `あたらしい ケース を うけつけました。
ケース ID: ${CASE.other}
ないよう: しけん りょうきん の へんきん(おかね を かえす こと)`,
  }),
  M('unr-ja-7', 'unrelated', 'ja', 'auto-reply from the old company mailbox', {
    trusted: false, from: 'oldwork 自動応答 <noreply@oldwork.example.jp>', to: AN.src, trap: true, subject: '自動 返信: この アドレス は つかえません', date: d('2026-11-03 11:21:00'), enc: 'jis7',
    extra: ['Auto-Submitted: auto-replied'],
    text: `これ は じどう の へんしん です。
この アドレス は もう つかって いません。あなた の メール は うけとりました が、よみません。`,
  }),
  M('unr-ja-8', 'unrelated', 'ja', "Credly's own account-merge code mail", {
    from: 'Credly <admin@credly.com>', trap: true, subject: 'Credly アカウント の とうごう コード', wholeSubject: true, date: d('2026-11-09 20:00:00'), enc: 'utf8qp',
    text: `Credly アカウント を まとめる ため の コード です。
コード: 483920
この コード を Credly の がめん に 入れて ください。`,
  }),
  M('unr-ja-9', 'unrelated', 'ja', 'Skill Builder course completed', {
    from: 'AWS Skill Builder <no-reply@skillbuilder.aws.training>', to: MEI.keep, trap: true, subject: 'コース を 完了(かんりょう) しました', wholeSubject: true, date: d('2026-11-10 20:00:00'), enc: 'utf8b64',
    html: html(`おめでとう ございます。\n「AWS Cloud Practitioner Essentials」 を 完了 しました。`),
  }),
  M('unr-ja-10', 'unrelated', 'ja', 'city office notice in easy Japanese (not AWS)', {
    trusted: false, from: 'みどり 市役所 <info@city.midori.example.lg.jp>', trap: true, subject: 'てつづき が おわりました', wholeSubject: true, date: d('2026-11-12 09:00:00'), enc: 'sjis8',
    text: `グエン さま
じゅうしょ の へんこう の てつづき が おわりました。
あたらしい カード を とり に きて ください。`,
  }),
  M('unr-ja-11', 'unrelated', 'ja', 'event registration received', {
    from: 'AWS イベント <aws-events@amazon.com>', to: TARO.keep, trap: true, subject: 'もうしこみ を うけつけ ました', wholeSubject: true, date: d('2026-11-19 12:00:00'), enc: 'jisb64',
    text: `AWS ワークショップ の もうしこみ を うけつけました。
日: 12月10日
ばしょ: オンライン`,
  }),
  M('unr-ja-12', 'unrelated', 'ja', 'Microsoft badge via Credly', {
    from: 'Microsoft via Credly <admin@credly.com>', to: MEI.keep, trap: true, subject: 'Microsoftのバッジ発行のお知らせ', date: d('2026-11-22 12:00:00'), enc: 'utf8qp',
    text: `林 さん\nAzure Fundamentals の バッジ を うけとって ください。\nバッジを入手する`,
  }),
  M('unr-ja-13', 'unrelated', 'ja', 'exam result: passed, badge will come later', {
    from: PORTAL, to: HANAKO.keep, trap: true, subject: 'しけん の けっか', wholeSubject: true, date: d('2026-11-23 12:00:00'), enc: 'utf8b64',
    text: `佐藤 さま\nごうかく です。おめでとう ございます。\nバッジ は 数日(すうじつ) で Credly から とどきます。`,
  }),
];
