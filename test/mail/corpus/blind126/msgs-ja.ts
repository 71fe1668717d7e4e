// Japanese messages of set du. Numbers and dates are written every way on purpose.
import { C, CREDLY, HANAKO, KENJI, NOTIFY, PORTAL, SUPPORT, TARO, TRAINING, form, fw, grp, make, q, type Spec } from './common.js';

const K = KENJI;
const kReq = `AWS認定のアカウントが二つあるので一つにまとめたいです。
残す方: ${K.keepId} / ${K.keep}
消す方: ${K.srcId} / ${K.src}
森 健二`;

const ja: Spec[] = [
  // ---------------- acknowledgement (7) ----------------
  {
    s: 'uketsuke-fw', k: 'acknowledgement', l: 'ja', c: C.kenji, n: 'automatic receipt, case number in full-width digits in subject and body',
    from: NOTIFY, subj: `【受付】お問い合わせ番号 ${fw(C.kenji)}`,
    body: `森 健二 様

AWS トレーニングと認定 へのお問い合わせを受け付けました。
お問い合わせ番号：${fw(C.kenji)}
受付日時：二〇二六年十月二日 午前十時十五分（日本時間）

担当者より通常一～二営業日以内にご連絡いたします。同じ内容で新しいお問い合わせを作成されますと、回答が遅れる場合がございます。
このメールは送信専用アドレスから送られています。`,
  },
  {
    s: 'uketsuke-split', k: 'acknowledgement', l: 'ja', c: C.hanako, n: 'receipt whose case ID is broken across a line in the body only',
    to: HANAKO.keep, subj: 'お問い合わせありがとうございます（自動送信）',
    body: `佐藤 花子 様

この度はお問い合わせいただき誠にありがとうございます。本メールはシステムからの自動送信です。
ご登録いただいた内容は、ケース番号 17812
990433 として記録されました。

ご返信の際は件名を変更せずにお送りください。
回答までの目安：３営業日
AWS Training and Certification`,
  },
  {
    s: 'uketsuke-reiwa', k: 'acknowledgement', l: 'ja', c: C.taro, n: 'receipt with era-year date and case ID written with hyphens',
    to: TARO.keep, subj: `[CASE ${C.taro}] ご依頼を承りました`,
    body: `山田 太郎 様

令和8年11月4日付でお送りいただいたご依頼を承りました。
ケースＩＤ：${grp(C.taro, '-')}
内容を確認次第、担当窓口からご案内します。ご返答は明後日ごろまでにお送りする予定です。

※このメールに心当たりがない場合は破棄してください。`,
  },
  {
    s: 'uketsuke-html', k: 'acknowledgement', l: 'ja', c: C.kenjiOld, html: 'only', n: 'HTML-only receipt, number spaced out',
    subj: 'AWS サポート: 新しいケースが作成されました', from: NOTIFY,
    body: `森 健二 様

新しいサポートケースが作成されました。

ケース番号　${grp(C.kenjiOld, ' ', 3)}
件名　AWS Training and Certification Form Submission
作成日　2026/10/11 23:48 UTC（日本時間 10月12日 午前8時48分）

追加の情報はこのメールに返信してお知らせください。`,
  },
  {
    s: 'uketsuke-sjis', k: 'acknowledgement', l: 'ja', c: C.kenji, enc: 'sjis8', n: 'bare receipt, Shift_JIS, date in kanji numerals',
    subj: form(C.kenji),
    body: `お問い合わせを受け付けました。

■受付番号
${C.kenji}
■受付日
十月二日（金）

二十四時間以内に自動で確認のご連絡が届かない場合は、迷惑メールフォルダをご確認ください。
本メールへの返信で情報を追加できます。`,
  },
  {
    s: 'uketsuke-fake', k: 'acknowledgement', l: 'ja', c: C.kenji, auth: 'none', from: 'AWS トレーニングと認定 <support@amaz0n-training.jp>', n: 'look-alike sender, no authentication: untrusted receipt',
    subj: `ケース ${C.kenji} を受付しました`,
    body: `森 健二 様

お問い合わせ（ケース ${C.kenji}）を受付しました。
ご本人確認のため、三日以内に下記よりサインインしてください。
https://amaz0n-training.jp/signin

AWS トレーニングと認定 サポートセンター`,
  },
  {
    s: 'uketsuke-mobile', k: 'acknowledgement', l: 'ja', c: C.dana, to: HANAKO.keep, enc: 'utf8b64', n: 'receipt with UTC timestamp and ISO date',
    subj: `[CASE ${C.dana}] お問い合わせ受付のお知らせ`, from: NOTIFY,
    body: `お問い合わせを受け付けました。

ケース: ${C.dana}
受付: 2026-11-18T02:07:44Z
状態: 未対応

担当者の割り当て後、このアドレスにご連絡します。`,
  },
  // ---------------- ai_answer (7) ----------------
  {
    s: 'ai-selfservice', k: 'ai_answer', l: 'ja', n: 'AI-generated suggestion to use the Merge Accounts tool, counts in kanji',
    from: NOTIFY, subj: 'AI アシスタントからの回答候補',
    body: `この回答は生成 AI によって自動作成されたものです。

ご質問: 認定アカウントが二つある

回答案:
認定アカウントが二つある場合、多くは認定ポータルの［プロフィール］→［アカウントの統合］からご自身で一つにできます。
手順は三つです。
一、残すアカウントでサインインする
二、統合したいもう一方のアカウントの認証情報を入力する
三、画面の案内に従って完了する
どちらのアカウントにも認定の履歴がある場合、このツールは使えません。その際は「ケースを作成」からお問い合わせください。

この回答は役に立ちましたか？`,
  },
  {
    s: 'ai-48h', k: 'ai_answer', l: 'ja', t: true, n: 'automated answer mentioning 48 hours and what happens after a merge', html: 'alt',
    from: TRAINING, subj: '自動回答：アカウントの統合について',
    body: `こちらは自動回答です。

統合ツールで手続きが終わると、四十八時間ほどで資格と特典（次回受験の５０％割引バウチャーなど）が残したアカウントに表示されます。
Credly のデジタルバッジは統合の後で受け取り直す必要がある場合があります。

解決しない場合は、この画面の「ケースを作成」を選んでください。`,
  },
  {
    s: 'ai-kanji', k: 'ai_answer', l: 'ja', c: C.hanako, to: HANAKO.keep, n: 'automated suggestion on an open case, dates in kanji',
    subj: `[CASE ${C.hanako}] おすすめの解決方法`, from: NOTIFY,
    body: `佐藤 花子 様

ケース ${C.hanako} の内容から、以下の自動回答を作成しました（担当者による回答ではありません）。

・令和七年以前に取得した認定もアカウントの統合で引き継がれます。
・まずは認定ポータルの統合ツールをお試しください。二〇二六年十二月一日以降、ツールの画面が新しくなっています。

この提案で解決した場合は、操作は不要です。解決しなかった場合はこのメールに返信してください。`,
  },
  {
    s: 'ai-sjisb64', k: 'ai_answer', l: 'ja', enc: 'sjisb64', n: 'Shift_JIS base64 AI answer about candidate IDs in full width',
    from: NOTIFY, subj: '生成AIによる回答（参考）',
    body: `※生成AIによる参考回答です。内容の正確性は保証されません。

受験者ＩＤ（ＡＷＳ＋数字八桁）が二つある場合は、アカウントの統合ツールで一つにできます。
統合元のアカウントのＩＤとパスワードをご用意ください。
それでも解決しない場合は、お問い合わせフォームから担当者にご連絡ください。`,
  },
  {
    s: 'ai-utc', k: 'ai_answer', l: 'ja', c: C.taro, to: TARO.keep, n: 'AI reply with times in UTC and JST',
    subj: `Re: [CASE ${C.taro}] 自動提案`, from: NOTIFY,
    body: `山田 様

自動応答システムからのご案内です。
現在、統合ツールは 12月10日 01:00 UTC（日本時間 同日 午前10時）まで保守のため停止しています。
再開後にツールをお試しいただき、両方のアカウントに合格履歴があるためエラーになる場合は、担当者が対応いたします。

このメッセージは自動で作成されました。`,
  },
  {
    s: 'ai-fake', k: 'ai_answer', l: 'ja', auth: 'forgedBelow', from: 'AWS Support AI <ai-answer@aws-certification-help.com>', n: 'AI answer from an outside domain with a forged pass below the Received line',
    subj: 'AIアシスタント：アカウント統合のご案内',
    body: `AIアシスタントが回答します。

アカウントを統合するには、両方のアカウントのパスワードをこのメールに返信してください。
二十四時間以内に処理します。`,
  },
  {
    s: 'ai-zenkaku', k: 'ai_answer', l: 'ja', enc: 'utf8qp', n: 'AI answer, counts of certifications in words',
    from: TRAINING, subj: 'ご質問への自動回答',
    body: `自動で作成された回答です。

「認定が三つある方のアカウントに、もう一つの方の認定を二つ移したい」というご質問ですね。
統合ツールを使うと、統合元のアカウントの認定はすべて統合先に移ります。一部だけを移すことはできません。
認定ポータルのプロフィール画面からお試しください。`,
  },
  // ---------------- info_request (8) ----------------
  {
    s: 'info-ids', k: 'info_request', l: 'ja', c: C.kenji, n: 'human asks for both candidate IDs and addresses; deadline in kanji',
    subj: form(C.kenji),
    body: `森 健二 様

お問い合わせいただきありがとうございます。担当の小林です。
統合の手続きを進めるにあたり、以下をお知らせください。

一、両方のアカウントの受験者ID（AWS から始まる番号）
二、それぞれのアカウントに登録されているメールアドレス
三、どちらのアカウントを残すご希望か

十二月十一日（金）までにご返信がない場合、本件はいったん保留となります。

よろしくお願いいたします。
小林
AWS Training and Certification`,
  },
  {
    s: 'info-which', k: 'info_request', l: 'ja', c: C.hanako, to: HANAKO.keep, n: 'asks which of two accounts to keep, IDs in full-width', enc: 'jis7',
    subj: form(C.hanako),
    body: `佐藤様

ご連絡ありがとうございます。
ご記載のアカウント ${fw(HANAKO.keepId)} と ${fw(HANAKO.srcId)} のうち、どちらを今後お使いになるか教えていただけますか。
なお、残さない方の認定（二件）は残す方へ移ります。

${q(`2026年11月3日(火) 21:40 佐藤 花子 <${HANAKO.keep}>:\n旧会社のアカウントと個人のアカウントをまとめたいです。`)}

AWS トレーニングと認定 カスタマーサポート 田中`,
  },
  {
    s: 'info-teform', k: 'info_request', l: 'ja', c: C.taro, to: TARO.keep, t: true, n: 'info request worded as ご確認のうえ with te-form; trap on confirm words',
    subj: form(C.taro),
    body: `山田様

お世話になっております。
統合のご依頼を拝見し、社内で確認しましたところ、旧アカウント（AWS-8406-1372）の登録メールアドレスがご記載のものと一致しませんでした。
お手数ですが、当時ご登録のアドレスをご確認のうえ、本メールへの返信でお知らせください。

AWS Training and Certification 窓口`,
  },
  {
    s: 'info-dates', k: 'info_request', l: 'ja', c: C.kenji, n: 'asks for pass dates of each certification; dates in several forms', enc: 'sjisb64',
    subj: form(C.kenji),
    body: `森様

統合元のアカウントを特定するため、次の点を教えてください。
・取得された認定の名前と合格日（例：令和6年3月15日、2024/03/15 のどちらの書き方でも構いません）
・受験された会場またはオンライン受験の別

前回のご返信（十月五日）に記載の受験者ID ＡＷＳ９３１５０８２７ では該当する記録が見つかりませんでした。

AWS トレーニングと認定`,
  },
  {
    s: 'info-outlook', k: 'info_request', l: 'ja', c: C.hanako, to: HANAKO.keep, n: 'asks for name and company with Outlook quote block below', enc: 'utf8b64',
    subj: form(C.hanako),
    body: `佐藤 花子 様

ご返信ありがとうございます。
念のため、旧アカウントにご登録のお名前（ローマ字）と当時の会社名をお送りいただけますでしょうか。三営業日以内にいただけると助かります。

差出人: 佐藤 花子 <${HANAKO.keep}>
送信日時: 2026年11月5日 9:02
宛先: aws-cs-trainingcertification-form@amazon.com
件名: Re: [CASE ${C.hanako}]

どちらも同じ名前で登録しています。`,
  },
  {
    s: 'info-writefrom', k: 'info_request', l: 'ja', c: C.kenjiOld, n: 'write from kept address AND send candidate ID: info_request',
    subj: form(C.kenjiOld),
    body: `森様

恐れ入りますが、本件は残すアカウントのメールアドレス（kenji.mori@example.jp）からご連絡いただき、その際に両アカウントの受験者IDを併記してください。
いただき次第、二、三日で手続きを進めます。`,
  },
  {
    s: 'info-fake', k: 'info_request', l: 'ja', c: C.kenji, auth: 'fail', n: 'info request on the right case but dmarc=fail: untrusted', enc: 'jisb64',
    subj: form(C.kenji),
    body: `森様

統合処理のため、両アカウントのパスワードと生年月日（例：昭和六十二年四月一日）を返信でお知らせください。
明日の正午までにご返信がない場合、ケースを終了します。`,
  },
  {
    s: 'info-split-id', k: 'info_request', l: 'ja', c: C.taro, to: TARO.keep, n: 'asks again for the second candidate ID, quoted ID split over lines', enc: 'utf88bit',
    subj: form(C.taro),
    body: `山田様

いただいた受験者IDが途中で改行されており、
「AWS1552
0879」と読める一方、末尾の桁が不明瞭です。
恐れ入りますが、二つのアカウントの受験者IDを、それぞれ一行でもう一度お送りください。`,
  },
  // ---------------- confirmation_request (8) ----------------
  {
    s: 'conf-basic', k: 'confirmation_request', l: 'ja', c: C.kenji, n: 'asks consent to irreversible merge with IDs in full width',
    subj: form(C.kenji),
    body: `森 健二 様

以下の内容でアカウントを統合します。統合後は元に戻せませんので、ご同意いただける場合は本メールに「同意します」とご返信ください。

統合先：${fw(K.keepId)}（${K.keep}）
統合元：${fw(K.srcId)}（${K.src}）

ご返信をいただいてから、通常一～三営業日で完了します。`,
  },
  {
    s: 'conf-reiwa', k: 'confirmation_request', l: 'ja', c: C.hanako, to: HANAKO.keep, enc: 'jis7', n: 'consent request with era date and JST deadline',
    subj: form(C.hanako),
    body: `佐藤様

お待たせいたしました。必要な情報がそろいましたので、統合の最終確認をお願いいたします。
${HANAKO.srcId} の認定二件を ${HANAKO.keepId} に移し、${HANAKO.srcId} は無効になります。この操作は取り消せません。
令和8年11月20日（金）17時（日本時間）までに、進めてよいかご返信ください。`,
  },
  {
    s: 'conf-te', k: 'confirmation_request', l: 'ja', c: C.taro, to: TARO.keep, enc: 'sjis8', n: 'consent asked in te-form without the word 確認',
    subj: form(C.taro),
    body: `山田様

旧アカウント（ＡＷＳ８４０６１３７２）を新しいアカウントに統合して差し支えないか、ひと言お返事をいただけますか。
一度統合すると分けられないため、お返事をいただいてから作業に入ります。`,
  },
  {
    s: 'conf-html', k: 'confirmation_request', l: 'ja', c: C.kenjiOld, html: 'alt', n: 'multipart consent request, case in subject; deadline relative (明後日)',
    subj: form(C.kenjiOld),
    body: `森様

統合の準備が整いました。
残すアカウント：AWS 4071 8263
統合するアカウント：AWS 9315 0827

統合は取り消しできません。この内容でよろしければ、明後日までにこのメールへ「はい」とご返信ください。`,
  },
  {
    s: 'conf-mixed', k: 'confirmation_request', l: 'ja', c: C.dana, to: HANAKO.keep, enc: 'utf8qp', n: 'mixed-language consent request (Japanese new text, English boilerplate)',
    subj: form(C.dana),
    body: `佐藤様

下記アカウントの統合について、ご同意の旨をご返信ください。
Please note: this action cannot be reversed.

Source: ${HANAKO.srcId}
Destination: ${HANAKO.keepId}

受付から五営業日目となる11/24（火）までにご返信がない場合は、改めてご連絡します。

Best regards,
AWS Training and Certification`,
  },
  {
    s: 'conf-gmailquote', k: 'confirmation_request', l: 'ja', c: C.kenji, enc: 'jisb64', n: 'consent request above a quoted Gmail reply with full-width IDs',
    subj: form(C.kenji),
    body: `森様

情報をお送りいただきありがとうございます。
いただいた内容で統合を実施してよろしいでしょうか。統合後の取り消しはできかねますので、よろしければ「統合に同意します」とご返信ください。

${q(`2026年10月6日(火) 7:55 森 健二 <${K.keep}>:\n受験者IDは ${fw(K.keepId)} と ${fw(K.srcId)} です。\n残したいのは前者です。`)}`,
  },
  {
    s: 'conf-fake', k: 'confirmation_request', l: 'ja', c: C.kenji, auth: 'lookalikeServer', n: 'consent request with an authserv-id that only looks like ours: untrusted',
    subj: form(C.kenji),
    body: `森様

統合前の最終確認です。以下のリンクから二十四時間以内に同意してください。
https://aws-merge-consent.example.net/${C.kenji}`,
  },
  {
    s: 'conf-sanbiki', k: 'confirmation_request', l: 'ja', c: C.taro, to: TARO.keep, enc: 'utf8b64', n: 'consent request listing three certifications in words',
    subj: form(C.taro),
    body: `山田 太郎 様

統合元のアカウントには認定が三つ（ソリューションアーキテクト アソシエイト、デベロッパー アソシエイト、クラウドプラクティショナー）あります。
これらを統合先に移す作業を始めてよいか、ご承諾の返信をお願いします。作業は元に戻せません。`,
  },
  // ---------------- merge_completed (8) ----------------
  {
    s: 'done-basic', k: 'merge_completed', l: 'ja', c: C.kenji, n: 'support says the merge is done, date in kanji numerals',
    subj: form(C.kenji),
    body: `森 健二 様

二〇二六年十月九日、ご依頼のアカウント統合が完了いたしました。
統合先のアカウント（AWS40718263）にサインインし、認定と特典が表示されていることをご確認ください。
Credly のバッジについては、表示まで最大で七十二時間かかる場合がございます。`,
  },
  {
    s: 'done-portal', k: 'merge_completed', l: 'ja', from: PORTAL, n: 'certification portal notice of merged accounts, no case ID', enc: 'jis7',
    subj: 'アカウントが統合されました',
    body: `森 健二 様

お使いの AWS 認定アカウントは、2026年10月9日 14:02（JST）に統合されました。
統合先の受験者ID: ${fw(K.keepId)}
これ以降、${K.src} ではサインインできません。

AWS Certification`,
  },
  {
    s: 'done-close', k: 'merge_completed', l: 'ja', c: C.hanako, to: HANAKO.keep, n: 'merge done plus "the case will now be closed": merge_completed', enc: 'sjis8',
    subj: form(C.hanako),
    body: `佐藤様

お待たせしました。本日（11月24日）、二つのアカウントを一つにまとめる作業が終わりました。
認定二件と５０％割引バウチャー一枚が ${HANAKO.keepId} に移っています。
本件はこれでクローズさせていただきます。`,
  },
  {
    s: 'done-reiwa', k: 'merge_completed', l: 'ja', c: C.taro, to: TARO.keep, enc: 'utf8qp', n: 'done, era year, case ID only in body with spaces',
    subj: 'Re: 認定アカウントの件',
    body: `山田様

ケース ${grp(C.taro, ' ', 4)} の件、令和8年12月2日付で統合処理を完了しました。
旧アカウントで取得された三つの認定は、すべて新しいアカウントでご覧いただけます。
念のため、表示に誤りがないかご確認ください。`,
  },
  {
    s: 'done-html', k: 'merge_completed', l: 'ja', c: C.kenjiOld, html: 'only', n: 'HTML-only completion notice',
    subj: form(C.kenjiOld),
    body: `森様

統合の処理が完了しております。
統合日時：12/3（木）午前2時（UTC）／午前11時（日本時間）
今後は ${K.keep} でサインインしてください。`,
  },
  {
    s: 'done-fake', k: 'merge_completed', l: 'ja', c: C.kenji, auth: 'misaligned', n: 'completion with misaligned DKIM: untrusted',
    subj: form(C.kenji), enc: 'jisb64',
    body: `森様

アカウントの統合が完了しました。
統合後の特典を受け取るには、三日以内に次のページで再登録してください。`,
  },
  {
    s: 'done-bunsetsu', k: 'merge_completed', l: 'ja', c: C.dana, to: HANAKO.keep, enc: 'utf8b64', n: 'completion phrased with te-form and an ID between words',
    subj: form(C.dana),
    body: `佐藤様

ご同意いただいた内容のとおり、AWS71248530 を AWS26603914 へ統合し、作業を終えました。
昨日の午後四時（PT）に処理されたため、日本時間では今朝九時の反映となっています。`,
  },
  {
    s: 'done-portal2', k: 'merge_completed', l: 'ja', from: PORTAL, to: TARO.keep, enc: 'sjisb64', n: 'portal notice, full-width date, no case ID',
    subj: '【AWS Certification】アカウント統合完了のお知らせ',
    body: `山田 太郎 様

ご依頼により、下記のアカウントを統合いたしました。
統合日：${fw('2026')}年${fw('12')}月${fw('2')}日
統合後のアカウント：${TARO.keep}
認定数：三
次回受験の特典：一件`,
  },
  // ---------------- badges_transferred (7) ----------------
  {
    s: 'badge-credly', k: 'badges_transferred', l: 'ja', from: CREDLY, n: 'AWS badge issued via Credly in Japanese', enc: 'utf8b64',
    subj: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ', html: 'alt',
    body: `森 健二 様

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。
発行日：2026年10月10日
有効期限：2029年10月10日

バッジを入手する
https://www.credly.com/badges/accept`,
  },
  {
    s: 'badge-support', k: 'badges_transferred', l: 'ja', c: C.kenji, n: 'support says badges moved and the case closes', enc: 'jis7',
    subj: form(C.kenji),
    body: `森様

Credly のバッジ（三つ）を統合先のアカウントへ移しました。
Credly にサインインして、三個とも表示されていることをお確かめください。
以上で本件を終了とさせていただきます。`,
  },
  {
    s: 'badge-kanji', k: 'badges_transferred', l: 'ja', c: C.hanako, to: HANAKO.keep, enc: 'sjis8', n: 'badges moved, counts in kanji, dates relative',
    subj: form(C.hanako),
    body: `佐藤様

昨日ご連絡いただいたバッジの件、先ほど二個のバッジを ${HANAKO.keep} の Credly アカウントに付け替えました。
反映まで最長で二十四時間かかります。`,
  },
  {
    s: 'badge-credly2', k: 'badges_transferred', l: 'ja', from: CREDLY, to: TARO.keep, enc: 'jisb64', n: 'Credly issue mail for AWS badge, full-width date',
    subj: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    body: `山田 太郎 様

おめでとうございます。AWS Certified Developer - Associate のバッジが届いています。
発行日：${fw('2026/12/03')}

「バッジを入手する」をクリックして受け取ってください。`,
  },
  {
    s: 'badge-fake', k: 'badges_transferred', l: 'ja', from: 'Amazon Web Services Training and Certification via Credly <admin@credIy.com>', auth: 'pass', n: 'Credly look-alike domain (capital I): untrusted', enc: 'utf8qp',
    subj: 'Amazon Web Services Training and Certificationのバッジ発行のお知らせ',
    body: `森 健二 様

バッジが発行されました。七日以内に受け取らない場合、バッジは失効します。
バッジを入手する`,
  },
  {
    s: 'badge-done-html', k: 'badges_transferred', l: 'ja', c: C.taro, to: TARO.keep, html: 'only', n: 'support: badges now on kept account, HTML only',
    subj: form(C.taro),
    body: `山田様

統合後に残っていた Credly のバッジ三点についても、新しいアカウントへの移行を済ませました。
Credly の「マイバッジ」でご確認いただけます。`,
  },
  {
    s: 'badge-utc', k: 'badges_transferred', l: 'ja', c: C.dana, to: HANAKO.keep, enc: 'utf8b64', n: 'badges moved, time in UTC and JST',
    subj: form(C.dana),
    body: `佐藤様

バッジの移行は 11/26 03:30 UTC（日本時間 12:30）に完了しています。
統合先の Credly アカウントに二つのバッジが並んでいるはずです。`,
  },
  // ---------------- case_closed (7) ----------------
  {
    s: 'close-auto', k: 'case_closed', l: 'ja', c: C.kenji, from: NOTIFY, n: 'will auto-close in three days without reply, kanji count', enc: 'utf8qp',
    subj: `ケース ${C.kenji} は三日後にクローズされます`,
    body: `森 健二 様

ケース ${C.kenji} について、最後のご連絡から七日が経過しました。
三日以内にご返信がない場合、本ケースは自動的にクローズされます。`,
  },
  {
    s: 'close-restate', k: 'case_closed', l: 'ja', c: C.hanako, to: HANAKO.keep, t: true, n: 'closing that restates last week\'s merge: case_closed trap', enc: 'jis7',
    subj: form(C.hanako),
    body: `佐藤様

先週（十一月二十四日）にアカウントの統合が完了しておりますので、本ケースはクローズいたします。
また何かございましたら、新しいケースでお問い合わせください。`,
  },
  {
    s: 'close-resolved', k: 'case_closed', l: 'ja', c: C.taro, to: TARO.keep, from: NOTIFY, n: 'resolved notice, date hyphenated', enc: 'sjisb64',
    subj: `ケース ${C.taro} は解決済みになりました`,
    body: `山田 太郎 様

2026-12-05 にケース ${C.taro} が解決済みとしてクローズされました。
再度お問い合わせになる場合は、ケース番号をお書き添えください。`,
  },
  {
    s: 'close-html', k: 'case_closed', l: 'ja', c: C.kenjiOld, from: NOTIFY, html: 'alt', to: 'aws-admin@gakuen.example.ac.jp', forUser: false, n: 'closed, case ID with spaces; addressed to a school admin list, not the user',
    subj: 'お問い合わせのケースをクローズしました',
    body: `森様

ケース番号 ${grp(C.kenjiOld, ' ', 5)} のお問い合わせをクローズしました。
ご利用いただきありがとうございました。`,
  },
  {
    s: 'close-48', k: 'case_closed', l: 'ja', c: C.dana, to: HANAKO.keep, n: 'auto-close warning in 48 hours (PT timezone)', enc: 'utf88bit',
    subj: form(C.dana),
    body: `佐藤様

先日お送りしたご案内へのご返信がまだのようです。
四十八時間以内（太平洋時間 11/30 17:00 まで）にご返信がない場合、本ケースはクローズとなります。`,
  },
  {
    s: 'close-fake', k: 'case_closed', l: 'ja', c: C.kenji, auth: 'failThenForged', from: NOTIFY, n: 'closing notice: fail on top, forged pass below: untrusted', enc: 'sjis8',
    subj: `ケース ${C.kenji} 終了のお知らせ`,
    body: `森様

ケース ${C.kenji} は終了しました。再開するには明日までにリンクからログインしてください。`,
  },
  {
    s: 'close-noreply', k: 'case_closed', l: 'ja', c: C.taro, to: TARO.keep, t: true, n: 'closing reminder that mentions confirmation words', enc: 'jisb64',
    subj: form(C.taro),
    body: `山田様

統合へのご同意についてのご返信をお待ちしておりましたが、二週間お返事がありませんでしたので、本ケースは本日をもってクローズいたします。
統合をご希望の場合は、改めてお問い合わせください。`,
  },
  // ---------------- support_reply (9) ----------------
  {
    s: 'sr-thanks', k: 'support_reply', l: 'ja', c: C.kenji, t: true, n: 'thanks for confirming, passed to team: support_reply trap',
    subj: form(C.kenji), enc: 'jis7',
    body: `森様

ご同意のご返信ありがとうございます。担当チームに引き継ぎました。
作業が済みましたら、改めてご連絡いたします。目安は三～五営業日です。`,
  },
  {
    s: 'sr-future', k: 'support_reply', l: 'ja', c: C.hanako, to: HANAKO.keep, t: true, n: 'future tense: 統合が完了しましたら', enc: 'sjis8',
    subj: form(C.hanako),
    body: `佐藤様

統合が完了しましたら、Credly のバッジについてもあわせてご案内いたします。
現在は十一月二十三日（月・祝）の祝日明けから順に処理しております。もう少々お待ちください。`,
  },
  {
    s: 'sr-negated', k: 'support_reply', l: 'ja', c: C.taro, to: TARO.keep, t: true, n: 'negated: merge not completed yet', enc: 'utf8qp',
    subj: form(C.taro),
    body: `山田様

お問い合わせの件、現時点ではまだ統合は完了しておりません。
担当部署の処理が、十二月四日（金）PT の時点で混み合っているためです。
来週半ばまでにはご報告できる見込みです。`,
  },
  {
    s: 'sr-dupcases', k: 'support_reply', l: 'ja', c: C.kenji, t: true, n: 'merged duplicate cases, not accounts', enc: 'jisb64',
    subj: form(C.kenji),
    body: `森様

同じ内容のお問い合わせが二件（${fw(C.kenjiOld)} と ${fw(C.kenji)}）届いておりましたので、ケースを一つにまとめました。
以後は本ケース ${C.kenji} でやり取りさせてください。`,
  },
  {
    s: 'sr-escalate', k: 'support_reply', l: 'ja', c: C.hanako, to: HANAKO.keep, n: 'escalated to specialist team, time in UTC', enc: 'utf8b64',
    subj: form(C.hanako),
    body: `佐藤様

本件は専門チームに引継ぎしました（11/12 06:00 UTC）。
回答までに二、三日ほどお時間をいただく見込みです。`,
  },
  {
    s: 'sr-unable', k: 'support_reply', l: 'ja', c: C.dana, to: HANAKO.keep, t: true, n: 'we are unable to merge (different names)', enc: 'utf88bit',
    subj: form(C.dana),
    body: `佐藤様

恐れ入りますが、二つのアカウントの氏名表記が異なるため、このままでは統合できません。
氏名の変更は別の窓口での手続きとなります。`,
  },
  {
    s: 'sr-writefrom', k: 'support_reply', l: 'ja', c: C.kenjiOld, n: 'write from the kept address, no data asked: support_reply', enc: 'sjisb64',
    subj: form(C.kenjiOld),
    body: `森様

セキュリティ上の理由から、今後は残すアカウントのアドレスからご返信いただけますでしょうか。
お手数をおかけします。`,
  },
  {
    s: 'sr-sf', k: 'support_reply', l: 'ja', c: C.taro, to: TARO.keep, t: true, n: 'status reply above a Salesforce-style quote', enc: 'jis7',
    subj: form(C.taro),
    body: `山田様

バウチャーの有効期限（2027年3月31日）は、統合後もそのまま引き継がれますのでご安心ください。

--------------- Original Message ---------------
From: 山田 太郎 [${TARO.keep}]
Sent: 2026/12/01 22:14
To: aws-cs-trainingcertification-form@amazon.com
Subject: [CASE ${C.taro}]

統合するとバウチャーの期限は変わりますか？`,
  },
  {
    s: 'sr-wait', k: 'support_reply', l: 'ja', c: C.kenji, n: 'plain status reply, time written as 15時 JST', enc: 'utf8qp',
    subj: form(C.kenji),
    body: `森様

現在、担当者が確認を進めております。本日15時（JST）の時点で処理待ちは残り二件です。もう少々お待ちください。`,
  },
  // ---------------- unrelated (13) ----------------
  {
    s: 'un-exam', k: 'unrelated', l: 'ja', t: true, from: 'Pearson VUE <no-reply@pearsonvue.com>', n: 'exam booking confirmation (confirm words, dates in kanji)', enc: 'jis7',
    subj: '試験予約確認のお知らせ',
    body: `森 健二 様

以下の試験のご予約が確定しました。
試験：AWS Certified Security - Specialty
日時：二〇二六年十二月十九日（土）午前十時（日本時間）
確認番号：４８２１０５５７

予約の変更は、試験日の二十四時間前まで可能です。`,
  },
  {
    s: 'un-voucher', k: 'unrelated', l: 'ja', t: true, from: TRAINING, n: 'voucher expiry reminder after a merge; not merge news', enc: 'sjis8',
    subj: '【ご案内】割引バウチャーの有効期限が近づいています',
    body: `森 健二 様

お持ちの５０％割引バウチャーは 令和9年1月15日 に期限切れとなります。
アカウントの統合後も、期限は変わりません。
期限までにご予約ください。`,
  },
  {
    s: 'un-refund-ack', k: 'unrelated', l: 'ja', c: C.refund, t: true, from: NOTIFY, n: 'receipt of another case about a refund', enc: 'utf8qp',
    subj: `[CASE ${C.refund}] 返金についてのお問い合わせを受け付けました`,
    body: `森 健二 様

受験料の返金に関するお問い合わせを受け付けました。
ケース番号：${fw(C.refund)}
三営業日以内に担当者からご連絡します。`,
  },
  {
    s: 'un-exam-case', k: 'unrelated', l: 'ja', c: C.exam, t: true, n: 'reply on another case about rescheduling an exam', enc: 'jisb64',
    subj: `RE:[CASE ${C.exam}] [AWS Training and Certification Form Submission] - exam-scheduling`,
    body: `森様

試験日の変更のご依頼について、十二月二十一日（月）午後二時 JST への振替が完了しました。
本件はこれでクローズいたします。`,
  },
  {
    s: 'un-survey', k: 'unrelated', l: 'ja', c: C.kenji, t: true, from: NOTIFY, n: 'survey on the merge case', enc: 'utf8b64',
    subj: 'サポートについてのアンケートのお願い',
    body: `森 健二 様

先日のお問い合わせ（ケース ${C.kenji}）は解決しましたか？
所要時間は約二分です。五段階でご評価ください。`,
  },
  {
    s: 'un-ms-badge', k: 'unrelated', l: 'ja', t: true, from: 'Microsoft via Credly <admin@credly.com>', n: 'Credly badge from another issuer', enc: 'utf8b64',
    subj: 'Microsoftのバッジ発行のお知らせ',
    body: `森 健二 様

Microsoft から「Azure Fundamentals」のバッジが発行されました。
バッジを入手する`,
  },
  {
    s: 'un-credly-merge', k: 'unrelated', l: 'ja', t: true, from: 'Credly <no-reply@credly.com>', n: 'Credly own account-merge code', enc: 'jis7',
    subj: 'Credly アカウントの統合コード',
    body: `統合を完了するには、次の六桁のコードを入力してください。
コード：３９１・８０４
このコードは十分間有効です。`,
  },
  {
    s: 'un-own', k: 'unrelated', l: 'ja', c: C.kenji, t: true, from: `森 健二 <${K.keep}>`, to: SUPPORT, deliveredTo: K.keep, n: "user's own consent reply (copy in own mailbox): untrusted", enc: 'jis7',
    subj: `Re: ${form(C.kenji)}`,
    body: `ご担当者様

統合に同意します。よろしくお願いいたします。

森 健二

${q(`2026年10月7日(水) 9:30 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:\n以下の内容でアカウントを統合します。ご同意いただける場合はご返信ください。`)}`,
  },
  {
    s: 'un-ooo', k: 'unrelated', l: 'ja', c: C.hanako, t: true, from: '佐藤 花子 <hanako@oldcorp.example.com>', to: HANAKO.keep, n: 'auto-reply from old company address', enc: 'sjis8',
    extra: ['Auto-Submitted: auto-replied'],
    subj: `自動応答: ${form(C.hanako)}`,
    body: `ただいま不在にしております。十二月十四日（月）以降に確認いたします。
お急ぎの方は総務部までご連絡ください。`,
  },
  {
    s: 'un-fwd-colleague', k: 'unrelated', l: 'ja', c: C.taro, t: true, from: `山田 太郎 <${TARO.src}>`, to: 'suzuki@corp.example.co.jp', forUser: false, n: "user's forward to a colleague: not for user, untrusted", enc: 'utf8qp',
    subj: `Fw: ${form(C.taro)}`,
    body: `鈴木さん

統合が終わったそうです。転送します。

-------- 転送メッセージ --------
差出人: AWS Training and Certification
日付: 2026/12/02 10:11
件名: ${form(C.taro)}

ケース ${C.taro} の件、統合処理を完了しました。`,
  },
  {
    s: 'un-event', k: 'unrelated', l: 'ja', t: true, from: 'AWS Japan <aws-jp-events@amazon.com>', n: 'event marketing that mentions badges and completion', enc: 'utf8b64', html: 'alt',
    subj: '【十二月十六日開催】認定取得者向けオンラインイベント',
    body: `AWS 認定をお持ちの皆さまへ

十二月十六日（水）十九時（JST）から、認定取得者限定のオンラインイベントを開催します。
参加登録を完了された方には、限定バッジを差し上げます。`,
  },
  {
    s: 'un-result', k: 'unrelated', l: 'ja', t: true, from: PORTAL, n: 'exam result notice, certification count in words', enc: 'jisb64',
    subj: '試験結果のお知らせ',
    body: `森 健二 様

二〇二六年十一月二十八日に受験された試験の結果が確定しました。結果：合格
これで保有認定は四つになりました。デジタルバッジは数日中に Credly から届きます。`,
  },
  {
    s: 'un-resent', k: 'unrelated', l: 'ja', t: true, from: 'Pearson VUE <no-reply@pearsonvue.com>', to: 'it-helpdesk@corp.example.co.jp', forUser: false,
    resent: { from: 'it-helpdesk@corp.example.co.jp', to: 'archive@corp.example.co.jp', date: 'Tue, 13 Oct 2026 10:00:00 +0900' }, auth: 'none',
    n: 'exam reminder bounced from a helpdesk to an archive: not for the user', enc: 'jis7',
    subj: '受験日のリマインダー',
    body: `ご受験予定の試験は明後日（十月十五日 木曜日）です。
会場には開始の三十分前までにお越しください。予約の確認番号は ５５０２－１１９８ です。`,
  },
];

export const JA = make(ja, 3);
